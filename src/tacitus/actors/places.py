"""Where a mention is, or comes from: the countries of the place words around it.

* a place attached to the mention ("police in Lagos", "the regime in Damascus");
* the place people come from ("the dissidents from Egypt"), which says whose they are;
* the places named in the mention's sentence, the nearest first.

A place word is a country or capital the text resolved, a user dictionary's country-like
actor, or a name the gazetteer knows ("Zamfara State").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tacitus.actors.mentions import Mention
from tacitus.nlp.syntax import REPORTING_VERBS
from tacitus.nlp.view import DocView

__all__ = ["PLACE_PREPS", "PlaceLookup", "Places", "venue"]

PlaceLookup = Callable[[Sequence[str]], str | None]  # place name words -> country code
PLACE_PREPS = frozenset({"in", "inside", "at", "across", "throughout", "near", "through",
                         "around"})
# verbs that move people from a place or keep them from it: "withdrew its troops from Lebanon"
# says where the troops were, not whose they are
_MOVING = frozenset({
    "withdraw", "pull", "remove", "evacuate", "expel", "recall", "bring", "move", "transfer",
    "redeploy", "rescue", "extract", "deport", "repatriate", "return", "release", "free",
    "evict", "oust", "drive", "chase", "airlift", "fly", "send", "deploy", "kick", "ban",
    "bar", "exclude", "exile", "banish", "extradite", "smuggle", "protect", "shield", "save",
})


@dataclass(frozen=True, slots=True)
class Places:
    """The place words of one field; ``by_head`` maps a head token to its mention."""

    view: DocView
    by_head: Mapping[int, Mention]
    lookup: PlaceLookup | None

    def attached(self, mention: Mention, *, towns: bool = True) -> str | None:
        """A place that modifies the mention itself: 'police in Lagos'. Without ``towns``,
        only a country or region counts ("the warring parties in Darfur", but not "in
        Geneva", where talks are held)."""
        return self._nearest(mention, attached_only=True, preps=PLACE_PREPS, towns=towns,
                             venues=False)

    def in_sentence(self, mention: Mention, *, towns: bool = True, venues: bool = False
                    ) -> str | None:
        """A country named as a place in the mention's own sentence, the nearest first; a
        place where sides meet (:func:`venue`) only with ``venues``."""
        return self._nearest(mention, attached_only=False, preps=PLACE_PREPS, towns=towns,
                             venues=venues)

    def moved_from(self, mention: Mention) -> str | None:
        """The country a mention is moved or kept from ('rescued two aid workers from
        Somalia'): where they were, not whose they are."""
        token = self.view.doc[mention.head]
        if token.dep_ not in ("dobj", "nsubjpass") or token.head.lemma_.lower() not in _MOVING:
            return None
        for prep in (c for c in (*token.children, *token.head.children)
                     if c.dep_ == "prep" and c.lower_ == "from"):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                country = self.country_of(place)
                if country:
                    return country
        return None

    def origin(self, mention: Mention) -> str | None:
        """The country a description comes 'from': 'the dissidents from Egypt'."""
        token = self.view.doc[mention.head]
        if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _MOVING:
            return None
        prep = self._from(mention)
        for place in (c for c in prep.children if c.dep_ == "pobj") if prep else ():
            country = self.country_of(place)
            if country:
                return country
        return None

    def more_attached(self, mention: Mention, first: str) -> list[str]:
        """The other countries coordinated with a description's place: "lawmakers in Kenya
        and Uganda" are Kenyan and Ugandan lawmakers, "leaders from Israel and Bahrain"
        Israeli and Bahraini leaders."""
        head = self.view.doc[mention.head]
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
        origin = self._from(mention)
        found: list[str] = []
        for prep in preps + ([origin] if origin is not None else []):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for member in (pobj, *_coordinated(pobj)):
                    named = self.by_head.get(member.i)
                    # "troops from North and South Korea": one mention, two countries
                    partners = [e.country for e in named.extra] if named is not None else []
                    for country in (self.country_of(member), *partners):
                        if country and country != first and country not in found:
                            found.append(country)
        return found

    def country_of(self, token: Any) -> str | None:
        """The country of a place word: a resolved country or capital, else the gazetteer."""
        res = self._resolution(token.i)
        if res is not None and res.kind in ("country", "capital") and res.country:
            return str(res.country)
        if res is not None and res.kind == "org" and res.code and len(res.code) == 3 and \
                res.code not in ("IGO", "NGO", "MNC") and res.code == res.country:
            return str(res.code)  # a user dictionary's country-like actor ("Arnor")
        ent = self.view.ent_of.get(token.i)
        if ent is not None and ent.label_ not in ("DATE", "TIME", "CARDINAL", "MONEY"):
            words = [t.text for t in ent]
        elif token.pos_ == "PROPN" or (token.lemma_.lower() in _PLACE_NOUNS and any(
                t.dep_ == "compound" and t.pos_ == "PROPN" for t in token.lefts)):
            # "Kirkuk", "Zamfara state", "the Kherson region"
            words = [t.text for t in token.lefts if t.dep_ == "compound"] + [token.text]
        else:
            return None
        country = self.lookup(words) if self.lookup is not None else None
        if not country and self.lookup is not None and len(words) > 1:
            country = self.lookup(words[:-1])  # "Zamfara State", "Kirkuk province"
        if not country:
            # "in Nigeria's northwestern Zamfara State": the country that owns the place
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            res = self._resolution(owner.i) if owner is not None else None
            if res is not None and res.kind in ("country", "capital") and res.country:
                return str(res.country)
        return country if country and len(country) == 3 else None

    def _nearest(self, mention: Mention, *, attached_only: bool, preps: frozenset[str],
                 towns: bool = True, venues: bool = True) -> str | None:
        sent = self.view.sents[self.view.sent_of[mention.head]]
        places: list[tuple[int, str]] = []
        for token in sent:
            if token.dep_ != "pobj" or not (token.head.lower_ in preps or (
                    token.head.lower_ == "on" and token.lemma_.lower() in _PLACE_NOUNS)):
                continue  # "on the outskirts of Kabul", "on the streets of Cairo"
            if attached_only and token.head.head.i != mention.head:
                continue
            if not attached_only and _reporter_place(token, mention.head):
                continue  # "…, relief officials in Nairobi said": where the news came from
            if not venues and ((venue(token) and token.head.head.i != mention.head) or
                               _met_there(token)):
                # "the army and the rebels … after talks in Jeddah", "met the guerrillas in
                # Caracas": a venue
                continue
            if not towns and self._is_town(token):
                continue
            country = self.country_of(token) or self._of_place(token)
            if country:
                places.append((abs(token.i - mention.head), country))
        return min(places)[1] if places else None

    def _is_town(self, token: Any) -> bool:
        """A city or town rather than a country or region: a capital, a gazetteer name with
        no country or region of the lexicon behind it, 'the city of X'."""
        res = self._resolution(token.i)
        if res is not None:
            return bool(res.kind == "capital")
        return token.lemma_.lower() in _PLACE_NOUNS or token.pos_ == "PROPN"

    def _of_place(self, token: Any) -> str | None:
        """'in the capital city of Algiers', 'on the outskirts of Kabul': the named place."""
        if token.lemma_.lower() not in _PLACE_NOUNS:
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return self.country_of(pobj)
        return None

    def _from(self, mention: Mention) -> Any | None:
        """The 'from' of a description: its own, or the one right after it when it is the
        verb's object ('welcomed two journalists from Eritrea': the parser often hangs the
        place on the verb)."""
        token = self.view.doc[mention.head]
        own = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if own is not None or token.dep_ != "dobj":
            return own
        return next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     and c.i == mention.end), None)

    def _resolution(self, i: int) -> Any:
        named = self.by_head.get(i)
        return named.resolution if named is not None else None


def _reporter_place(place: Any, head: int) -> bool:
    """A place that says where a reporting subject is: 'Nairobi' in "killing 20 people,
    relief officials in Nairobi said"."""
    holder = place.head.head
    return bool(holder.i != head and holder.dep_ == "nsubj"
                and holder.head.lemma_.lower() in REPORTING_VERBS)


def venue(place: Any) -> bool:
    """A place named as where sides meet or sign, often abroad: "talks in Jeddah", "met in
    Doha", "signed a deal in Geneva" — no home of theirs."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return False
    holder = place.head.head
    return holder.lemma_.lower() in _VENUES or holder.lemma_.lower() in _MEETING_VERBS or (
        holder.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _VENUES | _ACCORDS
            for c in holder.children))


def _met_there(place: Any) -> bool:
    """A place the parser hangs on a side that is met away from home: 'Caracas' in "met the
    guerrillas in Caracas" (but "met officials in Kyiv" are the town's)."""
    if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return False
    met = place.head.head
    if met.lemma_.lower() not in _TRAVELLING_SIDES:
        return False
    if met.dep_ == "pobj" and met.head.lower_ == "with":
        met = met.head
    return met.dep_ in ("dobj", "prep") and met.head.lemma_.lower() in _MEETING_VERBS


# sides that often meet where neither lives: rebels, delegations, envoys
_TRAVELLING_SIDES = frozenset({"guerrilla", "rebel", "insurgent", "militant", "delegation",
                               "negotiator", "envoy", "representative", "exile", "militia",
                               "dissident"})


# gatherings whose place is where sides meet
_VENUES = frozenset({"talk", "summit", "negotiation", "conference", "meeting"})
_MEETING_VERBS = frozenset({"meet", "negotiate", "convene"})
_ACCORDS = frozenset({"deal", "agreement", "accord", "truce", "ceasefire", "treaty", "declaration",
                      "pact", "memorandum", "protocol", "communique"})
# nouns for a part of a named place: "the streets of Cairo", "the city of Mosul"
_PLACE_NOUNS = frozenset({
    "city", "capital", "town", "village", "region", "province", "state", "district", "port",
    "area", "outskirts", "outskirt", "suburb", "center", "centre", "street", "heart", "island",
    "county", "airport"})


def _coordinated(token: Any) -> list[Any]:
    """The places coordinated with one: 'Israel, the UAE and Bahrain' (the parser may make
    the second an apposition of the first)."""
    found: list[Any] = []
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"):
                found.append(child)
                stack.append(child)
    return found
