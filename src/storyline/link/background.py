"""How common a content term is in English at large: the document frequencies a young store lacks.

Story clustering weighs a shared word by how rare it is among the articles stored so far (IDF). A store
of a handful of articles knows nothing of the sort: every word its reports of one strike share is in
all of them, so it weighs least, while each report's own words, however ordinary ("analysts",
"morning"), weigh most. Four reports of one port strike then scored as strangers (0.22 where a store
holding 840 other articles gives 0.36 to 0.58), and a user's first feed, or the bundled sample, came
out split into stories of one article.

So the term index counts ``StoryParams.background_docs`` pseudo-documents besides the real ones, in
which a term occurs as often as its frequency in English at large predicts for a news report of
``DOC_TOKENS`` words. The frequencies are wordfreq's "small" English list (28,917 words with a
frequency of at least one in a million; code Apache-2.0, data CC BY-SA 4.0, shipped in the wheel and
read offline); a word not on it is rarer than that. As a store grows its own counts outweigh the
pseudo-documents, so a large store weighs words as it did before.
"""

from __future__ import annotations

import math
from functools import lru_cache

DOC_TOKENS = 400  # words in a typical news report: turns a word frequency into a share of reports
UNLISTED = 5e-7  # the frequency taken for a word rarer than the list's floor (1e-6)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="small")


@lru_cache(maxsize=65536)
def background_share(term: str) -> float:
    """The share of news reports expected to contain ``term`` (a ``similarity.stem``-ed content term,
    so a folded plural is looked up as written too)."""
    freqs = _frequencies()
    frequency = max(freqs.get(term, 0.0), freqs.get(term + "s", 0.0), freqs.get(term + "es", 0.0)) or UNLISTED
    return 1.0 - math.exp(-DOC_TOKENS * frequency)
