"""Issue 8: hostile input and customer privacy: no crash, no injection, no leak.

In-process runs use typer's CliRunner (stdout and stderr apart, uncaught exceptions land in
`result.exception`); signals, pipes and memory are checked on a real `python -m relradar`.
Hang guards are generous (20 s or more): they catch catastrophic slowness, not slow machines.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.errors import InputError

from .conftest import DATA, MINI, ROOT

MINI_ARGS = ["--no-default-lexicon", "--lexicon", str(MINI)]
HANG_GUARD = 20.0          # seconds: "finishes", not "is fast"
HEX16 = re.compile(r"^[0-9a-f]{16}$")
TERMINAL_DANGER = ("\x1b", "\x9b", "\x00", "\r", "\u202e", "\u202d", "\u200b", "\u2066")


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "400")    # wide: cells are not folded, so text stays whole
    monkeypatch.delenv("RELRADAR_SALT", raising=False)
    monkeypatch.chdir(ROOT)
    return CliRunner()


def run(runner: CliRunner, *args: str, **kwargs):
    return runner.invoke(app, list(args), **kwargs)


def assert_no_crash(result) -> None:
    """Exited through the CLI's own error handling: no escaped exception, one-line errors."""
    exc = result.exception
    assert exc is None or isinstance(exc, SystemExit), (
        f"uncaught {type(exc).__name__}: {exc}")
    for line in result.stderr.splitlines():
        assert line.startswith("relradar:"), f"unexpected stderr line {line!r}"


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def python_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "relradar", *args]


def run_cli(args: list[str], timeout: float = HANG_GUARD, **kwargs) -> subprocess.CompletedProcess:
    """`python -m relradar ...`; a run longer than the hang guard fails the test."""
    try:
        return subprocess.run(python_cli(*args), capture_output=True, cwd=ROOT,
                              timeout=timeout, **kwargs)
    except subprocess.TimeoutExpired:
        pytest.fail(f"relradar {' '.join(args[:2])} did not finish within {timeout:.0f} s")


def run_measured(args: list[str], tmp_path: Path, timeout: float = 120.0
                 ) -> tuple[int, str, int]:
    """(exit code, stderr, peak RSS in KB) of one `python -m relradar` run."""
    out_path, err_path = tmp_path / "run.out", tmp_path / "run.err"
    with out_path.open("wb") as out, err_path.open("wb") as errf:
        proc = subprocess.Popen(python_cli(*args), stdout=out, stderr=errf, cwd=ROOT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, err_path.read_text(errors="replace"), usage.ru_maxrss


# ====================================================================== markup and control codes

PAYLOADS = {
    "markup": "[bold]x[/bold]",
    "close-tag": "[/]",
    "link-markup": "[link=http://evil]y[/link]",
    "ansi-colour": "\x1b[31mred\x1b[0m",
    "osc8-hyperlink": "\x1b]8;;http://x\x1b\\click\x1b]8;;\x1b\\",
    "carriage-return": "over\rwrite",
    "zero-width": "zero\u200bwidth",
    "bidi-override": "bidi\u202eevil",
    "nul": "nul\x00byte",
    "c1-csi": "csi\x9b31m",
}
LITERAL_MARKUP = {"markup", "close-tag", "link-markup"}


def hostile_rows() -> list[dict]:
    """One customer per payload; the payload is in the id and in the text, around a rule
    break so that it also reaches the excerpt shown in the rule-break table."""
    return [{"customer_id": f"id-{name}-{payload}-end",
             "text": f"I love you {payload} but nobody told me {payload} about it"}
            for name, payload in PAYLOADS.items()]


def assert_inert(stdout: str) -> None:
    for char in TERMINAL_DANGER:
        assert char not in stdout, f"{char!r} reached the terminal"


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_classify_table_prints_hostile_text_inertly(runner, tmp_path, name):
    payload = PAYLOADS[name]
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"customer_id": f"id-{payload}-end", "text": f"I love you {payload} but nobody told "
                                                      f"me {payload} about it"}])
    result = run(runner, "classify", str(src), *MINI_ARGS)
    assert result.exit_code == 0, result.stderr
    assert_no_crash(result)
    assert_inert(result.stdout)
    assert "Rules customers say were broken" in result.stdout   # the excerpt was printed
    if name in LITERAL_MARKUP:
        assert f"id-{payload}-end" in result.stdout, "markup must show as literal text"
    else:
        assert "id-" in result.stdout and "-end" in result.stdout


def test_classify_table_all_payloads_at_once(runner, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", hostile_rows())
    result = run(runner, "classify", str(src), *MINI_ARGS, "--limit", "0")
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout)
    assert_inert(result.stderr)
    for name in LITERAL_MARKUP:
        assert f"id-{name}-{PAYLOADS[name]}-end" in result.stdout


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_explain_prints_hostile_text_inertly(runner, tmp_path, name):
    row = next(r for r in hostile_rows() if r["customer_id"].startswith(f"id-{name}-"))
    src = write_jsonl(tmp_path / "in.jsonl", [row])
    result = run(runner, "explain", str(src), *MINI_ARGS, "--customer", row["customer_id"])
    assert result.exit_code == 0, result.stderr
    assert_no_crash(result)
    assert_inert(result.stdout)
    assert "nobody told me" in result.stdout              # the message itself is shown
    if name == "markup":
        assert "[bold]x[/bold]" in result.stdout           # literally, in id and message
        assert result.stdout.count("[bold]x[/bold]") >= 2
    doc = json.loads(run(runner, "explain", str(src), *MINI_ARGS, "--customer",
                         row["customer_id"], "-f", "json").stdout)
    assert doc["customer"]["customer_id"] == row["customer_id"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_output_round_trips_hostile_ids(runner, tmp_path, fmt):
    rows = hostile_rows()
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x00" not in result.stdout   # JSON escapes them
    if fmt == "json":
        customers = json.loads(result.stdout)["customers"]
    else:
        customers = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(c["customer_id"] for c in customers) == sorted(r["customer_id"] for r in rows)


def test_csv_output_with_hostile_ids_parses(runner, tmp_path):
    rows = [r for r in hostile_rows() if "\r" not in r["customer_id"]]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    parsed = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert len(parsed) == len(rows) + 1
    assert all(len(r) == len(parsed[0]) for r in parsed)
    assert sorted(r[0] for r in parsed[1:]) == sorted(r["customer_id"] for r in rows)


# ====================================================================== CSV formula injection

FORMULA_IDS = ["=cmd|' /C calc'!A0", "@SUM(1)", "+1+cmd|' /C calc'!A0", "-2+3",
               "=HYPERLINK(\"http://evil\",\"x\")"]
DANGER = ("=", "+", "-", "@")
# A cell that starts like a formula but is only a signed number or a handle cannot run
# (README, Output): ids such as +447700900123, -42 and @handle are written as they are.
INERT = re.compile(r"[+-]\d[\d ]*(?:[.,]\d+)?|@[A-Za-z0-9_.]+")


def live_formula(cell: str) -> bool:
    return cell.startswith(DANGER) and not INERT.fullmatch(cell)


def test_csv_output_neutralises_formula_ids_and_excerpts(runner, tmp_path):
    rows = [[cid, "I love you, this is great"] for cid in FORMULA_IDS]
    rows += [["plain", "=1+2 I love you"], ["minus", "-5 I love you"], ["at", "@x I love you"]]
    src = write_csv(tmp_path / "in.csv", ["customer_id", "text"], rows)
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    parsed = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    ids = {r["customer_id"] for r in parsed}
    for cid in FORMULA_IDS:
        assert "'" + cid in ids, f"{cid!r} not neutralised"
    for row in parsed:
        for column, cell in row.items():
            assert not live_formula(cell), f"{column}={cell!r} is a live formula"
    excerpts = {r["customer_id"]: r["excerpt"] for r in parsed}
    assert excerpts["plain"].startswith("'=1+2")


def test_csv_output_neutralises_formula_brands(runner, tmp_path):
    src = write_csv(tmp_path / "in.csv", ["customer_id", "brand", "text"],
                    [["a", "=evil()", "I love you"], ["b", "@brand", "I hate this scam"]])
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "csv", "--brand-col", "brand")
    assert result.exit_code == 0, result.stderr
    parsed = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert {r["brand"] for r in parsed} == {"'=evil()", "@brand"}   # a handle cannot run


def test_csv_output_carriage_return_in_id_cannot_smuggle_a_formula(runner, tmp_path):
    cid = "x\r=cmd|' /C calc'!A0"
    src = write_jsonl(tmp_path / "in.jsonl", [{"customer_id": cid, "text": "I love you"}])
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    parsed = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert len(parsed) == 2, f"one customer became {len(parsed) - 1} CSV records"
    assert all(not live_formula(cell) for row in parsed for cell in row)


# ====================================================================== lexicons

EVIL_YAML = {
    "apply": 'meta: {{name: evil}}\nsignals:\n  attraction:\n    terms: '
             '!!python/object/apply:os.system ["touch {canary}"]\n',
    "object": "meta: !!python/object:collections.OrderedDict {{}}\n",
    "name": "meta:\n  name: !!python/name:os.system ''\n",
}


@pytest.mark.parametrize("kind", list(EVIL_YAML))
def test_python_yaml_tags_are_rejected_with_file_and_line(runner, tmp_path, kind):
    canary = tmp_path / "CANARY"
    evil = tmp_path / "evil.yaml"
    evil.write_text(EVIL_YAML[kind].format(canary=canary))
    line = {"apply": 4, "object": 1, "name": 2}[kind]
    result = run(runner, "classify", str(DATA / "golden_input.csv"), *MINI_ARGS,
                 "--lexicon", str(evil))
    assert result.exit_code == 1
    assert_no_crash(result)
    assert result.stderr.startswith(f"relradar: error: {evil}:{line}:"), result.stderr
    assert "tag" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    validate = run(runner, "lexicon", "validate", "--standalone", str(evil))
    assert validate.exit_code == 3
    assert validate.stdout.startswith(f"{evil}:{line}:")
    assert not canary.exists(), "the YAML tag was executed"


def test_recursive_yaml_alias_is_a_clear_error(tmp_path):
    bad = tmp_path / "rec.yaml"
    bad.write_text("meta: {name: rec}\nsignals:\n  x: &a\n    terms: {love: 1}\n    self: [*a]\n")
    proc = run_cli(["lexicon", "validate", "--standalone", str(bad)])
    err = proc.stderr.decode()
    assert proc.returncode in (1, 3)
    assert "Traceback" not in err and "RecursionError" not in err
    assert str(bad) in proc.stdout.decode() + err


def _limit_memory() -> None:   # a runaway expansion dies here, not on the test machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def test_yaml_alias_bomb_is_bounded(tmp_path):
    lines = ["meta: {name: lol}", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    bomb = tmp_path / "lol.yaml"
    bomb.write_text("\n".join(lines) + "\n")
    assert bomb.stat().st_size < 2000
    proc = run_cli(["lexicon", "validate", "--standalone", str(bomb)],
                   preexec_fn=_limit_memory)
    err = proc.stderr.decode()
    assert "Traceback" not in err and "MemoryError" not in err
    assert proc.returncode in (1, 3)


def test_wildcard_term_on_long_run_of_letters_finishes(tmp_path):
    """README: wildcards are prefixes only, so no catastrophic backtracking."""
    lex = tmp_path / "wild.yaml"
    lex.write_text("signals:\n  craving:\n    terms: {'aaaa*': 1.0}\n")
    src = write_csv(tmp_path / "in.csv", ["customer_id", "text"],
                    [["a", "a" * 100_000], ["b", "aaaa " * 20_000],
                     ["c", "aaa" * 33_333 + "b"], ["d", "a" * 99_999 + "!"]])
    started = time.monotonic()
    proc = run_cli(["classify", str(src), *MINI_ARGS, "--lexicon", str(lex), "-f", "jsonl"])
    print(f"wildcard run: {time.monotonic() - started:.1f} s")
    assert proc.returncode == 0, proc.stderr.decode()
    types = {d["customer_id"]: d["signals"] for d in map(json.loads, proc.stdout.splitlines())}
    assert "craving" in types["a"] and "craving" in types["b"]


def test_multiword_term_prefilter_on_long_word_finishes(tmp_path):
    text = "fallen" + "out" * 33_000
    src = write_csv(tmp_path / "in.csv", ["customer_id", "text"], [["a", text], ["b", text]])
    proc = run_cli(["classify", str(src), *MINI_ARGS, "-f", "jsonl"])
    assert proc.returncode == 0


def test_lexicon_of_100k_terms_loads_and_compiles(tmp_path):
    from itertools import product
    from string import ascii_lowercase

    from relradar.lexicon import load_lexicon
    from relradar.matching import build_matcher

    words = ("q" + "".join(c) for c in product(ascii_lowercase, repeat=4))
    lines = ["meta: {name: big, language: en}", "signals:", "  big:",
             "    valence: positive", "    terms:"]
    for i in range(100_000):
        word = next(words)
        lines.append(f"      {word}: 1" if i % 3 else f"      {word} {next(words)}: 1")
    lines += ["types:", "  t:", "    dimensions: {valence: positive, closeness: close, "
              "intensity: intense, power: shared}", "    signals: {big: 1}",
              "    strategy: {move: bolster, action: x}"]
    path = tmp_path / "big.yaml"
    path.write_text("\n".join(lines) + "\n")
    started = time.monotonic()
    lexicon = load_lexicon([path], use_default=False)
    loaded = time.monotonic()
    matcher = build_matcher(lexicon)
    compiled = time.monotonic()
    print(f"100k-term lexicon: load {loaded - started:.1f} s, compile {compiled - loaded:.1f} s")
    assert lexicon.term_count == 100_000
    assert compiled - started < 120, "hang guard"
    _, hits = matcher.match_text("I said qaaac and qzzzz today")
    assert [h.term for h in hits] == ["qaaac"]


# ====================================================================== size

@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_five_megabyte_message_is_truncated_and_counted(runner, tmp_path, fmt):
    big = "I love you so much. " * (5 * 2**20 // 20)
    if fmt == "csv":
        src = write_csv(tmp_path / "in.csv", ["customer_id", "text"],
                        [["a", big], ["b", "I hate this scam"]])
    else:
        src = write_jsonl(tmp_path / "in.jsonl", [{"customer_id": "a", "text": big},
                                                  {"customer_id": "b", "text": "I hate it"}])
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert summary["texts_truncated"] == 1
    assert summary["rows_read"] == summary["rows_used"] == 2


def test_message_of_200k_lines(runner, tmp_path):
    src = write_csv(tmp_path / "in.csv", ["customer_id", "text"],
                    [["a", "I love you\n" * 200_000], ["b", "ok\n" * 200_000]])
    started = time.monotonic()
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "json")
    assert time.monotonic() - started < HANG_GUARD
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["summary"]["texts_truncated"] == 2
    assert {c["customer_id"]: c["type"] for c in doc["customers"]}["a"] == "marriage_partners"


def test_message_of_blank_lines_finishes(tmp_path):
    src = write_csv(tmp_path / "in.csv", ["customer_id", "text"],
                    [["a", "I love you" + "\n" * 99_000]])
    proc = run_cli(["classify", str(src), *MINI_ARGS, "-f", "jsonl"])
    assert proc.returncode == 0


def test_message_with_dotted_run_and_at_sign_finishes(tmp_path):
    text = "@ " + "a." * 49_000
    src = write_csv(tmp_path / "in.csv", ["customer_id", "text"],
                    [["a", text], ["b", text], ["c", text]])
    proc = run_cli(["classify", str(src), *MINI_ARGS, "-f", "jsonl"])
    assert proc.returncode == 0


DEEP = "[" * 100_000


@pytest.mark.parametrize("line", [DEEP, '{"customer_id": "x", "text": ' + DEEP,
                                  '{"customer_id": "x", "text": ' + DEEP + "]" * 100_000 + "}"],
                         ids=["bare", "unclosed", "closed"])
def test_deeply_nested_json_after_a_good_line_is_counted_malformed(runner, tmp_path, line):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"customer_id": "a", "text": "I love you"}) + "\n" + line + "\n")
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert_no_crash(result)
    summary = json.loads(result.stdout)["summary"]
    assert summary["skipped_reasons"] == {"malformed line": 1}
    assert summary["rows_read"] == 2 and summary["rows_used"] == 1


@pytest.mark.parametrize("line", [DEEP, '{"customer_id": "x", "text": ' + DEEP + "]" * 100_000
                                  + "}"], ids=["bare", "closed"])
def test_deeply_nested_json_on_the_first_line_is_a_clear_error(runner, tmp_path, line):
    src = tmp_path / "in.jsonl"
    src.write_text(line + "\n")
    result = run(runner, "classify", str(src), *MINI_ARGS)
    assert result.exit_code == 1
    assert_no_crash(result)
    assert "RecursionError" not in result.stderr
    assert result.stderr.startswith(f"relradar: error: {src}:1:")
    assert len(result.stderr.splitlines()) == 1


def test_deep_json_subprocess_has_no_traceback(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"customer_id": "a", "text": "I love you"}\n' + DEEP + "\n" + DEEP + "]"
                   + "\n")
    proc = run_cli(["classify", str(src), *MINI_ARGS, "-f", "jsonl"])
    assert proc.returncode == 0
    assert b"Traceback" not in proc.stderr and b"RecursionError" not in proc.stderr


@pytest.mark.parametrize("name", ["bomb.csv.gz", "bomb.jsonl.gz"])
def test_gzip_bomb_is_a_clear_error_in_bounded_memory(tmp_path, name):
    bomb = tmp_path / name
    chunk = b"x" * 2**20                 # text: NUL bytes are now named a binary file at once
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        for _ in range(400):                       # 400 MB of one letter, no newline
            handle.write(chunk)
    assert bomb.stat().st_size < 2**20
    _, _, baseline = run_measured(["classify", str(DATA / "golden_input.csv"), *MINI_ARGS,
                                   "-q", "-o", str(tmp_path / "base.out")], tmp_path)
    code, err, peak = run_measured(["classify", str(bomb), *MINI_ARGS], tmp_path)
    print(f"gzip bomb: peak RSS {peak // 1024} MB, baseline {baseline // 1024} MB")
    assert code == 1
    assert err.splitlines() == [err.strip()] and err.startswith("relradar: error:")
    assert "64 MB" in err and str(bomb) in err
    assert peak - baseline < 300 * 1024, "the reader held much more than one 64 MB line"


# ====================================================================== --output atomicity

def test_output_success_leaves_only_the_target(runner, tmp_path):
    target = tmp_path / "out.dat"      # no known extension: each --format is written as asked
    target.write_text("OLD\n")
    for fmt in ("csv", "jsonl", "json", "table"):
        result = run(runner, "classify", str(DATA / "golden_input.csv"), *MINI_ARGS, "-f", fmt,
                     "-o", str(target))
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        assert [p.name for p in tmp_path.iterdir()] == ["out.dat"]
        assert target.read_text() != "OLD\n"


def test_output_failed_run_leaves_target_unchanged(runner, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("ORIGINAL\n")
    result = run(runner, "classify", str(DATA / "golden_input.csv"), *MINI_ARGS, "-f", "json",
                 "--text-col", "no_such_column", "-o", str(target))
    assert result.exit_code == 1
    assert_no_crash(result)
    assert target.read_text() == "ORIGINAL\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize("failure", [InputError("disk went away"), KeyboardInterrupt()],
                         ids=["error", "ctrl-c"])
def test_output_failure_while_writing_keeps_old_target(runner, tmp_path, monkeypatch, failure):
    from relradar import render

    def half_write(customers, out):
        out.write('{"customer_id": "partial"\n')
        raise failure

    monkeypatch.setattr(render, "write_jsonl", half_write)
    target = tmp_path / "out.jsonl"
    target.write_text("ORIGINAL\n")
    result = run(runner, "classify", str(DATA / "golden_input.csv"), *MINI_ARGS, "-f", "jsonl",
                 "-o", str(target))
    assert result.exit_code == (1 if isinstance(failure, InputError) else 130)
    assert_no_crash(result)
    assert target.read_text() == "ORIGINAL\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


# ====================================================================== Ctrl-C and pipes

@pytest.fixture(scope="module")
def many_customers(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.csv"
    texts = ["I love you so much", "this is a scam", "delayed again, on hold",
             "ok thanks for the update", "nobody told me about the change"]
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "text"])
        for i in range(400_000):
            writer.writerow([f"c{i % 20_000}", texts[i % len(texts)]])
    return path


def _default_sigint() -> None:
    """A terminal's default: a shell started in the background may hand down an ignored SIGINT."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(proc: subprocess.Popen, group: bool, after: float = 2.5
               ) -> tuple[int | str, list[str]]:
    time.sleep(after)
    if proc.poll() is not None:
        pytest.skip("the run ended before the interrupt")
    if group:
        os.killpg(proc.pid, signal.SIGINT)      # what Ctrl-C in a terminal does
    else:
        proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return "hung", []
    return proc.returncode, err.decode(errors="replace").splitlines()


@pytest.mark.parametrize("jobs", [["-j", "1"], []], ids=["one-process", "default-jobs"])
def test_ctrl_c_on_endless_stdin(tmp_path, jobs):
    proc = subprocess.Popen(python_cli("classify", "-", *MINI_ARGS, *jobs, "-f", "jsonl"),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
                            preexec_fn=_default_sigint)
    assert proc.stdin is not None
    proc.stdin.write(b"customer_id,text\na,I love you\n")
    proc.stdin.flush()                          # ... and the pipe stays open
    code, lines = _interrupt(proc, group=False)
    assert code == 130
    assert lines == ["relradar: interrupted"]


def test_ctrl_c_on_big_input(many_customers):
    proc = subprocess.Popen(python_cli("classify", str(many_customers), *MINI_ARGS, "-j", "1",
                                       "-f", "jsonl"),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
                            preexec_fn=_default_sigint)
    code, lines = _interrupt(proc, group=False)
    assert code == 130
    assert lines == ["relradar: interrupted"]


def test_ctrl_c_to_process_group_with_workers(tmp_path):
    proc = subprocess.Popen(python_cli("classify", "-", *MINI_ARGS, "-j", "2", "-f", "jsonl"),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
                            preexec_fn=_default_sigint)
    assert proc.stdin is not None
    proc.stdin.write(b"customer_id,text\na,I love you\n")
    proc.stdin.flush()
    code, lines = _interrupt(proc, group=True)
    assert code == 130
    assert lines == ["relradar: interrupted"]


@pytest.fixture(scope="module")
def five_thousand_customers(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("head") / "customers.csv"
    rows = [[f"c{i % 5000}", "I love you so much" if i % 2 else "this is a scam"]
            for i in range(20_000)]
    return write_csv(path, ["customer_id", "text"], rows)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_pipe_into_head_ends_quietly(five_thousand_customers, fmt):
    """Outputs of several MB: the pipe closes long before relradar is done writing."""
    cmd = " ".join(python_cli("classify", str(five_thousand_customers), *MINI_ARGS, "-j", "1",
                              "--limit", "0", "--format", fmt)) + " | head -1"
    proc = subprocess.run(cmd, shell=True, capture_output=True, cwd=ROOT, timeout=120)
    err = proc.stderr.decode(errors="replace")
    assert len(proc.stdout.splitlines()) == 1
    for word in ("Traceback", "BrokenPipeError", "Exception ignored", "Error"):
        assert word not in err, err


# ====================================================================== privacy: --redact

PII_TEXT = {
    "ann": "I love you, call me at +1 (555) 123-4567, card 4111 1111 1111 1111",
    "bob": "call 020 7946 0958, card 5500-0000-0000-0004: nobody told me about the change",
    "cat": "I love it, mail jane.doe@example.com or ping @janedoe, tel 555.987.6543",
}
SECRETS = ["123-4567", "4567", "4111", "7946", "0958", "6543", "5500", "0004", "0123",
           "jane.doe", "example.com", "@janedoe"]


@pytest.fixture()
def pii_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "pii.csv", ["customer_id", "text"],
                     [[k, v] for k, v in PII_TEXT.items()])


def test_without_redact_the_numbers_are_in_the_excerpts(runner, pii_csv):
    out = run(runner, "classify", str(pii_csv), *MINI_ARGS, "-f", "jsonl").stdout
    # excerpts are short, so not every number is in one; but unredacted, numbers do show up
    assert any(secret in out for secret in ("123-4567", "4111 1111 1111 1111", "5500-0000"))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_redact_masks_pii_in_every_format(runner, pii_csv, fmt):
    result = run(runner, "classify", str(pii_csv), *MINI_ARGS, "-f", fmt, "--redact")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for secret in SECRETS:
        assert secret not in out, f"{secret!r} leaked into {fmt} output"
    assert "[phone]" in out and "[card]" in out      # the table shows the rule example
    if fmt in ("json", "jsonl"):
        docs = json.loads(out)["customers"] if fmt == "json" else list(
            map(json.loads, out.splitlines()))
        for doc in docs:
            assert doc["evidence"], doc["customer_id"]
            for ev in doc["evidence"]:
                assert not re.search(r"\d{4}", ev["excerpt"] + ev["term"]), ev


def test_redact_in_json_rule_break_examples(runner, pii_csv):
    doc = json.loads(run(runner, "classify", str(pii_csv), *MINI_ARGS, "-f", "json",
                         "--redact").stdout)
    examples = [r["example"] for r in doc["rule_breaks"]]
    assert examples and all("[phone]" in e and "[card]" in e for e in examples)


# ====================================================================== privacy: --hash-ids

IDS = ["cust-alpha-7781", "cust-bravo-1234"]


@pytest.fixture()
def ids_csv(tmp_path) -> Path:
    return write_csv(tmp_path / "ids.csv", ["customer_id", "text"],
                     [[IDS[0], "I love you"], [IDS[1], "I hate this scam"]])


def _ids(out: str) -> list[str]:
    return [json.loads(line)["customer_id"] for line in out.splitlines()]


def test_hash_ids_are_stable_16_hex_and_depend_on_the_salt(runner, ids_csv):
    def hashed(*extra: str, env: dict | None = None) -> list[str]:
        result = run(runner, "classify", str(ids_csv), *MINI_ARGS, "-f", "jsonl", "--hash-ids",
                     *extra, env=env)
        assert result.exit_code == 0, result.stderr
        for cid in IDS:
            assert cid not in result.stdout
        return _ids(result.stdout)

    a1, a2 = hashed("--salt", "pepper"), hashed("--salt", "pepper")
    assert a1 == a2 and all(HEX16.match(h) for h in a1) and len(set(a1)) == 2
    assert sorted(hashed("--salt", "other")) != sorted(a1)
    assert set(hashed(env={"RELRADAR_SALT": "pepper"})) == set(a1)
    assert not set(hashed("--salt", "other")) & set(a1)


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_hash_ids_in_other_formats(runner, ids_csv, fmt):
    result = run(runner, "classify", str(ids_csv), *MINI_ARGS, "-f", fmt, "--hash-ids",
                 "--salt", "pepper")
    assert result.exit_code == 0, result.stderr
    for cid in IDS:
        assert cid not in result.stdout
    assert re.search(r"\b[0-9a-f]{16}\b", result.stdout)


@pytest.mark.parametrize("env", [{}, {"RELRADAR_SALT": ""}], ids=["unset", "empty"])
def test_hash_ids_without_salt_is_usage_error(runner, ids_csv, env):
    result = run(runner, "classify", str(ids_csv), *MINI_ARGS, "--hash-ids", env=env)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("relradar: error:") and "salt" in result.stderr
    assert len(result.stderr.splitlines()) == 1


# ====================================================================== privacy: errors

SECRET = "SECRET-7781-hunter2"


def test_malformed_first_json_line_error_has_no_customer_text(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"customer_id": "a", "text": "' + SECRET + ' I love you",}\n')
    result = run(runner, "classify", str(src), *MINI_ARGS)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"relradar: error: {src}:1:")
    assert SECRET not in result.stderr and SECRET not in result.stdout


def test_malformed_later_json_line_warning_has_no_customer_text(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"customer_id": "a", "text": "I love you"}\n'
                   '{"customer_id": "b", "text": "' + SECRET + '"\n'
                   '{"customer_id": "c", "text": "' + SECRET + '\x01"}\n')
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert SECRET not in result.stderr
    assert json.loads(result.stdout)["summary"]["skipped_reasons"] == {"malformed line": 2}
    strict = run(runner, "classify", str(src), *MINI_ARGS, "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.startswith(f"relradar: error: {src}:2:")
    assert SECRET not in strict.stderr


@pytest.mark.parametrize("content", [
    f'customer_id,text\na,"I love you"\nb,"{SECRET}" trailing\n',
    f"customer_id,text\na,I love you\nb,{SECRET},extra\n",
], ids=["bad-quote", "extra-field"])
def test_strict_csv_error_has_no_customer_text(runner, tmp_path, content):
    src = tmp_path / "in.csv"
    src.write_text(content)
    loose = run(runner, "classify", str(src), *MINI_ARGS)
    assert loose.exit_code == 0 and SECRET not in loose.stderr
    strict = run(runner, "classify", str(src), *MINI_ARGS, "--strict")
    assert strict.exit_code == 1
    assert_no_crash(strict)
    assert strict.stderr.startswith(f"relradar: error: {src}:3:")
    assert SECRET not in strict.stderr


def test_decode_error_has_no_customer_text(runner, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(b"customer_id,text\na,I love you\nb," + SECRET.encode() + b"\xff\xfe\n")
    result = run(runner, "classify", str(src), *MINI_ARGS)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"relradar: error: {src}:3:")
    assert "0xff" in result.stderr and SECRET not in result.stderr


def test_headerless_csv_error_has_no_customer_text(runner, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(f"alice,I love you my card is {SECRET}\nbob,I hate it\n")
    result = run(runner, "classify", str(src), *MINI_ARGS)
    assert result.exit_code == 1
    assert SECRET not in result.stderr


# ====================================================================== odd values: no crash

ODD_ROWS = {
    "time-int-10^400": '{"customer_id": "b", "text": "I love you", "time": 1' + "0" * 400 + "}",
    "int-5000-digits": '{"customer_id": "b", "text": "I love you", "n": 1' + "0" * 5000 + "}",
    "time-year-minus-1199": '{"customer_id": "b", "text": "I love you", "time": -99999999999}',
    "time-year-0": '{"customer_id": "b", "text": "I love you", '
                   '"time": "0001-01-01T00:00:00+01:00"}',
}


@pytest.mark.parametrize("name", list(ODD_ROWS))
def test_odd_json_values_do_not_crash(runner, tmp_path, name):
    src = tmp_path / "in.jsonl"
    src.write_text('{"customer_id": "a", "text": "I love you", "time": 1700000000}\n'
                   + ODD_ROWS[name] + "\n")
    result = run(runner, "classify", str(src), *MINI_ARGS, "-f", "json")
    assert_no_crash(result)
    assert result.exit_code in (0, 1)
