"""Wire-story datelines: "NAIROBI, Oct 2 (Reuters) - Police fired …".

A dateline names where the story was filed, not a party to what it reports. Parsed as part of
the first sentence it becomes a subject ("NAIROBI … Police used water cannon" makes Nairobi
the user), so the coder parses the text with the dateline blanked out (same length, so every
character offset still points into the original text; the blank is no sentence of its own,
see :class:`tacitus.nlp.view.DocView`) and keeps its place as the story's setting:
descriptions that nothing else places ("Police fired tear gas") are of its country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "find_dateline", "without_dateline"]

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"(?:,?\s+\d{4})?")
_DASH = r"(?:-{1,2}|\u2014|\u2013)"
# an upper-case place ("NAIROBI", "NEW DELHI", "RIO DE JANEIRO", "KYIV, Ukraine"), then a
# date and/or an agency in parentheses, then a dash
_UPPER = re.compile(
    r"\s*(?P<place>[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2}))?"
    rf"(?:,?\s*(?P<date>{_MONTH}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&\-]{1,40})\))?"
    rf"\s*{_DASH}\s+")
# a place in ordinary case needs an agency or a date to be a dateline: "Nairobi (AFP) -"
_TITLED = re.compile(
    r"\s*(?P<place>[A-Z][a-z'.\-]+(?:\s+[A-Z][a-z'.\-]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2}))?"
    rf"(?:(?:,?\s*(?P<date>{_MONTH}))?\s*\((?P<agency>[A-Za-z][A-Za-z .&\-]{{1,40}})\)"
    rf"|,\s*(?P<date2>{_MONTH}))"
    rf"\s*{_DASH}\s+")
_MAX_LENGTH = 80


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a story was filed: its place words, and the characters the dateline spans."""

    place: str
    region: str | None
    agency: str | None
    start: int
    end: int

    @property
    def place_words(self) -> tuple[str, ...]:
        """The place in ordinary case, for a gazetteer: ('New', 'Delhi')."""
        return tuple(w if not w.isupper() else w.capitalize() for w in self.place.split())

    @property
    def place_spellings(self) -> tuple[tuple[str, ...], ...]:
        """The place words as a gazetteer may spell them: ('Kabul',), and for names with an
        apostrophe or hyphen each part capitalised or the small joining words kept small
        ("N'DJAMENA" is N'Djamena, "PORT-AU-PRINCE" Port-au-Prince)."""
        plain = self.place_words
        titled = tuple(w.title() if w.isupper() else w for w in self.place.split())
        joined = tuple("-".join(p if p.lower() not in _JOINING_WORDS else p.lower()
                                for p in w.split("-")) for w in titled)
        return tuple(dict.fromkeys((plain, titled, joined)))


# small words inside hyphenated place names
_JOINING_WORDS = frozenset({"au", "aux", "de", "des", "du", "la", "le", "les", "sur", "en",
                            "es", "el", "al", "am", "an", "on"})


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, if it has one."""
    for pattern in (_UPPER, _TITLED):
        found = pattern.match(text)
        if found is None or found.end() > _MAX_LENGTH:
            continue
        place = found["place"]
        if pattern is _UPPER and len(place.replace(" ", "")) < 3:
            continue  # "A - …", "US - …" are no place of filing
        return Dateline(place=place, region=found["region"], agency=found["agency"],
                        start=found.start("place"), end=found.end())
    return None


def without_dateline(text: str) -> tuple[str, Dateline | None]:
    """``text`` with its dateline blanked out (offsets unchanged), and the dateline.

    The dash that ends it becomes a full stop, the rest spaces (line breaks kept): the
    story's first word then reads as the start of a sentence, as it is ("Representatives of
    the army …" is no name), where a bare run of spaces makes the tagger take it for a
    capitalised word in mid-sentence."""
    dateline = find_dateline(text)
    if dateline is None:
        return text, None
    chunk = text[dateline.start:dateline.end]
    dash = len(chunk.rstrip()) - 1
    blank = "".join(c if c in "\n\r" else ("." if i == dash else " ")
                    for i, c in enumerate(chunk))
    return text[:dateline.start] + blank + text[dateline.end:], dateline
