"""Bytes -> lines of text: bounded line length, every codec, byte-order marks.

An ASCII-compatible codec decodes each physical line, so a bad byte is reported with its line
number; UTF-16/32, EBCDIC and the like are decoded as a stream. A line longer than
MAX_LINE_BYTES is skipped to its end and stands as a `TooLong`, so one row cannot end a run.
"""

from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator
from typing import IO, Any

from relradar.errors import InputError, UsageError

MAX_LINE_BYTES = 64 * 1024 * 1024
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))


class TooLong(str):
    """Stands for a physical line longer than MAX_LINE_BYTES, already skipped to its end."""


MAX_TOO_LONG_LINES = 3    # more than this: the file is not CSV or JSONL (or is a bomb)


def _too_long(name: str) -> InputError:
    return InputError(f"{name}: a line is longer than {MAX_LINE_BYTES // 2**20} MB",
                      "split the file, or check that it is really CSV or JSONL")


def _raw_lines(handle: IO[bytes], name: str) -> Iterator[bytes | TooLong]:
    """Lines of at most MAX_LINE_BYTES. A longer line is read to its end without being kept
    and stands as a TooLong, so one row cannot end the run; a first line that long, or more
    than a few of them (a decompression bomb), is an error."""
    too_long = 0
    first = True
    while True:
        try:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                too_long += 1
                if first or too_long > MAX_TOO_LONG_LINES:
                    raise _too_long(name)
                while line and not line.endswith(b"\n"):
                    line = handle.readline(MAX_LINE_BYTES + 1)
                first = False
                yield TooLong()
                continue
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"{name}: cannot read compressed data ({exc})",
                             "check that the file is a complete .gz archive") from None
        if not line:
            return
        first = False
        yield line


UNICODE_FAMILY = ("utf-8", "utf8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                  "utf-32-le", "utf-32-be")
READ_CHUNK = 1 << 16


def codec_name(encoding: str) -> str:
    """A usable text codec's canonical name, or one clear usage error."""
    hint = "use a Python text codec name such as utf-8, utf-16, latin-1, cp1252"
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise UsageError(f"unknown encoding {encoding!r}", hint) from None
    if not getattr(info, "_is_text_encoding", True):
        raise UsageError(f"{encoding!r} is not a text encoding", hint)
    try:
        codecs.getincrementaldecoder(info.name)().decode(b"", final=True)
    except Exception:     # noqa: BLE001 - a codec that cannot decode at all ('undefined')
        raise UsageError(f"encoding {encoding!r} cannot decode text", hint) from None
    return info.name


def _bom_encoding(head: bytes, requested: str) -> str | None:
    """The encoding a byte-order mark names, when the requested one is a Unicode encoding."""
    if requested.replace("_", "-") not in UNICODE_FAMILY:
        return None
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    return None


def _newline_compatible(encoding: str) -> bool:
    """Whether b'\\n' is a newline in this codec, so bytes can be split into lines first."""
    try:
        return b'id,"x"\n'.decode(encoding) == 'id,"x"\n'
    except (UnicodeError, ValueError, LookupError):
        return False


class Decoder:
    """Lines of text, decoded one by one so a bad byte is reported with its line number.

    An ASCII-compatible codec decodes each physical line; UTF-16/32, EBCDIC and the like are
    decoded as a stream (their newline is not the byte 0x0a). A byte-order mark is honoured.
    """

    def __init__(self, handle: IO[bytes], encoding: str, name: str, errors: str = "strict",
                 stats: Any = None) -> None:
        self.handle = handle
        self.errors = errors            # "replace": undecodable bytes become U+FFFD, counted
        self.stats = stats              # a ReadStats, for rows_with_replaced_bytes
        self.requested = encoding
        self.encoding = codec_name(encoding)
        self.name = name
        self.lineno = 0
        self._first: str | None = None
        self._gen: Iterator[str] | None = None

    def first_line(self) -> str | None:
        """The first line, read ahead (for format detection) and yielded again by iteration."""
        if self._gen is None:
            self._gen = self._lines()
            self._first = next(self._gen, None)
        return self._first

    def __iter__(self) -> Iterator[str]:
        first = self.first_line()
        if first is None:
            return
        yield first
        assert self._gen is not None
        yield from self._gen

    def _replaced(self) -> None:
        if self.stats is not None:
            self.stats.rows_with_replaced_bytes = (self.stats.rows_with_replaced_bytes or 0) + 1

    def _error(self, detail: str) -> InputError:
        return InputError(f"{self.name}:{self.lineno}: cannot decode {detail} as "
                          f"{self.encoding}",
                          "pass the file's encoding, e.g. --encoding latin-1, cp1252 or utf-16, or "
                          "--encoding-errors replace to keep going")

    def _lines(self) -> Iterator[str]:
        raw = _raw_lines(self.handle, self.name)
        head = next(raw, b"")
        if not head or isinstance(head, TooLong):
            return
        encoding = _bom_encoding(head, self.requested.lower()) or (
            "utf-8-sig" if self.encoding == "utf-8" else self.encoding)
        self.encoding = encoding.replace("-sig", "")
        if encoding in ("utf-8-sig", "utf-8") or _newline_compatible(encoding):
            yield from self._line_by_line(head, raw, encoding)
        else:
            yield from self._streamed(head, encoding)

    def _line_by_line(self, head: bytes, raw: Iterator[bytes | TooLong], encoding: str
                      ) -> Iterator[str]:
        later = encoding.replace("-sig", "")
        line: bytes | TooLong | None = head
        while line is not None:
            self.lineno += 1
            if isinstance(line, TooLong):
                yield line
                line = next(raw, None)
                continue
            try:
                text = line.decode(encoding if self.lineno == 1 else later)
            except UnicodeDecodeError as exc:
                if self.errors == "replace":
                    self._replaced()
                    text = line.decode(encoding if self.lineno == 1 else later, "replace")
                    yield text.removeprefix("\ufeff") if self.lineno == 1 else text
                    line = next(raw, None)
                    continue
                byte = line[exc.start] if 0 <= exc.start < len(line) else None
                raise self._error(f"byte 0x{byte:02x}" if byte is not None else "the line"
                                  ) from None
            except (UnicodeError, ValueError) as exc:   # idna, punycode: a codec's own rules
                raise self._error(f"the line ({type(exc).__name__})") from None
            yield text.removeprefix("\ufeff") if self.lineno == 1 else text
            line = next(raw, None)

    def _streamed(self, head: bytes, encoding: str) -> Iterator[str]:
        """Decode chunk by chunk; each chunk is searched once, so a long line stays linear."""
        decoder = codecs.getincrementaldecoder(encoding)(
            "replace" if self.errors == "replace" else "strict")
        pending: list[str] = []
        pending_chars = 0
        skipping = False          # inside a line longer than MAX_LINE_BYTES: not kept
        too_long = 0
        chunk: bytes = head
        final = False
        while True:
            try:
                piece = decoder.decode(chunk, final=final)
            except (UnicodeError, ValueError) as exc:
                self.lineno += 1
                raise self._error(f"the data ({getattr(exc, 'reason', type(exc).__name__)})"
                                  ) from None
            start = 0
            while True:
                cut = piece.find("\n", start)
                if cut < 0:
                    break
                self.lineno += 1
                if skipping:
                    skipping = False
                    yield TooLong()
                else:
                    line = "".join(pending) + piece[start:cut + 1]
                    pending, pending_chars = [], 0
                    if self.errors == "replace" and "\ufffd" in line:
                        self._replaced()
                    yield line.removeprefix("\ufeff") if self.lineno == 1 else line
                start = cut + 1
            if not skipping:
                pending.append(piece[start:])
                pending_chars += len(pending[-1])
                if pending_chars > MAX_LINE_BYTES:
                    too_long += 1
                    if self.lineno == 0 or too_long > MAX_TOO_LONG_LINES:
                        raise _too_long(self.name)
                    pending, pending_chars, skipping = [], 0, True
            if final:
                if skipping or pending_chars:
                    self.lineno += 1
                    rest = "".join(pending)
                    yield TooLong() if skipping else (
                        rest.removeprefix("\ufeff") if self.lineno == 1 else rest)
                return
            try:
                chunk = self.handle.read(READ_CHUNK)
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"{self.name}: cannot read compressed data ({exc})",
                                 "check that the file is a complete .gz archive") from None
            final = not chunk
