"""Portfolio tallies: any split of the customers, merged, gives the rows of the whole list."""

from __future__ import annotations

import random

from relradar.lexicon import Lexicon
from relradar.pipeline import AnalysisOptions, analyze
from relradar.portfolio import Tally, portfolio, rule_breaks, rule_rows, portfolio_rows, tally
from relradar.readers import ReaderOptions

from .conftest import EXAMPLES


def test_merged_slices_equal_the_whole(default_lexicon: Lexicon) -> None:
    customers = analyze([str(EXAMPLES / "chats.csv"), str(EXAMPLES / "emails.jsonl")],
                        default_lexicon, ReaderOptions(brand_col="brand"),
                        AnalysisOptions()).customers
    assert any(c.rules_broken for c in customers)
    rng = random.Random(3)
    for _ in range(5):
        keyed = list(enumerate(customers))
        rng.shuffle(keyed)                      # slices in any order, as partitions finish
        cuts = sorted(rng.sample(range(1, len(keyed)), 3))
        merged = Tally()
        for lo, hi in zip([0, *cuts], [*cuts, len(keyed)]):
            part = Tally()
            for position, customer in keyed[lo:hi]:
                part.add(customer, (position,))
            merged.merge(part)
        assert portfolio_rows(merged, default_lexicon) == portfolio(customers, default_lexicon)
        assert rule_rows(merged, default_lexicon) == rule_breaks(customers, default_lexicon)
    assert tally(customers).customers == len(customers)
