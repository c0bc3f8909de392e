"""Pure scoring: a customer's message hits -> type, confidence, dimensions, distress, evidence.

Accumulation is streaming (one `CustomerState` per customer, bounded by its signal-bearing
messages); `finish_customer` turns a state into a `CustomerResult`.
"""

from __future__ import annotations

import math
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from relradar.learned import add_part, decision
from relradar.lexicon import Lexicon, TypeDef, rule_ref
from relradar.matching import Hit
from relradar.models import CustomerResult, Evidence
from relradar.sentiment import valence_of

UNDETERMINED = "undetermined"
EVIDENCE_KEPT = 3
EVIDENCE_SHOWN = 3
EXCERPT_RADIUS = 45
EXCERPT_SPAN = 120        # a longer hit's excerpt shows its two ends (see _keep_evidence)
DIGESTS_IN_ARRAY = 512     # texts a customer's duplicate check keeps in a sorted array
# message times that are whole seconds in this range (1901-2038) are kept in 4 bytes, not 8
WHOLE_SECONDS = (-2 ** 31, 2 ** 31)


@dataclass(slots=True)
class ScoredMessage:
    order: tuple[float, int]
    number: int                              # 1-based in the customer's history
    signals: tuple[tuple[str, float], ...]
    rules: tuple[tuple[str, float], ...]


def _figure(index: int) -> property:
    """One of the word-sentiment figures a CustomerState keeps at the head of its number array
    (0 until the customer has any)."""
    def get(state: CustomerState) -> float:
        return state._numbers[index] if state._numbers is not None else 0.0

    def put(state: CustomerState, value: float) -> None:
        state._array()[index] = value

    return property(get, put)


@dataclass(slots=True)
class CustomerState:
    """One customer's running totals, kept small: a run holds one per customer.

    With `valence` (signal id -> valence, shared by all states) the state is compact: signal
    totals plus four numbers per signal-bearing message (time, warmth, sourness, strength),
    which is all that scoring needs when there is no recency weighting. Without it, every
    message's signals are kept (`scored`), as recency weighting needs.

    Containers are made on first use (a silent customer keeps counts, times and sentiment
    only) and evidence is held packed (see `_pack_evidence`); the properties below show them
    as `finish_customer` reads them.
    """

    customer_id: str
    brand: str | None
    valence: dict[str, str] | None = None
    messages: int = 0
    _times: array | None = None
    _scored: list[ScoredMessage] | None = None
    # signal ids, then rule ids, each in order of first occurrence; `_numbers` holds the four
    # word-sentiment figures (sum, positive part, negative part, minimum), a sum per id, then 4
    # numbers per signal-bearing message in input order (time, warmth, sourness, strength):
    # one array instead of two dicts, a list and four floats
    _ids: tuple[str, ...] = ()
    _signal_count: int = 0
    _numbers: array | None = None
    # the best EVIDENCE_KEPT hits, flat and best first: rank, -tiebreak, message, (signal,
    # kind, source prefix), rank, ..., then one bytes object with each hit's text (see
    # _pack_evidence). A customer's hits arrive in input order, so -tiebreak alone ranks
    # equal weights earliest first.
    _evidence: tuple[Any, ...] = ()
    _rule_examples: tuple[Any, ...] | None = None  # flat: rule id, weight, excerpt, ...
    label: str | None = None
    tiebreak: int = 0
    sentiment_n: int = 0                    # messages with word sentiment
    signal_messages: int = 0
    # digests of the texts seen, to count an identical message once: the first one alone (an
    # int), then a sorted array of all (8 bytes a text; a set costs ten times that), a set for
    # very busy customers
    digests: int | array | set[int] | None = None
    # the learned model's parts of the customer's messages, summed (see learned.py)
    learned: bytes | None = None

    @property
    def timed(self) -> int:
        """Messages with a time."""
        return len(self._times) if self._times is not None else 0

    @property
    def times(self) -> array:
        """The message times (whole seconds as 4-byte ints while every time is one, see add)."""
        return self._times if self._times is not None else array("d")

    @property
    def first_seen(self) -> float | None:
        """The earliest message time (the times are all kept, for engagement)."""
        return float(min(self._times)) if self._times else None

    @property
    def last_seen(self) -> float | None:
        return float(max(self._times)) if self._times else None

    @property
    def scored(self) -> list[ScoredMessage]:
        return self._scored if self._scored is not None else []

    @property
    def history(self) -> array:
        if self._numbers is None:
            return array("d")
        return self._numbers[HEAD + len(self._ids):]

    @property
    def totals(self) -> dict[str, float]:
        """Signal id -> summed weight, in the order the signals first occurred."""
        return dict(zip(self._ids[:self._signal_count], (self._numbers or ())[HEAD:]))

    @property
    def rule_totals(self) -> dict[str, float]:
        cut = self._signal_count
        return dict(zip(self._ids[cut:], (self._numbers or ())[HEAD + cut:HEAD + len(self._ids)]))

    # general sentiment of the customer's messages: sum, positive part, negative part, minimum
    # (the first four numbers of `_numbers`, see _figure)
    sentiment_sum = _figure(0)
    sentiment_pos = _figure(1)
    sentiment_neg = _figure(2)
    sentiment_min = _figure(3)

    def _array(self) -> array:
        if self._numbers is None:
            self._numbers = array("d", (0.0, 0.0, 0.0, 0.0))
        return self._numbers

    @property
    def evidence(self) -> list[tuple[Any, ...]]:
        """Kept evidence as (rank, order, order, signal, kind, term, message, source, excerpt,
        modifiers) tuples; sorting them sorts by rank, then earliest first."""
        flat = self._evidence
        texts = _records(flat[-1]) if flat else ()
        return [_unpack_evidence(flat[i:i + FIELDS], texts[i // FIELDS])
                for i in range(0, len(flat) - 1, FIELDS)]

    @property
    def rule_examples(self) -> dict[str, tuple[float, str]]:
        """Rule id -> (weight, excerpt) of its strongest break."""
        flat = self._rule_examples or ()
        return {flat[i]: (flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3)}

    def seen_before(self, digest: int) -> bool:
        """True when this customer already sent this exact text (a duplicate review or paste)."""
        seen = self.digests
        if seen is None:
            self.digests = digest
            return False
        if type(seen) is int:
            if digest == seen:
                return True
            self.digests = array("q", sorted((seen, digest)))
            return False
        if isinstance(seen, set):
            if digest in seen:
                return True
            seen.add(digest)
            return False
        at = bisect_left(seen, digest)
        if at < len(seen) and seen[at] == digest:
            return True
        if len(seen) >= DIGESTS_IN_ARRAY:
            self.digests = {*seen, digest}
        else:
            seen.insert(at, digest)
        return False

    def add(self, seq: int, timestamp: float | None, source: str, text: str,
            hits: list[Hit], label: str | None = None, sentiment: float = 0.0,
            learned: bytes | None = None) -> None:
        """Count one message; `seq` (its place in the input) must not decrease between calls.
        `learned` is the message's part for the learned model (learned.py), if any."""
        self.messages += 1
        if learned is not None:
            self.learned = add_part(self.learned, learned)
        if label:
            self.label = label
        if sentiment:
            numbers = self._array()
            numbers[0] += sentiment
            self.sentiment_n += 1
            if sentiment > 0:
                numbers[1] += sentiment
            else:
                numbers[2] -= sentiment
                numbers[3] = min(numbers[3], sentiment)
        if timestamp is not None:
            times = self._times
            whole = timestamp % 1 == 0 and WHOLE_SECONDS[0] <= timestamp < WHOLE_SECONDS[1]
            if times is None:
                times = self._times = array("i" if whole else "d")
            elif not whole and times.typecode == "i":
                times = self._times = array("d", times)
            times.append(int(timestamp) if times.typecode == "i" else timestamp)
        if not hits:
            return
        signals: dict[str, float] = {}
        rules: dict[str, float] = {}
        for hit in hits:
            if hit.weight:
                bucket = signals if hit.kind == "signal" else rules
                bucket[hit.id] = bucket.get(hit.id, 0.0) + hit.weight
            self._keep_evidence(hit, source, text)
        if not (signals or rules):
            return
        self.signal_messages += 1
        when = timestamp if timestamp is not None else math.inf
        if self.valence is None:
            if self._scored is None:
                self._scored = []
            self._scored.append(ScoredMessage((when, seq), self.messages,
                                              tuple(signals.items()), tuple(rules.items())))
            return
        pos = neg = 0.0
        numbers = self._array()
        for sid, weight in signals.items():
            self._add_sum(numbers, sid, weight, 0, self._signal_count, True)
            valence = self.valence.get(sid)
            if valence == "positive":
                pos += weight
            elif valence == "negative":
                neg += weight
        for rid, weight in rules.items():
            self._add_sum(numbers, rid, weight, self._signal_count, len(self._ids), False)
        numbers.extend((when, pos, neg, sum(signals.values())))

    def _add_sum(self, numbers: array, key: str, weight: float, lo: int, hi: int,
                 signal: bool) -> None:
        """Add to the sum of `key`, looked for among ids[lo:hi]; a new id goes at hi."""
        ids = self._ids
        try:
            numbers[HEAD + ids.index(key, lo, hi)] += weight
        except ValueError:
            self._ids = _shared_ids((*ids[:hi], key, *ids[hi:]))
            numbers.insert(HEAD + hi, 0.0 + weight)
            if signal:
                self._signal_count += 1

    def _rule_example_weight(self, rule_id: str) -> float | None:
        flat = self._rule_examples or ()
        for i in range(0, len(flat), 3):
            if flat[i] == rule_id:
                return flat[i + 1]
        return None

    def _set_rule_example(self, rule_id: str, weight: float, excerpt: str) -> None:
        flat = self._rule_examples or ()
        for i in range(0, len(flat), 3):
            if flat[i] == rule_id:
                self._rule_examples = (*flat[:i], rule_id, weight, excerpt, *flat[i + 3:])
                return
        self._rule_examples = (*flat, rule_id, weight, excerpt)

    def _keep_evidence(self, hit: Hit, source: str, text: str) -> None:
        # Negated or dropped hits are kept with a low rank: explain shows why they did not count.
        rank = hit.weight if hit.weight else -1.0
        self.tiebreak += 1
        order = _negative(self.tiebreak)
        kept = self._evidence
        is_example = False
        if hit.kind == "rule" and hit.weight:
            best = self._rule_example_weight(hit.id)
            is_example = best is None or hit.weight > best
        weakest = len(kept) - 1 - FIELDS        # the last entry's rank (-FIELDS - 1 if none)
        full = weakest >= (EVIDENCE_KEPT - 1) * FIELDS
        keep = not full or (rank, order) > (kept[weakest], kept[weakest + 1])
        if not (keep or is_example):
            return                              # would not be kept: don't build an excerpt
        lo = max(0, hit.start - EXCERPT_RADIUS)
        hi = min(len(text), hit.end + EXCERPT_RADIUS)
        if hit.end - hit.start > EXCERPT_SPAN:
            # a combination within one message spans it: its two ends, not the whole message
            body = (" ".join(text[lo:hit.start + EXCERPT_SPAN // 2].split()) + " ... "
                    + " ".join(text[hit.end - EXCERPT_SPAN // 2:hi].split()))
        else:
            body = " ".join(text[lo:hi].split())
        # ASCII dots, not "…": one non-ASCII character doubles the size of the whole string
        excerpt = ("..." if lo else "") + body + ("..." if hi < len(text) else "")
        if is_example:
            self._set_rule_example(hit.id, _shared(hit.weight), excerpt)
        if keep:
            entries, texts = kept[:-1], (_records(kept[-1]) if kept else [])
            if full:
                entries = entries[:-FIELDS]     # the weakest makes room
                texts.pop()
            at = 0
            while at < len(entries) and (entries[at], entries[at + 1]) > (rank, order):
                at += FIELDS
            head, packed = _pack_evidence(_shared(rank), order, self.messages, hit, source,
                                          excerpt)
            texts.insert(at // FIELDS, packed)
            self._evidence = (*entries[:at], *head, *entries[at:], _joined(texts))


# ------------------------------------------------------------ packed evidence
# A run keeps three pieces of evidence for each of up to millions of customers; as plain
# tuples of strings they were most of a customer's memory. Packed, an entry is four fields of
# the customer's flat evidence tuple (its key, one shared tuple of signal, kind and the file part
# of the source) and one UTF-8 record of term, line, excerpt and modifiers, in one deflated
# bytes object that holds the records of all the customer's entries (one object's overhead,
# not three).

FIELDS = 4
HEAD = 4        # sentiment figures at the start of CustomerState._numbers
SEPARATOR = "\x1f"          # between the fields of an entry's record
RECORD_MARK = "\x1e"        # between the records (RECORD, encoded)
RECORD = RECORD_MARK.encode()
_SHARED_LIMIT = 4096
_shared_values: dict[Any, Any] = {}
_NEGATIVE = tuple(-i for i in range(4096))


def _bounded(table: dict[Any, Any], limit: int, key: Any, value: Any) -> Any:
    """The object `table` keeps for `key` (`value` itself the first time, while the table is
    under `limit`): one object per distinct value instead of one per use."""
    found = table.get(key)
    if found is None:
        if len(table) >= limit:
            return value
        found = table[key] = value
    return found


def _shared(value: Any) -> Any:
    """One object per distinct weight or source prefix (bounded), instead of one per entry."""
    if not value:
        return value                    # 0.0 and -0.0 are equal: keep each as it is
    return _bounded(_shared_values, _SHARED_LIMIT, (type(value), value), value)  # 1 == 1.0


_IDS_LIMIT = 65536
_ids_seen: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared_ids(ids: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple per distinct combination of a customer's signal and rule ids (bounded): most
    customers share one of a few thousand."""
    return _bounded(_ids_seen, _IDS_LIMIT, ids, ids)


def _negative(n: int) -> int:
    return _NEGATIVE[n] if n < len(_NEGATIVE) else -n


def _pack_evidence(rank: float, order: int, message: int, hit: Hit, source: str,
                   excerpt: str) -> tuple[tuple[Any, ...], bytes]:
    """An entry's four fields, and its record."""
    cut = source.rfind(":") + 1         # "file.csv:12" -> "file.csv:" (shared) and "12"
    parts = (hit.term, source[cut:], excerpt, *hit.mods)
    if any(SEPARATOR in part or RECORD_MARK in part for part in parts):   # kept as it is
        return (rank, order, message, (hit.id, hit.kind, None,
                                       (hit.term, source, excerpt, hit.mods))), b""
    packed = SEPARATOR.join(parts).encode("utf-8", "surrogatepass")
    return (rank, order, message, _shared((hit.id, hit.kind, source[:cut]))), packed


def _joined(records: list[bytes]) -> bytes:
    """A customer's evidence records in one object, deflated: excerpts are most of a state's
    memory, and a few hundred bytes of text deflate by a fifth to a third. The window and the
    hash table are small (a 2 KB window, memLevel 2): zlib's defaults allocate ~300 KB per
    call, which took 120 us where this takes ~10."""
    packer = zlib.compressobj(1, zlib.DEFLATED, -11, 2)
    return packer.compress(RECORD.join(records)) + packer.flush()


def _records(joined: bytes) -> list[bytes]:
    return zlib.decompress(joined, -15).split(RECORD)


def _unpack_evidence(entry: tuple[Any, ...], packed: bytes) -> tuple[Any, ...]:
    rank, order, message, (signal, kind, prefix, *whole) = entry
    if prefix is None:
        term, source, excerpt, mods = whole[0]
    else:
        term, line, excerpt, *rest = packed.decode("utf-8", "surrogatepass").split(SEPARATOR)
        source, mods = prefix + line, tuple(rest)
    return (rank, order, order, signal, kind, term, message, source, excerpt, mods)


def new_state(customer_id: str, brand: str | None, lexicon: Lexicon) -> CustomerState:
    """A compact state unless the lexicon weighs recent messages more (which needs them all)."""
    compact = not lexicon.scoring.get("recency_half_life")
    return CustomerState(customer_id, brand, lexicon.valence_of if compact else None)


def ordered(state: CustomerState) -> list[ScoredMessage]:
    """Time order when every message has a time, else file order."""
    if state.timed == state.messages:
        return sorted(state.scored, key=lambda m: m.order)
    return sorted(state.scored, key=lambda m: m.order[1])


def soured_amount(history: list[ScoredMessage], lexicon: Lexicon) -> float:
    """Warmth early in the history followed by sourness late: the ex-friend trajectory."""
    valence = lexicon.valence_of
    balance = []
    for msg in history:
        pos = sum(w for sid, w in msg.signals if valence.get(sid) == "positive")
        neg = sum(w for sid, w in msg.signals if valence.get(sid) == "negative")
        balance.append((pos, neg))
    return soured_from_balance(balance)


def soured_from_balance(balance: list[tuple[float, float]]) -> float:
    """(warmth, sourness) per message, in order -> how much warmth turned sour."""
    for turn in range(1, len(balance)):
        early_pos = sum(p for p, n in balance[:turn] if p > n)
        late_pos = sum(p for p, _ in balance[turn:])
        late_neg = sum(n for _, n in balance[turn:])
        if early_pos > 0 and balance[turn][1] > balance[turn][0] and late_neg > late_pos:
            return round(min(early_pos, late_neg - late_pos), 4)
    return 0.0


def totals(history: list[ScoredMessage], lexicon: Lexicon) -> tuple[dict[str, float],
                                                                    dict[str, float]]:
    half_life = float(lexicon.scoring.get("recency_half_life", 0) or 0)
    signals: dict[str, float] = {}
    rules: dict[str, float] = {}
    n = len(history)
    for i, msg in enumerate(history):
        decay = 0.5 ** ((n - 1 - i) / half_life) if half_life > 0 else 1.0
        for sid, w in msg.signals:
            signals[sid] = signals.get(sid, 0.0) + w * decay
        for rid, w in msg.rules:
            rules[rid] = rules.get(rid, 0.0) + w * decay
    derive(signals, lambda: soured_amount(history, lexicon), lexicon, rules)
    return signals, rules


def derive(signals: dict[str, float], soured: Callable[[], float], lexicon: Lexicon,
           rules: dict[str, float]) -> None:
    """Add the derived signals (combinations, the soured trajectory) to the totals; a combine
    group names a rule break as "rule:ID" (lexicon.rule_ref)."""
    def total(name: str) -> float:
        rid = rule_ref(name)
        return signals.get(name, 0.0) if rid is None else rules.get(rid, 0.0)

    for sid, signal in lexicon.signals.items():
        if not signal.derived or signal.within == "message":   # those come from the matcher
            continue
        if signal.combine:
            amount = min(sum(total(s) for s in group) for group in signal.combine)
        elif sid == "soured":
            amount = soured()
        else:
            continue
        if amount > 0:
            signals[sid] = round(amount, 4)


def compact_history(state: CustomerState) -> list[tuple[float, float, float]]:
    """(warmth, sourness, strength) per signal-bearing message, in time (else file) order."""
    history = state.history
    rows = [tuple(history[i:i + 4]) for i in range(0, len(history), 4)]
    if state.timed == state.messages:     # stable: equal times stay in input order
        rows.sort(key=lambda r: r[0])
    return [(r[1], r[2], r[3]) for r in rows]


def type_scores(signals: dict[str, float], lexicon: Lexicon) -> dict[str, float]:
    """Each type's weighted sum of the customer's signals; types whose `requires` fail are out."""
    scores: dict[str, float] = {}
    users = lexicon.signal_users
    for sid, total in signals.items():
        if total > 0:
            for tid, weight in users.get(sid, ()):
                scores[tid] = scores.get(tid, 0.0) + weight * total
    for tid in list(scores):
        requires = lexicon.types[tid].requires
        if requires and any(not any(signals.get(s, 0) > 0 for s in group) for group in requires):
            del scores[tid]
    return {tid: round(score, 4) for tid, score in scores.items() if score > 0}


def engagement(state: CustomerState, strengths: list[float], signals: dict[str, float],
               lexicon: Lexicon) -> tuple[str, tuple[str, ...]]:
    """ratcheting_up / steady / dialling_down from explicit cues, frequency and intensity."""
    reasons: list[str] = []
    score = 0.0
    for sid, total in signals.items():
        direction = lexicon.signals[sid].engagement if sid in lexicon.signals else None
        if direction and total > 0:
            score += total if direction == "up" else -total
            reasons.append(f"{'+' if direction == 'up' else '-'} {lexicon.signals[sid].label}")
    times = sorted({t // 86400 for t in state.times})   # contact days: a chat is one contact
    if len(times) >= 4:
        gaps = [b - a for a, b in zip(times, times[1:])]
        half = len(gaps) // 2
        early, late = sum(gaps[:half]) / half, sum(gaps[half:]) / (len(gaps) - half)
        if early > 0 and late < early / 2:
            score += 0.5
            reasons.append("+ in touch more often")
        elif late > early * 2:
            score -= 0.5
            reasons.append("- in touch less often")
    if len(strengths) >= 2:
        weights = strengths
        half = len(weights) // 2
        early_w, late_w = sum(weights[:half]) / half, sum(weights[half:]) / (len(weights) - half)
        if late_w > early_w * 1.5:
            score += 0.5
            reasons.append("+ stronger signals lately")
        elif late_w < early_w / 1.5:
            score -= 0.5
            reasons.append("- weaker signals lately")
    if score >= 0.5:
        return "ratcheting_up", tuple(reasons)
    if score <= -0.5:
        return "dialling_down", tuple(reasons)
    return "steady", tuple(reasons)


def distress(signals: dict[str, float], rules: dict[str, float], tdef: TypeDef | None,
             lexicon: Lexicon) -> tuple[bool, tuple[str, ...], dict[str, float]]:
    reasons: list[str] = []
    amount = 0.0
    for sid, total in sorted(signals.items(), key=lambda kv: -kv[1]):
        signal = lexicon.signals.get(sid)
        if signal is not None and signal.distress and total > 0:
            amount += total
            reasons.append(f"{signal.label} ({total:.2f})")
    broken: dict[str, float] = {}
    for rid, total in sorted(rules.items(), key=lambda kv: -kv[1]):
        importance = tdef.rules.get(rid, 1.0) if tdef is not None else 1.0
        weighted = round(total * importance, 4)
        if weighted > 0:
            broken[rid] = weighted
            amount += weighted
            label = lexicon.rules[rid].label if rid in lexicon.rules else rid
            reasons.append(f"rule broken: {label} ({weighted:.2f})")
    return amount >= float(lexicon.scoring["distress_min"]), tuple(reasons), broken


def is_relationship(signals: dict[str, float], signal_messages: int, lexicon: Lexicon) -> bool:
    """Relational evidence, or the same kind of incident again and again, not one incident.

    A single complaint or thank-you about one event is an incident (it still moves sentiment
    and distress); a type needs tenure, repetition, commitment, status, leaving or the like,
    or incident signals spread over several messages.
    """
    relational = sum(total for sid, total in signals.items()
                     if total > 0 and lexicon.signals[sid].relational)
    if relational >= float(lexicon.scoring["relational_min"]):
        return True
    return signal_messages >= int(lexicon.scoring["incident_messages"])


def weighed_for_types(signals: dict[str, float], signal_messages: int,
                      lexicon: Lexicon) -> dict[str, float]:
    """Incident signals weigh `incident_weight` toward a type unless they recur over messages:
    one angry message beside a little tenure should not make its own type."""
    factor = float(lexicon.scoring["incident_weight"])
    if factor >= 1.0 or signal_messages >= int(lexicon.scoring["incident_messages"]):
        return signals
    return {sid: (total if sid not in lexicon.signals or lexicon.signals[sid].relational
                  else total * factor) for sid, total in signals.items()}


def against_the_grain(scores: dict[str, float], sentiment: float,
                      lexicon: Lexicon) -> dict[str, float]:
    """A type whose valence runs against the customer's plainly positive or negative words
    weighs less: tenure told to back a complaint is not an old friendship, and "every time I
    fly with them it's a joy" is no running battle."""
    limit = float(lexicon.scoring["mismatch_sentiment"])
    factor = float(lexicon.scoring["mismatch_weight"])
    if not limit or abs(sentiment) < limit or factor >= 1.0:
        return scores
    against = "positive" if sentiment < 0 else "negative"
    out = {tid: (round(score * factor, 4)
                 if lexicon.all_types[tid].dimensions.get("valence") == against else score)
           for tid, score in scores.items()}
    return {tid: score for tid, score in out.items() if score > 0}


def type_confidence(share: float, best: float, signal_messages: int, lexicon: Lexicon) -> float:
    """Grows with the leader's share, its strength and the number of messages behind it."""
    scale = float(lexicon.scoring["confidence_scale"]) or 1.0
    strength = 1.0 - math.exp(-best / scale)
    support = 1.0 - 0.5 ** max(1, signal_messages)
    return round(min(0.99, share ** 0.5 * strength ** 0.5 * (0.55 + 0.45 * support)), 3)


def customer_sentiment(state: CustomerState, signals: dict[str, float],
                       lexicon: Lexicon, rules: dict[str, float]) -> tuple[float, str]:
    """Sentiment in [-1, 1] and valence from the customer's own words, signals and rule breaks.

    A broken rule is a grievance ("is this how you treat loyal customers?"), whatever words it
    is told in: its weight counts on the negative side."""
    pos = sum(t for sid, t in signals.items()
              if t > 0 and sid in lexicon.signals and lexicon.signals[sid].valence == "positive"
              and lexicon.signals[sid].counts)
    neg = sum(t for sid, t in signals.items()
              if t > 0 and sid in lexicon.signals and lexicon.signals[sid].valence == "negative"
              and lexicon.signals[sid].counts)
    neg += sum(t for t in rules.values() if t > 0)
    words = state.sentiment_sum / state.sentiment_n if state.sentiment_n else 0.0
    weight = float(lexicon.scoring["sentiment_signal_weight"])
    if pos or neg:
        balance = (pos - neg) / (pos + neg + 1.0)
        share = min(1.0, (pos + neg) / 2.0) * weight
        sentiment = words * (1 - share) + balance * share if state.sentiment_n else balance
    else:
        sentiment = words
    sentiment = round(max(-1.0, min(1.0, sentiment)), 3)
    valence = valence_of(sentiment, state.sentiment_pos + pos, state.sentiment_neg + neg,
                         float(lexicon.scoring["sentiment_threshold"]),
                         float(lexicon.scoring["mixed_share"]))
    return sentiment, valence


def typed_valence(valence: str, sentiment: float, tdef: TypeDef | None,
                  signals: dict[str, float], lexicon: Lexicon) -> str:
    """The decided type speaks for the valence when the words alone say little.

    Word valences are general ("gravel", "cried", "warning" read negative in a fond story), while
    a type comes from relational evidence: with |sentiment| below `type_valence_below` a
    positive or negative type gives its valence; a neutral type (a first try, an occasional or
    a work-tool tie) only below `neutral_type_valence_below`, as a customer of such a tie who
    says it went well is pleased, not neutral. Ambivalence the customer states
    (a signal of mixed valence) makes a mixed type mixed, however strong the words.
    """
    limit = float(lexicon.scoring.get("type_valence_below", 0) or 0)
    if tdef is None or not limit:
        return valence
    own = tdef.dimensions.get("valence")
    if own in ("positive", "negative") and abs(sentiment) < limit:
        return own
    if own == "neutral" and abs(sentiment) < float(lexicon.scoring.get(
            "neutral_type_valence_below", limit)):
        return own
    if own == "mixed" and any(total > 0 and sid in lexicon.signals
                              and lexicon.signals[sid].valence == "mixed"
                              for sid, total in signals.items()):
        return "mixed"
    return valence


def finish_customer(state: CustomerState, lexicon: Lexicon) -> CustomerResult:
    if state.valence is None:
        history = ordered(state)
        signals, rules = totals(history, lexicon)
        strengths = [sum(w for _, w in m.signals) for m in history]
    else:
        compact = compact_history(state)
        signals, rules = dict(state.totals), dict(state.rule_totals)
        derive(signals, lambda: soured_from_balance([(p, n) for p, n, _ in compact]), lexicon,
               rules)
        strengths = [t for _, _, t in compact]
    # Without relational evidence the customer stays undetermined (is_relationship); the full
    # scores then still name the best candidate.
    scores = (type_scores(weighed_for_types(signals, state.signal_messages, lexicon), lexicon)
              or type_scores(signals, lexicon))
    sentiment, valence = customer_sentiment(state, signals, lexicon, rules)
    scores = against_the_grain(scores, sentiment, lexicon)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best_id, best = ranked[0] if ranked else (None, 0.0)
    runner_up = ranked[1][0] if len(ranked) > 1 else None
    # Share among the three best candidates: a signal that lends small weights to many
    # types should not make a clear leader look undecided.
    total = sum(score for _, score in ranked[:3])
    share = best / total if total else 0.0
    decided = (best_id is not None and best >= float(lexicon.scoring["min_score"])
               and share >= float(lexicon.scoring["min_share"])
               and is_relationship(signals, state.signal_messages, lexicon))
    tdef = lexicon.types[best_id] if decided and best_id else None
    decided_by = "lexicon" if tdef is not None else None
    confidence = type_confidence(share, best, state.signal_messages, lexicon) if tdef else 0.0
    # what the signals left undetermined or typed weakly, the customer's wording as a whole may
    # tell otherwise (learned.py)
    learned = decision(state.learned, lexicon, tdef.id if tdef else None, confidence)
    if learned is not None:
        tdef, confidence, decided_by = lexicon.types[learned[0]], learned[1], "learned"
    if tdef is None:
        runner_up = best_id
    else:
        valence = typed_valence(valence, sentiment, tdef, signals, lexicon)
        if decided_by == "learned":
            runner_up = next((tid for tid, _ in ranked if tid != tdef.id), None)
    is_distressed, reasons, broken = distress(signals, rules, tdef, lexicon)
    strong = float(lexicon.scoring["distress_sentiment"])
    if strong and state.sentiment_min <= -strong and sentiment <= -strong / 2:
        reasons += (f"strongly negative words (sentiment {sentiment:+.2f})",)
        is_distressed = True
    trend, trend_reasons = engagement(state, strengths, signals, lexicon)
    evidence = sorted(state.evidence, reverse=True)
    return CustomerResult(
        customer_id=state.customer_id,
        brand=state.brand,
        type=tdef.id if tdef else UNDETERMINED,
        label=tdef.label if tdef else "Undetermined",
        confidence=confidence,
        runner_up=runner_up,
        decided_by=decided_by,
        valence=valence,
        sentiment=sentiment,
        closeness=tdef.dimensions.get("closeness") if tdef else None,
        intensity=tdef.dimensions.get("intensity") if tdef else None,
        power=tdef.dimensions.get("power") if tdef else None,
        distress=is_distressed,
        distress_reasons=reasons,
        engagement=trend,
        engagement_reasons=trend_reasons,
        messages=state.messages,
        signals={k: round(v, 3)
                 for k, v in sorted(signals.items(), key=lambda kv: (-kv[1], kv[0]))},
        type_scores=dict(ranked),
        rules_broken=broken,
        evidence=tuple(Evidence(signal=e[3], kind=e[4], term=e[5], weight=e[0], message=e[6],
                                source=e[7], excerpt=e[8], modifiers=e[9])
                       for e in evidence[:EVIDENCE_SHOWN] if e[0] > 0),
        first_seen=state.first_seen,
        last_seen=state.last_seen,
        true_label=state.label,
        rule_examples={rid: excerpt for rid, (_, excerpt) in state.rule_examples.items()},
    )
