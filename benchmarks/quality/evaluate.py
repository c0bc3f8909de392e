#!/usr/bin/env python3
"""Quality benchmark: relradar against the resolved labels of the real-text development set.

Runs relradar (the library, bundled lexicon) on data/customers.jsonl and on the bundled examples,
and prints, for the test half, the tuning half, each source and the examples: top-1, top-2,
undetermined kept, invented types, accuracy, valence accuracy, macro-F1, calibration by confidence
band and the top confusions. Figures only: nothing here passes or fails.

    python benchmarks/quality/evaluate.py                 # all groups, tables
    python benchmarks/quality/evaluate.py --split tune --errors 20
    python benchmarks/quality/evaluate.py --json

Tune on the tuning half only. The test half is for reporting: never read its errors
(--errors refuses any split but tune).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import signal
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# this folder (labelfiles, metrics), then this checkout's relradar: the figures are for this code
_HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(_HERE), str(_HERE.parents[1] / "src")]

from labelfiles import (  # noqa: E402
    CUSTOMERS, HERE, TEXTS, Customer, LabelFileError, read_customers, read_label_file,
    read_texts,
)
from metrics import UNDETERMINED, Prediction, Truth, quality_report  # noqa: E402

REPO = HERE.parents[1]
EXAMPLES = REPO / "examples"
HISTORIES = REPO / "benchmarks" / "histories"
# histories by later writers, labelled by their writer only: "second" is used for tuning,
# "third", "twelfth", "thirteenth", "fourteenth", "seventeenth" and "twentieth" only for
# measuring (no error analysis reads them); fourth to eleventh, fifteenth, sixteenth,
# eighteenth and nineteenth for tuning
LATER_WRITERS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                 "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
                 "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
                 "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth",
                 "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth",
                 "fortyfirst", "fortysecond", "fortythird", "fortyfourth")
REAL_COLUMNS = {"id_col": "customer_id", "text_col": "text", "time_col": "timestamp",
                "role_col": "role", "brand_col": "brand"}
ERROR_KINDS = ("any", "invented", "missed", "wrong", "valence")


@dataclass
class Run:
    """Predictions of one relradar run, keyed like the labels, with the full results."""

    predicted: dict[str, Prediction]
    results: dict[str, Any]           # key -> relradar CustomerResult
    rows_read: int


def load(extra_lexicons: list[Path], no_default: bool) -> Any:
    from relradar.lexicon import load_lexicon

    return load_lexicon(extra_lexicons, use_default=not no_default)


def run_relradar(paths: list[Path], lexicon: Any, with_brand_key: bool,
                 columns: dict[str, str | None]) -> Run:
    """Classify through the library API; the key is the customer id (plus brand, examples)."""
    from relradar.pipeline import analyze
    from relradar.readers import ReaderOptions

    analysis = analyze([str(p) for p in paths], lexicon, ReaderOptions(**columns))
    predicted: dict[str, Prediction] = {}
    results: dict[str, Any] = {}
    for c in analysis.customers:
        key = f"{c.customer_id}\t{c.brand}" if with_brand_key else c.customer_id
        if key in predicted:
            raise LabelFileError([f"customer {c.customer_id!r} appears with two brands; the "
                                  "development set has one brand per customer"])
        predicted[key] = Prediction(c.type, c.runner_up, float(c.confidence), c.valence)
        results[key] = c
    return Run(predicted, results, analysis.stats.rows_read)


def example_truth(path: Path) -> dict[str, Truth]:
    """examples/labels.csv (customer_id, brand, type): types only, no valence."""
    from relradar.evaluation import read_labels

    return {f"{cid}\t{brand}": Truth(type_) for (cid, brand), type_
            in read_labels(path, with_brand=True).items()}


def history_truth(folder: Path) -> tuple[dict[str, Truth], dict[str, str]]:
    """The written histories' labels (resolved ones when present, else the writer's) and
    their second choices. Odd ids are the tuning half, even ids the test half."""
    path = folder / "labels.csv"
    if not path.exists():
        path = folder / "labels_writer.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return ({r["customer_id"]: Truth(r["type"], r["valence"]) for r in rows},
            {r["customer_id"]: r.get("second") or "" for r in rows})


def history_half(customer_id: str) -> str:
    return "tune" if int(customer_id.lstrip("h")) % 2 else "test"


def groups_for(split: str, customers: dict[str, Customer], truth: dict[str, Truth]
               ) -> dict[str, set[str]]:
    """The labelled customer ids of each group the chosen split shows."""
    labelled = {cid for cid in truth if cid in customers}
    halves = ["test", "tune"] if split == "all" else [split]
    groups = {half: {c for c in labelled if customers[c].split == half} for half in halves}
    if split == "all":
        groups["all"] = set(labelled)
    scope = groups["all"] if split == "all" else groups[split]
    for source in sorted({customers[c].source for c in scope}):
        groups[f"source:{source}"] = {c for c in scope if customers[c].source == source}
    return groups


def report_all(split: str, customers: dict[str, Customer], truth: dict[str, Truth],
               run: Run, examples: tuple[dict[str, Truth], Run] | None,
               confusions: int, histories: tuple[dict[str, Truth], Run] | None = None
               ) -> dict[str, dict[str, Any]]:
    reports: dict[str, dict[str, Any]] = {}
    for name, ids in groups_for(split, customers, truth).items():
        reports[name] = quality_report({k: truth[k] for k in ids}, run.predicted, confusions)
    if examples is not None:
        reports["examples"] = quality_report(examples[0], examples[1].predicted, confusions)
    if histories is not None:
        labels, history_run = histories
        halves = ["test", "tune"] if split == "all" else [split]
        for half in halves:
            reports[f"histories:{half}"] = quality_report(
                {k: t for k, t in labels.items() if history_half(k) == half},
                history_run.predicted, confusions)
    return reports


# ---------------------------------------------------------------- rendering

def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths)))
                     for r in [header] + rows)


SUMMARY = [("n", "n"), ("definite", "def"), ("top1", "top-1"), ("top2", "top-2"),
           ("labelled_undetermined", "und"), ("undetermined_kept", "und kept"),
           ("invented_types", "invented"), ("missed_types", "missed"), ("accuracy", "acc"),
           ("valence_accuracy", "valence"), ("macro_f1", "macro-F1"), ("ece", "ECE")]


def render(reports: dict[str, dict[str, Any]], detailed: Iterable[str]) -> str:
    out = [table(["group"] + [t for _, t in SUMMARY],
                 [[name] + [fmt(r[k]) for k, _ in SUMMARY] for name, r in reports.items()])]
    for name in detailed:
        r = reports[name]
        out += ["", f"{name}: calibration of typed predictions ({r['typed_predictions']})",
                table(["band", "n", "correct", "accuracy", "mean conf"],
                      [[b["band"], fmt(b["n"]), fmt(b["correct"]), fmt(b["accuracy"]),
                        fmt(b["mean_confidence"])] for b in r["calibration"]])]
        if r["confusions"]:
            out += ["", f"{name}: top confusions (label -> predicted)",
                    table(["label", "predicted", "n"],
                          [[c["label"], c["predicted"], str(c["n"])] for c in r["confusions"]])]
    return "\n".join(out)


def error_kind(truth: Truth, pred: Prediction) -> str | None:
    if pred.type != truth.type:
        if truth.type == UNDETERMINED:
            return "invented"
        return "missed" if pred.type == UNDETERMINED else "wrong"
    if truth.valence and pred.valence != truth.valence:
        return "valence"
    return None


def errors_text(ids: set[str], truth: dict[str, Truth], seconds: dict[str, str], run: Run,
                texts: dict[str, list[str]], customers: dict[str, Customer], count: int,
                kind: str) -> str:
    """`count` misclassified customers, in a fixed order that mixes sources (hash of the id)."""
    chosen = []
    for cid in sorted(ids, key=lambda c: hashlib.sha256(c.encode()).hexdigest()):
        found = error_kind(truth[cid], run.predicted[cid]) if cid in run.predicted else None
        if found and (kind == "any" and found != "valence" or kind == found):
            chosen.append((cid, found))
    lines = [f"{len(chosen)} customers with errors of kind {kind!r}; showing "
             f"{min(count, len(chosen))}"]
    for cid, found in chosen[:count]:
        t, p, c = truth[cid], run.predicted[cid], run.results[cid]
        second = f" (second {seconds[cid]})" if seconds.get(cid) else ""
        evidence = "; ".join(f"{e.signal}:{e.term!r} {e.weight:+.2f}" for e in c.evidence) \
            or "none"
        signals = ", ".join(f"{k} {v:+.2f}" for k, v in list(c.signals.items())[:6]) or "none"
        text = " / ".join(texts.get(cid, [])).replace("\n", " ")
        excerpt = text[:200] + ("..." if len(text) > 200 else "")
        lines += ["", f"{cid}  [{customers[cid].source}, {customers[cid].brand}]  {found}",
                  f"  label      {t.type}{second}, valence {t.valence}",
                  f"  predicted  {p.type} (runner-up {p.runner_up}), confidence "
                  f"{p.confidence:.2f}, valence {p.valence}, sentiment {c.sentiment:+.2f}",
                  f"  evidence   {evidence}",
                  f"  signals    {signals}",
                  f"  text       {excerpt}"]
    return "\n".join(lines)


# ---------------------------------------------------------------- main

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=HERE / "labels.csv",
                        help="resolved labels, or one coder's file (default: %(default)s)")
    parser.add_argument("--customers", type=Path, default=CUSTOMERS,
                        help="the customer list with source and split (default: %(default)s)")
    parser.add_argument("--data", type=Path, default=TEXTS,
                        help="the texts, rebuilt by build.py (default: %(default)s)")
    parser.add_argument("--split", choices=("test", "tune", "all"), default="all",
                        help="which half (halves) to report; per-source rows cover it "
                             "(default: %(default)s)")
    parser.add_argument("--lexicon", type=Path, action="append", default=[],
                        help="extra lexicon file merged on top of the bundled one (repeatable)")
    parser.add_argument("--no-default-lexicon", action="store_true",
                        help="only the --lexicon files")
    parser.add_argument("--no-histories", action="store_true",
                        help="skip the written histories (benchmarks/histories)")
    parser.add_argument("--histories-errors", type=int, default=0, metavar="N",
                        help="also print N misclassified written histories of their tuning "
                             "half (odd ids)")
    parser.add_argument("--no-examples", action="store_true",
                        help="skip the bundled examples")
    parser.add_argument("--confusions", type=int, default=10, metavar="N",
                        help="confusions listed per group (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also print N misclassified customers (with --split tune only: "
                             "the test half is never used for error analysis)")
    parser.add_argument("--error-kind", choices=ERROR_KINDS, default="any",
                        help="any (a wrong type), invented (labelled undetermined, given a "
                             "type), missed, wrong (two different types), valence (right type, "
                             "wrong valence) (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.errors and args.split != "tune":
        parser.error("--errors needs --split tune: the test half is for reporting only, "
                     "never for error analysis")
    if args.errors and args.json:
        parser.error("--errors prints text; leave out --json")
    return args


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)     # `| head` ends quietly
    args = parse_args(argv)
    from relradar.errors import RelradarError

    try:
        customers = read_customers(args.customers)
        if not args.labels.exists():
            raise LabelFileError([f"{args.labels}: no labels yet; run "
                                  "benchmarks/quality/resolve.py (or give --labels)"])
        coded = read_label_file(args.labels, set(customers))
        truth = {cid: Truth(c.type, c.valence) for cid, c in coded.items()}
        if not args.data.exists():
            raise LabelFileError([f"{args.data}: no texts; rebuild them with "
                                  "benchmarks/quality/build.py"])
        lexicon = load(args.lexicon, args.no_default_lexicon)
        run = run_relradar([args.data], lexicon, False, REAL_COLUMNS)
        examples = None
        if not args.no_examples:
            example_run = run_relradar([EXAMPLES / "chats.csv", EXAMPLES / "emails.jsonl"],
                                       lexicon, True, {"brand_col": "brand"})
            examples = (example_truth(EXAMPLES / "labels.csv"), example_run)
        histories = None
        later: dict[str, tuple[dict[str, Truth], Run]] = {}
        if not args.no_histories and (HISTORIES / "histories.csv").exists():
            history_labels, history_seconds = history_truth(HISTORIES)
            histories = (history_labels, run_relradar([HISTORIES / "histories.csv"], lexicon,
                                                      False, REAL_COLUMNS))
        for name in LATER_WRITERS:
            if not args.no_histories and (HISTORIES / name / "histories.csv").exists():
                later[name] = (history_truth(HISTORIES / name)[0],
                               run_relradar([HISTORIES / name / "histories.csv"], lexicon,
                                            False, REAL_COLUMNS))
    except LabelFileError as exc:
        for problem in exc.problems:
            print(f"evaluate: error: {problem}", file=sys.stderr)
        return 1
    except RelradarError as exc:
        print(f"evaluate: error: {exc}", file=sys.stderr)
        return 1
    unmatched = sorted(set(truth) - set(run.predicted))
    if unmatched:
        print(f"evaluate: warning: {len(unmatched)} labelled customers have no text in "
              f"{args.data} (first: {unmatched[0]}); left out", file=sys.stderr)
    unlabelled = Counter(customers[c].source for c in set(customers) - set(truth))
    if unlabelled:  # e.g. a source added after the coding round: left out of every group
        per_source = ", ".join(f"{src} {n}" for src, n in sorted(unlabelled.items()))
        print(f"evaluate: warning: {sum(unlabelled.values())} customers of customers.csv have "
              f"no label ({per_source}); left out", file=sys.stderr)
    reports = report_all(args.split, customers, truth, run, examples, args.confusions,
                         histories)
    for name, (labels, later_run) in later.items():
        reports[f"histories:{name}"] = quality_report(labels, later_run.predicted,
                                                      args.confusions)
    if args.json:
        json.dump({"split": args.split, "labels": str(args.labels), "groups": reports},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        detailed = [g for g in ("test", "tune", "examples", "histories:test", "histories:tune")
                    if g in reports]
        print(render(reports, detailed))
    if args.errors:
        ids = {c for c in truth if c in customers and customers[c].split == "tune"}
        texts = read_texts(args.data)
        seconds = {cid: c.second for cid, c in coded.items()}
        print("\n" + errors_text(ids, truth, seconds, run, texts, customers, args.errors,
                                 args.error_kind))
    if args.histories_errors and histories is not None:
        labels, history_run = histories
        ids = {c for c in labels if history_half(c) == "tune"}
        written = {cid: Customer(cid, "histories", r.brand or "", "", "tune")
                   for cid, r in history_run.results.items()}
        print("\n" + errors_text(ids, labels, history_seconds, history_run,
                                 history_texts(HISTORIES / "histories.csv"), written,
                                 args.histories_errors, args.error_kind))
    return 0


def history_texts(path: Path) -> dict[str, list[str]]:
    """customer_id -> the customer's own messages (agent turns left out), in file order."""
    texts: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["role"] == "customer":
                texts.setdefault(row["customer_id"], []).append(row["text"])
    return texts


if __name__ == "__main__":
    sys.exit(main())
