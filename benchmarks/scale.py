"""Scale: runner speed (local vs Dask, 1 and 2 workers), flat memory, query latency on big stores.

Usage: python benchmarks/scale.py [SHARED_BENCHMARKS_DIR] [--speed-articles 200] [--memory-sizes 10000,50000,100000]
                                  [--query-articles 100000] [--pg URL|auto|none] [--skip speed,memory,query]

Articles are distinct recombinations of real articles' paragraphs (benchmarks/corpus.py variants()).
- speed: the same corpus ingested with analysis by the local runner (1 and 2 processes) and the Dask
  runner (LocalCluster of 1 and 2 workers, started before the clock), against the bare spaCy
  ``nlp.pipe`` parse of the same texts in one process; efficiency = speed-up / workers.
- memory (run it alone, --skip speed,query: peak RSS is per process, so a speed phase before it
  would set the peak): one ingest (Dask runner, synchronous scheduler, --no-analyze) of the largest size; peak RSS
  of the process is read when each size in --memory-sizes is reached. Flat = no growth with size.
- query: search latency (median of 20 queries) on a SQLite and a PostgreSQL store holding
  --query-articles articles (the memory run's SQLite store is reused when it is that large).
--pg auto starts a throwaway PostgreSQL cluster (tests/pg_server.py); none skips PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from corpus import data_dir, real_articles, variants  # noqa: E402

from storyline.config import load_settings  # noqa: E402
from storyline.store import open_store  # noqa: E402

QUERIES = ["minister", "police said", "election", "attack*", '"prime minister"', "court ruling", "hospital",
           "troops border", "protest", "economy growth", "fire", "vote", "president said", "killed",
           "agreement", "market", "water", "school", "strike", "government"]  # fmt: skip


def rss_kib() -> tuple[int, int]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def write_feed(path: Path, items) -> int:  # type: ignore[no-untyped-def]
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for n, (name, text) in enumerate(items, 1):
            out.write(json.dumps({"url": f"https://example.org/{name}", "title": name, "text": text}) + "\n")
    return n


def speed(articles, count: int, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    from storyline.analyze.nlp import load
    from storyline.run import dask as dask_runner
    from storyline.run.local import ingest as local_ingest

    items = list(variants(articles, count, seed=11))
    feed = tmp / "speed.jsonl"
    write_feed(feed, items)
    nlp = load(load_settings(env={}).model)
    started = time.perf_counter()
    for _ in nlp.pipe([t for _, t in items], batch_size=64):
        pass
    bare = count / (time.perf_counter() - started)
    print(f"bare_spacy_parse: {bare:.1f} articles/s")

    rates: dict[str, float] = {}
    for workers in (1, 2):
        settings = load_settings(env={}, db=str(tmp / f"local{workers}.db"), workers=workers)
        with open_store(settings.db) as store:  # type: ignore[attr-defined]
            summary = local_ingest([feed], store, settings)
        rates[f"local_{workers}"] = summary.new / summary.seconds
        print(f"local_runner_{workers}_process: {rates[f'local_{workers}']:.1f} articles/s")
    for workers in (1, 2):
        t0 = time.perf_counter()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=50) as cluster, Client(cluster) as client:  # fmt: skip
            client.register_plugin(dask_runner.PipelinePlugin(load_settings(env={}).model))
            print(f"dask_cluster_start_{workers}_worker: {time.perf_counter() - t0:.1f} s")
            settings = load_settings(env={}, db=str(tmp / f"dask{workers}.db"), workers=workers)
            with open_store(settings.db) as store:  # type: ignore[attr-defined]
                summary = dask_runner.ingest([feed], store, settings, client=client)
        rates[f"dask_{workers}"] = summary.new / summary.seconds
        print(f"dask_runner_{workers}_worker: {rates[f'dask_{workers}']:.1f} articles/s")
    for engine in ("local", "dask"):
        one, two = rates[f"{engine}_1"], rates[f"{engine}_2"]
        print(f"{engine}_speedup_2_vs_1: {two / one:.2f} x")
        print(f"{engine}_scaling_efficiency_2: {two / one / 2:.2f} ratio")
        print(f"{engine}_1_vs_bare_spacy: {one / bare:.2f} ratio")


def memory(articles, sizes: list[int], tmp: Path) -> Path:  # type: ignore[no-untyped-def]
    from storyline.run import dask as dask_runner

    total = max(sizes)
    feed = tmp / "memory.jsonl"
    write_feed(feed, variants(articles, total, seed=7))
    db = tmp / "memory.db"
    settings = load_settings(env={}, db=str(db), batch_size=256)
    peaks: dict[int, int] = {}
    current: dict[int, int] = {}
    wanted = set(sizes)

    def progress(phase: str, done: int, _total: int | None) -> None:
        if done in wanted:
            current[done], peaks[done] = rss_kib()

    with open_store(settings.db) as store:  # type: ignore[attr-defined]
        before = rss_kib()[0]
        summary = dask_runner.ingest([feed], store, settings, analyze=False, scheduler="synchronous", progress=progress)
    print(f"memory_run_articles: {summary.new} articles (no analysis)")
    print(f"memory_run_rate: {summary.new / summary.seconds:.1f} articles/s")
    print(f"rss_before_ingest: {before / 1024:.1f} MiB")
    for size in sorted(sizes):
        print(f"peak_rss_at_{size}: {peaks.get(size, 0) / 1024:.1f} MiB")
        print(f"rss_at_{size}: {current.get(size, 0) / 1024:.1f} MiB")
    print(f"peak_rss_growth_{min(sizes)}_to_{total}: {(peaks.get(total, 0) - peaks.get(min(sizes), 0)) / 1024:.1f} MiB")
    return db


def latency(store, label: str) -> None:  # type: ignore[no-untyped-def]
    times = []
    for q in QUERIES:
        t0 = time.perf_counter()
        store.search(q, limit=20)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"search_latency_median_{label}: {statistics.median(times):.1f} ms")
    print(f"search_latency_max_{label}: {max(times):.1f} ms")
    if hasattr(store, "story_summaries"):
        t0 = time.perf_counter()
        store.story_summaries(limit=50)
        print(f"story_list_latency_{label}: {(time.perf_counter() - t0) * 1000:.1f} ms")


def query(articles, count: int, sqlite_db: Path | None, pg: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from storyline.run import dask as dask_runner

    feed = tmp / "memory.jsonl"  # the memory run's corpus when its store is reused
    if sqlite_db is None:
        feed = tmp / "query.jsonl"
        write_feed(feed, variants(articles, count, seed=7))
        sqlite_db = tmp / "query.db"
        with open_store(str(sqlite_db)) as store:  # type: ignore[attr-defined]
            dask_runner.ingest([feed], store, load_settings(env={}, db=str(sqlite_db), batch_size=256),
                               analyze=False, scheduler="synchronous")  # fmt: skip
    with open_store(str(sqlite_db)) as store:  # type: ignore[attr-defined]
        print(f"query_store_articles_sqlite: {store.counts().articles} articles")
        latency(store, "sqlite")
    if pg == "none":
        print("skipped: PostgreSQL query latency (--pg none)")
        return
    cluster = None
    if pg == "auto":
        from pg_server import start_or_explain

        cluster, reason = start_or_explain()
        if cluster is None:
            print(f"skipped: PostgreSQL query latency ({reason})")
            return
        pg = cluster.database()
    try:
        settings = load_settings(env={}, db=pg, batch_size=256)
        store = open_store(pg)
        t0 = time.perf_counter()
        summary = dask_runner.ingest([feed], store, settings, analyze=False, scheduler="synchronous")
        print(f"postgres_ingest_rate: {summary.new / (time.perf_counter() - t0):.1f} articles/s (no analysis, one process)")
        print(f"query_store_articles_postgres: {store.counts().articles} articles")
        latency(store, "postgres")
        store.close()
    finally:
        if cluster is not None:
            cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?")
    parser.add_argument("--speed-articles", type=int, default=200)
    parser.add_argument("--memory-sizes", default="10000,50000,100000")
    parser.add_argument("--query-articles", type=int, default=100_000)
    parser.add_argument("--pg", default="auto", help="postgresql://... of an empty database, auto, or none")
    parser.add_argument("--skip", default="", help="comma-separated: speed, memory, query")
    args = parser.parse_args()
    root = data_dir(args.data)
    articles = real_articles(root)
    skip = set(filter(None, args.skip.split(",")))
    sizes = sorted(int(s) for s in args.memory_sizes.split(","))
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if "speed" not in skip:
            speed(articles, args.speed_articles, tmp)
        sqlite_db = None
        if "memory" not in skip:
            sqlite_db = memory(articles, sizes, tmp)
            if max(sizes) != args.query_articles:
                sqlite_db = None
        if "query" not in skip:
            query(articles, args.query_articles, sqlite_db, args.pg, tmp)


if __name__ == "__main__":
    main()
