"""Dates at the precision a text gives them, and reading date expressions against a publication date."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from rdflib import Literal
from rdflib.namespace import XSD

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1}


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            raise ValueError(f"not an ISO date: {text!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        result = cls(year, month, day)
        result.check()
        return result

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @classmethod
    def from_literal(cls, literal: Literal) -> PartialDate:
        return cls.parse(str(literal))

    def check(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")
        if self.day is not None:
            date(self.year, self.month or 1, self.day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def literal(self) -> Literal:
        datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[self.precision]
        return Literal(self.iso(), datatype=datatype)

    def to_year(self) -> PartialDate:
        return PartialDate(self.year)

    def refines(self, other: PartialDate) -> bool:
        """True when this date is a more precise reading of the same time as `other`."""
        if self.year != other.year:
            return False
        if other.month is not None and self.month != other.month:
            return False
        if other.day is not None and self.day != other.day:
            return False
        return self.precision != other.precision

    def start(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def end(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.iso()


def month_before(month: int, published: date, *, not_after: PartialDate | None = None) -> PartialDate:
    """The latest MONTH on or before the publication date, or before `not_after` when a clue says
    the month came earlier ("since September, prior to launching in April")."""
    limit = not_after.start() if not_after and not_after.month else published
    year = limit.year
    if not_after and not_after.month:
        if month >= not_after.month:
            year -= 1
    elif month > published.month:
        year -= 1
    return PartialDate(year, month)


def number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def day_before(expression: str, published: date) -> date:
    """The day "today", "yesterday" or "on Sunday" means in an article published on `published`
    (a weekday is the latest one on or before the publication date)."""
    from datetime import timedelta

    words = expression.lower().split()
    if words[0] == "yesterday":
        return published - timedelta(days=1)
    if words[-1] in WEEKDAYS:
        back = (published.weekday() - WEEKDAYS[words[-1]]) % 7
        if words[0] == "last" and back == 0:
            back = 7
        return published - timedelta(days=back)
    return published
