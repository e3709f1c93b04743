"""Each catalog query on its small input graphs gives the expected rows, and the same rows as its naive form."""

import io

import pytest

from kg.catalog import Catalog
from kg.query import run_query
from tests.query_cases import (CASES, MemoryStore, all_cases, display_rows, exact_rows, graph_of, is_ordered,
                               naive_query, read_expected_csv)

CATALOG = Catalog()


def _run(store, query, params, fmt) -> bytes:
    out = io.BytesIO()
    run_query(store, query, params, fmt, out)
    return out.getvalue()


def test_every_catalog_query_has_cases_and_a_naive_form():
    names = CATALOG.names()
    assert len(names) >= 16
    cases = all_cases()
    # Guard against an empty glob: a case folder for every query, so at least as many cases as queries.
    assert len(cases) >= len(names)
    assert sorted({case.query for case in cases}) == names
    assert sorted(p.parent.name for p in CASES.glob("*/naive.rq")) == names


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.id)
def test_catalog_query_gives_the_expected_result(case):
    query = CATALOG.find(case.query)
    store = MemoryStore(case.input)
    if case.expected.suffix == ".ttl":
        got = graph_of(_run(store, query, case.params(), "ntriples"))
        assert got == graph_of(case.expected.read_bytes())
        return
    got = display_rows(_run(store, query, case.params(), "tsv"))
    expected = read_expected_csv(case.expected)
    assert got[0] == expected[0], "columns"
    if is_ordered(query.text):
        assert got[1:] == expected[1:]
    else:
        assert sorted(got[1:]) == sorted(expected[1:])
    assert len(expected) > 1 or case.name.startswith("empty"), "a case expecting no rows must be named empty-…"


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.id)
def test_catalog_query_matches_its_naive_form(case):
    query = CATALOG.find(case.query)
    store = MemoryStore(case.input)
    params = case.params()
    if case.expected.suffix == ".ttl":
        fast, naive = (graph_of(_run(store, q, params, "ntriples")) for q in (query, naive_query(case.query)))
        assert fast == naive
        return
    fast = exact_rows(_run(store, query, params, "tsv"))
    naive = exact_rows(_run(store, naive_query(case.query), params, "tsv"))
    assert fast == naive
