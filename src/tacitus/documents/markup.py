"""HTML fragments to plain text (feed summaries, article bodies), with paragraph breaks kept.

Block elements (``p``, ``div``, ``li``, headings, ``br`` …) become paragraph breaks, because
Tacitus treats a paragraph break as a sentence break; scripts and styles are dropped; entities
are decoded. The standard library's parser is enough for the short fragments feeds carry.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAKS = re.compile(r"\n\s*\n(\s*\n)*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs separated by a blank line, spaces collapsed.

    A fragment with no tags comes back with its whitespace tidied and nothing else changed.
    """
    if "<" not in fragment and "&" not in fragment:
        paragraphs = [_SPACES.sub(" ", p).strip() for p in re.split(r"\n\s*\n", fragment)]
        return "\n\n".join(p for p in paragraphs if p)
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = "".join(collector.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BREAKS.sub("\n\n", "\n".join(lines)).strip()
