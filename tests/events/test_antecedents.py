"""Earlier events a definite description points back to (tacitus.events.antecedents), read
through the coder on short stories of our own: one row per kind of description, then the
descriptions that must find no one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.events.antecedents import looks_back
from tacitus.records import Article


def _coded(coder: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    coded = coder.code(Article(id="t", title="", text=text, date=dt.date(2023, 6, 1)))
    return {(e.source.code, e.target.code, e.cameo.code) for e in coded.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act of force, condemned
        ("Hamas fighters attacked Israeli towns on Saturday. Israel condemned the attack.",
         ("ISR", "PSEREB", "111")),
        # …or praised, by a date-owned description
        ("Turkish jets struck Kurdish positions in northern Iraq. Baghdad condemned Tuesday's "
         "strikes.", ("IRQGOV", "TURMIL", "111")),
        # an arrest
        ("Russian security agents detained an American reporter. The White House condemned "
         "the arrest.", ("USAGOV", "RUSSPY", "111")),
        # an accusation, denied: the accuser is the target
        ("Albania accused Iran of orchestrating a cyberattack. Tehran rejected the accusation.",
         ("IRNGOV", "ALB", "016")),
        # the vague "move", for the act just before
        ("Moscow expelled two Estonian diplomats on Friday. Tallinn condemned the move.",
         ("ESTGOV", "RUSGOV", "111")),
        # …past a summons, a meeting or words, which are no decision
        ("Moscow expelled two Estonian diplomats. Estonia summoned the Russian ambassador. "
         "The European Union condemned the decision.", ("IGOEUR", "RUSGOV", "111")),
        # an act that names no one, told just before ("the launch")
        ("North Korea fired a ballistic missile into the sea. Japan condemned the launch.",
         ("JPN", "PRK", "111")),
        # a protest lodged, rejected
        ("Japan lodged a protest with China. Beijing rejected the protest.",
         ("CHNGOV", "JPN", "120")),
        # an appeal, rejected: aimed at whoever made it, whatever its mode
        ("Argentina called on Britain to resume talks on the islands. Britain rejected the "
         "call.", ("GBR", "ARG", "120")),
        # a relative clause on "a move" set off by a comma: the doer of the clause it sums up
        ("Kosovo police raided Serb-run offices on Wednesday, a move Belgrade condemned.",
         ("SRBGOV", "XKXCOP", "111")),
        # an agreement: each side that signed it
        ("Serbia and Kosovo signed an accord in Brussels. Germany welcomed the agreement.",
         ("DEU", "SRB", "051")),
        ("Serbia and Kosovo signed an accord in Brussels. Germany welcomed the agreement.",
         ("DEU", "XKX", "051")),
    ],
)
def test_description_finds_the_earlier_doer(coder: Any, text: str,
                                            expected: tuple[str, str, str]) -> None:
    assert expected in _coded(coder, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # nothing told before
        ("Iran condemned the raid.", "111"),
        # an indefinite description is no earlier event (the hospital is its target)
        ("Israeli jets struck Gaza. Egypt condemned an attack on a hospital.", "111"),
        # the nearest earlier event is of another kind
        ("Russia and Ukraine held talks in Istanbul. Poland condemned the attack.", "111"),
        # nor does "Iran condemned the raid" in a story with no act of force
        ("Israel and Egypt signed a gas deal. Iran condemned the raid.", "111"),
        # a threatened attack is not "the attack"
        ("Israel threatened to attack Rafah. Egypt condemned the attack.", "111"),
        # "the decision" looks two sentences back at most
        ("Moscow expelled two Estonian diplomats. Estonia's president flew to Brussels. "
         "Snow closed the airport. The European Union condemned the decision.", "111"),
    ],
)
def test_description_finds_no_one(coder: Any, text: str, code: str) -> None:
    found = _coded(coder, text)
    doers = {source for source, _, _ in found}
    assert not [row for row in found if row[2] == code and row[1] in doers], found


def test_a_side_that_signed_is_not_its_own_target(coder: Any) -> None:
    found = _coded(coder, "Serbia and Kosovo signed an accord in Brussels. Serbia welcomed "
                          "the agreement.")
    assert ("SRB", "XKX", "051") in found
    assert ("SRB", "SRB", "051") not in found


@pytest.mark.parametrize(
    ("code", "expected"),
    [("111", True), ("051", True), ("016", True), ("120", True), ("141", True),
     ("010", False), ("190", False), ("042", False), ("020", False), ("057", False)],
)
def test_which_statements_look_back(code: str, expected: bool) -> None:
    assert looks_back(code) is expected
