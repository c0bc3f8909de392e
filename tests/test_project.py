"""The project file: found from the working directory upward, flags override it, every
problem reported with file:line, `relradar config` says where each setting came from, and
`relradar check` gates from it with no flags."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.errors import InputError
from relradar.project import Setting, find_project_file, load_project_file
from relradar.cli_project import PROJECT_KEYS

from .conftest import EXAMPLES, write_wrong_labels


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A copy of the examples with their relradar.toml; the working directory is a subfolder."""
    for name in ("chats.csv", "emails.jsonl", "labels.csv", "relradar.toml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    monkeypatch.delenv("RELRADAR_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def mislabel(project) -> None:
    """Two of the project's labels wrong (conftest.WRONG_LABELS), so a strict gate fails."""
    write_wrong_labels(project / "labels.csv")


def test_found_from_a_subfolder(project):
    assert find_project_file() == project / "relradar.toml"


def test_check_runs_with_no_flags_and_gates(project):
    mislabel(project)
    result = run("check")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("accuracy ")
    strict = project / "relradar.toml"
    strict.write_text(strict.read_text().replace("min_accuracy = 0.7", "min_accuracy = 0.99"))
    gated = run("check")
    assert gated.exit_code == 3
    assert "below --min-accuracy 0.99" in gated.stderr


def test_a_threshold_outside_0_to_1_in_the_file_is_named_with_its_line(project):
    toml = project / "relradar.toml"
    text = toml.read_text().replace("min_accuracy = 0.7", "min_accuracy = nan")
    toml.write_text(text)
    number = text.splitlines().index("min_accuracy = nan") + 1
    result = run("check")
    assert result.exit_code == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"relradar: error: ../../relradar.toml:{number}: min_accuracy "
        "must be a number from 0 to 1, not nan; it sets --min-accuracy, e.g. 0.7 for 70%"]


def test_a_scoring_share_outside_0_to_1_in_the_file_is_a_problem(project):
    toml = project / "relradar.toml"
    toml.write_text(toml.read_text() + "\n[scoring]\nmin_share = 50\n")
    number = len(toml.read_text().splitlines())
    result = run("classify", "-f", "json")
    assert result.exit_code == 1, result.stderr
    assert result.stderr.splitlines() == [
        f"relradar: error: ../../relradar.toml:{number}: scoring.min_share is a share and "
        "must be from 0 to 1, not 50; fix ../../relradar.toml, or run with --no-config"]


def test_flags_override_the_file(project):
    mislabel(project)
    assert run("check", "--min-accuracy", "0.99").exit_code == 3
    relaxed = project / "relradar.toml"
    relaxed.write_text(relaxed.read_text().replace("min_accuracy = 0.7", "min_accuracy = 0.99"))
    assert run("check", "--min-accuracy", "0.5").exit_code == 0
    # an exclusive option on the command line drops the file's counterpart (labels)
    only_chats = run("check", str(project / "chats.csv"), "--label-col", "brand")
    assert "exactly one of" not in only_chats.stderr


def test_general_settings_reach_every_command(project):
    result = run("classify", "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(row["brand"] for row in rows)       # [columns] brand = "brand"
    assert len(rows) == len({(r["customer_id"], r["brand"]) for r in rows})


def test_day_first_in_the_file_reads_slash_dates_day_first(project):
    (project / "eu.csv").write_text("customer_id,text,timestamp,brand\n"
                                    "a,I absolutely love you guys,05/01/2024,Acme\n",
                                    encoding="utf-8")
    toml = project / "relradar.toml"
    toml.write_text("day_first = true\n" + toml.read_text())
    result = run("classify", str(project / "eu.csv"), "-f", "jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["first_seen"] == "2024-01-05T00:00:00Z"
    config = run("config", "-c", "classify")
    assert "day_first" in config.stdout and "relradar.toml:1" in config.stdout


def test_no_config_ignores_the_file(project):
    result = run("check", "--no-config")
    assert result.exit_code == 2 and "no input files" in result.stderr


def test_pyproject_tool_table(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n\n[tool.relradar]\n"
                                             "language = 'es'\n\n[tool.relradar.check]\n"
                                             "min_accuracy = 0.5\n")
    monkeypatch.chdir(tmp_path)
    found = find_project_file()
    assert found == tmp_path / "pyproject.toml"
    loaded = load_project_file(found, PROJECT_KEYS)
    assert loaded.setting("check", "min_accuracy").value == 0.5
    assert loaded.setting("check", "language").where == "pyproject.toml:5"


@pytest.mark.parametrize("toml, jobs_line, limit_line", [
    # every TOML spelling of the table is relradar's (text matching saw only [tool.relradar])
    ('[tool."relradar"]\njobs = 2\n\n[tool."relradar".classify]\nlimit = 3\n', 2, 5),
    ("[ tool . 'relradar' ]\njobs = 2\n[tool.relradar.classify]\nlimit = 3\n", 2, 4),
    ("[project]\nname = 'x'\ntool.relradar.jobs = 2\n", None, None),   # in [project]: not ours
    ("tool.relradar.jobs = 2\ntool.relradar.classify.limit = 3\n", 1, 2),
    ("[tool]\nrelradar.jobs = 2\nrelradar.classify.limit = 3\n", 2, 3),
    ("[tool.relradar]\njobs = 2\nclassify.limit = 3\n", 2, 3),
    ("[tool]\nrelradar = {jobs = 2, classify = {limit = 3}}\n", 2, 2),
    ('[project]\ndescription = """\n[tool.relradar]\n"""\n', None, None),   # in a string
])
def test_pyproject_tool_table_in_any_spelling(tmp_path, monkeypatch, toml, jobs_line,
                                              limit_line):
    (tmp_path / "pyproject.toml").write_text(toml)
    monkeypatch.chdir(tmp_path)
    if jobs_line is None:
        assert find_project_file() is None
        return
    assert find_project_file() == tmp_path / "pyproject.toml"
    loaded = load_project_file(tmp_path / "pyproject.toml", PROJECT_KEYS)
    assert loaded.setting(None, "jobs") == Setting(2, f"pyproject.toml:{jobs_line}")
    assert loaded.setting("classify", "limit") == Setting(3, f"pyproject.toml:{limit_line}")


@pytest.mark.parametrize("toml, message", [
    ("tool.relradar.jobs = -2\n", "pyproject.toml:1: jobs must be 0 (one per core) or more"),
    ("[tool]\nrelradar.classify.limitt = 3\n", "pyproject.toml:2: [classify] has no setting "
     "'limitt'"),
    ("tool.relradar = 3\n", "pyproject.toml:1: tool.relradar must be a table, not 3"),
    ('[tool.relradar]\nx = """\njobs = 2\n"""\njobs = -1\n', "pyproject.toml:2: unknown "
     "setting 'x'; pyproject.toml:5: jobs must be"),      # not the jobs inside the string
])
def test_pyproject_problems_in_any_spelling_have_their_line(tmp_path, monkeypatch, toml,
                                                            message):
    (tmp_path / "pyproject.toml").write_text(toml)
    monkeypatch.chdir(tmp_path)
    result = run("classify", "x.csv")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"relradar: error: {message}")
    assert result.stderr.count("\n") == 1


def test_pyproject_without_the_table_is_passed_over(tmp_path, monkeypatch):
    (tmp_path / "relradar.toml").write_text("language = 'en'\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    monkeypatch.chdir(tmp_path / "sub")
    assert find_project_file() == tmp_path / "relradar.toml"


def test_every_problem_with_its_line(tmp_path):
    path = tmp_path / "relradar.toml"
    path.write_text("langauge = 'en'\nsalt = 'secret'\n\n[columns]\nidd = 'x'\n\n"
                    "[scoring]\nmin_shar = 0.3\n")
    with pytest.raises(InputError) as caught:
        load_project_file(path, PROJECT_KEYS)
    message = str(caught.value)
    assert "relradar.toml:1: unknown setting 'langauge' (did you mean 'language'?)" in message
    assert "relradar.toml:2: 'salt' is not allowed" in message
    assert "relradar.toml:5: unknown column 'idd' (did you mean 'id'?)" in message
    assert "relradar.toml:8: unknown scoring threshold 'min_shar'" in message


def test_wrong_type_and_unknown_command_setting(project):
    path = project / "relradar.toml"
    path.write_text(path.read_text() + "\n[classify]\nlimitt = 3\n")
    result = run("classify", "-q")
    assert result.exit_code == 1
    assert "[classify] has no setting 'limitt' (did you mean 'limit'?)" in result.stderr
    path.write_text(path.read_text().replace("limitt = 3", "jobs = 'many'"))
    result = run("classify", "-q")
    assert result.exit_code == 1 and "jobs must be a whole number" in result.stderr
    assert result.stderr.count("\n") == 1


def test_every_problem_in_the_file_is_reported_at_once_with_its_line(tmp_path, monkeypatch):
    # before, only "unknown setting 'bogus'" was reported, then the next one on the next run
    (tmp_path / "relradar.toml").write_text('jobs = "many"\nbogus = 1\n[columns]\nid = 5\n'
                                            '[classify]\nlimitt = 3\nformat = "xml"\n')
    monkeypatch.chdir(tmp_path)
    result = run("classify", "x.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "relradar: error: relradar.toml:1: jobs must be a whole number, not 'many'; "
        "relradar.toml:2: unknown setting 'bogus'; relradar.toml:4: id_col must be a string, "
        "not 5; fix relradar.toml, or run with --no-config"]
    (tmp_path / "relradar.toml").write_text('[classify]\nlimitt = 3\nformat = "xml"\n')
    result = run("classify", "x.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "relradar: error: relradar.toml:2: [classify] has no setting 'limitt' (did you mean "
        "'limit'?); relradar.toml:3: format = 'xml' is not one of table, json, jsonl, csv, "
        f"parquet; fix {tmp_path / 'relradar.toml'}, or run with --no-config"]


@pytest.mark.parametrize("name, toml, message", [
    # a table where a setting belongs is named at its header (it had no line before)
    ("relradar.toml", "[classify.extra]\nx = 1\n", "1: [classify] has no setting 'extra'"),
    ("relradar.toml", "[classify]\nlimit = 5\n\n[classify.extra]\nx = 1\n",
     "4: [classify] has no setting 'extra'"),                # not [classify]'s line
    ("relradar.toml", "[classify.extra.more]\nx = 1\n", "1: [classify] has no setting 'extra'"),
    ("relradar.toml", "[extra]\nx = 1\n", "1: unknown setting 'extra'"),
    ("relradar.toml", "[scoring.extra]\nx = 1\n", "1: unknown scoring threshold 'extra'"),
    ("pyproject.toml", "[tool.relradar]\njobs = 1\n\n[tool.relradar.classify.extra]\nx = 1\n",
     "4: [classify] has no setting 'extra'"),
])
def test_an_unknown_nested_table_is_named_with_its_line(tmp_path, monkeypatch, name, toml,
                                                        message):
    (tmp_path / name).write_text(toml)
    monkeypatch.chdir(tmp_path)
    result = run("classify", "x.csv")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"relradar: error: {name}:{message}")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("toml, message", [
    # a general setting (the file's hint) and a command's (the flag's hint)
    ("language = 'en'\njobs = -3\n", "jobs must be 0 (one per core) or more, not -3; "
     "fix relradar.toml, or run with --no-config"),
    ("[classify]\nlimit = -3\n", "limit must be 0 (all customers) or more, not -3; "
     "it sets --limit"),
])
def test_a_negative_count_in_the_file_is_named_with_its_line(tmp_path, monkeypatch, toml,
                                                             message):
    (tmp_path / "relradar.toml").write_text(toml)
    monkeypatch.chdir(tmp_path)
    result = run("classify", "x.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"relradar: error: relradar.toml:2: {message}"]


def test_not_toml_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "relradar.toml").write_text("files = [\n")
    monkeypatch.chdir(tmp_path)
    result = run("classify")
    assert result.exit_code == 1 and "not valid TOML" in result.stderr


@pytest.mark.parametrize("name", ["relradar.toml", "pyproject.toml", "given.toml"])
def test_a_project_file_not_in_utf8_is_one_line_with_its_line(tmp_path, monkeypatch, name):
    table = "[tool.relradar]\n" if name == "pyproject.toml" else ""
    (tmp_path / name).write_bytes(table.encode() + b'language = "en"\nfiles = ["\xff\xfe"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RELRADAR_CONFIG", raising=False)
    result = run("classify", *(["--config", name] if name == "given.toml" else []))
    assert result.exit_code == 1
    assert not isinstance(result.exception, UnicodeDecodeError)
    line = 3 if table else 2
    assert result.stderr.splitlines() == [
        f"relradar: error: {name}:{line}: the project file is not valid UTF-8 (byte 0xff at "
        f"column 11); save {name} as UTF-8, or run with --no-config"]


def test_config_shows_values_and_sources(project, monkeypatch):
    monkeypatch.setenv("RELRADAR_SALT", "s3cret")
    result = run("config", "-c", "check", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    settings = doc["settings"]
    assert doc["project_file"] == str(project / "relradar.toml")
    assert settings["brand_col"] == {"value": "brand", "source": "../../relradar.toml:6"}
    assert settings["min_accuracy"]["value"] == 0.7
    assert settings["files"]["value"] == ["../../chats.csv", "../../emails.jsonl"]
    assert settings["encoding"] == {"value": "utf-8", "source": "default"}
    assert settings["salt"] == {"value": "(set)", "source": "env RELRADAR_SALT"}
    assert "s3cret" not in result.stdout
    assert doc["scoring"]["min_share"]["source"] == "lexicon"
    table = run("config", "-c", "check")
    assert "relradar.toml:6" in table.stdout


def test_scoring_thresholds_apply(project):
    path = project / "relradar.toml"
    before = json.loads(run("classify", "-f", "json", "-q").stdout)["summary"]["undetermined"]
    text = path.read_text()
    # signals that can no longer decide leave the learned wording model to type some
    path.write_text(text + "\n[scoring]\nmin_score = 50\n")
    learned = json.loads(run("classify", "-f", "json", "-q").stdout)["customers"]
    assert {c["decided_by"] for c in learned} == {"learned", None}
    path.write_text(text + "\n[scoring]\nmin_score = 50\nlearned_min = 0\n")
    after = json.loads(run("classify", "-f", "json", "-q").stdout)["summary"]
    assert after["undetermined"] == after["customers"] > before
