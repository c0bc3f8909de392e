"""On-disk cache of compiled lexicons and matchers, so a small run does not pay for compiling.

Entries live in the user cache directory ($RELRADAR_CACHE_DIR, else $XDG_CACHE_HOME/relradar,
else ~/.cache/relradar), keyed by what they were built from (the lexicon files' bytes) and by
relradar's version and source code, so a changed file or a new release never sees a stale
entry. The directory is safe to delete; an unreadable or corrupt entry is ignored and rebuilt.
RELRADAR_NO_CACHE=1 turns the cache off.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from relradar import __version__

FORMAT = 1      # bump when the layout of cached objects changes without a code change


def cache_dir() -> Path | None:
    """Where entries go, or None when caching is off."""
    if os.environ.get("RELRADAR_NO_CACHE", "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get("RELRADAR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "relradar"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """What compiled data depends on: relradar's version and source files, the Python version,
    and the packages whose data it holds (spaCy's tokenizer rules, VADER's word list)."""
    digest = hashlib.sha256(f"{__version__}|{FORMAT}|{sys.version_info[:2]}|"
                            f"{_version_of('spacy')}|{_version_of('vaderSentiment')}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _version_of(package: str) -> str:
    """Where and when a package was installed (cheap: importlib.metadata costs 30 ms, and
    importing spaCy is what the cache avoids); an upgrade rewrites the files."""
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return "-"
    try:
        return f"{spec.origin}:{os.stat(spec.origin).st_mtime_ns}"
    except OSError:
        return spec.origin


def make_key(kind: str, *parts: bytes | str) -> str:
    digest = hashlib.sha256(f"{kind}|{code_digest()}".encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return f"{kind}-{digest.hexdigest()[:40]}"


def stable_repr(value: Any) -> str:
    """A text that is the same for equal data in every process (sets sorted, hash seed free)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value).__name__ + "(" + ",".join(
            f"{f.name}={stable_repr(getattr(value, f.name))}"
            for f in dataclasses.fields(value)) + ")"
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{stable_repr(k)}:{stable_repr(v)}"
                                     for k, v in value.items())) + "}"
    if isinstance(value, (set, frozenset)):
        return "set(" + ",".join(sorted(stable_repr(v) for v in value)) + ")"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(stable_repr(v) for v in value) + "]"
    return repr(value)


def load(key: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # A compiled matcher is ~10^5 small objects: the cyclic collector would walk them again
    # and again while they are made (half of the load time); collecting can wait till the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)  # noqa: S301 - our own entries in the user's own directory
    except Exception:  # noqa: BLE001 - a corrupt or foreign entry is rebuilt, not fatal
        try:
            path.unlink()
        except OSError:
            pass
        return None
    finally:
        if collecting:
            gc.enable()


def store(key: str, value: Any) -> None:
    """Write atomically (temp file, then rename); a read-only or full disk only costs speed."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, folder / f"{key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
