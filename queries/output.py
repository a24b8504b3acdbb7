"""Printing query answers as a table, CSV, TSV or JSON."""
from __future__ import annotations

import csv
import io
import json

from cskg.queries.runner import Table

FORMATS = ("table", "csv", "tsv", "json")


def format_table(table: Table, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps(table.rows, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=table.columns, delimiter="," if fmt == "csv" else "\t",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in table.rows)
        return out.getvalue()
    if fmt == "table":
        return _text_table(table)
    raise ValueError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")


def _text_table(table: Table) -> str:
    cells = [[("" if row[c] is None else row[c]).replace("\n", " ") for c in table.columns] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(table.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(table.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
