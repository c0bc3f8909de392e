"""The fast path: can any signal or rule term occur in this text at all?

One Aho-Corasick automaton (pyahocorasick) holds every word of every term the matcher can
score, in every form the matcher accepts (inflections, irregular forms, wildcards, spellings
that `normalize` rewrites, spaCy special cases that split into the word; symbols such as emoji
and "<3" alike; digits for {NUM}-like tokens). One pass over the lower-cased text finds them;
a text may match when all the words of one term occur in it, in any order. It may say yes
when the matcher then finds nothing, never the reverse: a text it rejects is not tokenized or
matched. Long texts are scanned only while the scan still rejects some of them: with a broad
lexicon nearly every long text holds the words of some term, and the scan would be work spent
on a "maybe" (see `HitScanner.may_match`).

It reads raw text as well as cleaned text. Cleaning mostly removes or separates characters;
where it can create a word (HTML entities, hashtags split into words, mis-decoded text, masks
written by --redact) `needs_cleaning` says so and the caller scans the cleaned text instead.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from typing import Any

import ahocorasick

from relradar.text import straight_quotes

INVISIBLE_RE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufe0e\ufe0f]")
# texts this long are scanned only while the scan still rejects some of them (may_match)
LONG_TEXT = 160
LONG_TRIAL = 2000
LONG_TRIAL_REJECTS = 20     # 1%: fewer rejections than this do not pay for the scans
MOJIBAKE_RE = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2\u00f0][\u0080-\u00bf\u0152-\u0178\u02c6-\u02dc\u2013-\u2122]")


def scan_text(text: str) -> str:
    """Lower case, with cleaning's character fixes that can join or change letters applied."""
    lower = text.lower()
    if lower.isascii():
        return lower.replace("`", "'") if "`" in lower else lower
    return straight_quotes(INVISIBLE_RE.sub("", lower))


class HitScanner:
    """Terms as groups of forms -> one automaton; a text may match when, for some term, a form
    of every one of its words occurs.

    `groups[g]` holds the forms of one word as (text, whole word on the left, on the right):
    a whole-word form must not continue into a letter (a wildcard stem only on its left).
    `terms` lists each term's group ids; the first one is the term's rarest word.
    """

    def __init__(self, groups: list[list[tuple[str, bool, bool]]],
                 terms: Iterable[tuple[int, ...]]) -> None:
        # the automaton stores ints (no Python object per form): an index into `_values`, which
        # holds each distinct (length, left, right, groups, alone) once
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        best: dict[str, tuple[bool, bool, tuple[int, ...]]] = {}
        for gid, forms in enumerate(groups):
            for form, left, right in forms:
                if not form:
                    continue
                old = best.get(form)
                # the laxest requirement wins: the scanner must accept whatever the matcher does
                if old is None:
                    best[form] = (left, right, (gid,))
                elif gid not in old[2]:
                    best[form] = (old[0] and left, old[1] and right, (*old[2], gid))
                else:
                    best[form] = (old[0] and left, old[1] and right, old[2])
        # each term is filed under its first (rarest) group, holding its other groups: it is
        # checked when that group is first seen, and once more after the scan for the texts
        # where the rarest word came before the others. Filing it under every group it holds
        # made a frequent word ("i", "the") check thousands of terms per text.
        # A group that is a whole term on its own ends the scan as soon as it is seen.
        self._terms: dict[int, list[tuple[int, ...]]] = {}
        alone: set[int] = set()
        for term in dict.fromkeys(terms):
            if len(set(term)) == 1:
                alone.add(term[0])
            elif term:
                rest = tuple(dict.fromkeys(g for g in term[1:] if g != term[0]))
                self._terms.setdefault(term[0], []).append(rest)
        add = self._automaton.add_word
        index: dict[tuple[Any, ...], int] = {}
        for form, (left, right, gids) in best.items():
            value = (len(form), left and form[0].isalpha(), right and form[-1].isalpha(),
                     gids, any(g in alone for g in gids))
            add(form, index.setdefault(value, len(index)))
        self._values = list(index)
        self.size = len(best)
        self._long_trial: list[int] | None = [0, 0]     # long texts scanned, rejected
        if best:
            self._automaton.make_automaton()

    # Pickle writes an int at every place it occurs and loads a new object for each: the
    # ~256,000 group ids in `_values` and `_terms` came back as as many ints, 8 MB of every
    # run's memory. They are pickled as flat arrays instead, and loaded with one int per id.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        values, terms = state.pop("_values"), state.pop("_terms")
        state["_packed"] = (
            array("q", [v[0] for v in values]), bytes(v[1] | v[2] << 1 | v[4] << 2 for v in values),
            _flat([v[3] for v in values]),
            array("q", terms), array("q", [len(rests) for rests in terms.values()]),
            _flat([rest for rests in terms.values() for rest in rests]))
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        lengths, flags, gids, keys, counts, rests = state.pop("_packed")
        self.__dict__.update(state)
        ids = list(range(1 + max(max(gids[1], default=0), max(keys, default=0),
                                 max(rests[1], default=0))))
        groups = _unflat(gids, ids)
        self._values = [(length, bool(flag & 1), bool(flag & 2), group, bool(flag & 4))
                        for length, flag, group in zip(lengths, flags, groups)]
        all_rests = iter(_unflat(rests, ids))
        self._terms = {ids[key]: [next(all_rests) for _ in range(count)]
                       for key, count in zip(keys, counts)}

    def found(self, scanned: str) -> bool:
        """True when all words of some term occur in text passed through `scan_text`."""
        if not self.size:
            return False
        last = len(scanned) - 1
        present: set[int] = set()
        terms = self._terms
        values = self._values
        # stops at the first complete term: most texts that pass do so early in the text
        for end, at in self._automaton.iter(scanned):
            length, left, right, gids, alone = values[at]
            if left:
                start = end - length
                if start >= 0 and scanned[start].isalpha():
                    continue
            if right and end < last and scanned[end + 1].isalpha():
                continue
            if alone:
                return True
            for gid in gids:
                if gid not in present:
                    present.add(gid)
                    if _complete(terms.get(gid, ()), present):
                        return True
        return any(_complete(terms.get(gid, ()), present) for gid in present)

    def may_match(self, text: str) -> bool:
        if len(text) < LONG_TEXT:
            return self.found(scan_text(text))
        # A broad lexicon has a word of some term in nearly every long text: when the first
        # LONG_TRIAL long texts are (almost) never rejected, long texts are no longer scanned
        # (the scan only ever says "maybe": this changes no hit, only the work). A small
        # lexicon keeps rejecting them and keeps scanning.
        trial = self._long_trial
        if trial is None:
            return True
        found = self.found(scan_text(text))
        if not found:
            trial[1] += 1
        trial[0] += 1
        if trial[0] >= LONG_TRIAL:
            self._long_trial = [0, 0] if trial[1] >= LONG_TRIAL_REJECTS else None
        return found


def _flat(tuples: list[tuple[int, ...]]) -> tuple[array, array]:
    """Tuples of ints -> (their lengths, all their items), two arrays that pickle compactly."""
    return array("q", map(len, tuples)), array("q", [i for t in tuples for i in t])


def _unflat(packed: tuple[array, array], ids: list[int]) -> list[tuple[int, ...]]:
    """`_flat` undone, each int one of `ids` (one object per value)."""
    lengths, items = packed
    out = []
    at = 0
    for n in lengths:
        out.append(tuple([ids[i] for i in items[at:at + n]]))
        at += n
    return out


def _complete(rests: list[tuple[int, ...]], present: set[int]) -> bool:
    """Is every other group of one of these terms present?"""
    for rest in rests:
        for gid in rest:
            if gid not in present:
                break
        else:
            return True
    return False


def needs_cleaning(text: str, html: bool, hashtags: bool, repair: bool, pii: bool) -> bool:
    """Could cleaning turn this raw text into one with a word it does not contain?"""
    return (pii or (html and "&" in text) or (hashtags and "#" in text)
            or (repair and not text.isascii() and MOJIBAKE_RE.search(text) is not None))
