"""The Python API for notebooks: DataFrames in and out, one string scored, files analysed.

    import relradar
    results = relradar.classify(df, id="customer_id", text="text", time="timestamp")
    relradar.score_text("been with you ten years, never switching")
    results = relradar.analyze(["chats.csv", "emails.jsonl"], brand="brand")

The results are the CLI's: the same reader rules (roles, empty texts, timestamps), the same
matcher and scoring; one row per customer with the JSON fields as columns.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relradar.models import CustomerResult, Message


def _reader_options(id: str | None, text: str | None, time: str | None, brand: str | None,
                    role: str | None, customer_roles: Iterable[str] | str | None,
                    language_col: str | None, label: str | None = None, **extra: Any) -> Any:
    from relradar.readers import DEFAULT_CUSTOMER_ROLES, ReaderOptions

    if isinstance(customer_roles, str):
        customer_roles = [r for r in customer_roles.split(",") if r.strip()]
    roles = tuple(r.strip() for r in customer_roles) if customer_roles else \
        DEFAULT_CUSTOMER_ROLES
    return ReaderOptions(id_col=id, text_col=text, time_col=time, brand_col=brand,
                         role_col=role, customer_roles=roles, language_col=language_col,
                         label_col=label, **extra)


@functools.lru_cache(maxsize=8)
def _lexicon(lexicon: tuple[str, ...], language: str, use_default: bool,
             optional_types: bool) -> Any:
    from relradar.lexicon import load_lexicon

    return load_lexicon([Path(p) for p in lexicon], use_default=use_default,
                        language=language, enable_optional=optional_types)


def _lexicon_from(lexicon: Any, language: str, use_default: bool, optional_types: bool
                  ) -> Any:
    """A Lexicon as given, or loaded (and cached, for loops in a notebook) from paths."""
    from relradar.lexicon import Lexicon

    if isinstance(lexicon, Lexicon):
        return lexicon
    paths = (lexicon,) if isinstance(lexicon, (str, Path)) else tuple(lexicon or ())
    return _lexicon(tuple(str(p) for p in paths), language, use_default, optional_types)


def _analysis_options(language_col: str | None, language: str, redact: bool, jobs: int,
                      paths: list[str] | None = None) -> Any:
    from relradar.lexicon import bundled_languages
    from relradar.pipeline import AnalysisOptions, default_jobs
    from relradar.text import CleanOptions

    others = {code: _lexicon((), code, True, False) for code in bundled_languages()
              if code != language} if language_col else {}
    return AnalysisOptions(jobs=jobs if jobs > 0 else (default_jobs(paths) if paths else 1),
                           other_languages=others, clean=CleanOptions(pii=redact))


def results_frame(customers: Iterable[CustomerResult], redact: bool = False,
                  salt: str | None = None, summary: dict[str, Any] | None = None) -> Any:
    """Customer results as a DataFrame: the JSON fields as columns, evidence a list column.

    `frame.attrs["summary"]` holds the row accounting (rows read, used, skipped by reason).
    """
    import pandas as pd

    from relradar.privacy import protect
    from relradar.render import customer_dict

    rows = [customer_dict(protect(c, redact, salt)) for c in customers]
    frame = pd.DataFrame.from_records(rows, columns=_COLUMNS if not rows else None)
    for col in ("first_seen", "last_seen"):
        if col in frame:
            frame[col] = pd.to_datetime(frame[col], utc=True)
    if summary is not None:
        frame.attrs["summary"] = summary
    return frame


# An empty result keeps the columns (render.customer_dict's keys; a test keeps them in step).
_COLUMNS = ["customer_id", "brand", "type", "label", "confidence", "runner_up", "decided_by",
            "valence", "sentiment", "closeness", "intensity", "power", "distress",
            "distress_reasons", "engagement", "engagement_reasons", "messages", "first_seen",
            "last_seen", "signals", "type_scores", "rules_broken", "evidence"]


def _run(messages: Iterator[Message], lexicon: Any, options: Any, stats: Any
         ) -> tuple[list, int]:
    from relradar.pipeline import accumulate, in_order, match_stream
    from relradar.scoring import finish_customer

    states, with_signals = accumulate(match_stream(messages, lexicon, options), lexicon=lexicon,
                                      stats=stats)
    return [finish_customer(states.pop(k), lexicon) for k in in_order(states)], with_signals


def classify(frame: Any, id: str | None = None, text: str | None = None,
             time: str | None = None, brand: str | None = None, *, role: str | None = None,
             customer_roles: Iterable[str] | str | None = None, language_col: str | None = None,
             lexicon: Any = None, language: str = "en", use_default_lexicon: bool = True,
             optional_types: bool = False, redact: bool = False, salt: str | None = None,
             day_first: bool = False, jobs: int = 1) -> Any:
    """Classify the customers of a DataFrame (one row per message); a DataFrame per customer.

    Column arguments name the frame's columns; left out, they are found as the CLI finds them
    (customer_id, text, timestamp, role, ...). `lexicon`: extra YAML path(s) or a loaded
    Lexicon. `salt` hashes customer ids as `--hash-ids --salt` does.
    """
    from relradar.readers import ReadStats
    from relradar.readers_formats import read_frame

    lex = _lexicon_from(lexicon, language, use_default_lexicon, optional_types)
    stats = ReadStats()
    options = _reader_options(id, text, time, brand, role, customer_roles, language_col,
                              day_first=day_first)
    messages = read_frame(frame, options, stats)
    customers, with_signals = _run(messages, lex, _analysis_options(language_col, language,
                                                                     redact, jobs), stats)
    return results_frame(customers, redact, salt, _summary(customers, stats, with_signals))


def analyze(paths: str | Path | Iterable[str | Path], id: str | None = None,
            text: str | None = None, time: str | None = None, brand: str | None = None, *,
            role: str | None = None, customer_roles: Iterable[str] | str | None = None,
            language_col: str | None = None, lexicon: Any = None, language: str = "en",
            use_default_lexicon: bool = True, optional_types: bool = False,
            redact: bool = False, salt: str | None = None, encoding: str = "utf-8",
            encoding_errors: str = "strict", input_format: str = "auto",
            explode: str | None = None, strict: bool = False, day_first: bool = False,
            jobs: int = 0) -> Any:
    """Classify the customers of export files (any format `relradar classify` reads)."""
    from relradar.pipeline import analyze as analyze_files

    files = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
    lex = _lexicon_from(lexicon, language, use_default_lexicon, optional_types)
    options = _reader_options(id, text, time, brand, role, customer_roles, language_col,
                              encoding=encoding, encoding_errors=encoding_errors,
                              input_format=input_format, explode=explode, strict=strict,
                              day_first=day_first)
    result = analyze_files(files, lex, options,
                           _analysis_options(language_col, language, redact, jobs, files))
    customers = list(result.iter_customers())
    return results_frame(customers, redact, salt,
                         _summary(customers, result.stats, result.messages_with_signals))


def _summary(customers: list[CustomerResult], stats: Any, with_signals: int) -> dict[str, Any]:
    from relradar.portfolio import summary

    return summary(customers, stats.to_dict(), with_signals)


@dataclass(frozen=True)
class TextScore:
    """One message as relradar reads it: cleaned text, signal and rule hits, sentiment."""

    text: str
    signals: dict[str, float]
    rules: dict[str, float]
    hits: tuple[dict[str, Any], ...]
    sentiment: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "signals": self.signals, "rules": self.rules,
                "hits": list(self.hits), "sentiment": self.sentiment}


def score_text(text: str, *, lexicon: Any = None, language: str = "en",
               use_default_lexicon: bool = True, redact: bool = False) -> TextScore:
    """Score one message: which signals and rule breaks it carries, with their modifiers."""
    lex = _lexicon_from(lexicon, language, use_default_lexicon, False)
    cleaned, hits, sentiment = _matcher(lex, redact).analyze_text(text)
    signals: dict[str, float] = {}
    rules: dict[str, float] = {}
    for hit in hits:
        if hit.weight:
            bucket = signals if hit.kind == "signal" else rules
            bucket[hit.id] = round(bucket.get(hit.id, 0.0) + hit.weight, 3)
    return TextScore(text=cleaned, signals=signals, rules=rules,
                     hits=tuple({"kind": h.kind, "id": h.id, "term": h.term,
                                 "weight": h.weight, "start": h.start, "end": h.end,
                                 "modifiers": list(h.mods)} for h in hits),
                     sentiment=round(sentiment, 4))


_MATCHERS: dict[tuple[int, bool], Any] = {}


def _matcher(lexicon: Any, redact: bool) -> Any:
    """One compiled matcher per lexicon, so score_text in a loop stays fast."""
    from relradar.matching import build_matcher
    from relradar.text import CleanOptions

    key = (id(lexicon), redact)
    if key not in _MATCHERS:
        if len(_MATCHERS) > 8:
            _MATCHERS.clear()
        _MATCHERS[key] = (lexicon, build_matcher(lexicon, CleanOptions(pii=redact)))
    return _MATCHERS[key][1]
