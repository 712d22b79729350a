"""Round 15, helper 112 (English editions of continental European, Latin American and state-media
outlets): rules found wanting on fresh invented copy, each tested on sentences of its own (not the
feed's), asserting on extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.datelines import dateline_end
from storyline.records import Analysis

from .analysed import analyse as _run
def _figure(a: Analysis, text: str):
    found = [q for q in a.quantities if q.text.endswith(text)]
    assert found, f"no figure {text!r}: {[q.text for q in a.quantities]}"
    return found[0]


# ---- quantities/numbers.py: dots grouping thousands, as European copy writes them


def test_dots_grouping_thousands_of_a_counted_noun_are_read_as_thousands(nlp):
    text = ("Police said some 3.500 protesters marched through Lyon, while organisers counted 12.000 marchers. "
            "The strike hit about 250.000 commuters, and the ministry put the bill at 1.400.000 euros.")
    a = _run(nlp, text, date(2027, 5, 4))
    assert _figure(a, "3.500").low == 3500
    assert _figure(a, "12.000").low == 12000
    assert _figure(a, "250.000").low == 250000
    assert _figure(a, "1.400.000").low == 1_400_000
    some = _figure(a, "3.500")
    assert (some.span.start, some.span.end) == (text.index("some 3.500"), text.index(" protesters"))


def test_three_decimal_places_with_a_currency_or_percent_stay_decimal(nlp):
    text = "Petrol rose to $3.459 a gallon, the euro traded at 1.125 dollars and the yield hit 4.375 percent."
    a = _run(nlp, text, date(2027, 5, 4))
    values = sorted(q.low for q in a.quantities)
    assert 3.459 in values and 1.125 in values and 4.375 in values
    assert not [v for v in values if v >= 1000]


# ---- datelines.py: the Spanish agencies' ".-" and a credit set before the place


def test_a_spanish_agency_dateline_is_no_speaker(nlp):
    text = ("Lima, Mar 3 (EFE).- The ruling party announced on Monday that the Executive will hold a "
            "referendum on mining concessions in June.")
    assert dateline_end(text, 0) == text.index("The ruling")
    a = _run(nlp, text, date(2027, 3, 3))
    quote = next(q for q in a.quotes if q.cue_lemma == "announce")
    assert quote.speaker == "The ruling party"
    assert quote.speaker_span.start == text.index("The ruling")


def test_a_number_in_a_credit_first_dateline_counts_nothing(nlp):
    text = "(ANSA) - MILAN, 14 APR - Some 600 workers occupied the plant on Monday, the union said."
    assert dateline_end(text, 0) == text.index("Some 600")
    a = _run(nlp, text, date(2027, 4, 14))
    assert [q.text for q in a.quantities] == ["Some 600"]
