"""Analysis speed: the bare spaCy parse and the full analysis of the same real texts, in one run.

Usage: python benchmarks/analysis_speed.py [SHARED_BENCHMARKS_DIR] [--articles N]

Prints words/s of `nlp.pipe` alone, of the extractors alone (on the parsed Docs), and of the whole
analysis (parse + extractors), with the ratios between them, plus each extractor's share.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import data_dir, polnear_texts  # noqa: E402

from storyline.analyze import attribution, entities, events, quantities, timex  # noqa: E402
from storyline.analyze.nlp import load  # noqa: E402
from storyline.config import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?")
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    texts = [t for _, t in list(polnear_texts(data_dir(args.data)))[: args.articles]]
    nlp = load(Settings().model)
    list(nlp.pipe(texts[:5]))  # warm up

    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - started
    words = sum(1 for d in docs for t in d if not t.is_space and not t.is_punct)

    spent = dict.fromkeys(("entities", "times", "quotes", "figures", "events"), 0.0)
    for n, doc in enumerate(docs):
        aid = f"a{n}"
        t0 = time.perf_counter()
        mentions, _ = entities.extract_entities(doc, aid, None)
        t1 = time.perf_counter()
        times = timex.extract_times(doc, aid, None)
        t2 = time.perf_counter()
        quotes = attribution.extract_quotes(doc, aid, mentions, None)
        t3 = time.perf_counter()
        quantities.extract_quantities(doc, aid, quotes, times)
        t4 = time.perf_counter()
        events.extract_events(doc, aid, mentions, times, quotes, None)
        t5 = time.perf_counter()
        for key, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            spent[key] += seconds
    extract = sum(spent.values())

    print(f"articles: {len(texts)} articles")
    print(f"words: {words} words")
    print(f"parse_only: {words / parse:.0f} words/s")
    print(f"extractors_only: {words / extract:.0f} words/s")
    print(f"full_analysis: {words / (parse + extract):.0f} words/s")
    print(f"extractors_vs_parse_time: {extract / parse:.3f} ratio")
    print(f"full_analysis_vs_parse_speed: {parse / (parse + extract):.3f} ratio")
    for key, seconds in spent.items():
        print(f"share_{key}: {100 * seconds / extract:.1f} %")


if __name__ == "__main__":
    main()
