"""A word whose event sense is the report's topic: "the strike" in a labour dispute and in a war."""

from __future__ import annotations

from datetime import date

from storyline.analyze.events import extract_events
from storyline.analyze.events.lexicon import discourse_senses
from storyline.records import Event

AID = "sense"
REF = date(2030, 6, 12)


def strikes(nlp, text: str) -> list[Event]:
    return [e for e in extract_events(nlp(text), AID, [], [], [], REF) if e.text.lower() == "strike"]


LABOUR = (
    "The strike at the Kessel bottling plant entered its second week on Monday. The union said managers "
    "had offered no new wage proposal, and about 400 workers joined the picket line."
)
WAR = (
    "The strike on a fuel depot outside the town came before dawn. The army said its drones had targeted "
    "militants who had fired rockets at a border post, and a military spokesman promised more."
)
# Both readings have cue words once each: too few to say what the report is about.
UNDECIDED = "The strike began on Monday. A worker and a soldier were seen near the gate."


def test_a_bare_strike_in_a_labour_dispute_is_a_walkout(nlp) -> None:
    (event,) = strikes(nlp, LABOUR)
    assert (event.type, event.mode) == ("PROTEST", "strike")
    assert event.trigger.start == LABOUR.index("strike")
    assert "sense of the report: 4 protest cue words" in event.reason  # union, wage, worker, picket


def test_a_bare_strike_in_a_war_report_stays_an_assault(nlp) -> None:
    (event,) = strikes(nlp, WAR)
    assert event.type == "ASSAULT"
    assert "sense of the report" not in event.reason  # the plain reading already is the war's sense


def test_too_few_cue_words_keep_the_plain_reading(nlp) -> None:
    (event,) = strikes(nlp, UNDECIDED)
    assert event.type == "ASSAULT" and "sense of the report" not in event.reason


def test_a_clause_context_decides_before_the_report(nlp) -> None:
    text = "The army carried out air strikes on the depot. The union said 400 workers kept up their picket over wages."
    events = extract_events(nlp(text), AID, [], [], [], REF)
    assert [e.type for e in events if e.text == "strikes"] == ["ASSAULT"]


def test_the_senses_file_names_plover_types() -> None:
    senses = discourse_senses()
    assert set(senses["strike"]) == {"PROTEST", "ASSAULT"}
    assert "union" in senses["strike"]["PROTEST"] and "drone" in senses["strike"]["ASSAULT"]
