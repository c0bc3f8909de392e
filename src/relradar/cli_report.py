"""`relradar report`: the portfolio as one self-contained HTML file (and PNG charts).

Registered on the app of `relradar.cli`, which imports this module. Only option handling here:
the data is built by `relradar.report`, the charts by `report_charts`, the page by `report_html`.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from relradar import __version__
from relradar.cli import (STATE, BrandColOpt, CustomerRoleOpt, EncodingOpt, EventOpt, Every,
                          Format, HashOpt, IdColOpt, LanguageColOpt, LanguageOpt, LexiconOpt,
                          NoDefaultOpt, OptionalTypesOpt, RedactOpt, RoleColOpt, SaltOpt,
                          TextColOpt, TimeColOpt, app, cli_errors, err, event_reports,
                          event_sink, get_lexicon, other_languages, output_stream,
                          privacy_salt, reader_options, run_analysis)
from relradar.errors import UsageError

if TYPE_CHECKING:
    from relradar.pipeline import Analysis
    from relradar.trends import WindowSink


@app.command()
@cli_errors
def report(
    files: Annotated[list[str], typer.Argument(help="CSV or JSONL exports (.gz too); - for "
                                               "stdin.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write "
                                         "(atomically); - for stdout.", show_default=False)],
    png: Annotated[Path | None, typer.Option("--png", help="Also write every chart as a PNG "
                                             "into this folder.")] = None,
    title: Annotated[str, typer.Option(help="The report's title.")] = "relradar report",
    every: Annotated[Every, typer.Option("--every", help="Period length of the trends "
                                         "charts.")] = Every.month,
    event: EventOpt = None,
    lexicon: LexiconOpt = None,
    no_default_lexicon: NoDefaultOpt = False,
    language: LanguageOpt = "en",
    optional_types: OptionalTypesOpt = False,
    id_col: IdColOpt = None,
    text_col: TextColOpt = None,
    time_col: TimeColOpt = None,
    role_col: RoleColOpt = None,
    customer_role: CustomerRoleOpt = None,
    brand_col: BrandColOpt = None,
    encoding: EncodingOpt = "utf-8",
    input_format: Annotated[str, typer.Option(help="auto, csv or jsonl.")] = "auto",
    strict: Annotated[bool, typer.Option("--strict", help="Any malformed row is an error.")
                      ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes; 0 = one per "
                                      "core for inputs over 20 MB, else 1.")] = 0,
    no_fast_path: Annotated[bool, typer.Option("--no-fast-path", help="Analyse every message "
                                               "fully (for checking the pre-filter).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    language_col: LanguageColOpt = None,
    redact: RedactOpt = False,
    hash_ids: HashOpt = False,
    salt: SaltOpt = None,
) -> None:
    """Write the portfolio, trends, events, rule breaks and customers as one HTML file that
    opens offline (charts drawn in the page; nothing is fetched from the network)."""
    from relradar.report_html import _require

    _require()
    if input_format not in ("auto", "csv", "jsonl"):
        raise UsageError(f"--input-format must be auto, csv or jsonl, not {input_format!r}")
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    if png is not None and png.exists() and not png.is_dir():
        raise UsageError(f"--png {png} is not a folder")
    if str(output) != "-" and not output.resolve().parent.is_dir():
        raise UsageError(f"cannot write {output}: folder {output.resolve().parent} does not "
                         "exist")
    salt_value = privacy_salt(hash_ids, salt)
    started = time.monotonic()
    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types)
    options = reader_options(id_col, text_col, time_col, role_col, customer_role, brand_col,
                             encoding, strict, input_format, language_col=language_col)
    sink = event_sink(lex, every.value, event, Format.table)
    result = run_analysis(files, lex, options, jobs, not no_fast_path, not quiet, sink.add,
                          other_languages(language_col, language), redact)
    page, specs, summary = build_page(result, sink, files, title, every.value, redact,
                                      salt_value)
    with output_stream(output) as out:
        out.write(page)
    pngs = []
    if png is not None:
        from relradar.report_html import write_pngs

        pngs = write_pngs(specs, png)
    if not quiet:
        from relradar.render import summary_line

        for warning in result.stats.warnings:
            err(f"warning: {warning}")
        if result.stats.first_skips and STATE["debug"]:
            for line in result.stats.first_skips:
                err(f"skipped {line}")
        err(summary_line(summary, time.monotonic() - started))
        where = "stdout" if str(output) == "-" else str(output)
        err(f"report: {where}, {len(page.encode('utf-8')) / 1e6:.2f} MB, {len(specs)} charts"
            + (f"; {len(pngs)} PNGs in {png}" if png is not None else ""))


def build_page(result: Analysis, sink: WindowSink, files: list[str], title: str, every: str,
               redact: bool, salt: str | None) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """Core calls in order: protect customers, roll up, build data, specs and the page."""
    from relradar.portfolio import portfolio, rule_breaks, summary
    from relradar.privacy import protect, protect_event
    from relradar.report import Provenance, report_data, type_order
    from relradar.report_html import chart_specs, render_html
    from relradar.trends import trend_report

    lex = result.lexicon
    customers = [protect(c, redact, salt) for c in result.iter_customers()]
    rows = portfolio(customers, lex)
    rules = rule_breaks(customers, lex)
    stats = summary(customers, result.stats.to_dict(), result.messages_with_signals)
    events = [protect_event(e, salt) for e in event_reports(sink)]
    provenance = Provenance(
        inputs=tuple(files), summary=stats, lexicon=lex.describe(),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
        options={"every": every, "redact": redact, "hash_ids": salt is not None,
                 "events": [f"{e['date']}: {e['event']}" for e in events]})
    data = report_data(customers, lex, rows, rules, provenance, trend_report(sink.periods),
                       events)
    specs = chart_specs(data, type_order(lex))
    return render_html(data, specs, title), specs, stats
