"""Learning actors from the corpus.

When an article says "Nigerian police spokesman Frank Mba", the title tells who Mba is on that
date: NGACOP. :func:`learn_from` collects such facts from a coded field; a :class:`LearnedBook`
holds them (loaded from and saved to the store) and answers for later articles that only say
"Mba". Learned knowledge never overrides the curated knowledge base: it is consulted only for
names nothing else resolves, and only near the dates it was seen (roles change).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.actors.mentions import ActorIndex
from tacitus.actors.resolve import Resolution
from tacitus.records import LearnedActor

__all__ = ["LearnedBook", "learn_from"]

BEFORE = dt.timedelta(days=365)  # a learned role is trusted this long before it was first seen
AFTER = dt.timedelta(days=730)  # … and this long after it was last seen


def learn_from(index: ActorIndex, *, date: dt.date | None, article_id: str) -> list[LearnedActor]:
    """Named people whose country and role the mention's own words give."""
    facts: list[LearnedActor] = []
    for mention in index.mentions:
        res = mention.resolution
        if res is None or res.kind != "person" or not res.name or not res.code:
            continue
        if not res.how.startswith("words:") or res.code.startswith("---"):
            continue
        parts = res.name.split()
        if len(parts) < 2:
            continue  # a surname alone is too weak to teach anything
        facts.append(LearnedActor(
            name=res.name, alias=parts[-1], code=res.code, country=res.country,
            sector=res.sector, role=res.role, date=date, article_id=article_id,
            evidence=" ".join(mention.words),
        ))
    return facts


@dataclass(slots=True)
class _Seen:
    fact: LearnedActor
    first: dt.date | None
    last: dt.date | None
    count: int = 1


@dataclass(slots=True)
class LearnedBook:
    """Learned facts by full name and by surname."""

    _by_name: dict[str, dict[str, _Seen]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, facts: Iterable[LearnedActor]) -> None:
        for fact in facts:
            for key in {fact.name, fact.alias}:
                seen = self._by_name[key].get(fact.code)
                if seen is None:
                    self._by_name[key][fact.code] = _Seen(fact, fact.date, fact.date)
                    continue
                seen.count += 1
                if fact.date is not None:
                    seen.first = min(filter(None, (seen.first, fact.date)))
                    seen.last = max(filter(None, (seen.last, fact.date)))

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_name.values())

    def lookup(self, name: str, when: dt.date | None) -> Resolution | None:
        """The role most often seen for ``name`` around ``when``, if any."""
        candidates = [s for s in self._by_name.get(name, {}).values() if _near(s, when)]
        if not candidates:
            return None
        best = max(candidates, key=lambda s: (s.count, s.last or dt.date.min))
        fact = best.fact
        return Resolution(fact.code, fact.country, fact.sector, fact.name, "learned", 0.7,
                          "person", fact.role)


def _near(seen: _Seen, when: dt.date | None) -> bool:
    if when is None or seen.first is None or seen.last is None:
        return True
    return seen.first - BEFORE <= when <= seen.last + AFTER
