"""Candidate same-event matches of the held-out events (test/, or a glob given) among dev events and clusters:
the clusters of corpus/same-events.json their dev matches belong to, and matching dev events in no cluster."""
import json, glob, os, sys
C = "/work/main/kg/data/corpus"
spec = json.load(open(f"{C}/same-events.json"))
where = {}
for n, cl in enumerate(spec["clusters"]):
    for m in cl: where[m] = n
def events(split, pattern="*"):
    for f in sorted(glob.glob(f"{C}/{split}/{pattern}.gold.json")):
        stem = os.path.basename(f)[:-10]
        g = json.load(open(f))
        for i, a in enumerate(g.get("lines", [g]), start=1):
            ref = f"{split}/{stem}" + (f":{i}" if "lines" in g else "")
            for e in a["events"]:
                yield f"{ref}#{e['id']}", e
def key(p): return p if isinstance(p, str) else "new:" + p["new"]
def close(a, b):
    if a["kind"] != b["kind"]: return False
    sa, sb = a["start"], b["start"]
    n = min(len(sa), len(sb))
    if sa[:n] != sb[:n]:
        return False
    pa, pb = {key(p) for p in a["participants"]}, {key(p) for p in b["participants"]}
    return (a.get("place") and a.get("place") == b.get("place")) or len(pa & pb) >= 2
dev = list(events("dev"))
for ref, e in events("test", sys.argv[1] if len(sys.argv) > 1 else "*"):
    cands = [(r, d) for r, d in dev if close(e, d)]
    clusters = sorted({where[r] for r, _ in cands if r in where})
    singles = [r for r, _ in cands if r not in where]
    print(f"{ref} {e['kind']} {e['start']} {e.get('place')} -> clusters {clusters} singles {singles[:4]}")
