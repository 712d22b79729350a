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
  --memory-analyze runs the whole path (analysis in-process, linking after each window): at a few
  articles a second, sizes in the thousands.
- query: latency (median and p95) of search, a story's timeline, a story page and the story list,
  through the query layer, on a SQLite and a PostgreSQL store of --query-articles articles with
  analyses, stories and timelines written straight through the store (benchmarks/synthetic_store.py;
  real analysis of 100,000 articles would take hours on a laptop and latency depends on table sizes
  and indexes, not on the prose).
--pg auto starts a throwaway PostgreSQL cluster (tests/pg_server.py); none skips PostgreSQL.

Every process runs its numeric kernels on one thread, as Dask workers do by default: otherwise the
one-process runs borrow the second core through BLAS threads and "1 vs 2 workers" stops comparing
processes (set the variables yourself to override).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from corpus import data_dir, real_articles, variants  # noqa: E402
from synthetic_store import PLACES, WORDS  # noqa: E402

from storyline.config import load_settings  # noqa: E402
from storyline.store import open_store  # noqa: E402

QUERY_REPEATS = 40
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


def memory(articles, sizes: list[int], tmp: Path, analyze: bool = False) -> None:  # type: ignore[no-untyped-def]
    from storyline.run import dask as dask_runner

    total = max(sizes)
    feed = tmp / "memory.jsonl"
    write_feed(feed, variants(articles, total, seed=7))
    db = tmp / "memory.db"
    settings = load_settings(env={}, db=str(db), batch_size=256 if not analyze else 64)
    peaks: dict[int, int] = {}
    current: dict[int, int] = {}
    wanted = set(sizes)

    def progress(phase: str, done: int, _total: int | None) -> None:
        if done in wanted:
            current[done], peaks[done] = rss_kib()

    with open_store(settings.db) as store:  # type: ignore[attr-defined]
        before = rss_kib()[0]
        summary = dask_runner.ingest([feed], store, settings, analyze=analyze, scheduler="synchronous", progress=progress)
    print(f"memory_run_articles: {summary.new} articles ({'analysed and linked' if analyze else 'no analysis'})")
    print(f"memory_run_rate: {summary.new / summary.seconds:.1f} articles/s")
    print(f"rss_before_ingest: {before / 1024:.1f} MiB")
    for size in sorted(sizes):
        print(f"peak_rss_at_{size}: {peaks.get(size, 0) / 1024:.1f} MiB")
        print(f"rss_at_{size}: {current.get(size, 0) / 1024:.1f} MiB")
    print(f"peak_rss_growth_{min(sizes)}_to_{total}: {(peaks.get(total, 0) - peaks.get(min(sizes), 0)) / 1024:.1f} MiB")


def timed_ms(call, *args) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    call(*args)
    return (time.perf_counter() - t0) * 1000


def latency(store, label: str, story_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Median and p95 of each read a user waits on, through the query layer the API and CLI use."""
    from storyline import query as q

    rng = random.Random(3)
    picked = [rng.choice(story_ids) for _ in range(QUERY_REPEATS)]
    words = [f"{rng.choice(WORDS)} {rng.choice(PLACES)}" for _ in range(QUERY_REPEATS)]
    q.timeline(store, picked[0])  # warm the connection and the caches once
    figures = {
        "search": [timed_ms(q.search, store, text) for text in QUERIES + words],
        "timeline": [timed_ms(q.timeline, store, sid) for sid in picked],
        "story_page": [timed_ms(q.story_view, store, sid) for sid in picked[: QUERY_REPEATS // 2]],
        "story_list": [timed_ms(q.stories, store) for _ in range(10)],
    }
    for name, times in figures.items():
        print(f"{name}_latency_median_{label}: {statistics.median(times):.1f} ms")
        print(f"{name}_latency_p95_{label}: {statistics.quantiles(times, n=20)[-1]:.1f} ms")


def query(count: int, pg: str, tmp: Path) -> None:
    """Latency on stores of ``count`` articles with analyses, stories and timelines (synthetic_store)."""
    from synthetic_store import fill_store

    sqlite_db = tmp / "query.db"
    with open_store(str(sqlite_db)) as store:  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        story_ids = fill_store(store, count)
        print(f"sqlite_fill_rate: {count / (time.perf_counter() - t0):.0f} articles/s (synthetic, no analysis)")
        print(f"query_store_articles_sqlite: {store.counts().articles} articles, {len(story_ids)} stories")
        latency(store, "sqlite", story_ids)
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
        with open_store(pg) as store:  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            story_ids = fill_store(store, count)
            print(f"postgres_fill_rate: {count / (time.perf_counter() - t0):.0f} articles/s (synthetic, no analysis)")
            print(f"query_store_articles_postgres: {store.counts().articles} articles, {len(story_ids)} stories")
            latency(store, "postgres", story_ids)
    finally:
        if cluster is not None:
            cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?")
    parser.add_argument("--speed-articles", type=int, default=200)
    parser.add_argument("--memory-sizes", default="10000,50000,100000")
    parser.add_argument("--memory-analyze", action="store_true", help="memory run with analysis and linking (slow: use sizes in the thousands)")
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
        if "memory" not in skip:
            memory(articles, sizes, tmp, analyze=args.memory_analyze)
        if "query" not in skip:
            query(args.query_articles, args.pg, tmp)


if __name__ == "__main__":
    main()
