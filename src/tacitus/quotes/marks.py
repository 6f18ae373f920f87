"""Find quoted stretches in raw text: every quotation-mark style, nesting, paragraphs.

Works on characters, not tokens, so offsets are exact. Straight double quotes toggle; curly,
guillemet and low-9 marks pair with their closers; single quotes count only at word edges (so
"Syria's" and "don't" are not quotes) and only nest inside double quotes. A quotation left open
at the end of a paragraph continues if the next paragraph opens with a quotation mark (the news
convention); otherwise it is closed there with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Quoted", "find_quoted"]

_PAIRS = {"“": "”", "«": "»", "„": "“", "‹": "›", "‚": "‘", "‘": "’", "”": "”"}
_DOUBLE_OPEN = frozenset({'"', "“", "«", "„", "”"})
_SINGLE_OPEN = frozenset({"'", "‘", "‚", "‹"})


@dataclass(frozen=True, slots=True)
class Quoted:
    """The inside of one quoted stretch (marks excluded), and how it ended."""

    start: int
    end: int
    opener: int  # offset of the opening mark
    closer: int | None  # offset of the closing mark, None when closed by a paragraph end
    continues: bool  # the quotation goes on in the next paragraph

    @property
    def balanced(self) -> bool:
        return self.closer is not None or self.continues


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if start < i:
                spans.append((start, i))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _word_edge_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,") and not after.isspace()


def _word_edge_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-\"”")


def find_quoted(text: str) -> list[Quoted]:
    """Top-level quoted stretches of ``text`` in order."""
    found: list[Quoted] = []
    paragraphs = _paragraphs(text)
    for number, (p_start, p_end) in enumerate(paragraphs):
        next_opens = False
        if number + 1 < len(paragraphs):
            n_start = paragraphs[number + 1][0]
            stripped = text[n_start:paragraphs[number + 1][1]].lstrip()
            next_opens = bool(stripped) and stripped[0] in _DOUBLE_OPEN
        found += _scan_paragraph(text, p_start, p_end, next_opens)
    return found


def _scan_paragraph(text: str, start: int, end: int, next_opens: bool) -> list[Quoted]:
    found: list[Quoted] = []
    opener: int | None = None
    closer_char = ""
    depth_single = 0
    i = start
    while i < end:
        ch = text[i]
        if opener is None:
            if (ch == '"' and _word_edge_open(text, i)) or ch in ("“", "«", "„", "‹") or (
                    ch == "”" and _word_edge_open(text, i)):
                opener = i
                closer_char = '"' if ch == '"' else _PAIRS.get(ch, "”")
                if ch == "“":
                    closer_char = "”"
            elif ch in ("‘", "'") and _word_edge_open(text, i) and _closes_later(text, i, end):
                opener = i
                closer_char = "’" if ch == "‘" else "'"
        else:
            if ch in _SINGLE_OPEN and closer_char not in ("’", "'") and _word_edge_open(text, i):
                depth_single += 1
            elif ch in ("’", "'") and depth_single and _word_edge_close(text, i):
                depth_single -= 1
            elif _is_closer(text, i, ch, closer_char):
                found.append(Quoted(opener + 1, i, opener, i, False))
                opener, depth_single = None, 0
        i += 1
    if opener is not None:
        found.append(Quoted(opener + 1, end, opener, None, next_opens))
    return found


def _is_closer(text: str, i: int, ch: str, closer_char: str) -> bool:
    if closer_char == '"':
        return ch in ('"', "”") and (_word_edge_close(text, i) or i + 1 == len(text))
    if closer_char in ("’", "'"):
        return ch == closer_char and _word_edge_close(text, i)
    return ch == closer_char or (closer_char == "”" and ch == '"')


def _closes_later(text: str, i: int, end: int) -> bool:
    """A single quote opens a quotation only if a matching closer follows in the paragraph."""
    closer = "’" if text[i] == "‘" else "'"
    j = text.find(closer, i + 2, end)
    while j != -1:
        if _word_edge_close(text, j):
            return True
        j = text.find(closer, j + 1, end)
    return False
