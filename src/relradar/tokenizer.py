"""spaCy's tokenizer rules, run without spaCy: the same tokens at a fraction of the cost.

spaCy tokenizes each whitespace-separated span on its own (special cases, then prefixes,
suffixes and infixes, then special cases that contain punctuation), so the tokens of a span
never depend on its neighbours. `SpacyRules` copies a blank pipeline's rules once (they are
cached on disk with the compiled lexicon); `FastTokenizer` replays spaCy's algorithm in plain
Python and memoises each span, so a word is split once per process, not once per message.
`tests/test_tokenizer.py` checks that both give the same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Token = tuple[str, int, int]      # (lowercase form, start, end) as the matcher reads it
SPAN_RE = re.compile(r"\S+|\s+")
OTHER_SPACE_RE = re.compile(r"[^\S ]|  ")     # whitespace other than single spaces
SPAN_CACHE_LIMIT = 20_000     # spans memoised (order numbers and names only add to it)


@dataclass(frozen=True)
class SpacyRules:
    """What spaCy's tokenizer knows, as plain data (picklable; no spaCy needed to use it)."""

    specials: dict[str, tuple[str, ...]]                 # special case -> its token texts
    prefix: re.Pattern[str] | None
    suffix: re.Pattern[str] | None
    infix: re.Pattern[str] | None
    token_match: re.Pattern[str] | None
    url_match: re.Pattern[str] | None
    # special cases with punctuation in them: their affix tokens -> the special case's text
    retokenize: dict[tuple[str, ...], str]
    retokenize_firsts: dict[str, tuple[int, ...]]     # first affix token -> pattern lengths


def _pattern(method: Any) -> re.Pattern[str] | None:
    """The compiled expression behind a bound `.search`/`.match`/`.finditer`, or None."""
    owner = getattr(method, "__self__", None)
    if owner is None:
        return None
    if not isinstance(owner, re.Pattern):
        raise TypeError(f"spaCy tokenizer uses a non-`re` callable: {method!r}")
    return owner


def rules_from_spacy(nlp: Any) -> SpacyRules:
    from spacy.attrs import ORTH

    tokenizer = nlp.tokenizer
    specials = {text: tuple(piece[ORTH] for piece in pieces)
                for text, pieces in tokenizer.rules.items()}
    rules = SpacyRules(specials, _pattern(tokenizer.prefix_search),
                       _pattern(tokenizer.suffix_search), _pattern(tokenizer.infix_finditer),
                       _pattern(tokenizer.token_match), _pattern(tokenizer.url_match), {}, {})
    firsts: dict[str, set[int]] = {}
    for text in specials:
        # spaCy re-applies only the special cases its affix rules would split ("faster
        # heuristics"); its phrase matcher looks for their affix-only tokens
        if (tokenizer.find_prefix(text) or tokenizer.find_infix(text)
                or tokenizer.find_suffix(text) or " " in text):
            pattern = tuple(_split_span(rules, text, False))
            if len(pattern) > 1:        # one token for one token: nothing to redo
                rules.retokenize.setdefault(pattern, text)
                firsts.setdefault(pattern[0], set()).add(len(pattern))
    rules.retokenize_firsts.update({k: tuple(sorted(v)) for k, v in firsts.items()})
    return rules


def _split_span(rules: SpacyRules, span: str, with_specials: bool = True) -> list[str]:
    """spaCy's `_tokenize` for one whitespace-free (or all-whitespace) span."""
    specials = rules.specials if with_specials else {}
    if span in specials:
        return list(specials[span])
    prefixes: list[str] = []
    suffixes: list[str] = []
    string = span
    last_size = 0
    token_match = rules.token_match
    while string and len(string) != last_size:
        if token_match is not None and token_match.match(string):
            break
        if string in specials:
            break
        last_size = len(string)
        pre_len = _affix_len(rules.prefix, string)
        if pre_len:
            prefix = string[:pre_len]
            minus_pre = string[pre_len:]
            if minus_pre and minus_pre in specials:
                string = minus_pre
                prefixes.append(prefix)
                break
        suf_len = _affix_len(rules.suffix, string[pre_len:])
        if suf_len:
            suffix = string[-suf_len:]
            minus_suf = string[:-suf_len]
            if minus_suf and minus_suf in specials:
                string = minus_suf
                suffixes.append(suffix)
                break
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            string = string[pre_len:-suf_len]
            prefixes.append(prefix)
            suffixes.append(suffix)
        elif pre_len:
            string = minus_pre
            prefixes.append(prefix)
        elif suf_len:
            string = minus_suf
            suffixes.append(suffix)
    tokens = prefixes
    if string:
        if string in specials:
            tokens.extend(specials[string])
        elif (token_match is not None and token_match.match(string)) or (
                rules.url_match is not None and rules.url_match.match(string)):
            tokens.append(string)
        else:
            start = 0
            matches = list(rules.infix.finditer(string)) if rules.infix is not None else []
            for match in matches:
                infix_start, infix_end = match.start(), match.end()
                if infix_start == 0:
                    continue
                if infix_start != start:
                    tokens.append(string[start:infix_start])
                if infix_start != infix_end:
                    tokens.append(string[infix_start:infix_end])
                start = infix_end
            if string[start:]:
                tokens.append(string[start:])
    tokens.extend(reversed(suffixes))
    return tokens


def _affix_len(pattern: re.Pattern[str] | None, string: str) -> int:
    if pattern is None:
        return 0
    match = pattern.search(string)
    return match.end() - match.start() if match else 0


def _retokenize(rules: SpacyRules, pieces: list[tuple[str, int, int]], text: str
                ) -> list[tuple[str, int, int]]:
    """spaCy's final pass over the whole text: special cases that contain punctuation.

    Its phrase matcher matches token texts across whitespace too; such a match changes nothing
    (the text differs from the special case) but still blocks shorter overlapping ones.
    """
    table = rules.retokenize
    firsts = rules.retokenize_firsts
    found: list[tuple[int, int]] = []
    words = [p[0] for p in pieces]
    for i, word in enumerate(words):
        for length in firsts.get(word, ()):
            if i + length <= len(words) and tuple(words[i:i + length]) in table:
                found.append((i, i + length))
    if not found:
        return pieces
    found.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    seen: set[int] = set()
    chosen: dict[int, int] = {}
    for start, end in found:
        if start not in seen and end - 1 not in seen:
            chosen[start] = end
        seen.update(range(start, end))
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(pieces):
        end = chosen.get(i)
        special = None if end is None else rules.specials.get(
            text[pieces[i][1]:pieces[end - 1][2]])
        if special is None:
            out.append(pieces[i])
            i += 1
            continue
        offset = pieces[i][1]
        for part in special:
            out.append((part, offset, offset + len(part)))
            offset += len(part)
        i = end
    return out


def span_tokens(rules: SpacyRules, text: str) -> list[tuple[str, int, int]]:
    """spaCy's token texts with their offsets (the reference `FastTokenizer` memoises)."""
    pieces: list[tuple[str, int, int]] = []
    for span, base in spans(text):
        offset = base
        for piece in _split_span(rules, span):
            pieces.append((piece, offset, offset + len(piece)))
            offset += len(piece)
    return _retokenize(rules, pieces, text) if rules.retokenize else pieces


def spans(text: str) -> Iterable[tuple[str, int]]:
    """Whitespace and non-whitespace runs as spaCy cuts them: one ' ' after a word is dropped."""
    after_word = False
    for match in SPAN_RE.finditer(text):
        span = match.group()
        start = match.start()
        if span[0].isspace():
            if after_word and span[0] == " ":
                span, start = span[1:], start + 1
            after_word = False
            if not span:
                continue
        else:
            after_word = True
        yield span, start


def _spans_any(text: str) -> list[tuple[str, int]]:
    """`spans` for any text: str.split finds the words (it splits where the pattern's \\s
    does), str.find their offsets, and only the gaps that are not one space are looked at."""
    out: list[tuple[str, int]] = []
    find = text.find
    pos = 0
    after_word = False
    for word in text.split():
        start = find(word, pos)
        if start != pos and not (start == pos + 1 and after_word and text[pos] == " "):
            gap = text[pos:start]
            if after_word and gap[0] == " ":
                out.append((gap[1:], pos + 1))
            else:
                out.append((gap, pos))
        out.append((word, start))
        pos = start + len(word)
        after_word = True
    if pos < len(text):
        gap = text[pos:]
        if after_word and gap[0] == " ":
            if len(gap) > 1:
                out.append((gap[1:], pos + 1))
        else:
            out.append((gap, pos))
    return out


# whitespace that `spans` keeps (all but a lone space): runs of two or more, or one of another
# kind (the same as r"\s{2,}|[^\S ]", written to open with one character class, which lets the
# engine skip ahead to the next whitespace instead of trying two branches at every character)
KEPT_SPACE_RE = re.compile(r"\s(?:(?<=[^\S ])\s*|\s+)")


def _spans_runs(text: str) -> list[tuple[str, int]]:
    """`spans` for any text, by chunks: between the whitespace runs it keeps (few: line
    breaks, double spaces) each chunk holds single spaces only and is cut with str.split."""
    out: list[tuple[str, int]] = []
    pos = 0
    if text[:1] == " " and not text[1:2].isspace():     # a lone space at the start is kept
        out.append((" ", 0))
        pos = 1
    for run in KEPT_SPACE_RE.finditer(text, pos):
        start, end = run.span()
        if start > pos:             # the words before it; it follows a word
            base = pos
            for word in text[pos:start].split(" "):
                out.append((word, base))
                base += len(word) + 1
            if text[start] == " ":
                start += 1
        out.append((text[start:end], start))
        pos = end
    if pos < len(text):
        base = pos
        for word in text[pos:].split(" "):
            if word:                # a lone space at the end is dropped
                out.append((word, base))
            base += len(word) + 1
    return out


Entry = tuple[str, int, int, bool]   # a token, and whether the spaCy path checks its limit there
# a span's tokens: (may spaCy regroup them, the tokens, the form and end of a one-token span)
SpanTokens = tuple[bool, tuple[Entry, ...], str | None, int]


def _spans(text: str) -> Iterable[tuple[str, int]]:
    """`spans`, with a shortcut for the common text whose only whitespace is single spaces."""
    if not text or text[0] == " " or text[-1] == " " or OTHER_SPACE_RE.search(text):
        return _spans_any(text)
    out = []
    base = 0
    for span in text.split(" "):
        out.append((span, base))
        base += len(span) + 1
    return out


class FastTokenizer:
    """Matcher tokens for a text: (lowercase form, start, end), normalisations expanded.

    Whitespace becomes a "\\n" token when it holds a line break and is dropped otherwise, as
    `Matcher` reads spaCy's whitespace tokens; `limit` cuts where the spaCy path cuts.
    """

    def __init__(self, rules: SpacyRules, normalize: dict[str, tuple[str, ...]]) -> None:
        self.rules = rules
        self.normalize = normalize
        self._cache: dict[str, SpanTokens] = {}
        self._per_char = _tokens_per_char(normalize)
        self._digits_alone = _digits_alone(rules)

    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self.rules, "normalize": self.normalize}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.rules = state["rules"]
        self.normalize = state["normalize"]
        self._cache = {}
        self._per_char = _tokens_per_char(self.normalize)
        self._digits_alone = _digits_alone(self.rules)

    def _entries(self, pieces: Iterable[tuple[str, int, int]]) -> list[Entry]:
        out: list[Entry] = []
        for piece, start, end in pieces:
            if piece.isspace():
                if "\n" in piece:
                    out.append(("\n", start, end, False))
                continue
            lower = piece.lower()
            replacement = self.normalize.get(lower)
            if replacement is None:
                out.append((lower, start, end, True))
            else:
                out.extend((part, start, end, i == len(replacement) - 1)
                           for i, part in enumerate(replacement))
        return out

    def _span(self, span: str) -> SpanTokens:
        # a number alone (order and account numbers: most spans seen once) is one token
        pieces = [span] if self._digits_alone and span.isdigit() and span.isascii() \
            else _split_span(self.rules, span)
        firsts = self.rules.retokenize_firsts
        entries: list[tuple[str, int, int]] = []
        offset = 0
        for piece in pieces:
            entries.append((piece, offset, offset + len(piece)))
            offset += len(piece)
        # Only a special case matched inside one span can change tokens (a match across
        # spaces never equals its special case); then the whole text goes spaCy's way, as
        # matches across spaces can still block it.
        # ("it", "'s") -> "it's" -> ("it", "'s") changes nothing and is not counted.
        regroups = any(self._regroups(pieces[i:i + length])
                       for i, piece in enumerate(pieces) for length in firsts.get(piece, ()))
        tokens = tuple(self._entries(entries))
        # a span that is one token (most are), all of it: its form and length, for `_words`
        one = not regroups and len(tokens) == 1 and tokens[0][1] == 0 \
            and tokens[0][2] == len(span)
        found = (regroups, tokens, tokens[0][0] if one else None, tokens[0][2] if one else 0)
        if len(self._cache) > SPAN_CACHE_LIMIT:
            self._cache.clear()
        self._cache[span] = found
        return found

    def _regroups(self, pieces: list[str]) -> bool:
        if tuple(pieces) not in self.rules.retokenize:
            return False
        return self.rules.specials.get("".join(pieces), tuple(pieces)) != tuple(pieces)

    def __call__(self, text: str, limit: int) -> list[Token]:
        out: list[Token] = []
        if len(text) * self._per_char < limit:      # cannot reach the limit: no counting
            if not text or text[0] == " " or text[-1] == " " or OTHER_SPACE_RE.search(text):
                done = self._runs(out, text)
            else:       # single spaces only (as `_spans`): the words and their offsets
                done = self._words(out, text, 0)
            # spaCy's last pass may regroup tokens somewhere: do it its way
            return out if done else self._slow(text, limit)
        cache = self._cache
        for span, base in _spans(text):
            found = cache.get(span)
            if found is None:
                found = self._span(span)
            if found[0]:        # spaCy's last pass may regroup tokens here: do it its way
                return self._slow(text, limit)
            for low, start, end, check in found[1]:
                out.append((low, base + start, base + end))
                if check and len(out) >= limit:
                    return out
        return out

    def _words(self, out: list[Token], chunk: str, base: int) -> bool:
        """Add the tokens of words separated by single spaces, `chunk` starting at `base`;
        False where spaCy may regroup tokens. (The spans are read as they are cut: no list of
        (span, offset) pairs in between, on the hot path.)"""
        get = self._cache.get
        add = out.append
        for span in chunk.split(" "):
            found = get(span)
            if found is None:
                found = self._span(span)
            one = found[2]
            if one is not None:         # one token, the whole span: it ends where the span does
                end = base + found[3]
                add((one, base, end))
                base = end + 1
                continue
            if found[0]:
                return False
            # several tokens, or none (an empty span between two spaces)
            out += [(low, base + start, base + end) for low, start, end, _ in found[1]]
            base += len(span) + 1
        return True

    def _piece(self, out: list[Token], span: str, base: int) -> bool:
        """Add one span's tokens (a kept whitespace run); False where spaCy may regroup."""
        found = self._cache.get(span)
        if found is None:
            found = self._span(span)
        if found[0]:
            return False
        out += [(low, base + start, base + end) for low, start, end, _ in found[1]]
        return True

    def _runs(self, out: list[Token], text: str) -> bool:
        """`_words` for any text, cut as `_spans_runs` cuts it: single-spaced chunks between
        the whitespace runs `spans` keeps."""
        pos = 0
        if text[:1] == " " and not text[1:2].isspace():     # a lone space at the start is kept
            if not self._piece(out, " ", 0):
                return False
            pos = 1
        for run in KEPT_SPACE_RE.finditer(text, pos):
            start, end = run.span()
            if start > pos:             # the words before it; it follows a word
                if not self._words(out, text[pos:start], pos):
                    return False
                if text[start] == " ":
                    start += 1
            if not self._piece(out, text[start:end], start):
                return False
            pos = end
        # the words after the last run (a lone space at the end is an empty span: no tokens)
        return pos >= len(text) or self._words(out, text[pos:], pos)

    def _slow(self, text: str, limit: int) -> list[Token]:
        out: list[Token] = []
        for low, start, end, check in self._entries(span_tokens(self.rules, text)):
            out.append((low, start, end))
            if check and len(out) >= limit:
                break
        return out


DIGIT_SAMPLES = ("0", "1", "5", "9", "00", "10", "42", "99", "100", "123", "2024", "1999",
                 "10000", "123456", "619834", "0000000", "12345678", "9876543210",
                 "123456789012", "0123456789012345")


def _digits_alone(rules: SpacyRules) -> bool:
    """Is a run of ASCII digits always one token under these rules? (No special case is a
    number, and no prefix, suffix or infix rule cuts one: spaCy's English rules cut digits only
    beside other characters, "$5", "5km", "5-6".)"""
    if any(text.isdigit() for text in rules.specials):
        return False
    return all(_split_span(rules, sample) == [sample] for sample in DIGIT_SAMPLES)


def _tokens_per_char(normalize: dict[str, tuple[str, ...]]) -> int:
    """At most this many tokens per character of text: every token covers at least one
    character, and a normalised word ("dont" -> "do", "n't") becomes at most this many."""
    return max([1, *(len(parts) for parts in normalize.values())])


def make_fast_tokenizer(nlp: Any, normalize: dict[str, tuple[str, ...]]) -> FastTokenizer:
    return FastTokenizer(rules_from_spacy(nlp), normalize)

