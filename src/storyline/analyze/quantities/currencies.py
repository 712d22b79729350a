"""Currency symbols and words and the ISO codes they stand for ("$" -> USD, "rand" -> ZAR), and
whether "pounds" is sterling or a weight.

The built-in table covers the common currencies; lexicons/figure_currencies.tsv adds the rest.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from storyline.analyze.lexicon import data_lines

CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH",
            "usd": "USD", "eur": "EUR", "gbp": "GBP", "dollar": "USD", "dollars": "USD", "euro": "EUR",
            "euros": "EUR", "pound": "GBP", "pounds": "GBP", "ruble": "RUB", "rubles": "RUB",
            "roubles": "RUB", "hryvnia": "UAH", "yuan": "CNY", "yen": "JPY"}


@cache
def _more_currencies() -> dict[str, str]:
    """Symbols and words from lexicons/figure_currencies.tsv (lower case -> ISO code)."""
    out: dict[str, str] = {}
    for line in data_lines("figure_currencies.tsv"):
        word, _, code = line.partition("\t")
        out[word.strip().lower()] = code.strip()
    return out


def _currency_code(word: str) -> str | None:
    """The ISO code a currency symbol or word stands for ("$" -> USD, "C$" -> CAD, "rand" -> ZAR),
    or None when the word names no currency."""
    w = word.lower()
    return CURRENCY.get(w) or _more_currencies().get(w)


@cache
def _currency_codes() -> frozenset[str]:
    """Every ISO code a currency symbol or word maps to (USD, EUR, SEK...)."""
    return frozenset(CURRENCY.values()) | frozenset(_more_currencies().values())


def _money_pounds(tok: Token) -> bool:
    """"fined 25,000 pounds", "to 512,000 pounds": "pounds" is sterling unless it weighs something,
    as "50,000 pounds of ground beef" (a mass before "of") or a sentence about weight ("weighed
    200 pounds") says."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return False
    return not any(t.lemma_.lower() in _WEIGHT_WORDS for t in tok.sent)


_WEIGHT_WORDS = frozenset({"weigh", "weight", "heavy", "lb", "lbs", "ton", "tonne", "kilogram", "kg", "ounce"})
