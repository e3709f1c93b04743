"""A remote triple store: any SPARQL 1.1 Protocol + Graph Store HTTP Protocol endpoint behind the store interface.

Queries go through SPARQLWrapper and their results are parsed by pyoxigraph, so callers get the same
QuerySolutions, QueryBoolean and terms as from the embedded store. Every request has a timeout; connection errors
and 5xx answers are retried with exponential backoff a bounded number of times, 4xx answers never; each failure
becomes one RemoteError line. How a named graph is replaced in one transaction depends on the engine
(kg.remote_settings.PRESETS).
"""

from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.request
import uuid
from typing import Iterable, Iterator
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
from SPARQLWrapper import SPARQLWrapper
from SPARQLWrapper.Wrapper import ASK, CONSTRUCT, DESCRIBE, POST, SELECT

from kg.errors import QueryError, RemoteError, StoreError
from kg.remote_settings import PRESETS, RemoteSettings
from kg.store import replace_graph_update

RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_RESULT_FORMATS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                   "application/json": ox.QueryResultsFormat.JSON,
                   "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                   "application/xml": ox.QueryResultsFormat.XML,
                   "text/tab-separated-values": ox.QueryResultsFormat.TSV}
_GRAPH_FORMATS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
                  "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
                  "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/n-quads": ox.RdfFormat.N_QUADS}
_LOOPBACK = ("localhost", "127.0.0.1", "::1")
STAGING_PREFIX = "urn:x-yntymaq:staging:"


class _Sparql(SPARQLWrapper):
    """SPARQLWrapper sending through the store's own opener.

    SPARQLWrapper's digest support installs a process-wide urllib opener; ours keeps one store's credentials,
    timeout and retries to itself.
    """

    def __init__(self, endpoint: str, send, what: str):
        super().__init__(endpoint, updateEndpoint=endpoint)
        self.setMethod(POST)          # queries of any length; updates must be POSTed anyway
        self.setOnlyConneg(True)      # no format=/output= parameters: the Accept header says it
        self._send, self._what = send, what

    def _query(self):
        return self._send(self._createRequest(), self._what), self.returnFormat


class RemoteStore:
    """A SPARQL endpoint used like the embedded store: one named graph per document, replaced atomically."""

    def __init__(self, url: str | RemoteSettings, *, read_only: bool = False, config=None, **options):
        self.settings = url if isinstance(url, RemoteSettings) else RemoteSettings.resolve(url, config=config,
                                                                                          **options)
        self.location = self.settings.url
        self.read_only = read_only
        self._opener, self._digest = _build_opener(self.settings)
        self._primed: set[str] = set()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, engine={self.settings.engine!r})"

    # ---- reading ------------------------------------------------------------------------------------------
    def query(self, query: str, *, use_default_graph_as_union: bool = True, timeout: float | None = None,
              **unsupported):
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; results as pyoxigraph's (triples for a graph).

        Raises QueryError when the endpoint rejects the query, RemoteError when it fails or cannot be reached.
        """
        if unsupported:
            raise StoreError(f"a remote store does not take {', '.join(sorted(unsupported))}", where=self.location)
        endpoint = self.settings.query_url
        if use_default_graph_as_union and self.settings.union_param:
            endpoint += "?" + self.settings.union_param
        sparql = _Sparql(endpoint, lambda request, what: self._send(request, what, timeout=timeout),
                         "run the query")
        sparql.setQuery(query)
        if sparql.isSparqlUpdateRequest():
            raise QueryError("this is an update, not a query", hint="Send it with update()")
        graph = sparql.queryType in (CONSTRUCT, DESCRIBE)
        sparql.addCustomHttpHeader("Accept", GRAPH_ACCEPT if graph else RESULTS_ACCEPT)
        response = sparql.query().response
        try:
            _check_complete(response)
            kind = response.headers.get_content_type()
            if graph:
                return self._triples(response, _GRAPH_FORMATS.get(kind), kind)
            if kind not in _RESULT_FORMATS:
                raise RemoteError(f"the endpoint answered a query with {kind}, not SPARQL results",
                                  where=self.settings.query_url)
            results = ox.parse_query_results(response, format=_RESULT_FORMATS[kind])
            if isinstance(results, ox.QueryBoolean):
                response.close()  # read in full; rows are read as they are iterated
            return results
        except SyntaxError as exc:
            response.close()
            raise RemoteError(f"unreadable results from the endpoint: {exc}", where=self.settings.query_url) from None
        except BaseException:
            response.close()
            raise

    def select(self, query: str, **kwargs) -> Iterator[ox.QuerySolution]:
        """The rows of a SELECT query, read as they arrive."""
        results = self.query(query, **kwargs)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("select() takes a SELECT query")
        return self._rows(results)

    def graph_names(self) -> list[str]:
        """Our named graphs on the server: those under the graph prefix (the server may hold others' too)."""
        query = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
                 f"{ox.Literal(self.settings.graph_prefix)})) }}")
        return sorted(row["g"].value for row in self.select(query) if isinstance(row["g"], ox.NamedNode))

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """The quads of one graph, or of all our graphs one graph at a time."""
        if graph is None:
            return (quad for name in self.graph_names() for quad in self.quads(ox.NamedNode(name)))
        rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        return (ox.Quad(row["s"], row["p"], row["o"], graph) for row in rows)

    # ---- writing ------------------------------------------------------------------------------------------
    def update(self, update: str) -> None:
        """Send one SPARQL Update request. Raises QueryError when rejected, RemoteError when it fails."""
        self._writable()
        self._update(update, "update")

    def _update(self, update: str, what: str, *, idempotent: bool = True) -> None:
        sparql = _Sparql(self.settings.update_url,
                         lambda request, what: self._send(request, what, idempotent=idempotent), what)
        sparql.setQuery(update)
        sparql.query().response.close()

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace a named graph in one transaction: readers see the old graph or the new one, never a mix."""
        self._writable()
        quads = list(quads)
        what = f"write the graph {graph.value}"
        if not quads:
            self._update(f"DROP SILENT GRAPH {graph}", what)
        elif self.settings.write == "update":
            self._update(replace_graph_update(graph, quads), what)
        elif self.settings.write == "gsp":
            self._put(graph, quads)
        else:
            self._replace_staged(graph, quads)

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        self._writable()
        if not self.has_graph(graph):
            return False
        self._update(f"DROP SILENT GRAPH {graph}", f"drop the graph {graph.value}")
        return True

    def close(self) -> None:
        self._opener = self._digest = None

    def _replace_staged(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        # MOVE is not idempotent: sent twice, the second would move an empty graph over the new one. So it is
        # sent again only after the server answered with an error, never after a lost answer; then whether the
        # staging graph is still there tells what happened.
        # Virtuoso's PUT is not atomic (readers see the graph cleared, and a body that breaks off leaves it half
        # loaded), so it only ever fills a staging graph of our own.
        staging = ox.NamedNode(STAGING_PREFIX + uuid.uuid4().hex)
        what = f"write the graph {graph.value}"
        try:
            self._put(staging, quads, what)
        except RemoteError:
            self._drop_quietly(staging)
            raise
        try:
            self._update(f"MOVE SILENT GRAPH {staging} TO GRAPH {graph}", what, idempotent=False)
        except RemoteError:
            if not self.has_graph(staging):
                return  # the MOVE went through; only its answer was lost
            self._drop_quietly(staging)
            raise

    def _drop_quietly(self, graph: ox.NamedNode) -> None:
        try:
            self._update(f"DROP SILENT GRAPH {graph}", f"drop the graph {graph.value}")
        except RemoteError:
            pass  # the error that brought us here is the one to report

    def _put(self, graph: ox.NamedNode, quads: list[ox.Quad], what: str | None = None) -> None:
        body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                            format=ox.RdfFormat.N_TRIPLES)
        url = f"{self.settings.store_url}?{urlencode({'graph': graph.value})}"
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        self._send(request, what or f"write the graph {graph.value}").close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the remote store is open read-only", where=self.location)

    # ---- HTTP ---------------------------------------------------------------------------------------------
    def _send(self, request: urllib.request.Request, what: str, *, timeout: float | None = None,
              idempotent: bool = True):
        """The response to a request; retried on connection errors and 5xx, with the delay doubling each time."""
        settings = self.settings
        timeout = timeout or settings.timeout
        where = _without_query(request.full_url)
        attempts = settings.retries + 1
        for attempt in range(1, attempts + 1):
            last = attempt == attempts
            try:
                if self._digest and request.data and self._digest.challenge is None and where not in self._primed:
                    self._primed.add(where)  # an endpoint that asks no login (Virtuoso's /sparql) is asked once
                    self._get_challenge(request, where, timeout)
                return self._opener.open(request, timeout=timeout)
            except urllib.error.HTTPError as error:
                # 500 and 503 come from the server itself, which rolled the request back: safe to send again.
                # A gateway's 502 or 504 may hide a request that went through.
                if (error.code in (500, 503) or error.code >= 500 and idempotent) and not last:
                    error.close()
                    time.sleep(settings.backoff * 2 ** (attempt - 1))
                    continue
                raise self._http_error(error, where, what, attempt) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
                reason = getattr(error, "reason", error)
                if isinstance(reason, TimeoutError):
                    raise RemoteError(f"no answer within {timeout:g} s", where=where,
                                      hint="Give it longer with KG_TIMEOUT or timeout in the config file") from None
                refused = isinstance(reason, ConnectionRefusedError)
                if self._digest:
                    self._digest.challenge = None  # a stale nonce may have got the body cut off: ask anew
                    self._primed.discard(where)
                if (idempotent or refused) and not last:
                    time.sleep(settings.backoff * 2 ** (attempt - 1))
                    continue
                tries = f" ({attempt} attempts)" if attempt > 1 else ""
                raise RemoteError(f"cannot reach the endpoint: {_reason(reason)}{tries}", where=where,
                                  hint="Is the server running? Check the URL and port") from None
        raise AssertionError("unreachable")

    def _get_challenge(self, request: urllib.request.Request, where: str, timeout: float) -> None:
        """Log in with a HEAD request before sending a body: a digest server answers 401 to a request without
        credentials and closes the connection while a large body is still being sent (Virtuoso does)."""
        try:
            self._opener.open(urllib.request.Request(request.full_url, method="HEAD"), timeout=timeout).close()
        except urllib.error.HTTPError as error:
            if error.code == 401:
                raise self._http_error(error, where, "log in", 1) from None
            error.close()  # any other answer came after the login, which is all we wanted

    def _http_error(self, error: urllib.error.HTTPError, where: str, what: str, attempts: int) -> StoreError:
        code, detail = error.code, _first_line(error)
        if code == 401:
            user = self.settings.user
            message = f"the endpoint refused the credentials of user {user!r}" if user else \
                "the endpoint asks for credentials"
            return RemoteError(f"{message} (HTTP 401)", where=where,
                               hint="Check KG_USER and KG_PASSWORD, or user and password in the --config file")
        if code == 403:
            return RemoteError(f"the endpoint refused to {what} (HTTP 403){detail}", where=where,
                               hint="It may be read-only (kg serve without --writable), or the user may lack the right")
        if code == 404:
            others = ", ".join(e for e in PRESETS if e != self.settings.engine)
            return RemoteError(f"no endpoint to {what} here (HTTP 404)", where=where,
                               hint=f"Check the URL, or the engine (--engine {others}) and its paths")
        if code == 400 and what in ("run the query", "update"):  # the user's own SPARQL
            return QueryError(f"the endpoint rejected the {'query' if what != 'update' else 'update'} "
                              f"(HTTP 400){detail}", where=where)
        tries = f", {attempts} attempts" if attempts > 1 else ""
        return RemoteError(f"the endpoint failed to {what} (HTTP {code}{tries}){detail}", where=where)

    def _triples(self, response, fmt, kind: str) -> Iterator[ox.Triple]:
        if fmt is None:
            response.close()
            raise RemoteError(f"the endpoint answered with {kind}, not RDF", where=self.settings.query_url)
        with response:
            for quad in ox.parse(response, format=fmt):
                yield ox.Triple(quad.subject, quad.predicate, quad.object)

    def _rows(self, results: ox.QuerySolutions) -> Iterator[ox.QuerySolution]:
        try:
            yield from results
        except (SyntaxError, OSError) as exc:
            raise RemoteError(f"the results broke off: {exc}", where=self.settings.query_url) from None


class _Digest(urllib.request.HTTPDigestAuthHandler):
    """HTTP digest auth that answers the last challenge up front, as basic auth is sent up front: otherwise every
    request goes out twice, the first time without credentials."""

    challenge: dict | None = None

    def http_request(self, request):
        if self.challenge and not request.has_header(self.auth_header):
            authorization = self.get_authorization(request, self.challenge)
            if authorization:
                request.add_unredirected_header(self.auth_header, "Digest " + authorization)
        return request

    https_request = http_request

    def retry_http_digest_auth(self, request, auth):
        _, challenge = auth.split(" ", 1)
        self.challenge = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(challenge)))
        return super().retry_http_digest_auth(request, auth)


def _build_opener(settings: RemoteSettings) -> tuple[urllib.request.OpenerDirector, _Digest | None]:
    """An opener with the store's credentials, and its digest handler when it logs in by digest."""
    handlers: list[urllib.request.BaseHandler] = []
    digest = None
    if urlsplit(settings.url).hostname in _LOOPBACK:
        handlers.append(urllib.request.ProxyHandler({}))  # loopback never goes through a proxy
    if settings.user is not None:
        password = settings.password or ""
        if settings.auth == "digest":
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, settings.url, settings.user, password)
            handlers.append(digest := _Digest(manager))
        else:
            manager = urllib.request.HTTPPasswordMgrWithPriorAuth()
            manager.add_password(None, settings.url, settings.user, password, is_authenticated=True)
            handlers.append(urllib.request.HTTPBasicAuthHandler(manager))
    return urllib.request.build_opener(*handlers), digest


def _check_complete(response) -> None:
    """Virtuoso cuts results at ResultSetMaxRows and answers partly when out of time; a short answer is no answer."""
    where = _without_query(response.geturl())
    if response.headers.get("X-SPARQL-MaxRows"):
        raise RemoteError(f"the endpoint cut the result at {response.headers['X-SPARQL-MaxRows']} rows", where=where,
                          hint="Narrow the query, or raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini")
    if response.headers.get("X-SQL-State") == "S1TAT":
        raise RemoteError("the endpoint ran out of time and answered with part of the result", where=where,
                          hint="Narrow the query, or raise MaxQueryExecutionTime in virtuoso.ini")


def _first_line(error: urllib.error.HTTPError) -> str:
    """': ' and the first meaningful line of an error body, or ''."""
    try:
        body = error.read(4096).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - a body that cannot be read only loses the detail
        return ""
    finally:
        error.close()
    text = re.sub(r"<(script|style|title|head)\b.*?</\1>|<[^>]+>", " ", body, flags=re.S | re.I)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    line = next((line for line in lines if line), "")
    return f": {line[:200]}" if line else ""


def _reason(reason) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _without_query(url: str) -> str:
    return url.split("?", 1)[0]


__all__ = ["RemoteStore", "RemoteSettings"]
