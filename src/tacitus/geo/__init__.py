"""Places: an offline gazetteer (GeoNames extract, package data) plus the knowledge base's
countries and capitals, answering "which country is this place in, and where is it?"."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from tacitus.actors.knowledge import read_table
from tacitus.actors.lexicon import Lexicon
from tacitus.errors import KnowledgeError, Msg

__all__ = ["Gazetteer", "Place", "fips_codes", "load_places"]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None


@functools.cache
def load_places() -> dict[str, Place]:
    """The bundled gazetteer: place name → Place (the most populous of that name)."""
    text = _data("places.tsv")
    places: dict[str, Place] = {}
    header = ("name", "country", "lat", "lon", "population")
    for number, cells in read_table(text, "places.tsv", header):
        try:
            places[cells[0]] = Place(cells[0], cells[1], float(cells[2]), float(cells[3]))
        except ValueError as exc:
            raise KnowledgeError(Msg.T101.format(path="places.tsv", line=number,
                                                 detail=exc)) from exc
    return places


@functools.cache
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 → FIPS 10-4 country code (the code GDELT uses for places)."""
    rows = read_table(_data("fips.tsv"), "fips.tsv", ("iso3", "fips"))
    return {cells[0]: cells[1] for _, cells in rows}


def _data(name: str) -> str:
    try:
        return resources.files("tacitus.geo").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise KnowledgeError(Msg.T104.format(name=name, detail=exc)) from exc


class Gazetteer:
    """Place names → :class:`Place`, from the knowledge base first, then the gazetteer."""

    def __init__(self, lexicon: Lexicon, places: dict[str, Place] | None = None) -> None:
        self._lexicon = lexicon
        self._places = load_places() if places is None else places

    def lookup(self, words: Sequence[str]) -> Place | None:
        name = " ".join(words)
        place = self._places.get(name)
        for entry in self._lexicon.lookup_name(list(words)):
            if entry.kind in ("country", "capital", "seat", "adjective"):
                country = entry.code[:3]
                if place is not None and place.country == country:
                    return place
                return Place(name, country)
        return place
