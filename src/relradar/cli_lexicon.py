"""CLI commands about lexicons: types, lexicon validate / show / suggest.

`relradar.cli` registers `types_command` and `lexicon_app` on its app; this module imports
only `relradar.cli_options` (no cycle).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from relradar.cli_options import (CorpusOptions, LabelColOpt, LabelsOpt, LanguageOpt,
                                  LexiconOpt, NoDefaultOpt, TableOrJson, cli_errors,
                                  corpus_command, err, get_lexicon, read_truth,
                                  report_reading)
from relradar.cli_output import output_stream
from relradar.errors import ExitCode, UsageError

lexicon_app = typer.Typer(help="Validate and inspect lexicons.", no_args_is_help=True)
FormatOpt = Annotated[TableOrJson, typer.Option("--format", "-f", help="table or json.")]


@cli_errors
def types_command(
    lexicon: LexiconOpt = None,
    no_default_lexicon: NoDefaultOpt = False,
    language: LanguageOpt = "en",
    fmt: FormatOpt = TableOrJson.table,
) -> None:
    """List the relationship types: rules, dimensions and strategies."""
    from relradar.lexicon_views import render_types

    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types=False)
    render_types(lex, fmt.value, sys.stdout)


@lexicon_app.command("validate")
@cli_errors
def lexicon_validate(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help="Lexicon YAML files.",
                                                show_default=False)],
    standalone: Annotated[bool, typer.Option("--standalone", help="Validate the files alone, "
                                             "not merged on top of the default lexicon.")
                          ] = False,
) -> None:
    """Report every problem in lexicon files with file:line; exit 3 if any."""
    from relradar.errors import InputError
    from relradar.lexicon import validate_paths

    from relradar.readers import why_missing

    for path in paths:                  # a file that is not there is bad input (exit 1)
        if path.is_dir() or not path.exists():   # a device or a FIFO is read (and limited)
            raise InputError(f"{path}: {'is a directory' if path.is_dir() else why_missing(path)}",
                             "give the lexicon YAML file's path")
    problems = validate_paths(list(paths), with_default=not standalone)
    from relradar.render import inert_line

    for problem in problems:
        sys.stdout.write(inert_line(problem) + "\n")
    if problems:
        err(f"{len(problems)} problem(s) found")
        raise typer.Exit(int(ExitCode.CHECK_FAILED))
    err(f"ok: {', '.join(str(p) for p in paths)}")


@lexicon_app.command("show")
@cli_errors
def lexicon_show(
    lexicon: LexiconOpt = None,
    no_default_lexicon: NoDefaultOpt = False,
    language: LanguageOpt = "en",
    type_id: Annotated[str | None, typer.Option("--type", metavar="ID", help="Show one type.")
                       ] = None,
    fmt: FormatOpt = TableOrJson.table,
) -> None:
    """Show the merged lexicon: types with their signals, rules and terms."""
    from relradar.lexicon_views import render_lexicon

    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types=False)
    render_lexicon(lex, type_id, fmt.value, sys.stdout)


@lexicon_app.command("suggest")
@corpus_command(formats=("yaml",), default_format="yaml", section="suggest",
                files_help="Labelled exports (CSV, JSONL, Excel, Parquet; .gz too); - for "
                           "stdin.")
def lexicon_suggest(
    corpus: CorpusOptions,
    label_col: LabelColOpt = None,
    labels: LabelsOpt = None,
    top: Annotated[int, typer.Option(metavar="N", help="Candidates per type.")] = 15,
    min_count: Annotated[int, typer.Option(metavar="N", help="Messages a candidate must "
                                           "appear in.")] = 3,
) -> None:
    """Candidate terms per type from a labelled corpus, as YAML ready to merge.

    Example snippets are always masked (the file is meant to be committed); --redact also
    masks the texts before n-grams are counted. The YAML holds no customer ids."""
    from relradar.matching import build_matcher
    from relradar.readers import ReadStats, read_messages
    from relradar.suggest import suggest, to_yaml

    truth = read_truth(label_col, labels, corpus.brand_col)
    if top < 1 or min_count < 1:
        raise UsageError("--top and --min-count must be at least 1")
    lex = corpus.load_lexicon()
    stats = ReadStats()
    matcher = build_matcher(lex, corpus.analysis_options().clean)
    candidates = suggest(read_messages(corpus.files, corpus.reader_options(label_col), stats),
                         truth, matcher, lex, top=top, min_count=min_count)
    with output_stream(corpus.output) as out:
        out.write(to_yaml(candidates, lex, ", ".join(corpus.files)))
    if not corpus.quiet:
        from relradar.render import rows_text

        report_reading(stats)
        err(f"{rows_text(stats.to_dict())}; {len(candidates)} candidate terms for "
            f"{len({c.type for c in candidates})} types")
