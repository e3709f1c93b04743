"""The text of a SPARQL request as tokens: its form, prefixes, parameters, SERVICE calls, and careful rewrites.

A small lexer that knows the SPARQL terminals which can hide other text — comments, IRIs and the four kinds of
string literal — so that a keyword or a `$name` inside them is never taken for query text. Rewrites (parameter
terms, a LIMIT) are edits on token positions, and an error position in the rewritten text maps back to the
user's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
  | (?P<pname>(?:[A-Za-z][\w.-]*)?:(?:[\w.:%-]|\\[^\s])*)
  | (?P<word>[A-Za-z_][\w-]*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})


class Token(NamedTuple):
    kind: str   # space, comment, iri, string, var, pname, word, number, other
    text: str
    start: int
    depth: int  # braces open before this token

    @property
    def upper(self) -> str:
        return self.text.upper()


@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Token, ...]:
    """Every token of the text, whitespace and comments included, with its offset and brace depth.

    Cached: a catalog query run again is not read again.
    """
    tokens: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        value = match.group()
        if kind == "other" and value == "}":
            depth = max(depth - 1, 0)
        tokens.append(Token(kind, value, match.start(), depth))
        if kind == "other" and value == "{":
            depth += 1
    return tuple(tokens)


def significant(tokens: tuple[Token, ...] | list[Token]) -> list[Token]:
    """The tokens without whitespace and comments."""
    return [t for t in tokens if t.kind not in ("space", "comment")]


@dataclass(frozen=True)
class Shape:
    """What a request is, read from its tokens."""

    form: str                       # SELECT, CONSTRUCT, DESCRIBE, ASK, or UPDATE
    prefixes: dict[str, str]
    parameters: tuple[str, ...]     # names written $name, in order of first use
    services: tuple[str, ...]       # the IRI (or ?var) after each SERVICE
    update_words: tuple[str, ...]   # INSERT, LOAD, ... found as keywords
    used_prefixes: tuple[str, ...] = ()

    @property
    def is_update(self) -> bool:
        return self.form == "UPDATE" or bool(self.update_words)

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


@lru_cache(maxsize=256)
def read_shape(text: str) -> Shape:
    """The form, declared prefixes, $parameters, SERVICE targets and update keywords of a request (cached: do not
    change the prefixes it returns)."""
    tokens = significant(tokenize(text))
    prefixes: dict[str, str] = {}
    form = None
    i = 0
    while i < len(tokens):
        word = tokens[i].upper if tokens[i].kind == "word" else ""
        if word == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
            prefixes[tokens[i + 1].text.rstrip(":")] = tokens[i + 2].text[1:-1]
            i += 3
        elif word == "BASE" and i + 1 < len(tokens):
            i += 2
        else:
            form = word if word in QUERY_FORMS else "UPDATE"
            break
    parameters: list[str] = []
    services: list[str] = []
    updates: list[str] = []
    for j, token in enumerate(tokens):
        if token.kind == "var" and token.text[0] == "$" and token.text[1:] not in parameters:
            parameters.append(token.text[1:])
        elif token.kind == "word":
            if token.upper == "SERVICE":
                target = tokens[j + 1:j + 3]
                if target and target[0].kind == "word" and target[0].upper == "SILENT":
                    target = target[1:]
                services.append(target[0].text if target else "")
            elif token.upper in UPDATE_WORDS:
                updates.append(token.upper)
    used = tuple(dict.fromkeys(t.text.split(":", 1)[0] for t in tokens if t.kind == "pname"))
    return Shape(form or "UPDATE", prefixes, tuple(parameters), tuple(services), tuple(updates), used)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str


class Rewrite:
    """A text with edits applied, that can map a position in the result back to the original."""

    def __init__(self, original: str, edits: list[Edit]):
        self.original = original
        self.edits = sorted(edits, key=lambda e: e.start)
        parts, last = [], 0
        for edit in self.edits:
            parts += [original[last:edit.start], edit.text]
            last = edit.end
        parts.append(original[last:])
        self.text = "".join(parts)

    def original_offset(self, offset: int) -> int:
        """The offset in the original text of a character of the rewritten one (an edit maps to its start)."""
        shift = 0
        for edit in self.edits:
            new_start = edit.start + shift
            if offset < new_start:
                break
            if offset < new_start + len(edit.text):
                return edit.start
            shift += len(edit.text) - (edit.end - edit.start)
        return offset - shift

    def original_position(self, line: int, column: int) -> tuple[int, int]:
        """(line, column), both from 1, in the original text for a position in the rewritten one."""
        offset = offset_of(self.text, line, column)
        return position_of(self.original, self.original_offset(offset))


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a (line, column) position, both counted from 1."""
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:line - 1]) + column - 1


def position_of(text: str, offset: int) -> tuple[int, int]:
    """The (line, column) of a character offset, both counted from 1."""
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


def substitute(text: str, terms: dict[str, str], limit: int | None = None, preamble: str = "") -> Rewrite:
    """Put each term (already in SPARQL syntax) in place of `$name`, set the top-level LIMIT if given, and put
    the preamble (PREFIX lines) in front."""
    parameters, limit_at = _layout(text)
    edits = [Edit(0, 0, preamble)] if preamble else []
    edits += [Edit(start, end, terms[name]) for start, end, name in parameters if name in terms]
    if limit is not None:
        start, end, before, after = limit_at
        edits.append(Edit(start, end, f"{before}{limit}{after}"))
    return Rewrite(text, edits)


@lru_cache(maxsize=256)
def _layout(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[int, int, str, str]]:
    """Where the $parameters are, and where a LIMIT goes: (start, end, text before, text after the number)."""
    tokens = tokenize(text)
    parameters = tuple((t.start, t.start + len(t.text), t.text[1:])
                       for t in tokens if t.kind == "var" and t.text[0] == "$")
    top = [t for t in significant(tokens) if t.depth == 0]
    for i, token in enumerate(top):
        if token.kind == "word" and token.upper == "LIMIT" and i + 1 < len(top) and top[i + 1].kind == "number":
            number = top[i + 1]
            return parameters, (number.start, number.start + len(number.text), "", "")
    for token in top:
        if token.kind == "word" and token.upper == "VALUES":
            return parameters, (token.start, token.start, "LIMIT ", "\n")
    return parameters, (len(text), len(text), "\nLIMIT ", "\n")


_POSITION = re.compile(r"(?:error )?at (\d+):(\d+)(?::\s*|\s+)(.*)", re.DOTALL)


def split_syntax_error(message: str) -> tuple[int, int, str] | None:
    """(line, column, reason) out of pyoxigraph's 'error at L:C: reason', or None."""
    match = _POSITION.search(message)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), match.group(3).strip()
