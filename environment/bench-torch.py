#!/usr/bin/python3
"""PyTorch counterpart of bench/.../GroupConvolutionBenchmark.java, run on the same machine.

Times, in float32 with a fixed number of threads, the median of repeated calls of
  - a C4 group convolution between regular fields, 16 -> 16 fields, input [32, 64, 28, 28], 3x3 SAME:
    the free filters [16, 16, 4, 3, 3] are expanded into one [64, 64, 3, 3] bank (a C4 rotation of the
    filter plus a cyclic shift of the input group axis, as gdl4j's FilterBank does), then one conv2d;
  - the same group convolution on channels-last maps (torch.channels_last; gdl4j's Layout.CHANNELS_LAST);
  - the plain 64 -> 64 conv2d of the same size;
each forward (under no_grad) and forward + backward from the loss sum(output) to the input, the filters
and the bias.

Usage:
  environment/bench-torch.py                              PyTorch only
  environment/bench-torch.py build/bench/results.json     also ND4J (JMH results) and the ratio per row,
                                                          of medians and (in brackets) of minima
  environment/bench-torch.py --paired -- JAVA COMMAND     paired rounds against a running ND4J worker
                                                          (environment/bench --paired builds and starts it)
Options: --threads N (default 2), --repeats N (default 20), --warmup N (default 3);
paired: --rounds N (default 12), --calls N (default 8), --warmup-seconds S of ND4J calls per row (default 3),
--benchmarks REGEX (only the rows whose JMH name it finds, e.g. 'Forward$'),
--verbose (every round's burst medians).

Paired rounds: on a machine whose cores are shared, the load changes from minute to minute, and two runs
taken minutes apart compare the load as much as the libraries. The paired mode keeps both warm, in two
processes, and alternates bursts of calls: per round and row, a burst of ND4J calls (timed by the Java
worker org.gdl4j.bench.GroupConvolutionWorker) and a burst of PyTorch calls, in alternating order, each
after one uncounted call, while the other process sleeps. Each round gives a ratio of the bursts' medians;
the table reports the median over rounds of each side's burst medians, the median ratio with its
interquartile range, and how many rounds ND4J was at most as slow as PyTorch.
Run with Debian's python3-torch (/usr/bin/python3). OpenMP threads wait passively unless OMP_WAIT_POLICY
says otherwise, as in environment/bench: on a machine whose cores are shared, spinning waiters made both
PyTorch and ND4J two to four times slower.
"""
import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

os.environ.setdefault("OMP_WAIT_POLICY", "passive")  # read by OpenMP when torch loads

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

BATCH, FIELDS, ORDER, SIZE, K = 32, 16, 4, 28, 3
CHANNELS = FIELDS * ORDER
# 2·N·C_out·C_in·k²·H·W for one conv2d; forward + backward (input and filter gradients) is three of them.
FORWARD_FLOP = 2 * BATCH * CHANNELS * CHANNELS * K * K * SIZE * SIZE
BACKWARD_FLOP = 3 * FORWARD_FLOP
JMH_CLASS = "org.gdl4j.bench.GroupConvolutionBenchmark."


def expansion_index(order, k):
    """Where each entry of one filter's expanded block comes from, [|G|·|G|·k²] into [|G|·k²].

    Entry (a, b, y, x) of the block is entry (b − a mod |G|, ·, ·) of the free filter rotated by a quarter
    turns: a C4 rotation of the filter plus a cyclic shift of the input group axis, both exact permutations,
    found by applying them to the positions 0 … |G|·k² − 1.
    """
    positions = torch.arange(order * k * k).reshape(order, k, k)
    blocks = [torch.rot90(torch.roll(positions, shifts=a, dims=0), a, dims=(-2, -1)) for a in range(order)]
    return torch.stack(blocks).reshape(-1)


def expand_group_filters(free, index):
    """[F_out, F_in, |G|, k, k] -> [F_out·|G|, F_in·|G|, k, k], bank[f·|G| + a, f'·|G| + b] = rot90^a ψ[f, f', b − a]."""
    f_out, f_in, order, k, _ = free.shape
    expanded = free.reshape(f_out * f_in, order * k * k).index_select(1, index)
    expanded = expanded.reshape(f_out, f_in, order, order, k, k).permute(0, 2, 1, 3, 4, 5)
    return expanded.reshape(f_out * order, f_in * order, k, k)


def times_ms(step, calls):
    """Wall time of each of `calls` calls of `step`, in milliseconds."""
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        step()
        times.append(1e3 * (time.perf_counter() - start))
    return times


def timings_ms(step, warmup, repeats):
    """(minimum, median) of repeated calls in milliseconds, after warm-up calls."""
    times_ms(step, warmup)
    times = times_ms(step, repeats)
    return min(times), statistics.median(times)


def measurements():
    """(label, FLOP, JMH benchmark names, step function) per row."""
    torch.manual_seed(7)
    x = torch.rand(BATCH, CHANNELS, SIZE, SIZE)
    free = ((torch.rand(FIELDS, FIELDS, ORDER, K, K) - 0.5) / (CHANNELS * K))
    field_bias = torch.rand(FIELDS)
    weight = ((torch.rand(CHANNELS, CHANNELS, K, K) - 0.5) / (CHANNELS * K))
    bias = torch.rand(CHANNELS)
    index = expansion_index(ORDER, K)
    x_last = x.detach().clone().contiguous(memory_format=torch.channels_last)

    def group_forward():
        with torch.no_grad():
            return group_graph()

    def group_forward_last():
        with torch.no_grad():
            return group_graph_last()

    def conv_forward():
        with torch.no_grad():
            return F.conv2d(x, weight, bias, padding=K // 2)

    def backward(forward, wrt):
        def step():
            for t in wrt:
                t.requires_grad_(True)
                t.grad = None
            forward().sum().backward()
            return [t.grad for t in wrt]
        return step

    def group_graph():
        return F.conv2d(x, expand_group_filters(free, index), field_bias.repeat_interleave(ORDER), padding=K // 2)

    def group_graph_last():
        return F.conv2d(x_last, expand_group_filters(free, index), field_bias.repeat_interleave(ORDER),
                        padding=K // 2)

    def conv_graph():
        return F.conv2d(x, weight, bias, padding=K // 2)

    rows = [
        ("C4 group conv 16→16 fields, forward", FORWARD_FLOP, ["groupForward"], group_forward),
        ("C4 group conv 16→16 fields, forward+backward", BACKWARD_FLOP, ["groupForwardBackward"],
         backward(group_graph, [x, free, field_bias])),
        ("C4 group conv, channels-last, forward", FORWARD_FLOP, ["groupForwardChannelsLast"], group_forward_last),
        ("C4 group conv, channels-last, forward+backward", BACKWARD_FLOP, ["groupForwardBackwardChannelsLast"],
         backward(group_graph_last, [x_last, free, field_bias])),
        ("conv2d 64→64, forward (SameDiff)", FORWARD_FLOP, ["convForward"], conv_forward),
        ("conv2d 64→64, forward+backward (SameDiff)", BACKWARD_FLOP, ["convForwardBackward"],
         backward(conv_graph, [x, weight, bias])),
        ("conv2d 64→64, forward (eager op)", FORWARD_FLOP, ["eagerConvForward"], conv_forward),
        ("conv2d 64→64, forward+backward (eager ops)", BACKWARD_FLOP, ["eagerConvForwardBackward"],
         backward(conv_graph, [x, weight, bias])),
    ]
    return rows


def jmh_timings(path):
    """Benchmark method name -> (minimum, median) ms/op (p0.00 and p0.50 in sample mode, the score twice
    otherwise), and the natives used."""
    to_ms = {"ms/op": 1.0, "us/op": 1e-3, "s/op": 1e3, "ns/op": 1e-6}
    result, extension = {}, ""
    with open(path, encoding="utf-8") as f:
        for run in json.load(f):
            if not run["benchmark"].startswith(JMH_CLASS):
                continue
            metric = run["primaryMetric"]
            percentiles = metric.get("scorePercentiles", {}) if run["mode"] == "sample" else {}
            scale = to_ms[metric["scoreUnit"]]
            low = percentiles.get("0.0", metric["score"]) * scale
            middle = percentiles.get("50.0", metric["score"]) * scale
            result[run["benchmark"][len(JMH_CLASS):]] = (low, middle)
            for arg in run.get("jvmArgs", []):
                if arg.startswith("-Dorg.bytedeco.javacpp.platform.extension="):
                    extension = arg.split("=", 1)[1]
    return result, "linux-x86_64" + extension


def machine_line(threads):
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()}; PyTorch {torch.__version__} "
            f"(oneDNN {'on' if torch.backends.mkldnn.is_available() else 'off'}), {threads} threads, "
            f"OMP_WAIT_POLICY={os.environ['OMP_WAIT_POLICY']}; load {load}")


class Nd4jWorker:
    """The Java worker that times ND4J's calls on request (one line each way, see GroupConvolutionWorker)."""

    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        bufsize=1)
        ready = self.process.stdout.readline().strip()
        if not ready.startswith("ready "):
            self.process.kill()
            raise SystemExit(f"the ND4J worker did not start (it printed {ready!r}); command: {' '.join(command)}")
        self.natives = ready[len("ready "):]

    def times_ms(self, benchmark, calls):
        self.process.stdin.write(f"{benchmark} {calls}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        if not answer or answer.startswith("error"):
            raise SystemExit(f"the ND4J worker answered {answer!r} to '{benchmark} {calls}'")
        return [float(t) for t in answer.split()]

    def close(self):
        self.process.stdin.write("\n")
        self.process.stdin.close()
        self.process.wait(timeout=60)


def quartiles(values):
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def paired(args):
    """Alternating bursts of ND4J and PyTorch calls; one table row per benchmark."""
    if not args.java:
        raise SystemExit("--paired needs the worker's command after '--' (environment/bench --paired supplies it)")
    worker = Nd4jWorker(args.java)
    rows = [row for row in measurements() if re.search(args.benchmarks, row[2][0])]
    print(machine_line(args.threads))
    print(f"ND4J: nd4j-native {worker.natives}; {args.rounds} rounds × {args.calls} calls per side and row, "
          "one uncounted call before each burst")
    print(f"FLOP: forward {FORWARD_FLOP / 1e9:.3f} G, forward+backward {BACKWARD_FLOP / 1e9:.3f} G")
    for _, _, names, step in rows:  # long enough for the JIT to compile SameDiff's execution path
        start = time.perf_counter()
        while time.perf_counter() - start < args.warmup_seconds:
            worker.times_ms(names[0], 5)
        times_ms(step, args.warmup)
    bursts = {label: ([], []) for label, _, _, _ in rows}
    for r in range(args.rounds):
        for label, _, names, step in rows:
            sides = [lambda: worker.times_ms(names[0], args.calls + 1)[1:],
                     lambda: times_ms(step, args.calls + 1)[1:]]
            order = (0, 1) if r % 2 == 0 else (1, 0)
            for side in order:
                bursts[label][side].append(statistics.median(sides[side]()))
            if args.verbose:
                print(f"round {r + 1} {names[0]}: ND4J {bursts[label][0][-1]:.1f} ms, "
                      f"PyTorch {bursts[label][1][-1]:.1f} ms", flush=True)
    worker.close()
    print("Medians over rounds of each burst's median; ratio: median over rounds [interquartile range].")
    print("| benchmark | ND4J ms | PyTorch ms | ND4J/PyTorch | rounds ND4J ≤ PyTorch | ND4J GFLOP/s | PyTorch GFLOP/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, flop, _, _ in rows:
        nd4j_ms, torch_ms = bursts[label]
        ratios = [a / b for a, b in zip(nd4j_ms, torch_ms)]
        low, middle, high = quartiles(ratios)
        nd4j_median, torch_median = statistics.median(nd4j_ms), statistics.median(torch_ms)
        faster = sum(1 for q in ratios if q <= 1)
        print(f"| {label} | {nd4j_median:.1f} | {torch_median:.1f} | {middle:.2f} [{low:.2f}, {high:.2f}] | "
              f"{faster}/{len(ratios)} | {flop / nd4j_median / 1e6:.1f} | {flop / torch_median / 1e6:.1f} |",
              flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jmh_json", nargs="?", help="JMH results (environment/bench writes build/bench/results.json)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--paired", action="store_true", help="alternate with the ND4J worker given after '--'")
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--calls", type=int, default=8)
    parser.add_argument("--warmup-seconds", type=float, default=3.0)
    parser.add_argument("--verbose", action="store_true", help="paired: print every round's burst medians")
    parser.add_argument("--benchmarks", default="", help="paired: only the JMH names this regular expression finds")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    args.java = argv[split + 1:]
    torch.set_num_threads(args.threads)
    if args.paired:
        paired(args)
        return
    nd4j, natives = jmh_timings(args.jmh_json) if args.jmh_json else ({}, None)

    print(machine_line(args.threads))
    if natives:
        print(f"ND4J: {args.jmh_json}, nd4j-native {natives}")
    print(f"FLOP: forward {FORWARD_FLOP / 1e9:.3f} G, forward+backward {BACKWARD_FLOP / 1e9:.3f} G")
    print("Times are median (minimum) of single calls: on a shared machine the minimum is the least disturbed.")
    print("| benchmark | ND4J ms | PyTorch ms | ND4J/PyTorch | ND4J GFLOP/s | PyTorch GFLOP/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, flop, names, step in measurements():
        torch_min, torch_median = timings_ms(step, args.warmup, args.repeats)
        nd4j_ms = next((nd4j[n] for n in names if n in nd4j), None)
        cells = [label, "–", f"{torch_median:.1f} ({torch_min:.1f})", "–", "–", f"{flop / torch_median / 1e6:.1f}"]
        if nd4j_ms is not None:
            nd4j_min, nd4j_median = nd4j_ms
            cells[1] = f"{nd4j_median:.1f} ({nd4j_min:.1f})"
            cells[3] = f"{nd4j_median / torch_median:.2f} ({nd4j_min / torch_min:.2f})"
            cells[4] = f"{flop / nd4j_median / 1e6:.1f}"
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
