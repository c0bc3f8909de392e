"""Learned wording: a linear model over the customer's own words, for the customers the lexicon
leaves undetermined.

The lexicon reads a relationship from listed wordings; customers who tell it in other words
("my dad did every oil change with this stuff, my brother and I both use it now") are left
undetermined. The model (`lexicons/learned-<language>.npz`, trained by
`benchmarks/learned/train.py` on the project's own written histories and examples, never on
the sets kept for measuring) scores the customer's words and bigrams for every type. It decides
only where the lexicon decided nothing, and only when its best type is not `undetermined` and
has at least `scoring.learned_min` of its probability (0 turns it off). The written training
sets are about a third undetermined; `scoring.learned_undetermined_share` says how often
customers are undetermined where the model is used (most real customers are), and the
undetermined score is raised by the difference in log-odds before that test.

The score is additive over messages, so a run keeps one small vector per customer: for each
message the summed weights of its known words and bigrams and its word count; at the end,
type scores = intercept + sum / sqrt(words), and a softmax gives the probabilities.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from relradar.errors import LexiconError
from relradar.lexicon import Lexicon, default_lexicon_path

WORD_RE = re.compile(r"[a-z0-9']+")
MODEL_NAME = "learned-{language}.npz"
UNDETERMINED = "undetermined"


def words_of(text: str) -> list[str]:
    """The lower-case words the model reads (curly apostrophes straightened)."""
    text = text.lower()
    return WORD_RE.findall(text.replace("\u2019", "'") if "\u2019" in text else text)


def grams_of(words: list[str]) -> list[str]:
    """Words and bigrams, as the model's vocabulary holds them."""
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class LearnedModel:
    """Per-type weights of words and bigrams (idf folded in), an intercept per type."""

    def __init__(self, vocabulary: list[str], weights: Any, intercept: Any,
                 classes: list[str], undetermined_share: float) -> None:
        import numpy as np      # (imported with the model only: `relradar --help` stays quick)

        self.index = {gram: i for i, gram in enumerate(vocabulary)}
        self.vocabulary = vocabulary
        self.weights = np.asarray(weights, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.classes = list(classes)
        # the share of undetermined customers the model was trained on (see `shift`)
        self.undetermined_share = float(undetermined_share)
        self.width = len(self.classes) + 1       # the summed weights, then the word count

    def contribution(self, text: str) -> bytes | None:
        """One message's part: its known grams' summed weights and its word count, packed
        (float32), or None for a message without words."""
        words = words_of(text)
        if not words:
            return None
        get = self.index.get          # the words, then the bigrams (as grams_of lists them)
        rows = [i for i in map(get, words) if i is not None]
        rows += [i for i in map(get, map(" ".join, zip(words, words[1:]))) if i is not None]
        import numpy as np
        out = np.zeros(self.width, dtype=np.float32)
        if rows:
            out[:-1] = self.weights[rows].sum(axis=0, dtype=np.float32)
        out[-1] = len(words)
        return out.tobytes()

    def shift(self, share: float) -> float:
        """What the undetermined score gains when customers are undetermined `share` of the
        time rather than as often as in training (a prior correction, in log-odds): the
        written training sets are about a third undetermined, real exports mostly are."""
        if not 0 < share < 1 or not 0 < self.undetermined_share < 1:
            return 0.0
        return _logit(share) - _logit(self.undetermined_share)

    def probabilities(self, total: bytes, shift: float = 0.0) -> dict[str, float]:
        """Per type, from a customer's total (see `add_part`)."""
        import numpy as np

        vector = np.frombuffer(total, dtype=np.float16).astype(np.float64)
        words = vector[-1]
        scores = self.intercept + (vector[:-1] / math.sqrt(words) if words > 0 else 0.0)
        if shift and UNDETERMINED in self.classes:
            scores[self.classes.index(UNDETERMINED)] += shift
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return {c: float(p) for c, p in zip(self.classes, scores)}

    def best(self, total: bytes | None, shift: float = 0.0) -> tuple[str, float]:
        """The most probable type and its probability (`undetermined`, 1.0 with no words)."""
        if total is None:
            return UNDETERMINED, 1.0
        probs = self.probabilities(total, shift)
        best = max(probs, key=lambda c: (probs[c], c))
        return best, round(probs[best], 3)

    def cues(self, texts: list[str], type_id: str, n: int = 5) -> list[tuple[str, float]]:
        """The grams of these texts that count most toward `type_id` (for explain)."""
        if type_id not in self.classes:
            return []
        column = self.classes.index(type_id)
        counts: dict[str, int] = {}
        for text in texts:
            for gram in grams_of(words_of(text)):
                if gram in self.index:
                    counts[gram] = counts.get(gram, 0) + 1
        weighed = [(gram, float(self.weights[self.index[gram], column]) * k)
                   for gram, k in counts.items()]
        weighed = [(g, round(w, 3)) for g, w in weighed if w > 0]
        return sorted(weighed, key=lambda gw: (-gw[1], gw[0]))[:n]


@lru_cache(maxsize=8)
def model_path(language: str) -> Path:
    """Beside the bundled lexicon of that language (in the package, or the repo's lexicons/)."""
    return default_lexicon_path(language).with_name(MODEL_NAME.format(language=language))


@lru_cache(maxsize=4)
def _load(path: str) -> LearnedModel | None:
    if not Path(path).is_file():
        return None
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = bytes(data["vocabulary"]).decode("utf-8").split("\n")
            classes = bytes(data["classes"]).decode("utf-8").split("\n")
            model = LearnedModel(vocabulary, data["weights"], data["intercept"], classes,
                                 float(data["undetermined_share"]))
    except (OSError, ValueError, KeyError, UnicodeDecodeError, EOFError) as exc:
        raise LexiconError([f"{path}: not a learned model ({type(exc).__name__}: {exc})"],
                           "reinstall relradar, or turn the model off with scoring.learned_min: 0"
                           ) from exc
    if model.weights.shape != (len(vocabulary), len(classes)):
        raise LexiconError([f"{path}: the learned model's weights do not match its words and "
                            "types"], "reinstall relradar, or set scoring.learned_min: 0")
    return model


def learned_min(lexicon: Lexicon) -> float:
    return float(lexicon.scoring.get("learned_min", 0.0) or 0.0)


def model_for(lexicon: Lexicon) -> LearnedModel | None:
    """The language's model when the lexicon turns it on (scoring.learned_min > 0)."""
    if learned_min(lexicon) <= 0:
        return None
    return _load(str(model_path(lexicon.meta.get("language", "en"))))


def decision(total: bytes | None, lexicon: Lexicon) -> tuple[str, float] | None:
    """The learned type and its probability for a customer the lexicon left undetermined:
    None unless the model's best type is a type of this lexicon, not `undetermined`, with at
    least scoring.learned_min of the probability."""
    if total is None:
        return None
    model = model_for(lexicon)
    if model is None:
        return None
    share = float(lexicon.scoring.get("learned_undetermined_share", 0.0) or 0.0)
    best, probability = model.best(total, model.shift(share))
    if best == UNDETERMINED or best not in lexicon.types or probability < learned_min(lexicon):
        return None
    return best, probability


def add_part(total: bytes | None, part: bytes) -> bytes:
    """A customer's total so far and one more message's part (float32): the new total, kept as
    float16 (a run holds one per customer: 46 bytes of numbers). Only a model makes parts, so
    numpy is loaded by then."""
    import numpy as np

    added = np.frombuffer(part, dtype=np.float32)
    if total is not None:
        added = added + np.frombuffer(total, dtype=np.float16)
    return added.astype(np.float16).tobytes()


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def save(path: Path, vocabulary: list[str], weights: Any, intercept: Any,
         classes: list[str], undetermined_share: float) -> None:
    """The model file (no pickles: plain arrays, text as UTF-8 bytes)."""
    import numpy as np

    np.savez_compressed(
        path, vocabulary=np.frombuffer("\n".join(vocabulary).encode("utf-8"), dtype=np.uint8),
        weights=np.asarray(weights, dtype=np.float16),
        intercept=np.asarray(intercept, dtype=np.float32),
        classes=np.frombuffer("\n".join(classes).encode("utf-8"), dtype=np.uint8),
        undetermined_share=np.float64(undetermined_share))
