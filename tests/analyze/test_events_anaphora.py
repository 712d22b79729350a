"""An event noun naming again an act its article told of before (analyze/events/anaphora.py).

Sentences are written for these tests; each asserts which mention names which, by offset."""

from __future__ import annotations

import re

from storyline.records import Event, Mention, Span

from .test_events_round8 import AID, mention, run


def at(events: list[Event], text: str, word: str, nth: int = 0) -> Event:
    start = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth]
    hits = [e for e in events if e.trigger.start == start]
    assert hits, [(e.type, e.text, e.trigger.start) for e in events]
    return hits[0]


def test_the_deal_names_the_deal_announced_before(nlp):
    text = ("The city and the drivers' union announced a deal on Tuesday. Under the deal, drivers get a raise. "
            "The union's members will vote on the deal next week.")
    events = run(nlp, text)
    first, second, third = (at(events, text, "deal", n) for n in range(3))
    assert first.antecedent is None
    assert second.antecedent == first.id and third.antecedent == first.id
    assert f"names again 'deal' at {first.trigger.start}" in second.reason


def test_a_verb_is_named_again_by_its_noun(nlp):
    text = "Negotiators from both sides met in Oslo. The meeting lasted four hours."
    events = run(nlp, text)
    assert at(events, text, "meeting").antecedent == at(events, text, "met").id


def test_another_a_separate_or_a_telling_adjective_is_another_act(nlp):
    text = ("An explosion hit the depot at dawn. Hours later another explosion shook the port. "
            "A separate explosion was reported in the north. The northern explosion caused a fire.")
    events = run(nlp, text)
    explosions = [e for e in events if e.text == "explosion"]
    assert len(explosions) >= 3 and all(e.antecedent is None for e in explosions)


def test_a_recalling_adjective_still_names_the_act(nlp):
    text = "Bus drivers threatened a walkout over pay. The planned walkout would halt every route."
    events = run(nlp, text)
    assert at(events, text, "walkout", 1).antecedent == at(events, text, "walkout", 0).id


def test_a_noun_before_it_or_a_clause_on_it_tells_the_act_apart(nlp):
    text = ("The ministry made an offer to the nurses. The pay offer to doctors came later. "
            "The offer to extend contracts was rejected.")
    events = run(nlp, text)
    assert at(events, text, "offer", 1).antecedent is None
    assert at(events, text, "offer", 2).antecedent is None


def test_plural_and_singular_are_not_one_act(nlp):
    text = "Militants staged an attack on the convoy. The attacks have continued for weeks."
    events = run(nlp, text)
    assert at(events, text, "attacks").antecedent is None


def test_an_act_denied_is_not_the_one_a_later_sentence_states(nlp):
    text = "Rebels did not attack the town, officials said. The attack came at night, witnesses said."
    events = run(nlp, text)
    assert at(events, text, "attack", 0).modality == "negated"
    assert at(events, text, "attack", 1).antecedent is None


def test_a_later_mention_naming_actors_the_earlier_one_lacks_is_its_own_act(nlp):
    text = "An attack could lead to war, officials warned. The attack on the Varsk bridge came at night."
    events = run(nlp, text, [mention(text, "Varsk", "GPE")])
    assert at(events, text, "attack", 1).antecedent is None


def test_other_actors_make_another_act(nlp):
    text = "Governor Ada Lind proposed a tax cut on Monday. Senator Bo Crane's proposal would raise taxes."
    mentions = [mention(text, "Ada Lind", "PERSON"), mention(text, "Bo Crane", "PERSON")]
    events = run(nlp, text, mentions)
    assert at(events, text, "proposal").antecedent is None


def test_one_party_shared_but_another_doer_is_another_act(nlp):
    text = "Governor Ada Lind endorsed Mayor Bo Crane on Friday. Senator Cy Moss's endorsement of Bo Crane surprised nobody."
    second = text.rindex("Bo Crane")
    mentions = [mention(text, "Ada Lind", "PERSON"), mention(text, "Bo Crane", "PERSON"),
                mention(text, "Cy Moss", "PERSON"),
                Mention("m-crane-2", Span(AID, second, second + 8), Span(AID, 0, len(text)), "Bo Crane", "PERSON")]
    events = run(nlp, text, mentions)
    endorsement = at(events, text, "endorsement")
    assert endorsement.source_actors == ("Cy Moss",) and endorsement.target_actors == ("Bo Crane",)
    assert endorsement.antecedent is None


def test_an_act_of_the_parties_named_before_names_that_act_again(nlp):
    # "the two leaders" stand for the parties the article named: their call is the one told before,
    # though "a call" is indefinite and not the word "spoke"
    text = ("President Varga and Chancellor Okonkwo spoke on the phone on Monday. Varga said the two leaders "
            "had a productive call. Later the sides agreed to meet in Tirelli.")
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    events = run(nlp, text, ms)
    spoke, call = at(events, text, "spoke"), at(events, text, "call")
    assert (spoke.mode, call.mode) == ("phone", "phone")
    assert call.antecedent == spoke.id and f"names again 'spoke' at {spoke.trigger.start}" in call.reason
    # no earlier meeting of named parties: the planned meeting names none again
    assert at(events, text, "meet").antecedent is None


def test_parties_alone_name_no_act_of_another_kind_or_of_one_party(nlp):
    text = ("Varga phoned Okonkwo on Monday. Varga attacked the plan on Tuesday. The two sides held talks in "
            "Tirelli.")
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON"), mention(text, "Tirelli", "GPE")]
    events = run(nlp, text, ms)
    assert at(events, text, "talks").antecedent is None  # a call is no talks held in person


def test_leaders_told_apart_or_far_back_name_no_act_again(nlp):
    text = ("Varga and Okonkwo endorsed the plan on Monday. Party leaders who back the plan endorsed it too.")
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    events = run(nlp, text, ms)
    assert at(events, text, "endorsed", 1).antecedent is None  # "party leaders who ...": others
    text = ("Varga and Okonkwo spoke on the phone on Monday. The ministers left. Prices rose. Markets fell. "
            "The two leaders had another call.")
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    events = run(nlp, text, ms)
    assert at(events, text, "call").antecedent is None  # four sentences on: no longer the call told of


def test_one_party_named_by_its_word_is_no_pair_of_parties(nlp):
    text = ("Varga and Okonkwo opposed the bill in May. The rejection of the party's wisdom was complete.")
    ms = [mention(text, "Varga", "PERSON"), mention(text, "Okonkwo", "PERSON")]
    events = run(nlp, text, ms)
    assert at(events, text, "rejection").antecedent is None
