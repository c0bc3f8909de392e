from __future__ import annotations

import pytest

from relradar.matching import inflect


def hits(matcher, text):
    return [(h.id, round(h.weight, 3)) for h in matcher.match_text(text)[1] if h.weight]


def test_inflections():
    assert {"loves", "loved", "loving"} <= inflect("love")
    assert {"betrayed", "betrays"} <= inflect("betray")
    assert {"stopped", "stopping"} <= inflect("stop")
    assert {"worries", "worried"} <= inflect("worry")


@pytest.mark.parametrize("text, expected", [
    ("I love you", [("attraction", 1.0)]),
    ("She loved it and loves it still", [("attraction", 1.0), ("attraction", 1.0)]),
    ("I can't live without you", [("attraction", 1.5)]),
    ("I'm obsessed, totally hooked", [("craving", 1.0), ("craving", 1.0)]),
    ("they betrayed me", [("lost_love", 1.2)]),
    ("I don't love you anymore", [("lost_love", 1.0)]),
    ("I dont love them", [("disaffection", 0.5)]),
    ("I used to love this place", [("lost_love", 1.0)]),
    ("I'm no longer loyal", [("lost_love", 1.0)]),
    ("I so love it", [("attraction", 1.5)]),
    ("I LOVE it", [("attraction", 1.3)]),
    ("I love the product but they are a scam", [("attraction", 0.667), ("hostility", 1.0)]),
    ("Although I love it, they betrayed me", [("attraction", 0.667), ("lost_love", 1.2)]),
    ("Not sure why, but I love it", [("attraction", 1.0)]),
    ("I can't wait, love it", [("attraction", 1.0)]),
    ("oh love that for me, delayed again", [("service_failure", 0.5)]),
    ("I love waiting on hold", [("frustration", 1.0), ("service_failure", 0.5)]),
    ('their "love" for customers', [("frustration", 1.0)]),
    ("Never had a delay, love it", [("attraction", 1.0)]),
    ("love❤️❤️", [("attraction", 1.0), ("attraction", 0.8), ("attraction", 0.8)]),
    ("Changed the price without warning", [("advance_notice", 1.0)]),
    ("they did not change it without warning", []),
    ("I luv them", [("attraction", 1.0)]),
    ("#NeverSwitching", [("commitment", 1.5)]),
])
def test_mini_matching(mini_matcher, text, expected):
    assert hits(mini_matcher, text) == expected


def test_exclamations_add_emphasis(mini_matcher):
    assert hits(mini_matcher, "I love it!!!") == [("attraction", 1.3)]
    assert hits(mini_matcher, "I love it!") == [("attraction", 1.1)]


def test_modifiers_are_recorded(mini_matcher):
    [hit] = mini_matcher.match_text("I don't love you anymore")[1]
    assert any("negated by n't" in m for m in hit.mods)
    assert any("past (anymore)" in m for m in hit.mods)


def test_fast_path_matches_full_analysis(mini_lexicon):
    from relradar.matching import build_matcher

    fast = build_matcher(mini_lexicon, fast_path=True)
    slow = build_matcher(mini_lexicon, fast_path=False)
    texts = ["nothing here", "I love it", "obsessive much", "😀 ❤️", "where is my order?",
             "they changed it without warning", "HOOKED", ""]
    assert [fast.match_text(t) for t in texts] == [slow.match_text(t) for t in texts]


def test_cost_is_linear_on_emoji_runs(mini_matcher):
    text = "❤️😍🙃" * 20000
    _, found = mini_matcher.match_text(text)
    assert found  # completes (bounded by MAX_TOKENS) and still finds the hearts


# ---------------------------------------------------------------- the walk

def _plain_spans(matcher, lowers):
    """The longest-match walk as first written: every node of the frontier stepped on every
    key of the next word, in that order. Matcher._spans narrows the keys first and caches."""
    spans = []
    i = 0
    while i < len(lowers):
        root = matcher._trie
        frontier = [root[k] for k in matcher._keys(lowers[i]) if k in root]
        best_end, best = -1, None
        j = i + 1
        if frontier and matcher._ending(frontier) is not None:
            best_end, best = j, matcher._ending(frontier)
        while frontier and j < len(lowers):
            keys = matcher._keys(lowers[j])
            frontier = [node[k] for node in frontier for k in keys if k in node]
            j += 1
            if frontier and matcher._ending(frontier) is not None:
                best_end, best = j, matcher._ending(frontier)
        if best is not None:
            spans.append((i, best_end, list(best)))
            i = best_end
        else:
            i += 1
    return spans


def _walked_texts():
    import csv
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = []
    for path in [root / "examples" / "chats.csv",
                 *sorted((root / "benchmarks" / "histories").glob("*/histories.csv"))]:
        with open(path, encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    return texts


def test_walk_matches_the_plain_longest_match(default_matcher):
    """The same spans and entries, in the same order, as the plain walk: on the examples, the
    quality histories, and each text twice over (the walk's caches are warm the second time)."""
    texts = _walked_texts()
    assert len(texts) > 500
    for text in texts + texts:
        lowers = [t[0] for t in default_matcher._tokens(default_matcher.prepare(text))]
        walked = [(i, end, list(payloads)) for i, end, payloads in
                  default_matcher._spans(lowers)]
        assert walked == _plain_spans(default_matcher, lowers), text


def test_walk_is_the_same_when_its_kept_steps_are_dropped(default_matcher, monkeypatch):
    """Kept steps are dropped, half of them, past a bound: with a bound of a few steps (dropped
    again and again) the walk still gives the plain walk's spans."""
    import relradar.matching as matching

    monkeypatch.setattr(matching, "PAIR_CACHE_LIMIT", 5)
    for text in _walked_texts()[:300] * 2:
        lowers = [t[0] for t in default_matcher._tokens(default_matcher.prepare(text))]
        walked = [(i, end, list(payloads)) for i, end, payloads in
                  default_matcher._spans(lowers)]
        assert walked == _plain_spans(default_matcher, lowers), text
    assert default_matcher._steps_kept <= 5


def test_kept_steps_past_the_bound_keep_each_words_older_half(default_matcher, monkeypatch):
    """Past the bound each word keeps the older half of its steps (its common ones) and the
    count is exact, so a stream whose steps just outnumber the bound is not walked afresh."""
    import relradar.matching as matching

    monkeypatch.setattr(matching, "PAIR_CACHE_LIMIT", 10**9)
    monkeypatch.setattr(default_matcher, "_continued", [])
    monkeypatch.setattr(default_matcher, "_steps_kept", 0)
    first: dict = {}
    second: dict = {}
    for k in range(6):
        default_matcher._keep(first, f"a{k}", matching.NO_STEP)
    default_matcher._keep(second, "b0", matching.NO_STEP)
    default_matcher._evict_steps()
    assert list(first) == ["a0", "a1", "a2"] and second == {}
    assert default_matcher._continued == [first]
    assert default_matcher._steps_kept == 3
    default_matcher._keep(second, "b1", matching.NO_STEP)      # emptied, then kept again
    assert default_matcher._continued == [first, second]
    assert default_matcher._steps_kept == 4


def test_trie_shared_while_it_grows_reads_as_the_trie_built_whole(monkeypatch, tmp_path):
    """The compile shares equal subtrees every SHARE_EVERY phrases; a later phrase that goes
    through a shared node must change only its own path (the node is copied first)."""
    import relradar.matching as matching
    from relradar.lexicon import load_lexicon

    from .conftest import MINI

    overlay = tmp_path / "more.yaml"
    overlay.write_text(
        "signals:\n"
        "  attraction:\n"
        "    terms:\n"
        "      '(really love|truly like) (the app|the game)': 1.0\n"
        "  hostility:\n"
        "    terms:\n"
        "      'really love the app so much': 1.3\n"
        "      'truly like the game fees': 1.4\n", encoding="utf-8")
    lexicon = load_lexicon([MINI, overlay], use_default=False)

    def build(every: int) -> matching.Matcher:
        monkeypatch.setattr(matching, "SHARE_EVERY", every)
        return matching.Matcher(lexicon, matching.load_nlp("en"))

    whole, shared = build(10**9), build(2)
    texts = ["I really love the app so much", "truly like the app so much", "really love the game",
             "truly like the game fees", "really love the game fees", "I love you, scam"]
    for text in texts:
        assert hits(shared, text) == hits(whole, text), text
    assert hits(shared, "really love the app so much") == [("hostility", 1.3)]
    # "truly like" shares its ending with "really love": it does not gain their later phrases
    assert hits(shared, "truly like the app so much") == [("attraction", 1.0)]
    assert hits(shared, "really love the game fees") == [("attraction", 1.0)]


def _mods_of(matcher, text, signal):
    return [h.mods for h in matcher.match_text(text)[1] if h.id == signal]


def test_a_condition_weighs_its_whole_clause_and_a_hope_only_what_follows(default_matcher):
    # "if" makes the clause a condition on either side of it
    for text in ("I would stay loyal if you fixed the app",
                 "If you fixed the app I would stay loyal"):
        assert any(m.lower() == "hypothetical (if)" for mods in
                   _mods_of(default_matcher, text, "commitment") for m in mods), text
    # a hope weighs what is hoped, not what was told before it in the clause
    told = _mods_of(default_matcher, "My first experience with this airline and I hope to "
                                     "fly them again", "first_contact")
    assert told and not any(m.startswith("hypothetical") for mods in told for m in mods)
    hoped = _mods_of(default_matcher, "I hope to stay loyal to you", "commitment")
    assert hoped and all("hypothetical (I hope)" in mods for mods in hoped)
