"""Find every article in files, folders, archives, feeds, JSON and WARC: the first step of ingest.

``iter_documents`` turns whatever the user points at into a stream of ``RawDocument`` records, and
a ``Reject`` for each item that cannot be read; one bad item never stops a batch. Formats are chosen
by content first (magic bytes, the first markup or JSON character) and by extension only when the
content says nothing, so a feed saved as ``.txt`` or a JSONL file called ``.json`` still works.

Memory stays flat however large the corpus: containers stream (JSON Lines line by line, JSON arrays
item by item, feeds element by element, WARC record by record, archives member by member), and
``max_bytes`` bounds every single read: it applies to a whole file only when the file is one
article (text, HTML, one JSON object), and to each record or member inside a container.

Origins say where an item is, precisely enough to find it again:
``dir/a.txt``, ``a.jsonl:12`` (1-based line), ``a.json#item-3``, ``feed.rss#item-2``,
``crawl.warc.gz#48213`` (the record's byte offset), ``bundle.zip!2025/a.html`` (archive member,
nested as ``outer.tar.gz!inner.zip!x.txt``). A single compressed file keeps its own name
(``a.jsonl.gz:3``), since it holds exactly one file.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import lzma
import os
import re
import stat
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any
from urllib.parse import urljoin

from lxml import etree

from storyline.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    MalformedInput,
    OversizedInput,
    TruncatedInput,
    UnreadableInput,
)
from storyline.ingest.archives import (
    Member,
    inner_name,
    iter_tar,
    iter_warc,
    iter_zip,
    open_compressed,
    too_large_reason,
)
from storyline.ingest.decode import attributes, binary_kind, decode, normalize_newlines
from storyline.ingest.metadata import site_from_url
from storyline.records import RawDocument, Reject

HEAD_BYTES = 4096  # enough to sniff any format we read (tar's magic sits at byte 257)
MAX_DEPTH = 6  # archives inside archives deeper than this are refused (zip quines, bombs)
_CHUNK = 1 << 16
_SPOOL_BYTES = 8 << 20  # archive members up to this size are read into memory before sniffing

Item = RawDocument | Reject


def iter_documents(paths: Sequence[str | Path], *, max_bytes: int) -> Iterator[Item]:
    """Every article in ``paths`` (files, folders, archives...), in a deterministic order.

    Yields a ``Reject`` for each item that cannot be read and goes on; raises only on programming
    errors. Folders are walked recursively in sorted name order, skipping hidden entries.
    """
    for path in paths:
        yield from _read_path(Path(path), str(path), max_bytes, frozenset())


# ---------------------------------------------------------------- files and folders


def _read_path(path: Path, origin: str, max_bytes: int, ancestors: frozenset[str]) -> Iterator[Item]:
    try:
        st = path.stat()
    except FileNotFoundError:
        yield _reject(UnreadableInput(origin, "no such file or folder (or a broken link); check the path"))
        return
    except OSError as err:
        yield _reject(UnreadableInput(origin, f"cannot look at it ({err.strerror or err}); check the path and its permissions"))
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(path, origin, max_bytes, ancestors)
    elif not stat.S_ISREG(st.st_mode):
        yield _reject(UnreadableInput(origin, f"this is {_file_type(st.st_mode)}, not a regular file; give files or folders"))
    else:
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError as err:
            yield _reject(UnreadableInput(origin, f"cannot open it ({err.strerror or err}); check its permissions"))
            return
        with stream:
            yield from _guarded(_read_stream(stream, origin, path.name, st.st_size, max_bytes, 0), origin)


def _walk(path: Path, origin: str, max_bytes: int, ancestors: frozenset[str]) -> Iterator[Item]:
    real = os.path.realpath(path)
    if real in ancestors:  # a symbolic link back up the tree
        return
    try:
        names = sorted(entry.name for entry in os.scandir(path))
    except OSError as err:
        yield _reject(UnreadableInput(origin, f"cannot list this folder ({err.strerror or err}); check its permissions"))
        return
    inside = ancestors | {real}
    for name in names:
        if not name.startswith("."):
            yield from _read_path(path / name, os.path.join(origin, name), max_bytes, inside)


def _file_type(mode: int) -> str:
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _reject(err: InputError) -> Reject:
    return Reject(err.origin, err.reason, err.kind)


def _guarded(items: Iterator[Item], origin: str) -> Iterator[Item]:
    """Turn the failure of one item's reader into a Reject, keeping everything read before it."""
    try:
        yield from items
    except InputError as err:
        yield _reject(err)
    except EOFError as err:
        yield _reject(TruncatedInput(origin, f"the data is cut short ({err or 'unexpected end'}); what came before was read, re-download or re-copy the file for the rest"))
    except (zlib.error, gzip.BadGzipFile, lzma.LZMAError) as err:
        yield _reject(MalformedInput(origin, f"the compressed data is damaged ({err}); re-download or re-copy the file"))
    except OSError as err:
        yield _reject(UnreadableInput(origin, f"reading failed ({err.strerror or err}); check the file and the disk"))


# ---------------------------------------------------------------- sniffing and dispatch


_FEED_ROOTS = {"rss", "feed", "rdf"}
_HTML_TAGS = set(
    "html head body title meta link base style script noscript main article section header footer nav aside "
    "div span p a b i u em strong small br hr h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr td th thead tbody "
    "figure figcaption img picture blockquote pre code time address form iframe".split()
)
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_FEED_EXT = {".rss", ".atom", ".xml"}
_JSON_EXT = {".json", ".jsonl", ".ndjson"}
_EXT_FORMATS = {
    **{e: "html" for e in _HTML_EXT},
    **{e: "feed" for e in _FEED_EXT},
    **{e: "json" for e in _JSON_EXT},
    ".warc": "warc",
    ".zip": "zip",
    ".tar": "tar",
    ".gz": "gzip",
    ".tgz": "gzip",
    ".bz2": "bzip2",
    ".xz": "xz",
}
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>|\s)*", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"<([a-z_][-\w.]*:)?([a-z_][-\w.]*)", re.IGNORECASE)
_JSON_START = re.compile(r"(?:\{\s*(?:\"|\}|$)|\[\s*(?:\{|\]|$))")


def sniff(head: bytes, name: str) -> str:
    """The format of a file from its first bytes, falling back on its extension.

    One of gzip, bzip2, xz, zip, tar, warc, binary, feed, html, xml, json, text.
    """
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"WARC/"):
        return "warc"
    if binary_kind(head) is not None:
        return "binary"
    ext = _ext(name)
    text = _head_text(head).lstrip()
    if text.startswith("<"):
        prolog = _PROLOG.match(text)
        rest = text[prolog.end() :] if prolog else text
        root = _ROOT.match(rest)
        local = root.group(2).lower() if root else ""
        if local in _FEED_ROOTS:
            return "feed"
        if local in _HTML_TAGS or "<!doctype html" in text[:200].lower() or ext in _HTML_EXT:
            return "html"
        if ext in _FEED_EXT:
            return "feed"  # the feed reader names the root it found instead
        return "xml" if text.startswith("<?xml") else "html"
    if _JSON_START.match(text):
        return "json"
    return _EXT_FORMATS.get(ext, "text")


def _ext(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _head_text(head: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


def _read_stream(stream: IO[bytes], origin: str, name: str, size: int | None, max_bytes: int, depth: int) -> Iterator[Item]:
    stream = _seekable(stream, origin, max_bytes)
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    if not head:
        raise EmptyInput(origin, "the file is empty (0 bytes)")
    if not head.strip() and _only_whitespace(stream):
        raise EmptyInput(origin, "the file contains only whitespace")
    fmt = sniff(head, name)
    if fmt in {"gzip", "bzip2", "xz", "zip", "tar"} and depth >= MAX_DEPTH:
        raise MalformedInput(origin, f"archives nested more than {MAX_DEPTH} deep; unpack the outer ones first")
    if fmt in {"gzip", "bzip2", "xz"}:
        inner = _inflate_head(head, fmt)
        if inner.startswith(b"WARC/") and fmt == "gzip":
            yield from iter_warc(stream, origin, max_bytes)
        elif inner[257:262] == b"ustar" or _ext(inner_name(name)) == ".tar":
            yield from _read_archive(iter_tar(stream, origin, max_bytes), origin, max_bytes, depth)
        else:
            unpacked = open_compressed(stream, fmt)
            with unpacked:
                yield from _read_stream(unpacked, origin, inner_name(name), None, max_bytes, depth + 1)
    elif fmt == "zip":
        yield from _read_archive(iter_zip(stream, origin, max_bytes), origin, max_bytes, depth)
    elif fmt == "tar":
        yield from _read_archive(iter_tar(stream, origin, max_bytes), origin, max_bytes, depth)
    elif fmt == "warc":
        yield from iter_warc(stream, origin, max_bytes)
    elif fmt == "binary":
        what = binary_kind(head) or "binary data"
        raise BinaryInput(origin, f"this is {what}, not text; give a text, HTML, JSON, feed or WARC file")
    elif fmt == "feed":
        yield from _read_feed(_utf8_stream(stream, head, origin, max_bytes), origin, max_bytes)
    elif fmt == "xml":
        raise MalformedInput(origin, "an XML document that is neither an RSS/Atom feed nor HTML; convert it to one of those")
    elif fmt == "json":
        yield from _read_json(_utf8_stream(stream, head, origin, max_bytes), origin, name, size, max_bytes)
    else:
        yield _read_single(stream, origin, size, max_bytes, html=fmt == "html")


def _only_whitespace(stream: IO[bytes]) -> bool:
    try:
        while chunk := stream.read(_CHUNK):
            if chunk.strip():
                return False
        return True
    finally:
        stream.seek(0)


def _seekable(stream: IO[bytes], origin: str, max_bytes: int) -> IO[bytes]:
    if stream.seekable():
        return stream
    return io.BytesIO(_read_bounded(stream, None, origin, max_bytes))


def _inflate_head(head: bytes, fmt: str) -> bytes:
    """The first decompressed bytes of a compressed head, to see what the compressed file holds."""
    try:
        if fmt == "gzip":
            return zlib.decompressobj(31).decompress(head, HEAD_BYTES)
        if fmt == "bzip2":
            import bz2

            return bz2.BZ2Decompressor().decompress(head, HEAD_BYTES)
        return lzma.LZMADecompressor().decompress(head, HEAD_BYTES)
    except (zlib.error, OSError, EOFError, lzma.LZMAError):
        return b""


def _utf8_stream(stream: IO[bytes], head: bytes, origin: str, max_bytes: int) -> IO[bytes]:
    """Streaming parsers want UTF-8 (or ASCII-compatible) bytes; a UTF-16/32 file is transcoded whole."""
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return stream
    text = decode(_read_bounded(stream, None, origin, max_bytes), origin)
    return io.BytesIO(_XML_ENCODING.sub(rb'\1"UTF-8"', text.encode("utf-8"), count=1))


def _read_bounded(stream: IO[bytes], size: int | None, origin: str, max_bytes: int) -> bytes:
    """All of one item's bytes, refusing (before reading, when the size is known) anything too large."""
    if size is not None and size > max_bytes:
        raise OversizedInput(origin, too_large_reason(size, max_bytes))
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise OversizedInput(origin, too_large_reason(None, max_bytes))
    return data


# ---------------------------------------------------------------- single articles


def _read_single(stream: IO[bytes], origin: str, size: int | None, max_bytes: int, *, html: bool) -> Item:
    try:
        data = _read_bounded(stream, size, origin, max_bytes)
        text = decode(data, origin)
        if not text.strip():
            raise EmptyInput(origin, "the file contains only whitespace")
    except InputError as err:
        return _reject(err)
    if html:
        return RawDocument(origin=origin, html=text, url=canonical_url(text))
    return RawDocument(origin=origin, text=text)


_LINK_TAGS = re.compile(r"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)


def canonical_url(markup: str, base: str | None = None) -> str | None:
    """The page's own URL from ``<link rel=canonical>`` or ``og:url``, if it states one.

    A relative URL is resolved against ``base`` (the URL it was fetched from) or dropped.
    """
    end = _HEAD_END.search(markup, 0, 200_000)
    head = markup[: end.start() if end else 200_000]
    canonical = og = None
    for tag in _LINK_TAGS.findall(head):
        attrs = attributes(tag)
        if tag[1:5].lower() == "link" and "canonical" in attrs.get("rel", "").lower().split():
            canonical = canonical or attrs.get("href")
        elif attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            og = og or attrs.get("content")
    for url in (canonical, og):
        if url:
            if base:
                url = urljoin(base, url)
            if re.match(r"https?://", url, re.IGNORECASE):
                return url
    return None


# ---------------------------------------------------------------- JSON and JSON Lines


_TEXT_KEYS = ("text", "maintext", "html", "content", "body", "article")
_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date_publish", "date", "pubDate", "published_at", "datePublished",
                  "date_published", "publish_date", "publishedAt", "pub_date"),
    "byline": ("byline", "author", "authors", "creator"),
    "site": ("site", "source_domain", "sitename", "site_name", "source", "publisher"),
    "language": ("language", "lang"),
    "description": ("description", "summary"),
}
_LOOKS_HTML = re.compile(r"<(?:p|div|br|html|body|article|span|a|h[1-6]|ul|ol|li|section|img|table|figure|em|strong|b|i)\b[^>]*>", re.IGNORECASE)
_SURROGATE = re.compile("[\udc80-\udcff]")


def document_from_record(obj: object, origin: str) -> RawDocument:
    """A RawDocument from one JSON article record; field names of common scrapers are understood.

    Raises MalformedInput for a record that is not an object, EmptyInput for one with no text.
    """
    if not isinstance(obj, dict):
        raise MalformedInput(origin, f"a JSON {_json_type(obj)} where an article object was expected")
    text = html = None
    for key in _TEXT_KEYS:
        value = _text_value(obj.get(key), "\n\n")
        if value and value.strip():
            value = normalize_newlines(value)
            if key == "html" or (key not in {"text", "maintext"} and _LOOKS_HTML.search(value)):
                html = value
            else:
                text = value
            break
    if text is None and html is None:
        keys = ", ".join(_TEXT_KEYS)
        raise EmptyInput(origin, f"the record has no article text (none of the fields {keys} is filled)")
    meta = {field: _first(obj, keys) for field, keys in _META_KEYS.items()}
    return RawDocument(origin=origin, text=text, html=html, **meta)


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _text_value(obj.get(key), ", ")
        if value and value.strip():
            return value.strip()
    return None


def _text_value(value: object, joiner: str) -> str | None:
    """A string from a JSON value: strings as is, numbers spelled out, lists joined, names of objects."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        parts = [_text_value(v, joiner) for v in value]
        return joiner.join(p.strip() for p in parts if p and p.strip()) or None
    if isinstance(value, dict):
        for key in ("name", "title", "$date", "value", "text", "url"):
            if key in value:
                return _text_value(value[key], joiner)
    return None


def _json_type(obj: object) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(obj), "number")


def _parse_json(text: str, origin: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        # one JSON line is one record: its own "line 1" would only confuse next to the file's line number
        where = f"column {err.colno}" if "\n" not in text.strip() else f"line {err.lineno}, column {err.colno}"
        cut = err.pos >= len(text.rstrip()) or err.msg.startswith(("Unterminated", "Invalid control character"))
        hint = " (the record looks cut short, or a string holds a raw line break)" if cut else ""
        msg = err.msg.removesuffix(" at")  # "Invalid control character at"
        raise MalformedInput(origin, f"invalid JSON: {msg} at {where}{hint}; fix or remove this record") from None
    except RecursionError:
        raise MalformedInput(origin, "JSON nested too deeply to be an article record") from None


def _read_json(stream: IO[bytes], origin: str, name: str, size: int | None, max_bytes: int) -> Iterator[Item]:
    """JSON Lines, a JSON array of records, or one JSON object, told apart by the content."""
    first = stream.read(HEAD_BYTES).removeprefix(codecs.BOM_UTF8).lstrip()
    stream.seek(0)
    if first.startswith(b"["):
        yield from _read_json_array(stream, origin, max_bytes)
    elif _ext(name) in {".jsonl", ".ndjson"} or _is_json_lines(stream, max_bytes):
        yield from _read_json_lines(stream, origin, max_bytes)
    else:
        try:
            data = _read_bounded(stream, size, origin, max_bytes)
            yield document_from_record(_parse_json(decode(data, origin), origin), origin)
        except InputError as err:
            yield _reject(err)


def _is_json_lines(stream: IO[bytes], max_bytes: int) -> bool:
    """Whether the first line is a whole JSON value and more lines follow (JSON Lines called .json)."""
    try:
        first = stream.readline(min(max_bytes, 1 << 24))
        rest = stream.read(HEAD_BYTES)
    finally:
        stream.seek(0)
    if not rest.strip():
        return False
    try:
        json.loads(first.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="surrogateescape"))
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _read_json_lines(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Item]:
    lineno = 0
    while True:
        try:
            line = stream.readline(max_bytes + 1)
        except (EOFError, zlib.error) as err:
            raise TruncatedInput(f"{origin}:{lineno + 1}", f"the file is cut short or damaged here ({err}); the lines before it were read") from None
        if not line:
            return
        lineno += 1
        where = f"{origin}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(_CHUNK)
            yield _reject(OversizedInput(where, too_large_reason(None, max_bytes)))
            continue
        if lineno == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        try:
            yield document_from_record(_parse_json(decode(line, where), where), where)
        except InputError as err:
            yield _reject(err)


def _read_json_array(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Item]:
    """Items of a top-level JSON array, parsed one at a time from a sliding buffer."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape")
    scanner = json.JSONDecoder()
    buf, pos, eof, index = "", 0, False, 0

    def more(pos: int) -> tuple[str, int, bool]:
        chunk = stream.read(max(_CHUNK, len(buf) - pos))
        return buf[pos:] + decoder.decode(chunk, final=not chunk), 0, not chunk

    buf, pos, eof = more(0)
    pos = len(buf) - len(buf.lstrip())
    if buf[pos : pos + 1] != "[":
        raise MalformedInput(origin, "expected a JSON array of article records")
    pos += 1
    expect_item = True
    while True:
        while True:  # skip whitespace and the comma between items
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf) or eof:
                break
            buf, pos, eof = more(pos)
        if pos >= len(buf):
            raise TruncatedInput(f"{origin}#item-{index + 1}", "the JSON array is cut short (no closing ']'); the items before it were read")
        if buf[pos] == "]":
            return
        if not expect_item:
            if buf[pos] != ",":
                raise MalformedInput(f"{origin}#item-{index + 1}", f"invalid JSON: expected ',' or ']' after item {index}, found {buf[pos]!r}; the items before it were read")
            pos += 1
            expect_item = True
            continue
        where = f"{origin}#item-{index + 1}"
        try:
            obj, end = scanner.raw_decode(buf, pos)
        except json.JSONDecodeError as err:
            definite = err.pos < len(buf) - 64 and not err.msg.startswith("Unterminated string")
            if eof or definite:
                raise MalformedInput(where, f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno} of the item's window); the items before it were read") from None
            if len(buf) - pos > max_bytes:
                raise OversizedInput(where, too_large_reason(None, max_bytes) + "; the items after it were not read") from None
            buf, pos, eof = more(pos)
            continue
        except RecursionError:
            raise MalformedInput(where, "JSON nested too deeply to be an article record") from None
        index += 1
        expect_item = False
        raw = buf[pos:end]
        pos = end
        try:
            if len(raw) > max_bytes:
                raise OversizedInput(where, too_large_reason(None, max_bytes))
            if _SURROGATE.search(raw):  # not UTF-8: detect the item's encoding and parse again
                obj = _parse_json(decode(raw.encode("utf-8", "surrogateescape"), where), where)
            yield document_from_record(obj, where)
        except InputError as err:
            yield _reject(err)
        if pos > _CHUNK:
            buf, pos = buf[pos:], 0


# ---------------------------------------------------------------- RSS and Atom feeds


_ATOM_TEXTLIKE = {"text", "plain", "text/plain"}


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _read_feed(stream: IO[bytes], origin: str, max_bytes: int, skip: int = 0) -> Iterator[Item]:
    """One RawDocument per RSS item or Atom entry, parsed incrementally (no DTDs, entities or network).

    A feed whose bytes do not match its declared (or default UTF-8) encoding is decoded like any
    text and parsed again, skipping the ``skip`` items already read.
    """
    events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                             huge_tree=False, load_dtd=False, remove_comments=True, remove_pis=True)
    channel: dict[str, str | None] = {"site": None, "language": None}
    index = 0
    root_seen = False
    try:
        for event, elem in events:
            local = _local(elem.tag)
            if event == "start":
                if not root_seen:
                    root_seen = True
                    if local not in _FEED_ROOTS:
                        name = etree.QName(elem.tag).localname
                        raise MalformedInput(origin, f"the XML root is <{name}>, not an RSS or Atom feed; convert it to text, HTML or JSON")
                    channel["language"] = elem.get("{http://www.w3.org/XML/1998/namespace}lang")
                continue
            parent = elem.getparent()
            parent_local = _local(parent.tag) if parent is not None else ""
            if local in {"item", "entry"}:
                index += 1
                where = f"{origin}#item-{index}"
                try:
                    if index > skip:
                        yield _feed_item(elem, where, channel, max_bytes)
                except InputError as err:
                    yield _reject(err)
                elem.clear(keep_tail=False)
                while elem.getprevious() is not None:  # drop finished items: memory stays flat
                    del elem.getparent()[0]
            elif parent_local in {"channel", "feed"}:
                if local == "title" and channel["site"] is None:
                    channel["site"] = _clean(elem.xpath("string()"))
                elif local == "language" and channel["language"] is None:
                    channel["language"] = _clean(elem.text)
    except etree.XMLSyntaxError as err:
        if not skip and ("encoding" in err.msg.lower() or "utf-8" in err.msg.lower()):
            yield from _read_feed(_transcoded_xml(stream, origin, max_bytes), origin, max_bytes, skip=index)
            return
        where = f"{origin}#item-{index + 1}" if index else origin
        raise MalformedInput(where, f"broken XML ({err.msg}); fix the feed file{'; the items before it were read' if index else ''}") from None
    if not root_seen:
        raise MalformedInput(origin, "no XML found; fix the feed file")


_XML_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)["'][-\w.:]+["']""")


def _transcoded_xml(stream: IO[bytes], origin: str, max_bytes: int) -> IO[bytes]:
    """The whole feed decoded with detection and re-encoded as UTF-8 (declaration updated to match)."""
    stream.seek(0)
    text = decode(_read_bounded(stream, None, origin, max_bytes), origin)
    return io.BytesIO(_XML_ENCODING.sub(rb'\1"UTF-8"', text.encode("utf-8"), count=1))


_TITLE_PARTS = re.compile(r"\s+[-–—|:»·]\s+|:\s+")


def feed_site(channel_title: str | None, link: str | None) -> str | None:
    """The outlet's name out of a feed's title: "Coastal Herald - Latest" -> "Coastal Herald".

    Feed titles join the outlet's name and a section ("BBC News - World", "Example Times: Top
    Stories"); the part that spells the item link's domain is the outlet. Without such a part the
    whole title stays: which side is the section cannot be told from words alone.
    """
    if not channel_title:
        return channel_title
    parts = [p.strip() for p in _TITLE_PARTS.split(channel_title) if p.strip()]
    domain = site_from_url(link)
    if len(parts) < 2 or not domain:
        return channel_title
    label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0]).removeprefix("the")
    for part in parts:
        compact = re.sub(r"[^a-z0-9]", "", part.lower()).removeprefix("the")
        if len(label) >= 3 and compact.startswith(label):
            return part
    return channel_title


def _feed_item(item: Any, where: str, channel: dict[str, str | None], max_bytes: int) -> RawDocument:
    fields: dict[str, list[Any]] = {}
    for child in item:
        fields.setdefault(_local(child.tag), []).append(child)

    def first_text(*names: str) -> str | None:
        for name in names:
            for el in fields.get(name, ()):
                value = _clean(el.xpath("string()"))
                if value:
                    return value
        return None

    text = html = None
    content = fields.get("encoded", []) + fields.get("content", [])
    summary = fields.get("description", []) + fields.get("summary", [])
    for el in content + summary:
        kind, body = _element_body(el)
        if body and body.strip():
            body = normalize_newlines(body)
            if kind == "html":
                html = body
            else:
                text = body
            break
    if text is None and html is None:
        raise EmptyInput(where, "the feed item has no content, description or summary")
    if len(text or html or "") > max_bytes:
        raise OversizedInput(where, too_large_reason(None, max_bytes))
    authors = []
    for el in fields.get("author", []) + fields.get("creator", []):
        name = el.find("{*}name")
        value = _clean((name if name is not None else el).xpath("string()"))
        if value and value not in authors:
            authors.append(value)
    lang = item.get("{http://www.w3.org/XML/1998/namespace}lang") or first_text("language") or channel["language"]
    link = _feed_link(fields)
    return RawDocument(
        origin=where,
        text=text,
        html=html,
        url=link,
        title=first_text("title"),
        byline=", ".join(authors) or None,
        site=feed_site(channel["site"], link),
        published=first_text("pubdate", "published", "date", "issued", "updated", "modified"),
        language=lang,
        description=_clean(summary[0].xpath("string()")) if summary else None,
    )


def _element_body(el: Any) -> tuple[str, str | None]:
    """The markup or text an RSS/Atom content element carries, and which of the two it is."""
    if el.get("src"):  # Atom out-of-line content: nothing here
        return "text", None
    kind = (el.get("type") or "").lower()
    if kind in {"xhtml", "application/xhtml+xml"}:
        inner = (el.text or "") + "".join(etree.tostring(c, encoding="unicode") for c in el)
        return "html", inner
    body = el.xpath("string()")
    if kind in _ATOM_TEXTLIKE or (not kind and not _LOOKS_HTML.search(body)):
        return "text", body
    return "html", body


def _feed_link(fields: dict[str, list[Any]]) -> str | None:
    for el in fields.get("origlink", []):  # FeedBurner keeps the publisher's URL here
        if _clean(el.text):
            return _clean(el.text)
    for el in fields.get("link", []):
        href = el.get("href")
        if href is not None:
            if el.get("rel", "alternate") == "alternate":
                return href.strip() or None
        elif _clean(el.text):
            return _clean(el.text)
    for el in fields.get("guid", []):
        value = _clean(el.text)
        if value and el.get("isPermaLink", "true") != "false" and value.startswith(("http://", "https://")):
            return value
    return None


def _clean(value: str | None) -> str | None:
    """A metadata value with outer whitespace trimmed; empty becomes None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


# ---------------------------------------------------------------- archives


def _read_archive(members: Iterator[Member | Reject], origin: str, max_bytes: int, depth: int) -> Iterator[Item]:
    """Every member of an archive, read like a file of its own; a bad member never stops the rest."""
    cut_member = False  # the last member ended in a cut: the archive's own cut is the same damage
    try:
        for member in members:
            if isinstance(member, Reject):
                yield member
                continue
            where = f"{origin}!{member.name}"
            for item in _guarded(_read_member(member, where, max_bytes, depth), where):
                cut_member = isinstance(item, Reject) and item.kind == TruncatedInput.kind and item.origin == where
                yield item
    except TruncatedInput:
        if not cut_member:
            raise


def _read_member(member: Member, where: str, max_bytes: int, depth: int) -> Iterator[Item]:
    if member.size == 0:
        raise EmptyInput(where, "the member is empty (0 bytes)")
    stream = member.stream
    if member.size is not None and member.size <= min(max_bytes, _SPOOL_BYTES):
        # Small members are held in memory: sniffing rewinds, and rewinding a member of a
        # compressed tar means inflating the archive again from its start.
        stream = io.BytesIO(member.stream.read(member.size))
    yield from _read_stream(stream, where, member.name, member.size, max_bytes, depth + 1)
