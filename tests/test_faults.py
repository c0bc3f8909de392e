"""Fault injection: hostile and faulty inputs, outputs and signals (issue 13).

One case per kind of misbehaviour: rows lost or forged, one row ending a run, privacy that
held in one place only, escape sequences reaching a terminal, output faults ending in
tracebacks, lexicons without limits. Each asserts the guarantee, not the old symptom: no
traceback, one `relradar:` line, a documented exit code, every row counted, nothing masked
shown, the previous output intact.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import encodings
import encodings.aliases
import json
import os
import pkgutil
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar import decoding
from relradar import lexicon as lexicon_module
from relradar import readers
from relradar.cli import app
from relradar.errors import RelradarError
from relradar.privacy import redact_text
from relradar.readers import ReaderOptions, ReadStats, read_messages

from .conftest import MINI, ROOT

MINI_ARGS = ["--no-default-lexicon", "--lexicon", str(MINI)]
HANG_GUARD = 60.0      # seconds: "finishes", not "is fast"
ESCAPES = ("\x1b", "\x9b", "\x07", "\u202e")


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "400")
    monkeypatch.delenv("RELRADAR_SALT", raising=False)
    monkeypatch.chdir(ROOT)
    return CliRunner()


def invoke(runner: CliRunner, *args: str, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def assert_clean_exit(result, code: int | None = None) -> None:
    """Ended through the CLI's own handling: no escaped exception, stderr only one-liners."""
    exc = result.exception
    assert exc is None or isinstance(exc, SystemExit), f"uncaught {type(exc).__name__}: {exc}"
    for line in result.stderr.splitlines():
        assert line.startswith("relradar:"), f"unexpected stderr line {line!r}"
    if code is not None:
        assert result.exit_code == code, result.stderr


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "relradar", *[str(a) for a in args]]


def run_cli(*args: str, timeout: float = HANG_GUARD, **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cli(*args), capture_output=True, cwd=ROOT, timeout=timeout,
                              **kwargs)
    except subprocess.TimeoutExpired:
        pytest.fail(f"relradar {' '.join(map(str, args[:2]))} did not finish in {timeout:.0f} s")


def assert_one_line_error(proc: subprocess.CompletedProcess, code: int = 1) -> str:
    err = proc.stderr.decode(errors="replace")
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    lines = err.splitlines()
    assert lines and all(line.startswith("relradar:") for line in lines), err
    return err


def read_all(path: Path, **options) -> tuple[list, ReadStats]:
    stats = ReadStats()
    messages = list(read_messages([str(path)], ReaderOptions(**options), stats))
    return messages, stats


def accounted(stats: ReadStats) -> bool:
    return stats.rows_read == stats.rows_used + stats.rows_skipped


# ====================================================================== integrity: CSV records

def unterminated_csv(tmp_path: Path, after: int = 500) -> Path:
    lines = ["customer_id,text", "a,I love you", 'b,"I love you so much']
    lines += [f"forged{i},nobody told me, a scam" for i in range(after)]
    path = tmp_path / "unterminated.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_unterminated_quote_is_one_skipped_record_with_its_lines(tmp_path):
    messages, stats = read_all(unterminated_csv(tmp_path))
    assert [m.customer_id for m in messages] == ["a"]          # nothing forged from inside
    assert (stats.rows_read, stats.rows_used, stats.rows_skipped) == (2, 1, 1)
    assert stats.skipped == {"unterminated quote": 1}
    assert stats.skipped_records == [{"where": f"{tmp_path / 'unterminated.csv'}:3",
                                      "reason": "unterminated quote", "lines": 501}]
    assert stats.skipped_record_lines == 501
    assert any("501 physical lines" in w for w in stats.warnings)


def test_unterminated_quote_is_reported_by_classify_and_strict_fails(runner, tmp_path):
    path = unterminated_csv(tmp_path)
    result = invoke(runner, "classify", path, *MINI_ARGS, "-f", "json")
    assert_clean_exit(result, 0)
    summary = json.loads(result.stdout)["summary"]
    assert summary["skipped_records"][0]["lines"] == 501
    assert summary["skipped_reasons"] == {"unterminated quote": 1}
    assert "unterminated.csv:3: skipped one record of 501 physical lines" in result.stderr
    strict = invoke(runner, "classify", path, *MINI_ARGS, "--strict")
    assert_clean_exit(strict, 1)
    assert "unterminated.csv:3: a quoted field opened here is never closed" in strict.stderr


def test_oversize_record_is_skipped_whole_never_reread_as_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_RECORD_CHARS", 2000)
    inner = "\n".join(f"forged{i},I love you so much" for i in range(200))
    path = tmp_path / "big_field.csv"
    path.write_text(f'customer_id,text\na,I love you\nb,"{inner}"\nc,a scam\n', encoding="utf-8")
    messages, stats = read_all(path)
    assert [m.customer_id for m in messages] == ["a", "c"]
    assert stats.skipped == {"record too large": 1}
    assert stats.skipped_records[0] == {"where": f"{path}:3", "reason": "record too large",
                                        "lines": 200}
    assert accounted(stats)
    with pytest.raises(RelradarError, match=r"big_field.csv:3: a record longer than"):
        read_all(path, strict=True)


def test_multiline_fields_and_bad_quotes_keep_their_line_numbers(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text('customer_id,text\na,"two\nlines"\nb,"bad"x\nc,"say ""hi"""\n5" tall,ok\n',
                    encoding="utf-8")
    messages, stats = read_all(path)
    assert [(m.customer_id, m.source.rsplit(":", 1)[1]) for m in messages] == [
        ("a", "2"), ("c", "5"), ('5" tall', "6")]
    assert stats.first_skips == [f"{path}:4: malformed line"]
    assert accounted(stats)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_one_overlong_line_is_skipped_and_counted_not_fatal(tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(decoding, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(readers, "MAX_RECORD_CHARS", 1000)
    path = tmp_path / f"long{suffix}"
    rows = [("a", "I love you"), ("b", "x" * 5000), ("c", "a scam")]
    if suffix == ".csv":
        path.write_text("customer_id,text\n" + "".join(f"{i},{t}\n" for i, t in rows))
    else:
        path.write_text("".join(json.dumps({"customer_id": i, "text": t}) + "\n"
                                for i, t in rows))
    messages, stats = read_all(path)
    assert [m.customer_id for m in messages] == ["a", "c"]
    assert stats.skipped == {"line too long": 1} and accounted(stats)
    with pytest.raises(RelradarError, match="a line longer than"):
        read_all(path, strict=True)


# ====================================================================== integrity: streams

def test_fifo_is_read_as_a_stream(tmp_path):
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("w") as handle:
            handle.write("customer_id,text\na,I love you\nb,a scam\n")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    messages, stats = read_all(fifo)
    writer.join(5)
    assert [m.customer_id for m in messages] == ["a", "b"]
    assert stats.rows_used == 2


def test_process_substitution_is_read_as_a_stream(tmp_path):
    source = tmp_path / "src.csv"
    source.write_text("customer_id,text\na,I love you\nb,a scam\n", encoding="utf-8")
    command = " ".join(cli("classify", f"<(cat {source})", *MINI_ARGS, "-f", "jsonl"))
    proc = subprocess.run(["bash", "-c", command], capture_output=True, cwd=ROOT,
                          timeout=HANG_GUARD)
    assert proc.returncode == 0, proc.stderr.decode()
    assert [json.loads(line)["customer_id"] for line in proc.stdout.splitlines()] == ["a", "b"]


# ====================================================================== integrity: text

LONE = "\ud800"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_lone_surrogates_in_id_and_text_do_not_end_the_run(runner, tmp_path, fmt):
    path = tmp_path / "surrogates.jsonl"
    rows = [{"customer_id": f"x{LONE}y", "text": f"I love you {LONE}\udc00 so much",
             "brand": f"b{LONE}"},
            {"customer_id": "plain", "text": "a scam"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = invoke(runner, "classify", path, *MINI_ARGS, "--brand-col", "brand", "-f", fmt)
    assert_clean_exit(result, 0)
    assert "x\ufffdy" in result.stdout and "plain" in result.stdout
    _, stats = read_all(path)
    assert stats.surrogates_replaced == 1 and stats.rows_used == 2


def test_undecodable_file_name_does_not_end_the_run(tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.csv"))
    path.write_text("customer_id,text\na,I love you\n", encoding="utf-8")
    proc = run_cli("classify", path, *MINI_ARGS, "-f", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    json.loads(proc.stdout)


@pytest.mark.parametrize("codec,args", [
    ("utf-16", ["--encoding", "utf-16"]),
    ("utf-16", []),                           # the BOM alone says what the file is
    ("utf-32", []),
    ("utf-8-sig", []),
    ("utf-16-be", ["--encoding", "utf-16-be"]),
    ("cp037", ["--encoding", "cp037"]),      # EBCDIC: its newline is not the byte 0x0a
])
def test_unicode_boms_and_non_ascii_codecs_are_honoured(runner, tmp_path, codec, args):
    path = tmp_path / "export.csv"
    path.write_bytes("customer_id,text\nzoë,I love you\nb,a scam\n".encode(codec))
    result = invoke(runner, "classify", path, *MINI_ARGS, *args, "-f", "jsonl")
    assert_clean_exit(result, 0)
    assert [json.loads(line)["customer_id"] for line in result.stdout.splitlines()] == [
        "b", "zoë"]


def all_codec_names() -> list[str]:
    names = set(encodings.aliases.aliases.values()) | set(encodings.aliases.aliases)
    names |= {m.name for m in pkgutil.iter_modules(encodings.__path__)}
    return sorted(names - {"aliases"})


def test_every_codec_python_knows_works_or_is_one_clear_error(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("customer_id,text\na,I love you\nb,caf\u00e9 \u4e2d\n".encode("utf-8"))
    crashed = []
    for name in all_codec_names():
        try:
            _, stats = read_all(path, encoding=name)
            assert accounted(stats), name
        except RelradarError:
            pass
        except Exception as exc:     # noqa: BLE001 - the point of the test
            crashed.append(f"{name}: {type(exc).__name__}: {exc}")
    assert crashed == []


@pytest.mark.parametrize("name", ["undefined", "idna", "punycode", "base64", "rot13",
                                  "no-such-codec", "utf-7", "unicode_escape"])
def test_exotic_codec_names_through_the_cli(runner, tmp_path, name):
    path = tmp_path / "export.csv"
    path.write_bytes(b"customer_id,text\na,I love you\n")
    result = invoke(runner, "classify", path, *MINI_ARGS, "--encoding", name)
    assert_clean_exit(result)
    assert result.exit_code in (0, 1, 2)


# ====================================================================== privacy

PII = {
    "email": "jane.doe@example.com",
    "card-slashes": "4111/1111/1111/1111",
    "card-underscores": "5500_0000_0000_0004",
    "card-dots": "3782.822463.10005",
    "card-spaced-dashes": "4111 - 1111 - 1111 - 1111",
    "phone-spaced-digits": "0 7 7 0 0 9 0 0 1 2 3",
    "phone-dots": "555.123.4567",
    "phone-intl": "+44 20 7946 0958",
    "iban": "DE89 3704 0044 0532 0130 00",
    "iban-compact": "GB82WEST12345698765432",
    "email-percent-encoded": "gina%40example.com",
    "card-en-dashes": "4111\u20131111\u20131111\u20131111",
    "card-em-dashes": "4111\u20141111\u20141111\u20141111",
    "card-minus-signs": "4111\u22121111\u22121111\u22121111",
    "card-zero-width": "4111\u200b1111\u200b1111\u200b1111",
    "email-full-width": "\uff47\uff49\uff4e\uff41\uff20\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45"
                        "\uff0e\uff43\uff4f\uff4d",
    "email-full-width-at": "gina\uff20example.com",
    "email-quoted-local": '"john smith"@example.com',
    "email-curly-quoted-local": "\u201cbob\u201d@example.org",
    "email-zero-width": "gi\u200bna\u200b@exa\u200bmple.com",
}


@pytest.mark.parametrize("name", list(PII))
def test_redact_text_masks_each_kind(name):
    value = PII[name]
    masked = redact_text(f"I love you, here it is: {value} thanks")
    assert value not in masked
    assert masked.startswith("I love you, here it is: [") and masked.endswith("] thanks")


def test_redact_text_leaves_dates_prices_and_short_numbers_readable():
    text = "on 2024-01-15 10:30 I paid $1,234.56 for order 12345"
    assert redact_text(text) == text
    assert redact_text("on 2024\u201301\u201315 ok") == "on 2024\u201301\u201315 ok"   # en dashes
    assert redact_text('"x@example.com" ok') == '"[email]" ok'   # a quote around it stays


def test_redact_masks_dashed_full_width_quoted_and_zero_width_values_after_cleaning(
        runner, tmp_path):
    """The cleaning stage takes addresses out before redaction: a quoted or zero-width address
    lost only its "@domain" there (to the mention step) and its local part was shown."""
    names = ["card-en-dashes", "email-full-width", "email-quoted-local",
             "email-curly-quoted-local", "email-zero-width"]
    export = tmp_path / "dashes.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "text"])
        writer.writerows((f"c{i}", f"mail {PII[n]} I love you") for i, n in enumerate(names))
    result = invoke(runner, "classify", export, *MINI_ARGS, "--redact", "-f", "jsonl")
    assert_clean_exit(result, 0)
    excerpts = [e["excerpt"] for line in result.stdout.splitlines()
                for e in json.loads(line)["evidence"]]
    assert len(excerpts) == len(names)
    for excerpt in excerpts:
        for part in ("4111", "gina", "\uff47\uff49", "john", "smith", "bob", "na", ".com", ".org"):
            assert part not in excerpt, excerpt


def test_iban_checksum_decides_the_label_but_long_digit_runs_are_masked_anyway():
    assert redact_text("DE89 3704 0044 0532 0130 00 ok") == "[iban] ok"
    bad = redact_text("DE89 3704 0044 0532 0130 01 ok")     # checksum fails: not an IBAN ...
    assert "[iban]" not in bad and "0532" not in bad         # ... but no number leaks
    assert redact_text("card 4111 1111 1111 1112 ok") == "card [number] ok"   # fails Luhn


@pytest.mark.parametrize("word", [
    "a" * 1_000_000, "a" * 1_000_000 + "@", "a@" * 500_000, "a." * 500_000 + "@x",
    "1 " * 500_000, "1-" * 500_000, "DE89" * 250_000, "+(" * 500_000, "@" + "a" * 999_999,
    "a%40" * 250_000, "a%40a." * 166_666 + "%", '"a' * 500_000 + "@", '"' * 1_000_000,
    "1\u2013" * 500_000, "a\uff20" * 500_000, "a\u200b" * 500_000 + "@",
], ids=["letters", "letters-at", "at-pairs", "dotted-at", "spaced-digits", "dashed-digits",
        "iban-prefixes", "plus-parens", "handle", "percent-at-pairs", "percent-at-dotted",
        "open-quotes", "quotes", "en-dashed-digits", "full-width-at-pairs", "zero-width-at"])
def test_redaction_is_linear_on_a_one_megabyte_word(word):
    """A quadratic pattern takes hours on 1 MB; a linear one well under a second. The bound
    is generous (a loaded CI machine), the gap it guards is three orders of magnitude."""
    started = time.perf_counter()
    redact_text(word)
    assert time.perf_counter() - started < 10.0


@pytest.fixture()
def pii_export(tmp_path: Path) -> Path:
    rows = [{"customer_id": PII["email"], "text": f"I love you, call {PII['phone-intl']}",
             "time": "2025-01-01"},
            {"customer_id": PII["email"], "text": f"a scam, card {PII['card-slashes']}",
             "time": "2025-03-01"},
            {"customer_id": "+44 20 7946 0958", "text": f"I love you, iban {PII['iban']}",
             "time": "2025-01-02"},
            {"customer_id": "+44 20 7946 0958",
             "text": f"I love you so much, mail {PII['email-percent-encoded']}",
             "time": "2025-03-02"}]
    path = tmp_path / "pii.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def assert_nothing_masked_shown(text: str) -> None:
    for value in (*PII.values(), "7946 0958", "jane.doe"):
        assert value not in text, f"{value!r} leaked"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_redact_masks_ids_that_are_addresses_and_numbers(runner, pii_export, fmt):
    result = invoke(runner, "classify", pii_export, *MINI_ARGS, "--redact", "-f", fmt)
    assert_clean_exit(result, 0)
    assert_nothing_masked_shown(result.stdout)


def test_hash_ids_hold_in_event_reports(runner, pii_export):
    result = invoke(runner, "classify", pii_export, *MINI_ARGS, "--hash-ids", "--salt", "s",
                    "--redact", "--event", "2025-02-01:price rise", "-f", "json")
    assert_clean_exit(result, 0)
    doc = json.loads(result.stdout)
    shifted = doc["events"][0]["shifted"]
    assert shifted and all(len(s["customer_id"]) == 16 for s in shifted)
    assert {s["customer_id"] for s in shifted} <= {c["customer_id"] for c in doc["customers"]}
    assert_nothing_masked_shown(result.stdout)


@pytest.fixture
def pii_brand_export(tmp_path: Path) -> Path:
    """Brands and ids that hold personal data, labels that disagree, times around an event."""
    brand = f"Acme {PII['card-slashes']}"
    rows = [(PII["email"], brand, "2025-01-01", "I love you, loyal forever", "best_friends"),
            (PII["email"], brand, "2025-03-01", "a scam, I hate you", "enemies"),
            (PII["phone-intl"], f"Shop {PII['email']}", "2025-01-02", "I love you so much",
             "best_friends"),
            (PII["phone-intl"], f"Shop {PII['email']}", "2025-03-02", "a scam", "enemies")]
    path = tmp_path / "pii_brands.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "brand", "time", "text", "label"])
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("command,fmt", [("classify", "json"), ("classify", "table"),
                                         ("trends", "json"), ("trends", "table")])
def test_redact_holds_in_the_events_brand_sides(runner, pii_brand_export, command, fmt):
    """The per-brand before/after blocks of an event showed raw brands under --redact."""
    result = invoke(runner, command, pii_brand_export, *MINI_ARGS, "--brand-col", "brand",
                    "--redact", "--event", "2025-02-01:price rise", "-f", fmt)
    assert_clean_exit(result, 0)
    assert_nothing_masked_shown(result.stdout)
    if fmt == "json":
        events = json.loads(result.stdout)["events"]
        assert {b["brand"] for b in events[0]["brands"]} == {"Acme [card]", "Shop [email]"}


def test_redact_holds_in_checks_conflicting_labels(runner, pii_brand_export):
    """check's JSON named the customers whose rows disagree with raw ids and brands."""
    result = invoke(runner, "check", pii_brand_export, *MINI_ARGS, "--brand-col", "brand",
                    "--label-col", "label", "--redact", "-f", "json")
    assert result.exit_code in (0, 3), result.stderr
    assert_nothing_masked_shown(result.stdout)
    conflicting = json.loads(result.stdout)["conflicting_labels"]
    assert {(c["customer_id"], c["brand"]) for c in conflicting} == {
        ("[email]", "Acme [card]"), ("[phone]", "Shop [email]")}


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_trends_accept_redact_and_hash_ids(runner, pii_export, fmt):
    args = ["trends", pii_export, *MINI_ARGS, "--redact", "--hash-ids", "--salt", "s",
            "-f", fmt]
    if fmt in ("table", "json"):
        args += ["--event", "2025-02-01:price rise"]
    result = invoke(runner, *args)
    assert_clean_exit(result, 0)
    assert_nothing_masked_shown(result.stdout)


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_explain_accepts_redact_and_hash_ids(runner, pii_export, fmt):
    from relradar.privacy import hash_id

    hashed = hash_id(PII["email"], "s")
    result = invoke(runner, "explain", pii_export, *MINI_ARGS, "--customer", hashed,
                    "--redact", "--hash-ids", "--salt", "s", "-f", fmt)
    assert_clean_exit(result, 0)
    assert hashed in result.stdout
    assert_nothing_masked_shown(result.stdout)


def test_lexicon_suggest_yaml_holds_no_numbers_or_addresses(runner, tmp_path):
    rows = [{"customer_id": f"a{i}", "label": "enemies",
             "text": f"the zorblax widget is my zorblax, reach me {PII['card-slashes']} or "
                     f"{PII['phone-intl']} or {PII['email']}"} for i in range(6)]
    rows += [{"customer_id": f"b{i}", "label": "undetermined",
              "text": "where is my parcel please"} for i in range(30)]
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for extra in ([], ["--redact", "--hash-ids", "--salt", "s"]):
        out = tmp_path / "suggested.yaml"
        result = invoke(runner, "lexicon", "suggest", path, *MINI_ARGS, "--label-col", "label",
                        "--min-count", "2", "-o", out, *extra)
        assert_clean_exit(result, 0)
        text = out.read_text(encoding="utf-8")
        assert "e.g." in text, "the test needs candidates with examples"
        assert_nothing_masked_shown(text)


def test_headerless_csv_error_does_not_print_the_first_row(runner, tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text(f"{PII['email']},{PII['card-slashes']},I love you\n"
                    f"bob@example.org,4000 0566 5566 5556,a scam\n", encoding="utf-8")
    result = invoke(runner, "classify", path, *MINI_ARGS)
    assert_clean_exit(result, 1)
    assert_nothing_masked_shown(result.stderr)
    assert "I love you" not in result.stderr
    assert "header line missing" in result.stderr


# ====================================================================== inert output

def test_header_names_in_errors_are_inert(runner, tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("customer_id,\x1b]0;owned\x07body\x1b[2J\n a,I love you\n", encoding="utf-8")
    result = invoke(runner, "classify", path, *MINI_ARGS, "--text-col", "nope")
    assert_clean_exit(result, 1)
    for char in ESCAPES:
        assert char not in result.stderr


def test_check_table_labels_are_inert_and_junit_parses(runner, tmp_path):
    path = tmp_path / "labelled.jsonl"
    rows = [{"customer_id": "a", "text": "I love you", "label": "evil\x1b[31m\x07\x00\u202e"},
            {"customer_id": "b", "text": "a scam", "label": "marriage_partners\x0b"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    junit = tmp_path / "junit.xml"
    refused = invoke(runner, "check", path, *MINI_ARGS, "--label-col", "label")
    assert_clean_exit(refused, 1)                 # not a type: named, inertly
    for char in ESCAPES:
        assert char not in refused.stderr
    result = invoke(runner, "check", path, *MINI_ARGS, "--label-col", "label", "--junit", junit,
                    "--label-map", "evil\x1b[31m\x07\x00\u202e=enemies")
    assert_clean_exit(result, 0)
    for char in ESCAPES:
        assert char not in result.stdout
    root = ET.parse(junit).getroot()
    assert root.tag == "testsuite" and len(root) >= 2


HOSTILE_LEXICON = """\
signals:
  attraction:
    label: "Love\\e[31m"
    terms: {"adore\\x9b31m\\a": 1.0}
types:
  marriage_partners:
    label: "Partners\\e[2J"
    expectations: "Loyalty\\x9b31m\\u202e reversed"
    strategy: {move: bolster, action: "Reciprocate\\e[5m"}
"""


@pytest.mark.parametrize("command", [["types"], ["lexicon", "show"],
                                     ["lexicon", "show", "--type", "marriage_partners"]])
def test_lexicon_text_in_tables_is_inert(runner, tmp_path, command):
    overlay = tmp_path / "hostile.yaml"
    overlay.write_text(HOSTILE_LEXICON, encoding="utf-8")
    result = invoke(runner, *command, *MINI_ARGS, "--lexicon", overlay)
    assert_clean_exit(result, 0)
    assert "Loyalty" in result.stdout or "adore" in result.stdout
    for char in ESCAPES:
        assert char not in result.stdout


def test_file_name_in_explain_is_inert(runner, tmp_path):
    path = tmp_path / "evil\x1b[31m\u202e.csv"
    path.write_text("customer_id,text\na,I love you\n", encoding="utf-8")
    result = invoke(runner, "explain", path, *MINI_ARGS, "--customer", "a")
    assert_clean_exit(result, 0)
    for char in ESCAPES:
        assert char not in result.stdout


# ====================================================================== output faults

@pytest.fixture()
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    lines = ["customer_id,text"] + [f"c{i},I love you so much and never switching {'x' * 80}"
                                    for i in range(400)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "64k") -> Iterator[Path]:
    """A small filesystem of our own (root only); the test is skipped where none can be had."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(where)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_output_to_a_directory_is_one_line(tmp_path, export):
    (tmp_path / "out").mkdir()
    assert_one_line_error(run_cli("classify", export, *MINI_ARGS, "-o", tmp_path / "out"), 2)


@pytest.mark.parametrize("target", ["-o", "stdout"])
def test_dev_full_is_one_line(export, target):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    args = ["classify", export, *MINI_ARGS, "-f", "jsonl"]
    if target == "-o":
        proc = run_cli(*args, "-o", "/dev/full")
    else:
        with open("/dev/full", "w") as full:
            proc = subprocess.run(cli(*args), stdout=full, stderr=subprocess.PIPE, cwd=ROOT,
                                  timeout=HANG_GUARD)
    err = assert_one_line_error(proc)
    assert "No space left" in err


def run_closed(*args: str, fds: tuple[int, ...]) -> subprocess.CompletedProcess:
    """relradar started with these standard descriptors closed (`>&-`, `2>&-`)."""
    return subprocess.run(cli(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=ROOT, timeout=HANG_GUARD,
                          preexec_fn=lambda: [os.close(fd) for fd in fds])


@pytest.mark.parametrize("args", [["classify", "EXPORT", *MINI_ARGS, "-f", "json"],
                                  ["types"], ["--version"], ["classify", "--help"]],
                         ids=["classify", "types", "version", "help"])
def test_closed_stdout_is_one_line_not_a_traceback(export, args):
    proc = run_closed(*[str(export) if a == "EXPORT" else a for a in args], fds=(1,))
    err = assert_one_line_error(proc)
    assert err.splitlines()[-1] == ("relradar: error: cannot write to stdout (it is closed); "
                                    "give -o FILE, or leave stdout open (no >&-)")


def test_closed_stdout_does_not_matter_with_an_output_file(tmp_path, export):
    target = tmp_path / "out.json"
    proc = run_closed("classify", export, *MINI_ARGS, "-o", target, fds=(1,))
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(target.read_text())["summary"]["rows_read"] == 400


def test_closed_stderr_does_not_fail_a_run_that_succeeded(export):
    proc = run_closed("classify", export, *MINI_ARGS, "-f", "jsonl", fds=(2,))
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 400
    both = run_closed("classify", export, *MINI_ARGS, "-q", "-o", os.devnull, fds=(1, 2))
    assert both.returncode == 0


def test_full_disk_keeps_the_previous_output(tmp_path, export):
    with tmpfs(tmp_path / "small", "16k") as small:
        target = small / "out.jsonl"
        target.write_text("previous\n")
        assert_one_line_error(run_cli("classify", export, *MINI_ARGS, "-f", "jsonl",
                                      "-o", target))
        assert target.read_text() == "previous\n"
        assert leftovers(small) == []


def test_read_only_filesystem_keeps_the_previous_output(tmp_path, export):
    with tmpfs(tmp_path / "ro") as folder:
        target = folder / "out.json"
        target.write_text("previous\n")
        remount = subprocess.run(["mount", "-o", "remount,ro", str(folder)],
                                 capture_output=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.decode().strip()}")
        err = assert_one_line_error(run_cli("classify", export, *MINI_ARGS, "-f", "json",
                                            "-o", target))
        assert "Read-only file system" in err
        assert target.read_text() == "previous\n"


def test_symlink_to_another_filesystem_writes_beside_the_target(tmp_path, export):
    real = tmp_path / "real.json"
    real.write_text("previous\n")
    with tmpfs(tmp_path / "other") as other:
        link = other / "link.json"
        link.symlink_to(real)
        assert os.stat(other).st_dev != os.stat(tmp_path).st_dev
        proc = run_cli("classify", export, *MINI_ARGS, "-f", "json", "-o", link)
        assert proc.returncode == 0, proc.stderr.decode()
        assert link.is_symlink()
        assert json.loads(real.read_text())["summary"]["rows_used"] == 400
        assert leftovers(other) == [] and leftovers(tmp_path) == []


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def test_sigterm_while_writing_removes_the_temp_file(tmp_path):
    source = tmp_path / "many.csv"
    source.write_text("customer_id,text\n" + "".join(f"c{i},I love you so much\n"
                                                     for i in range(150_000)))
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")
    proc = subprocess.Popen(cli("classify", source, *MINI_ARGS, "-j", "1", "-f", "jsonl",
                                "-o", target), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, preexec_fn=_default_signals)
    deadline = time.monotonic() + 120
    while not leftovers(tmp_path) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the run ended before its temp file was seen")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()
    assert err.decode().splitlines() == ["relradar: terminated"]
    assert target.read_text() == "previous\n"
    assert leftovers(tmp_path) == []


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _idle_workers(own_group: bool = False) -> tuple[subprocess.Popen, list[int]]:
    """A `--jobs 2` run reading a pipe that stays open, once its two workers are up (the
    lexicon compile child is not one of them)."""
    proc = subprocess.Popen(cli("classify", "-", *MINI_ARGS, "-j", "2", "-f", "jsonl"),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, preexec_fn=_default_signals,
                            start_new_session=own_group)
    assert proc.stdin is not None
    proc.stdin.write(b"customer_id,text\n" + b"a,I love you\n" * 5000)
    proc.stdin.flush()                      # ... and the pipe stays open
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = [c for c in _children(proc.pid)
                   if b"relradar.compile" not in _cmdline(c)]
    assert len(workers) >= 2, "the worker pool did not start"
    return proc, workers


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_sigterm_with_workers_ends_every_worker(tmp_path):
    proc, workers = _idle_workers()
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("relradar did not end on SIGTERM")
    try:
        assert proc.returncode == 143, err.decode()
        assert err.decode().splitlines() == ["relradar: terminated"]
        time.sleep(0.5)
        assert [w for w in workers if _alive(w)] == []
    finally:
        for worker in workers:
            with contextlib.suppress(OSError):
                os.kill(worker, signal.SIGKILL)


def test_sigterm_to_the_whole_group_with_idle_workers_ends_the_run(tmp_path):
    # `timeout`, `kill -TERM -PGID` and CI cancels signal every process of the group at once:
    # an idle worker dies holding the pool's queue lock, and the run must not wait on it
    proc, _ = _idle_workers(own_group=True)
    time.sleep(1.0)                         # the 5,000 rows are matched: every worker waits
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("relradar hung after a SIGTERM to its process group")
    assert proc.returncode == 143, err.decode()
    assert err.decode().splitlines() == ["relradar: terminated"]


def test_jobs_beyond_four_per_core_are_lowered_with_a_warning(tmp_path):
    from relradar.pipeline import MAX_JOBS_PER_CORE, cores

    export = tmp_path / "two.csv"
    export.write_text("customer_id,text\na,I love you\nb,hello\n", encoding="utf-8")
    proc = run_cli("classify", export, *MINI_ARGS, "--jobs", "100000", "-f", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    most = MAX_JOBS_PER_CORE * cores()
    assert proc.stderr.decode().splitlines()[0] == (
        f"relradar: warning: --jobs 100000 is more than {MAX_JOBS_PER_CORE} workers per core "
        f"({cores()} here); using {most}")
    assert len(proc.stdout.decode().splitlines()) == 2


def test_a_pool_that_cannot_end_is_left_behind_not_waited_for():
    import threading

    from relradar.pipeline import end_pool

    stuck = threading.Event()

    class Stuck:
        def terminate(self) -> None:
            stuck.wait()                    # as Pool.terminate on a lock a dead worker held

    started = time.monotonic()
    end_pool(Stuck(), wait=0.2)
    assert time.monotonic() - started < 5
    stuck.set()


# ====================================================================== lexicon limits

def long_term_lexicon(tmp_path: Path, chars: int = 1000) -> Path:
    term = ("lovely " * (chars // 7 + 1))[:chars].strip()
    path = tmp_path / "long.yaml"
    path.write_text(f'signals:\n  attraction:\n    terms:\n      "{term}": 1.0\n',
                    encoding="utf-8")
    return path


def test_overlong_term_fails_validate_and_load_in_one_line(runner, tmp_path):
    path = long_term_lexicon(tmp_path)
    result = invoke(runner, "lexicon", "validate", path)
    assert_clean_exit(result, 3)
    assert "long.yaml:4: term of" in result.stdout
    export = tmp_path / "e.csv"
    export.write_text("customer_id,text\na,I love it\n", encoding="utf-8")
    assert_one_line_error(run_cli("classify", export, "--lexicon", path))


@pytest.mark.parametrize("section", ["signals", "types", "rules", "modifiers", "slots"])
def test_a_top_level_section_that_is_a_list_is_a_lexicon_problem(runner, tmp_path, section):
    """It was an AttributeError traceback ('list' object has no attribute 'items')."""
    path = tmp_path / "listed.yaml"
    path.write_text(f"meta: {{name: x}}\n{section}: [1, 2]\n", encoding="utf-8")
    result = invoke(runner, "lexicon", "validate", path, "--standalone")
    assert_clean_exit(result, 3)
    assert f"{path}:2: '{section}' must be a mapping" in result.stdout.splitlines()
    if section != "signals":
        return          # loading it on top of the bundled lexicon: once is enough (slow)
    export = tmp_path / "e.csv"
    export.write_text("customer_id,text\na,I love it\n", encoding="utf-8")
    loaded = invoke(runner, "classify", export, "--lexicon", path)
    assert_clean_exit(loaded, 1)
    assert loaded.stderr.splitlines() == [
        f"relradar: error: {path}:2: '{section}' must be a mapping; run `relradar lexicon "
        "validate` to list every problem"]


def test_term_count_limit_in_validate_and_at_load(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon_module, "MAX_TERMS", 50)
    terms = "\n".join(f"      w{i}: 1" for i in range(60))
    path = tmp_path / "many.yaml"
    path.write_text(f"signals:\n  attraction:\n    terms:\n{terms}\n", encoding="utf-8")
    problems = lexicon_module.validate_paths([path], with_default=False)
    assert any("60 terms, more than the limit of 50" in p for p in problems)
    merged = lexicon_module.validate_paths([path], with_default=True)
    assert any("more than the limit of 50" in p for p in merged)


def test_million_term_lexicon_is_refused_quickly(tmp_path):
    path = tmp_path / "million.yaml"
    with path.open("w") as handle:
        handle.write("signals:\n  big:\n    terms:\n")
        handle.writelines(f"      w{i}: 1\n" for i in range(1_000_000))
    proc = run_cli("lexicon", "validate", path, "--standalone", timeout=60)
    assert proc.returncode == 3
    assert "limit" in proc.stdout.decode()
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_device_as_lexicon_is_one_line(tmp_path, device):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    export = tmp_path / "e.csv"
    export.write_text("customer_id,text\na,I love it\n", encoding="utf-8")
    assert_one_line_error(run_cli("classify", export, "--lexicon", device))


def test_deeply_nested_yaml_lexicon_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 50_000 + "]" * 50_000 + "\n")
    problems = lexicon_module.validate_paths([path], with_default=False)
    assert problems and problems[0].startswith(str(path))


def test_codec_registry_has_the_names_the_suite_loops_over():
    """Guards the every-codec test itself: it must see the exotic codecs it claims to."""
    names = all_codec_names()
    for name in ("utf_16", "cp037", "idna", "punycode", "undefined", "base64_codec"):
        assert name in names
    codecs.lookup("utf_16")


def test_labels_file_that_is_not_utf8_is_one_line(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_bytes(b"customer_id,type\n\xff\xfe,enemies\n")
    export = tmp_path / "e.csv"
    export.write_text("customer_id,text\na,I love it\n", encoding="utf-8")
    result = invoke(runner, "check", export, *MINI_ARGS, "--labels", labels)
    assert_clean_exit(result, 1)
    assert "labels are not UTF-8" in result.stderr


def test_lone_surrogate_in_lexicon_text_does_not_end_json_output(tmp_path):
    overlay = tmp_path / "surrogate.yaml"
    overlay.write_text('types:\n  marriage_partners:\n    label: "Partners \\ud800"\n',
                       encoding="utf-8")
    proc = run_cli("types", *MINI_ARGS, "--lexicon", overlay, "-f", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    json.loads(proc.stdout)


def test_redact_masks_error_lines_too(runner, tmp_path):
    path = tmp_path / f"{PII['email']}.csv"
    path.write_text("customer_id,text\na,I love you\n", encoding="utf-8")
    result = invoke(runner, "classify", path, *MINI_ARGS, "--redact", "--text-col", "nope")
    assert_clean_exit(result, 1)
    assert "[email]" in result.stderr
    assert_nothing_masked_shown(result.stderr)


def test_headerless_labels_file_error_does_not_print_the_row(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text(f"{PII['email']},{PII['phone-intl']},enemies\n", encoding="utf-8")
    export = tmp_path / "e.csv"
    export.write_text("customer_id,text\na,I love it\n", encoding="utf-8")
    result = invoke(runner, "check", export, *MINI_ARGS, "--labels", labels)
    assert_clean_exit(result, 1)
    assert_nothing_masked_shown(result.stderr)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_outputs_escape_terminal_active_characters_losslessly(runner, tmp_path, fmt):
    hostile = "id\x9b31m\u202e\u2028x"
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"customer_id": hostile, "text": "I love you"}) + "\n")
    result = invoke(runner, "classify", path, *MINI_ARGS, "-f", fmt)
    assert_clean_exit(result, 0)
    for char in ("\x9b", "\u202e", "\u2028"):
        assert char not in result.stdout
    first = json.loads(result.stdout.splitlines()[0]) if fmt == "jsonl" else \
        json.loads(result.stdout)["customers"][0]
    assert first["customer_id"] == hostile


def test_terms_at_the_limits_compile_and_match(tmp_path):
    """The limits are what keeps compiling bounded: terms right at them must still work."""
    from relradar.matching import build_matcher

    words = [f"w{i:02d}abcdef" for i in range(lexicon_module.MAX_TERM_WORDS)]
    longest = " ".join(words)[:lexicon_module.MAX_TERM_CHARS].strip()
    solid = "z" * lexicon_module.MAX_TERM_CHARS
    overlay = tmp_path / "limits.yaml"
    overlay.write_text(f'signals:\n  attraction:\n    terms:\n      "{longest}": 1.0\n'
                       f'      "{solid}": 1.0\n', encoding="utf-8")
    assert lexicon_module.validate_paths([MINI, overlay]) == []
    matcher = build_matcher(lexicon_module.load_lexicon([MINI, overlay], use_default=False))
    _, hits = matcher.match_text(f"so {longest} and {solid} too")
    assert {h.term for h in hits} >= {solid, longest}


# ================================================================== messages that name the fault

def test_a_mistyped_brand_is_named_as_the_brand_not_the_id(runner, tmp_path):
    export = tmp_path / "brands.csv"
    export.write_text("customer_id,brand,text\nc011,Lumen Mobile,I love you\n", encoding="utf-8")
    result = invoke(runner, "explain", export, *MINI_ARGS, "--brand-col", "brand", "-c", "c011",
                    "--brand", "Lumen Mobil")
    assert_clean_exit(result, 1)
    assert result.stderr.splitlines() == [
        f"relradar: error: customer 'c011' has no messages for brand 'Lumen Mobil' in {export} "
        "(its brands: 'Lumen Mobile'); did you mean --brand 'Lumen Mobile'?"]


def test_explain_refuses_to_pool_a_customers_brands_and_matches_classify_per_brand(
        runner, tmp_path):
    """Without --brand it scored every brand's messages together under the first brand's
    name: a result no classify row has."""
    export = tmp_path / "brands.csv"
    export.write_text("customer_id,brand,text\nc1,Lumen,I love you\nc1,Acme,I hate you\n"
                      "c1,Lumen,I love you so much\nc2,Acme,I love you\n", encoding="utf-8")
    args = [export, *MINI_ARGS, "--brand-col", "brand"]
    result = invoke(runner, "explain", *args, "-c", "c1")
    assert_clean_exit(result, 1)
    assert result.stderr.splitlines() == [
        f"relradar: error: customer 'c1' has messages under 2 brands in {export} ('Acme', "
        "'Lumen'); classify scores each brand apart; pick one with --brand 'Acme'"]
    rows = {(c["customer_id"], c["brand"]): c for c in
            json.loads(invoke(runner, "classify", *args, "-f", "json").stdout)["customers"]}
    for brand in ("Lumen", "Acme"):
        one = invoke(runner, "explain", *args, "-c", "c1", "--brand", brand, "-f", "json")
        assert_clean_exit(one, 0)
        customer = json.loads(one.stdout)["customer"]
        assert customer == rows[("c1", brand)]
    single = invoke(runner, "explain", *args, "-c", "c2")      # one brand: no --brand needed
    assert_clean_exit(single, 0)


def test_redacted_not_found_keeps_the_quote_and_suggests_nothing_masked(runner, tmp_path):
    export = tmp_path / "pii.csv"
    export.write_text("customer_id,text\nalice.smith@example.com,I love you\n", encoding="utf-8")
    result = invoke(runner, "explain", export, *MINI_ARGS, "--redact",
                    "-c", "alice.smith@example.co")
    assert_clean_exit(result, 1)
    assert result.stderr.splitlines() == [
        f"relradar: error: customer '[email]' not found in {export}; check --customer (and "
        "--id-col / --brand)"]
    assert redact_text("o'brien@example.com and 'x@example.com'") == "[email] and '[email]'"


def test_lexicon_validate_reads_devices_and_names_a_symlink_loop(runner, tmp_path):
    empty = invoke(runner, "lexicon", "validate", os.devnull)
    assert_clean_exit(empty, 3)         # it exists: an empty overlay, not "no such file"
    assert empty.stdout.startswith(f"{os.devnull}:1: the lexicon is empty")
    assert "no such file" not in empty.stdout + empty.stderr
    loop = tmp_path / "loop1"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    for args in (["lexicon", "validate", loop], ["classify", loop, *MINI_ARGS]):
        result = invoke(runner, *args)
        assert_clean_exit(result, 1)
        assert f"{loop}: a symlink loop (too many levels of symbolic links)" in result.stderr


def test_output_to_dev_stdout_on_a_pipe_just_works(export):
    if not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout on this system")
    proc = run_cli("classify", export, *MINI_ARGS, "-f", "json", "-q", "-o", "/dev/stdout")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["summary"]["rows_read"] == 400


def test_an_unknown_language_is_a_usage_error_listing_the_bundled_ones(runner, export):
    result = invoke(runner, "classify", export, "--language", "xx")
    assert_clean_exit(result, 2)
    assert result.stderr.splitlines() == [
        "relradar: error: --language 'xx' has no bundled lexicon; use one of en, es, or "
        "--no-default-lexicon with --lexicon"]


def test_a_junit_directory_is_named_by_its_own_option_before_any_work(runner, tmp_path, export):
    (tmp_path / "adir").mkdir()
    result = invoke(runner, "check", "/no/such/export.csv", "--label-col", "truth",
                    "--junit", tmp_path / "adir")
    assert_clean_exit(result, 2)
    assert result.stderr.splitlines() == [
        f"relradar: error: cannot write to {tmp_path / 'adir'}: it is a directory; give a file "
        "name, e.g. --junit check.xml"]
