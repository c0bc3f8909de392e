"""Inputs beyond CSV and JSONL: Excel, Parquet, e-mail, data frames, nested chat exports.

Every format becomes records (dicts) that go through the same column resolution and row
accounting as CSV and JSONL (`readers.resolve_columns`, `readers._RowSink`), so a row counts
and skips the same way whatever file it came from. A binary file relradar cannot read is
named as such, with the formats it can read, never given encoding advice.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from relradar.errors import InputError, UsageError
from relradar.models import Message

SUPPORTED = ("CSV/TSV, JSON Lines (.jsonl, .ndjson), Excel (.xlsx), Parquet, e-mail (.mbox, "
             ".eml), each optionally gzipped")
EXTENSIONS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet", ".pq": "parquet",
              ".mbox": "mbox", ".eml": "eml"}
# Formats people export that relradar cannot read, with what to do instead.
NOT_SUPPORTED = {
    ".xls": ("an old-style Excel workbook (.xls)", "save it as .xlsx or CSV"),
    ".ods": ("an OpenDocument spreadsheet", "save it as .xlsx or CSV"),
    ".numbers": ("an Apple Numbers file", "export it as CSV or .xlsx"),
    ".pdf": ("a PDF document", "export the messages as CSV or JSONL"),
    ".docx": ("a Word document", "export the messages as CSV or JSONL"),
    ".zip": ("a ZIP archive", "unzip it and pass the files inside"),
    ".bz2": ("a bzip2 archive", "decompress it first (bunzip2), or recompress with gzip"),
    ".xz": ("an xz archive", "decompress it first (unxz), or recompress with gzip"),
    ".zst": ("a zstd archive", "decompress it first (unzstd), or recompress with gzip"),
    ".7z": ("a 7-Zip archive", "extract it first"),
    ".sqlite": ("an SQLite database", "export a table with: sqlite3 -csv -header DB 'SELECT ...'"),
    ".db": ("a database file", "export a table as CSV"),
    ".pst": ("an Outlook data file", "export the mails as .mbox or .eml"),
    ".msg": ("an Outlook message", "save it as .eml"),
}
MAGIC = (  # first bytes -> (format or None if unsupported, what it is, hint)
    (b"PAR1", "parquet", "", ""),
    (b"\xd0\xcf\x11\xe0", None, "an old-style Office file (.xls, .doc, .msg)",
     "save it as .xlsx or CSV"),
    (b"%PDF", None, "a PDF document", "export the messages as CSV or JSONL"),
    (b"BZh", None, "a bzip2 archive", "decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", None, "an xz archive", "decompress it first (unxz)"),
    (b"\x28\xb5\x2f\xfd", None, "a zstd archive", "decompress it first (unzstd)"),
    (b"7z\xbc\xaf\x27\x1c", None, "a 7-Zip archive", "extract it first"),
    (b"SQLite format 3\x00", None, "an SQLite database", "export a table as CSV"),
)
GZIP_MAGIC = b"\x1f\x8b"
PARQUET_BATCH = 10_000


def not_supported(name: str, what: str, hint: str) -> InputError:
    return InputError(f"{name}: {what} is not supported; supported are {SUPPORTED}", hint)


def detect_special(name: str, head: bytes, wanted: str, encoding: str = "utf-8") -> str | None:
    """'xlsx', 'parquet', 'mbox', 'eml' for the formats read here; None for CSV/JSONL.

    An unreadable binary format raises `InputError` naming it and the supported formats; so
    does clearly binary content under a text name (.csv), while text in the wrong encoding
    keeps the decoder's encoding advice. `encoding` is the one the text will be read in.
    """
    if wanted in ("xlsx", "parquet", "mbox", "eml"):
        return wanted
    if wanted in ("csv", "jsonl"):
        return None
    suffix = Path(name.lower().removesuffix(".gz")).suffix
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if suffix in NOT_SUPPORTED:
        raise not_supported(name, *NOT_SUPPORTED[suffix])
    for magic, fmt, what, hint in MAGIC:
        if head.startswith(magic):
            if fmt is None:
                raise not_supported(name, what, hint)
            return fmt
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if b"[Content_Types].xml" in head or b"xl/" in head else "zip"
    text_name = suffix in (".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json")
    if head.startswith(b"From ") and not text_name:
        return "mbox"
    from relradar.decoding import codec_name, newline_compatible, utf16_hint

    if not newline_compatible(codec_name(encoding)):
        return None             # UTF-16/32, EBCDIC: NUL and control bytes are its text
    head = head[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None             # a UTF-16 byte-order mark: the decoder honours it
    if (guess := utf16_hint(head)) is not None:
        raise InputError(f"{name}: looks like UTF-16 without a byte-order mark",
                         f"pass --encoding {guess}")
    # A text name keeps the text readers' own errors (line too long, bad byte at N) unless
    # the bytes are clearly not text in any encoding.
    if _looks_binary(head) if not text_name else _clearly_binary(head, encoding):
        raise not_supported(name, "a binary file", "export the messages as CSV or JSONL")
    return None


def _control_share(head: bytes) -> float:
    return sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127) / max(1, len(head))


def _looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control bytes: no text export looks like that."""
    if not head:
        return False
    return b"\x00" in head or _control_share(head) > 0.1


def _clearly_binary(head: bytes, encoding: str) -> bool:
    """Binary under a text name: control bytes (NUL included) are a third of the head, or
    more than 2 % of a head that is not even valid in the encoding. A CSV holding a few NUL or
    escape characters, or Latin-1 read as UTF-8 (no control bytes), is text."""
    import codecs

    share = _control_share(head)
    if share > 0.3:
        return True
    if share <= 0.02:
        return False
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except (UnicodeError, ValueError):
        return True
    return False


def _require(module: str, extra: str, what: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageError(f"reading {what} needs the {module.split('.')[0]} package",
                         f"pip install 'relradar[{extra}]'") from None


# ------------------------------------------------------------------ records -> messages

def cell(value: Any) -> Any:
    """A spreadsheet / Arrow / pandas value as the plain value a CSV cell would give.

    Missing values (None, NaN, NaT) are None; whole floats are ints (an Excel id 447700900123.0
    reads as 447700900123); dates are ISO 8601.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        if getattr(value, "tzinfo", None) is None and isinstance(value, dt.datetime):
            return value.isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, (str, int, bool, list, dict)):
        return value
    if hasattr(value, "item"):                      # numpy scalars
        try:
            return cell(value.item())
        except (ValueError, TypeError):
            pass
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, (list, dict)) and pd.isna(value)):
            return None
    except (ImportError, TypeError, ValueError):
        pass
    return str(value)


def read_records(records: Iterable[tuple[str, dict[str, Any]]], name: str, options: Any,
                 stats: Any, count_read: bool = True) -> Iterator[Message]:
    """(where, record) pairs -> Messages; columns pooled from the first records' keys."""
    from itertools import islice

    from relradar.readers import COLUMN_SAMPLE, _flatten, _RowSink, resolve_columns

    iterator = iter(records)
    buffered = list(islice(iterator, COLUMN_SAMPLE))
    if not buffered:
        raise InputError(f"{name} has no rows", "export the messages again")
    keys: dict[str, None] = {}
    for _, record in buffered:
        keys.update(dict.fromkeys(_flatten(record)))
    sink = _RowSink(options, stats, resolve_columns(list(keys), options, name), name)

    def all_records() -> Iterator[tuple[str, dict[str, Any]]]:
        yield from buffered
        yield from iterator

    if options.encoding_errors == "replace" and stats.rows_with_replaced_bytes is None:
        stats.rows_with_replaced_bytes = 0
    for where, record in all_records():
        if count_read:
            stats.rows_read += 1
        message = make_message(sink, record, where, options, stats)
        if message is not None:
            yield message


def make_message(sink: Any, record: dict[str, Any], where: str, options: Any, stats: Any
                 ) -> Message | None:
    """One record through `sink` (a `readers._RowSink`), its values as `cell` gives them and
    bytes decoded; a row with replaced bytes is counted once."""
    from relradar.readers import _get

    replaced: list[bool] = []

    def get(col: str) -> Any:
        value = _get(record, col)
        if isinstance(value, (bytes, bytearray, memoryview)):   # Parquet binary columns
            value, bad = decode_cell(bytes(value), col, where, options)
            if bad and not replaced:
                replaced.append(True)
        return cell(value)

    message = sink.make(get, where)
    if replaced:
        stats.rows_with_replaced_bytes = (stats.rows_with_replaced_bytes or 0) + 1
    return message


def decode_cell(value: bytes, col: str, where: str, options: Any) -> tuple[str, bool]:
    """Bytes (a Parquet binary column) as text in the reader's encoding, as a CSV line is
    decoded: a bad byte stops the run, or with encoding_errors="replace" becomes U+FFFD;
    and whether any byte was replaced."""
    from relradar.decoding import codec_name

    encoding = codec_name(options.encoding)
    try:
        return value.decode(encoding), False
    except UnicodeDecodeError as exc:
        if options.encoding_errors == "replace":
            return value.decode(encoding, "replace"), True
        detail = f"byte 0x{value[exc.start]:02x}" if exc.start < len(value) else "the value"
    except (UnicodeError, ValueError) as exc:        # a codec's own rules (idna, punycode)
        if options.encoding_errors == "replace":
            return value.decode("utf-8", "replace"), True
        detail = f"the value ({type(exc).__name__})"
    raise InputError(f"{where}: cannot decode {detail} in column {col!r} as {encoding}",
                     "pass the file's encoding, e.g. --encoding latin-1, cp1252 or utf-16, or "
                     "--encoding-errors replace to keep going")


def frame_records(frame: Any, name: str = "frame") -> Iterator[tuple[str, dict[str, Any]]]:
    """A pandas DataFrame's rows (or a list of dicts) as records; `where` is the row label."""
    if not hasattr(frame, "itertuples"):
        for number, record in enumerate(frame):
            if not isinstance(record, dict):
                raise InputError(f"{name}:{number}: expected a dict per row, got "
                                 f"{type(record).__name__}", "pass a DataFrame or dicts")
            yield f"{name}:{number}", record
        return
    columns = [str(c) for c in frame.columns]
    for label, row in zip(frame.index, frame.itertuples(index=False, name=None)):
        yield f"{name}:{label}", dict(zip(columns, row))


def read_frame(frame: Any, options: Any, stats: Any, name: str = "frame") -> Iterator[Message]:
    if hasattr(frame, "columns"):   # a repeated label would be lost in the row dicts
        from relradar.readers import resolve_columns

        resolve_columns([str(c) for c in frame.columns], options, name)
    stats.files.append(name)
    yield from read_records(frame_records(frame, name), name, options, stats)


# ------------------------------------------------------------------ Excel

def xlsx_records(source: str | IO[bytes], name: str, stats: Any, options: Any
                 ) -> Iterator[tuple[str, dict[str, Any]]]:
    """The first sheet's rows under its first non-empty row (the header); sheet row numbers.

    The columns are resolved on the whole header, as for CSV: a repeated name is ambiguous
    there, where the row dicts would keep only its last column."""
    calamine = _require("python_calamine", "excel", "Excel files")
    from relradar.readers import resolve_columns

    try:
        book = (calamine.CalamineWorkbook.from_path(source) if isinstance(source, str)
                else calamine.CalamineWorkbook.from_filelike(source))
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        raise InputError(f"{name}: cannot read the workbook ({exc})",
                         "open it in a spreadsheet and save it again as .xlsx") from None
    names = book.sheet_names
    if not names:
        raise InputError(f"{name}: the workbook has no sheets", "export the messages again")
    if len(names) > 1:
        stats.warnings.append(f"{name}: read sheet {names[0]!r} only (the workbook has "
                              f"{len(names)} sheets); save the others as separate files")
    try:
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # damage inside the sheet shows only when it is read
        raise InputError(f"{name}: cannot read sheet {names[0]!r} ({exc})",
                         "open it in a spreadsheet and save it again as .xlsx") from None
    header: list[str] | None = None
    for number, row in enumerate(rows, 1):
        if header is None:
            if any(str(v).strip() for v in row if v is not None):
                header = [str(v).strip() if v is not None else "" for v in row]
                resolve_columns([h for h in header if h], options, name)
            continue
        if not any(v not in (None, "") for v in row):
            continue
        yield f"{name}:{number}", {h: v for h, v in zip(header, row) if h}
    if header is None:
        raise InputError(f"{name}: the first sheet is empty", "put the messages in the first "
                         "sheet, with a header row")


# ------------------------------------------------------------------ Parquet

def parquet_records(source: str | IO[bytes], name: str, options: Any
                    ) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows in batches, reading only the columns relradar needs (column projection)."""
    pq = _require("pyarrow.parquet", "parquet", "Parquet files")
    from relradar.readers import resolve_columns

    try:
        handle = pq.ParquetFile(source)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a damaged file
        raise InputError(f"{name}: cannot read the Parquet file ({exc})",
                         "check that the file is complete") from None
    schema = handle.schema_arrow
    available = _arrow_names(schema)
    columns = resolve_columns(available, options, name)
    wanted = [c for c in (columns.id, *columns.text, columns.time, columns.role, columns.brand,
                          columns.label, columns.language) if c]
    top = list(dict.fromkeys(c.split(".")[0] if c not in schema.names else c for c in wanted))
    number = 0
    batches = handle.iter_batches(batch_size=PARQUET_BATCH, columns=top or None)
    while True:
        try:   # damage in the data shows only when its batch is read (an OSError, not output's)
            batch = next(batches, None)
        except Exception as exc:
            raise InputError(f"{name}:{number + 1}: cannot read rows {number + 1} onwards "
                             f"({exc})", "check that the file is complete") from None
        if batch is None:
            return
        for record in batch.to_pylist():
            number += 1
            yield f"{name}:{number}", record


def _arrow_names(schema: Any, prefix: str = "") -> list[str]:
    """Column names with struct fields as dotted paths (customer.id), like JSONL."""
    import pyarrow as pa

    names: list[str] = []
    for fld in schema:
        path = prefix + fld.name
        if pa.types.is_struct(fld.type):
            names += _arrow_names(list(fld.type), path + ".")
        else:
            names.append(path)
    return names


# ------------------------------------------------------------------ e-mail

def _mail_record(message: Any) -> dict[str, Any]:
    """Sender address as the customer, Date, Subject, and the plain-text body."""
    from email.utils import getaddresses

    def header(key: str) -> str:
        try:
            return str(message.get(key, "") or "")
        except Exception:  # a malformed header must not stop the mailbox
            return ""

    senders = getaddresses([header("From")])
    name, address = senders[0] if senders else ("", "")
    return {"from": address.strip().lower() or name.strip(), "from_name": name,
            "to": header("To"), "date": header("Date"), "subject": header("Subject"),
            "body": _mail_body(message), "message_id": header("Message-ID")}


def _mail_body(message: Any) -> str:
    """The first text/plain part (text/html if there is none), decoded by its charset."""
    parts = list(message.walk()) if message.is_multipart() else [message]
    for wanted in ("text/plain", "text/html"):
        for part in parts:
            if part.get_content_type() != wanted or part.get_filename():
                continue
            payload = part.get_payload(decode=True)
            if payload is None:
                continue
            charset = part.get_content_charset() or "utf-8"
            try:
                return payload.decode(charset, errors="replace")
            except LookupError:
                return payload.decode("utf-8", errors="replace")
    return ""


def mbox_records(path: str, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    import mailbox

    box = mailbox.mbox(path, create=False)
    try:
        for number, message in enumerate(box, 1):
            yield f"{name}:{number}", _mail_record(message)
    finally:
        box.close()


def eml_records(handle: IO[bytes], name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    import email
    import email.policy

    message = email.message_from_binary_file(handle, policy=email.policy.compat32)
    yield f"{name}:1", _mail_record(message)


# ------------------------------------------------------------------ nested chat exports

def explode(record: dict[str, Any], path: str, text_col: str | None = None
            ) -> list[dict[str, Any] | None] | None:
    """One record per part of the list at `path`; the conversation's fields are kept too.

    Part fields win over conversation fields of the same name, so `--text-col body` means the
    part's body; the conversation's are there by their dotted names (e.g. user.id). A part that
    is a string is the text (under `text_col`, the column the text is read from, or "text"). A
    part that is neither an object nor a string (a number, null, a list) is None in its place,
    so the caller can count it as a skipped row.
    """
    from relradar.readers import _flatten, _get

    parts = _get(record, path)
    if not isinstance(parts, list):
        return None
    parent = {k: v for k, v in _flatten(record).items()
              if k != path and not k.startswith(path + ".")}
    out: list[dict[str, Any] | None] = []
    for part in parts:
        if isinstance(part, dict):
            out.append({**parent, **_flatten(part)})
        elif isinstance(part, str):
            out.append({**parent, text_col or "text": part})
        else:
            out.append(None)
    return out


def exploded_records(lines: Iterable[str], name: str, path: str, stats: Any,
                     text_col: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """JSONL conversations -> one record per part; a line without parts is counted skipped."""
    from relradar.readers import _parse_json_line

    lineno = 0
    for line in lines:
        lineno += 1
        if not line.strip():
            continue
        obj, why = _parse_json_line(line)
        where = f"{name}:{lineno}"
        if why:
            stats.rows_read += 1
            stats.skip("malformed line", where)
            continue
        parts = explode(obj, path, text_col)
        if not parts:
            stats.rows_read += 1
            stats.skip(f"no parts at {path}", where)
            continue
        for number, part in enumerate(parts, 1):
            if part is None:            # a number, null, list or boolean: a row, not a part
                stats.rows_read += 1
                stats.skip("part not an object", f"{where}[{number}]")
                continue
            yield f"{where}[{number}]", part


# ------------------------------------------------------------------ dispatch

def read_special(path: str, fmt: str, handle: IO[bytes] | None, name: str, options: Any,
                 stats: Any) -> Iterator[Message]:
    """Messages from an Excel, Parquet or e-mail file (`handle`: stdin or a gzip stream)."""
    if fmt == "zip":
        raise not_supported(name, "a ZIP archive", "unzip it and pass the files inside")
    if options.explode:
        raise UsageError(f"--explode reads JSON Lines, not {fmt} ({name})")
    source: str | IO[bytes] = path
    if handle is not None:                 # stdin or gzip: these readers need to seek
        source = io.BytesIO(handle.read())
    stats.files.append(name)
    if fmt == "xlsx":
        records = xlsx_records(source, name, stats, options)
    elif fmt == "parquet":
        records = parquet_records(source, name, options)
    elif fmt == "mbox":
        if not isinstance(source, str):
            import tempfile

            with tempfile.NamedTemporaryFile(suffix=".mbox", delete=False) as tmp:
                tmp.write(source.getvalue())   # type: ignore[union-attr]
            try:
                yield from read_records(mbox_records(tmp.name, name), name, options, stats)
            finally:
                Path(tmp.name).unlink(missing_ok=True)
            return
        records = mbox_records(source, name)
    else:
        stream = source if not isinstance(source, str) else open(source, "rb")  # noqa: SIM115
        try:
            yield from read_records(eml_records(stream, name), name, options, stats)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
        return
    yield from read_records(records, name, options, stats)
