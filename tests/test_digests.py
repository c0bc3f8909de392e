"""A customer's duplicate check (scoring.CustomerState.seen_before) in its compact forms."""

from __future__ import annotations

import random

from relradar.scoring import DIGESTS_IN_ARRAY, CustomerState


def test_seen_before_agrees_with_a_set_in_array_and_set_form():
    state = CustomerState("c", None)
    seen: set[int] = set()
    rnd = random.Random(7)
    for _ in range(DIGESTS_IN_ARRAY * 3):
        if seen and rnd.random() < 0.3:
            digest = rnd.choice(sorted(seen))
        else:
            digest = rnd.randrange(-2**63, 2**63)
        assert state.seen_before(digest) == (digest in seen)
        seen.add(digest)
    assert isinstance(state.digests, set)      # a busy customer moved on to a set


def test_few_texts_stay_in_a_small_array():
    state = CustomerState("c", None)
    for digest in (5, 3, 9, 3, 5):
        state.seen_before(digest)
    assert list(state.digests) == [3, 5, 9]    # from the second text on, all in one array


def test_one_text_needs_no_array():
    state = CustomerState("c", None)
    assert not state.seen_before(5)
    assert state.seen_before(5)
    assert state.digests == 5                  # the first text's digest, alone
