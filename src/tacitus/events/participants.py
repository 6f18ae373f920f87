"""From argument tokens to actors: mentions, coordination, partitives, owners and partners.

:func:`actors_of` resolves one argument token (and the tokens coordinated with it) through the
actor index; :func:`owner_actors` looks inside an argument that names a thing rather than an
actor ("a U.S. offer", "the resumption of ties with Gondor"); :func:`partner_actors` looks at
the event verb's other prepositional arguments ("cut off electricity to X").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tacitus.actors.mentions import ActorIndex
from tacitus.events.arguments import (
    act_done_to_of,
    agent_of_noun,
    expand,
    partitive,
    reporting_subject,
)
from tacitus.events.owners import modifier_tokens, owner_tokens, place_tokens, verb_partners
from tacitus.geo import Gazetteer
from tacitus.nlp.syntax import RELATIVE_PRONOUNS
from tacitus.records import Actor

__all__ = ["actors_of", "home_actors", "named_place_actors", "owner_actors", "partner_actors",
           "place_actors"]

_PLACE_PREPS = frozenset({"to", "in", "into", "at", "near", "inside", "outside"})
_PLACE_HOW = frozenset({"place", "kb:country"})
_MODIFIER_CONFIDENCE = 0.6


def actors_of(token: Any | None, actors: ActorIndex, gazetteer: Gazetteer | None = None, *,
              place: bool = False, patient: bool = True) -> tuple[Actor, ...]:
    """The actors an argument token stands for: its mention and its coordinated members;
    without ``patient``, not whom an act is done to ("the withdrawal of Russian troops")."""
    if token is None:
        return ()
    found: list[Actor] = []
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and \
            token.head.head.i != token.i:
        token = token.head.head  # "the candidate, who was arrested by …": the candidate
    speaker = reporting_subject(token)
    if speaker is not None and not _resolved(actors.at(token.i)):
        token = speaker  # "Poland said it would …": 'it' is Poland
    members = list(expand(token))
    for member in members:
        owner = next((c for c in member.children if c.dep_ == "poss"), None) \
            if member.lemma_.lower() in _JOINING and actors.at(member.i) is not None else None
        if owner is not None and actors.at(owner.i) is not None:
            member = owner  # "ratified Sweden's NATO membership": Sweden's, not NATO's
        mention = actors.at(member.i)
        if mention is None and member.lemma_.lower() in _STATES and member.tag_ == "NNS":
            owner = next((c for c in member.children if c.dep_ == "poss"), None)
            owned = actors.at(owner.i) if owner is not None else None
            if owned is not None:
                # "their countries would withdraw": the countries of whoever 'their' is
                found += [Actor(a.country, a.country, None, None, a.span, a.how, a.confidence)
                          for a in owned.actors if a.country and all(
                              a.country != f.code for f in found)]
                continue
        if mention is None and act_done_to_of(member):
            # "opposed the Turkish invasion of Syria": an act stands for its doer; for whom
            # it is done to ("condemned the killing of civilians") only when no doer is named
            doer = agent_of_noun(member)
            if doer is None:
                named = next((a for a in (_modifier_actor(t, actors, gazetteer)
                                          for t in modifier_tokens(member)) if a), None)
                if named is not None:
                    found.append(named)
                    continue
            member = doer or partitive(member, patient=patient) or member
            mention = actors.at(member.i)
        elif mention is None:
            # "thousands of protesters"; "condemned the attack by Osgiliath soldiers"
            inner = partitive(member)
            member = inner or agent_of_noun(member) or member
            mention = actors.at(member.i)
            if inner is not None:
                # "representatives of Israel and Hamas": each of those named
                members += [m for m in expand(inner) if m.i != inner.i
                            and all(m.i != o.i for o in members)]
        if mention is not None and member.i == token.i:
            # "envoys of the army and the RSF": the partners of the body a description
            # is of, when they are actors of their own
            inner = partitive(member)
            members += [m for m in (inner.conjuncts if inner is not None else ())
                        if actors.at(m.i) not in (None, mention)
                        and all(m.i != o.i for o in members)]
        apposed_place = False
        if mention is None:
            # "its chief Rafael Grossi visited Tehran": the name in apposition to a title;
            # "a curfew on the capital, Conakry": a town named so is a place
            mention = next((actors.at(c.i) for c in member.children if c.dep_ == "appos"
                            and c.pos_ == "PROPN" and actors.at(c.i) is not None), None)
            apposed_place = mention is not None and member.lemma_.lower() in _TOWNS
        named = _apposed_name(member, mention, actors)
        if named is not None:
            mention = named  # "the paramilitary Rapid Support Forces": the name says who
        if mention is not None and not any(a.code for a in mention.actors):
            # "Ohio man James Alex Fields": a name no one knows, of the place said before it
            placed = _described_origin(member, actors, gazetteer)
            if placed is not None and placed not in found:
                found.append(placed)
                continue
        if mention is None:
            modifier = _modifier_actor(member, actors, gazetteer)
            if modifier is not None and modifier not in found:
                found.append(modifier)
            continue
        for actor in mention.actors:
            if actor.code is None:
                continue
            if (apposed_place or (place and _is_place(member))) and actor.country and \
                    actor.how in ("kb:capital", "kb:country"):
                actor = Actor(actor.country, actor.country, None, actor.name, actor.span,
                              "place", actor.confidence, None)
            if all(a.span != actor.span or a.code != actor.code for a in found):
                found.append(actor)
    return tuple(found)


def _apposed_name(token: Any, mention: Any, actors: ActorIndex) -> Any | None:
    """A named organisation in apposition to a description the context placed: the
    parser's "the paramilitary, Rapid Support Forces" for "the paramilitary Rapid Support
    Forces"."""
    if mention is not None and (mention.resolution is None or
                                not mention.resolution.how.startswith(("context:", "words:"))):
        return None
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            named = actors.at(child.i)
            if named is not None and named.resolution is not None and named.actors and \
                    named.resolution.how in ("kb:organization", "dictionary"):
                return named
    return None


def owner_actors(token: Any | None, actors: ActorIndex, gazetteer: Gazetteer,
                 *, avoid: Iterable[Actor] = (), patient: bool = True) -> tuple[Actor, ...]:
    """The first owner or partner of a thing-argument that resolves to actors other than
    ``avoid`` (the event's source: "Iraq rejected its own plan" has no target); without
    ``patient``, not whom an act is done to."""
    if token is None or actors.at(token.i) is not None:
        return ()
    return _first_new(owner_tokens(token, patient=patient), actors, gazetteer, avoid)


def partner_actors(verb: Any, actors: ActorIndex, gazetteer: Gazetteer, *, skip: Any | None,
                   avoid: Iterable[Actor] = (), directed: bool = False) -> tuple[Actor, ...]:
    """Actors among the verb's prepositional arguments, or inside them; ``directed`` keeps
    only the prepositions that say where something is aimed or comes from."""
    for pobj in verb_partners(verb, skip=skip, directed=directed):
        found = _first_new((pobj,), actors, gazetteer, avoid) or owner_actors(
            pobj, actors, gazetteer, avoid=avoid)
        if found:
            return found
    return ()


def place_actors(token: Any | None, actors: ActorIndex, gazetteer: Gazetteer,
                 *, avoid: Iterable[Actor] = ()) -> tuple[Actor, ...]:
    """The country of the place where a thing or an act is ("imposed a curfew in Cizre"),
    as a country-level actor; a capital is its country here, not its government."""
    if token is None:
        return ()
    avoided = {a.code for a in avoid}
    for pobj in _places_under(token):
        found = tuple(a for a in actors_of(pobj, actors, gazetteer, place=True)
                      if a.how in _PLACE_HOW and a.code not in avoided)
        if not found:
            found = _located(pobj, actors, gazetteer, avoided)
        if not found and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _AREAS:
            found = _area_owner(pobj, actors, gazetteer, avoided)
        if not found:
            # "sites in Pakistan and Pakistan-administered Kashmir", parsed with Pakistan
            # as a modifier of the place the gazetteer does not know
            found = next((f for f in (tuple(
                a for a in actors_of(c, actors, gazetteer, place=True)
                if a.how in (*_PLACE_HOW, "modifier") and a.code not in avoided)
                for c in pobj.children if c.dep_ in ("nmod", "compound")
                and c.pos_ == "PROPN") if f), ())
        if found:
            return found
    return ()


# nouns for an area that belongs to a country: "its southeastern province", "the Kherson
# region"
_AREAS = frozenset({"province", "region", "district", "state", "territory", "oblast",
                    "county", "governorate", "prefecture", "border", "town", "city", "village",
                    "area", "capital"})


def _area_owner(area: Any, actors: ActorIndex, gazetteer: Gazetteer, avoided: set[str | None]
                ) -> tuple[Actor, ...]:
    """The country of an area named by its owner or a place in front of it: 'its
    southeastern province' (whose 'its' is a country), 'the Kherson region'."""
    for child in area.lefts:
        if child.dep_ == "poss":
            owners = tuple(a for a in actors_of(child, actors, gazetteer)
                           if a.code == a.country and a.code not in avoided)
            if owners:
                return owners
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            found = _located(child, actors, gazetteer, avoided)
            if found:
                return found
    return ()


def named_place_actors(token: Any | None, actors: ActorIndex, gazetteer: Gazetteer,
                       *, avoid: Iterable[Actor] = ()) -> tuple[Actor, ...]:
    """The country of a place that is itself the argument: "bombed Aleppo", "shelled the
    town of Kessab"."""
    if token is None:
        return ()
    avoided = {a.code for a in avoid}
    candidates = [token]
    if token.pos_ == "NOUN":
        candidates += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
        # "hit Damascus airport", "shelled the Kherson region": a place named in front
        candidates += [c for c in token.lefts if c.dep_ in ("compound", "nmod")
                       and c.pos_ == "PROPN"]
    for candidate in candidates:
        found = _located(candidate, actors, gazetteer, avoided)
        if found:
            return found
    return ()


def _located(token: Any, actors: ActorIndex, gazetteer: Gazetteer, avoided: set[str | None]
             ) -> tuple[Actor, ...]:
    """A proper name the gazetteer knows, as its country ('Cizre' → TUR); not a person's."""
    if token.pos_ != "PROPN" or token.ent_type_ == "ORG" or (
            token.ent_type_ == "PERSON" and not _moved_place(token)):
        return ()
    located = gazetteer.lookup([t.text for t in _name(token)])
    if located is None or not located.country or located.country in avoided:
        return ()
    span = actors.view.span(_name(token)[0].i, token.i + 1)
    return (Actor(located.country, located.country, None, located.name, span, "place",
                  _MODIFIER_CONFIDENCE),)


def _moved_place(token: Any) -> bool:
    """A name the model took for a person's where only a place fits: "withdrew its troops
    from Kherson", "pulled out of Bakhmut"."""
    prep = token.head
    return bool(token.dep_ == "pobj" and prep.lower_ in ("from", "into", "of")
                and (prep.lower_ != "of" or any(c.lower_ == "out" for c in prep.head.children)
                     or prep.head.lower_ == "out"))


def _places_under(token: Any) -> list[Any]:
    """'in Cizre'; 'in the town of Cizre'; 'at a jail in northern Israel'."""
    found: list[Any] = []
    for pobj in place_tokens(token):
        if pobj.pos_ != "NOUN":
            found.append(pobj)
            continue
        found += [g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        found += list(place_tokens(pobj))
        found.append(pobj)
    return found


def home_actors(sources: Iterable[Actor]) -> tuple[Actor, ...]:
    """The sources' own country, as the target of a protest that names none."""
    for source in sources:
        if source.country and len(source.country) == 3 and source.country.isalpha() and \
                source.country not in ("IGO", "NGO", "MNC"):
            return (Actor(source.country, source.country, None, None, source.span, "home",
                          _MODIFIER_CONFIDENCE),)
    return ()


def _name(token: Any) -> list[Any]:
    """A proper name and the name words in front of it ('East Timor')."""
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return [*words, token]


def _first_new(tokens: Iterable[Any], actors: ActorIndex, gazetteer: Gazetteer,
               avoid: Iterable[Actor]) -> tuple[Actor, ...]:
    avoided = {a.code for a in avoid}
    for token in tokens:
        found = tuple(a for a in actors_of(token, actors, gazetteer) if a.code not in avoided)
        if found:
            return found
    return ()


def _resolved(mention: Any) -> bool:
    return mention is not None and any(a.code is not None for a in mention.actors)


# a country's joining a body, named with the body: "Sweden's NATO membership"
_JOINING = frozenset({"membership", "accession", "bid", "application", "candidacy"})
_STATES = frozenset({"country", "nation", "state"})
_TOWNS = frozenset({"capital", "city", "town", "village", "port"})
# nouns that describe a person by where they are from: "Ohio man", "Kenyan woman"
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "resident", "native", "national",
                           "citizen", "teenager"})


def _described_origin(name: Any, actors: ActorIndex, gazetteer: Gazetteer | None
                      ) -> Actor | None:
    """The country of a person the text names after a description of origin: 'Ohio' in
    "Ohio man James Alex Fields", 'Kenyan' in "Kenyan woman Jane Doe"."""
    noun = next((c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in _PERSON_NOUNS), None)
    if noun is None or gazetteer is None:
        return None
    for modifier in noun.lefts:
        if modifier.dep_ not in ("compound", "amod") or not modifier.text[:1].isupper():
            continue
        found = gazetteer.lookup([modifier.text])
        if found is not None and found.country is not None:
            return Actor(found.country, found.country, None, found.name,
                         actors.view.span(modifier.i, name.i + 1), "modifier",
                         _MODIFIER_CONFIDENCE)
    return None


def _modifier_actor(token: Any, actors: ActorIndex, gazetteer: Gazetteer | None
                    ) -> Actor | None:
    """A country named by an adjective or name in front of a thing: 'a U.S. offer'."""
    if gazetteer is None or token.pos_ not in ("ADJ", "PROPN") or not token.text[:1].isupper():
        return None
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "U.S. and Israeli strikes": Israeli as U.S. is
    if first.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
        return None  # npadvmod: "US" in "the US-led war"
    if any(c.lower_ == "ethnic" for c in token.lefts) or (
            token.i > 0 and token.doc[token.i - 1].lower_ == "ethnic"):
        return None  # "ethnic Albanian unrest" is no act of Albania
    start = token.i
    for child in token.lefts:  # "South Korean", "United States"
        if child.dep_ in ("compound", "amod") and child.pos_ == "PROPN" and child.i == start - 1:
            start = child.i
    words = [t.text for t in token.doc[start:token.i + 1]]
    found = gazetteer.lookup(words)
    if found is None or found.country is None:
        return None
    if token.ent_type_ != "NORP" and found.lat is not None:
        return None  # a city names a document or a venue, not an actor: "the Geneva communique"
    span = actors.view.span(start, token.i + 1)
    return Actor(found.country, found.country, None, found.name, span, "modifier",
                 _MODIFIER_CONFIDENCE)


# the parts of a place: "the outskirts of Kyiv", "the centre of Khartoum"
_PARTS_OF_PLACES = frozenset({"outskirts", "outskirt", "suburb", "suburbs", "centre", "center",
                              "edge", "area", "part", "district", "north", "south", "east",
                              "west", "heart"})


def _passive_patient(token: Any) -> bool:
    """The one a passive without its auxiliary is done to: the headline "Kyiv hit by
    missiles", as its subject or as the noun the parser hangs the participle on."""
    return (token.dep_ == "nsubj" and token.head.tag_ == "VBN" and
            any(c.dep_ == "agent" for c in token.head.children)) or \
        any(c.dep_ == "acl" and c.tag_ == "VBN" for c in token.children)


def _is_place(token: Any) -> bool:
    """A destination, venue or place left: "visited Moscow", "arrived in Moscow", "left for
    Beijing", "pulled back from Kyiv"; and a place inside one ("from the outskirts of Kyiv")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" \
            and token.head.head.lemma_.lower() in _PARTS_OF_PLACES:
        return _is_place(token.head.head)
    return bool(token.dep_ == "pobj" and token.head.lower_ in (*_PLACE_PREPS, "for", "from")) or \
        token.dep_ in ("dobj", "nsubjpass") or _passive_patient(token) or (
            # "the missile attack on Kyiv": a town an act is aimed at
            token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.pos_ == "NOUN")
