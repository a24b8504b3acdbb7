"""Time the official loader: python loaders/data/bench_official.py

Prints the seconds official_graphs() takes and the triples in each graph. The issue asks for
under a minute on a fresh store; this is measured here rather than in a timed test.
"""
from __future__ import annotations

import time

from cskg.loaders.official import official_graphs

if __name__ == "__main__":
    started = time.perf_counter()
    total = 0
    for name, graph in official_graphs():
        print(f"{name}: {len(graph)} triples")
        total += len(graph)
    print(f"{total} triples in {time.perf_counter() - started:.2f} s")
