"""Readers: every format, every container, and every kind of bad input, down to origins and exact text."""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import tarfile
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest.readers import canonical_url, iter_documents, sniff
from storyline.records import RawDocument, Reject

DATA = Path(__file__).resolve().parent.parent / "data" / "readers"
MAX = 100_000


def read(*paths: str | Path, max_bytes: int = MAX) -> list[RawDocument | Reject]:
    return list(iter_documents([str(p) for p in paths], max_bytes=max_bytes))


def one(path: Path, max_bytes: int = MAX) -> RawDocument | Reject:
    items = read(path, max_bytes=max_bytes)
    assert len(items) == 1, items
    return items[0]


def summary(items: list[RawDocument | Reject], root: Path) -> list[tuple[str, str]]:
    """(origin relative to root, text or html or reject kind) for compact whole-batch assertions."""
    out = []
    for it in items:
        origin = it.origin.replace(str(root) + os.sep, "")
        if isinstance(it, Reject):
            out.append((origin, f"REJECT:{it.kind}"))
        else:
            out.append((origin, it.text if it.text is not None else f"HTML:{it.html}"))
    return out


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def tar_gz_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 0
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def warc_bytes(records: list[tuple[str, str, str, bytes]], *, gz: bool = True) -> bytes:
    """A WARC of response records: (url, HTTP status line, Content-Type, body)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return buf.getvalue()


WARC_RECORDS = [
    ("https://news.example/a", "200 OK", "text/html; charset=utf-8", "<html><body><p>First \u201cquoted\u201d</p></body></html>".encode()),
    ("https://news.example/missing", "404 Not Found", "text/html", b"<p>gone</p>"),
    ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
    ("https://news.example/b", "200 OK", "text/html; charset=windows-1252", b"<p>Second \x93story\x94 " + b"x" * 400 + b"</p>"),
]


# ---------------------------------------------------------------- plain text and HTML


def test_text_file_is_one_article_with_line_endings_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title line\r\n\r\nBody  text\rwith   spaces.\n")
    doc = one(path)
    assert doc == RawDocument(origin=str(path), text="Title line\n\nBody  text\nwith   spaces.\n")


def test_utf8_bom_is_dropped_and_text_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfCaf\xc3\xa9 \xe2\x80\x94 ok")
    assert one(path).text == "Caf\u00e9 \u2014 ok"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("\ufeffKyiv said \u201cno\u201d.".encode("utf-16-le"))
    assert one(path).text == "Kyiv said \u201cno\u201d."


def test_cp1252_smart_quotes_and_latin1_accents_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"The minister said \x93we will not\x94 \x96 the caf\xe9 in Z\xfcrich \x85")
    assert one(path).text == "The minister said \u201cwe will not\u201d \u2013 the caf\u00e9 in Z\u00fcrich \u2026"


def test_cyrillic_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе."
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert one(path).text == text


def test_html_keeps_markup_and_takes_canonical_url(tmp_path: Path) -> None:
    markup = (
        '<!DOCTYPE html><html><head><meta property="og:url" content="https://site.example/og">'
        '<link href="https://site.example/a?x=1&amp;y=2" rel="canonical"></head><body><p>Hi</p></body></html>'
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    doc = one(path)
    assert doc == RawDocument(origin=str(path), html=markup, url="https://site.example/a?x=1&y=2")


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    body = "<html><head><meta charset='windows-1251'></head><body><p>Путин и Трамп</p></body></html>"
    path = tmp_path / "ru.htm"
    path.write_bytes(body.encode("cp1251"))
    assert one(path).html == body


def test_canonical_url_falls_back_to_og_url_and_drops_relative() -> None:
    assert canonical_url('<meta property="og:url" content="https://x.example/1">') == "https://x.example/1"
    assert canonical_url('<link rel="canonical" href="/news/1">') is None
    assert canonical_url('<link rel="canonical" href="/news/1">', base="https://x.example/a") == "https://x.example/news/1"
    assert canonical_url("<body><link rel='canonical' href='https://late.example/'></body>") is None


# ---------------------------------------------------------------- JSON


NEWS_PLEASE = {
    "authors": ["Jane Roe", "John Doe"],
    "date_download": "2025-10-18 01:00:00",
    "date_publish": "2025-10-17 09:30:00",
    "description": "Talks are planned.",
    "language": "en",
    "maintext": "Officials said the talks would go ahead.",
    "source_domain": "wire.example",
    "title": "Talks go ahead",
    "url": "https://wire.example/talks",
}


def test_jsonl_news_please_fields_are_mapped(tmp_path: Path) -> None:
    path = tmp_path / "np.jsonl"
    path.write_text(json.dumps(NEWS_PLEASE) + "\n", encoding="utf-8")
    assert one(path) == RawDocument(
        origin=f"{path}:1",
        text="Officials said the talks would go ahead.",
        url="https://wire.example/talks",
        title="Talks go ahead",
        byline="Jane Roe, John Doe",
        site="wire.example",
        published="2025-10-17 09:30:00",
        language="en",
        description="Talks are planned.",
    )


def test_jsonl_bad_line_and_empty_record_are_rejected_at_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "one"}\n'
        '{"text": "two",\n'
        "\n"
        '{"title": "no body", "text": "   "}\n'
        '["not", "an", "object"]\n'
        '{"content": "<p>five</p>", "pubDate": "Fri, 17 Oct 2025", "author": "A. Writer", "sitename": "S"}\r\n',
        encoding="utf-8",
    )
    items = read(path)
    assert [(i.origin, type(i).__name__, getattr(i, "kind", None)) for i in items] == [
        (f"{path}:1", "RawDocument", None),
        (f"{path}:2", "Reject", "malformed"),
        (f"{path}:4", "Reject", "empty"),
        (f"{path}:5", "Reject", "malformed"),
        (f"{path}:6", "RawDocument", None),
    ]
    assert "invalid JSON" in items[1].reason and "Expecting" in items[1].reason
    assert "array" in items[3].reason
    last = items[4]
    assert (last.html, last.text, last.published, last.byline, last.site) == ("<p>five</p>", None, "Fri, 17 Oct 2025", "A. Writer", "S")


def test_jsonl_line_over_max_bytes_is_rejected_and_next_line_lands(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "small"}) + "\n", encoding="utf-8")
    items = read(path, max_bytes=200)
    assert summary(items, tmp_path) == [("big.ndjson:1", "REJECT:too-large"), ("big.ndjson:2", "small")]


def test_json_array_items_get_item_origins(tmp_path: Path) -> None:
    records = [
        {"text": "Alpha", "datePublished": "2025-10-16", "source": {"id": "x", "name": "Wire"}},
        {"html": "<p>Beta</p>", "published_at": "2025-10-17"},
        {"title": "nothing"},
        {"body": "Gamma plain"},
    ]
    path = tmp_path / "arr.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    items = read(path)
    assert summary(items, tmp_path) == [
        ("arr.json#item-1", "Alpha"),
        ("arr.json#item-2", "HTML:<p>Beta</p>"),
        ("arr.json#item-3", "REJECT:empty"),
        ("arr.json#item-4", "Gamma plain"),
    ]
    assert (items[0].published, items[0].site, items[1].published) == ("2025-10-16", "Wire", "2025-10-17")


def test_json_array_streams_across_read_chunks(tmp_path: Path) -> None:
    records = [{"text": f"article {i} " + "w" * 3000} for i in range(60)]  # ~180 kB: many buffer refills
    path = tmp_path / "long.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    items = read(path, max_bytes=10_000)
    assert len(items) == 60
    assert [i.text.split(" ")[1] for i in items] == [str(i) for i in range(60)]
    assert items[59].origin == f"{path}#item-60"


def test_json_array_broken_midway_keeps_earlier_items(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "ok"}, {"text": "bad" "x"}, {"text": "never"}]', encoding="utf-8")
    assert summary(read(path), tmp_path) == [("broken.json#item-1", "ok"), ("broken.json#item-2", "REJECT:malformed")]


def test_json_array_non_utf8_item_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "legacy.json"
    path.write_bytes(b'[{"text": "He said \x93yes\x94 in the caf\xe9."}]')
    assert one(path).text == "He said \u201cyes\u201d in the caf\u00e9."


def test_single_json_object_file_has_plain_origin(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps(NEWS_PLEASE, indent=4), encoding="utf-8")
    doc = one(path)
    assert (doc.origin, doc.text, doc.byline) == (str(path), NEWS_PLEASE["maintext"], "Jane Roe, John Doe")


def test_json_lines_named_json_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    assert summary(read(path), tmp_path) == [("lines.json:1", "a"), ("lines.json:2", "b")]


def test_truncated_single_json_object_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{\n  "text": "cut', encoding="utf-8")
    item = one(path)
    assert (item.origin, item.kind) == (str(path), "malformed")


# ---------------------------------------------------------------- feeds


def test_rss_items_use_full_content_then_description() -> None:
    path = DATA / "feed.rss"
    items = read(path)
    assert [i.origin for i in items] == [f"{path}#item-1", f"{path}#item-2", f"{path}#item-3"]
    first, second, third = items
    assert first == RawDocument(
        origin=f"{path}#item-1",
        html="<p>The ministers will meet, officials said.</p>",
        url="https://wire.example/talks",
        title="Talks planned for next week",
        byline="Jane Roe",
        site="Example Wire",
        published="Fri, 17 Oct 2025 09:30:00 GMT",
        language="en-gb",
        description="Short summary.",
    )
    assert (second.html, second.url, second.byline) == (
        "<p>Only a <b>description</b> here.</p>",
        "https://wire.example/summary",
        "desk@wire.example (News Desk)",
    )
    assert (third.kind, "no content" in third.reason) == ("empty", True)


def test_atom_entries_read_content_types_links_and_authors() -> None:
    path = DATA / "feed.atom"
    first, second, third = read(path)
    assert first == RawDocument(
        origin=f"{path}#item-1",
        html="<p>Full <em>story</em>.</p>",
        url="https://atom.example/1",
        title="First entry",
        byline="Ann Lee, Bo Chen",
        site="Atom Desk",
        published="2025-10-16T08:00:00Z",
        language="fr",
        description="A summary.",
    )
    assert second.html == '<div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>xhtml</b>.</p></div>'
    assert (second.url, second.published) == ("https://atom.example/2", "2025-10-18T08:00:00Z")
    assert (third.text, third.html, third.published) == ("Plain text & nothing else.", None, None)


def test_broken_feed_keeps_items_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(
        "<rss><channel><title>W</title><item><title>ok</title><description>fine</description></item>"
        "<item><title>bad</title><description>oops</descr></item></channel></rss>",
        encoding="utf-8",
    )
    items = read(path)
    assert summary(items, tmp_path) == [("broken.xml#item-1", "fine"), ("broken.xml#item-2", "REJECT:malformed")]
    assert "broken XML" in items[1].reason


def test_feed_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<rss><channel><title>T</title><item><description>before &xxe; after</description></item></channel></rss>",
        encoding="utf-8",
    )
    items = read(path)
    assert len(items) == 1
    assert "TOP-SECRET" not in repr(items[0])


def test_xml_that_is_not_a_feed_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>', encoding="utf-8")
    assert one(path).kind == "malformed"


# ---------------------------------------------------------------- WARC


def test_warc_gz_yields_html_200_responses_with_offsets(tmp_path: Path) -> None:
    data = warc_bytes(WARC_RECORDS)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    first, second = read(path)
    assert first == RawDocument(
        origin=f"{path}#0", html="<html><body><p>First \u201cquoted\u201d</p></body></html>", url="https://news.example/a"
    )
    offset = int(second.origin.rsplit("#", 1)[1])
    record = gzip.decompress(data[offset:])  # the offset points at the record's gzip member
    assert record.startswith(b"WARC/1.") and b"WARC-Target-URI: https://news.example/b\r\n" in record[:1000]
    assert second.url == "https://news.example/b"
    assert second.html.startswith("<p>Second \u201cstory\u201d ")  # charset from the HTTP header
    assert second.published is None


def test_uncompressed_warc_is_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes(WARC_RECORDS, gz=False))
    assert [d.url for d in read(path)] == ["https://news.example/a", "https://news.example/b"]


@pytest.mark.parametrize("cut", [60, 400])
def test_truncated_warc_gz_keeps_records_before_the_cut(tmp_path: Path, cut: int) -> None:
    data = warc_bytes(WARC_RECORDS)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-cut])
    items = read(path)
    assert isinstance(items[0], RawDocument) and items[0].url == "https://news.example/a"
    assert [type(i).__name__ for i in items] == ["RawDocument", "Reject"]
    assert items[1].kind == "truncated"
    assert items[1].origin.startswith(f"{path}#")


def test_warc_record_over_max_bytes_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    path.write_bytes(warc_bytes([("https://x.example/big", "200 OK", "text/html", b"<p>" + b"y" * 5000 + b"</p>")]))
    item = one(path, max_bytes=1000)
    assert (item.origin, item.kind) == (f"{path}#0", "too-large")


# ---------------------------------------------------------------- compressed files and archives


def test_gz_single_file_is_read_under_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"Gzipped article.\r\n"))
    assert one(path) == RawDocument(origin=str(path), text="Gzipped article.\n")


def test_truncated_jsonl_gz_keeps_lines_before_the_damage(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"line {i} " + "z" * 40 * i}) + "\n" for i in range(1, 41))
    data = gzip.compress(lines.encode(), mtime=0)
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) >= 5
    assert [d.origin for d in docs] == [f"{path}:{n}" for n in range(1, len(docs) + 1)]
    assert docs[0].text == "line 1 " + "z" * 40
    assert isinstance(items[-1], Reject) and items[-1].kind == "truncated"
    assert items[-1].origin == f"{path}:{len(docs) + 1}"
    assert len(items) == len(docs) + 1


def test_zip_members_are_read_in_stored_order_and_hidden_ones_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bundle.zip"
    path.write_bytes(
        zip_bytes(
            [
                ("b/second.txt", b"Second."),
                ("a/first.html", b"<html><body>First</body></html>"),
                ("__MACOSX/._first.html", b"junk"),
                (".hidden.txt", b"hidden"),
                ("data/x.jsonl", b'{"text": "from jsonl"}\n{"text": "again"}\n'),
            ]
        )
    )
    assert summary(read(path), tmp_path) == [
        ("bundle.zip!b/second.txt", "Second."),
        ("bundle.zip!a/first.html", "HTML:<html><body>First</body></html>"),
        ("bundle.zip!data/x.jsonl:1", "from jsonl"),
        ("bundle.zip!data/x.jsonl:2", "again"),
    ]


def test_tar_gz_members_are_read(tmp_path: Path) -> None:
    path = tmp_path / "bundle.tgz"
    path.write_bytes(tar_gz_bytes([("one.txt", b"One."), ("two/two.md", b"Two.")]))
    assert summary(read(path), tmp_path) == [("bundle.tgz!one.txt", "One."), ("bundle.tgz!two/two.md", "Two.")]


def test_nested_archives_name_every_level(tmp_path: Path) -> None:
    inner_zip = zip_bytes([("story.txt", b"Deep story."), ("feed.rss", (DATA / "feed.rss").read_bytes())])
    outer = tar_gz_bytes([("inner.zip", inner_zip), ("notes.txt.gz", gzip.compress(b"Compressed note."))])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "outer.tar.gz").write_bytes(outer)
    items = read(folder)
    assert summary(items, folder) == [
        ("outer.tar.gz!inner.zip!story.txt", "Deep story."),
        ("outer.tar.gz!inner.zip!feed.rss#item-1", "HTML:<p>The ministers will meet, officials said.</p>"),
        ("outer.tar.gz!inner.zip!feed.rss#item-2", "HTML:<p>Only a <b>description</b> here.</p>"),
        ("outer.tar.gz!inner.zip!feed.rss#item-3", "REJECT:empty"),
        ("outer.tar.gz!notes.txt.gz", "Compressed note."),
    ]


def test_zip_member_over_max_bytes_is_refused_before_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    path.write_bytes(zip_bytes([("bomb.txt", b"a" * 2_000_000), ("ok.txt", b"Fine.")]))
    assert path.stat().st_size < 20_000  # highly compressed: the declared size is what gives it away
    assert summary(read(path, max_bytes=1000), tmp_path) == [("bomb.zip!bomb.txt", "REJECT:too-large"), ("bomb.zip!ok.txt", "Fine.")]


def test_broken_zip_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 10)
    item = one(path)
    assert (item.origin, item.kind) == (str(path), "malformed")


def test_office_document_is_not_taken_for_an_archive_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(zip_bytes([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>")]))
    item = one(path)
    assert (item.kind, "office document" in item.reason) == ("unreadable", True)


# ---------------------------------------------------------------- folders and sniffing


def test_directories_are_walked_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    for rel, text in [("b.txt", "B"), ("a/z.txt", "AZ"), ("a/b/c.txt", "ABC"), (".git/x.txt", "no"), ("a/.h.txt", "no"), ("C.txt", "C")]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert summary(read(tmp_path), tmp_path) == [
        ("C.txt", "C"),
        (os.path.join("a", "b", "c.txt"), "ABC"),
        (os.path.join("a", "z.txt"), "AZ"),
        ("b.txt", "B"),
    ]


def test_misnamed_files_are_read_by_their_content(tmp_path: Path) -> None:
    (tmp_path / "1-feed.txt").write_bytes((DATA / "feed.atom").read_bytes())
    (tmp_path / "2-page.dat").write_text("<!doctype html><p>Page</p>", encoding="utf-8")
    (tmp_path / "3-zipped.txt").write_bytes(gzip.compress(b"Inside gzip."))
    (tmp_path / "4-lines.txt").write_text('{"text": "L1"}\n{"text": "L2"}\n', encoding="utf-8")
    (tmp_path / "5-archive.bin").write_bytes(zip_bytes([("x.txt", b"Zipped.")]))
    (tmp_path / "6-crawl.dat").write_bytes(warc_bytes(WARC_RECORDS[:1]))
    items = read(tmp_path)
    assert summary(items, tmp_path)[:3] == [
        ("1-feed.txt#item-1", "HTML:<p>Full <em>story</em>.</p>"),
        ("1-feed.txt#item-2", 'HTML:<div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>xhtml</b>.</p></div>'),
        ("1-feed.txt#item-3", "Plain text & nothing else."),
    ]
    assert summary(items, tmp_path)[3:] == [
        ("2-page.dat", "HTML:<!doctype html><p>Page</p>"),
        ("3-zipped.txt", "Inside gzip."),
        ("4-lines.txt:1", "L1"),
        ("4-lines.txt:2", "L2"),
        ("5-archive.bin!x.txt", "Zipped."),
        ("6-crawl.dat#0", "HTML:<html><body><p>First \u201cquoted\u201d</p></body></html>"),
    ]


@pytest.mark.parametrize(
    ("head", "name", "fmt"),
    [
        (b"\x1f\x8b\x08\x00", "a.txt", "gzip"),
        (b"PK\x03\x04", "a.txt", "zip"),
        (b"WARC/1.0\r\n", "a.txt", "warc"),
        (b"  <?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>", "a.bin", "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "a", "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", "a", "feed"),
        (b"\xef\xbb\xbf<!DOCTYPE html>\n<html>", "a.txt", "html"),
        (b'  {"text": "x"}', "a.txt", "json"),
        (b"[\n  {", "a.txt", "json"),
        (b"[Updated] Officials said", "a.txt", "text"),
        (b"{Not JSON at all", "a.txt", "text"),
        (b"Just words", "a.html", "html"),
        (b"<p>A fragment</p>", "a.txt", "html"),
        (b'<Document doc_id="1"><token>A</token>', "a.xml", "feed"),
        (b'<?xml version="1.0"?><TimeML>', "a.tml", "xml"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt", "binary"),
    ],
)
def test_sniff_prefers_content_over_extension(head: bytes, name: str, fmt: str) -> None:
    assert sniff(head, name) == fmt


def test_tar_is_sniffed_by_its_magic(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        info = tarfile.TarInfo("x.txt")
        info.size = 2
        tf.addfile(info, io.BytesIO(b"Hi"))
    assert sniff(buf.getvalue()[:4096], "x.dat") == "tar"
    (tmp_path / "x.dat").write_bytes(buf.getvalue())
    assert summary(read(tmp_path / "x.dat"), tmp_path) == [("x.dat!x.txt", "Hi")]


# ---------------------------------------------------------------- bad input


def test_png_renamed_txt_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    item = one(path)
    assert (item.origin, item.kind) == (str(path), "binary")
    assert "PNG" in item.reason


def test_nul_bytes_make_a_file_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"text\x00with\x00nuls")
    assert one(path).kind == "binary"


def test_empty_and_whitespace_only_files_are_empty(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b" \r\n\t \n")
    (tmp_path / "c.html").write_bytes(b"\n\n")
    (tmp_path / "d.jsonl").write_bytes(b"\n \n")
    items = read(tmp_path)
    assert summary(items, tmp_path) == [
        ("a.txt", "REJECT:empty"),
        ("b.txt", "REJECT:empty"),
        ("c.html", "REJECT:empty"),
        ("d.jsonl", "REJECT:empty"),
    ]
    assert "0 bytes" in items[0].reason and "whitespace" in items[1].reason


def test_file_over_max_bytes_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300)
    item = one(path, max_bytes=1000)
    assert (item.origin, item.kind) == (str(path), "too-large")
    assert "1,500 bytes" in item.reason and "1,000" in item.reason


def test_gz_article_inflating_past_max_bytes_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))
    assert one(path, max_bytes=1000).kind == "too-large"


def test_undecodable_text_is_an_encoding_reject(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    item = one(path)
    assert (item.origin, item.kind) == (str(path), "encoding")


def test_missing_path_is_unreadable_and_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine.", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    items = read(missing, good)
    assert summary(items, tmp_path) == [("nope.txt", "REJECT:unreadable"), ("good.txt", "Fine.")]
    assert "no such file" in items[0].reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        item = one(path)
    finally:
        path.chmod(0o600)
    assert (item.origin, item.kind) == (str(path), "unreadable")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs unix sockets")
def test_socket_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        item = one(path)
    finally:
        sock.close()
    assert (item.origin, item.kind) == (str(path), "unreadable")
    assert "socket" in item.reason


def test_output_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "z.zip").write_bytes(zip_bytes([("b.txt", b"B"), ("a.txt", b"A")]))
    (tmp_path / "a.jsonl").write_text('{"text": "J"}\nbad\n', encoding="utf-8")
    (tmp_path / "m.txt").write_bytes(b"\x93q\x94")
    assert read(tmp_path) == read(tmp_path)
    assert summary(read(tmp_path), tmp_path) == [
        ("a.jsonl:1", "J"),
        ("a.jsonl:2", "REJECT:malformed"),
        ("m.txt", "\u201cq\u201d"),
        ("z.zip!b.txt", "B"),
        ("z.zip!a.txt", "A"),
    ]


def test_feed_in_an_undeclared_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.rss"
    path.write_bytes(
        b"<?xml version='1.0' encoding='utf-8'?><rss><channel><title>W</title>"
        b"<item><description>plain ascii</description></item>"
        b"<item><description>He said \x93no\x94 in the caf\xe9</description></item></channel></rss>"
    )
    assert summary(read(path), tmp_path) == [
        ("legacy.rss#item-1", "plain ascii"),
        ("legacy.rss#item-2", "He said \u201cno\u201d in the caf\u00e9"),
    ]


def test_symlink_loop_in_a_folder_is_not_followed_forever(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    assert summary(read(tmp_path), tmp_path) == [(os.path.join("sub", "a.txt"), "A")]


def test_truncated_tar_gz_keeps_members_before_the_cut_and_reports_once(tmp_path: Path) -> None:
    data = tar_gz_bytes([(f"m{i:02d}.txt", f"Member {i} ".encode() + bytes(range(65, 91)) * 80 * (i + 1)) for i in range(30)])
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    docs, rejects = items[:-1], items[-1:]
    assert len(docs) >= 3 and all(isinstance(d, RawDocument) for d in docs)
    assert [d.origin for d in docs] == [f"{path}!m{i:02d}.txt" for i in range(len(docs))]
    assert [r.kind for r in rejects] == ["truncated"]


def test_containers_with_wrong_content_are_malformed(tmp_path: Path) -> None:
    for name in ("a.gz", "b.zip", "c.warc", "d.json", "e.rss"):
        (tmp_path / name).write_text("plain words", encoding="utf-8")
    assert summary(read(tmp_path), tmp_path) == [
        ("a.gz", "REJECT:malformed"),
        ("b.zip", "REJECT:malformed"),
        ("c.warc", "REJECT:malformed"),
        ("d.json", "REJECT:malformed"),
        ("e.rss", "REJECT:malformed"),
    ]


def test_utf16_feed_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.rss"
    xml = '<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>W</title><item><description>“Hi”</description></item></channel></rss>'
    path.write_bytes(xml.encode("utf-16"))
    doc = one(path)
    assert (doc.origin, doc.text, doc.site) == (f"{path}#item-1", "“Hi”", "W")


@pytest.mark.parametrize(
    ("title", "link", "site"),
    [
        ("Coastal Herald - Latest", "https://www.coastalherald.com/news/x", "Coastal Herald"),
        ("BBC News - World", "https://www.bbc.co.uk/news/world-1", "BBC News"),
        ("Politics | The Guardian", "https://www.theguardian.com/politics/x", "The Guardian"),
        ("Reuters: World News", "https://feeds.reuters.com/x", "Reuters"),
        ("Top Stories - Foo", "https://www.bar.com/x", "Top Stories - Foo"),  # no part names the domain
        ("Example Times", "https://www.exampletimes.com/x", "Example Times"),
        ("Example Times - Latest", None, "Example Times - Latest"),
    ],
)
def test_feed_site_is_the_title_part_that_names_the_domain(title: str, link: str | None, site: str) -> None:
    from storyline.ingest.readers import feed_site

    assert feed_site(title, link) == site


def test_cut_short_json_line_says_so_with_its_column(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "Whole record."}\n{"url": "https://x.example.com/a", "text": "Cut sh\n', encoding="utf-8")
    items = list(iter_documents([path], max_bytes=1 << 20))
    bad = items[1]
    assert isinstance(bad, Reject)
    assert bad.origin == f"{path}:2"
    assert bad.reason == (
        "invalid JSON: Invalid control character at column 51 (the record looks cut short, or a string "
        "holds a raw line break); fix or remove this record"
    )
