"""Actor occurrences: gazetteer names, generic agency names resolved by state, and new bodies from NER."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from kg.extract.dates import is_calendar_word
from kg.extract.gazetteer import Gazetteer, Match, own_abbreviation
from kg.extract.nlp import Parsed
from kg.extract.phrases import PhraseSet, load_patterns
from kg.text import slugify

_LOCATIVE = {"в", "во", "in", "на"}
_LINKS = {"of", "the", "for", "с", "со", "with", "через", "through", "соседнего", "соседней", "соседнем", "соседний",
          "соседнюю", "neighbouring", "neighboring"}
_AND = {"и", "and", ",", "или", "or"}
_WORDS = load_patterns("agencies")["body_words"]
_STATE_OPENINGS = [phrase.split() for phrase in load_patterns("agencies")["state_openings"]]
# (Russian body words are word beginnings: "министерств" reads "министерства", "министерством" …)
_ORG_HEADS = re.compile(r"^(" + "|".join(_WORDS["russian_heads"]) + ")", re.IGNORECASE)
_PO_ADVERBIAL = frozenset(_WORDS["po_adverbial_nouns"])
_SCHOOLS = re.compile(r"^(академи|университет|институт|колледж)", re.IGNORECASE)
_OFFICIALS_AFTER_BODY = frozenset(load_patterns("agencies")["officials_after_body"])
_TERRITORY_UNITS = {"область", "район", "город", "регион", "округ", "провинция", "вилоят", "велаят", "этрап"}
_UNIT_HEADS = re.compile(r"^(департамент|управлени|служб|центр|отряд|отдел|дирекци|инспекци)", re.IGNORECASE)
_EMERGENCY_WORDS = re.compile(r"чрезвычайн|\b[МКД]?ЧС\b|гражданск\w* (защит|оборон)|пожарн|спасат|спасени|аварийн|катастроф|кризисн",
                              re.IGNORECASE)
_EMERGENCY_UNIT = re.compile(r"^\w+\s+(?:по\s+)?(?:чрезвычайн\w+\s+ситуаци|ЧС\b)|"  # "Департамент по ЧС ..."
                             r"^(?:\w+\s+){1,2}[МКД]ЧС$", re.IGNORECASE)  # "районных управлений МЧС""
_PRESS_UNIT = re.compile(r"связ\w* с общественност|общественных связ|информаци\w* и общественн|пресс-(?:служб|центр|секретар)|"
                         r"(?:department|office|division|unit) of (?:external |corporate )?communications|"
                         r"communications (?:unit|office|department|division)|media relations", re.IGNORECASE)
_NOT_BODIES = re.compile(r"^(программ|миссия|корпус|штаб)", re.IGNORECASE)  # frameworks, missions, HQs
_LOCAL_HEADS = frozenset(_WORDS["russian_local_heads"])  # (first five letters)
_LOCAL_SERVICE_WORDS = frozenset(_WORDS["local_service_words"])
_QUOTED_HEADS = frozenset(_WORDS["quoted_heads"])  # "РГП «Казгидромет»"
_OPEN_QUOTES, _CLOSE_QUOTES = "«“\"„", "»”\""
_EN_UNIT_HEADS = frozenset(_WORDS["english_unit_heads"])
_EN_CENTRE_HEADS = frozenset(_WORDS["english_centre_heads"])
_COMMITTEE_ABBREVIATIONS = frozenset(_WORDS["committee_abbreviations"])
_KK_HEADS = _WORDS["kazakh_heads"]
_EN_GENERIC_WORDS = frozenset(_WORDS["english_generic_words"])
_EN_ANY_WORDS = frozenset(_WORDS["english_any_words"])
_EN_ORG_HEADS = frozenset(_WORDS["english_heads"])
_EN_LINKS = frozenset(_WORDS["english_links"])
_EN_SCHOOLS = frozenset(("academy", "university", "institute", "college"))


def is_school_word(token) -> bool:
    """A word that names a school ("Академия", "университетом", "University")."""
    return bool(_SCHOOLS.match(token.text)) or token.norm in _EN_SCHOOLS


# Local government bodies of Central Asia, named in English even in lower case ("the akimat of Akmola region")
_EN_LOCAL_HEADS = frozenset(_WORDS["english_local_heads"])
_EN_AREA_WORDS = frozenset(_WORDS["english_area_words"])
_EN_AREA_ADJECTIVES = frozenset(_WORDS["english_area_adjectives"])
_EN_CITY_SERVICES = frozenset(tuple(w.split()) for w in _WORDS["english_city_services"])
_EN_LOCAL_SPELLINGS = _WORDS["english_local_spellings"]
_EN_LOCAL_AREAS = "|".join(sorted({*_WORDS["english_local_areas"], *_EN_LOCAL_SPELLINGS}, key=len, reverse=True))
_EN_LOCAL_GOVERNMENT = "|".join(sorted(_EN_LOCAL_HEADS, key=len, reverse=True))
_LOCAL_NAME = r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
_LOCAL_AFTER = re.compile(rf"(?:the )?{_LOCAL_NAME} (?P<area>{_EN_LOCAL_AREAS}) (?P<head>{_EN_LOCAL_GOVERNMENT})",
                          re.IGNORECASE)
_LOCAL_BEFORE = re.compile(rf"(?:the )?(?P<head>{_EN_LOCAL_GOVERNMENT}) of (?:the )?{_LOCAL_NAME} "
                           rf"(?P<area>{_EN_LOCAL_AREAS})", re.IGNORECASE)
_PLURAL_POSTS = {"министр", "глава", "руководитель", "minister", "head"}
_EN_POSTS = {"minister", "head", "chairman", "chair", "director"}  # (English posts named with no person)
_EN_PLURAL_BODIES = {"ministries", "authorities", "agencies", "committees", "services", "departments", "bodies", "societies", "ministers",
                     "heads"}


@dataclass(frozen=True)
class Occurrence:
    """An actor named at tokens [first, last]; `nested` when it only qualifies a larger name."""

    key: str
    kind: str
    label: str
    first: int
    last: int
    start: int
    end: int
    sentence: int
    via: str
    nested: bool = False
    is_new: bool = False
    state: str | None = None
    confidence: float = 1.0

    def named_again(self, tokens, i: int, via: str, last: int | None = None) -> "Occurrence":
        """The same body, named again by the token at `i` (a surname, a title, "the ministry", an abbreviation), or by
        the tokens `i`..`last` (a unit of it: "Совет Центра", "UNDRR - Regional Office for Europe")."""
        last = i if last is None else last
        return replace(self, first=i, last=last, start=tokens[i].start, end=tokens[last].end,
                       sentence=tokens[i].sentence, via=via, nested=False)


# Words between a place and a body's generic name that keep the place its qualifier ("the Almaty regional department").
_REGIONAL = {"regional", "city", "oblast", "provincial", "district", "областной", "городской", "районный"}
_THE_REGION = {"область", "район", "регион", "край", "округ"}  # "ДЧС области": of the region named before

class ActorFinder:
    """Finds actors and places in parsed text, given the gazetteer and the generic agency names."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.morph = gazetteer.morph
        spec = load_patterns("agencies")["sectors"]
        self.heads = PhraseSet((sector, phrase) for sector, body in spec.items() for phrase in body["heads"])
        # ("министерство оборона": a sector's ministry by its words, for ministries that share the word "ministries")
        self._sector_heads = {phrase: sector for sector, body in spec.items() for phrase in body["heads"]
                              if phrase.startswith(("министерство ", "ministry of "))}
        self.post_cues = PhraseSet((sector, phrase) for sector, body in spec.items()
                                   for phrase in body.get("post_cues", []))
        self.territory = {w.lower() for w in load_patterns("agencies")["territory_words"]}
        self.land = {w.lower() for w in load_patterns("agencies")["land_words"]}
        self.tours = frozenset(load_patterns("agencies")["tour_words"])
        self._office_words = frozenset(load_patterns("agencies")["office_words"])
        self.ground: list[tuple[int, int]] = []
        self.mandates = load_patterns("agencies").get("mandates", [])
        self.currency = {w.lower() for w in load_patterns("agencies")["currency_words"]}
        # The day the document speaks of (its publication), for bodies that held a mandate only for a time.
        self.on: date | None = None
        # The lemmas of the publisher's name and the body it is ("Главное управление МЧС России по …" → MCHS-RU).
        self.publisher: tuple[list[str], str] | None = None
        self.delegates = PhraseSet.of(load_patterns("agencies")["delegates"])
        groups = load_patterns("agencies")["state_groups"]
        self.state_groups = PhraseSet((" ".join(group["states"]), phrase) for group in groups for phrase in group["phrases"])
        self.both_states = PhraseSet.of(load_patterns("agencies")["both_states"])
        self.english_ministries = load_patterns("agencies")["english_ministries"]
        self.both_agencies = PhraseSet([*(("", p) for p in load_patterns("agencies")["both_agencies"]),
                                        *((sector, p) for sector, phrases in
                                          load_patterns("agencies")["both_sector_people"].items() for p in phrases)])
        self._bodies_of_each_words = PhraseSet([(sector, phrase) for sector, phrases
                                                in load_patterns("agencies")["bodies_of_each"].items()
                                                for phrase in phrases])
        self._count_words = load_patterns("agencies")["count_words"]
        # (the states with an emergency agency in the reference, for a bare "КЧС": `_committee_state`)
        self._emergency_states = sorted({e.jurisdiction for e in gazetteer.entries.values()
                                         if e.kind == "Agency" and "emergency" in e.sectors and e.jurisdiction})
        self.business = tuple(load_patterns("agencies")["business_words"])
        # the state of each local government word ("акимат" is Kazakhstan's, "хокимият" Uzbekistan's)
        self.local_states = {word.lower(): state
                             for word, state in load_patterns("agencies")["local_government_states"].items()}
        self.groups_again = PhraseSet((" ".join(group["states"]), phrase) for group in groups
                                      for phrase in group.get("again", []))
        self.rescuers = PhraseSet.of(load_patterns("agencies")["rescuers"])
        self.reporting = PhraseSet.of(load_patterns("agencies")["reporting_cues"])
        self.reporting_after = frozenset(load_patterns("agencies")["reporting_after"])
        self.organisation_nouns = frozenset(load_patterns("agencies")["organisation_nouns"])
        self.member_words = frozenset(load_patterns("agencies")["member_words"])
        self.landforms = set(load_patterns("places")["landforms"])
        self.names_a_document = PhraseSet.of(load_patterns("places")["names_a_document"])
        compound = load_patterns("agencies")["compound_names"]
        self.compound = re.compile(r"^(" + "|".join(sorted(compound["prefixes"], key=len, reverse=True)) + r")(?:"
                                   + "|".join(compound["endings"]) + r")\w*$", re.IGNORECASE)
        self.compound_states = {k.lower(): v for k, v in compound["prefixes"].items()}
        self._latin_surname = re.compile(r"[A-Z][a-z]+(?:" + "|".join(load_patterns("names")["latin_surname_endings"])
                                         + r")$")
        self.ranks = {r.lower() for r in load_patterns("posts")["rank_words"]}  # "Комитета генерал-лейтенант ..." 
        self._creation_words = frozenset(load_patterns("agencies")["creation_words"])
        self._before_created = frozenset(load_patterns("agencies")["before_created"])

    def find(self, parsed: Parsed, country: str | None) -> tuple[list[Occurrence], list[Match]]:
        """Actor occurrences and place matches of a document; `country` resolves bare generic names."""
        tokens = parsed.tokens
        self.ground = []  # the spans of states named as ground or a nationality (char offsets)
        matches = self.gazetteer.match(parsed)
        # "the Fergana Valley", "в Ферганской долине", "Иссык-Кульской котловины": a landform, not the town; "the Sendai
        # Framework", "Сендайской рамочной программы": a document named after a city
        places = [m for m in matches if m.entry.kind == "Place" and not (
            m.last + 1 < len(tokens) and (tokens[m.last + 1].lemma in self.landforms
                                          or self.names_a_document.match_at(tokens, m.last + 1) is not None))]
        actors = [m for m in matches if m.entry.kind != "Place"]
        taken = {i for m in actors for i in range(m.first, m.last + 1)}
        occurrences: list[Occurrence] = []
        place_ends = {m.last for m in places}
        place_starts = {m.first for m in places}

        ground_end: int | None = None  # the last token of the state just read as ground
        for m in actors:
            nested = False
            if m.entry.kind == "State":
                before = m.first - 1
                while before >= 0 and tokens[before].text in {",", "("}:
                    before -= 1
                # "в г. Чолпон-Ата Кыргызской Республики": the state only locates the city. (Kazakh names the state
                # before the place: "Теренкөл ауданында Қазақстан Республикасы Төтенше жағдайлар министрлігі …")
                # ("In Moscow, Russian Emergencies Minister …": an adjective after the comma begins a phrase of its own)
                # (not a state the town is not in: "в Урумчи Кыргызстан, Казахстан … подписали меморандум")
                if before in place_ends and parsed.lang != "kk" and not (m.form == "adjective" and before < m.first - 1) \
                        and all(p.entry.country in (None, m.entry.key) for p in places if p.last == before):
                    continue
                # "в кыргызском Чолпон-Ате", "in the Kazakh city of Almaty": the state's adjective only locates a town
                if m.form == "adjective" and (m.last + 1 in place_starts or (
                        m.last + 3 in place_starts and tokens[m.last + 1].norm in ("city", "town", "capital")
                        and tokens[m.last + 2].norm == "of")):
                    self.ground.append((m.start, m.end))
                    continue
                # "млн долларов США", "5.5 million U.S. dollars": money, not an actor.
                if (m.first > 0 and tokens[m.first - 1].text.lower() in self.currency) or (
                        m.last + 1 < len(tokens) and tokens[m.last + 1].text.lower() in self.currency):
                    continue
                # "на территории Российской Федерации", "on the territory of Kazakhstan": ground, not an actor;
                # and so is the next state of a list ("citizens of Russia and Uzbekistan").
                # (Kazakh puts the word after: "Ресей Федерациясының азаматтары")
                if m.form != "adjective" and (any(tokens[k].text.lower() in self.territory
                                                  for k in range(max(0, m.first - 3), m.first)
                                                  if k == m.first - 1 or tokens[m.first - 1].text.lower() in _LINKS)
                                              or (parsed.lang == "kk" and m.last + 1 < len(tokens)
                                                  and tokens[m.last + 1].text.lower() in self.territory)
                                              or (ground_end is not None and m.first - ground_end <= 2 and all(
                                                  tokens[k].text.lower() in _AND
                                                  for k in range(ground_end + 1, m.first)))):
                    ground_end = m.last
                    self.ground.append((m.start, m.end))  # (no new body either: "citizens of the Russian Federation")
                    continue
                # "a study tour to Germany", "учебная поездка в Германию": where a tour went, not who took part
                if m.form != "adjective" and m.first >= 2 and tokens[m.first - 1].norm in ("to", "в", "во") \
                        and (tokens[m.first - 2].lemma in self.tours or tokens[m.first - 2].norm in self.tours):
                    self.ground.append((m.start, m.end))
                    continue
                if m.form == "adjective" and m.last + 1 < len(tokens) and tokens[m.last + 1].text.lower() in self.land:
                    self.ground.append((m.start, m.end))  # "on Tajik territory": where, not who
                    continue
                if before >= 0 and tokens[before].text.lower() in _LOCATIVE and m.form != "adjective" \
                        and self._locative(tokens[m.first].text, parsed.lang):
                    nested = True
            occurrences.append(Occurrence(
                key=m.entry.key, kind=m.entry.kind, label=m.entry.label(), first=m.first, last=m.last,
                start=m.start, end=m.end, sentence=tokens[m.first].sentence, via=m.form, nested=nested,
            ))
            if (m.entry.kind == "Agency" or m.entry.jurisdiction) and m.last > m.first:
                # "Министерство чрезвычайных ситуаций Кыргызской Республики" names Kyrgyzstan too, and so does "Red
                # Crescent Society of Kazakhstan", a national society.
                for inner in self.gazetteer.match(parsed, m.first, m.last + 1, kinds={"State"}):
                    occurrences.append(Occurrence(
                        key=inner.entry.key, kind="State", label=inner.entry.label(), first=inner.first,
                        last=inner.last, start=inner.start, end=inner.end, sentence=tokens[inner.first].sentence,
                        via="inside", nested=True))

        heads = self.heads.find(tokens)
        for again in self._defined_abbreviations(tokens, occurrences, taken, {
                i for head in heads for i in range(head.first, head.last + 1)}):
            occurrences.append(again)
            taken.add(again.first)

        for head in heads:
            noun = next((tokens[i].text for i in range(head.first, head.last + 1)
                         if any("NOUN" in p.tag for p in self.morph.parse(tokens[i].norm))), tokens[head.first].text) \
                if parsed.lang == "ru" else next((tokens[i].text for i in range(head.first, head.last + 1)
                                                  if tokens[i].norm in _EN_PLURAL_BODIES), tokens[head.first].text)
            if self._plural(noun) or (self._maybe_plural(noun) and self._states_joined(tokens, head.last + 1,
                                                                                         occurrences)):
                # "чрезвычайных ведомств России и Узбекистана", "Министерства по ЧС Азербайджана и Казахстана
                # подписали": the body of that sector of each state named.
                occurrences += self._each_state(parsed, head, occurrences)
                continue
            if any(i in taken for i in range(head.first, head.last + 1)):
                continue
            occurrence = self._resolve_generic(parsed, head.label, head.first, head.last, occurrences, country,
                                               places)
            if occurrence is not None:
                occurrences.append(occurrence)
        for cue in self.post_cues.find(tokens):
            # "министры по чрезвычайным ситуациям Азербайджана и Узбекистана": the bodies of both ministers
            before = tokens[cue.first - 1] if cue.first > 0 else None
            if before is not None and before.norm in ("of", "for") and cue.first >= 2:
                before = tokens[cue.first - 2]  # ("the ministers of emergency situations of Kazakhstan and Kyrgyzstan")
            if before is not None and before.lemma in _PLURAL_POSTS and self._plural(before.text):
                occurrences += self._each_state(parsed, cue, occurrences)
                continue
            occurrence = self._post_of_state(tokens, cue, occurrences)
            if occurrence is not None:
                occurrences.append(occurrence)
        occurrences += self._same_body_of_each(parsed, occurrences)
        occurrences += self._bodies_of_each(parsed, occurrences)
        occurrences += self._ministries_of_a_state(parsed, occurrences)
        occurrences += self._counted_bodies(parsed, occurrences)
        occurrences += self._the_organisation_again(parsed, occurrences)
        occurrences = mark_nested(occurrences)
        # "Tajikistan's Committee of Emergency Situations and Civil Defense": the state only says whose body it is.
        bodies_at = {o.first: o for o in occurrences if o.kind == "Agency"}
        for n, o in enumerate(occurrences):
            k = o.last + 1
            while k < len(tokens) and tokens[k].text in ("'", "’", "s", "'s", "’s") and k - o.last <= 2:
                k += 1
            if o.kind == "State" and k > o.last + 1 and k in bodies_at \
                    and self.gazetteer.state_of(bodies_at[k].key) == o.key:
                occurrences[n] = replace(o, nested=True)
        occurrences.sort(key=lambda o: (o.start, -o.end))
        return occurrences, places

    def _bodies_of_each(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"the emergency ministries of Armenia, Belarus, Kazakhstan and Uzbekistan": a plural body word of a sector
        (agencies.yaml bodies_of_each) before a list of states names that body of each of them."""
        tokens = parsed.tokens
        states = {o.first: o for o in occurrences if o.kind == "State"}
        out = []
        for m in self._bodies_of_each_words.find(tokens, 0, len(tokens)):
            j = m.last + 1
            if j < len(tokens) and tokens[j].norm == "of":
                j += 1
            elif not any(self._plural(tokens[k].text) for k in range(m.first, m.last + 1)) \
                    or not any("а" <= c <= "я" for c in tokens[m.last].norm):
                # Russian names whose bodies in the genitive, with no word between ("чрезвычайных ведомств
                # Казахстана и Кыргызстана", "национальных обществ Красного Полумесяца Казахстана, Кыргызстана …");
                # the body word is then plural.
                continue
            # ("руководители чрезвычайных служб всех пяти государств региона — Казахстана, Кыргызстана …": the list
            # after a dash, past a phrase that counts the states)
            counted = _STATES_COUNTED.match(" ".join(t.norm for t in tokens[j:j + 6]))
            if counted is not None:
                j += len(counted.group(0).split())
            listed = []
            while j < len(tokens) and tokens[j].sentence == tokens[m.first].sentence:
                if tokens[j].norm == "the" and j + 1 in states:
                    j += 1
                if j not in states:
                    break
                listed.append(states[j])
                j = states[j].last + 1
                if j < len(tokens) and tokens[j].norm in (",", "and", "и"):
                    j += 1
                    continue
                break
            if len(listed) >= 2:
                out += self._bodies_of_states(m.label, listed, occurrences, parsed.lang)
        if parsed.lang == "kk":
            out += self._kazakh_bodies_of_each(tokens, occurrences)
        return out

    def _kazakh_bodies_of_each(self, tokens, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"Қазақстан мен Ресей төтенше жағдайлар министрліктерінің": Kazakh names the states first, and the body of the
        last one read in the plural ("министрліктер") is that body of each of them."""
        ends = {o.last: o for o in occurrences if o.kind == "State"}
        out = []
        for body in [o for o in occurrences if o.kind == "Agency" and not o.is_new]:
            entry = self.gazetteer.get(body.key)
            plural = any(re.search(r"(?:лер|лар|тер|тар|дер|дар)(?:і|ы|інің|ының|іне|ына|ін|ын|імен|ымен)?$", tokens[k].norm)
                         for k in range(body.first, body.last + 1) if tokens[k].norm.startswith(("министрлік", "комитет")))
            k = body.first - 1
            if entry is None or not plural or k < 1 or tokens[k].norm not in ("мен", "бен", "пен", "және") \
                    or k - 1 not in ends:
                continue
            for sector in entry.sectors:
                made = self._bodies_of_states(sector, [ends[k - 1]], occurrences)
                if made:
                    out += made
                    break
        return out

    def _counted_bodies(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"the four national societies" after the Red Crescent societies of four states were named: a count before a
        plural body word of a sector (agencies.yaml bodies_of_each, count_words) names the bodies of that sector read
        before, where exactly that many were."""
        tokens = parsed.tokens
        out = []
        for m in self._bodies_of_each_words.find(tokens, 0, len(tokens)):
            count = self._count_words.get(tokens[m.first - 1].norm) if m.first else None
            if count is None and m.first:
                count = next((self._count_words[lemma] for lemma in tokens[m.first - 1].lemmas
                              if lemma in self._count_words), None)
            if count is None or not self._plural(tokens[m.last].text):
                continue
            before = {}
            for o in occurrences:
                entry = self.gazetteer.get(o.key) if not o.is_new else None
                if o.end <= tokens[m.first].start and entry is not None and m.label in entry.sectors:
                    before.setdefault(o.key, o)
            if len(before) != count:
                continue
            first, last = tokens[m.first - 1], tokens[m.last]
            out += [Occurrence(key, o.kind, o.label, m.first - 1, m.last, first.start, last.end, first.sentence,
                               "generic", confidence=0.8) for key, o in before.items()]
        return out

    def _ministries_of_a_state(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"министерств внутренних дел и обороны Туркменистана", "the ministries of internal affairs and defence of
        Turkmenistan": ministries that share the word "ministries", each of its sector, of the state named after
        them (a ministry the reference does not know for that state is a new body of it)."""
        tokens = parsed.tokens
        shared = [k for k, token in enumerate(tokens) if token.norm in ("министерств", "ministries")]
        if not shared:
            return []
        states = {o.first: o for o in occurrences if o.kind == "State"}
        taken = {k for o in occurrences if o.kind != "State" for k in range(o.first, o.last + 1)}
        out = []
        for k in shared:
            token = tokens[k]
            if k in taken:
                continue
            english = token.norm == "ministries"
            ministry = "ministry of" if english else "министерство"
            j = k + 1 + (english and k + 1 < len(tokens) and tokens[k + 1].norm == "of")
            parts, part = [], []
            while j < len(tokens) and tokens[j].sentence == token.sentence and j not in states and j - k <= 16:
                if tokens[j].norm in (",", "и", "and"):
                    parts.append(part)
                    part = []
                elif tokens[j].is_word:
                    part.append(tokens[j])
                else:
                    break
                j += 1
            parts.append(part)
            if english and parts[-1] and parts[-1][-1].norm == "of":
                parts[-1] = parts[-1][:-1]
            # (the ministries are the parts that name a sector's ministry, from the first; "… и Государственной
            # миграционной службы Туркменистана" after them is a body of its own)
            named = []
            for words in parts:
                sector = self._sector_heads.get(f"{ministry} {' '.join(w.norm if english else w.lemma for w in words)}")
                if sector is None or not words:
                    break
                named.append((sector, words))
            if j not in states or len(named) < 2:
                continue
            state = states[j]
            for sector, words in named:
                resolved = self.resolve_sector(sector, state.key)
                if resolved is not None:
                    key, kind, label = resolved
                    out.append(Occurrence(key, kind, label, k, k, token.start, token.end, token.sentence,
                                          "generic", confidence=0.8))
                    continue
                label = ("Ministry of " if english else "Министерство ") + parsed.text[words[0].start:words[-1].end]
                out.append(Occurrence("new:" + slugify(label), "Agency", label, k, k, token.start, token.end,
                                      token.sentence, "generic", is_new=True, state=state.key, confidence=0.6))
        return out

    def _bodies_of_states(self, sector: str, states: list[Occurrence], occurrences: list[Occurrence],
                          lang: str | None = None) -> list[Occurrence]:
        """The body of `sector` of each state listed, read where the state is named; the state then only says whose
        body it is (marked nested in `occurrences`)."""
        out = []
        named = load_patterns("agencies")["every_state_has"].get(sector, {})
        for state in states:
            resolved = self.resolve_sector(sector, state.key)
            if resolved is not None:
                key, kind, label = resolved
                out.append(Occurrence(key, kind, label, state.first, state.last, state.start, state.end,
                                      state.sentence, "generic", confidence=0.8))
                occurrences[occurrences.index(state)] = replace(state, nested=True)
            elif (label := named.get(lang)) is not None:
                # (a body every state has, of a state the reference knows none of: a new body of that state)
                out.append(Occurrence(f"new:{sector}.{state.key.lower()}", "Agency", label, state.first, state.last,
                                      state.start, state.end, state.sentence, "generic", is_new=True,
                                      state=state.key, confidence=0.7))
                occurrences[occurrences.index(state)] = replace(state, nested=True)
        return out

    def _same_body_of_each(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"МЧС Армении, Беларуси, Казахстана и Узбекистана": a state's body named with its state, then more states
        in a list right after it: the body of that kind of each of them."""
        tokens = parsed.tokens
        states = {o.first: o for o in occurrences if o.kind == "State"}
        out = []
        for body in [o for o in occurrences if o.kind == "Agency" and not o.is_new and o.last > o.first]:
            entry = self.gazetteer.get(body.key)
            named_with_state = any(o.kind == "State" and o.last == body.last and o.first > body.first
                                   for o in occurrences)
            if entry is None or not named_with_state or not entry.sectors:
                continue
            listed, j = [], body.last + 1
            while j + 1 < len(tokens) and tokens[j].norm in (",", "и", "and") and j + 1 in states \
                    and tokens[j + 1].sentence == body.sentence:
                listed.append(states[j + 1])
                j = states[j + 1].last + 1
            if not any(tokens[k].norm in ("и", "and") for k in range(body.last + 1, j)) and not (
                    parsed.lang == "ru" and len(listed) >= 2 and all(
                        any("gent" in p.tag for p in self.morph.parse(tokens[state.first].text)) for state in listed)):
                # (a list closes with "и": "МЧС Армении, Беларуси и России"; or runs on in the genitive over three
                # states or more: "представители МЧС Беларуси, Казахстана, Кыргызстана, России, а также …")
                continue
            out += self._bodies_of_states(min(entry.sectors), listed, occurrences)
        return out

    def _each_state(self, parsed: Parsed, head, occurrences: list[Occurrence]) -> list[Occurrence]:
        tokens = parsed.tokens
        states = {o.first: o for o in occurrences if o.kind == "State"}
        out, j, named = [], head.last + 1, 0
        # "обществами Красного Полумесяца Узбекистана и Казахстана": the first state may sit inside a known name
        inside = next((o for o in occurrences if o.kind != "State" and o.first <= head.last < o.last
                       and self.gazetteer.state_of(o.key)), None)
        if inside is not None:
            j, named = inside.last + 1, 1
        while j < len(tokens) and tokens[j].sentence == tokens[head.first].sentence:
            if j in states:
                state = states[j]
                resolved = self.resolve_sector(head.label, state.key)
                if resolved is None:
                    return []
                key, kind, label = resolved
                out.append(Occurrence(key, kind, label, state.first, state.last, state.start, state.end,
                                      state.sentence, "generic", confidence=0.8))
                j = state.last + 1
            elif tokens[j].norm in _LINKS or tokens[j].norm in (",", "и", "and") or (not out and tokens[j].norm == "the"):
                j += 1
            else:
                break
        # Two states: the two bodies of a bilateral text. A longer list names the states themselves as taking part
        # ("руководители чрезвычайных ведомств Азербайджана, Армении, Казахстана ...").
        return out if len(out) + named == 2 else []

    def groups(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"министры по ЧС Китая и пяти стран Центральной Азии": each state of a group counted in full."""
        tokens = parsed.tokens
        out = []
        counted = self.state_groups.find(tokens)
        in_full = {(m.first, m.last) for m in counted}
        for m in self.groups_again.find(tokens):
            # "Китай и пять центральноазиатских государств … На министерской встрече Китая и стран Центральной Азии":
            # the group named again, once counted in full
            if any(c.label == m.label for c in counted) and not any(c.first <= m.first <= c.last for c in counted):
                counted.append(m)
        for m in self.both_states.find(tokens):
            # "в работе которого участвовали делегации обеих стран": the two states named before
            named = dict.fromkeys(o.key for o in occurrences if o.kind == "State" and o.first < m.first
                                  and o.via not in ("group", "ground"))
            if len(named) == 2:
                counted.append(replace(m, label=" ".join(named)))
        for m in self.both_agencies.find(tokens):
            # "40 rescuers of the two agencies attended a seminar": the two emergency bodies named before
            # ("гидрометеорологи двух стран": the two bodies of the sector the people work in)
            sector = m.label or "emergency"
            named = {o.key: o for o in occurrences if o.kind == "Agency" and o.first < m.first and not o.is_new
                     and (e := self.gazetteer.get(o.key)) is not None and sector in e.sectors}
            if len(named) == 2:
                out += [o.named_again(tokens, m.first, "group", m.last) for o in named.values()]
        bodies_words = {m.last: m for m in self._bodies_of_each_words.find(tokens, 0, len(tokens))}
        for m in counted:
            group = []
            for key in m.label.split():
                entry = self.gazetteer.get(key)
                if entry is not None:
                    group.append(Occurrence(key, entry.kind, entry.label(), m.first, m.last, tokens[m.first].start,
                                            tokens[m.last].end, tokens[m.first].sentence, "group"))
            # "Red Crescent Societies from all five Central Asian countries", "национальные общества пяти стран
            # региона": the body of that sector of each state of the group
            k = m.first - 1
            while k > 0 and tokens[k].norm in ("all", "the", "всех", "from", "of", "из"):
                k -= 1
            # (the group counted in full there: not "форум глав чрезвычайных ведомств стран Центральной Азии", a
            # forum's name)
            words = bodies_words.get(k) if (m.first, m.last) in in_full else None
            if words is not None and k < m.first - 1 or words is not None and self._plural(tokens[k].text):
                states = [o for o in group if o.kind == "State"]
                out += group + self._bodies_of_states(words.label, states, group)
                continue
            out += group
        return out

    def _plural(self, word: str) -> bool:
        # "глав чрезвычайных ведомств" names several bodies, not one.
        if not any("а" <= c <= "я" for c in word.lower()):
            return word.lower() in _EN_PLURAL_BODIES
        parses = self.morph.parse(word.lower())
        return all("plur" in p.tag for p in parses if "NOUN" in p.tag) and any("NOUN" in p.tag for p in parses)

    def _maybe_plural(self, word: str) -> bool:
        """"Министерства": a plural nominative as likely as a singular genitive."""
        return any("NOUN" in p.tag and "plur" in p.tag and "nomn" in p.tag for p in self.morph.parse(word.lower()))

    @staticmethod
    def _states_joined(tokens, after: int, occurrences: list[Occurrence]) -> bool:
        """Two states named together right after a body's name ("… Азербайджана и Казахстана")."""
        states = sorted((o for o in occurrences if o.kind == "State" and after <= o.first <= after + 6),
                        key=lambda o: o.first)
        return len(states) >= 2 and all(t.norm in ("и", "and", ",") for t in tokens[states[0].last + 1:states[1].first])

    def _locative(self, word: str, lang: str) -> bool:
        # "в Казахстане" places an event; "в Казахстан" (where aid is sent) names a party.
        if lang != "ru":
            return lang == "en"
        parses = self.morph.parse(word.lower())
        return any("loct" in p.tag for p in parses) and not any("accs" in p.tag for p in parses)

    def compound_bodies(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"Узгидромета", "Uzhydromet": a one-word national service the reference does not know, of the state its
        name begins with. "UN-SPIDER": a programme of an organisation, named by the organisation's abbreviation and
        one of its own."""
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
        out = []
        for i, token in enumerate(parsed.tokens):
            owner, _, own = token.text.partition("-")
            body = self.gazetteer.abbreviation_of(owner) if own_abbreviation(own) else None
            if i not in covered and body is not None and body.kind == "InternationalOrganization":
                out.append(Occurrence("new:" + slugify(token.text), body.kind, token.text, i, i, token.start,
                                      token.end, token.sentence, "pattern", is_new=True, confidence=0.6))
                continue
            match = self.compound.match(token.text)
            if i in covered or match is None or not token.is_capitalized:
                continue
            word = token.text
            if parsed.lang == "ru":
                parse = self.morph.parse(word.lower())[0]
                if "NOUN" in parse.tag:
                    word = parse.normal_form.capitalize()
                    word = word if "ё" in token.text.lower() else word.replace("ё", "е")
            out.append(Occurrence("new:" + slugify(word), "Agency", word, i, i, token.start, token.end, token.sentence,
                                  "pattern", is_new=True, state=self.compound_states[match.group(1).lower()],
                                  confidence=0.6))
        return out

    def _reports_after(self, tokens, o: Occurrence) -> bool:
        """"…, the Ministry of Foreign Affairs of Uzbekistan reports.": a verb of telling right after the body ends
        its sentence."""
        k = o.last + 1
        return k < len(tokens) and tokens[k].norm in self.reporting_after \
            and (k + 1 == len(tokens) or tokens[k + 1].sentence != tokens[k].sentence or not tokens[k + 1].is_word)

    def delegations(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"the Kazakh minister", "казахстанская делегация": a state's adjective before one who acts for a body
        names the body of that state the text speaks of (the only one it names, or its emergency body)."""
        tokens = parsed.tokens
        bodies: dict[str, set[str]] = {}
        for o in occurrences:
            # (not the body the news is quoted from: "в ней, по информации МИД Узбекистана, участвовала узбекская
            # делегация" names the state's delegation, not the foreign ministry's)
            if o.kind == "Agency" and not o.is_new and (state := self.gazetteer.state_of(o.key)) \
                    and not self.reporting.any_in(tokens, max(0, o.first - 3), o.first) \
                    and not self._reports_after(tokens, o):
                bodies.setdefault(state, set()).add(o.key)
        # ("Делегация Центра гидрометеорологической службы … Узбекистан (Узгидромет) … узбекская делегация": the body
        # whose delegation the text told of first)
        led: dict[str, Occurrence] = {}
        for o in occurrences:
            if o.kind == "Agency" and not o.is_new and o.first > 0 and (state := self.gazetteer.state_of(o.key)) \
                    and tokens[o.first - 1].lemma == "делегация":
                led.setdefault(state, o)
        out = []
        listed_end: int | None = None  # the last token of the state just read after a delegate word
        # ("the Kyrgyz and Tajik teams": the adjectives listed before the delegate word)
        adjectives = {o.first: o for o in occurrences if o.kind == "State" and o.via == "adjective"}
        delegated: set[int] = set()
        for o in sorted(adjectives.values(), key=lambda o: -o.first):
            if self.delegates.any_in(tokens, o.last + 1, min(len(tokens), o.last + 3)) or (
                    o.last + 2 in delegated and tokens[o.last + 1].norm in ("и", "and", ",")):
                delegated.add(o.first)
        for o in occurrences:
            # "the Kazakh rescuers", and "Спасатели Казахстана и России", "rescuers of (from) Kazakhstan"
            before = o.kind == "State" and o.via == "adjective" and o.first in delegated
            after = o.kind == "State" and o.via != "adjective" and (
                self.rescuers.any_in(tokens, max(0, o.first - 1), o.first)
                # ("Rescuers from Uzbekistan and Tajikistan held a joint exercise", "спасатели из Казахстана")
                or (o.first >= 2 and tokens[o.first - 1].norm in ("of", "from", "из")
                    and self.rescuers.any_in(tokens, o.first - 2, o.first - 1))
                or (listed_end is not None and 0 < o.first - listed_end <= 2
                    and all(t.norm in ("и", "and", ",") for t in tokens[listed_end + 1:o.first])))
            if after:
                listed_end = o.last
            if not (before or after) or o.key not in bodies:
                out.append(o)
                continue
            named = bodies[o.key]
            emergency = self.resolve_sector("emergency", o.key)
            key = next(iter(named)) if len(named) == 1 else led[o.key].key if before and tokens[o.last + 1].lemma \
                == "делегация" and o.key in led and o.first > led[o.key].first else (
                emergency[0] if emergency and emergency[0] in named else None)
            entry = self.gazetteer.get(key) if key else None
            if entry is not None and after:
                out.append(replace(o, nested=True))  # the state named stays an actor of the text
            out.append(o if entry is None else replace(o, key=key, kind=entry.kind, label=entry.label(),
                                                       via="delegate", confidence=0.8))
        return out

    def _the_organisation_again(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """"учения подразделений государств – членов организации" after the SCO was named: the organisation named
        last, by its common noun after a word of membership."""
        tokens = parsed.tokens
        taken = {i for o in occurrences for i in range(o.first, o.last + 1)}
        found = []
        for i, token in enumerate(tokens):
            # (in small letters: "Организации" is the name's own word, whose sentence tells of the name)
            if token.lemma not in self.organisation_nouns or i in taken or not token.text.islower() or not any(
                    tokens[k].lemma in self.member_words or tokens[k].norm in self.member_words
                    for k in range(max(0, i - 3), i) if tokens[k].sentence == token.sentence):
                continue
            named = next((o for o in reversed(occurrences) if o.last < i and o.kind == "InternationalOrganization"
                          and not o.nested), None)
            if named is not None and (entry := self.gazetteer.get(named.key)) is not None and not entry.jurisdiction:
                found.append(named.named_again(tokens, i, "generic"))
        return found

    def _post_of_state(self, tokens, cue, occurrences: list[Occurrence]) -> Occurrence | None:
        """"Kazakhstan's Minister for Emergency Situations paid a visit", "the Minister for Emergency Situations of
        Kyrgyzstan": a post of a sector and the state it is of, named without a person, stand for that state's body of
        the sector."""
        head = next((k for k in range(cue.first - 1, max(-1, cue.first - 4), -1)
                     if tokens[k].norm in _EN_POSTS), None)
        if head is None or tokens[head].sentence != tokens[cue.first].sentence:
            return None
        state = None
        k = head - 1
        while k >= 0 and tokens[k].norm in ("deputy", "first", "vice", "acting"):
            k -= 1
        if k >= 2 and tokens[k].text == "s" and tokens[k - 1].text in ("'", "’"):
            state = next((o for o in occurrences if o.kind == "State" and o.last == k - 2), None)
        if state is None:
            at = cue.last + 1
            if at < len(tokens) and tokens[at].norm == "of":
                at += 1 + (at + 1 < len(tokens) and tokens[at + 1].norm == "the")
            state = next((o for o in occurrences if o.kind == "State" and o.first == at), None)
        if state is None:
            return None
        resolved = self.resolve_sector(cue.label, state.key)
        if resolved is None or resolved[1] == "State":
            return None
        key, kind, label = resolved
        lo, hi = min(state.first, head), max(state.last, cue.last)
        if any(o.key == key and o.first <= hi and lo <= o.last for o in occurrences):
            return None
        named = hi + 2 if hi + 2 < len(tokens) and tokens[hi + 1].text == "," else hi + 1
        if named < len(tokens) and tokens[named].is_word and tokens[named].is_capitalized:
            return None  # "… Minister of Emergency Situations Boobek Azhikeev": the person's post, read with him
        if lo >= 2 and tokens[lo - 1].text == "," and tokens[lo - 2].is_capitalized and tokens[lo - 2].is_word:
            return None  # "Boobek Azhikeev, Minister of Emergency Situations of the Kyrgyz Republic"
        return Occurrence(key, kind, label, lo, hi, tokens[lo].start, tokens[hi].end, tokens[head].sentence, "post",
                          confidence=0.8)

    @staticmethod
    def _opening_state(parsed: Parsed, first: int, occurrences: list[Occurrence]) -> str | None:
        """The state a sentence opens on, with "in"/"в" ("In Turkmenistan, …") or "со стороны", before the word at
        `first`."""
        tokens = parsed.tokens
        lo = parsed.bounds[tokens[first].sentence][0]
        opening = next((len(words) for words in _STATE_OPENINGS
                        if [t.norm for t in tokens[lo:lo + len(words)]] == words), None)
        if opening is None:
            return None
        return next((o.key for o in occurrences if o.kind == "State" and o.first == lo + opening and o.last < first
                     and o.via != "adjective"), None)

    def resolve_sector(self, sector: str, state: str | None) -> tuple[str, str, str] | None:
        """(key, kind, label) of the body of `sector` in `state`; a government stands for its state."""
        if state is None:
            return None
        if sector == "government":
            entry = self.gazetteer.get(state)
            return (state, "State", entry.label()) if entry else None
        held = next((m["key"] for m in self.mandates if m["sector"] == sector and m["state"] == state
                     and self.on is not None and m["from"] <= self.on <= m["until"]), None)
        agency = self.gazetteer.get(held) if held else self.gazetteer.agency_of(state, sector)
        if agency is not None:
            return agency.key, agency.kind, agency.label()
        return None

    def _committee_state(self, country: str | None) -> str | None:
        """`country` if its emergency body is a committee at the time, else the one state whose body is."""
        def committee(state: str) -> bool:
            resolved = self.resolve_sector("emergency", state)
            return resolved is not None and any(w in resolved[2].lower() for w in ("комитет", "committee"))
        if country is not None and committee(country):
            return country
        found = [state for state in self._emergency_states if committee(state)]
        return found[0] if len(found) == 1 else country

    def _resolve_generic(self, parsed: Parsed, sector: str, first: int, last: int,
                         occurrences: list[Occurrence], country: str | None, places=()) -> Occurrence | None:
        tokens = parsed.tokens
        gap = last + 1
        # (within the sentence: "Афганистан: соглашение времен МВД" then "С Афганистаном …" below it)
        while gap < len(tokens) and gap - last <= 5 and tokens[gap].sentence == tokens[last].sentence:
            if tokens[gap].text.lower() in _LINKS:
                gap += 1
            elif tokens[gap].text == "(" and gap + 2 < len(tokens) and tokens[gap + 2].text == ")":
                gap += 3  # "Authority (NDMA) of Pakistan"
            else:
                break
        after = next((o for o in occurrences if o.first in (last + 1, gap) and o.kind == "State"
                      and o.sentence == tokens[last].sentence), None)
        # "казахстанское МЧС", "Kazakhstan's emergency ministry", "Қазақстан ... министрлігі"
        back = first - 1
        while back >= 0 and tokens[back].text in ("'", "’", "s") and first - back <= 2:
            back -= 1
        before = next((o for o in occurrences if o.last == back and o.kind == "State"
                       and (o.via == "adjective" or parsed.lang in ("en", "kk"))), None)
        # (Kazakh names the owner before, in the genitive: "Армения Республикасының Төтенше жағдайлар министрлігі
        # Ресеймен бірлесіп" is Armenia's ministry, with Russia)
        qualifier = before or after if parsed.lang == "kk" else after or before
        # "Департамент по ЧС Туркестанской области": the region names the state.
        region = next((m for m in places if m.first in (last + 1, gap) and m.entry.country
                       and tokens[m.first].sentence == tokens[last].sentence), None) or next(
            (m for m in places if m.entry.country and (m.last == first - 1 or (
                m.last == first - 2 and tokens[first - 1].norm in _REGIONAL))), None)  # "the Almaty regional department"
        if qualifier is None and region is None and last + 1 < len(tokens) \
                and tokens[last + 1].lemma in _THE_REGION and not tokens[last + 1].is_capitalized:
            # "начальник ДЧС области": the department of the region named before ("Департамент по ЧС
            # Северо-Казахстанской области"), of that state, not of the document's
            told = [o for o in occurrences if o.via == "generic" and o.last < first and o.kind == "Agency"
                    and (e := self.gazetteer.get(o.key)) is not None and sector in e.sectors]
            if told:
                country = self.gazetteer.state_of(told[-1].key) or country
        if qualifier is None and region is None and parsed.lang == "en" and first == last \
                and tokens[last].norm.endswith("s") and tokens[last].lemma != tokens[last].norm:
            return None  # "the governments of the SCO member states": many bodies, not the document's own
        if qualifier is None and region is None:
            # "In Turkmenistan, civil defence falls within the remit of the Ministry of Defence", "В Туркменистане …
            # относятся к ведению Министерства обороны": the state the sentence opens on
            country = self._opening_state(parsed, first, occurrences) or country
        if sector == "government" and qualifier is None and parsed.lang == "ru":
            # "правительства Курганской области", "правительства автономного района Внутренняя Монголия"
            unit = last + 1
            while unit < len(tokens) and unit - last <= 2 and not tokens[unit].is_capitalized \
                    and (tokens[unit].lemma in _TERRITORY_UNITS or self._adjective(tokens[unit].norm)):
                unit += 1
            own = region if region is not None and region.first > last else next(
                (m for m in places if m.first == unit and m.entry.country and unit > last + 1), None)
            if own is not None:
                return self._regional_government(parsed, first, own)
        if qualifier is None and region is None and sector == "emergency" and first == last \
                and tokens[first].norm in _COMMITTEE_ABBREVIATIONS:
            # a bare "КЧС" in a text of no committee's state: the one state whose emergency body is a committee at
            # the time (Tajikistan's since 2020, when Kazakhstan's committee became a ministry)
            country = self._committee_state(country)
        if qualifier is None and region is None and sector == "red-crescent" and first == last - 1:
            # "… письмо от Общества Красного Полумесяца Таджикистана … передало через Красный Полумесяц": the one
            # society the text has named, named again by the movement's name
            told = {o.key: o for o in occurrences if o.last < first and not o.is_new
                    and (e := self.gazetteer.get(o.key)) is not None and sector in e.sectors}
            if len(told) == 1:
                o = next(iter(told.values()))
                return Occurrence(o.key, o.kind, o.label, first, last, tokens[first].start, tokens[last].end,
                                  tokens[first].sentence, "generic", confidence=0.75)
        state = qualifier.key if qualifier else (region.entry.country if region else country)
        if qualifier is None and region is None and tokens[first].is_capitalized and first < last:
            # "the National Disaster Management Authority (NDMA)" in a Pakistani–Kazakh report: the body of the state
            # named in the text whose name this is, less its state (not the document's own, named otherwise)
            state = self._owner_of_bare_name(parsed, sector, first, last, occurrences, state) or state
        if state is None and tokens[first].is_capitalized and first > 0 and tokens[first - 1].sentence == tokens[first].sentence:
            # (a name written as a name: "… of the National Disaster Management Authority", not "в департаменте")
            state = self._state_left(sector, occurrences)
        if state is None:
            return None
        lo = min(first, qualifier.first) if qualifier else (region.first if region and region.last < first else first)
        hi = max(last, qualifier.last) if qualifier else (region.last if region and region.first > last else last)
        start, end = tokens[lo].start, tokens[hi].end
        # (the body of the sector the text names by its name: "the Ministry of Emergency Situations of Kazakhstan"
        # and then "the Kazakh Ministry of Emergency Situations" are one body, whichever held the mandate that year)
        named = {o.key: o for o in occurrences if o.via == "name" and o.kind == "Agency"
                 and self.gazetteer.state_of(o.key) == state and sector in self.gazetteer.get(o.key).sectors} \
            if sector == "emergency" else {}
        if len(named) == 1:
            resolved = next((o.key, o.kind, o.label) for o in named.values())
        else:
            resolved = self.resolve_sector(sector, state)
        if resolved is not None:
            key, kind, label = resolved
            return Occurrence(key, kind, label, lo, hi, start, end, tokens[first].sentence, "generic",
                              confidence=0.9 if qualifier else 0.75)
        if qualifier is None:
            return None
        text = parsed.text[start:end]
        if parsed.lang == "ru":
            text = nominative_phrase(self.morph, text)  # "Министерства внутренних дел Туркменистана" → "Министерство ..."
        elif parsed.lang == "en" and qualifier is before:
            # "the Belarusian Foreign Ministry": the "Ministry of Foreign Affairs" of Belarus, named without its state
            # (not "the Afghan Red Crescent Society", whose name holds its state)
            text = self._ministry_in_full(parsed.text[tokens[first].start:tokens[last].end]) or text
        label = text[:1].upper() + text[1:]
        return Occurrence("new:" + slugify(label), "Agency", label, lo, hi, start, end, tokens[first].sentence,
                          "generic", is_new=True, state=state, confidence=0.7)

    def _owner_of_bare_name(self, parsed: Parsed, sector: str, first: int, last: int,
                            occurrences: list[Occurrence], state: str | None) -> str | None:
        """The one state named in the text whose body of `sector` is called by this name and its state ("National
        Disaster Management Authority" → "National Disaster Management Authority of Pakistan"), where the known body
        of `state` is called otherwise."""
        name = " ".join(parsed.text[parsed.tokens[first].start:parsed.tokens[last].end].lower().split())

        def called(owner: str | None) -> bool:
            body = self.gazetteer.agency_of(owner, sector) if owner else None
            return body is not None and body.labels.get(parsed.lang, "").lower().startswith(name + " of ")
        if state is None or self.gazetteer.agency_of(state, sector) is None or called(state):
            return None  # (a state with no body of that sector known: the name may well be its own)
        owners = {o.key for o in occurrences if o.kind == "State" and called(o.key)}
        return owners.pop() if len(owners) == 1 else None

    def _regional_government(self, parsed: Parsed, first: int, region) -> Occurrence:
        """"правительства Курганской области", "народного правительства Внутренней Монголии": a region's own
        government is a body of its own, of the region's state, not the state."""
        tokens = parsed.tokens
        lo = first
        while lo > 0 and first - lo < 2 and tokens[lo - 1].sentence == tokens[first].sentence \
                and tokens[lo - 1].is_word and self._adjective(tokens[lo - 1].norm) \
                and "Apro" not in self.morph.parse(tokens[lo - 1].norm)[0].tag:
            lo -= 1  # "народного", "областного"
        text = nominative_phrase(self.morph, parsed.text[tokens[lo].start:tokens[first].end]) \
            + parsed.text[tokens[first].end:tokens[region.last].end]
        label = text[:1].upper() + text[1:]
        return Occurrence("new:" + slugify(label), "Agency", label, lo, region.last, tokens[lo].start,
                          tokens[region.last].end, tokens[first].sentence, "generic", is_new=True,
                          state=region.entry.country, confidence=0.7)

    @staticmethod
    def _defined_abbreviations(tokens, occurrences: list[Occurrence], taken: set[int],
                               generic: set[int]) -> list[Occurrence]:
        """"Национальное управление … Пакистана (NDMA)" and then "председатель NDMA": an abbreviation the text gives
        in brackets after a body's name is that body there, and wherever it stands alone later, unless it is a
        generic one (`generic`: "(MES)", which each state's ministry may be)."""
        defined, out = {}, []
        for o in occurrences:
            at = o.last + 2
            if o.kind != "State" and not o.nested and at + 1 < len(tokens) and tokens[o.last + 1].text == "(" \
                    and tokens[at + 1].text == ")" and len(tokens[at].text) >= 2 and tokens[at].text.isupper() \
                    and at not in taken:
                out.append(o.named_again(tokens, at, "again"))
                if at not in generic:
                    defined.setdefault(tokens[at].text, o)
        brackets = {o.first for o in out}
        return out + [defined[token.text].named_again(tokens, i, "again") for i, token in enumerate(tokens)
                      if token.text in defined and i not in taken and i not in brackets]

    def _ministry_in_full(self, name: str) -> str | None:
        """"Foreign Ministry" is the "Ministry of Foreign Affairs" (the short names of agencies.yaml), else None."""
        words = name.lower().split()
        if len(words) == 2 and words[1] == "ministry":
            return self.english_ministries.get(words[0])
        return None

    def _a_business(self, name: str) -> bool:
        """The name is a company's ("торгово-логистический центр", "Termez Cargo Centre"), no actor's."""
        return any(word.startswith(self.business) for word in re.findall(r"[\w-]+", name.lower()))

    def _state_left(self, sector: str, occurrences: list[Occurrence]) -> str | None:
        """"Pakistan and Kazakhstan signed … the Chairman of the National Disaster Management Authority and the Deputy
        Chairman of the Ministry of Emergency Situations of Kazakhstan": in a text of no known country, a body of a
        sector named bare is that of the one state named whose body of the sector the text has not named."""
        states = {o.key for o in occurrences if o.kind == "State"}
        served = {self.gazetteer.state_of(o.key) for o in occurrences if o.kind != "State"
                  and (e := self.gazetteer.get(o.key)) is not None and sector in e.sectors}
        left = states - served
        return next(iter(left)) if len(left) == 1 and len(states) >= 2 else None

    @staticmethod
    def _state_after(tokens, hi: int, occurrences: list[Occurrence]) -> Occurrence | None:
        """A state named right after a body's name, over "of" and "the"."""
        j = hi + 1
        if j >= len(tokens) or tokens[j].norm != "of":
            return None
        j += 1
        if j < len(tokens) and tokens[j].norm == "the":
            j += 1
        return next((o for o in occurrences if o.first == j and o.kind == "State" and o.via != "adjective"), None)

    def new_russian(self, parsed: Parsed, occurrences: list[Occurrence], places: list[Match],
                    country: str | None = None) -> list[Occurrence]:
        """Russian bodies the gazetteer does not know, read by their shape: a body word with the adjectives before
        it and its complements after it ("Департамент по чрезвычайным ситуациям Акмолинской области", "Корейский
        пожарный институт", "Бассейновое водохозяйственное объединение «Амударья»", "РГП «Казгидромет»")."""
        tokens = parsed.tokens
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
        starts = {o.first: o for o in occurrences}
        place_at = {m.first: m for m in places}
        found: list[Occurrence] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            head = None
            if i not in covered and token.text in _QUOTED_HEADS and i + 1 < len(tokens) \
                    and tokens[i + 1].text in _OPEN_QUOTES:
                known = starts.get(i + 2)
                if known is None or known.kind == "State":
                    head = i  # "РГП «Казгидромет»" is Kazhydromet itself, a body the reference knows
            elif i not in covered and _ORG_HEADS.match(token.text) and not _NOT_BODIES.match(token.text) \
                    and self._noun(token.norm):
                head = i
            if head is None:
                i += 1
                continue
            lo, adjective_state = head, None
            while lo > 0 and tokens[lo - 1].sentence == token.sentence and head - lo < 3 \
                    and token.text not in _QUOTED_HEADS and self._adjective(tokens[lo - 1].norm) \
                    and self._agrees(tokens[lo - 1].norm, token.norm):
                if lo - 1 in covered:
                    # "Германского комитета ...": a state's adjective begins the name of one of its bodies.
                    owner = starts.get(lo - 1)
                    if owner is None or owner.kind != "State" or owner.via != "adjective":
                        break
                    adjective_state = owner.key
                    if not tokens[lo - 1].is_capitalized:
                        break  # "турецкого Управления по чрезвычайным ситуациям": the state's body, not its name
                lo -= 1
            again = self._head_named_again(tokens, head, occurrences) if lo == head else None
            if again is not None and head > 0 and tokens[head - 1].lemma == "член":
                # "государств – членов Организации по предупреждению …": the Organization named before, whose
                # members' work the words after it are about
                found.append(again.named_again(tokens, head, "generic"))
                covered.add(head)
                i = head + 1
                continue
            hi, unit_of_known, state = self._complements(parsed, head, covered, starts, place_at)
            owner = self._head_named_again(tokens, head + 1, occurrences) if hi == head + 1 else None
            if owner is not None and (tokens[head].is_capitalized or _UNIT_HEADS.match(tokens[head].text)):
                # "Совет Центра", "региональными управлениями Комитета": a unit of the body named before folds into it
                found.append(owner.named_again(tokens, lo, "generic", hi))
                covered.update(range(lo, hi + 1))
                i = hi + 1
                continue
            if hi == head and lo == head and again is not None and tokens[head].is_capitalized \
                    and not _sentence_start(tokens, head):
                # "видеоконференция руководства Центра с представителями …": the one known body named before whose
                # name it begins, named again by its capitalised head
                found.append(again.named_again(tokens, head, "generic"))
                covered.add(head)
                i = head + 1
                continue
            if hi == head and hi - lo < 2:
                own = self._own_body(tokens, head, country) if lo == head else None
                own = own or self._publishers_unit(tokens, lo, head)
                if own is not None:
                    found.append(own)  # "Комитет провел ..." in a Tajik committee's release: the committee itself
                i = head + 1
                continue  # "Координационный совет" alone names again a body of the text, not a new one
            if self._unit_of_known(tokens, hi, starts):
                i = hi + 1
                continue
            name = parsed.text[tokens[lo].start:tokens[hi].end]
            of_place = self._service_of_place(token, head, hi, place_at)
            if _UNIT_HEADS.match(tokens[head].text) and _EMERGENCY_WORDS.search(name):
                # "Департамент по чрезвычайным ситуациям Туркестанской области": a unit of an emergency service
                # stands for the service of its state.
                owner_state = state or next((m.entry.country for k, m in place_at.items() if lo <= k <= hi), None) \
                    or country
                # ("службы гражданской обороны Дашогузского велаята": a service of a region is a unit of its state's
                # emergency body, where the reference knows one; "пожарной службой Сеула" is a body of its own)
                resolved = self.resolve_sector("emergency", owner_state) \
                    if _EMERGENCY_UNIT.search(name) or of_place else None
                if resolved is not None:
                    key, kind, label = resolved
                    found.append(Occurrence(key, kind, label, lo, hi, tokens[lo].start, tokens[hi].end,
                                            token.sentence, "generic", confidence=0.75))
                # ("Главное управление гражданской защиты МВД Франции": a state named in the name whose emergency
                # body the reference does not know has it as a body of its own)
                if resolved is not None or not (of_place or (state and tokens[lo].is_capitalized)):
                    covered.update(range(lo, hi + 1))
                    i = hi + 1
                    continue
            if not tokens[lo].is_capitalized and not (token.norm[:5] in _LOCAL_HEADS and any(
                    tokens[k].is_capitalized and not tokens[k].text.isupper() for k in range(head + 1, hi + 1))) \
                    and not of_place:
                # A body word in lower case is a name only for local government ("акиматом Акмолинской области"; not
                # "органов управления и сил территориальной подсистемы РСЧС", over an abbreviation only).
                i += 1
                continue
            state = state or adjective_state or self._state_in_brackets(tokens, hi, starts) \
                or self._state_past_short_name(tokens, hi, starts)
            if unit_of_known:
                i = max(hi, head) + 1
                continue
            if _PRESS_UNIT.search(parsed.text[tokens[lo].start:tokens[min(len(tokens) - 1, hi + 4)].end]):
                # "Департамент по связям с общественностью", "Управление информации и общественных связей МЧС":
                # the press unit that tells the news, not a body that takes part in it
                covered.update(range(lo, hi + 1))
                i = hi + 1
                continue
            if self._a_business(name):
                covered.update(range(lo, hi + 1))
                i = hi + 1
                continue
            if lo == head and lo < hi and tokens[lo].lemma in _LOCAL_SERVICE_WORDS \
                    and tokens[lo + 1].norm[:5] in _LOCAL_HEADS and tokens[lo + 1].norm[:5] != "управ":
                lo = head = lo + 1  # ("службы хокимията Наманганской области": the hokimiyat's services, the hokimiyat)
            label = nominative_phrase(self.morph, parsed.text[tokens[lo].start:tokens[head].end]) \
                + parsed.text[tokens[head].end:tokens[hi].end]
            if tokens[head].lemma == "мэрия" and hi == head + 1 and hi in place_at \
                    and (town := place_at[hi].entry.labels.get("ru")):
                # "мэрия Бишкека", "мэрией Оша": the mayor's office named as the city's ("Мэрия города Бишкек")
                label = "мэрия города " + town
            elif token.norm[:5] in _LOCAL_HEADS and hi == head + 1 and not tokens[hi].is_capitalized \
                    and (named := self._area_named_before(tokens, head)) is not None:
                # "Акимат области объявил …" after "ДЧС Костанайской области": the administration of that region
                label = nominative_phrase(self.morph, parsed.text[tokens[lo].start:tokens[head].end]) \
                    + " " + tokens[named].text + " " + tokens[hi].text
            label = label[:1].upper() + label[1:]
            kind = "InternationalOrganization" if re.search(r"международн|ООН", name, re.I) else "Agency"
            found.append(Occurrence("new:" + slugify(label), kind, label, lo, hi, tokens[lo].start, tokens[hi].end,
                                    token.sentence, "pattern", is_new=True, state=state, confidence=0.6))
            covered.update(range(lo, hi + 1))
            i = hi + 1
        return [self._short_name_again(parsed, o, occurrences) if o.is_new else o for o in found]

    @staticmethod
    def _area_named_before(tokens, head: int) -> int | None:
        """The capitalised adjective of the one region of the same kind named before `head` in the same form
        ("Костанайской области" before "акимат области"), else None."""
        area = tokens[head + 1].norm
        named = {tokens[k - 1].norm: k - 1 for k in range(1, head) if tokens[k].norm == area
                 and tokens[k - 1].is_capitalized and tokens[k - 1].is_word}
        return next(iter(named.values())) if len(named) == 1 else None

    def _short_name_again(self, parsed: Parsed, new: Occurrence, occurrences: list[Occurrence]) -> Occurrence:
        """"Программный офис передаст …" after "Программный офис ОБСЕ в Душанбе": the words that began the name of a
        known body read before name that body again, not a new one."""
        tokens = parsed.tokens
        words = [tokens[k].lemmas for k in range(new.first, new.last + 1)]
        office = any(tokens[k].lemma in self._office_words for k in range(new.first, new.last + 1))
        for o in occurrences:
            if o.last >= new.first or o.is_new or o.kind == "State":
                continue
            # the name's own first words, or an office's words right before the body's abbreviation ("Программный
            # офис ОБСЕ"; not "Кокшетауский технический институт КЧС МВД", a body of its own)
            for at in (o.first, o.first - len(words)) if office else (o.first,):
                if 0 <= at and at + len(words) <= len(tokens) and at + len(words) - 1 < new.first \
                        and all(words[n] & tokens[at + n].lemmas for n in range(len(words))) \
                        and (at == o.first or tokens[at].sentence == tokens[o.first].sentence):
                    return o.named_again(tokens, new.first, "generic", new.last)
        return new

    def _service_of_place(self, token, head: int, hi: int, place_at) -> bool:
        """"пожарной службой Сеула": one service of a city or a region, named in lower case, is a body of that place
        (not "спасательные службы области", many of them)."""
        return token.norm.startswith("служб") and any(k in place_at for k in range(head + 1, hi + 1)) \
            and any("sing" in p.tag for p in self.morph.parse(token.norm)[:1])

    @staticmethod
    def _state_in_brackets(tokens, hi: int, starts) -> str | None:
        """"Национальной гвардии штата Монтана (США)": the state in brackets right after a name is its state."""
        if hi + 2 < len(tokens) and tokens[hi + 1].text == "(" and (state := starts.get(hi + 2)) is not None \
                and state.kind == "State" and state.last + 1 < len(tokens) and tokens[state.last + 1].text == ")":
            return state.key
        return None

    @staticmethod
    def _state_past_short_name(tokens, hi: int, starts) -> str | None:
        """"Национальным управлением по борьбе со стихийными бедствиями (NDMA) Исламской Республики Пакистан": the
        state named right after the short name in brackets that follows a name is its state."""
        if hi + 4 < len(tokens) and tokens[hi + 1].text == "(" and tokens[hi + 3].text == ")" \
                and tokens[hi + 2].text.isupper() and (state := starts.get(hi + 4)) is not None \
                and state.kind == "State" and state.via != "adjective":
            return state.key
        return None

    def _head_named_again(self, tokens, k: int, occurrences: list[Occurrence]) -> Occurrence | None:
        """A capitalized body word alone ("Центра", "Организации") that begins the name of the one known body named
        before it: that body named again."""
        if k >= len(tokens) or not tokens[k].is_capitalized or tokens[k].text.isupper() \
                or not _ORG_HEADS.match(tokens[k].text):
            return None
        if k + 1 < len(tokens) and tokens[k + 1].is_capitalized and tokens[k + 1].is_word:
            return None  # "Центра Зеравшан": a name of its own
        before: dict[str, list[Occurrence]] = {}
        for o in occurrences:
            if o.last < k and o.kind != "State" and not o.is_new and (entry := self.gazetteer.get(o.key)) is not None:
                first = entry.label("ru").split()[0]
                if set(self.morph.lemmas(first)) & set(tokens[k].lemmas):
                    before.setdefault(o.key, []).append(o)
        # (of two such bodies, the one the text names most: "Совет Центра" in CESDRR's bulletin that also names the
        # Almaty Development Center once)
        counts = sorted((len(named) for named in before.values()), reverse=True)
        if not counts or (len(counts) > 1 and counts[0] == counts[1]):
            return None
        return max(before.values(), key=len)[-1]

    def _publishers_unit(self, tokens, lo: int, head: int) -> Occurrence | None:
        """"сотрудники Главного управления" in a page of the Main Directorate of EMERCOM for Altai krai: the publisher's
        own unit, named by the first words of its name, and so the body it belongs to."""
        if self.publisher is None or not tokens[lo].is_capitalized:
            return None
        words, key = self.publisher
        lemmas = [tokens[k].lemma for k in range(lo, head + 1)]
        if len(lemmas) > len(words) or words[:len(lemmas)] != lemmas:
            return None
        entry = self.gazetteer.get(key)
        return Occurrence(key, entry.kind, entry.label(), lo, head, tokens[lo].start, tokens[head].end,
                          tokens[lo].sentence, "generic", confidence=0.7)

    def _verb_form(self, word: str) -> bool:
        tag = self.morph.parse(word)[0].tag
        return tag.POS in ("VERB", "INFN", "PRTS", "GRND")

    def _own_body(self, tokens, head: int, country: str | None) -> Occurrence | None:
        """A bare capitalized body word inside a sentence ("... отметили в Комитете") names the emergency body of the
        document's country when that body's name begins with the word."""
        token = tokens[head]
        if country is None or head == 0 or tokens[head - 1].sentence != token.sentence \
                or not token.is_capitalized or token.text.isupper():
            return None
        agency = self.gazetteer.agency_of(country, "emergency")
        if agency is None:
            return None
        first = agency.label("ru").split()[0]
        if not set(self.morph.lemmas(first)) & set(token.lemmas):
            return None
        return Occurrence(agency.key, "Agency", agency.label(), head, head, token.start, token.end, token.sentence,
                          "generic", confidence=0.7)

    @staticmethod
    def _unit_of_known(tokens, hi: int, starts) -> bool:
        """"центре управления и реагирования на ЧС МЧС Беларуси": a known body closes the clause, so the name
        is one of its units."""
        for j in range(hi + 1, min(len(tokens), hi + 8)):
            if tokens[j].sentence != tokens[hi].sentence or tokens[j].text in ",.;:()—–" \
                    or tokens[j].norm in ("и", "а", "and"):
                return False  # "... Туркестанской области и Министерства ...": another body, not the owner
            owner = starts.get(j)
            if owner is not None:
                return owner.kind == "Agency" and not owner.is_new
        return False

    @staticmethod
    def nest_in_new(occurrences: list[Occurrence], tokens=()) -> list[Occurrence]:
        """A state's adjective that begins a new body's name ("Корейский пожарный институт") only qualifies it; so
        does a state in brackets right after the name ("Национальной гвардии штата Монтана (США)"). A new body
        named within a longer one's name is part of that name."""
        spans = [(o.first, o.last) for o in occurrences if o.is_new]
        starts = {o.first: o for o in occurrences}
        bracketed = {b + 2 for _, b in spans if ActorFinder._state_in_brackets(tokens, b, starts)
                     or ActorFinder.state_after_comma(tokens, b, occurrences)}
        # (a new ministry named within a longer new body's name is part of that name, no body of its own)
        occurrences = [o for o in occurrences if not (o.is_new and o.kind == "Agency" and any(
            a <= o.first and o.last <= b and (a, b) != (o.first, o.last) for a, b in spans))]
        # (and a state that ends the name: "Общества Красного Полумесяца Ирана" is the Iranian society)
        # (and a known ministry a school's name holds, "Университет гражданской защиты МЧС Беларуси": named, but the
        # school is who acts)
        return [replace(o, nested=True) if o.kind == "State" and (
            any(a <= o.first and o.last <= b for a, b in spans) or o.first in bracketed)
            or not o.is_new and any(a < o.first and o.last <= b and any(is_school_word(tokens[k])
                                                                         for k in range(a, o.first))
                                    for a, b in spans)
            else o for o in occurrences]

    def _complements(self, parsed: Parsed, head: int, covered, starts, place_at) -> tuple[int, bool, str | None]:
        """Where a body's name ends: genitive words, "по ..." phrases, "при ...", a quoted name, a state or a
        place. A known body right after it makes the name a unit of that body."""
        tokens = parsed.tokens
        hi, j, state, after_po = head, head + 1, None, False
        placed = False  # the name has reached a place or a territory ("хукумата Раштского района")
        initials = 0  # (the tokens of "им. Г. А." do not count towards a name's length)
        while j < len(tokens) and tokens[j].sentence == tokens[head].sentence and j - head - initials <= 10:
            tok = tokens[j]
            if j == hi + 1 and j in starts and starts[j].is_new and starts[j].kind == "Agency" \
                    and starts[j].via == "generic" and starts[j].state:
                # "Главное управление гражданской защиты Министерства внутренних дел Франции": a unit of a ministry
                # the reference does not know is one body, named with its ministry
                return starts[j].last, False, starts[j].state
            if j in starts and starts[j].kind != "State" and not starts[j].is_new:
                if j == hi + 1 and _SCHOOLS.match(tokens[head].text):
                    # "Академия гражданской защиты МЧС России": a school keeps the body it belongs to in its name
                    return starts[j].last, False, state
                return hi, j == hi + 1, state
            if j in starts and starts[j].kind == "State":
                state, hi, j = starts[j].key, starts[j].last, starts[j].last + 1
                if j + 1 < len(tokens) and (tokens[j].norm == "при" or (
                        tokens[j].norm == "по" and tokens[j + 1].lemma not in _PO_ADVERBIAL)):
                    continue  # "Комитет ... при Правительстве ...", "Агентство Республики Казахстан по ..." go on
                break  # the state ends the name ("... Кыргызской Республики по опыту японских коллег")
            if j in place_at:
                hi = j = place_at[j].last
                j += 1
                placed = True
                continue
            if j in covered:
                break
            if tok.text in _OPEN_QUOTES:
                close = next((k for k in range(j + 1, min(len(tokens), j + 8)) if tokens[k].text in _CLOSE_QUOTES), None)
                if close is None:
                    break
                hi, j = close, close + 1
                continue
            if (tok.norm == "по" or (tok.norm == "при" and tokens[j + 1].is_capitalized)) \
                    and j + 1 < len(tokens) and tokens[j + 1].is_word:
                if tok.norm == "по" and tokens[j + 1].lemma in _PO_ADVERBIAL:
                    break  # ("мэрия Бишкека по просьбе района": an adverbial, not the body's field)
                after_po, j = True, j + 1
                continue
            if (tok.norm == "и" or (tok.norm == "," and placed)) and (
                    placed or tokens[hi].lemma in _TERRITORY_UNITS or (
                    j + 1 < len(tokens) and tokens[j + 1].lemma in ("ряд", "другой", "иной", "прочий"))):
                # "хукумата Согдийской области и региональных подразделений КЧС", "хокимията Ташкентской области,
                # органов внутренних дел": the next body of a list; "Министерство транспорта и ряда других
                # ведомств": others, unnamed
                break
            if tok.norm in ("и", ",") and not after_po and j + 1 < len(tokens) and tokens[j + 1].is_word \
                    and self._content_word(tokens[j + 1].norm, "gent") and j + 1 not in starts \
                    and (tok.norm == "и" or not tokens[j + 1].is_capitalized) \
                    and not self._body_word_ahead(tokens, j + 1) \
                    and not (j + 2 < len(tokens) and _ORG_HEADS.match(tokens[j + 2].text)) \
                    and (tok.norm == "и" or _closed_by_and(tokens, j + 2)):
                # (not the next body of a list: "Департамента полиции области, акимата Восточно-Казахстанской …";
                # nor the next item of a list of people: "хукумата Раштского района, учителя, медицинские работники")
                j += 1  # "Министерство здравоохранения и социальной защиты", "экологии, геологии и природных ресурсов"
                continue
            if tok.norm == "и" and after_po and j + 1 < len(tokens) and tokens[j + 1].is_word \
                    and j + 1 not in starts and self._case_word(tokens[j + 1].norm, None) \
                    and not self._body_word_ahead(tokens, j + 1):
                # (not "Агентство по гидрометеорологии и Комитет по охране окружающей среды": two bodies)
                j += 1  # "Управление по чрезвычайным ситуациям и стихийным бедствиям"
                continue
            if tok.norm == "им" and j + 1 < len(tokens) and tokens[j + 1].text == ".":
                j, initials = j + 1, initials + 1  # "им. Г. А. Мавлянова"
                continue
            if (tok.text == "." or (len(tok.text) == 1 and tok.text.isupper())) \
                    and {"имени", "им"} & {t.norm for t in tokens[max(head, j - 5):j]}:
                j, initials = j + 1, initials + 1  # "имени Г.А. Мавлянова": the initials of the name a body bears
                continue
            if tok.is_capitalized and self._personal_name(tok.norm) and j + 1 < len(tokens) \
                    and tokens[j + 1].is_capitalized and tokens[j + 1].is_word \
                    and not {"имени", "им"} & {t.norm for t in tokens[max(head, j - 6):j]}:
                # "заместитель Генерального секретаря Организации Валерий Семериков": a person follows (not "имени
                # Малика Габдуллина", "района Рудаки": names within the name)
                break
            if tok.norm in ("с", "со") and after_po and tokens[j - 1].lemma == "борьба" and j + 1 < len(tokens) \
                    and tokens[j + 1].is_word:
                j += 1  # "Национальное управление по борьбе со стихийными бедствиями": what the struggle is with
                continue
            if (len(tok.text) < 3 and not tok.text.isupper()) or self._function_word(tok.norm) \
                    or tok.norm in self.ranks or tok.lemma in self.ranks or self._verb_form(tok.norm):
                break  # "в", "на", "при": prepositions that some analyses also read as nouns; "Комиссии были"
            if tok.lemma in _OFFICIALS_AFTER_BODY and self._singular_genitive(tok.norm):
                break  # ("в центральном аппарате Комитета руководителя Международного департамента": an official)
            if tok.is_word and self._case_word(tok.norm, None if after_po else "gent") \
                    and not (tok.is_capitalized and not self._case_word(tok.norm, "gent") and not after_po):
                hi, j = j, j + 1
                continue
            break
        return hi, False, state

    def _body_word_ahead(self, tokens, k: int) -> bool:
        """A body word at k, or after the adjectives from k on ("… и Государственной миграционной службы"): the next
        body of a list begins there."""
        while k < len(tokens) and tokens[k].is_word:
            # ("… администрации и органа местного самоуправления": "орган" heads no name, but begins another body)
            if _ORG_HEADS.match(tokens[k].text) or tokens[k].lemma == "орган":
                return True
            if not self._adjective(tokens[k].norm):
                return False
            k += 1
        return False

    def _personal_name(self, word: str) -> bool:
        """A word the dictionary reads as a name in one of its likeliest readings ("Умеда" is also a noun's case)."""
        return any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in self.morph.parse(word)[:3])

    def _content_word(self, word: str, case: str) -> bool:
        """Most likely a noun or a (non-pronoun) adjective in `case`."""
        parses = self.morph.parse(word)
        return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF") and "Apro" not in parses[0].tag \
            and case in parses[0].tag

    def _function_word(self, word: str) -> bool:
        parses = self.morph.parse(word)
        return bool(parses) and parses[0].tag.POS in ("PREP", "CONJ", "PRCL", "INTJ")

    def _noun(self, word: str) -> bool:
        return any("NOUN" in p.tag for p in self.morph.parse(word)[:2])

    def _adjective(self, word: str) -> bool:
        return any("ADJF" in p.tag for p in self.morph.parse(word)[:2])

    def _agrees(self, adjective: str, noun: str) -> bool:
        """An adjective that can stand with the noun: one case, and one gender or both plural ("Национальной
        гвардии", not "Позднее Национальная гвардия" or "Позднее гвардия")."""
        nouns = [p.tag for p in self.morph.parse(noun)[:3] if p.tag.POS == "NOUN"]
        for a in self.morph.parse(adjective)[:3]:
            if a.tag.POS != "ADJF":
                continue
            if "Fixd" in a.tag or "-" in adjective:
                return True  # "узбекско-туркменской": a compound the dictionary does not decline
            for n in nouns:
                if a.tag.case == n.case and (a.tag.number == n.number == "plur" or (
                        a.tag.number == n.number and a.tag.gender in (None, n.gender))):
                    return True
        return not nouns

    def _singular_genitive(self, word: str) -> bool:
        """The word's likeliest reading is a singular noun in the genitive ("руководителя", not "руководителей")."""
        parses = self.morph.parse(word)
        return bool(parses) and parses[0].tag.POS == "NOUN" and "gent" in parses[0].tag and "sing" in parses[0].tag

    def _case_word(self, word: str, case: str | None) -> bool:
        """A noun or adjective (in `case`, where given): the stuff of a name's complements."""
        for parse in self.morph.parse(word)[:3]:
            if parse.tag.POS in ("NOUN", "ADJF") and (case is None or case in parse.tag):
                return True
        return False

    def new_kazakh(self, parsed: Parsed, occurrences: list[Occurrence]) -> list[Occurrence]:
        """Kazakh bodies the gazetteer does not know, named in quotes with a head word of a body at the end, in any
        case ("«Алматы даму орталығымен»"): the name with its head in the nominative ("Алматы даму орталығы")."""
        tokens = parsed.tokens
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
        found = []
        for i, token in enumerate(tokens):
            if token.text != "«":
                continue
            close = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k].text == "»"), None)
            if close is None or close - i < 3 or any(k in covered for k in range(i + 1, close)):
                continue
            head = tokens[close - 1]
            stem = next((s for s in _KK_HEADS if head.norm.startswith(s)), None)
            if stem is None or not tokens[i + 1].is_capitalized:
                continue
            label = parsed.text[tokens[i + 1].start:head.start] + _KK_HEADS[stem]
            found.append(Occurrence("new:" + slugify(label), "Agency", label, i + 1, close - 1, tokens[i + 1].start,
                                    head.end, token.sentence, "pattern", is_new=True, confidence=0.6))
        return found + self._kazakh_local_governments(parsed, covered)

    def _kazakh_local_governments(self, parsed: Parsed, covered: set[int]) -> list[Occurrence]:
        """"Түркістан облысы әкімдігінің", "Кеген ауданының әкімдігі": a region's, district's or city's akimat, a
        Kazakh body named "<Name> облысы әкімдігі"."""
        tokens = parsed.tokens
        areas = _WORDS["kazakh_local_areas"]
        found = []
        for k in range(1, len(tokens) - 1):
            area, head, name = tokens[k], tokens[k + 1], tokens[k - 1]
            if area.norm not in areas or not head.norm.startswith(_WORDS["kazakh_local_head"]) \
                    or not name.is_capitalized or not name.is_word or name.sentence != head.sentence \
                    or covered & {k - 1, k, k + 1}:
                continue
            label = f"{name.text} {areas[area.norm]} әкімдігі"
            found.append(Occurrence("new:" + slugify(label), "Agency", label, k - 1, k + 1, name.start, head.end,
                                    head.sentence, "pattern", is_new=True, state="KZ", confidence=0.6))
        return found

    def new_english(self, parsed: Parsed, occurrences: list[Occurrence], places: list[Match] = ()) -> list[Occurrence]:
        """English bodies the gazetteer does not know: a capitalized name around a body word ("General Directorate
        for Civil Protection", "Ministry of the Interior of France")."""
        tokens = parsed.tokens
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)} | {
            i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in self.ground)}
        found: list[Occurrence] = []
        i = 0
        while i < len(tokens):
            local = tokens[i].norm in _EN_LOCAL_HEADS and i + 2 < len(tokens) and tokens[i + 1].norm == "of" \
                and tokens[i + 2].is_capitalized  # "the akimat of East Kazakhstan region"
            # "the Surkhandarya regional khokimiyat", "Surkhandarya region khokimiyat"
            area = 1 if i >= 2 and tokens[i].norm in _EN_LOCAL_HEADS and tokens[i - 1].norm in _EN_AREA_ADJECTIVES \
                and tokens[i - 2].is_capitalized and i - 2 not in covered else 0
            # "the Seoul fire service": a city's service in lower case after the city's name
            if not area and i >= 2 and (tokens[i - 1].norm, tokens[i].norm) in _EN_CITY_SERVICES \
                    and tokens[i - 2].is_capitalized and tokens[i - 2].is_word and i - 2 not in covered \
                    and (not tokens[i].is_capitalized or tokens[i].norm not in _EN_ORG_HEADS):
                area = 1
            town = next((m for m in places if m.first == i + 2 and m.entry.kind == "Place" and m.entry.country), None) \
                if i >= 1 and i + 2 < len(tokens) and tokens[i + 1].norm == "of" and not tokens[i].is_capitalized \
                and (tokens[i - 1].norm, tokens[i].norm) in _EN_CITY_SERVICES and i - 1 not in covered else None
            if town is not None:
                # "the fire service of Seoul": the city's service, named as "the Seoul fire service" is
                label = f"{parsed.text[town.start:town.end]} {tokens[i - 1].text} {tokens[i].text}"
                found.append(Occurrence("new:" + slugify(label), "Agency", label, i - 1, town.last, tokens[i - 1].start,
                                        town.end, tokens[i].sentence, "pattern", is_new=True,
                                        state=town.entry.country, confidence=0.6))
                covered.update(range(i - 1, town.last + 1))
                i = town.last + 1
                continue
            if i in covered or not (local or area or (tokens[i].norm in _EN_ORG_HEADS and tokens[i].is_capitalized)):
                i += 1
                continue
            lo, state = i - area, None
            named_from = None  # where the name begins after a state's adjective ("the French | Ministry of the Interior")
            member_state = None  # a state of a federation the body is of ("… of the US state of Montana"): its name
            while lo > 0 and tokens[lo - 1].sentence == tokens[i].sentence and (
                    (tokens[lo - 1].is_capitalized and tokens[lo - 1].is_word
                     and tokens[lo - 1].norm not in ("the", "a", "an"))
                    or (tokens[lo - 1].norm == "and" and lo >= 2 and tokens[lo - 2].is_capitalized
                        and lo - 2 not in covered)):  # "Seoul Metropolitan Fire and Disaster Headquarters"
                if lo - 1 in covered:
                    # "the Korean Fire Institute", "China Earthquake Administration": a state's adjective or name
                    # begins the name of one of its bodies
                    owner = next((o for o in occurrences if o.last == lo - 1), None)
                    if owner is None or owner.kind != "State" or (owner.via != "adjective" and (
                            owner.first != owner.last or not tokens[owner.first].text.isalpha())):
                        break
                    state = owner.key
                    lo = owner.first
                    if owner.via == "adjective" and (tokens[owner.last + 1].norm in ("ministry", "government") or (
                            owner.last + 2 <= i and tokens[i].norm == "ministry"
                            and tokens[owner.last + 1].norm in self.english_ministries)):
                        # (not "the Swiss Agency for Development", a name of its own; "the Belarusian Foreign
                        # Ministry" is)
                        named_from = owner.last + 1
                    break
                lo -= 1
            hi = i
            while hi + 1 < len(tokens) and tokens[hi + 1].sentence == tokens[i].sentence:
                nxt = tokens[hi + 1]
                if self.person_at(tokens, hi + 1):
                    break  # "… the Ministry of Emergency Situations Azamat Mambetov": the official named after it
                if nxt.norm in self.ranks and hi + 2 < len(tokens) \
                        and (tokens[hi + 2].text == "." or tokens[hi + 2].is_capitalized) \
                        and tokens[hi + 2].norm not in _EN_LINKS and tokens[hi + 2].norm not in _EN_ORG_HEADS:
                    # "… Management Authority Lt. Gen. Omar Mahmood Hayat": a rank begins the official's name (not
                    # "Directorate General for Civil Protection", a name)
                    break
                if nxt.is_word and nxt.is_capitalized and hi + 1 not in covered:
                    hi += 1
                elif (owner := self._state_after(tokens, hi, occurrences)) is not None:
                    if not any(o.first == owner.first and o.kind == "Agency" and not o.is_new for o in occurrences):
                        # "... of France", "... of the Republic of Tajikistan" (not "… of the Belarusian Emergencies
                        # Ministry": the state's adjective begins the name of another body)
                        j = owner.last + 1
                        if j + 2 < len(tokens) and tokens[j].norm in ("state", "province") and tokens[j + 1].norm == "of" \
                                and tokens[j + 2].is_capitalized and tokens[j + 2].is_word:
                            # ("the National Guard of the US state of Montana": the Montana National Guard, of the US)
                            member_state = (hi, tokens[j + 2].text)
                            hi = j + 2
                        else:
                            hi = owner.last
                    break
                elif nxt.norm == "and" and self._en_body_follows(tokens, hi + 2):
                    # "the Ministry of Defence and State Migration Service of Turkmenistan": two bodies (the first takes
                    # the state that ends the second when the extractor keys it: `Extractor._listed_state`)
                    break
                elif nxt.norm in _EN_LINKS and hi + 2 < len(tokens) and tokens[hi + 2].is_capitalized \
                        and hi + 2 not in covered and not is_calendar_word(tokens[hi + 2].text):
                    # ("the Ministry of Defence on Tuesday": a day, not more of the name)
                    hi += 1
                elif nxt.norm == "of" and tokens[i].norm in _EN_SCHOOLS and (ministry := next(
                        (o for o in occurrences if o.first == hi + 2 + (tokens[hi + 2].norm == "the")
                         and o.kind == "Agency" and not o.is_new), None)) is not None:
                    # "the Academy of the Ministry of Emergency Situations of Azerbaijan": a school keeps the ministry
                    # it belongs to in its name (and is of that ministry's state)
                    hi, state = ministry.last, self.gazetteer.state_of(ministry.key)
                    break
                elif nxt.norm == "of" and hi + 3 < len(tokens) and tokens[hi + 2].norm == "the" \
                        and tokens[hi + 3].norm == "ministry" and tokens[hi + 3].is_capitalized:
                    # "General Directorate for Civil Protection of the Ministry of the Interior of France": a body of
                    # a ministry, and the ministry, are two bodies (the first takes the ministry's state, below)
                    break
                elif nxt.norm in _EN_LINKS and nxt.norm != "and" and hi + 3 < len(tokens) \
                        and tokens[hi + 2].norm == "the" and tokens[hi + 3].is_capitalized and hi + 3 not in covered:
                    # "Institute of Seismology of the National Academy of Sciences" (not "the Korea Fire Institute and
                    # the Seoul fire service": two bodies)
                    hi += 2
                else:
                    break
            while hi > lo and tokens[hi].norm in _EN_LINKS:
                hi -= 1
            if local and hi + 1 < len(tokens) and tokens[hi + 1].norm in _EN_AREA_WORDS:
                hi += 1  # "… of East Kazakhstan region"
            possessive = lo >= 2 and tokens[lo - 1].text == "s" and tokens[lo - 2].text in ("'", "’")
            if possessive and lo >= 3 and (owner := next((o for o in occurrences if o.last == lo - 3), None)) \
                    is not None and owner.kind == "State":
                # "Turkey's Disaster and Emergency Management Authority": a body of that state
                possessive, state = False, owner.key
            owner = next((o for o in occurrences if (o.last == lo - 1 or (o.last == lo - 2 and tokens[lo - 1].text in
                                                                          "-–—,")) and o.kind != "State" and not o.is_new),
                         None) or self._office_of_known(tokens, i, hi, occurrences) \
                or self._unit_named_before(tokens, lo, hi, occurrences)
            if owner is None and (ministry := self._ministry_by_adjective(tokens, hi, occurrences)) is not None:
                if tokens[i].norm in _EN_SCHOOLS:
                    # ("the University of Civil Protection of the Belarusian ministry": a school of its own, of that
                    # ministry's state)
                    state = state or self.gazetteer.state_of(ministry[0].key)
                else:
                    # "the Crisis Management Center of the Kazakh ministry": a unit of the one ministry of that state
                    owner, hi = ministry
            if owner is not None or self._unit_of_one_named_again(tokens, lo, hi):
                # "the OSCE Programme Office", "UNDRR - Regional Office for Europe": a unit of a known body is that
                # body (and a trigger word in its name, "… Training Institute", tells no event)
                if owner is not None:
                    found.append(owner.named_again(tokens, lo, "generic", hi))
                    covered.update(range(lo, hi + 1))
                i = hi + 1
                continue
            press = tokens[i].norm in ("service", "office", "centre", "center") and tokens[i - 1].norm == "press" \
                or bool(_PRESS_UNIT.search(parsed.text[tokens[lo].start:tokens[hi].end]))  # ("ADB Media Relations, …")
            # "The Almaty-based Center": a body read before, named by where it sits
            based = hi == i and i - lo <= 3 and (tokens[i - 1].norm == "based" or tokens[i - 1].norm.endswith("-based"))
            if (hi > lo or lo < i) and not possessive and not press and not based:
                # ("the ministry's Disaster Medicine Centre"; "the French Ministry of the Interior" is the "Ministry of the
                # Interior" of France, a ministry named without its state)
                label = parsed.text[tokens[named_from if named_from is not None and named_from < hi else lo].start:
                                    tokens[hi].end]
                label = self._ministry_in_full(label) or label
                if member_state is not None:
                    label = f"{member_state[1]} {parsed.text[tokens[lo].start:tokens[member_state[0]].end]}"
                state = next((o.key for o in occurrences if o.kind == "State" and lo <= o.first and o.last <= hi),
                             state) or self._state_of_owner(tokens, hi, occurrences) \
                    or (None if any(lo <= m.first <= hi for m in places)  # ("the Seoul Fire Service in Bishkek")
                        else self._state_of_town_after(tokens, hi, places)) \
                    or self.state_after_comma(tokens, hi, occurrences) \
                    or self._state_of_people_from(tokens, lo, occurrences)
                if self._a_business(label) or all(w.lower() in _EN_GENERIC_WORDS or w.lower() in _EN_ORG_HEADS
                                                  for w in label.split()) and any(
                        tokens[k].norm in _EN_ANY_WORDS for k in range(max(0, lo - 2), lo)):
                    # ("Each participating National Society will run sessions": no name, only a kind of body)
                    covered.update(range(lo, hi + 1))
                    i = hi + 1
                    continue
                found.append(Occurrence("new:" + slugify(label), "Agency", label, lo, hi, tokens[lo].start,
                                        tokens[hi].end, tokens[lo].sentence, "pattern", is_new=True, state=state,
                                        confidence=0.6))
                covered.update(range(lo, hi + 1))
            i = hi + 1
        for k, body in enumerate(found[:-1]):
            ministry = found[k + 1]
            if body.state is None and ministry.state is not None and body.last + 3 == ministry.first \
                    and tokens[body.last + 1].norm == "of":
                found[k] = replace(body, state=ministry.state)
        return found

    def to_be_created(self, tokens, occurrence: Occurrence) -> bool:
        """A word of creation right before the body, over an article or an auxiliary ("the establishment of a
        regional centre", "будет создан Национальный центр"): a body yet to be created."""
        k = occurrence.first - 1
        while k >= 0 and occurrence.first - k <= 3 and tokens[k].norm in self._before_created:
            k -= 1
        # (not one whose creation is under way and reported on: "о ходе создания Российско-армянского центра")
        return k >= 0 and tokens[k].sentence == tokens[occurrence.first].sentence \
            and (tokens[k].lemma in self._creation_words or tokens[k].norm in self._creation_words) \
            and not (k >= 1 and tokens[k - 1].lemma in ("ход", "progress"))

    def person_at(self, tokens, k: int) -> bool:
        """A first name and a surname of the region in Latin letters begin at k, and the sentence's name ends there."""
        if k + 1 >= len(tokens) or tokens[k + 1].sentence != tokens[k].sentence:
            return False
        first, surname = tokens[k], tokens[k + 1]
        after = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 2].sentence == first.sentence else None
        return first.is_word and first.is_capitalized and first.norm not in _EN_ORG_HEADS \
            and bool(self._latin_surname.match(surname.text)) and surname.norm not in _EN_ORG_HEADS \
            and (after is None or not (after.is_word and after.is_capitalized))

    @staticmethod
    def _state_of_town_after(tokens, hi: int, places: list[Match]) -> str | None:
        """"the University of Civil Protection in Minsk": a body set in a town of a state is that state's."""
        if hi + 2 >= len(tokens) or tokens[hi + 1].norm != "in":
            return None
        town = next((m for m in places if m.first == hi + 2), None)
        return town.entry.country if town is not None else None

    @staticmethod
    def _state_of_people_from(tokens, lo: int, occurrences: list[Occurrence]) -> str | None:
        """"Japanese experts from the Building Research Institute": the state whose people come from the body."""
        k = lo - 1
        if k >= 0 and tokens[k].norm == "the":
            k -= 1
        if k < 2 or tokens[k].norm != "from" or tokens[k - 1].norm not in _WORDS["english_people_words"]:
            return None
        owner = next((o for o in occurrences if o.last == k - 2 and o.kind == "State" and o.via == "adjective"), None)
        return owner.key if owner is not None else None

    @staticmethod
    def state_after_comma(tokens, hi: int, occurrences: list[Occurrence]) -> str | None:
        """"the National Guard of Montana, USA, …": a name that ends on a place of its own, followed by a state
        alone between commas, is a body of that state (not "… of Almaty, Kazakhstan and Kyrgyzstan", a list)."""
        if hi + 2 >= len(tokens) or tokens[hi + 1].text != "," or tokens[hi].norm in _EN_ORG_HEADS \
                or not tokens[hi].is_capitalized or hi < 1 or tokens[hi - 1].norm != "of":
            return None
        state = next((o for o in occurrences if o.first == hi + 2 and o.kind == "State" and o.via != "adjective"),
                     None)
        if state is None:
            return None
        after = tokens[state.last + 1] if state.last + 1 < len(tokens) else None
        if after is not None and after.sentence == state.sentence and (after.text not in ",.;)" or (
                after.text == "," and state.last + 2 < len(tokens)
                and any(o.first == state.last + 2 and o.kind == "State" for o in occurrences))):
            return None
        return state.key

    @staticmethod
    def _en_body_follows(tokens, k: int) -> bool:
        """The capitalised words from k on hold a body word of their own ("… and State Migration Service")."""
        sentence = tokens[k].sentence if k < len(tokens) else None
        while k < len(tokens) and tokens[k].sentence == sentence and tokens[k].is_capitalized and tokens[k].is_word:
            if tokens[k].norm in _EN_ORG_HEADS:
                return True
            k += 1
        return False

    def _state_of_owner(self, tokens, hi: int, occurrences: list[Occurrence]) -> str | None:
        """"the General Directorate for Civil Protection of the French Ministry of the Interior": the state of the body
        (or the state's adjective) the name is "of"."""
        j = hi + 1
        if j >= len(tokens) or tokens[j].norm != "of":
            return None
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].norm == "the")
        owner = next((o for o in occurrences if o.first == j), None)
        if owner is None:
            return None
        if owner.kind == "State":
            return owner.key if owner.via == "adjective" else None  # ("… of France" is read with the name)
        return owner.state or self.gazetteer.state_of(owner.key)

    @staticmethod
    def _office_of_known(tokens, head: int, hi: int, occurrences: list[Occurrence]) -> Occurrence | None:
        """"the Regional Office for the Caucasus and Central Asia of the UN Office for the Coordination of
        Humanitarian Affairs": an office of a known body that is no state is that body."""
        centre = tokens[head].norm in _EN_CENTRE_HEADS
        if (tokens[head].norm not in _EN_UNIT_HEADS and not centre) or hi + 2 >= len(tokens) \
                or tokens[hi + 1].norm != "of":
            return None
        at = hi + 3 if tokens[hi + 2].norm == "the" else hi + 2
        # ("the Noginsk Rescue Center of the Russian Emergencies Ministry": a centre of a state's agency is a unit of
        # it, as a territorial unit or a training centre is; not a centre of an organisation, a body of its own)
        return next((o for o in occurrences if o.first == at and o.kind != "State" and not o.is_new
                     and (not centre or o.kind == "Agency")), None)

    @staticmethod
    def _unit_named_before(tokens, lo: int, hi: int, occurrences: list[Occurrence]) -> Occurrence | None:
        """"The OSCE Programme Office in Dushanbe handed over … the Programme Office and the Committee will hold …":
        the unit of a known body, named again without the body, is that body."""
        words = [t.norm for t in tokens[lo:hi + 1]]
        for o in occurrences:
            if o.kind != "State" and not o.is_new and o.last + 1 + len(words) <= lo \
                    and [t.norm for t in tokens[o.last + 1:o.last + 1 + len(words)]] == words:
                return o
        return None

    def _ministry_by_adjective(self, tokens, hi: int, occurrences: list[Occurrence]) -> tuple[Occurrence, int] | None:
        """"… of the Kazakh ministry": the one known ministry of that state the text names, and where the words
        end."""
        if hi + 4 >= len(tokens) or tokens[hi + 1].norm != "of" or tokens[hi + 2].norm != "the":
            return None
        state = next((o for o in occurrences if o.first == hi + 3 and o.kind == "State" and o.via == "adjective"), None)
        if state is None or state.last + 1 >= len(tokens) or tokens[state.last + 1].norm != "ministry":
            return None
        known = {o.key: o for o in occurrences if o.kind == "Agency" and not o.is_new
                 and self.gazetteer.state_of(o.key) == state.key}
        return (next(iter(known.values())), state.last + 1) if len(known) == 1 else None

    @staticmethod
    def _unit_of_one_named_again(tokens, lo: int, hi: int) -> bool:
        """"the International Cooperation Department of the ministry", "the ministry's head of the International
        Cooperation Department": a unit of the body named again in lower case is a part of it, no body of its own."""
        if tokens[hi].norm not in _EN_UNIT_HEADS:
            return False
        after = [t.norm for t in tokens[hi + 1:hi + 4]]
        if after[:2] == ["of", "the"] and len(after) == 3 and after[2] in _EN_ORG_HEADS and not tokens[hi + 3].is_capitalized:
            return True
        for k in range(max(0, lo - 6), lo - 2):
            if tokens[k].norm in _EN_ORG_HEADS and not tokens[k].is_capitalized and tokens[k + 1].text in ("'", "’") \
                    and tokens[k + 2].norm == "s" and tokens[k].sentence == tokens[lo].sentence:
                return True
        return False

    def _org_like(self, tokens) -> bool:
        """A name of a body: no verb in it, and no preposition right after its head or at its end."""
        for n, token in enumerate(tokens):
            tags = self.morph.parse(token.text.lower())[0].tag
            if {"VERB", "INFN"} & {tags.POS}:
                return False
            if n and (token.lemma in self.ranks or {"Name", "Surn", "Patr"} & set(tags.grammemes)):
                return False  # ("пресс-центра Комитета Умеда Юсуфи", "Комитета генерал-майором …": a person after it)
        prepositions = {"при", "к", "в", "на", "по", "с", "и", "для", "о", "об", "из", "от", "до", "за", "у"}
        return tokens[1].text.lower() not in prepositions and tokens[-1].text.lower() not in prepositions

    def ner_sentences(self, parsed: Parsed, occurrences: list[Occurrence]) -> list:
        """Sentences worth running NER on: a capitalized body word outside every known name."""
        covered = {i for o in occurrences for i in range(o.first, o.last + 1)}
        wanted = sorted({t.sentence for i, t in enumerate(parsed.tokens)
                         if i not in covered and t.is_capitalized and _ORG_HEADS.match(t.text)})
        return [parsed.sentences[i] for i in wanted]

    def new_from_ner(self, parsed: Parsed, spans, occurrences: list[Occurrence], morph, places=None
                     ) -> list[Occurrence]:
        """Bodies that NER finds and the gazetteer does not know, with a nominative label."""
        covered = [(o.start, o.end) for o in occurrences] + self.ground
        found: list[Occurrence] = []
        for span in spans:
            if span.type != "ORG" or any(s < span.end and span.start < e for s, e in covered):
                continue
            words = [w for w in span.text.split() if re.search(r"\w", w)]  # ("нашего Общества 💬": no emoji)
            if len(words) < 2 or not _ORG_HEADS.match(words[0]):
                continue
            tokens = parsed.tokens_in(span.start, span.end)
            if not tokens or not self._org_like(tokens):
                continue
            first = parsed.tokens.index(tokens[0])
            last = first + len(tokens) - 1
            after = last + 1
            # ("Центра управления в кризисных ситуациях Главного управления МЧС России по …": over the unit between)
            while after + 1 < len(parsed.tokens) and after - last <= 2 \
                    and (parsed.tokens[after].norm.startswith(("главн", "территориальн", "региональн"))
                         or _UNIT_HEADS.match(parsed.tokens[after].text)) \
                    and not any(o.first == after for o in occurrences):
                after += 1
            following = next((o for o in occurrences if o.first == after), None)
            if following is not None and following.kind != "State":
                continue  # "Служба информации МИД Туркменистана": a unit of a known body counts as that body
            if _PRESS_UNIT.search(parsed.text[span.start:span.end + 30]):
                continue  # the press unit that tells the news
            label = nominative_phrase(morph, span.text)
            place = next((m for m in places if m.first == last + 1), None) if places else None
            if place is not None:
                # "Центр развития Алматы": a city named right after a body's name belongs to the name.
                label = f"{label} {parsed.text[place.start:place.end]}"
            state = next((o.key for o in occurrences if o.kind == "State"
                          and span.start <= o.start and o.end <= span.end + 40 and o.sentence == tokens[0].sentence), None)
            kind = "InternationalOrganization" if re.search(r"международн|international|ООН", span.text, re.I) else "Agency"
            found.append(Occurrence("new:" + slugify(label), kind, label, first, last,
                                    span.start, span.end, tokens[0].sentence, "ner", is_new=True,
                                    state=state, confidence=0.6))
        return [self._short_name_again(parsed, o, occurrences) for o in found]


_STATES_COUNTED = re.compile(r"(?:всех |обоих )?(?:\w+ )?(?:государств|стран) (?:региона |центральной азии )?[—–:-] ")


def _sentence_start(tokens, k: int) -> bool:
    """The token opens its sentence (where any word is capitalised)."""
    return k == 0 or tokens[k - 1].sentence != tokens[k].sentence or tokens[k - 1].text in ("«", "\"", "—", "–", "-")


def mark_nested(occurrences: list[Occurrence]) -> list[Occurrence]:
    # A state inside a generic agency name ("МЧС Казахстана") is named, but does not act there itself.
    spans = [(o.start, o.end, o.key) for o in occurrences if o.via in ("generic", "post")]
    out = []
    for o in occurrences:
        # An official named again inside the words read for another body's post ("Шыңғыс Арінов Өзбекстан …
        # министрімен") still stands for his own body.
        inside = o.via not in ("generic", "post") and any(
            s <= o.start and o.end <= e and (s, e) != (o.start, o.end) and (o.via != "person" or key == o.key)
            for s, e, key in spans)
        out.append(replace(o, nested=True) if inside else o)
    return out


_ADJECTIVE_END = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|их|ими|ых)$")


def nominative_phrase(morph, text: str) -> str:
    """'Германского общества по сотрудничеству' → 'Германское общество по сотрудничеству'."""
    words = text.split()
    out: list[str] = []
    adjectives: list[tuple[int, object]] = []
    for i, word in enumerate(words):
        parses = morph.parse(word.lower())
        parse = parses[0]
        if "NOUN" in parse.tag and i + 1 < len(words) and _ADJECTIVE_END.search(word.lower()):
            # "Кокшетауском техническом институте": an unknown place adjective is guessed as a noun first
            parse = next((q for q in parses if "ADJF" in q.tag), parse)
        if "ADJF" in parse.tag:
            adjectives.append((i, parse))
            out.append(word)
            continue
        if "NOUN" in parse.tag:
            # "Министерства внутренних дел": a body's name is singular ("министерства" is also a plural nominative)
            singular = next((q for q in morph.parse(word.lower()) if "NOUN" in q.tag and "sing" in q.tag), None)
            parse = singular or parse
            noun = parse.inflect({"nomn"}) or parse
            out.append(_cased(word, noun.word))
            for j, adjective in adjectives:
                form = adjective.inflect({"nomn", noun.tag.gender or "masc", noun.tag.number or "sing"}
                                         if noun.tag.number != "plur" else {"nomn", "plur"})
                if form:
                    out[j] = _cased(words[j], form.word)
            out.extend(words[i + 1:])
            return " ".join(out)
        out.append(word)
    return text


def _cased(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _closed_by_and(tokens, j: int) -> bool:
    """A comma inside a name lists its words up to an "и" ("экологии, геологии и природных ресурсов"), with no other
    comma on the way."""
    for k in range(j, min(len(tokens), j + 3)):
        if tokens[k].norm == "и":
            return True
        if not tokens[k].is_word:
            return False
    return False


def local_government_name(label: str) -> str:
    """One English name for a local government however it is written: "Surkhandarya Regional Khokimiyat",
    "Surkhandarya region hokimiyat" and "Khokimiyat of Surkhandarya region" are all "Hokimiyat of Surkhandarya
    region". Any other name is returned as it is."""
    found = _LOCAL_AFTER.fullmatch(label.strip()) or _LOCAL_BEFORE.fullmatch(label.strip())
    if found is None or found["name"].split()[-1].lower() in _EN_LOCAL_SPELLINGS:
        return label

    def spelled(word: str) -> str:
        return _EN_LOCAL_SPELLINGS.get(word.lower(), word.lower())

    return f"{spelled(found['head']).capitalize()} of {found['name']} {spelled(found['area'])}"
