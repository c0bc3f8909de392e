"""Readers: CSV / JSONL / .gz / stdin -> Message, with every row accounted for."""

from __future__ import annotations

import gzip
import io
import json
import shlex
import shutil
import sys
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.errors import InputError, UsageError
from relradar.readers import ReaderOptions, ReadStats, read_messages
from relradar.text import clean_text
from relradar.timeparse import iso

TESTS = Path(__file__).parent
DATA = TESTS / "data" / "readers"
MINI = TESTS / "data" / "mini.yaml"
T0 = 1741083300.0  # 2025-03-04T10:15:00Z
TWEET = 1509487847.0  # 2017-10-31T22:10:47Z


def read(path: Path | str, **options: object) -> tuple[list, ReadStats]:
    stats = ReadStats()
    reader_options = ReaderOptions(**options)  # type: ignore[arg-type]
    messages = list(read_messages([str(path)], reader_options, stats))
    return messages, stats


def read_error(path: Path | str, **options: object) -> InputError:
    with pytest.raises(InputError) as info:
        read(path, **options)
    text = str(info.value)
    assert "\n" not in text, "error messages must be one line"
    return info.value


def balanced(stats: ReadStats) -> bool:
    return stats.rows_read == stats.rows_used + stats.rows_skipped


# ---------------------------------------------------------------- CSV


def test_csv_comma_with_quoted_comma() -> None:
    messages, stats = read(DATA / "comma.csv")
    assert [(m.customer_id, m.text, m.timestamp) for m in messages] == [
        ("c1", "I love this brand", T0),
        ("c2", "Delivery was late, again", T0),
    ]
    assert [m.source for m in messages] == [f"{DATA / 'comma.csv'}:2", f"{DATA / 'comma.csv'}:3"]
    assert (stats.rows_read, stats.rows_used, stats.rows_skipped) == (2, 2, 0)
    assert stats.files == [str(DATA / "comma.csv")]
    assert stats.warnings == []


def test_csv_semicolon_keeps_commas_in_text() -> None:
    messages, stats = read(DATA / "semicolon.csv")
    assert [(m.customer_id, m.text, m.timestamp) for m in messages] == [
        ("c1", "Bonjour, ça va", T0),
        ("c2", "Second message", T0),  # epoch milliseconds
    ]
    assert (stats.rows_read, stats.rows_used) == (2, 2)


def test_tab_separated() -> None:
    messages, stats = read(DATA / "tab.tsv")
    assert [(m.customer_id, m.text) for m in messages] == [
        ("c1", "Hello, world; fine"),
        ("c2", "Tabbed text"),
    ]
    assert stats.timestamps_missing == 2  # no time column at all


def test_quoted_newlines_keep_row_and_line_numbers() -> None:
    path = DATA / "quoted_newlines.csv"
    messages, stats = read(path)
    assert [(m.customer_id, m.text) for m in messages] == [
        ("c1", "first line\nsecond line"),
        ("c2", 'she said "hi"'),
        ("c3", "after"),
    ]
    # the row after a two-line record starts on line 4, not 3
    assert [m.source for m in messages] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert (stats.rows_read, stats.rows_used) == (3, 3)


def test_utf8_bom_is_not_part_of_the_first_header() -> None:
    assert (DATA / "bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    messages, stats = read(DATA / "bom.csv")
    assert [(m.customer_id, m.text) for m in messages] == [("c1", "hello from a BOM file")]
    assert stats.warnings == []  # customer_id was found despite the BOM


@pytest.mark.parametrize("second", ["customer_id,text", "\ufeffcustomer_id,text",
                                    " customer_id , text"])
def test_a_repeated_header_line_is_skipped_not_a_customer(tmp_path: Path, second: str) -> None:
    # two exports concatenated: the second one's header was a customer named customer_id
    path = tmp_path / "two.csv"
    path.write_text(f"customer_id,text\nc1,I love you\n{second}\nc2,hate you\n",
                    encoding="utf-8")
    messages, stats = read(path)
    assert [m.customer_id for m in messages] == ["c1", "c2"]
    assert stats.rows_read == 3 == stats.rows_used + stats.rows_skipped
    assert dict(stats.skipped) == {"repeated header": 1}
    assert f"{path}:3: repeated header" in stats.first_skips


def test_a_bom_at_each_concatenated_jsonl_part_is_not_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    part = '\ufeff{{"customer_id": "{}", "text": "I love you"}}\n'
    path.write_bytes((part.format("c1") + part.format("c2") + part.format("c3")).encode())
    messages, stats = read(path)
    assert [m.customer_id for m in messages] == ["c1", "c2", "c3"]
    assert stats.rows_read == 3 and stats.rows_skipped == 0
    exploded = tmp_path / "conversations.jsonl"
    exploded.write_bytes(b'{"id": "a", "parts": [{"text": "hi"}]}\n'
                         b'\xef\xbb\xbf{"id": "b", "parts": [{"text": "bye"}]}\n')
    messages, stats = read(exploded, explode="parts", id_col="id")
    assert [m.customer_id for m in messages] == ["a", "b"] and stats.rows_skipped == 0


def test_a_row_that_only_starts_like_the_header_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("customer_id,text\ncustomer_id,text me back\n", encoding="utf-8")
    messages, stats = read(path)
    assert [m.text for m in messages] == ["text me back"] and stats.rows_skipped == 0


def test_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.csv"
    path.write_bytes(b"customer_id,text\r\nc1,hello\r\nc2,bye\r\n")
    messages, _ = read(path)
    assert [(m.customer_id, m.text) for m in messages] == [("c1", "hello"), ("c2", "bye")]


@pytest.mark.parametrize("suffix", [".csv", ".csv.gz", ".jsonl"])
def test_classic_mac_cr_line_endings(tmp_path: Path, suffix: str) -> None:
    # was: "new-line character seen in unquoted field - do you need to open the file in
    # universal-newline mode?" with a hint about the delimiter
    if suffix == ".jsonl":
        data = b'{"customer_id": "c1", "text": "hello"}\r{"customer_id": "c2", "text": "bye"}\r'
    else:
        data = b'customer_id,text\rc1,hello\r"c2","bye\rnow"\rc3,last'
    path = tmp_path / f"mac{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    messages, stats = read(path)
    expected = [("c1", "hello"), ("c2", "bye")] if suffix == ".jsonl" else [
        ("c1", "hello"), ("c2", "bye\nnow"), ("c3", "last")]
    assert [(m.customer_id, m.text) for m in messages] == expected
    if suffix != ".jsonl":
        assert [m.source for m in messages] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert stats.rows_read == stats.rows_used == len(expected)


def test_cr_line_endings_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"customer_id,text\rc1,hi\r")))
    messages, _ = read("-")
    assert [(m.customer_id, m.text) for m in messages] == [("c1", "hi")]


UTF16_ROWS = "customer_id,text\nzoë,I love you\nb,一个 scam\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("name", ["export.csv", "export.jsonl.txt", "export"])
def test_utf16_and_utf32_without_a_bom_are_read(tmp_path: Path, codec: str, name: str) -> None:
    # was: "no text column found ... (columns: c\x00u\x00s...)"; the NUL bytes in the high
    # bytes and a single byte order that decodes to plain text say what the file is
    path = tmp_path / name
    path.write_bytes(UTF16_ROWS.encode(codec))
    messages, _ = read(path)
    assert [(m.customer_id, m.text) for m in messages] == [("zoë", "I love you"),
                                                           ("b", "一个 scam")]
    messages, _ = read(path, encoding=codec)        # naming it still works
    assert len(messages) == 2


def test_utf16_without_a_bom_that_is_not_certain_gets_an_encoding_hint(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    text = UTF16_ROWS + "c,\x07\n"                 # a control character: not certainly text
    path.write_bytes(text.encode("utf-16-le"))
    error = read_error(path)
    assert str(error) == (f"{path}: looks like UTF-16 without a byte-order mark; pass "
                          "--encoding utf-16-le")
    assert read_error(path, encoding="latin-1").hint == "pass --encoding utf-16-le"


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,
    bytes((i * 7919 + 13) % 256 for i in range(3000)),      # noise, like random bytes
    b"\x00" * 2000,
    b"\x89PNG\r\n\x1a\n" + bytes((i * 31) % 256 for i in range(2000)),
])
@pytest.mark.parametrize("name", ["export.csv", "export.jsonl", "export"])
def test_binary_content_under_a_text_name_is_named_not_given_encoding_advice(
        tmp_path: Path, data: bytes, name: str) -> None:
    # was (.csv): "cannot decode byte 0xc0 as utf-8; pass the file's encoding, e.g. latin-1"
    path = tmp_path / name
    path.write_bytes(data)
    error = read_error(path)
    assert str(error).startswith(f"{path}: a binary file is not supported; supported are CSV/TSV")
    assert "--encoding" not in str(error)


def test_text_with_a_few_control_bytes_or_the_wrong_encoding_is_still_text(tmp_path: Path
                                                                           ) -> None:
    hostile = tmp_path / "hostile.csv"
    hostile.write_bytes(b"customer_id,text\nc1,I love \x00 you\nc2,esc \x1b[31m red\x07\n")
    assert [m.customer_id for m in read(hostile)[0]] == ["c1", "c2"]
    latin = tmp_path / "latin.csv"
    latin.write_bytes("customer_id,text\nc1,café crème\n".encode("latin-1"))
    assert "--encoding latin-1" in str(read_error(latin))      # the decoder's advice stays
    assert read(latin, encoding="latin-1")[0][0].text == "café crème"


def test_no_id_column_makes_each_row_its_own_customer(tmp_path: Path) -> None:
    path = tmp_path / "noid.csv"
    path.write_text("text\nhello\nworld\n", encoding="utf-8")
    messages, stats = read(path)
    assert [m.customer_id for m in messages] == [f"{path}:2", f"{path}:3"]
    assert len(stats.warnings) == 1 and "--id-col" in stats.warnings[0]


def test_explicit_columns_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("Who,Words,Other\nx1,hi there,zzz\n", encoding="utf-8")
    messages, _ = read(path, id_col="who", text_col="WORDS")
    assert [(m.customer_id, m.text) for m in messages] == [("x1", "hi there")]


# ---------------------------------------------------------------- JSONL


def test_jsonl_nested_auto_detection() -> None:
    messages, stats = read(DATA / "nested.jsonl")
    # "text" wins over "message.body" in the candidate order; user.id and message.date found
    assert [(m.customer_id, m.text, m.timestamp) for m in messages] == [
        ("u1", "top-level text", TWEET),
        ("u2", "second top", TWEET),
    ]
    assert [m.source for m in messages] == [f"{DATA / 'nested.jsonl'}:1",
                                            f"{DATA / 'nested.jsonl'}:2"]
    assert (stats.rows_read, stats.rows_used, stats.timestamps_missing) == (2, 2, 0)


def test_jsonl_dotted_text_col() -> None:
    messages, _ = read(DATA / "nested.jsonl", text_col="message.body", id_col="user.id")
    assert [(m.customer_id, m.text) for m in messages] == [
        ("u1", "nested body one"),
        ("u2", "nested body two"),
    ]


def test_jsonl_key_with_literal_dot(tmp_path: Path) -> None:
    path = tmp_path / "dots.jsonl"
    path.write_text(json.dumps({"customer.id": "k1", "message.body": "flat dotted key"}) + "\n",
                    encoding="utf-8")
    messages, _ = read(path)
    assert [(m.customer_id, m.text) for m in messages] == [("k1", "flat dotted key")]


def test_jsonl_detected_from_content_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text('{"customer_id": "a", "text": "hi"}\n', encoding="utf-8")
    messages, _ = read(path)
    assert [(m.customer_id, m.text) for m in messages] == [("a", "hi")]


def test_jsonl_numeric_id_becomes_string(tmp_path: Path) -> None:
    path = tmp_path / "num.jsonl"
    path.write_text('{"customer_id": 42, "text": "hi"}\n', encoding="utf-8")
    messages, _ = read(path)
    assert messages[0].customer_id == "42"


def test_jsonl_ids_that_overflow_a_float_stay_distinct_and_booleans_read_as_json(
        tmp_path: Path) -> None:
    # 1e400 and 3e500 were both "inf" (one customer), true was "True" (merged with "True")
    path = tmp_path / "ids.jsonl"
    ids = ["1e400", "-2e999", "3e500", "1", "1.0", "true", '"True"', "false"]
    path.write_text("".join(f'{{"customer_id": {i}, "text": "hello there"}}\n' for i in ids),
                    encoding="utf-8")
    messages, stats = read(path)
    assert [m.customer_id for m in messages] == ["1e400", "-2e999", "3e500", "1", "1.0",
                                                 "true", "True", "false"]
    assert stats.rows_used == len(ids)


# ---------------------------------------------------------------- gzip


@pytest.fixture
def gz_files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name in ("quoted_newlines.csv", "nested.jsonl"):
        target = tmp_path / (name + ".gz")
        target.write_bytes(gzip.compress((DATA / name).read_bytes()))
        out[name] = target
    bare = tmp_path / "export.gz"  # no inner extension: format sniffed from the content
    bare.write_bytes(gzip.compress((DATA / "nested.jsonl").read_bytes()))
    out["bare"] = bare
    return out


def test_gz_csv(gz_files: dict[str, Path]) -> None:
    messages, stats = read(gz_files["quoted_newlines.csv"])
    assert [m.text for m in messages] == ["first line\nsecond line", 'she said "hi"', "after"]
    assert messages[2].source == f"{gz_files['quoted_newlines.csv']}:5"
    assert (stats.rows_read, stats.rows_used) == (3, 3)


def test_gz_jsonl(gz_files: dict[str, Path]) -> None:
    messages, _ = read(gz_files["nested.jsonl"], text_col="message.body")
    assert [(m.customer_id, m.text) for m in messages] == [
        ("u1", "nested body one"), ("u2", "nested body two")]


def test_gz_without_inner_extension_sniffs_jsonl(gz_files: dict[str, Path]) -> None:
    messages, _ = read(gz_files["bare"])
    assert [m.customer_id for m in messages] == ["u1", "u2"]


def test_truncated_gz_is_input_error(tmp_path: Path) -> None:
    blob = gzip.compress((DATA / "accounting.csv").read_bytes() * 50)
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(blob[: len(blob) // 2])
    err = read_error(path)
    assert str(err).startswith(f"{path}: cannot read compressed data")


def test_not_really_gz_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv.gz"
    shutil.copy(DATA / "comma.csv", path)
    err = read_error(path)
    assert "cannot read compressed data" in str(err)


def test_corrupt_gz_is_input_error(tmp_path: Path) -> None:
    lines = "".join(f"c{i},message number {i} words {i * 7919 % 1000}\n" for i in range(2000))
    blob = bytearray(gzip.compress(("customer_id,text\n" + lines).encode()))
    for i in range(40, 60):
        blob[i] ^= 0xFF
    path = tmp_path / "corrupt.csv.gz"
    path.write_bytes(bytes(blob))
    with pytest.raises(zlib.error):  # sanity: the data really is corrupt for zlib
        gzip.decompress(bytes(blob))
    read_error(path)


@pytest.mark.parametrize("name, options", [
    ("twice.csv.gz", {}), ("twice.csv.gz", {"input_format": "csv"}),     # was encoding advice
    ("twice.csv.gz", {"encoding": "latin-1"}), ("twice.jsonl", {}), ("twice.gz", {}),
])
def test_gzip_inside_gzip_is_named(tmp_path: Path, name: str, options: dict) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(gzip.compress((DATA / "comma.csv").read_bytes())))
    err = read_error(path, **options)
    assert str(err) == (f"{path}: gzip inside gzip (the file was compressed twice); "
                        f"decompress it once (gzip -dc {shlex.quote(str(path))} > once.gz) and "
                        "read once.gz")


def test_gzip_inside_gzip_on_stdin_is_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    twice = gzip.compress(gzip.compress((DATA / "comma.csv").read_bytes()))
    result = CliRunner().invoke(app, ["classify", "-", "-f", "csv", "--no-default-lexicon",
                                      "--lexicon", str(MINI)], input=twice)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "relradar: error: <stdin>: gzip inside gzip (the file was compressed twice); "
        "decompress it once more in the pipe: ... | gzip -dc | relradar ..."]


def test_empty_jsonl_gz_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl.gz"
    path.write_bytes(gzip.compress(b""))
    err = read_error(path)
    assert "empty" in str(err)


# ---------------------------------------------------------------- stdin


def test_stdin_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b'{"customer_id": "s1", "text": "from stdin"}\n'))
    monkeypatch.setattr(sys, "stdin", fake)
    messages, stats = read("-")
    assert [(m.customer_id, m.text, m.source) for m in messages] == [
        ("s1", "from stdin", "<stdin>:1")]
    assert stats.files == ["<stdin>"]


def test_stdin_twice_is_usage_error() -> None:
    with pytest.raises(UsageError):
        list(read_messages(["-", "-"], ReaderOptions(), ReadStats()))


def cli(args: list[str], input: str | None = None):  # noqa: A002
    runner = CliRunner()
    return runner.invoke(app, [*args, "--no-default-lexicon", "-l", str(MINI)], input=input)


def test_cli_stdin_csv() -> None:
    result = cli(["classify", "-", "-f", "jsonl", "-q"],
                 input="customer_id,text\na,I love this brand\nb,what a scam\n")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["customer_id"]: r["type"] for r in rows} == {"a": "marriage_partners",
                                                           "b": "enemies"}
    sources = {r["customer_id"]: r["evidence"][0]["source"] for r in rows}
    assert sources == {"a": "<stdin>:2", "b": "<stdin>:3"}


def test_cli_stdin_jsonl_dotted_text_col() -> None:
    lines = [
        {"user": {"id": "u1"}, "message": {"body": "I adore you"}, "text": "ignored"},
        {"user": {"id": "u2"}, "message": {"body": "total scam"}, "text": "ignored"},
    ]
    result = cli(["classify", "-", "-f", "jsonl", "-q", "--text-col", "message.body"],
                 input="".join(json.dumps(x) + "\n" for x in lines))
    assert result.exit_code == 0, result.stderr
    rows = {r["customer_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == {"u1", "u2"}
    assert rows["u1"]["evidence"][0]["term"] == "adore"
    assert rows["u2"]["type"] == "enemies"


def test_cli_empty_stdin() -> None:
    result = cli(["classify", "-"], input="")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["relradar: error: stdin is empty; pipe an export into "
                                          "relradar"]


# ---------------------------------------------------------------- encoding


@pytest.fixture
def latin1_csv(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.csv"
    path.write_bytes("customer_id,text\nc1,plain\nc2,café crème\n".encode("latin-1"))
    return path


def test_latin1_as_utf8_names_file_line_and_flag(latin1_csv: Path) -> None:
    err = read_error(latin1_csv)
    assert err.message == f"{latin1_csv}:3: cannot decode byte 0xe9 as utf-8"
    assert err.hint is not None and "--encoding latin-1" in err.hint


def test_latin1_with_encoding(latin1_csv: Path) -> None:
    messages, stats = read(latin1_csv, encoding="latin-1")
    assert [m.text for m in messages] == ["plain", "café crème"]
    assert (stats.rows_read, stats.rows_used) == (2, 2)


def test_unknown_encoding_is_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        read(DATA / "comma.csv", encoding="no-such-codec")
    assert "no-such-codec" in str(info.value)


def test_mojibake_survives_reading_and_is_repaired_by_clean_text() -> None:
    messages, _ = read(DATA / "mojibake.csv")
    assert messages[0].text == "youâ€™re the best"  # the reader does not alter text
    assert clean_text(messages[0].text) == "you're the best"


# ---------------------------------------------------------------- timestamps in files


def test_timestamp_formats_in_csv() -> None:
    messages, stats = read(DATA / "timestamps.csv")
    got = {m.customer_id: m.timestamp for m in messages}
    assert got == {"c1": T0, "c2": T0, "c3": T0, "c4": T0, "c5": T0, "c6": T0, "c7": T0,
                   "c8": None, "c9": None}
    assert (stats.timestamps_unparsed, stats.timestamps_missing) == (1, 1)
    assert stats.rows_used == 9


def test_day_first_slash_dates(tmp_path: Path) -> None:
    path = tmp_path / "eu.csv"
    path.write_text("customer_id,text,timestamp\n"
                    "a,hello,31/12/2024 14:05\n"
                    "b,hello,05/01/2024\n", encoding="utf-8")
    messages, stats = read(path)
    assert [iso(m.timestamp) for m in messages] == ["2024-12-31T14:05:00Z",
                                                    "2024-05-01T00:00:00Z"]
    assert stats.timestamps_unparsed == 0
    assert stats.warnings == [f"{path}:2: '31/12/2024 14:05' can only be day first, but slash "
                              f"dates such as '05/01/2024' in {path} were read month first; "
                              "if the file writes the day first, use --day-first"]
    messages, stats = read(path, day_first=True)
    assert [iso(m.timestamp) for m in messages] == ["2024-12-31T14:05:00Z",
                                                    "2024-01-05T00:00:00Z"]
    assert stats.warnings == []


def test_slash_dates_that_agree_with_the_order_asked_for_raise_no_warning(tmp_path: Path
                                                                           ) -> None:
    path = tmp_path / "us.csv"
    path.write_text("customer_id,text,timestamp\n"
                    "a,hello,12/31/2024\n"
                    "b,hello,05/01/2024\n"
                    "c,hello,31/12/2024\n"
                    "d,hello,13/01/2024\n", encoding="utf-8")
    _, stats = read(path)
    assert len(stats.warnings) == 1 and stats.warnings[0].startswith(f"{path}:4: ")   # once
    _, stats = read(path, day_first=True)
    assert [w.split(": ")[0] for w in stats.warnings] == [f"{path}:2"]


def test_jsonl_time_key_absent_from_first_object(tmp_path: Path) -> None:
    path = tmp_path / "sparse.jsonl"
    path.write_text('{"customer_id": "c1", "text": "first"}\n'
                    '{"customer_id": "c2", "text": "second", '
                    '"timestamp": "2025-03-04T10:15:00Z"}\n',
                    encoding="utf-8")
    messages, stats = read(path)
    assert messages[1].timestamp == T0
    assert stats.timestamps_missing == 1


# ---------------------------------------------------------------- accounting


def test_csv_accounting() -> None:
    path = DATA / "accounting.csv"
    messages, stats = read(path)
    assert [(m.customer_id, m.text, m.timestamp) for m in messages] == [
        ("c1", "I love you", T0),
        ("c5", "No time here", None),   # role "Customer" matches case-insensitively
        ("c6", "Bad time", None),       # empty role counts as customer
    ]
    assert [m.source for m in messages] == [f"{path}:2", f"{path}:7", f"{path}:8"]
    assert stats.rows_read == 7
    assert stats.rows_used == 3
    assert stats.rows_skipped == 4
    assert dict(stats.skipped) == {"empty text": 1, "non-customer role": 1, "missing id": 1,
                                   "malformed line": 1}
    assert balanced(stats)
    assert (stats.timestamps_missing, stats.timestamps_unparsed) == (1, 1)
    assert stats.first_skips == [f"{path}:3: empty text", f"{path}:4: non-customer role",
                                 f"{path}:5: missing id", f"{path}:6: malformed line"]
    d = stats.to_dict()
    assert (d["rows_read"], d["rows_used"], d["rows_skipped"]) == (7, 3, 4)


def test_jsonl_accounting() -> None:
    path = DATA / "accounting.jsonl"
    messages, stats = read(path)
    assert [(m.customer_id, m.timestamp, m.source) for m in messages] == [
        ("c1", T0, f"{path}:1"), ("c4", None, f"{path}:8"), ("c5", None, f"{path}:9")]
    assert stats.rows_read == 8  # the blank line 7 is not a row
    assert stats.rows_used == 3
    assert dict(stats.skipped) == {"empty text": 1, "non-customer role": 1, "missing id": 1,
                                   "malformed line": 2}
    assert balanced(stats)
    assert (stats.timestamps_missing, stats.timestamps_unparsed) == (1, 1)
    assert f"{path}:5: malformed line" in stats.first_skips
    assert f"{path}:6: malformed line" in stats.first_skips  # [1, 2]: not an object


def test_custom_customer_roles() -> None:
    messages, stats = read(DATA / "accounting.csv", customer_roles=("agent",))
    # only the agent row and the empty-role row pass the role filter
    assert [m.customer_id for m in messages] == ["c3", "c6"]
    assert stats.skipped["non-customer role"] == 4
    assert balanced(stats)


def test_strict_csv_malformed_row() -> None:
    err = read_error(DATA / "accounting.csv", strict=True)
    assert err.message == f"{DATA / 'accounting.csv'}:6: expected 4 fields, found 5"
    assert "--strict" in (err.hint or "")


def test_strict_jsonl_malformed_line() -> None:
    err = read_error(DATA / "accounting.jsonl", strict=True)
    assert err.message.startswith(f"{DATA / 'accounting.jsonl'}:5: malformed JSON")


def test_strict_does_not_reject_ordinary_skips(tmp_path: Path) -> None:
    path = tmp_path / "skips.csv"
    path.write_text("customer_id,text,role\nc1,,customer\nc2,hi,agent\nc3,ok,customer\n",
                    encoding="utf-8")
    messages, stats = read(path, strict=True)
    assert [m.customer_id for m in messages] == ["c3"]
    assert dict(stats.skipped) == {"empty text": 1, "non-customer role": 1}


def test_stats_accumulate_over_files() -> None:
    stats = ReadStats()
    paths = [str(DATA / "comma.csv"), str(DATA / "accounting.jsonl")]
    messages = list(read_messages(paths, ReaderOptions(), stats))
    assert len(messages) == 5
    assert (stats.rows_read, stats.rows_used, stats.rows_skipped) == (10, 5, 5)
    assert stats.files == paths


# ---------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    err = read_error(path)
    assert err.message == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    err = read_error(tmp_path)
    assert err.message == f"{tmp_path} is a directory, not a file"


def test_empty_file() -> None:
    err = read_error(DATA / "empty.csv")
    assert err.message == f"{DATA / 'empty.csv'} is empty"


def test_header_only_csv_is_zero_rows(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("customer_id,text\n", encoding="utf-8")
    messages, stats = read(path)
    assert messages == [] and stats.rows_read == 0


def test_missing_explicit_text_column() -> None:
    path = DATA / "comma.csv"
    err = read_error(path, text_col="body")
    assert err.message == (f"column 'body' not found in {path} "
                           "(columns: customer_id, text, timestamp)")
    assert err.hint == "use --text-col with one of these"


def test_missing_explicit_id_column_names_its_flag() -> None:
    err = read_error(DATA / "comma.csv", id_col="account")
    assert "customer_id, text, timestamp" in err.message
    assert "--id-col" in (err.hint or "")


def test_no_text_column_found(tmp_path: Path) -> None:
    path = tmp_path / "notext.csv"
    path.write_text("customer_id,stuff\nc1,x\n", encoding="utf-8")
    err = read_error(path)
    assert err.message == f"no text column found in {path} (columns: customer_id, stuff)"
    assert err.hint == "use --text-col"


def test_ambiguous_column_auto() -> None:
    path = DATA / "ambiguous.csv"
    err = read_error(path)
    assert err.message == f"text column is ambiguous in {path} (columns Text, text)"
    assert err.hint == "use --text-col"


def test_ambiguous_column_explicit_case_insensitive() -> None:
    err = read_error(DATA / "ambiguous.csv", text_col="TEXT")
    assert "ambiguous" in err.message and "Text, text" in err.message


def test_ambiguous_column_resolved_by_exact_name() -> None:
    messages, _ = read(DATA / "ambiguous.csv", text_col="Text")
    assert [m.text for m in messages] == ["a"]


def test_malformed_first_json_line() -> None:
    path = DATA / "bad_first.jsonl"
    err = read_error(path)
    assert err.message.startswith(f"{path}:2: malformed JSON")  # line 1 is blank


def test_non_object_first_json_line() -> None:
    path = DATA / "nonobject.jsonl"
    err = read_error(path)
    assert err.message == f"{path}:1: not a JSON object (str)"


def test_json_array_file() -> None:
    path = DATA / "array.json"
    err = read_error(path)
    assert err.message == f"{path}:1: this is a JSON array, not JSON Lines"
    assert "jq" in (err.hint or "")


def test_forced_input_format(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text('{"customer_id": "a", "text": "hi"}\n', encoding="utf-8")
    messages, _ = read(path, input_format="jsonl")
    assert [m.text for m in messages] == ["hi"]


# ---------------------------------------------------------------- CLI error lines


def assert_one_error_line(result, exit_code: int = 1) -> str:
    assert result.exit_code == exit_code, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("relradar: error:")
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert isinstance(result.exception, SystemExit)
    return lines[0]


def test_cli_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(["classify", "missing.csv"])
    line = assert_one_error_line(result)
    assert line == "relradar: error: missing.csv: no such file; check the path"
    assert result.stdout == ""


@pytest.mark.parametrize("name, needle", [
    ("empty.csv", "is empty"),
    ("ambiguous.csv", "text column is ambiguous"),
    ("array.json", "this is a JSON array"),
    ("bad_first.jsonl", "bad_first.jsonl:2: malformed JSON"),
    ("nonobject.jsonl", "nonobject.jsonl:1: not a JSON object"),
])
def test_cli_input_errors_are_one_line(name: str, needle: str) -> None:
    line = assert_one_error_line(cli(["classify", str(DATA / name)]))
    assert needle in line


def test_cli_directory(tmp_path: Path) -> None:
    line = assert_one_error_line(cli(["classify", str(tmp_path)]))
    assert "is a directory" in line


def test_cli_latin1_then_encoding_flag(latin1_csv: Path) -> None:
    line = assert_one_error_line(cli(["classify", str(latin1_csv)]))
    assert f"{latin1_csv}:3:" in line and "--encoding" in line
    ok = cli(["classify", str(latin1_csv), "--encoding", "latin-1", "-f", "jsonl", "-q"])
    assert ok.exit_code == 0, ok.stderr
    assert sorted(json.loads(x)["customer_id"] for x in ok.stdout.splitlines()) == ["c1", "c2"]


def test_cli_missing_column_names_flag() -> None:
    line = assert_one_error_line(cli(["classify", str(DATA / "comma.csv"), "--text-col",
                                      "body"]))
    assert "columns: customer_id, text, timestamp" in line and "--text-col" in line


def test_cli_strict_malformed_row() -> None:
    line = assert_one_error_line(cli(["classify", str(DATA / "accounting.csv"), "--strict"]))
    assert "accounting.csv:6: expected 4 fields, found 5" in line


def test_cli_stdin_twice_is_usage_error() -> None:
    assert_one_error_line(cli(["classify", "-", "-"], input="customer_id,text\na,b\n"),
                          exit_code=2)


def test_cli_summary_counts_skips() -> None:
    result = cli(["classify", str(DATA / "accounting.csv"), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert "7 rows read, 3 used, 4 skipped" in result.stderr
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("line", [
    '{"id": 1, "text": "hi", "n": 1.5e3, "ok": true, "x": null}',
    '{"id": 12345678901234567890123, "text": "long ids stay exact"}',
    '{"id": "a", "text": "not a number", "v": NaN}',
    '{"id": "a", "text": "too big", "v": 1e400}',
    '{"id": "a", "text": "lone surrogate \\ud800"}',
    '{"id": "a", "text": "brackets in a string [[[[{{{{"}',
    '{"id": "a", "t": ' + "[" * 50 + "]" * 50 + "}",
    '{"id": "a", "t": ' + "[" * 49 + "]" * 49 + "}",
    "[" * 2000 + "]" * 2000,
    '{"id": "a"',
    '"just a string"',
    '{"a": 1} trailing',
])
def test_json_lines_read_as_the_standard_library_reads_them(line: str) -> None:
    """orjson is the fast path; values and error messages are the standard library's."""
    from relradar.readers import _parse_json_line, _parse_json_slowly

    assert _parse_json_line(line) == _parse_json_slowly(line)


def test_read_stats_merge_counts_as_one_reader(tmp_path):
    """A cluster adds up its pieces' counts: the merge keeps every count one reader keeps."""
    from relradar.readers import ReaderOptions, ReadStats, read_messages

    first = tmp_path / "a.jsonl"
    first.write_text('{"customer_id": "a", "text": "bad \\ud800 text"}\n{"customer_id": "b"}\n',
                     encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text('customer_id,text\nc,"never closed\nd,more\n', encoding="utf-8")
    whole = ReadStats()
    list(read_messages([str(first), str(second)], ReaderOptions(), whole))
    merged = ReadStats()
    for path in (first, second):
        part = ReadStats()
        list(read_messages([str(path)], ReaderOptions(), part))
        merged.merge(part)
    assert merged.surrogates_replaced == whole.surrogates_replaced == 1
    assert merged.skipped_record_lines == whole.skipped_record_lines > 0
    assert merged.to_dict() == whole.to_dict()
