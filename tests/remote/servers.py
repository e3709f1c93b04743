"""Real servers on loopback for the remote-store tests: Virtuoso, and a small HTTP relay that can fail on purpose.

The oxigraph server is started with kg.server.serve(), as `kg serve --writable` starts it.
"""

from __future__ import annotations

import configparser
import http.server
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

# Debian ships the template in /usr/share; its postinst copies it to /etc.
VIRTUOSO_INIS = (Path("/etc/virtuoso-opensource-7/virtuoso.ini"), Path("/usr/share/virtuoso-opensource-7/virtuoso.ini"))
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float, log: Path | None = None) -> None:
    """Poll until the URL answers 200; fail with the server's log if it exits or takes too long."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: "
                               f"{log.read_text(errors='replace')[-2000:] if log and log.exists() else ''}")
        try:
            with _DIRECT.open(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t") if virtuoso_ini() else None


def virtuoso_ini() -> Path | None:
    return next((path for path in VIRTUOSO_INIS if path.exists()), None)


def start_virtuoso(folder: Path) -> tuple[subprocess.Popen, str]:
    """Virtuoso with its database in `folder`, HTTP and SQL ports on loopback; (process, base URL).
    Started again on the same folder, it opens the same database on the same ports."""
    path = folder / "virtuoso.ini"
    if not path.exists():
        _write_virtuoso_ini(folder, path)
    ini = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",), interpolation=None)
    ini.read(path)
    out = folder / "stdout.log"
    process = subprocess.Popen([virtuoso_binary(), "+foreground", "+configfile", str(path)], cwd=folder,
                               stdin=subprocess.DEVNULL, stdout=out.open("ab"), stderr=subprocess.STDOUT)
    url = f"http://{ini['HTTPServer']['ServerPort']}"
    try:
        wait_for(f"{url}/sparql?query=ASK%7B%7D", process, 60, out)
    except BaseException:
        stop_process(process)
        raise
    return process, url


def _write_virtuoso_ini(folder: Path, path: Path) -> None:
    ini = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",), interpolation=None)
    ini.optionxform = str
    ini.read(virtuoso_ini())
    files = {"DatabaseFile": "virtuoso.db", "ErrorLogFile": "virtuoso.log", "LockFile": "virtuoso.lck",
             "TransactionFile": "virtuoso.trx", "xa_persistent_file": "virtuoso.pxa"}
    for key, name in files.items():
        ini["Database"][key] = str(folder / name)
    ini["TempDatabase"]["DatabaseFile"] = str(folder / "virtuoso-temp.db")
    ini["TempDatabase"]["TransactionFile"] = str(folder / "virtuoso-temp.trx")
    sql_port, http_port = free_port(), free_port()
    ini["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    ini["Parameters"]["DirsAllowed"] = f"., {folder}"
    ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini["HTTPServer"]["ServerThreads"] = "20"
    with path.open("w") as handle:
        ini.write(handle)


def stop_process(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Relay:
    """An HTTP server on loopback that answers `status` to the requests `fail(method, path, headers)` picks and
    passes the rest on to `upstream` (with no upstream it answers all of them so); it notes what it saw."""

    upstream: str | None = None
    status: int = 500
    fail: Callable[[str, str, dict], bool] = lambda method, path, headers: True
    basic: str | None = None              # "user:password" the relay itself demands, as a proxy in front would
    mangle: Callable[[str, str, bytes], bytes] | None = None   # changes a body on its way (method, path, body)
    seen: list[tuple[str, str]] = field(default_factory=list)
    failed: int = 0

    def __post_init__(self):
        relay = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _handle(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                relay.seen.append((self.command, self.path))
                if relay.basic and not self._authorized():
                    return self._answer(401, b"login first", {"WWW-Authenticate": 'Basic realm="kg"'})
                if relay.fail(self.command, self.path, dict(self.headers)) or relay.upstream is None:
                    relay.failed += 1
                    return self._answer(relay.status, b"Internal failure on purpose\n", {})
                if relay.mangle and body:
                    body = relay.mangle(self.command, self.path, body)
                request = urllib.request.Request(relay.upstream + self.path, data=body or None, method=self.command,
                                                 headers={k: v for k, v in self.headers.items()
                                                          if k.lower() not in ("host", "connection", "content-length")})
                try:
                    with _DIRECT.open(request, timeout=60) as response:
                        self._answer(response.status, response.read(), response.headers)
                except urllib.error.HTTPError as error:
                    self._answer(error.code, error.read(), error.headers)

            def _authorized(self) -> bool:
                import base64

                expected = "Basic " + base64.b64encode(relay.basic.encode()).decode()
                return self.headers.get("Authorization") == expected

            def _answer(self, status: int, body: bytes, headers) -> None:
                self.send_response(status)
                for key, value in headers.items():
                    if key.lower() not in ("content-length", "connection", "transfer-encoding", "server", "date"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _handle

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
