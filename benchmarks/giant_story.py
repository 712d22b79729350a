"""Giant story: seconds of a link call that adds ``--batch`` articles to one story of each size in
``--sizes``, with every touched story rebuilt whole (``runner.INCREMENTAL = False``) and updated from
its kept state (the incremental path). The incremental cost must not grow with the story.

Usage: python benchmarks/giant_story.py [--sizes 500,5000] [--batch 50] [--repeat 2] [--workdir DIR] [--same-day]

Synthetic articles (no spaCy), written straight into a SQLite store: one long-running conflict,
dated over a year in order, each with ``EVENTS`` events among a dozen recurring actors and places
(so the timeline merges reports, changes status and disagrees on dates) and ``FIGURES`` figures on a
few recurring subjects. The store is linked once (untimed); then each timed call links ``--batch``
later articles into a fresh copy of it, once per path. Both paths must store the same story, which
is checked. The batch is the next day's news, or with ``--same-day`` more news of the day of the
story's latest member (article ids are content hashes, so they sort among that day's). Prints one
`name: value unit` line per figure and the ratios of the two sizes.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from storyline.link import runner
from storyline.records import Analysis, Article, Entity, Event, Mention, Quantity, Span, TimeRef, record_id, text_id
from storyline.store.sqlite import SQLiteStore

EVENTS = 10
FIGURES = 3
DAY0 = date(2025, 1, 1)
CAST = [("Mayor Ilse Brandt", "PERSON"), ("General Tomas Reyes", "PERSON"), ("Minister Ana Kovac", "PERSON"),
        ("President Lev Orlan", "PERSON"), ("Varnholm", "GPE"), ("Dunmere", "GPE"), ("Kessel", "GPE"),
        ("Ostrava", "GPE"), ("the Northern Army", "ORG"), ("the Relief Council", "ORG")]  # fmt: skip
VOCAB = ("frontline shelling ceasefire offensive artillery brigade convoy evacuation drones trenches siege "
         "counteroffensive reinforcements bombardment corridor negotiators truce casualties").split()  # fmt: skip
FILLER = "said on the of and in a to was were by with as officials reported after before during".split()
TYPES = ["ASSAULT", "CONSULT", "ACCUSE", "AID"]
MODALITIES = ["happened", "happened", "happened", "ongoing", "planned", "cancelled", "negated", "claimed"]
SUBJECTS = ["dead", "wounded", "displaced", "prisoners"]


def article(rng: random.Random, n: int, published: date) -> tuple[Article, Analysis]:
    """One report on the war: its cast named in the text, ``EVENTS`` events, ``FIGURES`` figures."""
    cast = rng.sample(CAST, 5)
    head = ", ".join(name for name, _ in cast)
    body = " ".join(rng.choice(VOCAB) if rng.random() < 0.5 else rng.choice(FILLER) for _ in range(150))
    text = f"{head}. War report {n}: {body}."
    aid = text_id(text)
    entities, mentions = [], []
    for j, (name, kind) in enumerate(cast):
        start = text.index(name)
        lid = record_id("ent", aid, j)
        entities.append(Entity(lid, name, kind, (name,)))
        mentions.append(Mention(record_id("m", aid, j), Span(aid, start, start + len(name)), Span(aid, 0, len(head)),
                                name, kind, lid))  # fmt: skip
    people = [e.id for e, (_, kind) in zip(entities, cast) if kind != "GPE"]
    places = [e.id for e, (_, kind) in zip(entities, cast) if kind == "GPE"]
    events = []
    for k in range(EVENTS):
        start = len(head) + 2 + 10 * k
        when = None
        if rng.random() < 0.6:
            day = published - timedelta(days=rng.randrange(4))
            when = TimeRef(id=record_id("t", aid, k), span=Span(aid, start, start + 3), sentence=Span(aid, 0, 200),
                           text="on Monday", value=day.isoformat(), kind="date", earliest=day, latest=day)  # fmt: skip
        actors = rng.sample(people, min(len(people), rng.choice([1, 2, 2, 3])))
        events.append(Event(
            id=record_id("e", aid, k), type=rng.choice(TYPES), mode=None, source_actors=tuple(actors[:1]),
            target_actors=tuple(actors[1:]), location=rng.choice(places) if places and rng.random() < 0.5 else None,
            when=when, when_how="clause" if when else "article", modality=rng.choice(MODALITIES),
            trigger=Span(aid, start, start + 5), sentence=Span(aid, 0, 200), text=rng.choice(["attack", "talks", "strike"]),
            attributed_to=None, confidence=rng.choice([0.5, 0.8]), reason="synthetic",
        ))  # fmt: skip
    quantities = []
    for k in range(FIGURES):
        value = float(rng.choice([100, 120, 150, 200, 1000, 1200]) * (1 + n // 500))
        quantities.append(Quantity(
            id=record_id("q", aid, k), span=Span(aid, 5 + k, 8 + k), sentence=Span(aid, 0, 200), text=f"{value:g} people",
            low=value, high=value, approx=rng.choice([None, "about"]), unit="people", subject=rng.choice(SUBJECTS),
            attributed_to=None, as_of=None,
        ))  # fmt: skip
    art = Article(id=aid, source=f"synthetic/{n}", text=text, title=f"War report {n}: {cast[0][0]} and {cast[1][0]}",
                  site=f"site{n % 7}.example", published=published, published_how="metadata")  # fmt: skip
    return art, Analysis(aid, "bench", tuple(mentions), tuple(entities), (), (), tuple(quantities), tuple(events),
                         published, "metadata")  # fmt: skip


def day_of(n: int, size: int, same_day: bool = False) -> date:
    """Article ``n``'s date: the first ``size`` spread over a year in order; later ones the next day's
    news, or (``same_day``) more news of the day of article ``size - 1``, the story's latest member."""
    if n >= size and same_day:
        n = size - 1
    return DAY0 + timedelta(days=min(n, size) * 365 // size + (n >= size))


def add(store: SQLiteStore, rng: random.Random, first: int, count: int, size: int, same_day: bool = False) -> list[str]:
    """Articles ``first`` .. ``first + count`` of a war reported ``size`` times over a year, then
    daily: the batch after the first ``size`` is the next day's news (``same_day``: the same day's)."""
    ids = []
    with store.write_batch():
        for n in range(first, first + count):
            art, analysis = article(rng, n, day_of(n, size, same_day))
            store.add_article(art, record_id("src", art.id), (), analysis)
            ids.append(art.id)
    return ids


def copy_db(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copy(f"{src}{suffix}", f"{dst}{suffix}")


def measure(workdir: Path, size: int, batch: int, repeat: int, same_day: bool = False) -> dict[str, float]:
    base = workdir / f"base{size}.db"
    store = SQLiteStore(base)
    rng = random.Random(size)
    add(store, rng, 0, size, size)
    t0 = time.perf_counter()
    runner.run_link(store)
    setup = time.perf_counter() - t0
    summaries = store.story_summaries(limit=1000)
    stories, count = len(summaries), max((s.article_count for s in summaries), default=0)
    store.close()
    print(f"setup_link_seconds_at_{size}: {setup:.1f} s")
    print(f"stories_at_{size}: {stories} stories")
    print(f"largest_story_at_{size}: {count} articles")
    out: dict[str, float] = {"rebuilt": 0}
    results = {}
    rebuild = runner.rebuild_story

    def counted(*args):  # type: ignore[no-untyped-def]
        out["rebuilt"] += 1  # a story rebuilt whole on the incremental path (should be none here)
        return rebuild(*args)

    runner.rebuild_story = counted
    for path, incremental in (("full", False), ("incremental", True)):
        best = float("inf")
        for r in range(repeat):
            db = workdir / f"run{size}-{path}-{r}.db"
            copy_db(base, db)
            s = SQLiteStore(db)
            ids = add(s, random.Random(size + 1), size, batch, size, same_day)
            runner.INCREMENTAL = incremental
            t0 = time.perf_counter()
            summary = runner.run_link(s, ids)
            best = min(best, time.perf_counter() - t0)
            runner.INCREMENTAL = True
            results[path] = {x.id: s.get_story(x.id) for x in s.story_summaries(limit=1000)}
            events = sum(len(st.event_ids) for st in results[path].values())
            if incremental and r == 0:
                kept = s.story_index_rows(runner.STORY_STATE_PART, list(results[path]))
                out["state_bytes"] = sum(len(v.encode()) for v in kept.values())
                # the part of a call that writes the whole story back
                t0 = time.perf_counter()
                for story in results[path].values():
                    s.put_story(story)
                out["put_story"] = time.perf_counter() - t0
            s.close()
        out[path] = best
        print(f"{path}_link_seconds_at_{size}: {best:.3f} s ({summary.stories_touched} touched, {events} events)")
    runner.rebuild_story = rebuild
    print(f"whole_rebuilds_on_incremental_path_at_{size}: {out['rebuilt']:.0f} stories")
    print(f"put_story_seconds_at_{size}: {out['put_story']:.3f} s")
    print(f"state_bytes_per_event_at_{size}: {out['state_bytes'] / events:.0f} bytes")
    print(f"stories_equal_at_{size}: {int(results['full'] == results['incremental'])} bool")
    print(f"speedup_at_{size}: {out['full'] / out['incremental']:.1f} x")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="500,5000")
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--same-day", action="store_true", help="date the batch the day of the story's latest member")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        results = {size: measure(Path(tmp), size, args.batch, args.repeat, args.same_day) for size in sizes}
    small, large = min(sizes), max(sizes)
    if small != large:
        for path in ("full", "incremental", "put_story"):  # put_story: the store's share, O(story)
            print(f"{path}_cost_ratio_{large}_vs_{small}: {results[large][path] / results[small][path]:.2f} x")


if __name__ == "__main__":
    main()
