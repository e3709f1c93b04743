"""Namespaces, deterministic IRIs, and the mapping of extraction records onto the ontology as quads."""

from __future__ import annotations

import re

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from kg.records import Evidence, Extraction
from kg.text import short_hash, slugify

ECR = "https://w3id.org/ecr/ontology#"
ECRR = "https://w3id.org/ecr/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"

PREFIXES = {
    "ecr": ECR, "ecrr": ECRR, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS,
    "prov": PROV, "dcterms": DCTERMS, "schema": SCHEMA,
}

ONTOLOGY_GRAPH = NamedNode(ECRR + "graph/ontology")
REFERENCE_GRAPH = NamedNode(ECRR + "graph/reference")
DERIVED_GRAPH = NamedNode(ECRR + "graph/derived")
DOC_PREFIX = ECRR + "doc/"

EVENT_KINDS = ("Forum", "Meeting", "Exercise", "Training", "Visit", "AidDelivery")
AGREEMENT_KINDS = ("Protocol", "Memorandum", "IntergovernmentalAgreement", "Agreement", "Plan")


def ecr(name: str) -> NamedNode:
    return NamedNode(ECR + name)


def res(path: str) -> NamedNode:
    return NamedNode(ECRR + path)


A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
DERIVED = NamedNode(PROV + "wasDerivedFrom")


def bind(query: str, **terms) -> str:
    """Put RDF terms in place of `$name` in a query, written by pyoxigraph so that they are always escaped."""
    def term(match):
        name = match.group(1)
        if name not in terms:
            return match.group(0)
        return str(terms[name])

    return re.sub(r"\$([A-Za-z_][A-Za-z0-9_]*)", term, query)


def actor_iri(key: str) -> NamedNode:
    """'MCHS-KZ' → ecrr:actor/mchs-kz; a new actor 'new:...' → ecrr:actor/new/..."""
    if key.startswith("new:"):
        return res("actor/new/" + key[4:])
    return res("actor/" + key.lower())


def key_of(iri: str) -> str:
    """The actor or place key back from its IRI (upper case for reference actors)."""
    tail = iri.rsplit("/", 2)
    if "/actor/new/" in iri:
        return "new:" + tail[-1]
    if "/actor/" in iri:
        return tail[-1].upper()
    return tail[-1]


def place_iri(key: str) -> NamedNode:
    return res("place/" + key.removeprefix("new:"))


def doc_iri(doc_id: str) -> NamedNode:
    return NamedNode(DOC_PREFIX + doc_id)


def person_iri(name: str) -> NamedNode:
    return res("person/" + slugify(name))


def concept_iri(scheme: str, slug: str) -> NamedNode:
    return res(f"concept/{scheme}/{slug}")


def event_type_slug(kind: str) -> str:
    return "aid-delivery" if kind == "AidDelivery" else kind.lower()


def agreement_type_slug(kind: str) -> str:
    return "intergovernmental-agreement" if kind == "IntergovernmentalAgreement" else kind.lower()


def event_iri(kind: str, start: str | None, place: str | None, participants: tuple[str, ...]) -> NamedNode:
    """An event is named by its kind, start date, place and sorted participants."""
    digest = short_hash(*sorted(participants), length=8)
    where = (place or "unknown").removeprefix("new:")
    return res(f"event/{event_type_slug(kind)}/{start or 'undated'}/{where}/{digest}")


def agreement_iri(kind: str, when: str | None, parties: tuple[str, ...], label: str | None = None) -> NamedNode:
    digest = short_hash(*sorted(parties), length=8)
    return res(f"agreement/{agreement_type_slug(kind)}/{when or 'undated'}/{digest}")


def date_literal(value: str) -> Literal:
    """ISO date, year-month or year as xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(value)]
    return Literal(value, datatype=NamedNode(XSD + datatype))


def _decimal(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=NamedNode(XSD + "decimal"))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


class _Quads:
    """Collects the quads of one document graph without duplicates, in insertion order."""

    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.items: dict[Quad, None] = {}

    def add(self, s, p, o) -> None:
        self.items[Quad(s, p, o, self.graph)] = None

    def evidence(self, node: NamedNode, doc: NamedNode, doc_id: str, ev: Evidence) -> None:
        iri = res(f"evidence/{doc_id}/{ev.start}-{ev.end}")
        self.add(node, ecr("evidence"), iri)
        self.add(iri, A, ecr("Evidence"))
        self.add(iri, ecr("quote"), Literal(ev.quote))
        self.add(iri, ecr("startOffset"), _integer(ev.start))
        self.add(iri, ecr("endOffset"), _integer(ev.end))
        self.add(iri, DERIVED, doc)


def to_quads(extraction: Extraction, event_iris: dict[str, NamedNode] | None = None) -> list[Quad]:
    """Every statement of one extraction, in the named graph of its document.

    `event_iris` maps the local event ids to the IRIs chosen by the link stage (cross-document
    deduplication); events not in it get their content-derived IRI.
    """
    document = extraction.document
    doc = doc_iri(document.id)
    lang = document.lang if document.lang in ("ru", "en", "kk") else None
    q = _Quads(doc)

    def text(value: str) -> Literal:
        return Literal(value, language=lang) if lang else Literal(value)

    q.add(doc, A, ecr("SourceDocument"))
    if document.title:
        q.add(doc, NamedNode(DCTERMS + "title"), text(document.title))
    if document.published:
        q.add(doc, NamedNode(DCTERMS + "issued"), date_literal(document.published.isoformat()))
    if document.publisher:
        q.add(doc, NamedNode(DCTERMS + "publisher"), Literal(document.publisher))
    if document.url:
        q.add(doc, NamedNode(SCHEMA + "url"), NamedNode(document.url))
    q.add(doc, NamedNode(DCTERMS + "source"), Literal(document.source))
    q.add(doc, NamedNode(DCTERMS + "language"), Literal(document.lang))
    q.add(doc, NamedNode(DCTERMS + "format"), Literal(document.format))
    q.add(doc, ecr("contentHash"), Literal(document.content_hash))
    q.add(doc, ecr("extractionStatus"), Literal(extraction.status))
    q.add(doc, ecr("text"), Literal(document.text))

    for mention in extraction.actors:
        node = actor_iri(mention.key)
        q.add(doc, ecr("mentions"), node)
        q.evidence(node, doc, document.id, mention.evidence)
        if mention.is_new:
            q.add(node, A, ecr(mention.kind))
            q.add(node, LABEL, text(mention.label))
            q.add(node, ecr("confidence"), _decimal(mention.confidence))
            q.add(node, DERIVED, doc)
            if mention.state:
                q.add(node, ecr("jurisdiction"), actor_iri(mention.state))

    for place in extraction.places:
        node = place_iri(place.key)
        q.add(doc, ecr("mentions"), node)
        if place.is_new:
            q.add(node, A, ecr("Place"))
            q.add(node, LABEL, text(place.label))
            q.add(node, DERIVED, doc)
            if place.country:
                q.add(node, ecr("country"), actor_iri(place.country))

    # A post is shown on the day of publication; an undated page shows it on the day of its first full-dated event.
    mentioned_on = document.published.isoformat() if document.published else next(
        (e.start for e in extraction.events if e.start and len(e.start) == 10), None)
    for person in extraction.persons:
        node = person_iri(person.name)
        q.add(node, A, ecr("Person"))
        q.add(node, LABEL, text(person.name))
        q.add(node, DERIVED, doc)
        q.add(doc, ecr("mentions"), node)
        q.evidence(node, doc, document.id, person.evidence)
        if person.affiliation:
            q.add(node, ecr("affiliation"), actor_iri(person.affiliation))
        if person.post:
            holding = res(f"post/{slugify(person.name)}/{short_hash(person.post.lower(), person.affiliation or '', length=8)}")
            q.add(node, ecr("holds"), holding)
            q.add(holding, A, ecr("PostHolding"))
            q.add(holding, ecr("role"), text(person.post))
            q.add(holding, DERIVED, doc)
            if person.affiliation:
                q.add(holding, ecr("affiliation"), actor_iri(person.affiliation))
            if mentioned_on:
                q.add(holding, ecr("mentionDate"), date_literal(mentioned_on))

    iris = dict(event_iris or {})
    for event in extraction.events:
        iris.setdefault(event.id, event_iri(event.kind, event.start, event.place, event.participants))
    for event in extraction.events:
        node = iris[event.id]
        q.add(node, A, ecr(event.kind))
        q.add(node, ecr("eventType"), concept_iri("event-type", event_type_slug(event.kind)))
        if event.label:
            q.add(node, LABEL, text(event.label))
        if event.start:
            q.add(node, ecr("startDate"), date_literal(event.start))
        if event.end:
            q.add(node, ecr("endDate"), date_literal(event.end))
        if event.place:
            q.add(node, ecr("location"), place_iri(event.place))
        for key in event.participants:
            q.add(node, ecr("participant"), actor_iri(key))
        if event.host:
            q.add(node, ecr("host"), actor_iri(event.host))
            q.add(node, ecr("participant"), actor_iri(event.host))
        if event.parent and event.parent in iris:
            q.add(node, ecr("subEventOf"), iris[event.parent])
        for topic in event.topics:
            q.add(node, ecr("topic"), concept_iri("topic", topic))
        q.add(node, ecr("confidence"), _decimal(event.confidence))
        q.add(node, DERIVED, doc)
        q.add(doc, ecr("mentions"), node)
        for ev in event.evidence:
            q.evidence(node, doc, document.id, ev)

    for agreement in extraction.agreements:
        node = agreement_iri(agreement.kind, agreement.date, agreement.parties)
        q.add(node, A, ecr(agreement.kind))
        q.add(node, ecr("agreementType"), concept_iri("agreement-type", agreement_type_slug(agreement.kind)))
        if agreement.label:
            q.add(node, LABEL, text(agreement.label))
        if agreement.date:
            q.add(node, ecr("signedDate"), date_literal(agreement.date))
        for key in agreement.parties:
            q.add(node, ecr("party"), actor_iri(key))
        if agreement.signed_at and agreement.signed_at in iris:
            q.add(node, ecr("signedAt"), iris[agreement.signed_at])
        for topic in agreement.topics:
            q.add(node, ecr("topic"), concept_iri("topic", topic))
        for step in agreement.ratifications:
            by = step.by.lower() if step.by else "unknown"
            step_node = res(f"ratification/{node.value.rsplit('/', 1)[-1]}/{by}/{step.date or 'undated'}")
            q.add(node, ecr("ratification"), step_node)
            q.add(step_node, A, ecr("Ratification"))
            if step.by:
                q.add(step_node, ecr("ratifiedBy"), actor_iri(step.by))
            if step.date:
                q.add(step_node, ecr("ratificationDate"), date_literal(step.date))
            q.add(step_node, DERIVED, doc)
            q.evidence(step_node, doc, document.id, step.evidence)
        q.add(node, ecr("confidence"), _decimal(agreement.confidence))
        q.add(node, DERIVED, doc)
        q.add(doc, ecr("mentions"), node)
        for ev in agreement.evidence:
            q.evidence(node, doc, document.id, ev)
    return list(q.items)


__all__ = [
    "ECR", "ECRR", "PREFIXES", "ONTOLOGY_GRAPH", "REFERENCE_GRAPH", "EVENT_KINDS", "AGREEMENT_KINDS",
    "actor_iri", "place_iri", "doc_iri", "event_iri", "agreement_iri", "date_literal", "to_quads", "key_of",
    "DefaultGraph",
]
