"""Where command output goes: stdout, or a file whose format matches its name.

`-o results.csv` writes CSV (a table in a .csv file surprised every spreadsheet user), a
format that contradicts the extension is refused, and files are created with the mode the
umask allows, as any other tool would create them.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from relradar.errors import OutputError, UsageError

EXTENSION_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                     ".html": "html", ".htm": "html", ".txt": "table", ".table": "table",
                     ".yaml": "yaml", ".yml": "yaml"}
# Formats people expect from these names that relradar does not write.
UNWRITTEN = {".xlsx": "Excel", ".xls": "Excel", ".parquet": "Parquet", ".tsv": "TSV",
             ".xml": "XML", ".gz": "gzip"}


def format_for_output(output: Path | None, explicit: str | None, formats: tuple[str, ...],
                      default: str) -> str:
    """The format to write: --format if given, else the extension's, else the default.

    A --format that contradicts a known extension, or an extension naming a format the command
    does not write, is a usage error before any work is done.
    """
    if output is None or str(output) == "-" or not output.suffix:
        return explicit or default
    suffix = output.suffix.lower()
    offered = ", ".join(formats)
    if suffix == ".parquet" and "parquet" in formats:      # classify --scheduler: a folder
        if explicit == "parquet":
            return explicit
        raise UsageError(f"cannot write Parquet to {output} as one file: Parquet is written as "
                         "part files into a folder", "add --scheduler local --format parquet, "
                         "or name the file .csv")
    if suffix in UNWRITTEN:
        if suffix == ".gz":
            hint = f"pipe it: relradar ... | gzip > {output}"
        else:   # a format one file can hold (Parquet is part files in a folder)
            single = next((f for f in reversed(formats) if f != "parquet"), formats[0])
            hint = (f"name the file .{'txt' if single == 'table' else single}, or pipe the "
                    "output into a converter")
        raise UsageError(f"cannot write {UNWRITTEN[suffix]} to {output}: this command writes "
                         f"{offered}", hint)
    by_name = EXTENSION_FORMATS.get(suffix)
    if by_name is None:
        return explicit or default
    if by_name not in formats:
        raise UsageError(f"{output}: this command does not write {by_name} (it writes "
                         f"{offered})", "change the file name or --format")
    if explicit is not None and explicit != by_name:
        raise UsageError(f"--format {explicit} does not match the file name {output} "
                         f"({by_name})", f"drop --format, or name the file "
                         f"{output.stem}.{explicit if explicit != 'table' else 'txt'}")
    return by_name


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class ClosedStdout(io.TextIOBase):
    """sys.stdout when the caller closed it (`>&-`): writing data is an error, not a crash."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "stdout is closed")

    def flush(self) -> None:
        pass


def closed_stdout() -> OutputError:
    return OutputError("cannot write to stdout (it is closed)",
                       "give -o FILE, or leave stdout open (no >&-)")


def _write_failed(path: Path | str, exc: OSError) -> OutputError:
    if exc.errno == errno.EBADF and path == "to stdout":
        return closed_stdout()
    return OutputError(f"cannot write {path} ({exc.strerror or exc})",
                       "check that the folder is writable and the disk has room")


def _quiet_stdout() -> None:
    """Point stdout at /dev/null: what is still buffered for it cannot be written anyway."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _open(file: str | int | Path, binary: bool) -> IO[Any]:
    if binary:
        return open(file, "wb")  # noqa: SIM115  (the caller's with-block closes it)
    return open(file, "w", encoding="utf-8", errors="replace", newline="")  # noqa: SIM115


def refuse_overwriting_inputs(output: Path | None, inputs: list[str | Path],
                              flag: str = "-o") -> None:
    """A usage error, before any work, when the output names one of the inputs (the rename
    would replace the data being read). Same file by device and inode where both exist (a
    hard link, a symlink, ./a.csv), else by resolved path; a device or a FIFO (/dev/stdout
    on the terminal that is also /dev/stdin) is no file to lose."""
    if output is None or str(output) == "-":
        return
    try:
        if not stat.S_ISREG(os.stat(output).st_mode):
            return
    except OSError:
        return                  # not there yet (or unreachable): it cannot be an input
    for source in inputs:
        if str(source) == "-":
            continue
        try:
            same = os.path.samefile(output, source)
        except OSError:
            same = Path(os.path.realpath(output)) == Path(os.path.realpath(source))
        if same:
            raise UsageError(f"{flag} {output} is the input file {source}: writing it would "
                             "replace the data being read", f"give {flag} another file name")


def refuse_directory(path: Path, flag: str = "-o", example: str = "results.csv") -> None:
    """A usage error when `path` (as the option `flag` gave it) is a directory."""
    if Path(os.path.realpath(path)).is_dir():
        raise UsageError(f"cannot write to {path}: it is a directory",
                         f"give a file name, e.g. {flag} {example}")


@contextmanager
def output_stream(path: Path | None, flag: str = "-o", example: str = "results.csv",
                  binary: bool = False) -> Iterator[Any]:
    """stdout, or a file written atomically (temp file beside the target, then rename); a
    text stream, or with `binary` a byte stream (a chart's PNG, never stdout).

    The previous file stays intact on any failure or signal; through a symlink the temp file
    is made beside the link's target, so the rename never crosses filesystems. A read-only or
    full filesystem, /dev/full or a full stdout is one OutputError (exit 1).
    """
    if path is None or str(path) == "-":
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            _quiet_stdout()
            raise _write_failed("to stdout", exc) from None
        return
    refuse_directory(path, flag, example)
    target = Path(os.path.realpath(path))
    if os.path.exists(path) and not target.is_file():
        # /dev/null, a FIFO, /dev/stdout on a pipe (whose real path, pipe:[...], is no file):
        # written straight through, by the name given
        try:
            with _open(path, binary) as handle:
                yield handle
        except OSError as exc:
            raise _write_failed(path, exc) from None
        return
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {path}: folder {folder} does not exist")
    try:
        # mkstemp creates 0600; a replaced file keeps its mode, a new one gets what the umask
        # allows.
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _write_failed(path, exc) from None
    try:
        os.fchmod(fd, mode)
        with _open(fd, binary) as handle:
            yield handle
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _write_failed(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
