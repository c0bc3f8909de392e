"""Excel, Parquet, e-mail and nested chat exports; binary formats named, never given encoding
advice; gzip recognised by its bytes on stdin; --encoding-errors replace counts what it did."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.errors import InputError
from relradar.readers import ReaderOptions, ReadStats, read_messages

from .conftest import EXAMPLES

pytest.importorskip("python_calamine")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def load_maker():
    spec = importlib.util.spec_from_file_location("make_formats", EXAMPLES / "make_formats.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def classify(*args: str, input: bytes | None = None):
    return CliRunner().invoke(app, ["classify", *args], input=input)


def jsonl_types(*args: str, input: bytes | None = None) -> dict[str, str]:
    result = classify(*args, "-f", "jsonl", "-q", input=input)
    assert result.exit_code == 0, result.stderr
    return {d["customer_id"]: d["type"] for d in map(json.loads, result.stdout.splitlines())}


def summary(*args: str) -> dict:
    result = classify(*args, "-f", "json", "-q")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["summary"]


def csv_rows() -> int:
    with (EXAMPLES / "chats.csv").open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def email_rows() -> int:
    return sum(1 for line in (EXAMPLES / "emails.jsonl").read_text().splitlines() if line)


# ---------------------------------------------------------------- the example files

@pytest.mark.parametrize("name, rows", [("chats.xlsx", csv_rows), ("emails.parquet", email_rows),
                                        ("emails.mbox", email_rows)])
def test_example_formats_count_every_row(name, rows):
    s = summary(str(EXAMPLES / name))
    assert s["rows_read"] == rows() == s["rows_used"] + s["rows_skipped"]
    assert s["customers"] > 20


def test_xlsx_classifies_like_the_csv():
    assert jsonl_types(str(EXAMPLES / "chats.xlsx")) == jsonl_types(str(EXAMPLES / "chats.csv"))


def test_parquet_classifies_like_the_jsonl():
    assert jsonl_types(str(EXAMPLES / "emails.parquet")) == \
        jsonl_types(str(EXAMPLES / "emails.jsonl"))


def test_mbox_sender_is_the_customer():
    by_mail = jsonl_types(str(EXAMPLES / "emails.mbox"))
    by_jsonl = jsonl_types(str(EXAMPLES / "emails.jsonl"))
    assert by_mail == {f"{cid}@customers.example": t for cid, t in by_jsonl.items()}


def test_example_files_are_reproducible(tmp_path):
    maker = load_maker()
    for name in ("chats.csv", "emails.jsonl"):
        (tmp_path / name).write_bytes((EXAMPLES / name).read_bytes())
    maker.HERE = tmp_path
    maker.main()
    assert (tmp_path / "chats.xlsx").read_bytes() == (EXAMPLES / "chats.xlsx").read_bytes()
    assert (tmp_path / "emails.mbox").read_bytes() == (EXAMPLES / "emails.mbox").read_bytes()
    assert pq.read_table(tmp_path / "emails.parquet").equals(
        pq.read_table(EXAMPLES / "emails.parquet"))


# ---------------------------------------------------------------- Excel details

def test_xlsx_numeric_ids_and_extra_sheets(tmp_path):
    maker = load_maker()
    path = tmp_path / "crm.xlsx"
    maker.write_xlsx([["customer_id", "text"], [447700900123, "I adore you, loyal forever"],
                      [42.0, "so in love with this brand"]], path)
    messages = list(read_messages([str(path)], ReaderOptions(), ReadStats()))
    assert [m.customer_id for m in messages] == ["447700900123", "42"]
    assert messages[0].source == f"{path}:2"


def test_a_repeated_excel_header_is_ambiguous_as_in_csv(tmp_path):
    # the second 'text' column (empty) overwrote the first: the message was lost unreported
    rows = [["customer_id", "text", "text"], ["a", "I love you", ""]]
    book = tmp_path / "dup.xlsx"
    load_maker().write_xlsx(rows, book)
    sheet = tmp_path / "dup.csv"
    sheet.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    results = [classify(str(path)) for path in (sheet, book)]
    assert [r.exit_code for r in results] == [1, 1]
    assert results[1].stderr.replace("dup.xlsx", "dup.csv") == results[0].stderr
    assert "text column is ambiguous in" in results[1].stderr
    assert "(columns text, text)" in results[1].stderr and "--text-col" in results[1].stderr


def test_a_repeated_data_frame_label_is_ambiguous():
    pd = pytest.importorskip("pandas")
    from relradar.readers_formats import read_frame

    frame = pd.DataFrame([["a", "I love you", ""]], columns=["customer_id", "text", "text"])
    with pytest.raises(InputError, match=r"text column is ambiguous in frame \(columns text, "):
        list(read_frame(frame, ReaderOptions(), ReadStats()))


def test_excel_and_parquet_booleans_read_as_json_writes_them(tmp_path):
    # 'True' in Excel against 'true' in JSONL would be two customers
    book = tmp_path / "flags.xlsx"
    load_maker().write_xlsx([["customer_id", "text", "brand"], [True, "I love you", False]],
                            book)
    table = tmp_path / "flags.parquet"
    pq.write_table(pa.table({"customer_id": [True], "text": ["I love you"],
                             "brand": [False]}), table)
    lines = tmp_path / "flags.jsonl"
    lines.write_text('{"customer_id": true, "text": "I love you", "brand": false}\n')
    for path in (book, table, lines):
        messages = list(read_messages([str(path)], ReaderOptions(brand_col="brand"),
                                      ReadStats()))
        assert [(m.customer_id, m.brand) for m in messages] == [("true", "false")], path


def test_damaged_xlsx_is_one_line(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    result = classify(str(path))
    assert result.exit_code == 1
    assert "cannot read the workbook" in result.stderr and "--encoding" not in result.stderr


def flipped(source: Path, start: int, count: int, target: Path) -> str:
    """A copy of `source` with `count` bytes from `start` inverted: damage inside the data."""
    data = bytearray(source.read_bytes())
    data[start:start + count] = bytes(b ^ 0xFF for b in data[start:start + count])
    target.write_bytes(bytes(data))
    return str(target)


def test_damage_inside_the_sheet_or_the_parquet_data_is_one_line(tmp_path):
    # the workbook and the Parquet file open; the damage shows when the rows are read
    sheet = classify(flipped(EXAMPLES / "chats.xlsx", 9636, 100, tmp_path / "sheet.xlsx"))
    assert sheet.exit_code == 1
    assert sheet.stderr.count("\n") == 1 and "Traceback" not in sheet.stderr
    assert "sheet.xlsx: cannot read" in sheet.stderr
    data = classify(flipped(EXAMPLES / "emails.parquet", 4175, 200, tmp_path / "data.parquet"))
    assert data.exit_code == 1
    assert data.stderr.count("\n") == 1 and "cannot write" not in data.stderr
    assert "data.parquet:1: cannot read rows 1 onwards" in data.stderr


# ---------------------------------------------------------------- Parquet details

def test_parquet_streams_in_batches_with_column_projection(tmp_path):
    from relradar.readers_formats import PARQUET_BATCH, parquet_records

    rows = PARQUET_BATCH * 2 + 7
    table = pa.table({"customer_id": [f"c{i % 50}" for i in range(rows)],
                      "text": ["hello"] * rows, "payload": ["x" * 100] * rows})
    path = tmp_path / "big.parquet"
    pq.write_table(table, path, row_group_size=PARQUET_BATCH // 2)
    records = list(parquet_records(str(path), str(path), ReaderOptions()))
    assert len(records) == rows
    assert set(records[0][1]) == {"customer_id", "text"}        # payload never read
    assert records[-1][0] == f"{path}:{rows}"


def test_parquet_nested_columns_by_dotted_path(tmp_path):
    path = tmp_path / "nested.parquet"
    pq.write_table(pa.Table.from_pylist([{"customer": {"id": "a", "tier": "gold"},
                                          "message": {"body": "love you guys forever"}}]), path)
    messages = list(read_messages([str(path)], ReaderOptions(text_col="message.body"),
                                  ReadStats()))
    assert [(m.customer_id, m.text) for m in messages] == [("a", "love you guys forever")]


@pytest.fixture()
def binary_parquet(tmp_path) -> Path:
    path = tmp_path / "binary.parquet"
    pq.write_table(pa.table({"customer_id": pa.array([b"a", b"b"], pa.binary()),
                             "text": pa.array([b"I love you", b"caf\xe9 \xff bad"],
                                              pa.binary())}), path)
    return path


def test_parquet_binary_columns_are_decoded_as_text(binary_parquet):
    # they were the Python repr "b'I love you'", and undecodable bytes passed unnoticed
    messages = list(read_messages([str(binary_parquet)], ReaderOptions(encoding="latin-1"),
                                  ReadStats()))
    assert [(m.customer_id, m.text) for m in messages] == [("a", "I love you"),
                                                          ("b", "caf\xe9 \xff bad")]


def test_parquet_binary_bad_bytes_are_handled_as_in_csv(binary_parquet):
    result = classify(str(binary_parquet))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert f"{binary_parquet}:2: cannot decode byte 0xe9 in column 'text' as utf-8" \
        in result.stderr and "--encoding-errors replace" in result.stderr
    stats = ReadStats()
    messages = list(read_messages([str(binary_parquet)],
                                  ReaderOptions(encoding_errors="replace"), stats))
    assert [m.text for m in messages] == ["I love you", "caf\ufffd \ufffd bad"]
    assert stats.rows_with_replaced_bytes == 1 and stats.rows_used == 2


def test_parquet_binary_columns_on_a_cluster_read_as_on_one_machine(binary_parquet):
    from relradar.engines.pieces import plan_pieces, read_piece

    (piece,) = plan_pieces([str(binary_parquet)])
    stats = ReadStats()
    messages = list(read_piece(piece, ReaderOptions(encoding_errors="replace"), stats))
    assert [(m.customer_id, m.text) for m in messages] == [("a", "I love you"),
                                                          ("b", "caf\ufffd \ufffd bad")]
    assert stats.rows_with_replaced_bytes == 1
    with pytest.raises(InputError, match="binary.parquet:2: cannot decode byte 0xe9"):
        list(read_piece(piece, ReaderOptions(), ReadStats()))


# ---------------------------------------------------------------- e-mail details

def test_eml_file(tmp_path):
    path = tmp_path / "one.eml"
    path.write_bytes(b"From: Ann Lee <Ann@Example.com>\r\nDate: Tue, 3 Jun 2025 10:00:00 +0000\r\n"
                     b"Subject: Thank you\r\nContent-Type: text/plain; charset=latin-1\r\n\r\n"
                     b"You have always been there for me, caf\xe9 team.\r\n")
    messages = list(read_messages([str(path)], ReaderOptions(), ReadStats()))
    assert len(messages) == 1
    m = messages[0]
    assert m.customer_id == "ann@example.com" and m.timestamp is not None
    assert m.text.startswith("Thank you\n") and "café" in m.text


# ---------------------------------------------------------------- unsupported and binary

@pytest.mark.parametrize("name, data, what", [
    ("report.pdf", b"%PDF-1.7\n...", "a PDF document"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old-style Excel"),
    ("export.dat", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old-style Office"),
    ("dump.bin", bytes(range(256)) * 8, "a binary file"),
    ("archive.zip", b"PK\x03\x04" + b"\x14\x00" * 20 + b"readme.txt", "a ZIP archive"),
    ("data.csv.bz2", b"BZh91AY&SY", "a bzip2 archive"),
])
def test_unsupported_formats_are_named_without_encoding_advice(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    result = classify(str(path))
    assert result.exit_code == 1
    assert what in result.stderr and "is not supported; supported are CSV/TSV" in result.stderr
    assert "--encoding" not in result.stderr and result.stderr.count("\n") == 1


def test_binary_on_stdin_is_named():
    result = classify("-", input=(EXAMPLES / "emails.parquet").read_bytes()[:4] + b"\x00" * 50)
    assert result.exit_code == 1 and "Parquet" in result.stderr
    pdf = classify("-", input=b"%PDF-1.4 ...")
    assert pdf.exit_code == 1 and "a PDF document is not supported" in pdf.stderr


def test_gzip_is_detected_on_stdin():
    data = gzip.compress((EXAMPLES / "chats.csv").read_bytes())
    assert jsonl_types("-", input=data) == jsonl_types(str(EXAMPLES / "chats.csv"))


def test_gzip_is_detected_under_any_name(tmp_path):
    path = tmp_path / "chats.csv"            # gzipped, but not named .gz
    path.write_bytes(gzip.compress((EXAMPLES / "chats.csv").read_bytes()))
    assert jsonl_types(str(path)) == jsonl_types(str(EXAMPLES / "chats.csv"))


def test_xlsx_and_parquet_on_stdin():
    assert jsonl_types("-", input=(EXAMPLES / "chats.xlsx").read_bytes()) == \
        jsonl_types(str(EXAMPLES / "chats.csv"))
    assert jsonl_types("-", input=gzip.compress((EXAMPLES / "emails.parquet").read_bytes())) \
        == jsonl_types(str(EXAMPLES / "emails.jsonl"))


def test_xlsx_is_a_zip_with_a_workbook():
    with zipfile.ZipFile(EXAMPLES / "chats.xlsx") as archive:
        assert "xl/workbook.xml" in archive.namelist()


# ---------------------------------------------------------------- --encoding-errors replace

@pytest.fixture()
def one_bad_byte(tmp_path) -> Path:
    path = tmp_path / "bad.csv"
    lines = [b"customer_id,text"] + [f"c{i},I love you guys".encode() for i in range(30)]
    lines[14] = b"c13,I love you guys caf\xe9"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_bad_byte_stops_the_run_with_a_hint(one_bad_byte):
    result = classify(str(one_bad_byte))
    assert result.exit_code == 1
    assert f"{one_bad_byte}:15: cannot decode byte 0xe9" in result.stderr
    assert "--encoding-errors replace" in result.stderr


def test_encoding_errors_replace_keeps_going_and_counts(one_bad_byte):
    result = classify(str(one_bad_byte), "--encoding-errors", "replace", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["summary"]["rows_used"] == 30
    assert doc["summary"]["rows_with_replaced_bytes"] == 1
    assert "1 rows had undecodable bytes replaced" in result.stderr
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((EXAMPLES.parent / "docs" / "output.schema.json").read_text())
    jsonschema.validate(doc["summary"], {**schema["$defs"]["summary"], "$defs": schema["$defs"]})


def test_encoding_errors_must_be_known(one_bad_byte):
    assert classify(str(one_bad_byte), "--encoding-errors", "ignore").exit_code == 2


# ---------------------------------------------------------------- --explode

@pytest.fixture()
def intercom(tmp_path) -> Path:
    conversations = [
        {"id": "conv1", "user": {"id": "u1"}, "conversation_parts": [
            {"author": {"type": "user"}, "body": "I absolutely love you guys, loyal forever",
             "created_at": 1717000000},
            {"author": {"type": "admin"}, "body": "We love our loyal customers!",
             "created_at": 1717000100},
            {"author": {"type": "user"}, "body": "never switching", "created_at": 1717000200}]},
        {"id": "conv2", "user": {"id": "u2"}, "conversation_parts": []},
        {"id": "conv3", "user": {"id": "u3"}, "conversation_parts": [
            {"author": {"type": "user"}, "body": "you are the worst, a total scam",
             "created_at": 1717000300}]},
    ]
    path = tmp_path / "intercom.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in conversations) + "\nnot json\n")
    return path


def test_explode_reads_one_row_per_part(intercom):
    result = classify(str(intercom), "--explode", "conversation_parts", "--id-col", "user.id",
                      "--text-col", "body", "--role-col", "author.type", "--time-col",
                      "created_at", "--customer-role", "user", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    s = doc["summary"]
    assert s["rows_read"] == 6 == s["rows_used"] + s["rows_skipped"]
    assert s["skipped_reasons"] == {"non-customer role": 1, "no parts at conversation_parts": 1,
                                    "malformed line": 1}
    by_id = {c["customer_id"]: c for c in doc["customers"]}
    assert set(by_id) == {"u1", "u3"} and by_id["u1"]["messages"] == 2
    assert by_id["u1"]["evidence"][0]["source"].startswith(f"{intercom}:1[")


def test_explode_counts_parts_that_are_not_objects_as_skipped(tmp_path):
    # a number, null, a list and booleans are rows read and skipped, never dropped unseen
    path = tmp_path / "parts.jsonl"
    path.write_text(json.dumps({"user": {"id": "u5"}, "conversation_parts": [
        1, None, [2], True, False, {"body": None}, {"body": "I love you guys"}]}) + "\n")
    stats = ReadStats()
    messages = list(read_messages([str(path)], ReaderOptions(
        explode="conversation_parts", text_col="body", id_col="user.id"), stats))
    assert [m.text for m in messages] == ["I love you guys"]
    assert stats.rows_read == 7 == stats.rows_used + stats.rows_skipped
    assert dict(stats.skipped) == {"part not an object": 5, "empty text": 1}
    assert f"{path}:1[1]: part not an object" in stats.first_skips


def test_explode_reads_a_string_part_under_the_text_column(tmp_path):
    """A part that is a string was stored as 'text', which --text-col body never read: it
    was counted as an empty text."""
    path = tmp_path / "parts.jsonl"
    path.write_text(json.dumps({"user": {"id": "u5"}, "conversation_parts": [
        {"body": "I love you guys"}, "and a plain string part"]}) + "\n")
    stats = ReadStats()
    messages = list(read_messages([str(path)], ReaderOptions(
        explode="conversation_parts", text_col="body", id_col="user.id"), stats))
    assert [m.text for m in messages] == ["I love you guys", "and a plain string part"]
    assert stats.rows_read == 2 and stats.rows_skipped == 0


def test_explode_needs_jsonl():
    result = classify(str(EXAMPLES / "chats.csv"), "--explode", "parts")
    assert result.exit_code == 2 and "--explode reads JSON Lines" in result.stderr


def test_reader_errors_are_input_errors(tmp_path):
    path = tmp_path / "empty.xlsx"
    load_maker().write_xlsx([], path)
    with pytest.raises(InputError, match="first sheet is empty"):
        list(read_messages([str(path)], ReaderOptions(), ReadStats()))
