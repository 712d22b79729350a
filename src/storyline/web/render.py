"""Pure presentation helpers for the web UI: highlighted article text and the timeline's geometry.

Article text is untrusted. Every character of it passes through ``markupsafe.escape`` here, and the
only markup added is built from fixed tags and escaped attribute values, so the ``Markup`` this
module returns is safe to insert into an autoescaping Jinja2 template.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from markupsafe import Markup, escape

from storyline.link.timeline import status_path
from storyline.query import ArticleView, is_minor, unit_shown
from storyline.records import Article, Conflict, Event, Quantity, Span, StatusChange, TimelineEntry

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
        marks.append(Mark(n.span.start, n.span.end, "figure", n.id, f"figure {value} {unit_shown(n)}".rstrip()))
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
            # the source sentence is always outermost, so it stays one element (one <mark>) even
            # when a quote or mention crosses its boundary; those are split instead
            key=lambda m: (m.kind != "source", m.start, -m.end, _KIND_ORDER.get(m.kind, 9), m.record_id),
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

NEAR_DAYS = 45  # entries this close to the story's reports may widen the axis ...
SHORT_DAYS = 31  # ... if they last at most this long; longer or farther ones are clipped at its edges


@dataclass(frozen=True, slots=True)
class TimelineRow:
    entry: TimelineEntry
    x: float  # bar start in axis units (clipped to the axis)
    width: float
    classes: str  # CSS classes: modality, approx, by-report, changed, minor, clip-left/clip-right
    href: str | None  # the sentence of the latest report of it
    history: str  # "planned → cancelled"
    reports: tuple[tuple[str, str, Span], ...]  # (article id, modality, sentence) per report
    when: str = ""  # "2025-10-20" or "2025-10-20 – 2025-10-26", "~" in front when approximate
    minor: bool = False  # one report, dated only by its article or of low confidence
    sources: int = 0  # articles reporting it
    confidence: float = 0.0  # the highest confidence among its reports


@dataclass(frozen=True, slots=True)
class TimelineGroup:
    """Entries that share a date (or the same interval), so ~80 entries read as a dozen days."""

    label: str  # "Tue 21 Oct 2025", or the interval
    rows: tuple[TimelineRow, ...]
    minor: int  # how many of the rows are minor
    zone: str = "during"  # before | during | after the axis: background entries are folded away
    anchor: str = ""  # "m-2016-02" on the first group of each month: the month index links here


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    start: date | None
    end: date | None
    ticks: tuple[tuple[float, str], ...]  # (x, label) at the start of a day
    rows: tuple[TimelineRow, ...]  # dated entries, in time order
    undated: tuple[TimelineRow, ...]
    groups: tuple[TimelineGroup, ...] = ()  # the dated rows by date
    minor: int = 0  # minor rows in all (dated and undated)


def history_text(entry: TimelineEntry) -> str:
    """The statuses reported in turn: 'planned → cancelled'."""
    return " → ".join(status_path(entry.history, entry.quiet)) or entry.modality


def when_text(entry: TimelineEntry) -> str:
    """The entry's date or interval as an analyst writes it: '~' marks an approximate one."""
    s, t = entry.earliest or entry.latest, entry.latest or entry.earliest
    if s is None or t is None:
        return "undated"
    text = s.isoformat() if s == t else f"{s.isoformat()} – {t.isoformat()}"
    return ("~" if entry.approx else "") + text


def _day_label(entry: TimelineEntry) -> str:
    s, t = entry.earliest or entry.latest, entry.latest or entry.earliest
    assert s is not None and t is not None
    if s == t:
        return s.strftime("%a %d %b %Y")
    if s.year == t.year and (s.month, s.day) == (1, 1) and (t.month, t.day) == (12, 31):
        return f"{s.year} (whole year)"
    return f"{s.strftime('%d %b %Y')} – {t.strftime('%d %b %Y')}"


def _reports(entry: TimelineEntry, events: Mapping[str, Sequence[Event]]) -> tuple[tuple[str, str, Span], ...]:
    out: list[tuple[str, str, Span]] = []
    for eid in entry.event_ids:
        for ev in events.get(eid, ()):
            out.append((ev.trigger.article_id, ev.modality, ev.sentence))
    order = {aid: i for i, (aid, _) in enumerate(entry.history)}
    out.sort(key=lambda r: (order.get(r[0], len(order)), r[2].start))
    return tuple(out)


def _axis(entries: Sequence[TimelineEntry], first: date | None, last: date | None) -> tuple[date, date] | None:
    """The days the axis shows: the story's report dates, widened by short entries near them.

    A story about one week in October that mentions a 2023 offensive must not squeeze that week
    into a sliver: far or long entries are clipped at the axis edges (and say so) instead.
    """
    spans = [(e.earliest or e.latest, e.latest or e.earliest) for e in entries if e.earliest or e.latest]
    if first is None or last is None:
        points = [d for s in spans for d in s if d is not None] + [d for d in (first, last) if d is not None]
        return (min(points), max(points)) if points else None
    lo, hi = min(first, last), max(first, last)
    near = timedelta(days=NEAR_DAYS)
    for s, t in sorted(spans, key=lambda st: (st[0], st[1])):  # type: ignore[arg-type, return-value]
        assert s is not None and t is not None
        if (t - s).days <= SHORT_DAYS and s >= lo - near and t <= hi + near:
            lo, hi = min(lo, s), max(hi, t)
    return lo, hi


def _ticks(lo: date, hi: date) -> tuple[tuple[float, str], ...]:
    """Ticks at the start of days, about seven of them, on the same scale as the bars."""
    days = (hi - lo).days + 1
    step = max(1, -(-days // 7))
    out = []
    for k in range(0, days, step):
        d = lo + timedelta(days=k)
        out.append((round(k / days * AXIS_WIDTH, 2), d.isoformat()))
    return tuple(out)


def outlet(article: Article | None) -> str:
    """A short name for where an article came from: its site, its URL's host, else its file name."""
    if article is None:
        return "unknown source"
    if article.site:
        return article.site
    if article.url:
        host = article.url.split("://", 1)[-1].split("/", 1)[0]
        if host:
            return host
    if article.title:
        title = article.title.strip()
        return title if len(title) <= 48 else title[:47].rstrip() + "…"
    name = article.source.replace("\\", "/").rsplit("/", 1)[-1]
    return name or article.id


@dataclass(frozen=True, slots=True)
class ChangeView:
    """A status change with what the page shows beside it: the timeline entry and both reports."""

    change: StatusChange
    label: str
    before: Event | None
    after: Event | None


def change_views(
    changes: Sequence[StatusChange], entries: Sequence[TimelineEntry], events: Mapping[str, Event]
) -> tuple[ChangeView, ...]:
    by_id = {e.id: e for e in entries}
    by_event = {eid: e for e in entries for eid in e.event_ids}
    out = []
    for c in changes:
        entry = by_id.get(c.event_key) or by_event.get(c.after_event) or by_event.get(c.before_event)
        after = events.get(c.after_event)
        label = entry.label if entry else (f"{after.type}: {after.text}" if after else c.event_key)
        out.append(ChangeView(c, label, events.get(c.before_event), after))
    return tuple(out)


def _group_month(g: TimelineGroup) -> str:
    e = g.rows[0].entry
    d = e.earliest or e.latest
    return d.strftime("%Y-%m") if d else ""


def _anchor_months(groups: Sequence[TimelineGroup]) -> list[TimelineGroup]:
    """Marks the first group of each month (outside the folded background) as a jump target: the
    first one with an entry that is not minor, since all-minor days are hidden by default."""
    target: dict[str, int] = {}
    for i, g in enumerate(groups):
        month = _group_month(g)
        if g.zone == "before" or not month:
            continue
        first = target.get(month)
        if first is None or (groups[first].minor == len(groups[first].rows) and g.minor < len(g.rows)):
            target[month] = i
    chosen = {i: m for m, i in target.items()}
    return [replace(g, anchor=f"m-{chosen[i]}") if i in chosen else g for i, g in enumerate(groups)]


@dataclass(frozen=True, slots=True)
class MonthLink:
    """One entry of a long timeline's month index: where to jump and how much is there."""

    anchor: str
    label: str  # "Feb 2016"
    entries: int  # all entries in the month
    shown: int  # entries that are not minor (those shown before "show minor" is ticked)


MONTH_INDEX_MIN = 30  # a timeline this long gets a month index: nobody scrolls 300 rows to find March


def month_index(layout: TimelineLayout) -> tuple[MonthLink, ...]:
    """Per month of the (non-background) timeline, a link to its first day and its entry counts."""
    if len(layout.rows) < MONTH_INDEX_MIN:
        return ()
    counts: dict[str, list[int]] = {}
    anchors: dict[str, str] = {}
    for g in layout.groups:
        month = _group_month(g)
        if g.zone == "before" or not month:
            continue
        c = counts.setdefault(month, [0, 0])
        c[0] += len(g.rows)
        c[1] += len(g.rows) - g.minor
        if g.anchor:
            anchors[month] = g.anchor
    links = tuple(
        MonthLink(anchors[m], date.fromisoformat(m + "-01").strftime("%b %Y"), n, shown)
        for m, (n, shown) in counts.items() if m in anchors
    )
    return links if len(links) > 1 else ()


INLINE_MINOR = 150  # up to this many minor entries are sent with the page, hidden by CSS; more (a
# feed's big story has 800+) are left out and loaded on request (?minor=1): they were 60% of its HTML


def grid_path(ticks: Sequence[tuple[float, str]]) -> str:
    """The day grid behind every bar as one SVG path (one element per row instead of one per tick)."""
    return "".join(f"M{x:g} 0V20" for x, _ in ticks)


def timeline_layout(
    entries: Sequence[TimelineEntry],
    events: Mapping[str, Sequence[Event]],
    first: date | None = None,
    last: date | None = None,
) -> TimelineLayout:
    """Places entries on one time axis (whole days) and groups them by date.

    ``first``/``last`` (the story's report dates) anchor the axis; see ``_axis``.
    """
    dated = [e for e in entries if e.earliest is not None or e.latest is not None]
    axis = _axis(dated, first, last)
    lo, hi = axis if axis else (None, None)
    span_days = ((hi - lo).days + 1) if lo and hi else 1

    def row(e: TimelineEntry) -> TimelineRow:
        reports = _reports(e, events)
        minor = is_minor(e, events)
        classes = [f"m-{e.modality}"]
        if e.approx:
            classes.append("approx")
        if e.when_how != "event":
            classes.append("by-report")
        if len(status_path(e.history, e.quiet)) > 1:
            classes.append("changed")
        if minor:
            classes.append("minor")
        x = width = 0.0
        if lo is not None and hi is not None and (e.earliest or e.latest):
            s = e.earliest or e.latest
            t = e.latest or e.earliest
            assert s is not None and t is not None
            if s < lo:
                classes.append("clip-left")
            if t > hi:
                classes.append("clip-right")
            s, t = min(max(s, lo), hi), max(min(t, hi), lo)
            x = (s - lo).days / span_days * AXIS_WIDTH
            width = max(((t - s).days + 1) / span_days * AXIS_WIDTH, MIN_BAR)
            x = min(x, AXIS_WIDTH - width)
            if width <= MIN_BAR * 1.5:
                classes.append("point")  # too narrow for a dashed outline: it would draw as a squiggle
        href = source_href(reports[-1][2]) if reports else None
        confidence = max((ev.confidence for eid in e.event_ids for ev in events.get(eid, ())), default=0.0)
        return TimelineRow(
            e, round(x, 2), round(width, 2), " ".join(classes), href, history_text(e), reports,
            when_text(e), minor, len(set(e.article_ids)), confidence,
        )

    ordered = sorted(dated, key=lambda e: (e.earliest or e.latest, e.latest or e.earliest, e.id))
    rows = tuple(row(e) for e in ordered)
    groups: list[TimelineGroup] = []
    current: list[TimelineRow] = []

    def group(rs: list[TimelineRow]) -> TimelineGroup:
        e = rs[0].entry
        s, t = e.earliest or e.latest, e.latest or e.earliest
        zone = "during"
        if lo is not None and t is not None and t < lo:
            zone = "before"
        elif hi is not None and s is not None and s > hi:
            zone = "after"
        return TimelineGroup(_day_label(e), tuple(rs), sum(x.minor for x in rs), zone)

    for r in rows:
        if current and _day_label(current[0].entry) != _day_label(r.entry):
            groups.append(group(current))
            current = []
        current.append(r)
    if current:
        groups.append(group(current))
    groups = _anchor_months(groups)
    dated_ids = {e.id for e in dated}
    undated = tuple(row(e) for e in entries if e.id not in dated_ids)
    return TimelineLayout(
        start=lo,
        end=hi,
        ticks=_ticks(lo, hi) if lo and hi else (),
        rows=rows,
        undated=undated,
        groups=tuple(groups),
        minor=sum(r.minor for r in (*rows, *undated)),
    )


# ---------------------------------------------------------------- conflicts


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One side of a disagreement as the analyst checks it: what was said, by whom, where, when."""

    value: str  # the figure as written, the date given, or the modality reported
    detail: str  # the figure normalised ("= 1200 prisoners"), the date's own words, ...
    who: str | None  # who gave it (the quote it is attributed to), None when the report itself
    article: Article | None
    sentence: Span | None
    sentence_text: str
    href: str | None


@dataclass(frozen=True, slots=True)
class ConflictView:
    """A conflict with both sides resolved to their records; ``one_report`` when both come from
    the same article (a report that gives two figures is not two sources disagreeing)."""

    conflict: Conflict
    sides: tuple[ConflictSide, ...]
    one_report: bool
    kind_label: str
    also: tuple[Article, ...] = ()  # other articles that report the same disagreement (conflicts.one_per_disagreement)


_CONFLICT_LABELS = {"figure": "figures differ", "date": "dates differ", "claim": "happened vs denied"}


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,g}"


def _side(
    value: str, detail: str, who: str | None, article: Article | None, sentence: Span | None
) -> ConflictSide:
    text = article.text[sentence.start:sentence.end] if article is not None and sentence is not None else ""
    return ConflictSide(value, detail, who, article, sentence, text, source_href(sentence) if sentence else None)


def _figure_side(q: Quantity, articles: Mapping[str, Article], speakers: Mapping[str, str]) -> ConflictSide:
    value = _number(q.low) if q.low == q.high else f"{_number(q.low)}–{_number(q.high)}"
    detail = " ".join(x for x in (f"= {value}", unit_shown(q), f"({q.approx})" if q.approx else "") if x)
    if q.subject:
        detail += f"; of {q.subject}"
    who = speakers.get(q.attributed_to or "")
    return _side(q.text, detail, who, articles.get(q.span.article_id), q.sentence)


def _event_side(ev: Event, value: str, detail: str, articles: Mapping[str, Article], speakers: Mapping[str, str]) -> ConflictSide:
    return _side(value, detail, speakers.get(ev.attributed_to or ""), articles.get(ev.trigger.article_id), ev.sentence)


def conflict_views(
    conflicts: Sequence[Conflict],
    records: Mapping[str, Quantity | Event],
    entries: Sequence[TimelineEntry],
    events: Mapping[str, Event],
    articles: Mapping[str, Article],
    speakers: Mapping[str, str],
) -> tuple[ConflictView, ...]:
    """Each conflict's sides as the records they name, so the page shows both values, who gave
    them, the outlet and date, and the sentence (linked with offsets) instead of record ids.

    Figure and date conflicts name their two records; a claim conflict names one timeline entry and
    the two articles (happened, then denied), so its sides are that entry's reports in those articles.
    ``speakers`` maps quote ids to speakers: a record attributed to a quote was given by its speaker.
    """
    by_entry = {e.id: e for e in entries}
    out = []
    for c in conflicts:
        sides: list[ConflictSide] = []
        if c.kind == "claim" and c.sides and c.sides[0] in by_entry:
            entry = by_entry[c.sides[0]]
            reports = [events[i] for i in entry.event_ids if i in events]
            for aid, wanted in zip(c.articles, ("happened", "negated")):
                in_article = [ev for ev in reports if ev.trigger.article_id == aid]
                ev = next((x for x in in_article if x.modality == wanted), in_article[0] if in_article else None)
                if ev is None:
                    sides.append(_side(wanted, "", None, articles.get(aid), None))
                else:
                    label = "reported as happened" if ev.modality == "happened" else f"reported as {ev.modality}"
                    sides.append(_event_side(ev, label, f"“{ev.text}”", articles, speakers))
        else:
            for i, rid in enumerate(c.sides):
                r = records.get(rid)
                aid = c.articles[i] if i < len(c.articles) else None
                if isinstance(r, Quantity):
                    sides.append(_figure_side(r, articles, speakers))
                elif isinstance(r, Event):
                    when = r.when.value if r.when else "undated"
                    detail = f"“{r.when.text}”" if r.when else ""
                    sides.append(_event_side(r, when, detail, articles, speakers))
                else:
                    sides.append(_side(rid, "record not stored", None, articles.get(aid or ""), None))
        one = len(c.articles) >= 2 and len(set(c.articles)) == 1
        also = tuple(articles[a] for a in dict.fromkeys(c.articles[2:]) if a not in c.articles[:2] and a in articles)
        out.append(ConflictView(c, tuple(sides), one, _CONFLICT_LABELS.get(c.kind, c.kind), also))
    return tuple(out)
