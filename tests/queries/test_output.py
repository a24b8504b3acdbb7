"""How query answers print: table, CSV, TSV, JSON, with unknown values and awkward characters."""
from __future__ import annotations

import csv
import io
import json

import pytest

from cskg.queries.output import FORMATS, format_table
from cskg.queries.runner import Table

COLUMNS = ["name", "note", "until"]
ROWS = [
    {"name": "Together for Children", "note": 'said "sustained progress", then left', "until": None},
    {"name": "Doncaster, Children's Trust", "note": "a\ttab and a\nnew line", "until": "2019-03"},
]


def table() -> Table:
    return Table(list(COLUMNS), [dict(row) for row in ROWS])


def test_json_is_an_array_of_objects_keyed_by_column_with_null_for_unknown() -> None:
    out = format_table(table(), "json")
    data = json.loads(out)
    assert data == ROWS
    assert [list(row) for row in data] == [COLUMNS, COLUMNS]  # keys in column order
    assert data[0]["until"] is None


def test_json_keeps_every_declared_column_even_when_a_row_lacks_it() -> None:
    data = json.loads(format_table(Table(["a", "b"], [{"a": "1"}]), "json"))
    assert data == [{"a": "1", "b": None}]


def test_csv_round_trips_commas_quotes_and_line_breaks() -> None:
    out = format_table(table(), "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == COLUMNS
    assert rows[1:] == [[row[c] or "" for c in COLUMNS] for row in ROWS]


def test_tsv_is_one_line_per_row_with_quotes_left_alone() -> None:
    out = format_table(table(), "tsv")
    lines = out.splitlines()
    assert len(lines) == 1 + len(ROWS)
    assert lines[0].split("\t") == COLUMNS
    fields = [line.split("\t") for line in lines[1:]]
    assert all(len(f) == len(COLUMNS) for f in fields)
    assert fields[0] == ["Together for Children", 'said "sustained progress", then left', ""]
    assert fields[1] == ["Doncaster, Children's Trust", "a tab and a new line", "2019-03"]


def test_table_aligns_columns_blanks_unknowns_and_counts_rows() -> None:
    out = format_table(table(), "table")
    lines = out.splitlines()
    assert lines[0].split() == COLUMNS
    assert set(lines[1]) == {"-", " "}
    assert len(lines) == 2 + len(ROWS) + 1  # header, rule, one line per row, count
    assert lines[-1] == "(2 rows)"
    # every column starts where its header starts
    for column in COLUMNS[1:]:
        start = lines[0].index(column)
        assert lines[1][start - 2:start] == "  " and lines[1][start] == "-"
    assert lines[2].startswith("Together for Children ")
    assert lines[2].rstrip().endswith("then left")  # the unknown 'until' prints as nothing
    assert "a tab and a new line" in lines[3]


def test_empty_table_prints_header_and_zero_rows() -> None:
    assert format_table(Table(["a"]), "table").splitlines()[-1] == "(0 rows)"
    assert json.loads(format_table(Table(["a"]), "json")) == []
    assert format_table(Table(["a", "b"]), "csv") == "a,b\n"
    assert format_table(Table(["a", "b"]), "tsv") == "a\tb\n"


def test_every_format_is_known_and_others_are_refused() -> None:
    for fmt in FORMATS:
        assert format_table(table(), fmt)
    with pytest.raises(ValueError, match="xml"):
        format_table(table(), "xml")
