"""Round 19: a date atop the copy in another month than the URL files the article under is the day
the page was fetched (or a teaser's), not the publication date (invented text and URLs)."""

from __future__ import annotations

from datetime import date

from storyline.ingest.build import build_article
from storyline.url_dates import filed_month
from storyline.records import RawDocument

TXT = ("March 3, 2021\n\nNorvale and Ostland to put off joint naval drills\n\n"
       "Norvale and Ostland have decided to put off joint naval drills planned for this month, "
       "the two defence ministers said on Sunday, in a move meant to ease talks with Ostland's neighbour.\n")


def test_filed_month() -> None:
    assert filed_month("https://a.example/2019/11/slug/")[:2] == (2019, 11)
    assert filed_month("https://a.example/politics/20221014-64295/")[:2] == (2022, 10)
    assert filed_month("https://a.example/news/2024-07-31/x.html")[:2] == (2024, 7)
    assert filed_month("https://a.example/x?date=2019-11-01") is None
    assert filed_month(None) is None


def test_dateline_outside_url_month_is_dropped() -> None:
    art = build_article(RawDocument(origin="f", text=TXT, title="Norvale and Ostland to put off joint naval drills", url="https://a.example/2019/11/norvale-drills/"))
    assert art.published is None
    assert "outside the URL's month" in art.published_reason


def test_dateline_in_url_month_is_kept() -> None:
    art = build_article(RawDocument(origin="f", text=TXT, title="Norvale and Ostland to put off joint naval drills", url="https://a.example/2021/03/norvale-drills/"))
    assert art.published == date(2021, 3, 3)
