"""Query results written as they come: the W3C SPARQL result formats, RDF for graphs, and a plain text table.

pyoxigraph writes the standard formats itself, row by row, into the output; only the text table is ours.
Imports nothing but pyoxigraph and kg.errors, so that the query worker process starts quickly.
"""

from __future__ import annotations

from itertools import islice
from typing import IO, Iterable

import pyoxigraph as ox

from kg.errors import QueryError

SOLUTION_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
FORMATS = ("table", *SOLUTION_FORMATS, *GRAPH_FORMATS)

TABLE_SAMPLE = 200   # rows read ahead to size the columns of a text table
TABLE_WIDTH = 70     # widest column of a text table; longer values are cut with "…"


def check_format(fmt: str, returns_graph: bool) -> str:
    """The format to use for a query form; raises QueryError when they do not fit together."""
    if fmt is None:
        return "turtle" if returns_graph else "table"
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}", hint=f"Use one of {', '.join(FORMATS)}")
    if returns_graph and fmt not in GRAPH_FORMATS:
        raise QueryError(f"a CONSTRUCT or DESCRIBE query returns a graph, not {fmt}",
                         hint=f"Use --format {', '.join(GRAPH_FORMATS)}")
    if not returns_graph and fmt in GRAPH_FORMATS:
        raise QueryError(f"a SELECT or ASK query returns a table, not {fmt}",
                         hint=f"Use --format table, {', '.join(SOLUTION_FORMATS)}")
    return fmt


def write_results(results, out: IO[bytes], fmt: str, prefixes: dict[str, str] | None = None) -> None:
    """Write SELECT solutions, an ASK boolean or CONSTRUCT triples to a binary stream, without collecting them."""
    if isinstance(results, (bool, ox.QueryBoolean)):
        _write_boolean(results, out, fmt)
    elif hasattr(results, "variables"):
        if fmt == "table":
            write_table(results, [v.value for v in results.variables], out, prefixes or {})
        elif hasattr(results, "serialize"):
            results.serialize(out, SOLUTION_FORMATS[fmt])
        else:
            raise QueryError(f"these results cannot be written as {fmt}")
    else:
        ox.serialize(results, out, GRAPH_FORMATS[fmt], prefixes=_for_rdf(prefixes, fmt))


def _for_rdf(prefixes: dict[str, str] | None, fmt: str) -> dict[str, str] | None:
    return dict(prefixes) if prefixes and fmt == "turtle" else None


def _write_boolean(results, out: IO[bytes], fmt: str) -> None:
    value = bool(results)
    if fmt == "table":
        out.write(b"true\n" if value else b"false\n")
        return
    # pyoxigraph writes the W3C forms of a boolean result (JSON, XML; bare true/false for CSV and TSV); a plain
    # bool from another store is turned into one first.
    if not isinstance(results, ox.QueryBoolean):
        results = ox.Store().query("ASK {}" if value else "ASK { FILTER(false) }")
    results.serialize(out, SOLUTION_FORMATS[fmt])
    if fmt in ("csv", "tsv"):
        out.write(b"\n")


def show_term(term, prefixes: dict[str, str]) -> str:
    """A term as a person reads it: a prefixed name, a literal's text, _:id, or '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in prefixes.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _cell(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TABLE_WIDTH else text[:TABLE_WIDTH - 1] + "…"


def write_table(rows: Iterable, variables: list[str], out: IO[bytes], prefixes: dict[str, str]) -> None:
    """An aligned text table; the column widths come from the first rows, the rest stream through."""
    rows = iter(rows)
    cells = lambda row: [_cell(show_term(row[v], prefixes)) for v in variables]  # noqa: E731
    head = [cells(row) for row in islice(rows, TABLE_SAMPLE)]
    widths = [max([len(v)] + [len(r[i]) for r in head]) for i, v in enumerate(variables)]

    def line(values: list[str]) -> bytes:
        return ("  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip() + "\n").encode("utf-8")

    out.write(line(variables))
    out.write(line(["-" * w for w in widths]))
    for values in head:
        out.write(line(values))
    for row in rows:
        out.write(line(cells(row)))


__all__ = ["FORMATS", "SOLUTION_FORMATS", "GRAPH_FORMATS", "check_format", "write_results", "write_table",
           "show_term"]
