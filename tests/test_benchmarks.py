"""The benchmark's synthetic graph is deterministic and shaped like ours; its table reads right. No timing here."""

import pyoxigraph as ox

from benchmarks.__main__ import main as bench_main
from benchmarks.generate import generate, reference_quads
from benchmarks.queries import Timing, sample_params, table
from kg.catalog import Catalog


def test_the_graph_is_the_same_for_the_same_seed(tmp_path):
    first, second, other = tmp_path / "a.nq", tmp_path / "b.nq", tmp_path / "c.nq"
    count, sample = generate(300, first, seed=3)
    assert generate(300, second, seed=3) == (count, sample)
    assert first.read_bytes() == second.read_bytes()
    generate(300, other, seed=4)
    assert other.read_bytes() != first.read_bytes()


def test_the_graph_has_what_the_catalog_asks_for(tmp_path):
    path = tmp_path / "g.nq"
    count, sample = generate(400, path)
    per_event = (count - len(reference_quads())) / 400
    assert 17 <= per_event <= 23
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.N_QUADS)

    def ask(pattern: str) -> bool:
        return bool(store.query("PREFIX ecr: <https://w3id.org/ecr/ontology#> ASK { " + pattern + " }",
                                use_default_graph_as_union=True))

    assert ask(f"?m ecr:subEventOf <{sample.forum}>")
    assert ask(f"<{sample.forum}> ecr:participant <{sample.participant}>")
    assert ask(f"<{sample.agreement}> ecr:party ?p")
    assert ask("GRAPH ?a { ?e ecr:participant ?x } GRAPH ?b { ?e ecr:participant ?x } FILTER(?a != ?b)")
    assert ask("?e ecr:eventType ?k FILTER NOT EXISTS { ?e ecr:startDate ?d }")
    assert ask("?h ecr:firstMention ?d ; ecr:affiliation ?a")
    required = {p.name for q in Catalog().queries() for p in q.params if p.required}
    assert required <= set(sample_params_for_all(sample))


def sample_params_for_all(sample):
    names = set()
    for query in Catalog().queries():
        names |= set(sample_params(query, sample))
    return names


def test_the_table_shows_ratios_caps_and_failures():
    timings = [Timing("fast", 10, 0.01, 0.01, 2.0, 10), Timing("capped", 5, 0.5, 0.5, None, None, 60.0),
               Timing("odd", 3, 0.02, 0.02, 1.0, 4), Timing("broken", 1, 0.001, 0.001, "error", "TypeError: x")]
    text = table(timings, 1000, 20000, 60)
    assert "| fast | 10 | 0.0100 | 0.0100 | 1.00 | 2.00 | 200.0× |" in text
    assert "| capped | 5 | 0.5000 | 0.5000 | 1.00 | > 60.00 | > 120× |" in text
    assert "| odd | 3 | 0.0200 | 0.0200 | 1.00 | 1.00 (4 rows) | 50.0× |" in text
    assert "| broken | 1 | 0.0010 | 0.0010 | 1.00 | fails¹ | – |" in text
    assert "rdflib fails on 1 of the queries" in text


def test_the_runner_names_its_benchmarks(capsys):
    assert bench_main(["--help"]) == 0
    assert "queries" in capsys.readouterr().out
    assert bench_main(["nonsense"]) == 2
