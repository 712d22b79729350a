"""Time expressions in an article: find them, resolve them to ISO 8601, say what they were resolved against.

Candidates come from two places: spaCy's DATE/TIME entities (good recall on ordinary dates, but they
miss "recently", "pretty soon", "the next day", numeric dates, and sometimes swallow neighbouring
words) and a small set of patterns for what spaCy misses. Every candidate goes through the pure
normaliser (``timenorm/``); a candidate it cannot resolve is trimmed to its longest resolvable
part or dropped, so ages, quantities and the modal "may" never become times.

Anchoring: deictic expressions ("yesterday", "next week") resolve against the publication date.
Anaphoric ones ("the next day", "that week", "two days later") resolve against the last day-level
date the text itself established within a few sentences, and fall back to the publication date.
Anaphoric expressions counted in months, years or decades ("later that year", "the following month",
"a decade later") take the last time the text named at any grain up to a year ("in June 1998"
anchors "that year"); "that same day" after a coarser time ("last October") is a day of it, which is
all the text says.
Financial reports compare a quarter with the same quarter a year before: inside talk of quarters
("net rose in the third quarter from a year earlier"), "a year earlier", "year-ago", "the quarter" and
"the 1988 period" resolve against the last completed quarter the text named (or the last completed
one before publication); after "for the nine months", they are those months a year before; "the
quarter ended Sept. 30" is the calendar quarter ending nearest that date, unless the text has just
named the company's fiscal quarter ("earned ... in the fiscal first quarter"), which keeps its label
and which "the quarter" then is. A calendar quarter still running at publication whose results the
text reports in the past ("reported lower fourth-quarter earnings" in November) can only be a fiscal
one, and is the quarter in focus too; "the latest period" is the quarter in focus when there is one.

Named days come from ``lexicons/timex_holidays.tsv`` and dating adjectives ("current prices") from
``lexicons/timex_adjectives.tsv``. A spaCy entity that runs two expressions together ("the first
nine months of 1997") is split into the parts that resolve.

Some words are times only in some positions: "as soon as" and "shortly after X" are connectives,
"previously announced" and "quarterly dividend" qualify a word, not the clause, so they are dropped;
"a daily rally" is a set (``lexicons/timex_frequency_adjectives.tsv`` lists the nouns that make a
frequency adjective a classifier instead). "more than a quarter of the market" is a share, "the
future of the alliance" a fate, CBS's "60 Minutes" a title, and "today's youth" an era
(``lexicons/timex_era_nouns.txt``); "will one day be" is some day, not a length. A length the model
labels a number ("about 3 1/2 hours" as CARDINAL) is still a candidate. "Nov. 3, the day before
police issued a warrant" renames Nov. 3.

Tense picks the side of the reference a bare weekday or month lies on. It is read from the verb that
governs the expression: a simple past right before it ("said Thursday") wins over the parse; a
gerund takes the tense of the clause it depends on; a present-tense verb schedules ("the trial begins
Monday": ahead) unless it is a verb of saying or one whose past looks like its present
(``lexicons/timex_tense_verbs.tsv``); a time that dates a noun ("Friday's purchases", "a June
agreement", "the attack on Tuesday is...") takes only a plain past or future from its clause. In
reported speech the reference time is the day of the saying: "He said on Monday that the unit was
sold on Friday" is the Friday before that Monday, not before the publication (a time inside the
subject of a verb of saying, "the nominee for the Nov. 8 election said", takes nothing from the
saying's past, and a past in an "if" clause under "would" supposes: it looks ahead); in a quotation the
speaker's own "tomorrow", "this week" or "Monday" count from the day of the saying when a dated verb
of saying stands next to it ("'We will vote tomorrow,' he said Friday"). A bare verb coordinated
with a future shares its auxiliary ("will travel Friday and return Saturday"); a time before the
"that" of a clause is outside it, whatever the parser hung it on; an infinitive, passive or not, is no
past ("is scheduled to be sentenced Tuesday"), and neither is a participle whose auxiliaries have no
tense ("getting beat up in the spring"). Some verbs put the day ahead whatever their tense
(``lexicons/timex_ahead_verbs.tsv``): "postponed until Tuesday" (where the event now lies) and the
present passive of scheduling ("is expected on Tuesday"). A day that dates a time limit ("a Monday
deadline", ``lexicons/timex_deadline_nouns.txt``) or follows "ahead of" is the nearest such day.

The package, one job a module. The normaliser, which reads one expression string and no spaCy, is
the sibling package ``timenorm/`` (apart so that the link stage can import it without spaCy).
Finding and anchoring in a document: ``candidates.py`` (where times may be), ``exclusions.py`` (what
is no time where it stands), ``resolving.py`` (a candidate's value, or its longest part that has
one), ``governor.py``, ``verb_context.py`` and ``verb_tense.py`` (the tense that picks a side),
``length_readings.py`` (lengths that their place makes points or periods), ``merging.py``
(neighbours joined, clocks given their day), ``financial_focus.py`` (the quarter or span a report is
about), ``speech.py`` (reported and quoted speech), ``anchoring.py`` (the time the text has just
established) and ``reference_date.py`` (a stand-in publication date). ``extract_times`` here runs
them.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from storyline.analyze.nlp import doc_text
from storyline.analyze.timenorm.financial_phrases import latest_quarter, quarter_phrase, year_to_date_phrase
from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timex.anchoring import (
    ANAPHORA_SENTENCES,
    _ANAPHORIC_UNIT,
    _SAME_DAY,
    _UNIT_DAYS,
    _apposed_day,
    _converted_clock_day,
    _day_of,
    _weekday_of_named_day,
)
from storyline.analyze.timex.candidates import _candidates, _trim
from storyline.analyze.timex.exclusions import _AGE_AFTER, _is_name_like, _not_a_time, _ordinal_second
from storyline.analyze.timex.financial_focus import (
    QUARTER_SENTENCES,
    _QUARTER_VALUE,
    _QUARTER_WORD,
    _month_a_year_before,
    _period_a_year_before,
    _quarter_ended,
    _reported_running_quarter,
    _year_to_date_months,
)
from storyline.analyze.timex.governor import _governor, tenseless_verbs
from storyline.analyze.timex.length_readings import _offset_after_in, _period_ending, _some_day
from storyline.analyze.timex.merging import _date_bare_clocks, _merge_adjacent
from storyline.analyze.timex.reference_date import infer_reference_date
from storyline.analyze.timex.resolving import _best_subspan, _resolve
from storyline.analyze.timex.speech import _quoted_saying_days, _reported_weekday
from storyline.analyze.timex.verb_context import _verb_context
from storyline.analyze.timex.verb_tense import as_scheduled
from storyline.records import Span, TimeRef, record_id

__all__ = ["as_scheduled", "extract_times", "infer_reference_date"]


def extract_times(doc: Doc, article_id: str, reference: date | None) -> list[TimeRef]:
    """Every time expression in the document, resolved, in text order, without overlaps."""
    text = doc_text(doc)
    chosen: list[tuple[int, int, TimeValue, str]] = []
    cands = sorted(_candidates(doc), key=lambda c: (c[0], -(c[1] - c[0]), c[2] != "spacy"))
    resolved: list[tuple[int, int, TimeValue, str]] = []
    pending = list(reversed(cands))
    tried: set[tuple[int, int, str]] = set()  # a remainder pushed back twice is not tried twice
    while pending:
        s, e, source = pending.pop()
        if (s, e, source) in tried:
            continue
        tried.add((s, e, source))
        if ((source != "holiday" and _is_name_like(doc, s, e)) or _AGE_AFTER.match(text[e:e + 12])
                or _not_a_time(doc, text, s, e)):
            continue
        context = _verb_context(doc, s, e)
        tv = _resolve(text[s:e], reference, context)
        if tv is None and source == "spacy":
            sub = _best_subspan(doc, s, e, reference, context)
            if sub is None:
                continue
            # what spaCy ran together around the part that resolves may hold another expression:
            # "the first nine months of 1997" is a length and a year
            for rs, re_ in ((s, sub[0]), (sub[1], e)):
                rs, re_ = _trim(text, rs, re_)
                if rs < re_:
                    pending.append((rs, re_, "spacy"))
            s, e, tv = sub
            if _not_a_time(doc, text, s, e):
                continue  # the part that resolves may be one of the words that are no time where they stand
            # the part's own verb context: "the Nov. 8 election later" hangs from the verb by
            # "later", the date by the noun it dates
            if (part_ctx := _verb_context(doc, s, e)) != context and (redo := _resolve(text[s:e], reference, part_ctx)):
                tv, context = redo, part_ctx
        if tv is None or _AGE_AFTER.match(text[e:e + 12]) or _ordinal_second(doc, text, s, e):
            continue
        if tv.kind == "duration":
            tv = _offset_after_in(doc, text, s, e, reference, context) or _some_day(doc, text, s, e, reference) or tv
        tv = _period_ending(text, s, e, tv)
        resolved.append((s, e, tv, context))
    # longest first, then earliest: a covering expression wins over its parts
    for s, e, tv, ctx in sorted(resolved, key=lambda r: (-(r[1] - r[0]), r[0])):
        if any(s < ce and cs < e for cs, ce, _, _ in chosen):
            continue
        chosen.append((s, e, tv, ctx))
    chosen.sort(key=lambda r: r[0])
    chosen = _date_bare_clocks(text, _merge_adjacent(text, chosen, reference))

    quoted = _quoted_saying_days(doc, text, chosen, reference)

    sent_starts = [sent.start_char for sent in doc.sents]
    sent_spans = [(sent.start_char, sent.end_char) for sent in doc.sents]

    def sent_index(pos: int) -> int:
        lo, hi = 0, len(sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sent_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    out: list[TimeRef] = []
    previous: tuple[date, int, int] | None = None  # last day-level date in the text: day, sentence, offset
    # last time of any grain to a year: start, days, sentence, offset, value
    coarse: tuple[date, int, int, int, str] | None = None
    # last quarter the text named: year, quarter, sentence, whether it is a company's fiscal label
    focus_q: tuple[int, int, int, bool] | None = None
    ytd: tuple[int, int] | None = None  # last span of the year to date the text named: months, sentence
    month_focus: tuple[str, int] | None = None  # last month the text named: value, sentence
    speech: tuple[date, int, int] | None = None  # last dated verb of saying: its day, token index, sentence
    for idx, (s, e, tv, ctx) in enumerate(chosen):
        si = sent_index(s) if sent_starts else 0
        anchor: str | None = None
        if idx in quoted and (redo := _resolve(text[s:e], quoted[idx], ctx)) is not None:
            tv, anchor = redo, f"quoted speech dated {quoted[idx].isoformat()} in text"
        if reference is not None:
            recent_q = focus_q if focus_q is not None and si - focus_q[2] <= QUARTER_SENTENCES else None
            sent_text = text[sent_spans[si][0]:sent_spans[si][1]] if sent_spans else text
            about_quarter = recent_q is not None or bool(_QUARTER_WORD.search(sent_text))
            if tv.relative == "quarter" or about_quarter:
                qtv = quarter_phrase(text[s:e], reference, focus_q[:2] if focus_q else None,
                                     bare_comparisons=about_quarter)
                if qtv is not None:
                    tv = qtv
                    if focus_q is not None:
                        anchor = f"quarter in focus {focus_q[0]}-Q{focus_q[1]} in text"
            if (not about_quarter and tv.reason.startswith("financial quarter: a year before")
                    and not _QUARTER_WORD.search(text[s:e])):
                tv = _period_a_year_before(text[s:e], reference) or tv
            if ytd is not None and si - ytd[1] <= 1 and (focus_q is None or ytd[1] >= focus_q[2]):
                focus_year = focus_q[0] if focus_q is not None else latest_quarter(reference)[0]
                if (ytv := year_to_date_phrase(text[s:e], ytd[0], focus_year)) is not None:
                    tv, anchor = ytv, f"first {ytd[0]} months of {focus_year} in focus in text"
            if (months := _year_to_date_months(text[s:e])) is not None:
                ytd = (months, si)
            if recent_q is None or not recent_q[3]:
                # "the quarter ended Sept. 29" is the calendar quarter it ends nearest, unless the text
                # has just named the company's fiscal quarter, which "the quarter" then is
                tv = _quarter_ended(text, s, e, reference, ctx) or tv
            if month_focus is not None and month_focus[1] == si and tv.reason.startswith("offset -1 year"):
                # "exports rose in February from a year earlier": February a year before
                if (before := _month_a_year_before(month_focus[0], text[s:e])) is not None:
                    tv, anchor = before, f"month in focus {month_focus[0]} in text"
            if re.fullmatch(r"\d{4}-\d{2}", tv.value) and tv.relative != "anaphoric":
                month_focus = (tv.value, si)
            if ((qm := _QUARTER_VALUE.fullmatch(tv.value)) and tv.relative != "quarter"
                    and ((tv.latest is not None and tv.latest < reference)
                         or (tv.reason.startswith("fiscal quarter") and "(past)" in ctx)
                         or _reported_running_quarter(tv, reference, ctx))):
                # only a completed quarter is one a report is about; the current or a later one is a
                # forecast (a fiscal quarter's label says nothing about its months: its tense does)
                focus_q = (int(qm[1]), int(qm[2]), si,
                           tv.reason.startswith("fiscal quarter") or _reported_running_quarter(tv, reference, ctx))
            elif focus_q is not None and _QUARTER_VALUE.fullmatch(tv.value) and tv.relative == "quarter":
                focus_q = (*focus_q[:2], si, focus_q[3])  # still talking about it
        gov = _governor(doc, s, e)
        if speech is not None and speech[2] == si and gov is not None and (
                redo := _reported_weekday(text[s:e], tv, gov, speech, ctx)) is not None:
            tv, anchor = redo, f"reported speech dated {speech[0].isoformat()} in text"
        if (gov is not None and tenseless_verbs().get(gov.lemma_.lower()) == "reporting" and tv.kind == "date"
                and tv.earliest is not None and tv.earliest == tv.latest):
            speech = (tv.earliest, gov.i, si)
        unit = _ANAPHORIC_UNIT.search(text[s:e])
        if tv.relative == "anaphoric" and out and (same := _apposed_day(text, out[-1], s, e)) is not None:
            tv, anchor = same, f"previous date {out[-1].value} in text"
        elif out and (named := _weekday_of_named_day(text, out[-1], s, e, tv)) is not None:
            tv, anchor = named, f"previous date {out[-1].value} in text"
        elif out and (converted := _converted_clock_day(text, out[-1], s, e, tv)) is not None:
            tv, anchor = converted, f"previous time {out[-1].value} in text"
        elif (tv.relative == "anaphoric" and unit is not None and coarse is not None
                and si - coarse[2] <= ANAPHORA_SENTENCES and coarse[1] <= _UNIT_DAYS[unit[1].lower()]
                and (previous is None or coarse[3] >= previous[2])):
            # "later that year" after "in June 1998": the year of the last time the text named,
            # whatever its grain, as long as it fits in that unit
            redo = _resolve(text[s:e], coarse[0], ctx)
            if redo is not None:
                tv = redo
                anchor = f"previous time {coarse[0].isoformat()} in text"
        elif (tv.relative == "anaphoric" and coarse is not None and coarse[1] > 1 and "T" not in coarse[4]
              and si - coarse[2] <= ANAPHORA_SENTENCES and (previous is None or coarse[3] > previous[2])
              and _SAME_DAY.fullmatch(text[s:e])):
            tv = _day_of(coarse[4], coarse[0], coarse[1], text[s:e])
            anchor = f"previous time {coarse[0].isoformat()} in text"
        elif tv.relative == "anaphoric" and previous is not None and si - previous[1] <= ANAPHORA_SENTENCES:
            redo = _resolve(text[s:e], previous[0], ctx)
            if redo is not None:
                tv = redo
                anchor = f"previous date {previous[0].isoformat()} in text"
        if anchor is None and tv.relative in ("deictic", "anaphoric", "quarter") and reference is not None:
            anchor = f"published {reference.isoformat()}"
        if (tv.kind in ("date", "time", "interval") and tv.earliest is not None and tv.latest is not None
                and (tv.latest - tv.earliest).days <= (1 if "/" in tv.value else 0)
                and not tv.reason.startswith("vague")):
            previous = (tv.earliest, si, s)
        if (tv.kind in ("date", "time", "interval") and tv.earliest is not None and tv.latest is not None
                and (tv.latest - tv.earliest).days < 366 and tv.relative not in ("anaphoric", "quarter")
                and not tv.reason.startswith("vague")):
            coarse = (tv.earliest, (tv.latest - tv.earliest).days + 1, si, s, tv.value)
        ss, se = sent_spans[si] if sent_spans else (0, len(text))
        out.append(TimeRef(
            id=record_id("TimeRef", article_id, s, e, tv.value),
            span=Span(article_id, s, e),
            sentence=Span(article_id, ss, se),
            text=text[s:e],
            value=tv.value,
            kind=tv.kind,
            approx=tv.approx,
            anchor=anchor,
            earliest=tv.earliest,
            latest=tv.latest,
            reason=tv.reason,
        ))
    return out
