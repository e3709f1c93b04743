"""The extractor: a cleaned Document in, typed records with evidence out."""

from __future__ import annotations

from dataclasses import replace

import re
from datetime import date

import pyoxigraph as ox

from kg import paths
from kg.errors import ExtractionError
from kg.extract.actors import ActorFinder, Occurrence, local_government_name, mark_nested
from kg.extract.agreements import CEREMONY, AgreementFinder, witnesses
from kg.extract.dates import find_dates, stamp_spans, told_from_the_text
from kg.extract.events import EXHIBITION, SIDELINES, EventFinder, disaster_date, to_records
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import NLP, Parsed
from kg.extract.outlets import is_web_address, names_an_outlet, outlet_in, outlet_state
from kg.extract.persons import DELEGATION_WORDS, PersonFinder, only
from kg.extract.places import NewPlaces
from kg.extract.phrases import PhraseSet, load_patterns
from kg.records import ActorMention, Document, EventRecord, Evidence, Extraction, PersonRecord, PlaceMention
from kg.rdf import SKOS
from kg.text import slugify

SUPPORTED_LANGUAGES = ("ru", "en", "kk")
MAX_CHARS = 500_000

_LED = {"возглавить", "возглавлять", "led", "headed", "lead", "leads", "head"}
# "БИШКЕК, 12 октября — АКИpress.", "ЧОЛПОН-АТА (Киргизия), 4 сен — РИА Новости.", "Бишкек, 4 сентября /Кабар/.",
# "Nur-Sultan, 24/11/2021" on a line of its own ("Tashkent, 20 May 2015 / UZ24": with the agency after a slash)
_DATELINE_REST = (
    r"(?:/[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+)*)\s*(?:\([^)\n]{1,30}\)\s*|/[^/\n]{1,30}/\s*)?(?:,\s*[A-Z][a-z]+(?=,))?[,.]"
    r"\s*(?P<date>[0-3]?\d(?P<sep>[./])[01]?\d(?P=sep)(?:19|20)?\d\d|[0-3]?\d\.?\s*[^\s—–/(,.]+\.?(?:\s+(?:19|20)\d\d(?:\s+(?:года|г\.|г|жылы|жылғы))?)?"
    r"|[A-Z][a-z]+\.?\s+[0-3]?\d(?:,\s*(?:19|20)\d\d)?)\s*"
    r"(?:\([^)\n]{1,40}\)\s*|/[^/\n]{1,40}/\s*|,\s*[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*)?\s*"
    r"|/[^\S\n]*[A-ZА-ЯЁ][\w.-]*(?:[ -][A-ZА-ЯЁ][\w.-]*)?[^\S\n]*(?=\n|$))?(?:[—–.-]|$)")


def _dateline_pattern(upper: str, letters: str) -> re.Pattern:
    """The dateline grammar, with the capitals and letters a town's name may be written in."""
    return re.compile(r"^[^\w\n]*(?P<city>[" + upper + "][" + letters + r"\-]+(?:[ -][" + upper + "][" + letters
                      + r"\-]+)?" + _DATELINE_REST, re.MULTILINE)


_DATELINE = _dateline_pattern("A-ZА-ЯЁ", "A-Za-zА-Яа-яЁё")
# (Kazakh texts: a town in Kazakh letters, "БІШКЕК, 8 қараша – Kazinform.")
_KK_DATELINE = _dateline_pattern("A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "A-Za-zА-Яа-яЁёӘҒҚҢӨҰҮҺІәғқңөұүһі")

# A dateline with no date: "ASTANA – A delegation ...", "БИШКЕК (Кабар) — ..." (the city in capitals).
# "НУР-СУЛТАН. КАЗИНФОРМ – …": the agency's name in capitals after the city.
# ("BISHKEK, KYRGYZ REPUBLIC – The Asian Development Bank …": the country in capitals after it)
_PLACE_LINE = re.compile(r"^[^\w\n]*(?P<city>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?: [A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,})?)\s*"
                         r"(?:\([^)\n]{1,30}\)\s*|\.\s*[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?: [A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,})?\s*"
                         r"|,\s*[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?: [A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,})?\s*)?[—–-]\s",
                         re.MULTILINE)
# "Бишкек. Сегодня в центральном аппарате министерства …": a town in title case closing with a full stop opens the lead
# (it counts only when the gazetteer knows it as a place)
# ("BISHKEK. Kyrgyzstan and France intend …": in capitals too)
_TOWN_LEAD = re.compile(r"^[^\S\n]*(?P<city>[A-ZА-ЯЁ](?:[a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?|[A-ZА-ЯЁ]+(?:-[A-ZА-ЯЁ]+)?))"
                        r"\.[^\S\n]+(?=[A-ZА-ЯЁ«\"])", re.MULTILINE)
# "24 августа 2011 – Управление Верховного комиссара ООН … передало", "12 May 2025 — The UN …": a day opening the
# lead before a dash, with no town, as news services of the UN write it (once in the text: not a chronicle's items)
_DATE_LEAD = re.compile(r"^(?P<city>)[^\S\n]*(?P<date>[0-3]?\d\s+[а-яё]+\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z][a-z]+\s+(?:19|20)\d\d"
                        r"|[A-Z][a-z]+\s+[0-3]?\d,\s*(?:19|20)\d\d)(?:\s*(?:года|г\.))?[^\S\n]+[—–-][^\S\n]+(?=[A-ZА-ЯЁ«\"])",
                        re.MULTILINE)
# "24.kg news agency, BISHKEK", "Информационное агентство «Кабар», БИШКЕК": a byline line naming the agency and its city
_BYLINE = re.compile(r"^[^\n]{0,40}(?i:news agency|агентство)[^\n,]{0,30},\s*"
                     r"(?P<city>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,})[^\S\n]*$", re.MULTILINE)

# "MANILA, PHILIPPINES (18 November 2025) — The Asian Development Bank …": the day in brackets after the city.
_BRACKET_DATELINE = re.compile(r"^[^\w\n]*(?P<city>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+(?: [A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+)?)"
                               r"(?:,\s*[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\- ]{2,30}?)?\s*\((?P<date>[^()\n]{6,30})\)\s*[—–-]\s",
                               re.MULTILINE)

# "Tashkent, Uzbekistan (Daryo.uz) — …", "Ташкент (УзА) — …": a city in title case with the agency in brackets.
_AGENCY_LINE = re.compile(r"^[^\w\n]*(?P<city>[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?)(?:,\s*[A-ZА-ЯЁ][a-zа-яё]+)?"
                          r"\s*\([^)\n]{1,30}\)\s*[—–-]\s", re.MULTILINE)

# "📍 Бекабадский район, Ташкентская область": a post's pin before the place it was written from.
# (a line of its own with no figures: not "📍 23-24 шілде аралығында Павлодар облысының …", a sentence)
_PIN_LINE = re.compile(r"^[^\S\n]*📍[^\S\n]*(?P<city>[^\n\d,.]{2,40})(?:,[^\n\d.]{0,40})?[^\S\n]*$", re.MULTILINE)

# "09/06/21 15:47, Bishkek – 24.kg news agency": the day, month and year of a stamp, its time, and the town.
_STAMP_LINE = re.compile(r"^\s*\d{1,2}[./]\d{1,2}[./]\d{2}(?:\d\d)?,?\s+[0-2]?\d:[0-5]\d,?\s+"
                         r"(?P<city>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+)\s+[—–-]\s", re.MULTILINE)

# "the agreement on cooperation, signed on 12 September 2018": a document's signing told after it, in passing
_SIGNING_VERBS = frozenset(w for w in load_patterns("agreements")["signing"] if " " not in w and not w.startswith("~")
                           and not w.isascii())
# (not the verb of signers named before it, with its object: "…, UNICEF Representative, signed an Exchange of Notes")
_SIGNED_AFTER_COMMA = re.compile(r",\s+(?:which was |that was )?signed\b(?!\s+(?:an?|the|two|three|four|several)\b)",
                                 re.IGNORECASE)

_KK_SIGNED_FINITE = re.compile(r"қол\s+қой(?:ды|ылды|ысты|ыпты)\b")
_RETURNED = frozenset(load_patterns("events")["returned_words"])
_UNDER = {"under", "при", "within"}  # (the words before the parent a clause names: "operates under", "действует при")

_FUTURE = re.compile(r"\b(?:will|agreed to|plans? to|planned|next|intend|следующ\w*|планиру\w*|будет|будут|"
                     r"намерен\w*|предстоящ\w*|договорились провести)\b", re.IGNORECASE)
_PROGRAMME = re.compile(r"\bплан\w*|\bпрограмм\w*|\bстратеги\w*|\bplans?\b|\bprogramm?e?s?\b|\bstrateg\w*",
                        re.IGNORECASE)  # "a plan of joint activities for 2024–2025": the period's end is ahead
_PLAN_YEAR = re.compile(r"(?:\bдо|\bto|\buntil|\bby|\bthrough)\s*$", re.IGNORECASE)


def _within(at: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """The offset lies in one of the spans (the datelines of a text)."""
    return any(start <= at < end for start, end in spans)


def _year_anchor(parsed: Parsed) -> date | None:
    """The last day of the latest year the text names, not counting the end of a plan ("until 2028", "a plan for
    2024–2025") or a year in a sentence about the future."""
    years = [m.group(0) for m in re.finditer(r"\b(?:19|20)\d\d\b", parsed.text)
             if not _PLAN_YEAR.search(parsed.text, max(0, m.start() - 8), m.start())
             and not (re.search(r"(?:19|20)\d\d\s*[–—-]\s*$", parsed.text[max(0, m.start() - 8):m.start()])
                      and _PROGRAMME.search(parsed.sentence_of(m.start()).text))
             and not _FUTURE.search(parsed.sentence_of(m.start()).text)]
    return date(max(int(y) for y in years), 12, 31) if years else None


# What is left of a state's name once the state is cut off the end of a body's name.
_STATE_WORDS = re.compile(r"(?:\s+(?:of|the|Republic|республики|республика|республикасы(?:ның)?|,))+\s*$",
                          re.IGNORECASE)


_HE_SHE = {"он", "она", "he", "she"}
_KK_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)")
_KK_ENDINGS = sorted("ымен імен мен бен пен ының інің ның нің дың дің тың тің ына іне на не ға ге қа ке ын ін н "
                     "ы і сы сі".split(), key=len, reverse=True)


_SURNAME_ENDINGS = ("ыми", "ого", "ому", "ым", "ом", "ой", "ую", "ая", "ей", "ых", "а", "у", "е", "ы")


def _surname_stem(word: str) -> str:
    """A Russian surname without its case ending: "Пучковым", "Пучкова" and "Пучков" are one name (the dictionary
    reads "Пучков" as "пучок")."""
    lowered = word.lower()
    for ending in _SURNAME_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


def _kk_stem(word: str) -> str:
    """A Kazakh title without its case and possessive endings ("министрімен", "министрі" → "министр")."""
    for ending in _KK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
_COUNCIL_WORDS = {"совет", "council", "комиссия", "commission"}
# the word a body is named again by, and the first word of the English names of the bodies it may stand for
_BODY_WORDS = {"ministry": "ministry", "министерство": "ministry", "committee": "committee", "комитет": "committee",
               "center": "center", "centre": "centre", "agency": "agency", "academy": "academy",
               "академия": "academy"}
# Words of a name that put a body above any one state: a continent's or the world's, or two states' together.
_TWO_STATES_RU = r"\w+ско-\w+ск\w*"  # "Российско-армянский": a name after two states' adjectives
_ABOVE_STATES = re.compile(
    r"\b(?:international(?!\s+(?:cooperation|relations))|inter-?governmental|european|asian|asia-pacific|eurasian|"
    r"mediterranean|world|global|междунар\w*(?!\s+(?:сотруднич|отношен))|межгосударств\w*|европ\w*|азиат\w*|"
    r"евраз\w*|средиземномор\w*|всемирн\w*|" + _TWO_STATES_RU + r")\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s\s+")
# a body named after two states' adjectives ("Российско-армянский центр", "Russian-Armenian centre")
_BINATIONAL = re.compile(_TWO_STATES_RU + r"|\b[A-Z][a-z]+(?:an|ese|ish|ic|i)-[A-Z][a-z]+(?:an|ese|ish|ic|i)\b",
                         re.IGNORECASE)
_AMERICAN = {"centre": "center", "centres": "centers", "organisation": "organization",
             "organisations": "organizations", "programme": "program", "programmes": "programs"}
# "Кеген ауданының әкімдігі" is "Кеген ауданы әкімдігі": a Kazakh area in the genitive, to its plain form
_KK_LOCAL_AREAS = {form: plain for form, plain in
                   load_patterns("agencies")["body_words"]["kazakh_local_areas"].items() if form != plain}
_KK_LOCAL_GENITIVE = re.compile(r"\b(?:" + "|".join(_KK_LOCAL_AREAS) + r")\b", re.IGNORECASE)
_BRITISH = re.compile(r"\b(?:" + "|".join(_AMERICAN) + r")\b", re.IGNORECASE)
# Whose body a new body is, told after its name ("… при Президенте Туркменистана", "… under the Cabinet of Ministers of
# Turkmenistan"), as the state that ends a name tells it.
_GOVERNED_BY = re.compile(r"\s+(?:при\s+(?:Президенте|Правительстве|Кабинете\s+Министров)|under\s+the\s+(?:President|"
                          r"Government|Cabinet\s+of\s+Ministers)(?:\s+of)?(?:\s+the)?)\s*$", re.IGNORECASE)
# The words of a clause about a place ("the Republican Centre …, where it was shown how the Belarusian ministry …").
_WHERE_WORDS = frozenset({"where", "где"})
# A known emergency ministry named after a body of its own ("Академия гражданской защиты МЧС России", "Institute of
# Civil Protection of the Ministry of Emergency Situations"): the body is keyed without it, with the ministry's state.
# ("Academy of Civil Protection of the Russian Emergencies Ministry": with the state's adjective before it)
# ("University of Civil Protection of the Emergency Situations Ministry of Belarus", "Университет гражданской защиты
# Министерства по чрезвычайным ситуациям Республики Беларусь": the ministry named in full too)
_OWNER_TAIL = re.compile(r"\s+(?:МЧС|КЧС|EMERCOM|Министерства\s+(?:по\s+)?чрезвычайных\s+ситуаций|"
                         r"of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:EMERCOM|MES|"
                         r"Ministry\s+(?:of|for)\s+Emergency\s+Situations|Emergenc(?:y|ies)\s+(?:Situations\s+)?Ministry|"
                         r"Ministry\s+of\s+Emergencies))\s*$")
# A body named after another in the genitive ("Агентство по гидрометеорологии Комитета по охране окружающей среды"):
# the body it belongs to, which the key leaves out
_PARENT_BODY_RU = re.compile(r"\s+(?:Комитета|Министерства|Агентства)\s+(?:по|при|[а-яё]+(?:ого|ой|ых))\s.*$")


def _year_of(document: Document, parsed: Parsed) -> date | None:
    """The year a text with no publication date is read in: the one its file name or URL carries, else the
    latest one it names."""
    if document.source_year is not None:
        return date(document.source_year, 12, 31)
    return _year_anchor(parsed)


# a day or a month of a year told relative to another ("14–15 августа прошлого года", "in June last year")
_OF_A_YEAR = re.compile(r"(?:прошлого|минувшего|этого|текущего|нынешнего|следующего)\s+года|last\s+year|this\s+year|"
                        r"next\s+year", re.IGNORECASE)
_EN_LOCAL_GOVERNMENTS = frozenset(load_patterns("agencies")["body_words"]["english_local_heads"])
# ", a unit of the ministry", ", входящей в структуру МЧС": a unit of the body named before
_UNIT_OF = re.compile(r"\s*,\s*(?:(?:a|an)\s+(?:unit|division|subdivision|department|part|structural unit)\s+of\s+"
                      r"(?:the|this|that)\s+(?:ministry|committee|agency)\b"
                      r"|входящ\w*\s+в\s+(?:структуру|состав)\s+(?:министерства|ведомства|комитета|МЧС)"
                      r"|подведомственн\w*\s+(?:министерству|ведомству|комитету|МЧС))", re.IGNORECASE)
# "главных управлений по Челябинской, Оренбургской … областям": the regional directorates of the body named before
_REGIONAL_UNIT = re.compile(r"^(?i:главн\w+\s+)?(?i:управлени\w*|департамент\w*|отдел\w*)\s+по\s+[А-ЯЁ][а-яё-]+(?:ск|цк)"
                            r"(?:ой|ому|им|ая)\b")
# "The agreement was signed in Astana on …", "Соглашение было подписано в Астане …": a sentence of the signing itself
_SIGNED_IN_TOWN = re.compile(r"^\W*(?:the\s+)?(?:agreement|memorandum|protocol|document|соглашение|меморандум|протокол|"
                             r"документ)\s+(?:was|had been|было|был)\s+(?:signed|подписан[оа]?)\b", re.IGNORECASE)
_BARE_BODY_WORDS = frozenset(load_patterns("agencies")["bare_body_words"]["words"])
_BODY_NAME_GO_ON = frozenset(load_patterns("agencies")["bare_body_words"]["go_on"])
_OWNED_BODY_WORDS = frozenset(load_patterns("agencies")["bare_body_words"]["owned"])
_TOWN_HOSTS = frozenset(load_patterns("events")["town_hosts_words"])
_OF_A_PLACE = re.compile(r"^(?P<head>[\w'-]+(?: [\w'-]+)*) of (?:the )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)$")
_A_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_YEARS_AGO = re.compile(r"(?i)\b(?:лет|года?|десятилети\w*) назад\b|\byears? ago\b|\bжыл бұрын\b")
_LANGUAGE_COUNTRIES = load_patterns("agencies")["language_countries"]
_CRISIS_CENTRE = re.compile("|".join(f"(?:{rx})" for rx in load_patterns("agencies")["crisis_centres"]), re.IGNORECASE)


def _name_words(label: str) -> tuple:
    """The words of an English name in any order, without its links ("National Guard of Montana" and "Montana
    National Guard" are one name)."""
    return tuple(sorted(w for w in re.findall(r"\w+", label.lower()) if w not in ("of", "the", "for", "and")))


class Extractor:
    """Rule-based and deterministic; heavy parts (models, gazetteer) are built once and reused."""

    def __init__(self, nlp: NLP | None = None, gazetteer: Gazetteer | None = None):
        self.nlp = nlp or NLP()
        self.gazetteer = gazetteer or Gazetteer(self.nlp.morph)
        self.actors = ActorFinder(self.gazetteer)
        self.persons = PersonFinder(self.nlp.morph, self.actors)
        self.events = EventFinder(self.gazetteer)
        self.agreements = AgreementFinder(self.gazetteer)
        self.new_places = NewPlaces(self.gazetteer)
        self.topics = _topic_phrases(self.nlp.morph)
        self._new_keys: dict[tuple, tuple[str, str | None]] = {}
        self._known_of_state: dict[tuple, tuple[str, str, str] | None] = {}
        self._bodies_of_state: dict[str, set[str]] = {}  # the reference's bodies of each state, by its key
        self._money = tuple(load_patterns("agencies")["financial_instruments"])
        self._action_phrases = PhraseSet.of(load_patterns("agencies")["action_phrases"])
        self._invitation = PhraseSet.of(load_patterns("agencies")["host_words"])
        self._owner_pronouns = frozenset(load_patterns("agencies")["owner_pronouns"])
        self._parents_inside = frozenset(load_patterns("agencies")["parents_named_inside"])

    def extract(self, document: Document) -> Extraction:
        """Records of one document; an unsupported language yields a document with no records."""
        if document.lang not in SUPPORTED_LANGUAGES:
            return Extraction(document, status=f"skipped: unsupported language '{document.lang}'")
        if len(document.text) > MAX_CHARS:
            raise ExtractionError(f"document too large for extraction ({len(document.text):,} characters, "
                                  f"the limit is {MAX_CHARS:,})", where=document.source)
        parsed = self.nlp.parse(document.text, document.lang)
        dateline_place, dateline_date, datelines = self._dateline(parsed, document)
        published = document.published or dateline_date
        found = find_dates(document.text, published)
        stamps = stamp_spans(document.text, found)
        datelines += stamps
        if published is None and stamps and (stamp := _stamp_date(found, stamps)) is not None:
            # "07.12.2021, 17:26", "👁 2.3K   ✏️ 20.02.2022, 13:41": the page's stamp is the day it was published
            published = stamp
            found = find_dates(document.text, published)
        dates = [d for d in found if not _within(d.start, datelines)]
        if published is None and (anchor := _year_of(document, parsed)) is not None:
            # No publication date at all ("С 14 по 16 марта" in a bulletin that names 2023): days and months belong
            # to the latest year the text names; relative dates stay unread, but for a year told from the one its file
            # name or URL carries ("в прошлом году" in an item of 2024 is 2023)
            # (a day counted from a day the text told, "В тот же день", is read)
            # ("14–15 августа прошлого года" in an item of 2025: days of a year told from it, 2024)
            dates = [d for d in find_dates(document.text, anchor, year_only=True) if (
                not d.relative or told_from_the_text(d) or (
                document.source_year is not None and (len(d.start_date) == 4 and d.end_date is None
                                                      or _OF_A_YEAR.search(d.text) is not None)))
                and not _within(d.start, datelines)]
        country = self._country(parsed, document, dateline_place, datelines)
        self.actors.on = published or (date(document.source_year, 7, 1) if document.source_year else None)
        self.actors.publisher = self._publisher(document, parsed.lang)
        occurrences, places = self.actors.find(parsed, country)
        places = sorted(places + self.new_places.find(parsed, places, {i for o in occurrences
                                                                        for i in range(o.first, o.last + 1)}),
                        key=lambda m: m.first)
        # "ALMATY/BISHKEK, Feb 7 —": where the wire was written, not where anything in it happened.
        places = [m for m in places if not _within(m.start, datelines)]
        # (a post read as its body, "Kazakhstan's Minister for Emergency Situations", is still a post to read)
        posts = self.persons.find(parsed, [o for o in occurrences if o.via != "post"], country)
        for n, post in enumerate(posts):
            a = post.affiliation
            if a is not None and a.is_new and a.via == "post" and (known := next(
                    (m.entry for m in self.gazetteer.match(self.nlp.parse(a.label, parsed.lang))
                     if m.entry.kind == "Agency" and m.first == 0), None)) is not None:
                # "аким города Алматы": the administration the reference knows ("Акимат города Алматы")
                a = replace(a, key=known.key, label=known.label(), is_new=False, state=None, confidence=0.8)
                posts[n] = post = replace(post, affiliation=a)
            if a is not None and a.via == "post" and not any(o.key == a.key and o.first == a.first for o in occurrences) \
                    and not any(o.last == a.first - 1 and o.via in ("delegate", "adjective") for o in occurrences) \
                    and not (parsed.lang == "kk" and not post.name and _KK_PLURAL.search(parsed.tokens[post.last].norm)):
                # (not "Қытай, Қазақстан … және Өзбекстанның … министрлері": the ministers of each state listed)
                # ("казахстанский министр": the adjective already names whose minister he is)
                occurrences.append(a)
        occurrences += self.actors.groups(parsed, occurrences)
        occurrences += self._officials_named_again(parsed, posts, occurrences)
        occurrences += self._councils_named_again(parsed, occurrences)
        occurrences += self._bodies_named_again(parsed, occurrences)
        occurrences = self._agencies_of_an_organisation(parsed, occurrences)
        occurrences += self._organisations_in_names(parsed, occurrences)
        occurrences = mark_nested(occurrences)
        if parsed.lang == "ru":
            occurrences = self.actors.nest_in_new(occurrences + self.actors.new_russian(parsed, occurrences, places, country),
                                                  parsed.tokens)
        occurrences += self.actors.compound_bodies(parsed, occurrences)
        occurrences += self._pair_adjectives(parsed, occurrences)
        spans = self.nlp.ner(parsed, self.actors.ner_sentences(parsed, occurrences))
        occurrences += self.actors.new_from_ner(parsed, spans, occurrences, self.nlp.morph, places)
        if parsed.lang == "en":
            found = self.actors.new_english(parsed, occurrences, places)
            # ("the National Guard of Montana, USA": the state after the comma says whose body it is)
            told = {o.last + 2 for o in found if o.state and self.actors.state_after_comma(parsed.tokens, o.last, occurrences)}
            # ("Mongolia's National Emergency Management Agency": the state whose body it is, named before it)
            tokens = parsed.tokens
            told |= {s.first for o in found for s in occurrences if s.kind == "State" and s.last == o.first - 3
                     and tokens[s.last + 1].text in ("'", "’") and tokens[s.last + 2].norm == "s"}
            occurrences = [replace(o, nested=True) if o.kind == "State" and o.first in told else o
                           for o in occurrences] + found
        if parsed.lang == "kk":
            occurrences += self.actors.new_kazakh(parsed, occurrences)
        # ("the Academy of Civil Protection … instructors of the academy": a new body named again)
        occurrences += self._bodies_named_again(parsed, occurrences, new_only=True)
        # "Kazinform News Agency reports", "сообщает агентство «Кабар»": a news outlet tells the news, it is no body
        occurrences = [o for o in occurrences if not (o.is_new and names_an_outlet(parsed.text[o.start:o.end]))]
        # ("Бюллетень подготовлен Центром 25.01.2024": a name read over a date is none)
        occurrences = [o for o in occurrences if not (o.is_new and _A_DATE.search(o.label))]
        # ("Директор Центра\nЕрлан Тулегенов": a signature's lines, a post and a name, are no body)
        occurrences = [o for o in occurrences if not (o.is_new and "\n" in o.label and self._name_on_next_line(o.label))]
        # ("Объединение усилий позволит …": an action, named with a body's word)
        occurrences = [o for o in occurrences if not (o.is_new and self._action_phrases.match_at(parsed.tokens, o.first))]
        # "создание Кыргызско-Российского гуманитарного центра": a new body yet to be created is a plan, no actor
        occurrences = [o for o in occurrences if not (o.is_new and self.actors.to_be_created(parsed.tokens, o))]
        # ("Наш Центр управления в кризисных ситуациях работал …": the duty unit of an emergency body, no body of its own)
        # (the body whose unit it is, inside its name, "Ситуационного центра узбекского министерства", is named)
        units = [o for o in occurrences if o.is_new and _CRISIS_CENTRE.match(parsed.text, o.start, o.end + 40)]
        occurrences = [replace(o, nested=False) if o.nested and any(u.start <= o.start and o.end <= u.end for u in units)
                       else o for o in occurrences if o not in units]
        occurrences.sort(key=lambda o: (o.start, -o.end))
        occurrences = self._short_names_of_known(parsed, occurrences)
        occurrences = _one_word_names_of_new(parsed.tokens, occurrences)
        occurrences = self._units_of_a_ministry(parsed, occurrences)
        # A body with no state of its own is one of the document's country, or of the one state whose bodies the
        # text names.
        home = country or only({self.gazetteer.state_of(o.key) for o in occurrences
                                 if o.kind == "Agency" and not o.is_new} - {None})
        occurrences, renamed = self._keyed_by_state(parsed, occurrences, home)
        occurrences = _abbreviations_of_new(parsed, occurrences)
        occurrences = self._parents_in_names(parsed, occurrences)
        occurrences = self.actors.delegations(parsed, occurrences)
        posts = [replace(p, affiliation=replace(p.affiliation, key=renamed[p.affiliation.key]))
                 if p.affiliation is not None and p.affiliation.key in renamed else p for p in posts]
        # "State Secretary of the Ministry of Emergency Situations": an English body the gazetteer read only after the
        # posts, inside a post with no body of its own, is the post's body
        posts = [replace(p, affiliation=inner) if p.affiliation is None and parsed.lang == "en" and (inner := next(
            (o for o in reversed(occurrences) if o.kind == "Agency" and p.first < o.first and o.last <= p.last), None))
            is not None else p for p in posts]
        posts = [replace(p, affiliation=school) if p.affiliation is None and p.name and (
            school := self.persons.school_named_before(parsed.tokens, p, occurrences)) is not None else p
            for p in posts]

        # (a headline of two sentences, "Итоги-2024. Сели, форумы и новые соглашения", is one headline)
        title_sentences = 1 if document.title else 0
        if document.title and parsed.text.lstrip().startswith(document.title.strip()):
            title_end = parsed.text.index(document.title.strip()) + len(document.title.strip())
            title_sentences = max(1, sum(1 for s in parsed.sentences if s.start < title_end))
        lead_dates = [d for d in dates if d.start < (parsed.sentences[min(2, len(parsed.sentences) - 1)].end)
                      and len(d.start_date) == 10 and not disaster_date(parsed.tokens, d)
                      and not d.until  # ("Работа продлится до пятницы, 20 сентября": the end, not the day of the news)
                      and not (d.relative and self.events.said_on(parsed.tokens, d, 0))]  # ("the ministry said on Friday")
        # Without a date of its own an event is dated by the lead, else only to the month of publication.
        fallback_end = None
        if lead_dates:
            fallback_date, fallback_end = lead_dates[0].start_date, lead_dates[0].end_date
        else:
            # A dateline dates the item, not its news: "ДУШАНБЕ, 23 мая — Ховар. Состоялась встреча" is of May.
            # (an item with no date at all is of the year its file name or URL carries)
            fallback_date = published.isoformat()[:7] if published \
                else (f"{document.source_year:04d}" if document.source_year else None)
        in_posts = {i for post in posts for i in range(post.first, post.last + 1)}
        # A trigger word inside a body's name ("Humanitarian Aid Operations", "Центр ... реагирования") is no event.
        in_posts |= {i for o in occurrences if o.last > o.first and o.via in ("name", "pattern", "ner", "generic")
                     for i in range(o.first, o.last + 1)}
        # "В Ашхабаде обсудили вопросы сотрудничества …": a headline that says where its news happened, as a dateline
        headline_place = next((m.entry.key for m in places if parsed.sentences
                               and m.end <= parsed.sentences[0].end and _tells_where(parsed.tokens, m.first)), None)
        # ("На прошлой неделе в Алматы специалисты … ознакомились с оценками": the lead that opens on where, as well)
        lead = parsed.bounds[title_sentences] if title_sentences < len(parsed.sentences) else (0, 0)
        lead_place = next((m.entry.key for m in places if lead[0] <= m.first <= lead[0] + 5 and m.last < lead[1]
                           and m.entry.kind == "Place" and _tells_where(parsed.tokens, m.first)), None)
        drafts, spoken_of = self.events.find(parsed, occurrences, places, dates, title_sentences, fallback_date,
                                             dateline_place or headline_place or lead_place, in_posts, published,
                                             self._speaker(parsed, occurrences),
                                             published_certain=document.published is not None,
                                             fallback_end=fallback_end)
        topics = tuple(dict.fromkeys(m.label for m in self.topics.find(parsed.tokens)))
        if dateline_place:
            # "на берегу Иссык-Куля" under the dateline ЧОЛПОН-АТА: the town is the more precise place.
            region = self.gazetteer.get(dateline_place).located_in
            for draft in drafts:
                if draft.place is not None and draft.place == region:
                    draft.place = dateline_place
        new_states = {o.key: o.state or country for o in occurrences if o.is_new and (o.state or country)}
        events = to_records(drafts, parsed, self.gazetteer, topics, self.events.heads, new_states, occurrences)
        kept = {e.id for e in events}
        top_level = [e for e in events if e.parent is None]
        spoken_of = {i: d for i, d in spoken_of.items() if d.id in kept}
        agreements = self.agreements.find(parsed, occurrences, dates, [d for d in drafts if d.id in kept], spoken_of,
                                          country, self._delegation_heads(parsed, posts), self.events.section_days,
                                          self._speaker(parsed, occurrences, organisations=True))
        if len(top_level) == 1:
            agreements = [_signed_at_main(a, top_level[0]) for a in agreements]
        events, agreements = self._signings(parsed, events, agreements, places, dateline_place, occurrences, published)
        events = self._hosts_on_their_ground(events, occurrences)
        # Every agreement has a party (the ontology's contract): with none named, the state the text is about, else
        # the agreement is not recorded.
        agreements = [a if a.parties else replace(a, parties=(country,), confidence=min(a.confidence, 0.5))
                      for a in agreements if a.parties or country]
        taking_part = {k for e in events for k in e.participants} | {k for a in agreements for k in a.parties}
        # (international organisations of no state: not a national Red Crescent society)
        organisations = {o.key for o in occurrences if (e := self.gazetteer.get(o.key)) is not None
                         and e.kind == "InternationalOrganization" and not self.gazetteer.state_of(o.key)}
        return Extraction(
            document=document,
            actors=tuple(self._actor_mentions(parsed, [o for o in occurrences if not _only_a_place(
                parsed.tokens, o, occurrences, taking_part, organisations)])),
            places=tuple(self._place_mentions(parsed, places)),
            persons=tuple(self._persons(parsed, posts)),
            events=tuple(events),
            agreements=tuple(agreements),
        )

    def _name_on_next_line(self, label: str) -> bool:
        """The words after a line break in a name begin with a person's name (by the Russian dictionary's reading)."""
        after = label.split("\n", 1)[1].split()
        return bool(after) and self.persons.name_word(after[0], "ru")

    def _place_first(self, label: str) -> str:
        """"Fire Service of Seoul", "National Guard of Montana": an English body named after a place the reference
        knows is keyed with the place first, as it is as often named ("the Seoul Fire Service")."""
        m = _OF_A_PLACE.match(label)
        if m is None or m.group("head").lower() in _EN_LOCAL_GOVERNMENTS:
            return label  # ("Hyakimlik of Serakhs": a local government keeps the form `local_government_name` gives)
        place = m.group("place")
        parsed = self.nlp.parse(place, "en")
        found = self.gazetteer.match(parsed, kinds={"Place"})
        if len(found) == 1 and found[0].first == 0 and found[0].last == len(parsed.tokens) - 1:
            return f"{place} {m.group('head')}"
        return label

    def reference_key(self, label: str, lang: str) -> str | None:
        """The key of the body the reference names by the whole of this name, if any ("БВО «Амударья»")."""
        parsed = self.nlp.parse(label, lang)
        if not parsed.tokens:
            return None
        found = self.gazetteer.match(parsed, kinds={"Agency", "InternationalOrganization"})
        whole = [m for m in found if m.first == 0 and m.last == len(parsed.tokens) - 1 and m.form != "adjective"]
        return whole[0].entry.key if whole else None

    def new_actor_key(self, label: str, state: str | None, lang: str, country: str | None = None
                      ) -> tuple[str, str | None]:
        """The key of a body the reference does not know, and its state: its name without the state that ends it,
        with that state ("Министерство обороны Республики Казахстан" and "Министерство обороны" of Kazakhstan are
        one body; the Ministry of Defence of Russia is another)."""
        asked = (label, state, lang, country)
        if asked in self._new_keys:
            return self._new_keys[asked]
        if lang == "en":
            label = local_government_name(label)  # ("Surkhandarya Regional Khokimiyat": the Hokimiyat of … region)
            # ("Humanitarian Response Centre", "Basin Water Organisation": one spelling of a name's words)
            label = _BRITISH.sub(lambda m: _AMERICAN[m.group(0).lower()], label)
            label = self._place_first(label)
        core = label
        parsed = self.nlp.parse(label, lang)
        end = len(label.rstrip(" .,»\"'”)"))
        named = self.gazetteer.match(parsed, kinds={"State", "Place"})
        tail = [m for m in named if m.entry.kind == "State" and m.end >= end and m.start > 0]
        head = [m for m in named if m.entry.kind == "State" and m.start == 0 and m.end < end]
        if tail:
            core = _STATE_WORDS.sub("", label[:tail[-1].start].rstrip(" ,(")) or label
            state = tail[-1].entry.key
        elif head and lang == "ru" and head[0].form == "adjective":
            # "Турецкое управление по чрезвычайным ситуациям": the state's adjective describes, it does not name
            core, state = label[head[0].end:].strip() or label, head[0].entry.key
        elif head and (possessive := _POSSESSIVE.match(label[head[0].end:])):
            # "Japan's Ministry of Foreign Affairs": the ministry of foreign affairs, of Japan
            core, state = label[head[0].end + possessive.end():], head[0].entry.key
        elif head and len(self.gazetteer.match(parsed, kinds={"State"})) == 1:
            state = head[0].entry.key  # "China Earthquake Administration": a body of the state its name begins with
        elif state is None and (local := self.actors.local_states.get(label.split()[0].lower() if label.split() else "")):
            state = local  # "Акимат Шемонаихинского района": akimats are Kazakh
        elif state is None and _ABOVE_STATES.search(label):
            pass  # "Asian Disaster Reduction Center", "Российско-армянский центр": no one state's body
        elif state is None:
            # "Акимат Акмолинской области", "Tokyo Fire Department": a body named after a place is of its country;
            # a state body that names neither is one of the document's country.
            state = next((m.entry.country for m in named if m.entry.kind == "Place" and m.entry.country), country)
        # ("Государственное предприятие по вопросам Каспийского моря при Президенте Туркменистана", "… under the
        # President of Turkmenistan": whose body it is, as the state that ends a name)
        core = _GOVERNED_BY.sub("", core) or core
        # (the known ministry a body is of, then, in Russian, the body it belongs to: each dropped when a name of two
        # words or more is left)
        for owner in (_OWNER_TAIL, _PARENT_BODY_RU) if lang == "ru" else (_OWNER_TAIL,):
            own_name = owner.sub("", core)
            if len(own_name.split()) >= 2:
                core = own_name
        if _BINATIONAL.search(label):
            state = None  # ("Russian-Armenian Humanitarian Response Center": a body of two states, of neither alone)
        if lang == "kk":
            core = _KK_LOCAL_GENITIVE.sub(lambda m: _KK_LOCAL_AREAS[m.group(0).lower()], core)
        key = "new:" + slugify(core) + (f".{state.lower()}" if state else "")
        self._new_keys[asked] = (key, state)
        return key, state

    def _spelled_before(self, label: str, spelled: dict[tuple, str]) -> str:
        """An English new body's label as first spelled: the same words in another order ("Montana National Guard",
        "National Guard of Montana"), or fewer of them with the same last word ("Montana Guard"). A state that opens
        the name only says whose body it is ("US Montana National Guard")."""
        words = label.split()
        while len(words) > 2 and ((e := self.gazetteer.abbreviation_of(words[0])) is not None and e.kind == "State"):
            words = words[1:]
        label = " ".join(words)
        key = _name_words(label)
        if key in spelled:
            return spelled[key]
        last = words[-1].lower()
        shorter = [(k, v) for k, v in spelled.items() if v.split()[-1].lower() == last and set(key) < set(k)]
        if len(shorter) == 1:
            return shorter[0][1]
        return spelled.setdefault(key, label)

    def _units_of_a_ministry(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"Azerbaijan's State Maritime Rescue Service, a unit of the ministry", "…, входящей в структуру МЧС": a unit
        of the body named before folds into that body (the last one the reference knows, of the unit's state where
        it tells one)."""
        out: list[Occurrence] = []
        for o in occurrences:
            body = None
            if o.is_new and o.kind == "Agency" and _REGIONAL_UNIT.match(o.label):
                # (its body named before in the sentence: "От МЧС России в совещании участвуют начальники главных
                # управлений по Челябинской … областям")
                body = next((b for b in reversed(out) if b.kind == "Agency" and not b.is_new and not b.nested
                             and b.sentence == o.sentence), None)
            if body is None and o.is_new and o.kind == "Agency" and _UNIT_OF.match(parsed.text, o.end):
                state = o.state or next((s.key for s in occurrences if s.kind == "State" and s.last == o.first - 1),
                                        None)
                body = next((b for b in reversed(out) if b.kind == "Agency" and not b.is_new and not b.nested
                             and (state is None or self.gazetteer.state_of(b.key) == state)), None)
            out.append(o if body is None else
                       replace(o, key=body.key, label=body.label, is_new=False, state=None, confidence=0.8))
        return out

    def _pair_adjectives(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"заседание казахстанско-туркменской рабочей группы", "Kazakh-Turkmen talks": the two states a compound of
        their adjectives names, each a side."""
        taken = {k for o in occurrences for k in range(o.first, o.last + 1)}
        nouns = set(load_patterns("agencies")["pair_nouns"])
        tokens = parsed.tokens
        found = []
        for i, token in enumerate(tokens):
            # (lower case, before a noun of talks or of a joint group: not "Российско-Армянский гуманитарный центр")
            if i in taken or "-" not in token.text or parsed.lang == "ru" and not token.text[:1].islower() or not any(
                    tokens[k].lemma in nouns or tokens[k].norm in nouns
                    for k in range(i + 1, min(len(tokens), i + 3)) if tokens[k].sentence == token.sentence):
                continue
            for key in self.gazetteer.pair_states(token.text):
                entry = self.gazetteer.get(key)
                found.append(Occurrence(key, "State", entry.label() if entry else key, i, i, token.start, token.end,
                                        token.sentence, "adjective"))
        return found

    def _keyed_by_state(self, parsed: Parsed, occurrences: list[Occurrence], country: str | None
                        ) -> tuple[list[Occurrence], dict[str, str]]:
        """New bodies under their keys; a state body that names no state is one of the document's country."""
        renamed: dict[str, str] = {}
        out = []
        # (a body whose state the text told once, "Национальной гвардии штата Монтана (США)", is of it when named again)
        told = {}
        # (in English, "the Montana National Guard" is the "National Guard of Montana" named before: the same words)
        spelled: dict[tuple, str] = {}
        if parsed.lang == "en":
            occurrences = [replace(o, label=self._spelled_before(o.label, spelled)) if o.is_new else o
                           for o in occurrences]
        for o in occurrences:
            if o.is_new and o.state:
                told.setdefault(o.label, o.state)
        # (and "Университет гражданской защиты", named after "Университет гражданской защиты МЧС Беларуси", is that
        # university: the same name once its ministry or state is left out)
        owners = {id(o): self._owner_state(parsed.tokens, o, occurrences) for o in occurrences if o.is_new}
        told_cores: dict[str, set[str]] = {}
        for o in occurrences:
            if o.is_new and o.kind == "Agency":
                key, state = self.new_actor_key(o.label, o.state or owners[id(o)], parsed.lang, None)
                if state:
                    told_cores.setdefault(key.rsplit(".", 1)[0], set()).add(state)
        for o in occurrences:
            if o.is_new:
                home = owners[id(o)] or self._host_state(parsed.tokens, o, occurrences) \
                    or self._sentence_state(parsed.tokens, o, occurrences, country) or country
                listed = self._listed_state(parsed.tokens, o, occurrences) or self._side_state(parsed.tokens, o, occurrences)
                if not (o.state or o.label in told or listed or owners[id(o)]) and o.kind == "Agency":
                    key, state = self.new_actor_key(o.label, None, parsed.lang, None)
                    states = set() if state else told_cores.get(key, set())
                    listed = next(iter(states)) if len(states) == 1 else None
                key, state = self.new_actor_key(o.label, o.state or told.get(o.label) or listed, parsed.lang,
                                                home if o.kind == "Agency" else None)
                known = self._generic_of_state(o.label, parsed.lang, state) if listed else None
                known = known or self._named_without_state(o.label, parsed.lang, state)
                if known is None and state is None and o.kind == "Agency":
                    # ("МЧС Республики Узбекистан … КЧС Таджикистана … Груз сформирован Министерством по чрезвычайным
                    # ситуациям": the name, its state left out, of the one body the text names elsewhere)
                    named = {found for other in occurrences if not other.is_new and other.kind == "Agency"
                             and (found := self._named_without_state(o.label, parsed.lang,
                                                                     self.gazetteer.state_of(other.key)))
                             and found[0] == other.key and found[2].lower().startswith(o.label.lower() + " ")}
                    known = next(iter(named)) if len(named) == 1 else None
                if known is not None:
                    # "Министерства обороны и Государственной миграционной службы Туркменистана": the ministry of
                    # that state the reference knows
                    renamed[o.key] = known[0]
                    out.append(replace(o, key=known[0], kind=known[1], label=known[2], is_new=False, state=None,
                                       confidence=0.8))
                    continue
                renamed[o.key] = key
                o = replace(o, key=key, state=state)
            out.append(o)
        return out, renamed

    def _listed_state(self, tokens, body: Occurrence, occurrences: list[Occurrence]) -> str | None:
        """"Министерства обороны и Государственной миграционной службы Туркменистана": a body with no state of its own,
        listed with "и"/"and" before a body of a state, is of that state."""
        if body.state:
            return None
        k = body.last + 1
        # (over a list: "Министерства внутренних дел, Министерства обороны и Государственной миграционной службы
        # Туркменистана")
        while k < len(tokens) and tokens[k].norm in ("и", "and", ","):
            after = next((o for o in occurrences if o.first == k + 1 and o.kind != "State"), None)
            if after is None:
                return None
            state = after.state if after.is_new else self.gazetteer.state_of(after.key)
            if state:
                return state
            k = after.last + 1
        return None

    def _side_state(self, tokens, body: Occurrence, occurrences: list[Occurrence]) -> str | None:
        """"С пакистанской стороны документ подписал председатель Национального управления …": a body with no state
        of its own, after the side its sentence names, is of that side's state."""
        if body.state:
            return None
        sides = [o.key for o in occurrences if o.kind == "State" and o.via == "adjective" and o.sentence == body.sentence
                 and o.last < body.first and o.first > 0 and tokens[o.first - 1].norm in ("с", "со", "от", "on", "from")
                 and o.last + 1 < len(tokens) and tokens[o.last + 1].lemma in ("сторона", "side")]
        return sides[-1] if sides else None

    def _named_without_state(self, label: str, lang: str, state: str | None) -> tuple[str, str, str] | None:
        """"Национальное управление по борьбе со стихийными бедствиями" of Pakistan: the body of that state whose name
        the reference gives with the state's after it."""
        if state is None:
            return None
        if (label, lang, state) not in self._known_of_state:
            if state not in self._bodies_of_state:
                self._bodies_of_state[state] = {key for key, entry in self.gazetteer.entries.items()
                                                if entry.kind != "State" and self.gazetteer.state_of(key) == state}
            key = self.gazetteer.begins_a_name_of(self.nlp.parse(label, lang).tokens, self._bodies_of_state[state])
            entry = self.gazetteer.get(key) if key else None
            self._known_of_state[label, lang, state] = (entry.key, entry.kind, entry.label(lang)) if entry else None
        return self._known_of_state[label, lang, state]

    def _generic_of_state(self, label: str, lang: str, state: str | None) -> tuple[str, str, str] | None:
        """The body the reference knows for a generic name ("Министерство обороны") of a state."""
        if state is None:
            return None
        tokens = self.nlp.parse(label, lang).tokens
        sector = next((m.label for m in self.actors.heads.find(tokens) if (m.first, m.last) == (0, len(tokens) - 1)),
                      None)
        return self.actors.resolve_sector(sector, state) if sector else None

    def _owner_state(self, tokens, body: Occurrence, occurrences: list[Occurrence]) -> str | None:
        """"курсы, организуемые МЧС России и его Академией гражданской защиты", "EMERCOM and its Civil Protection
        Academy": a body with no state of its own, named as another body's, is of that body's state."""
        if body.state:
            return None
        k = body.first - 1
        if k < 0 or tokens[k].norm not in self._owner_pronouns:
            return None
        k -= 1
        while k >= 0 and tokens[k].text in ("и", "and", ",", ")"):
            k -= 1
        owner = next((o for o in occurrences if o.last == k and o.kind != "State" and o is not body), None)
        if owner is None:
            return None
        return self.gazetteer.state_of(owner.key) or (owner.state if owner.is_new else None)

    def _sentence_state(self, tokens, body: Occurrence, occurrences: list[Occurrence], country: str | None
                        ) -> str | None:
        """"Министерство образования Туркменистана и специалисты … Министерства обороны" in a Tajik digest: a body
        with no state of its own, among bodies and states of one other state only, is of that state."""
        if body.state:
            return None
        # ("… the Republican Centre for Emergency Management, where it was shown how the Belarusian ministry monitors
        # …": the bodies of a clause of "where" right after it are its own state's)
        where = next((k for k in range(body.last + 1, min(len(tokens), body.last + 3))
                      if tokens[k].norm in _WHERE_WORDS), None)
        states = {self.gazetteer.state_of(o.key) or (o.state if o.is_new else None)
                  for o in occurrences if o.sentence == body.sentence and o is not body
                  and (o.first < body.first or where is not None and o.first > where)
                  and o.kind != "State"}  # (bodies only: "таджикская делегация посетила Центр …" is a visitor's)
        states.discard(None)
        return next(iter(states)) if len(states) == 1 and country not in states else None

    def _host_state(self, tokens, body: Occurrence, occurrences: list[Occurrence]) -> str | None:
        """"paid an official visit to Türkiye at the invitation of the Disaster and Emergency Management Authority":
        a body that invites or hosts, with no state of its own, is of the one state the sentence names that no
        other body of it belongs to."""
        if body.state:
            return None
        if not self._invitation.any_in(tokens, max(0, body.first - 5), body.first):
            return None
        here = [o for o in occurrences if o.sentence == body.sentence and o is not body]
        owned = {self.gazetteer.state_of(o.key) for o in here if o.kind != "State"}
        states = {o.key for o in here if o.kind == "State"} - owned
        return next(iter(states)) if len(states) == 1 else None

    # ---- context ------------------------------------------------------------------------------
    def _dateline(self, parsed: Parsed, document: Document):
        head = parsed.text[: (parsed.sentences[min(3, len(parsed.sentences) - 1)].end if parsed.sentences else 0)]
        match = (_KK_DATELINE if parsed.lang == "kk" else _DATELINE).search(head) or _BRACKET_DATELINE.search(head) or _PLACE_LINE.search(head) \
            or _AGENCY_LINE.search(head) or _STAMP_LINE.search(head) or _PIN_LINE.search(head) or _BYLINE.search(head) \
            or _TOWN_LEAD.search(head)
        if match is None and len(_DATE_LEAD.findall(parsed.text)) == 1:
            match = _DATE_LEAD.search(head)
        if match is None:
            return None, None, ()
        city = match.group("city").title()
        place = next((m.entry.key for m in self.gazetteer.match(self.nlp.parse(city, parsed.lang))
                      if m.entry.kind == "Place"), None)
        anchor = document.published
        if anchor is None:
            # Without a publication date, a dateline's day and month belong to the year of the source's name, else
            # to the latest year the text names.
            anchor = _year_of(document, parsed)
        found = [d for d in find_dates(match.group("date"), anchor) if len(d.start_date) == 10] \
            if "date" in match.re.groupindex else []
        when = date.fromisoformat(found[0].start_date) if found else None
        if place is None and when is None:
            return None, None, ()
        spans = [(match.start(), match.end())]
        if when is not None:
            # "Almaty/Geneva, 20 October 2025" over a lead that opens "Almaty, 20 October 2025 – More than 150 …":
            # the dateline told again is not a day of the news either
            lead = parsed.text[: parsed.sentences[min(6, len(parsed.sentences) - 1)].end]
            spans += [(again.start(), again.end()) for again in _DATELINE.finditer(lead, match.end())
                      if any(d.start_date == found[0].start_date for d in find_dates(again.group("date"), anchor))]
        return place, when, tuple(spans)

    def _publisher(self, document: Document, lang: str) -> tuple[list[str], str] | None:
        """The lemmas of the publisher's name, and the known body it is or belongs to."""
        if not document.publisher:
            return None
        parsed = self.nlp.parse(document.publisher, lang)
        body = next((m.entry.key for m in self.gazetteer.match(parsed) if m.entry.kind != "State"), None)
        return ([t.lemma for t in parsed.tokens], body) if body else None

    def _country(self, parsed: Parsed, document: Document, dateline_place: str | None,
                 datelines: tuple[tuple[int, int], ...] = ()) -> str | None:
        """The state a bare 'МЧС' or 'министр по ЧС' belongs to: the publisher's, else the dateline's when the text
        names that state too, else the state of the first agency of the lead."""
        # (not the words of a web address: "russian.news.cn" is no Russian body)
        if document.publisher and not is_web_address(document.publisher):
            for m in self.gazetteer.match(self.nlp.parse(document.publisher, parsed.lang)):
                state = self.gazetteer.state_of(m.entry.key)
                if state:
                    return state
        matches = self.gazetteer.match(parsed)
        if dateline_place:
            state = self.gazetteer.state_of(dateline_place)
            elsewhere = [m for m in matches if not _within(m.start, datelines)]
            if state and any(self.gazetteer.state_of(m.entry.key) == state for m in elsewhere):
                return state
            # "BAKU, Azerbaijan, June 15. Kazakhstan's Minister …": the agency writes from Baku of another state
        lead_end = parsed.sentences[min(2, len(parsed.sentences) - 1)].end if parsed.sentences else 0
        # "Kyrgyzstan: Mudflows - Flash Update No. 2", "Таджикистан: сели в Варзобе": a report titled by its country
        titled = next((m for m in matches if m.entry.kind == "State" and m.first == 0), None)
        if titled is not None and titled.last + 1 < len(parsed.tokens) and parsed.tokens[titled.last + 1].text == ":":
            return titled.entry.key
        for m in matches:
            if m.start >= lead_end:
                break
            if m.entry.kind == "Agency":
                return m.entry.jurisdiction
        if dateline_place:
            # the first state the lead names, else the dateline's
            lead_state = next((m.entry.key for m in matches if m.start < lead_end and m.entry.kind == "State"
                               and not _within(m.start, datelines)), None)
            return lead_state or self.gazetteer.state_of(dateline_place)
        # "Kaktus.media", "https://24.kg/…": the state of the outlet that published it, or that the lead names as
        # its own ("Inbusiness.kz собрал, какие еще документы страна подписала", "передает корреспондент Kabar")
        # (else the one state whose press writes in the text's language: Kazakh is Kazakhstan's)
        # (else, in a text with no dateline, the one state its lead names: "В год 30-летия независимости Кыргызстана
        # … международное сотрудничество министерства", a ministry's own bulletin)
        lead_states = {m.entry.key for m in matches if m.start < lead_end and m.entry.kind == "State"}
        bare = any(t.lemma in _BARE_BODY_WORDS and (k + 1 == len(parsed.tokens) or not parsed.tokens[k + 1].is_word
                                                    or parsed.tokens[k + 1].text[:1].islower()
                                                    and parsed.tokens[k + 1].lemma not in _BODY_NAME_GO_ON)
                   for k, t in enumerate(parsed.tokens) if t.end <= lead_end)
        # ("Kyrgyzstan's Ministry of Emergency Situations … agreed …" on an Azerbaijani site: the one state whose body
        # the lead names by its possessive or adjective, before the outlet's; not "Russia's Emergencies Ministry …
        # citing the Kyrgyz Ministry", two)
        tokens = parsed.tokens

        def owns(m) -> bool:
            k = m.last + 1
            if k + 1 < len(tokens) and tokens[k].text in ("'", "’") and tokens[k + 1].norm == "s":
                k += 2
            if k + 1 < len(tokens) and tokens[k].norm in ("emergencies", "emergency"):
                k += 1  # ("Kazakhstan's Emergencies Ministry")
            return k < len(tokens) and tokens[k].norm in _OWNED_BODY_WORDS
        owners = {m.entry.key for m in matches if m.start < lead_end and m.entry.kind == "State" and owns(m)}
        owned = next(iter(owners)) if len(owners) == 1 and parsed.lang == "en" else None
        return owned or outlet_state(document.publisher) or outlet_state(document.url) \
            or outlet_state(outlet_in([parsed.text[:lead_end]])) or _LANGUAGE_COUNTRIES.get(parsed.lang) \
            or (next(iter(lead_states)) if len(lead_states) == 1 and bare and not dateline_place else None)

    @staticmethod
    def _delegation_heads(parsed: Parsed, posts) -> tuple[str, ...]:
        """The bodies of the officials of a sentence that tells who led the delegations ("Казахстанскую делегацию
        возглавил вице-министр …, кыргызскую – заместитель министра …", "the Kazakh delegation was led by …")."""
        tokens = parsed.tokens
        leading = {t.sentence for k, t in enumerate(tokens) if t.lemma in _LED and any(
            u.lemma in DELEGATION_WORDS for u in tokens[max(0, k - 3):k + 4])}
        return tuple(dict.fromkeys(p.affiliation.key for p in posts if p.affiliation is not None
                                   and p.affiliation.kind != "State" and tokens[p.first].sentence in leading))

    def _parents_in_names(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"the Emergency Situations Committee of Kazakhstan's Ministry of Internal Affairs": the ministry a body
        belongs to, named right after it, only says whose body it is."""
        tokens = parsed.tokens
        parts = [(b, e.part_of) for b in occurrences if (e := self.gazetteer.get(b.key)) is not None and e.part_of]
        out = []
        def of_a_state(k: int) -> bool:
            return any(s.first <= k <= s.last and s.kind == "State" for s in occurrences)

        for o in occurrences:
            body = next((b for b, parent in parts if parent == o.key and b.first < o.first <= b.last + 4), None)
            if body is not None and all(t.norm in ("of", "the", "'s", "’s") or of_a_state(k)
                                        for k, t in enumerate(tokens[body.last + 1:o.first], start=body.last + 1)):
                o = replace(o, nested=True)
            # "Kyrgyzhydromet, the hydrometeorology agency that operates under Kyrgyzstan's Ministry of Emergency
            # Situations": the ministry named in a clause that says what the body is
            appositive = next((b for b, parent in parts if parent == o.key and b.last + 2 < o.first <= b.last + 14
                               and tokens[b.last + 1].text == ","), None)
            # "делегация РГП «Казгидромет» Министерства экологии и природных ресурсов Республики Казахстан": a ministry
            # the reference does not know, right after a known body, is the ministry that body belongs to
            owned = next((b for b in occurrences if b.kind == "Agency" and not b.is_new and b.last < o.first
                          and all(t.norm in ("of", "the", "»", "”", '"') for t in tokens[b.last + 1:o.first])), None) \
                if o.is_new and o.kind == "Agency" and o.label.lower().startswith(("министерств", "ministry")) else None
            if owned is not None and (parsed.lang != "ru" or any(
                    "gent" in p.tag for p in self.nlp.morph.parse(tokens[o.first].norm)[:2])):
                o = replace(o, nested=True)
            if appositive is not None and any(t.norm in _UNDER for t in tokens[max(appositive.last, o.first - 4):o.first]) \
                    and all(t.text.islower() or t.text in (",", "'s", "’s") or of_a_state(k)
                            for k, t in enumerate(tokens[appositive.last + 1:o.first], start=appositive.last + 1)):
                o = replace(o, nested=True)
            out.append(o)
        return out

    def _short_names_of_known(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"Координационный совет по чрезвычайным ситуациям создан в 2007 году" after the council's full name: a
        new body whose name begins the name of a reference body the text names is that body. A fund that pays is
        money, not a body."""
        known = {o.key for o in occurrences if not o.is_new and o.kind != "State"}
        out = []
        for o in occurrences:
            if o.is_new and any(money in o.label.lower() for money in self._money):
                continue  # "Disaster Response Emergency Fund": money, not a body
            key = self.gazetteer.begins_a_name_of(list(parsed.tokens[o.first:o.last + 1]), known) \
                if o.is_new and known else None
            if key is not None:
                entry = self.gazetteer.get(key)
                o = replace(o, key=key, kind=entry.kind, label=entry.label(), is_new=False, state=None,
                            confidence=0.9)
            out.append(o)
        return out

    def _speaker(self, parsed: Parsed, occurrences: list[Occurrence], organisations: bool = False) -> str | None:
        """The body that speaks in the text ("мы", "наши спасатели"): the first agency of its lead (or international
        organisation, with `organisations`: "we signed a memorandum" in an interview of a regional centre's head), else
        the body that publishes it."""
        lead_end = parsed.sentences[min(2, len(parsed.sentences) - 1)].end if parsed.sentences else 0
        return next((o.key for o in occurrences if (o.kind == "Agency" or organisations and
                                                     o.kind == "InternationalOrganization")
                     and o.start < lead_end and not o.is_new),
                    self.actors.publisher[1] if self.actors.publisher else None)

    def _officials_named_again(self, parsed: Parsed, posts, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"Российскую делегацию возглавил Куренков", "вице-министр провел встречу", "16 октября он встретился":
        an official named again by surname, by the bare title of the one official of that title, or by a pronoun
        right after, stands for the body given with the post the first time."""
        tokens = parsed.tokens
        surnames: dict[str, Occurrence] = {}
        titles: dict[str, set[str]] = {}
        named_titles: dict[str, set[str]] = {}  # the titles of officials named with their name
        bodies: dict[str, Occurrence] = {}
        kazakh = parsed.lang == "kk"
        for post in posts:
            if post.affiliation is None:
                continue
            if post.name and post.name_last is not None:
                for lemma in tokens[post.name_last].lemmas | {_surname_stem(tokens[post.name_last].text)}:
                    surnames.setdefault(lemma, post.affiliation)
            if post.post:
                # a Kazakh post ends with its title, inflected ("… министрі Чыңғыс Арінов"): its stem is the title
                title = _kk_stem(tokens[post.last].norm) if kazakh else tokens[post.first].lemma
                if kazakh and _KK_PLURAL.search(tokens[post.last].norm):
                    continue  # "министрлері": the ministers of several states
                titles.setdefault(title, set()).add(post.affiliation.key)
                if post.name:
                    named_titles.setdefault(title, set()).add(post.affiliation.key)
                bodies[post.affiliation.key] = post.affiliation
        if not bodies and not surnames:
            return []
        named = {(o.first, o.last) for o in occurrences}
        taken = {i for post in posts for i in range(post.first, (post.name_last or post.last) + 1)}
        # "министр Шыңғыс Арынов" again with no body of its own: the name is the official of the first mention
        unplaced = {post.name_last for post in posts if post.affiliation is None and post.name_last is not None}
        bare = {post.first for post in posts if not post.name and post.affiliation is None}
        officials = sorted((p.first, p.affiliation) for p in posts if p.affiliation is not None)
        out = []

        for i, token in enumerate(tokens):
            # (Kazakh "ол" is also "that" and "it": only a sentence's subject, first, stands for a person)
            he_she = token.norm in _HE_SHE or (kazakh and token.norm == "ол" and (i == 0 or tokens[i - 1].sentence
                                                                              != token.sentence))
            if he_she and not any(o.first <= i <= o.last for o in occurrences):
                # "16 октября он встретился с ...": the official named in the sentence before, or in this one
                before = [(at, body) for at, body in officials if at < i and tokens[at].sentence >= token.sentence - 1]
                # or the official named again by surname just before ("Chingis Arinov held a series of meetings. He
                # met …")
                before += [(o.first, o) for o in out if o.first < i and o.sentence >= token.sentence - 1]
                if before:
                    out.append(max(before, key=lambda pair: pair[0])[1].named_again(tokens, i, "person"))
                continue
            title = _kk_stem(token.norm) if kazakh else token.lemma
            of_title = titles.get(title, ())
            if len(of_title) > 1 and len(named_titles.get(title, ())) == 1:
                of_title = named_titles[title]  # the one named, not the counterpart named by his post alone
            own = i - 1 if kazakh else i + 1  # where the title's own body would be named ("ТЖМ министрі")
            if (i not in taken or i in bare) and not token.is_capitalized and len(of_title) == 1 \
                    and not (parsed.lang == "ru" and self.actors._plural(token.text)) \
                    and not any(o.first <= own <= o.last for o in occurrences) \
                    and not (own < len(tokens) and tokens[own].is_word and self.actors._plural(tokens[own].text)):
                # (not "главы ведомств": the heads of several bodies)
                # "вице-министр провел встречу" after "делегацию возглавил вице-министр … Илья Пек": the one official
                # of that title the text has named, and so the body.
                out.append(bodies[next(iter(of_title))].named_again(tokens, i, "person"))
                continue
            if (i in taken and i not in unplaced) or not token.is_capitalized or len(token.text) < 3 or (i, i) in named:
                continue
            body = next((surnames[l] for l in token.lemmas | {_surname_stem(token.text)} if l in surnames), None)
            if body is not None:
                out.append(body.named_again(tokens, i, "person"))
        return out

    def _bodies_named_again(self, parsed: Parsed, occurrences: list[Occurrence], new_only: bool = False
                            ) -> list[Occurrence]:
        """"specialists of the ministry's departments", "сотрудники министерства": "the ministry" named again, in
        lower case and with no name of its own, is the one ministry the text has named before it. `new_only`: named
        again only as a body the reference does not know, once those are read."""
        tokens = parsed.tokens
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
        out = []
        for i, token in enumerate(tokens):
            head = token.lemma if parsed.lang == "ru" else token.norm
            if i in covered or head not in _BODY_WORDS:
                continue
            if token.is_capitalized and not (parsed.lang == "en" and i + 1 < len(tokens) and tokens[i].text.istitle()
                                             and not tokens[i + 1].is_capitalized) \
                    and not (parsed.lang == "ru" and i > 0 and tokens[i - 1].sentence == token.sentence
                             and tokens[i].text.istitle() and not self._names_on(tokens, i)):
                # (but "the Center signed a memorandum": the one Center named before, capitalized in English; and
                # "офис передал Комитету комплект снаряжения" within a Russian sentence)
                continue
            # ("the Tajik committee": the one of that state)
            adjective = next((o for o in occurrences if o.kind == "State" and o.via == "adjective"
                              and o.last == i - 1), None) if parsed.lang == "en" else None
            if parsed.lang == "en" and not (i > 0 and tokens[i - 1].norm == "the") and not (
                    adjective is not None and adjective.first > 0 and tokens[adjective.first - 1].norm == "the"):
                continue  # "a ministry", "ministries": not one named before
            if parsed.lang == "en" and i + 1 < len(tokens) and tokens[i + 1].norm in ("of", "for"):
                continue  # "the ministry of …": a name, not the one named again
            if parsed.lang == "ru" and (i + 1 >= len(tokens) or tokens[i + 1].norm in ("по", "при")
                                        or (i + 1 in covered and tokens[i + 1].sentence == token.sentence)
                                        or any("plur" in p.tag for p in self.nlp.morph.parse(token.norm)[:1])):
                continue  # "министерство по …", "министерства Казахстана", "министерства" (several): not it
            # (a new body too: "the Academy of Civil Protection …" then "instructors of the academy")
            named = {o.key: o for o in occurrences if o.last < i and o.kind != "State" and (new_only or not o.is_new)
                     and (o.label if o.is_new else self.gazetteer.get(o.key).label("en")).lower().split()[:1]
                     in ([_BODY_WORDS[head]], [head])
                     and (adjective is None or (o.state if o.is_new else self.gazetteer.state_of(o.key))
                          == adjective.key)}
            # (a new body with no state yet is keyed by its sentence later: named again elsewhere, it may take another)
            if len(named) == 1 and (body := next(iter(named.values()))).is_new == new_only \
                    and (body.state is not None or not new_only):
                out.append(body.named_again(tokens, i, "again"))
        return out

    def _names_on(self, tokens, i: int) -> bool:
        """The word after a capitalised body word goes on with its name: "Министерство внутренних дел",
        "Министерство здравоохранения" (a word in the genitive, or an adjective)."""
        if i + 1 >= len(tokens) or not tokens[i + 1].is_word or tokens[i + 1].sentence != tokens[i].sentence:
            return False
        return any("gent" in p.tag or p.tag.POS == "ADJF" for p in self.nlp.morph.parse(tokens[i + 1].norm)[:2])

    def _agencies_of_an_organisation(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"УВКБ ООН передало … Мукамбет Касымалиев поблагодарил агентство ООН", "thanked the UN agency": an agency
        of an organisation, named by the organisation, is the one of its agencies the text has named before."""
        tokens = parsed.tokens
        out = []

        def agency_word(k: int) -> bool:
            # (one agency: not "агентства ООН и другие организации", which may be many)
            return 0 <= k < len(tokens) and (tokens[k].lemma if parsed.lang == "ru" else tokens[k].norm) \
                in ("агентство", "agency") and not tokens[k].is_capitalized \
                and not (parsed.lang == "ru" and any("plur" in p.tag for p in self.nlp.morph.parse(tokens[k].norm)))

        for o in occurrences:
            # ("агентство ООН", "the UN agency"; the word may be read with the organisation's name)
            k = next((j for j in (o.first, o.last, o.first - 1, o.last + 1) if agency_word(j)), None)
            if o.kind == "State" or o.nested or k is None:
                out.append(o)
                continue
            named = {a.key: a for a in occurrences if a.last < min(k, o.first) and not a.is_new
                     and (entry := self.gazetteer.get(a.key)) is not None and entry.part_of == o.key}
            if len(named) != 1:
                out.append(o)
                continue
            out.append(next(iter(named.values())).named_again(tokens, min(k, o.first), "again", max(k, o.last)))
        # ("… агентство предоставило 250 палаток": the agency alone, the one agency of an organisation named before)
        covered = {i for o in out for i in range(o.first, o.last + 1)}
        for k in range(len(tokens)):
            if k in covered or not agency_word(k) or (k + 1 < len(tokens) and (
                    tokens[k + 1].is_capitalized or tokens[k + 1].text in ("«", "“", '"'))):
                continue
            named = {a.key: a for a in out if a.last < k and not a.is_new and a.kind == "InternationalOrganization"
                     and (entry := self.gazetteer.get(a.key)) is not None and entry.part_of is not None}
            if len(named) == 1:
                out.append(next(iter(named.values())).named_again(tokens, k, "again"))
        return sorted(out, key=lambda o: (o.start, -o.end))

    def _councils_named_again(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"По итогам заседания Совет принял Решение": a capitalized bare "Совет" ("Council") is the council named
        last before it."""
        tokens = parsed.tokens
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
        out = []
        for i, token in enumerate(tokens):
            if i in covered or token.text.isupper() or token.lemma not in _COUNCIL_WORDS:
                continue
            # ("22 сентября 2015 года совет собирался в Сочи": the council, lower case, that gathered)
            gathered = i + 1 < len(tokens) and (tokens[i + 1].lemma in ("собраться", "собираться")
                                                or tokens[i + 1].norm in ("convened", "met"))
            if not (token.is_capitalized or gathered):
                continue
            if i + 1 < len(tokens) and tokens[i + 1].is_capitalized and tokens[i + 1].sentence == token.sentence:
                continue  # "Совет Безопасности": another council's name
            named = [o for o in occurrences if o.last < i and token.lemma in self.events.heads.get(o.key, ())]
            if named:
                out.append(named[-1].named_again(tokens, i, "again"))
        return out

    def _hosts_on_their_ground(self, events: list[EventRecord], occurrences: list[Occurrence]) -> list[EventRecord]:
        """A forum or an exercise of several states held in one of them takes in that state's emergency body, where
        the text names it ("В Челябинске прошло совещание … делегации Казахстана, Китая, Монголии" in a report that
        names the Russian ministry): the host on its ground."""
        emergency_bodies: dict[str, set[str]] = {}  # the emergency bodies the text names, by state
        for o in occurrences:
            if o.kind == "Agency" and not o.is_new and "emergency" in self.gazetteer.get(o.key).sectors:
                emergency_bodies.setdefault(self.gazetteer.state_of(o.key), set()).add(o.key)
        out = []
        for event in events:
            # (not an exhibition, "салон «Комплексная безопасность»": its host shows, the guests take part)
            entry = self.gazetteer.get(event.place) if event.kind in ("Forum", "Exercise") and event.place \
                and not EXHIBITION.search(event.label or "") else None
            ground = entry.country if entry is not None else None
            states = {self.gazetteer.state_of(k) for k in event.participants} - {None}
            bodies = emergency_bodies.get(ground, set())
            if ground and len(bodies) == 1 and states - {ground} \
                    and not any(k in bodies or (self.gazetteer.state_of(k) == ground and k != ground)
                                for k in event.participants):
                event = replace(event, participants=(*event.participants, *bodies))
            out.append(event)
        return out

    def _signings(self, parsed: Parsed, events, agreements, places, dateline_place, occurrences=(),
                  published: date | None = None):
        """A document signed on a given day at no event the text reports was signed at a meeting of its parties."""
        events, out = list(events), []
        by_id = {e.id: n for n, e in enumerate(events)}
        # A text that lists documents signed on two or more days (a review of a state's agreements) tells their
        # signings, not ceremonies: none of them is a meeting of its own.
        review = len({a.date for a in agreements if a.date and len(a.date) == 10 and not a.signed_at}) >= 2
        for agreement in agreements:
            if agreement.signed_at in by_id and events[by_id[agreement.signed_at]].kind == "Meeting":
                # Who signs at a meeting takes part in it, and an agency signing stands for its state there.
                n = by_id[agreement.signed_at]
                # ("На церемонии присутствовал посол России в Узбекистане": who attends the signing takes part too)
                present = [k for q in agreement.evidence[:1]
                           for k in witnesses(parsed, occurrences, q.start, self.nlp.morph)]
                events[n] = replace(events[n], participants=tuple(dict.fromkeys([
                    *self._with_parties(events[n].participants, agreement.parties), *present])))
                if agreement.date and len(agreement.date) == 10 and events[n].start and len(events[n].start) == 7 \
                        and agreement.date.startswith(events[n].start) and not events[n].end:
                    # ("подписали в среду план … «Документ подписан по итогам заседания рабочей группы»": the sitting,
                    # told with no day, was held on the day of the document signed at it)
                    events[n] = replace(events[n], start=agreement.date)
                    visit = next((e for e in events if e.kind == "Visit" and e.start and e.end and events[n].parent is None
                                  and e.start <= agreement.date <= e.end and e.place == events[n].place), None)
                    if visit is not None:
                        events[n] = replace(events[n], parent=visit.id)  # (within the visit that spans that day)
            sides = {self.gazetteer.state_of(k) or k for k in agreement.parties}
            held = events[by_id[agreement.signed_at]] if agreement.signed_at in by_id else None
            # ("The MoU was signed on Friday on the sidelines of the 6th RTG meeting": the gathering first named as
            # the frame of the signing)
            if held is not None and (held.kind == "Forum" and (_signed_on_its_sidelines(held, agreement.evidence)
                                                             or _AS_ITS_OUTCOME.match(agreement.evidence[0].quote)
                                                             # ("Во вторник на полях конференции ЦЧССРБ и «Казгидромет»
                                                             # подписали меморандум": on its sidelines, no ceremony told)
                                                             or SIDELINES.search(agreement.evidence[0].quote)
                                                             and not CEREMONY.search(agreement.evidence[0].quote))
                                     or held.kind in ("Training", "Exercise")
                                     and SIDELINES.search(agreement.evidence[0].quote)):
                # ("По итогам конференции ЦЧССРБ и «Казгидромет» подписали меморандум": an outcome of the forum; "on
                # the margins of the workshop, the IFRC and CESDRR signed a memorandum")
                # (ANNOTATION.md: a signing the text ties to a forum, a course or an exercise is signed at it, with no
                # gathering of its own; who signs there takes part in it)
                n = by_id[agreement.signed_at]
                events[n] = replace(held, participants=tuple(dict.fromkeys([*held.participants, *agreement.parties])))
                out.append(agreement)
                continue
            if held is not None and held.kind in ("Forum", "Training", "Exercise") and len(sides) == 2 \
                    and not agreement.ratifications and (
                        (held.kind == "Forum" and {self.gazetteer.state_of(k) or k for k in held.participants} - sides)
                        or (held.kind != "Forum" and held.evidence
                            and agreement.evidence[0].start < held.evidence[0].start)):
                # "17 октября, во второй день конференции, МЧС Узбекистана и Центр подписали меморандум", "Following
                # the signing, UNDP held a workshop": two sides sign at a ceremony of their own, within a forum, or
                # at the talks of those two sides held within it.
                talks = next((e for e in events if e.kind == "Meeting" and e.parent == held.id
                              and sides <= {self.gazetteer.state_of(k) or k for k in e.participants}), None)
                if talks is not None:
                    out.append(replace(agreement, signed_at=talks.id))
                    continue
                quote = agreement.evidence[0]
                here = [m.entry.key for m in places if quote.start <= m.start < quote.end and m.entry.kind == "Place"]
                meeting = EventRecord(
                    id=f"signing-{agreement.id}", kind="Meeting", start=agreement.date or held.start,
                    evidence=agreement.evidence, participants=agreement.parties,
                    place=here[0] if here else held.place if held.kind == "Forum" else dateline_place,
                    parent=held.id if held.kind == "Forum" or SIDELINES.search(quote.quote) else None,
                    label=_signing_label(parsed.lang, agreement.label), confidence=0.7)
                events.append(meeting)
                out.append(replace(agreement, signed_at=meeting.id))
                continue
            shared = next((a.signed_at for a in out if a.evidence and agreement.evidence
                           and a.evidence[0].start == agreement.evidence[0].start and a.signed_at), None)
            # (not a document only ratified, its signing untold: "Сенат ратифицировал соглашения с Узбекистаном и
            # Туркменистаном" names both, of which one was signed at the visit read)
            if agreement.signed_at is None and shared is not None and not (agreement.ratifications and not agreement.date):
                # "подписали соглашение … и план": two documents signed at one ceremony
                out.append(replace(agreement, signed_at=shared))
                continue
            quote = agreement.evidence[0] if agreement.evidence else None
            # ("В мае 2024 года в Урумчи Кыргызстан, Казахстан, Таджикистан, Туркменистан, Узбекистан и Китай
            # подписали меморандум": three states or more signing in a town met there, even in a month told)
            gathered = quote is not None and agreement.date and len(sides) >= 3 and not agreement.ratifications \
                and any(quote.start <= m.start < quote.end and m.entry.kind == "Place" for m in places) \
                and not self._signed_as_background(parsed, quote)
            if agreement.ratifications and agreement.date and len(agreement.date) == 10:
                # "The agreement was signed in Astana on November 20, 2015", told of a document ratified: its signing
                # told as such, in a sentence of its own with its town, is a ceremony too
                # ("Документ был подписан 12 сентября 2018 года.": on its own day, even with no town told)
                quote = next((q for q in agreement.evidence[1:] if not self._signed_as_background(parsed, q)
                              and _SIGNED_IN_TOWN.search(q.quote)
                              and (any(q.start <= m.start < q.end and m.entry.kind == "Place" for m in places)
                                   or len(agreement.date) == 10)), None)
            if agreement.signed_at is None and (not agreement.ratifications or quote is not None) \
                    and agreement.date and (len(agreement.date) == 10 and len(sides) >= 2 and not review or gathered):
                visit = next((e for e in events if e.kind == "Visit" and e.evidence
                              and any(e.evidence[0].start == q.start for q in agreement.evidence)), None)
                if visit is not None:
                    # "Документ был подписан 12 марта в Усть-Каменогорске в ходе визита российской делегации": a
                    # visit first named as the occasion of the signing is where it was signed
                    out.append(replace(agreement, signed_at=visit.id))
                    continue
                visit = next((e for e in events if e.kind == "Visit" and e.start and len(e.start) == 7 and not e.end
                              and agreement.date.startswith(e.start)
                              and sides <= {self.gazetteer.state_of(k) or k for k in e.participants}), None)
                if visit is not None and not any(e.start == agreement.date for e in events):
                    # "A delegation … is paying a visit to Uzbekistan. … Today the two ministries signed an agreement":
                    # signed during the visit of that month, told with no days, at no gathering of its own
                    out.append(replace(agreement, signed_at=visit.id))
                    continue
                talks = next((e for e in events if e.kind == "Meeting" and e.start == agreement.date
                              and sides <= {self.gazetteer.state_of(k) or k for k in e.participants}), None)
                if talks is not None:
                    # "В четверг состоялись переговоры Пучкова с Джураевым. Министры утвердили план …": signed at
                    # the talks of its sides that day
                    out.append(replace(agreement, signed_at=talks.id))
                    continue
                # (else where a later sentence of the signing places it: "Signing of the Exchange of Notes" over "a
                # ceremony for the signing … was held in Bishkek")
                here = [m.entry.key for q in (quote, *agreement.evidence[1:]) for m in places
                        if q.start <= m.start < q.end and m.entry.kind == "Place"]
                # Signed "on the sidelines of" a gathering read in the same sentence: the signing sits within it.
                around = next((e for e in events if e.kind == "Forum" and e.evidence
                               and e.evidence[0].start == quote.start), None)
                if around is not None and _signed_on_its_sidelines(around, [quote]):
                    # (ANNOTATION.md: "The MoU was signed on Friday on the sidelines of the 6th RTG meeting" is signed
                    # at that meeting, with no gathering of its own)
                    out.append(replace(agreement, signed_at=around.id))
                    continue
                if around is None:
                    # "Российская делегация находится в Казахстане с рабочим визитом с 14 по 16 октября": signed
                    # during the visit of one side to the other that spans the day
                    around = next((e for e in events if e.kind == "Visit" and e.start and e.end
                                   and e.start <= agreement.date <= e.end
                                   and sides <= {self.gazetteer.state_of(k) or k for k in e.participants}), None)
                frame = next((e for e in events if e.kind == "Forum" and e.start and len(e.start) == 10
                              and e.start <= agreement.date <= (e.end or e.start)), None) \
                    if around is None and SIDELINES.search(quote.quote) else None
                if frame is not None:
                    # ("23–25 августа … совещание … . На полях совещания, 24 августа, министры … утвердили план": the
                    # gathering read whose days hold the signing; ANNOTATION.md: signed at it, with no gathering of its
                    # own, and who signs there takes part in it)
                    events[by_id[frame.id]] = replace(frame, participants=tuple(dict.fromkeys(
                        [*frame.participants, *agreement.parties])))
                    out.append(replace(agreement, signed_at=frame.id))
                    continue
                if around is None and all(self._signed_as_background(parsed, q) for q in agreement.evidence):
                    # "соглашение …, подписанное 12 сентября 2018 года", "the agreement, signed in May 1998": a document
                    # named by what it is, its signing told in passing and with no gathering of its own
                    out.append(agreement)
                    continue
                # ("signed in Bishkek in the presence of the Prime Minister of the Kyrgyz Republic": a witness attends)
                present = witnesses(parsed, occurrences, quote.start, self.nlp.morph)
                # (a dateline places the news of its days, not a signing months before: "ЕРЕВАН, 17 января … Документ
                # был подписан 12 сентября 2018 года")
                lately = published is None or len(agreement.date) != 10 \
                    or abs((published - date.fromisoformat(agreement.date)).days) <= 14
                meeting = EventRecord(
                    id=f"signing-{agreement.id}", kind="Meeting", start=agreement.date, evidence=agreement.evidence,
                    place=here[0] if here else (around.place if around else dateline_place if lately else None),
                    participants=tuple(dict.fromkeys([*agreement.parties, *present])),
                    parent=around.id if around else None,
                    label=_signing_label(parsed.lang, agreement.label), confidence=0.7)
                events.append(meeting)
                agreement = replace(agreement, signed_at=meeting.id)
            out.append(agreement)
        return tuple(events), out

    def _signed_as_background(self, parsed: Parsed, quote) -> bool:
        """The sentence tells the signing only by a participle ("подписанное 12 сентября 2018 года", ", signed on …")."""
        if parsed.lang == "en":
            return bool(_SIGNED_AFTER_COMMA.search(quote.quote)) and not re.search(
                r"\b(?:signed|sign|inked)\b", _SIGNED_AFTER_COMMA.sub("", quote.quote), re.IGNORECASE)
        if parsed.lang == "kk":
            # ("2024 жылғы ақпанда қол қойған … жоспары аясында өтті": a participle before the document, no "қол қойды")
            said = quote.quote.lower()
            return any(p in said for p in load_patterns("events")["signed_participles_kk"]) \
                and not _KK_SIGNED_FINITE.search(said)
        signing = [t for t in parsed.tokens_in(quote.start, quote.end) if t.lemma in _SIGNING_VERBS]
        return bool(signing) and all(any(p.tag.POS == "PRTF" for p in self.nlp.morph.parse(t.norm)[:1])
                                     for t in signing)

    def _with_parties(self, participants: tuple[str, ...], parties: tuple[str, ...]) -> tuple[str, ...]:
        keys = list(dict.fromkeys([*participants, *parties]))
        states = [k for k in keys if (e := self.gazetteer.get(k)) is not None and e.kind == "State"]
        if len(states) >= 3:
            return tuple(keys)  # states listed as taking part stay beside their agencies
        represented = {self.gazetteer.state_of(k) for k in keys
                       if (e := self.gazetteer.get(k)) is not None and e.kind == "Agency"}
        # (a state the event's reading kept beside its body stays: "В переговорах также принял участие Посол Турецкой
        # Республики", an envoy acting for the state itself)
        return tuple(k for k in keys if k not in represented or k in participants)

    # ---- records ------------------------------------------------------------------------------
    def _organisations_in_names(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"Корпус сил СНГ", "CIS Corps of Forces": the organisation a body belongs to, named by its abbreviation
        inside the body's name, is named too (as a state is inside "МЧС Казахстана")."""
        out = []
        for o in occurrences:
            entry = self.gazetteer.get(o.key)
            if entry is None or entry.part_of not in self._parents_inside or o.last == o.first:
                continue
            for k in range(o.first, o.last + 1):
                parent = self.gazetteer.abbreviation_of(parsed.tokens[k].text)
                if parent is not None and parent.key == entry.part_of:
                    token = parsed.tokens[k]
                    out.append(Occurrence(parent.key, parent.kind, parent.label(parsed.lang), k, k, token.start,
                                          token.end, o.sentence, "inside", nested=True))
                    break
        return out

    def _actor_mentions(self, parsed: Parsed, occurrences: list[Occurrence]):
        seen: set[str] = set()
        for o in occurrences:
            if o.key in seen:
                continue
            seen.add(o.key)
            sentence = parsed.sentence_of(o.start)
            yield ActorMention(o.key, o.label, o.kind, Evidence(sentence.start, sentence.end, sentence.text),
                               confidence=o.confidence, is_new=o.is_new, state=o.state)

    def _place_mentions(self, parsed: Parsed, places):
        seen: set[str] = set()
        for m in places:
            if m.entry.key in seen:
                continue
            seen.add(m.entry.key)
            sentence = parsed.sentence_of(m.start)
            yield PlaceMention(m.entry.key, m.entry.label(), Evidence(sentence.start, sentence.end, sentence.text),
                               country=m.entry.country, is_new=m.form == "new")

    def _persons(self, parsed: Parsed, posts):
        seen: set[str] = set()
        for post in posts:
            if not post.name or post.name in seen:
                continue
            seen.add(post.name)
            sentence = parsed.sentence_of(parsed.tokens[post.first].start)
            yield PersonRecord(post.name, Evidence(sentence.start, sentence.end, sentence.text), post=post.post or None,
                               affiliation=post.affiliation.key if post.affiliation else None)


def _stamp_date(found, stamps: tuple[tuple[int, int], ...]) -> date | None:
    """The day of the page's one stamp, over the article or under it ("👁 2.3K   ✏️ 20.02.2022, 13:41")."""
    first, last = stamps[0]
    day = next((d for d in found if first <= d.start < last and len(d.start_date) == 10), None)
    return date.fromisoformat(day.start_date) if day is not None else None


# "По итогам конференции …", "Following the forum, …": a sentence that opens on the outcome of a gathering
_AS_ITS_OUTCOME = re.compile(r"\s*(?:по\s+итогам|по\s+результатам|following|at\s+the\s+end\s+of|"
                             r"as\s+a\s+result\s+of)\s+(?:the\s+)?(?:конференц|форум|совещани|заседани|сесси|саммит|"
                             r"conference|forum|session|meeting|summit)", re.IGNORECASE)


def _signed_on_its_sidelines(forum: EventRecord, quotes) -> bool:
    """A sentence of the signing is the one that first names the forum, as the frame it was signed on the sidelines
    of ("The MoU was signed on Friday on the sidelines of the 6th RTG meeting")."""
    return bool(forum.evidence) and any(q.start == forum.evidence[0].start and SIDELINES.search(q.quote)
                                        for q in quotes)


def _tells_where(tokens, first: int) -> bool:
    """The words before a place in a headline say it is where the news happened: "в Ашхабаде", a hashtag too ("в
    #Алматы"), and where a trip went ("Кыргызские спасатели вернулись из Минска")."""
    k = first - 1
    if k > 0 and tokens[k].text == "#":
        k -= 1
    if k >= 0 and tokens[k].norm in ("в", "во", "in"):
        return True
    # ("Бишкек снова собрал спасателей региона", "Bishkek hosts regional forum": the town that opens it as the host)
    if first == 0 and any(t.lemma in _TOWN_HOSTS or t.norm in _TOWN_HOSTS for t in tokens[1:4]
                          if t.sentence == tokens[0].sentence):
        return True
    return first > 1 and tokens[first - 1].norm in ("из", "from") and tokens[first - 2].lemma in _RETURNED


def _signing_label(lang: str, label: str | None) -> str:
    words = {"ru": "Подписание", "kk": "Қол қою"}.get(lang, "Signing")
    if not label:
        return words
    return f"{words}: {label}" if lang == "kk" else f"{words} {label[:1].lower()}{label[1:]}" if lang == "en" \
        else f"{words}: {label}"


_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7}$")


def _one_word_names_of_new(tokens, occurrences: list[Occurrence]) -> list[Occurrence]:
    """"Федеральной службы по гидрометеорологии и мониторингу окружающей среды (Росгидромет)": a one-word name of a
    body the reference does not know, in brackets right after the full name of a new body, is that body's short
    name, here and wherever it stands later; the body is of the state the short name tells."""
    at = {o.first: o for o in occurrences if o.kind != "State"}
    short: dict[str, Occurrence] = {}
    known: dict[str, Occurrence] = {}  # a new body's key → the known body its short name names
    for o in occurrences:
        k = o.last + 1
        inner = at.get(k + 1)
        if o.is_new and o.last > o.first and inner is not None and inner is not o and inner.last == k + 1 \
                and tokens[k].text == "(" and k + 2 < len(tokens) and tokens[k + 2].text == ")":
            if inner.is_new:
                short.setdefault(inner.key, replace(o, state=o.state or inner.state))
            else:
                # ("the Centre of Hydrometeorological Service of the Republic of Uzbekistan (Uzhydromet)": a body
                # the reference knows by that short name, named in full in words of its own)
                known.setdefault(o.key, inner)
    if not short and not known:
        return occurrences
    full = {body.key: body for body in short.values()}
    out = []
    for o in occurrences:
        if o.key in known:
            out.append(known[o.key].named_again(tokens, o.first, "name", o.last))
        elif o.key in full:
            out.append(full[o.key])
        elif o.key in short:
            out.append(short[o.key].named_again(tokens, o.first, "abbreviation", o.last))
        else:
            out.append(o)
    return out


def _abbreviations_of_new(parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
    """"the China Earthquake Administration (CEA) … run by CEA experts": the abbreviation a text gives in brackets
    after a new body's name names that body wherever else it stands alone."""
    tokens = parsed.tokens
    short: dict[str, Occurrence] = {}
    for o in occurrences:
        k = o.last + 1
        if o.is_new and k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" \
                and _ABBREVIATION.match(tokens[k + 1].text):
            short.setdefault(tokens[k + 1].text, o)
    if not short:
        return occurrences
    covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
    added = []
    for i, token in enumerate(tokens):
        body = short.get(token.text)
        if body is None or i in covered or (i > 0 and tokens[i - 1].text == "(" and i - 2 <= body.last):
            continue
        added.append(body.named_again(tokens, i, "abbreviation"))
    return sorted(occurrences + added, key=lambda o: (o.start, -o.end))


_PLACE_PREPOSITIONS = {"в", "во", "in", "to", "into"}


def _only_a_place(tokens, occurrence: Occurrence, occurrences: list[Occurrence], taking_part: set[str],
                  organisations: set[str] = frozenset()) -> bool:
    """"a study tour in Germany", "учения в Японии": a state named only as where something happened, taking part in
    nothing, is no actor of the text; nor is one counted only in a group ("the studies look at earthquakes across the
    five Central Asian countries")."""
    if occurrence.kind != "State" or occurrence.key in taking_part:
        return False
    mentions = [o for o in occurrences if o.key == occurrence.key]
    # ("the German Committee for Disaster Reduction": a state's adjective that opens a new body's name is of the name)
    # (but a national Red Cross or Red Crescent society named by its state is that state's: "the Turkish Red Crescent")
    opening = {o.first for o in occurrences if o.is_new and o.kind != "State" and not _RED_CROSS.search(o.label)}
    return all(o.via == "group" or o.via == "adjective" and o.first in opening
               or o.via not in ("inside", "adjective") and o.first > 0
               and tokens[o.first - 1].norm in _PLACE_PREPOSITIONS or _a_member_listed(tokens, o)
               or _a_neighbour(tokens, o) or _whose_experience(tokens, o)
               # ("Германское общество по международному сотрудничеству", "Japan International Cooperation Agency": a
               # state in the name of an organisation the reference knows as international)
               or any(other.key in organisations and other.first <= o.first and o.last <= other.last
                      and other is not o for other in occurrences) for o in mentions)


_EXPERIENCE = frozenset(load_patterns("events")["experience_words"])
_RED_CROSS = re.compile(r"red (?:crescent|cross)|красн\w* (?:полумесяц|крест)|қызыл (?:жарты ай|крест)", re.IGNORECASE)


def _whose_experience(tokens, occurrence: Occurrence) -> bool:
    """"опыт Германии", "the experience of Japan", "Japan's experience": the state whose experience is studied (not
    an adjective that names a body's state: "опыта российского Национального центра")."""
    if occurrence.via == "adjective":
        # ("the German experience", "немецкий опыт": the adjective right before the experience)
        after = occurrence.last + 1
        return after < len(tokens) and (tokens[after].lemma in _EXPERIENCE or tokens[after].norm in _EXPERIENCE)
    if occurrence.via == "inside":
        return False
    k = occurrence.first - 1
    if k >= 1 and tokens[k].norm in ("of", "the"):
        k -= 1 + (tokens[k].norm == "the" and k >= 2 and tokens[k - 1].norm == "of")
    after = occurrence.last + 1
    while after < len(tokens) and tokens[after].text in ("'", "’", "s", "'s", "’s"):
        after += 1  # ("Japan's experience", tokenised "Japan", "'", "s")
    return (k >= 0 and (tokens[k].lemma in _EXPERIENCE or tokens[k].norm in _EXPERIENCE)) or (
        after > occurrence.last + 1 and after < len(tokens) and tokens[after].norm in _EXPERIENCE)


def _before_the_list(tokens, occurrence: Occurrence, reach: int) -> int:
    """The token before the list of names the occurrence stands in ("… входят Армения, Беларусь, Казахстан"), back
    over commas, "и"/"and", signs and capitalised words, at most `reach` tokens before it; -1 at the text's start."""
    k = occurrence.first - 1
    while k >= 0 and tokens[k].sentence == occurrence.sentence and k >= occurrence.first - reach \
            and (tokens[k].text in (",", "и", "and") or not tokens[k].is_word or tokens[k].is_capitalized):
        k -= 1
    return k


def _a_neighbour(tokens, occurrence: Occurrence) -> bool:
    """"область граничит с Узбекистаном и Таджикистаном", "shares long borders with Uzbekistan": a state named as a
    neighbour, by geography, takes no part for that."""
    k = _before_the_list(tokens, occurrence, 12)
    if k < 1 or tokens[k].norm not in ("с", "со", "with"):
        return False
    before = tokens[max(0, k - 3):k]
    return any(t.lemma in ("граничить", "граница", "соседствовать") or t.norm in ("border", "borders", "bordering")
               for t in before)


_MEMBERSHIP = PhraseSet.of(load_patterns("events")["membership_words"])


def _a_member_listed(tokens, occurrence: Occurrence) -> bool:
    """"The organization currently includes Armenia, Belarus, Kazakhstan …", "В состав ОДКБ входят Армения, Беларусь
    …": a state listed as a member of an organisation takes no part for that (ANNOTATION.md: membership is no role)."""
    k = _before_the_list(tokens, occurrence, 16)
    if k >= 0 and tokens[k].lemma == "являться" and any(tokens[j].lemma == "член" for j in range(max(0, k - 4), k)):
        return True  # ("Членами ОДКБ являются Армения, Белоруссия, Казахстан …")
    return k >= 0 and any(m.last == k for m in _MEMBERSHIP.find(tokens, max(0, k - 3), k + 1))


def _signed_at_main(agreement, event):
    """The one event of the text is where a document with no event and no other date of its own was signed (not one
    told signed years ago: "на соглашении, подписанном … около двадцати лет назад")."""
    if agreement.signed_at is None and not agreement.ratifications and agreement.date in (None, event.start) \
            and not any(_YEARS_AGO.search(e.quote) for e in agreement.evidence):
        return replace(agreement, signed_at=event.id, date=agreement.date or event.start,
                       parties=agreement.parties or event.participants)
    return agreement


def _topic_phrases(morph) -> PhraseSet:
    """Topic concepts of ontology/reference/schemes.ttl, by the lemmas of their labels."""
    labelled = []
    for path in paths.reference_files():
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            subject = triple.subject.value if isinstance(triple.subject, ox.NamedNode) else ""
            if "/concept/topic/" not in subject:
                continue
            if triple.predicate.value not in (SKOS + "prefLabel", SKOS + "altLabel"):
                continue
            words = [morph.lemmas(w)[0] if re.search("[а-яё]", w.lower()) else w.lower()
                     for w in re.findall(r"[\w-]+", triple.object.value)]
            if words:
                labelled.append((subject.rsplit("/", 1)[-1], " ".join(words)))
    return PhraseSet(labelled)
