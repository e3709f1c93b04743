"""The wheel carries the ontology, the reference data, the patterns, the corpus and the query catalog."""

import zipfile
from pathlib import Path

from hatchling.builders.wheel import WheelBuilder

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_the_data_files(tmp_path):
    (wheel,) = list(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("kg/_data/ontology/ecr.ttl", "kg/_data/ontology/shapes.ttl", "kg/_data/ontology/context.jsonld",
                     "kg/_data/ontology/reference/states.ttl", "kg/extract/patterns/events.yaml",
                     "kg/data/page_chrome.txt", "kg/data/corpus/dev/ru-cholpon-ata-forum-2024-seed.txt"):
        assert required in names, required
    rq = [n for n in names if n.startswith("kg/_data/queries/") and n.endswith(".rq")]
    assert len(rq) == len(list((ROOT / "queries").glob("*.rq")))
    assert any(n.endswith("entry_points.txt") for n in names)
