"""The typer app: options -> core calls -> renderers. Errors become one line and an exit code.

The options shared by every command that reads a corpus live in `relradar.cli_options`.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from relradar import __version__
from relradar.cli_cluster import check_scheduler_options
from relradar.cli_options import (STATE, CorpusOptions, EventOpt, Format, LabelColOpt,
                                  LabelMapOpt, LabelsOpt, PartitionsOpt, SchedulerOpt,
                                  corpus_command, err, read_truth,
                                  report_reading)
from relradar.cli_output import output_stream
from relradar.errors import ExitCode, Terminated, UsageError

app = typer.Typer(
    name="relradar",
    help="What kind of relationship do your customers want with your brand? Reads exported "
         "e-mails, chats and posts (CSV, JSONL, Excel, Parquet, mbox), scores them against "
         "relationship-signal lexicons and classifies each customer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

ALL_FORMATS = ("table", "json", "jsonl", "csv")
CLASSIFY_FORMATS = (*ALL_FORMATS, "parquet")    # parquet: part files, with --scheduler


class _Tally:
    """What the summary line needs of a streamed customer, without keeping the customer."""

    __slots__ = ("type", "distress")

    def __init__(self, customer: Any) -> None:
        self.type = customer.type
        self.distress = customer.distress


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"relradar {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and customer text in "
                                        "errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=version_callback,
                                          is_eager=True, help="Print the version.")] = False,
) -> None:
    """relradar: relational-signal analyzer."""
    STATE["debug"] = debug


def input_size(files: list[str]) -> int | None:
    """Total bytes of the input files; None when one is stdin (size unknown)."""
    import os

    if "-" in files:
        return None
    try:
        return sum(os.path.getsize(f) for f in files) or None
    except OSError:
        return None


def progress_columns(total: int | None) -> list[Any]:
    """Percentage and time left when the input's size is known, else a spinner and a count."""
    from rich.progress import (BarColumn, SpinnerColumn, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    count = TextColumn("{task.fields[messages]:,} messages")
    if total is None:
        return [SpinnerColumn(), count, TimeElapsedColumn()]
    return [BarColumn(), TaskProgressColumn(), count, TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn()]


def progress_bar(enabled: bool, total: int | None = None) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress

    return Progress(*progress_columns(total), console=Console(stderr=True), transient=True)


def event_sink(lexicon: Any, every: str | None, events: list[str] | None, fmt: Any,
               day_first: bool = False) -> Any:
    from relradar.trends import WindowSink, parse_event

    parsed = [parse_event(e, day_first) for e in events or []]
    if parsed and fmt not in (Format.table, Format.json):
        raise UsageError("--event needs --format table or json",
                         "jsonl and csv hold one row per customer")
    if len({e.name for e in parsed}) < len(parsed):
        raise UsageError("two --event options have the same name")
    return WindowSink(lexicon, every, parsed) if parsed or every else None


def event_reports(sink: Any, privacy: Any = None) -> list[dict[str, Any]]:
    """Each event's report; `shifted[]` names customers as --redact / --hash-ids allow."""
    from relradar.privacy import Privacy
    from relradar.trends import event_report

    if sink is None:
        return []
    return [event_report(e, sink.by_event[e.name], privacy or Privacy()) for e in sink.events]


def corpus_privacy(corpus: CorpusOptions) -> Any:
    from relradar.privacy import Privacy

    return Privacy(redact=corpus.redact, salt=corpus.salt_value)


def shown_stats(stats: Any, redact: bool) -> dict[str, Any]:
    """The summary's counts; with --redact, file names (which can hold an address) masked."""
    from relradar.privacy import redact_text

    out: dict[str, Any] = stats.to_dict()
    if redact:
        out["files"] = [redact_text(f) for f in out["files"]]
        out["skipped_records"] = [{**r, "where": redact_text(r["where"])}
                                  for r in out["skipped_records"]]
    return out


def run_analysis(corpus: CorpusOptions, lexicon: Any, options: Any, fast_path: bool = True,
                 also: Any = None) -> Any:
    from relradar.pipeline import analyze

    from relradar.readers import ReadStats

    analysis_options = corpus.analysis_options(fast_path)
    total = input_size(corpus.files)
    bar = progress_bar(not corpus.quiet, total)
    if bar is None:
        return analyze(corpus.files, lexicon, options, analysis_options, also=also)
    stats = ReadStats()
    with bar:
        task = bar.add_task("scoring", total=total, messages=0)
        done = [0]

        def advance(n: int) -> None:
            done[0] += n
            position = stats.position() if total is not None else None
            bar.update(task, messages=done[0],
                       **({"completed": position} if position is not None else {}))

        return analyze(corpus.files, lexicon, options, analysis_options, progress=advance,
                       also=also, stats=stats)


# ---------------------------------------------------------------- classify

class SortBy(str, Enum):
    confidence = "confidence"
    distress = "distress"
    messages = "messages"
    type = "type"


@dataclass(frozen=True)
class TableChoice:
    """Which customers the table shows, in which order."""

    sort: str | None = None
    types: tuple[str, ...] = ()
    hide_undetermined: bool = False
    limit: int = 50


@app.command()
@corpus_command(formats=CLASSIFY_FORMATS)
def classify(
    corpus: CorpusOptions,
    limit: Annotated[int, typer.Option(metavar="N", help="Customers shown in the table "
                                       "(0 = all).")] = 50,
    no_fast_path: Annotated[bool, typer.Option("--no-fast-path", help="Tokenize and match "
                                               "every message with spaCy itself (slower; for "
                                               "checking the pre-filter and the fast "
                                               "tokenizer).")] = False,
    event: EventOpt = None,
    sort: Annotated[SortBy | None, typer.Option("--sort", help="Order of the customers table: "
                                                "strongest, most distressed or busiest first, "
                                                "or by type.")] = None,
    type_filter: Annotated[list[str] | None, typer.Option(
        "--type", metavar="TYPE", help="Only customers of this type in the customers table "
                                       "(repeatable).")] = None,
    hide_undetermined: Annotated[bool, typer.Option(
        "--hide-undetermined", help="Leave undetermined customers out of the customers "
                                    "table.")] = False,
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = 0,
) -> None:
    """Classify each customer's relationship type and print the portfolio."""
    if limit < 0:
        raise UsageError(f"--limit must be 0 (all customers) or more, not {limit}")
    check_scheduler_options(scheduler, corpus.jobs, partitions)
    if corpus.format is Format.parquet and scheduler is None:
        raise UsageError("--format parquet writes part files on a cluster",
                         "add --scheduler local --output DIR")
    started = time.monotonic()
    fmt = corpus.format
    if fmt is not Format.table and (sort or type_filter or hide_undetermined):
        raise UsageError("--sort, --type and --hide-undetermined shape the customers table",
                         "use them with --format table")
    lex = corpus.load_lexicon()
    unknown = [t for t in type_filter or [] if t not in lex.all_types and t != "undetermined"]
    if unknown:
        raise UsageError(f"--type {unknown[0]!r} is not a type of this lexicon",
                         "see `relradar types` (or undetermined)")
    choice = TableChoice(sort.value if sort else None, tuple(type_filter or ()),
                         hide_undetermined, limit)
    options = corpus.reader_options()
    sink = event_sink(lex, None, event, fmt, corpus.day_first)
    if scheduler is not None:
        from relradar import cli_cluster

        totals, stats = cli_cluster.classify(scheduler, corpus.files, lex, options,
                                             corpus.analysis_options(not no_fast_path),
                                             fmt.value, corpus.output, limit,
                                             sink.events if sink else [],
                                             (corpus.redact, corpus.salt_value), partitions)
        if not corpus.quiet:
            report_run(stats, totals, started)
        return
    result = run_analysis(corpus, lex, options, not no_fast_path, sink.add if sink else None)
    events = event_reports(sink, corpus_privacy(corpus))
    shown: list[Any] = []
    emit(result, fmt, corpus.output, choice, events, (corpus.redact, corpus.salt_value), shown)
    if not corpus.quiet:
        from relradar.portfolio import summary

        report_run(result.stats, summary(shown, result.stats.to_dict(),
                                         result.messages_with_signals), started)


def report_run(stats: Any, totals: dict[str, Any], started: float) -> None:
    """The reading's warnings and skips (report_reading), then the summary line (stderr)."""
    from relradar.render import summary_line

    report_reading(stats)
    err(summary_line(totals, time.monotonic() - started))


def emit(result: Any, fmt: Format, output: Path | None, choice: TableChoice,
         events: list[dict[str, Any]], privacy: tuple[bool, str | None],
         shown: list[Any]) -> None:
    """Render; jsonl and csv stream customer by customer (memory stays flat)."""
    from relradar import render
    from relradar.portfolio import portfolio, rule_breaks, summary
    from relradar.privacy import protect

    def stream() -> Any:
        for customer in result.iter_customers():
            customer = protect(customer, *privacy)
            shown.append(_Tally(customer))
            yield customer

    with output_stream(output) as out:
        if fmt is Format.jsonl:
            render.write_jsonl(stream(), out)
        elif fmt is Format.csv:
            render.write_csv(stream(), out)
        else:
            customers = list(stream())
            shown[:] = customers
            rows = portfolio(customers, result.lexicon)
            rules = rule_breaks(customers, result.lexicon)
            if fmt is Format.json:
                doc = render.document(customers, rows, rules,
                                      summary(customers, shown_stats(result.stats, privacy[0]),
                                              result.messages_with_signals),
                                      result.lexicon.describe())
                if events:
                    doc["events"] = events
                render.write_json(doc, out)
            else:
                console = render.make_console(out)
                render.render_tables(customers, rows, rules, console, limit=choice.limit,
                                     sort=choice.sort, type_ids=choice.types,
                                     hide_undetermined=choice.hide_undetermined)
                render.render_event_tables(events, console)


# ---------------------------------------------------------------- trends

class Every(str, Enum):
    week = "week"
    month = "month"
    quarter = "quarter"


@app.command()
@corpus_command(formats=ALL_FORMATS, files_help="Exports with times (CSV, JSONL, Excel, "
                                                 "Parquet, mbox/eml; .gz too); - for stdin.")
def trends(
    corpus: CorpusOptions,
    every: Annotated[Every, typer.Option("--every", help="Period length.")] = Every.month,
    event: EventOpt = None,
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = 0,
) -> None:
    """The portfolio per period, each customer's type per period, and transitions."""
    from relradar.trends import trend_report

    fmt = corpus.format
    check_scheduler_options(scheduler, corpus.jobs, partitions)
    if event and fmt in (Format.jsonl, Format.csv):
        raise UsageError("--event needs --format table or json")
    lex = corpus.load_lexicon()
    sink = event_sink(lex, every.value, event, Format.table, corpus.day_first)
    if scheduler is not None:
        from relradar import cli_cluster

        report, events, stats = cli_cluster.trends(scheduler, corpus.files, lex,
                                                   corpus.reader_options(),
                                                   corpus.analysis_options(), every.value,
                                                   sink.events, partitions,
                                                   corpus_privacy(corpus))
    else:
        result = run_analysis(corpus, lex, corpus.reader_options(), also=sink.add)
        report = trend_report(sink.periods, corpus_privacy(corpus))
        events = event_reports(sink, corpus_privacy(corpus))
        stats = result.stats
    if events:
        report["events"] = events
    from relradar import render

    with output_stream(corpus.output) as out:
        if fmt is Format.json:
            render.write_json(report, out)
        elif fmt is Format.jsonl:
            for row in report["customers"]:
                out.write(json_line(row))
        elif fmt is Format.csv:
            import csv

            writer = csv.DictWriter(out, fieldnames=["customer_id", "brand", "period", "type",
                                                     "confidence", "distress"],
                                    lineterminator="\n")
            writer.writeheader()
            for row in report["customers"]:
                writer.writerow({k: render.csv_safe(str(v).lower() if isinstance(v, bool) else v)
                                 for k, v in row.items()})
        else:
            console = render.make_console(out)
            render.render_trend_tables(report, console)
            render.render_event_tables(events, console)
    if not corpus.quiet:
        report_reading(stats)
        err(f"{render.rows_text(stats.to_dict())}; "
            f"{len(report['periods'])} periods, {len(report['transitions'])} kinds of transition")


def json_line(row: dict[str, Any]) -> str:
    from relradar.render import json_text

    return json_text(row) + "\n"


# ---------------------------------------------------------------- check

@app.command()
@corpus_command(files_help="Labelled exports (CSV, JSONL, Excel, Parquet; .gz too); - for "
                           "stdin.")
def check(
    corpus: CorpusOptions,
    label_col: LabelColOpt = None,
    labels: LabelsOpt = None,
    min_accuracy: Annotated[float | None, typer.Option(metavar="X", help="Exit 3 below this "
                                                       "accuracy.")] = None,
    min_macro_f1: Annotated[float | None, typer.Option(metavar="X", help="Exit 3 below this "
                                                       "macro-F1.")] = None,
    junit: Annotated[Path | None, typer.Option(metavar="PATH", help="Also write JUnit XML "
                                               "here.")] = None,
    label_map: LabelMapOpt = None,
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = 0,
) -> None:
    """Classify a labelled corpus and report accuracy, macro-F1 and confusions; gate CI.

    Labels must be type ids (or type names); others are an error unless --label-map maps
    them. Customers whose rows disagree on a label are reported; the most frequent label
    counts (on a tie, the last row's).
    """
    from collections import Counter

    from relradar.evaluation import (conflict_lines, evaluate, junit_xml, parse_label_map,
                                     threshold_failures, type_labels)

    check_scheduler_options(scheduler, corpus.jobs, partitions)
    for name, value in (("min_accuracy", min_accuracy), ("min_macro_f1", min_macro_f1)):
        check_threshold(name, value, corpus.sources.get(name, "command line"))
    if junit is not None:               # before any work, as -o is
        from relradar.cli_output import refuse_directory

        refuse_directory(junit, "--junit", "check.xml")
    mapping = parse_label_map(label_map)
    conflicts: dict[Any, Counter[str]] = {}
    truth = read_truth(label_col, labels, corpus.brand_col, conflicts)
    lex = corpus.load_lexicon()
    type_ids = set(lex.all_types) | {"undetermined"}
    names = {tid: t.label for tid, t in lex.all_types.items()}
    if truth is not None:
        truth = type_labels(truth, type_ids, names, mapping)   # before any work
    per_row: dict[Any, Counter[str]] = {}

    def collect(seq: int, message: Any, *rest: Any) -> None:
        if message.label:
            per_row.setdefault((message.customer_id, message.brand), Counter())[
                message.label] += 1

    if scheduler is not None:
        from relradar import cli_cluster

        customers = cli_cluster.customers(scheduler, corpus.files, lex,
                                          corpus.reader_options(label_col),
                                          corpus.analysis_options(), partitions)
        if truth is None:          # the workers keep each customer's label, not every row's
            truth = {(c.customer_id, c.brand): c.true_label for c in customers if c.true_label}
            truth = type_labels(truth, type_ids, names, mapping)
    else:
        analysis = run_analysis(corpus, lex, corpus.reader_options(label_col),
                                also=collect if truth is None else None)
        customers = analysis.customers
        if not corpus.quiet:            # the gate's rows, every one accounted for (stderr)
            from relradar.render import rows_text

            report_reading(analysis.stats)
            err(f"{rows_text(analysis.stats.to_dict())}; {len(customers)} customers")
    if truth is None:
        truth = {}
        for customer in customers:
            counts = per_row.get((customer.customer_id, customer.brand))
            if not counts:
                continue
            top = counts.most_common(2)
            tie = len(top) > 1 and top[0][1] == top[1][1]
            truth[(customer.customer_id, customer.brand)] = (customer.true_label if tie
                                                             else top[0][0]) or top[0][0]
        conflicts = {key: counts for key, counts in per_row.items() if len(counts) > 1}
        truth = type_labels(truth, type_ids, names, mapping)
    privacy = corpus_privacy(corpus)
    if conflicts and privacy.active:
        # as every other output shows them (two ids masked alike pool their labels)
        shown: dict[Any, Counter[str]] = {}
        for (c, b), n in conflicts.items():
            shown.setdefault((privacy.id(c), privacy.text(b) if b else b), Counter()).update(n)
        conflicts = shown
    if conflicts:
        err(f"warning: {len(conflicts)} customer(s) have rows with different labels: "
            f"{conflict_lines(conflicts)}; "
            + ("the last row's label counts" if labels else "the most frequent label counts"))
    report = evaluate(customers, truth)
    failures = threshold_failures(report, min_accuracy, min_macro_f1)
    if junit is not None:
        with output_stream(junit, "--junit", "check.xml") as handle:
            handle.write(junit_xml(report, failures))
    with output_stream(corpus.output) as out:
        if corpus.format is Format.json:
            import json

            conflicting = [{"customer_id": c, "brand": b, "labels": dict(n)}
                           for (c, b), n in conflicts.items()]
            json.dump({**report.to_dict(), "failures": failures,
                       "conflicting_labels": conflicting}, out, indent=2)
            out.write("\n")
        else:
            from relradar.render import make_console, render_check

            render_check(report, make_console(out))
    for failure in failures:
        err(f"check failed: {failure}")
    if failures:
        raise typer.Exit(int(ExitCode.CHECK_FAILED))


def check_threshold(name: str, value: float | None, where: str) -> None:
    """A gate's threshold is a share from 0 to 1: NaN would turn the gate off for good, and 2
    or -1 would make it always fail or always pass."""
    if value is None or 0 <= value <= 1:        # NaN fails both comparisons
        return
    flag = "--" + name.replace("_", "-")
    if where in ("command line", "default") or where.startswith("env "):
        raise UsageError(f"{flag} must be a number from 0 to 1, not {value:g}",
                         "e.g. 0.7 for 70%")
    from relradar.errors import InputError

    raise InputError(f"{where}: {name} must be a number from 0 to 1, not {value:g}",
                     f"it sets {flag}, e.g. 0.7 for 70%")


# ---------------------------------------------------------------- explain

@app.command()
@corpus_command()
def explain(
    corpus: CorpusOptions,
    customer: Annotated[str, typer.Option("--customer", "-c", metavar="ID",
                                          help="Customer id to explain (or its hash, with "
                                               "--hash-ids).", show_default=False)],
    brand: Annotated[str | None, typer.Option(metavar="NAME", help="Only this brand's "
                                              "messages (with --brand-col); needed when the "
                                              "customer wrote under several brands.")] = None,
) -> None:
    """Why this customer got this type: messages, matched terms, modifiers, scores, rules."""
    import dataclasses

    from relradar.explain import explain_customer

    if brand is not None and corpus.brand_col is None:
        corpus = dataclasses.replace(corpus, brand_col="brand")
    from relradar.readers import ReadStats

    lex = corpus.load_lexicon()
    stats = ReadStats()
    explanation = explain_customer(corpus.files, customer, brand, lex, corpus.reader_options(),
                                   corpus.analysis_options(), salt=corpus.salt_value,
                                   stats=stats)
    with output_stream(corpus.output) as out:
        if corpus.format is Format.json:
            from relradar.render import write_json

            write_json(explanation.to_dict(lex), out)
        else:
            from relradar.render import make_console, render_explain

            render_explain(explanation, lex, make_console(out))
    if not corpus.quiet:
        from relradar.render import rows_text

        report_reading(stats)
        err(f"{rows_text(stats.to_dict())}; {len(explanation.messages)} messages of this "
            "customer")


from relradar import cli_config, cli_lexicon  # noqa: E402  (types, lexicon, config commands)

app.command("types")(cli_lexicon.types_command)
app.add_typer(cli_lexicon.lexicon_app, name="lexicon")
app.command("config")(cli_config.config_command)
from relradar import cli_report  # noqa: E402,F401  (registers the report command)


def _closed_streams() -> None:
    """A stdout or stderr closed by the caller (`>&-`, `2>&-`) is None in Python.

    Its descriptor is taken by /dev/null, so no file relradar opens lands on it; stderr's
    lines are then dropped (the run's result does not depend on them), and writing data to a
    closed stdout is one error line (exit 1), as for any other stdout that cannot be written.
    """
    from relradar.cli_output import ClosedStdout

    for fd, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
        except OSError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            if devnull != fd:
                os.dup2(devnull, fd)
                os.close(devnull)
        setattr(sys, name, ClosedStdout() if name == "stdout"
                else open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _handle_sigterm() -> None:
    """SIGTERM is handled like Ctrl-C: the exception unwinds through every cleanup (temp file
    removed, worker pool terminated) and the run ends with 143."""
    main_pid = os.getpid()

    def on_sigterm(signum: int, frame: Any) -> None:
        if os.getpid() != main_pid:      # a forked worker that kept the handler: just die
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        signal.signal(signal.SIGTERM, signal.SIG_IGN)    # cleanup runs once, uninterrupted
        raise Terminated()

    def default_in_child() -> None:
        # A worker must die on SIGTERM (Pool.terminate sends it) even while blocked where no
        # Python code runs, so it gets the default action from the moment it is forked.
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
        except ValueError:
            pass

    signal.signal(signal.SIGTERM, on_sigterm)
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=default_in_child)


def main() -> None:
    """Console-script entry point."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # `relradar ... | head` ends quietly
    _handle_sigterm()
    _closed_streams()
    for stream in (sys.stdout, sys.stderr):
        # Belt and braces: a character no encoder can write (a lone surrogate from a lexicon
        # or a file name) becomes U+FFFD or '?' rather than ending the run.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        app()
    except Terminated:
        err("terminated")
        sys.exit(int(ExitCode.TERMINATED))
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
    except OSError as exc:          # --help or --version to a closed stdout (commands map it)
        if exc.errno != errno.EBADF or STATE["debug"]:
            raise
        from relradar.cli_output import closed_stdout

        err(f"error: {closed_stdout()}")
        sys.exit(int(ExitCode.ERROR))
