"""The `kg` command: parse, call one library function, print, map KgError to an exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError, UsageError


class _Group(click.Group):
    """Turns library errors into one line on stderr and an exit code; --debug shows the traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as error:  # noqa: BLE001 - the last line of defence for users
            if (ctx.obj and ctx.obj.get("debug")) or "--debug" in sys.argv:
                raise
            click.echo(f"Error: unexpected {type(error).__name__}: {error} (run with --debug for details)", err=True)
            sys.exit(1)


def _example(text: str) -> str:
    return "\b\nExample:\n  " + text


@click.group(cls=_Group, epilog=_example("kg --store kgdata ingest kg/data/corpus && kg stats"))
@click.option("--store", "store", envvar="KG_STORE", default="kgdata", show_default=True,
              help="Folder of the embedded store, or the URL of a SPARQL endpoint. Env: KG_STORE.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def cli(ctx, store, debug, quiet):
    """Yntymaq: the knowledge graph of emergency-management cooperation in Central Asia."""
    ctx.ensure_object(dict)
    ctx.obj.update(store=store, debug=debug, quiet=quiet)


def _open(ctx, *, read_only: bool = False):
    from kg.graph import KnowledgeGraph

    return KnowledgeGraph.open(ctx.obj["store"], read_only=read_only, **ctx.obj.get("remote", {}))


def _progress(ctx, label: str):
    """A callback printing one line per document on stderr (silenced by --quiet)."""
    if ctx.obj["quiet"]:
        return None

    def show(result):
        mark = {"failed": "✗", "unchanged": "=", "skipped": "-"}.get(result.status, "+")
        line = f"{mark} {result.status:<9} {result.source}"
        if result.status == "failed":
            return  # failures are printed once, at the end
        click.echo(line, err=True)

    return show


def _print_failures(report) -> None:
    for failure in report.failures:
        click.echo(f"Error: {failure.message}", err=True)


@cli.command(epilog=_example("kg ingest kg/data/corpus/dev news.jsonl --jobs 2"))
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extract with this many processes.")
@click.pass_context
def ingest(ctx, paths, jobs):
    """Read .txt, .html and .jsonl files or folders into the graph (one named graph per document)."""
    with _open(ctx) as graph:
        report = graph.ingest(paths, jobs=jobs, progress=_progress(ctx, "ingest"))
        counts = {s: report.count(s) for s in ("added", "replaced", "unchanged", "skipped", "failed")}
        click.echo(", ".join(f"{n} {s}" for s, n in counts.items() if n) or "nothing to ingest")
        _print_failures(report)
    if not report.ok:
        sys.exit(1)


@cli.command(epilog=_example("kg remove ru-cholpon-ata-forum-2024-seed"))
@click.argument("document")
@click.pass_context
def remove(ctx, document):
    """Retract a document (its id, IRI or file name) and everything extracted from it."""
    with _open(ctx) as graph:
        if not graph.remove(document):
            raise KgError(f"no document {document!r} in the store", hint="List them with `kg stats --documents`")
        click.echo(f"removed {document}")


@cli.command(epilog=_example("kg export --format jsonld -o exports/kg.jsonld"))
@click.option("--format", "fmt", type=click.Choice(["turtle", "jsonld", "trig", "nquads"]), default="turtle",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.pass_context
def export(ctx, fmt, output):
    """Write the whole graph: Turtle/JSON-LD as one graph, TriG/N-Quads with the named graphs."""
    with _open(ctx, read_only=True) as graph:
        result = graph.export(fmt, output)
    if output is None:
        sys.stdout.buffer.write(result)
    else:
        click.echo(f"wrote {result}", err=True)


@cli.command(epilog=_example("kg validate"))
@click.pass_context
def validate(ctx):
    """Check the graph against the SHACL shapes; exit 1 when anything violates them."""
    with _open(ctx, read_only=True) as graph:
        report = graph.validate()
    for violation in report.violations:
        click.echo(str(violation))
    errors = len(report.violations) - len(report.warnings)
    click.echo(f"{'conforms' if report.conforms else 'does not conform'}: {errors} violations, "
               f"{len(report.warnings)} warnings", err=True)
    if not report.conforms:
        sys.exit(1)


@cli.command(epilog=_example("kg stats --json"))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--documents", is_flag=True, help="List the documents too.")
@click.pass_context
def stats(ctx, as_json, documents):
    """Counts by class: documents, triples, states, agencies, events by kind, agreements by kind."""
    with _open(ctx, read_only=True) as graph:
        counts = graph.stats()
        docs = graph.documents() if documents else []
    if as_json:
        click.echo(json.dumps({"counts": counts, **({"documents": docs} if documents else {})}, indent=2))
        return
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        click.echo(f"{key:<{width}}  {value:>8}")
    for doc in docs:
        click.echo(doc)


@cli.command(epilog=_example("kg explain MCHS-KZ   (or an IRI: kg explain ecrr:event/forum/2024-08-15/...)"))
@click.argument("node")
@click.pass_context
def explain(ctx, node):
    """Print the sentences, with their documents and offsets, that a node was read from."""
    with _open(ctx, read_only=True) as graph:
        rows = graph.explain(node)
        if not rows:
            raise KgError(f"no evidence for {node!r} in the store",
                          hint="Give a full IRI, an ecrr: name or an actor key such as MCHS-KZ")
    for row in rows:
        click.echo(f"{row.document} [{row.start}:{row.end}] {row.title or ''}".rstrip())
        click.echo(f"  {row.quote}")


@cli.command(epilog=_example("kg --store kgdata demo --out exports"))
@click.option("--out", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for kg.ttl, kg.jsonld and kg.trig.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64))
@click.pass_context
def demo(ctx, out, jobs):
    """Ingest the bundled sample corpus, validate it, export it, and print a summary."""
    from kg.graph import run_demo

    with _open(ctx) as graph:
        report, validation, written = run_demo(graph, out, jobs=jobs, progress=_progress(ctx, "demo"))
        summary = graph.summary()
    _print_failures(report)
    click.echo("  ".join(f"{k}: {v}" for k, v in summary.items()))
    click.echo(f"validation: {'conforms' if validation.conforms else 'does NOT conform'} "
               f"({len(validation.violations) - len(validation.warnings)} violations, "
               f"{len(validation.warnings)} warnings)")
    for path in written:
        click.echo(f"wrote {path}")
    if not report.ok or not validation.conforms:
        sys.exit(1)


@cli.command(name="eval", epilog=_example("kg eval --split test"))
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True)
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), help="Corpus folder (default: bundled).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List what was missed and what was wrong.")
@click.pass_context
def evaluate(ctx, split, corpus, as_json, show_errors):
    """Precision, recall and F1 of the extractor against the gold annotations, per split."""
    from kg.evaluate import evaluate_corpus, format_report

    from kg.evaluate import evaluate_identity
    from kg.extract.pipeline import Extractor

    extractor = Extractor()
    folder = Path(corpus) if corpus else None
    results = evaluate_corpus(folder, splits=("dev", "test") if split == "all" else (split,), extractor=extractor)
    identity = evaluate_identity(folder, extractor) if split == "all" else None
    if as_json:
        report = {name: r.as_dict() for name, r in results.items()}
        if identity is not None:
            report["same_event_across_documents"] = identity.as_dict()
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    click.echo(format_report(results, errors=show_errors))
    if identity is not None:
        click.echo(f"\nsame event across documents: {identity.one_node} of {identity.clusters} clusters are one node, "
                   f"{identity.false_merges} false merges")
        if show_errors:
            click.echo("\n".join(identity.errors))


def _register_plugins() -> None:
    # The SPARQL commands (query, queries, serve, push, pull) live in their own module.
    from kg.cli_sparql import register

    register(cli)


_register_plugins()


def main() -> None:
    import signal

    # `kg export | head` should end quietly, not with a broken-pipe error.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        cli(obj={})
    except UsageError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
