"""Where sources disagree: different figures for one subject, different dates for one event, or one
source saying an event happened while another says it did not.

Only disagreements between different articles count: within one article, two figures for similar
nouns are usually two different things (a stock and a per-target need), not a dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import TypeVar

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
    """Two values for one subject that cannot both be right, each from a different article.

    One conflict per pair of disagreeing values (with the first reports that give them), not per
    pair of reports: a story where fifty reports repeat "4,000" and ten say "5,000" has one
    disagreement, and a long story must not produce its reports squared.
    """
    groups: dict[tuple[str, str], list[ReportedFigure]] = defaultdict(list)
    for f in figures:
        key = figure_key(f.quantity)
        if key is not None:
            groups[key].append(f)
    conflicts: list[Conflict] = []
    for (unit, subject), group in sorted(groups.items()):
        group.sort(key=lambda f: (f.published or date.max, f.article_id, f.quantity.span.start))
        by_value = _first_reports(group, lambda f: (f.quantity.low, f.quantity.high, bool(f.quantity.approx)))
        for a, b in _disagreeing_pairs(by_value, lambda x, y: _disagree(x.quantity, y.quantity)):
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


_PER_SUBJECT = 25  # disagreements kept per subject (figures) or per happening (dates), first reported first
T = TypeVar("T", ReportedFigure, ReportedEvent)


def _first_reports(reports: Sequence[T], value: Callable[[T], Hashable]) -> list[list[T]]:
    """Per distinct value (in order of first report): its first reports from two different articles,
    enough to pair it with any other value's report from another article."""
    firsts: dict[Hashable, list[T]] = {}
    for r in reports:
        kept = firsts.setdefault(value(r), [])
        if len(kept) < 2 and all(k.article_id != r.article_id for k in kept):
            kept.append(r)
    return list(firsts.values())


def _disagreeing_pairs(by_value: list[list[T]], disagree: Callable[[T, T], bool]) -> list[tuple[T, T]]:
    pairs: list[tuple[T, T]] = []
    for i, j in combinations(range(len(by_value)), 2):
        if len(pairs) >= _PER_SUBJECT:
            break
        if not disagree(by_value[i][0], by_value[j][0]):
            continue
        pair = next(((a, b) for a in by_value[i] for b in by_value[j] if a.article_id != b.article_id), None)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _by(f: ReportedFigure) -> str:
    return f" ({f.claimed_by})" if f.claimed_by else ""


_DATE_WINDOW_DAYS = 7


def date_conflicts(reported: Sequence[ReportedEvent]) -> list[Conflict]:
    """The same happening (type, mode, trigger word, exactly the same two or more actors) dated
    differently by two articles, within a week of each other: more likely one event misdated than two.
    One conflict per pair of dates, with the first reports that give them."""
    conflicts: list[Conflict] = []
    happenings: dict[tuple[object, ...], list[ReportedEvent]] = defaultdict(list)
    for r in reported:
        if r.event.when is not None and r.event.when.earliest and len(r.actors) >= 2:
            happenings[(r.event.type, r.event.mode or "", r.event.text.casefold(), tuple(sorted(r.actors)))].append(r)
    for _, group in sorted(happenings.items(), key=lambda kv: str(kv[0])):
        group.sort(key=lambda r: (r.published or date.max, r.article_id, r.event.trigger.start))
        by_date = _first_reports(group, lambda r: (r.event.when.earliest, r.event.when.latest, r.event.modality))
        for a, b in _disagreeing_pairs(by_date, _misdated):
            ea, eb = a.event, b.event
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


def _misdated(a: ReportedEvent, b: ReportedEvent) -> bool:
    ea, eb = a.event, b.event
    if "happened" not in (ea.modality, eb.modality):
        return False
    a0, a1 = ea.when.earliest, ea.when.latest or ea.when.earliest
    b0, b1 = eb.when.earliest, eb.when.latest or eb.when.earliest
    apart = max((b0 - a1).days, (a0 - b1).days)
    return 0 < apart <= _DATE_WINDOW_DAYS


def claim_conflicts(entries: Sequence[TimelineEntry]) -> list[Conflict]:
    """One report says the event happened, another that it did not."""
    conflicts: list[Conflict] = []
    for entry in entries:
        happened = list(dict.fromkeys(a for a, m in entry.history if m == "happened"))
        negated = list(dict.fromkeys(a for a, m in entry.history if m == "negated"))
        # each denying article against the first other article that reports it happened: one line
        # per dissenting source, not every pair of reports
        for b in negated[:_PER_SUBJECT]:
            a = next((x for x in happened if x != b), None)
            if a is not None:
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
