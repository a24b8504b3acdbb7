"""Rebuild the shipped official tables in loaders/data/official/ from the shared reference data.

Usage: python loaders/data/build_official.py [../shared/reference]

Standard library only, so the tables can be rebuilt without the project installed. The loader
(cskg.loaders.official) reads only the tables written here, so `cskg load --official` needs no
network and no reference folder. Every fault handled is listed in official/README.md; this
script fails loudly on anything it cannot place rather than guessing.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "official"
DEFAULT_REFERENCE = HERE.parents[2] / "shared" / "reference"

HISTORY_2025 = "ofsted_ilacs_inspection_history_2018_2025.csv"
LATEST_2025 = "ofsted_la_latest_judgements_2025-03-31.csv"
INYEAR_2425 = "ofsted_la_inyear_activity_2024-25.csv"
HISTORY_2023 = "ofsted_la_inspections_2009_2023_current_las.csv"
FORMER_2023 = "ofsted_la_inspections_2009_2023_former_las.csv"
INYEAR_2324 = "ofsted_la_inyear_activity_2023-24.csv"
INYEAR_2223 = "ofsted_la_inyear_activity_2022-23.csv"
DELIVERY = "childrens_services_delivery_models.csv"

# When two files describe the same inspection, the earlier file in this list wins. The 2025
# publication is Ofsted's latest word (it corrects Staffordshire 2023-11-06, fault 6, and
# Nottingham's date, fault 2).
PREFERENCE = [HISTORY_2025, LATEST_2025, INYEAR_2425, HISTORY_2023, FORMER_2023, INYEAR_2324, INYEAR_2223]

GRADES = {
    "Outstanding": "outstanding",
    "Good": "good",
    "Requires improvement to be good": "requires-improvement",
    "Inadequate": "inadequate",
}
# "-" in the 2023 file is not explained by Ofsted; it is read as "not judged" (no judgement).
NOT_JUDGED = {"", "-"}

TYPE_TO_FRAMEWORK = {
    "ILACS Standard Inspection": ("ilacs-standard", "inspection"),
    "ILACS Short Inspection": ("ilacs-short", "inspection"),
    "ILACS Focused Visit": ("ilacs-focused-visit", "focused-visit"),
    "LA Monitoring visit": ("monitoring-visit", "monitoring-visit"),
}

# Column of the long-format files (2025 history, latest table, in-year files) -> area.
LONG_AREAS = {
    "Overall effectiveness": "overall",
    "The impact of leaders on social work practice with children and families": "leadership",
    "Impact of leaders": "leadership",
    "The experiences and progress of children who need help and protection": "help-and-protection",
    "Experiences and progress of children who need help and protection": "help-and-protection",
    "The experiences and progress of children in care": "children-in-care",
    "Experiences and progress of children in care": "children-in-care",
    "The experiences and progress of care leavers": "care-leavers",
    "Experiences and progress of care leavers": "care-leavers",
}

# The wide 2009-2023 history: (date column, framework, kind, {grade column: area}, type column).
# SLAC, CPI, CPRI and TLAC each judged one service area; there was no whole-service "overall"
# judgement before the SIF, so their grades go to that area, never to "overall".
# LSCB Overall Effectiveness judges the safeguarding children board, not the council: skipped.
SIF_AREAS = {
    "Overall Judgement (OE)": "overall",
    "children who need help and protection": "help-and-protection",
    "children looked after and achieving permanence": "children-in-care",
    "CLA Sub: Adoption Performance": "adoption",
    "CLA Sub: Experiences and progress of care leavers": "care-leavers",
    "leadership, management and governance": "leadership",
}
WIDE_BLOCKS: list[tuple[str, str, str, dict[str, str], str | None]] = [
    ("Safeguarding & Looked After Children (SLAC) Inspection publication date", "slac", "inspection",
     {"SLAC Safeguarding Overall effectiveness (OE)": "help-and-protection",
      "SLAC Looked After Children Overall Effectiveness (OE)": "children-in-care"}, None),
    ("SLAC re-inspection of Safeguarding publication date", "slac", "re-inspection",
     {"SLAC re-inspection Safeguarding OE": "help-and-protection"}, None),
    ("SLAC re-inspection of services for Children Looked After publication date", "slac", "re-inspection",
     {"SLAC re-inspection of services Children Looked After OE": "children-in-care"}, None),
    ("Child Protection Inspections (CPI) publication date", "cpi", "inspection",
     {"CPI Overall Effectiveness (OE)": "help-and-protection"}, None),
    ("Child Protection Re-Inspection (CPRI) publication date", "cpri", "re-inspection",
     {"CPRI Overall Effectiveness (OE)": "help-and-protection"}, None),
    ("Targeted Looked After Children (TLAC) inspection publication date", "tlac", "inspection",
     {"TLAC Overall Effectiveness (OE)": "children-in-care"}, None),
    ("Single Inspection of LA Children's Services (SIF) First SIF publication date", "sif", "inspection",
     {f"First SIF {k}": v for k, v in SIF_AREAS.items()}, None),
    ("Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
     "sif-reinspection", "re-inspection", {f"SIF Re-inspection {k}": v for k, v in SIF_AREAS.items()}, None),
]
for _prefix, _cic in (("First ILACS framework", "children-in-care"), ("Second ILACS framework", None),
                      ("ILACS framework", "children-in-care")):
    _areas = {
        f"{_prefix} overall effectiveness": "overall",
        f"{_prefix} impact of leaders": "leadership",
        f"{_prefix} experiences and progress of children who need help and protection": "help-and-protection",
        # The first ILACS framework judged children in care and care leavers together.
        f"{_prefix} experiences and progress of children in care and care leavers": "children-in-care",
        f"{_prefix} experiences and progress of children in care": "children-in-care",
        f"{_prefix} experiences and progress of care leavers": "care-leavers",
    }
    WIDE_BLOCKS.append((f"{_prefix} publication date", "ilacs", "inspection", _areas,
                        f"{_prefix} inspection type"))

# Fault 2: the 2023 file misdates Nottingham's second ILACS publication (a Saturday).
DATE_FIXES = {(HISTORY_2023, "Nottingham", "2022-11-05"): "2022-09-05"}
# Caution in SOURCE.md: "Dorset" in the former-LA table is the old county, not E06000059.
FORMER_NAMES = {"Dorset": "E10000009", "Bournemouth": "E06000028", "Poole": "E06000029",
                "Northamptonshire": "E10000021"}

INSPECTION_COLUMNS = ["inspection_id", "gss_code", "framework", "kind", "inspection_date",
                      "publication_date", "report_url", "theme"]
JUDGEMENT_COLUMNS = ["inspection_id", "area", "grade"]
PROVENANCE_COLUMNS = ["inspection_id", "area", "source_file", "source_row"]


def key_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass
class Row:
    """One inspection as one source row states it."""
    file: str
    line: int  # line number in the CSV, header = 1
    gss: str
    framework: str
    kind: str
    inspection_date: str
    publication_date: str
    url: str
    theme: str
    grades: dict[str, str] = field(default_factory=dict)


class Authorities:
    """GSS codes, their lifetimes and successors, from DfE codes and mySociety."""

    def __init__(self, ref: Path) -> None:
        self.dfe = read(ref / "dfe_la_codes_2013_2025.csv")
        self.names = {r["name_as_in_ofsted_files"]: r for r in read(ref / "ofsted_la_name_crosswalk.csv")}
        society = {r["gss-code"]: r for r in read(ref / "mysociety_uk_local_authorities_current.csv")}
        by_letters = {r["local-authority-code"]: r["gss-code"] for r in society.values()}
        self.rows: dict[str, dict[str, str]] = {}
        for d in self.dfe:
            gss = d["gss_code"]
            s = society[gss]
            first = int(d["first_dfe_year"])
            # DfE year Y ends on 31 March Y; a code first seen after 2013 began on 1 April of Y-1.
            start = f"{first - 1}-04-01" if first > 2013 else ""
            end = s["end-date"]
            if end.endswith("-03-31"):  # mySociety mixes "last day" and "first day after"
                end = f"{int(end[:4])}-04-01"
            replaced = " ".join(by_letters[c] for c in s["replaced-by"].split(",") if c)
            self.rows[gss] = {
                "gss_code": gss, "dfe_code": d["dfe_la_code"], "official_name": s["official-name"],
                "short_name": s["nice-name"], "start_date": start, "end_date": end, "replaced_by": replaced,
            }
        self.predecessors: dict[str, list[str]] = defaultdict(list)
        for gss, r in self.rows.items():
            for succ in r["replaced_by"].split():
                self.predecessors[succ].append(gss)
        self.by_dfe = defaultdict(list)
        for gss, r in self.rows.items():
            self.by_dfe[r["dfe_code"]].append(gss)

    def gss_for_name(self, name: str) -> str:
        return self.names[name]["gss_code"]

    def at(self, gss: str, when: str) -> str:
        """Fault 3: Ofsted's 2025 files give today's code for inspections of a predecessor."""
        start = self.rows[gss]["start_date"]
        if not start or when >= start:
            return gss
        before = self.predecessors.get(gss, [])
        if len(before) != 1:
            raise ValueError(f"{gss} did not exist on {when} and its predecessor is not determinable")
        return self.at(before[0], when)

    def fix_url(self, gss: str, url: str) -> str:
        """Fault 1: links to another live council's page (not a successor) -> own DfE page."""
        if not url.startswith(("http://", "https://")):
            return ""  # the former-LA table has the HYPERLINK's display text, not a URL
        m = re.fullmatch(r"https?://reports\.ofsted\.gov\.uk/provider/44/(\d{3})", url)
        if not m or m.group(1) == self.rows[gss]["dfe_code"]:
            return url
        target = set(self.by_dfe[m.group(1)])
        successors, todo = set(), [gss]
        while todo:
            for s in self.rows[todo.pop()]["replaced_by"].split():
                successors.add(s)
                todo.append(s)
        if target & successors:
            return url  # a former council's reports live on its successor's page
        return f"https://reports.ofsted.gov.uk/provider/44/{self.rows[gss]['dfe_code']}"


def long_rows(ref: Path, name: str, auth: Authorities) -> list[Row]:
    out = []
    for line, r in enumerate(read(ref / name), start=2):
        kind_col = "Inspection type" if "Inspection type" in r else "Inspection/Visit type"
        framework, kind = TYPE_TO_FRAMEWORK[r[kind_col]] if kind_col in r else ("ilacs", "inspection")
        insp = r.get("Inspection date") or r.get("Inspection/Visit date", "")
        pub = r.get("Publication date", "")
        gss = r.get("Local authority area code") or auth.gss_for_name(r["Local authority name"])
        gss = auth.at(gss, insp or pub)
        grades = {LONG_AREAS[c]: GRADES[v] for c, v in r.items() if c in LONG_AREAS and v not in NOT_JUDGED}
        out.append(Row(name, line, gss, framework, kind, insp, pub,
                       auth.fix_url(gss, r["Web link (URL)"]), r.get("Visit Theme", ""), grades))
    return out


def wide_rows(ref: Path, name: str, auth: Authorities) -> list[Row]:
    out = []
    for line, r in enumerate(read(ref / name), start=2):
        la = r["Local authority name"]
        for date_col, framework, kind, areas, type_col in WIDE_BLOCKS:
            pub = r.get(date_col, "")
            if not pub:
                continue
            pub = DATE_FIXES.get((name, la, pub), pub)
            if type_col:
                framework, kind = TYPE_TO_FRAMEWORK[r[type_col]]
            gss = FORMER_NAMES[la] if name == FORMER_2023 else auth.gss_for_name(la)
            gss = auth.at(gss, pub)
            grades = {a: GRADES[r[c]] for c, a in areas.items() if c in r and r[c] not in NOT_JUDGED}
            out.append(Row(name, line, gss, framework, kind, "", pub, auth.fix_url(gss, r["Web link (URL)"]),
                           "", grades))
    return out


def family(framework: str) -> str:
    """Files disagree on standard vs short (e.g. Merton 2022), and the latest table gives no type."""
    return "ilacs" if framework in ("ilacs", "ilacs-standard", "ilacs-short") else framework


def days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def merge(rows: list[Row]) -> tuple[list[dict], list[dict], list[dict], list[str]]:
    """One inspection per (authority, framework, date); the preferred file wins each value."""
    rows = sorted(rows, key=lambda r: (PREFERENCE.index(r.file), r.line))
    groups: list[list[Row]] = []
    by_insp: dict[tuple[str, str, str], list[Row]] = {}
    by_pub: dict[tuple[str, str, str], list[Row]] = {}
    notes: list[str] = []
    for row in rows:
        fam = family(row.framework)
        group = None
        if row.inspection_date:
            group = by_insp.get((row.gss, fam, row.inspection_date))
        if group is None and row.publication_date:
            group = by_pub.get((row.gss, fam, row.publication_date))
        if group is None and row.inspection_date and fam == "ilacs":
            # The in-year files date a few inspections a day off the 2025 history (Cumbria,
            # Isles of Scilly); two ILACS inspections of one council are years apart.
            near = [g for (gss, f, d), g in by_insp.items()
                    if gss == row.gss and f == fam and days_apart(d, row.inspection_date) <= 7]
            if near:
                group = near[0]
                notes.append(f"{row.file} row {row.line}: inspection date {row.inspection_date} "
                             f"matched to {group[0].inspection_date}")
        if group is None:
            group = []
            groups.append(group)
        elif group[0].framework != row.framework and row.framework != "ilacs":
            notes.append(f"{row.file} row {row.line}: type {row.framework} != {group[0].framework} (kept the latter)")
        group.append(row)
        if row.inspection_date:
            by_insp.setdefault((row.gss, fam, row.inspection_date), group)
        if row.publication_date:
            by_pub.setdefault((row.gss, fam, row.publication_date), group)

    inspections, judgements, provenance, conflicts = [], [], [], notes
    for group in groups:
        first = group[0]
        insp = next((r.inspection_date for r in group if r.inspection_date), "")
        pub = next((r.publication_date for r in group if r.publication_date), "")
        date_key = f"inspection:{insp}" if insp else f"publication:{pub}"
        iid = key_hash(first.gss, first.framework, first.kind, date_key)
        inspections.append({
            "inspection_id": iid, "gss_code": first.gss, "framework": first.framework, "kind": first.kind,
            "inspection_date": insp, "publication_date": pub,
            "report_url": next((r.url for r in group if r.url), ""),
            "theme": next((r.theme for r in group if r.theme), ""),
        })
        for r in group:
            if r.publication_date and pub and r.publication_date != pub:
                conflicts.append(f"{r.file} row {r.line}: publication {r.publication_date} != {pub}")
            provenance.append({"inspection_id": iid, "area": "", "source_file": r.file, "source_row": r.line})
        areas: dict[str, str] = {}
        for r in group:
            for area, grade in r.grades.items():
                areas.setdefault(area, grade)
        for area, grade in sorted(areas.items()):
            judgements.append({"inspection_id": iid, "area": area, "grade": grade})
            for r in group:
                if area not in r.grades:
                    continue
                if r.grades[area] != grade:  # e.g. fault 6, Staffordshire care leavers
                    conflicts.append(f"{r.file} row {r.line}: {area} {r.grades[area]} != {grade} (dropped)")
                    continue
                provenance.append({"inspection_id": iid, "area": area, "source_file": r.file,
                                   "source_row": r.line})
    inspections.sort(key=lambda i: (i["gss_code"], i["inspection_date"] or i["publication_date"], i["framework"]))
    return inspections, judgements, provenance, conflicts


def write(name: str, columns: list[str], rows: list[dict]) -> None:
    with (OUT / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build(ref: Path) -> list[str]:
    OUT.mkdir(exist_ok=True)
    auth = Authorities(ref)
    rows: list[Row] = []
    for name in (HISTORY_2025, LATEST_2025, INYEAR_2425, INYEAR_2324, INYEAR_2223):
        rows += long_rows(ref, name, auth)
    for name in (HISTORY_2023, FORMER_2023):
        rows += wide_rows(ref, name, auth)
    inspections, judgements, provenance, conflicts = merge(rows)
    write("inspections.csv", INSPECTION_COLUMNS, inspections)
    write("judgements.csv", JUDGEMENT_COLUMNS, judgements)
    write("provenance.csv", PROVENANCE_COLUMNS, provenance)
    delivery = read(ref / DELIVERY)
    for line, r in enumerate(delivery, start=2):
        r["source_row"] = str(line)
    write("delivery_models.csv", list(delivery[0].keys()), delivery)
    return conflicts


if __name__ == "__main__":
    reference = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REFERENCE
    for conflict in build(reference.resolve()):
        print("conflict:", conflict, file=sys.stderr)
    print(f"wrote {OUT}")
