"""Error analysis for attribution on PolNeAR train: which classes of gold attributions are missed,
and which predictions are false positives, grouped so that general rules can be chosen.

Usage: python benchmarks/polnear_errors.py [DATA_DIR] [--split train] [--cache DIR] [--limit N]
                                           [--top N] [--examples LEMMA] [--no-learned]

Only `train` is meant for error analysis (dev is for scoring, test is never read). Parses are
cached as spaCy DocBin files under --cache (default: a temp folder) so that rule changes can be
re-scored in seconds. Prints the same role figures as benchmarks/polnear.py, then:
- missed gold cues by lower-cased head word and by coarse POS of the cue's first token;
- false-positive predicted cues (no gold cue overlaps) by cue lemma;
- cues that hit but whose source or content missed, by cue lemma;
- with --examples WORD: up to --top contexts of missed gold cues containing WORD.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from polnear import Tally, cached_docs, extent, overlaps, parse_ann, predict_from_doc, unique  # noqa: E402


LEX: dict = {}


def load_docs(nlp, split: Path, stems: list[str], cache: Path):
    """Docs for ``stems``, parsed once and cached (one DocBin per split)."""
    return cached_docs(nlp, split, stems, cache, str(len(stems)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(HERE.parents[1] / "shared/benchmarks/polnear"))
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "storyline-polnear-cache"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", default="", help="print missed gold cues containing this word")
    ap.add_argument("--fp-examples", default="", help="print false-positive cues with this lemma")
    ap.add_argument("--role-examples", default="", help="source|content: print cue hits whose role missed")
    ap.add_argument("--no-learned", action="store_true", help="the hand rules alone (learned cue layer off)")
    args = ap.parse_args(argv)
    split = Path(args.data_dir) / "data" / args.split
    if not (split / "text").is_dir():
        print(f"skipped: no PolNeAR {args.split} split under {args.data_dir}")
        return 0
    from storyline.analyze.nlp import load
    from storyline.config import Settings

    from storyline.analyze.attribution import cue_lexicon, extract_quotes
    from storyline.analyze.attribution.learned import CueModel

    cue_model = CueModel(weights={}, filter_threshold=None, add_threshold=None) if args.no_learned else None

    global LEX
    LEX = cue_lexicon()
    nlp = load(Settings().model)
    anns: dict[str, Path] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    stems = sorted(anns)[: args.limit or None]
    docs = load_docs(nlp, split, stems, Path(args.cache))
    roles = {r: Tally() for r in ("cue", "source", "content")}
    miss_word: Counter[str] = Counter()
    miss_pos: Counter[str] = Counter()
    miss_lemma: Counter[str] = Counter()
    fp_lemma: Counter[str] = Counter()
    tp_lemma: Counter[str] = Counter()
    src_miss: Counter[str] = Counter()
    con_miss: Counter[str] = Counter()
    examples: list[str] = []
    for stem, doc in zip(stems, docs):
        text = doc.text
        gold = parse_ann(anns[stem])
        pred, lemmas = predict_from_doc(doc, extract_quotes(doc, "x", [], None, cue_model=cue_model))
        for role, t in roles.items():
            t.add(unique([getattr(a, role) for a in pred]), unique([getattr(a, role) for a in gold]), exact=False)
        for g in gold:
            if not g.cue:
                continue
            c0, c1 = extent(g.cue)
            toks = [t for t in doc if t.idx < c1 and t.idx + len(t) > c0]
            hits = [(p, lem) for p, lem in zip(pred, lemmas) if overlaps(p.cue, g.cue)]
            word = " ".join(text[a:b] for a, b in g.cue).lower().replace("\n", " ")
            if not hits:
                miss_word[word] += 1
                heads = [t for t in toks if t.pos_ in {"VERB", "NOUN", "ADJ"}] or toks
                lemma = heads[0].lemma_.lower() if heads else "?"
                known = "lex" if (lemma, "VERB") in LEX or (lemma, "NOUN") in LEX else "new"
                miss_lemma[f"{lemma}/{known}"] += 1
                miss_pos[toks[0].pos_ if toks else "?"] += 1
                if args.examples and args.examples.lower() in word.split() and len(examples) < args.top:
                    lo = max(0, c0 - 90)
                    examples.append(f"MISS {stem}: ...{text[lo:c0]}[{text[c0:c1]}]{text[c1:c1 + 90]}...".replace("\n", " "))
                continue
            p, lem = hits[0]
            if g.source and not overlaps(p.source, g.source) or not g.source and p.source:
                src_miss[lem] += 1
                if args.role_examples == "source" and len(examples) < args.top:
                    examples.append(_show(text, stem, "SRC", g, p))
            if g.content and not overlaps(p.content, g.content):
                con_miss[lem] += 1
                if args.role_examples == "content" and len(examples) < args.top:
                    examples.append(_show(text, stem, "CON", g, p))
        for p, lem in zip(pred, lemmas):
            if any(overlaps(p.cue, g.cue) for g in gold):
                tp_lemma[lem] += 1
            else:
                fp_lemma[lem] += 1
                if args.fp_examples and lem == args.fp_examples and len(examples) < args.top:
                    c0, c1 = extent(p.cue)
                    lo = max(0, c0 - 90)
                    examples.append(f"FP {stem}: ...{text[lo:c0]}[{text[c0:c1]}]{text[c1:c1 + 90]}...".replace("\n", " "))
    for role, t in roles.items():
        p, r, f = t.prf()
        print(f"{role}_overlap_precision: {p:.1f} %")
        print(f"{role}_overlap_recall: {r:.1f} %")
        print(f"{role}_overlap_f1: {f:.1f} %")
    print(f"missed_cues: {sum(miss_word.values())} count")
    print("missed gold cues by POS:", ", ".join(f"{k}={v}" for k, v in miss_pos.most_common()))
    print("missed gold cues by head lemma (lex = already a cue):", ", ".join(f"{k}={v}" for k, v in miss_lemma.most_common(args.top)))
    print("missed gold cues by text:", ", ".join(f"{k}={v}" for k, v in miss_word.most_common(args.top)))
    print(f"false_positive_cues: {sum(fp_lemma.values())} count")
    print("false positives by lemma:", ", ".join(f"{k}={v}" for k, v in fp_lemma.most_common(args.top)))
    worst = sorted(fp_lemma, key=lambda k: tp_lemma[k] / (tp_lemma[k] + fp_lemma[k]))
    print("cue precision by lemma (worst first, >= 5 predictions):", ", ".join(
        f"{k}={tp_lemma[k]}/{tp_lemma[k] + fp_lemma[k]}" for k in worst if tp_lemma[k] + fp_lemma[k] >= 5)[:3000])
    print("source misses (cue hit) by lemma:", ", ".join(f"{k}={v}" for k, v in src_miss.most_common(args.top)))
    print("content misses (cue hit) by lemma:", ", ".join(f"{k}={v}" for k, v in con_miss.most_common(args.top)))
    for e in examples:
        print(e)
    return 0


def _show(text: str, stem: str, tag: str, g, p) -> str:
    def seg(pieces):
        return " | ".join(text[a:b] for a, b in pieces).replace("\n", " ")[:160]

    return f"{tag} {stem}: cue={seg(g.cue)!r} gold_src={seg(g.source)!r} pred_src={seg(p.source)!r}\n    gold_con={seg(g.content)!r}\n    pred_con={seg(p.content)!r}"


if __name__ == "__main__":
    raise SystemExit(main())
