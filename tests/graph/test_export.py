"""Exporting the store: stable bytes for the same data, and every format reads back as what is stored."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic, to_isomorphic


@pytest.fixture
def loaded(cskg, seeds_dir: Path):
    cskg("load", str(seeds_dir))
    return cskg


def _stored(store_dir: str) -> Dataset:
    """What the store holds, read with pyoxigraph itself (not through cskg)."""
    store = pyoxigraph.Store.read_only(store_dir)
    data = store.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    del store
    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    return dataset


def _named(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def _export(cskg, fmt: str) -> bytes:
    return cskg("export", "--format", fmt, input=b"").stdout


def test_loading_the_same_articles_again_leaves_the_export_unchanged(loaded, seeds_dir: Path) -> None:
    turtle, nquads = _export(loaded, "turtle"), _export(loaded, "nquads")
    loaded("load", str(seeds_dir))
    assert _export(loaded, "turtle") == turtle
    assert _export(loaded, "nquads") == nquads
    assert turtle.strip() and nquads.strip()


def test_turtle_is_every_graph_merged(loaded) -> None:
    stored = _stored(loaded.store)
    exported = Graph().parse(data=_export(loaded, "turtle").decode("utf-8"), format="turtle")
    union = Graph()
    for s, p, o, _ in stored.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(exported) == len(union) > 0
    assert isomorphic(to_isomorphic(exported), to_isomorphic(union))


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_each_format_reads_back_graph_by_graph(loaded, fmt: str, rdflib_format: str) -> None:
    stored = _named(_stored(loaded.store))
    data = Dataset()
    data.parse(data=_export(loaded, fmt).decode("utf-8"), format=rdflib_format)
    exported = _named(data)
    assert sorted(exported) == sorted(stored)
    assert sum("/id/article/" in name for name in stored) == 2
    for name, graph in stored.items():
        assert len(exported[name]) == len(graph), name
        assert isomorphic(to_isomorphic(exported[name]), to_isomorphic(graph)), name


def test_nquads_is_one_sorted_line_per_quad(loaded) -> None:
    lines = _export(loaded, "nquads").decode("utf-8").splitlines()
    assert lines == sorted(set(lines))
    assert len(lines) == sum(len(g) for g in _named(_stored(loaded.store)).values())


def test_output_option_writes_the_file(loaded, tmp_path: Path) -> None:
    for fmt in ("turtle", "nquads"):
        out = tmp_path / f"graph.{fmt}"
        done = loaded("export", "--format", fmt, "-o", str(out), input=b"")
        assert done.stdout == b""
        assert out.read_bytes() == _export(loaded, fmt)


def test_export_to_an_unwritable_place_is_a_one_line_error(loaded, tmp_path: Path) -> None:
    done = loaded("export", "-o", str(tmp_path / "no" / "such" / "dir" / "g.ttl"), check=False)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("cskg: ")
