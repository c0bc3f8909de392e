"""Dynamics (issue 5): time order decides ex-friends, engagement direction, `relradar trends`
per period with transitions, and before/after a company event (`--event`)."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar import scoring, trends
from relradar.cli import app
from relradar.errors import UsageError
from relradar.models import Message

from .conftest import DATA

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("RELRADAR_UPDATE_GOLDEN") == "1"
SOURED = "tests/data/history/soured.csv"
PERIODS = "tests/data/history/periods.csv"
ENGAGEMENT = "tests/data/history/engagement.csv"
EVENT = "2025-02-01:price rise"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(DATA.parent.parent)   # repo root: sources print as tests/data/...
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, list(args))


def jsonl_by_id(text: str) -> dict[str, dict]:
    return {d["customer_id"]: d for d in map(json.loads, text.splitlines())}


def ts(day: str) -> float:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc).timestamp()


# ---------------------------------------------------------------- time order decides the type

WARM = ["I love you guys, loyal forever!", "Best coffee in town, I'm a customer for life."]
SOUR = ["You betrayed me. I'm done with you.",
        "I feel so let down, you betrayed my trust and I'm done with you."]


def history(lexicon, matcher, texts_and_days):
    state = scoring.CustomerState("c", None)
    for seq, (text, day) in enumerate(texts_and_days):
        cleaned, hits = matcher.match_text(text)
        state.add(seq, ts(day) if day else None, f"t:{seq + 1}", cleaned, hits)
    return scoring.finish_customer(state, lexicon)


def test_warm_then_sour_is_ex_friends(default_lexicon, default_matcher):
    days = ["2025-01-05", "2025-01-20", "2025-03-02", "2025-03-20"]
    result = history(default_lexicon, default_matcher, list(zip(WARM + SOUR, days)))
    assert result.type == "ex_friends"
    assert result.signals.get("soured", 0) > 0
    assert any(r.startswith("Warmth turned sour") for r in result.distress_reasons)


def test_same_messages_sour_then_warm_is_not_ex_friends(default_lexicon, default_matcher):
    # file order is still warm first: only the timestamps say the sour messages came first
    days = ["2025-03-02", "2025-03-20", "2025-01-05", "2025-01-20"]
    result = history(default_lexicon, default_matcher, list(zip(WARM + SOUR, days)))
    assert "soured" not in result.signals
    assert result.type != "ex_friends"
    assert result.type == "marriage_partners"
    assert result.runner_up == "ex_friends"


def test_cli_order_decides_ex_friends(runner):
    result = run(runner, "classify", SOURED, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    people = jsonl_by_id(result.stdout)
    warm_first, sour_first = people["warm_first"], people["sour_first"]
    assert warm_first["type"] == "ex_friends"
    assert "soured" in warm_first["signals"]
    assert sour_first["type"] != "ex_friends"
    assert sour_first["type"] == "marriage_partners"
    assert "soured" not in sour_first["signals"]
    # the only difference is soured: same per-message signals otherwise
    same = {k: v for k, v in warm_first["signals"].items() if k != "soured"}
    assert same == sour_first["signals"]


def test_soured_amount_needs_warmth_first(default_lexicon):
    def msg(i, **signals):
        return scoring.ScoredMessage((float(i), i), i + 1, tuple(signals.items()), ())

    warm_then_sour = [msg(0, attraction=2.0), msg(1, lost_love=1.0, churn=2.5)]
    assert scoring.soured_amount(warm_then_sour, default_lexicon) == 2.0   # min(2.0, 3.5)
    assert scoring.soured_amount(list(reversed(warm_then_sour)), default_lexicon) == 0.0
    # sourness that never outweighs the later warmth is no trajectory
    recovered = [msg(0, attraction=2.0), msg(1, churn=1.0), msg(2, attraction=3.0)]
    assert scoring.soured_amount(recovered, default_lexicon) == 0.0
    assert scoring.soured_amount([], default_lexicon) == 0.0


# ---------------------------------------------------------------- engagement

def test_engagement_directions(runner):
    result = run(runner, "classify", ENGAGEMENT, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    people = jsonl_by_id(result.stdout)
    grower, leaver = people["grower"], people["leaver"]
    assert grower["engagement"] == "ratcheting_up"
    assert "+ Doing more with the brand" in grower["engagement_reasons"]
    assert "+ in touch more often" in grower["engagement_reasons"]
    assert leaver["engagement"] == "dialling_down"
    assert "- Leaving" in leaver["engagement_reasons"]
    assert "- in touch less often" in leaver["engagement_reasons"]


def test_engagement_steady_without_cues(default_lexicon, default_matcher):
    result = history(default_lexicon, default_matcher, [
        ("Great value for money, it just works.", "2025-01-01"),
        ("Great value for money, it just works.", "2025-02-01")])
    assert result.engagement == "steady"
    assert result.engagement_reasons == ()


def test_engagement_counts_contact_days_not_messages(default_lexicon, default_matcher):
    """Five messages on one day are one contact: no frequency reason."""
    state = scoring.CustomerState("c", None)
    for seq in range(5):
        cleaned, hits = default_matcher.match_text("Great value for money, it just works.")
        state.add(seq, ts("2025-01-01") + seq * 60, "t", cleaned, hits)
    result = scoring.finish_customer(state, default_lexicon)
    assert not any("in touch" in r for r in result.engagement_reasons)


# ---------------------------------------------------------------- periods and events (unit)

def test_period_of():
    t = ts("2025-02-14")
    assert trends.period_of(t, "month") == "2025-02"
    assert trends.period_of(t, "quarter") == "2025-Q1"
    assert trends.period_of(t, "week") == "2025-W07"
    assert trends.period_of(ts("2025-12-29"), "week") == "2026-W01"   # ISO week-year
    assert trends.period_of(ts("2025-10-01"), "quarter") == "2025-Q4"


def test_parse_event():
    event = trends.parse_event(EVENT)
    assert event == trends.Event("price rise", ts("2025-02-01"), "2025-02-01")
    assert trends.parse_event(" 2025-02-01 : launch ").name == "launch"
    for bad in ("price rise", "2025-02-01:", "2025-02-01:   ", "someday:launch", ":launch"):
        with pytest.raises(UsageError):
            trends.parse_event(bad)


def test_an_event_date_follows_day_first():
    assert trends.parse_event("05/01/2025:x").timestamp == ts("2025-05-01")
    assert trends.parse_event("05/01/2025:x", day_first=True).timestamp == ts("2025-01-05")
    assert trends.parse_event("31/12/2025:x").timestamp == ts("2025-12-31")


@pytest.mark.parametrize("text,date", [
    ("1899-01-01:x", "1899-01-01"), ("2200-06-01:launch", "2200-06-01"),
    ("0001-01-01T00:00+05:00:x", "0001-01-01T00:00+05:00"), ("-5e12:x", "-5e12"),
])
def test_an_event_outside_the_time_window_says_so(text, date):
    # was 'is not DATE:NAME' for a well-formed date the timestamps' window refuses
    with pytest.raises(UsageError) as caught:
        trends.parse_event(text)
    assert f"the date {date!r} is outside the supported window (1900-01-01 to 2200-01-01)" \
        in str(caught.value)
    assert "DATE:NAME" not in caught.value.message


def test_an_event_outside_the_time_window_is_a_usage_error(runner, tmp_path):
    corpus = tmp_path / "small.csv"
    corpus.write_text("customer_id,text\na,I love you\n", encoding="utf-8")
    result = run(runner, "classify", str(corpus), "--event", "1899-01-01:x")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "relradar: error: --event '1899-01-01:x': the date '1899-01-01' is outside the "
        "supported window (1900-01-01 to 2200-01-01); give a date from 1900 to 2199, e.g. "
        "--event '2025-01-15:price rise'"]


def test_parse_event_with_a_time_of_day():
    # was a bug: split at the first colon gave name '00:00Z:launch', date '2025-02-01T12'
    event = trends.parse_event("2025-02-01T12:00:00Z:launch")
    assert event.name == "launch"
    assert event.timestamp == ts("2025-02-01T12:00:00")
    assert event.date == "2025-02-01T12:00:00Z"


def test_parse_event_name_with_a_colon():
    event = trends.parse_event("2025-02-01:price rise: phase 2")
    assert (event.name, event.date) == ("price rise: phase 2", "2025-02-01")


def test_window_sink_splits_periods_and_event_sides(default_lexicon, default_matcher):
    event = trends.parse_event(EVENT)
    sink = trends.WindowSink(default_lexicon, "month", [event])
    rows = [("a", "2025-01-10", WARM[0]), ("a", "2025-02-01", SOUR[0]),   # on the day: after
            ("b", "2025-03-05", WARM[1]), ("b", None, WARM[1])]
    for seq, (cid, day, text) in enumerate(rows):
        cleaned, hits = default_matcher.match_text(text)
        sink.add(seq, Message(cid, text, ts(day) if day else None), cleaned, hits)
    assert sorted(sink.periods.states) == ["2025-01", "2025-02", "2025-03"]
    assert sink.periods.untimed == 1
    sides = sink.by_event["price rise"].states
    assert set(sides["before"]) == {("a", None)}
    assert set(sides["after"]) == {("a", None), ("b", None)}
    assert sides["after"][("b", None)].messages == 1      # the untimed message is in no window
    report = trends.event_report(event, sink.by_event["price rise"])
    assert report["active_both_sides"] == 1
    assert report["before"]["customers"] == 1 and report["after"]["customers"] == 2


# ---------------------------------------------------------------- relradar trends

@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_trends_golden(runner, fmt):
    result = run(runner, "trends", PERIODS, "--every", "month", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    check_golden(f"trends.{fmt}", result.stdout)
    assert result.stderr == ("relradar: 12 rows read, 12 used, 0 skipped; 3 periods, 2 kinds "
                             "of transition\n")


def test_trends_json_content(runner):
    doc = json.loads(run(runner, "trends", PERIODS, "--every", "month", "-f", "json").stdout)
    assert [p["period"] for p in doc["periods"]] == ["2025-01", "2025-02", "2025-03"]
    assert [p["customers"] for p in doc["periods"]] == [3, 4, 4]      # dee starts in February
    assert doc["messages_without_time"] == 1
    moves = {(t["from"], t["to"]) for t in doc["transitions"]}
    # ben's one value message a month is an incident, not yet a relationship
    assert moves == {("marriage_partners", "ex_friends"), ("basic_exchange", "enemies")}
    assert all(t["from_period"] == "2025-02" and t["to_period"] == "2025-03"
               for t in doc["transitions"])
    per = {(c["customer_id"], c["period"]): c["type"] for c in doc["customers"]}
    assert per[("amy", "2025-01")] == per[("amy", "2025-02")] == "marriage_partners"
    assert per[("amy", "2025-03")] == "ex_friends"
    assert per[("ben", "2025-03")] == "enemies"
    assert {per[("cal", p)] for p in ("2025-01", "2025-02", "2025-03")} == {"fling"}
    assert ("dee", "2025-01") not in per
    assert doc["periods"][2]["distressed"] == 2


def test_trends_table_content(runner):
    out = run(runner, "trends", PERIODS, "--every", "month").stdout
    assert "Share of each period's customers per type" in out
    assert "Changes of type between consecutive periods" in out
    header = next(line for line in out.splitlines() if line.startswith("type "))
    assert header.split() == ["type", "2025-01", "2025-02", "2025-03"]   # periods as columns
    fling = next(line for line in out.splitlines() if line.startswith("fling "))
    assert fling.split() == ["fling", "33.3%", "25.0%", "25.0%"]          # shares, not counts
    assert "1 messages without a usable time are not in any period" in out


def test_trends_jsonl_and_csv_rows(runner):
    lines = run(runner, "trends", PERIODS, "-f", "jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 11          # 3 + 4 + 4 customer-periods
    assert set(rows[0]) == {"customer_id", "brand", "period", "type", "confidence", "distress"}
    table = list(csv.DictReader(io.StringIO(run(runner, "trends", PERIODS, "-f", "csv").stdout)))
    assert len(table) == 11
    assert [(r["customer_id"], r["period"], r["type"]) for r in table] == \
        [(r["customer_id"], r["period"], r["type"]) for r in rows]
    assert {r["distress"] for r in table} == {"true", "false"}


def test_trends_one_quarter_has_no_transitions(runner):
    result = run(runner, "trends", PERIODS, "--every", "quarter")
    assert result.exit_code == 0, result.stderr
    assert "2025-Q1" in result.stdout
    assert "no customer changed type between consecutive periods" in result.stdout
    doc = json.loads(run(runner, "trends", PERIODS, "--every", "quarter", "-f", "json").stdout)
    assert doc["transitions"] == [] and len(doc["periods"]) == 1


# ---------------------------------------------------------------- --event

def check_event(ev: dict) -> None:
    assert ev["event"] == "price rise" and ev["date"] == "2025-02-01"
    assert ev["before"] == {"customers": 3, "types": {"fling": 1, "marriage_partners": 1,
                                                      "basic_exchange": 1}, "distressed": 0}
    assert ev["after"]["customers"] == 4
    assert ev["active_both_sides"] == 3
    shifted = {(s["customer_id"], s["from"], s["to"]) for s in ev["shifted"]}
    assert shifted == {("amy", "marriage_partners", "ex_friends"),
                       ("ben", "basic_exchange", "enemies")}
    assert all(s["distress_after"] for s in ev["shifted"])
    assert sum(s["customers"] for s in ev["shifts"]) == 2


def test_trends_event_json(runner):
    result = run(runner, "trends", PERIODS, "--event", EVENT, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["events"]) == 1
    check_event(doc["events"][0])
    check_golden("trends.event.json", result.stdout)


def test_trends_event_table(runner):
    result = run(runner, "trends", PERIODS, "--event", EVENT)
    assert result.exit_code == 0, result.stderr
    assert "Before and after price rise (2025-02-01)" in result.stdout
    assert "3 customers wrote on both sides; 2 changed type" in result.stdout
    check_golden("trends.event.table", result.stdout)


def test_classify_event_json(runner):
    result = run(runner, "classify", PERIODS, "--event", EVENT, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["events"]) == 1
    check_event(doc["events"][0])
    # the whole-history classification is unchanged by the event windows
    plain = json.loads(run(runner, "classify", PERIODS, "-f", "json").stdout)
    assert "events" not in plain
    assert plain["customers"] == doc["customers"]


def test_classify_event_table(runner):
    result = run(runner, "classify", PERIODS, "--event", EVENT)
    assert result.exit_code == 0, result.stderr
    assert "Before and after price rise (2025-02-01)" in result.stdout


def test_two_events(runner):
    doc = json.loads(run(runner, "trends", PERIODS, "-f", "json", "--event", EVENT,
                         "--event", "2025-03-01:new app").stdout)
    assert [e["event"] for e in doc["events"]] == ["price rise", "new app"]
    assert doc["events"][1]["before"]["customers"] == 4


@pytest.mark.parametrize("command", ["trends", "classify"])
@pytest.mark.parametrize("bad", ["price rise", "2025-02-01:", "yesterday:price rise"])
def test_bad_event_is_usage_error(runner, command, bad):
    result = run(runner, command, PERIODS, "--event", bad)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("relradar: error: --event")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_classify_event_needs_table_or_json(runner, fmt):
    result = run(runner, "classify", PERIODS, "--event", EVENT, "--format", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "--event needs --format table or json" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_trends_event_needs_table_or_json(runner, fmt):
    result = run(runner, "trends", PERIODS, "--event", EVENT, "--format", fmt)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1


def test_duplicate_event_names(runner):
    result = run(runner, "trends", PERIODS, "--event", EVENT, "--event", "2025-03-01:price rise")
    assert result.exit_code == 2
    assert "same name" in result.stderr


def test_trends_csv_booleans_match_classify_csv(runner):
    """Was a bug: trends wrote Python 'True'/'False', classify writes 'true'/'false'."""
    classify_rows = list(csv.DictReader(io.StringIO(
        run(runner, "classify", PERIODS, "-f", "csv").stdout)))
    trend_rows = list(csv.DictReader(io.StringIO(
        run(runner, "trends", PERIODS, "-f", "csv").stdout)))
    assert {r["distress"] for r in classify_rows} <= {"true", "false"}
    assert {r["distress"] for r in trend_rows} <= {"true", "false"}
