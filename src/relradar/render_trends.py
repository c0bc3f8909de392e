"""Terminal tables for dynamics: shares per period (types as rows), transitions, and events.

Periods are columns, so the table is split into blocks of as many periods as the console width
holds; "no new signal" (a customer who wrote again without any relational cue) is reported
apart from real changes of type.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from relradar.render import inert, percent, table

TYPE_WIDTH = 22
PERIOD_WIDTH = 8


def _type_order(counts: list[dict[str, int]]) -> list[str]:
    """Types by customers over all columns, undetermined last."""
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    return sorted(total, key=lambda t: (t == "undetermined", -total[t], t))


def trend_tables(report: dict[str, Any], console: Any) -> None:
    from rich.text import Text

    periods = report["periods"]
    if periods:
        order = _type_order([p["types"] for p in periods])
        per_block = max(1, (console.width - TYPE_WIDTH) // (PERIOD_WIDTH + 2))
        for start in range(0, len(periods), per_block):
            block = periods[start:start + per_block]
            title = "Share of each period's customers per type"
            if len(periods) > per_block:
                title += f" ({block[0]['period']} to {block[-1]['period']})"
            ptable = table(title)
            ptable.add_column("type", no_wrap=True, overflow="ellipsis", max_width=TYPE_WIDTH)
            for p in block:
                ptable.add_column(p["period"], justify="right", no_wrap=True)
            for tid in order:
                ptable.add_row(Text(tid), *[
                    Text(percent(p["types"][tid] / p["customers"]) if p["types"].get(tid)
                         else "·") for p in block])
            ptable.add_section()
            ptable.add_row(Text("customers"), *[Text(f"{p['customers']:,}") for p in block])
            ptable.add_row(Text("in distress"),
                           *[Text(f"{p['distressed']:,}") for p in block])
            console.print(ptable)
    changes = [t for t in report["transitions"] if t.get("kind", "change") == "change"]
    quiet = [t for t in report["transitions"] if t.get("kind") == "no_new_signal"]
    if changes:
        ttable = table("Changes of type between consecutive periods")
        for name in ("from period", "to period", "from", "to", "customers"):
            ttable.add_column(name, justify="right" if name == "customers" else "left",
                              no_wrap=True)
        for t in changes:
            ttable.add_row(Text(t["from_period"]), Text(t["to_period"]), Text(t["from"]),
                           Text(t["to"]), Text(f"{t['customers']:,}"))
        console.print(ttable)
    else:
        console.print(Text("no customer changed type between consecutive periods"))
    if quiet:
        by_type: Counter[str] = Counter()
        for t in quiet:
            by_type[t["from"]] += t["customers"]
        listed = ", ".join(f"{k} {v:,}" for k, v in by_type.most_common())
        console.print(Text(f"{sum(by_type.values()):,} customers wrote again with no new "
                           f"signal (not a change of type; their earlier type: {listed})"))
    if report.get("messages_without_time"):
        console.print(Text(f"{report['messages_without_time']:,} messages without a usable "
                           "time are not in any period"))


def _side_rows(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, ...]]:
    """type, before n, before share, after n, after share, change in points."""
    rows = []
    for tid in _type_order([before["types"], after["types"]]):
        b, a = before["types"].get(tid, 0), after["types"].get(tid, 0)
        bs = b / before["customers"] if before["customers"] else 0.0
        as_ = a / after["customers"] if after["customers"] else 0.0
        rows.append((tid, f"{b:,}", percent(bs), f"{a:,}", percent(as_),
                     f"{(as_ - bs) * 100:+.1f} pt"))
    return rows


def event_tables(events: list[dict[str, Any]], console: Any) -> None:
    from rich.text import Text

    for ev in events:
        sides = [(None, ev["before"], ev["after"])]
        sides += [(b["brand"], b["before"], b["after"]) for b in ev.get("brands", [])]
        etable = table(f"Before and after {inert(ev['event'])} ({ev['date']})")
        etable.add_column("type", no_wrap=True, overflow="ellipsis", max_width=TYPE_WIDTH + 2)
        for name in ("before", "share", "after", "share", "change"):
            etable.add_column(name, justify="right", no_wrap=True)
        for i, (brand, before, after) in enumerate(sides):
            if i:
                etable.add_section()
            label = "all customers" if brand is None else inert(brand)
            etable.add_row(Text(label, style="bold"), Text(f"{before['customers']:,}",
                                                           style="bold"), Text(""),
                           Text(f"{after['customers']:,}", style="bold"), Text(""), Text(""))
            for row in _side_rows(before, after):
                etable.add_row(Text("  " + row[0]), *[Text(v) for v in row[1:]])
        console.print(etable)
        changes = [s for s in ev["shifts"] if s.get("kind", "change") == "change"]
        quiet = [s for s in ev["shifts"] if s.get("kind") == "no_new_signal"]
        line = (f"{ev['active_both_sides']:,} customers wrote on both sides; "
                f"{sum(s['customers'] for s in changes):,} changed type")
        if changes:
            line += ": " + ", ".join(f"{s['from']} -> {s['to']} {s['customers']:,}"
                                     for s in changes)
        if quiet:
            line += (f"; {sum(s['customers'] for s in quiet):,} wrote again with no new signal")
        console.print(Text(line))
