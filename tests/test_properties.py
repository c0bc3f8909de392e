"""Property tests (issue 8): arbitrary text and arbitrary files never crash relradar.

(a) cleaning and matching any text: no exception, hits inside the cleaned text, and the same
    result with the fast path (pre-filter) on and off;
(b) reading any CSV / JSONL bytes: only RelradarError subclasses escape, and every row read
    is either used or skipped.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relradar import readers
from relradar.errors import RelradarError
from relradar.lexicon import load_lexicon
from relradar.matching import build_matcher
from relradar.pipeline import clean_and_match
from relradar.readers import ReaderOptions, ReadStats, read_messages
from relradar.privacy import luhn_ok, redact_text
from relradar.text import CleanOptions, clean_text

from .conftest import MINI

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
    routed_text, routed_hits, routed_sentiment, routed_learned = clean_and_match(text, FAST)
    assert routed_hits == slow_hits, "the raw-text pre-filter rejected a text the matcher scores"
    assert routed_text == (slow_text if slow_hits else "")
    assert routed_sentiment == SLOW.analyze_text(text)[2]
    # the learned model reads the same cleaned words on either path
    assert routed_learned == clean_and_match(text, SLOW)[3]


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


# ====================================================================== integrity (issue 13)

ROW_IDS = [f"ID-{i}" for i in range(12)]
# Texts that hold whole fake rows on their own lines: read as rows, they would be forged.
BAIT_TEXTS = st.lists(st.sampled_from(["I love you", "a scam", "\nFORGED-1,I love you\n",
                                       "\nFORGED-2,a scam", ",", '"', "x", " ", ""]),
                      max_size=5).map("".join)
ROW_SHAPES = st.sampled_from(["quoted", "quoted", "unterminated", "stray-quote", "plain",
                              "quote-then-junk"])


def _csv_line(row_id: str, text: str, shape: str) -> str:
    escaped = text.replace('"', '""')
    if shape == "quoted":
        return f'{row_id},"{escaped}"\n'
    if shape == "unterminated":
        return f'{row_id},"{escaped}\n'
    if shape == "stray-quote":
        return f'{row_id},x"{escaped.replace(chr(10), " ")}\n'
    if shape == "quote-then-junk":
        return f'{row_id},"{escaped}"junk\n'
    return f'{row_id},{text.replace(chr(10), " ").replace(chr(34), "")}\n'


@contextlib.contextmanager
def record_limit(chars: int):
    saved = readers.MAX_RECORD_CHARS
    readers.MAX_RECORD_CHARS = chars
    try:
        yield
    finally:
        readers.MAX_RECORD_CHARS = saved


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(ROW_IDS), BAIT_TEXTS, ROW_SHAPES), max_size=10),
       st.sampled_from([40, 10_000]), st.booleans())
def test_csv_quote_chaos_counts_every_row_and_forges_none(workdir, rows, limit, strict):
    """Well-quoted, unterminated, stray-quoted and over-long records whose texts hold fake
    rows: every record is counted once, and no row is ever read from inside a field."""
    body = "".join(_csv_line(rid, text, shape) for rid, text, shape in rows)
    path = write(workdir, ".csv", ("id,text\n" + body).encode("utf-8"))
    stats = ReadStats()
    with record_limit(limit):
        try:
            messages = list(read_messages([str(path)], ReaderOptions(
                text_col="text", id_col="id", strict=strict), stats))
        except RelradarError:
            return
    assert stats.rows_read == stats.rows_used + stats.rows_skipped, stats.to_dict()
    assert stats.skipped_record_lines >= len(stats.skipped_records)
    # An unterminated quote before the last row can be closed by a later row's opening quote,
    # which makes the rest valid CSV by any reader's rules; short of that, nothing is forged.
    if all(shape != "unterminated" for _, _, shape in rows[:-1]):
        assert {m.customer_id for m in messages} <= set(ROW_IDS)


SURROGATE_TEXT = st.text(alphabet=st.sampled_from(["a", " ", "l", "\ud800", "\udfff", "é",
                                                   "\x00", "\u202e"]), max_size=12)


@SETTINGS
@given(st.lists(st.tuples(SURROGATE_TEXT, SURROGATE_TEXT), min_size=1, max_size=6))
def test_lone_surrogates_never_reach_a_message(workdir, rows):
    lines = [json.dumps({"id": cid or "x", "text": text or "y"}) for cid, text in rows]
    path = write(workdir, ".jsonl", "\n".join(lines).encode("utf-8"))
    stats = ReadStats()
    messages = list(read_messages([str(path)], OPTIONS, stats))
    assert stats.rows_read == stats.rows_used + stats.rows_skipped
    for message in messages:
        (message.customer_id + message.text).encode("utf-8")     # would raise on a surrogate


# ====================================================================== privacy (issue 13)

PII_MATCHER = build_matcher(load_lexicon([MINI], use_default=False), CleanOptions(pii=True))
SEPARATOR = st.sampled_from([" ", "-", "/", "_", ".", "", " - ", "  "])


def _luhn_digit(digits: str) -> str:
    for check in "0123456789":
        if luhn_ok(digits + check):
            return check
    raise AssertionError("unreachable")


@st.composite
def card_numbers(draw) -> str:
    body = "4" + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=14,
                                       max_size=14)))
    digits = body + _luhn_digit(body)
    sep = draw(SEPARATOR)
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


@st.composite
def phone_numbers(draw) -> str:
    digits = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=10, max_size=11)))
    style = draw(st.sampled_from(["spaced", "groups", "paren", "intl"]))
    sep = draw(SEPARATOR)
    if style == "spaced":
        return " ".join(digits)
    if style == "paren":
        return f"({digits[:3]}) {digits[3:6]}{sep}{digits[6:]}"
    if style == "intl":
        return f"+{digits[:2]} {digits[2:4]}{sep}{digits[4:8]}{sep}{digits[8:]}"
    return f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}"


@st.composite
def ibans(draw) -> str:
    bban = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=18, max_size=18)))
    check = 98 - int(bban + "131400") % 97            # D=13, E=14, then "00"
    compact = f"DE{check:02d}{bban}"
    sep = draw(st.sampled_from([" ", ""]))
    return sep.join(compact[i:i + 4] for i in range(0, len(compact), 4))


EMAILS = st.builds(lambda local, domain, tld: f"{local}@{domain}.{tld}",
                   st.from_regex(r"[a-z][a-z0-9._+-]{0,10}[a-z0-9]", fullmatch=True),
                   st.from_regex(r"[a-z][a-z0-9-]{0,8}[a-z]", fullmatch=True),
                   st.sampled_from(["com", "co.uk", "org", "io"]))
PII_VALUES = st.one_of(EMAILS, card_numbers(), phone_numbers(), ibans())
AROUND = st.sampled_from(["", " ", "I love you ", " so much", ", ", "(", ")", ":", "\n",
                          "nobody told me ", " a scam", "!", "x"])


def _outputs(path: Path) -> str:
    """Every format classify writes, for one input, with --redact."""
    from relradar import render
    from relradar.pipeline import AnalysisOptions, analyze
    from relradar.portfolio import portfolio, rule_breaks, summary
    from relradar.privacy import protect

    result = analyze([str(path)], PII_MATCHER.lexicon, ReaderOptions(),
                     AnalysisOptions(clean=CleanOptions(pii=True)), matcher=PII_MATCHER)
    customers = [protect(c, True, None) for c in result.customers]
    out = io.StringIO()
    render.write_jsonl(customers, out)
    render.write_csv(customers, out)
    render.write_json(render.document(
        customers, portfolio(customers, result.lexicon), rule_breaks(customers, result.lexicon),
        summary(customers, result.stats.to_dict(), 0), result.lexicon.describe()), out)
    render.render_tables(customers, portfolio(customers, result.lexicon),
                         rule_breaks(customers, result.lexicon),
                         render.make_console(out, width=400), limit=0)
    return out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(PII_VALUES, AROUND, AROUND, st.booleans()), min_size=1, max_size=4))
def test_no_output_contains_a_value_masked_by_redact(workdir, items):
    rows = []
    for i, (value, before, after, as_id) in enumerate(items):
        rows.append({"customer_id": value if as_id else f"c{i}",
                     "text": f"I love you {before}{value}{after} nobody told me"})
    path = write(workdir, ".jsonl", "".join(json.dumps(r) + "\n" for r in rows).encode())
    shown = _outputs(path)
    for value, *_ in items:
        assert value not in shown, value
        assert redact_text(value) != value, value        # the generator makes real values
