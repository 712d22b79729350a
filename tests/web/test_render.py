"""Highlighted article text and timeline geometry: nesting, escaping, offsets, placement."""

from __future__ import annotations

from datetime import date

from storyline.records import Span, TimelineEntry
from storyline.web.render import (
    AXIS_WIDTH,
    Mark,
    highlighted_text,
    history_text,
    parse_highlight,
    source_href,
    timeline_layout,
)


def test_overlapping_marks_are_split_into_well_nested_elements():
    text = "abcdefghij"
    html = str(highlighted_text(text, [Mark(0, 6, "quote", "q1", "q"), Mark(4, 9, "event", "e1", "e")]))
    assert html == (
        '<span class="hl hl-quote" title="q" data-record="q1" id="r-q1">abcd'
        '<span class="hl hl-event" title="e" data-record="e1" id="r-e1">ef</span></span>'
        '<span class="hl hl-event" title="e" data-record="e1">ghi</span>j'
    )


def test_text_titles_and_removals_are_escaped():
    text = "<script>x</script>"
    html = str(highlighted_text(text, [Mark(0, 8, "mention", "m", 'a"b<', "/entities/x")], [(8, "<img>", "r&d")]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'title="a&#34;b&lt;"' in html and "&lt;img&gt;" in html and "removed: r&amp;d" in html


def test_links_are_never_nested():
    html = str(highlighted_text("Ann Lee", [Mark(0, 7, "mention", "a", "", "/e/1"), Mark(4, 7, "mention", "b", "", "/e/2")]))
    assert html.count("<a ") == 1 and '<span class="hl hl-mention"' in html


def test_highlight_parameter_and_source_links():
    assert parse_highlight("10-42") == (10, 42)
    assert parse_highlight("42-10") is None and parse_highlight("x") is None and parse_highlight(None) is None
    assert source_href(Span("abc", 3, 9)) == "/articles/abc?hl=3-9#s-3-9"


def _entry(eid: str, earliest: date | None, latest: date | None, modality: str, history=()) -> TimelineEntry:
    return TimelineEntry(
        id=eid, label=eid, type="CONSULT", mode=None, actors=(), location=None, earliest=earliest, latest=latest,
        approx=False, when_how="event", modality=modality, history=history, event_ids=(), article_ids=(),
    )


def test_timeline_places_intervals_and_points_on_one_axis():
    a = _entry("a", date(2025, 1, 1), date(2025, 1, 10), "happened")
    b = _entry("b", date(2025, 1, 6), date(2025, 1, 6), "planned", (("x", "planned"), ("y", "cancelled")))
    u = _entry("u", None, None, "claimed")
    layout = timeline_layout([b, u, a], {})
    assert [r.entry.id for r in layout.rows] == ["a", "b"] and [r.entry.id for r in layout.undated] == ["u"]
    assert layout.rows[0].x == 0 and layout.rows[0].width == AXIS_WIDTH
    assert layout.rows[1].x == 500.0 and layout.rows[1].width == 100.0
    assert "changed" in layout.rows[1].classes and history_text(b) == "planned → cancelled"
    assert layout.ticks[0] == (0.0, "2025-01-01") and layout.ticks[-1] == (1000.0, "2025-01-10")
