"""HTML pages, RSS/Atom feeds, globs, stdin sniffing and record counting."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from tacitus.documents import BadRecord, count_records, read_articles, read_path
from tacitus.documents.markup import html_to_text
from tacitus.documents.readers import sniff
from tacitus.records import Article

PAGE = """<!DOCTYPE html><html><head><title>Kerry meets Lavrov | Example News</title>
<meta property="og:title" content="Kerry meets Lavrov in Moscow">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2013-05-07T10:00:00Z">
<link rel="canonical" href="https://www.example.com/world/kerry-lavrov">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kerry meets Lavrov in Moscow</h1>
<p>U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Moscow on
Tuesday. The two discussed the war in Syria at length and agreed to convene a conference.</p>
<p>"We had a useful meeting," Kerry said after the talks, adding that both sides would now work
on the details of the conference.</p>
</article><footer>Copyright 2013 Example News. All rights reserved.</footer></body></html>"""

BARE_PAGE = """<html><head><title>Protest in Tunis</title></head><body>
<p>Thousands of protesters rallied against the government in Tunis on Sunday, and the police
arrested thirty demonstrators near the parliament building in the centre of the capital.</p>
</body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>World News</title><link>https://news.example.org/</link>
<item><title>Kerry meets Lavrov</title><link>https://news.example.org/a1</link><guid>a1</guid>
<pubDate>Tue, 07 May 2013 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Kerry &lt;b&gt;met&lt;/b&gt; Lavrov.&lt;/p&gt;
&lt;p&gt;They talked.&lt;/p&gt;</description>
</item>
<item><title></title><description></description></item>
<item><title>Full text</title><link>https://news.example.org/a3</link>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The full text, first paragraph.</p>
<p>Second &amp; last.</p>]]></content:encoded>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Talks</title><id>urn:x:1</id><updated>2020-03-04T10:00:00Z</updated>
<link href="https://a.example.com/t"/>
<content type="html">&lt;p&gt;Protesters rallied in Tunis.&lt;/p&gt;</content></entry></feed>"""


def _articles(items: list[Article | BadRecord]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _bad(items: list[Article | BadRecord]) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


def test_html_page_main_text_title_date_and_source(tmp_path: Path) -> None:
    path = tmp_path / "kerry.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_path(path, date=dt.date(2000, 1, 1)))
    assert isinstance(article, Article)
    assert article.id == "kerry"
    assert article.title == "Kerry meets Lavrov in Moscow"  # og:title, not <title>
    assert article.date == dt.date(2013, 5, 7)  # from the metadata, not the fallback
    assert (article.source, article.url) == ("Example News",
                                             "https://www.example.com/world/kerry-lavrov")
    assert article.text.startswith("U.S. Secretary of State John Kerry met")
    assert "\n\n\"We had a useful meeting,\" Kerry said" in article.text
    for boilerplate in ("Home", "Copyright", "Kerry meets Lavrov in Moscow\n"):
        assert boilerplate not in article.text


def test_html_page_without_metadata_takes_the_given_date(tmp_path: Path) -> None:
    path = tmp_path / "tunis.htm"
    path.write_text(BARE_PAGE, encoding="utf-8")
    (article,) = list(read_path(path, date=dt.date(2022, 10, 16)))
    assert isinstance(article, Article)
    assert (article.title, article.date, article.source) == ("Protest in Tunis",
                                                             dt.date(2022, 10, 16), None)
    assert article.text.startswith("Thousands of protesters rallied")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"<html><head><title>T</title></head><body><script>x()</script></body></html>",
         "[T011]"),
        (b"<html>\x00\x01</html>", "[T002]"),
    ],
)
def test_html_pages_without_text_are_errors(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    (item,) = list(read_path(path))
    assert isinstance(item, BadRecord) and item.error.startswith(code)
    assert item.where == str(path)


def test_rss_items_are_articles_and_a_bad_item_does_not_stop_the_feed(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_path(path, date=dt.date(2013, 1, 1)))
    first, third = _articles(items)
    assert (first.id, first.title, first.date, first.source, first.url) == (
        "a1", "Kerry meets Lavrov", dt.date(2013, 5, 7), "World News",
        "https://news.example.org/a1")
    assert first.text == "Kerry met Lavrov.\n\nThey talked."
    assert third.text == "The full text, first paragraph.\n\nSecond & last."  # content wins
    assert third.date == dt.date(2013, 1, 1)  # no date in the item: the fallback
    (bad,) = _bad(items)
    assert bad.where == f"{path}:item 2" and bad.error.startswith("[T001]")


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert (article.id, article.title, article.text, article.date, article.source) == (
        "urn:x:1", "Talks", "Protesters rallied in Tunis.", dt.date(2020, 3, 4), "Atom Wire")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"<notes><note>not a feed</note></notes>", "[T012]"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>",
         "[T001]"),
    ],
)
def test_xml_that_is_no_feed_or_an_empty_feed(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(content)
    (item,) = list(read_path(path))
    assert isinstance(item, BadRecord) and item.error.startswith(code)


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("plain  words\n\n\n more", "plain words\n\nmore"),
        ("<p>One</p><p>Two<br>Three</p>", "One\n\nTwo\n\nThree"),
        ("<div>A &amp; B<script>var x = 1;</script> &eacute;t&eacute;</div>", "A & B été"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
    ],
)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


def test_globs_and_directories_read_every_format(tmp_path: Path) -> None:
    stories = tmp_path / "stories"
    stories.mkdir()
    (stories / "a.html").write_text(PAGE, encoding="utf-8")
    (stories / "b.html").write_text(BARE_PAGE, encoding="utf-8")
    (stories / "c.txt").write_text("Title C\nText c.", encoding="utf-8")
    (stories / "feed.rss").write_text(RSS, encoding="utf-8")
    html = _articles(list(read_articles([str(stories / "*.html")])))
    assert [a.id for a in html] == ["a", "b"]
    everything = list(read_articles([stories]))
    assert len(_articles(everything)) == 5 and len(_bad(everything)) == 1
    (missing,) = list(read_articles([str(tmp_path / "none" / "*.html")]))
    assert isinstance(missing, BadRecord) and missing.error.startswith("[T013]")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b'  {"id": 1}', "jsonl"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"<?xml version='1.0'?><rss>", "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"Title\nText", "text"),
    ],
)
def test_sniff_stdin(raw: bytes, kind: str) -> None:
    assert sniff(raw) == kind


def test_stdin_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode("utf-8"))))
    (article,) = list(read_articles(["-"]))
    assert isinstance(article, Article) and article.title == "Talks"


def test_count_records_matches_what_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps({"id": str(i), "text": "x"}) for i in range(5)) + "\n\n{bad\n",
        encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text\n1,\"two\nlines\"\n2,y\n", encoding="utf-8")
    (tmp_path / "c.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "d.html").write_text(BARE_PAGE, encoding="utf-8")
    paths = [tmp_path, str(tmp_path / "missing.txt")]
    assert count_records(paths) == len(list(read_articles(paths))) == 13
    assert count_records(["-"]) is None
