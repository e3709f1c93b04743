"""Agreements: kind, signing date, parties, the event where signed, and ratification steps."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.actors import Occurrence
from kg.extract.dates import DateMention
from kg.extract.events import Draft
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import Parsed
from kg.extract.phrases import PhraseSet, load_patterns
from kg.records import AgreementRecord, Evidence, Ratification


@dataclass
class _Agreement:
    id: str
    kind: str
    date: str | None = None
    parties: list[str] = field(default_factory=list)
    signed_at: str | None = None
    ratifications: list[Ratification] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    signed: bool = False


class AgreementFinder:
    def __init__(self, gazetteer: Gazetteer):
        spec = load_patterns("agreements")
        self.gazetteer = gazetteer
        self.kinds = PhraseSet((kind, p) for kind, phrases in spec["kinds"].items() for p in phrases)
        self.signing = PhraseSet.of(spec["signing"])
        self.ratification = PhraseSet.of(spec["ratification"])
        self.planned = PhraseSet.of(spec["planned"])

    def find(self, parsed: Parsed, actors: list[Occurrence], dates: list[DateMention], events: list[Draft],
             event_sentences: dict[int, Draft]) -> list[AgreementRecord]:
        tokens = parsed.tokens
        found: list[_Agreement] = []
        for sentence in parsed.sentences:
            lo, hi = parsed.bounds[sentence.index]
            if lo >= hi:
                continue
            kinds = self.kinds.find(tokens, lo, hi)
            if not kinds:
                continue
            signed = self.signing.any_in(tokens, lo, hi)
            ratified = self.ratification.any_in(tokens, lo, hi)
            if not (signed or ratified) or (self.planned.any_in(tokens, lo, hi) and not ratified):
                continue
            s_actors = [o for o in actors if o.sentence == sentence.index and not o.nested]
            s_dates = [d for d in dates if sentence.start <= d.start < sentence.end and len(d.start_date) >= 7]
            kind = kinds[0].label
            parties = self._parties(kind, s_actors)
            if kind == "Agreement" and parties and all(self.gazetteer.get(p) and self.gazetteer.get(p).kind == "State"
                                                       for p in parties if not p.startswith("new:")):
                kind = "IntergovernmentalAgreement"
            agreement = self._merge(found, kind, parties)
            agreement.sentences.append(sentence.index)
            event = event_sentences.get(sentence.index)
            if ratified:
                by = next((o.key for o in s_actors if self._legislature(o.key)), None) or \
                    next((o.key for o in s_actors if o.kind == "State"), None)
                if by is not None:
                    when = s_dates[0].start_date if s_dates else None
                    agreement.ratifications.append(Ratification(by, _evidence(parsed, sentence.index), when))
            else:
                agreement.signed = True
                if s_dates and agreement.date is None:
                    agreement.date = s_dates[0].start_date
                if event is not None and agreement.signed_at is None:
                    agreement.signed_at = event.id
            for key in parties:
                if key not in agreement.parties:
                    agreement.parties.append(key)
        by_id = {e.id: e for e in events}
        records = []
        for agreement in found:
            event = by_id.get(agreement.signed_at) if agreement.signed_at else None
            if event is not None:
                agreement.date = agreement.date or event.start
                if not agreement.parties:
                    agreement.parties = list(event.participants)
            records.append(AgreementRecord(
                id=agreement.id, kind=agreement.kind, date=agreement.date, parties=tuple(agreement.parties),
                signed_at=agreement.signed_at, ratifications=tuple(agreement.ratifications),
                evidence=tuple(_evidence(parsed, i) for i in dict.fromkeys(agreement.sentences)), confidence=0.8,
            ))
        return records

    def _legislature(self, key: str) -> bool:
        entry = self.gazetteer.get(key)
        return bool(entry and entry.sector == "legislature")

    def _parties(self, kind: str, actors: list[Occurrence]) -> list[str]:
        keys = [o.key for o in actors if not self._legislature(o.key)]
        if kind in ("IntergovernmentalAgreement", "Agreement"):
            states = [k for k in keys if self.gazetteer.get(k) and self.gazetteer.get(k).kind == "State"]
            if kind == "IntergovernmentalAgreement" and states:
                return list(dict.fromkeys(states))
        return list(dict.fromkeys(keys))

    @staticmethod
    def _merge(found: list[_Agreement], kind: str, parties: list[str]) -> _Agreement:
        for agreement in found:
            same_kind = agreement.kind == kind or {agreement.kind, kind} == {"Agreement", "IntergovernmentalAgreement"}
            if same_kind and (not parties or not agreement.parties or set(parties) & set(agreement.parties)):
                if kind == "IntergovernmentalAgreement":
                    agreement.kind = kind
                return agreement
        agreement = _Agreement(id=f"a{len(found) + 1}", kind=kind)
        found.append(agreement)
        return agreement


def _evidence(parsed: Parsed, index: int) -> Evidence:
    sentence = parsed.sentences[index]
    return Evidence(sentence.start, sentence.end, sentence.text)
