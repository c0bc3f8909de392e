"""scoring: undetermined thresholds, confidence, runner-up, love-hate's conjunction, time order,
recency and the evidence kept per customer."""

from __future__ import annotations

import dataclasses
import math

import pytest

from relradar import scoring
from relradar.matching import Hit
from relradar.scoring import UNDETERMINED, CustomerState, finish_customer


def sig(sid: str, weight: float, term: str = "x", kind: str = "signal") -> Hit:
    return Hit(kind, sid, weight, term, 0, len(term), ())


def state_of(*messages: list[Hit], times: list[float | None] | None = None) -> CustomerState:
    state = CustomerState("c", None)
    for seq, hits in enumerate(messages):
        text = " ".join(h.term for h in hits) or "hello"
        state.add(seq, times[seq] if times else None, f"t:{seq + 1}", text, list(hits))
    return state


def share_of(scores: dict[str, float]) -> float:
    """The best type's share of the three best scores (scoring.finish_customer)."""
    ranked = sorted(scores.values(), reverse=True)
    return ranked[0] / sum(ranked[:3])


def finish(lexicon, *messages: list[Hit], times=None):
    return finish_customer(state_of(*messages, times=times), lexicon)


def from_texts(lexicon, matcher, texts, times=None):
    state = CustomerState("c", None)
    for seq, text in enumerate(texts):
        cleaned, hits = matcher.match_text(text)
        state.add(seq, times[seq] if times else None, f"t:{seq + 1}", cleaned, hits)
    return finish_customer(state, lexicon)


# ---------------------------------------------------------------- undetermined

def test_scoring_defaults(default_lexicon):
    s = default_lexicon.scoring
    assert (s["min_score"], s["min_share"], s["confidence_scale"]) == (1.0, 0.35, 3.0)


def test_one_incident_is_not_a_relationship(default_lexicon):
    """A single message of incident signals stays undetermined, however strong."""
    one = finish(default_lexicon, [sig("value", 3.0)])
    assert one.type == UNDETERMINED and one.runner_up == "basic_exchange"
    two = finish(default_lexicon, [sig("value", 1.5)], [sig("value", 1.5)])
    assert two.type == "basic_exchange"
    relational = finish(default_lexicon, [sig("commitment", 1.0)])
    assert relational.type == "marriage_partners"


def test_one_incident_beside_relational_evidence_weighs_nothing(default_lexicon):
    """The type comes from the relational evidence: one angry message with some tenure is
    not an enemy because of the anger, nor an old friend when the words are that sour."""
    warm = finish(default_lexicon, [sig("joy", 0.5), sig("longevity", 1.0)])
    assert warm.type == "old_friends"
    sour = finish(default_lexicon, [sig("anger", 4.0), sig("longevity", 1.0)])
    assert "enemies" not in sour.type_scores
    assert sour.sentiment <= -default_lexicon.scoring["mismatch_sentiment"]
    assert sour.type_scores["old_friends"] == pytest.approx(
        warm.type_scores["old_friends"] * default_lexicon.scoring["mismatch_weight"])
    assert sour.type == UNDETERMINED
    assert sour.signals["anger"] == 4.0               # still reported, and it still counts
    assert sour.distress is True                       # toward distress


def test_undetermined_below_min_score(default_lexicon):
    result = finish(default_lexicon, [sig("value", 0.5)])
    best, score = next(iter(result.type_scores.items()))
    assert best == "basic_exchange" and score == pytest.approx(0.65)
    assert score < default_lexicon.scoring["min_score"]
    assert result.type == UNDETERMINED
    assert result.label == "Undetermined"
    assert result.confidence == 0.0
    assert result.runner_up == "basic_exchange"       # the best candidate
    assert (result.closeness, result.intensity, result.power) == (None,) * 3
    assert result.valence == "positive"                # from the customer's own signals


def test_decided_just_above_min_score(default_lexicon):
    # 1.04 and ~93 % share, from two messages: value is an incident signal, so one message
    # praising the price is not yet a relationship
    result = finish(default_lexicon, [sig("value", 0.4)], [sig("value", 0.4)])
    assert result.type == "basic_exchange"
    assert result.valence == "positive"


def test_undetermined_below_min_share(default_lexicon):
    result = finish(default_lexicon, [sig("value", 1.0), sig("trust", 1.0),
                                      sig("community", 1.0), sig("novelty", 1.0)])
    scores = result.type_scores
    best_id, best = next(iter(scores.items()))
    share = share_of(scores)
    assert share == pytest.approx(1 / 3)                      # three types tie at 1.5
    assert best >= default_lexicon.scoring["min_score"]
    assert share < default_lexicon.scoring["min_share"]
    assert result.type == UNDETERMINED and result.confidence == 0.0
    assert result.runner_up == best_id == "best_friends"     # 1.5 ties broken by id


def test_share_counts_only_the_three_best(default_lexicon):
    """Small weights lent to many types do not make a clear leader undecided."""
    result = finish(default_lexicon, [sig("attraction", 1.0), sig("joy", 1.0)],
                    [sig("trust", 0.5)])
    scores = result.type_scores
    assert len(scores) > 3
    best = max(scores.values())
    assert best / sum(scores.values()) < default_lexicon.scoring["min_share"]
    assert share_of(scores) >= default_lexicon.scoring["min_share"]
    assert result.type == "best_friends" and result.runner_up == "marriage_partners"


@pytest.mark.parametrize("mix", [
    {"value": 0.5}, {"value": 0.8}, {"attraction": 2.0}, {"anger": 2.0},
    {"feedback": 1.0, "community": 1.0}, {"attraction": 1.0, "anger": 1.0},
    {"value": 1.0, "trust": 1.0, "community": 1.0, "novelty": 1.0},
])
def test_decided_iff_score_and_share_thresholds(default_lexicon, mix):
    result = finish(default_lexicon, [sig(k, v) for k, v in mix.items()])
    scores = result.type_scores
    best = max(scores.values())
    decided = (best >= default_lexicon.scoring["min_score"]
               and share_of(scores) >= default_lexicon.scoring["min_share"]
               and scoring.is_relationship(result.signals, 1, default_lexicon))
    assert (result.type != UNDETERMINED) == decided
    if decided:
        assert result.type == next(iter(scores))
        assert 0 < result.confidence <= 1
    else:
        assert result.confidence == 0 and result.runner_up == next(iter(scores))


def test_no_signal_at_all(default_lexicon):
    result = finish(default_lexicon, [], [])
    assert result.type == UNDETERMINED and result.runner_up is None
    assert result.type_scores == {} and result.signals == {} and result.messages == 2


def test_undetermined_text(default_lexicon, default_matcher):
    result = from_texts(default_lexicon, default_matcher, ["Where is my parcel? Order 1234."])
    assert result.type == UNDETERMINED


# ---------------------------------------------------------------- confidence and runner-up

def test_confidence_formula(default_lexicon):
    result = finish(default_lexicon, [sig("commitment", 1.0)])
    scores = result.type_scores
    best = scores[result.type]
    share = share_of(scores)
    strength = 1 - math.exp(-best / 3.0)
    expected = round(math.sqrt(share) * math.sqrt(strength) * (0.55 + 0.45 * 0.5), 3)
    assert result.type == "marriage_partners"
    assert result.confidence == expected


def test_confidence_bounded_and_increasing_with_evidence(default_lexicon):
    confidences = []
    for n in range(1, 9):
        result = finish(default_lexicon, *[[sig("commitment", 0.7)] for _ in range(n)])
        assert result.type == "marriage_partners"
        assert 0.0 <= result.confidence <= 1.0
        confidences.append(result.confidence)
    assert confidences == sorted(confidences)
    assert confidences[0] < confidences[1] < confidences[2]      # consistent evidence adds up
    share = 1.5 / (1.5 + 0.2)                                    # old_friends takes 0.2
    assert confidences[-1] <= math.sqrt(share) + 1e-3            # bounded by the leader's share


def test_confidence_never_certain_from_one_message(default_lexicon):
    one = finish(default_lexicon, [sig("novelty", 9.0)])
    many = finish(default_lexicon, *[[sig("novelty", 3.0)] for _ in range(6)])
    assert one.type == many.type == "fling"
    assert one.confidence < 0.8 < many.confidence <= 0.99


def test_confidence_increases_with_more_messages(default_lexicon, default_matcher):
    one = from_texts(default_lexicon, default_matcher, ["Loyal to this brand."])
    three = from_texts(default_lexicon, default_matcher,
                       ["Loyal to this brand.", "Loyal forever.", "A customer for life."])
    assert three.confidence > one.confidence
    assert 0 < one.confidence <= three.confidence <= 1


def test_runner_up_is_second_best(default_lexicon):
    result = finish(default_lexicon, [sig("commitment", 2.0), sig("longevity", 1.0)])
    ranked = list(result.type_scores)
    assert result.type == ranked[0] == "marriage_partners"
    assert result.runner_up == ranked[1] == "old_friends"
    assert list(result.type_scores.values()) == sorted(result.type_scores.values(), reverse=True)


def test_single_candidate_has_no_runner_up(default_lexicon):
    result = finish(default_lexicon, [sig("novelty", 2.0)])
    assert result.type == "fling" and result.runner_up is None


# ---------------------------------------------------------------- love-hate's conjunction

def test_love_hate_needs_attraction_and_anger(default_lexicon, default_matcher):
    attraction = finish(default_lexicon, [sig("attraction", 2.0)])
    assert "mixed_feelings" not in attraction.signals
    assert "love_hate" not in attraction.type_scores     # attraction alone is not enough
    anger = finish(default_lexicon, [sig("anger", 2.0)])
    assert "love_hate" not in anger.type_scores
    both = from_texts(default_lexicon, default_matcher,
                      ["I love this app but I am furious with it"])
    assert both.signals["mixed_feelings"] == pytest.approx(
        min(both.signals["attraction"], both.signals["anger"]))   # min of the group sums
    assert "love_hate" in both.type_scores
    # told in one message: love in one and a grumpy word in another is no ambivalence
    apart = from_texts(default_lexicon, default_matcher,
                       ["I love this app", "I am furious with it"])
    assert "mixed_feelings" not in apart.signals


def test_mixed_feelings_sums_each_group(default_matcher):
    hits = default_matcher.match_text("I love this app and I crave it, but I am furious and "
                                      "hate it")[1]
    weight = {h.id: 0.0 for h in hits}
    for h in hits:
        weight[h.id] += h.weight
    assert weight["mixed_feelings"] == pytest.approx(
        min(weight["attraction"] + weight["craving"], weight["anger"]))


def test_love_hate_requires_groups(default_lexicon):
    assert default_lexicon.types["love_hate"].requires == (("ambivalence", "mixed_feelings"),)
    assert "love_hate" in scoring.type_scores({"ambivalence": 1.0}, default_lexicon)
    assert "love_hate" not in scoring.type_scores({"attraction": 5.0, "craving": 5.0},
                                                  default_lexicon)


def test_love_hate_from_text(default_lexicon, default_matcher):
    result = from_texts(default_lexicon, default_matcher,
                        ["I love you guys but I'm furious with you."])
    assert result.signals["mixed_feelings"] > 0
    assert result.type == "love_hate"
    only_love = from_texts(default_lexicon, default_matcher, ["I love you guys."])
    assert "love_hate" not in only_love.type_scores


# ---------------------------------------------------------------- time order and recency

def test_ordered_by_time_when_every_message_has_one():
    state = state_of([sig("joy", 1.0)], [sig("anger", 1.0)], [sig("trust", 1.0)],
                     times=[300.0, 100.0, 200.0])
    assert [m.number for m in scoring.ordered(state)] == [2, 3, 1]


def test_ordered_by_file_when_a_time_is_missing():
    state = state_of([sig("joy", 1.0)], [sig("anger", 1.0)], [sig("trust", 1.0)],
                     times=[300.0, None, 200.0])
    assert [m.number for m in scoring.ordered(state)] == [1, 2, 3]


def test_ordered_ties_keep_file_order():
    state = state_of([sig("joy", 1.0)], [sig("anger", 1.0)], times=[5.0, 5.0])
    assert [m.number for m in scoring.ordered(state)] == [1, 2]


def test_untimed_message_without_hits_still_forces_file_order(default_lexicon):
    """Warm messages first in the file but dated last: time order says sour-first (no soured);
    one message without a time anywhere (even one with no signal) falls back to file order."""
    warm, sour = [sig("attraction", 2.0)], [sig("lost_love", 1.5), sig("churn", 1.5)]
    timed = finish(default_lexicon, warm, sour, times=[200.0, 100.0])
    assert "soured" not in timed.signals
    fallback = finish(default_lexicon, warm, sour, [], times=[200.0, 100.0, None])
    assert fallback.signals["soured"] == 2.0
    assert fallback.type == "ex_friends"


def test_first_and_last_seen(default_lexicon):
    result = finish(default_lexicon, [sig("joy", 1.0)], [], [sig("joy", 1.0)],
                    times=[50.0, 10.0, None])
    assert (result.first_seen, result.last_seen) == (10.0, 50.0)
    assert result.messages == 3


def test_no_recency_decay_by_default(default_lexicon):
    history = scoring.ordered(state_of([sig("joy", 1.0)], [sig("joy", 1.0)]))
    signals, _ = scoring.totals(history, default_lexicon)
    assert signals["joy"] == 2.0


def test_recency_half_life_weights_late_messages(default_lexicon):
    lexicon = dataclasses.replace(default_lexicon,
                                  scoring={**default_lexicon.scoring, "recency_half_life": 1})
    history = scoring.ordered(state_of([sig("joy", 1.0)], [sig("anger", 1.0)],
                                       [sig("joy", 1.0), sig("fair_terms", 1.0, kind="rule")],
                                       times=[1.0, 2.0, 3.0]))
    signals, rules = scoring.totals(history, lexicon)
    assert signals["joy"] == pytest.approx(1.0 + 0.25)
    assert signals["anger"] == pytest.approx(0.5)
    assert rules == {"fair_terms": 1.0}


# ---------------------------------------------------------------- evidence

def test_evidence_capped_at_three_and_sorted_by_weight(default_lexicon):
    weights = [0.3, 1.7, 0.9, 2.5, 1.1, 0.5, 1.3, 2.0, 0.7, 1.9]
    messages = [[sig("joy", w, term=f"w{w}")] for w in weights]
    result = finish(default_lexicon, *messages)
    shown = [e.weight for e in result.evidence]
    assert len(shown) == scoring.EVIDENCE_SHOWN == 3
    assert shown == sorted(weights, reverse=True)[:3]
    top = result.evidence[0]
    assert (top.term, top.message, top.source, top.kind) == ("w2.5", 4, "t:4", "signal")


def test_evidence_excludes_dropped_hits(default_lexicon):
    result = finish(default_lexicon, [sig("joy", 1.0), sig("attraction", 0.0, "love")],
                    [sig("fair_terms", 0.0, "hidden fees", kind="rule")])
    assert [(e.signal, e.weight) for e in result.evidence] == [("joy", 1.0)]
    assert result.rules_broken == {}


def test_evidence_equal_weights_prefer_earlier_messages(default_lexicon):
    messages = [[sig("joy", 1.0, term=f"m{i}")] for i in range(7)]
    result = finish(default_lexicon, *messages)
    assert [e.term for e in result.evidence] == ["m0", "m1", "m2"]


def test_evidence_includes_rule_hits_and_excerpts(default_lexicon, default_matcher):
    result = from_texts(default_lexicon, default_matcher,
                        ["You raised the price without warning, nobody told me."])
    kinds = {(e.kind, e.signal) for e in result.evidence}
    assert ("rule", "fair_terms") in kinds and ("rule", "advance_notice") in kinds
    assert all("without warning" in e.excerpt or "raised" in e.excerpt for e in result.evidence)


def test_long_text_excerpt_is_trimmed(default_lexicon, default_matcher):
    text = "word " * 40 + "I love this brand." + " more" * 40
    result = from_texts(default_lexicon, default_matcher, [text])
    excerpt = result.evidence[0].excerpt
    assert excerpt.startswith("...") and excerpt.endswith("...")
    assert "love this brand" in excerpt
    assert len(excerpt) <= 2 * scoring.EXCERPT_RADIUS + len("love this brand") + 6


# ---------------------------------------------------------------- valence of a decided type

def test_a_decided_type_gives_the_valence_when_the_words_say_little(default_lexicon):
    assert default_lexicon.scoring["type_valence_below"] > 0
    state = state_of([sig("longevity", 1.0)])
    state.sentiment_sum, state.sentiment_n, state.sentiment_neg = -0.6, 1, 0.6   # "gravel"
    told = finish_customer(state, default_lexicon)
    assert told.type == "old_friends" and told.sentiment < 0
    assert told.valence == "positive"
    silent = finish_customer(state_of([sig("complaint", 0.5)]), default_lexicon)
    assert silent.type == UNDETERMINED and silent.valence == "negative"   # no type, words only


def test_typed_valence_rules(default_lexicon):
    types = default_lexicon.types
    assert scoring.typed_valence("neutral", 0.1, None, {}, default_lexicon) == "neutral"
    assert scoring.typed_valence("negative", -0.2, types["best_friends"], {},
                                 default_lexicon) == "positive"
    assert scoring.typed_valence("positive", 0.2, types["adversaries"], {},
                                 default_lexicon) == "negative"
    strong = default_lexicon.scoring["type_valence_below"] + 0.1
    assert scoring.typed_valence("positive", strong, types["adversaries"], {},
                                 default_lexicon) == "positive"           # the words win
    assert scoring.typed_valence("neutral", 0.0, types["colleagues"], {},
                                 default_lexicon) == "neutral"            # a neutral type
    quiet = default_lexicon.scoring["neutral_type_valence_below"]
    assert 0 < quiet < default_lexicon.scoring["type_valence_below"]
    assert scoring.typed_valence("positive", quiet - 0.05, types["fleeting_acquaintance"], {},
                                 default_lexicon) == "neutral"            # a polite word
    assert scoring.typed_valence("positive", quiet + 0.1, types["fleeting_acquaintance"], {},
                                 default_lexicon) == "positive"           # "it went well"
    love_hate = types["love_hate"]
    assert scoring.typed_valence("negative", -0.8, love_hate, {"ambivalence": 1.0},
                                 default_lexicon) == "mixed"
    assert scoring.typed_valence("negative", -0.8, love_hate, {"anger": 1.0},
                                 default_lexicon) == "negative"
    off = dataclasses.replace(default_lexicon, scoring={**default_lexicon.scoring,
                                                        "type_valence_below": 0})
    assert scoring.typed_valence("negative", -0.1, off.types["best_friends"], {},
                                 off) == "negative"


def test_a_type_against_the_grain_of_the_words_weighs_less(default_lexicon):
    scores = {"old_friends": 2.0, "adversaries": 2.0, "colleagues": 2.0}
    factor = default_lexicon.scoring["mismatch_weight"]
    limit = default_lexicon.scoring["mismatch_sentiment"]
    sour = scoring.against_the_grain(scores, -limit, default_lexicon)
    assert sour == {"old_friends": round(2.0 * factor, 4), "adversaries": 2.0, "colleagues": 2.0}
    warm = scoring.against_the_grain(scores, limit, default_lexicon)
    assert warm == {"old_friends": 2.0, "adversaries": round(2.0 * factor, 4), "colleagues": 2.0}
    assert scoring.against_the_grain(scores, limit / 2, default_lexicon) == scores


def test_a_broken_rule_counts_against_the_customers_sentiment(default_lexicon):
    """A rule break is a grievance in whatever words it is told: with polite or neutral words
    it still pulls the customer's sentiment below zero."""
    plain = finish(default_lexicon, [sig("longevity", 1.0)])
    broken = finish(default_lexicon, [sig("longevity", 1.0), sig("recognition", 1.4,
                                                                 kind="rule")])
    assert plain.sentiment > 0
    assert broken.sentiment < 0
    assert "recognition" in broken.rules_broken


@pytest.mark.parametrize("text, signal", [
    ("Is this how you treat loyal customers? 10 years with you", "lost_love"),
    ("I'm a loyal flyer, but this delay is too much", "lost_love"),
    ("Stop sending me emails, I never signed up for this", "unfamiliarity"),
    ("First time flying with you and definitely the last", "churn"),
    ("First and last time I order here", "churn"),
    ("You can do better than this", "frustration"),
    ("We were hoping for so much more", "frustration"),
    ("@Delta Diamond Medallion and I can't even get a call back", "entitlement"),
    ("@Delta Diamond Medallion and I can't even get a call back", "complaint"),
    ("@united I'm a 1K and you put me in the last row", "entitlement"),
    ("I fly you exclusively, 200k miles a year", "commitment"),
    ("Bought this brand for 10 years, this new version is garbage. They ruined it.", "lost_love"),
    ("Was a fan for years but the quality has gone way down", "lost_love"),
    ("I order these every month, my dog loves them", "repeat_use"),
    ("I keep buying these because nothing else works", "repeat_use"),
    ("Mom used this on us when we were kids, now I use it on mine", "family"),
    ("@AppleSupport my iPhone keeps restarting after the update", "unreliability"),
    ("@Spotify premium since 2012 and you still can't fix shuffle", "conflict_expectation"),
    ("@XboxSupport thanks, that fixed it!", "reliability"),
    ("my favorite place to eat, I go like 3 times a week lol", "repeat_use"),
])
def test_grievances_told_in_other_words(default_matcher, text, signal):
    found = {h.id for h in default_matcher.match_text(text)[1] if h.weight}
    assert signal in found, (text, found)


@pytest.mark.parametrize("text, signal", [
    ("@XboxSupport thanks, that fixed it!", "complaint"),
    ("my favorite place to eat, I go like 3 times a week lol", "conflict_expectation"),
    ("my favorite place to eat, I go like 3 times a week lol", "frustration"),
    ("My friend is addicted to your app, I don't get it. How do I reset my password?", "craving"),
    ("My friend is addicted to your app, I don't get it. How do I reset my password?",
     "hostility"),
    ("Not that I'm a loyal customer or anything, just wondering about the refund",
     "commitment"),
    ("My mom always complained about you guys, now I see why", "family"),
])
def test_cue_words_in_passing_are_not_grievances(default_matcher, text, signal):
    found = {h.id for h in default_matcher.match_text(text)[1] if h.weight}
    assert signal not in found, (text, found)
def test_loyalty_told_to_concede_a_grievance_is_a_soured_bond(default_lexicon, default_matcher):
    result = from_texts(default_lexicon, default_matcher,
                        ["Is this how you treat loyal customers? 10 years with you and this "
                         "is what I get"])
    assert result.type == "ex_friends" and result.valence == "negative"
    never = from_texts(default_lexicon, default_matcher,
                       ["Don't sign up for this, I never signed up for this"])
    assert never.type == "complete_strangers"
    ranked = from_texts(default_lexicon, default_matcher,
                        ["@AmericanAir Executive Platinum for 6 years and this is how I'm treated"])
    assert ranked.type == "master_slave" and ranked.valence == "negative"


def test_tenure_beside_value_is_a_basic_exchange(default_lexicon, default_matcher):
    """value is an incident alone; tenure told beside it is how a basic exchange keeps going
    (value_tenure), not an old friendship."""
    result = from_texts(default_lexicon, default_matcher,
                        ["We have been with you for about three years and it is still half "
                         "the price of the others"])
    assert result.type == "basic_exchange"
    assert result.signals.get("value_tenure", 0) > 0
    assert from_texts(default_lexicon, default_matcher,
                      ["It is half the price of the others"]).type == "undetermined"


def test_a_combine_group_can_name_a_rule_break(default_lexicon, default_matcher):
    """`rule:ID` in a combine group: loyalty told beside a change of terms in one message is a
    soured bond ("loyal for years and now you hike my premium")."""
    hits = default_matcher.match_text("Loyal for years and now you hike my premium by 40%")[1]
    soured = [h for h in hits if h.id == "soured_loyalty"]
    assert soured and soured[0].weight == 1.2 and "hike my premium" in soured[0].term
    assert not any(h.id == "soured_loyalty" for h in
                   default_matcher.match_text("They hiked my premium by 40%")[1])


def test_history_combination_reads_rule_breaks(default_lexicon):
    from dataclasses import replace

    lexicon = replace(default_lexicon, signals={
        **default_lexicon.signals,
        "soured_loyalty": replace(default_lexicon.signals["soured_loyalty"], within="history")})
    told = finish(lexicon, [sig("longevity", 1.0)], [sig("fair_terms", 1.3, kind="rule")])
    assert told.signals.get("soured_loyalty") == 1.0


def test_a_hit_spanning_a_long_message_shows_its_two_ends(default_lexicon):
    """A combination within one message ("I love you ... worst company") can span the whole
    message: its excerpt is the two ends, never the thousand characters between them."""
    filler = " ".join(f"sentence {i} about the parcel and the weather." for i in range(40))
    text = f"I love this brand. {filler} You are the worst company."
    start, end = text.index("love"), text.index("worst") + len("worst")
    long_hit = Hit("signal", "mixed_feelings", 2.0, "love ... worst", start, end,
                   ("in one message",))
    state = CustomerState("c", None)
    state.add(0, None, "t:1", text, [long_hit, sig("joy", 0.5, "short")])
    excerpt = next(e.excerpt for e in finish_customer(state, default_lexicon).evidence
                   if e.signal == "mixed_feelings")
    assert "I love this brand" in excerpt and "the worst company" in excerpt
    assert " ... " in excerpt
    limit = 2 * scoring.EXCERPT_RADIUS + scoring.EXCERPT_SPAN + 20
    assert len(excerpt) < limit < len(text)
    # a short hit keeps its plain excerpt: the hit and its neighbourhood, no gap
    short = "Honestly I love this brand and the people in the shop."
    state = CustomerState("c", None)
    state.add(0, None, "t:1", short, [Hit("signal", "attraction", 1.0, "love",
                                          short.index("love"), short.index("love") + 4, ())])
    assert finish_customer(state, default_lexicon).evidence[0].excerpt == short
