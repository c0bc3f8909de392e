"""`relradar lexicon suggest`: candidate terms per type from a labelled corpus.

Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): each
n-gram's use by one type's customers is compared with everyone else's, shrunk towards its
corpus-wide rate, and ranked by the z-score. Output is YAML ready to merge with --lexicon.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from relradar.lexicon import Lexicon
from relradar.matching import Matcher
from relradar.models import Message
from relradar.privacy import redact_text
from relradar.scoring import UNDETERMINED

PRIOR_SHARE = 0.1       # the informative prior's pseudo-counts: a tenth of the corpus


@dataclass(frozen=True)
class Candidate:
    type: str
    term: str
    z: float
    count: int
    example: str


def _ngrams(words: list[str], frequent: frozenset[str], longest: int = 3) -> Iterable[str]:
    for n in range(1, longest + 1):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            if all(w in frequent for w in gram) or gram[0] in frequent and n > 1 and \
                    gram[-1] in frequent:
                continue
            yield " ".join(gram)


def suggest(messages: Iterable[Message], labels: dict[tuple[str, str | None], str] | None,
            matcher: Matcher, lexicon: Lexicon, top: int = 15, min_count: int = 3
            ) -> list[Candidate]:
    """Candidates per type, best first; terms already in the lexicon are left out."""
    known = {" ".join(t.lower().split()) for s in lexicon.signals.values() for t in s.terms}
    known |= {" ".join(t.lower().split()) for r in lexicon.rules.values() for t in r.breaks}
    frequent = lexicon.frequent_words
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], str] = {}
    for message in messages:
        label = (labels or {}).get((message.customer_id, message.brand)) if labels is not None \
            else message.label
        if not label:
            continue
        text = matcher.prepare(message.text)
        words = [t.lower_ for t in matcher.nlp.tokenizer(text) if t.is_alpha and len(t) > 2]
        seen = set(_ngrams(words, frequent))
        counts[label].update(seen)          # document frequency: one vote per message
        snippet: str | None = None
        for gram in seen:
            if (label, gram) not in examples:
                # The YAML is meant to be reviewed and committed: an example never carries an
                # address or a number, and it is masked before it is cut (no half numbers).
                if snippet is None:
                    snippet = redact_text(" ".join(text.split()))[:120]
                examples[(label, gram)] = snippet
    total: Counter[str] = Counter()
    for per_type in counts.values():
        total.update(per_type)
    grand = sum(total.values()) or 1
    prior = PRIOR_SHARE * grand
    out: list[Candidate] = []
    for label, per_type in sorted(counts.items()):
        if label == UNDETERMINED:
            continue
        n_i = sum(per_type.values())
        n_j = grand - n_i
        scored = []
        for gram, y_i in per_type.items():
            if y_i < min_count or gram in known:
                continue
            alpha = prior * total[gram] / grand
            y_j = total[gram] - y_i
            delta = (math.log((y_i + alpha) / (n_i + prior - y_i - alpha))
                     - math.log((y_j + alpha) / (n_j + prior - y_j - alpha)))
            z = delta / math.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
            if z > 1.96:
                scored.append((z, gram, y_i))
        scored.sort(key=lambda item: (-item[0], item[1]))
        out.extend(Candidate(label, gram, round(z, 2), count, examples[(label, gram)])
                   for z, gram, count in scored)
    best: dict[str, Candidate] = {}
    for cand in out:                        # a term goes to the type it is most typical of
        if cand.term not in best or cand.z > best[cand.term].z:
            best[cand.term] = cand
    kept: list[Candidate] = []
    per_type: Counter[str] = Counter()
    for cand in out:
        if best[cand.term] is cand and per_type[cand.type] < top:
            kept.append(cand)
            per_type[cand.type] += 1
    return kept


def to_yaml(candidates: list[Candidate], lexicon: Lexicon, source: str) -> str:
    """A lexicon overlay: one `suggested_<type>` signal per type, wired into that type."""
    source = " ".join(redact_text(source).split())     # a file name cannot end the comment
    lines = [f"# relradar lexicon suggest: candidate terms from {source}",
             "# weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008).",
             "# Review every term before use: delete what is noise, move good terms into the",
             "# signal they belong to. Merge with: relradar classify ... --lexicon THIS_FILE",
             "signals:"]
    by_type: dict[str, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_type[cand.type].append(cand)
    for tid, cands in by_type.items():
        tdef = lexicon.all_types.get(tid)
        valence = tdef.dimensions.get("valence", "neutral") if tdef else "neutral"
        lines += [f"  suggested_{tid}:", f"    label: Suggested for {tid}",
                  f"    valence: {valence if valence != 'mixed' else 'neutral'}", "    terms:"]
        for cand in cands:
            weight = round(min(1.5, 0.3 + 0.15 * cand.z), 2)
            lines.append(f"      {json.dumps(cand.term)}: {weight}   "
                         f"# z={cand.z}, {cand.count} messages, e.g. {json.dumps(cand.example)}")
    lines.append("types:")
    for tid in by_type:
        if tid in lexicon.all_types:
            lines.append(f"  {tid}:")
            lines.append(f"    signals: {{suggested_{tid}: 1.0}}")
    if not by_type:
        lines[-1] = "types: {}"
        lines.insert(lines.index("signals:") + 1, "  {}")
    return "\n".join(lines) + "\n"
