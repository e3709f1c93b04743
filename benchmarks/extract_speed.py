"""Extraction throughput: our extractor beside natasha alone, and ingest with 1 and 2 processes.

Documents are the bundled corpus (each about the seed's size), read once; every figure is documents per second
of wall time on this machine. Nothing here asserts a time: the table is written for people to read.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _documents():
    from kg import paths
    from kg.sources import SourceFailure, read_documents

    docs = [d for d in read_documents([paths.corpus_dir()]) if not isinstance(d, SourceFailure)]
    return [d for d in docs if d.lang == "ru"], docs


def _rate(run, items, repeat: int) -> float:
    """Best documents-per-second over `repeat` passes (the least disturbed by other work on the machine)."""
    rates = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(items)
        rates.append(len(items) / (time.perf_counter() - started))
    return max(rates)


def natasha_alone(texts: list[str]) -> None:
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    global _NATASHA
    try:
        segmenter, morph, ner = _NATASHA
    except NameError:
        embedding = NewsEmbedding()
        segmenter, morph, ner = Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding)
        _NATASHA = (segmenter, morph, ner)
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)


def run(repeat: int = 3) -> str:
    from kg import KnowledgeGraph, paths
    from kg.extract.pipeline import Extractor

    russian, everything = _documents()
    sizes = [len(d.text) for d in russian]
    extractor = Extractor()
    for document in russian[:5]:
        extractor.extract(document)  # warm the lemma caches as a long ingest would
    natasha_alone([d.text for d in russian[:3]])
    rows = [
        ("natasha alone: segment, morphology, NER", _rate(natasha_alone, [d.text for d in russian], repeat)),
        ("kg extractor (all stages, NER where needed)", _rate(lambda ds: [extractor.extract(d) for d in ds], russian, repeat)),
    ]
    for jobs in (1, 2):
        def ingest(paths_, jobs=jobs):
            with tempfile.TemporaryDirectory() as folder, KnowledgeGraph.open(folder, extractor=extractor) as kg:
                kg.ingest(paths_, jobs=jobs)
        rows.append((f"kg ingest --jobs {jobs} (read, extract, link, store)", _rate(ingest, [paths.corpus_dir()], 1)
                     * len(everything)))
    lines = [
        "# Extraction throughput",
        "",
        f"{len(russian)} Russian documents of the bundled corpus, median {statistics.median(sizes):,.0f} characters "
        f"(the seed has {len(next(d for d in russian if d.id.endswith('seed')).text):,}); best of {repeat} passes; "
        f"ingest is over all {len(everything)} "
        "documents (with 2 processes each worker loads its own models, about 2 s, which a corpus this small does not "
        "repay). Documents per second, wall time, one machine:",
        "",
        "| what | documents/s |",
        "| --- | ---: |",
    ]
    lines += [f"| {name} | {rate:.1f} |" for name, rate in rows]
    ratio = rows[1][1] / rows[0][1]
    lines += ["", f"kg extractor / natasha alone: {ratio:.2f}×"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks extract", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    table = run(args.repeat)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "extract.md").write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
