"""Every catalog file is documented as queries/README.md says, and the catalog is found by name, path or stdin."""

import io
import shlex

import pytest

from kg.catalog import PARAM_TYPES, Catalog, parse_header
from kg.errors import QueryError
from kg.query import prepare_query
from kg.querytext import read_shape

CATALOG = Catalog()
QUERIES = CATALOG.queries()


def test_the_catalog_has_the_questions_of_issue_5():
    assert len(QUERIES) >= 16
    assert {"partners_of_actor", "co_participation_pairs", "events_by_year_and_kind", "agreements_of_state",
            "who_met_whom_at_event", "actors_by_partners_per_year", "organizations_most_active_by_country",
            "timeline_of_actor", "officials_by_agency_and_post", "events_without_date_or_place",
            "documents_supporting_fact", "events_by_hazard_topic", "agreements_awaiting_ratification",
            "top_partners_of_organization", "events_in_country_by_year"} <= set(CATALOG.names())


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_each_query_is_documented(query):
    assert query.title and query.question.endswith("?")
    assert query.examples and all(e.startswith(f"kg query {query.name}") for e in query.examples)
    assert all(p.type in PARAM_TYPES and p.meaning for p in query.params)
    shape = read_shape(query.text)
    # The parameters it declares are the ones it uses, written $name.
    assert sorted(p.name for p in query.params) == sorted(shape.parameters)
    # Its own PREFIX lines: it runs as it is in any SPARQL client.
    assert set(shape.used_prefixes) <= set(shape.prefixes)
    assert not shape.is_update and not shape.services


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_each_example_names_known_parameters(query):
    for example in query.examples:
        words = shlex.split(example)
        params = dict(value.split("=", 1) for flag, value in zip(words, words[1:]) if flag in ("--param", "-p"))
        assert {p.name for p in query.params if p.required} <= set(params)
        prepare_query(query, params)  # the values fit their types


@pytest.mark.parametrize("line, message", [
    ("# param: actor (place, default x) — y", "<q>:1: unknown parameter type 'place'. Use one of iri, string, lang, "
                                                "integer, decimal, date, year, term"),
    ("# param: actor iri — y", "<q>:1: bad param line 'actor iri — y'. Write `# param: name (type, default value) "
                               "— meaning`"),
    ("# param: actor (iri, defaults x) — y", "<q>:1: bad param line 'actor (iri, defaults x) — y'. Write `(type, "
                                             "default value)`"),
])
def test_bad_header_lines(line, message):
    with pytest.raises(QueryError) as caught:
        parse_header(line + "\nSELECT * {}", "<q>")
    assert str(caught.value) == message


def test_header_with_continued_question_and_defaults():
    header = parse_header("# title: T\n# question: Who\n#   meets whom?\n"
                          "# param: n (integer, default 2) — at least\n# param: who (iri) — the actor\n"
                          "# example: kg query t -p who=KZ\nSELECT * {}")
    assert header["question"] == "Who meets whom?"
    assert [(p.name, p.type, p.default, p.required) for p in header["params"]] == \
        [("n", "integer", "2", False), ("who", "iri", None, True)]


def test_find_by_name_path_or_stdin(tmp_path):
    assert CATALOG.get("partners_of_actor").path.name == "partners_of_actor.rq"
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\nASK {}\n", encoding="utf-8")
    assert CATALOG.get(str(path)).title == "Mine"
    piped = CATALOG.get("-", stdin=io.StringIO("# title: Piped\nASK {}"))
    assert (piped.title, piped.where) == ("Piped", "<stdin>")
    assert CATALOG.find("no_such_query") is None
    with pytest.raises(QueryError):
        CATALOG.get("no_such_query")
