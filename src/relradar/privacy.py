"""--redact and --hash-ids: outputs that can be shared without exposing customers."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
from typing import Any

from relradar.models import CustomerResult, Evidence

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
PHONE_RE = re.compile(r"(?<![\w+])\+?(?:\(?\d{1,4}\)?[ .-]?){2,5}\d{2,4}(?!\w)")
HANDLE_RE = re.compile(r"(?<![\w@])@\w{1,50}")


def redact_text(text: str) -> str:
    """Mask e-mail addresses, card-like numbers, phone numbers and @handles."""
    text = EMAIL_RE.sub("[email]", text)
    text = CARD_RE.sub("[card]", text)
    text = PHONE_RE.sub(lambda m: "[phone]" if sum(c.isdigit() for c in m.group(0)) >= 7
                        else m.group(0), text)
    return HANDLE_RE.sub("[handle]", text)


def hash_id(customer_id: str, salt: str) -> str:
    """A salted, keyed hash: stable for one salt, useless for a dictionary attack without it."""
    digest = hmac.new(salt.encode("utf-8"), customer_id.encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:16]


def _redact_evidence(item: Evidence) -> Evidence:
    return dataclasses.replace(item, excerpt=redact_text(item.excerpt),
                               term=redact_text(item.term))


def protect(customer: CustomerResult, redact: bool, salt: str | None) -> CustomerResult:
    """The customer as it may be shown: excerpts redacted, id hashed, as asked."""
    changes: dict[str, object] = {}
    if redact:
        changes["evidence"] = tuple(_redact_evidence(e) for e in customer.evidence)
        changes["rule_examples"] = {r: redact_text(x) for r, x in customer.rule_examples.items()}
    if salt is not None:
        changes["customer_id"] = hash_id(customer.customer_id, salt)
    return dataclasses.replace(customer, **changes) if changes else customer  # type: ignore[arg-type]


def protect_event(event: dict[str, Any], salt: str | None) -> dict[str, Any]:
    """An event report as it may be shown: the shifted customers' ids hashed with --hash-ids."""
    if salt is None:
        return event
    shifted = [{**s, "customer_id": hash_id(s["customer_id"], salt)} for s in event["shifted"]]
    return {**event, "shifted": shifted}
