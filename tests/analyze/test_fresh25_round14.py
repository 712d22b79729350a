"""Fresh-text round 14: rules found wanting on invented US local-news copy (a police shooting, a
city budget vote, a house fire, a freeway crash). Each test uses sentences of its own (not the
round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.datelines import after_wire_dateline
from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Analysis, Article


def _run(nlp, text: str, published: date) -> Analysis:
    article = Article(id="fresh14", source="-", text=text, published=published, published_how="metadata")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def test_a_us_dateline_with_an_abbreviated_state_is_left_out_of_the_reported_content(nlp):
    text = ("REDDING, Calif. (AP) — Three hikers were rescued from a ridge near Whiskeytown Lake on "
            "Sunday evening, the sheriff's office said.\n")
    a = _run(nlp, text, date(2025, 6, 2))
    quote = next(q for q in a.quotes if q.cue_lemma == "say")
    assert quote.speaker == "the sheriff's office"
    assert quote.text.startswith("Three hikers were rescued")
    assert quote.span.start == text.index("Three hikers")


def test_the_wire_dateline_reads_state_abbreviations_but_not_a_sentence_stop():
    text = "ALBANY, N.Y. (AP) — Lawmakers met."
    assert after_wire_dateline(text, 0, len(text)) == len("ALBANY, N.Y. (AP) — ")
    text = "SANTA CLARITA, Calif. (KTLA) — Lanes reopened."
    assert after_wire_dateline(text, 0, len(text)) == len("SANTA CLARITA, Calif. (KTLA) — ")
    text = "NATO, he said. Then — nothing."
    assert after_wire_dateline(text, 0, len(text)) == 0


def test_a_numbered_freeway_and_a_block_address_are_no_figures(nlp):
    text = ("A big rig overturned on the 405 Freeway in Sherman Oaks, and firefighters were sent to the "
            "800 block of Elm Street, where 12 people were evacuated, officials said. The southbound 110 "
            "Freeway reopened at noon.\n")
    a = _run(nlp, text, date(2025, 6, 2))
    figures = [q.text for q in a.quantities]
    assert "405" not in figures
    assert "800" not in figures
    assert "110" not in figures
    assert "12" in figures
