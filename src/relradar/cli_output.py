"""Where command output goes: stdout, or a file whose format matches its name.

`-o results.csv` writes CSV (a table in a .csv file surprised every spreadsheet user), a
format that contradicts the extension is refused, and files are created with the mode the
umask allows, as any other tool would create them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from relradar.errors import UsageError

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
        raise UsageError(f"cannot write {UNWRITTEN[suffix]} to {output}: this command writes "
                         f"{offered}", f"name the file .{formats[-1]}, or pipe the output "
                         "into a converter")
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


@contextmanager
def output_stream(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically (temp file in the same folder, then rename)."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    if path.is_dir():
        raise UsageError(f"cannot write to {path}: it is a directory",
                         "give a file name, e.g. -o results.csv")
    if path.exists() and not path.is_file():      # /dev/null, a FIFO: write straight through
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {path}: folder {folder} does not exist")
    # mkstemp creates 0600; a replaced file keeps its mode, a new one gets what the umask allows.
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
