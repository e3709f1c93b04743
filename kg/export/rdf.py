"""RDF exports: Turtle and JSON-LD (the union graph), TriG and N-Quads (every named graph)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg import paths
from kg.errors import ExportError
from kg.rdf import PREFIXES

FORMATS = {"turtle": ".ttl", "jsonld": ".jsonld", "trig": ".trig", "nquads": ".nq"}
_EXPORT_PREFIXES = {**PREFIXES, "wd": "http://www.wikidata.org/entity/", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
                    "org": "http://www.w3.org/ns/org#"}


def union_triples(quads) -> list[ox.Triple]:
    """The triples of all graphs, each once, in a stable order."""
    seen = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    return sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def load_context() -> dict:
    return json.loads(paths.context_file().read_text(encoding="utf-8"))


def serialize(quads, fmt: str) -> bytes:
    """The quads in one of FORMATS, as bytes."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}", hint="Use one of: " + ", ".join(FORMATS))
    quads = list(quads)
    if fmt == "trig":
        return ox.serialize(sorted(quads, key=str), format=ox.RdfFormat.TRIG, prefixes=_EXPORT_PREFIXES)
    if fmt == "nquads":
        return ox.serialize(sorted(quads, key=str), format=ox.RdfFormat.N_QUADS)
    triples = union_triples(quads)
    if fmt == "turtle":
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_EXPORT_PREFIXES)
    return _jsonld(triples)


def _jsonld(triples: list[ox.Triple]) -> bytes:
    # rdflib compacts with our context, so the file reads as plain JSON with short keys.
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    context = load_context()["@context"]
    text = graph.serialize(format="json-ld", context=context, auto_compact=True, indent=1)
    # rdflib writes nodes in its hash order: sorted by @id (and values by their JSON), two exports of one graph are
    # byte-identical and diff cleanly.
    document = json.loads(text)
    if isinstance(document.get("@graph"), list):
        document["@graph"] = sorted((_sorted_node(n) for n in document["@graph"]),
                                    key=lambda n: (str(n.get("@id", "")), json.dumps(n, sort_keys=True)))
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _sorted_node(node, ordered: bool = False):
    """A JSON-LD node with its sets of values in a stable order (an "@list" keeps its own)."""
    if isinstance(node, dict):
        return {k: _sorted_node(v, ordered=k == "@list") for k, v in node.items()}
    if isinstance(node, list) and ordered:
        return [_sorted_node(v) for v in node]
    if isinstance(node, list):
        items = [_sorted_node(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def write_atomically(data: bytes, out: str | Path) -> Path:
    """Write through a temporary file in the same folder, so a failure leaves no partial file."""
    out = Path(out)
    tmp = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, out)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise ExportError(f"cannot write the file: {exc.strerror or exc}", where=str(out)) from None
    return out
