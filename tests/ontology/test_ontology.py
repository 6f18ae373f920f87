"""Tests of tacitus.ontology: the CAMEO and PLOVER tables and their loader."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from tacitus.errors import KnowledgeError, UnknownCodeError
from tacitus.ontology import (
    CameoCode,
    Ontology,
    PloverCoding,
    PloverEvent,
    load_ontology,
    read_ontology,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
REFERENCE = REPO_ROOT.parent / "shared" / "reference"
DATA = resources.files("tacitus.ontology").joinpath("data")

EVENTS = [
    *("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),  # verbal cooperation
    *("COOPERATE", "AID", "RETREAT"),  # material cooperation
    *("REQUEST", "ACCUSE", "REJECT", "THREATEN"),  # verbal conflict
    *("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),  # material conflict
]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def _tsv(name: str) -> list[dict[str, str]]:
    """A data file read independently of the loader."""
    lines = [ln for ln in DATA.joinpath(name).read_text("utf-8").splitlines() if ln[:1] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------- counts and integrity


def test_counts(onto: Ontology) -> None:
    # The reference list has 312 codes: it splits 1056 and 106, merged in the original lookup.
    assert len(onto.codes) == 312
    assert [c.code for c in onto.codes[:20]] == [f"{n:02d}" for n in range(1, 21)]
    assert all(len(c.code) > 2 for c in onto.codes[20:])
    assert len({c.code for c in onto.codes}) == len(onto.codes)
    assert [e.event for e in onto.plover_events] == EVENTS
    assert len(onto.plover_contexts) == 37 == len(set(onto.plover_contexts))


def test_every_code_has_a_crosswalk_row(onto: Ontology) -> None:
    rows = _tsv("cameo_plover.tsv")
    assert [r["cameo"] for r in rows] == [c.code for c in onto.codes]
    assert all(isinstance(onto.plover(c.code), PloverCoding) for c in onto.codes)


def test_crosswalk_values_are_defined_in_the_other_files() -> None:
    events = {r["event"] for r in _tsv("plover_events.tsv")}
    modes = {(r["event"], r["mode"]) for r in _tsv("plover_modes.tsv")}
    contexts = {r["context"] for r in _tsv("plover_contexts.tsv")}
    for row in _tsv("cameo_plover.tsv"):
        event, mode, context = row["event"], row["mode"], row["context"]
        if not event:  # CAMEO 01 and 02 have no PLOVER equivalent
            assert row["cameo"][:2] in {"01", "02"} and not mode and not context
            continue
        assert event in events, row
        assert not mode or (event, mode) in modes, row
        assert all(part in contexts for part in context.split(";") if context), row
    assert {event for event, _ in modes} <= events


def test_parents_precede_children_and_quads_follow_roots(onto: Ontology) -> None:
    seen: set[str] = set()
    for code in onto.codes:
        root = int(code.code[:2])
        assert code.root == code.code[:2]
        assert code.quad_class == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)
        assert onto.parent(code.code) in seen | {None}
        seen.add(code.code)


# ---------------------------------------------------------------- spot values


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad"),
    [
        ("01", "Make public statement", 0.0, 1),
        ("042", "Make a visit", 1.9, 1),
        ("043", "Host a visit", 2.8, 1),
        ("057", "Sign formal agreement", 8.0, 1),
        ("0874", "Retreat or surrender militarily", 10.0, 2),
        ("112", "Accuse", -2.0, 3),
        ("116", "Find guilty or liable (legally)", -2.0, 3),
        ("1056", "Demand de-escalation of military engagement", -5.0, 3),
        ("106", "Demand meeting, negotiation", -5.0, 3),
        ("15", "Exhibit force posture", -7.2, 4),
        ("1823", "Kill by physical assault", -10.0, 4),
        ("190", "Use conventional military force", -10.0, 4),
        ("20", "Use unconventional mass violence", -10.0, 4),
        ("2042", "Detonate nuclear weapons", -10.0, 4),
    ],
)
def test_cameo_spot_values(
    onto: Ontology, code: str, name: str, goldstein: float, quad: int
) -> None:
    found = onto.cameo(code)
    assert (found.name, found.goldstein, found.quad_class) == (name, goldstein, quad)
    assert found.root == code[:2] and onto.has_code(code)


@pytest.mark.parametrize(
    ("code", "event", "mode", "context", "score"),
    [
        ("042", "CONSULT", "visit", "", 4.0),
        ("041", "CONSULT", "phone", "", 1.5),
        ("030", "AGREE", "", "diplomatic", 2.5),
        ("08", "CONCEDE", "", "", 4.5),
        ("0811", "CONCEDE", "", "pro_democracy", 4.5),
        ("084", "RETREAT", "", "", 6.5),
        ("0841", "RETREAT", "release", "legal", 6.5),
        ("0863", "RETREAT", "access", "human_security", 6.5),
        ("1121", "ACCUSE", "allege", "crime;corruption", -3.5),
        ("110", "ACCUSE", "disapprove", "", -2.0),
        ("1051", "REQUEST", "yield", "legal", -1.0),
        ("16", "SANCTION", "", "", -6.0),
        ("1661", "SANCTION", "expel", "military", -5.5),
        ("163", "COERCE", "restrict", "diplomatic", -7.0),
        ("172", "COERCE", "restrict", "executive", -7.0),
        ("1722", "COERCE", "restrict", "pro_autocracy", -7.0),
        ("1712", "ASSAULT", "destroy", "human_security", -8.5),
        ("175", "ASSAULT", "", "pro_autocracy;military", -9.0),
        ("186", "ASSAULT", "targeted", "", -9.5),
        ("2042", "ASSAULT", "unconventional", "cbrn", -10.0),
        ("01", "", "", "", None),
        ("0256", "REQUEST", "yield", "military", -1.0),
        ("026", "REQUEST", "meet", "diplomatic", 0.0),
    ],
)
def test_plover_spot_values(
    onto: Ontology, code: str, event: str, mode: str, context: str, score: float | None
) -> None:
    coding = onto.plover(code)
    assert coding == PloverCoding(event, mode, context, score)
    assert coding.contexts == tuple(context.split(";") if context else ())
    assert coding.dropped is (event == "")


@pytest.mark.parametrize(
    ("event", "quad", "score", "modes"),
    [
        ("AGREE", 1, 2.5, 0),
        ("CONSULT", 1, 2.5, 4),
        ("AID", 2, 10.0, 0),
        ("RETREAT", 2, 6.5, 6),
        ("ACCUSE", 3, -3.0, 3),
        ("REJECT", 3, -2.0, 4),
        ("PROTEST", 4, -5.0, 7),
        ("SANCTION", 4, -6.0, 4),
        ("COERCE", 4, -7.0, 10),
        ("ASSAULT", 4, -9.0, 15),
    ],
)
def test_plover_events(onto: Ontology, event: str, quad: int, score: float, modes: int) -> None:
    found = onto.plover_event(event)
    assert isinstance(found, PloverEvent)
    assert (found.quad_class, found.score, len(found.modes)) == (quad, score, modes)


def test_mode_scores(onto: Ontology) -> None:
    assert onto.plover_event("CONSULT").modes[0] == ("visit", 4.0)
    assert onto.plover_event("PROTEST").mode_score("vandalize") is None  # no score in the manual
    assert onto.plover_event("ACCUSE").mode_score("allege") == -3.5


# ---------------------------------------------------------------- hierarchy and unknown codes


@pytest.mark.parametrize(
    ("code", "parent"), [("1121", "112"), ("112", "11"), ("11", None), ("0874", "087")]
)
def test_parent(onto: Ontology, code: str, parent: str | None) -> None:
    assert onto.parent(code) == parent


@pytest.mark.parametrize(
    ("code", "children"),
    [
        ("04", ["040", "041", "042", "043", "044", "045", "046"]),
        ("112", ["1121", "1122", "1123", "1124", "1125"]),
        ("105", ["1051", "1052", "1053", "1054", "1055", "1056"]),
        ("10", ["100", "101", "102", "103", "104", "105", "106", "107", "108"]),
        ("1121", []),
    ],
)
def test_children(onto: Ontology, code: str, children: list[str]) -> None:
    found = onto.children(code)
    assert [c.code for c in found] == children
    assert all(isinstance(c, CameoCode) for c in found)


@pytest.mark.parametrize("code", ["42", "4", "00", "21", "999", "0421", "1214", "", " 042", "042 "])
@pytest.mark.parametrize("method", ["cameo", "plover", "children", "parent"])
def test_unknown_code_raises(onto: Ontology, code: str, method: str) -> None:
    assert not onto.has_code(code)
    with pytest.raises(UnknownCodeError, match=r"\[T102\]") as info:
        getattr(onto, method)(code)
    assert isinstance(info.value, KeyError) and isinstance(info.value, KnowledgeError)


@pytest.mark.parametrize("event", ["consult", "FIGHT", "", "YIELD"])
def test_unknown_event_raises(onto: Ontology, event: str) -> None:
    with pytest.raises(UnknownCodeError, match=r"\[T103\]"):
        onto.plover_event(event)


# ---------------------------------------------------------------- loading


def test_loaded_once() -> None:
    assert load_ontology() is load_ontology()


def test_nothing_is_loaded_at_import() -> None:
    code = "import tacitus.ontology as o; print(o.load_ontology.cache_info().currsize)"
    env = {"PYTHONPATH": str(REPO_ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0"


def _swap(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)

    return edit


@pytest.mark.parametrize(
    ("name", "edit", "expected"),
    [
        ("cameo.tsv", _swap("code\tname", "code\tlabel"), r"\[T101\] .*cameo.tsv:5: expected"),
        ("cameo.tsv", _swap("Make a visit\t1.9", "Make a visit\tx"), r"cameo.tsv:\d+: .*number"),
        ("cameo.tsv", _swap("Make a visit\t1.9\t", "Make a visit\t1.9 "), r"columns"),
        ("cameo.tsv", _swap("\n043\t", "\n042\t"), r"duplicate code '042'"),
        ("cameo.tsv", _swap("\n0811\t", "\n0891\t"), r"parent '089'"),
        ("plover_events.tsv", _swap("SANCTION\t4", "SANCTION\t5"), r"quad_class"),
        ("plover_modes.tsv", _swap("CONSULT\tvisit", "CONSUL\tvisit"), r"\[T104\].*CONSUL"),
        ("plover_contexts.tsv", _swap("\ncbrn\t", "\nwmd\t"), r"unknown context 'cbrn'"),
        ("cameo_plover.tsv", _swap("042\tCONSULT\tvisit", "042\tCONSULT\tvisits"), r"no mode"),
        ("cameo_plover.tsv", _swap("042\tCONSULT", "042\tMEET"), r"unknown PLOVER event 'MEET'"),
        ("cameo_plover.tsv", _swap("\n2042\t", "\n#2042\t"), r"\[T104\].*2042"),
        ("cameo_plover.tsv", _swap("\n01\t\t\t", "\n01\t\tvisit\t"), r"needs an event"),
    ],
)
def test_malformed_data_raises(
    tmp_path: Path, name: str, edit: Callable[[str], str], expected: str
) -> None:
    with resources.as_file(DATA) as source:
        shutil.copytree(source, tmp_path / "data")
    path = tmp_path / "data" / name
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    with pytest.raises(KnowledgeError, match=expected):
        read_ontology(tmp_path / "data")


def test_missing_file_raises(tmp_path: Path) -> None:
    with resources.as_file(DATA) as source:
        shutil.copytree(source, tmp_path / "data")
    (tmp_path / "data" / "plover_contexts.tsv").unlink()
    with pytest.raises(KnowledgeError, match=r"\[T104\] .*plover_contexts.tsv"):
        read_ontology(tmp_path / "data")


# ---------------------------------------------------------------- descriptions


def _grams(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z']+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_descriptions_are_present(onto: Ontology) -> None:
    texts = [c.description for c in onto.codes] + [e.description for e in onto.plover_events]
    texts += [r["description"] for r in _tsv("plover_modes.tsv") + _tsv("plover_contexts.tsv")]
    assert all(text.strip() and text.endswith(".") for text in texts)


@pytest.mark.shared
def test_cameo_matches_reference_facts_not_its_words(onto: Ontology) -> None:
    source = REFERENCE / "cameo-codes.csv"
    if not source.is_file():
        pytest.skip("../shared/reference/cameo-codes.csv absent")
    with source.open(encoding="latin-1", newline="") as handle:
        reference = {row["code"]: row for row in csv.DictReader(handle)}
    assert set(reference) == {c.code for c in onto.codes}
    for code in onto.codes:
        ref = reference[code.code]
        assert code.goldstein == float(ref["goldstein"]), code.code
        assert code.name.casefold() == ref["name"].strip().casefold(), code.code
        assert code.description.strip().casefold() != ref["description"].strip().casefold()
        theirs = " ".join(ref[k] for k in ("description", "usage_notes", "example"))
        assert not _grams(code.description) & _grams(theirs), code.code


@pytest.mark.shared
def test_plover_descriptions_are_not_the_manuals(onto: Ontology) -> None:
    source = REFERENCE / "PLOVER_MANUAL.tex"
    if not source.is_file():
        pytest.skip("../shared/reference/PLOVER_MANUAL.tex absent")
    manual = source.read_text(encoding="utf-8", errors="replace")
    texts = [e.description for e in onto.plover_events]
    texts += [r["description"] for r in _tsv("plover_modes.tsv") + _tsv("plover_contexts.tsv")]
    manual_grams = _grams(manual)
    for text in texts:
        assert text.rstrip(".").casefold() not in manual.casefold(), text
        assert not _grams(text) & manual_grams, text
