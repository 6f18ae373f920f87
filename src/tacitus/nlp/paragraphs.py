"""Line breaks are sentence breaks: mark them before the parser runs."""

from __future__ import annotations

from typing import Any

__all__ = ["mark_paragraphs"]

_OPENERS = frozenset({'"', "“", "‘", "«", "„", "``"})
_CLOSERS = frozenset({'"', "”", "’", "'", "»", "``", "''"})
_FINAL = frozenset({".", "!", "?", ",", "…", "-", "—"})


def mark_paragraphs(doc: Any) -> Any:
    """Start a sentence after every whitespace token that holds a line break.

    The parser keeps boundaries that are already set, so a quotation that ends a paragraph is
    not glued to the next paragraph's first sentence, and a headline never runs into the body.
    A closing quotation mark that ends a paragraph stays with the sentence it closes.
    """
    n = len(doc)
    for token in doc:
        i = token.i
        if token.is_space and "\n" in token.text:
            if i + 1 < n:
                doc[i + 1].is_sent_start = True
                if doc[i + 1].text in _OPENERS and i + 2 < n:
                    doc[i + 2].is_sent_start = False  # '"We will go," he said.' is one
        elif (
            token.text in _CLOSERS
            and i > 0
            and doc[i - 1].text in _FINAL
            and (i + 1 == n or (doc[i + 1].is_space and "\n" in doc[i + 1].text))
        ):
            token.is_sent_start = False
    return doc
