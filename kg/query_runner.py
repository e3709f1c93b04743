"""Queries with a timeout, and updates when the user allows them.

pyoxigraph cannot be interrupted once a query runs, so on an embedded store the query runs in a worker process
(kg.query_worker) that is killed when the time is up. Other stores (a remote endpoint, an in-memory store) run it
in a thread that is given up on. Either way the results go to a temporary spool first and reach the output only
when the query finished in time: a timed-out query writes nothing.
"""

from __future__ import annotations

import inspect
import json
import os
import selectors
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from kg.errors import QueryError
from kg.query import PreparedQuery, execute, syntax_error
from kg.query_worker import BOOT, SYNTAX
from kg.results import write_results

SPOOL_IN_MEMORY = 8 * 1024 * 1024   # results larger than this spill to a temporary file
CHUNK = 64 * 1024


def timeout_error(prepared: PreparedQuery, timeout: float) -> QueryError:
    return QueryError(f"the query ran past its timeout of {timeout:g} s and was stopped", where=prepared.query.where,
                      hint="Narrow it down, add --limit, or give a longer --timeout")


def _local_location(store) -> str | None:
    """The folder of an embedded on-disk store, which a worker process can open read-only."""
    from kg.store import EmbeddedStore

    if isinstance(store, EmbeddedStore) and Path(store.location).is_dir():
        return store.location
    return None


def run_with_timeout(store, prepared: PreparedQuery, fmt: str, out: IO[bytes], timeout: float) -> None:
    """Run the query, and write its results to `out` only if it finishes within `timeout` seconds."""
    if timeout <= 0:
        raise QueryError(f"the timeout must be more than 0 seconds, not {timeout:g}")
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        location = _local_location(store)
        if location is not None:
            with _stable_copy(store, location) as readable:
                _in_worker(readable, prepared, fmt, spool, timeout)
        else:
            _in_thread(store, prepared, fmt, spool, timeout)
        spool.seek(0)
        shutil.copyfileobj(spool, out, CHUNK)


@contextmanager
def _stable_copy(store, location: str) -> Iterator[str]:
    """A folder the worker can open read-only while this process may still write to the store.

    A store open for writing compacts its files in the background, which a reader opening it would miss; a
    backup next to it (hard links, taken in milliseconds) holds still. A read-only store is used as it is.
    """
    if getattr(store, "read_only", False):
        yield location
        return
    folder = tempfile.mkdtemp(prefix=".kg-query-", dir=Path(location).parent)
    try:
        snapshot = str(Path(folder) / "store")
        store.raw.backup(snapshot)
        yield snapshot
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _in_worker(location: str, prepared: PreparedQuery, fmt: str, spool: IO[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    package = str(Path(__file__).resolve().parent)
    job = json.dumps({"location": location, "query": prepared.text, "format": fmt,
                      "prefixes": prepared.prefixes_for(fmt)})
    worker = subprocess.Popen([sys.executable, "-c", BOOT, package], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        worker.stdin.write(job.encode("utf-8"))
        worker.stdin.close()
        with selectors.DefaultSelector() as selector:
            selector.register(worker.stdout, selectors.EVENT_READ)
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise timeout_error(prepared, timeout)
                if not selector.select(left):
                    continue
                chunk = os.read(worker.stdout.fileno(), CHUNK)
                if not chunk:
                    break
                spool.write(chunk)
        try:
            code = worker.wait(max(deadline - time.monotonic(), 0.01))
        except subprocess.TimeoutExpired:
            raise timeout_error(prepared, timeout) from None
        if code != 0:
            raise _worker_error(prepared, code, worker.stderr.read().decode("utf-8", "replace"))
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        for stream in (worker.stdout, worker.stderr):
            stream.close()


def _worker_error(prepared: PreparedQuery, code: int, stderr: str) -> QueryError:
    try:
        report = json.loads(stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        last = stderr.strip().splitlines()[-1:] or [""]
        report = {"kind": "crash", "message": f"the query process ended with code {code} {last[0]}".rstrip()}
    if code == SYNTAX:
        return syntax_error(prepared, report["message"])
    return QueryError(f"the store failed to run the query: {report['message']}", where=prepared.query.where)


def _takes_timeout(store) -> bool:
    try:
        return "timeout" in inspect.signature(store.query).parameters
    except (TypeError, ValueError):
        return False


def _in_thread(store, prepared: PreparedQuery, fmt: str, spool: IO[bytes], timeout: float) -> None:
    outcome: list[BaseException] = []
    # A store that takes a timeout itself (a remote endpoint) gives up on its request as well.
    options = {"timeout": timeout} if _takes_timeout(store) else {}

    def work() -> None:
        try:
            write_results(execute(store, prepared, **options), spool, fmt, prepared.prefixes_for(fmt))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome.append(exc)

    # A daemon thread: when the time is up it is left to finish on its own, and never keeps the process alive.
    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise timeout_error(prepared, timeout)
    if outcome:
        raise outcome[0]


def run_update(store, prepared: PreparedQuery) -> None:
    """Apply a SPARQL update the user allowed, in one transaction; raises QueryError when it fails."""
    update = getattr(store, "update", None)
    if update is None and hasattr(store, "raw"):
        update = store.raw.update
    if update is None:
        raise QueryError("this store does not take SPARQL updates")
    if getattr(store, "read_only", False):
        raise QueryError("the store is open read-only", hint="Open it for writing to run an update")
    try:
        update(prepared.text)
    except SyntaxError as exc:
        raise syntax_error(prepared, str(exc)) from None
    except OSError as exc:
        raise QueryError(f"the update failed: {exc}", where=prepared.query.where) from None
