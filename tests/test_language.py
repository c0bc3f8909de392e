"""Table-driven language cases (issue 4): one sentence per row, against the default lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASES_PATH = Path(__file__).resolve().parent / "data" / "language_cases.yaml"
CASES = yaml.safe_load(CASES_PATH.read_text(encoding="utf-8"))
ROWS = [pytest.param(category, row, id=f"{category}-{i:02d}")
        for category, rows in CASES.items() for i, row in enumerate(rows)]


def test_table_is_large_enough():
    assert len(ROWS) >= 80
    assert set(CASES) >= {"negation", "intensity", "contrast", "past", "sarcasm", "emoji"}


@pytest.mark.parametrize("category, row", ROWS)
def test_language_case(default_matcher, category, row):
    _, hits = default_matcher.match_text(row["text"])
    scored = {h.id for h in hits if h.weight and h.kind == "signal"}
    mods = [m for h in hits for m in h.mods]
    detail = [(h.id, h.weight, h.term, h.mods) for h in hits]
    for signal in row.get("has", []):
        assert signal in scored, (row["text"], detail)
    for signal in row.get("not", []):
        assert signal not in scored, (row["text"], detail)
    for flag in row.get("flags", []):
        assert any(flag in m for m in mods), (row["text"], flag, detail)
    if row.get("none"):
        relational = {s for s in scored if s in default_matcher.lexicon.signal_users}
        assert not relational, (row["text"], detail)
