"""What the later history sets' `make_histories.py` scripts share (from the sixteenth on).

A set's script holds its texts (one `h(...)` call per customer, into its own list) and its
own checks of the genre; this module holds the vocabulary, the checks every set makes of a
history, the seeded assignment of ids, the two CSV files, the printed summary and the report of
textbook cue words in the customers' own words (each set gives its word lists). The earlier
sets' scripts predate it and keep their own copies, so that each rebuilds its files as written.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re
from collections import Counter, defaultdict

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
         "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
         "love_hate", "one_night_stand", "colleagues", "adversaries"]
VALENCES = ("positive", "negative", "mixed", "neutral")
TRAPS = {"paraphrase", "agent_cues", "signature", "emoji", "short_signal", "routine_question",
         "other_type_cue", "negation", "caps", "competitor", "occasion", "sarcasm",
         "evolving", "single_incident", "product_attribute", "strong_words", "symptom",
         "quoted_reply", "third_party", "for_work_occasion", "hashtag", "idiom",
         "loyal_grievance", "mixed_aspects", "single_thanks", "tenure_for_complaint", "typos",
         "bug_report", "news_share", "employee", "first_time_loyal_claim", "not_chosen",
         "retweet", "quoted_tweet"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SIZE = 80
# 25 undetermined; 4 types at 4, 5 types at 3, the other 12 types at 2: 80 in all
MIX = {"undetermined": 25,
       "adversaries": 4, "enemies": 4, "ex_friends": 4, "marriage_partners": 4,
       "master_slave": 3, "basic_exchange": 3, "old_friends": 3,
       "fleeting_acquaintance": 3, "love_hate": 3}
for _type in TYPES:
    MIX.setdefault(_type, 2)


def iso(ts: str) -> str:
    """'YYYY-MM-DD HH:MM' -> the CSV's ISO timestamp in UTC."""
    return dt.datetime.strptime(ts, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00Z")


def check_history(x: dict, traps: set[str], max_messages: int) -> list[str]:
    """The checks every set makes of one history; its trap tags back."""
    assert x["type"] in TYPES or x["type"] == "undetermined", x["type"]
    assert x["second"] == "" or (x["second"] in TYPES and x["second"] != x["type"]), x["second"]
    assert x["valence"] in VALENCES, x["valence"]
    tags = x["trap"].split(";")
    assert tags and all(t in traps for t in tags), x["trap"]
    assert len(set(tags)) == len(tags), x["trap"]
    assert 1 <= len(x["msgs"]) <= max_messages, (x["brand"], len(x["msgs"]))
    assert x["msgs"][0][0] == "c", x["brand"]
    stamps = [iso(ts) for _, ts, _ in x["msgs"]]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps), stamps
    for role, ts, text in x["msgs"]:
        assert role in ("c", "a") and text.strip(), (x["brand"], text[:40])
        assert len(ts) == 16 and ts[4] == "-" and ts[10] == " " and ts[13] == ":", ts
    if "agent_cues" in tags:
        assert any(role == "a" for role, _, _ in x["msgs"]), x["brand"]
    return tags


def assign(hists: list[dict], seed: int, prefix: str) -> tuple[list[tuple[str, dict]], bool]:
    """Ids by a seeded shuffle of the type mix, so that ids carry no order; the mix is checked
    once the set is complete."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for x in hists:
        by_type[x["type"]].append(x)
    full = len(hists) == SIZE
    assert sum(MIX.values()) == SIZE
    if full:
        for t, n in MIX.items():
            assert len(by_type[t]) == n, (t, len(by_type[t]), n)
    slots = [t for t, n in sorted(MIX.items()) for _ in range(n)]
    random.Random(seed).shuffle(slots)
    out = [(f"{prefix}{i:03d}", by_type[t].pop(0)) for i, t in enumerate(slots, 1)
           if by_type[t]]
    assert not any(by_type.values()), "histories beyond the mix"
    return out, full


def write_files(folder: str, assigned: list[tuple[str, dict]]) -> None:
    """histories.csv and labels.csv, in id order."""
    rows = sorted(assigned, key=lambda p: p[0])
    with open(os.path.join(folder, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        for cid, x in rows:
            for role, ts, text in x["msgs"]:
                w.writerow([cid, x["brand"], "customer" if role == "c" else "agent", iso(ts),
                            text])
    with open(os.path.join(folder, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for cid, x in rows:
            w.writerow([cid, x["type"], x["second"], x["valence"], x["trap"]])


def print_summary(assigned: list[tuple[str, dict]], full: bool) -> None:
    """Counts of customers, messages, types, valences and trap tags."""
    hists = [x for _, x in assigned]
    nmsg = sum(len(x["msgs"]) for x in hists)
    ncust = sum(1 for x in hists for role, _, _ in x["msgs"] if role == "c")
    nwith = sum(1 for x in hists if any(role == "a" for role, _, _ in x["msgs"]))
    nsecond = sum(1 for x in hists if x["second"])
    print(f"{len(hists)} customers ({'complete' if full else 'PARTIAL'}), {nmsg} messages "
          f"({ncust} customer, {nmsg - ncust} agent), {nwith} customers with agent replies, "
          f"{nsecond} with second, {len({x['brand'] for x in hists})} brands")
    print("messages per customer:", dict(sorted(Counter(len(x["msgs"]) for x in hists).items())))
    types = Counter(x["type"] for x in hists)
    print("types:")
    for t in ["undetermined"] + TYPES:
        print(f"  {t:22s} {types[t]}")
    valences = Counter(x["valence"] for x in hists)
    print("valence:")
    for v in VALENCES:
        print(f"  {v:22s} {valences[v]}")
    print("valence of undetermined:",
          dict(Counter(x["valence"] for x in hists if x["type"] == "undetermined")))
    print("traps:")
    for t, n in Counter(t for x in hists for t in x["trap"].split(";")).most_common():
        print(f"  {t:22s} {n}")


def print_cue_report(assigned: list[tuple[str, dict]], textbook: list[str], stems: set[str],
                     own_words) -> None:
    """The customers whose own words (`own_words`: a message without what it quotes) hold a
    textbook cue word, with their type and trap tags; a cue in `stems` matches as the start of
    a longer word too ("addict" in "addicted")."""
    rows = []
    for cid, x in sorted(assigned, key=lambda p: p[0]):
        words = " ".join(own_words(t).lower() for r, _, t in x["msgs"] if r == "c")
        hits = [c for c in textbook
                if re.search(r"\b" + re.escape(c) + ("" if c in stems else r"\b"), words)]
        if hits:
            rows.append(f"  {cid} {x['type']:22s} {','.join(hits):30s} [{x['trap']}]")
    print(f"textbook cue words in customers' own words ({len(rows)} customers):")
    print("\n".join(rows))
