"""Which drafts of one sentence tell one act (tacitus.events.drafts), read through the coder
on sentences of our own: one row per filter, with the code that must be coded and the code
that must not be coded beside it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.records import Article


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # merge_purposes: a rally and the demand it was held for are one protest
        ("Thousands of Serbians rallied in Belgrade to demand the president's resignation.",
         "1411", "1041"),
        # vaguer_light_verbs: the light verb's noun says it more precisely
        ("Kenyan prosecutors opened fraud investigations into the governor.", "091", "090"),
        # acted_on: the curfews extended are the act's object, not a second act
        ("Turkey extended the curfews in Cizre.", "1241", "1723"),
        # talked_about: the attack condemned is coded where it is reported itself
        ("France condemned an attack by Russian forces on Ukrainian villages.", "111", "190"),
        # settings_of: the attack the soldiers were wounded in is the same attack
        ("Militants wounded two Nigerian soldiers in a bomb attack.", "190", "183"),
    ],
)
def test_one_act_is_coded_once(coder: Any, text: str, kept: str, dropped: str) -> None:
    coded = coder.code(Article(id="t", title="", text=text, date=dt.date(2023, 6, 1)))
    codes = [e.cameo.code for e in coded.events]
    assert kept in codes
    assert dropped not in codes
    assert len({(e.trigger.start, e.cameo.code) for e in coded.events}) == len(
        {e.trigger.start for e in coded.events})  # one code per trigger
