"""How to reach a remote SPARQL endpoint: per-engine presets, a TOML config file, KG_* variables, explicit options.

Each setting is taken from the first place that has it: an explicit option (the CLI's --engine and --user, or a
keyword argument), the URL's own user:password@, the environment (KG_ENGINE, KG_USER, KG_PASSWORD, KG_AUTH,
KG_TIMEOUT, KG_RETRIES, KG_BACKOFF, KG_QUERY_PATH, KG_UPDATE_PATH, KG_STORE_PATH, KG_WRITE, KG_GRAPH_PREFIX), the
`[remote]` table of the config file (--config or KG_CONFIG), and last the engine's preset:

    [remote]
    url = "http://127.0.0.1:8890"      # where `kg push` and `kg pull` go by default
    engine = "virtuoso"
    user = "dba"
    password_env = "VIRTUOSO_PASSWORD"  # the name of a variable holding it (or password = "…" in a private file)
    timeout = 60
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Mapping
from urllib.parse import unquote, urlsplit, urlunsplit

from kg.errors import UsageError
from kg.rdf import ECRR

# How each engine lays out its endpoints and how a graph is replaced in one transaction there.
#   gsp:    PUT of the graph (Graph Store Protocol); oxigraph runs it as one transaction.
#   staged: PUT into a fresh staging graph, then `MOVE` it onto the graph in one SPARQL Update request:
#           Virtuoso's own PUT clears the graph and loads it in separate steps that readers can see.
#   update: `DROP SILENT GRAPH …; INSERT DATA …` in one SPARQL Update request, which SPARQL 1.1 Update
#           asks services to treat atomically.
PRESETS: dict[str, dict[str, object]] = {
    "oxigraph": {"query_path": "/query", "update_path": "/update", "store_path": "/store", "auth": "basic",
                 "write": "gsp", "union_param": "union-default-graph"},
    "virtuoso": {"query_path": "/sparql", "update_path": "/sparql-auth", "store_path": "/sparql-graph-crud-auth",
                 "auth": "digest", "write": "staged", "union_param": ""},
    "generic": {"query_path": "", "update_path": "", "store_path": "", "auth": "basic", "write": "update",
                "union_param": ""},
}
DEFAULT_ENGINE = "oxigraph"
WRITES = ("gsp", "staged", "update")
AUTHS = ("basic", "digest")


@dataclass(frozen=True)
class RemoteSettings:
    """Where the endpoints of one server are, how to log in, and how patient to be."""

    url: str                      # the server's base URL, without credentials
    engine: str = DEFAULT_ENGINE
    query_path: str = "/query"
    update_path: str = "/update"
    store_path: str = "/store"    # the Graph Store Protocol endpoint; "" when the server has none
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "basic"
    write: str = "gsp"
    union_param: str = ""         # a query-string flag asking for the union of all graphs as the default graph
    timeout: float = 60.0         # seconds per request
    retries: int = 3              # further attempts after a connection error or a 5xx answer
    backoff: float = 0.5          # seconds before the first retry; doubled each time
    graph_prefix: str = ECRR      # the graphs that are ours on a shared server

    @property
    def query_url(self) -> str:
        return self.url + self.query_path

    @property
    def update_url(self) -> str:
        return self.url + self.update_path

    @property
    def store_url(self) -> str | None:
        return self.url + self.store_path if self.store_path else None

    @classmethod
    def resolve(cls, url: str, *, config: str | Path | None = None, env: Mapping[str, str] | None = None,
                **options) -> "RemoteSettings":
        """Settings for an endpoint URL from options, the URL, the environment, a config file and the preset.

        Raises UsageError for an unknown engine or setting, a value of the wrong type, or an unreadable config.
        """
        env = os.environ if env is None else env
        table = read_config(config or env.get("KG_CONFIG"))
        base, url_user, url_password = split_credentials(url)
        engine = options.get("engine") or env.get("KG_ENGINE") or table.get("engine") or DEFAULT_ENGINE
        if engine not in PRESETS:
            raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(PRESETS)}")
        values: dict[str, object] = dict(PRESETS[engine])
        if "password_env" in table:
            name = table["password_env"]
            if name not in env:
                raise UsageError(f"the config file names ${name} for the password, but it is not set")
            values["password"] = env[name]
        values.update({k: v for k, v in table.items() if k not in ("url", "engine", "password_env")})
        values.update({f.name: env[f"KG_{f.name.upper()}"] for f in fields(cls)
                       if f.name not in ("url", "engine") and f"KG_{f.name.upper()}" in env})
        values.update({k: v for k, v in (("user", url_user), ("password", url_password)) if v is not None})
        values.update({k: v for k, v in options.items() if v is not None and k != "engine"})
        return _checked(cls(url=base, engine=engine), values)


def _checked(settings: RemoteSettings, values: Mapping[str, object]) -> RemoteSettings:
    known = {f.name: f for f in fields(RemoteSettings)}
    typed: dict[str, object] = {}
    for name, value in values.items():
        if name not in known or name == "url":
            raise UsageError(f"unknown remote setting {name!r}; known: {', '.join(sorted(set(known) - {'url'}))}")
        kind = {"timeout": float, "backoff": float, "retries": int}.get(name, str)
        try:
            typed[name] = kind(value)
        except (TypeError, ValueError):
            raise UsageError(f"the remote setting {name} must be {'a number' if kind is not str else 'text'}, "
                             f"not {value!r}") from None
    result = replace(settings, **typed)
    if result.auth not in AUTHS:
        raise UsageError(f"unknown auth {result.auth!r}; choose basic or digest")
    if result.write not in WRITES:
        raise UsageError(f"unknown write method {result.write!r}; choose one of {', '.join(WRITES)}")
    if result.write != "update" and not result.store_path:
        raise UsageError(f"write = {result.write} needs the Graph Store endpoint: set store_path")
    if result.timeout <= 0 or result.retries < 0 or result.backoff < 0:
        raise UsageError("timeout must be above 0, retries and backoff 0 or more")
    return result


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """The URL without user:password@ and without a trailing slash, and the user and password it carried."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"not an http(s) URL: {url!r}")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    base = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), parts.query, ""))
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return base, user, password


def read_config(path: str | Path | None) -> dict[str, object]:
    """The `[remote]` table of a TOML config file ({} without a file). Raises UsageError when unreadable."""
    if not path:
        return {}
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise UsageError(f"cannot read the config file: {exc.strerror}", where=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"not valid TOML: {exc}", where=str(path)) from None
    table = data.get("remote", {})
    if not isinstance(table, dict):
        raise UsageError("[remote] must be a table", where=str(path))
    return table


def default_remote(config: str | Path | None = None, env: Mapping[str, str] | None = None) -> str | None:
    """The remote store `kg push` and `kg pull` use when not told: $KG_REMOTE, else `url` in the config file."""
    env = os.environ if env is None else env
    return env.get("KG_REMOTE") or read_config(config or env.get("KG_CONFIG")).get("url")


__all__ = ["RemoteSettings", "PRESETS", "default_remote", "read_config", "split_credentials"]
