"""The typer app: options -> core calls -> renderers. Errors become one line and an exit code."""

from __future__ import annotations

import functools
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO, TypeVar

import typer

from relradar import __version__
from relradar.cli_cluster import PartitionsOpt, SchedulerOpt, check_scheduler_options
from relradar.errors import ExitCode, RelradarError, UsageError

app = typer.Typer(
    name="relradar",
    help="What kind of relationship do your customers want with your brand? Reads exported "
         "e-mails, chats and posts (CSV or JSONL), scores them against relationship-signal "
         "lexicons and classifies each customer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
lexicon_app = typer.Typer(help="Validate and inspect lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

STATE: dict[str, Any] = {"debug": False}
F = TypeVar("F", bound=Callable[..., Any])


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"     # part files, with --scheduler and --output DIR


def err(message: str) -> None:
    sys.stderr.write(f"relradar: {message}\n")
    sys.stderr.flush()


def cli_errors(func: F) -> F:
    """One place where core errors become a line on stderr and a documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RelradarError as exc:
            if STATE["debug"]:
                raise
            err(f"error: {exc}")
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            err("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            _quiet_pipe()
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def _quiet_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def output_stream(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically (temp file in the same folder, then rename)."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if path.exists() and not path.is_file():      # /dev/null, a FIFO: write straight through
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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


# ---------------------------------------------------------------- shared options

LexiconOpt = Annotated[list[Path] | None, typer.Option(
    "--lexicon", "-l", help="Extra lexicon YAML merged on top of the default (repeatable).")]
NoDefaultOpt = Annotated[bool, typer.Option(
    "--no-default-lexicon", help="Use only the --lexicon files.")]
LanguageOpt = Annotated[str, typer.Option(
    "--language", help="Language of the default lexicon (en, es).")]
LanguageColOpt = Annotated[str | None, typer.Option(
    "--language-col", help="Column with each row's language (en, es, ...): rows are scored "
                           "with that language's bundled lexicon; others use --language.")]
RedactOpt = Annotated[bool, typer.Option(
    "--redact", help="Mask e-mail addresses, phone and card numbers and @handles in excerpts.")]
HashOpt = Annotated[bool, typer.Option(
    "--hash-ids", help="Replace customer ids with salted hashes (needs --salt or "
                       "RELRADAR_SALT).")]
SaltOpt = Annotated[str | None, typer.Option(
    "--salt", envvar="RELRADAR_SALT", help="Salt for --hash-ids.", show_envvar=True)]


def privacy_salt(hash_ids: bool, salt: str | None) -> str | None:
    if not hash_ids:
        return None
    if not salt:
        raise UsageError("--hash-ids needs a salt", "pass --salt or set RELRADAR_SALT")
    return salt


IdColOpt = Annotated[str | None, typer.Option(
    "--id-col", help="Customer id column (a dotted path such as customer.id for JSONL).")]
TextColOpt = Annotated[str | None, typer.Option(
    "--text-col", help="Message text column; several joined with commas (subject,body).")]
TimeColOpt = Annotated[str | None, typer.Option("--time-col", help="Timestamp column.")]
RoleColOpt = Annotated[str | None, typer.Option(
    "--role-col", help="Column telling who wrote the row; only customer rows are scored.")]
CustomerRoleOpt = Annotated[str | None, typer.Option(
    "--customer-role", help="Role value(s) meaning 'customer', comma-separated [default: "
                            "customer, client, user, consumer, inbound, ...].")]
BrandColOpt = Annotated[str | None, typer.Option(
    "--brand-col", help="Brand column: the unit becomes the (customer, brand) pair.")]
EncodingOpt = Annotated[str, typer.Option("--encoding", help="Input encoding.")]
LabelColOpt = Annotated[str | None, typer.Option(
    "--label-col", help="Column holding each row's true type.")]
LabelsOpt = Annotated[Path | None, typer.Option(
    "--labels", help="CSV of customer_id,[brand,]type instead of a label column.")]
EventOpt = Annotated[list[str] | None, typer.Option(
    "--event", help="DATE:NAME of a company action (repeatable): portfolio before and after, "
                    "and who shifted.")]
OptionalTypesOpt = Annotated[bool, typer.Option(
    "--optional-types", help="Also consider the optional types (courtship, rebound, ...).")]


def get_lexicon(lexicon: list[Path] | None, no_default: bool, language: str = "en",
                optional_types: bool = False) -> Any:
    from relradar.lexicon import load_lexicon

    return load_lexicon(list(lexicon or []), use_default=not no_default, language=language,
                        enable_optional=optional_types)


def reader_options(id_col: str | None, text_col: str | None, time_col: str | None,
                   role_col: str | None, customer_role: str | None, brand_col: str | None,
                   encoding: str, strict: bool, input_format: str,
                   label_col: str | None = None, language_col: str | None = None) -> Any:
    from relradar.readers import DEFAULT_CUSTOMER_ROLES, ReaderOptions

    roles = tuple(r.strip() for r in customer_role.split(",") if r.strip()) if customer_role \
        else DEFAULT_CUSTOMER_ROLES
    return ReaderOptions(id_col=id_col, text_col=text_col, time_col=time_col, role_col=role_col,
                         brand_col=brand_col, label_col=label_col, language_col=language_col,
                         customer_roles=roles,
                         encoding=encoding, strict=strict, input_format=input_format)


def progress_bar(enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.completed:,} messages"),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)


def event_sink(lexicon: Any, every: str | None, events: list[str] | None, fmt: Any) -> Any:
    from relradar.trends import WindowSink, parse_event

    parsed = [parse_event(e) for e in events or []]
    if parsed and fmt not in (Format.table, Format.json):
        raise UsageError("--event needs --format table or json",
                         "jsonl and csv hold one row per customer")
    if len({e.name for e in parsed}) < len(parsed):
        raise UsageError("two --event options have the same name")
    return WindowSink(lexicon, every, parsed) if parsed or every else None


def event_reports(sink: Any) -> list[dict[str, Any]]:
    from relradar.trends import event_report

    if sink is None:
        return []
    return [event_report(e, sink.by_event[e.name]) for e in sink.events]


def read_truth(label_col: str | None, labels: Path | None,
               brand_col: str | None) -> dict[tuple[str, str | None], str] | None:
    """Labels from a --labels file (read before any work), or None for --label-col."""
    from relradar.evaluation import read_labels

    if (label_col is None) == (labels is None):
        raise UsageError("give exactly one of --label-col and --labels")
    return read_labels(labels, with_brand=brand_col is not None) if labels else None


def other_languages(language_col: str | None, language: str) -> dict[str, Any]:
    """The bundled lexicons of the other languages, for --language-col."""
    from relradar.lexicon import bundled_languages, load_lexicon

    if language_col is None:
        return {}
    return {code: load_lexicon(language=code) for code in bundled_languages()
            if code != language}


def run_analysis(files: list[str], lexicon: Any, options: Any, jobs: int, fast_path: bool,
                 show_progress: bool = True, also: Any = None,
                 languages: dict[str, Any] | None = None, redact: bool = False) -> Any:
    from relradar.pipeline import AnalysisOptions, analyze, default_jobs
    from relradar.text import CleanOptions

    analysis_options = AnalysisOptions(jobs=jobs if jobs > 0 else default_jobs(files),
                                       fast_path=fast_path, other_languages=languages or {},
                                       clean=CleanOptions(pii=redact))
    bar = progress_bar(show_progress)
    if bar is None:
        return analyze(files, lexicon, options, analysis_options, also=also)
    with bar:
        task = bar.add_task("scoring", total=None)
        return analyze(files, lexicon, options, analysis_options,
                       progress=lambda n: bar.advance(task, n), also=also)


# ---------------------------------------------------------------- classify

@app.command()
@cli_errors
def classify(
    files: Annotated[list[str], typer.Argument(help="CSV or JSONL exports (.gz too); - for "
                                               "stdin.", show_default=False)],
    lexicon: LexiconOpt = None,
    no_default_lexicon: NoDefaultOpt = False,
    language: LanguageOpt = "en",
    optional_types: OptionalTypesOpt = False,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format (parquet: part "
                                        "files, with --scheduler and --output DIR).")
                   ] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file "
                                                "(atomically) instead of stdout; with "
                                                "--scheduler an existing folder gets one part "
                                                "file per partition.")] = None,
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
    limit: Annotated[int, typer.Option(help="Customers shown in the table (0 = all).")] = 50,
    no_fast_path: Annotated[bool, typer.Option("--no-fast-path", help="Analyse every message "
                                               "fully (for checking the pre-filter).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    event: EventOpt = None,
    language_col: LanguageColOpt = None,
    redact: RedactOpt = False,
    hash_ids: HashOpt = False,
    salt: SaltOpt = None,
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = 0,
) -> None:
    """Classify each customer's relationship type and print the portfolio."""
    if input_format not in ("auto", "csv", "jsonl"):
        raise UsageError(f"--input-format must be auto, csv or jsonl, not {input_format!r}")
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    check_scheduler_options(scheduler, jobs, partitions)
    if fmt is Format.parquet and scheduler is None:
        raise UsageError("--format parquet writes part files on a cluster",
                         "add --scheduler local --output DIR")
    salt_value = privacy_salt(hash_ids, salt)
    started = time.monotonic()
    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types)
    options = reader_options(id_col, text_col, time_col, role_col, customer_role, brand_col,
                             encoding, strict, input_format, language_col=language_col)
    sink = event_sink(lex, None, event, fmt)
    if scheduler is not None:
        from relradar import cli_cluster
        from relradar.pipeline import AnalysisOptions
        from relradar.render import summary_line
        from relradar.text import CleanOptions

        analysis_options = AnalysisOptions(fast_path=not no_fast_path,
                                           other_languages=other_languages(language_col,
                                                                           language),
                                           clean=CleanOptions(pii=redact))
        totals, stats = cli_cluster.classify(scheduler, files, lex, options, analysis_options,
                                             fmt.value, output, limit,
                                             sink.events if sink else [],
                                             (redact, salt_value), partitions)
        if not quiet:
            for warning in stats.warnings:
                err(f"warning: {warning}")
            err(summary_line(totals, time.monotonic() - started))
        return
    result = run_analysis(files, lex, options, jobs, not no_fast_path, not quiet,
                          sink.add if sink else None, other_languages(language_col, language),
                          redact)
    events = event_reports(sink)
    shown: list[Any] = []
    emit(result, fmt, output, limit, events, (redact, salt_value), shown)
    if not quiet:
        from relradar.portfolio import summary
        from relradar.render import summary_line

        for warning in result.stats.warnings:
            err(f"warning: {warning}")
        if result.stats.first_skips and STATE["debug"]:
            for line in result.stats.first_skips:
                err(f"skipped {line}")
        err(summary_line(summary(shown, result.stats.to_dict(), result.messages_with_signals),
                         time.monotonic() - started))


def emit(result: Any, fmt: Format, output: Path | None, limit: int,
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
                                      summary(customers, result.stats.to_dict(),
                                              result.messages_with_signals),
                                      result.lexicon.describe())
                if events:
                    doc["events"] = events
                render.write_json(doc, out)
            else:
                console = render.make_console(out)
                render.render_tables(customers, rows, rules, console, limit=limit)
                render.render_event_tables(events, console)


# ---------------------------------------------------------------- trends

class Every(str, Enum):
    week = "week"
    month = "month"
    quarter = "quarter"


@app.command()
@cli_errors
def trends(
    files: Annotated[list[str], typer.Argument(help="CSV or JSONL exports with times.",
                                               show_default=False)],
    every: Annotated[Every, typer.Option("--every", help="Period length.")] = Every.month,
    event: EventOpt = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json, or jsonl/csv "
                                        "(one row per customer and period).")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")
                      ] = None,
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = 0,
) -> None:
    """The portfolio per period, each customer's type per period, and transitions."""
    from relradar.trends import trend_report

    check_scheduler_options(scheduler, 0, partitions)
    if fmt is Format.parquet:
        raise UsageError("trends prints --format table, json, jsonl or csv")
    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types)
    if event and fmt in (Format.jsonl, Format.csv):
        raise UsageError("--event needs --format table or json")
    sink = event_sink(lex, every.value, event, Format.table)
    options = reader_options(id_col, text_col, time_col, role_col, customer_role, brand_col,
                             encoding, False, "auto")
    if scheduler is not None:
        from relradar import cli_cluster

        report, events, stats = cli_cluster.trends(scheduler, files, lex, options, every.value,
                                                   sink.events, partitions)
    else:
        result = run_analysis(files, lex, options, 1, True, not quiet, sink.add)
        report = trend_report(sink.periods)
        events = event_reports(sink)
        stats = result.stats
    if events:
        report["events"] = events
    from relradar import render

    with output_stream(output) as out:
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
    if not quiet:
        err(f"{stats.rows_read} rows read, {stats.rows_used} used; "
            f"{len(report['periods'])} periods, {len(report['transitions'])} kinds of transition")


def json_line(row: dict[str, Any]) -> str:
    import json

    return json.dumps(row, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- check

@app.command()
@cli_errors
def check(
    files: Annotated[list[str], typer.Argument(help="Labelled CSV or JSONL exports.",
                                               show_default=False)],
    label_col: LabelColOpt = None,
    labels: LabelsOpt = None,
    min_accuracy: Annotated[float | None, typer.Option(help="Exit 3 below this accuracy.")
                            ] = None,
    min_macro_f1: Annotated[float | None, typer.Option(help="Exit 3 below this macro-F1.")
                            ] = None,
    junit: Annotated[Path | None, typer.Option(help="Also write JUnit XML here.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")
                   ] = Format.table,
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
    language_col: LanguageColOpt = None,
    scheduler: SchedulerOpt = None,
    partitions: PartitionsOpt = 0,
) -> None:
    """Classify a labelled corpus and report accuracy, macro-F1 and confusions; gate CI."""
    from relradar.evaluation import evaluate, junit_xml, threshold_failures

    if fmt not in (Format.table, Format.json):
        raise UsageError("check prints --format table or json")
    check_scheduler_options(scheduler, 0, partitions)
    truth = read_truth(label_col, labels, brand_col)
    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types)
    options = reader_options(id_col, text_col, time_col, role_col, customer_role, brand_col,
                             encoding, False, "auto", label_col, language_col)
    languages = other_languages(language_col, language)
    if scheduler is not None:
        from relradar import cli_cluster
        from relradar.pipeline import AnalysisOptions

        customers = cli_cluster.customers(scheduler, files, lex, options,
                                          AnalysisOptions(other_languages=languages),
                                          partitions)
    else:
        customers = run_analysis(files, lex, options, 0, True, languages=languages).customers
    report = evaluate(customers, truth)
    failures = threshold_failures(report, min_accuracy, min_macro_f1)
    if junit is not None:
        with output_stream(junit) as handle:
            handle.write(junit_xml(report, failures))
    if fmt is Format.json:
        import json

        json.dump({**report.to_dict(), "failures": failures}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        from relradar.render import make_console, render_check

        render_check(report, make_console(sys.stdout))
    for failure in failures:
        err(f"check failed: {failure}")
    if failures:
        raise typer.Exit(int(ExitCode.CHECK_FAILED))


# ---------------------------------------------------------------- explain

@app.command()
@cli_errors
def explain(
    files: Annotated[list[str], typer.Argument(help="CSV or JSONL exports.",
                                               show_default=False)],
    customer: Annotated[str, typer.Option("--customer", "-c", help="Customer id to explain.",
                                          show_default=False)],
    brand: Annotated[str | None, typer.Option(help="Only this brand's messages (with "
                                              "--brand-col).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")
                   ] = Format.table,
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
) -> None:
    """Why this customer got this type: messages, matched terms, modifiers, scores, rules."""
    from relradar.explain import explain_customer

    if fmt not in (Format.table, Format.json):
        raise UsageError("explain prints --format table or json")
    if brand is not None and brand_col is None:
        brand_col = "brand"
    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types)
    options = reader_options(id_col, text_col, time_col, role_col, customer_role, brand_col,
                             encoding, False, "auto")
    explanation = explain_customer(files, customer, brand, lex, options)
    if fmt is Format.json:
        import json

        json.dump(explanation.to_dict(lex), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from relradar.render import make_console, render_explain

        render_explain(explanation, lex, make_console(sys.stdout))


from relradar import cli_lexicon  # noqa: E402,F401  (registers the lexicon commands)


def main() -> None:
    """Console-script entry point."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # `relradar ... | head` ends quietly
    try:
        app()
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
