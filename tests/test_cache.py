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


def test_a_cached_classify_does_not_import_spacy(tmp_path):
    """After the first run, a classify reads the compiled lexicon from the cache: no spaCy."""
    import subprocess
    import sys

    from .conftest import EXAMPLES, ROOT

    code = ("import atexit, sys; from relradar.cli import main; "
            "atexit.register(lambda: sys.stderr.write('spacy=%s' % ('spacy' in sys.modules))); "
            f"sys.argv = ['relradar', 'classify', {str(EXAMPLES / 'chats.csv')!r}, '-q', "
            "'-f', 'jsonl']; main()")
    env = {**os.environ, "RELRADAR_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT / "src")}
    env.pop("RELRADAR_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    # the first run compiles the (large) default lexicon in a child process that writes the
    # cache: spaCy and the compile's memory never enter the classify process
    assert "spacy=False" in runs[0].stderr
    assert "spacy=False" in runs[1].stderr
    assert entries(tmp_path / "cache") == ["lexicon", "matcher"]


def test_a_failed_child_compile_falls_back_to_compiling_here(cache_dir, monkeypatch):
    from relradar import matching

    monkeypatch.setattr(matching, "COMPILE_APART_TERMS", 1)          # MINI counts as large
    monkeypatch.setattr(matching.sys, "executable", "/nonexistent/python")
    lexicon = load_lexicon([MINI], use_default=False)
    matcher = build_matcher(lexicon)
    assert isinstance(matcher, Matcher) and matcher.match_text("I love this")[1]
    assert "matcher" in entries(cache_dir)


def test_a_large_lexicon_is_parsed_apart_and_its_problems_still_reported(cache_dir, tmp_path,
                                                                         monkeypatch):
    """Files past PARSE_APART_BYTES are parsed in a child process that writes the cache entry;
    the parent then holds only the unpickled lexicon. A file the child cannot parse is parsed
    here, so its problem is reported with its place as usual."""
    from relradar import lexicon as lexicon_module
    from relradar.errors import LexiconError
    from relradar.lexicon import PARSE_APART_BYTES, default_lexicon_path

    assert default_lexicon_path("en").stat().st_size >= PARSE_APART_BYTES
    parse_here = lexicon_module._load_uncached

    def refuse(*args, **kwargs):
        raise AssertionError("parsed in the parent")

    monkeypatch.setattr(lexicon_module, "_load_uncached", refuse)
    assert load_lexicon().term_count > 1000          # the child parsed it and wrote the cache
    assert entries(cache_dir) == ["lexicon"]
    monkeypatch.setattr(lexicon_module, "_load_uncached", parse_here)
    broken = tmp_path / "big.yaml"
    broken.write_text(default_lexicon_path("en").read_text("utf-8")
                      + "\nsignals:\n  nope:\n    colour: blue\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon([broken], use_default=False)
    assert any("big.yaml:" in problem for problem in err.value.problems)
