#!/usr/bin/env python3
"""Rebuild the real-text development set (text side) from public repository snapshots.

Why a script and not committed texts: most of these texts are third-party reviews whose licence
does not allow redistribution (only the CFPB narratives are US public domain). The repository keeps
the customer list (benchmarks/quality/customers.csv) and, later, the coders' labels; the texts are
rebuilt here into benchmarks/quality/data/ (ignored by git). Nothing from here goes into the
package.

Get the snapshots first (bare git directories, read with `git show`, never checked out), one per
source, at the commits pinned below:

    yashkaranje/Hotel-Review-Classifier              8db9014bf2ef33d43027a143e8378e3091971101
    aravindsriraj/Data-Science-Task---Consumer-Complaints
                                                     1b2ab3cc3b2a58df6fd787dcffb1147df69ce2b2
    Carmel-Monga/simple-django-api                   714dd0c51dc6cf3c2a1c5bb04ad0410ea64853e6
    simoneminorr/Ds4002-Group14-Projects             19a8496725aaf601ea16ff9010fee9beda3ec3d0
    zfz/twitter_corpus                               09afbfb5b580c848062aadbc4491fecc96b0a85a
    ashaloganova/Skytrax                             466e415e72989b54f46514c3933a83e05d38042b
    ftadithyan/CLOTHING_E_COMMERCE_AUTOMATED_REVIEW_SYSTEM
                                                     e39db2cefc3d0a0fa29976624ce344f55487e5af

Each is expected under MIRROR/<owner>+<name>/repo (a bare git dir, or a clone with .git inside);
any clone of the same repository works as long as the pinned commit is in it
(`git clone --bare https://github.com/<owner>/<name> MIRROR/<owner>+<name>/repo`).

Then:

    python benchmarks/quality/build.py                     # --mirror /work/.mirror
    python benchmarks/quality/build.py --check             # rebuild and compare with customers.csv
    python benchmarks/quality/build.py --pool FILE         # every distinct text, for bench.py

Outputs:
    benchmarks/quality/data/customers.jsonl   one JSON line per message (ignored by git)
    benchmarks/quality/customers.csv          customer list with selection and split (committed)
    CODING_DIR/texts.md, texts_1.md..texts_4.md   a compact view for the human coders
    CODING_DIR/tweets/texts.md, template.csv      the same for the tweets, added later as their
                                                  own batch (template.csv: a blank label file,
                                                  written only when absent)
    CODING_DIR/airlines/texts.md, template.csv    the same for the airline reviews (a third batch)
    CODING_DIR/retail/texts.md, template.csv      the same for the retail reviews (a fourth batch)
    CODING_DIR/batch5/texts.md, template.csv      the same for a fifth batch: second draws of
                                                  120 tweets and 80 airline reviews

Selection (deterministic, seed SEED): per source a fixed quota; about half of each quota is drawn
from the customers whose own words match CUE_RE (a broad list of relationship words, written for
this set, independent of relradar's lexicons), the other half at random from all the rest. Per-brand
caps keep one brand (e.g. one credit bureau) from filling a source. Exact duplicate texts are kept
once (first occurrence). Messages longer than MAX_CHARS are cut and marked truncated; nothing else
is stripped (management responses inside hotel reviews stay as they appear, retweets stay as
they were posted). Sources are selected independently (one seeded generator per source) and
appended in the order of SOURCES, so adding a source leaves the earlier ones' rows unchanged.
A second draw from a file already used (`tweets_b`, `airlines_b`: the fifth batch) has its own
seed and skips every customer drawn before; its customers keep their source's name.

Tweets (Sanders Analytics corpus: tweets about Apple, Google, Microsoft and Twitter, Oct 2011)
are kept only when they look English (is_english: a stdlib word-list test, since about half the
corpus is Spanish, Portuguese, Dutch, German, French, Japanese...). The corpus's sentiment column
is never read: the coders label.

Airline reviews (Skytrax, airlinequality.com, 2003-2015: a 2,244-review sample of the Skytrax
reviews dataset, 246 airlines) are all in English, so no language test is applied (is_english,
written for tweets, would drop a few terse English notes such as "GLA-SOU on Dash 8Q400. Full
flight."). A "Trip Verified |" / "Not Verified |" prefix, which newer scrapes of the site carry,
would be stripped; this sample predates it. The ratings and the recommended column are never read.

Retail reviews (Kaggle "Women's E-Commerce Clothing Reviews", CC0: 23,486 reviews of one
anonymised online clothing retailer's products, whose name the publisher replaced with
"retailer" in the texts) are read from the zip the snapshot holds (`member` in SOURCES: the CSV
inside the zip file at `path`), since the 8 MB CSV itself is absent from every snapshot found.
One brand, "retailer" (the word the texts use), so the brand cap is the quota. There is no
reviewer id and no date: one message per customer, timestamp null. The title is put before the
text as for the hotels. The published file already cuts review texts at about 500 characters
(mid-word, unmarked); they are kept as found. Rating, recommended, age and the product columns
are never read.

Stdlib only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

SEED = 20261201
MAX_CHARS = 1500
TRUNC_MARK = " [...truncated]"
HERE = Path(__file__).resolve().parent

# Broad relationship words. Deliberately over-inclusive: this only decides which customers are
# *likely* to carry a relational cue; the coders decide whether it is one.
CUE_WORDS = [
    r"lov(e|ed|es|ing)", r"loyal(ty)?", r"\d+\s*(\+\s*)?years?", r"years", r"since (19|20)\d\d",
    r"since i", r"always", r"every ?time", r"again", r"never again", r"switch(ed|ing)?",
    r"cancel(l?ed|ling)?", r"member(ship)?", r"addict(ed|ive)?", r"obsess(ed)?", r"hooked",
    r"hate[sd]?", r"scam(mers?)?", r"recommend(ed)?", r"used to", r"favou?rite", r"family",
    r"first time", r"suggest(ion|ions)?", r"go-?to", r"forever", r"boycott", r"worst",
    r"trust(ed)?", r"as usual", r"typical", r"customer (for|since)", r"come back", r"coming back",
    r"return(ing)? (customer|guest)", r"stay away", r"warn(ing)? (everyone|others|you)",
    r"platinum|gold|elite|diamond|status", r"mom|dad|mother|father|grand(ma|pa|mother|father)",
    r"kids?", r"guilty", r"our team", r"for work", r"every (week|month|year|summer)",
    r"anymore", r"no longer", r"downhill", r"betray(ed)?", r"ever since", r"best .{0,20}ever",
    r"feedback", r"please (add|fix|bring)", r"i expect", r"unacceptable", r"disrespect(ed|ful)?",
]
MIN_CHARS = 15      # shorter texts are not chosen (nothing to read)
CUE_RE = re.compile(r"\b(" + "|".join(CUE_WORDS) + r")\b", re.IGNORECASE)


@dataclass
class Message:
    text: str
    timestamp: str | None = None
    role: str = "customer"


@dataclass
class Customer:
    customer_id: str
    source: str
    brand: str
    messages: list[Message] = field(default_factory=list)

    def customer_text(self) -> str:
        return "\n".join(m.text for m in self.messages if m.role == "customer")


@dataclass
class Source:
    name: str
    repo: str  # owner/name
    commit: str
    path: str
    licence: str
    quota: int
    brand_cap: int
    loader: Callable[[str], Iterator[Customer]]
    view: str = ""  # "" = the main coders' view; else its own subfolder of CODING_DIR
    member: str = ""  # "" = path is the text file; else path is a zip holding this member


def _rows(text: str) -> Iterator[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    try:
        for row in reader:
            yield {(k or "").lstrip("\ufeff"): (v or "") for k, v in row.items()}
    except csv.Error:
        # A file cut at a size limit ends in an open quote; the rows before it are whole.
        return


def load_cfpb(text: str) -> Iterator[Customer]:
    rows = list(_rows(text))
    if rows and not rows[-1].get("Complaint ID", "").strip().isdigit():
        rows = rows[:-1]  # the file in the snapshot is cut at 1 MiB: drop a partial last row
    for row in rows:
        narrative = row.get("Consumer complaint narrative", "").strip()
        if not narrative:
            continue
        yield Customer(
            customer_id=f"cfpb:{row['Complaint ID']}",
            source="cfpb",
            brand=row.get("Company", "").strip(),
            messages=[Message(narrative, row.get("Date received") or None)],
        )


def _titled(title: str, body: str) -> str:
    """A review's title line, when it has one, then its text."""
    return f"{title}\n{body}" if title else body


def load_hotels(text: str) -> Iterator[Customer]:
    for row in _rows(text):
        body = row.get("reviews.text", "").strip()
        if not body:
            continue
        msg = _titled(row.get("reviews.title", "").strip(), body)
        yield Customer(
            customer_id=f"hotels:{row['id']}",
            source="hotels",
            brand=row.get("name", "").strip(),
            messages=[Message(msg)],
        )


def load_apps(text: str) -> Iterator[Customer]:
    for i, row in enumerate(_rows(text), start=2):  # id = line number in the file (header = 1)
        review = row.get("Translated_Review", "").strip()
        if not review or review.lower() == "nan":
            continue
        yield Customer(
            customer_id=f"gplay:{i}",
            source="gplay",
            brand=row.get("App", "").strip(),
            messages=[Message(review)],
        )


def _date(raw: str, year: int = 2026) -> str | None:
    raw = raw.strip()
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d-%b-%y"):
        try:
            return datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            pass
    for fmt in ("%d-%b", "%d-%B"):
        try:
            return datetime.strptime(f"{raw}-{year}", fmt + "-%Y").date().isoformat()
        except ValueError:
            pass
    return raw or None


def load_trustpilot(text: str) -> Iterator[Customer]:
    for i, row in enumerate(_rows(text), start=2):
        review = row.get("Review text", "").strip()
        if not review:
            continue
        yield Customer(
            customer_id=f"trustpilot:{i}",
            source="trustpilot",
            brand=row.get("Shipping Company", "").strip(),
            messages=[Message(review, _date(row.get("Posted date", "")))],
        )


def load_reddit(text: str) -> Iterator[Customer]:
    for row in _rows(text):
        title = row.get("title", "").strip()
        body = row.get("selftext", "").strip()
        if not body:
            continue
        stamp = row.get("created_dt", "").strip()
        stamp = stamp.replace(" ", "T", 1).replace("+00:00", "Z") if stamp else None
        yield Customer(
            customer_id=f"reddit:{row['post_id']}",
            source="reddit",
            brand=row.get("company", "").strip() or row.get("subreddit", "").strip(),
            messages=[Message(f"{title}\n{body}", stamp)],
        )


# English test for short tweets: mentions, hashtags, links and "RT" are set aside, then the
# remaining words must include common English words (function words and a few frequent
# tweet words) and more of them than common words of the other languages in the corpus.
_EN_WORDS = frozenset("""
a about after again all also am an and any are as at be been before but by can could did do does
don't dont for from get got had has have he her here him his how i i'm im if in into is it it's
its just know like me more my new no not now of on one only or our out so some than that the
their them then there they this to too up us was we were what when which who why will with would
you your you're love loving loved great good thanks thank awesome hate sucks best worst please
really want need wish make see going back still even ever never much well way better work
working use using think first last right free update help fix finally
""".split())
_OTHER_WORDS = frozenset("""
de la el en es y que los las por para con una del se lo mi su al pero muy mas más voy ya yo tu te
hay esta este pues como cuando todo jaja ti nos também ta meu minha você não uma um os com muito
bom und der die das ist nicht mit von zu auf für ein eine ich sie wir auch het een van voor niet
ik je maar wel ook naar dat il le les des est pas qui une du pour dans sur et avec ce sont di che
per non sono della gli och att på för med är jag
""".split())
# English words that are also common words of those languages ("me voy a dormir"): they count
# toward the share of English words but cannot decide alone.
_SHARED_WORDS = frozenset("a as do i in is me no so".split())
_TWEET_MARKUP = re.compile(r"https?://\S+|[@#]\w+|\bRT\b")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def is_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(_TWEET_MARKUP.sub(" ", text))]
    if len(words) < 3 or any(ord(ch) > 0x24F for w in words for ch in w):  # non-Latin script
        return False
    en = sum(w in _EN_WORDS for w in words)
    plain = sum(w in _EN_WORDS and w not in _SHARED_WORDS for w in words)
    other = sum(w in _OTHER_WORDS for w in words)
    return plain >= 1 and en / len(words) >= 0.2 and other < plain


def load_tweets(text: str) -> Iterator[Customer]:
    for row in _rows(text):  # Topic, Sentiment (never read), TweetId, TweetDate, TweetText
        tweet = row.get("TweetText", "").strip()
        if not tweet or not is_english(tweet):
            continue
        raw = row.get("TweetDate", "").strip()
        try:  # "Tue Oct 18 21:53:25 +0000 2011"
            when = datetime.strptime(raw, "%a %b %d %H:%M:%S %z %Y")
            stamp: str | None = when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            stamp = raw or None
        yield Customer(
            customer_id=f"tweets:{row['TweetId']}",
            source="tweets",
            brand=row.get("Topic", "").strip().capitalize(),
            messages=[Message(tweet, stamp)],
        )


_VERIFIED = re.compile(r"^\W*(trip verified|not verified|verified review)\s*\|\s*", re.IGNORECASE)


def load_airlines(text: str) -> Iterator[Customer]:
    # airline_name, link, title, author, author_country, date, content, ... ratings (never read)
    for i, row in enumerate(_rows(text), start=2):  # id = record number in the file (header = 1)
        review = _VERIFIED.sub("", row.get("content", "").strip())
        if not review or review == "NA":
            continue
        title = row.get("title", "").strip()  # "British Airways customer review"
        brand = title[:-len(" customer review")] if title.endswith(" customer review") else ""
        stamp = row.get("date", "").strip()
        yield Customer(
            customer_id=f"airlines:{i}",
            source="airlines",
            brand=brand or row.get("airline_name", "").strip(),
            messages=[Message(review, _date(stamp) if stamp and stamp != "NA" else None)],
        )


def load_retail(text: str) -> Iterator[Customer]:
    # (row index), Clothing ID, Age, Title, Review Text, Rating, Recommended IND, Positive
    # Feedback Count, Division Name, Department Name, Class Name: only Title and Review Text read
    for row in _rows(text):
        body = row.get("Review Text", "").strip()
        if not body:
            continue
        yield Customer(
            customer_id=f"retail:{row['']}",  # the file's own row index (first, unnamed column)
            source="retail",
            brand="retailer",
            messages=[Message(_titled(row.get("Title", "").strip(), body))],
        )


SOURCES = [
    Source("cfpb", "aravindsriraj/Data-Science-Task---Consumer-Complaints",
           "1b2ab3cc3b2a58df6fd787dcffb1147df69ce2b2", "complaints.csv",
           "US CFPB Consumer Complaint Database: US government work, public domain", 120, 25,
           load_cfpb),
    Source("hotels", "yashkaranje/Hotel-Review-Classifier",
           "8db9014bf2ef33d43027a143e8378e3091971101", "Datafiniti_Hotel_Reviews.csv",
           "Datafiniti hotel reviews sample (published by Datafiniti under CC BY-NC-SA 4.0); "
           "reviews by TripAdvisor-style users: not redistributed", 100, 4, load_hotels),
    Source("gplay", "Carmel-Monga/simple-django-api",
           "714dd0c51dc6cf3c2a1c5bb04ad0410ea64853e6", "googleplaystore_user_reviews.csv",
           "Google Play user reviews (Kaggle 'Google Play Store Apps' user-reviews file, subset); "
           "repository has no licence: not redistributed", 130, 4, load_apps),
    Source("trustpilot", "simoneminorr/Ds4002-Group14-Projects",
           "19a8496725aaf601ea16ff9010fee9beda3ec3d0",
           "DATA/TRUSTPILOT_DATA/shipping_trustpilot_latest_reviews(All Shipping Service "
           "Companies).csv",
           "Trustpilot reviews collected by the repository (MIT for the repository's code); "
           "review texts belong to their authors: not redistributed", 60, 16, load_trustpilot),
    Source("reddit", "simoneminorr/Ds4002-Group14-Projects",
           "19a8496725aaf601ea16ff9010fee9beda3ec3d0", "DATA/REDDIT_DATA/shipping_posts_raw.csv",
           "Reddit posts in r/USPS, r/UPS, r/FedEx, r/dhl collected by the repository; texts "
           "belong to their authors: not redistributed", 40, 12, load_reddit),
    Source("tweets", "zfz/twitter_corpus",
           "09afbfb5b580c848062aadbc4491fecc96b0a85a", "full-corpus.csv",
           "Sanders Analytics Twitter sentiment corpus (2011; its hand labels free for any use, "
           "the tweets were to be downloaded under Twitter's terms); repository has no licence; "
           "tweet texts belong to their authors: not redistributed", 120, 40, load_tweets,
           view="tweets"),
    Source("airlines", "ashaloganova/Skytrax",
           "466e415e72989b54f46514c3933a83e05d38042b", "airline.csv",
           "Skytrax (airlinequality.com) airline reviews, a sample of the 'Skytrax reviews "
           "dataset' (quankiquanki/skytrax-reviews-dataset, published there as CC0, though the "
           "reviews were scraped from airlinequality.com and their licence is unknown); "
           "repository has no licence; review texts belong to their authors: not "
           "redistributed", 120, 8, load_airlines, view="airlines"),
    Source("retail", "ftadithyan/CLOTHING_E_COMMERCE_AUTOMATED_REVIEW_SYSTEM",
           "e39db2cefc3d0a0fa29976624ce344f55487e5af",
           "DATASET/Womens Clothing E-Commerce Reviews.csv.zip",
           "Kaggle 'Women's E-Commerce Clothing Reviews' (nicapotato, released CC0: public "
           "domain dedication), reviews of one anonymised clothing retailer; repository has no "
           "licence; rebuilt like the others, not committed", 120, 120, load_retail,
           view="retail", member="Womens Clothing E-Commerce Reviews.csv"),
    # a fifth batch: second draws from the tweets and the airline reviews (the genres of the
    # held-out data), excluding every customer drawn before; their own seeds (by name)
    Source("tweets_b", "zfz/twitter_corpus",
           "09afbfb5b580c848062aadbc4491fecc96b0a85a", "full-corpus.csv",
           "as for tweets", 120, 40, load_tweets, view="batch5"),
    Source("airlines_b", "ashaloganova/Skytrax",
           "466e415e72989b54f46514c3933a83e05d38042b", "airline.csv",
           "as for airlines", 80, 8, load_airlines, view="batch5"),
]


def git_dir(mirror: Path, repo: str) -> Path:
    base = mirror / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def git_show(gdir: Path, commit: str, path: str) -> str:
    return git_show_bytes(gdir, commit, path).decode("utf-8", errors="replace")


def git_show_bytes(gdir: Path, commit: str, path: str) -> bytes:
    if not gdir.is_dir():
        raise SystemExit(f"build.py: error: no snapshot at {gdir}; fetch it first (see the top "
                         f"of this file)")
    out = subprocess.run(["git", "--git-dir", str(gdir), "show", f"{commit}:{path}"],
                         capture_output=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"build.py: error: {gdir}: {commit}:{path}: "
                         f"{out.stderr.decode(errors='replace').strip()}")
    return out.stdout


def read_source(mirror: Path, src: Source) -> str:
    gdir = git_dir(mirror, src.repo)
    if not src.member:
        return git_show(gdir, src.commit, src.path)
    blob = git_show_bytes(gdir, src.commit, src.path)
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            data = zf.read(src.member)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SystemExit(f"build.py: error: {gdir}: {src.commit}:{src.path}: {exc}") from None
    return data.decode("utf-8", errors="replace")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def distinct(customers: Iterable[Customer], seen: set[str] | None = None
             ) -> Iterator[Customer]:
    """The customers whose text is long enough to read anything and repeats no earlier one
    (compared lower-case, whitespace collapsed); `seen` carries the texts over between calls."""
    seen = set() if seen is None else seen
    for c in customers:
        key = _norm(c.customer_text())
        if len(key) >= MIN_CHARS and key not in seen:
            seen.add(key)
            yield c


def select(src: Source, customers: list[Customer], drawn: frozenset[str] = frozenset()
           ) -> list[tuple[Customer, str]]:
    """Pick src.quota customers: half with a cue word, half at random, brand-capped; none of
    `drawn` (the customers an earlier draw from the same file took)."""
    unique = [c for c in distinct(customers) if c.customer_id not in drawn]
    rng = random.Random(f"{SEED}:{src.name}")
    cue_pool = [c for c in unique if CUE_RE.search(c.customer_text())]
    rng.shuffle(cue_pool)
    per_brand: dict[str, int] = {}
    chosen: list[tuple[Customer, str]] = []
    taken: set[str] = set()

    def take(pool: list[Customer], n: int, label: str) -> None:
        got = 0
        for c in pool:
            if got >= n:
                break
            if c.customer_id in taken or per_brand.get(c.brand, 0) >= src.brand_cap:
                continue
            taken.add(c.customer_id)
            per_brand[c.brand] = per_brand.get(c.brand, 0) + 1
            chosen.append((c, label))
            got += 1

    n_cue = src.quota // 2
    take(cue_pool, n_cue, "cue")
    rest = list(unique)
    rng.shuffle(rest)
    take(rest, src.quota - sum(1 for _, s in chosen if s == "cue"), "random")
    return chosen


def split_of(customer_id: str) -> str:
    return "tune" if int(hashlib.sha256(customer_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def truncate(text: str) -> tuple[str, bool]:
    if len(text) <= MAX_CHARS:
        return text, False
    return text[:MAX_CHARS].rstrip() + TRUNC_MARK, True


def build(mirror: Path) -> tuple[list[tuple[Customer, str]], dict[str, str]]:
    """The chosen customers with their selection, in the order of SOURCES, and each one's
    coders' view: the view of the draw that chose it (a second draw's customers keep their
    source's name but go to their own batch)."""
    picked: list[tuple[Customer, str]] = []
    view_of: dict[str, str] = {}
    for src in SOURCES:
        raw = read_source(mirror, src)
        customers = list(src.loader(raw))
        chosen = select(src, customers, frozenset(view_of))
        n_cue = sum(1 for _, s in chosen if s == "cue")
        print(f"{src.name}: {len(customers)} customers read, {len(chosen)} chosen "
              f"({n_cue} cue, {len(chosen) - n_cue} random)", file=sys.stderr)
        picked.extend(chosen)
        view_of.update((c.customer_id, src.view) for c, _ in chosen)
    return picked, view_of


def _coder_order(picked: list[tuple[Customer, str]]) -> list[Customer]:
    # A fixed shuffle so each chunk mixes sources and the coder cannot see the selection.
    return sorted((c for c, _ in picked),
                  key=lambda c: hashlib.sha256(f"{SEED}:{c.customer_id}".encode()).hexdigest())


def write_outputs(picked: list[tuple[Customer, str]], view_of: dict[str, str],
                  coding_dir: Path) -> None:
    data_dir = HERE / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / "customers.jsonl").open("w", encoding="utf-8") as fh:
        for c, _ in picked:
            for m in c.messages:
                text, cut = truncate(m.text)
                rec = {"customer_id": c.customer_id, "source": c.source, "brand": c.brand,
                       "timestamp": m.timestamp, "text": text, "role": m.role}
                if cut:
                    rec["truncated"] = True
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with (HERE / "customers.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["customer_id", "source", "brand", "n_messages", "selection", "split"])
        for c, sel in picked:
            w.writerow([c.customer_id, c.source, c.brand, len(c.messages), sel,
                        split_of(c.customer_id)])

    views: dict[str, list[tuple[Customer, str]]] = {}
    for c, sel in picked:
        views.setdefault(view_of[c.customer_id], []).append((c, sel))
    for view, members in views.items():
        if view:
            write_batch_view(members, coding_dir / view, view)
        else:
            write_main_view(members, coding_dir)


_HEADER = ("# relradar real-text development set: texts to code\n\n"
           "Code each customer with docs/CODEBOOK.md. Fields per customer: customer_id, type, "
           "second, valence, confidence, note. Line breaks inside a message are shown as "
           "' / '.\n"
           "\n")


def _blocks(picked: list[tuple[Customer, str]]) -> list[str]:
    blocks = []
    for n, c in enumerate(_coder_order(picked), start=1):
        lines = [f"## {n:03d} `{c.customer_id}` | brand: {c.brand} | source: {c.source} | "
                 f"messages: {len(c.messages)}", ""]
        for k, m in enumerate(c.messages, start=1):
            text, cut = truncate(m.text)
            head = f"[{k}]" + (f" {m.timestamp}" if m.timestamp else "") + f" ({m.role})"
            body = text.replace("\r\n", "\n").replace("\n", " / ")
            lines.append(f"{head} {body}")
        blocks.append("\n".join(lines) + "\n")
    return blocks


def write_main_view(picked: list[tuple[Customer, str]], coding_dir: Path) -> None:
    """texts.md and four chunks for the first five sources (coded in December 2026)."""
    blocks = _blocks(picked)
    coding_dir.mkdir(parents=True, exist_ok=True)
    (coding_dir / "texts.md").write_text(_HEADER + "\n".join(blocks), encoding="utf-8")
    size = -(-len(blocks) // 4)
    for i in range(4):
        part = blocks[i * size:(i + 1) * size]
        first, last = i * size + 1, i * size + len(part)
        (coding_dir / f"texts_{i + 1}.md").write_text(
            f"# texts, chunk {i + 1} of 4: customers {first:03d}-{last:03d}\n\n" + _HEADER
            + "\n".join(part), encoding="utf-8")


def write_batch_view(picked: list[tuple[Customer, str]], folder: Path, name: str) -> None:
    """A later batch (a source added after the first coding round) gets its own folder, so
    the coders' existing view stays as it was: texts.md plus a blank label template. The
    template is written only when absent, since a coder may fill it in place."""
    folder.mkdir(parents=True, exist_ok=True)
    blocks = _blocks(picked)
    (folder / "texts.md").write_text(
        f"# batch `{name}`: customers 001-{len(blocks):03d}\n\n" + _HEADER + "\n".join(blocks),
        encoding="utf-8")
    template = folder / "template.csv"
    if template.exists():
        print(f"build.py: {template} exists; left as it is", file=sys.stderr)
        return
    with template.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["customer_id", "type", "second", "valence", "confidence", "note"])
        for c in _coder_order(picked):
            w.writerow([c.customer_id, "", "", "", "", ""])


def write_pool(mirror: Path, path: Path) -> int:
    """Every distinct text of every source file (not only the chosen customers), one JSON line
    each, for the speed benchmark (benchmarks/bench.py --real): real text that does not repeat.
    Unlabelled (keep it under data/, which git ignores). Returns the number of texts written."""
    seen: set[str] = set()
    read: set[tuple[str, str, str]] = set()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for src in SOURCES:
            if (src.repo, src.path, src.member) in read:
                continue            # a second draw reads its source's file again
            read.add((src.repo, src.path, src.member))
            for c in distinct(src.loader(read_source(mirror, src)), seen):
                fh.write(json.dumps({"customer_id": c.customer_id, "source": c.source,
                                     "brand": c.brand, "text": c.customer_text()},
                                    ensure_ascii=False) + "\n")
    return len(seen)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"),
                    help="folder holding <owner>+<name>/repo snapshots")
    ap.add_argument("--coding-dir", type=Path, default=Path("/work/coding"),
                    help="where the coders' view (texts.md, texts_1..4.md, tweets/, airlines/, "
                         "retail/, batch5/) is written")
    ap.add_argument("--check", action="store_true",
                    help="rebuild and compare with the committed customers.csv; write nothing")
    ap.add_argument("--pool", type=Path, metavar="FILE",
                    help="write every distinct text of the source files (unlabelled) to FILE "
                         "as JSON lines, for benchmarks/bench.py --real, and stop")
    args = ap.parse_args()
    if args.pool:
        print(f"pool: {write_pool(args.mirror, args.pool)} distinct texts", file=sys.stderr)
        return 0
    picked, view_of = build(args.mirror)
    if args.check:
        with (HERE / "customers.csv").open(encoding="utf-8", newline="") as fh:
            want_ids = [row["customer_id"] for row in csv.DictReader(fh)]
        got = [c.customer_id for c, _ in picked]
        if got != want_ids:
            print(f"build.py: check failed: {len(set(got) ^ set(want_ids))} customers differ "
                  f"from customers.csv", file=sys.stderr)
            return 3
        print(f"build.py: check ok: {len(got)} customers match customers.csv", file=sys.stderr)
        return 0
    write_outputs(picked, view_of, args.coding_dir)
    multi = sum(1 for c, _ in picked if len(c.messages) > 1)
    print(f"total: {len(picked)} customers, {multi} with several messages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
