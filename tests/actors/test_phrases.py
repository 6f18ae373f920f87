"""Phrase rules over knowledge matches, on hand-built parses and a small knowledge base (no
model needed): governments named by their leader, ethnic groups, party families,
parenthesised aliases, places people come from, and followers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.actors.coref import resolve_references
from tacitus.actors.knowledge import (
    Country,
    KnowledgeBase,
    Office,
    Organization,
    SectorTerm,
    parse_ethnic_groups,
)
from tacitus.actors.lexicon import Lexicon, surname
from tacitus.actors.mentions import find_mentions
from tacitus.actors.phrases import follower_sector, leader_governments, parenthetical_aliases
from tacitus.nlp.view import DocView
from tacitus.records import Actor

spacy = pytest.importorskip("spacy")
VOCAB = spacy.blank("en").vocab
WHEN = dt.date(2015, 6, 1)

# a row: word ("leaders/leader" gives the lemma), head index, dep, POS, and an entity tag
# ("B-ORG", "I-ORG") or ""
Row = tuple[str, int, str, str] | tuple[str, int, str, str, str]


def _doc(rows: list[Row]) -> Any:
    words = [r[0].split("/")[0] for r in rows]
    spaces = [w != "(" and following not in (")", "'s") for w, following in
              zip(words, [*words[1:], ")"], strict=True)]
    return spacy.tokens.Doc(
        VOCAB, words=words, spaces=spaces,
        lemmas=[r[0].split("/")[-1] for r in rows], heads=[r[1] for r in rows],
        deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        ents=[(r[4] if len(r) > 4 else "") or "O" for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def _office(name: str, aliases: tuple[str, ...], country: str, role: str, start: dt.date,
            end: dt.date | None) -> Office:
    return Office(name, aliases, country, "GOV" if role != "Speaker" else "LEG", role, start, end)


KB = KnowledgeBase(
    countries=(
        Country("USA", "United States", (), ("American",), ("Americans",), ()),
        Country("GBR", "United Kingdom", (), ("British",), ("Britons",), ()),
        Country("RUS", "Russia", (), ("Russian",), ("Russians",), ("Moscow",)),
        Country("EGY", "Egypt", (), ("Egyptian",), ("Egyptians",), ("Cairo",)),
        Country("FRA", "France", (), ("French",), (), ("Paris",)),
        Country("LTU", "Lithuania", (), ("Lithuanian",), (), ("Vilnius",)),
        Country("GHA", "Ghana", (), ("Ghanaian",), (), ("Accra",)),
        Country("NGA", "Nigeria", (), ("Nigerian",), (), ("Abuja",)),
        Country("ZWE", "Zimbabwe", (), ("Zimbabwean",), (), ("Harare",)),
    ),
    seats=(),
    organizations=(
        Organization("---PTY", "Conservatives", (), "party", None, None),
        Organization("GBRPTY", "Conservative Party", ("Tories",), "party", None, None),
        Organization("PSEREB", "Hamas", (), "group", None, None),
    ),
    sectors=(
        SectorTerm("administration", "GOV", "body", "sg"),
        SectorTerm("government", "GOV", "body", "sg"),
        SectorTerm("regime", "GOV", "body", "sg"),
        SectorTerm("leader", "GOV", "person", "sg"),
        SectorTerm("president", "GOV", "person", "sg"),
        SectorTerm("union", "LAB", "body", "sg"),
        SectorTerm("dissident", "OPP", "person", "sg"),
        SectorTerm("rebel", "REB", "group", "sg"),
        SectorTerm("trader", "BUS", "group", "sg"),
        SectorTerm("refugee", "REF", "group", "sg"),
        SectorTerm("police", "COP", "body", "any"),
    ),
    offices=(
        _office("George W. Bush", (), "USA", "President", dt.date(2001, 1, 20),
                dt.date(2009, 1, 20)),
        _office("Jeb Bush", (), "USA", "Governor of Florida", dt.date(1999, 1, 5),
                dt.date(2007, 1, 2)),
        _office("Vladimir Putin", ("Putin",), "RUS", "President", dt.date(2000, 5, 7), None),
        _office("Boris Johnson", (), "GBR", "Prime Minister", dt.date(2019, 7, 24),
                dt.date(2022, 9, 6)),
        _office("Mike Johnson", (), "USA", "Speaker", dt.date(2023, 10, 25), None),
        _office("Robert Mugabe", ("Mugabe",), "ZWE", "President", dt.date(1987, 12, 31),
                dt.date(2017, 11, 21)),
    ),
    ethnic_groups=parse_ethnic_groups(
        "group\tforms\tcountry\talso\nYoruba\tYorubas\tNGA\tBEN\nChechen\tChechens\tRUS\t\n"),
)
LEXICON = Lexicon(KB, str.split)


def _actors(rows: list[Row]) -> dict[str, Actor]:
    view = DocView.of(_doc(rows), "text")
    index = resolve_references(view, find_mentions(view, LEXICON, WHEN))
    return {a.span.text: a for a in index.actors()}


# ---------------------------------------------------------------- governments named by a leader

BUSH = [("The", 2, "det", "DET"), ("Bush", 2, "compound", "PROPN", "B-PERSON"),
        ("administration", 3, "nsubj", "NOUN"), ("protested/protest", 3, "ROOT", "VERB")]
PUTINS = [("Putin", 2, "poss", "PROPN", "B-PERSON"), ("'s", 0, "case", "PART"),
          ("regime", 3, "nsubj", "NOUN"), ("protested/protest", 3, "ROOT", "VERB")]
JOHNSON = [("The", 2, "det", "DET"), ("Johnson", 2, "compound", "PROPN", "B-PERSON"),
           ("government", 3, "nsubj", "NOUN"), ("protested/protest", 3, "ROOT", "VERB")]
JEB = [("The", 3, "det", "DET"), ("Jeb", 2, "compound", "PROPN", "B-PERSON"),
       ("Bush", 3, "compound", "PROPN", "I-PERSON"), ("administration", 4, "nsubj", "NOUN"),
       ("protested/protest", 4, "ROOT", "VERB")]
VICTOR = [("The", 3, "det", "DET"), ("Victor", 2, "compound", "PROPN", "B-PERSON"),
          ("Bush", 3, "compound", "PROPN", "I-PERSON"), ("administration", 4, "nsubj", "NOUN"),
          ("protested/protest", 4, "ROOT", "VERB")]
MOSCOW = [("The", 2, "det", "DET"), ("Moscow", 2, "compound", "PROPN", "B-GPE"),
          ("government", 3, "nsubj", "NOUN"), ("protested/protest", 3, "ROOT", "VERB")]


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        (BUSH, "USAGOV"),  # out of office on the date; two Bushes, one country
        (PUTINS, "RUSGOV"),  # the possessive, and a known alias
        (JEB, "USAGOV"),  # a given name that a known Bush has
        (JOHNSON, None),  # Boris (GBR) and Mike (USA): two countries
        (VICTOR, None),  # no known Bush is called Victor
        (MOSCOW, None),  # a capital is not a leader
    ],
)
def test_governments_named_by_their_leader(rows: list[Row], code: str | None) -> None:
    doc = _doc(rows)
    matches = leader_governments(doc, LEXICON.find(list(doc)), LEXICON)
    found = [e.code for m in matches for e in m.entries if e.kind == "government"]
    assert found == ([code] if code else [])


def test_a_leader_government_is_an_organisation_actor() -> None:
    actor = _actors(BUSH)["Bush administration"]
    assert (actor.code, actor.how, actor.name) == ("USAGOV", "kb:leader-government",
                                                   "Bush administration")


@pytest.mark.parametrize(
    ("name", "family"),
    [("George W. Bush", "Bush"), ("Bashar al-Assad", "Assad"), ("Martin Luther King Jr.", "King"),
     ("Putin", "Putin")],
)
def test_surname(name: str, family: str) -> None:
    assert surname(name) == family


def test_surname_countries_at_any_date() -> None:
    assert LEXICON.surname_countries("Bush") == {"USA"}
    assert LEXICON.surname_countries("Johnson") == {"GBR", "USA"}
    assert LEXICON.surname_countries("Bush", given=("Jeb",)) == {"USA"}
    assert LEXICON.surname_countries("Bush", given=("Victor",)) == frozenset()


# ---------------------------------------------------------------- ethnic and national groups

YORUBA_LEADERS = [("Yoruba", 1, "compound", "PROPN"), ("leaders/leader", 2, "nsubj", "NOUN"),
                  ("protested/protest", 2, "ROOT", "VERB")]
CHECHEN_REBELS = [("Chechen", 1, "amod", "ADJ"), ("rebels/rebel", 2, "nsubj", "NOUN"),
                  ("attacked/attack", 2, "ROOT", "VERB"), ("police", 2, "dobj", "NOUN")]
YORUBAS = [("The", 1, "det", "DET"), ("Yorubas", 2, "nsubj", "PROPN"),
           ("protested/protest", 2, "ROOT", "VERB")]
IN_GHANA = [("Yoruba", 1, "compound", "PROPN"), ("traders/trader", 4, "nsubj", "NOUN"),
            ("in", 1, "prep", "ADP"), ("Ghana", 2, "pobj", "PROPN", "B-GPE"),
            ("protested/protest", 4, "ROOT", "VERB")]
REFUGEES_IN_GHANA = [("Yoruba", 1, "compound", "PROPN"), ("refugees/refugee", 4, "nsubj", "NOUN"),
                     ("in", 1, "prep", "ADP"), ("Ghana", 2, "pobj", "PROPN", "B-GPE"),
                     ("protested/protest", 4, "ROOT", "VERB")]
NIGERIAN_YORUBAS = [("Nigerian", 1, "amod", "ADJ"), ("Yorubas", 2, "nsubj", "PROPN"),
                    ("protested/protest", 2, "ROOT", "VERB")]


SPOKE_YORUBA = [("They", 1, "nsubj", "PRON"), ("spoke/speak", 1, "ROOT", "VERB"),
                ("Yoruba", 1, "dobj", "PROPN")]


def test_a_bare_singular_peoples_name_is_the_language() -> None:
    actor = _actors(SPOKE_YORUBA).get("Yoruba")
    assert actor is None or actor.code is None  # at most an unresolved name


@pytest.mark.parametrize(
    ("rows", "mention", "code"),
    [
        (YORUBA_LEADERS, "Yoruba leaders", "NGAELI"),  # a people's leaders are elites
        (CHECHEN_REBELS, "Chechen rebels", "RUSREB"),  # the sector the other words give
        (CHECHEN_REBELS, "police", "RUSCOP"),  # and the group's country is the context's
        (YORUBAS, "Yorubas", "NGACVL"),  # a people alone is a civilian group
        (IN_GHANA, "Yoruba traders", "GHABUS"),  # a group in a named other place
        (REFUGEES_IN_GHANA, "Yoruba refugees", "NGAREF"),  # refugees keep their origin
        (NIGERIAN_YORUBAS, "Nigerian Yorubas", "NGACVL"),  # a country word wins
    ],
)
def test_ethnic_groups(rows: list[Row], mention: str, code: str) -> None:
    assert _actors(rows)[mention].code == code


# ---------------------------------------------------------------- parties and aliases

HOMELAND = [("The", 2, "det", "DET", "B-ORG"), ("Homeland", 2, "compound", "PROPN", "I-ORG"),
            ("Union", 6, "nsubj", "PROPN", "I-ORG"), ("(", 2, "punct", "PUNCT"),
            ("Conservatives", 2, "appos", "PROPN", "B-NORP"), (")", 2, "punct", "PUNCT"),
            ("protested/protest", 6, "ROOT", "VERB")]
UNKNOWN_ALIAS = [("The", 2, "det", "DET", "B-ORG"), ("Homeland", 2, "compound", "PROPN", "I-ORG"),
                 ("Union", 6, "nsubj", "PROPN", "I-ORG"), ("(", 2, "punct", "PUNCT"),
                 ("TS", 2, "appos", "PROPN", "B-ORG"), (")", 2, "punct", "PUNCT"),
                 ("protested/protest", 6, "ROOT", "VERB")]
LITHUANIAN = [("Lithuanian", 1, "amod", "ADJ"), ("Conservatives", 2, "nsubj", "PROPN"),
              ("protested/protest", 2, "ROOT", "VERB")]
TORIES = [("The", 1, "det", "DET"), ("Tories", 2, "nsubj", "PROPN"),
          ("protested/protest", 2, "ROOT", "VERB")]


def test_a_parenthesised_alias_names_the_unknown_organisation_before_it() -> None:
    doc = _doc(HOMELAND)
    matches, absorbed = parenthetical_aliases(doc, doc[:], LEXICON.find(list(doc)))
    assert [(m.start, m.end) for m in matches] == [(1, 6)] and not absorbed
    actors = _actors(HOMELAND)
    assert list(actors) == ["Homeland Union (Conservatives)"]
    assert actors["Homeland Union (Conservatives)"].code == "---PTY"  # no country known


OTHER_ORGANISATION = [("The", 2, "det", "DET", "B-ORG"),
                      ("Harmony", 2, "compound", "PROPN", "I-ORG"),
                      ("Movement", 6, "nsubj", "PROPN", "I-ORG"), ("(", 2, "punct", "PUNCT"),
                      ("Hamas", 2, "appos", "PROPN", "B-ORG"), (")", 2, "punct", "PUNCT"),
                      ("protested/protest", 6, "ROOT", "VERB")]


@pytest.mark.parametrize("rows", [UNKNOWN_ALIAS, OTHER_ORGANISATION])
def test_another_parenthesised_alias_is_no_actor_of_its_own(rows: list[Row]) -> None:
    """An unknown acronym, or one that another organisation bears: the name decides."""
    doc = _doc(rows)
    _, absorbed = parenthetical_aliases(doc, doc[:], LEXICON.find(list(doc)))
    assert absorbed == {3, 4, 5}
    actors = _actors(rows)
    assert not [a for a in actors.values() if a.span.start > doc[3].idx]


@pytest.mark.parametrize(
    ("rows", "mention", "code"),
    [
        (LITHUANIAN, "Lithuanian Conservatives", "LTUPTY"),  # a party family takes the country
        (TORIES, "Tories", "GBRPTY"),  # a name English news uses for one party only
    ],
)
def test_party_names(rows: list[Row], mention: str, code: str) -> None:
    assert _actors(rows)[mention].code == code


# ---------------------------------------------------------------- where people come from

FROM_EGYPT = [("France", 1, "nsubj", "PROPN", "B-GPE"), ("sheltered/shelter", 1, "ROOT", "VERB"),
              ("two", 3, "nummod", "NUM"), ("dissidents/dissident", 1, "dobj", "NOUN"),
              ("from", 3, "prep", "ADP"), ("Egypt", 4, "pobj", "PROPN", "B-GPE")]
REMOVED_FROM = [("France", 1, "nsubj", "PROPN", "B-GPE"), ("expelled/expel", 1, "ROOT", "VERB"),
                ("two", 3, "nummod", "NUM"), ("dissidents/dissident", 1, "dobj", "NOUN"),
                ("from", 3, "prep", "ADP"), ("Egypt", 4, "pobj", "PROPN", "B-GPE")]


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        (FROM_EGYPT, "EGYOPP"),  # the place they come from, not the subject's country
        (REMOVED_FROM, "FRAOPP"),  # expelled from a place: where they were, not whose
    ],
)
def test_people_from_a_place(rows: list[Row], code: str) -> None:
    assert _actors(rows)["dissidents"].code == code


# ---------------------------------------------------------------- followers

SUPPORTERS_OF = [("Supporters/supporter", 3, "nsubj", "NOUN"), ("of", 0, "prep", "ADP"),
                 ("Mugabe", 1, "pobj", "PROPN", "B-PERSON"),
                 ("protested/protest", 3, "ROOT", "VERB")]
HAMAS_SUPPORTERS = [("Hamas", 1, "compound", "PROPN", "B-ORG"),
                    ("supporters/supporter", 2, "nsubj", "NOUN"),
                    ("protested/protest", 2, "ROOT", "VERB")]
NOBODY_KNOWN = [("Supporters/supporter", 3, "nsubj", "NOUN"), ("of", 0, "prep", "ADP"),
                ("Quenx", 1, "pobj", "PROPN", "B-PERSON"),
                ("protested/protest", 3, "ROOT", "VERB")]


def test_supporters_of_a_leader_are_of_his_country() -> None:
    actors = _actors(SUPPORTERS_OF)
    assert actors["Supporters"].code == "ZWEPTY"  # a head of state's supporters: a party
    assert actors["Mugabe"].code == "ZWEGOV"  # the leader himself is unchanged


def test_an_organisations_supporters_share_its_code() -> None:
    assert _actors(HAMAS_SUPPORTERS)["Hamas supporters"].code == "PSEREB"


def test_followers_of_nobody_known_are_no_actor() -> None:
    assert "Supporters" not in _actors(NOBODY_KNOWN)


@pytest.mark.parametrize(
    ("leader", "followers"),
    [("GOV", "PTY"), ("LEG", "PTY"), ("ELI", "OPP"), ("OPP", "OPP"), ("REB", "REB"),
     ("REL", "REL"), (None, None)],
)
def test_follower_sector(leader: str | None, followers: str | None) -> None:
    assert follower_sector(leader) == followers
