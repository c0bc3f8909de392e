"""Child process of matching.build_matcher: compile the lexicon given on stdin (pickled) and
store the matcher under the cache key given as the argument, then exit (its memory with it)."""

from __future__ import annotations

import pickle
import sys


def main(argv: list[str]) -> int:
    from relradar import cache
    from relradar.matching import Matcher, load_nlp

    if len(argv) != 1 or cache.cache_dir() is None:
        return 2
    lexicon = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - from our own parent
    matcher = Matcher(lexicon, load_nlp(lexicon.meta.get("language", "en")))
    cache.store(argv[0], matcher)
    return 0 if cache.load(argv[0]) is not None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
