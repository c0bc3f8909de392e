"""Bytes -> lines of text: bounded line length, every codec, byte-order marks.

An ASCII-compatible codec decodes each physical line, so a bad byte is reported with its line
number; UTF-16/32, EBCDIC and the like are decoded as a stream. A line longer than
MAX_LINE_BYTES is skipped to its end and stands as a `TooLong`, so one row cannot end a run.
"""

from __future__ import annotations

import codecs
import io
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


def newline_compatible(encoding: str) -> bool:
    """Whether b'\\n' is a newline in this codec, so bytes can be split into lines first."""
    try:
        return b'id,"x"\n'.decode(encoding) == 'id,"x"\n'
    except (UnicodeError, ValueError, LookupError):
        return False


def _cr_only(handle: IO[bytes]) -> bool:
    """Classic Mac line endings: carriage returns and not one line feed in the first bytes."""
    peek = getattr(handle, "peek", None)
    if peek is None:
        return False
    try:
        head = peek(4096)[:4096]
    except (OSError, EOFError, zlib.error):
        return False            # the reading reports it
    return b"\r" in head and b"\n" not in head


class _CrAsLf(io.RawIOBase):
    """A stream with every CR byte read as LF, as universal-newline mode reads a classic-Mac
    file; for ASCII-compatible codecs only, where the byte 0x0d is always a carriage return.
    Closing it leaves the wrapped stream to its owner."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer)).replace(b"\r", b"\n")
        buffer[:len(data)] = data
        return len(data)


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
        if newline_compatible(self.encoding) and _cr_only(self.handle):
            self.handle = io.BufferedReader(_CrAsLf(self.handle))
        raw = _raw_lines(self.handle, self.name)
        head = next(raw, b"")
        if not head or isinstance(head, TooLong):
            return
        encoding = _bom_encoding(head, self.requested.lower()) or (
            "utf-8-sig" if self.encoding == "utf-8" else self.encoding)
        self.encoding = encoding.replace("-sig", "")
        if encoding in ("utf-8-sig", "utf-8") or newline_compatible(encoding):
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


# ------------------------------------------------------------------ sniffing the first bytes

BOMLESS_CANDIDATES = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
SNIFFED_FROM = ("utf-8", "utf-8-sig", "utf-16", "utf-32")   # a request that names no byte order
STRUCTURE = "\n,;\t|{"         # a CSV or JSONL head holds at least one of these


def _plain_text(text: str) -> bool:
    """No NUL, no control but tab and line ends, nothing unassigned: text, not noise."""
    import unicodedata

    return all(ch in "\t\n\r" or unicodedata.category(ch) not in ("Cc", "Cn", "Cs", "Co")
               for ch in text)


def _decodes_as_text(head: bytes, encoding: str) -> bool:
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except (UnicodeError, ValueError):
        return False
    return bool(text) and any(ch in text for ch in STRUCTURE) and _plain_text(text)


def bomless_unicode(head: bytes, requested: str) -> str | None:
    """UTF-16 or UTF-32 (with its byte order) when the first bytes can only be that: NUL bytes
    in the high bytes of at least a tenth of the code units (ASCII in UTF-16 is 'c\\x00'), and
    exactly one candidate decodes to plain text with a delimiter or a newline. None when the
    request names a byte order or a non-Unicode codec, when there is a BOM, or on any doubt."""
    if codec_name(requested) not in SNIFFED_FROM or _bom_encoding(head, "utf-8") is not None:
        return None
    if len(head) < 8 or b"\x00" not in head:
        return None
    fits = [name for name in BOMLESS_CANDIDATES
            if _nul_pattern(head, name) and _decodes_as_text(head, name)]
    return fits[0] if len(fits) == 1 else None


def _nul_pattern(head: bytes, encoding: str) -> bool:
    """The NUL bytes sit where this codec puts the high bytes of ASCII characters."""
    size = 4 if "32" in encoding else 2
    units = len(head) // size
    high = [head[i::size][:units].count(0) for i in range(size)]
    if encoding.endswith("-le"):
        low, highs = high[0], high[1:]
    else:
        low, highs = high[-1], high[:-1]
    return min(highs) >= units // 10 and low * 4 <= min(highs)


def utf16_hint(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes interleave with the others as in UTF-16
    without a byte-order mark (a tenth of the bytes or more, nearly all on one side)."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if even + odd < len(head) // 10 or even + odd == 0:
        return None
    if odd >= 9 * even:
        return "utf-16-le"
    if even >= 9 * odd:
        return "utf-16-be"
    return None
