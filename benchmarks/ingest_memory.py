"""Peak memory while ingesting 10x the real corpus: it must stay flat, not grow with the corpus.

Usage: python benchmarks/ingest_memory.py [SHARED_BENCHMARKS_DIR] [--factor 10] [--analyze]

The articles are distinct recombinations of real articles' paragraphs (so none is deduplicated),
streamed from one JSON Lines file. Resident memory is sampled as the ingest goes; the figures are the
peak RSS after 10%, 50% and 100% of the articles, and the growth from 10% to 100%.
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


def rss_kib() -> tuple[int, int]:
    """(current, peak) resident set size of this process, in KiB, from /proc."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


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
    peaks: dict[str, int] = {}

    def progress(phase: str, done: int, _total: int | None) -> None:
        if phase == "ingest" and done in checkpoints:
            peaks[checkpoints[done]] = rss_kib()[1]

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for name, text in variants(articles, total):
                out.write(json.dumps({"url": f"https://example.org/{name}", "title": name, "text": text}) + "\n")
        del articles
        settings = load_settings(env={}, db=str(Path(tmp) / "m.db"))
        store = open_store(settings.db)
        start_rss = rss_kib()[0]
        summary = ingest([feed], store, settings, analyze=args.analyze, progress=progress)
        store.close()

    print(f"articles_ingested: {summary.new} articles")
    print(f"near_duplicates_found: {summary.near_duplicates} articles")
    print(f"rss_before_ingest: {start_rss / 1024:.1f} MiB")
    for label in ("10pct", "50pct", "100pct"):
        print(f"peak_rss_at_{label}: {peaks.get(label, 0) / 1024:.1f} MiB")
    growth = (peaks.get("100pct", 0) - peaks.get("10pct", 0)) / 1024
    print(f"peak_rss_growth_10pct_to_100pct: {growth:.1f} MiB")
    print(f"ingest_rate: {summary.new / summary.seconds:.1f} articles/s")


if __name__ == "__main__":
    main()
