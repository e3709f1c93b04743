"""Bad endpoints and bad settings: each one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError, RemoteError, UsageError
from kg.remote import RemoteStore
from kg.remote_settings import RemoteSettings, default_remote

from .servers import Relay, free_port


def kg(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env)


def test_unreachable_endpoint_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    result = kg("--store", url, "stats", env={"KG_RETRIES": "1", "KG_BACKOFF": "0"})
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {url}/query: cannot reach the endpoint: Connection refused (2 attempts). "
                             "Is the server running? Check the URL and port\n")


def test_a_failing_server_is_retried_with_backoff_then_fails_cleanly():
    with Relay(status=500) as relay:
        result = kg("--store", relay.url, "stats", env={"KG_RETRIES": "2", "KG_BACKOFF": "0.01"})
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {relay.url}/query: the endpoint failed to run the query (HTTP 500, 3 attempts): "
                             "Internal failure on purpose\n")
    assert relay.seen == [("POST", "/query?union-default-graph")] * 3


@pytest.mark.parametrize("status, message", [
    (400, "the endpoint rejected the query (HTTP 400): Internal failure on purpose"),
    (403, "the endpoint refused to run the query (HTTP 403): Internal failure on purpose. It may be read-only "
          "(kg serve without --writable), or the user may lack the right"),
    (404, "no endpoint to run the query here (HTTP 404). Check the URL, or the engine (--engine virtuoso, generic) "
          "and its paths"),
])
def test_client_errors_are_not_retried(status, message):
    with Relay(status=status) as relay:
        with pytest.raises((QueryError, RemoteError)) as error:
            RemoteStore(relay.url, backoff=0).graph_names()
    assert str(error.value) == f"{relay.url}/query: {message}"
    assert len(relay.seen) == 1


def test_a_write_is_retried_after_a_passing_failure(oxigraph_server):
    import pyoxigraph as ox

    failures = [1]

    def once(method, path, headers):
        if method == "PUT" and failures:
            return bool(failures.pop())
        return False

    graph = ox.NamedNode("https://w3id.org/ecr/resource/doc/retried")
    quad = ox.Quad(graph, ox.NamedNode("https://w3id.org/ecr/ontology#title"), ox.Literal("x"), graph)
    with Relay(upstream=oxigraph_server.url, status=503, fail=once) as relay:
        RemoteStore(relay.url, backoff=0.01).replace_graph(graph, [quad])
    assert [method for method, _ in relay.seen] == ["PUT", "PUT"]
    assert set(oxigraph_server.store().quads(graph)) == {quad}


def test_a_slow_endpoint_times_out_in_one_line():
    import threading

    hold = threading.Event()
    with Relay(status=200, fail=lambda *request: hold.wait(5) or True) as relay:
        with pytest.raises(RemoteError) as error:
            RemoteStore(relay.url, timeout=0.3, retries=0).graph_names()
        hold.set()
    assert str(error.value) == (f"{relay.url}/query: no answer within 0.3 s. "
                                "Give it longer with KG_TIMEOUT or timeout in the config file")


# ---- settings -----------------------------------------------------------------------------------------------


def test_presets_give_each_engine_its_endpoints():
    oxigraph = RemoteSettings.resolve("http://127.0.0.1:7878/", env={})
    assert (oxigraph.query_url, oxigraph.update_url, oxigraph.store_url, oxigraph.write) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store", "gsp")
    virtuoso = RemoteSettings.resolve("http://127.0.0.1:8890", engine="virtuoso", env={})
    assert (virtuoso.query_url, virtuoso.update_url, virtuoso.store_url, virtuoso.auth, virtuoso.write) == (
        "http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql-auth",
        "http://127.0.0.1:8890/sparql-graph-crud-auth", "digest", "staged")
    generic = RemoteSettings.resolve("https://example.org/repositories/kg", engine="generic", env={})
    assert (generic.query_url, generic.update_url, generic.store_url, generic.write) == (
        "https://example.org/repositories/kg", "https://example.org/repositories/kg", None, "update")


def test_options_beat_the_url_which_beats_the_environment_which_beats_the_config(tmp_path):
    config = tmp_path / "kg.toml"
    config.write_text('[remote]\nengine = "virtuoso"\nuser = "from-config"\npassword_env = "SECRET"\n'
                      'timeout = 5\nretries = 1\nupdate_path = "/update-here"\n', encoding="utf-8")
    env = {"KG_CONFIG": str(config), "SECRET": "s3cret", "KG_TIMEOUT": "7", "KG_USER": "from-env"}
    settings = RemoteSettings.resolve("http://127.0.0.1:8890", env=env)
    assert (settings.engine, settings.user, settings.password, settings.timeout, settings.retries,
            settings.update_url, settings.query_url) == (
        "virtuoso", "from-env", "s3cret", 7.0, 1, "http://127.0.0.1:8890/update-here", "http://127.0.0.1:8890/sparql")
    settings = RemoteSettings.resolve("http://url-user:url%20pw@127.0.0.1:8890", env=env)
    assert (settings.url, settings.user, settings.password) == ("http://127.0.0.1:8890", "url-user", "url pw")
    settings = RemoteSettings.resolve("http://url-user:pw@127.0.0.1:8890", env=env, user="option", engine="generic")
    assert (settings.user, settings.engine, settings.query_path) == ("option", "generic", "")
    assert "s3cret" not in repr(settings) and "pw" not in repr(settings)


@pytest.mark.parametrize("text, message", [
    ('[remote]\nengin = "virtuoso"\n', "unknown remote setting 'engin'; known: auth, backoff, engine,"),
    ('[remote]\nengine = "stardog"\n', "unknown engine 'stardog'; choose one of oxigraph, virtuoso, generic"),
    ('[remote]\ntimeout = "soon"\n', "the remote setting timeout must be a number, not 'soon'"),
    ('[remote]\npassword_env = "NOT_SET_ANYWHERE"\n', "the config file names $NOT_SET_ANYWHERE for the password"),
    ("[remote\n", "{config}: not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 8)"),
])
def test_bad_config_is_a_usage_error(tmp_path, text, message):
    config = tmp_path / "kg.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as error:
        RemoteSettings.resolve("http://127.0.0.1:1", config=config, env={})
    assert str(error.value).startswith(message.format(config=config))


def test_bad_config_through_the_cli_exits_2(tmp_path):
    config = tmp_path / "kg.toml"
    config.write_text('[remote]\nwrite = "sometimes"\n', encoding="utf-8")
    result = kg("--config", str(config), "--store", "http://127.0.0.1:1", "stats")
    assert result.exit_code == 2
    assert result.stderr == "Error: unknown write method 'sometimes'; choose one of gsp, staged, update\n"


def test_not_a_url_and_the_default_remote(tmp_path):
    with pytest.raises(UsageError, match="not an http"):
        RemoteSettings.resolve("http://", env={})
    config = tmp_path / "kg.toml"
    config.write_text('[remote]\nurl = "http://127.0.0.1:8890"\n', encoding="utf-8")
    assert default_remote(config, env={}) == "http://127.0.0.1:8890"
    assert default_remote(config, env={"KG_REMOTE": "http://127.0.0.1:7878"}) == "http://127.0.0.1:7878"
    assert default_remote(None, env={}) is None
