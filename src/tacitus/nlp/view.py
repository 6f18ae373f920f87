"""A parsed article field: the spaCy Doc plus what every stage needs to make spans."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from tacitus.records import Field, Span

__all__ = ["DocView"]


@dataclass(slots=True)
class DocView:
    """One parsed field of an article (the title or the text).

    ``sent_of[i]`` is the index of the sentence that holds token ``i``; ``sents`` are the
    spaCy sentence spans in order.
    """

    doc: Any
    field: Field
    sents: list[Any] = dc_field(default_factory=list)
    sent_of: list[int] = dc_field(default_factory=list)

    @classmethod
    def of(cls, doc: Any, name: Field) -> DocView:
        sents = list(doc.sents) if len(doc) else []
        sent_of = [0] * len(doc)
        for number, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = number
        return cls(doc, name, sents, sent_of)

    @property
    def text(self) -> str:
        return str(self.doc.text)

    def span(self, start: int, end: int) -> Span:
        """The record span of tokens ``start``..``end`` (end exclusive)."""
        doc = self.doc
        first, last = doc[start], doc[end - 1]
        begin, stop = first.idx, last.idx + len(last.text)
        return Span(doc.text[begin:stop], self.field, begin, stop, self.sent_of[start])

    def char_span(self, begin: int, stop: int, sentence: int) -> Span:
        return Span(self.text[begin:stop], self.field, begin, stop, sentence)

    def sentence_span(self, number: int) -> Span:
        sent = self.sents[number]
        raw = sent.text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        begin = sent.start_char + lead
        return Span(text, self.field, begin, begin + len(text), number)
