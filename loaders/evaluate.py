"""Scoring the loaders against articles with gold facts (in the shape of expected-facts.json).

    python -m cskg.loaders.evaluate tests/fixtures/corpus            # gold.json beside the articles
    python -m cskg.loaders.evaluate samples --gold samples/expected-facts.json -v

prints precision, recall and F1 for each of the five fact types, dates included, and how many facts
came from articles that state none. -v lists every missed and every extra fact.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cskg.loaders import facts as f
from cskg.loaders.articles import ArticleError, read_article
from cskg.loaders.extract import extract
from cskg.loaders.gazetteer import authorities
from cskg.loaders.readers import person_name
from cskg.ontology import vocabulary_graph
from rdflib.namespace import SKOS

FACT_TYPES = ("judgements", "operators", "roles", "inspections", "interventions")


@cache
def _labels() -> dict[str, str]:
    """Concept key (the IRI's last segment) -> the label queries print."""
    graph = vocabulary_graph()
    return {str(c).rsplit("/", 1)[-1]: str(label) for c, label in graph.subject_objects(SKOS.prefLabel)}


def _label(key: str) -> str:
    return _labels().get(key, key)


def _council(name: str | None) -> str | None:
    if not name:
        return None
    found = authorities().lookup(name)
    return _continuing(found.gss_code) if found else name


def _continuing(gss_code: str) -> str:
    """The code a council is compared under: a county that became a unitary under the same DfE number
    (Somerset, North Yorkshire, Buckinghamshire) is one children's-services authority to DfE and
    Ofsted, so gold naming "Somerset" for 2015 and an article naming "Somerset County Council" agree."""
    known = authorities().by_code
    council = known.get(gss_code)
    if council and len(council.replaced_by) == 1:
        successor = known.get(council.replaced_by[0])
        if successor and successor.dfe_code == council.dfe_code:
            return successor.gss_code
    return gss_code


def _date(value: object) -> str | None:
    return None if value is None else str(value)


def gold_key(fact_type: str, fact: dict) -> tuple:
    """A gold fact as the tuple the comparison uses."""
    if fact_type == "judgements":
        return (_council(fact["subject"]), fact["area"], fact["grade"], fact.get("date"), fact.get("kind", "inspection"))
    if fact_type == "operators":
        return (_council(fact["authority"]), _organisation(fact["operator"]), fact.get("since"), fact.get("until"),
                fact["operator_kind"])
    if fact_type == "roles":
        role = fact["role"] if fact["role"].startswith("interim ") else (
            ("interim " if fact.get("interim") else "") + fact["role"])
        # "Sir Alan Wetherby" is Alan Wetherby, as the loaders name people (titles other than peers' dropped)
        return (person_name(fact["person"]), role, _organisation(fact["organisation"]))
    if fact_type == "inspections":
        return (_council(fact["subject"]), fact["kind"], fact.get("date"))
    return (_council(fact["authority"]), fact["kind"], fact.get("date"))


def _organisation(name: str) -> str:
    council = authorities().lookup(name)
    return _continuing(council.gss_code) if council else name


def fact_key(fact: f.Fact) -> tuple[str, tuple] | None:
    """An extracted fact as (fact type, tuple), comparable with gold_key."""
    if isinstance(fact, f.Judgement) and fact.authority:
        return "judgements", (_continuing(fact.authority.gss_code), _label(fact.area), _label(fact.grade), _date(fact.date), _label(fact.kind))
    if isinstance(fact, f.Arrangement) and fact.authority and fact.operator:
        operator = _continuing(fact.operator.authority.gss_code) if fact.operator.authority else fact.operator.name
        return "operators", (_continuing(fact.authority.gss_code), operator, _date(fact.since), _date(fact.until), _label(fact.operator.kind))
    if isinstance(fact, f.Post) and fact.organisation:
        organisation = _continuing(fact.organisation.authority.gss_code) if fact.organisation.authority else fact.organisation.name
        role = ("interim " if fact.interim else "") + _label(fact.role)
        return "roles", (fact.person, role, organisation)
    if isinstance(fact, f.Inspection) and fact.authority:
        return "inspections", (_continuing(fact.authority.gss_code), _label(fact.kind), _date(fact.date))
    if isinstance(fact, f.Intervention) and fact.authority:
        return "interventions", (_continuing(fact.authority.gss_code), _label(fact.kind), _date(fact.date))
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(corpus: Path, gold_path: Path) -> tuple[dict[str, Score], int]:
    """Scores per fact type, and the number of facts read from articles whose gold has none."""
    gold = json.loads(gold_path.read_text("utf-8"))["articles"]
    scores = {t: Score() for t in FACT_TYPES}
    from_empty = 0
    for name, entry in sorted(gold.items()):
        found: dict[str, Counter] = {t: Counter() for t in FACT_TYPES}
        try:
            read = extract(read_article(corpus / name))
        except ArticleError as error:  # an article the loaders cannot read counts as one read with no facts
            print(f"evaluate: {error}", file=sys.stderr)
            read = []
        for fact in read:
            keyed = fact_key(fact)
            if keyed:
                found[keyed[0]][keyed[1]] += 1
        if not any(entry["facts"].get(t) for t in FACT_TYPES):
            from_empty += sum(len(c) for c in found.values())
        for fact_type in FACT_TYPES:
            expected = Counter(gold_key(fact_type, fact) for fact in entry["facts"].get(fact_type, []))
            got = Counter(set(found[fact_type]))
            score = scores[fact_type]
            score.tp += sum((expected & got).values())
            score.fp += sum((got - expected).values())
            score.fn += sum((expected - got).values())
            score.missed += sorted(f"{name}: {k}" for k in (expected - got))
            score.extra += sorted(f"{name}: {k}" for k in (got - expected))
    return scores, from_empty


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cskg.loaders.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("tests/fixtures/corpus"))
    parser.add_argument("--gold", type=Path, help="gold facts (default: CORPUS/gold.json)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and extra facts")
    args = parser.parse_args(argv)
    gold = args.gold or args.corpus / "gold.json"
    if not gold.exists():
        print(f"evaluate: {gold}: no such gold file", file=sys.stderr)
        return 1
    scores, from_empty = evaluate(args.corpus, gold)
    print(f"{'fact type':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
    for fact_type, s in scores.items():
        print(f"{fact_type:<14} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    print(f"facts read from articles that state none: {from_empty}")
    if args.verbose:
        for fact_type, s in scores.items():
            for line in s.missed:
                print(f"MISSED {fact_type} {line}")
            for line in s.extra:
                print(f"EXTRA  {fact_type} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
