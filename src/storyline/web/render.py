"""Pure presentation helpers for the web UI: highlighted article text and the timeline's geometry.

Article text is untrusted. Every character of it passes through ``markupsafe.escape`` here, and the
only markup added is built from fixed tags and escaped attribute values, so the ``Markup`` this
module returns is safe to insert into an autoescaping Jinja2 template.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

from storyline.query import ArticleView
from storyline.records import Event, Span, TimelineEntry

AXIS_WIDTH = 1000  # SVG user units of the timeline axis
MIN_BAR = 8  # the narrowest bar, so a one-day event stays clickable
_KIND_ORDER = {"source": 0, "quote": 1, "event": 2, "figure": 3, "time": 4, "mention": 5}


def source_href(sentence: Span) -> str:
    """The link that opens an article with one sentence highlighted and scrolled into view."""
    s, e = sentence.start, sentence.end
    return f"/articles/{sentence.article_id}?hl={s}-{e}#s-{s}-{e}"


def parse_highlight(value: str | None) -> tuple[int, int] | None:
    """``"START-END"`` from the ``hl`` parameter; None when absent or malformed (never an error)."""
    if not value:
        return None
    start, _, end = value.partition("-")
    if not (start.isdigit() and end.isdigit()) or int(end) <= int(start):
        return None
    return int(start), int(end)


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span of the article text, linked to the record it came from."""

    start: int
    end: int
    kind: str  # source | quote | event | figure | time | mention
    record_id: str
    title: str
    href: str | None = None


def article_marks(view: ArticleView, highlight: tuple[int, int] | None = None) -> list[Mark]:
    """Every record of the article's analysis as a Mark, plus the highlighted source sentence."""
    marks: list[Mark] = []
    if highlight is not None:
        s, e = highlight
        marks.append(Mark(s, e, "source", f"s-{s}-{e}", "the sentence this record came from"))
    a = view.analysis
    if a is None:
        return marks
    local_names = {e.id: e.name for e in a.entities}
    for m in a.mentions:
        gid = view.entity_links.get(m.entity_id or "", None)
        href = f"/entities/{gid}" if gid else None
        name = local_names.get(m.entity_id or "", m.text)
        marks.append(Mark(m.span.start, m.span.end, "mention", m.id, f"{m.label}: {name}", href))
    for t in a.times:
        approx = " (approximate)" if t.approx else ""
        marks.append(Mark(t.span.start, t.span.end, "time", t.id, f"time {t.value}{approx}: {t.reason}"))
    for q in a.quotes:
        who = q.speaker or "unknown speaker"
        marks.append(Mark(q.span.start, q.span.end, "quote", q.id, f"{q.kind} quote by {who}, stance {q.stance}"))
    for n in a.quantities:
        value = f"{n.low:g}" if n.low == n.high else f"{n.low:g}-{n.high:g}"
        marks.append(Mark(n.span.start, n.span.end, "figure", n.id, f"figure {value} {n.unit or ''}".rstrip()))
    for ev in a.events:
        marks.append(Mark(ev.trigger.start, ev.trigger.end, "event", ev.id, f"{ev.type} event, {ev.modality}: {ev.reason}"))
    return marks


def _open_tag(mark: Mark, with_id: bool, anchor_open: bool) -> tuple[str, str]:
    """(opening tag, closing tag); links are never nested inside links."""
    attrs = f' class="hl hl-{mark.kind}" title="{escape(mark.title)}" data-record="{escape(mark.record_id)}"'
    if with_id:
        attrs += f' id="{escape(mark.record_id if mark.kind == "source" else "r-" + mark.record_id)}"'
    if mark.kind == "source":
        return f"<mark{attrs}>", "</mark>"
    if mark.href and not anchor_open:
        return f'<a href="{escape(mark.href)}"{attrs}>', "</a>"
    return f"<span{attrs}>", "</span>"


def highlighted_text(text: str, marks: Sequence[Mark], removals: Iterable[tuple[int, str, str]] = ()) -> Markup:
    """The text with every mark wrapped in an element, well nested (overlaps are split), escaped.

    ``removals`` are (offset, removed text, reason): each is shown folded (``<details>``) where it
    stood. Marks outside the text are clamped; empty ones are dropped.
    """
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end and m.start < n]
    cuts = sorted(((min(max(at, 0), n), t, r) for at, t, r in removals), key=lambda c: c[0])
    bounds = sorted({0, n, *(m.start for m in marks), *(min(m.end, n) for m in marks), *(c[0] for c in cuts)})
    out: list[str] = []
    stack: list[tuple[Mark, str]] = []  # open marks and their closing tags
    opened: set[tuple[str, str]] = set()
    cut_i = 0

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            out.append(stack.pop()[1])

    for i, pos in enumerate(bounds):
        while cut_i < len(cuts) and cuts[cut_i][0] == pos:
            close_to(0)
            _, removed, reason = cuts[cut_i]
            out.append(
                f'<details class="removed"><summary>removed: {escape(reason)}</summary>'
                f'<div class="removed-text">{escape(removed)}</div></details>'
            )
            cut_i += 1
        if i + 1 >= len(bounds):
            break
        end = bounds[i + 1]
        active = sorted(
            (m for m in marks if m.start <= pos and min(m.end, n) >= end),
            key=lambda m: (m.start, -m.end, _KIND_ORDER.get(m.kind, 9), m.record_id),
        )
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
            keep += 1
        close_to(keep)
        for m in active[keep:]:
            key = (m.kind, m.record_id)
            anchor_open = any(t == "</a>" for _, t in stack)
            tag, closing = _open_tag(m, key not in opened, anchor_open)
            opened.add(key)
            out.append(tag)
            stack.append((m, closing))
        out.append(str(escape(text[pos:end])))
    close_to(0)
    return Markup("".join(out))


def article_html(view: ArticleView, highlight: tuple[int, int] | None = None) -> Markup:
    art = view.article
    return highlighted_text(
        art.text, article_marks(view, highlight), ((r.at, r.text, r.reason) for r in art.removed)
    )


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True, slots=True)
class TimelineRow:
    entry: TimelineEntry
    x: float  # bar start in axis units; None-dated rows are listed apart
    width: float
    classes: str  # CSS classes: modality, approximate, dated by the report
    href: str | None  # the sentence of the latest report of it
    history: str  # "planned → cancelled"
    reports: tuple[tuple[str, str, Span], ...]  # (article id, modality, sentence) per report


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    start: date | None
    end: date | None
    ticks: tuple[tuple[float, str], ...]  # (x, label)
    rows: tuple[TimelineRow, ...]  # dated entries, in time order
    undated: tuple[TimelineRow, ...]


def history_text(entry: TimelineEntry) -> str:
    """The modalities reported in turn, repeats collapsed: 'planned → cancelled'."""
    seen: list[str] = []
    for _, modality in entry.history:
        if not seen or seen[-1] != modality:
            seen.append(modality)
    return " → ".join(seen) if seen else entry.modality


def _reports(entry: TimelineEntry, events: Mapping[str, Sequence[Event]]) -> tuple[tuple[str, str, Span], ...]:
    out: list[tuple[str, str, Span]] = []
    for eid in entry.event_ids:
        for ev in events.get(eid, ()):
            out.append((ev.trigger.article_id, ev.modality, ev.sentence))
    order = {aid: i for i, (aid, _) in enumerate(entry.history)}
    out.sort(key=lambda r: (order.get(r[0], len(order)), r[2].start))
    return tuple(out)


def timeline_layout(
    entries: Sequence[TimelineEntry],
    events: Mapping[str, Sequence[Event]],
    first: date | None = None,
    last: date | None = None,
) -> TimelineLayout:
    """Places entries on one time axis: x and width from earliest/latest, in whole days."""
    dated = [e for e in entries if e.earliest is not None or e.latest is not None]
    points = [d for e in dated for d in (e.earliest, e.latest) if d is not None]
    points += [d for d in (first, last) if d is not None]
    if points:
        lo, hi = min(points), max(points)
    else:
        lo = hi = None
    span_days = ((hi - lo).days + 1) if lo and hi else 1

    def row(e: TimelineEntry) -> TimelineRow:
        reports = _reports(e, events)
        classes = [f"m-{e.modality}"]
        if e.approx:
            classes.append("approx")
        if e.when_how != "event":
            classes.append("by-report")
        if len({m for _, m in e.history}) > 1:
            classes.append("changed")
        x = width = 0.0
        if lo is not None and (e.earliest or e.latest):
            s = e.earliest or e.latest
            t = e.latest or e.earliest
            assert s is not None and t is not None
            x = (s - lo).days / span_days * AXIS_WIDTH
            width = max(((t - s).days + 1) / span_days * AXIS_WIDTH, MIN_BAR)
            x = min(x, AXIS_WIDTH - width)
        href = source_href(reports[-1][2]) if reports else None
        return TimelineRow(e, round(x, 2), round(width, 2), " ".join(classes), href, history_text(e), reports)

    ticks: list[tuple[float, str]] = []
    if lo is not None and hi is not None:
        steps = max(min(span_days - 1, 6), 1)
        for k in range(steps + 1):  # evenly spaced, so labels laid out edge to edge line up
            d = min(lo + timedelta(days=int(k / steps * span_days)), hi)
            ticks.append((round(k / steps * AXIS_WIDTH, 2), d.isoformat()))
    ordered = sorted(dated, key=lambda e: (e.earliest or e.latest, e.latest or e.earliest, e.id))
    return TimelineLayout(
        start=lo,
        end=hi,
        ticks=tuple(ticks),
        rows=tuple(row(e) for e in ordered),
        undated=tuple(row(e) for e in entries if e not in dated),
    )
