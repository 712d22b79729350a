"""Highlighted article text and timeline geometry: nesting, escaping, offsets, placement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.query import is_minor
from storyline.records import Article, Span, TimelineEntry
from storyline.web.render import (
    AXIS_WIDTH,

    outlet,
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
    # ticks mark the start of days on the bars' own scale: every 2nd day of 10
    assert layout.ticks == ((0.0, "2025-01-01"), (200.0, "2025-01-03"), (400.0, "2025-01-05"), (600.0, "2025-01-07"), (800.0, "2025-01-09"))
    assert [g.label for g in layout.groups] == ["01 Jan 2025 – 10 Jan 2025", "Mon 06 Jan 2025"]


def test_axis_follows_the_story_and_clips_far_or_long_entries():
    old = _entry("old", date(2023, 1, 1), date(2023, 12, 31), "happened")
    near = _entry("near", date(2025, 10, 16), date(2025, 10, 16), "happened")
    long_ = _entry("long", date(2025, 10, 17), date(2026, 1, 17), "planned")
    layout = timeline_layout([old, near, long_], {}, first=date(2025, 10, 17), last=date(2025, 10, 21))
    assert (layout.start, layout.end) == (date(2025, 10, 16), date(2025, 10, 21))  # widened by "near" only
    rows = {r.entry.id: r for r in layout.rows}
    assert "clip-left" in rows["old"].classes and rows["old"].x == 0 and rows["old"].width == round(AXIS_WIDTH / 6, 2)
    assert "clip-right" in rows["long"].classes and rows["long"].x + rows["long"].width == AXIS_WIDTH
    assert round(rows["long"].x, 1) == round(1 / 6 * AXIS_WIDTH, 1)
    assert [g.zone for g in layout.groups] == ["before", "during", "during"]
    assert rows["long"].when == "2025-10-17 – 2026-01-17"


def test_single_reports_dated_by_their_article_are_minor_but_changes_never_are():
    by_report = replace(_entry("r", date(2025, 1, 1), date(2025, 1, 1), "happened"), when_how="article", event_ids=("e",))
    changed = replace(by_report, id="c", history=(("a", "planned"), ("b", "cancelled")))
    twice = replace(by_report, id="t", event_ids=("e", "f"))
    own_date = replace(by_report, id="o", when_how="event")
    assert is_minor(by_report, {}) and not is_minor(changed, {}) and not is_minor(twice, {})
    assert not is_minor(own_date, {})
    layout = timeline_layout([by_report, changed, twice, own_date], {})
    assert layout.minor == 1 and [r.entry.id for r in layout.rows if "minor" in r.classes] == ["r"]
    assert layout.groups[0].minor == 1 and len(layout.groups[0].rows) == 4


def test_outlet_falls_back_from_site_to_host_to_title_to_file_name():
    base = Article(id="x", source="corpus/001_a.txt", text="")
    assert outlet(replace(base, site="alpha.example")) == "alpha.example"
    assert outlet(replace(base, url="https://news.example.org/a/b")) == "news.example.org"
    assert outlet(replace(base, title="T" * 60)) == "T" * 47 + "…"
    assert outlet(base) == "001_a.txt" and outlet(None) == "unknown source"


def test_source_sentence_stays_one_mark_when_a_quote_crosses_it():
    text = "He said: \"We go. Now.\" Done."
    quote = Mark(8, 22, "quote", "q1", "q")
    source = Mark(17, 28, "source", "s-17-28", "src")
    html = str(highlighted_text(text, [quote, source]))
    assert html.count("<mark") == 1 and html.count("</mark>") == 1
    inner = html.split("<mark", 1)[1].split("</mark>", 1)[0]
    assert inner.split(">", 1)[1].replace('<span class="hl hl-quote" title="q" data-record="q1">', "").replace("</span>", "") == "Now.&#34; Done."
