"""Reading named queries and running them against a store.

A named query is a .rq file whose header comment says what it is:

    # name: who-runs
    # description: Who runs each council's children's services, and since when.
    # parameters: authority (authority, optional): limit to one council, by any of its names
    # columns: authority, service, operator, operator_kind, since, until, source

A parameter's type says how a value given on the command line becomes an RDF term: `authority`
(a council's name, resolved through the gazetteer to the council's IRI), `string`, `decimal`,
`integer`, `date` (YYYY, YYYY-MM or YYYY-MM-DD) or `iri`. Other attributes: `optional`,
`default VALUE`, and `binds VARIABLE` when the SPARQL variable is not the parameter's own name
(because a column already has that name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node, _is_valid_uri

from cskg.graph.store import Store, StoreError
from cskg.queries.binding import QuerySyntaxError, bind

HEADER = re.compile(r"^#\s*(name|description|parameters?|columns)\s*:\s*(.*)$")
PARAMETER = re.compile(r"^\s*(\w+)\s*\(([^)]*)\)\s*(?::\s*(.*))?$")
TYPES = ("authority", "string", "decimal", "integer", "date", "iri")


class QueryError(ValueError):
    """A named query is unknown, its file is malformed, or a parameter value is wrong."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str = "string"
    optional: bool = False
    default: str | None = None
    help: str = ""
    variable: str = ""

    @property
    def binds(self) -> str:
        return self.variable or self.name


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    sparql: str
    columns: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    path: str = ""


@dataclass
class Table:
    columns: list[str]
    rows: list[dict[str, str | None]] = field(default_factory=list)


def parse_query_file(text: str, path: str = "") -> NamedQuery:
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = HEADER.match(line)
        if match:
            key = "parameters" if match.group(1).startswith("parameter") else match.group(1)
            meta[key] = match.group(2).strip()
    name = meta.get("name") or Path(path).stem or "query"
    columns = tuple(c.strip() for c in meta.get("columns", "").split(",") if c.strip())
    return NamedQuery(name=name, description=meta.get("description", ""), sparql=text,
                      columns=columns, parameters=_parse_parameters(meta.get("parameters", ""), path),
                      path=path)


def _parse_parameters(spec: str, path: str) -> tuple[Parameter, ...]:
    if not spec or spec.strip("() ").lower() == "none":
        return ()
    parameters = []
    for part in spec.split(";"):
        match = PARAMETER.match(part)
        if not match:
            raise QueryError(f"{path}: cannot read parameter '{part.strip()}'")
        name, attrs, help_text = match.group(1), match.group(2), (match.group(3) or "").strip()
        kind, optional, default, variable = "string", False, None, ""
        for attr in (a.strip() for a in attrs.split(",") if a.strip()):
            if attr in TYPES:
                kind = attr
            elif attr == "optional":
                optional = True
            elif attr.startswith("default "):
                default, optional = attr[len("default "):].strip(), True
            elif attr.startswith("binds "):
                variable = attr[len("binds "):].strip().lstrip("?")
            else:
                raise QueryError(f"{path}: unknown attribute '{attr}' of parameter {name}")
        parameters.append(Parameter(name, kind, optional, default, help_text, variable))
    return tuple(parameters)


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped with cskg, by name."""
    found = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            query = parse_query_file(entry.read_text("utf-8"), entry.name)
            found[query.name] = query
    return found


def find_query(name_or_file: str) -> NamedQuery:
    """A shipped query by name, or a .rq file by path."""
    queries = named_queries()
    if name_or_file in queries:
        return queries[name_or_file]
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        try:
            return parse_query_file(path.read_text("utf-8"), str(path))
        except FileNotFoundError:
            raise QueryError(f"{name_or_file}: no such query file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{name_or_file}: cannot read query file ({exc.__class__.__name__})") from None
    raise QueryError(f"unknown query '{name_or_file}'; the named queries are: {', '.join(sorted(queries))}")


def to_term(parameter: Parameter, value: str) -> Identifier:
    """The RDF term a parameter value stands for."""
    if parameter.type == "authority":
        from cskg.loaders.gazetteer import authorities

        authority = authorities().lookup(value)
        if authority is None:
            raise QueryError(f"-p {parameter.name}: no council called '{value}'")
        return authority.iri
    if parameter.type == "decimal":
        try:
            return Literal(Decimal(value), datatype=XSD.decimal)
        except InvalidOperation:
            raise QueryError(f"-p {parameter.name}: '{value}' is not a number") from None
    if parameter.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise QueryError(f"-p {parameter.name}: '{value}' is not a whole number")
        return Literal(int(value))
    if parameter.type == "date":
        from cskg.loaders.dates import PartialDate

        try:
            return PartialDate.parse(value).literal()
        except ValueError:
            raise QueryError(f"-p {parameter.name}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    if parameter.type == "iri":
        # rdflib would only fail later, when writing the term into the query
        if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) or not _is_valid_uri(value):
            raise QueryError(f"-p {parameter.name}: '{value}' is not an absolute IRI")
        return URIRef(value)
    return Literal(value)


def bindings_for(query: NamedQuery, values: dict[str, str]) -> dict[str, Identifier]:
    declared = {p.name: p for p in query.parameters}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(f"query {query.name} has no parameter {', '.join(unknown)} (its parameters: {known})")
    bindings = {}
    for parameter in query.parameters:
        value = values.get(parameter.name, parameter.default)
        if value is None:
            if not parameter.optional:
                raise QueryError(f"query {query.name} needs -p {parameter.name}=VALUE ({parameter.help})")
            continue
        bindings[parameter.binds] = to_term(parameter, value)
    return bindings


def run_query(store: Store, query: NamedQuery, values: dict[str, str] | None = None) -> Table:
    """Answer a query; rows hold each column's value as a string, None where unknown."""
    # Name the query by its file where it has one: that is what the user has to go and fix.
    label = query.path or query.name
    try:
        sparql = bind(query.sparql, bindings_for(query, values or {}))
    except QuerySyntaxError as exc:
        raise QueryError(f"query {label}: {exc}") from None
    try:
        result = store.query(sparql)
    except StoreError as exc:  # the store's message says only what went wrong
        raise StoreError(f"query {label}: {exc}") from exc
    if result.type == "ASK":
        return Table(["answer"], [{"answer": "true" if result.askAnswer else "false"}])
    if result.type != "SELECT":
        raise QueryError(f"query {query.name}: only SELECT and ASK queries print as tables")
    variables = [str(v) for v in result.vars or []]
    columns = list(query.columns) or variables
    rows = []
    for solution in result:
        values_by_var = dict(zip(variables, solution))
        rows.append({column: _text(values_by_var.get(column)) for column in columns})
    return Table(columns, rows)


def _text(node: Node | None) -> str | None:
    if node is None:
        return None
    return str(node)
