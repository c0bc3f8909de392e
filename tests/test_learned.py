"""The learned wording model (relradar.learned): its file, its arithmetic, where it decides."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from relradar.api import classify
from relradar.learned import (BIAS, ROWS_AT_ONCE, UNDETERMINED, LearnedModel, _load, add_part,
                              decision, grams_of, model_for, model_path, words_of)
from relradar.lexicon import load_lexicon

REPO = Path(__file__).resolve().parents[1]
# told in other words than the lexicon's: family use across three generations
FAMILY = ("My grandad drove these tractors, my dad drove them, and now I'm on my third one. "
          "Wouldn't have anything else on the farm.")
PLAIN = "Ordered a lamp. It arrived. It works. Fine."


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    loaded = _load(str(model_path("en")))
    assert loaded is not None, "lexicons/learned-en.npz is missing"
    return loaded


def overlay(tmp_path: Path, scoring: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text("scoring:\n" + scoring, encoding="utf-8")
    return path


def test_the_bundled_model_knows_the_bundled_types(model, default_lexicon):
    assert UNDETERMINED in model.classes
    assert set(model.classes) - {UNDETERMINED} <= set(default_lexicon.types)
    assert len(model.index) == len(model.vocabulary) == len(set(model.vocabulary))
    assert 0.2 < model.undetermined_share < 0.5       # the written sets: about a third
    # the file holds plain arrays: it loads with pickles refused, and as relradar reads it
    with np.load(model_path("en"), allow_pickle=False) as data:
        assert set(data.files) == {"vocabulary", "weights", "scale", "intercept", "classes",
                                   "undetermined_share"}
        weights = (data["weights"].astype(np.float64) - BIAS) / float(data["scale"])
        assert weights.shape == (len(model.vocabulary), len(model.classes))
        for i in (0, 1234, len(model.vocabulary) - 1):
            for j, type_id in enumerate(model.classes):
                assert model.weight(model.vocabulary[i], type_id) == weights[i, j]


def test_a_run_does_not_import_numpy(tmp_path):
    """numpy costs every run 17 MB and 0.1 s of start-up; the model reads its file without it."""
    import os
    import subprocess

    data = tmp_path / "few.csv"
    data.write_text("customer_id,text\nc1,My grandad drove these tractors and so do I\n",
                    encoding="utf-8")
    code = ("import atexit, sys; "
            "atexit.register(lambda: print('numpy imported:', 'numpy' in sys.modules)); "
            "from relradar.cli import main; main()")
    out = subprocess.run([sys.executable, "-c", code, "classify", str(data), "-f", "json",
                          "-o", str(tmp_path / "out.json")], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "numpy imported: False"
    assert '"messages": 1' in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_words_and_bigrams_as_the_model_reads_them():
    assert words_of("I’m on my 3rd one!") == ["i'm", "on", "my", "3rd", "one"]
    assert grams_of(["my", "dad", "did"]) == ["my", "dad", "did", "my dad", "dad did"]


def test_parts_add_up_over_messages(model):
    one, two = model.contribution("my dad flew with you"), model.contribution("every summer")
    both = np.frombuffer(add_part(add_part(None, one), two), dtype=np.float32)
    assert both[-1] == 7                                  # the word counts add
    assert np.allclose(both, np.frombuffer(one, dtype=np.float32)
                       + np.frombuffer(two, dtype=np.float32), atol=1e-5)
    assert model.contribution("... !!! ") is None          # no words, no part
    assert len(add_part(None, one)) == 4 * len(model.classes) + 4    # float32 per type
    # a part is the sum of its grams' weights, however many (the fixed-point sums are taken
    # ROWS_AT_ONCE rows at a time, so that no field carries into the next)
    grams = grams_of(words_of("my dad flew with you"))
    expected = [sum(model.weight(g, t) for g in grams) for t in model.classes]
    assert np.allclose(np.frombuffer(one, dtype=np.float32)[:-1], expected, atol=1e-5)
    many = ROWS_AT_ONCE + 10
    part = np.frombuffer(model.contribution("dad " * many), dtype=np.float32)
    assert part[-1] == many
    expected = [many * model.weight("dad", t) + (many - 1) * model.weight("dad dad", t)
                for t in model.classes]
    assert np.allclose(part[:-1], expected, rtol=1e-5, atol=1e-3)


def test_the_prior_shift_favours_undetermined(model):
    part = add_part(None, model.contribution(FAMILY))
    plain = model.probabilities(part)
    shifted = model.probabilities(part, model.shift(0.7))
    assert sum(shifted.values()) == pytest.approx(1.0)
    assert shifted[UNDETERMINED] > plain[UNDETERMINED]
    assert model.shift(model.undetermined_share) == pytest.approx(0.0)
    assert model.shift(0.0) == 0.0 and model.shift(1.0) == 0.0


def test_off_unless_the_lexicon_turns_it_on(tmp_path, model):
    part = add_part(None, model.contribution(FAMILY))
    bundled = load_lexicon([], use_default=True)
    assert model_for(bundled) is model
    assert decision(part, bundled) is not None
    off = load_lexicon([overlay(tmp_path, "  learned_min: 0\n")], use_default=True)
    assert model_for(off) is None and decision(part, off) is None
    # a lexicon of one's own does not get the model by default
    mini = load_lexicon([REPO / "tests" / "data" / "mini.yaml"], use_default=False)
    assert model_for(mini) is None


def customers(lexicon, texts: dict[str, str], scoring: dict | None = None) -> dict:
    """Matched with the bundled lexicon's matcher, scored with `scoring` changed (no compile)."""
    from relradar.models import Message
    from relradar.pipeline import AnalysisOptions, accumulate, match_stream
    from relradar.scoring import finish_customer

    scored = replace(lexicon, scoring={**lexicon.scoring, **(scoring or {})})
    messages = [Message(customer_id=cid, text=text) for cid, text in texts.items()]
    states, _ = accumulate(match_stream(iter(messages), lexicon, AnalysisOptions()),
                           lexicon=scored)
    return {state.customer_id: finish_customer(state, scored) for state in states.values()}


def test_it_decides_only_what_the_lexicon_left_undetermined(default_lexicon):
    texts = {"fam": FAMILY, "plain": PLAIN, "loyal": "Loyal to you for 15 years and I love you!"}
    usual = customers(default_lexicon, texts)
    assert usual["loyal"].decided_by == "lexicon"
    assert usual["plain"].type == UNDETERMINED and usual["plain"].decided_by is None
    # signals that can never decide: the model's word is all that is left
    learned = customers(default_lexicon, texts, {"min_score": 1000})
    assert learned["fam"].type == "close_siblings"
    assert learned["fam"].decided_by == "learned"
    assert 0.3 <= learned["fam"].confidence < 1
    assert learned["plain"].type == UNDETERMINED and learned["plain"].decided_by is None
    off = customers(default_lexicon, texts, {"min_score": 1000, "learned_min": 0})
    assert all(c.type == UNDETERMINED for c in off.values())


def test_the_output_says_what_decided():
    frame = pd.DataFrame({"customer_id": ["loyal", "plain"],
                          "text": ["Loyal to you for 15 years and I love you!", PLAIN]})
    out = classify(frame).set_index("customer_id")
    assert out.loc["loyal", "decided_by"] == "lexicon"
    assert pd.isna(out.loc["plain", "decided_by"])


def test_training_never_sees_the_sets_kept_for_measuring():
    sys.path.insert(0, str(REPO / "benchmarks" / "learned"))
    sys.path.insert(0, str(REPO / "benchmarks" / "quality"))
    try:
        import evaluate
        import train
    finally:
        sys.path.remove(str(REPO / "benchmarks" / "learned"))
        sys.path.remove(str(REPO / "benchmarks" / "quality"))
    assert not set(train.TRAIN_SETS) & set(train.KEPT_FOR_MEASURING)
    # every later set is either trained on or kept for measuring, never forgotten
    assert set(train.TRAIN_SETS) | set(train.KEPT_FOR_MEASURING) == set(evaluate.LATER_WRITERS)


def test_a_broken_model_file_is_one_clear_error(tmp_path):
    from relradar.errors import LexiconError

    broken = tmp_path / "learned-xx.npz"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(LexiconError, match="not a learned model"):
        _load(str(broken))
    np.savez(tmp_path / "partial.npz", weights=np.zeros((2, 2)))
    with pytest.raises(LexiconError, match="not a learned model"):
        _load(str(tmp_path / "partial.npz"))


def tiny_model(weights: dict[str, dict[str, float]], classes: list[str]) -> LearnedModel:
    """A model of a few grams, packed as the model file packs them (learned.save)."""
    import struct

    scale = 4096.0
    table = b"".join(struct.pack(f"<{len(classes)}I",
                                 *(round(row.get(c, 0.0) * scale) + BIAS for c in classes))
                     for row in weights.values())
    return LearnedModel(list(weights), table, scale, [0.0] * len(classes), classes, 0.3)


def test_a_weak_type_gives_way_to_the_wording(monkeypatch, default_lexicon):
    """The signals' type stands unless it is weak (confidence below
    scoring.learned_override_below) and the model reads another type at learned_min."""
    import relradar.learned as learned

    classes = ["basic_exchange", "old_friends", UNDETERMINED]
    tiny = tiny_model({"grandad": {"old_friends": 40.0}, "price": {"basic_exchange": 40.0}},
                      classes)
    monkeypatch.setattr(learned, "model_for", lambda lexicon: tiny)
    below = float(default_lexicon.scoring["learned_override_below"])
    assert 0 < below < 1
    family = add_part(None, tiny.contribution("grandad grandad grandad"))
    weak, strong = below - 0.1, below + 0.1
    kind, probability = decision(family, default_lexicon, "basic_exchange", weak)
    assert kind == "old_friends" and probability >= learned.learned_min(default_lexicon)
    assert decision(family, default_lexicon, "basic_exchange", strong) is None   # not weak
    assert decision(family, default_lexicon, "old_friends", weak) is None        # agrees
    price = add_part(None, tiny.contribution("price price price"))
    assert decision(price, default_lexicon, "old_friends", weak)[0] == "basic_exchange"
    unsure = add_part(None, tiny.contribution("grandad price"))
    assert decision(unsure, default_lexicon, "basic_exchange", weak) is None     # no clear word
    off = replace(default_lexicon, scoring={**default_lexicon.scoring,
                                            "learned_override_below": 0.0})
    assert decision(family, off, "basic_exchange", 0.0) is None


def test_a_retyped_customer_names_the_signals_type_as_runner_up(monkeypatch, default_lexicon,
                                                                default_matcher):
    import relradar.learned as learned
    from relradar.scoring import CustomerState, finish_customer

    tiny = tiny_model({"grandad": {"old_friends": 40.0}}, ["old_friends", UNDETERMINED])
    monkeypatch.setattr(learned, "model_for", lambda lexicon: tiny)
    text, hits = default_matcher.match_text("I've been with you for 3 years, good value. "
                                            "My grandad shopped here too.")

    def finish(below: float):
        state = CustomerState("c", None)
        state.add(0, None, "t:1", text, hits, learned=tiny.contribution(text))
        return finish_customer(state, replace(default_lexicon, scoring={
            **default_lexicon.scoring, "learned_override_below": below}))

    by_signals = finish(0.0)
    assert (by_signals.type, by_signals.decided_by) == ("basic_exchange", "lexicon")
    retyped = finish(by_signals.confidence + 0.05)       # weak for this lexicon
    assert (retyped.type, retyped.decided_by) == ("old_friends", "learned")
    assert retyped.runner_up == "basic_exchange"
    assert retyped.confidence >= learned.learned_min(default_lexicon)
    assert finish(by_signals.confidence).type == "basic_exchange"     # not below: it stands


def test_the_reason_names_the_model_and_the_signals_best_type(default_lexicon):
    from relradar.explain import why_text

    result = customers(default_lexicon, {"fam": FAMILY}, {"min_score": 1000})["fam"]
    assert result.decided_by == "learned"
    why = why_text(result, default_lexicon)
    assert why.startswith(f"The learned model of the customer's wording gives {result.type} ")
    assert "less than 50% confidence" in why          # the bundled learned_override_below
    assert result.runner_up is not None and result.runner_up != result.type
    assert why.endswith(f"the signals' best type was {result.runner_up}.")
