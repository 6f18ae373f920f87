"""Whose is it: the actors inside an argument that is not itself an actor.

"rejected a U.S. offer", "welcomed Iraq's proposal", "condemned the attack by the rebels",
"welcomed the resumption of ties with Gondor", "rejected calls from the opposition": the
event's argument is a thing (an offer, an attack, a resumption), and the actor the event is
about is its owner — the possessor, the "by"/"from" agent, a country adjective or name in
front of it — or, for a nominal event, its own partner ("ties with X", "talks between X").

The search is bounded (a few children, two levels of nesting), so it costs nothing next to
the parse.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tacitus.events.arguments import ON_PLACES, act_done_to_of, subject_of
from tacitus.nlp.syntax import RELATION_NOUNS, RELATIVE_PRONOUNS

__all__ = ["modifier_tokens", "owner_tokens", "place_tokens", "verb_partners"]

_AGENT_PREPS = ("by", "from")
_PARTNER_PREPS = ("with", "between", "against", "to", "toward", "towards", "on", "of", "among",
                  "for")
_PLACE_PREPS = ("in", "at", "near", "inside", "outside")
_VERB_PREPS = ("to", "against", "with", "on", "toward", "towards", "at", "from", "into")
_DIRECTED_PREPS = ("against", "at", "on", "from", "toward", "towards")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubjpass"})
# participles that say whose a thing is: "a ship linked to X", "a tanker belonging to X"
_BELONGING = frozenset({"link", "belong", "tie", "connect"})
# verbs by which a thing becomes its subject's proposal
_PROPOSING = frozenset({"propose", "submit", "table", "draft", "offer", "suggest", "present",
                        "unveil", "float"})


def owner_tokens(token: Any, *, depth: int = 2, patient: bool = True) -> Iterator[Any]:
    """Tokens that may name the owner or partner of the thing ``token`` names, best first;
    without ``patient``, not whom an act is done to ("an audit of the central bank")."""
    if token is None or not (token.pos_ in _NOMINAL or token.tag_ == "VBG" or
                             token.dep_ in _NOUN_ROLES):
        # a gerund counts: "the resolution censuring X", misparsed as 'censuring'; so does
        # a noun the tagger took for a verb in a noun's place ("met the rebels' demands")
        return
    if token.lemma_.lower() in RELATION_NOUNS:
        return  # "a commander of Iran's closest ally": the ally is not Iran
    children = list(token.children)
    for child in children:
        if child.dep_ == "poss":
            yield child
    for child in children:  # "a Marshall Islands-flagged tanker": the flag's country
        if child.dep_ == "amod" and child.lemma_.lower() in ("flag", "register"):
            yield from (g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod"))
    act = act_done_to_of(token)
    for prep in _AGENT_PREPS:
        if prep == "from" and act:
            continue  # "the withdrawal of troops from Mali", "the ban on travel from China":
            # where from, not by whom
        yield from _prep_objects(children, prep)
    yield from modifier_tokens(token)
    yield from (c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")
    for prep in _PARTNER_PREPS:
        if prep in ("of", "on", "against") and not patient and act:
            # "backed an audit of the central bank" backs no one; "protested against a ban on
            # social media" is no protest against the media
            continue
        for pobj in _prep_objects(children, prep):
            if prep == "on" and pobj.lemma_.lower() in ON_PLACES:
                continue  # "convoys on the main roads from Senegal": where, not whose
            yield pobj
            if depth > 1:
                yield from owner_tokens(pobj, depth=depth - 1)
    for child in children:  # "memos sent by X", "a plan proposed by X"
        if child.dep_ == "acl" and depth > 1:
            grand = list(child.children)
            for prep in _AGENT_PREPS:
                yield from _prep_objects(grand, prep)
    for child in children:  # "a ship linked to an Israeli businessman", "… belonging to X"
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _BELONGING:
            yield from _prep_objects(list(child.children), "to")
    for child in children:  # "aid that was earmarked for Kyiv", "funds meant for X"
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _DESTINED:
            for prep in ("for", "to"):
                yield from _prep_objects(list(child.children), prep)
    if depth > 1:
        # "proposed an amendment that Washington rejected", "the plan Egypt put forward":
        # who proposes a thing owns it
        proposing = [token.head] if token.dep_ == "dobj" else []
        proposing += [c for c in children if c.dep_ in ("relcl", "acl") and c.tag_ != "VBN"]
        for verb in proposing:
            if verb.lemma_.lower() in _PROPOSING:
                subject = subject_of(verb)
                if subject is not None and subject.i != token.i and \
                        subject.lower_ not in RELATIVE_PRONOUNS:
                    yield subject
    measure = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "of") \
        else None
    if measure is not None and measure.tag_ == "CD" and depth > 1:
        # "$250 million in security aid that was earmarked for Kyiv": what is said of
        # the amount is said of the aid
        yield from owner_tokens(measure, depth=depth - 1)


def place_tokens(token: Any) -> Iterator[Any]:
    """Where a thing or an act is: 'Cizre' in 'a curfew in Cizre', 'Gaza' in 'protested in
    Gaza' — the country of a place stands for an unnamed target there."""
    yield from (pobj for prep in _PLACE_PREPS for pobj in _prep_objects(list(token.children),
                                                                        prep))
    for clause in token.children:
        # "power lines leading into Kabul", "a base located near Herat", "a camp based in X"
        if clause.dep_ == "acl" and clause.lemma_.lower() in _LOCATING:
            yield from (pobj for prep in (*_PLACE_PREPS, "into", "to")
                        for pobj in _prep_objects(list(clause.children), prep))


# participles that say whom a thing is meant for ("slat": the model's lemma of "slated")
_DESTINED = frozenset({"slate", "slat", "destine", "earmark", "intend", "mean", "allocate", "bound",
                       "promise", "pledge", "appropriate", "approve", "budget", "designate"})
# participles of control in "US-led", "Serbian-run", "Iranian-backed": the name before
# them owns the thing
_CONTROLLING = frozenset({"lead", "run", "back", "own", "control", "sponsor", "operate",
                          "fund", "finance", "arm", "support", "dominate", "hold"})
_PATRONISING = frozenset({"back", "sponsor", "fund", "finance", "arm", "support"})
_ARMED = frozenset({"group", "militia", "fighter", "rebel", "force", "faction", "proxy",
                    "insurgent", "militant", "gunman", "movement", "organization",
                    "organisation", "party", "army", "unit", "separatist", "paramilitary"})
_LOCATING = frozenset({"lead", "locate", "base", "situate", "station", "run", "stretch"})


def modifier_tokens(token: Any) -> Iterator[Any]:
    """Adjectives and names in front of a noun: 'U.S.' in 'a U.S. offer', 'Senegalese';
    also through a participle of control: 'US' in 'the US-led war', 'Serbian' in
    'Serbian-run offices'."""
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.pos_ in ("ADJ", "PROPN"):
            yield child
        elif child.dep_ in _MODIFIER_DEPS and child.tag_ == "VBN" and \
                child.lemma_.lower() in _CONTROLLING and not (
                    child.lemma_.lower() in _PATRONISING and token.lemma_.lower() in _ARMED):
            # (an armed group backed by a state is not that state: "Iranian-backed militias")
            yield from (g for g in child.lefts
                        if g.dep_ in (*_MODIFIER_DEPS, "npadvmod") and g.pos_ in ("ADJ", "PROPN"))


def verb_partners(verb: Any, *, skip: Any | None = None, directed: bool = False
                  ) -> Iterator[Any]:
    """The objects of a verb's prepositions that may name whom an event is done to
    ("cut off electricity to X", "imposed restrictions on X"); ``directed``: only "against",
    "at", "on", "from" ("launched an offensive against X", "welcomed memos from X")."""
    children = list(verb.children)
    for child in children:  # "gave Kenya a loan"
        if child.dep_ == "dative" and child.pos_ in _NOMINAL and not directed and (
                skip is None or child.i != skip.i):
            yield child
    for prep in _DIRECTED_PREPS if directed else _VERB_PREPS:
        for pobj in _prep_objects(children, prep):
            if (skip is None or pobj.i != skip.i) and not (
                    prep == "on" and pobj.lemma_.lower() in ON_PLACES):
                yield pobj  # (not "attacked convoys on the main roads")


def _prep_objects(children: list[Any], prep: str) -> Iterator[Any]:
    for child in children:
        if child.dep_ in ("prep", "agent") and child.lower_ == prep:
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    yield grandchild
