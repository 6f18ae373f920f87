"""Read the ontology's tab-separated package data and check it.

The five files live in ``tacitus/ontology/data``: ``cameo.tsv``, ``plover_events.tsv``,
``plover_modes.tsv``, ``plover_contexts.tsv`` and ``cameo_plover.tsv``. Lines starting with
``#`` are comments, the first other line is the header, and every cell is stripped. A file
that cannot be read raises :class:`~tacitus.errors.KnowledgeError` with ``T104``; a bad line
raises it with ``T101`` and the line number.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from importlib import resources
from importlib.resources.abc import Traversable

from tacitus.errors import KnowledgeError, Msg
from tacitus.ontology.model import (
    CONTEXT_SEPARATOR,
    CameoCode,
    Ontology,
    PloverCoding,
    PloverEvent,
    quad_class_of_root,
)

__all__ = ["load_ontology", "read_ontology"]

CAMEO_FILE = "cameo.tsv"
EVENTS_FILE = "plover_events.tsv"
MODES_FILE = "plover_modes.tsv"
CONTEXTS_FILE = "plover_contexts.tsv"
CROSSWALK_FILE = "cameo_plover.tsv"

_CODE = re.compile(r"\d{2,4}")
_EVENT = re.compile(r"[A-Z]+")
_NAME = re.compile(r"[a-z][a-z_-]*")

Row = tuple[int, list[str]]


@functools.cache
def load_ontology() -> Ontology:
    """The ontology from the package data, read once and then shared."""
    return read_ontology(resources.files("tacitus.ontology").joinpath("data"))


def read_ontology(directory: Traversable) -> Ontology:
    """Read and check the five ontology files in ``directory`` (no caching)."""
    reader = _Reader(directory)
    codes = reader.cameo()
    modes = reader.modes()
    events = reader.events(modes)
    contexts = reader.contexts()
    crosswalk = reader.crosswalk(codes, events, contexts)
    return Ontology(codes, events, contexts, crosswalk)


class _Reader:
    """Reads one directory; each method returns one checked table."""

    def __init__(self, directory: Traversable) -> None:
        self.directory = directory
        self.path = ""

    def fail(self, line: int, detail: str) -> KnowledgeError:
        return KnowledgeError(Msg.T101.format(path=self.path, line=line, detail=detail))

    def rows(self, name: str, header: tuple[str, ...]) -> list[Row]:
        """The data rows of ``name`` as ``(line number, cells)``, header checked."""
        source = self.directory.joinpath(name)
        self.path = str(source)
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(Msg.T104.format(name=name, detail=exc)) from exc
        rows: list[Row] = []
        seen_header = False
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                cells = [cell.strip() for cell in _split(line)]
            except csv.Error as exc:
                raise self.fail(number, str(exc)) from exc
            if not seen_header:
                if tuple(cells) != header:
                    raise self.fail(number, f"expected the header {'|'.join(header)}")
                seen_header = True
            elif len(cells) != len(header):
                raise self.fail(number, f"expected {len(header)} columns, found {len(cells)}")
            else:
                rows.append((number, cells))
        if not seen_header:
            raise KnowledgeError(Msg.T104.format(name=name, detail="no header line"))
        return rows

    def optional_number(self, line: int, text: str, what: str) -> float | None:
        return self.number(line, text, what) if text else None

    def number(self, line: int, text: str, what: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise self.fail(line, f"{what} {text!r} is not a number") from None
        if not math.isfinite(value) or not -10.0 <= value <= 10.0:
            raise self.fail(line, f"{what} {text!r} is outside -10..10")
        return value

    def unique(self, line: int, key: str, seen: set[str], what: str) -> None:
        if key in seen:
            raise self.fail(line, f"duplicate {what} {key!r}")
        seen.add(key)

    def cameo(self) -> list[CameoCode]:
        codes: list[CameoCode] = []
        seen: set[str] = set()
        lines: dict[str, int] = {}
        for line, (code, name, goldstein, description) in self.rows(
            CAMEO_FILE, ("code", "name", "goldstein", "description")
        ):
            if not _CODE.fullmatch(code) or not 1 <= int(code[:2]) <= 20:
                raise self.fail(line, f"{code!r} is not a CAMEO code")
            self.unique(line, code, seen, "code")
            lines[code] = line
            _require(self, line, name=name, description=description)
            score = self.number(line, goldstein, "goldstein")
            codes.append(
                CameoCode(code, name, code[:2], quad_class_of_root(code[:2]), score, description)
            )
        for code, line in lines.items():
            if len(code) > 2 and code[:-1] not in seen:
                raise self.fail(line, f"the parent {code[:-1]!r} of {code!r} is missing")
        return codes

    def modes(self) -> dict[str, list[tuple[str, float | None]]]:
        modes: dict[str, list[tuple[str, float | None]]] = {}
        seen: set[str] = set()
        for line, (event, mode, score, description) in self.rows(
            MODES_FILE, ("event", "mode", "score", "description")
        ):
            _check(self, line, _EVENT, event, "event")
            _check(self, line, _NAME, mode, "mode")
            self.unique(line, f"{event} {mode}", seen, "mode")
            _require(self, line, description=description)
            value = self.optional_number(line, score, "score")
            modes.setdefault(event, []).append((mode, value))
        return modes

    def events(self, modes: dict[str, list[tuple[str, float | None]]]) -> list[PloverEvent]:
        events: list[PloverEvent] = []
        seen: set[str] = set()
        for line, (event, quad, score, description) in self.rows(
            EVENTS_FILE, ("event", "quad_class", "score", "description")
        ):
            _check(self, line, _EVENT, event, "event")
            self.unique(line, event, seen, "event")
            if quad not in {"1", "2", "3", "4"}:
                raise self.fail(line, f"quad_class {quad!r} is not 1, 2, 3 or 4")
            _require(self, line, description=description)
            value = self.optional_number(line, score, "score")
            events.append(
                PloverEvent(event, int(quad), value, description, tuple(modes.get(event, ())))
            )
        stray = sorted(set(modes) - seen)
        if stray:
            detail = f"modes for undefined events: {', '.join(stray)}"
            raise KnowledgeError(Msg.T104.format(name=MODES_FILE, detail=detail))
        return events

    def contexts(self) -> list[str]:
        contexts: list[str] = []
        seen: set[str] = set()
        for line, (context, description) in self.rows(CONTEXTS_FILE, ("context", "description")):
            _check(self, line, _NAME, context, "context")
            self.unique(line, context, seen, "context")
            _require(self, line, description=description)
            contexts.append(context)
        return contexts

    def crosswalk(
        self, codes: list[CameoCode], events: list[PloverEvent], contexts: list[str]
    ) -> dict[str, PloverCoding]:
        known_codes = {item.code for item in codes}
        by_event = {item.event: item for item in events}
        known_contexts = set(contexts)
        result: dict[str, PloverCoding] = {}
        seen: set[str] = set()
        for line, (code, event, mode, context) in self.rows(
            CROSSWALK_FILE, ("cameo", "event", "mode", "context")
        ):
            if code not in known_codes:
                raise self.fail(line, f"{code!r} is not a code of {CAMEO_FILE}")
            self.unique(line, code, seen, "code")
            parts = context.split(CONTEXT_SEPARATOR) if context else []
            for part in parts:
                if part not in known_contexts:
                    raise self.fail(line, f"unknown context {part!r}")
            if not event:
                if mode or context:
                    raise self.fail(line, "a mode or context needs an event")
                result[code] = PloverCoding("", "", "", None)
                continue
            definition = by_event.get(event)
            if definition is None:
                raise self.fail(line, f"unknown PLOVER event {event!r}")
            score = definition.score
            if mode:
                if mode not in definition.mode_names:
                    raise self.fail(line, f"{event} has no mode {mode!r}")
                mode_score = definition.mode_score(mode)
                score = mode_score if mode_score is not None else score
            result[code] = PloverCoding(event, mode, CONTEXT_SEPARATOR.join(parts), score)
        missing = [item.code for item in codes if item.code not in result]
        if missing:
            detail = f"no row for the CAMEO code(s) {', '.join(missing)}"
            raise KnowledgeError(Msg.T104.format(name=CROSSWALK_FILE, detail=detail))
        return {item.code: result[item.code] for item in codes}


def _split(line: str) -> list[str]:
    """The tab-separated cells of one line (no quoting: quotes are ordinary characters)."""
    return next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE, strict=True))


def _check(reader: _Reader, line: int, pattern: re.Pattern[str], value: str, what: str) -> None:
    if not pattern.fullmatch(value):
        raise reader.fail(line, f"{what} {value!r} is malformed")


def _require(reader: _Reader, line: int, **cells: str) -> None:
    for column, value in cells.items():
        if not value:
            raise reader.fail(line, f"the {column} is empty")
