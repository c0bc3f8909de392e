"""relradar on a Dask DataFrame: `classify(ddf, id=..., text=...)` -> customer results.

    import dask.dataframe as dd
    import relradar.dask

    messages = dd.read_parquet("chats/*.parquet")
    customers = relradar.dask.classify(messages, id="customer_id", text="text",
                                       time="timestamp", brand="brand")
    customers.to_parquet("customers/")      # or .compute() for a pandas frame

The result has one row per (customer, brand); its columns are the fields of
`relradar classify --format jsonl`. Needs the extra: pip install 'relradar[dask]'.
"""

from __future__ import annotations

from typing import Any

from relradar.errors import InputError
from relradar.lexicon import Lexicon


def classify(ddf: Any, id: str = "customer_id", text: str | list[str] = "text",
             time: str | None = None, brand: str | None = None, *,
             lexicon: Lexicon | None = None, label: str | None = None, redact: bool = False,
             salt: str | None = None, partitions: int | None = None) -> Any:
    """A lazy dask DataFrame of customer results, scored exactly as `relradar classify`.

    Messages are matched where their partition lives, shuffled by (customer, brand), and
    each customer is scored from all its messages in the frame's row order. `redact` masks
    personal data in excerpts; `salt` replaces customer ids with salted hashes.
    """
    import dask

    from relradar.engines import partitions as P
    from relradar.lexicon import load_lexicon
    from relradar.pipeline import AnalysisOptions
    from relradar.readers import Columns, ReaderOptions
    from relradar.text import CleanOptions

    texts = (text,) if isinstance(text, str) else tuple(text)
    wanted = [c for c in (id, *texts, time, brand, label) if c]
    missing = [c for c in wanted if c not in ddf.columns]
    if missing:
        raise InputError(f"column(s) {', '.join(map(repr, missing))} not in the DataFrame "
                         f"(columns: {', '.join(map(str, ddf.columns))})",
                         "pass id=, text=, time=, brand= with existing column names")
    lexicon = lexicon if lexicon is not None else load_lexicon()
    shared = P.make_shared(lexicon, AnalysisOptions(clean=CleanOptions(pii=redact)),
                           redact=redact, salt=salt)
    columns = Columns(id=id, text=texts, time=time, role=None, brand=brand, label=label)
    shared_task = dask.delayed(shared, pure=True)    # one copy in the graph, not one per task
    matched = ddf[list(dict.fromkeys(wanted))].map_partitions(
        _match_partition, shared_task, columns, ReaderOptions(), meta=P.MESSAGE_META,
        align_dataframes=False)
    shuffled = matched.shuffle(on=["customer_id", "brand"],
                               npartitions=partitions or matched.npartitions)
    return shuffled.map_partitions(_score_partition, shared_task, meta=P.result_meta(),
                                   align_dataframes=False)


def _match_partition(frame: Any, shared: Any, columns: Any, reader_options: Any,
                     partition_info: dict[str, Any] | None = None) -> Any:
    from relradar.engines.partitions import match_frame

    number = partition_info["number"] if partition_info else 0
    return match_frame(frame, number, shared, columns, reader_options)


def _score_partition(frame: Any, shared: Any) -> Any:
    from relradar.engines.partitions import part_frame, score_part

    return part_frame(score_part(frame, shared))
