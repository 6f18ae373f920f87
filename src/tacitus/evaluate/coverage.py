"""Actor coverage: are the gold actors among the actors Tacitus resolved in the sentence?

For every gold event's source and target, the gold actor counts as *found* when a resolved
actor of the same record has the same country (first three letters) — or, at the ``code``
level, the same code on the first two blocks. This measures actor resolution apart from
event coding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.evaluate.gold import GoldRecord
from tacitus.evaluate.score import norm_actor
from tacitus.records import CodedArticle

__all__ = ["Coverage", "actor_coverage"]


@dataclass(slots=True)
class Coverage:
    name: str
    actors: int = 0
    country_found: int = 0
    code_found: int = 0
    missed: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def country_rate(self) -> float:
        return self.country_found / self.actors if self.actors else 0.0

    @property
    def code_rate(self) -> float:
        return self.code_found / self.actors if self.actors else 0.0


def actor_coverage(name: str, pairs: Iterable[tuple[GoldRecord, CodedArticle]]) -> Coverage:
    report = Coverage(name)
    for gold, coded in pairs:
        codes = {norm_actor(a.code) for a in coded.actors if a.code}
        codes |= {norm_actor(a.code) for e in coded.events for a in (e.source, e.target)
                  if a.code}
        countries = {c[:3] for c in codes}
        wanted = {norm_actor(x) for e in gold.events for x in (e.source, e.target) if x}
        for actor in sorted(wanted):
            report.actors += 1
            report.code_found += actor in codes
            if actor[:3] in countries:
                report.country_found += 1
            else:
                report.missed.append((gold.id, actor, tuple(sorted(codes))))
    return report
