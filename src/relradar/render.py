"""Renderers: table (rich, for people), json / jsonl / csv (plain, for machines).

Machine formats never pass through rich; every piece of customer text shown in a table is
made inert first (no markup, no control codes), see `inert`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, TextIO

from relradar.models import CustomerResult
from relradar.timeparse import iso

SCHEMA_VERSION = 1
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")
CSV_DANGER = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("customer_id", "brand", "type", "label", "confidence", "runner_up", "valence",
               "closeness", "intensity", "power", "distress", "engagement", "messages",
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


def write_jsonl(customers: list[CustomerResult], out: TextIO) -> None:
    for c in customers:
        out.write(json.dumps(customer_dict(c), ensure_ascii=False) + "\n")


def csv_safe(value: object) -> str:
    """Neutralise spreadsheet formulas: a cell starting with = + - @ gets a leading quote."""
    text = "" if value is None else str(value)
    if text.startswith(CSV_DANGER):
        return "'" + text
    return text


def customer_row(c: CustomerResult) -> dict[str, str]:
    top = "; ".join(f"{k}:{v:g}" for k, v in list(c.signals.items())[:5])
    rules = "; ".join(f"{k}:{v:g}" for k, v in c.rules_broken.items())
    terms = "; ".join(dict.fromkeys(e.term for e in c.evidence))
    values: dict[str, object] = {
        "customer_id": c.customer_id, "brand": c.brand, "type": c.type, "label": c.label,
        "confidence": f"{c.confidence:.3f}", "runner_up": c.runner_up, "valence": c.valence,
        "closeness": c.closeness, "intensity": c.intensity, "power": c.power,
        "distress": "true" if c.distress else "false", "engagement": c.engagement,
        "messages": c.messages, "top_signals": top, "rules_broken": rules,
        "evidence_terms": terms, "excerpt": c.evidence[0].excerpt if c.evidence else "",
    }
    return {k: csv_safe(values[k]) for k in CSV_COLUMNS}


def write_csv(customers: list[CustomerResult], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in customers:
        writer.writerow(customer_row(c))


# ---------------------------------------------------------------- tables

def make_console(out: TextIO, width: int | None = None, color: bool | None = None) -> Any:
    from rich.console import Console

    return Console(file=out, width=width, no_color=color is False, highlight=False,
                   emoji=False, markup=False, force_terminal=color if color else None,
                   soft_wrap=False)


def _bar(share: float, width: int = 20) -> str:
    full = round(share * width)
    return "█" * full + "·" * (width - full)


def render_tables(customers: list[CustomerResult], portfolio_rows: list[dict[str, Any]],
                  rule_rows: list[dict[str, Any]], console: Any, limit: int = 50) -> None:
    from rich.table import Table
    from rich.text import Text

    with_brand = any(c.brand for c in customers)
    shown = customers if limit <= 0 else customers[:limit]
    table = Table(title="Customers", title_justify="left", show_lines=False)
    table.add_column("customer")
    if with_brand:
        table.add_column("brand")
    for name, justify in (("type", "left"), ("conf", "right"), ("msgs", "right"),
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
    for name, justify in (("type", "left"), ("customers", "right"), ("share", "left"),
                          ("valence", "left"), ("closeness", "left"), ("strategy", "left")):
        ptable.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in portfolio_rows:
        cells = [Text(inert(row["brand"] or ""))] if with_brand else []
        strategy = f"{row['move']}: {row['action']}" if row["move"] else row["action"]
        cells += [Text(row["type"]), Text(str(row["customers"])),
                  Text(f"{_bar(row['share'])} {row['share'] * 100:5.1f}%"),
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
    if seconds is not None:
        line += f" in {seconds:.1f} s"
    return line


def to_string(write: Any, *args: Any) -> str:
    buffer = io.StringIO()
    write(*args, buffer)
    return buffer.getvalue()
