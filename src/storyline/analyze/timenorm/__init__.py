"""The time-expression normaliser: one expression string and a reference date to one ISO 8601 value.

It reads the string alone, never the parse, so it imports no spaCy and nothing from ``timex/``, the
package that finds time expressions in a parsed document and anchors them (and runs every candidate
through ``normalize`` here). It is a package apart so that what needs only the calendar words or the
normaliser (the link stage's ``similarity.py``, the quantity rules' month names, the TempEval-3
scorer) can import it without loading spaCy.

One job a module. ``normalizer.py`` is the entry (``normalize``: cleaning, rule order,
compositions) over one module a rule family: ``absolute.py``, ``year_parts.py``,
``financial_phrases.py``, ``anaphoric.py``, ``relative.py``, ``named_days.py``, ``parts_of_day.py``,
``vague.py``, ``sets.py``, ``durations.py``, ``clock.py``, ``ranges.py`` and ``fuzzy_parts.py``; they
share ``vocabulary.py`` (month, weekday, number and unit words), ``values.py`` (``TimeValue`` and
calendar bounds), ``counting.py`` (numbers, durations, shifts), ``reference_side.py`` (tense and the
side of the reference) and ``cleaning.py``.
"""

from __future__ import annotations

from storyline.analyze.timenorm.normalizer import normalize
from storyline.analyze.timenorm.values import TimeValue
from storyline.analyze.timenorm.vocabulary import MONTHS, PART_OF_DAY

__all__ = ["MONTHS", "PART_OF_DAY", "TimeValue", "normalize"]
