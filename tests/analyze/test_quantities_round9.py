"""Figures, round 9: business, polling, health and disaster copy (fractions, change verbs, elided
currencies, "-strong", phone numbers, addresses, ages after bounds, estimates hung on gerunds)."""

from __future__ import annotations

from storyline.analyze.attribution import extract_quotes
from storyline.analyze.quantities import extract_quantities

AID = "a1"


def _figures(nlp, text, with_quotes=False):
    doc = nlp(text)
    quotes = extract_quotes(doc, AID, [], None) if with_quotes else []
    return extract_quantities(doc, AID, quotes, [])


def _at(figs, text, surface):
    start = text.index(surface)
    return next((f for f in figs if f.span.start <= start < f.span.end), None)


def test_fraction_of_a_whole_is_a_percent_share(nlp):
    text = "Almost two-thirds of the delegates backed the motion."
    q = _at(_figures(nlp, text), text, "two")
    assert (q.low, q.high, q.approx, q.unit) == (66.67, 66.67, "almost", "percent")
    assert q.text == "Almost two-thirds" and q.subject == "the delegates"


def test_fraction_after_by_sizes_a_change_and_ends_no_range(nlp):
    text = "Orders at the shipyard fell by a quarter to 120 vessels."
    figs = _figures(nlp, text)
    q = _at(figs, text, "a quarter")
    assert (q.low, q.unit, q.text) == (25.0, "percent", "a quarter")
    assert _at(figs, text, "120").low == 120.0


def test_fraction_words_that_are_no_share(nlp):
    text = "In the second half of the season the club won its third title, a quarter of an hour from the end."
    assert _figures(nlp, text) == []


def test_half_of_a_plural_set_without_of(nlp):
    text = "Half the region's 800 clinics closed."
    q = _at(_figures(nlp, text), text, "Half")
    assert (q.low, q.unit) == (50.0, "percent")
    assert q.subject.endswith("clinics")


def test_half_of_an_amount_is_no_share(nlp):
    text = "The deal would cut half the price of the fuel."
    assert _at(_figures(nlp, text), text, "half") is None


def test_change_verb_amount_describes_clause_subject(nlp):
    text = "Steel exports climbed 9.4% in April."
    q = _at(_figures(nlp, text), text, "9.4")
    assert (q.unit, q.subject) == ("percent", "Steel exports")


def test_currency_left_out_after_a_scale_word(nlp):
    text = "The club paid 60 million euros for the striker. It had sold him for 12 million in 2022."
    q = _at(_figures(nlp, text), text, "12")
    assert (q.low, q.unit) == (12e6, "EUR")
    assert "currency EUR" in q.reason


def test_bare_number_keeps_no_currency_without_a_scale_word(nlp):
    text = "Its bonds rose to 2.4 billion euros, and 18 analysts rate the stock a buy."
    q = _at(_figures(nlp, text), text, "18")
    assert q.unit == "analysts"


def test_pounds_are_sterling_unless_they_weigh(nlp):
    text = "The council was fined 80,000 pounds. Inspectors seized 300 pounds of cocaine."
    figs = _figures(nlp, text)
    assert _at(figs, text, "80,000").unit == "GBP"
    assert _at(figs, text, "300").unit == "pounds"


def test_kronor_is_swedish_currency(nlp):
    text = "The fine was set at 45 million kronor."
    assert _at(_figures(nlp, text), text, "45").unit == "SEK"


def test_strong_counts_members(nlp):
    text = "A 12,000-strong crowd marched, and the 600,000-strong farmers' federation joined."
    figs = _figures(nlp, text)
    crowd = _at(figs, text, "12,000")
    fed = _at(figs, text, "600,000")
    assert (crowd.low, crowd.unit) == (12000.0, "people")
    assert (fed.low, fed.unit) == (600000.0, "members")
    assert fed.subject == "farmers' federation"


def test_phone_numbers_and_house_numbers_are_no_figures(nlp):
    text = "Call 0161 496 0000 or 1-888-555-0142, or write to 57 Queen Street, and 400 families did."
    figs = _figures(nlp, text)
    assert [f.text for f in figs] == ["400"]


def test_ages_after_a_bound_are_no_figures(nlp):
    text = "Patients over 75 and children aged 12 get the shot; 3,000 people under 40 kilograms were excluded."
    figs = _figures(nlp, text)
    assert _at(figs, text, "75") is None and _at(figs, text, "12") is None
    assert _at(figs, text, "3,000").unit == "people"
    assert _at(figs, text, "40").unit == "kilograms"


def test_definite_bare_small_number_is_a_pronoun(nlp):
    text = "The four were charged, and the oldest of the four was freed; the four suspects deny it."
    figs = _figures(nlp, text)
    assert [f.text for f in figs] == ["four"]
    assert figs[0].unit == "suspects"


def test_ratio_after_a_reporting_verb_and_in_every(nlp):
    text = "The survey found 2 in 5 renters were behind on payments; one in every eight homes is empty."
    figs = _figures(nlp, text)
    assert (_at(figs, text, "2 in").low, _at(figs, text, "2 in").unit) == (40.0, "percent")
    assert _at(figs, text, "one in").low == 12.5


def test_past_is_a_bound_only_as_a_preposition(nlp):
    text = "Membership went past 90,000 in the past three years."
    q = _at(_figures(nlp, text), text, "90,000")
    assert (q.approx, q.text) == ("past", "past 90,000")


def test_measure_nouns_of_business_copy_are_subjects(nlp):
    text = "The lender reported a net interest margin of 2.3% and a payout of 1.10 euros per share."
    figs = _figures(nlp, text)
    assert _at(figs, text, "2.3").subject == "a net interest margin"
    assert _at(figs, text, "1.10").subject == "a payout"


def test_range_with_noun_on_second_end_keeps_subject(nlp):
    text = "Analysts put the damage at between 300 million and 450 million dollars."
    q = _at(_figures(nlp, text), text, "300")
    assert (q.low, q.high, q.unit, q.subject) == (300e6, 450e6, "USD", "the damage")


def test_per_rate_of_a_measure_is_the_subject(nlp):
    text = "Analysts expect sales of 2 billion dollars and earnings per share of 3.40 to 3.60 dollars."
    q = _at(_figures(nlp, text), text, "3.40")
    assert (q.low, q.high, q.subject) == (3.4, 3.6, "earnings per share")


def test_at_amount_hung_on_the_object_sizes_it(nlp):
    text = "The agency, which estimated losses at 900 billion rupiah, asked for aid."
    q = _at(_figures(nlp, text), text, "900")
    assert (q.unit, q.subject) == ("IDR", "losses")


def test_estimate_at_hung_on_a_gerund_sizes_the_object(nlp):
    text = "Engineers put the cost of repairing the dam at 75 million dollars."
    q = _at(_figures(nlp, text, with_quotes=True), text, "75")
    assert q.subject == "the cost of repairing the dam"
    assert q.attributed_to is not None


def test_infinitive_takes_the_subject_of_the_verb_it_completes(nlp):
    text = "With food inflation expected to fall to 4% by June, the bank held rates."
    q = _at(_figures(nlp, text), text, "4%")
    assert q.subject == "food inflation"


def test_level_of_a_plural_subject_counts_it(nlp):
    text = "Asylum applications climbed to 61,000, the ministry said."
    q = _at(_figures(nlp, text), text, "61,000")
    assert (q.unit, q.subject) == ("applications", "Asylum applications")


def test_percent_share_of_a_whole_names_its_subject(nlp):
    text = "Roughly 45% of nurses have left the profession."
    q = _at(_figures(nlp, text), text, "45")
    assert (q.approx, q.subject) == ("roughly", "nurses")
