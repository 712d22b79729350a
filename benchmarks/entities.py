"""Entity counts before and after within-article joining and cross-article merging.

Usage: python benchmarks/entities.py [CORPUS_DIR ...]
A CORPUS_DIR is a folder of .txt articles, or the ECB+ benchmark folder (holding ECB+/<topic>/*.xml),
whose token files are rebuilt into plain texts. Defaults: examples/corpus and
../shared/benchmarks/ecbplus. Prints one line per figure (``name: value unit``), then a sample of
30 cross-article merges (seeded, so the same run prints the same sample) to check by hand.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from storyline.analyze.entities import LABELS, extract_entities
from storyline.analyze.names import fold
from storyline.analyze.nlp import load
from storyline.config import Settings
from storyline.link.entities import merge_entities
from storyline.records import text_id

REPO = Path(__file__).resolve().parent.parent
DEFAULTS = [REPO / "examples" / "corpus", REPO.parent / "shared" / "benchmarks" / "ecbplus"]
_NO_SPACE_BEFORE = {"-", ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"-", "(", "[", "{", "$", "``"}


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for i, tok in enumerate(tokens):
        if i and tok not in _NO_SPACE_BEFORE and tokens[i - 1] not in _NO_SPACE_AFTER:
            out += " "
        out += {"``": '"', "''": '"'}.get(tok, tok)
    return out


def _ecb_texts(folder: Path) -> Iterator[tuple[str, str]]:
    """(name, text) per ECB+ document: its tokens rebuilt into one line per sentence."""
    for path in sorted(folder.glob("ECB+/*/*.xml"), key=lambda p: p.name):
        root = etree.parse(str(path)).getroot()
        sentences: dict[int, list[str]] = {}
        for tok in root.iter("token"):
            sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
        lines = [_detokenize(t) for _, t in sorted(sentences.items())]
        if path.name.endswith("ecbplus.xml") and lines and re.match(r"https?\s*:|www", lines[0]):
            lines = lines[1:]  # sentence 0 of ecbplus documents is the URL
        yield path.name, "\n".join(lines)


def _texts(folder: Path) -> Iterator[tuple[str, str]]:
    if (folder / "ECB+").is_dir():
        yield from _ecb_texts(folder)
    else:
        for path in sorted(folder.glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")


def run(folder: Path, rng: random.Random) -> None:
    name = folder.name
    docs = list(_texts(folder))
    if not docs:
        print(f"# {folder}: no .txt files or ECB+ XML found; skipped")
        return
    nlp = load(Settings().model)
    started = time.perf_counter()
    model_distinct = 0
    locals_: list[tuple[str, object]] = []
    mentions_total = 0
    joins: Counter[str] = Counter()
    relabels = 0
    for (_, text), doc in zip(docs, nlp.pipe((t for _, t in docs), batch_size=32)):
        aid = text_id(text)
        model_distinct += len({(fold(e.text), e.label_) for e in doc.ents if e.label_ in LABELS})
        mentions, entities = extract_entities(doc, aid, None)
        mentions_total += len(mentions)
        for m in mentions:
            how = m.reason.split(";")[0]
            joins["description" if how.startswith("title '") else how.split(" (")[0].split(" of ")[0].split(":")[0]] += 1
            relabels += "(model said" in m.reason
        locals_.extend((aid, e) for e in entities)
    analysed = time.perf_counter() - started
    result = merge_entities(locals_)  # type: ignore[arg-type]
    linked = time.perf_counter() - started - analysed
    print(f"{name}_articles: {len(docs)} articles")
    print(f"{name}_model_entities_distinct_per_article: {model_distinct} entities")
    print(f"{name}_mentions: {mentions_total} mentions")
    print(f"{name}_local_entities_after_joining: {len(locals_)} entities")
    print(f"{name}_global_entities_after_merging: {len(result.entities)} entities")
    print(f"{name}_cross_article_merges: {len(result.merges)} merges")
    print(f"{name}_labels_repaired: {relabels} mentions")
    for how, n in sorted(joins.items()):
        print(f"{name}_mentions_joined_by_{re.sub(r'[^a-z]+', '_', how.lower()).strip('_')}: {n} mentions")
    print(f"{name}_analyse_seconds: {analysed:.2f} s")
    print(f"{name}_link_seconds: {linked:.3f} s")
    local_by_id = {e.id: (aid, e) for aid, e in locals_}  # type: ignore[attr-defined]
    joins_of_locals = [m for m in result.merges if m.local_id in local_by_id]  # not the folds of global entities
    interesting = [m for m in joins_of_locals
                   if fold(local_by_id[m.local_id][1].name) != fold(result.entities[m.global_id].name)]
    plain = [m for m in joins_of_locals if m not in interesting]
    sample = rng.sample(interesting, min(30, len(interesting)))
    sample += rng.sample(plain, min(30 - len(sample), len(plain)))
    print(f"# {len(interesting)} merges change the surface name; sample of {len(sample)} merges to check by hand:")
    for i, m in enumerate(sample, 1):
        _, local = local_by_id[m.local_id]
        target = result.entities[m.global_id]
        print(f"# {i:2d}. {local.kind} '{local.name}' -> '{target.name}' :: {m.reason}")


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or DEFAULTS
    rng = random.Random(0)
    for folder in folders:
        if not folder.is_dir():
            print(f"# {folder}: not found; skipped (pass the corpus folder as an argument)")
            continue
        run(folder, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
