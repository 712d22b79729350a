"""Name text handling shared by within-article joining and cross-article linking.

Pure string functions and the lexicons they read; no spaCy here, so ``link`` can use them without
loading a model. The lexicons live in ``analyze/lexicons/entities_*.txt`` with comments that say
what belongs in them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.analyze.lexicon import word_sections

LEXICONS = Path(__file__).resolve().parent / "lexicons"

# Letters NFKD does not decompose into a base letter plus a mark.
_LATIN_EXTRA = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
     "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ð": "d", "ʼ": "'", "’": "'", "‘": "'"}
)
_APOSTROPHES = "'’‘`"


def _lines(name: str) -> list[str]:
    out = []
    for raw in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


@dataclass(frozen=True, slots=True)
class Lexicons:
    titles: frozenset[str]
    title_gender: dict[str, str]
    courtesy_titles: frozenset[str]  # forms of address: they precede names but are no roles
    title_modifiers: frozenset[str]
    role_families: dict[str, tuple[str, ...]]
    title_abbreviations: dict[str, str]  # "gov" -> "governor"
    places: dict[str, str]  # word or phrase -> country key
    given_names: dict[str, str]  # variant -> key
    given_name_gender: dict[str, str]  # given name -> m/f, for pronoun compatibility only
    cues: dict[str, frozenset[str]]


@functools.cache
def lexicons() -> Lexicons:
    """All entity lexicons, read once per process."""
    titles: set[str] = set()
    gender: dict[str, str] = {}
    courtesy: set[str] = set()
    for line in _lines("entities_titles.txt"):
        word, *rest = line.split()
        titles.add(word.lower())
        if rest and rest[0] != "-":
            gender[word.lower()] = rest[0]
        if "courtesy" in rest[1:]:
            courtesy.add(word.lower())
    families: dict[str, tuple[str, ...]] = {}
    for line in _lines("entities_role_families.txt"):
        head, _, members = line.partition(":")
        families[head.strip().lower()] = tuple(m.strip().lower() for m in members.split(",") if m.strip())
    places: dict[str, str] = {}
    for line in _lines("entities_places.txt"):
        key, _, members = line.partition(":")
        for m in members.split(","):
            if m.strip():
                places[m.strip().lower()] = key.strip().lower()
    given: dict[str, str] = {}
    for line in _lines("entities_given_names.txt"):
        words = line.lower().split()
        for w in words:
            given[w] = words[0]
    given_gender = dict(line.split() for line in _lines("entities_given_name_gender.txt"))
    return Lexicons(
        titles=frozenset(titles),
        title_gender=gender,
        courtesy_titles=frozenset(courtesy),
        title_modifiers=frozenset(w.strip().lower() for w in _lines("entities_title_modifiers.txt")),
        role_families=families,
        title_abbreviations=dict(
            (short.strip().lower(), full.strip().lower())
            for short, _, full in (line.partition(":") for line in _lines("entities_title_abbreviations.txt"))
        ),
        places=places,
        given_names=given,
        given_name_gender=given_gender,
        cues=word_sections("entities_cues.txt"),
    )


def strip_diacritics(text: str) -> str:
    """Ploieşti -> Ploiesti: the base letters, so spellings with and without marks compare equal."""
    text = text.translate(_LATIN_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, mark- and spacing-insensitive form used to compare surface names (kept: an article
    compares the same few names many times)."""
    text = strip_diacritics(text).casefold()
    text = re.sub(r"\b[a-z](?:\.[a-z])+\.?", lambda m: m.group(0).replace(".", ""), text)  # u.s. -> us
    text = text.replace(".", " ")
    text = re.sub(r"[^\w\s'-]", " ", text)
    return " ".join(text.split())


def strip_possessive(text: str) -> str:
    """"Putin's" -> "Putin", "Asia Times'" -> "Asia Times"."""
    if len(text) > 2 and text[-2] in _APOSTROPHES and text[-1] in "sS":  # 's, ’s, and ‘s as typed
        return text[:-2]
    if text and text[-1] in _APOSTROPHES and len(text) > 1 and text[-2] in "sS":
        return text[:-1]
    return text


# Generational suffixes follow the surname ("Anthony LaCalamita III", "Robert F. Kennedy Jr."):
# a closed set, written as fold() leaves them.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_of(words: Sequence[str]) -> str:
    """The surname among a person's name words (folded, or as transliteration keys): the last one
    that is no generational suffix, so that a later "LaCalamita" finds "Anthony LaCalamita III"."""
    suffixes = _suffix_forms()
    for word in reversed(words):
        if word.rstrip(".") not in suffixes:
            return word
    return words[-1]


def is_name_suffix(word: str) -> bool:
    """'jr', 'iii' (or its transliteration key 'iy'): a generational suffix, folded."""
    return word.rstrip(".") in _suffix_forms()


@functools.cache
def _suffix_forms() -> frozenset[str]:
    """The suffixes as written and as ``given_name_key`` turns them ("iii" -> "iy")."""
    return NAME_SUFFIXES | {given_name_key(s) for s in NAME_SUFFIXES}


def gender_of_name(name: str) -> str | None:
    """m/f when a name's first word says so: a gendered title ("Mrs. Clinton") or a given name that
    names one gender ("Madeline Kafoury"); None otherwise. Used only to keep pronouns compatible."""
    words = fold(name).split()
    if not words:
        return None
    lex = lexicons()
    return lex.title_gender.get(words[0]) or lex.given_name_gender.get(words[0])


def is_given_name(word: str) -> bool:
    """A word the lexicons know as a given name (folded: "donald", "sergey")."""
    lex = lexicons()
    return word in lex.given_name_gender or word in lex.given_names


def is_title_word(word: str) -> bool:
    return word.lower() in lexicons().titles


# Capitalised at a sentence start, these get tagged as names by the small model; pronoun resolution
# handles them instead.
_PRONOUNS = frozenset("he she his her him hers it its they them their we us our i me my you your".split())


def is_junk_name(text: str) -> bool:
    """Spans that cannot be a name: no letters, pronouns, URL pieces, all lower case, lists of words."""
    if not any(c.isalpha() for c in text):
        return True
    if text.lower() in _PRONOUNS and (text.islower() or text.istitle()):  # "He", not the country "US"
        return True
    if "://" in text or "www." in text.lower() or "@" in text:
        return True
    if re.search(r"\.(com|org|net|js|html?|php|gov|io)\b", text.lower()):
        return True
    if "/" in text:
        return True
    if text == text.lower():
        return True
    if text.count(",") >= 2:
        return True
    return len(text) > 80


def place_key(word: str) -> str:
    """What a demonym, country name or seat of power stands for ("Kremlin" -> russia).

    Words outside the lexicon fall back to their first five letters, so that regular demonyms meet
    their country (Hungarian/Hungary -> hunga); both sides of a comparison go through this.
    """
    w = fold(word)
    places = lexicons().places
    if w in places:
        return places[w]
    return w[:5] if len(w) >= 5 else w


def is_place_word(word: str) -> bool:
    """A word the lexicon knows as a country, demonym or seat of power."""
    return fold(word) in lexicons().places


def given_name_key(token: str) -> str:
    """The transliteration key of one name token (Sergey -> sergei, Zelenskyy -> zelensky)."""
    t = fold(token)
    given = lexicons().given_names
    if t in given:
        return given[t]
    t = re.sub(r"(?<=[a-z])(iy|yy|ij|ii)$", "y", t)
    t = re.sub(r"(?<=[a-z])ey$", "ei", t)
    t = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])i$", "y", t)
    t = re.sub(r"ks(?=[aeiouy])", "x", t)
    return given.get(t, t)


def is_generic_institution(name: str) -> bool:
    """A name made only of words every country's institutions use ("Interior Ministry", "Supreme
    Court"; lexicons/entities_institution_words.txt), so it names no one body by itself."""
    words = [w for w in fold(name).split() if w not in {"of", "the", "and", "for"}]
    return bool(words) and all(w in _institution_words() for w in words)


def is_institution_word(word: str) -> bool:
    """A word institutions are named with ("office", "department", "ministry"): after a possessive
    role ("the sheriff's department") it makes the phrase name the body, not the person."""
    return fold(word) in _institution_words()


@functools.cache
def _institution_words() -> frozenset[str]:
    return frozenset(w.strip().lower() for w in _lines("entities_institution_words.txt"))


@functools.cache
def _surname_particles() -> dict[str, bool]:
    """Particle -> whether it counts only when joined or lower case (lexicons/entities_surname_particles.txt)."""
    out: dict[str, bool] = {}
    for line in _lines("entities_surname_particles.txt"):
        word, *flags = line.lower().split()
        out[word] = "joined" in flags
    return out


def particle_surname(name: str) -> str | None:
    """The surname written with its particle ("Bin Salman", "al-Sharaa", "De Niro" -> "Salman",
    "Sharaa", "Niro"): a particle and one more word. News writes a person's full name once and
    then this form, so it is a surname, not a two-word full name. None for any other name; a
    particle that is also a given name ("Al Gore", "Van Jones") counts only in lower case or
    joined by a hyphen."""
    text = " ".join(strip_possessive(name).split())
    for sep in ("-", " "):
        first, found, rest = text.partition(sep)
        if not found or not rest or " " in rest or "-" in rest or not rest[:1].isupper():
            continue
        joined_only = _surname_particles().get(fold(first))
        if joined_only is None:
            continue
        if joined_only and sep == " " and not first.islower():
            return None
        return rest
    return None


def org_without_suffix(words: Sequence[str]) -> list[str]:
    """Folded organisation name words without a trailing legal or club suffix ("celtic fc" ->
    "celtic", "apple inc" -> "apple"; lexicons/entities_cues.txt [org_suffix]); a name that is only
    a suffix is kept."""
    suffixes = lexicons().cues.get("org_suffix", frozenset())
    if len(words) > 1 and words[-1] in suffixes:
        return list(words[:-1])
    return list(words)


def is_short_form(short: str, full: str) -> bool:
    """Whether ``short`` is a form the given name ``full`` goes by ("tom" of "thomas"; folded words,
    lexicons/entities_given_name_short.txt). Only for joining within one article."""
    return short in _short_forms().get(full, frozenset())


@functools.cache
def _short_forms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _lines("entities_given_name_short.txt"):
        full, *shorts = line.lower().split()
        out.setdefault(given_name_key(full), set()).update(given_name_key(s) for s in shorts)
    return {k: frozenset(v) for k, v in out.items()}
