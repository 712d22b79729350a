"""Fresh-text round 13, feed 12: rules found wanting on invented wire copy about a kidnapping of foreign
engineers, a cross-border takeover blocked by a competition regulator and a bushfire. Each test uses
sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _run


def _mention(analysis, text: str, start: int | None = None):
    found = [m for m in analysis.mentions if m.text == text and (start is None or m.span.start == start)]
    assert found, f"no mention {text!r}: {[(m.text, m.label) for m in analysis.mentions]}"
    return found[0]


# ---- entities/candidates.py: a company's name, a capitalised office and an officer's name that the
# model read as one span (a work of art) are a company and a person


def test_a_company_office_inside_one_span_parts_the_company_from_its_officer(nlp):
    text = ('"We see real value here," Halvorsen Chief Executive Ingrid Lysaker told analysts on Monday. '
            "She said the board backed the plan.")
    a = _run(nlp, text, date(2025, 3, 3))
    company = _mention(a, "Halvorsen")
    officer = _mention(a, "Ingrid Lysaker")
    assert company.label == "ORG" and (company.span.start, company.span.end) == (text.index("Halvorsen"), text.index(" Chief"))
    assert officer.label == "PERSON" and officer.span.start == text.index("Ingrid")
    she = [q for q in a.quotes if q.speaker == "She"]
    assert she and she[0].speaker_entity == officer.entity_id  # the pronoun finds the officer
    assert not any(m.text.startswith("Halvorsen Chief") for m in a.mentions)


def test_a_title_with_no_company_before_it_is_left_to_the_name(nlp):
    text = "Prime Minister Anthony Albanese said he would visit the area on Friday."
    a = _run(nlp, text, date(2025, 1, 8))
    assert [m.label for m in a.mentions if m.text == "Prime"] == []
    assert _mention(a, "Anthony Albanese").label == "PERSON"


# ---- entities/candidates.py and joining.py: a Reuters instrument code in brackets after a company's
# name is that company, never a person


def test_an_instrument_code_in_brackets_is_the_company_it_follows(nlp):
    text = ("COPENHAGEN, Jan 14 (Reuters) - Danish shipping group Nordhavn (NORD.CO) said on Tuesday it had "
            "agreed to buy Dutch rival Vreeland Logistics (VREE.AS) for 42 euros per share.")
    a = _run(nlp, text, date(2025, 1, 14))
    code = _mention(a, "NORD.CO")
    assert code.label == "ORG"
    assert code.entity_id == _mention(a, "Nordhavn").entity_id
    assert not any(m.label == "PERSON" for m in a.mentions)
