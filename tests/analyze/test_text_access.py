"""Extractors read an article's text through nlp.doc_text, never through spaCy's Doc.text.

Doc.text joins every token on each access; one such read per number or per token makes the analysis
quadratic in the article's length (a per-number read in the figures extractor once made the whole
analysis 4x slower). A static check, so the regression is caught without timing anything.
"""

from __future__ import annotations

import re
from pathlib import Path

ANALYZE = Path(__file__).resolve().parents[2] / "src" / "storyline" / "analyze"
_READ = re.compile(r"(?<![`\w])(?:\w+\.)?doc\.text\b(?!`)")


def test_no_extractor_reads_doc_text_directly():
    offenders = []
    for path in sorted(ANALYZE.rglob("*.py")):
        if path.name == "nlp.py":
            continue  # doc_text itself
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _READ.search(line.split("#", 1)[0]):
                offenders.append(f"{path.relative_to(ANALYZE)}:{number}: {line.strip()}")
    assert offenders == [], "use storyline.analyze.nlp.doc_text:\n" + "\n".join(offenders)
