"""Round 19 (real articles, diplomatic rows): a claim or a denial of an act that names its doer disputes
who did it, not whether it was done. "Trudeau accused India of killing Nijjar in June" (claimed, India
its doer) then "the killing of Nijjar" (happened, no doer) read as "ASSAULT: claimed -> happened", i.e.
"the accusation was confirmed", which the later report never said (link.timeline._quiet)."""

from dataclasses import replace
from datetime import date

from storyline.link.timeline import ReportedEvent, TimelineState, build_timeline, status_path
from storyline.records import Event, Span

SEP15, SEP18, SEP22 = date(2023, 9, 15), date(2023, 9, 18), date(2023, 9, 22)


def killing(article, modality, doers, published, text="killing"):
    event = Event(
        id=f"{article}-1", type="ASSAULT", mode="kill", source_actors=(), target_actors=(), location=None,
        when=None, when_how="article", modality=modality, trigger=Span(article, 10, 10 + len(text)),
        sentence=Span(article, 0, 100), text=text, attributed_to=None, confidence=0.8, reason="test",
    )
    actors = frozenset(doers) | {"e:nijjar"}
    return ReportedEvent(event, published, actors, tuple(sorted(actors)), None, None,
                         frozenset(doers), frozenset({"e:nijjar"}))


def _both(reports):
    """The timeline built whole, and the one kept between link calls (one report a call, through JSON)."""
    state = TimelineState()
    for r in reports:
        state = TimelineState.from_json(state.to_json())
        state.extend([r])
    return build_timeline(reports), state.timeline()


def test_an_accusation_naming_the_doer_then_the_act_with_no_doer_is_no_change():
    accused = killing("a1", "claimed", {"e:india"}, SEP15)
    told = killing("a2", "happened", set(), SEP18)
    for timeline in _both([accused, told]):
        (entry,) = timeline.entries
        assert timeline.changes == ()
        assert entry.quiet == ("a2",)
        assert status_path(entry.history, entry.quiet) == ["claimed"]
        assert entry.modality == "happened"  # the killing itself is told as done


def test_a_denial_by_the_doer_then_the_act_with_no_doer_is_no_change():
    denied = killing("a1", "negated", {"e:india"}, SEP15)
    told = killing("a2", "happened", set(), SEP18)
    for timeline in _both([denied, told]):
        assert timeline.changes == ()
        (entry,) = timeline.entries
        assert status_path(entry.history, entry.quiet) == ["negated"]


def test_the_same_doer_told_as_having_done_it_is_still_a_change():
    accused = killing("a1", "claimed", {"e:india"}, SEP15)
    told = killing("a2", "happened", set(), SEP18)
    admitted = killing("a3", "happened", {"e:india"}, SEP22)
    for timeline in _both([accused, told, admitted]):
        (change,) = timeline.changes
        assert (change.before, change.after, change.before_article, change.after_article) == ("claimed", "happened", "a1", "a3")
        (entry,) = timeline.entries
        assert status_path(entry.history, entry.quiet) == ["claimed", "happened"]
    for timeline in _both([accused, admitted]):
        assert [(c.before, c.after) for c in timeline.changes] == [("claimed", "happened")]


def test_a_denial_then_the_same_doer_admitting_it_is_still_a_change():
    denied = killing("a1", "negated", {"e:army"}, SEP15, text="strike")
    admitted = killing("a2", "happened", {"e:army"}, SEP18, text="strike")
    for timeline in _both([denied, admitted]):
        (change,) = timeline.changes
        assert (change.before, change.after) == ("negated", "happened")
        assert status_path(timeline.entries[0].history, timeline.entries[0].quiet) == ["negated", "happened"]


def test_a_denial_of_an_act_done_together_is_not_about_a_doer():
    # "Iran denied holding talks" then "the talks were held": a meeting has no doer to dispute
    def talks(article, modality, doers, published):
        r = killing(article, modality, doers, published, text="talks")
        return replace(r, event=replace(r.event, type="CONSULT", mode="meet"))
    denied, held = talks("a1", "negated", {"e:iran"}, SEP15), talks("a2", "happened", set(), SEP18)
    for timeline in _both([denied, held]):
        assert [(c.before, c.after) for c in timeline.changes] == [("negated", "happened")]
