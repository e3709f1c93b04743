"""Tokens, sentences and lemmas: razdel for segmentation, pymorphy3 for Russian lemmas, natasha for NER."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from razdel import sentenize, tokenize
from razdel.substring import Substring

_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemmas: frozenset[str]
    lemma: str
    sentence: int
    norm: str = ""

    @property
    def is_word(self) -> bool:
        return bool(_WORD.search(self.text))

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """A named-entity span from NER: type PER, ORG or LOC."""

    start: int
    end: int
    type: str
    text: str


@dataclass(frozen=True)
class Parsed:
    text: str
    lang: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]

    @cached_property
    def bounds(self) -> tuple[tuple[int, int], ...]:
        """For each sentence, the range [lo, hi) of its tokens."""
        lo = [len(self.tokens)] * len(self.sentences)
        hi = [0] * len(self.sentences)
        for i, token in enumerate(self.tokens):
            lo[token.sentence] = min(lo[token.sentence], i)
            hi[token.sentence] = i + 1
        return tuple((a, max(a, b)) for a, b in zip(lo, hi))

    def sentence_of(self, offset: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.end <= end]


_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})


def normalize_word(word: str) -> str:
    """Lower case, ё as е, every dash as a hyphen ("государств – членов" names what "государств — членов" does)."""
    return word.lower().replace("ё", "е").translate(_DASHES)


@lru_cache(maxsize=1)
def analyzer():
    """pymorphy3's analyzer, built once per process (its dictionaries take a second to load)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def perfective_future(word: str, parse=None) -> bool:
    """"проведет", "утвердят": the word's likeliest reading is a finite verb of the perfective future (`parse`: a
    cached analysis, else the analyzer's own)."""
    return any(p.tag.POS == "VERB" and "futr" in p.tag for p in (parse or analyzer().parse)(word)[:1])


def russian_past(word: str, parse=None) -> bool:
    """"подписали", "провел": the word's likeliest reading is a finite verb of the past."""
    return any(p.tag.POS == "VERB" and "past" in p.tag for p in (parse or analyzer().parse)(word)[:1])


class Morphology:
    """Lemmas of Russian words, cached; other languages are lower-cased."""

    def __init__(self):
        self._analyzer = analyzer()
        self._unlikely = _unlikely_readings()
        self.lemmas = lru_cache(maxsize=200_000)(self._lemmas)
        self.parse = lru_cache(maxsize=50_000)(self._analyzer.parse)

    def _lemmas(self, word: str) -> tuple[str, ...]:
        """All normal forms of a word, the most probable first."""
        lowered = normalize_word(word)
        if not re.search("[а-я]", lowered):
            return (lowered,)
        forms: list[str] = []
        unlikely = self._unlikely.get(lowered, ())
        for parse in self.parse(lowered)[:4]:  # (one analysis per word, shared with the taggers' reads)
            form = normalize_word(parse.normal_form)
            if form not in forms and form not in unlikely:
                forms.append(form)
        if lowered not in forms:
            forms.append(lowered)
        return tuple(forms)


def _unlikely_readings() -> dict[str, frozenset[str]]:
    """patterns/morphology.yaml: the lemmas a word form is never read as."""
    from kg.extract.phrases import load_patterns  # (here: phrases reads this module's words when it loads)

    readings = load_patterns("morphology")["unlikely_readings"]
    return {form: frozenset(lemmas) for form, lemmas in readings.items()}


def english_lemma(word: str) -> str:
    lowered = normalize_word(word).replace("’", "'")
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    if len(lowered) > 4 and lowered.endswith("ies"):
        return lowered[:-3] + "y"
    if len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        return lowered[:-1]
    return lowered


class NLP:
    """The heavy components, built once and passed to the extractor."""

    def __init__(self, *, ner: bool = True):
        self.morph = Morphology()
        self._ner = None
        if ner:
            from natasha import NewsEmbedding, NewsNERTagger

            self._ner = NewsNERTagger(NewsEmbedding())

    def parse(self, text: str, lang: str) -> Parsed:
        sentences = tuple(Sentence(i, s.start, s.stop, s.text) for i, s in enumerate(_sentences(text)))
        tokens: list[Token] = []
        index = 0
        for raw in tokenize(text):
            while index + 1 < len(sentences) and raw.start >= sentences[index].end:
                index += 1
            if lang == "ru":
                lemmas = self.morph.lemmas(raw.text)
            elif lang == "en":
                lemmas = (english_lemma(raw.text),)
            else:
                lemmas = (normalize_word(raw.text),)
            tokens.append(Token(raw.start, raw.stop, raw.text, frozenset(lemmas), lemmas[0], index,
                                normalize_word(raw.text)))
        return Parsed(text, lang, sentences, tuple(tokens))

    def ner(self, parsed: Parsed, sentences) -> list[Span]:
        """Named entities of the given Russian sentences (NER is the costly step: run it where needed)."""
        if self._ner is None or parsed.lang != "ru":
            return []
        spans = []
        for sentence in sentences:
            if not sentence.text.strip():
                continue
            for span in self._ner(sentence.text).spans:
                start, stop = sentence.start + span.start, sentence.start + span.stop
                spans.append(Span(start, stop, span.type, parsed.text[start:stop]))
        return spans


def _sentences(text: str):
    # A row of a table ("3 Sep | Ministry … | Kabul | 2 flights; 38 MT of tents | ANDMA") is a sentence of its own.
    chunk_start = 0
    position = 0
    for line in text.splitlines(keepends=True):
        if line.count("|") >= 2 and line.strip():
            yield from _prose_sentences(text[chunk_start:position], chunk_start)
            lead = len(line) - len(line.lstrip())
            yield Substring(position + lead, position + len(line.rstrip()), line.strip())
            chunk_start = position + len(line)
        position += len(line)
    yield from _prose_sentences(text[chunk_start:], chunk_start)


def _prose_sentences(text: str, base: int):
    # razdel splits sentences; a blank line always ends one (headlines and list items have no full stop), and so does
    # a line that opens with a bullet, a dash or an emoji ("🔹 30 мая — …", "▪️ …"); a line headed by a year ("2023:
    # уроки долины Ар") is a sentence of its own.
    offset = base
    for block in re.split(r"(\n\s*\n|\n(?=\s*[-•–—*]\s)|\n(?=\s*[^\w\s«\"„“'(\[.,;:!?-])|" + _YEAR_HEADING + ")", text):
        if not block or not block.strip():
            offset += len(block)
            continue
        pending = None
        for s in sentenize(block):
            if pending is not None and (_CUT_ABBREVIATION.search(pending[2]) and s.text[:1].isdigit()
                                        or _CUT_LIST.search(pending[2])
                                        or _wrapped(block, pending, s, offset + pending[0])):
                # "ended on Oct. 6": razdel cut after the month's abbreviation; "… of Japan to the Kyrgyz Republic;
                # Mr. Alexander Avanessov, …": after an item of a list, or after a title or a rank ("Lt. Gen. Omar …")
                pending = (pending[0], s.stop, block[pending[0]:s.stop])
                continue
            if pending is not None:
                yield Substring(offset + pending[0], offset + pending[1], pending[2])
            pending = (s.start, s.stop, s.text)
        if pending is not None:
            yield Substring(offset + pending[0], offset + pending[1], pending[2])
        offset += len(block)


def _wrapped(block: str, pending, s, at: int) -> bool:
    """A line of prose broken where a page ran out, not where a sentence ended ("… вылетел самолет Ил-76\nМЧС
    Республики Казахстан."): no stop before the single line break, words enough for a line of prose, and not the first
    line of the text (a headline)."""
    between = block[pending[1]:s.start]
    return at > 0 and between.count("\n") == 1 and not between.strip() \
        and not _STOP_AT_END.search(pending[2]) and len(pending[2].split()) >= 5 \
        and not pending[2].isupper()


_STOP_AT_END = re.compile(r"[.!?…:;»\"”)]\s*$")
_YEAR_HEADING = r"(?m:^[^\S\n]*(?:19|20)\d\d(?:[^\S\n]*(?:год|г\.|year))?[^\S\n]*[:—–][^\n.]{0,60}\n)"
_CUT_LIST = re.compile(r"(?:;|\b(?:Mr|Ms|Mrs|Dr|H\.E|Lt|Gen|Col|Maj|Brig|Capt|Cdr|Adm|Prof)\.)$")
_CUT_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|янв|февр|апр|авг|сент|окт|"
                               r"нояб|дек|№)\.$")
