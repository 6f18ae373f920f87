"""What a reader knows of a story so far: the names resolved, the countries named and how
often, the story's focus; and the small facts about mentions every reference rule shares."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tacitus.actors.mentions import Mention
from tacitus.actors.places import Places
from tacitus.actors.resolve import UNKNOWN_COUNTRY, Resolution
from tacitus.nlp.syntax import past_report_conjunct
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = [
    "ABROAD", "ASSAULTING", "NOT_STATES", "SUBJECT_DEPS", "LearnedLookup", "SpeakerLookup", "Story",
    "actor_of", "names_a_country", "resolved_mention", "same_clause_argument",
]

SpeakerLookup = Callable[[int], Actor | None]
LearnedLookup = Callable[[str], Resolution | None]  # a person's name -> what was learned
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(slots=True)
class Story:
    """What the text before a mention has told: the names it resolved, the countries it named
    (as places or groups, and through people), and the mentions already read."""

    places: Places
    learned_lookup: LearnedLookup | None = None
    names: dict[str, Resolution] = field(default_factory=dict)
    done: list[Mention] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    people_countries: Counter[str] = field(default_factory=Counter)
    last_seen: dict[str, int] = field(default_factory=dict)
    genders: Mapping[str, str] = field(default_factory=dict)  # given name -> "m" / "f"
    story_focus: str | None = None  # for a headline: the country its story is about
    # the countries each sentence names, once per mention: for descriptions that nothing
    # before them places
    by_sentence: dict[int, list[str]] = field(default_factory=dict)
    # named plural mentions by their head's lemma: "EU foreign ministers" under "minister"
    plurals: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))

    def focus_country(self, *, besides: str | None = None) -> str | None:
        """The country the text is about so far: the one named most as a place or group (the
        countries of named people only when no other is named); ``besides`` one, if another
        has been named."""
        counts = self.countries or self.people_countries
        # a body of states ("the UN envoy") is no place a bare description belongs to
        states = [c for c in counts if c not in NOT_STATES]
        if besides is not None and len(states) > 1:
            states = [c for c in states if c != besides]
        if not states:
            return None
        # the country a story is filed from or about ("WARSAW, June 1 -"), once the text
        # names it, outweighs two more mentions of another: the envoy it summoned, the
        # neighbour's helicopters
        return max(states, key=lambda c: (counts[c] + (2 if c == self.story_focus else 0),
                                          c == self.story_focus, self.last_seen[c]))

    def later_focus(self, sentence: int) -> str | None:
        """The country the sentences after ``sentence`` are clearly about: named at least
        twice, and at least twice as often as any other."""
        counts: Counter[str] = Counter()
        for sent, names in self.by_sentence.items():
            if sent > sentence:
                counts.update(names)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]


NOT_STATES = frozenset({"IGO", "NGO", "MNC"})
# people named by a nationality because they are abroad: "police arrested two Chinese
# nationals" says nothing of whose police, nor of the country the story is about
ABROAD = frozenset({"national", "tourist", "migrant", "refugee", "visitor", "expatriate",
                    "expat", "traveller", "traveler", "holidaymaker", "backpacker"})


def actor_of(view: DocView, mention: Mention, res: Resolution, how: str | None = None,
             confidence: float | None = None) -> Actor:
    """The actor a mention stands for, read as ``res`` (``how`` and ``confidence`` as given)."""
    return Actor(
        code=res.code, country=res.country, sector=res.sector, name=res.name,
        span=view.span(mention.start, mention.end), how=how or res.how,
        confidence=res.confidence if confidence is None else confidence, role=res.role,
    )


def resolved_mention(owner: Any, ctx: Story) -> Mention | None:
    """The mention a possessive stands on, once resolved."""
    return next((m for m in reversed(ctx.done) if m.head == owner.i), None)


def names_a_country(res: Resolution) -> bool:
    """True when a resolution (before coreference) places its actor in a known state."""
    return not res.needs_country and bool(res.country) and len(res.country or "") == 3 and \
        res.country not in NOT_STATES and res.country != UNKNOWN_COUNTRY


def same_clause_argument(view: DocView, a: Mention, b: Mention) -> bool:
    """Two arguments of one verb cannot corefer ('Kerry met him'), nor the object of a
    participle and the subject it shares ('Police arrested them, accusing them of …')."""
    ta, tb = view.doc[a.head], view.doc[b.head]
    if ta.head.i == tb.head.i and ta.dep_ != tb.dep_ and tb.dep_ not in ("poss",):
        return True
    if tb.dep_ == "pobj" and ta.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        # "expelled diplomats from seven of them": the verb's own arguments are not "them"
        climb = tb.head
        while climb.pos_ not in ("VERB", "AUX") and climb.dep_ in ("prep", "pobj") and \
                climb.head.i != climb.i:
            climb = climb.head
        if climb.pos_ in ("VERB", "AUX") and ta.head.i == climb.i:
            return True
    if tb.dep_ == "poss" and tb.lower_ in ("its", "their") and ta.dep_ in ("nsubj", "agent") \
            and not any(c.lower_ == "own" for c in tb.head.children):
        # "Armenian forces opened fire on their positions": an attacker's target is someone
        # else's, unless the text says "their own"
        owned = tb.head
        climb = owned.head if owned.dep_ in ("dobj", "pobj") else None
        while climb is not None and climb.dep_ == "prep" and climb.head.i != climb.i:
            climb = climb.head
        if climb is not None and climb.lemma_.lower() in ASSAULTING and \
                any(c.i == ta.i for c in climb.children):
            return True
    if tb.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = tb.head.head if tb.dep_ == "pobj" else tb.head
    for _ in range(3):
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.head.i == verb.i or \
                verb.dep_ not in ("advcl", "xcomp", "conj"):
            break
        # "X said Castillo had been the victim … and offered him asylum": X offered
        verb = past_report_conjunct(verb) or verb.head
    return (any(c.i == ta.i and c.dep_ in SUBJECT_DEPS for c in verb.children)
            and verb.i != tb.head.i)


# verbs of attack, whose object is never the attacker's own
ASSAULTING = frozenset({"open", "fire", "attack", "shell", "strike", "bomb", "target", "raid",
                        "storm", "hit", "ambush", "overrun", "seize", "capture", "shoot"})
