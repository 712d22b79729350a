"""Speaker resolution across sentences, through the whole analysis (entities, then quotes): a
general role noun that carries on the speaker of the report before it."""

from __future__ import annotations

from datetime import date

from storyline.analyze.nlp import analyzer_version
from storyline.analyze.pipeline import analyze_doc
from storyline.config import Settings
from storyline.records import Article, text_id


def _analysis(nlp, text):
    article = Article(text_id(text), "test", text, title="t", published=date(2031, 3, 10), published_how="metadata")
    return analyze_doc(nlp(text), article, analyzer_version(Settings().model))


def test_a_general_role_noun_carries_on_the_named_speaker_before_it(nlp):
    text = ("A spokeswoman for the port authority, Lena Varro, said two cranes had been damaged. "
            "The official added that the berths would reopen on Monday.\n\n"
            "The harbour board said repairs would cost 2 million euros. The official said work would start soon.")
    quotes = _analysis(nlp, text).quotes
    varro = next(q for q in quotes if q.speaker and "Lena Varro" in q.speaker)
    added = next(q for q in quotes if q.cue_lemma == "add")
    assert varro.speaker_entity is not None
    assert (added.speaker, added.speaker_entity) == ("The official", varro.speaker_entity)
    assert "the speaker of the report before it" in added.speaker_reason
    # after a body's report there is no person for "the official" to be
    last = [q for q in quotes if q.speaker == "The official"][-1]
    assert last.span.start > text.index("harbour") and last.speaker_entity is None
