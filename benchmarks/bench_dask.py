#!/usr/bin/env python3
"""relradar on a 2-worker Dask LocalCluster against `--jobs 2`: messages/s and peak memory.

    python benchmarks/bench_dask.py --quick     # 20,000 messages / 2,000 customers
    python benchmarks/bench_dask.py             # 1,000,000 messages / 100,000 customers

Uses bench.py's synthetic corpus (same seed), split into `--files` CSV shards by row, so each
customer's messages are spread over several files (as daily exports are) and the cluster has
one read task per shard. Runs, each as a separate `relradar classify` process:

1. `--jobs 2` on the single corpus file (the local engine);
2. `--scheduler ADDRESS` on the shards, parts written to a folder, for each `--partitions`
   value in the sweep; the workers are restarted before each run, so their peak RSS (VmHWM,
   read from /proc after the run) belongs to that run alone.

Prints messages/s, the peak RSS of each worker and of the client process, and customers per
partition against worker memory. Needs relradar[dask] and Linux (/proc).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402  (the corpus generator and process measuring of the local bench)


def shard(corpus: Path, files: int) -> list[Path]:
    """Row i goes to shard i % files: every active customer lands in several shards."""
    folder = corpus.with_name(corpus.stem + f"_shards{files}")
    paths = [folder / f"part-{i:02d}.csv" for i in range(files)]
    if all(p.exists() for p in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    handles = [p.open("w", encoding="utf-8", newline="") for p in paths]
    try:
        writers = [csv.writer(h) for h in handles]
        with corpus.open(encoding="utf-8", newline="") as source:
            reader = csv.reader(source)
            header = next(reader)
            for w in writers:
                w.writerow(header)
            for i, row in enumerate(reader):
                writers[i % files].writerow(row)
    finally:
        for h in handles:
            h.close()
    return paths


def worker_peaks(client) -> dict[str, float]:
    """Peak RSS (VmHWM, MB) of each worker process since it started."""
    def hwm() -> float:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    return {addr: round(mb, 1) for addr, mb in client.run(hwm).items()}


def run_local(corpus: Path, expected: int) -> dict:
    result = bench.bench_relradar(corpus, 2, expected, [])
    return {"engine": "--jobs 2", "wall_s": round(result["wall_s"], 1),
            "messages_per_s": round(result.get("messages_per_s", 0)),
            "messages_scored": result.get("messages_scored"),
            "peak_rss_mb": result.get("tree_pss_peak_mb") or result.get("peak_rss_mb"),
            "error": result.get("error")}


def run_cluster(client, address: str, shards: list[Path], partitions: int, customers: int,
                expected: int) -> dict:
    client.restart(timeout="600s")         # fresh worker processes: VmHWM per run
    out = bench.DATA / "out_dask"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)                 # an existing folder: one part file per partition
    cmd = [*bench.relradar_cmd(), "classify", *map(str, shards), "--format", "jsonl",
           "--quiet", "--scheduler", address, "--partitions", str(partitions),
           "--output", str(out)]
    print(f"running: relradar classify <{len(shards)} shards> --scheduler {address} "
          f"--partitions {partitions} --output {out}", file=sys.stderr)
    measured = bench.run_measured(cmd)
    peaks = worker_peaks(client)
    row = {"engine": f"2-worker LocalCluster, {partitions} partitions",
           "partitions": partitions, "customers_per_partition": round(customers / partitions),
           "wall_s": round(measured["wall_s"], 1), "client_peak_rss_mb": measured["peak_rss_mb"],
           "worker_peak_rss_mb": sorted(peaks.values()), "error": None}
    if measured["rc"] != 0:
        row["error"] = measured["stderr"] or f"exit code {measured['rc']}"
        return row
    scored = sum(json.loads(line)["messages"] for part in sorted(out.glob("part-*.jsonl"))
                 for line in part.open(encoding="utf-8"))
    row["messages_scored"] = scored
    if scored != expected:      # the local run's count (a customer's duplicates count once)
        row["warning"] = f"{scored:,} messages scored, --jobs 2 scored {expected:,}"
    row["messages_per_s"] = round(scored / measured["wall_s"])
    shutil.rmtree(out, ignore_errors=True)
    return row


def print_rows(meta: dict, files: int, rows: list[dict]) -> None:
    print(f"corpus: {meta['messages']:,} messages ({meta['customer_rows']:,} customer rows), "
          f"{meta['customers']:,} customers, {files} CSV shards; {os.cpu_count()} cores")
    print(f"{'engine':44} {'wall s':>7} {'msg/s':>7} {'cust/part':>9}  peak RSS MB")
    for r in rows:
        if r.get("error"):
            print(f"{r['engine']:44} error: {r['error']}")
            continue
        if "worker_peak_rss_mb" in r:
            memory = (f"workers {', '.join(f'{m:.0f}' for m in r['worker_peak_rss_mb'])}; "
                      f"client {r['client_peak_rss_mb']:.0f}")
            per_part = f"{r['customers_per_partition']:,}"
        else:
            memory, per_part = f"all processes {r['peak_rss_mb']:.0f}", "-"
        print(f"{r['engine']:44} {r['wall_s']:>7} {r['messages_per_s']:>7,} {per_part:>9}  "
              f"{memory}")
        if r.get("warning"):
            print(f"{'':44} warning: {r['warning']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="20,000 messages / 2,000 customers")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=8, help="CSV shards (read tasks)")
    parser.add_argument("--partitions", type=int, nargs="+", default=[2, 8, 32],
                        help="customer partitions to sweep (memory per worker vs customers "
                             "per partition)")
    parser.add_argument("--skip-local", action="store_true", help="no --jobs 2 run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.messages, args.customers = 20_000, 2_000

    import distributed

    corpus, meta = bench.ensure_corpus(args.messages, args.customers, False)
    shards = shard(corpus, args.files)
    rows = [] if args.skip_local else [run_local(corpus, meta["customer_rows"])]
    expected = rows[0].get("messages_scored") if rows else None
    started = time.monotonic()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        for partitions in args.partitions:
            rows.append(run_cluster(client, cluster.scheduler_address, shards, partitions,
                                    meta["customers"], expected or meta["customer_rows"]))
    print(f"cluster runs took {time.monotonic() - started:.0f} s", file=sys.stderr)
    if args.json:
        print(json.dumps({"corpus": meta, "files": args.files, "runs": rows}, indent=2))
    else:
        print_rows(meta, args.files, rows)
    return 0 if not any(r.get("error") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
