"""News outlets a page names in its header or footer, and the state whose news they report (patterns/outlets.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from kg.extract.phrases import load_patterns

_DOMAIN = re.compile(r"(?<![\w@])(?:[\w-]+\.)+([a-z]{2})(?![\w.])", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"(?:[a-z]+://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _outlets() -> tuple[tuple[re.Pattern, str, str], ...]:
    spec = load_patterns("outlets")
    out = []
    for state, names in spec["outlets"].items():
        for name in names:
            flags = re.IGNORECASE if len(name) >= 5 else 0
            out.append((re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", flags), name, state))
    # the longer name first: "Sputnik Кыргызстан" before a bare "Sputnik" of another edition
    return tuple(sorted(out, key=lambda o: -len(o[1])))


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    return {k.lower(): v for k, v in load_patterns("outlets")["domains"].items()}


def outlet_in(lines: Iterable[str]) -> str | None:
    """The first outlet (as written on the page) or web address of a state's domain that the lines name."""
    for line in lines:
        for pattern, _, _ in _outlets():
            found = pattern.search(line)
            if found:
                return found.group(0)
        for found in _DOMAIN.finditer(line):
            if found.group(1).lower() in _domains():
                return found.group(0)
    return None


def outlet_state(name: str | None) -> str | None:
    """The state of an outlet's name or of a web address ("Kaktus.media" → KG, "https://24.kg/…" → KG)."""
    if not name:
        return None
    for pattern, _, state in _outlets():
        if pattern.fullmatch(name.strip()):
            return state
    host = re.sub(r"^[a-z]+://", "", name.strip(), flags=re.IGNORECASE).split("/", 1)[0]
    found = _DOMAIN.fullmatch(host)
    return _domains().get(found.group(1).lower()) if found else None


def is_web_address(name: str) -> bool:
    """The name is a web address ("russian.news.cn", "https://24.kg/…"), whose words name no body."""
    return bool(_WEB_ADDRESS.fullmatch(name.strip()))


def names_an_outlet(text: str) -> bool:
    """The words name a news outlet ("Kazinform International News Agency", "агентства «Кабар»")."""
    return any(pattern.search(text) for pattern, _, _ in _outlets())
