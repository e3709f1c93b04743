"""The sample corpus: every document annotated, every gold file valid, every gold actor known or marked new."""

import json

import jsonschema
import pytest

from kg import paths
from kg.evaluate import gold_documents
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import Morphology
from kg.sources import SUFFIXES

CORPUS = paths.corpus_dir()
SCHEMA = json.loads((CORPUS / "gold.schema.json").read_text(encoding="utf-8"))
GOLD_FILES = sorted(CORPUS.glob("*/*.gold.json"))


@pytest.fixture(scope="module")
def reference():
    return Gazetteer(Morphology())


def test_the_corpus_is_there():
    # Guard against an empty glob: a data-driven test over nothing passes silently.
    assert len(GOLD_FILES) >= 60
    assert len(list((CORPUS / "dev").glob("*.gold.json"))) >= 40
    assert len(list((CORPUS / "test").glob("*.gold.json"))) >= 15


def test_every_document_has_gold_and_every_gold_a_document():
    documents = {p.with_suffix("") for p in CORPUS.glob("*/*") if p.suffix in SUFFIXES}
    golds = {p.parent / p.name[: -len(".gold.json")] for p in GOLD_FILES}
    assert documents == golds


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_valid(path, reference):
    gold = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(gold, SCHEMA)
    for annotation in gold.get("lines", [gold]):
        ids = {e["id"] for e in annotation["events"]}
        assert len(ids) == len(annotation["events"]), "event ids are unique"
        for event in annotation["events"]:
            assert event.get("parent") in ids | {None}
            if event.get("end"):
                assert event["end"] > event["start"]
        for agreement in annotation["agreements"]:
            assert agreement.get("signed_at") in ids | {None}
        keys = [a for a in annotation["actors"] if isinstance(a, str)]
        for event in annotation["events"]:
            keys += [a for a in event["participants"] if isinstance(a, str)]
        for agreement in annotation["agreements"]:
            keys += [a for a in agreement["parties"] if isinstance(a, str)]
        unknown = sorted({k for k in keys if reference.get(k) is None})
        assert not unknown, f"gold actors missing from ontology/reference (mark them as new): {unknown}"


def test_languages_styles_and_negatives():
    items = gold_documents(CORPUS / "dev") + gold_documents(CORPUS / "test")
    langs = [gold["lang"] for _, _, gold in items]
    assert langs.count("en") >= 8 and langs.count("kk") >= 4
    assert sum(1 for _, _, gold in items if not gold["events"] and not gold["agreements"]) >= 4
    assert any(d.format == "html" for _, d, _ in items) and any(d.format == "jsonl" for _, d, _ in items)
    years = {gold["published"][:4] for _, _, gold in items if gold.get("published")}
    assert min(years) <= "2011" and max(years) >= "2025"
