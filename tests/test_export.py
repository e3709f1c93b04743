"""Exports: every format parses back, and store → Turtle → JSON-LD → back is the same graph."""

import json

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import ExportError

ECR = rdflib.Namespace("https://w3id.org/ecr/ontology#")


def union(kg) -> rdflib.Graph:
    flat = rdflib.Graph()
    for s, p, o, _ in rdflib.Dataset().parse(data=kg.export("nquads").decode("utf-8"), format="nquads").quads():
        flat.add((s, p, o))
    return flat


def test_round_trip_store_turtle_jsonld(seed_graph):
    turtle = rdflib.Graph().parse(data=seed_graph.export("turtle").decode("utf-8"), format="turtle")
    assert isomorphic(turtle, union(seed_graph))
    jsonld_text = turtle.serialize(format="json-ld", context=json.loads(
        seed_graph.export("jsonld").decode("utf-8"))["@context"], auto_compact=True)
    back = rdflib.Graph().parse(data=jsonld_text, format="json-ld")
    assert isomorphic(back, turtle)


def test_jsonld_export_reads_as_plain_json_and_parses_back(seed_graph):
    text = seed_graph.export("jsonld").decode("utf-8")
    document = json.loads(text)
    assert "@context" in document and "@graph" in document
    forum = next(n for n in document["@graph"] if n.get("type") == "Forum")
    assert forum["startDate"] == "2024-08-15"
    assert forum["location"] == "https://w3id.org/ecr/resource/place/cholpon-ata"
    graph = rdflib.Graph().parse(data=text, format="json-ld")
    assert isomorphic(graph, rdflib.Graph().parse(data=seed_graph.export("turtle").decode("utf-8"), format="turtle"))


def test_trig_keeps_the_named_graphs(seed_graph):
    dataset = rdflib.Dataset().parse(data=seed_graph.export("trig").decode("utf-8"), format="trig")
    names = {str(g.identifier) for g in dataset.graphs()}
    assert "https://w3id.org/ecr/resource/doc/ru-cholpon-ata-forum-2024-seed" in names
    assert "https://w3id.org/ecr/resource/graph/reference" in names
    assert "https://w3id.org/ecr/resource/graph/ontology" in names


def test_export_is_self_describing(seed_graph):
    graph = rdflib.Graph().parse(data=seed_graph.export("turtle").decode("utf-8"), format="turtle")
    assert (ECR.Forum, rdflib.RDFS.subClassOf, ECR.Event) in graph
    assert (ECR.Forum, rdflib.RDFS.label, rdflib.Literal("forum", lang="en")) in graph


def test_export_is_byte_stable(seed_graph):
    assert seed_graph.export("turtle") == seed_graph.export("turtle")
    assert seed_graph.export("nquads") == seed_graph.export("nquads")


def test_write_to_file_and_unknown_format(seed_graph, tmp_path):
    out = seed_graph.export("trig", tmp_path / "sub" / "kg.trig")
    assert out.read_bytes().startswith(b"@prefix")
    assert [p.name for p in out.parent.iterdir()] == ["kg.trig"]
    with pytest.raises(ExportError, match="unknown format"):
        seed_graph.export("rdfxml")


def test_jsonld_export_is_the_same_bytes_every_time(seed_graph):
    first = seed_graph.export("jsonld")
    document = json.loads(first)
    ids = [node.get("@id", "") for node in document["@graph"]]
    assert ids == sorted(ids), "nodes are in @id order, so two exports diff cleanly"
    assert all(seed_graph.export("jsonld") == first for _ in range(2))
