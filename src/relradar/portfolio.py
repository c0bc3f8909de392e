"""Roll-ups over classified customers: portfolio per type (and brand), rule breaks, summary."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from relradar.lexicon import Lexicon
from relradar.models import CustomerResult
from relradar.scoring import UNDETERMINED


def portfolio(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """One row per (brand,) type: customers, share of the brand's customers, strategy."""
    by_brand: dict[str | None, Counter[str]] = defaultdict(Counter)
    distressed: Counter[tuple[str | None, str]] = Counter()
    for c in customers:
        by_brand[c.brand][c.type] += 1
        if c.distress:
            distressed[(c.brand, c.type)] += 1
    rows: list[dict[str, Any]] = []
    for brand in sorted(by_brand, key=lambda b: b or ""):
        counts = by_brand[brand]
        total = sum(counts.values())
        for tid, n in sorted(counts.items(), key=lambda kv: (kv[0] == UNDETERMINED, -kv[1], kv[0])):
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
                "distressed": distressed[(brand, tid)],
                "move": tdef.move if tdef else None,
                "action": tdef.action if tdef else "Too little relational signal to act on.",
                "value": tdef.value if tdef else "",
            })
    return rows


def rule_breaks(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """Which relationship rules customers say were broken, for whom, with an example."""
    affected: dict[str, list[CustomerResult]] = defaultdict(list)
    for c in customers:
        for rid in c.rules_broken:
            affected[rid].append(c)
    rows = []
    for rid, group in sorted(affected.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rule = lexicon.rules.get(rid)
        example = next((c.rule_examples[rid] for c in group if rid in c.rule_examples), "")
        types = Counter(c.type for c in group)
        rows.append({
            "rule": rid,
            "label": rule.label if rule else rid,
            "expectation": rule.expectation if rule else "",
            "customers": len(group),
            "weight": round(sum(c.rules_broken[rid] for c in group), 3),
            "types": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            "example": example,
        })
    return rows


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
