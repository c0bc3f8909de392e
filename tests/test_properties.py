"""Property tests (issue 8): arbitrary text and arbitrary files never crash relradar.

(a) cleaning and matching any text: no exception, hits inside the cleaned text, and the same
    result with the fast path (pre-filter) on and off;
(b) reading any CSV / JSONL bytes: only RelradarError subclasses escape, and every row read
    is either used or skipped.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relradar.errors import RelradarError
from relradar.lexicon import load_lexicon
from relradar.matching import build_matcher
from relradar.pipeline import clean_and_match
from relradar.readers import ReaderOptions, ReadStats, read_messages
from relradar.text import clean_text

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Built once for the module: the default lexicon, with and without the pre-filter.
LEXICON = load_lexicon()
FAST = build_matcher(LEXICON, fast_path=True)
SLOW = build_matcher(LEXICON, fast_path=False)

# Words the matcher cares about (terms and modifiers), to make hits likely.
VOCAB = sorted({w for s in LEXICON.signals.values() for t in s.terms for w in t.split()}
               | {w for r in LEXICON.rules.values() for t in r.breaks for w in t.split()}
               | {w for w in LEXICON.modifiers.get("negators") or []}
               | {"not", "never", "but", "so", "used to", "!", "?", ".", ",", "\n", "#", "@",
                  "ALL", "LOVE", "<b>", "&amp;", "On Mon, Jan 1, 2024 Bob wrote:", "> quoted",
                  "Agent: hello", "Customer:", "--", "Sent from my iPhone", "http://x.y/z",
                  "a@b.co", "\u200b", "\u202e", "\x1b[31m", "\r\n", "youâ€™re", "❤️", "🙃"})
SEPARATORS = st.sampled_from([" ", "  ", "", "\n", ", ", "! ", "'", '"', "\t", "#"])
WORDY_TEXT = st.lists(st.tuples(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)),
                                SEPARATORS), max_size=25).map(
    lambda parts: "".join(w + sep for w, sep in parts))


def check_match(text: str) -> None:
    cleaned = clean_text(text)
    assert isinstance(cleaned, str)
    fast_text, fast_hits = FAST.match_text(text)
    slow_text, slow_hits = SLOW.match_text(text)
    assert fast_text == slow_text
    for hit in slow_hits:
        assert 0 <= hit.start <= hit.end <= len(slow_text), hit
        assert slow_text[hit.start:hit.end] == hit.term, hit
    assert fast_hits == slow_hits, "the pre-filter rejected a text the full analysis matches"
    # the pipeline's route: the pre-filter reads the raw text, cleaning only after a maybe
    routed_text, routed_hits, routed_sentiment = clean_and_match(text, FAST)
    assert routed_hits == slow_hits, "the raw-text pre-filter rejected a text the matcher scores"
    assert routed_text == (slow_text if slow_hits else "")
    assert routed_sentiment == SLOW.analyze_text(text)[2]


@SETTINGS
@given(st.text())
def test_any_text_cleans_and_matches(text):
    check_match(text)


@SETTINGS
@given(WORDY_TEXT)
def test_lexicon_words_in_any_arrangement_match_alike_with_and_without_fast_path(text):
    check_match(text)


# ====================================================================== readers

@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props")


_counter = itertools.count()

OPTIONS = ReaderOptions(text_col="text", id_col="id")


def read_all(path: Path) -> None:
    stats = ReadStats()
    try:
        list(read_messages([str(path)], OPTIONS, stats))
    except RelradarError:
        return
    assert stats.rows_read == stats.rows_used + stats.rows_skipped, stats.to_dict()


def write(workdir: Path, suffix: str, data: bytes) -> Path:
    path = workdir / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


HEADERS = st.sampled_from([b"id,text\n", b"id,text,time\n", b"text;id;role\n", b"id\ttext\n",
                           b"\xef\xbb\xbfid,text\n", b"", b"id,text,brand\n"])


@SETTINGS
@given(HEADERS, st.binary(max_size=400), st.sampled_from([".csv", ".txt", ".dat"]))
def test_arbitrary_csv_bytes(workdir, header, body, suffix):
    read_all(write(workdir, suffix, header + body))


CELLS = st.one_of(st.text(max_size=20), st.sampled_from(
    ["", " ", "customer", "agent", "2024-01-01", "1e400", "-99999999999", "nan", '"', "\r",
     "\n", "I love you", "this is a scam", "=cmd", "\x00", "1" * 30]))


@SETTINGS
@given(st.lists(st.sampled_from(["id", "text", "time", "role", "brand", "x", "ID", "Text"]),
                min_size=1, max_size=5),
       st.lists(st.lists(CELLS, max_size=6), max_size=8))
def test_structured_csv_rows(workdir, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    read_all(write(workdir, ".csv", buffer.getvalue().encode("utf-8", "surrogatepass")))


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**15,
                                                                 max_value=10**15),
                         st.floats(allow_nan=True, allow_infinity=True), CELLS)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda kids: st.one_of(
    st.lists(kids, max_size=3),
    st.dictionaries(st.sampled_from(["id", "text", "time", "a", "body"]), kids, max_size=3)),
    max_leaves=10)
JSON_OBJECTS = st.dictionaries(st.sampled_from(["id", "text", "time", "role", "brand",
                                                "message", "user"]), JSON_VALUES, max_size=5)
JSONL_LINES = st.one_of(JSON_OBJECTS.map(json.dumps), JSON_VALUES.map(json.dumps),
                        st.text(max_size=30), st.just(""), st.just("[" * 60),
                        st.just('{"id": "a", "text": ' + "[" * 60 + "]" * 60 + "}"))


@SETTINGS
@given(st.lists(JSONL_LINES, max_size=8), st.booleans())
def test_structured_jsonl_lines(workdir, lines, gzipped):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if gzipped:
        read_all(write(workdir, ".jsonl.gz", gzip.compress(data)))
    else:
        read_all(write(workdir, ".jsonl", data))


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from([".jsonl", ".json", ".ndjson", ".jsonl.gz",
                                                  ".csv.gz"]))
def test_arbitrary_jsonl_and_gzip_bytes(workdir, body, suffix):
    read_all(write(workdir, suffix, b'{"id": "a", "text": "I love you"}\n' + body))
