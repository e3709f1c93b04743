"""SHACL shapes on real output and on broken graphs."""

import rdflib

from kg.validate import validate_graph

BROKEN = """
@prefix ecr: <https://w3id.org/ecr/ontology#> .
@prefix ecrr: <https://w3id.org/ecr/resource/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<https://w3id.org/ecr/resource/doc/x> a ecr:SourceDocument ; ecr:contentHash "abc" .
<https://w3id.org/ecr/resource/event/x> a ecr:Meeting ;
    ecr:startDate "15 August" ;
    rdfs:label "no language" ;
    ecr:eventType <https://w3id.org/ecr/resource/concept/event-type/meeting> .
<https://w3id.org/ecr/resource/concept/event-type/meeting> a <http://www.w3.org/2004/02/skos/core#Concept> .
"""


def test_seed_output_conforms(seed_graph):
    report = seed_graph.validate()
    assert report.conforms, [str(v) for v in report.violations]


def test_broken_event_is_reported_readably():
    report = validate_graph(rdflib.Graph().parse(data=BROKEN, format="turtle"))
    assert not report.conforms
    messages = {(v.focus, v.path, v.message) for v in report.violations if v.severity == "Violation"}
    focus = "ecrr:event/x"
    assert (focus, "ecr:participant", "an event needs at least one participant, and each participant must be an actor") in messages
    assert (focus, "ecr:startDate", "the start date must be an xsd:date (or xsd:gYearMonth / xsd:gYear)") in messages
    assert (focus, "<http://www.w3.org/2000/01/rdf-schema#label>", "labels must be language-tagged") in messages
    assert (focus, "<http://www.w3.org/ns/prov#wasDerivedFrom>", "an extracted node must be derived from a source document") in messages


def test_the_whole_corpus_conforms(tmp_path, extractor):
    # What `make demo` checks: every document of the corpus, extracted and linked, keeps the ontology's contract
    # (every event and agreement with a participant or party, dates typed, labels tagged, provenance).
    from kg import paths
    from kg.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(str(tmp_path / "store"), extractor=extractor)
    try:
        kg.ingest([paths.corpus_dir()])
        report = kg.validate()
    finally:
        kg.close()
    assert report.conforms, [str(v) for v in report.violations][:5]
