"""sentiment: word sentiment of a message, and valence and sentiment for every customer."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from relradar.cli import app
from relradar.sentiment import valence_of


@pytest.fixture(scope="module")
def score(default_matcher):
    return lambda text: default_matcher.analyze_text(text)[2]


def test_words_carry_sentiment(score):
    assert score("The staff were wonderful and the room was lovely") > 0.5
    assert score("Horrible, rude staff and a filthy room") < -0.5
    assert score("Order 1234, delivery on Tuesday") == 0.0


def test_negation_and_contrast(score):
    assert score("The staff were not helpful") < 0 < score("The staff were helpful")
    assert score("Good food but terrible service") < 0
    assert score("Terrible service but good food") > score("Good food but terrible service")


def test_sarcasm_turns_praise_sour(score):
    assert score("Great, delayed again. Love it.") < 0


def test_politeness_is_not_sentiment(score):
    assert score("Please help, thanks") == 0.0


def test_valence_rules():
    assert valence_of(0.6, 3.0, 0.2, 0.05, 0.45) == "positive"
    assert valence_of(-0.6, 0.2, 3.0, 0.05, 0.45) == "negative"
    assert valence_of(0.0, 1.0, 1.0, 0.05, 0.45) == "mixed"
    assert valence_of(0.01, 0.0, 0.0, 0.05, 0.45) == "neutral"


TEXTS = [("u1", "Where is my parcel? It never arrived and nobody answers."),
         ("u2", "Lovely stay, friendly staff, spotless room."),
         ("u3", "Opening hours on Sunday?"),
         ("m1", "I have been a loyal customer for 12 years and I love you guys.")]


def run(tmp_path, fmt):
    path = tmp_path / "in.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["customer_id", "text"])
        writer.writerows(TEXTS)
    result = CliRunner().invoke(app, ["classify", str(path), "-f", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_customer_has_valence_and_sentiment(tmp_path):
    doc = json.loads(run(tmp_path, "json"))
    by_id = {c["customer_id"]: c for c in doc["customers"]}
    assert {c["type"] for k, c in by_id.items() if k != "m1"} == {"undetermined"}
    assert by_id["u1"]["valence"] == "negative" and by_id["u1"]["sentiment"] < 0
    assert by_id["u2"]["valence"] == "positive" and by_id["u2"]["sentiment"] > 0
    assert by_id["u3"]["valence"] == "neutral" and by_id["u3"]["sentiment"] == 0
    assert by_id["m1"]["type"] == "marriage_partners" and by_id["m1"]["valence"] == "positive"
    for c in by_id.values():
        assert -1 <= c["sentiment"] <= 1
    lines = [json.loads(line) for line in run(tmp_path, "jsonl").splitlines()]
    assert all(row["valence"] and "sentiment" in row for row in lines)
    rows = list(csv.DictReader(io.StringIO(run(tmp_path, "csv"))))
    assert all(row["valence"] in ("positive", "negative", "neutral", "mixed") for row in rows)
    assert all(row["sentiment"].lstrip("'") for row in rows)
