"""General sentiment of a message in the customer's own words, and of a customer overall.

The word valences are VADER's (Hutto & Gilbert 2014, MIT licence), read from the file that the
vaderSentiment package ships; negators and intensifiers come from the relradar lexicon, so the
same words that negate a relationship signal negate a sentiment word. Only English has a word
lexicon; other languages get their sentiment from the relationship signals alone.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

# VADER's normalisation constant: compound = s / sqrt(s^2 + ALPHA)
ALPHA = 15.0
NEGATED = -0.74           # VADER's scalar for a negated word
NEGATION_WINDOW = 3       # a negator acts on the next three words, as in VADER
NEVER_SO = 1.25           # "never so bad": VADER's scalar when "so" / "this" follows "never"
DEGREE_WORDS = frozenset({"so", "this", "that", "such"})
CAPS_BOOST = 0.733
EXCLAMATION_BOOST = 0.292
CONTRAST_BEFORE, CONTRAST_AFTER = 0.5, 1.5
# praise in a question asks rather than tells ("What's the best app for this?", "Is the
# premium plan worth it?"); a complaint put as a question still complains
QUESTION_PRAISE = 0.3
# thanks said with feeling counts as VADER scores "thanks" (1.9); the plain "thanks" closing a
# request or an exchange is politeness (the lexicon's sentiment_ignore)
THANKS = frozenset({"thank", "thanks", "thx", "ty"})
GRATITUDE = (1.9, False)
NO_ENTRY = (None, False)
GRATEFUL_PAIRS = frozenset({("so", "much"), ("very", "much"), ("a", "million"), ("a", "ton"),
                            ("so", "so"), ("heaps",), ("loads",), ("tons",), ("sooo", "much"),
                            ("soo", "much"), ("a", "bunch"), ("so", "very"), ("ever", "so")})
# An emoticon stands alone, as between VADER's whitespace splits: not the ":3" of "8:30", the
# "):" of "(see below):" or the "8)" of "(8)".
EMOTICON_BEFORE, EMOTICON_AFTER = r"(?<![^\s.!?;])", r"(?=[\s.,!?;]|$)"
WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*"               # words
                     + "|" + EMOTICON_BEFORE
                     + r"(?:[:;=8xX][-^o']?[()\[\]dDpP/\\|3*]|<3|[()\]\[][-^']?[:;=])"
                     + EMOTICON_AFTER)
SENTENCE_END_RE = re.compile(r"[.!?;\n]+")
# The same words and emoticons with the sentence ends between them, found in one pass: a
# sentence holds no ";", so the emoticons that start or end with one are left out (VADER's
# sentences were split at it first).
SENTENCE_END_CHARS = frozenset(".!?;\n")
# (the lookahead names every alternative's first character, so the engine skips spaces and
# other punctuation without trying the three alternatives there)
PIECE_RE = re.compile(r"(?=[\w.!?;\n:=()\[\]<])(?:"
                      r"[.!?;\n]+"
                      r"|[^\W\d_][\w'\u2019-]*"
                      + "|" + EMOTICON_BEFORE
                      + r"(?:[:=8xX][-^o']?[()\[\]dDpP/\\|3*]|<3|[()\]\[][-^']?[:=])"
                      + EMOTICON_AFTER + ")")
# A rating the customer gives in words ("2 stars", "4/5", "10 out of 10"): reviews state their
# verdict this way more plainly than in any sentiment word. Not "a 5 star hotel" (a category)
# nor a date ("on 3/5").
RATING_RE = re.compile(
    r"(?<![\w./,-])(?:(?P<n>\d{1,2}(?:\.\d)?)\s*(?:/|out of)\s*(?P<d>5|10)(?![\w/-]|[.,]\d)"
    r"|(?P<s>[0-5]|zero|one|two|three|four|five)\s+stars?\b(?!\s*(?:hotel|resort|inn|"
    r"restaurant|service|property|accommodation|place|establishment|rated|rating|review)))",
    re.IGNORECASE)
STAR_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
              **{str(n): n for n in range(6)}}
# a text can hold a rating only if it holds one of these (RATING_RE is tried on few texts)
RATING_HINTS = ("/", "star", "Star", "STAR", "out of")
# a mark out of 5 or 10 after a slash: the one way of RATING_RE to a rating with "/"
SLASH_MARK_RE = re.compile(r"/\s*[15]")
DATE_WORDS = {"on", "from", "since", "until", "till", "by", "before", "after"}
# valence (VADER's -4..4 scale) of a rating at share f of the top mark: 3 of 5 is neutral
RATING_SCALE, RATING_NEUTRAL = 6.25, 0.6


@lru_cache(maxsize=1)
def vader_words() -> dict[str, float]:
    """word -> mean valence (-4..4); empty when the vaderSentiment package is not installed."""
    try:
        from importlib import resources

        path = Path(str(resources.files("vaderSentiment").joinpath("vader_lexicon.txt")))
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ImportError, ModuleNotFoundError, OSError):
        return {}
    words: dict[str, float] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                words[parts[0].strip()] = float(parts[1])
            except ValueError:
                continue
    return words


class SentimentScorer:
    """Compound sentiment in [-1, 1] of one text, VADER-style, from lexicon data."""

    def __init__(self, words: dict[str, float], negators: set[str], boosters: dict[str, float],
                 contrast: set[str], sarcasm: Iterable[str] = (),
                 sarcasm_if_sour: Iterable[str] = (), openers: Iterable[str] = (),
                 courtesy: Iterable[str] = (), question_praise: float = 1.0,
                 sarcasm_exceptions: Iterable[str] = (), gratitude: bool = False) -> None:
        self.words = words
        self.gratitude = gratitude and bool(words)
        self.question_praise = question_praise
        self.negators = negators
        self.boosters = boosters
        self.contrast = contrast
        # "Great, thanks" / "Perfect, thank you": an opener straight before a courtesy word is
        # politeness closing a routine exchange, not praise of the brand
        self.courtesy = {w.lower() for w in courtesy}
        self.openers = {w.lower() for w in openers} - self.courtesy if self.courtesy else set()
        # sarcasm cues as runs of pieces (joined by \x00, as _sentences joins a text's pieces);
        # cues that are not words ("/s", "🙄", "10/10 would") are found in the text as written
        runs: list[str] = []
        literal: list[str] = []
        for cue in sarcasm:
            run = _run(cue)
            if run:
                runs.append(run)
            elif cue.strip():
                literal.append(re.escape(cue.strip().lower()))
        # cues that are sarcasm only beside something bad ("great job" praises a cleaner,
        # "great job losing my bag" does not)
        sour = [run for run in map(_run, sarcasm_if_sour) if run]
        # a cue's run starts at a piece, with its first word: a text without any cue's first
        # word holds no cue, and the cue pattern (tried at every character) is not run on it
        self._cue_firsts = frozenset(_first_piece(cue) for cue in [*sarcasm, *sarcasm_if_sour]
                                     if _run(cue))
        if sour:
            runs.append(f"(?P<sour>{'|'.join(sour)})")
        # a sarcasm exception ("thank you so much for" holds "so much for") starts earlier and
        # so wins, as the matcher's left-most match does; a cue at the same place is tried
        # first ("thanks so much for nothing")
        spared = [run for run in map(_run, sarcasm_exceptions) if run]
        # where the pattern can match: at a piece that is the first word of a cue or an
        # exception (the exceptions too, as they block the cues they hold)
        self._run_firsts = self._cue_firsts | {_first_piece(phrase)
                                               for phrase in sarcasm_exceptions if _run(phrase)}
        last = f"|(?P<spared>{'|'.join(spared)})" if spared else ""
        self._cue_re = (re.compile("(?<![^\x00])(?:" + "|".join(runs) + last + ")(?![^\x00])")
                        if runs else None)
        self._literal_cue = (re.compile(r"(?<!\w)(?:" + "|".join(literal) + r")(?!\w)")
                             if literal else None)
        # a text can hold a literal cue only if it holds one of their symbols ("/", the emoji)
        marks = [{c for c in cue if not c.isalnum() and not c.isspace()} for cue in literal]
        self._literal_marks = (tuple(set().union(*marks)) if literal and all(marks) else None)
        # one look-up per word: (valence, or None for a modifier; is it a contrast word?)
        self._lookup: dict[str, tuple[float | None, bool]] = {
            word: (None if word in boosters or word in negators else valence, word in contrast)
            for word, valence in words.items()}
        for word in contrast:
            if word not in self._lookup:
                self._lookup[word] = (None, True)
        # a run of sentence ends ("?!") is never read as a word
        for word in [w for w in self._lookup if w and set(w) <= SENTENCE_END_CHARS]:
            del self._lookup[word]

    def score(self, text: str) -> float:
        """The sum of each sentence's word valences (a sentence ends at [.!?;\\n]) and of the
        ratings, then VADER's exclamation boost and normalisation."""
        if not self.words or not text:
            return 0.0
        head = text[:20_000]
        total = self._sentences(head)
        if any(hint in head for hint in RATING_HINTS) and _may_rate(head):
            total += ratings(head)
        bangs = min(4, text.count("!"))
        if total and bangs:
            total += math.copysign(bangs * EXCLAMATION_BOOST, total)
        if not total:
            return 0.0
        return round(total / math.sqrt(total * total + ALPHA), 4)

    def _sentences(self, text: str) -> float:
        """The sentences' valences, summed in order. Words and sentence ends are found in one
        pass and lower-cased at once; only sentences with a word of the list are scored (the
        others add nothing)."""
        pieces = PIECE_RE.findall(text)
        # one lower() for the text: \x00 is in no word and stops lower()'s final-sigma
        # look-around as the end of a string does
        joined = "\x00".join(pieces).lower().replace("\u2019", "'")
        lowered = joined.split("\x00")
        lookup = self._lookup
        found = [i for i, word in enumerate(lowered) if word in lookup]
        ends = SENTENCE_END_CHARS
        if self.gratitude and ("thank" in joined or "thx" in joined or "ty" in lowered):
            thanked = [i for i, word in enumerate(lowered)
                       if word in THANKS and _grateful(lowered, i)]
            if thanked:
                found = sorted(found + thanked)
        if self.openers:
            found = [i for i in found
                     if lowered[i] not in self.openers or not self._polite(pieces, lowered, i)]
        if not found:
            return 0.0
        breaks = [i for i, piece in enumerate(pieces) if piece[0] in ends]
        at = 0              # breaks[at]: the first sentence end after the word
        start = 0           # where the word's sentence starts
        k = 0
        values: list[tuple[int, float]] = []     # (sentence number, valence)
        asks: list[bool] | None = None           # per sentence end: does it close a question?
        while k < len(found):
            i = found[k]
            while at < len(breaks) and breaks[at] < i:
                start = breaks[at] + 1
                at += 1
            end = breaks[at] if at < len(breaks) else len(pieces)
            first = k
            while k < len(found) and found[k] < end:
                k += 1
            value = self._sentence(pieces[start:end], lowered[start:end],
                                   [j - start for j in found[first:k]])
            if value > 0 and at < len(breaks) and self.question_praise != 1.0:
                if asks is None:
                    asks = _asking(pieces, breaks)
                if asks[at]:
                    value *= self.question_praise
            values.append((at, value))
        total = sum(value for _, value in values)
        if total > 0 and (self._cue_re is not None or self._literal_cue is not None):
            sour, maybe = self._sarcastic(text, joined, breaks, lowered)
            if maybe and (any(value < 0 for _, value in values) or any(
                    (lookup.get(lowered[i], GRATITUDE)[0] or 0.0) < 0 for i in found)):
                sour |= maybe
            if sour:
                # praise in a sarcastic sentence, or just before one ("Love it. Yeah right."),
                # means its opposite, as it does for the relationship signals
                total = sum(-value if value > 0 and (sentence in sour or sentence + 1 in sour
                                                     or -1 in sour) else value
                            for sentence, value in values)
        return total

    def has_negative(self, words: Sequence[str]) -> bool:
        """Does any of these lower-case words carry a negative valence ("losing", "delay")?"""
        lookup = self._lookup
        return any((lookup.get(word, NO_ENTRY)[0] or 0.0) < 0 for word in words)

    def _polite(self, pieces: list[str], lowered: list[str], i: int) -> bool:
        """Is the opener at i politeness: first in its sentence ("Ok great, thanks" too), the
        next word a courtesy word ("Great. Thanks.", "Perfect, 12:30 please")?"""
        ends = SENTENCE_END_CHARS
        before = i - 1
        if before >= 0 and lowered[before] in ("ok", "okay", "oh", "ah"):
            before -= 1
        if before >= 0 and pieces[before][0] not in ends:
            return False
        after = i + 1
        while after < len(pieces) and pieces[after][0] in ends:
            after += 1
        return after < len(pieces) and lowered[after] in self.courtesy

    def _sarcastic(self, text: str, joined: str, breaks: list[int], lowered: list[str]
                   ) -> tuple[set[int], set[int]]:
        """The numbers of the sentences holding a sarcasm cue, and of those holding a cue that
        is sarcasm only beside something bad; -1 stands for the whole text (a cue that is not
        words, such as an eye-roll emoji, is not placed in a sentence). `joined`: the text's
        lower-cased pieces joined by \x00, `lowered` the same pieces as a list."""
        sour: set[int] = set()
        maybe: set[int] = set()
        if self._literal_cue is not None and (
                self._literal_marks is None or any(c in text for c in self._literal_marks)) \
                and self._literal_cue.search(text.lower()):
            sour.add(-1)
        if self._cue_re is not None and not self._cue_firsts.isdisjoint(lowered):
            # the pattern's matches left to right, as finditer finds them, tried only where a
            # run can start (piece i starts at character lengths-before-it + i of `joined`)
            before = list(accumulate(map(len, lowered), initial=0))
            resume = 0
            for i in places(lowered, tuple(self._run_firsts.intersection(lowered))):
                at = before[i] + i
                if at < resume:
                    continue
                found = self._cue_re.match(joined, at)
                if found is None:
                    continue
                resume = found.end()
                if found.lastgroup != "spared":
                    sentence = bisect_left(breaks, i)
                    (maybe if found.lastgroup == "sour" else sour).add(sentence)
        return sour, maybe

    def _sentence(self, raw: list[str], lowered: list[str], found: list[int]) -> float:
        """One sentence's valence; `found`: where its words of the list are."""
        lookup = self._lookup
        boosters = self.boosters
        negators = self.negators
        values: list[float] = []
        contrast_at = -1
        mixed_case: bool | None = None
        for i in found:
            word = lowered[i]
            valence, is_contrast = lookup.get(word, GRATITUDE)
            if is_contrast:
                contrast_at = len(values)
            if valence is None:
                continue            # "kind", "no" and the like are modifiers here
            if raw[i].isupper() and len(raw[i]) > 1:
                if mixed_case is None:
                    shouting = sum(1 for w in raw if w.isupper() and len(w) > 1)
                    mixed_case = 0 < shouting < len(raw)
                if mixed_case:
                    valence += math.copysign(CAPS_BOOST, valence)
            if i and lowered[i - 1] in boosters:
                valence *= boosters[lowered[i - 1]]
            window = lowered[max(0, i - NEGATION_WINDOW):i]
            for at, before in enumerate(window):
                if before in negators or before.endswith("n't"):
                    # "never been so disappointed", "never seen service this poor": more so,
                    # not the opposite (VADER's "never so" rule)
                    valence *= NEVER_SO if before == "never" and any(
                        w in DEGREE_WORDS for w in window[at + 1:]) else NEGATED
                    break
            values.append(valence)
        if contrast_at >= 0:
            values = ([v * CONTRAST_BEFORE for v in values[:contrast_at]]
                      + [v * CONTRAST_AFTER for v in values[contrast_at:]])
        return sum(values)


def _run(phrase: str) -> str | None:
    """A phrase as the pattern of its run of pieces (lower-cased, joined by \x00, as
    SentimentScorer._sentences joins a text's), or None when it is not words ("/s", "🙄")."""
    parts = [p.replace("\u2019", "'") for p in PIECE_RE.findall(phrase.lower())]
    if parts and " ".join(parts) == " ".join(phrase.lower().replace(",", " ").split()):
        return re.escape("\x00".join(parts))
    return None


def places(words: list[str], wanted: tuple[str, ...]) -> list[int]:
    """The places of these tokens, in order (list.index scans in C; most tokens are none)."""
    found = []
    for word in wanted:
        at = -1
        try:
            while True:
                at = words.index(word, at + 1)
                found.append(at)
        except ValueError:
            pass
    if len(wanted) > 1:
        found.sort()
    return found


def _first_piece(phrase: str) -> str:
    """The first piece of a phrase's run (see `_run`), as a text's lower-cased pieces read."""
    return PIECE_RE.findall(phrase.lower())[0].replace("\u2019", "'")


def _grateful(lowered: list[str], i: int) -> bool:
    """Thanks said with feeling ("thank you so much", "thanks a million", "Thanks!!"), not the
    "thanks" that closes a request."""
    after = lowered[i + 1:i + 4]
    if after[:1] == ["you"] or after[:1] == ["u"]:
        after = after[1:]
    if tuple(after[:1]) in GRATEFUL_PAIRS or tuple(after[:2]) in GRATEFUL_PAIRS:
        return True
    return bool(after[:1]) and "!" in after[0] and not after[0].strip("!")


def _asking(pieces: list[str], breaks: list[int]) -> list[bool]:
    """Per sentence end: is its sentence part of a question? A line break alone (a hashtag
    stands on its own line after cleaning) leaves the question open to the next real end:
    "What's the best #Twitter #App??" asks, all of it."""
    asks = [False] * len(breaks)
    question = False
    for n in range(len(breaks) - 1, -1, -1):
        piece = pieces[breaks[n]]
        if piece.strip("\n"):
            question = "?" in piece
        asks[n] = question
    return asks


def _may_rate(text: str) -> bool:
    """Can RATING_RE match in this text? ("/" is mostly a date or "and/or": the case-blind
    pattern, tried at every character, is slow.) In ASCII text it needs "star", "out of" (in
    any case) or a slash before a 5 or 10; other text is left to the pattern."""
    if not text.isascii():
        return True
    lower = text.lower()
    return "star" in lower or "out of" in lower or SLASH_MARK_RE.search(text) is not None


def ratings(text: str) -> float:
    """The summed valence of the ratings written in a text ("1 star", "8/10"), 0.0 if none."""
    total = 0.0
    for found in RATING_RE.finditer(text):
        before = text[max(0, found.start() - 8):found.start()].split()
        if before and before[-1].lower() in DATE_WORDS:
            continue
        if found["s"] is not None:
            share = STAR_WORDS[found["s"].lower()] / 5
        else:
            mark, top = float(found["n"]), float(found["d"])
            if mark > top:
                continue
            share = mark / top
        total += (share - RATING_NEUTRAL) * RATING_SCALE
    return total


def scorer_for(language: str, negators: list[str], intensifiers: dict[str, float],
               diminishers: dict[str, float], contrast: list[str],
               ignore: list[str] = (), own: dict[str, float] | None = None,
               sarcasm: list[str] = (), sarcasm_if_sour: list[str] = (),
               openers: list[str] = (),
               courtesy: list[str] = (), sarcasm_exceptions: list[str] = ()) -> SentimentScorer:
    """The scorer for a lexicon's language and modifiers (only English has word valences).

    `ignore` (the lexicon's `sentiment_ignore`) lists words the word list scores but that say
    nothing about the brand in customer messages: politeness ("please", "thanks") and fillers
    ("like", "help"). `own` (the lexicon's `sentiment_words`) gives valences the general list
    lacks or misreads in customer messages ("glitchy", "overcharged", "seamless"; "joke"):
    they replace its own, in any language. `sarcasm` (the lexicon's sarcasm cues) turns the
    praise of the sentence holding a cue, and of the sentence before it, into its opposite:
    "Thanks for losing my bag, great job" is a complaint, with or without a relationship signal.
    An opener (`sarcasm_openers`) that starts a sentence and comes straight before a `courtesy`
    word ("Great, thanks", "Perfect. Thank you.") is politeness and scores nothing.
    """
    words = vader_words() if language == "en" else {}
    if own:
        words = {**words, **{w.lower(): float(v) for w, v in own.items()}}
    if ignore:
        dropped = {w.lower() for w in ignore}
        words = {w: v for w, v in words.items() if w not in dropped}
    single = {n.lower() for n in negators if " " not in n}
    boosters = {w.lower(): float(f or 1.0) for w, f in {**intensifiers, **diminishers}.items()
                if " " not in w}
    return SentimentScorer(words, single, boosters, {c.lower() for c in contrast if " " not in c},
                           sarcasm, sarcasm_if_sour, openers, courtesy, QUESTION_PRAISE,
                           sarcasm_exceptions,
                           gratitude=True)


def valence_of(sentiment: float, positive: float, negative: float, threshold: float,
               mixed_share: float) -> str:
    """positive / negative / mixed / neutral from a customer's sentiment and its two sides.

    `positive` and `negative` are the summed strength on each side (message sentiment plus
    relationship signals); mixed means both sides are substantial and neither dominates.
    """
    strength = positive + negative
    if strength > 0 and min(positive, negative) / strength >= mixed_share \
            and abs(sentiment) < 0.5:
        return "mixed"
    if sentiment >= threshold:
        return "positive"
    if sentiment <= -threshold:
        return "negative"
    return "neutral"
