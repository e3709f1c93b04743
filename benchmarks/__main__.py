"""`python -m benchmarks [NAME [OPTIONS]]`: one benchmark by name, or all of them with their defaults (`make bench`).

Each benchmark is a module with a `main(argv)` that writes its table to benchmarks/results/; add one to BENCHMARKS.
"""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "queries": ("benchmarks.queries", "every catalog query: kg query, pyoxigraph straight, rdflib"),
    "extract": ("benchmarks.extract_speed", "extraction throughput: the extractor, natasha alone, ingest"),
}


def _usage() -> str:
    lines = ["usage: python -m benchmarks [NAME [OPTIONS]]   (NAME --help for its options)", "", "benchmarks:"]
    lines += [f"  {name:<10} {about}" for name, (_, about) in BENCHMARKS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("-h", "--help"):
        print(_usage())
        return 0
    if argv and argv[0] not in BENCHMARKS:
        print(f"Error: no benchmark {argv[0]!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    chosen = [argv[0]] if argv else list(BENCHMARKS)
    for name in chosen:
        module = importlib.import_module(BENCHMARKS[name][0])
        print(f"== {name}", file=sys.stderr)
        module.main(argv[1:] if argv else [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
