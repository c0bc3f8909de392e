"""Reading, matching (in parallel when asked) and per-customer accumulation, end to end.

`analyze` is the library entry point: the CLI only parses options and renders its result.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from relradar.lexicon import Lexicon
from relradar.matching import Hit, Matcher
from relradar.models import CustomerResult, Message
from relradar.readers import ReaderOptions, ReadStats, read_messages
from relradar.scoring import CustomerState, finish_customer, new_state
from relradar.prefilter import needs_cleaning
from relradar.text import CleanOptions, clean_text

CHUNK = 2000
# a customer's key in a run's states: the id alone when there is no brand (a run holds one key
# per customer, and a 2-tuple costs 56 bytes more), else (id, brand)
Key = str | tuple[str, str]


def state_key(customer_id: str, brand: str | None) -> Key:
    return customer_id if brand is None else (customer_id, brand)


def in_order(states: dict[Key, CustomerState]) -> list[Key]:
    """The keys in (brand, id) order, no brand first: the order customers are finished in.
    Without brands it sorts the ids themselves (no key per customer at the run's peak)."""
    if all(type(key) is str for key in states):
        return sorted(states)            # type: ignore[type-var]
    return sorted(states, key=lambda k: ("", k) if type(k) is str else (k[1], k[0]))


@dataclass(frozen=True)
class AnalysisOptions:
    jobs: int = 1
    fast_path: bool = True
    clean: CleanOptions = field(default_factory=CleanOptions)
    # language code -> lexicon for rows whose language column says so (--language-col)
    other_languages: dict[str, Lexicon] = field(default_factory=dict)


@dataclass
class Analysis:
    """Per-customer states after reading; customers are finished in (brand, id) order.

    `iter_customers` finishes and releases one state at a time (for streaming output);
    `customers` keeps the whole list (tables, JSON, check).
    """

    states: dict[Key, CustomerState]
    stats: ReadStats
    lexicon: Lexicon
    messages_with_signals: int = 0
    _customers: list[CustomerResult] | None = None

    def iter_customers(self) -> Iterator[CustomerResult]:
        if self._customers is not None:
            yield from self._customers
            return
        for key in in_order(self.states):
            yield finish_customer(self.states.pop(key), self.lexicon)

    @property
    def customers(self) -> list[CustomerResult]:
        if self._customers is None:
            self._customers = list(self.iter_customers())
        return self._customers

    @customers.setter
    def customers(self, value: list[CustomerResult]) -> None:
        self._customers = value


AUTO_PARALLEL_BYTES = 20 * 1024 * 1024


MAX_JOBS_PER_CORE = 4        # --jobs above this many workers per core is lowered to it
POOL_END_WAIT = 2.0          # seconds a stopped run waits for its worker pool to end


def cores() -> int:
    """The cores this process may run on."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def default_jobs(paths: list[str] | None = None) -> int:
    """One worker per core for inputs over 20 MB (or stdin); below that one process is faster."""
    cores_here = cores()
    if paths is None or "-" in paths:
        return cores_here
    size = 0
    for path in paths:
        try:
            size += os.path.getsize(path) * (5 if path.endswith(".gz") else 1)
        except OSError:
            pass
    return cores_here if size > AUTO_PARALLEL_BYTES else 1


# ---------------------------------------------------------------- workers

Matchers = dict[str | None, Matcher]     # None: the main language
_WORKER: Matchers | None = None


def build_matchers(lexicon: Lexicon, options: AnalysisOptions) -> Matchers:
    from relradar.matching import build_matcher

    matchers: Matchers = {None: build_matcher(lexicon, options.clean, options.fast_path)}
    for code, other in options.other_languages.items():
        matchers[code] = build_matcher(other, options.clean, options.fast_path)
    return matchers


def _init_worker(lexicon: Lexicon, options: AnalysisOptions) -> None:
    """Forked workers inherit the parent's compiled matchers; spawned ones compile their own."""
    global _WORKER
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    if _WORKER is None:
        _WORKER = build_matchers(lexicon, options)


# cleaned text (only with hits), hits, sentiment, the learned model's part (see learned.py)
Matched = tuple[str, list[Hit], float, bytes | None]
Streamed = tuple[Message, str, list[Hit], float, bytes | None]     # a message and its Matched


def clean(raw_text: str, matcher: Matcher) -> str:
    """The clean stage (text.py): the customer's own words, redacted with --redact."""
    return clean_text(raw_text, matcher.clean_options, matcher.segment)


def clean_and_match(raw_text: str, matcher: Matcher) -> Matched:
    """clean -> match (and general sentiment, and the learned model's part) for one message.

    A message in which no term can occur is not tokenized or matched (the fast path): the
    pre-filter reads its raw text, unless cleaning could create a word there, and the matcher
    re-checks the cleaned text, so a term inside a quoted reply still does not count. Such a
    message is cleaned only when the language has a sentiment word list or a learned model
    (both read the cleaned text, on every message). Only texts with hits are returned
    (evidence excerpts).
    """
    options = matcher.clean_options
    scanned = matcher.fast_path and not needs_cleaning(raw_text, options.html, options.hashtags,
                                                      options.repair, options.pii)
    if scanned and not matcher.scanner.may_match(raw_text):
        if not matcher.sentiment.words and matcher.learned is None:
            return "", [], 0.0, None
        text = clean(raw_text, matcher)
        shared = matcher.shared(raw_text)
        sentiment = matcher.attributed(raw_text, text, [], shared)[1]
        return "", [], sentiment, learned_part(matcher, text, shared)
    text = clean(raw_text, matcher)
    # The pre-filter passed the raw text: scanning the cleaned text again only saves work when
    # cleaning cut much of it (a quoted reply, a signature), and otherwise almost never fails
    # (it can only say "maybe", so skipping it changes no hit).
    hits = matcher.match(text, checked=scanned and (text == raw_text
                                                    or 2 * len(text) > len(raw_text)))
    shared = matcher.shared(raw_text)           # once: sentiment and the learned part need it
    hits, sentiment = matcher.attributed(raw_text, text, hits, shared)
    return (text if hits else ""), hits, sentiment, learned_part(matcher, text, shared)


def learned_part(matcher: Matcher, text: str, shared: bool) -> bytes | None:
    """The learned model's part of one message (its cleaned `text`): none without a model, and
    none for a `shared` link (a headline or a promotion passed on is not the poster's own
    words, see Matcher.shared)."""
    learned = matcher.learned
    if learned is None or shared:
        return None
    return learned.contribution(text)


def _match_one(matchers: Matchers, text: str, language: str | None) -> Matched:
    return clean_and_match(text, matchers.get(language) or matchers[None])


def _match_chunk(items: list[tuple[str, str | None]]) -> list[Matched]:
    assert _WORKER is not None
    return [_match_one(_WORKER, text, language) for text, language in items]


def _chunks(messages: Iterator[Message]) -> Iterator[list[Message]]:
    while True:
        chunk = list(islice(messages, CHUNK))
        if not chunk:
            return
        yield chunk


def match_stream(messages: Iterator[Message], lexicon: Lexicon, options: AnalysisOptions,
                 matcher: Matcher | None = None, matchers: Matchers | None = None
                 ) -> Iterator[Streamed]:
    """Each message with its cleaned text, hits, sentiment and learned part, in input order,
    any jobs.

    `matchers` (from `build_matchers`) lets a long-lived worker compile them only once.
    """
    if matchers is not None:
        pass
    elif matcher is not None and not options.other_languages:
        matchers = {None: matcher}
    else:
        matchers = build_matchers(lexicon, options)
    if options.jobs <= 1:
        for message in messages:
            yield message, *_match_one(matchers, message.text, message.language)
        return
    import multiprocessing

    global _WORKER
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    _WORKER = matchers if context.get_start_method() == "fork" else None
    pool = context.Pool(options.jobs, initializer=_init_worker, initargs=(lexicon, options))
    try:
        # The forked workers hold their own copy now; the parent only merges, and the
        # compiled matchers are a quarter of its memory. A worker the pool starts again later
        # compiles its own (_init_worker).
        _WORKER = matchers = matcher = None
        gc.collect()
        pending: list[tuple[list[Message], Any]] = []
        for chunk in _chunks(messages):
            items = [(m.text, m.language) for m in chunk]
            pending.append((chunk, pool.apply_async(_match_chunk, (items,))))
            while len(pending) > options.jobs * 3:
                yield from _drain(pending.pop(0))
        while pending:
            yield from _drain(pending.pop(0))
    except BaseException:
        end_pool(pool)
        raise
    pool.terminate()                # every result is in: nothing left to wait for


def end_pool(pool: Any, wait: float = POOL_END_WAIT) -> None:
    """End a run's workers when the run stops early (SIGTERM, Ctrl-C, an error, a closed
    pipe). Pool.terminate waits for the pool's task-queue lock, and a worker killed by the same
    signal (a group SIGTERM from `timeout` or a CI cancel) may have died holding it: that wait
    never ends. So terminate gets `wait` seconds in a thread of its own; past that, what is
    left of the workers is killed and the run goes on to its own cleanup and exit code."""
    import multiprocessing
    import threading

    ender = threading.Thread(target=pool.terminate, daemon=True, name="relradar-pool-end")
    ender.start()
    ender.join(wait)
    if ender.is_alive():
        for child in multiprocessing.active_children():
            child.kill()


def _drain(item: tuple[list[Message], Any]) -> Iterator[Streamed]:
    chunk, result = item
    for message, matched in zip(chunk, result.get()):
        yield (message, *matched)


# ---------------------------------------------------------------- accumulation

DUPLICATE = "duplicate message (same customer, same text)"
DUPLICATE_MIN_CHARS = 20     # "thanks!" twice is two messages; a pasted review twice is one


def is_duplicate(state: CustomerState, text: str) -> bool:
    """Has this customer sent exactly this text before? (short texts never are)"""
    return len(text) >= DUPLICATE_MIN_CHARS and state.seen_before(hash(text))


def accumulate(stream: Iterable[Streamed],
               progress: Callable[[int], None] | None = None,
               also: Callable[[int, Message, str, list[Hit], float, bytes | None], None]
               | None = None,
               lexicon: Lexicon | None = None, stats: ReadStats | None = None
               ) -> tuple[dict[Key, CustomerState], int]:
    """Per-customer states (compact ones, see scoring.new_state, when a lexicon is given).

    A customer's identical message (the same review under several product variants, a paste
    sent twice) counts once; with `stats` it is recorded as a skipped row.
    """
    states: dict[Key, CustomerState] = {}
    with_signals = 0
    for seq, (message, text, hits, sentiment, part) in enumerate(stream):
        key = state_key(message.customer_id, message.brand)
        state = states.get(key)
        if state is None:
            state = states[key] = (new_state(message.customer_id, message.brand, lexicon)
                                   if lexicon is not None
                                   else CustomerState(message.customer_id, message.brand))
        if is_duplicate(state, message.text):
            if stats is not None:
                stats.rows_used -= 1
                stats.skip(DUPLICATE, message.source)
            continue
        if any(h.weight for h in hits):
            with_signals += 1
        state.add(seq, message.timestamp, message.source, text, hits, message.label, sentiment,
                  part)
        if also is not None:
            also(seq, message, text, hits, sentiment, part)
        if progress is not None and seq % 1000 == 999:
            progress(1000)
    return states, with_signals


def analyze(paths: list[str], lexicon: Lexicon, reader_options: ReaderOptions = ReaderOptions(),
            options: AnalysisOptions = AnalysisOptions(),
            progress: Callable[[int], None] | None = None,
            matcher: Matcher | None = None,
            also: Callable[[int, Message, str, list[Hit], float], None] | None = None,
            stats: ReadStats | None = None) -> Analysis:
    """Classify every customer in the files; `also` sees every matched message too.

    `stats` may be passed in to watch reading while it happens (the progress bar does).
    """
    stats = stats if stats is not None else ReadStats()
    messages = read_messages(paths, reader_options, stats)
    states, with_signals = accumulate(match_stream(messages, lexicon, options, matcher), progress,
                                      also, lexicon, stats)
    return Analysis(states=states, stats=stats, lexicon=lexicon,
                    messages_with_signals=with_signals)
