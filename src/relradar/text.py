"""Cleaning a message before scoring: only the customer's own words should be left.

Each step can be switched off through `CleanOptions`; all are on by default.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

MOJIBAKE_RE = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2\u00f0][\u0080-\u00bf\u0152-\u0178\u02c6-\u02dc\u2013-\u2122]")
TAG_RE = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
BR_RE = re.compile(r"<\s*(br|/p|/div|p)\b[^<>]{0,50}>", re.IGNORECASE)
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# (a quoted local part, "john smith"@example.com, too: else the mention step below would take
# only "@example" and leave the name)
EMAIL_RE = re.compile(r"(?:[\"\u201c\u201d][^\"\u201c\u201d\n]{1,64}[\"\u201c\u201d]"
                      r"|\b[\w.+-]{1,64})@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")
MENTION_RE = re.compile(r"(?<![\w@])@\w{1,50}")
HASHTAG_RE = re.compile(r"(?<![\w#])#(\w{2,60})")
CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
# (the lookahead names every alternative's first character: the engine skips the others
# without trying five alternatives at each one; CFPB-style "XXXX" masks make this hot)
REDACTION_RE = re.compile(
    r"(?=[_\[{<xX*])(?:__[a-z_]{2,40}__|\[(?:redacted|removed|name|email|phone)[^\]]{0,20}\]"
    r"|\{\{\s*\w+\s*\}\}|<(?:name|email|phone|redacted)>|(?<![\w*])[xX*]{4,}(?![\w*]))",
    re.IGNORECASE,
)
INVISIBLE_RE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufe0e\ufe0f]")
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
QUOTE_PAIRS = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'),
               ("\u00b4", "'"), ("`", "'"))
EMOJI_RE = re.compile(
    "([\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF])"
)

# Lines that start a quoted earlier message in e-mail and chat exports.
QUOTE_START_RE = re.compile(
    r"^[ \t]*(?:On\b[^\n]{0,250}[\d@,][^\n]{0,250}\bwrote:\s*$"
    r"|-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}"
    r"|Begin forwarded message:"
    r"|-{2,}\s*Forwarded message"
    r"|Forwarded by\b"
    r"|_{8,}\s*$"
    r"|From:\s.{1,200}$(?=\n\s*(?:Sent|Date|To|Subject):)"
    r"|Le .{0,200} a écrit\s*:\s*$|Am .{0,200} schrieb .{0,200}:\s*$|El .{0,200} escribió:\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
WROTE_SPLIT_RE = re.compile(r"^[ \t]*On\b[^\n]{0,200}[\d@,][^\n]{0,200}\n[^\n]{0,200}\bwrote:\s*$",
                            re.IGNORECASE | re.MULTILINE)
SPEAKER_RE = re.compile(
    r"^\s*(?:\[[^\]\n]{0,40}\]\s*|\(?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\)?\s*)?"
    r"(?P<who>[^:\n]{1,40}?)\s*:\s", re.IGNORECASE)
AGENT_RE = re.compile(
    r"\b(?:agent|support|representative|rep|advisor|adviser|operator|bot|chatbot|assistant"
    r"|staff|specialist|moderator|associate|concierge|customer (?:service|care|support)"
    r"|help ?desk|team)\b", re.IGNORECASE)
AGENT_LINE_RE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?[^:\n]{0,40}\b(?:agent|support|representative|rep|advisor"
    r"|operator|bot|assistant|staff|specialist)\b[^:\n]{0,20}:", re.IGNORECASE | re.MULTILINE)
# "Suggestion for the team:", "Question to support:": a heading the customer writes, not a
# speaker label
HEADING_RE = re.compile(r"\b(?:for|to|about|regarding|dear|hi|hello|hey|thanks|question|"
                        r"suggestion|feedback|idea|request|complaint|message|note)\b",
                        re.IGNORECASE)
CUSTOMER_RE = re.compile(r"\b(?:customer|client|user|me|visitor|guest|caller|member)\b",
                         re.IGNORECASE)
# Someone else's tweet: a retweet ("RT @user: ...", to the end: the customer's own comment comes
# first) and an old-style quote tweet ('"@user: ..."' in quotation marks).
RETWEET_RE = re.compile(r"(?<![\w@])(?:RT|MT|rt)\s?:?\s?@\w{1,50}.*", re.DOTALL)
QUOTE_TWEET_RE = re.compile(r"[\"\u201c]@\w{1,50}:.*?(?:[\"\u201d]|$)", re.DOTALL)
SIGNATURE_RE = re.compile(
    r"^[ \t]*(?:--[ \t]*$|Sent from my \w+|Sent from (?:Mail|Outlook|Yahoo)|Get Outlook for)",
    re.IGNORECASE | re.MULTILINE,
)
SIGNOFF_RE = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|best|cheers|sincerely"
    r"|yours(?:\s+(?:truly|sincerely))?|thanks(?:\s+again)?(?:\s+in\s+advance)?|thank\s+you"
    r"|many\s+thanks|all\s+the\s+best|take\s+care|respectfully|talk\s+soon|br|warmly"
    r"|with\s+thanks|speak\s+soon|cordially|love|xoxo|peace|ciao)\s*[,.!]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanOptions:
    repair: bool = True        # mis-decoded UTF-8 ("youâ€™re")
    html: bool = True          # entities and tags
    quotes: bool = True        # quoted replies, forwarded blocks, retweets and quote tweets
    signatures: bool = True    # signatures and sign-offs
    agent_turns: bool = True   # "Agent: ..." lines of a transcript pasted into one text
    pii: bool = False          # --redact: mask e-mails, phone and card numbers, @handles
    urls: bool = True
    mentions: bool = True
    hashtags: bool = True      # "#NeverAgain" -> "Never Again"
    redactions: bool = True    # "__credit_card__", "[REDACTED]"


def straight_quotes(text: str) -> str:
    """Curly quotes and accents made straight (QUOTE_PAIRS), one str.replace per mark the text
    holds: str.translate would look every character of a non-ASCII text up in a dict (~30 us
    for 500 characters), these scans take one or two."""
    for curly, straight in QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def repair_mojibake(text: str) -> str:
    if not MOJIBAKE_RE.search(text):
        return text
    import ftfy  # only paid for on text that looks mis-decoded

    return ftfy.fix_text(text, normalization="NFC")


# In ASCII text every header QUOTE_START_RE and WROTE_SPLIT_RE know has one of these (the
# others need a letter such as é or ó): without one, neither line-by-line search can match.
QUOTE_WORDS = ("wrote", "message", "forwarded", "________", "from:", "schrieb")
# likewise for SIGNATURE_RE
SIGNATURE_WORDS = ("--", "sent from", "get outlook")


def _may_have(text: str, words: tuple[str, ...]) -> bool:
    """False when an ASCII text holds none of `words` in any case (the patterns' anchored,
    case-blind searches cost several microseconds a message; this, a fraction of one)."""
    if not text.isascii():      # case-blind matching reaches beyond ASCII: let the pattern say
        return True
    lower = text.lower()
    return any(word in lower for word in words)


def strip_quoted(text: str) -> str:
    """Drop everything from the first quoted-reply header on, and '>'-quoted lines."""
    match = (WROTE_SPLIT_RE.search(text) or QUOTE_START_RE.search(text)) \
        if _may_have(text, QUOTE_WORDS) else None
    if match:
        text = text[: match.start()]
    if ">" in text:
        text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    return text


def strip_retweets(text: str) -> str:
    """Drop retweeted and quoted tweets: they are someone else's words (the brand's own post,
    a news account, a friend), not the customer's."""
    if "T" in text or "rt" in text:
        text = RETWEET_RE.sub(" ", text)
    if ":" in text:
        text = QUOTE_TWEET_RE.sub(" ", text)
    return text


def strip_agent_turns(text: str) -> str:
    """In a pasted transcript ("Agent: ...", "[10:02] Customer: ..."), keep the customer's lines."""
    lines = text.split("\n")
    kept: list[str] = []
    speaking = "customer"
    labelled = False
    for line in lines:
        match = SPEAKER_RE.match(line)
        if match:
            who = match.group("who")
            if AGENT_RE.search(who) and not CUSTOMER_RE.search(who) \
                    and not HEADING_RE.search(who):
                speaking, labelled = "agent", True
            elif CUSTOMER_RE.search(who):
                speaking, labelled = "customer", True
                line = line[match.end():]
        if speaking == "customer":
            kept.append(line)
    return "\n".join(kept) if labelled else text


def strip_signature(text: str) -> str:
    """Cut a signature block and a closing sign-off followed only by a short name block."""
    match = SIGNATURE_RE.search(text) if _may_have(text, SIGNATURE_WORDS) else None
    if match:
        text = text[: match.start()]
    lines = text.rstrip().split("\n")
    for i in range(max(0, len(lines) - 6), len(lines)):
        if SIGNOFF_RE.match(lines[i]) and i > 0:
            tail = [ln for ln in lines[i + 1:] if ln.strip()]
            if len(tail) <= 4 and all(len(ln) <= 60 for ln in tail):
                return "\n".join(lines[:i])
    return text


def split_hashtag(tag: str, segment: Callable[[str], str | None] | None) -> str:
    if any(c.isupper() for c in tag[1:]) and not tag.isupper():
        return CAMEL_RE.sub(" ", tag)
    if segment is not None:
        words = segment(tag.lower())
        if words:
            return words
    return tag


def make_segmenter(vocabulary: Collection[str]) -> Callable[[str], str | None]:
    """Split a run of letters into vocabulary words ("fanforlife" -> "fan for life"), or None."""
    vocab = {w for w in vocabulary if w.isalpha() and (len(w) > 1 or w in ("i", "a"))}
    longest = max((len(w) for w in vocab), default=1)

    def segment(word: str) -> str | None:
        if len(word) > 60 or not word.isalpha():
            return None
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - longest), end):
                prev = best[start]
                if prev is not None and word[start:end] in vocab:
                    cand = prev + [word[start:end]]
                    if best[end] is None or len(cand) < len(best[end]):  # type: ignore[arg-type]
                        best[end] = cand
        result = best[len(word)]
        return " ".join(result) if result and len(result) > 1 else None

    return segment


def clean_text(text: str, options: CleanOptions = CleanOptions(),
               segment: Callable[[str], str | None] | None = None) -> str:
    """The customer's own words, ready for the tokenizer.

    Each step first checks for the character that could make it apply: most messages are
    short plain text, and this runs once per message on the hot path.
    """
    ascii_only = text.isascii()
    if options.repair and not ascii_only:
        text = repair_mojibake(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if options.html and ("<" in text or "&" in text):
        text = BR_RE.sub("\n", text)
        text = TAG_RE.sub(" ", text)
        text = html.unescape(text)
    if not ascii_only:          # before the e-mail step: gina\u200b@example.com is an address
        text = INVISIBLE_RE.sub("", text)
    multiline = "\n" in text
    if options.quotes and (multiline or ">" in text or QUOTE_START_RE.match(text)):
        text = strip_quoted(text)
    if options.quotes and "@" in text:
        text = strip_retweets(text)
    if options.agent_turns and ":" in text and (
            SPEAKER_RE.match(text) or (multiline and AGENT_LINE_RE.search(text))):
        text = strip_agent_turns(text)
    if options.signatures and (multiline or "Sent from" in text or "Get Outlook" in text):
        text = strip_signature(text)
    lower = text.lower() if ascii_only else text.casefold()
    if options.urls and ("http" in lower or "www." in lower):
        text = URL_RE.sub(" ", text)
    if "@" in text:
        text = EMAIL_RE.sub(" ", text)
        if options.mentions:
            text = MENTION_RE.sub(" ", text)
    if options.hashtags and "#" in text:
        # A hashtag stands on its own, like a line: "never again #boycott" negates nothing.
        text = HASHTAG_RE.sub(lambda m: "\n" + split_hashtag(m.group(1), segment) + "\n", text)
    if options.redactions and ("__" in text or "[" in text or "{{" in text or "<" in text
                               or "xxxx" in lower or "****" in text):
        text = REDACTION_RE.sub(" ", text)
    if not ascii_only:
        text = straight_quotes(text)
        text = EMOJI_RE.sub(r" \1 ", text)
    elif "`" in text:
        text = text.replace("`", "'")
    if CONTROL_RE.search(text):
        text = CONTROL_RE.sub(" ", text)
    if options.pii:             # before any excerpt is cut, so no number is half-masked
        from relradar.privacy import redact_text

        text = redact_text(text)
    return text.strip()
