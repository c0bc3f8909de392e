"""Results must not depend on --jobs or on the fast path (issue 7)."""

from __future__ import annotations

import json
import pickle

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.pipeline import clean_and_match

from .conftest import EXAMPLES


def classify(*extra: str) -> str:
    result = CliRunner().invoke(app, ["classify", str(EXAMPLES / "chats.csv"),
                                      str(EXAMPLES / "emails.jsonl"), "--brand-col", "brand",
                                      "--format", "jsonl", "--quiet", *extra])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_identical_across_jobs_and_fast_path(monkeypatch):
    import relradar.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK", 7)     # many chunks, so order across workers matters
    one = classify("--jobs", "1")
    assert one == classify("--jobs", "2")
    assert one == classify("--jobs", "1", "--no-fast-path")
    assert one == classify("--jobs", "2", "--no-fast-path")
    assert len(one.splitlines()) == 85


def test_prefilter_never_rejects_a_text_the_matcher_scores(default_matcher):
    texts = [line for path in ("chats.csv", "emails.jsonl")
             for line in (EXAMPLES / path).read_text(encoding="utf-8").splitlines()]
    texts += ["I can not live without you", "cant stop loving u", "soooo in love",
              "go-to brand", "my go to", "LOVED it!!!", "#fanforlife", "used 2 love u",
              "100% loyal", "as a 1k flyer", "10 years with you", "since 1998 a customer"]
    for text in texts:
        prepared = default_matcher.prepare(text)
        scored = [h for h in default_matcher.match_prepared(prepared) if h.weight] \
            if prepared else []
        if scored:
            assert default_matcher.may_match(prepared), (text, scored)
            assert clean_and_match(text, default_matcher)[1], ("raw text rejected", text)


def test_language_column_uses_each_rows_lexicon(tmp_path):
    from relradar.lexicon import bundled_languages

    assert "es" in bundled_languages()
    data = tmp_path / "mixed.csv"
    data.write_text("customer_id,lang,text\n"
                    "a,en,I absolutely love you guys and I'm loyal forever\n"
                    "b,es,\"Me encanta esta marca, les soy fiel desde siempre\"\n"
                    "c,es,I absolutely love you guys and I'm loyal forever\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(data), "--language-col", "lang",
                                      "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.stderr
    rows = {d["customer_id"]: d for d in map(json.loads, result.stdout.splitlines())}
    assert rows["a"]["type"] == "marriage_partners"
    assert rows["b"]["signals"], "Spanish row scored with the Spanish lexicon"


def test_identical_messages_count_once(tmp_path, default_lexicon):
    """The same review posted under several product variants is one message, and a skip."""
    from relradar.pipeline import DUPLICATE, analyze
    from relradar.readers import ReaderOptions

    review = "I have been a loyal customer for 12 years and I love this brand."
    path = tmp_path / "dupes.csv"
    path.write_text("customer_id,text\n"
                    f'a,"{review}"\na,"{review}"\na,"{review}"\na,thanks!\na,thanks!\n'
                    f'b,"{review}"\n', encoding="utf-8")
    analysis = analyze([str(path)], default_lexicon, ReaderOptions())
    by_id = {c.customer_id: c for c in analysis.customers}
    assert by_id["a"].messages == 3          # one review, two short thanks
    assert by_id["a"].signals == by_id["b"].signals
    stats = analysis.stats
    assert stats.skipped[DUPLICATE] == 2
    assert stats.rows_read == stats.rows_used + stats.rows_skipped == 6


def test_identical_customers_on_a_generated_corpus(tmp_path):
    """The benchmark's generator (fixed seed): e-mails with quoted replies, signatures, order
    numbers, emoji and hashtags; fast path, spaCy path and two workers agree on every customer."""
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    corpus = tmp_path / "corpus.csv"
    bench.generate(1500, 150, corpus, tmp_path / "corpus.meta.json")

    def run(*extra: str) -> str:
        result = CliRunner().invoke(app, ["classify", str(corpus), "-f", "jsonl", "-q", *extra])
        assert result.exit_code == 0, result.stderr
        return result.stdout

    fast = run("--jobs", "1")
    assert len(fast.splitlines()) == 150
    assert fast == run("--jobs", "1", "--no-fast-path")
    assert fast == run("--jobs", "2")


def test_parent_lets_go_of_the_matchers_once_workers_are_forked(default_lexicon):
    """With --jobs 2 the parent only merges: its copy of the compiled matchers (a quarter of
    its memory) is dropped once the workers hold theirs, and results are unchanged."""
    import multiprocessing

    import relradar.pipeline as pipeline
    from relradar.models import Message

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("spawned workers compile their own matchers; the parent never shares")
    texts = ["I love you guys, loyal forever", "worst airline ever", "ok"] * 5
    messages = [Message(customer_id=f"c{i}", text=t) for i, t in enumerate(texts)]
    stream = pipeline.match_stream(iter(messages), default_lexicon,
                                   pipeline.AnalysisOptions(jobs=2))
    first = next(stream)
    assert pipeline._WORKER is None
    rest = list(stream)
    one = list(pipeline.match_stream(iter(messages), default_lexicon,
                                     pipeline.AnalysisOptions(jobs=1)))
    assert [first, *rest] == one


@pytest.mark.parametrize("text, expected", [
    ("rarest word first: zebra then apple then pear", True),
    ("the others first: apple, pear and at last zebra", True),
    ("apple pear only", False),
    ("zebra and apple, no third word", False),
    ("kiwi alone ends it", True),
    ("zebras are not zebra's whole-word neighbours: apple pear", True),
    ("pearl and apples zebra", False),
])
def test_hit_scanner_needs_every_word_of_one_term_in_any_order(text, expected):
    from relradar.prefilter import HitScanner, scan_text

    groups = [[("zebra", True, True)], [("apple", True, True)], [("pear", True, True)],
              [("kiwi", True, True)]]
    # zebra-apple-pear (rarest first), apple-pear-zebra filed again, kiwi on its own
    scanner = HitScanner(groups, [(0, 1, 2), (1, 2, 0), (3,)])
    assert scanner.found(scan_text(text)) is expected
    # as the lexicon cache stores it (packed arrays) and loads it again
    assert pickle.loads(pickle.dumps(scanner)).found(scan_text(text)) is expected


def test_a_loaded_hit_scanner_has_its_tables_and_one_int_per_group_id(default_matcher):
    scanner = default_matcher.scanner
    loaded = pickle.loads(pickle.dumps(scanner, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded._values == scanner._values
    assert list(loaded._terms.items()) == list(scanner._terms.items())
    objects: dict[int, int] = {}
    for gid in [g for value in loaded._values for g in value[3]] + [
            g for rests in loaded._terms.values() for rest in rests for g in rest]:
        assert objects.setdefault(gid, id(gid)) == id(gid)


def test_hit_scanner_stops_scanning_long_texts_only_while_it_never_rejects(monkeypatch):
    import relradar.prefilter as prefilter

    monkeypatch.setattr(prefilter, "LONG_TRIAL", 10)
    monkeypatch.setattr(prefilter, "LONG_TRIAL_REJECTS", 2)
    long_miss = "nothing to see here " * 10          # 200 characters, no term word
    long_hit = "zebra " * 40
    scanner = prefilter.HitScanner([[("zebra", True, True)]], [(0,)])
    # a lexicon that keeps rejecting long texts keeps scanning them
    assert not any(scanner.may_match(long_miss) for _ in range(50))
    # one that finds a word in (nearly) every long text stops scanning them after the trial
    broad = prefilter.HitScanner([[("zebra", True, True)]], [(0,)])
    assert all(broad.may_match(long_hit) for _ in range(10))
    assert broad.may_match(long_miss)                 # "maybe": the matcher decides
    assert not broad.may_match("nothing here")        # short texts are still scanned
