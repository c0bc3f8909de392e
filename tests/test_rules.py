"""Relationship rules (issue 9): break phrases -> rule hits, weighting by the customer's type,
distress, the portfolio's rule-break rows, and the rule tables in classify and explain."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from relradar import portfolio, scoring
from relradar.cli import app
from relradar.lexicon import Lexicon
from relradar.matching import Hit, Matcher

from .conftest import DATA

BREAKS = "tests/data/history/breaks.csv"

# rule id -> (a customer reporting the break, the same break denied)
CASES: dict[str, tuple[str, str]] = {
    "advance_notice": ("You raised the price without warning, nobody told me.",
                       "They did not change anything without warning."),
    "being_heard": ("Every reply I get is a canned response, you didn't even read my message.",
                    "It was not a canned response at all."),
    "freedom": ("Stop emailing me, I am sick of being bombarded with offers.",
                "I was never bombarded with offers."),
    "confidences": ("You sold my data to third parties without my consent.",
                    "They never sold my data."),
    "novelty": ("Same old menu every year, no new flavours, it's getting stale.",
                "The menu is not getting stale."),
    "respect": ("The agent was so condescending and talked down to me.",
                "The agent was not condescending."),
    "promises": ("You promised me a refund and lied to me, this is false advertising.",
                 "The agent has not lied to me."),
    "fair_terms": ("There was a price hike and hidden fees on my bill.",
                   "There weren't any hidden fees."),
    "support": ("I was left hanging for weeks, no one took responsibility.",
                "The team never left me hanging."),
    "recognition": ("Twelve years with you and loyalty means nothing, new customers get better "
                    "deals.",
                    "I have never felt taken for granted."),
    "tolerance": ("You made me feel guilty for flying with another airline, I lose my status if I "
                  "do.",
                  "They never made me feel guilty."),
}

WARM = "I love you guys, loyal forever!"


def rule_hits(matcher: Matcher, text: str, rid: str) -> list[Hit]:
    return [h for h in matcher.match_text(text)[1] if h.kind == "rule" and h.id == rid]


def customer(lexicon: Lexicon, matcher: Matcher, texts: list[str], cid: str = "c",
             times: list[float] | None = None):
    """A finished customer and the raw (unweighted) rule totals from its hits."""
    state = scoring.CustomerState(cid, None)
    raw: dict[str, float] = {}
    for i, text in enumerate(texts):
        cleaned, hits = matcher.match_text(text)
        for h in hits:
            if h.kind == "rule" and h.weight:
                raw[h.id] = raw.get(h.id, 0.0) + h.weight
        state.add(i, times[i] if times else None, f"test:{i + 1}", cleaned, hits)
    return scoring.finish_customer(state, lexicon), raw


# ---------------------------------------------------------------- break phrases

def test_every_default_rule_has_a_case(default_lexicon):
    assert set(default_lexicon.rules) == set(CASES)
    for rid, rule in default_lexicon.rules.items():
        assert rule.breaks, f"{rid} has no break phrases"
        assert rule.label and rule.expectation


@pytest.mark.parametrize("rid", sorted(CASES))
def test_break_sentence_hits_its_rule(default_matcher, rid):
    hits = rule_hits(default_matcher, CASES[rid][0], rid)
    assert any(h.weight > 0 for h in hits), f"{CASES[rid][0]!r} does not break {rid}"


@pytest.mark.parametrize("rid", sorted(CASES))
def test_negated_break_does_not_count(default_matcher, rid):
    text = CASES[rid][1]
    hits = rule_hits(default_matcher, text, rid)
    assert not any(h.weight > 0 for h in hits), f"{text!r} still breaks {rid}"
    # the phrase was recognised and dropped by negation (kept, weight 0, for explain)
    assert hits and all(h.weight == 0 for h in hits)
    assert any("negated" in m for h in hits for m in h.mods)


def test_negation_ends_at_a_comma(default_matcher):
    hits = rule_hits(default_matcher, "They did not apologise, and changed it without warning.",
                     "advance_notice")
    assert [h.weight for h in hits] == [1.0]


def test_break_hits_carry_term_and_offsets(default_matcher):
    text, hits = default_matcher.match_text(CASES["advance_notice"][0])
    terms = {h.term for h in hits if h.kind == "rule" and h.id == "advance_notice"}
    assert terms == {"without warning", "nobody told me"}
    for h in hits:
        assert text[h.start:h.end] == h.term


# ---------------------------------------------------------------- weighting per type

TYPED = [
    ("marriage_partners", WARM, "You raised the price without warning, nobody told me."),
    ("best_friends", "I trust you completely, you have always been honest with me.",
     "You sold my data to third parties without my consent."),
    ("buddies", "I like to mix it up and try other brands too.",
     "You made me feel guilty for flying with another airline."),
    ("master_slave", "I expect to be treated like a VIP, I demand to speak to the manager.",
     "The agent was so condescending and talked down to me."),
    ("enemies", "Worst company ever, total scam.",
     "The agent was so condescending and talked down to me, and there are hidden fees."),
]


@pytest.mark.parametrize("tid,opener,complaint", TYPED, ids=[t[0] for t in TYPED])
def test_rules_weighted_by_type_importance(default_lexicon, default_matcher, tid, opener,
                                           complaint):
    result, raw = customer(default_lexicon, default_matcher, [opener, opener, complaint])
    assert result.type == tid
    tdef = default_lexicon.types[tid]
    assert raw, "the complaint broke no rule"
    assert set(result.rules_broken) == set(raw)
    for rid, total in raw.items():
        assert result.rules_broken[rid] == pytest.approx(total * tdef.rules.get(rid, 1.0),
                                                         abs=1e-3)
    # at least one of the broken rules is one the type cares about (importance > 1)
    assert any(tdef.rules.get(rid, 1.0) > 1.0 for rid in raw)


def test_marriage_partner_numbers(default_lexicon, default_matcher):
    result, raw = customer(default_lexicon, default_matcher,
                           [WARM, "You raised the price without warning, nobody told me."])
    assert result.type == "marriage_partners"
    assert raw == {"fair_terms": 1.2, "advance_notice": 2.0}
    assert result.rules_broken == {"advance_notice": 3.0, "fair_terms": 1.8}


def test_rule_outside_the_type_counts_once(default_lexicon, default_matcher):
    # being_heard is not among marriage_partners' rules: importance 1
    assert "being_heard" not in default_lexicon.types["marriage_partners"].rules
    result, raw = customer(default_lexicon, default_matcher,
                           [WARM, WARM, "It was a canned response."])
    assert result.type == "marriage_partners"
    assert result.rules_broken == {"being_heard": raw["being_heard"]}


def test_undetermined_customer_rules_count_once(default_lexicon, default_matcher):
    result, raw = customer(default_lexicon, default_matcher,
                           ["You raised the price without warning, nobody told me."])
    assert result.type == scoring.UNDETERMINED
    assert result.rules_broken == pytest.approx(raw)


def test_negated_break_is_not_broken(default_lexicon, default_matcher):
    result, raw = customer(default_lexicon, default_matcher,
                           [WARM, "They did not change anything without warning."])
    assert raw == {}
    assert result.rules_broken == {}
    assert not any(r.startswith("rule broken") for r in result.distress_reasons)


# ---------------------------------------------------------------- distress

def test_broken_rules_feed_distress_and_reasons(default_lexicon, default_matcher):
    result, _ = customer(default_lexicon, default_matcher,
                         [WARM, "You raised the price without warning, nobody told me."])
    assert result.distress is True
    assert result.distress_reasons == ("rule broken: Tell me first (3.00)",
                                       "rule broken: Keep the deal fair (1.80)")


def test_distress_reasons_list_signals_then_rules(default_lexicon, default_matcher):
    result, _ = customer(default_lexicon, default_matcher, [
        "Worst company ever, total scam.",
        "The agent was so condescending and talked down to me, and there are hidden fees."])
    assert result.type == "enemies"
    reasons = list(result.distress_reasons)
    rule_reasons = [r for r in reasons if r.startswith("rule broken: ")]
    assert "rule broken: Treat me with respect (4.83)" in rule_reasons
    first_rule = reasons.index(rule_reasons[0])
    assert all(not r.startswith("rule broken") for r in reasons[:first_rule])
    assert reasons[0].startswith("Hostility (")


def test_importance_can_tip_distress(default_lexicon, default_matcher):
    """A small break (0.8) is below distress_min alone, but x1.5 for a marriage partner."""
    small = "The price went up out of the blue."
    assert default_lexicon.scoring["distress_min"] == 1.0
    alone, raw = customer(default_lexicon, default_matcher, [small])
    assert raw == {"advance_notice": 0.8}
    assert alone.rules_broken == {"advance_notice": 0.8}
    assert alone.distress is False
    assert alone.distress_reasons == ("rule broken: Tell me first (0.80)",)
    partner, _ = customer(default_lexicon, default_matcher, [WARM, small])
    assert partner.type == "marriage_partners"
    assert partner.rules_broken == {"advance_notice": 1.2}
    assert partner.distress is True


def test_distress_function_directly(default_lexicon):
    tdef = default_lexicon.types["best_friends"]
    is_distressed, reasons, broken = scoring.distress({}, {"confidences": 0.6, "novelty": 0.3},
                                                      tdef, default_lexicon)
    assert broken == {"confidences": 1.2, "novelty": 0.3}
    assert is_distressed is True     # 1.2 + 0.3 >= 1.0
    assert reasons == ("rule broken: Keep my secrets (1.20)", "rule broken: Keep it fresh (0.30)")
    none = scoring.distress({}, {"novelty": 0.3}, None, default_lexicon)
    assert none == (False, ("rule broken: Keep it fresh (0.30)",), {"novelty": 0.3})


# ---------------------------------------------------------------- portfolio rows

def test_portfolio_rule_breaks_rows(default_lexicon, default_matcher):
    kim, _ = customer(default_lexicon, default_matcher,
                      [WARM, "You raised the price without warning, nobody told me."], "kim")
    lou, _ = customer(default_lexicon, default_matcher, [
        "Worst company ever, total scam.",
        "The agent was so condescending and talked down to me, and there are hidden fees."],
        "lou")
    max_, _ = customer(default_lexicon, default_matcher, ["Great value for money, it just works."],
                       "max")
    rows = portfolio.rule_breaks([kim, lou, max_], default_lexicon)
    assert [r["rule"] for r in rows] == ["fair_terms", "advance_notice", "respect"]
    fair = rows[0]
    assert fair["customers"] == 2
    assert fair["types"] == {"enemies": 1, "marriage_partners": 1}
    assert fair["label"] == "Keep the deal fair"
    assert fair["expectation"] == default_lexicon.rules["fair_terms"].expectation
    assert fair["weight"] == pytest.approx(kim.rules_broken["fair_terms"]
                                           + lou.rules_broken["fair_terms"])
    assert "raised the price" in fair["example"]
    assert rows[1]["customers"] == 1 and rows[1]["types"] == {"marriage_partners": 1}
    assert "without warning" in rows[1]["example"]
    assert rows[2]["types"] == {"enemies": 1} and "condescending" in rows[2]["example"]
    assert portfolio.rule_breaks([max_], default_lexicon) == []


def test_rule_break_example_survives_strong_signals(default_lexicon, default_matcher):
    cust, raw = customer(default_lexicon, default_matcher, [
        "I absolutely LOVE you guys, loyal forever, customer for life!!!",
        "Best coffee ever, I adore you, obsessed with your oat latte, can't live without it!",
        "Things are fine, though there was no heads up."])
    assert cust.rules_broken == {"advance_notice": pytest.approx(1.65)}
    rows = portfolio.rule_breaks([cust], default_lexicon)
    assert rows[0]["rule"] == "advance_notice"
    assert "no heads up" in rows[0]["example"]


# ---------------------------------------------------------------- CLI

@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.chdir(DATA.parent.parent)
    return CliRunner()


def test_classify_json_has_rule_breaks(runner):
    result = runner.invoke(app, ["classify", BREAKS, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    rows = doc["rule_breaks"]
    assert rows, "rule_breaks is empty"
    by_rule = {r["rule"]: r for r in rows}
    assert set(by_rule) == {"fair_terms", "advance_notice", "respect"}
    assert by_rule["fair_terms"]["customers"] == 2
    affected = {c["customer_id"] for c in doc["customers"] if c["rules_broken"]}
    assert affected == {"kim", "lou"}
    for row in rows:
        assert set(row) >= {"rule", "label", "expectation", "customers", "weight", "types",
                            "example"}
        assert row["example"]
    customers = {c["customer_id"]: c for c in doc["customers"]}
    assert customers["kim"]["rules_broken"] == {"advance_notice": 3.0, "fair_terms": 1.8}
    assert customers["ned"]["rules_broken"] == {}       # "did not ... without warning"
    assert any(r.startswith("rule broken: ") for r in customers["kim"]["distress_reasons"])


def test_classify_table_shows_rule_table(runner):
    result = runner.invoke(app, ["classify", BREAKS])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Rules customers say were broken" in out
    section = out[out.index("Rules customers say were broken"):]
    for label in ("Keep the deal fair", "Tell me first", "Treat me with respect"):
        assert label in section
    assert "enemies 1, marriage_partners 1" in section


def test_classify_table_without_breaks_has_no_rule_table(runner, tmp_path):
    calm = tmp_path / "calm.csv"
    calm.write_text("customer_id,text\nmax,\"Great value for money, it just works.\"\n")
    result = runner.invoke(app, ["classify", str(calm)])
    assert result.exit_code == 0, result.stderr
    assert "Rules customers say were broken" not in result.stdout


def test_explain_table_shows_type_rules(runner):
    result = runner.invoke(app, ["explain", BREAKS, "--customer", "kim"])
    assert result.exit_code == 0, result.stderr
    lines = " ".join(result.stdout.split())     # rich wraps long lines
    assert "[rule break] advance_notice 1 <- without warning" in lines
    assert "rule Tell me first (x1.5):" in lines
    assert "Keep the deal fair (x1.5)" in lines
    broken = lines.split("rule Keep the deal fair")[1].split("rule ")[0]
    assert "[BROKEN]" in broken
    kept = lines.split("rule Value my loyalty")[1].split("rule ")[0]
    assert "[kept]" in kept


def test_explain_json_lists_type_rules(runner, default_lexicon):
    result = runner.invoke(app, ["explain", BREAKS, "--customer", "kim", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["customer"]["type"] == "marriage_partners"
    rules = {r["id"]: r for r in doc["rules"]}
    assert list(rules) == list(default_lexicon.types["marriage_partners"].rules)
    assert {rid for rid, r in rules.items() if r["broken"]} == {"advance_notice", "fair_terms"}
    assert rules["advance_notice"]["importance"] == 1.5
    assert rules["recognition"]["broken"] is False
    assert rules["promises"]["label"] == "Keep your word"
    hits = [h for m in doc["messages"] for h in m["hits"] if h["kind"] == "rule"]
    assert {h["id"] for h in hits} == {"advance_notice", "fair_terms"}


def test_explain_json_undetermined_has_no_rules(runner, tmp_path):
    data = tmp_path / "u.csv"
    data.write_text("customer_id,text\nzz,\"The price went up out of the blue.\"\n")
    doc = json.loads(runner.invoke(app, ["explain", str(data), "-c", "zz", "-f", "json"]).stdout)
    assert doc["customer"]["type"] == "undetermined"
    assert doc["rules"] == []
    assert doc["customer"]["rules_broken"] == {"advance_notice": 0.8}


def test_a_negated_break_said_as_praise_reads_as_the_praise(default_matcher):
    # "never lied to me" and "no hidden fees" are listed as trust and value themselves
    for text, rid, sid in [("The agent never lied to me.", "promises", "trust"),
                           ("There were no hidden fees.", "fair_terms", "value")]:
        hits = default_matcher.match_text(text)[1]
        assert not any(h.kind == "rule" and h.id == rid and h.weight > 0 for h in hits), text
        assert any(h.id == sid and h.weight > 0 for h in hits), text
