"""Pooling what an article says: one fact per thing said, with all its evidence, the most precise
dates, and the kind of body the article gives."""
from __future__ import annotations

import copy

from rdflib.namespace import SKOS

from cskg.loaders import facts as f
from cskg.loaders.context import Context, kind_by_name
from cskg.loaders.dates import PartialDate
from cskg.ontology import VOCAB, vocabulary_graph


def _undated_key(fact: f.Fact) -> tuple:
    undated = copy.copy(fact)
    undated.date = None  # type: ignore[attr-defined]
    if isinstance(undated, f.Judgement):
        undated.kind = ""  # an undated judgement's kind is only the default
    return undated.key()


def merge(found: list[f.Fact], loose: frozenset[str] = frozenset()) -> list[f.Fact]:
    """One fact per thing said: repeated statements pool their evidence, and a date read as
    "earlier this year" gives way to "in April 2017" for the same arrangement or judgement. What only
    loose rules (their ids in `loose`) read comes last, so that a strict rule's date stands: "the trust
    took over in April 2018" before "the trust was established in January 2018"."""
    merged: list[f.Fact] = []
    for fact in sorted(found, key=lambda fact: all(e.rule in loose for e in fact.evidence)):
        target = next((m for m in merged if _mergeable(m, fact)), None)
        if target is None:
            merged.append(fact)
            continue
        _absorb(target, fact)
    return merged


def _mergeable(a: f.Fact, b: f.Fact) -> bool:
    if isinstance(a, f.Arrangement) and isinstance(b, f.Arrangement):
        return a.key() == b.key()
    if a.key() == b.key():
        return True
    if isinstance(a, (f.Judgement, f.Inspection, f.Intervention)) and type(a) is type(b):
        da, db = a.date, b.date  # type: ignore[attr-defined]
        if da is not None and db is not None:
            # ("July 2025: Good", a table's, and "the re-inspection report, published on Tuesday (29 July), rated ...
            # good": one verdict, of the re-inspection)
            return (da.refines(db) or db.refines(da)) and (not isinstance(a, f.Judgement) or a.kind == b.kind or {
                a.kind, b.kind} == {"inspection", "re-inspection"}) and _undated_key(a) == _undated_key(b)
        # "Sandwell has been rated as requiring improvement" and, later, the same verdict with its
        # date: one judgement. Two undated statements of one verdict are one too.
        return _undated_key(a) == _undated_key(b)
    return False


def _absorb(target: f.Fact, other: f.Fact) -> None:
    for evidence in other.evidence:
        # the same words read twice (a sentence the page repeats) are one piece of evidence, at its best
        said = (evidence.sentence, evidence.quote, evidence.rule)
        same = next((i for i, e in enumerate(target.evidence) if (e.sentence, e.quote, e.rule) == said), None)
        if same is None:
            target.evidence.append(evidence)
        elif evidence.confidence > target.evidence[same].confidence:
            target.evidence[same] = evidence
    if isinstance(target, f.Judgement) and isinstance(other, f.Judgement) and (target.date is None or (
            other.date is not None and other.date != target.date and other.date.refines(target.date))):
        target.kind = other.kind  # the kind said with the more precise date
    for attribute in ("date", "since", "until", "shadow_since"):
        if not hasattr(target, attribute):
            continue
        mine, theirs = getattr(target, attribute), getattr(other, attribute)
        if mine is None or (theirs is not None and theirs.refines(mine)):
            setattr(target, attribute, theirs if theirs is not None else mine)


def apply_refinements(merged: list[f.Fact], refinements: list[tuple[str, f.Organisation | None, PartialDate, f.Evidence]]) -> None:
    for effect, organisation, when, evidence in refinements:
        for fact in merged:
            if not isinstance(fact, f.Arrangement) or organisation is None or fact.operator is None:
                continue
            if fact.operator.name != organisation.name:
                continue
            if effect == "shadow":
                fact.shadow_since = when
            elif effect == "launch" and (fact.since is None or when.refines(fact.since)):
                fact.since = when
            else:
                continue
            fact.evidence.append(evidence)


def settle_operator_kinds(merged: list[f.Fact], ctx: Context) -> None:
    """The kind an article calls a body: its most specific description, else what the table says."""
    order = _operator_kind_order()
    for fact in merged:
        organisation = getattr(fact, "operator", None) or getattr(fact, "organisation", None)
        if organisation is None or organisation.kind:
            continue
        said = ctx.bodies.kinds.get(organisation.name) or ctx.ref_kinds.get(organisation.name) or []
        known = ctx.bodies.table_kinds.get(organisation.name, "") or kind_by_name(organisation.name)
        known = {"community interest company": "community-interest-company"}.get(known, known)
        kind = min(said, key=lambda k: order.get(k, 99)) if said else known
        if kind == "company" and known.endswith("-company"):
            kind = known  # "the company" is what a community interest company is called for short
        if kind == "company" and organisation.name.endswith(" Trust"):
            # "Kernow Children's Trust is a not-for-profit company, wholly owned by the council": a trust by name and
            # by the table's reckoning (a council-owned trust), whatever its legal form
            kind = "trust"
        settled = f.Organisation(name=organisation.name, kind=kind or "company", acronym=_acronym(organisation.name, ctx))
        if isinstance(fact, f.Arrangement):
            fact.operator = settled
        elif isinstance(fact, f.Post):
            fact.organisation = settled


def _acronym(name: str, ctx: Context) -> str:
    return next((alias for alias, full in ctx.bodies.names.items() if full == name and alias != name), "")


def _operator_kind_order() -> dict[str, int]:
    graph = vocabulary_graph()
    order = {}
    for concept_iri, _, notation in graph.triples((None, SKOS.notation, None)):
        key = str(concept_iri).removeprefix(str(VOCAB))
        if key.startswith("operator-kind/"):
            order[key.split("/", 1)[1]] = int(notation)
    return order


def complete(fact: f.Fact) -> bool:
    if isinstance(fact, f.Arrangement):
        return fact.authority is not None and fact.operator is not None
    if isinstance(fact, (f.Judgement, f.Intervention)) and fact.date is None:
        # "was set up after services were judged inadequate", "the department appointed an adviser":
        # no time to place the verdict or the intervention at in the history
        return False
    return getattr(fact, "authority", True) is not None

