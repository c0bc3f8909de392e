"""The data behind the HTML report: plain rows per chart and table, built from classified customers.

Kept apart from chart specs (`report_charts`) and the page (`report_html`) so every number a
chart shows can be tested without a browser, and reused (a notebook, a dashboard).
Customers must already be `privacy.protect`-ed: nothing here sees raw ids or unredacted text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from relradar.explain import why_text
from relradar.lexicon import Lexicon
from relradar.models import CustomerResult
from relradar.scoring import UNDETERMINED
from relradar.timeparse import iso
from relradar.trends import CHANGE, NO_NEW_SIGNAL

VALENCES = ("negative", "mixed", "neutral", "positive")
CLOSENESS = ("distant", "close")
ENGAGEMENT = ("ratcheting_up", "steady", "dialling_down")
MOVES = ("bolster", "shift", "change_gears")
ALL_BRANDS = "all brands"


@dataclass(frozen=True)
class Provenance:
    """Where the numbers come from, printed at the foot of the report."""

    inputs: tuple[str, ...]
    summary: dict[str, Any]
    lexicon: dict[str, Any]
    generated: str
    version: str
    options: dict[str, Any] = field(default_factory=dict)


def _share(n: int, total: int) -> float:
    return round(n / total, 4) if total else 0.0


def type_order(lexicon: Lexicon) -> list[str]:
    return [*lexicon.all_types, UNDETERMINED]


def map_positions(lexicon: Lexicon) -> dict[str, tuple[float, float]]:
    """Each type's fixed place on the portfolio map: its valence column and closeness row, then
    a slot inside that cell (intense types first), the same in every brand's panel."""
    cells: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    for tid, tdef in lexicon.all_types.items():
        valence = tdef.dimensions.get("valence")
        closeness = tdef.dimensions.get("closeness")
        if valence not in VALENCES or closeness not in CLOSENESS:
            continue
        intense = tdef.dimensions.get("intensity") == "intense"
        cells[(VALENCES.index(valence), CLOSENESS.index(closeness))].append((not intense, tid))
    positions = {}
    for (x, y), members in cells.items():
        members.sort()
        n = len(members)
        for slot, (_, tid) in enumerate(members):
            offset = 0.0 if n == 1 else 0.4 - 0.8 * slot / (n - 1)
            positions[tid] = (x - 0.4, round(y + offset, 4))
    return positions


def portfolio_map(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """One point per (brand, type) with a place on the map; undetermined customers have no
    place (no dimensions) and are counted in the shares chart instead."""
    positions = map_positions(lexicon)
    counts: Counter[tuple[str, str]] = Counter()
    distressed: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    for c in customers:
        brand = c.brand or ALL_BRANDS
        totals[brand] += 1
        counts[(brand, c.type)] += 1
        distressed[(brand, c.type)] += c.distress
    rows = []
    for (brand, tid), n in sorted(counts.items()):
        if tid not in positions:
            continue
        tdef = lexicon.all_types[tid]
        x, y = positions[tid]
        rows.append({"brand": brand, "type": tid, "label": tdef.label, "customers": n,
                     "share": _share(n, totals[brand]), "distressed": distressed[(brand, tid)],
                     "valence": tdef.dimensions.get("valence"),
                     "closeness": tdef.dimensions.get("closeness"),
                     "intensity": tdef.dimensions.get("intensity"),
                     "move": tdef.move, "x": x, "y": y})
    return rows


def type_shares(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """Share of each brand's customers per type (and of all customers, when there are brands)."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for c in customers:
        if c.brand is not None:
            groups[c.brand][c.type] += 1
        groups[ALL_BRANDS][c.type] += 1
    order = type_order(lexicon)
    rows = []
    for brand in sorted(groups, key=lambda b: (b != ALL_BRANDS, b)):
        counts = groups[brand]
        total = sum(counts.values())
        for tid in sorted(counts, key=order.index):
            rows.append({"brand": brand, "type": tid, "customers": counts[tid],
                         "share": _share(counts[tid], total)})
    return rows


def distress_engagement(customers: list[CustomerResult],
                        lexicon: Lexicon) -> list[dict[str, Any]]:
    """Per type: customers, the share in distress, and the share per engagement direction."""
    by_type: dict[str, list[CustomerResult]] = defaultdict(list)
    for c in customers:
        by_type[c.type].append(c)
    order = type_order(lexicon)
    rows = []
    for tid in sorted(by_type, key=order.index):
        group = by_type[tid]
        n = len(group)
        engagement = Counter(c.engagement for c in group)
        row: dict[str, Any] = {"type": tid, "customers": n,
                               "distressed": sum(c.distress for c in group),
                               "distress_share": _share(sum(c.distress for c in group), n)}
        for direction in ENGAGEMENT:
            row[direction] = _share(engagement.get(direction, 0), n)
        rows.append(row)
    return rows


def strategy_rows(customers: list[CustomerResult], lexicon: Lexicon) -> list[dict[str, Any]]:
    """The value note and strategy for every type that has customers, most customers first."""
    counts = Counter(c.type for c in customers)
    rows = []
    for tid, n in sorted(counts.items(), key=lambda kv: (kv[0] == UNDETERMINED, -kv[1], kv[0])):
        tdef = lexicon.all_types.get(tid)
        rows.append({"type": tid, "label": tdef.label if tdef else "Undetermined",
                     "customers": n, "share": _share(n, len(customers)),
                     "move": tdef.move if tdef else "",
                     "action": tdef.action if tdef else "Too little relational signal to act "
                                                        "on.",
                     "value": tdef.value if tdef else "",
                     "expectations": tdef.expectations if tdef else ""})
    return rows


def trend_charts(trend: dict[str, Any] | None) -> dict[str, Any] | None:
    """Shares per period, and flows between consecutive periods: real changes of type,
    "no new signal" (wrote again, said nothing relational) and customers who kept their type."""
    if not trend or not trend["periods"]:
        return None
    seen = list(dict.fromkeys(tid for p in trend["periods"] for tid in p["types"]))
    # every type in every period (zeros too), so stacked areas do not cut corners
    shares = [{"period": p["period"], "type": tid, "customers": p["types"].get(tid, 0),
               "share": _share(p["types"].get(tid, 0), p["customers"])}
              for p in trend["periods"] for tid in seen]
    flows = [{"from_period": t["from_period"], "to_period": t["to_period"], "from": t["from"],
              "to": t["to"], "kind": t.get("kind", CHANGE), "customers": t["customers"]}
             for t in trend["transitions"]]
    flows += [{"from_period": s["from_period"], "to_period": s["to_period"], "from": s["type"],
               "to": s["type"], "kind": "same_type", "customers": s["customers"]}
              for s in trend.get("stayed", [])]
    kinds: Counter[str] = Counter()
    for f in flows:
        kinds[f["kind"]] += f["customers"]
    drawn = strongest_flows(flows, ("from_period", "to_period"))
    return {"periods": [p["period"] for p in trend["periods"]], "shares": shares,
            "flows": drawn, "flows_left_out": len(flows) - len(drawn),
            "totals": {k: kinds.get(k, 0) for k in (CHANGE, NO_NEW_SIGNAL, "same_type")},
            "messages_without_time": trend.get("messages_without_time", 0)}


FLOWS_DRAWN = 30


def strongest_flows(flows: list[dict[str, Any]], group: tuple[str, ...],
                    limit: int = FLOWS_DRAWN) -> list[dict[str, Any]]:
    """The largest flows of each group (a pair of periods, an event), so a big corpus draws a
    readable chart instead of a tangle of one-customer lines; the totals still count them all."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in flows:
        groups[tuple(f[g] for g in group)].append(f)
    kept = []
    for members in groups.values():
        kept += sorted(members, key=lambda f: (-f["customers"], f["from"], f["to"]))[:limit]
    return kept


def event_charts(event: dict[str, Any]) -> dict[str, Any]:
    """Before/after shares for all customers and per brand, and who shifted from what to what."""
    sides = [(ALL_BRANDS, event["before"], event["after"])]
    sides += [(b["brand"], b["before"], b["after"]) for b in event.get("brands", [])]
    shares = []
    for brand, before, after in sides:
        for side, data in (("before", before), ("after", after)):
            for tid, n in data["types"].items():
                shares.append({"brand": brand, "side": side, "type": tid, "customers": n,
                               "share": _share(n, data["customers"])})
    return {"event": event["event"], "date": event["date"], "shares": shares,
            "customers": {"before": event["before"]["customers"],
                          "after": event["after"]["customers"]},
            "active_both_sides": event["active_both_sides"],
            "shifts": strongest_flows([{**s, "kind": s.get("kind", CHANGE)}
                                       for s in event["shifts"]], (), 40),
            "shifts_left_out": max(0, len(event["shifts"]) - 40),
            "shifted": event["shifted"]}


def rule_rows(rule_breaks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rule breaks in long form for a stacked bar (customers per rule, split by type)."""
    return [{"rule": r["label"], "type": tid, "customers": n}
            for r in rule_breaks for tid, n in r["types"].items()]


def split_excerpt(excerpt: str, term: str) -> list[str]:
    """[before, term, after] so the page can highlight the matched term without markup in data."""
    at = excerpt.lower().find(term.lower()) if term else -1
    if at < 0:
        return [excerpt, "", ""]
    return [excerpt[:at], excerpt[at:at + len(term)], excerpt[at + len(term):]]


EVIDENCE_FIELDS = ("kind", "signal", "weight", "message", "file", "line", "modifiers", "before",
                   "term", "after")


class SourceFiles:
    """File names numbered once: evidence points at (file number, line), which keeps the page
    small when ten thousand customers each carry three pieces of evidence."""

    def __init__(self) -> None:
        self.names: dict[str, int] = {}

    def split(self, source: str) -> tuple[int, int | None]:
        name, _, line = source.rpartition(":")
        if not name or not line.isdigit():
            name, line = source, ""
        return self.names.setdefault(name, len(self.names)), int(line) if line else None


def customer_row(c: CustomerResult, lexicon: Lexicon,
                 files: SourceFiles | None = None) -> dict[str, Any]:
    """What the customers table and the customer's explanation need, compactly; evidence as
    rows of EVIDENCE_FIELDS."""
    files = files if files is not None else SourceFiles()
    evidence = []
    for e in c.evidence:
        number, line = files.split(e.source)
        evidence.append([e.kind, e.signal, round(e.weight, 2), e.message, number, line,
                         list(e.modifiers), *split_excerpt(e.excerpt, e.term)])
    row: dict[str, Any] = {
        "id": c.customer_id, "brand": c.brand, "type": c.type,
        "confidence": round(c.confidence, 2), "runner_up": c.runner_up,
        "messages": c.messages, "distress": c.distress,
        "distress_reasons": list(c.distress_reasons), "engagement": c.engagement,
        "first_seen": iso(c.first_seen), "last_seen": iso(c.last_seen),
        "signals": {k: round(v, 2) for k, v in list(c.signals.items())[:6]},
        "type_scores": {k: round(v, 2) for k, v in list(c.type_scores.items())[:4]},
        "rules_broken": {lexicon.rules[r].label if r in lexicon.rules else r: round(w, 2)
                         for r, w in c.rules_broken.items()},
        "evidence": evidence,
        "why": why_text(c, lexicon),
    }
    sentiment = getattr(c, "sentiment", None)
    if sentiment is not None:
        row["sentiment"] = round(float(sentiment), 2)
    return row


def report_data(customers: Iterable[CustomerResult], lexicon: Lexicon,
                portfolio_rows: list[dict[str, Any]], rule_breaks: list[dict[str, Any]],
                provenance: Provenance, trend: dict[str, Any] | None = None,
                events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data."""
    customers = list(customers)
    files = SourceFiles()
    brands = sorted({c.brand for c in customers if c.brand is not None})
    totals = [{"brand": b, "customers": sum(r["customers"] for r in portfolio_rows
                                            if r["brand"] == b),
               "undetermined": sum(r["customers"] for r in portfolio_rows
                                   if r["brand"] == b and r["type"] == UNDETERMINED),
               "distressed": sum(r["distressed"] for r in portfolio_rows if r["brand"] == b)}
              for b in brands]
    return {
        "brands": brands,
        "brand_totals": totals,
        "portfolio_map": portfolio_map(customers, lexicon),
        "type_shares": type_shares(customers, lexicon),
        "distress_engagement": distress_engagement(customers, lexicon),
        "strategy": strategy_rows(customers, lexicon),
        "trends": trend_charts(trend),
        "events": [event_charts(e) for e in events or []],
        "rule_breaks": rule_breaks,
        "rule_rows": rule_rows(rule_breaks),
        "customers": [customer_row(c, lexicon, files) for c in customers],
        "source_files": list(files.names),
        "evidence_fields": list(EVIDENCE_FIELDS),
        "types": {tid: t.label for tid, t in lexicon.all_types.items()},
        "provenance": {"inputs": list(provenance.inputs), "summary": provenance.summary,
                       "lexicon": provenance.lexicon, "generated": provenance.generated,
                       "version": provenance.version, "options": provenance.options},
    }
