"""Border closures and times after an "after" phrase's object (real-article round 20, helper 190).

Each test checks one rule found on real reports of military coups (a junta closing a country's
borders, then reopening them days later), on sentences written for the test: sealing a country's
borders or airspace, or a border closure, is coercion (COERCE, restrict) and reopening them is the
retreat that undoes it (RETREAT, access), while closing a shop stays no event; and a time told relative to now
("three days ago", "last week") right after the object of an "after" phrase dates that earlier act,
not the verb the phrase hangs on ("reopened the borders after the coup three days ago" is no
reopening on the coup's day).
"""

from __future__ import annotations

from datetime import date

from .analysed import analyse, event_at

PUBLISHED = date(2024, 6, 8)  # a Saturday


# ---- lexicons/plover_triggers.tsv: close / seal / closure / reopen with a frontier as context

SEALED = "The mutineers sealed the borders on Wednesday."
CLOSURE = "The border closure left hundreds of traders stranded."
REOPENED = "The military council reopened the land borders on Saturday."
PASSIVE = "The rebels announced that the borders were sealed until further notice."
SHOP = "The bakery will close on Monday for repairs."


def test_sealing_borders_is_coercion(nlp):
    a = analyse(nlp, SEALED, PUBLISHED)
    sealed = event_at(a, SEALED, "sealed")
    assert (sealed.type, sealed.mode, sealed.modality) == ("COERCE", "restrict", "happened")
    assert sealed.when is not None and sealed.when.value == "2024-06-05"


def test_a_border_closure_is_coercion(nlp):
    a = analyse(nlp, CLOSURE, PUBLISHED)
    closure = event_at(a, CLOSURE, "closure")
    assert (closure.type, closure.mode) == ("COERCE", "restrict")


def test_borders_said_sealed_in_the_passive_are_coercion(nlp):
    a = analyse(nlp, PASSIVE, PUBLISHED)
    assert event_at(a, PASSIVE, "sealed").type == "COERCE"


def test_reopening_borders_is_the_retreat_that_undoes_it(nlp):
    a = analyse(nlp, REOPENED, PUBLISHED)
    reopened = event_at(a, REOPENED, "reopened")
    assert (reopened.type, reopened.mode, reopened.modality) == ("RETREAT", "access", "happened")
    assert reopened.when is not None and reopened.when.value == "2024-06-08"


def test_closing_a_shop_is_no_event(nlp):
    a = analyse(nlp, SHOP, PUBLISHED)
    assert not [e for e in a.events if e.text == "close"]


# ---- events.timing._dates_an_after_object

AGO = "The army has reopened the airport after the mutiny three days ago."
LAST_WEEK = "The prime minister resigned after the vote last week."
OWN_AGO = "The army reopened the airport three days ago."


def test_ago_after_an_after_object_does_not_date_the_main_act(nlp):
    a = analyse(nlp, AGO, PUBLISHED)
    reopened = event_at(a, AGO, "reopened")
    assert reopened.when is None or reopened.when.value != "2024-06-05"
    assert reopened.when_how == "article"


def test_last_week_after_an_after_object_does_not_date_the_main_act(nlp):
    a = analyse(nlp, LAST_WEEK, PUBLISHED)
    resigned = event_at(a, LAST_WEEK, "resigned")
    assert resigned.when_how == "article"


def test_ago_on_the_act_itself_still_dates_it(nlp):
    a = analyse(nlp, OWN_AGO, PUBLISHED)
    reopened = event_at(a, OWN_AGO, "reopened")
    assert reopened.when is not None and reopened.when.value == "2024-06-05"
    assert reopened.when_how == "clause"
