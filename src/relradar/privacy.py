"""--redact and --hash-ids: outputs that can be shared without exposing customers.

`redact_text` is the one redaction stage: the matcher's cleaning calls it (so excerpts are cut
from masked text), and `Privacy` applies it, with id hashing, to everything else a command
prints: ids, excerpts, sources, explanations, trends, events and suggestion snippets.

Every pattern runs in linear time: each can start only where a run of its characters starts
(a look-behind for that character class) and its repetitions are unambiguous, so no input,
however long its words, makes the regex engine backtrack over the same text twice.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
from dataclasses import dataclass

from relradar.models import CustomerResult, Evidence

# Zero-width characters and the soft hyphen, invisible inside an address (gina\u200b@...).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# The @ and the dot also in their full-width and small forms (ｇｉｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ).
AT_SIGNS = "@\uff20\ufe6b"
DOTS = ".\uff0e\u3002\ufe52"
# Local part and domain of an e-mail address, the @ also percent-encoded (gina%40example.com,
# as in a URL's query); the look-behinds let a match start only where a run of local-part
# characters starts (the unanchored form is quadratic on a long word). An apostrophe inside
# the local part (o'brien@) is kept, one before it is a quote and stays: 'x@y.com' -> '[email]'.
# A quoted local part ("john smith"@example.com) is at most 64 characters, so it stays linear.
_LOCAL_CHARS = rf"\w{DOTS}+%\-\uff0b\uff0d{INVISIBLE}"
_DOMAIN = rf"[\w\-\uff0d{INVISIBLE}]+"
EMAIL_RE = re.compile(
    rf"(?:[\"\u201c\u201d][^\"\u201c\u201d\n]{{1,64}}[\"\u201c\u201d]"
    rf"|(?<![{_LOCAL_CHARS}])(?<!\w')[{_LOCAL_CHARS}][{_LOCAL_CHARS}']*)"
    rf"(?:[{AT_SIGNS}]|%40){_DOMAIN}(?:[{DOTS}]{_DOMAIN})+")
# A run of digits with up to three separators between them (spaces, dots, dashes of every
# width and the minus sign, slashes, underscores, brackets, zero-width characters): phone and
# card numbers as people write them.
NUMBER_SEPARATORS = (" .\\-/_()\u00a0\u2007\u2009\u202f\u2010\u2011\u2012\u2013\u2014\u2015"
                     "\u2212\ufe58\ufe63\uff0d" + INVISIBLE)
NUMBER_RE = re.compile(rf"(?<!\d)\+?\(?\d(?:[{NUMBER_SEPARATORS}]{{0,3}}\d)+")
DATE_RE = re.compile(r"(?:\d{4}([-/.\u2013])\d{1,2}\1\d{1,2}|\d{1,2}([-/.\u2013])\d{1,2}\2\d{2,4})"
                     r"(?: \d{1,2})?")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,30}")
HANDLE_RE = re.compile(r"(?<![\w@])@\w{1,50}")
DIGIT_RE = re.compile(r"\d")
MIN_PHONE_DIGITS = 7
# IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum every payment card number carries."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """ISO 13616 check: country code and check digits moved to the end, mod 97 == 1."""
    moved = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
    except ValueError:
        return False


def _mask_number(match: re.Match[str]) -> str:
    run = match.group(0)
    digits = "".join(ch for ch in run if ch.isdigit())
    if len(digits) < MIN_PHONE_DIGITS or DATE_RE.fullmatch(run.strip("()+")):
        return run
    if 13 <= len(digits) <= 19 and luhn_ok(digits):
        return "[card]"
    # Any other long run is masked too: a card number that fails Luhn, an account number, two
    # numbers written side by side; a value that may identify someone never leaks.
    return "[phone]" if len(digits) <= 15 else "[number]"


def _mask_iban(match: re.Match[str]) -> str:
    text = match.group(0)
    length = IBAN_LENGTHS.get(text[:2])
    if length is None:
        return text
    seen = 0
    for end, ch in enumerate(text):
        if ch.isalnum():
            seen += 1
            if seen == length:
                compact = "".join(c for c in text[:end + 1] if c.isalnum()).upper()
                rest = text[end + 1:]
                if rest[:1].isalnum() or not iban_ok(compact):
                    return text
                return "[iban]" + rest
    return text


def redact_text(text: str) -> str:
    """Mask e-mail addresses, IBANs, card and phone numbers (any separators) and @handles."""
    if "@" in text or "%40" in text or "\uff20" in text or "\ufe6b" in text:
        text = EMAIL_RE.sub("[email]", text)
    if DIGIT_RE.search(text):
        text = IBAN_RE.sub(_mask_iban, text)
        text = NUMBER_RE.sub(_mask_number, text)
    if "@" in text:
        text = HANDLE_RE.sub("[handle]", text)
    return text


def hash_id(customer_id: str, salt: str) -> str:
    """A salted, keyed hash: stable for one salt, useless for a dictionary attack without it."""
    digest = hmac.new(salt.encode("utf-8"), customer_id.encode("utf-8", "replace"),
                      hashlib.sha256)
    return digest.hexdigest()[:16]


def _redact_evidence(item: Evidence) -> Evidence:
    return dataclasses.replace(item, excerpt=redact_text(item.excerpt),
                               term=redact_text(item.term), source=redact_text(item.source))


def protect(customer: CustomerResult, redact: bool, salt: str | None) -> CustomerResult:
    """The customer as it may be shown: excerpts redacted, id hashed, as asked.

    With --redact alone an id that is itself an e-mail address or a number is masked too;
    with --hash-ids the id is the salted hash of the raw id.
    """
    changes: dict[str, object] = {}
    if redact:
        changes["evidence"] = tuple(_redact_evidence(e) for e in customer.evidence)
        changes["rule_examples"] = {r: redact_text(x) for r, x in customer.rule_examples.items()}
        changes["customer_id"] = redact_text(customer.customer_id)
        if customer.brand:
            changes["brand"] = redact_text(customer.brand)
    if salt is not None:
        changes["customer_id"] = hash_id(customer.customer_id, salt)
    return dataclasses.replace(customer, **changes) if changes else customer  # type: ignore[arg-type]


@dataclass(frozen=True)
class Privacy:
    """What a command was asked to hide; passed to every core function that emits records."""

    redact: bool = False
    salt: str | None = None       # set: ids are replaced by hash_id(id, salt)

    @property
    def active(self) -> bool:
        return self.redact or self.salt is not None

    def id(self, customer_id: str) -> str:
        if self.salt is not None:
            return hash_id(customer_id, self.salt)
        return redact_text(customer_id) if self.redact else customer_id

    def text(self, text: str) -> str:
        return redact_text(text) if self.redact else text

    def customer(self, customer: CustomerResult) -> CustomerResult:
        return protect(customer, self.redact, self.salt)

    def matches(self, raw_id: str, wanted: str) -> bool:
        """Whether a raw id is the one asked for: by itself, or by its hash (with a salt)."""
        return raw_id == wanted or (self.salt is not None and hash_id(raw_id, self.salt) == wanted)
