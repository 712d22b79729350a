"""Figures: values, ranges, qualifiers, units, exclusions, attribution and subject."""

from __future__ import annotations

import pytest

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
    assert got == [("18", 18.0, "votes"), ("13", 13.0, "people")]  # a toll counts people (figure_implied_units.tsv)


def test_coordinated_figures_share_their_noun(nlp):
    text = "Commandos seized 12 Somali and 11 Yemeni nationals. He has 3 and she has 4 cars."
    got = [(q.text, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("12", "nationals"), ("11", "nationals"), ("3", None), ("4", "cars")]


def test_vague_counts_of_a_scale_multiply_it(nlp):
    text = "Hundreds of thousands of civilians fled, and tens of millions of people watched. Thousands marched."
    got = [(q.text, q.low, q.high, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("Hundreds of thousands", 200_000.0, 999_000.0, "civilians"),
                   ("tens of millions", 20_000_000.0, 99_000_000.0, "people"),
                   ("Thousands", 2_000.0, 9_999.0, "people")]  # who marched are people (figure_person_intransitive.txt)


def test_a_crowd_counts_people_however_it_is_written(nlp):
    text = ("A crowd of 31,000 watched the final. Police estimated the crowd at 8,000, while organizers said "
            "20,000 attended. The operator put attendance at 29,500.")
    got = [(q.text, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("31,000", "people"), ("8,000", "people"), ("20,000", "people"), ("29,500", "people")]


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


def _timeref_kind(text: str, surface: str, value: str, kind: str) -> TimeRef:
    s = text.index(surface)
    span = Span(AID, s, s + len(surface))
    return TimeRef(id="t" + surface, span=span, sentence=span, text=surface, value=value, kind=kind)


def test_a_duration_never_dates_a_figure(nlp):
    text = "Erdogan declared an emergency for three months in 10 provinces on Monday."
    times = [_timeref_kind(text, "three months", "P3M", "duration"), _timeref_kind(text, "Monday", "2023-02-06", "date")]
    [q], _ = _figures(nlp, text, times)
    assert (q.text, q.unit, q.as_of) == ("10", "provinces", "2023-02-06")
    text2 = "More than 100 aftershocks were recorded in the past 24 hours."
    [q2], _ = _figures(nlp, text2, [_timeref_kind(text2, "the past 24 hours", "PT24H", "duration")])
    assert (q2.text, q2.as_of) == ("More than 100", None)


def test_a_time_after_a_baseline_figure_dates_the_baseline(nlp):
    text = "At least 836 people have died, up from 620 at the end of October."
    times = [_timeref_kind(text, "the end of October", "2024-10-21/2024-10-31", "interval")]
    figs, _ = _figures(nlp, text, times)
    assert [(q.text, q.span.start, q.unit, q.as_of) for q in figs] == [
        ("At least 836", 0, "people", None), ("620", text.index("620"), "people", "2024-10-21/2024-10-31")]
    assert "noun left out" in figs[1].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said at least 9 people were killed and 118 wounded, most of them civilians.",
         [("at least 9", "people"), ("118", "people")]),
        ("The party received 38.2 million votes, compared with 12.6 million for independent candidates.",
         [("38.2 million", "votes"), ("12.6 million", "votes")]),
        ("In Syria, at least 538 deaths were reported in government-held areas, the health ministry said, "
         "and another 221 in the rebel-held northwest.",
         [("at least 538", "deaths"), ("another 221", "deaths")]),
        # no coordinating word, a singular noun: the later bare number takes no "magnitude"; its unit
        # comes from its subject, the death toll (figure_implied_units.tsv)
        ("The death toll from a magnitude 7.8 earthquake rose to more than 2,300 on Wednesday.",
         [("7.8", "magnitude"), ("more than 2,300", "people")]),
    ],
)
def test_a_noun_left_out_of_a_parallel_figure_is_the_one_before(nlp, text, expected):
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit) for q in figs] == expected
    for q in figs:
        assert text[q.span.start : q.span.end] == q.text


def test_prefixed_dollars_and_currency_words_are_currencies(nlp):
    text = "Ottawa threatened tariffs on C$155 billion of US goods over a 150 million rand contract."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.low, q.unit) for q in figs] == [
        ("C$155 billion", text.index("C$"), 155e9, "CAD"), ("150 million", text.index("150"), 150e6, "ZAR")]


def test_minus_is_a_sign(nlp):
    text = "Overnight, temperatures dropped to minus 6 degrees Celsius."
    [q], _ = _figures(nlp, text)
    assert (q.text, q.span.start, q.low, q.high, q.unit) == (
        "minus 6 degrees Celsius", text.index("minus"), -6.0, -6.0, "degrees Celsius")


def test_ages_after_names_and_numbers_in_names_are_not_figures(nlp):
    text = ("Besigye, 69, did not speak. Sheikh Hasina, 76, has ruled since 2009. The FTSE 100 index rose "
            "3.2%, while the mid-cap FTSE 250 gained 1.1%. Boeing delivered 737 jets.")
    got = [(q.text, q.unit) for q in _figures(nlp, text)[0]]
    assert got == [("3.2%", "percent"), ("1.1%", "percent"), ("737", "jets")]


def test_one_before_a_scale_word_is_a_number(nlp):
    text = "Saudi Arabia extended its cut of one million barrels per day."
    [q], _ = _figures(nlp, text)
    assert (q.text, q.span.start, q.low, q.unit) == ("one million", text.index("one"), 1e6, "barrels")


def test_an_amount_object_is_the_change_not_what_is_measured(nlp):
    text = "U.S. crude gained $1.30, or 1.5%, to $87.53."
    figs, _ = _figures(nlp, text)
    assert figs[-1].text == "$87.53" and figs[-1].subject == "U.S. crude"


def test_percentage_and_basis_points_are_their_own_units(nlp):
    text = "He lost by 1.8 percentage points. The Fed raised rates by 25 basis points."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.unit) for q in figs] == [
        ("1.8 percentage points", text.index("1.8"), "percentage points"),
        ("25 basis points", text.index("25"), "basis points")]


def test_a_dateline_parsed_as_a_second_subject_gives_way_to_the_real_one(nlp):
    text = ("ANKARA, Feb 8 (AP) \u2014 The death toll from a magnitude 7.8 earthquake that struck southern Turkey "
            "rose to more than 2,300 on Wednesday, officials said.")
    figs, _ = _figures(nlp, text)
    q = next(f for f in figs if f.text == "more than 2,300")
    assert q.span.start == text.index("more than") and q.subject == "The death toll from a magnitude 7.8 earthquake"


def test_temperatures_name_their_scale(nlp):
    text = "Warming must be limited to 1.5C above pre-industrial levels; the world is on track for 2.6 degrees Celsius."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.low, q.unit) for q in figs] == [
        ("1.5C", text.index("1.5C"), 1.5, "degrees Celsius"),
        ("2.6 degrees Celsius", text.index("2.6"), 2.6, "degrees Celsius")]


def test_a_year_before_a_singular_noun_is_no_count(nlp):
    text = "EU agrees 2040 climate target. Police deployed 2000 troops."
    # with a time extractor's spans (here none over these numbers), not the model's DATE guesses
    figs, _ = _figures(nlp, text, [_timeref_kind(text, "EU", "2040", "date")])
    assert [(q.text, q.unit) for q in figs] == [("2000", "troops")]
    text = "Police deployed 2000 troops after the 2019 shooting and a 2040 climate target."
    figs, _ = _figures(nlp, text, [_timeref_kind(text, "Police", "x", "date")])
    assert [(q.text, q.span.start, q.unit) for q in figs] == [("2000", text.index("2000"), "troops")]


def test_a_rank_after_a_split_no_is_not_a_count(nlp):
    text = "Unicredit, the country's No. 2 bank, dropped 4%."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.unit) for q in figs] == [("4%", text.index("4%"), "percent")]


def test_another_carries_the_noun_of_the_figure_before(nlp):
    text = "Air defences shot down 76 drones; another 40 were jammed."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.unit) for q in figs] == [
        ("76", text.index("76"), "drones"), ("another 40", text.index("another"), "drones")]


def test_a_count_of_dozens_multiplies(nlp):
    text = "Kyiv asked allies for at least two dozen air defence systems."
    [q], _ = _figures(nlp, text)
    assert (q.text, q.span.start, q.low, q.approx) == ("at least two dozen", text.index("at least"), 24.0, "at least")


@pytest.mark.parametrize(
    ("text", "surface", "value", "subject"),
    [
        ("Nine out of 10 Ukrainians say they expect more attacks.", "Nine out of 10", 90.0, "Ukrainians"),
        ("About one in five Italians lives in poverty.", "About one in five", 20.0, "Italians"),
        ("Nearly 4 in 10 said they had considered leaving.", "Nearly 4 in 10", 40.0, None),
    ],
)
def test_a_share_written_as_part_of_a_whole_is_a_percent(nlp, text, surface, value, subject):
    [q], _ = _figures(nlp, text)
    assert (q.text, q.span.start, q.low, q.unit, q.subject) == (surface, text.index(surface), value, "percent", subject)


def test_a_verb_object_in_a_whole_is_no_share(nlp):
    text = "He scored 3 in 10 games."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.low) for q in figs] == [("3", 3.0), ("10", 10.0)]


def test_plus_or_minus_is_a_tolerance_not_a_sign(nlp):
    text = "Nvidia forecast revenue of $32.5 billion, plus or minus 2%."
    figs, _ = _figures(nlp, text)
    q = figs[-1]
    assert (q.text, q.span.start, q.low, q.approx, q.unit) == ("plus or minus 2%", text.index("plus"), 2.0, "plus or minus", "percent")


def test_a_bare_number_killed_or_arrested_counts_people(nlp):
    text = "Floods kill at least 40 in Pakistan. A strike killed 10 and injured 44. Police seized 30 in the raid."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.unit) for q in figs] == [
        ("at least 40", text.index("at least"), "people"), ("10", text.index("10"), "people"),
        ("44", text.index("44"), "people"), ("30", text.index("30"), None)]
    assert figs[0].reason.endswith("; unit 'people' implied by 'kill'; counts the dead ('kill')")


def test_no_noun_is_carried_into_an_of_phrase_or_across_joined_adverbs(nlp):
    text = ("Some 70,000 jobs are directly or indirectly related to coal out of a total work force of 43 million. "
            "Approximately four in 10 Iowa Republicans said so.")
    figs, _ = _figures(nlp, text)
    got = {q.text: (q.unit, q.subject) for q in figs}
    assert got["43 million"] == (None, None)
    assert got["Approximately four in 10"] == ("percent", "Iowa Republicans")


def test_a_number_ending_a_name_opens_no_share(nlp):
    text = "The Russians assumed control of Uranium One in three separate transactions."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.unit) for q in figs] == [("three", text.index("three"), "transactions")]


def test_a_dozen_takes_its_article(nlp):
    text = "The strike killed three people and wounded about a dozen others."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.low, q.approx) for q in figs][-1] == (
        "about a dozen", text.index("about"), 12.0, "about")


def test_a_figure_is_dated_by_the_time_of_its_own_verb(nlp):
    text = "The economy shrank 3.4% on the month in October and grew 2% year-on-year in the third quarter."
    times = [_timeref_kind(text, "October", "2024-10", "date"), _timeref_kind(text, "the third quarter", "2024-Q3", "date")]
    figs, _ = _figures(nlp, text, times)
    assert [(q.text, q.span.start, q.as_of) for q in figs] == [
        ("3.4%", text.index("3.4%"), "2024-10"), ("2%", text.index("2%"), "2024-Q3")]
    text2 = "Saudi Arabia extended its cut of one million barrels per day until the end of the year in late June."
    times2 = [_timeref_kind(text2, "the end of the year", "2023-09-01/2023-12-31", "interval"),
              _timeref_kind(text2, "late June", "2023-06", "date")]
    [q2], _ = _figures(nlp, text2, times2)
    assert q2.as_of == "2023-06"


def test_lakhs_and_crores_are_scales(nlp):
    text = "The state approved a Rs 500 crore package and paid \u20b92.5 lakh to each of 1,200 families."
    figs, _ = _figures(nlp, text)
    # "Rs" names rupees of several countries, so no currency code is given for it (the unit is open)
    assert [(q.text, q.span.start, q.low) for q in figs][:2] == [
        ("500 crore", text.index("500"), 5e9), ("\u20b92.5 lakh", text.index("\u20b9"), 250000.0)]
    assert figs[1].unit == "INR"


def test_a_vote_tally_counts_votes_but_a_score_does_not(nlp):
    text = "The committee voted 6-3 to keep rates on hold. The Senate passed it in a 51-49 vote. Alabama beat Clemson 45-40."
    figs, _ = _figures(nlp, text)
    got = [(q.text, q.span.start, q.unit) for q in figs]
    assert got[:4] == [("6", text.index("6-3"), "votes"), ("3", text.index("6-3") + 2, "votes"),
                       ("51", text.index("51"), "votes"), ("49", text.index("49"), "votes")]
    assert "vote tally '6-3' (for-against)" in figs[0].reason
    assert all(q.unit != "votes" for q in figs[4:])


def test_headline_counts_of_the_dead_and_missing_are_people(nlp):
    text = "Drone strikes hit Kyiv overnight; at least 3 killed\n\nBus crash leaves 12 dead, 30 injured\n\nThe 3 gunmen fled."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.span.start, q.unit) for q in figs] == [
        ("at least 3", text.index("at least"), "people"), ("12", text.index("12"), "people"),
        ("30", text.index("30"), "people"), ("3", text.index("3 gunmen"), "gunmen")]
    assert figs[1].reason.endswith("implied by 'dead'; counts the dead ('dead')")


def test_a_number_in_a_table_cell_counts_no_punctuation(nlp):
    text = "Results:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    units = [q.unit for q in extract_quantities(nlp(text), "t", [], [])]
    assert units and all(u is None or any(ch.isalpha() for ch in u) for u in units)


def test_the_figure_speaks_again_of_the_figure_before_it(nlp):
    text = "Organisers said 120,000 people took part; the ministry put the figure at 38,000."
    qs, _ = _figures(nlp, text)
    assert [(q.text, q.unit) for q in qs] == [("120,000", "people"), ("38,000", "people")]
    # "took part" sizes the attendance (round 13), and "the figure" takes its subject with its unit
    assert qs[1].subject == qs[0].subject == "attendance" and "speaks again of '120,000'" in qs[1].reason


def test_a_baseline_counts_what_its_figure_counts(nlp):
    text = "Officials put the death toll at 41, up from 35 on Monday."
    qs, _ = _figures(nlp, text)
    assert [(q.text, q.subject) for q in qs] == [("41", "the death toll"), ("35", "the death toll")]


def test_a_figure_in_a_new_paragraph_does_not_borrow_a_unit(nlp):
    text = "Some 120,000 people took part.\n\nThe total was 38,000."
    qs, _ = _figures(nlp, text)
    assert qs[1].unit is None


def test_a_bound_the_subject_crossed_describes_the_subject(nlp):
    text = "The death toll from the earthquake rose above 2,000 on Monday."
    (q,), _ = _figures(nlp, text)
    assert (q.text, q.approx, q.subject) == ("above 2,000", "above", "The death toll from the earthquake")


def test_a_wire_dateline_with_region_and_credit_is_no_subject(nlp):
    text = "ALTAVAR, Meravia, June 3, 2026 (Meridian Wire) - The death toll from the earthquake has risen to 118."
    (q,), _ = _figures(nlp, text)
    assert q.subject == "The death toll from the earthquake"


def test_the_toll_speaks_again_of_the_main_figure_of_the_sentence_before(nlp):
    text = "The agency said 212 people had died and 15 were still missing. The Red Crescent put the toll at 230."
    qs, _ = _figures(nlp, text)
    assert [(q.text, q.unit) for q in qs] == [("212", "people"), ("15", "people"), ("230", "people")]
    assert "speaks again of '212'" in qs[2].reason


def test_a_definite_number_is_no_antecedent_of_the_number(nlp):
    text = "The two sides will release 1,200 prisoners each. The rebels said the number was 1,500."
    qs, _ = _figures(nlp, text)
    assert (qs[-1].text, qs[-1].unit) == ("1,500", "prisoners") and "speaks again of '1,200'" in qs[-1].reason


# --- figures on unseen news: non-figures, holders, implied units (h7) ---


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea's title hopes faded after a 3-1 defeat at Everton on Sunday.",  # a score
        "Bookmakers cut the club's odds to 12-1 after the draw.",  # odds
        "The hearing was adjourned until April 14 at the request of the defence.",  # a day, no timex given
        "A No 10 spokeswoman declined to comment.",  # a label without its point
        "The club must finish in the top four to qualify.",  # a rank
        "Trade between the two fell sharply.",  # a definite pair, no noun of its own
        "He is a forward who scores twice a game.",  # the verb, not the vague plural
    ],
)
def test_scores_odds_days_labels_ranks_and_pairs_are_no_figures(nlp, text):
    figs, _ = _figures(nlp, text)
    assert figs == []


def test_definite_pair_with_its_noun_stays_a_figure_and_a_vote_tally_stays(nlp):
    text = "The two parties met. The council voted 7-2 to approve the plan."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.low, q.unit) for q in figs] == [("two", 2.0, "parties"), ("7", 7.0, "votes"), ("2", 2.0, "votes")]


def test_gapped_and_named_holders_are_the_subjects(nlp):
    text = ("Officials said Mendez had 41.2 percent and Ortega 39.5 percent. "
            "A survey showed the contest close, with Mendez at 45 percent and Ortega at 43 percent.")
    figs, _ = _figures(nlp, text)
    got = [(q.text, q.low, q.unit, q.subject) for q in figs]
    assert got == [
        ("41.2 percent", 41.2, "percent", "Mendez"),
        ("39.5 percent", 39.5, "percent", "Ortega"),
        ("45 percent", 45.0, "percent", "Mendez"),
        ("43 percent", 43.0, "percent", "Ortega"),
    ]
    assert (figs[1].span.start, figs[1].span.end) == (text.index("39.5"), text.index("39.5") + len("39.5 percent"))


def test_toll_and_number_of_imply_the_unit(nlp):
    text = ("The death toll from the floods has risen to 64, officials said. "
            "The number of people evacuated has passed 9,000.")
    figs, _ = _figures(nlp, text)
    got = [(q.text, q.low, q.unit) for q in figs]
    assert got == [("64", 64.0, "people"), ("9,000", 9000.0, "people")]
    assert figs[0].subject == "The death toll from the floods"
    assert figs[1].span.start == text.index("9,000")


def test_people_implied_by_a_hedged_state_or_an_intransitive_verb(nlp):
    text = "Rescuers said 17 confirmed dead. In the next village dozens drowned."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit) for q in figs] == [("17", "people"), ("dozens", "people")]
    assert "implied by 'dead'" in figs[0].reason and "implied by 'drowned'" in figs[1].reason


def test_a_contrasting_not_carries_the_noun_over(nlp):
    text = "The ministry said 40 soldiers had been captured, not 55."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit) for q in figs] == [("40", "soldiers"), ("55", "soldiers")]


def test_pronoun_objects_and_count_noun_places_give_no_subject(nlp):
    text = ("The bank published its estimate of the damage, which it put at 4 billion dollars. "
            "Residents were consulted at six public meetings.")
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit, q.subject) for q in figs] == [("4 billion", "USD", None), ("six", "meetings", None)]


def test_measure_noun_before_of_is_the_subject(nlp):
    text = "The audit found a loss of 12 million euros. Kesh set duties of 15 percent on cars."
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit, q.subject) for q in figs] == [("12 million", "EUR", "a loss"), ("15 percent", "percent", "duties")]
    assert figs[1].span.start == text.index("15 percent")


def test_hyphenated_noun_is_the_whole_unit(nlp):
    text = "Three co-defendants were acquitted."
    [q], _ = _figures(nlp, text)
    assert (q.text, q.low, q.unit) == ("Three", 3.0, "co-defendants")


def test_one_before_an_unnamed_speaker_is_no_figure(nlp):
    text = ("One analyst, who asked not to be named, said the deal was off. "
            "According to one official, one person was killed.")
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit, q.span.start) for q in figs] == [("one", "person", text.index("one person"))]


def test_range_with_its_unit_said_twice(nlp):
    text = "The firm expects earnings of 61 cents to 66 cents a share. Prices rose from 3 percent to 4 percent."
    figs, _ = _figures(nlp, text)
    got = [(q.text, q.low, q.high, q.unit) for q in figs]
    assert got[0] == ("61 cents to 66", 61.0, 66.0, "cents")
    assert figs[0].span.start == text.index("61")
    assert [(q.low, q.high) for q in figs[1:]] == [(3.0, 3.0), (4.0, 4.0)]


def test_part_of_a_whole_counts_the_wholes_noun(nlp):
    text = "Air force says 31 of 44 missiles downed"
    figs, _ = _figures(nlp, text)
    assert [(q.text, q.unit, q.span.start) for q in figs] == [("31", "missiles", 15), ("44", "missiles", 21)]


def test_a_since_date_does_not_date_the_figure(nlp):
    text = "The war has killed about 9,000 people since 2021."
    [q], _ = _figures(nlp, text, times=[_timeref(text, "2021", "2021")])
    assert (q.low, q.unit, q.as_of) == (9000.0, "people", None)


def test_a_crowd_of_n_has_the_crowd_for_subject(nlp):
    text = "A crowd of 31,000 watched the final."
    [q], _ = _figures(nlp, text)
    assert (q.text, q.unit, q.subject) == ("31,000", "people", "A crowd")
    assert (q.span.start, q.span.end) == (text.index("31,000"), text.index("31,000") + 6)


def test_a_toll_of_n_has_the_toll_for_subject(nlp):
    [q], _ = _figures(nlp, "A death toll of 50 was reported.")
    assert (q.unit, q.subject) == ("people", "A death toll")


def test_n_attended_sizes_the_attendance(nlp):
    text = "Police estimated the crowd at 8,000; organizers said 20,000 attended."
    police, organizers = _figures(nlp, text)[0]
    assert (police.text, police.unit, police.subject) == ("8,000", "people", "the crowd")
    assert (organizers.text, organizers.unit, organizers.subject) == ("20,000", "people", "attendance")
    assert organizers.span.start == text.index("20,000")
    assert "subject 'attendance' implied by 'attended'" in organizers.reason


def test_thousands_marched_sizes_the_crowd(nlp):
    [q], _ = _figures(nlp, "Thousands marched through the capital on Saturday.")
    assert (q.unit, q.subject) == ("people", "crowd")


def test_a_count_of_people_killed_gets_no_crowd(nlp):
    [q], _ = _figures(nlp, "At least 12 died in the floods.")
    assert (q.unit, q.subject) == ("people", None)


def test_a_crowd_told_by_a_speaker_is_still_the_crowd(nlp):
    [q], _ = _figures(nlp, "Clinton told a crowd of 1,300 here on Tuesday that she would win.")
    assert (q.text, q.unit, q.subject) == ("1,300", "people", "a crowd")


def test_estimate_at_phrase_hung_on_a_participle_inside_the_object(nlp):
    # the parser hangs "at about 12,000" on "displaced"; a number is no place families were
    # displaced to, so it is the estimate's: the object names what is counted, the subject gave it
    text = "The UN refugee agency put the number of families displaced by the fighting at about 12,000."
    [q], [quote] = _figures(nlp, text, with_quotes=True)
    assert (q.low, q.approx, q.unit) == (12000.0, "about", "families")
    assert q.subject == "the number of families displaced by the fighting"
    assert q.attributed_to == quote.id
    assert (quote.cue_lemma, quote.speaker, quote.stance) == ("put", "The UN refugee agency", "estimate")
    assert quote.text == "the number of families displaced by the fighting at about 12,000"


def test_estimate_at_phrase_needs_an_object_that_names_a_figure(nlp):
    text = "He put the men trained by the army at risk of 12 years in prison."
    _, quotes = _figures(nlp, text, with_quotes=True)
    assert not [q for q in quotes if q.cue_lemma == "put"]


def test_counts_of_the_dead_are_marked_whatever_words_give_them(nlp):
    text = ("Storms killed at least 14 people on the coast. The ministry said 22 people had died. "
            "Officials put the toll at 25. Rescuers found nine dead. Police detained 30 looters. "
            "Some 40 people were injured.")
    figs, _ = _figures(nlp, text)
    marked = {f.text: "counts the dead" in f.reason for f in figs}
    assert marked == {"at least 14": True, "22": True, "25": True, "nine": True, "30": False, "Some 40": False}


def test_a_sum_demanded_or_offered_is_what_its_noun_names(nlp):
    figs, _ = _figures(nlp, "The kidnappers demanded a ransom of $2 million and police offered a reward of 50,000 euros.")
    assert [(f.low, f.unit, f.subject) for f in figs] == [(2e6, "USD", "a ransom"), (50000.0, "EUR", "a reward")]


def test_an_at_phrase_before_the_object_it_would_size_gives_no_subject_and_no_error(nlp):
    # the parser hangs "at 15" on an object that comes after it: once an IndexError that lost the
    # article's whole analysis
    text = ("The parade was led by Gov. Andrew Cuomo, and grand marshals included Syrian refugee and LGBTQ "
            "activist Subhi Nahas, transgender activist Cecilia Chung and teen transgender activist Jazz "
            "Jennings, at 15 the youngest marshal ever.")
    figs, _ = _figures(nlp, text)
    assert all(f.subject is None or "marshal" not in f.subject for f in figs)


def test_a_share_of_a_population_says_of_whom(nlp):
    figs, _ = _figures(nlp, "About half of voters said the economy mattered most, and 62% of children were vaccinated.")
    assert [(f.low, f.subject) for f in figs] == [(50.0, "voters"), (62.0, "children")]
    assert all("a share of" in f.reason for f in figs)
