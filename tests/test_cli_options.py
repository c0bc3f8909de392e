"""One set of corpus flags: every command that reads a corpus takes the same options, help
shows no Python types, --format offers only what a command writes, -o picks the format from
the file name, and explain reads a customer exactly as classify does."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from relradar.cli import app

from .conftest import DATA, EXAMPLES, ROOT

INPUT = "tests/data/golden_input.csv"
MINI = ["--no-default-lexicon", "--lexicon", "tests/data/mini.yaml"]
CORPUS_COMMANDS = (("classify",), ("explain",), ("trends",), ("check",),
                   ("lexicon", "suggest"))
CORPUS_FLAGS = {"--lexicon", "--no-default-lexicon", "--language", "--language-col",
                "--id-col", "--text-col", "--time-col", "--day-first", "--role-col",
                "--customer-role", "--brand-col", "--encoding", "--input-format", "--strict",
                "--jobs", "--redact", "--hash-ids", "--salt", "--output", "--format", "--quiet",
                "--debug"}


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(ROOT)
    return CliRunner()


def command(*path: str):
    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]  # type: ignore[attr-defined]
    return cmd


def flags(*path: str) -> set[str]:
    return {opt for p in command(*path).params for opt in p.opts if opt.startswith("--")}


@pytest.mark.parametrize("path", CORPUS_COMMANDS, ids=" ".join)
def test_every_corpus_command_has_every_corpus_flag(path):
    assert CORPUS_FLAGS <= flags(*path), CORPUS_FLAGS - flags(*path)


def test_corpus_commands_take_the_same_corpus_flags():
    shared = [flags(*p) & CORPUS_FLAGS for p in CORPUS_COMMANDS]
    assert all(s == shared[0] for s in shared)


def test_lexicon_commands_do_not_import_the_cli_module():
    code = ("import sys, relradar.cli_lexicon; "
            "assert 'relradar.cli' not in sys.modules, 'cli_lexicon imports relradar.cli'")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _all_commands():
    stack = [((), typer.main.get_command(app))]
    while stack:
        path, cmd = stack.pop()
        for name, sub in getattr(cmd, "commands", {}).items():
            yield path + (name,)
            stack.append((path + (name,), sub))


def test_help_shows_no_python_type_names(runner):
    for path in _all_commands():
        out = runner.invoke(app, [*path, "--help"]).stdout
        assert not re.search(r"<(list|str|int|float|path|bool)\b", out), (path, out)


@pytest.mark.parametrize("path, offered, refused", [
    (("classify",), "table|json|jsonl|csv|parquet", "yaml"),   # parquet: with --scheduler
    (("trends",), "table|json|jsonl|csv", "yaml"),
    (("check",), "table|json", "csv"),
    (("explain",), "table|json", "jsonl"),
    (("lexicon", "suggest"), "yaml", "csv"),
    (("types",), "table|json", "csv"),
    (("lexicon", "show"), "table|json", "csv"),
])
def test_format_offers_only_what_the_command_writes(runner, path, offered, refused):
    out = runner.invoke(app, [*path, "--help"]).stdout
    assert f"<{offered}>" in out
    result = runner.invoke(app, [*path, "-f", refused])
    assert result.exit_code == 2


@pytest.mark.parametrize("name, first", [("out.csv", "customer_id,brand,type"),
                                         ("out.json", "{"), ("out.jsonl", '{"customer_id"'),
                                         ("out.txt", "Customers")])
def test_output_format_follows_the_extension(runner, tmp_path, name, first):
    target = tmp_path / name
    result = runner.invoke(app, ["classify", INPUT, *MINI, "-o", str(target), "-q"])
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith(first)


@pytest.mark.parametrize("args, message", [
    (["-f", "table", "-o", "{tmp}/results.csv"], "does not match the file name"),
    (["-o", "{tmp}/results.xlsx"], "cannot write Excel"),
    (["-o", "{tmp}/results.parquet"], "cannot write Parquet"),
])
def test_output_format_mismatch_is_refused(runner, tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, ["classify", INPUT, *MINI, *args])
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name, hint", [("results.json.gz", "| gzip > "),
                                        ("results.xlsx", "name the file .csv")])
def test_an_unwritten_format_hints_at_one_that_works(runner, tmp_path, name, hint):
    """classify's hint named .parquet, which one machine cannot write (part files in a
    folder): following it failed again."""
    result = runner.invoke(app, ["classify", INPUT, *MINI, "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert hint in result.stderr and ".parquet" not in result.stderr


def test_a_salt_without_hash_ids_is_refused(runner, tmp_path):
    """--salt alone was ignored in silence: a user who meant to pseudonymise got raw ids."""
    result = runner.invoke(app, ["classify", INPUT, *MINI, "--salt", "s", "-f", "csv"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "--salt has no effect without --hash-ids" in result.stderr
    # a salt waiting in the environment is fine: it is used once --hash-ids is given
    result = runner.invoke(app, ["classify", INPUT, *MINI, "-f", "csv", "-q"],
                           env={"RELRADAR_SALT": "s"})
    assert result.exit_code == 0, result.stderr


def test_check_cannot_write_csv_by_extension(runner, tmp_path):
    result = runner.invoke(app, ["check", "examples/chats.csv", "--labels",
                                 "examples/labels.csv", "--brand-col", "brand", "-o",
                                 str(tmp_path / "check.csv")])
    assert result.exit_code == 2 and "does not write csv" in result.stderr


def test_output_to_a_directory_is_one_line(runner, tmp_path):
    result = runner.invoke(app, ["classify", INPUT, *MINI, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"relradar: error: cannot write to {tmp_path}: it is a directory; " \
                            "give a file name, e.g. -o results.csv\n"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_file_mode_follows_the_umask(runner, tmp_path, umask, mode):
    target = tmp_path / "out.json"
    old = os.umask(umask)
    try:
        result = runner.invoke(app, ["classify", INPUT, *MINI, "-o", str(target), "-q"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_replaced_output_keeps_its_mode(runner, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    result = runner.invoke(app, ["classify", INPUT, *MINI, "-o", str(target), "-q"])
    assert result.exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# ---------------------------------------------------------------- explain agrees with classify

def _classified(runner, *args: str) -> dict[str, dict]:
    result = runner.invoke(app, ["classify", *args, "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    return {d["customer_id"]: d for d in map(json.loads, result.stdout.splitlines())}


def _explained(runner, customer: str, *args: str) -> dict:
    result = runner.invoke(app, ["explain", *args, "--customer", customer, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["customer"]


@pytest.fixture()
def mixed(tmp_path):
    data = tmp_path / "mixed.csv"
    data.write_text("customer_id,lang,text\n"
                    "a,en,I absolutely love you guys and I'm loyal forever\n"
                    "b,es,\"Me encanta esta marca, les soy fiel desde siempre\"\n"
                    "b,es,\"Os quiero, sois lo mejor, nunca os dejaré\"\n"
                    "c,es,I absolutely love you guys and I'm loyal forever\n", encoding="utf-8")
    return str(data)


def test_explain_agrees_with_classify_with_a_language_column(runner, mixed):
    classified = _classified(runner, mixed, "--language-col", "lang")
    assert classified["b"]["signals"]
    for customer, row in classified.items():
        explained = _explained(runner, customer, mixed, "--language-col", "lang")
        assert (explained["type"], explained["signals"]) == (row["type"], row["signals"])


def test_explain_agrees_with_classify_on_the_examples(runner):
    files = [str(EXAMPLES / "chats.csv"), str(EXAMPLES / "emails.jsonl"), "--brand-col", "brand"]
    classified = _classified(runner, *files)
    for (customer, row) in list(classified.items())[:8]:
        explained = _explained(runner, customer, *files, "--brand", row["brand"])
        assert (explained["type"], explained["confidence"]) == (row["type"], row["confidence"])


def test_explain_takes_a_hashed_id_and_never_shows_the_raw_one(runner):
    hashed = _classified(runner, INPUT, *MINI, "--hash-ids", "--salt", "s")
    by_type = {row["type"]: cid for cid, row in hashed.items()}
    dan = by_type["ex_friends"]
    result = runner.invoke(app, ["explain", INPUT, *MINI, "--hash-ids", "--salt", "s",
                                 "--customer", dan, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["customer"]["customer_id"] == dan and doc["customer"]["type"] == "ex_friends"
    raw = runner.invoke(app, ["explain", INPUT, *MINI, "--hash-ids", "--salt", "s",
                              "--customer", "dan", "-f", "json"])
    assert json.loads(raw.stdout)["customer"]["customer_id"] == dan


def test_explain_redacts_and_writes_to_a_file(runner, tmp_path):
    data = tmp_path / "pii.csv"
    data.write_text("customer_id,text\nx,I love you guys so much call me on +44 7700 900123 "
                    "or mail x@example.com\n", encoding="utf-8")
    target = tmp_path / "why.json"
    result = runner.invoke(app, ["explain", str(data), "--customer", "x", "--redact",
                                 "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert json.loads(text)["messages"][0]["text"]
    assert "7700" not in text and "example.com" not in text


def test_trends_hashes_ids(runner):
    data = str(DATA / "history" / "periods.csv")
    plain = runner.invoke(app, ["trends", data, "-f", "jsonl", "-q"])
    hashed = runner.invoke(app, ["trends", data, "-f", "jsonl", "-q", "--hash-ids",
                                 "--salt", "s"])
    assert hashed.exit_code == 0, hashed.stderr
    plain_ids = {json.loads(line)["customer_id"] for line in plain.stdout.splitlines()}
    hashed_ids = {json.loads(line)["customer_id"] for line in hashed.stdout.splitlines()}
    assert plain_ids and not plain_ids & hashed_ids and len(hashed_ids) == len(plain_ids)


def test_debug_after_the_command_shows_the_traceback(runner):
    result = runner.invoke(app, ["classify", "no-such-file.csv", "--debug"])
    assert result.exit_code != 0 and result.exception is not None
    quiet = runner.invoke(app, ["classify", "no-such-file.csv"])
    assert quiet.exit_code == 1 and quiet.stderr.startswith("relradar: error:")


def test_a_negative_limit_is_a_usage_error(runner):
    # was: --limit -3 showed every customer, as --limit 0 does
    result = runner.invoke(app, ["classify", INPUT, *MINI, "--limit", "-3"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "relradar: error: --limit must be 0 (all customers) or more, not -3\n"


@pytest.mark.parametrize("target", ["same", "dot", "symlink", "hardlink"])
def test_output_naming_an_input_file_is_refused_before_any_work(runner, tmp_path, target):
    # was: classify a.csv -o a.csv silently replaced the export with the results
    source = tmp_path / "a.csv"
    source.write_text("customer_id,text\nc1,I love you\n", encoding="utf-8")
    output = {"same": source, "dot": tmp_path / "." / "a.csv",
              "symlink": tmp_path / "link.csv", "hardlink": tmp_path / "hard.csv"}[target]
    if target == "symlink":
        output.symlink_to(source)
    elif target == "hardlink":
        os.link(source, output)
    result = runner.invoke(app, ["classify", str(source), *MINI, "-o", str(output)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"relradar: error: -o {output} is the input file {source}: writing "
                             "it would replace the data being read; give -o another file name\n")
    assert source.read_text(encoding="utf-8") == "customer_id,text\nc1,I love you\n"


def test_output_naming_a_lexicon_it_reads_is_refused(runner, tmp_path):
    overlay = tmp_path / "my.yaml"
    overlay.write_text("scoring:\n  min_score: 2\n", encoding="utf-8")
    labelled = tmp_path / "labelled.csv"
    labelled.write_text("customer_id,text,label\nc1,I love you,best_friends\n", encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "suggest", str(labelled), "--label-col", "label",
                                 "--lexicon", str(overlay), "-o", str(overlay)])
    assert result.exit_code == 2 and f"is the input file {overlay}" in result.stderr
    assert overlay.read_text(encoding="utf-8") == "scoring:\n  min_score: 2\n"


def test_output_beside_the_input_or_to_a_device_is_still_written(runner, tmp_path):
    source = tmp_path / "a.csv"
    source.write_text("customer_id,text\nc1,I love you\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(source), *MINI, "-o", str(tmp_path / "b.csv"),
                                 "-q"])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["classify", str(source), *MINI, "-o", os.devnull, "-q"])
    assert result.exit_code == 0, result.stderr
