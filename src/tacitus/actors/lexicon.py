"""A phrase index over tokens, compiled once from the knowledge base.

Proper names (countries, capitals, seats, organisations, people) match the token text exactly
(or in capitals, for shouted headlines); sector words match a token's lower-case text or its
lemma, so "ministers" finds "minister". Longest match wins; matches do not overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from tacitus.actors.knowledge import KnowledgeBase, Office, Organization, SectorTerm

__all__ = ["Entry", "Lexicon", "Match", "TokenLike"]

Kind = Literal["country", "adjective", "demonym", "capital", "seat", "org", "person", "sector"]
PROPER: frozenset[str] = frozenset({"country", "adjective", "demonym", "capital", "seat", "org",
                                    "person"})


class TokenLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def lower_(self) -> str: ...
    @property
    def lemma_(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase means: its kind, a code, a canonical name, and the record behind it."""

    kind: Kind
    code: str
    name: str
    sector_term: SectorTerm | None = None
    organization: Organization | None = None
    offices: tuple[Office, ...] = ()

    @property
    def dictionary(self) -> bool:
        """From a user's PETRARCH dictionary: matched without regard to case."""
        return self.organization is not None and self.organization.kind == "dictionary"


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    entries: tuple[Entry, ...]

    def first(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


class Lexicon:
    """Token-sequence index of every phrase in a :class:`KnowledgeBase`."""

    def __init__(self, kb: KnowledgeBase, tokenize: Callable[[str], Sequence[str]]) -> None:
        self.kb = kb
        self._proper: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self._common: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self._max = 1
        for phrase, entry in _phrases(kb):
            key = tuple(tokenize(phrase))
            if not key:
                continue
            if entry.kind in PROPER and not entry.dictionary:
                self._proper[key].append(entry)
            else:
                self._common[tuple(w.lower() for w in key)].append(entry)
            self._max = max(self._max, len(key))
        # phrase lengths by first word, so a lookup only tries lengths that exist
        self._lengths: dict[str, set[int]] = defaultdict(set)
        for key in self._proper:
            self._lengths[key[0]].add(len(key))
            self._lengths[key[0].upper()].add(len(key))
        for key in self._common:
            self._lengths[key[0]].add(len(key))
        self._proper_heads = {k[0] for k in self._proper}
        self._proper_heads_upper = {k[0].upper() for k in self._proper}
        self._common_heads = {k[0] for k in self._common}

    def find(self, tokens: Sequence[TokenLike]) -> list[Match]:
        """All longest non-overlapping matches in ``tokens``, left to right."""
        found: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            match = self.match_at(tokens, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def match_at(self, tokens: Sequence[TokenLike], i: int) -> Match | None:
        token = tokens[i]
        text = token.text
        proper = text in self._proper_heads or (
            text.isupper() and len(text) > 3 and text in self._proper_heads_upper
        )
        common = token.lower_ in self._common_heads or token.lemma_.lower() in self._common_heads
        if not (proper or common):
            return None
        lengths: set[int] = set()
        for head in (text, text.upper(), token.lower_, token.lemma_.lower()):
            lengths |= self._lengths.get(head, set())
        for length in sorted(lengths, reverse=True):
            end = i + length
            if end > len(tokens):
                continue
            window = tokens[i:end]
            entries: list[Entry] = []
            if proper:
                entries += self._proper.get(tuple(t.text for t in window), [])
                if not entries and text.isupper():
                    entries += self._upper_lookup(window)
            if common and not entries:
                entries += self._common_lookup(window)
            if entries:
                return Match(i, end, tuple(entries))
        return None

    def lookup_name(self, phrase: Sequence[str]) -> tuple[Entry, ...]:
        return tuple(self._proper.get(tuple(phrase), ()))

    def _upper_lookup(self, window: Sequence[TokenLike]) -> list[Entry]:
        key = tuple(t.text.title() if t.text.isupper() else t.text for t in window)
        return list(self._proper.get(key, ()))

    def _common_lookup(self, window: Sequence[TokenLike]) -> list[Entry]:
        # the last word may be inflected ("ministers"); the others are taken as written
        words = [t.lower_ for t in window]
        hit = self._common.get(tuple(words))
        if hit:
            return list(hit)
        words[-1] = window[-1].lemma_.lower()
        return list(self._common.get(tuple(words), ()))


def _phrases(kb: KnowledgeBase) -> Iterable[tuple[str, Entry]]:
    for country in kb.countries:
        entry = Entry("country", country.code, country.name)
        for name in (country.name, *country.aliases):
            yield name, entry
        for adjective in country.adjectives:
            yield adjective, Entry("adjective", country.code, country.name)
        for demonym in country.demonyms:
            yield demonym, Entry("demonym", country.code, country.name)
        for capital in country.capitals:
            yield capital, Entry("capital", country.code, capital)
    for region, code in kb.regions:
        # a state or province stands for its country, never for a government: "Texas" is USA,
        # "the governor of Texas" USAGOV
        yield region, Entry("country", code, region)
    for phrase, code in kb.seats:
        yield phrase, Entry("seat", code, phrase)
        if not phrase.lower().startswith("the "):
            yield f"the {phrase}", Entry("seat", code, phrase)
    for org in kb.organizations:
        entry = Entry("org", org.code, org.name, organization=org)
        for name in (org.name, *org.aliases):
            yield name, entry
    for term in kb.sectors:
        yield term.phrase, Entry("sector", term.sector, term.phrase, sector_term=term)
    people: dict[str, list[Office]] = defaultdict(list)
    names: dict[str, set[str]] = defaultdict(set)
    for office in kb.offices:
        people[office.name].append(office)
        names[office.name].update((office.name, *office.aliases))
    for person, offices in people.items():
        entry = Entry("person", "", person, offices=tuple(offices))
        for name in sorted(names[person]):
            yield name, entry
