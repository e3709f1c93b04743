"""`kg query` and `kg queries` through CliRunner and a real pipe: exit codes, the one-line errors, the effect."""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.catalog import Catalog
from kg.cli import cli
from kg.store import EmbeddedStore

CASE = Path(__file__).resolve().parent / "queries" / "partners_of_actor" / "kazakhstan"
KG = [sys.executable, "-m", "kg"]


def run(*args, store=None, input=None):
    runner = CliRunner()
    argv = (["--store", str(store)] if store else []) + [str(a) for a in args]
    return runner.invoke(cli, argv, obj={}, input=input, catch_exceptions=False)


def _store_from(trig: Path, location: Path) -> Path:
    store = EmbeddedStore(location)
    store.raw.load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.close()
    return location


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    return _store_from(CASE / "input.trig", tmp_path_factory.mktemp("small") / "store")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    """3,000 triples in three graphs: a cross join of two patterns gives nine million rows, of three far more."""
    location = tmp_path_factory.mktemp("big") / "store"
    store = EmbeddedStore(location)
    for g in range(3):
        graph = ox.NamedNode(f"https://w3id.org/ecr/resource/doc/synthetic-{g}")
        store.replace_graph(graph, [ox.Quad(ox.NamedNode(f"urn:s:{g}:{i}"), ox.NamedNode("urn:p"), ox.Literal(i), graph)
                                    for i in range(1000)])
    store.close()
    return location


def test_query_by_name_prints_a_table(small_store):
    result = run("query", "partners_of_actor", store=small_store)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["partner", "partner_label", "events", "agreements", "first_year", "last_year"]
    assert lines[2].split() == ["ecrr:actor/kg", "Kyrgyz", "Republic", "2", "1", "2019", "2021"]


def test_query_with_params_and_csv(small_store):
    result = run("query", "partners_of_actor", "-p", "actor=KG", "--param", "lang=ru", "--format", "csv",
                 "--limit", "1", store=small_store)
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [["partner", "partner_label", "events", "agreements", "first_year", "last_year"],
                    ["https://w3id.org/ecr/resource/actor/kz", "Республика Казахстан", "2", "1", "2019", "2021"]]


def test_query_from_a_file_and_from_stdin(small_store, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { ?e ecr:participant ecrr:actor\\/kz }\n")
    assert run("query", path, "--format", "csv", store=small_store).stdout.splitlines() == ["events", "3"]
    piped = run("query", "-", "--format", "tsv", store=small_store,
                input="ASK { ?e ecr:participant <https://w3id.org/ecr/resource/actor/uz> }")
    assert piped.exit_code == 0 and piped.stdout.strip() == "true"


def test_construct_as_turtle(small_store):
    result = run("query", "event_card", "--param", "event=ecrr:event/forum-2019", store=small_store)
    assert result.exit_code == 0
    triples = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.TURTLE))
    assert len(triples) == 9  # date, three participants, five labels


def test_an_allowed_update(tmp_path):
    store = _store_from(CASE / "input.trig", tmp_path / "store")
    update = "INSERT DATA { GRAPH <urn:notes> { ecrr:actor\\/kz rdfs:comment $note } }"
    assert run("query", "-", "--allow-update", "-p", "note=checked", store=store, input=update).exit_code == 0
    result = run("query", "-", "--format", "csv", store=store,
                 input="SELECT ?c WHERE { ecrr:actor\\/kz rdfs:comment ?c }")
    assert result.stdout.splitlines() == ["c", "checked"]


@pytest.mark.parametrize("args, stdin, message, code", [
    (["query", "nope"], None,
     "Error: no query 'nope' in the catalog and no such file. List the catalog with `kg queries`, or give the path "
     "of an .rq file", 1),
    (["query", "who_met_whom_at_event"], None,
     "Error: missing parameter 'event' for who_met_whom_at_event. Pass --param event=VALUE (the event, such as a "
     "forum: its IRI or ecrr:event/…)", 1),
    (["query", "partners_of_actor", "--param", "actr=KZ"], None,
     "Error: unknown parameter 'actr' for partners_of_actor. Its parameters: actor, lang", 1),
    (["query", "partners_of_actor", "--param", "actor"], None, "Error: --param takes name=value, not 'actor'", 2),
    (["query", "partners_of_actor", "--param", "min_events=many"], None,
     "Error: unknown parameter 'min_events' for partners_of_actor. Its parameters: actor, lang", 1),
    (["query", "co_participation_pairs", "--param", "min_events=many"], None,
     "Error: parameter 'min_events' expects an integer, got 'many'", 1),
    (["query", "-"], "DELETE WHERE { ?s ?p ?o }",
     "Error: the query would change the store (DELETE); queries are read-only. Pass --allow-update if you mean to "
     "change it", 1),
    (["query", "-"], "LOAD <https://example.org/data.ttl> INTO GRAPH <urn:g>",
     "Error: the query would change the store (LOAD); queries are read-only. Pass --allow-update if you mean to "
     "change it", 1),
    (["query", "-"], "SELECT * WHERE { SERVICE <https://dbpedia.org/sparql> { ?s ?p ?o } }",
     "Error: the query calls another endpoint (SERVICE <https://dbpedia.org/sparql>). Pass --allow-service to let it",
     1),
    (["query", "-"], "SELECT ?x WHERE {\n  ?x ex:participant ?y .\n}",
     "Error: <stdin>: syntax error at line 2, column 20: a prefix that is not declared (add a PREFIX line)", 1),
    (["query", "event_card", "-p", "event=ecrr:event/x", "--format", "csv"], None,
     "Error: a CONSTRUCT or DESCRIBE query returns a graph, not csv. Use --format turtle, jsonld, ntriples", 1),
])
def test_errors_are_one_line_and_write_nothing(small_store, args, stdin, message, code):
    result = run(*args, store=small_store, input=stdin)
    assert result.exit_code == code
    assert result.stderr.strip() == message
    assert result.stdout == ""


def test_a_malformed_file_names_its_line_and_column(small_store, tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: broken\nSELECT ?x WHERE {\n  ?x ecr:participant ?y .\n} LIMIT many\n")
    result = run("query", path, store=small_store)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: syntax error at line 4, column 9: expected one of ")
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_a_query_past_its_timeout_stops_and_writes_nothing(big_store):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"
    result = run("query", "-", "--timeout", "0.5", store=big_store, input=slow)
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: <stdin>: the query ran past its timeout of 0.5 s and was stopped. " \
                                    "Narrow it down, add --limit, or give a longer --timeout"
    assert result.stdout == ""
    assert not _workers(), "the worker process was left running"


def test_a_query_within_its_timeout(small_store):
    result = run("query", "partners_of_actor", "--timeout", "60", "--format", "csv", store=small_store)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("https://w3id.org/ecr/resource/actor/kg,Kyrgyz Republic,2,1")


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_a_million_rows_stream_through_a_pipe(big_store, fmt):
    # Nine million rows: the command writes them as they come, so the first lines arrive while it still runs
    # (a full pipe holds it back), however little memory the machine has.
    query = "SELECT ?a ?b WHERE { GRAPH <https://w3id.org/ecr/resource/doc/synthetic-0> { ?a ?p ?x } " \
            "GRAPH <https://w3id.org/ecr/resource/doc/synthetic-1> { ?b ?q ?y } }"
    process = subprocess.Popen([*KG, "--store", str(big_store), "query", "-", "--format", fmt],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        process.stdin.write(query.encode())
        process.stdin.close()
        lines = [process.stdout.readline() for _ in range(20000)]
        assert lines[0].split() == ([b"a,b"] if fmt == "csv" else [b"a", b"b"])
        assert all(line.startswith(b"urn:s:0:") for line in lines[2:])
        assert process.poll() is None, "all the rows were computed before the first was written"
        assert _rss_mib(process.pid) < 200  # about 60 MiB here; nine million rows held would take gigabytes
    finally:
        process.kill()
        process.wait()


def _workers() -> list[int]:
    """Query worker processes started by this one and still running."""
    me = str(os.getpid())
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if fields[1] == me and fields[0] != "Z" and b"kg.query_worker" in command:
            found.append(int(stat.parent.name))
    return found


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_queries_lists_the_catalog():
    result = run("queries")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == Catalog().names()
    assert "partners_of_actor  " in result.stdout and "[actor=ecrr:actor/kz lang=en]" in result.stdout
    one = run("queries", "who_met_whom_at_event")
    assert one.stdout.splitlines()[0] == "who_met_whom_at_event: Who met whom at an event"
    assert "  --param event=…  (iri, required) the event, such as a forum: its IRI or ecrr:event/…" in one.stdout
