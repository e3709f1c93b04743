"""Run a catalog query or the user's own SPARQL: safe parameters, read-only by default, a timeout, streamed results.

The store is anything with a `query(text)` method returning pyoxigraph results (the embedded store, or a remote
one); results are written as they come, never collected. Parameters are `$name` variables, replaced by RDF terms
that pyoxigraph writes (and so escapes): a value can never become query text.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Mapping
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.catalog import CatalogQuery, from_text
from kg.errors import QueryError
from kg.querytext import Rewrite, Shape, read_shape, split_syntax_error, substitute
from kg.rdf import ECRR, PREFIXES, XSD
from kg.results import check_format, write_results

_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*")
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:(\S*)")
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class PreparedQuery:
    """A query ready to send: the rewritten text, what it is, and how to map errors back to the user's text."""

    query: CatalogQuery
    shape: Shape
    rewrite: Rewrite
    prefixes: dict[str, str]  # the query's own: the names graph results are written with

    def prefixes_for(self, fmt: str) -> dict[str, str]:
        """The query's prefixes for Turtle; ours and the query's to show IRIs short in a text table."""
        return {**PREFIXES, **self.prefixes} if fmt == "table" else dict(self.prefixes)

    @property
    def text(self) -> str:
        return self.rewrite.text


# ---- parameters ---------------------------------------------------------------------------------------


def to_term(value, kind: str = "term", prefixes: Mapping[str, str] | None = None, name: str = "value"):
    """An RDF term for a parameter value typed on the command line; raises QueryError if it does not fit.

    Accepts `<iri>`, `ecrr:actor/kz` (our prefixes and the query's), a full http(s) or urn IRI, an actor key
    such as `MCHS-KZ` where an IRI is expected, `"text"`, `"text"@en`, `"2024"^^xsd:gYear`, integers,
    decimals, dates (2024-05-01) and plain text.
    """
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if not isinstance(value, str):
        value = str(value)
    prefixes = {**PREFIXES, **(prefixes or {})}
    text = value.strip()
    try:
        if kind == "iri":
            return _iri(text, prefixes, name)
        if kind == "lang":
            text = text.strip('"')
            if not _LANG.fullmatch(text):
                raise QueryError(f"parameter {name!r} expects a language tag such as en or ru, got {value!r}")
            return ox.Literal(text)
        if kind in ("integer", "year"):
            if not _INTEGER.fullmatch(text) or (kind == "year" and not re.fullmatch(r"-?\d{4}", text)):
                raise QueryError(f"parameter {name!r} expects {'a year' if kind == 'year' else 'an integer'}, "
                                 f"got {value!r}")
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(XSD + "integer"))
        if kind == "decimal":
            if not (_DECIMAL.fullmatch(text) or _INTEGER.fullmatch(text)):
                raise QueryError(f"parameter {name!r} expects a decimal number, got {value!r}")
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))
        if kind == "date":
            if not _DATE.fullmatch(text):
                raise QueryError(f"parameter {name!r} expects a date such as 2024-05-01, got {value!r}")
            dt.date.fromisoformat(text)
            return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))
        if kind == "string":
            quoted = _quoted(text, prefixes)
            return quoted if quoted is not None else ox.Literal(value)
        return _guess(text, value, prefixes, name)
    except ValueError as exc:
        raise QueryError(f"parameter {name!r}: {value!r} is not a valid {kind} ({exc})") from None


def _iri(text: str, prefixes: Mapping[str, str], name: str) -> ox.NamedNode:
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    match = _PNAME.fullmatch(text)
    if match and (match.group(1) or "") in prefixes:
        return ox.NamedNode(prefixes[match.group(1) or ""] + match.group(2))
    if re.match(r"(?:https?|urn|file|mailto):", text):
        return ox.NamedNode(text)
    if _KEY.fullmatch(text):
        return ox.NamedNode(ECRR + "actor/" + text.lower())
    raise QueryError(f"parameter {name!r} expects an IRI (<https://…>, ecrr:actor/kz or an actor key such as "
                     f"MCHS-KZ), got {text!r}")


def _quoted(text: str, prefixes: Mapping[str, str]) -> ox.Literal | None:
    """A literal written in Turtle syntax ("x", "x"@en, "1"^^xsd:integer), read by pyoxigraph's parser."""
    if not (text.startswith(('"', "'")) and len(text) > 1):
        return None
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items())
    try:
        triples = list(ox.parse(f"{head}<urn:x:s> <urn:x:p> {text} .", format=ox.RdfFormat.TURTLE))
    except SyntaxError:
        return None
    if len(triples) != 1 or not isinstance(triples[0].object, ox.Literal) or triples[0].subject.value != "urn:x:s":
        return None
    return triples[0].object


def _guess(text: str, value: str, prefixes: Mapping[str, str], name: str):
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    quoted = _quoted(text, prefixes)
    if quoted is not None:
        return quoted
    if _INTEGER.fullmatch(text):
        return ox.Literal(str(int(text)), datatype=ox.NamedNode(XSD + "integer"))
    if _DECIMAL.fullmatch(text):
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))
    if _DATE.fullmatch(text):
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))
    if text in ("true", "false"):
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "boolean"))
    match = _PNAME.fullmatch(text)
    if (match and (match.group(1) or "") in prefixes) or re.match(r"(?:https?|urn):", text):
        return _iri(text, prefixes, name)
    return ox.Literal(value)


def bind_parameters(query: CatalogQuery, shape: Shape, given: Mapping[str, object] | None) -> dict[str, str]:
    """The SPARQL text of the term for each $parameter; raises QueryError on an unknown or missing one."""
    given = dict(given or {})
    declared = {p.name: p for p in query.params}
    known = list(dict.fromkeys([*declared, *shape.parameters]))
    for name in given:
        if name not in known:
            hint = f"Its parameters: {', '.join(known)}" if known else "It takes no parameters"
            raise QueryError(f"unknown parameter {name!r} for {query.name}", hint=hint)
    terms = {}
    for name in known:
        param = declared.get(name)
        value = given.get(name, param.default if param else None)
        if value is None:
            raise QueryError(f"missing parameter {name!r} for {query.name}",
                             hint=f"Pass --param {name}=VALUE" + (f" ({param.meaning})" if param and param.meaning
                                                                  else ""))
        term = to_term(value, param.type if param else "term", shape.prefixes, name)
        terms[name] = str(term)
    return terms


# ---- checks ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _host(iri: str) -> str | None:
    return urlsplit(iri.strip("<>")).hostname if iri.startswith("<") or "://" in iri else None


def check_request(shape: Shape, *, allow_update: bool = False, allow_service: bool = False,
                  own_host: str | None = None) -> None:
    """Refuse an update (INSERT, DELETE, LOAD, DROP …) or a SERVICE call to another host unless allowed."""
    if shape.is_update and not allow_update:
        words = ", ".join(dict.fromkeys(shape.update_words)) or "an update"
        raise QueryError(f"the query would change the store ({words}); queries are read-only",
                         hint="Pass --allow-update if you mean to change it")
    foreign = [s for s in shape.services if own_host is None or _host(s) != own_host]
    if foreign and not allow_service:
        raise QueryError(f"the query calls another endpoint (SERVICE {foreign[0]})",
                         hint="Pass --allow-service to let it")


def prepare_query(query: CatalogQuery | str, params: Mapping[str, object] | None = None, *,
                  limit: int | None = None, allow_update: bool = False, allow_service: bool = False,
                  own_host: str | None = None) -> PreparedQuery:
    """Read the request, check it is allowed, bind its parameters and set its LIMIT; raises QueryError."""
    if isinstance(query, str):
        query = from_text(query)
    given = tuple(sorted((params or {}).items(), key=lambda item: item[0]))
    try:
        return _prepare(query, given, limit, allow_update, allow_service, own_host)
    except TypeError:  # a value that cannot be hashed: prepare without the cache
        return _prepare.__wrapped__(query, given, limit, allow_update, allow_service, own_host)


@lru_cache(maxsize=512)
def _prepare(query: CatalogQuery, given: tuple, limit: int | None, allow_update: bool, allow_service: bool,
             own_host: str | None) -> PreparedQuery:
    # Cached: a query run again with the same values costs a dictionary lookup (errors are not cached).
    shape = read_shape(query.text)
    check_request(shape, allow_update=allow_update, allow_service=allow_service, own_host=own_host)
    if limit is not None and limit < 0:
        raise QueryError(f"the limit must be 0 or more, not {limit}")
    terms = bind_parameters(query, shape, dict(given))
    missing = [p for p in shape.used_prefixes if p not in shape.prefixes and p in PREFIXES]
    preamble = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing)
    use_limit = limit if limit is not None and shape.form in ("SELECT", "CONSTRUCT", "DESCRIBE") else None
    rewrite = substitute(query.text, terms, use_limit, preamble)
    return PreparedQuery(query, shape, rewrite, shape.prefixes)


def syntax_error(prepared: PreparedQuery, message: str) -> QueryError:
    """A one-line QueryError naming the line and column in the user's text."""
    parts = split_syntax_error(message)
    if parts is None:
        return QueryError(f"syntax error: {message}", where=prepared.query.where)
    line, column, reason = parts
    line, column = prepared.rewrite.original_position(line, column)
    reason = " ".join(reason.split())
    if "Prefix not found" in reason:
        reason = "a prefix that is not declared (add a PREFIX line)"
    elif len(reason) > 160:
        reason = reason[:159] + "…"
    return QueryError(f"syntax error at line {line}, column {column}: {reason}", where=prepared.query.where)


# ---- running ----------------------------------------------------------------------------------------------


def run_query(store, query: CatalogQuery | str, params: Mapping[str, object] | None = None, fmt: str | None = None,
              out: IO[bytes] | None = None, *, limit: int | None = None, timeout: float | None = None,
              allow_update: bool = False, allow_service: bool = False) -> str:
    """Run a query on a store and write its results to `out` (binary; stdout by default) as they come.

    Returns the format written. Raises QueryError for a malformed, refused or timed-out query or a bad parameter.
    With a timeout nothing is written unless the query finishes in time.
    """
    prepared = prepare_query(query, params, limit=limit, allow_update=allow_update, allow_service=allow_service,
                             own_host=_host(getattr(store, "location", "") or ""))
    out = out if out is not None else sys.stdout.buffer
    if prepared.shape.is_update:
        from kg.query_runner import run_update

        run_update(store, prepared)
        return "none"
    fmt = check_format(fmt, prepared.shape.returns_graph)
    if timeout is None:
        results = execute(store, prepared)
        write_results(results, out, fmt, prepared.prefixes_for(fmt))
    else:
        from kg.query_runner import run_with_timeout

        run_with_timeout(store, prepared, fmt, out, timeout)
    return fmt


def execute(store, prepared: PreparedQuery, **options):
    """The store's results for a prepared query; pyoxigraph's SyntaxError becomes a one-line QueryError."""
    try:
        return store.query(prepared.text, **options)
    except SyntaxError as exc:
        raise syntax_error(prepared, str(exc)) from None
    except OSError as exc:
        raise QueryError(f"the store failed to run the query: {exc}", where=prepared.query.where) from None


__all__ = ["run_query", "prepare_query", "PreparedQuery", "to_term", "bind_parameters", "check_request",
           "execute", "syntax_error"]
