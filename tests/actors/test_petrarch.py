"""PETRARCH/TABARI dictionaries: actors with synonyms and dated codes, agents with sets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tacitus.actors.petrarch import read_actor_dictionary, read_agent_dictionary
from tests.conftest import shared_path

ACTORS = """<!-- a test dictionary -->
NORTHLAND [NLD]
+NORTHLANDER   # a synonym
+NORTH_LANDS

OLD_KING_COLE
\t[NLDGOV 950101-991231]
\t[NLDELI >000101]
\t[NLD <950101]

MOUNTAIN_FRONT [NLDREB] # pas 1 Jan 2000
"""

AGENTS = """!PERSON! = MAN, MEN
FOREIGN_MINISTER [~GOVFRM] # jap
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
"""


def test_actor_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    orgs, offices = read_actor_dictionary(path)
    assert offices == []
    table = [(o.code, o.name, o.aliases, o.start, o.end) for o in orgs]
    assert table == [
        ("NLD", "northland", ("northlander", "north lands"), None, None),
        ("NLDGOV", "old king cole", (), dt.date(1995, 1, 1), dt.date(1999, 12, 31)),
        ("NLDELI", "old king cole", (), dt.date(2000, 1, 1), None),
        ("NLD", "old king cole", (), None, dt.date(1995, 1, 1)),
        ("NLDREB", "mountain front", (), None, None),
    ]


def test_agent_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    terms = [(t.phrase, t.sector) for t in read_agent_dictionary(path)]
    assert terms == [("foreign minister", "GOV"), ("attorney general", "JUD"),
                     ("attorneys general", "JUD"), ("congressman", "LEG"),
                     ("congressmen", "LEG")]


@pytest.mark.parametrize("name", ["PETR.Validate.actors.txt", "PETR_Validate_actors_2_02.txt"])
def test_reads_the_suite_actor_dictionaries(name: str) -> None:
    orgs, _ = read_actor_dictionary(shared_path("gold", "petrarch-dictionaries", name))
    codes = {o.name: o.code for o in orgs}
    assert codes["arnor"] == "ARN" and codes["gondor"] == "GON"
    assert len(orgs) > 120


@pytest.mark.parametrize("name", ["PETR.Validate.agents.txt", "PETR_Validate_agents_2_02.txt"])
def test_reads_the_suite_agent_dictionaries(name: str) -> None:
    terms = read_agent_dictionary(shared_path("gold", "petrarch-dictionaries", name))
    assert ("foreign minister", "GOV") in {(t.phrase, t.sector) for t in terms}


USER_ACTORS = "KUWAIT [KWX]\n"
USER_AGENTS = "HUMAN_RIGHTS_ACTIVIST [~OPP]\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Kuwait government criticized Iraq on Monday.", "KWXGOV"),
    ("Human rights activists in Egypt criticized Israel on Monday.", "EGYOPP"),
    ("The Egyptian government criticized Israel on Monday.", "EGYGOV"),  # untouched
])
def test_user_dictionaries_override_curated_entries(
        nlp: Any, tmp_path: Path, sentence: str, expected: str) -> None:
    from tacitus.coding import Coder
    from tacitus.config import Settings
    from tacitus.records import Article

    actors, agents = tmp_path / "actors.txt", tmp_path / "agents.txt"
    actors.write_text(USER_ACTORS, encoding="utf-8")
    agents.write_text(USER_AGENTS, encoding="utf-8")
    coder = Coder(nlp, settings=Settings(actor_files=(actors,), agent_files=(agents,)))
    coded = coder.code(Article(id="a", title="", text=sentence, date=dt.date(2010, 1, 1)))
    assert [e.source.code for e in coded.events] == [expected]


COMPOUND_ACTORS = """NORTHLAND [NLD]
THE_ISLES [ISA/ISB]
"""


def test_a_compound_dictionary_code_stands_for_each_member(nlp: Any, tmp_path: Path) -> None:
    from tacitus.coding import Coder
    from tacitus.config import Settings
    from tacitus.records import Article

    actors = tmp_path / "actors.txt"
    actors.write_text(COMPOUND_ACTORS, encoding="utf-8")
    coder = Coder(nlp, settings=Settings(actor_files=(actors,)))
    text = "Northland criticized the Isles on Monday."
    coded = coder.code(Article(id="a", title="", text=text, date=dt.date(2010, 1, 1)))
    table = sorted((e.source.code, e.target.code, e.target.country) for e in coded.events)
    assert table == [("NLD", "ISA", "ISA"), ("NLD", "ISB", "ISB")]
