"""`relradar explain`: one customer's messages, hits and the arithmetic behind the type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from relradar.errors import InputError
from relradar.lexicon import Lexicon
from relradar.matching import Hit
from relradar.models import CustomerResult
from relradar.pipeline import AnalysisOptions, is_duplicate, learned_part
from relradar.privacy import Privacy
from relradar.readers import ReaderOptions, ReadStats, read_messages
from relradar.scoring import CustomerState, finish_customer, new_state
from relradar.timeparse import iso


@dataclass(frozen=True)
class ExplainedMessage:
    number: int
    timestamp: float | None
    source: str
    text: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class Explanation:
    result: CustomerResult
    messages: tuple[ExplainedMessage, ...]
    contributions: dict[str, dict[str, float]]   # type -> signal -> weight x total
    why: str

    def to_dict(self, lexicon: Lexicon) -> dict[str, Any]:
        from relradar.render import customer_dict

        tdef = lexicon.all_types.get(self.result.type)
        return {
            "customer": customer_dict(self.result),
            "messages": [{"number": m.number, "time": iso(m.timestamp), "source": m.source,
                          "text": m.text,
                          "hits": [{"kind": h.kind, "id": h.id, "term": h.term,
                                    "weight": h.weight, "start": h.start, "end": h.end,
                                    "modifiers": list(h.mods)} for h in m.hits]}
                         for m in self.messages],
            "type_scores": self.result.type_scores,
            "contributions": self.contributions,
            "why": self.why,
            "rules": [{"id": rid, "label": lexicon.rules[rid].label,
                       "expectation": lexicon.rules[rid].expectation, "importance": w,
                       "broken": rid in self.result.rules_broken}
                      for rid, w in (tdef.rules.items() if tdef else ()) if rid in lexicon.rules],
            "strategy": {"move": tdef.move, "action": tdef.action} if tdef else None,
            "expectations": tdef.expectations if tdef else None,
        }


def _why(result: CustomerResult, contributions: dict[str, dict[str, float]],
         lexicon: Lexicon, cues: list[tuple[str, float]] | None = None) -> str:
    scores = result.type_scores
    if result.decided_by == "learned":
        # the same words whether the signals left the customer undetermined or typed them
        # weakly: the result alone does not say which (reports explain from it)
        below = float(lexicon.scoring.get("learned_override_below", 0) or 0)
        text = (f"The learned model of the customer's wording gives {result.type} "
                f"{result.confidence:.0%} (it decides from "
                f"{lexicon.scoring.get('learned_min', 0):.0%}, where the signals left the "
                "customer undetermined" + (f" or typed them with less than {below:.0%} "
                                           "confidence" if below else "") + ")")
        if cues:
            text += ", most from " + ", ".join(f"'{g}'" for g, _ in cues)
        if result.runner_up:
            text += f"; the signals' best type was {result.runner_up}"
        return text + "."
    if result.type == "undetermined":
        best = next(iter(scores.items()), None)
        if best is None:
            return "No relational signal was found in this customer's messages."
        total = sum(list(scores.values())[:3])
        return (f"Too little or too mixed evidence: the best candidate, {best[0]}, scored "
                f"{best[1]:.2f} (needs {lexicon.scoring['min_score']:g}) with "
                f"{best[1] / total:.0%} of the three best type scores (needs "
                f"{lexicon.scoring['min_share']:.0%}).")
    top = contributions.get(result.type, {})
    drivers = ", ".join(f"{s} {v:.2f}" for s, v in sorted(top.items(), key=lambda kv: -kv[1])[:3])
    text = f"{result.type} scored {scores[result.type]:.2f} from {drivers}."
    if result.runner_up and result.runner_up in scores:
        gap = scores[result.type] - scores[result.runner_up]
        text += (f" The runner-up, {result.runner_up}, scored {scores[result.runner_up]:.2f}"
                 f" ({gap:.2f} less).")
    return text


def contributions_of(result: CustomerResult, lexicon: Lexicon) -> dict[str, dict[str, float]]:
    """Per candidate type, how much each signal added (type weight x the customer's total)."""
    return {
        tid: {sid: round(w * result.signals[sid], 3) for sid, w in tdef.signals.items()
              if result.signals.get(sid)}
        for tid, tdef in lexicon.types.items() if tid in result.type_scores
    }


def why_text(result: CustomerResult, lexicon: Lexicon) -> str:
    """The one-paragraph reason for a customer's type, from its result alone (for reports)."""
    return _why(result, contributions_of(result, lexicon), lexicon)


def _not_found(customer_id: str, brand: str | None, paths: list[str], ids_seen: set[str],
               brands_seen: set[str], privacy: Privacy) -> InputError:
    """The customer is not there: a mistyped --brand is named as such (the id is right), and
    no suggestion is made that --redact would print masked (and so useless)."""
    from relradar.hints import closest

    if brands_seen:
        guess = closest(brand or "", brands_seen)
        known = ", ".join(repr(b) for b in sorted(brands_seen)[:5])
        return InputError(f"customer {customer_id!r} has no messages for brand {brand!r} in "
                          f"{', '.join(paths)} (its brands: {known})",
                          f"did you mean --brand {guess!r}?" if guess else "check --brand")
    guess = closest(customer_id, ids_seen) if privacy.salt is None else None
    if guess is not None and privacy.redact and privacy.text(guess) != guess:
        guess = None
    return InputError(f"customer {customer_id!r} not found in {', '.join(paths)}",
                      f"did you mean --customer {guess}?" if guess else
                      "check --customer (and --id-col / --brand)")


def _several_brands(customer_id: str, paths: list[str], brands: list[str],
                    privacy: Privacy) -> InputError:
    """Refused, not pooled: classify scores each (customer, brand) apart, and an explanation
    of all the brands' messages together would match none of its rows."""
    known = ", ".join(repr(privacy.text(b)) for b in brands[:5])
    more = f" and {len(brands) - 5} more" if len(brands) > 5 else ""
    first = brands[0]
    return InputError(f"customer {customer_id!r} has messages under {len(brands)} brands in "
                      f"{', '.join(paths)} ({known}{more}); classify scores each brand apart",
                      f"pick one with --brand {first!r}" if privacy.text(first) == first
                      else "pick one with --brand")


def explain_customer(paths: list[str], customer_id: str, brand: str | None, lexicon: Lexicon,
                     options: ReaderOptions = ReaderOptions(),
                     analysis: AnalysisOptions = AnalysisOptions(),
                     salt: str | None = None, stats: ReadStats | None = None) -> Explanation:
    """One customer, matched exactly as `pipeline.analyze` matches (same cleaning, languages).

    With `salt` the id may be given as its hash (as `--hash-ids` printed it); the result then
    carries the hash, never the raw id. With --redact (`analysis.clean.pii`) texts are masked
    before matching, so hit offsets point into the text shown, and ids and sources are masked.
    `stats` (given or fresh) counts every row read, as `pipeline.analyze`'s does.
    """
    from relradar.pipeline import build_matchers
    from relradar.privacy import hash_id

    privacy = Privacy(redact=analysis.clean.pii, salt=salt)
    matchers = build_matchers(lexicon, analysis)
    stats = stats if stats is not None else ReadStats()
    state: CustomerState | None = None
    explained: list[ExplainedMessage] = []
    hashes: dict[str, str] = {}
    ids_seen: set[str] = set()        # for "did you mean" when the id is not there
    own: list[str] = []               # the texts the learned model read
    brands_seen: set[str] = set()     # the customer's brands, when --brand left none
    several: set[str] = set()         # its brands, when it has more than one and no --brand
    for seq, message in enumerate(read_messages(paths, options, stats)):
        if state is None and len(ids_seen) < 100_000:
            ids_seen.add(message.customer_id)
        if brand is not None and message.brand != brand:
            if state is None and message.customer_id == customer_id and message.brand:
                brands_seen.add(message.brand)
            continue
        if message.customer_id != customer_id:
            if salt is None:
                continue
            hashed = hashes.get(message.customer_id)
            if hashed is None:
                hashed = hashes[message.customer_id] = hash_id(message.customer_id, salt)
            if hashed != customer_id:
                continue
        if state is None:
            state = new_state(message.customer_id, message.brand, lexicon)
        if message.brand != state.brand:
            several.update((state.brand or "", message.brand or ""))
            continue        # refused below: one customer and brand is one classify row
        if is_duplicate(state, message.text):
            continue
        # The language's matcher, else the main one: the rule pipeline.match_stream follows.
        matcher = matchers.get(message.language) or matchers[None]
        text, hits, sentiment = matcher.analyze_text(message.text)
        source = privacy.text(message.source)
        part = learned_part(matcher, text, matcher.shared(message.text))
        state.add(seq, message.timestamp, source, text, hits, sentiment=sentiment, learned=part)
        if part is not None:
            own.append(text)
        explained.append(ExplainedMessage(state.messages, message.timestamp, source,
                                          text, tuple(hits)))
    if state is None:
        raise _not_found(customer_id, brand, paths, ids_seen, brands_seen, privacy)
    if several:             # --brand not given and the customer wrote under several brands
        raise _several_brands(customer_id, paths, sorted(several), privacy)
    result = privacy.customer(finish_customer(state, lexicon))
    if all(m.timestamp is not None for m in explained):
        explained.sort(key=lambda m: (m.timestamp, m.number))
    contributions = contributions_of(result, lexicon)
    learned = matchers[None].learned
    cues = (learned.cues(own, result.type, 3)
            if learned is not None and result.decided_by == "learned" else None)
    return Explanation(result, tuple(explained), contributions,
                       _why(result, contributions, lexicon, cues))
