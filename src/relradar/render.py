"""Renderers: table (rich, for people), json / jsonl / csv (plain, for machines).

Machine formats never pass through rich; every piece of customer text shown in a table is
made inert first (no markup, no control codes), see `inert`.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from relradar.models import CustomerResult
from relradar.timeparse import iso

SCHEMA_VERSION = 1
# C0/C1 controls (ESC, CSI, BEL, CR, backspace ...), bidi overrides and isolates, zero-width
# and line/paragraph separators, interlinear annotations, and lone surrogates (unprintable).
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e"
                        "\u2060-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]")
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")
CSV_DANGER = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("customer_id", "brand", "type", "label", "confidence", "runner_up", "decided_by",
               "valence", "sentiment", "closeness", "intensity", "power", "distress", "engagement",
               "messages", "top_signals", "rules_broken", "evidence_terms", "excerpt")


def inert(value: object) -> str:
    """Text safe to print in a terminal: escapes and control/bidi characters made visible.

    The one escaping function for every string that can reach a terminal, whatever its origin:
    customer text and ids, header names, labels, lexicon text, file names, error messages.
    Tables get it through `make_console`, stderr lines through `cli.err`.
    """
    text = str(value)
    if text.isprintable():
        return text
    text = ANSI_RE.sub("\ufffd", text)
    return CONTROL_RE.sub("\ufffd", text)


def inert_line(value: object) -> str:
    """`inert`, and on one line: a message cannot forge a second line on stderr."""
    return inert(value).replace("\n", "\\n").replace("\t", " ")


def customer_dict(c: CustomerResult) -> dict[str, Any]:
    return {
        "customer_id": c.customer_id,
        "brand": c.brand,
        "type": c.type,
        "label": c.label,
        "confidence": c.confidence,
        "runner_up": c.runner_up,
        "decided_by": c.decided_by,
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


# Characters that act on a terminal or on a JavaScript parser but that JSON may hold raw:
# written as \\uXXXX escapes, so the data is unchanged for any JSON reader (json.dumps already
# escapes C0 controls, ESC included).
JSON_UNSAFE_RE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
                            "\ufff9-\ufffb\ud800-\udfff]")


def json_text(value: Any, indent: int | None = None) -> str:
    """JSON as UTF-8 text, with every terminal-active character escaped (lossless)."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return JSON_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def write_json(doc: Any, out: TextIO) -> None:
    out.write(json_text(doc, indent=2) + "\n")


def write_jsonl(customers: Iterable[CustomerResult], out: TextIO) -> None:
    for c in customers:
        out.write(json_text(customer_dict(c)) + "\n")


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
        "confidence": f"{c.confidence:.3f}", "runner_up": c.runner_up,
        "decided_by": c.decided_by or "", "valence": c.valence,
        "sentiment": f"{c.sentiment:.3f}", "closeness": c.closeness, "intensity": c.intensity,
        "power": c.power,
        "distress": "true" if c.distress else "false", "engagement": c.engagement,
        "messages": c.messages, "top_signals": top, "rules_broken": rules,
        "evidence_terms": terms, "excerpt": c.evidence[0].excerpt if c.evidence else "",
    }
    return {k: csv_safe(values[k]) for k in CSV_COLUMNS}


def write_csv(customers: Iterable[CustomerResult], out: TextIO) -> None:
    """CSV as data; on a terminal (not a file or a pipe) every cell is made inert first,
    since CSV has no escape for a control character."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    on_terminal = hasattr(out, "isatty") and out.isatty()
    for c in customers:
        row = customer_row(c)
        writer.writerow({k: inert(v) for k, v in row.items()} if on_terminal else row)


# ---------------------------------------------------------------- tables

def make_console(out: TextIO, width: int | None = None, color: bool | None = None) -> Any:
    import os

    if width is None and not (hasattr(out, "isatty") and out.isatty()):
        width = int(os.environ.get("COLUMNS", "0") or 0) or 120   # piped: wide, never 80
    return _inert_console_class()(file=out, width=width, no_color=color is False,
                                  highlight=False, emoji=False, markup=False,
                                  force_terminal=color if color else None, soft_wrap=False)


@functools.cache
def _inert_console_class() -> Any:
    """A rich Console whose every text segment passes `inert` on its way out, so no cell,
    title or caption of any table can carry an escape sequence, whatever built it."""
    from rich.console import Console
    from rich.segment import Segment

    class InertConsole(Console):
        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            return super()._render_buffer(
                segment if segment.control else Segment(inert(segment.text), segment.style)
                for segment in buffer)

    return InertConsole


LEGEND = ("conf: how far the type's score leads the runner-up (0-1); signals: summed strength "
          "of matched cues; share: of the brand's customers, each █ is 10%; strategy: bolster, "
          "shift or change gears (the full text: `relradar types`, or `relradar report`)")
SORTS = ("confidence", "distress", "messages", "type")


def _bar(share: float, width: int = 10) -> str:
    full = round(share * width)
    return "█" * full + "·" * (width - full)


def percent(share: float) -> str:
    """Shares everywhere in tables: one decimal and a per-cent sign."""
    return f"{share * 100:.1f}%"


def table(title: str) -> Any:
    """The tables' common look: a header rule, no vertical borders (room for data at 100
    columns); never narrower than the title, so a title stays on one line."""
    from rich import box
    from rich.table import Table

    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                 padding=(0, 1, 0, 0), min_width=len(title),
                 pad_edge=False)


def select_customers(customers: list[CustomerResult], sort: str | None = None,
                     type_ids: Iterable[str] = (), hide_undetermined: bool = False
                     ) -> list[CustomerResult]:
    """The customers table's rows: filtered by type, undetermined hidden, sorted (strongest,
    most distressed or busiest first; by type then confidence), as asked."""
    wanted = set(type_ids)
    rows = [c for c in customers if (not wanted or c.type in wanted)
            and not (hide_undetermined and c.type == "undetermined")]
    if sort == "confidence":
        rows.sort(key=lambda c: -c.confidence)
    elif sort == "distress":
        rows.sort(key=lambda c: (not c.distress, -len(c.distress_reasons), -c.confidence))
    elif sort == "messages":
        rows.sort(key=lambda c: -c.messages)
    elif sort == "type":
        rows.sort(key=lambda c: (c.type == "undetermined", c.type, -c.confidence))
    return rows


def render_tables(customers: list[CustomerResult], portfolio_rows: list[dict[str, Any]],
                  rule_rows: list[dict[str, Any]], console: Any, limit: int = 50,
                  sort: str | None = None, type_ids: Iterable[str] = (),
                  hide_undetermined: bool = False) -> None:
    from rich.text import Text

    with_brand = any(c.brand for c in customers)
    chosen = select_customers(customers, sort, type_ids, hide_undetermined)
    shown = chosen if limit <= 0 else chosen[:limit]
    ctable = table("Customers")
    ctable.add_column("customer", overflow="fold")
    if with_brand:
        ctable.add_column("brand", overflow="ellipsis", max_width=20, no_wrap=True)
    ctable.add_column("type", no_wrap=True)
    for name in ("conf", "msgs"):
        ctable.add_column(name, justify="right")
    ctable.add_column("distress")
    ctable.add_column("top signals", overflow="fold")
    for c in shown:
        top = ", ".join(f"{k} {v:.1f}" for k, v in list(c.signals.items())[:2])
        cells = [Text(inert(c.customer_id))]
        if with_brand:
            cells.append(Text(inert(c.brand or "")))
        cells += [Text(c.type), Text(f"{c.confidence:.2f}"), Text(f"{c.messages:,}"),
                  Text("yes" if c.distress else ""), Text(inert(top))]
        ctable.add_row(*cells)
    console.print(ctable)
    if len(shown) < len(customers):
        picked = "" if len(chosen) == len(customers) else f" ({len(chosen)} match)"
        console.print(Text(f"showing {len(shown)} of {len(customers)} customers{picked}; "
                           "--limit 0 for all, --sort, --type, --hide-undetermined to choose"))
    render_portfolio(portfolio_rows, console, with_brand)
    if rule_rows:
        rtable = table("Rules customers say were broken")
        rtable.add_column("rule", no_wrap=True)
        rtable.add_column("customers", justify="right")
        rtable.add_column("types", overflow="fold")
        rtable.add_column("example", overflow="fold")
        for row in rule_rows:
            types = ", ".join(f"{k} {v}" for k, v in row["types"].items())
            rtable.add_row(Text(row["label"]), Text(f"{row['customers']:,}"), Text(types),
                           Text(inert(row["example"])))
        console.print(rtable)
    console.print(Text(LEGEND, style="dim"))


def render_portfolio(rows: list[dict[str, Any]], console: Any, with_brand: bool) -> None:
    """Types per brand, a total line for each brand (and for all), short strategy labels."""
    from rich.text import Text

    ptable = table("Portfolio")
    ptable.add_column("type", no_wrap=True, overflow="ellipsis", max_width=24)
    for name in ("customers", "share", "valence", "closeness", "distress", "strategy"):
        ptable.add_column(name, justify="right" if name in ("customers", "distress")
                          else "left", no_wrap=True)
    brands = list(dict.fromkeys(r["brand"] for r in rows))
    for i, brand in enumerate(brands):
        group = [r for r in rows if r["brand"] == brand]
        if with_brand:
            if i:
                ptable.add_section()
            ptable.add_row(Text(inert(brand or ""), style="bold"),
                           Text(f"{sum(r['customers'] for r in group):,}", style="bold"),
                           Text(""), Text(""), Text(""),
                           Text(f"{sum(r['distressed'] for r in group):,}", style="bold"),
                           Text(""))
        for row in group:
            ptable.add_row(Text(("  " if with_brand else "") + row["type"]),
                           Text(f"{row['customers']:,}"),
                           Text(f"{_bar(row['share'])} {percent(row['share']):>6}"),
                           Text(row["valence"] or ""), Text(row["closeness"] or ""),
                           Text(f"{row['distressed']:,}" if row["distressed"] else ""),
                           Text((row["move"] or "").replace("_", " ")))
    if with_brand and len(brands) > 1:
        ptable.add_section()
        ptable.add_row(Text("all brands", style="bold"),
                       Text(f"{sum(r['customers'] for r in rows):,}", style="bold"), Text(""),
                       Text(""), Text(""),
                       Text(f"{sum(r['distressed'] for r in rows):,}", style="bold"), Text(""))
    console.print(ptable)


def rows_text(summary: dict[str, Any]) -> str:
    """"6 rows read, 1 used, 5 skipped (1 empty text, ...)": every row accounted for."""
    reasons = ", ".join(f"{n} {r}" for r, n in summary.get("skipped_reasons", {}).items())
    return (f"{summary['rows_read']} rows read, {summary['rows_used']} used, "
            f"{summary['rows_skipped']} skipped" + (f" ({reasons})" if reasons else ""))


def summary_line(summary: dict[str, Any], seconds: float | None = None) -> str:
    line = (rows_text(summary) + f"; {summary['customers']} customers "
            f"({summary['undetermined']} undetermined, {summary['distressed']} in distress)")
    if summary.get("skipped_record_lines"):
        line += (f"; {len(summary.get('skipped_records', []))} record(s) skipped whole held "
                 f"{summary['skipped_record_lines']} physical lines")
    if summary.get("surrogates_replaced"):
        line += f"; {summary['surrogates_replaced']} rows had lone surrogates replaced"
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
    from relradar.render_trends import trend_tables

    trend_tables(report, console)


def render_event_tables(events: list[dict[str, Any]], console: Any) -> None:
    from relradar.render_trends import event_tables

    event_tables(events, console)
