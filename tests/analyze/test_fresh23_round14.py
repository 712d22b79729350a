"""Fresh-text round 14 (helper 103): rules found wanting on invented non-political wire copy (a football
club's season, a tech company's price war, a heatwave). Each test uses sentences of its own (not the
round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Analysis, Article


def _run(nlp, text: str, published: date) -> Analysis:
    article = Article(id="fresh23r14", source="-", text=text, published=published, published_how="metadata")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def _figure(analysis: Analysis, text: str):
    found = [q for q in analysis.quantities if q.text == text]
    assert found, f"no figure {text!r}: {[q.text for q in analysis.quantities]}"
    return found[0]


# ---- attribution/estimates.py: a concessive clause gives another source's estimate


def test_an_estimate_after_although_is_its_own_sources(nlp):
    text = ("About 5,000 people will join the march on Sunday, according to the organisers, although "
            "police put the expected turnout at 3,000.")
    a = _run(nlp, text, date(2027, 5, 6))
    quotes = {q.id: q for q in a.quotes}
    low = _figure(a, "3,000")
    assert low.attributed_to is not None
    assert quotes[low.attributed_to].speaker == "police"
    assert quotes[low.attributed_to].cue_lemma == "put"
    high = _figure(a, "About 5,000")
    report = quotes[high.attributed_to]
    assert report.speaker == "the organisers"
    assert report.span.end == text.index(", although")


# ---- lexicons/nonviolent_objects.txt: prices and games are no targets of violence


def test_an_attack_on_rivals_pricing_is_no_assault(nlp):
    text = "The retailer launched an attack on its competitors' pricing on Monday, cutting 300 prices by a fifth."
    a = _run(nlp, text, date(2027, 5, 4))
    assert [e for e in a.events if e.type == "ASSAULT"] == []


def test_killing_off_a_game_is_no_assault(nlp):
    text = "Substitute Marco Ruiz killed off the game in the 88th minute, curling in his second goal."
    a = _run(nlp, text, date(2027, 5, 4))
    assert [e.text for e in a.events if e.type == "ASSAULT"] == []


def test_a_strike_on_a_depot_is_still_an_assault(nlp):
    text = "A missile strike on a fuel depot near Odesa on Monday killed two workers, officials said."
    a = _run(nlp, text, date(2027, 5, 4))
    assert any(e.type == "ASSAULT" for e in a.events)


# ---- quantities/units.py: a temperature's scale written as its letter or name alone


def test_a_temperature_with_the_scale_letter_or_name_alone(nlp):
    text = "Temperatures reached 47.6 C in Seville on Monday, while Phoenix hit 111 Fahrenheit."
    a = _run(nlp, text, date(2026, 7, 14))
    assert [(q.low, q.unit) for q in a.quantities] == [(47.6, "degrees Celsius"), (111.0, "degrees Fahrenheit")]
