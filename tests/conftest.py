from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from relradar.lexicon import Lexicon, load_lexicon
from relradar.matching import Matcher, build_matcher

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini.yaml"
EXAMPLES = ROOT / "examples"
# two of examples/labels.csv's customers given a type their messages don't bear out: a strict
# `check` gate must fail however well relradar reads the examples (the learned model has them
# in its training and scores 1.0 on them)
WRONG_LABELS = {"c001,Skyway Air,adversaries": "c001,Skyway Air,marriage_partners",
                "c004,Brewhaus Coffee,marriage_partners": "c004,Brewhaus Coffee,adversaries"}


def write_wrong_labels(labels: Path) -> Path:
    """`labels` (a copy of examples/labels.csv, made here when missing) with WRONG_LABELS."""
    if not labels.exists():
        labels.write_bytes((EXAMPLES / "labels.csv").read_bytes())
    text = labels.read_text(encoding="utf-8")
    for right, wrong in WRONG_LABELS.items():
        assert right in text
        text = text.replace(right, wrong)
    labels.write_text(text, encoding="utf-8")
    return labels

# Compiled lexicons are cached on disk: tests (and the CLI processes they start) use a fresh
# cache of their own, never the user's.
_CACHE_DIR = tempfile.mkdtemp(prefix="relradar-test-cache-")
os.environ["RELRADAR_CACHE_DIR"] = _CACHE_DIR
os.environ.pop("RELRADAR_NO_CACHE", None)
atexit.register(shutil.rmtree, _CACHE_DIR, True)


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
