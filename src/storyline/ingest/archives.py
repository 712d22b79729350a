"""Containers: zip and tar archives, single compressed files (gzip, bzip2, xz) and WARC crawls.

Members and records stream one at a time in stored order and are never extracted to disk; the
caller reads each member before asking for the next. Sizes are checked from the archive's own directory before
a byte is inflated (a zip bomb is refused on its declared size), and readers bound every read
anyway, since a declared size can lie.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from storyline.errors import (
    EmptyInput,
    InputError,
    MalformedInput,
    OversizedInput,
    TruncatedInput,
    UnreadableInput,
)
from storyline.ingest.decode import decode
from storyline.records import RawDocument, Reject

_CHUNK = 1 << 16

# Files that archivers and desktops add next to the real content.
_JUNK_DIRS = {"__MACOSX"}


@dataclass(slots=True)
class Member:
    """One file inside an archive: its name, declared size and an open stream (valid until the next member)."""

    name: str
    size: int | None
    stream: IO[bytes]


def is_hidden(name: str) -> bool:
    """Hidden files and folders (".git", "._resource-fork", "__MACOSX") are never articles."""
    parts = name.replace("\\", "/").split("/")
    return any(p.startswith(".") and p not in {".", ".."} or p in _JUNK_DIRS for p in parts)


def inner_name(name: str) -> str:
    """The name of what a single compressed file holds: "a.jsonl.gz" holds "a.jsonl"."""
    lower = name.lower()
    for suffix, replacement in ((".tgz", ".tar"), (".tbz2", ".tar"), (".txz", ".tar")):
        if lower.endswith(suffix):
            return name[: -len(suffix)] + replacement
    for suffix in (".gz", ".bz2", ".xz", ".lzma"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def open_compressed(stream: IO[bytes], kind: str) -> IO[bytes]:
    """A decompressing read stream over ``stream``; ``kind`` is gzip, bzip2 or xz."""
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if kind == "bzip2":
        return bz2.BZ2File(stream, mode="rb")
    if kind == "xz":
        return lzma.LZMAFile(stream, mode="rb")
    raise ValueError(f"unknown compression {kind!r}")


def iter_zip(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Member | Reject]:
    """Members of a zip archive in stored order, or a Reject for each member that cannot be opened."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, EOFError, ValueError) as err:
        raise MalformedInput(origin, f"not a readable zip archive ({err}); check the file is complete") from None
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if "[Content_Types].xml" in names or (infos and infos[0].filename == "mimetype"):
            raise UnreadableInput(origin, "this is an office document or e-book (a zip of XML parts), not an archive of articles; export it as text or HTML first")
        for info in infos:
            if info.is_dir() or is_hidden(info.filename):
                continue
            where = f"{origin}!{info.filename}"
            if info.flag_bits & 0x1:
                yield Reject(where, "the member is encrypted; extract it with its password first", UnreadableInput.kind)
                continue
            try:
                member = archive.open(info)
            except NotImplementedError as err:
                yield Reject(where, f"unsupported zip compression ({err}); re-pack the archive with deflate", UnreadableInput.kind)
                continue
            except (zipfile.BadZipFile, OSError) as err:
                yield Reject(where, f"the member cannot be opened ({err}); the archive may be damaged", MalformedInput.kind)
                continue
            with member:
                yield Member(info.filename, info.file_size, member)


def iter_tar(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Member | Reject]:
    """Regular-file members of a (possibly compressed) tar archive in stored order."""
    try:
        archive = tarfile.open(fileobj=stream, mode="r:*")
    except (tarfile.TarError, EOFError, OSError, zlib.error) as err:
        raise MalformedInput(origin, f"not a readable tar archive ({err}); check the file is complete") from None
    last = None
    with archive:
        while True:
            try:
                info = archive.next()
            except (EOFError, tarfile.ReadError, OSError, zlib.error) as err:
                after = f" after {last!r}" if last else ""
                raise TruncatedInput(origin, f"the archive is cut short or damaged{after} ({err}); the members before it were read") from None
            if info is None:
                return
            last = info.name
            if not info.isreg() or is_hidden(info.name):
                continue
            member = archive.extractfile(info)
            if member is None:  # pragma: no cover - isreg() members always have data
                continue
            yield Member(info.name, info.size, member)


def too_large_reason(size: int | None, max_bytes: int) -> str:
    what = f"{size:,} bytes" if size is not None else "more bytes"
    return f"{what} is over the limit of {max_bytes:,} bytes per item; split it, or raise max_bytes (STORYLINE_MAX_BYTES)"


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([-\w.:]+)", re.IGNORECASE)


def iter_warc(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """Each HTTP 200 HTML response in a WARC (plain or gzipped). Other records are skipped silently."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    found = False
    while True:
        try:
            record = next(records)
        except StopIteration:
            end = getattr(records, "offset", None)
            if end is not None and _has_data_after(stream, end):
                raise TruncatedInput(f"{origin}#{end}", "the WARC ends inside a record (the file is cut short); the records before it were read") from None
            return
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as err:
            if not found:
                raise MalformedInput(origin, f"not a readable WARC file ({err}); check it is a WARC") from None
            at = getattr(records, "offset", None)
            where = f"{origin}#{at}" if at is not None else origin
            raise TruncatedInput(where, f"the WARC is cut short or damaged here ({err}); the records before it were read") from None
        found = True
        content_type = _html_response_type(record)
        if content_type is None:
            at = records.get_record_offset()  # reads to the record's end, where a cut shows
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise TruncatedInput(f"{origin}#{at}", "the WARC ends inside this record (the file is cut short); the records before it were read")
            continue
        if record.length is not None and record.length > max_bytes + 65536:  # payload plus HTTP headers
            yield _reject(OversizedInput(f"{origin}#{records.get_record_offset()}", too_large_reason(record.length, max_bytes)))
            continue
        try:
            data = record.content_stream().read(max_bytes + 1)
        except (EOFError, zlib.error) as err:
            raise TruncatedInput(f"{origin}#{getattr(records, 'offset', '?')}", f"the WARC is cut short inside this record ({err}); the records before it were read") from None
        except (ValueError, OSError) as err:
            yield _reject(MalformedInput(f"{origin}#{records.get_record_offset()}", f"the HTTP payload cannot be decoded ({err})"))
            continue
        where = f"{origin}#{records.get_record_offset()}"
        if getattr(record.raw_stream, "limit", 0) > 0:  # the record's block ended before its Content-Length
            raise TruncatedInput(where, "the WARC ends inside this record (the file is cut short); the records before it were read")
        try:
            if len(data) > max_bytes:
                raise OversizedInput(where, too_large_reason(None, max_bytes))
            charset = _CHARSET.search(content_type)
            markup = decode(data, where, declared=charset.group(1) if charset else None)
            if not markup.strip():
                raise EmptyInput(where, "the HTML response is empty")
        except InputError as err:
            yield _reject(err)
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        yield RawDocument(origin=where, html=markup, url=url.strip("<> ") if url else None)


def _html_response_type(record: Any) -> str | None:
    """The Content-Type of an HTTP 200 HTML response record, or None for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type if "html" in content_type.lower() else None


def _has_data_after(stream: IO[bytes], offset: int) -> bool:
    """Whether anything but blank lines follows ``offset``: a record the WARC parser gave up on."""
    stream.seek(offset)
    while chunk := stream.read(_CHUNK):
        if chunk.strip():
            return True
    return False


def _reject(err: InputError) -> Reject:
    return Reject(err.origin, err.reason, err.kind)
