"""relradar: what kind of relationship do customers want with a brand?

The library is usable without the CLI:

    import relradar
    results = relradar.classify(df, id="customer_id", text="text", time="timestamp")
    relradar.score_text("been with you ten years, never switching")
    results = relradar.analyze(["chats.csv", "emails.jsonl"], brand="brand")

(see `relradar.api`). Lower level: `relradar.pipeline.analyze`, `relradar.readers.read_messages`,
`relradar.lexicon.load_lexicon`. Names are imported on first use, so `import relradar` and
`relradar --help` stay fast (no pandas or spaCy until something is scored).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["classify", "analyze", "score_text", "load_lexicon", "__version__"]

_LAZY = {"classify": "relradar.api", "analyze": "relradar.api", "score_text": "relradar.api",
         "load_lexicon": "relradar.lexicon"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'relradar' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
