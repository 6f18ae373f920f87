"""Pairs and groups: "the two countries", "both sides", "their talks" take the two parties the
text last set against or beside each other ("the three countries" the three)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.actors.mentions import GROUP_SIZES, Mention
from tacitus.actors.resolve import compose
from tacitus.actors.story import NOT_STATES, Story
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = ["THIRD_PARTIES", "conjunct_mentions", "latest_pair", "mediating", "owning_pair"]

THIRD_PARTIES = frozenset({"mediator", "broker", "facilitator", "go-between"})


def conjunct_mentions(view: DocView, mention: Mention, ctx: Story) -> list[Mention]:
    """The resolved mentions coordinated with ``mention``, itself included."""
    token = view.doc[mention.head]
    heads = {c.i for c in token.conjuncts} | {token.i}
    return [m for m in ctx.done if m.head in heads and m.actors]


def owning_pair(view: DocView, mention: Mention, ctx: Story) -> list[str]:
    """The two countries of a pair that owns a description: "the two countries' leaders",
    "the leaders of both sides", "negotiators from both sides", "business groups in both
    countries"."""
    token = view.doc[mention.head]
    owners = [c for c in token.children if c.dep_ == "poss"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
        for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        pair = ctx.places.by_head.get(owner.i)
        if pair is not None and pair.pronoun == "pair":
            countries = [a.country for a in latest_pair(view, pair, ctx) if a.country]
            if len(countries) == 2:
                return countries
    return []


def latest_pair(view: DocView, mention: Mention, ctx: Story) -> tuple[Actor, ...]:
    """The pair a plural reference ("the two countries", "both sides") stands for, from this
    sentence or the two before it: the latest two actors named together ("Iran and Saudi
    Arabia agreed …, in a deal brokered by China. The two countries …"), else the two latest
    distinct countries — or, in a war inside one country, its two latest parties. A named side
    the knowledge base does not know ("the Southern Transitional Council") stops the search:
    the pair is unknown rather than reaching back to someone else.

    Whoever addresses the pair is not one of it ("Egypt urged both sides …"), and each side is
    its likeliest party among that country's mentions: a government or an armed force rather
    than the officials who reported on them."""
    size = next((GROUP_SIZES[w.lower()] for w in mention.words if w.lower() in GROUP_SIZES), 2)
    seen: list[Actor] = []
    here = view.sent_of[mention.head]
    addressers = _addressers(view, mention)
    armed = view.doc[mention.head].lemma_.lower() in _ARMED_NOUNS
    states = view.doc[mention.head].lemma_.lower() in _STATE_NOUNS
    window: list[Mention] = []
    reach: list[Mention] = []  # further back, for sides named together
    # two pairs in one sentence are two pairs: "truces brokered by the two countries have been
    # violated by both sides"
    taken = {a.code for m in ctx.done if m.pronoun == "pair" and m.group
             and view.sent_of[m.head] == here for a in m.group}
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > _FAR:
            break
        if taken and earlier.actors and all(a.code in taken for a in earlier.actors):
            continue
        if here - view.sent_of[earlier.head] > 2:
            reach.append(earlier)
            continue
        if earlier.pronoun is None and all(a.code is None for a in earlier.actors) and \
                view.doc[earlier.head].pos_ == "PROPN" and \
                (view.doc[earlier.head].ent_type_ in ("ORG", "") or (
                    view.doc[earlier.head].ent_type_ == "NORP" and
                    view.doc[earlier.head].tag_ == "NNPS")):
            # (an unknown sea, region or event — "the Aegean" — is no side)
            if len({a.country for a in seen}) < 2:
                return ()
            break
        if earlier.head in addressers or mediating(view.doc[earlier.head]) or \
                view.doc[earlier.head].lemma_.lower() in THIRD_PARTIES:
            continue
        if armed and not any(a.sector in _ARMED for a in earlier.actors):
            continue  # "both factions", "the two armies" are no states that reported on them
        window.append(earlier)
        seen += [a for a in earlier.actors if a.country and len(a.country) == 3
                 and a.country not in NOT_STATES]
    together = _governments(view, mention, _named_together(view, window, size, states=states))
    if together:
        return together
    countries: list[str] = []
    for actor in seen:
        if actor.country not in countries:
            countries.append(str(actor.country))
    # "Armenia and Azerbaijan agreed … [Pashinyan; the police] … both sides": the sides
    # named together further back, when the sentences between still speak of one of them
    # and of no other country
    together = _governments(view, mention, _named_together(view, window + reach, size,
                                                           states=states))
    if together and countries and set(countries) <= {a.country for a in together}:
        return together
    if len(countries) < size and size > 2:
        return ()
    if len(countries) < 2:
        # one country's war: its two latest parties of different kinds ("the army and the RSF")
        parties: list[Actor] = []
        for actor in seen:
            if actor.sector in _SIDES and all(actor.code != p.code for p in parties):
                parties.append(actor)
        return tuple(reversed(parties[:2])) if len(parties) > 1 else tuple(seen[:1])
    best = [min((a for a in seen if a.country == c), key=lambda a: _SIDE_RANK.get(a.sector, 2))
            for c in countries[:2]]
    if view.doc[mention.head].lemma_.lower() in _STATE_NOUNS:
        # "Ethiopian Airlines resumed flights to Eritrea … the two neighbours": the states,
        # not the airline that stood for one of them
        # (and "Indian and Pakistani troops … both countries": the states, not their troops)
        best = [a if a.sector in ("GOV", None) else
                replace(a, code=a.country, sector=None, name=None) for a in best]
    return _governments(view, mention, tuple(reversed(best)))


_STATE_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "state"})
# pairs that can only be armed forces
_ARMED_NOUNS = frozenset({"faction", "army"})
_ARMED = frozenset({"MIL", "REB", "UAF"})


def _governments(view: DocView, mention: Mention, group: tuple[Actor, ...]
                 ) -> tuple[Actor, ...]:
    """"The two governments", "both leaders" of states named as such are their governments."""
    if view.doc[mention.head].lemma_.lower() not in _GOVERNING:
        return group
    return tuple(replace(a, code=compose(a.country, "GOV"), sector="GOV")
                 if a.sector is None and a.country and a.code == a.country else a
                 for a in group)


_GOVERNING = frozenset({"government", "leader"})
_STATE_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor"})
_FAR = 6  # sentences back that sides named together are still "both sides"


def _named_together(view: DocView, window: list[Mention], size: int = 2, *,
                    states: bool = False) -> tuple[Actor, ...]:
    """The latest ``size`` actors of different codes coordinated in one phrase: 'Iran and
    Saudi Arabia', 'the army and the RSF', 'Spain, Ireland and Norway', 'Syrian and Israeli
    officials' (``states``: the two countries of such words, for "the two countries")."""
    by_head = {m.head: m for m in window}
    for earlier in window:  # latest first
        token = view.doc[earlier.head]
        if token.dep_ == "conj":
            continue  # the phrase is read from its first member
        members = [earlier] + [by_head[c.i] for c in token.conjuncts if c.i in by_head]
        if (len(members) != size and (len(members) > 1 or len(earlier.actors) != size)) or any(
                c.i not in by_head for c in token.conjuncts if c.pos_ in ("PROPN", "NOUN")):
            continue
        group = [a for m in members for a in m.actors if a.code]
        if len(members) == 1 and states:
            # "Indian and Pakistani troops … both countries": the two states the words name
            group = [replace(a, code=a.country, sector=None, name=None, role=None)
                     for a in group if a.country and len(a.country) == 3]
        elif states and any(a.sector not in (None, "GOV") for a in group):
            continue  # "clashes killed soldiers and civilians. The two neighbours …": no states
        if len(group) == size and len({a.code for a in group}) == size:
            return tuple(group)
    return ()


_MEDIATING_VERBS = frozenset({"broker", "mediate", "host", "facilitate", "sponsor",
                              "arrange", "organise", "organize", "convene"})


def mediating(token: Any) -> bool:
    """The one who brokers or hosts: 'Saudi Arabia' (and 'the US') in "talks brokered by
    Saudi Arabia and the US" or in "Saudi Arabia and the US mediated": no side."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() in _MEDIATING_VERBS
    return token.dep_ == "nsubj" and head.lemma_.lower() in _MEDIATING_VERBS


# how likely an actor of a country is one of "the two sides": states and armed forces first
# (a state itself before gunmen the story placed in it: "Serbia … the gunmen … both sides")
_SIDE_RANK = {"GOV": 0, "MIL": 0, "REB": 0, None: 1, "OPP": 1, "COP": 1, "UAF": 2}
_SIDES = frozenset({"GOV", "MIL", "REB", "UAF", "OPP", "COP"})


def _addressers(view: DocView, mention: Mention) -> set[int]:
    """The subjects of the verb a pair is the object of: 'Egypt' in "Egypt urged both
    sides", 'Saudi Arabia' and 'the United States' in "Saudi Arabia and the United States
    urged the warring parties"."""
    token = view.doc[mention.head]
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "has close ties to both countries"
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "called for calm and urged both countries …", "offered to mediate between the two
        # countries"
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
        subject = verb.head  # "Russia, …, called on both sides", parsed as a participle
    if subject is None:
        return set()
    if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "China, which has close ties to both countries"
    return {int(subject.i), *(int(c.i) for c in subject.conjuncts)}
