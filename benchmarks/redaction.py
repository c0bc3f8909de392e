#!/usr/bin/env python3
"""Redaction timings: hostile 1 MB words (the linear-time guarantee) and ordinary messages.

    PYTHONPATH=src python benchmarks/redaction.py

Prints seconds per 1 MB and 2 MB word for each hostile shape and their ratio (about 2 for a
linear pattern, about 4 for a quadratic one), and messages per second on short texts.
"""

from __future__ import annotations

import random
import time

from relradar.privacy import redact_text

SHAPES = {
    "letters": lambda n: "a" * n,
    "letters-then-at": lambda n: "a" * (n - 1) + "@",
    "at-pairs": lambda n: "a@" * (n // 2),
    "dotted-then-at": lambda n: "a." * (n // 2 - 1) + "@x",
    "spaced-digits": lambda n: "1 " * (n // 2),
    "dashed-digits": lambda n: "1-" * (n // 2),
    "iban-prefixes": lambda n: "DE89" * (n // 4),
    "plus-parens": lambda n: "+(" * (n // 2),
    "handle": lambda n: "@" + "a" * (n - 1),
}


def seconds(text: str) -> float:
    started = time.perf_counter()
    redact_text(text)
    return time.perf_counter() - started


def main() -> None:
    print(f"{'shape':<18} {'1 MB s':>8} {'2 MB s':>8} {'ratio':>6}")
    for name, make in SHAPES.items():
        small, big = seconds(make(1_000_000)), seconds(make(2_000_000))
        print(f"{name:<18} {small:8.3f} {big:8.3f} {big / max(small, 1e-9):6.1f}")
    rng = random.Random(7)
    words = ["I", "love", "you", "call", "me", "at", "+44 20 7946 0958", "card",
             "4111 1111 1111 1111", "jane@example.com", "thanks", "order", "12345", "!"]
    texts = [" ".join(rng.choice(words) for _ in range(25)) for _ in range(20_000)]
    started = time.perf_counter()
    for text in texts:
        redact_text(text)
    elapsed = time.perf_counter() - started
    print(f"short messages: {len(texts) / elapsed:,.0f} per second")


if __name__ == "__main__":
    main()
