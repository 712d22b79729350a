"""Figure extraction accuracy against hand-annotated number mentions in PolNeAR train texts.

Usage: python benchmarks/figures.py [DATA_DIR] [--gold benchmarks/data/figures_gold.jsonl]

The gold file (benchmarks/data/figures_gold.jsonl) holds, for every number token (digits or a
spelled-out number word) in the first 12 PolNeAR train articles sorted by file name, the file name,
offsets, the number token itself, whether it is a figure, and for figures: low, high, approx
qualifier, unit and whether it lies inside an attribution's content. No article text is stored;
DATA_DIR (default ../shared/benchmarks/polnear) supplies it.

Scoring: a gold token is detected when some extracted Quantity covers its start offset.
Detection precision/recall/F1 are over gold tokens (is-a-figure vs not); field accuracies are over
gold figures that were detected (value = low and high both equal, approx/unit compared as
lower-case strings, attributed = attributed_to is set). Prints `name: value unit` lines.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(HERE.parents[1] / "shared/benchmarks/polnear"))
    ap.add_argument("--gold", default=str(HERE / "data" / "figures_gold.jsonl"))
    args = ap.parse_args(argv)
    text_dir = Path(args.data_dir) / "data" / "train" / "text"
    if not text_dir.is_dir():
        print(f"skipped: no PolNeAR train texts under {args.data_dir} (expected data/train/text/)")
        return 0
    sys.path.insert(0, str(HERE.parent / "src"))
    from storyline.analyze.attribution import extract_quotes
    from storyline.analyze.nlp import load
    from storyline.analyze.quantities import extract_quantities
    from storyline.config import Settings

    gold = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    nlp = load(Settings().model)
    tp = fp = fn = tn = 0
    fields = {"value": [0, 0], "approx": [0, 0], "unit": [0, 0], "attributed": [0, 0]}
    for name, items in sorted(by_file.items()):
        text = (text_dir / name).read_text(encoding="utf-8")
        doc = nlp(text)
        quotes = extract_quotes(doc, "x", [], None)
        figs = extract_quantities(doc, "x", quotes, [])
        for g in items:
            if text[g["start"] : g["end"]] != g["token"]:
                print(f"warning: {name}:{g['start']} token mismatch, text changed?")
                continue
            pred = next((f for f in figs if f.span.start <= g["start"] < f.span.end), None)
            if g["figure"] and pred is not None:
                tp += 1
                checks = {
                    "value": pred.low == g["low"] and pred.high == g["high"],
                    "approx": (pred.approx or "").lower() == (g["approx"] or "").lower(),
                    "unit": (pred.unit or "").lower() == (g["unit"] or "").lower(),
                    "attributed": (pred.attributed_to is not None) == g["attributed"],
                }
                for k, ok in checks.items():
                    fields[k][0] += ok
                    fields[k][1] += 1
            elif g["figure"]:
                fn += 1
            elif pred is not None:
                fp += 1
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"gold_number_tokens: {len(gold)} count")
    print(f"gold_figure_tokens: {sum(1 for g in gold if g['figure'])} count")
    print(f"detection_precision: {100 * p:.1f} %")
    print(f"detection_recall: {100 * r:.1f} %")
    print(f"detection_f1: {100 * f:.1f} %")
    print(f"non_figure_rejection: {100 * tn / (tn + fp) if tn + fp else 0.0:.1f} %")
    for k, (ok, n) in fields.items():
        print(f"{k}_accuracy: {100 * ok / n if n else 0.0:.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
