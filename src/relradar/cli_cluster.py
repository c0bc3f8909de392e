"""--scheduler: the classify, trends and check commands run on a Dask cluster.

Option checks and rendering only; `relradar.engines.dask` decides where the stages run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from relradar.errors import UsageError

PART_FILE_RE = re.compile(r"part-\d{5}\.(jsonl|csv|parquet)$")


def check_scheduler_options(scheduler: str | None, jobs: int, partitions: int) -> None:
    """Conflicting options fail before any work."""
    if scheduler is None:
        if partitions:
            raise UsageError("--partitions needs --scheduler")
        return
    from relradar.engines.dask import parse_scheduler

    parse_scheduler(scheduler)
    if jobs:
        raise UsageError("--jobs and --scheduler cannot be combined",
                         "the cluster's workers are the jobs")
    if partitions < 0:
        raise UsageError("--partitions must be 0 (automatic) or more")


def output_directory(output: Path | None, fmt: str) -> str | None:
    """--output DIR (an existing folder) gets one part file per partition; --format parquet
    always writes parts (creating the folder)."""
    if output is None or str(output) == "-":
        if fmt == "parquet":
            raise UsageError("--format parquet writes part files", "add --output DIR")
        return None
    if not (output.is_dir() or fmt == "parquet"):
        return None
    if fmt not in ("jsonl", "csv", "parquet"):
        raise UsageError(f"--output {output} is a folder: parts are written as jsonl, csv or "
                         f"parquet, not {fmt}", "add --format jsonl (or csv, parquet)")
    output.mkdir(parents=True, exist_ok=True)
    for stale in output.iterdir():          # parts of an earlier run would mix with these
        if PART_FILE_RE.fullmatch(stale.name):
            stale.unlink()
    return str(output.resolve())


def classify(scheduler: str, files: list[str], lexicon: Any, options: Any,
             analysis_options: Any, fmt: str, output: Path | None, limit: int,
             events: list[Any], privacy: tuple[bool, str | None], partitions: int) -> Any:
    """Classify on the cluster and render exactly what one machine would; returns the summary."""
    from relradar import cli, render
    from relradar.cli_options import Format
    from relradar.cli_output import output_stream
    from relradar.engines import dask as engine
    from relradar.portfolio import summary_of

    directory = output_directory(output, fmt)
    run: dict[str, Any] = dict(redact=privacy[0], salt=privacy[1], fmt=fmt,
                               events=tuple(events), partitions=partitions or None)
    with engine.connect(scheduler) as client:
        if directory is not None:
            result = engine.analyze(client, files, lexicon, options, analysis_options,
                                    output_dir=directory, **run)
        elif fmt in ("jsonl", "csv"):
            with output_stream(output) as out:
                if fmt == "csv":
                    out.write(",".join(render.CSV_COLUMNS) + "\n")
                result = engine.analyze(client, files, lexicon, options, analysis_options,
                                        sink=out.write, **run)
        else:
            result = engine.analyze(client, files, lexicon, options, analysis_options,
                                    gather=True, **run)
            from relradar.privacy import Privacy

            reports = [event_report(e, result, Privacy(redact=privacy[0], salt=privacy[1]))
                       for e in events]
            cli.emit(ClusterResult(result), Format(fmt), output, cli.TableChoice(limit=limit),
                     reports, (False, None), [])
    return summary_of(result.tally, result.stats.to_dict(), result.messages_with_signals), \
        result.stats


class ClusterResult:
    """The face `cli.emit` expects of an analysis (customers already protected)."""

    def __init__(self, result: Any) -> None:
        self.lexicon = result.lexicon
        self.stats = result.stats
        self.messages_with_signals = result.messages_with_signals
        self._customers = result.customers

    def iter_customers(self) -> Any:
        return iter(self._customers)


def event_report(event: Any, result: Any, privacy: Any = None) -> dict[str, Any]:
    from relradar.privacy import Privacy
    from relradar.trends import event_report_of

    windows = result.windows.get(event.name, {})
    return event_report_of(event, windows.get("before", {}), windows.get("after", {}),
                           privacy or Privacy())


def trends(scheduler: str, files: list[str], lexicon: Any, options: Any,
           analysis_options: Any, every: str, events: list[Any], partitions: int,
           privacy: Any = None) -> tuple[dict[str, Any], list[Any], Any]:
    """The trend report (and event reports) from the partitions' merged windows."""
    from relradar.engines import dask as engine
    from relradar.privacy import Privacy
    from relradar.trends import trend_report_of

    privacy = privacy or Privacy()
    with engine.connect(scheduler) as client:
        result = engine.analyze(client, files, lexicon, options, analysis_options,
                                every=every, events=tuple(events),
                                partitions=partitions or None)
    report = trend_report_of(result.windows.get("periods", {}), result.untimed, privacy)
    return report, [event_report(e, result, privacy) for e in events], result.stats


def customers(scheduler: str, files: list[str], lexicon: Any, options: Any,
              analysis_options: Any, partitions: int) -> list[Any]:
    """Every customer's result, in (brand, id) order (for check)."""
    from relradar.engines import dask as engine

    with engine.connect(scheduler) as client:
        return engine.analyze(client, files, lexicon, options, analysis_options, gather=True,
                              partitions=partitions or None).customers
