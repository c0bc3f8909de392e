"""Write histories.csv and labels_writer.csv from the hand-written histories in data_*.py.

The texts live in Python so that quoting, newlines and emoji survive exactly; this script only
checks them (ids, roles, timestamps in order, quoted-reply weekdays, label vocabulary) and writes
the two CSV files. Run from the worktree root:

    /work/venv/bin/python benchmarks/histories/build.py
"""

from __future__ import annotations

import csv
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_a  # noqa: E402
import data_b  # noqa: E402

TYPES = {
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies", "master_slave",
    "marriage_partners", "dealer_addict", "secret_affair", "complete_strangers",
    "fleeting_acquaintance", "casual_acquaintance", "teammates", "old_friends", "close_siblings",
    "ex_friends", "enemies", "love_hate", "one_night_stand", "colleagues", "adversaries",
}
VALENCES = {"positive", "negative", "mixed", "neutral"}
TRAPS = {
    "paraphrase", "negation", "sarcasm", "agent_cues", "quoted_reply", "signature",
    "other_type_cue", "competitor", "product_attribute", "symptom", "occasion",
    "for_work_occasion", "loyal_grievance", "first_time_loyal_claim", "evolving", "short_signal",
    "third_party", "employee", "news_share", "single_incident", "single_thanks",
    "routine_question", "bug_report", "idiom", "emoji", "typos", "hashtag", "caps",
    "mixed_aspects", "strong_words", "tenure_for_complaint", "not_chosen",
}
ROLES = {"c": "customer", "a": "agent"}
QUOTE_HEAD = re.compile(r"^On (Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (\w{3}) (\d{4}),", re.M)


def check(entries: list[dict]) -> None:
    """Fail loudly on anything a reader of the CSV would trip over."""
    seen: set[str] = set()
    for e in entries:
        cid = e["id"]
        assert re.fullmatch(r"h\d{3}", cid), cid
        assert cid not in seen, f"duplicate {cid}"
        seen.add(cid)
        assert e["type"] in TYPES or e["type"] == "undetermined", (cid, e["type"])
        assert e["second"] == "" or e["second"] in TYPES, (cid, e["second"])
        assert e["second"] != e["type"], cid
        assert e["valence"] in VALENCES, (cid, e["valence"])
        tags = e["trap"].split(";")
        assert tags and all(t in TRAPS for t in tags), (cid, tags)
        rows = e["rows"]
        assert 2 <= len(rows) <= 8, (cid, len(rows))
        assert any(r[0] == "c" for r in rows), cid
        last = None
        for role, ts, text in rows:
            assert role in ROLES, (cid, role)
            when = datetime.strptime(ts, "%Y-%m-%d %H:%M")
            assert last is None or when >= last, (cid, ts)
            last = when
            assert text.strip() == text and text, (cid, ts)
            for m in QUOTE_HEAD.finditer(text):
                qd = datetime.strptime(f"{m[2]} {m[3]} {m[4]}", "%d %b %Y")
                assert qd.strftime("%a") == m[1], (cid, m[0], qd.strftime("%a"))
                assert qd.date() <= when.date(), (cid, m[0])
    missing = {f"h{i:03d}" for i in range(1, 121)} - seen
    if missing:
        print(f"warning: {len(missing)} of h001..h120 not written yet", file=sys.stderr)


def main() -> None:
    entries = sorted(data_a.ENTRIES + data_b.ENTRIES, key=lambda e: e["id"])
    check(entries)
    with open(HERE / "histories.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        for e in entries:
            for role, ts, text in e["rows"]:
                iso = datetime.strptime(ts, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00Z")
                w.writerow([e["id"], e["brand"], ROLES[role], iso, text])
    with open(HERE / "labels_writer.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for e in entries:
            w.writerow([e["id"], e["type"], e["second"], e["valence"], e["trap"]])
    n_rows = sum(len(e["rows"]) for e in entries)
    print(f"wrote {len(entries)} customers, {n_rows} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
