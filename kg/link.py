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


_PLACES = """
PREFIX ecr: <https://w3id.org/ecr/ontology#>
SELECT DISTINCT ?place ?region WHERE { ?place ecr:locatedIn ?region }
"""


_JURISDICTIONS = """
PREFIX ecr: <https://w3id.org/ecr/ontology#>
SELECT DISTINCT ?body ?state WHERE { ?body ecr:jurisdiction ?state }
"""


_ORGANIZATIONS = """
PREFIX ecr: <https://w3id.org/ecr/ontology#>
SELECT DISTINCT ?org WHERE { ?org a ecr:InternationalOrganization }
"""


def _places_apart(a: str | None, b: str | None, regions: dict[str, set[str]]) -> bool:
    """Two places named, neither lying in the other nor in the same region: reports of two different events.
    (Bosteri and Cholpon-Ata, two villages on the same shore of Issyk-Kul, may name one forum.)"""
    if not a or not b or a == b:
        return False
    around_a, around_b = regions.get(a, set()), regions.get(b, set())
    return b not in around_a and a not in around_b and not (around_a & around_b)


def same_event(event: EventRecord, start: str, end: str | None, place: str | None, participants: set[str],
               regions: dict[str, set[str]] | None = None, organizations: set[str] | None = None,
               states: dict[str, str] | None = None) -> int:
    """How well a stored event matches: 0 for another event, else higher for closer agreement.

    Same kind (checked by the caller), overlapping dates, no two different places, and the same place or the same
    parties; a meeting needs its two sides to agree.
    """
    if not event.start or not _overlap(event.start, event.end, start, end):
        return 0
    ours_place = place_iri(event.place).value if event.place else None
    ours = {actor_iri(k).value for k in event.participants}
    shared = len(ours & participants)
    same_day = len(event.start) == len(start) == 10 and event.start == start
    # the sides as states ("the Ministry of Emergency Situations of Kyrgyzstan" in one report, "Kyrgyzstan" in another)
    sides = ({states.get(k, k) for k in ours}, {states.get(k, k) for k in participants}) if states is not None \
        else (set(), set())
    if same_day and event.kind == "AidDelivery" and len(sides[0]) >= 2 and sides[0] == sides[1]:
        # aid assembled in Termez and handed over in Hairatan: one delivery, told from either side of the border
        return 1 + shared + same_day
    if _places_apart(ours_place, place, regions or {}):
        return 0
    score = 1 + shared + (ours_place is not None and ours_place == place) + same_day
    if event.kind == "Meeting":
        # Two sides met: the same meeting when both sides agree, or one report names a subset of the other's, or, on
        # the same day, the same states met (a ministry in one report, its state in the other).
        ok = shared >= 2 or (shared >= 1 and (ours <= participants or participants <= ours)) \
            or (same_day and len(sides[0]) >= 2 and sides[0] == sides[1])
        return score if ok else 0
    if organizations is not None and event.kind == "Forum":
        # Sessions of two different bodies (the CSTO council and the CIS council, both in Minsk in 2023)
        ours_orgs, theirs_orgs = ours & organizations, participants & organizations
        if ours_orgs and theirs_orgs and not ours_orgs & theirs_orgs:
            return 0
    if ours_place and place and ours_place == place:
        # The same place: the same forum; a visit, a delivery or an exercise also needs someone in common.
        return score if event.kind == "Forum" or shared >= 1 or not ours or not participants else 0
    if event.kind == "Forum" and ours_place and place and shared >= 1:
        # Two villages of one shore (Bosteri and Cholpon-Ata) on the same days, and someone in common: one forum
        return score
    if same_day and event.kind in ("AidDelivery", "Visit", "Exercise") and len(sides[0] & sides[1]) >= 2:
        # on the same day, the same two states are the same delivery, visit or exercise
        return score
    return score if shared >= 2 or (bool(ours) and ours == participants) else 0


def link_events(extraction: Extraction, store, skip: frozenset[str] = frozenset()) -> dict[str, NamedNode]:
    """Map each event of the extraction to the IRI of the same event in another document (not one of the document
    graphs in `skip`), or its own."""
    iris: dict[str, NamedNode] = {}
    own = doc_iri(extraction.document.id)
    taken: set[str] = set()
    regions: dict[str, set[str]] = {}
    for row in store.select(_PLACES):
        regions.setdefault(row["place"].value, set()).add(row["region"].value)
    organizations = {row["org"].value for row in store.select(_ORGANIZATIONS)}
    states = {row["body"].value: row["state"].value for row in store.select(_JURISDICTIONS)}
    for event in extraction.events:
        iri = event_iri(event.kind, event.start, event.place, event.participants)
        if event.start:
            rows = store.select(bind(_CANDIDATES, kind=NamedNode(ECR + event.kind), self=own,
                                     year=Literal(event.start[:4])))
            scores: dict[str, int] = {}
            for row in rows:
                candidate = row["event"].value
                if candidate in taken or row["g"].value in skip:
                    continue
                end = row["end"].value if row["end"] is not None else None
                place = row["place"].value if row["place"] is not None else None
                who = set(row["who"].value.split()) if row["who"] is not None else set()
                score = same_event(event, row["start"].value, end, place, who, regions, organizations, states)
                if score:
                    scores[candidate] = max(score, scores.get(candidate, 0))
            ranked = sorted(scores.items(), key=lambda item: -item[1])
            # The best match, unless two stored events fit equally well (then the report cannot tell which).
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                iri = NamedNode(ranked[0][0])
        taken.add(iri.value)
        iris[event.id] = iri
    return iris

