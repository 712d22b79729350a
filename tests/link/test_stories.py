"""Story clustering: grouping, bridging merges, determinism, bounded lookup, persistence, titles, figures and years."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from storyline.link.similarity import (
    content_terms,
    days_ahead,
    entity_keys_from_names,
    figure_terms,
    heuristic_entity_keys,
    stem,
    weekday_terms,
    year_terms,
)
from storyline.link.stories import (
    StoryAssignment,
    StoryDoc,
    StoryIndex,
    StoryParams,
    StoryStateError,
    entity_keys_from_mentions,
    story_title,
)
from storyline.records import Mention, Span, record_id

FLOOD = [
    StoryDoc(
        "flood-1",
        "River Osk floods Varnholm as levee breaks",
        "The River Osk burst its levee in Varnholm on Monday, flooding the old town. Mayor Ilse Brandt "
        "ordered the evacuation of riverside streets and opened the sports hall as a shelter.",
        date(2024, 3, 4),
    ),
    StoryDoc(
        "flood-2",
        "Varnholm evacuates riverside streets",
        "Hundreds of residents left riverside streets in Varnholm after the Osk flooded. Ilse Brandt said "
        "the levee had been weakened by weeks of rain and the shelter was full.",
        date(2024, 3, 5),
    ),
    StoryDoc(
        "flood-3",
        "Osk flood waters recede in Varnholm",
        "Flood water from the River Osk began to recede in Varnholm. Mayor Brandt said repairs to the levee "
        "would start once the old town was dry and evacuated residents could return.",
        date(2024, 3, 8),
    ),
]

STRIKE = [
    StoryDoc(
        "strike-1",
        "Kestrel Motors workers walk out",
        "Workers at the Kestrel Motors plant in Dunmere walked out over pay. The union leader Tomas Reyes "
        "said the strike would continue until the company raised its wage offer.",
        date(2024, 3, 4),
    ),
    StoryDoc(
        "strike-2",
        "Strike halts Kestrel Motors assembly line",
        "The strike at Kestrel Motors halted the assembly line in Dunmere. Tomas Reyes told members the "
        "union would reject any wage offer below inflation.",
        date(2024, 3, 6),
    ),
    StoryDoc(
        "strike-3",
        "Kestrel Motors improves wage offer",
        "Kestrel Motors raised its wage offer to striking workers in Dunmere. Union leader Reyes said members "
        "would vote on the offer and the assembly line could restart next week.",
        date(2024, 3, 9),
    ),
]

UNRELATED = StoryDoc(
    "recipe-1",
    "A slow-cooked lentil soup",
    "Soak the lentils overnight, then simmer them gently with onions, garlic and cumin until tender. "
    "Season with lemon juice and serve the soup with warm flatbread.",
    date(2024, 3, 5),
)

BRIDGE = StoryDoc(
    "bridge-1",
    "Varnholm flood and Kestrel Motors strike",
    "The flood of the River Osk in Varnholm reached Dunmere, where the Kestrel Motors plant is on strike. "
    "Mayor Ilse Brandt and union leader Tomas Reyes agreed that striking workers would help repair the "
    "levee, and the evacuation of riverside streets in Varnholm ended. Kestrel Motors said the wage offer "
    "and the strike vote would wait until the flood water receded.",
    date(2024, 3, 10),
)


def interleaved() -> list[StoryDoc]:
    return [FLOOD[0], STRIKE[0], UNRELATED, FLOOD[1], STRIKE[1], FLOOD[2], STRIKE[2]]


def build(docs: list[StoryDoc], params: StoryParams | None = None) -> StoryIndex:
    index = StoryIndex(params)
    for doc in docs:
        index.add(doc)
    return index


def test_two_stories_and_an_unrelated_article_give_three_clusters() -> None:
    index = build(interleaved())
    clusters = {c.article_ids for c in index.stories()}
    assert clusters == {
        ("flood-1", "flood-2", "flood-3"),
        ("strike-1", "strike-2", "strike-3"),
        ("recipe-1",),
    }


def test_story_id_is_the_hash_of_its_first_article_and_dates_span_its_articles() -> None:
    index = build(interleaved())
    flood = next(c for c in index.stories() if "flood-1" in c.article_ids)
    assert flood.id == record_id("flood-1")
    assert (flood.first, flood.last) == (date(2024, 3, 4), date(2024, 3, 8))
    assert index.story_of("flood-3") == flood.id


def test_assignment_actions_and_reasons() -> None:
    index = StoryIndex()
    first = index.add(FLOOD[0])
    second = index.add(FLOOD[1])
    assert (first.action, first.story_id, first.merged_ids) == ("started", record_id("flood-1"), ())
    assert second.action == "joined" and second.story_id == first.story_id
    assert second.score >= index.params.join_threshold
    assert "varnholm" in second.reason.lower()


def test_bridging_article_merges_two_stories_into_the_oldest() -> None:
    index = build(interleaved())
    assert len(index) == 3
    result = index.add(BRIDGE)
    assert result.action == "merged"
    assert result.story_id == record_id("flood-1")  # flood-1 arrived before strike-1
    assert result.merged_ids == (record_id("strike-1"),)
    clusters = {c.article_ids for c in index.stories()}
    assert clusters == {
        ("flood-1", "strike-1", "flood-2", "strike-2", "flood-3", "strike-3", "bridge-1"),
        ("recipe-1",),
    }
    assert index.story_of("strike-2") == record_id("flood-1")


def test_same_input_order_gives_identical_state() -> None:
    a = build([*interleaved(), BRIDGE])
    b = build([*interleaved(), BRIDGE])
    assert json.dumps(a.to_state(), sort_keys=True) == json.dumps(b.to_state(), sort_keys=True)
    assert a.stories() == b.stories()


def test_adding_an_article_twice_changes_nothing() -> None:
    index = build(interleaved())
    before = json.dumps(index.to_state(), sort_keys=True)
    again = index.add(FLOOD[1])
    assert (again.story_id, again.reason) == (record_id("flood-1"), "already indexed")
    assert json.dumps(index.to_state(), sort_keys=True) == before


def test_state_round_trip_through_json_behaves_identically() -> None:
    index = build(interleaved())
    state = json.loads(json.dumps(index.to_state()))
    restored = StoryIndex.from_state(state)
    assert restored.to_state() == index.to_state()
    assert restored.stories() == index.stories()
    assert restored.add(BRIDGE) == index.add(BRIDGE)


def test_restoring_a_state_of_another_version_fails_with_advice() -> None:
    state = build(FLOOD).to_state()
    state["version"] = 99
    with pytest.raises(StoryStateError, match="rebuild"):
        StoryIndex.from_state(state)
    broken = build(FLOOD).to_state()
    del broken["df"]
    with pytest.raises(StoryStateError, match="damaged"):
        StoryIndex.from_state(broken)


def _word(n: int) -> str:
    """A made-up word per number, letters only, so each synthetic article has its own vocabulary."""
    consonants, vowels = "bcdfghjklmnpqrstvwxz", "aeiou"
    return consonants[n % 20] + vowels[n // 20 % 5] + consonants[n // 100 % 20] + vowels[n // 2000 % 5] + "rk"


def test_candidate_lookup_scores_a_bounded_number_of_stories() -> None:
    params = StoryParams(candidates=5, posting_cap=16)
    index = StoryIndex(params)
    for n in range(300):
        name = _word(n).capitalize()
        index.add(
            StoryDoc(f"a{n}", None, f"The council of {name} debated the {_word(n + 1000)} {_word(n + 2000)} plan.", None)
        )
    assert len(index) >= 250  # distinct stories, all sharing the word "council"
    before = index.comparisons
    result = index.add(StoryDoc("probe", None, "The council debated the harbour budget again.", None))
    assert result.compared <= 5
    assert index.comparisons - before == result.compared
    assert index.comparisons <= 2 * 5 * 301


def test_time_distance_lowers_the_score() -> None:
    index = build(FLOOD)
    text, title = FLOOD[1].text, FLOOD[1].title
    near = StoryIndex.from_state(index.to_state()).add(StoryDoc("n", title, text, date(2024, 3, 9)))
    far = StoryIndex.from_state(index.to_state()).add(StoryDoc("f", title, text, date(2025, 3, 9)))
    assert near.action == "joined"
    assert far.action == "started"
    assert far.score < near.score / 100
    assert "days from the story" in far.reason or far.score == 0.0


def test_precomputed_entity_keys_are_used_instead_of_capitalisation() -> None:
    index = StoryIndex()
    index.add(StoryDoc("x1", None, "a quiet report on harbour fees rising again", None, ("ent:harbour-board",)))
    result = index.add(StoryDoc("x2", None, "harbour fees keep rising, officials say", None, ("ent:harbour-board",)))
    assert result.action == "joined"
    assert "ent:harbour-board" in result.reason


def test_title_is_taken_from_the_most_central_article() -> None:
    index = build(interleaved())
    titles = {c.article_ids[0]: c.title for c in index.stories()}
    assert titles["flood-1"] in {d.title for d in FLOOD}
    assert titles["strike-1"] in {d.title for d in STRIKE}
    assert titles["recipe-1"] == "A slow-cooked lentil soup"
    assert story_title(FLOOD) in {d.title for d in FLOOD}


def test_title_without_article_titles_is_built_from_names_and_terms() -> None:
    docs = [StoryDoc(d.article_id, None, d.text, d.published) for d in STRIKE]
    title = story_title(docs)
    assert title.strip()
    assert "Kestrel Motors" in title
    index = build(docs)
    (cluster,) = index.stories()
    assert "Kestrel Motors" in cluster.title
    assert story_title([StoryDoc("e", None, "", None)]) == "Story of article e"


def test_first_line_that_reads_like_a_headline_serves_as_title() -> None:
    doc = StoryDoc("h", None, "Quake hits coastal town\n\nA strong earthquake struck the coast on Sunday.", None)
    assert story_title([doc]) == "Quake hits coastal town"


def test_entity_keys_from_mentions_prefer_linked_ids_and_skip_non_names() -> None:
    span = Span("a", 0, 5)
    mentions = [
        Mention("m1", span, span, "Tara Reid", "PERSON"),
        Mention("m2", span, span, "Malibu", "GPE", entity_id="E42"),
        Mention("m3", span, span, "Monday", "DATE"),
    ]
    assert entity_keys_from_mentions(mentions) == ("tara reid", "reid", "E42")


def test_content_terms_fold_plurals_and_drop_numbers_and_calendar_words() -> None:
    counts = content_terms("Thieves stole 3 watches on Monday in March 2013; the thief's car burned.", "Watch thieves")
    assert counts["thieve"] == 3  # once in the text, twice from the title
    assert counts["watch"] == 3
    assert counts["thief"] == 1
    assert "monday" not in counts and "march" not in counts and "2013" not in counts
    assert stem("companies") == "company" and stem("glass") == "glass"


def test_heuristic_names_skip_sentence_openers_and_add_surnames() -> None:
    keys = heuristic_entity_keys("Police said Tara Reid left. Yesterday the Bank of England acted. Reid declined.")
    assert "Tara Reid" in keys and keys.count("Reid") == 2  # the opener "Reid" is a name seen mid-sentence
    assert "Bank of England" in keys
    assert "Police" not in keys and "Yesterday" not in keys
    assert entity_keys_from_names(["The White House"]) == ("White House", "House")


# ---------------------------------------------------------------------- figures and years


QUAKE_2008 = [
    StoryDoc(
        "q08-1",
        None,
        "A 5.6 magnitude earthquake struck Qeshm island off southern Iran on Sunday, injuring 5 people "
        "and damaging 200 homes in 2 villages, the provincial governor said.",
        None,
    ),
    StoryDoc(
        "q08-2",
        None,
        "An earthquake measuring 5.6 shook Qeshm island in southern Iran on Sunday. Officials said 5 "
        "people were hurt and 200 homes damaged in 2 villages near the coast.",
        None,
    ),
]
QUAKE_2005 = StoryDoc(
    "q05-1",
    None,
    "Rescuers searched the rubble of 7 villages on Qeshm island, Iran, after the 6.1 quake "
    "killed 10 people, the Red Crescent said. Tents were handed out in November 2005.",
    None,
)
QUAKE_2008_LATE = StoryDoc(
    "q08-3",
    None,
    "Rescuers on Qeshm island in southern Iran checked 200 damaged homes after the 5.6 magnitude "
    "earthquake on Sunday that hurt 5 people in 2 villages.",
    None,
)


def test_figure_and_year_terms_are_read_from_digits_only() -> None:
    text = "A 5.6 quake hurt 1,500 people on Nov. 12, 2011; the 2010-11 season and a 45-7-2 record."
    assert year_terms(text) == {"2011": 1}
    assert figure_terms(text) == {"5.6": 1, "1500": 1, "12": 1, "45": 1}
    assert year_terms("Quake in 2005", "Quake of 2005", title_weight=2) == {"2005": 3}
    assert figure_terms("2,000 homes, 2000 votes, at 19:09 on 12/16/08") == {"2000": 1}  # "2000" reads as a year
    assert year_terms("2,000 homes, 2000 votes, at 19:09 on 12/16/2008") == {"2000": 1}
    assert content_terms(text)["quake"] == 1 and "2011" not in content_terms(text)


def test_same_kind_of_event_with_other_figures_starts_its_own_story() -> None:
    # The place and the kind of event match; the figures (magnitude, toll, villages) do not. Scored on
    # the feed's own counts (no background pseudo-documents), so the threshold can sit between the two.
    params = StoryParams(join_threshold=0.35, background_docs=0)
    index = build([*interleaved(), *QUAKE_2008], params)
    other = StoryIndex.from_state(index.to_state()).add(QUAKE_2005)
    same = StoryIndex.from_state(index.to_state()).add(QUAKE_2008_LATE)
    assert other.action == "started"
    assert "figures 0.00" in other.reason and "shared names: Iran, Qeshm" in other.reason
    assert same.action == "joined" and same.story_id == record_id("q08-1")
    assert "figures 0.87" in same.reason  # 5.6, 5, 200 and 2 all agree
    # Judged on words and names alone, the other earthquake would have joined the story.
    blind = build([*interleaved(), *QUAKE_2008], replace(params, figure_weight=0.0, year_weight=0.0))
    joined = blind.add(QUAKE_2005)
    assert joined.action == "joined" and joined.story_id == record_id("q08-1")
    assert other.score == pytest.approx(joined.score * 0.7 / 1.0, abs=0.01)  # figures hold 0.3 of the weight


def test_feature_sets_one_side_lacks_are_left_out_of_the_score() -> None:
    index = build(FLOOD)  # no figures or years in the flood reports
    result = StoryIndex.from_state(index.to_state()).add(
        StoryDoc("f4", FLOOD[1].title, FLOOD[1].text + " The levee was built in 1998.", date(2024, 3, 9))
    )
    plain = StoryIndex.from_state(index.to_state()).add(StoryDoc("f5", FLOOD[1].title, FLOOD[1].text, date(2024, 3, 9)))
    assert "years" not in result.reason and "figures" not in result.reason
    assert result.action == plain.action == "joined"


def test_a_lone_shared_year_counts_less_than_full_agreement() -> None:
    first = StoryDoc("y1", None, "Harbour fees rose at Port Selby in 2019, the board said.", None)
    second = StoryDoc("y2", None, "Harbour fees at Port Selby rose in 2019, the board said.", None)
    damped = build([first]).add(second)
    plain = build([first], StoryParams(evidence_prior=0.0)).add(second)
    assert "years 0.42" in damped.reason  # the evidence prior: one shared year of low IDF is weak evidence
    assert "years 1.00" in plain.reason  # a bare cosine over one feature is all or nothing


HEIST = [
    StoryDoc(
        "h1",
        None,
        "Armed robbers raided a jewellery store on the Rue Verlaine in Lenmark on Thursday, escaping with rings "
        "and watches, police said.",
        None,
    ),
    StoryDoc(
        "h2",
        None,
        "Police in Lenmark hunted the armed robbers who raided a jewellery store on the Rue Verlaine on Thursday "
        "and fled with rings and watches.",
        None,
    ),
]
HEIST_MONDAY = StoryDoc(
    "h3",
    None,
    "Robbers raided a jewellery store in Lenmark on Monday, escaping with watches and rings after smashing the "
    "window, police said.",
    None,
)
HEIST_THURSDAY = replace(HEIST_MONDAY, article_id="h4", text=HEIST_MONDAY.text.replace("Monday", "Thursday"))


def test_weekday_terms_count_named_days_but_not_habits() -> None:
    text = "The quake struck on Sunday. SUNDAY'S quake was the worst; markets close on Sundays and on Friday."
    assert weekday_terms(text) == {"sunday": 2, "friday": 1}
    assert weekday_terms("Talks resumed", "Talks resume on Monday", title_weight=2) == {"monday": 2}
    assert "sunday" not in content_terms(text)  # a stop word among the content terms


def test_same_kind_of_event_on_another_weekday_starts_its_own_story() -> None:
    # Same city, same kind of raid, the same loot: only the day named differs. Scored on the feed's own
    # counts (no background pseudo-documents), so the threshold can sit between the two scores.
    params = StoryParams(join_threshold=0.5, background_docs=0)
    index = build([*interleaved(), *HEIST], params)
    other = StoryIndex.from_state(index.to_state()).add(HEIST_MONDAY)
    same = StoryIndex.from_state(index.to_state()).add(HEIST_THURSDAY)
    assert other.action == "started" and "weekdays 0.00" in other.reason
    assert same.action == "joined" and same.story_id == record_id("h1") and "weekdays 0.76" in same.reason
    blind = build([*interleaved(), *HEIST], replace(params, weekday_weight=0.0)).add(HEIST_MONDAY)
    assert blind.action == "joined" and "weekdays" not in blind.reason
    # terms and names hold 0.7 of the weight; the weekday set adds 0.1 that, here, agrees on nothing
    assert other.score == pytest.approx(blind.score * 0.7 / 0.8, abs=0.01)


def saved_before(index: StoryIndex, param: str, kind: str) -> dict:
    """The index's state as a version before the feature set ``kind`` (weighed by ``param``) saved it."""
    state = json.loads(json.dumps(index.to_state()))
    del state["params"][param]
    for story in state["stories"]:
        del story["tables"][kind], story["norms"][kind]
    return state


def test_state_saved_before_weekdays_scores_as_it_did() -> None:
    before = StoryParams(weekday_weight=0.0)
    index = build([*interleaved(), *HEIST], before)
    restored = StoryIndex.from_state(saved_before(index, "weekday_weight", "d:"))
    assert restored.params == before
    assert restored.add(HEIST_MONDAY) == index.add(HEIST_MONDAY)


def test_version_1_state_is_read_and_scores_as_it_did() -> None:
    v1_params = StoryParams(entity_weight=0.7, term_weight=0.3, figure_weight=0.0, year_weight=0.0, evidence_prior=0.0)
    index = build(interleaved(), v1_params)
    state = json.loads(json.dumps(index.to_state()))
    state["version"] = 1
    for field in ("term_weight", "figure_weight", "year_weight", "evidence_prior"):
        del state["params"][field]
    for story in state["stories"]:
        tables, norms = story.pop("tables"), story.pop("norms")
        story["terms"], story["entities"] = tables["t:"], tables["e:"]
        story["norms"] = [norms["t:"], norms["e:"]]
    restored = StoryIndex.from_state(state)
    assert restored.params == v1_params
    assert restored.stories() == index.stories()
    assert restored.add(BRIDGE) == index.add(BRIDGE)
    assert restored.to_state()["version"] == 3  # saved as the current version


# ---------------------------------------------------------------------- stored index (rows read on demand)


class RowStore:
    """What a Store keeps of a story index: rows by (part, name), counting the rows read."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], str] = {}
        self.read_names: list[tuple[str, str]] = []

    def read(self, part: str, names: list[str]) -> dict[str, str]:
        self.read_names += [(part, n) for n in names]
        return {n: self.rows[(part, n)] for n in names if (part, n) in self.rows}

    def write(self, rows: dict[str, dict[str, str | None]]) -> None:
        for part, named in rows.items():
            for name, value in named.items():
                if value is None:
                    self.rows.pop((part, name), None)
                else:
                    self.rows[(part, name)] = value


def add_stored(rows: RowStore, docs: list[StoryDoc]) -> list[StoryAssignment]:
    """One link call: restore the index from rows, add the docs, write back what changed."""
    index = StoryIndex.stored(rows.read)
    index = StoryIndex(read=rows.read) if index is None else index
    out = [index.add(doc) for doc in docs]
    rows.write(index.take_rows())
    return out


def test_stored_index_over_several_calls_places_articles_as_one_in_memory_index() -> None:
    docs = interleaved()
    memory = StoryIndex()
    expected = [memory.add(doc) for doc in docs]
    rows = RowStore()
    got = add_stored(rows, docs[:2]) + add_stored(rows, docs[2:5]) + add_stored(rows, docs[5:])
    assert got == expected
    again = StoryIndex.stored(rows.read)
    assert again is not None and again.story_of(FLOOD[2].article_id) == memory.story_of(FLOOD[2].article_id)
    assert len(again) == len(memory) == 3
    assert {k for k, _ in rows.rows} == {"df", "posting", "story", "article", "member", "meta"}
    assert sum(1 for part, _ in rows.rows if part == "story") == len(memory)


def test_a_call_writes_back_only_what_it_changed() -> None:
    rows = RowStore()
    add_stored(rows, interleaved())
    index = StoryIndex.stored(rows.read)
    assert index is not None
    index.add(StoryDoc("flood-4", FLOOD[0].title, FLOOD[0].text, date(2024, 3, 11)))
    written = index.take_rows()
    assert list(written["story"]) == [index.story_of(FLOOD[0].article_id)]  # the scored strike story is not rewritten
    assert list(written["article"]) == ["flood-4"]
    assert index.take_rows()["story"] == {}  # nothing new since


def test_merged_story_rows_are_deleted_and_redirected() -> None:
    rows = RowStore()
    add_stored(rows, interleaved())
    (result,) = add_stored(rows, [BRIDGE])
    assert result.action == "merged" and result.merged_ids == (record_id("strike-1"),)
    live = {name for part, name in rows.rows if part == "story"}
    assert live == {record_id("flood-1"), record_id("recipe-1")}
    assert rows.rows[("redirect", record_id("strike-1"))] == json.dumps(record_id("flood-1"))
    index = StoryIndex.stored(rows.read)
    assert index is not None and len(index) == 2
    assert index.story_of("strike-2") == record_id("flood-1")


def test_stored_index_reads_a_bounded_slice_per_article() -> None:
    rows = RowStore()
    docs = [StoryDoc(f"a{i}", None, f"{_word(i)} {_word(i + 1)} {_word(i * 7)} harbour strike talks", date(2024, 1, 1 + i % 28))
            for i in range(300)]  # fmt: skip
    for start in range(0, 300, 50):
        add_stored(rows, docs[start : start + 50])
    rows.read_names.clear()
    add_stored(rows, [StoryDoc("new", None, f"{_word(5)} {_word(6)} harbour strike talks", date(2024, 1, 9))])
    stories_read = [n for part, n in rows.read_names if part == "story"]
    assert 0 < len(stories_read) <= StoryParams().candidates
    assert len(rows.read_names) < 200  # df of its terms, their postings, redirects, candidates: not the store


def test_stored_index_of_another_version_fails_with_advice() -> None:
    rows = RowStore()
    add_stored(rows, FLOOD)
    rows.rows[("meta", "version")] = "99"
    with pytest.raises(StoryStateError, match="rebuild the story index"):
        StoryIndex.stored(rows.read)


TRIAL = [
    StoryDoc("trial-1", "Harbour chief Corvin Dask charged with bribery",
             "Prosecutors in Lindmark charged Corvin Dask, the former head of the Lindmark harbour board, with "
             "bribery on Tuesday. Judge Marta Okonkwo set the opening of his trial for May 12. Dask denies the "
             "charges, his lawyer Teodor Vasz said.", date(2025, 2, 11)),
    StoryDoc("trial-2", "Bribery trial of Lindmark harbour chief Corvin Dask opens",
             "The bribery trial of Corvin Dask, the former head of the Lindmark harbour board, opened before Judge "
             "Marta Okonkwo. Dask pleaded not guilty, his lawyer Teodor Vasz said.", date(2025, 5, 12)),
]  # fmt: skip


def test_days_ahead_are_written_dates_after_publication_within_the_horizon() -> None:
    text = ("The hearing was set for March 12 and the verdict delayed until June 24. The fire of May 2 "
            "and the talks on Jan. 5 were recalled; a vote is due on 3 October.")
    # Jan. 5 is past (and a year on, beyond the horizon), 3 October beyond the horizon; a date with no
    # year is a day of the next half year, whatever it dates (the fire of May 2 too)
    assert days_ahead(text, None, date(2026, 2, 4)) == (date(2026, 3, 12), date(2026, 5, 2), date(2026, 6, 24))
    assert days_ahead("Talks resume Jan 5, after the Dec. 28 break.", None, date(2026, 12, 30)) == (date(2027, 1, 5),)
    assert days_ahead(text, None, None) == ()
    assert days_ahead(text, None, date(2026, 2, 4), limit=1) == (date(2026, 3, 12),)


def test_a_report_on_a_day_the_story_announced_joins_it_however_long_after() -> None:
    index = build(TRIAL[:1])
    (joined,) = [index.add(TRIAL[1])]
    assert joined.action == "joined" and joined.story_id == record_id("trial-1")
    assert "90 days from the story but 0 from a day it announced, x1.00" in joined.reason
    # the same report a month after the announced day is far from the story again
    late = build(TRIAL[:1]).add(replace(TRIAL[1], article_id="late", published=date(2025, 6, 20)))
    assert late.action == "started" and "129 days from the story, x" in late.reason
    # with announced days off (a state saved before them), the trial's opening starts its own story
    off = StoryIndex(StoryParams(ahead_per_article=0))
    off.add(TRIAL[0])
    assert off.add(TRIAL[1]).action == "started"


def test_announced_days_survive_the_state_round_trip() -> None:
    index = build(TRIAL[:1])
    state = json.loads(json.dumps(index.to_state()))
    (story,) = state["stories"]
    assert story["ahead"] == ["2025-05-12"] and story["members"][0][7] == ["2025-05-12"]
    assert StoryIndex.from_state(state).add(TRIAL[1]).action == "joined"


def test_state_saved_before_announced_days_keeps_them_off() -> None:
    state = build(TRIAL[:1]).to_state()
    for key in ("ahead_horizon_days", "ahead_per_article", "ahead_per_story"):
        del state["params"][key]
    (story,) = state["stories"]
    del story["ahead"]
    story["members"] = [m[:7] for m in story["members"]]
    restored = StoryIndex.from_state(state)
    assert restored.params.ahead_per_article == 0
    assert restored.add(TRIAL[1]).action == "started"  # scored as it was when saved
