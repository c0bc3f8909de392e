"""The options every command that reads a corpus shares, declared once.

`corpus_command` adds the same corpus options (input files, lexicons, columns, encoding, privacy,
output, format) to classify, explain, trends, check, report and lexicon suggest, and hands the
command one `CorpusOptions`; so a flag cannot exist on one command and be missing on another,
and explain reads a customer exactly as classify does. Every command module imports this one;
it imports no command module (no cycle).
"""

from __future__ import annotations

import errno
import functools
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperArgument

from relradar.errors import ExitCode, RelradarError, Terminated, UsageError

STATE: dict[str, Any] = {"debug": False}


def _argument_display_type(self: TyperArgument, ctx: Any) -> str | None:
    """Typer prints an argument's Python type (`FILE <list[str]>`); a metavar says enough."""
    return None if self.metavar else TyperArgument.display_type(self, ctx)


TyperArgument.display_type_rich = _argument_display_type  # type: ignore[method-assign]
F = TypeVar("F", bound=Callable[..., Any])
INPUT_FORMATS = ("auto", "csv", "jsonl", "xlsx", "parquet", "mbox", "eml")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"
    yaml = "yaml"
    parquet = "parquet"     # classify: part files, with --scheduler and --output DIR


class TableOrJson(str, Enum):
    """--format of the commands that print a table for people or one JSON document."""

    table = "table"
    json = "json"


def err(message: str) -> None:
    """One line on stderr, made inert (file names, header names and ids can hold escapes);
    with --redact, masked like every other output."""
    from relradar.render import inert_line

    if STATE.get("redact"):
        from relradar.privacy import redact_text

        message = redact_text(message)
    try:
        sys.stderr.write(f"relradar: {inert_line(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass            # stderr closed or full: nothing left to tell


def report_reading(stats: Any) -> None:
    """The reading's warnings, and its first skipped rows with --debug (stderr)."""
    for warning in stats.warnings:
        err(f"warning: {warning}")
    if stats.first_skips and STATE["debug"]:
        for line in stats.first_skips:
            err(f"skipped {line}")


def cli_errors(func: F) -> F:
    """One place where core errors become a line on stderr and a documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            try:
                result = func(*args, **kwargs)
            except typer.Exit:
                sys.stdout.flush()      # check's exit 3 too: a full stdout is still one line
                raise
            sys.stdout.flush()          # a full disk or /dev/full shows here, not at exit
            return result
        except RelradarError as exc:
            if STATE["debug"]:
                raise
            err(f"error: {exc}")
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt as exc:
            terminated = isinstance(exc, Terminated)
            err("terminated" if terminated else "interrupted")
            raise typer.Exit(int(ExitCode.TERMINATED if terminated
                                 else ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            _quiet_pipe()
            raise typer.Exit(0) from None
        except OSError as exc:
            if STATE["debug"]:
                raise
            _quiet_pipe()               # what is still buffered for stdout cannot be written
            if exc.errno == errno.EBADF and not exc.filename:
                from relradar.cli_output import closed_stdout

                err(f"error: {closed_stdout()}")
                raise typer.Exit(int(ExitCode.ERROR)) from None
            where = f" {exc.filename}" if exc.filename else " to stdout"
            err(f"error: cannot write{where} ({exc.strerror or exc}); check the disk and the "
                "output path")
            raise typer.Exit(int(ExitCode.ERROR)) from None

    return wrapper  # type: ignore[return-value]


def _quiet_pipe() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# ---------------------------------------------------------------- option declarations

LexiconOpt = Annotated[list[Path] | None, typer.Option(
    "--lexicon", "-l", metavar="PATH",
    help="Extra lexicon YAML merged on top of the default (repeatable).")]
NoDefaultOpt = Annotated[bool, typer.Option(
    "--no-default-lexicon", help="Use only the --lexicon files.")]
LanguageOpt = Annotated[str, typer.Option(
    "--language", metavar="CODE", help="Language of the default lexicon (en, es).")]
LabelColOpt = Annotated[str | None, typer.Option(
    "--label-col", metavar="COL", help="Column holding each row's true type.")]
LabelsOpt = Annotated[Path | None, typer.Option(
    "--labels", metavar="PATH", help="CSV of customer_id,[brand,]type instead of a label "
                                     "column.")]
LabelMapOpt = Annotated[list[str] | None, typer.Option(
    "--label-map", metavar="FROM=TO", help="A corpus label and the type id it means "
                                           "(repeatable), e.g. loyal=marriage_partners.")]
EventOpt = Annotated[list[str] | None, typer.Option(
    "--event", metavar="DATE:NAME", help="A company action (repeatable): portfolio before "
                                         "and after, and who shifted.")]
OptionalTypesOpt = Annotated[bool, typer.Option(
    "--optional-types", help="Also consider the optional types (courtship, rebound, ...).")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", metavar="ADDRESS|local[:N]",
    help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or local[:N] for a "
         "LocalCluster of N workers (needs relradar[dask]). --output DIR (a folder) then gets "
         "one part file per partition.")]
PartitionsOpt = Annotated[int, typer.Option(
    "--partitions", metavar="N",
    help="With --scheduler: customer partitions after the shuffle (0 = one per input file "
         "or Parquet row group).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")]


def _option(annotation: Any, default: Any, *names: str, **kwargs: Any) -> inspect.Parameter:
    """One shared parameter as typer reads it from a signature."""
    return inspect.Parameter(names[0].lstrip("-").replace("-", "_"),
                             inspect.Parameter.KEYWORD_ONLY, default=default,
                             annotation=Annotated[annotation, typer.Option(*names, **kwargs)])


def shared_parameters(formats: tuple[str, ...], default_format: str,
                       files_help: str) -> list[inspect.Parameter]:
    format_enum = Enum("OutputFormat", {f: f for f in formats}, type=str)  # type: ignore[misc]
    return [
        inspect.Parameter("files", inspect.Parameter.KEYWORD_ONLY, default=None,
                          annotation=Annotated[list[str] | None, typer.Argument(
                              metavar="FILE", help=files_help, show_default=False)]),
        _option(format_enum, default_format, "--format", "-f",
                help=f"Output format: {', '.join(formats)} (default: from the --output "
                     f"file's extension, else {default_format})."
                     + (" parquet: part files, with --scheduler and --output DIR."
                        if "parquet" in formats else "")),
        _option(Path | None, None, "--output", "-o", metavar="PATH",
                help="Write to this file (atomically) instead of stdout."),
        _option(list[Path] | None, None, "--lexicon", "-l", metavar="PATH",
                help="Extra lexicon YAML merged on top of the default (repeatable)."),
        _option(bool, False, "--no-default-lexicon", help="Use only the --lexicon files."),
        _option(str, "en", "--language", metavar="CODE",
                help="Language of the default lexicon (en, es)."),
        _option(str | None, None, "--language-col", metavar="COL",
                help="Column with each row's language (en, es, ...): rows are scored with "
                     "that language's bundled lexicon; others use --language."),
        _option(bool, False, "--optional-types",
                help="Also consider the optional types (courtship, rebound, ...)."),
        _option(str | None, None, "--id-col", metavar="COL",
                help="Customer id column (a dotted path such as customer.id for JSONL)."),
        _option(str | None, None, "--text-col", metavar="COL",
                help="Message text column; several joined with commas (subject,body)."),
        _option(str | None, None, "--time-col", metavar="COL", help="Timestamp column."),
        _option(bool, False, "--day-first",
                help="Read slash dates day first (05/01/2024 is 5 January); without it they "
                     "are month first (May 1). A date that fits one order only (31/12/2024, "
                     "12/31/2024) is read that way regardless."),
        _option(str | None, None, "--role-col", metavar="COL",
                help="Column telling who wrote the row; only customer rows are scored."),
        _option(str | None, None, "--customer-role", metavar="VALUES",
                help="Role value(s) meaning 'customer', comma-separated [default: customer, "
                     "client, user, consumer, inbound, ...]."),
        _option(str | None, None, "--brand-col", metavar="COL",
                help="Brand column: the unit becomes the (customer, brand) pair."),
        _option(str, "utf-8", "--encoding", metavar="CODEC", help="Input encoding."),
        _option(str, "strict", "--encoding-errors", metavar="strict|replace",
                help="replace: bytes that do not decode become U+FFFD and the rows touched "
                     "are counted, instead of stopping the run."),
        _option(str | None, None, "--explode", metavar="PATH",
                help="JSONL conversations: one row per element of the list at PATH (e.g. "
                     "conversation_parts); the conversation's fields stay readable."),
        _option(str, "auto", "--input-format", metavar="FORMAT",
                help=f"Input format: {', '.join(INPUT_FORMATS)} (auto: from the file name "
                     "and first bytes)."),
        _option(bool, False, "--strict", help="Any malformed row is an error."),
        _option(int, 0, "--jobs", "-j", metavar="N",
                help="Worker processes; 0 = one per core for inputs over 20 MB, else 1 (at "
                     "most 4 per core)."),
        _option(bool, False, "--redact",
                help="Mask e-mail addresses, IBANs, phone and card numbers and @handles in "
                     "every output: excerpts, texts, ids, sources and error lines."),
        _option(bool, False, "--hash-ids",
                help="Replace customer ids with salted hashes (needs --salt or "
                     "RELRADAR_SALT)."),
        _option(str | None, None, "--salt", metavar="TEXT", envvar="RELRADAR_SALT",
                show_envvar=True, help="Salt for --hash-ids."),
        _option(bool, False, "--quiet", "-q", help="No summary on stderr."),
        _option(bool, False, "--debug", help="Show tracebacks and customer text in errors "
                                             "(as relradar --debug)."),
        _option(Path | None, None, "--config", metavar="PATH", envvar="RELRADAR_CONFIG",
                show_envvar=True, help="Project file to use [default: relradar.toml, or "
                                       "[tool.relradar] in pyproject.toml, searched from the "
                                       "working directory upward]."),
        _option(bool, False, "--no-config", help="Ignore any project file."),
    ]


SHARED_NAMES = frozenset(p.name for p in shared_parameters(("table",), "table", ""))


@dataclass(frozen=True)
class CorpusOptions:
    """What the shared corpus flags say, after checks; turns them into core options."""

    files: list[str]
    format: Format
    output: Path | None = None
    lexicon: list[Path] = field(default_factory=list)
    no_default_lexicon: bool = False
    language: str = "en"
    language_col: str | None = None
    optional_types: bool = False
    id_col: str | None = None
    text_col: str | None = None
    time_col: str | None = None
    day_first: bool = False
    role_col: str | None = None
    customer_role: str | None = None
    brand_col: str | None = None
    encoding: str = "utf-8"
    encoding_errors: str = "strict"
    explode: str | None = None
    input_format: str = "auto"
    strict: bool = False
    jobs: int = 0
    redact: bool = False
    hash_ids: bool = False
    salt: str | None = None
    quiet: bool = False
    debug: bool = False
    scoring: dict[str, float] = field(default_factory=dict)     # from the project file
    sources: dict[str, str] = field(default_factory=dict)       # setting -> where it came from

    @property
    def salt_value(self) -> str | None:
        """The salt when ids are to be hashed, else None."""
        return self.salt if self.hash_ids else None

    def load_lexicon(self) -> Any:
        lexicon = get_lexicon(self.lexicon, self.no_default_lexicon, self.language,
                              self.optional_types)
        lexicon.scoring.update(self.scoring)
        return lexicon

    def reader_options(self, label_col: str | None = None) -> Any:
        from relradar.readers import DEFAULT_CUSTOMER_ROLES, ReaderOptions

        roles = tuple(r.strip() for r in self.customer_role.split(",") if r.strip()) \
            if self.customer_role else DEFAULT_CUSTOMER_ROLES
        return ReaderOptions(id_col=self.id_col, text_col=self.text_col,
                             time_col=self.time_col, role_col=self.role_col,
                             brand_col=self.brand_col, label_col=label_col,
                             language_col=self.language_col, customer_roles=roles,
                             encoding=self.encoding, strict=self.strict,
                             input_format=self.input_format,
                             encoding_errors=self.encoding_errors, explode=self.explode,
                             day_first=self.day_first)

    def analysis_options(self, fast_path: bool = True) -> Any:
        """How to match: the same for classify, explain, trends and check."""
        from relradar.pipeline import AnalysisOptions, default_jobs
        from relradar.text import CleanOptions

        return AnalysisOptions(jobs=self.jobs if self.jobs > 0 else default_jobs(self.files),
                               fast_path=fast_path, other_languages=self.other_languages(),
                               clean=CleanOptions(pii=self.redact))

    def other_languages(self) -> dict[str, Any]:
        """The bundled lexicons of the other languages, for --language-col."""
        from relradar.lexicon import bundled_languages, load_lexicon

        if self.language_col is None:
            return {}
        lexicons = {code: load_lexicon(language=code) for code in bundled_languages()
                    if code != self.language}
        for lexicon in lexicons.values():
            lexicon.scoring.update(self.scoring)
        return lexicons


def read_truth(label_col: str | None, labels: Path | None, brand_col: str | None,
               conflicts: dict[Any, Any] | None = None
               ) -> dict[tuple[str, str | None], str] | None:
    """Labels from a --labels file (read before any work), or None for --label-col."""
    from relradar.evaluation import read_labels

    if (label_col is None) == (labels is None):
        raise UsageError("give exactly one of --label-col and --labels")
    return read_labels(labels, with_brand=brand_col is not None, conflicts=conflicts) \
        if labels else None


def get_lexicon(lexicon: list[Path] | None, no_default: bool, language: str = "en",
                optional_types: bool = False) -> Any:
    from relradar.lexicon import bundled_languages, load_lexicon

    known = bundled_languages()
    if not no_default and known and language not in known:
        from relradar.hints import did_you_mean

        raise UsageError(f"--language {language!r} has no bundled lexicon"
                         f"{did_you_mean(language, known)}",
                         f"use one of {', '.join(known)}, or --no-default-lexicon with "
                         "--lexicon")

    return load_lexicon(list(lexicon or []), use_default=not no_default, language=language,
                        enable_optional=optional_types)


def build_corpus(values: dict[str, Any], formats: tuple[str, ...], default_format: str,
                 sources: dict[str, str], scoring: dict[str, float]) -> CorpusOptions:
    """Check the shared flags together (conflicts fail before any work)."""
    from relradar.cli_output import format_for_output, refuse_overwriting_inputs

    values.pop("config")
    values.pop("no_config")
    if values.pop("debug"):
        STATE["debug"] = True
    STATE["redact"] = bool(values.get("redact"))     # error lines are masked too
    files = list(values.pop("files") or [])
    if not files:
        raise UsageError("no input files", "give one or more export files, or - for stdin")
    if values["input_format"] not in INPUT_FORMATS:
        raise UsageError(f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not "
                         f"{values['input_format']!r}")
    if values["encoding_errors"] not in ("strict", "replace"):
        raise UsageError(f"--encoding-errors must be strict or replace, not "
                         f"{values['encoding_errors']!r}")
    if values["jobs"] < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    from relradar.pipeline import MAX_JOBS_PER_CORE, cores

    here = cores()
    most = MAX_JOBS_PER_CORE * here
    if values["jobs"] > most:
        err(f"warning: --jobs {values['jobs']} is more than {MAX_JOBS_PER_CORE} workers per core "
            f"({here} here); using {most}")
        values["jobs"] = most
    if values["hash_ids"] and not values["salt"]:
        raise UsageError("--hash-ids needs a salt", "pass --salt or set RELRADAR_SALT")
    if values["salt"] and not values["hash_ids"] and sources.get("salt") == "command line":
        # a salt in the environment or a project file waits for --hash-ids; one given here
        # says the user means to pseudonymise, and raw ids would go out
        raise UsageError("--salt has no effect without --hash-ids: ids would be written as "
                         "they are", "add --hash-ids to replace ids with salted hashes")
    fmt = values.pop("format")
    fmt = format_for_output(values["output"],
                            fmt.value if sources.get("format") != "default" else None,
                            formats, default_format)
    values["lexicon"] = list(values["lexicon"] or [])
    refuse_overwriting_inputs(values["output"], [*files, *values["lexicon"]])
    return CorpusOptions(files=files, format=Format(fmt), scoring=scoring, sources=sources,
                         **values)


def corpus_command(formats: tuple[str, ...] = ("table", "json"), default_format: str = "table",
                   files_help: str = "Exports: CSV, JSONL, Excel, Parquet, mbox, eml (.gz "
                                     "too); - for stdin.",
                   section: str | None = None) -> Callable[[F], F]:
    """Give a command the shared corpus options; it receives them as `corpus: CorpusOptions`.

    Options not given on the command line come from the project file: the command's own
    `[section]` (default: the function's name), then its general settings. Use under
    `@app.command()`; errors in the options become one line and an exit code, like any other
    `RelradarError` (the wrapper is inside `cli_errors`).
    """

    def decorate(func: F) -> F:
        own = inspect.signature(func, eval_str=True)
        params = [p for p in own.parameters.values() if p.name != "corpus"]
        shared = shared_parameters(formats, default_format, files_help)
        clash = {p.name for p in params} & {p.name for p in shared}
        if clash:
            raise TypeError(f"{func.__name__} redeclares shared options {sorted(clash)}")

        table = section or func.__name__
        by_name = {p.name: p for p in params + shared}

        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            ctx = kwargs.pop("_ctx")
            if kwargs["debug"]:
                STATE["debug"] = True
            from relradar.cli_project import apply_project, project_file

            project = project_file(kwargs["config"], kwargs["no_config"])
            sources = apply_project(ctx, project, table, by_name, kwargs)
            values = {name: kwargs.pop(name) for name in SHARED_NAMES}
            scoring = project.scoring_overrides() if project is not None else {}
            corpus = build_corpus(values, formats, default_format, sources, scoring)
            return func(corpus=corpus, **kwargs)

        context = inspect.Parameter("_ctx", inspect.Parameter.KEYWORD_ONLY,
                                    annotation=typer.Context)
        new_params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in params] + shared \
            + [context]
        wrapper.__signature__ = own.replace(parameters=new_params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in new_params}
        del wrapper.__wrapped__      # typer must read the new signature, not the original
        return cli_errors(wrapper)  # type: ignore[return-value]

    return decorate
