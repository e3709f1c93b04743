"""Shared fixtures: the extractor (models load once a session) and graphs built from the seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import KnowledgeGraph, paths

SEED = paths.corpus_dir() / "dev" / "ru-cholpon-ata-forum-2024-seed.txt"


@pytest.fixture(scope="session")
def extractor():
    from kg.extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    assert SEED.exists()
    return SEED


@pytest.fixture
def graph(tmp_path, extractor):
    """An empty embedded store in a temporary folder."""
    kg = KnowledgeGraph.open(str(tmp_path / "store"), extractor=extractor)
    yield kg
    kg.close()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, extractor) -> str:
    """A store holding the reference data and the seed, built once and copied by tests that change it."""
    location = tmp_path_factory.mktemp("seed") / "store"
    with KnowledgeGraph.open(str(location), extractor=extractor) as kg:
        report = kg.ingest([SEED])
        assert report.ok, report.failures
    return str(location)


@pytest.fixture
def seed_graph(seed_store, tmp_path, extractor):
    """A private copy of the seed store."""
    location = tmp_path / "seed-copy"
    shutil.copytree(seed_store, location)
    kg = KnowledgeGraph.open(str(location), extractor=extractor)
    yield kg
    kg.close()
