import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cskg.graph.network import KINDS, to_networkx
from cskg.graph.render import KIND_STYLE, render_html
import sample_dataset as sample  # tests/ is on pytest's pythonpath



class _Page(HTMLParser):
    """Collects tags with their attributes, and the text of inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("render") / "graph.html"
    count = render_html(to_networkx(sample.build_sample_dataset()), path, title="Sample graph")
    return path, count


def _page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def _data_sets(text: str) -> tuple[list[dict], list[dict]]:
    nodes, edges = (json.loads(m) for m in re.findall(r"new vis\.DataSet\((\[.*?\])\.map\(", text))
    return nodes, edges


def test_page_is_self_contained(rendered):
    path, _ = rendered
    page = _page(path)
    for tag, attrs in page.tags:
        for name in ("src", "href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), f"<{tag} {name}={value}> needs the network"
    assert not any(tag == "link" for tag, _ in page.tags)
    assert not any(tag == "script" and "src" in attrs for tag, attrs in page.tags)
    # vis-network itself is inlined.
    assert any("@version 9.1.2" in script and "vis-network" in script for script in page.scripts)


def test_returns_node_count_and_draws_every_node_and_edge(rendered):
    path, count = rendered
    nodes, edges = _data_sets(path.read_text("utf-8"))
    assert count == len(nodes) == sample.NODE_COUNT
    assert len(edges) == sample.EDGE_COUNT
    assert all(edge["label"] for edge in edges)
    assert {"chair of", "judged", "runs", "reported in"} <= {edge["label"] for edge in edges}


def test_nodes_are_coloured_and_shaped_by_kind(rendered):
    path, _ = rendered
    nodes, _ = _data_sets(path.read_text("utf-8"))
    by_id = {node["id"]: node for node in nodes}
    for iri, kind in [(sample.SUNDERLAND, "council"), (sample.TFC, "body"), (sample.CHAIR, "person"),
                      (sample.OFSTED, "inspectorate"), (sample.JUDGEMENT_A, "judgement"),
                      (sample.ARTICLE_B, "article")]:
        node = by_id[str(iri)]
        assert node["shape"] == KIND_STYLE[kind]["shape"]
        assert node["color"]["background"] == KIND_STYLE[kind]["color"]
    assert len({(s["color"], s["shape"]) for s in KIND_STYLE.values()}) == len(KIND_STYLE)


def test_legend_lists_every_kind(rendered):
    path, _ = rendered
    items = {attrs["data-kind"]: attrs for tag, attrs in _page(path).tags if "data-kind" in attrs}
    assert set(items) == set(KIND_STYLE) == set(KINDS)
    for kind, style in KIND_STYLE.items():
        assert items[kind]["data-color"] == style["color"]
        assert items[kind]["data-shape"] == style["shape"]
    assert 'id="legend"' in path.read_text("utf-8")


def test_tooltip_holds_kind_label_and_escaped_quote(rendered):
    path, _ = rendered
    text = path.read_text("utf-8")
    assert "<script>alert(1)" not in text
    nodes, _ = _data_sets(text)
    title = next(node["title"] for node in nodes if node["id"] == str(sample.JUDGEMENT_A))
    assert "<b>judgement</b>" in title
    assert "inadequate — help and protection (2018)" in title
    assert "https://example.org/news/a1" in title
    assert html.escape(sample.SCRIPT_QUOTE) in title
    assert sample.SCRIPT_QUOTE not in title


def test_same_input_gives_identical_bytes(tmp_path):
    # Separate interpreters with different hash seeds, so set and dict order cannot leak in.
    script = (
        "import importlib.util, sys\n"
        "from pathlib import Path\n"
        "spec = importlib.util.spec_from_file_location('sample', sys.argv[1])\n"
        "sample = importlib.util.module_from_spec(spec); spec.loader.exec_module(sample)\n"
        "from cskg.graph.network import KINDS, to_networkx\n"
        "from cskg.graph.render import render_html\n"
        "render_html(to_networkx(sample.build_sample_dataset()), Path(sys.argv[2]))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"graph-{seed}.html"
        subprocess.run([sys.executable, "-c", script, str(Path(__file__).resolve().parents[1] / "sample_dataset.py"), str(out)],
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 100_000
