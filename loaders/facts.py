"""The facts an article states, before they become triples."""
from __future__ import annotations

from dataclasses import dataclass, field

from cskg.loaders.dates import PartialDate
from cskg.loaders.gazetteer import Authority


@dataclass(frozen=True)
class Evidence:
    sentence: str
    quote: str
    confidence: float
    rule: str


@dataclass(frozen=True)
class Organisation:
    """A body that runs (or leads) a service: a delivery body, a council, or a government body."""

    name: str
    kind: str  # an operator-kind key, or "government" / "inspectorate"
    acronym: str = ""
    authority: Authority | None = None  # set when the organisation is a council


@dataclass
class Fact:
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)

    def key(self) -> tuple:
        raise NotImplementedError


@dataclass
class Judgement(Fact):
    authority: Authority | None = None
    area: str = "overall"
    grade: str = ""
    date: PartialDate | None = None
    kind: str = "inspection"

    def key(self) -> tuple:
        return ("judgement", self.authority, self.area, self.grade, self.date, self.kind)


@dataclass
class Inspection(Fact):
    authority: Authority | None = None
    kind: str = "inspection"
    date: PartialDate | None = None

    def key(self) -> tuple:
        return ("inspection", self.authority, self.kind, self.date)


@dataclass
class Arrangement(Fact):
    authority: Authority | None = None
    operator: Organisation | None = None
    service: str = "childrens-services"
    since: PartialDate | None = None
    until: PartialDate | None = None
    shadow_since: PartialDate | None = None

    def key(self) -> tuple:
        return ("arrangement", self.authority, self.operator and self.operator.name, self.service)


@dataclass
class Post(Fact):
    person: str = ""
    role: str = ""
    organisation: Organisation | None = None
    interim: bool = False

    def key(self) -> tuple:
        return ("post", self.person, self.role, self.organisation and self.organisation.name, self.interim)


@dataclass
class Intervention(Fact):
    authority: Authority | None = None
    kind: str = ""
    date: PartialDate | None = None
    by: Organisation | None = None

    def key(self) -> tuple:
        return ("intervention", self.authority, self.kind, self.date)
