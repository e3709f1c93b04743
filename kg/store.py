"""The triple store behind one interface: embedded pyoxigraph on disk (remote endpoints in kg.remote)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Protocol

import pyoxigraph as ox

from kg.errors import StoreError

DEFAULT_STORE = "kgdata"


def default_location() -> str:
    """The store named by $KG_STORE, else ./kgdata."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


class TripleStore(Protocol):
    """What the pipeline needs of a store: named graphs replaced atomically, SPARQL, quads out."""

    location: str

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None: ...
    def remove_graph(self, graph: ox.NamedNode) -> bool: ...
    def graph_names(self) -> list[str]: ...
    def has_graph(self, graph: ox.NamedNode) -> bool: ...
    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]: ...
    def select(self, query: str, **kwargs) -> Iterator[ox.QuerySolution]: ...
    def query(self, query: str, **kwargs): ...
    def close(self) -> None: ...


def _nquad(quad: ox.Quad) -> str:
    return f"{quad.subject} {quad.predicate} {quad.object} ."


def replace_graph_update(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    """One SPARQL Update request that drops a graph and writes its new quads (one transaction where it runs)."""
    triples = "\n".join(_nquad(q) for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}"


class EmbeddedStore:
    """A pyoxigraph store in a folder; every write is one transaction."""

    def __init__(self, location: str | Path, *, read_only: bool = False):
        self.location = str(location)
        self.read_only = read_only
        try:
            if read_only:
                if not Path(self.location).is_dir():
                    raise StoreError("no store here", where=self.location,
                                     hint="Create it with `kg ingest` or `make demo`, or pass --store")
                self._store = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(self.location)
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreError("the store is in use by another process (is `kg serve` running?)",
                                 where=self.location) from None
            raise StoreError(f"cannot open the store: {message}", where=self.location) from None

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Drop the graph and write the new quads in one transaction: readers see old or new, never half."""
        try:
            self._store.update(replace_graph_update(graph, quads))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph.value}: {exc}", where=self.location) from None

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        if not self._store.contains_named_graph(graph):
            return False
        self._store.update(f"DROP GRAPH {graph}")
        return True

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def query(self, query: str, **kwargs):
        kwargs.setdefault("use_default_graph_as_union", True)
        return self._store.query(query, **kwargs)

    def select(self, query: str, **kwargs) -> Iterator[ox.QuerySolution]:
        return iter(self.query(query, **kwargs))

    def __len__(self) -> int:
        return len(self._store)

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store itself, for the query engine and exports."""
        return self._store

    def close(self) -> None:
        # pyoxigraph closes the database when the object is dropped; flush makes the writes durable now.
        if self._store is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None


def open_store(location: str | None = None, *, read_only: bool = False, **remote) -> TripleStore:
    """The embedded store at a path, or a remote endpoint for an http(s) URL.

    `remote` settings (engine, user, password, config, …: see kg.remote_settings) apply to a URL only.
    """
    location = location or default_location()
    if location.startswith(("http://", "https://")):
        from kg.remote import RemoteStore

        return RemoteStore(location, read_only=read_only, **remote)
    return EmbeddedStore(location, read_only=read_only)
