"""The curated actor knowledge base: countries, seats, organisations, sector words, people.

The files are package data in ``tacitus/actors/data`` (tab-separated, ``#`` comments, one
header line, ``;`` between list items); an analyst can read and extend them. This module
only reads them into typed records; :mod:`tacitus.actors.lexicon` turns them into a phrase
index over tokens.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tacitus.errors import KnowledgeError, Msg

__all__ = [
    "Country",
    "EthnicGroup",
    "KnowledgeBase",
    "Office",
    "Organization",
    "SectorTerm",
    "given_names",
    "load_knowledge",
    "parse_ethnic_groups",
    "parse_given_names",
    "read_table",
]

SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SPY", "BUS", "CVL", "MED", "EDU",
    "REL", "HRI", "REF", "LAB", "CRM", "ELI", "AGR", "HLH", "UAF", "ENV", "IGO", "NGO", "MNC",
    "MOD", "RAD", "IMG",
})


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    start: dt.date | None
    end: dt.date | None

    def valid_on(self, when: dt.date | None) -> bool:
        return _valid(self.start, self.end, when)


@dataclass(frozen=True, slots=True)
class EthnicGroup:
    """A people that lives mostly in one country ("Yoruba" -> NGA); ``also`` lists the other
    countries with a sizeable community, which take the group when the text is set there."""

    name: str
    forms: tuple[str, ...]
    country: str
    also: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SectorTerm:
    phrase: str
    sector: str
    kind: str  # person | body | group
    number: str  # sg | pl | any


@dataclass(frozen=True, slots=True)
class Office:
    """One term of one office held by one person."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: dt.date | None
    end: dt.date | None

    @property
    def code(self) -> str:
        return f"{self.country}{self.sector}"

    def valid_on(self, when: dt.date | None) -> bool:
        return _valid(self.start, self.end, when)


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    countries: tuple[Country, ...]
    seats: tuple[tuple[str, str], ...]
    organizations: tuple[Organization, ...]
    sectors: tuple[SectorTerm, ...]
    offices: tuple[Office, ...]
    # sub-national regions and their country: (name, country code), "Texas" -> USA
    regions: tuple[tuple[str, str], ...] = ()
    # peoples that live mostly in one country: "Uighur protesters" -> CHNCVL
    ethnic_groups: tuple[EthnicGroup, ...] = ()

    def country(self, code: str) -> Country | None:
        return self._by_code().get(code)

    def offices_of(self, name: str) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.name == name)

    def _by_code(self) -> dict[str, Country]:
        return _country_index(self.countries)

    def extended(
        self,
        *,
        organizations: Sequence[Organization] = (),
        offices: Sequence[Office] = (),
        sectors: Sequence[SectorTerm] = (),
    ) -> KnowledgeBase:
        """A copy with extra entries (user dictionaries) added after the curated ones.

        A user's sector word replaces the curated one of the same phrase: an analyst who
        writes "HUMAN_RIGHTS_ACTIVIST [~OPP]" wants OPP, not the curated HRI.
        """
        replaced = {term.phrase.lower() for term in sectors}
        kept = tuple(t for t in self.sectors if t.phrase.lower() not in replaced)
        return KnowledgeBase(
            countries=self.countries,
            seats=self.seats,
            organizations=self.organizations + tuple(organizations),
            sectors=kept + tuple(sectors),
            offices=self.offices + tuple(offices),
            regions=self.regions,
            ethnic_groups=self.ethnic_groups,
        )


@functools.lru_cache(maxsize=4)
def _country_index(countries: tuple[Country, ...]) -> dict[str, Country]:
    return {c.code: c for c in countries}


def _valid(start: dt.date | None, end: dt.date | None, when: dt.date | None) -> bool:
    if when is None:
        return end is None
    return (start is None or start <= when) and (end is None or when < end)


# --------------------------------------------------------------------------- reading


def read_table(text: str, name: str, header: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, cells)`` of a tab-separated knowledge file after its header."""
    seen_header = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        cells = [c.strip() for c in cells]
        if not seen_header:
            if cells[: len(header)] != list(header):
                detail = f"expected the header {list(header)}, found {cells}"
                raise KnowledgeError(Msg.T101.format(path=name, line=number, detail=detail))
            seen_header = True
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        yield number, cells


def _items(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split(";") if item.strip())


def _date(cell: str, name: str, number: int) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError as exc:
        raise KnowledgeError(Msg.T101.format(path=name, line=number, detail=exc)) from exc


def _data(name: str) -> str:
    try:
        return resources.files("tacitus.actors").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise KnowledgeError(Msg.T104.format(name=name, detail=exc)) from exc


def parse_countries(text: str, name: str = "countries.tsv") -> tuple[Country, ...]:
    header = ("code", "name", "aliases", "adjectives", "demonyms", "capitals")
    return tuple(
        Country(c[0], c[1], _items(c[2]), _items(c[3]), _items(c[4]), _items(c[5]))
        for _, c in read_table(text, name, header)
    )


def parse_seats(text: str, name: str = "seats.tsv") -> tuple[tuple[str, str], ...]:
    return tuple((c[0], c[1]) for _, c in read_table(text, name, ("phrase", "code")))


def parse_regions(text: str, name: str = "regions.tsv") -> tuple[tuple[str, str], ...]:
    return tuple((c[0], c[1]) for _, c in read_table(text, name, ("region", "country")))


def parse_ethnic_groups(text: str, name: str = "ethnic_groups.tsv") -> tuple[EthnicGroup, ...]:
    header = ("group", "forms", "country", "also")
    return tuple(EthnicGroup(c[0], _items(c[1]), c[2], _items(c[3]))
                 for _, c in read_table(text, name, header))


def parse_organizations(text: str, name: str = "organizations.tsv") -> tuple[Organization, ...]:
    header = ("code", "name", "aliases", "kind", "start", "end")
    return tuple(
        Organization(c[0], c[1], _items(c[2]), c[3], _date(c[4], name, n), _date(c[5], name, n))
        for n, c in read_table(text, name, header)
    )


def parse_sectors(text: str, name: str = "sectors.tsv") -> tuple[SectorTerm, ...]:
    terms = []
    for number, c in read_table(text, name, ("phrase", "sector", "kind", "number")):
        if c[1] not in SECTORS:
            detail = f"unknown sector {c[1]!r}"
            raise KnowledgeError(Msg.T101.format(path=name, line=number, detail=detail))
        terms.append(SectorTerm(c[0].lower(), c[1], c[2] or "body", c[3] or "any"))
    return tuple(terms)


def parse_people(text: str, name: str = "people.tsv") -> tuple[Office, ...]:
    header = ("name", "aliases", "country", "sector", "role", "start", "end")
    return tuple(
        Office(c[0], _items(c[1]), c[2], c[3], c[4], _date(c[5], name, n), _date(c[6], name, n))
        for n, c in read_table(text, name, header)
    )


def parse_given_names(text: str, name: str = "given_names.tsv") -> dict[str, str]:
    names: dict[str, str] = {}
    for number, c in read_table(text, name, ("name", "gender")):
        if c[1] not in ("m", "f"):
            detail = f"gender must be m or f, not {c[1]!r}"
            raise KnowledgeError(Msg.T101.format(path=name, line=number, detail=detail))
        names[c[0]] = c[1]
    return names


@functools.cache
def given_names() -> dict[str, str]:
    """Given name -> 'm' or 'f', for pronoun agreement in coreference."""
    return parse_given_names(_data("given_names.tsv"))


@functools.cache
def _curated() -> KnowledgeBase:
    return KnowledgeBase(
        countries=parse_countries(_data("countries.tsv")),
        seats=parse_seats(_data("seats.tsv")),
        organizations=parse_organizations(_data("organizations.tsv")),
        sectors=parse_sectors(_data("sectors.tsv")),
        offices=parse_people(_data("people.tsv")),
        regions=parse_regions(_data("regions.tsv")),
        ethnic_groups=parse_ethnic_groups(_data("ethnic_groups.tsv")),
    )


def load_knowledge(
    *, actor_files: Sequence[Path] = (), agent_files: Sequence[Path] = ()
) -> KnowledgeBase:
    """The curated knowledge base, plus PETRARCH-format dictionaries if given."""
    kb = _curated()
    if not (actor_files or agent_files):
        return kb
    from tacitus.actors.petrarch import read_actor_dictionary, read_agent_dictionary

    orgs: list[Organization] = []
    offices: list[Office] = []
    sectors: list[SectorTerm] = []
    for path in actor_files:
        found_orgs, found_offices = read_actor_dictionary(path)
        orgs += found_orgs
        offices += found_offices
    for path in agent_files:
        sectors += read_agent_dictionary(path)
    return kb.extended(organizations=orgs, offices=offices, sectors=sectors)
