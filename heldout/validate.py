"""Check one or more gold files of a held-out split: schema, ids, keys, places, facts, names. Exit 1 on any error."""

import json
import re
import sys
from pathlib import Path

import jsonschema

from kg import paths
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import NLP, Morphology
from kg.sources import SUFFIXES, SourceFailure, read_file

CORPUS = paths.corpus_dir()
SCHEMA = json.loads((CORPUS / "gold.schema.json").read_text(encoding="utf-8"))
FACTS = set(re.findall(r"^### (D\d\d)\.", (Path("/work/shared/corpus-facts.md")).read_text(encoding="utf-8"), re.M))
LISTED_PLACES = set(re.findall(r"[a-z][a-z-]+", (CORPUS / "ANNOTATION.md").read_text(encoding="utf-8")
                               .split("## Place keys", 1)[1].split("A place not listed")[0]))
NAME = re.compile(r"^(ru|en|kk)-s\d+-[a-z0-9-]+-(19|20)\d\d\.gold\.json$")


def check(path: Path, reference: Gazetteer, nlp: NLP) -> tuple[list[str], list[str]]:
    errors, warnings = [], []
    if not NAME.match(path.name):
        errors.append(f"file name {path.name!r} is not LANG-sNN-OUTLET-SLUG-YEAR.gold.json")
    stem = path.name[: -len(".gold.json")]
    sources = [path.parent / f"{stem}{s}" for s in SUFFIXES if (path.parent / f"{stem}{s}").exists()]
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"not JSON: {exc}"], warnings
    try:
        jsonschema.validate(gold, SCHEMA)
    except jsonschema.ValidationError as exc:
        return [f"schema: {exc.message} at {'/'.join(map(str, exc.absolute_path))}"], warnings
    annotations = gold.get("lines", [gold])
    if not sources:
        errors.append("no document beside the gold (NAME.txt, NAME.html or NAME.jsonl)")
    else:
        documents = list(read_file(sources[0]))
        failed = [d for d in documents if isinstance(d, SourceFailure)]
        if failed:
            errors.append(f"the document cannot be read: {failed[0].error}")
        elif len(documents) != len(annotations):
            errors.append(f"{len(documents)} documents in the file but {len(annotations)} annotations")
    for n, a in enumerate(annotations, start=1):
        where = f"line {n}: " if "lines" in gold else ""
        ids = [e["id"] for e in a["events"]]
        if len(set(ids)) != len(ids):
            errors.append(where + "event ids are not unique")
        for e in a["events"]:
            if e.get("parent") not in set(ids) | {None}:
                errors.append(where + f"event {e['id']}: parent {e['parent']!r} is no event id")
            if e.get("parent") == e["id"]:
                errors.append(where + f"event {e['id']} is its own parent")
            if e.get("end") and not e["end"] > e["start"]:
                errors.append(where + f"event {e['id']}: end is not after start")
            if e.get("place") and e["place"] not in LISTED_PLACES:
                warnings.append(where + f"event {e['id']}: place {e['place']!r} is a new key (fine if not listed)")
            if not e["participants"]:
                warnings.append(where + f"event {e['id']} has no participants")
        for g in a["agreements"]:
            if g.get("signed_at") not in set(ids) | {None}:
                errors.append(where + f"agreement signed_at {g['signed_at']!r} is no event id")
        if not a.get("published"):
            warnings.append(where + "no published date: relative dates cannot be resolved")
        bad_facts = sorted(set(a.get("facts", [])) - FACTS)
        if bad_facts:
            errors.append(where + f"unknown fact ids {bad_facts}")
        if a.get("illustrative") and a.get("facts"):
            errors.append(where + "an illustrative item has no facts")
        if not a.get("illustrative") and not a.get("facts"):
            warnings.append(where + "neither illustrative nor built on facts")
        values = list(a["actors"])
        for e in a["events"]:
            values += e["participants"] + ([e["host"]] if e.get("host") else [])
        for g in a["agreements"]:
            values += g["parties"] + [r["by"] for r in g.get("ratified", [])]
        values += [p["affiliation"] for p in a["persons"] if p.get("affiliation")]
        keys = {v for v in values if isinstance(v, str)}
        unknown = sorted(k for k in keys if reference.get(k) is None)
        if unknown:
            errors.append(where + f"unknown actor keys {unknown} (use the table in ANNOTATION.md or {{\"new\": …}})")
        listed = {json.dumps(v, sort_keys=True, ensure_ascii=False) for v in a["actors"]}
        missing = sorted({json.dumps(v, sort_keys=True, ensure_ascii=False) for v in values} - listed)
        if missing:
            errors.append(where + f"used in events/agreements/persons but not in actors: {missing}")
        for v in values:
            if isinstance(v, dict):
                parsed = nlp.parse(v["new"], a["lang"])
                known = [m for m in reference.match(parsed) if m.entry.kind != "Place"
                         and m.end - m.start >= 0.8 * len(v["new"])]
                if known:
                    warnings.append(where + f"new body {v['new']!r} reads as the known key {known[0].entry.key}")
    return errors, warnings


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: validate.py GOLD.json ...", file=sys.stderr)
        return 2
    morph = Morphology()
    reference, nlp = Gazetteer(morph), NLP(ner=False)
    failed = 0
    for name in argv:
        path = Path(name)
        errors, warnings = check(path, reference, nlp)
        for w in sorted(set(warnings)):
            print(f"{path.name}: warning: {w}")
        for e in errors:
            print(f"{path.name}: ERROR: {e}")
        print(f"{path.name}: {'FAILED' if errors else 'ok'}")
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
