"""Aid round 17 (outbreak and aid reports): vaccinating people is medical aid (PLOVER AID, the
"humanitarian" mode), so a vaccination campaign's plan, start, delay or halt is an event whose
status can change; and an event noun that premodifies a campaign, drive or effort noun ("the
vaccination campaign", "a mediation effort") takes what its clause says of the campaign (due,
postponed, called off) instead of reading as presupposed to have happened. Each is tested on
invented sentences, asserting on types, modalities, dates and offsets.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def _events(nlp, text, pub=date(2024, 3, 4)):
    return {(text[e.trigger.start:e.trigger.end], e.trigger.start): e for e in _run(nlp, text, pub).events}


def _one(events, word):
    return next(e for (w, _), e in events.items() if w == word)


def test_vaccinations_are_aid_with_their_own_modality_and_date(nlp):
    text = ("Vaccinations against measles in the northern province are due to begin on Wednesday.\n\n"
            "Nurses vaccinated 4,000 children in the camp on Friday.\n\n"
            "The health agency said immunisation could start as early as next month.\n")
    evs = _events(nlp, text)
    due = _one(evs, "Vaccinations")
    assert (due.type, due.modality) == ("AID", "planned")
    assert due.trigger.start == 0
    assert due.when is not None and due.when.value == "2024-03-06"
    done = _one(evs, "vaccinated")
    assert (done.type, done.modality) == ("AID", "happened")
    assert done.trigger.start == text.index("vaccinated")
    assert done.when is not None and done.when.value == "2024-03-01"
    maybe = _one(evs, "immunisation")
    assert (maybe.type, maybe.modality) == ("AID", "hypothetical")


def test_a_campaign_noun_carries_its_clause_to_the_event_noun_before_it(nlp):
    text = ("The vaccination campaign in the border district was postponed on Monday.\n\n"
            "The protest campaign against the fuel levy was called off.\n\n"
            "The government has begun a cholera vaccination campaign in the capital.\n")
    evs = _events(nlp, text)
    put_off = _one(evs, "vaccination")
    assert (put_off.type, put_off.modality) == ("AID", "postponed")
    assert put_off.trigger.start == text.index("vaccination")
    assert _one(evs, "protest").modality == "cancelled"
    begun = next(e for (w, s), e in evs.items() if w == "vaccination" and s > text.index("begun"))
    assert (begun.type, begun.modality) == ("AID", "happened")


def test_a_rate_of_vaccination_is_no_event_of_its_own_kind(nlp):
    # a word of the lexicon in a measure phrase still reads by its own sense rules: the test pins
    # that nothing here reads as planned or called off
    text = "Vaccination rates in the region remain low, officials said.\n"
    assert all(e.modality not in {"planned", "postponed", "cancelled"} for e in _events(nlp, text).values())
