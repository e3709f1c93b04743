"""`kg eval` scores: perfect on the seed, and counted right when the extraction is wrong."""

import json
import shutil
from dataclasses import replace

from click.testing import CliRunner

from kg.cli import cli
from kg.evaluate import SplitResult, score_document
from kg.sources import read_documents


def test_eval_on_a_corpus_of_the_seed(tmp_path, seed_path):
    for split in ("dev", "test"):
        (tmp_path / split).mkdir()
        shutil.copy(seed_path, tmp_path / split)
        shutil.copy(seed_path.with_suffix(".gold.json"), tmp_path / split)
    result = CliRunner().invoke(cli, ["eval", "--split", "dev", "--corpus", str(tmp_path), "--json"], obj={})
    assert result.exit_code == 0, result.output
    dev = json.loads(result.stdout)["dev"]
    assert dev["documents"] == 1
    assert dev["actors"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 10, "fp": 0, "fn": 0}
    assert dev["events"]["tp"] == 6 and dev["events"]["f1"] == 1.0
    assert dev["agreements"]["f1"] == 1.0 and dev["party_set_f1"] == 1.0
    assert dev["event_date_accuracy"] == 1.0 and dev["participant_set_f1"] == 1.0
    assert dev["noise_actors"] == 0


def test_scores_count_misses_and_extras(extractor, seed_path):
    (document,) = list(read_documents([seed_path]))
    extraction = extractor.extract(document)
    gold = json.loads(seed_path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    forum = next(e for e in extraction.events if e.kind == "Forum")
    wrong = replace(extraction,
                    events=tuple(replace(e, start="2024-08-16") if e is forum else e for e in extraction.events
                                 if e.kind == "Forum" or "GIZ" not in e.participants),
                    actors=extraction.actors[:-1])
    result = SplitResult()
    score_document(wrong, gold, result, "seed")
    assert (result.events.tp, result.events.fp, result.events.fn) == (5, 0, 1)
    assert result.event_date.value == 4 / 5  # five matched events, the forum with the wrong day
    assert result.actors.fn == 1 and result.actors.fp == 0
    assert any("missed Meeting m-giz" in e for e in result.errors)


def test_a_new_body_of_the_gold_that_the_reference_names_in_full_is_under_its_key(extractor):
    from kg.evaluate import keyed_gold
    gold = {"lang": "en", "actors": [{"new": "Amudarya basin water organisation", "type": "InternationalOrganization"},
                                     {"new": "БВО Сырдарья", "type": "InternationalOrganization"},
                                     {"new": "Basin Water Council of Ferghana", "type": "InternationalOrganization"}],
            "events": [], "agreements": []}
    keyed = keyed_gold(gold, extractor)["actors"]
    assert keyed[:2] == ["BWO-AMUDARYA", "BWO-SYRDARYA"]
    assert keyed[2].startswith("new:")  # (a name the reference does not know stays new)


def test_an_item_whose_text_carries_no_date_is_read_as_published_on_its_gold_date(tmp_path):
    from kg.evaluate import gold_documents
    text = "BISHKEK. The minister met with the Ambassador of France to Kyrgyzstan.\n"
    dated = "14.03.2023\n\n" + text
    for name, body, published in (("a", text, "2021-06-09"), ("b", dated, "2021-06-09"), ("c", text, "2021-06")):
        (tmp_path / f"en-{name}.txt").write_text(body, encoding="utf-8")
        (tmp_path / f"en-{name}.gold.json").write_text(json.dumps({"published": published, "actors": [],
                                                                   "events": [], "agreements": []}))
    published = {name: document.published.isoformat() if document.published else None
                 for name, document, _ in gold_documents(tmp_path)}
    # the metadata fills in only what the text does not say, and only a whole day
    assert published == {"en-a": "2021-06-09", "en-b": "2023-03-14", "en-c": None}
