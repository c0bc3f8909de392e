"""Results must not depend on --jobs or on the fast path (issue 7)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from relradar.cli import app

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
