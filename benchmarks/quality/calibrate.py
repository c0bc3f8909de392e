#!/usr/bin/env python3
"""Fit a monotone map from relradar's raw confidence to observed accuracy, on the tuning half.

Isotonic regression (pool-adjacent-violators) over the typed predictions of the tuning half:
each block of raw confidences gets the share of them that were right, never falling as the
confidence rises. Prints the map as a YAML snippet for the lexicon's scoring section (a proposal:
relradar does not read such a key yet), and on stderr the calibration error before and after,
on the tuning half (in-sample) and on the test half (held out, figures only).

    python benchmarks/quality/calibrate.py
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate import REAL_COLUMNS, load, run_relradar  # noqa: E402
from labelfiles import (  # noqa: E402
    CUSTOMERS, HERE, TEXTS, LabelFileError, read_customers, read_label_file,
)
from metrics import (  # noqa: E402
    UNDETERMINED, apply_isotonic, expected_calibration_error, isotonic_fit,
)


def yaml_snippet(blocks: list[tuple[float, float, float, int]], typed: int, customers: int,
                 labels: Path) -> str:
    lines = ["# Isotonic (PAV) confidence calibration fitted on the tuning half:",
             f"# {typed} typed predictions among {customers} customers, labels {labels.name}.",
             "# A raw confidence >= `from` (up to the next entry) maps to `confidence`;",
             "# `n` is the number of tuning predictions behind the step. Proposed key: relradar",
             "# does not read it yet (scoring keys are plain numbers today).",
             "scoring:",
             "  confidence_calibration:"]
    for lo, hi, accuracy, count in blocks:
        lines.append(f"    - {{from: {lo:.3f}, confidence: {accuracy:.3f}, n: {count}}}"
                     f"   # raw {lo:.3f}-{hi:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)     # `| head` ends quietly
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=HERE / "labels.csv",
                        help="resolved labels (default: %(default)s)")
    parser.add_argument("--customers", type=Path, default=CUSTOMERS)
    parser.add_argument("--data", type=Path, default=TEXTS)
    parser.add_argument("--lexicon", type=Path, action="append", default=[],
                        help="extra lexicon file merged on top of the bundled one (repeatable)")
    parser.add_argument("--no-default-lexicon", action="store_true")
    args = parser.parse_args(argv)
    from relradar.errors import RelradarError

    try:
        customers = read_customers(args.customers)
        if not args.labels.exists():
            raise LabelFileError([f"{args.labels}: no labels yet; run resolve.py first"])
        truth = read_label_file(args.labels, set(customers))
        run = run_relradar([args.data], load(args.lexicon, args.no_default_lexicon), False,
                           REAL_COLUMNS)
    except LabelFileError as exc:
        for problem in exc.problems:
            print(f"calibrate: error: {problem}", file=sys.stderr)
        return 1
    except RelradarError as exc:
        print(f"calibrate: error: {exc}", file=sys.stderr)
        return 1

    def typed(half: str) -> list[tuple[float, bool]]:
        return [(p.confidence, p.type == truth[cid].type) for cid, p in run.predicted.items()
                if cid in truth and customers[cid].split == half and p.type != UNDETERMINED]

    tune, test = typed("tune"), typed("test")
    if not tune:
        print("calibrate: error: no typed predictions on the tuning half", file=sys.stderr)
        return 1
    blocks = isotonic_fit(tune)
    tune_customers = sum(1 for cid in truth if customers[cid].split == "tune")
    print(yaml_snippet(blocks, len(tune), tune_customers, args.labels))
    for name, items in (("tune (in-sample)", tune), ("test (held out)", test)):
        if not items:
            continue
        raw = expected_calibration_error(items)
        mapped = expected_calibration_error([(apply_isotonic(blocks, c), ok) for c, ok in items])
        print(f"calibrate: {name}: {len(items)} typed predictions, ECE raw {raw:.3f}, "
              f"calibrated {mapped:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
