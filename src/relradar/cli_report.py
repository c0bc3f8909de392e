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
from relradar.cli import (Every, Format, app, err, event_reports, event_sink, output_stream,
                          report_run, run_analysis)
from relradar.cli_options import CorpusOptions, EventOpt, corpus_command
from relradar.errors import OutputError, UsageError

if TYPE_CHECKING:
    from relradar.pipeline import Analysis
    from relradar.trends import WindowSink


@app.command()
@corpus_command(formats=("html",), default_format="html")
def report(
    corpus: CorpusOptions,
    png: Annotated[Path | None, typer.Option("--png", metavar="DIR", help="Also write every "
                                             "chart as a PNG into this folder.")] = None,
    title: Annotated[str, typer.Option(metavar="TEXT", help="The report's title.")
                     ] = "relradar report",
    every: Annotated[Every, typer.Option("--every", help="Period length of the trends "
                                         "charts.")] = Every.month,
    event: EventOpt = None,
    no_fast_path: Annotated[bool, typer.Option("--no-fast-path", help="Analyse every message "
                                               "fully (for checking the pre-filter).")] = False,
) -> None:
    """Write the portfolio, trends, events, rule breaks and customers as one HTML file that
    opens offline (charts drawn in the page; nothing is fetched from the network)."""
    from relradar.report_html import _require

    _require()
    output = corpus.output
    if output is None:
        raise UsageError("relradar report writes one HTML file",
                         "give -o report.html (or -o - for stdout)")
    if str(output) != "-" and not output.resolve().parent.is_dir():
        raise UsageError(f"cannot write {output}: folder {output.resolve().parent} does not "
                         "exist")
    if png is not None and png.exists() and not png.is_dir():
        raise UsageError(f"--png {png} is not a folder")
    started = time.monotonic()
    lex = corpus.load_lexicon()
    sink = event_sink(lex, every.value, event, Format.table, corpus.day_first)
    result = run_analysis(corpus, lex, corpus.reader_options(), not no_fast_path, sink.add)
    page, specs, summary = build_page(result, sink, corpus.files, title, every.value,
                                      corpus.redact, corpus.salt_value)
    with output_stream(output) as out:
        out.write(page)
    pngs = []
    if png is not None:
        from relradar.report_html import png_images

        try:
            png.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the --png folder {png} ({exc.strerror or exc})",
                              "check that its parent is writable") from None
        for name, image in png_images(specs).items():
            with output_stream(png / name, "--png", "charts", binary=True) as handle:
                handle.write(image)
            pngs.append(png / name)
    if not corpus.quiet:
        report_run(result.stats, summary, started)
        where = "stdout" if str(output) == "-" else str(output)
        err(f"report: {where}, {len(page.encode('utf-8')) / 1e6:.2f} MB, {len(specs)} charts"
            + (f"; {len(pngs)} PNGs in {png}" if png is not None else ""))


def build_page(result: Analysis, sink: WindowSink, files: list[str], title: str, every: str,
               redact: bool, salt: str | None) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """Core calls in order: protect customers, roll up, build data, specs and the page."""
    from relradar.portfolio import portfolio, rule_breaks, summary
    from relradar.privacy import Privacy, protect, redact_text
    from relradar.report import Provenance, report_data, type_order
    from relradar.report_html import chart_specs, render_html
    from relradar.trends import trend_report

    lex = result.lexicon
    customers = [protect(c, redact, salt) for c in result.iter_customers()]
    rows = portfolio(customers, lex)
    rules = rule_breaks(customers, lex)
    stats = summary(customers, result.stats.to_dict(), result.messages_with_signals)
    events = event_reports(sink, Privacy(redact=redact, salt=salt))
    provenance = Provenance(
        inputs=tuple(redact_text(f) if redact else f for f in files), summary=stats,
        lexicon=lex.describe(),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
        options={"every": every, "redact": redact, "hash_ids": salt is not None,
                 "events": [f"{e['date']}: {e['event']}" for e in events]})
    data = report_data(customers, lex, rows, rules, provenance,
                       trend_report(sink.periods, Privacy(redact=redact, salt=salt)),
                       events)
    specs = chart_specs(data, type_order(lex))
    return render_html(data, specs, title), specs, stats
