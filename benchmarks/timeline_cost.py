"""Timeline cost: seconds to group a story's reports into timeline entries, per 1,000 reports, at two
story sizes (a long-running story must not cost the square of its reports).

Usage: python benchmarks/timeline_cost.py [--sizes 2000,20000] [--seed 1]

Synthetic reports (no spaCy): three event types, 30 actors of whom 5 appear in 70% of reports (a
story's main players), dates over 300 days with 60% of reports dated. Prints one `name: value unit`
line per figure and the ratio of the per-1,000 costs; the goal is a ratio near 1.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from storyline.link.timeline import ReportedEvent, merge_events
from storyline.records import Event, Span, TimeRef


def reports(n: int, seed: int) -> list[ReportedEvent]:
    rng = random.Random(seed)
    actors = [f"e:{i}" for i in range(30)]
    out = []
    for i in range(n):
        article = f"a{i // 5}"
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
        when = None
        if rng.random() < 0.6:
            when = TimeRef(id=f"t{i}", span=Span(article, 0, 5), sentence=Span(article, 0, 50), text="day",
                           value=day.isoformat(), kind="date", earliest=day, latest=day)  # fmt: skip
        event = Event(
            id=f"e{i}", type=rng.choice(["CONSULT", "ASSAULT", "ACCUSE"]), mode=None, source_actors=(),
            target_actors=(), location=None, when=when, when_how="clause" if when else "article",
            modality="happened", trigger=Span(article, i, i + 4), sentence=Span(article, 0, 50), text="meet",
            attributed_to=None, confidence=0.8, reason="synthetic",
        )  # fmt: skip
        cast = set(rng.sample(actors[:5] if rng.random() < 0.7 else actors, rng.randrange(1, 4)))
        out.append(ReportedEvent(event, day, frozenset(cast), tuple(sorted(cast)), None))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    per_1000 = {}
    for size in sizes:
        items = reports(size, args.seed)
        t0 = time.perf_counter()
        groups = merge_events(items)
        seconds = time.perf_counter() - t0
        per_1000[size] = seconds * 1000 / size
        print(f"entries_at_{size}: {len(groups)} entries")
        print(f"grouping_seconds_per_1000_at_{size}: {per_1000[size]:.3f} s")
    small, large = min(sizes), max(sizes)
    if small != large:
        print(f"grouping_cost_ratio_{large}_vs_{small}: {per_1000[large] / per_1000[small]:.2f} x")


if __name__ == "__main__":
    main()
