"""A small hand-made cskg Dataset shaped as ontology/MODEL.md says, for the graph tests.

Two invented articles: article A (with a URL) reports on Sunderland, article B (file name only)
on Doncaster. The vocabulary graph is left out on purpose, so concept labels must come from
cskg.ontology.vocabulary_graph(). One quote carries a <script> tag to prove escaping.
"""
from __future__ import annotations

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS, XSD

from cskg.ontology import CSKG, ID, ORG, bind_prefixes, concept

SCRIPT_QUOTE = "children were left at risk <script>alert(1)</script>"

ARTICLE_A = ID["article/a1"]
ARTICLE_B = ID["article/b2"]
SUNDERLAND = ID["authority/E08000024"]
DONCASTER = ID["authority/E08000017"]
TFC = ID["org/together-for-children"]
DCST = ID["org/doncaster-childrens-services-trust"]
OFSTED = ID["org/ofsted"]
DFE = ID["org/department-for-education"]
CHAIR = ID["person/alex-morgan"]
CHIEF = ID["person/sam-patel"]
JUDGEMENT_A = ID["judgement/ja"]
JUDGEMENT_B = ID["judgement/jb"]
INSPECTION_A = ID["inspection/ia"]
INTERVENTION_A = ID["intervention/va"]
ARRANGEMENT_A = ID["arrangement/ra"]
ARRANGEMENT_B = ID["arrangement/rb"]
MEMBERSHIP_A = ID["membership/ma"]
MEMBERSHIP_B = ID["membership/mb"]

#: Node count and edge count of to_networkx(build_sample_dataset()).
NODE_COUNT = 16
EDGE_COUNT = 20


def build_sample_dataset() -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    _article_a(ds.graph(ARTICLE_A))
    _article_b(ds.graph(ARTICLE_B))
    return ds


def _article(g: Graph, iri: URIRef, title: str, ident: str, url: str | None) -> None:
    g.add((iri, RDF.type, SDO.NewsArticle))
    g.add((iri, RDF.type, PROV.Entity))
    g.add((iri, DCTERMS.title, Literal(title)))
    g.add((iri, DCTERMS.creator, Literal("A Reporter")))
    g.add((iri, SDO.datePublished, Literal("2018-06-01", datatype=XSD.date)))
    g.add((iri, DCTERMS.identifier, Literal(ident)))
    if url:
        g.add((iri, SDO.url, Literal(url, datatype=XSD.anyURI)))


def _evidence(g: Graph, fact: URIRef, article: URIRef, quote: str) -> None:
    evidence = ID[f"evidence/{str(fact).rsplit('/', 1)[-1]}"]
    g.add((evidence, RDF.type, CSKG.Evidence))
    g.add((evidence, PROV.wasQuotedFrom, article))
    g.add((evidence, CSKG.sentence, Literal(f"The article said that {quote}.")))
    g.add((evidence, PROV.value, Literal(quote)))
    g.add((evidence, CSKG.confidence, Literal("0.9", datatype=XSD.decimal)))
    g.add((evidence, CSKG.rule, Literal("test-rule")))
    g.add((fact, CSKG.evidence, evidence))
    g.add((fact, PROV.wasDerivedFrom, article))


def _council(g: Graph, iri: URIRef, name: str, short: str, gss: str) -> None:
    g.add((iri, RDF.type, CSKG.LocalAuthority))
    g.add((iri, SKOS.prefLabel, Literal(name)))
    g.add((iri, SKOS.altLabel, Literal(short)))
    g.add((iri, CSKG.gssCode, Literal(gss)))


def _body(g: Graph, iri: URIRef, name: str, acronym: str, kind: str) -> None:
    g.add((iri, RDF.type, CSKG.ServiceProvider))
    g.add((iri, RDF.type, ORG.FormalOrganization))
    g.add((iri, SKOS.prefLabel, Literal(name)))
    g.add((iri, SKOS.altLabel, Literal(acronym)))
    g.add((iri, CSKG.operatorKind, concept("operator-kind", kind)))


def _ofsted(g: Graph) -> None:
    g.add((OFSTED, RDF.type, CSKG.Inspectorate))
    g.add((OFSTED, RDF.type, ORG.FormalOrganization))
    g.add((OFSTED, SKOS.prefLabel, Literal("Ofsted")))


def _person(g: Graph, iri: URIRef, name: str) -> None:
    g.add((iri, RDF.type, SDO.Person))
    g.add((iri, SDO.name, Literal(name)))


def _judgement(g: Graph, iri: URIRef, council: URIRef, area: str, grade: str, date: Literal) -> None:
    g.add((iri, RDF.type, CSKG.Judgement))
    g.add((iri, CSKG.authority, council))
    g.add((iri, CSKG.area, concept("area", area)))
    g.add((iri, CSKG.grade, concept("grade", grade)))
    g.add((iri, CSKG.inspectionKind, concept("inspection-kind", "inspection")))
    g.add((iri, DCTERMS.date, date))
    g.add((iri, PROV.wasAttributedTo, OFSTED))


def _arrangement(g: Graph, iri: URIRef, council: URIRef, operator: URIRef,
                 start: Literal, end: Literal | None = None) -> None:
    g.add((iri, RDF.type, CSKG.DeliveryArrangement))
    g.add((iri, CSKG.authority, council))
    g.add((iri, CSKG.operator, operator))
    g.add((iri, CSKG.service, concept("service", "childrens-services")))
    g.add((iri, SDO.startDate, start))
    if end is not None:
        g.add((iri, SDO.endDate, end))


def _membership(g: Graph, iri: URIRef, person: URIRef, body: URIRef, role: str, interim: bool) -> None:
    g.add((iri, RDF.type, ORG.Membership))
    g.add((iri, ORG.member, person))
    g.add((iri, ORG.organization, body))
    g.add((iri, ORG.role, concept("role", role)))
    if interim:
        g.add((iri, CSKG.interim, Literal(True)))


def _article_a(g: Graph) -> None:
    _article(g, ARTICLE_A, "Council services judged inadequate", "a1.html", "https://example.org/news/a1")
    _council(g, SUNDERLAND, "Sunderland City Council", "Sunderland", "E08000024")
    _body(g, TFC, "Together for Children", "TfC", "company")
    _ofsted(g)
    g.add((DFE, RDF.type, ORG.FormalOrganization))
    g.add((DFE, SKOS.prefLabel, Literal("Department for Education")))
    _person(g, CHAIR, "Alex Morgan")

    _judgement(g, JUDGEMENT_A, SUNDERLAND, "help-and-protection", "inadequate",
               Literal("2018-03", datatype=XSD.gYearMonth))
    _evidence(g, JUDGEMENT_A, ARTICLE_A, SCRIPT_QUOTE)

    g.add((INSPECTION_A, RDF.type, CSKG.Inspection))
    g.add((INSPECTION_A, CSKG.authority, SUNDERLAND))
    g.add((INSPECTION_A, CSKG.inspectionKind, concept("inspection-kind", "monitoring-visit")))
    g.add((INSPECTION_A, DCTERMS.date, Literal("2018-05", datatype=XSD.gYearMonth)))
    g.add((INSPECTION_A, PROV.wasAssociatedWith, OFSTED))
    _evidence(g, INSPECTION_A, ARTICLE_A, "inspectors made a monitoring visit in May")

    g.add((INTERVENTION_A, RDF.type, CSKG.Intervention))
    g.add((INTERVENTION_A, CSKG.authority, SUNDERLAND))
    g.add((INTERVENTION_A, CSKG.interventionKind, concept("intervention-kind", "statutory-direction")))
    g.add((INTERVENTION_A, DCTERMS.date, Literal("2015-07-14", datatype=XSD.date)))
    g.add((INTERVENTION_A, PROV.wasAssociatedWith, DFE))
    _evidence(g, INTERVENTION_A, ARTICLE_A, "the minister issued a direction")

    _arrangement(g, ARRANGEMENT_A, SUNDERLAND, TFC, Literal("2017-04", datatype=XSD.gYearMonth))
    _evidence(g, ARRANGEMENT_A, ARTICLE_A, "the company took over in April 2017")

    _membership(g, MEMBERSHIP_A, CHAIR, TFC, "chair", interim=False)
    _evidence(g, MEMBERSHIP_A, ARTICLE_A, "Alex Morgan, chair of the company & its board")


def _article_b(g: Graph) -> None:
    _article(g, ARTICLE_B, "Trust's services rated good", "b2.html", None)
    _council(g, DONCASTER, "Doncaster Council", "Doncaster", "E08000017")
    _body(g, DCST, "Doncaster Children's Services Trust", "DCST", "trust")
    _ofsted(g)
    _person(g, CHIEF, "Sam Patel")

    _judgement(g, JUDGEMENT_B, DONCASTER, "overall", "good", Literal("2019", datatype=XSD.gYear))
    _evidence(g, JUDGEMENT_B, ARTICLE_B, "the trust was rated good overall")

    _arrangement(g, ARRANGEMENT_B, DONCASTER, DCST, Literal("2014-10", datatype=XSD.gYearMonth),
                 Literal("2022-04", datatype=XSD.gYearMonth))
    _evidence(g, ARRANGEMENT_B, ARTICLE_B, "the trust ran services from 2014 until 2022")

    _membership(g, MEMBERSHIP_B, CHIEF, DCST, "chief-executive", interim=True)
    _evidence(g, MEMBERSHIP_B, ARTICLE_B, "interim chief executive Sam Patel")
