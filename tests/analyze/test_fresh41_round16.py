"""Fresh-text round 16 (helper 41): rules found wanting on invented trade and sanctions copy (a steel
tariff announced, put off and imposed; retaliatory duties on goods "worth" a sum). Each test uses
sentences of its own (not the round's feed) and asserts on the extracted values and offsets.
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse as _run


def test_a_trailing_reporting_clause_does_not_date_the_planned_act_it_reports(nlp):
    # the parser hangs "Maria Holm said on Thursday" on "will impose" as its conjunct; Thursday is the
    # day of the saying, not of the tariff still to come
    text = ("Norland will impose a 20% tariff on aluminium imports from neighbouring Tessar, Commerce Minister "
            "Maria Holm said on Thursday, deepening a long dispute.\n")
    a = _run(nlp, text, date(2026, 4, 16))
    (said,) = [t for t in a.times if text[t.span.start:t.span.end] == "Thursday"]
    assert said.value == "2026-04-16"
    (tariff,) = [e for e in a.events if e.text == "tariff"]
    assert tariff.trigger.start == text.index("tariff")
    assert tariff.modality == "planned"
    assert tariff.when_how != "clause" and (tariff.when is None or tariff.when.span.start != said.span.start)


def test_a_conjunct_act_with_and_keeps_its_own_time(nlp):
    # "and" joins two acts of the same actors: the rule leaves a real conjunct alone
    text = "Ostmark raised the levy on Monday and imposed sanctions on Pellan on Tuesday.\n"
    a = _run(nlp, text, date(2026, 4, 15))
    (sanctions,) = [e for e in a.events if e.text == "sanctions"]
    assert sanctions.when is not None and sanctions.when.value == "2026-04-14"


def test_an_amount_a_noun_is_worth_sizes_that_noun(nlp):
    text = "Pellan has imposed duties on a list of Ostmark products worth $9 billion, officials said.\n"
    a = _run(nlp, text, date(2026, 4, 15))
    (q,) = [q for q in a.quantities if q.unit == "USD"]
    assert (q.text, q.low, q.subject) == ("$9 billion", 9e9, "Ostmark products")
    assert q.span.start == text.index("$9")
