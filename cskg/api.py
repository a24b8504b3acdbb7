"""Everything the command line does, as Python functions (the CLI only parses and prints)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SDO

from cskg.graph.export import EXPORT_FORMATS, export, snapshot
from cskg.graph.reconcile import reconcile
from cskg.graph.store import Store, StoreError, open_store
from cskg.loaders import ARTICLE_SUFFIXES, ArticleError, article_files, article_to_graph, parse_article, read_article, sniff_kind
from cskg.ontology import CSKG, ORG, VOCABULARY_GRAPH
from cskg.ontology.validate import ValidationResult
from cskg.ontology.validate import validate as shacl_validate
from cskg.queries.runner import NamedQuery, Table, run_query

BATCH = 25  # articles written per update: each update is atomic in the store


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one-line messages naming the input
    facts: int = 0
    checks: dict[str, int] = field(default_factory=dict)  # claims checked against the official record, by status


def load_articles(store: Store, paths: Iterable[Path],
                  progress: Callable[[Path], None] | None = None) -> LoadReport:
    """Read each article file (folders recursively) into its own named graph.

    A file that cannot be read is reported and left out; the others load. Nothing is written for a
    file until it has been read whole, so a bad input never touches what the store holds.
    """
    report = LoadReport()
    paths = list(paths)
    # A folder with no article in it is a mistake worth saying, not a silent no-op.
    for folder in (p for p in paths if p.is_dir() and not article_files([p])):
        report.failed.append(f"{folder}: no article files in this folder (cskg reads {', '.join(ARTICLE_SUFFIXES)})")
    pending: list[tuple[URIRef, Graph]] = []
    store.ensure_vocabulary()
    for path in article_files(paths):
        try:
            article = read_article(path)
            graph = article_to_graph(article)
        except ArticleError as exc:
            report.failed.append(str(exc))
        else:
            pending.append((article.iri, graph))
            report.loaded.append(article.source)
            report.facts += fact_count(graph)
        if progress:
            progress(path)
        if len(pending) >= BATCH:
            store.replace_graphs(pending)
            pending = []
    store.replace_graphs(pending)
    report.checks = _reconcile(store)
    return report


def load_official(store: Store) -> dict[str, int]:
    """Load the official record shipped with cskg (Ofsted inspections and judgements since 2009, the
    delivery-model table) into its own named graphs; returns triples per graph."""
    from cskg.loaders.official import official_graphs

    store.ensure_vocabulary()
    graphs = list(official_graphs())
    store.replace_graphs(graphs)
    reconcile(store)
    return {str(name).rsplit("/", 1)[-1]: len(graph) for name, graph in graphs}


def load_text(store: Store, text: str, name: str | None = None, kind: str | None = None) -> LoadReport:
    """Read one article given as text (from standard input). Without a name it is named by its
    content, so that two different articles read from standard input stay two articles."""
    report = LoadReport()
    name = name or f"stdin-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"
    article = parse_article(text, name, kind or sniff_kind(text))
    graph = article_to_graph(article)
    store.ensure_vocabulary()
    store.replace_graphs([(article.iri, graph)])
    report.loaded.append(article.source)
    report.facts = fact_count(graph)
    report.checks = _reconcile(store)
    return report


def official_loaded(store: Store) -> bool:
    from cskg.loaders.official import OFSTED_GRAPH

    return bool(store.query(f"ASK {{ GRAPH <{OFSTED_GRAPH}> {{ ?s ?p ?o }} }}").askAnswer)


def _reconcile(store: Store) -> dict[str, int]:
    """Check the articles' claims against the official record; {} when that record is not loaded."""
    counts = reconcile(store)
    return counts if official_loaded(store) else {}


def fact_count(graph: Graph) -> int:
    return len(set(graph.subjects(CSKG.evidence, None)))


def query(store: Store, named: NamedQuery, params: dict[str, str] | None = None) -> Table:
    return run_query(store, named, params)


def validate(store: Store) -> list[tuple[URIRef, ValidationResult]]:
    """Check each named graph against the cskg shapes. Each graph is one source's account and
    must stand on its own: two sources may describe the same body differently."""
    data = snapshot(store)
    results = []
    for name in sorted(g.identifier for g in data.graphs() if g.identifier != VOCABULARY_GRAPH and len(g)):
        graph = Graph()
        for triple in data.graph(name):
            graph.add(triple)
        results.append((name, shacl_validate(graph)))
    return results


def render(store: Store, out: Path, focus: str | None = None, depth: int = 1) -> int:
    from cskg.graph.network import neighbourhood, to_networkx
    from cskg.graph.render import render_html

    network = to_networkx(snapshot(store))
    if focus:
        network = neighbourhood(network, focus, depth)
    return render_html(network, out, title=f"cskg: {focus}" if focus else "cskg")


def stats(store: Store) -> Table:
    """How many of each kind of thing the store holds (the vocabulary left out), graphs and triples."""
    rows = store.query(
        "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?type } "
        f"FILTER(?g != <{VOCABULARY_GRAPH}>) }} GROUP BY ?type ORDER BY ?type")
    names = {CSKG.LocalAuthority: "councils", CSKG.ServiceProvider: "delivery bodies", CSKG.Judgement: "judgements",
             CSKG.Inspection: "inspections", CSKG.Intervention: "interventions",
             CSKG.DeliveryArrangement: "arrangements", ORG.Membership: "posts",
             SDO.NewsArticle: "articles", SDO.Person: "people",
             CSKG.Evidence: "evidence"}
    table = Table(["what", "count"])
    for type_, count in rows:
        if type_ in names:
            table.rows.append({"what": names[type_], "count": str(count)})
    graphs = [g for g in store.graph_names() if g != VOCABULARY_GRAPH]
    table.rows.append({"what": "named graphs", "count": str(len(graphs))})
    total = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    table.rows.append({"what": "triples", "count": str(next(iter(total))[0])})
    return table


__all__ = ["EXPORT_FORMATS", "LoadReport", "StoreError", "export", "load_articles", "load_official", "load_text",
           "official_loaded", "open_store", "query", "render", "snapshot", "stats", "validate"]
