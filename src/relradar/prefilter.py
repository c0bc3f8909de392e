"""The fast path: can any signal or rule term occur in this text at all?

A cheap word-level copy of the matcher: the same terms, inflections and normalizations, over
regex words with apostrophes removed ("can't" and "cant" are both "cant"). It may say yes
when the full analysis finds nothing, never the reverse: only texts it rejects skip spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

WORD_RE = re.compile(r"[^\W\d_]+")
APOSTROPHES = str.maketrans("", "", "'\u2019")
END = ""


def words_of(text: str) -> list[str]:
    return WORD_RE.findall(text.lower().translate(APOSTROPHES))


class PreFilter:
    def __init__(self, forms_of: Callable[[str], set[str]], normalize: dict[str, str]) -> None:
        self._forms_of = forms_of
        self._trie: dict[str, Any] = {}
        self._forms: dict[str, set[str]] = {}
        self._symbols: set[str] = set()
        self._prefixes: set[str] = set()
        self._normalize: dict[str, list[str]] = {}
        for key, value in normalize.items():
            pieces = words_of(value)
            for word in words_of(key):
                if pieces != [word]:
                    self._normalize[word] = pieces
        self._starts: set[str] = set()
        self._symbol_re: re.Pattern[str] | None = None
        self._prefix_re: re.Pattern[str] | None = None

    def add(self, term: str) -> None:
        """Register one term as written in the lexicon."""
        keys: list[str] = []
        for word in term.lower().split():
            if word.endswith("*"):
                self._prefixes.add(word.lstrip("=")[:-1])
                return                      # found by the prefix pattern instead
            exact = word.startswith("=")
            pieces = words_of(word.lstrip("="))
            for piece in pieces:
                forms = {piece} if exact else self._forms_of(piece)
                for form in forms:
                    self._forms.setdefault(form, set()).add(piece)
                keys.append(piece)
        if not keys:
            symbols = "".join(ch for ch in term.lower() if not ch.isspace())
            if symbols:
                self._symbols.add(symbols)
            return
        node = self._trie
        for key in keys:
            node = node.setdefault(key, {})
        node[END] = True

    def freeze(self) -> None:
        self._starts = {form for form, bases in self._forms.items()
                        if not bases.isdisjoint(self._trie)}
        if self._symbols:
            self._symbol_re = re.compile("|".join(
                re.escape(s) for s in sorted(self._symbols, key=len, reverse=True)))
        if self._prefixes:
            self._prefix_re = re.compile(r"\b(?:" + "|".join(
                map(re.escape, sorted(self._prefixes, key=len, reverse=True))) + ")",
                re.IGNORECASE)

    def _expand(self, words: Iterable[str]) -> list[str]:
        out: list[str] = []
        for word in words:
            out.extend(self._normalize.get(word, (word,)))
        return out

    def may_match(self, text: str) -> bool:
        return self.first_match(text) is not None

    def first_match(self, text: str) -> str | None:
        """The first term-like word sequence found (for diagnostics), or None."""
        lower = text.lower()
        if self._symbol_re is not None:
            found = self._symbol_re.search(lower)
            if found:
                return found.group(0)
        if self._prefix_re is not None:
            found = self._prefix_re.search(lower)
            if found:
                return found.group(0)
        words = words_of(lower)
        if self._normalize and not self._normalize.keys().isdisjoint(words):
            words = self._expand(words)
        forms = self._forms
        starts = self._starts
        root = self._trie
        for i, word in enumerate(words):
            if word not in starts:
                continue
            frontier = [root[b] for b in forms[word] if b in root]
            j = i + 1
            while frontier:
                if any(END in node for node in frontier):
                    return " ".join(words[i:j])
                nxt = forms.get(words[j]) if j < len(words) else None
                if not nxt:
                    break
                frontier = [node[b] for node in frontier for b in nxt if b in node]
                j += 1
        return None
