"""Events: kind from trigger words, then date, place, participants and the event they sit within."""

from __future__ import annotations

import re

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.actors import Occurrence, nominative_phrase
from kg.extract.dates import (DateMention, days_from, is_calendar_word, is_weekday, opens_with_the_same_day,
                              tells_the_same_day)
from kg.extract.gazetteer import Gazetteer, Match
from kg.extract.nlp import Parsed
from kg.extract.phrases import PhraseMatch, PhraseSet, load_patterns
from kg.records import EventRecord, Evidence
from kg.text import slugify

_WITH = {"с", "со", "with"}
_HOST = PhraseSet.of(["под председательство", "по приглашение", "hosted by", "chaired by", "organised by",
                      "organized by", "принимающий сторона", "на базе"], "host")


@dataclass
class Draft:
    """An event while the document is being read."""

    id: str
    kind: str
    sentence: int
    trigger: tuple[int, int]
    start: str | None = None
    end: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    host: str | None = None
    parent: str | None = None
    label: str | None = None
    evidence: list[int] = field(default_factory=list)
    confidence: float = 0.8
    days: int | None = None
    senders: list[str] = field(default_factory=list)  # of an aid delivery: who sent it
    place_read: bool = False  # the place comes from the event's own sentences (not the dateline)
    sidelines: bool = False  # named as the gathering on whose sidelines something happened
    visited: str | None = None  # of a visit: the state it went to ("с визитом в Казахстане"), when no place says
    ordinal: int | None = None  # of an aid delivery: "второй эшелон", "the first flight"
    recent: set[str] = field(default_factory=set)  # the actors of the last sentence that told it
    eve: str | None = None  # held the day before the event of this day ("A day before the signing, …")
    edition_of: str | None = None  # of an earlier edition: the gathering of the same series read ("предыдущей встречи")
    until: str | None = None  # the day it ends, told before its start is known ("The meeting will close on 24 March")
    frame_day: int | None = None  # of an event on a day of its frame ("On the first day, …"): which (−1 the last)
    section_dated: bool = False  # dated only by the heading of its section of a chronicle ("Москва, 2016 год:")
    begun: str | None = None  # the day a sentence told it began on ("Начались они в четверг")

    def add(self, keys) -> None:
        for key in keys:
            if key not in self.participants:
                self.participants.append(key)

    def told_in(self, sentence: int) -> None:
        """The sentence tells this event too (once in its evidence)."""
        if sentence not in self.evidence:
            self.evidence.append(sentence)


class EventFinder:
    def __init__(self, gazetteer: Gazetteer):
        spec = load_patterns("events")
        labelled = []
        self.together: list[tuple[str, list[PhraseSet]]] = []
        for kind, body in spec["kinds"].items():
            labelled += [(kind, p) for p in body["triggers"]]
            for groups in body.get("together", []):
                self.together.append((kind, [PhraseSet.of([str(w) for w in group], kind) for group in groups]))
        self.gazetteer = gazetteer
        self.triggers = PhraseSet(labelled)
        self.anaphora = PhraseSet.of(spec["anaphora"])
        self.within = PhraseSet.of(spec["within"])
        self.parts = PhraseSet.of(spec["parts"])
        self.participation = PhraseSet.of(spec["participation"])
        self.drill_participation = PhraseSet.of(spec["drill_participation"])
        self.table_heads = [(kind, PhraseSet.of(words, kind)) for kind, words in spec["table_heads"].items()]
        self.during = PhraseSet.of(spec["during"])
        self.sequel = PhraseSet.of(spec["sequel"])
        self.distributive = PhraseSet.of(spec["distributive"])
        self.series = PhraseSet.of(spec["series"])
        self.background = PhraseSet.of(spec["background"])
        self.recalling = PhraseSet.of(spec["recalling"])
        self.then = PhraseSet.of(spec["then_words"])
        self.scenario = PhraseSet.of(spec["scenario_words"])
        self.habitually = PhraseSet.of(spec["habitually"])
        self.many_sided = PhraseSet.of(spec["many_sided"])
        self.idioms = PhraseSet.of(spec["idioms"], unless=spec["idioms_unless"])
        self.ratifying = PhraseSet.of(load_patterns("agreements")["ratification"])
        self.sittings = PhraseSet.of(spec["sittings"])
        self.not_after = PhraseSet.of(spec["not_after"])
        self.agreed_on = PhraseSet.of(spec["agreed_on"])
        self.planned = PhraseSet.of(spec["planned"], unless=spec["not_planned"])
        self.intentions = PhraseSet.of(spec["intentions"], unless=spec["not_planned"])
        self.domestic_sittings = PhraseSet.of(spec["domestic_sittings"])
        self.arriving_teams = PhraseSet.of(spec["arriving_teams"])
        self.discussed = PhraseSet.of(spec["discussed"])
        self.document_subjects = PhraseSet.of(spec["document_subjects"])
        self.programme_contents = PhraseSet.of(spec["programme_contents"])
        self.outcome_of = PhraseSet.of(spec["outcome_of"])
        self.part_words = frozenset(spec["part_words"])
        self.part_qualifiers = frozenset(spec["part_qualifiers"])
        self.event_nouns = PhraseSet.of(spec["event_nouns"])
        self.presence = PhraseSet.of(spec["presence_words"])
        self.earlier = PhraseSet.of(spec["earlier_words"])
        self.signature = PhraseSet.of(spec["signature_words"])
        self.place_nouns = PhraseSet.of(spec["place_nouns"])
        self.standing_bodies = PhraseSet.of(spec["standing_bodies"])
        self.bases = PhraseSet.of(spec["bases"])
        self.years_span = PhraseSet.of(spec["years_span"])
        self.head_offices = PhraseSet.of(spec["head_offices"])
        self.capitals = load_patterns("places")["capitals"]
        self.capital_words = PhraseSet.of(spec["capital_words"])
        self._towns = _town_adjectives(gazetteer)
        self.multilateral = PhraseSet.of(spec["multilateral"])
        self.format_bodies = frozenset(spec["format_bodies"])
        self.heads_words = frozenset(spec["heads_words"])
        self.previous_edition = PhraseSet.of(spec["previous_edition"])
        self.status_changes = frozenset(spec["status_changes"])
        self.status_after = PhraseSet.of(spec["status_after"])
        self.next_edition = PhraseSet.of(spec["next_edition"])
        self.source_before = PhraseSet.of(spec["source_before"])
        self.source_after = PhraseSet.of(spec["source_after"])
        self.funding = PhraseSet.of(spec["funding"])
        self.closing = PhraseSet.of(spec["closing_words"])
        self.held = PhraseSet.of(spec["held"])
        self.taken_up = set(spec["together_not_followed_by"])
        self.received = set(spec["together_not_preceded_by"])
        self.durations = PhraseSet((str(days), phrase) for days, phrases in spec["durations"].items()
                                   for phrase in phrases)
        self.heads = _head_nouns(gazetteer)
        self.ended = PhraseSet.of(spec["ended"])
        self.opened = PhraseSet.of(spec["opened"])

    def find(self, parsed: Parsed, actors: list[Occurrence], places: list[Match], dates: list[DateMention],
             title_sentences: int, fallback_date: str | None, fallback_place: str | None,
             blocked: set[int] = frozenset(), published: date | None = None, speaker: str | None = None,
             published_certain: bool = True, fallback_end: str | None = None) -> tuple[list[Draft], dict[int, Draft]]:
        """Events in reading order, and the event each sentence with a trigger speaks of."""
        tokens = parsed.tokens
        events: list[Draft] = []
        spoken_of: dict[int, Draft] = {}
        current: Draft | None = None
        day_heading: tuple[int, int] | None = None  # ("The third day moved outdoors.": the sentence, the day)
        self._section_date: list[DateMention] = []
        self.section_days: dict[int, DateMention] = {}  # the day, month or year heading each sentence's section
        self._published = published
        scenario_until = -1  # where the scenario of the exercise read ends
        self._section_from = 0  # the first sentence of the section a heading of months or years heads
        section_places: tuple[list[Match], int] = ([], 0)  # the places heading an item of a bulletin, to its end
        told_before: tuple[int, list[Occurrence]] | None = None
        self._speaker = speaker  # the body whose release this is
        self._dateline_place = fallback_place
        headline_end = parsed.bounds[title_sentences - 1][1] if title_sentences and parsed.sentences else 0
        self._headline_ordinal = next((n for i, t in enumerate(tokens[:headline_end])
                                       if (n := _ORDINALS.get(t.lemma)) is not None and i + 1 < len(tokens)
                                       and tokens[i + 1].lemma in _NUMBERED), None)
        narrated: list[DateMention] = []  # the days the sentence before told
        disaster_month: str | None = None  # the month of the disaster a sentence dated last ("произошло 20 июля")
        narrated_places: list[Match] = []  # and its places
        table_kind: str | None = None  # the kind of event each row of the table being read tells
        gapping: list[tuple[Draft, Draft]] = []  # an event told with the verb of another left out, and that other
        manners: set[str] = set()  # the words that told how an event was held ("в режиме видеоконференции")
        series: Draft | None = None  # meetings told as a series, whose counterparts the next sentences name
        last_series: Draft | None = None
        series_day: str | None = None
        series_idle = 0  # sentences since the series last named a counterpart
        told_apart: dict[str, list[Draft]] = {}  # the meetings of each series, one per counterpart
        stages: dict[int, Draft] = {}  # the sentences that tell a stage of an exercise, with that exercise
        headed = False  # a heading in capitals was read since the last sentence that told an event
        for sentence in parsed.sentences:
            lo, hi = parsed.bounds[sentence.index]
            if lo >= hi:
                continue
            here = [d for d in dates if sentence.start <= d.start < sentence.end] or _years_line(sentence)
            alone = [d for d in here if len(d.start_date) == 10]
            if alone and (len(sentence.text.strip()) <= len(alone[0].text) + 12
                          or _dated_place_heading(parsed, sentence, alone, places)):
                # A line that is only a date ("12.03.2024 | 10:15") heads the items of a news listing below it.
                self._section_date = alone[:1]
                section_places = _heading_places(parsed, sentence, places)
                current = None  # (an item of its own: what follows tells nothing more of the one read)
                narrated = []  # (nor of the day the item before told: "В тот же день …\n\n8 февраля\n\nприбыл")
                continue
            if here and all(len(d.start_date) in (4, 7) and not d.yearless for d in here) \
                    and not _HEADING_REST.sub("", _without(sentence.text, here)):
                # "March 2011.", "2012, 2017 and 2023.": a line of months or years heading the items of a review below
                # ("Хух-Хото, 2017 год.": with the place of its item, to the paragraph's end)
                self._section_date = here
                self._section_from = sentence.index + 1
                section_places = _heading_places(parsed, sentence, places)
                current = None
                continue
            if _caption(tokens, lo, hi):
                # ("Таблица 3. Число мероприятий, в которых приняли участие сотрудники МЧС КР (2013–2014 гг.)": a
                # table's caption tells no event, and what follows it speaks of the table)
                headed = True
                continue
            if not here and sentence.index >= title_sentences and _capital_heading(parsed, sentence):
                # ("РЕГИОНАЛЬНОЕ СОТРУДНИЧЕСТВО" after the chronicle's last item: a section of its own begins, whose
                # sentences with no event of their own tell nothing more of the event read)
                headed = True
                continue
            titled = None if here else _titled_year(parsed, sentence)
            if titled is not None:
                # ("1. Поддержка со стороны УВКБ ООН (2011 год)": a title with its section's year in brackets, the
                # section running to the next heading)
                here = [titled]
            section_end = len(parsed.text) if titled is not None else _section_heading(parsed, sentence, here, places)
            if section_end:
                # "Москва, май 2016 года.", "2023 год: центр подготовки спасателей": a month or a year heading the
                # section of a chronicle below it (with the section's place)
                # ("2011\n20 июля 2011 года сильное землетрясение затронуло …": the year heading it, not the day of a
                # disaster its first sentence tells)
                undisastrous = [d for d in here if not disaster_date(tokens, d)]
                year_line = re.match(r"\s*((?:19|20)\d\d)\s*\n", sentence.text)
                self._section_date = undisastrous[:1] or ([DateMention(
                    sentence.start + year_line.start(1), sentence.start + year_line.end(1), year_line.group(1),
                    year_line.group(1), None, False, False, False)] if year_line else here[:1])
                self._section_from = sentence.index + 1
                section_places = ([p for p in places if sentence.start <= p.start < sentence.end], section_end)
                current = None
                continue
            heading = [d for d in here if d.yearless and len(d.start_date) == 7 and d.start == sentence.start]
            if heading and len(sentence.text.strip()) <= len(heading[0].text) + 62 and "\n" not in sentence.text.strip():
                # "Ноябрь. Соглашение с Туркменистаном": a month heading the items of a chronology below it
                self._section_date = heading[:1]
                self._section_from = sentence.index + 1
                section_places = _heading_places(parsed, sentence, places)
                continue
            if self._section_date and sentence.index >= self._section_from:
                self.section_days[sentence.index] = self._section_date[0]
            s_actors = self._not_sources(tokens, [o for o in actors if o.sentence == sentence.index and not o.nested],
                                         lo, hi)
            if speaker and any(t.norm in _WE or t.norm in _I and _in_an_answer(parsed, sentence)
                               for t in tokens[lo:hi]) and not any(o.key == speaker for o in s_actors):
                # ("– Я принял участие в салоне …", "у меня состоялась встреча": in an interview's answer, the one who
                # answers)
                # "мы встречались", "наши спасатели": the body whose release or interview this is
                s_actors.append(Occurrence(speaker, "Agency", speaker, lo, lo, tokens[lo].start, tokens[lo].start,
                                           sentence.index, "speaker"))
            # A date of a document named in passing ("Соглашения ..., подписанного в декабре прошлого года") and a
            # region inside a body's name ("Управления МЧС по Сырдарьинской области") say nothing of the event.
            # The day of a disaster ("после землетрясения, произошедшего 20 июля") dates the help only to its month;
            # "где накануне произошло землетрясение" not at all.
            # ("…, the Ministry of Foreign Affairs reported on Sunday": the day of the report)
            s_dates = [replace(d, start_date=d.start_date[:7], end_date=None) if disaster_date(tokens, d) else d
                       for d in here if not _signing_date(tokens, d, self.gazetteer.morph)
                       and not ((d.relative or _in_where_clause(tokens, d)) and disaster_date(tokens, d))
                       and not _day_of_a_report(tokens, d)
                       and not self._of_a_status_change(tokens, d, lo)]
            struck = [d for d in here if len(d.start_date) >= 7 and disaster_date(tokens, d) and not d.relative]
            if struck:
                disaster_month = struck[-1].start_date[:7]
            elif disaster_month and not s_dates and ((after := _after_the_disaster(tokens, lo, hi)) is not None
                                                     or self.then.any_in(tokens, lo, hi)):
                # "Напомним, землетрясение произошло 20 июля … В первые дни после землетрясения УВКБ ООН передало 250
                # палаток": the help after the disaster dated before, to its month, and no help of the day read
                # ("20 июля подземные толчки затронули … УВКБ ООН тогда выделило 250 палаток": so the help "then")
                at = after if after is not None else lo
                s_dates = [DateMention(tokens[at].start, tokens[at].end, tokens[at].text, disaster_month)]
            section_years = {d.start_date[:4] for d in self._section_date if not d.yearless}
            if len(section_years) == 1:
                # "May 2021. The first stage … was run on 6 May": a day of the month heading the section, in its year
                # ("Декабрь 2017-го: … В декабре в Душанбе …": a month with no year told, of the section's year too)
                year = next(iter(section_years))
                s_dates = [replace(d, start_date=year + d.start_date[4:],
                                   end_date=year + d.end_date[4:] if d.end_date else None, yearless=False)
                           if d.yearless or (d.relative and len(d.start_date) >= 7
                                             and not re.search(r"\d{4}|год|year", d.text)
                                             and any(is_calendar_word(w) and not is_weekday(w)
                                                     for w in re.findall(r"\w+", d.text))) else d for d in s_dates]
            named_year = _NAMED_YEAR.search(sentence.text)
            if named_year and s_dates and all(d.yearless or (d.relative and len(d.start_date) >= 7 and not
                                                              re.search(r"\d{4}|год|year", d.text)) for d in s_dates):
                # "В мае Назарзода возглавил делегацию на салоне «Комплексная безопасность-2016»": the year the event's
                # name carries, over the year of the report
                year = named_year.group(1)
                s_dates = [replace(d, start_date=year + d.start_date[4:],
                                   end_date=year + d.end_date[4:] if d.end_date else None, yearless=False)
                           for d in s_dates]
            # "соглашение, подписанное в декабре 2021 года в ходе государственного визита": the day of the document
            # is that of the event it was signed during
            signed_on = [d for d in here if _signing_date(tokens, d, self.gazetteer.morph)]
            until = [d for d in s_dates if d.until]
            s_dates = [d for d in s_dates if not d.until]
            # ("… was signed at the 11th summit in Bishkek, the ministry said on Friday": the day of the words)
            s_dates = [d for d in s_dates if not (d.relative and self.said_on(tokens, d, lo))]
            if parsed.lang == "kk":
                # "Орталықтың 2021 жылы атқарған жұмысы": a day before a participle dates what it qualifies, not the
                # event (unless that is an event: "2024 жылғы 30 мамырда өткен кездесу")
                s_dates = [d for d in s_dates if not self._qualifies_another(tokens, d, hi)]
            if published is not None and any(d.relative and len(d.start_date) == 7 for d in s_dates) and (
                    self.planned.any_in(tokens, lo, hi) or (parsed.lang == "ru" and self._future(tokens, lo, hi))):
                # "в сентябре ждем делегацию" in a January interview: the September to come
                month = published.isoformat()[:7]
                s_dates = [replace(d, start_date=_shift_year(d.start_date, 1)) if d.relative and len(d.start_date) == 7
                           and d.start_date < month else d for d in s_dates]
            # dated at least to its month (a vague "later this year", "до конца года" fixes no plan)
            # (nor a span of months: "the joint exercises are to take place between September and December")
            to_month = any(len(d.start_date) >= 7 and not (d.relative and _VAGUE_YEAR.search(d.text))
                           and not (d.end_date and d.end_date[:7] != d.start_date[:7] and len(d.start_date) == 7)
                           for d in s_dates)
            # "13 ноября делегация прибыла в Алматы. Здесь гости провели рабочую встречу": the day and the place of the
            # sentence before
            placed_by = parsed.sentences[sentence.index - 1] \
                if sentence.index > 0 and tokens[lo].norm in _words("here_words") else None
            if placed_by is not None and not s_dates:
                s_dates = [d for d in dates if placed_by.start <= d.start < placed_by.end and len(d.start_date) == 10]
            elif not s_dates and sentence.index > 0 and self.then.any_in(tokens, lo, hi) \
                    and (any(sentence.index - 1 in e.evidence for e in events) or self.then.match_at(tokens, lo)):
                # ("… важной точкой стал июль 2019 года. Тогда Бишкек принимал Региональный форум": opening the
                # sentence, the time the one before names even with no event told there)
                # "… встреча прошла в мае прошлого года в Москве. Делегация участвовала тогда в салоне": the time and
                # place of the event just told (not of a disaster: "20 июля подземные толчки затронули Ошскую
                # область. УВКБ ООН тогда предоставило палатки")
                before = parsed.sentences[sentence.index - 1]
                s_dates = [d for d in dates if before.start <= d.start < before.end and not d.until
                           and not disaster_date(tokens, d)]
                placed_by = before if s_dates else None
            if not s_dates and (asked := _asked_when(parsed, sentence, dates)):
                # "– В начале июня вы были в России. С какими результатами вернулись? – Я принял участие в салоне …":
                # an interview's answer tells of the time the question names
                s_dates = asked
            # A place one comes from ("вылетел с аэродрома Алматы", "from Almaty airport") is not where it happens.
            # (but "at the Noginsk Rescue Center": a facility named after its town is where the event is)
            in_names = [(o.start, o.end) for o in actors if o.sentence == sentence.index and o.last > o.first
                        and not _facility_at(tokens, o)]
            s_places = [p for p in places if sentence.start <= p.start < sentence.end and not _departure(tokens, p)
                        and not any(a <= p.start and p.end <= b for a, b in in_names) and not _site(tokens, p, lo)
                        and not _seat(tokens, p, lo) and not _disaster_place(tokens, p, lo)
                        and not _area_of_a_unit(tokens, p) and not self._of_a_topic(tokens, p, lo)
                        and not _any_word(tokens, max(lo, p.first - 6), p.first, _words("simulating_words"))
                        and not _for_residents(tokens, p, lo)
                        and not _in_signing_clause(tokens, p.first, self.gazetteer.morph)
                        # ("Алматыдағы … орталықтың директоры": "the Almaty one", where a body is, not the event)
                        and not (parsed.lang == "kk" and _KK_ATTRIBUTIVE.search(parsed.text[p.start:p.end]))] \
                or self._town_of_base(tokens, lo, hi) \
                or self._head_office(tokens, lo, hi, actors) \
                or self._town_of_venue(parsed, lo, hi, actors) \
                or self._the_capital(tokens, lo, hi, actors) \
                or (section_places[0] if sentence.start < section_places[1] else []) \
                or ([p for p in places if placed_by is not None and placed_by.start <= p.start < placed_by.end
                     and not _departure(tokens, p)])
            heading_places = section_places[0] if sentence.start < section_places[1] else []
            heading_placed = bool(s_places) and s_places is heading_places  # (no place of the sentence's own)
            # "Хух-Хото, 2017 год. Совещание прошло в административном центре автономного района Внутренняя Монголия":
            # the town the heading names within the region the sentence names is the more precise place
            s_places = [h for h in heading_places if any(self.gazetteer.get(h.entry.key).located_in == p.entry.key
                                                         for p in s_places)] + s_places
            # "loaded at the Termez cargo center … and delivered across the border to the Afghan town of Hairatan":
            # where things go is where the event ends up, before where they were loaded
            s_places = sorted(s_places, key=lambda p: not _destination(tokens, p, lo))
            # A trigger word inside a post ("руководитель миссии") or after a plan word ("план учений") is no event.
            standing = [(m.first, m.last) for m in self.standing_bodies.find(tokens, lo, hi)]
            standing += [(m.first, m.last) for m in self.idioms.find(tokens, lo, hi)]  # ("in the course of")
            # ("Формат приграничных встреч появился в ШОС": a format of gatherings, over its adjective, names none)
            standing += [(k, k + 2) for k in range(lo, hi - 2) if tokens[k].lemma in ("формат", "format")
                         and self._adjective(tokens[k + 1]) and self._plural(tokens[k + 2])]
            # ("shared their experience in training rescue personnel": the verb's -ing with the people it trains, an
            # activity, not one course)
            standing += [(k, k) for k in range(lo, hi - 1) if tokens[k].norm == "training" and any(
                tokens[j].norm in _words("trained_people") for j in range(k + 1, min(hi, k + 3)))
                and not (k > lo and tokens[k - 1].norm in ("a", "the", "this", "joint"))]
            found = list(self.triggers.find(tokens, lo, hi))
            heads = {t.first: t for t in found}

            def many(t: PhraseMatch) -> bool:
                # (a plural of its own, or the plural head it qualifies: "training courses")
                head = heads.get(t.last + 1)
                return self._plural(tokens[t.last], any_reading=True) or (
                    head is not None and head.label == t.label and self._plural(tokens[head.last], any_reading=True))
            triggers = [t for t in found
                        # ("the Head of the OSCE Programme Office in Astana met …": a word of a body's name plans nothing)
                        if t.first not in blocked and (not any(m.first not in blocked and not (
                            # ("Душанбе стал местом проведения первой сессии": the venue of the event, held there)
                            m.first > lo and tokens[m.first - 1].lemma in _VENUE_NOUNS) and not (
                            # ("находится в Москве в связи с проведением салона": the occasion, held now)
                            m.first > lo + 1 and tokens[m.first - 1].norm == "с"
                            and tokens[m.first - 2].lemma == "связь") and not (
                            # ("первая подобная конференция … прошла в октябре": one edition counted, not the kind)
                            m.first > lo and m.last == m.first and tokens[m.first].lemma in _SUCH
                            and _is_ordinal(tokens[m.first - 1], self.gazetteer.morph)) and not (
                            # ("инициативу о подготовке такого документа на саммите … в Актау": the gathering where
                            # it was put forward, not one prepared)
                            any(tokens[k].norm in _AT_GATHERING for k in range(m.last + 2, t.first))) and not (
                            # ("подписан план, проведено совместное учение": a clause of its own, with its verb)
                            any(tokens[k].text in (",", ";") and self._verb(tokens[k + 1])
                                for k in range(m.last + 1, t.first - 1)))
                            for m in self.not_after.find(tokens, max(lo, t.first - 4), t.first))
                                                       # "Проведение нынешней встречи стало …": this very one
                                                       or (t.first > lo and tokens[t.first - 1].lemma in _THIS))
                        and not any(a <= t.first <= b for a, b in standing)
                        and not self._habitual(tokens, t, lo)
                        and not (many(t) and self._tallied(tokens, t, lo))
                        # ("в ШОС регулярно собираются руководители ведомств": what is done as a rule, in the present,
                        # on no day)
                        and not self._as_a_rule(parsed, lo, hi, here)
                        # ("Кыргызстан и Пакистан взаимодействуют и на многосторонних площадках, в том числе на
                        # совещаниях руководителей ведомств ШОС": gatherings in the plural, in the present, of no day)
                        and not (parsed.lang == "ru" and not here and t.first == t.last
                                 and tokens[t.first].lemma in _words("general_gatherings")
                                 # ("Приграничные встречи дополняют …": a plural its adjective tells)
                                 and (self._plural(tokens[t.first]) or t.first > lo
                                      and self._adjective(tokens[t.first - 1]) and self._plural(tokens[t.first - 1]))
                                 and self._tenses(tokens, lo, hi) == {"pres"})
                        # ("has become more practical in recent years, moving from declarations to joint training":
                        # with no date at all, a span of years tells no one event either)
                        and not (many(t) and self.habitually.any_in(tokens, lo, hi)
                                 and not any(len(d.start_date) == 10 for d in here)
                                 # (but "Учения организованы при поддержке МФОКК в рамках проекта": the exercise just
                                 # read, named again as the sentence's subject)
                                 and not (t.first == lo and current is not None and current.kind == t.label))
                        and not (not here and self.years_span.any_in(tokens, lo, hi))
                        # ("Таджикские специалисты проходят курсы повышения квалификации в российских учебных
                        # заведениях": courses in the plural, taken as a rule in the present, on no day)
                        and not (t.label == "Training" and not here and parsed.lang == "ru"
                                 and (many(t) or self._plural(tokens[t.first], any_reading=True))
                                 and self._tenses(tokens, lo, hi) == {"pres"})
                        and not self.place_nouns.any_in(tokens, t.last + 1, min(hi, t.last + 2))
                        and not _abbreviated(tokens, t.last + 1, hi)
                        # ("инструкторы Общества …, прибывшие в туркменскую столицу": who they are, no visit told)
                        # (but "Группа экспертов МЧС России, прибывшая в Киргизию в среду, обсуждает …": an arrival
                        # with a day of its own is told)
                        and not (t.label == "Visit" and t.first > lo and tokens[t.first - 1].text == ","
                                 and self._participle(tokens[t.first])
                                 and not any(tokens[t.last].end <= d.start and d.end <= tokens[
                                     _clause_end(tokens, t.last, hi) - 1].end for d in here))
                        and not self._a_part(tokens, t, hi)
                        # ("attended the opening of the course and the final exercise": the course's own last drill)
                        and not (t.label == "Exercise" and t.first > lo and not here
                                 and tokens[t.first - 1].lemma in _words("final_words")
                                 and (current is not None and current.kind == "Training"
                                      or any(x.label == "Training" for x in found)))
                        # ("Отдельная часть встречи была посвящена практическим занятиям", "part of the meeting": the
                        # event just read, named by a word of its own)
                        and not (current is not None and _part_of_it(tokens, t.first, lo))]
            # ("путь … проходил через региональные встречи, учебные курсы и обмен опытом": kinds of work a way went
            # through, and the kinds listed after the first that names no event either)
            gone = [t for t in found if t not in triggers and self.not_after.any_in(tokens, max(lo, t.first - 4), t.first)]
            gone += [t for t in triggers if self._agreed_on_no_day(tokens, t.first, lo, here)]
            # ("Видеоконференция, май 2021 года\n6 мая 2021 года дежурная смена приняла участие в учениях": the line
            # heading a chronicle's item with its date and where it was held names no event of its own)
            head_end = _heading_line_end(parsed, sentence, here, places)
            gone += [t for t in triggers if tokens[t.first].start < head_end]
            if head_end and current is not None and not any(
                    current.start and _compatible(d.start_date, current.start) for d in here if d.end <= head_end):
                current = None  # (an item of another time: what follows tells nothing more of the one read)
            gone += [t for t in triggers if (k := self._before_adjectives(tokens, t.first, lo)) is not None
                     and tokens[k].norm in ("через", "through")]
            triggers = [t for t in triggers if t not in gone and not any(
                u.last < t.first and all(tokens[k].text in (",", "и", "and") or self._adjective(tokens[k])
                                         for k in range(u.last + 1, t.first)) for u in gone)]
            reach = _PAIR_REACH if parsed.lang != "kk" else 3 * _PAIR_REACH  # (Kazakh puts the verb last)
            names = [(o.first, o.last) for o in s_actors if o.last > o.first]
            for kind, groups in self.together:
                if any(t.label == kind for t in triggers):
                    continue
                if kind == "Meeting" and any(t.label == "AidDelivery" for t in triggers):
                    continue  # "Оборудование передал посол КНР, принял — заместитель министра": aid received
                if kind == "AidDelivery" and current is not None and current.kind == "Exercise" and not s_dates:
                    continue  # "Kyrgyz and Tajik rescuers arrived by road" for the exercise being read: no aid
                found = []
                for group in groups:  # (the other words are looked for only once the verb is found)
                    found.append(group.find(tokens, lo, hi))
                    if not found[-1]:
                        break
                if not all(found):
                    continue
                if current is not None and all(self._a_part(tokens, w, hi) for w in found[-1]):
                    continue  # ("Практические занятия прошли на полигоне Академии": the classes of the course read)
                if all(self.not_after.any_in(tokens, max(lo, w.first - 6), w.first)
                       or self._agreed_on_no_day(tokens, w.first, lo, here) for w in found[-1]):
                    continue  # ("провели переговоры и договорились о первых совместных учебных курсах": still to come)
                if self._as_a_rule(parsed, lo, hi, here):
                    continue  # ("в ШОС регулярно собираются руководители ведомств": as a rule)
                if kind == "Visit" and any(t.label == "Forum" for t in triggers) \
                        and all(tokens[m.first].lemma in _words("staying_words") for m in found[0]):
                    continue  # ("находящийся в Москве во главе делегации на салоне «Комплексная безопасность»": there
                    # for the gathering, no visit of its own)
                if not here and self.years_span.any_in(tokens, lo, hi):
                    continue  # ("офицеры КЧС в разные годы прошли обучение в вузах МЧС России": over many years)
                if kind == "Training" and self.habitually.any_in(tokens, lo, hi) \
                        and not any(len(d.start_date) == 10 for d in here) \
                        and all(self._plural(tokens[w.last], any_reading=True) for w in found[1]):
                    continue  # "в рамках проекта сотрудники проходят курсы": a standing line of courses, none told
                if all(self._plural(tokens[w.last], any_reading=True) and self._tallied(tokens, w, lo)
                       # (the events counted, not the people: "trained 24 forecasters")
                       and not any(tokens[m.first].lemma in _TRAINED_VERBS for m in found[0])
                       for w in found[-1]):
                    continue  # ("наши специалисты прошли больше двадцати зарубежных курсов": a tally of the year)
                # "делегация приняла участие": the verb of a pair taken up by a word of its own is no trigger; the
                # other words of the pair stand near the verb ("было предоставлено … валового внутреннего продукта"
                # pairs nothing)
                verbs = [m for m in found[0] if (m.last + 1 >= hi or tokens[m.last + 1].lemma not in self.taken_up
                                                 or kind == "Visit"  # ("the mission travelled to Bishkek")
                                                 # ("63 rescuers … flew to Türkiye")
                                                 or kind == "AidDelivery" and tokens[m.last + 1].norm == "to")
                         # (nor "The aid was received by representatives of the Afghan side": what is received is
                         # no guest; "The delegation was received by the Vice Minister" is a reception)
                         and (kind != "Meeting" or m.first <= lo or tokens[m.first - 1].lemma not in self.received)
                         # (nor "принимающей стороной выступил Комитет, его председатель …": the host of a gathering)
                         and (kind != "Meeting" or not self._participle(tokens[m.first]))
                         # (nor "можно принимать обоснованные решения, — подчеркнули в Делегации": the verb has an
                         # object of its own)
                         and (kind != "Meeting" or not self._other_object(tokens, m.last, hi, found[1:]))
                         and (kind != "Meeting" or m.first <= lo + 1 or tokens[m.first - 1].norm not in _words("passive_auxiliaries")
                              or tokens[m.first - 2].lemma not in self.received and not (
                                  # ("In Turgundi it was received by representatives of the Herat provincial
                                  # administration": the aid just read)
                                  tokens[m.first - 2].norm in ("it", "they") and current is not None
                                  and current.kind == "AidDelivery"))
                         # (a frame that opens the sentence reaches its verb: "On the sidelines of the seminar, on 10
                         # September, Mr. Tanaka and Deputy Minister Yusupov discussed …")
                         and all(any(_apart(tokens, w.first, m.first, names) <= reach or (
                             # ("специалистам ведомств стран Центральной Азии, отвечающих за …, а также Центра … были
                             # представлены": a long object before its verb, with no finite verb between)
                             parsed.lang == "ru" and w.last < m.first
                             and _apart(tokens, w.first, m.first, names) <= 2 * reach
                             and not any(tokens[k].lemma != "быть" and self._finite(tokens[k])
                                         for k in range(w.last + 1, m.first))) or (
                             w.first <= lo + 1 and SIDELINES.match(parsed.text, tokens[w.first].start))
                                     for w in words) for words in found[1:])]
                if kind == "Training":
                    # ("UNDP experts also trained 24 forecasters", "обучили 30 спасателей": the people after the verb;
                    # not "volunteers trained in first aid", "where rescuers are trained")
                    verbs = [m for m in verbs if tokens[m.first].lemma not in _TRAINED_VERBS or (
                        (m.first == lo or tokens[m.first - 1].norm not in _BE_WORDS)
                        and any(0 < w.first - m.last <= 4 for words in found[1:] for w in words))]
                if verbs:
                    triggers.append(verbs[0])
            row = sentence.text.count("|") >= 2
            if row and not here:
                # "Date | Donor | Place of handover | Assistance | Received by": the heading of a table of events
                table_kind = next((kind for kind, words in self.table_heads if words.any_in(tokens, lo, hi)), None)
            elif not row:
                table_kind = None
            elif table_kind and here and not any(t.label == table_kind for t in triggers):
                # "3 Sep | Ministry of Emergency Situations of Kazakhstan | Kabul | 2 flights; 38 MT of tents | ANDMA"
                word = next((k for k in range(lo, hi) if tokens[k].is_word and not tokens[k].text.isdigit()), lo)
                triggers.append(PhraseMatch(table_kind, word, word))
            # "Второй этап запланирован на 12 мая", "The second stage of the exercise will be held on May 12": a
            # numbered stage of the exercise just read, fixed for a day, is an exercise of its own
            exercise = next((e for e in reversed(events) if e.kind == "Exercise"), None) \
                if any(len(d.start_date) == 10 for d in s_dates) else None
            if exercise is not None and exercise.start and all(
                    exercise.start <= d.start_date <= (exercise.end or exercise.start) or d.start_date == exercise.begun
                    for d in s_dates if len(d.start_date) == 10):
                # ("Today we checked …," he said after the final stage": a stage on a day of the exercise's own span
                # is a part of it, told again)
                exercise = None
            # (over an adjective after a comma: "The second, practical stage is scheduled for 12 May")
            stage = next((k for k in range(lo + 1, hi) if tokens[k].lemma in _words("stage_words")
                          and (n := _ordinal_before(tokens, k, lo)) is not None
                          and tokens[n].lemma not in _words("first_ordinals")
                          and (_is_ordinal(tokens[n], self.gazetteer.morph)
                               or tokens[n].norm in _words("later_ordinals"))
                          # (not "Preparations entered the final stage", "подготовка вышла на завершающий этап")
                          and not any(tokens[j].lemma in _PREPARATION or tokens[j].norm in _PREPARATION
                                      for j in range(max(lo, k - 5), min(hi, k + 3)))), None) if exercise else None
            if stage is not None:
                stages[sentence.index] = exercise
                if not any(t.label == "Exercise" for t in triggers):
                    triggers.append(PhraseMatch("Exercise", stage, stage))
            triggers.sort(key=lambda t: t.first)
            # ("There has been talk of giving the Center a role": talk in the singular is what is said, no talks)
            # ("There are consultations on that": what goes on, with no day, is no event told)
            triggers = [t for t in triggers if not (t.first == t.last and tokens[t.first].norm == "talk") and not (
                not s_dates and t.first >= lo + 2 and tokens[t.first - 2].norm == "there"
                and tokens[t.first - 1].norm in ("are", "is", "were"))]
            # ("Члены делегации встретились с узбекскими курсантами": people met, no talks of sides)
            triggers = [t for t in triggers if not _met_people(tokens, t, hi)]
            # "расширяет поддержку — от участия в региональных диалогах до крупных грантовых программ": kinds of work
            # named in the plural as the ends of a span, none of them one event
            triggers = [t for t in triggers if not (
                self._plural(tokens[t.last]) and tokens[t.last].lemma != tokens[t.last].norm
                and any(tokens[k].norm in ("от", "from") for k in range(max(lo, t.first - 4), t.first))
                and any(tokens[k].norm in ("до", "to") for k in range(t.last + 1, min(hi, t.last + 8))))]
            if sentence.index < title_sentences:
                # "Сели, форумы и новые соглашения: чем запомнился год": kinds of things listed in a headline
                triggers = [t for t in triggers if not (
                    self._plural(tokens[t.last]) and tokens[t.last].lemma != tokens[t.last].norm
                    and (any(tokens[k].norm in (",", "и", "and") for k in (t.first - 1, t.last + 1) if lo <= k < hi)
                         # ("Спасатели стран ШОС: от учений «Стихия» до совещаний …": the span of what a review tells)
                         or t.first > lo and tokens[t.first - 1].norm in ("от", "до", "from")))]
            # ("Учению предшествовали двухдневные учебно-методические сборы", "The exercise was preceded by a
            # workshop": the event read, named as what another came before; the other is the sentence's event)
            preceded = [t for t in triggers if any(
                tokens[k].lemma in _PRECEDING or tokens[k].norm in _PRECEDING
                for k in range(t.last + 1, min(hi, t.last + 3)))]
            if preceded and any(t.label not in {p.label for p in preceded} for t in triggers):
                triggers = [t for t in triggers if t not in preceded]
            manner = [t for t in triggers if _in_manner(tokens, t)]
            if manner and (any(t.label not in ("Forum", "Meeting") for t in triggers if t not in manner)
                           or len(manner) == len(triggers) and current is not None and current.kind != "Meeting"):
                # "Первый этап учений прошел в режиме видеоконференции": how the event the sentence tells was held
                # ("… приняла участие в учениях. Этап прошел в режиме видеоконференции": or the one just read)
                manners.update(tokens[t.first].lemma for t in manner)
                triggers = [t for t in triggers if t not in manner]
            if any(t.label in ("Training", "Forum") for t in triggers):
                # "прошёл вводный семинар, которым был дан старт проекту": the launch of a project is the seminar
                triggers = [t for t in triggers if not (t.label == "Meeting" and any(
                    tokens[k].lemma in _words("project_words") for k in range(t.first, t.last + 1)))]
            # ("Миссия ОБСЕ работает в Таджикистане с 1994 года": a body at work there since a year long past, no visit)
            triggers = [t for t in triggers if not (
                t.label == "Visit" and any(tokens[k].lemma in _words("staying_words") or tokens[k].norm
                                           in _words("staying_words") for k in range(t.first, t.last + 1))
                and any(tokens[k].norm in _words("since_words") and re.fullmatch(r"(?:19|20)\d\d", tokens[k + 1].text)
                        and published is not None and int(tokens[k + 1].text) < published.year
                        for k in range(lo, hi - 1)))]
            # ("С 14 по 16 мая в Алматы прошёл тренинг … Принимало гостей Общество Красного Полумесяца": who hosts the
            # guests of a gathering told in the sentence hosts that gathering, no visit)
            # (or of the one just read, hosting with no day of its own: "Принимало гостей Общество …")
            triggers = [t for t in triggers if not (t.label in ("Visit", "Meeting") and any(
                tokens[k].lemma in ("гость", "guest") for k in range(t.first, min(hi, t.last + 2)))
                and (any(u.label in ("Forum", "Training", "Exercise") for u in triggers)
                     or current is not None and current.kind in ("Forum", "Training", "Exercise") and not here
                     and tokens[t.first].lemma == "принимать" and tokens[t.first].norm != "принимать"))]
            # "a project launch workshop", "signing ceremony seminar": a trigger right before one of another kind
            # only qualifies it
            triggers = [t for t in triggers if not any(u.first == t.last + 1 and u.label != t.label
                                                       and u.label in ("Training", "Forum") for u in triggers)]
            # "the Regional Forum – Meeting of Heads of Emergency Authorities": the forum's name goes on after a dash
            triggers = [t for t in triggers if not any(u.label == "Forum" != t.label and t.first == u.last + 2
                                                       and tokens[u.last + 1].text in ("–", "—", "-", ":")
                                                       for u in triggers)]
            if not any(t.label == "AidDelivery" for t in triggers):
                # "курс, который финансирует Правительство Японии": who pays for a project takes no part in a course
                # or a meeting of it (the donor of aid handed over does).
                funders = self._funders(tokens, s_actors, lo, hi)
                s_actors = [o for o in s_actors if o.first not in funders]
            if triggers and not s_actors and not s_dates and hi - lo <= 4 and sentence.index >= title_sentences:
                # "ВИДЕОКОНФЕРЕНЦИИ", "Training": a section heading names the kind of the items below, no event
                triggers = []
            # ("Самолет с сотрудниками МЧС, которые будут помогать в ликвидации последствий, приземлился": the plan
            # of a relative clause is not the sentence's)
            clauses = _relative_clauses(tokens, lo, hi)
            # ("… prepare the financing that reconstruction will require": the future of a clause that qualifies a noun)
            # (", which will remain at the disposal of the units": a relative clause set off by a comma too)
            clauses += [(k, hi) for k in range(lo, hi) if tokens[k].norm in ("that", "which") and k > lo
                        and (tokens[k - 1].is_word and not tokens[k - 1].is_capitalized
                             or (tokens[k - 1].text == "," and tokens[k].norm == "which"))
                        and any(tokens[j].norm in ("will", "would") for j in range(k + 1, min(hi, k + 4)))]
            # ("был проведён вводный семинар: эксперты рассказали о том, какие инструменты планируется отработать":
            # what is told after a colon past the events is of their content)
            colon = next((k for k in range(max((t.last for t in triggers), default=hi), hi) if tokens[k].text == ":"),
                         None)
            if colon is not None:
                clauses.append((colon, hi))
            # (a project's name in quotation marks is no plan: «Повышение готовности стран … к восстановлению»)
            clauses += _quoted_spans(tokens, lo, hi)
            # ("Программа … – это конкретный план на три года: совместные учения, стажировки": what a document holds,
            # listed after a colon, is no event)
            # (a list of things, not a sentence of its own: "The first practical step under the memorandum is already
            # scheduled: a joint exercise … will be held on Sept. 21-23")
            content = next((k for k in range(lo + 1, hi) if tokens[k].text == ":" and any(
                tokens[j].lemma in _DOCUMENTS or tokens[j].norm in _DOCUMENTS for j in range(max(lo, k - 6), k))
                and self._verbless(tokens, k + 1, hi)), None)
            if content is not None:
                triggers = [t for t in triggers if t.first < content or self._refers(tokens, t.first)]
            # ("провела семинар о том, как консульским службам планировать работу", "a workshop on how to plan …":
            # the subject of the event read, after its word)
            clauses += [(k, hi) for k in range(lo + 1, hi - 3) if any(0 < k - t.last <= 3 for t in triggers) and (
                tokens[k].norm == "о" and tokens[k + 1].norm == "том" and tokens[k + 2].text == ","
                and tokens[k + 3].norm == "как" or tokens[k].norm in ("on", "about") and tokens[k + 1].norm == "how"
                and tokens[k + 2].norm == "to")]
            # (a month fixes a plan, but not the month of a relative clause of no event: ", which had slowed down
            # recently,")
            # (not a participle that qualifies a noun: "эксперты представили … ожидаемые результаты")
            # (nor a verb of saying that tags the sentence with its source: "…, the agency announced.")
            only_plans = (any(not any(a <= m.first <= b for a, b in clauses) and not self._attributive(tokens, m, hi)
                              and not _source_tag(tokens, m, lo, hi) for m in self.planned.find(tokens, lo, hi))
                          or (parsed.lang == "ru" and self._future(tokens, lo, hi))
                          # "Rescuers from Kyrgyzstan and France to hold joint exercises": a headline's future
                          or (sentence.index < title_sentences and bool(_HEADLINE_FUTURE.search(sentence.text)))
                          # "invited its partners to hold the next exercise in Dushanbe" (not "invited to the forum")
                          or bool(_INVITED_TO_DO.search(sentence.text))) \
                and (not to_month or all(any(tokens[a].start <= d.start < tokens[b].end
                                             and not any(a <= t.first <= b for t in triggers) for a, b in clauses)
                                         for d in s_dates if len(d.start_date) >= 7)
                     or any(0 < t.first - m.last <= 8 and self._governs_a_verb(tokens, m.last, hi)
                                         # (Kazakh puts what one is ready to do first: "көмек жіберуге дайын",
                                         # "көмек көрсетуге және құтқарушыларын жіберуге дайын")
                                         or parsed.lang == "kk" and 0 < m.first - t.last <= 6
                                         for m in self.intentions.find(tokens, lo, hi) for t in triggers))
            # ("В тот же день Казахстан и Узбекистан объявили, что направят в Турцию помощь": what a clause after
            # ", что" tells in the future alone is announced, and the day of the words fixes nothing)
            only_plans = only_plans or parsed.lang == "ru" and bool(triggers) and all(
                self._said_to_come(tokens, t.first, hi, s_dates) for t in triggers)
            # ("В тот же день о готовности направить спасателей заявили …": the day of the readiness to do a thing
            # is that of the words, it fixes nothing)
            # ("По итогам встречи достигнуты договоренности:\n- о проведении … совместных учений": the items of what
            # was agreed on)
            only_plans = only_plans or _listed_after_plan(parsed, sentence.index)
            only_plans = only_plans and stage is None  # (a stage fixed for a day is held then)
            if only_plans and current is not None and self._ahead(current) and triggers \
                    and all(self._refers(tokens, t.first) and t.label == current.kind for t in triggers):
                # ("Председательствовать на заседании будет заместитель министра": the programme of the session fixed
                # for a day ahead, named again)
                only_plans = False
            planned_kinds = set()  # the kinds of the events the sentence only plans
            if only_plans:
                # "agreed to hold joint exercises": a plan without a date is not an event yet (a trigger there may
                # still name again an event already read, never a new one).
                # ("spoke in favour of ties … in the training of specialists": no training read before)
                # ("the joint exercises are to take place between September and December": "the" names no event read)
                # (not "The meeting will be chaired by …": the gathering read, named again)
                planned_kinds = {t.label for t in triggers
                                 if not _after_the(tokens, t.first) and not self._refers(tokens, t.first)}
                triggers = [t for t in triggers if self._refers(tokens, t.first) and not _after_the(tokens, t.first)
                            or any(e.kind == t.label for e in events) or _occasion_of_words(tokens, t.first, lo)]
            # ("Подписать соглашение государства рассчитывают на очередном саммите": the verb put first)
            fronted = parsed.lang == "ru" and self._infinitive(tokens[lo])
            aims = [m for m in self.intentions.find(tokens, lo, hi)
                    if tokens[m.last].norm == "to" or fronted or self._governs_a_verb(tokens, m.last, hi)]
            if aims and not any(len(d.start_date) == 10 for d in s_dates):
                # "expressed readiness to continue providing assistance, including through trainings", "готовы
                # направить спасателей": what is intended is not held
                triggers = [t for t in triggers if t.first < aims[0].first or self._refers(tokens, t.first)
                            or _occasion_of_words(tokens, t.first, lo)]
            agreed = self._agreed_to_do(tokens, lo, hi)
            # (a span of months fixes nothing: "провести совместные учения в период с сентября по декабрь")
            if agreed is not None and not any(d.start > tokens[agreed].start and len(d.start_date) >= 7
                                              and not (len(d.start_date) == 7 and d.end_date
                                                       and d.end_date[:7] != d.start_date[:7])
                                              for d in s_dates):
                # "Стороны договорились в 2024 году провести совместные учения", "Очередное заседание Комиссии решено
                # провести в 2025 году": what is agreed on without its month is not held yet (the meeting told
                # before it, past a comma, is: "…, где встретилась с руководством университета; стороны договорились
                # проработать вопрос"; and "решено 20 мая провести тренировку" is fixed for a date)
                # ("agreed that joint exercises …": "that" opens what was agreed, it names no event read)
                triggers = [t for t in triggers if self._refers(tokens, t.first) and not (
                    tokens[agreed + 1].norm == "that" and t.first - agreed <= 4) or t.first < agreed and any(
                    tokens[k].text in (",", ";", ":") for k in range(t.last + 1, agreed))]
                # (its year and place are not those of the meeting it was agreed at)
                s_dates = [d for d in s_dates if d.start < tokens[agreed].start]
                s_places = [m for m in s_places if m.start < tokens[agreed].start]
            if current is not None and current.kind == "Visit" and not s_dates:
                # "По итогам консультаций стороны намерены подготовить предложения": the talks of the visit being read,
                # told as the ground of what came of it
                # (but "По итогам его переговоров с Президентом Казахстана подписан пакет документов": talks with a
                # counterpart named are talks of their own within the visit)
                triggers = [t for t in triggers if not (t.label == "Meeting" and self.outcome_of.any_in(
                    tokens, max(lo, t.first - 3), t.first) and not (
                        t.last + 2 < hi and tokens[t.last + 1].norm in _WITH and tokens[t.last + 2].is_capitalized))]
            if any(e.kind == "Visit" and (max(e.evidence) >= sentence.index - 6 or _any_word(tokens, lo, hi, _VISIT_WORDS))
                   for e in events) and not any(len(d.start_date) == 10 for d in s_dates):
                # "В рамках визита гости … посетили учебный центр, где им показали тренировку": a drill shown to the
                # visitors is part of the visit (one told with a day of its own is held: "Завершился визит 14 ноября
                # показательными учениями")
                triggers = [t for t in triggers if not (t.label in ("Exercise", "Training")
                                                        and _any_word(tokens, max(lo, t.first - 4), t.first, _SHOWN))]
            if current is not None and current.kind in ("Training", "Exercise") \
                    and self.programme_contents.any_in(tokens, lo, min(hi, lo + 6)):
                # "Программа включала … практические тренировки": parts of the course just read
                triggers = [t for t in triggers if t.label not in ("Training", "Exercise")]
            if current is not None and current.kind == "Training" \
                    and not any(len(d.start_date) == 10 for d in s_dates) \
                    and _any_word(tokens, lo, hi, _words("trainee_words")):
                # "В последний день слушатели провели штабную тренировку": what the trainees of the course just read
                # do is part of it
                triggers = [t for t in triggers if t.label not in ("Training", "Exercise")]
            # ("В 2018 году встречи руководителей ведомств получили постоянный характер, а сам форум стал …")
            # (not the event read, named again: "Проведение нынешней встречи стало практическим воплощением …")
            triggers = [t for t in triggers if self._refers(tokens, t.first) or t.first > lo and tokens[
                t.first - 1].lemma in _words("this_words") or not any(
                self._became(tokens, m, hi) for m in self.status_after.find(tokens, t.last + 1, min(hi, t.last + 5)))]
            laws = self.document_subjects.find(tokens, lo, hi)
            if laws:
                # "the drafting of a law on international humanitarian assistance": the law's subject, no event
                triggers = [t for t in triggers if not any(0 < t.first - m.last <= 4 for m in laws)]
            talk = self.discussed.find(tokens, lo, hi)
            # (a day told before the talk is that of the talks: "The same day, a UNDP team met the minister to discuss
            # … coordination of humanitarian assistance")
            if talk and not (to_month and any(d.start >= tokens[talk[0].first].start for d in s_dates)):
                # "стороны обсудили подготовку учения": what is talked about is not an event of this report (nor "the
                # training of rescuers", a topic, though "the" may name an event again)
                # (but "This was discussed at a meeting between …", "обсуждался на встрече …": where the talks were)
                # (the talks themselves stay: "статс-секретарь обсудил с послом Франции совместные учения")
                triggers = [t for t in triggers if t.first <= talk[0].first or self._refers(tokens, t.first) and not (
                    tokens[t.first - 1].norm == "the" and t.last + 1 < hi and tokens[t.last + 1].norm == "of")
                    or _occasion_of_talks(tokens, talk[0], t) or self._held_in_clause(tokens, t, hi, s_dates)]
            aid = [t for t in triggers if t.label == "AidDelivery"]
            if aid:
                # (not a visit told before a colon that lists what came of it: "Делегация МЧС России завершила рабочий
                # визит в Узбекистан: подписан план, проведено совместное учение, передана техника")
                triggers = [t for t in triggers if t.label != "Visit" or any(
                    tokens[k].text in (":", ";") for k in range(t.last + 1, aid[0].first))]
            forums = [t for t in triggers if t.label == "Forum"]
            if forums:
                # "салон посетили делегации из 30 государств", "visited the exhibition": attending a gathering,
                # not a visit to a state
                triggers = [t for t in triggers if not (t.label == "Visit" and self._verb(tokens[t.first]) and any(
                    -4 <= f.first - t.last <= 3 for f in forums))]
            said = _statement(tokens, lo, hi)
            if said is not None and not (any(t.first > said for t in triggers)
                                         and any(d.start > tokens[said].start for d in s_dates)):
                # "the Turkmen side noted that … Turkmenistan attaches great importance to cooperation with the United
                # Nations": who is spoken of in a statement takes no part for that, unless it tells a dated event
                # ("noted that both states signed the agreement at the summit in Bishkek in November 2024")
                s_actors = [o for o in s_actors if o.first < said]
            # ("Первый – совещания руководителей ведомств … Так, в 2015 году такая встреча прошла в Чэнду": a meeting
            # of the kind of gathering just told; the sentences before are read only for such a meeting)
            triggers = [PhraseMatch("Forum", t.first, t.last) if t.label == "Meeting" and t.first > lo
                        and tokens[t.first - 1].lemma in _words("kind_such_words") and not self._verb(tokens[t.first])
                        and any(u.label == "Forum"
                                for u in self.triggers.find(tokens, self._sentences_back(tokens, lo, 3), lo)) else t
                        for t in triggers]
            edition = _ORDINALS.get(tokens[lo].lemma) or _ORDINALS.get(tokens[lo].norm) \
                if lo + 1 < hi and self._verb(tokens[lo + 1]) else None
            numbered = next((e for e in reversed(events) if e.ordinal == edition and e.kind in ("Forum", "Meeting")),
                            None) if edition else None
            if numbered is not None:
                # "18 сентября открылось седьмое совещание … Шестое состоялось в Хух-Хото. Седьмое принимает
                # Челябинск: на Урал прибыли делегации …": the edition of that number read, its noun left out; who
                # arrives or is received takes part in it
                current = numbered
                numbered.add(o.key for o in s_actors)
                numbered.told_in(sentence.index)
                triggers = [t for t in triggers if t.label not in ("Meeting", "Visit", "Forum")]
            gatherings = [t for t in triggers if t.label in ("Meeting", "Forum")]
            if gatherings:
                # "Кувшинова, прибывшего на встречу", "Delegations … arrived in Ashgabat for the talks", "салон, куда
                # Назарзода прибыл": arriving for the gathering the sentence tells is taking part in it, no visit
                # (not "A delegation, which arrived in Uzbekistan this week, has held talks": a visit and its talks)
                triggers = [t for t in triggers if not (
                    t.label == "Visit" and tokens[t.first].lemma in _ARRIVE and any(
                        (0 < g.first - t.last <= 8 and any(tokens[k].norm in _words("purpose_words") and (
                            tokens[k].norm != "for" or tokens[k + 1].norm == "the")  # (not "for talks on …": a purpose)
                            for k in range(t.last + 1, g.first)))
                        or (g.last < t.first and any(tokens[k].norm in _words("where_to_words") for k in range(max(lo, t.first - 3),
                                                                                           t.first)))
                        for g in gatherings))]
            if gatherings:
                # "Делегация КЧС находится в российской столице в связи с проведением салона": staying for the
                # gathering told is taking part in it, no visit
                triggers = [t for t in triggers if not (
                    t.label == "Visit" and any(tokens[k].lemma in _words("staying_words")
                                               for k in range(t.first, t.last + 1))
                    and any(0 < g.first - t.last <= 12 and any(tokens[k].norm in _words("occasion_words")
                                                               for k in range(t.last + 1, g.first))
                            for g in gatherings))]
            # "Heads of emergency authorities are meeting in Bishkek today for the Regional Forum": meeting for a forum
            # is taking part in it ("… met in Almaty on 18–19 November for a regional workshop": in a course)
            triggers = [t for t in triggers if not (t.label == "Meeting" and (self._verb(tokens[t.first]) or (
                tokens[t.first].norm in ("meet", "meeting") and tokens[t.first - 1].norm in _BE_FORMS)) and any(
                f.label in ("Forum", "Training", "Exercise") and 0 < f.first - t.last <= 12 and any(
                    tokens[k].norm in ("for", "at", "на") and tokens[k + 1].norm in ("the", "a") or tokens[k].norm == "на"
                    for k in range(t.last + 1, f.first)) for f in triggers))]
            # "Российская оперативная группа … прибыла": a team arriving to work, not a visit
            triggers = [t for t in triggers if not (t.label == "Visit" and tokens[t.first].lemma in _ARRIVE
                                                    and self.arriving_teams.any_in(tokens, max(lo, t.first - 12),
                                                                                   t.first))]
            # "заседание Кабинета Министров Туркменистана": a government's own sitting
            triggers = [t for t in triggers if not (self.sittings.any_in(tokens, t.first, t.last + 1) and any(
                m.first <= t.last + 2 for m in self.domestic_sittings.find(tokens, t.last + 1, min(hi, t.last + 6))))]
            if self.ratifying.any_in(tokens, lo, hi):
                # "на пленарном заседании ратифицировали Соглашение": a parliament's or a government's sitting is
                # no cooperation event; the ratification is recorded with the agreement.
                triggers = [t for t in triggers if not self.sittings.any_in(tokens, t.first, t.last + 1)]
            if self.scenario.any_in(tokens, lo, min(hi, lo + 4)) and current is not None \
                    and current.kind == "Exercise":
                # "По замыслу учений, …": the scenario of the exercise read, to the paragraph's end
                end = parsed.text.find("\n\n", sentence.end)
                scenario_until = end if end != -1 else len(parsed.text)
            if sentence.start < scenario_until and here:
                scenario_until = -1  # ("Второй этап пройдет 12 мая в Ногинске": a day of its own ends the scenario)
            if sentence.start < scenario_until:
                triggers = [t for t in triggers if t.label == "Exercise"]
            # ("Ранее, в конце июля, после землетрясения … УВКБ ООН предоставило министерству 250 палаток": an earlier
            # deed told with its month is an event of its own)
            if told_as_history(self.background, tokens, lo, hi, self.gazetteer.morph) \
                    and not any(d.start_date for d in s_dates if len(d.start_date) >= 7) \
                    or self.recalling.any_in(tokens, lo, hi) \
                    and not any(d.start_date for d in s_dates if len(d.start_date) == 10 and not d.relative):
                # A sentence about history ("the Center was founded in 2013") starts no event.
                triggers = [t for t in triggers if self._refers(tokens, t.first)]
            within_ref: Draft | None = None
            framed = False  # the frame is named with "в рамках", "на полях" …
            day_of_frame: int | None = None
            new_here: list[Draft] = []
            in_sentence: dict[str, Draft] = {}
            if series is not None and sentence.index > series.evidence[-1] and not self.series.any_in(tokens, lo, hi):
                # "Вчера Аринов провел серию двусторонних встреч. С министром … Узбекистан обсуждены вопросы … На
                # встрече с представителями УСРБ ООН речь шла о …": a meeting of the series per counterpart named
                sides = {self.gazetteer.state_of(k) or k for k in series.participants}
                counterparts = [o for o in s_actors if (self.gazetteer.state_of(o.key) or o.key) not in sides]
                others = {self.gazetteer.state_of(o.key) or o.key for o in counterparts}
                own_day = [d for d in s_dates if len(d.start_date) == 10 and series.start
                           and not _within_days(d.start_date, series.start, series.end)]
                # ("Стороны отметили высокий уровень взаимодействия", "Куренков сообщил, что МЧС России окажет
                # содействие в создании в Таджикистане …": the meeting of that counterpart, read since, goes on)
                going_on = any(e.kind == "Meeting" and max(e.evidence) >= series.evidence[0]
                               and others <= {self.gazetteer.state_of(k) or k for k in e.participants} for e in events)
                # a meeting told with a verb of its own ("Также состоялась встреча с министром …") is read as any
                # other, within the series' frame (below); "На встрече с …", "В ходе встречи с …" name one of the series
                told_apart_here = all(t.label == "Meeting" and t.first > lo and tokens[t.first - 1].norm in _words("at_meeting")
                                      for t in triggers)
                if own_day or not told_apart_here or not counterparts or len(others) > 1 or going_on:
                    series_idle = 0 if any(t.label == "Meeting" for t in triggers) and not own_day else series_idle + 1
                    if own_day or series_idle > 2:
                        series = None
                    elif not counterparts and triggers and all(t.label == "Meeting" for t in triggers):
                        triggers = []  # "все встречи прошли в конструктивном ключе": the series named again
                else:
                    word = triggers[0] if triggers else PhraseMatch("Meeting", counterparts[0].first,
                                                                    counterparts[0].last)
                    draft = self._new(parsed, events, "Meeting", sentence.index, word, s_dates, s_places)
                    draft.add(series.participants)
                    draft.add(o.key for o in counterparts)
                    told_apart.setdefault(series.id, []).append(draft)
                    series_idle, triggers = 0, []
                    new_here.append(draft)
            # (the bodies of a sentence that told no event, for an event the next one names at its opening)
            told_before, told = ((sentence.index, [o for o in s_actors if o.kind != "State"]) if not triggers
                                 else None), told_before
            if any(t.label == "Forum" for t in triggers) and not self.distributive.any_in(tokens, lo, hi):
                # "Heads of agencies met in Bosteri for the regional forum": they met at the forum ("met with X at
                # the forum" is a meeting of its own).
                # ("the EU Ambassador met the Minister … on the sidelines of the conference": talks framed by it)
                triggers = [t for t in triggers if t.label != "Meeting"
                            or any(tok.norm in _WITH for tok in tokens[t.last + 1:min(hi, t.last + 3)])
                            or event_label(parsed, self.gazetteer.morph, t.first, t.last) is not None
                            or (SIDELINES.search(sentence.text) and any(
                                t.last < o.first <= t.last + 3 for o in s_actors))]
            # "He met the minister of Uzbekistan, and then held separate talks with UNDRR, UNDP and GIZ": each clause
            # holds its own meetings.
            spread = [m for m in self.distributive.find(tokens, lo, hi)]
            if not spread and _meetings_told_next(parsed, sentence.index):
                # "… встретился с представителями УСРБ ООН, ПРООН и GIZ. На встречах обсуждались …": the meetings
                # the next sentence speaks of are one per counterpart
                spread = [t for t in triggers if t.label == "Meeting"][:1]
            # "представители Индии и Пакистана, которые в июне стали членами ШОС": the day of a clause about another
            # thing than the event does not date it
            s_dates = [d for d in s_dates if not _of_another_thing(tokens, d, triggers, lo, hi, self.gazetteer.morph,
                                                                   self.event_nouns, s_actors)]
            for trig in triggers:
                # ("В сентябре 2013 года на заседании в Чолпон-Ате …, а 16 октября 2015 года в Бурабае …": the
                # day of the trigger's own clause)
                t_dates = _in_clause(tokens, trig, s_dates, lo, hi)
                if self._in_participle_phrase(tokens, trig, lo):
                    # ("Назарзода, принимающий участие в работе салона, который проходит в России, 2 июня встретился с
                    # …": the day of the main clause's own event, not of the gathering its participle names)
                    t_dates = [d for d in t_dates if not self._dates_a_verb_after(tokens, trig, d, triggers, hi)]
                kind = trig.label
                t_actors = s_actors
                during = [d for d in signed_on if 0 <= trig.first - (after := bisect_left(
                    tokens, d.end, key=lambda t: t.start)) <= 5 and self.during.any_in(tokens, after, trig.first)][-1:]
                distributed = any(m.first - 2 <= trig.last and trig.first <= m.last + 2 for m in spread)
                later = next((m.first for m in spread if m.first > trig.last + 2), None)
                if kind == "Meeting" and not distributed and later is not None:
                    t_actors = [o for o in s_actors if o.first < later]
                elif distributed and triggers[0].first < trig.first and triggers[0].label == "Meeting" \
                        and self._verb(tokens[triggers[0].first]):
                    # the subject of the sentence, and the counterparts after the trigger
                    t_actors = [o for o in s_actors if o.first < triggers[0].first or o.first > trig.last]
                if kind == "Training":
                    # "a study tour to Germany", "учебная поездка в Германию": where a course travels to is its place,
                    # not a side of it
                    t_actors = [o for o in t_actors if not (
                        o.kind == "State" and trig.last < o.first <= trig.last + 3
                        and tokens[o.first - 1].norm in ("to", "в", "во"))]
                # (up to the frame it was held within: "двустороннюю встречу на полях совещания ШОС" is a meeting)
                frame = next((m.first for m in self.within.find(tokens, trig.last + 1, min(hi, trig.last + 12))),
                             min(hi, trig.last + 12))
                # the name of the gathering runs on to the sentence's next verb ("встреча руководителей органов,
                # уполномоченных решать задачи …, приграничных регионов государств - членов ШОС")
                named_to = frame if frame < min(hi, trig.last + 12) else self._name_end(tokens, trig.last + 1,
                                                                                         min(hi, trig.last + 30))
                if frame < min(hi, trig.last + 12) and kind != "Forum":
                    # "Встреча прошла в рамках совещания … государств – членов ШОС": who is named in the frame
                    # takes part in the frame
                    t_actors = [o for o in t_actors if o.first < frame]
                # "a regional meeting", "региональное совещание": a gathering of many
                regional = self.many_sided.any_in(tokens, max(lo, trig.first - 2), trig.first)
                told_as = kind
                if kind == "Meeting" and not distributed and (
                        regional
                        or self.multilateral.any_in(tokens, trig.last + 1, named_to)
                        or self.multilateral.any_in(tokens, max(lo, trig.first - 10), trig.first)
                        or self._of_format_heads(tokens, trig.last + 1, named_to, s_actors)):
                    kind = "Forum"  # "совещание руководителей ведомств государств – членов ШОС"
                if kind == "Meeting" and not distributed and trig.first > lo \
                        and _numbered_before(tokens, trig.first, self.gazetteer.morph) \
                        and any(e.kind == "Forum" and tokens[e.trigger[0]].lemma == tokens[trig.first].lemma
                                and _numbered_before(tokens, e.trigger[0], self.gazetteer.morph) for e in events):
                    kind = "Forum"  # ("Шестая встреча в этом формате", after the seventh read as a forum: its edition)
                if kind == "Meeting" and self._verb(tokens[trig.first]) and (any(
                        o.key in self.heads and 0 < trig.first - o.last <= 2 for o in t_actors)
                        or trig.first > lo and tokens[trig.first - 1].norm in _COUNCILS):
                    # "The CSTO Coordination Council for Emergency Situations met in Yerevan", "Last year the Council
                    # met in Bishkek": a session
                    kind = "Forum"
                if kind == "Meeting" and tokens[trig.last].norm == "meeting" and any(
                        tokens[k].norm in _COUNCILS and tokens[k].sentence == sentence.index
                        for k in range(trig.last + 1, min(hi, trig.last + 8))):
                    kind = "Forum"  # "the tenth meeting of the Center's council", as "заседание Совета"
                # ("Предыдущая, шестая, встреча": the ordinal between, set off by commas)
                before = (max(lo, trig.first - (5 if tokens[trig.first - 1].text == "," else 3)), trig.first)
                earlier, later = self.previous_edition.any_in(tokens, *before), self.next_edition.any_in(tokens, *before)
                edition = earlier or later
                edition_of = next((e for e in reversed(events) if e.kind == "Forum"), None) if earlier else None
                chair = self._host(tokens, s_actors, lo, hi) if edition_of is not None else None
                if edition_of is not None and kind in ("Meeting", "Forum") \
                        and not any(o.kind == "Agency" and o.key != chair for o in t_actors) \
                        and not any(edition_of.start and edition_of.start.startswith(d.start_date) for d in s_dates):
                    # (not "progress since the previous meeting … this year's flood season": no day of its own)
                    # "the previous, sixth meeting …", "после предыдущей встречи, которая прошла в Чэнду": the last
                    # edition of the gathering read, of its kind (not "the previous meeting of the two ministries";
                    # a body that chaired it, "под председательством … народного правительства …", is its host)
                    kind = "Forum"
                else:
                    edition_of = None
                if kind == "Meeting" and "Visit" in in_sentence and any(
                        tokens[k].norm in ("for", "для", "на") for k in range(max(lo, trig.first - 2), trig.first)):
                    continue  # "visited Bishkek for talks": the talks are what the visit was for
                if edition and not s_dates and (later or not s_places):
                    continue  # "since their previous meeting": another edition, with nothing known of it
                if edition and self._plural(tokens[trig.last]):
                    continue  # "решений, принятых на предыдущих заседаниях": editions, none of them told
                if not (t_dates or during) and _listed_as_a_format(tokens, trig, lo):
                    continue  # "основные форматы взаимодействия – ШОС, ОДКБ, региональный форум глав ведомств"
                if later and not to_month:
                    continue  # "the next exercise is expected in 2027": a later edition needs at least its month
                if kind in in_sentence and not self.distributive.any_in(tokens, lo, hi):
                    # "The forum has become the region's main platform": one event named twice in a sentence.
                    continue
                # The event of this kind the trigger names again: the latest one that fits its date and place.
                # (nor one of another stage: "The second stage of the exercise will be held on May 12")
                # (nor one read before the heading of the section being read, on another date: "Декабрь 2017 года";
                # one whose date is not known yet is of the days of the news, and so of a section of those days, for
                # a trigger with no date of its own: "Июнь 2023-го: … Нынешняя встреча в рамках салона" after the
                # salon the lead told)
                news_section = self._published is not None and not (t_dates or during) and any(
                    _compatible(d.start_date, self._published.isoformat()) for d in self._section_date)
                same_kind = [] if edition or (stage is not None and kind == "Exercise") \
                    else [e for e in reversed(events) if e.kind == kind and not (
                        e.sentence < self._section_from and (e.start or not news_section)
                        and not _in_section(e, self._section_date))]
                named_at = [m for m in s_places if trig.last < m.first <= trig.last + 2]
                there = [e for e in events if e.kind == kind and named_at and e.place == named_at[0].entry.key]
                if not (t_dates or during) and not edition and len(there) == 1 and there[0] not in same_kind:
                    # ("За двенадцать лет, отделяющих заседание в Минске от сегодняшнего дня" in a later section: the
                    # one gathering of its kind read in that town, named again by it)
                    same_kind = there
                # ("Спустя месяц после саммита в Бурабае, 20 ноября, в Астане подписано …": the summit a time is
                # reckoned from is the one read, whatever the day the sentence gives)
                reckoned_from = any(tokens[k].norm in _RELATIVE_TO for k in range(max(lo, trig.first - 2), trig.first))
                # (a visit dated only by the signing told during it: "в декабре 2021 года в ходе государственного визита
                # … подписано соглашение" is not the visit of 2015 read before)
                matched = next((e for e in same_kind if self._same(e, trig, tokens,
                                                                   [] if reckoned_from else (t_dates or during),
                                                                   s_places, t_actors)), None)
                existing = matched or (same_kind[0] if same_kind else None)
                if existing is not None and not existing.end and not (t_dates or during) \
                        and _day_of_frame(tokens, max(lo, trig.first - 6), trig.first) is not None:
                    # "В заключительный день гостям форума показали учения" after a sitting fixed for next year: the
                    # gathering of several days a day of which is told
                    existing = next((e for e in same_kind if e.end and e.start and len(e.start) == 10), existing)
                if existing is not None and not (t_dates or during) and self._told_as_before(parsed, existing, events):
                    # "Напомним, еще в ноябре 2021 года … были представлены три оценки" told before the news of the
                    # days of the conference: "Эксперты … провели практикум" later is of these days, not of 2021
                    existing = matched = next((e for e in same_kind if e is not existing and e.start and e.start[:4]
                                               == str(self._published.year)), None)
                if reckoned_from and matched is None and (number := _edition_number(tokens, trig)) and any(
                        e.kind == kind and e.ordinal and e.ordinal > number for e in events):
                    continue  # ("за период …, прошедший после пятого совещания" in news of the sixth: a time reckoned)
                if reckoned_from and matched is not None:
                    # ("Following the talks on October 20, the sides signed a plan": the day right after the event
                    # reckoned from, when it had none, is its own)
                    own_day = [d for d in t_dates if 0 <= d.start - tokens[trig.last].end <= 4 and len(d.start_date) == 10]
                    if own_day and not matched.start:
                        self._fill(matched, own_day[:1], [], tokens[trig.first].start)
                    continue  # (nothing of the summit is told here: its day, place and sides are the ones read)
                if existing is None and kind == "Forum" and told_as == "Meeting" and not edition:
                    # "Спасатели участвуют во встрече приграничных регионов ШОС … Сегодня началась седьмая встреча
                    # руководителей … государств – членов ШОС": the meeting of the headline is the gathering told
                    existing = next((e for e in reversed(events) if e.kind == "Meeting" and e.parent is None
                                     and e.sentence < title_sentences + 2
                                     and tokens[e.trigger[0]].lemma == tokens[trig.first].lemma
                                     and self._same(e, trig, tokens, t_dates, s_places, t_actors)), None)
                    if existing is not None:
                        existing.kind = "Forum"
                if existing is None and kind in ("Forum", "Meeting") and current is not None \
                        and current.kind in ("Training", "Forum", "Meeting") and current.kind != kind \
                        and not s_dates and not s_places and not edition and not self._verb(tokens[trig.first]) \
                        and self.anaphora.any_in(tokens, max(lo, trig.first - 3), trig.first) \
                        and not self._framed_by(tokens, trig, lo):
                    # (not "Встреча прошла в рамках 9-го совещания": a meeting is not held within itself)
                    # "The presentation brought together … The session was opened by the EU": the gathering just read
                    if kind == "Forum" and current.kind == "Meeting" and regional:
                        # "Ministers of the five states met in Astana … The regional review meeting was hosted by …":
                        # the meeting read is a gathering of many
                        current.kind = "Forum"
                    existing, kind = current, current.kind
                # the event just read, named again by its own word, with no day or place of its own
                just_read = current is not None and current.sentence >= sentence.index - 2 and not s_dates \
                    and not s_places and tokens[current.trigger[0]].lemma == tokens[trig.first].lemma
                if existing is None and just_read and kind in ("Forum", "Meeting") \
                        and current.kind in ("Forum", "Meeting") and current.kind != kind and not edition \
                        and not self._verb(tokens[trig.first]):
                    # ("Шестая встреча руководителей … ШОС состоялась в 2017 году … Председательствовал на встрече
                    # заместитель председателя Народного правительства …": the gathering just read, by its own word)
                    existing, kind = current, current.kind
                if existing is None and kind == "Meeting" and within_ref is not None and within_ref.kind == "Forum" \
                        and _definite(tokens, lo, trig.first) \
                        and tokens[trig.last].lemma == tokens[within_ref.trigger[1]].lemma:
                    # "signed on the sidelines of the sixth meeting of the Regional Technical Group … who led his
                    # country's delegation to the RTG meeting": the gathering the sentence read first, named again
                    existing, kind = within_ref, "Forum"
                if existing is None and kind in ("Visit", "Meeting") and current is not None \
                        and current.kind == "Training" and self._tour(tokens, current) \
                        and not any(len(d.start_date) == 10 for d in s_dates):
                    # "In Bonn, the participants met the German Committee … They also visited UN offices": the stops
                    # of a study tour are the tour, and those met or visited take part in it
                    existing, kind = current, current.kind
                    existing.add(o.key for o in t_actors)
                if existing is None and kind == "Visit" and current is not None \
                        and current.kind in ("Forum", "Exercise", "Training") \
                        and tokens[trig.first].norm.startswith(("прибы", "arriv")) and not s_dates and len(
                            {o.key for o in t_actors if o.kind == "State"}) >= 2:
                    # "В Челябинске открылось совещание … На Южный Урал прибыли делегации Казахстана, Таджикистана
                    # …": the delegations of many states arriving for the gathering read take part in it
                    existing, kind = current, current.kind
                    existing.add(o.key for o in t_actors)
                if existing is None and current is not None and current.kind != kind and len(triggers) == 1 \
                        and (max(current.evidence) >= sentence.index - 1 and _in_manner(tokens, trig)
                             or tokens[trig.first].lemma in manners):
                    # "Этап прошел в режиме видеоконференции": the way the event just read was held, no meeting
                    # ("В ходе видеоконференции участники отработали …": that way named again)
                    existing, kind = current, current.kind
                # ("Трехдневная встреча проходила с 23 по 25 августа": talks of many days are the gathering)
                many_days = any(d.end_date for d in s_dates) or self.durations.any_in(
                    tokens, max(lo, trig.first - 2), trig.first)
                # (not "По итогам переговоров министры утвердили план" right after the talks were told: those talks)
                talks_just_told = existing is not None and not t_actors and not s_dates and not many_days \
                    and max(existing.evidence) >= sentence.index - 2
                # ("… состоялась первая министерская встреча … Во встрече приняли участие представители Казахстана,
                # Кыргызстана, …": the meeting just read, named again with those who took part)
                named_again = just_read and existing is current
                # ("Челябинская встреча продолжила череду контактов": the forum read in that town, named by it)
                if kind == "Meeting" and (not self._bilateral(t_actors) or many_days or (existing is None and (
                        self._refers(tokens, trig.first) or self._named_by_its_town(tokens, trig, events)))) \
                        and not talks_just_told and not named_again \
                        and not self.distributive.any_in(tokens, lo, hi) and not self.within.any_in(tokens, lo, hi):
                    # "Организатором встречи выступил Комитет": the gathering just read, named as a meeting.
                    # "руководители ведомств встретились в Душанбе": the forum itself, not a meeting of its own.
                    forum = next((e for e in reversed(events) if e.kind == "Forum"), None)
                    if forum is not None and existing is not None and published is not None \
                            and _news_of_the_day(existing, published) and not _news_of_the_day(forum, published):
                        forum = None  # (the summit of last year, named in passing, is not the talks of today)
                    if forum is not None and current is not None and current.kind == "Visit" \
                            and current.sentence > forum.sentence:
                        forum = None  # (nor is a council read before the visit whose talks these are)
                    if forum is not None and self._same(forum, trig, tokens, s_dates, s_places, t_actors):
                        existing, kind = forum, "Forum"
                # ("on the sidelines of the seminar": the course read, named again)
                again = (existing is None or existing.kind in ("Training", "Exercise")) \
                    and self._frame_named_again(tokens, trig, lo) and (existing or next(
                        (e for e in reversed(events) if e.kind == "Forum" or e.kind == kind in ("Training", "Exercise")),
                        None))
                framed_by = self._framed_by(tokens, trig, lo)
                if again:
                    existing = again  # "On August 24, on the sidelines of the meeting, …": the gathering just read
                elif existing is None and kind == "Forum" and current is not None and current.kind == "Meeting" \
                        and not t_actors and not s_dates and not s_places and max(current.evidence) >= sentence.index - 2 \
                        and framed_by and (trig.last + 1 >= hi or not tokens[trig.last + 1].is_capitalized) \
                        and all(t.norm in ("the", "a") for t in self._after_frame(tokens, trig, lo) or []) \
                        and not (trig.last + 1 < hi and tokens[trig.last + 1].text in ("«", "“", '"')):
                    # (not "на полях XIV Международного салона «Комплексная безопасность»": a gathering of its own)
                    # "Состоялась встреча уполномоченных представителей … В ходе заседания стороны обменялись
                    # мнениями": the session is the meeting just read, named by another word
                    existing, kind = current, current.kind
                if again or framed_by or (
                        parsed.lang == "kk" and self.within.any_in(tokens, trig.last + 1, min(hi, trig.last + 2))) or (
                        _day_of_frame(tokens, max(lo, trig.first - 6), trig.first) is not None
                        and self.within.any_in(tokens, max(lo, trig.first - 6), trig.first)
                        # "в первый день форума" names the frame; "В первый день состоялась встреча" does not, nor
                        # does a verb of its own ("On the opening day, AFAD also handed over …")
                        and not any(self._verb(t) for t in tokens[max(lo, trig.first - 6):trig.first + 1])):
                    sidelines = existing is None and bool(SIDELINES.search(
                        parsed.text[tokens[max(lo, trig.first - 8)].start:tokens[trig.first].start]))
                    if sidelines and kind == "Meeting":
                        kind = "Forum"  # "on the sidelines of the 6th RTG Meeting": a gathering of many
                    if existing is None and only_plans and any(m.first < trig.first
                                                               for m in self.planned.find(tokens, lo, hi)):
                        continue  # "Подписать ее планируется в ходе визита … в Ташкент": a frame still to come
                    # (a frame of another day than the event of its kind read is another one: "в декабре 2021 года в
                    # ходе государственного визита" after the visit of May 2015)
                    # (nor one of another month: "В ноябре, в ходе официальных переговоров президентов …" after talks
                    # of December 18 read)
                    frame_read = existing if existing is None or existing is matched or existing.kind != kind \
                        or not existing.start or not any(
                            d.start_date[:4] != existing.start[:4] and not d.relative and not d.yearless
                            or len(d.start_date) >= 7 and len(existing.start) >= 7
                            and d.start_date[d.yearless and 5:7] != existing.start[d.yearless and 5:7]
                            and not _within_days(d.start_date, existing.start, existing.end)
                            for d in (t_dates or during)) else None
                    # (a day or month with no year of its own, "В начале ноября", is another frame only by its month)
                    within_ref = frame_read or self._new(parsed, events, kind, sentence.index, trig, t_dates or during,
                                                         s_places)
                    within_ref.sidelines = within_ref.sidelines or sidelines
                    if frame_read is None and current is not None and current.kind == "Meeting" \
                            and current.parent is None and current.start and not (t_dates or during) \
                            and sentence.index - 1 in current.evidence \
                            and _any_word(tokens, lo, trig.first, _words("meeting_verbs")):
                        # ("… утвердили на встрече 24 августа 2017 года в Чолпон-Ате. Министры встретились там на
                        # полях девятого совещания …": the gathering the meeting just read was held within, of its
                        # month and town)
                        within_ref.start, within_ref.end = current.start[:7], None
                        within_ref.place = within_ref.place or current.place
                        current.parent = within_ref.id
                    if parsed.lang == "kk" and within_ref.kind == "Visit" and frame_read is None:
                        # ("Өзбекстан Президенті Мирзиёевтің Қазақстанға мемлекеттік сапары барысында": who came, named
                        # before the visit, and the state in the dative it came to)
                        before = [o for o in s_actors if o.last < trig.first]
                        to = [o for o in before if o.kind == "State" and tokens[o.last].norm.endswith(_KK_DATIVE)]
                        within_ref.visited = within_ref.visited or (to[-1].key if to else None)
                        within_ref.add(o.key for o in before)
                    clause = next(((a, b) for a, b in _relative_clauses(tokens, trig.last, hi)
                                   if a - trig.last <= 12), None)
                    if clause is not None and _any_word(tokens, clause[0], clause[1], _words("organised_words")):
                        # ("в рамках салона «Комплексная безопасность-2023», который проводит МЧС России": who holds
                        # the frame takes part in it, as its host)
                        holders = [o for o in s_actors if clause[0] < o.first < clause[1] and o.kind != "State"]
                        within_ref.add(o.key for o in holders)
                        within_ref.host = within_ref.host or (holders[0].key if len(holders) == 1 else None)
                    if frame_read is not None and within_ref.kind == "Visit":
                        # ("В рамках визита туркменская делегация ознакомилась с работой Центра": the visit itself)
                        in_sentence.setdefault(within_ref.kind, within_ref)
                    framed = True
                    day_of_frame = _day_of_frame(tokens, max(lo, trig.first - 6), trig.first)
                    continue
                years = [d for d in s_dates if len(d.start_date) == 4]
                if not s_dates and len(self._section_date) >= 2 and all(len(d.start_date) == 4 for d in self._section_date):
                    years = s_dates = list(self._section_date)  # ("2012, 2017 and 2023. Belarus hosted sessions …")
                if len(years) >= 2 and len(years) == len(s_dates) and kind not in in_sentence:
                    # "Минск принимал заседания КСЧС в 2012, 2017 и 2023 годах": one event a year.
                    for year in years:
                        draft = self._new(parsed, events, kind, sentence.index, trig, [year], s_places)
                        draft.add(o.key for o in t_actors)
                        new_here.append(draft)
                    in_sentence[kind] = new_here[-1]
                    continue
                if existing is not None and only_plans and not self._refers(tokens, trig.first) and any(
                        (self.gazetteer.state_of(o.key) or o.key) not in {self.gazetteer.state_of(k) or k
                                                                          for k in existing.participants}
                        for o in t_actors):
                    continue  # "Мы планируем провести совместные учения с Узбекистаном": another one, still a plan
                # ("На полях салона председатель провел переговоры с министром": talks framed by a gathering are not
                # the talks read before outside it)
                framed_elsewhere = kind == "Meeting" and within_ref is not None and within_ref.kind == "Forum" \
                    and existing is not None and existing.parent != within_ref.id
                # ("Вчера основная часть программы прошла в Министерстве обороны. Делегация провела переговоры …":
                # the day the sentence before told, when this one tells none, is that of the talks; not a day told of
                # the event read itself)
                day_before = narrated if not s_dates and not only_plans and len(narrated) == 1 \
                    and existing is not None and existing.kind == kind == "Meeting" \
                    and sentence.index - 1 not in existing.evidence \
                    and _days_after(existing.start, narrated[0].start_date, 7) \
                    and not self._refers(tokens, trig.first) else []
                # ("On the second day of the visit, the delegation was received at the Ministry of Foreign Affairs"
                # after talks of the first day: a day of the frame other than the one of the event of its kind read)
                other_day = within_ref is not None and day_of_frame is not None and not (t_dates or during) \
                    and within_ref.start and len(within_ref.start) == 10 and existing is not None \
                    and existing.parent in (None, within_ref.id) and existing.start and len(existing.start) == 10 \
                    and _within_days(existing.start, within_ref.start, within_ref.end) \
                    and existing.start != _day_of(within_ref, day_of_frame)
                if existing is not None and not distributed and not framed_elsewhere and not other_day \
                        and self._same(existing, trig, tokens, t_dates or during or day_before, s_places, t_actors):
                    in_sentence[kind] = existing
                    # ("Before the exercise, on 2 June, the IFRC ran a course": the day of what came before it)
                    # ("The ceremony followed the handover last Friday": the day of the handover)
                    relative = any(tokens[k].norm in _RELATIVE_TO for k in range(max(lo, trig.first - 3), trig.first)) \
                        or _any_word(tokens, trig.last + 1, min(hi, trig.last + 3), _FOLLOWS)
                    if not only_plans and not relative:  # a plan says nothing of the date or place of what was read
                        # (nor does a stop of a visit's guests elsewhere tell where the visit was)
                        self._fill(existing, t_dates, [] if _a_stop(existing, tokens, lo, hi, t_dates) else s_places,
                                   tokens[trig.first].start)
                        self._begin(existing, tokens, lo, hi, t_dates)
                    elif kind == "AidDelivery" and existing.place is None and s_places \
                            and tokens[existing.trigger[0]].lemma not in _HANDOVER:
                        # "Груз будет доставлен в Душанбе": where the aid on its way goes (not where things handed
                        # over will be shared out later: "Снаряжение будет распределено между отрядами … на Памире")
                        self._fill(existing, [], s_places, tokens[trig.first].start)
                    if existing.label is None:
                        existing.label = event_label(parsed, self.gazetteer.morph, trig.first, trig.last)
                    existing.recent = {o.key for o in t_actors}
                    # (an event read with no side yet, "Спасатели двух стран отработали действия …", takes those of
                    # the sentence that names it again)
                    if (self.participation.any_in(tokens, lo, hi) or existing.sentence < title_sentences
                            or _subheading(parsed, parsed.sentences[existing.sentence])
                            and not _subheading(parsed, sentence)
                            or not existing.participants
                            or kind == "Training" and _any_word(tokens, lo, hi, _words("course_taking_words"))) \
                            and not (only_plans and self.intentions.any_in(tokens, lo, hi)):
                        # (not "Казахстан, Кыргызстан и Узбекистан заявили о готовности направить грузы")
                        existing.add(o.key for o in t_actors)
                        if kind == "AidDelivery":
                            existing.senders += _joint_senders(tokens, t_actors, trig)
                    elif kind == "Visit" and (verb := next((k for k in range(lo, hi) if tokens[k].lemma in
                                                           _words("visited_verbs")), None)) is not None:
                        # ("В рамках визита кыргызские коллеги … посетили Академию МЧС Республики Узбекистан": the body
                        # visited during the visit takes part in it)
                        existing.add(o.key for o in t_actors if o.kind != "State" and o.first > verb)
                    existing.evidence.append(sentence.index)
                    current = existing
                    continue
                if only_plans and same_kind:
                    continue  # "пригласил с ответным визитом в Барнаул": no second event of a kind from a plan
                if distributed:
                    parent = within_ref or current
                    if parent is not None and parent.kind == "Meeting" and parent.parent:
                        # the meetings held next to a meeting within a forum are held within the forum too
                        parent = next((e for e in events if e.id == parent.parent), parent)
                    carried = narrated if not s_dates and not only_plans and len(narrated) == 1 else []
                    # (held where the frame was, not at the heading's wider place)
                    new_here += self._distribute(parsed, events, trig, t_actors, s_dates or carried, s_places,
                                                 sentence.index, parent, heading_placed)
                    continue
                # "7 июня делегация выехала в Бекабадский район. В хокимияте прошло совещание": the day the sentence
                # before told, when this one tells none
                carried = narrated if not s_dates and not only_plans and len(narrated) == 1 \
                    and not self._titles_an_item(parsed, sentence.index, dates) else []
                # "A day before the signing, the team held a workshop", "Накануне форума прошел семинар": the day
                # before the day just told, else before the event read, else before the news of the day
                eve = not (t_dates or during) and bool(_EVE.search(parsed.text[tokens[lo].start:tokens[trig.first].start]))
                # ("Программа совещания открылась 23 августа в Бишкеке. В этот день глава МЧС провел встречу …": the
                # day and the place the sentence before told)
                same_day = not s_places and bool(narrated_places) and opens_with_the_same_day(sentence.text)
                draft = self._new(parsed, events, kind, sentence.index, trig,
                                  t_dates or during or ([] if eve else carried),
                                  narrated_places if same_day else s_places)
                in_sentence[kind] = draft
                draft.edition_of = edition_of.id if edition_of is not None else None
                if edition_of is not None:
                    # ("с момента предыдущей, шестой встречи, которая состоялась в 2017 году в Хух-Хото": an edition of
                    # the series read, held by the organisation whose format it is)
                    draft.add(k for k in edition_of.participants if (e := self.gazetteer.get(k)) is not None
                              and e.kind == "InternationalOrganization")
                if kind == "Meeting" and current is not None and current.kind == "Visit" and not (t_dates or during) \
                        and self.outcome_of.any_in(tokens, max(lo, trig.first - 3), trig.first):
                    # ("… прибыл в Нур-Султан с государственным визитом. По итогам его переговоров с Президентом
                    # Казахстана подписан …": the talks of the visit, on its day where it had one)
                    draft.parent = current.id
                    draft.start = current.start if not current.end else draft.start
                    draft.place = draft.place or current.place
                if told is not None and told[0] == sentence.index - 1 and trig.first <= lo + 1 and not same_kind \
                        and not edition and ("\n" not in parsed.text[parsed.sentences[told[0]].end:sentence.start]
                                             # (a paragraph of its own that tells the deed, not a heading: "Об этом в
                                             # пятницу договорились глава МЧС России и председатель КЧС …")
                                             or sum(t.is_word for t in tokens[slice(*parsed.bounds[told[0]])]) >= 8) \
                        and self._told_done(tokens, *parsed.bounds[told[0]]):
                    # "Программа ЕС представила три новые оценки. Презентация была адресована специалистам …": the
                    # event the sentence before told by its verb, named at the opening of this one; its bodies take part
                    draft.add(o.key for o in told[1])
                    if draft.place is None:
                        # ("… обсудили в Москве подготовку спасателей. Встреча состоялась на полях салона": where)
                        before = parsed.sentences[told[0]]
                        # (no test of a site to be built here: "обсудили в Москве подготовку спасателей" is held in
                        # Moscow, and that test, bounded by the sentence read before, would drop it)
                        self._fill(draft, [], [p for p in places if before.start <= p.start < before.end
                                               and not _departure(tokens, p)],
                                   tokens[trig.first].start)
                if not (s_dates or during) and current is not None and current.end \
                        and len(current.end) == 10 and any(
                            tokens[k].lemma in {t.lemma for t in tokens[current.trigger[0]:current.trigger[1] + 1]}
                            or self.event_nouns.match_at(tokens, k)
                            for m in self.closing.find(tokens, lo, trig.first)
                            for k in range(m.last + 1, min(trig.first, m.last + 4))):
                    # "С 7 по 11 октября … провел учебный курс. По окончании курса офис передал Комитету комплект":
                    # on the last day of the event read
                    draft.start, draft.end = current.end, None
                if eve:
                    draft.eve = carried[0].start_date if carried else (
                        current.start if current is not None and current.start else fallback_date)
                if same_kind and _any_word(tokens, max(lo, trig.first - 3), trig.first, _STAGES):
                    # "Второй, практический этап учений пройдет 12 мая": another stage of the exercise read, by the
                    # same sides
                    draft.add(same_kind[0].participants)
                if kind == "Visit":
                    # "arrived in Kyrgyzstan", "в Кыргызстан прибыла": the state the trigger goes to; else a state
                    # named with a body, not the visitors' own ("experts from Russia's Emergencies Ministry"); else the
                    # state a clause of "где" tells it in ("вернулась из Республики Беларусь, где … находилась с
                    # рабочим визитом")
                    visitors = {self.gazetteer.state_of(o.key) for o in t_actors if o.last < trig.first}
                    # ("paid a working visit to the Republic of Belarus": over an article)
                    draft.visited = next((o.key for o in actors if o.sentence == sentence.index and o.kind == "State"
                                          and (0 < o.first - trig.last <= 2 or 0 < trig.first - o.last <= 2)
                                          and tokens[o.first - 1].norm in _PLACE_PREPOSITIONS), None) \
                        or next((o.key for o in actors if o.sentence == sentence.index and o.kind == "State"
                                 and o.first - trig.last == 3 and tokens[o.first - 1].norm == "the"
                                 and tokens[o.first - 2].norm in _PLACE_PREPOSITIONS), None) \
                        or next((o.key for o in actors if o.sentence == sentence.index and o.nested
                                 and o.kind == "State" and o.via not in ("inside", "adjective")
                                 and o.key not in visitors), None) \
                        or next((o.key for o in actors if o.sentence == sentence.index and o.kind == "State"
                                 and o.last + 2 < trig.first and tokens[o.last + 1].text == ","
                                 and tokens[o.last + 2].norm in ("где", "where")), None)
                if kind == "Forum":
                    draft.add(self._body_in_session(tokens, trig, actors, hi))
                if later and kind == "Forum" and not t_actors:
                    # "Следующее, 17-е заседание совета решено провести в июне 2026 года в Санкт-Петербурге": the next
                    # session of the organizations whose session was read
                    # (the council, not the organization it is part of)
                    previous = next((e for e in reversed(events[:-1]) if e.kind == kind), None)
                    bodies = [k for k in (previous.participants if previous else ())
                              if (e := self.gazetteer.get(k)) is not None and e.kind == "InternationalOrganization"]
                    draft.add(k for k in bodies if not any(self.gazetteer.get(b).part_of == k for b in bodies))
                visit = within_ref if within_ref is not None else current
                if visit is not None and visit.kind != "Visit" and visit.parent:
                    # the next meeting of a visit whose first meeting was just read
                    visit = next((e for e in events if e.id == visit.parent), visit)
                if visit is not None and (visit.kind == "Visit" or (visit.kind == "Training" and kind == "Meeting"
                                                                    and self._tour(tokens, visit))) \
                        and kind != "Visit" and not self._titles_an_item(parsed, sentence.index, dates) \
                        and (not any(o.first < trig.first for o in t_actors)
                             # "эксперты проведут курс в учебном центре МЧС": the visiting experts hold it
                             or _any_word(tokens, lo, trig.first, _VISITORS)
                             # "переговоры председателя Комитета с туркменскими гостями": talks with the visitors
                             or kind == "Meeting" and _any_word(tokens, trig.last + 1, hi, _VISITORS)):
                    # "В рамках визита состоялась встреча с руководством МЧС КР", "эксперты проведут курс":
                    # with no subject of its own, what follows a visit is done by the visitors; talks that name no
                    # side at all ("прошли переговоры делегаций") are held by both.
                    draft.add(self._visitors(visit))
                    joint = any(t.lemma in _JOINT for t in tokens[max(lo, trig.first - 3):trig.first])
                    if (kind == "Meeting" or joint) and not t_actors:
                        draft.add(visit.participants)  # "провели совместное учение": both sides of the visit
                        if kind == "Meeting" and draft.parent is None and visit.kind == "Visit":
                            draft.parent = visit.id  # ("The two delegations held talks": the talks of the visit)
                elif visit is not None and visit.kind == "Visit" and kind == "Meeting" and t_actors and len(
                        hosts := {self.gazetteer.state_of(o.key) or o.key for o in t_actors}) == 1 \
                        and hosts & {self.gazetteer.state_of(k) or k for k in visit.participants} and (
                        guests := [k for k in visit.participants if (self.gazetteer.state_of(k) or k) not in hosts]):
                    # "вице-министр өзбек әріптестерін қабылдады" within the Uzbek delegation's visit: only the host
                    # is named, the visitors are the other side
                    draft.add(guests)
                elif current is not None and current.participants and kind in ("Training", "Exercise", "Meeting") \
                        and current.kind != kind and self.sequel.any_in(tokens, lo, hi) \
                        and len({self.gazetteer.state_of(o.key) or o.key for o in t_actors}) <= 1:
                    # "The meeting was followed by an introductory seminar for staff of the ministry": held by the
                    # sides of the meeting
                    draft.add(current.participants)
                elif not t_actors and to_month and current is not None and current.kind == "Meeting" \
                        and current.participants \
                        and any(t.lemma in _JOINT for t in tokens[max(lo, trig.first - 3):trig.first]):
                    # "Министры подтвердили, что совместное учение пройдет 5–6 ноября", "бірлескен … оқу-жаттығу
                    # өткізуге келісті": the sides of the talks
                    draft.add(current.participants)
                if kind == "Meeting" and draft.parent is None and visit is not None and visit is current \
                        and visit.kind == "Visit" and not visit.end and not (t_dates or during) and draft.start is None \
                        and self._with_hosts(visit, [o.key for o in t_actors]):
                    # ("В феврале я возглавлял делегацию, которая побывала с визитом в Ташкенте. Мы провели
                    # переговоры с руководством МЧС Узбекистана": the visitors' talks with their hosts, of the visit)
                    draft.parent = visit.id
                    draft.add(self._visitors(visit))
                draft.add(o.key for o in t_actors)
                if self._speaker and t_actors and not any(o.first < trig.first for o in t_actors) \
                        and any(t.lemma in _JOINT for t in tokens[max(lo, trig.first - 3):trig.first]) \
                        and self.gazetteer.state_of(self._speaker) not in {self.gazetteer.state_of(o.key) or o.key
                                                                           for o in t_actors}:
                    # "12–14 сентября — совместные учения с МЧС Кыргызстана" in a ministry's review: joint with it
                    draft.add([self._speaker])
                draft.recent = {o.key for o in t_actors}
                draft.host = self._host(tokens, t_actors, lo, hi)
                new_here.append(draft)
                if kind == "AidDelivery":
                    draft.senders += _joint_senders(tokens, t_actors, trig)
            frame = current
            if frame is not None and frame.kind not in ("Visit", "Forum") and frame.parent:
                # the visit or the forum the event just read was held within
                frame = next((e for e in events if e.id == frame.parent), frame)
            frame_day = _day_of_frame(tokens, lo, min(hi, lo + 4))
            if frame_day is None and day_heading is not None and day_heading[0] == sentence.index - 1:
                frame_day = day_heading[1]  # ("The third day moved outdoors. In the foothills … staged an exercise")
            if within_ref is None and frame is not None and frame.kind in ("Visit", "Forum", "Training") and new_here \
                    and (frame.end or frame.until or frame.days) and frame.start and len(frame.start) == 10 \
                    and frame_day is not None:
                # "На второй день пожарные провели совместное учение": the second day of the visit just read
                within_ref, day_of_frame = frame, frame_day
            # (a short sentence of its own: not "The first day was given to experts, who compared …")
            day_heading = (sentence.index, frame_day) if not triggers and frame_day is not None \
                and sum(token.is_word for token in tokens[lo:hi]) <= 8 else day_heading
            forum = in_sentence.get("Forum")
            if within_ref is None and forum is not None and self._at(tokens, forum, lo, hi):
                # "возглавляющий делегацию на Международном салоне ..., провел переговоры": talks held at the forum.
                within_ref = forum
            if within_ref is None and new_here and current is not None and current not in new_here:
                # "в рамках курсов состоялись показательные учения": the course just read, named by its own word
                # (a pair's trigger is its verb: "прошли курсы" is named by "курсы", a word near it)
                # ("В Бишкеке работает миссия АБР … прошла рабочая встреча … В рамках миссии был проведён семинар":
                # the mission read before the talks, a frame)
                framing = [current, *(e for e in reversed(events) if e is not current and e.kind in ("Visit", "Forum")
                                      and e not in new_here and e.parent is None)][:3]
                named = [tokens[m.last + 1].lemma for m in self.within.find(tokens, lo, hi) if m.last + 1 < hi]
                for candidate in framing if named else ():
                    own = {tokens[k].lemma for k in range(max(0, candidate.trigger[0] - _PAIR_REACH),
                                                          min(len(tokens), candidate.trigger[1] + _PAIR_REACH + 1))
                           if tokens[k].sentence == tokens[candidate.trigger[0]].sentence and any(
                               group.match_at(tokens, k) for kind, groups in self.together if kind == candidate.kind
                               for group in groups[1:])}
                    if any(word in own for word in named):
                        within_ref = candidate
                        break
            visit_named = in_sentence.get("Visit")
            if within_ref is None and visit_named is not None and visit_named not in new_here:
                within_ref = visit_named  # "The visit opened with talks": the talks of the visit read before
            for draft in new_here:
                if within_ref is not None and draft is not within_ref and draft.parent is None:
                    draft.parent = within_ref.id
                    if heading_placed and within_ref.place:
                        # ("2024: форум на Иссык-Куле … в селе Бостери прошел форум. На полях форума он провел
                        # встречи": where the frame was, not the heading's wider place)
                        draft.place = within_ref.place
                    if day_of_frame is not None and not s_dates and within_ref.start and len(within_ref.start) == 10:
                        # "on the last day of the visit": the frame's first, second or last day
                        draft.start, draft.end = _day_of(within_ref, day_of_frame), None
                        draft.frame_day = day_of_frame
                    elif draft.start and within_ref.start and len(draft.start) == 10 \
                            and draft.start[:4] != within_ref.start[:4] \
                            and _within_days(within_ref.start[:4] + draft.start[4:], within_ref.start, within_ref.end):
                        # "23–25 августа 2017 года … собрались на совещание. 24 августа на полях совещания …": a day
                        # of the gathering read, in its year
                        draft.start = within_ref.start[:4] + draft.start[4:]
            if within_ref is not None and day_of_frame is not None and not s_dates and within_ref.end:
                # ("20–21 мая … принимало делегацию. В первый день визита прошла рабочая встреча": the talks read with
                # the visit's days, named again on a day of it)
                for draft in in_sentence.values():
                    if draft is not within_ref and draft not in new_here and draft.kind == "Meeting" \
                            and draft.parent in (None, within_ref.id) and draft.start == within_ref.start \
                            and draft.end == within_ref.end and len(within_ref.start) == 10:
                        draft.parent = within_ref.id
                        draft.start, draft.end = _day_of(within_ref, day_of_frame), None
                        draft.frame_day = day_of_frame
            if framed and within_ref is not None and within_ref.kind in ("Forum", "Visit"):
                # "Встреча прошла в рамках 9-го совещания …": the meeting read before was held within the gathering
                for draft in in_sentence.values():
                    if draft is not within_ref and draft not in new_here and draft.parent is None \
                            and draft.kind not in ("Forum", "Visit"):
                        draft.parent = within_ref.id
                if current is not None and current is not within_ref and current.kind == "Meeting" \
                        and current.parent is None and not new_here and max(current.evidence) >= sentence.index - 1 \
                        and tokens[lo].lemma in _words("talk_nouns"):
                    # "… провел встречу с председателем КЧС. Разговор шел на полях салона": the talks just read
                    current.parent = within_ref.id
            forum = next((d for d in new_here if d.kind == "Forum"), None)
            if forum is not None and current is not None and current not in new_here and current.kind == "Meeting" \
                    and current.parent is None and max(current.evidence) == sentence.index - 1 \
                    and SIDELINES.search(sentence.text) and any(
                        t.lemma in _words("met_words") or t.norm in _words("met_words") for t in tokens[lo:min(hi, lo + 5)]):
                # "… said after talks with Nazarzoda. The two officials met on the sidelines of the exhibition": the
                # talks just read, within the gathering the sentence names
                current.parent = forum.id
            if not triggers and not new_here and current is not None and current.kind in ("Forum", "Meeting") \
                    and self._edition_before(tokens, lo, hi) and any(len(d.start_date) >= 4 for d in s_dates):
                # "Встречи проводятся поочередно … Предыдущая, шестая, состоялась в 2017 году в Хух-Хото": the
                # edition before the gathering read, its noun left out
                before = self._new(parsed, events, current.kind, sentence.index, PhraseMatch(current.kind, lo, lo),
                                   s_dates, s_places)
                # (a gathering of a standing format keeps its format's body: "встречи … в государствах – членах ШОС")
                before.add([k for k in current.participants if k in self.format_bodies]
                           + [o.key for o in s_actors])
                new_here.append(before)
            if new_here and _SAME_STATES.search(sentence.text):
                # "встреча уполномоченных представителей тех же пяти государств", "representatives of the same five
                # countries": the states of the event read before that had the most of them
                def states_of(event: Draft) -> list[str]:
                    return [k for k in event.participants if (e := self.gazetteer.get(k)) is not None
                            and e.kind == "State"]
                before = [e for e in events if e not in new_here]
                states = max((states_of(e) for e in reversed(before)), key=len, default=[])
                for draft in new_here:
                    draft.add(states)
            if triggers:
                headed = False
            if new_here:
                current = new_here[-1]
            elif within_ref is not None:
                current = within_ref
                if self.participation.any_in(tokens, lo, hi):
                    within_ref.add(o.key for o in s_actors)
            elif not triggers and current is not None and current.sentence < title_sentences \
                    and sentence.index == title_sentences and not current.participants and not current.start \
                    and s_actors \
                    and not self.planned.any_in(tokens, lo, hi):
                # ("New hazard assessments presented to Central Asian disaster risk specialists" over "Last week in
                # Almaty, technical specialists of … CESDRR were introduced to three new assessments": the lead tells
                # who and when of the headline's event)
                current.add(o.key for o in s_actors)
                self._fill(current, [d for d in s_dates if not d.until], s_places, tokens[lo].start)
                current.evidence.append(sentence.index)
            elif not triggers and current is not None and not headed and (
                    self.participation.any_in(tokens, lo, hi) or current.kind == "Training"
                    and _any_word(tokens, lo, hi, _words("course_taking_words"))
                    or current.kind == "Exercise" and current.participants
                    and self.drill_participation.any_in(tokens, lo, hi)) \
                    and (not self.planned.any_in(tokens, lo, hi) or self._ahead(current)) \
                    and not planned_kinds - {current.kind} \
                    and not self.habitually.any_in(tokens, lo, hi) \
                    and not _any_word(tokens, lo, hi, _words("done_before_words")) and not (
                        # (nor "в рамках проекта спасатели проходят курсы, организуемые МЧС России": what is done as a
                        # rule or in a project's line of work)
                        # ("В апреле правительство уполномочило министра подписать …": a sentence that opens with
                        # another time tells another matter)
                        current.start and any(d.start < tokens[min(hi - 1, lo + 3)].end for d in s_dates)
                        and not any(_compatible(d.start_date, current.start)
                                    or _within_days(d.start_date, current.start, current.end) for d in s_dates)):
                current.add(o.key for o in s_actors)
                current.evidence.append(sentence.index)
            if not triggers and current is not None and current.kind == "Visit" and not current.end \
                    and _any_word(tokens, lo, hi, _words("came_words")) and not self.planned.any_in(tokens, lo, hi):
                # "Группа специалистов МЧС России находится в Киргизии … Российские эксперты прилетели в республику в
                # среду": the day the visit read, told with no day, began
                came = [d for d in s_dates if len(d.start_date) == 10 and not d.end_date
                        and (current.start is None or (len(current.start) == 7 and d.start_date.startswith(current.start)))]
                if came:
                    current.start = came[0].start_date
                    current.told_in(sentence.index)
            if not triggers and current is not None and hi - lo > 4 and tokens[lo].lemma in ("выступать", "выступить") \
                    and tokens[lo + 1].norm == "на" and tokens[lo + 2].norm in ("нём", "нем", "ней", "них"):
                # "Выступая на нём, глава туркменского государства предложил …": who spoke at the event just read
                # (named before the verb of the main clause, not in what was said)
                verb = next((k for k in range(lo + 3, hi) if self._verb(tokens[k])), hi)
                current.add(o.key for o in s_actors if o.first < verb)
                current.told_in(sentence.index)
            handed = next((k for k in range(lo, hi) if tokens[k].lemma in _words("cargo_handed_words")
                           or tokens[k].norm in _words("cargo_handed_words")), None) \
                if not triggers and current is not None and current.kind == "AidDelivery" and current.place is None \
                and current.evidence and sentence.index - current.evidence[-1] <= 3 else None
            # (what is planned after it is another matter: "…, who will distribute it among the districts")
            if handed is not None and not s_dates and not self.planned.any_in(tokens, lo, handed + 1):
                # (not "Первое из них, в Чолпон-Ате, передано МЧС в мае прошлого года": another handover, of its day)
                # "It was carried across the border … to the Afghan port town of Hairatan, where it was transferred to
                # representatives of the Afghan side", "Груз доставили в Хайратон, где передали афганской стороне":
                # where the aid just read went and was handed over
                # ("In Turgundi it was received by representatives of the Herat provincial administration": the place
                # the sentence opens on)
                went_to = [m for m in s_places if m.last < handed and (any(
                    tokens[k].norm in ("to", "в", "во", "до") for k in range(max(lo, m.first - 7), m.first))
                    or m.first == lo + 1 and tokens[lo].norm == "in")]
                if went_to:
                    self._fill(current, [], went_to[-1:], tokens[lo].start)
            # ("Оно прошло в среду на площадке Центра": the event just read, as a pronoun)
            held_by = self.held.find(tokens, lo + 1, min(hi, lo + 5)) if tokens[lo].norm in _words("held_pronouns") \
                else []
            staged = not triggers and any(tokens[k].lemma in _words("stage_openings") for k in range(lo, min(hi, lo + 3)))
            if staged:
                # ("… В среду состоялась рабочая встреча … Полевой этап прошел в четверг": the exercise read, again)
                current = next((e for e in reversed(events) if e.kind == "Exercise"), current)
            told_again = self.event_nouns.any_in(tokens, lo, hi) or bool(held_by) \
                or staged and current is not None and current.kind == "Exercise"
            if not triggers and current is not None and told_again and self.presence.any_in(tokens, lo, hi) \
                    and not self.signature.any_in(tokens, lo, hi):
                current.add(o.key for o in s_actors)  # "The handover took place in the presence of the Ambassador"
                current.told_in(sentence.index)
            if not triggers and current is not None and current.kind == "Forum" and current.parent is None \
                    and any(tokens[k].lemma in _words("expected_words") for k in range(lo, hi)) \
                    and any(tokens[k].lemma in ("делегация", "delegation", "delegations") for k in range(lo, hi)):
                # "Завтра в Челябинске откроется совещание … На Южный Урал ожидаются делегации Казахстана,
                # Таджикистана …": the delegations expected at the gathering just read take part in it
                current.add(o.key for o in s_actors)
                current.told_in(sentence.index)
            if not triggers and current is not None and (told_again or current.kind == "AidDelivery"):
                # "Помощь отправлена по поручению Президента Российской Федерации": the state whose head ordered it
                ordered = [o for o in s_actors if o.kind == "State" and _ordered_by(tokens, o, lo)]
                if ordered:
                    current.add(o.key for o in ordered)
                    current.told_in(sentence.index)
            # ("It will take place at the Noginsk Rescue Center": the future of the held verb makes no plan of its own)
            if not triggers and current is not None and (current.start is None or current.place is None) \
                    and told_again and not self.planned.any_in(tokens, held_by[0].last + 1 if held_by else lo,
                                                               _clause_end(tokens, held_by[0].last + 1, hi)
                                                               if held_by else hi) \
                    and not _any_word(tokens, lo, hi, _FOLLOWS):
                # (not "The ceremony followed the handover last Friday": the day of another thing)
                # "Церемония прошла в прошлый четверг в Алматы": the date and place of the event just read.
                self._fill(current, [d for d in s_dates if len(d.start_date) == 10], s_places, tokens[lo].start)
                if held_by and s_places:
                    # "It will take place at the Noginsk Rescue Center of the Russian Emergencies Ministry": the
                    # event, by its pronoun, where a body's ground is
                    current.add(o.key for o in s_actors)
                current.told_in(sentence.index)
            began = next((k for k in range(lo, hi) if tokens[k].lemma in _BEGAN or tokens[k].norm in _BEGAN), None)
            if not triggers and current is not None and current.place is None and s_places \
                    and (self.held.any_in(tokens, lo, hi) or began is not None
                         or _any_word(tokens, lo, hi, _words("based_words"))) \
                    and (self.parts.any_in(tokens, lo, hi)
                         or began == lo + 1 and tokens[lo].norm in _words("held_pronouns")) \
                    and not self.planned.any_in(tokens, lo, hi):
                # "The first part of the programme took place in Bonn", "The group began its programme in Bonn":
                # where the event read, unplaced, was held ("It opened in Tokyo … and continued in Kobe": where it
                # began)
                self._fill(current, [], [m for m in s_places if began is None or m.first > began][:1] or s_places,
                           tokens[lo].start)
            if current is not None and current.kind == "Training" and current.place is None and s_places \
                    and (stop := self._stop_told(parsed, lo, hi, s_places)) \
                    and self._tour(tokens, current) and not self.planned.any_in(tokens, lo, hi):
                # "In Bonn the delegation was received by the German Committee …": the first stop of the study tour
                # read, unplaced, is its place
                self._fill(current, [], stop[:1], tokens[lo].start)
            if not triggers and current is not None and current.place and self.held.any_in(tokens, lo, hi) \
                    and not self.planned.any_in(tokens, lo, hi):
                # "На Иссык-Куле завершилось совещание … Основная программа прошла в Чолпон-Ате": the town within
                # the region first read
                within = next((m.entry.key for m in s_places if m.entry.located_in == current.place), None)
                current.place = within or current.place
            if until and current is not None:
                # (a sentence about the event's length or end, or one naming an event)
                lasting = bool(triggers) or self._continues(tokens, lo, hi) or self.ended.any_in(tokens, lo, hi)
                if current.start and len(current.start) == 10 and not current.end \
                        and until[0].start_date > current.start and lasting:
                    # "Учения продлятся по 2 октября": the end of the event just read.
                    current.end = until[0].start_date
                elif current.start is None and len(until[0].start_date) == 10 and (
                        lasting or self.event_nouns.any_in(tokens, lo, hi) or self.triggers.any_in(tokens, lo, hi)):
                    current.until = until[0].start_date  # (its start comes from the dateline, at the end)
            if not triggers and current is not None and (
                    self.event_nouns.any_in(tokens, lo, hi)
                    # "Стартовали они вчера", "It opened on Monday": the event just read, by its pronoun
                    or any(tokens[k].norm in _words("opened_pronouns") for k in range(lo, min(hi, lo + 3)))
                    and self.opened.any_in(tokens, lo, min(hi, lo + 3))):
                self._begin(current, tokens, lo, hi, s_dates)
            if current is not None and current.start and len(current.start) >= 7 and not current.end \
                    and current in (in_sentence.values() if triggers else [current]) \
                    and not self.planned.any_in(tokens, lo, hi):
                self._extent(tokens, lo, hi, current, s_dates)
            if len(triggers) == 1 and (told := in_sentence.get(triggers[0].label)) is not None \
                    and (gapped := _gapped(tokens, triggers[0], s_dates, s_places, hi, self._verb)) is not None:
                # "23–24 марта 2011 года он заседал в Минске, а в сентябре 2013 года – в Чолпон-Ате": the verb left
                # out of the second clause tells another session of the same body
                again = self._new(parsed, events, told.kind, sentence.index, triggers[0], [gapped[0]], [gapped[1]])
                gapping.append((again, told))
            for draft in new_here:
                if series is not None and draft.kind == "Meeting" and draft.parent is None \
                        and sentence.index > series.evidence[-1]:
                    # held within the frame of the series, on its day unless the sentence tells another
                    frame = next((e for e in events if e.id == series.parent), None)
                    draft.parent = series.parent
                    if not any(len(d.start_date) == 10 for d in s_dates) and (series_day or series.start):
                        draft.start, draft.end = (series_day, None) if series_day else (series.start, series.end)
                    if not s_places:
                        draft.place = (frame.place if frame is not None else None) or series.place or draft.place
            if not only_plans and self.series.any_in(tokens, lo, hi) and s_actors \
                    and len({self.gazetteer.state_of(o.key) or o.key for o in s_actors}) == 1:
                # "провел ряд встреч на полях форума": a series whose counterparts are told next
                # ("Вчера, во второй день форума, …": the day the series was held, told with it)
                series_day = next((d.start_date for d in s_dates if len(d.start_date) == 10 and not d.end_date), None)
                # (the meeting read for it, or the series of the headline named again)
                series = in_sentence.get("Meeting") or next((d for d in new_here if d.kind == "Meeting"), last_series)
                if series is None:
                    # ("во второй день форума министр провел серию двусторонних встреч", the first word of them)
                    series = Draft(id="", kind="Meeting", sentence=sentence.index, trigger=(lo, lo),
                                   evidence=[sentence.index], start=series_day,
                                   parent=within_ref.id if within_ref is not None else None)
                    series.add(o.key for o in s_actors)
                last_series, series_idle = series, 0
            narrated = [d for d in s_dates if len(d.start_date) == 10 and not d.end_date]
            narrated_places = s_places if narrated else []  # (the places of a sentence that told a day)
            if triggers and current is not None:
                spoken_of[sentence.index] = current
            if current is not None and (triggers or _any_word(tokens, lo, hi, _LASTS)):
                # ("Встреча … продлится два дня", "It will last two days": the length of the event just read)
                length = self.durations.find(tokens, lo, hi)
                if length and current.days is None:
                    current.days = int(length[0].label)
        for again, told in gapping:
            again.add(told.participants)  # (as far as the text told them by the end)
        for event in events:
            if event.sentence in stages and stages[event.sentence] is not event and len(
                    {self.gazetteer.state_of(k) or _state_of_new(k) or k for k in event.participants}) < 2:
                # (a stage that names no sides is held by the sides of its exercise; one that names only its host,
                # by that host and the organisations that run the exercise)
                named = bool(event.participants)  # (read before any is added)
                event.add([k for k in stages[event.sentence].participants if not named or (
                    (e := self.gazetteer.get(k)) is not None and e.kind == "InternationalOrganization")])
        for told in [e for e in events if e.id in told_apart]:
            # the series is the meetings told apart
            events.remove(told)
            first = told_apart[told.id][0]
            for event in events:
                event.parent = told.parent if event.parent == told.id else event.parent
            spoken_of = {n: first if e is told else e for n, e in spoken_of.items()}
        by_id = {e.id: e for e in events}
        lead_end = min(2, len(parsed.sentences) - 1)
        # (the lead's day that an event of the lead holds as its own: "… is on an official visit to Uzbekistan. On
        # Tuesday the guests held talks": the talks' day, not the visit's, which is then known only to its month)
        # (a span the lead gives is the days of what it tells: "прибыла группа экспертов. С 14 по 18 октября эксперты
        # проведут курс")
        lead_held = fallback_date is not None and len(fallback_date) == 10 and not fallback_end and any(
            e.start == fallback_date and e.sentence <= lead_end for e in events)
        for event in events:
            if event.start is None and published is not None and not event.parent:
                self._date_by_its_verb(parsed, event, published)
            elif published is not None and event.start and len(event.start) == 10 and not event.end \
                    and event.start < published.isoformat() <= (date.fromisoformat(event.start)
                                                                 + timedelta(days=14)).isoformat() \
                    and self.ended.any_in(parsed.tokens, *parsed.bounds[event.sentence]) \
                    and self.opened.any_in(parsed.tokens, *parsed.bounds[event.sentence]) \
                    and self._present(parsed, event.sentence):
                # "В Алматы завершается конференция, которая открылась в среду": from the day it opened to the day
                # of the report
                event.end = published.isoformat()
            if published is not None and published_certain and event.start and len(event.start) >= 7 \
                    and event.start > (published + timedelta(days=31)).isoformat()[:len(event.start)] \
                    and self._told_as_past(parsed, event) and not self._year_written(parsed, event):
                # "25 февраля приземлился Ил-76" in a report of January: last February (not "решили провести
                # 17-е заседание в июне 2026 года", whose year is written).
                event.start = _shift_year(event.start, -1)
                event.end = _shift_year(event.end, -1) if event.end else None
            if event.until and event.start is None and event.days and not event.parent:
                # "has started a two-day session … The meeting will close on 24 March": back from its last day
                event.start = (date.fromisoformat(event.until) - timedelta(days=event.days - 1)).isoformat()
                event.end = event.until if event.days > 1 else None
            if event.until and event.start and len(event.start) == 10 and not event.end and event.until > event.start:
                event.end, event.days = event.until, None
            if event.days and event.start and len(event.start) == 10 and not event.end:
                start = date.fromisoformat(event.start)
                if self._told_ended(parsed, event) and not self._told_begun_on(parsed, event, dates):
                    # "the three-day forum closed on Thursday": the date read is its last day
                    event.start, event.end = (start - timedelta(days=event.days - 1)).isoformat(), event.start
                else:
                    event.end = (start + timedelta(days=event.days - 1)).isoformat()
            parent = by_id.get(event.parent) if event.parent else None
            if event.frame_day is not None and parent is not None and parent.start and len(parent.start) == 10:
                # ("A two-day conference closed on Wednesday … On the first day, …": the day of the frame as its
                # days are known at last)
                event.start, event.end = _day_of(parent, event.frame_day), None
            if event.start is None and event.eve and len(event.eve) == 10:
                event.start = (date.fromisoformat(event.eve) - timedelta(days=1)).isoformat()
            # (a visit, the frame of the others, whatever they took the first day for: "Три дня – со вторника по
            # четверг – делегация провела в Узбекистане … В тот же день гости посетили Академию")
            if event.start and len(event.start) == 10 and not event.end and fallback_end \
                    and (event.kind in _SPANNING or event.kind == "Visit" and event.sentence < title_sentences) \
                    and event.sentence <= lead_end and fallback_date < event.start <= fallback_end \
                    and (event.kind == "Visit" or not any(e.start == fallback_date for e in events)):
                # "📅 Вчера и сегодня" under a headline's exercise, then "Сегодня колонна прошла …» in a quote: a day
                # of the span the lead gives for the event it tells
                event.start, event.end = fallback_date, fallback_end
            if event.start is None and not (parent and parent.start) and fallback_end and event.kind in _SPANNING \
                    and not any(e.start == fallback_date for e in events):
                # "For the next three days, from 3–5 June 2024, volunteers worked … The simulation exercise was
                # organised by …": the days the lead gives
                event.start, event.end = fallback_date, fallback_end
            if event.section_dated and parent and parent.start and event.start and not event.end \
                    and len(parent.start) > len(event.start) and parent.start.startswith(event.start):
                # ("Москва, 2016 год: … В мае 2016 года делегация участвовала в салоне. На полях выставки … встретился":
                # the month of the frame, within the year of the section)
                event.start = parent.start
            if event.start is None:
                event.start = parent.start if parent and parent.start else \
                    fallback_date[:7] if lead_held and event.kind in ("Visit", "Forum") else fallback_date
                if parent and parent.end and not event.end and event.start == parent.start:
                    event.end = None
                if event.until and event.start and len(event.start) == 10 and not event.end \
                        and event.until > event.start and not parent:
                    # ("Central Asian disaster managers start three-week course in Kobe … began … on Monday. The
                    # course … runs until October 25": the day the lead gives, to the day it runs until)
                    event.end = event.until
            # (aid handed over at a course or a forum is handed where it is held, not aid sent on a visit's way)
            if event.place is None and parent and parent.place \
                    and (event.kind != "AidDelivery" or parent.kind in ("Training", "Forum", "Exercise")):
                event.place = parent.place
            if event.place is None:
                # A visit held where the meetings within it were held (a gathering where its talks were, not where its
                # guests were shown an exercise: "гостям форума показали учения в Ургутском районе")
                event.place = next((e.place for e in events if e.parent == event.id and e.place
                                    and (event.kind == "Visit" or e.kind == "Meeting")), None)
            if event.place is None and event.start and event.kind != "AidDelivery":
                # "В первый день форума состоялась встреча …", "On June 10 the delegation met UNDP": held where the
                # event of those days was held.
                around = next((e for e in reversed(events[:events.index(event)]) if e.place and e.start
                               and e.kind != "AidDelivery" and _within_days(event.start, e.start, e.end)), None)
                if around is not None:
                    event.place = around.place
            # (not an exhibition, nor what is held within one the text does not place: "ДУШАНБЕ, 2 июн — Sputnik. …
            # переговоры прошли в рамках салона «Комплексная безопасность-2023»" was reported from afar)
            # ("Назарзода, принимающий участие в работе салона, который проходит в России, 2 июня встретился": the
            # salon named in the meeting's own sentence is its frame too)
            at_exhibition = any(frame is not None and EXHIBITION.search(frame.label or "")
                                for frame in (event, parent)) or event.kind == "Meeting" and any(
                e.kind == "Forum" and e.sentence == event.sentence and EXHIBITION.search(e.label or "") for e in events)
            if event.place is None and not at_exhibition \
                    and (event.kind != "AidDelivery" or tokens[event.trigger[0]].lemma in _HANDOVER
                         or tokens[event.trigger[0]].norm.startswith("тапсыр")) \
                    and _news_of_the_day(event, published) \
                    and not (event.visited and self.gazetteer.state_of(fallback_place) not in (None, event.visited)) \
                    and not (event.kind in ("Meeting", "Forum")
                             and any(_ONLINE.search(parsed.sentences[k].text) for k in event.evidence)) \
                    and not self._sides_elsewhere(event, fallback_place):
                # A wire's dateline is where a visit, a meeting or a handover ceremony of its news took place, not
                # where aid was sent from nor where a forum of years ago was held (nor a visit to another state, nor
                # a meeting held online: "at a meeting held by videoconference yesterday"; an exercise run by
                # videoconference is still run from the dateline's town).
                event.place = fallback_place
        return events, spoken_of

    # ---- pieces -----------------------------------------------------------------------------
    def _sides_elsewhere(self, event: Draft, place: str | None) -> bool:
        """"Baku, Azerbaijan, Feb. 20": a Kyrgyz–US meeting wired from a third state is not held at the dateline; so
        a meeting whose two sides or more are all of states other than the dateline's."""
        here = self.gazetteer.state_of(place) if place else None
        states = {_state_of_side(self.gazetteer, key) for key in event.participants}
        return event.kind == "Meeting" and here is not None and None not in states and len(states) >= 2 \
            and here not in states

    def _bilateral(self, actors: list[Occurrence]) -> bool:
        """Two sides named: a meeting of its own rather than the gathering around it."""
        sides = {self.gazetteer.state_of(o.key) or o.key for o in actors}
        return 1 <= len(sides) <= 2
    def _body_in_session(self, tokens, trig, actors: list[Occurrence], hi: int) -> list[str]:
        """"заседание совета", "session of the Council": the council named before in the text holds it."""
        words = {lemma for token in tokens[trig.last + 1:min(hi, trig.last + 4)] for lemma in token.lemmas}
        named = [o.key for o in actors if o.first < trig.first and self.heads.get(o.key, set()) & words]
        return named[-1:]

    def _not_sources(self, tokens, actors: list[Occurrence], lo: int, hi: int) -> list[Occurrence]:
        """The bodies of a sentence that may take part: not a source of the news, nor one listed after it
        ("отметили вклад Европейского союза, ООН и GIZ"), nor a state named in a format's quoted name
        ("в формате «Центральная Азия + Япония»")."""
        quoted, depth = set(), 0
        for k in range(lo, hi):
            text = tokens[k].text
            if text in ("«", "“") or (text == '"' and depth == 0):
                depth += 1
            elif text in ("»", "”", '"') and depth:
                depth -= 1
            elif depth:
                quoted.add(k)
        actors = [o for o in actors if not (o.kind == "State" and o.first in quoted)]
        # ("в китайском городе Хух-Хото": the state of a town named, no side)
        actors = [o for o in actors if not (o.kind == "State" and o.via == "adjective" and o.last + 1 < hi
                                            and tokens[o.last + 1].lemma in _TOWN_NOUNS)]
        # ("Kyrgyzstan's Batken region"; "which flows from Kyrgyzstan into Tajikistan": a state of a place named)
        actors = [o for o in actors if not (o.kind == "State" and (
            o.last + 3 < hi and tokens[o.last + 1].text in ("'", "’") and tokens[o.last + 2].text == "s"
            and any(tokens[k].norm in _LAND_NOUNS for k in range(o.last + 3, min(hi, o.last + 6)))
            or any(tokens[k].lemma in _COURSE_VERBS or tokens[k].norm in _COURSE_VERBS
                   for k in range(max(lo, o.first - 8), o.first))
            and tokens[o.first - 1].norm in ("from", "into", "through", "из", "в", "через")))]
        kept, previous, previous_source = [], None, False
        for o in actors:
            # a body of the same list, or the abbreviation in brackets right after the name ("(INSARAG)")
            listed = previous is not None and previous.last < o.first and all(
                t.norm in _AND or t.text == "(" or t.norm == "the" for t in tokens[previous.last + 1:o.first])
            source = self._source(tokens, o, lo, hi) or (listed and previous_source)
            if not source:
                kept.append(o)
            previous, previous_source = o, source
        return kept

    def _funders(self, tokens, s_actors: list[Occurrence], lo: int, hi: int) -> set[int]:
        """Where the bodies named as paying begin: the one right after "funded by" and those listed with it ("funded
        by the European Commission's Humanitarian Aid department (ECHO)", "при финансировании Японии и ЕС")."""
        out: set[int] = set()
        ordered = sorted(s_actors, key=lambda o: o.first)
        for m in self.funding.find(tokens, lo, hi):
            previous = None
            for o in ordered:
                if o.first <= m.last:
                    continue
                gap = tokens[(previous.last if previous else m.last) + 1:o.first]
                if previous is None and len(gap) <= 3 or previous is not None and all(
                        t.norm in _AND or t.text in ("(", ")", "'", "’", "s", "the") for t in gap):
                    out.add(o.first)
                    previous = o
                else:
                    break
        return out

    def _source(self, tokens, occurrence: Occurrence, lo: int, hi: int) -> bool:
        """The body is named as the source of the news ("сообщили в МЧС", "the ministry said")."""
        first, last = occurrence.first, occurrence.last
        # (a verb of telling names the body that tells right after it, "сообщает МИД", "сообщили в пресс-службе МЧС";
        # not "сообщил представитель МЧС Узбекистана, сопровождавший груз", one of its people)
        if any(m.last >= first - 3 and (tokens[m.last].lemma not in _TELLING or all(
                t.norm in _TELLING_GAP or t.lemma in _TELLING_GAP for t in tokens[m.last + 1:first]))
               for m in self.source_before.find(tokens, max(lo, first - 6), first)):
            return True
        # (a body's "methods" or "guidelines" right after its name; not "Uzbekistan studied methods")
        return any(m.first <= last + 2 and (m.first == last + 1 or tokens[m.first].norm not in _DOCUMENT_NOUNS)
                   for m in self.source_after.find(tokens, last + 1, min(hi, last + 3)))

    @staticmethod
    def _year_written(parsed: Parsed, event: Draft) -> bool:
        """The year of the event's start stands in its sentence."""
        lo, hi = parsed.bounds[event.sentence]
        return lo < hi and event.start[:4] in parsed.text[parsed.tokens[lo].start:parsed.tokens[hi - 1].end]

    def _told_as_past(self, parsed: Parsed, event: Draft) -> bool:
        """The event's sentence tells it in the past tense and speaks of no plan."""
        if parsed.lang not in ("ru", "en"):
            return False  # no tense read in Kazakh
        lo, hi = parsed.bounds[event.sentence]
        tokens = parsed.tokens
        if self.planned.any_in(tokens, lo, hi):
            return False
        if parsed.lang == "en":
            return any(t.norm.endswith("ed") or t.norm in ("was", "were", "met", "held", "sent", "flew") for t in
                       tokens[lo:hi])
        return any("past" in p.tag and p.tag.POS == "VERB" for t in tokens[lo:hi]
                   for p in self.gazetteer.morph.parse(t.norm)[:1])

    def _extent(self, tokens, lo: int, hi: int, event: Draft, s_dates) -> None:
        """"Занятия продолжались с 14 по 25 октября", "began on 2 June, ended last Thursday", "завершилось двадцать
        четвертого мая": the days the event just read ran over."""
        # (or one that ends on it: "came to a close yesterday. The exercise, held from 7 to 9 October, …")
        ranged = [d for d in s_dates if d.end_date and len(d.start_date) == 10 and (
            _compatible(d.start_date, event.start) or len(event.start) == 10 and d.end_date == event.start)]
        # (a range that begins on the event's day: "For the next three days, from 3–5 June, volunteers worked …")
        if ranged and (self._continues(tokens, lo, hi) or len(event.start) < 10
                       or event.start in (ranged[0].start_date, ranged[0].end_date)):
            event.start, event.end = ranged[0].start_date, ranged[0].end_date
            return
        ended = self.ended.find(tokens, lo, hi)
        if not ended or len(event.start) != 10:
            return
        later = [d for d in s_dates if len(d.start_date) == 10 and not d.end_date
                 and event.start < d.start_date <= (date.fromisoformat(event.start) + timedelta(days=31)).isoformat()]
        if later:
            event.end = max(d.start_date for d in later)

    def _told_ended(self, parsed: Parsed, event: Draft) -> bool:
        """"the three-day forum closed on Thursday", in its own sentence or, after a heading that names it ("Октябрь
        2022 года: форум в Душанбе"), in the next one that tells it ("форум …, завершившийся 6 октября")."""
        lo, hi = parsed.bounds[event.sentence]
        if self.ended.any_in(parsed.tokens, lo, hi):
            return True
        # (a verb of its own tells the sentence's time, but not the verb that names the event: "Спасатели двух стран
        # отработали действия при землетрясении" over "Сегодня завершились двухдневные учения")
        first, last = event.trigger
        following = [i for i in event.evidence if i > event.sentence][:5]
        if any(self.ended.any_in(parsed.tokens, *parsed.bounds[i]) and self.durations.any_in(parsed.tokens,
                                                                                             *parsed.bounds[i])
               for i in following):
            return True  # ("Осенью столица принимала коллег. Трёхдневный форум … завершился 6 октября")
        if self.opened.any_in(parsed.tokens, lo, hi) or any(self._verb(parsed.tokens[k]) for k in range(lo, hi)
                                                            if not first <= k <= last):
            return False
        # ("last week we hosted a team from … It was a five-day workshop that ended on Friday")
        return any(self.ended.any_in(parsed.tokens, *parsed.bounds[i]) for i in following)

    def _told_begun_on(self, parsed: Parsed, event: Draft, dates: list[DateMention]) -> bool:
        """"завершила трехдневный визит … Визит начался 12 ноября": the day read is the one it began on."""
        if event.begun is not None and event.begun == event.start:
            return True  # ("завершились двухдневные учения. Начались они в четверг")
        for index in event.evidence:
            lo, hi = parsed.bounds[index]
            sentence = parsed.sentences[index]
            # ("has completed a three-day working visit … The delegation arrived in Astana on Tuesday, 14 October":
            # the day a visit arrived on is its first)
            begun = self.opened.any_in(parsed.tokens, lo, hi) or event.kind == "Visit" and any(
                t.lemma in _ARRIVE for t in parsed.tokens[lo:hi])
            if begun and any(d.start_date == event.start for d in dates if sentence.start <= d.start < sentence.end):
                return True
        return False

    def _present(self, parsed: Parsed, index: int) -> bool:
        """A verb of ending in the present tense in the sentence ("завершается", "ends"): the event goes on today."""
        lo, hi = parsed.bounds[index]
        return any(m for m in self.ended.find(parsed.tokens, lo, hi)
                   if any("pres" in p.tag for p in self.gazetteer.morph.parse(parsed.tokens[m.first].norm)[:1])
                   or parsed.tokens[m.first].norm == "ends")

    def _ahead(self, event: Draft) -> bool:
        """The event is fixed for a day after publication: what its sentences tell in the future is its programme
        ("Председательствовать на заседании будет заместитель министра …")."""
        return self._published is not None and bool(event.start) and len(event.start) == 10 \
            and event.start > self._published.isoformat()

    def _of_a_topic(self, tokens, place: Match, lo: int) -> bool:
        """The place stands in what was discussed, some words after the verb ("провели рабочую встречу, на которой
        обсудили план мероприятий, в том числе проведение совместного семинара в г. Ош"), not where the talks were
        ("обсудили в Бишкеке вопросы …")."""
        # (not an event named in the topic, with its place: "рассмотрели ход выполнения решений заседания …,
        # состоявшегося в сентябре в Чолпон-Ате")
        # (nor "обсуждали в сентябре 2019 года в Челябинске": a day, then a place, right after the verb tell when and
        # where; after "на которой обсудили" the rest is all topic)
        def topic(m) -> bool:
            if any(tokens[k].lemma in _RELATIVE or tokens[k].norm == "where" for k in range(max(lo, m.first - 3),
                                                                                          m.first)):
                return True
            return not self.triggers.any_in(tokens, m.last + 1, place.first) \
                and not self.event_nouns.any_in(tokens, m.last + 1, place.first) \
                and not any(t.text.isdigit() or is_calendar_word(t.text) for t in tokens[m.last + 1:place.first])
        return any(m.last < place.first - 3 and topic(m) for m in self.discussed.find(tokens, lo, place.first))

    @staticmethod
    def _titles_an_item(parsed: Parsed, index: int, dates: list[DateMention]) -> bool:
        """The sentence, a short one, opens a paragraph and the next one, in that paragraph, opens on a day: the title
        of a chronicle's item ("Вторая региональная министерская конференция. 18–19 сентября 2014 г. Бишкек
        принял …"), which carries no day of the item before."""
        sentences = parsed.sentences
        if index == 0 or index + 1 >= len(sentences) \
                or "\n\n" not in parsed.text[sentences[index - 1].end:sentences[index].start] \
                or "\n" in parsed.text[sentences[index].end:sentences[index + 1].start]:
            return False
        following = sentences[index + 1]
        return len(sentences[index].text.split()) <= 8 \
            and any(d.start == following.start and len(d.start_date) == 10 for d in dates)

    def _date_by_its_verb(self, parsed: Parsed, event: Draft, published: date) -> None:
        """"В Душанбе завершил работу трехдневный форум" in a report of 6 October: it ended that day, and began two
        days before. (One that "стартовал", or a visit "completed" with no length told, is of the month of the report:
        the verb alone does not say which day; ANNOTATION.md dates an event with no day told to the month.)"""
        if not event.days or event.days < 2:
            return
        for index in event.evidence[:2]:
            lo, hi = parsed.bounds[index]
            if self.ended.any_in(parsed.tokens, lo, hi):
                event.end = published.isoformat()
                event.start = (published - timedelta(days=event.days - 1)).isoformat()
                event.days = None
                return

    @staticmethod
    def _at(tokens, forum: Draft, lo: int, hi: int) -> bool:
        """The sentence names the forum with "на"/"at"/"during" before it (its adjectives in between)."""
        return any(tokens[i].norm in ("на", "at", "during") and any(
            tokens[k].lemma == tokens[forum.trigger[0]].lemma for k in range(i + 1, min(hi, i + 5)))
            for i in range(lo, hi))

    @staticmethod
    def _continues(tokens, lo: int, hi: int) -> bool:
        """A sentence about how long something lasts ("продлится", "will run until")."""
        return _any_word(tokens, lo, hi, _LASTS)

    def _visitors(self, visit: Draft) -> list[str]:
        """The participants of a visit who came from elsewhere (not from the state of its place)."""
        home = self.gazetteer.state_of(visit.place) if visit.place else None
        return [k for k in visit.participants if home is None or (self.gazetteer.state_of(k) or k) != home]

    def _stop_told(self, parsed: Parsed, lo: int, hi: int, s_places: list[Match]) -> list[Match]:
        """The place a sentence opens on as where its people were ("In Bonn the delegation was received …", or a few
        words in: "During the first week in Seoul, …"; Kazakh names it in the locative: "Делегация алдымен Бонн
        қаласында болып, …")."""
        tokens = parsed.tokens
        return [m for m in s_places if lo < m.first <= lo + 6 and tokens[m.first - 1].norm in ("in", "в", "во")
                and not any(self._verb(t) for t in tokens[lo:m.first])] or [
            m for m in s_places if parsed.lang == "kk" and m.first <= lo + 2 and m.last + 1 < hi
            and tokens[m.last + 1].norm.startswith("қаласында")]

    def _with_hosts(self, visit: Draft, keys: list[str]) -> bool:
        """The bodies named are the visit's visitors and bodies of the state it went to (its place's, or that of its
        participants who did not come from elsewhere), at least one of these."""
        state = self.gazetteer.state_of
        visitors = set(self._visitors(visit))
        home = {state(k) or k for k in visit.participants if k not in visitors}
        if visit.place and state(visit.place):
            home.add(state(visit.place))
        home -= {state(k) or k for k in visitors}
        return any((state(k) or k) in home for k in keys) \
            and all(k in visitors or (state(k) or k) in home for k in keys)

    def _future(self, tokens, lo: int, hi: int) -> bool:
        """"аналогичные совещания пройдут в Джалал-Абаде": a Russian sentence told in the future tense (and none
        in the past)."""
        return self._tenses(tokens, lo, hi) == {"futr"}

    def _tenses(self, tokens, lo: int, hi: int) -> set[str]:
        """The tenses of the Russian verbs of tokens[lo:hi]."""
        tenses = set()
        for token in tokens[lo:hi]:
            if token.text.isascii() or not token.text.isalpha():
                continue
            parses = self.gazetteer.morph.parse(token.norm)
            tag = parses[0].tag
            if tag.POS == "VERB" and tag.tense:
                # (a verb of both aspects, "финансирует", "организует", may be of the present as much as the future)
                both = tag.tense == "futr" and any(p.tag.POS == "VERB" and p.tag.tense == "pres" for p in parses)
                tenses.add("pres" if both else tag.tense)
        return tenses

    def _of_format_heads(self, tokens, start: int, stop: int, s_actors) -> bool:
        """"the 9th meeting of SCO emergency heads", "совещание глав чрезвычайных ведомств СНГ": the heads of
        agencies of a standing format named in the gathering's name, not one met with."""
        heads = any(tokens[k].lemma in self.heads_words or tokens[k].norm in self.heads_words
                    for k in range(start, stop))
        return heads and any(o.key in self.format_bodies and start <= o.first < stop
                             and not any(t.norm in _WITH for t in tokens[start:o.first]) for o in s_actors)

    def _frame_named_again(self, tokens, trig, lo: int) -> bool:
        """"On August 24, on the sidelines of the meeting, the minister held talks", "в рамках этого совещания": the
        trigger, right after a frame word and at most an article, with no number or name of its own, is the
        gathering read before."""
        between = self._after_frame(tokens, trig, lo)
        return bool(between) and all(t.norm in ("the", "this", "этого", "этой") for t in between) \
            and (trig.last + 1 >= len(tokens) or not tokens[trig.last + 1].is_word)

    def _edition_before(self, tokens, lo: int, hi: int) -> bool:
        """"Предыдущая, шестая, состоялась в 2017 году", "The previous one took place in Hohhot": a sentence that
        opens on the word of the edition before, with no noun after it, and a word of holding."""
        if tokens[lo].norm == "the":
            lo += 1
        if hi - lo < 3 or not self.previous_edition.any_in(tokens, lo, lo + 1):
            return False
        after = tokens[lo + 1]
        return (after.norm == "," or after.norm in ("one", "edition") or self.held.any_in(tokens, lo + 1, lo + 2)) \
            and self.held.any_in(tokens, lo + 1, min(hi, lo + 8))

    def _framed_by(self, tokens, trig, lo: int) -> bool:
        """"в рамках форума", "on the sidelines of the 6th RTG meeting": a frame word before the trigger, with only
        an article, a number or an abbreviation between."""
        if self.within.any_in(tokens, max(lo, trig.first - 3), trig.first):
            return True
        between = self._after_frame(tokens, trig, lo) or []
        # (not "on the sidelines of the meeting": the gathering read, named again)
        # ("на полях IX Международного салона": its number and adjectives too)
        return any(t.norm not in ("the", "a") for t in between) and all(
            t.norm in ("the", "a", "th", "st", "nd", "rd") or t.text[:1].isdigit() or (t.text.isupper() and len(t.text) > 1)
            or self._adjective(t) or t.norm in _EN_ORDINALS for t in between)

    def _after_frame(self, tokens, trig, lo: int):
        """The words between the last frame word ("в рамках", "on the sidelines of") of the eight before the trigger
        and the trigger; None when there is none."""
        frames = self.within.find(tokens, max(lo, trig.first - 8), trig.first)
        return tokens[frames[-1].last + 1:trig.first] if frames else None

    def _as_a_rule(self, parsed: Parsed, lo: int, hi: int, here) -> bool:
        """"в ШОС регулярно собираются руководители ведомств": a Russian sentence with no date, in the present, that
        tells what is done as a rule (events.yaml regularly_words)."""
        tokens = parsed.tokens
        return parsed.lang == "ru" and not here and _any_word(tokens, lo, hi, _words("regularly_words")) \
            and self._tenses(tokens, lo, hi) == {"pres"}

    def _agreed_on_no_day(self, tokens, first: int, lo: int, here) -> bool:
        """"договорились о первых совместных учебных курсах": the word at `first` is what is agreed on (events.yaml
        agreed_on, in the six words before it), in a sentence that fixes no day."""
        return not any(len(d.start_date) == 10 for d in here) \
            and self.agreed_on.any_in(tokens, max(lo, first - 6), first)

    def _before_adjectives(self, tokens, first: int, lo: int) -> int | None:
        """The token before a trigger and the adjectives that open it ("через [региональные] встречи")."""
        k = first - 1
        while k >= lo and self._adjective(tokens[k]):
            k -= 1
        return k if k >= lo else None

    def _said_to_come(self, tokens, at: int, hi: int, s_dates) -> bool:
        """", что направят в Турцию помощь": the trigger stands in a clause after ", что" told in the future alone, with
        no date after the "что"."""
        start = next((k for k in range(at - 1, 0, -1) if tokens[k].norm == "что" and tokens[k - 1].text == ","
                      or tokens[k].text in ".;:"), None)
        if start is None or tokens[start].norm != "что":
            return False
        end = next((k for k in range(at, hi) if tokens[k].text in ",;:"), hi)
        # (", что … примут участие в учениях, которые пройдут 20–22 мая": a date anywhere after "что" fixes the event)
        return self._future(tokens, start + 1, end) and not any(tokens[start].start <= d.start for d in s_dates)

    def _governs_a_verb(self, tokens, at: int, hi: int) -> bool:
        """"готовности направить", "ready to send": a word followed by the verb it governs."""
        if at + 1 >= hi:
            return False
        after = tokens[at + 1]
        return after.norm == "to" or self._infinitive(after)

    def _agreed_to_do(self, tokens, lo: int, hi: int) -> int | None:
        """"договорились в 2024 году провести": where agreeing is told, with the thing to do a few words on, before any
        comma."""
        for k in range(lo, hi):
            if tokens[k].lemma in _words("agreeing_nouns") and k + 2 < hi and tokens[k + 1].norm in ("о", "об") \
                    and tokens[k + 2].lemma in _words("doing_nouns"):
                return k  # "достигнута договоренность о проведении совместных учений …"
            if tokens[k].lemma in _words("agreeing") or tokens[k].norm in _words("agreeing"):
                if k + 1 < hi and (tokens[k + 1].norm == "that"
                                   or tokens[k + 1].text == "," and k + 2 < hi and tokens[k + 2].norm == "что"):
                    return k  # ("It was agreed that joint exercises would take place …", "договорились, что …")
                for j in range(k + 1, min(hi, k + 7)):
                    if tokens[j].text == ":" and j + 1 < hi and self._infinitive(tokens[j + 1]):
                        return k  # ("Договорились о многом: провести совместные учения …, организовать курс")
                    if tokens[j].text in (",", ";", ":", "—", "–"):
                        break
                    if self._infinitive(tokens[j]):
                        return k
        return None

    def _infinitive(self, token) -> bool:
        return infinitive(token, self.gazetteer.morph)

    def _tallied(self, tokens, t: PhraseMatch, lo: int) -> bool:
        """Events counted by the many right before their word, over its adjectives ("прошли больше двадцати
        зарубежных курсов", "more than 20 joint trainings"): a tally, no one event."""
        if t.label not in ("Training", "Exercise", "Forum", "Meeting"):
            return False  # ("250 family tents", "63 спасателя": goods and people counted, not events)
        k = t.first - 1
        # (over "курсов и" to the number: "больше двадцати зарубежных курсов и стажировок")
        while k > lo and k > t.first - 5 and (self._adjective(tokens[k]) or tokens[k].norm in ("of", "joint", "и", "and")
                                              or (tokens[k + 1].norm in ("и", "and") and self._plural(tokens[k]))):
            k -= 1
        return k >= lo and self._tally(tokens, k, lo)

    @staticmethod
    def _tally(tokens, k: int, lo: int) -> bool:
        word = tokens[k].norm
        return word in _words("tally_words") or (word.isascii() and word.isdigit() and 3 <= int(word) < 1000
                                                  and not (k > lo and tokens[k - 1].norm in ("№", "no", "number")))

    def _plural(self, token, any_reading: bool = False) -> bool:
        """The word reads as a plural (`any_reading`: in one of its likelier readings, as "совещания")."""
        if token.text.isascii():
            return token.norm.endswith("s") and not token.norm.endswith("ss")
        parses = self.gazetteer.morph.parse(token.norm)[:3 if any_reading else 1]
        return any(p.tag.number == "plur" for p in parses)

    def _became(self, tokens, m, hi: int) -> bool:
        """A change of status: "стал" followed by what the subject became, in the instrumental ("форум стал
        вспомогательным механизмом"; not "Местом встречи стал Чолпон-Ата", where the place is the subject)."""
        if tokens[m.first].lemma != "стать":
            return True
        after = tokens[m.last + 1] if m.last + 1 < hi else None
        return after is not None and not after.text.isascii() \
            and any("ablt" in p.tag for p in self.gazetteer.morph.parse(after.norm)[:1])

    def _of_a_status_change(self, tokens, mention: DateMention, lo: int) -> bool:
        """"…, ставших в июне нынешнего года полноправными членами организации", "…, which joined the SCO in June": a
        date in a clause that opens, after a comma, on a verb of a change of status."""
        k = bisect_left(tokens, mention.start, key=lambda t: t.start) - 1
        while k > lo and tokens[k].text not in (",", ";", "(", "—", "–"):
            k -= 1
        if k <= lo or tokens[k].text != ",":
            return False
        opening = [t for t in tokens[k + 1:k + 3] if t.is_word]
        if opening and opening[0].norm in ("which", "who", "that", "который", "которые", "которая"):
            opening = opening[1:]
        return bool(opening) and (opening[0].lemma in self.status_changes or opening[0].norm in self.status_changes)

    def _told_done(self, tokens, lo: int, hi: int) -> bool:
        """A sentence that tells something done: a Russian verb in the past, or an English one in -ed."""
        return any(t.norm.endswith("ed") if t.text.isascii() else any(
            p.tag.POS == "VERB" and "past" in p.tag for p in self.gazetteer.morph.parse(t.norm)[:1])
            for t in tokens[lo:hi])

    def _name_end(self, tokens, lo: int, hi: int) -> int:
        """Where the name of a thing ends: at the first finite verb after it, or at `hi` (not the verb of a relative
        clause inside it: "встреча руководителей органов, которые отвечают за … в приграничных регионах государств –
        членов ШОС")."""
        for k in range(lo, hi):
            if not tokens[k].text.isascii() and any(
                    p.tag.POS == "VERB" for p in self.gazetteer.morph.parse(tokens[k].norm)[:1]) \
                    and not any(tokens[j].lemma == "который" for j in range(max(lo, k - 2), k)):
                return k
        return hi

    def _adjective(self, token) -> bool:
        """"Международного", "регионального": a Russian adjective."""
        return not token.text.isascii() and token.is_word and any(
            p.tag.POS == "ADJF" for p in self.gazetteer.morph.parse(token.norm)[:1])

    def _other_object(self, tokens, verb: int, hi: int, groups) -> bool:
        """A Russian common noun right after the verb, before any preposition, that is none of the pair's words
        ("принимать обоснованные решения")."""
        for k in range(verb + 1, min(hi, verb + 4)):
            token = tokens[k]
            if not token.is_word or token.text.isascii() or token.is_capitalized:
                return False
            if any(any(w.first <= k <= w.last for w in words) for words in groups):
                return False
            parse = self.gazetteer.morph.parse(token.norm)[0]
            if parse.tag.POS == "PREP":
                return False
            if parse.tag.POS == "NOUN":
                return True
        return False

    def _attributive(self, tokens, m, hi: int) -> bool:
        """A Russian participle of one word right before a noun ("ожидаемые результаты"): it qualifies the noun."""
        if m.first != m.last or m.last + 1 >= hi:
            return False
        first = self.gazetteer.morph.parse(tokens[m.first].norm)[:1]
        after = self.gazetteer.morph.parse(tokens[m.last + 1].norm)[:1]
        return bool(first and after and first[0].tag.POS == "PRTF" and after[0].tag.POS == "NOUN")

    def _participle(self, token) -> bool:
        """"прибывшие", "прибывший": a Russian active participle."""
        return not token.text.isascii() and any(p.tag.POS == "PRTF" and "actv" in p.tag
                                                for p in self.gazetteer.morph.parse(token.norm)[:1])

    def _participle(self, token) -> bool:
        """"принимающий", "находящийся": a Russian full participle."""
        return not token.text.isascii() and self.gazetteer.morph.parse(token.norm)[0].tag.POS == "PRTF"

    def _in_participle_phrase(self, tokens, trig, lo: int) -> bool:
        """"…, принимающий участие в работе XIV салона": the trigger is in a phrase that a participle opens after a
        comma, a few words before it, with no comma between."""
        for k in range(trig.first - 1, max(lo, trig.first - 8), -1):
            if tokens[k].text == ",":
                return False
            if tokens[k - 1].text == "," and self._participle(tokens[k]):
                return True
        return False

    def _dates_a_verb_after(self, tokens, trig, mention: DateMention, triggers, hi: int) -> bool:
        """The date, after a comma past the trigger, stands right before the verb of another event ("…, 2 июня 2023
        года встретился с …", "…, сегодня провёл встречу с …")."""
        k = bisect_left(tokens, mention.end, key=lambda t: t.start)

        def finite(j: int) -> bool:
            return self._verb(tokens[j]) and not self._participle(tokens[j])
        return mention.start > tokens[trig.last].end and any(
            tokens[j].text == "," for j in range(trig.last + 1, min(hi, k))
            if tokens[j].start < mention.start) and any(
            t is not trig and k <= t.first <= k + 2 and (finite(t.first) or any(finite(j) for j in range(k, t.first)))
            for t in triggers)

    def _verb(self, token) -> bool:
        """"встретился", "met": a trigger told as an action rather than named as a thing."""
        if token.text.isascii():
            return token.norm in ("met", "meets")
        return any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS") for p in self.gazetteer.morph.parse(token.norm)[:1])

    def _held_in_clause(self, tokens, t: PhraseMatch, hi: int, s_dates) -> bool:
        """The gathering a relative clause right after its word tells held, on a date of its own ("выполнение решений
        предыдущей, шестой встречи, которая прошла в 2017 году в Хух-Хото")."""
        k = t.last + 1
        if k + 2 >= hi or tokens[k].text != "," or tokens[k + 1].lemma not in ("который", "which"):
            return False
        end = next((j for j in range(k + 2, hi) if tokens[j].text in (",", ";")), hi)
        return self.held.any_in(tokens, k + 2, end) \
            and any(tokens[k].start <= d.start < tokens[end - 1].end for d in s_dates)

    def _verbless(self, tokens, a: int, b: int) -> bool:
        """No finite verb stands in tokens[a:b] up to a closing quotation mark: a list of things, not a clause."""
        for token in tokens[a:b]:
            if token.text in ("»", "”", '"'):
                break
            if self._finite(token):
                return False
        return True

    def _finite(self, token) -> bool:
        """A finite verb: "will", "was", "held" in English; a Russian word whose likeliest reading is a verb."""
        if token.text.isascii():
            return token.norm in _FINITE_EN
        return any(p.tag.POS == "VERB" for p in self.gazetteer.morph.parse(token.norm)[:1])

    def _a_part(self, tokens, trig, hi: int) -> bool:
        """"A separate session was held at UN-SPIDER", "technical sessions", "пленарная сессия": a word that names a
        part of a gathering or a course when a word of parts qualifies it, a topic follows it ("сессия о системах
        оповещения", "a session on …"), or in the plural with no body named after it ("the 16th session of the
        Council", "первая сессия Региональной платформы" are gatherings)."""
        if tokens[trig.first].lemma not in self.part_words or trig.first != trig.last:
            return False
        k = trig.last + 1
        if k < hi and (tokens[k].norm == "of" or (tokens[k].is_capitalized and tokens[k].is_word)):
            return False
        # ("сессию о системах раннего оповещения провели эксперты", "ran a session on search dogs": a session on a
        # topic is a part of what is being held)
        if k < hi and tokens[k].norm in ("о", "об", "on", "about") and not (tokens[k].norm == "on" and any(
                t.text[:1].isdigit() or is_calendar_word(t.norm) or t.norm in ("day", "days", "morning", "evening")
                for t in tokens[k + 1:min(hi, k + 5)])):  # (not "the pledging session on the second day")
            return True
        before = tokens[trig.first - 1] if trig.first > 0 else None
        return (before is not None and before.lemma in self.part_qualifiers) or (
            tokens[trig.first].norm != tokens[trig.first].lemma and tokens[trig.first].text.isascii())

    def _refers(self, tokens, first: int) -> bool:
        if self.anaphora.any_in(tokens, max(0, first - 2), first):
            return True
        # "в учениях участвовали подразделения ...", "in the exercise took part": who took part in the event read
        # (not "participation in exercises organised by each ministry", "участие в учениях": a topic)
        # ("участие специалистов в учениях, которые проводят партнёры": the one who takes part may stand between)
        if tokens[first].norm.endswith(_KK_DATIVE) and any(
                tokens[k].norm.startswith("қатыс") for k in range(first + 1, min(len(tokens), first + 30))
                if tokens[k].sentence == tokens[first].sentence):
            return True  # ("Кездесуге сондай-ақ … мамандары қатысты": Kazakh, who took part in the meeting read)
        return first > 0 and tokens[first - 1].norm in ("в", "во", "in") \
            and not any(tokens[k].lemma in _words("participation_nouns") for k in range(max(0, first - 5), first - 1)) \
            and self.participation.any_in(tokens, first + 1, min(len(tokens), first + 4))

    @staticmethod
    def _sentences_back(tokens, lo: int, count: int) -> int:
        """The first token of the sentence `count` sentences before the one that begins at `lo` (or of the text)."""
        for _ in range(count):
            if lo == 0:
                break
            lo = _sentence_span(tokens, lo - 1)[0]
        return lo

    def _named_by_its_town(self, tokens, trig, events) -> bool:
        """"Челябинская встреча", "the Chelyabinsk meeting": a gathering named by the town of a forum already read."""
        town = self._towns.get(tokens[trig.first - 1].lemma) if trig.first > 0 else None
        return town is not None and any(e.kind == "Forum" and e.place == town for e in events)

    def _habitual(self, tokens, trig, lo: int) -> bool:
        """"observers attend its meetings", "участвуют в его заседаниях": the gatherings of a body in general, none
        of them told (a possessive before a plural event word)."""
        return trig.first > lo and tokens[trig.first - 1].norm in _POSSESSIVES and self._plural(tokens[trig.last]) \
            and not (trig.label == "Exercise" and not tokens[trig.last].text.isascii()) \
            and not (trig.last + 1 < len(tokens) and tokens[trig.last + 1].norm in _WITH)
        # ("их учения": one drill; "его переговоров с Президентом Казахстана": one round of talks, with its counterpart)

    def _qualifies_another(self, tokens, mention: DateMention, hi: int) -> bool:
        after = bisect_left(tokens, mention.end, key=lambda t: t.start)
        # (not "Кеше басталған … оқу-жаттығуы": the day the event read began)
        return after + 1 < hi and bool(_KK_PARTICIPLE.search(tokens[after].norm)) \
            and self.triggers.match_at(tokens, after + 1) is None and self.opened.match_at(tokens, after) is None

    def _town_of_base(self, tokens, lo: int, hi: int) -> list[Match]:
        """"на базе Ногинского спасательного центра МЧС России": the town a base is named after is where it is."""
        out = []
        for m in self.bases.find(tokens, lo, hi):
            k = m.last + 1
            if k < hi and tokens[k].is_capitalized:
                key = self._towns.get(tokens[k].lemma)
                if key is not None:
                    entry = self.gazetteer.get(key)
                    out.append(Match(entry, "adjective", k, k, tokens[k].start, tokens[k].end, tokens[k].text))
        return out

    def said_on(self, tokens, mention: DateMention, lo: int) -> bool:
        """A day told right after a word of saying ("the ministry said on Friday", "сообщили во вторник")."""
        return said_on(tokens, mention, lo, self.source_after)

    def _head_office(self, tokens, lo: int, hi: int, actors: list[Occurrence]) -> list[Match]:
        """"в центральном аппарате МЧС Кыргызской Республики", "at the ministry's headquarters": the capital of the
        state whose body it is (places.yaml capitals)."""
        for m in self.head_offices.find(tokens, lo, hi):
            body = next((o for o in actors if m.last < o.first <= m.last + 2 and o.kind != "State"), None)
            capital = self.capitals.get(self.gazetteer.state_of(body.key)) if body is not None else None
            if capital is not None and (found := self._place_named_by(capital, "head office", tokens, m)):
                return found
        return []

    def _town_of_venue(self, parsed: Parsed, lo: int, hi: int, actors: list[Occurrence]) -> list[Match]:
        """"в Кокшетауском техническом институте", "в институте" (named again): the town a body held at is named
        after is where it is held; so is the town whose own government it is held at ("в акимате Алматы")."""
        tokens = parsed.tokens
        for o in actors:
            if lo < o.first < hi and o.kind == "Agency" and tokens[o.first - 1].norm in ("в", "во", "at", "in") \
                    and tokens[o.first].lemma in _words("city_government_words") \
                    and (town := self.gazetteer.match(parsed, o.first + 1, o.last + 1, kinds={"Place"})):
                return town[:1]
        for o in actors:
            if lo < o.first < hi and o.kind == "Agency" and tokens[o.first - 1].norm in ("в", "во", "at") \
                    and (town := self._towns.get(self.gazetteer.morph.lemmas(o.label.split()[0].lower())[0]
                                                 if o.label and o.label.split() else "")) is not None \
                    and (found := self._place_named_by(town, "venue", tokens, o)):
                return found
        return []

    def _the_capital(self, tokens, lo: int, hi: int, actors: list[Occurrence]) -> list[Match]:
        """"в столице прошла конференция": the capital of the state named right after ("в столице Казахстана"), else
        the dateline's city where it is a capital."""
        for m in self.capital_words.find(tokens, lo, hi):
            state = next((o for o in actors if o.first == m.last + 1 and o.kind == "State"), None)
            if state is not None:
                key = self.capitals.get(state.key)
            elif m.last + 1 < hi and tokens[m.last + 1].is_capitalized:
                continue  # ("в столице Туркменистана Ашхабаде": the city is named)
            else:
                key = self._dateline_place if self._dateline_place in self.capitals.values() else None
            if key is not None and (found := self._place_named_by(key, "capital", tokens, m)):
                return found
        return []

    def _place_named_by(self, key: str, how: str, tokens, words) -> list[Match]:
        """The reference place `key` as a match of the words that name it ("в центральном аппарате", "в столице")."""
        entry = self.gazetteer.get(key)
        return [] if entry is None else [Match(entry, how, words.first, words.last, tokens[words.first].start,
                                               tokens[words.last].end,
                                               " ".join(t.text for t in tokens[words.first:words.last + 1]))]

    def _first_day(self, event: Draft, tokens, lo: int, hi: int, s_dates) -> str | None:
        """"завершились двухнедельные курсы … Занятия, которые начались 8 сентября": a day shortly before the one read
        on which the gathering, or its lessons, began."""
        if event.kind not in _SPANNING or not event.start or len(event.start) != 10 or event.end \
                or not self.opened.any_in(tokens, lo, hi):
            return None
        latest = date.fromisoformat(event.start)
        return next((d.start_date for d in s_dates if len(d.start_date) == 10 and not d.end_date
                     and latest - timedelta(days=31) <= date.fromisoformat(d.start_date) < latest), None)

    @staticmethod
    def _tour(tokens, event: Draft) -> bool:
        """A study tour or a study visit: a course that travels."""
        words = {tokens[k].lemma for k in range(event.trigger[0], event.trigger[1] + 1)}
        words |= {w.lower() for w in (event.label or "").split()}
        return bool(words & _TOUR_WORDS) or any(w.startswith(_TOUR_STEMS) for w in words)

    def _begin(self, event: Draft, tokens, lo: int, hi: int, s_dates) -> None:
        first = self._first_day(event, tokens, lo, hi, s_dates)
        if first is not None:
            event.start, event.end, event.days = first, event.start, None
            event.begun = first
        elif event.start is None and event.kind in _SPANNING and self.opened.any_in(tokens, lo, hi):
            # "Совместные учения … прошли в Кордайском районе. Они начались в среду и завершились сегодня": the days
            # the event read, undated, began and ended
            days = sorted({d.start_date for d in s_dates if len(d.start_date) == 10 and not d.end_date
                           and not d.until})
            if len(days) == 1 or (len(days) == 2 and self.ended.any_in(tokens, lo, hi)
                                  and date.fromisoformat(days[1]) - date.fromisoformat(days[0]) <= timedelta(days=31)):
                event.start, event.end = days[0], days[1] if len(days) == 2 else None
                event.begun = days[0]

    def _to_whom(self, tokens, first: int) -> bool:
        """The body is named as the one given to: right after a noun in the dative ("представителям МЧС"), or after a
        post in the dative and the genitive words of it ("первому заместителю председателя Комитета …")."""
        k = first - 1
        while k >= 0 and first - k <= 4 and tokens[k].is_word:
            if self._dative(tokens[k].text):
                return True
            parse = self.gazetteer.morph.parse(tokens[k].norm)[:1]
            if not parse or "gent" not in parse[0].tag:
                return False
            k -= 1
        return False

    def _dative(self, word: str) -> bool:
        """The word reads best as a noun in the dative ("представителям")."""
        parse = self.gazetteer.morph.parse(word.lower())[:1]
        return bool(parse) and "NOUN" in parse[0].tag and "datv" in parse[0].tag

    def _told_as_before(self, parsed: Parsed, existing: Draft, events: list[Draft]) -> bool:
        """The event was told as one of years before ("Напомним, еще в ноябре 2021 года …"), and an event of the
        year of publication (or of no date yet) was read after it."""
        if self._published is None or not existing.start or not existing.start[:4].isdigit() \
                or int(existing.start[:4]) >= self._published.year \
                or not self.earlier.any_in(parsed.tokens, *parsed.bounds[existing.sentence]):
            return False
        after = events[events.index(existing) + 1:] if existing in events else []
        return any(not e.start or e.start[:4] == str(self._published.year) for e in after)

    def _same(self, existing: Draft, trig, tokens, s_dates, s_places, s_actors) -> bool:
        """A trigger names an event already read unless it brings a different date or place."""
        lo, hi = _sentence_span(tokens, trig.first)
        if existing.kind in ("Forum", "Meeting") and existing.ordinal \
                and (number := _edition_number(tokens, trig)) is not None:
            # "Решения второй конференции станут известны сегодня": the second conference read, whatever the day of
            # the sentence; the first one is another
            return number == existing.ordinal
        # "Учение … завершилось двадцать четвертого мая": the last day of the exercise that began on the 23rd
        ends = existing.kind in _SPANNING and existing.start and len(existing.start) == 10 \
            and self.ended.any_in(tokens, lo, hi) and any(
                len(d.start_date) == 10 and existing.start < d.start_date
                <= (date.fromisoformat(existing.start) + timedelta(days=14)).isoformat() for d in s_dates)
        if ends or self._first_day(existing, tokens, lo, hi, s_dates):
            return True
        if s_dates and existing.start is None and self._published is not None and existing.sentence < 3 \
                and all(int(d.start_date[:4]) < self._published.year for d in s_dates) \
                and self.earlier.any_in(tokens, self._sentences_back(tokens, lo, 3), hi):
            # "Ещё в декабре 2013 года представители … собирались в туркменской столице" after the meeting the news
            # is of, undated: a gathering of years before is another
            return False
        stop = _a_stop(existing, tokens, lo, hi, s_dates)
        # (a demonstrative of the trigger's own noun, not of a body before a verb: "Last October, the IFRC trained")
        named = {k for o in s_actors for k in range(o.first, o.last + 1)}
        near = [] if trig.first - 1 in named else range(max(0, trig.first - 2), trig.first)
        if s_dates and existing.start and not stop and not any(_fits(d, existing) for d in s_dates) \
                and (not any(tokens[k].lemma in _DEMONSTRATIVES for k in near)
                     # ("the regional forum … held in Bosteri on August 14-15, 2024" in news of 2026: another year
                     # told in full is another event, named with "the"; not "Бұл оқу-жаттығу", this very one)
                     or not any(tokens[k].lemma in _DEMONSTRATIVES and tokens[k].norm != "the" for k in near)
                     and any(not d.yearless and not d.relative and len(d.start_date) >= 7
                             and d.start_date[:4] != existing.start[:4] for d in s_dates)):
            # "во вторник … в онлайн-совещании приняли участие": another day, another meeting (but "в этом совещании"
            # is the one read; "в ходе государственного визита" in December 2021 is not the visit of 2015)
            return False
        # ("состоялась двусторонняя встреча министра … Пучкова и министра … Джураева": sides of its own)
        verb = self._verb(tokens[trig.first]) or trig.first > lo and tokens[trig.first - 1].lemma in _words("two_sided")
        if existing.kind == "Meeting" and existing.participants and not verb and any(
                tokens[k].lemma in _words("holding_verbs") for k in range(max(lo, trig.first - 2), trig.first)):
            # "Делегация AFAD провела рабочую встречу с руководством МЧС Узбекистана" after the Uzbek-Tajik talks: a
            # meeting held by a body of a state the one read did not have
            held = {self.gazetteer.state_of(k) or k for k in existing.participants}
            own = self.gazetteer.state_of(self._speaker) if self._speaker else None  # (the publisher is at each)
            if len(held) >= 2 and any(o.kind == "Agency" and (state := self.gazetteer.state_of(o.key))
                                      and state not in held and state != own for o in s_actors):
                return False
        if existing.kind == "Meeting" and existing.participants and any(
                t.norm in _ALSO for t in tokens[lo:min(trig.first, lo + 3)]) and any(
                o.kind != "State" and o.key not in existing.recent for o in s_actors):
            # "Также состоялась встреча … с Министром чрезвычайных ситуаций Кыргызской Республики": another meeting,
            # with a body the one read did not have
            return False
        if not verb and self._refers(tokens, trig.first) and not (
                # ("Кеше Қырғыз Республикасы ТЖМ-нің 63 құтқарушысы … Түркияға аттанды" after the Kazakh plane)
                existing.kind == "AidDelivery" and self._another_sender(existing, tokens, s_actors)):
            return True
        if existing.kind == "Meeting" and existing.participants and verb:
            # "провел встречу с Всемирным банком … встретился с председателем КЧС": who meets someone the meeting
            # read did not hold meets at another meeting.
            held = {self.gazetteer.state_of(k) or k for k in existing.participants}
            if {self.gazetteer.state_of(o.key) or o.key for o in s_actors} - held:
                return False
            if any(o.kind != "State" and o.key not in existing.participants
                   and self.gazetteer.state_of(o.key) not in existing.participants for o in s_actors):
                return False  # "met with the Red Crescent Society of Tajikistan": another body of a state met
        if existing.kind == "AidDelivery":
            # "первый спецборт" and "второй эшелон": two flights
            # (and "второй эшелон" after a flight told with no number: the unnumbered one was the first)
            ordinal = _ordinal(tokens, trig)
            if ordinal and ordinal != (existing.ordinal or 1):
                return False
            if self._another_sender(existing, tokens, s_actors):
                return False
            # "В тот же день Китайское управление по землетрясениям передало Институту сейсмологии …": a giver and a
            # receiver the delivery read did not have
            bodies = {o.key for o in s_actors if o.kind != "State"}
            if len(bodies) >= 2 and not bodies & set(existing.participants) and _same_day_told(tokens, trig.first):
                return False
        if s_dates and existing.start and not stop and not any(_fits(d, existing) for d in s_dates):
            return False
        place = _specific(s_places) if s_places else None
        if place and existing.place and place != existing.place and existing.kind != "AidDelivery" and not stop \
                and not self.parts.any_in(tokens, max(lo, trig.first - 3), trig.first):
            entry, read = self.gazetteer.get(place), self.gazetteer.get(existing.place)
            # a place within the one read, or the region the one read lies in ("Теренкөл ауданы" … "Павлодар облысы")
            if not (entry and entry.located_in == existing.place) and not (read and read.located_in == place):
                return False
        return True

    def _another_sender(self, existing: Draft, tokens, s_actors) -> bool:
        """A team or a cargo from another state than the delivery read is another delivery."""
        sending = {self.gazetteer.state_of(k) for k in existing.participants
                   if (e := self.gazetteer.get(k)) is not None and e.kind == "Agency"}
        # ("Груз передали представителям МЧС Кыргызстана": who it is handed to sends nothing)
        # (nor those in whose presence it is: "… в присутствии руководства Баткенской областной администрации")
        senders = {self.gazetteer.state_of(o.key) for o in s_actors if o.kind == "Agency"
                   and not self._to_whom(tokens, o.first)
                   and not any(tokens[k].norm in _PRESENCE for k in range(max(0, o.first - 4), o.first))}
        return bool(sending and senders - sending - {None})

    @staticmethod
    def _fill(event: Draft, s_dates, s_places, at: int) -> None:
        if s_dates:
            best = _best_date(s_dates, at)
            if event.start is None or (len(best.start_date) > len(event.start) and not event.end
                                       and _compatible(best.start_date, event.start)):
                # "this week" first, "April 11-13" later: the more precise date of the same event
                event.start, event.end = best.start_date, best.end_date
        if s_places:
            place = _specific(s_places)
            event.place_read = True
            if event.place is None:
                event.place = place
            else:
                # "на Иссык-Куле" first, "в селе Бостери" later: keep the more precise place.
                found = next((m.entry for m in s_places if m.entry.located_in == event.place), None)
                if found is not None:
                    event.place = found.key

    def _new(self, parsed: Parsed, events, kind, sentence, trig, s_dates, s_places) -> Draft:
        draft = Draft(id=f"e{len(events) + 1}", kind=kind, sentence=sentence, trigger=(trig.first, trig.last),
                      evidence=[sentence], label=event_label(parsed, self.gazetteer.morph, trig.first, trig.last))
        self._fill(draft, s_dates or self._section_date, s_places, parsed.tokens[trig.first].start)
        draft.section_dated = not s_dates and bool(self._section_date)
        if kind == "AidDelivery":
            # the headline's number ("ВТОРОЙ ЭШЕЛОН — В ЗОНЕ БЕДСТВИЯ") is that of the first delivery told
            draft.ordinal = _ordinal(parsed.tokens, trig) or (
                self._headline_ordinal if not any(e.kind == kind for e in events) else None)
        elif kind in ("Forum", "Meeting"):
            draft.ordinal = _edition_number(parsed.tokens, trig)  # ("Вторая региональная министерская конференция")
        events.append(draft)
        return draft

    def _distribute(self, parsed: Parsed, events, trig, s_actors, s_dates, s_places, sentence, parent,
                    heading_placed: bool = False):
        """'двусторонние встречи A с B, C и D' → meetings A–B, A–C, A–D (`heading_placed`: the sentence's place is
        only its section heading's)."""
        tokens = parsed.tokens
        # ("the Special Representative of the UN Secretary-General …, who heads UNDRR": the UN named with the one of
        # its bodies that is the counterpart, no counterpart of its own)
        parts = {(e.part_of if (e := self.gazetteer.get(o.key)) is not None else None) for o in s_actors}
        s_actors = [o for o in s_actors if o.key not in parts]

        def meeting(sides: list[str]) -> Draft:
            draft = self._new(parsed, events, "Meeting", sentence, trig, s_dates, s_places)
            draft.add(sides)
            if parent is not None:
                draft.parent = parent.id
                draft.place = parent.place if heading_placed and parent.place else draft.place
            return draft

        split = next((i for i in range(trig.last + 1, len(tokens)) if tokens[i].sentence == sentence
                      and tokens[i].text.lower() in _WITH), None)
        if split is None and parsed.lang == "kk":
            # "… министрімен екіжақты кездесу өткізді": Kazakh marks each counterpart with -мен/-бен/-пен before the
            # meeting
            before = sorted((o for o in s_actors if o.last < trig.first), key=lambda o: o.first)
            # a body and its abbreviation in brackets right after ("… қоғамының (GIZ)") are one mention
            merged: list[Occurrence] = []
            for o in before:
                if merged and merged[-1].key == o.key and o.first == merged[-1].last + 2 \
                        and tokens[o.first - 1].text == "(":
                    merged[-1] = replace(merged[-1], last=o.last + (tokens[o.last + 1].text == ")"))
                else:
                    merged.append(o)
            before = merged
            ends = [o.first for o in before[1:]] + [trig.first]
            # the counterpart's words run on to the next body named or to the meeting ("… министрімен")
            withs = [o for o, end in zip(before, ends) if any(_KK_WITH.search(t.norm) for t in tokens[o.last:end])]
            # "A-ның, B-ның, сондай-ақ C-ның өкілдерімен": the bodies listed before a counterpart are counterparts too
            for o, nxt in reversed(list(zip(before, before[1:]))):
                if nxt in withs and o not in withs and _kk_listed(tokens, o.last + 1, nxt.first):
                    withs.append(o)
            initiators = [o.key for o in before if o not in withs] or ([self._speaker] if self._speaker else [])
            return [meeting(initiators + [key]) for key in dict.fromkeys(o.key for o in withs
                                                                         if o.key not in initiators)]
        if split is None:
            # "двусторонняя встреча глав делегаций Казахстана и Кыргызстана": the two sides named together
            # (not a comma inside a name: "министра … по делам гражданской обороны, чрезвычайным ситуациям …")
            comma = next((i for i in range(trig.last + 1, len(tokens)) if tokens[i].sentence == sentence
                          and tokens[i].text in (",", ";", ":")
                          and not any(o.first < i < o.last for o in s_actors)), len(tokens))
            # (not the gathering it was held at: "… на полях совещания ШОС")
            comma = next((m.first for m in self.within.find(tokens, trig.last + 1, comma)), comma)
            sides = [o for o in s_actors if trig.last < o.first < comma]
            if not sides:
                # "Министр … Пучков и министр … Джураев провели двустороннюю встречу": the two sides are its subject
                sides = [o for o in s_actors if o.last < trig.first]
            if len({self.gazetteer.state_of(o.key) or o.key for o in sides}) != 2:
                return []
            bodies_of = {self.gazetteer.state_of(o.key) for o in sides if o.kind != "State"}
            return [meeting(list(dict.fromkeys(o.key for o in sides if o.key not in bodies_of)))]
        initiators = [o.key for o in s_actors if o.first < split]
        counterparts: list[str] = []
        for o in s_actors:
            if o.first > split and o.key not in counterparts and o.key not in initiators:
                counterparts.append(o.key)
        # "с Председателем КЧС и ГО Республики Таджикистан": one counterpart, the body, not its state beside it
        bodies_of = {self.gazetteer.state_of(k) for k in counterparts + initiators
                     if (e := self.gazetteer.get(k)) is not None and e.kind != "State"}
        counterparts = [k for k in counterparts if k not in bodies_of]
        return [meeting(initiators + [key]) for key in counterparts]

    def _host(self, tokens, s_actors, lo, hi) -> str | None:
        for m in _HOST.find(tokens, lo, hi):
            after = next((o for o in s_actors if o.first > m.last and o.first - m.last <= 4), None)
            if after is not None:
                return after.key
        return None


_EN_VERBS = {"met", "meet", "fly", "flew", "flown", "sent", "held", "visit"}
_LABEL_STOP = {"в", "во", "на", "с", "со", "по", "и", "из", "для", "под", "при", "in", "on", "at", "with", "by", "for",
               "and", "from", "to", "of"}


def event_label(parsed: Parsed, morph, first: int, last: int) -> str | None:
    """The name of an event as the text gives it: the trigger with its adjectives and genitive complements."""
    tokens = parsed.tokens
    sentence = tokens[first].sentence
    lo = first
    while lo > 0 and tokens[lo - 1].sentence == sentence and first - lo < 4 and tokens[lo - 1].is_word:
        word = tokens[lo - 1].text
        if parsed.lang == "ru":
            tag = morph.parse(word.lower())[0].tag
            if tag.POS not in ("ADJF", "NUMR", "PRTF") and not (word[:1].isdigit() and "-" in word):
                break
        elif parsed.lang != "en" or not (word[:1].isupper() or word[:1].isdigit() or "-" in word):
            break
        lo -= 1
    hi = last
    quoted = False
    while hi + 1 < len(tokens) and tokens[hi + 1].sentence == sentence and hi - last < (16 if parsed.lang == "en" else 8):
        token = tokens[hi + 1]
        name = hi + 3 < len(tokens) and tokens[hi + 2 + (tokens[hi + 2].norm == "the")]
        if parsed.lang == "en" and not quoted and token.norm in ("of", "for", "and") and name \
                and name.sentence == sentence and name.is_word and name.text[:1].isupper():
            hi += 1  # ("session of the Regional Platform of Central Asia and South Caucasus": a name in capitals)
            continue
        if parsed.lang == "en" and hi > last and token.norm == "the" and tokens[hi].norm in ("of", "for", "and"):
            hi += 1
            continue
        if token.text in "«\"“":
            quoted = True
        elif token.text in "»\"”":
            if quoted:
                hi += 1
            break
        elif not quoted:
            if not token.is_word or token.norm in _LABEL_STOP or token.text[:1].isdigit():
                break
            if parsed.lang == "ru":
                tag = morph.parse(token.norm)[0].tag
                if tag.POS in ("VERB", "INFN", "PRTS", "GRND", "ADVB", "CONJ", "PREP") or not (
                        "gent" in tag or tag.POS == "ADJF" or token.is_capitalized):
                    break
            elif parsed.lang != "en":
                break
        hi += 1
    trigger = tokens[first]
    if parsed.lang == "ru" and morph.parse(trigger.norm)[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND"):
        return None  # "посетила", "встретились": a verb names no event
    if parsed.lang == "en" and (trigger.norm.endswith("ed") or trigger.norm in _EN_VERBS):
        return None
    text = parsed.text[tokens[lo].start:tokens[hi].end]
    if parsed.lang == "ru":
        head = parsed.text[tokens[lo].start:tokens[last].end]
        text = nominative_phrase(morph, head) + text[len(head):]
    return text[:1].upper() + text[1:]


# A new body that is a local or regional government ("new:khukumat-sogdiyskoy-oblasti.tj",
# "new:pravitelstvo-orenburgskoy-oblasti.ru", "new:kegen-audany-akimdigi.kz")
LOCAL_GOVERNMENT_KEY = re.compile(r"new:(?:(?:" + "|".join(sorted({slugify(w) for w in load_patterns("agencies")[
    "local_government_states"]})) + r")-|administratsiya-|pravitelstvo-\S*-(?:oblasti|kraya|rayona)|\S*-akimdigi\.)")
# "on the sidelines of": a gathering named as the frame of talks or of a signing
SIDELINES = re.compile(r"на полях|в кулуарах|on the sidelines|on the margins", re.IGNORECASE)
# An exhibition ("салон «Комплексная безопасность»"): its host shows there, the delegations that come take part.
EXHIBITION = re.compile(r"\b(?:" + "|".join(load_patterns("events")["exhibition_stems"]) + r")\w*", re.IGNORECASE)
_WE = {"мы", "нас", "нами", "нам", "наш", "наша", "наше", "наши", "наших", "нашим", "нашими", "нашего", "нашей",
       "we", "our", "us"}
_SIGNED = {"подписать", "подписанный", "заключить", "заключенный", "ратифицировать", "ратифицированный", "принять",
           "принятый", "утвердить", "утверждённый", "утвержденный"}
_SIGNED_EN = {"signed", "concluded", "ratified", "adopted", "approved"}
_WHEN = {"when", "когда"}
_FOLLOWED = re.compile(r"\bfollowed by\b|\bafter which\b|после чего|,\s+а\s+затем\b|\bзатем\b", re.IGNORECASE)
_FINITE_EN = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "held", "took", "takes", "be"}
_DOCUMENTS = {"agreement", "memorandum", "document", "protocol", "plan", "accord", "mou", "treaty", "framework",
              "programme", "program", "strategy",
              "план", "программа", "соглашение", "меморандум", "протокол", "документ", "дорожный", "карта"}



def _signing_date(tokens, mention: DateMention, morph) -> bool:
    """The date follows a participle of signing ("подписанного в декабре", "signed in 2021"): the document's."""
    at = bisect_left(tokens, mention.start, key=lambda t: t.start)  # the first token at or after the date
    if at >= len(tokens):
        return False
    for k in range(max(0, at - 3), at):
        token = tokens[k]
        if token.sentence != tokens[at].sentence:
            continue
        if token.norm in _SIGNED_EN and k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].norm in _DOCUMENTS):
            return True  # "the agreement, signed in 2021," / "a memorandum signed in May"
        if token.lemma in _SIGNED and any(p.tag.POS == "PRTF" for p in morph.parse(token.norm)[:2]):
            return True  # "Соглашения, подписанного в декабре прошлого года"
    # "…, which they agreed on when they signed the Record of Discussions in June 2023": a clause of its signing
    if _in_signing_clause(tokens, at, morph):
        return True  # ("Планом …, подписанным руководителями КЧС и МЧС Узбекистана в марте этого года")
    for k in range(at - 1, max(0, at - 9), -1):
        token = tokens[k]
        if token.sentence != tokens[at].sentence or token.text in {",", ";", "(", "—"}:
            break
        if (token.norm in _SIGNED_EN or token.lemma == "подписать") and any(
                t.norm in _WHEN for t in tokens[max(0, k - 2):k] if t.sentence == token.sentence):
            return True
    # Kazakh puts the participle after the date, before the document: "2024 жылғы ақпанда қол қойған … жоспары"
    end = bisect_left(tokens, mention.end, key=lambda t: t.start)
    after = " ".join(t.norm for t in tokens[end:end + 2] if t.sentence == tokens[at].sentence)
    return after.startswith(tuple(_words("signed_participles_kk")))


def _in_signing_clause(tokens, at: int, morph) -> bool:
    """A participle of signing opens the clause the token at `at` stands in ("…, подписанным руководителями КЧС и МЧС
    Узбекистана в марте этого года в Ташкенте"): when and where the document was signed, not the event."""
    for k in range(at - 1, max(0, at - 15), -1):
        token = tokens[k]
        if token.sentence != tokens[at].sentence or token.text in {",", ";", "(", "—"} or token.lemma in _FRAMES:
            return False  # (not "…, подписанных в ходе государственного визита … в Нур-Султан": where the visit was)
        if token.lemma in _SIGNED and any(p.tag.POS == "PRTF" for p in morph.parse(token.norm)[:2]):
            return True
    return False


def disaster_date(tokens, mention: DateMention) -> bool:
    """"в Турцию, где накануне произошло землетрясение", "the earthquake that struck on 6 February": the day of the
    disaster, not of the help."""
    at = bisect_left(tokens, mention.start, key=lambda t: t.start)
    if at >= len(tokens):
        return False
    end = bisect_left(tokens, mention.end, key=lambda t: t.start)
    near = [tokens[k] for k in range(max(0, at - 3), min(len(tokens), end + 3))
            if tokens[k].sentence == tokens[at].sentence]
    if any(t.lemma in _OCCURRED or t.norm in _OCCURRED for t in near):
        return True
    # ("the earthquake that struck Batken and Osh provinces on 20 July 2011": over the places it struck, in its clause)
    for k in range(at - 1, max(0, at - 8) - 1, -1):
        if tokens[k].sentence != tokens[at].sentence or not (tokens[k].is_word or tokens[k].text in ("-", "–")):
            break
        if tokens[k].lemma in _OCCURRED or tokens[k].norm in _OCCURRED:
            return True
    # "пострадавших от землетрясения 6 февраля", "the earthquake of 6 February", "the 6 February earthquake": the
    # disaster named by its day
    disasters = _disasters()
    before = [tokens[k] for k in range(max(0, at - 2), at) if tokens[k].sentence == tokens[at].sentence]
    if before and (before[-1].lemma in disasters or before[-1].norm in disasters
                   or (len(before) == 2 and before[-1].norm == "of" and before[0].norm in disasters)):
        return True
    # ("20 июля 2011 года сильное землетрясение затронуло …": over an adjective before the disaster word)
    return end < len(tokens) and tokens[end].sentence == tokens[at].sentence and (
        tokens[end].norm in disasters
        or end + 1 < len(tokens) and _ADJECTIVE_END.search(tokens[end].norm) is not None
        and tokens[end + 1].sentence == tokens[at].sentence and tokens[end + 1].lemma in disasters)


# A Russian adjective's ending ("сильное", "подземные"), before a disaster word
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю)$")


def _listed_as_a_format(tokens, trig, lo: int) -> bool:
    """The trigger is an item of a list of formats or mechanisms after a dash or colon ("отражающие основные форматы
    взаимодействия – ШОС, ОДКБ, региональный форум глав ведомств"): a kind of gathering, no event."""
    for k in range(trig.first - 1, max(lo, trig.first - 12) - 1, -1):
        if tokens[k].text in ("–", "—", ":"):
            return any(tokens[j].lemma in _FORMAT_WORDS or tokens[j].norm in _FORMAT_WORDS
                       for j in range(max(lo, k - 3), k))
        if tokens[k].text in (".", ";"):
            return False
    return False


def _asked_when(parsed: Parsed, sentence, dates: list[DateMention]) -> list[DateMention]:
    """The one month or day a question names, for the first paragraph of its answer: both paragraphs open on a dash
    (an interview), the question's ends on "?"."""
    text = parsed.text
    start, _ = _line_at(text, sentence.start)
    if not text[start:sentence.start + 1].lstrip().startswith(_DASHES) or start < 2:
        return []
    before_end = start - 1
    while before_end > 0 and text[before_end - 1] in "\n ":
        before_end -= 1
    before_start, _ = _line_at(text, before_end)
    question = text[before_start:before_end].strip()
    if not question.startswith(_DASHES) or not question.endswith("?"):
        return []
    # (not "Сегодня много говорят о …": "today" is now, no time of the answer)
    asked = [d for d in dates if before_start <= d.start < before_end and len(d.start_date) >= 7
             and not (d.relative and len(d.start_date) == 10)]
    return asked if len(asked) == 1 else []


_DASHES = ("–", "—", "-")
_FORMAT_WORDS = frozenset(load_patterns("events")["format_words"])
_I = {"я", "меня", "мне", "мной"}


def _in_an_answer(parsed: Parsed, sentence) -> bool:
    """The sentence is in a paragraph that opens on a dash and asks nothing (an interview's answer)."""
    paragraph = parsed.text[slice(*_line_at(parsed.text, sentence.start))].strip()
    return paragraph.startswith(_DASHES) and not paragraph.endswith("?")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line of `text` that holds `pos`."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


def _in_where_clause(tokens, mention: DateMention) -> bool:
    """"the Ahr valley, where the floods of July 2021 killed more than 130 people": a date in a clause that tells what
    happened where the event went, after a comma and "where"/"где"."""
    at = bisect_left(tokens, mention.start, key=lambda t: t.start)
    for k in range(at - 1, max(0, at - 6) - 1, -1):
        if tokens[k].sentence != tokens[min(at, len(tokens) - 1)].sentence:
            return False
        if tokens[k].norm in _words("where_words"):
            return k > 0 and tokens[k - 1].text == ","
        if not tokens[k].is_word:
            return False
    return False


def _after_the_disaster(tokens, lo: int, hi: int) -> int | None:
    """The disaster word right after "после"/"after (the)" in a sentence ("В первые дни после землетрясения"), or
    None."""
    # (with the words that name the disaster just told: "После бедствия", "Вскоре после этого")
    disasters = _disasters() | _words("disaster_named_again")
    for k in range(lo, hi - 1):
        if tokens[k].norm not in ("после", "after"):
            continue
        j = k + 1 + (tokens[k + 1].norm == "the")
        if j < hi and (tokens[j].lemma in disasters or tokens[j].norm in disasters):
            return j
    return None


def _disaster_place(tokens, place: Match, lo: int) -> bool:
    """"After the earthquake of 20 July that damaged houses in Batken and Osh provinces, the agency released 250 tents":
    where the disaster struck, told in the clause that names it, is not where the help was given."""
    words = _disasters()
    struck = _OCCURRED | _words("damage_words")
    disaster = next((k for k in range(place.first - 1, max(lo, place.first - 10) - 1, -1)
                     if tokens[k].lemma in words or tokens[k].norm in words), None)
    return disaster is not None and any(tokens[k].lemma in struck or tokens[k].norm in struck
                                        for k in range(disaster + 1, place.first))


@lru_cache(maxsize=None)
def _disasters() -> frozenset[str]:
    return frozenset(load_patterns("events")["disasters"])


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """A list of single words of patterns/events.yaml."""
    return frozenset(load_patterns("events")[name])


_OCCURRED = frozenset(load_patterns("events")["occurred_words"])
_VENUE_NOUNS = _words("venue_nouns")
_SUCH = _words("such_words")
_PREPARATION = _words("preparation_words")
_AT_GATHERING = frozenset(("на", "at", "during"))  # a gathering named as where something was done
_SAME_STATES = re.compile(r"(?<!\w)(?:тех\s+же|те\s+же|the\s+same)\s+(?:\w+\s+){0,2}?(?:государств\w*|стран\w*|countries|"
                          r"states)(?!\w)", re.IGNORECASE)
# The anaphora that name the event just read whatever day the sentence gives: all but the words that frame any event
_DEMONSTRATIVES = frozenset(load_patterns("events")["anaphora"]) - _words("framing_anaphora")


# Kinds whose every day is the same event ("Совещание завершит работу 25 августа"), unlike a visit's or a
# meeting's days, each of which may hold an event of its own.
_SPANNING = {"Forum", "Exercise", "Training"}
_POSSESSIVES = {"its", "their", "его", "её", "ее", "их"}
_KK_PARTICIPLE = re.compile(r"(?:ған|ген|қан|кен)$")  # Kazakh past participles: "атқарған", "өткен"
# A study tour or visit: by its English word or lemma, or by the stem of a word of its label ("поездку", "сапарын")
_TOUR_WORDS = frozenset(load_patterns("events")["tour_words"])
_TOUR_STEMS = tuple(load_patterns("events")["tour_stems"])
_NUMBERED_ORDINAL = re.compile(r"^\d+-?(?:[а-я]{1,3}|st|nd|rd|th)$")  # "17-е", "6-го", "6-th" ("9th" is two tokens)
_MANNER = {"режим", "формат"}  # "в режиме видеоконференции", "в формате онлайн-совещания"
# Words that name an event as the time of another: "before the exercise", "после встречи", "ahead of the forum".
_RELATIVE_TO = frozenset(load_patterns("events")["relative_to_words"])
# "Rescuers … to hold joint exercises", "Kyrgyz and French rescuers plan joint drills": a headline's plan
_HEADLINE_FUTURE = re.compile(r"\bto (?:hold|host|conduct|sign|visit|take part|open|launch)\b|\bplans?\b", re.IGNORECASE)
_INVITED_TO_DO = re.compile(r"\binvit(?:ed|es|e|ing)\b(?:\s+[\w-]+){0,4}?\s+to\s+(?!the\b|a\b|an\b|[A-Z])[a-z]+")
_EVE = re.compile(r"\b(?:a|the) day before\b|\bon the eve of\b|\bнакануне\b|\bза день до\b", re.IGNORECASE)
_FOLLOWS = frozenset(load_patterns("events")["follows_words"])
_HANDOVER = frozenset(load_patterns("events")["handover_words"])
_SENDING = _HANDOVER | frozenset(load_patterns("events")["sending_words"])  # and verbs of sending aid to a state
_JOINT = {"совместный", "joint"}
_LASTS = frozenset(load_patterns("events")["lasting_words"])
_FROM = {"из", "from"}
_TRAINED_VERBS = {"trained", "обучить"}
_BE_WORDS = {"are", "is", "was", "were", "be", "been", "being"}
# A Kazakh place in the ablative ("Алматыдан", "Алматы әуежайынан": from Almaty, from Almaty airport)
_KK_FROM = re.compile(r"(?<!ст)(?:дан|ден|тан|тен|нан|нен)$", re.IGNORECASE)
_KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_PORTS = frozenset(load_patterns("events")["port_words"])
_KK_PORTS = tuple(load_patterns("events")["kk_port_words"])
_NEAR = {"outside", "near", "под", "близ", "около"}
_LEAVING = {"left", "leaving", "leaves", "покинуть", "покинул", "покинула", "покинули"}  # "left Almaty airport"
_SET_OFF_FROM = _FROM | {"с", "со"}  # ("с аэродрома …", "from the airfield …")
_NOT_WHERE_TO = _SET_OFF_FROM | {"at", "in", "в", "во", "на"}


_BE_FORMS = frozenset({"are", "is", "were", "was", "will", "to"})


def _occasion_of_talks(tokens, talk: PhraseMatch, trig: PhraseMatch) -> bool:
    """The meeting right after the words of talks, put with "at"/"на" ("was discussed at a meeting between …",
    "обсуждался на встрече …"), is where the talks were held, not a subject of them."""
    between = [t.norm for t in tokens[talk.last + 1:trig.first]]
    return trig.label in ("Meeting", "Forum") and 1 <= len(between) <= 2 and between[0] in _words("at_meeting") \
        and (len(between) == 1 or between[1] in ("a", "the"))


def _destination(tokens, place: Match, lo: int) -> bool:
    """The place follows "to"/"до" within a few words, no other word of place between ("delivered across the
    border to the Afghan town of Hairatan", "доставлен до пункта Хайратон")."""
    for k in range(place.first - 1, max(lo, place.first - 6) - 1, -1):
        if tokens[k].norm in ("to", "into", "до"):
            return True
        if tokens[k].norm in _NOT_WHERE_TO:
            return False
    return False


def _site(tokens, place: Match, lo: int) -> bool:
    """The place is where a facility is to be built or what is discussed ("создания гуманитарного центра в городе Ош",
    "the creation of a joint humanitarian centre in the southern city of Osh", "создание в Оше центра"): a facility
    word in the ten words before the place and a word of building in the eight words before that word or between it
    and the place ("a centre to be set up in"); or a word of building right before the place's preposition."""
    def building(k: int) -> bool:  # (a word, or two: "set up")
        words = _words("building_words")
        return tokens[k].lemma in words or tokens[k].norm in words \
            or (k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in words)

    if place.first >= lo + 2 and tokens[place.first - 1].norm in _PLACE_PREPOSITIONS and building(place.first - 2):
        return True
    facility = next((i for i in range(place.first - 1, max(lo, place.first - 10) - 1, -1)
                     if tokens[i].lemma in _words("facility_words")), None)
    return facility is not None and any(building(k) for k in range(max(lo, facility - 8), place.first))


def _seat(tokens, place: Match, lo: int) -> bool:
    """The place is the seat of an office named as a side ("the Head of the OSCE Programme Office in Astana met …",
    "посольство Японии в Таджикистане передало"), not where the event was held ("held at the UN office in Almaty")."""
    if place.first < lo + 2 or tokens[place.first - 1].norm not in _PLACE_PREPOSITIONS:
        return False
    office = next((k for k in range(place.first - 2, max(lo, place.first - 5) - 1, -1)
                   if tokens[k].lemma in _words("seat_words") or tokens[k].norm in _words("seat_words")), None)
    return office is not None and not any(tokens[k].norm in _words("venue_prepositions")
                                          for k in range(max(lo, office - 3), office))


def _area_of_a_unit(tokens, place: Match) -> bool:
    """The place is the area a unit serves, in its name ("the Ministry's Department for Batken Region", "управления
    по Ошской области", Kazakh "ТЖМ Ыстықкөл облысы бойынша басқармасы" with the postposition after the region)."""
    after = place.last + 1
    if after < len(tokens) and tokens[after].norm == "облысы":
        after += 1
    # (over the words of its field: "Жетісу облысы бойынша төтенше жағдайлар департаментінің")
    stems = tuple(_words("area_unit_stems_kk"))
    if after + 1 < len(tokens) and tokens[after].norm == "бойынша" \
            and any(tokens[k].norm.startswith(stems) for k in range(after + 1, min(len(tokens), after + 5))):
        return True
    if place.first < 2 or tokens[place.first - 1].norm not in ("for", "по"):
        return False
    unit = tokens[place.first - 2]
    return unit.norm in _words("area_unit_words") or unit.lemma in _words("area_unit_words")


def _as_named(word: str, place: Match) -> bool:
    """The place's last word as its name ends ("Хайратан"), no Kazakh case ending after it ("Хайратаннан")."""
    return any(label.split()[-1].casefold() == word.casefold() for label in place.entry.labels.values() if label)


def _departure(tokens, place: Match) -> bool:
    """The place follows "из"/"from" (or "с аэродрома"): where someone set off from."""
    before = [t.norm for t in tokens[max(0, place.first - 2):place.first]]
    lemmas = [t.lemma for t in tokens[max(0, place.first - 2):place.first]]
    after = tokens[place.last + 1] if place.last + 1 < len(tokens) else None
    if any(_KK_LETTERS.search(t.text) for t in tokens[max(0, place.first - 6):place.last + 6]) and (
            _KK_FROM.search(tokens[place.last].text) and not _as_named(tokens[place.last].text, place)
            or after is not None
            and any(after.norm.startswith(w) for w in _KK_PORTS) and _KK_FROM.search(after.text)):
        return True
    # "Центра по чрезвычайным ситуациям (г. Алматы)": where a body sits, said in brackets after its name.
    around = [t.text for t in tokens[max(0, place.first - 6):place.first]]
    if "(" in around and ")" not in around[around.index("("):] and place.last + 1 < len(tokens) \
            and tokens[place.last + 1].text == ")":
        return True  # "(ЦЧССРБ, г. Алматы)"
    # "Управление МЧС по Сырдарьинской области": a region a body answers for, not a place where it acts.
    # (but "Кыргызские спасатели вернулись из Минска", "returned from Ankara": where the trip went, not where it began)
    if before and before[-1] in _FROM and len(before) == 2 and lemmas[0] in _words("returned_words"):
        return False
    if bool(before) and (before[-1] in _FROM or before[-1] == "по" or before[-1] in _LEAVING or (
            len(before) == 2 and lemmas[-1] in _PORTS and before[0] in _SET_OFF_FROM)):
        return True
    # "took off from the Ramenskoye airfield outside Moscow", "вылетел с аэродрома Чкаловский под Москвой": the town
    # by the port one set off from
    k = place.first - 1
    if k >= 0 and tokens[k].norm in _NEAR:
        k -= 1
        while k >= 0 and place.first - k <= 7 and tokens[k].norm not in _SET_OFF_FROM:
            if not (tokens[k].lemma in _PORTS or tokens[k].norm in ("the", "a") or tokens[k].text[:1].isupper()
                    or tokens[k].text in ("«", "»", '"')):
                return False
            k -= 1
        return k >= 0 and tokens[k].norm in _SET_OFF_FROM and any(
            t.lemma in _PORTS for t in tokens[k + 1:place.first])
    return False


_HEADS = frozenset(load_patterns("events")["session_body_heads"])


def _head_nouns(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """International bodies whose name is headed by a council, committee or centre, and that head word."""
    heads: dict[str, set[str]] = {}
    for key, entry in gazetteer.entries.items():
        if entry.kind != "InternationalOrganization":
            continue
        for lang in ("ru", "en", "kk"):
            words = [gazetteer.morph.lemmas(w)[0] for w in entry.labels.get(lang, "").replace("-", " ").split()[:3]]
            heads.setdefault(key, set()).update(w for w in words[:3] if w in _HEADS)
    return {key: found for key, found in heads.items() if found}


def _specific(places: list[Match]) -> str:
    """The first place that does not merely contain another place named with it (the town, not its region)."""
    containers = {m.entry.located_in for m in places if m.entry.located_in}
    return next((m.entry.key for m in places if m.entry.key not in containers), places[0].entry.key)


_KK_WITH = re.compile(r"(?:мен|бен|пен)$")  # Kazakh "with", on the counterpart's last word
# Plural forms of "meeting" that open a sentence about the meetings just told ("На встречах обсуждались …")
_PLURAL_MEETINGS = {"встречах", "встречами", "встреч", "meetings", "кездесулерде", "кездесулер"}


_PLAN_LEAD = re.compile(r"договор[её]нност|договорил|условил|решено|решили|наметил|agreed|agreement was reached|"
                        r"decided|plans? (?:include|for)|will\b", re.IGNORECASE)
_BULLET_ITEM = re.compile(r"\s*(?:[-–—•*▪►]|\d+[.)])\s")


def _listed_after_plan(parsed: Parsed, sentence: int) -> bool:
    """The sentence is an item of a list (or follows other items of it) that a line of what was agreed or planned
    opens, ending on a colon ("По итогам встречи достигнуты договоренности:", "The sides agreed:")."""
    if not _BULLET_ITEM.match(parsed.sentences[sentence].text):
        return False
    j = sentence - 1
    while j >= 0 and _BULLET_ITEM.match(parsed.sentences[j].text):
        j -= 1
    lead = parsed.sentences[j].text.rstrip() if j >= 0 else ""
    return lead.endswith(":") and bool(_PLAN_LEAD.search(lead))


def _meetings_told_next(parsed: Parsed, sentence: int) -> bool:
    if sentence + 1 >= len(parsed.bounds):
        return False
    lo, hi = parsed.bounds[sentence + 1]
    # (not "Формат приграничных встреч появился в ШОС": a format of such meetings, none of them)
    return any(t.norm in _PLURAL_MEETINGS for t in parsed.tokens[lo:min(hi, lo + 4)]) \
        and not any(t.lemma in ("формат", "format") for t in parsed.tokens[lo:min(hi, lo + 3)])


_VISITORS = frozenset(load_patterns("events")["visitors_words"])
_ALSO = {"также", "кроме", "затем", "позднее", "позже", "also", "additionally", "later", "then", "furthermore", "moreover",
         "сондай-ақ", "бұдан", "кейін"}
_KK_LIST = {",", "және", "сондай-ақ", "сондай", "-", "ақ", "мен", "бен", "пен", "да", "де"}


def _kk_listed(tokens, lo: int, hi: int) -> bool:
    """Only list words between two bodies ("…басқармасының (UNDRR), БҰҰ Даму бағдарламасының, сондай-ақ …")."""
    words = [t.norm for t in tokens[lo:hi]]
    depth = 0
    for w in words:  # an abbreviation in brackets after a body is part of its name
        depth += w == "("
        if depth == 0 and w not in _KK_LIST:
            return False
        depth -= w == ")"
    return bool(words) and depth == 0

_EN_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "annual", "regular"}
_FRAME_PARTS = _words("frame_parts")
_FRAME_DAYS = {"first": 0, "первый": 0, "opening": 0, "second": 1, "второй": 1, "third": 2, "третий": 2, "last": -1,
               "последний": -1, "final": -1, "closing": -1, "заключительный": -1}


def _day_of_frame(tokens, lo: int, hi: int) -> int | None:
    """"в последний день визита", "on the second day of the forum": which day of the frame (−1 the last)."""
    words = [t for t in tokens[lo:hi]]
    for k, token in enumerate(words[:-1]):
        # ("At the closing session in Almaty that afternoon", "на заключительном заседании": its last day)
        if words[k + 1].lemma in _FRAME_PARTS and (token.lemma in _FRAME_DAYS or token.norm in _FRAME_DAYS):
            return _FRAME_DAYS.get(token.lemma, _FRAME_DAYS.get(token.norm))
    return None


def told_as_history(background, tokens, lo: int, hi: int, morph) -> bool:
    """A word of history in the sentence ("Центр был создан в 2013 году"), not one of a participial clause that only
    describes a body ("Центр …, созданный в Алматы при участии Казахстана, заключил меморандум")."""
    described = participial_clauses(tokens, lo, hi, morph)
    return any(not any(a <= m.first <= b for a, b in described) for m in background.find(tokens, lo, hi))


def participial_clauses(tokens, lo: int, hi: int, morph) -> list[tuple[int, int]]:
    """The spans of past passive participial clauses set off by commas (", созданный в Алматы при участии Казахстана и
    Кыргызстана,"): they describe a body and tell nothing of what it does here."""
    out = []
    for k in range(lo + 1, hi - 1):
        if tokens[k].text == "," and any(p.tag.POS == "PRTF" and "pssv" in p.tag and "past" in p.tag
                                         for p in morph.parse(tokens[k + 1].text.lower())[:1]):
            end = next((j for j in range(k + 2, hi) if tokens[j].text in (",", ";", "—", "–")), None)
            if end is not None:
                out.append((k + 1, end - 1))
    return out


def infinitive(token, morph) -> bool:
    """"провести", "подписать": the word's likeliest reading is an infinitive."""
    return any(p.tag.POS == "INFN" for p in morph.parse(token.norm)[:1])


def _state_of_side(gazetteer: Gazetteer, key: str, new_states: dict[str, str] | None = None) -> str | None:
    """The state of a side: a known body's or state's, else the one a new body's key or its reading gives."""
    return gazetteer.state_of(key) or (new_states or {}).get(key) or _state_of_new(key)


def _state_of_new(key: str) -> str | None:
    """The state a new body's key ends with ("new:noginsk-rescue-center.ru" is Russia's), if any."""
    if key.startswith("new:") and "." in key:
        return key.rsplit(".", 1)[1].upper()
    return None


def _occasion_of_words(tokens, first: int, lo: int) -> bool:
    """"Russia intends to continue its support, Ustinov said at a meeting with …", "заявил на встрече с …": the
    occasion the words were spoken at was held, whatever they intend."""
    k = first - 1
    if k > lo and tokens[k].norm in ("a", "the"):
        k -= 1
    if k > lo and tokens[k].norm in _AFTER_WORDS:
        # ("Kurenkov said on Friday after talks with Nazarzoda": spoken after them, a day of its own between)
        return any(_REPORTED.match(tokens[j].norm) for j in range(max(lo, k - 4), k))
    if k <= lo or tokens[k].norm not in ("at", "during", "на", "в"):
        return False
    return bool(_REPORTED.match(tokens[k - 1].norm) or tokens[k - 1].norm in _words("speaking_words"))


def _statement(tokens, lo: int, hi: int) -> int | None:
    """Where the words of a statement begin: "noted that", "отметил, что"."""
    return next((k for k in range(lo, hi - 2) if tokens[k].lemma in _words("statement_verbs") and (
        tokens[k + 1].norm in ("that", "что") or (tokens[k + 1].text == "," and tokens[k + 2].norm == "что"))), None)


_REPORTED = re.compile(r"^(?:reported|said|announced|stated|told|informed|сообщил\w*|заявил\w*|передает|передаёт)$")


_AFTER_WORDS = frozenset(load_patterns("events")["after_words"])


def _followed_by_after(tokens, mention: DateMention) -> bool:
    """"said on Friday after talks with …": the day is followed by "after" and what the words came after."""
    end = bisect_left(tokens, mention.end, key=lambda t: t.start)
    return end < len(tokens) and tokens[end].norm in _AFTER_WORDS


def _day_of_a_report(tokens, mention: DateMention) -> bool:
    """"… to Afghanistan, the ministry reported on Sunday", "… сообщили в пресс-службе в среду": a day right after
    the verb of the report dates the report, not what it tells."""
    at = bisect_left(tokens, mention.start, key=lambda t: t.start)
    k = at - 1
    if k >= 0 and tokens[k].norm in ("on", "в", "во"):
        k -= 1
    # (not "… said on Friday after talks with Nazarzoda": the day of the talks the words came right after)
    return k >= 0 and tokens[k].sentence == tokens[min(at, len(tokens) - 1)].sentence \
        and not _followed_by_after(tokens, mention) \
        and bool(_REPORTED.match(tokens[k].norm)) and any(t.text == "," for t in tokens[max(0, k - 12):k])


def _of_another_thing(tokens, mention: DateMention, triggers, lo: int, hi: int, morph, event_nouns=None,
                      names=()) -> bool:
    """The date stands in a relative clause ("…, которые в июне стали …") that holds no trigger and whose pronoun
    cannot stand for a trigger before it (a plural "которые" after a singular "совещания"). `names`: the bodies named
    in the sentence, whose words are no noun the pronoun stands for ("переговоры в Министерстве по чрезвычайным
    ситуациям Республики Беларусь, которые прошли 23 апреля")."""
    at = bisect_left(tokens, mention.start, key=lambda t: t.start)
    which = next((k for k in range(at - 1, max(lo, at - 6) - 1, -1) if tokens[k].norm.startswith("котор")), None)
    if which is None or which - 1 < lo or tokens[which - 1].text != ",":
        return False
    end = next((k for k in range(at, hi) if tokens[k].text in (",", ";", "—", "–", "(")), hi)
    if any(which < t.first < end for t in triggers):
        return False

    def forms(word: str, pos: set[str], likeliest: bool = False) -> set[tuple[str, str]]:
        out = set()
        parses = morph.parse(word.lower())
        for parse in parses[:1] if likeliest else parses:
            if parse.tag.POS in pos:
                number = parse.tag.number or ""
                out.add((number, "" if number == "plur" else parse.tag.gender or ""))
        return out

    pronoun = forms(tokens[which].text, {"ADJF"})
    before = [t for t in triggers if t.last < which]
    if not before:
        # (not "Занятия, которые начались 8 сентября": the lessons of the event read are of it)
        return not (event_nouns is not None and which >= 2 and event_nouns.match_at(tokens, which - 2) is not None)
    trigger = before[-1]
    # the pronoun stands for the nearest common noun that agrees with it ("семинар по планированию … для консульских
    # служб, который открылся 18 июля": the seminar; "за столом совещания сидят представители …, которые": those)
    # (not a noun of a participial phrase between them: "совещания руководителей ведомств, занимающихся
    # предупреждением и ликвидацией чрезвычайных ситуаций, которое Кыргызстан принимает с 23 по 25 августа")
    aside = [(k, next((j for j in range(k + 2, which) if tokens[j].text == ","), which))
             for k in range(trigger.last + 1, which - 1) if tokens[k].text == ","
             and any(p.tag.POS == "PRTF" for p in morph.parse(tokens[k + 1].text.lower())[:1])]
    # Nor a noun in the genitive, which depends on another ("совещания … Шанхайской организации сотрудничества, которое").
    # Nor a word of a name in quotes ("конференция «Сейсмическая безопасность городов Центральной Азии», которая").
    quoted, inside = set(), False
    for k in range(trigger.last + 1, which):
        if tokens[k].text in ("«", "“", '"'):
            inside = tokens[k].text != '"' or not inside
        elif tokens[k].text in ("»", "”"):
            inside = False
        elif inside:
            quoted.add(k)
    nearer = any(tokens[k].is_word and not tokens[k].is_capitalized and forms(tokens[k].text, {"NOUN"}, True) & pronoun
                 and morph.parse(tokens[k].text.lower())[0].tag.case != "gent" and k not in quoted
                 and not any(a < k < b for a, b in aside) and not any(o.first <= k <= o.last for o in names)
                 for k in range(trigger.last + 1, which - 1))
    # ("в Региональном форуме – Совещании глав ведомств, который прошел 14-15 августа": a name in apposition after
    # the dash names the same gathering; the pronoun may stand for the first name)
    named = [trigger] + [t for t in before if t.last == trigger.first - 2 and tokens[t.last + 1].text in ("–", "—", "-")]
    return nearer or not any(forms(tokens[t.last].text, {"NOUN"}) & pronoun for t in named)


def _sentence_span(tokens, at: int) -> tuple[int, int]:
    """The tokens [lo, hi) of the sentence of token `at`."""
    sentence = tokens[at].sentence
    lo, hi = at, at + 1
    while lo > 0 and tokens[lo - 1].sentence == sentence:
        lo -= 1
    while hi < len(tokens) and tokens[hi].sentence == sentence:
        hi += 1
    return lo, hi


def _same_day_told(tokens, first: int) -> bool:
    """"В тот же день …", "On the same day …": the sentence of the word at `first` opens with another event of the
    day just told."""
    lo, _ = _sentence_span(tokens, first)
    return tells_the_same_day(" ".join(t.norm for t in tokens[lo:min(first, lo + 6)]))


_ORDINALS = {word: n for n, words in load_patterns("events")["ordinal_numbers"].items() for word in words}
_NUMBERED = frozenset(load_patterns("events")["numbered_units"])
_NOT_ORDINAL_AFTER = {"заместитель", "вице", "deputy", "vice", "день", "day", "раз", "time", "очередь"}


def _edition_number(tokens, trig) -> int | None:
    """The number of a gathering's edition, right before its word or over the adjectives between ("Вторая региональная
    министерская конференция", "the sixth meeting")."""
    for i in range(trig.first - 1, max(-1, trig.first - 5), -1):
        if tokens[i].sentence != tokens[trig.first].sentence or not tokens[i].is_word:
            return None
        if (n := _ORDINALS.get(tokens[i].lemma) or _ORDINALS.get(tokens[i].norm)) is not None:
            return n
        if (n := _written_ordinal(tokens, i)) is not None:
            return n
    return None


def _written_ordinal(tokens, i: int) -> int | None:
    """"9th" (two tokens), "17-е", "7-я", "6-th" written with digits (not a bare number: "2017 meeting")."""
    if _NUMBERED_ORDINAL.match(tokens[i].norm):
        return int(re.match(r"\d+", tokens[i].norm).group())
    if tokens[i].norm in ("th", "st", "nd", "rd") and i > 0 and tokens[i - 1].text.isdigit():
        return int(tokens[i - 1].text)
    return None


def _ordinal(tokens, trig) -> int | None:
    """The number of a flight, an echelon or a convoy in its sentence ("второй эшелон … приземлился")."""
    sentence = tokens[trig.first].sentence
    for i in range(trig.first - 1, max(-1, trig.first - 12), -1):
        if tokens[i].sentence != sentence:
            break
        if (n := _ORDINALS.get(tokens[i].lemma) or _ORDINALS.get(tokens[i].norm)) is not None:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is None or (after.lemma not in _NOT_ORDINAL_AFTER and after.norm not in _NOT_ORDINAL_AFTER):
                return n
    # ("В провинцию Газиантеп прибыл второй эшелон": the number of the unit right after the verb)
    for i in range(trig.last + 1, min(len(tokens) - 1, trig.last + 3)):
        if tokens[i].sentence != sentence:
            break
        n = _ORDINALS.get(tokens[i].lemma) or _ORDINALS.get(tokens[i].norm)
        if n is not None and tokens[i + 1].lemma in _NUMBERED:
            return n
    return None


def _after_the(tokens, first: int) -> bool:
    """"the exercise", "the joint exercises": the article alone before the event word (with one lower-case word
    between), not "this exercise"."""
    return first > 0 and (tokens[first - 1].norm == "the" or first > 1 and tokens[first - 2].norm == "the"
                          and tokens[first - 1].text.isalpha() and tokens[first - 1].text.islower())


def _news_of_the_day(event: Draft, published: date | None) -> bool:
    """An event of the days around the report (or of no known day)."""
    if not event.start or published is None:
        return True
    if len(event.start) < 10:
        # (of the month of the report; "this year" in a review of the year is no news of the day)
        return len(event.start) == 7 and event.start == published.isoformat()[:7]
    # (or one that ended then: a two-week course of 7–18 October in a report of the 19th)
    last = event.end if event.end and len(event.end) == 10 else event.start
    return abs((date.fromisoformat(event.start) - published).days) <= 10 \
        or abs((date.fromisoformat(last) - published).days) <= 10


def _abbreviated(tokens, at: int, hi: int) -> bool:
    """"… по гражданской защите и гуманитарной помощи (ECHO)": an abbreviation in brackets right after the words
    makes them the end of a body's name."""
    return at + 2 < hi and tokens[at].text == "(" and tokens[at + 2].text == ")" \
        and tokens[at + 1].text.isupper() and len(tokens[at + 1].text) >= 2


def _fits(mention: DateMention, existing: Draft) -> bool:
    """A date that can be of an event already read: the same day, a day within its days, or days that hold it
    ("завершили в пятницу трехдневное совещание … Совещание проходило с 23 по 25 августа")."""
    return _compatible(mention.start_date, existing.start) or existing.kind in _SPANNING and (
        _within_days(mention.start_date, existing.start, existing.end)
        or bool(mention.end_date) and _within_days(existing.start, mention.start_date, mention.end_date))


def _part_of_it(tokens, first: int, lo: int) -> bool:
    """"часть встречи", "part of the meeting": an event word after a word of a part."""
    k = first - 1
    while k >= lo and tokens[k].norm in ("of", "the"):
        k -= 1
    return k >= lo and tokens[k].lemma in _words("part_of_words")


def _after_its_frame(event: Draft, frame: Draft | None) -> bool:
    """A day more than a week past the last day of the frame read for it ("Первое заседание рабочей группы назначено
    на 14 ноября" after a conference of 15–16 October): not held within it."""
    if frame is None or not event.start or len(event.start) != 10 or not frame.start or len(frame.start) != 10:
        return False
    last = date.fromisoformat(frame.end if frame.end and len(frame.end) == 10 else frame.start)
    return date.fromisoformat(event.start) > last + timedelta(days=7)


def _in_section(event: Draft, heading: list[DateMention]) -> bool:
    """An event whose date fits a date heading a section, or falls within its months ("Апрель – декабрь")."""
    return bool(event.start) and any(_fits(d, event) or bool(d.end_date) and d.start_date <= event.start[:len(
        d.start_date)] <= d.end_date for d in heading)


def _a_stop(existing: Draft, tokens, lo: int, hi: int, s_dates) -> bool:
    """"16 апреля гости посетили Академию … в Кокшетау" during a visit to Astana of 14–17 April: a stop of the visit's
    guests on one of its days, wherever it is."""
    days = [d.start_date for d in s_dates if len(d.start_date) == 10]
    return existing.kind == "Visit" and existing.end is not None and existing.start is not None and bool(days) \
        and all(_within_days(day, existing.start, existing.end) for day in days) \
        and _any_word(tokens, lo, hi, _words("visitors_words"))


def _within_days(day: str, start: str, end: str | None) -> bool:
    """A day-precise date that falls within another event's days."""
    return len(day) == 10 and len(start) == 10 and start <= day <= (end or start)


def _compatible(a: str, b: str) -> bool:
    """Two ISO dates of any precision that can name the same day ('2024-08' and '2024-08-15')."""
    return a.startswith(b) or b.startswith(a)


def _in_clause(tokens, trig, dates: list[DateMention], lo: int, hi: int) -> list[DateMention]:
    """The dates of the trigger's own clause when its sentence (tokens[lo:hi]) joins two with "; " or ", а" ("…, а 16
    октября 2015 года в Бурабае Совет глав государств подписал …"); else all of them."""
    if len(dates) < 2:
        return dates
    cuts = [k for k in range(lo, hi) if tokens[k].text == ";" or (
        tokens[k].text == "," and k + 1 < hi and tokens[k + 1].norm in ("а", "whereas", "while"))]
    if not cuts:
        return dates

    def side(position: int) -> int:
        return sum(1 for k in cuts if k < position)

    own = side(trig.first)
    mine = [d for d in dates if side(bisect_left(tokens, d.start, key=lambda t: t.start)) == own]
    return mine or dates


def _gapped(tokens, trig, dates: list[DateMention], places: list[Match], hi: int, is_verb):
    """The day and place of a clause after ", а" that leaves out the trigger's verb and marks the gap with a dash
    ("…, а в сентябре 2013 года – в Чолпон-Ате"), or None."""
    cut = next((k for k in range(trig.last + 1, hi - 1) if tokens[k].text == "," and tokens[k + 1].norm == "а"), None)
    if cut is None:
        return None
    end = next((k for k in range(cut + 2, hi) if tokens[k].text in (",", ";")), hi)
    if not any(tokens[k].text in ("–", "—") for k in range(cut + 2, end)) \
            or any(is_verb(tokens[k]) for k in range(cut + 2, end)):
        return None
    start, stop = tokens[cut].start, tokens[end - 1].end
    day = [d for d in dates if start <= d.start < stop]
    place = [m for m in places if start <= m.start < stop]
    return (day[0], place[0]) if day and place else None


def _best_date(dates: list[DateMention], at: int) -> DateMention:
    """The most precise date of the sentence, the one nearest the trigger among equals."""
    best = max(len(d.start_date) for d in dates)
    return min((d for d in dates if len(d.start_date) == best), key=lambda d: abs(d.start - at))


def _town_adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """The adjective of each town by its Russian name ("Ногинск" → "ногинский", "Бишкек" → "бишкекский")."""
    out: dict[str, str] = {}
    for entry in gazetteer.entries.values():
        name = entry.labels.get("ru")
        if entry.kind != "Place" or not name or " " in name or not name[-1:].isalpha() or name[-1] in "аеёиыэюяь":
            continue
        stem = name.lower()
        out.setdefault(stem + "ий" if stem.endswith("ск") else stem + "ский", entry.key)
    return out


def _shift_year(value: str, years: int) -> str:
    """The same day or month `years` later (earlier when negative); 29 February becomes the 28th."""
    year = int(value[:4]) + years
    if value[4:] == "-02-29":
        return f"{year:04d}-02-28"
    return f"{year:04d}{value[4:]}"


def _called_international(event: Draft) -> bool:
    """The event's own name calls it international ("Международный салон", "International Conference",
    "Региональная платформа Центральной Азии и Южного Кавказа")."""
    return bool(re.search(
        r"международн|international|халықаралық|центральн\w* ази|central asia|орталық азия|южн\w* кавказ|"
        r"south caucasus|государств\w*[\s–—-]+(?:член|участник)|member states", event.label or "", re.IGNORECASE))


_REGIONS_STATES = re.compile(
    r"(?:стран\w*|государств\w*)\s+(?:центральн\w*\s+ази\w*|южн\w*\s+кавказ\w*)|"
    r"(?:countries|states)\s+of\s+(?:central\s+asia|the\s+south\s+caucasus)|central\s+asian\s+(?:countries|states)|"
    r"орталық\s+азия\s+елдер", re.IGNORECASE)


def _of_a_regions_states(parsed: Parsed, event: Draft) -> bool:
    """"Руководители ведомств … в странах Центральной Азии и Южного Кавказа соберутся … на первую сессию Региональной
    платформы. … сессия начнет работу завтра": a sentence that names the gathering by its word, the one that told it
    or one before, says it brings together the states of a region."""
    word = parsed.tokens[event.trigger[0]].lemma
    return any(_REGIONS_STATES.search(parsed.sentences[k].text) and any(
        t.lemma == word for t in parsed.tokens[slice(*parsed.bounds[k])]) for k in range(event.sentence + 1))


def _international(event: Draft) -> bool:
    """An event its own name calls international, with someone taking part."""
    return bool(event.participants) and _called_international(event)


def _talks_of_the_forum(kept: list[Draft], drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """"Heads of the emergency agencies of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan wrapped up
    three days of talks in Dushanbe", then "The annual Regional Forum … was hosted this year by …": talks of four
    states or more, where and when a forum of the text was held, are that forum."""
    out = list(kept)
    for talks in kept:
        if talks.kind != "Meeting" or talks.parent is not None or not talks.start \
                or len({gazetteer.state_of(k) or k for k in talks.participants}) < 4:
            continue
        # (the forum may name only its host: it is kept for the talks)
        forum = next((f for f in out + [d for d in drafts if d not in out] if f.kind == "Forum" and f.parent is None
                      and f.start and (f.place is None or talks.place is None or f.place == talks.place)
                      and (_compatible(talks.start, f.start) or _within_days(talks.start, f.start, f.end))), None)
        if forum is None:
            continue
        if forum not in out:
            out.insert(out.index(talks), forum)
        forum.add(talks.participants)
        if len(talks.start) > len(forum.start) and not forum.end:
            forum.start, forum.end = talks.start, talks.end
        forum.place = forum.place or talks.place
        forum.evidence = sorted(set(forum.evidence) | set(talks.evidence))
        for d in out:
            if d.parent == talks.id:
                d.parent = forum.id
        out.remove(talks)
    return out


def cooperative(event: Draft, gazetteer: Gazetteer, kept_parents: set[str],
                new_states: dict[str, str] | None = None) -> bool:
    """An event of cooperation involves two states, an international body, or sits within one that does."""
    if event.parent in kept_parents and event.participants:
        return True
    states = set()
    if event.kind != "Meeting" and event.place and event.place_read \
            and (home := gazetteer.state_of(event.place)):
        states.add(home)  # a delegation travelling to another state, aid delivered there, a course held abroad
    if event.kind == "Visit" and event.visited:
        states.add(event.visited)
    for key in event.participants:
        if key.startswith("new:"):
            # A body the reference does not know counts as its state's ("Министерство просвещения Кыргызской
            # Республики" beside the Kyrgyz ministry is a domestic pair); one of no known state says nothing.
            state = (new_states or {}).get(key) or _state_of_new(key)
            if state:
                states.add(state)
            continue
        entry = gazetteer.get(key)
        if entry is None:
            continue
        if entry.kind == "InternationalOrganization" and not entry.jurisdiction:
            return True
        states.add(gazetteer.state_of(key) or key)
    return len(states) >= 2


_AND = {"и", "and", ",", "а", "также"}
_KK_DATIVE = tuple(load_patterns("events")["kk_dative_endings"])
_PEOPLE_MET = frozenset(load_patterns("events")["people_met"])
_TOWN_NOUNS = frozenset(load_patterns("events")["town_nouns"])
_LAND_NOUNS = frozenset(load_patterns("events")["land_nouns"])
_TWO = frozenset(load_patterns("events")["two_words"])
_SIDE_NOUNS = frozenset(load_patterns("events")["side_nouns"])
_COURSE_VERBS = frozenset(load_patterns("events")["course_verbs"])
_MEETING_VERBS = frozenset(load_patterns("events")["meeting_verbs"])
_TELLING = frozenset(load_patterns("events")["telling_verbs"])
_TELLING_GAP = frozenset(load_patterns("events")["telling_gap"])
_DOCUMENT_NOUNS = frozenset(load_patterns("events")["source_document_nouns"])


def _joint_senders(tokens, s_actors: list[Occurrence], trig) -> list[str]:
    """Bodies named together as the subject right before the verb: "Kazakhstan and Kyrgyzstan sent ..."."""
    before = [o for o in s_actors if o.last < trig.first]
    if len(before) < 2 or not any(o.first > trig.last for o in s_actors):
        return []
    run = [before[-1]]
    for o in reversed(before[:-1]):
        gap = tokens[o.last + 1:run[0].first]
        if not gap or any(t.norm not in _AND for t in gap):
            break
        run.insert(0, o)
    if trig.first - run[-1].last > 3:
        return []
    return [o.key for o in run] if len(run) >= 2 else []


def _one_per_sender(draft: Draft, gazetteer: Gazetteer) -> list[Draft]:
    """"Kazakhstan and Kyrgyzstan sent rescue teams to Türkiye": one delivery per sending state."""
    if draft.kind != "AidDelivery":
        return [draft]
    groups: dict[str, list[str]] = {}
    for key in dict.fromkeys(draft.senders):
        groups.setdefault(gazetteer.state_of(key) or key, []).append(key)
    if len(groups) < 2:
        return [draft]
    sent = {key for keys in groups.values() for key in keys}
    others = [k for k in draft.participants if k not in sent and (gazetteer.state_of(k) or k) not in groups]
    parts = []
    for n, keys in enumerate(groups.values()):
        part = replace(draft, id=draft.id if n == 0 else f"{draft.id}-{n + 1}", participants=[*keys, *others],
                       senders=list(keys), evidence=list(draft.evidence))
        parts.append(part)
    return parts


_STAGES = {"этап", "stage", "phase"}
_ARRIVE = frozenset(load_patterns("events")["arrival_words"])
_PLACE_PREPOSITIONS = {"в", "во", "in", "to"}
_PAIR_REACH = 14  # how far apart the words of a `together` pair may stand
_RELATIVE = frozenset({"который", "which", "who", "whose"})
_THIS = frozenset({"нынешний", "этот", "данный", "настоящий"})


def _quoted_spans(tokens, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the names set in «» quotation marks."""
    spans, opened = [], None
    for k in range(lo, hi):
        if tokens[k].text == "«" and opened is None:
            opened = k
        elif tokens[k].text == "»" and opened is not None:
            spans.append((opened, k))
            opened = None
    return spans


def _relative_clauses(tokens, lo: int, hi: int) -> list[tuple[int, int]]:
    """The relative clauses set off by commas on both sides (", которые будут помогать в ликвидации последствий,")."""
    spans, k = [], lo
    while k < hi - 1:
        if tokens[k].text == "," and tokens[k + 1].lemma in _RELATIVE:
            close = next((j for j in range(k + 2, hi) if tokens[j].text == ","), None)
            if close is not None:
                spans.append((k, close))
                k = close
                continue
        k += 1
    return spans


def _apart(tokens, a: int, b: int, names: list[tuple[int, int]] = ()) -> int:
    """How many words stand between two, not counting a relative clause between them ("Самолет с сотрудниками МЧС,
    которые будут помогать в ликвидации последствий землетрясения, приземлился"), and a body's name between them as
    one word ("передал Комитету по чрезвычайным ситуациям и гражданской обороне при Правительстве Республики
    Таджикистан комплект оборудования")."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo - sum(close - k for k, close in _relative_clauses(tokens, lo + 1, hi)) \
        - sum(last - first for first, last in names if lo < first and last < hi)


def _heading_line_end(parsed: Parsed, sentence, here: list[DateMention], places: list[Match]) -> int:
    """Where the first line of a sentence that runs over lines ends, when that line is an item's heading of a word or
    two, a date and maybe a place ("Видеоконференция, май 2021 года"); else 0."""
    cut = sentence.text.find("\n")
    if cut == -1:
        return 0
    end = sentence.start + cut
    dated = [d for d in here if d.end <= end]
    if not dated or sentence.text[:cut].rstrip().endswith((".", "!", "?", ":", ";")):
        return 0
    rest = _blanked(parsed, sentence, dated + [p for p in places if sentence.start <= p.start and p.end <= end], end)
    return end if len(rest.replace(",", " ").split()) <= 2 else 0


def _caption(tokens, lo: int, hi: int) -> bool:
    """"Таблица 3. …", "Table 2:": a sentence that opens on a caption word and its number."""
    k = lo + (lo < hi and tokens[lo].text == "(")
    return k + 1 < hi and tokens[k].lemma in _words("caption_words") and tokens[k + 1].text[:1].isdigit()


def _source_tag(tokens, match, lo: int, hi: int) -> bool:
    """"…, the Japan International Cooperation Agency (JICA) announced.": the match is the verb that ends the
    sentence after a comma and its subject, the one who told it."""
    if any(t.is_word for t in tokens[match.last + 1:hi]):
        return False
    comma = next((k for k in range(match.first - 1, max(lo, match.first - 12) - 1, -1) if tokens[k].text == ","), None)
    subject = tokens[comma + 1:match.first] if comma is not None else []
    return any(t.is_capitalized for t in subject) \
        and all(t.is_capitalized or t.norm in ("the", "(", ")") for t in subject)


def _any_word(tokens, lo: int, hi: int, words) -> bool:
    """A token of tokens[lo:hi] is one of `words`, by its lemma or its form."""
    return any(t.lemma in words or t.norm in words for t in tokens[lo:hi])


def _ordinal_before(tokens, k: int, lo: int) -> int | None:
    """The word right before a stage word, or the one before "<word>, <adjective>" ("second, practical stage")."""
    if k - 1 < lo:
        return None
    if k - 3 >= lo and tokens[k - 2].text == "," and tokens[k - 1].is_word and tokens[k - 1].text.islower():
        return k - 3
    return k - 1


def _ordered_by(tokens, state: Occurrence, lo: int) -> bool:
    """A state named as the one whose head ordered the event ("по поручению Президента Российской Федерации", "on the
    instructions of Russian President Vladimir Putin"; events.yaml instructed_by)."""
    return _INSTRUCTED_BY.any_in(tokens, max(lo, state.first - 5), state.first)


def _clause_end(tokens, k: int, hi: int) -> int:
    """The end of the clause from k: the next comma, semicolon or dash, else the sentence's end."""
    return next((j for j in range(k, hi) if tokens[j].text in (",", ";", "—", "–")), hi)


def _definite(tokens, lo: int, first: int) -> bool:
    """"the meeting", "the RTG meeting", "this session": an event word named with "the" or "this", past the capitalised
    words of a name."""
    k = first - 1
    while k > lo and k > first - 3 and tokens[k].is_capitalized:
        k -= 1
    return k >= lo and tokens[k].norm in ("the", "this")


def _in_manner(tokens, trig) -> bool:
    """A trigger after "в режиме", "в формате", "by"/"via"/"посредством", or before "format"/"mode" ("in the
    videoconference format", "was held by videoconference"): the way something was held."""
    if trig.first >= 2 and tokens[trig.first - 1].lemma in _MANNER and tokens[trig.first - 2].norm in ("в", "во"):
        return True
    if trig.first >= 1 and tokens[trig.first - 1].norm in _MANNER_PREPOSITIONS:
        return True
    return trig.last + 1 < len(tokens) and tokens[trig.last + 1].norm in ("format", "mode") and trig.first >= 1 \
        and tokens[trig.first - 1].norm in ("the", "a", "in", "by")


_BEGAN = _words("began_words")
_SHOWN = frozenset(load_patterns("events")["shown_words"])
_INSTRUCTED_BY = PhraseSet.of(load_patterns("events")["instructed_by"])
# an event's name in quotes with its year ("«Комплексная безопасность-2016»", "“Stikhiya-2013”")
_NAMED_YEAR = re.compile(r"[«“\"][^»”\"]{2,60}?[-–\s]((?:19|20)\d\d)[»”\"]")
_VISIT_WORDS = frozenset(load_patterns("events")["visit_words"])
_GUEST_WORDS = frozenset(load_patterns("events")["guest_words"])
_MANNER_PREPOSITIONS = {"by", "via", "посредством", "путем", "путём"}
_COUNCILS = {"council", "board", "совет"}  # "the Council met": a session of a council
_FRAMES = {"ход", "время", "рамка", "поле", "визит", "встреча", "заседание", "переговоры", "форум", "саммит"}
_PRECEDING = {"предшествовать", "preceded"}  # "Учению предшествовали сборы", "the exercise was preceded by"
_PRESENCE = {"присутствии", "presence", "қатысуымен"}  # "в присутствии …", "in the presence of …"
_ONLINE = re.compile(r"(?i)\b(?:" + "|".join(load_patterns("events")["online_words"]) + ")")
_VAGUE_YEAR = re.compile(r"this year|later th|end of the year|этом году|этого года|конц\w* года|текущего года|"
                         r"осталь\w+ месяц", re.IGNORECASE)
_WORKING_MEETINGS = {"совещание", "онлайн-совещание"}  # a gathering word for two sides as much as for many
# a working group, or a body named with an adjective of two states ("казахстанско-кыргызского", "Russian-Kazakh")
_BILATERAL_BODY = re.compile(r"рабоч\w+ групп|working group|\w{3,}ско-\w{4,}(?:ск|цк)\w*|"
                             r"\b[A-Z]\w+-[A-Z]\w+ (?:intergovernmental|joint|working)", re.IGNORECASE)
# "заседание рабочей группы Координационного совета", "a session of the joint working group": a working group sits
_WORKING_GROUP = re.compile(r"\s+(?:of\s+(?:the|a)\s+)?(?:[\w-]+\s+){0,2}(?:рабоч\w+\s+групп|working\s+group)",
                            re.IGNORECASE)
# "a joint debriefing session of the two ministries", "заседание двух ведомств": a gathering of two sides
_TWO_SIDES = re.compile(r"\s+(?:of the two (?:ministries|agencies|services|sides|committees)|"
                        r"двух (?:министерств|ведомств|служб|сторон|комитетов))\b", re.IGNORECASE)


def _days(event: Draft) -> tuple[str, str] | None:
    if not event.start or len(event.start) != 10:
        return None
    return event.start, event.end or event.start


def _recipient_state(parsed: Parsed, state: Occurrence, morph) -> bool:
    """A state named as the one aid is handed to, right after the verb ("Китай передал Таджикистану партию
    оборудования", "handed over the equipment to Tajikistan")."""
    tokens = parsed.tokens
    lo = parsed.bounds[state.sentence][0]
    if state.via == "adjective" or state.first <= lo:
        return False
    if parsed.lang == "en":
        after = tokens[state.last + 1].text if state.last + 1 < len(tokens) else ""
        return tokens[state.first - 1].norm == "to" and after not in ("'", "’", "'s", "’s") and any(
            tokens[k].lemma in _SENDING or tokens[k].norm in _SENDING for k in range(max(lo, state.first - 8),
                                                                                     state.first - 1))
    if not any("datv" in p.tag for p in morph.parse(tokens[state.first].norm)[:2]):
        return False
    # ("Казахстан направил гуманитарную помощь Таджикистану": over the cargo, within its clause)
    k = state.first - 1
    while k > lo and state.first - k < 5 and tokens[k].lemma not in _SENDING and tokens[k].is_word \
            and not any("VERB" in p.tag for p in morph.parse(tokens[k].norm)[:1]):
        k -= 1
    return tokens[k].lemma in _SENDING


def _subject_state(parsed: Parsed, state: Occurrence, morph) -> bool:
    """A state named as the subject that opens its sentence, its verb right after it ("Россия направила помощь",
    "Kazakhstan sent rescuers")."""
    tokens = parsed.tokens
    lo, hi = parsed.bounds[state.sentence]
    first = next((k for k in range(lo, hi) if tokens[k].is_word), None)
    after = state.last + 1
    if first != state.first or state.via == "adjective" or after >= hi:
        return False
    if parsed.lang == "en":
        return tokens[after].norm in _words("english_past_verbs") or tokens[after].norm.endswith("ed")
    return any("VERB" in p.tag and "past" in p.tag for p in morph.parse(tokens[after].norm))


def _guests_of_a_gathering(kept: list[Draft], parsed: Parsed) -> list[Draft]:
    """"В Челябинск прибыли делегации государств – членов ШОС … Сегодня в Челябинске начало работу совещание",
    "Delegations from seven countries arrived in Bishkek for the forum": delegations of many arriving where a
    gathering is held that day are its guests, taking part in it, not on a visit of their own."""
    tokens = parsed.tokens
    gatherings = [d for d in kept if d.kind in ("Forum", "Meeting") and d.place and d.start]
    out = []
    for draft in kept:
        first, last = draft.trigger
        many = draft.kind == "Visit" and tokens[first].lemmas & _ARRIVE and any(
            tokens[k].norm in _words("guest_delegations") for k in range(max(0, first - 4), min(len(tokens), last + 5))
            if tokens[k].sentence == tokens[first].sentence)
        gathering = next((g for g in gatherings if g.place == draft.place and draft.start
                          and _compatible(g.start, draft.start)), None) if many else None
        if gathering is None:
            out.append(draft)
            continue
        gathering.add(draft.participants)
        gathering.evidence += [i for i in draft.evidence if i not in gathering.evidence]
        for other in kept:
            if other.parent == draft.id:
                other.parent = gathering.id
    return out


def _held_within(kept: list[Draft], gazetteer: Gazetteer, new_states: dict[str, str]) -> list[Draft]:
    """A meeting, course or exercise held during a visit or a forum, where it was held, by some of its people, was
    held within it; a place visited during a visit ("6 июня делегация посетила Узгидромет") is a meeting of the
    visit, not a visit of its own."""
    def sides(event: Draft) -> set[str]:
        return {new_states.get(k) or gazetteer.state_of(k) or k for k in event.participants}

    def near(a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return True
        ea, eb = gazetteer.get(a), gazetteer.get(b)
        return bool(ea and eb and (ea.located_in == b or eb.located_in == a
                                   or (ea.located_in and ea.located_in == eb.located_in)))

    def inside(a: str | None, frame: Draft) -> bool:
        # (a visit travels within the state it went to: "посетила Академию в подмосковных Химках … 12 ноября в Москве
        # состоялись переговоры")
        return near(a, frame.place) or frame.kind == "Visit" and a is not None and frame.place is not None \
            and gazetteer.state_of(a) is not None and gazetteer.state_of(a) == gazetteer.state_of(frame.place)

    frames = [d for d in kept if d.kind in ("Visit", "Forum") and d.parent is None and _days(d)]
    out = []
    by_id = {d.id: d for d in kept}
    for draft in kept:
        days = _days(draft)
        frame = next((f for f in frames if f is not draft and days and f.start <= days[0] <= _days(f)[1]
                      and (f.kind == "Visit" or days[1] <= _days(f)[1]) and inside(draft.place, f)
                      and sides(draft) & sides(f)), None) if draft.parent is None and draft.kind != "AidDelivery" \
            else None
        if frame is None and draft.parent is None and draft.kind in ("Meeting", "Training", "Exercise") and days:
            # ("… is on an official visit to Uzbekistan. On Tuesday the guests held talks": a day of the month the
            # visit, of no day of its own, is known to, told after it, by some of its sides)
            frame = next((f for f in kept if f.kind in ("Visit", "Forum") and f.parent is None and f.start
                          and len(f.start) == 7 and not f.end and days[0].startswith(f.start)
                          and f.sentence <= draft.sentence and inside(draft.place, f)
                          and sides(draft) & sides(f)), None)
        if frame is None and draft.parent is None and draft.kind in ("Meeting", "Training", "Exercise") \
                and draft.start and len(draft.start) < 10:
            # ("На прошлой неделе Ашхабад посетила делегация … Гости провели переговоры …": told after a visit of the
            # same month, with no day of its own, by some of its sides)
            frame = next((f for f in kept if f.kind == "Visit" and f.parent is None and f.start == draft.start
                          and f.sentence < draft.sentence and near(draft.place, f.place)
                          and sides(draft) & sides(f)), None)
            if frame is not None:
                draft.place = draft.place or frame.place  # (held where the visit went)
        if frame is not None and draft.kind == "Visit":
            if frame.kind != "Visit" or frame.start == draft.start and frame.end == draft.end:
                out.append(draft)
                continue
            if any(d.sentence == draft.sentence and d is not draft and d.kind != "Visit" for d in kept):
                continue  # the meeting read in the same sentence tells it
            # ("On 18 and 19 October, the delegation … visited the University of Civil Protection": a stop of the
            # visit, ANNOTATION.md's familiarisation, part of the visit itself, and what it visited takes part in it)
            frame.add(draft.participants)
            continue
        if frame is not None and not (frame.kind == "Forum" and draft.kind == "Forum"):
            draft.parent = frame.id
        if draft.kind == "Forum" and draft.parent in by_id and by_id[draft.parent].kind == "Visit" \
                and len(sides(draft)) <= 2:
            draft.kind = "Meeting"  # "в хокимияте прошло совещание" of the two sides during a delegation's visit
        out.append(draft)
    return out


# the Kazakh locative made an adjective ("Алматыдағы", "Бішкектегі"): the one in a place, qualifying a noun
_KK_ATTRIBUTIVE = re.compile(r"(?:да|де|та|те)(?:ғы|гі)$", re.IGNORECASE)

_HEADING_REST = re.compile(r"[\s,.;:–—-]|\b(?:and|и|годы?|году|годах|years?|середина|начало|конец|early|mid|late|"
                           r"the|end|beginning|middle|of)\b", re.IGNORECASE)


# A name before a comma opening a heading of a chronicle ("Германия, конец 2023 года.")
_NAME_FIRST = re.compile(r"\s*[A-ZА-ЯЁ][\w-]+(?:[ -][A-ZА-ЯЁ][\w-]+)?,\s")
# "2023 год: …", "May 2016 — …", "Февраль 2017-го: …"
_HEADING_LEAD = re.compile(r"(?:-(?:го|м|й)\b)?\s*(?:год|year)?\s*[:—–]\s*\S")


_YEARS_LINE = re.compile(r"\s*(?:(?:19|20)\d\d(?:\s*(?:,|and|и)\s*)?)+\.?\s*")


def _heading_places(parsed: Parsed, sentence, places: list[Match]) -> tuple[list[Match], int]:
    """"08.10.2021, Алматы.", "Ноябрь, Алматы.": the place of a heading of a bulletin's item, and where the item ends
    (at the next blank line)."""
    end = parsed.text.find("\n\n", sentence.end)
    return [p for p in places if sentence.start <= p.start < sentence.end], end if end != -1 else len(parsed.text)


_TITLE_YEAR = re.compile(r"\(((?:19|20)\d\d)(?:\s*(?:год|г\.|year|жыл))?\)$")


def _titled_year(parsed: Parsed, sentence) -> DateMention | None:
    """The year in brackets that ends a title on a line of its own ("1. Поддержка со стороны УВКБ ООН (2011 год)"),
    as a date; not a running head with its issue's number ("Информационный бюллетень МЧС КР № 2 (2024)")."""
    text = sentence.text.strip()
    titled = _TITLE_YEAR.search(text)
    if titled is None or len(text) > 120 or "№" in sentence.text \
            or re.search(r"\d", text[:-len(titled.group(0))].lstrip("0123456789. ")) \
            or not _opens_line(parsed.text, sentence.start) or not _ends_line(parsed.text, sentence.end):
        return None
    at = sentence.start + sentence.text.index(titled.group(0)) + 1
    return DateMention(at, at + 4, titled.group(1), titled.group(1))


def _section_heading(parsed: Parsed, sentence, here: list[DateMention], places: list[Match]) -> int:
    """A sentence that begins a line and heads a section of a chronicle with a month or a year, and the offset where
    its section ends: "Москва, май 2016 года." (a place and a date, the section running to the paragraph's end);
    "Май 2016 года, Москва" or "2023 год: центр подготовки спасателей" on a line of its own, with no full stop (the
    section running to the next heading). 0 for any other sentence."""
    text = sentence.text.strip()
    if not here or "\n" in text or not _opens_line(parsed.text, sentence.start):
        return 0
    placed_first = any(p.start < here[0].start for p in places if sentence.start <= p.start)
    # ("Алматы, 8 октября 2021 года." heading an item of a chronicle below its lead, not a dateline over the text)
    if len(here[0].start_date) not in (4, 7) and not (len(here[0].start_date) == 10 and sentence.index >= 3
                                                       and placed_first):
        return 0
    rest = _blanked(parsed, sentence, here + [p for p in places if sentence.start <= p.start < sentence.end])
    named_first = _NAME_FIRST.match(rest)
    if not placed_first and named_first and sentence.start + named_first.end() <= here[0].start:
        # ("Германия, конец 2023 года.": a country, or a place the reference does not know, before the date)
        placed_first, rest = True, rest[named_first.end():]
    # ("Душанбе, ноябрь прошлого года.", "Душанбе, декабрь.": after a place, a month of its year or the year before)
    if (placed_first or here[0].start == sentence.start and not (here[0].yearless or here[0].relative)) \
            and not _HEADING_REST.sub("", rest):
        end = parsed.text.find("\n\n", sentence.end)
        own_line = _ends_line(parsed.text, sentence.end)
        return end if end != -1 and not own_line else len(parsed.text)
    if here[0].yearless or here[0].relative:
        return 0
    if here[0].start != sentence.start or text.endswith(".") or not _ends_line(parsed.text, sentence.end) \
            or len(text) > len(here[0].text) + 48:
        return 0
    return len(parsed.text) if _HEADING_LEAD.match(parsed.text[here[0].end:sentence.end]) else 0


def _facility_at(tokens, body: Occurrence) -> bool:
    """"at the Noginsk Rescue Center": a facility named after its town, where something is held."""
    k = body.first - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    return k >= 0 and tokens[k].norm == "at" and any(tokens[j].lemma in _words("facility_words")
                                                     for j in range(body.first, body.last + 1))


# What else a heading of a day and a place may hold: the country in brackets, "с.", "г.", a region's word
_HEADING_PLACE_REST = re.compile(r"\([^()]*\)|\b(?:с|г|пос|п|village|city|область|район|region|district)\b\.?",
                                 re.IGNORECASE)


def _dated_place_heading(parsed: Parsed, sentence, alone: list[DateMention], places: list[Match]) -> bool:
    """"30 мая, Урумчи (КНР).", "14–15 августа, с. Бостери, Иссык-Кульская область (Кыргызстан).": a line that opens
    with a day and names only where, heading the item told after it."""
    if alone[0].start != sentence.start or not _opens_line(parsed.text, sentence.start):
        return False
    named = [p for p in places if sentence.start <= p.start < sentence.end]
    return bool(named) and not _HEADING_REST.sub("", _HEADING_PLACE_REST.sub("", _blanked(parsed, sentence,
                                                                                          alone + named)))


def _blanked(parsed: Parsed, sentence, mentions, end: int | None = None) -> str:
    """The sentence's text (up to `end`) with each of the date or place mentions (anything with `start` and `end`
    inside it) left out."""
    rest = parsed.text[sentence.start:sentence.end if end is None else end]
    for first, last in sorted(((m.start, m.end) for m in mentions), reverse=True):
        rest = rest[:first - sentence.start] + " " + rest[last - sentence.start:]
    return rest


def _subheading(parsed: Parsed, sentence) -> bool:
    """A paragraph of its own of a few words with no full stop ("Казахстан отправил второй эшелон" over the news it
    sums up): the heading of a section, which tells its news as a headline does."""
    text = sentence.text.strip()
    return 1 <= len(text.split()) <= 10 and not text.endswith((".", "!", "?", ":", ";")) \
        and (sentence.start < 2 or parsed.text[sentence.start - 2:sentence.start] == "\n\n") \
        and parsed.text[sentence.end:sentence.end + 2] in ("\n\n", "\n", "")


def _capital_heading(parsed: Parsed, sentence) -> bool:
    """A paragraph of its own of a few words in capitals, with no figure ("РЕГИОНАЛЬНОЕ СОТРУДНИЧЕСТВО", "ХРОНИКА
    СОБЫТИЙ"): the heading of a section."""
    text = sentence.text.strip()
    words = text.split()
    return 1 <= len(words) <= 6 and text.isupper() and not any(c.isdigit() for c in text) \
        and parsed.text[max(0, sentence.start - 2):sentence.start].count("\n") == 2 \
        and parsed.text[sentence.end:sentence.end + 2].count("\n") == 2


def _opens_line(text: str, at: int) -> bool:
    """Only spaces stand between the offset and the start of its line (or of the text)."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def _ends_line(text: str, at: int) -> bool:
    """Only spaces stand between the offset and the end of its line (or of the text)."""
    k = at
    while k < len(text) and text[k] in " \t":
        k += 1
    return k == len(text) or text[k] == "\n"


def _years_line(sentence) -> list[DateMention]:
    """"2012, 2017 and 2023.": a line of bare years, which heads a section of a review."""
    if not _YEARS_LINE.fullmatch(sentence.text):
        return []
    return [DateMention(sentence.start + m.start(), sentence.start + m.end(), m.group(), m.group(), None, False, False,
                        False) for m in re.finditer(r"(?:19|20)\d\d", sentence.text)]


def _without(text: str, mentions) -> str:
    """The text with the words of the date mentions left out."""
    for mention in mentions:
        text = text.replace(mention.text, " ")
    return text


def _for_residents(tokens, place: Match, lo: int) -> bool:
    """The place names where those the aid is for live ("для жителей Хатлонской области", "for residents of Osh")."""
    k = place.first - 1
    if k > lo and tokens[k].norm in ("of", "the"):
        k -= 1
    return k > lo and _any_word(tokens, k, k + 1, _words("residents_words")) and tokens[k - 1].norm in ("для", "for")


def _delegations_of(frame: Draft, parsed: Parsed, gazetteer: Gazetteer, actors: list[Occurrence]) -> list[str]:
    """The delegations of a gathering's sides: its participants the reference knows, a state only where none of its
    bodies takes part, none that only watched ("Officers of the Ministry … attended the exercise as observers")."""
    watched = {o.key for o in actors if o.sentence in frame.evidence
               and _any_word(parsed.tokens, *parsed.bounds[o.sentence], _words("observer_words"))}
    known = [k for k in frame.participants if not k.startswith("new:") and k not in watched
             and (e := gazetteer.get(k)) is not None and e.kind != "InternationalOrganization"]
    bodies_of = {gazetteer.state_of(k) for k in known if gazetteer.get(k).kind != "State"}
    return [k for k in known if not (gazetteer.get(k).kind == "State" and k in bodies_of)]


def _met_people(tokens, trig, hi: int) -> bool:
    """A verb of meeting whose "с"/"with" names people who are no body's side ("встретились с курсантами")."""
    if trig.label != "Meeting" or tokens[trig.first].lemma not in _MEETING_VERBS \
            and tokens[trig.first].norm not in _MEETING_VERBS:
        return False
    at = next((k for k in range(trig.last + 1, min(hi, trig.last + 3)) if tokens[k].norm in _WITH), None)
    return at is not None and any(tokens[k].lemma in _PEOPLE_MET or tokens[k].norm in _PEOPLE_MET
                                  for k in range(at + 1, min(hi, at + 4)))


def _day_of(frame: Draft, which: int) -> str:
    """The `which`-th day (from 0; −1 the last) of a frame that starts on a full day, within its days."""
    first = date.fromisoformat(frame.start)
    last = date.fromisoformat(frame.end) if frame.end else first
    return (last if which < 0 else min(last, first + timedelta(days=which))).isoformat()


def _days_after(start: str | None, day: str, most: int) -> bool:
    """`day` is one to `most` days after the full day `start`."""
    return 0 < (days_from(start, day) or 0) <= most


def _numbered_before(tokens, k: int, morph) -> bool:
    """An ordinal right before the word at `k`: "шестая встреча", "6-я встреча", "6th meeting" (two tokens)."""
    if k < 1:
        return False
    if tokens[k - 1].norm in ("st", "nd", "rd", "th") and k >= 2 and tokens[k - 2].text.isdigit():
        return True
    return _is_ordinal(tokens[k - 1], morph)


def _is_ordinal(token, morph) -> bool:
    """"шестом", "17-е": an ordinal numeral."""
    if _NUMBERED_ORDINAL.match(token.norm):
        return True
    return bool(re.search("[а-я]", token.norm)) and any("Anum" in p.tag for p in morph.parse(token.norm)[:1])


def _guests_received(kept: list[Draft], parsed: Parsed, gazetteer: Gazetteer, actors) -> list[Draft]:
    """"В четверг делегацию принял заместитель министра иностранных дел Туркменистана": during a visit, the
    delegation or the guests received, named by no state of their own, are the visitors."""
    for draft in kept:
        if draft.kind != "Meeting" or not draft.start:
            continue
        visit = next((v for v in kept if v.kind == "Visit" and _days(v) and _days(draft)
                      and _days(v)[0] <= _days(draft)[0] <= _days(v)[1]), None)
        if visit is None:
            continue
        lo, hi = parsed.bounds[draft.sentence]
        tokens = parsed.tokens
        # (not "казахстанскую делегацию", "the Kazakh delegation": a state's own)
        guests = [k for k in range(lo, hi) if tokens[k].lemma in _GUEST_WORDS
                  and not any(o.kind == "State" and o.last == k - 1 for o in actors)]
        host = gazetteer.state_of(visit.place) if visit.place else None
        if guests and host:
            draft.add(k for k in visit.participants if (_state_of_side(gazetteer, k) or k) != host)
    return kept


def _headline_told_again(kept: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """"Чолпон-Атада Қазақстан мен Өзбекстанның … министрлері кездесті" over "… министр Арінов Өзбекстан … министрімен
    екіжақты кездесу өткізді", "Турция передала узбекским спасателям оборудование" over "В четверг AFAD передало МЧС
    Узбекистана …": a headline's event is the one the article tells again, of the same kind, day and sides."""
    def sides(d: Draft) -> set[str]:
        return {gazetteer.state_of(k) or k for k in d.participants}

    out = []
    for draft in kept:
        again = next((d for d in kept if d is not draft and draft.sentence == 0 and d.sentence > 0
                      and d.kind == draft.kind and d.start == draft.start and sides(d) == sides(draft)), None)
        if again is None and draft.sentence == 0 and draft.kind == "AidDelivery" and draft.start \
                and len(draft.start) == 10:
            # ("Kazakh Emergency Ministry hands over rescue equipment to Kyrgyz colleagues" dated by the day of the
            # visit the lead tells, over "On Tuesday, June 10, the delegation handed over …": the one such event of
            # those sides the article tells, a day or two off)
            near = [d for d in kept if d is not draft and d.sentence > 0 and d.kind == draft.kind
                    and sides(d) == sides(draft) and (gap := days_from(draft.start, d.start or "")) is not None
                    and abs(gap) <= 3]
            borrowed = any(d.kind != draft.kind and d.start == draft.start and d.sentence > 0 for d in kept)
            again = near[0] if len(near) == 1 and borrowed else None
        if again is None:
            out.append(draft)
            continue
        again.evidence = sorted(set(again.evidence) | set(draft.evidence))
        for d in kept:
            if d.parent == draft.id:
                d.parent = again.id
    return out


def to_records(drafts: list[Draft], parsed: Parsed, gazetteer: Gazetteer, topics: tuple[str, ...],
               councils: dict[str, set[str]] | None = None, new_states: dict[str, str] | None = None,
               actors: list[Occurrence] | None = None) -> list[EventRecord]:
    kept: list[Draft] = []
    kept_ids: set[str] = set()
    by_id = {d.id: d for d in drafts}
    only_in = load_patterns("events")["takes_part_only_in"]
    councils_for = load_patterns("events")["council_for_organisation"]
    units_for = load_patterns("events")["unit_for_organisation"]
    drafts = _guests_received(drafts, parsed, gazetteer, actors or [])
    for draft in drafts:
        # "Межгосударственный совет рассмотрел вопросы деятельности Корпуса сил СНГ": a body that takes part only in
        # events of some kinds is no side of a session that speaks of it
        draft.participants = [k for k in draft.participants if draft.kind in only_in.get(k, (draft.kind,))]
        organisations = {units_for.get(k) for k in draft.participants}
        if draft.kind == "Forum":
            organisations |= {councils_for.get(k) for k in draft.participants}
        draft.participants = [k for k in draft.participants if k not in organisations]
    for draft in drafts:
        frame = by_id.get(draft.parent) if draft.parent else None
        if frame is not None and not draft.participants and draft.kind in ("Exercise", "Training") \
                and frame.kind in ("Training", "Exercise", "Forum"):
            # "16 октября в рамках курсов состоялись показательные учения": those who took the course held the drill
            sides = [k for k in frame.participants if (e := gazetteer.get(k)) is None
                     or e.kind != "InternationalOrganization"]
            lo, hi = parsed.bounds[draft.sentence]
            tokens = parsed.tokens
            if len(sides) == 2 and any(tokens[k].norm in _TWO and tokens[k + 1].lemma in _SIDE_NOUNS
                                       for k in range(lo, hi - 1)):
                # ("On the final day, the two teams held a joint field exercise": the two sides of the course, not
                # the organisation that ran it)
                draft.add(sides)
            else:
                draft.add(frame.participants)
        elif frame is not None and not draft.participants and draft.kind == "Meeting" \
                and frame.kind in ("Exercise", "Training", "Forum") \
                and _any_word(parsed.tokens, *parsed.bounds[draft.sentence], _words("delegations_words")):
            # "On the sidelines of the exercise, the delegations held a working meeting": the sides of the exercise
            # (its states' own bodies, not the bodies that only sent units or observers)
            draft.add(_delegations_of(frame, parsed, gazetteer, actors or []))
    for draft in drafts:
        if draft.kind == "Forum" and not draft.participants and draft.place and draft.place_read \
                and (state := gazetteer.state_of(draft.place)) and _called_international(draft):
            # "в июле 2016 года Душанбе уже принимал первую сессию Региональной платформы Центральной Азии": a
            # gathering of many states that no body is named at is held by the state of its place
            draft.add([state])
    for before, draft in zip(drafts, drafts[1:]):
        opening = parsed.bounds[draft.sentence][0]
        if parsed.tokens[opening].norm in _words("right_away_words"):
            opening += 1  # ("Сразу после встречи эксперты АБР провели семинар")
        # ("После встречи для специалистов министерства был проведён вводный семинар": after the event just told,
        # by its own word)
        after_it = parsed.tokens[opening].norm in _words("after_words") and any(
            parsed.tokens[k].lemma == parsed.tokens[before.trigger[1]].lemma
            or before.kind == "Meeting" and parsed.tokens[k].lemma in _words("meeting_nouns")
            for k in range(opening + 1, min(opening + 3, draft.trigger[0])))
        if (set(draft.participants) < set(before.participants) or after_it
                and set(draft.participants) <= set(before.participants)) and draft.kind in ("Training", "Exercise") \
                and before.parent is None and draft.start and before.start and _compatible(draft.start, before.start) \
                and (_same_day_told(parsed.tokens, draft.trigger[0])
                     or parsed.tokens[opening].norm in _words("next_on_the_day") or after_it):
            # "В центральном аппарате МЧС прошла встреча с миссией АБР … В тот же день эксперты миссии провели для
            # сотрудников министерства вводный семинар": the same people, the same day, at another event (the day
            # and the place of the event before, as far as the text tells them)
            draft.add(before.participants)
            draft.start, draft.end = before.start, None
            draft.place = draft.place or before.place
    for draft in drafts:
        # ("Шавкат Мирзиёев завершил государственный визит в Казахстан. В ходе переговоров с Президентом Казахстана
        # … стороны подписали …": talks with the host alone, in the month of a visit to it, are the visitors' talks)
        sides = {gazetteer.state_of(k) or k for k in draft.participants}
        visit = next((v for v in drafts if v.kind == "Visit" and v.parent is None and v.start and draft.start
                      and _compatible(draft.start, v.start) and set(draft.participants) <= set(v.participants)
                      and len({gazetteer.state_of(k) or k for k in v.participants}) >= 2), None) \
            if draft.kind == "Meeting" and draft.parent is None and len(sides) == 1 else None
        if visit is not None and visit.sentence < draft.sentence:
            draft.add(visit.participants)
            draft.parent = visit.id
    for draft in drafts:
        # ("… was marked by a working meeting at the MES central office in Bishkek, followed by a seminar": two events
        # one after the other, told in one sentence on one day, of the same people)
        sibling = next((d for d in drafts if d is not draft and d.kind != draft.kind and d.start == draft.start
                        and d.evidence[:1] == draft.evidence[:1] and set(draft.participants) < set(d.participants)),
                       None) if draft.evidence else None
        if sibling is not None and _FOLLOWED.search(parsed.sentences[draft.evidence[0]].text):
            draft.add(sibling.participants)
    for draft in drafts:
        if cooperative(draft, gazetteer, kept_ids, new_states) or _international(draft) or draft.sidelines \
                or draft.edition_of in kept_ids:  # (an earlier edition of a gathering of cooperation kept)
            kept.append(draft)
            kept_ids.add(draft.id)
    for draft in drafts:
        # ("On 18 and 19 October, the delegation … visited the University of Civil Protection" in Belarus: a stop of
        # the visit, with the visited state's bodies alone; what it visited takes part in the visit)
        days = _days(draft) if draft.id not in kept_ids and draft.kind == "Visit" and draft.parent is None else None
        frame = next((f for f in kept if f.kind == "Visit" and f.parent is None and (f_days := _days(f))
                      and f_days[0] <= days[0] <= days[1] <= f_days[1] and f.place == draft.place), None) if days \
            else None
        if frame is not None and {gazetteer.state_of(k) or k for k in draft.participants} \
                & {gazetteer.state_of(k) or k for k in frame.participants}:
            frame.add(draft.participants)
    for draft in drafts:
        if draft.id not in kept_ids and any(d.parent == draft.id for d in kept):
            # "В рамках салона ... министр провел переговоры с коллегами": the event that holds a cooperation.
            kept.append(draft)
            kept_ids.add(draft.id)
    for draft in drafts:
        if draft.id in kept_ids or draft.kind != "AidDelivery" or not draft.participants:
            continue
        sender = {gazetteer.state_of(k) or k for k in draft.participants}
        earlier = next((d for d in kept if d.kind == "AidDelivery"
                        and sender <= {gazetteer.state_of(k) or k for k in d.participants}), None)
        if earlier is not None:
            # "вчера вылетел самолёт МЧС с первой группой": another flight of the same sender to the same people.
            receivers = [*earlier.participants, *([gazetteer.state_of(earlier.place)] if earlier.place else [])]
            draft.add(k for k in receivers if k and (gazetteer.state_of(k) or k) not in sender)
            kept.append(draft)
            kept_ids.add(draft.id)
    kept = _guests_of_a_gathering(kept, parsed)
    kept = [part for draft in kept for part in _one_per_sender(draft, gazetteer)]
    kept_ids = {d.id for d in kept}
    def series_of(d: Draft) -> tuple[str, str]:  # editions of one series: one kind, one trigger word
        return d.kind, parsed.tokens[d.trigger[0]].lemma

    series = {series_of(d): d for d in reversed(kept)}
    for draft in drafts:
        edition_of = series.get(series_of(draft))
        if draft.id not in kept_ids and draft.start and edition_of is not None and (
                not draft.participants or draft.kind == "Forum" and draft.start != edition_of.start):
            # "Первая конференция состоялась в Бишкеке в 2013 году": an earlier edition of a reported series,
            # held by the same council where a council holds the series ("на предыдущем совещании, которое
            # принимала китайская сторона", "решили провести 17-е заседание в июне 2026 года в Санкт-Петербурге,
            # принимающей стороной станет Россия": by its host alone as the text tells it).
            draft.add(k for k in edition_of.participants if k in (councils or {}))
            draft.confidence = 0.6
            kept.append(draft)
            kept_ids.add(draft.id)
    # Every event has a participant (the ontology's contract): a gathering named only as the frame of kept events
    # takes their participants, an earlier edition those of its series; with none, it is not recorded.
    for draft in kept:
        if not draft.participants:
            draft.add(k for d in kept if d.parent == draft.id for k in d.participants)
        if not draft.participants and draft.edition_of is not None:
            # "после предыдущей встречи, которая прошла в Чэнду": the edition of a gathering of an organisation is
            # the organisation's
            gathering = next((d for d in kept if d.id == draft.edition_of), None)
            draft.add(k for k in (gathering.participants if gathering is not None else ())
                      if (entry := gazetteer.get(k)) is not None and entry.kind == "InternationalOrganization")
        if not draft.participants:
            series_event = next((d for d in kept if d is not draft and d.participants
                                 and series_of(d) == series_of(draft)), None)
            if series_event is not None:
                # (a gathering of many of another edition keeps the organisation that holds the series, where one
                # does: the states at one session are not those of another)
                bodies = [k for k in series_event.participants if draft.kind == "Forum"
                          and (entry := gazetteer.get(k)) is not None and entry.kind == "InternationalOrganization"]
                draft.add(bodies or series_event.participants)
    kept = [d for d in kept if d.participants]
    kept = _headline_told_again(kept, gazetteer)
    kept = _talks_of_the_forum(kept, drafts, gazetteer)
    for draft in drafts:
        if draft not in kept and draft.kind == "Forum" and draft.parent is None and _of_a_regions_states(parsed, draft):
            # (one that no body is named at is held by the state of its place)
            draft.add([state] if not draft.participants and draft.place
                      and (state := gazetteer.state_of(draft.place)) else [])
            if draft.participants:
                at = next((k for k, d in enumerate(kept) if drafts.index(d) > drafts.index(draft)), len(kept)) \
                    if all(d in drafts for d in kept) else len(kept)
                kept.insert(at, draft)

    def two_sides(draft: Draft) -> bool:
        # (a new body of no state, such as "Казахстанско-кыргызский межправительственный совет", adds no side)
        states = {(new_states or {}).get(k) or gazetteer.state_of(k) or k for k in draft.participants
                  if not (k.startswith("new:") and (new_states or {}).get(k) is None)}
        return len(states) <= 2 and not any((e := gazetteer.get(k)) is not None
                                            and e.kind == "InternationalOrganization" and not e.jurisdiction
                                            for k in draft.participants)

    for draft in kept:
        # "заседание Рабочей группы … Казахстанско-кыргызского межправительственного совета", "заседание совместной
        # российско-казахстанской рабочей группы": a sitting of a body of two states ("A joint debriefing session of
        # the two ministries": the words right after the gathering's word)
        bilateral = draft.kind == "Forum" and (bool(draft.label and _BILATERAL_BODY.search(draft.label))
                                               or bool(_TWO_SIDES.match(parsed.text,
                                                                        parsed.tokens[draft.trigger[1]].end)))
        working = draft.kind == "Forum" and (parsed.tokens[draft.trigger[0]].lemma in _WORKING_MEETINGS or bilateral)
        # (not "аналогичное совещание принимал Чэнду": another edition of the forum read)
        # (nor "на предыдущем, шестом совещании", "17-е заседание": a numbered edition of a series)
        before = parsed.tokens[draft.trigger[0] - 1] if draft.trigger[0] > 0 else None
        edition = before is not None and (before.lemma in _words("edition_words") or _is_ordinal(before, gazetteer.morph)
                                          or before.lemma in _words("kind_such_words"))
        # ("Первое заседание совместной рабочей группы акимата Алматы и мэрии Бишкека": a numbered sitting of a
        # body of two sides is a meeting of them too)
        group = draft.kind == "Forum" and bool(_WORKING_GROUP.match(parsed.text, parsed.tokens[draft.trigger[1]].end))
        if working and (not edition or bilateral) and (draft.parent is not None or two_sides(draft)) or group:
            # (a sitting of a working group is a working meeting, of two sides or of many: "заседание рабочей
            # группы Координационного совета … ОДКБ")
            # "совместное совещание департамента и управления двух соседних областей", "в рамках учений состоялось
            # совещание представителей ...": a working meeting, not a forum
            draft.kind = "Meeting"
    for draft in kept:
        if draft.kind == "Meeting" and draft.ordinal and draft.ordinal > 1 and len(
                {(new_states or {}).get(k) or gazetteer.state_of(k) or k for k in draft.participants}) >= 3:
            # "The 9th meeting took place on August 23-25, 2017, in Cholpon-Ata. Delegations of all eight members
            # …": an edition of a series of many is a gathering of many
            draft.kind = "Forum"
    # ("Шестая встреча в этом формате прошла в 2017 году" in news of the seventh, a forum: an edition of the series)
    series = {parsed.tokens[d.trigger[0]].lemma for d in kept if d.kind == "Forum" and d.ordinal}
    for draft in kept:
        if draft.kind == "Meeting" and draft.ordinal and parsed.tokens[draft.trigger[0]].lemma in series:
            draft.kind = "Forum"
    kept = _held_within(kept, gazetteer, new_states or {})
    kept_ids = {d.id for d in kept}
    for draft in kept:
        if draft.kind == "Visit" and draft.place is None:
            # "С 11 по 13 марта делегация находилась с визитом в Беларуси. 12 марта в Минске прошли переговоры": the
            # visit was where the first meeting within it was held
            draft.place = next((d.place for d in sorted(kept, key=lambda d: d.sentence)
                                if d.parent == draft.id and d.place), None)
    order = {d.id: n for n, d in enumerate(drafts)}
    kept.sort(key=lambda d: (order[d.id.split("-")[0]], d.id))
    records = []
    hosts: dict[str, str] = {}  # the host each visit was given here
    for draft in kept:
        # A state that takes part through its own agency is represented by the agency.
        visited = gazetteer.state_of(draft.place) if draft.place else draft.visited
        if draft.kind in ("Visit", "AidDelivery") and (home := visited) \
                and not any((gazetteer.state_of(k) or k) == home for k in draft.participants):
            # The state visited takes part as the host, through its body met within the visit where one is named.
            met = [k for d in kept if d.parent == draft.id for k in d.participants
                   if k != home and gazetteer.state_of(k) == home]
            # A body's delegation (not a state's) visits its counterpart: the emergency body of the state visited.
            bodies = draft.kind == "Visit" and any((e := gazetteer.get(k)) is None or e.kind != "State"
                                                   for k in draft.participants)
            counterpart = gazetteer.agency_of(home, "emergency") if bodies else None
            if counterpart is not None and counterpart.key in met:
                met = [counterpart.key]  # of the bodies met, the counterpart is the host
            draft.participants.append(met[0] if met else counterpart.key if counterpart else home)
            hosts[draft.id] = draft.participants[-1]
        elif draft.kind == "Meeting" and draft.parent in hosts and draft.participants and all(
                _state_of_side(gazetteer, k, new_states) not in (None, gazetteer.state_of(hosts[draft.parent]))
                for k in draft.participants):
            # ("A delegation … arrived in Bishkek. The two delegations held talks": the talks of the visit, with its
            # host)
            draft.participants.append(hosts[draft.parent])
        elif draft.kind == "Visit" and (home := visited) and home in draft.participants \
                and any(gazetteer.state_of(k) != home and (e := gazetteer.get(k)) is not None and e.kind != "State"
                        for k in draft.participants):
            # "Делегация МЧС Казахстана посетила Узбекистан": a body visits its counterpart, the body met within the
            # visit where one is named, else the emergency body of the state visited.
            met = [k for d in kept if d.parent == draft.id for k in d.participants
                   if k != home and gazetteer.state_of(k) == home]
            counterpart = gazetteer.agency_of(home, "emergency")
            host = counterpart.key if counterpart and (counterpart.key in met or not met) else met[0] if met else home
            draft.participants = list(dict.fromkeys(host if k == home else k for k in draft.participants))
        represented = {gazetteer.state_of(k) for k in draft.participants
                       if (e := gazetteer.get(k)) is not None and e.kind == "Agency"} | {
            state for k in draft.participants if k.startswith("new:") and not LOCAL_GOVERNMENT_KEY.match(k)
            and (state := _state_of_side(gazetteer, k, new_states))}
        # "делегации Беларуси, Казахстана, Кыргызстана, России и Таджикистана": states listed as taking part stay
        # beside their agencies.
        told = set(draft.evidence)
        states = [o for o in (actors or []) if o.sentence in told and o.kind == "State"]  # (named in its sentences)
        keys_of: dict[int, set[str]] = {}  # the states each sentence names
        for o in states:
            if not o.nested:
                keys_of.setdefault(o.sentence, set()).add(o.key)
        listed = {key for keys in keys_of.values() if len(keys) >= 3 for key in keys}
        # ("посол Турции в Узбекистане", "the Turkish Ambassador": an ambassador acts for the state itself)
        envoys = {o.key for o in states if any(parsed.tokens[k].lemma in _words("envoy_words")
                                               for k in (o.first - 1, o.first - 2, o.last + 1)
                                               if 0 <= k < len(parsed.tokens))}
        # ("переговоры Президента Республики Таджикистан и Президента Туркменистана": the heads of the states)
        envoys |= {o.key for o in states if not o.nested and o.first > 0 and (
            parsed.tokens[o.first - 1].lemma in _words("head_of_state_words")
            or parsed.tokens[o.first - 1].norm in _words("head_of_state_words"))}
        # ("Россия направила гуманитарную помощь": the state itself acting; "спасатели России и Казахстана" name the
        # emergency body of each, ANNOTATION.md)
        acting = {o.key for o in states if not o.nested and (_subject_state(parsed, o, gazetteer.morph)
                                                             or _recipient_state(parsed, o, gazetteer.morph))}
        # ("Помощь отправлена по поручению Президента Российской Федерации", "on the instructions of Russian President
        # Vladimir Putin": the state acts through its head)
        acting |= {o.key for o in states if _ordered_by(parsed.tokens, o, 0)}
        # ("the 11th OTS summit hosted by Kyrgyzstan": a state named as the host takes part as itself)
        hosting = {draft.host} if draft.host and (e := gazetteer.get(draft.host)) is not None and e.kind == "State" \
            else set()
        draft.participants = list(dict.fromkeys([*draft.participants, *hosting]))
        draft.participants = [k for k in draft.participants
                              if k not in represented or k in listed or k in envoys or k in acting or k in hosting]
        evidence = tuple(Evidence(parsed.sentences[i].start, parsed.sentences[i].end, parsed.sentences[i].text)
                         for i in dict.fromkeys(draft.evidence))
        records.append(EventRecord(
            id=draft.id, kind=draft.kind, start=draft.start, end=draft.end, evidence=evidence, place=draft.place,
            participants=tuple(draft.participants), host=draft.host,
            parent=draft.parent if draft.parent in kept_ids and not _after_its_frame(draft, by_id.get(draft.parent))
            else None, label=draft.label,
            topics=topics if draft.parent is None else (), confidence=draft.confidence,
        ))
    return records


def said_on(tokens, mention: DateMention, lo: int, saying: PhraseSet) -> bool:
    """A day told right after a word of `saying` ("the ministry said on Friday", "сообщили во вторник")."""
    k = bisect_left(tokens, mention.start, key=lambda t: t.start)
    j = k - 1
    while j > lo and tokens[j].norm in ("on", "в", "во", "this", "last"):
        j -= 1
    # ("told TASS on Friday", "сообщили журналистам во вторник": the one told stands between)
    told = j
    while told > lo and told > j - 2 and (tokens[told].is_capitalized and tokens[told].is_word
                                         or tokens[told].lemma in ("reporters", "journalists", "журналист")):
        told -= 1
    # (not "said on Friday after talks with …": the day of the talks the words came right after)
    return j >= lo and not _followed_by_after(tokens, mention) \
        and any(m.last in (j, told) for m in saying.find(tokens, max(lo, told - 1), j + 1))
