"""What one cluster task does, as plain functions of plain data (pandas frames in and out).

read+match runs per input piece (matching needs no other message, so it happens before the
shuffle and only texts with hits travel on); scoring runs per shuffled partition, which holds
every message of its customers. Both call the same pipeline and scoring functions as one
machine, so a customer's result does not depend on where it was computed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import pickle
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import pandas as pd

from relradar.engines.pieces import Piece, read_piece
from relradar.lexicon import Lexicon
from relradar.matching import Hit
from relradar.models import CustomerResult, Message
from relradar.pipeline import DUPLICATE_MIN_CHARS, Analysis, AnalysisOptions, Matchers, \
    Streamed, accumulate, build_matchers, match_stream
from relradar.portfolio import SortKey, Tally
from relradar.privacy import protect
from relradar.readers import ReaderOptions, ReadStats
from relradar.render import CSV_COLUMNS, customer_dict, customer_row

Key = tuple[str, str | None]
# One row per message after matching; text only when it has hits (evidence excerpts need it).
MESSAGE_META = pd.DataFrame({
    "customer_id": pd.Series([], dtype=object), "brand": pd.Series([], dtype=object),
    "piece": pd.Series([], dtype="int64"), "row": pd.Series([], dtype="int64"),
    "timestamp": pd.Series([], dtype="float64"), "source": pd.Series([], dtype=object),
    "label": pd.Series([], dtype=object), "text": pd.Series([], dtype=object),
    "hits": pd.Series([], dtype=object), "sentiment": pd.Series([], dtype="float64"),
    "learned": pd.Series([], dtype=object), "digest": pd.Series([], dtype=object),
})
RESULT_FIELDS = ("customer_id", "brand", "type", "label", "confidence", "runner_up", "decided_by",
                 "valence", "sentiment", "closeness", "intensity", "power", "distress",
                 "distress_reasons", "engagement", "engagement_reasons", "messages",
                 "first_seen", "last_seen", "signals", "type_scores", "rules_broken",
                 "evidence")
NESTED_FIELDS = ("distress_reasons", "engagement_reasons", "signals", "type_scores",
                 "rules_broken", "evidence")


def result_meta() -> pd.DataFrame:
    """The columns of a customer-results frame: the JSON output's fields, in its order."""
    dtypes = {"confidence": "float64", "sentiment": "float64", "distress": "bool",
              "messages": "int64"}
    return pd.DataFrame({name: pd.Series([], dtype=dtypes.get(name, object))
                         for name in RESULT_FIELDS})


# ---------------------------------------------------------------- matchers, once per worker

_LOCAL = threading.local()
BUILDS: Counter[str] = Counter()     # matcher compilations in this process, by fingerprint


def fingerprint(lexicon: Lexicon, options: AnalysisOptions) -> str:
    """Identity of what the matchers are compiled from; computed once, on the client."""
    payload = pickle.dumps((lexicon, options.clean, options.fast_path,
                            sorted(options.other_languages.items())))
    return hashlib.sha256(payload).hexdigest()


def worker_matchers(lexicon: Lexicon, options: AnalysisOptions, key: str) -> Matchers:
    """Compiled matchers cached per worker thread (spaCy objects never cross the network)."""
    cache: dict[str, Matchers] | None = getattr(_LOCAL, "matchers", None)
    if cache is None:
        cache = _LOCAL.matchers = {}
    if key not in cache:
        cache.clear()                       # one lexicon at a time: each costs ~100 MB
        cache[key] = build_matchers(lexicon, options)
        BUILDS[key] += 1
    return cache[key]


@dataclass(frozen=True)
class Shared:
    """What every task needs, sent to each worker once (scattered), not with every task."""

    lexicon: Lexicon
    options: AnalysisOptions
    key: str
    redact: bool = False
    salt: str | None = None
    every: str | None = None                 # trends: period length
    events: tuple[Any, ...] = ()             # trends.Event

    @property
    def windows(self) -> bool:
        return bool(self.every or self.events)


def make_shared(lexicon: Lexicon, options: AnalysisOptions, **extra: Any) -> Shared:
    options = replace(options, jobs=1)
    return Shared(lexicon, options, fingerprint(lexicon, options), **extra)


# ---------------------------------------------------------------- read + match

def _encode_hits(hits: list[Hit]) -> str:
    return json.dumps([list(h) for h in hits], ensure_ascii=False) if hits else ""


def _decode_hits(value: Any) -> list[Hit]:
    if not isinstance(value, str) or not value:
        return []
    return [Hit(kind, hid, weight, term, start, end, tuple(mods))
            for kind, hid, weight, term, start, end, mods in json.loads(value)]


def _digest(raw_text: str) -> str:
    """Stands in for the raw text, which scoring only compares for equality (duplicates): at
    least as long as the shortest text that counts; "" where the text is too short to count."""
    if len(raw_text) < DUPLICATE_MIN_CHARS:
        return ""
    digest = hashlib.blake2b(raw_text.encode("utf-8", "surrogatepass"), digest_size=16)
    return digest.hexdigest().ljust(DUPLICATE_MIN_CHARS, "=")


def _matched_frame(stream: Iterator[Streamed], piece_index: int) -> pd.DataFrame:
    columns: dict[str, list[Any]] = {name: [] for name in MESSAGE_META.columns}
    for row, (message, text, hits, sentiment, learned) in enumerate(stream):
        columns["digest"].append(_digest(message.text))
        columns["customer_id"].append(message.customer_id)
        columns["brand"].append(message.brand)
        columns["piece"].append(piece_index)
        columns["row"].append(row)
        columns["timestamp"].append(math.nan if message.timestamp is None else message.timestamp)
        columns["source"].append(message.source)
        columns["label"].append(message.label)
        columns["text"].append(text if hits else "")
        columns["hits"].append(_encode_hits(hits))
        columns["sentiment"].append(sentiment)
        # as hex text: Dask turns object columns into Arrow strings
        columns["learned"].append(learned.hex() if learned is not None else None)
    return pd.DataFrame(columns).astype(MESSAGE_META.dtypes.to_dict())


def read_and_match(piece: Piece, reader_options: ReaderOptions, shared: Shared
                   ) -> tuple[pd.DataFrame, ReadStats]:
    """One piece's messages matched, and its read counts."""
    stats = ReadStats()
    matchers = worker_matchers(shared.lexicon, shared.options, shared.key)
    stream = match_stream(read_piece(piece, reader_options, stats), shared.lexicon,
                          shared.options, matchers=matchers)
    return _matched_frame(stream, piece.index), stats


def match_frame(frame: pd.DataFrame, piece_index: int, shared: Shared,
                columns: Any, reader_options: ReaderOptions) -> pd.DataFrame:
    """A user's pandas partition (the Python API) -> the matched-message frame."""
    from relradar.readers import _RowSink

    stats = ReadStats()
    sink = _RowSink(reader_options, stats, columns, "dataframe")
    labels = frame.index.tolist()        # evidence sources name the frame's index labels
    values = {col: frame[col].tolist() for col in dict.fromkeys(
        c for c in (columns.id, *columns.text, columns.time, columns.brand, columns.label) if c)}

    def messages() -> Iterator[Message]:
        for i in range(len(frame)):
            def get(col: str, i: int = i) -> Any:
                value = values[col][i]
                return None if _missing(value) else value

            message = sink.make(get, f"row {labels[i]}")
            if message is not None:
                yield message

    matchers = worker_matchers(shared.lexicon, shared.options, shared.key)
    stream = match_stream(messages(), shared.lexicon, shared.options, matchers=matchers)
    return _matched_frame(stream, piece_index)


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# ---------------------------------------------------------------- score one partition

class WindowResult(NamedTuple):
    """What trends and event reports need of a customer in one window."""

    type: str
    confidence: float
    distress: bool
    signals: bool = False      # any signal at all (else "no new signal", see trends.move_kind)


@dataclass
class Part:
    """One shuffled partition's customers, in (brand, id) order, as they may be shown."""

    customers: list[tuple[SortKey, CustomerResult]]
    stats: ReadStats = field(default_factory=ReadStats)   # duplicates: used -> skipped
    with_signals: int = 0
    # "periods" or an event name -> window -> customer -> result
    windows: dict[str, dict[str, dict[Key, WindowResult]]] = field(default_factory=dict)
    untimed: int = 0


def _stream(frame: pd.DataFrame) -> Iterator[Streamed]:
    frame = frame.sort_values(["piece", "row"], kind="stable")   # the order one machine reads
    for cid, brand, timestamp, source, label, text, hits, sentiment, learned, digest in zip(
            frame["customer_id"], frame["brand"], frame["timestamp"], frame["source"],
            frame["label"], frame["text"], frame["hits"], frame["sentiment"], frame["learned"],
            frame["digest"]):
        message = Message(customer_id=cid, text="" if _missing(digest) else digest,
                          timestamp=None if _missing(timestamp) else float(timestamp),
                          brand=None if _missing(brand) else brand, source=source,
                          label=None if _missing(label) else label)
        yield (message, "" if _missing(text) else text, _decode_hits(hits), float(sentiment),
               bytes.fromhex(learned) if isinstance(learned, str) and learned else None)


def score_part(frame: pd.DataFrame, shared: Shared) -> Part:
    """Every customer of the partition scored by the same functions as on one machine."""
    sink = None
    if shared.windows:
        from relradar.trends import WindowSink

        sink = WindowSink(shared.lexicon, shared.every, list(shared.events))
    stats = ReadStats()
    states, with_signals = accumulate(_stream(frame), also=sink.add if sink else None,
                                      lexicon=shared.lexicon, stats=stats)
    analysis = Analysis(states=states, stats=stats, lexicon=shared.lexicon)
    customers = [((c.brand or "", c.customer_id), protect(c, shared.redact, shared.salt))
                 for c in analysis.iter_customers()]
    part = Part(customers, stats, with_signals)
    if sink is not None:
        groups = {"periods": sink.periods, **sink.by_event}
        for name, windows in groups.items():
            part.windows[name] = {
                window: {key: WindowResult(r.type, r.confidence, r.distress, bool(r.signals))
                         for key, r in windows.results(window).items()}
                for window in windows.states}
        part.untimed = sink.periods.untimed
    return part


# ---------------------------------------------------------------- what a partition gives back

def part_tally(part: Part) -> Tally:
    counts = Tally()
    for key, customer in part.customers:
        counts.add(customer, key)
    return counts


def part_text(part: Part, fmt: str) -> str:
    """The partition's customers as JSONL lines or CSV rows (no header)."""
    if fmt == "jsonl":
        return "".join(json.dumps(customer_dict(c), ensure_ascii=False) + "\n"
                       for _, c in part.customers)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    for _, customer in part.customers:
        writer.writerow(customer_row(customer))
    return buffer.getvalue()


def part_frame(part: Part) -> pd.DataFrame:
    """Customer results as a pandas frame whose columns are the JSON output's fields."""
    rows = [customer_dict(c) for _, c in part.customers]
    if not rows:
        return result_meta()
    frame = pd.DataFrame(rows, columns=list(RESULT_FIELDS))
    return frame.astype(result_meta().dtypes.to_dict())


def part_customers(part: Part) -> list[tuple[SortKey, CustomerResult]]:
    """The customers with their raw sort keys (the client merges partitions in this order)."""
    return part.customers


def write_part(part: Part, directory: str, number: int, fmt: str) -> str:
    """Write one part file (atomically: a temporary name, then a rename); returns its name."""
    import os

    name = f"part-{number:05d}.{fmt}"
    path = os.path.join(directory, name)
    tmp = os.path.join(directory, f".{name}.tmp")
    if fmt == "parquet":
        frame = part_frame(part)
        for column in NESTED_FIELDS:
            frame[column] = [json.dumps(v, ensure_ascii=False) for v in frame[column]]
        frame.to_parquet(tmp, index=False)
    else:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            if fmt == "csv":
                csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n").writeheader()
            handle.write(part_text(part, fmt))
    os.replace(tmp, path)
    return name


def part_counts(part: Part) -> tuple[ReadStats, int]:
    return part.stats, part.with_signals


def merge_stats(parts: list[ReadStats]) -> ReadStats:
    """Per-piece read counts (then the partitions' duplicate skips) -> the counts one reader
    would give (file order kept)."""
    total = ReadStats()
    for stats in parts:
        total.merge(stats)
    return total


def merge_tallies(parts: list[Tally]) -> Tally:
    total = Tally()
    for counts in parts:
        total.merge(counts)
    return total
