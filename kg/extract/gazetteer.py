"""The reference gazetteer: every name of every actor and place, matched on lemmas in text."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from razdel import tokenize

from kg import paths
from kg.extract.nlp import Morphology, Parsed, Token, english_lemma, normalize_word
from kg.extract.phrases import load_patterns
from kg.rdf import ECR, OWL, RDF, RDFS, SKOS, key_of

_CLASSES = {ECR + "State": "State", ECR + "Agency": "Agency",
            ECR + "InternationalOrganization": "InternationalOrganization", ECR + "Place": "Place"}


@dataclass
class Entry:
    """One actor or place of the reference data."""

    key: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    jurisdiction: str | None = None
    sectors: set[str] = field(default_factory=set)
    country: str | None = None
    wikidata: str | None = None
    located_in: str | None = None
    part_of: str | None = None

    def label(self, lang: str = "ru") -> str:
        return self.labels.get(lang) or self.labels.get("ru") or self.labels.get("en") or self.key


@dataclass(frozen=True)
class Alias:
    entry_key: str
    form: str  # "name", "abbreviation" or "adjective"
    words: tuple[str, ...]
    lemmas: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Match:
    """A stretch of tokens [first, last] that names an entry."""

    entry: Entry
    form: str
    first: int
    last: int
    start: int
    end: int
    text: str


def _kk_same(name: str, word: str) -> bool:
    """Kazakh is agglutinative: an inflected name begins with the whole of the name ("Ақтөбеде"), or with all
    but its last letter where к/қ softens before an ending ("министрлік" → "министрлігі"). A shorter word that
    only begins a name ("екі", two, in "Екібастұз") is not the name; neither is a word sharing a long stem
    ("министрі", the minister)."""
    if name == word:
        return True
    if len(name) < 3 or len(word) < len(name):
        return False
    return word.startswith(name) or (name[-1] in "кқ" and word.startswith(name[:-1]) and word[len(name) - 1] in "гғ")


def _cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


_UNDER = (" при ", " under the ", " under ")


def _under_parent_names(aliases: list[tuple[str, str, str]], parents: dict[str, str]) -> list[tuple[str, str, str]]:
    """"Агентство по гидрометеорологии при Министерстве чрезвычайных ситуаций Кыргызской Республики" is named with
    any name of the ministry after "при" too ("… при МЧС Кыргызской Республики", "… при МЧС КР")."""
    out = []
    for key, form, text in aliases:
        parent = parents.get(key)
        if parent is None or form != "name":
            continue
        for under in _UNDER:
            if under not in text:
                continue
            head = text[:text.index(under) + len(under)]
            cyrillic = _cyrillic(head)
            for p_key, p_form, p_text in aliases:
                if p_key == parent and p_form in ("name", "abbreviation") \
                        and cyrillic == _cyrillic(p_text):
                    out.append((key, "name", head + p_text))
            break
    return out


_EMERGENCIES = re.compile(r"чрезвычайн\w* ситуаци\w*", re.IGNORECASE)


def _districts(entries: dict[str, Entry]) -> list[tuple[str, str, str]]:
    """"Кегенский район", "Kegen District", "Кеген ауданы": the district named after a town within a region is that
    town's place (as the reference writes "Кеминский район" for Kemin), where its adjective is the name and "-ский"."""
    states = set(load_patterns("places")["district_states"])
    out = []
    for key, entry in entries.items():
        name = entry.labels.get("ru", "")
        if entry.kind != "Place" or not (entry.located_in or entry.country in states) \
                or not re.fullmatch(r"[А-ЯЁ][а-яё]+", name):
            continue
        out.append((key, "name", f"{name}ский район"))
        if entry.country == "TM":
            # "в Серхетабатском этрапе": a Turkmen district is an etrap
            out.append((key, "name", f"{name}ский этрап"))
        if entry.labels.get("en"):
            out.append((key, "name", f"{entry.labels['en']} District"))
        if entry.labels.get("kk"):
            out.append((key, "name", f"{entry.labels['kk']} ауданы"))
    return out


def _with_cs(aliases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A Russian name with "чрезвычайным ситуациям" is written with "ЧС" too ("Министерство по управлению ЧС КНР",
    "Координационный совет ОДКБ по ЧС")."""
    return [(key, form, _EMERGENCIES.sub("ЧС", text)) for key, form, text in aliases
            if form == "name" and _EMERGENCIES.search(text)]


class Gazetteer:
    """Actors and places of ontology/reference, indexed by the lemmas of their names."""

    def __init__(self, morph: Morphology, files: Iterable[Path] | None = None):
        self.morph = morph
        self.entries: dict[str, Entry] = {}
        self._names: dict[str, list[Alias]] = defaultdict(list)
        self._abbreviations: dict[str, list[Alias]] = defaultdict(list)
        self._kk: dict[str, list[Alias]] = defaultdict(list)
        self._load(files if files is not None else paths.reference_files())

    # ---- loading ----------------------------------------------------------------------------
    def _load(self, files: Iterable[Path]) -> None:
        aliases: list[tuple[str, str, str]] = []
        parents: dict[str, str] = {}
        for path in files:
            for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                s, p, o = triple.subject, triple.predicate.value, triple.object
                if not isinstance(s, ox.NamedNode) or "/resource/" not in s.value:
                    continue
                if "/actor/" not in s.value and "/place/" not in s.value:
                    continue
                key = key_of(s.value)
                entry = self.entries.setdefault(key, Entry(key=key, kind=""))
                if p == RDF + "type" and o.value in _CLASSES:
                    entry.kind = _CLASSES[o.value]
                elif p == RDFS + "label":
                    entry.labels.setdefault(o.language or "", o.value)
                    aliases.append((key, "name", o.value))
                elif p == SKOS + "altLabel":
                    aliases.append((key, "name", o.value))
                elif p == ECR + "abbreviation":
                    aliases.append((key, "abbreviation", o.value))
                elif p == ECR + "adjective":
                    aliases.append((key, "adjective", o.value))
                elif p == ECR + "jurisdiction":
                    entry.jurisdiction = key_of(o.value)
                elif p == ECR + "locatedIn":
                    entry.located_in = key_of(o.value)
                elif p == ECR + "country":
                    entry.country = key_of(o.value)
                elif p == ECR + "sector":
                    entry.sectors.add(o.value.rsplit("/", 1)[-1])
                elif p == OWL + "sameAs" and "wikidata.org" in o.value:
                    entry.wikidata = o.value
                elif p == ECR + "partOf":
                    parents[key] = entry.part_of = key_of(o.value)
        self.entries = {k: e for k, e in self.entries.items() if e.kind}
        # The agency of each state and sector, read by every generic name ("МЧС", "the emergency ministry"): the
        # current emergency ministry before older bodies of the same mandate (the shortest key first)
        self._agencies: dict[tuple[str, str], Entry] = {}
        for entry in sorted(self.entries.values(), key=lambda e: (len(e.key), e.key)):
            if entry.kind in ("Agency", "InternationalOrganization") and entry.jurisdiction:
                for sector in entry.sectors:
                    self._agencies.setdefault((entry.jurisdiction, sector), entry)
        aliases += _under_parent_names(aliases, parents)
        aliases += _districts(self.entries)
        aliases += self._with_state_abbreviations(aliases)
        for key, form, text in aliases + _with_cs(aliases):
            if key in self.entries:
                self.add_alias(key, form, text)

    def _with_state_abbreviations(self, aliases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        """A body's Russian name that holds its state's name holds the state's abbreviation too ("Министерство
        Российской Федерации по делам гражданской обороны …" → "Министерство РФ по делам гражданской обороны …")."""
        names: dict[str, list[list[frozenset[str]]]] = defaultdict(list)
        abbreviations: dict[str, list[str]] = defaultdict(list)
        for key, form, text in aliases:
            if self.entries.get(key) is None or self.entries[key].kind != "State" or not _cyrillic(text):
                continue
            if form == "name" and len(text.split()) > 1:
                names[key].append([frozenset(self.morph.lemmas(t.text)) for t in tokenize(text)])
            elif form == "abbreviation":
                abbreviations[key].append(text)
        out = set()
        for key, form, text in aliases:
            state = self.entries[key].jurisdiction if key in self.entries else None
            if form != "name" or not _cyrillic(text) or not abbreviations.get(state):
                continue
            words = [t.text for t in tokenize(text)]
            lemmas = [frozenset(self.morph.lemmas(w)) for w in words]
            for name in names[state]:
                n = len(name)
                at = next((i for i in range(len(words) - n + 1)
                           if all(a & b for a, b in zip(name, lemmas[i:i + n]))), None)
                if at is not None:
                    out.update((key, "name", " ".join(words[:at] + [abbreviation] + words[at + n:]))
                               for abbreviation in abbreviations[state])
        return sorted(out)

    def add_alias(self, key: str, form: str, text: str) -> None:
        words = tuple(t.text for t in tokenize(text))
        if not words:
            return
        if form == "abbreviation":
            alias = Alias(key, form, words, ())
            self._abbreviations[words[0]].append(alias)
            return
        lemmas = tuple(frozenset(self.morph.lemmas(w)) if _cyrillic(w)
                       else frozenset({english_lemma(w)}) for w in words)
        alias = Alias(key, form, words, lemmas)
        for lemma in lemmas[0]:
            self._names[lemma].append(alias)
        self._kk[normalize_word(words[0])[:3]].append(alias)

    # ---- queries ----------------------------------------------------------------------------
    def begins_a_name_of(self, tokens: list[Token], keys: set[str]) -> str | None:
        """The one entry of `keys` with a longer name that these tokens begin ("Координационный совет по
        чрезвычайным ситуациям" of "Координационный совет по чрезвычайным ситуациям государств — членов ОДКБ")."""
        words = [t for t in tokens if t.is_word]
        if len(words) < 2:
            return None
        found = {alias.entry_key for lemma in words[0].lemmas for alias in self._names.get(lemma, ())
                 if alias.entry_key in keys and len(alias.lemmas) > len(words)
                 and all(w.lemmas & lemmas for w, lemmas in zip(words, alias.lemmas))}
        return next(iter(found)) if len(found) == 1 else None

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def agency_of(self, state: str, sector: str) -> Entry | None:
        """The reference agency of a state with a given sector ('KZ', 'emergency' → MCHS-KZ)."""
        return self._agencies.get((state, sector))

    def state_of(self, key: str) -> str | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if entry.kind == "State":
            return entry.key
        return entry.jurisdiction or entry.country

    def match(self, parsed: Parsed, start: int = 0, stop: int | None = None, kinds: set[str] | None = None
              ) -> list[Match]:
        """Longest non-overlapping matches of names, abbreviations and adjectives in tokens[start:stop]."""
        tokens = parsed.tokens
        stop = len(tokens) if stop is None else stop
        found: list[Match] = []
        i = start
        while i < stop:
            best: tuple[int, Alias] | None = None
            for alias in self._candidates(tokens[i], parsed.lang):
                n = len(alias.words)
                if i + n > stop or (best and n <= best[0]):
                    continue
                if kinds is not None and self.entries[alias.entry_key].kind not in kinds:
                    continue
                if alias.form == "name" and self.entries[alias.entry_key].kind == "Place" \
                        and alias.words[0][:1].isupper() and not tokens[i].text[:1].isupper():
                    continue  # "для семей" (for families) is not the town of Semey
                if self._matches(alias, tokens[i:i + n], parsed.lang):
                    best = (n, alias)
            if best is None:
                i += 1
                continue
            n, alias = best
            first, last = tokens[i], tokens[i + n - 1]
            found.append(Match(self.entries[alias.entry_key], alias.form, i, i + n - 1, first.start, last.end,
                               parsed.text[first.start:last.end]))
            i += n
        return found

    def pair_states(self, word: str) -> list[str]:
        """The states a compound of their adjectives names ("российско-узбекистанского", "Kazakh-Belarusian"),
        in order; none unless every part is one state's adjective."""
        parts = word.split("-")
        if len(parts) < 2 or not all(parts):
            return []
        if _cyrillic(word):
            # the first parts are combining forms ("российско", "кыргызско"); the last is declined
            if not all(p.lower().endswith(("ско", "цко")) for p in parts[:-1]):
                return []
            lemma_sets = [{p.lower()[:-1] + "ий"} for p in parts[:-1]] + [self.morph.lemmas(parts[-1].lower())]
        else:
            lemma_sets = [{english_lemma(p)} for p in parts]
        states = []
        for lemmas in lemma_sets:
            keys = {a.entry_key for lemma in lemmas for a in self._names.get(lemma, ())
                    if a.form == "adjective" and len(a.words) == 1 and self.entries[a.entry_key].kind == "State"}
            if len(keys) != 1:
                return []
            states.append(keys.pop())
        return states if len(set(states)) == len(states) else []

    def abbreviation_of(self, word: str) -> Entry | None:
        """The one entry whose abbreviation the word is ("UN", "ООН"), if it is one."""
        keys = {a.entry_key for a in self._abbreviations.get(word, ()) if len(a.words) == 1}
        return self.entries[keys.pop()] if len(keys) == 1 else None

    def is_place_word(self, token: Token, lang: str) -> bool:
        """The token is by itself the whole name of a place ("Алматы", "Бишкеке")."""
        return any(len(alias.words) == 1 and self.entries[alias.entry_key].kind == "Place"
                   and self._matches(alias, [token], lang) for alias in self._candidates(token, lang))

    def _candidates(self, token: Token, lang: str) -> list[Alias]:
        surface = token.text.split("-")[0] if token.text[:1].isupper() and "-" in token.text else token.text
        out = list(self._abbreviations.get(token.text, ())) + list(self._abbreviations.get(surface, ()))
        if lang == "kk":
            out += self._kk.get(normalize_word(token.text)[:3], [])
        else:
            for lemma in token.lemmas:
                out += self._names.get(lemma, ())
        return out

    @staticmethod
    def _matches(alias: Alias, tokens: list[Token], lang: str) -> bool:
        if alias.form == "abbreviation":
            for word, token in zip(alias.words, tokens):
                text = token.text
                if text != word and not (text.startswith(word + "-") and word.isupper()
                                         and not own_abbreviation(text[len(word) + 1:])):
                    return False
            return True
        if lang == "kk":
            return all(_kk_same(normalize_word(w), normalize_word(t.text)) for w, t in zip(alias.words, tokens))
        return all(lemmas & t.lemmas for lemmas, t in zip(alias.lemmas, tokens))


def own_abbreviation(rest: str) -> bool:
    """What follows an abbreviation's hyphen is an abbreviation of three letters or more of its own: "UN-SPIDER" is a
    body of its own, while "ЮНИСЕФ-тің", "EU-Kazakhstan" and "МЧС-РК" are the abbreviation's body."""
    return len(rest) >= 3 and rest.isupper()
