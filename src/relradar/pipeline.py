"""Reading, matching (in parallel when asked) and per-customer accumulation, end to end.

`analyze` is the library entry point: the CLI only parses options and renders its result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from relradar.lexicon import Lexicon
from relradar.matching import Hit, Matcher
from relradar.models import CustomerResult, Message
from relradar.readers import ReaderOptions, ReadStats, read_messages
from relradar.scoring import CustomerState, finish_customer
from relradar.text import CleanOptions

CHUNK = 2000
Key = tuple[str, str | None]


@dataclass(frozen=True)
class AnalysisOptions:
    jobs: int = 1
    fast_path: bool = True
    clean: CleanOptions = field(default_factory=CleanOptions)


@dataclass
class Analysis:
    customers: list[CustomerResult]
    stats: ReadStats
    lexicon: Lexicon
    messages_with_signals: int = 0


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


# ---------------------------------------------------------------- workers

_WORKER: Matcher | None = None


def _init_worker(lexicon: Lexicon, clean: CleanOptions, fast_path: bool) -> None:
    global _WORKER
    from relradar.matching import build_matcher

    _WORKER = build_matcher(lexicon, clean, fast_path)


def _match_chunk(texts: list[str]) -> list[tuple[str, list[Hit]]]:
    assert _WORKER is not None
    return [_compact(*_WORKER.match_text(t)) for t in texts]


def _compact(text: str, hits: list[Hit]) -> tuple[str, list[Hit]]:
    """Only texts with hits travel back: they are needed for evidence excerpts."""
    return (text, hits) if hits else ("", hits)


def _chunks(messages: Iterator[Message]) -> Iterator[list[Message]]:
    while True:
        chunk = list(islice(messages, CHUNK))
        if not chunk:
            return
        yield chunk


def match_stream(messages: Iterator[Message], lexicon: Lexicon, options: AnalysisOptions,
                 matcher: Matcher | None = None
                 ) -> Iterator[tuple[Message, str, list[Hit]]]:
    """Each message with its cleaned text and hits, in input order, for any number of jobs."""
    if options.jobs <= 1:
        if matcher is None:
            from relradar.matching import build_matcher

            matcher = build_matcher(lexicon, options.clean, options.fast_path)
        for message in messages:
            text, hits = _compact(*matcher.match_text(message.text))
            yield message, text, hits
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(options.jobs, initializer=_init_worker,
                      initargs=(lexicon, options.clean, options.fast_path)) as pool:
        pending: list[tuple[list[Message], Any]] = []
        for chunk in _chunks(messages):
            pending.append((chunk, pool.apply_async(_match_chunk, ([m.text for m in chunk],))))
            while len(pending) > options.jobs * 3:
                yield from _drain(pending.pop(0))
        while pending:
            yield from _drain(pending.pop(0))


def _drain(item: tuple[list[Message], Any]) -> Iterator[tuple[Message, str, list[Hit]]]:
    chunk, result = item
    for message, (text, hits) in zip(chunk, result.get()):
        yield message, text, hits


# ---------------------------------------------------------------- accumulation

def accumulate(stream: Iterable[tuple[Message, str, list[Hit]]],
               progress: Callable[[int], None] | None = None,
               also: Callable[[int, Message, str, list[Hit]], None] | None = None
               ) -> tuple[dict[Key, CustomerState], int]:
    states: dict[Key, CustomerState] = {}
    with_signals = 0
    for seq, (message, text, hits) in enumerate(stream):
        key = (message.customer_id, message.brand)
        state = states.get(key)
        if state is None:
            state = states[key] = CustomerState(message.customer_id, message.brand)
        if any(h.weight for h in hits):
            with_signals += 1
        state.add(seq, message.timestamp, message.source, text, hits, message.label)
        if also is not None:
            also(seq, message, text, hits)
        if progress is not None and seq % 1000 == 999:
            progress(1000)
    return states, with_signals


def analyze(paths: list[str], lexicon: Lexicon, reader_options: ReaderOptions = ReaderOptions(),
            options: AnalysisOptions = AnalysisOptions(),
            progress: Callable[[int], None] | None = None,
            matcher: Matcher | None = None,
            also: Callable[[int, Message, str, list[Hit]], None] | None = None) -> Analysis:
    """Classify every customer in the files; `also` sees every matched message too."""
    stats = ReadStats()
    messages = read_messages(paths, reader_options, stats)
    states, with_signals = accumulate(match_stream(messages, lexicon, options, matcher), progress,
                                      also)
    customers = [finish_customer(state, lexicon) for state in states.values()]
    customers.sort(key=lambda c: (c.brand or "", c.customer_id))
    return Analysis(customers=customers, stats=stats, lexicon=lexicon,
                    messages_with_signals=with_signals)
