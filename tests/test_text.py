"""clean_text: only the customer's own words should be left."""

from __future__ import annotations

import pytest

from relradar.text import (
    CleanOptions,
    clean_text,
    make_segmenter,
    repair_mojibake,
    split_hashtag,
    strip_quoted,
    strip_signature,
)

SEG = make_segmenter(["fan", "for", "life"])


def words(text: str) -> str:
    """Whitespace-normalised result, so tests compare words, not spacing."""
    return " ".join(text.split())


# ---------------------------------------------------------------- mojibake


def test_mojibake_repaired() -> None:
    assert clean_text("youâ€™re great") == "you're great"


def test_repair_leaves_clean_text_alone() -> None:
    text = "café, naïve, São Paulo, ¿qué?"
    assert repair_mojibake(text) is text


def test_repair_can_be_switched_off() -> None:
    assert clean_text("youâ€™re", CleanOptions(repair=False)) == "youâ€™re"


# ---------------------------------------------------------------- HTML


def test_html_entities_and_tags() -> None:
    assert words(clean_text("I &amp; you <b>love</b> it &quot;a lot&quot;")) == \
        'I & you love it "a lot"'


def test_html_block_tags_become_line_breaks() -> None:
    out = clean_text("<p>Hello there</p><p>Second para</p>line<br/>break")
    assert [ln.strip() for ln in out.split("\n") if ln.strip()] == [
        "Hello there", "Second para", "line", "break"]


def test_escaped_angle_brackets_are_text_not_tags() -> None:
    assert words(clean_text("I &lt;3 this &amp; that")) == "I <3 this & that"


def test_comparison_signs_are_not_tags() -> None:
    assert clean_text("5 < 6 & 7 > 3") == "5 < 6 & 7 > 3"


def test_html_switched_off() -> None:
    assert clean_text("<b>hi</b> &amp;", CleanOptions(html=False)) == "<b>hi</b> &amp;"


# ---------------------------------------------------------------- quoted replies


@pytest.mark.parametrize("text", [
    "My reply here\n> your old message\n> more of it",
    "My reply here\nOn Tue, Mar 3, 2025, Support wrote:\nold text from support",
    "My reply here\nOn Tue, Mar 3, 2025 at 10:00 AM, Support <help@acme.com>\nwrote:\nold",
    "My reply here\n-----Original Message-----\nFrom: Support\nSent: Monday\nold",
    "My reply here\nForwarded by Jane Doe on 03/03/2025\nold forwarded text",
    "My reply here\n---------- Forwarded message ---------\nFrom: x",
    "My reply here\nBegin forwarded message:\nold",
    "My reply here\nFrom: Support Team\nSent: Tuesday, March 3, 2025\nold",
    "My reply here\n________________________________\nold",
    "My reply here\r\nOn Tue, Mar 3, 2025, Support wrote:\r\n> old",
])
def test_quoted_replies_removed(text: str) -> None:
    assert clean_text(text) == "My reply here"


def test_inline_quote_lines_removed_but_later_text_kept() -> None:
    assert clean_text("first\n> quoted\nsecond") == "first\nsecond"


def test_wrote_in_running_text_is_kept() -> None:
    text = "On Monday I wrote to you about the refund and nobody answered"
    assert clean_text(text) == text


def test_strip_quoted_alone() -> None:
    assert strip_quoted("mine\nOn Mon, Jan 1, 2024, Bob wrote:\ntheirs") == "mine\n"


@pytest.mark.parametrize("text, kept", [
    ("+1 RT @bob: Acme is my one true love", "+1"),
    ("RT @news: Acme retires its last 757 after 31 years", ""),
    ("so true MT @jane: been with Acme since 1998", "so true"),
    ('"@Acme: We value our loyal customers" lol ok', "lol ok"),
    ("\u201c@Acme: we love you all\u201d nope", "nope"),
])
def test_retweets_and_quote_tweets_removed(text: str, kept: str) -> None:
    """A retweet and a quoted tweet are someone else's words; the customer's comment stays."""
    assert clean_text(text) == kept


def test_rt_inside_words_and_plain_mentions_kept() -> None:
    assert clean_text("ART @bob is here").split() == ["ART", "is", "here"]
    assert clean_text("Thanks @acme: great crew") == "Thanks  : great crew"
    assert clean_text("RT @bob: theirs", CleanOptions(quotes=False)) == "RT  : theirs"


def test_quotes_switched_off() -> None:
    text = "mine\n> theirs"
    assert clean_text(text, CleanOptions(quotes=False)) == text


# ---------------------------------------------------------------- signatures


@pytest.mark.parametrize("text", [
    "Love the new app.\n\nBest regards,\nJane",
    "Love the new app.\nKind regards,\nJane Doe\nACME Corp\n+1 555 0100",
    "Love the new app.\nThanks!",
    "Love the new app.\nCheers,\nJ",
    "Love the new app.\nSent from my iPhone",
    "Love the new app.\n\nGet Outlook for Android",
    "Love the new app.\n-- \nJane Doe\nhttps://jane.example",
])
def test_signatures_and_signoffs_removed(text: str) -> None:
    assert clean_text(text) == "Love the new app."


def test_signoff_words_inside_a_sentence_are_kept() -> None:
    text = "Best thing I ever bought\nthanks to your team it works"
    assert clean_text(text) == text


def test_signoff_followed_by_long_text_is_kept() -> None:
    long = "and here is a very long line that is clearly part of the message body itself"
    text = f"Short start\nThanks,\n{long}"
    assert clean_text(text) == text


def test_message_that_is_only_a_signoff_is_kept() -> None:
    assert strip_signature("Thanks!") == "Thanks!"


def test_signatures_switched_off() -> None:
    text = "hi\nSent from my iPhone"
    assert clean_text(text, CleanOptions(signatures=False)) == text


# ---------------------------------------------------------------- URLs, mentions, e-mail


def test_urls_removed() -> None:
    assert words(clean_text("see https://acme.com/a?b=1 and www.acme.org/x now")) == \
        "see and now"


def test_urls_kept_when_switched_off() -> None:
    assert "https://acme.com" in clean_text("see https://acme.com", CleanOptions(urls=False))


def test_mentions_removed_emails_too() -> None:
    assert words(clean_text("@AcmeHelp hey @bob_1 mail me at jane.doe@example.com ok")) == \
        "hey mail me at ok"


def test_mentions_kept_when_switched_off() -> None:
    assert clean_text("hey @acme", CleanOptions(mentions=False)) == "hey @acme"


# ---------------------------------------------------------------- hashtags


def test_camel_case_hashtag() -> None:
    assert clean_text("#NeverAgain") == "Never Again"


def test_hashtag_with_segmenter() -> None:
    assert words(clean_text("proud #fanforlife", segment=SEG)) == "proud fan for life"


def test_hashtag_without_segmenter_loses_only_the_hash() -> None:
    assert clean_text("#fanforlife") == "fanforlife"


def test_hashtags_switched_off() -> None:
    assert clean_text("#NeverAgain", CleanOptions(hashtags=False)) == "#NeverAgain"


def test_hash_number_not_a_hashtag() -> None:
    assert clean_text("order #1 failed") == "order #1 failed"


@pytest.mark.parametrize("tag, expected", [
    ("NeverAgain", "Never Again"),
    ("HTTPError", "HTTP Error"),
    ("NASA", "NASA"),              # all caps: not camel case, segmenter finds nothing
    ("FANFORLIFE", "fan for life"),
    ("fanforlife", "fan for life"),
    ("fanclub", "fanclub"),         # "club" is not in the vocabulary
])
def test_split_hashtag(tag: str, expected: str) -> None:
    assert split_hashtag(tag, SEG) == expected


def test_segmenter() -> None:
    seg = make_segmenter(["fan", "for", "life", "fanfor", "a", "x"])
    assert seg("fanforlife") == "fanfor life"   # fewest words wins
    assert seg("life") is None                  # one word is not a split
    assert seg("lifex") is None                 # single letters other than a / i are dropped
    assert seg("alife") == "a life"
    assert seg("fan4life") is None
    assert seg("") is None


# ---------------------------------------------------------------- redactions


@pytest.mark.parametrize("text, expected", [
    ("my __credit_card__ was charged twice", "my was charged twice"),
    ("[REDACTED] called me", "called me"),
    ("ask {{ agent_name }} please", "ask please"),
    ("call <phone> now", "call now"),
    ("card XXXX-XXXX-1234 declined", "card - -1234 declined"),
])
def test_redactions_removed(text: str, expected: str) -> None:
    assert words(clean_text(text)) == expected


def test_redactions_switched_off() -> None:
    text = "my __credit_card__"
    assert clean_text(text, CleanOptions(redactions=False)) == text


def test_star_mask_removed() -> None:
    assert words(clean_text("my card **** was charged")) == "my card was charged"


# ---------------------------------------------------------------- normalisation


def test_smart_quotes_invisibles_and_controls() -> None:
    assert clean_text("I\u2019m \u201cfine\u201d\u200b\x07ok") == 'I\'m "fine" ok'


def test_emoji_padded_with_spaces() -> None:
    assert clean_text("love😀it") == "love 😀 it"


def test_everything_together() -> None:
    text = ("<p>@AcmeSupport I &amp; my family are a #fanforlife, see https://t.co/x</p>\n"
            "Best regards,\nJane\n\nOn Tue, Mar 3, 2025, Support wrote:\n> how can we help?")
    assert words(clean_text(text, segment=SEG)) == "I & my family are a fan for life , see"


def test_empty_and_whitespace() -> None:
    assert clean_text("") == ""
    assert clean_text("  \n\t ") == ""


def test_pasted_transcripts_keep_the_customer_lines_and_headings():
    chat = "Customer: my bill is wrong again\nAgent: We value your loyalty!\nCustomer: ok"
    assert clean_text(chat) == "my bill is wrong again\nok"
    # a heading the customer writes is not a speaker label, even with "team" or "support" in it
    for text in ["Suggestion for the team: more vegetarian options",
                 "Question to support: why was I charged twice?"]:
        assert clean_text(text) == text
