"""Figures: numbers that count or measure something, with range, qualifier, unit and who claims them.

Analysts compare figures across sources ("4,000 missiles" in one report, "3,500" in another), so
each Quantity keeps the value as a range (``low``/``high``, equal for a point), the hedge the text
put on it (``approx``: around, more than, up to...), what is counted (``unit``), the noun phrase it
describes where the parse shows it (``subject``), the attribution whose content holds it
(``attributed_to``) and the date it refers to (``as_of``).

What is not a figure, by rule: dates, times and years (anything inside a TimeRef span or a DATE/TIME
entity), ordinals, numbers glued into names or models (F-16, Su-34) and numbers used as hyphenated
modifiers ("a 1,000-pound warhead", "a two-hour call"): those describe a property of a thing, not a
count, and counting them would flood the figure table with noise. So are scores and odds ("a 2-1
defeat", "20-1"), ranks ("the top two"), days of a month the time extractor left unresolved ("on
March 3"), a bare definite "the two" (a pronoun for a known pair) and the "one" of an unnamed source
("one diplomat said").

Bounds ("more than 200") keep ``low == high == 200``; the bound type lives in ``approx`` so that no
infinite values reach JSON or SQL.

The package, one job a module: ``numbers.py`` (number tokens' values, scale and number words),
``currencies.py`` (currency symbols and codes), ``exclusions.py``, ``identifiers.py`` and
``scores.py`` (numbers that are no figures), ``fractions.py`` and ``ratios.py`` (shares read as a
percent), ``qualifiers.py`` (hedges and bounds), ``reading.py`` (one number from its first token),
``units.py`` (what is counted), ``subjects.py`` (what the figure describes), ``people.py`` (counts of
people and crowds), ``antecedents.py`` (what a figure takes from the figure before it),
``as_of.py`` (the date it refers to), ``periods.py`` (the period a rate is over), ``notes.py``
(the marks of ``reason`` the linker reads) and ``phrases.py`` (noun phrases several steps name
things by). ``extract_quantities`` here runs them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import doc_text
from storyline.analyze.quantities.antecedents import (
    _antecedent,
    _counted_before,
    _currency_before,
    _elided_unit,
    _estimated_again,
    _kept_subject,
    _restated_in_unit,
)
from storyline.analyze.quantities.as_of import _as_of
from storyline.analyze.quantities.currencies import CURRENCY, _currency_code
from storyline.analyze.quantities.exclusions import EXCLUDED_ENTS, LABEL_NOUNS, YEAR_PREV, _excluded
from storyline.analyze.quantities.fractions import _FRACTIONS, _whole_of_fraction
from storyline.analyze.quantities.notes import (
    ANTECEDENT_MARK,
    CHANGE_MARK,
    DEATH_MARK,
    DISPLACED_MARK,
    EARLIER_MARK,
    MISSING_MARK,
    PERIOD_MARK,
    POPULATION_MARK,
    PART_MARK,
    SCOPE_MARK,
    POSSIBLE_MARK,
    PROPOSED_MARK,
    SET_ASIDE_MARK,
    SHARE_MARK,
    TOTAL_MARK,
    UPDATE_MARK,
    _change_note,
    _death_note,
    _displaced_note,
    _earlier_note,
    _missing_note,
    _part_note,
    _possible_note,
    _proposed_note,
    _scope_note,
    _total_note,
    _update_note,
    set_aside,
)
from storyline.analyze.quantities.numbers import (
    DURATION_WORDS,
    FUZZY_MULT,
    PERCENT,
    SCALES,
    UNITS,
    VAGUE,
    _glued_dash,
    _scale_of,
    _value,
)
from storyline.analyze.quantities.people import (
    _people_verb,
    crowd_of_clause,
    crowd_of_verb,
    crowd_verb_stems,
    drawn_crowd,
)
from storyline.analyze.quantities.periods import _period_after
from storyline.analyze.quantities.phrases import _PLURAL_NOUN_TAGS, _head_phrase, _noun_after
from storyline.analyze.quantities.qualifiers import KEEP_QUALIFIER, QUALIFIERS, _qualifier, _trailing_bound
from storyline.analyze.quantities.ratios import _ratio, _share_of
from storyline.analyze.quantities.reading import _change_then_level, _collect, _repeated_unit_range
from storyline.analyze.quantities.scores import _vote_nouns, _vote_tally
from storyline.analyze.quantities.subjects import _named_holder, _per_measure, _subject
from storyline.analyze.quantities.units import (
    _SPAN_UNITS,
    _count_brought_to,
    _counted_subject,
    _implied_unit,
    _implied_units,
    _implied_whole,
    _share_or_count,
    _strength_noun,
    _unit_and_head,
)
from storyline.records import Quantity, Quote, Span, TimeRef, record_id

__all__ = [
    "ANTECEDENT_MARK", "CHANGE_MARK", "CURRENCY", "DEATH_MARK", "DISPLACED_MARK", "EARLIER_MARK", "MISSING_MARK", "PERIOD_MARK", "PART_MARK", "POSSIBLE_MARK", "PROPOSED_MARK", "SCOPE_MARK",
    "DURATION_WORDS", "EXCLUDED_ENTS", "FUZZY_MULT",
    "KEEP_QUALIFIER", "LABEL_NOUNS", "PERCENT", "QUALIFIERS", "SCALES", "POPULATION_MARK", "SET_ASIDE_MARK", "SHARE_MARK", "TOTAL_MARK", "UNITS",
    "UPDATE_MARK", "VAGUE", "YEAR_PREV", "crowd_of_verb", "crowd_verb_stems", "extract_quantities",
]


# speakers that are a quotation's own voice: its "I think" names the quoted speaker again
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})


# Units of measure a fraction of one of them is an amount in: "a quarter of a percentage point",
# "half a mile", "three quarters of a degree"
_MEASURE_WHOLES = frozenset({"point", "mile", "kilometre", "kilometer", "metre", "meter", "degree", "cent",
                             "tonne", "ton", "litre", "liter", "gallon", "hectare", "acre"})


def _one_unit(whole: str) -> str | None:
    """The unit in "a percentage point", "a mile" (one unit of measure, ``_MEASURE_WHOLES``), else None."""
    words = whole.lower().split()
    if len(words) < 2 or words[0] not in {"a", "an", "one"} or words[-1] not in _MEASURE_WHOLES:
        return None
    return " ".join(words[1:])


def extract_quantities(
    doc: Doc, article_id: str, quotes: Sequence[Quote], times: Sequence[TimeRef]
) -> list[Quantity]:
    """Every figure in ``doc``, in text order."""
    time_spans = [(t.span.start, t.span.end) for t in times]
    # Without a time extractor's spans, fall back on the parser's DATE/TIME entities.
    use_ents = not times
    out: list[Quantity] = []
    counted: list[Token] = []  # the plural nouns earlier figures count, for elided units
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        # a number first (most tokens are none), then whether it is excluded
        got = _collect(doc, i)
        fraction = got is not None and doc[got[1]].lower_ in _FRACTIONS
        if got is None or (_excluded(tok, time_spans, use_ents) if not fraction
                           else any(s <= tok.idx < e for s, e in time_spans)):
            i += 1
            continue
        first, last, low, high, fuzzy, currency = got
        if not fraction and any(_excluded(doc[k], time_spans, use_ents) for k in range(first, last + 1)
                                if _value(doc[k]) is not None):
            i = last + 1
            continue
        reason = f"fraction ('{doc_text(doc)[doc[first].idx : doc[last].idx + len(doc[last])]}') as a percent" \
            if fraction else "number"
        approx = fuzzy
        # Ranges: "between 30 and 60", "65 to 90", "30-60", "from 70,000 to 85,000".
        j = last + 1
        if _repeated_unit_range(doc, first, last):
            j += 1  # "48 cents to 52 cents a share": the unit said twice joins no two figures
        if j + 1 < n and doc[j].lower_ in {"to", "-", "–", "and"} and not fraction:  # "by a fifth to 890 million": a change, then a level
            nxt = _collect(doc, j + 1)
            is_between = first > 0 and doc[first - 1].lower_ == "between"
            ok_join = doc[j].lower_ != "and" or is_between
            if nxt is not None and ok_join and not _excluded(doc[j + 1], time_spans, use_ents) \
                    and not _change_then_level(doc, first, last, nxt, low):
                f2, l2, lo2, hi2, fz2, cur2 = nxt
                scale2 = _scale_of(doc, l2)
                if scale2 > 1 and _scale_of(doc, last) == 1 and low * scale2 <= hi2:
                    low *= scale2  # "between 5 and 7 million": the scale word covers both ends
                    high = low
                if lo2 >= low:
                    high = hi2
                    last = l2
                    currency = currency or cur2
                    reason = "range"
                    if is_between:
                        first -= 1
        if first > 0 and doc[first - 1].lower_ == "from" and reason == "range":
            first -= 1
        ratio = _ratio(doc, first, last, low, time_spans, use_ents) if reason == "number" and low == high and not fuzzy else None
        if ratio is not None:
            m_index, whole = ratio
            reason = f"{SHARE_MARK} ('{doc_text(doc)[doc[first].idx : doc[m_index].idx + len(doc[m_index])]}') as a percent"
            low = high = round(low / whole * 100, 2)
            last, currency = m_index, "%"
        q_first, qualifier = _qualifier(doc, first)
        if qualifier is not None and qualifier not in KEEP_QUALIFIER:
            approx = qualifier if approx is None else f"{qualifier} {approx}"
            first = q_first
        elif qualifier is not None:
            first = q_first
        if first > 2 and [t.lower_ for t in doc[first - 3 : first]] == ["plus", "or", "minus"] and approx is None:
            approx = "plus or minus"  # "forecast $32.5 billion, plus or minus 2%": a tolerance, not a sign
            first -= 3
        elif first > 0 and doc[first - 1].lower_ == "minus" and approx is None:
            low, high = -high, -low  # "minus 6 degrees": the sign is a word
            first -= 1
        unit, carrier = _unit_and_head(doc, i if not _currency_code(doc[i].text) else i + 1, last, currency)
        if unit is not None and carrier is not None and carrier.i > last and _glued_dash(doc, carrier.i + 1) \
                and doc[carrier.i + 2].pos_ in {"NOUN", "PROPN"}:
            # "two co-defendants", "50 self-employed workers"... the tokenizer splits a hyphenated
            # noun; its last part is the head, and the whole word names what is counted
            carrier = doc[carrier.i + 2]
            unit = doc_text(doc)[doc[carrier.i - 2].idx : carrier.idx + len(carrier)].lower()
        if unit is not None and not any(ch.isalpha() for ch in unit):
            unit = None  # "| 1 | 2 |": a table's rule the tagger took for a noun counts nothing
        # "told a crowd of 1,300": the crowd is what the figure sizes, whoever the clause's subject is
        whole = _implied_whole(doc[last])
        if whole is not None and carrier is not None and whole.i == carrier.i:
            unit = _share_or_count(unit, high)  # "a turnout of more than 20,000": people
        holder = _named_holder(doc, first)
        subject = holder or _per_measure(doc, first) or (_head_phrase(whole) if whole is not None and carrier is not None and whole.i == carrier.i else None) \
            or _subject(doc, carrier)
        if ratio is not None and (whole_of := _noun_after(doc, last)) is not None:
            subject = whole_of  # "nine out of 10 Ukrainians": a share of Ukrainians
        share_note = ""
        if fraction and (whole_of := _whole_of_fraction(doc, last)) is not None:
            if (measure := _one_unit(whole_of)) is not None:
                # "cut rates by a quarter of a percentage point": a fraction of one unit is an amount
                # in that unit (0.25 percentage points), not a share of a population
                low, high, unit, carrier, subject = round(low / 100, 4), round(high / 100, 4), measure, None, None
                reason = reason.replace(") as a percent", f") of one {measure}")
            else:
                subject = whole_of  # "nearly half of respondents": a share of the respondents
                share_note = f"; {POPULATION_MARK} '{whole_of}'"
        strength = _strength_noun(doc, last)
        if strength is not None:
            # "the 2.5 million-strong union": the number counts the union's members
            unit = _implied_units().get(strength.lemma_.lower(), "members")
            subject = doc_text(doc)[doc[last + 3].idx : strength.idx + len(strength)]
            carrier = strength
        elided = person_verb = drawing = None
        # "Dragan received about 3.1 million votes and Costan about 2.5 million": a holder named in a
        # gapped clause says whose the figure is, not what it counts
        if unit is None and (subject is None or subject == holder) and carrier is not None and carrier.i <= last:
            elided = _elided_unit(doc, first, last, counted)
            if elided is not None:
                unit = _currency_code(elided.text) or elided.text.lower()  # "85 million euros ... 10 million"
            elif (person_verb := _people_verb(doc, last)) is not None:
                unit = "people"
            elif (drawing := drawn_crowd(doc, last)) is not None:
                unit, subject = "people", "crowd"  # "the march drew 250,000": the crowd it brought out
        crowd_note = f"; subject 'crowd' drawn by '{drawing.text}'" if drawing is not None else ""
        if subject is None and person_verb is not None and (crowd := crowd_of_verb(person_verb)) is not None:
            subject = crowd  # "organizers said 20,000 attended": the attendance
            crowd_note = f"; subject '{crowd}' implied by '{person_verb.text}'"
        elif subject is None and unit == "people" and carrier is not None and (crowd := crowd_of_clause(carrier)) is not None:
            subject = crowd  # "15,000 people took part": the attendance
            crowd_note = f"; subject '{crowd}' implied by '{carrier.head.text}'"
        antecedent = (_antecedent(doc, out, first, subject) or _counted_before(doc, out, first, subject)) \
            if unit is None else _restated_in_unit(doc, out, first, subject, unit)
        if antecedent is None and subject is None:
            antecedent = _estimated_again(doc, out, first, unit)  # "analysts put it at $30 million"
        if antecedent is not None:
            unit, subject = antecedent.unit, _kept_subject(subject, antecedent)  # "the figure" itself says nothing
        # "a 5-2 ruling", "a 6-3 decision": the noun after the tally is the vote's, not the unit
        tally = _vote_tally(doc, i, last) if unit is None or unit in _vote_nouns() else None
        if tally is not None:
            unit = "votes"
            if subject is not None and _voting_body(doc, first, subject):
                subject = None  # "Lawmakers voted 212 to 187": the lawmakers cast both halves
        implied = _implied_unit(subject, high) if unit is None and antecedent is None else None
        if implied is not None:
            unit = implied
        counted_subject = _counted_subject(carrier) if unit is None and antecedent is None and subject is not None else None
        if counted_subject is not None:
            unit = counted_subject.lower_  # "hospitalisations rose by 14% to 2,340": 2,340 hospitalisations
        elif unit is None and antecedent is None and (counted_noun := _count_brought_to(carrier)) is not None:
            unit = counted_noun.lower_  # "bringing the number of people freed to 17": 17 people
        if unit == "percent" and subject is None and carrier is not None:
            subject = _share_of(doc, carrier)  # "about 62% of children under five": a share of the children
            share_note = f"; {POPULATION_MARK} '{subject}'" if subject is not None else share_note
        money_before = _currency_before(doc, out, first, last) if unit is None and antecedent is None else None
        if money_before is not None:
            unit = money_before.unit
        if carrier is not None and unit is not None and carrier.tag_ in _PLURAL_NOUN_TAGS and carrier.i > last:
            counted.append(carrier)
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text.rstrip("."))
        if unit in _SPAN_UNITS and carrier is not None and carrier.i > last:
            end = carrier.idx + len(carrier)
        period = _period_after(doc, carrier.i if carrier is not None and carrier.i > last else last) \
            if unit is not None else None
        trailing = _trailing_bound(doc, carrier.i if carrier is not None and carrier.i > last else last) \
            if approx is None and qualifier is None else None
        if trailing is not None:
            approx = qualifier = trailing  # "20 nuclear warheads at most": the bound written after the noun
        sent = tok.sent
        # the innermost report holding the figure: "X said five were killed, according to the agency"
        # is X's figure, which the agency passes on; a quotation's own "I think" inside it is the
        # quoted speaker's again, whose record names them (a first person names no one)
        holding = sorted((q for q in quotes if q.span.start <= doc[i].idx and doc[last].idx + len(doc[last]) <= q.span.end),
                         key=lambda q: q.span.end - q.span.start)
        quote = next((q for q in holding if (q.speaker or "").lower() not in _FIRST_PERSON), holding[0] if holding else None)
        corrected = set_aside(doc[i])
        if corrected:
            quote = None  # "freed 17 people, not 15": the speaker disputes 15, so it is not theirs
        possible = _possible_note(doc, last, carrier)  # "could rise to 240": no update of the count
        as_of = _as_of(times, sent.start_char, sent.end_char, doc_text(doc), end,
                       doc=doc, figure=carrier if carrier is not None else doc[last])
        out.append(
            Quantity(
                id=record_id("quantity", article_id, start, end),
                span=Span(article_id, start, end),
                sentence=Span(article_id, sent.start_char, sent.end_char),
                text=doc_text(doc)[start:end],
                low=float(low),
                high=float(high),
                approx=approx,
                unit=unit,
                subject=subject,
                attributed_to=quote.id if quote else None,
                as_of=as_of,
                reason=reason + (f"; qualifier '{qualifier}'" if qualifier else "") + (f"; in a report ('{quote.cue_lemma or quote.kind}')" if quote else "")
                + (f"; {SET_ASIDE_MARK} (', not')" if corrected else "")
                + (possible or _update_note(carrier)) + _change_note(carrier) + _part_note(doc, last, carrier, first) + _scope_note(doc, last, carrier)
                + _total_note(doc, last, carrier) + _earlier_note(doc, last, carrier) + _proposed_note(doc, last, carrier)
                + (f"; unit '{unit}' from the figure before it (noun left out)" if elided is not None else "")
                + (f"; {ANTECEDENT_MARK} '{antecedent.text}' (unit and subject from it)" if antecedent is not None else "")
                + (f"; unit 'people' implied by '{person_verb.text}'" if person_verb is not None else "")
                + _death_note(doc, last, carrier, person_verb, antecedent)
                + _missing_note(doc, last, carrier, person_verb)
                + _displaced_note(doc, last, carrier)
                + crowd_note
                + (f"; vote tally '{tally}' (for-against)" if tally is not None else "")
                + (f"; currency {unit} from '{money_before.text}' (left out)" if money_before is not None else "")
                + share_note
                + (f"; {PERIOD_MARK} {period[0]} ('{period[1]}')" if period is not None else ""),
            )
        )
        i = last + 1
    return out


def _voting_body(doc: Doc, first: int, subject: str) -> bool:
    """"Lawmakers voted 212 to 187", "The committee had voted 14 to 11": a subject written before a
    tally in its sentence is the body that voted, whose members cast both halves; it is not what
    one half counts, and giving it to one number alone would say the other side was not them."""
    sent = doc[first].sent
    at = doc_text(doc).find(subject, sent.start_char, doc[first].idx)
    return at >= 0
