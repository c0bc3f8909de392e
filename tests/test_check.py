"""`relradar check` (issue 6): the CI gate on the bundled examples, JUnit XML, thresholds,
label sources, and the accuracy / macro-F1 arithmetic of `evaluation.evaluate`."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.errors import InputError
from relradar.evaluation import evaluate, junit_xml, read_labels, threshold_failures
from relradar.models import CustomerResult
from relradar.scoring import UNDETERMINED

from .conftest import DATA, write_wrong_labels

EXAMPLES = ["examples/chats.csv", "examples/emails.jsonl"]
GATE = [*EXAMPLES, "--labels", "examples/labels.csv", "--brand-col", "brand"]
LABELLED = "tests/data/history/labelled.csv"


def mislabelled(folder) -> str:
    """examples/labels.csv with conftest's WRONG_LABELS, written to `folder`."""
    return str(write_wrong_labels(folder / "labels.csv"))


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(DATA.parent.parent)
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(app, ["check", *args])


def parse_junit(path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == "testsuite"
    return root


# ---------------------------------------------------------------- the CI gate

def test_ci_gate_on_bundled_examples(runner, tmp_path):
    junit = tmp_path / "check.xml"
    result = run(runner, *GATE, "--min-accuracy", "0.7", "--min-macro-f1", "0.6",
                 "--junit", str(junit))
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    print(f"\nbundled examples: {first}")
    assert first.startswith("accuracy ")
    accuracy = float(first.split()[1])
    assert accuracy >= 0.7
    assert "check failed" not in result.stderr
    suite = parse_junit(junit)
    cases = suite.findall("testcase")
    assert cases and int(suite.get("tests")) == len(cases)
    assert suite.get("failures") == "0"
    thresholds = [c for c in cases if c.get("name") == "thresholds"]
    assert len(thresholds) == 1 and thresholds[0].find("failure") is None
    assert "accuracy" in thresholds[0].findtext("system-out")
    type_cases = {c.get("name") for c in cases if c.get("classname") == "relradar.check.type"}
    assert {"marriage_partners", "enemies", "undetermined"} <= type_cases


def test_ci_gate_json(runner):
    result = run(runner, *GATE, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    for key in ("accuracy", "macro_f1", "per_type", "confusion", "undetermined", "failures",
                "customers", "correct"):
        assert key in doc
    print(f"\nbundled examples: accuracy {doc['accuracy']}, macro-F1 {doc['macro_f1']}")
    assert doc["accuracy"] >= 0.7 and doc["macro_f1"] >= 0.6
    assert doc["accuracy"] == pytest.approx(doc["correct"] / doc["customers"], abs=1e-4)
    assert doc["failures"] == []
    assert doc["labels_without_messages"] == 0
    assert sum(n for row in doc["confusion"].values() for n in row.values()) == doc["customers"]
    assert set(doc["undetermined"]) == {"labelled_undetermined", "correctly_undetermined",
                                        "invented_type", "missed_type"}
    for row in doc["per_type"].values():
        assert set(row) == {"precision", "recall", "f1", "support"}
        assert 0.0 <= row["f1"] <= 1.0


def test_gate_fails_below_threshold(runner, tmp_path):
    junit = tmp_path / "check.xml"
    result = run(runner, *EXAMPLES, "--labels", mislabelled(tmp_path), "--brand-col", "brand",
                 "--min-accuracy", "0.99", "--junit", str(junit))
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert " rows read, " in lines[0] and " skipped" in lines[0]   # every row accounted for
    assert lines[1].startswith("relradar: check failed: accuracy ")
    assert "below --min-accuracy 0.99" in lines[1]
    suite = parse_junit(junit)
    assert suite.get("failures") == "1"
    failures = suite.findall("./testcase/failure")
    assert len(failures) == 1
    assert "below --min-accuracy 0.99" in failures[0].get("message")


def test_the_gate_accounts_for_every_row(runner, tmp_path):
    # a gate that reads 6 rows and scores 1 must say so: 5 rows did not vanish silently
    export = tmp_path / "rows.csv"
    export.write_text("customer_id,role,text,truth\n"
                      "a,customer,I love you guys loyal forever,marriage_partners\n"
                      "b,customer,,undetermined\n"
                      ",customer,hello there,undetermined\n"
                      "c,agent,how can I help,undetermined\n"
                      "d,customer\n", encoding="utf-8")
    result = run(runner, str(export), "--label-col", "truth", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == (
        "relradar: 5 rows read, 1 used, 4 skipped (1 empty text, 1 malformed line, 1 missing "
        "id, 1 non-customer role); 1 customers")
    json.loads(result.stdout)


@pytest.mark.parametrize("flag", ["--min-accuracy", "--min-macro-f1"])
@pytest.mark.parametrize("value", ["nan", "2", "-1", "inf"])
def test_a_threshold_outside_0_to_1_is_a_usage_error(runner, flag, value):
    # nan turned the gate off for good (every comparison false), 2 always failed, -1 passed
    result = run(runner, *GATE, flag, value)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"relradar: error: {flag} must be a number from 0 to 1, not {value}; e.g. 0.7 for 70%"]
    assert result.stdout == ""


def test_gate_fails_on_macro_f1_and_json_lists_failures(runner, tmp_path):
    result = run(runner, *EXAMPLES, "--labels", mislabelled(tmp_path), "--brand-col", "brand",
                 "--min-macro-f1", "0.999", "--min-accuracy", "0.999", "-f", "json")
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    assert len(doc["failures"]) == 2
    assert len([x for x in result.stderr.splitlines() if "check failed:" in x]) == 2


@pytest.mark.parametrize("args", [
    [],                                                             # neither
    ["--labels", "examples/labels.csv", "--label-col", "label"],    # both
])
def test_exactly_one_label_source(runner, args):
    result = run(runner, *EXAMPLES, *args)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "exactly one of --label-col and --labels" in result.stderr


def test_check_rejects_csv_format(runner):
    result = run(runner, LABELLED, "--label-col", "label", "-f", "csv")
    assert result.exit_code == 2


def test_missing_labels_file_is_input_error(runner, tmp_path):
    result = run(runner, LABELLED, "--labels", str(tmp_path / "nope.csv"))
    assert result.exit_code == 1
    assert "cannot read labels" in result.stderr


# ---------------------------------------------------------------- --label-col flow

def test_label_col_flow(runner, tmp_path):
    junit = tmp_path / "j.xml"
    result = run(runner, LABELLED, "--label-col", "label", "-f", "json", "--junit", str(junit))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["customers"] == 5            # p6 has no label
    assert doc["unlabelled_customers"] == 1
    assert doc["correct"] == 4 and doc["accuracy"] == 0.8
    assert doc["confusion"]["colleagues"] == {"basic_exchange": 1}
    assert doc["undetermined"] == {"labelled_undetermined": 1, "correctly_undetermined": 1,
                                   "invented_type": 0, "missed_type": 0}
    # basic_exchange was only predicted: it has a row but no support, and is not averaged
    assert doc["per_type"]["basic_exchange"]["support"] == 0
    assert doc["macro_f1"] == 0.8           # (0 + 1 + 1 + 1 + 1) / 5 labelled types
    assert len(parse_junit(junit).findall("testcase")) == 1 + len(doc["per_type"])


def test_label_col_table(runner):
    result = run(runner, LABELLED, "--label-col", "label", "--min-accuracy", "0.9")
    assert result.exit_code == 3
    assert result.stdout.startswith("accuracy 0.800 (4/5), macro-F1 0.800")
    assert "Per type" in result.stdout
    assert "basic_exchange 1" in result.stdout          # colleagues predicted as


def test_unknown_label_col_is_input_error(runner):
    result = run(runner, LABELLED, "--label-col", "truth")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr


def test_labels_file_for_label_col_data(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("customer_id,type\np1,marriage_partners\np2,fling\nghost,enemies\n")
    doc = json.loads(run(runner, LABELLED, "--labels", str(labels), "-f", "json").stdout)
    assert doc["customers"] == 2 and doc["correct"] == 1
    assert doc["labels_without_messages"] == 1
    assert doc["unlabelled_customers"] == 4


def test_no_labelled_customer_is_input_error(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("customer_id,type\nghost,enemies\n")
    result = run(runner, LABELLED, "--labels", str(labels))
    assert result.exit_code == 1
    assert "no labelled customers" in result.stderr


# ---------------------------------------------------------------- evaluate (unit)

def result(cid: str, predicted: str, truth: str | None = None,
           brand: str | None = None) -> CustomerResult:
    return CustomerResult(
        customer_id=cid, brand=brand, type=predicted, label=predicted, confidence=0.5,
        runner_up=None, valence=None, closeness=None, intensity=None, power=None,
        distress=False, distress_reasons=(), engagement="steady", engagement_reasons=(),
        messages=1, signals={}, type_scores={}, rules_broken={}, evidence=(), true_label=truth)


def test_evaluate_tiny_confusion():
    # truth -> predicted: a->a, a->b, b->b, b->b, u->u, c->u
    customers = [result("1", "a", "a"), result("2", "b", "a"), result("3", "b", "b"),
                 result("4", "b", "b"), result("5", UNDETERMINED, UNDETERMINED),
                 result("6", UNDETERMINED, "c"), result("7", "a", None)]
    report = evaluate(customers, None)
    assert report.total == 6 and report.correct == 4 and report.unlabelled == 1
    assert report.accuracy == pytest.approx(4 / 6)
    # a: p 1/1 r 1/2 -> f1 2/3; b: p 2/3 r 1 -> 0.8; c: 0; undetermined: p 1/2 r 1 -> 2/3
    assert report.per_type["a"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert report.per_type["b"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "support": 2}
    assert report.per_type["c"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert report.per_type[UNDETERMINED]["f1"] == pytest.approx(0.6667)
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.8 + 0 + 2 / 3) / 4)
    assert report.confusion == {"a": {"a": 1, "b": 1}, "b": {"b": 2}, "c": {UNDETERMINED: 1},
                                UNDETERMINED: {UNDETERMINED: 1}}
    assert report.undetermined == {"labelled_undetermined": 1, "correctly_undetermined": 1,
                                   "invented_type": 0, "missed_type": 1}
    assert report.missing == 0
    d = report.to_dict()
    assert d["accuracy"] == 0.6667 and d["macro_f1"] == round(report.macro_f1, 4)


def test_evaluate_perfect_and_all_wrong():
    perfect = evaluate([result("1", "a", "a"), result("2", "b", "b")], None)
    assert perfect.accuracy == 1.0 and perfect.macro_f1 == 1.0
    wrong = evaluate([result("1", "b", "a"), result("2", "a", "b")], None)
    assert wrong.accuracy == 0.0 and wrong.macro_f1 == 0.0


def test_evaluate_invented_type():
    report = evaluate([result("1", "a", UNDETERMINED), result("2", "a", "a")], None)
    assert report.undetermined["invented_type"] == 1
    assert report.per_type["a"]["precision"] == 0.5


def test_evaluate_with_labels_by_brand():
    customers = [result("1", "a", brand="X"), result("1", "b", brand="Y"), result("2", "a")]
    labels = {("1", "X"): "a", ("1", "Y"): "a", ("9", None): "b"}
    report = evaluate(customers, labels)
    assert report.total == 2 and report.correct == 1
    assert report.unlabelled == 1 and report.missing == 1


def test_evaluate_labels_override_label_column():
    report = evaluate([result("1", "a", truth="b")], {("1", None): "a"})
    assert report.accuracy == 1.0


def test_evaluate_needs_labels():
    with pytest.raises(InputError):
        evaluate([result("1", "a")], None)
    with pytest.raises(InputError):
        evaluate([result("1", "a")], {("2", None): "a"})


def test_threshold_failures_boundaries():
    report = evaluate([result("1", "a", "a"), result("2", "b", "a")], None)
    assert report.accuracy == 0.5
    assert threshold_failures(report, 0.5, None) == []         # at the threshold passes
    assert threshold_failures(report, None, None) == []
    fails = threshold_failures(report, 0.51, 0.99)
    assert len(fails) == 2 and fails[0].startswith("accuracy 0.500 is below")


def test_junit_xml_escapes_and_counts():
    report = evaluate([result("1", "a<&>", "a<&>"), result("2", "b", "a<&>")], None)
    xml = junit_xml(report, ['accuracy "0.5" < 0.9 & more'])
    suite = ET.fromstring(xml)
    assert suite.get("tests") == str(1 + len(report.per_type))
    assert suite.get("failures") == "1"
    failure = suite.find("./testcase[@name='thresholds']/failure")
    assert failure.get("message") == 'accuracy "0.5" < 0.9 & more'
    assert {c.get("name") for c in suite.findall("testcase")} >= {"a<&>", "b"}
    ok = ET.fromstring(junit_xml(report, []))
    assert ok.get("failures") == "0" and ok.find(".//failure") is None


def test_read_labels(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("\ufeffCustomer_ID,Brand,Relationship\n c1 ,Acme, fling \nc2,,enemies\n",
                    encoding="utf-8")
    assert read_labels(path, with_brand=True) == {("c1", "Acme"): "fling", ("c2", None): "enemies"}
    assert read_labels(path, with_brand=False) == {("c1", None): "fling", ("c2", None): "enemies"}
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\nc1,fling\n")
    with pytest.raises(InputError, match="labels need customer_id and type"):
        read_labels(bad, with_brand=False)


def test_read_labels_header_with_spaces(tmp_path):
    """Was a bug: 'customer_id, type' (space after the comma) raised KeyError 'type'."""
    path = tmp_path / "l.csv"
    path.write_text("customer_id, brand, type\np1, Acme, fling\n")
    assert read_labels(path, with_brand=True) == {("p1", "Acme"): "fling"}


def test_read_labels_short_row(tmp_path):
    """Was a bug: a row without its type cell raised AttributeError."""
    path = tmp_path / "l.csv"
    path.write_text("customer_id,type\np1,fling\np2\n")
    with pytest.raises(InputError, match=r"l\.csv:3: a label row needs both"):
        read_labels(path, with_brand=False)


def test_check_labels_header_with_spaces_cli(runner, tmp_path):
    """Was a bug: a Python traceback from `relradar check` for this header."""
    labels = tmp_path / "labels.csv"
    labels.write_text("customer_id, type\np1, marriage_partners\n")
    result = run(runner, LABELLED, "--labels", str(labels), "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["customers"] == 1 and doc["correct"] == 1


def test_check_short_label_row_cli(runner, tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("customer_id,type\np1,marriage_partners\np2,\n")
    result = run(runner, LABELLED, "--labels", str(labels))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("relradar: error:")
    assert "labels.csv:3:" in lines[0]
