"""Places the gazetteer does not know, read by the word that introduces them ("в селе Сардоба")."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Entry, Gazetteer, Match
from kg.extract.nlp import Parsed
from kg.extract.phrases import load_patterns
from kg.text import slugify


class NewPlaces:
    """A capitalized name right after a settlement word, in the nominative, with the country named after it."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.morph = gazetteer.morph
        spec = load_patterns("places")["settlement_words"]
        self.words = {lang: [tuple(w.lower().split()) for w in words] for lang, words in spec.items()}
        # (the first words of them all, to pass over the many tokens that begin none)
        self.firsts = {lang: {phrase[0].rstrip(".") for phrase in phrases} for lang, phrases in self.words.items()}

    def find(self, parsed: Parsed, places: list[Match], taken: set[int]) -> list[Match]:
        words = self.words.get(parsed.lang)
        if not words:
            return []
        tokens = parsed.tokens
        known = {i for m in places for i in range(m.first, m.last + 1)}
        surfaces = {t.text for t in tokens if t.is_capitalized}
        found: list[Match] = []
        for i in range(len(tokens)):
            end = self._settlement_word(parsed, i, words)
            if end is None:
                continue
            first = end + 1
            if parsed.lang == "kk":
                first, end = i - 1, i - 1  # "Қорғас қаласы": the name comes first
                if first < 0:
                    continue
            name = self._name(tokens, first)
            if name is None or any(k in known or k in taken for k in range(first, name + 1)):
                continue
            if tokens[first].sentence != tokens[i].sentence:
                continue
            if parsed.lang == "ru" and "ADJF" in self.morph.parse(tokens[first].text.lower())[0].tag:
                continue  # "сёл Мактааральского района": the district's adjective, not a village's name
            label = self._nominative(parsed, first, name, surfaces)
            country, region = self._country(parsed, name + 1)
            entry = Entry(key=slugify(label), kind="Place", labels={parsed.lang: label}, country=country,
                          located_in=region)
            found.append(Match(entry, "new", first, name, tokens[first].start, tokens[name].end,
                               parsed.text[tokens[first].start:tokens[name].end]))
            known.update(range(first, name + 1))
        return found

    def _settlement_word(self, parsed: Parsed, i: int, words) -> int | None:
        """The index of the last token of a settlement word starting at i."""
        tokens = parsed.tokens
        firsts = self.firsts[parsed.lang]
        if tokens[i].text not in firsts and tokens[i].norm not in firsts and firsts.isdisjoint(tokens[i].lemmas):
            return None
        for phrase in words:
            n = len(phrase)
            if i + n > len(tokens):
                continue
            ok = True
            for k, word in enumerate(phrase):
                token = tokens[i + k]
                if word.endswith("."):
                    # "г." is two tokens, "г" and "."; a capital "С." is an initial, not a village
                    if token.text != word[:-1] or i + k + 1 >= len(tokens) or tokens[i + k + 1].text != ".":
                        ok = False
                        break
                elif parsed.lang == "ru":
                    if word not in token.lemmas and token.norm != word:
                        ok = False
                        break
                elif token.norm != word:
                    ok = False
                    break
            if ok and phrase[0] == "г." and i > 0 and re.fullmatch(r"(?:19|20)\d\d", tokens[i - 1].text):
                ok = False  # ("3 июня 2024 г. Центр и ЮНИСЕФ подписали …": "г." after a year is the year's)
            if ok:
                last = i + n - 1
                return last + 1 if phrase[-1].endswith(".") else last
        return None

    @staticmethod
    def _name(tokens, first: int) -> int | None:
        """A name is one capitalized word ("Сардоба", "Кара-Балта"); longer names are the gazetteer's to know."""
        if first >= len(tokens) or not tokens[first].is_capitalized or not tokens[first].is_word:
            return None
        text = tokens[first].text
        if text.isupper() and len(text) > 1:
            return None  # an abbreviation ("г. МЧС" does not occur; "с. ДЧС" is no village)
        if len(text) == 1:
            return None  # a preposition opening a sentence after a year: "12–14 июля 2016 г. В Душанбе прошла …"
        return first

    def _nominative(self, parsed: Parsed, first: int, last: int, surfaces: set[str]) -> str:
        words = []
        for token in parsed.tokens[first:last + 1]:
            text = token.text
            if parsed.lang == "ru" and "-" not in text:
                forms = []
                for p in self.morph.parse(text.lower()):
                    if "NOUN" in p.tag or "ADJF" in p.tag:
                        form = p.inflect({"nomn"}) if "ADJF" in p.tag else None
                        forms.append((form.word if form else p.normal_form, "Geox" in p.tag, p.score))
                # The form the text itself shows ("Сардоба" in the headline) wins; then a place name's own form.
                shown = [f for f, _, _ in forms if f.title() in surfaces]
                ranked = sorted(forms, key=lambda f: (-f[1], -f[2]))
                if shown:
                    text = shown[0].title()
                elif ranked:
                    text = ranked[0][0].title()
            words.append(text)
        return " ".join(words)

    def _country(self, parsed: Parsed, after: int) -> tuple[str | None, str | None]:
        """"Кыргызской Республики", "Сырдарьинской области" right after the name: its state, its region."""
        for m in self.gazetteer.match(parsed, after, min(len(parsed.tokens), after + 4)):
            if m.first != after:
                break
            if m.entry.kind == "State":
                return m.entry.key, None
            if m.entry.kind == "Place":
                return m.entry.country, m.entry.key
        return None, None

