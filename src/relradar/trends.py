"""Dynamics: the portfolio per period, type transitions, and before/after a company event.

A customer's type in a period is decided from that period's messages alone, so a change of
tone shows up as a transition; customers silent in a period are absent from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from relradar.errors import UsageError
from relradar.lexicon import Lexicon
from relradar.matching import Hit
from relradar.models import CustomerResult, Message
from relradar.pipeline import Streamed
from relradar.privacy import Privacy
from relradar.scoring import UNDETERMINED, CustomerState, finish_customer, new_state
from relradar.timeparse import WINDOW, outside_window, parse_timestamp

PERIODS = ("week", "month", "quarter")
Key = tuple[str, str | None]


def period_of(timestamp: float, every: str) -> str:
    moment = datetime.fromtimestamp(timestamp, tz=timezone.utc)
    if every == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if every == "month":
        return f"{moment.year}-{moment.month:02d}"
    return f"{moment.year}-Q{(moment.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class Event:
    name: str
    timestamp: float
    date: str


def parse_event(text: str, day_first: bool = False) -> Event:
    """DATE:NAME, e.g. 2025-01-15:price rise; the date may carry a time (2025-01-15T12:00Z).
    `day_first` reads a slash date as the corpus's timestamps are read (--day-first)."""
    too_far = None          # a date that parses but lies outside the timestamps' window
    for cut in (i for i in range(len(text) - 1, 0, -1) if text[i] == ":"):
        date, name = text[:cut].strip(), text[cut + 1:].strip()
        timestamp = parse_timestamp(date, day_first)
        if timestamp is not None and name:
            return Event(name, timestamp, date)
        if name and too_far is None and outside_window(date, day_first):
            too_far = date
    if too_far is not None:
        raise UsageError(f"--event {text!r}: the date {too_far!r} is outside the supported "
                         f"window ({WINDOW})", "give a date from 1900 to 2199, e.g. "
                         "--event '2025-01-15:price rise'")
    raise UsageError(f"--event {text!r} is not DATE:NAME",
                     "for example --event '2025-01-15:price rise'")


@dataclass
class Windows:
    """Per-customer states for each window (a period, or before/after an event)."""

    lexicon: Lexicon
    states: dict[str, dict[Key, CustomerState]]
    untimed: int = 0

    def results(self, window: str) -> dict[Key, CustomerResult]:
        return {key: finish_customer(state, self.lexicon)
                for key, state in self.states.get(window, {}).items()}


class WindowSink:
    """Feeds every message into its period window and into each event's before/after side."""

    def __init__(self, lexicon: Lexicon, every: str | None, events: list[Event]) -> None:
        self.every = every
        self.events = events
        self.periods = Windows(lexicon, {})
        self.by_event = {e.name: Windows(lexicon, {}) for e in events}

    def add(self, seq: int, message: Message, text: str, hits: list[Hit],
            sentiment: float = 0.0, learned: bytes | None = None) -> None:
        if message.timestamp is None:
            self.periods.untimed += 1
            for windows in self.by_event.values():
                windows.untimed += 1
            return
        targets: list[tuple[Windows, str]] = []
        if self.every:
            targets.append((self.periods, period_of(message.timestamp, self.every)))
        for event in self.events:
            side = "before" if message.timestamp < event.timestamp else "after"
            targets.append((self.by_event[event.name], side))
        key = (message.customer_id, message.brand)
        for windows, name in targets:
            window = windows.states.setdefault(name, {})
            state = window.get(key)
            if state is None:
                state = window[key] = new_state(message.customer_id, message.brand,
                                                windows.lexicon)
            state.add(seq, message.timestamp, message.source, text, hits,
                      sentiment=sentiment, learned=learned)

    def consume(self, stream: Iterable[Streamed]) -> None:
        for seq, (message, text, hits, sentiment, learned) in enumerate(stream):
            self.add(seq, message, text, hits, sentiment, learned)


def _counts(results: dict[Key, CustomerResult]) -> dict[str, int]:
    counts = Counter(r.type for r in results.values())
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


NO_NEW_SIGNAL = "no_new_signal"
CHANGE = "change"


def move_kind(after: Any) -> str:
    """A customer who wrote again without any relational signal has not changed type: the
    later window is simply silent on it ("no new signal"), which is not news."""
    return NO_NEW_SIGNAL if after.type == UNDETERMINED and not after.signals else CHANGE


def trend_report(periods: Windows, privacy: Privacy = Privacy()) -> dict[str, Any]:
    """Portfolio per period, transitions, and each customer's type per period (ids shown as
    `privacy` allows: hashed with --hash-ids, masked with --redact)."""
    return trend_report_of({name: periods.results(name) for name in periods.states},
                           periods.untimed, privacy)


def trend_report_of(per_period: dict[str, dict[Key, Any]], untimed: int,
                    privacy: Privacy = Privacy()) -> dict[str, Any]:
    """The report from each period's results (anything with type, confidence, distress and
    signals): one machine's windows, or the merged windows of a cluster's partitions."""
    names = sorted(per_period)
    per_period = {name: per_period[name] for name in names}
    portfolio = [{"period": name, "customers": len(res), "types": _counts(res),
                  "distressed": sum(1 for r in res.values() if r.distress)}
                 for name, res in per_period.items()]
    transitions = []
    stayed = []
    for prev, cur in zip(names, names[1:]):
        before, after = per_period[prev], per_period[cur]
        moves = Counter((before[k].type, after[k].type, move_kind(after[k]))
                        for k in before.keys() & after.keys())
        for (src, dst, kind), n in sorted(moves.items(), key=lambda kv: (-kv[1], kv[0])):
            if src != dst:
                transitions.append({"from_period": prev, "to_period": cur, "from": src,
                                    "to": dst, "kind": kind, "customers": n})
            else:
                stayed.append({"from_period": prev, "to_period": cur, "type": src,
                               "customers": n})
    customers = [{"customer_id": privacy.id(k[0]),
                  "brand": privacy.text(k[1]) if k[1] else k[1], "period": name, "type": r.type,
                  "confidence": r.confidence, "distress": r.distress}
                 for name, res in per_period.items()
                 for k, r in sorted(res.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))]
    return {"periods": portfolio, "transitions": transitions, "stayed": stayed,
            "customers": customers, "messages_without_time": untimed}


def event_report(event: Event, windows: Windows, privacy: Privacy = Privacy()) -> dict[str, Any]:
    """Before and after one event; `shifted` names customers as `privacy` allows."""
    return event_report_of(event, windows.results("before"), windows.results("after"), privacy)


def event_report_of(event: Event, before: dict[Key, Any], after: dict[Key, Any],
                    privacy: Privacy = Privacy()) -> dict[str, Any]:
    both = sorted(before.keys() & after.keys(), key=lambda k: (k[0], k[1] or ""))
    shifted = [{"customer_id": privacy.id(k[0]), "brand": privacy.text(k[1]) if k[1] else k[1],
                "from": before[k].type, "to": after[k].type,
                "kind": move_kind(after[k]), "distress_after": after[k].distress}
               for k in both if before[k].type != after[k].type]
    moves = Counter((s["from"], s["to"], s["kind"]) for s in shifted)
    return {
        "event": event.name, "date": event.date,
        "before": {"customers": len(before), "types": _counts(before),
                   "distressed": sum(1 for r in before.values() if r.distress)},
        "after": {"customers": len(after), "types": _counts(after),
                  "distressed": sum(1 for r in after.values() if r.distress)},
        "brands": _brand_sides(before, after, privacy),
        "active_both_sides": len(both),
        "shifted": shifted,
        "shifts": [{"from": a, "to": b, "kind": kind, "customers": n}
                   for (a, b, kind), n in sorted(moves.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def _brand_sides(before: dict[Key, CustomerResult], after: dict[Key, CustomerResult],
                 privacy: Privacy) -> list[dict[str, Any]]:
    """Before and after per brand (empty without a brand column): a brand-wide average can
    hide one brand's customers turning away. Brands are shown as `privacy` allows."""
    brands = sorted(({k[1] for k in before} | {k[1] for k in after}) - {None}, key=str)
    rows = []
    for brand in brands:
        b = {k: r for k, r in before.items() if k[1] == brand}
        a = {k: r for k, r in after.items() if k[1] == brand}
        rows.append({"brand": privacy.text(brand),
                     "before": {"customers": len(b), "types": _counts(b)},
                     "after": {"customers": len(a), "types": _counts(a)}})
    return rows
