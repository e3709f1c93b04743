"""The process that runs one query on an embedded store so that a timeout can stop it (kg.query_runner starts it).

It reads a JSON job on stdin, opens the store read-only, writes the results to stdout in the asked format and
exits; a query error is one JSON line on stderr and exit code 3. It imports only pyoxigraph and kg.results:
the parent starts it without the `kg` package's __init__, so it is up in a fraction of a second.
"""

from __future__ import annotations

import json
import sys

import pyoxigraph as ox

from kg.results import write_results

# Started as `python -c BOOT <folder of kg>`: a bare `kg` package whose modules load on demand.
BOOT = ("import sys, types; package = types.ModuleType('kg'); package.__path__ = [sys.argv[1]]; "
        "sys.modules['kg'] = package; from kg.query_worker import main; sys.exit(main())")

SYNTAX, FAILED = 3, 4


def _fail(kind: str, message: str) -> None:
    sys.stderr.write(json.dumps({"kind": kind, "message": message}) + "\n")
    sys.stderr.flush()


def main() -> int:
    job = json.loads(sys.stdin.read())
    try:
        store = ox.Store.read_only(job["location"])
        results = store.query(job["query"], use_default_graph_as_union=True)
    except SyntaxError as exc:
        _fail("syntax", str(exc))
        return SYNTAX
    except (OSError, ValueError) as exc:
        _fail("store", str(exc))
        return FAILED
    out = sys.stdout.buffer
    try:
        write_results(results, out, job["format"], job.get("prefixes"))
        out.flush()
    except (OSError, ValueError) as exc:
        _fail("store", str(exc))
        return FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
