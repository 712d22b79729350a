"""Attribution round 13: an appearance verb ("seem", "appear") whose to-infinitive is a verb the
lexicon lists only in other frames ("take" for "take issue", "recognize" with a clause) reports
the impression itself; when that verb does make a report of its own ("appeared to imply that
..."), the report stays the inner verb's, with the subject as speaker, and no second record is
made. Sentences written for these tests."""

from __future__ import annotations

from .test_attribution_round11 import OFF, _by_cue, _quotes


def _span(text, part):
    start = text.index(part)
    return start, start + len(part)


def test_seeming_to_do_what_the_lexicon_lists_only_as_a_multiword_cue_is_an_impression(nlp):
    # "take" is in the lexicon for "take issue", "take a swipe": here it reports nothing
    # (the hand rules; the learned filter, fitted on the rules before this round, may drop it)
    text = "The board members don't seem to take the auditor's warning seriously."
    [seem] = _by_cue(_quotes(nlp, text, OFF), "seem")
    assert seem.speaker is None and seem.stance == "estimate"
    assert (seem.cue.start, seem.cue.end) == _span(text, "seem")
    assert seem.text == "The board members don't seem to take the auditor's warning seriously"
    assert (seem.span.start, seem.span.end) == _span(text, seem.text)
    for model in (None, OFF):
        assert not _by_cue(_quotes(nlp, text, model), "take")


def test_appearing_to_recognize_a_plain_object_is_an_impression(nlp):
    # "recognize" is a cue only with a clause: with a plain object the impression is the report
    text = "The mayor appeared to recognize the scale of the flooding."
    [appear] = _by_cue(_quotes(nlp, text, OFF), "appear")
    assert appear.speaker is None
    assert (appear.cue.start, appear.cue.end) == _span(text, "appeared")
    assert appear.text == "The mayor appeared to recognize the scale of the flooding"


def test_appearing_to_report_keeps_the_inner_report_and_no_impression(nlp):
    text = "The minister appeared to suggest that the tax would be cut."
    for model in (None, OFF):
        quotes = _quotes(nlp, text, model)
        [suggest] = _by_cue(quotes, "suggest")
        assert suggest.speaker == "The minister"
        assert suggest.text == "that the tax would be cut"
        assert (suggest.span.start, suggest.span.end) == _span(text, "that the tax would be cut")
        assert not _by_cue(quotes, "appear")


def test_seeming_with_an_adjective_is_still_an_impression(nlp):
    text = "The striking nurses seemed unmoved by the offer."
    [seem] = _by_cue(_quotes(nlp, text, OFF), "seem")
    assert seem.speaker is None
    assert seem.text == "The striking nurses seemed unmoved by the offer"
