"""Syntax the actor and event readers share: words for someone in a relation to another,
and repairs of parses the English model gets wrong in a regular way."""

from __future__ import annotations

from typing import Any

__all__ = ["RELATION_NOUNS", "split_pair"]


# nouns for someone standing in a relation to the possessor, who is someone else: "Russia's
# closest ally", "an ally of Israel", "Putin's counterpart"
RELATION_NOUNS = frozenset({
    "ally", "partner", "rival", "enemy", "foe", "neighbour", "neighbor", "proxy", "adversary",
    "opponent", "critic", "friend", "backer", "client", "patron", "counterpart", "successor",
    "predecessor", "challenger", "nemesis", "archrival", "arch-rival", "supporter", "follower",
    # family and counsel: "the deposed president's son" is not the president
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child",
    "nephew", "niece", "cousin", "widow", "relative", "family", "lawyer", "attorney"})


def split_pair(token: Any) -> bool:
    """A noun the parser hung, with a coordinated partner, in front of another noun: in "the
    Colombian government and ELN rebels", 'government' (with 'ELN') modifies 'rebels'; the
    phrase names two actors. A noun never modifies another while coordinated with a name."""
    return bool(token.pos_ == "NOUN" and token.dep_ in ("nmod", "compound")
                and token.head.pos_ == "NOUN" and token.head.i > token.i
                and any(c.dep_ == "cc" for c in token.children)
                and any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in token.children))
