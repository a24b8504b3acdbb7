"""Whatever the loaders read from the fixture corpus, every graph they write conforms to the shapes."""
from __future__ import annotations

from pathlib import Path

from cskg import api
from cskg.graph.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_every_graph_from_the_fixture_corpus_conforms(tmp_path):
    with open_store(str(tmp_path / "store")) as store:
        report = api.load_articles(store, [CORPUS])
        assert not report.failed and len(report.loaded) >= 40
        results = api.validate(store)
    broken = {str(graph): [v.message for v in result.violations if v.severity == "Violation"]
              for graph, result in results if not result.conforms}
    assert broken == {}
    assert len(results) == len(report.loaded) + 1  # the articles and the reconciliation graph
