from __future__ import annotations

import yaml
from typer.testing import CliRunner

from relradar.cli import app
from relradar.models import Message
from relradar.suggest import suggest, to_yaml

from .conftest import EXAMPLES


def test_suggest_finds_a_distinctive_phrase(default_lexicon, default_matcher):
    messages = [Message(f"a{i}", "the zorblax widget is my zorblax", label="fling")
                for i in range(6)]
    messages += [Message(f"b{i}", "where is my parcel please", label="undetermined")
                 for i in range(30)]
    found = suggest(messages, None, default_matcher, default_lexicon, top=5, min_count=3)
    assert found and found[0].type == "fling" and "zorblax" in found[0].term
    assert all(c.type != "undetermined" for c in found)
    overlay = yaml.safe_load(to_yaml(found, default_lexicon, "test"))
    assert "zorblax" in overlay["signals"]["suggested_fling"]["terms"]
    assert overlay["types"]["fling"]["signals"] == {"suggested_fling": 1.0}


def test_suggest_cli_output_is_a_valid_overlay(tmp_path):
    out = tmp_path / "suggested.yaml"
    runner = CliRunner()
    result = runner.invoke(app, ["lexicon", "suggest", str(EXAMPLES / "chats.csv"),
                                 str(EXAMPLES / "emails.jsonl"), "--labels",
                                 str(EXAMPLES / "labels.csv"), "--brand-col", "brand",
                                 "--min-count", "2", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "candidate terms" in result.stderr
    check = runner.invoke(app, ["lexicon", "validate", str(out)])
    assert check.exit_code == 0, check.stdout
    usage = runner.invoke(app, ["lexicon", "suggest", str(EXAMPLES / "chats.csv")])
    assert usage.exit_code == 2
