"""YAML lexicons -> one validated, merged lexicon; every problem reported with file:line.

Loading is pure data work: compiling the terms into a matcher is `matching.compile_matcher`.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from relradar import cache
from relradar.errors import LexiconError
from relradar.hints import did_you_mean
from relradar.patterns import (SLOT_RE, PatternError, SetTable, endless_slots, expand,
                               is_pattern, slot_cycles)
from relradar.yamlsource import YamlDoc, load_yaml

TOP_KEYS = {"meta", "scoring", "normalize", "inflections", "modifiers", "signals", "rules", "types",
            "frequent_words", "slots"}
VALENCES = {"positive", "negative", "mixed", "neutral"}
DIMENSIONS = {
    "valence": VALENCES,
    "closeness": {"close", "distant"},
    "intensity": {"intense", "weak"},
    "power": {"customer", "brand", "shared"},
}
MOVES = {"bolster", "shift", "change_gears"}
SCORING_DEFAULTS = {
    "min_score": 1.0,
    "min_share": 0.35,
    "confidence_scale": 3.0,
    "distress_min": 1.0,
    "recency_half_life": 0.0,
    "negated_weight": 0.5,
    # a type needs this much relational evidence, or signals in this many messages
    "relational_min": 0.5,
    "incident_messages": 3,
    "incident_weight": 1.0,      # how much incident signals weigh toward a type in that case
    # a customer this negative (sentiment <= -mismatch_sentiment) fits warm types this much less
    "mismatch_sentiment": 0.0,
    "mismatch_weight": 1.0,
    # sentiment: |sentiment| for positive/negative, the weaker side's share for mixed,
    # how much the relationship signals weigh against the words, distress on strong complaints
    "sentiment_threshold": 0.05,
    "mixed_share": 0.4,
    "type_valence_below": 0.0,
    "neutral_type_valence_below": 0.0,
    "sentiment_signal_weight": 1.0,
    "distress_sentiment": 0.6,
    # the learned wording model (learned.py) decides a customer the signals left undetermined
    # when its best type has at least this probability; 0: off
    "learned_min": 0.0,
    # how often customers are undetermined where the model is used (0: as in its training)
    "learned_undetermined_share": 0.0,
    # ... and retypes a customer the signals typed with a confidence below this, when its best
    # type is another one with at least learned_min (0: the signals' type stands)
    "learned_override_below": 0.0,
}
# Scoring thresholds that are shares or probabilities: from 0 to 1 (min_share 50 made every
# customer undetermined without a word).
SCORING_SHARES = frozenset({"min_share", "mixed_share", "learned_min",
                            "learned_undetermined_share", "learned_override_below"})
PARSE_APART_BYTES = 200_000   # lexicon files this large are parsed in a child process
MODIFIER_LISTS = {"negators", "negation_exceptions", "past", "past_exceptions", "sarcasm",
                  "sarcasm_openers", "clause_breaks", "negation_breaks", "sarcasm_situations",
                  "hypothetical", "hypothetical_ahead", "sentiment_ignore", "other_party",
                  "courtesy", "sarcasm_exceptions", "sarcasm_if_sour", "share_persons"}
MODIFIER_MAPS = {"intensifiers", "diminishers", "contrast", "concessive"}
MODIFIER_NUMBERS = {"caps_boost": 1.3, "exclamation_boost": 0.1, "question_weight": 0.6,
                    "hypothetical_weight": 0.5, "negation_window": 4, "share_weight": 0.05}
SIGNAL_KEYS = {"label", "valence", "negated", "past", "sarcastic", "distress", "engagement",
               "derived", "combine", "counts", "terms", "description", "evidence",
               "other_party", "in_names", "within", "passing"}
# signal keys that take one of a few words (besides leaving them out)
SIGNAL_CHOICES = {"evidence": ("relational", "incident"), "other_party": ("drop", "keep"),
                  "within": ("history", "message"), "in_names": ("drop", "keep"),
                  "passing": ("drop", "keep"),
                  "engagement": ("up", "down")}
TYPE_KEYS = {"label", "optional", "disabled", "expectations", "dimensions", "signals", "requires",
             "strategy", "value", "rules", "description"}
RULE_KEYS = {"label", "expectation", "breaks", "description"}
MAX_WEIGHT = 5.0
# Limits that keep loading and compiling bounded (checked by `lexicon validate` and at load):
MAX_TERM_CHARS = 400          # a longer "term" is a pasted paragraph, not a pattern
MAX_TERM_WORDS = 40
MAX_TERMS = 200_000           # across the merged lexicon (the default has about 3,000)
MAX_LEXICON_BYTES = 8 * 1024 * 1024
WILDCARD_RE = re.compile(r"^[^*\s]{3,}\*$")


@dataclass(frozen=True)
class Signal:
    id: str
    label: str
    valence: str
    negated: str | None        # signal id, or None = dropped when negated
    past: str | None           # signal id it becomes when past; None = unchanged
    sarcastic: str | None      # signal id; None = dropped
    sarcastic_keeps: bool      # True: unchanged under sarcasm
    distress: bool
    engagement: str | None
    derived: bool
    terms: dict[str, float]
    combine: tuple[tuple[str, ...], ...] = ()   # derived: min over groups of the group sums
    counts: bool = True                          # False: matched, shown, never scored
    relational: bool = True                      # False: an incident (one event), see scoring
    other_party_keeps: bool = False              # True: counts in a clause about another party
    in_names_keeps: bool = False                 # True: counts inside a capitalised name
    passing_keeps: bool = False                  # True: counts where a cue is used in passing
    within: str = "history"                      # combine: over the history, or per message


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    expectation: str
    breaks: dict[str, float]


@dataclass(frozen=True)
class TypeDef:
    id: str
    label: str
    optional: bool
    expectations: str
    dimensions: dict[str, str]
    signals: dict[str, float]
    requires: tuple[tuple[str, ...], ...]
    move: str
    action: str
    value: str
    rules: dict[str, float]


@dataclass(frozen=True)
class Lexicon:
    meta: dict[str, str]
    scoring: dict[str, float]
    normalize: dict[str, str]
    inflections: dict[str, tuple[str, ...]]
    modifiers: dict[str, Any]
    signals: dict[str, Signal]
    rules: dict[str, Rule]
    types: dict[str, TypeDef]          # enabled types only
    all_types: dict[str, TypeDef]      # optional ones included
    sources: tuple[str, ...] = field(default=())
    frequent_words: frozenset[str] = frozenset()   # never used as pre-filter anchors
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)   # pattern slot lists

    @functools.cached_property
    def signal_users(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """signal id -> the (enabled type, weight) pairs that score it."""
        users: dict[str, list[tuple[str, float]]] = {}
        for tid, tdef in self.types.items():
            for sid, weight in tdef.signals.items():
                users.setdefault(sid, []).append((tid, weight))
        return {sid: tuple(pairs) for sid, pairs in users.items()}

    @functools.cached_property
    def valence_of(self) -> dict[str, str]:
        """signal id -> valence (positive, negative, mixed, neutral)."""
        return {sid: signal.valence for sid, signal in self.signals.items()}

    @property
    def term_count(self) -> int:
        return sum(len(s.terms) for s in self.signals.values()) + sum(
            len(r.breaks) for r in self.rules.values())

    def describe(self) -> dict[str, Any]:
        """The `lexicon` block of the JSON output."""
        return {
            "name": self.meta.get("name", ""),
            "version": str(self.meta.get("version", "")),
            "language": self.meta.get("language", "en"),
            "sources": list(self.sources),
            "signals": len(self.signals),
            "terms": self.term_count,
            "types": len(self.types),
        }


def default_lexicon_path(language: str = "en") -> Path:
    """The bundled lexicon: inside the installed package, or the repo's lexicons/ in a checkout."""
    name = f"{language}.yaml"
    packaged = resources.files("relradar").joinpath("lexicons", name)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "lexicons" / name


def bundled_languages() -> list[str]:
    folders = [Path(str(resources.files("relradar").joinpath("lexicons"))),
               Path(__file__).resolve().parents[2] / "lexicons"]
    for folder in folders:
        if folder.is_dir():
            return sorted(p.stem for p in folder.glob("*.yaml"))
    return []


# ---------------------------------------------------------------- validation of one document

def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def scoring_value_problem(name: str, value: Any) -> str | None:
    """Why a scoring threshold's value is invalid, or None (lexicons and project files)."""
    if not _is_number(value) or not value >= 0 or value == float("inf"):   # NaN too
        return f"{name} must be a number >= 0"
    if name in SCORING_SHARES and value > 1:
        return f"{name} is a share and must be from 0 to 1, not {value:g}"
    return None


def check_term(term: str) -> str | None:
    """Why a term is invalid, or None."""
    if not term.strip():
        return "empty term"
    if len(term) > MAX_TERM_CHARS:
        return f"term of {len(term):,} characters (the limit is {MAX_TERM_CHARS})"
    if len(term.split()) > MAX_TERM_WORDS:
        return f"term of {len(term.split())} words (the limit is {MAX_TERM_WORDS})"
    for word in term.split():
        if "*" in word and not WILDCARD_RE.match(word.lstrip("=")):
            return (f"invalid wildcard {word!r}: one '*' at the end of a word, "
                    "after at least 3 characters")
        if word == "=":
            return "'=' must be followed by a word"
    return None


def _check_terms(doc: YamlDoc, key: tuple[str, ...], terms: Any, problems: list[str],
                 allow_empty: bool = False) -> None:
    if not isinstance(terms, dict):
        problems.append(f"{doc.where(*key)}: expected a mapping of term: weight")
        return
    if not terms and not allow_empty:
        problems.append(f"{doc.where(*key)}: empty group (no terms)")
    for term, weight in terms.items():
        where = doc.where(*key, term)
        why = check_term(term)
        if why:
            problems.append(f"{where}: {why}")
        if weight is None:
            weight = 1.0
        if not _is_number(weight) or not 0 < weight <= MAX_WEIGHT:
            problems.append(f"{where}: weight of {term!r} must be a number in (0, {MAX_WEIGHT:g}],"
                            f" got {weight!r}")


def _check_word_valences(doc: YamlDoc, words: Any, problems: list[str]) -> None:
    """modifiers.sentiment_words: single words, each with a valence on VADER's -4..4 scale."""
    key = ("modifiers", "sentiment_words")
    if not isinstance(words, dict):
        problems.append(f"{doc.where(*key)}: expected a mapping of word: valence (-4 to 4)")
        return
    for word, valence in words.items():
        where = doc.where(*key, str(word))
        if not isinstance(word, str) or not word or any(c.isspace() for c in word):
            problems.append(f"{where}: {word!r} must be one word (the word list scores words)")
        if not _is_number(valence) or not -4 <= valence <= 4:
            problems.append(f"{where}: valence of {word!r} must be a number from -4 to 4,"
                            f" got {valence!r}")


def _check_mapping(doc: YamlDoc, key: tuple[str, ...], value: Any, problems: list[str]) -> bool:
    if not isinstance(value, dict):
        problems.append(f"{doc.where(*key)}: '{'.'.join(key)}' must be a mapping")
        return False
    return True


MAPPING_SECTIONS = ("meta", "scoring", "normalize", "inflections", "modifiers", "signals",
                    "rules", "types", "slots")


def without_malformed_sections(data: dict[str, Any]) -> dict[str, Any]:
    """The data without top-level sections that should be mappings and are not (a list, a
    number): validate_document reports them, and no later step has to expect them."""
    return {k: v for k, v in data.items()
            if k not in MAPPING_SECTIONS or v is None or isinstance(v, dict)}


def validate_document(doc: YamlDoc) -> list[str]:
    """Problems that can be seen in one file alone (cross-references are checked after merging)."""
    problems: list[str] = []
    for key, line in doc.duplicates:
        problems.append(f"{doc.path}:{line}: duplicate key {'.'.join(key)!r}"
                        " (the later one would silently win)")
    data = doc.data
    if not isinstance(data, dict):
        return problems + [f"{doc.path}:1: a lexicon must be a YAML mapping"]
    for key in data:
        if key not in TOP_KEYS:
            problems.append(f"{doc.where(key)}: unknown top-level key {key!r}"
                            f" (known: {', '.join(sorted(TOP_KEYS))})")
    for section in MAPPING_SECTIONS:
        if section in data and data[section] is not None:
            _check_mapping(doc, (section,), data[section], problems)
    data = without_malformed_sections(data)
    frequent = data.get("frequent_words")
    if frequent is not None and not (isinstance(frequent, list)
                                     and all(isinstance(w, str) for w in frequent)):
        problems.append(f"{doc.where('frequent_words')}: frequent_words must be a list of words")
    slot_lists = data.get("slots")
    if slot_lists is not None:
        for name, values in slot_lists.items():
            if not (isinstance(values, list) and values
                    and all(isinstance(v, str) and v.strip() for v in values)):
                problems.append(f"{doc.where('slots', str(name))}: slot {name!r} must be a "
                                "non-empty list of words or phrases")
    scoring = data.get("scoring") or {}
    if isinstance(scoring, dict):
        for name, value in scoring.items():
            if name not in SCORING_DEFAULTS:
                problems.append(f"{doc.where('scoring', name)}: unknown scoring key {name!r}")
            elif (why := scoring_value_problem(name, value)) is not None:
                problems.append(f"{doc.where('scoring', name)}: {why}")
    modifiers = data.get("modifiers") or {}
    if isinstance(modifiers, dict):
        for name, value in modifiers.items():
            where = doc.where("modifiers", name)
            if name in MODIFIER_LISTS:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    problems.append(f"{where}: modifiers.{name} must be a list of strings")
                else:
                    for i, term in enumerate(value):
                        why = check_term(term) if name != "sarcasm_situations" else None
                        if why:
                            problems.append(f"{doc.where('modifiers', name, str(i))}: {why}")
            elif name in MODIFIER_MAPS:
                if name == "concessive" and isinstance(value, list):
                    continue
                _check_terms(doc, ("modifiers", name), value, problems)
            elif name in MODIFIER_NUMBERS:
                if not _is_number(value) or value < 0:
                    problems.append(f"{where}: modifiers.{name} must be a number >= 0")
            elif name == "sentiment_words":
                _check_word_valences(doc, value, problems)
            else:
                problems.append(f"{where}: unknown modifier list {name!r}")
    for sid, signal in (data.get("signals") or {}).items():
        if not _check_mapping(doc, ("signals", sid), signal, problems):
            continue
        for key in signal:
            if key not in SIGNAL_KEYS:
                problems.append(f"{doc.where('signals', sid, key)}: unknown signal key {key!r}")
        if "valence" in signal and signal["valence"] not in VALENCES:
            problems.append(f"{doc.where('signals', sid, 'valence')}: valence must be one of "
                            f"{', '.join(sorted(VALENCES))}")
        for key, choices in SIGNAL_CHOICES.items():
            if signal.get(key) not in (None, *choices):
                problems.append(f"{doc.where('signals', sid, key)}: {key} must be"
                                f" {' or '.join(choices)}")
        if signal.get("within") in SIGNAL_CHOICES["within"] and not signal.get("combine"):
            problems.append(f"{doc.where('signals', sid, 'within')}: within applies to a"
                            " derived signal with combine")
        if "terms" in signal or not signal.get("derived"):
            _check_terms(doc, ("signals", sid, "terms"), signal.get("terms", {}), problems,
                         allow_empty=bool(signal.get("derived")))
    for rid, rule in (data.get("rules") or {}).items():
        if not _check_mapping(doc, ("rules", rid), rule, problems):
            continue
        for key in rule:
            if key not in RULE_KEYS:
                problems.append(f"{doc.where('rules', rid, key)}: unknown rule key {key!r}")
        if "breaks" in rule:
            _check_terms(doc, ("rules", rid, "breaks"), rule["breaks"], problems)
    count = count_terms(data)
    if count > MAX_TERMS:
        problems.append(f"{doc.path}: {count:,} terms, more than the limit of {MAX_TERMS:,}")
    for tid, tdef in (data.get("types") or {}).items():
        if not _check_mapping(doc, ("types", tid), tdef, problems):
            continue
        for key in tdef:
            if key not in TYPE_KEYS:
                problems.append(f"{doc.where('types', tid, key)}: unknown type key {key!r}")
        dims = tdef.get("dimensions")
        if dims is not None and _check_mapping(doc, ("types", tid, "dimensions"), dims, problems):
            for dim, value in dims.items():
                if dim not in DIMENSIONS:
                    problems.append(f"{doc.where('types', tid, 'dimensions', dim)}: unknown "
                                    f"dimension {dim!r}")
                elif value not in DIMENSIONS[dim]:
                    problems.append(f"{doc.where('types', tid, 'dimensions', dim)}: {dim} must be"
                                    f" one of {', '.join(sorted(DIMENSIONS[dim]))}")
        for part in ("signals", "rules"):
            weights = tdef.get(part)
            if weights is None:
                continue
            if _check_mapping(doc, ("types", tid, part), weights, problems):
                for name, weight in weights.items():
                    if not _is_number(weight) or not 0 <= weight <= MAX_WEIGHT:
                        problems.append(f"{doc.where('types', tid, part, name)}: weight of "
                                        f"{name!r} must be a number in [0, {MAX_WEIGHT:g}]")
        requires = tdef.get("requires")
        if requires is not None and not (isinstance(requires, list) and all(
                isinstance(group, list) and group for group in requires)):
            problems.append(f"{doc.where('types', tid, 'requires')}: requires must be a list of "
                            "non-empty lists of signal ids")
        strategy = tdef.get("strategy")
        if isinstance(strategy, dict) and strategy.get("move") not in MOVES:
            problems.append(f"{doc.where('types', tid, 'strategy', 'move')}: strategy.move must be"
                            f" one of {', '.join(sorted(MOVES))}")
    return problems


def count_terms(data: dict[str, Any]) -> int:
    """Terms, rule breaks and modifier phrases in one lexicon's data."""
    total = 0
    for section, key in (("signals", "terms"), ("rules", "breaks")):
        for entry in (data.get(section) or {}).values():
            if isinstance(entry, dict) and isinstance(entry.get(key), dict):
                total += len(entry[key])
    for value in (data.get("modifiers") or {}).values():
        if isinstance(value, (list, dict)):
            total += len(value)
    for section in ("normalize", "inflections"):
        if isinstance(data.get(section), dict):
            total += len(data[section])
    return total


def _read_lexicon_text(path: Path) -> str:
    """The file's text, read no further than the size limit (a device such as /dev/zero or a
    pasted corpus is refused before it fills memory or the YAML parser)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_LEXICON_BYTES + 1)
    if len(data) > MAX_LEXICON_BYTES:
        raise ValueError(f"larger than the limit of {MAX_LEXICON_BYTES // 2**20} MB")
    text = data.decode("utf-8")
    entries = text.count("\n") + text.count(",")
    if entries > 2 * MAX_TERMS + 50_000:     # refused before the (slow) YAML parse
        raise ValueError(f"about {entries:,} entries, more than the limit of {MAX_TERMS:,} "
                         "terms")
    return text


# ---------------------------------------------------------------- merging

def _merge_terms(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    out.update(extra)
    return out


def merge_data(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Apply one lexicon on top of another, following the documented merge rules."""
    out = copy.deepcopy(base)
    for section in ("meta", "scoring", "normalize", "inflections"):
        out.setdefault(section, {}).update(overlay.get(section) or {})
    for name, values in (overlay.get("slots") or {}).items():
        slots = out.setdefault("slots", {})
        slots[name] = list(dict.fromkeys((slots.get(name) or []) + list(values or [])))
    if overlay.get("frequent_words"):
        out["frequent_words"] = list(dict.fromkeys((out.get("frequent_words") or [])
                                                   + list(overlay["frequent_words"])))
    mods = out.setdefault("modifiers", {})
    for name, value in (overlay.get("modifiers") or {}).items():
        if isinstance(value, list) and isinstance(mods.get(name), list):
            mods[name] = mods[name] + [v for v in value if v not in mods[name]]
        elif isinstance(value, dict) and isinstance(mods.get(name), dict):
            mods[name] = {**mods[name], **value}
        else:
            mods[name] = value
    for section, terms_key in (("signals", "terms"), ("rules", "breaks")):
        target = out.setdefault(section, {})
        for sid, entry in (overlay.get(section) or {}).items():
            if sid not in target:
                target[sid] = copy.deepcopy(entry)
                continue
            for key, value in entry.items():
                if key == terms_key:
                    target[sid][key] = _merge_terms(target[sid].get(key) or {}, value or {})
                else:
                    target[sid][key] = value
    types = out.setdefault("types", {})
    for tid, entry in (overlay.get("types") or {}).items():
        if tid not in types:
            types[tid] = copy.deepcopy(entry)
            continue
        for key, value in entry.items():
            if key in ("signals", "rules") and isinstance(value, dict):
                merged = {**(types[tid].get(key) or {}), **value}
                types[tid][key] = {k: v for k, v in merged.items() if v != 0}
            else:
                types[tid][key] = value
    return out


# ---------------------------------------------------------------- cross-references and build

def _cross_check(data: dict[str, Any], where: dict[tuple[str, ...], str]) -> list[str]:
    problems: list[str] = []

    def loc(*key: str) -> str:
        for end in range(len(key), 0, -1):
            if key[:end] in where:
                return where[key[:end]]
        return "lexicon"

    signals = data.get("signals") or {}
    rules = data.get("rules") or {}
    slots = {str(k): [str(v) for v in (vs or [])] for k, vs in (data.get("slots") or {}).items()
             if isinstance(vs, list)}
    sets: dict[str, tuple[str, ...]] = SetTable()   # shared sets, as the matcher makes them
    cyclic = endless_slots(slots)     # their terms are not expanded: the cycle is the problem
    for cycle in slot_cycles(slots):
        problems.append(f"{loc('slots', cycle[0])}: slot {cycle[0]!r} refers to itself"
                        + (f" through {' -> '.join(cycle[1:-1])}" if len(cycle) > 2 else ""))
    for section, terms_key in (("signals", "terms"), ("rules", "breaks")):
        for sid, entry in (data.get(section) or {}).items():
            for term in (entry.get(terms_key) or {}):
                if isinstance(term, str) and is_pattern(term) and not cyclic.intersection(
                        m.group(1) for m in SLOT_RE.finditer(term)):
                    try:
                        expand(term, slots, sets)
                    except PatternError as exc:
                        problems.append(f"{loc(section, sid, terms_key, term)}: pattern "
                                        f"{term!r}: {exc}")
    for section, terms_key in (("signals", "terms"), ("rules", "breaks")):
        seen_terms: dict[str, str] = {}   # a phrase may be a signal and a rule break at once
        for sid, entry in (data.get(section) or {}).items():
            for term in (entry.get(terms_key) or {}):
                norm = " ".join(term.lower().replace("\ufe0f", "").split())
                owner = f"{section[:-1]} {sid!r}"
                if norm in seen_terms and seen_terms[norm] != owner:
                    problems.append(f"{loc(section, sid, terms_key, term)}: term {term!r} in "
                                    f"{owner} shadows the same term in {seen_terms[norm]}")
                seen_terms.setdefault(norm, owner)
    for sid, entry in signals.items():
        for key in ("negated", "past", "sarcastic"):
            target = entry.get(key)
            if target not in (None, "drop", "keep") and target not in signals:
                problems.append(f"{loc('signals', sid, key)}: signal {sid!r}: {key} refers to "
                                f"unknown signal {target!r}{did_you_mean(str(target), signals)}")
        for group in entry.get("combine") or []:
            for name in group if isinstance(group, list) else [group]:
                rid = rule_ref(name)
                if rid is not None:
                    if rid not in (data.get("rules") or {}):
                        problems.append(f"{loc('signals', sid, 'combine')}: signal {sid!r} "
                                        f"combines unknown rule {rid!r}"
                                        f"{did_you_mean(rid, data.get('rules') or {})}")
                    continue
                if name not in signals:
                    problems.append(f"{loc('signals', sid, 'combine')}: signal {sid!r} combines "
                                    f"unknown signal {name!r}{did_you_mean(str(name), signals)}")
    for name in (data.get("modifiers") or {}).get("sarcasm_situations") or []:
        if name not in signals:
            problems.append(f"{loc('modifiers', 'sarcasm_situations')}: unknown signal {name!r}"
                            f"{did_you_mean(str(name), signals)}")
    for tid, entry in (data.get("types") or {}).items():
        if entry.get("disabled"):
            continue
        for name in entry.get("signals") or {}:
            if name not in signals:
                problems.append(f"{loc('types', tid, 'signals', name)}: type {tid!r} uses unknown "
                                f"signal {name!r}{did_you_mean(str(name), signals)}")
        for name in entry.get("rules") or {}:
            if name not in rules:
                problems.append(f"{loc('types', tid, 'rules', name)}: type {tid!r} uses unknown "
                                f"rule {name!r}{did_you_mean(str(name), rules)}")
        for group in entry.get("requires") or []:
            for name in group if isinstance(group, list) else []:
                if name not in signals:
                    problems.append(f"{loc('types', tid, 'requires')}: type {tid!r} requires "
                                    f"unknown signal {name!r}{did_you_mean(str(name), signals)}")
        if not entry.get("signals"):
            problems.append(f"{loc('types', tid)}: type {tid!r} has no signals, so it can never "
                            "be chosen")
        for dim in DIMENSIONS:
            if dim not in (entry.get("dimensions") or {}):
                problems.append(f"{loc('types', tid, 'dimensions')}: type {tid!r} lacks the "
                                f"{dim} dimension")
    if not (data.get("types") or {}):
        problems.append("lexicon: no types defined")
    return problems


# A type or signal entry with only these keys changes one defined elsewhere; on an id that
# the files below do not define, it is a misspelling (`flingg: {disabled: true}`).
TYPE_OVERRIDE_KEYS = {"disabled", "optional", "signals", "rules", "requires"}
SIGNAL_OVERRIDE_KEYS = {"terms", "negated", "past", "sarcastic", "counts", "combine"}
RULE_REF = "rule:"      # a combine group names a rule break as "rule:ID"


def rule_ref(name: object) -> str | None:
    """The rule id a combine group's member names ("rule:fair_terms"), or None for a signal."""
    text = str(name)
    return text[len(RULE_REF):] if text.startswith(RULE_REF) else None


def _referenced(data: dict[str, Any]) -> dict[str, set[str]]:
    """Signal and rule ids something refers to (types, combine, modifiers' targets)."""
    signals: set[str] = set()
    rules: set[str] = set()
    for entry in (data.get("types") or {}).values():
        if isinstance(entry, dict):
            signals |= set(entry.get("signals") or {})
            rules |= set(entry.get("rules") or {})
            for group in entry.get("requires") or []:
                signals |= set(group) if isinstance(group, list) else set()
    for entry in (data.get("signals") or {}).values():
        if isinstance(entry, dict):
            signals |= {str(entry.get(k)) for k in ("negated", "past", "sarcastic")}
            for group in entry.get("combine") or []:
                for name in group if isinstance(group, list) else [group]:
                    rid = rule_ref(name)
                    if rid is None:
                        signals.add(name)
                    else:
                        rules.add(rid)
    signals |= set((data.get("modifiers") or {}).get("sarcasm_situations") or [])
    return {"signals": signals, "rules": rules}


def _overlay_problems(base: dict[str, Any], doc: YamlDoc,
                      pending: list[tuple[str, str, str, str]]) -> list[str]:
    """Entries of an overlay that change a type the base does not have (a misspelling).

    A new signal or rule given only terms is legitimate if something uses it; it goes to
    `pending` (section, id, where, hint) and is a problem only if nothing refers to it.
    """
    problems: list[str] = []
    data = doc.data if isinstance(doc.data, dict) else {}
    for section, keys, noun in (("types", TYPE_OVERRIDE_KEYS, "type"),
                                ("signals", SIGNAL_OVERRIDE_KEYS, "signal"),
                                ("rules", {"breaks"}, "rule")):
        known = base.get(section) or {}
        entries = data.get(section)
        if not isinstance(entries, dict) or not known:
            continue
        for name, entry in entries.items():
            if name in known or not isinstance(entry, dict) or not entry:
                continue
            if not set(entry) <= keys:
                continue
            message = (f"{doc.where(section, name)}: {noun} {name!r} is not defined in the "
                       f"lexicons this file extends{did_you_mean(str(name), known)}")
            if section == "types":
                problems.append(message + "; a new type needs a full definition")
            else:
                pending.append((section, str(name), message, "; and no type uses it"))
    return problems


def _record_origins(doc: YamlDoc, where: dict[tuple[str, ...], str]) -> None:
    for key, line in doc.lines.items():
        if key:
            where[key] = f"{doc.path}:{line}"


def _weight(value: Any) -> float:
    return 1.0 if value is None else float(value)


def _build(data: dict[str, Any], sources: tuple[str, ...]) -> Lexicon:
    signals: dict[str, Signal] = {}
    for sid, entry in (data.get("signals") or {}).items():
        valence = entry.get("valence", "neutral")
        sarcastic = entry.get("sarcastic", "drop" if valence == "positive" else "keep")
        signals[sid] = Signal(
            id=sid, label=str(entry.get("label", sid)), valence=valence,
            negated=None if entry.get("negated", "drop") == "drop" else entry["negated"],
            past=entry.get("past") if entry.get("past") not in (None, "keep") else None,
            sarcastic=None if sarcastic in ("drop", "keep") else sarcastic,
            sarcastic_keeps=sarcastic == "keep",
            distress=bool(entry.get("distress", False)),
            engagement=entry.get("engagement"),
            derived=bool(entry.get("derived", False)),
            terms={t: _weight(w) for t, w in (entry.get("terms") or {}).items()},
            combine=tuple(tuple(g) for g in entry.get("combine") or []),
            counts=bool(entry.get("counts", True)),
            relational=entry.get("evidence", "relational") != "incident",
            other_party_keeps=entry.get("other_party") == "keep",
            in_names_keeps=entry.get("in_names") == "keep",
            passing_keeps=entry.get("passing") == "keep",
            within=entry.get("within") or "history",
        )
    rules = {
        rid: Rule(id=rid, label=str(entry.get("label", rid)),
                  expectation=str(entry.get("expectation", "")),
                  breaks={t: _weight(w) for t, w in (entry.get("breaks") or {}).items()})
        for rid, entry in (data.get("rules") or {}).items()
    }
    all_types: dict[str, TypeDef] = {}
    for tid, entry in (data.get("types") or {}).items():
        if entry.get("disabled"):
            continue
        strategy = entry.get("strategy") or {}
        all_types[tid] = TypeDef(
            id=tid, label=str(entry.get("label", tid)), optional=bool(entry.get("optional")),
            expectations=str(entry.get("expectations", "")),
            dimensions={k: str(v) for k, v in (entry.get("dimensions") or {}).items()},
            signals={k: float(v) for k, v in (entry.get("signals") or {}).items() if v},
            requires=tuple(tuple(g) for g in entry.get("requires") or []),
            move=str(strategy.get("move", "bolster")), action=str(strategy.get("action", "")),
            value=str(entry.get("value", "")),
            rules={k: float(v) for k, v in (entry.get("rules") or {}).items() if v},
        )
    modifiers: dict[str, Any] = dict(MODIFIER_NUMBERS)
    modifiers.update(data.get("modifiers") or {})
    if isinstance(modifiers.get("concessive"), list):
        modifiers["concessive"] = {t: 1.5 for t in modifiers["concessive"]}
    return Lexicon(
        meta={k: str(v) for k, v in (data.get("meta") or {}).items()},
        scoring={**SCORING_DEFAULTS, **(data.get("scoring") or {})},
        normalize={str(k).lower(): str(v) for k, v in (data.get("normalize") or {}).items()},
        inflections={str(k).lower(): tuple(str(f).lower() for f in (v or []))
                     for k, v in (data.get("inflections") or {}).items()},
        modifiers=modifiers,
        signals=signals,
        rules=rules,
        types={t: d for t, d in all_types.items() if not d.optional},
        all_types=all_types,
        sources=sources,
        frequent_words=frozenset(str(w).lower() for w in data.get("frequent_words") or []),
        slots={str(k): tuple(str(v) for v in vs or []) for k, vs in
               (data.get("slots") or {}).items()},
    )


def parse_documents(paths: list[Path]) -> tuple[list[YamlDoc], list[str]]:
    docs: list[YamlDoc] = []
    problems: list[str] = []
    for path in paths:
        try:
            text = _read_lexicon_text(path)
        except FileNotFoundError:
            problems.append(f"{path}: lexicon file not found")
            continue
        except IsADirectoryError:
            problems.append(f"{path}: is a directory, not a lexicon file")
            continue
        except UnicodeDecodeError as exc:
            problems.append(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        except ValueError as exc:
            problems.append(f"{path}: {exc}")
            continue
        except OSError as exc:
            problems.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        try:
            doc = load_yaml(text, str(path))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            problems.append(f"{path}{line}: YAML syntax error: {reason}")
            continue
        except RecursionError:
            problems.append(f"{path}: YAML nested too deeply")
            continue
        problems.extend(validate_document(doc))
        if isinstance(doc.data, dict):
            doc.data = without_malformed_sections(doc.data)
        docs.append(doc)
    return docs, problems


def load_lexicon(extra: list[Path] | None = None, use_default: bool = True,
                 language: str = "en", enable_optional: bool = False) -> Lexicon:
    """Default lexicon (unless use_default is False) with `extra` files merged on top, in order."""
    paths = ([default_lexicon_path(language)] if use_default else []) + list(extra or [])
    if not paths:
        raise LexiconError(["no lexicon: --no-default-lexicon needs at least one --lexicon"])
    key = _cache_key(paths, enable_optional)
    cached = cache.load(key) if key is not None else None
    if isinstance(cached, Lexicon):
        return cached
    if key is not None and sum(p.stat().st_size for p in paths) >= PARSE_APART_BYTES:
        cached = _parse_apart(key, paths, enable_optional)
        if isinstance(cached, Lexicon):
            return cached
    lexicon = _load_uncached(paths, enable_optional)
    if key is not None:
        cache.store(key, lexicon)
    return lexicon


def _parse_apart(key: str, paths: list[Path], enable_optional: bool) -> Lexicon | None:
    """Parse large lexicon files in a short-lived child process that writes the cache entry
    (see relradar.compile): the YAML parse leaves ~20 MB in a process that a cached load does
    not. None when the child fails; the caller then parses here (and reports any problem)."""
    from relradar.compile import run_apart

    if not run_apart(["--lexicon", key, "1" if enable_optional else "0", *map(str, paths)]):
        return None
    loaded = cache.load(key)
    return loaded if isinstance(loaded, Lexicon) else None


def _cache_key(paths: list[Path], enable_optional: bool) -> str | None:
    """The files' names and bytes; None when one cannot be read (the error is reported later)."""
    if cache.cache_dir() is None:
        return None
    parts: list[bytes | str] = [str(enable_optional)]
    for path in paths:
        try:
            if not path.is_file():
                return None        # a device or a FIFO: not cached, and refused by the loader
            with path.open("rb") as handle:
                data = handle.read(MAX_LEXICON_BYTES + 1)
        except OSError:
            return None
        if len(data) > MAX_LEXICON_BYTES:
            return None            # the loader reports the size limit
        parts += [str(path), data]
    return cache.make_key("lexicon", *parts)


def _load_uncached(paths: list[Path], enable_optional: bool) -> Lexicon:
    data, problems = _merged(paths)
    if problems:
        raise LexiconError(problems)
    if enable_optional:
        for entry in (data.get("types") or {}).values():
            entry["optional"] = False
    return _build(data, tuple(str(p) for p in paths))


def empty_document_problem(doc: YamlDoc) -> str | None:
    """An overlay that sets nothing (an empty file, only comments, `{}`, only empty sections) is
    almost always the wrong file; `lexicon validate` says so at line 1."""
    data = doc.data
    if not isinstance(data, dict):
        return None              # reported as not a mapping
    if any(value not in (None, {}, [], "") for value in data.values()):
        return None
    return (f"{doc.path}:1: the lexicon is empty: it sets no signals, types, rules, scoring or "
            "other section, so it changes nothing (is it the right file?)")


def _merged(paths: list[Path], flag_empty: int | None = None
            ) -> tuple[dict[str, Any], list[str]]:
    """The merged data and every problem: each file's own, overlays of unknown ids, and
    cross-references; all in one pass, so fixing one problem never reveals another. Files
    from index `flag_empty` on are also reported when they set nothing (lexicon validate)."""
    docs, problems = parse_documents(paths)
    for doc in docs if flag_empty is not None else ():
        if any(str(p) == doc.path for p in paths[flag_empty:]) and (
                empty := empty_document_problem(doc)) is not None:
            problems.append(empty)
    data: dict[str, Any] = {}
    where: dict[tuple[str, ...], str] = {}
    pending: list[tuple[str, str, str, str]] = []
    for doc in docs:
        if not isinstance(doc.data, dict):
            continue
        problems.extend(_overlay_problems(data, doc, pending))
        try:
            data = merge_data(data, doc.data)
        except (TypeError, AttributeError, ValueError):
            continue        # a malformed section was reported by validate_document
        _record_origins(doc, where)
    used = _referenced(data)
    problems.extend(message + hint for section, name, message, hint in pending
                    if name not in used[section])
    try:
        problems.extend(p for p in _cross_check(data, where) if p not in problems)
    except (TypeError, AttributeError, ValueError):
        if not problems:
            raise
    if count_terms(data) > MAX_TERMS:
        problems.append(f"lexicon: {count_terms(data):,} terms once merged, more than the limit "
                        f"of {MAX_TERMS:,}")
    return data, problems


def validate_paths(paths: list[Path], with_default: bool = False) -> list[str]:
    """Every problem in these lexicon files, for `relradar lexicon validate`."""
    first = 1 if with_default else 0
    paths = ([default_lexicon_path("en")] if with_default else []) + list(paths)
    return _merged(paths, first)[1]
