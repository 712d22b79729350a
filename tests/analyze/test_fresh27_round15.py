"""Fresh-text round 15 (27): rules found wanting on invented wire copy about a negotiation told
through news reports and through a Reuters-style TIMELINE, EXPLAINER and FACTBOX, a morning
briefing of unrelated items, and a story with a correction. Each test uses sentences of its own
(not the round's feed) and asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _run

# ---- modality.py: a dated chronology line ("April 12, 2022 - Rebels seize ...") is headlinese;
# its present tense tells what happened on that date, not what is going on now


def test_a_present_verb_in_a_dated_chronology_line_happened_on_its_date(nlp):
    text = ("June 3 (Reuters) - Here are key events in the dispute:\n\n"
            "Oct. 5, 2021 - Dock workers strike at the port of Veltra over pay.\n\n"
            "8 March 2023 - The government seizes the port's main terminal.\n\n"
            "2024: The union rejects a government offer of a 4% raise.\n")
    a = _run(nlp, text, date(2026, 6, 3))
    strike = _event(a, "strike")
    assert (strike.modality, strike.when.value) == ("happened", "2021-10-05")
    assert text[strike.trigger.start:strike.trigger.end] == "strike"
    seizes = _event(a, "seizes")
    assert (seizes.modality, seizes.when.value) == ("happened", "2023-03-08")
    rejects = _event(a, "rejects")
    assert rejects.modality == "happened"  # (the bare year does not date the line yet)


def test_a_present_passive_in_a_dated_chronology_line_happened(nlp):
    text = ("May 2, 2026 - Envoys from both sides meet in Nairobi.\n\n"
            "May 9, 2026 - A prisoner exchange is carried out under Red Cross supervision.\n")
    a = _run(nlp, text, date(2026, 6, 1))
    meet = _event(a, "meet")
    assert (meet.modality, meet.when.value) == ("happened", "2026-05-02")
    exchange = _event(a, "exchange")
    assert (exchange.modality, exchange.when.value) == ("happened", "2026-05-09")


def test_a_dateline_is_no_chronology_line_and_the_present_stays_ongoing(nlp):
    # the agency between date and dash makes a dateline; its present tense is the story's now
    text = "NAIROBI, May 2 (Reuters) - Dock workers strike at the port of Veltra for a third day.\n"
    a = _run(nlp, text, date(2026, 5, 2))
    assert _event(a, "strike").modality == "ongoing"


# ---- attribution/constructions.py: on a bulleted factbox line, a label of common words before a
# colon names the item's field ("* Prisoners:"), not a speaker; a named label still speaks


def _quotes_by(analysis, speaker: str):
    return [q for q in analysis.quotes if q.speaker == speaker]


def test_a_factbox_field_label_is_no_speaker(nlp):
    text = ("Key facts about the war:\n\n"
            "* Prisoners: the rebels say they hold 250 government soldiers.\n"
            "* Death toll: at least 40 people were killed in the blast, officials said.\n")
    a = _run(nlp, text, date(2026, 3, 22))
    assert _quotes_by(a, "Prisoners") == []
    assert _quotes_by(a, "Death toll") == []
    rebels = _quotes_by(a, "the rebels")
    assert [text[q.span.start:q.span.end] for q in rebels] == ["they hold 250 government soldiers"]


def test_a_named_label_on_a_bulleted_line_still_speaks(nlp):
    text = "What the capitals said:\n\n* Kremlin: the talks will not take place this month.\n"
    a = _run(nlp, text, date(2026, 3, 22))
    kremlin = _quotes_by(a, "Kremlin")
    assert [text[q.span.start:q.span.end] for q in kremlin] == ["the talks will not take place this month"]
