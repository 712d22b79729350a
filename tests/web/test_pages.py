"""The analyst's pages rendered from a real store: conflicts, the stories list, long timelines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline import api
from storyline.api import create_app
from storyline.config import Settings
from storyline.records import Conflict, TimelineEntry
from storyline.store.sqlite import SQLiteStore
from storyline.web.render import conflict_views, month_index, timeline_layout
from web.storydata import StoryFixture, fill_store


def _client(tmp_path: Path, edit=None) -> tuple[TestClient, StoryFixture]:
    path = tmp_path / "pages.db"
    store = SQLiteStore(path)
    fixture = fill_store(store)
    if edit is not None:
        fixture = replace(fixture, story=edit(fixture))
        store.put_story(fixture.story)
    store.close()
    return TestClient(create_app(Settings(db=str(path), rejects=str(tmp_path / "r.tsv")))), fixture


@pytest.fixture
def client(tmp_path: Path) -> Iterator[tuple[TestClient, StoryFixture]]:
    c, fx = _client(tmp_path)
    with c:
        yield c, fx


def _section(html: str, sid: str) -> str:
    start = html.index(f'<section id="{sid}"')
    return html[start:html.index("</section>", start)]


def test_conflict_shows_both_figures_who_gave_them_and_their_sentences(client):
    c, fx = client
    html = _section(c.get(f"/stories/{fx.story.id}").text, "conflicts")
    n1, n2 = fx.analyses[0].quantities[0], fx.analyses[1].quantities[0]
    q2 = fx.analyses[1].quotes[0]
    a1, a2 = fx.articles[0], fx.articles[1]
    assert "around 4,000 troops" in html and "about 3,500 troops" in html
    assert "= 4,000 troops (around)" in html and "= 3,500 troops (about)" in html
    assert f"given by <b>{q2.speaker}</b>" in html  # n2 is attributed to q2
    assert "stated by the report" in html  # n1 is not attributed
    for n, a in ((n1, a1), (n2, a2)):
        s, e = n.sentence.start, n.sentence.end
        assert f'href="/articles/{a.id}?hl={s}-{e}#s-{s}-{e}"' in html
        assert f"chars {s}–{e}" in html
        assert f"{a.site}, {a.published}" in html
        assert a.text[s:e] in html
    assert n1.id not in html and n2.id not in html  # never bare record ids
    assert "within one report" not in html


def test_conflict_sides_beyond_the_listed_figures_are_still_resolved(tmp_path, monkeypatch):
    monkeypatch.setattr(api, "STORY_RECORDS", 1)
    c, fx = _client(tmp_path)
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    n2 = fx.analyses[1].quantities[0]
    assert "first 1 figures" in html
    assert "about 3,500 troops" in _section(html, "conflicts") and n2.id not in html


def test_conflict_inside_one_report_reads_as_such(tmp_path):
    def one_report(fx: StoryFixture):
        n1 = fx.analyses[0].quantities[0]
        a = fx.articles[0].id
        return replace(fx.story, conflicts=(Conflict("figure", "troops (one report)", (n1.id, n1.id), (a, a), "x"),))

    c, fx = _client(tmp_path, one_report)
    with c:
        html = _section(c.get(f"/stories/{fx.story.id}").text, "conflicts")
    a = fx.articles[0]
    assert f'within one report: <a href="/articles/{a.id}">{a.site}, {a.published}</a>' in html
    assert 'class="change conflict k-figure one-report"' in html


def test_a_disagreement_reported_again_lists_its_other_reports(tmp_path):
    def merged(fx: StoryFixture):
        n1, n2 = fx.analyses[0].quantities[0], fx.analyses[1].quantities[0]
        a1, a2, a3 = (a.id for a in fx.articles)
        return replace(fx.story, conflicts=(Conflict("figure", "troops", (n1.id, n2.id), (a1, a2, a3), "x"),))

    c, fx = _client(tmp_path, merged)
    with c:
        html = _section(c.get(f"/stories/{fx.story.id}").text, "conflicts")
    a3 = fx.articles[2]
    assert f'also reported by <a href="/articles/{a3.id}">{a3.site}, {a3.published}</a>' in html
    assert "within one report" not in html


def test_claim_conflict_shows_the_happened_and_the_denying_report():
    from web.storydata import build_fixture

    fx, _ = build_fixture()
    e1, e2 = fx.analyses[0].events[0], fx.analyses[1].events[0]
    e1 = replace(e1, modality="happened")
    e2 = replace(e2, modality="negated")
    fx_events = {e1.id: e1, e2.id: e2}
    entry = replace(fx.story.timeline[0], event_ids=(e1.id, e2.id))
    a1, a2 = fx.articles[0], fx.articles[1]
    conflict = Conflict("claim", entry.label, (entry.id,), (a1.id, a2.id), "happened vs not")
    (view,) = conflict_views([conflict], {}, [entry], fx_events, {a.id: a for a in fx.articles}, {})
    assert [s.value for s in view.sides] == ["reported as happened", "reported as negated"]
    assert [s.article.id for s in view.sides] == [a1.id, a2.id]
    assert view.sides[0].sentence_text == a1.text[e1.sentence.start:e1.sentence.end]
    assert view.sides[1].href == f"/articles/{a2.id}?hl={e2.sentence.start}-{e2.sentence.end}#s-{e2.sentence.start}-{e2.sentence.end}"
    assert not view.one_report and view.kind_label == "happened vs denied"


def test_stories_list_offers_the_article_count_filter_and_keeps_it_when_paging(client):
    c, fx = client
    html = c.get("/").text  # the fixture story has 3 articles, so the list opens on 2+
    assert '<b class="chip on">2+ articles</b>' in html and 'href="/?min=1"' in html
    assert fx.story.title in html
    assert "single-article stories are hidden" in html
    html5 = c.get("/?min=5").text
    assert fx.story.title not in html5 and "No story is reported by 5 or more articles" in html5
    html1 = c.get("/?min=1").text
    assert fx.story.title in html1 and "single-article stories are hidden" not in html1


def _day_entries(n: int, start: date) -> list[TimelineEntry]:
    return [
        TimelineEntry(
            id=f"e{i}", label=f"e{i}", type="CONSULT", mode=None, actors=(), location=None,
            earliest=start + timedelta(days=i), latest=start + timedelta(days=i), approx=False, when_how="event",
            modality="happened", history=(("a", "happened"), ("b", "happened")), event_ids=(), article_ids=("a", "b"),
        )
        for i in range(n)
    ]


def test_long_timelines_get_a_month_index_that_links_to_each_month():
    entries = _day_entries(40, date(2025, 1, 10))  # 10 Jan .. 18 Feb
    layout = timeline_layout(entries, {}, date(2025, 1, 10), date(2025, 2, 18))
    links = month_index(layout)
    assert [(m.anchor, m.label, m.entries) for m in links] == [("m-2025-01", "Jan 2025", 22), ("m-2025-02", "Feb 2025", 18)]
    anchored = [g for g in layout.groups if g.anchor]
    assert [g.label for g in anchored] == ["Fri 10 Jan 2025", "Sat 01 Feb 2025"]
    short = timeline_layout(entries[:10], {}, date(2025, 1, 10), date(2025, 1, 19))
    assert month_index(short) == ()


def test_story_page_renders_month_anchors_for_long_timelines(tmp_path):
    def long_story(fx: StoryFixture):
        extra = tuple(replace(e, id=f"x{i}", article_ids=fx.story.article_ids[:2]) for i, e in enumerate(_day_entries(40, date(2025, 9, 20))))
        return replace(fx.story, timeline=fx.story.timeline + extra)

    c, fx = _client(tmp_path, long_story)
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    assert '<nav class="months"' in html
    for month in ("2025-09", "2025-10"):
        assert f'href="#m-{month}"' in html and f'id="m-{month}"' in html
    assert re.search(r'Sep 2025 <span class="muted">11</span>', html)


def _minor_story(fx: StoryFixture):
    """40 single reports dated only by their article (minor), beside the fixture's own entries."""
    aid = fx.story.article_ids[0]
    extra = tuple(
        replace(e, id=f"minor{i}", label=f"minor-entry-{i}", when_how="article", history=((aid, "happened"),), article_ids=(aid,))
        for i, e in enumerate(_day_entries(40, date(2025, 10, 1)))
    )
    return replace(fx.story, timeline=fx.story.timeline + extra)


def test_a_long_timeline_leaves_minor_entries_out_until_asked(tmp_path, monkeypatch):
    from storyline.web import render

    monkeypatch.setattr(render, "INLINE_MINOR", 10)
    c, fx = _client(tmp_path, _minor_story)
    with c:
        lean = c.get(f"/stories/{fx.story.id}").text
        full = c.get(f"/stories/{fx.story.id}", params={"minor": 1}).text
    assert "minor-entry-" not in lean
    assert 'href="?minor=1#timeline"' in lean and "show 40 minor entries" in lean and "40 minor left out" in lean
    assert fx.story.timeline[0].label in lean  # the entries that matter stay
    assert lean.count("minor-entry-") == 0 and full.count('data-entry="minor') == 40
    assert '<input type="checkbox" class="f-toggle" id="f-minor" checked>' in full


def test_a_short_timeline_sends_minor_entries_hidden_by_css(tmp_path):
    c, fx = _client(tmp_path, _minor_story)  # 40 minor entries: under INLINE_MINOR
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    assert html.count('data-entry="minor') == 40 and '<label for="f-minor"' in html
    assert '<input type="checkbox" class="f-toggle" id="f-minor">' in html


def test_bar_grid_is_one_path_per_row():
    from storyline.web.render import grid_path

    assert grid_path(((0.0, "a"), (142.86, "b"), (285.71, "c"))) == "M0 0V20M142.86 0V20M285.71 0V20"


def test_a_story_of_only_minor_entries_shows_them_instead_of_an_empty_timeline(tmp_path, monkeypatch):
    from storyline.web import render

    monkeypatch.setattr(render, "INLINE_MINOR", 10)

    def only_minor(fx: StoryFixture):
        return replace(_minor_story(fx), timeline=_minor_story(fx).timeline[2:])

    c, fx = _client(tmp_path, only_minor)
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    assert html.count('data-entry="minor') == 40
    assert '<input type="checkbox" class="f-toggle" id="f-minor" checked>' in html


def test_search_quotes_carry_their_outlet_and_date(client):
    c, fx = client
    q2 = fx.analyses[1].quotes[0]
    word = q2.text.strip('"“”').split()[0]
    html = c.get("/search", params={"q": word}).text
    quotes = html[html.index("<h2>Quotes</h2>"):]
    a2 = fx.articles[1]
    assert f"({a2.site}, {a2.published})" in quotes


def test_entity_page_lists_quotes_newest_first_with_provenance(client):
    c, fx = client
    html = c.get(f"/entities/{fx.okafor.id}").text
    a2 = fx.articles[1]
    assert "Newest report first" in html or html.count('class="rec quote"') <= 1
    assert f"({a2.site}, {a2.published})" in html


def test_stories_list_names_the_event_of_the_latest_change(client):
    c, fx = client
    html = c.get("/").text
    assert f'<span class="chg-label">{fx.story.timeline[0].label}</span>' in html


def test_a_pronoun_speaker_is_shown_with_the_entity_it_resolves_to():
    from storyline.api import _who

    assert _who("they", "Republican Party") == "they (Republican Party)"
    assert _who("Mr. Trump", "Donald Trump") == "Mr. Trump"
    assert _who(None, "Donald Trump") == "Donald Trump" and _who("he", None) == "he"


def test_a_status_change_inside_one_report_reads_as_such(tmp_path):
    def same_article(fx: StoryFixture):
        (ch,) = fx.story.changes
        return replace(fx.story, changes=(replace(ch, after_article=ch.before_article),))

    c, fx = _client(tmp_path, same_article)
    with c:
        html = _section(c.get(f"/stories/{fx.story.id}").text, "changes")
    assert '<span class="note-inline">within one report</span>' in html
    e1 = fx.analyses[0].events[0]
    assert f"chars {e1.sentence.start}–{e1.sentence.end}" in html


def test_status_change_shows_both_sentences_with_outlet_date_and_offsets(client):
    c, fx = client
    html = _section(c.get(f"/stories/{fx.story.id}").text, "changes")
    for an, a in ((fx.analyses[0], fx.articles[0]), (fx.analyses[1], fx.articles[1])):
        ev = an.events[0]
        s, e = ev.sentence.start, ev.sentence.end
        assert a.text[s:e] in html and f"{a.site}, {a.published}" in html
        assert f'href="/articles/{a.id}?hl={s}-{e}#s-{s}-{e}"' in html
    assert "within one report" not in html


def test_one_day_bars_on_a_long_axis_are_drawn_without_a_dashed_outline():
    entries = _day_entries(1, date(2025, 3, 1)) + [
        replace(_day_entries(1, date(2025, 1, 1))[0], id="long", latest=date(2025, 12, 31))
    ]
    layout = timeline_layout(entries, {}, date(2025, 1, 1), date(2025, 12, 31))
    by_id = {r.entry.id: r for r in layout.rows}
    assert "point" in by_id["e0"].classes.split() and "point" not in by_id["long"].classes.split()


def test_long_record_lists_fold_after_the_first_ones(tmp_path, monkeypatch):
    c, fx = _client(tmp_path)
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    assert "more quotes</summary>" not in html  # the fixture's few quotes are all shown
    sources = _section(html, "sources")
    assert sources.count("<li>") == len(fx.story.article_ids) and "more articles" not in sources


def test_an_entry_named_again_in_one_report_counts_mentions_not_reports(tmp_path):
    def renamed_in_one_report(fx: StoryFixture):
        summit, protest = fx.story.timeline
        # both events listed under one article: an act its report names twice ("a deal ... the deal")
        once = replace(summit, article_ids=summit.article_ids[:1], history=summit.history[:1])
        return replace(fx.story, timeline=(once, protest), changes=())

    c, fx = _client(tmp_path, renamed_in_one_report)
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    assert "2 mentions in 1 report</summary>" in html and "2 reports</summary>" not in html
    (tmp_path / "plain").mkdir()
    c, fx = _client(tmp_path / "plain")
    with c:
        html = c.get(f"/stories/{fx.story.id}").text
    assert "2 reports</summary>" in html
