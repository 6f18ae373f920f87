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

from tacitus.actors.knowledge import EthnicGroup, KnowledgeBase, Office, Organization, SectorTerm

__all__ = ["Entry", "Lexicon", "Match", "TokenLike", "national_countries", "surname"]

# "government" entries are not indexed: they are made from a leader's name and a government
# word in the text ("the Bush administration"), see tacitus.actors.phrases
Kind = Literal["country", "adjective", "demonym", "capital", "seat", "org", "person", "sector",
               "ethnic", "government"]
PROPER: frozenset[str] = frozenset({"country", "adjective", "demonym", "capital", "seat", "org",
                                    "person", "ethnic"})
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_ARTICLES = ("al-", "el-", "Al-", "El-", "ad-", "as-", "ash-", "at-")


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
    ethnic_group: EthnicGroup | None = None

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
        # a phrase a user's dictionary defines means what the user says, not what the curated
        # knowledge says ("KUWAIT [KUW]" overrides the curated Kuwait, KWT)
        self._user = frozenset(k for k, entries in self._common.items()
                               if any(e.dictionary for e in entries))
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
        self._surnames = _surname_index(kb.offices)

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
        common = token.lower_ in self._common_heads or token.lemma_.lower() in self._common_heads \
            or _singular(token) in self._common_heads
        if not (proper or common):
            return None
        lengths: set[int] = set()
        for head in (text, text.upper(), token.lower_, token.lemma_.lower(), _singular(token)):
            lengths |= self._lengths.get(head, set())
        for length in sorted(lengths, reverse=True):
            end = i + length
            if end > len(tokens):
                continue
            window = tokens[i:end]
            entries: list[Entry] = []
            if proper and tuple(t.lower_ for t in window) not in self._user:
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

    def surname_countries(self, name: str, *, given: Sequence[str] = ()) -> frozenset[str]:
        """The countries of every known person whose surname is ``name`` ("Bush", "al-Assad"),
        at any date; ``given`` names, when the text has them, must be in the person's name."""
        found: set[str] = set()
        for person, offices in self._surnames.get(surname(name), {}).items():
            forms = {person, *(a for o in offices for a in o.aliases)}
            if all(any(g in form.split() for form in forms) for g in given):
                found |= national_countries(offices)
        return frozenset(found)

    def _upper_lookup(self, window: Sequence[TokenLike]) -> list[Entry]:
        key = tuple(t.text.title() if t.text.isupper() else t.text for t in window)
        return list(self._proper.get(key, ()))

    def _common_lookup(self, window: Sequence[TokenLike]) -> list[Entry]:
        # the last word may be inflected ("ministers"); the others are taken as written
        words = [t.lower_ for t in window]
        hit = self._common.get(tuple(words))
        if not hit and getattr(window[-1], "tag_", "") not in ("VBN", "VBD", "VBG"):
            # through the lemma, but not from a verb form: "suspected militants" are militants
            words[-1] = window[-1].lemma_.lower()
            hit = self._common.get(tuple(words))
        if not hit:
            words[-1] = _singular(window[-1])
            hit = self._common.get(tuple(words))
        last = window[-1]
        tag = getattr(last, "tag_", "")
        if hit and (tag == "JJ" or (tag == "NNP" and last.text.islower())):
            # a plural word read as an adjective is something else: "nationals" but not "the
            # national government", "the national Constitution Party"
            return [e for e in hit if e.sector_term is None or e.sector_term.number != "pl"]
        return list(hit or ())


def _singular(token: TokenLike) -> str:
    """A plural the tagger left unlemmatised, as a capitalised word at the start of a
    sentence often is ("Rebels and the army …" → rebel), or a "-men" plural after a name."""
    low = token.lower_
    if token.lemma_.lower() == low and len(low) > 4 and low.endswith(("men", "women")):
        return low[:-2] + "an"  # "two Azerbaijani servicemen", tagged a singular noun
    if token.lemma_.lower() != low or len(low) < 4 or not low.endswith("s") or \
            low.endswith("ss"):
        return low
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low[:-1]


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
    for group in kb.ethnic_groups:
        entry = Entry("ethnic", group.country, group.name, ethnic_group=group)
        for form in (group.name, *group.forms):
            yield form, entry
    people: dict[str, list[Office]] = defaultdict(list)
    names: dict[str, set[str]] = defaultdict(set)
    for office in kb.offices:
        people[office.name].append(office)
        names[office.name].update((office.name, *office.aliases))
    for person, offices in people.items():
        entry = Entry("person", "", person, offices=tuple(offices))
        for name in sorted(names[person]):
            yield name, entry


def surname(name: str) -> str:
    """The family name in a full name, without a suffix or an Arabic article: 'George W. Bush'
    -> 'Bush', 'Bashar al-Assad' -> 'Assad'."""
    words = [w for w in name.split() if w not in _SUFFIXES] or name.split()
    last = words[-1] if words else name
    for article in _ARTICLES:
        if last.startswith(article) and len(last) > len(article):
            return last[len(article):]
    return last


def national_countries(offices: Iterable[Office]) -> frozenset[str]:
    """The states (not international bodies) a person has held office in."""
    return frozenset(o.country for o in offices
                     if len(o.country) == 3 and o.country not in ("IGO", "NGO", "MNC"))


def _surname_index(offices: Iterable[Office]) -> dict[str, dict[str, list[Office]]]:
    """Surname -> person -> offices, over every name and alias of every person."""
    people: dict[str, list[Office]] = defaultdict(list)
    for office in offices:
        people[office.name].append(office)
    index: dict[str, dict[str, list[Office]]] = defaultdict(dict)
    for person, held in people.items():
        for form in {person, *(a for o in held for a in o.aliases)}:
            index[surname(form)][person] = held
    return index
