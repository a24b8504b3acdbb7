"""Writing the store out as Turtle, TriG, N-Quads or JSON-LD, with rdflib's serialisers."""
from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from cskg.graph.store import Store
from cskg.ontology import bind_prefixes

EXPORT_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}


def snapshot(store: Store) -> Dataset:
    """The whole store in memory, plain strings written as plain literals."""
    data = bind_prefixes(Dataset())
    for s, p, o, g in store.quads():
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        data.add((s, p, o, URIRef(g)))
    return data


def union(data: Dataset) -> Graph:
    """All the dataset's graphs merged into one."""
    graph = bind_prefixes(Graph())
    for s, p, o, _ in data.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def export(store: Store, fmt: str = "turtle") -> bytes:
    """The store serialised: Turtle (all graphs merged), or TriG, N-Quads, JSON-LD (graphs kept)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format '{fmt}'; choose one of {', '.join(EXPORT_FORMATS)}")
    data = snapshot(store)
    target: Graph = union(data) if fmt == "turtle" else data
    if fmt == "nquads":
        # N-Quads has no order of its own: sort the lines so that the same store gives the same file.
        lines = target.serialize(format="nquads", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(set(line for line in lines if line.strip()))) + "\n").encode("utf-8")
    return target.serialize(format=EXPORT_FORMATS[fmt], encoding="utf-8")
