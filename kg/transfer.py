"""Copy a store to another graph by graph: `kg push` (embedded → remote) and `kg pull` (remote → embedded).

Each graph is replaced in one transaction on the target, so a copy that stops midway leaves every graph either
as it was or as in the source; running it again finishes the job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pyoxigraph as ox

from kg.errors import KgError, StoreError
from kg.store import TripleStore

Progress = Callable[[int, int, str], None]  # (graphs done, graphs in all, graph just copied)


@dataclass(frozen=True)
class TransferReport:
    graphs: int
    triples: int
    deleted: int = 0


def copy_graphs(source: TripleStore, target: TripleStore, *, delete: bool = False,
                progress: Progress | None = None, verb: str = "copy") -> TransferReport:
    """Replace each of the source's graphs on the target; with `delete`, drop the target's graphs the source lacks.

    Raises StoreError naming how far it got when a graph cannot be read or written.
    """
    names = source.graph_names()
    triples = 0
    for done, name in enumerate(names, 1):
        graph = ox.NamedNode(name)
        try:
            quads = list(source.quads(graph))
            target.replace_graph(graph, quads)
        except KgError as error:
            if done == 1:
                raise  # nothing was written: the error as it is
            raise _stopped(verb, done - 1, len(names), name, error) from None
        triples += len(quads)
        if progress:
            progress(done, len(names), name)
    deleted = 0
    if delete:
        for name in sorted(set(target.graph_names()) - set(names)):
            try:
                target.remove_graph(ox.NamedNode(name))
            except KgError as error:
                raise _stopped(verb, len(names), len(names), name, error, deleting=True) from None
            deleted += 1
    return TransferReport(len(names), triples, deleted)


def push(local: TripleStore, remote: TripleStore, *, delete: bool = False,
         progress: Progress | None = None) -> TransferReport:
    """Copy the embedded store's graphs to a remote store, each graph atomically."""
    return copy_graphs(local, remote, delete=delete, progress=progress, verb="push")


def pull(remote: TripleStore, local: TripleStore, *, delete: bool = False,
         progress: Progress | None = None) -> TransferReport:
    """Copy a remote store's graphs (those under its graph prefix) into the embedded store, each graph atomically."""
    return copy_graphs(remote, local, delete=delete, progress=progress, verb="pull")


def _stopped(verb: str, done: int, total: int, name: str, error: KgError, deleting: bool = False) -> StoreError:
    step = "deleting" if deleting else "at"
    message = f"{verb} stopped {step} graph {name} after {done} of {total} graphs: {error.message}"
    return StoreError(message, where=error.where,
                      hint="Every graph is either as before or fully copied; run the same command again to finish")


__all__ = ["push", "pull", "copy_graphs", "TransferReport"]
