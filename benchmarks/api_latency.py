"""API latency: p50/p95 of timeline and search requests on a store of >= 10,000 articles.

Builds a synthetic store quickly (no spaCy: articles, analyses and stories are written straight
through the store's write methods), serves it with uvicorn on loopback, and drives it from a
bounded load generator (a fixed number of httpx clients in threads, a fixed number of requests).

    .venv/bin/python benchmarks/api_latency.py [--articles 10000] [--requests 400] [--concurrency 8]

Prints one line per figure: ``name: value unit``.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn

from storyline.api import create_app
from storyline.config import Settings
from storyline.store.sqlite import SQLiteStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_store import PLACES, WORDS, fill_store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(base: str, urls: list[str], concurrency: int) -> list[float]:
    local = threading.local()

    def one(url: str) -> float:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=base, timeout=30)
        t0 = time.perf_counter()
        r = client.get(url)
        elapsed = time.perf_counter() - t0
        if r.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {r.status_code}: {r.text[:200]}")
        return elapsed * 1000

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(one, urls))


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        with SQLiteStore(db) as store:
            story_ids = fill_store(store, args.articles)
        print(f"store_articles: {len(story_ids) * 20} articles")
        print(f"store_build_time: {time.perf_counter() - t0:.1f} s")
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db))), host="127.0.0.1", port=port, log_level="error"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        rng = random.Random(1)
        try:
            measure(base, [f"/api/stories/{story_ids[0]}/timeline", "/api/search?q=summit"] * 5, 2)  # warm-up
            for name, make in (
                ("timeline", lambda: f"/api/stories/{rng.choice(story_ids)}/timeline"),
                ("search", lambda: f"/api/search?q={rng.choice(WORDS)}+{rng.choice(PLACES)}"),
                ("story_page", lambda: f"/stories/{rng.choice(story_ids)}"),
            ):
                n = args.requests if name != "story_page" else max(args.requests // 4, 20)
                times = measure(base, [make() for _ in range(n)], args.concurrency)
                print(f"{name}_p50: {pct(times, 50):.1f} ms")
                print(f"{name}_p95: {pct(times, 95):.1f} ms")
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    print(f"concurrency: {args.concurrency} clients")
    return 0


if __name__ == "__main__":
    sys.exit(main())
