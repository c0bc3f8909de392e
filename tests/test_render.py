"""Terminal tables (issue 17): they read at 100 columns; sort and filter the customers table;
trends with periods as columns; events with shares and per brand."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.render import select_customers

from .conftest import EXAMPLES
from .test_report import customer

EXAMPLE_FILES = [str(EXAMPLES / "chats.csv"), str(EXAMPLES / "emails.jsonl"), "--brand-col",
                 "brand"]


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "100")
    return CliRunner()


def test_select_customers_sorts_and_filters():
    people = [customer("a", "fling", confidence=0.4, messages=9),
              customer("b", "enemies", confidence=0.9, distress=True, distress_reasons=("x",)),
              customer("c", "undetermined", confidence=0.0, messages=1),
              customer("d", "fling", confidence=0.7, messages=3)]
    ids = lambda rows: [c.customer_id for c in rows]  # noqa: E731
    assert ids(select_customers(people, "confidence")) == ["b", "d", "a", "c"]
    assert ids(select_customers(people, "messages")) == ["a", "d", "b", "c"]
    assert ids(select_customers(people, "distress"))[0] == "b"
    assert ids(select_customers(people, "type")) == ["b", "d", "a", "c"]
    assert ids(select_customers(people, type_ids=["fling"])) == ["a", "d"]
    assert ids(select_customers(people, hide_undetermined=True)) == ["a", "b", "d"]


def test_classify_tables_fit_100_columns(runner):
    result = runner.invoke(app, ["classify", *EXAMPLE_FILES, "--event", "2025-01-15:price rise",
                                 "--limit", "0", "-q"])
    assert result.exit_code == 0, result.stderr
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert max(len(line) for line in lines) <= 100
    assert not any("…" in line for line in lines)          # nothing cut short
    portfolio = lines[lines.index("Portfolio"):]
    header = portfolio[1].split()
    assert header == ["type", "customers", "share", "valence", "closeness", "distress",
                      "strategy"]
    assert any(line.startswith("Brewhaus Coffee ") and line.split()[-2:] == ["14", "0"]
               for line in portfolio)                       # brand total: customers, distress
    assert any(line.startswith("all brands ") and "85" in line for line in portfolio)
    assert any(line.rstrip().endswith("change gears") for line in portfolio)
    assert any(line.startswith("conf: ") for line in lines)  # the legend
    # a type absent before the event: its change is its share after ("0.0% ... 8.6% +8.6 pt")
    assert any(re.search(r"0\.0%\s+\d+\s+(\d+\.\d)%\s+\+\1 pt", line) for line in lines)
    assert any(line.strip().startswith("Lumen Mobile") for line in
               lines[next(i for i, x in enumerate(lines) if x.startswith("Before and after")):])


def test_classify_sort_type_and_hide(runner):
    import json
    import re

    doc = json.loads(runner.invoke(app, ["classify", *EXAMPLE_FILES, "-f", "json"]).stdout)
    typed = [c for c in doc["customers"] if c["type"] != "undetermined"]
    result = runner.invoke(app, ["classify", *EXAMPLE_FILES, "--sort", "confidence",
                                 "--hide-undetermined", "--limit", "5", "-q"])
    assert result.exit_code == 0, result.stderr
    table = result.stdout.split("Portfolio")[0]
    confs = [float(m) for m in re.findall(r"^\S+ .*? (\d\.\d\d) +\d+ ", table, re.M)]
    best = sorted((c["confidence"] for c in typed), reverse=True)[:5]
    assert confs == pytest.approx(best, abs=0.006)
    assert " undetermined " not in table
    assert f"showing 5 of 85 customers ({len(typed)} match)" in result.stdout
    result = runner.invoke(app, ["classify", *EXAMPLE_FILES, "--type", "enemies", "-q"])
    table = result.stdout.split("Portfolio")[0]
    enemies = sum(c["type"] == "enemies" for c in doc["customers"])
    assert enemies and table.count(" enemies ") == enemies and " fling " not in table


def test_table_options_fail_early_elsewhere(runner):
    result = runner.invoke(app, ["classify", *EXAMPLE_FILES, "--sort", "type", "-f", "json"])
    assert result.exit_code == 2 and "--format table" in result.stderr
    result = runner.invoke(app, ["classify", *EXAMPLE_FILES, "--type", "frenemies"])
    assert result.exit_code == 2 and "relradar types" in result.stderr
    assert "rows read" not in result.stderr


def test_trends_table_fits_and_splits_periods(runner):
    result = runner.invoke(app, ["trends", *EXAMPLE_FILES, "--every", "month", "-q"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    blocks = [line for line in lines if line.startswith("Share of each period's customers")]
    assert len(blocks) >= 2                                 # 17 months do not fit in one
    assert all(" to " in b for b in blocks)


def test_classify_event_json_matches_schema(runner):
    import json

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((EXAMPLES.parent / "docs" / "output.schema.json").read_text())
    result = runner.invoke(app, ["classify", *EXAMPLE_FILES, "--event", "2025-01-15:price rise",
                                 "-f", "json", "--hash-ids", "--salt", "s", "-q"])
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, schema)
    (event,) = doc["events"]
    assert [b["brand"] for b in event["brands"]][:2] == ["Brewhaus Coffee", "Glowtide Beauty"]
    assert event["shifted"] and not any(s["customer_id"].startswith(("c0", "e1"))
                                        for s in event["shifted"])
