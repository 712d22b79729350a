"""Link cost: seconds to link 1,000 new articles into stores of different sizes (it must not grow).

Usage: python benchmarks/link_cost.py [SHARED_BENCHMARKS_DIR] [--base 150] [--sizes 1000,10000]
                                      [--batch 1000] [--group 5] [--workdir DIR]

Real articles are analysed once (PolNeAR train/dev texts, ``--base`` of them); stores of each size
in ``--sizes`` are then synthesised from those analyses, linked untimed, and the link stage is timed
on ``--batch`` more articles. Prints one line per figure; the goal is a ratio near 1.

How the copies stay realistic (stories of about ``--group`` articles, not one story per base text):
- a group is ``--group`` copies of one base article: one story, as several reports of one event;
- each group gets its own letter substitution applied to its person/organisation/facility/event
  names, in the text (same length, so every offset stays valid) and in its mention and entity
  records, so groups do not share people; and its own digit substitution over the whole text, so
  groups do not share figures and years either (the clusterer compares those too). Places and nationalities (GPE, LOC, NORP) are left as
  they are: real news repeats them across stories, and the entity lookup must cope with that;
- each copy ends with one added line (its group's made-up words and a copy number), which makes the
  texts, and so the article ids, distinct without moving any offset; every record id is re-hashed
  for the new article;
- groups of one base recur only every ``CYCLE_DAYS`` days (groups are dated in base order over a
  cycle), so copies of one text far apart in time do not join the same story;
- the timed batch is 80% new groups and 20% one more report for each of the store's most recent
  groups, so it both starts stories and rebuilds existing ones, equally at every store size.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import data_dir, polnear_texts  # noqa: E402

from storyline.analyze.pipeline import analyze_articles  # noqa: E402
from storyline.config import Settings  # noqa: E402
from storyline.link.runner import run_link  # noqa: E402
from storyline.records import Analysis, Article, record_id, text_id  # noqa: E402
from storyline.store import codec  # noqa: E402
from storyline.store.sqlite import SQLiteStore  # noqa: E402

START = date(2020, 1, 1)
CYCLE_DAYS = 60  # a base text's groups are this far apart: beyond the clusterer's time window
GROUP_LABELS = {"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
_HEX_TOKEN = re.compile(r'"([0-9a-f]{16})"')
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def cipher(group: int) -> Callable[[str], str]:
    """A per-group letter substitution (case kept, length kept): the group's own names."""
    shuffled = list(_LETTERS)
    random.Random(group).shuffle(shuffled)
    table = str.maketrans(_LETTERS + _LETTERS.upper(), "".join(shuffled) + "".join(shuffled).upper())
    return lambda s: s.translate(table)


def digits(group: int) -> dict[int, int]:
    """A per-group digit substitution (a translate table): the group's own figures and years."""
    shuffled = list("0123456789")
    random.Random(-1 - group).shuffle(shuffled)
    return str.maketrans("0123456789", "".join(shuffled))


def made_up_words(group: int, n: int = 6) -> str:
    rng = random.Random(10_000 + group)
    return " ".join("".join(rng.choice(_LETTERS) for _ in range(rng.randint(5, 9))) for _ in range(n))


def copy_of(article: Article, analysis: Analysis, group: int, copy: int, published: date) -> tuple[Article, Analysis]:
    """One synthetic report: names ciphered in place, a unique last line, every id re-made."""
    rename = cipher(group)
    chars = list(article.text)
    for m in analysis.mentions:
        if m.label in GROUP_LABELS:
            chars[m.span.start : m.span.end] = rename(article.text[m.span.start : m.span.end])
    text = "".join(chars).translate(digits(group)) + f"\nReport {group}-{copy}: {made_up_words(group)}\n"
    new_id = text_id(text)
    renamed = replace(
        analysis,
        mentions=tuple(replace(m, text=rename(m.text)) if m.label in GROUP_LABELS else m for m in analysis.mentions),
        entities=tuple(
            replace(e, name=rename(e.name), aliases=tuple(rename(a) for a in e.aliases)) if e.kind in GROUP_LABELS else e
            for e in analysis.entities
        ),
    )
    ids = {article.id: new_id}
    for kind in (renamed.mentions, renamed.entities, renamed.times, renamed.quotes, renamed.quantities, renamed.events):
        ids.update({r.id: record_id(r.id, new_id) for r in kind})
    plain = _HEX_TOKEN.sub(lambda m: f'"{ids.get(m.group(1), m.group(1))}"', codec.dumps(renamed))
    new_analysis = replace(codec.loads(plain, Analysis), reference_date=published, reference_how="metadata")
    new_article = Article(new_id, f"synthetic/{group}/{copy}", text, published=published, published_how="metadata")
    return new_article, new_analysis


def group_date(group: int, bases: int) -> date:
    cycle, base = divmod(group, bases)
    return START + timedelta(days=cycle * CYCLE_DAYS + base * CYCLE_DAYS // bases)


def synthesise(base: list[tuple[Article, Analysis]], groups: range, size: int, extra_days: int = 0,
               copy_from: int = 0) -> Iterator[tuple[Article, Analysis]]:  # fmt: skip
    """``size`` copies for each group in ``groups`` (group g copies base article g mod len(base))."""
    for g in groups:
        article, analysis = base[g % len(base)]
        published = group_date(g, len(base)) + timedelta(days=extra_days)
        for k in range(copy_from, copy_from + size):
            yield copy_of(article, analysis, g, k, published)


def fill(store: SQLiteStore, items: Iterator[tuple[Article, Analysis]]) -> list[str]:
    ids = []
    for article, analysis in items:
        store.add_article(article, article.id, [], analysis)
        ids.append(article.id)
    return ids


def measure(base: list[tuple[Article, Analysis]], size: int, batch: int, group: int, folder: Path,
            link: Callable[..., object]) -> float:  # fmt: skip
    store = SQLiteStore(folder / f"store_{size}.db")
    try:
        groups = size // group
        fill(store, synthesise(base, range(groups), group))
        t0 = time.perf_counter()
        link(store)
        print(f"base_link_seconds_at_{size}: {time.perf_counter() - t0:.1f} s")
        extend = min(groups, batch // 5)
        new_groups = (batch - extend) // group
        added = fill(store, synthesise(base, range(groups, groups + new_groups), group))
        added += fill(store, synthesise(base, range(groups - extend, groups), 1, extra_days=2, copy_from=group))
        stories_before = len(store.story_summaries(limit=10**9))
        t0 = time.perf_counter()
        summary = link(store, added)
        seconds = time.perf_counter() - t0
        per_1000 = seconds * 1000 / len(added)
        print(f"link_seconds_per_1000_at_{size}: {per_1000:.2f} s")
        index_rows = store._conn.execute("SELECT COUNT(*) AS n FROM story_index").fetchone()["n"]
        print(f"story_index_rows_at_{size}: {index_rows} rows (read on demand)")
        print(f"stories_at_{size}: {stories_before} stories")
        print(f"stories_touched_by_batch_at_{size}: {getattr(summary, 'stories_touched', -1)} stories")
        touched = {sid for a in added for sid in store.story_ids_of_article(a)}
        sizes = [len(store.get_story(sid).article_ids) for sid in touched]
        print(f"mean_articles_per_touched_story_at_{size}: {sum(sizes) / max(1, len(sizes)):.2f} articles")
        return per_1000
    finally:
        store.close()


def main(argv: list[str] | None = None, link: Callable[..., object] = run_link) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", help="the shared benchmarks folder (default ../shared/benchmarks)")
    parser.add_argument("--base", type=int, default=150, help="real PolNeAR articles analysed once")
    parser.add_argument("--sizes", default="1000,10000", help="store sizes (articles), comma-separated")
    parser.add_argument("--batch", type=int, default=1000, help="articles linked in the timed call")
    parser.add_argument("--group", type=int, default=5, help="copies per group (reports per story)")
    parser.add_argument("--workdir", help="where the stores go (default: a temporary folder)")
    args = parser.parse_args(argv)
    root = data_dir(args.data)
    if not (root / "polnear").is_dir():
        print(f"skipped: {root / 'polnear'} is absent")
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = [t for _, t in polnear_texts(root)][: args.base]
    articles = [Article(text_id(t), f"polnear/{i}", t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    base = list(zip(articles, analyze_articles(articles, Settings().model), strict=True))
    print(f"base_articles_analysed: {len(base)} articles in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        timed = {size: measure(base, size, args.batch, args.group, Path(tmp), link) for size in sizes}
    small, large = min(sizes), max(sizes)
    if small != large:
        print(f"link_cost_ratio_{large}_vs_{small}: {timed[large] / timed[small]:.2f} x")


if __name__ == "__main__":
    main()
