"""FastTokenizer gives the tokens spaCy gives, for what the matcher reads (issue 16)."""

from __future__ import annotations

import csv
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relradar.matching import MAX_TOKENS, load_nlp
from relradar.tokenizer import FastTokenizer, rules_from_spacy

from .conftest import DATA, EXAMPLES

TRICKY = ["n't", "'s", "’", "“", "”", "😊", "❤️", "…", "é", "ß", "\u00a0", "\u200b",
          "U.S.", "a.m.", "10a.m.", ":)", ":-(", ":))", "(:", "[:", "<3", "http://x.com/a?b=1",
          "www.test.org", "e-mail", "10km", "$5", "5%", "don't", "can't", "I'm", "gonna",
          "cannot", "y'all", "dont", "#NeverAgain", "@bob", "C++", "\n", "\t", "  ", "\r\n"]
ALPHABET = list("abcXYZ019 .,!?'\"-()[]:;/\\@#$%&*+=<>~^_`{}|\n\t") + TRICKY


def reference(nlp, text: str) -> list[tuple[str, int, int]]:
    """What Matcher reads from spaCy: (lower, start, end), line breaks kept as "\\n"."""
    out = []
    for tok in nlp.tokenizer(text):
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.is_space:
            if "\n" in tok.text:
                out.append(("\n", start, end))
            continue
        out.append((tok.lower_, start, end))
    return out


def corpus() -> list[str]:
    texts = [row["text"] for row in csv.DictReader((EXAMPLES / "chats.csv").open())]
    for line in (EXAMPLES / "emails.jsonl").read_text(encoding="utf-8").splitlines():
        texts += [v for v in json.loads(line).values() if isinstance(v, str)]
    texts += (DATA / "language_cases.yaml").read_text(encoding="utf-8").splitlines()
    rnd = random.Random(16)
    texts += ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 14)))
              for _ in range(5000)]
    return texts


@pytest.fixture(scope="module", params=["en", "es"])
def pair(request):
    nlp = load_nlp(request.param)
    return nlp, FastTokenizer(rules_from_spacy(nlp), {})


def test_same_tokens_as_spacy_on_examples_and_generated_text(pair):
    nlp, fast = pair
    for text in corpus():
        assert fast(text, 10**9) == reference(nlp, text), text


def test_memoised_spans_give_the_same_tokens_the_second_time(pair):
    nlp, fast = pair
    text = "Can't wait :) (:) 9[:) ) ok... I'm LOVING it!!! #fanforlife"
    assert fast(text, 10**9) == fast(text, 10**9) == reference(nlp, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(ALPHABET), st.text(max_size=4)), max_size=30))
def test_same_tokens_as_spacy_on_any_text(parts):
    nlp = load_nlp("en")
    fast = _FAST_EN
    text = "".join(parts)
    assert fast(text, 10**9) == reference(nlp, text)


_FAST_EN = FastTokenizer(rules_from_spacy(load_nlp("en")), {})


def test_matcher_tokens_agree_with_normalisation_and_the_token_limit(default_matcher):
    texts = ["dont u think cuz im loyal", "word " * (MAX_TOKENS + 10), "dont " * MAX_TOKENS,
             "a\n\n b  c \n"]
    for text in texts:
        assert default_matcher.fast_tokenizer(text, MAX_TOKENS) == \
            default_matcher._spacy_tokens(text)


def test_word_finding_by_split_matches_the_span_pattern():
    """_spans_any (str.split and str.find) and _spans_runs (str.split between the kept
    whitespace runs) cut every text as `spans` (the regex) does."""
    import random

    from relradar.tokenizer import _spans, _spans_any, _spans_runs, spans

    rnd = random.Random(16)
    pieces = ["a", "bc", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1f", "é", "😡", "x.y",
              "\r\n", "don't"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert _spans_any(text) == list(spans(text)) == list(_spans(text)) \
            == _spans_runs(text), repr(text)


def test_numbers_are_one_token_as_in_spacy(pair):
    """A run of ASCII digits skips the affix rules (FastTokenizer._span): spaCy agrees, alone
    and beside the characters that do cut a number."""
    nlp, fast = pair
    rnd = random.Random(16)
    numbers = [str(rnd.randrange(10 ** rnd.randint(1, 16))).zfill(rnd.randint(1, 6))
               for _ in range(2000)]
    for number in numbers:
        for text in (number, f"#{number}", f"{number}.", f"${number}", f"{number}km",
                     f"{number}-{number}", f"order {number}, thanks"):
            assert fast(text, 10**9) == reference(nlp, text), text
