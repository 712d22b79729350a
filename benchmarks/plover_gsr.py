"""Event coding accuracy on the PLOVER Gold Standard Records (322 sentences, one event each).

Usage: python benchmarks/plover_gsr.py [DATA_DIR]   (default ../shared/benchmarks/plover-gsr)

The GSR is coded with PLOVER 0.5b1; its labels are mapped to the 16 current types as SOURCE.txt
says (printed below). Mentions come straight from spaCy's doc.ents (entity_id None, the text is the
actor), so this measures the event extractor alone, not the entity linker.

Type accuracy: the most confident event of each sentence against the gold type; a sentence with no
event counts wrong. Actors: an extracted actor matches a gold actor when they share a content token
(case-insensitive, ignoring "the", "'s" and punctuation), compared with the gold actorText. A
reciprocal gold actor ("SRC/TAR") is gold for both roles. P/R/F1 are micro-averaged over sentences.

A second type figure, type_accuracy_intent_mapped, bridges a difference of convention, not of
extraction: PLOVER/CAMEO code an announced or offered action as the intent itself ("will release
the hostages", "is ready to contribute troops" -> AGREE, CAMEO 03 "express intent to cooperate";
"would blockade the capital" -> THREATEN, CAMEO 13), while storyline keeps the action's own type and
marks it planned or hypothetical (so a planned summit stays a CONSULT on the timeline). The mapped
figure turns a main event with modality planned/hypothetical into AGREE when its type is
cooperative (CONSULT, SUPPORT, COOPERATE, AID: manual 3.1), CONCEDE when it is a retreat or
concession ("announced ... would withdraw troops" is CONCEDE, and RETREAT/CONCEDE + future never
reduce to AGREE: manual 3.1.1, 3.4.2, 3.7.2), and THREATEN when it is conflictual (REQUEST, ACCUSE,
REJECT, AGREE, THREATEN are kept).
type_accuracy stays the headline figure.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

LABEL_MAP = {  # PLOVER 0.5b1 -> PLOVER 16 types (SOURCE.txt; INVESTIGATE per CAMEO2PLOVER-2021 codes 09x)
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
STOP = {"the", "a", "an", "of", "'s", "s", "and"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
YIELDING = {"CONCEDE", "RETREAT"}
CONFLICTUAL = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def intent_type(type_: str, modality: str) -> str:
    """The CAMEO/PLOVER coding of an announced action (see the module docstring)."""
    if modality in {"planned", "hypothetical"}:
        if type_ in COOPERATIVE:
            return "AGREE"
        if type_ in YIELDING:
            return "CONCEDE"
        if type_ in CONFLICTUAL:
            return "THREATEN"
    return type_


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def gold_actors(field: object) -> list[str]:
    if not isinstance(field, list):
        return []
    return [a.get("actorText", "") for a in field if isinstance(a, dict) and a.get("actorText")]


def reciprocal(markup: str) -> set[str]:
    return {m.strip().lower() for m in re.findall(r"\(SRC/TAR:\s*([^)]*)\)", markup)}


def score(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    """(true positives among predictions, predictions, gold items matched)."""
    gw = [words(g) for g in gold]
    tp = sum(1 for p in pred if any(words(p) & g for g in gw))
    matched = sum(1 for g in gw if any(words(p) & g for p in pred))
    return tp, len(pred), matched


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "benchmarks" / "plover-gsr"
    path = data / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        print(f"plover_gsr: skipped: {path} not found (pass the plover-gsr folder as the first argument)")
        return 0
    from storyline.analyze.events import extract_events
    from storyline.analyze.nlp import load
    from storyline.config import Settings
    from storyline.records import Mention, Span, record_id

    for old, new in sorted(LABEL_MAP.items()):
        print(f"label_map_{old}: {new} label")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") and r.get("text")]
    nlp = load(Settings().model)
    right = 0
    right_mapped = 0
    confusion: Counter[tuple[str, str]] = Counter()
    src = [0, 0, 0, 0]  # tp, predicted, gold matched, gold
    tgt = [0, 0, 0, 0]
    started = time.perf_counter()
    for r in records:
        gold_type = LABEL_MAP.get(r["event"], r["event"])
        doc = nlp(r["text"])
        mentions = [
            Mention(record_id("gsr", e.start_char, e.end_char), Span("gsr", e.start_char, e.end_char),
                    Span("gsr", e.sent.start_char, e.sent.end_char), e.text, e.label_)
            for e in doc.ents
        ]
        events = extract_events(doc, "gsr", mentions, [], [], None)
        best = max(events, key=lambda e: (e.confidence, -e.trigger.start), default=None)
        predicted = best.type if best else "NONE"
        right += predicted == gold_type
        right_mapped += (intent_type(best.type, best.modality) if best else "NONE") == gold_type
        confusion[(gold_type, predicted)] += 1
        info = r.get("textInfo")
        recip = reciprocal(info.get("markup", "") if isinstance(info, dict) else "")
        gs, gt = gold_actors(r.get("source")), gold_actors(r.get("target"))
        gt = list(dict.fromkeys(gt + [a for a in gs if a.lower() in recip]))
        for acc, pred, gold in ((src, list(best.source_actors) if best else [], gs), (tgt, list(best.target_actors) if best else [], gt)):
            tp, n, matched = score(pred, gold)
            acc[0] += tp; acc[1] += n; acc[2] += matched; acc[3] += len(gold)
    elapsed = time.perf_counter() - started
    n = len(records)
    print(f"sentences: {n} count")
    print(f"type_accuracy: {100 * right / n:.1f} %")
    print(f"type_accuracy_intent_mapped: {100 * right_mapped / n:.1f} %")
    for name, acc in (("source", src), ("target", tgt)):
        p = acc[0] / acc[1] if acc[1] else 0.0
        rec = acc[2] / acc[3] if acc[3] else 0.0
        print(f"{name}_precision: {100 * p:.1f} %")
        print(f"{name}_recall: {100 * rec:.1f} %")
        print(f"{name}_f1: {100 * f1(p, rec):.1f} %")
    allp = (src[0] + tgt[0]) / max(1, src[1] + tgt[1])
    allr = (src[2] + tgt[2]) / max(1, src[3] + tgt[3])
    print(f"actor_f1: {100 * f1(allp, allr):.1f} %")
    print(f"no_event_sentences: {sum(v for (g, p), v in confusion.items() if p == 'NONE')} count")
    per_type = Counter(g for g, _ in confusion.elements())
    for t in sorted(per_type):
        ok = confusion[(t, t)]
        print(f"type_accuracy_{t}: {100 * ok / per_type[t]:.1f} % (n={per_type[t]})")
    for (g, p), v in confusion.most_common(12):
        if g != p:
            print(f"confusion_{g}_as_{p}: {v} count")
    print(f"seconds: {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
