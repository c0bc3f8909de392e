"""CLI through typer's CliRunner: exit codes, stdout and stderr separately, golden outputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar.cli import app

from .conftest import DATA, MINI

GOLDEN = Path(__file__).resolve().parent / "golden"
INPUT = DATA / "golden_input.csv"
MINI_ARGS = ["--no-default-lexicon", "--lexicon", str(MINI)]
UPDATE = os.environ.get("RELRADAR_UPDATE_GOLDEN") == "1"


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(DATA.parent.parent)   # repo root: sources print as tests/data/...
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


REL_INPUT = "tests/data/golden_input.csv"
REL_MINI = ["--no-default-lexicon", "--lexicon", "tests/data/mini.yaml"]


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_classify_golden(runner, fmt):
    result = run(runner, "classify", REL_INPUT, *REL_MINI, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    check_golden(f"classify.{fmt}", result.stdout)
    assert "10 rows read, 8 used, 2 skipped (1 empty text, 1 non-customer role)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_classify_jsonl_parses_and_matches_schema(runner):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA.parent.parent / "docs" / "output.schema.json").read_text())
    result = run(runner, "classify", REL_INPUT, *REL_MINI, "--format", "json")
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, schema)
    lines = run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "jsonl").stdout.splitlines()
    customer_schema = {**schema["$defs"]["customer"], "$defs": schema["$defs"]}
    for line in lines:
        jsonschema.validate(json.loads(line), customer_schema)
    assert [json.loads(line)["customer_id"] for line in lines] == ["ann", "bob", "cat", "dan",
                                                                 "eve", "fay"]


def test_classify_types_on_fixture(runner):
    result = run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "jsonl")
    types = {d["customer_id"]: d["type"] for d in map(json.loads, result.stdout.splitlines())}
    assert types == {"ann": "marriage_partners", "bob": "enemies", "cat": "undetermined",
                     "dan": "ex_friends", "eve": "dealer_addict", "fay": "love_hate"}


def test_summary_accounts_for_every_row(runner):
    doc = json.loads(run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "json").stdout)
    s = doc["summary"]
    assert s["rows_read"] == s["rows_used"] + s["rows_skipped"] == 10
    assert s["skipped_reasons"] == {"empty text": 1, "non-customer role": 1}


def test_agent_turns_are_not_the_customer(runner):
    doc = json.loads(run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "json").stdout)
    ann = doc["customers"][0]
    assert "hostility" not in ann["signals"]   # "scam" was in the agent's turn


def test_csv_output_neutralises_formulas(runner, tmp_path):
    import csv

    data = tmp_path / "formula.csv"
    data.write_text('customer_id,text\n"=HYPERLINK(""http://x"")",I absolutely love you\n'
                    '"@SUM(1)","=cmd I adore this brand"\n', encoding="utf-8")
    out = run(runner, "classify", str(data), *REL_MINI, "-f", "csv").stdout
    cells = [cell for row in csv.reader(out.splitlines()) for cell in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(1)" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


def test_output_file_is_written_atomically(runner, tmp_path):
    target = tmp_path / "out.json"
    result = run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "json", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text())["summary"]["customers"] == 6
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_missing_output_folder_is_usage_error(runner, tmp_path):
    result = run(runner, "classify", REL_INPUT, *REL_MINI, "-o", str(tmp_path / "no" / "x.json"))
    assert result.exit_code == 2
    assert result.stderr.startswith("relradar: error:")


def test_stdin(runner):
    result = run(runner, "classify", "-", *REL_MINI, "-f", "jsonl", input=INPUT.read_text())
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 6


def test_invalid_lexicon_is_one_line_and_exit_1(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("signals:\n  a:\n    terms: {love: -3}\n")
    result = run(runner, "classify", REL_INPUT, "--lexicon", str(bad))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"relradar: error: {bad}:3:")
    assert "Traceback" not in result.stderr


def test_lexicon_validate_exit_codes(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("signals:\n  a:\n    terms: {love: -3, 'x*y': 1}\n")
    result = run(runner, "lexicon", "validate", "--standalone", str(bad))
    assert result.exit_code == 3
    assert len(result.stdout.splitlines()) >= 2
    ok = run(runner, "lexicon", "validate", "--standalone", str(MINI))
    assert ok.exit_code == 0 and ok.stdout == ""


def test_hash_ids_needs_salt_and_is_stable(runner):
    no_salt = run(runner, "classify", REL_INPUT, *REL_MINI, "--hash-ids")
    assert no_salt.exit_code == 2
    a = run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "jsonl", "--hash-ids", "--salt", "s")
    b = run(runner, "classify", REL_INPUT, *REL_MINI, "-f", "jsonl", "--hash-ids", "--salt", "s")
    assert a.stdout == b.stdout
    ids = [json.loads(line)["customer_id"] for line in a.stdout.splitlines()]
    assert "ann" not in ids and len(ids[0]) == 16


def test_explain(runner):
    result = run(runner, "explain", REL_INPUT, *REL_MINI, "--customer", "dan")
    assert result.exit_code == 0, result.stderr
    assert "ex_friends" in result.stdout
    assert "past (used to) -> lost_love" in result.stdout
    doc = json.loads(run(runner, "explain", REL_INPUT, *REL_MINI, "--customer", "dan",
                         "-f", "json").stdout)
    assert doc["customer"]["type"] == "ex_friends"
    assert doc["messages"][0]["hits"][0]["id"] == "lost_love"
    missing = run(runner, "explain", REL_INPUT, *REL_MINI, "--customer", "zed")
    assert missing.exit_code == 1 and "not found" in missing.stderr


MIXED_SKIPS = ("customer_id,role,text,truth\n"
               "a,customer,I love you guys loyal forever,marriage_partners\n"
               "b,customer,,undetermined\n"
               ",customer,hello there,undetermined\n"
               "c,agent,how can I help,undetermined\n"
               "d,customer\n"
               'e,customer,"never closed\n')
MIXED_ROWS = ("6 rows read, 1 used, 5 skipped (1 empty text, 1 malformed line, 1 missing id, "
              "1 non-customer role, 1 unterminated quote)")


def test_explain_accounts_for_every_row_and_quiet_silences_it(runner, tmp_path):
    export = tmp_path / "rows.csv"
    export.write_text(MIXED_SKIPS, encoding="utf-8")
    result = run(runner, "explain", str(export), *REL_MINI, "-c", "a", "-f", "json")
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)
    lines = result.stderr.splitlines()
    assert lines[0].startswith("relradar: warning: ") and "unterminated quote" in lines[0]
    assert lines[-1] == f"relradar: {MIXED_ROWS}; 1 messages of this customer"
    quiet = run(runner, "explain", str(export), *REL_MINI, "-c", "a", "-f", "json", "-q")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout == result.stdout


def test_lexicon_suggest_accounts_for_every_row(runner, tmp_path):
    export = tmp_path / "rows.csv"
    export.write_text(MIXED_SKIPS, encoding="utf-8")
    result = run(runner, "lexicon", "suggest", str(export), "--label-col", "truth")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("relradar: warning: ") and "unterminated quote" in lines[0]
    assert lines[-1].startswith(f"relradar: {MIXED_ROWS}; ")
    assert run(runner, "lexicon", "suggest", str(export), "--label-col", "truth",
               "-q").stderr == ""


def test_every_command_has_help(runner):
    import typer.main

    group = typer.main.get_command(app)
    seen = 0
    stack = [(group, [])]
    while stack:
        command, path = stack.pop()
        for name, sub in getattr(command, "commands", {}).items():
            assert sub.help or sub.short_help, f"{' '.join(path + [name])} has no help"
            for param in sub.params:
                if param.param_type_name == "option":
                    assert param.help, f"{name} {param.opts} has no help"
            result = run(runner, *path, name, "--help")
            assert result.exit_code == 0
            seen += 1
            stack.append((sub, path + [name]))
    assert seen >= 8


def test_types_and_lexicon_show(runner):
    table = run(runner, "types")
    assert table.exit_code == 0 and "marriage_partners" in table.stdout
    assert "(optional)" in table.stdout
    doc = json.loads(run(runner, "types", "-f", "json").stdout)
    ids = {t["id"] for t in doc}
    assert len(ids) == 25 and {"love_hate", "courtship"} <= ids
    love_hate = next(t for t in doc if t["id"] == "love_hate")
    assert love_hate["requires"] and love_hate["strategy"]["move"] == "bolster"
    show = json.loads(run(runner, "lexicon", "show", "--type", "dealer_addict", "-f",
                          "json").stdout)
    assert show["types"][0]["id"] == "dealer_addict"
    assert "addicted" in show["types"][0]["terms"]["craving"]
    text = run(runner, "lexicon", "show", "--type", "adversaries")
    assert text.exit_code == 0 and "conflict_expectation" in text.stdout
    unknown = run(runner, "lexicon", "show", "--type", "nope")
    assert unknown.exit_code == 2 and "unknown type" in unknown.stderr
