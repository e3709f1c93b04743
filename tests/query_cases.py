"""The catalog's test cases as data: tests/queries/<query>/<case>/ with input.trig, params.txt and the expected
result, plus tests/queries/<query>/naive.rq, the straightforward form of the query.

expected.csv holds the rows as a person reads them (IRIs as ecrr:…, literals as their text, the header the
variable names); a query with a top-level ORDER BY must give them in that order. expected.ttl holds the graph
of a CONSTRUCT query.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.catalog import Catalog, CatalogQuery, load_query
from kg.querytext import significant, tokenize
from kg.rdf import PREFIXES
from kg.results import show_term

CASES = Path(__file__).resolve().parent / "queries"


class MemoryStore:
    """An in-memory pyoxigraph store with the embedded store's query defaults (the union of all graphs)."""

    def __init__(self, trig: Path | str | None = None):
        self.raw = ox.Store()
        if isinstance(trig, Path):
            self.raw.load(path=str(trig), format=ox.RdfFormat.TRIG)
        elif trig:
            self.raw.load(trig, format=ox.RdfFormat.TRIG)
        self.location = ":memory:"

    def query(self, text: str, **kwargs):
        kwargs.setdefault("use_default_graph_as_union", True)
        return self.raw.query(text, **kwargs)

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class Case:
    query: str
    name: str
    folder: Path

    @property
    def id(self) -> str:
        return f"{self.query}/{self.name}"

    @property
    def input(self) -> Path:
        return self.folder / "input.trig"

    def params(self) -> dict[str, str]:
        path = self.folder / "params.txt"
        if not path.exists():
            return {}
        pairs = [line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
        return {name.strip(): value.strip() for name, value in pairs}

    @property
    def expected(self) -> Path:
        for name in ("expected.csv", "expected.ttl"):
            if (self.folder / name).exists():
                return self.folder / name
        raise FileNotFoundError(f"{self.folder}: no expected.csv or expected.ttl")


def all_cases() -> list[Case]:
    return [Case(folder.parent.name, folder.name, folder)
            for folder in sorted(CASES.glob("*/*")) if (folder / "input.trig").exists()]


def naive_query(name: str) -> CatalogQuery:
    catalog = Catalog().find(name)
    naive = load_query(CASES / name / "naive.rq", name=f"{name} (naive)")
    # The naive form takes the catalog query's parameters, defaults included.
    return CatalogQuery(naive.name, naive.text, naive.path, naive.title, naive.question, catalog.params)


def is_ordered(text: str) -> bool:
    """True when the query sorts its rows (an ORDER BY outside every group)."""
    return any(t.kind == "word" and t.upper == "ORDER" and t.depth == 0 for t in significant(tokenize(text)))


def read_rows(data: bytes) -> list[list[str]]:
    """Rows of a results CSV as written by `--format csv`, the header first."""
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def display_rows(tsv: bytes) -> list[list[str]]:
    """W3C TSV results turned into what expected.csv holds: the header, then each term as a person reads it."""
    results = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    names = [v.value for v in results.variables]
    return [names] + [[show_term(row[n], PREFIXES) for n in names] for row in results]


def exact_rows(tsv: bytes) -> tuple[list[str], list[tuple[str, ...]]]:
    """The variables and the sorted rows of W3C TSV results, each term in N-Triples syntax ('' when unbound)."""
    results = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    names = [v.value for v in results.variables]
    return names, sorted(tuple(str(row[n]) if row[n] is not None else "" for n in names) for row in results)


def read_expected_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle)]


def graph_of(turtle: bytes | str) -> set[tuple[str, str, str]]:
    triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
    return {(str(t.subject), str(t.predicate), str(t.object)) for t in triples}
