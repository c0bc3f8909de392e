"""CustomerState's compact storage: packed evidence, sums and history in one array, containers
made on first use. Each test compares it with the plain structures it replaced."""

from __future__ import annotations

import heapq
import math
import random

import pytest

from relradar.matching import Hit
from relradar.scoring import (EVIDENCE_KEPT, EXCERPT_RADIUS, CustomerState, finish_customer,
                              new_state)

MODS = [(), ("intensified by so",), ("negated by don't", "-> disloyalty"), ("ALL CAPS", "!!")]
TERMS = ["love", "LOVE YOU GUYS", "charged twice", "für immer ❤️", "odd\x1fterm", "rec\x1eord",
         "é\udcff"]


def random_hits(rnd: random.Random, lexicon, text: str) -> list[Hit]:
    signals = sorted(lexicon.signals)
    rules = sorted(lexicon.rules) or ["none"]
    hits = []
    for _ in range(rnd.randint(0, 4)):
        kind = rnd.choice(["signal", "signal", "rule"])
        ident = rnd.choice(signals if kind == "signal" else rules)
        weight = rnd.choice([0.0, 0.5, 0.7, 1.0, 1.3, round(rnd.uniform(0.1, 3), 4)])
        start = rnd.randrange(len(text))
        end = min(len(text), start + rnd.randint(1, 15))
        hits.append(Hit(kind, ident, weight, rnd.choice(TERMS), start, end, rnd.choice(MODS)))
    return hits


def random_text(rnd: random.Random) -> str:
    words = ["I", "love", "you", "guys", "but", "the\nparcel", "never", "came", "ünïcode",
             "😡", "  ", "order 42", "\x1f", "\x1e"]
    return " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 40)))


def fill(state: CustomerState, rnd: random.Random, lexicon, n: int) -> None:
    clock = 1_700_000_000.0
    for seq in range(n):
        text = random_text(rnd)
        clock += rnd.choice([0, 60, 86_400, 40 * 86_400])
        timestamp = None if rnd.random() < 0.2 else clock
        source = rnd.choice(["chats.csv", "dir:with:colons/x.jsonl", "stdin", "a.mbox"])
        if source != "stdin":
            source += f":{seq + 1}"
        sentiment = rnd.choice([0.0, 0.4, -0.7, round(rnd.uniform(-1, 1), 4)])
        state.add(seq * 3, timestamp, source, text, random_hits(rnd, lexicon, text),
                  sentiment=sentiment)


@pytest.mark.parametrize("seed", range(40))
def test_compact_and_full_states_give_the_same_customer(default_lexicon, seed):
    """Without recency weighting the compact state (sums and a number array) and the full one
    (every message's signals) must finish into the very same customer. (Messages come in time
    order here: the full state adds its totals up in time order, the compact one in input
    order, which can order a customer's reasons differently.)"""
    assert not default_lexicon.scoring.get("recency_half_life")
    compact = new_state("c", None, default_lexicon)
    full = CustomerState("c", None)
    assert compact.valence is not None and full.valence is None
    for state in (compact, full):
        fill(state, random.Random(seed), default_lexicon, random.Random(seed).randint(1, 25))
    assert finish_customer(compact, default_lexicon) == finish_customer(full, default_lexicon)


def reference(messages: list[tuple[int, str, str, list[Hit]]]) -> dict:
    """The structures the compact state replaced: dicts of totals and a heap of plain tuples
    keyed (rank, -seq, -tiebreak)."""
    totals: dict[str, float] = {}
    rules: dict[str, float] = {}
    heap: list[tuple] = []
    tiebreak = 0
    for number, (seq, source, text, hits) in enumerate(messages, 1):
        summed: dict[tuple[str, str], float] = {}        # a message's weights first
        for hit in hits:
            if hit.weight:
                summed[hit.kind, hit.id] = summed.get((hit.kind, hit.id), 0.0) + hit.weight
        for kind in ("signal", "rule"):
            bucket = totals if kind == "signal" else rules
            for (k, ident), weight in summed.items():
                if k == kind:
                    bucket[ident] = bucket.get(ident, 0.0) + weight
        for hit in hits:
            tiebreak += 1
            rank = hit.weight if hit.weight else -1.0
            lo = max(0, hit.start - EXCERPT_RADIUS)
            hi = min(len(text), hit.end + EXCERPT_RADIUS)
            excerpt = ("..." if lo else "") + " ".join(text[lo:hi].split()) + (
                "..." if hi < len(text) else "")
            entry = (rank, -seq, -tiebreak, hit.id, hit.kind, hit.term, number, source, excerpt,
                     hit.mods)
            if len(heap) < EVIDENCE_KEPT:
                heapq.heappush(heap, entry)
            elif entry[:3] > heap[0][:3]:
                heapq.heapreplace(heap, entry)
    shown = [e[3:] for e in sorted(heap, reverse=True)]
    return {"totals": totals, "rules": rules, "evidence": shown}


@pytest.mark.parametrize("seed", range(40))
def test_packed_evidence_and_sums_match_the_plain_structures(default_lexicon, seed):
    rnd = random.Random(seed)
    state = new_state("c", None, default_lexicon)
    messages = []
    for seq in range(rnd.randint(1, 30)):
        text = random_text(rnd)
        source = rnd.choice(["x.csv:", "no colon here", "dir:with:colons/f.jsonl:"]) + str(seq)
        hits = random_hits(rnd, default_lexicon, text)
        messages.append((seq, source, text, hits))
        state.add(seq, None, source, text, hits)
    expected = reference(messages)
    assert state.totals == expected["totals"]
    assert list(state.totals) == list(expected["totals"])          # first-seen order kept
    assert state.rule_totals == expected["rules"]
    assert list(state.rule_totals) == list(expected["rules"])
    shown = [e[3:] for e in sorted(state.evidence, reverse=True)]
    assert shown == expected["evidence"]
    for got, want in zip(shown, expected["evidence"]):
        assert all(type(a) is type(b) for a, b in zip(got, want))


def test_a_silent_customer_holds_no_containers(default_lexicon):
    state = new_state("c", None, default_lexicon)
    state.add(0, None, "x:1", "hello there", [])
    assert state._numbers is None and state._times is None and state._evidence == ()
    assert state.totals == {} and state.history.tolist() == [] and state.evidence == []
    assert state.sentiment_sum == 0.0 and state.times.tolist() == []
    state.add(1, 1.5, "x:2", "hello again", [], sentiment=-0.5)
    assert state.times.tolist() == [1.5] and state.sentiment_min == -0.5
    assert state.sentiment_neg == 0.5 and state.totals == {} and state.history.tolist() == []


def test_history_rows_follow_time_then_input_order(default_lexicon):
    from relradar.scoring import compact_history

    state = new_state("c", None, default_lexicon)
    sid = next(s for s, sig in default_lexicon.signals.items()
               if sig.counts and not sig.derived)
    for seq, (when, weight) in enumerate([(30.0, 1.0), (10.0, 2.0), (30.0, 3.0), (20.0, 4.0)]):
        state.add(seq, when, f"x:{seq}", "text", [Hit("signal", sid, weight, "t", 0, 1, ())])
    assert [row[2] for row in compact_history(state)] == [2.0, 4.0, 1.0, 3.0]
    state.add(9, None, "x:9", "text", [Hit("signal", sid, 5.0, "t", 0, 1, ())])  # untimed
    assert [row[2] for row in compact_history(state)] == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert not math.isinf(state.last_seen)


def test_whole_second_times_take_four_bytes_until_one_does_not_fit(default_lexicon):
    state = new_state("c", None, default_lexicon)
    for seq, when in enumerate([1_700_000_000.0, 1_600_000_000, 1_750_000_000.0]):
        state.add(seq, when, f"x:{seq}", "hello", [])
    assert state._times.typecode == "i" and state._times.itemsize == 4
    assert state.first_seen == 1_600_000_000.0 and type(state.first_seen) is float
    assert state.last_seen == 1_750_000_000.0 and type(state.last_seen) is float
    state.add(3, 1_650_000_000.25, "x:3", "hello", [])       # a fraction: doubles from here
    state.add(4, 4_200_000_000.0, "x:4", "hello", [])        # past 2038: still a double
    assert state._times.typecode == "d"
    assert state.times.tolist() == [1_700_000_000.0, 1_600_000_000.0, 1_750_000_000.0,
                                    1_650_000_000.25, 4_200_000_000.0]
    late = new_state("d", None, default_lexicon)
    late.add(0, 4_200_000_000.0, "x:1", "hello", [])         # never fits: doubles at once
    late.add(1, float("nan"), "x:2", "hello", [])
    assert late._times.typecode == "d" and late.first_seen == 4_200_000_000.0


def test_evidence_is_held_deflated(default_lexicon):
    import zlib

    state = new_state("c", None, default_lexicon)
    sid = next(s for s, sig in default_lexicon.signals.items() if sig.counts)
    text = "I have loved this shop for years and years, " * 6
    for seq in range(5):
        state.add(seq, None, f"x.csv:{seq + 1}", text, [Hit("signal", sid, 1.0 + seq, "loved",
                                                             7, 12, ())])
    joined = state._evidence[-1]
    raw = zlib.decompress(joined, -15)
    assert len(joined) < len(raw) / 2        # three near-identical excerpts
    assert raw.count(b"loved\x1f") == EVIDENCE_KEPT
    assert [e[6] for e in sorted(state.evidence, reverse=True)] == [5, 4, 3]
