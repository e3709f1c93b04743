"""Word phrases from the pattern files, matched on token lemmas.

A phrase is words separated by spaces: a Russian word matches any token with that lemma, a Latin
word matches the token's lower-case form (English plurals folded), and `~stem` matches any token
that begins with the stem (for Kazakh, whose endings pile up).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import yaml

from kg import paths
from kg.errors import ExtractionError
from kg.extract.nlp import Token, english_lemma, normalize_word


@lru_cache(maxsize=None)
def load_patterns(name: str) -> dict:
    """A YAML pattern file of kg/extract/patterns/ as a dict."""
    path = paths.patterns_dir() / f"{name}.yaml"
    return parse_patterns(path.read_text(encoding="utf-8"), f"patterns/{name}.yaml")


def parse_patterns(text: str, where: str) -> dict:
    """The YAML text of a pattern file; a key given twice is refused (YAML would keep the last one silently, and an
    expert adding a list under a name already used would replace the first list)."""
    try:
        return yaml.load(text, Loader=_UniqueKeys)
    except yaml.MarkedYAMLError as exc:
        line = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
        raise ExtractionError(f"unreadable patterns file: {exc.problem}{line}", where=where) from None
    except yaml.YAMLError as exc:
        raise ExtractionError(f"unreadable patterns file: {exc}", where=where) from None


class _UniqueKeys(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_UNLESS = "\0unless"


@dataclass(frozen=True)
class PhraseMatch:
    label: str
    first: int
    last: int


class _Word:
    __slots__ = ("prefix", "value", "latin")

    def __init__(self, word: str):
        self.prefix = word.startswith("~")
        raw = word[1:] if self.prefix else word
        cyrillic = any("а" <= c <= "я" or c in "әғқңөұүһі" for c in raw.lower())
        self.latin = not cyrillic and not self.prefix
        self.value = normalize_word(raw) if (self.prefix or cyrillic) else english_lemma(raw)

    def matches(self, token: Token) -> bool:
        if self.prefix:
            # "оқу-жаттығуын" begins with "оқу-жаттығу" and has a part beginning with "жаттығу"
            return token.norm.startswith(self.value) or ("-" in token.norm and any(
                part.startswith(self.value) for part in token.norm.split("-")[1:]))
        if self.value in token.lemmas or token.norm == self.value:
            return True
        if "-" not in token.norm:
            return False
        if self.latin:
            return self.value in token.norm.split("-")
        return any(lemma.rsplit("-", 1)[-1] == self.value for lemma in token.lemmas)


class PhraseSet:
    """Labelled phrases, found in token sequences, longest first."""

    def __init__(self, labelled: Iterable[tuple[str, str]]):
        self._by_first: dict[str, list[tuple[str, tuple[_Word, ...]]]] = defaultdict(list)
        self._prefixed: dict[str, list[tuple[str, tuple[_Word, ...]]]] = defaultdict(list)
        for label, phrase in labelled:
            words = tuple(_Word(w) for w in str(phrase).split())
            if not words:
                continue
            if words[0].prefix:
                self._prefixed[words[0].value[:2]].append((label, words))
            else:
                self._by_first[words[0].value].append((label, words))

    @classmethod
    def of(cls, phrases: Iterable[str], label: str = "", unless: Iterable[str] = ()) -> "PhraseSet":
        """`unless`: longer phrases that begin like one of `phrases` and are no match ("подготовка к бедствиям",
        disaster preparedness, is no "подготовка к" of a plan)."""
        return cls([(label, p) for p in phrases] + [(_UNLESS, p) for p in unless])

    def _candidates(self, token: Token):
        surface = token.norm
        for lemma in token.lemmas:
            yield from self._by_first.get(lemma, ())
        if surface not in token.lemmas:
            yield from self._by_first.get(surface, ())
        if "-" in surface:
            # "search-and-rescue" says "rescue"; "онлайн-семинаре" (lemma "онлайн-семинар") says "семинар"
            parts = set(surface.split("-")) | {lemma.rsplit("-", 1)[-1] for lemma in token.lemmas}
            for part in parts:
                yield from self._by_first.get(part, ())
            for part in surface.split("-")[1:]:
                if part[:2] != surface[:2]:
                    yield from self._prefixed.get(part[:2], ())
        yield from self._prefixed.get(surface[:2], ())

    def _may_begin(self, token: Token) -> bool:
        """Most tokens begin no phrase: set lookups say so without walking the candidates."""
        norm = token.norm
        return "-" in norm or norm[:2] in self._prefixed or norm in self._by_first \
            or not self._by_first.keys().isdisjoint(token.lemmas)

    def match_at(self, tokens: tuple[Token, ...], i: int) -> PhraseMatch | None:
        if not self._may_begin(tokens[i]):
            return None
        return self._longest_at(tokens, i)

    def _longest_at(self, tokens: tuple[Token, ...], i: int) -> PhraseMatch | None:
        best: PhraseMatch | None = None
        for label, words in self._candidates(tokens[i]):
            n = len(words)
            if i + n > len(tokens) or (best and n <= best.last - best.first + 1):
                continue
            if all(w.matches(t) for w, t in zip(words, tokens[i:i + n])):
                best = PhraseMatch(label, i, i + n - 1)
        return None if best is not None and best.label == _UNLESS else best

    def find(self, tokens: tuple[Token, ...], start: int = 0, stop: int | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches in tokens[start:stop], left to right."""
        stop = len(tokens) if stop is None else stop
        out: list[PhraseMatch] = []
        by_first, prefixed = self._by_first, self._prefixed
        firsts = by_first.keys()
        i = start
        while i < stop:
            token = tokens[i]
            norm = token.norm
            # (the test of _may_begin, written out: this loop runs over every token of every text)
            if "-" not in norm and norm[:2] not in prefixed and norm not in by_first and firsts.isdisjoint(token.lemmas):
                i += 1
                continue
            match = self._longest_at(tokens, i)
            if match and match.last < stop:
                out.append(match)
                i = match.last + 1
            else:
                i += 1
        return out

    def any_in(self, tokens: tuple[Token, ...], start: int = 0, stop: int | None = None) -> bool:
        stop = len(tokens) if stop is None else stop
        may_begin = self._may_begin
        return any(may_begin(tokens[i]) and self._longest_at(tokens, i) for i in range(start, stop))
