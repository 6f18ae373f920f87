"""CAMEO and PLOVER as package data, with a small typed loader.

>>> from tacitus.ontology import load_ontology
>>> ontology = load_ontology()
>>> ontology.cameo("042").name
'Make a visit'
>>> ontology.plover("042").event, ontology.plover("042").mode
('CONSULT', 'visit')

The tables are read on the first call of :func:`load_ontology`, never at import time.
"""

from __future__ import annotations

from tacitus.ontology.loader import load_ontology, read_ontology
from tacitus.ontology.model import CameoCode, Ontology, PloverCoding, PloverEvent

__all__ = [
    "CameoCode",
    "Ontology",
    "PloverCoding",
    "PloverEvent",
    "load_ontology",
    "read_ontology",
]
