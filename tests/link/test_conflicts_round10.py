"""Figure conflicts, round 10: subjects keyed by their head noun, not their last word; money
estimates of one named thing; rates compared only over one period; counts of a plan kept apart
from what was done; parts of a breakdown not compared; a count given again as "the number of
households" later in one report disputed there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storyline.analyze.quantities import PERIOD_MARK
from storyline.link.conflicts import (
    DEAD,
    FigureLedger,
    ReportedFigure,
    _noun_key,
    figure_conflicts,
    figure_key,
    mark_breakdowns,
)
from storyline.records import Quantity, Span

from .test_conflicts_crowd_feeds import feed_conflicts

FEEDS = Path(__file__).parent.parent / "data" / "figures_round10"
MON, TUE, WED = date(2026, 9, 14), date(2026, 9, 15), date(2026, 9, 16)


def q(article, qid, low, unit, subject=None, *, high=None, text=None, sentence=0, reason="number"):
    return Quantity(id=qid, span=Span(article, sentence + 1, sentence + 4), sentence=Span(article, sentence, sentence + 50),
                    text=text or f"{low:,}", low=low, high=low if high is None else high, approx=None, unit=unit,
                    subject=subject, attributed_to=None, as_of=None, reason=reason)


def test_subjects_are_keyed_by_their_head_noun_not_their_last_word():
    assert _noun_key("the death toll in the region") == "toll"
    assert _noun_key("the number of people forced from their homes") == "people"
    assert _noun_key("the number of households cut off") == "household"
    assert _noun_key("the total number of emails in the private account") == "email"
    assert _noun_key("the number of people collecting pensions") == "people"
    assert _noun_key("the voters surveyed in a new poll released Monday") == "voter"
    assert _noun_key("the 2,383 delegates needed to win the nomination") == "delegate"
    assert _noun_key("the country's population") == "population"
    assert _noun_key("the federally mandated minimum wage") == "wage"
    assert _noun_key("Jeb Bush, a former two-term governor") == "bush"
    assert _noun_key("a tax cut") == "cut"
    assert _noun_key("the damage") == "damage"


def test_a_toll_in_a_place_counts_the_dead_and_a_number_of_households_counts_households():
    assert figure_key(q("a", "1", 3, "people", "the death toll in the region")) == ("people", DEAD)
    # the subject names the unit again: the figure is compared by the event that counts it
    assert figure_key(q("a", "2", 240000, "households", "the number of households cut off"), "cut") == ("household", "@cut")
    assert figure_key(q("a", "3", 4.2, "percentage points", "The margin of sampling error among that group")) is None
    assert figure_key(q("a", "4", 44, "percent", "Jeb Bush, a former governor")) == ("percent", "=bush")


def test_two_sources_estimating_one_damage_conflict_only_when_their_ranges_are_apart():
    ministry = ReportedFigure(q("d1", "q1", 40e6, "USD", "the damage", text="$40 million"), MON, "the ministry")
    analysts = ReportedFigure(q("d2", "q2", 30e6, "USD", "the damage", high=50e6, text="between $30 and $50 million"),
                              TUE, "Analysts at Brandt Capital")
    insurers = ReportedFigure(q("d3", "q3", 75e6, "USD", "the damage", text="$75 million"), WED, "Insurers")
    assert figure_conflicts([ministry, analysts]) == []
    conflicts = figure_conflicts([ministry, analysts, insurers])
    assert [(c.subject, c.reason) for c in conflicts] == [
        ("damage (usd)", "'$40 million' (the ministry) vs '$75 million' (Insurers)"),
        ("damage (usd)", "'between $30 and $50 million' (Analysts at Brandt Capital) vs '$75 million' (Insurers)"),
    ]


def _rate(article, qid, low, high=None, period="day", text=None):
    reason = f"number; {PERIOD_MARK} {period} ('a {period}')" if period else "number"
    return q(article, qid, low, "EUR", "the closure of the river channel", high=high, text=text, reason=reason)


def test_rates_compare_only_with_rates_of_the_same_period():
    daily = ReportedFigure(_rate("d1", "q1", 80e6, text="80 million"), MON, "The port authority")
    lower = ReportedFigure(_rate("d2", "q2", 30e6, 40e6, text="between 30 and 40 million"), TUE, "the association")
    total = ReportedFigure(_rate("d2", "q3", 150e6, period=None, text="150 million"), TUE, "the association")
    yearly = ReportedFigure(_rate("d3", "q4", 2e9, period="year", text="2 billion"), WED, "Insurers")
    assert figure_key(daily.quantity) == ("eur per day", "closure")
    assert figure_key(yearly.quantity) == ("eur per year", "closure")
    (conflict,) = figure_conflicts([daily, lower, total, yearly])
    assert conflict.subject == "closure (eur per day)"
    assert conflict.reason == "'80 million' (The port authority) vs 'between 30 and 40 million' (the association)"


def test_a_count_by_a_planned_event_is_keyed_apart_from_what_was_done():
    plan = ReportedFigure(q("s1", "q1", 300, "detainees"), date(2026, 4, 6), "Mediator Anselm Roth", "freed", "freed",
                          planned=True)
    done = ReportedFigure(q("s2", "q2", 280, "detainees"), date(2026, 4, 13), "The Foreign Ministry", "freed", "freed")
    assert figure_key(plan.quantity, plan.event, plan.planned) == ("detainee", "@freed (planned)")
    assert figure_conflicts([plan, done]) == []
    other_plan = ReportedFigure(q("s3", "q3", 200, "detainees"), date(2026, 4, 7), "The Front", "freed", "freed",
                                planned=True)
    (conflict,) = figure_conflicts([plan, other_plan])
    assert conflict.subject == "detainee (freed, planned)"


def test_parts_of_a_breakdown_in_one_sentence_are_not_compared():
    whole = ReportedFigure(q("s1", "q1", 300, "detainees"), date(2026, 4, 12), "Mediator Anselm Roth", "freed", "freed")
    parts = mark_breakdowns([
        ReportedFigure(q("s2", "q2", 150, "detainees"), date(2026, 4, 13), "The Foreign Ministry", "freed", "freed"),
        ReportedFigure(q("s2", "q3", 146, "detainees"), date(2026, 4, 13), "The Foreign Ministry", "freed", "freed"),
    ])
    assert [f.part for f in parts] == [True, True]
    assert figure_conflicts([whole, *parts]) == []
    ledger = FigureLedger()
    for f in [whole, *parts]:
        ledger.extend([f])
    assert ledger.conflicts() == []


def test_two_sources_in_one_sentence_are_no_breakdown():
    figures = mark_breakdowns([
        ReportedFigure(q("c1", "q1", 8000, "people", "the crowd"), MON, "Police"),
        ReportedFigure(q("c1", "q2", 20000, "people", "attendance"), MON, "organizers"),
    ])
    assert [f.part for f in figures] == [False, False]
    (conflict,) = figure_conflicts(figures)
    assert conflict.subject == "crowd (people, one report)"


def _conflicts(tmp_path: Path, feed: str) -> list[tuple[str, str, str]]:
    return feed_conflicts(tmp_path, FEEDS / feed)


def test_grid_operator_puts_the_number_of_households_cut_off_higher_in_one_report(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "grid.jsonl") == [
        ("figure", "the number of households cut off (households)",
         "'about 180,000' (Petro Halych) vs '240,000' (The state grid operator Energoset), in one report"),
    ]


def test_a_plan_and_the_parts_of_the_exchange_are_no_dispute_but_the_civilian_toll_is(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "swap.jsonl") == [
        # a toll speaking again of another is labelled as the toll pass labels it (round 17, conflicts._one_report_subject)
        ("figure", "civilian (killed), one report",
         "'412' (The Health Ministry) vs 'closer to 700' (the Front), in one report"),
    ]


def test_a_draft_package_that_would_target_22_and_now_targets_25_is_no_dispute(tmp_path: Path) -> None:
    assert [c for c in _conflicts(tmp_path, "sanctions.jsonl") if c[0] == "figure"] == []


def test_a_pronoun_speaker_gives_figures_as_the_one_it_stands_for():
    # "31 people were wounded, regional governor Oleh Synehubov said" ... next day "He said 57 people
    # had been wounded": one source revising its count, not two sources disputing it
    from datetime import date as _date

    from storyline.link.story_build import _reports
    from storyline.records import Entity, Quantity, Span
    from storyline.store.base import LinkInputs

    def member(aid, day, speaker, value):
        quantity = Quantity(id=f"{aid}-n", span=Span(aid, 0, 2), sentence=Span(aid, 0, 60), text=str(value),
                            low=value, high=value, approx=None, unit="people", subject=None,
                            attributed_to=f"{aid}-q", as_of=None, reason="people wounded")
        local = Entity(f"{aid}-e", "Oleh Synehubov" if aid == "a1" else "Synehubov", "PERSON")
        return LinkInputs(aid, day, (local,), ((local.id, "g:synehubov"),), (), (quantity,),
                          ((f"{aid}-q", speaker),), ((f"{aid}-q", local.id),))

    canonical = {"g:synehubov": Entity("g:synehubov", "Oleh Synehubov", "PERSON")}
    members = [member("a1", _date(2026, 2, 6), "regional governor Oleh Synehubov", 31),
               member("a2", _date(2026, 2, 8), "He", 57)]
    _, figures = _reports(members, canonical)
    assert [f.claimed_by for f in figures] == ["Oleh Synehubov", "Oleh Synehubov"]
    from storyline.link.conflicts import same_source
    assert same_source(figures[0].claimed_by, figures[1].claimed_by)
