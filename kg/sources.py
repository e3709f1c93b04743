"""Read .txt, .html and .jsonl documents: detect encoding and language, strip page chrome."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from kg import paths
from kg.errors import SourceError
from kg.extract.dates import find_dates, is_weekday, parse_date
from kg.extract.outlets import outlet_in
from kg.records import Document
from kg.text import short_hash, slugify

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
MAX_BYTES = 2_000_000
SUPPORTED_LANGUAGES = {"ru", "en", "kk"}

_KAZAKH_LETTERS = set("әғқңөұүһі")
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"
_FLAG = r"[\U0001F1E6-\U0001F1FF]"  # a flag is a pair of regional letters
# (an emoji or a flag ends a sentence of a post: "Вспоминаем главное 👇", "… Монтана (США) 🇺🇸")
_SENTENCE_END = re.compile(r"(?:[.!?…:;»\")。]|" + _EMOJI + "|" + _FLAG + r")\s*$")
_PUBLISHER = re.compile(
    r"^(?:Пресс-служба|Пресс-центр|Пресс-секретариат|Информационная служба|Баспасөз қызметі|Press service of|Press office of)\s+(\w.{1,119})$",
    re.IGNORECASE,
)
# "© МЧС Республики Беларусь, 2024", "© 2019 Ministry of Emergency Situations. All rights reserved": the holder
_YEARS = r"(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?"  # "2024", "1996-2025"
_COPYRIGHT = re.compile(r"^(?:Copyright\s*©?|©|\(c\))\s*(?:" + _YEARS + r"\s*)?"
                        r"((?!\d)[«\"\w][^.©|]{2,80}?)\s*(?:,?\s*" + _YEARS + r")?\s*(?:[.|].*)?$", re.IGNORECASE)
_STATE_BODY = re.compile(r"\b(?:МЧС|ТЖМ|Министерств\w*|Комитет\w*|Ministry|Committee)\b", re.IGNORECASE)
_BODY_HEADER = re.compile(
    r"^(?:министерство|комитет|агентство|генеральная прокуратура|прокуратура|верховный суд|правительство|"
    r"администрация|исполнительный аппарат|аппарат|акимат|служба|ministry|committee|agency|office|министрлігі|"
    r"агенттігі|представительство|(?:regional|country|sub-regional|liaison) office|"
    r"регионал\w+ (?:офис|бюро|отделение|представительство))\b",
    re.IGNORECASE,
)
_EVENT_WORD = re.compile(
    r"форум|встреч|совещани|заседани|учени|визит|соглашени|меморандум|протокол|подписа|провел|состоял|"
    r"переда|помощ|семинар|тренинг|конференц|forum|meet|visit|exercise|sign|train|aid|held",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourceFailure:
    """A document that could not be read; the other documents go on."""

    source: str
    error: SourceError


def _chrome_lines() -> list[str]:
    lines = (paths.PACKAGE / "data" / "page_chrome.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _chrome_phrases() -> tuple[str, ...]:
    phrases = {line for line in _chrome_lines() if not line.startswith(("!", ">"))}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _block_heads() -> tuple[str, ...]:
    return tuple(line[1:].strip() for line in _chrome_lines() if line.startswith(">"))


def _heads_a_block(line: str) -> bool:
    """"Читайте также:", "Related news", "Популярное": a line that heads a list of links to other items."""
    lowered = line.strip().lower()
    bare = re.sub(r"[\s:.…»>|/–—-]+$", "", lowered)
    # ("Другие новости раздела:", "Related news from this section": a head with a word or two of its own)
    return any(bare == head or lowered.startswith(head + ":")
               or (bare.startswith(head + " ") and len(bare[len(head):].split()) <= 2 and not re.search(r"\d", bare)
                   and not lowered.endswith((".", "!", "?")))
               for head in _block_heads())


def _inline_link(line: str) -> bool:
    """A block head with the headline of its one item on the same line ("Читайте также: Мэрия Бишкека …")."""
    head, colon, item = line.partition(":")
    return bool(colon) and len(item.split()) >= 3 and _heads_a_block(head + ":")


@lru_cache(maxsize=1)
def _footer_markers() -> tuple[str, ...]:
    return tuple(line[1:].strip() for line in _chrome_lines() if line.startswith("!"))


# "PRESS RELEASE NO: 2024/ECA/071", "Пресс-релиз № 15/2023": the number of a release, not its headline
_RELEASE_NUMBER = re.compile(r"(?:press release|news release|пресс-релиз|информационное сообщение)\s*(?:no\.?|№|#|number)"
                             r"\s*:?\s*[\w/.-]+$")
# A ticker of exchange rates or of the weather over a news page ("USD 454.21  EUR 487.03",
# "Алматы  -4°C   Астана  -17°C"): two or more rates or temperatures make the line chrome.
_RATE = re.compile(r"(?<!\w)(?:USD|EUR|RUB|CNY|GBP|KZT|KGS|UZS|TJS|TMT|\$|€|₽)\s*[\d]+(?:[.,]\d+)?(?!\w)"
                   r"|[+\-−–]?\d+(?:[.,]\d+)?\s*°\s*[CС]?", re.IGNORECASE)
_FIELD = re.compile(r"^[^\W\d][\w ()-]{0,30}:\s+(?P<value>\S.*)$")
_CRUMB = re.compile(r"\s+[/>»›|]\s+")


def _field(line: str) -> bool:
    """A short "name: value" line of a card under a headline."""
    match = _FIELD.match(line.strip())
    if match and match.group("value").startswith(("«", '"', "“", "„")):
        return False  # "Рустам Назарзода: «В беде соседей не выбирают»": a headline quoting someone
    return bool(match) and len(line.split(":")[0].split()) <= 3 and (
        len(match.group("value").split()) <= 6 or bool(re.search(r":\s{3,}", line)))  # ("Участник:      Комитет …")


def _menu(line: str) -> bool:
    """"Власть   Общество   Экономика   Интервью": a menu bar laid out with runs of spaces or bars; "Общество  >
    Происшествия": the sections above the page."""
    parts = [part for part in re.split(r"\s{3,}|\s*\|\s*|\s+[/>»›]\s+", line.strip()) if part]
    if len(parts) == 2 and "|" in line and any(is_chrome_line(part) for part in parts) \
            and all(len(part.split()) <= 4 for part in parts):
        # "Programme Office in Astana | Press release": the office whose page it is and the kind of the item
        return True
    return (len(parts) >= 3 or (len(parts) == 2 and bool(_CRUMB.search(line)))) \
        and all(len(part.split()) <= 3 for part in parts)


def _reads_as_headline(line: str) -> bool:
    """A line of four to 25 words with no sentence end that is none of the page's own lines: chrome, a menu, a card
    field, a body's name, a bullet, a date line, a path or a source line."""
    return 4 <= len(line.split()) <= 25 and not line.endswith((".", "!", "?", ":")) \
        and not is_chrome_line(line) and not _menu(line) and not _field(line) and not _is_body_header(line) \
        and not _BULLET.match(line) and _date_line(line) is None \
        and not is_chrome_line(line.split(":")[0]) and not _CRUMB.search(line) \
        and not re.match(r"(?:sources?|source\(s\)|источник|источники|author|автор)\b", line, re.IGNORECASE)


def _breadcrumb(line: str) -> bool:
    """"Главная / Интервью", "Home > News > Emergencies": the path to the page from the site's home."""
    parts = _CRUMB.split(line.strip())
    return 2 <= len(parts) <= 6 and parts[0].lower() in ("главная", "home", "басты бет", "главная страница") \
        and all(len(part.split()) <= 4 for part in parts)


def _ticker(line: str) -> bool:
    """Rates or temperatures with little else between them, and no sentence ("ночью до -30°C, днём до -20°C." is)."""
    rates = _RATE.findall(line)
    if len(rates) < 2 or line.rstrip().endswith((".", "!", "?")):
        return False
    return len(_RATE.sub(" ", line).split()) <= 2 * len(rates) + 4


def is_chrome_line(line: str, *, footer: bool = False) -> bool:
    """True for a line made only of navigation, social-media or footer words.

    After the article (`footer`), a short line with any such word is chrome too
    ("Читайте нас в Telegram", "При использовании материалов ссылка обязательна").
    """
    rest = line.lower()
    if "©" in rest or "(c)" in rest or _RELEASE_NUMBER.match(rest.strip()) or _ticker(line):
        return True
    if footer and any(marker in rest for marker in _footer_markers()):
        return True  # "Оператор платформы — Министерство ...": a site's imprint, however long
    for phrase in _chrome_phrases():
        rest = re.sub(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", " ", rest)
    if not re.search(r"\w", rest.replace("_", "")):
        return True
    if _breadcrumb(line):
        return True
    if rest != line.lower() and not re.search(r"[^\W\d_]", rest):
        return True  # chrome words with their numbers: "Просмотров: 12 874 | Комментариев: 9"
    return footer and rest != line.lower() and len(line.split()) <= 8


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8, UTF-16/32 (with or without BOM) and the Cyrillic 8-bit encodings."""
    if not data.strip():
        raise SourceError("empty file", where=source)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), source)
            except UnicodeDecodeError as exc:
                raise SourceError(f"not valid {codec}: {exc.reason}", where=source) from None
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"), source)
        except UnicodeDecodeError:
            pass
    # UTF-16 without a byte-order mark: accept the byte order that gives plausible text.
    if len(data) % 2 == 0:
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _plausible(text) > 0.9:
                return _checked(text, source)
    if b"\x00" in data:
        raise SourceError("binary file, not text", where=source, hint="Give a .txt, .html or .jsonl file")
    return _checked(_decode_legacy(data, source), source)


def _plausible(text: str) -> float:
    """Share of characters that belong in Russian, Kazakh or English prose."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isspace() or ("\u0020" <= ch <= "\u007e") or ("\u0410" <= ch <= "\u044f")
               or ch in "ЁёӘәҒғҚқҢңӨөҰұҮүҺһІі«»—–№…’“”")
    return good / len(text)


def _decode_legacy(data: bytes, source: str) -> str:
    # Russian press in 8-bit encodings: the right decoding gives plausible text that is mostly lower case.
    best, best_score = None, 0.0
    for codec in ("cp1251", "koi8_r", "iso8859_5", "mac_cyrillic"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        russian = [ch for ch in text if "\u0410" <= ch <= "\u044f" or ch in "Ёё"]
        if not russian:
            continue
        lower = sum(1 for ch in russian if ch.islower()) / len(russian)
        score = lower - 5 * (1 - _plausible(text))
        if score > best_score:
            best, best_score = text, score
    if best is None or best_score < 0.4:
        raise SourceError("unknown text encoding", where=source, hint="Save the file as UTF-8")
    return best


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise SourceError("empty file", where=source)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 200):
        raise SourceError("binary file, not text", where=source, hint="Give a .txt, .html or .jsonl file")
    return text


def detect_language(text: str) -> str:
    """'ru', 'kk', 'en', or the ISO code of another script/language ('und' when unsure)."""
    letters = [ch.lower() for ch in text if ch.isalpha()]
    if not letters:
        return "und"
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic / len(letters) > 0.5:
        # Kazakh by its words, not its letters alone: a Russian text full of Kazakh names ("Қонаев", "ТЖМ",
        # "Алматы облысы бойынша Төтенше жағдайлар департаменті") has a few words with Kazakh letters, a Kazakh text
        # most of them
        words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if any("\u0400" <= ch <= "\u04ff" for ch in w)]
        if words and sum(1 for w in words if any(ch in _KAZAKH_LETTERS for ch in w)) / len(words) > 0.25:
            return "kk"
        if sum(1 for ch in letters if ch in "өү") / cyrillic > 0.01:
            return "ky"
        return "ru"
    latin = sum(1 for ch in letters if "a" <= ch <= "z")
    if latin / len(letters) > 0.5:
        words = re.findall(r"[a-z]+", text.lower())
        english = sum(1 for w in words if w in {"the", "of", "and", "in", "to", "on", "with", "for", "was", "were"})
        return "en" if words and english / len(words) > 0.05 else "und"
    return "und"


@dataclass(frozen=True)
class CleanText:
    text: str
    title: str | None
    published: date | None
    publisher: str | None


def clean_text(raw: str, title: str | None = None, year: int | None = None) -> CleanText:
    """Strip page chrome before and after the article; keep one headline as the first line.

    `year`: the year the page's address or file name carries, for a date line that gives none ("18 декабря, 15:20").
    """
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")]
    lines = _unwrap(_without_running_heads(lines))
    body_start = next((i for i, line in enumerate(lines) if _is_prose(line)), None)
    body_start = _past_site_heads(lines, body_start)
    if body_start is None:
        # No line reads as prose (a short post, a script without spaces): keep all but chrome lines.
        body_start = next((i for i, line in enumerate(lines) if line.strip() and not is_chrome_line(line.strip())),
                          len(lines))
    body_start = _bulleted_start(lines, body_start)
    lead = [line.strip() for line in lines[:body_start] if line.strip()]
    # "Дата публикации: 14.09.2022" under "Дата: 12–14.09.2022": the line that says it is the publication wins.
    stated = next((found for line in lead if _short(line) and _PUBLISHED_WORD.search(line)
                   and (found := _date_line(line)) is not None), None)
    published = stated[0] if stated else None
    publisher = None
    dateline = None
    candidates: list[str] = []
    for line in lead:
        if stated and _short(line) and _PUBLISHED_WORD.search(line) and _date_line(line) is not None:
            continue
        if _short(line) and (found := _date_line(line)) is not None:
            if published is None:
                published, place = found
                if place:
                    # "📍 Бостери, 14.08.2024": where the item was written stays in the text as its dateline.
                    dateline = line.strip()
            continue  # (a second date line, "30 мая 2024, 14:20" under the first, is no headline either)
        if _PUBLISHER.match(line):
            publisher = _PUBLISHER.match(line).group(1).strip()
            continue
        if is_chrome_line(line) or len(line.split()) < 3 or _BY_AUTHOR.match(line):
            continue  # "By Aysel Guliyeva": the author, not the headline
        candidates.append(line)
    if published is None:
        # "Новости 2022 года" … "26 сентября, 09:40": a date line without its year takes the year of the header.
        years = [int(y) for line in lead for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", line)] or (
            [year] if year else [])
        if years:
            anchor = date(max(years), 12, 31)
            dated = next(((line, found) for line in lead if _short(line)
                          and (found := _date_line(line, anchor)) is not None), None)
            if dated:
                published = dated[1][0]
                candidates = [line for line in candidates if line != dated[0]]  # (the date line is no headline)
                if dated[1][1]:
                    # ("Tashkent, May 20 — Uzbekistan 24" in an item of 2015: where it was written stays in the text)
                    dateline = dated[0].strip()
    if title is None and candidates:
        # The headline is the last line before the article; a printed-twice headline wins outright.
        repeated = [line for line in candidates if candidates.count(line) > 1]
        plausible = [line for line in candidates if not _is_body_header(line) and not _menu(line)]
        # ("Format: News and Press Release", "Участник (наблюдатель): Министерство обороны" under the headline: a
        # field of the item's card, when a line of its own stands above)
        plausible = [line for line in plausible if not _field(line)] or plausible
        title = repeated[-1] if repeated else (plausible[-1] if plausible else None)
    body = _without_footer(lines[body_start:])
    first = next((line.strip() for line in body if line.strip()), "")
    # (not a post's lead that ends on an emoji where a sentence would end, "… продлятся до пятницы 💪", under the
    # headline the lines above give)
    if _reads_as_headline(first) and not (title and _EMOJI_END.search(first)):
        # "Министр ЧС: «Японский опыт нужен нам …»" opens the article as a sentence would: it is the headline, over
        # whatever site name the lines above it give
        title = first
    if published is None:
        # A headline that reads as a sentence ("Рустам Назарзода: «В беде соседей не выбирают»") starts the body
        # early: the date line under it is still the page's.
        near = [k for k, line in enumerate(body) if line.strip()][:4]
        for k in near[1:]:
            line = body[k].strip()
            if any(_is_prose(body[j]) for j in near[1:] if j < k):
                break  # (a chronicle's first item, "22 сентября 2015 г., г. Сочи", under a paragraph of its lead)
            if _short(line) and (found := _date_line(line)) is not None:
                published = found[0]
                if not found[1]:
                    body = body[:k] + body[k + 1:]
                break
    if published is None:
        # Many portals print the date under the article ("Опубликовано: 19.03.2024, 15:20 | Просмотров: 1 146").
        published = _footer_date(lines[body_start + len(body):])
    if published is None:
        # "Neutral Turkmenistan, 13 June 2024" closing the article: the paper's name and the day of the issue,
        # printed as its signature
        last = max((k for k, line in enumerate(body) if line.strip()), default=None)
        if last is not None and (found := _signature_date(body[last].strip())) is not None:
            published = found
            body = body[:last]
    body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
    if title and body_text.startswith(title):
        body_text = body_text[len(title):].lstrip()
    for line in reversed(body_text.splitlines()[-3:]):
        match = _PUBLISHER.match(line.strip())
        if match:
            publisher = match.group(1).strip()
            break
    if publisher is None:
        # "Kaktus.media" over the headline, "© 2017 КИА «Кабар»" under the article: the outlet that published it
        publisher = outlet_in(lead + [line.strip() for line in lines[body_start + len(body):]])
    if publisher is None:
        # "© МЧС Республики Беларусь, 2024": the holder of the page's copyright, under the article
        # (only a state's body: the news of an organization or an embassy says nothing of whose "МЧС" it names)
        publisher = next((m.group(1).strip() for line in lines[body_start + len(body):]
                          if (m := _COPYRIGHT.match(line.strip())) and _STATE_BODY.search(m.group(1))), None)
    if dateline:
        body_text = f"{dateline}\n\n{body_text}"
    text = f"{title}\n\n{body_text}" if title else body_text
    return CleanText(text=text, title=title, published=published, publisher=publisher)


_WRAPPED_WORD = re.compile(r"(\w{2,})[-\u00ad]$")
_WRAPPED_NAME = re.compile(r"(?<!\w)[A-ZА-ЯЁ][a-zа-яё]+-$")  # "Хух-", "Чолпон-": the first part of a hyphenated name
# A line that ends on a preposition or a conjunction goes on, whatever case the next line opens with.
_DANGLING = re.compile(r"(?:^|\s)(?:в|во|на|с|со|по|из|к|ко|у|о|об|от|до|за|для|при|под|над|между|и|а|но|или|"
                       r"of|in|the|and|to|for|on|at|by|with|from|between)$", re.IGNORECASE)


def _unwrap(lines: list[str]) -> list[str]:
    """Text from a PDF or a mail: a line broken in mid-sentence goes on the next line ("сотрудни-" + "чества")."""
    out: list[str] = []
    wrapped = False  # out[-1] is a paragraph joined from lines broken in mid-sentence
    last_width = 0  # and the length of the last of its lines
    for k, line in enumerate(lines):
        stripped = line.strip()
        # (and "… с 14 по 17 ноября, в" + "Бишкеке прошел …": no line ends on a preposition or a conjunction)
        if out and out[-1].strip() and stripped and not _SENTENCE_END.search(out[-1]) and (
                stripped[:1].islower() or _DANGLING.search(out[-1]) and stripped[:1].isalpha()
                # ("… в формате «Центральная Азия +" + "Япония»."): a quotation left open goes on
                or wrapped and out[-1].count("«") > out[-1].count("»") and stripped[:1].isalpha()
                # ("18–19 сентября в Бишкеке прошла" + "Вторая региональная министерская" + "конференция …"): the
                # first line of a column's paragraph, as wide as the next, which itself runs on in small letters
                or _opens_a_column(out[-1], stripped, lines[k + 1] if k + 1 < len(lines) else "")
                and any(earlier.strip() for earlier in out[:-1])  # (the first line of all is a headline)
                # ("… TRAIN ON EMER-" + "GENCY PLANNING IN ASHGABAT": a headline in capitals wraps a word too)
                or out[-1].strip().isupper() and stripped.isupper() and _WRAPPED_WORD.search(out[-1].rstrip())
                # ("… гражданской обороне при Правительстве" + "Республики Таджикистан и …": within a paragraph
                # already broken in mid-sentence, a full line going on with a name goes on)
                or wrapped and last_width >= 25 and re.match(r"[^\W\d_][^\W\d_]*[a-zа-яё]", stripped)
                and re.search(r"[^\W\d_]$", out[-1].rstrip())):
            previous = out[-1].rstrip()
            hyphen = _WRAPPED_WORD.search(previous)
            out[-1] = previous[:-1] + stripped if hyphen else previous + " " + stripped
            wrapped, last_width = True, len(stripped)
            continue
        if out and out[-1].strip().isupper() and stripped.isupper() and 0 < last_width < 60 \
                and len(stripped) < 60 and not re.search(r"[.!?…]\s*$", out[-1]) \
                and not re.search(r"\d", out[-1] + stripped):
            # "СЕЛЬ НЕ ЗНАЕТ ГРАНИЦ:" + "СПАСАТЕЛИ ДВУХ СТРАН" + "ОТРАБОТАЛИ …": a headline in capitals set on
            # several lines
            out[-1] = out[-1].rstrip() + " " + stripped
            wrapped, last_width = False, len(stripped)
            continue
        wrapped, last_width = False, len(stripped)
        if out and out[-1].strip() and stripped[:1].isupper() and _WRAPPED_NAME.search(out[-1].rstrip()) \
                and not _SENTENCE_END.search(out[-1]):
            # "… в Хух-" + "Хото, административном центре …": a name of two capitalised parts broken at its hyphen
            out[-1] = out[-1].rstrip() + stripped
            continue
        if out and stripped and re.match(r"[—–]\s+[^\W\d_]", stripped) and stripped.split()[1][:1].islower() \
                and out[-1].rstrip().endswith(("»", "\"", "”")) and re.search(r"\s[—–]\s", out[-1]):
            # "первая конференция — «Региональное сотрудничество …»" + "— состоялась в октябре": the dash that closes
            # a name set off by dashes, not a line of speech
            out[-1] = out[-1].rstrip() + " " + stripped
            continue
        out.append(line)
    return out


def _opens_a_column(previous: str, line: str, following: str) -> bool:
    """A paragraph's first line in a narrow column (a newspaper's PDF) and its second, starting with a capital."""
    previous, following = previous.strip(), following.strip()
    return bool(previous and not previous.isupper() and len(previous.split()) >= 3 and 20 <= len(line) <= 45
                and 0.7 * len(line) <= len(previous) <= 1.3 * len(line) and re.search(r"[^\W\d_]$", previous)
                and re.match(r"[^\W\d_]", line) and following[:1].islower())


def _without_running_heads(lines: list[str]) -> list[str]:
    """Page numbers and a running head repeated on every page of a PDF ("Вестник МЧС РК № 4 (2023)   12")."""
    def key(line: str) -> str:
        return re.sub(r"\s*\d+\s*$", "", line.strip())
    counts: dict[str, int] = {}
    for line in lines:
        if 0 < len(line.strip()) < 80:
            counts[key(line)] = counts.get(key(line), 0) + 1
    # (a page's footer under a rule, however long, seen on two pages or more: "____ / Бюллетень издается при
    # поддержке Швейцарского управления по развитию и сотрудничеству (SDC)")
    under_rule: dict[str, int] = {}
    for before, line in zip(lines, lines[1:]):
        if _RULE_LINE.fullmatch(before) and line.strip():
            under_rule[line.strip()] = under_rule.get(line.strip(), 0) + 1
    footers = {line for line, n in under_rule.items() if n >= 2 and len(line) <= 200}
    kept = [line for line in lines
            if not re.fullmatch(r"\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*", line)
            and not (0 < len(line.strip()) < 80 and key(line) and counts.get(key(line), 0) >= 3
                     and (not _SENTENCE_END.search(line.strip()) or _running_head(line)))
            and line.strip() not in footers]
    return _without_heads_within_sentences(kept)


_RULE_LINE = re.compile(r"\s*[_–—=-]{10,}\s*")


def _running_head(line: str) -> bool:
    """"ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ ИСПОЛНИТЕЛЬНОГО КОМИТЕТА СНГ          № 10 (2022)": a line in capitals with an issue
    number or set out over the page's width."""
    letters = [c for c in line if c.isalpha()]
    return 0 < len(line.strip()) <= 120 and len(letters) >= 8 and all(c.isupper() for c in letters) \
        and ("№" in line or "No." in line or "   " in line.strip())


def _without_heads_within_sentences(lines: list[str]) -> list[str]:
    """A running head printed where a page breaks a sentence ("По итогам" / head / "встречи главы ведомств
    подписали …"), seen once only: the head goes and the sentence is joined again."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        if _running_head(line) and out:
            before = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            after = next((k for k in range(at + 1, len(lines)) if lines[k].strip()), None)
            # (or a capital after a paragraph cut short, not after a heading: "… министр … стихийных бедствий" /
            # head / "Владимир Пучков и министр … утвердили план")
            if before is not None and after is not None and not _SENTENCE_END.search(out[before].strip()) \
                    and (lines[after].strip()[:1].islower() or len(out[before].split()) >= 8
                         or before > 0 and out[before - 1].strip()):
                out = out[:before] + [out[before].rstrip() + " " + lines[after].strip()]
                at = after + 1
                continue
        out.append(line)
        at += 1
    return out


_BY_AUTHOR = re.compile(r"(?:by|автор:?|текст:?)\s+\S+(?:\s+\S+){0,5}$"
                        # "Фото: пресс-служба МЧС РК", "Photo: UNDP Kyrgyzstan": the credit of a picture
                        r"|(?:фото|фотография|photo|image|видео|video|сурет)\s*(?:[:©]|/|—|-)\s*\S.{0,60}$", re.IGNORECASE)
_BYLINE = re.compile(r"(?:by|posted|published|updated|date|автор|опубликовано|обновлено|дата публикации|дата|"
                     r"жарияланды|жарияланған күні)\b", re.IGNORECASE)


def _short(line: str) -> bool:
    """A line short enough to be a date line, however widely its parts are spaced ("26.10.2012      Просмотров: 734")."""
    compact = " ".join(line.split())
    return len(compact) < 60 or (len(compact) < 100 and bool(_BYLINE.match(compact) or _STAMPED.match(compact)))


def _signature_date(line: str) -> date | None:
    """The day of a line that signs an article with the outlet's name and a date, and says nothing else."""
    if not _short(line):
        return None
    dates = [d for d in find_dates(line) if len(d.start_date) == 10 and not d.relative and not d.end_date]
    if len(dates) != 1 or (line.endswith((".", ":", "!", "?")) and not line.endswith(dates[0].text)):
        return None
    rest = [w for w in re.sub(r"[^\w\s.-]+|\d+", " ", line.replace(dates[0].text, " ")).split() if w.strip(".-")]
    named = outlet_in([line]) is not None
    if not named and not (len(rest) <= 3 and all(w[:1].isupper() for w in rest)):
        return None
    return date.fromisoformat(dates[0].start_date)


def _date_line(line: str, anchor: date | None = None) -> tuple[date, str | None] | None:
    """The date of a line such as '15.08.2024 10:32' or 'Press Release | 26 June 2018', and a place named with it."""
    if _BULLET.match(line) and not _CLOCK.search(line):
        # "🔹 30.05 | Урумчи, КНР": an item of a chronology, not the page's date (but "👁 2.3K   ✏️ 20.02.2022, 13:41",
        # a post's views and the time it was posted, is)
        return None
    dates = [d for d in find_dates(line, anchor) if len(d.start_date) == 10 and not d.relative]
    if not dates and (dashed := _DASHED_DATE.fullmatch(line.strip()) or _YEAR_FIRST.fullmatch(line.strip())):
        # "24-10-2011", "2024.10.10": a page's date, day or year first, on a line of its own
        try:
            return date(int(dashed["y"]), int(dashed["m"]), int(dashed["d"])), None
        except ValueError:
            return None
    if not dates:
        # "07/02/23 10:48, Бишкек — 24.kg, Айзада Токтоназарова": day, month and a two-digit year opening a short line
        short = _SHORT_YEAR.match(line)
        if short and len(line.split()) <= 10 and not line.rstrip().endswith("."):
            try:
                when = date(2000 + int(short["y"]), int(short["m"]), int(short["d"]))
            except ValueError:
                return None
            # (the town written after its time, before the outlet's name, is where the item was written)
            town = _STAMPED.match(" ".join(line.split()))
            return when, (town["town"] if town and town["town"] and not is_chrome_line(town["town"]) else None)
        return None
    rest = line.replace(dates[0].text, " ")
    # "18.03.2021 13:40   Автор: Фарангис Мирзоева   👁 3 418": the author and the views of the item
    rest = _AUTHOR_CLAUSE.sub(" ", rest)
    rest = re.sub(r"[^\w\s-]+|\d+", " ", rest)
    if (_BYLINE.match(line.strip()) or _FIELD_SEPARATOR.search(line)) and len(line.split()) <= 14:
        # "By Staff Report in Nation on 12 June 2026", "Source: Xinhua| 2018-10-03 22:17:05|Editor: …",
        # "Kaktus.media · 15 марта 2024 · Общество"
        return date.fromisoformat(dates[0].start_date), None
    if is_chrome_line(rest) or len(rest.split()) <= 2:
        words = [w for w in rest.split() if w[:1].isupper() and not is_chrome_line(w)]
        if any(w.isalpha() and w.islower() and len(w) > 2 for w in rest.split()):
            words = []  # "24 августа 2011 Гуманитарная помощь": the date and the item's rubric, not a town
        if len(words) > 1 and all(w.isupper() for w in words) and re.search(r"\S {3,}\S", line):
            # "СЛОВО КЫРГЫЗСТАНА      23 сентября 2014 г.      5": a newspaper's masthead set out over the page's
            # width, its name in capitals, not a town
            words = []
        return date.fromisoformat(dates[0].start_date), (" ".join(words) or None)
    if len(rest.split()) <= 5 and all(w.isupper() or is_weekday(w) or w.lower() in _PAGE_WORDS for w in rest.split()) \
            and any(w.isupper() for w in rest.split()):
        # "ВЕЧЕРНИЙ БИШКЕК   19 сентября 2014 г.   ОБЩЕСТВО": a newspaper's masthead, its date and its rubric
        # ("4 НЕЙТРАЛЬНЫЙ ТУРКМЕНИСТАН 17 апреля 2025 г., четверг": its page and the day of the week; "СЛОВО
        # КЫРГЫЗСТАНА   19 сентября 2014 г.   стр. 3": the page written out)
        return date.fromisoformat(dates[0].start_date), None
    if _ISSUE_NUMBER.search(line) and len(rest.split()) <= 6 and not line.rstrip().endswith("."):
        # "Neutral Turkmenistan, No. 281, 21 November 2024": a newspaper's masthead with the number of its issue
        return date.fromisoformat(dates[0].start_date), None
    if line.strip().startswith(dates[0].text) and len(rest.split()) <= 4 and not line.rstrip().endswith("."):
        # "19 июля 2018 Мигранты и беженцы": the date of the item and its rubric
        return date.fromisoformat(dates[0].start_date), None
    return None


_FIELD_SEPARATOR = re.compile(r"[|·•]")
_EMOJI_END = re.compile(r"\w[^\w\n]*\s[\U0001F300-\U0001FAFF\u2600-\u27BF]+\uFE0F?\s*$")
_PAGE_WORDS = frozenset({"стр", "с", "page", "p", "бет"})
_ISSUE_NUMBER = re.compile(r"(?<!\w)(?:№|No\.?|Nr\.?|N°|issue|выпуск)\s*\d+", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d.:])[0-2]?\d:[0-5]\d(?![\d:])")
_DASHED_DATE = re.compile(r"(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>(?:19|20)\d\d)")
_YEAR_FIRST = re.compile(r"(?P<y>(?:19|20)\d\d)([./])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?:,?\s+[0-2]?\d:[0-5]\d)?")
# "09/06/21 15:47, Bishkek – 24.kg news agency": a date and its time opening a line, and the town after them
_STAMPED = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+[0-2]?\d:[0-5]\d\b,?(?:\s+(?P<town>[A-ZА-ЯЁ][\w-]+)\s+[–—-])?")
_SHORT_YEAR = re.compile(r"^\s*(?P<d>\d{1,2})([./])(?P<m>\d{1,2})\2(?P<y>\d{2})(?![\d./])")
_AUTHOR_CLAUSE = re.compile(r"(?<!\w)(?:автор|author|текст|фото)\s*:\s*\w[\w.-]*(?:\s+\w[\w.-]*){0,2}", re.IGNORECASE)
_PUBLISHED_WORD = re.compile(r"опубликован|дата публикации|подписано в печать|published|posted|updated|обновлено|жарияла",
                             re.I)


def _page_text(html: str) -> str:
    """The visible text of an HTML page, a line per block or cell."""
    import html as html_module

    html = re.sub(r"(?is)<(script|style|noscript|head)\b.*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</?(?:p|div|tr|td|th|li|h[1-6]|table|section|article|header|footer|ul|ol)\b[^>]*>",
                  "\n", html)
    text = html_module.unescape(re.sub(r"<[^>]+>", " ", html))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


_UPDATED = re.compile(r"updated|обновлено|изменено|дата изменения", re.IGNORECASE)


def _declared_date(html: str) -> date | None:
    """The publication date the page declares for machines: `<meta property="article:published_time">` (the meta's
    attributes in any order) or `"datePublished"` in its JSON-LD. It names the article itself, never an item of a list
    of other news."""
    day = next((found for tag in _META.finditer(html)
                if _META_PUBLISHED.search(tag.group()) and (found := _META_DAY.search(tag.group()))), None) \
        or _JSONLD_PUBLISHED.search(html)
    try:
        return date.fromisoformat(day.group(1)) if day else None
    except ValueError:
        return None


_META = re.compile(r"(?is)<meta\b[^>]*>")
_META_PUBLISHED = re.compile(r"""(?i)(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished)["']""")
_META_DAY = re.compile(r"""(?i)content\s*=\s*["'](\d{4}-\d\d-\d\d)""")
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d\d-\d\d)')


def _stated_date(html: str) -> date | None:
    """The date a line of an HTML page gives as the publication date."""
    import html as html_module

    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)

    def lines_of(fragment: str) -> list[str]:
        text = html_module.unescape(re.sub(r"<[^>]+>", "\n", fragment))
        return [" ".join(line.split()) for line in text.splitlines() if line.strip()]

    def first_date(line: str) -> date | None:
        dates = [d for d in find_dates(line) if len(d.start_date) == 10 and not d.relative]
        return date.fromisoformat(dates[0].start_date) if dates else None

    lines = lines_of(html)
    # (a label over its value, "<dt>Posted</dt><dd>26 Jun 2018</dd>": the label's line and the date's line as one)
    said = [found for k, line in enumerate(lines) if len(line) < 100 and _PUBLISHED_WORD.search(line)
            and not _UPDATED.search(line) and (found := first_date(line) or (
                first_date(lines[k + 1]) if len(line) < 30 and k + 1 < len(lines) and _short(lines[k + 1]) else None))]
    # (not when three or more lines say so with different days: "Source: NDMA · Posted 21 Jun 2018" in a list of
    # related items, each with its own)
    if said and (len(said) < 3 or len(set(said)) == 1):
        return said[0]
    # the date line under the headline
    for level in ("h1", "h2"):
        heading = re.search(rf"(?is)</{level}\s*>", html)
        if heading:
            # only the page's own headline: an h2 after it heads another block ("Другие новости раздела")
            under = html[heading.end():heading.end() + 2000]
            under = under[:m.start()] if (m := re.search(r"(?i)<h[1-6]\b", under)) else under
            for line in lines_of(under)[:3]:
                if _short(line) and (found := _date_line(line)) is not None:
                    return found[0]
                if _is_prose(line):
                    break  # the article has begun: a date further down is another's
            break
    # <time datetime="2013-06-10">, <div class="date">10 Июня 2013 г.</div>: the element that holds the date (not a
    # widget with today's date)
    for match in _DATE_ELEMENT.finditer(html):
        found = match.group("iso") and first_date(match.group("iso")) or first_date(
            " ".join(lines_of(match.group("inner") or "")))
        if found and not _UPDATED.search(match.group(0)) and not re.search(r"today|current|now", match.group(0), re.I):
            return found
    return None


_DATE_ELEMENT = re.compile(
    r"(?is)<time\b[^>]*datetime=\"(?P<iso>\d{4}-\d\d-\d\d)[^\"]*\"[^>]*>|"
    r"<(?P<tag>div|span|p|small|time)\b[^>]*(?:class|itemprop|id)=\"[^\"]*(?:date|publish)[^\"]*\"[^>]*>"
    r"(?P<inner>.{0,200}?)</(?P=tag)>")


def _footer_date(footer: list[str]) -> date | None:
    """The publication date in the lines cut off under the article: a date line, or a line that says so."""
    for line in footer:
        line = line.strip()
        if not line:
            continue
        found = _date_line(line) if _short(line) else None
        if found is not None:
            return found[0]
        if _PUBLISHED_WORD.search(line):
            dates = [d for d in find_dates(line) if len(d.start_date) == 10]
            if dates:
                return date.fromisoformat(dates[0].start_date)
    return None


def _without_footer(body: list[str]) -> list[str]:
    # A list of links to other items ("Читайте также:") ends the article, whatever its headlines say.
    prose = 0
    for index, line in enumerate(body):
        if prose and _heads_a_block(line):
            if _inline_link(line) and _is_prose(next((later for later in body[index + 1:] if later.strip()), "")):
                # "Читайте также: Спасатели вытащили туриста …" between two paragraphs: one link set into the
                # article, which goes on below it
                body = body[:index] + [""] + body[index + 1:]
                continue
            resumed = _article_resumes(body, index)
            if resumed is not None:
                # "Читайте также:" and two links set between the paragraphs, then a heading and more of the
                # article: only the links go
                body = body[:index] + [""] + body[resumed:]
                continue
            body = body[:index]
            break
        prose += _is_prose(line)
    # Walk up from the end over chrome and short non-prose lines; cut at the topmost chrome line.
    cut = len(body)
    for index in range(len(body) - 1, -1, -1):
        line = body[index].strip()
        if not line:
            continue
        if is_chrome_line(line, footer=True) or line.startswith("#") or _link_row(line) or _dated_link(line) \
                or _CONTACT.search(line) or (
                _is_body_header(line) and not _SENTENCE_END.search(line) and len(line) < 120):
            cut = index  # "Полезные ссылки: … Министерство юстиции Республики Таджикистан": links, not the article
        elif _SENTENCE_END.search(line) and len(line.split()) >= 6:
            break
    return body[:cut]


# "For more information: UNHCR Office in Bishkek, tel.: +996 312 61 12 64": the press office's contacts under the article
_CONTACT = re.compile(r"(?i)(?<!\w)(?:tel|тел|phone|телефон|fax|факс)\.?\s*:?\s*\+?\(?\d[\d ()-]{5,}")


def _article_resumes(body: list[str], head: int) -> int | None:
    """Where the article goes on below the links a block head at `head` lists: the first line after them that begins
    two long paragraphs of prose before any other block or chrome line, else None."""
    at = head + 1
    while at < len(body) and not _is_prose(body[at]):
        if body[at].strip() and (_heads_a_block(body[at]) or is_chrome_line(body[at].strip(), footer=True)):
            return None
        at += 1
    paragraphs = 0
    for line in body[at:]:
        stripped = line.strip()
        if not stripped:
            continue
        if _heads_a_block(stripped) or is_chrome_line(stripped, footer=True):
            break
        paragraphs += _is_prose(stripped) and len(stripped.split()) >= 15
        if paragraphs >= 2:
            # back over a heading set right above the paragraph with no blank line between (a heading after a
            # blank line, as "Визит в региональный центр" in a Sputnik report, is left out)
            start = at
            while start - 1 > head and body[start - 1].strip() and not _link_item(body[start - 1]):
                start -= 1
            return start
    return None


_LINK_BULLET = re.compile(r"\s*(?:[•·▪►>*-]|\d+\.)\s")


def _link_item(line: str) -> bool:
    """A line of a list of links: a bullet or a dash before a headline."""
    return bool(_LINK_BULLET.match(line))


def _dated_link(line: str) -> bool:
    """"- 12.11.2025Состоялось заседание …": an item of a list of other news, each under its day, as a sidebar of
    latest news sets them out under the article."""
    bullet = _LINK_BULLET.match(line)
    if bullet is None:
        return False
    item = line[bullet.end():].lstrip()
    item = re.sub(r"^(\d{1,2}[./]\d{1,2}[./]\d{2,4})(?=\w)", r"\1 ", item)  # (the day set right against the headline)
    return any(mention.start == 0 and len(mention.start_date) == 10 for mention in find_dates(item[:30]))


def _past_site_heads(lines: list[str], body_start: int | None) -> int | None:
    """"Туркменистан: Золотой век — Государственное информационное агентство Туркменистана (TDH)" over the menu bar
    and the date line reads as a sentence, but it is the site's name: a line that a menu bar and a date line follow
    before the next sentence heads the page, not the article."""
    while body_start is not None:
        following = next((i for i in range(body_start + 1, len(lines)) if _is_prose(lines[i])), None)
        if following is None:
            return body_start
        between = [line.strip() for line in lines[body_start + 1:following] if line.strip()]
        menu = any(_link_row(line) or ("   " in line or "|" in line) and is_chrome_line(line) for line in between)
        dated = any(_short(line) and _date_line(line) is not None for line in between)
        if not (menu and dated):
            return body_start
        body_start = following
    return body_start


def _link_row(line: str) -> bool:
    """"Президент Республики Таджикистан | Маджлиси Оли | НИАТ «Ховар»": names of other sites, set apart by bars."""
    return line.count("|") >= 2 and all(len(part.split()) <= 8 for part in line.split("|"))


_BULLET = re.compile(r"^\s*(?:[•▪►▶➡✅❗✔☑]|" + _EMOJI + ")")


def _bulleted_start(lines: list[str], body_start: int | None) -> int | None:
    """A post told in bullet lines ("✈️ Спецборт Ил-76 МЧС РК приземлился в провинции Газиантеп", "➡️ Группа сразу
    выдвинулась к местам завалов") under its date line: the bullets are the start of the text, not its header."""
    end = len(lines) if body_start is None else body_start
    dated = [i for i in range(end) if _short(lines[i].strip()) and _date_line(lines[i].strip()) is not None]
    if not dated:
        return body_start
    bullets = [i for i in range(dated[-1] + 1, end) if _BULLET.match(lines[i]) and len(lines[i].split()) >= 4
               and not is_chrome_line(lines[i].strip())]
    if len(bullets) < 2:
        return body_start
    # the headline, where there is one, is the line just before the first bullet
    first = bullets[0]
    above = [i for i in range(dated[-1] + 1, first) if lines[i].strip()]
    return above[-1] + 1 if above else first


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    if is_chrome_line(stripped) if stripped else True:
        return False
    if "   " in stripped or "|" in stripped:
        return False  # navigation bars and link rows are laid out with runs of spaces or bars
    if _short(stripped) and _date_line(stripped) is not None:
        return False  # "Published: 15 June 2023 11:24 (UTC+04:00)"
    return (len(words) >= 6 and bool(_SENTENCE_END.search(stripped))) or (len(stripped) >= 150 and ". " in stripped)


def _is_body_header(line: str) -> bool:
    return bool(_BODY_HEADER.match(line)) and not _EVENT_WORD.search(line)


def _make_document(source: str, raw_text: str, data: bytes, fmt: str, *, doc_id: str, url: str | None = None,
                   title: str | None = None, published: date | None = None, lang: str | None = None) -> Document:
    name_date, name_year = date_in_name(url or "") if url else (None, None)
    if name_date is None and name_year is None:
        name_date, name_year = date_in_name(Path(source.rsplit(":", 1)[0] if fmt == "jsonl" else source).stem)
    cleaned = clean_text(raw_text, title=title, year=name_year)
    if not cleaned.text.strip():
        raise SourceError("no text left after removing page chrome", where=source)
    return Document(
        id=doc_id,
        source=source,
        text=cleaned.text,
        lang=lang or detect_language(cleaned.text),
        content_hash=hashlib.sha256(data).hexdigest(),
        format=fmt,
        title=cleaned.title,
        published=published or cleaned.published or name_date,
        publisher=cleaned.publisher,
        url=url,
        source_year=name_year,
    )


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_NAME_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.])")


def date_in_name(name: str) -> tuple[date | None, int | None]:
    """The publication date a file name or URL carries ("kabar-2024-06-10", ".../2024/06/10/..."), else its one
    year ("tass-sco-meeting-2015"); a name with two different years says neither."""
    for m in _NAME_DATE.finditer(name):
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        return day, day.year
    years = {int(y) for y in _NAME_YEAR.findall(name)}
    return None, (years.pop() if len(years) == 1 else None)


def document_id(url: str | None, name: str) -> str:
    """A document is known by its URL, or by its file name when it has none."""
    if url:
        return "u" + short_hash(url, length=16)
    return slugify(name, max_length=80)


def read_file(path: Path) -> Iterator[Document | SourceFailure]:
    """Documents of one file (one for .txt/.html, one a line for .jsonl)."""
    source = str(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    try:
        if fmt is None:
            raise SourceError(f"unsupported file type {path.suffix or '(none)'}", where=source,
                              hint="Give .txt, .html or .jsonl files")
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise SourceError(f"file too large ({size:,} bytes, the limit is {MAX_BYTES:,})", where=source,
                                  hint="Split it into one document per file")
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(f"cannot read file: {exc.strerror or exc}", where=source) from None
        text = decode_bytes(data, source)
    except SourceError as error:
        yield SourceFailure(source, error)
        return
    if fmt == "jsonl":
        yield from _read_jsonl(path, text, source)
        return
    try:
        meta = read_sidecar(path)
        if fmt == "html":
            yield _read_html(path, text, data, source, meta)
        else:
            yield _make_document(source, text, data, fmt, doc_id=document_id(meta.get("url"), path.stem), **meta)
    except SourceError as error:
        yield SourceFailure(source, error)


SIDECAR_SUFFIX = ".meta.json"
_SIDECAR_KEYS = {"url", "title", "published", "lang"}


def read_sidecar(path: Path) -> dict:
    """What `NAME.meta.json` beside `NAME.txt` says of the page the text was taken from (url, title, published
    date, language); a scraper writes it, and it wins over what the text itself shows."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    where = str(sidecar)
    try:
        item = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read page metadata: {exc}", where=where) from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", where=where) from None
    if not isinstance(item, dict):
        raise SourceError("page metadata must be a JSON object", where=where)
    unknown = sorted(set(item) - _SIDECAR_KEYS)
    if unknown:
        raise SourceError(f"unknown page metadata field {unknown[0]!r}", where=where,
                          hint="Use " + ", ".join(sorted(_SIDECAR_KEYS)))
    meta = {}
    for key in sorted(_SIDECAR_KEYS & set(item)):
        value = item[key]
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise SourceError(f"page metadata field {key!r} must be a non-empty string", where=where)
        meta[key] = value.strip()
    if "published" in meta:
        try:
            meta["published"] = date.fromisoformat(meta["published"][:10])
        except ValueError:
            raise SourceError(f"unreadable date {item['published']!r}", where=where, hint="Use YYYY-MM-DD") from None
    if "lang" in meta:
        meta["lang"] = meta["lang"].lower()
    return meta


def _read_html(path: Path, html: str, data: bytes, source: str, meta: dict) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    extracted = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else extracted
    if not extracted or not (extracted.get("text") or "").strip():
        # Old portals lay pages out in tables, where trafilatura finds no article: the page's text, line by line,
        # for the chrome cleaner to cut down like any scraped page.
        text = _page_text(html)
        if not any(_is_prose(line) for line in text.splitlines()):
            raise SourceError("no article text found in the HTML page", where=source)
        title = re.search(r"(?is)<title[^>]*>(.*?)</title>", html)
        extracted = {"text": text, "title": " ".join(title.group(1).split()) if title else None}
    else:
        extracted["text"] = _with_lead(html, extracted["text"], extracted.get("title"))
    url = extracted.get("url")
    # A line of the page that says when it was published ("Опубликовано: 14 апреля 2016 г.") beats the date
    # trafilatura guesses, which may be one of a list of other news.
    published = _declared_date(html) or _stated_date(html)
    if published is None and extracted.get("date"):
        try:
            published = date.fromisoformat(extracted["date"][:10])
        except ValueError:
            published = None
    url = meta.get("url") or url
    return _make_document(source, extracted["text"], data, "html", doc_id=document_id(url, path.stem),
                          url=url, title=meta.get("title") or extracted.get("title") or None,
                          published=meta.get("published") or published, lang=meta.get("lang"))


def _with_lead(html: str, text: str, title: str | None) -> str:
    """The article's text with the lead the extractor left out: the prose lines of the page between the headline and
    the first line of the article it kept ("Спецборт МЧС доставил в провинцию Газиантеп 56 специалистов, …" in a lead
    block above the photo)."""
    if not title:
        return text
    title = title.strip()

    def is_title(line: str) -> bool:
        # (the page's title may carry the site's name after the headline: "… прибыл в Турцию - Zakon.kz")
        return line == title or len(line) >= 20 and title.startswith(line)

    kept = [line.strip() for line in text.splitlines() if line.strip()]
    anchor = next((line for line in kept if not is_title(line)), None)
    page = [line.strip() for line in _page_text(html).splitlines() if line.strip()]
    if anchor is None or anchor not in page:
        return text
    first = page.index(anchor)
    heading = max((i for i, line in enumerate(page[:first]) if is_title(line)), default=None)
    if heading is None:
        return text
    lead = [line for line in page[heading + 1:first] if _is_prose(line) and line not in kept]
    if not lead:
        return text
    lines = text.splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip() == anchor), 0)
    return "\n".join([*lines[:at], *lead, *lines[at:]])


def _read_jsonl(path: Path, text: str, source: str) -> Iterator[Document | SourceFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SourceError(f"malformed JSON at column {exc.colno}: {exc.msg}", where=where) from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
                raise SourceError("a line needs an object with a non-empty \"text\"", where=where)
            published = None
            if item.get("date"):
                published = parse_date(str(item["date"]))
                if published is None:
                    raise SourceError(f"unreadable date {item['date']!r}", where=where, hint="Use YYYY-MM-DD")
            url = item.get("url") or None
            yield _make_document(
                where, item["text"], line.encode("utf-8"), "jsonl",
                doc_id=document_id(url, f"{path.stem}-{number}"), url=url,
                title=item.get("title") or None, published=published, lang=item.get("lang") or None,
            )
        except SourceError as error:
            yield SourceFailure(where, error)


def find_files(inputs: Iterable[str | Path]) -> Iterator[Path | SourceFailure]:
    """Files to read: each file given, and the supported files inside each folder, sorted."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            yield path
        else:
            yield SourceFailure(str(path), SourceError("no such file or folder", where=str(path)))


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document | SourceFailure]:
    """Every document under the inputs, or a failure naming the file and the reason."""
    for found in find_files(inputs):
        if isinstance(found, SourceFailure):
            yield found
        else:
            yield from read_file(found)
