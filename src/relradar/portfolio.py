"""Roll-ups over classified customers: portfolio per type (and brand), rule breaks, summary.

Each roll-up is a `Tally` that can be built from any slice of the customers and merged, so a
cluster reduces partitions to the very rows a single process builds (integer counts, exact
weight sums, the first example in (brand, customer) order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from relradar.lexicon import Lexicon
from relradar.models import CustomerResult
from relradar.scoring import UNDETERMINED

# Orders rule examples: a list position locally, the raw (brand or "", customer id) on a
# cluster (ids may be hashed by then, and the first example is the one of the first raw key).
SortKey = tuple[Any, ...]


@dataclass
class RuleTally:
    customers: int = 0
    weight: Fraction = Fraction(0)     # exact, so partial sums add up to the serial sum
    types: Counter[str] = field(default_factory=Counter)
    example: tuple[SortKey, str] | None = None


@dataclass
class Tally:
    """Counts behind the portfolio, the rule-break table and the summary; mergeable."""

    types: dict[str | None, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    distressed: Counter[tuple[str | None, str]] = field(default_factory=Counter)
    rules: dict[str, RuleTally] = field(default_factory=dict)
    customers: int = 0
    undetermined: int = 0
    distressed_total: int = 0

    def add(self, c: CustomerResult, key: SortKey | None = None) -> None:
        """`key` orders rule examples (the lowest key's example is shown)."""
        key = key if key is not None else (self.customers,)
        self.customers += 1
        self.undetermined += c.type == UNDETERMINED
        self.distressed_total += c.distress
        self.types[c.brand][c.type] += 1
        if c.distress:
            self.distressed[(c.brand, c.type)] += 1
        for rid, weight in c.rules_broken.items():
            rule = self.rules.setdefault(rid, RuleTally())
            rule.customers += 1
            rule.weight += Fraction(weight)
            rule.types[c.type] += 1
            if rid in c.rule_examples and (rule.example is None or key < rule.example[0]):
                rule.example = (key, c.rule_examples[rid])

    def merge(self, other: Tally) -> Tally:
        for brand, counts in other.types.items():
            self.types[brand].update(counts)
        self.distressed.update(other.distressed)
        for rid, theirs in other.rules.items():
            mine = self.rules.setdefault(rid, RuleTally())
            mine.customers += theirs.customers
            mine.weight += theirs.weight
            mine.types.update(theirs.types)
            if theirs.example is not None and (mine.example is None
                                               or theirs.example[0] < mine.example[0]):
                mine.example = theirs.example
        self.customers += other.customers
        self.undetermined += other.undetermined
        self.distressed_total += other.distressed_total
        return self


def tally(customers: Iterable[CustomerResult]) -> Tally:
    result = Tally()
    for c in customers:
        result.add(c)
    return result


def portfolio_rows(counts: Tally, lexicon: Lexicon) -> list[dict[str, Any]]:
    """One row per (brand,) type: customers, share of the brand's customers, strategy."""
    rows: list[dict[str, Any]] = []
    for brand in sorted(counts.types, key=lambda b: b or ""):
        by_type = counts.types[brand]
        total = sum(by_type.values())
        for tid, n in sorted(by_type.items(),
                             key=lambda kv: (kv[0] == UNDETERMINED, -kv[1], kv[0])):
            tdef = lexicon.all_types.get(tid)
            rows.append({
                "brand": brand,
                "type": tid,
                "label": tdef.label if tdef else "Undetermined",
                "customers": n,
                "share": round(n / total, 4),
                "valence": tdef.dimensions.get("valence") if tdef else None,
                "closeness": tdef.dimensions.get("closeness") if tdef else None,
                "intensity": tdef.dimensions.get("intensity") if tdef else None,
                "power": tdef.dimensions.get("power") if tdef else None,
                "distressed": counts.distressed[(brand, tid)],
                "move": tdef.move if tdef else None,
                "action": tdef.action if tdef else "Too little relational signal to act on.",
                "value": tdef.value if tdef else "",
            })
    return rows


def rule_rows(counts: Tally, lexicon: Lexicon) -> list[dict[str, Any]]:
    """Which relationship rules customers say were broken, for whom, with an example."""
    rows = []
    for rid, group in sorted(counts.rules.items(), key=lambda kv: (-kv[1].customers, kv[0])):
        rule = lexicon.rules.get(rid)
        rows.append({
            "rule": rid,
            "label": rule.label if rule else rid,
            "expectation": rule.expectation if rule else "",
            "customers": group.customers,
            "weight": round(float(group.weight), 3),
            "types": dict(sorted(group.types.items(), key=lambda kv: (-kv[1], kv[0]))),
            "example": group.example[1] if group.example else "",
        })
    return rows


def portfolio(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """One row per (brand,) type: customers, share of the brand's customers, strategy."""
    return portfolio_rows(tally(customers), lexicon)


def rule_breaks(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """Which relationship rules customers say were broken, for whom, with an example."""
    return rule_rows(tally(customers), lexicon)


def summary_of(counts: Tally, stats_dict: dict[str, Any],
               messages_with_signals: int) -> dict[str, Any]:
    out = dict(stats_dict)
    out.update({"customers": counts.customers, "undetermined": counts.undetermined,
                "distressed": counts.distressed_total,
                "messages_with_signals": messages_with_signals})
    return out


def summary(customers: Iterable[CustomerResult], stats_dict: dict[str, Any],
            messages_with_signals: int) -> dict[str, Any]:
    out = dict(stats_dict)
    out.update({"customers": 0, "undetermined": 0, "distressed": 0,
                "messages_with_signals": messages_with_signals})
    for c in customers:
        out["customers"] += 1
        out["undetermined"] += c.type == UNDETERMINED
        out["distressed"] += c.distress
    return out
