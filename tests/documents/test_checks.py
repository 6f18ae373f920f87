"""Article checks and date parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.documents import check_article, parse_date
from tacitus.errors import InputError
from tacitus.records import Article


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013-05-08", dt.date(2013, 5, 8)),
        ("2013-05-08T09:30:00Z", dt.date(2013, 5, 8)),
        ("20130508", dt.date(2013, 5, 8)),
        ("8 May 2013", dt.date(2013, 5, 8)),
        ("May 8, 2013", dt.date(2013, 5, 8)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_parse_date_rejects_nonsense() -> None:
    with pytest.raises(InputError, match="T006"):
        parse_date("next Tuesday")


ENGLISH = ("The foreign minister said on Tuesday that the two countries would hold talks in "
           "Geneva next week to discuss the ceasefire and the release of prisoners.")
GERMAN = ("Der Außenminister sagte am Dienstag, dass die beiden Länder nächste Woche in Genf "
          "Gespräche über den Waffenstillstand und die Freilassung der Gefangenen führen werden.")
HEADLINE = "Saudi-led coalition jets struck Houthi positions in Yemen's capital Sanaa overnight."
NAMES = ("Egypt's President Abdel Fattah el-Sisi received Israeli Premier Naftali Bennett in "
         "Sharm el-Sheikh.")
SPANISH = ("Los aviones de la coalición bombardearon posiciones rebeldes en la capital del país "
           "durante la noche.")
FRENCH = ("Le ministre a rencontré son homologue dans la capitale pour une réunion sur la crise "
          "des réfugiés et le cessez-le-feu.")
RUSSIAN = ("Министр иностранных дел заявил во вторник, что две страны проведут переговоры в "
           "Женеве на следующей неделе о прекращении огня и освобождении пленных.")


@pytest.mark.parametrize(
    ("text", "code"),
    [(ENGLISH, None), (HEADLINE, None), (NAMES, None), (GERMAN, "T008"), (SPANISH, "T008"),
     (FRENCH, "T008"), (RUSSIAN, "T008"), ("", "T001"),
     ("x\x00y " * 3, "T002"), ("word " * 50_000, "T007")],
)
def test_check_article(text: str, code: str | None) -> None:
    article = Article("a", "", text)
    if code is None:
        check_article(article, max_chars=200_000)
    else:
        with pytest.raises(InputError, match=code):
            check_article(article, max_chars=200_000)
