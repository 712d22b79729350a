"""Lead's round of session 13 (analysis): the noun of a two-word governor governs its phrase as the
verb does ("calls for a ceasefire": the ceasefire is asked for, not held)."""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run


def test_the_noun_call_for_governs_what_it_asks_for(nlp):
    text = "Calls for a ceasefire grew louder on Monday as the shelling of the port city went on."
    a = _run(nlp, text, date(2026, 3, 2))
    truce = _event(a, "ceasefire")
    assert (truce.modality, text[truce.trigger.start:truce.trigger.end]) == ("hypothetical", "ceasefire")
    assert "governed by 'call for'" in truce.reason
    assert _event(a, "Calls").modality == "happened"  # the calls were made


def test_a_renewed_call_for_a_boycott_leaves_the_boycott_to_come(nlp):
    text = "The opposition on Sunday renewed its call for a boycott of the election."
    a = _run(nlp, text, date(2026, 3, 2))
    assert _event(a, "boycott").modality == "hypothetical"


def test_a_call_the_noun_without_for_still_tells_its_own_act(nlp):
    # a phone call is no governor: "the call between the leaders" was held
    text = "The call between the two leaders on Monday lasted an hour, officials said."
    a = _run(nlp, text, date(2026, 3, 3))
    assert _event(a, "call").modality == "happened"


# ---- events: harm words over things that are no one's body


def test_killing_jobs_or_a_bill_is_no_attack(nlp):
    for text, word in (("Clinton said she would stop any trade deal that kills jobs.", "kills"),
                       ("Senate Republicans killed the bill on Tuesday.", "killed")):
        a = _run(nlp, text, date(2016, 3, 1))
        assert not [e for e in a.events if e.text == word and e.type == "ASSAULT"], text
    text = "Gunmen killed 12 people at a football match on Sunday."
    a = _run(nlp, text, date(2016, 3, 1))
    killed = _event(a, "killed")
    assert (killed.type, text[killed.trigger.start:killed.trigger.end]) == ("ASSAULT", "killed")


def test_destroying_standing_is_no_attack(nlp):
    for text in ("Critics said he had destroyed the credibility of the paper.",
                 "Cruz, who has long fought the Washington establishment, won in Iowa."):
        a = _run(nlp, text, date(2016, 3, 1))
        assert not [e for e in a.events if e.type == "ASSAULT"], text


def test_wound_up_is_no_wounding(nlp):
    text = "The stories about his spending wound up being largely a footnote."
    a = _run(nlp, text, date(2016, 3, 1))
    assert not [e for e in a.events if e.type == "ASSAULT"]
    text = "The blast wounded 12 people near the market."
    assert _event(_run(nlp, text, date(2016, 3, 1)), "wounded").type == "ASSAULT"


def test_an_attack_that_says_what_its_object_is_is_words(nlp):
    text = "Sanders has attacked Clinton as being too cozy with Wall Street."
    attacked = _event(_run(nlp, text, date(2016, 3, 1)), "attacked")
    assert (attacked.type, attacked.mode) == ("ACCUSE", "disapprove")
    text = "Rebels attacked the town as part of a push north."
    assert _event(_run(nlp, text, date(2016, 3, 1)), "attacked").type == "ASSAULT"


# ---- attribution: a request for comment that went unanswered is no report


def test_an_unanswered_request_for_comment_is_no_attribution(nlp):
    text = "The RSF did not immediately respond to a request for comment."
    assert _run(nlp, text, date(2025, 11, 17)).quotes == ()
    text = "The ministry responded that the report was false."
    quote = _run(nlp, text, date(2025, 11, 17)).quotes[0]
    assert (quote.cue_lemma, text[quote.span.start:quote.span.end]) == ("respond", "that the report was false")


# ---- a call to do something: asked for, not done, and no phone call


def test_a_call_to_act_asks_for_the_act(nlp):
    text = ("He says Trump's call to ban all Muslim immigrants -- a position the nominee has since "
            "modified -- and his statements against Mexicans bear some of the responsibility.")
    a = _run(nlp, text, date(2016, 8, 9))  # the parser takes "call" for the subject of "to ban"
    ban = _event(a, "ban")
    assert (ban.modality, ban.reason.endswith("infinitive 'ban' of 'call'")) == ("hypothetical", True)
    assert _event(a, "call").type == "REQUEST"
    a = _run(nlp, "Trump's call to ban Muslims drew criticism.", date(2016, 8, 9))
    assert (_event(a, "call").type, _event(a, "ban").modality) == ("REQUEST", "hypothetical")


def test_a_call_to_someone_is_still_a_phone_call(nlp):
    a = _run(nlp, "Putin's call to Macron lasted an hour.", date(2026, 3, 3))
    assert _event(a, "call").type == "CONSULT"


def test_a_preposition_of_time_is_no_context_of_firing(nlp):
    # review of round 91: "fire" needs "on", "at" or "upon" someone; "on Sunday" is no one
    a = _run(nlp, "The club fired its coach on Sunday.", date(2026, 3, 2))
    assert not [e for e in a.events if e.type == "ASSAULT"]
    fired = _event(_run(nlp, "Police fired on protesters on Sunday.", date(2026, 3, 2)), "fired")
    assert (fired.type, fired.when.value) == ("ASSAULT", "2026-03-01")


# ---- attribution: a reporting clause followed by the writer's adverbial clause


def test_a_clause_of_time_after_the_reporting_clause_is_no_content(nlp):
    text = "The ceasefire took effect at midnight, Qatar said on Wednesday, a day before talks were due to resume in Doha."
    quote = _run(nlp, text, date(2026, 5, 7)).quotes[0]
    assert (text[quote.span.start:quote.span.end], quote.speaker) == ("The ceasefire took effect at midnight", "Qatar")


def test_a_lead_reported_before_the_writer_s_adverbial_clause(nlp):
    text = ("SEOUL, May 4 (Reuters) - North Korea fired two ballistic missiles into the sea off its east coast "
            "on Sunday night, South Korea's Joint Chiefs of Staff said, days before the allies were due to "
            "start joint drills.")
    quote = _run(nlp, text, date(2026, 5, 5)).quotes[0]
    assert text[quote.span.start:quote.span.end] == (
        "North Korea fired two ballistic missiles into the sea off its east coast on Sunday night")
    assert quote.speaker == "South Korea's Joint Chiefs of Staff"


def test_a_lead_with_no_dateline_stops_before_the_reporting_clause(nlp):
    # with no dateline the sentence's final stop hangs on the reported clause: the content still
    # ends where the reporting clause and the writer's adverbial clause begin
    text = ("North Korea fired two ballistic missiles into the sea off its east coast on Sunday night, "
            "South Korea's Joint Chiefs of Staff said, days before the allies were due to start joint drills.")
    quote = _run(nlp, text, date(2026, 5, 5)).quotes[0]
    assert text[quote.span.start:quote.span.end] == (
        "North Korea fired two ballistic missiles into the sea off its east coast on Sunday night")


# ---- review of round 89: a schedule told in a simple-past clause may be behind the report


def test_a_schedule_in_a_simple_past_clause_takes_the_nearest_day(nlp):
    # published on a Sunday: the vigil "planned for Saturday" and called off was yesterday's
    text = "A vigil planned at the stadium for Saturday was called off after threats, organisers said."
    saturday = next(t for t in _run(nlp, text, date(1999, 10, 24)).times if t.text == "Saturday")
    assert saturday.value == "1999-10-23"
    # the present perfect keeps the plan ahead
    text = "The governor has outlawed a rally at the port planned by dock workers for Saturday."
    saturday = next(t for t in _run(nlp, text, date(1999, 10, 24)).times if t.text == "Saturday")
    assert saturday.value == "1999-10-30"


# ---- review of round 89: a compound surname joins a full name the story gives, not a headline's


def test_a_name_is_no_compound_surname_of_a_headline_verb_glued_to_it(nlp):
    text = ("Sixers Hire Maurice Cheeks as Head Coach\nMaurice Cheeks was officially introduced as the "
            "21st head coach of the 76ers on Monday.\n")
    a = _run(nlp, text, date(2005, 5, 24))
    body = next(m for m in a.mentions if text[m.span.start:m.span.end] == "Maurice Cheeks" and m.span.start > 10)
    assert not body.reason.startswith("compound surname")
    text = ("Tunis court jails opposition leader\nSami Ben Amor was sentenced to 12 years on Tuesday. "
            "Ben Amor's lawyers said they would appeal.\n")
    a = _run(nlp, text, date(2026, 6, 3))
    short = next(m for m in a.mentions if text[m.span.start:m.span.end] == "Ben Amor")
    assert short.reason.startswith("compound surname of Sami Ben Amor")


# ---- figures: counts of the missing are marked as such


def test_counts_of_the_missing_are_marked(nlp):
    text = ("At least 14 people died when the boat capsized on Sunday, the coast guard said, adding that 31 "
            "people were still missing. The IOM said 40 people were missing. Rescuers pulled 22 survivors from the water.")
    a = _run(nlp, text, date(2026, 6, 15))
    marked = {f.text: "counts the missing" in f.reason for f in a.quantities}
    assert marked == {"At least 14": False, "31": True, "40": True, "22": False}
    text = "The IOM said it believed as many as 35 people were missing, while Sea-Watch said the number could be higher."
    assert ["counts the missing" in f.reason for f in _run(nlp, text, date(2026, 6, 18)).quantities] == [True]


# ---- figures: a fraction of one unit of measure is an amount in that unit


def test_a_quarter_of_a_percentage_point_is_an_amount(nlp):
    text = "The Bank of England cut its key interest rate by a quarter of a percentage point to 4% on Thursday."
    cut = _figure(_run(nlp, text, date(2026, 3, 5)), "a quarter")
    assert (cut.low, cut.high, cut.unit, cut.subject) == (0.25, 0.25, "percentage point", None)
    text = "About a quarter of voters backed the plan."
    share = _figure(_run(nlp, text, date(2026, 3, 5)), "About a quarter")
    assert (share.low, share.unit, share.subject) == (25.0, "percent", "voters")


# ---- attribution: support in kind by counted things is no one's view (helper round 92)


def test_backed_by_counted_equipment_is_no_attribution(nlp):
    text = "More than 500 firefighters, backed by 30 aircraft, were battling the blaze on Sunday, the fire service said."
    a = _run(nlp, text, date(2026, 1, 12))
    assert [(q.cue_lemma, q.speaker) for q in a.quotes] == [("say", "the fire service")]
    assert {_figure(a, "More than 500").attributed_to, _figure(a, "30").attributed_to} == {a.quotes[0].id}
    text = "The bill, backed by 60 senators, passed on Tuesday."
    assert [(q.cue_lemma, q.speaker) for q in _run(nlp, text, date(2026, 1, 12)).quotes] == [("back", "60 senators")]
