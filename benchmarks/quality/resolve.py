#!/usr/bin/env python3
"""Coder agreement and resolved labels for the real-text development set.

Reads the two coders' label files, copies them into the repository (labels_coder_a.csv,
labels_coder_b.csv: our own work, committed), prints their agreement, and writes the resolved
labels.csv. Customers the coders disagree on (type, or valence) take the adjudicator's row; while
some have none, disagreements.md lists them for the adjudicator and labels.csv is not written.

    python benchmarks/quality/resolve.py                    # default paths, see --help
    python benchmarks/quality/resolve.py --json             # agreement as JSON

Exit codes: 0 resolved, 1 bad input, 2 usage, 3 adjudication still needed. Stdlib only.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelfiles import (  # noqa: E402
    CUSTOMERS, HERE, RESOLVED_FIELDS, TEXTS, Customer, LabelFileError, read_customers,
    read_label_file, read_texts,
)
from metrics import Coded, agreement_report  # noqa: E402

CODING = Path("/work/coding")
EXIT_PENDING = 3


@dataclass(frozen=True)
class Resolved:
    customer_id: str
    type: str
    second: str
    valence: str
    confidence: float | None
    resolution: str              # agreed | adjudicated

    def row(self) -> list[str]:
        conf = "" if self.confidence is None else f"{self.confidence:.3f}".rstrip("0").rstrip(".")
        return [self.customer_id, self.type, self.second, self.valence, conf, self.resolution]


@dataclass(frozen=True)
class Pending:
    customer_id: str
    what: str                    # "type" | "valence" | "type and valence"


def mean_confidence(*values: float | None) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 3) if present else None


def first_second(type_: str, *candidates: str) -> str:
    """The first non-empty second choice that differs from the type."""
    return next((c for c in candidates if c and c != type_), "")


def resolve(a: dict[str, Coded], b: dict[str, Coded], adjudicated: dict[str, Coded]
            ) -> tuple[list[Resolved], list[Pending], list[str]]:
    """Resolved labels, customers still waiting for adjudication, and notes for stderr.

    Agreed type: that type; second = first non-empty second (coder A, then B) that differs;
    valence agreed, else the adjudicator's; confidence the coders' mean. Disagreed type: the
    adjudicator's row, its empty valence/confidence filled from the coders (agreed valence, mean
    confidence). Adjudicated rows for customers the coders fully agree on are ignored.
    """
    resolved: list[Resolved] = []
    pending: list[Pending] = []
    notes: list[str] = []
    ignored = 0
    for cid in sorted(set(a) & set(b)):
        ca, cb, adj = a[cid], b[cid], adjudicated.get(cid)
        same_type, same_valence = ca.type == cb.type, ca.valence == cb.valence
        confidence = mean_confidence(ca.confidence, cb.confidence)
        if same_type:
            second = first_second(ca.type, ca.second, cb.second)
            if same_valence:
                ignored += adj is not None
                resolved.append(Resolved(cid, ca.type, second, ca.valence, confidence, "agreed"))
            elif adj is None or not adj.valence:
                pending.append(Pending(cid, "valence"))
            else:
                if adj.type != ca.type:
                    notes.append(f"{cid}: the adjudicated type {adj.type} differs from the "
                                 f"coders' agreed type {ca.type}; the agreed type is kept")
                resolved.append(Resolved(cid, ca.type, second, adj.valence, confidence,
                                         "adjudicated"))
            continue
        if adj is None or not (adj.valence or same_valence):
            pending.append(Pending(cid, "type" if same_valence else "type and valence"))
            continue
        resolved.append(Resolved(cid, adj.type, adj.second if adj.second != adj.type else "",
                                 adj.valence or ca.valence,
                                 adj.confidence if adj.confidence is not None else confidence,
                                 "adjudicated"))
    if ignored:
        notes.append(f"{ignored} adjudicated rows name customers the coders agree on; ignored")
    unknown = sorted(set(adjudicated) - (set(a) & set(b)))
    if unknown:
        notes.append(f"{len(unknown)} adjudicated rows name customers not coded by both "
                     f"coders; ignored (first: {unknown[0]})")
    return resolved, pending, notes


# ---------------------------------------------------------------- output

def agreement_groups(a: dict[str, Coded], b: dict[str, Coded],
                     customers: dict[str, Customer]) -> dict[str, dict[str, object]]:
    """Agreement over all customers, each split and each source."""
    groups: dict[str, dict[str, object]] = {"all": agreement_report(a, b)}
    keys = [f"split:{s}" for s in sorted({c.split for c in customers.values()})]
    keys += [f"source:{s}" for s in sorted({c.source for c in customers.values()})]
    for key in keys:
        field, value = key.split(":", 1)
        ids = {cid for cid, c in customers.items() if getattr(c, field) == value}
        groups[key] = agreement_report({k: v for k, v in a.items() if k in ids},
                                       {k: v for k, v in b.items() if k in ids})
    return groups


def fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


AGREEMENT_COLUMNS = [
    ("customers", "n"), ("type_exact", "type"), ("type_kappa", "kappa"),
    ("definite_customers", "def n"), ("definite_exact", "def"), ("definite_kappa", "kappa"),
    ("undetermined_vs_typed_exact", "und/typed"), ("undetermined_vs_typed_kappa", "kappa"),
    ("type_within_second", "in 2nd"), ("valence_exact", "valence"), ("valence_kappa", "kappa"),
]


def agreement_table(groups: dict[str, dict[str, object]]) -> str:
    header = ["group"] + [title for _, title in AGREEMENT_COLUMNS]
    rows = [[name] + [fmt(g[key]) for key, _ in AGREEMENT_COLUMNS] for name, g in groups.items()]
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w)
                       in enumerate(zip(r, widths))) for r in [header] + rows]
    return "\n".join(lines)


def disagreements_markdown(pending: list[Pending], a: dict[str, Coded], b: dict[str, Coded],
                           customers: dict[str, Customer], texts: dict[str, list[str]],
                           adjudicated_path: Path) -> str:
    """Everything an adjudicator needs: both labels and notes, and the customer's words."""
    out = [f"# Disagreements to adjudicate ({len(pending)})", "",
           f"Code each customer below by docs/CODEBOOK.md and write one row per customer to "
           f"`{adjudicated_path}` (header `customer_id,type,second,valence,confidence,note`). "
           "Where only the valence is to decide, the type is agreed: give that type and the "
           "valence. Where the coders agree on valence, an empty valence keeps theirs; an empty "
           "confidence takes the coders' mean. A CSV template is at the end.", ""]
    for number, item in enumerate(pending, 1):
        c = customers.get(item.customer_id)
        where = f"source {c.source}, brand {c.brand}" if c else "not in customers.csv"
        out += [f"## {number}. `{item.customer_id}` ({where}): decide {item.what}", "",
                "| coder | type | second | valence | confidence | note |",
                "|---|---|---|---|---|---|"]
        for name, coded in (("A", a[item.customer_id]), ("B", b[item.customer_id])):
            note = coded.note.replace("|", "\\|").replace("\n", " ")
            out.append(f"| {name} | {coded.type} | {coded.second} | {coded.valence} | "
                       f"{fmt(coded.confidence)} | {note} |")
        out.append("")
        messages = texts.get(item.customer_id) or ["(text not found: rebuild data/ with build.py)"]
        for i, text in enumerate(messages, 1):
            if len(messages) > 1:
                out.append(f"Message {i}:")
            out += ["> " + line if line.strip() else ">" for line in text.splitlines()] + [""]
    out += ["## Template", "", "```csv", "customer_id,type,second,valence,confidence,note"]
    for item in pending:
        ca, cb = a[item.customer_id], b[item.customer_id]
        type_ = ca.type if ca.type == cb.type else ""
        out.append(f"{item.customer_id},{type_},,,,")
    out += ["```", ""]
    return "\n".join(out)


def write_resolved(path: Path, resolved: list[Resolved]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(RESOLVED_FIELDS)
        for item in resolved:
            writer.writerow(item.row())


def copy_label_file(source: Path, target: Path) -> None:
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--coder-a", type=Path, default=CODING / "coder_a" / "labels.csv",
                        help="coder A's labels (default: %(default)s)")
    parser.add_argument("--coder-b", type=Path, default=CODING / "coder_b" / "labels.csv",
                        help="coder B's labels (default: %(default)s)")
    parser.add_argument("--adjudicated", type=Path, default=CODING / "adjudicated.csv",
                        help="the adjudicator's rows, used if the file exists "
                             "(default: %(default)s)")
    parser.add_argument("--disagreements", type=Path, default=CODING / "disagreements.md",
                        help="written when customers still need adjudication "
                             "(default: %(default)s)")
    parser.add_argument("--customers", type=Path, default=CUSTOMERS,
                        help="the customer list (default: %(default)s)")
    parser.add_argument("--texts", type=Path, default=TEXTS,
                        help="the texts, for disagreements.md (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE,
                        help="folder for labels_coder_a.csv, labels_coder_b.csv and labels.csv "
                             "(default: %(default)s)")
    parser.add_argument("--allow-missing", action="store_true",
                        help="resolve the customers both coders coded even if some are missing "
                             "(while coding is under way); labels.csv then covers only those")
    parser.add_argument("--json", action="store_true", help="print the agreement as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)     # `| head` ends quietly
    args = parse_args(argv)
    try:
        customers = read_customers(args.customers)
        known = set(customers)
        a = read_label_file(args.coder_a, known)
        b = read_label_file(args.coder_b, known)
        adjudicated = (read_label_file(args.adjudicated, known, require_valence=False)
                       if args.adjudicated.exists() else {})
    except LabelFileError as exc:
        for problem in exc.problems:
            print(f"resolve: error: {problem}", file=sys.stderr)
        return 1
    missing = {name: sorted(known - set(coded)) for name, coded in (("A", a), ("B", b))}
    for name, ids in missing.items():
        if ids:
            print(f"resolve: {'warning' if args.allow_missing else 'error'}: coder {name} has "
                  f"no row for {len(ids)} of {len(known)} customers (first: {ids[0]})",
                  file=sys.stderr)
    if any(missing.values()) and not args.allow_missing:
        print("resolve: hint: every customer needs a row; --allow-missing resolves the "
              "customers both coded", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    copy_label_file(args.coder_a, args.out / "labels_coder_a.csv")
    copy_label_file(args.coder_b, args.out / "labels_coder_b.csv")

    groups = agreement_groups(a, b, customers)
    resolved, pending, notes = resolve(a, b, adjudicated)
    if args.json:
        json.dump({"agreement": groups, "resolved": len(resolved), "pending": len(pending)},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(agreement_table(groups))
    for note in notes:
        print(f"resolve: note: {note}", file=sys.stderr)
    if pending:
        try:
            texts = read_texts(args.texts)
        except LabelFileError as exc:
            print(f"resolve: warning: {exc.problems[0]}", file=sys.stderr)
            texts = {}
        args.disagreements.parent.mkdir(parents=True, exist_ok=True)
        args.disagreements.write_text(
            disagreements_markdown(pending, a, b, customers, texts, args.adjudicated),
            encoding="utf-8")
        kinds = sum(1 for p in pending if p.what != "valence")
        print(f"resolve: {len(pending)} customers still need adjudication ({kinds} type, "
              f"{len(pending) - kinds} valence only), listed in {args.disagreements}; write "
              f"their rows to {args.adjudicated} and run again (labels.csv not written)",
              file=sys.stderr)
        return EXIT_PENDING
    write_resolved(args.out / "labels.csv", resolved)
    agreed = sum(1 for r in resolved if r.resolution == "agreed")
    print(f"resolve: wrote {args.out / 'labels.csv'}: {len(resolved)} customers, {agreed} "
          f"agreed, {len(resolved) - agreed} adjudicated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
