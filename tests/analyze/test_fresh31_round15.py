"""Fresh-text round 15 (31): rules found wanting on invented business wire copy (a quarter's preview,
results and a rating change; a cross-border takeover with a rival bid, a rejection and a withdrawal;
a carmaker strike averted; an oil report and an inflation release). Each test uses sentences of its
own (not the round's feed) and asserts on values, offsets and labels.
"""

from __future__ import annotations

from datetime import date

from .test_fresh_round10 import _event, _figure, _run

# ---- quantities/exclusions.py: a number joined by hyphens to "a"/"an"/"per" and a noun is a price
# or a rate ("a $38-a-share offer"), not a modifier like "a 1,000-pound bomb"


def test_a_hyphenated_price_per_share_is_a_figure(nlp):
    text = "The board rejected a $52-a-share takeover proposal from Halvorsen on Friday."
    a = _run(nlp, text, date(2026, 3, 18))
    price = _figure(a, "$52")
    assert (price.low, price.high, price.unit) == (52.0, 52.0, "USD")
    assert text[price.span.start:price.span.end] == "$52"


def test_a_hyphenated_hourly_wage_is_a_figure_and_a_weight_modifier_is_not(nlp):
    text = "Workers want a $17-an-hour starting wage. The jet dropped a 500-pound bomb."
    a = _run(nlp, text, date(2026, 5, 4))
    assert _figure(a, "$17").low == 17.0
    assert not [q for q in a.quantities if q.low == 500.0]


# ---- modality.py: a negated event noun with a comparative ("would not make a higher offer") denies
# a variant of the act, a supposed one; read as negated, it denied the offer already on the table and
# made a false happened -> negated change and a false "did not happen" conflict across reports


def test_refusing_a_higher_offer_is_no_denial_of_the_offer(nlp):
    text = "Ostrava Steel said it would not make a higher offer for the mill."
    a = _run(nlp, text, date(2026, 3, 31))
    offer = _event(a, "offer")
    assert offer.modality == "hypothetical"
    assert text[offer.trigger.start:offer.trigger.end] == "offer"


def test_a_plain_refused_offer_stays_negated(nlp):
    a = _run(nlp, "Ostrava Steel said it would not make an offer for the mill.", date(2026, 3, 31))
    assert _event(a, "offer").modality == "negated"
