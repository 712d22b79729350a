"""Real-article corpora for benchmarks, read from ../shared/benchmarks (never copied into the repo).

``real_articles`` yields (name, text) for the PolNeAR texts and the ECB+ documents (tokens re-joined
into sentences). ``variants`` makes any number of distinct articles from them by recombining
paragraphs of different real articles, so near-duplicate detection does not fold them together.
"""

from __future__ import annotations

import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"


def data_dir(argv_path: str | None) -> Path:
    path = Path(argv_path) if argv_path else DEFAULT_DATA
    if not path.is_dir():
        print(f"skipped: benchmark data folder {path} is absent (pass the path of shared/benchmarks)")
        sys.exit(0)
    return path


def polnear_texts(root: Path) -> Iterator[tuple[str, str]]:
    for split in ("train", "dev"):
        for path in sorted((root / "polnear" / "data" / split / "text").glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")


# Tokens that attach to the word before them ("said ," -> "said,") or after them ("( June" -> "(June").
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|\.\.\.|''|'|n't|'(?:s|re|ve|ll|d|m)|’s)$", re.IGNORECASE)
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$#`]|``|US\$|£|€)$")
_DIGIT_END = re.compile(r"\d$")
_NUMBER_GROUP = re.compile(r"^[^\d\s]*\d{1,3}(?:,\d{3})*$")  # "5", "$380": may take a ",000" group after it
_THOUSANDS = re.compile(r"^\d{3}(?!\d)")  # "000", "500 " but not "2013"
_TWO_DIGITS = re.compile(r"^\d\d(?!\d)")  # the minutes of "1:32", "5:03pm"


def _glued(previous: str, separator: str, following: str) -> bool:
    """Whether ``separator`` between two tokens was inside one number in the original text.

    The ECB+ tokeniser split "27.5", "5,000", "1:32" and "12/16/08" at their punctuation. Within one
    sentence a full stop between digits is a decimal point; a comma is a thousands separator only
    when a group of exactly three digits follows a group of at most three ("May 5, 2013" stays).
    """
    previous = previous.split()[-1] if previous.strip() else previous
    if not _DIGIT_END.search(previous) or not following[:1].isdigit():
        return False
    if separator == ".":
        return True
    if separator == ",":
        return bool(_NUMBER_GROUP.match(previous) and _THOUSANDS.match(following))
    if separator == ":":
        return bool(_TWO_DIGITS.match(following))
    return separator in ("/", "-")


def detokenise(tokens: list[str]) -> str:
    """One sentence from its tokens, spaced as the original text most likely was.

    Punctuation attaches to the word before it, opening brackets and currency signs to the word
    after, straight double quotes alternately open and close, and the pieces of numbers split by the
    tokeniser are joined again, so "$27. 5" comes out as "$27.5" and figures read as written.
    """
    out: list[str] = []
    attach_next = False
    open_quote = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if out and i + 1 < len(tokens) and _glued(out[-1], token, tokens[i + 1]):
            out[-1] += token + tokens[i + 1]
            i += 2
            continue
        if token == '"':
            open_quote = not open_quote
            no_space = not open_quote  # a closing quote attaches to what it closes
        else:
            no_space = bool(_NO_SPACE_BEFORE.match(token))
        if out and not attach_next and not no_space:
            out.append(" " + token)
        elif out:
            out[-1] += token
        else:
            out.append(token)
        attach_next = bool(_NO_SPACE_AFTER.match(token)) or (token == '"' and open_quote)
        i += 1
    return "".join(out)


def ecb_text(path: Path) -> str:
    """An ECB+ document's text: one line per sentence rebuilt from its tokens, the URL line dropped."""
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = []
    for number in sorted(sentences):
        line = detokenise(sentences[number])
        if number == 0 and path.name.endswith("ecbplus.xml") and line.startswith("http"):
            continue
        lines.append(line)
    return "\n\n".join(lines) + "\n"


def ecb_texts(root: Path) -> Iterator[tuple[str, str]]:
    topics = sorted((root / "ecbplus" / "ECB+").iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)
    for topic in topics:
        if topic.is_dir():
            for path in sorted(topic.glob("*.xml")):
                yield path.name, ecb_text(path)


def real_articles(root: Path) -> list[tuple[str, str]]:
    return list(polnear_texts(root)) + list(ecb_texts(root))


def variants(articles: list[tuple[str, str]], count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``count`` distinct articles, each a shuffle of a quarter of the sentences of four real ones.

    Any two variants share at most a few sentences, so near-duplicate detection (rightly) keeps
    them apart, while every sentence is real news prose.
    """
    rng = random.Random(seed)
    sentences = [[s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20] for _, text in articles]
    usable = [i for i, sents in enumerate(sentences) if len(sents) >= 4]
    for n in range(count):
        picked: list[str] = []
        for source in rng.sample(usable, 4):
            sents = sentences[source]
            picked.extend(rng.sample(sents, k=max(2, len(sents) // 4)))
        rng.shuffle(picked)
        paragraphs = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        yield f"variant-{n:06d}", f"Synthetic article {n}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(items: Iterator[tuple[str, str]], folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for n, (name, text) in enumerate(items, 1):
        (folder / f"{n:06d}_{Path(name).stem}.txt").write_text(text, encoding="utf-8")
    return n
