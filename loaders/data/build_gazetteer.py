"""Rebuild authorities.csv and bodies.csv (the name gazetteers) from the shared reference data.

Usage: python loaders/data/build_gazetteer.py ../shared/reference

Standard library only, so the tables can be rebuilt without the project installed.
See README.md beside this file for what each column means and where it comes from.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

AUTHORITY_COLUMNS = [
    "gss_code", "dfe_code", "official_name", "short_name", "variants",
    "start_date", "end_date", "replaced_by",
]
BODY_COLUMNS = [
    "body_name", "acronym", "operator_kind", "council_gss_code",
    "start_date", "start_precision", "end_date", "source_urls",
]
OPERATOR_KINDS = {"trust", "mutual", "community interest company", "company", "council"}

# mySociety types that carry children's-services duties in England (NMD districts do not).
UPPER_TIER_TYPES = {"CTY", "UA", "MD", "LBO", "CC"}

# Names the press uses that no source file lists.
EXTRA_VARIANTS = {
    "E06000003": ["Redcar", "Redcar council"],
    "E06000010": ["Hull", "Hull council"],
    "E06000021": ["Stoke", "Stoke council"],
    "E06000033": ["Southend", "Southend council", "Southend City Council"],
    "E08000021": ["Newcastle", "Newcastle council"],
    "E06000047": ["Durham council"],
    "E09000021": ["Kingston", "Kingston council"],
    "E09000027": ["Richmond", "Richmond council"],
    "E06000058": ["BCP", "BCP Council"],
    "E06000004": ["Stockton", "Stockton council"],
    # the City's own pages call it "the Corporation"; no other council is one
    "E09000001": ["Square Mile", "City Corporation", "Corporation"],
    "E06000011": ["East Riding", "East Riding council", "ERYC"],
    "E06000012": ["NE Lincs", "North East Lincs"],
    "E06000013": ["North Lincs"],
    "E06000020": ["Telford", "Telford council"],
    "E06000022": ["B&NES", "BANES", "Bath council"],
    "E06000025": ["South Glos"],
    "E06000037": ["West Berks"],
    "E06000040": ["RBWM"],
    "E06000042": ["MK", "Milton Keynes City Council"],
    "E06000043": ["Brighton council"],
    "E06000050": ["Cheshire West", "CWaC"],
    "E06000056": ["Central Beds"],
    "E06000061": ["North Northants"],
    "E06000062": ["West Northants"],
    "E09000013": ["H&F", "LBHF"],
    "E09000020": ["RBKC"],
}

# mySociety alt-names that are register artefacts or historic names, not names the press uses.
DROPPED_ALT_NAMES = {"north west somerset"}
# Lower-case alt-name endings that are register suffixes, or "X City" which is usually a football club.
DROPPED_ALT_SUFFIXES = (" ua", " district", " london boro", " mdc", " county", " city", " city of")

SMALL_WORDS = {"and", "of", "upon", "on", "the", "in", "under", "with"}

MODEL_TYPE_TO_KIND = {
    "independent_trust": "trust",
    "council_owned_trust": "trust",
    "council_owned_company": "company",
    "community_interest_company_council_owned": "community interest company",
    "partnership_with_another_council": "council",
    # An NHS foundation trust is a trust, whatever role it plays in the partnership.
    "nhs_trust_lead_provider": "trust",
    "shared_service": "council",
}

# Only acronyms the press and the bodies themselves use often; ambiguous or rare ones left blank.
ACRONYMS = {
    "Together for Children": "TfC",
    "Achieving for Children": "AfC",
    "Birmingham Children's Trust": "BCT",
    "Brighter Futures for Children": "BFfC",
    "Doncaster Children's Services Trust": "DCST",
    "Northamptonshire Children's Trust": "NCT",
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def clean_dfe_name(name: str) -> str:
    """'Bristol, City of' -> 'Bristol'; 'St. Helens' -> 'St Helens' (the councils' own spelling)."""
    name = re.sub(r", (City|County) of$", "", name)
    return name.replace("St. ", "St ")


def title_case(name: str) -> str:
    """Capitalise a lower-case mySociety alt-name the way the place writes it."""
    def word(w: str, first: bool) -> str:
        parts = w.split("-")
        return "-".join(
            p if (p in SMALL_WORDS and (not first or i > 0)) else p[:1].upper() + p[1:]
            for i, p in enumerate(parts)
        )
    words = name.split(" ")
    return " ".join(word(w, i == 0) for i, w in enumerate(words))


def spelling_variants(name: str) -> list[str]:
    """The spellings the sources disagree on: & / and, St / St., upon / Upon, -on- / ' on '."""
    out = []
    if " and " in name:
        out.append(name.replace(" and ", " & "))
    if " & " in name:
        out.append(name.replace(" & ", " and "))
    if "St " in name:
        out.append(name.replace("St ", "St. "))
    if "St. " in name:
        out.append(name.replace("St. ", "St "))
    if " upon " in name:
        out.append(name.replace(" upon ", " Upon "))
    if " Upon " in name:
        out.append(name.replace(" Upon ", " upon "))
    if "-on-" in name:
        out.append(name.replace("-on-", " on "))
    return out


def useful_alt_names(alt_names: str) -> list[str]:
    """mySociety alt-names minus register suffixes; lower-case ones capitalised."""
    out = []
    # The list is joined with bare commas although names like "Bristol, City of" hold ", ":
    # a piece that starts with a space continues the previous name.
    pieces: list[str] = []
    for piece in alt_names.split(",") if alt_names else []:
        if piece.startswith(" ") and pieces:
            pieces[-1] += "," + piece
        else:
            pieces.append(piece)
    for alt in pieces:
        alt = alt.strip()
        low = alt.lower()
        if not alt or low in DROPPED_ALT_NAMES or low.endswith(DROPPED_ALT_SUFFIXES):
            continue
        if alt == low or alt[0].islower():
            alt = title_case(low)
        out.append(alt)
    return out


def dedupe(names: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for n in names:
        n = " ".join(n.split())
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def build_authorities(ref: Path) -> list[dict[str, str]]:
    dfe_rows = read_csv(ref / "dfe_la_codes_2013_2025.csv")
    mys_rows = read_csv(ref / "mysociety_uk_local_authorities_current.csv")
    crosswalk = read_csv(ref / "ofsted_la_name_crosswalk.csv")

    mys_by_gss = {r["gss-code"]: r for r in mys_rows if r["nation"] == "England"
                  and r["local-authority-type"] in UPPER_TIER_TYPES}
    gss_by_mys_code = {r["local-authority-code"]: r["gss-code"] for r in mys_rows}
    ofsted_names: dict[str, list[str]] = defaultdict(list)
    for r in crosswalk:
        ofsted_names[r["gss_code"]].append(r["name_as_in_ofsted_files"])

    dfe_by_gss = {r["gss_code"]: r for r in dfe_rows}
    if len(dfe_by_gss) != len(dfe_rows):
        raise ValueError("a GSS code appears twice in the DfE table")
    missing = set(dfe_by_gss) - set(mys_by_gss)
    if missing:
        raise ValueError(f"DfE GSS codes not in mySociety's English upper tier: {sorted(missing)}")

    current_short = {clean_dfe_name(r["la_name"]) for r in dfe_rows if r["in_2025_list"] == "yes"}

    rows = []
    for gss, d in sorted(dfe_by_gss.items()):
        m = mys_by_gss[gss]
        current = d["in_2025_list"] == "yes"
        official = " ".join(m["official-name"].split())  # "North Somerset  Council" has two spaces
        short = clean_dfe_name(d["la_name"])

        replaced_by = [gss_by_mys_code[c] for c in m["replaced-by"].split(",") if c]
        end_date = ""
        if not current:
            if not replaced_by:
                raise ValueError(f"former authority {gss} has no successor in mySociety")
            # mySociety mixes "last day" (2019-03-31) and "first day after" (2021-04-01) for the
            # same kind of event, so use one rule: the end date is the day the successor started,
            # the same exclusive convention as end_date in bodies.csv.
            end_date = min(mys_by_gss[s]["start-date"] for s in replaced_by)
            mys_end = dt.date.fromisoformat(m["end-date"])
            if (dt.date.fromisoformat(end_date) - mys_end).days not in (0, 1):
                raise ValueError(f"{gss}: successor start {end_date} far from mySociety end {mys_end}")

        if not current and short in current_short:
            # Old county sharing its name with the new unitary (Dorset, Buckinghamshire, North
            # Yorkshire, Somerset): the plain name belongs to the unitary, so the county is
            # known only by its official name.
            short, variants = official, [official]
        else:
            names = [official, d["la_name"], m["nice-name"], *ofsted_names.get(gss, []),
                     *useful_alt_names(m["alt-names"]), *EXTRA_VARIANTS.get(gss, [])]
            if not any(n.lower() == f"{short} council".lower() for n in names):
                names.append(f"{short} council")
            names += [v for n in list(names) + [short] for v in spelling_variants(n)]
            variants = dedupe(names, exclude={short})

        # Before 2009 mySociety's start-date is a register date, not the day the council was made.
        start = m["start-date"] if m["start-date"] >= "2009-01-01" else ""
        rows.append({
            "gss_code": gss, "dfe_code": d["dfe_la_code"], "official_name": official,
            "short_name": short, "variants": ";".join(variants), "start_date": start,
            "end_date": end_date, "replaced_by": ";".join(replaced_by),
        })
    check_unambiguous(rows)
    return rows


def check_unambiguous(rows: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for r in rows:
        names = [r["short_name"], r["official_name"], *filter(None, r["variants"].split(";"))]
        for n in names:
            key = n.casefold()
            if owner.setdefault(key, r["gss_code"]) != r["gss_code"]:
                raise ValueError(f"name {n!r} maps to {owner[key]} and {r['gss_code']}")


def build_bodies(ref: Path, authority_codes: set[str]) -> list[dict[str, str]]:
    rows = []
    for r in read_csv(ref / "childrens_services_delivery_models.csv"):
        # "Hampshire County Council (strategic partnership)": the bracket describes the deal,
        # and is not part of the name an article would print.
        name = re.sub(r"\s*\(.*\)$", "", r["delivery_body"]).strip()
        kind = MODEL_TYPE_TO_KIND[r["model_type"]]
        if r["council_gss_code"] not in authority_codes:
            raise ValueError(f"{name}: council {r['council_gss_code']} not in authorities")
        rows.append({
            "body_name": name, "acronym": ACRONYMS.get(name, ""), "operator_kind": kind,
            "council_gss_code": r["council_gss_code"], "start_date": r["start_date"],
            "start_precision": r["start_precision"], "end_date": r["end_date"],
            "source_urls": ";".join(u.strip() for u in r["sources"].split(";") if u.strip()),
        })
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    ref = Path(argv[1])
    authorities = build_authorities(ref)
    bodies = build_bodies(ref, {r["gss_code"] for r in authorities})
    write_csv(HERE / "authorities.csv", AUTHORITY_COLUMNS, authorities)
    write_csv(HERE / "bodies.csv", BODY_COLUMNS, bodies)
    print(f"authorities.csv: {len(authorities)} rows; bodies.csv: {len(bodies)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
