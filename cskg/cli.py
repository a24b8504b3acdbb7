"""The cskg command line: parses options, calls cskg.api, prints. Nothing else lives here."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from cskg import api
from cskg.graph.store import DEFAULT_LOCATION, ENV_VARIABLE, Store, StoreError, open_store
from cskg.loaders import ArticleError, article_files
from cskg.queries.output import FORMATS, format_table
from cskg.queries.runner import NamedQuery, QueryError, find_query, named_queries, parse_query_file


def _fail(message: str) -> None:
    click.echo(f"cskg: {message}", err=True)
    sys.exit(1)


def _store(ctx: click.Context) -> Store:
    try:
        store = open_store(ctx.obj["store"])
    except StoreError as exc:
        _fail(str(exc))
    ctx.call_on_close(store.close)
    return store


@click.group()
@click.option("--store", "store", metavar="LOCATION", envvar=ENV_VARIABLE, default=None,
              help=f"A directory (embedded Oxigraph store, created on first use) or an http(s) SPARQL 1.1 "
                   f"endpoint. Default: ${ENV_VARIABLE}, else ./{DEFAULT_LOCATION}")
@click.version_option(package_name="cskg")
@click.pass_context
def main(ctx: click.Context, store: str | None) -> None:
    """A knowledge graph of English children's-services governance, read from news articles."""
    ctx.obj = {"store": store}


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--official", is_flag=True, help="Also load the official record shipped with cskg (Ofsted, DfE).")
@click.pass_context
def load(ctx: click.Context, paths: tuple[Path, ...], official: bool) -> None:
    """Read articles (files or folders; - reads one article from standard input) into the store."""
    if not paths and not official:
        _fail("load needs at least one PATH (or - for standard input, or --official)")
    store = _store(ctx)
    try:
        if official:
            counts = api.load_official(store)
            click.echo("loaded the official record: " + ", ".join(f"{n} triples ({name})" for name, n in counts.items()),
                       err=True)
        failed = []
        files = [p for p in paths if str(p) != "-"]
        if any(str(p) == "-" for p in paths):
            try:
                report = api.load_text(store, sys.stdin.read())
            except ArticleError as exc:
                failed.append(str(exc))
            else:
                click.echo(f"loaded {report.loaded[0]}: {report.facts} facts", err=True)
        if files:
            todo = article_files(files)
            # The bar only where someone watches: in a pipe or a log it is noise among the errors.
            with click.progressbar(length=len(todo), label="reading articles", file=sys.stderr,
                                   hidden=not sys.stderr.isatty()) as bar:
                report = api.load_articles(store, files, progress=lambda _path: bar.update(1))
            failed += report.failed
            if report.loaded:
                click.echo(f"loaded {len(report.loaded)} article(s), {report.facts} facts; {_counts(report.checks)}",
                           err=True)
    except StoreError as exc:
        _fail(str(exc))
    for message in failed:
        click.echo(f"cskg: {message}", err=True)
    if failed:
        sys.exit(1)


@main.command()
@click.argument("name_or_file", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query.")
@click.option("--sparql", metavar="QUERY", help="Run this SPARQL query text instead of a named query.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def query(ctx: click.Context, name_or_file: str | None, params: tuple[str, ...], sparql: str | None, fmt: str) -> None:
    """Answer a named query (see `cskg queries`), a .rq file, or --sparql text."""
    try:
        named = _chosen_query(name_or_file, sparql)
        values = _params(params)
        table = api.query(_store(ctx), named, values)
    except (QueryError, StoreError) as exc:
        _fail(str(exc))
    click.echo(format_table(table, fmt), nl=False)


def _counts(counts: dict[str, int]) -> str:
    if not counts:
        return "not checked: the official record is not loaded (cskg load --official)"
    return "checked against the official record: " + ", ".join(
        f"{n} {status}" for status, n in sorted(counts.items()))


def _chosen_query(name_or_file: str | None, sparql: str | None) -> NamedQuery:
    if sparql and name_or_file:
        raise QueryError("give a query NAME_OR_FILE or --sparql, not both")
    if sparql:
        return parse_query_file(sparql, "--sparql")
    if not name_or_file:
        raise QueryError("give a query NAME_OR_FILE or --sparql 'SELECT ...' (see `cskg queries`)")
    if name_or_file == "-":
        return parse_query_file(sys.stdin.read(), "stdin")
    return find_query(name_or_file)


def _params(params: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"-p takes KEY=VALUE, not '{item}'")
        values[key.strip()] = value
    return values


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def list_queries(fmt: str) -> None:
    """The named queries, their parameters and columns."""
    from cskg.queries.runner import Table

    table = Table(["name", "parameters", "columns", "description"])
    for named in named_queries().values():
        parameters = "; ".join(
            f"{p.name} ({p.type}{', optional' if p.optional else ''}"
            f"{', default ' + p.default if p.default is not None else ''})" for p in named.parameters)
        table.rows.append({"name": named.name, "parameters": parameters, "columns": ", ".join(named.columns),
                           "description": named.description})
    click.echo(format_table(table, fmt), nl=False)


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("graph.html"), show_default=True)
@click.option("--focus", metavar="NAME", help="Only what is near the things whose name contains NAME.")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True, help="How many steps from --focus.")
@click.pass_context
def render(ctx: click.Context, output: Path, focus: str | None, depth: int) -> None:
    """Write an interactive HTML graph (one self-contained file that works offline)."""
    try:
        count = api.render(_store(ctx), output, focus=focus, depth=depth)
    except (ValueError, StoreError, OSError) as exc:
        _fail(str(exc))
    click.echo(f"wrote {output} ({count} nodes)", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(list(api.EXPORT_FORMATS)), default="turtle", show_default=True)
@click.pass_context
def export(ctx: click.Context, output: Path | None, fmt: str) -> None:
    """Write the whole store as Turtle (graphs merged), TriG, N-Quads or JSON-LD."""
    try:
        data = api.export(_store(ctx), fmt)
        if output is None:
            sys.stdout.buffer.write(data)
        else:
            output.write_bytes(data)
            click.echo(f"wrote {output}", err=True)
    except (StoreError, OSError) as exc:
        _fail(str(exc))


@main.command()
@click.pass_context
def validate(ctx: click.Context) -> None:
    """Check each graph in the store against cskg's SHACL shapes; exit 1 if anything does not conform."""
    try:
        results = api.validate(_store(ctx))
    except StoreError as exc:
        _fail(str(exc))
    failures = 0
    for graph, result in results:
        for violation in result.violations:
            click.echo(f"{violation.severity}: in {graph}: {violation.focus_node} {violation.path}: {violation.message}")
        failures += sum(v.severity == "Violation" for v in result.violations)
    if failures:
        _fail(f"{failures} violation(s) in {sum(not r.conforms for _, r in results)} graph(s)")
    click.echo(f"all {len(results)} graph(s) conform to the cskg shapes")


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """How many councils, bodies, facts and triples the store holds."""
    try:
        table = api.stats(_store(ctx))
    except StoreError as exc:
        _fail(str(exc))
    click.echo(format_table(table, fmt), nl=False)


if __name__ == "__main__":
    main()
