"""Every catalog query gives the same answer on the embedded store, the oxigraph server and Virtuoso.

Each query runs through kg.query.run_query, as `kg query` runs it, with the parameters of its `# example:`
line, on the whole bundled corpus. Rows are compared as multisets: engines may break ORDER BY ties differently and
Virtuoso sorts strings by its own collation. On Virtuoso, and only there, two more normalizations apply; each one
is a documented difference of Virtuoso 7.2, not of our data:

1. an empty plain literal "" stands for an unbound value: where an aggregate runs over no values (the label of an
   actor with no rdfs:label, `SUBSTR(MIN(...), 2)`), SPARQL leaves the variable unbound and Virtuoso returns "";
2. "true"/"false"^^xsd:boolean stand for 1/0 as xsd:integer: Virtuoso has no boolean results and returns a
   projected comparison or BOUND() as an integer.
Numbers, dates, language tags and strings must match exactly (both engines keep decimals in canonical form).
"""

from __future__ import annotations

import io
import shlex
from collections import Counter

import pyoxigraph as ox
import pytest

from kg import paths
from kg.catalog import Catalog
from kg.query import prepare_query, run_query
from kg.rdf import XSD, doc_iri
from kg.store import EmbeddedStore
from kg.transfer import push

from .conftest import ENGINES

QUERY_FILES = sorted(paths.queries_dir().glob("*.rq"))
NAMES = [path.stem for path in QUERY_FILES]
BOOLEAN, INTEGER = ox.NamedNode(XSD + "boolean"), ox.NamedNode(XSD + "integer")

# Queries for which Virtuoso 7.2 returns wrong rows, not differently written ones, with the reason; they are strict
# expected failures on Virtuoso. None now. Known cause: with an outer GROUP BY on a variable bound by a sub-select
# and a label aggregated from an OPTIONAL, Virtuoso projects the grouping variable from another row (every partner
# came back as ecrr:actor/un); computing the label in an OPTIONAL sub-select grouped by that variable, with no
# outer GROUP BY, gives the same rows on both engines.
VIRTUOSO_WRONG: dict[str, str] = {}
# Queries for which Virtuoso 7.2 now and then drops a row that it returns on other runs over the same data (seen
# in some runs of the suite): expected to fail on Virtuoso, but not strictly. state_dyads joins two DISTINCT
# sub-selects that each union a state with the states of agencies (BIND inside UNION); a row with Azerbaijan goes
# missing in some runs. The embedded store and the oxigraph server are checked strictly.
VIRTUOSO_FLAKY: dict[str, str] = {
    "state_dyads": "drops a dyad now and then (two DISTINCT sub-selects with BIND inside UNION)",
    # seen once in the eighth session (one pair missing, the same data passing on the next run): two DISTINCT
    # sub-selects joined on ?event, as in state_dyads
    "co_participation_pairs": "drops a pair now and then (two DISTINCT sub-selects joined and counted)",
}


# Queries about one node get the seed's forum, found in the data: an IRI written in an example goes stale
# whenever the extractor names the event differently.
SEED_FORUM = "forum of the seed"
ABOUT_THE_FORUM = {
    "event_card": {"event": SEED_FORUM},
    "who_met_whom_at_event": {"event": SEED_FORUM},
    "documents_supporting_fact": {"fact": SEED_FORUM},
    "documents_stating_triple": {"subject": SEED_FORUM, "object": "ecrr:actor/kz"},
}


def seed_forum(store) -> str:
    (row,) = list(store.select(f"SELECT ?f WHERE {{ GRAPH {doc_iri('ru-cholpon-ata-forum-2024-seed')} "
                               "{ ?f a <https://w3id.org/ecr/ontology#Forum> } }"))
    return f"<{row['f'].value}>"


def example_params(name: str, forum: str) -> dict[str, str]:
    """The --param values of the query's `# example:` line, or of ABOUT_THE_FORUM; the defaults cover the rest."""
    query = Catalog().get(name)
    if name in ABOUT_THE_FORUM:
        return {key: forum if value == SEED_FORUM else value for key, value in ABOUT_THE_FORUM[name].items()}
    params = {}
    for example in query.examples:
        words = shlex.split(example)
        for flag, value in zip(words, words[1:]):
            if flag in ("--param", "-p"):
                key, _, text = value.partition("=")
                params[key] = text
    missing = [p.name for p in query.params if p.required and p.name not in params]
    assert not missing, f"{name}: its example gives no value for {missing}"
    return params


def answer(store, name: str, forum: str) -> Counter:
    """The query's rows (or triples) as a multiset of tuples of terms."""
    query, params, out = Catalog().get(name), example_params(name, forum), io.BytesIO()
    graph = prepare_query(query, params).shape.returns_graph
    fmt = run_query(store, query, params, "ntriples" if graph else "json", out)
    data = out.getvalue()
    if fmt == "ntriples":
        return Counter((t.subject, t.predicate, t.object) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    results = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    if isinstance(results, ox.QueryBoolean):
        return Counter([(bool(results),)])
    return Counter(tuple(row[v] for v in results.variables) for row in results)


def virtuoso_form(term):
    """A term as Virtuoso 7.2 gives it back (see the module docstring)."""
    if isinstance(term, ox.Literal) and term.datatype == BOOLEAN:
        return ox.Literal("1" if term.value == "true" else "0", datatype=INTEGER)
    if isinstance(term, ox.Literal) and term.value == "" and term.language is None \
            and term.datatype == ox.NamedNode(XSD + "string"):
        return None
    return term


def test_the_catalog_is_all_here():
    if not QUERY_FILES:
        pytest.skip("queries/ has no .rq files yet")
    assert Catalog().names() == NAMES
    assert len(NAMES) >= 15


@pytest.fixture(scope="module")
def forum(corpus_store) -> str:
    return seed_forum(EmbeddedStore(corpus_store, read_only=True))


@pytest.fixture(scope="module")
def expected(corpus_store, forum) -> dict[str, Counter]:
    store = EmbeddedStore(corpus_store, read_only=True)
    answers = {name: answer(store, name, forum) for name in NAMES}
    store.close()
    # Comparing empty answers would prove nothing.
    assert [name for name, rows in answers.items() if not rows] == []
    return answers


@pytest.fixture(scope="module", params=ENGINES)
def served(request, corpus_store):
    """Each server holding the corpus, pushed to it once for this module."""
    server = request.getfixturevalue(f"{request.param}_server")
    server.wipe()
    push(EmbeddedStore(corpus_store, read_only=True), server.store())
    return server


@pytest.mark.parametrize("name", NAMES or [pytest.param("", marks=pytest.mark.skip("queries/ has no .rq files"))])
def test_catalog_query_gives_the_same_rows_on_each_engine(name, served, expected, forum, request):
    if served.name == "virtuoso" and name in VIRTUOSO_WRONG:
        request.applymarker(pytest.mark.xfail(reason=f"Virtuoso 7.2 answers wrongly: {VIRTUOSO_WRONG[name]}",
                                              raises=AssertionError,
                                              strict=True))
    if served.name == "virtuoso" and name in VIRTUOSO_FLAKY:
        request.applymarker(pytest.mark.xfail(reason=f"Virtuoso 7.2 is not steady: {VIRTUOSO_FLAKY[name]}",
                                              raises=AssertionError, strict=False))
    got = answer(served.store(), name, forum)
    want = expected[name]
    if served.name == "virtuoso":
        got = Counter(tuple(map(virtuoso_form, row)) for row in got.elements())
        want = Counter(tuple(map(virtuoso_form, row)) for row in want.elements())
    assert got == want
