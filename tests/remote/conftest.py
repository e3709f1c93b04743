"""Session fixtures for the remote-store tests: an oxigraph server and Virtuoso on loopback, started once each,
and a store holding the whole bundled corpus. Each test gets the engine wiped of our graphs."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg import KnowledgeGraph, paths
from kg.remote import RemoteStore
from kg.server import serve, stop

from .servers import free_port, start_virtuoso, stop_process, virtuoso_binary

NOT_INSTALLED = "Virtuoso is not installed (Debian: apt-get install virtuoso-opensource, as .ci/run does)"


@dataclass(frozen=True)
class Engine:
    """A running server and how to reach it: `options` go to RemoteStore / KnowledgeGraph.open."""

    name: str
    url: str
    options: dict = field(default_factory=dict)

    def store(self, url: str | None = None, **extra) -> RemoteStore:
        return RemoteStore(url or self.url, **{**self.options, **extra})

    def open(self, extractor=None, **extra) -> KnowledgeGraph:
        return KnowledgeGraph.open(self.url, extractor=extractor, **{**self.options, **extra})

    def cli(self) -> list[str]:
        """Global `kg` options for this engine; the password goes in the environment (see env())."""
        return ["--engine", self.name] + (["--user", self.options["user"]] if "user" in self.options else [])

    def env(self, password: str | None = None) -> dict[str, str]:
        password = password if password is not None else self.options.get("password")
        return {"KG_PASSWORD": password, "KG_BACKOFF": "0.01"} if password is not None else {"KG_BACKOFF": "0.01"}

    def wipe(self) -> None:
        """Drop every graph of ours (and any staging graph) so that each test starts from an empty store."""
        store = self.store()
        rows = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                            "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/ecr/') || STRSTARTS(STR(?g), 'urn:x-yntymaq:')) }")
        names = [row["g"].value for row in rows]
        # (in requests of 50: Virtuoso refuses one update of many hundred statements, "SQ156: Query too large")
        for at in range(0, len(names), 50):
            store.update(" ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in names[at:at + 50]))


@pytest.fixture(autouse=True)
def _no_remote_environment(monkeypatch):
    # The developer's own KG_PASSWORD or KG_CONFIG must not leak into the tests.
    for name in list(os.environ):
        if name.startswith("KG_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """`oxigraph serve` on an empty folder, writable, as `kg serve --writable` runs it."""
    process = serve(tmp_path_factory.mktemp("oxigraph") / "store", f"127.0.0.1:{free_port()}", writable=True)
    yield Engine("oxigraph", _base(process), {"engine": "oxigraph", "backoff": 0.01})
    stop(process)


def _base(process) -> str:
    bind = process.args[process.args.index("--bind") + 1]
    return f"http://{bind}"


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    if not virtuoso_binary():
        pytest.skip(NOT_INSTALLED)
    process, url = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield Engine("virtuoso", url, {"engine": "virtuoso", "user": "dba", "password": "dba", "backoff": 0.01})
    stop_process(process)


ENGINES = ["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)]


@pytest.fixture(params=ENGINES)
def engine(request) -> Engine:
    """Each engine in turn, with none of our graphs on it."""
    server = request.getfixturevalue(f"{request.param}_server")
    server.wipe()
    return server


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, extractor) -> str:
    """An embedded store holding the whole bundled corpus (closed: open it read-only or copy it)."""
    location = tmp_path_factory.mktemp("corpus") / "store"
    with KnowledgeGraph.open(str(location), extractor=extractor) as graph:
        report = graph.ingest([paths.corpus_dir()])
        assert report.ok, report.failures
    return str(location)


@pytest.fixture
def seed_doc() -> Path:
    return paths.corpus_dir() / "dev" / "ru-cholpon-ata-forum-2024-seed.txt"
