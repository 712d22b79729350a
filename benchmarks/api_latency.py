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
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn

from storyline.api import create_app
from storyline.config import Settings
from storyline.records import Analysis, Article, Event, Span, Story, TimelineEntry, TimeRef, record_id, text_id
from storyline.store.sqlite import SQLiteStore

WORDS = (
    "minister summit ceasefire talks border troops harbour tax election council strike drone port grain "
    "energy pipeline sanctions court ruling protest march aid convoy parliament budget vote coalition"
).split()
PLACES = ["Lorvik", "Corvale", "Dunmere", "Varnholm", "Ostrava", "Kessel", "Mirano", "Tallin"]


def build_store(path: Path, n_articles: int, per_story: int = 20, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    store = SQLiteStore(path)
    story_ids: list[str] = []
    day0 = date(2024, 1, 1)
    for s in range(n_articles // per_story):
        place = PLACES[s % len(PLACES)]
        topic = rng.sample(WORDS, 3)
        arts, entries = [], []
        for k in range(per_story):
            published = day0 + timedelta(days=s % 600 + k)
            body = " ".join(rng.choice(WORDS) for _ in range(120))
            text = f"Officials in {place} will discuss the {topic[0]} {topic[1]} next week. {body}. Story {s} part {k}."
            aid = text_id(text)
            trig = text.index("discuss")
            when = TimeRef(
                id=record_id("t", aid), span=Span(aid, trig, trig + 7), sentence=Span(aid, 0, 60), text="next week",
                value="W", kind="date", earliest=published + timedelta(days=7), latest=published + timedelta(days=13),
            )
            ev = Event(
                id=record_id("e", aid), type="CONSULT", mode=None, source_actors=("Officials",), target_actors=(),
                location=place, when=when, when_how="clause", modality="planned" if k % 3 else "cancelled",
                trigger=Span(aid, trig, trig + 7), sentence=Span(aid, 0, 60), text="discuss", attributed_to=None,
                confidence=0.5, reason="synthetic",
            )
            art = Article(id=aid, source=f"synthetic/{s}/{k}", text=text, title=f"{place} {topic[0]} {topic[1]} ({k})",
                          site=f"site{k % 5}.example", published=published, published_how="metadata")
            store.add_article(art, record_id("src", aid), (), Analysis(article_id=aid, analyzer_version="bench", events=(ev,)))
            arts.append(art)
            entries.append(TimelineEntry(
                id=record_id("entry", aid), label=f"CONSULT: Officials ({place})", type="CONSULT", mode=None,
                actors=("Officials",), location=place, earliest=when.earliest, latest=when.latest, approx=k % 2 == 0,
                when_how="event", modality=ev.modality, history=((aid, ev.modality),), event_ids=(ev.id,), article_ids=(aid,),
            ))
        sid = record_id("story", s)
        store.put_story(Story(id=sid, title=f"{place}: {topic[0]} {topic[1]}", article_ids=tuple(a.id for a in arts),
                              event_ids=tuple(e.event_ids[0] for e in entries), first=arts[0].published,
                              last=arts[-1].published, timeline=tuple(entries)))
        story_ids.append(sid)
    store.close()
    return story_ids


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
        story_ids = build_store(db, args.articles)
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
