"""Reconciliation: each judgement and each take-over an article states, checked against the official record.

Every claim gets one cskg:Check in the graph <https://w3id.org/cskg/graph/reconciliation>, linked to the
claim, the article that states it, the official fact it was matched to (if any) and a status:
corroborated, contradicted or unmatched. The claim and the official fact stay in their own graphs, so a
contradiction keeps both values side by side and nothing is merged.

The graph is recomputed whole on every call, with IRIs made from the claim and its article, so
reconciling twice writes the same triples. Reading is a few SELECTs and matching is done in Python:
the official record is small (a few thousand judgements), and this keeps the rules readable.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from cskg.graph.store import Store
from cskg.loaders.dates import PartialDate
from cskg.loaders.official import DELIVERY_GRAPH, OFSTED_GRAPH
from cskg.loaders.triples import fact_iri
from cskg.ontology import CSKG, GRAPH, ID, bind_prefixes, concept

RECONCILIATION_GRAPH = GRAPH["reconciliation"]
ARTICLE_PREFIX = str(ID["article/"])
STATUSES = ("corroborated", "contradicted", "unmatched")

# Kinds of visit that carry no grades: a graded claim never matches them.
UNGRADED_KINDS = frozenset(concept("inspection-kind", k) for k in ("monitoring-visit", "focused-visit", "jtai"))
RE_INSPECTION = concept("inspection-kind", "re-inspection")

PREFIXES = """PREFIX cskg: <https://w3id.org/cskg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
ARTICLE_FILTER = f'FILTER(STRSTARTS(STR(?g), "{ARTICLE_PREFIX}"))'

CLAIMED_JUDGEMENTS = PREFIXES + """
SELECT ?g ?fact ?auth ?area ?grade ?kind ?date WHERE {
  GRAPH ?g {
    ?fact a cskg:Judgement ; cskg:authority ?auth ; cskg:area ?area ; cskg:grade ?grade .
    OPTIONAL { ?fact cskg:inspectionKind ?kind }
    OPTIONAL { ?fact dcterms:date ?date }
  }
  %s
}""" % ARTICLE_FILTER

OFFICIAL_JUDGEMENTS = PREFIXES + """
SELECT ?fact ?auth ?area ?grade ?kind ?date ?published WHERE {
  GRAPH <%s> {
    ?fact a cskg:Judgement ; cskg:authority ?auth ; cskg:area ?area ; cskg:grade ?grade ; dcterms:date ?date .
    OPTIONAL { ?fact cskg:inspectionKind ?kind }
    OPTIONAL { ?fact prov:wasGeneratedBy/cskg:publicationDate ?published }
  }
}""" % OFSTED_GRAPH

CLAIMED_ARRANGEMENTS = PREFIXES + """
SELECT ?g ?fact ?auth ?operator ?label ?start WHERE {
  GRAPH ?g {
    ?fact a cskg:DeliveryArrangement ; cskg:authority ?auth ; cskg:operator ?operator .
    OPTIONAL { ?operator skos:prefLabel ?label }
    OPTIONAL { ?fact schema:startDate ?start }
  }
  %s
}""" % ARTICLE_FILTER

OFFICIAL_ARRANGEMENTS = PREFIXES + """
SELECT ?fact ?auth ?operator ?label ?start WHERE {
  GRAPH <%s> {
    ?fact a cskg:DeliveryArrangement ; cskg:authority ?auth ; cskg:operator ?operator ; schema:startDate ?start .
    OPTIONAL { ?operator skos:prefLabel ?label }
  }
}""" % DELIVERY_GRAPH

# Councils replaced in reorganisations: an article about the new council may cite the old one's grades.
REPLACEMENTS = PREFIXES + """
SELECT DISTINCT ?old ?new WHERE {
  GRAPH ?g { ?old dcterms:isReplacedBy ?new }
  FILTER(STRSTARTS(STR(?g), "%s"))
}""" % GRAPH["official/"]


@dataclass(frozen=True)
class Period:
    """The days a date covers: one day, a whole month or a whole year."""

    first: date
    last: date

    @classmethod
    def of(cls, literal: object) -> Period | None:
        if literal is None:
            return None
        try:
            partial = PartialDate.parse(str(literal))
        except ValueError:
            return None
        return cls(partial.start(), partial.end())

    def overlaps(self, other: Period) -> bool:
        return self.first <= other.last and other.first <= self.last

    def middle(self) -> date:
        return date.fromordinal((self.first.toordinal() + self.last.toordinal()) // 2)


@dataclass(frozen=True)
class Claim:
    graph: URIRef
    fact: URIRef


@dataclass(frozen=True)
class Check:
    claim: Claim
    status: str
    official: URIRef | None = None


@dataclass(frozen=True)
class OfficialJudgement:
    fact: URIRef
    area: URIRef
    grade: URIRef
    kind: URIRef | None
    window: Period  # from the inspection's start (or publication) to its publication

    def start(self) -> date:
        return self.window.first


@dataclass(frozen=True)
class OfficialArrangement:
    fact: URIRef
    operator: URIRef
    labels: frozenset[str]
    start: Period


def _rows(store: Store, sparql: str) -> list[dict[str, object]]:
    result = store.query(sparql)
    names = [str(v) for v in result.vars or []]
    return [dict(zip(names, row)) for row in result]


def _kinds_compatible(claimed: URIRef | None, official: URIRef | None) -> bool:
    if claimed in UNGRADED_KINDS or official in UNGRADED_KINDS:
        return False
    # A claimed re-inspection is specific; a claimed "inspection" may be what Ofsted called a re-inspection.
    if claimed == RE_INSPECTION:
        return official == RE_INSPECTION
    return True


def _predecessors(store: Store) -> dict[URIRef, set[URIRef]]:
    """Each council with the councils it replaced, transitively (itself included on lookup)."""
    before: dict[URIRef, set[URIRef]] = defaultdict(set)
    for row in _rows(store, REPLACEMENTS):
        before[row["new"]].add(row["old"])  # type: ignore[index]
    closed: dict[URIRef, set[URIRef]] = {}
    for council in before:
        seen, todo = set(), [council]
        while todo:
            for old in before.get(todo.pop(), ()):
                if old not in seen:
                    seen.add(old)
                    todo.append(old)
        closed[council] = seen
    return closed


def _councils(authority: URIRef, predecessors: dict[URIRef, set[URIRef]]) -> list[URIRef]:
    return [authority, *sorted(predecessors.get(authority, ()))]


def _check_judgements(store: Store, predecessors: dict[URIRef, set[URIRef]]) -> Iterable[Check]:
    official: dict[URIRef, list[OfficialJudgement]] = defaultdict(list)
    for row in _rows(store, OFFICIAL_JUDGEMENTS):
        start = Period.of(row["date"])
        published = Period.of(row.get("published"))
        if start is None:
            continue
        window = Period(start.first, max(start.last, published.last if published else start.last))
        official[row["auth"]].append(OfficialJudgement(  # type: ignore[index]
            row["fact"], row["area"], row["grade"], row.get("kind"), window))  # type: ignore[arg-type]

    for (graph, fact), rows in _by_fact(_rows(store, CLAIMED_JUDGEMENTS), ("g", "fact")).items():
        claim, row = Claim(graph, fact), rows[0]
        when = Period.of(row.get("date"))
        if when is None:
            yield Check(claim, "unmatched")
            continue
        kind = row.get("kind")
        # The claim's period must meet the inspection's window: it holds the start date, the
        # publication date, or (for a year or a month) a time in between.
        candidates = [o for council in _councils(row["auth"], predecessors)  # type: ignore[arg-type]
                      for o in official.get(council, ())
                      if o.area == row["area"] and _kinds_compatible(kind, o.kind) and when.overlaps(o.window)]
        if not candidates:
            yield Check(claim, "unmatched")
            continue
        middle = when.middle().toordinal()
        best = min(candidates, key=lambda o: (o.kind != kind, abs(o.start().toordinal() - middle), str(o.fact)))
        yield Check(claim, "corroborated" if best.grade == row["grade"] else "contradicted", best.fact)


def _check_arrangements(store: Store, predecessors: dict[URIRef, set[URIRef]]) -> Iterable[Check]:
    official: dict[URIRef, list[OfficialArrangement]] = defaultdict(list)
    for fact, rows in _by_fact(_rows(store, OFFICIAL_ARRANGEMENTS), ("fact",)).items():
        start = Period.of(rows[0]["start"])
        if start is not None:
            official[rows[0]["auth"]].append(OfficialArrangement(  # type: ignore[index]
                fact[0], rows[0]["operator"], _labels(rows), start))  # type: ignore[arg-type]

    for (graph, fact), rows in _by_fact(_rows(store, CLAIMED_ARRANGEMENTS), ("g", "fact")).items():
        claim, row = Claim(graph, fact), rows[0]
        operator, labels = row["operator"], _labels(rows)
        when = Period.of(row.get("start"))
        # The same body, by IRI or (when the two sources spell its IRI differently) by name.
        records = [r for council in _councils(row["auth"], predecessors)  # type: ignore[arg-type]
                   for r in official.get(council, ()) if r.operator == operator or r.labels & labels]
        if when is None or not records:
            yield Check(claim, "unmatched")
            continue
        middle = when.middle().toordinal()
        consistent = [r for r in records if when.overlaps(r.start)]
        nearest = min(consistent or records, key=lambda r: (abs(r.start.first.toordinal() - middle), str(r.fact)))
        yield Check(claim, "corroborated" if consistent else "contradicted", nearest.fact)


def _by_fact(rows: list[dict[str, object]], keys: tuple[str, ...]) -> dict[tuple, list[dict[str, object]]]:
    """Rows grouped by the fact they describe (a body with two names gives two rows), in a stable order."""
    grouped: dict[tuple, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        grouped[tuple(row[k] for k in keys)].append(row)
    return dict(sorted(grouped.items(), key=lambda item: tuple(str(k) for k in item[0])))


def _labels(rows: list[dict[str, object]]) -> frozenset[str]:
    return frozenset(str(r["label"]).casefold() for r in rows if r.get("label") is not None)


def check_iri(claim: Claim) -> URIRef:
    return fact_iri("check", claim.fact, claim.graph)


def checks_graph(checks: Iterable[Check]) -> Graph:
    graph = bind_prefixes(Graph(identifier=RECONCILIATION_GRAPH))
    for check in checks:
        node = check_iri(check.claim)
        graph.add((node, RDF.type, CSKG.Check))
        graph.add((node, CSKG.claim, check.claim.fact))
        graph.add((node, CSKG.claimedIn, check.claim.graph))
        graph.add((node, CSKG.checkStatus, concept("check-status", check.status)))
        if check.official is not None:
            graph.add((node, CSKG.officialRecord, check.official))
    return graph


def reconcile(store: Store) -> dict[str, int]:
    """Check every judgement and take-over the store's articles state against the official record,
    replacing the reconciliation graph; returns how many claims got each status."""
    predecessors = _predecessors(store)
    checks = [*_check_judgements(store, predecessors), *_check_arrangements(store, predecessors)]
    store.replace_graphs([(RECONCILIATION_GRAPH, checks_graph(checks))])
    counts = dict.fromkeys(STATUSES, 0)
    for check in checks:
        counts[check.status] += 1
    return counts
