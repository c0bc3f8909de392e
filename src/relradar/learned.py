"""Learned wording: a linear model over the customer's own words, for the customers the lexicon
leaves undetermined or types weakly.

The lexicon reads a relationship from listed wordings; customers who tell it in other words
("my dad did every oil change with this stuff, my brother and I both use it now") are left
undetermined. The model (`lexicons/learned-<language>.npz`, trained by
`benchmarks/learned/train.py` on the project's own written histories and examples, never on
the sets kept for measuring) scores the customer's words and bigrams for every type. It decides
where the lexicon decided nothing, or typed with a confidence below
`scoring.learned_override_below`, and only when its best type is not `undetermined` (nor the
lexicon's) and has at least `scoring.learned_min` of its probability (0 turns it off). The
written training sets are about a third undetermined; `scoring.learned_undetermined_share`
says how often customers are undetermined where the model is used (most real customers are),
and the undetermined score is raised by the difference in log-odds before that test.

The score is additive over messages, so a run keeps one small vector per customer: for each
message the summed weights of its known words and bigrams and its word count; at the end,
type scores = intercept + sum / sqrt(words), and a softmax gives the probabilities.
"""

from __future__ import annotations

import ast
import math
import re
import struct
import zipfile
from functools import lru_cache
from operator import add
from pathlib import Path
from typing import Any

from relradar.errors import LexiconError
from relradar.lexicon import Lexicon, default_lexicon_path

WORD_RE = re.compile(r"[a-z0-9']+")
MODEL_NAME = "learned-{language}.npz"
UNDETERMINED = "undetermined"
# The file holds each gram's weights as fixed-point numbers, one unsigned 32-bit field per type:
# round(weight * scale) + BIAS. A gram's row read as one little-endian integer is a packed
# vector, so a message's rows add up in one `sum` of Python integers, with no numpy (whose
# import alone is 17 MB of every run and 0.1 s of its start-up). A field holds the sum of up to
# ROWS_AT_ONCE rows without carrying into the next one.
FIELD_BITS = 32
BIAS = 1 << 15
ROWS_AT_ONCE = (1 << FIELD_BITS) // (2 * BIAS) - 1


def words_of(text: str) -> list[str]:
    """The lower-case words the model reads (curly apostrophes straightened)."""
    text = text.lower()
    return WORD_RE.findall(text.replace("\u2019", "'") if "\u2019" in text else text)


def grams_of(words: list[str]) -> list[str]:
    """Words and bigrams, as the model's vocabulary holds them."""
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class LearnedModel:
    """Per-type weights of words and bigrams (idf folded in, fixed point), an intercept per
    type."""

    def __init__(self, vocabulary: list[str], table: bytes, scale: float,
                 intercept: list[float], classes: list[str], undetermined_share: float) -> None:
        width = len(classes)
        size = width * FIELD_BITS // 8
        if len(table) != len(vocabulary) * size or len(intercept) != width:
            raise ValueError("the weights do not match the words and types")
        self.vocabulary = vocabulary
        self.classes = list(classes)
        self.scale = float(scale)
        self.intercept = [float(x) for x in intercept]
        # gram -> its row, read as one packed integer
        self.index = {gram: int.from_bytes(table[i * size:(i + 1) * size], "little")
                      for i, gram in enumerate(vocabulary)}
        self._fields = struct.Struct(f"<{width}I")
        self._size = size
        # a message's part: the summed weights, then the word count (float32); a customer's
        # total is the same layout (float32 keeps a busy customer's sums exact enough)
        self.part = struct.Struct(f"<{width + 1}f")
        # the share of undetermined customers the model was trained on (see `shift`)
        self.undetermined_share = float(undetermined_share)

    def weight(self, gram: str, type_id: str) -> float:
        """One gram's weight for one type (0 for a gram the model does not know)."""
        row = self.index.get(gram)
        if row is None:
            return 0.0
        field = row >> (FIELD_BITS * self.classes.index(type_id)) & ((1 << FIELD_BITS) - 1)
        return (field - BIAS) / self.scale

    def contribution(self, text: str) -> bytes | None:
        """One message's part: its known grams' summed weights and its word count, packed
        (float32), or None for a message without words."""
        words = words_of(text)
        if not words:
            return None
        get = self.index.get          # the words, then the bigrams (as grams_of lists them)
        rows = [r for r in map(get, words) if r is not None]
        rows += [r for r in map(get, map(" ".join, zip(words, words[1:]))) if r is not None]
        return self.part.pack(*self._sums(rows), len(words))

    def _sums(self, rows: list[int]) -> list[float]:
        """Per type, the summed weights of these rows: one `sum` of packed integers, taken
        ROWS_AT_ONCE rows at a time (one go for any real message)."""
        sums = [0.0] * len(self.classes)
        for start in range(0, len(rows), ROWS_AT_ONCE):
            chunk = rows[start:start + ROWS_AT_ONCE]
            offset, scale = len(chunk) * BIAS, self.scale
            fields = self._fields.unpack(sum(chunk).to_bytes(self._size, "little"))
            sums = [s + (f - offset) / scale for s, f in zip(sums, fields)]
        return sums

    def shift(self, share: float) -> float:
        """What the undetermined score gains when customers are undetermined `share` of the
        time rather than as often as in training (a prior correction, in log-odds): the
        written training sets are about a third undetermined, real exports mostly are."""
        if not 0 < share < 1 or not 0 < self.undetermined_share < 1:
            return 0.0
        return _logit(share) - _logit(self.undetermined_share)

    def probabilities(self, total: bytes, shift: float = 0.0) -> dict[str, float]:
        """Per type, from a customer's total (see `add_part`)."""
        *sums, words = self.part.unpack(total)
        norm = math.sqrt(words) if words > 0 else math.inf
        scores = [b + s / norm for b, s in zip(self.intercept, sums)]
        if shift and UNDETERMINED in self.classes:
            scores[self.classes.index(UNDETERMINED)] += shift
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        whole = sum(exps)
        return {c: e / whole for c, e in zip(self.classes, exps)}

    def cues(self, texts: list[str], type_id: str, n: int = 5) -> list[tuple[str, float]]:
        """The grams of these texts that count most toward `type_id` (for explain)."""
        if type_id not in self.classes:
            return []
        counts: dict[str, int] = {}
        for text in texts:
            for gram in grams_of(words_of(text)):
                if gram in self.index:
                    counts[gram] = counts.get(gram, 0) + 1
        weighed = [(gram, round(self.weight(gram, type_id) * k, 3))
                   for gram, k in counts.items()]
        return sorted(((g, w) for g, w in weighed if w > 0), key=lambda gw: (-gw[1], gw[0]))[:n]


@lru_cache(maxsize=8)
def model_path(language: str) -> Path:
    """Beside the bundled lexicon of that language (in the package, or the repo's lexicons/)."""
    return default_lexicon_path(language).with_name(MODEL_NAME.format(language=language))


# what the file holds: name -> (numpy's dtype text, number of dimensions)
ARRAYS = {"vocabulary": ("|u1", 1), "classes": ("|u1", 1), "weights": ("<u4", 2),
          "scale": ("<f8", 0), "intercept": ("<f8", 1), "undetermined_share": ("<f8", 0)}


@lru_cache(maxsize=4)
def _load(path: str) -> LearnedModel | None:
    if not Path(path).is_file():
        return None
    try:
        arrays = _read_arrays(path)
        vocabulary = arrays["vocabulary"].decode("utf-8").split("\n")
        classes = arrays["classes"].decode("utf-8").split("\n")
        (scale,) = struct.unpack("<d", arrays["scale"])
        (share,) = struct.unpack("<d", arrays["undetermined_share"])
        intercept = list(struct.unpack(f"<{len(arrays['intercept']) // 8}d",
                                       arrays["intercept"]))
        return LearnedModel(vocabulary, arrays["weights"], scale, intercept, classes, share)
    except (OSError, ValueError, KeyError, UnicodeDecodeError, EOFError, SyntaxError,
            struct.error, zipfile.BadZipFile) as exc:
        raise LexiconError([f"{path}: not a learned model ({type(exc).__name__}: {exc})"],
                           "reinstall relradar, or turn the model off with scoring.learned_min: 0"
                           ) from exc


def _read_arrays(path: str) -> dict[str, bytes]:
    """The arrays of a model file (numpy's .npz: a zip of .npy files), read without numpy: each
    one's raw bytes, after checking that its type and shape are the ones the model expects."""
    out: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as archive:
        for name, (dtype, dimensions) in ARRAYS.items():
            data = archive.read(f"{name}.npy")
            if data[:6] != b"\x93NUMPY":
                raise ValueError(f"{name}: not a numpy array")
            start = 10 if data[6] == 1 else 12
            length = int.from_bytes(data[8:start], "little")
            header = ast.literal_eval(data[start:start + length].decode("latin-1"))
            if (header.get("descr") != dtype or header.get("fortran_order")
                    or len(header.get("shape", ())) != dimensions):
                raise ValueError(f"{name}: {header.get('descr')} of shape {header.get('shape')}, "
                                 f"expected {dtype} of {dimensions} dimensions")
            out[name] = data[start + length:]
    return out


def learned_min(lexicon: Lexicon) -> float:
    return float(lexicon.scoring.get("learned_min", 0.0) or 0.0)


def model_for(lexicon: Lexicon) -> LearnedModel | None:
    """The language's model when the lexicon turns it on (scoring.learned_min > 0)."""
    if learned_min(lexicon) <= 0:
        return None
    return _load(str(model_path(lexicon.meta.get("language", "en"))))


def decision(total: bytes | None, lexicon: Lexicon, typed: str | None = None,
             confidence: float = 0.0) -> tuple[str, float] | None:
    """The model's say on a customer, or None for the signals' verdict to stand.

    For a customer the signals left undetermined (`typed` None): its best type and that type's
    probability, when the best is not `undetermined`, is a type of this lexicon and has at
    least scoring.learned_min. For a customer the signals typed with a `confidence` below
    scoring.learned_override_below: the same when that best type is another one (a weak type
    read from a few cue words that the customer's wording as a whole does not bear out).
    """
    if total is None:
        return None
    model = model_for(lexicon)
    if model is None:
        return None
    scoring = lexicon.scoring
    if typed is not None and confidence >= float(scoring.get("learned_override_below", 0.0)
                                                 or 0.0):
        return None
    share = float(scoring.get("learned_undetermined_share", 0.0) or 0.0)
    probs = model.probabilities(total, model.shift(share))
    best = max(probs, key=lambda c: (probs[c], c))
    if best == typed:
        return None
    probability = round(probs[best], 3)
    if best == UNDETERMINED or best not in lexicon.types or probability < learned_min(lexicon):
        return None
    return best, probability


def add_part(total: bytes | None, part: bytes) -> bytes:
    """A customer's total so far and one more message's part: the new total, in the part's
    layout (float32: a run holds one per customer, 92 bytes of numbers)."""
    if total is None:
        return part
    layout = f"<{len(part) // 4}f"
    return struct.pack(layout, *map(add, struct.unpack(layout, part),
                                    struct.unpack(layout, total)))


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def save(path: Path, vocabulary: list[str], weights: Any, intercept: Any,
         classes: list[str], undetermined_share: float) -> None:
    """The model file (no pickles: plain arrays, text as UTF-8 bytes). The weights are stored
    in fixed point (see FIELD_BITS), at the finest scale, a power of two, that their largest
    one allows."""
    import numpy as np

    weights = np.asarray(weights, dtype=np.float64)
    largest = float(np.abs(weights).max()) or 1.0
    scale = 2.0 ** math.floor(math.log2((BIAS - 1) / largest))
    np.savez_compressed(
        path, vocabulary=np.frombuffer("\n".join(vocabulary).encode("utf-8"), dtype=np.uint8),
        weights=(np.rint(weights * scale) + BIAS).astype("<u4"),
        scale=np.float64(scale),
        intercept=np.asarray(intercept, dtype="<f8"),
        classes=np.frombuffer("\n".join(classes).encode("utf-8"), dtype=np.uint8),
        undetermined_share=np.float64(undetermined_share))
