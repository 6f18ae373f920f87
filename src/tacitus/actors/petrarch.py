"""Read PETRARCH/TABARI-format actor and agent dictionaries, so users keep their own.

Actors::

    ISRAEL [ISR]
    +ISRAELI                       a synonym of the entry above
    VLADIMIR_PUTIN                 an entry whose codes follow on their own lines
        [RUSGOV 000507-080507]     dated: from - to (YYMMDD or YYYYMMDD)
        [RUSGOV >120507]           from that date on ('<' = until that date)

Agents::

    !PERSON! = MAN, MEN, WOMAN     a substitution set used inside phrases
    FOREIGN_MINISTER [~GOVFRM]     a sector word: '~' marks an agent; its first block is the sector
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]   explicit plural forms in braces

Underscores join words; matching ignores case. Comments start with '#'; '<!-- … -->' lines are
skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.actors.knowledge import Office, Organization, SectorTerm
from tacitus.errors import KnowledgeError, Msg

__all__ = ["read_actor_dictionary", "read_agent_dictionary"]

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATED = re.compile(r"^(?P<code>[^\s<>]*?)\s*(?:(?P<op>[<>])\s*(?P<one>\d{6,8})|"
                    r"(?P<from>\d{6,8})\s*-\s*(?P<to>\d{6,8}))?\s*$")


@dataclass(slots=True)
class _Entry:
    names: list[str]
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)


def _read(path: Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise KnowledgeError(Msg.T101.format(path=path, line=0, detail=exc)) from exc


def _clean(line: str) -> str:
    line = line.split("#", 1)[0]
    return line.rstrip()


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).lower()


def _date(text: str, path: Path, number: int) -> dt.date:
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        year = int(text[:2])
        return dt.date(2000 + year if year < 50 else 1900 + year, int(text[2:4]), int(text[4:6]))
    except ValueError as exc:
        raise KnowledgeError(Msg.T101.format(path=path, line=number, detail=exc)) from exc


def _code(block: str, path: Path, number: int) -> tuple[str, dt.date | None, dt.date | None]:
    found = _DATED.match(block.strip())
    if found is None:
        detail = f"cannot read the code block [{block}]"
        raise KnowledgeError(Msg.T101.format(path=path, line=number, detail=detail))
    code = found["code"]
    if found["op"] == "<":
        return code, None, _date(found["one"], path, number)
    if found["op"] == ">":
        return code, _date(found["one"], path, number), None
    if found["from"]:
        return code, _date(found["from"], path, number), _date(found["to"], path, number)
    return code, None, None


def _entries(path: Path) -> Iterator[_Entry]:
    current: _Entry | None = None
    for number, raw in enumerate(_read(path), start=1):
        if raw.lstrip().startswith("<!") or raw.lstrip().startswith("#"):
            continue
        line = _clean(raw)
        if not line.strip():
            continue
        blocks = _CODE_BLOCK.findall(line)
        head = _CODE_BLOCK.sub("", line).strip()
        if line[0].isspace() and not head and blocks and current is not None:
            current.codes += [_code(b, path, number) for b in blocks]
            continue
        if head.startswith("+") and current is not None:
            current.names.append(head[1:].strip())
            current.codes += [_code(b, path, number) for b in blocks]
            continue
        if current is not None:
            yield current
        current = _Entry([head]) if head else None
        if current is not None:
            current.codes += [_code(b, path, number) for b in blocks]
    if current is not None:
        yield current


def read_actor_dictionary(path: Path) -> tuple[list[Organization], list[Office]]:
    """Actor entries become dictionary organisations (dated where the file dates them)."""
    orgs: list[Organization] = []
    for entry in _entries(path):
        names = [_phrase(n) for n in entry.names if n and not n.startswith("{")]
        names = [n for n in names if n]
        if not names or not entry.codes:
            continue
        for code, start, end in entry.codes:
            code = code.strip().upper()
            if not code or code.startswith("~"):
                continue
            orgs.append(Organization(code, names[0], tuple(names[1:]), "dictionary", start, end))
    return orgs, []


def read_agent_dictionary(path: Path) -> list[SectorTerm]:
    """Agent entries become sector words; ``!SET!`` substitutions are expanded."""
    sets: dict[str, list[str]] = {}
    terms: list[SectorTerm] = []
    for number, raw in enumerate(_read(path), start=1):
        line = _clean(raw).strip()
        if not line or line.startswith("<!"):
            continue
        if re.match(r"^!\w+!\s*=", line):
            name, values = line.split("=", 1)
            sets[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        blocks = _CODE_BLOCK.findall(line)
        if not blocks:
            continue
        code = blocks[-1].strip().lstrip("~").upper()
        if len(code) < 3:
            detail = f"agent code {blocks[-1]!r} is too short"
            raise KnowledgeError(Msg.T101.format(path=path, line=number, detail=detail))
        head = _CODE_BLOCK.sub("", line)
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        for phrase in [head, *(p for group in plurals for p in group.split(",") if p.strip())]:
            for expanded in _expand(phrase.strip(), sets):
                terms.append(SectorTerm(_phrase(expanded), code[:3], "person", "any"))
    return terms


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!\w+!", phrase)
    if found is None:
        return [phrase]
    values = sets.get(found.group(0), [""])
    out: list[str] = []
    for value in values:  # substitution is literal: CONGRESS!PERSON! -> CONGRESSMAN
        out += _expand(phrase[: found.start()] + value + phrase[found.end():], sets)
    return out
