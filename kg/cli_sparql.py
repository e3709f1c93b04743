"""The SPARQL commands of `kg`: query, queries, serve, push, pull."""

import sys

import click

from kg.errors import UsageError


def register(group: click.Group) -> None:
    """Add the SPARQL commands to the `kg` group."""
    register_query_commands(group)


# ---- kg query, kg queries -------------------------------------------------------------------------------


def register_query_commands(group: click.Group) -> None:
    group.add_command(query)
    group.add_command(queries)


def _example(text: str) -> str:
    return "\b\nExample:\n  " + text


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param takes name=value, not {pair!r}")
        params[name.strip()] = value
    return params


@click.command(epilog=_example("kg query partners_of_actor --param actor=ecrr:actor/kg --format csv"))
@click.argument("name")
@click.option("--param", "-p", "pairs", multiple=True, metavar="NAME=VALUE",
              help="A query parameter: ecrr:…, <iri>, an actor key, \"text\", a number or a date. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "jsonld",
                                                     "ntriples"]),
              help="table (default), csv, tsv, json or xml for SELECT/ASK; turtle (default), jsonld or ntriples "
                   "for CONSTRUCT/DESCRIBE.")
@click.option("--limit", type=click.IntRange(min=0), help="Return at most this many rows (replaces the query's LIMIT).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the query after this long; nothing is written then.")
@click.option("--allow-update", is_flag=True, help="Let an update (INSERT, DELETE, LOAD …) change the store.")
@click.option("--allow-service", is_flag=True, help="Let SERVICE call other SPARQL endpoints.")
@click.pass_context
def query(ctx, name, pairs, fmt, limit, timeout, allow_update, allow_service):
    """Run a catalog query (by NAME), an .rq FILE, or '-' for SPARQL on stdin; results go to stdout."""
    from kg.catalog import Catalog
    from kg.query import run_query
    from kg.store import open_store

    params = _parse_params(pairs)
    chosen = Catalog().get(name, stdin=sys.stdin)
    store = open_store(ctx.obj["store"], read_only=not allow_update)
    try:
        run_query(store, chosen, params, fmt, sys.stdout.buffer, limit=limit, timeout=timeout,
                  allow_update=allow_update, allow_service=allow_service)
    finally:
        store.close()


@click.command(epilog=_example("kg queries   (or one in full: kg queries partners_of_actor)"))
@click.argument("name", required=False)
def queries(name):
    """List the query catalog: name, title and parameters; with a NAME, the question, parameters and example."""
    from kg.catalog import Catalog

    catalog = Catalog()
    if name:
        chosen = catalog.get(name)
        click.echo(f"{chosen.name}: {chosen.title}")
        if chosen.question:
            click.echo(f"  {chosen.question}")
        for param in chosen.params:
            default = f"default {param.default}" if param.default is not None else "required"
            click.echo(f"  --param {param.name}=…  ({param.type}, {default}) {param.meaning}".rstrip())
        for example in chosen.examples:
            click.echo(f"  example: {example}")
        return
    listed = catalog.queries()
    width = max((len(q.name) for q in listed), default=0)
    for entry in listed:
        params = " ".join(p.describe() for p in entry.params)
        click.echo(f"{entry.name:<{width}}  {entry.title}" + (f"  [{params}]" if params else ""))
