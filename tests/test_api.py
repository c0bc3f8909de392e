"""The Python API: DataFrames in and out, one string scored, files analysed; the same results
as the CLI; `import relradar` stays light; the README's notebook example runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pandas as pd
from typer.testing import CliRunner

import relradar
from relradar.cli import app

from .conftest import EXAMPLES, ROOT

FILES = [str(EXAMPLES / "chats.csv"), str(EXAMPLES / "emails.jsonl")]


def cli_types(*args: str) -> dict[tuple[str, str | None], tuple[str, float]]:
    result = CliRunner().invoke(app, ["classify", *args, "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    rows = map(json.loads, result.stdout.splitlines())
    return {(r["customer_id"], r["brand"]): (r["type"], r["confidence"]) for r in rows}


def frame_types(frame: pd.DataFrame) -> dict[tuple[str, str | None], tuple[str, float]]:
    return {(r.customer_id, r.brand): (r.type, r.confidence) for r in frame.itertuples()}


def test_classify_a_dataframe_like_the_cli():
    chats = pd.read_csv(EXAMPLES / "chats.csv")
    results = relradar.classify(chats, id="customer_id", text="text", time="timestamp",
                                brand="brand")
    assert frame_types(results) == cli_types(FILES[0], "--brand-col", "brand")
    summary = results.attrs["summary"]
    assert summary["rows_read"] == len(chats) == summary["rows_used"] + summary["rows_skipped"]
    assert summary["skipped_reasons"] == {"non-customer role": 74}


def test_result_columns_are_the_json_fields():
    results = relradar.analyze(FILES, brand="brand")
    doc = json.loads(CliRunner().invoke(app, ["classify", *FILES, "--brand-col", "brand",
                                              "-f", "json", "-q"]).stdout)
    assert list(results.columns) == list(doc["customers"][0])
    assert isinstance(results.loc[0, "evidence"], list)
    assert str(results["first_seen"].dtype).startswith("datetime64")
    assert frame_types(results) == cli_types(*FILES, "--brand-col", "brand")


def test_empty_frame_has_the_same_columns():
    results = relradar.analyze(FILES[:1])
    empty = relradar.classify(pd.DataFrame({"customer_id": ["a"], "text": [""]}))
    assert len(empty) == 0 and list(empty.columns) == list(results.columns)
    assert empty.attrs["summary"]["skipped_reasons"] == {"empty text": 1}


def test_missing_values_and_numeric_ids():
    frame = pd.DataFrame({"customer_id": [447700900123, 447700900123, 7],
                          "text": ["I love you guys, loyal forever", None, float("nan")]})
    results = relradar.classify(frame)
    assert list(results["customer_id"]) == ["447700900123"]
    assert results.attrs["summary"]["skipped_reasons"] == {"empty text": 2}


def test_list_of_dicts_and_hashed_ids():
    rows = [{"customer_id": "ann", "text": "I absolutely adore this brand, loyal forever"}]
    plain = relradar.classify(rows)
    hashed = relradar.classify(rows, salt="s")
    assert plain.loc[0, "customer_id"] == "ann" and hashed.loc[0, "customer_id"] != "ann"
    assert plain.loc[0, "type"] == hashed.loc[0, "type"]


def test_score_text():
    score = relradar.score_text("I don't love you guys anymore")
    assert score.signals == {"lost_love": 1.4}
    assert score.hits[0]["modifiers"] == ["negated by n't", "past (anymore) -> lost_love"]
    negated = relradar.score_text("I don't trust you anymore")
    assert all(isinstance(v, float) for v in negated.signals.values())
    assert -1.0 <= negated.sentiment <= 1.0
    assert set(score.to_dict()) == {"text", "signals", "rules", "hits", "sentiment"}


def test_package_docstring_names_things_that_exist():
    import importlib

    names = set(re.findall(r"`(relradar(?:\.\w+)+)`", relradar.__doc__ or ""))
    names |= set(re.findall(r"(relradar\.\w+)\(", relradar.__doc__ or ""))
    assert names
    for dotted in names:
        module, _, attr = dotted.rpartition(".")
        try:
            target = importlib.import_module(dotted)
        except ImportError:
            target = getattr(importlib.import_module(module), attr)
        assert target is not None, dotted


def test_import_is_light():
    code = ("import sys, relradar; heavy = {'pandas', 'spacy', 'rich'} & set(sys.modules); "
            "assert not heavy, heavy; assert callable(relradar.score_text)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_help_does_not_import_spacy_or_pandas():
    code = ("import sys\nfrom relradar.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = {'pandas', 'spacy'} & set(sys.modules)\nassert not heavy, heavy\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- notebook example: tested -->\s*```python\n(.*?)```", text, re.S)
    assert match, "README lost its notebook example"
    return match.group(1)


def test_readme_notebook_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(readme_example(), "README.md", "exec"), namespace)
    results = namespace["results"]
    assert isinstance(results, pd.DataFrame) and len(results) == 57   # (customer, brand) pairs
    assert "marriage_partners" in capsys.readouterr().out
