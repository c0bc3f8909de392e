"""Pure figures for the quality benchmark: coder agreement, classification quality, calibration.

Plain functions over plain records, so tests can check every number on tiny inputs and the
scripts (resolve.py, evaluate.py, calibrate.py) only read files and print.
Stdlib only, besides relradar's own per-class figures (so check and the benchmark agree).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

UNDETERMINED = "undetermined"
VALENCES = ("positive", "negative", "mixed", "neutral")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


# ---------------------------------------------------------------- agreement

def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when undefined (no items).

    Chance agreement comes from each rater's own marginals. When both raters use one and the same
    category for every item, expected agreement is 1 and kappa is 1.0 by convention (perfect,
    if uninformative, agreement).
    """
    if len(a) != len(b):
        raise ValueError("both raters need the same number of items")
    n = len(a)
    if n == 0:
        return None
    observed = sum(1 for x, y in zip(a, b) if x == y) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[k] * count_b.get(k, 0) for k in count_a) / (n * n)
    if expected >= 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def exact_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    if len(a) != len(b):
        raise ValueError("both raters need the same number of items")
    return sum(1 for x, y in zip(a, b) if x == y) / len(a) if a else None


@dataclass(frozen=True)
class Coded:
    """One coder's label for one customer."""

    type: str
    second: str
    valence: str
    confidence: float | None
    note: str = ""


def agreement_report(a: dict[str, Coded], b: dict[str, Coded]) -> dict[str, object]:
    """The coders' agreement over the customers both coded (see README, 'Coder agreement')."""
    ids = sorted(set(a) & set(b))
    ta, tb = [a[i].type for i in ids], [b[i].type for i in ids]
    definite = [i for i in ids if a[i].type != UNDETERMINED and b[i].type != UNDETERMINED]
    da, db = [a[i].type for i in definite], [b[i].type for i in definite]
    ua = [a[i].type == UNDETERMINED for i in ids]
    ub = [b[i].type == UNDETERMINED for i in ids]
    va, vb = [a[i].valence for i in ids], [b[i].valence for i in ids]
    lenient = sum(1 for i in ids if a[i].type in (b[i].type, b[i].second)
                  or b[i].type in (a[i].type, a[i].second))
    return {
        "customers": len(ids),
        "type_exact": exact_agreement(ta, tb),
        "type_kappa": cohen_kappa(ta, tb),
        "definite_customers": len(definite),
        "definite_exact": exact_agreement(da, db),
        "definite_kappa": cohen_kappa(da, db),
        "undetermined_a": sum(ua),
        "undetermined_b": sum(ub),
        "undetermined_vs_typed_exact": exact_agreement(ua, ub),
        "undetermined_vs_typed_kappa": cohen_kappa(ua, ub),
        "type_within_second": lenient / len(ids) if ids else None,
        "valence_exact": exact_agreement(va, vb),
        "valence_kappa": cohen_kappa(va, vb),
    }


# ---------------------------------------------------------------- quality

@dataclass(frozen=True)
class Truth:
    type: str
    valence: str | None = None       # None: the label set has no valence (bundled examples)


@dataclass(frozen=True)
class Prediction:
    type: str
    runner_up: str | None
    confidence: float
    valence: str | None


def _share(num: int, den: int) -> float | None:
    return num / den if den else None


def per_class(pairs: Sequence[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support of every class: `relradar check`'s own figures."""
    from relradar.evaluation import per_class as relradar_per_class

    return relradar_per_class(pairs)


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Mean F1 over the classes present in the labels (as `relradar check` computes it)."""
    f1s = [row["f1"] for row in per_class(pairs).values() if row["support"]]
    return sum(f1s) / len(f1s) if f1s else None


def band_of(confidence: float, bands: Sequence[float] = BANDS) -> int:
    """Index of the band [lo, hi) holding the confidence; the last band includes its top."""
    for i in range(len(bands) - 1):
        if confidence < bands[i + 1]:
            return i
    return len(bands) - 2


def calibration(items: Sequence[tuple[float, bool]],
                bands: Sequence[float] = BANDS) -> list[dict[str, object]]:
    """Accuracy of typed predictions per confidence band, with counts and mean confidence."""
    rows = []
    for i in range(len(bands) - 1):
        inside = [(c, ok) for c, ok in items if band_of(c, bands) == i]
        rows.append({
            "band": f"{bands[i]:.1f}-{bands[i + 1]:.1f}",
            "n": len(inside),
            "correct": sum(1 for _, ok in inside if ok),
            "accuracy": _share(sum(1 for _, ok in inside if ok), len(inside)),
            "mean_confidence": (sum(c for c, _ in inside) / len(inside)) if inside else None,
        })
    return rows


def expected_calibration_error(items: Sequence[tuple[float, bool]],
                               bands: Sequence[float] = BANDS) -> float | None:
    """Count-weighted mean |accuracy - mean confidence| over the bands (ECE)."""
    if not items:
        return None
    gap = 0.0
    for i in range(len(bands) - 1):
        inside = [(c, ok) for c, ok in items if band_of(c, bands) == i]
        if inside:
            accuracy = sum(1 for _, ok in inside if ok) / len(inside)
            mean = sum(c for c, _ in inside) / len(inside)
            gap += len(inside) * abs(accuracy - mean)
    return gap / len(items)


def quality_report(truth: dict[str, Truth], predicted: dict[str, Prediction],
                   top_confusions: int = 10) -> dict[str, object]:
    """Every figure of the benchmark for one group of customers (see README, 'Metrics')."""
    ids = sorted(i for i in truth if i in predicted)
    n = len(ids)
    definite = [i for i in ids if truth[i].type != UNDETERMINED]
    undetermined = [i for i in ids if truth[i].type == UNDETERMINED]
    top1 = sum(1 for i in definite if predicted[i].type == truth[i].type)
    top2 = sum(1 for i in definite
               if truth[i].type in (predicted[i].type, predicted[i].runner_up))
    kept = sum(1 for i in undetermined if predicted[i].type == UNDETERMINED)
    correct = sum(1 for i in ids if predicted[i].type == truth[i].type)
    with_valence = [i for i in ids if truth[i].valence]
    valence_ok = sum(1 for i in with_valence if predicted[i].valence == truth[i].valence)
    pairs = [(truth[i].type, predicted[i].type) for i in ids]
    typed = [(predicted[i].confidence, predicted[i].type == truth[i].type) for i in ids
             if predicted[i].type != UNDETERMINED]
    bands = calibration(typed)
    confusions = Counter((t, p) for t, p in pairs if t != p)
    top = sorted(confusions.items(), key=lambda kv: (-kv[1], kv[0]))[:top_confusions]
    return {
        "n": n,
        "definite": len(definite),
        "top1": _share(top1, len(definite)),
        "top2": _share(top2, len(definite)),
        "labelled_undetermined": len(undetermined),
        "undetermined_kept": _share(kept, len(undetermined)),
        "invented_types": len(undetermined) - kept,
        "invented_share": _share(len(undetermined) - kept, len(undetermined)),
        "missed_types": sum(1 for i in definite if predicted[i].type == UNDETERMINED),
        "accuracy": _share(correct, n),
        "valence_n": len(with_valence),
        "valence_accuracy": _share(valence_ok, len(with_valence)),
        "macro_f1": macro_f1(pairs),
        "per_type": per_class(pairs),
        "typed_predictions": len(typed),
        "calibration": bands,
        "ece": expected_calibration_error(typed),
        "confusions": [{"label": t, "predicted": p, "n": k} for (t, p), k in top],
    }


# ---------------------------------------------------------------- isotonic calibration

def isotonic_fit(items: Sequence[tuple[float, bool]]) -> list[tuple[float, float, float, int]]:
    """Pool-adjacent-violators: a non-decreasing step map from confidence to accuracy.

    Returns blocks (lowest confidence, highest confidence, accuracy, count) in confidence order;
    equal confidences always share one block, so the map is a function of the confidence, and
    neighbouring blocks always differ in accuracy.
    """
    points: dict[float, list[int]] = {}
    for conf, ok in items:
        cell = points.setdefault(float(conf), [0, 0])
        cell[0] += int(ok)
        cell[1] += 1
    blocks: list[list[float]] = []       # [lo, hi, correct, count]
    for conf in sorted(points):
        ok, count = points[conf]
        blocks.append([conf, conf, ok, count])
        # >= rather than >: equal neighbours merge too, so each step changes the value
        while len(blocks) > 1 and blocks[-2][2] / blocks[-2][3] >= blocks[-1][2] / blocks[-1][3]:
            last = blocks.pop()
            blocks[-1][1] = last[1]
            blocks[-1][2] += last[2]
            blocks[-1][3] += last[3]
    return [(lo, hi, ok / count, int(count)) for lo, hi, ok, count in blocks]


def apply_isotonic(blocks: Sequence[tuple[float, float, float, int]], confidence: float) -> float:
    """The fitted accuracy for a raw confidence (step map; below the first block, its value)."""
    if not blocks:
        raise ValueError("no calibration blocks")
    value = blocks[0][2]
    for lo, _, accuracy, _ in blocks:
        if confidence >= lo:
            value = accuracy
    return value
