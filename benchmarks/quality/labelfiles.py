"""Reading the benchmark's files: coders' and resolved labels, the customer list, the texts.

Every problem in a label file is reported with file:line before giving up, so a coder can fix a
file in one pass. Stdlib only.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from metrics import UNDETERMINED, VALENCES, Coded

HERE = Path(__file__).resolve().parent
CUSTOMERS = HERE / "customers.csv"
TEXTS = HERE / "data" / "customers.jsonl"
LABEL_FIELDS = ("customer_id", "type", "second", "valence", "confidence", "note")
RESOLVED_FIELDS = ("customer_id", "type", "second", "valence", "confidence", "resolution")

# The 21 type ids of docs/CODEBOOK.md (and lexicons/en.yaml); a misspelt id is an error.
TYPE_IDS = (
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies", "master_slave",
    "marriage_partners", "dealer_addict", "secret_affair", "complete_strangers",
    "fleeting_acquaintance", "casual_acquaintance", "teammates", "old_friends", "close_siblings",
    "ex_friends", "enemies", "love_hate", "one_night_stand", "colleagues", "adversaries",
)


class LabelFileError(Exception):
    """One or more problems in an input file, each already located (file:line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Customer:
    customer_id: str
    source: str
    brand: str
    selection: str
    split: str


def read_customers(path: Path = CUSTOMERS) -> dict[str, Customer]:
    """customers.csv: customer_id, source, brand, n_messages, selection, split."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["customer_id"]: Customer(row["customer_id"], row["source"], row["brand"],
                                                 row["selection"], row["split"])
                    for row in csv.DictReader(handle)}
    except OSError as exc:
        raise LabelFileError([f"{path}: cannot read the customer list ({exc.strerror})"]) from None
    except KeyError as exc:
        raise LabelFileError([f"{path}:1: column {exc} missing"]) from None


def read_texts(path: Path = TEXTS) -> dict[str, list[str]]:
    """customer_id -> the customer's messages in file order (customers.jsonl)."""
    texts: dict[str, list[str]] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    texts.setdefault(row["customer_id"], []).append(row.get("text") or "")
    except OSError as exc:
        raise LabelFileError([f"{path}: cannot read the texts ({exc.strerror}); rebuild them "
                              "with benchmarks/quality/build.py"]) from None
    return texts


def read_label_file(path: Path, known: set[str] | None = None,
                    allowed_types: tuple[str, ...] = TYPE_IDS,
                    require_valence: bool = True) -> dict[str, Coded]:
    """A coder's, the adjudicator's or the resolved label file, checked row by row.

    Required columns: customer_id, type, valence; second, confidence and note are optional.
    `known`: the customer ids a row may name (others are errors). `require_valence=False`
    (adjudication files) lets valence be empty, meaning "as the coders agreed".
    """
    types = set(allowed_types) | {UNDETERMINED}
    problems: list[str] = []
    labels: dict[str, Coded] = {}
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise LabelFileError([f"{path}: cannot read labels ({exc.strerror})"]) from None
    with handle:
        reader = csv.DictReader(handle)
        fields = [f.strip() for f in reader.fieldnames or []]
        reader.fieldnames = fields
        missing = [f for f in ("customer_id", "type", "valence") if f not in fields
                   and (require_valence or f != "valence")]
        if missing:
            raise LabelFileError([f"{path}:1: columns {', '.join(missing)} missing (header "
                                  f"{','.join(LABEL_FIELDS)})"])
        for row in reader:
            where = f"{path}:{reader.line_num}"
            cid = (row.get("customer_id") or "").strip()
            type_ = (row.get("type") or "").strip()
            second = (row.get("second") or "").strip()
            valence = (row.get("valence") or "").strip().lower()
            raw_conf = (row.get("confidence") or "").strip()
            if not cid and not type_:
                continue                     # a blank line
            if not cid:
                problems.append(f"{where}: no customer_id")
                continue
            if known is not None and cid not in known:
                problems.append(f"{where}: customer {cid!r} is not in customers.csv")
            if cid in labels:
                problems.append(f"{where}: customer {cid!r} has a second row")
            if type_ not in types:
                problems.append(f"{where}: type {type_!r} is not a type id or 'undetermined'")
            if second and second not in types:
                problems.append(f"{where}: second {second!r} is not a type id")
            if valence not in VALENCES and (require_valence or valence):
                problems.append(f"{where}: valence {valence!r} is not one of "
                                f"{', '.join(VALENCES)}")
            confidence: float | None = None
            if raw_conf:
                try:
                    confidence = float(raw_conf)
                except ValueError:
                    problems.append(f"{where}: confidence {raw_conf!r} is not a number")
                else:
                    if not 0.0 <= confidence <= 1.0:
                        problems.append(f"{where}: confidence {raw_conf} is outside 0-1")
            labels[cid] = Coded(type_, second if second != type_ else "", valence, confidence,
                                (row.get("note") or "").strip())
    if problems:
        raise LabelFileError(problems)
    return labels
