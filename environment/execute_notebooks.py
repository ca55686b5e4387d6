"""Executes Jupyter notebooks headlessly through a named kernel and writes executed copies.

Prints one line per notebook: its name, the wall time, the kernel start and first-cell times, and
"passed" or "failed" with the failing cell's error. Exits 1 when any notebook failed.

A notebook fails when a cell raises (its error output is kept in the executed copy, and execution
stops there), when a cell exceeds the timeout, or when the kernel dies. With --allow-errors every cell
runs and the notebook still counts as failed if any cell raised; tests use that to check that the
kernel survives a throwing cell.

Usage: python3 execute_notebooks.py --out DIR [--kernel NAME] [--timeout S] [--allow-errors] NB...
"""

import argparse
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def describe(output):
    """The error of an error output: IJava's traceback names the Java exception, which is more telling
    than its generic ename ("EvalException"); otherwise 'ename: evalue'."""
    for line in output.get("traceback", []):
        line = ANSI.sub("", line).strip()
        if line and not line.startswith("-") and not line.startswith("at "):
            return line
    return f"{output.get('ename', 'Error')}: {output.get('evalue', '')}".strip()


def first_error(nb):
    """Returns (cell index, description) of the first error output, or None."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, describe(output)
    return None


def execute(path, out_dir, kernel, timeout, allow_errors):
    """Runs one notebook; returns (passed, message, timings)."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, allow_errors=allow_errors,
                            startup_timeout=120,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    timings = {"kernel": None, "first_cell": None}
    failure = None
    start = time.monotonic()
    try:
        with client.setup_kernel():
            timings["kernel"] = time.monotonic() - start
            for index, cell in enumerate(nb.cells):
                cell_start = time.monotonic()
                client.execute_cell(cell, index)
                if cell.cell_type == "code" and timings["first_cell"] is None:
                    timings["first_cell"] = time.monotonic() - cell_start
    except CellTimeoutError as error:
        failure = f"a cell ran past the {timeout} s timeout: {str(error).strip().splitlines()[-1]}"
    except DeadKernelError as error:
        failure = f"the kernel died: {error}"
    except CellExecutionError:
        pass  # the error output is in the notebook; reported below
    except Exception as error:  # kernel start failures and the like
        failure = f"{type(error).__name__}: {error}"
    elapsed = time.monotonic() - start
    error = first_error(nb)
    if failure is None and error is not None:
        index, text = error
        failure = f"cell {index + 1}: {text}"
    os.makedirs(out_dir, exist_ok=True)
    nbformat.write(nb, os.path.join(out_dir, os.path.basename(path)))
    timings["total"] = elapsed
    return failure is None, failure, timings


def fmt(seconds):
    return "—" if seconds is None else f"{seconds:.1f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--out", required=True, help="folder for the executed copies")
    parser.add_argument("--kernel", default="gdl4j")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    parser.add_argument("--allow-errors", action="store_true")
    args = parser.parse_args()

    width = max(len(os.path.basename(p)) for p in args.notebooks)
    failed = 0
    for path in args.notebooks:
        passed, message, timings = execute(path, args.out, args.kernel, args.timeout, args.allow_errors)
        name = os.path.basename(path).ljust(width)
        status = "passed" if passed else f"FAILED  {message}"
        print(f"{name}  {timings['total']:7.1f} s  (kernel {fmt(timings['kernel'])}, "
              f"first cell {fmt(timings['first_cell'])})  {status}", flush=True)
        failed += 0 if passed else 1
    print(f"notebooks: {len(args.notebooks) - failed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
