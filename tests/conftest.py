from __future__ import annotations

from pathlib import Path

import pytest

from relradar.lexicon import Lexicon, load_lexicon
from relradar.matching import Matcher, build_matcher

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini.yaml"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def mini_lexicon() -> Lexicon:
    return load_lexicon([MINI], use_default=False)


@pytest.fixture(scope="session")
def mini_matcher(mini_lexicon: Lexicon) -> Matcher:
    return build_matcher(mini_lexicon)


@pytest.fixture(scope="session")
def default_lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def default_matcher(default_lexicon: Lexicon) -> Matcher:
    return build_matcher(default_lexicon)
