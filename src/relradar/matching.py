"""Compiled lexicon matcher: spaCy tokens -> signal and rule-break hits, modifiers applied.

Everything the matcher knows about English comes from the lexicon's data (terms, negators,
intensifiers, contrast, past and sarcasm cues); this module only supplies the mechanics:
inflection of single words, longest-match phrase lookup, clause scopes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from itertools import islice
from operator import itemgetter
from typing import Any, NamedTuple

from relradar.learned import LearnedModel, model_for
from relradar.lexicon import RULE_REF, Lexicon
from relradar.patterns import ANY_WORD, CLASSES, SetTable, classes_of, expand, is_pattern, set_token
from relradar.prefilter import HitScanner
from relradar.sentiment import DEGREE_WORDS, places, scorer_for
from relradar.text import URL_RE, CleanOptions, clean_text, make_segmenter
from relradar.tokenizer import FastTokenizer, rules_from_spacy

QUOTE_TOKENS = {'"', "'", "''", "``"}
# contractions as the tokenizer yields them after a word ("I've" -> "I", "'ve")
CLITICS = {"'ve", "'m", "'re", "'s", "'d", "'ll"}
# where a single quotation mark could open (after a space or bracket, or at the start, before a
# word character): a text without one has only apostrophes, and its single-quote scan is skipped
# (the mark first, what stands before it looked behind: the engine skips ahead to the next mark
# instead of stopping at every space)
SINGLE_OPEN_RE = re.compile(r"['\u2018\u2019](?<=[\s(\[]['\u2018\u2019])(?=\w)")
SINGLE_OPEN_START_RE = re.compile(r"['\u2018\u2019]\w")
MAX_TOKENS = 5000          # longer messages are scored on their first MAX_TOKENS tokens
TOKENIZER_REFRESH = 20_000  # texts between fresh tokenizers (spaCy's vocabulary only grows)
CACHE_LIMIT = 50_000
COMPILE_APART_TERMS = 2_000  # lexicons this large compile in a child process (build_matcher)
PAIR_CACHE_LIMIT = 100_000  # steps kept after a word (about 140 bytes each), see _evict_steps
# a step's result: the nodes reached, their entries, and the steps taken from there so far
NO_STEP: tuple[list[Any], None, None] = ([], None, None)   # every step that leads nowhere
# a token as the walk reads it: (keys, their set, what it begins, no key twice), see Matcher._word
Word = tuple[tuple[str, ...], frozenset[str], tuple[Any, ...], bool]


class Hit(NamedTuple):
    """One signal or rule-break occurrence in one message (compact: crosses processes)."""

    kind: str               # "signal" | "rule"
    id: str                 # signal or rule id after modifiers were applied
    weight: float           # 0 when a modifier dropped it (kept for explain)
    term: str               # the words as the customer wrote them
    start: int              # character offsets in the cleaned text
    end: int
    mods: tuple[str, ...]   # "negated by don't", "past: used to", "intensified by so", ...


def inflect(word: str) -> set[str]:
    """Regular English inflections of a word; over-generation is harmless, misses are not."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "er", word + "ers"}
    if word.endswith("e"):
        stem = word[:-1]
        forms |= {word + "d", stem + "ing", word + "r", word + "rs"}
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        stem = word[:-1]
        forms |= {stem + "ies", stem + "ied", stem + "ier", stem + "iest", stem + "ily"}
    if (len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou"
            and word[-3] not in "aeiou"):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing", word + word[-1] + "er"}
    return forms


def _inflects(word: str) -> bool:
    """Words of one or two letters, and tokens with digits or punctuation, are not inflected."""
    return len(word) >= 3 and word.isalpha()


class Matcher:
    """A lexicon compiled for one spaCy tokenizer."""

    def __init__(self, lexicon: Lexicon, nlp: Any, clean_options: CleanOptions = CleanOptions(),
                 fast_path: bool = True) -> None:
        self.lexicon = lexicon
        self._nlp = nlp
        self.language = lexicon.meta.get("language", "en")
        self.clean_options = clean_options
        self.fast_path = fast_path
        self.learned: LearnedModel | None = None    # set by build_matcher (never cached)
        self.signals = lexicon.signals
        mods = lexicon.modifiers
        self.caps_boost = float(mods.get("caps_boost", 1.3))
        self.question_weight = float(mods.get("question_weight", 0.6))
        self.hypothetical_weight = float(mods.get("hypothetical_weight", 0.5))
        self.excl_boost = float(mods.get("exclamation_boost", 0.1))
        # a link posted with no word of the poster's own ("I", "my", "you"...): a share (news,
        # a promotion, a headline), whose words are not the poster's feeling about the brand
        persons = [re.escape(w.lower()) for w in mods.get("share_persons") or []]
        self.share_weight = float(mods.get("share_weight", 0.05))
        self._persons = re.compile(r"(?<![\w@#])(?:" + "|".join(persons) + r")(?!\w)",
                                   re.IGNORECASE) if persons else None
        self.negated_weight = float(lexicon.scoring.get("negated_weight", 0.5))
        # tokens between a negator and the term it negates (VADER looks three words back)
        self.negation_window = int(mods.get("negation_window", 4))
        self.situations = set(mods.get("sarcasm_situations") or [])
        self.openers = {w.lower() for w in mods.get("sarcasm_openers") or []}
        self._bases: set[str] = set()
        self._exact: set[str] = set()
        self._prefixes: set[str] = set()
        # entries go straight into the trie as patterns expand (some 360,000 phrases): a list
        # of them all was a fifth of a compile's peak memory
        self._trie: dict[Any, Any] = {}
        # the trie's subtrees are made one object now and then while it grows (see _insert),
        # which keeps a compile's peak memory down; these are the nodes shared so far
        self._frozen: set[int] = set()
        # the shared nodes by signature, kept from one sharing to the next: a shared node
        # the inserts since have not copied is still in it, and is not walked again
        self._canonical: dict[tuple[Any, ...], dict[Any, Any]] = {}
        self._since_shared = 0
        self._leaves: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self._passing = frozenset(sid for sid, sg in self.signals.items() if not sg.counts)
        # signals that still count where a span is listed as used in passing ("keeps
        # crashing" is no tie, but still a complaint)
        self._with_passing = frozenset(sid for sid, sg in self.signals.items()
                                       if sg.passing_keeps) | self._passing
        self._slots = {name: list(values) for name, values in lexicon.slots.items()}
        self._classes = False      # does any pattern use {NUM}, {ORD}, {YEAR} or {WORD}?
        self._sets: dict[str, tuple[str, ...]] = SetTable()   # "{=3}" -> its member words
        self._member_of: dict[str, Any] = {}    # member word -> its sets (first-noted order)
        self._part_keys: dict[str, list[str]] = {}       # compile-time cache per written word
        self._prefilter_terms: dict[tuple[str, ...], None] = {}    # each once, first-seen order
        for sid, signal in lexicon.signals.items():
            for term, weight in signal.terms.items():
                self._add(term, ("sig", sid, weight), prefilter=signal.counts)
        for rid, rule in lexicon.rules.items():
            for term, weight in rule.breaks.items():
                self._add(term, ("rule", rid, weight), prefilter=True)
        for term in mods.get("negators") or []:
            self._add(term, ("neg",))
        for key in ("negation_exceptions", "past_exceptions", "sarcasm_exceptions"):
            for term in mods.get(key) or []:
                self._add(term, ("except",))
        for term in mods.get("past") or []:
            self._add(term, ("past",))
        for term in mods.get("hypothetical") or []:
            self._add(term, ("hypo", False))
        # a hope or a wish is about what follows it: "my first flight with them, and I hope
        # to fly them again" is a first flight told, not hoped for
        for term in mods.get("hypothetical_ahead") or []:
            self._add(term, ("hypo", True))
        for term in mods.get("sarcasm") or []:
            self._add(term, ("sarcasm",))
        for term in mods.get("sarcasm_if_sour") or []:
            self._add(term, ("sarcasm_if_sour",))
        for term in mods.get("other_party") or []:
            self._add(term, ("other",))
        for term in mods.get("clause_breaks") or [".", "!", "?", ";"]:
            self._add(term, ("break",))
        for term in mods.get("negation_breaks") or [","]:
            self._add(term, ("negbreak",))
        for key, kind in (("intensifiers", "scale"), ("diminishers", "scale"),
                          ("contrast", "contrast"), ("concessive", "concessive")):
            for term, factor in (mods.get(key) or {}).items():
                self._add(term, (kind, float(factor or 1.0), key))
        self._forms = self._build_forms()
        self._trie = _share_subtrees(self._trie, self._canonical, self._frozen)
        self._frozen = set()
        self._canonical = {}
        self._message_combos = [(sid, sg.combine) for sid, sg in self.signals.items()
                                if sg.derived and sg.combine and sg.within == "message"]
        self._cache: dict[str, tuple[str, ...]] = {}
        self._tokenized = 0
        self._words: dict[str, Word] = {}
        # the second steps kept (see _spans): the dicts that hold some, and how many in all
        self._continued: list[dict[str, tuple[Any, ...]]] = []
        self._steps_kept = 0
        self._same_keys: dict[tuple[str, ...], tuple[str, ...]] = {}
        # a word's own keys -> with the word sets they are members of (every number: {NUM})
        self._with_sets: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._word_by_keys: dict[tuple[str, ...], Word] = {}
        # "dont" -> ("do", "n't"): applied to tokens, so offsets still point at what was written
        self._normalize = {k.lower(): tuple(t.lower_ for t in nlp.tokenizer(v.lower()))
                           for k, v in lexicon.normalize.items()}
        self.sentiment = scorer_for(lexicon.meta.get("language", "en"),
                                    list(mods.get("negators") or []),
                                    dict(mods.get("intensifiers") or {}),
                                    dict(mods.get("diminishers") or {}),
                                    list(mods.get("contrast") or {}),
                                    list(mods.get("sentiment_ignore") or []),
                                    dict(mods.get("sentiment_words") or {}),
                                    list(mods.get("sarcasm") or []),
                                    list(mods.get("sarcasm_if_sour") or []),
                                    list(mods.get("sarcasm_openers") or []),
                                    list(mods.get("courtesy") or []),
                                    list(mods.get("sarcasm_exceptions") or []))
        self.fast_tokenizer = FastTokenizer(rules_from_spacy(nlp), self._normalize)
        self.scanner = HitScanner(*self._scanner_data())
        self._prefix_lengths = sorted({len(p) for p in self._prefixes}, reverse=True)
        # the prefixes' first characters, as many as the shortest has: most words start
        # with none of them, and their prefix look-ups are skipped
        self._prefix_heads = frozenset(p[:self._prefix_lengths[-1]] for p in self._prefixes)
        self.segment = make_segmenter(self._bases)
        # compile-time only: the phrases the trie and the pre-filter were built from (some
        # 80,000 once patterns are expanded) are not kept, cached or loaded again
        self._prefilter_terms = {}
        self._leaves = {}
        self._part_keys = {}
        # a set's name was noted once per phrase that uses it: keep each name once per word,
        # first-noted order (what `_keys` made of it anyway), as one shared string
        names: dict[str, str] = {}
        self._member_of = {member: [names.setdefault(n, n) for n in dict.fromkeys(sets)]
                           for member, sets in self._member_of.items()}

    # A compiled matcher is cached on disk without its spaCy pipeline (see build_matcher):
    # the fast path never needs one, the --no-fast-path path loads it on first use.
    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp(self.language)
        return self._nlp

    @nlp.setter
    def nlp(self, value: Any) -> None:
        self._nlp = value

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.update(_nlp=None, segment=None, learned=None, _cache={}, _words={}, _continued=[],
                     _steps_kept=0, _same_keys={}, _with_sets={}, _word_by_keys={},
                     _tokenized=0)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.segment = make_segmenter(self._bases)

    # ------------------------------------------------------------ compilation
    def _word_keys(self, word: str) -> list[str]:
        if word in CLASSES:
            self._classes = True
            return [word]
        if set_token(word):
            for member in self._sets[word]:
                if member in CLASSES:
                    self._classes = True
                else:
                    self._bases.add(member)
                self._member_of.setdefault(member, {})[word] = None
            return [word]
        if word.startswith("=") and len(word) > 1:
            forms = [t.text for t in self.nlp.tokenizer(word[1:])]
            self._exact.update(forms)
            return ["=" + f for f in forms]
        if word.endswith("*"):
            self._prefixes.add(word[:-1])
            return [word]
        forms = [t.text for t in self.nlp.tokenizer(word) if not t.is_space]
        self._bases.update(forms)
        return forms

    def _add(self, term: str, payload: tuple[Any, ...], prefilter: bool = False) -> None:
        phrases = expand(term, self._slots, self._sets) if is_pattern(term) else [term]
        for phrase in phrases:
            keys: list[str] = []
            for part in phrase.lower().split():
                if set_token(part) or part in CLASSES:
                    # one string per set name: it is a key of every trie node it leads to
                    keys.extend(self._word_keys(sys.intern(part)))
                    continue
                if part in CLITICS:    # "(have|'ve)": alone, the tokenizer splits "'ve"
                    self._bases.add(part)
                    keys.append(part)
                    continue
                found = self._part_keys.get(part)
                if found is None:
                    text = clean_text(part, CleanOptions(hashtags=False, mentions=False,
                                                         urls=False, signatures=False,
                                                         quotes=False))
                    found = self._part_keys[part] = [k for word in text.split()
                                                     for k in self._word_keys(word)]
                keys.extend(found)
            if not keys:
                continue
            self._insert(keys, payload)
            if prefilter:
                for anchor in self._anchors(keys):
                    self._prefilter_terms[tuple(anchor)] = None

    def _insert(self, keys: list[str], payload: tuple[Any, ...]) -> None:
        self._since_shared += 1
        if self._since_shared >= SHARE_EVERY:
            # the root is written in place by every insert: it is a fresh copy, never shared
            self._trie = dict(_share_subtrees(self._trie, self._canonical, self._frozen))
            self._since_shared = 0
        frozen = self._frozen
        node = self._trie
        for key in keys:
            child = node.get(key)
            if child is None:
                child = node[key] = {}
            elif frozen and id(child) in frozen:
                # a shared node may stand for several paths: this one gets its own copy (an id
                # reused by a newer node only costs a needless copy of a private one)
                child = node[key] = dict(child)
            node = child
        found = list(node.get(None, ()))
        same = [p for p in found if p[:2] == payload[:2]]
        if not same:            # "❤️" and "❤" are one token once cleaned: count it once
            found.append(payload)
        elif payload[0] in ("sig", "rule") and payload[2] > same[0][2]:
            found[found.index(same[0])] = payload
        # one tuple per distinct ending: the phrases of a pattern all end in the same payloads
        leaf = tuple(self._passing_wins(found))
        node[None] = self._leaves.setdefault(leaf, leaf)

    def _anchors(self, keys: list[str]) -> list[list[str]]:
        """What the pre-filter looks for: the term's words and word sets (the scanner picks
        the telling ones). A set holding {WORD} stands for any word and says nothing."""
        telling = [k for k in keys if k != ANY_WORD
                   and not (set_token(k) and ANY_WORD in self._sets[k])]
        return [telling or keys[:1]]

    def _scanner_data(self) -> tuple[list[list[tuple[str, bool, bool]]],
                                     list[tuple[int, ...]]]:
        """The pre-filter's data: every scored term as groups of word forms (prefilter.py).

        A term matches only where all its words do, so checking some of them is enough to say
        "maybe": its most telling word, and a second one if that is telling too (frequent
        words like "the" and words with a one- or two-letter form like "u" for "you" occur in
        most texts; a term with nothing else is checked on all its words together). A word
        set ("(i|we)") is one word whose forms are its members'. Each form is (text, whole word
        on the left, whole word on the right), lower case as the scanner reads it.
        """
        frequent = self.lexicon.frequent_words
        digits = [(digit, False, False) for digit in "0123456789"]
        forms_of: dict[str, list[tuple[str, bool, bool]]] = {}

        def key_forms(key: str) -> list[tuple[str, bool, bool]]:
            return digits if key in CLASSES else self._key_forms(key)

        for keys in self._prefilter_terms:
            for key in keys:
                if key not in forms_of:
                    # a set is present when one of its members is
                    forms_of[key] = ([form for member in self._sets[key]
                                      for form in key_forms(member)]
                                     if set_token(key) else key_forms(key))
        # Text the tokenizer turns into a word: "cuz" -> "because", "cannot" -> "can not"
        sources = [(raw, parts) for raw, parts in self._normalize.items()]
        sources += [(special.lower(), tuple(p.lower() for p in pieces))
                    for special, pieces in self.fast_tokenizer.rules.specials.items()
                    if len(pieces) > 1]
        wanted = {part for _, parts in sources for part in parts}
        by_form: dict[str, list[str]] = {}
        for key, forms in forms_of.items():
            for form, _, _ in forms:
                if form in wanted:
                    by_form.setdefault(form, []).append(key)
        for raw, parts in sources:
            for key in {k for part in parts for k in by_form.get(part, ())}:
                forms_of[key] = forms_of[key] + [(raw, True, True)]

        shortest_of = {key: min(len(form) for form, _, _ in forms)
                       for key, forms in forms_of.items()}

        def rank(key: str) -> tuple[bool, int, bool, bool, int]:
            shortest = shortest_of[key]
            # a set is as telling as its commonest member
            words = ([w.strip("=*") for w in self._sets[key]] if set_token(key)
                     else [key.strip("=*")])
            # among one- and two-letter words a symbol (":") is rarer than a letter ("d")
            return (not any(w in CLASSES for w in words) and key not in CLASSES,
                    min(shortest, 3), not any(w in frequent for w in words),
                    all(w.isalpha() == (shortest >= 3) for w in words),
                    min(len(w) for w in words))

        # ranked once per word, not once per term holding it (a set's members are read once)
        telling = {key: rank(key) for key in forms_of}.__getitem__

        group_ids: dict[str, int] = {}
        groups: list[list[tuple[str, bool, bool]]] = []
        terms: list[tuple[int, ...]] = []
        for keys in self._prefilter_terms:
            ranked = sorted(dict.fromkeys(keys), key=telling, reverse=True)
            if telling(ranked[0])[:3] == (True, 3, True):
                chosen = ranked[:1] + [k for k in ranked[1:2]
                                       if telling(k)[:3] == (True, 3, True)]
            else:
                # nothing telling ("(this|that) is it for (me|us)"): one frequent word alone
                # would pass nearly every text; all of them together pass few
                chosen = ranked
            ids = []
            for key in chosen:
                gid = group_ids.get(key)
                if gid is None:
                    gid = group_ids[key] = len(groups)
                    groups.append(forms_of[key])
                ids.append(gid)
            terms.append(tuple(ids))
        return groups, terms

    def _key_forms(self, key: str) -> list[tuple[str, bool, bool]]:
        if key.startswith("="):
            return [(key[1:].lower(), True, True)]
        if key.endswith("*"):
            return [(key[:-1].lower(), True, False)]
        return [(form.lower(), True, True) for form in self._forms_of(key)]

    def _forms_of(self, base: str) -> set[str]:
        forms = {base}
        if _inflects(base):
            forms |= inflect(base)
        for irregular in self.lexicon.inflections.get(base, ()):
            forms.add(irregular)
        return forms

    def _build_forms(self) -> dict[str, tuple[str, ...]]:
        generated: dict[str, set[str]] = {}
        for base in self._bases:
            for form in self._forms_of(base):
                generated.setdefault(form, set()).add(base)
        forms = {form: tuple(sorted(bases)) for form, bases in generated.items()}
        for base in self._bases:   # a vocabulary word is itself first, then what it inflects
            forms[base] = (base,) + tuple(b for b in forms.get(base, ()) if b != base)
        return forms

    # ------------------------------------------------------------ matching
    def _keys(self, token: str) -> tuple[str, ...]:
        keys = self._cache.get(token)
        if keys is not None:
            return keys
        found = list(self._forms.get(token, ()))
        if token in self._exact:
            found.append("=" + token)
        if self._prefix_lengths and token[:self._prefix_lengths[-1]] in self._prefix_heads:
            for length in self._prefix_lengths:
                if len(token) >= length and token[:length] in self._prefixes:
                    found.append(token[:length] + "*")
        if self._classes:
            found.extend(classes_of(token))
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._same_keys.clear()
            self._with_sets.clear()
        own = tuple(found)
        keys = self._with_sets.get(own)
        if keys is None:
            if self._member_of:
                found.extend(dict.fromkeys(s for k in found
                                           for s in self._member_of.get(k, ())))
            keys = tuple(found)
            # words with the same keys (every order number: {NUM}) share one tuple
            keys = self._with_sets[own] = self._same_keys.setdefault(keys, keys)
        self._cache[token] = keys
        return keys

    def prepare(self, raw_text: str) -> str:
        """The cleaned text (a convenience: the pipeline cleans in its own stage)."""
        return clean_text(raw_text, self.clean_options, self.segment)

    def may_match(self, text: str) -> bool:
        """False only when no signal or rule term can occur in the text (the fast path)."""
        return self.scanner.may_match(text)

    def match_text(self, raw_text: str) -> tuple[str, list[Hit]]:
        """Clean, then match: for explain, tests and one-off use (see pipeline.clean_and_match)."""
        text, hits, _ = self.analyze_text(raw_text)
        return text, hits

    def analyze_text(self, raw_text: str) -> tuple[str, list[Hit], float]:
        """The cleaned text, its hits and its general sentiment in [-1, 1]."""
        text = self.prepare(raw_text)
        return (text, *self.attributed(raw_text, text, self.match(text)))

    def attributed(self, raw_text: str, text: str, hits: list[Hit],
                   shared: bool | None = None) -> tuple[list[Hit], float]:
        """The hits of a cleaned text and its sentiment, as the poster's own: a shared link
        (see `shared`; given when the caller has it) passes its hits on with weight 0 and
        weighs `share_weight`."""
        if shared is None:
            shared = self.shared(raw_text)
        if shared and hits:
            hits = passed_on(hits)
        return hits, self.sentiment_of(text, hits, shared)

    def match(self, text: str, checked: bool = False) -> list[Hit]:
        """The hits in a cleaned text; the pre-filter first (unless --no-fast-path, or the
        caller `checked`: its scan of the text before cleaning passed, and one more would not
        pay; the pre-filter only says "maybe", so it never changes the hits)."""
        if not text or (self.fast_path and not checked and not self.may_match(text)):
            return []
        return self.match_prepared(text)

    def sentiment_of(self, text: str, hits: Sequence[Hit], shared: bool = False) -> float:
        """Word sentiment, corrected by what the matcher read: sarcasm turns praise sour, and
        a shared link (see `shared`) weighs `share_weight`."""
        score = self.sentiment.score(text)
        if score > 0 and any(m.startswith("sarcasm") for h in hits for m in h.mods):
            score = -score
        if score and shared:
            score = round(score * self.share_weight, 4)
        return score

    def shared(self, raw_text: str) -> bool:
        """A link with none of the `share_persons` words outside it: a headline, a promotion or
        a news item passed on ("Microsoft tests enterprise scalability! http://..."), not the
        poster's own view ("my new phone is great http://...", "@brand your app...")."""
        if self._persons is None or ("http" not in raw_text and "www." not in raw_text):
            return False
        bare = URL_RE.sub(" ", raw_text)
        return bare != raw_text and self._persons.search(bare) is None

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        """(lowercase form, start, end) per token, normalizations expanded in place."""
        if self.fast_path:
            return self.fast_tokenizer(text, MAX_TOKENS)
        return self._spacy_tokens(text)

    def _spacy_tokens(self, text: str) -> list[tuple[str, int, int]]:
        """The reference tokens: spaCy itself (--no-fast-path); FastTokenizer gives the same."""
        self._tokenized += 1
        if self._tokenized % TOKENIZER_REFRESH == 0:
            # Every new word (order numbers, names) adds to spaCy's vocabulary for good; a
            # fresh blank pipeline keeps memory flat on millions of messages.
            self.nlp = load_nlp(self.nlp.lang)
        out: list[tuple[str, int, int]] = []
        normalize = self._normalize
        for tok in self.nlp.tokenizer(text):
            start = tok.idx
            end = start + len(tok.text)
            if tok.is_space:
                if "\n" in tok.text:
                    out.append(("\n", start, end))
                continue
            lower = tok.lower_
            replacement = normalize.get(lower)
            if replacement is None:
                out.append((lower, start, end))
            else:
                out.extend((part, start, end) for part in replacement)
            if len(out) >= MAX_TOKENS:
                break
        return out

    def _word(self, token: str) -> Word:
        """What the walk needs of a token: its keys (as a tuple, in order, and as a set) and
        what it begins as a term's or modifier's first word: (trie nodes after it, in key order,
        the entries that end there or None, every key that can come next, and the second
        steps taken from there so far, by the next token), or () when nothing begins here.
        Cached per token, and computed once per distinct keys (every order number has the keys
        of {NUM}): most words begin nothing, or the same few things."""
        word = self._words.get(token)
        if word is None:
            keys = self._keys(token)
            word = self._word_by_keys.get(keys)
            if word is None:
                root = self._trie
                nodes = [root[k] for k in keys if k in root]
                first = (nodes, self._ending(nodes),
                         frozenset(k for node in nodes for k in node if k is not None), {}
                         ) if nodes else ()
                keyset = frozenset(keys)
                # a key twice would be stepped on twice: such a token keeps the plain step
                word = self._word_by_keys[keys] = (keys, keyset, first,
                                                   len(keyset) == len(keys))
            if len(self._words) > CACHE_LIMIT:
                self._words.clear()
                self._word_by_keys.clear()
            self._words[token] = word
        return word

    def _step(self, frontier: list[dict[Any, Any]], word: Word,
              following: frozenset[str] | None = None) -> tuple[Any, ...]:
        """One word further along the trie: the nodes reached, in order, their entries, and
        a dict for the steps that will be taken from there (see _spans).

        The same as stepping every node on every key of the word, in that order; the keys that
        `following` (every key the nodes continue with) or a node holds are found first, so a
        word with many keys (a member of many word sets, like "the") costs little.
        """
        keys, keyset, _, unique = word
        if not unique:
            reached = [node[k] for node in frontier for k in keys if k in node]
        elif following is not None:
            common = following & keyset
            if not common:
                return NO_STEP
            if len(common) == 1:
                (key,) = common
                reached = [node[key] for node in frontier if key in node]
            else:
                ordered = sorted(common, key=keys.index)
                reached = [node[k] for node in frontier for k in ordered if k in node]
        else:
            reached = []
            for node in frontier:
                if keyset.isdisjoint(node):
                    continue
                common = keyset.intersection(node)
                if len(common) == 1:
                    (key,) = common
                    reached.append(node[key])
                else:
                    reached += [node[k] for k in sorted(common, key=keys.index)]
        if not reached:
            return NO_STEP
        return reached, self._ending(reached), {}

    def _keep(self, after: dict[str, tuple[Any, ...]], token: str, found: tuple[Any, ...]
              ) -> None:
        """Keep a step taken on `token` in its predecessor's `after` (past PAIR_CACHE_LIMIT
        steps, half of them are dropped: see _evict_steps)."""
        if self._steps_kept >= PAIR_CACHE_LIMIT:
            self._evict_steps()
        if not after:
            self._continued.append(after)
        after[token] = found
        self._steps_kept += 1

    def _evict_steps(self) -> None:
        """Drop the newer half of the steps kept after each word (a word's first steps are its
        most common ones: "the" + "flight" comes early). Dropping them all would re-walk a
        stream whose distinct steps just outnumber the limit from scratch, every time."""
        for after in self._continued:
            for token in list(islice(after, len(after) // 2, None)):
                del after[token]
        self._continued = [after for after in self._continued if after]
        self._steps_kept = sum(map(len, self._continued))

    def _ending(self, reached: list[dict[Any, Any]]) -> list[tuple[Any, ...]] | None:
        """The entries that end at these nodes, or None."""
        if len(reached) == 1:        # a node's entries are never an empty list
            return reached[0].get(None)
        payloads = [p for node in reached for p in node.get(None, ())]
        if not payloads:
            return None
        # two spellings of one pattern: one hit
        return self._passing_wins(_strongest(payloads))

    def _passing_wins(self, payloads: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Words listed as used in passing ("loyal customers") and also a cue, or reached as an
        inflection of one ("loyal customer"): the passing use is the reading."""
        passing = self._passing
        if passing:
            for p in payloads:      # (a loop, not any(): asked for every phrase compiled)
                if p[0] == "sig" and p[1] in passing:
                    kept = self._with_passing
                    return [p for p in payloads if p[0] != "sig" or p[1] in kept]
        return payloads

    def _spans(self, lowers: list[str]) -> list[tuple[int, int, list[tuple[Any, ...]]]]:
        """Longest matches, left to right, of every lexicon entry (terms and modifiers)."""
        words = self._words
        try:
            seq = list(map(words.__getitem__, lowers))
        except KeyError:        # a word not seen yet (its entry is made once)
            get = words.get
            word_of = self._word
            seq = [get(low) or word_of(low) for low in lowers]
        spans = []
        n = len(lowers)
        i = 0
        step = self._step
        while i < n:
            first = seq[i][2]
            if not first:
                i += 1
                continue
            frontier, best_payloads, following, after = first
            j = i + 1
            if j < n:
                # The second word's step depends on the two words only, and most begin words
                # ("the", "i", ".") are followed by the same few: it is kept, by the next token,
                # with what the first one begins (only the keys some first node continues
                # with count; most pairs lead nowhere).
                found = after.get(lowers[j])
                if found is None:
                    word = seq[j]
                    found = NO_STEP if following.isdisjoint(word[1]) \
                        else step(frontier, word, following)
                    self._keep(after, lowers[j], found)
                if found is NO_STEP:        # (the most common case: the word alone, or nothing)
                    if best_payloads is not None:
                        spans.append((i, j, best_payloads))
                    i = j
                    continue
            best_end = j if best_payloads is not None else -1
            if j < n:
                frontier, payloads, after = found
                if frontier:
                    j += 1
                    if payloads is not None:
                        best_end, best_payloads = j, payloads
                    while j < n:
                        word = seq[j]
                        keys = word[0]
                        if len(frontier) == 1 and len(keys) == 1:  # the common, unambiguous step
                            nxt = frontier[0].get(keys[0])
                            if nxt is None:
                                break
                            j += 1
                            frontier = [nxt]
                            after = None        # (such a step is not kept)
                            found = nxt.get(None)
                            if found:
                                best_end, best_payloads = j, found
                            continue
                        # a step after two or more words is kept too, with the step before
                        if after is None:
                            found = step(frontier, word)
                        else:
                            found = after.get(lowers[j])
                            if found is None:
                                found = step(frontier, word)
                                self._keep(after, lowers[j], found)
                        frontier, payloads, after = found
                        if not frontier:
                            break
                        j += 1
                        if payloads is not None:
                            best_end, best_payloads = j, payloads
            if best_payloads is not None:
                spans.append((i, best_end, best_payloads))
                i = best_end
            else:
                i += 1
        return spans

    def match_prepared(self, text: str) -> list[Hit]:
        tokens = self._tokens(text)
        lowers = [t[0] for t in tokens]
        spans = self._spans(lowers)
        if "\n" in text:                     # a line break ends a clause like a full stop
            lines = places(lowers, ("\n",))
            if lines:       # the walk's spans come in order already: sort only what was added
                spans.extend([(k, k + 1, [("break",)]) for k in lines])
                spans.sort(key=itemgetter(0))

        clause = 0
        clause_weight = [1.0]
        clause_past: dict[int, str] = {}
        clause_excl: dict[int, int] = {}
        # clause -> ("in a question" | "hypothetical (if)", the first token it acts on: 0 for
        # the whole clause, the cue's own for a hope or a wish)
        flags: dict[int, list[tuple[str, int]]] = {}
        others: dict[int, str] = {}          # clause -> the cue that it is about someone else
        concessive_open = False
        negator: str | None = None
        negator_end = 0
        scale, scale_word = 1.0, ""
        # modifiers act within their sentence: contrast reweighs the clauses of its own
        # sentence, sarcasm its sentence and the one before it (a trailing "yeah right")
        sentence, sentence_first_clause = 0, 0
        clause_sentence = [0]
        sarcasm_cues: dict[int, str] = {}
        sour_cues: dict[int, str] = {}       # cues that are sarcasm only beside a bad experience
        raw: list[tuple[int, int, int, tuple[Any, ...], str | None, float, str]] = []

        def new_clause(weight: float = 1.0, ends_sentence: bool = False) -> None:
            nonlocal clause, negator, scale, scale_word, sentence, sentence_first_clause
            clause += 1
            if ends_sentence:
                sentence += 1
                sentence_first_clause = clause
            clause_weight.append(weight)
            clause_sentence.append(sentence)
            negator, scale, scale_word = None, 1.0, ""

        last_break_end, excl_target = 0, 0
        negation_window = self.negation_window
        for start, end, payloads in spans:
            # the most frequent kinds first; the words as written only where a kind keeps them
            for payload in payloads:
                kind = payload[0]
                if kind == "break":
                    if start > last_break_end:   # words since the previous break
                        excl_target = clause
                        new_clause(ends_sentence=True)
                    last_break_end = end
                    surface = text[tokens[start][1]: tokens[end - 1][2]]
                    if "!" in surface:
                        clause_excl[excl_target] = clause_excl.get(excl_target, 0) + \
                            surface.count("!")
                    if "?" in surface:
                        flags.setdefault(excl_target, []).append(("in a question", 0))
                    concessive_open = False
                elif kind == "negbreak":
                    negator = None
                    if concessive_open:
                        new_clause()
                        concessive_open = False
                elif kind == "sig" or kind == "rule":
                    near = negator is not None and start - negator_end <= negation_window \
                        and not (negator.lower() == "never"
                                 and not DEGREE_WORDS.isdisjoint(lowers[negator_end:end]))
                    raw.append((start, end, clause, payload, negator if near else None, scale,
                                scale_word))
                    scale, scale_word = 1.0, ""
                elif kind == "contrast":
                    for c in range(sentence_first_clause, clause + 1):
                        clause_weight[c] /= payload[1]
                    new_clause()
                    concessive_open = False
                elif kind == "concessive":
                    new_clause(1.0 / payload[1])
                    concessive_open = True
                elif kind == "except":
                    continue
                else:
                    surface = text[tokens[start][1]: tokens[end - 1][2]]
                    if kind == "neg":
                        negator, negator_end = surface, end
                    elif kind == "scale":
                        scale *= payload[1]
                        scale_word = surface
                    elif kind == "past":
                        clause_past.setdefault(clause, surface)
                    elif kind == "hypo":
                        flags.setdefault(clause, []).append(
                            (f"hypothetical ({surface})", start if payload[1] else 0))
                    elif kind == "other":
                        others.setdefault(clause, surface)
                    elif kind == "sarcasm":
                        sarcasm_cues.setdefault(sentence, surface)
                    elif kind == "sarcasm_if_sour":
                        sour_cues.setdefault(sentence, surface)
        hits = self._finish(text, tokens, raw, clause_weight, clause_past, clause_excl,
                            sarcasm_cues, clause_sentence, flags, others, lowers, sour_cues)
        if self._message_combos and hits:
            hits.extend(self._combined(hits))
        return hits

    def _combined(self, hits: list[Hit]) -> list[Hit]:
        """Derived signals combined within one message (`within: message`): "12 years with you
        and I'm done" is loyalty beside leaving; the same two told months apart, leaving first,
        are not."""
        named = [(combined_name(h), h) for h in hits if h.weight > 0]
        totals: dict[str, float] = {}
        for name, hit in named:
            totals[name] = totals.get(name, 0.0) + hit.weight
        found = []
        for sid, groups in self._message_combos:
            amount = min(sum(totals.get(s, 0.0) for s in group) for group in groups)
            if amount <= 0:
                continue
            parts = [h for name, h in named if any(name in group for group in groups)]
            term = " ... ".join(dict.fromkeys(h.term for h in parts))
            found.append(Hit("signal", sid, round(amount, 4), term,
                             min(h.start for h in parts), max(h.end for h in parts),
                             ("in one message",)))
        return found

    def _finish(self, text: str, tokens: list[tuple[str, int, int]], raw: list[Any],
                clause_weight: list[float], clause_past: dict[int, str],
                clause_excl: dict[int, int], sarcasm_cues: dict[int, str],
                clause_sentence: list[int], flags: dict[int, list[tuple[str, int]]],
                others: dict[int, str], lowers: list[str],
                sour_cues: dict[int, str]) -> list[Hit]:
        situation_clauses = {c for _, _, c, p, neg, _, _ in raw
                             if p[0] == "sig" and p[1] in self.situations and neg is None}
        if sour_cues and (any(p[0] == "sig" and neg is None and p[2] > 0
                              and self.signals[p[1]].valence == "negative"
                              for _, _, _, p, neg, _, _ in raw)
                          or self.sentiment.has_negative(lowers)):
            # "great job" or "love how" is praise, unless the message also tells of something
            # bad, as a signal or a word ("great job losing my bag"): only then is it sarcasm
            for sentence, surface in sour_cues.items():
                sarcasm_cues.setdefault(sentence, surface)
        first = 0
        while first < len(tokens) and tokens[first][0] in ("¡", "¿", "\n"):
            first += 1
        opener_sentences = {clause_sentence[c] for c in situation_clauses}
        if not sarcasm_cues and situation_clauses and len(tokens) > first + 1 and \
                tokens[first][0] in self.openers and \
                tokens[first + 1][0] in (",", ".", "!", "...", "…") and \
                opener_sentences & {0, 1}:
            # "Great, delayed again.": praise as an opener, then a bad experience
            # the tone holds for the opening sentence and the one after it ("Love it.")
            sarcasm_cues[0] = sarcasm_cues[1] = sarcasm_cues[2] = \
                f"{text[tokens[first][1]:tokens[first][2]]}, then a bad experience"
        quoted = _quoted_regions(tokens, text, lowers) if raw else []
        hits: list[Hit] = []
        for start, end, c, payload, negator, scale, scale_word in raw:
            kind, ident, weight = payload
            begin = tokens[start][1]
            finish = tokens[end - 1][2]
            surface = text[begin:finish]
            mods: list[str] = []
            weight *= clause_weight[c]
            if clause_weight[c] < 1.0:
                mods.append(f"weakened by contrast (x{clause_weight[c]:.2f})")
            if scale != 1.0:
                weight *= scale
                mods.append(("intensified" if scale > 1 else "softened") + f" by {scale_word}")
            # a lower-case surface (most are) has a lower-case letter: not ALL CAPS
            letters = [] if surface.islower() else [ch for ch in surface if ch.isalpha()]
            if len(letters) >= 2 and all(ch.isupper() for ch in letters):
                weight *= self.caps_boost
                mods.append("ALL CAPS")
            if clause_excl.get(c):
                weight *= 1 + self.excl_boost * min(3, clause_excl[c])
                mods.append("!" * min(3, clause_excl[c]))
            # "my old bank was a nightmare": a clause about a competitor, a previous provider
            # or what a friend says is not the customer's tie to this brand
            if c in others and not (kind == "sig" and self.signals[ident].other_party_keeps):
                hits.append(Hit(kind if kind == "rule" else "signal", ident, 0.0, surface,
                                begin, finish, (f"about someone else ({others[c]})",)))
                continue
            if kind == "rule":
                if negator is not None:
                    mods.append(f"negated by {negator}; dropped")
                    weight = 0.0
                hits.append(Hit("rule", ident, round(weight, 4), surface, begin, finish,
                                tuple(mods)))
                continue
            signal = self.signals[ident]
            if not signal.counts:
                hits.append(Hit("signal", ident, 0.0, surface, begin, finish,
                                ("used in passing",)))
                continue
            name = None if signal.in_names_keeps or surface.lower() == surface \
                else _name_around(text, tokens, start, end)
            if name is not None:
                hits.append(Hit("signal", ident, 0.0, surface, begin, finish,
                                (f"part of a name ({name})",)))
                continue
            if quoted and any(q0 < start and end <= q1 for q0, q1 in quoted) \
                    and not (signal.valence == "positive" and _wrapped(tokens, start, end)):
                # (praise in scare quotes, their "love" for customers, is sarcasm, below)
                hits.append(Hit("signal", ident, 0.0, surface, begin, finish,
                                ("quoted: not the customer's own words",)))
                continue
            for flag, after in flags.get(c, ()):
                if start < after:
                    continue
                weight *= self.question_weight if flag == "in a question" \
                    else self.hypothetical_weight
                mods.append(flag)
            # A negated signal in a past clause ("no longer loyal") is a love that ended: the
            # past mapping below applies instead of the negation's.
            if negator is not None:
                mods.append(f"negated by {negator}")
            if negator is not None and not (c in clause_past and signal.past is not None):
                if signal.negated is None:
                    mods.append("dropped")
                    weight = 0.0
                else:
                    ident, weight = signal.negated, weight * self.negated_weight
                    mods.append(f"-> {ident}")
                    signal = self.signals[ident]
            if c in clause_past and weight and signal.past is not None:
                mods.append(f"past ({clause_past[c]}) -> {signal.past}")
                ident = signal.past
                signal = self.signals[ident]
            if weight and signal.valence == "positive" and not signal.sarcastic_keeps:
                here = clause_sentence[c]
                cue = sarcasm_cues.get(here) or sarcasm_cues.get(here + 1)
                if cue is None and c in situation_clauses:
                    cue = "said of a bad experience"
                if cue is None and _wrapped(tokens, start, end):
                    cue = "scare quotes"
                if cue is not None:
                    mods.append(f"sarcasm ({cue})")
                    if signal.sarcastic is None:
                        mods.append("dropped")
                        weight = 0.0
                    else:
                        ident = signal.sarcastic
                        mods.append(f"-> {ident}")
            hits.append(Hit("signal", ident, round(weight, 4), surface, begin, finish,
                            tuple(mods)))
        return hits


def combined_name(hit: Hit) -> str:
    """How a combine group names a hit: a signal by its id, a rule break as "rule:ID"."""
    return hit.id if hit.kind == "signal" else RULE_REF + hit.id


SHARE_EVERY = 60_000    # phrases inserted between two sharings of the growing trie


def _share_subtrees(root: dict[Any, Any], canonical: dict[tuple[Any, ...], dict[Any, Any]],
                    kept: set[int]) -> dict[Any, Any]:
    """The trie with equal subtrees made one object (a DAG the walk reads as the same trie).

    `canonical` holds the shared nodes by signature and `kept` their ids, from an earlier
    sharing of the same trie: such a node is unchanged (an insert copies a shared node
    before it writes to it) and is taken as it is. Both receive the nodes shared now.

    Patterns expand into tens of thousands of phrases that end alike; as a tree their nodes
    were most of a compiled lexicon's memory, and of its load time from the cache.
    """
    def share(node: dict[Any, Any]) -> dict[Any, Any]:
        if id(node) in kept:
            return node
        children = []
        for key, child in node.items():
            if key is not None:
                node[key] = child = share(child)
                children.append((key, id(child)))
        payloads = node.get(None)
        signature = (tuple(sorted(children)), None if payloads is None else tuple(payloads))
        found = canonical.setdefault(signature, node)
        kept.add(id(found))
        return found

    return share(root)


def _strongest(payloads: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """One payload per (kind, id), the heaviest, in first-seen order."""
    best: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for payload in payloads:
        key = payload[:2]
        kept = best.get(key)
        if kept is None or (len(payload) > 2 and payload[2] > kept[2]):
            best[key] = payload
    return list(best.values())


NAME_EDGE_WORDS = frozenset("a an the to of for in on at by with from and or but so as is are am "
                            "be was my your our their his her its it this that i you we".split())


NAME_DETERMINERS = frozenset("the a an my your our their his her this that".split())
# words that follow a title-case phrase without being the noun it names ("a Total Scam and",
# "the Best Ever really")
NAME_NOT_NOUNS = frozenset("and or but so then too again ever really very just now here there "
                           "today tonight yesterday tomorrow always never not".split())


def passed_on(hits: list[Hit]) -> list[Hit]:
    """The hits of a shared link, shown with weight 0: a headline or a promotion passed on
    says nothing of the poster's own tie to the brand."""
    return [h._replace(weight=0.0, mods=h.mods + ("a shared link: not the poster's words",))
            if h.weight else h for h in hits]


def _title_word(word: str) -> bool:
    return word[:1].isupper() and word[1:] == word[1:].lower() and word.isalpha() \
        and word != "I"


def _name_around(text: str, tokens: list[tuple[str, int, int]], start: int, end: int
                 ) -> str | None:
    """The capitalised name a term sits in mid-sentence ("the Loyalty Lounge", "Love Field",
    "Forever 21"), else None.

    Every word of the term is capitalised, the name has a capitalised word (or a number) that is
    not one of the term's words, and lower-case words stand right before and after it: a
    sentence in title case ("Loved It, Will Be Back") or a word capitalised at a sentence start
    is not a name.
    """
    def word(k: int) -> str:
        return text[tokens[k][1]:tokens[k][2]]

    term = [word(k) for k in range(start, end)]
    if not all(_title_word(w) for w in term if w.isalpha()) or not any(w.isalpha()
                                                                      for w in term):
        return None
    lo, hi = start, end
    while lo > 0 and _title_word(word(lo - 1)):
        lo -= 1
    while hi < len(tokens) and (_title_word(word(hi)) or word(hi).isdigit()):
        hi += 1
    # a name neither starts nor ends with a little word: "Addicted To" is title case, not a
    # name ("Bank Of America" keeps its inner "Of")
    first, last = lo, hi
    while first < start and word(first).lower() in NAME_EDGE_WORDS:
        first += 1
    while last > end and word(last - 1).lower() in NAME_EDGE_WORDS:
        last -= 1
    own = {w.lower() for w in term}
    # a determiner opening the sentence ("The Guilty Pleasure scent smells ...") is capitalised
    # like the name it introduces: it stands before the name, as a lower-case one would (it is
    # a NAME_EDGE_WORD, so `first` is already past it)
    opener = (lo == start - 1 and word(lo).lower() in NAME_DETERMINERS
              and (lo == 0 or not any(c.isalnum() for c in word(lo - 1))))
    if opener:
        lo = start
    before = word(lo - 1) if lo > 0 else ""
    lower_before = before.islower() or opener
    if not any(word(k).lower() not in own for k in (*range(first, start), *range(end, last))):
        # a title-case phrase or word between a determiner and a noun it names: "the Guilty
        # Pleasures selection box", "our Forever Young package", "the Devotion wrap dress"
        after = word(hi) if hi < len(tokens) else ""
        if not (lo == start and hi == end and any(w.isalpha() for w in term)
                and before.lower() in NAME_DETERMINERS and lower_before
                and after.isalpha() and after.islower() and after not in NAME_EDGE_WORDS
                and after not in NAME_NOT_NOUNS):
            return None
    if not (before.isalpha() and lower_before or before in QUOTE_TOKENS
            or before in ("'", "\u2018", "\u201c", "(")):
        return None
    after = word(hi) if hi < len(tokens) else ""
    if after.isalpha() and not after.islower():
        return None
    return text[tokens[lo][1]:tokens[hi - 1][2]]


def _wrapped(tokens: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """The tokens start..end stand alone between quotation marks: their "love"."""
    return 0 < start and end < len(tokens) and tokens[start - 1][0] in QUOTE_TOKENS \
        and tokens[end][0] in QUOTE_TOKENS


def _single_opens(text: str) -> bool:
    """Can a single quotation mark open in this text? (A substring test first: most texts have
    no such mark at all, and a regex with a start-of-text branch is tried at every position.)"""
    if "'" not in text and "\u2018" not in text and "\u2019" not in text:
        return False
    return SINGLE_OPEN_RE.search(text) is not None or SINGLE_OPEN_START_RE.match(text) is not None


def _quoted_regions(tokens: list[tuple[str, int, int]], text: str,
                    words: list[str]) -> list[tuple[int, int]]:
    """Token index pairs of quotation marks around a word or more: someone else's words, a
    name or a scare quote ('dangerously addictive', your 'loyalty tariff'), not the customer's
    own plain use.

    Double quotes pair in order; single quotes ('the third time in a decade', ‘...’) count
    only where one opens after a space and one closes before a space or punctuation, so
    apostrophes ("the kids' room", "rock 'n' roll") are not quotes. `words` are the tokens'
    own forms, which the caller has at hand.
    """
    regions: list[tuple[int, int]] = []
    if '"' in text:
        marks = places(words, ('"',))
        regions = [(a, b) for a, b in zip(marks[::2], marks[1::2]) if b - a > 1]
    if not _single_opens(text):             # apostrophes only ("I'm", "kids'")
        return regions
    opened = None
    for i in places(words, ("'", "\u2018", "\u2019")):
        tok, begin, end = tokens[i]
        before = text[begin - 1] if begin else " "
        after = text[end] if end < len(text) else " "
        if opened is None:
            if (before.isspace() or before in "([") and after.isalnum():
                opened = i
        elif not before.isspace() and (after.isspace() or after in ".,;:!?)]"):
            if i - opened > 1:
                regions.append((opened, i))
            opened = None
    return regions


def load_nlp(language: str = "en") -> Any:
    import spacy  # heavy: imported only when a command needs it

    try:
        return spacy.blank(language)
    except Exception:  # noqa: BLE001 - spaCy raises several types for unknown languages
        from relradar.errors import UsageError

        raise UsageError(f"spaCy has no tokenizer for language {language!r}",
                         "use a spaCy language code such as en, es or de") from None


def build_matcher(lexicon: Lexicon, clean_options: CleanOptions = CleanOptions(),
                  fast_path: bool = True) -> Matcher:
    """A compiled matcher, from the on-disk cache when this lexicon was compiled before."""
    from relradar import cache

    key = None
    if cache.cache_dir() is not None:
        key = cache.make_key("matcher", cache.stable_repr(lexicon))
        stored = cache.load(key)
        if not isinstance(stored, Matcher) and lexicon.term_count >= COMPILE_APART_TERMS \
                and "spacy" not in sys.modules:
            stored = _compile_apart(key, lexicon)
        if isinstance(stored, Matcher):
            # a cached matcher holds no options of its own run
            stored.lexicon = lexicon
            stored.signals = lexicon.signals
            stored.clean_options = clean_options
            stored.fast_path = fast_path
            stored.learned = model_for(lexicon)
            return stored
    matcher = Matcher(lexicon, load_nlp(lexicon.meta.get("language", "en")), clean_options,
                      fast_path)
    if key is not None:
        cache.store(key, matcher)
    matcher.learned = model_for(lexicon)
    return matcher


def _compile_apart(key: str, lexicon: Lexicon) -> Matcher | None:
    """Compile a large lexicon in a short-lived child process that writes the cache entry, and
    load that: spaCy (~95 MB once imported, needed only to compile) and the compile's transient
    memory (~140 MB, with the trie shared as it grows) stay in the child, so a first run on a
    million messages peaks no higher than a warm one. None when the child fails (the caller
    then compiles here)."""
    import pickle

    from relradar import cache
    from relradar.compile import run_apart

    if not run_apart([key], pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL)):
        return None
    loaded = cache.load(key)
    return loaded if isinstance(loaded, Matcher) else None
