"""`kg serve`: the oxigraph server on a store folder, read-only unless told, stopped by Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg import KnowledgeGraph
from kg.errors import StoreError, UsageError
from kg.server import endpoint_urls, serve, stop

from .servers import free_port

KG = str(Path(sys.executable).with_name("kg"))
FORUMS_2024 = """
PREFIX ecr: <https://w3id.org/ecr/ontology#>
SELECT (COUNT(DISTINCT ?forum) AS ?n) WHERE { ?forum a ecr:Forum ; ecr:startDate ?d FILTER(YEAR(?d) = 2024) }
"""


def start_kg_serve(store: str, *options: str) -> tuple[subprocess.Popen, dict[str, str]]:
    """Run `kg serve` as a user would; the endpoint URLs it printed, by label."""
    bind = f"127.0.0.1:{free_port()}"
    # Ctrl-C as at a terminal, even when these tests were started in the background (where SIGINT is ignored)
    process = subprocess.Popen([KG, "--store", store, "serve", "--bind", bind, *options], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    urls = {}
    for _ in range(1 + 2 * ("--writable" in options)):
        line = process.stdout.readline()
        assert line, process.stderr.read()
        label, url = line.rsplit(None, 1)
        urls[label.rstrip(":")] = url
    return process, urls


def forums_2024(query_url: str) -> int:
    sparql = SPARQLWrapper(query_url)
    sparql.setQuery(FORUMS_2024)
    sparql.setReturnFormat(JSON)
    return int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"])


def test_kg_serve_answers_sparqlwrapper_refuses_updates_and_stops_on_ctrl_c(corpus_store):
    with KnowledgeGraph.open(corpus_store, read_only=True) as graph:
        expected = next(iter(graph.store.select(FORUMS_2024)))["n"].value
    process, urls = start_kg_serve(corpus_store)
    try:
        assert list(urls) == ["SPARQL query"] and urls["SPARQL query"].endswith("/query")
        assert forums_2024(urls["SPARQL query"]) == int(expected) > 0

        update = SPARQLWrapper(urls["SPARQL query"], updateEndpoint=urls["SPARQL query"].replace("/query", "/update"))
        update.setMethod(POST)
        update.setQuery("CLEAR ALL")
        with pytest.raises(Exception, match="403"):
            update.query()
        assert forums_2024(urls["SPARQL query"]) == int(expected)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert err.splitlines()[-1] == "stopped"


def test_kg_serve_writable_prints_the_update_and_graph_store_urls(tmp_path):
    process, urls = start_kg_serve(str(tmp_path / "new"), "--writable")
    try:
        base = urls["SPARQL query"].removesuffix("/query")
        assert urls == {"SPARQL query": f"{base}/query", "SPARQL update": f"{base}/update",
                        "Graph Store": f"{base}/store"}
        update = SPARQLWrapper(urls["SPARQL update"], updateEndpoint=urls["SPARQL update"])
        update.setMethod(POST)
        update.setQuery("INSERT DATA { GRAPH <https://w3id.org/ecr/resource/doc/x> { "
                        "<https://w3id.org/ecr/resource/event/x> a <https://w3id.org/ecr/ontology#Forum> ; "
                        "<https://w3id.org/ecr/ontology#startDate> '2024-01-02'^^<http://www.w3.org/2001/XMLSchema#date> } }")
        update.query()
        assert forums_2024(urls["SPARQL query"]) == 1  # the union default graph sees the named graph
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
    assert process.returncode == 0


def test_kg_serve_stops_its_server_on_sigterm(corpus_store):
    process, urls = start_kg_serve(corpus_store)
    assert forums_2024(urls["SPARQL query"]) > 0
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0 and err.rstrip().endswith("stopped")
    with pytest.raises(Exception):  # the oxigraph server went with it
        forums_2024(urls["SPARQL query"])


def test_serve_says_so_when_the_store_is_in_use(tmp_path):
    location = str(tmp_path / "store")
    with KnowledgeGraph.open(location):
        with pytest.raises(StoreError, match=r"the store is in use by another process \(is `kg serve` running\?\)"):
            serve(location, f"127.0.0.1:{free_port()}")


def test_serve_says_so_when_the_address_is_taken(corpus_store, tmp_path):
    bind = f"127.0.0.1:{free_port()}"
    first = serve(str(tmp_path / "other"), bind, writable=True)
    try:
        with pytest.raises(StoreError, match=f"^the address {bind} is already in use. Pick another port"):
            serve(corpus_store, bind)
    finally:
        stop(first)


def test_serve_needs_a_store_folder(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        serve(str(tmp_path / "nothing"), f"127.0.0.1:{free_port()}")
    with pytest.raises(UsageError, match="--bind takes HOST:PORT"):
        serve(str(tmp_path), "7878")


@pytest.mark.parametrize("bind, urls", [
    ("127.0.0.1:7878", {"query": "http://127.0.0.1:7878/query"}),
    ("0.0.0.0:80", {"query": "http://127.0.0.1:80/query"}),
    ("[::1]:7000", {"query": "http://[::1]:7000/query"}),
])
def test_endpoint_urls(bind, urls):
    assert endpoint_urls(bind) == urls
