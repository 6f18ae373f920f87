"""The pattern language: parsing lines into Pattern records."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tacitus.errors import KnowledgeError
from tacitus.events import load_patterns, parse_pattern


@pytest.mark.parametrize(
    ("text", "anchor", "noun", "obj", "words", "target"),
    [
        ("visit X", "visit", False, None, (), "dobj"),
        ("meet with X", "meet", False, None, (), "with"),
        ("accuse X of", "accuse", False, None, ("of",), "dobj"),
        ("pull out of X", "pull", False, None, ("out",), "of"),
        ("step down", "step", False, None, ("down",), None),
        ("impose sanction/n on X", "impose", False, "sanction", (), "on"),
        ("visit/n to X", "visit", True, None, (), "to"),
        ("air_strike/n on X", "strike", True, None, (), "on"),
        ("call for release/n of X", "call", False, None, ("for",), "of"),
        ("critical of X", "critical", False, None, (), "of"),
    ],
)
def test_parse_pattern(text: str, anchor: str, noun: bool, obj: str | None,
                       words: tuple[str, ...], target: str | None) -> None:
    pattern = parse_pattern("040", text, "")
    assert (pattern.anchor, pattern.noun, pattern.obj, pattern.words, pattern.target) == (
        anchor, noun, obj, words, target)


@pytest.mark.parametrize(
    ("text", "needs", "size"),
    [
        ("visit X", set(), 2),
        ("meet with X", {"with"}, 2),
        ("accuse X of", {"of"}, 3),
        ("pull out of X", {"out", "of"}, 3),
        ("impose sanction/n on X", {"sanction", "on"}, 3),
        ("give money/n to X", {"to"}, 3),  # any sum stands for money: no word needed
        ("agree that", set(), 2),  # "that" is a clause, not a word
        ("critical of X", {"of"}, 2),
    ],
)
def test_words_a_pattern_needs(text: str, needs: set[str], size: int) -> None:
    """What a sentence must contain for the pattern to be tried there, and its size."""
    pattern = parse_pattern("040", text, "")
    assert (set(pattern.needs), pattern.size) == (needs, size)


@pytest.mark.parametrize(("flags", "symmetric", "paired"),
                         [("sym", True, True), ("pair", False, True), ("", False, False)])
def test_symmetric_and_paired(flags: str, symmetric: bool, paired: bool) -> None:
    pattern = parse_pattern("050", "restore tie/n with X", flags)
    assert (pattern.symmetric, pattern.paired) == (symmetric, paired)


def test_noun_after_preposition_holds_the_target() -> None:
    pattern = parse_pattern("0253", "call for release/n of X", "")
    assert pattern.prep_objects == (("for", "release"),) and pattern.target == "of"


def test_flags_and_modifiers() -> None:
    pattern = parse_pattern("195", "air_strike/n against X", "weak,sym")
    assert pattern.modifiers == ("air",) and pattern.weak and pattern.symmetric
    assert not pattern.reverse


@pytest.mark.parametrize("text", ["", "meet X X"])
def test_bad_patterns_are_refused(text: str) -> None:
    with pytest.raises(KnowledgeError):
        parse_pattern("040", text, "")


def test_unknown_flag_is_refused() -> None:
    with pytest.raises(KnowledgeError, match="unknown flags"):
        parse_pattern("040", "meet X", "symmetric")


def test_bundled_dictionary_covers_every_root_and_many_codes() -> None:
    book = load_patterns()
    codes = {p.code for p in book.patterns}
    assert {c[:2] for c in codes} == {f"{r:02d}" for r in range(1, 21)}
    assert len(codes) >= 150


def test_bundled_pattern_texts_are_unique() -> None:
    """A repeated pattern text silently replaces the earlier line: the bundled file has none."""
    data = Path(__file__).parents[2] / "src/tacitus/events/data/patterns.tsv"
    rows = [line.split("\t") for line in data.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    texts = Counter(row[1] for row in rows)
    assert not [text for text, n in texts.items() if n > 1]


def test_things_code_only_under_a_wrapper() -> None:
    book = load_patterns()
    things = [p for p in book.patterns if p.thing]
    assert things and all(p.noun and p.target is None for p in things)


def test_a_user_file_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("code\tpattern\tflags\n0431\tbefriend X\t\n173\tarrest X\tweak\n",
                     encoding="utf-8")
    book = load_patterns([extra])
    assert [p.code for p in book.verbs["befriend"]] == ["0431"]
    arrest = [p for p in book.verbs["arrest"] if p.text == "arrest X"]
    assert len(arrest) == 1 and arrest[0].weak


def test_wrappers_map_embedded_codes() -> None:
    book = load_patterns()
    assert book.wrap("intent", "042") == "036"
    assert book.wrap("appeal", "040") == "026"
    assert book.wrap("refuse", "040") == "125"
    assert book.wrap("intent", "036") == "036"
