"""`kg push` and `kg pull` between the embedded store and each engine."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.rdf import ECR, ECRR
from kg.store import EmbeddedStore

from .servers import Relay


def dataset(store) -> set[ox.Quad]:
    quads = set(store.quads())
    # Without blank nodes, two datasets are isomorphic exactly when their quads are the same.
    assert not any(isinstance(term, ox.BlankNode) for q in quads for term in (q.subject, q.object))
    return quads


def kg(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env)


def test_push_then_pull_gives_the_same_dataset(engine, corpus_store, tmp_path):
    local = EmbeddedStore(corpus_store, read_only=True)
    original = dataset(local)
    names = local.graph_names()

    pushed = kg(*engine.cli(), "--store", corpus_store, "push", "--to", engine.url, env=engine.env())
    assert pushed.exit_code == 0, pushed.output
    assert pushed.stdout == f"pushed {len(names)} graphs ({len(original)} triples) to {engine.url}\n"
    assert pushed.stderr.splitlines()[-1] == f"pushed {len(names)}/{len(names)} graphs"
    assert engine.store().graph_names() == names
    assert dataset(engine.store()) == original

    copy = str(tmp_path / "pulled")
    pulled = kg(*engine.cli(), "--store", copy, "pull", "--from", engine.url, env=engine.env())
    assert pulled.exit_code == 0, pulled.output
    assert pulled.stdout == f"pulled {len(names)} graphs ({len(original)} triples) from {engine.url}\n"
    assert dataset(EmbeddedStore(copy, read_only=True)) == original


def test_push_again_replaces_and_delete_drops_what_the_store_lacks(engine, seed_store):
    stale = ox.NamedNode(ECRR + "doc/stale")
    engine.store().replace_graph(stale, [ox.Quad(stale, ox.NamedNode(ECR + "title"), ox.Literal("old"), stale)])
    for _ in range(2):
        assert kg(*engine.cli(), "-q", "--store", seed_store, "push", "--to", engine.url,
                  env=engine.env()).exit_code == 0
    local = EmbeddedStore(seed_store, read_only=True)
    assert engine.store().graph_names() == sorted(local.graph_names() + [stale.value])
    assert dataset(engine.store()) - set(engine.store().quads(stale)) == dataset(local)

    result = kg(*engine.cli(), "-q", "--store", seed_store, "push", "--to", engine.url, "--delete", env=engine.env())
    assert result.exit_code == 0
    assert result.stdout.endswith(", deleted 1) to " + engine.url + "\n")
    assert dataset(engine.store()) == dataset(local)


def test_push_that_fails_midway_leaves_each_graph_old_or_new(engine, seed_store):
    local = EmbeddedStore(seed_store, read_only=True)
    names = local.graph_names()
    assert len(names) >= 3
    new = {name: set(local.quads(ox.NamedNode(name))) for name in names}
    old = {}
    for name in names:  # an older version of every graph: one more statement in each
        graph = ox.NamedNode(name)
        old[name] = new[name] | {ox.Quad(graph, ox.NamedNode(ECR + "note"), ox.Literal("old version"), graph)}
        engine.store().replace_graph(graph, old[name])

    # The third graph's write fails once, with a 500 from the server (oxigraph: the PUT; Virtuoso: the MOVE
    # after the staging PUT, so that the staging graph has to be cleaned up too).
    writes = [0]

    def third_write(method, path, headers):
        if (method, path.split("?")[0]) in (("PUT", "/store"), ("POST", "/sparql-auth")) and \
                (engine.name == "oxigraph" or "Authorization" in headers):  # not Virtuoso's digest challenges
            writes[0] += 1
            return writes[0] == 3
        return False

    with Relay(upstream=engine.url, fail=third_write) as relay:
        result = kg(*engine.cli(), "-q", "--store", seed_store, "push", "--to", relay.url,
                    env={**engine.env(), "KG_RETRIES": "0"})
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {relay.url}/")
    assert f": push stopped at graph {names[2]} after 2 of {len(names)} graphs: the endpoint failed to write " \
           f"the graph {names[2]} (HTTP 500): Internal failure on purpose. Every graph is either as before or " \
           "fully copied; run the same command again to finish" in line
    remote = engine.store()
    states = {name: "new" if set(remote.quads(ox.NamedNode(name))) == new[name] else
              "old" if set(remote.quads(ox.NamedNode(name))) == old[name] else "mixed" for name in names}
    assert states == {name: "new" if i < 2 else "old" for i, name in enumerate(names)}
    assert remote.graph_names() == names  # no staging graph left behind

    again = kg(*engine.cli(), "-q", "--store", seed_store, "push", "--to", engine.url, env=engine.env())
    assert again.exit_code == 0
    assert dataset(engine.store()) == dataset(local)


def test_push_goes_to_the_remote_of_the_config_file(engine, seed_store, tmp_path):
    config = tmp_path / "kg.toml"
    user = f'user = "{engine.options["user"]}"\npassword_env = "REMOTE_SECRET"\n' if "user" in engine.options else ""
    config.write_text(f'[remote]\nurl = "{engine.url}"\nengine = "{engine.name}"\n{user}', encoding="utf-8")
    result = kg("-q", "--config", str(config), "--store", seed_store, "push",
                env={"REMOTE_SECRET": engine.options.get("password", "")})
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"to {engine.url}\n")
    assert engine.store().graph_names() == EmbeddedStore(seed_store, read_only=True).graph_names()


def test_push_without_a_target_says_how_to_name_one(seed_store):
    result = kg("--store", seed_store, "push")
    assert result.exit_code == 2
    assert result.stderr == "Error: say which remote store: --to URL (or set KG_REMOTE, or url in the config file)\n"
