"""Renderers: table (rich, for people), json / jsonl / csv (plain, for machines).

Machine formats never pass through rich; every piece of customer text shown in a table is
made inert first (no markup, no control codes), see `inert`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from relradar.models import CustomerResult
from relradar.timeparse import iso

SCHEMA_VERSION = 1
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")
CSV_DANGER = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("customer_id", "brand", "type", "label", "confidence", "runner_up", "valence",
               "sentiment", "closeness", "intensity", "power", "distress", "engagement", "messages",
               "top_signals", "rules_broken", "evidence_terms", "excerpt")


def inert(value: object) -> str:
    """Text safe to print in a terminal: escapes and control/bidi characters made visible."""
    text = ANSI_RE.sub("�", str(value))
    return CONTROL_RE.sub(lambda m: "\n" if m.group(0) == "\n" else "�", text)


def customer_dict(c: CustomerResult) -> dict[str, Any]:
    return {
        "customer_id": c.customer_id,
        "brand": c.brand,
        "type": c.type,
        "label": c.label,
        "confidence": c.confidence,
        "runner_up": c.runner_up,
        "valence": c.valence,
        "sentiment": c.sentiment,
        "closeness": c.closeness,
        "intensity": c.intensity,
        "power": c.power,
        "distress": c.distress,
        "distress_reasons": list(c.distress_reasons),
        "engagement": c.engagement,
        "engagement_reasons": list(c.engagement_reasons),
        "messages": c.messages,
        "first_seen": iso(c.first_seen),
        "last_seen": iso(c.last_seen),
        "signals": c.signals,
        "type_scores": c.type_scores,
        "rules_broken": c.rules_broken,
        "evidence": [e.to_dict() for e in c.evidence],
    }


def document(customers: list[CustomerResult], portfolio_rows: list[dict[str, Any]],
             rule_rows: list[dict[str, Any]], summary: dict[str, Any],
             lexicon: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "customers": [customer_dict(c) for c in customers],
        "portfolio": portfolio_rows,
        "rule_breaks": rule_rows,
        "summary": summary,
        "lexicon": lexicon,
    }


def write_json(doc: dict[str, Any], out: TextIO) -> None:
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(customers: Iterable[CustomerResult], out: TextIO) -> None:
    for c in customers:
        out.write(json.dumps(customer_dict(c), ensure_ascii=False) + "\n")


# Cells that start like a formula but cannot run one: ids must survive a CRM round trip.
PLAIN_SIGNED_NUMBER = re.compile(r"[+-]\d[\d ]{0,30}(?:[.,]\d{1,30})?")   # +447700900123, -42
PLAIN_HANDLE = re.compile(r"@[A-Za-z0-9_.]{1,64}")                         # @handle


def csv_safe(value: object) -> str:
    """Neutralise spreadsheet formulas with a leading quote, but keep ids exactly.

    The rule (README, Output): a cell gets a leading ' when it starts with =, a tab or a
    carriage return; or with + or - and is not just a signed number (+447700900123 and -42
    stay, +1+cmd|... does not); or with @ and is not just a handle (@handle stays, @SUM(1)
    does not). What stays is a number or a name to a spreadsheet, never a formula that runs.
    """
    text = "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n")
    if not text.startswith(CSV_DANGER):
        return text
    if text[0] in "+-" and PLAIN_SIGNED_NUMBER.fullmatch(text):
        return text
    if text[0] == "@" and PLAIN_HANDLE.fullmatch(text):
        return text
    return "'" + text


def customer_row(c: CustomerResult) -> dict[str, str]:
    top = "; ".join(f"{k}:{v:g}" for k, v in list(c.signals.items())[:5])
    rules = "; ".join(f"{k}:{v:g}" for k, v in c.rules_broken.items())
    terms = "; ".join(dict.fromkeys(e.term for e in c.evidence))
    values: dict[str, object] = {
        "customer_id": c.customer_id, "brand": c.brand, "type": c.type, "label": c.label,
        "confidence": f"{c.confidence:.3f}", "runner_up": c.runner_up, "valence": c.valence,
        "sentiment": f"{c.sentiment:.3f}", "closeness": c.closeness, "intensity": c.intensity, "power": c.power,
        "distress": "true" if c.distress else "false", "engagement": c.engagement,
        "messages": c.messages, "top_signals": top, "rules_broken": rules,
        "evidence_terms": terms, "excerpt": c.evidence[0].excerpt if c.evidence else "",
    }
    return {k: csv_safe(values[k]) for k in CSV_COLUMNS}


def write_csv(customers: Iterable[CustomerResult], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in customers:
        writer.writerow(customer_row(c))


# ---------------------------------------------------------------- tables

def make_console(out: TextIO, width: int | None = None, color: bool | None = None) -> Any:
    import os

    from rich.console import Console

    if width is None and not (hasattr(out, "isatty") and out.isatty()):
        width = int(os.environ.get("COLUMNS", "0") or 0) or 120   # piped: wide, never 80
    return Console(file=out, width=width, no_color=color is False, highlight=False,
                   emoji=False, markup=False, force_terminal=color if color else None,
                   soft_wrap=False)


def _bar(share: float, width: int = 10) -> str:
    full = round(share * width)
    return "█" * full + "·" * (width - full)


def render_tables(customers: list[CustomerResult], portfolio_rows: list[dict[str, Any]],
                  rule_rows: list[dict[str, Any]], console: Any, limit: int = 50) -> None:
    from rich.table import Table
    from rich.text import Text

    with_brand = any(c.brand for c in customers)
    shown = customers if limit <= 0 else customers[:limit]
    table = Table(title="Customers", title_justify="left", show_lines=False)
    table.add_column("customer", overflow="fold")
    if with_brand:
        table.add_column("brand", overflow="fold")
    table.add_column("type", no_wrap=True)
    for name, justify in ( ("conf", "right"), ("msgs", "right"),
                          ("distress", "left"), ("top signals", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for c in shown:
        top = ", ".join(f"{k} {v:g}" for k, v in list(c.signals.items())[:3])
        cells = [Text(inert(c.customer_id))]
        if with_brand:
            cells.append(Text(inert(c.brand or "")))
        cells += [Text(c.type), Text(f"{c.confidence:.2f}"), Text(str(c.messages)),
                  Text("yes" if c.distress else ""), Text(inert(top))]
        table.add_row(*cells)
    console.print(table)
    if len(shown) < len(customers):
        console.print(Text(f"showing {len(shown)} of {len(customers)} customers; use --limit 0 "
                           "or --format csv for all"))
    ptable = Table(title="Portfolio", title_justify="left")
    if with_brand:
        ptable.add_column("brand")
    ptable.add_column("type", no_wrap=True)
    for name, justify in (("customers", "right"), ("share", "left"),
                          ("valence", "left"), ("closeness", "left"), ("strategy", "left")):
        ptable.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in portfolio_rows:
        cells = [Text(inert(row["brand"] or ""))] if with_brand else []
        strategy = f"{row['move']}: {row['action']}" if row["move"] else row["action"]
        cells += [Text(row["type"]), Text(str(row["customers"])),
                  Text(f"{_bar(row['share'])} {row['share'] * 100:5.1f}%", no_wrap=True),
                  Text(row["valence"] or ""), Text(row["closeness"] or ""), Text(inert(strategy))]
        ptable.add_row(*cells)
    console.print(ptable)
    if rule_rows:
        rtable = Table(title="Rules customers say were broken", title_justify="left")
        for name in ("rule", "customers", "types", "example"):
            rtable.add_column(name, justify="right" if name == "customers" else "left")
        for row in rule_rows:
            types = ", ".join(f"{k} {v}" for k, v in row["types"].items())
            rtable.add_row(Text(row["label"]), Text(str(row["customers"])), Text(types),
                           Text(inert(row["example"])))
        console.print(rtable)


def summary_line(summary: dict[str, Any], seconds: float | None = None) -> str:
    reasons = ", ".join(f"{n} {r}" for r, n in summary.get("skipped_reasons", {}).items())
    line = (f"{summary['rows_read']} rows read, {summary['rows_used']} used, "
            f"{summary['rows_skipped']} skipped" + (f" ({reasons})" if reasons else "")
            + f"; {summary['customers']} customers ({summary['undetermined']} undetermined, "
            f"{summary['distressed']} in distress)")
    if summary.get("rows_with_replaced_bytes"):
        line += f"; {summary['rows_with_replaced_bytes']} rows had undecodable bytes replaced"
    if seconds is not None:
        line += f" in {seconds:.1f} s"
    return line


def render_check(report: Any, console: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    console.print(Text(f"accuracy {report.accuracy:.3f} ({report.correct}/{report.total}), "
                       f"macro-F1 {report.macro_f1:.3f}"))
    table = Table(title="Per type", title_justify="left")
    for name in ("type", "precision", "recall", "f1", "support", "predicted as (when wrong)"):
        table.add_column(name, justify="left" if name.startswith(("type", "pred")) else "right")
    for cls, row in report.per_type.items():
        wrong = {p: n for p, n in report.confusion.get(cls, {}).items() if p != cls}
        confused = ", ".join(f"{p} {n}" for p, n in sorted(wrong.items(), key=lambda kv: -kv[1]))
        table.add_row(Text(cls), Text(f"{row['precision']:.2f}"), Text(f"{row['recall']:.2f}"),
                      Text(f"{row['f1']:.2f}"), Text(str(int(row["support"]))), Text(confused))
    console.print(table)
    u = report.undetermined
    console.print(Text(f"undetermined: {u['correctly_undetermined']} of "
                       f"{u['labelled_undetermined']} labelled undetermined kept so; "
                       f"{u['invented_type']} given a type; {u['missed_type']} typed customers "
                       "left undetermined"))


def render_explain(explanation: Any, lexicon: Any, console: Any) -> None:
    """Messages with matched terms highlighted; modifiers, scores, rules and strategy."""
    from rich.table import Table
    from rich.text import Text

    result = explanation.result
    head = Text(f"{inert(result.customer_id)}", style="bold")
    if result.brand:
        head.append(f" @ {inert(result.brand)}")
    head.append(f": {result.type} (confidence {result.confidence:.2f}"
                + (f", runner-up {result.runner_up})" if result.runner_up else ")"))
    console.print(head)
    console.print(Text(explanation.why))
    for msg in explanation.messages:
        when = iso(msg.timestamp) or "no time"
        console.print(Text(f"\n#{msg.number}  {when}  {msg.source}", style="dim"))
        body = Text(inert(msg.text))
        for hit in msg.hits:
            style = "bold green" if hit.weight and hit.kind == "signal" else (
                "bold red" if hit.weight else "strike")
            body.stylize(style, hit.start, hit.end)
        console.print(body)
        for hit in msg.hits:
            mods = f" ({'; '.join(hit.mods)})" if hit.mods else ""
            kind = "rule break" if hit.kind == "rule" else "signal"
            console.print(Text(f"   [{kind}] {hit.id} {hit.weight:g} <- {inert(hit.term)}{mods}"))
    table = Table(title="Type scores", title_justify="left")
    for name in ("type", "score", "from"):
        table.add_column(name)
    for tid, score in result.type_scores.items():
        parts = explanation.contributions.get(tid, {})
        table.add_row(Text(tid), Text(f"{score:.2f}"),
                      Text(", ".join(f"{s} {v:.2f}" for s, v in parts.items())))
    console.print(table)
    if result.distress:
        console.print(Text("distress: " + "; ".join(result.distress_reasons)))
    console.print(Text(f"engagement: {result.engagement}"
                       + (f" ({'; '.join(result.engagement_reasons)})"
                          if result.engagement_reasons else "")))
    tdef = lexicon.all_types.get(result.type)
    if tdef is not None:
        console.print(Text(f"\nWhat this customer expects: {tdef.expectations}"))
        for rid, importance in tdef.rules.items():
            rule = lexicon.rules.get(rid)
            if rule is None:
                continue
            mark = "BROKEN" if rid in result.rules_broken else "kept"
            console.print(Text(f"  rule {rule.label} (x{importance:g}): {rule.expectation} "
                               f"[{mark}]"))
        console.print(Text(f"Strategy: {tdef.move}: {tdef.action}"))
        if tdef.value:
            console.print(Text(f"Value: {tdef.value}"))


def render_trend_tables(report: dict[str, Any], console: Any) -> None:
    """Periods x types (counts), then transitions between consecutive periods."""
    import pandas as pd
    from rich.table import Table
    from rich.text import Text

    rows = [{"period": p["period"], "type": t, "customers": n}
            for p in report["periods"] for t, n in p["types"].items()]
    if rows:
        frame = pd.DataFrame(rows).pivot_table(index="period", columns="type",
                                               values="customers", aggfunc="sum", fill_value=0)
        table = Table(title="Customers per type and period", title_justify="left")
        table.add_column("period")
        for col in frame.columns:
            table.add_column(str(col), justify="right")
        table.add_column("distressed", justify="right")
        distressed = {p["period"]: p["distressed"] for p in report["periods"]}
        for period, values in frame.iterrows():
            table.add_row(Text(str(period)), *[Text(str(int(v)) if v else "·") for v in values],
                          Text(str(distressed.get(period, 0))))
        console.print(table)
    if report["transitions"]:
        ttable = Table(title="Transitions between consecutive periods", title_justify="left")
        for name in ("from period", "to period", "from", "to", "customers"):
            ttable.add_column(name, justify="right" if name == "customers" else "left")
        for t in report["transitions"]:
            ttable.add_row(Text(t["from_period"]), Text(t["to_period"]), Text(t["from"]),
                           Text(t["to"]), Text(str(t["customers"])))
        console.print(ttable)
    else:
        console.print(Text("no customer changed type between consecutive periods"))
    if report.get("messages_without_time"):
        console.print(Text(f"{report['messages_without_time']} messages without a usable time "
                           "are not in any period"))


def render_event_tables(events: list[dict[str, Any]], console: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    for ev in events:
        table = Table(title=f"Before and after {inert(ev['event'])} ({ev['date']})",
                      title_justify="left")
        for name in ("type", "before", "after", "change"):
            table.add_column(name, justify="left" if name == "type" else "right")
        types = sorted(set(ev["before"]["types"]) | set(ev["after"]["types"]))
        for tid in types:
            b, a = ev["before"]["types"].get(tid, 0), ev["after"]["types"].get(tid, 0)
            table.add_row(Text(tid), Text(str(b)), Text(str(a)), Text(f"{a - b:+d}"))
        table.add_row(Text("customers"), Text(str(ev["before"]["customers"])),
                      Text(str(ev["after"]["customers"])),
                      Text(f"{ev['after']['customers'] - ev['before']['customers']:+d}"))
        console.print(table)
        shifts = ", ".join(f"{s['from']} -> {s['to']} {s['customers']}" for s in ev["shifts"])
        console.print(Text(f"{ev['active_both_sides']} customers wrote on both sides; "
                           f"{len(ev['shifted'])} shifted" + (f": {shifts}" if shifts else "")))
