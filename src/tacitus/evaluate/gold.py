"""Gold-standard readers: Tacitus JSONL, PETRARCH validation XML, PLOVER records.

Every reader yields :class:`GoldRecord` — a sentence or article with its date and the set of
events a careful coder expects (``source``, ``target``, ``code``; actors may be ``None`` when
the gold gives only a code).
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.documents import parse_date
from tacitus.errors import GoldFormatError, InputError, Msg

__all__ = ["GoldEvent", "GoldRecord", "read_gold"]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str | None
    target: str | None
    code: str


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    category: str
    events: tuple[GoldEvent, ...]
    expect_no_event: bool = False
    scheme: str = "cameo"  # cameo | plover

    @property
    def actors_given(self) -> bool:
        return any(e.source is not None for e in self.events)


def read_gold(path: Path) -> Iterator[GoldRecord]:
    """Read a gold file; the format comes from the suffix (.jsonl/.json or .xml)."""
    path = Path(path)
    if not path.is_file():
        raise GoldFormatError(Msg.T401.format(path=path, line=0, detail="no such file"))
    if path.suffix.lower() == ".xml":
        yield from _read_xml(path)
    else:
        yield from _read_jsonl(path)


def _read_jsonl(path: Path) -> Iterator[GoldRecord]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(Msg.T401.format(path=path, line=number, detail=exc)) from exc
            record = _from_json(raw, path, number)
            if record is not None:
                yield record


def _from_json(raw: dict[str, Any], path: Path, number: int) -> GoldRecord | None:
    if raw.get("evaluate") is False or raw.get("has_gold") is False or raw.get("expect_error"):
        return None
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(Msg.T401.format(path=path, line=number, detail="no text"))
    events = tuple(
        GoldEvent(_actor(e.get("source")), _actor(e.get("target")), str(e["code"]))
        for e in raw.get("events") or () if e.get("code")
    )
    scheme = "plover" if "PLOVER" in str(raw.get("code_scheme", "")) or any(
        e.code.isalpha() for e in events) else "cameo"
    try:
        date = parse_date(raw.get("date"))
    except InputError as exc:
        raise GoldFormatError(Msg.T401.format(path=path, line=number, detail=exc)) from exc
    return GoldRecord(
        id=str(raw.get("id", number)), text=text, date=date,
        category=str(raw.get("category") or ""), events=events,
        expect_no_event=bool(raw.get("expect_no_event")) or not events, scheme=scheme,
    )


def _actor(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _read_xml(path: Path) -> Iterator[GoldRecord]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldFormatError(Msg.T401.format(path=path, line=exc.position[0],
                                              detail=exc)) from exc
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        text = " ".join((text_node.text or "").split()) if text_node is not None else ""
        if not text:
            continue
        events: list[GoldEvent] = []
        no_events = False
        for coding in sentence.findall("EventCoding"):
            if coding.get("noevents", "").lower() == "true":
                no_events = True
                continue
            code = coding.get("eventcode")
            if code:
                events.append(GoldEvent(coding.get("sourcecode"), coding.get("targetcode"), code))
        raw_date = (sentence.get("date") or "").strip()
        try:
            date = parse_date(raw_date) if raw_date else None
        except InputError as exc:
            raise GoldFormatError(Msg.T401.format(path=path, line=0, detail=exc)) from exc
        yield GoldRecord(
            id=sentence.get("id", ""), text=text, date=date,
            category=sentence.get("category", ""), events=tuple(events),
            expect_no_event=no_events or not events,
        )
