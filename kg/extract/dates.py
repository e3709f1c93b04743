"""Dates and date ranges in Russian, English and Kazakh text, with their character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import yaml

from kg import paths
from kg.extract.nlp import perfective_future, russian_past


@dataclass(frozen=True)
class DateMention:
    """A date or range found in text; `start_date`/`end_date` are ISO strings, possibly partial."""

    start: int
    end: int
    text: str
    start_date: str
    end_date: str | None = None
    relative: bool = False
    until: bool = False  # "продлятся по 2 октября", "until 14 May": where something ends, not where it starts
    yearless: bool = False  # a day and month whose year is inferred, not written


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[tuple[str, re.Pattern], ...]
    months: tuple[tuple[int, re.Pattern], ...]
    weekdays: tuple[tuple[int, re.Pattern], ...]
    relative_days: tuple[tuple[re.Pattern, int], ...]
    relative_years: tuple[tuple[re.Pattern, int], ...]
    relative_months: tuple[tuple[re.Pattern, int], ...]
    bare_month: re.Pattern
    heading_month: re.Pattern
    placed_month: re.Pattern
    weekend: re.Pattern
    relative_weeks: tuple[tuple[re.Pattern, int], ...]
    month_before: re.Pattern
    future: re.Pattern
    ahead: re.Pattern
    stamp_word: re.Pattern


@lru_cache(maxsize=1)
def _spec() -> dict:
    """The date words of `patterns/dates.yaml`, read once."""
    return yaml.safe_load((paths.patterns_dir() / "dates.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    spec = _spec()
    month_alts = {int(k): "|".join(v) for k, v in spec["months"].items()}
    weekday_alts = {int(k): "|".join(v) for k, v in spec["weekdays"].items()}
    M = "(?:" + "|".join(month_alts.values()) + ")"
    # (the year of a date stands on its line or the next, never past a blank line: "on 23-24 March.\n\n2012, 2017 …")
    GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
    YW = "(?:\\s*(?:" + "|".join(spec["year_words"]) + ")(?!\\w))?"
    Y = r"(?P<{n}>(?:19|20)\d\d)" + YW
    D = r"(?P<{n}>[0-3]?\d)(?:-?(?:го|е|th|st|nd|rd))?"
    R = r"\s*(?:" + "|".join(re.escape(w) if len(w) == 1 else w for w in spec["range_words"]) + r")\s*"
    B = r"(?<![\w.])"
    E = r"(?![\w])"
    kinds = [
        # "с 30 сентября по 2 октября 2024 года"
        ("dmdmy", B + r"(?:с\s+)?" + D.format(n="d1") + r"\s+(?P<m1>" + M + ")" + R
         + D.format(n="d2") + r"\s+(?P<m2>" + M + r")(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        # "2024 жылғы 14-15 тамызда"
        # (a year on a line of its own heads the day below it, no date of its own with it: "2011\n20 июля")
        ("ydd_m", B + Y.format(n="y") + r"[ \t\u00a0]+" + D.format(n="d1") + R + D.format(n="d2")
         + r"\s+(?P<m1>" + M + ")" + E),
        ("yd_m", B + Y.format(n="y") + r"[ \t\u00a0]+" + D.format(n="d1") + r"\s+(?P<m1>" + M + ")" + E),
        # "с 23 по 25 августа 2017 года", "14-15 августа"
        ("ddmy", B + r"(?:с\s+|from\s+|on\s+)?" + D.format(n="d1") + R + D.format(n="d2") + r"\s+(?P<m1>"
         + M + r")(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        # "from January 20 to February 7, 2025" (not "on January 20 and February 7": two days)
        ("mdmdy", B + r"(?P<m1>" + M + r")\s+" + D.format(n="d1") + r"\s*(?:to|through|until|–|—|-)\s*"
         + r"(?P<m2>" + M + r")\s+" + D.format(n="d2") + r"(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        # "August 14-15, 2024"
        ("mddy", B + r"(?P<m1>" + M + r")\s+" + D.format(n="d1") + R + D.format(n="d2")
         + r"(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        # "15 августа 2024 года"
        ("dmy", B + D.format(n="d1") + r"\s+(?P<m1>" + M + r")(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        # "August 15, 2024"
        ("mdy", B + r"(?P<m1>" + M + r")\s+" + D.format(n="d1") + r"(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        ("iso", B + r"(?P<y>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)" + E),
        # "15.08.2024", "14-15.08.2024"
        ("numeric", B + r"(?:(?P<d0>[0-3]?\d)\s*[-–]\s*)?(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?P<y>(?:19|20)?\d\d)" + YW + E),
        # "🔹 30.05 | Урумчи, КНР": a day and month heading a line of a chronology
        ("heading", r"(?m)^[^\w\n]{0,4}(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)(?=[ \t]*[|—–])"),
        # "22/09/2016" (day first, as the region's sites write it)
        ("slash", B + r"(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)/(?P<y>(?:19|20)\d\d)" + E),
        # "between September and December 2021", "с сентября по декабрь": a span of months
        ("mm", B + r"(?:between|from|с)\s+(?P<m1>" + M + r")\s+(?:and|to|through|по|до)\s+(?P<m2>" + M + r")"
         + r"(?:,?" + GAP + Y.format(n="y") + ")?" + E),
        # "в августе 2024 года", "August 2024"
        ("my", B + r"(?:в\s+|во\s+|in\s+)?(?P<m1>" + M + r")\s+" + Y.format(n="y") + E),
        # "2023 жылғы тамызда" (Kazakh: the year first)
        ("ym", B + Y.format(n="y") + r"\s+(?P<m1>" + M + ")" + E),
        ("y", B + r"(?:в|in)\s+" + r"(?P<y>(?:19|20)\d\d)\s*(?:году|г\.)?" + E),
        # "Зимой 2017 года", "in the winter of 2017", "in early 2016": a season or a part of a year, the year only
        ("y", B + r"(?:весной|летом|осенью|зимой|в\s+начале|в\s+конце|в\s+середине)\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.)"
         + E),
        ("y", B + r"(?:in\s+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?P<y>(?:19|20)\d\d)" + E),
        ("y", B + r"in\s+(?:early|late|mid-)\s*(?P<y>(?:19|20)\d\d)" + E),
        # "Весна 2021 года.", "Германия, конец 2023 года.", "late 2023", "the end of 2023": a part of a year heading
        # an item of a chronicle, the year only
        ("y", B + r"(?:весна|лето|осень|зима|начало|конец|середина)\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.)" + E),
        ("y", B + r"(?:(?:early|late|mid-)\s*|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|"
              r"(?:spring|summer|autumn|fall|winter)\s+)(?P<y>(?:19|20)\d\d)" + E),
        # "2023 год: центр подготовки спасателей", "2019 —": a year heading a line of a chronicle
        # ("2013 год. В Кыргызстане прошли учения": the year a sentence of its own)
        # ("2013 год, Кыргызстан", "2019, Bishkek": with the place of its item, the rest of the line)
        ("y", r"(?m)^[^\w\n]{0,4}(?P<y>(?:19|20)\d\d)(?:[ \t]*(?:год|г\.|year))?"
              r"(?=[ \t]*(?:[:—–|]|\.?[ \t]*$|\.[ \t]+[A-ZА-ЯЁ\d]"
              r"|,[ \t]+[A-ZА-ЯЁ][\w-]*(?:[ -][A-ZА-ЯЁ][\w-]*)?(?:[ \t]*\([^()\n]*\))?\.?[ \t]*$))"),
        # "Чэнду, 2015 год. С 10 по 12 ноября …", "Chengdu, 2015:", "Минск, 2011 год. 23–24 марта …": a place and a
        # year heading an item of a chronicle
        ("y", r"(?m)^[^\w\n]{0,4}[^\W\d][\w-]*(?:[ -][^\W\d][\w-]*)?,[ \t]+(?P<y>(?:19|20)\d\d)"
              r"(?:[ \t]*(?:год|г\.|year))?(?=[ \t]*(?:[:—–|]|\.?[ \t]*$|\.[ \t]+[A-ZА-ЯЁ\d]))"),
        # "2023 жылы" (Kazakh: in 2023)
        ("y", B + r"(?P<y>(?:19|20)\d\d)\s+жыл(?:ы|да)" + E),
    ]
    flags = re.IGNORECASE | re.UNICODE
    return _Grammar(
        patterns=tuple((name, re.compile(rx, flags)) for name, rx in kinds),
        months=tuple((m, re.compile(r"^(?:" + alt + r")$", flags)) for m, alt in month_alts.items()),
        weekdays=tuple((d, re.compile(B + r"(?:(?:в|во|on|с|from)\s+)?(?:(?:" + "|".join(spec["weekday_words"])
                                      + r")\s+)?(?:" + alt + r")" + E, flags))
                       for d, alt in weekday_alts.items()),
        # "в январе", "in early May": a month without a year is the latest such month, or one soon after publication.
        # ("last November": the latest such month before the one of publication)
        bare_month=re.compile(B + r"(?:в|во|in|during|(?P<last>last|this\s+past))\s+(?:(?:начале|конце|середине|early|late|mid-?|(?:первой|второй)\s+"
                              r"половине|the\s+(?:first|second)\s+half\s+of)\s+)?(?P<m1>"
                              + M + r")(?!\s*,?\s*(?:\d|(?:" + "|".join(spec["year_words"]) + r")(?!\w)))" + E, flags),
        # "Ноябрь — в ходе официальных переговоров …", "November: …": a month heading a line of a chronology
        # ("🔹 Ноябрь | Бишкек": after a bullet, before a bar)
        # ("Ноябрь. Соглашение с Туркменистаном": a short title after a stop, the line heading a section)
        # ("Ноябрь, Алматы. Программа ЕС представила …", "Начало декабря, Нур-Султан.": a month, or its part, and a
        # place heading an item of a bulletin)
        # ("Апрель – декабрь: договорная база": the months a section of a year review runs over)
        heading_month=re.compile(r"(?m)^[^\w\n]{0,4}(?P<head>(?:(?:начало|конец|середина|early|late|mid-?)\s+)?(?P<m1>"
                                 + M + r")(?:[ \t]*[–—-][ \t]*(?P<m2>" + M + r"))?)(?=[ \t]*(?:[—–:|]|-\s|\.[ \t]+[^\n.]{0,60}$|,[ \t]+[^\W\d][^\n.,]{1,40}\.))",
                                 flags),
        # "Душанбе, декабрь. Председатель КЧС принял …": a place and a month, no year, heading an item of a chronicle
        placed_month=re.compile(r"(?m)^[^\w\n]{0,4}[^\W\d][\w-]*(?:[ -][^\W\d][\w-]*)?,[ \t]+(?P<head>(?P<m1>" + M
                                + r"))(?=\.)", flags),
        weekend=re.compile(B + "(?:" + spec["weekend"] + ")" + E, flags),
        relative_weeks=tuple((re.compile(B + "(?:" + r["pattern"] + ")" + E, flags), r["weeks"])
                             for r in spec["relative_weeks"]),
        month_before=re.compile(B + r"(?:(?:в|во|на|in)\s+)?(?P<m1>" + M + r")\s+", flags),
        future=re.compile(B + "(?:" + "|".join(spec["future"]) + ")" + E, flags),
        ahead=re.compile(r"(?:" + "|".join(spec["ahead"]) + r")", flags),
        stamp_word=re.compile(r"(?:" + "|".join(spec["stamp_words"]) + r")", re.IGNORECASE),
        relative_days=tuple((re.compile(B + "(?:" + r["pattern"] + ")" + E, flags), r["days"])
                            for r in spec["relative_days"]),
        relative_years=tuple((re.compile(B + "(?:" + r["pattern"] + ")" + E, flags), r["years"])
                             for r in spec["relative_years"]),
        relative_months=tuple((re.compile(B + "(?:" + r["pattern"] + ")" + E, flags), r["months"])
                              for r in spec["relative_months"]),
    )


def _month(word: str) -> int | None:
    if word.isdigit():
        value = int(word)
        return value if 1 <= value <= 12 else None
    for number, rx in _grammar().months:
        if rx.match(word):
            return number
    return None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    # A date far after publication without a year is last year's (news reports the past).
    if candidate - published > timedelta(days=183):
        year -= 1
    return year


def _absolute(name: str, m: re.Match, published: date | None) -> tuple[str, str | None] | None:
    groups = m.groupdict()
    year = groups.get("y")
    if year is not None and len(year) == 2:
        year = "20" + year
    if name == "y":
        return year, None
    m1 = _month(groups["m1"])
    if m1 is None:
        return None
    if name in ("my", "ym"):
        return _iso(int(year), m1), None
    if name == "mm":
        m2 = _month(groups["m2"])
        y = int(year) if year else _infer_year(m1, 1, published)
        if m2 is None or y is None:
            return None
        return _iso(y if m2 >= m1 or not year else y - 1, m1), _iso(y if m2 >= m1 or year else y + 1, m2)
    d1 = int(groups["d1"])
    m2 = _month(groups["m2"]) if groups.get("m2") else m1
    d2 = int(groups["d2"]) if groups.get("d2") else None
    if groups.get("d0"):
        d1, d2 = int(groups["d0"]), d1
    y = int(year) if year else _infer_year(m1, d1, published)
    if y is None:
        return None
    start = _iso(y, m1, d1)
    if start is None:
        return None
    end = None
    if d2 is not None:
        y2 = y + 1 if m2 < m1 else y
        end = _iso(y2, m2, d2)
        if end is None or end <= start:
            return None
    return start, end


@lru_cache(maxsize=1)
def _word_dates() -> tuple[re.Pattern, dict[str, int], re.Pattern, dict[str, int]]:
    spec = _spec()
    days = {str(k).lower(): int(v) for k, v in spec.get("ordinal_days", {}).items()}
    months = "(?:" + "|".join(a for alts in spec["months"].values() for a in alts) + ")"
    ordinal = re.compile(r"(?<![\w.])(?:(?P<tens>двадцать|тридцать)\s+)?(?P<day>" + "|".join(sorted(days, key=len, reverse=True))
                         + r")\s+(?P<m1>" + months + r")(?:\s+(?P<y>(?:19|20)\d\d))?(?!\w)", re.IGNORECASE)
    romans = {str(k): int(v) for k, v in spec.get("roman_months", {}).items()}
    roman = re.compile(r"(?<![\w.])(?P<d>[0-3]?\d)\.(?P<m>" + "|".join(sorted(romans, key=len, reverse=True))
                       + r")\.(?P<y>(?:19|20)\d\d)(?!\w)")
    return ordinal, days, roman, romans


def _dates_in_words(text: str, published: date | None) -> list[DateMention]:
    """"двадцать третьего мая 2019 года", "23.V.2019"."""
    ordinal, days, roman, romans = _word_dates()
    out = []
    for m in ordinal.finditer(text):
        day = days[m.group("day").lower()] + {"двадцать": 20, "тридцать": 30}.get((m.group("tens") or "").lower(), 0)
        month = _month(m.group("m1"))
        year = int(m.group("y")) if m.group("y") else (_infer_year(month, day, published) if month else None)
        iso = _iso(year, month, day) if month and year and day <= 31 else None
        if iso:
            out.append(DateMention(m.start(), m.end(), m.group(0), iso))
    for m in roman.finditer(text):
        iso = _iso(int(m.group("y")), romans[m.group("m")], int(m.group("d")))
        if iso:
            out.append(DateMention(m.start(), m.end(), m.group(0), iso))
    return out


_DAY_MONTH = re.compile(r"(?<![\w.–—-])(?:(?P<d0>[0-3]?\d)\s*(?:[–—-]|по|to)\s*)?(?P<d>[0-3]?\d)\s+"
                        r"(?P<m1>[а-яёА-ЯЁa-zA-Z]+)\s+")


def find_dates(text: str, published: date | None = None, year_only: bool = False) -> list[DateMention]:
    """All dates in `text`, left to right, without overlaps; partial years come from `published`. `year_only`: the
    date given is no day of publication, only a day of the year the text is of."""
    grammar = _grammar()
    found: list[DateMention] = _dates_in_words(text, published)
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in found]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _YEAR_LIST.finditer(text):
        # "в 2012, 2017 и 2023 годах": one mention per year.
        taken.append((m.start(), m.end()))
        for year in re.finditer(r"(?:19|20)\d\d", m.group(0)):
            found.append(DateMention(m.start() + year.start(), m.start() + year.end(), year.group(0), year.group(0)))
    if published is not None:
        for rx, years in grammar.relative_years:
            for m in _DAY_MONTH.finditer(text):
                # "30 мая прошлого года", "on 5 June last year": a day of a year told relative to publication
                after = rx.match(text, m.end())
                month = _month(m.group("m1"))
                if after and month is not None and free(m.start(), after.end()):
                    year = published.year + years
                    try:
                        day = date(year, month, int(m.group("d")))
                        first = date(year, month, int(m.group("d0"))) if m.group("d0") else None
                    except ValueError:
                        continue
                    taken.append((m.start(), after.end()))
                    # "14–15 августа прошлого года": the days of a range
                    found.append(DateMention(m.start(), after.end(), text[m.start():after.end()],
                                             (first or day).isoformat(), day.isoformat() if first else None,
                                             relative=True))
    for name, rx in grammar.patterns:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            value = _absolute(name, m, published)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), value[0], value[1],
                                     yearless=name not in ("y", "my") and not m.groupdict().get("y")))
    if published is not None:
        for rx, years in grammar.relative_years:
            for m in grammar.month_before.finditer(text):
                # "в июне будущего года", "in May next year": the month of a year told relative to publication
                after = rx.match(text, m.end())
                if after and free(m.start(), after.end()) and (month := _month(m.group("m1"))) is not None:
                    taken.append((m.start(), after.end()))
                    found.append(DateMention(m.start(), after.end(), text[m.start():after.end()],
                                             f"{published.year + years:04d}-{month:02d}", relative=True))
        for m in grammar.weekend.finditer(text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
                found.append(DateMention(m.start(), m.end(), m.group(0), saturday.isoformat(),
                                         (saturday + timedelta(days=1)).isoformat(), relative=True))
        for rx, weeks in grammar.relative_weeks:
            for m in rx.finditer(text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    day = published + timedelta(weeks=weeks)
                    found.append(DateMention(m.start(), m.end(), m.group(0), day.isoformat()[:7], relative=True))
        for rx, days in grammar.relative_days:
            for m in rx.finditer(text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    iso = (published + timedelta(days=days)).isoformat()
                    found.append(DateMention(m.start(), m.end(), m.group(0), iso, relative=True))
        for weekday, rx in grammar.weekdays:
            for m in rx.finditer(text):
                if free(m.start(), m.end()) and _weekday_in_context(text, m):
                    taken.append((m.start(), m.end()))
                    if grammar.ahead.search(m.group(0)) or not _told_as_past(text, m) and (
                            grammar.future.search(_main_clause(_part_of(text, m.start())))
                            or _perfective_future(_clause_of(text, m.start()))):
                        # "пройдет во вторник", "next Monday": the first such day after publication
                        iso = (published + timedelta(days=(weekday - published.weekday()) % 7 or 7)).isoformat()
                    else:
                        back = (published.weekday() - weekday) % 7
                        iso = (published - timedelta(days=back)).isoformat()
                    found.append(DateMention(m.start(), m.end(), m.group(0), iso, relative=True))
        found = _weekday_ranges(text, found)
        # "продлится до пятницы" alone gives an end, not a day of the event.
        found = [replace(d, until=True) if d.relative and len(d.start_date) == 10 and d.end_date is None
                 and _UNTIL.search(text, max(0, d.start - 8), d.start) else d for d in found]
        for m in grammar.bare_month.finditer(text):
            if free(m.start(), m.end()) and (month := _month(m.group("m1"))) is not None:
                year = _infer_year(month, 1, published) if not m.group("last") else \
                    published.year - (month >= published.month)
                taken.append((m.start(), m.end()))
                # (in a text of a known year and no known day, "В начале ноября" is a month of that year, as a day
                # and month are; "last November" still counts from a day of publication)
                of_the_year = year_only and not m.group("last")
                found.append(DateMention(m.start(), m.end(), m.group(0), f"{year:04d}-{month:02d}",
                                         relative=not of_the_year, yearless=of_the_year))
        for m in (*grammar.heading_month.finditer(text), *grammar.placed_month.finditer(text)):
            # a month heading a line of a chronology: of the year the chronology is of, as a day and month are
            if free(m.start("head"), m.end()) and (month := _month(m.group("m1"))) is not None:
                year = _infer_year(month, 1, published)
                taken.append((m.start("head"), m.end()))
                last = _month(m.group("m2")) if m.groupdict().get("m2") else None
                found.append(DateMention(m.start("head"), m.end(), m.group("head"), f"{year:04d}-{month:02d}",
                                         f"{year:04d}-{last:02d}" if last and last > month else None, yearless=True))
        for rx, years in grammar.relative_years:
            for m in rx.finditer(text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    found.append(DateMention(m.start(), m.end(), m.group(0),
                                             f"{published.year + years:04d}", relative=True))
        for rx, months in grammar.relative_months:
            for m in rx.finditer(text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    index = published.year * 12 + published.month - 1 + months
                    found.append(DateMention(m.start(), m.end(), m.group(0),
                                             f"{index // 12:04d}-{index % 12 + 1:02d}", relative=True))
    found = _weekday_with_its_date(text, found)
    found = _same_year(text, found)
    found = _year_of_sentence(text, found, published)
    found = _same_day(text, found)
    found = _next_day(text, found)
    found = _days_of_the_month(text, found)
    found = _month_of_the_year_before(text, found)
    found = _weekdays_of_a_told_span(text, found, grammar, None if year_only else published)
    found = [replace(d, until=True) if d.end_date is None and _UNTIL_DATE.search(text, max(0, d.start - 16), d.start)
             else d for d in found]
    # (a pattern may take the white space before the words: the date begins at its first word, within its sentence)
    found = [replace(d, start=d.start + len(d.text) - len(d.text.lstrip()), text=d.text.lstrip())
             if d.text[:1].isspace() else d for d in found]
    found.sort(key=lambda d: d.start)
    return found


_YEAR_LIST = re.compile(r"(?<![\w.])(?:в|in)\s+(?:19|20)\d\d(?:\s*(?:,|и|and|,\s*and)\s*(?:19|20)\d\d)+"
                        r"(?:\s*(?:годах|гг\.|years))?(?!\w)", re.IGNORECASE)
_SAME_YEAR = re.compile(r"(?<!\w)(?:(?:(?:в|во|in)\s+)?(?:(?P<d1>[0-3]?\d)\s+)?(?P<m1>[а-яёa-z]+)\s+|"
                        r"(?:осенью|весной|летом|зимой)\s+)?"
                        r"(?:того\s+же\s+года|в\s+том\s+же\s+году|(?:of\s+)?the\s+same\s+year|later\s+that\s+year)",
                        re.IGNORECASE)


_DAYS_NUMBERED = re.compile(r",?\s*(?:начиная\s+)?(?:с\s+)?(?P<d1>[0-3]?\d)(?:-?го)?(?:\s*(?:по|-|–|—)\s*(?P<d2>[0-3]?\d)(?:-?е)?)?"
                            r"\s+числ[оа]\b",
                            re.IGNORECASE)


def _month_of_the_year_before(text: str, found: list[DateMention]) -> list[DateMention]:
    """"осенью 2013 года, в октябре", "In 2013, in October": a month told right after a year, past a comma, is of it."""
    out: list[DateMention] = []
    for d in found:
        before = out[-1] if out else None
        if d.relative and len(d.start_date) == 7 and d.end_date is None and before is not None \
                and len(before.start_date) == 4 and not before.relative \
                and re.fullmatch(r"\s*,\s*", text[before.end:d.start]):
            d = replace(d, start_date=before.start_date + d.start_date[4:], relative=False)
        out.append(d)
    return out


def _days_of_the_month(text: str, found: list[DateMention]) -> list[DateMention]:
    """"В июле 2016 года, с 12 по 14 число, …": the days told after their month, by number."""
    out = []
    for d in found:
        after = _DAYS_NUMBERED.match(text, d.end) if len(d.start_date) == 7 and d.end_date is None else None
        if after:
            try:
                first = date.fromisoformat(f"{d.start_date}-{int(after['d1']):02d}")
                last = date.fromisoformat(f"{d.start_date}-{int(after['d2']):02d}") if after["d2"] else None
            except ValueError:
                out.append(d)
                continue
            d = replace(d, end=after.end(), text=text[d.start:after.end()], start_date=first.isoformat(),
                        end_date=last.isoformat() if last and last > first else None)
        out.append(d)
    return out


def _weekday_with_its_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """"until Thursday, October 10", "в четверг, 10 октября": the day written after its weekday is the one date (and
    ends what the weekday would have ended)."""
    found = sorted(found, key=lambda d: d.start)
    kept: list[DateMention] = []
    for k, d in enumerate(found):
        following = found[k + 1] if k + 1 < len(found) else None
        if d.relative and len(d.start_date) == 10 and d.end_date is None and following is not None \
                and not following.relative and len(following.start_date) == 10 \
                and re.fullmatch(r",?\s*", text[d.end:following.start]) and all(map(is_weekday, d.text.split()[-1:])):
            found[k + 1] = replace(following, until=following.until or d.until)
            continue
        kept.append(d)
    return kept


def _same_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """"в ноябре того же года", "the same year": the year of the date told before it."""
    found = sorted(found, key=lambda d: d.start)
    for m in _SAME_YEAR.finditer(text):
        before = [d for d in found if d.end <= m.start() and d.start_date[:4].isdigit()]
        if not before:
            continue
        year = before[-1].start_date[:4]
        month = _month(m.group("m1")) if m.group("m1") else None
        # ("12 сентября того же года": the day too)
        value = f"{year}-{month:02d}" + (f"-{int(m.group('d1')):02d}" if m.group("d1") else "") if month else year
        found = [d for d in found if d.end <= m.start() or d.start >= m.end()]
        # (told from a date of the text, not from the day of publication: read in a text with none too)
        found.append(DateMention(m.start(), m.end(), m.group(0), value))
        found.sort(key=lambda d: d.start)
    return found


_SAME_DAY = re.compile(r"(?<!\w)(?:в\s+(?:тот|этот)\s+(?:же\s+)?день|тем\s+же\s+днём|тем\s+же\s+днем|"
                       r"(?:on\s+)?the\s+same\s+day|(?:later\s+)?that\s+(?:same\s+)?day|сол\s+күні)(?!\w)", re.IGNORECASE)


def opens_with_the_same_day(sentence: str) -> bool:
    """"В этот день …", "The same day, …": the sentence tells the day the one before told."""
    return _SAME_DAY.match(sentence.lstrip()) is not None


def tells_the_same_day(words: str) -> bool:
    """"Затем в тот же день …", "Later that day …": the words name the day told before."""
    return _SAME_DAY.search(words) is not None


def told_from_the_text(mention: DateMention) -> bool:
    """"В тот же день", "на следующий день": a day counted from a day the text told, not from its publication."""
    return mention.relative and bool(_SAME_DAY.search(mention.text) or _NEXT_DAY.search(mention.text))


def _same_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """"16 октября он встретился с … В тот же день министр принял делегацию": the day told just before."""
    return _day_told_before(text, sorted(found, key=lambda d: d.start), _SAME_DAY, reach=4, later=0, far=12)


_NEXT_DAY = re.compile(r"(?<!\w)(?:на\s+(?:следующий|другой)\s+день|назавтра|(?:on\s+)?the\s+(?:next|following)\s+day|"
                       r"келесі\s+күні)(?!\w)", re.IGNORECASE)


def _next_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """"Во вторник, 14 марта, состоялись переговоры … На следующий день состоялась встреча": the day after the one
    told before, however many sentences of talk lie between."""
    return _day_told_before(text, found, _NEXT_DAY, reach=12, later=1)


@lru_cache(maxsize=1)
def _occurred_after() -> re.Pattern:
    """A verb of a disaster striking right after a date ("накануне произошло землетрясение")."""
    return re.compile(r"\s+(?:" + "|".join(_spec()["occurred_after"]) + ")", re.IGNORECASE)


def _day_told_before(text: str, found: list[DateMention], words: re.Pattern, reach: int,
                     later: int, far: int = 0) -> list[DateMention]:
    """Each of `words` (in `found`, sorted) dates to the last day told within `reach` sentence breaks before it,
    `later` days on; or within `far` of them, where that day is one, not a range, and the last date of any kind
    told before the words ("В среду делегация провела переговоры … [four paragraphs] … В тот же день делегация
    встретилась …")."""
    for m in words.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        # ("в Турцию, где накануне произошло землетрясение. В тот же день …": the day of a disaster is no day of
        # the news to count from)
        earlier = [d for d in found if d.end <= m.start() and not _occurred_after().match(text, d.end)]
        before = [d for d in earlier if len(d.start_date) == 10 and not d.until
                  and len(_SENTENCE_BREAK.findall(text, d.end, m.start())) <= reach]
        last = earlier[-1] if earlier else None
        if not before and last is not None and len(last.start_date) == 10 and last.end_date is None \
                and not (last.until or _UNTIL_DATE.search(text, max(0, last.start - 16), last.start)) \
                and len(_SENTENCE_BREAK.findall(text, last.end, m.start())) <= far:
            before = [last]
        if not before:
            continue
        day = (date.fromisoformat(before[-1].start_date) + timedelta(days=later)).isoformat()
        found.append(DateMention(m.start(), m.end(), m.group(0), day, relative=True))
        found.sort(key=lambda d: d.start)
    return found


def _year_of_sentence(text: str, found: list[DateMention], published: date | None = None) -> list[DateMention]:
    """"In October 2022, Tajikistan hosted a forum, which ended on Oct. 6": a day without its year takes the year
    written earlier in its sentence."""
    out = []
    headings = _heading_years(text) if any(d.yearless for d in found) else []
    for d in found:
        if d.yearless:
            before = [e for e in found if not e.yearless and not e.relative and e.end <= d.start
                      and e.start_date[:4].isdigit() and not _SENTENCE_BREAK.search(text, e.end, d.start)
                      and not _DAY_OPENS.search(text, e.end, d.start + 3)]
            heading = next(((at, year) for at, year in reversed(headings) if at < d.start), None)
            if not before and heading is not None and not any(
                    not e.yearless and not e.relative and heading[0] < e.start < d.start and e.start_date[:4].isdigit()
                    for e in found):
                # "3. ХРОНИКА РЕГИОНАЛЬНОГО СОТРУДНИЧЕСТВА 2024 ГОДА … 30 мая, Урумчи": a day under a heading that
                # names a year, with no year written between, is of that year (not of the bulletin's)
                before = [DateMention(heading[0], heading[0] + 4, heading[1], heading[1])]
            if not before and _opens_sentence(text, d.start) and not _news_of_the_day(d, published):
                # "Зимой 2017 года республику накрыли лавины … . 25 февраля из Раменского вылетел Ил-76": a day that
                # opens a sentence right after one opened by a year is of that year (a narrative told in order)
                before = [e for e in found if not e.yearless and e.end <= d.start and e.start_date[:4].isdigit()
                          and _opens_sentence(text, e.start) and len(_ANY_BREAK.findall(text, e.end, d.start)) == 1]
            if not before and _opens_sentence(text, d.start) and not _news_of_the_day(d, published):
                # "6 февраля 2023 г. … В тот же день … \n\n7 февраля спецрейсом … вылетела группа": a day opening a
                # sentence soon after the last day written with its year, in a chronicle told in order, is of that year
                last = next((e for e in reversed(found) if not e.yearless and not e.relative and e.end <= d.start
                             and len(e.start_date) == 10), None)
                gap = days_from(last.start_date, last.start_date[:4] + d.start_date[4:]) if last is not None else None
                if gap is not None and 0 <= gap <= 62 and not any(
                        e.end <= d.start and e.start > last.start and not e.yearless and not e.relative for e in found):
                    before = [last]
            if not before:
                # "23–25 августа 2017 года … совещание … . На полях совещания, 24 августа, …": a day within the span
                # the last date written with its year gave is of that year
                last = next((e for e in reversed(found) if not e.yearless and not e.relative and e.end <= d.start
                             and len(e.start_date) == 10), None)
                day = last.start_date[:4] + d.start_date[4:] if last is not None and len(d.start_date) == 10 else None
                if day and last.end_date and last.start_date <= day <= last.end_date and not any(
                        e.end <= d.start and e.start > last.start and not e.yearless and not e.relative for e in found):
                    before = [last]
            if not before and _LATER.match(text, _sentence_bounds(text, d.start)[0]):
                # "Летом 2011 года … 20 июля … . Месяц спустя, 23 августа, в Оше …": a day told as coming later than
                # the story told so far is of the year the story was last dated by
                before = [e for e in found if not e.yearless and not e.relative and e.end <= d.start
                          and e.start_date[:4].isdigit()]
            year = before[-1].start_date[:4] if before else None
            if year and year != d.start_date[:4]:
                shift = int(year) - int(d.start_date[:4])
                start = year + d.start_date[4:]
                end = f"{int(d.end_date[:4]) + shift:04d}{d.end_date[4:]}" if d.end_date else None
                try:
                    for day in (start, end):
                        if day and len(day) == 10:
                            date.fromisoformat(day)  # 29 February of a year without it stays as read
                    d = replace(d, start_date=start, end_date=end)
                except ValueError:
                    pass
        out.append(d)
    return out


# A line that heads a section with a year: "3. ХРОНИКА РЕГИОНАЛЬНОГО СОТРУДНИЧЕСТВА 2024 ГОДА", "Итоги 2024 года",
# "2019 in review" (not a month's year, "январь 2025 г.", nor a name's, "«Каспий-2024»")
_HEADING_YEAR = re.compile(r"(?<![\w«\"-])((?:19|20)\d\d)(?:\s*(?:год[аеуы]?|г\.|in review|year|жыл\w*))?(?![\w»\"-])",
                           re.IGNORECASE)


def _heading_years(text: str) -> list[tuple[int, str]]:
    """The offsets and years of the lines of their own (no full stop, a few words) that name one year."""
    months = _grammar().months
    out = []
    for line in re.finditer(r"(?m)^[ \t]*(\S[^\n]{0,100}?)[ \t]*$", text):
        words = line.group(1)
        if words.endswith((".", ",", ";", ":")) and not re.match(r"^\d+\.$", words) or len(words.split()) > 10:
            continue
        years = list(_HEADING_YEAR.finditer(words))
        if len(years) != 1 or re.search(r"\d", _HEADING_YEAR.sub("", words).lstrip("0123456789. ")):
            continue
        before = words[:years[0].start()].split()
        if before and any(pattern.fullmatch(before[-1].strip("(,")) for _, pattern in months):
            continue  # (a month's year)
        out.append((line.start(1) + years[0].start(1), years[0].group(1)))
    return out


def days_from(start: str | None, day: str) -> int | None:
    """How many days `day` is after `start`, both full ISO days; None for a partial or impossible one."""
    if not start or len(start) != 10 or len(day) != 10:
        return None
    try:
        return (date.fromisoformat(day) - date.fromisoformat(start)).days
    except ValueError:
        return None


_LATER = re.compile(r"\s*(?:(?:\w+\s+){1,2}(?:спустя|later)|через\s+(?:\w+\s+)?(?:день|дня|дней|недел[юиь]|месяц|"
                    r"месяца|месяцев))\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZА-ЯЁ]|\n")
_DAY_OPENS = re.compile(r"[.!?]\s+\d{1,2}\s")  # ("В 2023 году … учений. 12 марта прошла встреча": another sentence)
_ANY_BREAK = re.compile(r"[.!?]\s+|\n\s*")  # (a sentence may open with a day: "… помощи. 25 февраля …")


def _news_of_the_day(d: DateMention, published: date | None) -> bool:
    """A day without its year that falls in the weeks before publication ("12 марта" in a report of 13 March): the
    news, whatever year the sentence before told."""
    if published is None or len(d.start_date) != 10:
        return False
    return 0 <= (published - date.fromisoformat(d.start_date)).days <= 45


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


# "продлятся по 2 октября", "until 14 May", "the meeting will close on 24 March", "совещание завершится 25 августа"
_UNTIL_DATE = re.compile(r"(?:(?<!\w)(?:по|до|until|till|through)|(?<!\w)to|(?<!\w)(?:close|closes|end|ends|conclude|"
                         r"concludes) on|(?<!\w)(?:завершится|завершатся|закончится|закончатся|закроется))\s+$",
                         re.IGNORECASE)
_UNTIL = re.compile(r"(?:\bдо|\buntil|\btill)\s+$", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:и|по|до|and|to|through|[-–—])\s*(?:(?:в|во|on)\s+)?$", re.IGNORECASE)


def _weekdays_of_a_told_span(text: str, found: list[DateMention], grammar: _Grammar,
                             published: date | None) -> list[DateMention]:
    """"with a working visit from October 14 to 17 … On Tuesday, the guests held talks": a weekday after a span of
    days told before it is the one day of the span with that name, when no day of publication is known, or the news
    is of the span's days (begun by the day of publication) and the publication's week gives a day outside it."""
    spans = [d for d in found if len(d.start_date) == 10 and d.end_date and len(d.end_date) == 10
             and 1 <= (date.fromisoformat(d.end_date) - date.fromisoformat(d.start_date)).days <= 13
             and (published is None or date.fromisoformat(d.start_date) <= published
                  <= date.fromisoformat(d.end_date) + timedelta(days=14))]
    if not spans:
        return found
    out = list(found)
    for weekday, rx in grammar.weekdays:
        for m in rx.finditer(text):
            if not _weekday_in_context(text, m):
                continue
            span = next((d for d in reversed(spans) if d.end <= m.start() and m.start() - d.end <= 1500), None)
            if span is None:
                continue
            first = date.fromisoformat(span.start_date)
            days = [first + timedelta(days=k)
                    for k in range((date.fromisoformat(span.end_date) - first).days + 1)
                    if (first + timedelta(days=k)).weekday() == weekday]
            if len(days) != 1:
                continue
            here = next((d for d in out if d.start < m.end() and m.start() < d.end), None)
            if here is not None and not (here.relative and not here.end_date and (here.start, here.end) == (
                    m.start(), m.end()) and not span.start_date <= here.start_date <= span.end_date):
                continue  # (a day written with it, or one the publication's week already puts in the span)
            if here is not None:
                out.remove(here)
            # (a day the span fixes, whatever the day of publication: not relative to it)
            out.append(DateMention(m.start(), m.end(), m.group(0), days[0].isoformat()))
    return out


def _weekday_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """"в среду и четверг", "from Monday to Wednesday": two weekdays joined into one range."""
    days = sorted((d for d in found if d.relative and len(d.start_date) == 10), key=lambda d: d.start)
    merged = {}
    for a, b in zip(days, days[1:]):
        gap = text[a.end:b.start]
        if a.start in merged or len(gap) > 12 or not _JOIN.fullmatch(gap) or b.start_date <= a.start_date:
            continue
        merged[a.start] = DateMention(a.start, b.end, text[a.start:b.end], a.start_date, b.start_date, relative=True)
        merged[b.start] = None
    return [merged.get(d.start, d) for d in found if merged.get(d.start, d) is not None]


def _weekday_in_context(text: str, m: re.Match) -> bool:
    """A Russian weekday needs its preposition: "в среду" is a day, "охрана окружающей среды" is not."""
    word = m.group(0)
    if " " in word.strip() or not re.match(r"[а-яё]", word, re.IGNORECASE) or re.search(r"[әіңғүұқөһ]", word, re.I):
        return True
    return bool(re.search(r"(?:\bпо|\bдо|\bи|\bсо?)\s+$", text[max(0, m.start() - 4):m.start()], re.IGNORECASE))


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|котор\w+)\b[^,;]*", re.IGNORECASE)


def _main_clause(sentence: str) -> str:
    """The sentence without its relative clauses ("China on Wednesday handed over a network, which will help …")."""
    return _RELATIVE_CLAUSE.sub(" ", sentence)


_SUBORDINATE = re.compile(r",\s*(?=(?:что|чтобы|котор\w+|где|когда|если|поскольку|как|that|which|who|where|when|if)\b)",
                          re.IGNORECASE)
_WORD = re.compile(r"[а-яё]{4,}", re.IGNORECASE)


def _clause_of(text: str, at: int) -> str:
    """The clause of a position: its sentence cut where a subordinate clause begins ("заявил, что направит")."""
    begin, end = _part_bounds(text, at)  # (within the part between semicolons)
    sentence, offset = text[begin:end], at - begin
    start = 0
    for cut in _SUBORDINATE.finditer(sentence):
        if cut.start() >= offset:
            return sentence[start:cut.start()]
        start = cut.end()
    return sentence[start:]


def _told_as_past(text: str, weekday: re.Match) -> bool:
    """The verb right beside a weekday is of the past ("Pakistan and Kazakhstan on Friday signed an MoU that sets out
    how they will cooperate", "в пятницу подписали"): the day lies behind, whatever the rest of the sentence says."""
    # (up to three words on, before any stop: "В пятницу стороны подписали", "on Friday the two sides signed")
    after = re.match(r"[^\S\n]*([^\W\d_]+)(?:[^\S\n]+([^\W\d_]+))?(?:[^\S\n]+([^\W\d_]+))?",
                     text[weekday.end():])
    before = re.search(r"(?:([^\W\d_]+)[^\S\n]+)?([^\W\d_]+)[^\S\n]*$", text[:weekday.start()])
    words = [word for word in (after.groups() if after else ()) if word]
    if before and (before.group(1) or "").lower() not in _spec()["auxiliaries"]:
        words.append(before.group(2))  # (not "will be held on Friday", "is scheduled on Monday": a participle)
    # ("after notes were exchanged in Bishkek on Tuesday": a verb in the past passive a few words before, in the clause)
    lead = re.split(r"[,;:\n]", text[max(0, weekday.start() - 60):weekday.start()])[-1].lower().split()[-5:]
    passive = any(word in ("was", "were") and k + 1 < len(lead) and _past_verb(lead[k + 1])
                  for k, word in enumerate(lead))
    return passive or any(_past_verb(word) for word in words)


def _past_verb(word: str) -> bool:
    if re.fullmatch(r"[a-z]+", word):
        return word in _spec()["english_past"] or (len(word) > 4 and word.endswith("ed")
                                                    and word not in _spec()["english_not_past"])
    return word.islower() and russian_past(word)


def _perfective_future(clause: str) -> bool:
    """A Russian verb of the perfective future in the clause ("проведет", "посетят"): a weekday there lies ahead."""
    return any(perfective_future(w.lower()) for w in _WORD.findall(clause))


def _sentence_of(text: str, at: int) -> str:
    """The sentence around a position, roughly: from the last full stop before it to the next one."""
    begin, end = _sentence_bounds(text, at)
    return text[begin:end]


def _part_of(text: str, at: int) -> str:
    """The part of the sentence around a position between semicolons ("в среду ЮНИСЕФ провёл тренинг; … подобные
    занятия позже пройдут и в Хатлонской области": the future of another part is not the weekday's)."""
    begin, end = _part_bounds(text, at)
    return text[begin:end]


def _part_bounds(text: str, at: int) -> tuple[int, int]:
    """The bounds of the part of the sentence around a position, between semicolons."""
    begin, end = _sentence_bounds(text, at)
    right = text.find(";", at, end)
    return text.rfind(";", begin, at) + 1 or begin, right if right != -1 else end


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    begin = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stops = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    return begin, min(stops) if stops else len(text)


def is_calendar_word(word: str) -> bool:
    """A name of a day of the week or of a month ("Friday", "марта")."""
    return is_weekday(word) or (not word.isdigit() and _month(word) is not None)


def is_weekday(word: str) -> bool:
    """A name of a day of the week ("четверг", "Friday", "бейсенбі")."""
    return _weekday_names().fullmatch(word) is not None


@lru_cache(maxsize=1)
def _weekday_names() -> re.Pattern:
    return re.compile("|".join(f"(?:{alt})" for alts in _spec()["weekdays"].values() for alt in alts), re.IGNORECASE)


def parse_date(text: str) -> date | None:
    """The first full date in `text`, or None: '15.08.2024', '15 августа 2024 г.', '2024-08-15'."""
    for mention in find_dates(text):
        if len(mention.start_date) == 10:
            return date.fromisoformat(mention.start_date)
    return None


_TIME = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]+")
_CAPITALS_RUN = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}){1,2}")  # (a masthead of up to three words)


def stamp_spans(text: str, found: list[DateMention]) -> tuple[tuple[int, int], ...]:
    """The lines that are a page's time stamp: a full date with its written year and, besides, only a time, stamp
    words and at most one capitalised name ("07.12.2021, 17:26", "Almaty, 24 November 2021"). It dates the page,
    not its news. A text with several such lines is a listing, and none of them is a stamp."""
    words = _grammar().stamp_word
    spans = []
    for d in found:
        if len(d.start_date) != 10 or d.end_date or d.relative or d.yearless:
            continue
        first = text.rfind("\n", 0, d.start) + 1
        last = text.find("\n", d.end)
        last = len(text) if last < 0 else last
        rest = _TIME.sub(" ", text[first:d.start] + " " + text[d.end:last])
        # (a masthead in capitals is one name: "НЕЙТРАЛЬНЫЙ ТУРКМЕНИСТАН   20 декабря 2013 г.")
        rest = _CAPITALS_RUN.sub(lambda m: m.group(0).split()[0], rest)
        others = [w for w in _LETTERS.findall(rest) if not words.fullmatch(w)]
        if len(others) > 1 or (others and not others[0][0].isupper()):
            continue
        spans.append((first, last))
    # (a listing's items each under a date line of its own, "12.03.2024 … 15.03.2024 …", are dated by those lines)
    return tuple(spans) if len(spans) == 1 else ()
