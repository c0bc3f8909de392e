"""Child process of matching.build_matcher and lexicon.load_lexicon: compile or parse, store
the result in the cache under the key given, and exit, taking the memory it used with it.

    python -m relradar.compile KEY                      # compile the Lexicon pickled on stdin
    python -m relradar.compile --lexicon KEY 0|1 PATH...   # parse lexicon files (1: optional on)
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

TIMEOUT = 600       # seconds a child may take


def run_apart(args: list[str], data: bytes = b"") -> bool:
    """Run `python -m relradar.compile ARGS` with `data` on stdin; True when it stored its
    entry. The callers (matching.build_matcher, lexicon.load_lexicon) then load it from the
    cache, or do the work themselves when this is False."""
    try:
        done = subprocess.run([sys.executable, "-m", "relradar.compile", *args], input=data,
                              capture_output=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def main(argv: list[str]) -> int:
    from relradar import cache

    if cache.cache_dir() is None or not argv:
        return 2
    if argv[0] == "--lexicon":
        from relradar.lexicon import _load_uncached

        if len(argv) < 4:
            return 2
        key, optional, paths = argv[1], argv[2] == "1", [Path(p) for p in argv[3:]]
        try:
            cache.store(key, _load_uncached(paths, optional))
        except Exception:  # noqa: BLE001 - the parent parses again and reports the problem
            return 1
        return 0 if cache.load(key) is not None else 1
    from relradar.matching import Matcher, load_nlp

    if len(argv) != 1:
        return 2
    lexicon = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - from our own parent
    matcher = Matcher(lexicon, load_nlp(lexicon.meta.get("language", "en")))
    cache.store(argv[0], matcher)
    return 0 if cache.load(argv[0]) is not None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
