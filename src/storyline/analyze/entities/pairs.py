"""Step 2: hyphenated pairs ("Trump-Putin summit") split into their member names.

The model tags such a pair as one name. It is two when each member is a name the article uses on
its own, whether the model tagged the pair or left it untagged.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from storyline.analyze.entities.common import _Cand, _HYPHENS, _is_name_token
from storyline.analyze.names import fold, surname_of


def _known_forms(doc: Doc, cands: Sequence[_Cand]) -> set[str]:
    """Folded single names the article uses: one-token mentions and the parts of person names."""
    known: set[str] = set()
    for c in cands:
        toks = [t for t in doc[c.start : c.end] if t.is_alpha or t.text.replace(".", "").isalpha()]
        if len(toks) == 1 and not any(t.text in _HYPHENS for t in doc[c.start : c.end]):
            known.add(fold(toks[0].text))
        elif c.label == "PERSON" and len(toks) >= 2 and not any(t.text in _HYPHENS for t in doc[c.start : c.end]):
            known.add(surname_of([fold(t.text) for t in toks]))
    return known


def _hyphen_pairs(doc: Doc, start: int, end: int, known: set[str]) -> list[int]:
    """Indices of hyphen tokens in [start, end) joining two names the article uses on their own."""
    out = []
    for i in range(max(start + 1, 1), min(end - 1, len(doc) - 1)):
        hyph, left, right = doc[i], doc[i - 1], doc[i + 1]
        if hyph.text not in _HYPHENS or left.whitespace_ or hyph.whitespace_:
            continue
        if _is_name_token(left) and _is_name_token(right) and fold(left.text) in known and fold(right.text) in known:
            out.append(i)
    return out


def _split_pairs(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    known = _known_forms(doc, cands)
    labels = {(c.start, c.end): c.label for c in cands}
    out: list[_Cand] = []
    covered: set[int] = set()
    for c in cands:
        covered.update(range(c.start, c.end))
        hyphens = _hyphen_pairs(doc, c.start, c.end, known)
        if not hyphens:
            out.append(c)
            continue
        pair = doc[hyphens[0] - 1 : hyphens[-1] + 2].text
        members = sorted({h - 1 for h in hyphens} | {h + 1 for h in hyphens})
        for m in members:
            out.append(_Cand(m, m + 1, labels.get((m, m + 1), c.label), (f"member of hyphenated '{pair}'",)))
    # Pairs the model did not tag at all ("the Rubio-Lavrov exchange" left untagged).
    for h in _hyphen_pairs(doc, 0, len(doc), known):
        if h - 1 in covered or h + 1 in covered:
            continue
        pair = doc[h - 1 : h + 2].text
        for m in (h - 1, h + 1):
            out.append(_Cand(m, m + 1, "", (f"member of hyphenated '{pair}'",)))
            covered.add(m)
    return sorted(set(out), key=lambda c: (c.start, c.end))
