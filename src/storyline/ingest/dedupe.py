"""Near-duplicate detection: winnowed word-shingle fingerprints and the containment verdict.

Syndicated news is the norm: the same wire story appears on many sites with different boilerplate,
quote styles and cuts. Fingerprints are computed on words only (case, punctuation, quote style and
whitespace ignored), shingled into 5-grams and winnowed (Schleimer et al., 2003): every run of
``WINDOW + SHINGLE - 1`` shared words is guaranteed to share a fingerprint, while an article keeps
only about 2/(WINDOW+1) of its shingles. Hashes are blake2b (stable across runs and machines,
unlike ``hash()``), truncated to signed 64-bit integers so they fit a SQLite/PostgreSQL BIGINT.

Containment, not Jaccard: a copy with extra boilerplate, or a cut-down copy of a longer story,
has low Jaccard similarity with its original but high containment in it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.store.base import DuplicateCandidate

SHINGLE = 5  # words per shingle
WINDOW = 6  # shingles per winnowing window
MIN_REVERSE = 8  # a stored text must have this many fingerprints before "contains it" is a verdict

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The normalised words of a text: NFKC, case-folded, punctuation and quotes dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8"), digest_size=8, person=b"storyline-fp").digest()
    return int.from_bytes(digest, "big", signed=True)


def shingle_hashes(text: str, size: int = SHINGLE) -> list[int]:
    """One hash per word n-gram, in text order; a text shorter than ``size`` words is one shingle."""
    ws = words(text)
    if not ws:
        return []
    if len(ws) < size:
        return [_hash(" ".join(ws))]
    return [_hash(" ".join(ws[i : i + size])) for i in range(len(ws) - size + 1)]


def winnow(hashes: Sequence[int], window: int = WINDOW) -> list[int]:
    """The minimum of every window (rightmost on ties), sorted and unique."""
    if len(hashes) <= window:
        return [min(hashes)] if hashes else []
    chosen: set[int] = set()
    for start in range(len(hashes) - window + 1):
        chunk = hashes[start : start + window]
        chosen.add(min(chunk))
    return sorted(chosen)


def fingerprints(text: str) -> list[int]:
    """Winnowed 5-word-shingle hashes of a text: sorted, unique, signed 64-bit, deterministic."""
    return winnow(shingle_hashes(text))


@dataclass(frozen=True, slots=True)
class DuplicateVerdict:
    """``direction`` is ``contained`` (the new text is inside the stored one: a copy or a cut-down
    copy) or ``contains`` (the new text holds a shorter stored one: a fuller version of it)."""

    original_id: str
    containment: float
    reason: str
    direction: str = "contained"


def judge(
    own: Sequence[int], candidates: Sequence[DuplicateCandidate], threshold: float
) -> DuplicateVerdict | None:
    """The stored article this text is a near-duplicate of, or None.

    ``own`` are the new text's fingerprints; ``candidates`` come from ``Store.near_duplicates``.
    A candidate that contains the new text (shared / own >= threshold) beats one the new text
    merely contains (shared / theirs), whatever the scores: a syndicated copy with extra
    boilerplate is a copy, not a "fuller version". The reverse case needs the stored text to have
    at least MIN_REVERSE fingerprints, so a one-line brief never makes a long article a duplicate.
    Equal scores go to the smaller id, so verdicts do not depend on candidate order.
    """
    total = len(set(own))
    if total == 0:
        return None
    best: tuple[int, float] | None = None  # (forward before reverse, containment)
    verdict: DuplicateVerdict | None = None
    for c in sorted(candidates, key=lambda c: c.article_id):
        shared = min(c.shared, total)
        forward = shared / total
        reverse = min(shared / c.their_count, 1.0) if c.their_count else 0.0
        if forward >= threshold:
            key, direction = (1, forward), "contained"
        elif reverse >= threshold and c.their_count >= MIN_REVERSE:
            key, direction = (0, reverse), "contains"
        else:
            continue
        if best is not None and key <= best:
            continue
        best = key
        verdict = DuplicateVerdict(
            original_id=c.article_id,
            containment=key[1],
            reason=_reason(direction, c, shared, total, forward, reverse, threshold),
            direction=direction,
        )
    return verdict


def _reason(
    direction: str, c: DuplicateCandidate, shared: int, total: int, forward: float, reverse: float, threshold: float
) -> str:
    if direction == "contained":
        kind = "copy of" if reverse >= threshold else "contained in"
        return (
            f"{kind} {c.article_id}: {shared} of this text's {total} fingerprints ({forward:.0%}) occur in it, "
            f"{reverse:.0%} of its {c.their_count} occur here (threshold {threshold:.0%})"
        )
    return (
        f"contains {c.article_id}: {shared} of its {c.their_count} fingerprints ({reverse:.0%}) occur in "
        f"this longer text, {forward:.0%} of this text's {total} occur there (threshold {threshold:.0%})"
    )
