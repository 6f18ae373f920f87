"""The ontology's value types and the :class:`Ontology` lookup object.

Nothing here reads files: :mod:`tacitus.ontology.loader` builds an :class:`Ontology` from the
package data and checks it on the way in, so the lookups below can trust their tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tacitus.errors import Msg, UnknownCodeError

__all__ = [
    "CONTEXT_SEPARATOR",
    "CameoCode",
    "Ontology",
    "PloverCoding",
    "PloverEvent",
    "quad_class_of_root",
]

#: Joins several PLOVER contexts in :attr:`PloverCoding.context` (``"crime;corruption"``).
CONTEXT_SEPARATOR = ";"


def quad_class_of_root(root: str) -> int:
    """GDELT's quad class of a two-digit CAMEO root.

    Roots 01-05 are verbal cooperation (1), 06-09 material cooperation (2), 10-14 verbal
    conflict (3) and 15-20 material conflict (4).

    Raises:
        UnknownCodeError: ``root`` is not one of "01".."20".
    """
    if len(root) != 2 or not root.isdigit() or not 1 <= int(root) <= 20:
        raise UnknownCodeError(Msg.T102.format(code=root))
    number = int(root)
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    if number <= 14:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code, e.g. ``CameoCode("042", "Make a visit", "04", 1, 1.9, ...)``."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    description: str


@dataclass(frozen=True, slots=True)
class PloverCoding:
    """The PLOVER equivalent of one CAMEO code.

    ``event`` is empty for the CAMEO 01 (statements) and 02 (appeals) families, which PLOVER
    drops; ``mode`` and ``context`` are empty when the crosswalk gives none. ``context`` may hold
    several contexts joined with ``";"``; :attr:`contexts` splits them. ``score`` is the mode's
    score when the mode has one, else the event's score, and ``None`` for a dropped code.
    """

    event: str
    mode: str
    context: str
    score: float | None

    @property
    def contexts(self) -> tuple[str, ...]:
        """The contexts as a tuple (empty when there are none)."""
        return tuple(part for part in self.context.split(CONTEXT_SEPARATOR) if part)

    @property
    def dropped(self) -> bool:
        """True when the CAMEO code has no PLOVER equivalent."""
        return not self.event


@dataclass(frozen=True, slots=True)
class PloverEvent:
    """One of the 16 PLOVER event types with its modes as ``(mode, score)`` pairs."""

    event: str
    quad_class: int
    score: float | None
    description: str
    modes: tuple[tuple[str, float | None], ...]

    def mode_score(self, mode: str) -> float | None:
        """The score of ``mode``; ``None`` when it has none or is not one of this event's modes."""
        for name, score in self.modes:
            if name == mode:
                return score
        return None

    @property
    def mode_names(self) -> tuple[str, ...]:
        """The names of the modes, in manual order."""
        return tuple(name for name, _ in self.modes)


class Ontology:
    """CAMEO codes, PLOVER events and contexts, and the CAMEO to PLOVER crosswalk.

    Build one with :func:`tacitus.ontology.load_ontology`; codes are exact strings with
    leading zeros (``"042"``, not ``"42"``), and nothing is guessed.
    """

    __slots__ = (
        "_by_code",
        "_children",
        "_codes",
        "_contexts",
        "_crosswalk",
        "_events",
        "_events_by_name",
    )

    def __init__(
        self,
        codes: Iterable[CameoCode],
        events: Iterable[PloverEvent],
        contexts: Iterable[str],
        crosswalk: Mapping[str, PloverCoding],
    ) -> None:
        self._codes = tuple(codes)
        self._events = tuple(events)
        self._contexts = tuple(contexts)
        self._crosswalk = dict(crosswalk)
        self._by_code = {item.code: item for item in self._codes}
        self._events_by_name = {item.event: item for item in self._events}
        children: dict[str, list[CameoCode]] = {item.code: [] for item in self._codes}
        for item in self._codes:
            parent = _parent_code(item.code)
            if parent is not None and parent in children:
                children[parent].append(item)
        self._children = {code: tuple(kids) for code, kids in children.items()}

    def __repr__(self) -> str:
        return (
            f"<Ontology: {len(self._codes)} CAMEO codes, {len(self._events)} PLOVER events, "
            f"{len(self._contexts)} contexts>"
        )

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code ``code`` (exact string, e.g. ``"04"`` or ``"0874"``).

        Raises:
            UnknownCodeError: the code is not in the table.
        """
        found = self._by_code.get(code)
        if found is None:
            raise UnknownCodeError(Msg.T102.format(code=code))
        return found

    def has_code(self, code: str) -> bool:
        """Whether ``code`` is a CAMEO code of the table."""
        return code in self._by_code

    def plover(self, code: str) -> PloverCoding:
        """The PLOVER coding of the CAMEO code ``code``.

        Raises:
            UnknownCodeError: the code is not in the table.
        """
        found = self._crosswalk.get(code)
        if found is None:
            raise UnknownCodeError(Msg.T102.format(code=code))
        return found

    def plover_event(self, event: str) -> PloverEvent:
        """The PLOVER event type ``event`` (upper case, e.g. ``"CONSULT"``).

        Raises:
            UnknownCodeError: no such event type.
        """
        found = self._events_by_name.get(event)
        if found is None:
            raise UnknownCodeError(Msg.T103.format(event=event))
        return found

    def children(self, code: str) -> tuple[CameoCode, ...]:
        """The direct sub-codes of ``code``: ``"04"`` gives 040..046, ``"112"`` 1121..1125.

        Raises:
            UnknownCodeError: the code is not in the table.
        """
        self.cameo(code)
        return self._children[code]

    def parent(self, code: str) -> str | None:
        """The code one level up: ``"1121"`` gives ``"112"``, ``"112"`` ``"11"``, ``"11"`` None.

        Raises:
            UnknownCodeError: the code is not in the table.
        """
        self.cameo(code)
        return _parent_code(code)

    @property
    def codes(self) -> tuple[CameoCode, ...]:
        """Every CAMEO code, in file order (the 20 roots first)."""
        return self._codes

    @property
    def plover_events(self) -> tuple[PloverEvent, ...]:
        """The 16 PLOVER event types, in manual order."""
        return self._events

    @property
    def plover_contexts(self) -> tuple[str, ...]:
        """The names of the 37 PLOVER contexts, in manual order."""
        return self._contexts


def _parent_code(code: str) -> str | None:
    """``"1121"`` -> ``"112"``, ``"112"`` -> ``"11"``, a root -> None."""
    return code[:-1] if len(code) > 2 else None
