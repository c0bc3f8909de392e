"""The Dask engine: decides where the stages run, nothing else.

read+match one task per input piece -> shuffle by (customer, brand) -> score one task per
partition -> per-partition outputs and small reductions (counts, portfolio, rule breaks,
trends). The client receives reductions and, only when asked to print them, results; it never
holds customer states. The stages themselves are the plain functions in `partitions`.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from relradar.engines import partitions as P
from relradar.errors import RelradarError, UsageError
from relradar.lexicon import Lexicon
from relradar.models import CustomerResult
from relradar.pipeline import AnalysisOptions
from relradar.portfolio import Tally
from relradar.readers import ReaderOptions, ReadStats

INSTALL_HINT = "install the extra: pip install 'relradar[dask]'"


def _import_distributed() -> Any:
    try:
        import dask.dataframe  # noqa: F401
        import distributed
    except ImportError as exc:
        raise UsageError(f"--scheduler needs Dask ({exc.name} is not installed)",
                         INSTALL_HINT) from None
    return distributed


def parse_scheduler(text: str) -> tuple[str, int | None]:
    """'local' / 'local:N' -> ("local", N or None); anything else is a scheduler address."""
    if text == "local" or text.startswith("local:"):
        _, _, count = text.partition(":")
        if count and (not count.isdigit() or int(count) < 1):
            raise UsageError(f"--scheduler {text!r}: N in local:N must be a positive number")
        return "local", int(count) if count else None
    if not text.strip():
        raise UsageError("--scheduler needs an address (tcp://host:8786) or local[:N]")
    return text, None


@contextmanager
def connect(scheduler: str) -> Iterator[Any]:
    """A Client on a scheduler address, or on a LocalCluster started (and stopped) here."""
    distributed = _import_distributed()
    import dask

    where, workers = parse_scheduler(scheduler)
    if where == "local":
        import logging
        import os

        # The scheduler logs each p2p shuffle at WARNING and a worker logs a failed task with
        # its traceback: the user gets the one error line instead.
        logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)

        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count() or 1
        with distributed.LocalCluster(n_workers=workers or cores, threads_per_worker=1,
                                      processes=True, dashboard_address=None,
                                      silence_logs=logging.CRITICAL) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    timeout = dask.config.get("distributed.comm.timeouts.connect")
    try:
        client = distributed.Client(where, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise RelradarError(f"cannot reach the Dask scheduler at {where} ({exc})",
                            "start one with `dask scheduler` and workers with `dask worker "
                            "ADDRESS`, or use --scheduler local") from None
    with client:
        yield client


@contextmanager
def task_errors() -> Iterator[None]:
    """A failed task is one RelradarError: the worker's own one (bad input), else a summary."""
    try:
        yield
    except RelradarError:
        raise
    except ModuleNotFoundError as exc:
        raise RelradarError(f"a Dask worker cannot import {exc.name}",
                            "install relradar (with the dask extra) on every worker") from None
    except Exception as exc:
        name = type(exc).__name__
        raise RelradarError(f"a Dask task failed: {name}: {exc}",
                            "rerun with --debug for the traceback") from exc


# ---------------------------------------------------------------- the graph

@dataclass
class ClusterAnalysis:
    """What the client gets back: counts and reductions; customers only when gathered."""

    lexicon: Lexicon
    stats: ReadStats
    tally: Tally
    messages_with_signals: int
    customers: list[CustomerResult] = field(default_factory=list)
    windows: dict[str, dict[str, dict[P.Key, P.WindowResult]]] = field(default_factory=dict)
    untimed: int = 0
    written: list[str] = field(default_factory=list)


def build(client: Any, paths: list[str], reader_options: ReaderOptions, shared: P.Shared,
          partitions: int | None = None) -> tuple[list[Any], Any, Any]:
    """Delayed scored partitions, the merged read counts and the messages with signals."""
    import dask
    import dask.dataframe as dd

    from relradar.engines.pieces import plan_pieces

    pieces = plan_pieces(paths)
    if not pieces:
        raise UsageError("no input files")
    shared_future = client.scatter(shared, broadcast=True, hash=True)
    read = dask.delayed(P.read_and_match, nout=2)
    tasks = [read(piece, reader_options, shared_future) for piece in pieces]
    frames = [dask.delayed(operator.getitem)(t, 0) for t in tasks]
    messages = dd.from_delayed(frames, meta=P.MESSAGE_META, verify_meta=False)
    shuffled = messages.shuffle(on=["customer_id", "brand"],
                                npartitions=partitions or len(pieces))
    score = dask.delayed(P.score_part)
    parts = [score(frame, shared_future) for frame in shuffled.to_delayed()]
    counts = [dask.delayed(P.part_counts, nout=2)(p) for p in parts]
    stats = dask.delayed(P.merge_stats)([t[1] for t in tasks] + [c[0] for c in counts])
    with_signals = dask.delayed(sum)([c[1] for c in counts])
    return parts, stats, with_signals


def analyze(client: Any, paths: list[str], lexicon: Lexicon, reader_options: ReaderOptions,
            options: AnalysisOptions, *, redact: bool = False, salt: str | None = None,
            gather: bool = False, output_dir: str | None = None, fmt: str = "jsonl",
            every: str | None = None, events: tuple[Any, ...] = (),
            partitions: int | None = None, sink: Any = None) -> ClusterAnalysis:
    """Run the whole classification on the cluster.

    `gather`: bring the customers back, in (brand, id) order (tables, JSON, check).
    `output_dir`: each partition writes its own part file there (fmt jsonl, csv, parquet).
    `sink(text)`: receives each partition's JSONL/CSV text in turn (streaming to stdout).
    """
    import dask

    shared = P.make_shared(lexicon, options, redact=redact, salt=salt, every=every,
                           events=tuple(events))
    with task_errors():
        parts, stats, with_signals = build(client, paths, reader_options, shared, partitions)
        tally = dask.delayed(P.merge_tallies)([dask.delayed(P.part_tally)(p) for p in parts])
        wanted: dict[str, Any] = {"stats": stats, "with_signals": with_signals, "tally": tally}
        if gather:
            wanted["customers"] = [dask.delayed(P.part_customers)(p) for p in parts]
        if output_dir is not None:
            wanted["written"] = [dask.delayed(P.write_part)(p, output_dir, i, fmt)
                                 for i, p in enumerate(parts)]
        if shared.windows:
            wanted["windows"] = [dask.delayed(_part_windows)(p) for p in parts]
        futures = client.compute(dask.delayed(dict)(wanted))
        texts = client.compute([dask.delayed(P.part_text)(p, fmt) for p in parts]) \
            if sink is not None else []
        for future in texts:            # in partition order; each text released once written
            sink(future.result())
            future.release()
        done = futures.result()
    result = ClusterAnalysis(lexicon=lexicon, stats=done["stats"], tally=done["tally"],
                             messages_with_signals=done["with_signals"],
                             written=done.get("written", []))
    if gather:
        keyed = [item for part in done["customers"] for item in part]
        keyed.sort(key=lambda item: item[0])
        result.customers = [customer for _, customer in keyed]
    for part_windows, untimed in done.get("windows", []):
        result.untimed += untimed
        for group, by_window in part_windows.items():
            mine = result.windows.setdefault(group, {})
            for window, results in by_window.items():
                mine.setdefault(window, {}).update(results)
    return result


def _part_windows(part: P.Part) -> tuple[dict[str, Any], int]:
    return part.windows, part.untimed
