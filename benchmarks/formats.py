"""Reading speed per input format: the example chats as CSV, Excel and Parquet, scaled up.

    python benchmarks/formats.py [COPIES]

Prints rows read per second for each format (reading and column mapping only, no scoring).
"""

from __future__ import annotations

import csv
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from relradar.readers import ReaderOptions, ReadStats, read_messages  # noqa: E402


def main(copies: int = 100) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    spec = importlib.util.spec_from_file_location("make_formats",
                                                  ROOT / "examples" / "make_formats.py")
    maker = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(maker)  # type: ignore[union-attr]
    with (ROOT / "examples" / "chats.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    big = [rows[0]] + rows[1:] * copies
    folder = Path(tempfile.mkdtemp(prefix="relradar-formats-"))
    with (folder / "chats.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(big)
    maker.write_xlsx(big, folder / "chats.xlsx")
    table = pa.table({name: [r[i] for r in big[1:]] for i, name in enumerate(big[0])})
    pq.write_table(table.append_column("unused", pa.array(["x" * 200] * len(table))),
                   folder / "chats.parquet")
    for name in ("chats.csv", "chats.xlsx", "chats.parquet"):
        path = folder / name
        stats = ReadStats()
        started = time.perf_counter()
        used = sum(1 for _ in read_messages([str(path)], ReaderOptions(), stats))
        seconds = time.perf_counter() - started
        print(f"{name:14} {stats.rows_read:>9,} rows ({used:,} used) in {seconds:5.2f} s: "
              f"{stats.rows_read / seconds:>9,.0f} rows/s, {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
