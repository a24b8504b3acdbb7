"""Facts to RDF: one graph per article, shaped as ontology/MODEL.md describes."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SDO, SKOS, XSD

from cskg.loaders import facts as f
from cskg.loaders.articles import Article
from cskg.loaders.gazetteer import Authority, slugify
from cskg.ontology import CSKG, ID, ORG, bind_prefixes, concept

OFSTED = ID["org/ofsted"]


def fact_iri(kind: str, *parts: object) -> URIRef:
    key = "|".join("" if p is None else str(p) for p in parts)
    return ID[f"{kind}/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"]


def authority_triples(graph: Graph, authority: Authority) -> URIRef:
    iri = authority.iri
    graph.add((iri, RDF.type, CSKG.LocalAuthority))
    graph.add((iri, SKOS.prefLabel, Literal(authority.name)))
    if authority.short_name != authority.name:
        graph.add((iri, SKOS.altLabel, Literal(authority.short_name)))
    graph.add((iri, CSKG.gssCode, Literal(authority.gss_code)))
    if authority.dfe_code:
        graph.add((iri, CSKG.dfeCode, Literal(authority.dfe_code)))
    return iri


def organisation_triples(graph: Graph, organisation: f.Organisation) -> URIRef:
    if organisation.authority is not None:
        return authority_triples(graph, organisation.authority)
    iri = ID[f"org/{slugify(organisation.name)}"]
    graph.add((iri, SKOS.prefLabel, Literal(organisation.name)))
    if organisation.kind == "government":
        graph.add((iri, RDF.type, ORG.FormalOrganization))
        return iri
    graph.add((iri, RDF.type, CSKG.ServiceProvider))
    if organisation.acronym:
        graph.add((iri, SKOS.altLabel, Literal(organisation.acronym)))
    if organisation.kind:
        graph.add((iri, CSKG.operatorKind, concept("operator-kind", organisation.kind)))
    return iri


def _ofsted(graph: Graph) -> URIRef:
    graph.add((OFSTED, RDF.type, CSKG.Inspectorate))
    graph.add((OFSTED, SKOS.prefLabel, Literal("Ofsted")))
    return OFSTED


def article_graph(article: Article, found: list[f.Fact]) -> Graph:
    """The article's own named graph: the article, its facts, their evidence and the things they name."""
    graph = bind_prefixes(Graph(identifier=article.iri))
    a = article.iri
    graph.add((a, RDF.type, SDO.NewsArticle))
    graph.add((a, RDF.type, PROV.Entity))
    graph.add((a, DCTERMS.title, Literal(article.title)))
    graph.add((a, DCTERMS.identifier, Literal(article.name)))
    if article.author:
        graph.add((a, DCTERMS.creator, Literal(article.author)))
    if article.published:
        graph.add((a, SDO.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        graph.add((a, SDO.url, URIRef(article.url)))
    for fact in found:
        iri = WRITERS[type(fact)](graph, fact)
        graph.add((iri, PROV.wasDerivedFrom, a))
        for evidence in fact.evidence:
            e = fact_iri("evidence", a, iri, evidence.sentence, evidence.quote, evidence.rule)
            graph.add((iri, CSKG.evidence, e))
            graph.add((e, RDF.type, CSKG.Evidence))
            graph.add((e, PROV.wasQuotedFrom, a))
            graph.add((e, CSKG.sentence, Literal(evidence.sentence)))
            graph.add((e, PROV.value, Literal(evidence.quote)))
            graph.add((e, CSKG.confidence, Literal(Decimal(str(evidence.confidence)), datatype=XSD.decimal)))
            graph.add((e, CSKG.rule, Literal(evidence.rule)))
    return graph


def _dated(graph: Graph, iri: URIRef, predicate: URIRef, when: object) -> None:
    if when is not None:
        graph.add((iri, predicate, when.literal()))  # type: ignore[attr-defined]


def _judgement(graph: Graph, fact: f.Judgement) -> URIRef:
    assert fact.authority is not None
    iri = fact_iri("judgement", fact.authority.gss_code, fact.area, fact.grade, fact.date, fact.kind)
    graph.add((iri, RDF.type, CSKG.Judgement))
    graph.add((iri, CSKG.authority, authority_triples(graph, fact.authority)))
    graph.add((iri, CSKG.area, concept("area", fact.area)))
    graph.add((iri, CSKG.grade, concept("grade", fact.grade)))
    graph.add((iri, CSKG.inspectionKind, concept("inspection-kind", fact.kind)))
    graph.add((iri, PROV.wasAttributedTo, _ofsted(graph)))
    _dated(graph, iri, DCTERMS.date, fact.date)
    return iri


def _inspection(graph: Graph, fact: f.Inspection) -> URIRef:
    assert fact.authority is not None
    iri = fact_iri("inspection", fact.authority.gss_code, fact.kind, fact.date)
    graph.add((iri, RDF.type, CSKG.Inspection))
    graph.add((iri, CSKG.authority, authority_triples(graph, fact.authority)))
    graph.add((iri, CSKG.inspectionKind, concept("inspection-kind", fact.kind)))
    graph.add((iri, PROV.wasAssociatedWith, _ofsted(graph)))
    _dated(graph, iri, DCTERMS.date, fact.date)
    return iri


def _arrangement(graph: Graph, fact: f.Arrangement) -> URIRef:
    assert fact.authority is not None and fact.operator is not None
    operator = organisation_triples(graph, fact.operator)
    iri = fact_iri("arrangement", fact.authority.gss_code, operator, fact.service, fact.since, fact.until)
    graph.add((iri, RDF.type, CSKG.DeliveryArrangement))
    graph.add((iri, CSKG.authority, authority_triples(graph, fact.authority)))
    graph.add((iri, CSKG.operator, operator))
    graph.add((iri, CSKG.service, concept("service", fact.service)))
    _dated(graph, iri, SDO.startDate, fact.since)
    _dated(graph, iri, SDO.endDate, fact.until)
    _dated(graph, iri, CSKG.shadowStartDate, fact.shadow_since)
    return iri


def _post(graph: Graph, fact: f.Post) -> URIRef:
    assert fact.organisation is not None
    organisation = organisation_triples(graph, fact.organisation)
    person = ID[f"person/{slugify(fact.person)}"]
    graph.add((person, RDF.type, SDO.Person))
    graph.add((person, SDO.name, Literal(fact.person)))
    # a post held as interim, then made permanent, is two memberships: the interim one keyed apart
    parts = (person, fact.role, organisation) + (("interim",) if fact.interim else ())
    iri = fact_iri("membership", *parts)
    graph.add((iri, RDF.type, ORG.Membership))
    graph.add((iri, ORG.member, person))
    graph.add((iri, ORG.organization, organisation))
    graph.add((iri, ORG.role, concept("role", fact.role)))
    if fact.interim:
        graph.add((iri, CSKG.interim, Literal(True)))
    return iri


def _intervention(graph: Graph, fact: f.Intervention) -> URIRef:
    assert fact.authority is not None
    iri = fact_iri("intervention", fact.authority.gss_code, fact.kind, fact.date)
    graph.add((iri, RDF.type, CSKG.Intervention))
    graph.add((iri, CSKG.authority, authority_triples(graph, fact.authority)))
    graph.add((iri, CSKG.interventionKind, concept("intervention-kind", fact.kind)))
    _dated(graph, iri, DCTERMS.date, fact.date)
    if fact.by is not None:
        graph.add((iri, PROV.wasAssociatedWith, organisation_triples(graph, fact.by)))
    return iri


WRITERS = {f.Judgement: _judgement, f.Inspection: _inspection, f.Arrangement: _arrangement, f.Post: _post,
           f.Intervention: _intervention}
