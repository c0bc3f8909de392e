"""The Dask engine on a 2-process LocalCluster gives what one process gives, byte for byte.

One cluster for the whole module (it takes seconds to start); every CLI run connects to it.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.errors import RelradarError, UsageError
from relradar.pipeline import DUPLICATE

from .conftest import EXAMPLES, ROOT

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

CHATS = str(EXAMPLES / "chats.csv")
EMAILS = str(EXAMPLES / "emails.jsonl")
LABELS = str(EXAMPLES / "labels.csv")


@pytest.fixture(scope="module")
def cluster() -> Any:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def address(cluster: Any) -> str:
    return cluster.scheduler_address


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(ROOT)
    return CliRunner()


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def both(runner: CliRunner, address: str, *args: str) -> tuple[Any, Any]:
    """The same command with --jobs 1 and on the cluster (--partitions is the cluster's)."""
    plain = list(args)
    if "--partitions" in plain:
        at = plain.index("--partitions")
        del plain[at:at + 2]
    local = run(runner, *plain, "--jobs", "1")
    remote = run(runner, *args, "--scheduler", address)
    assert local.exit_code == 0, local.stderr
    assert remote.exit_code == 0, remote.stderr
    return local, remote


def summary_of(stderr: str) -> str:
    """The summary line without its timing."""
    line = stderr.strip().splitlines()[-1]
    return line.rsplit(" in ", 1)[0]


# ---------------------------------------------------------------- bundled examples

def test_examples_json_is_byte_identical(runner: CliRunner, address: str) -> None:
    args = ("classify", CHATS, EMAILS, "--brand-col", "brand", "--format", "json",
            "--partitions", "3")
    local, remote = both(runner, address, *args)
    assert remote.stdout == local.stdout          # customers, portfolio, rule breaks, counts
    doc = json.loads(remote.stdout)
    assert doc["summary"]["rows_read"] == 260 and doc["rule_breaks"]
    assert summary_of(remote.stderr) == summary_of(local.stderr)


def test_examples_jsonl_and_csv_match_after_sorting(runner: CliRunner, address: str) -> None:
    for fmt in ("jsonl", "csv"):
        args = ("classify", CHATS, EMAILS, "--brand-col", "brand", "--format", fmt,
                "--partitions", "4", "--redact", "--hash-ids", "--salt", "pepper", "-q")
        local, remote = both(runner, address, *args)
        local_lines, remote_lines = local.stdout.splitlines(), remote.stdout.splitlines()
        if fmt == "csv":
            assert remote_lines[0] == local_lines[0]          # one header
            local_lines, remote_lines = local_lines[1:], remote_lines[1:]
        assert sorted(remote_lines) == sorted(local_lines)
        assert len(remote_lines) == 85
        assert "c001" not in remote.stdout                    # ids hashed on the workers


def test_examples_table_with_event_is_identical(runner: CliRunner, address: str) -> None:
    args = ("classify", CHATS, EMAILS, "--brand-col", "brand", "--event", "2025-01-15:launch",
            "--limit", "5", "--partitions", "2")
    local, remote = both(runner, address, *args)
    assert remote.stdout == local.stdout


def test_matchers_compiled_once_per_worker(runner: CliRunner, address: str) -> None:
    from relradar.engines import partitions

    def builds() -> int:
        return sum(partitions.BUILDS.values())

    args = ("classify", CHATS, EMAILS, "-f", "jsonl", "--scheduler", address)
    with distributed.Client(address) as client:
        assert run(runner, *args).exit_code == 0
        first = client.run(builds)
        assert run(runner, *args).exit_code == 0
        assert client.run(builds) == first          # the second run compiled nothing
        assert sum(first.values()) >= 1


def test_check_and_trends_are_identical(runner: CliRunner, address: str) -> None:
    check_args = ("check", CHATS, EMAILS, "--labels", LABELS, "--format", "json")
    local = run(runner, *check_args)
    remote = run(runner, *check_args, "--scheduler", address)
    assert remote.exit_code == local.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout
    assert json.loads(remote.stdout)["customers"] > 0
    for fmt in ("json", "jsonl"):
        trends_local = run(runner, "trends", CHATS, EMAILS, "--brand-col", "brand",
                           "--every", "quarter", "--format", fmt,
                           *(("--event", "2025-01-15:launch") if fmt == "json" else ()))
        trends_remote = run(runner, "trends", CHATS, EMAILS, "--brand-col", "brand",
                            "--every", "quarter", "--format", fmt, "--partitions", "3",
                            "--scheduler", address,
                            *(("--event", "2025-01-15:launch") if fmt == "json" else ()))
        assert trends_remote.exit_code == 0, trends_remote.stderr
        assert trends_remote.stdout == trends_local.stdout
        assert trends_remote.stderr == trends_local.stderr


def test_check_label_col_and_hashed_trends_are_identical(runner: CliRunner,
                                                         address: str) -> None:
    labelled = "tests/data/history/labelled.csv"
    args = ("check", labelled, "--label-col", "label", "--format", "json")
    local, remote = both(runner, address, *args)
    assert remote.stdout == local.stdout
    assert json.loads(remote.stdout)["customers"] == 5
    args = ("trends", CHATS, "--brand-col", "brand", "--format", "jsonl", "--hash-ids",
            "--salt", "pepper", "-q")
    local, remote = both(runner, address, *args)
    assert remote.stdout == local.stdout and "c011" not in remote.stdout


def test_output_dir_only_with_scheduler(runner: CliRunner, address: str,
                                        tmp_path: Path) -> None:
    """-o DIR is a usage error on one machine; with --scheduler it is the part-file folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    plain = run(runner, "classify", CHATS, "-f", "jsonl", "-o", str(folder))
    assert plain.exit_code == 2
    assert plain.stderr == f"relradar: error: cannot write to {folder}: it is a directory; " \
                           "give a file name, e.g. -o results.csv\n"
    assert list(folder.iterdir()) == []
    remote = run(runner, "classify", CHATS, "-f", "jsonl", "-o", str(folder), "-q",
                 "--scheduler", address)
    assert remote.exit_code == 0, remote.stderr
    assert [p.name for p in folder.iterdir()] == ["part-00000.jsonl"]
    table = run(runner, "classify", CHATS, "-o", str(folder), "--scheduler", address)
    assert table.exit_code == 2 and "add --format jsonl" in table.stderr


def test_parquet_folder_named_dot_parquet(runner: CliRunner, address: str,
                                          tmp_path: Path) -> None:
    folder = tmp_path / "customers.parquet"
    remote = run(runner, "classify", CHATS, "-f", "parquet", "-o", str(folder), "-q",
                 "--scheduler", address)
    assert remote.exit_code == 0, remote.stderr
    assert folder.is_dir() and list(folder.glob("part-*.parquet"))
    implied = run(runner, "classify", CHATS, "-o", str(tmp_path / "x.parquet"),
                  "--scheduler", address)
    assert implied.exit_code == 2 and "cannot write Parquet" in implied.stderr
    assert implied.stderr.count("\n") == 1


# ---------------------------------------------------------------- a generated corpus

def customer_texts() -> list[str]:
    with open(CHATS, encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row["role"] == "customer"]


def write_corpus(folder: Path, seed: int = 7) -> list[str]:
    """Customers whose messages are spread over three files (two CSV, one JSONL), with
    agent rows, empty texts, quoted newlines, missing times and equal times."""
    rng = random.Random(seed)
    texts = customer_texts()
    brands = ["Northbank", "Skyway Air", "Lumen Mobile"]
    rows = []
    for n in range(1500):
        customer = f"u{rng.randrange(300):03d}"
        text = rng.choice(texts)
        if n % 97 == 0:
            text = ""
        elif n % 13 == 0:
            text = text + "\n\n> earlier: thanks, we love our loyal customers"
        day = 1_735_689_600 + rng.randrange(200) * 86_400 // 4
        rows.append({"customer_id": customer, "brand": rng.choice(brands[:2]) if n % 5
                     else brands[2], "role": "agent" if n % 11 == 0 else "customer",
                     "timestamp": "" if n % 17 == 0 else str(day),
                     "text": text})
    paths = []
    for i in range(3):
        chunk = rows[i::3]
        if i < 2:
            path = folder / f"part{i}.csv"
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(chunk[0]))
                writer.writeheader()
                writer.writerows(chunk)
        else:
            path = folder / "part2.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for row in chunk:
                    handle.write(json.dumps(row) + "\n")
                handle.write("{not json\n")
        paths.append(str(path))
    return paths


def test_generated_corpus_customers_split_across_files(runner: CliRunner, address: str,
                                                       tmp_path: Path) -> None:
    paths = write_corpus(tmp_path)
    args = ("classify", *paths, "--brand-col", "brand", "--partitions", "5")
    local, remote = both(runner, address, *args, "--format", "json")
    assert remote.stdout == local.stdout
    doc = json.loads(remote.stdout)
    summary = doc["summary"]
    assert summary["rows_read"] == summary["rows_used"] + summary["rows_skipped"] == 1501
    assert summary["skipped_reasons"]["malformed line"] == 1
    assert summary["skipped_reasons"][DUPLICATE] > 0      # found within a customer's partition
    assert any(len({e["source"].split(":")[0] for e in c["evidence"]}) > 1
               for c in doc["customers"]), "no customer has evidence from two files"
    local, remote = both(runner, address, *args, "--format", "jsonl")
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())
    assert summary_of(remote.stderr) == summary_of(local.stderr)


def test_output_dir_parts(runner: CliRunner, address: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    paths = write_corpus(tmp_path / "in")
    local = run(runner, "classify", *paths, "--brand-col", "brand", "-f", "jsonl", "-q")
    out = tmp_path / "out"
    (out).mkdir()
    (out / "part-00099.jsonl").write_text("stale\n")
    remote = run(runner, "classify", *paths, "--brand-col", "brand", "-f", "jsonl",
                 "--partitions", "3", "--output", str(out), "--scheduler", address)
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == ""
    parts = sorted(out.glob("part-*.jsonl"))
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl",
                                       "part-00002.jsonl"]
    lines = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert sorted(lines) == sorted(local.stdout.splitlines())

    import pandas as pd

    pq_dir = tmp_path / "pq"
    remote = run(runner, "classify", *paths, "--brand-col", "brand", "-f", "parquet",
                 "--output", str(pq_dir), "--scheduler", address, "-q")
    assert remote.exit_code == 0, remote.stderr
    frame = pd.read_parquet(pq_dir)
    expected = [json.loads(line) for line in local.stdout.splitlines()]
    assert len(frame) == len(expected)
    got = {(r["customer_id"], r["brand"]): (r["type"], json.loads(r["signals"]))
           for r in frame.to_dict("records")}
    assert got == {(e["customer_id"], e["brand"]): (e["type"], e["signals"]) for e in expected}


def test_parquet_input_matches_csv(runner: CliRunner, address: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    with open(CHATS, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = pa.Table.from_pylist(rows)
    parquet = tmp_path / "chats.parquet"
    pq.write_table(table, parquet, row_group_size=50)      # several pieces
    csv_run = run(runner, "classify", CHATS, "--brand-col", "brand", "-f", "jsonl", "-q")
    pq_run = run(runner, "classify", str(parquet), "--brand-col", "brand", "-f", "jsonl",
                 "--scheduler", address)
    assert pq_run.exit_code == 0, pq_run.stderr

    def without_sources(text: str) -> list[str]:
        out = []
        for line in text.splitlines():
            doc = json.loads(line)
            for item in doc["evidence"]:
                item["source"] = ""
            out.append(json.dumps(doc))
        return sorted(out)

    assert without_sources(pq_run.stdout) == without_sources(csv_run.stdout)
    assert summary_of(pq_run.stderr).startswith("relradar: 220 rows read, 146 used, 74 skipped")
    first = json.loads(pq_run.stdout.splitlines()[0])["evidence"][0]["source"]
    assert first.startswith(str(parquet) + ":")


def test_nested_parquet_reads_as_on_one_machine(runner: CliRunner, address: str) -> None:
    """emails.parquet holds `customer` and `message` as structs (customer.id, message.body)."""
    args = ("classify", str(EXAMPLES / "emails.parquet"), "--brand-col", "brand", "-f", "json")
    local, remote = both(runner, address, *args)
    assert remote.stdout == local.stdout
    assert json.loads(remote.stdout)["summary"]["rows_used"] == 40


# ---------------------------------------------------------------- the Python API

def test_python_api_matches_local(cluster: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    import relradar.dask
    from relradar.lexicon import load_lexicon
    from relradar.pipeline import AnalysisOptions, analyze
    from relradar.readers import ReaderOptions
    from relradar.render import customer_dict

    frame = pd.read_csv(CHATS)
    frame = frame[frame["role"] == "customer"]
    with distributed.Client(cluster):
        result = relradar.dask.classify(dd.from_pandas(frame, npartitions=3), id="customer_id",
                                        text="text", time="timestamp", brand="brand")
        got = result.compute()
    local = analyze([CHATS], load_lexicon(), ReaderOptions(brand_col="brand"),
                    AnalysisOptions())
    assert list(got.columns) == list(customer_dict(local.customers[0]))   # the JSON fields
    expected = {(c.customer_id, c.brand): customer_dict(c) for c in local.customers}
    assert len(got) == len(expected)
    for row in got.to_dict("records"):
        want = expected[(row["customer_id"], row["brand"])]
        assert row["type"] == want["type"] and row["signals"] == want["signals"]
        assert [e["excerpt"] for e in row["evidence"]] == [e["excerpt"]
                                                            for e in want["evidence"]]


def test_python_api_names_a_missing_column() -> None:
    import dask.dataframe as dd
    import pandas as pd

    import relradar.dask

    frame = dd.from_pandas(pd.DataFrame({"id": ["a"], "body": ["hi"]}), npartitions=1)
    with pytest.raises(RelradarError, match="'text'"):
        relradar.dask.classify(frame, id="id", text="text")


# ---------------------------------------------------------------- errors

def test_worker_error_is_one_line(runner: CliRunner, address: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"customer_id,text\nc1,fine\nc2,caf\xe9\n")
    result = run(runner, "classify", CHATS, str(bad), "--scheduler", address)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("relradar: error: ")
    assert "bad.csv:3: cannot decode byte 0xe9" in lines[0] and "--encoding" in lines[0]


def test_unexpected_task_failure_becomes_a_relradar_error() -> None:
    from relradar.engines.dask import task_errors

    with pytest.raises(RelradarError, match="a Dask task failed: ZeroDivisionError"):
        with task_errors():
            raise ZeroDivisionError("division by zero")


def test_unreachable_scheduler(runner: CliRunner) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run(runner, "classify", CHATS, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.stderr.startswith("relradar: error: cannot reach the Dask scheduler at "
                                    "tcp://127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_extra(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = run(runner, "classify", CHATS, "--scheduler", "local:1")
    assert result.exit_code == 2
    assert "pip install 'relradar[dask]'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "local:0"], "positive number"),
    (["--scheduler", "local", "--jobs", "2"], "cannot be combined"),
    (["--partitions", "3"], "--partitions needs --scheduler"),
    (["--format", "parquet"], "part files on a cluster"),
    (["--scheduler", "local", "--format", "parquet"], "add --output DIR"),
])
def test_conflicting_options_fail_first(runner: CliRunner, args: list[str],
                                        message: str) -> None:
    result = run(runner, "classify", CHATS, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_parse_scheduler() -> None:
    from relradar.engines.dask import parse_scheduler

    assert parse_scheduler("local") == ("local", None)
    assert parse_scheduler("local:3") == ("local", 3)
    assert parse_scheduler("tcp://10.0.0.5:8786") == ("tcp://10.0.0.5:8786", None)
    with pytest.raises(UsageError):
        parse_scheduler("local:x")
