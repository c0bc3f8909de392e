#!/usr/bin/env python3
"""Report benchmark: size and build time of `relradar report` for the bundled examples and for a
synthetic corpus (default 10,000 customers), and whether headless Chromium draws every chart.

    python benchmarks/report_bench.py                   # examples + 10,000 customers
    python benchmarks/report_bench.py --customers 2000  # a quicker scale run

The synthetic corpus reuses bench.py's generator (fixed seed), adds a brand column (four
brands) and spreads the rows over a year, so trends, events and per-brand charts all have data.
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402  (the corpus generator)

BRANDS = ("Skyway Air", "Northbank", "Brewhaus Coffee", "Lumen Mobile")


def branded_corpus(messages: int, customers: int) -> Path:
    """bench.py's corpus with a brand per customer and its rows spread over 2024."""
    source, _ = bench.ensure_corpus(messages, customers, regenerate=False)
    target = source.with_name(source.stem + "_brands.csv")
    if target.exists():
        return target
    with open(source, encoding="utf-8", newline="") as src:
        rows = list(csv.DictReader(src))
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    span = 365 * 24 * 3600
    with open(target, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        for i, row in enumerate(rows):
            brand = BRANDS[int(row["customer_id"][4:]) % len(BRANDS)]
            stamp = (start + timedelta(seconds=span * i // len(rows))).strftime(
                "%Y-%m-%dT%H:%M:%SZ")
            writer.writerow([row["customer_id"], brand, row["role"], stamp, row["text"]])
    return target


def build(args: list[str], output: Path) -> dict:
    cmd = [sys.executable, "-m", "relradar", "report", *args, "-o", str(output)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"relradar report failed: {done.stderr}")
    html = output.read_text(encoding="utf-8")
    specs = json.loads(re.search(r'<script id="report-specs" type="application/json">(.*?)'
                                 r"</script>", html, re.S).group(1))
    customers = json.loads(re.search(r'<script id="report-customers" type="application/json">'
                                     r"(.*?)</script>", html, re.S).group(1))
    return {"seconds": round(seconds, 1), "mb": round(output.stat().st_size / 1e6, 2),
            "charts": len(specs), "customers": len(customers),
            "customer_data_mb": round(len(json.dumps(customers)) / 1e6, 2)}


def browser(output: Path) -> dict:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return {"browser": "chromium not installed"}
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        done = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
             "--proxy-server=127.0.0.1:9", "--enable-logging=stderr", "--v=0",
             "--virtual-time-budget=60000", "--dump-dom", output.as_uri()],
            capture_output=True, text=True, timeout=600)
        seconds = time.perf_counter() - started
    dom = done.stdout
    return {"browser_s": round(seconds, 1),
            "drawn": dom.count('data-rendered="true"'),
            "svg": len(re.findall(r'<svg[^>]*class="marks"', dom)),
            "console": sum(":CONSOLE" in line for line in done.stderr.splitlines())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--messages-per-customer", type=int, default=5)
    ns = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="relradar-report-"))
    runs = {}
    examples = ["examples/chats.csv", "examples/emails.jsonl", "--brand-col", "brand",
                "--event", "2025-01-15:price rise", "--every", "quarter", "-q"]
    runs["examples"] = {**build(examples, folder / "examples.html"),
                        **browser(folder / "examples.html")}
    corpus = branded_corpus(ns.customers * ns.messages_per_customer, ns.customers)
    scale = [str(corpus), "--brand-col", "brand", "--event", "2024-07-01:new terms",
             "--every", "month", "-q"]
    runs[f"{ns.customers}_customers"] = {**build(scale, folder / "scale.html"),
                                         **browser(folder / "scale.html")}
    print(f"{'corpus':<18} {'build s':>8} {'MB':>6} {'charts':>6} {'drawn':>5} {'svg':>4} "
          f"{'console':>7} {'browser s':>9} {'customers':>9} {'cust. MB':>8}")
    for name, r in runs.items():
        print(f"{name:<18} {r['seconds']:>8} {r['mb']:>6} {r['charts']:>6} "
              f"{r.get('drawn', '-'):>5} {r.get('svg', '-'):>4} {r.get('console', '-'):>7} "
              f"{r.get('browser_s', '-'):>9} {r['customers']:>9} {r['customer_data_mb']:>8}")
    print(f"reports kept in {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
