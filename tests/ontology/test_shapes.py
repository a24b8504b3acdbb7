"""The SHACL shapes accept a graph built exactly as MODEL.md says and name what is wrong otherwise;
cskg.ttl declares every cskg: term the model and the shapes use."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from cskg.ontology import CSKG, ID, ORG, concept, shapes_graph
from cskg.ontology.validate import ValidationResult, Violation, validate

MODEL = Path(__file__).resolve().parents[2] / "ontology" / "MODEL.md"
CSKG_TTL = Path(__file__).resolve().parents[2] / "ontology" / "cskg.ttl"

SUNDERLAND = ID["authority/E08000024"]
OFSTED = ID["org/ofsted"]
DFE = ID["org/department-for-education"]
TRUST = ID["org/together-for-children-sunderland"]
PERSON = ID["person/jane-example"]
ARTICLE = ID["article/0a1b2c3d"]
JUDGEMENT = ID["judgement/1111"]
INSPECTION = ID["inspection/2222"]
INTERVENTION = ID["intervention/3333"]
ARRANGEMENT = ID["arrangement/4444"]
MEMBERSHIP = ID["membership/5555"]
EVIDENCE = ID["evidence/6666"]
OFFICIAL_EVIDENCE = ID["evidence/7777"]
OFFICIAL_DATA = URIRef("https://w3id.org/cskg/graph/official/ofsted")


def sunderland_graph() -> Graph:
    """One article's graph as MODEL.md describes it: the article, its facts, their evidence and the
    things they mention. The sentences are made up for the test."""
    g = Graph()
    add = g.add

    add((SUNDERLAND, RDF.type, CSKG.LocalAuthority))
    add((SUNDERLAND, SKOS.prefLabel, Literal("Sunderland City Council")))
    add((SUNDERLAND, SKOS.altLabel, Literal("Sunderland")))
    add((SUNDERLAND, CSKG.gssCode, Literal("E08000024")))
    add((SUNDERLAND, CSKG.dfeCode, Literal("394")))

    add((OFSTED, RDF.type, CSKG.Inspectorate))
    add((OFSTED, SKOS.prefLabel, Literal("Ofsted")))
    add((DFE, RDF.type, ORG.FormalOrganization))
    add((DFE, SKOS.prefLabel, Literal("Department for Education")))
    add((TRUST, RDF.type, CSKG.ServiceProvider))
    add((TRUST, SKOS.prefLabel, Literal("Together for Children Sunderland")))
    add((TRUST, SKOS.altLabel, Literal("TfC")))
    add((TRUST, CSKG.operatorKind, concept("operator-kind", "company")))
    add((PERSON, RDF.type, SDO.Person))
    add((PERSON, SDO.name, Literal("Jane Example")))

    add((ARTICLE, RDF.type, SDO.NewsArticle))
    add((ARTICLE, RDF.type, PROV.Entity))
    add((ARTICLE, DCTERMS.title, Literal("A made-up headline about a council")))
    add((ARTICLE, DCTERMS.creator, Literal("A. Reporter")))
    add((ARTICLE, SDO.datePublished, Literal("2015-07-20", datatype=XSD.date)))
    add((ARTICLE, SDO.url, URIRef("https://example.org/news/1")))
    add((ARTICLE, DCTERMS.identifier, Literal("2015-07-20-example.txt")))

    add((EVIDENCE, RDF.type, CSKG.Evidence))
    add((EVIDENCE, PROV.wasQuotedFrom, ARTICLE))
    add((EVIDENCE, CSKG.sentence, Literal("A made-up sentence saying the council was graded inadequate.")))
    add((EVIDENCE, PROV.value, Literal("graded inadequate")))
    add((EVIDENCE, CSKG.confidence, Literal(Decimal("0.9"))))
    add((EVIDENCE, CSKG.rule, Literal("judgement.graded")))

    add((JUDGEMENT, RDF.type, CSKG.Judgement))
    add((JUDGEMENT, CSKG.authority, SUNDERLAND))
    add((JUDGEMENT, CSKG.area, concept("area", "overall")))
    add((JUDGEMENT, CSKG.grade, concept("grade", "inadequate")))
    add((JUDGEMENT, CSKG.inspectionKind, concept("inspection-kind", "inspection")))
    add((JUDGEMENT, DCTERMS.date, Literal("2015-07", datatype=XSD.gYearMonth)))
    add((JUDGEMENT, PROV.wasAttributedTo, OFSTED))

    add((INSPECTION, RDF.type, CSKG.Inspection))
    add((INSPECTION, CSKG.authority, SUNDERLAND))
    add((INSPECTION, CSKG.inspectionKind, concept("inspection-kind", "monitoring-visit")))
    add((INSPECTION, DCTERMS.date, Literal("2016", datatype=XSD.gYear)))
    add((INSPECTION, PROV.wasAssociatedWith, OFSTED))

    add((INTERVENTION, RDF.type, CSKG.Intervention))
    add((INTERVENTION, CSKG.authority, SUNDERLAND))
    add((INTERVENTION, CSKG.interventionKind, concept("intervention-kind", "statutory-direction")))
    add((INTERVENTION, DCTERMS.date, Literal("2015-07-14", datatype=XSD.date)))
    add((INTERVENTION, PROV.wasAssociatedWith, DFE))

    add((ARRANGEMENT, RDF.type, CSKG.DeliveryArrangement))
    add((ARRANGEMENT, CSKG.authority, SUNDERLAND))
    add((ARRANGEMENT, CSKG.operator, TRUST))
    add((ARRANGEMENT, CSKG.service, concept("service", "childrens-services")))
    add((ARRANGEMENT, SDO.startDate, Literal("2017-04", datatype=XSD.gYearMonth)))
    add((ARRANGEMENT, CSKG.shadowStartDate, Literal("2016", datatype=XSD.gYear)))

    add((MEMBERSHIP, RDF.type, ORG.Membership))
    add((MEMBERSHIP, ORG.member, PERSON))
    add((MEMBERSHIP, ORG.organization, TRUST))
    add((MEMBERSHIP, ORG.role, concept("role", "chief-executive")))
    add((MEMBERSHIP, SDO.startDate, Literal("2017", datatype=XSD.gYear)))
    add((MEMBERSHIP, CSKG.interim, Literal(True)))

    for fact in (JUDGEMENT, INSPECTION, INTERVENTION, ARRANGEMENT, MEMBERSHIP):
        add((fact, PROV.wasDerivedFrom, ARTICLE))
        add((fact, CSKG.evidence, EVIDENCE))
    return g


def official_judgement_graph() -> Graph:
    """A judgement from official data: derived from a data set, evidence without a sentence."""
    g = Graph()
    g.add((SUNDERLAND, RDF.type, CSKG.LocalAuthority))
    g.add((SUNDERLAND, SKOS.prefLabel, Literal("Sunderland City Council")))
    g.add((SUNDERLAND, CSKG.gssCode, Literal("E08000024")))
    g.add((OFSTED, RDF.type, CSKG.Inspectorate))
    g.add((OFSTED, SKOS.prefLabel, Literal("Ofsted")))
    g.add((OFFICIAL_EVIDENCE, RDF.type, CSKG.Evidence))
    g.add((OFFICIAL_EVIDENCE, PROV.wasDerivedFrom, OFFICIAL_DATA))
    g.add((OFFICIAL_EVIDENCE, CSKG.confidence, Literal(Decimal("1"))))
    g.add((OFFICIAL_EVIDENCE, CSKG.rule, Literal("official.ofsted")))
    g.add((JUDGEMENT, RDF.type, CSKG.Judgement))
    g.add((JUDGEMENT, CSKG.authority, SUNDERLAND))
    g.add((JUDGEMENT, CSKG.area, concept("area", "overall")))
    g.add((JUDGEMENT, CSKG.grade, concept("grade", "good")))
    g.add((JUDGEMENT, CSKG.inspectionKind, concept("inspection-kind", "inspection")))
    g.add((JUDGEMENT, DCTERMS.date, Literal("2022-03-04", datatype=XSD.date)))
    g.add((JUDGEMENT, PROV.wasAttributedTo, OFSTED))
    g.add((JUDGEMENT, PROV.wasDerivedFrom, OFFICIAL_DATA))
    g.add((JUDGEMENT, CSKG.evidence, OFFICIAL_EVIDENCE))
    return g


def errors(result: ValidationResult) -> list[Violation]:
    return [v for v in result.violations if v.severity == "Violation"]


def assert_violation(result: ValidationResult, focus: URIRef, path: URIRef | None) -> Violation:
    assert not result.conforms
    found = [v for v in errors(result) if v.focus_node == str(focus) and v.path == ("" if path is None else str(path))]
    assert found, f"no violation on {focus} {path}; got {result.violations}"
    assert all(v.message for v in found), "every constraint must say in words what is wrong"
    return found[0]


# ---------------------------------------------------------------- graphs that conform


def test_graph_built_as_model_says_conforms() -> None:
    result = validate(sunderland_graph())
    assert result.conforms, result.text
    assert errors(result) == []


def test_official_fact_without_sentence_conforms() -> None:
    result = validate(official_judgement_graph())
    assert result.conforms, result.text


def test_council_may_run_its_own_services() -> None:
    g = sunderland_graph()
    g.set((ARRANGEMENT, CSKG.operator, SUNDERLAND))
    assert validate(g).conforms


def test_article_without_author_is_only_a_warning() -> None:
    g = sunderland_graph()
    g.remove((ARTICLE, DCTERMS.creator, None))
    result = validate(g)
    assert result.conforms
    warnings = [v for v in result.violations if v.severity == "Warning"]
    assert [(w.focus_node, w.path) for w in warnings] == [(str(ARTICLE), str(DCTERMS.creator))]


def test_validate_leaves_the_data_graph_unchanged() -> None:
    g = sunderland_graph()
    before = set(g)
    validate(g)
    assert set(g) == before


# ---------------------------------------------------------------- graphs that do not


@pytest.mark.parametrize(
    "not_a_grade",
    [concept("area", "overall"), concept("grade", "awful"), Literal("inadequate")],
    ids=["concept-of-another-scheme", "unknown-concept", "plain-text"],
)
def test_grade_must_be_a_grade_concept(not_a_grade) -> None:
    g = sunderland_graph()
    g.set((JUDGEMENT, CSKG.grade, not_a_grade))
    violation = assert_violation(validate(g), JUDGEMENT, CSKG.grade)
    assert "vocab:grade" in violation.message


def test_date_as_plain_string_is_reported() -> None:
    g = sunderland_graph()
    g.set((JUDGEMENT, DCTERMS.date, Literal("2015-07")))
    assert_violation(validate(g), JUDGEMENT, DCTERMS.date)


def test_start_date_with_time_is_reported() -> None:
    g = sunderland_graph()
    g.set((ARRANGEMENT, SDO.startDate, Literal("2017-04-01T00:00:00", datatype=XSD.dateTime)))
    assert_violation(validate(g), ARRANGEMENT, SDO.startDate)


def test_article_date_must_be_a_full_date() -> None:
    g = sunderland_graph()
    g.set((ARTICLE, SDO.datePublished, Literal("2015-07", datatype=XSD.gYearMonth)))
    assert_violation(validate(g), ARTICLE, SDO.datePublished)


@pytest.mark.parametrize("confidence", [Literal(Decimal("1.5")), Literal(Decimal("-0.1"))])
def test_confidence_outside_0_to_1_is_reported(confidence) -> None:
    g = sunderland_graph()
    g.set((EVIDENCE, CSKG.confidence, confidence))
    violation = assert_violation(validate(g), EVIDENCE, CSKG.confidence)
    assert "between 0 and 1" in violation.message


def test_confidence_as_text_is_reported() -> None:
    g = sunderland_graph()
    g.set((EVIDENCE, CSKG.confidence, Literal("0.9")))
    assert_violation(validate(g), EVIDENCE, CSKG.confidence)


def test_council_without_gss_code_is_reported() -> None:
    g = sunderland_graph()
    g.remove((SUNDERLAND, CSKG.gssCode, None))
    assert_violation(validate(g), SUNDERLAND, CSKG.gssCode)


@pytest.mark.parametrize("code", ["E12000001", "S12000033", "E0800002", "e08000024", "E080000241"])
def test_council_with_bad_gss_code_is_reported(code: str) -> None:
    g = sunderland_graph()
    g.set((SUNDERLAND, CSKG.gssCode, Literal(code)))
    assert_violation(validate(g), SUNDERLAND, CSKG.gssCode)


@pytest.mark.parametrize("code", ["E06000047", "E07000008", "E09000001", "E10000002"])
def test_other_english_council_codes_pass(code: str) -> None:
    g = sunderland_graph()
    g.set((SUNDERLAND, CSKG.gssCode, Literal(code)))
    assert validate(g).conforms


def test_council_iri_not_made_from_gss_code_is_reported() -> None:
    g = Graph()
    bad = ID["authority/sunderland"]
    for _, p, o in sunderland_graph().triples((SUNDERLAND, None, None)):
        g.add((bad, p, o))
    assert_violation(validate(g), bad, None)


def test_arrangement_without_operator_is_reported() -> None:
    g = sunderland_graph()
    g.remove((ARRANGEMENT, CSKG.operator, None))
    violation = assert_violation(validate(g), ARRANGEMENT, CSKG.operator)
    assert "cskg:operator" in violation.message


def test_operator_that_is_not_an_organisation_is_reported() -> None:
    g = sunderland_graph()
    g.set((ARRANGEMENT, CSKG.operator, PERSON))
    assert_violation(validate(g), ARRANGEMENT, CSKG.operator)


@pytest.mark.parametrize("fact", [JUDGEMENT, INSPECTION, INTERVENTION, ARRANGEMENT, MEMBERSHIP])
def test_fact_without_source_is_reported(fact: URIRef) -> None:
    g = sunderland_graph()
    g.remove((fact, PROV.wasDerivedFrom, None))
    assert_violation(validate(g), fact, PROV.wasDerivedFrom)


def test_evidence_with_two_sources_is_reported() -> None:
    g = sunderland_graph()
    g.add((EVIDENCE, PROV.wasDerivedFrom, OFFICIAL_DATA))
    violation = assert_violation(validate(g), EVIDENCE, None)
    assert "exactly one source" in violation.message


def test_quoted_evidence_without_sentence_is_reported() -> None:
    g = sunderland_graph()
    g.remove((EVIDENCE, CSKG.sentence, None))
    violation = assert_violation(validate(g), EVIDENCE, None)
    assert "cskg:sentence" in violation.message


def test_membership_role_must_be_a_role_concept() -> None:
    g = sunderland_graph()
    g.set((MEMBERSHIP, ORG.role, concept("grade", "good")))
    assert_violation(validate(g), MEMBERSHIP, ORG.role)


def test_blank_node_organisation_is_reported() -> None:
    g = sunderland_graph()
    body = BNode()
    g.add((body, RDF.type, ORG.FormalOrganization))
    g.add((body, SKOS.prefLabel, Literal("Nameless body")))
    result = validate(g)
    assert not result.conforms
    assert any(v.path == "" and "blank node" in v.message for v in errors(result))


def test_report_text_is_pyshacl_report() -> None:
    g = sunderland_graph()
    g.remove((SUNDERLAND, CSKG.gssCode, None))
    text = validate(g).text
    assert "Conforms: False" in text and str(SUNDERLAND) in text


# ---------------------------------------------------------------- the ontology


def _cskg_ttl() -> Graph:
    return Graph().parse(CSKG_TTL, format="turtle")


def _model_terms() -> set[URIRef]:
    spans = re.findall(r"`([^`]*)`", MODEL.read_text("utf-8"))
    return {CSKG[name] for span in spans for name in re.findall(r"\bcskg:([A-Za-z][\w-]*)", span)}


def _shape_terms() -> set[URIRef]:
    return {
        term
        for triple in shapes_graph()
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(CSKG))
    }


def test_model_and_shapes_terms_are_read() -> None:
    # Guards the two tests below against passing on an empty set of terms.
    assert {CSKG.LocalAuthority, CSKG.grade, CSKG.confidence, CSKG.evidence} <= _model_terms()
    assert {CSKG.Judgement, CSKG.gssCode, CSKG.operator} <= _shape_terms()


@pytest.mark.parametrize("source", ["MODEL.md", "shapes.ttl"])
def test_cskg_ttl_declares_every_term_used(source: str) -> None:
    ont = _cskg_ttl()
    terms = _model_terms() if source == "MODEL.md" else _shape_terms()
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for term in sorted(terms):
        assert set(ont.objects(term, RDF.type)) & kinds, f"{term} is not declared in cskg.ttl"
        assert ont.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert ont.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"
        if (term, RDF.type, OWL.Class) not in ont:
            domain = ont.value(term, RDFS.domain) or ont.value(term, SDO.domainIncludes)
            assert domain is not None, f"{term} has no domain"
            assert ont.value(term, RDFS.range) is not None, f"{term} has no range"


def test_classes_specialise_the_standard_classes_model_names() -> None:
    ont = _cskg_ttl()
    prefixes = {"org": ORG, "prov": PROV, "schema": SDO, "skos": SKOS}
    said = re.findall(r"`cskg:(\w+)` \(⊑ `(\w+):(\w+)`\)", MODEL.read_text("utf-8"))
    assert len(said) >= 6
    expected = {(CSKG[cls], prefixes[prefix][parent]) for cls, prefix, parent in said}
    expected |= {(CSKG.DeliveryArrangement, PROV.Entity), (CSKG.Evidence, PROV.Entity)}
    for cls, parent in expected:
        assert (cls, RDFS.subClassOf, parent) in ont, f"{cls} is not declared a subclass of {parent}"


def test_property_kinds_and_ranges() -> None:
    ont = _cskg_ttl()
    assert ont.value(CSKG.confidence, RDFS.range) == XSD.decimal
    for name in ("gssCode", "dfeCode", "sentence", "rule"):
        assert (CSKG[name], RDF.type, OWL.DatatypeProperty) in ont
        assert ont.value(CSKG[name], RDFS.range) == XSD.string
    for name in ("authority", "operator", "service", "area", "grade", "inspectionKind",
                 "interventionKind", "operatorKind", "evidence"):
        assert (CSKG[name], RDF.type, OWL.ObjectProperty) in ont


def test_cskg_ttl_has_header_and_only_its_own_terms() -> None:
    ont = _cskg_ttl()
    header = URIRef("https://w3id.org/cskg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ont
    assert ont.value(header, DCTERMS.title) is not None
    assert ont.value(header, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")
    assert ont.value(header, OWL.versionInfo) == Literal("1")
    foreign = {s for s in ont.subjects() if s != header and not str(s).startswith(str(CSKG))}
    assert foreign == set(), "cskg.ttl must not say anything about other vocabularies' terms"
    # Loaded into the store's vocabulary graph: blank nodes would be duplicated on each load.
    assert not any(isinstance(term, BNode) for triple in ont for term in triple)
