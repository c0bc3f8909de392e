"""No silent surprises (issue 14, item 5): CSV ids kept exactly while formulas stay inert,
role values that match no row, "did you mean", labels that are not types, conflicting labels,
lexicon problems in one pass, exit codes as the README says, progress with percentage and ETA."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.render import csv_safe

from .conftest import EXAMPLES, ROOT

INPUT = "tests/data/golden_input.csv"
MINI = ["--no-default-lexicon", "--lexicon", "tests/data/mini.yaml"]


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(ROOT)
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


# ---------------------------------------------------------------- CSV ids and formulas

@pytest.mark.parametrize("cell, written", [
    ("+447700900123", "+447700900123"),
    ("-42", "-42"),
    ("-3.5", "-3.5"),
    ("+44 7700 900123", "+44 7700 900123"),
    ("@handle", "@handle"),
    ("@some.user_1", "@some.user_1"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("-", "'-"),
    ("@", "'@"),
    ("@x y", "'@x y"),
    ("\tx", "'\tx"),
    ("plain", "plain"),
])
def test_csv_cell_rule(cell, written):
    assert csv_safe(cell) == written


def test_csv_keeps_crm_ids_exactly(runner, tmp_path):
    data = tmp_path / "crm.csv"
    ids = ["+447700900123", "-42", "@handle", "=cmd|' /C calc'!A0", "@SUM(1)", "+1+cmd"]
    data.write_text("customer_id,text\n" + "".join(
        f'"{cid}",I absolutely love you guys\n' for cid in ids), encoding="utf-8")
    csv_out = run(runner, "classify", str(data), *MINI, "-f", "csv", "-q").stdout
    json_out = run(runner, "classify", str(data), *MINI, "-f", "jsonl", "-q").stdout
    csv_ids = {row["customer_id"] for row in csv.DictReader(io.StringIO(csv_out))}
    json_ids = {json.loads(line)["customer_id"] for line in json_out.splitlines()}
    assert {"+447700900123", "-42", "@handle"} <= csv_ids & json_ids
    assert {"'=cmd|' /C calc'!A0", "'@SUM(1)", "'+1+cmd"} <= csv_ids


def test_readme_documents_the_csv_rule():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "+447700900123" in readme and "@SUM(1)" in readme


# ---------------------------------------------------------------- roles

@pytest.fixture()
def roles_file(tmp_path):
    data = tmp_path / "roles.csv"
    data.write_text("customer_id,role,text\n"
                    "a,agent,We love our loyal customers\n"
                    "a,client,I absolutely love you\n"
                    "b,agent,Thanks for waiting\n"
                    "b,client,this is a scam\n", encoding="utf-8")
    return str(data)


def test_role_matching_no_row_lists_the_role_values(runner, roles_file):
    result = run(runner, "classify", roles_file, *MINI, "--customer-role", "agnet")
    assert result.exit_code == 1
    assert "no row has a customer role (agnet); role values seen: agent (2), client (2)" \
        in result.stderr
    assert "did you mean --customer-role agent?" in result.stderr
    assert result.stderr.count("\n") == 1


def test_default_roles_matching_no_row(runner, tmp_path):
    data = tmp_path / "speakers.csv"
    data.write_text("customer_id,speaker,text\na,bot,hello\na,human,I love you\n")
    result = run(runner, "classify", str(data), *MINI)
    assert result.exit_code == 1
    assert "role values seen: bot (1), human (1)" in result.stderr


def test_one_role_of_several_matching_nothing_warns(runner, roles_file):
    result = run(runner, "classify", roles_file, *MINI, "--customer-role", "client,custmer")
    assert result.exit_code == 0, result.stderr
    assert "warning: --customer-role 'custmer' matches no row" in result.stderr


def test_customer_role_without_a_role_column(runner):
    result = run(runner, "classify", str(EXAMPLES / "emails.jsonl"), "--customer-role", "user")
    assert result.exit_code == 2
    assert "--customer-role was given but" in result.stderr and "--role-col" in result.stderr


# ---------------------------------------------------------------- did you mean

def test_column_did_you_mean(runner):
    result = run(runner, "classify", INPUT, *MINI, "--text-col", "txet")
    assert result.exit_code == 1
    assert "column 'txet' not found in tests/data/golden_input.csv (did you mean 'text'?)" \
        in result.stderr


def test_customer_did_you_mean(runner):
    result = run(runner, "explain", str(EXAMPLES / "chats.csv"), "--customer", "c0111")
    assert result.exit_code == 1
    assert "did you mean --customer c011?" in result.stderr


# ---------------------------------------------------------------- check labels

@pytest.fixture()
def sentiment_file(tmp_path):
    data = tmp_path / "sentiment.csv"
    rows = [("a", "positive", "I absolutely love you guys, loyal forever"),
            ("a", "positive", "never switching"),
            ("b", "negative", "this is a scam, I hate it"),
            ("c", "neutral", "what time do you open"),
            ("d", "negative", "I hate you, total scam"),
            ("d", "positive", "scam company")]
    data.write_text("customer_id,sentiment,text\n" + "".join(
        f"{c},{label},{text!r}\n".replace("'", '"') for c, label, text in rows))
    return str(data)


def test_check_rejects_labels_that_are_not_types(runner, sentiment_file):
    result = run(runner, "check", sentiment_file, *MINI, "--label-col", "sentiment")
    assert result.exit_code == 1
    line = result.stderr
    assert ("3 label value(s) are not relationship types: 'positive' (2 customers), "
            "'negative' (1 customer), 'neutral' (1 customer)") in line   # d: a tie, last row
    assert "--label-map" in line and "accuracy" not in result.stdout


def test_check_label_map_and_conflicting_labels(runner, sentiment_file):
    result = run(runner, "check", sentiment_file, *MINI, "--label-col", "sentiment", "-f",
                 "json", "--label-map", "positive=marriage_partners", "--label-map",
                 "negative=enemies", "--label-map", "neutral=undetermined")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["customers"] == 4 and doc["correct"] == 3     # d's tie goes to its last row
    assert doc["conflicting_labels"] == [{"customer_id": "d", "brand": None,
                                          "labels": {"negative": 1, "positive": 1}}]
    assert "1 customer(s) have rows with different labels: d (negative 1, positive 1)" \
        in result.stderr


def test_conflicting_label_ids_are_hashed_with_hash_ids(runner, sentiment_file):
    result = run(runner, "check", sentiment_file, *MINI, "--label-col", "sentiment", "-f",
                 "json", "--label-map", "positive=marriage_partners", "--label-map",
                 "negative=enemies", "--label-map", "neutral=undetermined", "--hash-ids",
                 "--salt", "s")
    assert result.exit_code == 0, result.stderr
    ids = [c["customer_id"] for c in json.loads(result.stdout)["conflicting_labels"]]
    assert len(ids) == 1 and ids[0] != "d" and "d (" not in result.stderr


def test_check_accepts_type_names(runner, tmp_path):
    data = tmp_path / "named.csv"
    data.write_text("customer_id,label,text\na,Marriage partners,I love you and I'm loyal\n"
                    "b,ENEMIES,scam scam I hate it\n")
    result = run(runner, "check", str(data), *MINI, "--label-col", "label", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["correct"] == 2


def test_labels_file_conflicts_are_reported(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("customer_id,type\nann,marriage_partners\nann,enemies\nbob,enemies\n")
    result = run(runner, "check", INPUT, *MINI, "--labels", str(labels))
    assert result.exit_code == 0, result.stderr
    assert "ann (marriage_partners 1, enemies 1)" in result.stderr


def test_labels_file_with_unknown_types_fails_before_work(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("customer_id,type\nann,mariage_partners\n")
    result = run(runner, "check", INPUT, *MINI, "--labels", str(labels))
    assert result.exit_code == 1
    assert "did you mean 'marriage_partners'?" in result.stderr


# ---------------------------------------------------------------- lexicon validate

def test_validate_finds_a_misspelt_type(runner, tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("types:\n  flingg: {disabled: true}\n")
    result = run(runner, "lexicon", "validate", str(overlay))
    assert result.exit_code == 3
    assert f"{overlay}:2: type 'flingg' is not defined in the lexicons this file extends " \
           "(did you mean 'fling'?)" in result.stdout
    classify = run(runner, "classify", INPUT, "--lexicon", str(overlay))
    assert classify.exit_code == 1 and "flingg" in classify.stderr


def test_misspelt_signal_overlay_but_a_new_used_signal_is_fine(runner, tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("signals:\n  atraction:\n    terms: {smitten: 1.0}\n")
    result = run(runner, "lexicon", "validate", str(overlay))
    assert result.exit_code == 3
    assert "signal 'atraction' is not defined in the lexicons this file extends (did you " \
           "mean 'attraction'?); and no type uses it" in result.stdout
    wired = tmp_path / "wired.yaml"
    wired.write_text("signals:\n  smitten:\n    terms: {head over heels for: 1.0}\n"
                     "types:\n  fling:\n    signals: {smitten: 1.0}\n")
    assert run(runner, "lexicon", "validate", str(wired)).exit_code == 0


def test_validate_reports_every_problem_in_one_pass(runner, tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("signals:\n  attraction:\n    terms: {adore: -3}\n"       # a bad weight
                       "types:\n  fling:\n    signals: {atraction: 1.0}\n"     # unknown signal
                       "  flingg: {disabled: true}\n"                          # unknown type
                       "  buddies:\n    signals: {excitement: 9}\n")           # weight too big
    result = run(runner, "lexicon", "validate", str(overlay))
    assert result.exit_code == 3
    problems = result.stdout.splitlines()
    assert any(":3:" in p and "weight of 'adore'" in p for p in problems)
    assert any("uses unknown signal 'atraction' (did you mean 'attraction'?)" in p
               for p in problems)
    assert any("'flingg'" in p for p in problems)
    assert any("weight of 'excitement'" in p for p in problems)
    assert f"{len(problems)} problem(s) found" in result.stderr


def test_unknown_signal_in_every_place(runner, tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "signals:\n  attraction: {negated: disafection}\n"
        "  nostalgia: {label: Nostalgia, valence: positive, terms: {'good old days': 1},"
        " combine: [[atraction, commitment]]}\n"
        "modifiers:\n  sarcasm_situations: [service_faillure]\n"
        "types:\n  fling:\n    requires: [[excitment]]\n    rules: {advance_notise: 1}\n")
    problems = run(runner, "lexicon", "validate", str(overlay)).stdout
    for wrong in ("disafection", "atraction", "service_faillure", "excitment",
                  "advance_notise"):
        assert re.search(rf"unknown (signal|rule) '{wrong}' \(did you mean", problems), wrong


def test_validate_missing_file_is_exit_1(runner, tmp_path):
    result = run(runner, "lexicon", "validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert result.stderr == f"relradar: error: {tmp_path / 'nope.yaml'}: no such file; " \
                            "give the lexicon YAML file's path\n"


# ---------------------------------------------------------------- exit codes (README table)

@pytest.mark.parametrize("args, code", [
    (["classify", INPUT, *MINI, "-q"], 0),
    (["classify", "no/such/file.csv"], 1),
    (["classify", INPUT, "--text-col", "nope"], 1),
    (["classify", INPUT, "--lexicon", "no/such/lexicon.yaml"], 1),
    (["lexicon", "validate", "no/such/lexicon.yaml"], 1),
    (["classify", INPUT, "--no-such-option"], 2),
    (["classify", INPUT, "-f", "table", "-o", "x.csv"], 2),
    (["classify", INPUT, "--hash-ids"], 2),
    (["check", INPUT, *MINI, "--label-col", "role"], 1),
    (["lexicon", "validate", "--standalone", "tests/data/mini.yaml"], 0),
])
def test_exit_codes_match_the_readme(runner, monkeypatch, args, code):
    monkeypatch.delenv("RELRADAR_SALT", raising=False)
    assert run(runner, *args).exit_code == code


def test_readme_exit_code_table_lists_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Exit codes"):]
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 130 |"):
        assert code in table


# ---------------------------------------------------------------- progress

def test_progress_shows_percentage_and_eta_when_the_size_is_known():
    from rich.console import Console
    from rich.progress import Progress

    from relradar.cli import progress_columns

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    with Progress(*progress_columns(1000), console=console, auto_refresh=False) as bar:
        task = bar.add_task("scoring", total=1000, messages=0)
        bar.update(task, completed=500, messages=12000)
        bar.refresh()
    text = out.getvalue()
    assert "50%" in text and "12,000 messages" in text and "ETA" in text
    unknown = io.StringIO()
    console = Console(file=unknown, force_terminal=True, width=120, color_system=None)
    with Progress(*progress_columns(None), console=console, auto_refresh=False) as bar:
        task = bar.add_task("scoring", total=None, messages=0)
        bar.update(task, messages=3000)
        bar.refresh()
    assert "%" not in unknown.getvalue() and "3,000 messages" in unknown.getvalue()


def test_read_position_follows_the_files():
    from relradar.readers import ReaderOptions, ReadStats, read_messages

    stats = ReadStats()
    files = [str(EXAMPLES / "chats.csv"), str(EXAMPLES / "emails.jsonl")]
    positions = []
    for _ in read_messages(files, ReaderOptions(), stats):
        positions.append(stats.position())
    sizes = [(EXAMPLES / "chats.csv").stat().st_size, (EXAMPLES / "emails.jsonl").stat().st_size]
    assert positions == sorted(positions) and 0 < positions[0] <= sizes[0]
    assert stats.position() == sum(sizes)
