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
    # an opener straight before a courtesy word closes a routine exchange
    for text in ("Perfect, thank you.", "Great. Thanks.", "Ok great, thanks",
                 "Great, 12:30 please. Thanks."):
        assert score(text) == 0.0, text
    # praise that is not such an opener still counts
    assert score("Great service, thanks") > 0
    assert score("The room was great, thanks") > 0


def test_sarcasm_cues_sour_praise_without_a_signal(score):
    assert score("Thanks @airline for losing my bag, great job") < 0
    assert score("Great service. Yeah right.") < 0       # the cue sours the sentence before
    assert score("Fantastic app 🙄") < 0                  # a cue that is not words
    assert score("Great stay. The staff were lovely.") > 0
    # a sour sentence only turns praise: the complaint stays a complaint
    assert score("Awful wait, great job") < 0


def test_thanks_said_with_feeling_is_praise(score):
    for text in ("thank you so much for your help", "Thank you!!", "thanks heaps mate"):
        assert score(text) > 0, text
    assert score("thanks for checking.") == 0.0                # politeness
    assert score("Thanks so much for nothing") < 0              # a sarcasm cue all the same


def test_never_so_is_more_so(score):
    assert score("I have never been so disappointed") < score("I have been disappointed") < 0
    assert score("never been so happy") > score("been happy") > 0
    assert score("I am never happy") < 0                 # a plain "never" still negates


def test_praise_in_a_question_asks(score):
    asked, told = score("What's the best app for this?"), score("This is the best app.")
    assert 0 < asked < told
    assert score("What's the best #Twitter #App??") < score("The best #Twitter #App!!")
    assert score("Why is my bag lost again?") == score("Why is my bag lost again.")


def test_emoticons_stand_alone(score):
    assert score("Your slot is at 8:30 on Friday") == 0.0      # not the ":3" of 8:30
    assert score("Fees (see below): 40 dollars") == 0.0        # not "):"
    assert score("Item (8) arrived") == 0.0                    # not "8)"
    assert score("Arrived today :)") > 0 > score("Still waiting :(")


def test_names_are_not_sentiment(score):
    assert score("Flew United to Denver") == 0.0
    assert score("The Loyalty tab shows my Rewards points") == 0.0


def test_a_shared_link_is_not_the_posters_feeling(score, default_matcher, tmp_path):
    share = "Microsoft tests and proves amazing enterprise scalability! http://t.co/x1"
    assert 0 < score(share) < 0.05 < score(share.replace(" http://t.co/x1", ""))
    # the poster's own words beside the link, or the brand addressed, are a view
    assert score("I love my new phone, so fast! http://t.co/x1") > 0.5
    assert score("@brand your app is amazing https://t.co/x1") > 0.5
    # a mention or a hashtag holding a person word is not one ("@myBank", "#YouTube")
    assert score("Great news from @my_bank today! www.example.com") < 0.05
    # nor are its signals the poster's tie to the brand: shown, with weight 0 and the reason
    matcher = default_matcher
    hits = matcher.analyze_text("Microsoft tests and proves enterprise scalability! "
                                "http://t.co/x1")[1]
    assert hits and all(h.weight == 0 and "a shared link" in " ".join(h.mods) for h in hits)
    assert any(h.weight for h in matcher.analyze_text("We run our enterprise on it "
                                                      "http://t.co/x1")[1])
    # a lexicon without the person list turns the rule off
    lexicon = tmp_path / "off.yaml"
    lexicon.write_text("modifiers:\n  share_weight: 1.0\n", encoding="utf-8")
    runner = CliRunner()
    texts = tmp_path / "t.csv"
    texts.write_text(f'customer_id,text\nc1,"{share}"\n', encoding="utf-8")
    result = runner.invoke(app, ["classify", str(texts), "--format", "json", "-q",
                                 "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["customers"][0]["valence"] == "positive"


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


# ---------------------------------------------------------------- the fast word loop

def _reference_sentence(scorer, sentence: str) -> float:
    """The word loop as first written (one lower() per word, three look-ups per word): the
    single-look-up loop in SentimentScorer must give the very same sums."""
    import math

    from relradar import sentiment as s

    raw = s.WORD_RE.findall(sentence)
    if not raw:
        return 0.0
    shouting = sum(1 for w in raw if w.isupper() and len(w) > 1)
    mixed_case = 0 < shouting < len(raw)
    values: list[float] = []
    contrast_at = -1
    lowered = [w.lower().replace("\u2019", "'") for w in raw]
    for i, word in enumerate(lowered):
        if word in scorer.contrast:
            contrast_at = len(values)
        valence = scorer.words.get(word)
        if valence is None or word in scorer.boosters or word in scorer.negators:
            continue
        if mixed_case and raw[i].isupper() and len(raw[i]) > 1:
            valence += math.copysign(s.CAPS_BOOST, valence)
        if i and lowered[i - 1] in scorer.boosters:
            valence *= scorer.boosters[lowered[i - 1]]
        if any(w in scorer.negators or w.endswith("n't")
               for w in lowered[max(0, i - s.NEGATION_WINDOW):i]):
            valence *= s.NEGATED
        values.append(valence)
    if contrast_at >= 0:
        values = ([v * s.CONTRAST_BEFORE for v in values[:contrast_at]]
                  + [v * s.CONTRAST_AFTER for v in values[contrast_at:]])
    return sum(values)


SENTENCES = [
    "The staff were NOT helpful but the room was LOVELY",
    "I don't love it, I really HATE it and it's not great",
    "Good food but terrible service, sort of ok, kind of bad",
    "ΟΔΟΣ ΚΑΛΗ ΣΣ good İstanbul GREAT horrible",
    "Worst. Company. Ever. :( :) <3 ;) xD",
    "isn’t it wonderful… no, never happy, without doubt awful",
    "",
    "12345 ... !!!",
]


def _reference_text(scorer, text: str) -> float:
    """The text split at sentence ends first, then each sentence's words found and scored."""
    from relradar import sentiment as s

    total = 0.0
    for sentence in s.SENTENCE_END_RE.split(text):
        total += _reference_sentence(scorer, sentence)
    return total


def _plain(scorer):
    """The same word list and modifiers without the sarcasm and politeness readings, which the
    reference loop does not know."""
    from relradar.sentiment import SentimentScorer

    return SentimentScorer(scorer.words, scorer.negators, scorer.boosters, scorer.contrast)


@pytest.fixture(scope="module")
def plain(default_matcher):
    return _plain(default_matcher.sentiment)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_word_loop_matches_the_reference(plain, sentence):
    scorer = plain
    assert scorer._sentences(sentence) == _reference_text(scorer, sentence)


@pytest.mark.parametrize("text", [
    " ".join(SENTENCES),
    "Great;) not bad (; ok. x:) 8) <3 love;-) GOOD!!! NOT BAD?! awful\nlovely",
    "ok.;!?\n\n.happy . . sad;(;very good",
    "Σ good. ΣΑΣ bad; İyi nice",
])
def test_one_pass_matches_sentence_by_sentence(plain, text):
    """Words and sentence ends found in one pass: the same words, in the same sentences, as
    splitting at sentence ends first (emoticons with a ";" included)."""
    scorer = plain
    assert scorer._sentences(text) == _reference_text(scorer, text)


def test_word_loop_matches_the_reference_on_the_examples(plain):
    from pathlib import Path

    scorer = plain
    text = (Path(__file__).resolve().parents[1] / "examples" / "chats.csv").read_text("utf-8")
    lines = text.splitlines()
    assert len(lines) > 100
    assert scorer._sentences(text) == _reference_text(scorer, text)
    for line in lines:
        assert scorer._sentences(line) == _reference_text(scorer, line), line


@pytest.mark.parametrize("text, sign", [
    ("2 stars", -1), ("1/5, would not stay again", -1), ("0 stars if I could", -1),
    ("10/10", 1), ("Five stars!", 1), ("4 out of 5", 1), ("3/5", 0),
    ("a 5 star hotel", 0), ("a 5-star resort", 0), ("on 3/5 my flight left", 0),
    ("12/10/2024", 0), ("version 2.5", 0), ("11/10", 0),
])
def test_written_ratings_carry_sentiment(text, sign):
    from relradar.sentiment import ratings

    value = ratings(text)
    assert (value > 0) - (value < 0) == sign, (text, value)


def test_a_rating_outweighs_a_polite_opening(score):
    assert score("Nice enough staff. 1 star.") < 0 < score("Nice enough staff. 5 stars.")


def test_lexicon_word_valences_replace_the_general_list(score):
    # "glitchy" is missing from the general list, "joke" reads positive in it
    assert score("The app is glitchy") < 0
    assert score("What a joke") < 0
    assert score("Check-in was seamless") > 0


def test_word_valences_are_validated(tmp_path):
    from relradar.errors import LexiconError
    from relradar.lexicon import load_lexicon

    extra = tmp_path / "extra.yaml"
    extra.write_text("modifiers:\n  sentiment_words:\n    glitchy: -9\n    two words: 1\n",
                     encoding="utf-8")
    with pytest.raises(LexiconError) as failure:
        load_lexicon([extra])
    problems = " ".join(failure.value.problems)
    assert "extra.yaml:3" in problems and "from -4 to 4" in problems
    assert "must be one word" in problems
