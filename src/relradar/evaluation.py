"""`relradar check`: classification quality against hand labels (accuracy, macro-F1, confusion)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from relradar.errors import InputError
from relradar.readers import describe_columns
from relradar.models import CustomerResult
from relradar.scoring import UNDETERMINED

Key = tuple[str, str | None]


def read_labels(path: Path, with_brand: bool,
                conflicts: dict[Key, Counter[str]] | None = None) -> dict[Key, str]:
    """labels.csv: customer_id, [brand,] type; a customer listed twice with different types
    is recorded in `conflicts` (the last row's type is kept). A bad byte or quote is one
    clear error."""
    try:
        return _read_labels(path, with_brand, conflicts)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: labels are not UTF-8 (byte {exc.start})",
                         "save the labels file as UTF-8") from None
    except csv.Error as exc:
        raise InputError(f"{path}: cannot read the labels CSV ({exc})",
                         "check its quoting") from None


def _read_labels(path: Path, with_brand: bool,
                 conflicts: dict[Key, Counter[str]] | None) -> dict[Key, str]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot read labels ({exc.strerror})", "check the path") from None
    with handle:
        reader = csv.DictReader(handle)
        fields = [f.strip() for f in reader.fieldnames or []]
        reader.fieldnames = fields
        id_col = next((f for f in fields if f.lower() in ("customer_id", "customer", "id")), None)
        type_col = next((f for f in fields if f.lower() in ("type", "label", "relationship")),
                        None)
        if id_col is None or type_col is None:
            raise InputError(f"{path}:1: labels need customer_id and type columns "
                             f"({describe_columns(fields)})", "rename the header")
        brand_col = next((f for f in fields if f.lower() == "brand"), None)
        labels: dict[Key, str] = {}
        seen: dict[Key, Counter[str]] = {}
        for row in reader:
            customer, label = (row.get(id_col) or "").strip(), (row.get(type_col) or "").strip()
            if not customer or not label:
                raise InputError(f"{path}:{reader.line_num}: a label row needs both a customer "
                                 "id and a type", "fill in or delete the row")
            brand = (row.get(brand_col) or "").strip() or None if (with_brand and brand_col) \
                else None
            key = (customer, brand)
            seen.setdefault(key, Counter())[label] += 1
            labels[key] = label
    if conflicts is not None:
        conflicts.update({key: counts for key, counts in seen.items() if len(counts) > 1})
    return labels


def parse_label_map(items: list[str] | None) -> dict[str, str]:
    """--label-map FROM=TO (repeatable): how a corpus's labels name the types."""
    from relradar.errors import UsageError

    mapping: dict[str, str] = {}
    for item in items or []:
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise UsageError(f"--label-map {item!r} is not FROM=TO",
                             "for example --label-map positive=marriage_partners")
        mapping[source.strip()] = target.strip()
    return mapping


def type_labels(labels: dict[Key, str], type_ids: set[str], label_names: dict[str, str],
                label_map: dict[str, str]) -> dict[Key, str]:
    """Labels as type ids: mapped by --label-map, then by id or type name in any case
    ("Marriage partners", "marriage-partners"); any other label is an error listing them all.
    """
    from relradar.hints import did_you_mean

    by_name = {tid: tid for tid in type_ids}
    by_name.update({name: tid for tid, name in label_names.items()})
    lookup = {_fold(name): tid for name, tid in by_name.items()}
    unknown_targets = sorted({t for t in label_map.values() if _fold(t) not in lookup})
    if unknown_targets:
        raise InputError(f"--label-map maps to {', '.join(map(repr, unknown_targets))}, which "
                         "are not relationship types", "see relradar types for the ids")
    out: dict[Key, str] = {}
    unknown: Counter[str] = Counter()
    for key, label in labels.items():
        mapped = label_map.get(label, label)
        tid = lookup.get(_fold(mapped))
        if tid is None:
            unknown[label] += 1
        else:
            out[key] = tid
    if unknown:
        shown = ", ".join(f"{label!r} ({n} customer{'s' if n > 1 else ''})"
                          for label, n in unknown.most_common(8))
        first = unknown.most_common(1)[0][0]
        raise InputError(
            f"{len(unknown)} label value(s) are not relationship types: {shown}"
            f"{' ...' if len(unknown) > 8 else ''}{did_you_mean(first, by_name, 0.7)}",
            f"map them with --label-map {first}=TYPE (see relradar types), or check "
            "--label-col")
    return out


def _fold(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").replace("-", " ").split())


def conflict_lines(conflicts: dict[Key, Counter[str]], limit: int = 3) -> str:
    """'c1 (fling 2, enemies 1); ...' for a warning."""
    shown = []
    for (customer, brand), counts in list(conflicts.items())[:limit]:
        who = customer + (f" @ {brand}" if brand else "")
        shown.append(f"{who} ({', '.join(f'{k} {n}' for k, n in counts.most_common())})")
    return "; ".join(shown) + (" ..." if len(conflicts) > limit else "")


@dataclass(frozen=True)
class CheckReport:
    total: int
    correct: int
    accuracy: float
    macro_f1: float
    per_type: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    undetermined: dict[str, int]
    unlabelled: int
    missing: int

    def to_dict(self) -> dict[str, Any]:
        return {"customers": self.total, "correct": self.correct,
                "accuracy": round(self.accuracy, 4), "macro_f1": round(self.macro_f1, 4),
                "per_type": self.per_type, "confusion": self.confusion,
                "undetermined": self.undetermined, "unlabelled_customers": self.unlabelled,
                "labels_without_messages": self.missing}


def per_class(pairs: Sequence[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1, support and predictions of every class in the labels or the
    predictions, from (label, prediction) pairs."""
    rows: dict[str, dict[str, float]] = {}
    for cls in sorted({t for t, _ in pairs} | {p for _, p in pairs}):
        tp = sum(1 for t, p in pairs if t == cls and p == cls)
        fp = sum(1 for t, p in pairs if t != cls and p == cls)
        fn = sum(1 for t, p in pairs if t == cls and p != cls)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[cls] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn,
                     "predicted": tp + fp}
    return rows


def evaluate(customers: list[CustomerResult], labels: dict[Key, str] | None) -> CheckReport:
    """Compare predictions with labels (from `labels`, else from the label column)."""
    pairs: list[tuple[str, str]] = []
    unlabelled = 0
    seen: set[Key] = set()
    for c in customers:
        key = (c.customer_id, c.brand)
        truth = labels.get(key) if labels is not None else c.true_label
        seen.add(key)
        if not truth:
            unlabelled += 1
            continue
        pairs.append((truth, c.type))
    missing = len(set(labels) - seen) if labels is not None else 0
    if not pairs:
        raise InputError("no labelled customers to check",
                         "give --label-col, or --labels with customer ids present in the data")
    correct = sum(1 for t, p in pairs if t == p)
    classes = per_class(pairs)
    per_type = {cls: {"precision": round(row["precision"], 4), "recall": round(row["recall"], 4),
                      "f1": round(row["f1"], 4), "support": row["support"]}
                for cls, row in classes.items()}
    f1s = [row["f1"] for row in classes.values() if row["support"]]
    confusion: dict[str, dict[str, int]] = {}
    for (t, p), n in sorted(Counter(pairs).items()):
        confusion.setdefault(t, {})[p] = n
    undetermined = {
        "labelled_undetermined": sum(1 for t, _ in pairs if t == UNDETERMINED),
        "correctly_undetermined": sum(1 for t, p in pairs if t == p == UNDETERMINED),
        "invented_type": sum(1 for t, p in pairs if t == UNDETERMINED and p != UNDETERMINED),
        "missed_type": sum(1 for t, p in pairs if t != UNDETERMINED and p == UNDETERMINED),
    }
    return CheckReport(total=len(pairs), correct=correct, accuracy=correct / len(pairs),
                       macro_f1=sum(f1s) / len(f1s) if f1s else 0.0, per_type=per_type,
                       confusion=confusion, undetermined=undetermined, unlabelled=unlabelled,
                       missing=missing)


XML_INVALID_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE) become U+FFFD."""
    return XML_INVALID_RE.sub("\ufffd", str(value))


def junit_xml(report: CheckReport, failures: list[str]) -> str:
    """One test suite: the thresholds as one case, each type's recall as a case (info only).

    Labels come from the data, so every name and text is cleaned of characters XML cannot
    hold before it is escaped: the file always parses."""
    cases = []
    overall = (f"accuracy {report.accuracy:.3f}, macro-F1 {report.macro_f1:.3f} over "
               f"{report.total} customers")
    body = "".join(f"<failure message={quoteattr(xml_text(f))}>{escape(xml_text(f))}</failure>"
                   for f in failures)
    cases.append(f'  <testcase classname="relradar.check" name="thresholds">{body}'
                 f"<system-out>{escape(overall)}</system-out></testcase>")
    for cls, row in report.per_type.items():
        text = (f"precision {row['precision']:.3f} recall {row['recall']:.3f} "
                f"f1 {row['f1']:.3f} support {int(row['support'])}")
        name = quoteattr(xml_text(cls))
        cases.append(f'  <testcase classname="relradar.check.type" name={name}>'
                     f"<system-out>{escape(text)}</system-out></testcase>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuite name="relradar check" tests="{len(cases)}" '
            f'failures="{1 if failures else 0}">\n' + "\n".join(cases) + "\n</testsuite>\n")


def threshold_failures(report: CheckReport, min_accuracy: float | None,
                       min_macro_f1: float | None) -> list[str]:
    failures = []
    if min_accuracy is not None and report.accuracy < min_accuracy:
        failures.append(f"accuracy {report.accuracy:.3f} is below --min-accuracy {min_accuracy}")
    if min_macro_f1 is not None and report.macro_f1 < min_macro_f1:
        failures.append(f"macro-F1 {report.macro_f1:.3f} is below --min-macro-f1 {min_macro_f1}")
    return failures
