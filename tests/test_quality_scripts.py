"""The quality benchmark's figures on tiny hand-made labels (benchmarks/quality/).

Numbers here are worked out by hand, so a wrong formula fails. No relradar run, no real labels.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

QUALITY = Path(__file__).resolve().parents[1] / "benchmarks" / "quality"
if not (QUALITY / "metrics.py").is_file():
    pytest.skip("benchmarks/quality is not in this checkout", allow_module_level=True)
sys.path.insert(0, str(QUALITY))

import metrics  # noqa: E402
import resolve  # noqa: E402
from evaluate import error_kind, groups_for  # noqa: E402
from labelfiles import Customer, LabelFileError, read_label_file  # noqa: E402
from metrics import Coded, Prediction, Truth  # noqa: E402

U = metrics.UNDETERMINED


# ---------------------------------------------------------------- agreement

def test_kappa_textbook_example() -> None:
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 -> po 0.7, pe 0.5, kappa 0.4
    a = ["y"] * 20 + ["y"] * 5 + ["n"] * 10 + ["n"] * 15
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert metrics.exact_agreement(a, b) == pytest.approx(0.7)
    assert metrics.cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_edges() -> None:
    assert metrics.cohen_kappa(["a", "b", "c"], ["a", "b", "c"]) == pytest.approx(1.0)
    # systematic disagreement is worse than chance
    assert metrics.cohen_kappa(["a", "b", "a", "b"], ["b", "a", "b", "a"]) == pytest.approx(-1.0)
    assert metrics.cohen_kappa(["a", "a"], ["a", "a"]) == 1.0
    assert metrics.cohen_kappa([], []) is None
    with pytest.raises(ValueError):
        metrics.cohen_kappa(["a"], [])


def coded(type_: str, valence: str = "negative", second: str = "",
          confidence: float | None = 0.8, note: str = "") -> Coded:
    return Coded(type_, second, valence, confidence, note)


def test_agreement_report_subsets() -> None:
    a = {"1": coded("enemies"), "2": coded(U), "3": coded("adversaries", second="enemies"),
         "4": coded("fling", "positive"), "5": coded(U, "neutral")}
    b = {"1": coded("enemies"), "2": coded("enemies"), "3": coded("enemies"),
         "4": coded("fling", "mixed"), "5": coded(U, "neutral"), "6": coded(U)}
    r = metrics.agreement_report(a, b)
    assert r["customers"] == 5                       # customer 6 was coded by B only
    assert r["type_exact"] == pytest.approx(3 / 5)
    assert r["definite_customers"] == 3              # 1, 3, 4: both gave a type
    assert r["definite_exact"] == pytest.approx(2 / 3)
    # undetermined vs typed: A [F,T,F,F,T], B [F,F,F,F,T] -> 4/5; pe = 0.6*0.8 + 0.4*0.2
    assert r["undetermined_vs_typed_exact"] == pytest.approx(4 / 5)
    pe = 0.6 * 0.8 + 0.4 * 0.2
    assert r["undetermined_vs_typed_kappa"] == pytest.approx((0.8 - pe) / (1 - pe))
    assert r["type_within_second"] == pytest.approx(4 / 5)     # 3 agrees through A's second
    assert r["valence_exact"] == pytest.approx(4 / 5)


# ---------------------------------------------------------------- quality figures

def test_quality_report_numbers() -> None:
    truth = {"a": Truth("enemies", "negative"), "b": Truth("enemies", "negative"),
             "c": Truth("adversaries", "negative"), "d": Truth(U, "neutral"),
             "e": Truth(U, "positive"), "f": Truth("fling", "positive")}
    pred = {"a": Prediction("enemies", "adversaries", 0.9, "negative"),
            "b": Prediction("adversaries", "enemies", 0.5, "negative"),    # top-2 only
            "c": Prediction(U, "adversaries", 0.0, "mixed"),              # top-2 via runner-up
            "d": Prediction(U, None, 0.0, "neutral"),
            "e": Prediction("enemies", None, 0.19, "negative"),           # invented
            "f": Prediction("marriage_partners", "old_friends", 1.0, "positive"),
            "z": Prediction("enemies", None, 0.9, "negative")}            # unlabelled: ignored
    r = metrics.quality_report(truth, pred)
    assert r["n"] == 6 and r["definite"] == 4
    assert r["top1"] == pytest.approx(1 / 4)
    assert r["top2"] == pytest.approx(3 / 4)
    assert r["labelled_undetermined"] == 2
    assert r["undetermined_kept"] == pytest.approx(1 / 2)
    assert r["invented_types"] == 1 and r["missed_types"] == 1
    assert r["accuracy"] == pytest.approx(2 / 6)
    assert r["valence_accuracy"] == pytest.approx(4 / 6)
    # F1 per labelled class: enemies p 1/2 r 1/2; adversaries 0; undetermined p 1/2 r 1/2; fling 0
    assert r["macro_f1"] == pytest.approx((0.5 + 0 + 0.5 + 0) / 4)
    bands = {b["band"]: b for b in r["calibration"]}
    assert bands["0.0-0.2"]["n"] == 1 and bands["0.0-0.2"]["accuracy"] == 0.0      # e at 0.19
    assert bands["0.4-0.6"]["n"] == 1 and bands["0.4-0.6"]["correct"] == 0        # b at 0.5
    assert bands["0.8-1.0"]["n"] == 2 and bands["0.8-1.0"]["accuracy"] == 0.5     # a, f (1.0)
    assert bands["0.2-0.4"]["accuracy"] is None
    assert sum(b["n"] for b in r["calibration"]) == r["typed_predictions"] == 4
    # ECE: band 0.0-0.2 |0-0.19|, 0.4-0.6 |0-0.5|, 0.8-1.0 |0.5-0.95|x2, over 4
    assert r["ece"] == pytest.approx((0.19 + 0.5 + 2 * 0.45) / 4)
    assert r["confusions"][0] == {"label": "adversaries", "predicted": U, "n": 1}
    assert len(r["confusions"]) == 4


def test_band_boundaries() -> None:
    assert [metrics.band_of(c) for c in (0.0, 0.199, 0.2, 0.6, 0.8, 0.99, 1.0)] == \
        [0, 0, 1, 3, 4, 4, 4]


def test_missing_valence_is_not_counted() -> None:
    r = metrics.quality_report({"a": Truth("fling")}, {"a": Prediction("fling", None, 0.7, None)})
    assert r["valence_n"] == 0 and r["valence_accuracy"] is None and r["top1"] == 1.0


def test_isotonic_pools_violators() -> None:
    items = [(0.1, False), (0.2, True), (0.3, False), (0.4, True), (0.4, True)]
    blocks = metrics.isotonic_fit(items)
    assert blocks == [(0.1, 0.1, 0.0, 1), (0.2, 0.3, 0.5, 2), (0.4, 0.4, 1.0, 2)]
    assert metrics.apply_isotonic(blocks, 0.05) == 0.0
    assert metrics.apply_isotonic(blocks, 0.25) == 0.5
    assert metrics.apply_isotonic(blocks, 0.35) == 0.5
    assert metrics.apply_isotonic(blocks, 0.9) == 1.0
    values = [b[2] for b in metrics.isotonic_fit([(i / 10, i % 3 == 0) for i in range(10)])]
    assert values == sorted(values) and len(set(values)) == len(values)


# ---------------------------------------------------------------- resolution

def test_resolve_rules() -> None:
    a = {"agree": coded("enemies", second="enemies", confidence=0.9),
         "second": coded("enemies", second="", confidence=0.6),
         "val": coded("fling", "positive"),
         "type": coded("adversaries", confidence=0.6),
         "both": coded("enemies", "negative")}
    b = {"agree": coded("enemies", second="adversaries", confidence=0.7),
         "second": coded("enemies", second="adversaries", confidence=None),
         "val": coded("fling", "mixed"),
         "type": coded("enemies", confidence=1.0),
         "both": coded("ex_friends", "mixed")}
    resolved, pending, _ = resolve.resolve(a, b, {})
    by_id = {r.customer_id: r for r in resolved}
    assert by_id["agree"] == resolve.Resolved("agree", "enemies", "adversaries", "negative", 0.8,
                                              "agreed")
    assert by_id["second"].second == "adversaries" and by_id["second"].confidence == 0.6
    assert {p.customer_id: p.what for p in pending} == {
        "val": "valence", "type": "type", "both": "type and valence"}

    adjudicated = {"val": Coded("fling", "", "mixed", None, ""),
                   "type": Coded("adversaries", "enemies", "", None, ""),
                   "both": Coded("ex_friends", "", "", 0.5, "")}     # valence still open
    resolved, pending, _ = resolve.resolve(a, b, adjudicated)
    by_id = {r.customer_id: r for r in resolved}
    assert by_id["val"] == resolve.Resolved("val", "fling", "", "mixed", 0.8, "adjudicated")
    assert by_id["type"] == resolve.Resolved("type", "adversaries", "enemies", "negative", 0.8,
                                             "adjudicated")
    assert [p.customer_id for p in pending] == ["both"]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


HEADER = ["customer_id", "type", "second", "valence", "confidence", "note"]


def test_label_file_reports_every_problem(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", HEADER, [
        ["x1", "enemy", "", "negative", "0.5", ""],
        ["x2", "enemies", "", "angry", "1.5", ""],
        ["x2", "enemies", "", "negative", "", ""],
        ["x9", "undetermined", "", "neutral", "", ""]])
    with pytest.raises(LabelFileError) as info:
        read_label_file(path, known={"x1", "x2"})
    problems = info.value.problems
    assert any(":2:" in p and "'enemy'" in p for p in problems)
    assert any(":3:" in p and "'angry'" in p for p in problems)
    assert any(":3:" in p and "outside 0-1" in p for p in problems)
    assert any(":4:" in p and "second row" in p for p in problems)
    assert any(":5:" in p and "not in customers.csv" in p for p in problems)


def test_resolve_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    customers = write_csv(tmp_path / "customers.csv",
                          ["customer_id", "source", "brand", "n_messages", "selection", "split"],
                          [["c1", "s", "B", "1", "cue", "tune"],
                           ["c2", "s", "B", "1", "cue", "test"],
                           ["c3", "s", "B", "1", "random", "test"]])
    texts = tmp_path / "customers.jsonl"
    texts.write_text('{"customer_id": "c3", "text": "never again, avoid them"}\n', encoding="utf-8")
    coder_a = write_csv(tmp_path / "a.csv", HEADER, [["c1", "enemies", "", "negative", "0.9", ""],
                                                     ["c2", U, "", "neutral", "0.8", ""],
                                                     ["c3", "enemies", "", "negative", "0.7", "x"]])
    coder_b = write_csv(tmp_path / "b.csv", HEADER, [["c1", "enemies", "", "negative", "0.7", ""],
                                                     ["c2", U, "", "neutral", "0.6", ""],
                                                     ["c3", U, "", "negative", "0.5", "y"]])
    out = tmp_path / "repo"
    common = ["--coder-a", str(coder_a), "--coder-b", str(coder_b), "--customers", str(customers),
              "--texts", str(texts), "--out", str(out),
              "--adjudicated", str(tmp_path / "adjudicated.csv"),
              "--disagreements", str(tmp_path / "disagreements.md")]
    assert resolve.main(common) == resolve.EXIT_PENDING
    assert not (out / "labels.csv").exists()
    assert (out / "labels_coder_a.csv").read_text() == coder_a.read_text()
    listing = (tmp_path / "disagreements.md").read_text()
    assert "`c3`" in listing and "never again, avoid them" in listing and "`c1`" not in listing
    assert "1 customers still need adjudication" in capsys.readouterr().err
    write_csv(tmp_path / "adjudicated.csv", HEADER, [["c3", "enemies", "", "", "", ""]])
    assert resolve.main(common) == 0
    rows = list(csv.DictReader((out / "labels.csv").open()))
    assert [(r["customer_id"], r["type"], r["confidence"], r["resolution"]) for r in rows] == [
        ("c1", "enemies", "0.8", "agreed"), ("c2", U, "0.7", "agreed"),
        ("c3", "enemies", "0.6", "adjudicated")]


# ---------------------------------------------------------------- evaluate helpers

def test_groups_and_error_kinds() -> None:
    customers = {"a": Customer("a", "cfpb", "X", "cue", "tune"),
                 "b": Customer("b", "hotels", "Y", "random", "test"),
                 "c": Customer("c", "hotels", "Y", "cue", "tune")}
    truth = {k: Truth(U, "neutral") for k in customers}
    groups = groups_for("tune", customers, truth)
    assert groups == {"tune": {"a", "c"}, "source:cfpb": {"a"}, "source:hotels": {"c"}}
    assert groups_for("all", customers, truth)["source:hotels"] == {"b", "c"}
    assert error_kind(Truth(U, "neutral"), Prediction("enemies", None, 0.5, "neutral")) == \
        "invented"
    assert error_kind(Truth("enemies", "negative"), Prediction(U, None, 0.0, "negative")) == \
        "missed"
    assert error_kind(Truth("enemies"), Prediction("fling", None, 0.5, "positive")) == "wrong"
    assert error_kind(Truth("fling", "mixed"), Prediction("fling", None, 0.5, "positive")) == \
        "valence"
    assert error_kind(Truth("fling"), Prediction("fling", None, 0.5, "positive")) is None


def test_per_type_counts_predicted_only_classes() -> None:
    rows = metrics.per_class([("a", "a"), ("a", "b"), ("c", "b")])
    assert rows["b"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0,
                         "predicted": 2}
    assert rows["a"]["recall"] == 0.5 and rows["a"]["precision"] == 1.0
    # b has no support, so macro-F1 averages a (2/3) and c (0) only
    assert metrics.macro_f1([("a", "a"), ("a", "b"), ("c", "b")]) == pytest.approx(1 / 3)


# ---------------------------------------------------------------- tweets source (build.py)

def test_tweets_loader_keeps_english_and_never_reads_sentiment(tmp_path: Path) -> None:
    import build

    raw = (
        '"Topic","Sentiment","TweetId","TweetDate","TweetText"\n'
        '"apple","positive","1","Tue Oct 18 21:53:25 +0000 2011",'
        '"@RIM you made it too easy for me to switch to @Apple iPhone. See ya!"\n'
        '"twitter","negative","2","Tue Oct 18 21:53:25 +0200 2011",'
        '"RT @x: Me voy a dormir... Goodnight #twitter"\n'
        '"google","irrelevant","3","Wed Oct 19 01:00:00 +0000 2011",'
        '"#Google y su distorsion de la accesibilidad http://t.co/x"\n'
        '"microsoft","","4","bad date","I hate the #Microsoft site, it never works"\n'
        '"twitter","","5","Thu Oct 20 01:30:00 +0200 2011","Guess I\'m addicted to #Twitter!"\n'
    )
    got = list(build.load_tweets(raw))
    assert [c.customer_id for c in got] == ["tweets:1", "tweets:4", "tweets:5"]
    assert [c.brand for c in got] == ["Apple", "Microsoft", "Twitter"]
    assert got[0].messages[0].timestamp == "2011-10-18T21:53:25Z"
    assert got[2].messages[0].timestamp == "2011-10-19T23:30:00Z"  # in UTC
    assert got[1].messages[0].timestamp == "bad date"  # kept as found, not guessed
    # a row without a Sentiment column loads the same: the column plays no part
    no_sentiment = raw.replace('"Sentiment",', "").replace('"positive",', "")
    assert [c.customer_id for c in build.load_tweets(no_sentiment)][:1] == ["tweets:1"]


def test_a_second_draw_skips_every_customer_drawn_before() -> None:
    import build

    people = [build.Customer(f"tweets:{i}", "tweets", "Apple",
                             [build.Message(f"tweet number {i} about my phone")])
              for i in range(40)]
    first = build.Source("tweets", "o/r", "c", "p", "", 10, 40, build.load_tweets)
    second = build.Source("tweets_b", "o/r", "c", "p", "", 10, 40, build.load_tweets,
                          view="batch5")
    drawn = {c.customer_id for c, _ in build.select(first, people)}
    again = {c.customer_id for c, _ in build.select(second, people, frozenset(drawn))}
    assert len(drawn) == len(again) == 10
    assert not drawn & again
    # without the earlier draw, the second seed alone may pick some of the same customers
    assert {c.customer_id for c, _ in build.select(second, people)} != again


def test_distinct_drops_short_and_repeated_texts_across_calls() -> None:
    """The pool for the speed benchmark (build.py --pool) and each draw read texts through
    `distinct`: a text repeated in another source (case and spacing aside) is dropped too."""
    import build

    def people(*texts: str) -> list:
        return [build.Customer(f"c{i}", "s", "b", [build.Message(t)]) for i, t in enumerate(texts)]

    seen: set[str] = set()
    first = people("The flight was late again today", "too short",
                   "the flight  was LATE again today")
    second = people("The flight was late again today", "A different review of the hotel")
    assert [c.customer_id for c in build.distinct(first, seen)] == ["c0"]
    assert [c.customer_text() for c in build.distinct(second, seen)] == \
        ["A different review of the hotel"]
    assert len(seen) == 2


def test_real_bench_corpus_uses_every_text_before_repeating(tmp_path, monkeypatch) -> None:
    sys.path.insert(0, str(QUALITY.parent))
    try:
        import bench
    finally:
        sys.path.remove(str(QUALITY.parent))
    monkeypatch.setattr(bench, "DATA", tmp_path)
    source = tmp_path / "texts.jsonl"
    source.write_text("".join(json.dumps({"text": f"text {k}"}) + "\n" for k in range(25)),
                      encoding="utf-8")
    _, rows, meta = bench.real_corpus(source, 20, 4)
    assert len(set(rows)) == 20 == meta["distinct_texts"]
    by_customer: dict[int, list[str]] = {}
    for i, text in enumerate(rows):
        by_customer.setdefault(i % 4, []).append(text)
    assert all(len(set(texts)) == 5 for texts in by_customer.values())
    _, rows, meta = bench.real_corpus(source, 50, 5)       # 50 rows of 25 texts: each twice
    assert meta["distinct_texts"] == 25 and set(map(rows.count, rows)) == {2}


def test_is_english_on_mixed_tweets() -> None:
    import build

    assert build.is_english("Loving the new iPod update @apple")
    assert build.is_english("Why is #Siri always down @apple")
    assert not build.is_english("Me voy a dormir... Goodnight #twitter")
    assert not build.is_english("estou me sentindo na #Microsoft - fazendo as escolhas por mim")
    assert not build.is_english("#Google образова онлайн потребителите http://t.co/9XMBZbUk")
    assert not build.is_english("#Twitter OFF")
