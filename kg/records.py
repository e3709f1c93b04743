"""Frozen records passed between the stages: sources → extract → link → rdf."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Document:
    """A cleaned source document; evidence offsets point into `text`."""

    id: str
    source: str
    text: str
    lang: str
    content_hash: str
    format: str
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    url: str | None = None
    source_year: int | None = None  # the year the file name or URL carries, for a text that names no year


@dataclass(frozen=True)
class Evidence:
    """A sentence of the cleaned text that supports a statement."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text: a reference key, or a new actor found by NER."""

    key: str
    label: str
    kind: str
    evidence: Evidence
    confidence: float = 1.0
    is_new: bool = False
    state: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    key: str
    label: str
    evidence: Evidence
    country: str | None = None
    is_new: bool = False


@dataclass(frozen=True)
class PersonRecord:
    """An official named with a post; `affiliation` is an actor key."""

    name: str
    evidence: Evidence
    post: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class EventRecord:
    """A cooperation event; dates are ISO strings, possibly partial ('2024-08', '2024')."""

    id: str
    kind: str
    start: str | None
    evidence: tuple[Evidence, ...]
    end: str | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    host: str | None = None
    parent: str | None = None
    label: str | None = None
    topics: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class Ratification:
    """A ratification step; `by` is None when the text does not say which body ratified."""

    by: str | None
    evidence: Evidence
    date: str | None = None


@dataclass(frozen=True)
class AgreementRecord:
    id: str
    kind: str
    evidence: tuple[Evidence, ...]
    date: str | None = None
    parties: tuple[str, ...] = ()
    signed_at: str | None = None
    ratifications: tuple[Ratification, ...] = ()
    label: str | None = None
    topics: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class Extraction:
    """Everything read out of one document."""

    document: Document
    status: str = "extracted"
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    persons: tuple[PersonRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    agreements: tuple[AgreementRecord, ...] = ()
    notes: tuple[str, ...] = field(default=())
