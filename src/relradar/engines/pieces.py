"""Input pieces one cluster task reads: a whole CSV/JSONL file, or one Parquet row group.

CSV is never split by byte range (a quoted newline would cut a row in two), so a CSV or JSONL
file is one piece read by relradar's own reader: every row is counted with its file and line,
exactly as on one machine. Parquet is split by row group and read with column projection.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from relradar.errors import InputError, UsageError
from relradar.models import Message
from relradar.readers import ReaderOptions, ReadStats, read_messages

PARQUET_SUFFIXES = (".parquet", ".pq", ".parq")


@dataclass(frozen=True)
class Piece:
    """`index` orders pieces as one machine reads them (file order, then row group)."""

    index: int
    path: str
    row_group: int | None = None     # None: a whole CSV/JSONL file
    first_row: int = 0               # rows in the file's earlier row groups


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def _open(path: str) -> Any:
    """A local path, or any fsspec URL the environment can open (s3://, gs://, ...)."""
    if "://" in path:
        import fsspec

        return fsspec.open(path, "rb").open()
    return open(path, "rb")  # noqa: SIM115 - closed by the caller


def plan_pieces(paths: list[str]) -> list[Piece]:
    """One piece per CSV/JSONL file and per Parquet row group (metadata read on the client)."""
    if "-" in paths:
        raise UsageError("stdin ('-') cannot be read on a cluster", "give files the workers "
                         "can read")
    pieces: list[Piece] = []
    for path in paths:
        if not is_parquet(path):
            pieces.append(Piece(len(pieces), path))
            continue
        import pyarrow.parquet as pq

        try:
            with _open(path) as handle:
                meta = pq.ParquetFile(handle).metadata
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: cannot read Parquet metadata ({exc})",
                             "check the path and that the file is Parquet") from None
        first = 0
        for group in range(meta.num_row_groups):
            pieces.append(Piece(len(pieces), path, group, first))
            first += meta.row_group(group).num_rows
    return pieces


def read_piece(piece: Piece, options: ReaderOptions, stats: ReadStats) -> Iterator[Message]:
    """The piece's messages in file order; skipped rows are counted in `stats`."""
    if piece.row_group is None:
        yield from read_messages([piece.path], options, stats)
    else:
        yield from _read_row_group(piece, options, stats)


def _read_row_group(piece: Piece, options: ReaderOptions, stats: ReadStats
                    ) -> Iterator[Message]:
    """Read as the one-machine Parquet reader reads (struct fields as dotted paths, values
    through the same `make_message`: `cell` conversion, bytes decoded), one row group at a
    time."""
    import pyarrow.parquet as pq

    from relradar.readers import _RowSink, resolve_columns
    from relradar.readers_formats import _arrow_names, make_message

    name = piece.path
    with _open(piece.path) as handle:
        parquet = pq.ParquetFile(handle)
        schema = parquet.schema_arrow
        columns = resolve_columns(_arrow_names(schema), options, name)
        wanted = [c for c in (columns.id, *columns.text, columns.time, columns.role,
                              columns.brand, columns.label, columns.language) if c]
        top = list(dict.fromkeys(c if c in schema.names else c.split(".")[0] for c in wanted))
        records = parquet.read_row_group(piece.row_group, columns=top).to_pylist()
    if piece.row_group == 0:
        stats.files.append(name)
    quiet = ReadStats()        # the missing-id warning is the first row group's to give
    sink = _RowSink(options, stats if piece.row_group == 0 else quiet, columns, name)
    sink.stats = stats
    if options.encoding_errors == "replace" and stats.rows_with_replaced_bytes is None:
        stats.rows_with_replaced_bytes = 0
    for i, record in enumerate(records):
        stats.rows_read += 1
        message = make_message(sink, record, f"{name}:{piece.first_row + i + 1}", options,
                               stats)
        if message is not None:
            yield message
