"""Error analysis for event coding on the PLOVER GSR: where type and actors go wrong, by class and lemma.

Usage: python benchmarks/plover_errors.py [DATA_DIR] [-v]   (default ../shared/benchmarks/plover-gsr)

Prints, per gold type, the confusions (gold -> predicted main event); for sentences with no event or
the wrong type, the lemma of the sentence root and of the gold event phrase's first verb/noun that no
lexicon entry matched ("missed triggers by lemma"), so lexicon gaps show up as counts rather than
anecdotes; and the triggers chosen as main event when the type was wrong. -v prints every wrong
sentence with all events found. Use it to find GENERAL gaps (a verb class missing from the lexicon, an
argument pattern the parser produces); never add a word because one gold sentence needs it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    data = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "benchmarks" / "plover-gsr"
    path = data / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        print(f"plover_errors: skipped: {path} not found (pass the plover-gsr folder as the first argument)")
        return 0
    from plover_gsr import LABEL_MAP
    from storyline.analyze.events import _match, extract_events
    from storyline.analyze.nlp import load
    from storyline.config import Settings
    from storyline.records import Mention, Span, record_id

    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") and r.get("text")]
    nlp = load(Settings().model)
    confusion: Counter[tuple[str, str]] = Counter()
    missed: Counter[str] = Counter()
    chosen_wrong: Counter[str] = Counter()
    for r in records:
        gold = LABEL_MAP.get(r["event"], r["event"])
        doc = nlp(r["text"])
        mentions = [Mention(record_id("gsr", e.start_char), Span("gsr", e.start_char, e.end_char),
                            Span("gsr", e.sent.start_char, e.sent.end_char), e.text, e.label_) for e in doc.ents]
        events = extract_events(doc, "gsr", mentions, [], [], None)
        best = max(events, key=lambda e: (e.confidence, -e.trigger.start), default=None)
        pred = best.type if best else "NONE"
        confusion[(gold, pred)] += 1
        if pred == gold:
            continue
        phrase = str(r.get("eventText") or "")
        lo = r["text"].find(phrase) if phrase else -1
        toks = [t for t in doc if lo >= 0 and lo <= t.idx < lo + len(phrase) and t.pos_ in {"VERB", "NOUN"}]
        unmatched = [t for t in toks if _match(t) is None or _match(t).type != gold]  # type: ignore[union-attr]
        for t in unmatched[:1]:
            missed[f"{gold}:{t.lemma_.lower()}/{t.pos_}"] += 1
        if best is not None:
            chosen_wrong[f"{gold}->{pred}:{best.text.lower()}"] += 1
        if verbose:
            found = ", ".join(f"{e.type}:{e.text}({e.confidence})" for e in events) or "none"
            print(f"  {gold} -> {pred} [{phrase}] events: {found} | {r['text'][:150]}")
    golds = Counter(g for g, _ in confusion.elements())
    for g in sorted(golds):
        row = ", ".join(f"{p} {n}" for (gg, p), n in sorted(confusion.items(), key=lambda kv: -kv[1]) if gg == g and p != g)
        print(f"type_{g}: {confusion[(g, g)]}/{golds[g]} right; wrong as: {row or '-'}")
    print("missed_trigger_lemmas (gold type:lemma of the gold event phrase with no matching entry):")
    for k, n in missed.most_common(60):
        print(f"  {k}: {n} count")
    print("wrong_main_event_triggers (gold->predicted:trigger):")
    for k, n in chosen_wrong.most_common(40):
        print(f"  {k}: {n} count")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
