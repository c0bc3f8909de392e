#!/usr/bin/env python3
"""relradar benchmark: throughput (--jobs 1 / --jobs 2), peak memory, start-up, and VADER.

Generates a reproducible synthetic corpus (fixed seed) into benchmarks/data/ (gitignored) and,
with --real, replicates public review/complaint texts to a second corpus; then measures, in one
run and on both: messages/s of --jobs 1, --jobs 2 and VADER on the same texts (wall and CPU),
the ratios, whether --jobs 1, --jobs 2 and --no-fast-path give identical output, peak RSS and
bytes per customer, start-up (--help, a 10-message classify with an empty and a warm cache),
and a per-stage profile (py-spy). Prints a table (or JSON with --json).

    python benchmarks/bench.py --quick        # 20,000 messages / 2,000 customers, smoke run
    python benchmarks/bench.py                # 1,000,000 messages / 100,000 customers
    python benchmarks/bench.py --messages 60000 --customers 6000 \
        --real benchmarks/quality/data/customers.jsonl       # real text, 60,000 messages
    python benchmarks/bench.py --messages 60000 --customers 6000 \
        --real benchmarks/quality/data/pool.jsonl    # distinct real texts (build.py --pool)

Stdlib only, besides relradar (run as the `relradar` CLI next to this interpreter) and
vaderSentiment (the baseline).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
GENERATOR_VERSION = 4          # bump when the corpus changes, so cached files are not reused
SEED = 20250106

TARGETS = {
    "jobs1_vs_vader": 1.5,     # --jobs 1 >= 1.5x VADER (issue 16; the goal beyond it is 3x)
    "jobs2_vs_jobs1": 1.8,     # --jobs 2 >= 1.8x --jobs 1
    "peak_rss_mb": 300.0,      # < 300 MB, for 1M messages / 100k customers
    "help_s": 0.2,             # `relradar --help` < 0.2 s
    "classify_10_s": 0.8,      # a 10-message classify < 0.8 s after the first run
}

# ---------------------------------------------------------------------------- corpus

PRODUCTS = ["order", "parcel", "subscription", "gift card", "coffee beans", "phone plan",
            "flight", "savings account", "hiking boots", "face serum", "espresso machine",
            "rain jacket", "loyalty card", "monthly box", "router", "credit card"]
CITIES = ["Leeds", "Austin", "Lyon", "Denver", "Cork", "Porto", "Tucson", "Bristol", "Oslo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

NEUTRAL = [
    "Hi, where is my {p}?",
    "Can you tell me the status of order #{n}?",
    "My {p} was supposed to arrive on {d} but the tracking has not moved since then.",
    "I need to change the delivery address on order #{n} to an address in {c}.",
    "How do I update the email address on my account?",
    "Please cancel order #{n}, I ordered the wrong size by mistake.",
    "The tracking number {n} says delivered but nothing is at the door.",
    "Can I pick up my {p} from the store in {c} instead?",
    "I was charged twice for order #{n}, can you check?",
    "What are your opening hours on {d}?",
    "Is the {p} back in stock yet?",
    "I would like to change my password but the reset link does not work.",
    "Could you send me an invoice for order #{n} please?",
    "Do you ship to {c}?",
    "I moved to {c} last month, please update my billing address.",
    "The courier left a note saying they will try again on {d}.",
    "When will my refund for order #{n} show up on my card?",
    "Can I add a second user to my account?",
    "My {p} arrived but the box was damaged, the item itself seems fine.",
    "Is there a way to pause the {p} for two weeks while I am travelling?",
    "I am trying to log in but the app keeps asking me to verify my phone number.",
    "What is the return window for the {p}?",
    "Please confirm you received my return for order #{n}.",
    "Thanks, I will wait for the next update.",
    "Ok, got it.",
    "Sorry, one more question about the same order.",
    "My account number ends in {k}.",
    "I tried calling but the line was busy for forty minutes.",
    "Could you resend the confirmation email, I cannot find it.",
    "Does the {p} come with a warranty?",
]

CUES = [
    "I love this brand",
    "I love you guys",
    "been loyal for years",
    "I have been a loyal customer for {y} years",
    "used to love you",
    "I used to recommend you to everyone",
    "worst company ever",
    "you are the worst company I have ever dealt with",
    "addicted to your coffee",
    "I can't start my day without your coffee",
    "as a platinum member I expect better",
    "as a platinum member I expect a call back today",
    "my mom always bought your stuff",
    "my dad always bought this brand, it is a family thing",
    "fair price, does the job",
    "it's fine, fair price and it does the job",
    "I will never shop anywhere else",
    "customer for life",
    "I'm done with you, switching to a competitor",
    "I feel betrayed after all these years",
    "you never listen to your customers",
    "I trust you completely with my money",
    "just here for the discount, nothing personal",
    "I only buy when it's on sale",
    "you have always been honest with me",
    "I will tell everyone to avoid you",
]
INTENSIFIERS = ["really", "absolutely", "so", "totally", "seriously", "honestly", "truly"]
NEGATED = [
    "I don't love this brand anymore",
    "I would not say I love this brand",
    "not the worst company ever, but close",
    "I'm not loyal to anyone, sorry",
    "I never said you were the worst company ever",
    "I don't hate you, I just want my money back",
]
EMOJI = ["❤️", "😍", "🤬", "🙃", "😊", "🙏", "👍", "😡"]
AGENT = [
    "Thanks for reaching out! I have checked order #{n} and it is on its way.",
    "Sorry for the trouble. I have escalated this to our delivery team.",
    "We love our loyal customers and we are sorry for the inconvenience.",
    "Your refund for order #{n} has been issued and should arrive within 5 business days.",
    "Could you confirm the postcode on the account so I can verify it?",
    "I have updated your address to {c}. Is there anything else I can help with?",
    "Thank you for being a valued member, we appreciate your patience.",
]
FILLER = [
    "I have been going back and forth with your team about this for a while now and I would "
    "like to get it sorted before the end of the month.",
    "For context, the original order was placed on a {d} and paid with the card ending {k}.",
    "I have attached the photos of the packaging and the receipt from the store in {c}.",
    "Your website says one thing, the app says another, and the person on the phone told me "
    "something else again.",
    "I am writing this from my work address because I cannot get into my own inbox at the "
    "moment.",
    "The delivery driver was polite but said he had no record of the second box.",
    "I would appreciate it if someone could look at the whole history of this ticket rather "
    "than starting again from scratch.",
    "Please note that I will be away from {d} for a week, so email is the best way to reach me.",
]
GREETINGS = ["Hello,", "Hi there,", "Dear Support team,", "Good morning,",
             "To whom it may concern,"]
SIGNATURES = ["Best regards,\n{name}\n{name_l}@example.com\n+44 20 7946 0{k}",
              "Thanks,\n{name}\n\nSent from my iPhone",
              "Kind regards,\n{name}\nAccount {k}",
              "Cheers,\n{name}"]
NAMES = ["Alex Morgan", "Priya Shah", "Tom Becker", "Lucia Romero", "Sam Okafor", "Mei Lin",
         "Jonas Berg", "Aisha Bello", "Chris Doyle", "Nora Kane"]


def _fill(template: str, rnd: random.Random) -> str:
    name = rnd.choice(NAMES)
    return template.format(p=rnd.choice(PRODUCTS), n=rnd.randint(100000, 999999),
                           d=rnd.choice(DAYS), c=rnd.choice(CITIES), k=rnd.randint(1000, 9999),
                           y=rnd.randint(2, 25), name=name,
                           name_l=name.lower().replace(" ", "."))


def _cue(rnd: random.Random) -> str:
    if rnd.random() < 0.15:
        cue = _fill(rnd.choice(NEGATED), rnd)
    else:
        cue = _fill(rnd.choice(CUES), rnd)
        if rnd.random() < 0.3:
            if cue.startswith("I "):                 # "I really love this brand"
                cue = f"I {rnd.choice(INTENSIFIERS[:2] + INTENSIFIERS[5:])} {cue[2:]}"
            else:                                    # "Honestly, worst company ever"
                cue = f"{rnd.choice(['honestly', 'seriously', 'truly'])}, {cue}"
    if rnd.random() < 0.12:
        cue = cue.upper()
    cue = cue[0].upper() + cue[1:]
    end = rnd.choice([".", "!", "!!", "!!!", "."])
    if rnd.random() < 0.25:
        end += " " + rnd.choice(EMOJI)
    return cue + end


def _short_message(rnd: random.Random, with_cue: bool) -> str:
    """5-80 words of whole sentences; a cue sentence, when asked, at a random position."""
    target = min(80, max(5, int(rnd.triangular(5, 80, 14))))
    cue = _cue(rnd) if with_cue else ""
    words = len(cue.split())
    parts: list[str] = []
    while words < target:
        sentence = _fill(rnd.choice(NEUTRAL), rnd)
        n = len(sentence.split())
        if words + n > 80:
            break
        parts.append(sentence)
        words += n
    if cue:
        parts.insert(rnd.randint(0, len(parts)), cue)
    text = " ".join(parts)
    if len(text.split()) < 5:
        text += " Thanks in advance."
    if not with_cue and rnd.random() < 0.03:
        text = text.upper()                      # shouting without a cue
    if rnd.random() < 0.04:
        text += " " + rnd.choice(EMOJI)
    return text


def _email(rnd: random.Random, with_cue: bool) -> str:
    target = rnd.randint(300, 600)
    name = rnd.choice(NAMES)
    body: list[str] = []
    words = 0
    quoted_words = rnd.randint(40, 120)
    body_target = target - quoted_words - 25
    paragraph: list[str] = []
    while words < body_target:
        source = FILLER if rnd.random() < 0.6 else NEUTRAL
        sentence = _fill(rnd.choice(source), rnd)
        if with_cue and rnd.random() < 0.08:
            sentence = _cue(rnd)
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rnd.randint(3, 6):
            body.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        body.append(" ".join(paragraph))
    if with_cue and not any(c in " ".join(body) for c in ("!", "love", "loyal", "worst")):
        body.insert(rnd.randint(0, len(body)), _cue(rnd))
    signature = _fill(rnd.choice(SIGNATURES), rnd).replace("{name}", name)
    quoted: list[str] = []
    qwords = 0
    while qwords < quoted_words:
        line = _fill(rnd.choice(AGENT), rnd)
        quoted.append("> " + line)
        qwords += len(line.split())
    when = datetime(2025, 1, 6, 9, 0) - timedelta(days=rnd.randint(0, 300))
    header = (f"On {when:%a, %b} {when.day}, {when.year} at {when:%I:%M %p}".replace(" 0", " ")
              + " Support <s@x.com> wrote:")
    return "\n\n".join([rnd.choice(GREETINGS), *body, signature, header + "\n" + "\n".join(quoted)])


def corpus_paths(messages: int, customers: int) -> tuple[Path, Path]:
    stem = f"corpus_{messages}m_{customers}c_v{GENERATOR_VERSION}"
    return DATA / f"{stem}.csv", DATA / f"{stem}.meta.json"


def generate(messages: int, customers: int, path: Path, meta_path: Path) -> dict:
    """Write the corpus: rows in time order, customers interleaved, ~10% agent rows."""
    rnd = random.Random(SEED)
    DATA.mkdir(parents=True, exist_ok=True)
    if customers > messages:
        raise SystemExit("--customers must not exceed --messages")
    # Each customer writes at least one message; the rest follow a skewed (Pareto) activity.
    weights = [rnd.paretovariate(1.3) for _ in range(customers)]
    n_agent = int(messages * 0.10)
    n_customer = messages - n_agent
    owners = list(range(customers)) + rnd.choices(range(customers), weights=weights,
                                                  k=max(0, n_customer - customers))
    roles = ["customer"] * len(owners)
    # Agent replies go to customers who wrote in.
    owners += rnd.choices(owners, k=n_agent)
    roles += ["agent"] * n_agent
    order = list(range(len(owners)))
    rnd.shuffle(order)
    # The "at least one customer message" rows may land after an agent row: harmless.
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    seconds = 0
    stats = {"messages": messages, "customers": customers, "customer_rows": 0, "agent_rows": 0,
             "cue_messages": 0, "emails": 0, "seed": SEED, "generator_version": GENERATOR_VERSION}
    tmp = path.with_suffix(".csv.part")
    t0 = time.perf_counter()
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "role", "timestamp", "text"])
        for done, i in enumerate(order):
            seconds += rnd.randint(1, 40)
            stamp = (start + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")
            cid = f"cust{owners[i]:06d}"
            if roles[i] == "agent":
                text = _fill(rnd.choice(AGENT), rnd)
                stats["agent_rows"] += 1
            else:
                with_cue = rnd.random() < 0.20
                if rnd.random() < 0.02:
                    text = _email(rnd, with_cue)
                    stats["emails"] += 1
                else:
                    text = _short_message(rnd, with_cue)
                stats["customer_rows"] += 1
                stats["cue_messages"] += with_cue
            writer.writerow([cid, roles[i], stamp, text])
            if done and done % 200_000 == 0:
                print(f"  generated {done:,} rows ...", file=sys.stderr)
    os.replace(tmp, path)
    stats["bytes"] = path.stat().st_size
    stats["generate_s"] = round(time.perf_counter() - t0, 1)
    meta_path.write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    return stats


def ensure_corpus(messages: int, customers: int, regenerate: bool) -> tuple[Path, dict]:
    path, meta_path = corpus_paths(messages, customers)
    if regenerate or not path.exists() or not meta_path.exists():
        print(f"generating {path.relative_to(HERE.parent)} "
              f"({messages:,} messages, {customers:,} customers) ...", file=sys.stderr)
        return path, generate(messages, customers, path, meta_path)
    return path, json.loads(meta_path.read_text(encoding="utf-8"))


def load_customer_texts(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row["role"] == "customer"]


# ---------------------------------------------------------------------------- measuring

def relradar_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("relradar")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("relradar")
    return [found] if found else [sys.executable, "-m", "relradar"]


def _maxrss_mb(value: int) -> float:
    # Linux reports KiB, macOS bytes.
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def _tree_memory_kb(root: int) -> tuple[int, int]:
    """(sum of PSS, or RSS when PSS is unreadable, over `root` and its descendants; the largest
    VmHWM among them), from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0, 0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, hwm, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        hwm = max(hwm, int(line.split()[1]))
                        break
        except (OSError, ValueError):
            pass
        for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
            try:
                with open(f"/proc/{pid}/{name}") as f:
                    for line in f:
                        if line.startswith(key):
                            total += int(line.split()[1])
                            break
                    else:
                        continue
                break
            except (OSError, ValueError):
                continue
    return total, hwm


def run_measured(cmd: list[str], sample_tree: bool = True) -> dict:
    """Run cmd; wall time, exit code, stderr, and peak memory of that process and its workers.

    Peak RSS is the largest VmHWM (a process's own high-water mark) of relradar and its --jobs
    workers, not their sum, read by a sampler thread that also records the peak of the summed
    PSS of the tree (shared copy-on-write pages counted once, proportionally). os.wait4's
    ru_maxrss is kept for reference only: Linux counts into a child's ru_maxrss the memory of
    the process that started it (this script, holding the VADER texts, 340 MB at 1M
    messages), so it overstates a small relradar run.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()
    seen = {"hwm_kb": 0, "tree_pss_kb": 0, "tree_hwm_kb": 0}
    stderr_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()),
                              daemon=True)
    reader.start()

    def sample() -> None:
        while not stop.is_set():
            try:
                with open(f"/proc/{proc.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            seen["hwm_kb"] = max(seen["hwm_kb"], int(line.split()[1]))
            except (OSError, ValueError):
                pass
            pss, hwm = _tree_memory_kb(proc.pid)
            seen["tree_pss_kb"] = max(seen["tree_pss_kb"], pss)
            seen["tree_hwm_kb"] = max(seen["tree_hwm_kb"], hwm)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_tree and os.path.isdir("/proc"):
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    reader.join(5)
    if sampler.is_alive():
        sampler.join(5)
    return {
        "wall_s": wall,
        # user + system CPU of relradar and every worker it waited for (os.wait4 on Linux)
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rc": proc.returncode,
        "stderr": b"".join(stderr_chunks).decode("utf-8", "replace").strip(),
        "peak_rss_mb": round(seen["tree_hwm_kb"] / 1024, 1) if seen["tree_hwm_kb"]
        else round(_maxrss_mb(usage.ru_maxrss), 1),
        "ru_maxrss_mb": round(_maxrss_mb(usage.ru_maxrss), 1),
        "main_hwm_mb": round(seen["hwm_kb"] / 1024, 1) if seen["hwm_kb"] else None,
        "tree_pss_peak_mb": round(seen["tree_pss_kb"] / 1024, 1) if seen["tree_pss_kb"] else None,
    }


def count_scored(output: Path) -> int | None:
    """Customer rows scored = sum of per-customer `messages` in the JSONL output."""
    try:
        with open(output, encoding="utf-8") as handle:
            return sum(json.loads(line)["messages"] for line in handle if line.strip())
    except (OSError, ValueError, KeyError):
        return None


def bench_relradar(corpus: Path, jobs: int, expected: int, extra: list[str],
                   tag: str = "") -> dict:
    out = DATA / f"out{tag}_jobs{jobs}{'_'.join(extra).replace('-', '')}.jsonl"
    out.unlink(missing_ok=True)
    cmd = [*relradar_cmd(), "classify", str(corpus), "--format", "jsonl", "--quiet",
           "--jobs", str(jobs), "-o", str(out), *extra]
    print(f"running: {' '.join(cmd)}", file=sys.stderr)
    result = run_measured(cmd)
    result["cmd"] = " ".join(cmd)
    if result["rc"] != 0:
        result["error"] = result["stderr"] or f"exit code {result['rc']}"
        return result
    scored = count_scored(out)
    result["messages_scored"] = scored
    if scored is None:
        result["error"] = f"could not read scored message counts from {out}"
        return result
    if scored != expected:
        result["warning"] = f"{scored:,} messages scored, {expected:,} customer rows in the file"
    result["messages_per_s"] = scored / result["wall_s"]
    result["messages_per_cpu_s"] = scored / result["cpu_s"] if result["cpu_s"] else None
    result["output"] = str(out)       # kept until the outputs are compared
    return result


def bench_vader(texts: list[str]) -> dict:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    score = analyzer.polarity_scores
    score("warm up")
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        score(text)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"messages": len(texts), "seconds": seconds, "cpu_s": cpu,
            "messages_per_s": len(texts) / seconds, "messages_per_cpu_s": len(texts) / cpu}


def median_wall(cmd: list[str], times: int) -> dict:
    import resource

    walls, cpus, errors = [], [], []
    for _ in range(times):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if done.returncode != 0:
            errors.append(done.stderr.decode("utf-8", "replace").strip()
                          or f"exit code {done.returncode}")
    out = {"cmd": " ".join(cmd), "median_s": statistics.median(walls),
           "median_cpu_s": statistics.median(cpus), "runs_s": [round(w, 3) for w in walls]}
    if errors:
        out["error"] = errors[0]
    return out


def tiny_corpus() -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / "tiny_10.csv"
    rnd = random.Random(SEED + 1)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "role", "timestamp", "text"])
        for i in range(10):
            writer.writerow([f"t{i % 4}", "customer", f"2025-01-0{1 + i % 9}T10:00:00Z",
                             _short_message(rnd, i % 3 == 0)])
    return path


# ---------------------------------------------------------------------------- real text

def real_corpus(source: Path, messages: int, customers: int) -> tuple[Path, list[str], dict]:
    """Public review/complaint texts (JSONL or CSV with a `text` field), replicated to
    `messages` rows over `customers` customers. relradar counts a customer's identical text
    once, so the copies of a text go to different customers."""
    if source.suffix == ".csv":
        with open(source, encoding="utf-8", newline="") as handle:
            texts = [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    else:
        with open(source, encoding="utf-8") as handle:
            texts = [t for t in (json.loads(line).get("text") for line in handle
                                 if line.strip()) if isinstance(t, str) and t.strip()]
    if not texts:
        raise SystemExit(f"{source}: no texts")
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"real_{source.stem}_{messages}m_{customers}c.jsonl"
    # customer c's k-th message is text (c * per + k): every text is used before any repeats
    # (a pool of distinct texts stays distinct up to its size), and a customer's texts differ
    # while it has fewer messages than there are texts
    per = -(-messages // customers)
    rows = [texts[((i % customers) * per + i // customers) % len(texts)]
            for i in range(messages)]
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(rows):
            handle.write(json.dumps({"customer_id": f"r{i % customers}", "text": text,
                                     "timestamp": 1_700_000_000 + i}) + "\n")
    meta = {"messages": messages, "customers": min(customers, messages),
            "customer_rows": messages, "distinct_texts": len(set(rows)),
            "bytes": path.stat().st_size, "source": str(source)}
    return path, rows, meta


# ---------------------------------------------------------------------------- one corpus

def same_output(runs: list[dict]) -> bool | None:
    """Byte-identical JSONL from every run (sources and all)."""
    paths = [r.get("output") for r in runs]
    if not all(paths):
        return None
    first = Path(paths[0]).read_bytes()
    return all(Path(p).read_bytes() == first for p in paths[1:])


def bench_corpus(name: str, corpus: Path, texts: list[str], meta: dict, extra: list[str],
                 tiny: dict, check_slow: bool) -> dict:
    runs = {jobs: bench_relradar(corpus, jobs, meta["customer_rows"], extra, f"_{name}")
            for jobs in (1, 2)}
    compared = [runs[1], runs[2]]
    if check_slow:
        slow = bench_relradar(corpus, 1, meta["customer_rows"], [*extra, "--no-fast-path"],
                              f"_{name}")
        runs["slow"] = slow
        compared.append(slow)
    identical = same_output(compared)
    for r in compared:
        if r.get("output"):
            Path(r["output"]).unlink(missing_ok=True)
    print(f"VADER on the {name} texts ...", file=sys.stderr)
    vader = bench_vader(texts)
    j1, j2 = runs[1], runs[2]
    ratios = {
        "jobs1_vs_vader_wall": _ratio(j1.get("messages_per_s"), vader["messages_per_s"]),
        "jobs1_vs_vader_cpu": _ratio(j1.get("messages_per_cpu_s"), vader["messages_per_cpu_s"]),
        "jobs2_vs_jobs1_wall": _ratio(j2.get("messages_per_s"), j1.get("messages_per_s")),
    }
    base = tiny.get("peak_rss_mb")
    per_customer = None
    if base and j1.get("peak_rss_mb"):
        per_customer = (j1["peak_rss_mb"] - base) * 2**20 / meta["customers"]
    return {"corpus": {"name": name, "path": str(corpus), **meta},
            "relradar": {f"jobs{k}": v for k, v in runs.items()}, "vader": vader,
            "ratios": ratios, "identical_output": identical,
            "bytes_per_customer": per_customer}


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


# ---------------------------------------------------------------------------- profile

STAGES = [   # innermost frame first: the first stage a sampled stack passes through
    ("read", ("relradar/readers.py", "relradar/timeparse.py", "orjson")),
    ("clean", ("relradar/text.py", "ftfy", "relradar/privacy.py")),
    ("pre-filter scan", ("relradar/prefilter.py",)),
    ("tokenize", ("relradar/tokenizer.py", "spacy/", "Matcher._tokens", "_spacy_tokens")),
    ("sentiment", ("relradar/sentiment.py",)),
    ("match", ("relradar/matching.py", "relradar/patterns.py")),
    ("accumulate", ("relradar/scoring.py:add", "CustomerState.add", "_keep_evidence",
                    "accumulate", "is_duplicate", "seen_before")),
    ("finish + output", ("relradar/scoring.py", "relradar/render.py", "relradar/portfolio.py",
                         "relradar/privacy.py", "relradar/cli.py:emit", "json/")),
    ("start-up", ("<frozen importlib", "relradar/cache.py", "relradar/lexicon.py",
                  "build_matcher", "pickle")),
]


def profile_stages(corpus: Path, extra: list[str]) -> dict:
    """Where --jobs 1 spends its time, sampled by py-spy (cProfile inflates Cython calls)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists() and not shutil.which("py-spy"):
        return {"error": "py-spy not installed (pip install py-spy)"}
    raw = DATA / "profile.txt"
    cmd = [spy, "record", "-r", "250", "-f", "raw", "-o", str(raw), "--",
           *relradar_cmd(), "classify", str(corpus), "--format", "jsonl", "--quiet",
           "--jobs", "1", "-o", os.devnull, *extra]
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode != 0 or not raw.exists():
        return {"error": done.stderr.decode("utf-8", "replace").strip()[-300:]}
    shares: dict[str, int] = {}
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        total += int(count)
        frames = stack.split(";")
        stage = "other"
        for frame in reversed(frames):
            found = next((name for name, marks in STAGES
                          if any(mark in frame for mark in marks)), None)
            if found is not None:
                stage = found
                break
        shares[stage] = shares.get(stage, 0) + int(count)
    raw.unlink(missing_ok=True)
    return {"samples": total,
            "shares": {k: v / total for k, v in sorted(shares.items(), key=lambda kv: -kv[1])}}


# ---------------------------------------------------------------------------- report

def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "NOT met")


def fmt_rate(x: float | None) -> str:
    return "-" if x is None else f"{x:,.0f}"


def fmt_x(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"


def print_table(rep: dict) -> None:
    m = rep["machine"]
    print()
    print(f"relradar benchmark  (Python {m['python']}, {m['usable_cpus'] or m['cpus']} usable "
          f"CPUs, load average {m['load_before']} before / {m['load_after']} after)")
    rows = [("figure", "value", "target", "status")]
    for section in rep["corpora"]:
        c = section["corpus"]
        rows.append((f"[{c['name']}] {c['messages']:,} messages, {c['customers']:,} customers, "
                     f"{c['bytes'] / 1e6:,.1f} MB", "", "", ""))
        for key in ("jobs1", "jobs2", "jobsslow"):
            r = section["relradar"].get(key)
            if r is None:
                continue
            label = {"jobs1": "--jobs 1", "jobs2": "--jobs 2",
                     "jobsslow": "--jobs 1 --no-fast-path"}[key]
            if "error" in r:
                rows.append((f"  relradar {label}", "FAILED", "", ""))
                continue
            rows.append((f"  relradar {label} msgs/s wall | CPU",
                         f"{fmt_rate(r['messages_per_s'])} | "
                         f"{fmt_rate(r.get('messages_per_cpu_s'))}", "", ""))
            rows.append(("    wall | CPU | peak RSS",
                         f"{r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['peak_rss_mb']:.0f} MB",
                         "", ""))
        v = section["vader"]
        rows.append((f"  VADER msgs/s wall | CPU ({v['messages']:,} texts)",
                     f"{fmt_rate(v['messages_per_s'])} | {fmt_rate(v['messages_per_cpu_s'])}",
                     "", ""))
        ra = section["ratios"]
        ok1 = None if ra["jobs1_vs_vader_cpu"] is None \
            else ra["jobs1_vs_vader_cpu"] >= TARGETS["jobs1_vs_vader"]
        rows.append(("  jobs1 / VADER, wall | CPU",
                     f"{fmt_x(ra['jobs1_vs_vader_wall'])} | {fmt_x(ra['jobs1_vs_vader_cpu'])}",
                     f">= {TARGETS['jobs1_vs_vader']}x (CPU)", verdict(ok1)))
        ok2 = None if ra["jobs2_vs_jobs1_wall"] is None \
            else ra["jobs2_vs_jobs1_wall"] >= TARGETS["jobs2_vs_jobs1"]
        rows.append(("  jobs2 / jobs1, wall", fmt_x(ra["jobs2_vs_jobs1_wall"]),
                     f">= {TARGETS['jobs2_vs_jobs1']}x", verdict(ok2)))
        rows.append(("  identical output (jobs 1, jobs 2, fast path off)",
                     {True: "yes", False: "NO", None: "-"}[section["identical_output"]], "",
                     verdict(section["identical_output"])))
        bpc = section["bytes_per_customer"]
        rows.append(("  peak RSS above a 10-message run, per customer",
                     "-" if bpc is None else f"{bpc:,.0f} B", "", ""))
        full = c["messages"] >= 1_000_000 and c["customers"] >= 100_000
        peak = max((r["peak_rss_mb"] for k, r in section["relradar"].items()
                    if k in ("jobs1", "jobs2") and "peak_rss_mb" in r), default=None)
        if full and peak is not None:
            rows.append(("  peak RSS, jobs 1 and 2", f"{peak:.0f} MB",
                         f"< {TARGETS['peak_rss_mb']:.0f} MB",
                         verdict(peak < TARGETS["peak_rss_mb"])))
    h, k = rep["startup"]["help"], rep["startup"]["classify_10"]
    rows.append(("relradar --help (median of 5), wall | CPU",
                 f"{h['median_s']:.3f} s | {h['median_cpu_s']:.3f} s",
                 f"< {TARGETS['help_s']} s", verdict(h["median_s"] < TARGETS["help_s"])))
    rows.append(("classify 10 messages, cached (median of 5), wall | CPU",
                 "FAILED" if "error" in k else
                 f"{k['median_s']:.3f} s | {k['median_cpu_s']:.3f} s",
                 f"< {TARGETS['classify_10_s']} s",
                 "n/a" if "error" in k else verdict(k["median_s"] < TARGETS["classify_10_s"])))
    rows.append(("classify 10 messages, empty cache", f"{rep['startup']['cold_s']:.3f} s", "",
                 ""))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) if i != 1 else cell.rjust(widths[i])
                        for i, cell in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    prof = rep.get("profile")
    if prof:
        print()
        if "error" in prof:
            print(f"profile: {prof['error']}")
        else:
            print(f"per-stage share of --jobs 1 on the {prof['corpus']} corpus "
                  f"(py-spy, {prof['samples']:,} samples):")
            for stage, share in prof["shares"].items():
                print(f"  {stage:<18} {share:6.1%}")
    print()
    for note in rep["notes"]:
        print(f"note: {note}")


# ---------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1_000_000, help="rows in the generated "
                        "corpus (default 1,000,000; ~10%% are agent rows)")
    parser.add_argument("--customers", type=int, default=100_000,
                        help="distinct customers in the generated corpus (default 100,000)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 20,000 messages / 2,000 customers")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the cached corpus")
    parser.add_argument("--real", type=Path, metavar="PATH",
                        help="public review/complaint texts (JSONL or CSV with a text field), "
                             "replicated to --real-messages rows")
    parser.add_argument("--real-messages", type=int, default=60_000)
    parser.add_argument("--real-customers", type=int, default=6_000)
    parser.add_argument("--vader-sample", type=int, default=100_000,
                        help="customer messages scored by VADER (default 100,000)")
    parser.add_argument("--full-vader", action="store_true",
                        help="score every customer message with VADER")
    parser.add_argument("--no-slow-check", action="store_true",
                        help="skip the --no-fast-path run that checks identical output")
    parser.add_argument("--no-profile", action="store_true", help="skip the py-spy profile")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--relradar-arg", action="append", default=[], metavar="ARG",
                        help="extra argument for every `relradar classify` run, repeatable "
                             "(e.g. --relradar-arg=--lexicon=my.yaml)")
    args = parser.parse_args(argv)
    if args.quick:
        args.messages, args.customers = 20_000, 2_000
    if args.messages < 1 or args.customers < 1:
        parser.error("--messages and --customers must be positive")
    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())

    print("start-up ...", file=sys.stderr)
    cmd = relradar_cmd()
    tiny_path = tiny_corpus()
    tiny_cmd = [*cmd, "classify", str(tiny_path), "--format", "jsonl", "--quiet",
                *args.relradar_arg]
    with tempfile.TemporaryDirectory() as empty:      # the first run: nothing cached yet
        t0 = time.perf_counter()
        subprocess.run(tiny_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "RELRADAR_CACHE_DIR": empty})
        cold_s = time.perf_counter() - t0
    subprocess.run(tiny_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm
    help_t = median_wall([*cmd, "--help"], 5)
    tiny_t = median_wall(tiny_cmd, 5)
    tiny_t["peak_rss_mb"] = run_measured(tiny_cmd, sample_tree=False)["peak_rss_mb"]

    sections = []
    if args.real is not None:
        path, texts, meta = real_corpus(args.real, args.real_messages, args.real_customers)
        sections.append(bench_corpus("real", path, texts, meta, args.relradar_arg, tiny_t,
                                     not args.no_slow_check))
        del texts
    corpus, meta = ensure_corpus(args.messages, args.customers, args.regenerate)
    texts = load_customer_texts(corpus)                 # file reading is not timed
    if not args.full_vader and len(texts) > args.vader_sample:
        texts = random.Random(SEED + 2).sample(texts, args.vader_sample)
    sections.append(bench_corpus("generated", corpus, texts, meta, args.relradar_arg, tiny_t,
                                 not args.no_slow_check))
    del texts

    profile = None
    if not args.no_profile:
        print("profile ...", file=sys.stderr)
        profiled = Path(sections[0]["corpus"]["path"])
        profile = {"corpus": sections[0]["corpus"]["name"],
                   **profile_stages(profiled, args.relradar_arg)}
    rep = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "usable_cpus": len(os.sched_getaffinity(0))
                    if hasattr(os, "sched_getaffinity") else None,
                    "load_before": load_before,
                    "load_after": " ".join(f"{x:.1f}" for x in os.getloadavg())},
        "corpora": sections,
        "startup": {"help": help_t, "classify_10": tiny_t, "cold_s": cold_s},
        "profile": profile,
        "targets": TARGETS,
        "notes": [
            "CPU = user + system time of relradar and its workers (os.wait4), or of the VADER "
            "loop (process_time); on a shared machine CPU rates are the steadier figures, wall "
            "rates (and the jobs2/jobs1 ratio) need free cores.",
            "peak RSS = the largest VmHWM of relradar and its --jobs workers (not their sum), "
            "sampled from /proc every 0.1 s (ru_maxrss, which Linux inflates with the size of "
            "this script, only for the 10-message run and off Linux); per customer = (peak of "
            "--jobs 1 - peak of the 10-message run) / customers.",
            "VADER scores the same texts in this process (file reading not timed).",
        ],
    }
    if args.json:
        print(json.dumps(rep, indent=2, default=str))
    else:
        print_table(rep)
    return 0 if all("error" not in r for sec in sections
                    for r in sec["relradar"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
