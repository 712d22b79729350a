"""Real-article round 18 (events called off or moved: festivals, tournaments): a "she" or "he" after
a quote whose speaker is a proper name the recogniser missed continues that speaker, not an older
PERSON mention further back (a band the tagger took for a person); and "rose by 46 to 259" after a
verb of change is a change and a level, two figures, not the range 46-259. Invented sentences;
asserts on speaker entities, reasons, figure values and spans.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def test_pronoun_after_an_unrecognised_name_is_not_an_older_person(nlp):
    text = ("About 40,000 fans were expected at the park to see headliners Wu-Tang Clan and Foals.\n\n"
            "But Taia, who was travelling to the festival from Reading, said the organisers had been \"very helpful\".\n\n"
            "She said she had not heard when the refund would arrive.\n")
    quotes = _run(nlp, text, date(2019, 8, 7)).quotes
    she = next(q for q in quotes if q.speaker == "She")
    assert she.speaker_span is not None and she.speaker_span.start == text.index("She said")
    assert she.speaker_entity is None
    assert "('Taia')" in she.speaker_reason
    # the band before it is a PERSON mention: without the rule "She" went to it
    assert "Wu-Tang" not in she.speaker_reason


def test_pronoun_still_goes_to_a_named_person_after_the_quote(nlp):
    text = ("But Taia, who was travelling to the festival from Reading, said the organisers had been \"very helpful\".\n\n"
            "Police chief Paul Netherton said the site would be \"very dangerous\".\n\n"
            "He said officers would stay on the roads all weekend.\n")
    quotes = _run(nlp, text, date(2019, 8, 7)).quotes
    he = next(q for q in quotes if q.speaker == "He")
    chief = next(q for q in quotes if q.speaker is not None and "Netherton" in q.speaker)
    assert he.speaker_entity is not None and he.speaker_entity == chief.speaker_entity


def test_by_then_to_after_a_verb_of_change_is_a_change_and_a_level(nlp):
    text = ("The number of infections rose by 38 to 412 on Monday, the ministry said.\n\n"
            "The firm will cut costs by 10 to 15 percent next year.\n")
    qs = sorted(_run(nlp, text, date(2020, 2, 3)).quantities, key=lambda q: q.span.start)
    got = [(text[q.span.start:q.span.end], q.low, q.high) for q in qs]
    assert ("38", 38.0, 38.0) in got
    assert ("412", 412.0, 412.0) in got
    assert not any(lo == 38.0 and hi == 412.0 for _, lo, hi in got)
    # a percent range after "by" stays one range
    assert ("10 to 15 percent", 10.0, 15.0) in got
