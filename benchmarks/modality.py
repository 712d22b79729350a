"""Modality accuracy against hand-annotated PolNeAR sentences (benchmarks/data/modality_gold.jsonl).

Usage: python benchmarks/modality.py [POLNEAR_TRAIN_DIR]   (default ../shared/benchmarks/polnear/data/train)

The gold file stores only the PolNeAR file name, character offsets of the sentence and the trigger,
the trigger text (to detect a changed source file) and the modality label; the text is read from
the PolNeAR folder. How items were chosen: the 7 publishers' train files sorted by name, for each
publisher files [::7][:17] plus [3::7][:4]; in each, the first body sentence (after the headline
paragraph, at most 60 tokens) holding a single-word trigger of plover_triggers.tsv with weight
>= 0.7 and no context/pair condition; items whose trigger was not an event use (idioms like
"long-shot", "straight talk", "appeals to") were dropped. Labels were written by hand before the
modality code existed. No quotes are supplied, so "claimed" is measured only through
claim-complement and adverb cues.

The system's event at the gold trigger offsets is scored; if the system made no event there, the
item counts as "missed" (wrong). Figures: accuracy overall and per gold modality, and a confusion
table (gold -> predicted).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
GOLD = REPO / "benchmarks" / "data" / "modality_gold.jsonl"
ORDER = ("happened", "ongoing", "planned", "cancelled", "hypothetical", "negated", "claimed", "missed")


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "benchmarks" / "polnear" / "data" / "train"
    if not (root / "text").is_dir():
        print(f"modality: skipped: {root / 'text'} not found (pass PolNeAR's data/train folder as the first argument)")
        return 0
    from storyline.analyze.events import extract_events
    from storyline.analyze.nlp import load
    from storyline.config import Settings
    from storyline.records import Mention, Span, record_id

    nlp = load(Settings().model)
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    confusion: Counter[tuple[str, str]] = Counter()
    docs: dict[str, object] = {}
    for item in items:
        text = (root / "text" / item["file"]).read_text(encoding="utf-8")
        if text[item["trigger_start"] : item["trigger_end"]] != item["trigger"]:
            print(f"modality: skipped item {item['file']}@{item['trigger_start']}: text differs from the annotated one")
            continue
        if item["file"] not in docs:
            doc = nlp(text)
            mentions = [Mention(record_id("m", e.start_char), Span("m", e.start_char, e.end_char),
                                Span("m", e.sent.start_char, e.sent.end_char), e.text, e.label_) for e in doc.ents]
            docs[item["file"]] = extract_events(doc, "m", mentions, [], [], None)
        events = docs[item["file"]]
        hit = next((e for e in events if e.trigger.start == item["trigger_start"]), None)
        confusion[(item["modality"], hit.modality if hit else "missed")] += 1
    total = sum(confusion.values())
    right = sum(v for (g, p), v in confusion.items() if g == p)
    print(f"items: {total} count")
    print(f"modality_accuracy: {100 * right / max(1, total):.1f} %")
    found = sum(v for (g, p), v in confusion.items() if p != "missed")
    print(f"event_found_at_trigger: {100 * found / max(1, total):.1f} %")
    gold_counts = Counter(g for g, _ in confusion.elements())
    for g in ORDER:
        if gold_counts[g]:
            print(f"accuracy_{g}: {100 * confusion[(g, g)] / gold_counts[g]:.1f} % (n={gold_counts[g]})")
    print("confusion (rows gold, columns predicted):")
    cols = [c for c in ORDER if any(p == c for _, p in confusion)]
    print("  " + "gold\\pred".ljust(13) + "".join(c[:8].rjust(9) for c in cols))
    for g in ORDER:
        if gold_counts[g]:
            print("  " + g.ljust(13) + "".join(str(confusion[(g, c)]).rjust(9) for c in cols))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
