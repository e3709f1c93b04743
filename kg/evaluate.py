"""`kg eval`: the extractor against the gold annotations of the corpus, per split."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from kg import paths
from kg.errors import KgError
from kg.records import Extraction
from kg.sources import SUFFIXES, Document, SourceFailure, read_file
from kg.text import slugify


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Mean:
    total: float = 0.0
    count: int = 0

    def add(self, value: float) -> None:
        self.total += value
        self.count += 1

    @property
    def value(self) -> float:
        return self.total / self.count if self.count else 1.0


@dataclass
class SplitResult:
    documents: int = 0
    seconds: float = 0.0
    actors: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    agreements: PRF = field(default_factory=PRF)
    persons: PRF = field(default_factory=PRF)
    event_kind: Mean = field(default_factory=Mean)
    event_date: Mean = field(default_factory=Mean)
    event_place: Mean = field(default_factory=Mean)
    participants: Mean = field(default_factory=Mean)
    parties: Mean = field(default_factory=Mean)
    noise_actors: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "docs_per_second": round(self.documents / self.seconds, 1) if self.seconds else None,
            "actors": self.actors.as_dict(), "events": self.events.as_dict(),
            "event_kind_accuracy": round(self.event_kind.value, 3),
            "event_date_accuracy": round(self.event_date.value, 3),
            "event_place_accuracy": round(self.event_place.value, 3),
            "participant_set_f1": round(self.participants.value, 3),
            "agreements": self.agreements.as_dict(), "party_set_f1": round(self.parties.value, 3),
            "persons": self.persons.as_dict(), "noise_actors": self.noise_actors,
        }


def _actor_id(value) -> str:
    if isinstance(value, dict):
        return "new:" + slugify(value["new"])
    return value


def _set_f1(predicted: set, gold: set) -> float:
    if not predicted and not gold:
        return 1.0
    tp = len(predicted & gold)
    if not tp:
        return 0.0
    p, r = tp / len(predicted), tp / len(gold)
    return 2 * p * r / (p + r)


def _dates_match(predicted: str | None, gold: str | None) -> bool:
    return (predicted or None) == (gold or None)


def _match_pairs(predicted: list, gold: list, score) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by descending score (score ≤ 0 never matches)."""
    scored = sorted(((score(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for s, i, j in scored:
        if s <= 0 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, s))
    return pairs


def _event_score(p, g) -> float:
    parts = _set_f1(set(p.participants), {_actor_id(a) for a in g["participants"]})
    date_ok = _dates_match(p.start, g["start"])
    if p.kind != g["kind"] and not (date_ok and parts >= 0.5):
        return 0.0
    if not date_ok and parts < 0.5:
        return 0.0
    return (p.kind == g["kind"]) * 1.0 + date_ok * 1.0 + parts + 0.5 * (p.place == g.get("place"))


def match_events(events: list, gold_events: list) -> list[tuple[int, int, float]]:
    """Predicted and gold events paired one to one: same kind, and the same date or most participants."""
    return _match_pairs(events, gold_events, _event_score)


def score_document(extraction: Extraction, gold: dict, result: SplitResult, name: str) -> None:
    """Add one document's comparison to the split's counters."""
    predicted_actors = {a.key for a in extraction.actors}
    gold_actors = {_actor_id(a) for a in gold["actors"]}
    result.actors.add(predicted_actors, gold_actors)
    for key in sorted(predicted_actors - gold_actors):
        result.errors.append(f"{name}: extra actor {key}")
    for key in sorted(gold_actors - predicted_actors):
        result.errors.append(f"{name}: missed actor {key}")
    labels = {a.key: a.label for a in extraction.actors}
    for noise in gold.get("noise_actors", []):
        noise_slug = slugify(noise)
        for key in predicted_actors - gold_actors:
            if slugify(labels.get(key, key)) in noise_slug or noise_slug in slugify(labels.get(key, key)):
                result.noise_actors += 1
                result.errors.append(f"{name}: page-chrome actor {key} ({noise})")

    gold_persons = {slugify(p["name"]) for p in gold.get("persons", [])}
    read_persons = {slugify(p.name) for p in extraction.persons}
    result.persons.add(read_persons, gold_persons)
    for person in sorted(read_persons - gold_persons):
        result.errors.append(f"{name}: extra person {person}")
    for person in sorted(gold_persons - read_persons):
        result.errors.append(f"{name}: missed person {person}")

    events = list(extraction.events)
    gold_events = gold["events"]
    pairs = match_events(events, gold_events)
    kind_matched = [(i, j) for i, j, _ in pairs if events[i].kind == gold_events[j]["kind"]]
    result.events.tp += len(kind_matched)
    result.events.fp += len(events) - len(kind_matched)
    result.events.fn += len(gold_events) - len(kind_matched)
    matched_p = {i for i, _ in kind_matched}
    matched_g = {j for _, j in kind_matched}
    for i, j, _ in pairs:
        p, g = events[i], gold_events[j]
        result.event_kind.add(p.kind == g["kind"])
        if p.kind != g["kind"]:
            result.errors.append(f"{name}: event {g['id']} is {g['kind']}, read as {p.kind}")
            continue
        result.event_date.add(_dates_match(p.start, g["start"]) and _dates_match(p.end, g.get("end")))
        result.event_place.add(p.place == g.get("place"))
        gold_parts = {_actor_id(a) for a in g["participants"]}
        result.participants.add(_set_f1(set(p.participants), gold_parts))
        if (p.start, p.end) != (g["start"], g.get("end")):
            result.errors.append(f"{name}: event {g['id']} dates {g['start']}..{g.get('end')}, read {p.start}..{p.end}")
        if p.place != g.get("place"):
            result.errors.append(f"{name}: event {g['id']} place {g.get('place')}, read {p.place}")
        if set(p.participants) != gold_parts:
            result.errors.append(f"{name}: event {g['id']} participants {sorted(gold_parts)}, read {sorted(p.participants)}")
    for i, p in enumerate(events):
        if i not in matched_p:
            result.errors.append(f"{name}: extra {p.kind} {p.start} {p.place} {list(p.participants)}")
    for j, g in enumerate(gold_events):
        if j not in matched_g:
            result.errors.append(f"{name}: missed {g['kind']} {g['id']} {g['start']} {g.get('place')}")

    agreements = list(extraction.agreements)
    gold_agreements = gold["agreements"]
    family = {"IntergovernmentalAgreement": "Agreement"}

    def agreement_score(p, g) -> float:
        if family.get(p.kind, p.kind) != family.get(g["kind"], g["kind"]):
            return 0.0
        return 1.0 + _set_f1(set(p.parties), {_actor_id(a) for a in g["parties"]}) + (p.kind == g["kind"]) * 0.5

    pairs = _match_pairs(agreements, gold_agreements, agreement_score)
    result.agreements.tp += len(pairs)
    result.agreements.fp += len(agreements) - len(pairs)
    result.agreements.fn += len(gold_agreements) - len(pairs)
    for i, j, _ in pairs:
        gold_parties = {_actor_id(a) for a in gold_agreements[j]["parties"]}
        result.parties.add(_set_f1(set(agreements[i].parties), gold_parties))
        if set(agreements[i].parties) != gold_parties:
            result.errors.append(f"{name}: agreement parties {sorted(gold_parties)}, read {sorted(agreements[i].parties)}")
    matched = {i for i, _, _ in pairs}
    for i, a in enumerate(agreements):
        if i not in matched:
            result.errors.append(f"{name}: extra agreement {a.kind} {a.date} {list(a.parties)}")
    matched = {j for _, j, _ in pairs}
    for j, g in enumerate(gold_agreements):
        if j not in matched:
            result.errors.append(f"{name}: missed agreement {g['kind']} {g.get('date')}")


def gold_documents(folder: Path) -> list[tuple[str, Document, dict]]:
    """(name, document, gold) for every annotated document of a corpus folder."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        sources = [folder / f"{stem}{suffix}" for suffix in SUFFIXES if (folder / f"{stem}{suffix}").exists()]
        if not sources:
            raise KgError(f"gold file without a document", where=str(gold_path))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        golds = gold["lines"] if "lines" in gold else [gold]
        documents = [d for d in read_file(sources[0])]
        failures = [d for d in documents if isinstance(d, SourceFailure)]
        if failures:
            raise KgError(str(failures[0].error))
        if len(documents) != len(golds):
            raise KgError(f"{len(documents)} documents but {len(golds)} annotations", where=str(gold_path))
        for n, (document, annotation) in enumerate(zip(documents, golds), start=1):
            name = stem if len(golds) == 1 else f"{stem}:{n}"
            if document.published is None and len(annotation.get("published") or "") == 10:
                # the item's own metadata where its text carries no date: what a crawler records beside a page
                # (a jsonl record's "published"), read from the gold as `kg ingest` reads it from the record
                document = replace(document, published=date.fromisoformat(annotation["published"]))
            out.append((name, document, annotation))
    return out


def keyed_gold(gold: dict, extractor) -> dict:
    """The annotation with each new body ({"new": label, "state": ...}) under the key the extractor gives it: its
    name without the state that ends it, with that state. A body the reference has come to know since the annotation
    was written, named there in full ("Бассейновое водохозяйственное объединение «Амударья»"), is under its key."""
    def key(value):
        if isinstance(value, dict):
            lang = gold.get("lang", "ru")
            # (a gold may give a body's name in another language than the text's: "БВО Амударья" in an English item)
            known = next((k for other in dict.fromkeys((lang, "ru", "en", "kk"))
                          if (k := extractor.reference_key(value["new"], other))), None)
            return known or extractor.new_actor_key(value["new"], value.get("state"), lang)[0]
        return value

    out = dict(gold)
    out["actors"] = [key(a) for a in gold["actors"]]
    out["events"] = [{**e, "participants": [key(a) for a in e["participants"]],
                      **({"host": key(e["host"])} if e.get("host") else {})} for e in gold["events"]]
    out["agreements"] = [{**a, "parties": [key(p) for p in a.get("parties", [])]} for a in gold["agreements"]]
    out["persons"] = [{**p, **({"affiliation": key(p["affiliation"])} if p.get("affiliation") else {})}
                      for p in gold.get("persons", [])]
    return out


def evaluate_corpus(corpus: Path | None = None, splits=("dev", "test"), extractor=None) -> dict[str, SplitResult]:
    """Scores of the extractor on each split of the corpus."""
    if extractor is None:
        from kg.extract.pipeline import Extractor

        extractor = Extractor()
    corpus = corpus or paths.corpus_dir()
    results = {}
    for split in splits:
        items = gold_documents(corpus / split)
        if not items:
            raise KgError(f"no annotated documents in {corpus / split}")
        items = [(name, document, keyed_gold(gold, extractor)) for name, document, gold in items]
        result = SplitResult()
        started = time.perf_counter()
        extractions = [(name, extractor.extract(document), gold) for name, document, gold in items]
        result.seconds = time.perf_counter() - started
        result.documents = len(items)
        for name, extraction, gold in extractions:
            score_document(extraction, gold, result, name)
        results[split] = result
    return results


def format_report(results: dict[str, SplitResult], errors: bool = False) -> str:
    lines = []
    header = f"{'':<26}" + "".join(f"{split:>12}" for split in results)
    lines.append(header)

    def row(label: str, values) -> None:
        lines.append(f"{label:<26}" + "".join(f"{v:>12}" for v in values))

    rs = list(results.values())
    row("documents", [r.documents for r in rs])
    for name in ("actors", "events", "agreements", "persons"):
        for metric in ("precision", "recall", "f1"):
            row(f"{name} {metric}", [f"{getattr(getattr(r, name), metric):.3f}" for r in rs])
    row("event kind accuracy", [f"{r.event_kind.value:.3f}" for r in rs])
    row("event date accuracy", [f"{r.event_date.value:.3f}" for r in rs])
    row("event place accuracy", [f"{r.event_place.value:.3f}" for r in rs])
    row("participant-set F1", [f"{r.participants.value:.3f}" for r in rs])
    row("party-set F1", [f"{r.parties.value:.3f}" for r in rs])
    row("page-chrome actors", [r.noise_actors for r in rs])
    row("documents per second", [f"{r.documents / r.seconds:.1f}" if r.seconds else "-" for r in rs])
    if errors:
        for split, r in results.items():
            lines.append(f"\n# {split}")
            lines.extend(r.errors)
    return "\n".join(lines)


@dataclass
class IdentityResult:
    """How well events told by several documents become one node (clusters of corpus/same-events.json)."""

    clusters: int = 0
    one_node: int = 0
    false_merges: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"clusters": self.clusters, "one_node": self.one_node, "false_merges": self.false_merges}


def evaluate_identity(corpus: Path | None = None, extractor=None) -> IdentityResult:
    """Ingest dev and test into a scratch store, then check each cluster of the same event is one node."""
    import tempfile

    from kg.graph import KnowledgeGraph
    from kg.link import link_events

    if extractor is None:
        from kg.extract.pipeline import Extractor

        extractor = Extractor()
    corpus = corpus or paths.corpus_dir()
    spec = json.loads((corpus / "same-events.json").read_text(encoding="utf-8"))
    node_of: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        kg = KnowledgeGraph.open(folder, extractor=extractor)
        kg.ensure_reference()
        for split in ("dev", "test"):
            for name, document, gold in gold_documents(corpus / split):
                extraction = extractor.extract(document)
                iris = link_events(extraction, kg.store)
                kg.store_extraction(extraction, iris=iris)
                for i, j, _ in match_events(list(extraction.events), gold["events"]):
                    node_of[f"{split}/{name}#{gold['events'][j]['id']}"] = iris[extraction.events[i].id].value
        kg.close()
    result = IdentityResult(clusters=len(spec["clusters"]))
    clustered: dict[str, int] = {}
    for number, members in enumerate(spec["clusters"]):
        nodes = {node_of.get(m) for m in members}
        clustered.update({m: number for m in members})
        if len(nodes) == 1 and None not in nodes:
            result.one_node += 1
        else:
            result.errors.append(f"not one node: {', '.join(f'{m} → {node_of.get(m)}' for m in members)}")
    by_node: dict[str, list[str]] = {}
    for member, node in node_of.items():
        by_node.setdefault(node, []).append(member)
    for node, members in sorted(by_node.items()):
        documents = {m.split("#")[0] for m in members}
        groups = {clustered.get(m, m) for m in members}
        if len(documents) > 1 and len(groups) > 1:
            result.false_merges += 1
            result.errors.append(f"merged although different: {', '.join(sorted(members))}")
    return result
