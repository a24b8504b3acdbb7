"""Time and size the main jobs on a fresh embedded store (a benchmark: it prints figures, asserts nothing).

    .venv/bin/python tests/benchmarks/bench_load.py

Figures: `load --official` (the issue's target is under a minute), loading the fixture corpus,
the named queries, validation, and the peak memory of this process.
"""
from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from cskg import api
from cskg.graph.store import open_store
from cskg.queries.runner import named_queries, run_query

REPO = Path(__file__).resolve().parents[2]


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    print(f"{label:<42} {time.perf_counter() - started:8.2f} s")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as where:
        store = open_store(str(Path(where) / "store"))
        counts = timed("load --official (fresh store)", lambda: api.load_official(store))
        print(f"{'':<42} {sum(counts.values())} triples")
        corpus = REPO / "tests" / "fixtures" / "corpus"
        report = timed(f"load tests/fixtures/corpus ({len(list(corpus.glob('[0-9]*')))} articles)",
                       lambda: api.load_articles(store, [corpus]))
        print(f"{'':<42} {report.facts} facts, checks {report.checks}")
        timed("load the same corpus again", lambda: api.load_articles(store, [corpus]))
        for name, query in named_queries().items():
            params = {"authority": "Sunderland"} if any(p.name == "authority" and not p.optional
                                                        for p in query.parameters) else {}
            table = timed(f"query {name}", lambda: run_query(store, query, params))
            print(f"{'':<42} {len(table.rows)} rows")
        results = timed("validate (every graph)", lambda: api.validate(store))
        print(f"{'':<42} {sum(r.conforms for _, r in results)} of {len(results)} graphs conform")
        timed("export turtle", lambda: api.export(store, "turtle"))
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (this process)':<42} {peak:8.0f} MiB")


if __name__ == "__main__":
    main()
