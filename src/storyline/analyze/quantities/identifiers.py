"""Numbers that name or order rather than count: a person's age ("Besigye, 69,", "children under
five"), phone numbers and codes ("0800 123 4567"), house numbers ("14 Harbour Road"), numbers that
are part of a name ("the FTSE 100") and list items ("1. Donald Trump").

Each is one test ``exclusions._excluded`` runs on a number token.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.analyze.lexicon import word_list
from storyline.analyze.nlp import doc_text
from storyline.analyze.quantities.currencies import _currency_code
from storyline.analyze.quantities.numbers import SCALES, _glued_dash, _in_space_grouped
from storyline.analyze.timenorm import MONTHS


# what may follow an age set after a name: the comma, stop or semicolon of the apposition, a dash
# that opens the next aside, the bracket that closes a parenthesis
_AGE_CLOSERS = frozenset({",", ".", ";", "—", "–", ")"})


def _appositive_age(tok: Token) -> bool:
    """"Besigye, 69, did not speak", "Sheikh Hasina, 76, has ruled": a bare number set off by
    commas right after a person's name is the person's age (news style), which is a time, not a
    count. A dash or a closing bracket ends the age as a comma does ("and Romi Gonen, 24 — as the
    first to be freed", "(Ana Ruiz, 24)")."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or not tok.text.isdigit() or not 0 < int(tok.text) < 120:
        return False
    prev, name, nxt = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i + 1]
    if prev.text != "," or nxt.text not in _AGE_CLOSERS:
        return False
    # The model often misses the person ("Besigye" as ORG) but still parses the number as the
    # name's appositive; places and groups ("Iran, 3,") are never aged.
    appositive = tok.dep_ == "appos" and tok.head.i == name.i and name.tag_ == "NNP"
    return name.ent_type_ == "PERSON" or (appositive and name.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"})


def _age_bound(tok: Token) -> bool:
    """"children under five", "people over 65", "adults aged 18", "at the age of 87": a bare number
    after a bound that follows a noun of people (lexicons/figure_age_nouns.txt), or after "aged",
    "age" or "the age of", is their age, a time, not a count. With a noun of its own ("children
    under 5 kilograms") it stays a figure."""
    doc = tok.doc
    if tok.i < 1:
        return False
    prev = doc[tok.i - 1]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in _AGE_PLURALS:
        return False
    if prev.lower_ == "aged" or _after_aged_list(tok):
        return True
    if prev.lemma_.lower() == "age" or (prev.lower_ == "of" and tok.i >= 2 and doc[tok.i - 2].lower_ == "age"):
        return True  # "died at the age of 87", "retired at age 65": the "age" phrase names an age
    return (prev.lower_ in {"under", "over", "above", "below"} and tok.i >= 2
            and doc[tok.i - 2].lemma_.lower() in word_list("figure_age_nouns.txt"))


_AGE_PLURALS = frozenset({"years", "months", "weeks", "year", "month"})
_AGE_LIST_LINKS = frozenset({",", "and", "or", "to", "-", "–", "between"})


def _after_aged_list(tok: Token) -> bool:
    """"suspects aged 19 to 34", "the two men, aged 22 and 27", "aged 17, 24 and 34", "aged between
    16 and 71": every number of a list or range that "aged" opens is an age, not only the first
    one; the walk back crosses only numbers and the words that join them."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and (doc[k].lower_ in _AGE_LIST_LINKS or doc[k].like_num):
        k -= 1
    return k >= 0 and k < tok.i - 1 and doc[k].lower_ == "aged"


_STREET_WORDS_REACH = 4  # "14 Harbour Road", "221B Upper Baker Street": the name's words


def _identifier(tok: Token) -> bool:
    """Digits that name rather than count: a phone number or code ("0800 123 4567",
    "1-800-555-0199": three or more digit groups in a row, or a group written with a leading zero,
    which no count is), a house number before a street name ("14 Harbour Road";
    lexicons/figure_street_words.txt), a road's number in a "the" phrase, right before its
    capitalised road word ("the 5 Freeway", "the northbound 405 Freeway": a count above one would
    take a plural noun) and a US block address ("the 1200 block of North Allen Avenue"), which
    places rather than counts."""
    doc = tok.doc
    if re.fullmatch(r"0\d+", tok.text) and not _in_space_grouped(tok):
        return True  # but "045" in "2 045 contacts" is a group of thousands
    if re.fullmatch(r"\d+", tok.text) and len(_digit_run(doc, tok.i)) >= 3:
        return True
    after_the = re.fullmatch(r"\d+", tok.text) is not None and (
        (tok.i > 0 and doc[tok.i - 1].lower_ == "the")  # "the 5 Freeway"
        or (tok.i + 1 < len(doc) and tok.head.i == tok.i + 1  # "the northbound 5 Freeway"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in doc[tok.i + 1].children)))
    if after_the and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "block" and doc[tok.i + 2].lower_ == "of":
        return True
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= _STREET_WORDS_REACH and doc[k].text[:1].isupper():
        if (k > tok.i + 1 or after_the) and doc[k].lower_.rstrip(".") in word_list("figure_street_words.txt"):
            return True
        k += 1
    return False


def _digit_run(doc: Doc, i: int) -> list[int]:
    """The bare digit groups (no thousands commas) chained with token ``i`` by a single space or a
    glued hyphen: "0800 123 4567" or "1-800-555-0199" give four or three; a range "30-60" two."""
    def linked(a: int, b: int) -> bool:  # tokens a < b are adjacent groups of one number
        if b == a + 1:
            return doc[a].idx + len(doc[a]) + 1 == doc[b].idx and doc[a].whitespace_ == " "
        return b == a + 2 and _glued_dash(doc, a + 1)
    run = [i]
    for step in (-1, 1):
        cur = i
        while True:
            nxt = next((c for c in (cur + step, cur + 2 * step) if 0 <= c < len(doc)
                        and re.fullmatch(r"\d+", doc[c].text) and linked(min(cur, c), max(cur, c))), None)
            if nxt is None:
                break
            run.append(nxt)
            cur = nxt
    return sorted(run)


def _name_number(tok: Token) -> bool:
    """"the FTSE 100 index", "the FTSE 250 gained": a number right after a capitalised proper noun
    that does not count a plural noun is part of a name, like the glued model numbers (F-16). A
    count above one takes a plural noun ("Boeing's 737 jets" counts), so only singular heads or the
    name itself qualify, or a name the parser hangs on the number ("flown on a Boeing 767": the
    model, no count of 767 of anything)."""
    doc = tok.doc
    if tok.i == 0 or not tok.text.isdigit():
        return False
    if tok.i >= 2 and _glued_dash(doc, tok.i - 1) and doc[tok.i - 2].text.isdigit() and _name_number(doc[tok.i - 2]):
        return True  # "the Boeing 737-800": the variant after the glued dash is part of the model's name
    prev = doc[tok.i - 1]
    if prev.tag_ != "NNP" or not prev.text[:1].isupper() or prev.ent_type_ in {"DATE", "TIME", "MONEY"}:
        return False
    if prev.lower_.rstrip(".") in MONTHS or prev.lower_.rstrip(".") == "sept" or _currency_code(prev.text):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SCALES:
        return False  # "Rs 500 crore": a scale word makes it an amount, whatever stands before
    head = tok.head
    return head.i == prev.i or (tok.dep_ == "nummod" and head.tag_ == "NN" and head.i > tok.i) \
        or (prev.dep_ == "compound" and prev.head.i == tok.i) or _model_designator(tok, prev)


# Entities whose name may stand before a count of a plural noun in headline or table style
# ("Germany 18 tanks"): there the number counts, so a model designator is never read after them.
_COUNTING_NAMES = frozenset({"GPE", "NORP", "LOC", "FAC"})


def _model_designator(tok: Token, prev: Token) -> bool:
    """"14 Leopard 2 tanks", "German-designed Challenger 2 tanks", "Apollo 11 astronauts": a bare
    number between a capitalised name and the plural noun both modify names the model (like the glued
    "F-16", "T-72"); the count, if any, comes before the name. A place or people's name before the
    number ("Germany 18 tanks") is no model."""
    head = tok.head
    return (tok.dep_ == "nummod" and head.tag_ == "NNS" and head.i == tok.i + 1
            and prev.dep_ in {"nmod", "compound"} and prev.head.i == head.i
            and prev.ent_type_ not in _COUNTING_NAMES)


def _group_name(tok: Token) -> bool:
    """"the Group of 20 economies", "the Group of Seven": the number names a club of countries (G20,
    G7), whatever noun follows; it counts nothing the story reports."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].text == "Group"


def _generation_name(tok: Token) -> bool:
    """"3G baseband chipsets", "5G networks", "a 4G phone": digits glued to a capital G name a generation
    of mobile networks, not grams (whose symbol is a small "g": "30g of sugar"). The tokenizer splits
    "5G" into "5" and "G", and the unit reader then takes the letter for the gram."""
    doc = tok.doc
    if not tok.text.isdigit() or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.text == "G" and nxt.idx == tok.idx + len(tok.text)


def _enumerator(tok: Token) -> bool:
    """A list's item number or a rank given back in parentheses: "1. Donald Trump", "2) Rubio",
    "Rubio (Last week: 2.)". They order things; they count nothing. A number ending a sentence
    ("the toll rose to 13.") is not one: it neither opens its line nor sits alone in brackets."""
    text = doc_text(tok.doc)
    end = tok.idx + len(tok.text)
    after = text[end : end + 2]
    if not re.match(r"^[.)](?:\s|$)|^\.\)", after + " "):
        return False
    line_start = text.rfind("\n", 0, tok.idx) + 1
    if not text[line_start : tok.idx].strip():
        return True
    before = text[max(0, tok.idx - 20) : tok.idx].rstrip()
    return after.startswith(".)") and (before.endswith("(") or ("(" in before and before.endswith(":")))
