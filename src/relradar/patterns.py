"""Term patterns: one lexicon entry for a family of wordings.

A term may hold slot lists (`{tier}`, from the lexicon's `slots`), alternatives (`(trip|stay)`),
optional words (`[really]`) and the token classes `{NUM}` (a number written in digits),
`{ORD}` (a digit ordinal: 1st, 3rd, 22nd), `{YEAR}` (1900-2099) and `{WORD}` (any one
word, for a name or an object after a fixed word: "never fly [{WORD}] again"). Slots,
alternatives and optional words expand at compile time into plain phrases; the classes stay as
tokens that the matcher tests each word against (spaCy's Matcher patterns with IN lists, OP "?"
and LIKE_NUM are the model).
"""

from __future__ import annotations

import re

CLASSES = {"{num}", "{ord}", "{year}", "{word}"}
ANY_WORD = "{word}"
MAX_EXPANSIONS = 20_000
MAX_STEPS = 50 * MAX_EXPANSIONS    # substitutions one pattern may take
MAX_EXPANDED_CHARS = 20_000        # a phrase on its way (slot lists of long phrases)
SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# (a|b) alternatives, (a|b)? or [a|b] optional alternatives, (a)? or [a] an optional word
GROUP_RE = re.compile(r"\(([^()\[\]]*)\)(\?)?|\[([^\[\]()]+)\]")
NUM_RE = re.compile(r"^\d{1,7}(?:[.,]\d+)?$")
ORD_RE = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


WORD_CLASS = (ANY_WORD,)


class SetTable(dict):
    """Set token -> its member words, with the reverse index that finds an existing set in one
    look-up (a broad lexicon makes thousands of sets; a scan per choice was quadratic)."""

    def __init__(self) -> None:
        super().__init__()
        self.index: dict[tuple[str, ...], str] = {}


class PatternError(ValueError):
    """A pattern that cannot be expanded (unknown slot, too many expansions, bad brackets)."""


PATTERN_RE = re.compile(r"\{[A-Za-z_]\w*\}|\||\[[^\]]+\]|\([^()]+\)\?")


def is_pattern(term: str) -> bool:
    """Slots, alternatives or optional parts; an emoticon such as ":(" is a plain term."""
    return PATTERN_RE.search(term) is not None


def _references(slots: dict[str, list[str]]) -> dict[str, set[str]]:
    """Each slot's name -> the slots its values use."""
    return {name: {m.group(1) for value in values for m in SLOT_RE.finditer(value)
                   if m.group(1) in slots}
            for name, values in slots.items()}


def slot_cycles(slots: dict[str, list[str]]) -> list[list[str]]:
    """Slots that refer to themselves, directly or through others (a: ["{b}"], b: ["{a} x"]):
    each cycle once, as the names along it, first name again at the end."""
    refers = _references(slots)
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycle = path[path.index(name):] + [name]
            if not any(set(cycle) == set(c) for c in cycles):
                cycles.append(cycle)
            return
        if name in done:
            return
        for other in sorted(refers[name]):
            visit(other, path + [name])
        done.add(name)

    for name in sorted(refers):
        visit(name, [])
    return cycles


def endless_slots(slots: dict[str, list[str]]) -> set[str]:
    """The slots whose expansion never ends: on a cycle (see slot_cycles), or using one that
    is."""
    refers = _references(slots)
    endless = {name for cycle in slot_cycles(slots) for name in cycle}
    grown = True
    while grown:
        more = {name for name, used in refers.items() if used & endless} - endless
        endless |= more
        grown = bool(more)
    return endless


def expand(term: str, slots: dict[str, list[str]],
           sets: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Every phrase a pattern stands for (class tokens lower-cased and kept).

    With `sets` (a registry shared by a lexicon's patterns), a group or slot whose choices are
    all single words becomes one set token ("{=3}") instead of a branch per word, which keeps
    a lexicon of patterns small; the matcher tests each word against the set. A group without
    "|" and without "?" ("(s)") stands for its content.
    """
    out: list[str] = []
    pending = [term]
    steps = 0
    while pending:
        current = pending.pop()
        steps += 1
        if steps > MAX_STEPS or len(current) > MAX_EXPANDED_CHARS:
            # a slot that refers to itself never runs out (and may grow the phrase each time)
            raise PatternError("pattern expands without end (a slot that refers to itself?)")
        slot = _first_slot(current)
        group = GROUP_RE.search(current)
        if slot is not None and (group is None or slot[0] < group.start()):
            start, end, name = slot
            if "{" + name.lower() + "}" in CLASSES and name == name.upper():
                pending.append(current[:start] + "{" + name.lower() + "}" + current[end:])
                continue
            if name not in slots:
                raise PatternError(f"unknown slot {{{name}}} (define it under slots:)")
            pending.extend(_choose(current[:start], list(slots[name]), current[end:], sets))
        elif group is not None:
            inner = group.group(1) if group.group(1) is not None else group.group(3)
            choices = inner.split("|")
            if group.group(2) or group.group(3) is not None:
                choices.append("")
            pending.extend(_choose(current[:group.start()], choices, current[group.end():], sets))
        else:
            if any(ch in current for ch in "()[]|"):
                raise PatternError("unbalanced or nested brackets in a pattern")
            phrase = " ".join(current.split())
            if phrase:
                words = phrase.lower().split()
                if words[0] == ANY_WORD or words[0] in (sets or {}) and ANY_WORD in sets[words[0]]:
                    # a term that began with any word would begin at every word of every text
                    raise PatternError("a term cannot begin with {WORD}")
                out.append(phrase)
        if len(out) + len(pending) > MAX_EXPANSIONS:
            raise PatternError(f"pattern expands to more than {MAX_EXPANSIONS} phrases")
    return list(dict.fromkeys(out))


def _single(choice: str) -> bool:
    """One word the matcher can test as a set member (letters only, or a token class)."""
    word = choice.strip()
    return word.isalpha() or word.lower() in CLASSES


def _choose(before: str, choices: list[str], after: str,
            sets: dict[str, tuple[str, ...]] | None) -> list[str]:
    """The branches for one group or slot: its single words as one set, the rest one each."""
    words = [c.strip() for c in choices if c.strip() and _single(c)]
    if sets is None or len(words) < 2:
        return [before + c + after for c in choices]
    members = tuple(sorted({w.lower() for w in words}))
    # a plain dict (a caller's own registry) gets a throwaway index
    index = sets.index if isinstance(sets, SetTable) else {v: k for k, v in sets.items()}
    key = index.get(members)
    if key is None:
        key = "{=" + str(len(sets)) + "}"
        sets[key] = members
        index[members] = key
    rest = [c for c in choices if not (c.strip() and _single(c))]
    return [before + f" {key} " + after] + [before + c + after for c in rest]


def set_token(word: str) -> bool:
    return word.startswith("{=") and word.endswith("}")


def _first_slot(text: str) -> tuple[int, int, str] | None:
    """The first {slot} that is not already a lower-case class token."""
    for match in SLOT_RE.finditer(text):
        if match.group(0) not in CLASSES:
            return match.start(), match.end(), match.group(1)
    return None


def classes_of(token: str) -> tuple[str, ...]:
    """The class tokens a word belongs to ("2013" is a {year} and a {num}, "delta" a {word})."""
    if not token:
        return ()
    if token[0].isalpha():
        return WORD_CLASS
    if not token[0].isdigit():
        return ()
    if YEAR_RE.match(token):
        return ("{year}", "{num}")
    if NUM_RE.match(token):
        return ("{num}",)
    if ORD_RE.match(token):
        return ("{ord}",)
    return ()
