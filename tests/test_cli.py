"""The `kg` command through click's CliRunner: exit codes, the one-line errors, and the effect."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def run(*args, store=None):
    runner = CliRunner()
    argv = (["--store", str(store)] if store else []) + [str(a) for a in args]
    return runner.invoke(cli, argv, obj={}, catch_exceptions=False)


def test_ingest_stats_explain_remove(tmp_path, seed_path):
    store = tmp_path / "store"
    result = run("-q", "ingest", seed_path, store=store)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1 added"
    again = run("-q", "ingest", seed_path, store=store)
    assert again.stdout.strip() == "1 unchanged"
    stats = json.loads(run("stats", "--json", store=store).stdout)["counts"]
    assert stats["documents"] == 1 and stats["Forum"] == 1 and stats["Meeting"] == 5
    explained = run("explain", "GIZ", store=store)
    assert explained.exit_code == 0
    assert "Германского общества по международному сотрудничеству (GIZ)" in explained.stdout
    removed = run("remove", "ru-cholpon-ata-forum-2024-seed", store=store)
    assert removed.exit_code == 0
    with KnowledgeGraph.open(str(store), read_only=True) as kg:
        assert kg.documents() == []


def test_ingest_reports_each_bad_file_and_exits_1(tmp_path, seed_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("-q", "ingest", seed_path, tmp_path / "empty.txt", tmp_path / "missing.txt", store=tmp_path / "s")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [f"Error: {tmp_path / 'empty.txt'}: empty file",
                      f"Error: {tmp_path / 'missing.txt'}: no such file or folder"]
    with KnowledgeGraph.open(str(tmp_path / "s"), read_only=True) as kg:
        assert len(kg.documents()) == 1


def test_export_to_stdout_and_file(tmp_path, seed_store):
    result = run("export", "--format", "nquads", store=seed_store)
    assert result.exit_code == 0 and "<https://w3id.org/ecr/resource/place/cholpon-ata>" in result.stdout
    out = tmp_path / "kg.jsonld"
    assert run("export", "--format", "jsonld", "-o", out, store=seed_store).exit_code == 0
    assert "@context" in json.loads(out.read_text(encoding="utf-8"))


def test_validate_exit_code(seed_store):
    result = run("validate", store=seed_store)
    assert result.exit_code == 0
    assert result.stderr.startswith("conforms: 0 violations")


@pytest.mark.parametrize("args, message, code", [
    (["remove", "nothing-here"], "Error: no document 'nothing-here' in the store. List them with `kg stats --documents`", 1),
    (["explain", "ecrr:event/none"], "Error: no evidence for 'ecrr:event/none' in the store. "
                                     "Give a full IRI, an ecrr: name or an actor key such as MCHS-KZ", 1),
    (["export", "--format", "rdfxml"], None, 2),
])
def test_errors_are_one_line(seed_store, args, message, code):
    result = run(*args, store=seed_store)
    assert result.exit_code == code
    if message:
        assert result.stderr.strip() == message


def test_missing_store_for_reading(tmp_path):
    result = run("stats", store=tmp_path / "nowhere")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nowhere'}: no store here. " \
                                    "Create it with `kg ingest` or `make demo`, or pass --store"


def _commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example(name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout and f"kg " in result.stdout.split("Example:")[1]


def test_readme_documents_every_command():
    text = README.read_text(encoding="utf-8")
    assert len(_commands()) >= 8
    missing = [name for name in _commands() if not re.search(rf"`kg (?:--\S+ \S+ )?{name}\b", text)]
    assert not missing, f"README does not show: {missing}"


def test_readme_starts_with_the_two_commands():
    lines = [l.strip() for l in README.read_text(encoding="utf-8").splitlines()]
    commands = [l for l in lines if l.startswith("make ")]
    assert commands[:2] == ["make demo", "make test"]
