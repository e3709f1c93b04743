"""Every catalog query, timed three ways on one synthetic graph: through `run_query` (what `kg query` runs), sent
straight to pyoxigraph, and in rdflib's in-memory Dataset.

`run_query` and pyoxigraph get the same query text (parameters bound) and write the same W3C JSON (N-Triples for
CONSTRUCT) into a sink; each figure is the best of several runs of wall time, the two alternating, so that other
work on the machine disturbs them alike. rdflib runs each query once in a forked process with a cap: a query
that does not finish in time is recorded as "> cap" and its process is killed. Its rows are only counted, not
serialized, which favours rdflib. Nothing is asserted about time: the table is for people to read.
"""

from __future__ import annotations

import argparse
import gc
import io
import multiprocessing
import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from benchmarks.generate import Sample, generate
from kg.catalog import Catalog, CatalogQuery
from kg.query import prepare_query, run_query
from kg.store import EmbeddedStore

RESULTS = Path(__file__).resolve().parent / "results"
BUDGET = 0.5        # seconds of repeated runs per query, path and round, beyond the least repeats
MAX_REPEAT = 2000   # a query of a tenth of a millisecond needs many runs before its best is its true time
CAP_FACTOR = 25     # rdflib gets at least this many times kg query's time, so that a capped ratio still says ≥ 25×
ROUNDS, ROUNDS_MORE = 2, 6


class Sink:
    """Takes the serialized results and keeps only their size."""

    def __init__(self):
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


@dataclass
class Timing:
    name: str
    rows: int
    ours: float
    direct: float
    rdflib: float | str | None      # None: did not finish within the cap; "error": rdflib failed
    rdflib_rows: int | str | None   # the error message when rdflib failed
    cap: float = 0.0                # the CPU time rdflib had used when it was stopped


def sample_params(query: CatalogQuery, sample: Sample) -> dict[str, str]:
    """Values for the parameters a query requires; the others keep their defaults."""
    values = {"event": sample.forum, "fact": sample.agreement, "subject": sample.forum, "object": sample.participant}
    return {p.name: f"<{values[p.name]}>" for p in query.params if p.required}


def _formats(query) -> tuple[str, object]:
    if query.shape.returns_graph:
        return "ntriples", ox.RdfFormat.N_TRIPLES
    return "json", ox.QueryResultsFormat.JSON


def _best(run, repeat: int) -> float:
    """The least CPU time of this process over several runs (other work on the machine barely moves it)."""
    times = []
    started = time.perf_counter()
    while len(times) < repeat or (time.perf_counter() - started < BUDGET and len(times) < MAX_REPEAT):
        begin = time.process_time()
        run()
        times.append(time.process_time() - begin)
    return min(times)


def _count_rows(store: EmbeddedStore, text: str, graph: bool) -> int:
    results = store.raw.query(text, use_default_graph_as_union=True)
    if graph:
        return sum(1 for _ in results)
    if isinstance(results, ox.QueryBoolean):
        return 1
    return sum(1 for _ in results)


def time_pyoxigraph(store: EmbeddedStore, query: CatalogQuery, params: dict, repeat: int) -> tuple[float, float, int]:
    prepared = prepare_query(query, params)
    fmt, oxformat = _formats(prepared)

    def ours() -> None:
        run_query(store, query, params, fmt, Sink())

    def direct() -> None:
        store.raw.query(prepared.text, use_default_graph_as_union=True).serialize(Sink(), oxformat)

    ours(), direct()  # warm the caches
    ours_times, direct_times = [], []
    for round in range(ROUNDS_MORE):
        # Alternate, so that a burst of other work on the machine falls on both; when they still differ by more
        # than the noise, take a few more rounds before believing it.
        ours_times.append(_best(ours, repeat))
        direct_times.append(_best(direct, repeat))
        if round + 1 >= ROUNDS and min(ours_times) <= 1.1 * min(direct_times):
            break
    return min(ours_times), min(direct_times), _count_rows(store, prepared.text, prepared.shape.returns_graph)


# ---- rdflib, in forked processes ------------------------------------------------------------------------

_DATASET = None


def _rdflib_child(text: str, connection) -> None:
    begin = time.process_time()
    try:
        result = _DATASET.query(text)
        rows = 1 if result.type == "ASK" else sum(1 for _ in result)
    except Exception as error:  # noqa: BLE001 - reported in the table
        connection.send(("error", f"{type(error).__name__}: {error}"))
    else:
        connection.send((time.process_time() - begin, rows))
    connection.close()


def load_rdflib(path: Path):
    import rdflib

    global _DATASET
    _DATASET = rdflib.Dataset(default_union=True)
    _DATASET.parse(str(path), format="nquads")
    gc.collect()
    gc.freeze()  # keep the collector from touching the loaded graph in every forked child
    return _DATASET


def _cpu_seconds(pid: int) -> float:
    """CPU time a running process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_rdflib(text: str, cap: float) -> tuple[float | str | None, int | str | None, float]:
    """(CPU seconds, rows, 0); (None, None, CPU seconds used) when stopped after `cap` seconds of wall time;
    ("error", message, 0) when rdflib fails on the query."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_rdflib_child, args=(text, send), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(cap):
            return (*receive.recv(), 0.0)
        return None, None, _cpu_seconds(child.pid)
    except EOFError:
        return "error", "the rdflib process died", 0.0
    finally:
        if child.is_alive():
            child.kill()
        child.join()


# ---- the run and the table ------------------------------------------------------------------------------


def run(events: int, seed: int, repeat: int, cap: float, workdir: Path, log=print) -> tuple[str, list[Timing]]:
    data = workdir / f"synthetic-{events}-{seed}.nq"
    started = time.perf_counter()
    quads, sample = generate(events, data, seed)
    log(f"generated {quads:,} quads for {events:,} events in {time.perf_counter() - started:.0f} s")
    shutil.rmtree(workdir / "store", ignore_errors=True)
    store = EmbeddedStore(workdir / "store")
    started = time.perf_counter()
    store.raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.raw.optimize()
    store.close()
    store = EmbeddedStore(workdir / "store", read_only=True)
    log(f"loaded pyoxigraph in {time.perf_counter() - started:.0f} s: {len(store):,} quads")
    catalog = Catalog().queries()
    timings = []
    for query in catalog:
        params = sample_params(query, sample)
        ours, direct, rows = time_pyoxigraph(store, query, params, repeat)
        timings.append(Timing(query.name, rows, ours, direct, None, None))
        log(f"{query.name:40} {rows:>8} rows  run_query {ours:8.4f} s  pyoxigraph {direct:8.4f} s")
    started = time.perf_counter()
    load_rdflib(data)
    log(f"loaded rdflib in {time.perf_counter() - started:.0f} s")
    for timing, query in zip(timings, catalog):
        text = prepare_query(query, sample_params(query, sample)).text
        timing.rdflib, timing.rdflib_rows, timing.cap = time_rdflib(text, max(cap, CAP_FACTOR * timing.ours))
        if timing.rdflib == "error":
            shown = f"error: {timing.rdflib_rows}"
        else:
            shown = f"{timing.rdflib:.3f} s" if timing.rdflib is not None else f"> {timing.cap:.0f} s (stopped)"
        log(f"{query.name:40} rdflib {shown}")
    store.close()
    return table(timings, events, quads, cap), timings


def _seconds(value: float) -> str:
    return f"{value:.4f}" if value < 1 else f"{value:.2f}"


def table(timings: list[Timing], events: int, quads: int, cap: float) -> str:
    lines = [
        "# Catalog queries: `kg query` beside pyoxigraph and rdflib",
        "",
        f"A synthetic graph of {events:,} events ({quads:,} quads with the ontology and reference data; "
        "`python -m benchmarks queries`), in the embedded on-disk store. CPU seconds of the process running the "
        "query (on this machine, shared with other work, wall time varies by a third from run to run; CPU time "
        "hardly): best of several runs for `run_query` (what `kg query` runs, without the start of the process) "
        "and for the same query text sent straight to pyoxigraph, both writing W3C JSON (N-Triples for "
        "CONSTRUCT); one run for rdflib's in-memory `Dataset` (union default graph), its rows only counted, "
        f"stopped after {cap:g} s of wall time or {CAP_FACTOR} times the kg query time, whichever is longer "
        "(\"> t\": the CPU time it had used by then).",
        "",
        "| query | rows | kg query (s) | pyoxigraph (s) | kg / pyoxigraph | rdflib (s) | rdflib / kg |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    speedups, overheads, failures = [], [], []
    for t in timings:
        overhead = t.ours / t.direct if t.direct else 1.0
        overheads.append(overhead)
        if t.rdflib == "error":
            failures.append(f"{t.name}: {t.rdflib_rows}")
            lines.append(f"| {t.name} | {t.rows:,} | {_seconds(t.ours)} | {_seconds(t.direct)} | {overhead:.2f} | "
                         f"fails¹ | – |")
            continue
        if t.rdflib is None:
            rdflib, speedup = f"> {_seconds(t.cap)}", t.cap / t.ours
            shown_speedup = f"> {speedup:,.0f}×"
        else:
            rdflib, speedup = _seconds(t.rdflib), t.rdflib / t.ours
            shown_speedup = f"{speedup:,.1f}×"
            if t.rdflib_rows != t.rows:
                rdflib += f" ({t.rdflib_rows} rows)"
        speedups.append(speedup)
        lines.append(f"| {t.name} | {t.rows:,} | {_seconds(t.ours)} | {_seconds(t.direct)} | {overhead:.2f} | "
                     f"{rdflib} | {shown_speedup} |")
    capped = sum(1 for t in timings if t.rdflib is None)
    lines += [
        "",
        f"- rdflib / kg query: lowest {min(speedups):,.1f}×, median {statistics.median(speedups):,.1f}× "
        f"({capped} of {len(timings)} queries did not finish in rdflib within their time and count as that time, "
        "so their ratios are lower bounds).",
        f"- kg query / pyoxigraph: highest {max(overheads):.2f}, median {statistics.median(overheads):.2f}.",
        *([f"- ¹ rdflib fails on {len(failures)} of the queries, which are left out of the ratios: "
           + "; ".join(failures) + "."] if failures else []),
        "- The targets of issue 5 — every query at least 10× faster than rdflib, the median at least 20×, none "
        "slower, each within 1.2× of pyoxigraph — are "
        + ("met." if min(speedups) >= 10 and statistics.median(speedups) >= 20 and max(overheads) <= 1.2
           else "not all met on this run (see the rows)."),
        "- Where rdflib's row count differs from pyoxigraph's it is shown in brackets: rdflib's union default graph "
        "holds a statement reported by two documents once, pyoxigraph's twice, and rdflib skips unbound values in "
        "aggregates where pyoxigraph returns none; the catalog counts DISTINCT and avoids such aggregates.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks queries", description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000,
                        help="events in the synthetic graph (default 100,000: about 2 million quads, half an hour)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="least runs per query and path (default 3)")
    parser.add_argument("--rdflib-cap", type=float, default=60.0, help="seconds before rdflib is stopped (60)")
    parser.add_argument("--out", type=Path, default=RESULTS / "queries.md", help="where the Markdown table goes")
    parser.add_argument("--workdir", type=Path, help="folder for the graph and the store (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        context = None
        workdir = args.workdir
    else:
        context = tempfile.TemporaryDirectory(prefix="kg-bench-")
        workdir = Path(context.name)
    try:
        markdown, _ = run(args.events, args.seed, args.repeat, args.rdflib_cap, workdir)
    finally:
        if context:
            context.cleanup()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(markdown, encoding="utf-8")
    print(markdown)


if __name__ == "__main__":
    main()
