"""Print the first member of each cluster numbered on the command line (index in corpus/same-events.json)."""
import json, sys, glob
C = "/work/main/kg/data/corpus"
spec = json.load(open(f"{C}/same-events.json"))
def ev(ref):
    doc, eid = ref.split("#"); line = None
    if ":" in doc: doc, line = doc.split(":"); line = int(line)
    g = json.load(open(f"{C}/{doc}.gold.json"))
    a = g["lines"][line - 1] if line else g
    e = next(e for e in a["events"] if e["id"] == eid)
    return f"{e['kind']} {e['start']}..{e.get('end')} {e.get('place')} {[p if isinstance(p,str) else p['new'] for p in e['participants']]} | {e.get('label','')[:90]}"
for n in map(int, sys.argv[1:]):
    cl = spec["clusters"][n]
    print(n, len(cl), cl[0], "\n    ", ev(cl[0]))
