"""The fast path: can any signal or rule term occur in this text at all?

Every term the matcher could find is compiled into one regular expression over a simplified
copy of the text (lowercase, apostrophes removed, everything else that is not a word
character turned into a space). Each word of a term is its stem followed by any letters, so
every inflection is covered; tokens may be joined by any spacing. The expression may say yes
when the full analysis finds nothing, never the reverse: only texts it rejects skip spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

APOSTROPHES = str.maketrans("", "", "'\u2019")
NON_WORD_RE = re.compile(r"[^\w]+")
END = ""
STAR = "\x00"     # any word characters (an inflection, a wildcard)
SEP = "\x01"      # any spacing between two tokens
# the token classes of patterns ({NUM}, {ORD}, {YEAR}) as the simplified text shows them
CLASS_ATOMS = {"{num}": ("\x02", r"\d+(?: \d+)?"), "{ord}": ("\x03", r"\d+(?:st|nd|rd|th)"),
               "{year}": ("\x04", r"(?:19|20)\d\d")}
ATOM_REGEX = {atom: regex for atom, regex in CLASS_ATOMS.values()}


def simplify(text: str) -> str:
    return NON_WORD_RE.sub(" ", text.lower().translate(APOSTROPHES))


class PreFilter:
    def __init__(self, normalize: dict[str, str]) -> None:
        self._trie: dict[str, dict] = {}
        self._symbols: set[str] = set()
        keys = {simplify(k).strip(): simplify(v).strip() for k, v in normalize.items()}
        self._normalize = {k: v for k, v in keys.items() if k and k != v}
        self._normalize_re = re.compile(r"\b(?:" + "|".join(
            map(re.escape, sorted(self._normalize, key=len, reverse=True))) + r")\b") \
            if self._normalize else None
        self._regex: re.Pattern[str] | None = None
        self._symbol_re: re.Pattern[str] | None = None

    def add(self, tokens: Iterable[tuple[str, bool, tuple[str, ...]]], raw: str) -> None:
        """One term as the matcher sees it: (token, inflects, irregular forms) per token."""
        variants: list[list[str]] = [[]]
        for token, inflects, irregular in tokens:
            if token in CLASS_ATOMS:
                variants = [v + [CLASS_ATOMS[token][0]] for v in variants]
                continue
            word = simplify(token).strip()
            if not word:
                continue
            if " " in word:     # a token with inner punctuation: any spacing between its parts
                word = word.replace(" ", SEP)
            pieces = [_stem(word) + STAR if inflects else word]
            pieces += [simplify(f).strip() for f in irregular if simplify(f).strip()]
            variants = [v + [p] for v in variants for p in pieces][:64]
        literal = [p for p in variants[0] if p not in ATOM_REGEX]
        if not variants[0] or (literal and all(len(p.strip(STAR + SEP)) <= 1 for p in literal)):
            symbols = "".join(ch for ch in raw.lower() if not ch.isspace())
            if symbols:
                self._symbols.add(symbols)
            return
        for variant in variants:
            node = self._trie
            for ch in SEP.join(variant):
                node = node.setdefault(ch, {})
            node[END] = {}

    def freeze(self) -> None:
        if self._trie:
            self._regex = re.compile(r"\b" + _to_regex(self._trie))
        if self._symbols:
            self._symbol_re = re.compile("|".join(
                re.escape(s) for s in sorted(self._symbols, key=len, reverse=True)))

    def may_match(self, text: str) -> bool:
        if self._symbol_re is not None and self._symbol_re.search(text):
            return True
        if self._regex is None:
            return False
        simple = simplify(text)
        if self._normalize_re is not None:
            simple = self._normalize_re.sub(lambda m: self._normalize[m.group(0)], simple)
        return self._regex.search(simple) is not None


def _stem(word: str) -> str:
    """The part every regular inflection starts with (love -> lov, worry -> worr)."""
    if len(word) > 3 and (word.endswith("e") or word.endswith("y")):
        return word[:-1]
    return word


def _to_regex(node: dict[str, dict]) -> str:
    if END in node:
        return ""            # a term ends here: nothing longer is needed to say yes
    parts = []
    for atom in sorted(node):
        rest = _to_regex(node[atom])
        if atom == STAR:              # bounded, so nothing can backtrack for long
            parts.append(r"\w{0,40}" + rest)
        elif atom == SEP:             # simplify() leaves at most one space between words
            parts.append(r" ?" + rest)
        elif atom in ATOM_REGEX:
            parts.append(ATOM_REGEX[atom] + rest)
        else:
            parts.append(re.escape(atom) + rest)
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"
