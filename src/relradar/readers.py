"""CSV / JSONL / .gz / stdin -> Iterator[Message], with every row accounted for.

Files are streamed line by line (bounded line length), so memory does not grow with the file.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
import shlex
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from relradar.decoding import MAX_LINE_BYTES, Decoder, TooLong, bomless_unicode, codec_name
from relradar.errors import InputError, UsageError
from relradar.models import Message
from relradar.timeparse import parse_timestamp, slash_order

MAX_TEXT_CHARS = 100_000
MAX_JSON_DEPTH = 50
MAX_RECORD_CHARS = MAX_LINE_BYTES   # one CSV record, however many physical lines it spans
MAX_SKIPPED_RECORDS_LISTED = 20
csv.field_size_limit(MAX_LINE_BYTES)
SURROGATE_RE = re.compile("[\ud800-\udfff]")

CANDIDATES: dict[str, tuple[str, ...]] = {
    "id": ("customer_id", "customerid", "customer.id", "client_id", "user_id", "userid", "user.id",
           "user.screen_name", "author_id", "author.id", "sender_id", "from_id", "account_id",
           "contact_id", "requester_id", "member_id", "reviewerid", "reviewer_id", "profile_id",
           "customer_name", "customer", "client", "user", "author", "reviewer",
           "username", "user_name", "screen_name", "handle", "name", "sender", "from", "email",
           "id"),
    "text": ("text", "message", "message.body", "message.text", "body", "content", "comment",
             "comments", "review", "review_text", "review.text", "reviewtext", "tweet",
             "tweet_text", "full_text", "msg", "message_body", "utterance", "transcript",
             "feedback", "description"),
    "time": ("timestamp", "time", "date", "datetime", "created_at", "created", "tweet_created",
             "sent_at", "sent", "ts", "posted_at", "review_date", "date_time", "message.date",
             "unixreviewtime", "reviewtime", "review_time", "submitted_at", "received_at"),
    "role": ("role", "sender_type", "author_type", "speaker", "from_type", "direction",
             "participant", "sender_role", "user_type", "speaker_role"),
}
FLAG = {"id": "--id-col", "text": "--text-col", "time": "--time-col", "role": "--role-col",
        "brand": "--brand-col", "label": "--label-col", "language": "--language-col"}
DEFAULT_CUSTOMER_ROLES = ("customer", "client", "user", "consumer", "inbound", "end_user",
                          "end-user", "visitor", "member", "guest", "buyer", "requester", "caller")


@dataclass(frozen=True)
class ReaderOptions:
    id_col: str | None = None
    text_col: str | None = None
    time_col: str | None = None
    role_col: str | None = None
    brand_col: str | None = None
    label_col: str | None = None
    language_col: str | None = None
    customer_roles: tuple[str, ...] = DEFAULT_CUSTOMER_ROLES
    encoding: str = "utf-8"
    input_format: str = "auto"         # auto | csv | jsonl | xlsx | parquet | mbox | eml
    strict: bool = False
    encoding_errors: str = "strict"    # strict | replace (undecodable bytes become U+FFFD)
    explode: str | None = None         # JSONL: one row per element of the list at this path
    day_first: bool = False            # 05/01/2024 is 5 January (else May 1)


@dataclass
class ReadStats:
    rows_read: int = 0
    rows_used: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    timestamps_missing: int = 0
    timestamps_unparsed: int = 0
    truncated: int = 0
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    first_skips: list[str] = field(default_factory=list)
    surrogates_replaced: int = 0      # values that held lone surrogates (now U+FFFD)
    skipped_records: list[dict[str, Any]] = field(default_factory=list)  # multi-line skips
    skipped_record_lines: int = 0     # physical lines held by the records above
    rows_with_replaced_bytes: int | None = None     # counted with encoding_errors="replace"
    role_values: Counter[str] = field(default_factory=Counter)   # for "no customer role" hints
    role_columns: int = 0                                        # files that had a role column
    bytes_done: int = 0                   # size of the files read to the end (for progress)
    reading: IO[bytes] | None = None      # the file being read, as opened (compressed)

    def position(self) -> int | None:
        """Bytes of input consumed so far (compressed bytes for .gz), None on stdin."""
        try:
            return self.bytes_done + (self.reading.tell() if self.reading is not None else 0)
        except (OSError, ValueError):
            return None

    @property
    def rows_skipped(self) -> int:
        return sum(self.skipped.values())

    def skip(self, reason: str, where: str) -> None:
        self.skipped[reason] += 1
        if len(self.first_skips) < 20:
            self.first_skips.append(f"{where}: {reason}")

    def skip_record(self, reason: str, where: str, lines: int) -> None:
        """A CSV record that ran past its line or the size limit: one row, `lines` lines."""
        self.skip(reason, where)
        self.skipped_record_lines += lines
        if len(self.skipped_records) < MAX_SKIPPED_RECORDS_LISTED:
            self.skipped_records.append({"where": where, "reason": reason, "lines": lines})
        self.warnings.append(f"{where}: skipped one record of {lines} physical lines ({reason})")

    def merge(self, other: ReadStats) -> None:
        """Add another reader's counts (a cluster's pieces), as one reader would have counted."""
        self.rows_read += other.rows_read
        self.rows_used += other.rows_used
        self.skipped.update(other.skipped)
        self.timestamps_missing += other.timestamps_missing
        self.timestamps_unparsed += other.timestamps_unparsed
        self.truncated += other.truncated
        self.files.extend(other.files)
        self.warnings.extend(other.warnings)
        self.first_skips.extend(other.first_skips[:max(0, 20 - len(self.first_skips))])
        self.surrogates_replaced += other.surrogates_replaced
        room = max(0, MAX_SKIPPED_RECORDS_LISTED - len(self.skipped_records))
        self.skipped_records.extend(other.skipped_records[:room])
        self.skipped_record_lines += other.skipped_record_lines
        if other.rows_with_replaced_bytes is not None:
            self.rows_with_replaced_bytes = ((self.rows_with_replaced_bytes or 0)
                                             + other.rows_with_replaced_bytes)
        self.role_values.update(other.role_values)
        self.role_columns += other.role_columns
        self.bytes_done += other.bytes_done

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_read": self.rows_read,
            "rows_used": self.rows_used,
            "rows_skipped": self.rows_skipped,
            "skipped_reasons": dict(sorted(self.skipped.items())),
            "timestamps_missing": self.timestamps_missing,
            "timestamps_unparsed": self.timestamps_unparsed,
            "texts_truncated": self.truncated,
            "files": list(self.files),
            "skipped_records": list(self.skipped_records),
            "skipped_record_lines": self.skipped_record_lines,
            "surrogates_replaced": self.surrogates_replaced,
        } | ({"rows_with_replaced_bytes": self.rows_with_replaced_bytes}
             if self.rows_with_replaced_bytes is not None else {})


def sanitize(value: str) -> tuple[str, bool]:
    """The value with lone surrogates (which no encoder writes) replaced; and whether any were."""
    if value.isascii():
        return value, False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return SURROGATE_RE.sub("\ufffd", value), True
    return value, False


def display_name(path: str) -> str:
    """A path as shown in messages and outputs (an undecodable file name cannot end a run)."""
    return sanitize(path)[0]


@dataclass(frozen=True)
class Columns:
    id: str | None
    text: tuple[str, ...]      # e-mail subject and body are read as one text
    time: str | None
    role: str | None
    brand: str | None
    label: str | None
    language: str | None = None


# ------------------------------------------------------------------ opening and lines

def why_missing(path: str | Path) -> str:
    """Why a path that does not exist as a file cannot be opened: a symlink loop (ELOOP) or a
    dangling symlink is not 'no such file'."""
    import errno
    import os

    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symlink loop (too many levels of symbolic links)"
        if os.path.islink(path):
            return f"a symlink to {os.readlink(path)}, which does not exist"
    return "no such file"


def _open_binary(path: str) -> tuple[IO[bytes], str]:
    if path == "-":
        return sys.stdin.buffer, "<stdin>"
    file_path = Path(path)
    if file_path.is_dir():
        raise InputError(f"{path} is a directory, not a file", "give the export file itself")
    if not file_path.exists():
        raise InputError(f"{path}: {why_missing(path)}", "check the path")
    # A FIFO, a pipe or <(...) has no size: it is read as a stream like stdin.
    if stat.S_ISREG(file_path.stat().st_mode) and file_path.stat().st_size == 0:
        raise InputError(f"{path} is empty", "export the messages again")
    try:
        handle: IO[bytes] = open(file_path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror})", "check the path and its "
                         "permissions") from None
    if file_path.suffix == ".gz":
        handle = gzip.open(handle, "rb")  # type: ignore[assignment]
    return handle, path


def _detect_format(path: str, head: str, wanted: str) -> str:
    if wanted != "auto":
        return wanted
    name = path.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    return "jsonl" if head.lstrip("\ufeff \t\r\n").startswith("{") else "csv"


# ------------------------------------------------------------------ columns

def _looks_like_a_name(column: str) -> bool:
    from relradar.privacy import redact_text

    return (0 < len(column) <= 40 and column.count(" ") < 3 and redact_text(column) == column
            and sum(ch.isdigit() for ch in column) < 5)


def describe_columns(available: list[str]) -> str:
    """The columns, for an error message; a first line that is really a data row (no header)
    is not echoed at all, since it holds a customer's text, address or number."""
    if not all(_looks_like_a_name(c) for c in available if c):
        return (f"{len(available)} columns; the first line looks like data, not a header: "
                "is the header line missing?")
    return "columns: " + ", ".join(available[:30]) + (" ..." if len(available) > 30 else "")


def _resolve(kind: str, explicit: str | None, available: list[str], name: str,
             required: bool) -> str | None:
    lower: dict[str, list[str]] = {}
    for col in available:
        lower.setdefault(col.lower().strip(), []).append(col)
    shown = describe_columns(available)
    if explicit:
        matches = [explicit] if explicit in available else lower.get(explicit.lower(), [])
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise InputError(f"column {explicit!r} is ambiguous in {name} "
                             f"(matches {', '.join(matches)})", f"use {FLAG[kind]} exactly")
        from relradar.hints import did_you_mean

        hint = did_you_mean(explicit, [c for c in available if _looks_like_a_name(c)])
        raise InputError(f"column {explicit!r} not found in {name}{hint} ({shown})",
                         f"use {FLAG[kind]} with one of these")
    for candidate in CANDIDATES.get(kind, ()):
        matches = lower.get(candidate, [])
        if len(matches) > 1:
            raise InputError(f"{kind} column is ambiguous in {name} "
                             f"(columns {', '.join(matches)})", f"use {FLAG[kind]}")
        if matches:
            return matches[0]
    if required:
        raise InputError(f"no {kind} column found in {name} ({shown})",
                         f"use {FLAG[kind]}")
    return None


def _text_columns(explicit: str | None, available: list[str], name: str) -> tuple[str, ...]:
    """--text-col may list several columns (subject,body); an e-mail subject is added itself."""
    if explicit and "," in explicit:
        return tuple(_resolve("text", part.strip(), available, name, required=True) or ""
                     for part in explicit.split(",") if part.strip())
    text = _resolve("text", explicit, available, name, required=True) or ""
    prefix = text.rsplit(".", 1)[0] + "." if "." in text else ""
    by_lower = {col.lower(): col for col in available}
    subject = by_lower.get(f"{prefix}subject".lower()) if not explicit else None
    return (subject, text) if subject and subject != text else (text,)


def resolve_columns(available: list[str], options: ReaderOptions, name: str) -> Columns:
    return Columns(
        id=_resolve("id", options.id_col, available, name, required=False),
        text=_text_columns(options.text_col, available, name),
        time=_resolve("time", options.time_col, available, name, required=False),
        role=_resolve("role", options.role_col, available, name, required=False),
        brand=_resolve("brand", options.brand_col, available, name, required=False)
        if options.brand_col else None,
        label=_resolve("label", options.label_col, available, name, required=True)
        if options.label_col else None,
        language=_resolve("language", options.language_col, available, name, required=True)
        if options.language_col else None,
    )


def _flatten(obj: dict[str, Any], prefix: str = "", depth: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in obj.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and depth < 4:
            out.update(_flatten(value, path + ".", depth + 1))
        else:
            out[path] = value
    return out


def _get(obj: dict[str, Any], path: str | None) -> Any:
    if path is None:
        return None
    if path in obj:
        return obj[path]
    value: Any = obj
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _depth_ok(text: str) -> bool:
    depth = best = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            best = max(best, depth)
            if best > MAX_JSON_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


# ------------------------------------------------------------------ rows -> messages

def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):         # as JSON writes it: "True" merged with a string id
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return ""
    return str(value)


class _RowSink:
    """Turns one row's fields into a Message or a counted skip."""

    def __init__(self, options: ReaderOptions, stats: ReadStats, columns: Columns, name: str
                 ) -> None:
        self.options = options
        self.stats = stats
        self.columns = columns
        self.name = name
        self.roles = {r.strip().lower() for r in options.customer_roles}
        self.slash_dates: dict[str, tuple[str, str]] = {}   # order -> first (value, where)
        self.slash_warned = False
        if columns.role is not None:
            stats.role_columns += 1
        elif options.customer_roles != DEFAULT_CUSTOMER_ROLES:
            raise UsageError(f"--customer-role was given but {name} has no role column",
                             "name it with --role-col, or drop --customer-role")
        if columns.id is None:
            stats.warnings.append(f"no customer id column in {name}: each row is its own "
                                  "customer (use --id-col)")

    def _check_slash_order(self, raw_time: str, where: str) -> None:
        """Warn once per file when one slash date can only be read in the order not asked for
        (31/12/2024 without --day-first) while others read either way (05/01/2024)."""
        order = None if self.slash_warned else slash_order(raw_time)
        if order is None:
            return
        self.slash_dates.setdefault(order, (raw_time.strip(), where))
        other = "month" if self.options.day_first else "day"
        if "either" not in self.slash_dates or other not in self.slash_dates:
            return
        value, spot = self.slash_dates[other]
        either = self.slash_dates["either"][0]
        taken, fix = (("day first", "drop --day-first") if self.options.day_first
                      else ("month first", "use --day-first"))
        self.stats.warnings.append(
            f"{spot}: {value!r} can only be {other} first, but slash dates such as {either!r} "
            f"in {self.name} were read {taken}; if the file writes the {other} first, {fix}")
        self.slash_warned = True

    def malformed(self, where: str, why: str) -> None:
        if self.options.strict:
            raise InputError(f"{where}: {why}", "fix the row, or drop --strict to skip it")
        self.stats.skip("malformed line", where)

    def make(self, get: Any, where: str) -> Message | None:
        cols = self.columns
        if cols.role is not None:
            role = _as_text(get(cols.role)).strip().lower()
            seen = self.stats.role_values
            if role and (role in seen or len(seen) < 100):
                seen[role] += 1
            if role and role not in self.roles:
                self.stats.skip("non-customer role", where)
                return None
        if len(cols.text) == 1:
            text = _as_text(get(cols.text[0]))
        else:
            text = "\n".join(part for part in (_as_text(get(c)).strip() for c in cols.text)
                             if part)
        if not text.strip():
            self.stats.skip("empty text", where)
            return None
        if cols.id is None:
            customer_id = where
        else:
            customer_id = _as_text(get(cols.id)).strip()
            if not customer_id:
                self.stats.skip("missing id", where)
                return None
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            self.stats.truncated += 1
        timestamp = None
        if cols.time is not None:
            raw_time = get(cols.time)
            if raw_time in (None, ""):
                self.stats.timestamps_missing += 1
            else:
                timestamp = parse_timestamp(raw_time, self.options.day_first)
                if timestamp is None:
                    self.stats.timestamps_unparsed += 1
                elif isinstance(raw_time, str) and "/" in raw_time:
                    self._check_slash_order(raw_time, where)
        else:
            self.stats.timestamps_missing += 1
        brand = _as_text(get(cols.brand)).strip() or None if cols.brand else None
        label = _as_text(get(cols.label)).strip() or None if cols.label else None
        language = sanitize(_as_text(get(cols.language)).strip().lower()[:2])[0] or None \
            if cols.language else None
        text, bad_text = sanitize(text)
        customer_id, bad_id = sanitize(customer_id)
        brand, bad_brand = sanitize(brand) if brand else (brand, False)
        label, bad_label = sanitize(label) if label else (label, False)
        if bad_text or bad_id or bad_brand or bad_label:
            self.stats.surrogates_replaced += 1
        self.stats.rows_used += 1
        return Message(customer_id=customer_id, text=text, timestamp=timestamp, brand=brand,
                       source=where, label=label, language=language)


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _still_quoted(line: str, in_quote: bool, delimiter: str) -> bool:
    """Whether a quoted field is still open at the end of this physical line.

    Follows the csv module's rules: a quote opens a field only at the start of a field, and
    "" inside a quoted field is a literal quote. Uses str.find, so it is linear in the line.
    """
    if '"' not in line:
        return in_quote
    pos = 0
    while True:
        cut = line.find('"', pos)
        if cut < 0:
            return in_quote
        if in_quote:
            if line.startswith('"', cut + 1):
                pos = cut + 2
                continue
            in_quote = False
        elif cut == 0 or line[cut - 1] == delimiter:
            in_quote = True
        pos = cut + 1


Record = tuple[int, int, "str | None", str]   # start line, physical lines, text, why skipped


def _records(lines: Decoder, delimiter: str) -> Iterator[Record]:
    """Logical CSV records; one that never closes its quote or outgrows MAX_RECORD_CHARS is
    returned without text, with the physical lines it held, so none of it is read as rows."""
    iterator = iter(lines)
    for line in iterator:
        start = lines.lineno
        if isinstance(line, TooLong):
            yield start, 1, None, "line too long"
            continue
        in_quote = _still_quoted(line, False, delimiter)
        if not in_quote:
            if len(line) > MAX_RECORD_CHARS:
                yield start, 1, None, "record too large"
            else:
                yield start, 1, line, ""
            continue
        parts = [line]
        size = len(line)
        for more in iterator:
            if isinstance(more, TooLong):
                parts, size = [], MAX_RECORD_CHARS + 1    # its quotes are unknown: assume none
                continue
            in_quote = _still_quoted(more, True, delimiter)
            if parts:
                size += len(more)
                if size > MAX_RECORD_CHARS:
                    parts = []          # keep scanning for its end, not its text
                else:
                    parts.append(more)
            if not in_quote:
                break
        held = lines.lineno - start + 1
        if in_quote:
            yield start, held, None, "unterminated quote"
        elif not parts or size > MAX_RECORD_CHARS:
            yield start, held, None, "record too large"
        else:
            yield start, held, "".join(parts), ""


def _record_problem(reason: str, held: int) -> str:
    if reason == "line too long":
        return f"a line longer than {MAX_LINE_BYTES // 2**20} MB"
    if reason == "unterminated quote":
        return (f"a quoted field opened here is never closed, so the record runs to the end of "
                f"the input ({held} physical lines)")
    return (f"a record longer than {MAX_RECORD_CHARS:,} characters ({held} physical lines)")


def _read_csv(lines: Decoder, name: str, options: ReaderOptions, stats: ReadStats
              ) -> Iterator[Message]:
    first = lines.first_line()
    if first is None:
        raise InputError(f"{name} is empty", "export the messages again")
    delimiter = _sniff_delimiter(first)
    records = _records(lines, delimiter)
    start, held, header_text, why = next(records)
    if header_text is None:
        raise InputError(f"{name}:{start}: cannot read the CSV header "
                         f"({_record_problem(why, held)})", "check the delimiter and quoting")
    try:
        header = next(csv.reader([header_text], delimiter=delimiter, strict=True), [])
    except csv.Error as exc:
        raise InputError(f"{name}:1: cannot read the CSV header ({exc})",
                         "check the delimiter and quoting") from None
    header = [sanitize(h)[0].strip() for h in header]
    if not any(header):
        raise InputError(f"{name}:1: the CSV header is empty", "the first line must name the "
                         "columns")
    columns = resolve_columns(header, options, name)
    sink = _RowSink(options, stats, columns, name)
    index = {col: i for i, col in enumerate(header)}
    current = [start]

    def good_records() -> Iterator[str]:
        """Whole records only: the csv reader never sees a skipped record's lines."""
        for rec_start, rec_held, text, reason in records:
            if text is None:
                stats.rows_read += 1
                where = f"{name}:{rec_start}"
                if options.strict:
                    raise InputError(f"{where}: {_record_problem(reason, rec_held)}",
                                     "fix the quoting, or drop --strict to skip the record")
                stats.skip_record(reason, where, rec_held)
                continue
            current[0] = rec_start
            yield text

    reader = csv.reader(good_records(), delimiter=delimiter, strict=True)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            stats.rows_read += 1
            sink.malformed(f"{name}:{current[0]}", f"malformed CSV ({exc})")
            continue
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        stats.rows_read += 1
        where = f"{name}:{current[0]}"
        if len(row) != len(header):
            sink.malformed(where, f"expected {len(header)} fields, found {len(row)}")
            continue
        if _repeats_header(row, header):      # exports concatenated: not a customer's row
            stats.skip("repeated header", where)
            continue

        def get(col: str, row: list[str] = row) -> str:
            return row[index[col]]

        message = sink.make(get, where)
        if message is not None:
            yield message


def _repeats_header(row: list[str], header: list[str]) -> bool:
    """The header line again (two exports concatenated, maybe with the second one's BOM)."""
    first = row[0].lstrip("\ufeff").strip()
    if first != header[0] or len(header) < 2:
        return False
    return all(cell.strip() == column for cell, column in zip(row[1:], header[1:]))


COLUMN_SAMPLE = 200   # JSONL objects whose keys are pooled to find the columns


# integers orjson would read as floats (or refuse); JSON numbers are ASCII digits, and the
# first digit as a class of its own lets the engine scan for it (~3x faster than \d{19})
BIG_INT_RE = re.compile(r"[0-9][0-9]{18}")


def _too_deep(value: Any, depth: int = 1) -> bool:
    """Nesting of a parsed value beyond MAX_JSON_DEPTH (only containers are visited)."""
    if depth > MAX_JSON_DEPTH:
        return True
    children = value.values() if isinstance(value, dict) else value
    return any(_too_deep(child, depth + 1) for child in children
               if isinstance(child, (dict, list)))


def _parse_json_line(line: str) -> tuple[Any, str]:
    """orjson for the common line; anything it refuses, and integers too long for it to keep
    exact, goes the standard library's way so values and error messages stay the same.
    A BOM at the line's start (JSONL files concatenated, each with its own) is dropped."""
    line = line.removeprefix("\ufeff")
    if not BIG_INT_RE.search(line):
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError:
            pass
        else:
            if line.count("{") + line.count("[") > MAX_JSON_DEPTH and \
                    isinstance(obj, (dict, list)) and _too_deep(obj):
                return None, f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
            return obj, "" if isinstance(obj, dict) else \
                f"not a JSON object ({type(obj).__name__})"
    return _parse_json_slowly(line)


def _json_float(text: str) -> float | str:
    """A JSON number as a float, or as its own text when it overflows one: 1e400 and 3e500
    would both be inf (one customer of two ids); orjson refuses such a line, so only this
    slow path meets them."""
    value = float(text)
    return value if math.isfinite(value) else text


def _parse_json_slowly(line: str) -> tuple[Any, str]:
    if not _depth_ok(line):
        return None, f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
    try:
        obj = json.loads(line, parse_float=_json_float)
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, f"malformed JSON ({getattr(exc, 'msg', 'too deep')})"
    except ValueError:          # e.g. an integer with more digits than Python converts
        return None, "malformed JSON (a number too large to read)"
    return obj, "" if isinstance(obj, dict) else f"not a JSON object ({type(obj).__name__})"


def _read_jsonl(lines: Decoder, name: str, options: ReaderOptions, stats: ReadStats
                ) -> Iterator[Message]:
    """Columns come from the keys of the first objects pooled, so a key missing from line 1
    (a time, a role) is still found; those objects are buffered, then the rest streams."""
    buffered: list[tuple[str, Any, str]] = []
    keys: dict[str, None] = {}
    iterator = iter(lines)
    for line in iterator:
        if not line.strip() and not isinstance(line, TooLong):
            continue
        where = f"{name}:{lines.lineno}"
        if isinstance(line, TooLong):
            buffered.append((where, None, "line too long"))
            continue
        if not buffered and line.lstrip("\ufeff \t").startswith("["):
            raise InputError(f"{where}: this is a JSON array, not JSON Lines",
                             "convert it with: jq -c '.[]' FILE > FILE.jsonl")
        obj, why = _parse_json_line(line)
        if why and not buffered:
            raise InputError(f"{where}: {why}", "each line must be one JSON object")
        buffered.append((where, obj, why))
        if not why:
            keys.update(dict.fromkeys(_flatten(obj)))
        if len(buffered) >= COLUMN_SAMPLE:
            break
    if not buffered:
        raise InputError(f"{name} is empty (no JSON objects)", "export the messages again")
    sink = _RowSink(options, stats, resolve_columns(list(keys), options, name), name)

    def rows() -> Iterator[tuple[str, Any, str]]:
        yield from buffered
        for line in iterator:
            if isinstance(line, TooLong):
                yield f"{name}:{lines.lineno}", None, "line too long"
            elif line.strip():
                yield (f"{name}:{lines.lineno}", *_parse_json_line(line))

    for where, obj, why in rows():
        stats.rows_read += 1
        if why == "line too long":
            if options.strict:
                raise InputError(f"{where}: {_record_problem(why, 1)}",
                                 "split the line, or drop --strict to skip it")
            stats.skip_record(why, where, 1)
            continue
        if why:
            sink.malformed(where, why)
            continue

        def get(col: str, obj: dict[str, Any] = obj) -> Any:
            return _get(obj, col)

        message = sink.make(get, where)
        if message is not None:
            yield message


def read_messages(paths: list[str], options: ReaderOptions, stats: ReadStats
                  ) -> Iterator[Message]:
    """Every message of every file, in file order; skipped rows are counted in `stats`."""
    if paths.count("-") > 1:
        raise UsageError("stdin ('-') can be read only once")
    from relradar.readers_formats import detect_special, read_special

    codec_name(options.encoding)          # a bad --encoding fails before any file is opened
    for path in paths:
        handle, name = _open_binary(path)
        name = display_name(name)
        opened = handle
        stats.reading = opened if path != "-" else None
        try:
            handle, head = _gunzip_by_magic(handle, name)
            encoding = options.encoding
            if options.input_format in ("auto", "csv", "jsonl"):
                encoding = bomless_unicode(head, encoding) or encoding
            special = detect_special(name, head, options.input_format, encoding)
            if special is not None:
                stream = handle if path == "-" or isinstance(handle, gzip.GzipFile) else None
                yield from read_special(path, special, stream, name, options, stats)
                continue
            if options.encoding_errors == "replace" and stats.rows_with_replaced_bytes is None:
                stats.rows_with_replaced_bytes = 0
            decoder = Decoder(handle, encoding, name, options.encoding_errors, stats)
            first = decoder.first_line()
            if first is None or (not first.strip() and path == "-"):
                if path == "-":
                    raise InputError("stdin is empty", "pipe an export into relradar")
                raise InputError(f"{name} is empty", "export the messages again")
            fmt = _detect_format(path, first, options.input_format)
            stats.files.append(name)
            if options.explode:
                yield from _read_exploded(decoder, name, fmt, options, stats)
                continue
            reader = _read_jsonl if fmt == "jsonl" else _read_csv
            yield from reader(decoder, name, options, stats)
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()     # a wrapper around stdin closes without closing stdin
            if opened is not sys.stdin.buffer:
                opened.close()
            stats.reading = None
            if path != "-":
                stats.bytes_done += Path(path).stat().st_size
    _check_roles(options, stats)


class _Peekable(io.RawIOBase):
    """A stream without peek() (a pipe wrapper, a test's BytesIO) with its first bytes put
    back; closing it leaves the stream it wraps open (stdin stays the caller's)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _gunzip_by_magic(handle: IO[bytes], name: str) -> tuple[IO[bytes], bytes]:
    """Gzip is recognised by its first bytes, on stdin and under any file name."""
    if not hasattr(handle, "peek"):
        handle = io.BufferedReader(_Peekable(handle.read(4096), handle))  # type: ignore[arg-type]
    try:
        head = handle.peek(4096)[:4096]  # type: ignore[attr-defined]
        if head.startswith(b"\x1f\x8b") and not isinstance(handle, gzip.GzipFile):
            handle = gzip.open(handle, "rb")  # type: ignore[assignment]
            head = handle.peek(4096)[:4096]  # type: ignore[attr-defined]
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{name}: cannot read compressed data ({exc})",
                         "check that the file is a complete .gz archive") from None
    if isinstance(handle, gzip.GzipFile) and head.startswith(b"\x1f\x8b"):
        hint = ("decompress it once more in the pipe: ... | gzip -dc | relradar ..." if
                name == "<stdin>" else f"decompress it once (gzip -dc {shlex.quote(name)} "
                "> once.gz) and read once.gz")
        raise InputError(f"{name}: gzip inside gzip (the file was compressed twice)", hint)
    return handle, head


def _read_exploded(lines: Decoder, name: str, fmt: str, options: ReaderOptions,
                   stats: ReadStats) -> Iterator[Message]:
    from relradar.readers_formats import exploded_records, read_records

    if fmt != "jsonl":
        raise UsageError(f"--explode reads JSON Lines, not {fmt} ({name})",
                         "convert the export to one conversation per line")
    assert options.explode is not None
    yield from read_records(exploded_records(lines, name, options.explode, stats,
                                             options.text_col), name, options, stats)


def _check_roles(options: ReaderOptions, stats: ReadStats) -> None:
    """A role value that matched no row is a mistake (a typo, another export's wording)."""
    from relradar.hints import closest

    if not stats.role_columns:
        return
    seen = ", ".join(f"{role} ({n:,})" for role, n in stats.role_values.most_common(12))
    explicit = options.customer_roles != DEFAULT_CUSTOMER_ROLES
    if stats.rows_used == 0 and stats.skipped.get("non-customer role"):
        wanted = options.customer_roles[0] if explicit else ""
        guess = closest(wanted, stats.role_values) if wanted else None
        raise InputError(
            f"no row has a customer role ({', '.join(options.customer_roles[:6])}"
            f"{', ...' if len(options.customer_roles) > 6 else ''}); role values seen: {seen}",
            f"did you mean --customer-role {guess}?" if guess else
            "pass the customers' role value with --customer-role")
    if explicit:
        for role in options.customer_roles:
            if role.strip().lower() not in stats.role_values:
                guess = closest(role, stats.role_values)
                stats.warnings.append(
                    f"--customer-role {role!r} matches no row"
                    + (f" (did you mean {guess!r}?)" if guess else "")
                    + f"; role values seen: {seen}")
