"""Score coded events against gold: precision, recall and F1 at several levels.

Levels (events compared as sets per record, micro-averaged):

* ``exact``   — (source, target, code)
* ``root``    — (source, target, two-digit root)
* ``country`` — (source country, target country, root): first three letters of each actor
* ``dyad``    — (source, target), ignoring the code
* ``code``    — the code alone

Actor codes are compared on their first two three-letter blocks (primary actor + one sector), as
Tacitus codes them; lower-case sub-codes and ``*`` wildcards in gold are dropped. For PLOVER gold
the "code" is the PLOVER event type (gold written in PLOVER 0.5 names is mapped to 0.8 names).
For gold without actors (code-only examples) only ``code`` and ``root`` on codes are scored, and
the *hit rates* say how often the gold code / root is among the predicted ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.evaluate.gold import GoldRecord
from tacitus.records import CodedArticle, Event

__all__ = ["LEVELS", "Counts", "ErrorCase", "EvalReport", "by_category", "norm_actor", "score"]

LEVELS = ("exact", "root", "country", "dyad", "code")
PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT", "YIELD": "CONCEDE"}


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[tuple[str, ...]], gold: set[tuple[str, ...]]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class ErrorCase:
    id: str
    category: str
    text: str
    gold: tuple[str, ...]
    predicted: tuple[str, ...]


@dataclass(slots=True)
class EvalReport:
    name: str
    records: int = 0
    scheme: str = "cameo"
    levels: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LEVELS})
    categories: dict[str, dict[str, Counts]] = field(default_factory=dict)
    root_hits: int = 0
    code_hits: int = 0
    code_only_records: int = 0
    no_event_records: int = 0
    no_event_clean: int = 0
    errors: list[ErrorCase] = field(default_factory=list)

    @property
    def root_hit_rate(self) -> float:
        return self.root_hits / self.code_only_records if self.code_only_records else 0.0

    @property
    def code_hit_rate(self) -> float:
        return self.code_hits / self.code_only_records if self.code_only_records else 0.0


def norm_actor(code: str | None) -> str:
    if not code:
        return ""
    kept = "".join(ch for ch in code if not ch.islower() and ch != "*")
    return kept[:6]


def _code_of(event: Event, scheme: str) -> str:
    return event.plover.event if scheme == "plover" else event.cameo.code


def _gold_code(code: str, scheme: str) -> str:
    return PLOVER_05.get(code, code) if scheme == "plover" else code


def _root(code: str, scheme: str) -> str:
    return code if scheme == "plover" else code[:2]


def _tuples(items: Iterable[tuple[str | None, str | None, str]], scheme: str
            ) -> dict[str, set[tuple[str, ...]]]:
    out: dict[str, set[tuple[str, ...]]] = {k: set() for k in LEVELS}
    for source, target, code in items:
        s, t = norm_actor(source), norm_actor(target)
        out["exact"].add((s, t, code))
        out["root"].add((s, t, _root(code, scheme)))
        out["country"].add((s[:3], t[:3], _root(code, scheme)))
        out["dyad"].add((s, t))
        out["code"].add((code,))
    return out


def score(name: str, pairs: Iterable[tuple[GoldRecord, CodedArticle]]) -> EvalReport:
    """Compare each gold record with the coder's output for it."""
    report = EvalReport(name)
    for gold, coded in pairs:
        scheme = gold.scheme
        report.scheme = scheme
        report.records += 1
        predicted = [(e.source.code, e.target.code, _code_of(e, scheme)) for e in coded.events
                     if e.plover.event or scheme == "cameo"]
        expected = [(g.source, g.target, _gold_code(g.code, scheme)) for g in gold.events]
        if gold.events and not gold.actors_given:
            _score_code_only(report, gold, predicted, expected, scheme)
            continue
        pred_sets, gold_sets = _tuples(predicted, scheme), _tuples(expected, scheme)
        category = report.categories.setdefault(gold.category or "-", {k: Counts()
                                                                        for k in LEVELS})
        for level in LEVELS:
            report.levels[level].add(pred_sets[level], gold_sets[level])
            category[level].add(pred_sets[level], gold_sets[level])
        if not gold.events:
            report.no_event_records += 1
            report.no_event_clean += not predicted
        if pred_sets["exact"] != gold_sets["exact"]:
            report.errors.append(_error(gold, pred_sets["exact"], gold_sets["exact"]))
    return report


def _score_code_only(report: EvalReport, gold: GoldRecord,
                     predicted: list[tuple[str | None, str | None, str]],
                     expected: list[tuple[str | None, str | None, str]], scheme: str) -> None:
    report.code_only_records += 1
    codes = {p[2] for p in predicted}
    roots = {_root(c, scheme) for c in codes}
    gold_codes = {e[2] for e in expected}
    report.code_hits += bool(codes & gold_codes)
    report.root_hits += bool(roots & {_root(c, scheme) for c in gold_codes})
    category = report.categories.setdefault(gold.category or "-", {k: Counts() for k in LEVELS})
    single: list[tuple[str, set[tuple[str, ...]], set[tuple[str, ...]]]] = [
        ("code", {(c,) for c in codes}, {(c,) for c in gold_codes}),
        ("root", {(r,) for r in roots}, {(_root(c, scheme),) for c in gold_codes}),
    ]
    for level, pred, exp in single:
        report.levels[level].add(pred, exp)
        category[level].add(pred, exp)
    if not codes & gold_codes:
        report.errors.append(_error(gold, {(p[0] or "", p[1] or "", p[2]) for p in predicted},
                                    {("", "", c) for c in gold_codes}))


def _error(gold: GoldRecord, predicted: set[tuple[str, ...]], expected: set[tuple[str, ...]]
           ) -> ErrorCase:
    def fmt(items: set[tuple[str, ...]]) -> tuple[str, ...]:
        return tuple(sorted(" ".join(x or "·" for x in item) for item in items))

    return ErrorCase(gold.id, gold.category, gold.text, fmt(expected), fmt(predicted))


def by_category(report: EvalReport) -> dict[str, dict[str, Counts]]:
    return dict(sorted(report.categories.items()))
