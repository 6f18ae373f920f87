"""The event pattern dictionary: package data an analyst can read, extend and override.

A pattern line is ``code<TAB>pattern<TAB>flags`` (see the comment block at the top of
``tacitus/events/data/patterns.tsv`` for the language). This module parses lines into
:class:`Pattern` records and indexes them by their anchor lemma.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tacitus.actors.knowledge import read_table
from tacitus.errors import KnowledgeError, Msg

__all__ = ["Pattern", "PatternBook", "Wrapper", "load_patterns", "parse_pattern"]

FLAGS = frozenset({"sym", "pair", "rev", "weak", "thing"})
_OWN_ROOT = {"intent": "03", "appeal": "02", "demand": "10", "threaten": "13", "refuse": "12",
             "consider": "014", "deny": "01"}
WRAPPER_CLASSES = frozenset(
    {"intent", "appeal", "demand", "threaten", "refuse", "consider", "deny", "attempt", "accuse",
     "fail", "oppose"}
)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One parsed pattern line."""

    code: str
    anchor: str
    noun: bool
    modifiers: tuple[str, ...]  # compound words before a noun anchor ("air" in air_strike/n)
    obj: str | None  # required direct object lemma of a verb anchor (light verbs)
    obj_modifiers: tuple[str, ...]
    words: tuple[str, ...]  # particles / prepositions that must be present
    target: str | None  # "dobj", a preposition lemma, or None
    prep_objects: tuple[tuple[str, str], ...]  # (preposition, required noun): "with sanction/n"
    symmetric: bool
    reverse: bool
    weak: bool
    text: str
    paired: bool = False  # "A and B restored ties": members of a compound subject pair up
    # words required in front of each of those nouns: "go on hunger_strike/n" needs "hunger"
    prep_object_modifiers: tuple[tuple[str, ...], ...] = ()
    # a thing asked for, offered or refused ("asked Japan for loans"): an event only under a
    # wrapper verb, never on its own
    thing: bool = False
    # how many words the pattern asks for (the larger wins); set from the fields above
    size: int = field(init=False, default=0, compare=False)
    # words that must occur in a sentence (as spelt or as lemma) for the pattern to match
    # there: its object, particles and target preposition
    needs: frozenset[str] = field(init=False, default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        size = 1 + len(self.modifiers) + (1 + len(self.obj_modifiers) if self.obj else 0) + len(
            self.words) + (1 if self.target else 0) + len(self.prep_objects) + sum(
            len(m) for m in self.prep_object_modifiers)
        needs = {w for w in self.words if w != "that"}
        if self.obj is not None and self.obj != "money":  # any sum of money stands for it
            needs.add(self.obj)
        if self.target is not None and self.target != "dobj":
            needs.add(self.target)
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "needs", frozenset(needs))


@dataclass(frozen=True, slots=True)
class Wrapper:
    lemma: str  # may hold a particle: "call on"
    cls: str


@dataclass(frozen=True, slots=True)
class PatternBook:
    """Patterns indexed by anchor lemma (verbs and nouns apart), plus the wrapper tables."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    wrappers: dict[str, tuple[Wrapper, ...]]
    wrapper_codes: dict[str, dict[str, str]] = field(default_factory=dict)

    def wrap(self, cls: str, code: str) -> str:
        """The code of ``code`` embedded under a wrapper of class ``cls`` (longest prefix)."""
        table = self.wrapper_codes.get(cls, {})
        if code.startswith(_OWN_ROOT.get(cls, "--")):
            return code  # already the wrapper's kind: "will seek to express intent"
        for size in range(len(code), 1, -1):
            hit = table.get(code[:size])
            if hit:
                return hit
        return table.get("*", code)  # a class without a default ("attempt") keeps the code

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        return tuple(p for group in (*self.verbs.values(), *self.nouns.values()) for p in group)


def parse_pattern(code: str, text: str, flags: str, *, where: str = "pattern") -> Pattern:
    """Parse one pattern; raise :class:`KnowledgeError` saying what is wrong."""
    words = text.split()
    if not words:
        raise KnowledgeError(Msg.T101.format(path=where, line=0, detail="empty pattern"))
    flag_set = {f.strip() for f in flags.split(",") if f.strip()}
    if flag_set - FLAGS:
        detail = f"unknown flags {sorted(flag_set - FLAGS)}"
        raise KnowledgeError(Msg.T101.format(path=where, line=0, detail=detail))
    anchor_word, rest = words[0], words[1:]
    noun = anchor_word.endswith("/n")
    anchor_parts = anchor_word.removesuffix("/n").split("_")
    obj: str | None = None
    obj_modifiers: tuple[str, ...] = ()
    required: list[str] = []
    prep_objects: list[tuple[str, str]] = []
    prep_modifiers: list[tuple[str, ...]] = []
    target: str | None = None
    previous: str | None = None
    for word in rest:
        if word == "X":
            if target is not None:
                raise KnowledgeError(Msg.T101.format(path=where, line=0, detail="two X slots"))
            if previous is not None and previous in required and previous != obj:
                required.remove(previous)
                target = previous
            else:
                target = "dobj"
        elif word.endswith("/n") and previous is not None and previous in required and \
                previous != obj:
            # a noun required after a preposition: "threaten X with sanction/n"
            parts = word.removesuffix("/n").lower().split("_")
            prep_objects.append((previous, parts[-1]))
            prep_modifiers.append(tuple(parts[:-1]))
        elif word.endswith("/n") and not noun and obj is None:
            parts = word.removesuffix("/n").split("_")
            obj, obj_modifiers = parts[-1], tuple(parts[:-1])
            word = obj
        else:
            required.append(word.lower())
        previous = word if word != "X" else None
    return Pattern(
        code=code, anchor=anchor_parts[-1].lower(), noun=noun,
        modifiers=tuple(anchor_parts[:-1]), obj=obj, obj_modifiers=obj_modifiers,
        words=tuple(required), target=target, prep_objects=tuple(prep_objects),
        prep_object_modifiers=tuple(prep_modifiers),
        symmetric="sym" in flag_set,
        reverse="rev" in flag_set, weak="weak" in flag_set, text=text,
        paired="pair" in flag_set or "sym" in flag_set, thing="thing" in flag_set,
    )


def _read_patterns(text: str, name: str) -> list[Pattern]:
    patterns = []
    for number, cells in read_table(text, name, ("code", "pattern", "flags")):
        try:
            patterns.append(parse_pattern(cells[0], cells[1], cells[2], where=name))
        except KnowledgeError as exc:
            detail = str(exc).split(": ", 1)[-1]
            raise KnowledgeError(Msg.T101.format(path=name, line=number, detail=detail)) from exc
    return patterns


def _data(name: str) -> str:
    try:
        return resources.files("tacitus.events").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise KnowledgeError(Msg.T104.format(name=name, detail=exc)) from exc


def _index(patterns: Iterable[Pattern]) -> tuple[dict[str, tuple[Pattern, ...]], ...]:
    verbs: dict[str, list[Pattern]] = defaultdict(list)
    nouns: dict[str, list[Pattern]] = defaultdict(list)
    seen: dict[tuple[bool, str], int] = {}
    ordered: list[Pattern] = []
    for pattern in patterns:  # later files override earlier ones with the same pattern text
        key = (pattern.noun, pattern.text)
        if key in seen:
            ordered[seen[key]] = pattern
        else:
            seen[key] = len(ordered)
            ordered.append(pattern)
    for pattern in ordered:
        (nouns if pattern.noun else verbs)[pattern.anchor].append(pattern)
    # biggest first; on a tie a pattern with a required object beats a bare "verb X"
    by_size = {k: tuple(sorted(v, key=_order)) for k, v in verbs.items()}
    nouns_by_size = {k: tuple(sorted(v, key=_order)) for k, v in nouns.items()}
    return by_size, nouns_by_size


def _order(pattern: Pattern) -> tuple[int, bool]:
    return -pattern.size, pattern.obj is None


@functools.cache
def _bundled() -> tuple[tuple[Pattern, ...], tuple[Wrapper, ...], tuple[tuple[str, str, str], ...]]:
    patterns = tuple(_read_patterns(_data("patterns.tsv"), "patterns.tsv"))
    wrappers = []
    for number, cells in read_table(_data("wrappers.tsv"), "wrappers.tsv",
                                    ("lemma", "class", "note")):
        if cells[1] not in WRAPPER_CLASSES:
            detail = f"unknown wrapper class {cells[1]!r}"
            raise KnowledgeError(Msg.T101.format(path="wrappers.tsv", line=number, detail=detail))
        wrappers.append(Wrapper(cells[0].lower(), cells[1]))
    codes = tuple((c[0], c[1], c[2]) for _, c in read_table(
        _data("wrapper_codes.tsv"), "wrapper_codes.tsv", ("class", "root", "code")))
    return patterns, tuple(wrappers), codes


def load_patterns(extra: Sequence[Path] = ()) -> PatternBook:
    """The bundled pattern dictionary, plus (and overridden by) the ``extra`` files."""
    patterns, wrappers, codes = _bundled()
    more: list[Pattern] = []
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeError(Msg.T101.format(path=path, line=0, detail=exc)) from exc
        more += _read_patterns(text, str(path))
    verbs, nouns = _index((*patterns, *more))
    by_lemma: dict[str, list[Wrapper]] = defaultdict(list)
    for wrapper in wrappers:
        by_lemma[wrapper.lemma.split()[0]].append(wrapper)
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for cls, root, code in codes:
        table[cls][root] = code
    return PatternBook(
        verbs=verbs, nouns=nouns,
        wrappers={k: tuple(sorted(v, key=lambda w: -len(w.lemma))) for k, v in by_lemma.items()},
        wrapper_codes=dict(table),
    )
