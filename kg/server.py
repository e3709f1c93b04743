"""A SPARQL 1.1 Protocol endpoint on the store folder: the `oxigraph` server from PyPI, read-only by default."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import StoreError, UsageError
from kg.store import EmbeddedStore

DEFAULT_BIND = "127.0.0.1:7878"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def oxigraph_command() -> str:
    """The `oxigraph` executable installed beside this Python, else on PATH. Raises StoreError if missing."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed", hint="Install it with `pip install oxigraph`")
    return found


def split_bind(bind: str) -> tuple[str, int]:
    """'127.0.0.1:7878' → ('127.0.0.1', 7878); '[::1]:7878' works too. Raises UsageError otherwise."""
    host, sep, port = bind.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"--bind takes HOST:PORT such as 127.0.0.1:7878, not {bind!r}")
    return host, int(port)


def is_loopback(bind: str) -> bool:
    return split_bind(bind)[0] in _LOOPBACK


def endpoint_urls(bind: str, writable: bool = False) -> dict[str, str]:
    """The URLs the server answers at: query, and with writes allowed update and the Graph Store."""
    host, port = split_bind(bind)
    host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    base = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    urls = {"query": f"{base}/query"}
    if writable:
        urls.update(update=f"{base}/update", store=f"{base}/store")
    return urls


def serve(location: str | Path, bind: str = DEFAULT_BIND, writable: bool = False, *,
          timeout: float | None = None, wait: float = 30.0) -> subprocess.Popen:
    """Start the oxigraph server on a store folder; return its process once it answers queries.

    Queries without GRAPH see the union of all graphs, as in the embedded store. Read-only unless `writable`.
    Raises StoreError when there is no store, it is in use by another process, or the address is taken.
    """
    location = str(location)
    host, port = split_bind(bind)
    if _taken(host, port):
        raise StoreError(f"the address {bind} is already in use", hint="Pick another port: --bind 127.0.0.1:PORT")
    # Fail here with our own message when there is no store or another process holds it: oxigraph would open
    # a read-only store under a writer without complaint.
    if not writable:
        EmbeddedStore(location, read_only=True).close()
    EmbeddedStore(location).close()
    command = [oxigraph_command(), "serve" if writable else "serve-read-only", "--location", location,
               "--bind", bind, "--union-default-graph"]
    if timeout:
        command += ["--timeout-s", str(max(1, round(timeout)))]
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
    probe = endpoint_urls(bind)["query"] + "?query=ASK%7B%7D"
    deadline = time.monotonic() + wait
    while True:
        if process.poll() is not None:
            log.seek(0)
            raise _start_error(log.read().decode("utf-8", "replace"), location, bind)
        if _answers(probe) and process.poll() is None:
            log.close()  # the server keeps its own handle; ours is not needed any more
            return process
        if time.monotonic() > deadline:
            stop(process)
            raise StoreError(f"the server did not answer within {wait:g} s", where=probe)
        time.sleep(0.05)


def stop(process: subprocess.Popen, grace: float = 10.0) -> int:
    """Stop a server started by serve(); its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def _taken(host: str, port: int) -> bool:
    """Something already accepts connections there (oxigraph would fail, and our probe would ask it)."""
    host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _answers(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _start_error(log: str, location: str, bind: str) -> StoreError:
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    text = lines[-1] if lines else "no message"
    if "lock" in log.lower():
        return StoreError("the store is in use by another process (is `kg serve` running?)", where=location)
    if "in use" in log.lower():
        return StoreError(f"the address {bind} is already in use", hint="Pick another port: --bind 127.0.0.1:PORT")
    return StoreError(f"the oxigraph server did not start: {text}", where=location)


__all__ = ["serve", "stop", "endpoint_urls", "oxigraph_command", "DEFAULT_BIND"]
