"""Figures: values, ranges, qualifiers, units, exclusions, attribution and subject."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.quantities import extract_quantities
from storyline.records import Span, TimeRef

AID = "a1"


def _figures(nlp, text, times=(), with_quotes=False):
    doc = nlp(text)
    quotes = extract_quotes(doc, AID, [], None) if with_quotes else []
    return extract_quantities(doc, AID, quotes, list(times)), quotes


def _timeref(text: str, surface: str, value: str) -> TimeRef:
    s = text.index(surface)
    span = Span(AID, s, s + len(surface))
    return TimeRef(id="t", span=span, sentence=span, text=surface, value=value, kind="date")


def test_between_range_with_unit(nlp):
    text = "Each target would require between 30 and 60 missiles."
    [q], _ = _figures(nlp, text)
    assert (q.low, q.high, q.unit) == (30.0, 60.0, "missiles")
    assert q.text == "between 30 and 60"
    assert (q.span.start, q.span.end) == (26, 43)


def test_to_range_and_hyphen_range(nlp):
    text = "Only 65 to 90 targets could be hit by 30-60 missiles."
    figs, _ = _figures(nlp, text)
    assert [(f.low, f.high, f.unit) for f in figs] == [(65.0, 90.0, "targets"), (30.0, 60.0, "missiles")]


def test_bounds_keep_value_and_qualifier(nlp):
    text = "The army has a maximum 700,000 troops and more than 200 tanks, up to 300 drones."
    figs, _ = _figures(nlp, text)
    assert [(f.low, f.high, f.approx, f.unit) for f in figs] == [
        (700000.0, 700000.0, "maximum", "troops"),
        (200.0, 200.0, "more than", "tanks"),
        (300.0, 300.0, "up to", "drones"),
    ]


def test_spelled_out_and_vague_numbers(nlp):
    text = "They sent a couple thousand Tomahawks, thirty-five tanks and dozens of drones."
    figs, _ = _figures(nlp, text)
    assert [(f.text, f.low, f.high, f.approx) for f in figs] == [
        ("a couple thousand", 2000.0, 2000.0, "a couple"),
        ("thirty-five", 35.0, 35.0, None),
        ("dozens", 24.0, 99.0, "dozens"),
    ]
    assert figs[0].unit == "tomahawks"


def test_money_and_percent(nlp):
    text = "Aid reached $5 billion, or €3m, and about 19 percent of it arrived."
    figs, _ = _figures(nlp, text)
    assert [(f.text, f.low, f.unit, f.approx) for f in figs] == [
        ("$5 billion", 5e9, "USD", None),
        ("€3m", 3e6, "EUR", None),
        ("about 19 percent", 19.0, "percent", "about"),
    ]


def test_dates_years_ordinals_and_models_are_not_figures(nlp):
    text = "On May 3rd, 2023 the F-16 fired a 1,000-pound bomb for the second time in 2024."
    figs, _ = _figures(nlp, text)
    assert figs == []


def test_timeref_spans_exclude_numbers_and_give_as_of(nlp):
    text = "On October 16 officials counted 2,877 casualties."
    tr = _timeref(text, "October 16", "2025-10-16")
    [q], _ = _figures(nlp, text, times=[tr])
    assert q.text == "2,877" and q.unit == "casualties"
    assert q.as_of == "2025-10-16"


def test_attributed_to_quote_and_subject_of_estimate(nlp):
    text = "Analysts estimate the U.S. arsenal of Tomahawk missiles at around 4,000 units."
    [fig], quotes = _figures(nlp, text, with_quotes=True)
    assert (fig.low, fig.approx, fig.unit) == (4000.0, "around", "units")
    assert fig.subject == "the U.S. arsenal of Tomahawk missiles"
    assert len(quotes) == 1 and fig.attributed_to == quotes[0].id


def test_unattributed_figure_has_no_quote(nlp):
    text = "The death toll rose to 300 on Tuesday."
    [fig], _ = _figures(nlp, text, with_quotes=True)
    assert fig.attributed_to is None
    assert fig.subject == "The death toll"


def test_list_numbers_and_ranks_are_no_figures(nlp):
    text = ("WEEK 13.\n\n1. Donald Trump (Last week: 2.)\n\n2. Marco Rubio (1.)\n\n10) Mike Huckabee\n\n"
            "Trump got 18 first-place votes this week, and the toll rose to 13.")
    got = [(q.text, q.low, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("18", 18.0, "votes"), ("13", 13.0, None)]


def test_coordinated_figures_share_their_noun(nlp):
    text = "Commandos seized 12 Somali and 11 Yemeni nationals. He has 3 and she has 4 cars."
    got = [(q.text, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("12", "nationals"), ("11", "nationals"), ("3", None), ("4", "cars")]


def test_vague_counts_of_a_scale_multiply_it(nlp):
    text = "Hundreds of thousands of civilians fled, and tens of millions of people watched. Thousands marched."
    got = [(q.text, q.low, q.high, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("Hundreds of thousands", 200_000.0, 999_000.0, "civilians"),
                   ("tens of millions", 20_000_000.0, 99_000_000.0, "people"), ("Thousands", 2_000.0, 9_999.0, None)]


def test_a_named_subject_of_the_counting_verb_is_whose_figure_it_is(nlp):
    text = "Trump won 99 delegates in Florida. Cruz won 66 delegates. Police arrested 30 people."
    got = [(q.text, q.unit, q.subject) for q in _figures(nlp, text)[0]]
    assert got == [("99", "delegates", "Trump"), ("66", "delegates", "Cruz"), ("30", "people", None)]


def test_a_dateline_is_never_what_a_figure_describes(nlp):
    text = ("KYIV, March 5 - The death toll from Sunday's shelling rose to 15, the interior ministry said. "
            "Casualties rose to 300 by Monday.")
    subjects = {q.text: q.subject for q in _figures(nlp, text)[0]}
    assert not (subjects.get("15") or "").startswith("KYIV")
    assert subjects["300"] == "Casualties"


def test_a_figure_giving_the_new_state_of_a_count_says_so(nlp):
    text = "The death toll rose to 17 on Tuesday. The number of displaced now stands at 40,000. Shelling killed 12."
    reasons = {q.text: q.reason for q in _figures(nlp, text)[0]}
    assert "updated count ('rose to')" in reasons["17"] and "updated count ('stands at')" in reasons["40,000"]
    assert "updated count" not in reasons["12"]
