"""A networkx view of the cskg graph: the things a reader cares about, joined by short verbs.

Evidence and SKOS concepts are folded into node and edge attributes rather than drawn,
and each org:Membership becomes one person -> organisation edge ("chair of"), so that the
picture shows who runs what, who judged whom and where each fact was reported.
"""
from __future__ import annotations

import difflib
from functools import cache
import networkx as nx
from rdflib import RDF, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS
from rdflib.term import Node

from cskg.ontology import CSKG, ID, ORG, vocabulary_graph

# The most specific type wins: a delivery body is also an org:FormalOrganization.
_KIND_BY_TYPE: tuple[tuple[URIRef, str], ...] = (
    (CSKG.LocalAuthority, "council"),
    (CSKG.ServiceProvider, "body"),
    (CSKG.Inspectorate, "inspectorate"),
    (SDO.Person, "person"),
    (CSKG.Judgement, "judgement"),
    (CSKG.Inspection, "inspection"),
    (CSKG.Intervention, "intervention"),
    (CSKG.DeliveryArrangement, "arrangement"),
    (SDO.NewsArticle, "article"),
    (ORG.FormalOrganization, "organisation"),
)

# An article graph may mention a thing without restating its type; its IRI still says what it is.
_KIND_BY_IRI_PREFIX: tuple[tuple[str, str], ...] = (
    (str(ID["org/ofsted"]), "inspectorate"),
    (str(ID["authority/"]), "council"),
    (str(ID["person/"]), "person"),
    (str(ID["org/"]), "organisation"),
    (str(ID["article/"]), "article"),
)

KINDS: tuple[str, ...] = (
    "council", "body", "person", "inspectorate", "judgement",
    "inspection", "intervention", "arrangement", "article", "organisation",
)

_FACT_KINDS = frozenset({"judgement", "inspection", "intervention", "arrangement"})


def to_networkx(data: Graph) -> nx.MultiDiGraph:
    """Build the reader's graph from triples shaped as ontology/MODEL.md describes.

    A Dataset (or ConjunctiveGraph) is read through the union of all its graphs.
    Nodes are keyed by IRI and carry ``label``, ``kind``, ``alt_labels`` and ``sources``
    (sorted ``(source, quote)`` pairs); edges carry a human ``label`` and are keyed by it,
    except membership edges, which are keyed by the membership IRI and carry ``sources`` too.
    """
    view = _RdfView(_union(data))
    g = nx.MultiDiGraph()

    kinds = view.kinds()
    for iri in sorted(kinds):
        g.add_node(
            str(iri),
            kind=kinds[iri],
            label=view.label(iri, kinds[iri]),
            alt_labels=sorted(str(a) for a in view.data.objects(iri, SKOS.altLabel)),
            sources=view.article_source(iri) if kinds[iri] == "article" else view.sources(iri),
        )

    edges: list[tuple[str, str, str, dict]] = []

    def link(source: Node, target: Node, label: str, key: str | None = None, **attrs: object) -> None:
        if str(source) in g and str(target) in g:
            edges.append((str(source), str(target), key or label, {"label": label, **attrs}))

    for iri, kind in kinds.items():
        if kind not in _FACT_KINDS:
            continue
        for authority in view.data.objects(iri, CSKG.authority):
            verb = {"judgement": "about", "inspection": "inspected",
                    "intervention": "intervened in", "arrangement": "for"}[kind]
            link(iri, authority, verb)
        for article in view.data.objects(iri, PROV.wasDerivedFrom):
            link(iri, article, "reported in")
        if kind == "judgement":
            for judge in view.data.objects(iri, PROV.wasAttributedTo):
                link(judge, iri, "judged")
        elif kind == "inspection":
            for inspector in view.data.objects(iri, PROV.wasAssociatedWith):
                link(inspector, iri, "carried out")
        elif kind == "intervention":
            for body in view.data.objects(iri, PROV.wasAssociatedWith):
                link(body, iri, "ordered")
        elif kind == "arrangement":
            for operator in view.data.objects(iri, CSKG.operator):
                link(operator, iri, "runs")

    for membership in view.data.subjects(RDF.type, ORG.Membership):
        label = view.role_phrase(membership)
        for person in view.data.objects(membership, ORG.member):
            for organisation in view.data.objects(membership, ORG.organization):
                link(person, organisation, label, key=str(membership),
                     sources=view.sources(membership),
                     start=view.literal(membership, SDO.startDate),
                     end=view.literal(membership, SDO.endDate))

    # Sorted insertion keeps node and edge order, and so every rendering, stable.
    for source, target, key, attrs in sorted(edges, key=lambda e: e[:3]):
        g.add_edge(source, target, key=key, **attrs)
    return g


def neighbourhood(g: nx.MultiDiGraph, focus: str, depth: int) -> nx.MultiDiGraph:
    """Nodes whose label or alt label contains ``focus`` (any case) and all within ``depth`` hops.

    Hops ignore edge direction. Raises ValueError, naming a few close labels, if nothing matches.
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    wanted = focus.casefold().strip()
    if not wanted:
        raise ValueError("focus must not be empty")
    seeds = [n for n, attrs in g.nodes(data=True)
             if any(wanted in name.casefold() for name in _names(attrs))]
    if not seeds:
        raise ValueError(f"no node label matches {focus!r}; close labels: {_close_labels(g, focus)}")
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for seed in seeds:
        keep.update(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
    return g.subgraph(keep).copy()


def _names(attrs: dict) -> list[str]:
    return [attrs.get("label", ""), *attrs.get("alt_labels", ())]


def _close_labels(g: nx.MultiDiGraph, focus: str, limit: int = 5) -> str:
    labels = sorted({name for _, attrs in g.nodes(data=True) for name in _names(attrs) if name})
    by_folded = {label.casefold(): label for label in labels}
    # Compare against each word too, so "sunderlnd" still finds "Sunderland City Council".
    candidates = {word: label for label in labels for word in label.casefold().split()}
    candidates.update(by_folded)
    close = difflib.get_close_matches(focus.casefold(), list(candidates), n=limit * 3, cutoff=0.5)
    chosen = list(dict.fromkeys(candidates[c] for c in close))[:limit] or labels[:limit]
    return ", ".join(repr(label) for label in chosen) or "(the graph is empty)"


def _union(data: Graph) -> Graph:
    if not isinstance(data, ConjunctiveGraph):
        return data
    # A Dataset's triples() sees only its default graph unless default_union is set.
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


@cache
def _vocabulary() -> Graph:
    return vocabulary_graph()


class _RdfView:
    """Reads labels, kinds and evidence out of one union graph."""

    def __init__(self, data: Graph) -> None:
        self.data = data

    def kinds(self) -> dict[URIRef, str]:
        kinds: dict[URIRef, str] = {}
        for rdf_type, kind in _KIND_BY_TYPE:
            for iri in self.data.subjects(RDF.type, rdf_type):
                if isinstance(iri, URIRef):
                    kinds.setdefault(iri, kind)
        # Things facts point at, even when the data never states their type.
        for prop in (CSKG.authority, CSKG.operator, PROV.wasAttributedTo,
                     PROV.wasAssociatedWith, PROV.wasDerivedFrom, ORG.member, ORG.organization):
            for iri in self.data.objects(None, prop):
                if isinstance(iri, URIRef) and iri not in kinds:
                    kind = _kind_from_iri(iri)
                    if kind:
                        kinds[iri] = kind
        return kinds

    def literal(self, subject: Node, prop: URIRef) -> str | None:
        return _literal(self.data, subject, prop)

    def name(self, iri: Node) -> str:
        for prop in (SKOS.prefLabel, SDO.name, DCTERMS.title):
            value = self.literal(iri, prop)
            if value:
                return value
        return str(iri).rstrip("/").rsplit("/", 1)[-1]

    def concept(self, subject: Node, prop: URIRef) -> str | None:
        iri = self.data.value(subject, prop)
        if iri is None:
            return None
        return (self.literal(iri, SKOS.prefLabel)
                or _literal(_vocabulary(), iri, SKOS.prefLabel)
                or str(iri).rsplit("/", 1)[-1].replace("-", " "))

    def label(self, iri: URIRef, kind: str) -> str:
        if kind == "judgement":
            grade = self.concept(iri, CSKG.grade) or "judged"
            area = self.concept(iri, CSKG.area)
            return _join(f"{grade} — {area}" if area else grade, _year(self.literal(iri, DCTERMS.date)))
        if kind in ("inspection", "intervention"):
            what_prop = CSKG.inspectionKind if kind == "inspection" else CSKG.interventionKind
            return _join(self.concept(iri, what_prop) or kind, self.literal(iri, DCTERMS.date))
        if kind == "arrangement":
            return self._arrangement_label(iri)
        if kind == "article":
            return self.literal(iri, DCTERMS.title) or self.literal(iri, DCTERMS.identifier) or self.name(iri)
        return self.name(iri)

    def _arrangement_label(self, iri: URIRef) -> str:
        operator = self.data.value(iri, CSKG.operator)
        who = self.name(operator) if operator is not None else "someone"
        service = self.concept(iri, CSKG.service) or "services"
        start = self.literal(iri, SDO.startDate)
        end = self.literal(iri, SDO.endDate)
        when = f"{start or '?'} to {end}" if end else (f"since {start}" if start else None)
        return _join(f"{who} runs {service}", when)

    def role_phrase(self, membership: Node) -> str:
        role = self.concept(membership, ORG.role)
        if not role:
            return "member of"
        interim = any(o.toPython() is True for o in self.data.objects(membership, CSKG.interim)
                      if isinstance(o, Literal))
        if interim and not role.startswith("interim"):
            role = f"interim {role}"
        return f"{role} of"

    def source_of(self, article: Node) -> str:
        return self.literal(article, SDO.url) or self.literal(article, DCTERMS.identifier) or str(article)

    def article_source(self, article: Node) -> list[tuple[str, str]]:
        # An article is its own source; there is no quote to show.
        return [(self.source_of(article), "")]

    def sources(self, fact: Node) -> list[tuple[str, str]]:
        pairs: set[tuple[str, str]] = set()
        for evidence in self.data.objects(fact, CSKG.evidence):
            quote = self.literal(evidence, PROV.value) or self.literal(evidence, CSKG.sentence) or ""
            articles = list(self.data.objects(evidence, PROV.wasQuotedFrom))
            for article in articles:
                pairs.add((self.source_of(article), quote))
            if not articles:
                pairs.add(("", quote))
        return sorted(pairs)


def _kind_from_iri(iri: URIRef) -> str | None:
    for prefix, kind in _KIND_BY_IRI_PREFIX:
        if str(iri) == prefix or (prefix.endswith("/") and str(iri).startswith(prefix)):
            return kind
    return None


def _literal(graph: Graph, subject: Node, prop: URIRef) -> str | None:
    # The smallest value, so that a thing labelled twice is labelled the same way every run.
    values = sorted(str(o) for o in graph.objects(subject, prop) if isinstance(o, Literal))
    return values[0] if values else None


def _year(date: str | None) -> str | None:
    return date[:4] if date else None


def _join(text: str, when: str | None) -> str:
    return f"{text} ({when})" if when else text
