"""In-document coreference: short names, pronouns and descriptions from what came before.

Rules, in the order a careful reader applies them:

* a short name ("Kerry") takes the fullest earlier mention of that person ("John Kerry");
* "he"/"she" take the latest person who was a grammatical subject (else the latest person);
  "they" the latest group, organisation or country subject (a coordinated subject stays a group);
  "I"/"we" inside a quotation take its speaker;
* "the two countries", "both sides" take the two latest distinct countries;
* "the minister", "the president" take the latest person with that title; other bare
  descriptions ("the government", "police", "the regime") take the country the text is about:
  the place they come from ("dissidents from Egypt"), a place attached to them, a country named
  in the same sentence as a place, else the country named most so far; with nothing before
  them, the one country their sentence names, else the country the rest of the text clearly
  names most;
* an ethnic group ("Uighur protesters") is its home country's unless a place holds it
  (:mod:`tacitus.actors.places`);
* "supporters of X" take X's country once X is resolved.

Earlier text comes first: an actor first named in a later sentence never resolves an earlier
mention, and a later sentence's country places a description only when nothing before does.

This module reads the mentions in order and resolves names; pronouns, descriptions and pairs
have their own modules (:mod:`~tacitus.actors.pronouns`, :mod:`~tacitus.actors.descriptions`,
:mod:`~tacitus.actors.pairs`), sharing what the story has told so far
(:class:`~tacitus.actors.story.Story`).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from tacitus.actors.descriptions import (
    by_description,
    owner_countries,
    sets_the_scene,
    speaks_for,
)
from tacitus.actors.mentions import ActorIndex, Mention
from tacitus.actors.pairs import latest_pair, owning_pair
from tacitus.actors.phrases import follower_sector
from tacitus.actors.places import PlaceLookup, Places
from tacitus.actors.pronouns import resolve_pronoun
from tacitus.actors.resolve import UNKNOWN_COUNTRY, Resolution, compose
from tacitus.actors.story import (
    ABROAD,
    LearnedLookup,
    SpeakerLookup,
    Story,
    actor_of,
)
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = ["SpeakerLookup", "attach_speakers", "resolve_references"]

def resolve_references(
    view: DocView, mentions: list[Mention], *, speaker_at: SpeakerLookup | None = None,
    place_lookup: PlaceLookup | None = None, learned_lookup: LearnedLookup | None = None,
    genders: Mapping[str, str] | None = None, story_focus: str | None = None,
) -> ActorIndex:
    """Give every mention its :class:`Actor`, using only the text before it (and places
    named in its own sentence); names the text cannot resolve may use ``learned_lookup``.

    ``story_focus`` is for a headline, read with its story: the country the story is about
    places a description the headline itself leaves without one ("Police shoot protester").
    """
    by_head = {m.head: m for m in mentions if m.pronoun != "follower"}
    ctx = Story(Places(view, by_head, place_lookup), learned_lookup, genders=genders or {},
                story_focus=story_focus)
    ctx.by_sentence = _countries_by_sentence(view, mentions)
    _take_apposed_titles(view, mentions, ctx)
    followers: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.follows is not None:
            followers[mention.follows].append(mention)
    for mention in mentions:
        if mention.pronoun == "follower":
            continue  # resolved with the mention of whom they follow, below
        if mention.pronoun is not None:
            resolve_pronoun(view, mention, ctx, speaker_at)
        else:
            _resolve_named(view, mention, ctx)
        ctx.done.append(mention)
        if mention.pronoun is None:
            head = view.doc[mention.head]
            if head.tag_ == "NNS":
                ctx.plurals[head.lemma_.lower()].append(mention)
        res = mention.resolution
        if res is not None and mention.pronoun is None:
            country = res.country
            if country and len(country) == 3 and country != UNKNOWN_COUNTRY and \
                    view.doc[mention.head].lemma_.lower() not in ABROAD and \
                    not (res.kind == "org" and res.sector in _PRIVATE_BODIES):
                counter = ctx.people_countries if res.kind == "person" else ctx.countries
                counter[country] += 1
                ctx.last_seen[country] = mention.start
        for follower in followers.get(mention.head, ()):
            _resolve_follower(view, follower, mention)
            ctx.done.append(follower)
    # titles that needed the context to say whose they are: "X, a spokesman for the Taliban"
    _take_apposed_titles(view, mentions, ctx)
    # followers of nobody known are no mention: the event reads "supporters of X" as X
    index = ActorIndex(view, [m for m in mentions if m.pronoun != "follower" or m.actors])
    index.focus = ctx.focus_country()
    index.setting = story_focus
    return index


# bodies whose home says nothing of where a story is: "Al Jazeera's offices in Jerusalem"
_PRIVATE_BODIES = frozenset({"MED", "BUS", "NGO"})


def _countries_by_sentence(view: DocView, mentions: list[Mention]) -> dict[int, list[str]]:
    """The countries each sentence names, by names and places that need no context (people's
    countries too, but only in a sentence that names no other)."""
    named: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[str]] = defaultdict(list)
    for m in mentions:
        res = m.resolution
        if m.pronoun is None and res is not None and sets_the_scene(view, m):
            sent = view.sent_of[m.head]
            (people if res.kind == "person" else named)[sent].append(res.country or "")
    return {sent: named.get(sent) or people[sent] for sent in {*named, *people}}


_OFF_DATE = frozenset({"kb:person-former", "kb:person-future"})


def _take_apposed_titles(view: DocView, mentions: list[Mention], ctx: Story) -> None:
    """A person the knowledge base has out of office on the date, or does not know, holds
    the office the text gives them in apposition: "Ahmed Nazif, Egypt's prime minister",
    "Deputy Prime Minister Telemar" — the text is the fresher witness."""
    doc = view.doc
    for mention in mentions:
        res = mention.resolution
        if res is None or mention.pronoun is not None or res.kind != "person" or not res.name \
                or not (res.code is None or res.how in _OFF_DATE):
            continue
        head = doc[mention.head]
        near = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            near.append(head.head)
        for token in near:
            title = ctx.places.by_head.get(token.i)
            tres = title.resolution if title is not None else None
            if title is not None and tres is not None and tres.needs_country:
                tres = speaks_for(view, title, tres, ctx) or tres
            if title is None or title is mention or tres is None or tres.kind != "person" \
                    or tres.name or not tres.sector or tres.needs_country or not tres.code:
                continue
            mention.resolution = Resolution(
                tres.code, tres.country, tres.sector, res.name, "words:apposed-title",
                min(0.8, tres.confidence), "person", tres.role)
            if mention.actor is not None:  # the second pass, after coreference
                mention.actor = actor_of(view, mention, mention.resolution)
            break


_PLACE_HOWS = frozenset({"kb:country", "kb:capital", "kb:seat", "kb:demonym"})


def _resolve_follower(view: DocView, mention: Mention, leader: Mention) -> None:
    """'supporters of Mugabe': the leader's country, with the sector of followers (see
    :func:`tacitus.actors.phrases.follower_sector`); a country's supporters are that
    country's ('supporters of Iran')."""
    span = view.span(mention.start, mention.end)
    found: list[Actor] = []
    for actor in leader.actors:
        if actor.code is None or actor.country is None:
            continue  # whose they are is not known: the leader's own reading stands
        sector = None if actor.how in _PLACE_HOWS else follower_sector(actor.sector)
        found.append(Actor(compose(actor.country, sector), actor.country, sector, None, span,
                           f"followers:{actor.how}", min(0.75, actor.confidence)))
    if len(found) == 1:
        mention.actor = found[0]
    elif found:
        mention.group = tuple(found)


def _name_keys(name: str) -> list[str]:
    parts = _plain(name).replace(".", " ").split()
    return [_plain(name), parts[-1]] if len(parts) > 1 else [_plain(name)]


def _plain(name: str) -> str:
    """A name without its accents, the way the story's names are kept: a wire story that
    writes "Pedro Sanchez … Sanchez said" finds the knowledge base's "Pedro Sánchez"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


def _inside_a_name(name: str, ctx: Story) -> Resolution | None:
    """The one person named so far whose full name holds the words of ``name``, a name
    the recogniser did not tag: "Luiz Inacio Lula da Silva … Lula rejected"."""
    words = _plain(name).split()
    found = {res.name: res for res in ctx.names.values() if res.kind == "person" and res.code
             and res.name and len(res.name.split()) > len(words)
             and _holds(_plain(res.name).split(), words)}
    return next(iter(found.values())) if len(found) == 1 else None


def _holds(whole: list[str], part: list[str]) -> bool:
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _remember_name(ctx: Story, res: Resolution) -> None:
    """Keep a person's resolution under the full name and the surname, unless a longer
    name with a code already holds them."""
    if not res.name:
        return
    for key in _name_keys(res.name):
        known = ctx.names.get(key)
        if known is None or not known.code or len(known.name or "") <= len(res.name):
            ctx.names[key] = res


def _resolve_named(view: DocView, mention: Mention, ctx: Story) -> None:
    res = mention.resolution
    if res is None:
        return
    words = " ".join(mention.words)
    if " " not in words and (res.how == "kb:organization" or (
            res.kind == "org" and res.how == "unresolved")):
        # (or a family name written first: "Wang Yi … Wang urged")
        earlier = ctx.names.get(_plain(words)) or _inside_a_name(words, ctx)
        if earlier is not None and earlier.kind == "person" and earlier.code and \
                earlier.name and earlier.name != words:
            # "Kurt Volker … Volker said", "Michael Bloomberg … Bloomberg endorsed": the
            # one-word "organisation" is the surname of the person the story has named
            res = replace(earlier, how="coref:name", confidence=min(0.85, earlier.confidence))
    if res.how == "unresolved":
        res = _town_struck(view, mention, ctx) or res
    res = _shared_party_name(res, ctx)
    if res.how == "words:critic-of" and res.name is None:
        # "Kremlin critic Alexei Navalny … Navalny said": the critic's own name
        name = next((e.text for e in view.doc[mention.start:mention.end].ents
                     if e.label_ == "PERSON"), None)
        res = replace(res, name=name) if name else res
    if res.kind == "person" and res.name:
        name = res.name
        earlier = ctx.names.get(_plain(name)) or ctx.names.get(_name_keys(name)[-1]) or (
            _inside_a_name(name, ctx) if res.code is None else None)
        if res.code is None and earlier is not None:
            res = Resolution(earlier.code, earlier.country, earlier.sector, earlier.name,
                             "coref:name", min(0.85, earlier.confidence), "person",
                             earlier.role)
        elif res.how in _OFF_DATE and earlier is not None and \
                earlier.how == "words:apposed-title":
            res = earlier  # "Mujahid, a Taliban spokesman, … Mujahid said": the text's title
        elif res.code is None and ctx.learned_lookup is not None:
            res = ctx.learned_lookup(name) or res
        elif res.code is not None and earlier is not None and earlier.name and \
                len(earlier.name) > len(res.name or "") and res.how.startswith("words"):
            res = Resolution(res.code, res.country, res.sector, earlier.name, res.how,
                             res.confidence, "person", res.role)
        _remember_name(ctx, res)
    if res.needs_country:
        res = by_description(view, mention, res, ctx)
        if res.kind == "person":
            # "the former mayor of Springfield, Jane Doe … Doe": the titled person, placed
            _remember_name(ctx, res)
        if res.how in ("context:place", "context:origin") and res.country and not mention.extra:
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in ctx.places.more_attached(mention, res.country))
        elif res.how == "context:owners" and not mention.extra:
            owner = next(c for c in view.doc[mention.head].children if c.dep_ == "poss")
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in owner_countries(owner, ctx)[1:])
        elif res.how == "context:pair" and not mention.extra:
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in owning_pair(view, mention, ctx)[1:])
        elif res.how == "context:coordination" and not mention.extra:
            # "lawmakers and officials in France and Germany": the officials of both
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in _sibling_countries(view, mention, ctx) if c != res.country)
    mention.resolution = res
    mention.actor = actor_of(view, mention, res)
    if mention.extra:
        mention.group = (mention.actor,
                         *(actor_of(view, mention, extra) for extra in mention.extra))
    elif _warring_sides(view.doc[mention.head]):
        # "the warring parties": the two sides the story has named, else armed men unknown
        pair = latest_pair(view, mention, ctx)
        if pair:
            span = view.span(mention.start, mention.end)
            mention.group = tuple(Actor(a.code, a.country, a.sector, a.name, span,
                                        "coref:pair", 0.7, a.role) for a in pair)


def _shared_party_name(res: Resolution, ctx: Story) -> Resolution:
    """A party name many countries' parties bear, in a story about another country that has
    not named the party's own: "the main opposition Democratic Party" of a story from Seoul
    is South Korea's, not the US party the name is kept for."""
    if res.how != "kb:organization" or res.name not in _SHARED_PARTY_NAMES or \
            not res.country or ctx.countries[res.country] or ctx.people_countries[res.country]:
        return res
    focus = ctx.focus_country()
    if focus is None or focus == res.country:
        return res
    return replace(res, code=compose(focus, res.sector), country=focus, how="context:party-name",
                   confidence=min(res.confidence, 0.7))


# names of one party in the knowledge base that other countries' parties bear too
_SHARED_PARTY_NAMES = frozenset({"Democratic Party"})


def _warring_sides(token: Any) -> bool:
    return bool(token.tag_ == "NNS" and token.lemma_.lower() in ("party", "side", "faction")
                and any(c.lower_ == "warring" for c in token.lefts))


def _town_struck(view: DocView, mention: Mention, ctx: Story) -> Resolution | None:
    """A town the entity recogniser took for a person or a body, where force or a visit
    is aimed: "shelled Kherson", "captured Bakhmut", "the attack on Goma" are against the
    town's country."""
    if ctx.places.lookup is None or mention.entity not in ("PERSON", "ORG") or \
            any(w in ctx.genders or _plain(w) in ctx.names for w in mention.words):
        return None
    token = view.doc[mention.head]
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in _TOWARDS_TOWNS:
        verb = token.head.head
    else:
        return None
    if verb.lemma_.lower() not in _STRIKING_TOWNS:
        return None
    country = ctx.places.lookup(mention.words)
    if not country or len(country) != 3:
        return None
    return Resolution(country, country, None, " ".join(mention.words), "gazetteer:town",
                      0.6, "country")


# what is done to a town (by verb or noun) and the prepositions that aim it there
_STRIKING_TOWNS = frozenset({
    "attack", "shell", "bomb", "bombard", "strike", "hit", "pound", "raid", "storm", "capture",
    "seize", "besiege", "encircle", "surround", "invade", "occupy", "retake", "recapture",
    "overrun", "liberate", "target", "enter", "shelling", "bombing", "bombardment", "assault",
    "offensive", "advance", "siege", "fire", "airstrike", "push"})
_TOWARDS_TOWNS = frozenset({"on", "of", "against", "into", "towards", "toward"})


def _sibling_countries(view: DocView, mention: Mention, ctx: Story) -> list[str]:
    """The countries of the coordinated description a mention took its country from."""
    siblings = {t.i for t in view.doc[mention.head].conjuncts}
    for earlier in reversed(ctx.done):
        if earlier.head in siblings and earlier.group:
            return [a.country for a in earlier.group if a.country]
    return []


def attach_speakers(index: ActorIndex, speaker_at: SpeakerLookup) -> None:
    """Resolve "I", "we", "our" inside quotations to the quotation's speaker (after quotes are
    found, which needs the other actors first)."""
    view = index.view
    for mention in index.mentions:
        if mention.pronoun in ("speaker", "speaker-group") and mention.actor is None:
            resolve_pronoun(view, mention, Story(Places(view, {}, None)), speaker_at)
            if mention.actor is not None:
                index.register(mention)
