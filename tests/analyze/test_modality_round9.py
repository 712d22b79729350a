"""Modality rules added in the ninth robustness round (errors seen on PolNeAR train articles), each on
sentences written for the test, with a control that the rule must leave alone."""

from __future__ import annotations

import pytest

from storyline.records import Quote, Span

from .test_modality import call


@pytest.mark.parametrize("text,trigger,expected", [
    # "charged with": a charge is an accusation, like "accused of" (read only through "with")
    ("In a separate incident, a driver was charged with assault after the crash.", "assault", "claimed"),
    ("Three women came forward to charge Varga with abuse and fraud.", "fraud", "claimed"),
    ("The police charged the crowd after the attack.", "attack", "happened"),
    # "lack of", "absence of": the event is not there
    ("Okonkwo blamed the lack of cooperation from the ministry.", "cooperation", "negated"),
    ("In the absence of a ceasefire, aid convoys stayed in Tirelli.", "ceasefire", "negated"),
    # "the only/first ... to VERB": the infinitive is the act that ranks the noun, not a plan
    ("Kasmar and Dovan were the only senators to vote against the bill.", "vote", "happened"),
    ("Varga is not the only governor to endorse Okonkwo.", "endorse", "happened"),
    ("Varga was the first to admit the mistake.", "admit", "happened"),
    ("Varga will be the first leader to visit Tirelli.", "visit", "planned"),
    ("Talks to be held in Tirelli were announced.", "Talks", "planned"),
    # a yes-no question asks whether the event holds; a wh-question takes it as given
    ("Do you support Governor Varga?", "support", "hypothetical"),
    ("Did Norland attack the port?", "attack", "hypothetical"),
    ("Who attacked the port?", "attacked", "happened"),
    # "has to": an obligation; "had to" tells what was done; "has 31 endorsements" is possession
    ("This is why the militia has to be disarmed.", "disarmed", "hypothetical"),
    ("Varga had to resign in May.", "resign", "happened"),
    ("Okonkwo has 31 endorsements.", "endorsements", "happened"),
    # "authorized X to VERB": a permission, not the act
    ("The council authorized its police to arrest the organisers.", "arrest", "hypothetical"),
    # a definite subject of a support verb with its own object is taken as given: the clause's
    # "whether" speaks of the predicate; an indefinite one still falls under it
    ("It is unclear whether his criticism had any effect on the vote.", "criticism", "happened"),
    ("It is unclear whether a strike would have any effect.", "strike", "hypothetical"),
    ("The meeting took place in May.", "meeting", "happened"),
    # "is not yet complete" is no "is yet to": the negation is the predicate's
    ("The investigation is not yet complete.", "investigation", "happened"),
    ("Varga is yet to respond.", "respond", "negated"),
    # "debut", "unveil" bring the event out, like "launch"
    ("The visit comes as Varga promises to debut new attacks on Okonkwo.", "attacks", "planned"),
    # a claim that something should be done is a demand, not a claim that it happened
    ("Critics claimed that Norland should pay for the damage.", "pay", "hypothetical"),
    ("Critics claimed that Norland paid for the damage.", "paid", "claimed"),
])
def test_round9_rules(nlp, text, trigger, expected):
    result = call(nlp, text, trigger)
    assert result.value == expected, result.reason


def _insist(text: str) -> Quote:
    """A distancing attribution of everything after "insisted that" to Todd, cued by "insisted"."""
    start = text.index("that") + 5
    return Quote("q", Span("a", start, len(text) - 1), Span("a", 0, len(text)), text[start:-1], Span("a", 5, 13),
                 "insist", "Todd", Span("a", 0, 4), None, "", "indirect", "distancing", None)


def test_deontic_modal_inside_distancing_quote(nlp):
    demand = "Todd insisted that Varga should release the records."
    assert call(nlp, demand, "release", [_insist(demand)]).value == "hypothetical"
    claim = "Todd insisted that Varga released the records."
    assert call(nlp, claim, "released", [_insist(claim)]).value == "claimed"
