"""Ingest throughput on >= 1,000 real articles, compared in one run with a bare read loop.

Usage: python benchmarks/ingest_speed.py [SHARED_BENCHMARKS_DIR] [--analyze-sample N]

Prints, for the same files in the same run: a bare loop that only reads and decodes each file,
`ingest --no-analyze` (read, clean, metadata, dedupe, store), and full ingest with language analysis
on the first N articles (default 200: analysis dominates and scales linearly), each as articles/s and
as a ratio to the bare loop.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import data_dir, real_articles, write_corpus  # noqa: E402

from storyline.config import load_settings  # noqa: E402
from storyline.run.local import ingest  # noqa: E402
from storyline.store import open_store  # noqa: E402


def bare_read(folder: Path) -> int:
    n = 0
    for path in sorted(folder.rglob("*.txt")):
        path.read_bytes().decode("utf-8")
        n += 1
    return n


def timed_ingest(folder: Path, db: Path, analyze: bool) -> tuple[int, float]:
    settings = load_settings(env={}, db=str(db))
    store = open_store(settings.db)
    started = time.perf_counter()
    summary = ingest([folder], store, settings, analyze=analyze)
    seconds = time.perf_counter() - started
    store.close()
    return summary.read, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?")
    parser.add_argument("--analyze-sample", type=int, default=200)
    args = parser.parse_args()
    root = data_dir(args.data)
    articles = real_articles(root)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        sample = Path(tmp) / "sample"
        write_corpus(iter(articles), corpus)
        write_corpus(iter(articles[: args.analyze_sample]), sample)

        t = time.perf_counter()
        n_read = bare_read(corpus)
        bare = time.perf_counter() - t
        n_ingest, seconds = timed_ingest(corpus, Path(tmp) / "a.db", analyze=False)
        t = time.perf_counter()
        bare_read(sample)
        bare_sample = time.perf_counter() - t
        n_full, full = timed_ingest(sample, Path(tmp) / "b.db", analyze=True)

    print(f"corpus_articles: {n_read} articles")
    print(f"bare_read: {n_read / bare:.1f} articles/s")
    print(f"ingest_no_analysis: {n_ingest / seconds:.1f} articles/s")
    print(f"ingest_no_analysis_vs_bare_read: {bare / seconds:.4f} ratio")
    print(f"ingest_with_analysis_sample: {n_full} articles")
    print(f"ingest_with_analysis: {n_full / full:.2f} articles/s")
    print(f"ingest_with_analysis_vs_bare_read: {bare_sample / full:.5f} ratio")
    print(f"ingest_with_analysis_vs_no_analysis: {(n_full / full) / (n_ingest / seconds):.4f} ratio")


if __name__ == "__main__":
    main()
