"""Where sources disagree: different figures for one subject, different dates for one event, or one
source saying an event happened while another says it did not.

Only disagreements between different articles count: within one article, two figures for similar
nouns are usually two different things (a stock and a per-target need), not a dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from storyline.link.timeline import ReportedEvent
from storyline.records import Conflict, Quantity, TimelineEntry


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    quantity: Quantity
    published: date | None
    claimed_by: str | None  # who gave the figure, for the reason text

    @property
    def article_id(self) -> str:
        return self.quantity.span.article_id


# Units too generic to tell what is counted without a subject.
_GENERIC_UNITS = {"percent", "%", "people", "units", "times", "cases", "items", "usd", "eur", "dollars", "euros"}
_APPROX_SLACK = 0.1  # "around 4,000" and "4,200" do not disagree


def _noun_key(text: str | None) -> str | None:
    """A crude lemma of a noun phrase's head: the last word, lower case, plural -s removed."""
    if not text:
        return None
    words = re.findall(r"[a-z]+", text.casefold())
    if not words:
        return None
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        head = head[:-1]
    return head


def figure_key(q: Quantity) -> tuple[str, str] | None:
    """What a figure counts: (unit head, subject head); None when too vague to compare."""
    unit = _noun_key(q.unit)
    subject = _noun_key(q.subject)
    if unit is None:
        return None
    if subject is None and (q.unit or "").casefold() in _GENERIC_UNITS:
        return None
    return unit, subject or unit


def _range(q: Quantity) -> tuple[float, float]:
    low, high = q.low, q.high
    if q.approx:
        low, high = low * (1 - _APPROX_SLACK), high * (1 + _APPROX_SLACK)
    return low, high


def _disagree(a: Quantity, b: Quantity) -> bool:
    a0, a1 = _range(a)
    b0, b1 = _range(b)
    return a1 < b0 or b1 < a0


def figure_conflicts(figures: Sequence[ReportedFigure]) -> list[Conflict]:
    groups: dict[tuple[str, str], list[ReportedFigure]] = defaultdict(list)
    for f in figures:
        key = figure_key(f.quantity)
        if key is not None:
            groups[key].append(f)
    conflicts: list[Conflict] = []
    for (unit, subject), group in sorted(groups.items()):
        group.sort(key=lambda f: (f.published or date.max, f.article_id, f.quantity.span.start))
        for a, b in combinations(group, 2):
            if a.article_id == b.article_id or not _disagree(a.quantity, b.quantity):
                continue
            conflicts.append(
                Conflict(
                    kind="figure",
                    subject=subject if subject == unit else f"{subject} ({unit})",
                    sides=(a.quantity.id, b.quantity.id),
                    articles=(a.article_id, b.article_id),
                    reason=f"{a.quantity.text!r}{_by(a)} vs {b.quantity.text!r}{_by(b)}",
                )
            )
    return conflicts


def _by(f: ReportedFigure) -> str:
    return f" ({f.claimed_by})" if f.claimed_by else ""


_DATE_WINDOW_DAYS = 7


def date_conflicts(reported: Sequence[ReportedEvent]) -> list[Conflict]:
    """The same happening (type, mode, trigger word, exactly the same two or more actors) dated
    differently by two articles, within a week of each other: more likely one event misdated than two."""
    conflicts: list[Conflict] = []
    dated = [r for r in reported if r.event.when is not None and r.event.when.earliest and len(r.actors) >= 2]
    dated.sort(key=lambda r: (r.published or date.max, r.article_id, r.event.trigger.start))
    for a, b in combinations(dated, 2):
        ea, eb = a.event, b.event
        if a.article_id == b.article_id or ea.type != eb.type or ea.mode != eb.mode or a.actors != b.actors:
            continue
        if ea.text.casefold() != eb.text.casefold() or "happened" not in (ea.modality, eb.modality):
            continue
        a0, a1 = ea.when.earliest, ea.when.latest or ea.when.earliest
        b0, b1 = eb.when.earliest, eb.when.latest or eb.when.earliest
        apart = max((b0 - a1).days, (a0 - b1).days)
        if 0 < apart <= _DATE_WINDOW_DAYS:
            conflicts.append(
                Conflict(
                    kind="date",
                    subject=f"{ea.text} ({ea.type.lower()}): {', '.join(a.actor_names)}",
                    sides=(ea.id, eb.id),
                    articles=(a.article_id, b.article_id),
                    reason=f"{ea.when.value} ({ea.when.text!r}) vs {eb.when.value} ({eb.when.text!r})",
                )
            )
    return conflicts


def claim_conflicts(entries: Sequence[TimelineEntry]) -> list[Conflict]:
    """One report says the event happened, another that it did not."""
    conflicts: list[Conflict] = []
    for entry in entries:
        happened = [a for a, m in entry.history if m == "happened"]
        negated = [a for a, m in entry.history if m == "negated"]
        for a in happened:
            for b in negated:
                if a != b:
                    conflicts.append(
                        Conflict(
                            kind="claim",
                            subject=entry.label,
                            sides=(entry.id,),
                            articles=(a, b),
                            reason="reported as happened in one source and as not having happened in another",
                        )
                    )
    return conflicts
