"""Printing query answers as a table, CSV, TSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import re

from cskg.queries.runner import Table

FORMATS = ("table", "csv", "tsv", "json")

_BREAKS = re.compile(r"[\t\r\n]+")


def format_table(table: Table, fmt: str = "table") -> str:
    """The table as text: `json` an array of objects keyed by column (null where unknown), `csv`
    RFC 4180, `tsv` one line per row with tabs and line breaks inside values made spaces (TSV has
    no quoting), `table` aligned columns for reading."""
    if fmt == "json":
        rows = [{column: row.get(column) for column in table.columns} for row in table.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([_cell(row.get(c)) for c in table.columns] for row in table.rows)
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(_flat(c) for c in table.columns)]
        lines += ["\t".join(_flat(_cell(row.get(c))) for c in table.columns) for row in table.rows]
        return "\n".join(lines) + "\n"
    if fmt == "table":
        return _text_table(table)
    raise ValueError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")


def _cell(value: str | None) -> str:
    return "" if value is None else value


def _flat(value: str) -> str:
    return _BREAKS.sub(" ", value)


def _text_table(table: Table) -> str:
    cells = [[_flat(_cell(row.get(c))) for c in table.columns] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(table.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(table.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
