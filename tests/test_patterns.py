"""patterns: slot lists, alternatives, optional words and token classes in lexicon terms."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from relradar.errors import LexiconError
from relradar.lexicon import load_lexicon
from relradar.matching import build_matcher
from relradar.patterns import PatternError, classes_of, expand, is_pattern

SLOTS = {"tier": ["gold", "platinum", "executive club"], "count": ["{NUM}", "two", "a few"]}

LEXICON = """
meta: {name: patterns, version: "1", language: en}
slots:
  tier: [gold, platinum, "executive club"]
  count: ["{NUM}", two, three, "a few"]
signals:
  longevity:
    valence: positive
    terms:
      "since {YEAR}": 1.0
      "for (over|more than)? {count} (years|yrs)": 1.2
      "my {ORD} [ever] (stay|visit)": 0.8
  entitlement:
    valence: neutral
    terms: {"as (a|an) {tier} member": 1.5}
  frustration:
    valence: negative
    terms: {":(": 0.5}
  churn:
    valence: negative
    terms: {"never fly [with] [{WORD}] [{WORD}] again": 1.5}
types:
  old_friends:
    label: Old friends
    dimensions: {valence: positive, closeness: close, intensity: weak, power: shared}
    signals: {longevity: 1.5}
    strategy: {move: bolster, action: Remember them.}
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "patterns.yaml"
    path.write_text(LEXICON, encoding="utf-8")
    return build_matcher(load_lexicon([path], use_default=False))


def found(matcher, text: str) -> list[tuple[str, str]]:
    return [(h.id, h.term) for h in matcher.match_text(text)[1] if h.weight]


def counted_ids(matcher, text: str) -> set[str]:
    """The signals and rules a text counts for (hits with a weight)."""
    return {h.id for h in matcher.match_text(text)[1] if h.weight}


def test_expand_alternatives_optional_and_slots():
    assert sorted(expand("as (a|an) {tier} member", SLOTS)) == sorted(
        f"as {a} {t} member" for a in ("a", "an") for t in ("gold", "platinum",
                                                           "executive club"))
    assert sorted(expand("my [very] first stay", {})) == ["my first stay", "my very first stay"]
    assert sorted(expand("(again)? this year", {})) == ["again this year", "this year"]
    assert expand("since {YEAR}", {}) == ["since {year}"]


def test_single_words_become_one_set_and_phrases_branch():
    sets: dict[str, tuple[str, ...]] = {}
    phrases = expand("as a {tier} member", SLOTS, sets)
    assert len(sets) == 1 and list(sets.values()) == [("gold", "platinum")]
    key = next(iter(sets))
    assert sorted(phrases) == sorted([f"as a {key} member".replace("  ", " "),
                                      "as a executive club member"])


def test_plain_terms_are_not_patterns():
    assert not is_pattern(":(")
    assert not is_pattern("used to love")
    assert is_pattern("{tier} member") and is_pattern("(a|b)") and is_pattern("[very] good")


def test_pattern_errors():
    with pytest.raises(PatternError, match="unknown slot"):
        expand("as a {nope} member", SLOTS)
    with pytest.raises(PatternError, match="unbalanced"):
        expand("as a (gold member", SLOTS)
    # a term that began with any word would begin at every word of every text
    with pytest.raises(PatternError, match="cannot begin with"):
        expand("[{WORD}] never again", SLOTS)
    with pytest.raises(PatternError, match="cannot begin with"):
        expand("(them|{WORD}) again", SLOTS, {})


def test_a_slot_that_refers_to_itself_is_a_problem_not_a_hang(tmp_path):
    from relradar.patterns import endless_slots, slot_cycles

    assert slot_cycles({"a": ["{b}"], "b": ["x {a}"], "c": ["{NUM}"], "d": ["{c} y"]}) == [
        ["a", "b", "a"]]
    assert slot_cycles({"a": ["{a} x", "y"]}) == [["a", "a"]]
    assert endless_slots({"a": ["{b}"], "b": ["x {a}"], "c": ["{a} y"], "d": ["z"]}) == {
        "a", "b", "c"}
    with pytest.raises(PatternError, match="without end"):
        expand("{a} love", {"a": ["{a} x"]})
    path = tmp_path / "loop.yaml"
    path.write_text('slots:\n  a: ["{b}"]\n  b: ["{a}"]\n  c: ["{a} y"]\nsignals:\n'
                    '  commitment:\n    terms: {"{a} love": 1.0, "{c} you": 1.0}\n',
                    encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    problems = caught.value.problems
    assert problems == [f"{path}:2: slot 'a' refers to itself through b"]   # c uses a: no more


def test_token_classes():
    assert classes_of("2013") == ("{year}", "{num}")
    assert classes_of("12") == ("{num}",)
    assert classes_of("1,000") == ("{num}",)
    assert classes_of("3rd") == ("{ord}",)
    assert classes_of("third") == ("{word}",) and classes_of("abc") == ("{word}",)
    assert classes_of(".") == () and classes_of("❤") == () and classes_of("") == ()


def test_patterns_match_their_family(matcher):
    assert found(matcher, "Member since 2013, first time I complain.") == [
        ("longevity", "since 2013")]
    assert found(matcher, "I've flown with you for over 12 years") == [
        ("longevity", "for over 12 years")]
    assert found(matcher, "customer for a few yrs") == [("longevity", "for a few yrs")]
    assert found(matcher, "This was my 3rd ever visit") == [("longevity", "my 3rd ever visit")]
    assert found(matcher, "my 2nd stay") == [("longevity", "my 2nd stay")]
    assert found(matcher, "As an Executive Club member I expect more") == [
        ("entitlement", "As an Executive Club member")]
    assert found(matcher, "as a Platinum members") == [("entitlement", "as a Platinum members")]
    assert found(matcher, "meh :(") == [("frustration", ":(")]
    # {WORD}: any one word, a name in place of "them"
    assert found(matcher, "I will never fly Spirit again") == [
        ("churn", "never fly Spirit again")]
    assert found(matcher, "never fly with Allegiant Air again!") == [
        ("churn", "never fly with Allegiant Air again")]
    assert found(matcher, "never fly again") == [("churn", "never fly again")]


def test_patterns_do_not_overreach(matcher):
    assert found(matcher, "since 1850 the town has grown") == []        # not a year here
    assert found(matcher, "for years and years") == []                  # no count
    assert found(matcher, "as a silver member") == []                   # not in the slot
    assert found(matcher, "my 3rd attempt") == []
    assert found(matcher, "never fly with the whole family again") == []   # three words
    assert found(matcher, "never fly . again") == []                      # not a word


def test_prefilter_is_a_superset_for_patterns(matcher):
    texts = ["Member since 2013", "for more than 3 yrs", "my 22nd stay",
             "as an executive club member", "as a gold member", "never fly Delta again"]
    for text in texts:
        assert found(matcher, text), text
        assert matcher.may_match(matcher.prepare(text)), text


def test_validate_reports_bad_patterns(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("signals:\n  longevity:\n    terms:\n"
                    "      \"as a {nope} member\": 1.0\n"
                    "      \"for (many|several years\": 1.0\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon([path])
    problems = "\n".join(err.value.problems)
    assert "bad.yaml:4" in problems and "unknown slot {nope}" in problems
    assert "bad.yaml:5" in problems and "unbalanced" in problems


def test_default_lexicon_patterns(default_matcher):
    ids = partial(counted_ids, default_matcher)

    assert "longevity" in ids("I've been a customer since 2009.")
    assert "entitlement" in ids("As a Diamond Medallion member this is not ok")
    assert "churn" in ids("I will never fly with this airline again")
    assert "conflict_expectation" in ids("I have called them 6 times about this")
    assert "preference" in ids("This is my favorite coffee shop")
    assert "family" in ids("My grandma always bought this brand")
    assert "feedback" in ids("It would be great if you added a dark mode")
    assert not ids("The app crashes every time I open it") & {"conflict_expectation"}
    assert not ids("I stayed here for work") & {"professional"}


def test_clauses_about_another_party_do_not_count(default_matcher):
    def weights(text):
        return {(h.id, h.weight) for h in default_matcher.match_text(text)[1]}

    ids = partial(counted_ids, default_matcher)

    # a competitor or a previous provider, and what a friend says: not this brand's tie
    assert not ids("my old bank was a nightmare, you guys are so much better") \
        & {"frustration", "anger"}
    assert not ids("My friend says your service is the worst") & {"anger", "hostility"}
    assert not ids("other airlines actually treat me like family") & {"family", "trust"}
    dropped = [h for h in default_matcher.match_text("my previous provider kept overcharging "
                                                     "me")[1] if h.id == "conflict_expectation"]
    assert dropped and dropped[0].weight == 0.0
    assert dropped[0].mods == ("about someone else (my previous provider)",)
    # the same words about this brand still count, and leaving for a rival is leaving
    assert "conflict_expectation" in ids("you kept overcharging me")
    assert "churn" in ids("I'm switching to another airline after this")
    assert "rebound" in ids("I switched from my old provider and so far so good")
    # a new clause (a contrast, a full stop) is about the brand again
    assert ("anger", 0.0) not in weights("My old bank was slow. You are useless.")
    # someone else's tenure is theirs; a family habit the customer carries on is family
    assert "longevity" not in ids("My mother has been with you since the early seventies")
    assert "longevity" in ids("My wife and I have been with you for 20 years")
    assert "family" in ids("My mum has always bought your tea and now I do")
    assert "hostility" not in ids("everyone is boycotting the other coffee place on our block")
    # an employee's tenure is not a customer's; a business customer's is
    assert "longevity" not in ids("Been working in the Acme warehouse for nine years")
    assert "longevity" not in ids("I've worked at Acme for 12 years")
    assert "longevity" in ids("I have worked with them for ten years")
    assert "longevity" in ids("we will never book elsewhere as long as you have her as an "
                              "employee, been coming here for years")


def test_default_lexicon_families_of_tenure_status_and_ideas(default_matcher):
    ids = partial(counted_ids, default_matcher)

    assert "longevity" in ids("7 years with this bank")
    assert "entitlement" in ids("I spent over $10k with you last year")
    assert "entitlement" in ids("I lost my Gold status after one bad year")
    assert "feedback" in ids("could you guys add more vegan options?")
    assert "feedback" not in ids("Can you make my booking for Tuesday?")
    assert "family" in ids("my dad and his dad before him banked here")


def test_default_lexicon_families_of_running_fights_and_verdicts(default_matcher):
    ids = partial(counted_ids, default_matcher)

    assert "conflict_expectation" in ids("they keep charging me for a plan I cancelled")
    assert "conflict_expectation" in ids("You have repeatedly ignored my letters")
    assert "conflict_expectation" in ids("third cancelled flight this month")
    assert "conflict_expectation" in ids("this is not the first time")
    assert "hostility" in ids("hands down the worst delivery company")
    assert "hostility" in ids("Don't waste your money")
    assert "lost_love" in ids("loved this app until the last update")
    assert "commitment" in ids("I won't buy anything else")
    assert "churn" in ids("This was my last order with them")
    assert not ids("I have never had a problem in ten years") & {"conflict_expectation"}


@pytest.mark.parametrize("key", ["other_party", "in_names", "passing"])
def test_signal_switches_must_be_drop_or_keep(tmp_path: Path, key: str):
    path = tmp_path / "bad.yaml"
    path.write_text(f"signals:\n  churn:\n    {key}: sometimes\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon([path])
    assert any("bad.yaml:3" in p and f"{key} must be drop or keep" in p
               for p in err.value.problems)


def test_cues_inside_capitalised_names_are_names(default_matcher):
    def weights(text):
        return {h.id: h.weight for h in default_matcher.match_text(text)[1]}

    lounge = [h for h in default_matcher.match_text("a drink in the Loyalty Lounge was nice")[1]
              if h.id == "commitment"]
    assert lounge and lounge[0].weight == 0.0
    assert lounge[0].mods == ("part of a name (Loyalty Lounge)",)
    assert weights("Booked the 'Forever Yours' package").get("commitment", 0.0) == 0.0
    # the same words as the customer's own: lower case, a title-case title, repeated praise
    assert weights("I love this place")["attraction"] > 0
    assert weights("Loved It, Will Be Back Soon")["attraction"] > 0
    assert weights("we Love Love Love this place")["attraction"] > 0
    # a name neither starts nor ends with a little word: title case, not a name
    assert weights("- Ima Addicted To #Twitter.")["craving"] > 0
    assert weights("we ate at The Love Shack today").get("attraction", 0.0) == 0.0
    # a title-case phrase naming the noun after it is a product's name
    assert weights("I ordered the Guilty Pleasures selection box").get("secrecy", 0.0) == 0.0
    assert weights("so happy with the Devotion wrap dress").get("commitment", 0.0) == 0.0
    # ... also when the determiner opens the sentence, capitalised like the name
    assert weights("The Guilty Pleasure scent smells lovely").get("secrecy", 0.0) == 0.0
    assert weights("★★★☆☆ The Guilty Pleasure scent is weak").get("secrecy", 0.0) == 0.0
    assert weights("I love it. The Guilty pleasure of my week").get("secrecy", 0.0) > 0
    assert weights("this is my Favorite store")["preference"] > 0
    assert weights("This is a Total Scam and I want a refund")["hostility"] > 0
    # status tiers are names and still count
    assert weights("as a Platinum Medallion member I expect better")["entitlement"] > 0


def test_symptoms_and_product_descriptions_are_no_relationship(default_matcher):
    """The CODEBOOK: a bug's frequency is a symptom, "addictive game" a product description;
    a service that lets the customer down again and again is a running battle."""
    ids = partial(counted_ids, default_matcher)

    assert "conflict_expectation" not in ids("my battery dies every single time")
    assert "conflict_expectation" not in ids("Why is Siri always down")
    assert "conflict_expectation" not in ids("the app crashes every time")
    assert "conflict_expectation" in ids("your flights are always delayed")
    assert "craving" not in ids("addictive game, love it")
    assert "craving" in ids("I'm addicted to this game")
    # the customer's own record as a payer is not the brand's reliability
    assert "reliability" not in ids("I have never been late on a payment")
    assert "reliability" not in ids("never missed a payment in ten years")
    assert "reliability" in ids("the trains are never late")
    # a last chance to put things right is an ultimatum, not a trial; tyres are not brands
    assert "trial" not in ids("I am giving you a chance to fix it before I go to the ombudsman")
    assert "variety" not in ids("we rotate the tyres every winter")
    # a cue aimed at one product is product love or the product's life, not a tie
    assert ids("obsessed with the new wrap dress") == {"attraction"}
    assert ids("can't live without this blender now") == {"attraction"}
    assert "craving" in ids("I can't live without this app")
    assert "craving" not in ids("my kids are addicted to this game lol")
    assert "craving" in ids("obsessed with this shop, I order every week")
    assert "longevity" not in ids("I will get use out of it for years to come")
    assert "longevity" in ids("I have been a customer for years")
    assert "longevity" not in ids("Been using it for two weeks and my skin is softer")
    assert "longevity" in ids("I have been using it for years")
    assert "novelty" not in ids("the maroon is so popular this season")
    assert "novelty" not in ids("my new favorite dress")
    assert "novelty" in ids("just got the latest one, so hyped")
    # sending a product back is a complaint, not leaving; a wish about it is no idea for the
    # brand; one free moment is no occasional habit; a work party is an occasion of use
    assert ids("I had to return it, too small") == {"complaint"}
    assert "churn" in ids("I will never shop here again")
    assert "feedback" not in ids("I wish it was longer")
    assert "feedback" in ids("I wish you would add a dark mode")
    assert "occasional" not in ids("when i got a chance to try it on")
    assert "occasional" in ids("I come here whenever I get the chance")
    assert "professional" not in ids("wore it to our company party")
    assert "value_reason" not in ids("amazing thank you, that's all I needed to know")
    assert "community" not in ids("our community allotment group keeps the rota there")
    assert "community" in ids("our community here is the best")
    # a disappointing product, as reviews say it, is a complaint; "cheap" alone goes either way
    assert ids("the fabric feels cheap") == {"complaint"}
    assert ids("not as pictured") == {"complaint"}
    assert "complaint" not in ids("cheap flights, great value")


def test_some_sarcasm_cues_need_something_bad_beside_them(default_matcher):
    """"great job" and "love how" are praise in a review; beside a bad experience (a negative
    signal or word) they are sarcasm."""
    ids = partial(counted_ids, default_matcher)

    assert ids("housekeeping did a great job, we loved it") == {"attraction"}
    assert "frustration" in ids("great job losing my bag, love it")
    assert "frustration" in ids("love how you cancelled my flight again, love you guys")
    sentiment = default_matcher.sentiment
    assert sentiment.score("I love how easy this app is, great job") > 0
    assert sentiment.score("Great job losing my bag") < 0


def test_sarcasm_exceptions_hold_a_cue_that_is_meant(default_matcher):
    ids = partial(counted_ids, default_matcher)

    assert ids("Thanks so much for the amazing stay, we love this hotel") == {"attraction"}
    assert "frustration" in ids("so much for loving your customers")


def test_never_so_negates_nothing(default_matcher):
    def kept(text):
        return {h.id: h.weight for h in default_matcher.match_text(text)[1] if h.weight > 0}

    assert kept("I have never been so happy").get("joy", 0) > 0
    assert not kept("I have never been happy").get("joy")


def test_words_listed_as_used_in_passing_win_over_an_inflected_cue(default_matcher):
    hits = default_matcher.match_text("We value loyal customers like you.")[1]
    assert [(h.id, h.weight) for h in hits] == [("incidental", 0.0)]
    assert [h.id for h in default_matcher.match_text("I'm a loyal customer")[1]] == ["commitment"]


def test_loyalty_beside_leaving_in_one_message_is_combined_there(default_matcher):
    hits = default_matcher.match_text("Loyal customer for 12 years and I'm done with you.")[1]
    combined = [h for h in hits if h.id == "soured_loyalty"]
    assert combined and combined[0].mods == ("in one message",) and combined[0].weight > 0
    # either part alone is not the combination
    assert not [h for h in default_matcher.match_text("Loyal customer for 12 years.")[1]
                if h.id == "soured_loyalty"]


def test_within_is_history_or_message_on_combined_signals(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("signals:\n  soured_loyalty:\n    within: week\n"
                    "  churn:\n    within: message\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon([path])
    problems = "\n".join(err.value.problems)
    assert "bad.yaml:3" in problems and "within must be history or message" in problems
    assert "bad.yaml:5" in problems and "within applies to a derived signal" in problems


def test_contractions_inside_patterns(tmp_path: Path):
    path = tmp_path / "extra.yaml"
    path.write_text("signals:\n  trust:\n    terms:\n"
                    "      \"(i|we) (have|'ve) trusted zorbo\": 1.2\n"
                    "      \"(i|we) 've loved zorba\": 1.2\n", encoding="utf-8")
    matcher = build_matcher(load_lexicon([path]))
    for text in ["I've trusted zorbo", "I have trusted zorbo", "we've loved zorba"]:
        assert [h.id for h in matcher.match_text(text)[1] if h.weight] == ["trust"], text


def test_using_the_brand_again_and_again_is_not_a_fight(default_lexicon, default_matcher):
    from relradar.scoring import finish_customer, new_state

    def customer(text):
        state = new_state("c", None, default_lexicon)
        cleaned, hits, sentiment = default_matcher.analyze_text(text)
        state.add(0, None, "t:1", cleaned, hits, sentiment=sentiment)
        return hits, finish_customer(state, default_lexicon)

    hits, joy = customer("Every time I fly with them it's an absolute joy, the crew are wonderful")
    assert not any(m.startswith("sarcasm") for h in hits for m in h.mods)
    assert joy.type != "adversaries" and joy.valence == "positive"
    _, fight = customer("every time I order from them something is missing, again")
    assert fight.type == "adversaries"
    _, calls = customer("every time I call I'm on hold for an hour, typical")
    assert calls.type == "adversaries"
    # a habit told alone is no fight; the same habit beside a let-down is
    _, habit = customer("I've done this route dozens and dozens of times.")
    assert habit.type != "adversaries"
    _, battle = customer("I've done this route dozens and dozens of times and the seats are "
                         "appalling, delayed again")
    assert battle.type == "adversaries"


def test_a_symptom_used_in_passing_is_still_a_complaint(default_matcher):
    # no tie (incidental), still a complaint
    assert [sid for sid, _ in found(default_matcher, "the app keeps crashing")] == ["complaint"]
    assert not found(default_matcher, "I'd love an update")


def test_leaving_with_the_brand_named(default_matcher):
    ids = partial(counted_ids, default_matcher)

    assert "churn" in ids("We will never be using Allegiant airlines again.")
    assert "churn" in ids("I may never fly Spirit.")
    assert "churn" in ids("Will avoid in future.")
    assert "churn" in ids("Very unlikely I will use Frontier again")
    assert "churn" in ids("refused to book any more flights with them")
    assert "churn" in ids("won't make that mistake again")
    # "avoid" with any object is no leaving: only "avoid ... in future" is
    assert not ids("we came early to avoid delays") & {"churn", "hostility"}
    assert not ids("I will use it again tomorrow") & {"churn", "hostility"}


def test_news_and_single_quoted_passages_are_someone_elses_words(default_matcher):
    def counted(text):
        return {h.id for h in default_matcher.match_text(text)[1] if h.weight}

    assert not counted("Saw on the BBC that the bank was fined again, the third time this year")
    assert not counted("the agent said 'we value loyal customers like you' and hung up") \
        & {"commitment"}
    assert "attraction" in counted("the kids' room was lovely and we loved it")
    assert "commitment" in counted("I'm a loyal customer, 'nuff said")


def test_short_quotes_are_names_or_scare_quotes(default_matcher):
    def weights(text):
        return {h.id: h.weight for h in default_matcher.match_text(text)[1]}

    # a quoted word or two is a name, a label or someone else's word, not the customer's own
    assert weights("This 'dangerously addictive' jigsaw is a calm thing")["attraction"] == 0
    assert weights("Your 'loyalty tariff' is two pounds off")["commitment"] == 0
    # praise standing alone in quotes is sarcasm, as before
    assert "frustration" in weights('I "love" how nobody ever answers')
    # the same words unquoted, and apostrophes, still count
    assert weights("I'm addicted to this app")["craving"] > 0
    assert weights("the kids' room was great, I love it")["attraction"] > 0


# Paraphrase families of the tuning sets and of probes (one row each): the signal is
# present, absent, or the only one counted.
PARAPHRASES = [
    ("the parcel goes to my office so my husband doesn't see it", "secrecy", "present"),
    ("my partner thinks I've stopped buying shoes", "secrecy", "present"),
    ("if anyone asks, this coat is from last year", "secrecy", "present"),
    ("my husband thinks the coat is lovely", "secrecy", "absent"),
    ("have you got a room for just tonight?", "impulse", "present"),
    ("liked it more than I expected", "joy", "only"),
    ("better than we expected", "demand", "absent"),
    ("I expected better", "entitlement", "present"),
    ("third product and I'm done experimenting", "commitment", "only"),
    ("I'm done with you, closing my account", "churn", "present"),
    ("I used to send everyone at the office your way", "lost_love", "present"),
    ("I'm not going to ask twice", "entitlement", "present"),
    ("my screen time report says 31 hours", "craving", "present"),
    ("can you put a limit on my account?", "craving", "present"),
    ("I play it before I've said a word to anyone", "craving", "present"),
    ("overdraft fee again. Exactly like April.", "conflict_expectation", "present"),
    ("I've ordered 19 times this month", "repeat_use", "present"),
    ("we have stayed here 3 times before", "occasional", "present"),
    ("Been driving for Parcelwing about eight months now", "longevity", "absent"),
    ("I will be recommending to everyone that they never sign with you", "hostility", "present"),
    ("There's never been another badge on our drive", "commitment", "present"),
    ("just collected my fourth Carvella in a row", "commitment", "present"),
    ("Third one of these I've bought", "repeat_use", "present"),
    ("When this one goes I'll buy the fourth", "repeat_use", "present"),
    ("Our dispatch is built around your 4pm collection", "professional", "present"),
    ("Not going to pretend I'm some devoted fan of the app", "commitment", "absent"),
    ("I'd like to say I'm surprised", "conflict_expectation", "present"),
    ("it is the first thing I open and the last thing I close", "craving", "present"),
    ("I couldn't tell you what the other airlines' seats look like", "commitment", "present"),
    ("Three years ago I cleared every other brand out of my cabinet", "commitment", "present"),
    ("Three years ago I cleared every other brand out of my cabinet", "lost_love", "absent"),
    ("I defended you at every dinner party", "lost_love", "present"),
    ("doing my Saturday shop there since it had the wooden trolley bay", "longevity", "present"),
    ("I needed a suit for exactly one evening", "impulse", "present"),
    ("I'll be telling anyone who mentions your name to avoid you", "hostility", "present"),
    ("I only fly SkyJet, best in the business", "commitment", "present"),
    ("I only use it for work", "commitment", "absent"),
    ("every time I fly with you my bag gets lost", "service_failure", "present"),
    ("the best instructors in Bristol and the worst booking system", "ambivalence", "present"),
    ("right now Velvetline can do no wrong", "novelty", "present"),
    ("This month's notes from my shops, as promised", "feedback", "present"),
    ("ten minutes on your Platinum line explaining who I am", "entitlement", "present"),
    ("My assistant will send you my travel", "entitlement", "present"),
    ("Between us on this board we've solved more of these than support", "community", "present"),
    ("the fee again, same as January", "conflict_expectation", "present"),
    ("Did night porter at a Larchwood Inn for two years", "longevity", "absent"),
    ("never had a reason to contact you, exactly how I like it", "value_reason", "present"),
    ("the cheap one does everything I need", "value_reason", "present"),
    ("the first thing I checked on the map was the nearest cafe", "craving", "absent"),
    ("it's the first thing I check every morning", "craving", "present"),
    ("I've been waiting 3 days for a reply to my DM", "complaint", "only"),
    ("why does my order say delivered when it's not here", "complaint", "present"),
    ("my account got locked again", "conflict_expectation", "present"),
    ("If you're still the cheapest I'll stay", "value_reason", "present"),
    ("I don't need anything else from a courier", "value_reason", "present"),
    ("Claim submitted, my 4th claim since the summer", "conflict_expectation", "present"),
    ("roughly one in five vanishes into the hub", "conflict_expectation", "present"),
    ("it's not the machines, it's the people who turn up with you", "community", "present"),
    ("Another of my occasional notes on the app", "feedback", "present"),
    ("our bookkeeping practice uses Ledgerly for 30 client files", "professional", "present"),
]


@pytest.mark.parametrize("text, signal, how", PARAPHRASES)
def test_paraphrase_families(default_matcher, text, signal, how):
    found = counted_ids(default_matcher, text)
    if how == "only":
        assert found == {signal}, (text, found)
    else:
        assert (signal in found) == (how == "present"), (text, found)
