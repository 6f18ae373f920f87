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
    text: str = ""  # doc.text, joined once (spaCy rebuilds it on every access)
    ents: list[Any] = dc_field(default_factory=list)  # doc.ents, built once
    sent_ents: list[list[Any]] = dc_field(default_factory=list)  # entities of each sentence
    ent_of: dict[int, Any] = dc_field(default_factory=dict)  # token index -> its entity

    @classmethod
    def of(cls, doc: Any, name: Field) -> DocView:
        sents = list(doc.sents) if len(doc) else []
        while len(sents) > 1 and all(t.is_space or t.is_punct for t in sents[0]):
            # a blanked dateline (see tacitus.documents.dateline) is no sentence: its
            # tokens count with the first real one
            sents = sents[1:]
        sent_of = [0] * len(doc)
        for number, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = number
        ents = list(doc.ents)
        sent_ents: list[list[Any]] = [[] for _ in sents]
        ent_of: dict[int, Any] = {}
        for ent in ents:
            if sents:
                sent_ents[sent_of[ent.start]].append(ent)
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        return cls(doc, name, sents, sent_of, str(doc.text), ents, sent_ents, ent_of)

    def char_tokens(self, begin: int, stop: int) -> tuple[int, int] | None:
        """The tokens wholly inside characters ``begin``..``stop`` (end exclusive), if any."""
        span = self.doc.char_span(begin, stop, alignment_mode="contract")
        if span is None or not len(span):
            return None
        first, last = span.start, span.end
        while first < last and self.doc[first].is_space:
            first += 1
        while last > first and self.doc[last - 1].is_space:
            last -= 1
        return (first, last) if first < last else None

    def span(self, start: int, end: int) -> Span:
        """The record span of tokens ``start``..``end`` (end exclusive)."""
        doc = self.doc
        while start < end - 1 and doc[start].is_space:
            start += 1  # a blanked dateline's spaces belong to no phrase
        while end - 1 > start and doc[end - 1].is_space:
            end -= 1
        first, last = doc[start], doc[end - 1]
        begin, stop = first.idx, last.idx + len(last.text)
        return Span(self.text[begin:stop], self.field, begin, stop, self.sent_of[start])

    def char_span(self, begin: int, stop: int, sentence: int) -> Span:
        return Span(self.text[begin:stop], self.field, begin, stop, sentence)

    def sentence_span(self, number: int) -> Span:
        sent = self.sents[number]
        raw = sent.text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        begin = sent.start_char + lead
        return Span(text, self.field, begin, begin + len(text), number)
