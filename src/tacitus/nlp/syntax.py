"""Repairs of parses the English model gets wrong in a regular way, shared by the actor
and event readers."""

from __future__ import annotations

from typing import Any

__all__ = ["split_pair"]


def split_pair(token: Any) -> bool:
    """A noun the parser hung, with a coordinated partner, in front of another noun: in "the
    Colombian government and ELN rebels", 'government' (with 'ELN') modifies 'rebels'; the
    phrase names two actors. A noun never modifies another while coordinated with a name."""
    return bool(token.pos_ == "NOUN" and token.dep_ in ("nmod", "compound")
                and token.head.pos_ == "NOUN" and token.head.i > token.i
                and any(c.dep_ == "cc" for c in token.children)
                and any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in token.children))
