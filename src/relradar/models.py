"""Plain records passed between readers, scoring and renderers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Message:
    customer_id: str
    text: str
    timestamp: float | None = None      # seconds since the epoch, UTC
    brand: str | None = None
    source: str = ""                    # "file:line"
    label: str | None = None            # only when a label column was asked for
    language: str | None = None         # only with a language column


@dataclass(frozen=True, slots=True)
class Evidence:
    signal: str
    kind: str                 # "signal" or "rule"
    term: str
    weight: float
    message: int              # 1-based position of the message in the customer's history
    source: str
    excerpt: str
    modifiers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"signal": self.signal, "kind": self.kind, "term": self.term,
                "weight": self.weight, "message": self.message, "source": self.source,
                "excerpt": self.excerpt, "modifiers": list(self.modifiers)}


@dataclass(frozen=True)
class CustomerResult:
    customer_id: str
    brand: str | None
    type: str
    label: str
    confidence: float
    runner_up: str | None
    valence: str | None       # the customer's own sentiment: positive/negative/mixed/neutral
    closeness: str | None
    intensity: str | None
    power: str | None
    distress: bool
    distress_reasons: tuple[str, ...]
    engagement: str
    engagement_reasons: tuple[str, ...]
    messages: int
    signals: dict[str, float]
    type_scores: dict[str, float]
    rules_broken: dict[str, float]
    evidence: tuple[Evidence, ...]
    first_seen: float | None = None
    last_seen: float | None = None
    sentiment: float = 0.0            # [-1, 1], from the customer's own words and signals
    true_label: str | None = None
    # "lexicon" (signals decided the type), "learned" (the customer's wording did, where the
    # signals left the customer undetermined or typed them weakly: learned.py), None for
    # undetermined
    decided_by: str | None = None
    rule_examples: dict[str, str] = field(default_factory=dict)   # rule id -> excerpt
