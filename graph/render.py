"""Render the networkx view of cskg as one offline HTML page with pyvis and vis-network."""
from __future__ import annotations

import json
from html import escape
from importlib import resources
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

#: How each kind of node looks: colour and vis-network shape. The legend is drawn from this.
KIND_STYLE: dict[str, dict[str, str]] = {
    "council": {"color": "#8fb8de", "shape": "box"},
    "body": {"color": "#7fcf8f", "shape": "hexagon"},
    "person": {"color": "#f5b35c", "shape": "dot"},
    "inspectorate": {"color": "#e06666", "shape": "star"},
    "judgement": {"color": "#b39ddb", "shape": "diamond"},
    "inspection": {"color": "#a1887f", "shape": "triangle"},
    "intervention": {"color": "#f48fb1", "shape": "triangleDown"},
    "arrangement": {"color": "#6fd3d9", "shape": "square"},
    "article": {"color": "#c7c7c7", "shape": "ellipse"},
    "organisation": {"color": "#d4d45a", "shape": "database"},
}
_UNKNOWN_STYLE = {"color": "#eeeeee", "shape": "dot"}

# vis draws a database as tall as it is wide, so keep its label narrow.
_SHAPE_OPTIONS: dict[str, dict] = {
    "database": {"widthConstraint": {"maximum": 90}, "font": {"size": 11}},
}

# vis-network options; the fixed randomSeed makes the layout, and so the page, repeatable.
# pyvis's set_options drops every space, so no value here may contain one.
OPTIONS: dict = {
    "layout": {"randomSeed": 20240601, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 110, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "nodes": {"size": 16, "font": {"size": 14}, "widthConstraint": {"maximum": 220}, "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "color": {"color": "#9a9a9a", "highlight": "#333333"},
        "font": {"size": 11, "align": "middle"},
        "smooth": {"type": "dynamic"},
    },
    "interaction": {"hover": True, "tooltipDelay": 150},
}

_TEMPLATE = "network.html"

# Small SVG outlines of the vis shapes, for the legend.
_ICON_SHAPES: dict[str, str] = {
    "dot": '<circle cx="7" cy="7" r="6"/>',
    "box": '<rect x="1" y="3" width="12" height="8" rx="2"/>',
    "square": '<rect x="2" y="2" width="10" height="10"/>',
    "ellipse": '<ellipse cx="7" cy="7" rx="6.5" ry="4"/>',
    "database": '<path d="M2 4v6a5 2 0 0 0 10 0v-6a5 2 0 0 0-10 0z"/>',
    "diamond": '<polygon points="7,1 13,7 7,13 1,7"/>',
    "triangle": '<polygon points="7,1 13,13 1,13"/>',
    "triangleDown": '<polygon points="1,1 13,1 7,13"/>',
    "hexagon": '<polygon points="4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7"/>',
    "star": '<polygon points="7,1 8.8,5.2 13,5.5 9.8,8.3 10.7,12.7 7,10.4 3.3,12.7 4.2,8.3 1,5.5 5.2,5.2"/>',
}


def render_html(g: nx.MultiDiGraph, path: Path, title: str = "cskg") -> int:
    """Write ``g`` to ``path`` as one HTML file that needs no network; return the node count.

    Nodes are coloured and shaped by their ``kind`` (see KIND_STYLE), edges carry their
    ``label``, and tooltips list the kind, label and every (source, quote) pair.
    The same graph always gives the same bytes.
    """
    net = Network(height="780px", width="100%", directed=True, heading=title, cdn_resources="in_line")
    net.set_options(json.dumps(OPTIONS))

    for node in sorted(g.nodes):
        attrs = g.nodes[node]
        kind = attrs.get("kind", "thing")
        style = KIND_STYLE.get(kind, _UNKNOWN_STYLE)
        label = attrs.get("label") or str(node)
        net.add_node(
            str(node),
            label=label,
            title=_tooltip(kind, label, attrs.get("sources", ())),
            shape=style["shape"],
            color={"background": style["color"], "border": _darker(style["color"]),
                   "highlight": {"background": style["color"], "border": "#000000"}},
            **_SHAPE_OPTIONS.get(style["shape"], {}),
        )

    for source, target, key in sorted(g.edges(keys=True), key=lambda e: tuple(map(str, e))):
        attrs = g.edges[source, target, key]
        label = attrs.get("label", "")
        edge: dict = {"label": label}
        if attrs.get("sources"):
            edge["title"] = _tooltip("fact", f"{g.nodes[source].get('label', source)} {label} "
                                             f"{g.nodes[target].get('label', target)}", attrs["sources"])
        net.add_edge(str(source), str(target), **edge)

    net.templateEnv = _environment()
    net.path = _TEMPLATE
    html = net.generate_html(name="graph.html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return len(net.nodes)


def _environment() -> Environment:
    # Our page template first; pyvis's template folder supplies the vis-network files it inlines.
    ours = str(resources.files(__package__).joinpath("templates"))
    pyvis_templates = str(Path(pyvis.__file__).parent / "templates")
    env = Environment(loader=ChoiceLoader([FileSystemLoader(ours), FileSystemLoader(pyvis_templates)]),
                      autoescape=True, keep_trailing_newline=True)
    env.globals["legend"] = [
        {"kind": kind, "color": style["color"], "shape": style["shape"], "icon": _icon(style)}
        for kind, style in KIND_STYLE.items()
    ]
    return env


def _tooltip(kind: str, label: str, sources) -> str:
    # The page turns this into DOM with innerHTML, so every piece of data is escaped here.
    parts = [f"<b>{escape(kind)}</b>: {escape(label)}"]
    for source, quote in sources:
        line = f'<div class="quote">{escape(source)}'
        if quote:
            line += f": “{escape(quote)}”"
        parts.append(line + "</div>")
    return "".join(parts)


def _icon(style: dict[str, str]) -> Markup:
    shape = _ICON_SHAPES.get(style["shape"], _ICON_SHAPES["dot"])
    return Markup(
        f'<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" '
        f'fill="{escape(style["color"])}" stroke="{escape(_darker(style["color"]))}">{shape}</svg>'
    )


def _darker(colour: str) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.6) for c in (red, green, blue)))
