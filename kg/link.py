"""Cross-document linking: an event already reported by another document keeps its one IRI."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg.rdf import ECR, bind, actor_iri, doc_iri, event_iri, place_iri
from kg.records import EventRecord, Extraction

_CANDIDATES = """
PREFIX ecr: <https://w3id.org/ecr/ontology#>
SELECT ?event ?g ?start ?end ?place (GROUP_CONCAT(DISTINCT STR(?who); separator=" ") AS ?who)
WHERE {
  GRAPH ?g {
    ?event a $kind ; ecr:startDate ?start .
    OPTIONAL { ?event ecr:endDate ?end }
    OPTIONAL { ?event ecr:location ?place }
    OPTIONAL { ?event ecr:participant ?who }
  }
  FILTER (?g != $self && STRSTARTS(STR(?start), $year))
}
GROUP BY ?event ?g ?start ?end ?place
ORDER BY ?event
"""


def _overlap(a_start: str, a_end: str | None, b_start: str, b_end: str | None) -> bool:
    # Partial dates ('2024-08') cover every day they begin.
    a_hi, b_hi = a_end or a_start, b_end or b_start
    lo = max(a_start, b_start)
    hi = min(a_hi + "~", b_hi + "~")
    return lo <= hi


def same_event(event: EventRecord, start: str, end: str | None, place: str | None, participants: set[str]) -> bool:
    """Same kind (checked by the caller), overlapping dates, and the same place or the same parties."""
    if not event.start or not _overlap(event.start, event.end, start, end):
        return False
    ours = {actor_iri(k).value for k in event.participants}
    shared = len(ours & participants)
    if event.kind == "Meeting":
        # Two sides met: the same meeting when both sides agree, or one report names a subset of the other's.
        return shared >= 2 or (shared >= 1 and (ours <= participants or participants <= ours))
    if event.place and place and place_iri(event.place).value == place:
        return True
    return shared >= 2 or (bool(ours) and ours == participants)


def link_events(extraction: Extraction, store) -> dict[str, NamedNode]:
    """Map each event of the extraction to the IRI of the same event in another document, or its own."""
    iris: dict[str, NamedNode] = {}
    own = doc_iri(extraction.document.id)
    taken: set[str] = set()
    for event in extraction.events:
        iri = event_iri(event.kind, event.start, event.place, event.participants)
        if event.start:
            rows = store.select(bind(_CANDIDATES, kind=NamedNode(ECR + event.kind), self=own,
                                     year=Literal(event.start[:4])))
            for row in rows:
                candidate = row["event"].value
                if candidate in taken:
                    continue
                end = row["end"].value if row["end"] is not None else None
                place = row["place"].value if row["place"] is not None else None
                who = set(row["who"].value.split()) if row["who"] is not None else set()
                if same_event(event, row["start"].value, end, place, who):
                    iri = NamedNode(candidate)
                    break
        taken.add(iri.value)
        iris[event.id] = iri
    return iris

