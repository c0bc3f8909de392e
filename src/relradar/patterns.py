"""Term patterns: one lexicon entry for a family of wordings.

A term may hold slot lists (`{tier}`, from the lexicon's `slots`), alternatives (`(trip|stay)`),
optional words (`[really]`) and the token classes `{NUM}` (a number written in digits),
`{ORD}` (a digit ordinal: 1st, 3rd, 22nd) and `{YEAR}` (1900-2099). Slots, alternatives and
optional words expand at compile time into plain phrases; the classes stay as tokens that the
matcher tests each word against (spaCy's Matcher patterns with IN lists, OP "?" and LIKE_NUM
are the model).
"""

from __future__ import annotations

import re

CLASSES = {"{num}", "{ord}", "{year}"}
MAX_EXPANSIONS = 5000
SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
GROUP_RE = re.compile(r"\(([^()\[\]]*\|[^()\[\]]*)\)|\[([^\[\]()]+)\]")
NUM_RE = re.compile(r"^\d{1,7}(?:[.,]\d+)?$")
ORD_RE = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


class PatternError(ValueError):
    """A pattern that cannot be expanded (unknown slot, too many expansions, bad brackets)."""


def is_pattern(term: str) -> bool:
    return any(ch in term for ch in "{}()[]|")


def expand(term: str, slots: dict[str, list[str]]) -> list[str]:
    """Every plain phrase a pattern stands for (class tokens lower-cased and kept)."""
    out: list[str] = []
    pending = [term]
    while pending:
        current = pending.pop()
        slot = _first_slot(current)
        if slot is not None:
            start, end, name = slot
            if "{" + name.lower() + "}" in CLASSES and name == name.upper():
                current = current[:start] + "{" + name.lower() + "}" + current[end:]
                pending.append(current)
                continue
            if name not in slots:
                raise PatternError(f"unknown slot {{{name}}} (define it under slots:)")
            pending.extend(current[:start] + value + current[end:] for value in slots[name])
        else:
            group = GROUP_RE.search(current)
            if group is not None:
                if group.group(1) is not None:
                    choices = group.group(1).split("|")
                else:
                    choices = [group.group(2), ""]
                pending.extend(current[:group.start()] + c + current[group.end():]
                               for c in choices)
            else:
                if any(ch in current for ch in "()[]|"):
                    raise PatternError("unbalanced or nested brackets in a pattern")
                phrase = " ".join(current.split())
                if phrase:
                    out.append(phrase)
        if len(out) + len(pending) > MAX_EXPANSIONS:
            raise PatternError(f"pattern expands to more than {MAX_EXPANSIONS} phrases")
    return list(dict.fromkeys(out))


def _first_slot(text: str) -> tuple[int, int, str] | None:
    """The first {slot} that is not already a lower-case class token."""
    for match in SLOT_RE.finditer(text):
        if match.group(0) not in CLASSES:
            return match.start(), match.end(), match.group(1)
    return None


def classes_of(token: str) -> tuple[str, ...]:
    """The class tokens a word belongs to ("2013" is a {year} and a {num})."""
    if not token or not token[0].isdigit():
        return ()
    if YEAR_RE.match(token):
        return ("{year}", "{num}")
    if NUM_RE.match(token):
        return ("{num}",)
    if ORD_RE.match(token):
        return ("{ord}",)
    return ()
