"""Round 17: articles without a publication date, dated from their URL (invented texts and URLs).

A full date in the URL path dates the article; a year+month in the path fixes the year of a weekday
and month-day in the text, or stands as a month-level date; numbers that are ids, and dates in a
query string, are not read; a date the feed gives is never overruled.
"""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.analyze.timex import infer_reference_date
from storyline.config import Settings
from storyline.records import Analysis, Article


def _analyse(nlp, text: str, url: str | None, published: date | None = None) -> Analysis:
    article = Article(id="dating142", source="-", text=text, url=url, published=published,
                      published_how="metadata" if published else "none")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def _when(analysis: Analysis, trigger: str) -> str | None:
    return next(e.when.value if e.when else None for e in analysis.events if e.text == trigger)


_TALKS = ("Negotiators for the two provinces walked out of the talks on Tuesday, "
          "the mediator told reporters in Norvale.\n")


def test_full_url_path_date_dates_the_article(nlp) -> None:
    a = _analyse(nlp, _TALKS, "https://news.example.org/2019/03/14/talks-collapse-in-norvale/")
    assert (a.reference_date, a.reference_how) == (date(2019, 3, 14), "inferred")
    assert a.reference_reason == "URL path '/2019/03/14'"
    assert _when(a, "walked") == "2019-03-12"


def test_iso_and_compact_url_dates(nlp) -> None:
    iso = infer_reference_date(nlp(_TALKS), "https://example.net/world/talks-collapse-2012-08-16")
    compact = infer_reference_date(nlp(_TALKS), "https://example.net/politics/20170215/talks-collapse")
    assert iso == (date(2012, 8, 16), "URL path '2012-08-16'")
    assert compact == (date(2017, 2, 15), "URL path '20170215'")


def test_url_ids_and_query_strings_are_not_dates(nlp) -> None:
    for url in ("https://example.net/world/20170215104433/talks", "https://example.net/news/1185859",
                "https://example.net/a/694967/talks", "https://alerts.example.net/db?id=EQ-20160417-1-XX"):
        assert infer_reference_date(nlp(_TALKS), url) is None, url


def test_url_year_month_fixes_the_year_of_a_weekday_date(nlp) -> None:
    text = ("The ceasefire talks opened in Norvale on Thursday, April 21 after a three-day delay, "
            "the mediator said.\n")
    a = _analyse(nlp, text, "https://news.example.org/2016/04/talks-open-after-delay/")
    assert a.reference_date == date(2016, 4, 21)
    assert a.reference_reason == "URL path '/2016/04/' gives the year of 'Thursday, April 21', whose weekday matches"
    assert _when(a, "talks") == "2016-04-21"


def test_url_year_month_stands_as_a_month_level_date(nlp) -> None:
    text = "The mediator said the talks were postponed until March 20.\n"
    a = _analyse(nlp, text, "https://news.example.org/2018/02/talks-postponed/")
    assert a.reference_date == date(2018, 2, 15)
    assert a.reference_reason.startswith("month-level: URL path '/2018/02/' gives the year and month only")
    assert any(t.value == "2018-03-20" for t in a.times)


def test_url_year_month_overrules_a_text_date_from_another_month(nlp) -> None:
    text = ("The mediator said on Monday that the talks begun on May 3, 2015 had collapsed.\n")
    found = infer_reference_date(nlp(text), "https://news.example.org/2016/04/talks-collapse/")
    assert found is not None and found[0] == date(2016, 4, 15)


def test_a_given_publication_date_is_never_overruled_by_the_url(nlp) -> None:
    a = _analyse(nlp, _TALKS, "https://news.example.org/2019/03/14/talks-collapse/", published=date(2019, 3, 15))
    assert (a.reference_date, a.reference_how) == (date(2019, 3, 15), "metadata")
    assert _when(a, "walked") == "2019-03-12"
