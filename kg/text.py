"""Small text helpers shared by the stages: slugs, transliteration, hashing."""

import hashlib
import re
import unicodedata

_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "a", "g", "q", "ng", "o", "u", "u", "h", "i"],
))


def transliterate(text: str) -> str:
    """Latin rendering of Cyrillic text (Russian and Kazakh letters), for identifiers only."""
    return "".join(_TRANSLIT.get(ch, _TRANSLIT.get(ch.lower(), ch)) for ch in text)


def slugify(text: str, max_length: int = 60) -> str:
    """A lower-case ASCII slug: 'Чолпон-Ата' → 'cholpon-ata'."""
    latin = transliterate(text.lower())
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug[:max_length].rstrip("-") or "x"


def short_hash(*parts: str, length: int = 12) -> str:
    """A stable hex digest of the parts, for IRIs built from content."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]
