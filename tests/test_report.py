"""The HTML report (issue 17): the data behind each chart, the page (escaping, privacy, offline),
the CLI command, and the page rendered in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar import report as rp
from relradar.cli import app
from relradar.models import CustomerResult, Message
from relradar.trends import NO_NEW_SIGNAL, WindowSink, event_report, parse_event, trend_report

from .conftest import EXAMPLES, ROOT
from .pngcheck import colour_stats

pytest.importorskip("altair")
pytest.importorskip("vl_convert")
pytest.importorskip("jinja2")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
EXAMPLE_ARGS = [str(EXAMPLES / "chats.csv"), str(EXAMPLES / "emails.jsonl"), "--brand-col",
                "brand", "--event", "2025-01-15:price rise", "--every", "quarter"]


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def customer(cid: str, type_: str = "fling", brand: str | None = None, **kw) -> CustomerResult:
    values = dict(customer_id=cid, brand=brand, type=type_, label=type_, confidence=0.8,
                  runner_up=None, valence="positive", closeness="distant", intensity="intense",
                  power="customer", distress=False, distress_reasons=(), engagement="steady",
                  engagement_reasons=(), messages=2, signals={"novelty": 2.0},
                  type_scores={type_: 2.0}, rules_broken={}, evidence=())
    values.update(kw)
    return CustomerResult(**values)


@pytest.fixture(scope="module", autouse=True)
def cache_dir(tmp_path_factory):
    """The cached chart bundle goes to a temporary folder, not the user's cache."""
    before = os.environ.get("RELRADAR_CACHE_DIR")
    os.environ["RELRADAR_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("RELRADAR_CACHE_DIR", None)
    else:
        os.environ["RELRADAR_CACHE_DIR"] = before


@pytest.fixture(scope="module")
def examples_report(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run("report", *EXAMPLE_ARGS, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""                   # the page goes to the file only
    return out, result.stderr


def spec_names(html: str) -> list[str]:
    block = re.search(r'<script id="report-specs" type="application/json">(.*?)</script>', html,
                      re.S)
    assert block
    return list(json.loads(block.group(1)))


# ---------------------------------------------------------------- data behind each chart

def test_map_positions_are_distinct_and_inside_their_cell(default_lexicon):
    positions = rp.map_positions(default_lexicon)
    assert len(set(positions.values())) == len(positions)
    for tid, (x, y) in positions.items():
        dims = default_lexicon.all_types[tid].dimensions
        assert round(x + 0.4) == rp.VALENCES.index(dims["valence"])
        assert abs(y - rp.CLOSENESS.index(dims["closeness"])) <= 0.4


def test_portfolio_map_counts_typed_customers_per_brand(default_lexicon):
    people = [customer("a", "fling", "X"), customer("b", "fling", "X"),
              customer("c", "enemies", "X", distress=True), customer("d", "undetermined", "Y"),
              customer("e", "fling", "Y")]
    rows = {(r["brand"], r["type"]): r for r in rp.portfolio_map(people, default_lexicon)}
    assert set(rows) == {("X", "fling"), ("X", "enemies"), ("Y", "fling")}   # no undetermined
    assert rows[("X", "fling")]["customers"] == 2
    assert rows[("X", "fling")]["share"] == pytest.approx(2 / 3, abs=1e-4)
    assert rows[("X", "enemies")]["distressed"] == 1
    assert rows[("X", "enemies")]["move"] == "change_gears"
    assert rows[("Y", "fling")]["share"] == 0.5


def test_type_shares_add_up_per_brand_and_overall(default_lexicon):
    people = [customer("a", "fling", "X"), customer("b", "enemies", "X"),
              customer("c", "undetermined", "Y")]
    rows = rp.type_shares(people, default_lexicon)
    totals = Counter()
    for r in rows:
        totals[r["brand"]] += r["share"]
    assert set(totals) == {rp.ALL_BRANDS, "X", "Y"}
    assert all(v == pytest.approx(1.0, abs=1e-3) for v in totals.values())   # 4-place shares
    assert rows[-1]["type"] == "undetermined"         # undetermined last within its brand


def test_distress_and_engagement_per_type(default_lexicon):
    people = [customer("a", engagement="ratcheting_up", distress=True),
              customer("b", engagement="dialling_down"), customer("c"), customer("d")]
    (row,) = rp.distress_engagement(people, default_lexicon)
    assert row["customers"] == 4 and row["distressed"] == 1 and row["distress_share"] == 0.25
    assert (row["ratcheting_up"], row["steady"], row["dialling_down"]) == (0.25, 0.5, 0.25)


def test_strategy_rows_carry_value_and_action(default_lexicon):
    rows = rp.strategy_rows([customer("a", "enemies"), customer("b", "undetermined"),
                             customer("c", "enemies")], default_lexicon)
    assert [r["type"] for r in rows] == ["enemies", "undetermined"]
    assert rows[0]["move"] == "change_gears" and rows[0]["value"] and rows[0]["action"]
    assert rows[1]["move"] == ""


def windows(default_matcher, default_lexicon, messages, every="month", events=()):
    sink = WindowSink(default_lexicon, every, [parse_event(e) for e in events])
    for seq, (cid, day, text) in enumerate(messages):
        cleaned, hits = default_matcher.match_text(text)
        stamp = rp_ts(day)
        sink.add(seq, Message(cid, text, stamp), cleaned, hits)
    return sink


def rp_ts(day: str) -> float:
    from datetime import datetime, timezone

    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc).timestamp()


HISTORY = [
    ("ann", "2025-01-05", "I love you guys, loyal forever!"),
    ("bob", "2025-01-06", "I love you guys, loyal forever!"),
    ("cat", "2025-01-07", "Great value for money, it just works and the price is fair."),
    ("ann", "2025-02-05", "What are your opening hours on Saturday?"),
    ("bob", "2025-02-06", "You betrayed me. I used to love you, not anymore."),
    ("cat", "2025-02-07", "Great value for money again, fair price, it just works."),
]


def test_trend_flows_keep_no_new_signal_apart(default_matcher, default_lexicon):
    sink = windows(default_matcher, default_lexicon, HISTORY)
    trend = trend_report(sink.periods)
    kinds = {(t["from"], t["to"]): t["kind"] for t in trend["transitions"]}
    assert kinds[("marriage_partners", "undetermined")] == NO_NEW_SIGNAL   # ann asked the hours
    assert kinds[("marriage_partners", "ex_friends")] == "change"
    assert [(s["from_period"], s["to_period"], s["customers"]) for s in trend["stayed"]] == \
        [("2025-01", "2025-02", 1)]                                  # cat kept her type
    data = rp.trend_charts(trend)
    assert data["totals"] == {"change": 1, "no_new_signal": 1, "same_type": 1}
    # every type appears in every period (zeros included) so stacked areas line up
    per_period = Counter(r["period"] for r in data["shares"])
    assert len(set(per_period.values())) == 1
    for period in data["periods"]:
        assert sum(r["share"] for r in data["shares"]
                   if r["period"] == period) == pytest.approx(1.0, abs=1e-3)


def test_event_data_has_shares_per_brand_and_kinds(default_matcher, default_lexicon):
    sink = WindowSink(default_lexicon, None, [parse_event("2025-02-01:price rise")])
    for seq, (cid, day, text) in enumerate(HISTORY):
        cleaned, hits = default_matcher.match_text(text)
        brand = "North" if cid == "bob" else "South"
        sink.add(seq, Message(cid, text, rp_ts(day), brand=brand), cleaned, hits)
    event = event_report(sink.events[0], sink.by_event["price rise"])
    assert [b["brand"] for b in event["brands"]] == ["North", "South"]
    assert event["brands"][0]["before"] == {"customers": 1, "types": {"marriage_partners": 1}}
    data = rp.event_charts(event)
    north_after = [r for r in data["shares"] if r["brand"] == "North" and r["side"] == "after"]
    assert north_after == [{"brand": "North", "side": "after", "type": "ex_friends",
                            "customers": 1, "share": 1.0}]
    kinds = {(s["from"], s["to"]): s["kind"] for s in data["shifts"]}
    assert kinds == {("marriage_partners", "undetermined"): NO_NEW_SIGNAL,
                     ("marriage_partners", "ex_friends"): "change"}


def test_split_excerpt_finds_the_term_case_blind():
    assert rp.split_excerpt("so I LOVE it", "love") == ["so I ", "LOVE", " it"]
    assert rp.split_excerpt("nothing here", "love") == ["nothing here", "", ""]


def test_customer_row_carries_sentiment(default_lexicon):
    row = rp.customer_row(customer("a", sentiment=-0.456), default_lexicon)
    assert row["sentiment"] == -0.46 and row["why"].startswith("fling scored")


# ---------------------------------------------------------------- the page

HOSTILE = (
    "customer_id,brand,timestamp,text\n"
    '"</script><script>alert(1)</script>",<i>Evil & Co</i>,2025-01-05T10:00:00Z,'
    '"I love you guys, loyal forever! mail me at jo.doe@example.com"\n'
    'jo@example.com,<i>Evil & Co</i>,2025-01-06T10:00:00Z,"I love you guys, loyal forever! '
    'call +1 415 555 0199"\n'
    'plain,<i>Evil & Co</i>,2025-03-06T10:00:00Z,"Worst company ever, a scam"\n'
    'jo@example.com,<i>Evil & Co</i>,2025-03-07T10:00:00Z,"What are your opening hours?"\n'
)


def test_customer_text_is_escaped_and_private(tmp_path):
    corpus = tmp_path / "export for mo.lee@example.com +44 7700 900456.csv"   # a named file
    corpus.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("report", str(corpus), "--brand-col", "brand", "--redact", "--hash-ids",
                 "--salt", "pepper", "--event", "2025-02-01:terms", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "<i>Evil" not in html and "&lt;i&gt;Evil &amp; Co&lt;/i&gt;" in html
    for secret in ("jo.doe@example.com", "jo@example.com", "555 0199", "alert(1)",
                   "mo.lee", "7700 900456"):            # the file name: header, provenance
        assert secret not in html, secret
    assert "loyal forever" in html                      # the excerpt itself is there
    # hashed ids only, in the customers data and in the event's shifted customers
    block = re.search(r'<script id="report-customers" type="application/json">(.*?)</script>',
                      html, re.S)
    ids = {c["id"] for c in json.loads(block.group(1))}
    assert len(ids) == 3 and all(re.fullmatch(r"[0-9a-f]{16}", i) for i in ids)
    assert "plain" not in ids and ">plain<" not in html
    from relradar.privacy import hash_id

    assert f"<td>{hash_id('jo@example.com', 'pepper')}</td>" in html   # event's shifted table


def test_redact_alone_masks_the_events_shifted_customers_and_brands(tmp_path):
    """--redact without --hash-ids: the event's shifted table and per-brand sides were raw."""
    corpus = tmp_path / "pii.csv"
    corpus.write_text(HOSTILE.replace("<i>Evil & Co</i>", "Acme 4111 1111 1111 1111"),
                      encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("report", str(corpus), "--brand-col", "brand", "--redact",
                 "--event", "2025-02-01:terms", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    for secret in ("jo.doe@example.com", "jo@example.com", "555 0199", "4111 1111"):
        assert secret not in html, secret
    assert "<td>[email]</td>" in html and "Acme [card]" in html


def test_page_loads_nothing_from_the_network(examples_report):
    out, _ = examples_report
    html = out.read_text(encoding="utf-8")
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)   # the page's HTML
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", markup, re.I)
    assert not re.search(r"<script[^>]+src=", html, re.I)
    assert "@import" not in html
    specs = json.loads(re.search(r'<script id="report-specs" type="application/json">(.*?)'
                                 r"</script>", html, re.S).group(1))
    assert '"url"' not in json.dumps(specs)              # every chart's data is inline
    assert "window.vegaEmbed=" in html                     # the libraries are inlined


def test_report_command_writes_only_the_file(examples_report):
    out, stderr = examples_report
    assert out.stat().st_size > 500_000                  # the inlined chart libraries
    assert "260 rows read, 186 used, 74 skipped" in stderr
    assert re.search(r"report: .*report\.html, [0-9.]+ MB, 8 charts", stderr)
    html = out.read_text(encoding="utf-8")
    assert set(spec_names(html)) == {"portfolio-map", "type-shares", "distress-engagement",
                                     "trend-shares", "trend-flows", "event-1-shares",
                                     "event-1-flows", "rule-breaks"}
    for name in spec_names(html):
        assert f'id="chart-{name}"' in html
    assert "Provenance" in html and "relradar-en 1.0.0" in html


def test_report_fails_before_work_on_a_missing_folder(tmp_path):
    result = run("report", str(EXAMPLES / "chats.csv"), "-o", str(tmp_path / "no" / "r.html"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "rows read" not in result.stderr


def test_png_charts(tmp_path):
    corpus = tmp_path / "small.csv"
    corpus.write_text(HOSTILE, encoding="utf-8")
    result = run("report", str(corpus), "-o", str(tmp_path / "r.html"), "--png",
                 str(tmp_path / "png"), "-q")
    assert result.exit_code == 0, result.stderr
    pngs = sorted(p.name for p in (tmp_path / "png").iterdir())
    assert pngs == sorted(f"{n}.png" for n in spec_names((tmp_path / "r.html").read_text()))
    for name in pngs:
        assert (tmp_path / "png" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_png_on_a_full_disk_is_one_line_and_keeps_the_earlier_chart(tmp_path, monkeypatch):
    """Charts were written in place: a full disk left a cut-off PNG (the earlier one lost) and
    the error named stdout."""
    import errno

    from relradar import cli_output

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[:100])
            raise OSError(errno.ENOSPC, "No space left on device")

    real_open = cli_output._open
    monkeypatch.setattr(cli_output, "_open", lambda file, binary: Full(real_open(file, binary))
                        if binary else real_open(file, binary))
    corpus = tmp_path / "small.csv"
    corpus.write_text(HOSTILE, encoding="utf-8")
    png = tmp_path / "png"
    png.mkdir()
    (png / "portfolio-map.png").write_bytes(b"the earlier chart")
    result = run("report", str(corpus), "-o", str(tmp_path / "r.html"), "--png", str(png))
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr and "stdout" not in result.stderr
    assert "Traceback" not in result.stderr
    assert (png / "portfolio-map.png").read_bytes() == b"the earlier chart"
    assert [p.name for p in png.iterdir()] == ["portfolio-map.png"]     # no temp file left


def test_template_ships_in_the_package():
    from importlib import resources

    folder = resources.files("relradar").joinpath("templates")
    assert folder.joinpath("report.html.j2").is_file() and folder.joinpath("report.js").is_file()
    assert 'packages = ["src/relradar"]' in (ROOT / "pyproject.toml").read_text()


# ---------------------------------------------------------------- in a real browser

def chromium(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    """Headless Chromium with no usable network (a dead proxy): a fetch would fail loudly."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000", *extra, url],
        capture_output=True, text=True, timeout=180, env={**os.environ, "LANG": "C.UTF-8"})


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package "
                                             "(apt-get install -y chromium)")
def test_examples_report_renders_in_chromium(examples_report, tmp_path):
    out, _ = examples_report
    names = spec_names(out.read_text(encoding="utf-8"))
    done = chromium(out.as_uri(), tmp_path, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert console_lines(done.stderr) == []
    assert f'data-charts="{len(names)}"' in dom and "data-errors" not in dom
    assert dom.count('data-rendered="true"') == len(names)
    assert len(re.findall(r'<svg[^>]*class="marks"', dom)) == len(names)
    assert '<p class="chart-error">' not in dom
    rows = re.search(r'<table id="customers-table">.*?<tbody>(.*?)</tbody>', dom, re.S).group(1)
    assert rows.count("<tr>") == 85                       # all 85 pairs, under the first page
    assert "showing 85 of 85 (85 customers)" in dom

    shot = tmp_path / "shot.png"
    done = chromium(out.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1280,1600")
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    colours, inked = colour_stats(shot.read_bytes())
    assert colours > 50 and inked > 0.02, (colours, inked)


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package "
                                             "(apt-get install -y chromium)")
def test_customer_link_opens_the_explanation(examples_report, tmp_path):
    out, _ = examples_report
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="report-customers" type="application/json">'
                                r"(.*?)</script>", html, re.S).group(1))
    index = next(i for i, c in enumerate(data) if c["id"] == "c011")
    done = chromium(f"{out.as_uri()}#customer-{index}", tmp_path, "--dump-dom")
    panel = re.search(r'<div id="explanation">(.*?)</div>\s*<table', done.stdout, re.S)
    assert panel, "the explanation panel stayed hidden"
    text = panel.group(1)
    assert "c011 @ Lumen Mobile: Ex-friends" in text
    assert "<mark>" in text and "Evidence" in text
    assert console_lines(done.stderr) == []


def test_report_to_stdout_and_usage_errors(tmp_path):
    corpus = tmp_path / "small.csv"
    corpus.write_text(HOSTILE, encoding="utf-8")
    result = run("report", str(corpus), "-o", "-", "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stderr == ""
    result = run("report", str(corpus), "-o", str(tmp_path / "r.html"), "--hash-ids")
    assert result.exit_code == 2 and "needs a salt" in result.stderr
    result = run("report", str(corpus), "-o", str(tmp_path / "r.html"), "--event", "soon")
    assert result.exit_code == 2 and "DATE:NAME" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_vega_bundle_is_cached(tmp_path, monkeypatch):
    from relradar import report_html

    monkeypatch.setenv("RELRADAR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RELRADAR_NO_CACHE", raising=False)
    report_html.vega_bundle.cache_clear()
    try:
        bundle = report_html.vega_bundle()
        (cached,) = tmp_path.iterdir()
        assert cached.name.startswith("vega-bundle-") and cached.read_text() == bundle
        cached.write_text("window.vegaEmbed=1;")
        report_html.vega_bundle.cache_clear()
        assert report_html.vega_bundle() == "window.vegaEmbed=1;"     # read, not rebuilt
    finally:
        report_html.vega_bundle.cache_clear()


def test_empty_corpus_gives_notes_not_empty_charts(tmp_path):
    corpus = tmp_path / "empty.csv"
    corpus.write_text("id,text\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("report", str(corpus), "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert spec_names(html) == []
    assert "No customer has a type yet" in html and html.count("No customers.") == 2
