"""The query catalog: `queries/*.rq`, each documented by its header comment.

A header is the block of comment lines at the top of the file:

    # title: Partners of an actor
    # question: With whom has the actor cooperated, how often, and from when to when?
    # param: actor (iri, default ecrr:actor/kz) — the state, agency or organization
    # param: lang (lang, default en) — language of the labels
    # example: kg query partners_of_actor --param actor=ecrr:actor/kg

A parameter is used in the query as `$name`; one without a default is required.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg import paths
from kg.errors import QueryError

PARAM_TYPES = ("iri", "string", "lang", "integer", "decimal", "date", "year", "term")

_HEADER = re.compile(r"#\s*(title|question|param|example)\s*:\s*(.*)")
_PARAM = re.compile(r"(?P<name>[A-Za-z_]\w*)\s*\((?P<spec>[^)]*)\)\s*(?:[—–-]+\s*(?P<meaning>.*))?")


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "term"
    default: str | None = None
    meaning: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def describe(self) -> str:
        return f"{self.name}={self.default}" if self.default is not None else f"{self.name} (required)"


@dataclass(frozen=True)
class CatalogQuery:
    """A query with what its header says about it; `path` is None for text from stdin."""

    name: str
    text: str
    path: Path | None = None
    title: str = ""
    question: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = field(default=())

    def __hash__(self) -> int:
        # The text and name decide; hashing every field on each run would cost more than the lookup it serves.
        return hash((self.name, self.text))

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def where(self) -> str:
        return str(self.path) if self.path else f"<{self.name}>"


def parse_header(text: str, where: str = "<query>") -> dict:
    """Title, question, params and examples from the leading comment lines; raises QueryError on a bad param line."""
    fields: dict = {"title": "", "question": "", "params": [], "examples": []}
    last = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER.match(stripped)
        if match:
            key, value = match.group(1), match.group(2).strip()
            if key == "param":
                fields["params"].append(_parse_param(value, f"{where}:{number}"))
            elif key == "example":
                fields["examples"].append(value)
            else:
                fields[key] = value
            last = key
        elif last in ("title", "question") and stripped.startswith("#  "):
            fields[last] += " " + stripped.lstrip("#").strip()  # a continuation line
        else:
            last = None
    return fields


def _parse_param(value: str, where: str) -> Param:
    match = _PARAM.fullmatch(value)
    if not match:
        raise QueryError(f"bad param line {value!r}", where=where,
                         hint="Write `# param: name (type, default value) — meaning`")
    spec = [part.strip() for part in match.group("spec").split(",", 1)]
    kind, default = spec[0] or "term", None
    if kind not in PARAM_TYPES:
        raise QueryError(f"unknown parameter type {kind!r}", where=where, hint=f"Use one of {', '.join(PARAM_TYPES)}")
    if len(spec) > 1:
        if not spec[1].startswith("default "):
            raise QueryError(f"bad param line {value!r}", where=where, hint="Write `(type, default value)`")
        default = spec[1][len("default "):].strip()
    return Param(match.group("name"), kind, default, (match.group("meaning") or "").strip())


def load_query(path: Path, name: str | None = None) -> CatalogQuery:
    """A query file with its header; raises QueryError if it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query: {exc.strerror if isinstance(exc, OSError) else exc}",
                         where=str(path)) from None
    return from_text(text, name or path.stem, path)


def from_text(text: str, name: str = "query", path: Path | None = None) -> CatalogQuery:
    """A query given as text, its header read like a catalog file's."""
    header = parse_header(text, str(path) if path else f"<{name}>")
    return CatalogQuery(name, text, path, header["title"], header["question"], tuple(header["params"]),
                        tuple(header["examples"]))


class Catalog:
    """The queries of a folder, by name (the file name without .rq)."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else paths.queries_dir()

    def names(self) -> list[str]:
        """The names of the queries, sorted."""
        return sorted(p.stem for p in self.folder.glob("*.rq"))

    def queries(self) -> list[CatalogQuery]:
        """Every query with its header, by name; raises QueryError on an unreadable file or a bad header."""
        return [load_query(p) for p in sorted(self.folder.glob("*.rq"))]

    def find(self, name: str) -> CatalogQuery | None:
        """The query of that name, or None."""
        path = self.folder / f"{name}.rq"
        return load_query(path) if path.is_file() else None

    def get(self, ref: str, stdin=None) -> CatalogQuery:
        """A catalog name, a path to an .rq file, or '-' for stdin; raises QueryError if there is none."""
        if ref == "-":
            return from_text((stdin or sys.stdin).read(), "stdin")
        found = self.find(ref) if re.fullmatch(r"[\w-]+", ref) else None
        if found:
            return found
        path = Path(ref)
        if path.is_file():
            return load_query(path)
        raise QueryError(f"no query {ref!r} in the catalog and no such file",
                         hint="List the catalog with `kg queries`, or give the path of an .rq file")


__all__ = ["Catalog", "CatalogQuery", "Param", "PARAM_TYPES", "parse_header", "load_query", "from_text"]
