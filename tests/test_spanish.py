"""Table-driven sentence cases for the bundled Spanish lexicon (lexicons/es.yaml)."""

from __future__ import annotations

import pytest

from relradar.lexicon import load_lexicon
from relradar.matching import Matcher, build_matcher

# text, signals that must be scored, signals that must not be scored
CASES = [
    ("Me encanta esta marca", {"attraction"}, set()),
    ("ME ENCANTA ESTA MARCA!!!", {"attraction"}, set()),
    ("Ya no los quiero", {"lost_love"}, {"attraction"}),
    ("Antes me encantaban", {"lost_love"}, {"attraction"}),
    ("Solía ser mi marca favorita", {"lost_love"}, {"attraction"}),
    ("Ya no confío en ustedes", {"lost_love"}, {"trust"}),
    ("No me encanta", set(), {"attraction"}),
    ("Me encanta más que antes", {"attraction"}, {"lost_love"}),
    ("Hace años que compro aquí y me encanta", {"attraction", "longevity"}, {"lost_love"}),
    ("Son unos estafadores, los odio", {"hostility"}, set()),
    ("Soy adicta a su café", {"craving"}, set()),
    ("No puedo vivir sin su café", {"craving"}, set()),
    ("Como siempre, otra vez retrasado", {"conflict_expectation", "service_failure"}, set()),
    ("Genial, otra vez cancelado 🙃", {"service_failure"}, {"attraction", "joy"}),
    ("Genial, el vuelo cancelado y nadie me avisó", {"service_failure"}, {"joy"}),
    ("Mi madre siempre compraba su sopa", {"family"}, set()),
    ("Nunca cambiaría de marca, soy cliente fiel", {"commitment"}, {"disloyalty"}),
    ("Los amo y los odio a la vez", {"ambivalence"}, set()),
    ("No es caro, la verdad", {"value"}, {"poor_value"}),
    ("Exijo hablar con un supervisor, esto es inaceptable", {"demand"}, set()),
    ("Nunca he oído hablar de ustedes", {"unfamiliarity"}, set()),
    ("Es mi placer culposo, no me juzguen 🤫", {"secrecy"}, set()),
    ("Sugerencia: podrían añadir modo oscuro", {"feedback"}, set()),
    ("No tengo otra opción, son el único proveedor", {"no_choice"}, set()),
    ("q buen servicio, tb me encanta la app", {"attraction"}, set()),
    ("Me encantaría saber cuándo llega mi pedido", set(), {"attraction"}),
    ("Te quiero preguntar por mi pedido", set(), {"attraction"}),
    ("Ya no compro aquí, me cambié a otra marca", {"churn"}, set()),
]

RULE_CASES = [
    ("Me cambiaron la tarifa sin previo aviso", "advance_notice"),
    ("Vendieron mis datos a terceros", "confidences"),
    ("Me trataron como un número", "respect"),
]


@pytest.fixture(scope="module")
def es_matcher() -> Matcher:
    return build_matcher(load_lexicon(language="es"))


def test_spanish_lexicon_loads():
    lexicon = load_lexicon(language="es")
    assert lexicon.meta["language"] == "es"
    assert lexicon.term_count >= 600
    english = load_lexicon()
    assert set(lexicon.signals) == set(english.signals)
    assert set(lexicon.rules) == set(english.rules)
    assert set(lexicon.all_types) == set(english.all_types)


@pytest.mark.parametrize("text, has, has_not", CASES, ids=[c[0][:40] for c in CASES])
def test_spanish_sentence(es_matcher, text, has, has_not):
    _, hits = es_matcher.match_text(text)
    scored = {h.id for h in hits if h.weight and h.kind == "signal"}
    detail = [(h.id, h.weight, h.term, h.mods) for h in hits]
    for signal in has:
        assert signal in scored, (text, detail)
    for signal in has_not:
        assert signal not in scored, (text, detail)


@pytest.mark.parametrize("text, rule", RULE_CASES, ids=[c[1] for c in RULE_CASES])
def test_spanish_rule_break(es_matcher, text, rule):
    _, hits = es_matcher.match_text(text)
    assert any(h.kind == "rule" and h.id == rule and h.weight for h in hits), \
        (text, [(h.id, h.weight, h.term) for h in hits])
