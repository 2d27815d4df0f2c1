#!/usr/bin/env python3
"""TAM-RL in Python PyTorch: the reference for bench_ml.

Runs the same model (default FluxLens config) with the same optimiser on the windows bench_ml
exported, and prints one JSON line per training stage:
  {"stage": "pretrain"|"joint", "seconds_per_epoch": s, "windows_per_s": w,
   "cpu_seconds_per_epoch": c, "loss": l}
(wall-clock and process CPU time: on a shared machine CPU time is the steadier figure)

Stage "pretrain" trains the LSTM decoder alone on shuffled batches; stage "joint" samples, per
site, query sets of query_windows windows with support_windows support windows from the same site,
runs the BiLSTM task encoder, the FiLM generator and the modulated decoder, as the C++ engine does.
Loss: sum over GPP/RECO/NEE of sum(mask*w*(pred-y)^2)/max(1, sum(mask)) + alpha*mean((NEE-(RECO-GPP))^2).

Usage: tamrl_reference.py FOLDER [--threads N] [--epochs E]
"""
import argparse
import json
import os
import random
import time

import numpy as np
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, inputs, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(inputs, hidden, num_layers=layers, batch_first=True)
        self.heads = nn.Linear(hidden, 3)

    def forward(self, x, film=None):
        if film is not None:
            g1, b1, g2, b2 = film
            x = g1.unsqueeze(1) * x + b1.unsqueeze(1)
        h, _ = self.lstm(x)
        if film is not None:
            h = g2.unsqueeze(1) * h + b2.unsqueeze(1)
        return self.heads(h)


class TaskEncoder(nn.Module):
    def __init__(self, inputs, hidden, embedding):
        super().__init__()
        self.lstm = nn.LSTM(inputs, hidden, batch_first=True, bidirectional=True)
        self.project = nn.Linear(2 * hidden, embedding)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.project(out.mean(1))


class Generator(nn.Module):
    def __init__(self, embedding, hidden, inputs, decoder_hidden):
        super().__init__()
        self.first = nn.Linear(embedding, hidden)
        self.second = nn.Linear(hidden, 2 * inputs + 2 * decoder_hidden)
        self.sizes = [inputs, inputs, decoder_hidden, decoder_hidden]
        with torch.no_grad():
            self.second.weight.mul_(0.1)
            self.second.bias.zero_()

    def forward(self, e):
        g1, b1, g2, b2 = self.second(torch.relu(self.first(e))).split(self.sizes, 1)
        return 1.0 + g1, b1, 1.0 + g2, b2


def flux_loss(pred, y, mask, weight, alpha):
    sq = (pred - y) ** 2 * mask * weight.unsqueeze(-1)
    per_target = sq.sum((0, 1)) / mask.sum((0, 1)).clamp_min(1.0)
    gpp, reco, nee = pred[..., 0], pred[..., 1], pred[..., 2]
    return per_target.sum() + alpha * ((nee - (reco - gpp)) ** 2).mean()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    random.seed(42)

    meta = json.load(open(os.path.join(args.folder, "meta.json")))
    n, t, f = meta["windows"], meta["window_days"], meta["feature_count"]

    def load(name, shape, dtype=np.float32):
        return torch.from_numpy(np.fromfile(os.path.join(args.folder, name), dtype=dtype).reshape(shape))

    x = load("x.f32", (n, t, f))
    y = load("y.f32", (n, t, 3))
    mask = load("mask.f32", (n, t, 3))
    weight = load("weight.f32", (n, t))
    site = load("site.i32", (n,), np.int32).tolist()
    by_site = {}
    for i, s in enumerate(site):
        by_site.setdefault(s, []).append(i)

    decoder = Decoder(f, meta["hidden"], meta["layers"])
    encoder = TaskEncoder(f, meta["encoder_hidden"], meta["embedding"])
    generator = Generator(meta["embedding"], meta["generator_hidden"], f, meta["hidden"])
    alpha, clip, batch = meta["flux_alpha"], meta["grad_clip"], meta["batch_windows"]

    # Stage 1: the decoder alone.
    params = list(decoder.parameters())
    opt = torch.optim.Adam(params, lr=meta["learning_rate"])
    times, cpu = [], []
    for _ in range(args.epochs):
        start, start_cpu = time.perf_counter(), time.process_time()
        order = torch.randperm(n)
        total = 0.0
        for i in range(0, n, batch):
            idx = order[i:i + batch]
            loss = flux_loss(decoder(x[idx]), y[idx], mask[idx], weight[idx], alpha)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, clip)
            opt.step()
            total += loss.item()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    sec = sum(times) / len(times)
    print(json.dumps({"stage": "pretrain", "seconds_per_epoch": sec, "windows_per_s": n / sec,
                      "cpu_seconds_per_epoch": sum(cpu) / len(cpu), "loss": total}), flush=True)

    # Stage 2: joint training with support and query sets per site.
    params = list(decoder.parameters()) + list(encoder.parameters()) + list(generator.parameters())
    opt = torch.optim.Adam(params, lr=meta["stage2_learning_rate"])
    q, s_count, per_batch = meta["query_windows"], meta["support_windows"], meta["sites_per_batch"]
    times, cpu = [], []
    for _ in range(args.epochs):
        start, start_cpu = time.perf_counter(), time.process_time()
        tasks = []
        for s, rows in by_site.items():
            rows = rows[:]
            random.shuffle(rows)
            tasks += [(s, rows[i:i + q]) for i in range(0, len(rows), q)]
        random.shuffle(tasks)
        total = 0.0
        for i in range(0, len(tasks), per_batch):
            chunk = tasks[i:i + per_batch]
            support, query, owner = [], [], []
            for k, (s, rows) in enumerate(chunk):
                pool = by_site[s]
                exclude = len(pool) >= len(rows) + s_count
                picked = 0
                while picked < s_count:
                    c = random.choice(pool)
                    if exclude and c in rows:
                        continue
                    support.append(c)
                    picked += 1
                query += rows
                owner += [k] * len(rows)
            emb = encoder(x[support]).view(len(chunk), s_count, -1).mean(1)
            film = [p.index_select(0, torch.tensor(owner)) for p in generator(emb)]
            pred = decoder(x[query], film)
            loss = flux_loss(pred, y[query], mask[query], weight[query], alpha)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, clip)
            opt.step()
            total += loss.item()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    sec = sum(times) / len(times)
    print(json.dumps({"stage": "joint", "seconds_per_epoch": sec, "windows_per_s": n / sec,
                      "cpu_seconds_per_epoch": sum(cpu) / len(cpu), "loss": total}), flush=True)


if __name__ == "__main__":
    main()
