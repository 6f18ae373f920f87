"""Checks of the people-and-offices knowledge file (src/tacitus/actors/data/people.tsv)."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pytest

PEOPLE_TSV = Path(__file__).parents[2] / "src/tacitus/actors/data/people.tsv"
HEADER = ["name", "aliases", "country", "sector", "role", "start", "end"]
SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "OPP", "REB", "PTY", "REL", ""}
COUNTRY_RE = re.compile(r"^(?:[A-Z]{3}|IGO[A-Z]{3})$")
FAR_FUTURE = date.max


@dataclass(frozen=True)
class Term:
    line: int
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: date
    end: date | None

    @property
    def stop(self) -> date:
        return self.end or FAR_FUTURE

    def covers(self, day: date) -> bool:
        return self.start <= day < self.stop

    def __str__(self) -> str:
        end = self.end.isoformat() if self.end else "..."
        return f"line {self.line}: {self.name} {self.country}/{self.role} {self.start}..{end}"


@cache
def raw_rows() -> list[tuple[int, list[str]]]:
    """Non-comment lines as (line number, fields), header included."""
    numbered: list[tuple[int, str]] = []
    with PEOPLE_TSV.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith("#") or not line.strip():
                continue
            numbered.append((number, line))
    reader = csv.reader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(number, fields) for (number, _), fields in zip(numbered, reader, strict=True)]


@cache
def terms() -> list[Term]:
    out = []
    for number, fields in raw_rows()[1:]:
        name, aliases, country, sector, role, start, end = fields
        out.append(
            Term(
                line=number,
                name=name,
                aliases=tuple(a for a in aliases.split(";") if a),
                country=country,
                sector=sector,
                role=role,
                start=date.fromisoformat(start),
                end=date.fromisoformat(end) if end else None,
            )
        )
    return out


def test_header_is_exact() -> None:
    assert raw_rows()[0][1] == HEADER


def test_every_row_has_seven_columns() -> None:
    bad = [(n, len(f)) for n, f in raw_rows() if len(f) != len(HEADER)]
    assert not bad, f"rows with a wrong number of columns (line, count): {bad[:10]}"


def test_enough_rows() -> None:
    assert len(raw_rows()) - 1 >= 450


def test_no_surrounding_whitespace() -> None:
    bad = []
    for number, fields in raw_rows():
        for field in fields:
            if field != field.strip():
                bad.append((number, field))
        for alias in fields[1].split(";") if len(fields) > 1 else []:
            if alias != alias.strip() or (fields[1] and not alias):
                bad.append((number, alias))
    assert not bad, f"fields or aliases with surrounding whitespace or empty: {bad[:10]}"


def test_dates_parse_and_start_before_end() -> None:
    bad = []
    for number, fields in raw_rows()[1:]:
        start, end = fields[5], fields[6]
        try:
            first = date.fromisoformat(start)
            last = date.fromisoformat(end) if end else None
        except ValueError as error:
            bad.append(f"line {number}: {error}")
            continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start) or (
            end and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end)
        ):
            bad.append(f"line {number}: dates must be YYYY-MM-DD")
        if last is not None and not first < last:
            bad.append(f"line {number}: start {first} is not before end {last}")
    assert not bad, "\n".join(bad)


def test_country_codes() -> None:
    bad = [
        str(t) for t in terms() if not (COUNTRY_RE.match(t.country) or t.country in {"IGO", "NGO"})
    ]
    assert not bad, "bad country codes:\n" + "\n".join(bad)


def test_sectors() -> None:
    bad = []
    for term in terms():
        organisation = term.country.startswith(("IGO", "NGO"))
        if term.sector not in SECTORS:
            bad.append(f"{term}: unknown sector {term.sector!r}")
        elif (term.sector == "") != organisation:
            bad.append(f"{term}: sector must be empty exactly for IGO/NGO rows")
    assert not bad, "\n".join(bad)


def test_required_fields_present() -> None:
    bad = [str(t) for t in terms() if not t.name or not t.role]
    assert not bad, "rows without name or role:\n" + "\n".join(bad)


def test_same_aliases_on_every_row_of_a_person() -> None:
    seen: dict[str, Term] = {}
    bad = []
    for term in terms():
        first = seen.setdefault(term.name, term)
        if first.aliases != term.aliases:
            bad.append(f"{term} has aliases {term.aliases}, but {first} has {first.aliases}")
    assert not bad, "\n".join(bad)


def test_no_two_terms_of_one_office_overlap() -> None:
    offices: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in terms():
        offices[(term.country, term.role)].append(term)
    bad = []
    for holders in offices.values():
        holders.sort(key=lambda t: t.start)
        latest = holders[0]  # the earlier term that runs longest
        for later in holders[1:]:
            if latest.stop > later.start:
                bad.append(f"{latest}  overlaps  {later}")
            if later.stop > latest.stop:
                latest = later
    assert not bad, "overlapping terms of one office:\n" + "\n".join(bad)


def test_no_alias_shared_by_people_in_office_at_the_same_time() -> None:
    """A form (alias or full name) must not name two people who hold office at once."""
    by_form: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    person_terms: dict[str, list[Term]] = defaultdict(list)
    for term in terms():
        person_terms[term.name].append(term)
    for name, held in person_terms.items():
        for form in (name, *held[0].aliases):
            by_form[form.casefold()][name] = held
    bad = []
    for form, people in by_form.items():
        names = sorted(people)
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                for a in people[first]:
                    for b in people[second]:
                        if a.start < b.stop and b.start < a.stop:
                            bad.append(f"alias {form!r}: {a}  and  {b}")
    assert not bad, "aliases shared by people in office at the same time:\n" + "\n".join(bad)


def offices_on(name: str, day: date) -> list[Term]:
    held = [t for t in terms() if t.name == name]
    assert held, f"{name} is not in the file"
    return [t for t in held if t.covers(day)]


@pytest.mark.parametrize(
    ("name", "day", "country", "sector", "role"),
    [
        ("John Kerry", "2013-05-08", "USA", "GOV", None),
        ("John Kerry", "2010-01-01", "USA", "LEG", None),
        ("Sergey Lavrov", "2013-05-08", "RUS", "GOV", "Foreign Minister"),
        ("Vladimir Putin", "2010-01-01", "RUS", "GOV", "Prime Minister"),
        ("Vladimir Putin", "2020-01-01", "RUS", "GOV", "President"),
        ("Bashar al-Assad", "2013-05-08", "SYR", "GOV", "President"),
        ("Ahmed al-Sharaa", "2020-01-01", "SYR", "REB", None),
        ("Ahmed al-Sharaa", "2025-06-01", "SYR", "GOV", "President"),
        ("António Guterres", "2020-01-01", "IGOUNO", "", "UN Secretary-General"),
        ("Benjamin Netanyahu", "2015-01-01", "ISR", "GOV", "Prime Minister"),
        ("Joe Biden", "2012-01-01", "USA", "GOV", "Vice President"),
        ("Donald Trump", "2025-06-01", "USA", "GOV", "President"),
        ("Hibatullah Akhundzada", "2019-01-01", "AFG", "REB", None),
        ("Hibatullah Akhundzada", "2022-01-01", "AFG", "GOV", None),
        ("Yoweri Museveni", "2000-01-01", "UGA", "GOV", "President"),
        ("Robert Mugabe", "2000-01-01", "ZWE", "GOV", "President"),
        ("Amina Mohamed", "2015-01-01", "KEN", "GOV", "Foreign Minister"),
        ("Dilma Rousseff", "2012-01-01", "BRA", "GOV", "President"),
        ("Joko Widodo", "2016-01-01", "IDN", "GOV", "President"),
        ("Andrés Manuel López Obrador", "2020-01-01", "MEX", "GOV", "President"),
        ("Geoffrey Onyeama", "2018-01-01", "NGA", "GOV", "Foreign Minister"),
        ("Thaksin Shinawatra", "2003-01-01", "THA", "GOV", "Prime Minister"),
        ("Paul Kagame", "2010-01-01", "RWA", "GOV", "President"),
        ("Sebastian Kurz", "2018-06-01", "AUT", "GOV", "Chancellor"),
        ("Albin Kurti", "2022-01-01", "XKX", "GOV", "Prime Minister"),
        ("Mohammed VI", "2010-01-01", "MAR", "GOV", "King"),
        # 1975-1999 (the Soviet Union is RUS, socialist Yugoslavia SRB)
        ("George H. W. Bush", "1985-06-01", "USA", "GOV", "Vice President"),
        ("George H. W. Bush", "1991-03-01", "USA", "GOV", "President"),
        ("Mikhail Gorbachev", "1987-01-01", "RUS", "GOV", None),
        ("Mikhail Gorbachev", "1991-06-01", "RUS", "GOV", "President of the Soviet Union"),
        ("Boris Yeltsin", "1991-01-01", "RUS", "GOV", None),
        ("Margaret Thatcher", "1985-01-01", "GBR", "GOV", "Prime Minister"),
        ("Helmut Kohl", "1990-10-03", "DEU", "GOV", "Chancellor"),
        ("Deng Xiaoping", "1985-01-01", "CHN", "GOV", None),
        ("Yasser Arafat", "1985-01-01", "PSE", "REB", "PLO Chairman"),
        ("Yasser Arafat", "1995-01-01", "PSE", "GOV", "President"),
        ("Josip Broz Tito", "1976-01-01", "SRB", "GOV", "President of Yugoslavia"),
        ("Kurt Waldheim", "1980-01-01", "IGOUNO", "", "UN Secretary-General"),
        ("Kurt Waldheim", "1990-01-01", "AUT", "GOV", "President"),
        ("Hosni Mubarak", "1978-01-01", "EGY", "GOV", "Vice President"),
        ("Muhammad Zia-ul-Haq", "1976-06-01", "PAK", "MIL", "Chief of Army Staff"),
        ("Nelson Mandela", "1995-01-01", "ZAF", "GOV", "President"),
    ],
)
def test_spot_check_office(
    name: str, day: str, country: str, sector: str, role: str | None
) -> None:
    held = offices_on(name, date.fromisoformat(day))
    assert held, f"{name} holds no office on {day}"
    assert all(t.country == country and t.sector == sector for t in held), [str(t) for t in held]
    if role is not None:
        assert role in {t.role for t in held}, [str(t) for t in held]


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("John Kerry", "2020-06-01"),
        ("Bashar al-Assad", "2025-06-01"),
        ("Barack Obama", "2018-01-01"),
        ("Robert Mugabe", "2019-01-01"),
        ("Thaksin Shinawatra", "2010-01-01"),
        ("Evo Morales", "2020-06-01"),
        ("Mikhail Gorbachev", "1995-01-01"),
        ("George H. W. Bush", "1995-01-01"),
        ("Margaret Thatcher", "1975-06-01"),
        ("Nelson Mandela", "1992-01-01"),
    ],
)
def test_spot_check_no_office(name: str, day: str) -> None:
    held = offices_on(name, date.fromisoformat(day))
    assert not held, [str(t) for t in held]
