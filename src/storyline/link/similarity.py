"""Text features for story clustering: weighted content terms and name keys, and sparse cosine.

Kept free of spaCy and of any state so the clusterer can call it on every incoming article at a flat
cost. Content terms are lower-cased, lightly stemmed words with function words, numbers and calendar
words dropped: numbers and dates say more about when a page was collected than about which event it
reports, and would let unrelated stories from the same week cluster together. Names (people, places,
organisations) are the strongest signal that two reports are about the same real-world event, so
they are kept as a separate feature set; when the caller has no entity keys (no analysis yet) a
capitalisation heuristic stands in for a named-entity recogniser.

Figures and years are kept too, but as feature sets of their own rather than as content terms. Two
reports of the same kind of event (two earthquakes, two pirate attacks) share their vocabulary and
often their places; what tells them apart is who, where, when and how many: "26 pirates", "magnitude
5.6", "in 2011". Scored as a separate set, a shared figure or year is evidence for one event and
disjoint ones are evidence against, while an article that states none is judged on its other
features alone. Kept apart from the words, they cannot swamp the vocabulary; and because a set of
one or two common features is weak evidence (the current year is in most of a week's articles), the
clusterer damps such sets by an evidence prior rather than trusting their bare cosine. Weekdays
("struck on Sunday") and the months of written dates ("March 4", "in May") are kept the same way, for
the same reason: see ``weekday_terms`` and ``month_terms``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

from storyline.analyze.timenorm import MONTHS

STOPWORDS = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also although
    always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
    back be became because become becomes becoming been before beforehand behind being below beside
    besides between beyond both but by can cannot could did do does doing done down due during each
    either else elsewhere enough even ever every everyone everything everywhere except few for former
    formerly from further get gets getting give given go goes going gone got had has have having he
    hence her here hereafter hereby herein hers herself him himself his how however i if in indeed into
    is it its itself just keep last latter latterly least less like made make many may me meanwhile
    might mine more moreover most mostly much must my myself namely neither never nevertheless next no
    nobody none noone nor not nothing now nowhere of off often on once one only onto or other others
    otherwise our ours ourselves out over own per perhaps please put quite rather re really same say
    says said see seem seemed seeming seems several she should show since so some somehow someone
    something sometime sometimes somewhere still such take than that the their theirs them themselves
    then thence there thereafter thereby therefore therein thereupon these they this those though
    through throughout thru thus to together too toward towards under until up upon us use used using
    very via was we well were what whatever when whence whenever where whereafter whereas whereby
    wherein whereupon wherever whether which while whither who whoever whole whom whose why will with
    within without would yet you your yours yourself yourselves
    mr mrs ms dr st told tell telling according reported report reports reporting news press story
    new today yesterday tomorrow week weeks month months year years day days time times ago
    percent per cent first second third two three four five six seven eight nine ten hundred thousand
    million billion dozen
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    am pm edt est gmt utc bst cet pst pdt cst cdt
    http https www com html htm
    """.split()
)

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# A name: capitalised words, allowing a few lower-case joiners inside ("Bank of England").
_NAME = re.compile(
    r"\b[A-Z][\w’'.-]*[a-zA-Z](?:\s+(?:(?:of|the|de|da|del|von|van|al|bin|la|le)\s+)*[A-Z][\w’'.-]*[a-zA-Z])*"
)
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?:;\"“”]\s+|\n\s*)$")


def stem(word: str) -> str:
    """A deliberately light stemmer: folds plurals and possessives, nothing that could join two meanings."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def lead(text: str, chars: int) -> str:
    """The opening of an article up to a word boundary: news puts the event itself first."""
    if len(text) <= chars:
        return text
    cut = text.rfind(" ", 0, chars)
    return text[: cut if cut > 0 else chars]


def content_terms(
    text: str, title: str | None = None, title_weight: int = 2, lead_chars: int = 0
) -> Counter[str]:
    """Counts of content terms. Words of the title count ``title_weight`` times and words of the
    first ``lead_chars`` characters once more, because headline and lead state the event itself
    while the rest of an article often recalls background shared with other stories."""
    counts: Counter[str] = Counter()
    for source, weight in _sources(text, title, title_weight, lead_chars):
        for match in _WORD.finditer(source):
            word = match.group()
            if len(word) < 3:
                continue
            term = stem(word)
            if len(term) < 3 or term in STOPWORDS:
                continue
            counts[term] += weight
    return counts


# A year an event report would cite: 1900-2099 standing alone, not inside a longer number, a time, a
# slashed date or a range ("1,2011", "20:11", "12/16/2011" and "2011-12" give none).
_YEAR = re.compile(r"(?<![\w.,:/-])(?:19|20)\d\d(?![\w.,:/-]\d|\w)")
# A figure written in digits, thousands separators and a decimal part allowed: "26", "1,500", "5.6".
# Not a part of a time, a slashed date, a range or a score ("19:09", "12/16", "45-7-2" gives 45 only):
# those are page furniture or too loosely tied to the event.
_FIGURE = re.compile(
    r"(?<![\w.,:/])(?<!\d-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\w|[.,:/]\d)"
)


def _sources(text: str, title: str | None, title_weight: int, lead_chars: int) -> list[tuple[str, int]]:
    sources = [(text, 1), (title or "", title_weight)]
    if lead_chars > 0:
        sources.append((lead(text, lead_chars), 1))
    return sources


def year_terms(text: str, title: str | None = None, title_weight: int = 2, lead_chars: int = 0) -> Counter[str]:
    """Counts of the years an article mentions, weighted like ``content_terms`` (title and lead count more).

    A year is the most robust "when" a text carries without date resolution: background years (the
    last quake in 2005) dilute it, which is why it is one weighted feature set among several and not
    a hard filter.
    """
    counts: Counter[str] = Counter()
    for source, weight in _sources(text, title, title_weight, lead_chars):
        for match in _YEAR.finditer(source):
            counts[match.group()] += weight
    return counts


def figure_terms(text: str, title: str | None = None, title_weight: int = 2, lead_chars: int = 0) -> Counter[str]:
    """Counts of the figures written in digits, years left out (``year_terms`` has them).

    Thousands separators are folded ("1,500" and "1500" are one figure). Small figures are common to
    many articles, and the document frequency, not a list, decides how little they weigh.
    """
    counts: Counter[str] = Counter()
    for source, weight in _sources(text, title, title_weight, lead_chars):
        for match in _FIGURE.finditer(source):
            if _YEAR.fullmatch(match.group()):  # "2011" is a year; "2,011" is a figure
                continue
            counts[match.group().replace(",", "")] += weight
    return counts


# A weekday named as a word: "on Sunday", "Sunday's quake", "WEDNESDAY, MARCH 4". Plurals ("on
# Sundays") are habits, not the day of an event, and the word boundary leaves them out.
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def weekday_terms(
    text: str, title: str | None = None, title_weight: int = 2, lead_chars: int = 0
) -> Counter[str]:
    """Counts of the weekdays an article names, weighted like ``content_terms``.

    News dates an event by its weekday ("struck on Sunday", "late Friday"), and every report of the
    event, follow-ups included ("Sunday's quake"), keeps naming that same day, while another event
    of the same kind most likely fell on another one. Weekdays are stop words among the content
    terms (they would join unrelated stories of one week); as a feature set of their own, compared
    only between stories that words and names already found alike, they tell two such events apart.
    """
    counts: Counter[str] = Counter()
    for source, weight in _sources(text, title, title_weight, lead_chars):
        for match in _WEEKDAY.finditer(source):
            counts[match.group().lower()] += weight
    return counts


def name_key(name: str) -> str:
    """The comparison key of a name: lower case, inner whitespace and possessive folded."""
    key = " ".join(name.replace("’", "'").split()).lower()
    if key.endswith("'s"):
        key = key[:-2]
    return key.strip(" .'-")


def heuristic_entity_keys(text: str, title: str | None = None) -> tuple[str, ...]:
    """Names found by capitalisation (as written), for articles with no named-entity analysis yet.

    A single capitalised word opening a sentence is usually an ordinary word, so it counts only when
    the same word also appears capitalised inside a sentence. Function words at the edges of a name
    are trimmed ("The", "In"). The last word of a multi-word name is added too, so a later bare
    surname ("Reid") still meets the full name ("Tara Reid"). ``name_key`` turns these into keys.
    """
    found: list[tuple[list[str], bool]] = []
    for source in (title or "", text):
        for match in _NAME.finditer(source):
            opener = _SENTENCE_START.search(source[max(0, match.start() - 4) : match.start()]) is not None
            found.append((match.group().split(), opener))
    inside = {name_key(w) for words, opener in found for w in (words[1:] if opener else words)}
    names: list[str] = []
    for words, opener in found:
        if len(words) == 1 and opener and name_key(words[0]) not in inside:
            continue
        names.extend(_names_of(words))
    return tuple(names)


def _names_of(words: list[str]) -> list[str]:
    while words and name_key(words[0]) in STOPWORDS:
        words = words[1:]
    while words and name_key(words[-1]) in STOPWORDS:
        words = words[:-1]
    if not words or len(name_key(" ".join(words))) < 2:
        return []
    names = [" ".join(words)]
    if len(words) > 1 and len(name_key(words[-1])) > 2:
        names.append(words[-1])
    return names


def entity_keys_from_names(names: Iterable[str]) -> tuple[str, ...]:
    """Names an analyzer found (spaCy ents, Mention texts), edge function words trimmed, surnames added."""
    out: list[str] = []
    for name in names:
        out.extend(_names_of(name.split()))
    return tuple(out)


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency; never below 1 so common terms still count a little."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def idf_with_prior(df: int, n_docs: int, prior_df: float, prior_docs: int) -> float:
    """``idf`` over the documents seen plus ``prior_docs`` pseudo-documents, ``prior_df`` of which hold
    the term (see link/background.py)."""
    return math.log((n_docs + prior_docs + 1) / (df + prior_df + 1)) + 1.0


def sublinear(counts: Mapping[str, int | float]) -> dict[str, float]:
    """1 + log(tf): repetition in one article should not outweigh breadth of overlap."""
    return {t: 1.0 + math.log(c) for t, c in counts.items() if c > 0}


def weighted(tf: Mapping[str, float], df: Mapping[str, int], n_docs: int) -> dict[str, float]:
    return {t: w * idf(df.get(t, 0), n_docs) for t, w in tf.items()}


def norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    if dot == 0.0:
        return 0.0
    return dot / (norm(a) * norm(b))


def top_items(vector: Mapping[str, float], k: int) -> list[tuple[str, float]]:
    """The ``k`` heaviest features, ties broken by the feature itself so the choice is deterministic."""
    return sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_WORD = rf"(?P<mon>(?i:{_MONTH_NAME}))\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# A month written as part of a date or with a word that places an event in it: "March 4", "Dec. 11",
# "DECEMBER 16, 2008", "March 2009", "28 April", "the 4th of March", "in May", "since early June",
# "mid-July". A bare month word is left out: "may" is a modal verb, "March" a noun, "Jan" a name.
_MONTH_DATE = re.compile(
    rf"\b{_MONTH_WORD}\s+(?:{_DAY}(?![\d:.,]\d)\b|(?:19|20)\d\d\b)"
    rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>(?i:{_MONTH_NAME}))\b"
    rf"|\b(?:in|since|until|till|through|during|early|late|mid|last|next|this|of)[\s-]+(?P<mon3>(?i:{_MONTH_NAME}))\b"
    rf"(?:\.?\s+(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\d:.,]\d))?"  # "until June 24": the day too
)
_ISO_DATE = re.compile(r"(?<![\w-])(?:19|20)\d\d-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\w-])")


def _month_of(word: str | None) -> int | None:
    """The month a written word names, if it is written as a month is (capitalised or in capitals)."""
    if not word or not word[0].isupper() or not (word[1:].islower() or word.isupper()):
        return None
    return MONTHS.get(word.lower())


def _month_days(source: str) -> list[tuple[int, int | None]]:
    """(month, day or None) of each date-like month mention in ``source``."""
    found: list[tuple[int, int | None]] = []
    for m in _MONTH_DATE.finditer(source):
        month = _month_of(m["mon"] or m["mon2"] or m["mon3"])
        if month is None:
            continue
        raw_day = m["day"] or m["day2"] or m["day3"]
        day = int(raw_day) if raw_day and 1 <= int(raw_day) <= 31 else None
        found.append((month, day))
    for m in _ISO_DATE.finditer(source):
        month, day = int(m["mon"]), int(m["day"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((month, day))
    return found


def month_terms(text: str, title: str | None = None, title_weight: int = 2, lead_chars: int = 0) -> Counter[str]:
    """Counts of the months an article dates something in ("March 4", "in May"), weighted like
    ``content_terms``; keys are month numbers ("03").

    Like weekdays, a month is when: reports of one event keep naming its month (the dateline, "the
    March 4 ruling"), while another event of the same kind with the same actors (a rule made, then
    reversed; an offer, then a rival's) most often fell in another. Month words are stop words among
    the content terms; only months written as part of a date or after a word that places something in
    one count, so that "may" the verb and "March" the noun never do.
    """
    counts: Counter[str] = Counter()
    for source, weight in _sources(text, title, title_weight, lead_chars):
        for month, _ in _month_days(source):
            counts[f"{month:02d}"] += weight
    return counts



def days_ahead(
    text: str, title: str | None, published: date | None, horizon_days: int = 183, limit: int = 4
) -> tuple[date, ...]:
    """The days after its publication that an article names with a written date ("the first hearing was
    set for March 12", "talks in Singapore on October 6"), earliest first, at most ``limit``.

    A developing story announces its next steps: a hearing, a verdict, a summit, a vote, a release.
    The report of that step comes out on or near the announced day, however long after the last
    report, and is part of the same story. Only month-and-day dates count (a bare month or a weekday
    is too loose), each given the year that puts it within ``horizon_days`` after publication; dates
    that fall outside that window (background, or a year written elsewhere) are left out.
    """
    if published is None:
        return ()
    found: set[date] = set()
    for source in (title or "", text):
        for month, day in _month_days(source):
            if day is None:
                continue
            for year in (published.year, published.year + 1):
                try:
                    named = date(year, month, day)
                except ValueError:
                    continue
                if 0 < (named - published).days <= horizon_days:
                    found.add(named)
                    break
    return tuple(sorted(found)[:limit])
