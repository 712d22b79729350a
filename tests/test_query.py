"""The query layer over a hand-built story: filters, entity profiles, stories, pagination."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from storyline import query
from storyline.errors import NotFound
from storyline.records import record_id
from storyline.store.sqlite import SQLiteStore
from web.storydata import TEXT_1, TEXT_2, StoryFixture, build_fixture, fill_store


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[SQLiteStore, StoryFixture]]:
    store = SQLiteStore(tmp_path / "q.db")
    fixture = fill_store(store)
    yield store, fixture
    store.close()


def test_quotes_filter_by_speaker_text_entity_id_and_stance(filled):
    store, fx = filled
    by_name = query.quotes(store, speaker="okafor").items
    assert [q.text for q in by_name] == ["about 3,500 troops remain near the border"]
    assert (by_name[0].span.start, by_name[0].span.end) == (TEXT_2.index("about 3,500"), TEXT_2.index("border") + len("border"))
    by_entity = query.quotes(store, speaker=fx.voss.id).items
    assert [q.speaker for q in by_entity] == ["Voss"]
    assert [q.stance for q in query.quotes(store, stance="distancing").items] == ["distancing"]
    assert query.quotes(store, speaker="nobody").items == ()


def test_events_filter_by_type_actor_modality_and_date_overlap(filled):
    store, _ = filled
    assert len(query.events(store).items) == 3
    assert {e.type for e in query.events(store, type="consult").items} == {"CONSULT"}
    assert [e.modality for e in query.events(store, modality="cancelled").items] == ["cancelled"]
    assert {e.text for e in query.events(store, actor="voss").items} == {"meet", "called off"}
    # the planned meeting spans 20-26 Oct, so it overlaps a range starting on the 24th
    assert [e.text for e in query.events(store, since=date(2025, 10, 24)).items] == ["meet"]
    assert {e.text for e in query.events(store, until=date(2025, 10, 20)).items} == {"meet", "marched"}


def test_events_reject_unknown_modality_and_reversed_range(filled):
    store, _ = filled
    with pytest.raises(query.InvalidQuery, match="modality must be one of"):
        query.events(store, modality="maybe")
    with pytest.raises(query.InvalidQuery, match="swap them"):
        query.events(store, since=date(2025, 11, 1), until=date(2025, 10, 1))


def test_record_pages_follow_the_cursor_without_gaps_or_repeats(filled):
    store, _ = filled
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        page = query.events(store, limit=1, after=after)
        seen.extend(e.id for e in page.items)
        pages += 1
        if page.next_cursor is None:
            break
        after = page.next_cursor
    assert pages == 3
    assert sorted(seen) == sorted(e.id for e in query.events(store, limit=50).items)
    assert len(set(seen)) == 3


def test_bad_cursor_and_limit_are_reported(filled):
    store, _ = filled
    with pytest.raises(NotFound, match="page cursor"):
        query.quotes(store, after="garbage")
    with pytest.raises(query.InvalidQuery, match="limit must be between"):
        query.figures(store, limit=0)


def test_figures_match_text_or_subject_and_unit(filled):
    store, _ = filled
    assert sorted(n.low for n in query.figures(store, text="troops").items) == [3500.0, 4000.0]
    assert [n.text for n in query.figures(store, text="4,000").items] == ["around 4,000 troops"]
    assert query.figures(store, unit="dollars").items == ()


def test_entities_by_kind_name_alias_and_pages(filled):
    store, fx = filled
    assert [e.name for e in query.entities(store).items] == ["Alda Voss", "Bren Okafor", "Corvale"]
    assert [e.name for e in query.entities(store, kind="gpe").items] == ["Corvale"]
    assert [e.name for e in query.entities(store, name="okaf").items] == ["Bren Okafor"]
    first = query.entities(store, limit=2)
    assert first.next_cursor == fx.okafor.id
    assert [e.name for e in query.entities(store, limit=2, after=first.next_cursor).items] == ["Corvale"]


def test_entity_profile_counts_mentions_through_entity_links(filled):
    store, fx = filled
    prof = query.entity(store, "Corvale")
    assert prof.mention_count == 3
    assert len(prof.article_ids) == 3
    assert (prof.first_seen, prof.last_seen) == (date(2025, 10, 17), date(2025, 10, 22))
    voss = query.entity(store, "voss")  # an alias, any case
    assert voss.entity.id == fx.voss.id
    assert [q.text for q in voss.quotes] == ['"We expect a frank exchange."']
    assert [e.text for e in voss.events] == ["meet"]
    with pytest.raises(NotFound, match="no entity"):
        query.entity(store, "Nobody At All")


def test_stories_list_summarises_sources_counts_and_latest_change(filled):
    store, fx = filled
    (summary,) = query.stories(store).items
    assert summary.title == "Corvale summit"
    assert summary.article_count == 3
    assert summary.sites == ("alpha.example", "beta.example")
    assert summary.latest_change is not None
    assert (summary.latest_change.before, summary.latest_change.after) == ("planned", "cancelled")


def test_stories_can_be_limited_to_those_enough_articles_report(filled):
    store, fx = filled
    assert [s.id for s in query.stories(store, min_articles=3).items] == [fx.story.id]
    assert query.stories(store, min_articles=4).items == ()
    with pytest.raises(query.InvalidQuery, match="min_articles"):
        query.stories(store, min_articles=0)


def test_story_timeline_changes_and_conflicts_by_prefix(filled):
    store, fx = filled
    prefix = fx.story.id[:8]
    entries = query.timeline(store, prefix)
    assert [e.modality for e in entries] == ["cancelled", "happened"]
    assert entries[0].history[0][1] == "planned"
    page = query.changes(store, prefix)
    assert [(x.story_id, x.change.after) for x in page.items] == [(fx.story.id, "cancelled")]
    assert page.next_cursor is None
    (found,) = query.conflicts(store).items
    assert found.story_id == fx.story.id and found.conflict.kind == "figure" and len(found.conflict.sides) == 2
    assert query.conflicts(store, kind="claim").items == ()
    with pytest.raises(query.InvalidQuery):
        query.conflicts(store, kind="rumour")
    with pytest.raises(NotFound):
        query.story(store, "ffffffffff")


def test_story_view_gathers_articles_events_actors_quotes_figures(filled):
    store, fx = filled
    view = query.story_view(store, fx.story.id)
    assert [a.id for a in view.articles] == list(fx.story.article_ids)
    assert {e.modality for e in view.events} == {"planned", "cancelled", "happened"}
    assert view.actors[0][0].name == "Corvale" and view.actors[0][1] == 3
    assert len(view.quotes) == 2 and len(view.figures) == 2


def test_articles_text_filter_uses_full_text_search(filled):
    store, fx = filled
    page = query.articles(store, text="troops")
    assert {a.id for a in page.articles} == {fx.articles[0].id, fx.articles[1].id}
    assert page.next_cursor is None
    assert query.articles(store, text="troops", site="beta.example").articles[0].text == TEXT_2
    assert [a.published for a in query.articles(store, since=date(2025, 10, 20)).articles] == [
        date(2025, 10, 20), date(2025, 10, 22)
    ]


def test_search_all_finds_stories_entities_articles_and_quotes(filled):
    store, fx = filled
    found = query.search_all(store, "Corvale")
    assert [s.id for s in found.stories] == [fx.story.id]
    assert [e.name for e in found.entities] == ["Corvale"]
    assert len(found.articles) == 3
    assert query.search_all(store, "frank").quotes[0].span.start == TEXT_1.index('"We expect')
    assert query.search_all(store, "   ").articles == ()


def test_biggest_story_is_the_one_with_most_articles(filled):
    store, fx = filled
    assert query.biggest_story(store) == fx.story.id


def test_role_summary_groups_titles_however_capitalised():
    from storyline.records import Role

    roles = [Role("former President", "2016-01-02"), Role("former president", "2015-11-16"),
             Role("Former  President", "2016-03-01"), Role("Governor", "2015-12-01")]
    summary = query.role_summary(roles)
    assert [(r.title, r.reports, r.first, r.last) for r in summary] == [
        ("former President", 3, "2015-11-16", "2016-03-01"), ("Governor", 1, "2015-12-01", "2015-12-01")]


def test_entity_profile_keeps_stances_apart_from_what_was_said(tmp_path):
    """A stance's content is what it is about ("praised the talks"), not words the entity said."""
    fixture, links = build_fixture()
    said = fixture.analyses[0].quotes[0]
    start = TEXT_1.index("the two leaders")
    topic = replace(
        said, id=record_id("quote", said.span.article_id, "topic"), kind="topic", stance="praise", cue_lemma="praise",
        span=replace(said.span, start=start, end=start + len("the two leaders")), text="the two leaders",
    )
    analyses = (replace(fixture.analyses[0], quotes=(said, topic)), *fixture.analyses[1:])
    store = SQLiteStore(tmp_path / "s.db")
    try:
        for article, analysis in zip(fixture.articles, analyses):
            store.add_article(article, record_id("src", article.id), (), analysis)
        store.put_entities(fixture.entities)
        store.put_entity_links(links)
        prof = query.entity(store, "Alda Voss")
    finally:
        store.close()
    assert [q.text for q in prof.quotes] == ['"We expect a frank exchange."']
    assert [(q.cue_lemma, q.text, q.span.start) for q in prof.stances] == [("praise", "the two leaders", start)]
