"""The SPARQL commands of `kg`: query, queries, serve, push, pull."""

import signal
import sys

import click

from kg.errors import KgError, UsageError
from kg.remote_settings import PRESETS


def register(group: click.Group) -> None:
    """Add the SPARQL commands to the `kg` group."""
    register_query_commands(group)
    register_remote_commands(group)


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
@click.argument("name", metavar="NAME|FILE|-")
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
    store = open_store(ctx.obj["store"], read_only=not allow_update, **remote_options(ctx))
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


# ---- kg serve, kg push, kg pull; the remote-store options -------------------------------------------------


def register_remote_commands(group: click.Group) -> None:
    # --config, --engine and --user say how to reach an http(s) --store; they are kept in ctx.obj["remote"],
    # which every command passes on when it opens a store.
    group.params += [
        click.Option(["--config"], type=click.Path(dir_okay=False), expose_value=False, callback=_remember,
                     help="TOML file with a [remote] section: url, engine, user, password_env, paths, timeout. "
                          "Env: KG_CONFIG."),
        click.Option(["--engine"], type=click.Choice(sorted(PRESETS)), expose_value=False, callback=_remember,
                     help="Endpoint layout of an http(s) --store: oxigraph (default), virtuoso or generic. "
                          "Env: KG_ENGINE."),
        click.Option(["--user"], expose_value=False, callback=_remember,
                     help="User for an http(s) --store; the password comes from KG_PASSWORD or the config file. "
                          "Env: KG_USER."),
    ]
    group.add_command(serve)
    group.add_command(push)
    group.add_command(pull)


def _remember(ctx: click.Context, param: click.Parameter, value) -> None:
    if value is not None:
        ctx.ensure_object(dict).setdefault("remote", {})[param.name] = value


def remote_options(ctx: click.Context) -> dict:
    """The remote-store settings given on the command line, for open_store()."""
    return dict((ctx.obj or {}).get("remote", {}))


@click.command(epilog=_example("kg --store kgdata serve --bind 127.0.0.1:7878   (then query http://127.0.0.1:7878/query)"))
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="Address to listen on; 0.0.0.0:PORT opens it to the network.")
@click.option("--writable", is_flag=True, help="Also accept SPARQL updates and Graph Store writes (no login!).")
@click.option("--timeout", type=click.FloatRange(min=1), metavar="SECONDS", help="Stop queries running longer.")
@click.pass_context
def serve(ctx, bind, writable, timeout):
    """Serve the store as a SPARQL 1.1 endpoint (oxigraph) for YASGUI, SPARQLWrapper, Protégé; Ctrl-C stops it."""
    from kg import server

    location = ctx.obj["store"]
    if location.startswith(("http://", "https://")):
        raise UsageError("kg serve serves a store folder; this --store is already an endpoint")
    if not server.is_loopback(bind):
        click.echo(f"Warning: listening on {bind}: anyone who can reach it can query the graph"
                   + (" and change it" if writable else ""), err=True)
    # Ctrl-C, or a `kill`, stops the server too, at any moment after it started; a shell that started us in the
    # background with Ctrl-C ignored still gets a server that stops on SIGTERM.
    signal.signal(signal.SIGTERM, _interrupt)
    process = server.serve(location, bind, writable, timeout=timeout)
    try:
        for name, url in server.endpoint_urls(bind, writable).items():
            label = {"query": "SPARQL query", "update": "SPARQL update", "store": "Graph Store"}[name]
            click.echo(f"{label + ':':<14} {url}")
        browser = server.endpoint_urls(bind)["query"].removesuffix("query")
        click.echo(f"{'read-only' if not writable else 'writable'} endpoint on {location}; YASGUI at {browser}; "
                   "Ctrl-C stops it", err=True)
        code = process.wait()
    except KeyboardInterrupt:
        server.stop(process)
        click.echo("stopped", err=True)
        return
    if code not in (0, -2, 130):  # -2/130: it got the Ctrl-C before we did
        raise KgError(f"the server stopped with exit code {code}", where=location)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@click.command(epilog=_example("kg --store kgdata --engine virtuoso --user dba push --to http://127.0.0.1:8890"))
@click.option("--to", "url", metavar="URL", help="The remote store. Default: KG_REMOTE, or url in the config file.")
@click.option("--delete", is_flag=True, help="Also drop the remote's graphs (under the graph prefix) not in the store.")
@click.pass_context
def push(ctx, url, delete):
    """Copy the store to a remote SPARQL store graph by graph; each graph is replaced in one transaction."""
    from kg.transfer import push as push_graphs

    _transfer(ctx, push_graphs, source=ctx.obj["store"], target=_remote_url(ctx, url, "--to"), verb="pushed",
              delete=delete)


@click.command(epilog=_example("kg --store kgdata pull --from http://127.0.0.1:7878"))
@click.option("--from", "url", metavar="URL", help="The remote store. Default: KG_REMOTE, or url in the config file.")
@click.option("--delete", is_flag=True, help="Also drop the store's graphs not on the remote.")
@click.pass_context
def pull(ctx, url, delete):
    """Copy a remote SPARQL store's graphs into the store; each graph is replaced in one transaction."""
    from kg.transfer import pull as pull_graphs

    _transfer(ctx, pull_graphs, source=_remote_url(ctx, url, "--from"), target=ctx.obj["store"], verb="pulled",
              delete=delete)


def _remote_url(ctx, url: str | None, option: str) -> str:
    from kg.remote_settings import default_remote

    url = url or default_remote(remote_options(ctx).get("config"))
    if not url:
        raise UsageError(f"say which remote store: {option} URL (or set KG_REMOTE, or url in the config file)")
    return url


def _transfer(ctx, copy, *, source: str, target: str, verb: str, delete: bool) -> None:
    from contextlib import closing

    from kg.store import open_store

    if source == target:
        raise UsageError(f"the source and the target are the same store: {source}")
    show = None
    if not ctx.obj["quiet"]:
        tty = sys.stderr.isatty()

        def show(done, total, name):
            # One line rewritten on a terminal; in a log, a line at each tenth.
            if tty:
                click.echo(f"\r{verb} {done}/{total} graphs", nl=done == total, err=True)
            elif done == total or done % max(1, total // 10) == 0:
                click.echo(f"{verb} {done}/{total} graphs", err=True)

    options = remote_options(ctx)
    with closing(open_store(source, read_only=True, **options)) as origin, \
            closing(open_store(target, **options)) as destination:
        report = copy(origin, destination, delete=delete, progress=show)
    deleted = f", deleted {report.deleted}" if report.deleted else ""
    click.echo(f"{verb} {report.graphs} graphs ({report.triples} triples{deleted}) "
               f"{'to' if verb == 'pushed' else 'from'} {target if verb == 'pushed' else source}")
