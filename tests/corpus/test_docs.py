"""docs/corpus.md keeps up with the code: every GDELT column, command and option is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command

from tacitus.cli import app
from tacitus.exports import gdelt_header

DOC = Path(__file__).resolve().parents[2] / "docs" / "corpus.md"


@pytest.fixture(scope="module")
def doc() -> str:
    if not DOC.exists():
        pytest.skip("docs/corpus.md is absent")
    return DOC.read_text(encoding="utf-8")


def test_every_gdelt_column_is_documented(doc: str) -> None:
    table = doc[doc.index("| GDELT column |"):]
    documented = set(re.findall(r"\b(?:Actor[12]|Action)Geo_\w+|\b[A-Z][A-Za-z0-9]+\b", table))
    geo = {c for c in gdelt_header() if "Geo_" in c and c.startswith(("Actor1", "Actor2"))}
    missing = [c for c in gdelt_header() if c not in documented and c not in geo]
    assert not missing
    assert "Actor1Geo_* and Actor2Geo_*" in table


@pytest.mark.parametrize(
    ("command", "options"),
    [
        (("ingest",), ("--batch-size", "--engine", "--scheduler", "--workers", "--parts",
                       "--processes", "--source-field", "--url-field")),
        (("dyads",), ("--source", "--target", "--by", "--dedup", "--format", "--output",
                      "--symmetric", "--min-confidence", "--start", "--end")),
        (("network",), ("--min-events", "--limit", "--dedup")),
        (("actors", "top"), ("--limit", "--role")),
        (("dedup",), ("--window-days", "--by-location", "--min-confidence")),
        (("export",), ("--format", "--table", "--output", "--header")),
    ],
)
def test_commands_and_options_are_documented(doc: str, command: tuple[str, ...],
                                             options: tuple[str, ...]) -> None:
    assert f"tacitus {' '.join(command)}" in doc
    group = get_command(app)
    for name in command:
        group = group.commands[name]  # type: ignore[attr-defined]
    declared = {opt for param in group.params for opt in getattr(param, "opts", [])}
    for option in options:
        assert option in declared, f"{command}: {option} is not an option"
        assert option in doc, f"{command}: {option} is not documented"
