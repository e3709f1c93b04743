"""The library API: a knowledge graph over a store, with ingest, remove, validate, export, stats and explain."""

from __future__ import annotations

import hashlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from kg import __version__, paths
from kg.errors import ExtractionError, KgError, SourceError, StoreError
from kg.export.rdf import FORMATS, serialize, write_atomically
from kg.link import link_events
from kg.rdf import (DCTERMS, DERIVED_GRAPH, DOC_PREFIX, ECR, ECRR, ONTOLOGY_GRAPH, PROV, REFERENCE_GRAPH, bind,
                    doc_iri, to_quads)
from kg.records import Document, Extraction
from kg.sources import SourceFailure, read_documents
from kg.store import TripleStore, open_store
from kg.validate import ValidationReport, validate_graph



@dataclass(frozen=True)
class IngestResult:
    source: str
    document: str | None
    status: str  # added, replaced, unchanged, skipped, failed
    message: str = ""


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    @property
    def failures(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failures

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


@dataclass(frozen=True)
class Explanation:
    document: str
    title: str | None
    start: int
    end: int
    quote: str


def fingerprint_files() -> list[Path]:
    """What the reading of a document depends on: the patterns, the reference data, the ontology, the page-chrome
    words and the code that cleans, extracts, links and maps."""
    code = sorted((paths.PACKAGE / "extract").glob("*.py")) + [
        paths.PACKAGE / name for name in ("sources.py", "link.py", "rdf.py", "records.py", "text.py")]
    return sorted(paths.patterns_dir().glob("*.yaml")) + paths.reference_files() + [paths.ontology_file()] + [
        paths.PACKAGE / "data" / "page_chrome.txt"] + [path for path in code if path.exists()]


def pipeline_fingerprint() -> str:
    """Changes whenever the code version, the code, patterns or reference data change: then documents are re-read."""
    digest = hashlib.sha256(__version__.encode())
    for path in fingerprint_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_extractor = None


def _worker_init() -> None:
    global _extractor
    from kg.extract.pipeline import Extractor

    _extractor = Extractor()


def _extract_one(extractor, document: Document) -> Extraction | KgError:
    """One document's extraction, or the error that stops it; an unexpected bug fails that document alone."""
    try:
        return extractor.extract(document)
    except KgError as error:
        return error
    except Exception as error:  # noqa: BLE001 - one odd document must not stop an ingest of thousands
        return ExtractionError(f"the extractor failed ({type(error).__name__}: {error})", where=document.source,
                               hint="Please report this document")


def _worker_extract(document: Document) -> Extraction | KgError:
    return _extract_one(_extractor, document)


class KnowledgeGraph:
    """A knowledge graph stored in an embedded or remote store."""

    def __init__(self, store: TripleStore, extractor=None):
        self.store = store
        self._extractor = extractor

    @classmethod
    def open(cls, location: str | None = None, *, read_only: bool = False, extractor=None,
             **remote) -> "KnowledgeGraph":
        """Open (or create) the store at a path, $KG_STORE or ./kgdata; an http(s) URL opens a remote endpoint.

        `remote` settings (engine, user, password, config, …) say how to reach a URL: see kg.remote_settings.
        """
        return cls(open_store(location, read_only=read_only, **remote), extractor=extractor)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def extractor(self):
        if self._extractor is None:
            from kg.extract.pipeline import Extractor

            self._extractor = Extractor()
        return self._extractor

    # ---- reference data ---------------------------------------------------------------------
    def ensure_reference(self) -> bool:
        """Load the ontology and the reference data into their graphs when they changed; True if loaded."""
        fingerprint = pipeline_fingerprint()
        marker = ox.Quad(REFERENCE_GRAPH, ox.NamedNode(ECR + "contentHash"), ox.Literal(fingerprint), REFERENCE_GRAPH)
        if any(True for _ in self.store.quads(REFERENCE_GRAPH) if _ == marker):
            return False
        ontology = [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                    for t in ox.parse(path=str(paths.ontology_file()), format=ox.RdfFormat.TURTLE)]
        reference = [marker]
        for path in paths.reference_files():
            reference += [ox.Quad(t.subject, t.predicate, t.object, REFERENCE_GRAPH)
                          for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
        self.store.replace_graph(ONTOLOGY_GRAPH, ontology)
        self.store.replace_graph(REFERENCE_GRAPH, reference)
        return True

    # ---- ingest -------------------------------------------------------------------------------
    def ingest(self, inputs: Iterable[str | Path], *, jobs: int = 1,
               progress: Callable[[IngestResult], None] | None = None) -> IngestReport:
        """Read, extract, link and store every document; a failed document leaves the store as it was."""
        self.ensure_reference()
        fingerprint = pipeline_fingerprint()
        report = IngestReport()

        def note(result: IngestResult) -> None:
            report.results.append(result)
            if progress:
                progress(result)

        pending: list[Document] = []
        seen: dict[str, str] = {}  # document id → the source that gave it first
        for item in read_documents(inputs):
            if isinstance(item, SourceFailure):
                note(IngestResult(item.source, None, "failed", str(item.error)))
            elif item.id in seen:
                # Two files of one batch with the same address (a page saved twice): the first is read, so that a
                # second ingest finds the store as the first left it.
                note(IngestResult(item.source, item.id, "skipped",
                                  f"the same address as {seen[item.id]}, which is read"))
            else:
                seen[item.id] = item.source
                if self._unchanged(item, fingerprint):
                    note(IngestResult(item.source, item.id, "unchanged"))
                else:
                    pending.append(item)
        # Documents about to be read again are no candidates for linking until they are: a re-read of a whole corpus
        # links as a first read does, not to the events its own documents held before.
        stale = {doc_iri(d.id).value for d in pending if self.store.has_graph(doc_iri(d.id))}
        for document, extraction in self._extract_all(pending, jobs):
            stale.discard(doc_iri(document.id).value)
            if isinstance(extraction, KgError):
                note(IngestResult(document.source, document.id, "failed", str(extraction)))
                continue
            try:
                existed = self.store.has_graph(doc_iri(document.id))
                self.store_extraction(extraction, fingerprint, skip=frozenset(stale))
            except StoreError as error:
                note(IngestResult(document.source, document.id, "failed", str(error)))
                continue
            status = "skipped" if extraction.status.startswith("skipped") else ("replaced" if existed else "added")
            note(IngestResult(document.source, document.id, status,
                              extraction.status if status == "skipped" else ""))
        if any(r.status in ("added", "replaced", "skipped") for r in report.results):
            self.refresh_derived()
        return report

    def refresh_derived(self) -> None:
        """Recompute what spans documents: the first and last dated mention of every post holding."""
        query = f"""
            SELECT ?holding (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{
              GRAPH ?g {{ ?holding <{ECR}mentionDate> ?d }}
            }} GROUP BY ?holding"""
        quads = []
        for row in self.store.select(query):
            quads.append(ox.Quad(row["holding"], ox.NamedNode(ECR + "firstMention"), row["first"], DERIVED_GRAPH))
            quads.append(ox.Quad(row["holding"], ox.NamedNode(ECR + "lastMention"), row["last"], DERIVED_GRAPH))
        self.store.replace_graph(DERIVED_GRAPH, quads)

    def _extract_all(self, documents: list[Document], jobs: int) -> Iterator[tuple[Document, Extraction | KgError]]:
        if jobs <= 1 or len(documents) < 2:
            for document in documents:
                yield document, _extract_one(self.extractor, document)
            return
        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
            yield from zip(documents, pool.map(_worker_extract, documents, chunksize=4))

    def store_extraction(self, extraction: Extraction, fingerprint: str | None = None, iris=None,
                         skip: frozenset[str] = frozenset()) -> None:
        """Link the extraction to what the store holds (but the document graphs in `skip`) and replace its document
        graph in one transaction."""
        graph = doc_iri(extraction.document.id)
        quads = to_quads(extraction, iris if iris is not None else link_events(extraction, self.store, skip))
        quads.append(ox.Quad(graph, ox.NamedNode(ECR + "pipelineFingerprint"),
                             ox.Literal(fingerprint or pipeline_fingerprint()), graph))
        self.store.replace_graph(graph, quads)

    def _unchanged(self, document: Document, fingerprint: str) -> bool:
        graph = doc_iri(document.id)
        if not self.store.has_graph(graph):
            return False
        ask = (f"ASK {{ GRAPH {graph} {{ {graph} <{ECR}contentHash> \"{document.content_hash}\" ; "
               f"<{ECR}pipelineFingerprint> \"{fingerprint}\" }} }}")
        return bool(self.store.query(ask))

    def remove(self, document: str) -> bool:
        """Retract a document (its id, IRI or source path) and everything extracted from it."""
        removed = self.store.remove_graph(self.resolve_document(document))
        if removed:
            self.refresh_derived()
        return removed

    def resolve_document(self, document: str) -> ox.NamedNode:
        if document.startswith(DOC_PREFIX):
            return ox.NamedNode(document)
        query = (f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <{DCTERMS}source> ?source }} "
                 f"FILTER (?source = $wanted || STRENDS(?source, CONCAT('/', $wanted))) }} LIMIT 2")
        rows = list(self.store.select(bind(query, wanted=ox.Literal(document))))
        if len(rows) == 1:
            return rows[0]["g"]
        return doc_iri(document)

    # ---- read ----------------------------------------------------------------------------------
    def documents(self) -> list[str]:
        return [g for g in self.store.graph_names() if g.startswith(DOC_PREFIX)]

    def stats(self) -> dict[str, int]:
        """Counts of documents, triples, and instances of each ontology class."""
        counts = {"documents": len(self.documents()), "triples": sum(1 for _ in self.store.quads())}
        query = (f"SELECT ?class (COUNT(DISTINCT ?node) AS ?n) WHERE {{ ?node a ?class "
                 f"FILTER STRSTARTS(STR(?class), \"{ECR}\") }} GROUP BY ?class ORDER BY ?class")
        for row in self.store.select(query):
            counts[row["class"].value[len(ECR):]] = int(row["n"].value)
        return counts

    def summary(self) -> dict[str, int]:
        """The figures the demo prints: documents, triples, actors, events, agreements."""
        s = self.stats()
        actors = sum(s.get(k, 0) for k in ("State", "Agency", "InternationalOrganization", "Person"))
        events = sum(s.get(k, 0) for k in ("Forum", "Meeting", "Exercise", "Training", "Visit", "AidDelivery"))
        agreements = sum(s.get(k, 0) for k in ("Protocol", "Memorandum", "IntergovernmentalAgreement", "Agreement", "Plan"))
        return {"documents": s["documents"], "triples": s["triples"], "actors": actors, "events": events,
                "agreements": agreements}

    def explain(self, node: str) -> list[Explanation]:
        """The sentences a node was read from, in every document that supports it."""
        iri = self.resolve_node(node)
        query = f"""
            SELECT DISTINCT ?doc ?title ?start ?end ?quote WHERE {{
              GRAPH ?g {{ $node <{ECR}evidence> ?ev . ?ev <{ECR}quote> ?quote ; <{ECR}startOffset> ?start ;
                                 <{ECR}endOffset> ?end ; <{PROV}wasDerivedFrom> ?doc .
                         OPTIONAL {{ ?doc <{DCTERMS}title> ?title }} }}
            }} ORDER BY ?doc ?start"""
        rows = self.store.select(bind(query, node=iri))
        return [Explanation(r["doc"].value, r["title"].value if r["title"] is not None else None,
                            int(r["start"].value), int(r["end"].value), r["quote"].value) for r in rows]

    def resolve_node(self, node: str) -> ox.NamedNode:
        """A full IRI, a prefixed name ('ecrr:actor/kz') or an actor key ('MCHS-KZ')."""
        if node.startswith("<") and node.endswith(">"):
            node = node[1:-1]
        if node.startswith(("http://", "https://")):
            return ox.NamedNode(node)
        if node.startswith("ecrr:"):
            return ox.NamedNode(ECRR + node[5:])
        return ox.NamedNode(ECRR + "actor/" + node.lower())

    def validate(self) -> ValidationReport:
        """SHACL validation of everything in the store."""
        import rdflib

        data = rdflib.Graph()
        nt = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in self.store.quads()],
                          format=ox.RdfFormat.N_TRIPLES)
        data.parse(data=nt.decode("utf-8"), format="nt")
        return validate_graph(data)

    def export(self, fmt: str = "turtle", out: str | Path | None = None) -> bytes | Path:
        """Serialize the whole graph; with `out`, write the file atomically and return its path."""
        data = serialize(self.store.quads(), fmt)
        return write_atomically(data, out) if out is not None else data


def run_demo(graph: KnowledgeGraph, out_dir: str | Path = "exports", *, jobs: int = 1,
             progress: Callable[[IngestResult], None] | None = None):
    """Ingest the bundled corpus, validate it, and write Turtle, JSON-LD and TriG into out_dir."""
    report = graph.ingest([paths.corpus_dir()], jobs=jobs, progress=progress)
    validation = graph.validate()
    written = [graph.export(fmt, Path(out_dir) / f"kg{FORMATS[fmt]}") for fmt in ("turtle", "jsonld", "trig")]
    return report, validation, written


__all__ = ["KnowledgeGraph", "IngestReport", "IngestResult", "Explanation", "run_demo", "pipeline_fingerprint",
           "SourceError"]
