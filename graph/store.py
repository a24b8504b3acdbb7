"""Where the knowledge graph lives: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 endpoint.

Both are reached through rdflib (oxrdflib for the embedded store, rdflib's SPARQLUpdateStore for a
remote one), and both are written with the same SPARQL updates, so what one store accepts the other
does too. A store is picked by location at run time, the way rdflib's plugin registry picks one by name.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Callable
from urllib.parse import urlparse

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from cskg.ontology import VOCABULARY_GRAPH, bind_prefixes, ontology_graph

DEFAULT_LOCATION = "cskg-store"
ENV_VARIABLE = "CSKG_STORE"


class StoreError(Exception):
    """The store could not be opened, read or written."""


def _ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")


class Store:
    """A quad store with named graphs. Subclasses provide the rdflib Dataset they wrap."""

    location: str
    dataset: Dataset

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query over all graphs; bindings pre-bind variables to RDF terms."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except SyntaxError as exc:  # pyoxigraph's parser: the query's fault, not the store's
            raise StoreError(f"the query is not valid SPARQL ({_one_line(exc)})") from exc
        except Exception as exc:  # rdflib, pyoxigraph and HTTP errors share no base class
            raise StoreError(f"query failed on {self.location}: {_one_line(exc)}") from exc

    def update(self, sparql: str) -> None:
        try:
            self.dataset.update(sparql)
        except Exception as exc:
            raise StoreError(f"update failed on {self.location}: {_one_line(exc)}") from exc

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None:
        """Replace each named graph with the given triples, all in one update (atomic per store)."""
        parts = []
        for name, graph in graphs:
            parts.append(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{_ntriples(graph)}}} }}")
        if parts:
            self.update(" ;\n".join(parts))

    def drop_graphs(self, names: Iterable[URIRef]) -> None:
        statements = [f"DROP SILENT GRAPH <{name}>" for name in names]
        if statements:
            self.update(" ;\n".join(statements))

    def graph_names(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        return [row[0] for row in rows]

    def quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        """Every quad in every named graph, in a stable order."""
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o")
        for s, p, o, g in rows:
            yield s, p, o, g

    def snapshot(self) -> Dataset:
        """An in-memory copy of the whole store, for export, validation and rendering."""
        copy = bind_prefixes(Dataset())
        for s, p, o, g in self.quads():
            copy.add((s, p, o, URIRef(g)))
        return copy

    def ensure_vocabulary(self) -> None:
        """Keep the ontology and its concept labels in the store, so queries can print labels."""
        self.replace_graphs([(VOCABULARY_GRAPH, ontology_graph())])

    def close(self) -> None:
        self.dataset.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class OxigraphStore(Store):
    """An embedded Oxigraph store in a directory, created on first use."""

    def __init__(self, location: str) -> None:
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"store location {location} exists and is not a directory")
        self.location = location
        self.dataset = Dataset(store="Oxigraph")
        try:
            path.mkdir(parents=True, exist_ok=True)  # Oxigraph makes only the last directory
            self.dataset.open(str(path))
        except Exception as exc:
            raise StoreError(f"cannot open the store at {location}: {_one_line(exc)}") from exc


class SparqlStore(Store):
    """A remote SPARQL 1.1 endpoint (query and update).

    A bare server address (http://host:port) means Oxigraph's layout, /query and /update; a URL
    ending in /query or /sparql gets its update endpoint by the same server's convention.
    """

    def __init__(self, location: str) -> None:
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        self.location = location
        query_url, update_url = endpoints(location)
        store = SPARQLUpdateStore(query_endpoint=query_url, update_endpoint=update_url, method="POST",
                                  returnFormat="json", autocommit=True)
        # default_union: rdflib then sends no default-graph-uri, which would hide the named graphs
        # (rdflib names its own default graph otherwise, and the server finds nothing there).
        self.dataset = Dataset(store=store, default_union=True)

    # "__UNION__" as the query graph: rdflib then neither sends a default-graph-uri nor wraps an
    # update in GRAPH <default> { }, either of which would hide or break the named graphs.
    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        try:
            result = self.dataset.store.query(sparql, {}, dict(bindings or {}), "__UNION__")
        except Exception as exc:
            raise StoreError(f"query failed on {self.location}: {_http_error(exc)}") from exc
        if isinstance(result, tuple):  # rdflib returns (status, reason, None) when the server refuses
            status, reason = result[0], result[1]
            if status == 400:
                raise StoreError(f"{self.location} refused the query as not valid SPARQL ({reason})")
            raise StoreError(f"query failed on {self.location}: {reason}")
        return result

    def update(self, sparql: str) -> None:
        try:
            self.dataset.store.update(sparql, {}, {}, "__UNION__")
        except Exception as exc:
            raise StoreError(f"update failed on {self.location}: {_http_error(exc)}") from exc


def endpoints(url: str) -> tuple[str, str]:
    parsed = urlparse(url)
    path = parsed.path.rstrip("/")
    if path in ("",):
        base = url.rstrip("/")
        return f"{base}/query", f"{base}/update"
    if path.endswith("/query"):
        return url, url[: url.rstrip("/").rfind("/query")] + "/update"
    return url, url


#: Store kinds by name; a location picks one through `kind_of`.
STORES: dict[str, Callable[[str], Store]] = {"oxigraph": OxigraphStore, "sparql": SparqlStore}


def kind_of(location: str) -> str:
    return "sparql" if urlparse(location).scheme in ("http", "https") else "oxigraph"


def resolve_location(location: str | None) -> str:
    return location or os.environ.get(ENV_VARIABLE) or DEFAULT_LOCATION


def open_store(location: str | None = None) -> Store:
    """Open the store at LOCATION (a directory or an http(s) SPARQL endpoint URL)."""
    where = resolve_location(location)
    return STORES[kind_of(where)](where)


def _http_error(exc: BaseException) -> str:
    """An HTTP error with the server's own explanation, which says what was wrong with the request."""
    from urllib.error import HTTPError

    if isinstance(exc, HTTPError):
        try:
            body = exc.read().decode("utf-8", "replace")
        except Exception:
            body = ""
        return _one_line(Exception(f"{exc} {body}".strip()))
    return _one_line(exc)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__
