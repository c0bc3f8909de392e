from __future__ import annotations

from pathlib import Path

import pytest

from relradar.errors import LexiconError
from relradar.lexicon import default_lexicon_path, load_lexicon, validate_paths

from .conftest import MINI

DOMAIN_TYPES = {
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies", "master_slave",
    "marriage_partners", "dealer_addict", "secret_affair", "complete_strangers",
    "fleeting_acquaintance", "casual_acquaintance", "teammates", "old_friends", "close_siblings",
    "ex_friends", "enemies", "love_hate", "one_night_stand", "colleagues", "adversaries",
}


def write(tmp_path: Path, text: str, name: str = "lex.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_lexicon_covers_all_21_types(default_lexicon):
    assert DOMAIN_TYPES <= set(default_lexicon.types)
    for tid in DOMAIN_TYPES:
        tdef = default_lexicon.types[tid]
        assert tdef.signals, tid
        assert set(tdef.dimensions) == {"valence", "closeness", "intensity", "power"}, tid
        assert tdef.move in {"bolster", "shift", "change_gears"}, tid
        assert tdef.action and tdef.expectations, tid
        assert tdef.rules, f"{tid} lists no rules"


def test_default_lexicon_has_breadth(default_lexicon):
    assert default_lexicon.term_count >= 1000
    assert len(default_lexicon.rules) >= 10
    assert default_lexicon.meta["language"] == "en"


def test_default_lexicon_is_valid():
    assert validate_paths([default_lexicon_path()], with_default=False) == []


def test_mini_lexicon_loads(mini_lexicon):
    assert set(mini_lexicon.types) == {"marriage_partners", "ex_friends", "enemies",
                                       "dealer_addict", "love_hate"}
    assert mini_lexicon.signals["attraction"].negated == "disaffection"
    assert mini_lexicon.signals["attraction"].past == "lost_love"
    assert mini_lexicon.modifiers["negators"][2] == "never"
    assert "no" in mini_lexicon.modifiers["negators"]      # YAML 1.1 would make this False


@pytest.mark.parametrize("body, fragment", [
    ("signals:\n  a:\n    terms: {love: -1}\n", "weight of 'love'"),
    ("signals:\n  a:\n    terms: {'lo*ve': 1}\n", "invalid wildcard"),
    ("signals:\n  a:\n    terms: {'ab*': 1}\n", "invalid wildcard"),
    ("signals:\n  a:\n    terms: {}\n", "empty group"),
    ("signals:\n  a:\n    valence: happy\n    terms: {x: 1}\n", "valence must be one of"),
    ("signals:\n  a:\n    terms:\n      love: 1\n      love: 2\n", "duplicate key"),
    ("bogus: 1\n", "unknown top-level key"),
    ("types:\n  t:\n    signals: {nope: 1}\n", "unknown signal 'nope'"),
    ("types:\n  t:\n    dimensions: {valence: purple}\n", "valence must be one of"),
    ("types:\n  t:\n    strategy: {move: dance}\n", "strategy.move"),
    ("signals:\n  a:\n    terms: {love: 1}\n  b:\n    terms: {love: 1}\n", "shadows"),
    ("signals: [\n", "YAML syntax error"),
    ("signals:\n  a:\n    terms: {love: 1}\n  d:\n    derived: true\n"
     "    combine: [[a], ['rule:respekt']]\n"
     "rules:\n  respect:\n    breaks: {rude: 1}\n", "unknown rule 'respekt' (did you mean"),
])
def test_validation_reports_problem_with_file_and_line(tmp_path, body, fragment):
    path = write(tmp_path, body)
    problems = validate_paths([path], with_default=False)
    assert any(fragment in p for p in problems), problems
    assert all(p.startswith(str(path)) or p.startswith("lexicon") for p in problems), problems
    located = [p for p in problems if fragment in p][0]
    if not located.startswith("lexicon"):
        assert located.split(":")[1].isdigit(), located


@pytest.mark.parametrize("body", ["", "# only a comment\n", "{}\n", "signals:\ntypes: {}\n",
                                  "\n\n"])
def test_an_empty_lexicon_is_a_problem_at_line_1(tmp_path, body):
    # was: validate said "ok" for a file that sets nothing (usually the wrong file)
    path = write(tmp_path, body)
    for with_default in (True, False) if body == "" else (False,):   # (the default is slow)
        problems = validate_paths([path], with_default=with_default)
        assert f"{path}:1: the lexicon is empty: it sets no signals, types, rules, scoring or " \
               "other section, so it changes nothing (is it the right file?)" in problems


@pytest.mark.parametrize("body", ["scoring:\n  min_score: 2\n", "meta: {name: ours}\n",
                                  "frequent_words: [account]\n"])
def test_an_overlay_that_sets_one_section_is_not_empty(tmp_path, body):
    assert validate_paths([write(tmp_path, body)], with_default=True) == []


def test_an_empty_overlay_still_loads(tmp_path, default_lexicon):
    # validate flags it; a run merges it as a no-op rather than refusing to start
    lexicon = load_lexicon([write(tmp_path, "")])
    assert set(lexicon.types) == set(default_lexicon.types)


def test_a_share_threshold_above_1_is_a_problem_at_its_line(tmp_path):
    # min_share 7 made every customer undetermined, and validate said "ok"
    path = write(tmp_path, "meta: {name: x}\nscoring:\n  min_score: 2\n  min_share: 7\n"
                           "  mixed_share: .nan\n  confidence_scale: 5\n")
    problems = validate_paths([path], with_default=False)
    assert f"{path}:4: min_share is a share and must be from 0 to 1, not 7" in problems
    assert f"{path}:5: mixed_share must be a number >= 0" in problems
    assert not [p for p in problems if ":3:" in p or ":6:" in p], problems
    with pytest.raises(LexiconError, match="min_share is a share"):
        load_lexicon([path], use_default=True)


def test_validation_reports_every_problem_at_once(tmp_path):
    path = write(tmp_path, "signals:\n  a:\n    terms: {love: -1, 'x*y': 1}\n"
                           "types:\n  t:\n    signals: {nope: 1}\n")
    problems = validate_paths([path], with_default=False)
    assert len(problems) >= 2


def test_line_numbers_point_at_the_term(tmp_path):
    path = write(tmp_path, "signals:\n  a:\n    terms:\n      ok: 1\n      bad: 9\n")
    problems = validate_paths([path], with_default=False)
    assert any(p.startswith(f"{path}:5:") for p in problems), problems


def test_missing_lexicon_file_is_an_error(tmp_path):
    with pytest.raises(LexiconError) as info:
        load_lexicon([tmp_path / "nope.yaml"], use_default=False)
    assert "not found" in str(info.value)


def test_overlay_extends_reweights_and_disables(tmp_path):
    overlay = write(tmp_path, """
signals:
  attraction:
    terms: {"fan of": 0.9, love: 2.0}
types:
  enemies: {disabled: true}
  marriage_partners:
    signals: {commitment: 0, attraction: 2.0}
""")
    lex = load_lexicon([MINI, overlay], use_default=False)
    assert lex.signals["attraction"].terms["fan of"] == 0.9
    assert lex.signals["attraction"].terms["love"] == 2.0
    assert "adore" in lex.signals["attraction"].terms
    assert "enemies" not in lex.types
    assert lex.types["marriage_partners"].signals == {"attraction": 2.0}


def test_optional_types_are_off_unless_enabled(tmp_path):
    overlay = write(tmp_path, """
types:
  courtship:
    optional: true
    dimensions: {valence: positive, closeness: distant, intensity: weak, power: shared}
    signals: {attraction: 0.5}
    strategy: {move: shift, action: Make the second date easy.}
""")
    lex = load_lexicon([MINI, overlay], use_default=False)
    assert "courtship" not in lex.types and "courtship" in lex.all_types
    lex = load_lexicon([MINI, overlay], use_default=False, enable_optional=True)
    assert "courtship" in lex.types


def test_unsafe_yaml_is_rejected(tmp_path):
    path = write(tmp_path, "meta: !!python/object/apply:os.system ['echo hi']\n")
    problems = validate_paths([path], with_default=False)
    assert any("unsafe or unknown tag" in p for p in problems), problems
    assert problems[0].startswith(f"{path}:1:")
