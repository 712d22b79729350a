"""Syndication, session 15: a wire credit naming the site the copy was read on is no syndication."""

from __future__ import annotations

from storyline.ingest.build import build_article
from storyline.records import RawDocument

TEXT = ("LONDON, March 9 (Reuters) - Valdoria's centre-right Civic Union won the most seats in Sunday's "
        "parliamentary election, preliminary results showed on Monday.\n")


def _article(url: str):
    return build_article(RawDocument(origin="feed.jsonl:1", text=TEXT, url=url, title="Civic Union wins"))


def test_the_wires_own_copy_on_its_site_is_not_syndicated():
    assert _article("https://www.reuters.com/world/valdoria-election").syndicated_from is None


def test_the_wires_copy_on_another_site_is():
    assert _article("https://www.example-daily.com/world/valdoria-election").syndicated_from == "Reuters"
