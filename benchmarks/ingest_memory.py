"""Peak memory while ingesting 10x the real corpus: it must stay flat, not grow with the corpus.

Usage: python benchmarks/ingest_memory.py [SHARED_BENCHMARKS_DIR] [--factor 10] [--analyze]

The articles are distinct recombinations of real articles' paragraphs (so none is deduplicated),
streamed from one JSON Lines file. Resident memory is sampled as the ingest goes, after 10%, 50% and 100% of the articles: the peak
RSS, and the resident memory split into anonymous (heap) and file-backed pages (the store's memory
map, bounded by its mmap_size). Flat means the heap does not grow with the corpus.
Without --analyze it measures read/clean/dedupe/store; with it, the spaCy analysis too (slow).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import data_dir, real_articles, variants  # noqa: E402

from storyline.config import load_settings  # noqa: E402
from storyline.run.local import ingest  # noqa: E402
from storyline.store import open_store  # noqa: E402


def memory_kib() -> dict[str, int]:
    """This process's memory from /proc, in KiB: resident (VmRSS), its peak (VmHWM), and the resident
    split into anonymous memory (heap: what a leak grows) and file-backed pages (SQLite's memory map
    of the store file, which the kernel can drop and which stops at the store's mmap_size)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return {k: int(fields[k].split()[0]) for k in ("VmRSS", "VmHWM", "RssAnon", "RssFile")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?")
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--analyze", action="store_true")
    args = parser.parse_args()
    root = data_dir(args.data)
    articles = real_articles(root)
    total = len(articles) * args.factor
    checkpoints = {max(1, total // 10): "10pct", total // 2: "50pct", total: "100pct"}
    seen: dict[str, dict[str, int]] = {}

    def progress(phase: str, done: int, _total: int | None) -> None:
        if phase == "ingest" and done in checkpoints:
            seen[checkpoints[done]] = memory_kib()

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for name, text in variants(articles, total):
                out.write(json.dumps({"url": f"https://example.org/{name}", "title": name, "text": text}) + "\n")
        del articles
        settings = load_settings(env={}, db=str(Path(tmp) / "m.db"))
        store = open_store(settings.db)
        start_rss = memory_kib()["VmRSS"]
        summary = ingest([feed], store, settings, analyze=args.analyze, progress=progress)
        store.close()

    print(f"articles_ingested: {summary.new} articles")
    print(f"near_duplicates_found: {summary.near_duplicates} articles")
    print(f"rss_before_ingest: {start_rss / 1024:.1f} MiB")
    for label in ("10pct", "50pct", "100pct"):
        m = seen.get(label, {"VmHWM": 0, "RssAnon": 0, "RssFile": 0})
        print(f"peak_rss_at_{label}: {m['VmHWM'] / 1024:.1f} MiB")
        print(f"anon_rss_at_{label}: {m['RssAnon'] / 1024:.1f} MiB")
        print(f"file_rss_at_{label}: {m['RssFile'] / 1024:.1f} MiB")
    first, last = seen.get("10pct"), seen.get("100pct")
    if first and last:
        print(f"peak_rss_growth_10pct_to_100pct: {(last['VmHWM'] - first['VmHWM']) / 1024:.1f} MiB")
        print(f"anon_rss_growth_10pct_to_100pct: {(last['RssAnon'] - first['RssAnon']) / 1024:.1f} MiB")
    middle = seen.get("50pct")
    if middle and last:
        print(f"peak_rss_growth_50pct_to_100pct: {(last['VmHWM'] - middle['VmHWM']) / 1024:.1f} MiB")
        print(f"anon_rss_growth_50pct_to_100pct: {(last['RssAnon'] - middle['RssAnon']) / 1024:.1f} MiB")
    print(f"ingest_rate: {summary.new / summary.seconds:.1f} articles/s")


if __name__ == "__main__":
    main()
