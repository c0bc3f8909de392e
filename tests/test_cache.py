"""The on-disk cache of compiled lexicons and matchers (issue 16): safe to lose or corrupt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from relradar import cache
from relradar.lexicon import Lexicon, load_lexicon
from relradar.matching import Matcher, build_matcher

from .conftest import MINI


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("RELRADAR_CACHE_DIR", str(folder))
    monkeypatch.delenv("RELRADAR_NO_CACHE", raising=False)
    return folder


def entries(folder: Path) -> list[str]:
    return sorted(p.name.split("-")[0] for p in folder.glob("*.pickle"))


def test_second_load_comes_from_the_cache_and_equals_the_first(cache_dir):
    first = load_lexicon([MINI], use_default=False)
    matcher = build_matcher(first)
    assert entries(cache_dir) == ["lexicon", "matcher"]
    second = load_lexicon([MINI], use_default=False)
    assert second == first
    again = build_matcher(second)
    assert again is not matcher
    text = "I don't love you anymore, but I'm so HOOKED!!!"
    assert again.match_text(text) == matcher.match_text(text)
    assert again._nlp is None        # a cached matcher does not load spaCy


def test_changed_lexicon_file_is_not_served_from_the_cache(cache_dir, tmp_path):
    lex_path = tmp_path / "lex.yaml"
    lex_path.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    before = load_lexicon([lex_path], use_default=False)
    lex_path.write_text(MINI.read_text(encoding="utf-8").replace("name:", "name: changed",
                                                                   1), encoding="utf-8")
    after = load_lexicon([lex_path], use_default=False)
    assert after.meta != before.meta


def test_corrupt_entries_are_ignored_and_rebuilt(cache_dir):
    lexicon = load_lexicon([MINI], use_default=False)
    build_matcher(lexicon)
    for path in cache_dir.glob("*.pickle"):
        path.write_bytes(b"not a pickle")
    assert isinstance(load_lexicon([MINI], use_default=False), Lexicon)
    assert isinstance(build_matcher(lexicon), Matcher)
    assert all(p.read_bytes() != b"not a pickle" for p in cache_dir.glob("*.pickle"))


def test_cache_can_be_turned_off(cache_dir, monkeypatch):
    monkeypatch.setenv("RELRADAR_NO_CACHE", "1")
    build_matcher(load_lexicon([MINI], use_default=False))
    assert not cache_dir.exists()


def test_unwritable_cache_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("RELRADAR_CACHE_DIR", str(blocker / "cache"))
    assert isinstance(build_matcher(load_lexicon([MINI], use_default=False)), Matcher)


def test_default_location_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("RELRADAR_CACHE_DIR", raising=False)
    monkeypatch.delenv("RELRADAR_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "relradar"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path(os.path.expanduser("~")) / ".cache" / "relradar"


def test_stable_repr_ignores_set_order():
    assert cache.stable_repr(frozenset({"b", "a"})) == cache.stable_repr(frozenset({"a", "b"}))
    assert cache.stable_repr({"x": 1}) != cache.stable_repr({"x": 2})
