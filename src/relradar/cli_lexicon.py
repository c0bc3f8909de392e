"""CLI commands about lexicons: types, lexicon validate / show / suggest.

Registered on the app of `relradar.cli`, which imports this module.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from relradar.cli import (BrandColOpt, CustomerRoleOpt, EncodingOpt, Format, HashOpt, IdColOpt,
                          LabelColOpt, LabelsOpt, LanguageOpt, LexiconOpt, NoDefaultOpt,
                          RedactOpt, RoleColOpt, SaltOpt, TextColOpt, app, cli_errors, err,
                          get_lexicon, lexicon_app, output_stream, privacy_options, read_truth,
                          reader_options)
from relradar.errors import ExitCode, UsageError

@app.command("types")
@cli_errors
def types_command(
    lexicon: LexiconOpt = None,
    no_default_lexicon: NoDefaultOpt = False,
    language: LanguageOpt = "en",
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """List the relationship types: rules, dimensions and strategies."""
    from relradar.lexicon_views import render_types

    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types=False)
    render_types(lex, fmt.value, sys.stdout)


@lexicon_app.command("validate")
@cli_errors
def lexicon_validate(
    paths: Annotated[list[Path], typer.Argument(help="Lexicon YAML files.",
                                                show_default=False)],
    standalone: Annotated[bool, typer.Option("--standalone", help="Validate the files alone, "
                                             "not merged on top of the default lexicon.")
                          ] = False,
) -> None:
    """Report every problem in lexicon files with file:line; exit 3 if any."""
    from relradar.lexicon import validate_paths

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
    type_id: Annotated[str | None, typer.Option("--type", help="Show one type.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Show the merged lexicon: types with their signals, rules and terms."""
    from relradar.lexicon_views import render_lexicon

    lex = get_lexicon(lexicon, no_default_lexicon, language, optional_types=False)
    render_lexicon(lex, type_id, fmt.value, sys.stdout)


@lexicon_app.command("suggest")
@cli_errors
def lexicon_suggest(
    files: Annotated[list[str], typer.Argument(help="Labelled CSV or JSONL exports.",
                                               show_default=False)],
    label_col: LabelColOpt = None,
    labels: LabelsOpt = None,
    top: Annotated[int, typer.Option(help="Candidates per type.")] = 15,
    min_count: Annotated[int, typer.Option(help="Messages a candidate must appear in.")] = 3,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the YAML here.")
                      ] = None,
    lexicon: LexiconOpt = None,
    no_default_lexicon: NoDefaultOpt = False,
    language: LanguageOpt = "en",
    id_col: IdColOpt = None,
    text_col: TextColOpt = None,
    role_col: RoleColOpt = None,
    customer_role: CustomerRoleOpt = None,
    brand_col: BrandColOpt = None,
    encoding: EncodingOpt = "utf-8",
    redact: RedactOpt = False,
    hash_ids: HashOpt = False,
    salt: SaltOpt = None,
) -> None:
    """Candidate terms per type from a labelled corpus, as YAML ready to merge.

    Example snippets are always masked (the file is meant to be committed); --redact also
    masks the texts before n-grams are counted. The YAML holds no customer ids."""
    from relradar.matching import build_matcher
    from relradar.readers import ReadStats, read_messages
    from relradar.suggest import suggest, to_yaml
    from relradar.text import CleanOptions

    privacy = privacy_options(redact, hash_ids, salt)
    truth = read_truth(label_col, labels, brand_col)
    if top < 1 or min_count < 1:
        raise UsageError("--top and --min-count must be at least 1")
    lex = get_lexicon(lexicon, no_default_lexicon, language)
    options = reader_options(id_col, text_col, None, role_col, customer_role, brand_col,
                             encoding, False, "auto", label_col)
    stats = ReadStats()
    matcher = build_matcher(lex, CleanOptions(pii=privacy.redact))
    candidates = suggest(read_messages(files, options, stats), truth, matcher, lex,
                         top=top, min_count=min_count)
    with output_stream(output) as out:
        out.write(to_yaml(candidates, lex, ", ".join(files)))
    err(f"{stats.rows_used} messages read; {len(candidates)} candidate terms for "
        f"{len({c.type for c in candidates})} types")


