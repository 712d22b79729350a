"""Story clustering on ECB+: 982 news documents, 43 topics, each split into two real-world events.

Usage: python benchmarks/ecbplus_stories.py [DATA_DIR] [--seeds 20] [--entities spacy|heuristic]
       [--grid] [--grid-seeds 5] [--no-cost] [--errors N] [--errors-on train|held] [--set NAME=VALUE ...]
       [--compare-moves]

DATA_DIR is shared/benchmarks/ecbplus (or shared/benchmarks). Documents are streamed in the order a
news feed might deliver them: topics in random order, documents within a topic shuffled, several
seeds (20 by default: one seed's pairwise F1 varies by about 1.5 points, since one wrong merge of
two large sub-topics costs hundreds of pairs). Clusters are scored against the sub-topics (topic + ecb/ecbplus from the file name: the
honest test) and, for reference, the topics. ECB+ carries no publication dates, so the time decay
of the clusterer is not exercised here; texts are passed without titles (the first line of an
ecbplus document is often its headline, which the clusterer treats like any text).

``--grid`` sweeps the join threshold (the merge threshold follows it) and the weights of names,
figures, years and weekdays on the train topics (1-22) only; the figures to quote are those on
topics 23-45, which the defaults were not tuned on. ``--errors N`` prints mixed clusters and split
sub-topics of the train topics (``--errors-on held`` for the held-out ones: look, but do not tune). ``--set`` overrides one ``StoryParams`` field for a run
(``--set figure_weight=0`` shows what the figures add, ``--set month_weight=0`` what the months of
written dates add; booleans read true/false).

Re-placement (``StoryParams.recheck_members``, ``split_off``) moves earlier articles between stories
as later ones arrive; ``{split}_moves_per_shuffle`` counts them. ``--compare-moves`` also runs every
shuffle with moves off (``recheck_members=0``) in the same run and prints the paired difference in
pairwise F1 and in how many shuffles moving won or lost.

Cost: seconds per 1,000 articles added when the index holds 1k and 10k articles (synthetic articles
recombined from real paragraphs, benchmarks/corpus.py ``variants``). It must not grow with size.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from corpus import ecb_text, polnear_texts, variants  # noqa: E402

from storyline.link.similarity import entity_keys_from_names  # noqa: E402
from storyline.link.stories import NAME_LABELS, StoryDoc, StoryIndex, StoryParams  # noqa: E402
from storyline.records import text_id  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "ecbplus"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    topic: int
    subtopic: str
    text: str


def ecb_root(path: Path) -> Path | None:
    for candidate in (path / "ECB+", path / "ecbplus" / "ECB+"):
        if candidate.is_dir():
            return candidate
    return None


def load_gold(root: Path) -> list[GoldDoc]:
    docs = []
    for topic_dir in sorted((d for d in root.iterdir() if d.is_dir() and d.name.isdigit()), key=lambda d: int(d.name)):
        for path in sorted(topic_dir.glob("*.xml")):
            topic = int(path.name.split("_", 1)[0])
            kind = "ecbplus" if path.name.endswith("ecbplus.xml") else "ecb"
            docs.append(GoldDoc(path.name, topic, f"{topic}{kind}", ecb_text(path)))
    return docs


def spacy_keys(docs: Sequence[GoldDoc]) -> dict[str, tuple[str, ...]]:
    from storyline.analyze.nlp import load
    from storyline.config import Settings

    nlp = load(Settings().model)
    keys = {}
    for doc, parsed in zip(docs, nlp.pipe([d.text for d in docs], batch_size=32), strict=True):
        keys[doc.name] = entity_keys_from_names(e.text for e in parsed.ents if e.label_ in NAME_LABELS)
    return keys


def stream(docs: Sequence[GoldDoc], seed: int) -> list[GoldDoc]:
    """Topics in random order, documents within a topic shuffled."""
    rng = random.Random(seed)
    by_topic: dict[int, list[GoldDoc]] = {}
    for d in docs:
        by_topic.setdefault(d.topic, []).append(d)
    topics = sorted(by_topic)
    rng.shuffle(topics)
    out: list[GoldDoc] = []
    for t in topics:
        group = list(by_topic[t])
        rng.shuffle(group)
        out.extend(group)
    return out


def cluster(docs: Sequence[GoldDoc], keys: dict[str, tuple[str, ...]], params: StoryParams) -> dict[str, str]:
    return cluster_counting_moves(docs, keys, params)[0]


def cluster_counting_moves(
    docs: Sequence[GoldDoc], keys: dict[str, tuple[str, ...]], params: StoryParams
) -> tuple[dict[str, str], int]:
    """Story of each document, and how many moves of earlier documents the stream caused."""
    index = StoryIndex(params)
    moves = 0
    for d in docs:
        moves += len(index.add(StoryDoc(d.name, None, d.text, None, keys.get(d.name, ()))).moves)
    return {d.name: index.story_of(d.name) or "" for d in docs}, moves


# ---------------------------------------------------------------------- metrics


def pairwise(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    joint = Counter(zip(pred, gold, strict=True))
    tp = sum(math.comb(n, 2) for n in joint.values())
    pp = sum(math.comb(n, 2) for n in Counter(pred).values())
    gp = sum(math.comb(n, 2) for n in Counter(gold).values())
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    joint = Counter(zip(pred, gold, strict=True))
    psize, gsize = Counter(pred), Counter(gold)
    n = len(pred)
    p = sum(joint[(a, b)] / psize[a] for a, b in zip(pred, gold, strict=True)) / n
    r = sum(joint[(a, b)] / gsize[b] for a, b in zip(pred, gold, strict=True)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ari(pred: Sequence[str], gold: Sequence[str]) -> float:
    """Adjusted Rand index (Hubert & Arabie), from the contingency table."""
    n = len(pred)
    index = sum(math.comb(c, 2) for c in Counter(zip(pred, gold, strict=True)).values())
    a = sum(math.comb(c, 2) for c in Counter(pred).values())
    b = sum(math.comb(c, 2) for c in Counter(gold).values())
    expected = a * b / math.comb(n, 2)
    top = (a + b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def scores(assign: dict[str, str], docs: Iterable[GoldDoc]) -> dict[str, float]:
    docs = list(docs)
    pred = [assign[d.name] for d in docs]
    sub = [d.subtopic for d in docs]
    top = [str(d.topic) for d in docs]
    p, r, f = pairwise(pred, sub)
    bp, br, bf = bcubed(pred, sub)
    return {
        "pairwise_precision": p,
        "pairwise_recall": r,
        "pairwise_f1": f,
        "bcubed_precision": bp,
        "bcubed_recall": br,
        "bcubed_f1": bf,
        "ari": ari(pred, sub),
        "topic_pairwise_f1": pairwise(pred, top)[2],
        "clusters": float(len(set(pred))),
    }


def evaluate(docs, keys, params, seeds) -> list[dict[str, float]]:
    runs = []
    for s in seeds:
        assign, moves = cluster_counting_moves(stream(docs, s), keys, params)
        runs.append({**scores(assign, docs), "moves_per_shuffle": float(moves)})
    return runs


def compare_moves(label: str, docs, keys, params: StoryParams, runs: list[dict[str, float]], seeds) -> None:
    """Pairwise F1 with moves off on the same shuffles, and the paired difference moves make."""
    off = [scores(cluster(stream(docs, s), keys, replace(params, recheck_members=0)), docs) for s in seeds]
    diffs = [100 * (on["pairwise_f1"] - o["pairwise_f1"]) for on, o in zip(runs, off, strict=True)]
    print(f"{label}_pairwise_f1_moves_off: {100 * statistics.fmean(o['pairwise_f1'] for o in off):.2f} %")
    gain, spread = statistics.fmean(diffs), statistics.pstdev(diffs)
    print(f"{label}_pairwise_f1_gain_from_moves: {gain:+.2f} points (sd {spread:.2f})")
    print(f"{label}_shuffles_moves_won: {sum(d > 0 for d in diffs)} count (lost {sum(d < 0 for d in diffs)})")


def summary(label: str, runs: list[dict[str, float]]) -> None:
    for name in runs[0]:
        values = [r[name] for r in runs]
        mean = statistics.fmean(values)
        spread = statistics.pstdev(values)
        if name == "clusters":
            print(f"{label}_{name}: {mean:.1f} count (sd {spread:.1f}, gold sub-topics in split shown below)")
        elif name == "moves_per_shuffle":
            print(f"{label}_{name}: {mean:.1f} count (sd {spread:.1f})")
        else:
            print(f"{label}_{name}: {100 * mean:.2f} % (sd {100 * spread:.2f}, min {100 * min(values):.2f}, max {100 * max(values):.2f})")


def show_errors(docs, keys, params, seed, limit) -> None:
    """Prints mixed clusters and split sub-topics so errors can be checked by hand."""
    assign = cluster(stream(docs, seed), keys, params)
    members: dict[str, list[GoldDoc]] = {}
    for d in docs:
        members.setdefault(assign[d.name], []).append(d)
    shown = 0
    for sid, group in sorted(members.items(), key=lambda kv: -len(kv[1])):
        subs = Counter(d.subtopic for d in group)
        if len(subs) > 1 and shown < limit:
            shown += 1
            print(f"# mixed cluster {sid}: {dict(subs)}")
            minority = min(subs, key=lambda s: subs[s])
            for d in group:
                if d.subtopic == minority:
                    print(f"#   {d.name}: {d.text[:150]!r}")
    split = Counter()
    for sub in {d.subtopic for d in docs}:
        split[sub] = len({assign[d.name] for d in docs if d.subtopic == sub})
    print("# sub-topics split over most clusters:", split.most_common(limit))


def cost(data_root: Path | None, ecb: Sequence[GoldDoc], params: StoryParams) -> None:
    real = [(d.name, d.text) for d in ecb]
    if data_root is not None and (data_root / "polnear").is_dir():
        real += list(polnear_texts(data_root))
    texts = list(variants(real, 11_000, seed=11))
    index = StoryIndex(params)
    timings = {}
    moves = 0
    for n, (name, text) in enumerate(texts):
        if n in (1_000, 10_000):
            start, before, moves = time.perf_counter(), index.comparisons, 0
        moves += len(index.add(StoryDoc(text_id(text), None, text, None)).moves)
        if n + 1 in (2_000, 11_000):
            size = n + 1 - 1_000
            timings[size] = (time.perf_counter() - start, (index.comparisons - before) / 1000, moves)
    for size, (seconds, compared, moved) in sorted(timings.items()):
        print(f"cost_seconds_per_1000_at_{size // 1000}k: {seconds:.3f} s")
        # member re-checks included: each scores a member's kept features against one story
        print(f"cost_stories_scored_per_article_at_{size // 1000}k: {compared:.2f} count")
        print(f"cost_moves_per_1000_at_{size // 1000}k: {moved} count")
    print(f"cost_ratio_10k_over_1k: {timings[10_000][0] / timings[1_000][0]:.2f} ratio")
    print(f"cost_stories_at_11k: {len(index)} count")


def with_overrides(params: StoryParams, assignments: Sequence[str]) -> StoryParams:
    """``params`` with ``NAME=VALUE`` overrides, each value read as the field's current type."""
    changes = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or name not in StoryParams.__dataclass_fields__:
            raise SystemExit(f"--set {item!r}: expected NAME=VALUE with NAME a StoryParams field")
        kind = type(getattr(params, name))
        if kind is bool:
            if value.lower() not in ("true", "false", "1", "0", "yes", "no", "on", "off"):
                raise SystemExit(f"--set {item!r}: expected true or false")
            changes[name] = value.lower() in ("true", "1", "yes", "on")
        else:
            changes[name] = kind(value)
    return replace(params, **changes)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT))
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--entities", choices=("spacy", "heuristic"), default="spacy")
    ap.add_argument("--grid", action="store_true", help="sweep thresholds on train topics 1-22")
    ap.add_argument("--grid-seeds", type=int, default=5, help="seeds per grid point")
    ap.add_argument("--no-cost", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many mixed clusters (seed 0)")
    ap.add_argument("--errors-on", choices=("train", "held"), default="train", help="split --errors looks at")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override a StoryParams field")
    ap.add_argument(
        "--compare-moves", action="store_true", help="also run each shuffle with moves off; print the paired gain"
    )
    args = ap.parse_args(argv)
    path = Path(args.data)
    root = ecb_root(path) if path.is_dir() else None
    if root is None:
        print(f"skipped: ECB+ data folder {path} is absent (pass the path of shared/benchmarks/ecbplus)")
        return
    docs = load_gold(root)
    keys = spacy_keys(docs) if args.entities == "spacy" else {}
    seeds = list(range(args.seeds))
    params = with_overrides(StoryParams(), args.set)
    train = [d for d in docs if d.topic <= 22]
    held = [d for d in docs if d.topic >= 23]
    print(f"documents: {len(docs)} count")
    print(f"subtopics: {len({d.subtopic for d in docs})} count")
    print(f"entities: {args.entities}")
    if args.set:
        print(f"params_overridden: {', '.join(args.set)}")
    if args.grid:
        for join in (0.27, 0.29, 0.31):
            for names in (0.4, 0.5):
                for figures in (0.2, 0.3):
                    for years in (0.1, 0.2):
                        for weekdays in (0.1, 0.2):
                            trial = replace(
                                params,
                                join_threshold=join,
                                merge_threshold=round(join + 0.1, 2),
                                entity_weight=names,
                                figure_weight=figures,
                                year_weight=years,
                                weekday_weight=weekdays,
                            )
                            runs = evaluate(train, keys, trial, list(range(args.grid_seeds)))
                            f1 = statistics.fmean(r["pairwise_f1"] for r in runs)
                            label = f"join{join}_names{names}_figures{figures}_years{years}_weekdays{weekdays}"
                            print(f"grid_train_pairwise_f1_{label}: {100 * f1:.2f} %")
    for label, subset in (("all", docs), ("train_1_22", train), ("topics_23_45", held)):
        runs = evaluate(subset, keys, params, seeds)
        summary(f"{label}", runs)
        print(f"{label}_gold_subtopics: {len({d.subtopic for d in subset})} count")
        if args.compare_moves:
            compare_moves(label, subset, keys, params, runs, seeds)
    if args.errors:
        show_errors(train if args.errors_on == "train" else held, keys, params, 0, args.errors)
    if not args.no_cost:
        cost(path.parent if root.parent == path else path, docs, params)


if __name__ == "__main__":
    main()
