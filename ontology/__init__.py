"""The cskg vocabulary: namespaces, the OWL ontology, SKOS concept schemes and SHACL shapes."""
from __future__ import annotations

from importlib import resources

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, Namespace as _NS

ORG = _NS("http://www.w3.org/ns/org#")
CSKG = Namespace("https://w3id.org/cskg/ontology#")
VOCAB = Namespace("https://w3id.org/cskg/vocab/")
ID = Namespace("https://w3id.org/cskg/id/")
GRAPH = Namespace("https://w3id.org/cskg/graph/")

#: Named graph that holds the ontology and its concept schemes inside a store.
VOCABULARY_GRAPH = GRAPH["vocabulary"]

PREFIXES: dict[str, Namespace] = {
    "cskg": CSKG,
    "vocab": VOCAB,
    "id": ID,
    "org": ORG,
    "prov": PROV,
    "schema": SDO,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "time": TIME,
    "owl": OWL,
    "rdfs": RDFS,
    "rdf": RDF,
    "xsd": XSD,
}

ONTOLOGY_FILES = ("cskg.ttl", "vocabulary.ttl", "official.ttl", "reconciliation.ttl")
SHAPES_FILE = "shapes.ttl"


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def _parse(names: tuple[str, ...]) -> Graph:
    graph = bind_prefixes(Graph())
    for name in names:
        graph.parse(data=resources.files(__name__).joinpath(name).read_text("utf-8"), format="turtle")
    return graph


def ontology_graph() -> Graph:
    """The OWL ontology plus the SKOS concept schemes (grades, areas, kinds, roles)."""
    return _parse(ONTOLOGY_FILES)


def vocabulary_graph() -> Graph:
    """Only the SKOS concept schemes; the loaders match text against their labels."""
    return _parse(("vocabulary.ttl",))


def shapes_graph() -> Graph:
    return _parse((SHAPES_FILE,))


def concept(scheme: str, key: str) -> URIRef:
    """IRI of a concept, e.g. concept("grade", "inadequate")."""
    return VOCAB[f"{scheme}/{key}"]
