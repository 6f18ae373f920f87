"""Turn the knowledge matches inside one mention into an actor code, on the article's date.

Order of evidence: a known person's office on the date; a named organisation or seat of
government; country words plus sector words; a country or capital alone; sector words alone
(the country then comes from context). Every result says how it was reached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tacitus.actors.knowledge import EthnicGroup, Office
from tacitus.actors.lexicon import Entry, Match

__all__ = ["Resolution", "office_on", "resolve_matches"]

UNKNOWN_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome for one mention, before it becomes an :class:`Actor` record."""

    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    how: str
    confidence: float
    kind: str  # person | org | seat | country | capital | demonym | group | unknown
    role: str | None = None
    plural: bool = False
    needs_country: bool = False  # sector words only: the country must come from context
    # an ethnic group's country, when the context names no other place for it ("Uighur
    # protesters" -> CHN), and the other countries where it lives in numbers
    home: str | None = None
    also: tuple[str, ...] = ()


def office_on(offices: Sequence[Office], when: dt.date | None) -> tuple[Office | None, str]:
    """The office held on ``when``; else the latest earlier one marked 'former'.

    Returns ``(office, status)`` with status ``current``, ``former``, ``future`` or ``latest``
    (no date given).
    """
    if not offices:
        return None, "none"
    if when is None:
        current = [o for o in offices if o.end is None]
        latest = max(current or offices, key=lambda o: o.start or dt.date.min)
        return latest, "latest"
    valid = [o for o in offices if o.valid_on(when)]
    if valid:
        # prefer the highest office: heads of state/government over ministers over others
        return min(valid, key=_rank), "current"
    earlier = [o for o in offices if o.end is not None and o.end <= when]
    if earlier:
        return max(earlier, key=lambda o: o.end or dt.date.min), "former"
    return min(offices, key=lambda o: o.start or dt.date.max), "future"


def _rank(office: Office) -> int:
    role = office.role.lower()
    if role in {"president", "prime minister", "king", "queen", "supreme leader", "chancellor"}:
        return 0
    return 1 if office.sector == "GOV" else 2


def compose(country: str | None, sector: str | None) -> str | None:
    if country is None and sector is None:
        return None
    if country is None:
        return f"{UNKNOWN_COUNTRY}{sector}"
    if sector is None or country.endswith(sector):
        return country
    return f"{country}{sector}"


def resolve_matches(
    matches: Sequence[Match], head_match: Match | None, when: dt.date | None,
    *, facility: bool = False, people: bool = False, named: bool = False,
    person_noun: bool = False, nation: bool = False, of_body: bool = False,
    vehicle: bool = False, one: bool = False,
) -> Resolution | None:
    """Resolve one mention from its knowledge matches; ``None`` when nothing actor-like is there.

    ``head_match`` is the match that contains the mention's head word, if any; ``facility``
    says the head is a place or unit that stands for whoever holds it ("a police station",
    "army positions"), so that sector words modifying it make an actor; ``people`` says the
    head names a people or community ("Kurds"), so that a country word makes it that
    country's; ``named`` says the head is a person's name ("Judge Alejandro Rivera");
    ``person_noun`` says the head is a word for people that is no sector word ("elders"), so
    that a people's name makes it that people's ("Ibo elders"); ``nation`` says the head is
    a nationality adjective used as a noun ("the British"); ``of_body`` says an "of" links a
    title to a body ("officials of the opposition"), whose sector the mention then takes;
    ``vehicle`` says the head is a craft or missile, which a country word alone makes that
    country's ("a Chinese ship", "a Philippine supply boat", "Russian missiles").
    """
    critic = _critic_of(matches, head_match, when)
    if critic is not None:
        return critic
    government = _pick(matches, "government")
    if government is not None:
        # "the Bush administration", "the Assad regime": a government named by its leader
        return Resolution(government.code, government.code[:3], "GOV", government.name,
                          "kb:leader-government", 0.9, "org", plural=True)
    person = _pick(matches, "person", when=when)
    org = _pick(matches, "org", when=when)
    seat = _pick(matches, "seat")
    country = _pick(matches, "country")
    adjective = _pick(matches, "adjective")
    capital = _pick(matches, "capital")
    demonym = _pick(matches, "demonym")
    sector_entry = _armed_head(matches) or (_voice_of_body(matches) if of_body else None) or \
        (_title_of_name(matches) if named else None) or _pick(matches, "sector")
    head = head_match.entries[0] if head_match and head_match.entries else None
    head_kind = head.kind if head else None
    sector = sector_entry.code if sector_entry else None
    role = sector_entry.name if sector_entry and sector_entry.sector_term and \
        sector_entry.sector_term.kind == "person" else None
    plural = bool(sector_entry and sector_entry.sector_term
                  and sector_entry.sector_term.kind == "group")
    if one and role is None and head is not None and head is not sector_entry and \
            head.sector_term is not None and head.sector_term.kind == "person":
        # "a Russian embassy official", "an opposition official": the sector is the
        # modifier's, but the mention is one person, the head's
        role, plural = head.name, False
    place = country or adjective or capital or demonym
    place_code = place.code if place else None
    ethnic = _pick(matches, "ethnic")

    if person is not None and head is not None and head_kind == "sector" and \
            head.sector_term is not None and head.sector_term.kind == "body" and \
            head.code in _PARTY_SECTORS:
        # "President-elect Bernardo Arevalo's party": the person's party, of the country
        # their office (or former office) is in
        office, _ = office_on(person.offices, when)
        if office is None and person.offices:
            office = person.offices[-1]
        home = place_code or (_country_of(office.country) if office is not None else None)
        if home:
            return Resolution(compose(home, head.code), home, head.code, None,
                              "kb:person+body", 0.8, "org", None, True)
    if person is not None:
        office, status = office_on(person.offices, when)
        if office is not None and status in ("current", "latest"):
            return Resolution(office.code, _country_of(office.country), office.sector or None,
                              person.name, "kb:person", 0.95, "person", office.role)
        if office is not None:
            # out of office on that date: the words of the mention decide, else 'former' (ELI)
            home = place_code or _country_of(office.country)
            sec = sector if sector else ("ELI" if status == "former" else None)
            return Resolution(compose(home, sec), home, sec, person.name,
                              f"kb:person-{status}", 0.7, "person", role)
    if org is not None and len(org.code) == 3 and sector is not None:
        # a user dictionary's country-like actor plus a sector word: "Arnor's foreign minister"
        return Resolution(compose(org.code, sector), org.code, sector, None,
                          "dictionary+sector", 0.85, "person" if role else "group", role, plural)
    if org is not None and (head_kind in ("org", "sector", None) or place is None):
        body = _organization(org, place_code)
        if one and role is not None and head is not None and head_kind == "sector":
            # "the United Nations official", "a NATO spokesman": one person of the body
            return replace(body, kind="person", role=role, plural=False)
        return body
    if seat is not None:
        return Resolution(seat.code, seat.code[:3], seat.code[3:6] or None, seat.name,
                          "kb:seat", 0.9, "seat")
    if place_code is not None and sector is not None and (head_kind in (
            "sector", "country", "adjective", "capital", "demonym", None) or facility):
        how = "words:country+sector"
        return Resolution(compose(place_code, sector), place_code, sector, None, how, 0.85,
                          "person" if role else "group", role, plural)
    if head_kind == "capital" and capital is not None:
        return Resolution(compose(capital.code, "GOV"), capital.code, "GOV", capital.name,
                          "kb:capital", 0.8, "capital")
    if head is not None and head_kind in ("country", "demonym") and place_code is not None:
        return Resolution(place_code, place_code, None, head.name, f"kb:{head_kind}", 0.9,
                          head_kind, plural=head_kind == "demonym")
    if nation and head is not None and head_kind == "adjective" and adjective is not None and \
            sector is None and not people:
        # "the British", "the French": a nationality word used as a noun is its people
        return Resolution(adjective.code, adjective.code, None, head.name, "kb:adjective-noun",
                          0.8, "demonym", plural=True)
    if ethnic is not None and ethnic.ethnic_group is not None and (
            head_kind == "ethnic" or sector is not None or person_noun or people):
        return _ethnic_group(ethnic.ethnic_group, place_code, sector, role, plural)
    if people and head is None and place_code is not None and sector is None:
        # "Iraqi Kurds", "Syrian Alawites": a people of that country
        return Resolution(place_code, place_code, None, None, "words:country+people", 0.8,
                          "demonym", plural=True)
    if vehicle and head is None and place_code is not None and sector is None and \
            not people:
        return Resolution(place_code, place_code, None, None, "words:country+vehicle", 0.75,
                          "group")
    if sector is not None and (head_kind == "sector" or facility or (
            named and role is not None and head is None)):
        # "the spokesman"; "Judge Alejandro Rivera": a title before a name the knowledge
        # base does not know — the country comes from the context
        return Resolution(None, None, sector, None, "words:sector", 0.6,
                          "person" if role else "group", role, plural, needs_country=True)
    return None


# bodies a person's name can own: "X's party", "X's supporters' movement"
_PARTY_SECTORS = frozenset({"PTY", "OPP"})


def _organization(org: Entry, place_code: str | None) -> Resolution:
    """A named organisation; a party whose name many countries' parties share ("Social
    Democrats") takes its country from the mention's country word, else from the context, and
    so does a party named with another country's word ("the Norwegian Labour Party")."""
    country, sector = _org_country(org.code), _org_sector(org.code)
    party = org.organization is not None and org.organization.kind == "party"
    if party and place_code is not None and place_code != country:
        return Resolution(compose(place_code, sector), place_code, sector, org.name,
                          "kb:organization+country", 0.85, "org", plural=True)
    if party and country == UNKNOWN_COUNTRY:
        return Resolution(None, None, sector, org.name, "kb:organization", 0.6, "org",
                          plural=True, needs_country=True)
    return Resolution(org.code, country, sector, org.name, "kb:organization", 0.9, "org",
                      plural=True)


def _ethnic_group(group: EthnicGroup, place_code: str | None, sector: str | None,
                  role: str | None, plural: bool) -> Resolution:
    """A people of one country: a civilian group unless other words give the sector; a
    country word in the mention wins ("Chinese Uighurs"), else the context may place the
    group elsewhere, else its home country."""
    sector = sector or "CVL"
    kind = "person" if role else "group"
    if place_code is not None:
        return Resolution(compose(place_code, sector), place_code, sector, None,
                          "words:country+people", 0.8, kind, role, True)
    return Resolution(compose(group.country, sector), group.country, sector, None,
                      "kb:ethnic-group", 0.8, kind, role, plural or role is None,
                      needs_country=True, home=group.country, also=group.also)


def _voice_of_body(matches: Sequence[Match]) -> Entry | None:
    """'officials of the opposition', 'a spokesman of the army': a generic title in front of
    a body takes the body's sector, not the title's own (GOV)."""
    sectors = sorted(((m, e) for m in matches for e in m.entries if e.kind == "sector"),
                     key=lambda pair: pair[0].start)
    if len(sectors) < 2:
        return None
    (first, title), (last, body) = sectors[:2]  # "envoys of the army and the RSF": the first
    if first.end > last.start or title.code != "GOV" or title.name not in _GENERIC_TITLES or \
            body.sector_term is None or body.sector_term.kind != "body":
        return None
    return body


_GENERIC_TITLES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson",
                             "representative", "member", "delegate", "leader", "envoy",
                             "emissary", "negotiator", "delegation"})


def _armed_head(matches: Sequence[Match]) -> Entry | None:
    """Between the government and an armed body, the head noun decides: 'government forces',
    'regime troops' are the forces; 'the military government', 'the army junta' the
    government."""
    sectors = [(m, e) for m in matches for e in m.entries if e.kind == "sector"]
    if len(sectors) != 2:
        return None
    (first, modifier), (last, body) = sorted(sectors, key=lambda pair: pair[0].start)
    if first.end > last.start or body.sector_term is None or \
            body.sector_term.kind not in ("group", "body"):
        return None
    if {modifier.code, body.code} & {"GOV"} and {modifier.code, body.code} & _ARMED:
        return body
    return None


_ARMED = frozenset({"MIL", "COP", "SPY"})


def _critic_of(matches: Sequence[Match], head_match: Match | None, when: dt.date | None
               ) -> Resolution | None:
    """A critic or opponent named by whom they oppose: "Kremlin critic Alexei Navalny",
    "Putin critic Vladimir Kara-Murza", "a Maduro opponent" are that country's opposition
    (OPP), not its government."""
    title = next((e for m in matches for e in m.entries if e.kind == "sector"
                  and e.code == "OPP" and e.sector_term is not None
                  and e.sector_term.kind == "person"), None)
    if title is None:
        return None
    country = None
    for match in matches:
        if match is head_match and head_match.entries and \
                head_match.entries[0].kind == "person":
            continue  # the critic's own name
        for entry in match.entries:
            if entry.kind in ("government", "seat"):
                country = entry.code[:3]
            elif entry.kind == "person":
                office, _ = office_on(entry.offices, when)
                country = _country_of(office.country) if office is not None else None
            if country:
                break
        if country:
            break
    if not country:
        return None
    return Resolution(compose(country, "OPP"), country, "OPP", None, "words:critic-of", 0.8,
                      "person", title.name)


def _title_of_name(matches: Sequence[Match]) -> Entry | None:
    """The title among the words before a name, in the sector of the body it belongs to:
    'governor' of the central bank (GOV) in "central bank governor Riad Salameh", 'president'
    of the Senate (LEG) in "Senate President Thomas Rivera"."""
    if len(matches) < 2:
        return None
    last = max(matches, key=lambda m: m.end)
    title = next((e for e in last.entries if e.kind == "sector" and e.sector_term is not None
                  and e.sector_term.kind == "person"), None)
    body = next((e for m in matches if m.end <= last.start for e in m.entries
                 if e.kind == "sector" and e.sector_term is not None
                 and e.sector_term.kind == "body"), None)
    if title is None or body is None:
        return None
    return replace(title, code=body.code)


def _pick(matches: Sequence[Match], kind: str, when: dt.date | None = None) -> Entry | None:
    """The entry of ``kind`` from the longest match; among people who share the words
    ("Bush", "Trudeau"), the one the date points to (see :func:`_standing`)."""
    best: Entry | None = None
    best_key: tuple[int, int, int] = (0, 0, 0)
    for match in matches:
        for entry in match.entries:
            if entry.kind != kind:
                continue
            org = entry.organization
            if org is not None and when is not None and not org.valid_on(when):
                continue
            length = match.end - match.start
            key = (length, *_standing(entry.offices, when)) if kind == "person" else \
                (length, 0, 0)
            if key > best_key:
                best, best_key = entry, key
    return best


def _standing(offices: Sequence[Office], when: dt.date | None) -> tuple[int, int]:
    """How strongly the date points to a person, for names shared by several people.

    In office on the date beats out of office, and out of office beats not yet in office;
    among the out of office the one who left last wins, among the not yet the one who comes
    first. Without a date, someone still in office beats the rest, then the latest start.
    """
    office, status = office_on(offices, when)
    if office is None:
        return 0, 0
    start = (office.start or dt.date.min).toordinal()
    if status == "current":
        return 4, 0
    if status == "former":
        return 3, (office.end or dt.date.min).toordinal()
    if status == "future":
        return 2, -start
    return (4 if office.end is None else 3), start


def _country_of(code: str) -> str | None:
    return code[:3] if code and code[:3] not in ("IGO", "NGO") else code or None


def _org_country(code: str) -> str | None:
    return code[:3] if len(code) >= 3 else None


def _org_sector(code: str) -> str | None:
    return code[3:6] or None
