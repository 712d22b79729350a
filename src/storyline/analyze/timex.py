"""Time expressions in an article: find them, resolve them to ISO 8601, say what they were resolved against.

Candidates come from two places: spaCy's DATE/TIME entities (good recall on ordinary dates, but they
miss "recently", "pretty soon", "the next day", numeric dates, and sometimes swallow neighbouring
words) and a small set of patterns for what spaCy misses. Every candidate goes through the pure
normaliser in ``timex_rules``; a candidate it cannot resolve is trimmed to its longest resolvable
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
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import numbered_data_lines, word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.timex_rules import (
    MONTH_RE,
    NUM_WORD_RE,
    UNIT_RE,
    VAGUE_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    MONTHS,
    YEAR_TO_DATE,
    TimeValue,
    holidays,
    latest_quarter,
    normalize,
    quarter_phrase,
    year_to_date_phrase,
)
from storyline.errors import LexiconError
from storyline.records import Span, TimeRef, record_id

__all__ = ["TimeValue", "extract_times", "infer_reference_date", "normalize"]

# How many sentences back a date established in the text still anchors "the next day".
ANAPHORA_SENTENCES = 3
# How many sentences back a quarter named in the text still makes "a year earlier" mean that quarter
# a year before (financial reports compare a quarter with the same quarter of the previous year).
QUARTER_SENTENCES = 8
_QUARTER_WORD = re.compile(r"\bquarter(?:ly|s)?\b|\b(?:first|second|third|fourth)-quarter\b", re.I)
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


@cache
def temporal_adjectives() -> dict[str, frozenset[str]]:
    """Adjectives that date what they modify, each with the head nouns that make it a fixed term
    (``lexicons/timex_adjectives.tsv``), read once."""
    table: dict[str, frozenset[str]] = {}
    for n, line in numbered_data_lines("timex_adjectives.tsv"):
        parts = line.split("\t")
        if len(parts) < 2 or parts[1].strip() not in ("past", "present", "future"):
            raise LexiconError(f"lexicons/timex_adjectives.tsv line {n}: expected 'word<TAB>past|present|future"
                               f"[<TAB>nouns]', got {line!r}")
        nouns = parts[2].strip().split("|") if len(parts) > 2 and parts[2].strip() else []
        table[parts[0].strip().lower()] = frozenset(nouns)
    return table


@cache
def tenseless_verbs() -> dict[str, str]:
    """Lemmas whose present tense does not make a bare weekday look ahead, each with its kind:
    ``reporting`` (verbs of saying: the historical present of reports; their past also dates what
    they report) or ``samepast`` (the past is spelled like the present), from
    ``lexicons/timex_tense_verbs.tsv``, read once."""
    return _lemma_kinds("timex_tense_verbs.tsv", ("reporting", "samepast"))


@cache
def ahead_verbs() -> dict[str, str]:
    """Lemmas that put the time named with them ahead of the publication, each with its kind:
    ``postpone`` ("postponed until Tuesday": where the event now lies), ``schedule`` (its present
    passive states a schedule: "is expected on Tuesday") or ``onset`` (its participle names when
    something takes effect: "a tariff starting in November"), from ``lexicons/timex_ahead_verbs.tsv``,
    read once."""
    return _lemma_kinds("timex_ahead_verbs.tsv", ("postpone", "schedule", "onset"))


def _lemma_kinds(name: str, kinds: tuple[str, ...]) -> dict[str, str]:
    """A lexicon of "lemma<TAB>kind" lines, each kind one of ``kinds``."""
    table: dict[str, str] = {}
    for n, line in numbered_data_lines(name):
        parts = line.split("\t")
        if len(parts) != 2 or parts[1].strip() not in kinds:
            raise LexiconError(f"lexicons/{name} line {n}: expected 'lemma<TAB>{'|'.join(kinds)}', got {line!r}")
        table[parts[0].strip().lower()] = parts[1].strip()
    return table


_EXTRA_PATTERNS = [
    # numeric dates spaCy often misses or splits
    r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b",
    r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])",  # ISO date-time
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}/\d{1,2}/\d{4}\b",
    # vague past / present / future
    r"\b(?:pretty |very )?soon\b|\bshortly\b|\brecently\b|\blately\b|\bcurrently\b|\bnowadays\b|"
    r"\bpreviously\b|\bformerly\b|\bat present\b|\bthese days\b|\bright now\b|\bnow\b|"
    r"\bin the (?:near |distant )?future\b|\bthe (?:near |foreseeable )?future\b|\bin the past\b|"
    r"\bin recent (?:days|weeks|months|years)\b|\bin the coming (?:days|weeks|months|years)\b|"
    r"\bthe (?:near|short|long|longer) term\b(?![- ])|\bas soon as possible\b|\ba later date\b",
    # anaphoric
    r"\b(?:the (?:next|following|previous|preceding|prior|same) (?:day|morning|afternoon|evening|night|week|month|year)|"
    r"the (?:day|morning|night|evening) (?:before|after)|that (?:same )?(?:day|night|morning|afternoon|evening|week|month|year)|"
    r"(?:later|earlier) that (?:day|night|morning|afternoon|evening|week|month|year)|(?:later|earlier|early|late) in the day)\b",
    # offsets
    rf"\b(?:in|within) [\u201c\"]?(?:about |around |roughly )?(?:{NUM_WORD_RE}|{VAGUE_RE}) {UNIT_RE}(?: or so)?\b",
    rf"\b(?:{NUM_WORD_RE}|{VAGUE_RE}) {UNIT_RE} (?:ago|later|earlier)\b",
    # nights over two dates, and ranges spaCy cuts in two
    rf"\b(?:the )?(?:night|overnight) (?:of|on|from|between) (?:{WEEKDAY_RE},? )?{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|\u2013|to|and) ?\d{{1,2}}(?:st|nd|rd|th)?)?(?:,? \d{{4}})?",
    rf"\b(?:the )?(?:night|overnight) (?:of|on|from|between) (?:{WEEKDAY_RE},? )?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|\u2013|to|and) ?\d{{1,2}}(?:st|nd|rd|th)?)? {MONTH_RE}(?:,? \d{{4}})?",
    rf"\bbetween {MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)? and (?:{MONTH_RE} )?\d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?",
    rf"\b{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?\s*[-\u2013]\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?",
    rf"\b{MONTH_RE}\s*[-\u2013]\s*{MONTH_RE}(?:,? \d{{4}})?(?![\w-])",
    rf"\bfrom {WEEKDAY_RE} (?:to|until|till|through) {WEEKDAY_RE}\b",
    # a day of the month by its ordinal alone: "ended on the 15th", "on the 12th of last month"
    # (only after "on" and before a clause break, so "the 15th century", "the 3rd round" stay out)
    r"\bon the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th) of (?:last|this|next) month\b",
    r"\bon the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;:)]|\s+(?:and|or|but|when|after|before)\b)",
    # a span of years written "2015 to 2020" without "from", which spaCy tags as two years
    r"\b(?:19|20)\d\d (?:to|through|until|till) (?:19|20)\d\d\b(?![-/]\d)",
    # ... and seasons and budgets written with a hyphen, "the 2025-26 campaign" (spaCy often tags only
    # the first year; the normaliser reads "2013-03" as a year-month and "2025-26" as two years)
    r"\b(?:19|20)\d\d-\d\d(?![\w/-])",
    # half-year codes of company reports: "H2 2025", "1H26"
    r"\b(?-i:H[12]|[12]H) ?'?(?:(?:19|20)\d\d|\d\d)\b",
    # a fortnight, which the model rarely tags
    r"\b(?:a|one|two|three|four|\d+) fortnights?\b",
    # split years as budgets, seasons and fiscal years write them: "in 2024/25"
    r"\b(?:19|20)\d\d/\d\d(?![\w/])",
    # "last Oct. 23": spaCy often keeps "last Oct." and drops the day
    rf"\b(?:last|next|this past|this coming) {MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?\b",
    # month-day(-year) with an optional weekday, where spaCy missed it
    rf"\b(?:{WEEKDAY_RE},? )?{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b",
    # day-month-year as British papers and page headers write it, with an optional short weekday:
    # "Tue 10 Mar 2026", "14 May 2026" (spaCy often tags only the year)
    rf"\b(?:(?:{WEEKDAY_RE}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,? )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH_RE},? \d{{4}}\b",
    # a season after a preposition, which spaCy sometimes leaves untagged ("start cutting rates in the
    # autumn", "Cuts Into Summer"); the preposition is trimmed off
    r"\b(?:in|into|during|by|until|through|over|before|after) (?:the )?(?:spring|summer|autumn|fall|winter)\b(?!-\w)",
    # "in the new year" (lower case: "New Year" is the holiday)
    r"\b(?-i:the new year)\b(?!['\u2019]s)",
    # fuzzy parts of a year/month
    rf"\b(?:early|mid|late|the (?:beginning|start|middle|end) of)[- ](?:\d{{4}}|{MONTH_RE}(?: \d{{4}})?|"
    r"(?:this|next|last) (?:year|month|week))\b",
    # clock times, including the wire services' "1400 GMT"
    r"\b\d{1,2}(?::\d{2})? ?[ap]\.?m\.?(?=\W|$)",
    r"\b(?:[01]\d|2[0-3]):?[0-5]\d\s*(?:GMT|UTC|hrs|hours|local time)\b",
    # British and European papers put a point between hours and minutes: "14.05 GMT" (a zone is
    # required, so prices and rates such as "4.25%" stay numbers)
    r"\b(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:GMT|UTC|BST|CET|CEST)\b",
    # a live blog opens each entry with its clock time: "18:15 \u2014 Police say...", "09:40 GMT: ..."
    # (only at the start of a line and before a dash or colon, so scores and ratios stay out)
    r"(?m:^)[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T))?(?=[ \t]*[\u2014\u2013:|-][ \t])",
    # "this year('s results)", "last quarter": spaCy often keeps the noun and drops the determiner
    r"\b(?:this|last|next|that) (?:year|quarter|month|week|weekend|decade|century|spring|summer|fall|autumn|winter)\b",
    r"\bmid-?\s?(?:morning|afternoon)\b",
    r"\b\d{1,2}(?::\d{2})?\s+(?:o'clock\s+)?(?:in the (?:morning|afternoon|evening)|at night)\b",
    # the year / week a story is set in, and "the week of March 6"
    # (lower-case nouns only: "Person of the Year" is a title)
    r"\b(?-i:[Tt]he (?:(?:current|present) )?(?:fiscal )?(?:year|month|week))\b(?![- ](?:\d|ago|earlier|end|long|old|before|after|"
    r"two|one|of\b))",
    rf"\bthe week of {MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?",
    # "the first week of June", "the last week of July 2024": spaCy keeps "the last week" alone,
    # which then reads as the deictic "last week"
    rf"\bthe (?:first|second|third|fourth|1st|2nd|3rd|4th|last|final) week of {MONTH_RE}(?:,? \d{{4}})?(?!\w)",
    # "the first Monday of June", "the last weekend of June", "the second Tuesday of each month": spaCy
    # keeps "the last weekend" alone, which then reads as the deictic one before the reference
    rf"\bthe (?:first|second|third|fourth|1st|2nd|3rd|4th|last|final) (?:{WEEKDAY_RE}|weekend) (?:of|in) "
    rf"(?:(?:every|each|this|next|last) month|{MONTH_RE}(?:,? \d{{4}})?)(?!\w)",
    # fiscal years as companies and governments write them: "FY24", "FY2025/26", "fiscal 2024-25"
    r"\b(?-i:FY) ?'?(?:\d{4}|\d{2})(?:\s*[-/]\s*'?(?:\d{4}|\d{2}))?(?![\w/-])",
    r"\b(?:the )?fiscal(?: year)? (?:19|20)\d\d\s*[-/]\s*(?:\d{4}|\d{2})(?![\w/-])",
    # lengths spaCy leaves out when a word stands between the count and the unit: "two more weeks",
    # "an additional year"
    rf"\b(?:{NUM_WORD_RE}|{VAGUE_RE})\s+(?:more|additional|extra|further)\s+{UNIT_RE}\b",
    rf"\b(?:an additional|an extra|a further)\s+{UNIT_RE}\b",
    # a length that measures the noun after it, which spaCy misses at the start of a sentence:
    # "Three days of talks ended...", "two years of drought" ("the first day of the war" is no length)
    rf"(?<!\bthe )\b(?:{NUM_WORD_RE}) (?:(?:more|full|straight|consecutive) )?{UNIT_RE}(?= of (?!the\b|a\b|an\b|this\b|that\b|its\b|his\b|her\b|their\b|our\b)[a-z])",
    # an uncounted distance back: "months ago", "years earlier"
    r"\b(?:days|weeks|months|years|decades) (?:ago|back)\b",
    r"\b(?:around |about )?year[- ]end\b|\byear's end\b",
    r"\b(?:the )?(?:nineteen[- ]?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    # "early Friday", "late Thursday night", "early this morning": spaCy often keeps only the day
    # ("late on Monday" too: the "on" does not change the day, and without it the part is lost)
    rf"\b(?:early|late)\s+(?:(?:on\s+)?(?:{WEEKDAY_RE}|yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:this|last)\s+(?:morning|afternoon|evening|night)|tonight)\b",
    # a day with its part of day or clock word, which spaCy often cuts in two
    rf"\b(?:{WEEKDAY_RE}|yesterday|today|tomorrow) (?:morning|afternoon|evening|night)s?\b",
    rf"\b(?:noon|midnight|mid-?afternoon|mid-?morning|midday) (?:on )?(?:{WEEKDAY_RE}|yesterday|today|tomorrow)\b",
    # "the early hours of Sunday": spaCy tags "the early hours" and the day apart
    rf"\bthe (?:early|small|wee) hours of (?:(?:{WEEKDAY_RE}|yesterday|today|tomorrow)(?: morning)?|"
    rf"{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?)",
    # deictic days and recurring adverbs spaCy sometimes leaves out
    r"\b(?:today|yesterday|tomorrow|tonight|overnight)\b",
    r"\b(?:daily|weekly|monthly|annually|yearly|quarterly|every (?:other )?(?:day|week|month|year|morning|night))\b",
    r"\b(?:semi-?annual(?:ly)?|biannually|biennially|fortnightly|bimonthly)\b",
    # a length that recurs in every period: "24 hours a day", "seven days a week"
    rf"\b(?:{NUM_WORD_RE}) {UNIT_RE} (?:a|an|per) (?:day|week|month|year)\b",
    rf"\bevery (?:{NUM_WORD_RE}) {UNIT_RE}\b",  # "reviewed every two years"
    rf"\b(?:once|twice|(?:three|four|five|six|\d+) times) (?:a|an|per|every|each) {UNIT_RE}\b",
    rf"\b(?:every|each) (?:(?:other|second) )?(?:{WEEKDAY_RE}(?: (?:morning|afternoon|evening|night)(?!\w))?|{MONTH_RE}|morning|evening|night|"
    r"weekend|summer|winter|spring|fall|autumn|quarter)(?!\w)",
    rf"\b{WEEKDAY_RE}s\b",
    # quarters named relative to the one a financial report is about
    r"\b(?:the|that) (?:(?:latest|same|most recent) )?(?:fiscal )?quarter\b(?!-)|\bthe latest (?:fiscal )?period\b",
    r"\b(?:the )?(?:(?:comparable|corresponding|same) )?year[- ](?:ago|earlier)"
    r"(?: (?:first|second|third|fourth))?[- ](?:fiscal )?(?:quarter|period)\b",
    r"\b(?:the )?(?:19|20)\d\d (?:(?:first|second|third|fourth) )?(?:fiscal )?(?:quarter|period)\b",
    r"\b(?:the )?fiscal[- ](?:first|second|third|fourth)[- ]quarter\b",
    r"\b(?:this|last|next) year'?s (?:(?:first|second|third|fourth)[- ])?(?:fiscal )?(?:quarter|period)\b",
    r"\bthe (?:(?:comparable|corresponding|same) )?(?:quarter|period) (?:a year (?:ago|earlier)|last year)\b",
]
_EXTRA_PATTERNS.append(r"\b(?:" + "|".join(re.escape(w) for w in temporal_adjectives()) + r")\b")
_EXTRA_RE = re.compile("|".join(f"(?:{p})" for p in _EXTRA_PATTERNS), re.I)
# Named days from the holiday lexicon, capitalised as names are ("Good Friday", not "a new year"):
# the first letter is matched as a capital, which also keeps the scan cheap.
_HOLIDAY_RE = re.compile(
    r"\b(?:(?i:last|next|this)\s+)?(?:"
    + "|".join(re.escape(n[0].upper()) + "(?i:" + re.escape(n[1:]).replace(r"\ ", r"\s+") + ")"
               for n in sorted(holidays(), key=len, reverse=True))
    + r")(?:\s+(?i:weekend|week))?(?:,?\s+\d{4})?(?![\w'])")
_AGE_AFTER = re.compile(r"^\s*-?\s*(?:years?[- ])?old\b|^-(?:year|month|week|day)-old\b", re.I)
# What may stand between two candidates that together make one expression ("Friday morning",
# "9 a.m. Tuesday", "June last year", "noon Thursday").
_JOIN = re.compile(r"^(?:\s+|,\s*|\s+(?:at|on|of)\s+)$")
# ... never across a blank line: a page's "Last updated 18:42 GMT" and the live blog's first entry,
# "18:42 \u2014 ...", are two expressions.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")

# Words spaCy sometimes puts at the edge of a DATE entity that are never part of the time.
_EDGE_TRIM_LEAD = re.compile(r"^(?:on|in|into|at|by|since|until|till|to|through|from|of|during|for|and|or|as of|after|before)\s+", re.I)
_EDGE_TRIM_TAIL = re.compile(r"(?:'s|\u2019s|[\s,.;:!?\"'\u201d\u2019)]+)$")
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "'d"}
_PERFECT_AUX = {"have", "has", "had", "'ve"}
_PRESENT_AUX = {"is", "are", "am", "be", "being", "'s", "'re"}
_UNTENSED_AUX = {"being", "getting", "get"}
_NEGATIVE_SUBJECT = {"neither", "nor", "nobody", "none", "nothing", "no"}
_EARLIEST_BEFORE = re.compile(r"\bas (?:early|soon) as\s+$|"
                             r"\b(?:set|scheduled|slated|planned|penciled in|pencilled in)\s+"
                             r"(?:for|to (?:begin|start|open|take place|end|close) (?:on|in))\s+(?:the\s+)?$", re.I)
# "called a protest for Wednesday", "booked a table for Friday": a day an act is arranged for ("for
# Tuesday's attack" is the attack's own day, and "for the past week" is a length)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
_WEEKDAY_WORD = re.compile(rf"(?:{WEEKDAY_RE})\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|shortly after|just after)\s+)?(?:the\s+)?$", re.I)
_MOVED_TO_BEFORE = re.compile(r"\b(?:until|till|to|for)\s+(?:the\s+)?$", re.I)
# ... and "ahead of Sunday's election", "on the eve of Thursday's summit": the day lies after what the
# clause reports, which may itself be past, so it is the nearest such day, on either side.
_DEADLINE_BEFORE = re.compile(r"\b(?:payable|effective|due|until|till|through|expir\w*|record|deadline(?: of)?|"
                              r"ahead\s+of|in\s+advance\s+of|(?:the\s+)?(?:run|lead)-?up\s+to|the\s+eve\s+of)"
                              r"\s+(?:on\s+|at\s+)?$", re.I)


# A month or weekday spelled in full in four letters or fewer ("June.", "July.", "May."): its dot ends
# the sentence; it is no abbreviation's, as "Oct." and "Tue." are.
_FULL_SHORT_NAME_DOT = re.compile(r"\b(?:May|June|July)\.$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past prepositions, possessives and punctuation at the edges."""
    while start < end:
        seg = text[start:end]
        if m := _EDGE_TRIM_LEAD.match(seg):
            start += m.end()
            continue
        if seg[0] in " \t\n\"'(\u201c\u2018,":
            start += 1
            continue
        break
    while end > start:
        seg = text[start:end]
        m = _EDGE_TRIM_TAIL.search(seg)
        if m and m.start() < len(seg):
            # keep the final dot of "a.m." / "p.m." / abbreviations like "Oct."
            if seg.endswith(".") and re.search(r"(?:\b[ap]\.m|\b[A-Z][a-z]{1,3})\.$", seg) \
                    and not _FULL_SHORT_NAME_DOT.search(seg):
                break
            end = start + m.start()
            continue
        break
    return start, end


def _arranged_for(doc: Doc, before: str, start: int, end: int) -> bool:
    """A day right after "for" names the day an act is arranged for: it lies on either side of the
    arranging, whatever its tense ("Unions have called a protest for Wednesday morning"), so the
    nearest such day. Only a named day: "results for the third quarter" report a period, and a
    possessive ("for Tuesday's attack") dates the noun after it."""
    text = doc_text(doc)
    return (bool(_FOR_BEFORE.search(before)) and _WEEKDAY_WORD.match(text, start) is not None
            and not re.match(r"['\u2019]s\b", text[end:end + 3]))


def _verb_context(doc: Doc, start: int, end: int) -> str:
    """The governing verb group of the expression (auxiliaries + verb): enough to tell tense.

    A word right before the expression can settle it first: "since" points back, "as early as" and
    "scheduled for" / "set for" forward, and "payable", "effective", "until" name a deadline that is
    as often ahead of the reference as behind it, whatever the past or present tense of the clause
    ("(deadline)": the nearest date wins); only a future verb ("banks will stay closed until
    Tuesday") still counts. A simple past right before the expression is its verb. A modal with a
    bare verb ("could come Tuesday", "would be paid") looks forward, unless negated ("could not be
    reached"); a present passive ("the case is heard in May") is not past; a present active
    schedules ("the trial begins Monday").
    """
    before = doc_text(doc)[max(0, start - 40):start]
    if _SINCE_BEFORE.search(before):
        return "(past)"
    if _EARLIEST_BEFORE.search(before):
        gov = _governor(doc, start, end)
        if gov is not None and gov.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in gov.children):
            # "the vote had been scheduled for Monday": a schedule a past perfect sets before some
            # later past (it was moved, or it has been held), so the nearest such day; a plain "was
            # set for October 28" reports the setting itself, and the day lies ahead
            return "(deadline)"
        return "(future)"
    if _MOVED_TO_BEFORE.search(before) and (gov := _governor(doc, start, end)) is not None \
            and ahead_verbs().get(gov.lemma_.lower()) == "postpone":
        return f"{gov.text} (future)"  # "postponed the vote until Tuesday": where the event now lies
    if _DEADLINE_BEFORE.search(before) or _dates_a_deadline(doc, start, end) or _arranged_for(doc, before, start, end):
        # only a future ("will stay closed until Tuesday", "would remain shut until Tuesday") still
        # says which side
        verb = _governing_verb_group(doc, start, end)
        return verb if set(verb.lower().split()) & _FUTURE_AUX or "(future)" in verb else "(deadline)"
    if (adjacent := _adjacent_past_verb(doc, start)) is not None:
        return adjacent
    return _governing_verb_group(doc, start, end)


@cache
def deadline_nouns() -> frozenset[str]:
    """Lemmas of nouns that name a time limit ("deadline", "ultimatum"), from
    ``lexicons/timex_deadline_nouns.txt``, read once."""
    return word_list("timex_deadline_nouns.txt")


def _dates_a_deadline(doc: Doc, start: int, end: int) -> bool:
    """The expression dates a time limit: "a Monday deadline", "Tuesday's ultimatum"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return (root.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod") and root.head.i >= span.end
            and root.head.lemma_.lower() in deadline_nouns())


def _adjacent_past_verb(doc: Doc, start: int) -> str | None:
    """A simple-past verb right before the expression ("said Thursday", "died on Monday") is the verb
    it modifies: an adverbial that directly follows its verb belongs to it. The parser often hangs
    "on Thursday" on a later clause instead ("said on Thursday it would attack"), whose modal then
    reads as future."""
    tok_span = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok_span is None or len(tok_span) == 0 or tok_span[0].i == 0:
        return None
    prev = doc[tok_span[0].i - 1]
    if prev.lower_ in ("on", "at", "early", "late") and prev.i > 0:
        prev = doc[prev.i - 1]
    if prev.tag_ == "VBD" and prev.pos_ in ("VERB", "AUX") and prev.lower_ not in _MODAL_AUX:
        return f"{prev.text} (past)"
    return None


def _governor(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the expression hangs from (at most six steps up the parse), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    return None if _before_own_clause(tok, span.end) else tok


def _before_own_clause(verb: Token, end_token: int) -> bool:
    """The expression ends before the subordinator that opens the verb's clause ("warnings from
    Moscow on Thursday that air strikes could do harm"): a clause begins at its "that"/"whether", so
    a time before it belongs to the clause outside, whatever the parser hung it on, and the modal
    inside ("could do") says nothing about it."""
    return any(c.dep_ == "mark" and end_token <= c.i < verb.i for c in verb.children)


def _governing_verb_group(doc: Doc, start: int, end: int) -> str:
    """The auxiliaries and verb that govern [start, end), with a tense tag where one is plain."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    root = span.root
    tok = _governor(doc, start, end) or root
    if as_scheduled(tok):
        tok = tok.head  # "will strike as planned on Monday": the strike is on Monday, not the plan
    noun_modifier = _dates_a_noun(doc, root, tok)
    words = [c.text for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG" and not words and ahead_verbs().get(tok.lemma_.lower()) == "onset":
        # "announced a tariff starting in November": when what the clause reports takes effect,
        # which follows the clause's own time rather than sharing its tense: the nearest November
        return f"{tok.text} (deadline)"
    # "will begin voting on Tuesday", "split off after voting in a January referendum": a gerund
    # without auxiliaries has no tense of its own and takes that of the verb it depends on
    for _ in range(4):
        # ... and so has a participle whose auxiliaries are themselves without tense ("is going to
        # start getting beat up in the spring", "being questioned on Monday")
        untensed = tok.tag_ == "VBN" and words and all(w.lower() in _UNTENSED_AUX for w in words)
        if (tok.tag_ != "VBG" or words) and not untensed or tok.dep_ in ("ROOT", "relcl", "ccomp"):
            break
        up = tok.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i and up.dep_ in ("prep", "pcomp", "pobj", "mark"):
            up = up.head
        if up.i == tok.i or up.pos_ not in ("VERB", "AUX"):
            break
        tok = up
        words = [c.text for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not words and tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        # "will travel to Jordan on Friday and return on Saturday": a bare verb coordinated with
        # another shares its auxiliaries
        words = [c.text for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    lower = {w.lower() for w in words}
    # "could not be reached", and a negative subject: "neither he nor his family could be located"
    negated = any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in _NEGATIVE_SUBJECT for t in c.subtree)
        for c in tok.children)
    if lower & _MODAL_AUX and not lower & _PERFECT_AUX and not (negated and lower & {"could", "would"}):
        # "could not be reached Tuesday", "would not comment Friday": a refusal or failure already
        # reported, not a prospect
        return " ".join(words + [tok.text, "(future)"])
    # "to be sentenced on Tuesday" is an infinitive, not a past (see below); "to have taken place on
    # April 9" is a past
    infinitive = "to" in lower and not lower & _PERFECT_AUX
    if (_past_verb(tok) and ahead_verbs().get(tok.lemma_.lower()) == "schedule" and lower and not noun_modifier
            and any(c.tag_ == "VBD" and c.dep_ == "auxpass" for c in tok.children)):
        # "the verdict, which was expected on Wednesday, has been delayed": a schedule reported in
        # the past may lie on either side of the reference, as with "was expected to be charged
        # Tuesday" below, so the nearest such day
        return " ".join(words + [tok.text, "(deadline)"])
    if not lower and _hypothetical_past(tok):
        # "relations would improve if he won the election on Nov. 8": the past of a condition under
        # "would" is a supposition about what lies ahead, not a report
        return f"{tok.text} (future)"
    if noun_modifier and _in_subject_of_saying(root, tok):
        # "the nominee for the Nov. 8 election later said": the past is the saying's, and what the
        # speaker's description dates may lie on either side of it: the nearest such day (the verb
        # is left out, as its past would otherwise still count)
        return "(deadline)"
    if tok.tag_ in ("VBD", "VBN") and not lower & _FUTURE_AUX and not infinitive:
        if tok.tag_ == "VBN" and lower and lower <= _PRESENT_AUX:
            if ahead_verbs().get(tok.lemma_.lower()) == "schedule":
                if noun_modifier and root.head.i != tok.i and root.head.head.i != tok.i:
                    # "a hearing on the January 8 riots is scheduled" schedules the hearing, not the
                    # riots the date names: the clause says nothing of the date's side ("a June summit
                    # is expected", where the dated noun is the subject, stays ahead)
                    return ""
                return " ".join(words + [tok.text, "(future)"])  # "is expected on Tuesday": a schedule
            return " ".join(words + [tok.text])  # present passive
        return " ".join(words + [tok.text, "(past)"])
    if noun_modifier:
        return " ".join(words + [tok.text])
    if tok.tag_ == "VB" and "to" in lower and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == tok.sent.start for c in tok.children):
        # "Parliament to vote on Friday": a to-infinitive whose subject opens the sentence, with no
        # finite verb before it, is the headline future ("is to vote"); "expects sales to rise" is
        # not one (the subject there follows the verb that governs the infinitive)
        return " ".join(words + [tok.text, "(future)"])
    if (tok.tag_ == "VB" and tok.dep_ in ("advcl", "acl") and tok.head.pos_ in ("ADJ", "NOUN", "PROPN")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        # "makes it impossible to start on Tuesday", the headline's "Hosepipe ban to start on Friday":
        # an infinitive hung on an adjective or a noun looks ahead of its clause, which is past only
        # where the adjective's copula or the verb above it is ("it was impossible to start Tuesday")
        above = tok.head.head if tok.head.head.i != tok.head.i else tok.head
        if any(c.dep_ in ("cop", "aux", "auxpass") and c.tag_ == "VBD" for c in tok.head.children) or _past_verb(above):
            return " ".join(words + [tok.text, "(deadline)"])
        return " ".join(words + [tok.text, "plans to"])
    # ... and so is one with its own subject ("expects most customers to be reconnected by Thursday"),
    # which the parser makes a clausal complement
    if tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "the bank said it expected to start cutting rates in the autumn": the past of "expected" is
        # the reported speech's, the expecting is the saying's, and what is expected lies ahead
        if _past_verb(tok.head) and not _backshifted(tok.head):
            # "was expected to be charged Tuesday", "were to be released late Wednesday": a plan
            # reported in the past may since have come to pass, so the nearest such day
            return " ".join(words + [tok.text, "(deadline)"])
        words.append("plans to")
    elif _scheduled_present(tok, lower):
        return " ".join(words + [tok.text, "(present)"])
    return " ".join(words + [tok.text])


def _backshifted(verb: Token) -> bool:
    """An active simple past that only follows the tense of the verb of saying it is reported under
    ("said it expected...", "told reporters they hoped..."): in reported speech the past stands for
    the present at the time of the saying (the sequence of tenses), which news reports as it happens."""
    return (verb.tag_ == "VBD" and verb.dep_ == "ccomp" and not any(c.dep_ == "auxpass" for c in verb.children)
            and tenseless_verbs().get(verb.head.lemma_.lower()) == "reporting" and verb.head.tag_ in ("VBD", "VBZ"))


def _past_verb(tok: Token) -> bool:
    """A verb in a simple past ("was", "planned") or a past passive ("was scheduled")."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def _dates_a_noun(doc: Doc, root: Token, verb: Token) -> bool:
    """The expression dates a noun, not its clause: "Friday's purchases", "a June agreement", "the
    attack on Tuesday is the latest" (the subject's time). Only a plain past or future of the clause
    then says on which side of the reference the noun lies; its present or an infinitive does not."""
    if root.dep_ == "poss" or (root.i + 1 < len(doc) and doc[root.i + 1].tag_ == "POS"):
        return True
    if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    up, steps = root.head, 0
    # spaCy makes a new Token object at each access: tokens are compared by index, not identity
    while up.i != verb.i and up.head.i != up.i and steps < 6:
        if up.pos_ in ("NOUN", "PROPN") and up.dep_ in ("nsubj", "nsubjpass"):
            return True
        up, steps = up.head, steps + 1
    return False


def as_scheduled(verb: Token) -> bool:
    """"as planned", "as scheduled", "as expected": a participle after "as" with no subject of its
    own says the event of the verb it hangs on keeps to its schedule; a time parsed under it dates
    that event, and the participle's past tense is no tense of the event's."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX")
            and ahead_verbs().get(verb.lemma_.lower()) == "schedule"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _hypothetical_past(verb: Token) -> bool:
    """A simple past in an "if" clause whose main clause has "would", "could" or "might" without
    "have" (the second conditional): "if he won on Nov. 8, he would..." supposes, it does not
    report. "if he had won ..., he would have..." is the past it looks like, and is not matched."""
    if verb.tag_ != "VBD" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    head_aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    return bool(head_aux & {"would", "could", "might", "'d"}) and "have" not in head_aux


def _in_subject_of_saying(root: Token, verb: Token) -> bool:
    """The expression stands inside the subject of a verb of saying ("the organiser of the May 3
    march told reporters"): the saying's tense dates the saying, not the speaker's description."""
    if tenseless_verbs().get(verb.lemma_.lower()) != "reporting":
        return False
    up, steps = root, 0
    while up.i != verb.i and up.head.i != up.i and steps < 8:
        if up.dep_ == "nsubj" and up.head.i == verb.i:
            return True
        up, steps = up.head, steps + 1
    return False


def _scheduled_present(tok: Token, aux: set[str]) -> bool:
    """A present-tense verb with a time adverbial states a schedule ("the trial begins Monday", "the
    deadline is Tuesday", "the leaders are meeting Friday"): the time is ahead, not behind. Verbs of
    saying in the present are the reporter's historical present ("says"), not a schedule, and a verb
    whose past looks like its present ("hit", "cut") may be past (``lexicons/timex_tense_verbs.tsv``)."""
    if tok.lemma_.lower() in tenseless_verbs() or tok.lower_ in tenseless_verbs():
        return False
    if tok.tag_ in ("VBZ", "VBP") and not aux:
        return True
    if _untagged_present(tok, aux):
        return True
    return tok.tag_ == "VBG" and bool(aux) and aux <= _PRESENT_AUX


def _untagged_present(tok: Token, aux: set[str]) -> bool:
    """A main verb tagged as a bare form (VB) with its own subject and no auxiliary is a present the
    tagger missed ("Voters in Kessar go to the polls on Sunday": a plural subject with a phrase
    between it and the verb): a bare form heads a clause with a subject only after a modal or "to",
    and an imperative has no subject."""
    return (tok.tag_ == "VB" and not aux and tok.dep_ == "ROOT"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def _with_day_before(doc: Doc, first: int, start: int) -> int:
    """"Published: 12 May 2026": the model may leave the day out of a date written day first (it
    tags "12" a number and "May 2026" a date); the day joins it when it stands right before the month."""
    if first == 0 or doc[first].lower_.rstrip(".") not in MONTHS:
        return start
    day = doc[first - 1]
    digits = day.lower_.removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    if not (digits.isdigit() and 1 <= int(digits) <= 31 and day.whitespace_):
        return start
    if day.ent_type_ not in {"DATE", "TIME"}:
        return day.idx
    # "LONDON, Wednesday 14 May 2025": the model may cut the date after the day ("Wednesday 14" and
    # "May 2025 - ..."); the entity that ends with the day is the date's first half.
    before = next((e for e in doc.ents if e.start <= day.i < e.end), None)
    if before is not None and before.end == first and before.label_ == "DATE":
        return before.start_char
    return start


# The half of the day (and zone) that spaCy sometimes leaves out after an entity's clock time.
_HALF_OF_DAY_AFTER = re.compile(r" ?[AaPp]\.?[Mm]\.?(?![\w])(?: [A-Z]{2,4}\b)?")


def _candidates(doc: Doc) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    found: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            s, e = _trim(text, ent.start_char, ent.end_char)
            s = _with_day_before(doc, ent.start, s)
            if text[s:e][-1:].isdigit() and (half := _HALF_OF_DAY_AFTER.match(text, e)):
                e = half.end()  # "Posted: Mar 04, 2026 5:12 PM EST": spaCy stops before "PM"
            if s < e:
                found.append((s, e, "spacy"))
        elif ent.label_ in ("QUANTITY", "CARDINAL") and _counts_time_units(ent):
            s, e = _trim(text, ent.start_char, ent.end_char)
            if s < e:
                found.append((s, e, "spacy"))
    for m in _EXTRA_RE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            found.append((s, e, "pattern"))
    found = [(_after_verb_last(doc, text, s, e), e, src) for s, e, src in found]
    for tok in doc:
        # "EU agrees 2040 climate target": a year the model took for a count; a count above one
        # would take a plural noun, so a year-like number before a singular noun is a year
        word = tok.text
        if (len(word) == 4 and word[:2] in ("19", "20") and word.isdigit() and tok.ent_type_ not in ("DATE", "TIME")
                and tok.head.i > tok.i and tok.head.tag_ == "NN"):
            found.append((tok.idx, tok.idx + len(tok), "pattern"))
    for m in _HOLIDAY_RE.finditer(text):
        name = re.sub(r"^(?:last|next|this)\s+", "", m.group(0), flags=re.I)
        if name[:1].isupper():
            found.append((m.start(), m.end(), "holiday"))
    return found


# A time unit at the end of a count: "about 5 1/2 hours", "several quarters".
_UNIT_WORD = re.compile(rf"(?:{UNIT_RE})", re.I)


def _counts_time_units(ent) -> bool:
    """A length the model labelled a quantity or a number ("about 5 1/2 hours" is QUANTITY, "several
    quarters" CARDINAL): the entity ends in a time unit counted by the word before it, a number or a
    vague count ("15 million instructions per second" counts instructions, not seconds)."""
    if len(ent) < 2 or not _UNIT_WORD.fullmatch(ent[-1].text):
        return False
    before = ent[-2]
    return before.like_num or bool(re.fullmatch(r"\d+/\d+", before.text)) or before.lower_ in ("few", "several", "many")


def _after_verb_last(doc: Doc, text: str, start: int, end: int) -> int:
    """"The trial is expected to last three weeks": "last" there is the verb, not the adjective of
    "the last three weeks", so the time is only the length after it (spaCy puts the verb in its
    DATE entity). Returns the start, moved past a verb "last"."""
    if not re.match(r"last\s+\S", text[start:end], re.I):
        return start
    span = doc.char_span(start, start + 4)
    if span is None or len(span) != 1 or not span[0].tag_.startswith("VB"):
        return start
    return start + len(re.match(r"last\s+", text[start:end], re.I).group(0))


def _resolve(text: str, ref: date | None, context: str) -> TimeValue | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", text.strip()):
        return None  # a bare number is never a time ("the 2,877", "between 30 and 60")
    tv = normalize(text, ref, context=context)
    if tv is not None and _lower_case_holiday(text, tv):
        return None
    return tv


_HOLIDAY_REASON = re.compile(r"holiday ([a-z'. ]+?)(?: \(|$)")


def _lower_case_holiday(text: str, tv: TimeValue) -> bool:
    """A named day counts only as a name, with its capital ("Election Day", not "polls close at 8
    p.m. on election day, March 22", which is whatever day the election is): the candidate pattern
    asks for the capital, and a longer model entity that holds the name in lower case is no
    exception. The normaliser sees lower-cased text, so the check is made here."""
    m = _HOLIDAY_REASON.search(tv.reason)
    if m is None:
        return False
    at = re.search(r"\s+".join(map(re.escape, m[1].split())), text, re.I)
    return at is not None and text[at.start()].islower()


def _best_subspan(doc: Doc, start: int, end: int, ref: date | None, context: str) -> tuple[int, int, TimeValue] | None:
    """The longest run of whole tokens inside [start, end) that normalises."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > 10:
        return None
    toks = list(span)
    for size in range(len(toks) - 1, 0, -1):
        for i in range(0, len(toks) - size + 1):
            s, e = _trim(doc_text(doc), toks[i].idx, toks[i + size - 1].idx + len(toks[i + size - 1]))
            if s >= e or s < start or e > end:
                continue  # the expanded span reaches past [start, end): "Aug." before ".\n\nInstead"
            tv = _resolve(doc_text(doc)[s:e], ref, context)
            if tv is not None:
                return s, e, tv
    return None


# "FY24", "FY2025/26": a fiscal-year label, never a name.
_FISCAL_LABEL = re.compile(r"FY ?'?(?:\d{4}|\d{2})(?:\s*[-/]\s*'?(?:\d{4}|\d{2}))?")
# Time zones, which the small model often tags as organisations ("1400 GMT").
_ZONE = re.compile(r"GMT|UTC|[A-Z]{1,2}[SD]T|local")


def _is_name_like(doc: Doc, start: int, end: int) -> bool:
    """'May' as a surname or first name: a capitalised month word inside a PERSON entity or right
    before/after a proper noun that is not a number."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _FISCAL_LABEL.fullmatch(span.text):
        return False  # "FY2025/26": capitals and digits the model takes for a name
    if any(t.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "GPE") and not _ZONE.fullmatch(t.text) for t in span):
        return True
    if _possessed_weekday(span):
        return True
    if len(span) == 1 and span[0].lower_ in ("may", "march") :
        nxt = doc[span.end] if span.end < len(doc) else None
        prv = doc[span.start - 1] if span.start > 0 else None
        if span[0].lower_ == "march" and span[0].text == "march":
            return True
        if (nxt is not None and nxt.pos_ == "PROPN") or (prv is not None and prv.pos_ == "PROPN"
                                                         and prv.lower_ not in ("in", "of")):
            return True
        if span[0].text == "May" and span.start > 0 and doc[span.start - 1].lower_ not in (
                "in", "of", "since", "until", "by", "during", "early", "late", "mid", "last", "next",
                "this", "from", "to", "through", "between", "and", "before", "after", "since"):
            return True
    return False


def _possessed_weekday(span) -> bool:
    """A weekday that a person owns and that dates nothing after it is a name: Robinson Crusoe's
    Friday, the companion. "Friday's vote" and "the company's Friday announcement" keep their day:
    there the weekday is the owner, or a modifier of the noun the possessive goes with."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or span[0].dep_ in ("compound", "nmod", "amod", "poss"):
        return False
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in span[0].children)


@cache
def frequency_adjectives() -> dict[str, frozenset[str] | None]:
    """Frequency adjectives, each with the head nouns that make it a classifier ("average daily
    volume"), None where it always is one ("quarterly dividend"), from
    ``lexicons/timex_frequency_adjectives.tsv``, read once."""
    table: dict[str, frozenset[str] | None] = {}
    for n, line in numbered_data_lines("timex_frequency_adjectives.tsv"):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            raise LexiconError(f"lexicons/timex_frequency_adjectives.tsv line {n}: expected 'adjective<TAB>nouns|*', "
                               f"got {line!r}")
        nouns = parts[1].strip()
        table[parts[0].strip().lower()] = None if nouns == "*" else frozenset(nouns.split("|"))
    return table


def _frequency_classifier(tok: Token, nxt: Token | None) -> bool:
    """A frequency adjective before a noun that names a kind of thing ("quarterly dividend", "average
    daily volume"), not how often it happens ("a daily rally", "the party daily Granma")."""
    nouns = frequency_adjectives()[tok.lower_]
    head = tok.head if tok.dep_ == "amod" else nxt
    if nouns is None or head is None:
        return True
    return head.lower_ in nouns or (nxt is not None and nxt.lower_ in nouns)


_BARE_UNITS = re.compile(r"(?:seconds|minutes|hours|days|nights|weeks|months|years|clock)", re.I)
# A decade of someone's life: "in his 30s", "in their early twenties", "a man in his mid-forties".
_AGE_DECADE = re.compile(r"(?:(?:early|mid|late)[- ]?)?(?:[1-9]0'?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its|one's)\s+(?:(?:early|mid|late)[- ]?)?$", re.I)
_CONNECTIVE_AFTER = re.compile(r"^\s+(?:after|before|afterwards?|thereafter)\b", re.I)


# "up 2% on the year", "fell 0.5 percent on the month": a change measured against the previous
# period, as markets copy writes it; the period is a basis of comparison, not a time of the event.
# "fell by a quarter", "cut ... by up to a quarter": a fraction after "by" and its hedges.
_FRACTION_QUARTER = re.compile(r"(?:up to |about |around |nearly |almost |roughly |more than )?an? quarter", re.I)
_CHANGE_BY_BEFORE = re.compile(r"\bby\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$", re.I)
# "a quarter of the market" is a share; "a quarter of a century", "a quarter of an hour" are times.
_SHARE_OF_AFTER = re.compile(r"\s+of\s+(?!an?\s+(?:century|hour)\b)", re.I)
_FUTURE_NOUN = re.compile(r"the\s+(?:(?:near|distant|immediate|foreseeable)\s+)?future", re.I)
_OF_AFTER = re.compile(r"\s+of\s", re.I)
# A count with a capitalised unit, the shape of a programme's name: "60 Minutes", "48 Hours".
_COUNTED_TITLE = re.compile(r"\d+\s+(?-i:[A-Z])(?:econds|inutes|ours|ays|eeks|onths|ears)", re.I)
_COMPARISON_BASIS = re.compile(r"the\s+(?:day|week|month|quarter|year)", re.I)
_CHANGE_ON_BEFORE = re.compile(r"(?:%|\bpercent|\bper cent|\bpoints?|\d)\s+on\s+$", re.I)


def _not_a_time(doc: Doc, text: str, start: int, end: int) -> bool:
    """Words that look like time expressions but, where they stand, are not one.

    "as soon as" and "soon/shortly after X" are connectives (the time is X, an event); "previously
    announced" qualifies a participle, not the clause; "quarterly dividend", "daily volume" and
    "overnight stay" name a kind of thing, not a time; a bare "election" is an event, only "Election
    Day" is a date; "Person of the Year" and ABC's "This Week" are titles; "in his 30s", "women in
    their early twenties" are ages, not decades.
    """
    if _AGE_DECADE.fullmatch(text[start:end]) and _POSSESSIVE_BEFORE.search(text[max(0, start - 24):start]):
        return True
    if text[start] == "-" or (start > 0 and text[start - 1] == "-" and _BARE_UNITS.fullmatch(text[start:end])):
        return True  # the end of a compound word: "after-hours trading", "round-the-clock"
    if re.fullmatch(r"the\s+(?:[A-Z]\w*\s+)*(?:Year|Month|Week|Day)", text[start:end]) and start > 0 \
            and not re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, start - 3):start]):
        return True  # a title inside a sentence: "Person of the Year"
    if re.fullmatch(r"(?:The|This|Next|Last)\s+(?:Year|Month|Week|Weekend|Day)", text[start:end]) \
            and re.search(r"[\"\u201c\u2018']\s*$", text[max(0, start - 2):start]):
        return True  # a quoted title: ABC's "This Week"
    if _COMPARISON_BASIS.fullmatch(text[start:end]) and _CHANGE_ON_BEFORE.search(text[max(0, start - 24):start]):
        return True  # "shrank 3.4% on the month": the period compared with, not a date
    if _FRACTION_QUARTER.fullmatch(text[start:end]) and _CHANGE_BY_BEFORE.search(text[max(0, start - 30):start]) \
            and not re.match(r"\s+(?:of|century)\b", text[end:end + 10]):
        return True  # "cut journey times by up to a quarter": a share of the change, not three months
    if _FRACTION_QUARTER.fullmatch(text[start:end]) and _SHARE_OF_AFTER.match(text, end):
        return True  # "more than a quarter of the market": a share of it ("a quarter of a century" is a time)
    if _FUTURE_NOUN.fullmatch(text[start:end]) and _OF_AFTER.match(text, end):
        return True  # "the future of the alliance": what becomes of it, not a time
    if _COUNTED_TITLE.fullmatch(text[start:end]) and re.search(r"[\"\u201c\u2018'`]\s*$", text[max(0, start - 2):start]):
        return True  # a quoted title with a capitalised unit: CBS's "60 Minutes"
    word = text[start:end].lower()
    adjectives = temporal_adjectives()
    if word in adjectives:
        # "current prices", "recent gains": a time only as a modifier, and not in fixed terms
        # ("current account"); a noun "current" or a predicate "is recent" is not one
        tok_span = doc.char_span(start, end, alignment_mode="expand")
        if tok_span is None or len(tok_span) != 1:
            return True
        tok = tok_span[0]
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        fixed_term = tok.head.lower_ in adjectives[word] or after in adjectives[word]
        return not (tok.dep_ == "amod" and tok.pos_ == "ADJ" and not fixed_term)
    if word in ("soon", "shortly", "sooner"):
        if re.search(r"\bas\s+$", text[max(0, start - 4):start], re.I) or _CONNECTIVE_AFTER.match(text[end:end + 14]):
            return True
    if word == "election":
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if word in ("today", "tomorrow") and _names_an_era(tok):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if _BARE_UNITS.fullmatch(word) and any(c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG")
                                           for c in tok.children if c.i == tok.i - 1):
        return True  # "opening hours", "office hours", "visiting hours": a kind of hours, not a length
    if word in ("previously", "formerly") and nxt is not None and nxt.tag_ in ("VBN", "VBD", "JJ"):
        return True
    if _counts_a_plural(tok, nxt):
        return True
    if word in frequency_adjectives() and (tok.dep_ == "amod" or (nxt is not None and nxt.pos_ in ("NOUN", "ADJ")
                                                                  and tok.pos_ == "ADJ")):
        return _frequency_classifier(tok, nxt)
    return False


@cache
def era_nouns() -> frozenset[str]:
    return word_list("timex_era_nouns.txt")


def _names_an_era(tok: Token) -> bool:
    """"today's youth", "in today's world", "the leaders of tomorrow": the present or coming age, not
    the day of publication (``lexicons/timex_era_nouns.txt`` lists the nouns that make it one)."""
    if tok.dep_ == "poss":
        return tok.head.lemma_.lower() in era_nouns()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head.lemma_.lower() in era_nouns()
    return False


_COUNT_LEAD = frozenset({"about", "around", "some", "nearly", "almost", "over", "than", "roughly", "approximately"})


def _counts_a_plural(tok: Token, nxt: Token | None) -> bool:
    """"deployed 2000 troops", "about 1500 people": a four-digit number right after a verb or a
    hedge that counts the plural noun after it is a number, not a year. A year before a plural noun
    follows a determiner or preposition instead ("the 2019 elections", "from 1990 levels")."""
    if not re.fullmatch(r"\d{4}", tok.text) or nxt is None or nxt.tag_ != "NNS" or tok.dep_ != "nummod":
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and (prev.pos_ in ("VERB", "AUX") or prev.lower_ in _COUNT_LEAD)


def _merge_adjacent(text: str, chosen: list[tuple[int, int, TimeValue, str]],
                   reference: date | None) -> list[tuple[int, int, TimeValue, str]]:
    """Join neighbours that form one expression when the joined text still normalises."""
    out: list[tuple[int, int, TimeValue, str]] = []
    for item in chosen:
        if out:
            ps, pe, ptv, pctx = out[-1]
            s, e, tv, ctx = item
            if _JOIN.match(text[pe:s]) and not _PARAGRAPH_BREAK.search(text[pe:s]) and tv.kind not in ("duration", "set") and ptv.kind not in ("duration", "set"):
                joined = _resolve(text[ps:e], reference, pctx)
                if joined is not None:
                    out[-1] = (ps, e, joined, pctx)
                    continue
        out.append(item)
    return out


# What may stand between a clock time and the day that follows it: "at 10:35 a.m. (0735 GMT) Friday",
# "at 3:15 p.m. local time (1915 GMT) on Wednesday", "at 9 a.m. EDT on Tuesday" (a zone the clock
# pattern left out).
_CLOCK_GAP = re.compile(r"[\s(),]*(?:(?:local\s+time|[A-Z]{2,4})[\s(),]*)?(?:on\s+)?")
_BARE_CLOCK = "clock time on the reference date"


def _date_bare_clocks(text: str,
                      chosen: list[tuple[int, int, TimeValue, str]]) -> list[tuple[int, int, TimeValue, str]]:
    """A clock time without a day takes the day named right after it, past a parenthetical time zone
    ("at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)"), not the
    publication date; a bare clock in brackets right after a dated one is that time in another zone,
    on the same day ("at 9 a.m. Thursday (1300 GMT)")."""
    out = list(chosen)
    for i, (s, e, tv, ctx) in enumerate(out):
        if not tv.reason.startswith(_BARE_CLOCK):
            continue
        if i > 0 and (prev := out[i - 1][2]).kind == "time" and prev.earliest is not None \
                and prev.earliest == prev.latest and re.fullmatch(r"\s*[(\[]\s*", text[out[i - 1][1]:s]) \
                and re.match(r"\d{4}-\d{2}-\d{2}T", prev.value) and "/" not in prev.value:
            day = prev.earliest
            out[i] = (s, e, TimeValue(day.isoformat() + tv.value[10:], tv.kind, tv.approx, day, day,
                                      f"clock time in another zone on the day of the time before it ({prev.reason})",
                                      prev.relative), ctx)
            continue
        end = e
        for s2, e2, tv2, _ in out[i + 1:i + 4]:
            if not _CLOCK_GAP.fullmatch(text[end:s2]):
                break
            if tv2.reason.startswith(_BARE_CLOCK):
                end = e2
                continue
            if (tv2.earliest is not None and tv2.earliest == tv2.latest and tv2.kind in ("date", "time")
                    and re.match(r"\d{4}-\d{2}-\d{2}(?:T|$)", tv2.value) and "/" not in tv2.value):
                day = tv2.earliest
                out[i] = (s, e, TimeValue(day.isoformat() + tv.value[10:], tv.kind, tv.approx, day, day,
                                          f"clock time on the day named after it ({tv2.reason})", tv2.relative), ctx)
            break
    return out


def _some_day(doc: Doc, text: str, start: int, end: int, ref: date | None) -> TimeValue | None:
    """"Islam will one day be the second religion", "he hopes to one day lead it": "one day" between
    the subject or auxiliary and its verb is an adverb, some day, not a length of one day ("for one
    day", "in the job one day" stand after the verb). Ahead of the reference unless the verb is a
    simple past ("she one day walked out": some day before it)."""
    if ref is None or not re.fullmatch(r"one\s+day", text[start:end], re.I):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or not doc[span.end].tag_.startswith("VB") or doc[span.end].tag_ == "VBG":
        return None
    side = "past" if doc[span.end].tag_ == "VBD" else "future"
    vague = normalize(f"the {side}", ref)  # the same window as "the future" / "the past"
    if vague is None:
        return None
    return TimeValue(vague.value, vague.kind, True, vague.earliest, vague.latest,
                     f"vague {side} ('one day' before its verb: some day)", "deictic")


_IN_BEFORE_QUOTE = re.compile(r"\b(in|within)\s*[\"\u201c\u2018']\s*$", re.IGNORECASE)


def _offset_across_quote(text: str, start: int, end: int, ref: date | None, context: str) -> TimeValue | None:
    """'in “two weeks or so”': a quoted duration after "in" is a point that far ahead, as it is
    without the quote mark (scraped copy quotes the speaker's own words inside the phrase)."""
    found = _IN_BEFORE_QUOTE.search(text[max(0, start - 12) : start])
    if found is None:
        return None
    shifted = _resolve(f"{found.group(1)} {text[start:end]}", ref, context)
    return shifted if shifted is not None and shifted.kind != "duration" else None


_QUARTER_ENDED_AFTER = re.compile(rf"^\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?"
                                  rf"({MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)", re.I)


def _quarter_ended(text: str, start: int, end: int, reference: date | None, context: str) -> TimeValue | None:
    """'the quarter ended Sept. 30': the calendar quarter whose last day is nearest the date given
    (a fiscal quarter ending July 31 is reported as the calendar second quarter it mostly covers).
    Only for "the quarter" without an ordinal: "the fiscal fourth quarter ended June 30" keeps the
    company's own label."""
    if not re.fullmatch(r"(?:the|that|its)\s+(?:(?:latest|most\s+recent|fiscal)\s+)*quarter", text[start:end], re.I):
        return None
    m = _QUARTER_ENDED_AFTER.match(text[end:end + 40])
    if m is None or (day := _resolve(m[1], reference, context)) is None or day.earliest is None:
        return None
    d = day.earliest
    if d.year < 2:
        return None  # "the quarter ended Jan. 1, 0001": no year before it for a date to name (a crash)
    ends = [(d.year - 1, 4, date(d.year - 1, 12, 31))] + [
        (d.year, q, date(d.year, 3 * q, 31 if q in (1, 4) else 30)) for q in (1, 2, 3, 4)]
    y, q, _ = min(ends, key=lambda c: abs((c[2] - d).days))
    return TimeValue(f"{y:04d}-Q{q}", "date", False, date(y, 3 * q - 2, 1), date(y, 3 * q, 31 if q in (1, 4) else 30),
                     f"financial quarter: the calendar quarter ending nearest {d.isoformat()} (its stated end)",
                     "absolute")


def _reported_running_quarter(tv: TimeValue, reference: date, context: str) -> bool:
    """A calendar quarter still running at publication whose results the clause reports in the past
    ("Ralston reported a decline in fourth-quarter earnings", published in November): no calendar
    quarter has results before it ends, so the label is the company's fiscal one and that quarter is
    what the report is about."""
    return (tv.reason == "quarter" and "(past)" in context and tv.earliest is not None
            and tv.latest is not None and tv.earliest <= reference <= tv.latest)


def _period_a_year_before(expr: str, reference: date) -> TimeValue | None:
    """"Referrals fell 23% compared with the same period last year", in a text that never talks of
    quarters: the period is one the text described (since the ban took effect), not a financial
    quarter, so all a reader can be told is that it lies in the year before the publication."""
    y = reference.year - 1
    if y < 1:
        return None  # a reference in year 1 (a zero date from a feed, "0001-01-01"): no year before it
    return TimeValue(f"{y:04d}", "date", True, date(y, 1, 1), date(y, 12, 31),
                     f"period a year before, outside talk of quarters: the year before the reference ('{expr}')",
                     "deictic")


def _month_a_year_before(month: str, text: str) -> TimeValue | None:
    """The month a comparison "a year earlier" looks back to, when its sentence is about a month."""
    y, m = int(month[:4]) - 1, int(month[5:7])
    if y < 1:
        return None  # a month of year 1 ("March 0001"): no year before it for a date to name
    lo = date(y, m, 1)
    hi = (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)
    return TimeValue(f"{y:04d}-{m:02d}", "date", False, lo, hi,
                     f"a year before the month in focus {month} ('{text}')", "deictic")


def _ordinal_second(doc: Doc, text: str, start: int, end: int) -> bool:
    """"for a second day", "the second time": the ordinal, not one second of time."""
    if not re.fullmatch(r"(?:a|the)\s+second", text[start:end], re.I):
        return False
    nxt = doc.char_span(end, len(text), alignment_mode="expand")
    return nxt is not None and len(nxt) > 0 and nxt[0].pos_ in ("NOUN", "ADJ", "NUM", "PROPN")


def _year_to_date_months(text: str) -> int | None:
    """How many months a span of the year to date covers ("the nine months": 9, "the first half": 6)."""
    m = YEAR_TO_DATE.fullmatch(text)
    if m is None:
        return None
    return 6 if m[2] else {"three": 3, "six": 6, "nine": 9}.get(m[1].lower()) or int(m[1])


# Anaphoric expressions counted in a calendar unit ("that year", "the following month", "three years
# later"), and how many days a time named earlier may span and still anchor them.
_ANAPHORIC_UNIT = re.compile(r"\b(year|month|week|decade|centur)(?:s|ies|y)?\b", re.I)
# (a distance in decades or centuries counts from a time named at a grain of up to a year)
_UNIT_DAYS = {"year": 366, "month": 31, "week": 7, "decade": 366, "centur": 366}

# ("the year to March 31", as British and Australian reports write it, is one such period too)
_PERIOD_ENDING_AFTER = re.compile(r"^\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended|to(?=\s+(?:the\s+end\s+of\s+)?"
                                  rf"(?:{MONTH_RE}|\d)))\b", re.I)


def _period_ending(text: str, start: int, end: int, tv: TimeValue) -> TimeValue:
    """'the year ended March 31', 'the fiscal year ending tomorrow': a reporting period named by its
    length, whose end is the date that follows; the expression itself is that length (P1Y), not the
    current year."""
    unit = re.fullmatch(r"the\s+(?:fiscal\s+)?(year|month|week)", text[start:end], re.I)
    if unit is None or not _PERIOD_ENDING_AFTER.match(text[end:end + 24]):
        return tv
    word = unit[1].lower()
    iso = {"year": "P1Y", "month": "P1M", "week": "P1W"}[word]
    return TimeValue(iso, "duration", False, None, None,
                     f"duration: a {word}-long period ending on the date that follows", "absolute")


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
            tv = _offset_across_quote(text, s, e, reference, context) or _some_day(doc, text, s, e, reference) or tv
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


# Deictic words whose day a speaker sets: in a quotation they count from the day of the saying.
_SPEAKER_DEIXIS = re.compile(
    rf"(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week)|(?:next|last)\s+week|"
    rf"(?:(?:last|next|this)\s+)?{WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?)", re.I)
_QUOTATION = re.compile(r"\u201c[^\u201c\u201d]{1,600}\u201d|\"[^\"\n]{1,600}\"|``.{1,600}?''", re.S)
# How far from its quotation the dated verb of saying may stand ('..." he said Friday').
_ATTRIBUTION_CHARS = 80


def _quoted_saying_days(doc: Doc, text: str, chosen: list[tuple[int, int, TimeValue, str]],
                        reference: date | None) -> dict[int, date]:
    """Deictic words inside a quotation ("'We will vote tomorrow,' he said Friday") count from the day
    the words were said, not from the publication: the day a dated verb of saying next to the
    quotation names. Returns, for each such expression (its index in ``chosen``), that day."""
    quotes = [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]
    if not quotes:
        return {}
    found: dict[int, date] = {}
    for i, (s, e, tv, _) in enumerate(chosen):
        if not _SPEAKER_DEIXIS.fullmatch(text[s:e]):
            continue
        quote = next(((qs, qe) for qs, qe in quotes if qs < s and e < qe), None)
        if quote is None:
            continue
        day = _saying_day(doc, text, chosen, quote)
        if day is not None and day != reference:
            found[i] = day
    return found


def _saying_day(doc: Doc, text: str, chosen: list[tuple[int, int, TimeValue, str]],
                quote: tuple[int, int]) -> date | None:
    """The day named with the verb of saying that introduces or follows a quotation, if any: a
    day-level date right after a verb of saying, within a short reach of the quotation and outside it."""
    qs, qe = quote
    for s, e, tv, _ in chosen:
        near = qe <= s <= qe + _ATTRIBUTION_CHARS or qs - _ATTRIBUTION_CHARS <= e <= qs
        if not near or tv.earliest is None or tv.earliest != tv.latest or tv.kind != "date":
            continue
        gap = text[qe:s] if s >= qe else text[e:qs]
        if re.search(r"[.!?]\s", gap) or "\n" in gap:
            continue  # another sentence
        gov = _governor(doc, s, e)
        if gov is not None and tenseless_verbs().get(gov.lemma_.lower()) == "reporting":
            return tv.earliest
    return None


_SAME_DAY = re.compile(r"(?:on\s+)?(?:that|the)\s+(?:very\s+)?(?:same\s+)?day|that\s+very\s+day", re.I)


# "the day before the plunge": a day named by the event after it.
_DAY_BEFORE_EVENT = re.compile(r"the\s+(?:very\s+)?day\s+(?:before|after)", re.I)


def _apposed_day(text: str, prev: TimeRef, start: int, end: int) -> TimeValue | None:
    """"Last seen Nov. 3, the day before police issued a warrant": "the day before" an event, set
    off by a comma after a date, renames that date; it is not the day before the date. Only when
    an event follows ("the day before." alone counts back from the date)."""
    if not (_DAY_BEFORE_EVENT.fullmatch(text[start:end]) and re.fullmatch(r",\s*", text[prev.span.end:start])
            and re.match(r"\s+[a-z]", text[end:end + 2])):
        return None
    if prev.kind != "date" or prev.earliest is None or prev.earliest != prev.latest:
        return None
    return TimeValue(prev.value, "date", prev.approx, prev.earliest, prev.latest,
                     f"the day of an event, in apposition to the date before it ({prev.value})", "anaphoric")


def _weekday_of_named_day(text: str, prev: TimeRef, start: int, end: int, tv: TimeValue) -> TimeValue | None:
    """"the weekend after Thanksgiving on Thursday", "Christmas on Friday": a weekday joined by "on"
    to the day just named tells what weekday that day falls on; it is that day, not the weekday the
    tense alone would pick (a present "expect" reads ahead, to the Thursday after). Only when the
    named day is one date that falls on that weekday within a week of the tense's pick."""
    if not re.fullmatch(r"\s+on\s+", text[prev.span.end:start]):
        return None
    word = text[start:end].lower()
    if word not in WEEKDAYS or tv.kind != "date" or tv.earliest is None:
        return None
    if prev.kind != "date" or prev.earliest is None or prev.earliest != prev.latest:
        return None
    if prev.earliest.weekday() != WEEKDAYS[word] or abs((prev.earliest - tv.earliest).days) > 7:
        return None
    return TimeValue(prev.value, "date", prev.approx, prev.earliest, prev.latest,
                     f"weekday of the day named before it ({prev.value})", "anaphoric")


def _converted_clock_day(text: str, prev: TimeRef, start: int, end: int, tv: TimeValue) -> TimeValue | None:
    """"struck at 5:45 a.m. Wednesday (2245 GMT Tuesday)": a clock time in brackets right after
    another is the same moment in another zone, so its weekday is within a day of the first one's
    date; read alone, the tense would put that weekday up to a week away."""
    if not re.fullmatch(r"\s*\(\s*", text[prev.span.end:start]) or tv.kind != "time" or prev.kind != "time":
        return None
    day = re.search(rf"\b({WEEKDAY_RE})\b", text[start:end], re.I)
    clock = re.search(r"T\d{2}:\d{2}", tv.value)
    if day is None or clock is None or prev.earliest is None or "/" in tv.value:
        return None
    wd = WEEKDAYS[day[1].lower()]
    near = [prev.earliest + timedelta(days=k) for k in (-1, 0, 1)]
    d = next((x for x in near if x.weekday() == wd), None)
    if d is None:
        return None
    return TimeValue(f"{d.isoformat()}{clock[0]}", "time", tv.approx, d, d,
                     f"clock time on {d.isoformat()}, the same moment as {prev.value} in another zone", "anaphoric")


def _day_of(value: str, start: date, days: int, expr: str) -> TimeValue:
    """'that same day' after "last October": the day the text means lies in the last time it named,
    which is coarser than a day; that time is the most a reader can be told (not the publication
    date, which a fallback to it would claim)."""
    return TimeValue(value, "date", True, start, start + timedelta(days=days - 1),
                     f"a day of {value}, the last time the text named ('{expr}')", "anaphoric")


def _reported_weekday(expr: str, tv: TimeValue, gov: Token, speech: tuple[date, int, int],
                      context: str) -> TimeValue | None:
    """A bare weekday inside what a dated verb of saying reports ("He said on Monday that the unit was
    sold on Friday"): its reference time is the day of the saying, not the publication (TimeML's
    reference time of reported speech), so a past event is the Friday before that Monday and a
    planned one ("said Thursday it would vote Friday") the Friday after that Thursday. Only a weekday
    whose verb lies in the clause the verb of saying governs is moved."""
    if not tv.reason.startswith("weekday (") or tv.reason.startswith(
            ("weekday (last", "weekday (next", "weekday (this")):
        return None  # "last Friday", "next Friday" are counted from the publication
    if gov.i == speech[1] or speech[1] not in {a.i for a in gov.ancestors}:
        return None
    redo = _resolve(expr, speech[0], context)
    return redo if redo is not None and redo.value != tv.value else None


# --------------------------------------------------------------------------- reference date

_FULL_DATE_RE = re.compile(
    rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<mon>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-\u2013]\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?P<y>\d{{4}})\b"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_RE}),?\s+(?P<y2>\d{{4}})\b"
    rf"|\b(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})\b"
    rf"|\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b"
    rf"|\b(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})\b",
    re.I,
)
# What may precede a dateline's date on its line: a label of a word or two ("Updated", "Posted:",
# "Last updated:"), as news pages print them above the story.
# A wire dateline puts the place first, in capitals, with its region after a comma when the place
# is not well known: "GENEVA, March 3, 2026", "RIVERTON, Lusandia, Nov 2, 2026", "SAN JOSE, Calif., ...".
_DATELINE_LABEL = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}?(?:[A-Za-z]+:?\s*)?$"
                             r"|^\s*(?-i:[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){0,3}),"
                             r"(?:\s+(?-i:[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*)?),)?\s*$")
_WEEKDAY_DATE_RE = re.compile(rf"\b(?P<wd>{WEEKDAY_RE}),?\s+(?P<mon>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.I)
_FUTURE_SENT = re.compile(r"\b(will|'ll|scheduled|planned|plans to|to be held|upcoming|expected to|due to)\b", re.I)


def _full_dates(text: str) -> list[tuple[int, date]]:
    found: list[tuple[int, date]] = []
    for m in _FULL_DATE_RE.finditer(text):
        try:
            if m["mon"]:
                d = date(int(m["y"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["d2"] or m["d1"]))
            elif m["mon2"]:
                d = date(int(m["y2"]), MONTHS[m["mon2"].lower().rstrip(".")], int(m["d3"]))
            elif m["nd"]:
                d = date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
            elif m["sy"]:  # 4/11/2007: month first, as US pages write it, unless the first cannot be a month
                first, second = int(m["sa"]), int(m["sb"])
                d = date(int(m["sy"]), second, first) if first > 12 else date(int(m["sy"]), first, second)
            else:
                d = date(int(m["iy"]), int(m["im"]), int(m["id"]))
        except (ValueError, KeyError):
            continue
        found.append((m.start(), d))
    return found


def infer_reference_date(doc: Doc) -> tuple[date, str] | None:
    """A stand-in publication date for an article that has none, read from the text.

    A dateline (a full date opening a line in the first 200 characters, after at most a short label
    such as "Updated") wins. Otherwise the latest fully
    specified date in a sentence that does not talk about the future; otherwise a weekday+date
    without a year ("Monday, October 20") whose weekday fixes the year among the years the text
    mentions (the first matching year at or after the latest year mentioned). None when the text
    gives no year at all.
    """
    text = doc_text(doc)
    full = _full_dates(text)
    head = [(pos, d) for pos, d in full if pos < 200 and _DATELINE_LABEL.match(text[text.rfind("\n", 0, pos) + 1:pos])]
    if head:
        pos, d = head[0]
        return d, f"dateline: {text[pos:pos + 30].splitlines()[0]!r} near the start of the text"
    sents = [(s.start_char, s.end_char, s.text) for s in doc.sents]

    def future(pos: int) -> bool:
        for a, b, t in sents:
            if a <= pos < b:
                return bool(_FUTURE_SENT.search(t))
        return False

    current = [(d, pos) for pos, d in full if not future(pos)]
    if current:
        d, pos = max(current)
        return d, f"latest full date presented as past or present: {text[pos:pos + 30].splitlines()[0]!r}"
    years = sorted({int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)})
    if years:
        best: tuple[date, int] | None = None
        for m in _WEEKDAY_DATE_RE.finditer(text):
            wd, mon, day = WEEKDAYS[m["wd"].lower()], MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
            for y in range(years[-1], years[-1] + 12):
                try:
                    d = date(y, mon, day)
                except ValueError:
                    continue
                if d.weekday() == wd:  # the first year at or after the latest one mentioned
                    if best is None or d > best[0]:
                        best = (d, m.start())
                    break
        if best is not None:
            return best[0], (f"weekday fixes the year: {text[best[1]:best[1] + 30].splitlines()[0]!r} "
                             f"(latest year mentioned {years[-1]})")
        dated = _dateline_with_reporting_day(text, years[-1])
        if dated is not None:
            return dated
    return None


# "KYIV, Nov 4 (AP) — ..., Ukraine's air force said on Tuesday": a wire dateline without its year and
# the weekday the lead reports on (the day of the dateline)
_YEARLESS_DATELINE = re.compile(rf"^[A-Z][A-Z .'\-]{{1,40}},(?:\s*[A-Z][\w .'\-]{{1,30}},)?\s+(?P<mon>(?i:{MONTH_RE}))\s+(?P<d>\d{{1,2}})\b(?!,?\s*\d{{4}})", re.M)
_REPORTING_DAY = re.compile(rf"\b(?:said|says|told|announced|reported|confirmed)\b[^.\n]{{0,60}}?\bon\s+(?P<wd>{WEEKDAY_RE})\b", re.I)


def _dateline_with_reporting_day(text: str, latest_year: int) -> tuple[date, str] | None:
    """A year-less wire dateline whose year the lead's reporting weekday fixes: the first year at or
    after the latest one the text mentions in which that month-day falls on that weekday. Only the day
    something was said on counts (the events reported may be a day older)."""
    m = _YEARLESS_DATELINE.search(text, 0, 300)
    if m is None:
        return None
    para_end = text.find("\n", m.end())
    lead = text[m.end() : len(text) if para_end < 0 else para_end]
    days = {WEEKDAYS[d["wd"].lower()] for d in _REPORTING_DAY.finditer(lead)}
    if len(days) != 1:
        return None
    wd, mon, day = days.pop(), MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    for y in range(latest_year, latest_year + 12):
        try:
            d = date(y, mon, day)
        except ValueError:
            continue
        if d.weekday() == wd:
            return d, f"dateline {text[m.start():m.end()]!r} without a year; the lead reports on a {d:%A} (latest year mentioned {latest_year})"
    return None
