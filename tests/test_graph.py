"""The embedded store through the library API: ingest, idempotence, replacement, retraction."""

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import KnowledgeGraph, paths
from kg.errors import StoreError
from kg.rdf import DERIVED_GRAPH, ECRR, ONTOLOGY_GRAPH, REFERENCE_GRAPH

SEED_GRAPH = ECRR + "doc/ru-cholpon-ata-forum-2024-seed"

FORUM = """
PREFIX ecr: <https://w3id.org/ecr/ontology#>
SELECT ?forum ?date ?place (GROUP_CONCAT(DISTINCT STR(?who); separator=" ") AS ?who) WHERE {
  ?forum a ecr:Forum ; ecr:startDate ?date ; ecr:location ?place ; ecr:participant ?who .
} GROUP BY ?forum ?date ?place
"""


def quads(kg, graph=None):
    return {str(q) for q in kg.store.quads(ox.NamedNode(graph) if graph else None)}


def test_seed_forum_in_the_store(seed_graph):
    (row,) = list(seed_graph.store.select(FORUM))
    assert row["date"] == ox.Literal("2024-08-15", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert row["place"].value == ECRR + "place/cholpon-ata"
    assert set(row["who"].value.split()) == {ECRR + f"actor/{k}" for k in ("kz", "kg", "tj", "uz")}


def test_one_named_graph_per_document_plus_reference(seed_graph):
    assert set(seed_graph.store.graph_names()) == {SEED_GRAPH, REFERENCE_GRAPH.value, ONTOLOGY_GRAPH.value,
                                                   DERIVED_GRAPH.value}
    assert seed_graph.documents() == [SEED_GRAPH]


def test_reingest_is_idempotent(seed_graph, seed_path):
    before = quads(seed_graph)
    report = seed_graph.ingest([seed_path])
    assert [r.status for r in report.results] == ["unchanged"]
    assert quads(seed_graph) == before


def test_two_files_with_one_address_read_the_first_and_stay_as_they_were(graph, tmp_path):
    page = ('<html><head><link rel="canonical" href="https://example.org/news/forum"></head><body><article>'
            "<p>{}</p></article></body></html>")
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text(page.format("15 августа в Чолпон-Ате прошел форум МЧС Казахстана и МЧС Кыргызстана."),
                     encoding="utf-8")
    second.write_text(page.format("16 августа в Бишкеке прошла встреча МЧС Узбекистана и ПРООН."), encoding="utf-8")
    report = graph.ingest([first, second])
    statuses = {Path(r.source).name: (r.status, r.message) for r in report.results}
    assert statuses["a.html"][0] == "added" and statuses["b.html"][0] == "skipped"
    assert "the same address as" in statuses["b.html"][1]
    before = quads(graph)
    again = graph.ingest([first, second])
    assert {Path(r.source).name: r.status for r in again.results} == {"a.html": "unchanged", "b.html": "skipped"}
    assert quads(graph) == before


def test_extraction_is_deterministic(graph, seed_graph, seed_path):
    graph.ingest([seed_path])
    assert quads(graph, SEED_GRAPH) == quads(seed_graph, SEED_GRAPH)


def test_changed_document_replaces_its_graph(seed_graph, seed_path, tmp_path):
    changed = tmp_path / seed_path.name
    text = seed_path.read_text(encoding="utf-8").replace("Программы развития ООН и ", "")
    changed.write_text(text, encoding="utf-8")
    report = seed_graph.ingest([changed])
    assert [r.status for r in report.results] == ["replaced"]
    meetings = list(seed_graph.store.select(
        "PREFIX ecr: <https://w3id.org/ecr/ontology#> SELECT ?m WHERE { ?m a ecr:Meeting }"))
    assert len(meetings) == 4
    assert seed_graph.documents() == [SEED_GRAPH]


def test_remove_drops_only_that_document(seed_graph):
    reference = quads(seed_graph, REFERENCE_GRAPH.value)
    assert seed_graph.remove("ru-cholpon-ata-forum-2024-seed")
    assert seed_graph.documents() == []
    assert quads(seed_graph, REFERENCE_GRAPH.value) == reference
    assert not list(seed_graph.store.select(FORUM))
    assert not seed_graph.remove("ru-cholpon-ata-forum-2024-seed")


def test_failed_documents_write_nothing(graph, seed_path, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.jsonl").write_text("{oops", encoding="utf-8")
    report = graph.ingest([seed_path, tmp_path / "empty.txt", tmp_path / "broken.jsonl", tmp_path / "nope"])
    assert [r.status for r in report.results].count("failed") == 3
    assert report.count("added") == 1
    assert graph.documents() == [SEED_GRAPH]


def test_a_failing_write_leaves_the_old_graph(seed_graph, seed_path, tmp_path, monkeypatch):
    """A crash in the middle of writing a document: the store keeps the previous version whole."""
    before = quads(seed_graph, SEED_GRAPH)
    changed = tmp_path / seed_path.name
    changed.write_text(seed_path.read_text(encoding="utf-8") + "\nДополнение.", encoding="utf-8")
    real = seed_graph.store.raw

    class Crashing:
        """The real store, but each update arrives cut in half, as if the process died while sending it."""

        def __getattr__(self, name):
            return getattr(real, name)

        def update(self, update, *args, **kwargs):
            return real.update(update[: len(update) // 2], *args, **kwargs)

    monkeypatch.setattr(seed_graph.store, "_store", Crashing())
    report = seed_graph.ingest([changed])
    assert report.failures and "cannot write graph" in report.failures[0].message
    monkeypatch.undo()
    assert quads(seed_graph, SEED_GRAPH) == before


def test_unsupported_language_is_kept_as_a_skipped_document(graph, tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("中亚国家紧急情况部门负责人在比什凯克举行会议，讨论区域合作问题。" * 3, encoding="utf-8")
    report = graph.ingest([path])
    assert [r.status for r in report.results] == ["skipped"]
    assert "unsupported language" in report.results[0].message
    (row,) = list(graph.store.select(
        "PREFIX ecr: <https://w3id.org/ecr/ontology#> SELECT ?s WHERE { ?d ecr:extractionStatus ?s }"))
    assert "unsupported language" in row["s"].value


def test_no_cooperation_no_events(graph, tmp_path):
    path = tmp_path / "fire.txt"
    path.write_text("Пожар в Бишкеке\n\nВчера спасатели МЧС Кыргызской Республики потушили пожар на складе в "
                    "Бишкеке. Пострадавших нет, причины возгорания устанавливаются.", encoding="utf-8")
    graph.ingest([path])
    assert graph.summary()["events"] == 0


def test_explain_returns_the_sentences(seed_graph):
    rows = seed_graph.explain("MCHS-UZ")
    assert rows and all(r.document == SEED_GRAPH for r in rows)
    assert any("Республики Узбекистан" in r.quote for r in rows)


def test_stats_counts_by_class(seed_graph):
    stats = seed_graph.stats()
    assert stats["documents"] == 1
    assert stats["Forum"] == 1 and stats["Meeting"] == 5 and stats["Protocol"] == 1
    assert stats["State"] >= 20


def test_store_in_use_is_reported(tmp_path):
    location = str(tmp_path / "locked")
    first = KnowledgeGraph.open(location)
    try:
        with pytest.raises(StoreError, match="in use"):
            KnowledgeGraph.open(location)
    finally:
        first.close()


def test_one_event_node_for_one_forum_reported_by_several_documents(graph, seed_path):
    """The 2024 regional forum: the seed (Cholpon-Ata, 15 August) and the Kyrgyz ministry's page (Bosteri, 14–15 August)."""
    other = seed_path.parent / "ru-a-bosteri-forum-2024-mchs-kg.txt"
    graph.ingest([seed_path, other])
    rows = list(graph.store.select("""
        PREFIX ecr: <https://w3id.org/ecr/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?forum (COUNT(DISTINCT ?doc) AS ?sources) WHERE { ?forum a ecr:Forum ; prov:wasDerivedFrom ?doc }
        GROUP BY ?forum"""))
    assert len(rows) == 1
    assert int(rows[0]["sources"].value) == 2


def test_post_holdings_span_their_first_and_last_mention(graph, seed_path, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Министр по ЧС Казахстана провёл встречу\n\n12.03.2025\n\nМинистр по чрезвычайным ситуациям "
                     "Республики Казахстан Чингис Аринов встретился в Астане с послом Кыргызской Республики.",
                     encoding="utf-8")
    graph.ingest([seed_path, later])
    rows = list(graph.store.select("""
        PREFIX ecr: <https://w3id.org/ecr/ontology#>
        SELECT DISTINCT ?first ?last WHERE { ?p ecr:holds ?h . ?p <http://www.w3.org/2000/01/rdf-schema#label> "Чингис Аринов"@ru .
                                    ?h ecr:firstMention ?first ; ecr:lastMention ?last }"""))
    assert [(r["first"].value, r["last"].value) for r in rows] == [("2024-08-15", "2025-03-12")]
    graph.remove(later.stem)
    rows = list(graph.store.select("""
        PREFIX ecr: <https://w3id.org/ecr/ontology#>
        SELECT DISTINCT ?last WHERE { ?h ecr:lastMention ?last }"""))
    assert [r["last"].value for r in rows] == ["2024-08-15"]


def test_parallel_ingest_gives_the_same_graph(tmp_path, extractor, seed_path):
    files = sorted(seed_path.parent.glob("ru-b-kschs-odkb-2025-*.txt")) + [seed_path]
    assert len(files) == 4
    graphs = []
    for jobs in (1, 2):
        with KnowledgeGraph.open(str(tmp_path / f"jobs{jobs}"), extractor=extractor) as kg:
            report = kg.ingest(files, jobs=jobs)
            assert report.count("added") == 4
            graphs.append(quads(kg))
    assert graphs[0] == graphs[1]


def test_oversized_file_is_refused_and_nothing_written(graph, tmp_path, seed_path):
    big = tmp_path / "big.txt"
    big.write_text("Форум глав чрезвычайных ведомств. " * 170_000, encoding="utf-8")  # about 6 MB
    report = graph.ingest([big, seed_path])
    (failure,) = report.failures
    assert "file too large" in failure.message and "big.txt" in failure.message
    assert graph.documents() == [SEED_GRAPH]


def test_an_extractor_bug_fails_one_document_not_the_ingest(graph, seed_path, tmp_path, monkeypatch):
    odd = tmp_path / "odd.txt"
    odd.write_text("Странный документ о встрече министров Казахстана и Кыргызстана в Бишкеке.", encoding="utf-8")
    real = graph.extractor.extract

    def extract(document):
        if document.source.endswith("odd.txt"):
            raise IndexError("list index out of range")
        return real(document)

    monkeypatch.setattr(graph.extractor, "extract", extract)
    report = graph.ingest([seed_path, odd])
    (failure,) = report.failures
    assert failure.message == f"{odd}: the extractor failed (IndexError: list index out of range). Please report this document"
    assert graph.documents() == [SEED_GRAPH]


def test_the_fingerprint_covers_the_code_that_reads_a_document():
    from kg.graph import fingerprint_files

    names = {path.name for path in fingerprint_files()}
    assert {"events.py", "pipeline.py", "link.py", "sources.py", "events.yaml", "agencies.ttl",
            "page_chrome.txt"} <= names


def test_reading_a_corpus_again_after_the_pipeline_changed_links_as_a_first_read(tmp_path, extractor, monkeypatch):
    import kg.graph as graph_module

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # three reports of the same forum and of one of its side meetings
    for name in ("ru-cholpon-ata-forum-2024-seed.txt", "ru-a-bosteri-forum-2024-mchs-kg.txt",
                 "en-v-kazinform-cholpon-ata-forum-side-meetings-2024.txt"):
        (corpus / name).write_bytes((paths.corpus_dir() / "dev" / name).read_bytes())
    with KnowledgeGraph.open(str(tmp_path / "fresh"), extractor=extractor) as kg:
        kg.ingest([corpus])
        fresh = kg.summary()
    with KnowledgeGraph.open(str(tmp_path / "again"), extractor=extractor) as kg:
        monkeypatch.setattr(graph_module, "pipeline_fingerprint", lambda: "an-older-pipeline")
        kg.ingest([corpus])
        monkeypatch.undo()
        report = kg.ingest([corpus])
        assert {r.status for r in report.results} == {"replaced"}
        assert kg.summary() == fresh
