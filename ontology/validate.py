"""Check a graph against the cskg SHACL shapes (ontology/shapes.ttl)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from cskg.ontology import ontology_graph, shapes_graph


@dataclass(frozen=True)
class Violation:
    """One result of the SHACL report, every field a plain string ("" when SHACL gives none)."""

    focus_node: str
    path: str
    message: str
    severity: str  # "Violation", "Warning" or "Info"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool  # False only for results of severity Violation: warnings do not fail a graph
    violations: list[Violation]  # every result, warnings included, sorted by focus node and path
    text: str  # pySHACL's report as text


@cache
def _shapes_and_ontology() -> tuple[Graph, Graph]:
    # Parsed once per process: pySHACL reads both graphs and never changes them.
    return shapes_graph(), ontology_graph()


def validate(data: Graph) -> ValidationResult:
    """Validate data together with cskg.ttl and vocabulary.ttl, so that subclasses and the
    concepts' schemes are known. The data graph itself is left unchanged."""
    shapes, ontology = _shapes_and_ontology()
    # pySHACL's ont_graph only mixes in RDFS/OWL axioms, not the SKOS concepts, so the
    # "grade is in the vocab:grade scheme" checks would fail: validate a plain union instead.
    union = Graph()
    union += data
    union += ontology
    conforms, report, text = pyshacl.validate(
        union,
        shacl_graph=shapes,
        inference="none",
        allow_warnings=True,
    )
    # Only the report's own results: sh:node checks nest theirs under sh:detail, and those
    # name the concept, not the thing in the data that is wrong.
    results = (
        result
        for report_node in report.subjects(RDF.type, SH.ValidationReport)
        for result in report.objects(report_node, SH.result)
    )
    violations = sorted(
        (_violation(report, result) for result in results),
        key=lambda v: (v.focus_node, v.path, v.message),
    )
    return ValidationResult(conforms=bool(conforms), violations=violations, text=str(text))


def _violation(report: Graph, result: Node) -> Violation:
    def text(predicate: URIRef) -> str:
        value = report.value(result, predicate)
        return "" if value is None else str(value)

    severity = report.value(result, SH.resultSeverity)
    return Violation(
        focus_node=text(SH.focusNode),
        path=text(SH.resultPath),
        message=text(SH.resultMessage),
        severity="" if severity is None else str(severity).removeprefix(str(SH)),
    )
