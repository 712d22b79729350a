"""Real-article round 18 (sanctions and tariff reports): a year before a plural noun it dates
("jumped 38 percent over 2016 levels", "below 2019 levels") is no figure of that many levels; and
"as discussions continue" after a clause is the time of that clause, no source vouching for it.
Each is tested on sentences of its own, asserting on values, offsets and counts.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse


def _figures(nlp, text: str) -> dict[str, float]:
    a = analyse(nlp, text, date(2024, 3, 1))
    return {text[q.span.start:q.span.end]: q.high for q in a.quantities}


# ---- quantities.exclusions._excluded: _YEAR_DATED_NOUNS


def test_a_year_before_levels_is_no_count_of_levels(nlp):
    text = "Aluminium imports rose 14 percent over 2021 levels to $9.2 billion last year.\n"
    figs = _figures(nlp, text)
    assert "2021" not in figs
    assert not any(v == 2021 for v in figs.values())
    assert "14 percent" in figs and "$9.2 billion" in figs


def test_a_year_after_below_before_levels_is_no_count(nlp):
    text = "Copper exports fell 8 percent below 2022 levels, to 310,000 tonnes.\n"
    figs = _figures(nlp, text)
    assert not any(v == 2022 for v in figs.values())
    assert figs.get("8 percent") == 8 and figs.get("310,000") == 310000


def test_a_count_before_a_plural_noun_is_still_a_figure(nlp):
    text = "The plant shipped 1500 trucks in March.\n"
    assert 1500 in _figures(nlp, text).values()


# ---- attribution.contents._reported_main_clause: _ONGOING_VERBS


def test_as_talks_continue_is_no_source_of_the_main_clause(nlp):
    text = "The levy may be cut again as consultations continue.\n"
    a = analyse(nlp, text, date(2024, 3, 1))
    assert not any(q.speaker == "consultations" for q in a.quotes)
    assert len(a.quotes) == 0


def test_as_the_minister_said_still_vouches_for_the_main_clause(nlp):
    text = "As the trade minister said, the levies will be suspended for a month.\n"
    a = analyse(nlp, text, date(2024, 3, 1))
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.speaker == "the trade minister"
    assert text[q.span.start:q.span.end] == "the levies will be suspended for a month"
