"""Bytes to text for every reader: BOMs, UTF-8, declared charsets, then detection.

Scraped news arrives in whatever encoding the site or the scraper used. Getting this wrong
silently ("â€œ" for a quote mark) poisons every offset and every quote downstream, so the order
is strict and each step only runs when the previous one cannot be right:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) is authoritative;
2. valid UTF-8 is UTF-8 (a legacy text that happens to be valid UTF-8 is vanishingly rare);
3. a charset declared by the document or its transport (HTML ``<meta>``, HTTP header) if it decodes;
4. Windows-1252 when the result reads as Western European text (charset detection is unreliable
   on short Western texts: it calls a cp1252 "smart quote" paragraph cp1250 or cp1125);
5. charset-normalizer for the rest (Cyrillic, Greek, CJK legacy encodings...).

Line endings become ``\\n``; nothing else in the text is changed.
"""

from __future__ import annotations

import codecs
import html as html_lib
import re

from storyline.errors import BinaryInput, EncodingProblem

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common non-text files, so a renamed image or PDF is called what it is.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Latin-1 labels mean Windows-1252 in practice (the WHATWG encoding standard does the same).
_LABEL_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252"}

# Non-letter characters that Western text legitimately has between letters ("don’t", "Jean–Luc").
_TYPOGRAPHIC = set("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u00b7\u00a0\u00ad")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")

_ATTR = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([-\w.:]+)["']""")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; offsets downstream count one character per line break."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def binary_kind(head: bytes) -> str | None:
    """What non-text file ``head`` starts like, or None when it could be text."""
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return what
    if _bom_codec(head) is None and b"\x00" in head:
        return "a binary file (it contains NUL bytes)"
    return None


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label as found in documents, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _LABEL_ALIASES.get(name.replace("-", "_"), name)


def attributes(tag: str) -> dict[str, str]:
    """Attributes of one start tag (lower-cased names, unescaped values); enough for <meta>/<link>."""
    out: dict[str, str] = {}
    for name, value in _ATTR.findall(tag):
        if value[:1] in "\"'":
            value = value[1:-1]
        out.setdefault(name.lower(), html_lib.unescape(value).strip())
    return out


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    m = _XML_DECL.match(head)
    if m:
        return m.group(1).decode("ascii")
    for tag in _META_TAG.findall(head):
        attrs = attributes(tag.decode("latin-1"))
        if "charset" in attrs:
            return attrs["charset"]
        if attrs.get("http-equiv", "").lower() == "content-type":
            m2 = re.search(r"charset\s*=\s*([-\w.:]+)", attrs.get("content", ""), re.IGNORECASE)
            if m2:
                return m2.group(1)
    return None


def decode(data: bytes, origin: str, *, declared: str | None = None) -> str:
    """Decode one document's bytes; raise BinaryInput or EncodingProblem (with ``origin``) if it can't.

    ``declared`` is a charset label found outside the bytes (an HTTP header); an HTML document's own
    ``<meta charset>`` is found here when ``data`` looks like markup.
    """
    what = binary_kind(data[:4096])
    if what is not None:
        raise BinaryInput(origin, f"this is {what}, not text; give a text, HTML, JSON, feed or WARC file")
    bom = _bom_codec(data)
    if bom is not None:
        codec, skip = bom
        try:
            return _checked(data[skip:].decode(codec), origin)
        except UnicodeDecodeError as err:
            raise EncodingProblem(origin, f"starts with a {codec} byte-order mark but is not {codec} ({err.reason} at byte {err.start + skip}); re-save it as UTF-8") from None
    try:
        return _checked(data.decode("utf-8"), origin)
    except UnicodeDecodeError:
        pass
    for label in (declared, declared_charset(data[:8192]) if b"<" in data[:8192] else None):
        codec = codec_for(label)
        if codec is None or codec.startswith("utf"):
            continue
        try:
            return _checked(data.decode(codec), origin)
        except UnicodeDecodeError:
            continue
    return _checked(_legacy(data, origin), origin)


def _bom_codec(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _legacy(data: bytes, origin: str) -> str:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _reads_western(western):
        return western
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    best = from_bytes(data).best()
    if best is None:
        if western is not None:
            return western
        raise EncodingProblem(origin, "the text is not UTF-8 and its encoding could not be detected; re-save it as UTF-8")
    return str(best)


def _reads_western(text: str) -> bool:
    """Whether a cp1252 reading looks like a Western European language rather than a misreading.

    Two signs of a misreading: most letters are non-ASCII (a Cyrillic or Greek text read as Latin
    gives words of nothing but accented letters), or a non-letter symbol sits inside a word (Polish
    "może" in cp1250 reads "mo¿e" in cp1252).
    """
    text = text[:200_000]
    letters = ascii_letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            ascii_letters += ch < "\x80"
    if letters and (letters - ascii_letters) / letters > 0.3:
        return False
    for i in range(1, len(text) - 1):
        ch = text[i]
        if ch >= "\x80" and not ch.isalpha() and ch not in _TYPOGRAPHIC:
            if text[i - 1].isalpha() and text[i + 1].isalpha():
                return False
    return True


def _checked(text: str, origin: str) -> str:
    """Reject decoded text that is mostly control characters (binary that happened to decode)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryInput(origin, "this looks like binary data (many control characters), not text; give a text, HTML, JSON, feed or WARC file")
    return normalize_newlines(text)
