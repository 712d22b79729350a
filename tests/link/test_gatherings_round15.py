"""Round 15: one gathering told by several reports that name it differently is one entry.

A two-day summit announced "on March 18-19 at Lake Merren" (the analysis took the lake for one of its
parties), confirmed "will go ahead as planned on Wednesday" by a report naming no one, and told as
opened by leaders "at Lake Merren" (the place) made three entries and no "planned -> happened"."""

from dataclasses import replace
from datetime import date

from storyline.analyze.event_words import trigger_note
from storyline.link.timeline import ReportedEvent, TimelineState, build_timeline, merge_events
from storyline.records import Event, Span, TimeRef

MAR2, MAR16, MAR18 = date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 18)


def when(article, earliest, latest=None):
    return TimeRef(id=f"t{article}", span=Span(article, 0, 5), sentence=Span(article, 0, 100), text="then",
                   value=earliest.isoformat(), kind="date", approx=False, earliest=earliest, latest=latest or earliest)


def report(article, modality, published, *, text="summit", pos="NOUN", type_="CONSULT", actors=(), names=None,
           place=None, time=None):
    event = Event(
        id=f"{article}-{text}", type=type_, mode=None, source_actors=(), target_actors=(), location=place,
        when=time, when_how="clause" if time else "article", modality=modality,
        trigger=Span(article, 10, 10 + len(text)), sentence=Span(article, 0, 100), text=text,
        attributed_to=None, confidence=0.8, reason=trigger_note(text.lower(), pos) + f" -> {type_}",
    )
    return ReportedEvent(event, published, frozenset(actors), tuple(names or actors),
                         place.lower() if place else None, place)


# "Valdoria will host leaders at a two-day summit on March 18-19 at the lakeside resort of Lake Merren"
ANNOUNCED = report("s1", "planned", MAR2, actors=("e:lake",), names=("Lake Merren",),
                   time=when("s1", MAR18, date(2026, 3, 19)))
# "The summit itself will go ahead as planned on Wednesday, he said."
CONFIRMED = report("s2", "planned", MAR16, time=when("s2", MAR18))
# "Leaders from nine countries have opened a two-day summit at Lake Merren"
OPENED = report("s3", "happened", MAR18, actors=("e:caspian", "leaders"), names=("Caspian", "Leaders"),
                place="Lake Merren")


def test_an_unnamed_report_dated_within_the_days_of_the_gathering_joins_it():
    timeline = build_timeline([ANNOUNCED, CONFIRMED])
    (entry,) = timeline.entries
    assert entry.article_ids == ("s1", "s2")
    # a day outside the two days stays apart
    assert len(merge_events([ANNOUNCED, report("s2", "planned", MAR16, time=when("s2", date(2026, 3, 21)))])) == 2


def test_a_week_or_a_verb_says_too_little():
    # "will meet sometime next week": a week is when it is, not how long it lasts
    week = replace(ANNOUNCED, event=replace(ANNOUNCED.event, when=when("s1", date(2026, 3, 16), date(2026, 3, 22))))
    assert len(merge_events([week, CONFIRMED])) == 2
    # "to call voters on Monday" and "we can call this right now": verbs, acts of their own
    calls = report("s1", "happened", MAR2, text="call", pos="VERB", actors=("e:side",), names=("side",),
                   time=when("s1", MAR2, date(2026, 3, 3)))
    call = report("s2", "hypothetical", MAR2, text="call", pos="VERB", time=when("s2", MAR2))
    assert len(merge_events([calls, call])) == 2


def test_a_place_taken_for_a_party_joins_the_report_naming_it_as_the_place():
    timeline = build_timeline([ANNOUNCED, OPENED])
    (entry,) = timeline.entries
    assert entry.history == (("s1", "planned"), ("s3", "happened"))
    (change,) = timeline.changes
    assert (change.before, change.after) == ("planned", "happened")
    # another place, or the name as a party of a verb ("the people of South Carolina have spoken"), does not
    elsewhere = replace(OPENED, location="geneva", place="Geneva")
    assert len(merge_events([ANNOUNCED, elsewhere])) == 2
    spoken = report("s3", "happened", MAR18, text="spoken", pos="VERB", actors=("e:sc",), names=("South Carolina",))
    speaking = report("s4", "happened", MAR18, text="Speaking", pos="VERB", actors=("e:cruz",), names=("Ted Cruz",),
                      place="South Carolina")
    assert len(merge_events([spoken, speaking])) == 2


def test_the_summit_planned_then_held_is_one_entry_kept_between_link_calls():
    reports = [ANNOUNCED, CONFIRMED, OPENED]
    whole = build_timeline(reports)
    (entry,) = whole.entries
    assert entry.history == (("s1", "planned"), ("s2", "planned"), ("s3", "happened"))
    assert [(c.before, c.after, c.before_article, c.after_article) for c in whole.changes] == [
        ("planned", "happened", "s2", "s3")]
    # the kept state (to_json/from_json) extended with the later reports gives the same timeline
    state = TimelineState.from_json(TimelineState.from_groups(merge_events([ANNOUNCED])).to_json())
    state.extend([CONFIRMED])
    state = TimelineState.from_json(state.to_json())
    state.extend([OPENED])
    assert state.timeline().entries == whole.entries
