"""Train the learned cue layer (src/storyline/analyze/attribution/learned.py) on PolNeAR train.

Usage: python benchmarks/train_cues.py [DATA_DIR] [--cache DIR] [--out PATH] [--no-write]

Protocol (deterministic: sorted file order, fixed folds, full-batch training from zero weights):
- PolNeAR train articles in sorted order (one annotator per article, as benchmarks/polnear.py);
  articles 300-449 are the check set and are never fitted on; the rest are the fitting set;
- examples: every candidate token (learned.is_candidate) of a fitting article, labelled 1 when it
  is the syntactic head of a gold Cue span (the token of the span whose head is outside it), or,
  where that head is no candidate (the copula of "is upbeat about"), the span's candidate word
  nearest to it;
- model: L2-regularised logistic regression over learned.token_features, features seen fewer than
  MIN_COUNT times dropped, weights under PRUNE dropped from the written model; a second one, the
  filter model, over the hand rules' attributions (learned.found_features), labelled 1 when the
  rule's cue overlaps a gold cue; a third one, the finder model, over the tokens outside the rules'
  attributions that have a generic frame (learned.frame_features), labelled as the token model;
- thresholds: 5-fold cross-validation over the fitting articles (fold = article index mod 5);
  each fold's models score its held-out articles, the whole extractor runs with the layer on, and
  the filter threshold, then the add threshold (with that filter), that maximise mean(cue overlap
  F1, source overlap F1) are kept;
  a use that does not beat the rules alone is switched off (threshold null);
- the final model is fitted on all fitting articles and scored on the check set (rules alone,
  filter only, add only, both).
Writes src/storyline/analyze/lexicons/cue_model.json (or --out). Prints `name: value unit` lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from polnear import Tally, attr_match, cached_docs, overlaps, parse_ann, predict_from_doc, unique  # noqa: E402

CHECK = (300, 450)  # train articles (sorted) kept out of fitting: the check set of earlier rounds
FOLDS = 5
MIN_COUNT = 3
L2 = 1e-4
L2_SMALL = 3e-4  # the filter and finder models see ten times fewer examples
ITERATIONS = 300
LEARNING_RATE = 0.2
PRUNE = 0.1
SCREEN = 0.05  # the finder reads frames only for tokens the token model gives at least this
FILTER_GRID = [None, 0.1, 0.2, 0.3, 0.4, 0.5]
ADD_GRID = [None, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
OUT = HERE.parent / "src/storyline/analyze/lexicons/cue_model.json"


def load_range(nlp, split: Path, stems: list[str], lo: int, hi: int, cache: Path):
    """Parsed docs of articles lo..hi-1, cached as one DocBin (reused only if the texts match)."""
    return cached_docs(nlp, split, stems[lo:hi], cache, f"{lo}-{hi}")


def gold_heads(doc, gold) -> set[int]:
    """Token indices that head a gold cue span (one per piece of a discontinuous cue). Where the
    span's syntactic head is no candidate (the copula of "is upbeat about", "was a surrogate for";
    a preposition), the candidate word of the span nearest to that head stands for it: a cue on
    that word overlaps the gold cue, and labelling it 0 would teach the model that predicated
    attitudes are never cues."""
    from storyline.analyze.attribution.learned import is_candidate

    heads = set()
    for g in gold:
        for a, b in g.cue:
            toks = [t for t in doc if t.idx < b and t.idx + len(t) > a]
            for t in toks:
                if t.head.i == t.i or not (a <= t.head.idx < b):
                    heads.add(t.i if is_candidate(t) else _stand_in(t, toks))
                    break
    heads.discard(-1)
    return heads


def _stand_in(head, toks) -> int:
    """The candidate token of a cue span nearest (in the parse) to its non-candidate head; -1 if none."""
    from storyline.analyze.attribution.learned import is_candidate

    inside = {t.i for t in toks}

    def depth(t) -> int:
        d = 0
        while t.i != head.i and t.head.i != t.i and t.head.i in inside and d < 10:
            t, d = t.head, d + 1
        return d if t.i == head.i else 99

    cands = sorted((depth(t), t.i) for t in toks if is_candidate(t))
    return cands[0][1] if cands and cands[0][0] < 99 else -1


def examples(docs, golds):
    """(doc index, feature list, label) for every candidate token."""
    from storyline.analyze.attribution.learned import is_candidate, token_features
    from storyline.analyze.nlp import doc_text
    from storyline.analyze.quotes import scan_quotes

    out = []
    for k, (doc, gold) in enumerate(zip(docs, golds)):
        regions = scan_quotes(doc_text(doc))
        heads = gold_heads(doc, gold)
        for tok in doc:
            if is_candidate(tok):
                out.append((k, token_features(tok, regions), 1.0 if tok.i in heads else 0.0))
    return out


def filter_examples(docs, golds):
    """(doc index, feature list, label) for every rule attribution with a scored cue: label 1 when
    its cue overlaps a gold cue (what benchmarks/polnear.py counts as a right cue). Nested reports
    and passive naming participles are left out: the annotation never marks them, and the filter
    leaves them alone."""
    from storyline.analyze.attribution import rule_attributions
    from storyline.analyze.attribution.learned import UNFILTERED_RULES, _nested, found_features
    from storyline.analyze.nlp import doc_text
    from storyline.analyze.quotes import scan_quotes

    out = []
    for k, (doc, gold) in enumerate(zip(docs, golds)):
        regions = scan_quotes(doc_text(doc))
        cues = [g.cue for g in gold if g.cue]
        found = rule_attributions(doc, regions)
        for f in found:
            exempt = _nested(regions, found, f) or f.reason.startswith(UNFILTERED_RULES)
            feats = None if exempt else found_features(doc, regions, f)
            if feats is not None:
                out.append((k, feats, 1.0 if any(overlaps([f.cue], c) for c in cues) else 0.0))
    return out


def add_examples(docs, golds):
    """(doc index, feature list, label) for every candidate token outside the rules' attributions
    whose generic frame finds a content: label 1 when it heads a gold cue."""
    from storyline.analyze.attribution import rule_attributions
    from storyline.analyze.attribution.learned import frame_features, frame_open, generic_frame, token_features, unclaimed_tokens
    from storyline.analyze.nlp import doc_text
    from storyline.analyze.quotes import scan_quotes

    out = []
    for k, (doc, gold) in enumerate(zip(docs, golds)):
        regions = scan_quotes(doc_text(doc))
        heads = gold_heads(doc, gold)
        for tok in unclaimed_tokens(doc, rule_attributions(doc, regions)):
            frame = generic_frame(doc, tok, regions)
            if frame is not None and frame_open(tok, frame):
                feats = token_features(tok, regions) + frame_features(doc, tok, frame)
                out.append((k, feats, 1.0 if tok.i in heads else 0.0))
    return out


def fit(rows, vocab: dict[str, int], l2: float = L2) -> dict[str, float]:
    """Full-batch L2 logistic regression (Adam), from zero weights: deterministic."""
    lengths, indices, y = [], [], []
    for _, feats, label in rows:
        ids = [vocab[f] for f in feats if f in vocab]
        lengths.append(len(ids))
        indices.extend(ids)
        y.append(label)
    lengths_a = np.array(lengths, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths_a)[:-1]])
    idx = np.array(indices, dtype=np.int64)
    y_a = np.array(y)
    n, nf = len(y_a), len(vocab)
    w = np.zeros(nf)
    m1 = np.zeros(nf)
    m2 = np.zeros(nf)
    reg = np.full(nf, l2)
    reg[vocab["bias"]] = 0.0
    for it in range(1, ITERATIONS + 1):
        margin = np.add.reduceat(w[idx], starts)
        p = 1.0 / (1.0 + np.exp(-margin))
        grad = np.bincount(idx, weights=np.repeat(p - y_a, lengths_a), minlength=nf) / n + reg * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= LEARNING_RATE * (m1 / (1 - 0.9**it)) / (np.sqrt(m2 / (1 - 0.999**it)) + 1e-8)
    names = sorted(vocab, key=vocab.get)
    return {f: round(float(w[i]), 4) for i, f in enumerate(names) if abs(w[i]) >= PRUNE or f == "bias"}


def build_vocab(rows) -> dict[str, int]:
    counts = Counter(f for _, feats, _ in rows for f in set(feats))
    kept = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


def train(rows, l2: float = L2) -> dict[str, float]:
    return fit(rows, build_vocab(rows), l2)


def tally(docs, golds, model, tallies: dict[str, Tally] | None = None) -> dict[str, Tally]:
    """benchmarks/polnear.py overlap counts for the extractor with ``model`` as its learned layer."""
    from storyline.analyze.attribution import extract_quotes

    t = tallies if tallies is not None else {r: Tally() for r in ("cue", "source", "content", "attribution")}
    for doc, gold in zip(docs, golds):
        pred = predict_from_doc(doc, extract_quotes(doc, "x", [], None, cue_model=model))[0]
        for role in ("cue", "source", "content"):
            t[role].add(unique([getattr(a, role) for a in pred]), unique([getattr(a, role) for a in gold]), exact=False)
        a = t["attribution"]
        a.n_p += len(pred)
        a.n_g += len(gold)
        a.tp_p += sum(any(attr_match(p, g) for g in gold) for p in pred)
        a.tp_r += sum(any(attr_match(p, g) for p in pred) for g in gold)
    return t


def figures(t: dict[str, Tally]) -> dict[str, float]:
    out = {}
    for role, tl in t.items():
        p, r, f = tl.prf()
        out.update({f"{role}_precision": p, f"{role}_recall": r, f"{role}_f1": f})
    return out


def evaluate(docs, golds, model) -> dict[str, float]:
    return figures(tally(docs, golds, model))


def objective(fig: dict[str, float]) -> float:
    return (fig["cue_f1"] + fig["source_f1"]) / 2


def models(weights: tuple[dict[str, float], dict[str, float]], filt: float | None, add: float | None):
    from storyline.analyze.attribution.learned import CueModel

    return CueModel(weights=weights[0], filter_weights=weights[1], add_weights=weights[2], screen=SCREEN,
                    filter_threshold=filt, add_threshold=add)


def cv_eval(fold_weights, fold_docs, fold_golds, filt, add) -> dict[str, float]:
    """Figures pooled over the folds, each fold's held-out articles read with that fold's model."""
    t = None
    for w, docs, golds in zip(fold_weights, fold_docs, fold_golds):
        t = tally(docs, golds, models(w, filt, add), t)
    return figures(t)


def show(name: str, fig: dict[str, float]) -> None:
    for k, v in fig.items():
        print(f"{name}_{k}: {v:.1f} %")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(HERE.parents[1] / "shared/benchmarks/polnear"))
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "storyline-polnear-cache"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--no-write", action="store_true", help="report only; leave the model file alone")
    args = ap.parse_args(argv)
    split = Path(args.data_dir) / "data" / "train"
    if not (split / "text").is_dir():
        print(f"skipped: no PolNeAR train split under {args.data_dir}")
        return 0
    from storyline.analyze.attribution.learned import ADD_THRESHOLD_FLOOR
    from storyline.analyze.nlp import load
    from storyline.config import Settings

    t0 = time.perf_counter()
    nlp = load(Settings().model)
    anns: dict[str, Path] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    stems = sorted(anns)
    cache = Path(args.cache)
    bounds = [(0, CHECK[0]), CHECK, (CHECK[1], len(stems))]
    parts = [load_range(nlp, split, stems, lo, hi, cache) for lo, hi in bounds]
    golds_all = [parse_ann(anns[s]) for s in stems]
    fit_docs = parts[0] + parts[2]
    fit_golds = golds_all[: CHECK[0]] + golds_all[CHECK[1] :]
    check_docs, check_golds = parts[1], golds_all[CHECK[0] : CHECK[1]]
    print(f"fitting_articles: {len(fit_docs)} docs")
    print(f"check_articles: {len(check_docs)} docs")
    rows = examples(fit_docs, fit_golds)
    frows = filter_examples(fit_docs, fit_golds)
    arows = add_examples(fit_docs, fit_golds)
    print(f"fitting_examples: {len(rows)} tokens")
    print(f"fitting_positives: {int(sum(r[2] for r in rows))} tokens")
    print(f"filter_examples: {len(frows)} attributions")
    print(f"filter_positives: {int(sum(r[2] for r in frows))} attributions")
    print(f"finder_examples: {len(arows)} tokens")
    print(f"finder_positives: {int(sum(r[2] for r in arows))} tokens")

    fold_weights, fold_docs, fold_golds = [], [], []
    for k in range(FOLDS):
        fold_weights.append(tuple(train([r for r in rs if r[0] % FOLDS != k], l2)
                                  for rs, l2 in ((rows, L2), (frows, L2_SMALL), (arows, L2_SMALL))))
        fold_docs.append([d for i, d in enumerate(fit_docs) if i % FOLDS == k])
        fold_golds.append([g for i, g in enumerate(fit_golds) if i % FOLDS == k])
    base = cv_eval(fold_weights, fold_docs, fold_golds, None, None)
    show("cv_rules", base)

    def pick(grid: list[float], label: str, evaluate, note: str = "") -> float | None:  # type: ignore[no-untyped-def]
        """The threshold of ``grid`` whose cross-validated figures beat the rules alone the most."""
        best, best_fig = None, base
        for t in grid[1:]:
            fig = evaluate(t)
            print(f"cv_{label}_{t}{note}: cue {fig['cue_f1']:.2f} source {fig['source_f1']:.2f} attribution {fig['attribution_f1']:.2f} %")
            if objective(fig) > objective(best_fig):
                best, best_fig = t, fig
        return best

    best_filter = pick(FILTER_GRID, "filter", lambda t: cv_eval(fold_weights, fold_docs, fold_golds, t, None))
    best_add = pick(ADD_GRID, "add", lambda t: cv_eval(fold_weights, fold_docs, fold_golds, best_filter, t),
                    f" (filter {best_filter})")
    print(f"filter_threshold: {best_filter}")
    print(f"add_threshold_cv: {best_add}")
    if best_add is not None:
        best_add = max(best_add, ADD_THRESHOLD_FLOOR)  # a choice for precision (see learned.ADD_THRESHOLD_FLOOR)
    print(f"add_threshold: {best_add}")

    vocab = build_vocab(rows)
    weights = (fit(rows, vocab), train(frows, L2_SMALL), train(arows, L2_SMALL))
    print(f"features_seen: {len(vocab)} count")
    print(f"features_kept: {len(weights[0])} token + {len(weights[1])} filter + {len(weights[2])} finder count")
    for name, filt, add in (("check_rules", None, None), ("check_filter", best_filter, None),
                            ("check_add", None, best_add), ("check_both", best_filter, best_add)):
        if name != "check_rules" and filt is None and add is None:
            continue
        show(name, evaluate(check_docs, check_golds, models(weights, filt, add)))
    header = {
        "what": "three logistic regressions: weights = P(token heads an attribution cue | learned.token_features); "
                "filter_weights = P(a hand rule's cue is a gold cue | learned.found_features); add_weights = "
                "P(a token outside the rules' attributions heads a gold cue | token_features + frame_features); "
                "the last two are fitted on the rules of this version (retrain when the rules change)",
        "made_by": "benchmarks/train_cues.py (deterministic; rerun it to rebuild this file)",
        "data": f"PolNeAR v1.0.0 train, sorted articles, first annotator; fitted on {len(fit_docs)} articles "
                f"(all but {CHECK[0]}-{CHECK[1] - 1}, the check set); {len(rows)} candidate tokens, {len(frows)} rule "
                f"attributions, {len(arows)} tokens with a generic frame outside them",
        "training": f"full-batch Adam, {ITERATIONS} iterations, lr {LEARNING_RATE}, L2 {L2} (filter, finder: "
                    f"{L2_SMALL}), features seen >= "
                    f"{MIN_COUNT} times, weights |w| < {PRUNE} pruned",
        "thresholds": f"chosen by {FOLDS}-fold cross-validation over the fitting articles, maximising "
                      "mean(cue overlap F1, source overlap F1) of the whole extractor, the finder's raised to at "
                      f"least {ADD_THRESHOLD_FLOOR} (learned.ADD_THRESHOLD_FLOOR); null = that use is off",
        "model": Settings().model,
    }
    data = {"header": header, "filter_threshold": best_filter, "add_threshold": best_add,
            "weights": dict(sorted(weights[0].items())), "filter_weights": dict(sorted(weights[1].items())),
            "screen": SCREEN, "add_weights": dict(sorted(weights[2].items()))}
    if not args.no_write:
        Path(args.out).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"model_file: {args.out}")
        print(f"model_size: {Path(args.out).stat().st_size / 1024:.0f} KiB")
    print(f"run_time: {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
