"""Session 16, feed 52 (link): the ministers of a meeting are the two countries' stand-ins, as leaders
are, so a report naming only them joins one of the same day that names the countries."""

from __future__ import annotations

from storyline.analyze.event_words import is_party_placeholder


def test_ministers_stand_for_the_parties():
    # "a meeting between the two countries' foreign ministers, planned for next Tuesday" and later "a
    # meeting between the foreign ministers of Valdoria and Karsk ... has been cancelled"
    assert is_party_placeholder("foreign ministers")
    assert is_party_placeholder("ministers")
    assert not is_party_placeholder("minister")  # one minister is someone of their own
