#!/usr/bin/env python3
"""Train the learned-wording model (relradar.learned) and write lexicons/learned-en.npz.

    pip install -e '.[train]'      # scikit-learn, for training only
    python benchmarks/learned/train.py [--check]

Training data: the project's own written histories that are used for tuning (the first
writer's odd ids and the later sets listed in TRAIN_SETS) and the bundled examples; all are
the project's own writing. Never trained on: the real-text development set (its texts are
rebuilt from corpora whose licences do not let their words ship) and the written sets kept
for measuring (the first writer's even ids, third, twelfth, thirteenth, fourteenth,
seventeenth, twentieth, twentysecond), so that benchmarks/quality/evaluate.py still measures
the model on text it has not seen.

Each customer's messages are read and cleaned the way `relradar classify` reads them (agent
turns, quoted replies, signatures and shared links set aside; an identical text counted once),
and the model sees the words and bigrams that relradar.learned counts at run time: a
customer's feature is count x idf / sqrt(words), a multinomial logistic regression (L2, C=100)
learns the weights, and the file stores them with the idf folded in, in fixed point (relradar
reads them without numpy). `--check` retrains and compares with the committed file instead of
writing it.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "benchmarks" / "quality")]

TRAIN_SETS = ("second", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "fifteenth", "sixteenth", "eighteenth", "nineteenth", "twentyfirst",
              "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh",
              "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond",
              "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh",
              "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird",
              "fortyfourth")
KEPT_FOR_MEASURING = ("third", "twelfth", "thirteenth", "fourteenth", "seventeenth",
                      "twentieth", "twentysecond")
C = 100.0
MIN_CUSTOMERS = 2        # a word or bigram must occur in this many training customers


def customer_grams(paths: list[Path], columns: dict, matcher, keyed_by_brand: bool
                   ) -> dict[str, tuple[Counter, int]]:
    """customer key -> (gram counts, words) over the customer's own cleaned messages."""
    from relradar.learned import grams_of, words_of
    from relradar.pipeline import DUPLICATE_MIN_CHARS, clean
    from relradar.readers import ReaderOptions, ReadStats, read_messages

    out: dict[str, tuple[Counter, int]] = {}
    seen: dict[str, set[str]] = {}
    for message in read_messages([str(p) for p in paths], ReaderOptions(**columns), ReadStats()):
        key = (f"{message.customer_id}\t{message.brand}" if keyed_by_brand
               else message.customer_id)
        texts = seen.setdefault(key, set())
        if len(message.text) >= DUPLICATE_MIN_CHARS and message.text in texts:
            continue
        texts.add(message.text)
        if matcher.shared(message.text):
            continue
        words = words_of(clean(message.text, matcher))
        counts, total = out.get(key, (Counter(), 0))
        counts.update(grams_of(words))
        out[key] = (counts, total + len(words))
    return out


def training_data() -> tuple[list[tuple[Counter, int]], list[str], list[str]]:
    import evaluate as ev
    from relradar.lexicon import load_lexicon
    from relradar.matching import build_matcher

    matcher = build_matcher(load_lexicon([], use_default=True))
    docs, labels, origin = [], [], []

    def take(grams: dict[str, tuple[Counter, int]], truth: dict, name: str) -> None:
        for key, t in sorted(truth.items()):
            if key in grams and grams[key][1]:
                docs.append(grams[key])
                labels.append(t.type)
                origin.append(name)

    first, _ = ev.history_truth(ev.HISTORIES)
    tuning = {cid: t for cid, t in first.items() if ev.history_half(cid) == "tune"}
    take(customer_grams([ev.HISTORIES / "histories.csv"], ev.REAL_COLUMNS, matcher, False),
         tuning, "histories (odd ids)")
    for name in TRAIN_SETS:
        truth, _ = ev.history_truth(ev.HISTORIES / name)
        take(customer_grams([ev.HISTORIES / name / "histories.csv"], ev.REAL_COLUMNS, matcher,
                            False), truth, name)
    examples = ev.example_truth(ev.EXAMPLES / "labels.csv")
    take(customer_grams([ev.EXAMPLES / "chats.csv", ev.EXAMPLES / "emails.jsonl"],
                        {"brand_col": "brand"}, matcher, True), examples, "examples")
    return docs, labels, origin


def fit(docs: list[tuple[Counter, int]], labels: list[str]):
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    df = Counter(g for counts, _ in docs for g in counts)
    vocabulary = sorted(g for g, n in df.items() if n >= MIN_CUSTOMERS)
    index = {g: i for i, g in enumerate(vocabulary)}
    idf = np.array([math.log((1 + len(docs)) / (1 + df[g])) + 1 for g in vocabulary])
    rows, cols, values = [], [], []
    for r, (counts, words) in enumerate(docs):
        for g, k in counts.items():
            if g in index:
                rows.append(r)
                cols.append(index[g])
                values.append(k * idf[index[g]] / math.sqrt(words))
    features = csr_matrix((values, (rows, cols)), shape=(len(docs), len(vocabulary)))
    model = LogisticRegression(C=C, max_iter=5000).fit(features, labels)
    weights = (model.coef_ * idf[None, :]).T          # vocabulary x classes, idf folded in
    return vocabulary, weights, model.intercept_, [str(c) for c in model.classes_]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="retrain and compare with the committed model instead of writing")
    args = parser.parse_args()
    import numpy as np

    from relradar.learned import BIAS, _load, model_path, save

    docs, labels, origin = training_data()
    vocabulary, weights, intercept, classes = fit(docs, labels)
    path = model_path("en")
    sets = ", ".join(f"{n} {k}" for k, n in Counter(origin).items())
    print(f"trained on {len(docs)} customers ({sets}); {len(vocabulary)} words and bigrams, "
          f"{len(classes)} classes", file=sys.stderr)
    if args.check:
        stored = _load(str(path))
        with np.load(path, allow_pickle=False) as data:       # the fixed-point weights
            kept = (data["weights"].astype(np.float64) - BIAS) / float(data["scale"])
        same = (stored is not None and stored.vocabulary == vocabulary
                and stored.classes == classes and kept.shape == weights.shape
                and np.allclose(kept, weights, atol=1e-3))
        print("the committed model matches" if same else "the committed model differs",
              file=sys.stderr)
        return 0 if same else 1
    share = labels.count("undetermined") / len(labels)
    save(path, vocabulary, weights, intercept, classes, share)
    print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
