"""Text features for story clustering: weighted content terms and name keys, and sparse cosine.

Kept free of spaCy and of any state so the clusterer can call it on every incoming article at a flat
cost. Content terms are lower-cased, lightly stemmed words with function words, numbers and calendar
words dropped: numbers and dates say more about when a page was collected than about which event it
reports, and would let unrelated stories from the same week cluster together. Names (people, places,
organisations) are the strongest signal that two reports are about the same real-world event, so
they are kept as a separate feature set; when the caller has no entity keys (no analysis yet) a
capitalisation heuristic stands in for a named-entity recogniser.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

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
    sources = [(text, 1), (title or "", title_weight)]
    if lead_chars > 0:
        sources.append((lead(text, lead_chars), 1))
    for source, weight in sources:
        for match in _WORD.finditer(source):
            word = match.group()
            if len(word) < 3:
                continue
            term = stem(word)
            if len(term) < 3 or term in STOPWORDS:
                continue
            counts[term] += weight
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
