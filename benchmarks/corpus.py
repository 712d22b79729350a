"""Real-article corpora for benchmarks, read from ../shared/benchmarks (never copied into the repo).

``real_articles`` yields (name, text) for the PolNeAR texts and the ECB+ documents (tokens re-joined
into sentences). ``variants`` makes any number of distinct articles from them by recombining
paragraphs of different real articles, so near-duplicate detection does not fold them together.
"""

from __future__ import annotations

import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"


def data_dir(argv_path: str | None) -> Path:
    path = Path(argv_path) if argv_path else DEFAULT_DATA
    if not path.is_dir():
        print(f"skipped: benchmark data folder {path} is absent (pass the path of shared/benchmarks)")
        sys.exit(0)
    return path


def polnear_texts(root: Path) -> Iterator[tuple[str, str]]:
    for split in ("train", "dev"):
        for path in sorted((root / "polnear" / "data" / split / "text").glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")


_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]'](?:\s|$)|n't|'s)")


def ecb_text(path: Path) -> str:
    """An ECB+ document's text: tokens joined by spaces, one line per sentence, the URL line dropped."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = []
    for number in sorted(sentences):
        line = " ".join(sentences[number])
        if number == 0 and path.name.endswith("ecbplus.xml") and line.startswith("http"):
            continue
        lines.append(_SPACE_BEFORE.sub(r"\1", line))
    return "\n\n".join(lines) + "\n"


def ecb_texts(root: Path) -> Iterator[tuple[str, str]]:
    topics = sorted((root / "ecbplus" / "ECB+").iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)
    for topic in topics:
        if topic.is_dir():
            for path in sorted(topic.glob("*.xml")):
                yield path.name, ecb_text(path)


def real_articles(root: Path) -> list[tuple[str, str]]:
    return list(polnear_texts(root)) + list(ecb_texts(root))


def variants(articles: list[tuple[str, str]], count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``count`` distinct articles, each a shuffle of a quarter of the sentences of four real ones.

    Any two variants share at most a few sentences, so near-duplicate detection (rightly) keeps
    them apart, while every sentence is real news prose.
    """
    rng = random.Random(seed)
    sentences = [[s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20] for _, text in articles]
    usable = [i for i, sents in enumerate(sentences) if len(sents) >= 4]
    for n in range(count):
        picked: list[str] = []
        for source in rng.sample(usable, 4):
            sents = sentences[source]
            picked.extend(rng.sample(sents, k=max(2, len(sents) // 4)))
        rng.shuffle(picked)
        paragraphs = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        yield f"variant-{n:06d}", f"Synthetic article {n}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(items: Iterator[tuple[str, str]], folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for n, (name, text) in enumerate(items, 1):
        (folder / f"{n:06d}_{Path(name).stem}.txt").write_text(text, encoding="utf-8")
    return n
