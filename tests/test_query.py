"""run_query: parameters bound as terms, read-only by default, standard result formats, errors in one line."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kg.catalog import from_text, load_query
from kg.errors import QueryError
from kg.query import run_query, to_term
from tests.query_cases import MemoryStore

XSD = "http://www.w3.org/2001/XMLSchema#"
ACTOR = "https://w3id.org/ecr/resource/actor/"

DATA = """
@prefix ecr: <https://w3id.org/ecr/ontology#> .
@prefix actor: <https://w3id.org/ecr/resource/actor/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/ecr/resource/doc/a> {
  <https://w3id.org/ecr/resource/event/e1> ecr:participant actor:kz , actor:kg .
  actor:kz rdfs:label "Republic of Kazakhstan"@en , "Республика Казахстан"@ru .
  actor:odd rdfs:label "He said \\"hi\\" <b> } ; DROP ALL ; #" .
}
"""

LABELS = """# title: Label lookup
# param: name (string) — the label
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actor WHERE { ?actor rdfs:label $name }"""


@pytest.fixture
def store():
    return MemoryStore(DATA)


def run(store, query, params=None, fmt="csv", **kw) -> bytes:
    out = io.BytesIO()
    run_query(store, query, params or {}, fmt, out, **kw)
    return out.getvalue()


@pytest.mark.parametrize("value, kind, term", [
    ("ecrr:actor/kz", "iri", f"<{ACTOR}kz>"),
    ("<https://example.org/x>", "iri", "<https://example.org/x>"),
    ("https://w3id.org/ecr/resource/actor/kg", "iri", f"<{ACTOR}kg>"),
    ("MCHS-KZ", "iri", f"<{ACTOR}mchs-kz>"),
    ("ecr:participant", "iri", "<https://w3id.org/ecr/ontology#participant>"),
    ("en", "lang", '"en"'),
    ('"ru"', "lang", '"ru"'),
    ("2024", "year", f'"2024"^^<{XSD}integer>'),
    ("-3", "integer", f'"-3"^^<{XSD}integer>'),
    ("0.75", "decimal", f'"0.75"^^<{XSD}decimal>'),
    ("2024-05-01", "date", f'"2024-05-01"^^<{XSD}date>'),
    ("Бостери", "string", '"Бостери"'),
    ('"Бостери"@ru', "string", '"Бостери"@ru'),
    ('He said "hi" <b>', "string", '"He said \\"hi\\" <b>"'),
    ('x" } ; DROP ALL ; #', "string", '"x\\" } ; DROP ALL ; #"'),
    ("Бостери", "term", '"Бостери"'),
    ("42", "term", f'"42"^^<{XSD}integer>'),
    ("2024-05-01", "term", f'"2024-05-01"^^<{XSD}date>'),
    ('"2024"^^xsd:gYear', "term", f'"2024"^^<{XSD}gYear>'),
    ("ecrr:place/bosteri", "term", "<https://w3id.org/ecr/resource/place/bosteri>"),
    ('"a" . <urn:s> <urn:p> "b"', "term", '"\\"a\\" . <urn:s> <urn:p> \\"b\\""'),
])
def test_values_become_rdf_terms(value, kind, term):
    assert str(to_term(value, kind)) == term


@pytest.mark.parametrize("value, kind, message", [
    ("abc", "integer", "parameter 'value' expects an integer, got 'abc'"),
    ("24", "year", "parameter 'value' expects a year, got '24'"),
    ("en US", "lang", "parameter 'value' expects a language tag such as en or ru, got 'en US'"),
    ("2024-13-01", "date", "parameter 'value': '2024-13-01' is not a valid date (month must be in 1..12)"),
    ("ecrr:actor/kz> } ; DROP ALL ; <x", "iri", "parameter 'value' expects an IRI (<https://…>, ecrr:actor/kz or an "
     "actor key such as MCHS-KZ), got 'ecrr:actor/kz> } ; DROP ALL ; <x'"),
    ("<http://a> <http://b>", "iri", "parameter 'value': '<http://a> <http://b>' is not a valid iri (Invalid IRI "
                                     "code point '>')"),
])
def test_bad_values_are_refused(value, kind, message):
    with pytest.raises(QueryError) as caught:
        to_term(value, kind)
    assert str(caught.value).startswith(message)


def test_a_value_with_quotes_and_brackets_is_bound_as_one_literal(store):
    before = len(store.raw)
    assert run(store, LABELS, {"name": 'x" } ?actor ?p ?o { "'}).splitlines() == [b"actor"]
    exact = run(store, LABELS, {"name": 'He said "hi" <b> } ; DROP ALL ; #'})
    assert exact.splitlines() == [b"actor", f"{ACTOR}odd".encode()]
    assert len(store.raw) == before


def test_parameters_with_defaults_and_keys(store):
    query = from_text("# param: actor (iri, default ecrr:actor/kg)\n# param: lang (lang, default en)\n"
                      "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                      "SELECT ?label WHERE { $actor rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), $lang)) }")
    assert run(store, query, {"actor": "KZ"}).decode().splitlines() == ["label", "Republic of Kazakhstan"]
    assert run(store, query, {"actor": "KZ", "lang": "ru"}).decode().splitlines() == ["label", "Республика Казахстан"]
    assert run(store, query).decode().splitlines() == ["label"]


@pytest.mark.parametrize("params, message", [
    ({}, "missing parameter 'name' for query. Pass --param name=VALUE (the label)"),
    ({"name": "x", "nmae": "y"}, "unknown parameter 'nmae' for query. Its parameters: name"),
])
def test_unknown_or_missing_parameter(store, params, message):
    with pytest.raises(QueryError) as caught:
        run(store, LABELS, params)
    assert str(caught.value) == message


@pytest.mark.parametrize("text, message", [
    ("PREFIX ecr: <https://w3id.org/ecr/ontology#>\nINSERT DATA { <urn:a> ecr:p <urn:b> }",
     "the query would change the store (INSERT); queries are read-only. Pass --allow-update if you mean to change it"),
    ("LOAD <https://example.org/data.ttl>",
     "the query would change the store (LOAD); queries are read-only. Pass --allow-update if you mean to change it"),
    ("SELECT * WHERE { ?s ?p ?o } ;\nDELETE WHERE { ?s ?p ?o }",
     "the query would change the store (DELETE); queries are read-only. Pass --allow-update if you mean to change it"),
    ("SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
     "the query calls another endpoint (SERVICE <https://query.wikidata.org/sparql>). Pass --allow-service to let it"),
])
def test_updates_and_service_calls_are_refused(store, text, message):
    before = len(store.raw)
    with pytest.raises(QueryError) as caught:
        run(store, text)
    assert str(caught.value) == message
    assert len(store.raw) == before


def test_an_allowed_update_changes_the_store(store):
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> $value } }"
    run(store, update, {"value": '"x" } ; DROP ALL ; #'}, allow_update=True)
    rows = list(csv.reader(io.StringIO(run(store, "SELECT ?o WHERE { <urn:a> <urn:p> ?o }").decode())))
    assert rows == [["o"], ['"x" } ; DROP ALL ; #']]
    assert run(store, "ASK { ?e <https://w3id.org/ecr/ontology#participant> ?a }", fmt="csv") == b"true\n"


def test_syntax_error_names_line_and_column_of_the_users_text(store, tmp_path):
    # The tool adds PREFIX lines and replaces $actor with a longer IRI: the position is still the file's.
    path = tmp_path / "bad.rq"
    path.write_text('# param: actor (iri, default ecrr:actor/kz)\nSELECT ?x WHERE {\n'
                    '  $actor ecr:participant "no closing quote .\n}\n', encoding="utf-8")
    with pytest.raises(QueryError) as caught:
        run(store, load_query(path))
    column = len('  $actor ecr:participant "no closing quote .') + 1
    assert str(caught.value).startswith(f"{path}: syntax error at line 3, column {column}: expected one of")
    assert "\n" not in str(caught.value)


def test_syntax_error_for_an_undeclared_prefix(store):
    with pytest.raises(QueryError) as caught:
        run(store, "SELECT ?x WHERE {\n  ?a ex:participant ?x .\n}\n")
    assert str(caught.value) == "<query>: syntax error at line 2, column 20: a prefix that is not declared " \
                                "(add a PREFIX line)"


def test_limit_overrides_the_querys_limit(store):
    text = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 1"
    assert len(run(store, text).splitlines()) == 2
    assert len(run(store, text, limit=3).splitlines()) == 4
    assert len(run(store, "SELECT ?o WHERE { ?s ?p ?o }", limit=0).splitlines()) == 1


SELECT = "SELECT ?actor ?label WHERE { ?actor <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"


def test_json_and_xml_are_the_w3c_result_formats(store):
    data = json.loads(run(store, SELECT, fmt="json"))
    assert data["head"]["vars"] == ["actor", "label"]
    first = data["results"]["bindings"][1]
    assert first["actor"] == {"type": "uri", "value": f"{ACTOR}kz"}
    assert first["label"] == {"type": "literal", "value": "Republic of Kazakhstan", "xml:lang": "en"}
    root = ET.fromstring(run(store, SELECT, fmt="xml"))
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["actor", "label"]
    assert len(root.findall("r:results/r:result", ns)) == 3
    assert json.loads(run(store, "ASK { ?s ?p ?o }", fmt="json")) == {"head": {}, "boolean": True}


def test_csv_and_tsv(store):
    rows = list(csv.reader(io.StringIO(run(store, SELECT, fmt="csv").decode())))
    assert rows[0] == ["actor", "label"] and rows[2] == [f"{ACTOR}kz", "Republic of Kazakhstan"]
    tsv = run(store, SELECT, fmt="tsv").decode().splitlines()
    assert tsv[0] == "?actor\t?label" and tsv[2] == f'<{ACTOR}kz>\t"Republic of Kazakhstan"@en'


def test_graph_formats(store):
    construct = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
                "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a rdfs:label ?l FILTER(LANG(?l) = 'en') }"
    turtle = run(store, construct, fmt="turtle")
    assert turtle.startswith(b"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == 1
    assert json.loads(run(store, construct, fmt="jsonld"))[0]["@id"] == f"{ACTOR}kz"
    assert run(store, construct, fmt="ntriples").decode().strip() == \
        f'<{ACTOR}kz> <http://www.w3.org/2000/01/rdf-schema#label> "Republic of Kazakhstan"@en .'


def test_table_format_shortens_iris_and_aligns(store):
    lines = run(store, SELECT, fmt="table").decode().splitlines()
    assert lines[0].split() == ["actor", "label"]
    assert lines[3].split(None, 1) == ["ecrr:actor/kz", "Republic of Kazakhstan"]
    assert len({line.index(line.split()[1]) for line in lines[2:]}) == 1


@pytest.mark.parametrize("text, fmt, message", [
    ("CONSTRUCT WHERE { ?s ?p ?o }", "csv",
     "a CONSTRUCT or DESCRIBE query returns a graph, not csv. Use --format turtle, jsonld, ntriples"),
    ("SELECT * WHERE { ?s ?p ?o }", "turtle",
     "a SELECT or ASK query returns a table, not turtle. Use --format table, csv, tsv, json, xml"),
    ("SELECT * WHERE { ?s ?p ?o }", "yaml", "unknown format 'yaml'. Use one of table, csv, tsv, json, xml, turtle, "
                                            "jsonld, ntriples"),
])
def test_format_must_fit_the_query(store, text, fmt, message):
    with pytest.raises(QueryError) as caught:
        run(store, text, fmt=fmt)
    assert str(caught.value) == message


def test_own_queries_get_our_prefixes(store):
    assert run(store, "SELECT ?a WHERE { ?e ecr:participant ?a } ORDER BY ?a").decode().splitlines()[1:] == \
        [f"{ACTOR}kg", f"{ACTOR}kz"]


class _HangingStore:
    """A store that answers only when told to, like an endpoint that hangs."""

    location = "https://sparql.example.org/query"

    def __init__(self):
        self.release = __import__("threading").Event()

    def query(self, text, **kwargs):
        self.release.wait(60)
        return ox.Store().query("ASK {}")


def test_timeout_on_a_store_that_hangs():
    hanging = _HangingStore()
    out = io.BytesIO()
    try:
        with pytest.raises(QueryError) as caught:
            run_query(hanging, "ASK { ?s ?p ?o }", {}, "json", out, timeout=0.2)
    finally:
        hanging.release.set()
    assert str(caught.value) == "<query>: the query ran past its timeout of 0.2 s and was stopped. " \
                                "Narrow it down, add --limit, or give a longer --timeout"
    assert out.getvalue() == b""


def test_the_worker_process_reports_syntax_errors_and_results(tmp_path):
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    store.raw.load(DATA, format=ox.RdfFormat.TRIG)
    with pytest.raises(QueryError) as caught:
        run(store, "SELECT ?x WHERE {\n  ?a ex:participant ?x .\n}\n", timeout=30)
    assert str(caught.value) == "<query>: syntax error at line 2, column 20: a prefix that is not declared " \
                                "(add a PREFIX line)"
    # The worker opens the store read-only and sees what this process has just written.
    assert run(store, SELECT, fmt="table", timeout=30) == run(store, SELECT, fmt="table")
    assert json.loads(run(store, SELECT, fmt="json", timeout=30))["head"]["vars"] == ["actor", "label"]
    store.close()


def test_a_store_that_takes_a_timeout_gets_it():
    seen = {}

    class Endpoint:
        location = "https://sparql.example.org/query"

        def query(self, text, *, timeout=None):
            seen["timeout"] = timeout
            return ox.Store().query("ASK {}")

    assert run(Endpoint(), "ASK { ?s ?p ?o }", fmt="json", timeout=7.5) == b'{"head":{},"boolean":true}'
    assert seen == {"timeout": 7.5}
