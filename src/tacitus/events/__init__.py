"""Events: who did what to whom, coded in CAMEO and PLOVER from the dependency parse."""

from tacitus.events.coder import EventContext, code_events
from tacitus.events.dates import resolve_date_words
from tacitus.events.patterns import Pattern, PatternBook, load_patterns, parse_pattern
from tacitus.geo import Gazetteer

__all__ = [
    "EventContext",
    "Gazetteer",
    "Pattern",
    "PatternBook",
    "code_events",
    "load_patterns",
    "parse_pattern",
    "resolve_date_words",
]
