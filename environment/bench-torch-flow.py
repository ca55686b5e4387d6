#!/usr/bin/python3
"""PyTorch counterpart of bench/.../FlowTrainingBenchmark.java, run on the same machine.

The flow of the counterfactual notebook (gdl4j's Flows.counterfactualFlow) for 1x14x14 images in [0, 1]:
logit pre-processing (alpha = 0.05) -> 3 affine couplings with alternating checkerboard masks (conditioner:
3x3 conv C -> 24, ReLU, two 3x3 conv heads 24 -> C for the raw scale and the shift; scale bounded as
c * tanh(raw / c) with c = exp(v) per channel) -> squeeze to 4x7x7 -> 4 Glow steps (ActNorm, LU-parameterised
1x1 convolution, affine coupling on alternating channel halves with hidden width 48). Loss: the mean negative
log-likelihood under a standard-normal prior; Adam (lr 1e-3), gradient-norm clipping 1.0, minibatches of 128,
float32. Times the median wall time of one training step and reports images per second.

Usage:
  environment/bench-torch-flow.py                              PyTorch only
  environment/bench-torch-flow.py build/bench/results.json     also ND4J (JMH FlowTrainingBenchmark) and ratios
Options: --threads N (default 2), --repeats N (default 20), --warmup N (default 3).
"""
import argparse
import json
import math
import os
import statistics
import time

os.environ.setdefault("OMP_WAIT_POLICY", "passive")

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

BATCH = 128
ALPHA = 0.05


def checkerboard(channels, size, parity):
    i = torch.arange(size).view(size, 1)
    j = torch.arange(size).view(1, size)
    board = ((i + j) % 2 == parity).float()
    return board.expand(channels, size, size).unsqueeze(0)


def channel_half(channels, size, first):
    mask = torch.zeros(1, channels, size, size)
    half = channels // 2
    if first:
        mask[:, :half] = 1
    else:
        mask[:, half:] = 1
    return mask


class Dense(nn.Module):
    """A dense layer on flattened images, reshaped back: [N, C, H, W] -> [N, out] or [N, D] -> [N, C, H, W]."""

    def __init__(self, inputs, outputs, image_shape=None):
        super().__init__()
        self.linear = nn.Linear(inputs, outputs)
        self.image_shape = image_shape
        self.weight = self.linear.weight
        self.bias = self.linear.bias

    def forward(self, x):
        y = self.linear(x.flatten(1))
        return y.view(-1, *self.image_shape) if self.image_shape else y


class Coupling(nn.Module):
    def __init__(self, channels, hidden, mask, dense=False):
        super().__init__()
        self.register_buffer("kept", mask)
        if dense:
            shape = tuple(mask.shape[1:])
            d = mask.numel()
            self.hidden = Dense(d, hidden)
            self.scale = Dense(hidden, d, shape)
            self.shift = Dense(hidden, d, shape)
        else:
            self.hidden = nn.Conv2d(channels, hidden, 3, padding=1)
            self.scale = nn.Conv2d(hidden, channels, 3, padding=1)
            self.shift = nn.Conv2d(hidden, channels, 3, padding=1)
        for head in (self.scale, self.shift):
            nn.init.zeros_(head.weight)
            nn.init.zeros_(head.bias)
        self.log_bound = nn.Parameter(torch.zeros(1, channels, 1, 1))

    def forward(self, x):
        h = F.relu(self.hidden(x * self.kept))
        bound = self.log_bound.exp()
        changed = 1 - self.kept
        s = torch.tanh(self.scale(h) / bound) * bound * changed
        t = self.shift(h) * changed
        return x * s.exp() + t, s.flatten(1).sum(1)


class ActNorm(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.bias = nn.Parameter(torch.zeros(1, channels, 1, 1))
        self.log_scale = nn.Parameter(torch.zeros(1, channels, 1, 1))

    def forward(self, x):
        pixels = x.shape[2] * x.shape[3]
        return (x + self.bias) * self.log_scale.exp(), (self.log_scale.sum() * pixels).expand(x.shape[0])


class Conv1x1(nn.Module):
    def __init__(self, channels):
        super().__init__()
        q, _ = torch.linalg.qr(torch.randn(channels, channels))
        p, lower, upper = torch.linalg.lu(q)
        self.register_buffer("p", p)
        self.register_buffer("sign", torch.sign(torch.diagonal(upper)))
        self.register_buffer("lower_mask", torch.tril(torch.ones(channels, channels), -1))
        self.lower = nn.Parameter(lower)
        self.upper = nn.Parameter(torch.triu(upper, 1))
        self.log_s = nn.Parameter(torch.log(torch.abs(torch.diagonal(upper))))

    def forward(self, x):
        eye = torch.eye(self.lower.shape[0])
        lower = self.lower * self.lower_mask + eye
        upper = self.upper * self.lower_mask.T + torch.diag(self.sign * self.log_s.exp())
        w = self.p @ lower @ upper
        pixels = x.shape[2] * x.shape[3]
        return F.conv2d(x, w.view(*w.shape, 1, 1)), (self.log_s.sum() * pixels).expand(x.shape[0])


class Flow(nn.Module):
    def __init__(self, dense):
        super().__init__()
        hidden_board, hidden_glow = (64, 64) if dense else (24, 48)
        self.board = nn.ModuleList(Coupling(1, hidden_board, checkerboard(1, 14, k % 2), dense) for k in range(3))
        steps = []
        for k in range(4):
            steps += [ActNorm(4), Conv1x1(4), Coupling(4, hidden_glow, channel_half(4, 7, k % 2 == 0), dense)]
        self.steps = nn.ModuleList(steps)

    def forward(self, x):
        p = ALPHA + (1 - 2 * ALPHA) * x
        y = torch.log(p) - torch.log1p(-p)
        logdet = (math.log(1 - 2 * ALPHA) - torch.log(p) - torch.log1p(-p)).flatten(1).sum(1)
        for layer in self.board:
            y, ld = layer(y)
            logdet = logdet + ld
        n = y.shape[0]
        y = y.view(n, 1, 7, 2, 7, 2).permute(0, 1, 3, 5, 2, 4).reshape(n, 4, 7, 7)
        for layer in self.steps:
            y, ld = layer(y)
            logdet = logdet + ld
        log_prior = (-0.5 * y.pow(2) - 0.5 * math.log(2 * math.pi)).flatten(1).sum(1)
        return -(log_prior + logdet).mean()


def median_step_seconds(threads, repeats, warmup, dense):
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    flow = Flow(dense)
    optimiser = torch.optim.Adam(flow.parameters(), lr=1e-3)
    images = torch.rand(BATCH, 1, 14, 14)
    times = []
    for k in range(warmup + repeats):
        start = time.perf_counter()
        optimiser.zero_grad()
        loss = flow(images)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(flow.parameters(), 1.0)
        optimiser.step()
        if k >= warmup:
            times.append(time.perf_counter() - start)
    return statistics.median(times), sum(p.numel() for p in flow.parameters())


def nd4j_images_per_second(results_file):
    with open(results_file) as f:
        results = json.load(f)
    out = {}
    for entry in results:
        if entry["benchmark"].endswith("FlowTrainingBenchmark.epoch"):
            key = (entry["params"]["conditioner"], int(entry["params"]["nativeThreads"]))
            out[key] = 512 / entry["primaryMetric"]["score"]
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", nargs="?")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    nd4j = nd4j_images_per_second(args.results) if args.results else {}
    print(f"PyTorch {torch.__version__}, batch {BATCH}, 1x14x14, float32")
    for conditioner in ("CONVOLUTIONAL", "DENSE"):
        for threads in sorted({1, args.threads}):
            seconds, parameters = median_step_seconds(threads, args.repeats, args.warmup, conditioner == "DENSE")
            torch_rate = BATCH / seconds
            line = (f"{conditioner}, threads {threads}: PyTorch {1e3 * seconds:.1f} ms per step, "
                    f"{torch_rate:.0f} images/s ({parameters} parameters)")
            if (conditioner, threads) in nd4j:
                rate = nd4j[(conditioner, threads)]
                line += f"; ND4J {rate:.0f} images/s, ND4J/PyTorch time {torch_rate / rate:.2f}"
            print(line)


if __name__ == "__main__":
    main()
