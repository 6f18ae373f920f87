"""Actors: who is who on the article's date.

:func:`resolve_actors` finds the actor mentions of a parsed field, resolves them against the
knowledge base (countries, seats of government, organisations, sector words, people with dated
offices) and then against the text itself (short names, pronouns, descriptions).
"""

from __future__ import annotations

import datetime as dt

from tacitus.actors.coref import SpeakerLookup, resolve_references
from tacitus.actors.knowledge import KnowledgeBase, load_knowledge
from tacitus.actors.lexicon import Lexicon
from tacitus.actors.mentions import ActorIndex, Mention, find_mentions
from tacitus.actors.places import PlaceLookup
from tacitus.nlp.view import DocView

__all__ = [
    "ActorIndex",
    "KnowledgeBase",
    "Lexicon",
    "Mention",
    "PlaceLookup",
    "load_knowledge",
    "resolve_actors",
]


def resolve_actors(
    view: DocView,
    lexicon: Lexicon,
    when: dt.date | None,
    *,
    speaker_at: SpeakerLookup | None = None,
    place_lookup: PlaceLookup | None = None,
) -> ActorIndex:
    """Every actor mention of ``view``, resolved on date ``when``."""
    mentions = find_mentions(view, lexicon, when)
    return resolve_references(view, mentions, speaker_at=speaker_at, place_lookup=place_lookup)
