"""Modality: each cue family on a small sentence, checked through the trigger token."""

from __future__ import annotations

from dataclasses import replace

from datetime import date

import pytest

from storyline.analyze.modality import MODALITIES, classify, containing_quote, modality_cues
from storyline.records import Quote, Span, TimeRef

REF = date(2031, 3, 10)


def call(nlp, text: str, trigger: str, quotes=(), when=None):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return classify(tok, list(quotes), when, REF)


@pytest.mark.parametrize("text,trigger,expected", [
    ("Varga met Okonkwo in Tirelli.", "met", "happened"),
    ("Varga has met Okonkwo twice.", "met", "happened"),
    ("Estovian troops are shelling the town.", "shelling", "ongoing"),
    ("Varga will meet Okonkwo.", "meet", "planned"),
    ("Varga is going to meet Okonkwo.", "meet", "planned"),
    ("Varga plans to meet Okonkwo.", "meet", "planned"),
    ("Varga is expected to meet Okonkwo.", "meet", "planned"),
    ("Varga and Okonkwo agreed to meet in Tirelli.", "meet", "planned"),
    ("Talks to be held in Tirelli were announced.", "Talks", "planned"),
    ("The upcoming summit will be short.", "summit", "planned"),
    ("Varga cancelled the summit.", "summit", "cancelled"),
    ("The summit was called off.", "summit", "cancelled"),
    ("The talks were postponed.", "talks", "postponed"),
    ("The summit is unlikely.", "summit", "cancelled"),
    ("The summit won't happen.", "happen", "cancelled"),
    ("Tirelli was supposed to be the site of the summit.", "summit", "cancelled"),
    ("If Norland attacked the port, Kasmar would respond.", "attacked", "hypothetical"),
    ("Norland could strike the port.", "strike", "hypothetical"),
    ("Norland might attack the port.", "attack", "hypothetical"),
    ("Varga did not attend the summit.", "summit", "negated"),
    ("Varga never met Okonkwo.", "met", "negated"),
    ("Varga refused to meet Okonkwo.", "meet", "negated"),
    ("No meeting took place.", "meeting", "negated"),
    ("Dunmore claimed that Norland attacked the port.", "attacked", "claimed"),
    ("Norland allegedly attacked the port.", "attacked", "claimed"),
    ("The alleged attack killed two people.", "attack", "claimed"),
])
def test_modality_from_parse_cues(nlp, text, trigger, expected):
    got = call(nlp, text, trigger)
    assert got.value == expected, got.reason
    assert got.attributed_to is None


def test_event_noun_under_unrelated_verb_is_presupposed_happened(nlp):
    got = call(nlp, "The Tirelli attacks highlight the danger.", "attacks")
    assert got.value == "happened" and "presupposed" in got.reason


def test_future_clause_time_turns_present_noun_event_into_planned(nlp):
    text = "A meeting on March 20 is in Paris."
    doc = nlp(text)
    start = text.index("March 20")
    when = TimeRef("t", Span("a", start, start + 8), Span("a", 0, len(text)), "March 20", "2031-03-20", "date",
                   earliest=date(2031, 3, 20), latest=date(2031, 3, 20))
    tok = next(t for t in doc if t.text == "meeting")
    got = classify(tok, [], when, REF)
    assert got.value == "planned" and "after the reference date" in got.reason
    assert classify(tok, [], when, None).value == "ongoing"  # no reference date: the present tense stands


def _quote(text: str, content: str, stance: str, qid: str) -> Quote:
    start = text.index(content)
    return Quote(qid, Span("a", start, start + len(content)), Span("a", 0, len(text)), content, None, None,
                 None, None, None, "", "indirect", stance, None)


def test_distancing_quote_makes_claimed_and_attributes(nlp):
    text = "Dunmore insisted that Norland shelled the port."
    got = call(nlp, text, "shelled", [_quote(text, "Norland shelled the port", "distancing", "q9")])
    assert (got.value, got.attributed_to) == ("claimed", "q9")


def test_an_event_in_the_topic_of_a_distancing_stance_is_no_claim(nlp):
    text = "His aide doubled down on attacks on the senator's record."
    topic = replace(_quote(text, "attacks on the senator's record", "distancing", "q4"), kind="topic")
    got = call(nlp, text, "attacks", [topic])
    assert (got.value, got.attributed_to) == ("happened", "q4")  # the attacks are the aide's own acts


def test_neutral_quote_attributes_without_changing_modality(nlp):
    text = "Dunmore said that Varga will meet Okonkwo."
    got = call(nlp, text, "meet", [_quote(text, "Varga will meet Okonkwo", "neutral", "q3")])
    assert (got.value, got.attributed_to) == ("planned", "q3")


def test_innermost_quote_wins():
    outer = Quote("outer", Span("a", 0, 50), Span("a", 0, 60), "", None, None, None, None, None, "", "direct", "neutral", None)
    inner = Quote("inner", Span("a", 10, 20), Span("a", 0, 60), "", None, None, None, None, None, "", "direct", "distancing", None)
    assert containing_quote(12, [outer, inner]) is inner
    assert containing_quote(30, [outer, inner]) is outer
    assert containing_quote(55, [outer, inner]) is None


def test_cue_lexicon_only_names_known_modalities():
    cues = modality_cues()
    values = set(cues.governor.values()) | set(cues.aux.values()) | set(cues.modifier.values()) | set(cues.adverb.values())
    assert values <= set(MODALITIES)
    assert cues.governor["call off"] == "cancelled" and "hold" in cues.support


# ---------------------------------------------------------------- claims, cancellations, states


def _modality_of(nlp, text: str, word: str) -> str:
    from storyline.analyze.modality import classify

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return classify(tok, [], None, None).value


def test_accused_of_attacking_is_claimed(nlp):
    assert _modality_of(nlp, "Varga accused Okonkwo of attacking the convoy.", "attacking") == "claimed"


def test_accused_after_an_attack_does_not_make_the_attack_claimed(nlp):
    assert _modality_of(nlp, "Varga accused Okonkwo after rebels attacked the convoy.", "attacked") == "happened"


def test_allegedly_on_a_participle_makes_the_noun_claimed(nlp):
    assert _modality_of(nlp, "Reports of assaults allegedly committed by guards angered Tirelli.", "assaults") == "claimed"


def test_negated_plan_governor_is_negated_not_planned(nlp):
    assert _modality_of(nlp, "Varga does not want to meet Okonkwo.", "meet") == "negated"


def test_cancelling_a_plan_overrides_the_plan(nlp):
    assert _modality_of(nlp, "Varga scrapped plans to visit Tirelli.", "visit") == "cancelled"


def test_locked_in_talks_is_ongoing(nlp):
    assert _modality_of(nlp, "Varga has been locked in talks with Okonkwo for days.", "talks") == "ongoing"


def test_past_promise_with_if_clause_is_happened(nlp):
    assert _modality_of(nlp, "Varga promised aid if Okonkwo wins the vote.", "promised") == "happened"


def test_predicate_on_an_agreement_says_nothing_of_it(nlp):
    assert _modality_of(nlp, "Varga said the agreement isn't good for Tirelli.", "agreement") == "happened"


def test_no_longer_accepting_donations_is_cancelled(nlp):
    assert _modality_of(nlp, "The charity will no longer accept foreign donations.", "donations") == "cancelled"


@pytest.mark.parametrize("text, trigger, expected", [
    # a phrase setting the scene of a cancelling verb is not what it cancels
    ("Democrats voted to delay the tax as part of a year-end budget deal.", "deal", "happened"),
    ("In a deal brokered by Kendall, the subpoena was withdrawn.", "deal", "happened"),
    # what the verb acts on still is, through its own preposition
    ("The United States withdrew from the nuclear agreement.", "agreement", "cancelled"),
    ("They called off plans for the summit.", "summit", "cancelled"),
])
def test_a_scene_setting_phrase_is_out_of_a_governing_verbs_reach(nlp, text, trigger, expected):
    assert call(nlp, text, trigger).value == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Trump's refusal to endorse Ryan was widely viewed as payback.", "endorse", "negated"),
    ("The industry has the freedom to charge whatever it likes.", "charge", "hypothetical"),
    ("The talks to be held in Geneva will cover the ceasefire.", "held", "planned"),
])
def test_the_noun_an_infinitive_describes_decides_its_modality(nlp, text, trigger, expected):
    assert call(nlp, text, trigger).value == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Officials say it is only a matter of time before the rebels attack the capital.", "attack", "planned"),
        ("The strike will go on until the government is sanctioned by the court.", "sanctioned", "planned"),
        ("The soldiers left the town before the rebels attacked it.", "attacked", "happened"),
    ],
)
def test_a_present_tense_clause_of_time_is_still_to_come(nlp, text, trigger, expected):
    assert _modality_of(nlp, text, trigger) == expected


def test_a_noun_of_intent_governs_the_event_it_is_for(nlp):
    assert _modality_of(nlp, "Donors laid plans for a costly assault on the front-runner.", "assault") == "planned"
    assert _modality_of(nlp, "Officials began preparations for the summit.", "summit") == "planned"
    assert _modality_of(nlp, "He was praised for the attack on the convoy.", "attack") == "happened"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("He said his party would hold another rally on Thursday.", "rally", "planned"),
        ("The minister announced that troops would withdraw from the border.", "withdraw", "planned"),
        ("He says the army would attack if it were ordered to.", "attack", "hypothetical"),
        ("Analysts think the rebels would attack the capital.", "attack", "hypothetical"),
    ],
)
def test_would_reported_by_a_past_saying_is_a_plan(nlp, text, trigger, expected):
    assert _modality_of(nlp, text, trigger) == expected


def test_denying_an_accusation_denies_what_it_says_not_that_it_was_made(nlp):
    assert _modality_of(nlp, "The government denied the accusation.", "accusation") == "happened"
    assert _modality_of(nlp, "The government denied the attack.", "attack") == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "reason_part"),
    [
        # a definite event noun in a phrase is taken as given: negation and denial above do not reach it
        ("Norland denied that the seizure was retaliation for the sanctions.", "sanctions", "happened", "presupposed"),
        ("Varga did not take part in the attack.", "attack", "happened", "presupposed"),
        # ... but an indefinite one is still denied, and a cancellation still reaches a definite one ("withdrew from")
        ("Norland denied that the seizure was retaliation for sanctions.", "sanctions", "negated", "deny"),
        ("Kasmar withdrew from the talks.", "talks", "cancelled", "withdraw"),
    ],
)
def test_a_definite_event_noun_in_a_phrase_survives_negation(nlp, text, trigger, expected, reason_part):
    got = call(nlp, text, trigger)
    assert got.value == expected, got
    assert reason_part in got.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The opposition had planned a march on Friday but called it off after the arrests.", "march", "cancelled"),
        ("A rally was planned for Friday, but it was postponed.", "rally", "postponed"),
        ("The opposition planned a march and held it on Friday.", "march", "planned"),
        ("The opposition planned a march but did not cancel it.", "march", "planned"),
    ],
)
def test_a_later_verb_cancelling_a_pronoun_for_the_event_cancels_it(nlp, text, trigger, expected):
    got = call(nlp, text, trigger)
    assert got.value == expected, got
    if expected == "cancelled":
        assert "later in the sentence" in got.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "reason_part"),
    [
        ("Rights groups called for his release.", "release", "hypothetical", "call for"),
        ("Kasmar asked for a meeting with Varga.", "meeting", "hypothetical", "governed by 'ask'"),
        ("Both sides are preparing for talks next month.", "talks", "planned", "governed by 'prepare'"),
        ("He was praised for the attack on the convoy.", "attack", "happened", "presupposed"),
    ],
)
def test_the_for_phrase_of_a_governing_verb_is_governed(nlp, text, trigger, expected, reason_part):
    got = call(nlp, text, trigger)
    assert (got.value, reason_part in got.reason) == (expected, True), got


def test_talks_that_appear_unlikely_are_cancelled(nlp):
    got = call(nlp, "The seizure comes as talks between the two powers appear increasingly unlikely.", "talks")
    assert got.value == "cancelled"
    assert "unlikely" in got.reason


def test_a_threat_made_on_a_condition_happened(nlp):
    """The condition bears on what is threatened, not on the threat, in the past and the perfect."""
    assert call(nlp, "Washington has threatened further measures if Norland does not release the ship.",
                "threatened").value == "happened"
    assert call(nlp, "Washington threatened further measures if Norland did not release the ship.",
                "threatened").value == "happened"
    assert call(nlp, "Washington would impose further measures if Norland does not release the ship.",
                "impose").value == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "reason_part"),
    [
        # the noun of a "for" phrase of purpose takes the verb's tense
        ("Both sides will meet in Tirelli on Friday for talks on a truce.", "talks", "planned", "'will'"),
        ("The envoys arrived in Tirelli for talks on Monday.", "talks", "happened", "past tense"),
        # what a negotiation is about has not happened, unless the text takes it as given
        ("Both sides will meet in Tirelli on Friday for talks on a truce.", "truce", "hypothetical", "is about"),
        ("Talks on the truce resumed on Monday.", "truce", "happened", "presupposed"),
        # a gerund in a phrase is read through its verb
        ("The talks are expected to focus on opening corridors for aid.", "opening", "planned", "expect"),
        # an adjunct clause is no complement of the governor above it
        ("Varga has rejected negotiations with the rebels, accusing them of atrocities.", "accusing", "happened", ""),
        ("Varga has rejected negotiations with the rebels, accusing them of atrocities.", "negotiations", "negated", "reject"),
    ],
)
def test_phrases_of_purpose_topic_and_gerunds(nlp, text, trigger, expected, reason_part):
    got = call(nlp, text, trigger)
    assert got.value == expected, got
    assert reason_part in got.reason


def test_a_verb_joined_to_a_governor_is_not_governed_by_it(nlp):
    text = "Norland has suspended its partnership with Kasmar, and the union is considering sanctions."
    got = call(nlp, text, "sanctions")
    assert got.value == "hypothetical" and "consider" in got.reason


def test_one_no_negates_coordinated_event_nouns(nlp):
    got = call(nlp, "He said there was no telephone call or meeting planned with Varga.", "meeting")
    assert got.value == "negated" and "'no call' (with 'meeting')" in got.reason


def test_a_gerund_of_means_is_not_read_through_the_verb_above(nlp):
    """"by refusing": the means of what the clause says was done, not a complement of its "is"."""
    got = call(nlp, "But ignoring is what the candidates have done to the union, by refusing to answer.", "refusing")
    assert got.value == "happened"


def test_a_headline_tells_what_happened_in_the_present(nlp):
    doc = nlp("Norland strikes port after missile attack\n\nNorland struck the port on Wednesday.")
    got = classify(next(t for t in doc if t.text == "strikes"), [], None, REF)
    assert got.value == "happened" and "in a headline" in got.reason
    # the same present in a body sentence is still going on
    assert call(nlp, "Norland strikes the port every night.", "strikes").value == "ongoing"


def test_a_verb_governs_what_it_acts_on_not_its_doer(nlp):
    got = call(nlp, "Further strikes on the port could halt food imports.", "strikes")
    assert (got.value, got.reason) == ("hypothetical", "modal 'could' on 'halt'")  # not "governed by 'halt'"
    assert call(nlp, "The fighting continued.", "fighting").value == "ongoing"
    assert call(nlp, "The talks seem unlikely.", "talks").value == "cancelled"


def test_a_negotiated_deal_takes_the_tense_of_its_negotiation(nlp):
    assert call(nlp, "They hope to negotiate a deal next month.", "deal").value == "planned"
    assert call(nlp, "The two sides negotiated a ceasefire last week.", "ceasefire").value == "happened"


def test_a_modal_on_a_verdict_about_an_event_says_it_has_not_happened(nlp):
    got = call(nlp, "Rubio told the President a meeting in Tirelli would not be successful.", "meeting")
    assert (got.value, got.reason) == ("hypothetical", "'would be' said of 'meeting'")
    assert call(nlp, "The summit will be short.", "summit").value == "planned"
    assert call(nlp, "The attack was a failure.", "attack").value == "happened"


def test_a_scene_phrase_the_parser_hangs_on_a_noun_is_not_governed(nlp):
    text = "The negotiations had been delayed by a week after deadly shelling in the east."
    assert _modality_of(nlp, text, "shelling") == "happened"
    assert _modality_of(nlp, text, "negotiations") == "postponed"


@pytest.mark.parametrize("text, trigger, expected, reason_part", [
    # present perfect progressive: begun and still going on; the past perfect one is over
    ("Kasmar has been shelling the port for a week.", "shelling", "ongoing", "perfect progressive"),
    ("Kasmar had been shelling the port for a week.", "shelling", "happened", "perfect"),
    # a subject that denies its clause
    ("Neither army crossed the river.", "crossed", "negated", "negative subject"),
    ("Nobody attended the rally in Tirelli.", "attended", "negated", "negative subject"),
    ("No delegate wanted to attend the summit.", "attend", "negated", "negated governor"),
    # "no" on the noun an infinitive describes
    ("Norland has no plans to close the border.", "close", "negated", "'no plans'"),
    # "without" denies its gerund and its event noun
    ("The garrison surrendered without firing a shot.", "firing", "negated", "'without firing'"),
    ("Rebels took Tirelli without a fight.", "fight", "negated", "'without fight'"),
    ("Without the truce, Tirelli would starve.", "truce", "happened", "presupposed"),
    # "has yet to": not so far; "have yet another" is no governor
    ("Varga has yet to visit Tirelli.", "visit", "negated", "have yet"),
    ("Okonkwo is yet to respond to the offer.", "respond", "negated", "be yet"),
])
def test_what_the_grammar_denies_or_keeps_going(nlp, text, trigger, expected, reason_part):
    got = call(nlp, text, trigger)
    assert got.value == expected, got.reason
    assert reason_part in got.reason


@pytest.mark.parametrize("text, trigger, expected, reason_part", [
    # a plan in the past perfect was overtaken; a commitment in the past perfect still stands
    ("The ministers had planned to sign the accord in Tirelli.", "sign", "cancelled", "past perfect"),
    ("The vote had been expected to pass easily.", "pass", "cancelled", "past perfect"),
    ("The two leaders had agreed to meet in Tirelli.", "meet", "planned", "governed by 'agree'"),
    ("Varga said she had planned to visit Tirelli.", "visit", "planned", "governed by 'plan'"),  # reported
    # a past plan set against a "but" clause did not come about; without one it is still a plan
    ("Varga was due to fly to Tirelli on Friday, but the airport was closed.", "fly", "cancelled", "'but'"),
    ("Okonkwo intended to testify but fell ill.", "testify", "cancelled", "'but'"),
    ("Varga was due to fly to Tirelli on Friday.", "fly", "planned", "governed by 'due'"),
    ("The two leaders agreed to meet, but gave no date.", "meet", "planned", "governed by 'agree'"),
    # postponing phrasal verbs whose particle the parser takes for an adverb
    ("The summit was pushed back to June.", "summit", "postponed", "push back"),
    ("Okonkwo ruled out a meeting with Varga.", "meeting", "negated", "rule out"),
])
def test_overtaken_plans_and_phrasal_postponements(nlp, text, trigger, expected, reason_part):
    got = call(nlp, text, trigger)
    assert got.value == expected, got.reason
    assert reason_part in got.reason


def test_denying_that_something_happened_makes_it_a_claim_but_denying_doing_it_negates(nlp):
    got = call(nlp, "Kasmar denied that its drones had struck the convoy.", "struck")
    assert got.value == "claimed" and "deny that" in got.reason
    got = call(nlp, "Kasmar denied that any raid had taken place.", "raid")
    assert got.value == "claimed", got.reason
    got = call(nlp, "Kasmar denied striking the convoy.", "striking")
    assert got.value == "negated", got.reason


def test_headlinese_infinitive_is_planned_and_off_is_cancelled(nlp):
    got = call(nlp, "President to visit Tirelli", "visit")
    assert got.value == "planned" and "headline" in got.reason
    assert call(nlp, "Varga to meet Okonkwo in Tirelli", "meet").value == "planned"
    got = call(nlp, "Summit off after border clash", "Summit")
    assert got.value == "cancelled" and "headline" in got.reason
    got = call(nlp, "Varga went to meet Okonkwo in Tirelli.", "meet")  # a sentence, not a headline
    assert got.value != "planned" or "headline" not in got.reason


def test_hyphenated_modifier_and_modal_on_a_new_event_noun(nlp):
    got = call(nlp, "The would-be hijacker was arrested at the gate.", "hijacker")
    assert got.value == "hypothetical" and "would-be" in got.reason
    got = call(nlp, "Analysts fear a blockade would cripple the port.", "blockade")
    assert got.value == "hypothetical" and "'would cripple'" in got.reason
    got = call(nlp, "The blockade would end soon, Varga said.", "blockade")  # definite: it exists
    assert got.value != "hypothetical", got.reason


def test_locked_in_as_an_adjective_is_still_a_state(nlp):
    got = call(nlp, "The two armies remain locked in combat near Tirelli.", "combat")
    assert got.value == "ongoing", got.reason


def test_what_a_speaker_attempted_is_no_claim_of_theirs(nlp):
    from storyline.analyze.attribution import extract_quotes
    text = "Ushakov attempted to obfuscate Russia's deliberate attacks on civilians."
    doc = nlp(text)
    quotes = extract_quotes(doc, "a", [], None)
    attacks = next(t for t in doc if t.text == "attacks")
    assert any(q.stance == "distancing" for q in quotes)
    assert classify(attacks, quotes, None, None).value == "happened"


def test_what_a_speaker_claimed_to_have_seen_is_claimed(nlp):
    from storyline.analyze.attribution import extract_quotes
    text = "The officer claimed to have seen the attack on the convoy."
    doc = nlp(text)
    quotes = extract_quotes(doc, "a", [], None)
    attack = next(t for t in doc if t.text == "attack")
    assert classify(attack, quotes, None, None).value == "claimed"


@pytest.mark.parametrize("text, trigger, expected, reason", [
    ("Kestrel Motors announced a deal with the union on Tuesday.", "deal", "happened", "past tense 'announced'"),
    ("The two sides agreed a deal late on Friday.", "deal", "happened", "past tense 'agreed'"),
    ("The two sides agreed to a deal that ends the dispute.", "deal", "happened", "'deal'"),
    # what is announced or agreed to that is no outcome is still to come
    ("The union announced a strike for next week.", "strike", "planned", "governed by 'announce'"),
    ("Varga and Okonkwo agreed to talks in Tirelli.", "talks", "planned", "governed by 'agree to'"),
])
def test_an_announced_or_agreed_outcome_is_reached_in_the_verbs_tense(nlp, text, trigger, expected, reason):
    result = call(nlp, text, trigger)
    assert result.value == expected and reason in result.reason


def test_readiness_to_act_is_hypothetical(nlp):
    result = call(nlp, "The rebels said they were ready to hand over their weapons.", "hand")
    assert result.value == "hypothetical" and "ready" in result.reason
    assert call(nlp, "The company is willing to pay compensation.", "pay").value == "hypothetical"


@pytest.mark.parametrize("text,trigger,expected,reason_part", [
    # put off to a later time: it may still happen, unlike a cancellation
    ("Norland deferred the vote on the budget.", "vote", "postponed", "defer"),
    ("The ministers put off their meeting until after the holidays.", "meeting", "postponed", "put off"),
    ("The delayed talks opened in Tirelli.", "talks", "postponed", "delayed"),
    ("The planned march was postponed.", "march", "postponed", "over"),
    ("Kesh scrapped the postponed summit.", "summit", "cancelled", "scrap"),
    # what the verb of its occurring says outranks the modifier
    ("The postponed summit finally took place on Monday.", "summit", "happened", "took"),
])
def test_a_postponement_is_told_apart_from_a_cancellation(nlp, text, trigger, expected, reason_part):
    got = call(nlp, text, trigger)
    assert got.value == expected and reason_part in got.reason, got.reason
    assert "postponed" in MODALITIES


@pytest.mark.parametrize("text,cause", [
    ("The talks were delayed because of the fighting.", "fighting"),
    ("The vote was postponed due to the flooding.", "flooding"),
    ("The summit was called off owing to the strikes.", "strikes"),
    ("The march was cancelled over the shelling.", "shelling"),
])
def test_the_cause_of_a_postponement_is_not_what_is_put_off(nlp, text, cause):
    assert _modality_of(nlp, text, cause) == "happened"


@pytest.mark.parametrize("text,trigger,expected", [
    ("The leaders will meet in Tirelli to discuss a ceasefire.", "ceasefire", "hypothetical"),
    ("Ministers debated a ban on gas imports.", "ban", "hypothetical"),
    ("The cabinet is weighing sanctions against Norland.", "sanctions", "hypothetical"),
    # a definite object, or one with a possessor, names an act the talk presupposes
    ("They discussed the attack on Monday.", "attack", "happened"),
    ("They discussed Norland's ceasefire.", "ceasefire", "happened"),
])
def test_what_a_verb_only_talks_about_is_not_yet_agreed(nlp, text, trigger, expected):
    got = call(nlp, text, trigger)
    assert got.value == expected, got.reason


@pytest.mark.parametrize("text,trigger,expected", [
    # what the act was done in or at went ahead; calling off the act does not reach it
    ("Three taxes were postponed in the budget deal.", "deal", "happened"),
    ("Varga cancelled his participation in the summit.", "summit", "happened"),
    # "from", "of": the cancellation reaches the event
    ("Kasmar withdrew from the talks.", "talks", "cancelled"),
    ("They called off the opening of the talks.", "talks", "cancelled"),
])
def test_a_cancellation_does_not_reach_the_setting_of_the_act(nlp, text, trigger, expected):
    assert _modality_of(nlp, text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    # a release a third party works for takes the tense or plan of that work
    ("The government will ask Qalat to mediate the release of the prisoners.", "release", "hypothetical"),
    ("Qatar mediated the release of five hostages.", "release", "happened"),
    ("Egypt is trying to secure the release of the aid workers.", "release", "hypothetical"),
])
def test_a_release_a_mediator_works_for_takes_the_mediation_s_reading(nlp, text, trigger, expected):
    got = call(nlp, text, trigger)
    assert got.value == expected, got.reason
