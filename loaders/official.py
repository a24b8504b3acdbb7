"""Load the official record into RDF: Ofsted inspections and judgements since 2009, and the
delivery-model table (who ran each council's children's services, from when to when).

The loader reads only the tables shipped in loaders/data/official/ (rebuilt from the reference
data by loaders/data/build_official.py, which also handles the data faults), so it needs no
network. Shapes follow ontology/MODEL.md; the extra terms are in ontology/official.ttl.
"""
from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, SKOS, XSD

from cskg.loaders.gazetteer import Authority, authorities, slugify
from cskg.loaders.triples import authority_triples
from cskg.ontology import CSKG, GRAPH, ID, bind_prefixes, concept

DATA_DIR = Path(__file__).resolve().parent / "data" / "official"
OFSTED_GRAPH = GRAPH["official/ofsted"]
DELIVERY_GRAPH = GRAPH["official/delivery-models"]
OFSTED = ID["org/ofsted"]
OGL = URIRef("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")

# model_type of the delivery-model table -> vocab:operator-kind. An NHS foundation trust acting as
# lead provider is a trust; a shared service or a partnership is run by councils.
OPERATOR_KINDS = {
    "independent_trust": "trust",
    "council_owned_trust": "trust",
    "council_owned_company": "company",
    "community_interest_company_council_owned": "community-interest-company",
    "partnership_with_another_council": "council",
    "nhs_trust_lead_provider": "trust",
    "shared_service": "council",
}
DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _authority(gss: str) -> URIRef:
    return ID["authority/" + gss]


def _date(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES[{10: "day", 7: "month", 4: "year"}[len(value)]])


def _describe(graph: Graph, authority: Authority) -> None:
    authority_triples(graph, authority)
    # Successors let queries follow a council across reorganisations (Somerset's latest
    # grade is its county council's 2022 inspection).
    for successor in authority.replaced_by:
        graph.add((authority.iri, DCTERMS.isReplacedBy, _authority(successor)))
        _describe(graph, authorities().by_code[successor])


def _dataset(graph: Graph, file_name: str, title: str, official: bool) -> URIRef:
    node = ID["dataset/" + slugify(file_name)]
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, RDF.type, SDO.Dataset))
    graph.add((node, DCTERMS.identifier, Literal(file_name)))
    graph.add((node, DCTERMS.title, Literal(title)))
    if official:
        graph.add((node, DCTERMS.publisher, OFSTED))
        graph.add((node, DCTERMS.license, OGL))
    return node


def _evidence(graph: Graph, dataset: URIRef, file_name: str, row: str, rule: str, label: str) -> URIRef:
    node = ID["evidence/" + _hash("official", file_name, row)]
    graph.add((node, RDF.type, CSKG.Evidence))
    graph.add((node, PROV.wasDerivedFrom, dataset))
    graph.add((node, CSKG.sourceFile, Literal(file_name)))
    graph.add((node, CSKG.sourceRow, Literal(int(row))))
    graph.add((node, CSKG.confidence, Literal("1.0", datatype=XSD.decimal)))
    graph.add((node, CSKG.rule, Literal(rule)))
    graph.add((node, DCTERMS.source, Literal(f"{label}: {file_name} row {row}")))
    return node


def ofsted_graph(data_dir: Path = DATA_DIR) -> Graph:
    """Every Ofsted inspection, visit and judgement of the shipped tables."""
    graph = bind_prefixes(Graph())
    graph.add((OFSTED, RDF.type, CSKG.Inspectorate))
    graph.add((OFSTED, SKOS.prefLabel, Literal("Ofsted")))

    sources: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in _read(data_dir / "provenance.csv"):
        sources[(r["inspection_id"], r["area"])].append((r["source_file"], r["source_row"]))
    datasets = {
        f: _dataset(graph, f, "Ofsted official statistics on local authority children's services", True)
        for f in sorted({f for rows in sources.values() for f, _ in rows})
    }

    def cite(node: URIRef, key: tuple[str, str]) -> None:
        for file_name, row in sources[key]:
            graph.add((node, PROV.wasDerivedFrom, datasets[file_name]))
            graph.add((node, CSKG.evidence, _evidence(graph, datasets[file_name], file_name, row,
                                                      "official-ofsted", "Ofsted official statistics")))

    inspections: dict[str, tuple[URIRef, dict[str, str], Literal]] = {}
    mentioned: set[str] = set()
    for r in _read(data_dir / "inspections.csv"):
        node = ID["inspection/" + r["inspection_id"]]
        date = _date(r["inspection_date"] or r["publication_date"])
        kind = concept("inspection-kind", r["kind"])
        inspections[r["inspection_id"]] = (node, r, date)
        mentioned.add(r["gss_code"])
        graph.add((node, RDF.type, CSKG.Inspection))
        graph.add((node, CSKG.authority, _authority(r["gss_code"])))
        graph.add((node, CSKG.inspectionKind, kind))
        graph.add((node, CSKG.framework, concept("framework", r["framework"])))
        graph.add((node, DCTERMS.date, date))
        if r["publication_date"]:
            graph.add((node, CSKG.publicationDate, Literal(r["publication_date"], datatype=XSD.date)))
        if r["report_url"]:
            graph.add((node, CSKG.reportURL, URIRef(r["report_url"])))
        if r["theme"]:
            graph.add((node, CSKG.theme, Literal(r["theme"])))
        graph.add((node, PROV.wasAssociatedWith, OFSTED))
        cite(node, (r["inspection_id"], ""))

    for r in _read(data_dir / "judgements.csv"):
        inspection, row, date = inspections[r["inspection_id"]]
        node = ID["judgement/" + _hash(r["inspection_id"], r["area"])]
        graph.add((node, RDF.type, CSKG.Judgement))
        graph.add((node, CSKG.authority, _authority(row["gss_code"])))
        graph.add((node, CSKG.area, concept("area", r["area"])))
        graph.add((node, CSKG.grade, concept("grade", r["grade"])))
        graph.add((node, CSKG.inspectionKind, concept("inspection-kind", row["kind"])))
        graph.add((node, DCTERMS.date, date))
        graph.add((node, PROV.wasGeneratedBy, inspection))
        graph.add((node, PROV.wasAttributedTo, OFSTED))
        cite(node, (r["inspection_id"], r["area"]))

    for gss in sorted(mentioned):
        _describe(graph, authorities().by_code[gss])
    return graph


def delivery_graph(data_dir: Path = DATA_DIR) -> Graph:
    """Who ran each council's children's services, from the hand-made delivery-model table."""
    graph = bind_prefixes(Graph())
    file_name = "childrens_services_delivery_models.csv"
    dataset = _dataset(graph, file_name,
                       "Children's services delivery models (hand-made from public web pages, facts only)", False)
    for r in _read(data_dir / "delivery_models.csv"):
        body = ID["org/" + slugify(r["delivery_body"])]
        graph.add((body, RDF.type, CSKG.ServiceProvider))
        graph.add((body, SKOS.prefLabel, Literal(r["delivery_body"])))
        graph.add((body, CSKG.operatorKind, concept("operator-kind", OPERATOR_KINDS[r["model_type"]])))

        node = ID["arrangement/" + _hash(r["council_gss_code"], slugify(r["delivery_body"]), r["start_date"])]
        graph.add((node, RDF.type, CSKG.DeliveryArrangement))
        graph.add((node, CSKG.authority, _authority(r["council_gss_code"])))
        graph.add((node, CSKG.operator, body))
        graph.add((node, CSKG.service, concept("service", "childrens-services")))
        graph.add((node, SDO.startDate, Literal(r["start_date"], datatype=DATE_TYPES[r["start_precision"]])))
        if r["end_date"]:
            # end_date is the first day the arrangement no longer applied (SOURCE.md).
            graph.add((node, SDO.endDate, _date(r["end_date"])))
        for note in (r["basis"], r["end_or_status_note"]):
            if note:
                graph.add((node, SKOS.note, Literal(note)))
        graph.add((node, PROV.wasDerivedFrom, dataset))
        evidence = _evidence(graph, dataset, file_name, r["source_row"], "official-delivery-models",
                             "Delivery-models table (from public web pages)")
        for url in r["sources"].split(";"):
            if url.strip():
                graph.add((evidence, SDO.citation, URIRef(url.strip())))
        graph.add((node, CSKG.evidence, evidence))
        _describe(graph, authorities().by_code[r["council_gss_code"]])
    return graph


def official_graphs(data_dir: Path | None = None) -> Iterator[tuple[URIRef, Graph]]:
    """(graph name, graph) for each official named graph, from the shipped tables."""
    data_dir = DATA_DIR if data_dir is None else Path(data_dir)
    yield OFSTED_GRAPH, ofsted_graph(data_dir)
    yield DELIVERY_GRAPH, delivery_graph(data_dir)
