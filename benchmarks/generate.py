"""A synthetic graph in our ontology, as N-Quads: N events with participants, places, topics, documents and
evidence, plus agreements with ratifications and officials with posts — about 19 triples per event.

It draws on the real reference data (states, agencies, organizations, places, topics), so the catalog's default
parameters find something, and it has what the corpus has: one named graph per document, events reported by
two documents (their triples appear in both graphs), meetings held within forums, undated and unplaced events.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import paths
from kg.rdf import DCTERMS, ECR, ECRR, ONTOLOGY_GRAPH, PROV, RDF, RDFS, REFERENCE_GRAPH, XSD

KINDS = ("Forum", "Meeting", "Exercise", "Training", "Visit", "AidDelivery")
KIND_SLUGS = {"AidDelivery": "aid-delivery"}
AGREEMENT_KINDS = (("Memorandum", "memorandum"), ("IntergovernmentalAgreement", "intergovernmental-agreement"),
                   ("Protocol", "protocol"), ("Plan", "plan"), ("Agreement", "agreement"))
POSTS = ("министр", "заместитель министра", "председатель комитета", "директор департамента", "посол")


@dataclass(frozen=True)
class Reference:
    states: list[str]
    agencies: list[tuple[str, str]]     # (agency, its state)
    organizations: list[str]
    places: list[str]
    topics: list[str]


@dataclass(frozen=True)
class Sample:
    """Nodes the benchmark passes to queries that need one: a forum with meetings within it, an agreement, and a
    participant of the forum."""

    forum: str
    agreement: str
    participant: str


def reference_quads() -> list[ox.Quad]:
    """The ontology and the reference data in their graphs, as `kg ingest` loads them."""
    quads = [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
             for t in ox.parse(path=str(paths.ontology_file()), format=ox.RdfFormat.TURTLE)]
    for path in paths.reference_files():
        quads += [ox.Quad(t.subject, t.predicate, t.object, REFERENCE_GRAPH)
                  for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    return quads


def read_reference(quads: list[ox.Quad]) -> Reference:
    store = ox.Store()
    store.extend(quads)

    def column(query: str, *names: str) -> list:
        rows = store.query("PREFIX ecr: <%s> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> %s" % (ECR, query),
                           use_default_graph_as_union=True)
        return sorted(tuple(r[n].value for n in names) if len(names) > 1 else r[names[0]].value for r in rows)

    return Reference(
        states=column("SELECT ?s { ?s a ecr:State }", "s"),
        agencies=column("SELECT ?a ?s { ?a a ecr:Agency ; ecr:jurisdiction ?s }", "a", "s"),
        organizations=column("SELECT ?o { ?o a ecr:InternationalOrganization }", "o"),
        places=column("SELECT ?p { ?p a ecr:Place ; ecr:country ?c }", "p"),
        topics=column("SELECT ?t { ?t skos:broader ?b }", "t"),
    )


def _iri(value: str) -> str:
    return f"<{value}>"


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    term = ox.Literal(value, datatype=ox.NamedNode(XSD + datatype)) if datatype else ox.Literal(value, language=lang)
    return str(term)


class _Writer:
    def __init__(self, out):
        self.out = out
        self.count = 0

    def quad(self, s: str, p: str, o: str, g: str) -> None:
        self.out.write(f"{s} {p} {o} {g} .\n")
        self.count += 1


def generate(events: int, out_path: Path, seed: int = 7) -> tuple[int, Sample]:
    """Write the reference data and a synthetic graph of `events` events as N-Quads; return (quads, sample)."""
    rng = random.Random(seed)
    base = reference_quads()
    ref = read_reference(base)
    actors = ref.states * 3 + [a for a, _ in ref.agencies] * 2 + ref.organizations
    p = {name: _iri(ECR + name) for name in (
        "eventType", "startDate", "location", "participant", "topic", "confidence", "evidence", "quote",
        "startOffset", "endOffset", "mentions", "subEventOf", "party", "signedDate", "signedAt", "agreementType",
        "ratification", "ratifiedBy", "ratificationDate", "holds", "role", "affiliation", "firstMention",
        "lastMention")}
    a, label, derived = _iri(RDF + "type"), _iri(RDFS + "label"), _iri(PROV + "wasDerivedFrom")
    issued, title = _iri(DCTERMS + "issued"), _iri(DCTERMS + "title")
    forums: list[str] = []
    participants: dict[str, list[str]] = {}
    meetings: dict[str, int] = {}
    sample_agreement = None
    with out_path.open("w", encoding="utf-8") as out:
        w = _Writer(out)
        for quad in base:
            out.write(f"{quad} .\n")
            w.count += 1
        for i in range(events):
            year = 2000 + rng.randrange(26)
            date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            kind = rng.choice(KINDS)
            slug = KIND_SLUGS.get(kind, kind.lower())
            event = _iri(f"{ECRR}event/{slug}/{date}/synthetic/{i:07d}")
            parties = rng.sample(actors, rng.randrange(2, 5))
            parent = forums[-1 - rng.randrange(min(len(forums), 20))] if forums and kind == "Meeting" and \
                rng.random() < 0.4 else None
            lang = rng.choice(("ru", "en", "kk"))
            graphs = [_iri(f"{ECRR}doc/synthetic-{i:07d}")]
            if rng.random() < 0.05:   # reported by a second document: its triples are in both graphs
                graphs.append(_iri(f"{ECRR}doc/synthetic-{i:07d}-b"))
            for n, g in enumerate(graphs):
                doc = g
                w.quad(doc, a, _iri(ECR + "SourceDocument"), g)
                w.quad(doc, issued, _lit(date, "date"), g)
                w.quad(doc, title, _lit(f"Синтетическое сообщение {i} {n}", lang="ru"), g)
                w.quad(doc, p["mentions"], event, g)
                w.quad(event, a, _iri(ECR + kind), g)
                w.quad(event, p["eventType"], _iri(f"{ECRR}concept/event-type/{slug}"), g)
                w.quad(event, label, _lit(f"{kind} {i}", lang=lang), g)
                if rng.random() < 0.9:
                    w.quad(event, p["startDate"], _lit(date, "date") if rng.random() < 0.9 else _lit(str(year), "gYear"), g)
                if rng.random() < 0.85:
                    w.quad(event, p["location"], _iri(rng.choice(ref.places)), g)
                for actor in parties:
                    w.quad(event, p["participant"], _iri(actor), g)
                w.quad(event, p["topic"], _iri(rng.choice(ref.topics)), g)
                w.quad(event, p["confidence"], _lit("0.80", "decimal"), g)
                w.quad(event, derived, doc, g)
                if parent:
                    w.quad(event, p["subEventOf"], parent, g)
                evidence = _iri(f"{ECRR}evidence/synthetic-{i:07d}-{n}/0-80")
                w.quad(event, p["evidence"], evidence, g)
                w.quad(evidence, p["quote"], _lit(f"Предложение о событии {i}."), g)
                w.quad(evidence, derived, doc, g)
            if kind == "Forum":
                forums.append(event)
                participants[event] = parties
            if parent:
                meetings[parent] = meetings.get(parent, 0) + 1
            if rng.random() < 0.08:
                agreement = _write_agreement(w, rng, p, i, date, event, parties, ref, graphs[0])
                if sample_agreement is None:
                    sample_agreement = agreement
            if rng.random() < 0.05:
                _write_official(w, rng, p, i, date, ref, graphs[0])
    # The forum with the most meetings within it (the first of them), for the queries that need an event.
    forum = max(forums, key=lambda f: meetings.get(f, 0))
    return w.count, Sample(forum.strip("<>"), (sample_agreement or "").strip("<>"), participants[forum][0])


def _write_agreement(w: _Writer, rng: random.Random, p: dict, i: int, date: str, event: str, parties: list[str],
                     ref: Reference, g: str) -> str:
    kind, slug = rng.choice(AGREEMENT_KINDS)
    agreement = _iri(f"{ECRR}agreement/{slug}/{date}/synthetic-{i:07d}")
    w.quad(agreement, _iri(RDF + "type"), _iri(ECR + kind), g)
    w.quad(agreement, p["agreementType"], _iri(f"{ECRR}concept/agreement-type/{slug}"), g)
    w.quad(agreement, p["signedDate"], _lit(date, "date"), g)
    w.quad(agreement, p["signedAt"], event, g)
    w.quad(agreement, _iri(RDFS + "label"), _lit(f"{kind} {i}", lang="ru"), g)
    w.quad(agreement, _iri(PROV + "wasDerivedFrom"), g, g)
    signers = parties[:2] if slug != "intergovernmental-agreement" else rng.sample(ref.states, 2)
    for party in signers:
        w.quad(agreement, p["party"], _iri(party), g)
    if slug == "intergovernmental-agreement" and rng.random() < 0.5:
        step = _iri(f"{ECRR}ratification/synthetic-{i:07d}")
        w.quad(agreement, p["ratification"], step, g)
        w.quad(step, _iri(RDF + "type"), _iri(ECR + "Ratification"), g)
        w.quad(step, p["ratifiedBy"], _iri(signers[0]), g)
    return agreement


def _write_official(w: _Writer, rng: random.Random, p: dict, i: int, date: str, ref: Reference, g: str) -> None:
    agency, _ = rng.choice(ref.agencies)
    person = _iri(f"{ECRR}person/synthetic-{rng.randrange(2000)}")
    holding = _iri(f"{ECRR}post/synthetic-{person[-6:-1]}/{agency.rsplit('/', 1)[-1]}")
    w.quad(person, _iri(RDF + "type"), _iri(ECR + "Person"), g)
    w.quad(person, _iri(RDFS + "label"), _lit(f"Официальное лицо {person[-6:-1]}", lang="ru"), g)
    w.quad(person, p["holds"], holding, g)
    w.quad(holding, p["role"], _lit(rng.choice(POSTS), lang="ru"), g)
    w.quad(holding, p["affiliation"], _iri(agency), g)
    w.quad(holding, p["firstMention"], _lit(date, "date"), g)
    w.quad(holding, p["lastMention"], _lit(date, "date"), g)
