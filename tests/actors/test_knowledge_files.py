"""Shape checks for the curated actor knowledge files in src/tacitus/actors/data.

countries.tsv, seats.tsv, organizations.tsv, sectors.tsv and ethnic_groups.tsv are read with
the csv module (tab-separated, ``#`` lines skipped) and checked for their header, row width,
code shapes, duplicates, dates and a few spot values an analyst would expect.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

DATA = Path(__file__).parents[2] / "src/tacitus/actors/data"

HEADERS = {
    "countries.tsv": ("code", "name", "aliases", "adjectives", "demonyms", "capitals"),
    "seats.tsv": ("phrase", "code"),
    "organizations.tsv": ("code", "name", "aliases", "kind", "start", "end"),
    "sectors.tsv": ("phrase", "sector", "kind", "number"),
    "regions.tsv": ("region", "country"),
    "given_names.tsv": ("name", "gender"),
    "ethnic_groups.tsv": ("group", "forms", "country", "also"),
}
FILES = sorted(HEADERS)
LIST_COLUMNS = {
    "countries.tsv": ("aliases", "adjectives", "demonyms", "capitals"),
    "organizations.tsv": ("aliases",),
    "ethnic_groups.tsv": ("forms", "also"),
}

SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SPY", "BUS", "CVL", "MED"}
    | {"EDU", "REL", "HRI", "REF", "LAB", "CRM", "ELI", "AGR", "HLH", "UAF", "ENV"}
)
SECTOR_KINDS = frozenset({"person", "body", "group"})
NUMBERS = frozenset({"sg", "pl", "any"})
ORG_KINDS = frozenset({"igo", "ngo", "group", "party", "media", "business"})

COUNTRY_CODE = re.compile(r"[A-Z]{3}")
ACTOR_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3}){0,2}|---[A-Z]{3}")
ISO_3166_COUNT = 249  # pycountry's ISO 3166-1 list; Kosovo (XKX) comes on top

MINIMUM_ROWS = {"countries.tsv": ISO_3166_COUNT + 1, "seats.tsv": 60, "sectors.tsv": 250,
                "regions.tsv": 150}
MINIMUM_ORGANIZATIONS = {"igo": 60, "group": 60, "party": 40, "media": 40, "business": 15}

Row = dict[str, str]


@cache
def table(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The header and data rows of a knowledge file, comment lines left out."""
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    header, *rows = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(header), tuple(tuple(row) for row in rows)


def records(name: str) -> list[Row]:
    header, rows = table(name)
    return [dict(zip(header, row, strict=True)) for row in rows]


def items(cell: str) -> list[str]:
    return cell.split(";") if cell else []


def country_forms(row: Row) -> list[str]:
    forms = [row["name"]]
    for column in LIST_COLUMNS["countries.tsv"]:
        forms += items(row[column])
    return forms


def parse_date(cell: str) -> date | None:
    return date.fromisoformat(cell) if cell else None


# --- every file ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_file_opens_with_comments(name: str) -> None:
    first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")


@pytest.mark.parametrize("name", FILES)
def test_header_is_exact(name: str) -> None:
    header, _ = table(name)
    assert header == HEADERS[name]


@pytest.mark.parametrize("name", FILES)
def test_every_row_has_every_column(name: str) -> None:
    header, rows = table(name)
    bad = [row for row in rows if len(row) != len(header)]
    assert not bad


@pytest.mark.parametrize("name", FILES)
def test_cells_have_no_outer_whitespace(name: str) -> None:
    _, rows = table(name)
    bad = [row for row in rows for cell in row if cell != cell.strip()]
    assert not bad


@pytest.mark.parametrize("name", sorted(LIST_COLUMNS))
def test_list_items_are_clean(name: str) -> None:
    bad = [
        (row[column], item)
        for row in records(name)
        for column in LIST_COLUMNS[name]
        for item in items(row[column])
        if not item or item != item.strip()
    ]
    assert not bad


@pytest.mark.parametrize("name", sorted(MINIMUM_ROWS))
def test_row_count(name: str) -> None:
    _, rows = table(name)
    assert len(rows) >= MINIMUM_ROWS[name]


# --- countries.tsv ------------------------------------------------------------------------


def test_country_codes_are_alpha3_and_unique() -> None:
    codes = [row["code"] for row in records("countries.tsv")]
    assert all(COUNTRY_CODE.fullmatch(code) for code in codes)
    assert not [code for code, n in Counter(codes).items() if n > 1]
    assert "XKX" in codes


def test_every_country_has_a_name() -> None:
    assert all(row["name"] for row in records("countries.tsv"))


def test_a_country_form_belongs_to_one_country() -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for row in records("countries.tsv"):
        for form in country_forms(row):
            owners[form.casefold()].add(row["code"])
    assert not {form: codes for form, codes in owners.items() if len(codes) > 1}


@pytest.mark.parametrize("form", ["Korean"])
def test_ambiguous_forms_are_left_out(form: str) -> None:
    assert not [row["code"] for row in records("countries.tsv") if form in country_forms(row)]


@pytest.mark.parametrize(("form", "code"), [
    ("Congo", "COD"),  # wire style: plain "Congo" is the Democratic Republic
    ("Republic of Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
])
def test_a_shared_name_goes_to_the_state_the_news_means(form: str, code: str) -> None:
    assert [row["code"] for row in records("countries.tsv") if form in country_forms(row)] == [code]


# --- seats.tsv ----------------------------------------------------------------------------


def test_seat_codes_look_like_actor_codes() -> None:
    assert not [row for row in records("seats.tsv") if not ACTOR_CODE.fullmatch(row["code"])]


def test_seat_phrases_are_unique() -> None:
    phrases = Counter(row["phrase"] for row in records("seats.tsv"))
    assert not [phrase for phrase, n in phrases.items() if n > 1]


# --- organizations.tsv --------------------------------------------------------------------


def test_organization_codes_and_kinds() -> None:
    rows = records("organizations.tsv")
    assert not [row for row in rows if not ACTOR_CODE.fullmatch(row["code"])]
    assert not [row for row in rows if row["kind"] not in ORG_KINDS]
    assert all(row["name"] for row in rows)


@pytest.mark.parametrize(("kind", "minimum"), sorted(MINIMUM_ORGANIZATIONS.items()))
def test_organization_counts(kind: str, minimum: int) -> None:
    assert sum(row["kind"] == kind for row in records("organizations.tsv")) >= minimum


def test_organization_dates_are_iso_and_ordered() -> None:
    for row in records("organizations.tsv"):
        start, end = parse_date(row["start"]), parse_date(row["end"])
        assert start is None or end is None or start < end, row


def test_a_form_names_one_organization_at_a_time() -> None:
    """A name or alias on several rows must be dated versions of one organisation."""
    rows_by_form: defaultdict[str, list[Row]] = defaultdict(list)
    for row in records("organizations.tsv"):
        for form in [row["name"], *items(row["aliases"])]:
            rows_by_form[form].append(row)
    for form, rows in rows_by_form.items():
        if len(rows) == 1:
            continue
        assert len({row["name"] for row in rows}) == 1, form
        spans = sorted(
            (parse_date(row["start"]) or date.min, parse_date(row["end"]) or date.max)
            for row in rows
        )
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, form


def test_taliban_change_code_in_august_2021() -> None:
    rows = [row for row in records("organizations.tsv") if row["name"] == "Taliban"]
    spans = {(row["code"], row["start"], row["end"]) for row in rows}
    assert spans == {("AFGREB", "", "2021-08-15"), ("AFGGOV", "2021-08-15", "")}


# --- sectors.tsv --------------------------------------------------------------------------


def test_sector_values_are_in_their_sets() -> None:
    rows = records("sectors.tsv")
    assert not [row for row in rows if row["sector"] not in SECTORS]
    assert not [row for row in rows if row["kind"] not in SECTOR_KINDS]
    assert not [row for row in rows if row["number"] not in NUMBERS]


def test_sector_phrases_are_lower_case_and_unique() -> None:
    phrases = [row["phrase"] for row in records("sectors.tsv")]
    assert all(phrase == phrase.lower() for phrase in phrases)
    assert not [phrase for phrase, n in Counter(phrases).items() if n > 1]


def test_sectors_are_sorted_by_sector_then_phrase() -> None:
    keys = [(row["sector"], row["phrase"]) for row in records("sectors.tsv")]
    assert keys == sorted(keys)


def test_every_sector_is_covered() -> None:
    assert {row["sector"] for row in records("sectors.tsv")} == SECTORS


# --- spot values --------------------------------------------------------------------------

LIST_VALUES = [
    # file, key column, key, list column, expected item
    ("countries.tsv", "code", "USA", "capitals", "Washington"),
    ("countries.tsv", "code", "USA", "aliases", "U.S."),
    ("countries.tsv", "code", "RUS", "adjectives", "Russian"),
    ("countries.tsv", "code", "GBR", "aliases", "Britain"),
    ("countries.tsv", "code", "GBR", "demonyms", "Britons"),
    ("countries.tsv", "code", "PRK", "aliases", "DPRK"),
    ("countries.tsv", "code", "KOR", "adjectives", "South Korean"),
    ("countries.tsv", "code", "MMR", "aliases", "Burma"),
    ("countries.tsv", "code", "COD", "adjectives", "Congolese"),
    ("countries.tsv", "code", "UKR", "capitals", "Kyiv"),
    ("countries.tsv", "code", "PSE", "capitals", "Ramallah"),
    ("countries.tsv", "code", "CHN", "adjectives", "Chinese"),
    ("organizations.tsv", "name", "United Nations", "aliases", "U.N."),
    ("organizations.tsv", "name", "Houthis", "aliases", "Ansar Allah"),
    ("ethnic_groups.tsv", "group", "Igbo", "forms", "Ibo"),
    ("ethnic_groups.tsv", "group", "Uighur", "forms", "Uyghur"),
]

CELL_VALUES = [
    # file, key column, key, column, expected value
    ("seats.tsv", "phrase", "Kremlin", "code", "RUSGOV"),
    ("seats.tsv", "phrase", "White House", "code", "USAGOV"),
    ("seats.tsv", "phrase", "Pentagon", "code", "USAMIL"),
    ("seats.tsv", "phrase", "Knesset", "code", "ISRLEG"),
    ("sectors.tsv", "phrase", "foreign minister", "sector", "GOV"),
    ("sectors.tsv", "phrase", "foreign minister", "kind", "person"),
    ("sectors.tsv", "phrase", "rebel", "sector", "REB"),
    ("sectors.tsv", "phrase", "rebel", "kind", "group"),
    ("sectors.tsv", "phrase", "troop", "number", "pl"),
    ("sectors.tsv", "phrase", "police", "number", "any"),
    ("sectors.tsv", "phrase", "gunman", "sector", "UAF"),
    ("organizations.tsv", "name", "United Nations", "code", "IGOUNO"),
    ("organizations.tsv", "name", "NATO", "code", "IGOWST"),
    ("organizations.tsv", "name", "Hamas", "code", "PSEREB"),
    ("organizations.tsv", "name", "Reuters", "code", "GBRMED"),
    ("organizations.tsv", "name", "Conservative Party", "aliases", "Tories;Tory party"),
    ("organizations.tsv", "name", "Labour Party", "aliases", ""),
    ("organizations.tsv", "name", "Conservatives", "code", "---PTY"),
    ("organizations.tsv", "name", "Labour", "code", "---PTY"),
    ("organizations.tsv", "name", "Greens", "code", "---PTY"),
    ("ethnic_groups.tsv", "group", "Yoruba", "country", "NGA"),
    ("ethnic_groups.tsv", "group", "Chechen", "country", "RUS"),
    ("ethnic_groups.tsv", "group", "Uighur", "country", "CHN"),
]


def only_row(name: str, key_column: str, key: str) -> Row:
    rows = [row for row in records(name) if row[key_column] == key]
    assert len(rows) == 1, f"{name}: {key!r} is on {len(rows)} rows"
    return rows[0]


@pytest.mark.parametrize(("name", "key_column", "key", "column", "expected"), LIST_VALUES)
def test_list_spot_values(name: str, key_column: str, key: str, column: str, expected: str) -> None:
    assert expected in items(only_row(name, key_column, key)[column])


@pytest.mark.parametrize(("name", "key_column", "key", "column", "expected"), CELL_VALUES)
def test_cell_spot_values(name: str, key_column: str, key: str, column: str, expected: str) -> None:
    assert only_row(name, key_column, key)[column] == expected


# --- regions.tsv --------------------------------------------------------------------------


def test_a_region_lies_in_a_listed_country_and_is_no_country_form() -> None:
    countries = {row["code"] for row in records("countries.tsv")}
    forms = {form.casefold() for row in records("countries.tsv") for form in country_forms(row)}
    regions = records("regions.tsv")
    assert not [row for row in regions if row["country"] not in countries]
    assert not [row["region"] for row in regions if row["region"].casefold() in forms]
    names = [row["region"] for row in regions]
    assert not [name for name, n in Counter(names).items() if n > 1]


@pytest.mark.parametrize("region", ["Georgia", "Washington", "Punjab", "Kashmir", "Crimea"])
def test_ambiguous_regions_are_left_out(region: str) -> None:
    assert region not in {row["region"] for row in records("regions.tsv")}


# --- ethnic_groups.tsv --------------------------------------------------------------------


def test_an_ethnic_group_lives_in_listed_countries() -> None:
    countries = {row["code"] for row in records("countries.tsv")}
    for row in records("ethnic_groups.tsv"):
        assert row["country"] in countries, row
        assert set(items(row["also"])) <= countries - {row["country"]}, row


def test_an_ethnic_form_is_on_one_row_and_no_country_form() -> None:
    forms = [form for row in records("ethnic_groups.tsv")
             for form in [row["group"], *items(row["forms"])]]
    assert not [form for form, n in Counter(forms).items() if n > 1]
    countries = {form.casefold() for row in records("countries.tsv") for form in country_forms(row)}
    assert not [form for form in forms if form.casefold() in countries]


def test_ethnic_groups_are_sorted_by_country_then_group() -> None:
    keys = [(row["country"], row["group"]) for row in records("ethnic_groups.tsv")]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    "group", ["Hutu", "Tutsi", "Kurd", "Kurds", "Kurdish", "Pashtun", "Tamil", "Albanian"])
def test_groups_of_several_countries_are_left_out(group: str) -> None:
    forms = {form for row in records("ethnic_groups.tsv")
             for form in [row["group"], *items(row["forms"])]}
    assert group not in forms


# --- given_names.tsv ----------------------------------------------------------------------


def test_a_given_name_has_one_gender() -> None:
    rows = records("given_names.tsv")
    assert {row["gender"] for row in rows} == {"m", "f"}
    names = [row["name"] for row in rows]
    assert not [name for name, n in Counter(names).items() if n > 1]
    assert len(rows) >= 300
