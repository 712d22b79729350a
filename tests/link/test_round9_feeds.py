"""Round 9 robustness feeds (hostage case, trial, recall, outbreak): the cross-article linking rules they
called for, on small synthetic records and short texts."""

from __future__ import annotations

import json
from datetime import date

from storyline.link.entities import merge_entities
from storyline.link.runner import GIVEN, SURNAME, _lone_word_lookup, merge_lookup
from storyline.link.stories import ENTITY, FIGURE, TERM, WEEKDAY, _within_week
from storyline.link.timeline import ReportedEvent, TimelineState, build_timeline, merge_events
from storyline.records import Entity, Event, Span, TimeRef

def test_weekdays_are_not_compared_between_reports_more_than_a_week_apart():
    kinds = [TERM, ENTITY, FIGURE, WEEKDAY]
    first, last = date(2026, 1, 12), date(2026, 2, 8)
    assert WEEKDAY not in _within_week(kinds, date(2026, 3, 27), first, last)  # the verdict, weeks later
    assert WEEKDAY not in _within_week(kinds, date(2026, 1, 2), first, last)  # ten days before the story
    assert _within_week(kinds, date(2026, 2, 12), first, last) == kinds  # four days after its last report
    assert _within_week(kinds, date(2026, 1, 20), first, last) == kinds  # within its span
    assert _within_week(kinds, None, first, last) == kinds  # no publication date (ECB+)


def test_a_lone_word_tagged_person_is_the_known_place_of_that_name():
    place = Entity("p1", "Mirenza", "GPE", ("Mirenza",))
    lone = Entity("p2", "Mirenza", "PERSON", ("Mirenza",))
    together = merge_entities([("a", place), ("b", lone)])
    assert together.mapping["p1"] == together.mapping["p2"]
    later = merge_entities([("b", lone)])  # the person first, the place in a later link call
    again = merge_entities([("a", place)], known=later.entities)
    assert again.redirects == {later.mapping["p2"]: again.mapping["p1"]}
    # a person of that surname is known: "Mirenza" alone is that person, not the place
    full = Entity("p3", "Ana Mirenza", "PERSON", ("Ana Mirenza",))
    kept = merge_entities([("a", place), ("b", lone), ("c", full)])
    assert kept.mapping["p2"] == kept.mapping["p3"] != kept.mapping["p1"]


def test_the_store_lookup_finds_what_the_lone_word_fold_reads():
    # a lone-word person asks for the place of its name (and whether the word is anyone's given name),
    # a place for a lone-word person of its name and the full names with it as their surname
    every, one, _ = merge_lookup([Entity("l", "Mirenza", "PERSON", ("Mirenza",))])
    assert "place:mirenza" in every and GIVEN + "mirenza" in one
    every, _, _ = merge_lookup([Entity("l", "Mirenza", "GPE", ("Mirenza",))])
    assert {"person:mirenza", SURNAME + "mirenza"} <= every
    assert _lone_word_lookup(Entity("l", "Health Ministry", "ORG", ("Health Ministry",))) == set()


def _act(article, start, type_, word, day, how, published, sources, targets):
    """A reported act with its doers and done-to (canonical keys) dated by its clause or sentence."""
    when = TimeRef(id=f"t-{article}", span=Span(article, 0, 5), sentence=Span(article, 0, 100), text="Friday",
                   value=day.isoformat(), kind="date", approx=False, earliest=day, latest=day)
    event = Event(id=f"{article}-{start}", type=type_, mode=None, source_actors=(), target_actors=(), location=None,
                  when=when, when_how=how, modality="happened", trigger=Span(article, start, start + len(word)),
                  sentence=Span(article, 0, 100), text=word, attributed_to=None, confidence=0.8, reason="test")
    actors = frozenset(sources) | frozenset(targets)
    return ReportedEvent(event, published, actors, tuple(sorted(actors)), None, None, frozenset(sources),
                         frozenset(targets))


FRIDAY, SATURDAY = date(2026, 3, 27), date(2026, 3, 28)


def test_one_sentence_reported_with_different_doers_is_one_entry():
    # "A court in Velmora found Corvan guilty on Friday and sentenced him" (the day from the sentence) and
    # "Corvan was sentenced on Friday, the state news agency said" (a nationality read as a second target)
    court = _act("v1", 70, "COERCE", "sentenced", FRIDAY, "sentence", FRIDAY, {"court"}, {"e:corvan"})
    agency = _act("v2", 42, "COERCE", "sentenced", FRIDAY, "clause", SATURDAY, set(), {"e:velmoran", "e:corvan"})
    (entry,) = build_timeline([court, agency]).entries
    assert len(entry.article_ids) == 2


def test_same_target_same_day_stays_apart_for_other_types_words_days_or_a_shared_doer():
    base = _act("v1", 70, "COERCE", "sentenced", FRIDAY, "clause", FRIDAY, {"court"}, {"e:corvan"})
    others = [
        _act("v2", 9, "SUPPORT", "endorsed", FRIDAY, "clause", FRIDAY, {"e:obama"}, {"e:corvan"}),  # endorsements
        _act("v3", 9, "COERCE", "arrested", FRIDAY, "clause", FRIDAY, {"e:police"}, {"e:corvan"}),  # another word
        _act("v4", 9, "COERCE", "sentenced", SATURDAY, "clause", SATURDAY, {"e:judge"}, {"e:corvan"}),  # another day
        _act("v5", 9, "COERCE", "sentenced", FRIDAY, "article", FRIDAY, {"e:judge"}, {"e:corvan"}),  # the article's day
        _act("v6", 9, "COERCE", "sentenced", FRIDAY, "clause", FRIDAY, {"e:corvan"}, {"e:aide"}),  # Corvan the doer
    ]
    for other in others:
        assert len(build_timeline([base, other]).entries) == 2, other.event.id


def test_kept_timeline_state_keeps_the_dated_targets():
    court = _act("v1", 70, "COERCE", "sentenced", FRIDAY, "sentence", FRIDAY, {"court"}, {"e:corvan"})
    agency = _act("v2", 42, "COERCE", "sentenced", FRIDAY, "clause", SATURDAY, set(), {"e:velmoran", "e:corvan"})
    state = TimelineState.from_groups(merge_events([court]))
    state = TimelineState.from_json(json.loads(json.dumps(state.to_json())))
    state.extend([agency])
    assert [e.article_ids for e in state.timeline().entries] == [e.article_ids for e in build_timeline([court, agency]).entries]
