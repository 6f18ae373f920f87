"""Descriptions without a name: "the minister", "the government", "police", "the court" take
the person, body or country the text before them is about (see :mod:`tacitus.actors.coref`)."""

from __future__ import annotations

from typing import Any

from tacitus.actors.mentions import FACILITIES, Mention
from tacitus.actors.pairs import THIRD_PARTIES, mediating, owning_pair
from tacitus.actors.places import PLACE_PREPS, venue
from tacitus.actors.resolve import UNKNOWN_COUNTRY, Resolution, compose
from tacitus.actors.story import (
    ABROAD,
    ASSAULTING,
    NOT_STATES,
    Story,
    names_a_country,
    resolved_mention,
)
from tacitus.nlp.syntax import RELATION_NOUNS
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = ["by_description", "owner_countries", "sets_the_scene", "speaks_for"]

_NAMED_BODIES = frozenset({"kb:organization", "dictionary", "kb:leader-government"})
# people who speak or act for whoever the phrase after them names: "a spokesman for the
# Taliban" is the Taliban's voice, not the government's of the country where he speaks
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
                     "emissary", "negotiator", "delegate", "delegation", "official", "officials",
                     "spokesmen", "spokeswomen", "representatives", "envoys", "negotiators",
                     "delegates", "delegations"})


def sets_the_scene(view: DocView, mention: Mention) -> bool:
    """Does a named mention say which country its sentence is about? Not a capital where
    sides meet ("talks in Doha"), a mediator ("brokered by Qatar") or people abroad ("two
    Chinese nationals")."""
    res = mention.resolution
    token = view.doc[mention.head]
    return res is not None and names_a_country(res) and \
        not (res.kind == "capital" and venue(token)) and not mediating(token) and \
        token.lemma_.lower() not in ABROAD


def speaks_for(view: DocView, mention: Mention, res: Resolution, ctx: Story
               ) -> Resolution | None:
    """"its spokesman", "a representative of the Taliban": the body a voice speaks for."""
    token = view.doc[mention.head]
    if token.lower_ not in _VOICES:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for pobj in prep.children:
            whom = ctx.places.by_head.get(pobj.i) if pobj.dep_ == "pobj" else None
            found = whom.resolution if whom is not None else None
            if found is None or found.needs_country or not found.code or \
                    found.kind in ("country", "capital", "demonym", "adjective"):
                continue  # "an envoy of Egypt" is a state's: the sector word decides
            return Resolution(found.code, found.country, found.sector, None, "context:voice",
                              min(0.8, found.confidence), res.kind, res.role, res.plural)
    return None


# titles a story uses for an office held under another name: "the pontiff" is the Pope
_TITLE_SYNONYMS = {"pontiff": "pope"}


def by_description(view: DocView, mention: Mention, res: Resolution, ctx: Story) -> Resolution:
    """The resolution of a description without a name, with the country (or person) the
    context gives it (see the module's rules)."""
    voice = speaks_for(view, mention, res, ctx)
    if voice is not None:
        return voice
    body = _owning_group(view, mention, res, ctx)
    if body is not None:
        # "Hezbollah said Israel had killed its commander": the group's own commander, as
        # "a Hezbollah commander"
        return Resolution(body.code, body.country, body.sector, None,
                          "context:owner-body", 0.6, res.kind, res.role, res.plural)
    if res.home is not None:
        country, how = _group_country(view, mention, res, ctx)
        return Resolution(compose(country, res.sector), country, res.sector, res.name, how,
                          res.confidence, res.kind, res.role, res.plural)
    words = [w.lower() for w in mention.words if w.lower() not in ("the", "a", "an")]
    if res.role and len(words) <= 2 and words[-1] not in _OTHER_SIDE:
        # "the minister" takes up "Defence Minister X"; "the attorney general" is no
        # "General X", nor "the foreign minister" a defence minister
        wanted = " ".join(words)
        wanted = _TITLE_SYNONYMS.get(wanted, wanted)
        for earlier in reversed(ctx.done):
            prior = earlier.resolution
            if prior and prior.kind == "person" and prior.code and prior.role and \
                    wanted in prior.role.lower():
                return Resolution(prior.code, prior.country, prior.sector, prior.name,
                                  "coref:title", 0.75, "person", prior.role)
    court = _named_court(view, mention, ctx)
    if court is not None:
        # "filed a case at the International Court of Justice … asked the court to …"
        return Resolution(court.code, court.country, court.sector, court.name, "coref:court",
                          min(0.7, court.confidence), res.kind, res.role, res.plural)
    same = _same_head(view, mention, ctx)
    if same is not None:
        # "EU foreign ministers … Several ministers said": the ministers told before
        return Resolution(same.code, same.country, same.sector, same.name, "coref:same-head",
                          min(0.7, same.confidence), res.kind, res.role, res.plural)
    owner = possessor(view.doc[mention.head]) if res.sector in ("MIL", "GOV") else None
    if owner is not None and _owned_by_a_body_of_states(owner, ctx):
        held = resolved_mention(owner, ctx)
        actor = held.actor if held is not None else None
        if actor is not None and actor.code:
            # "the UN said its peacekeepers …": the body's own force, as "UN peacekeepers";
            # "the bloc's leaders" are its council, as "EU leaders"
            return Resolution(actor.code, actor.country, actor.sector, actor.name,
                              "context:owner-body", 0.6, res.kind, res.role, res.plural)
    country, how = _context_country(view, mention, res, ctx)
    if country is not None and how in _LOOSE_PLACINGS and \
            country == _partnering_country(view, mention, ctx):
        # "said South Africa was cooperating with a terrorist organisation": a partner is
        # someone else, whatever country the sentence names
        country, how = None, "context:unknown"
    if res.kind == "org" and country in NOT_STATES:
        country, how = None, "context:unknown"  # a party ("the Greens") is some state's
    code = compose(country or UNKNOWN_COUNTRY, res.sector)
    return Resolution(code, country, res.sector, res.name, how, 0.6 if country else 0.4,
                      res.kind, res.role, res.plural)


def _owning_group(view: DocView, mention: Mention, res: Resolution, ctx: Story
                  ) -> Actor | None:
    """The armed group, party or opposition whose commanders, fighters or leaders a
    possessive names: 'its' (Hezbollah) in "one of its commanders"; and the body, no branch of
    a state, whose staff it names: 'its' (Sputnik) in "two of its employees"."""
    if res.sector not in ("MIL", "GOV", "LAB"):
        return None
    owner = possessor(view.doc[mention.head])
    held = resolved_mention(owner, ctx) if owner is not None else None
    body = held.actor if held is not None and not held.group else None
    if body is None or not body.code:
        return None
    if res.sector == "LAB":
        return body if body.sector and body.sector not in _STATE_BRANCHES | {"LAB"} else None
    return body if body.sector in _OWNING_BODIES else None


def possessor(token: Any) -> Any | None:
    """The possessive of a noun ("its" in "its army"), or for "whose" the noun the relative
    clause qualifies: 'NATO' in "NATO, whose peacekeepers patrol Kosovo"."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "whose":
        return owner
    clause = token
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


# bodies that are no state, whose commanders and leaders are their own
_OWNING_BODIES = frozenset({"REB", "UAF", "OPP", "PTY", "CRM"})
# a state's branches, whose staff are spoken of by their own sector words
_STATE_BRANCHES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def _named_court(view: DocView, mention: Mention, ctx: Story) -> Actor | None:
    """The court a bare "the court" or "the tribunal" refers back to: the latest one named by
    its name in this sentence or the two before it."""
    token = view.doc[mention.head]
    if token.lemma_.lower() not in ("court", "tribunal") or token.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
        return None
    here = view.sent_of[mention.head]
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            break
        if earlier.pronoun is None and earlier.actor is not None and earlier.actor.code and \
                any(w in ("Court", "Tribunal") for w in earlier.words):
            return earlier.actor
    return None


def _same_head(view: DocView, mention: Mention, ctx: Story) -> Actor | None:
    """The actor of an earlier mention with the same plural head word, for a bare plural
    with no place or owner of its own: "EU foreign ministers met … Several ministers said"."""
    token = view.doc[mention.head]
    # ("the other 26 leaders": a count of the same people)
    others = any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)
    if token.tag_ != "NNS" or any(c.dep_ in ("poss", "prep", "compound") or (
            c.dep_ == "nummod" and not others) or (
            c.dep_ == "amod" and c.lower_ not in _HOW_MANY) for c in token.children) or \
            ctx.places.attached(mention) is not None:
        return None  # ("local health authorities", "20,000 pupils" are others)
    here = view.sent_of[mention.head]
    if token.dep_ in ("nsubj", "nsubjpass"):
        # "Arab and Muslim leaders gathered …, after a strike targeted Hamas leaders. The
        # leaders condemned the attack": a subject takes up the main subject of the sentences
        # before, not a later object
        lead = next((m for m in reversed(ctx.plurals.get(token.lemma_.lower(), ()))
                     if m.head != mention.head and 0 < here - view.sent_of[m.head] <= 2
                     and view.doc[m.head].dep_ in ("nsubj", "nsubjpass")
                     and view.doc[m.head].head.dep_ == "ROOT"), None)
        if lead is not None and lead.actor is not None and lead.actor.code:
            return lead.actor  # (of no known country, if the words named none)
    for earlier in reversed(ctx.plurals.get(token.lemma_.lower(), ())):
        if here - view.sent_of[earlier.head] > 8:
            break
        if earlier.actor is None or not earlier.actor.code:
            continue
        if earlier.head != mention.head:
            res = earlier.resolution
            how = earlier.actor.how
            if res is not None and (how == "context:owner-body" or (
                    not res.needs_country and not how.startswith("context:"))):
                # (named by its own words or its body's, not itself placed by context)
                return earlier.actor
    return None


_HOW_MANY = frozenset({"several", "other", "some", "many", "few", "various", "numerous"})


def _of_a_relation(token: Any) -> bool:
    """'a commander of Iran's closest ally', 'fighters of its proxies'."""
    return any(g.lemma_.lower() in RELATION_NOUNS for c in token.children
               if c.dep_ == "prep" and c.lower_ in ("of", "from", "for")
               for g in c.children if g.dep_ == "pobj")


def _owns_a_relation(token: Any) -> bool:
    """'Iran' in "Iran's closest ally" or "an ally of Iran": the sentence is about the ally."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "poss":
        return False
    return head.lemma_.lower() in RELATION_NOUNS


_OTHER_SIDE = frozenset({"counterpart"})


def _other_side(view: DocView, mention: Mention, ctx: Story, owner: Any | None
                ) -> tuple[str | None, str]:
    """"Lavrov met his counterpart in Ankara": the counterpart is of another country than
    its owner — the place the sentence names, if any, never the owner's own."""
    held = next((m for m in reversed(ctx.done) if owner is not None and m.head == owner.i),
                None)
    own = held.actor.country if held is not None and held.actor is not None else None
    # (where they meet is the counterpart's home when the owner travelled there)
    place = ctx.places.attached(mention) or ctx.places.in_sentence(mention, venues=True)
    if place and place != own:
        return place, "context:place"
    return None, "context:unknown"


def _owned_by_a_body_of_states(owner: Any, ctx: Story) -> bool:
    held = resolved_mention(owner, ctx)
    return held is not None and bool(held.actors) and all(
        (a.country or "") in NOT_STATES for a in held.actors)


def owner_countries(owner: Any, ctx: Story) -> list[str]:
    """The countries of a possessive's referent: one for "its", one per side for a pair's
    "their"."""
    held = resolved_mention(owner, ctx)
    found: list[str] = []
    for actor in held.actors if held is not None else ():
        country = actor.country
        if country and len(country) == 3 and country != UNKNOWN_COUNTRY and \
                country not in NOT_STATES and country not in found:
            found.append(country)
    return found


# places that are every country's: "leaders from around the world"
_EVERYWHERE = frozenset({"world", "globe"})
# names of parts of the world with many countries
_CONTINENTS = frozenset({"africa", "europe", "asia", "caribbean", "balkans", "continent"})


def _a_region_name(token: Any) -> bool:
    """'Africa', 'Latin America', 'the Middle East': a part of the world, no one state."""
    lower = token.lower_
    before = {c.lower_ for c in token.lefts}
    return lower in _CONTINENTS or (lower == "america" and bool(
        before & {"latin", "south", "central"})) or (lower == "east" and "middle" in before)


def _partnering_country(view: DocView, mention: Mention, ctx: Story) -> str | None:
    """The country of whoever acts together "with" a description: South Africa in "South
    Africa was cooperating with a terrorist organisation"."""
    token = view.doc[mention.head]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in _PARTNERING:
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    named = ctx.places.by_head.get(subject.i) if subject is not None else None
    res = named.resolution if named is not None else None
    return res.country if res is not None and res.country and len(res.country) == 3 else None


def _commander_country(view: DocView, mention: Mention, res: Resolution, ctx: Story
                       ) -> str | None:
    """The country of a state's leader or government that orders, deploys or sends a bare
    armed force: "South Korea's president ordered the military to step up readiness"."""
    token = view.doc[mention.head]
    if res.sector not in ("MIL", "COP") or token.dep_ != "dobj" or \
            token.head.lemma_.lower() not in _COMMANDING:
        return None
    verb = token.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "condemned the launch and ordered the military to …"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = ctx.places.by_head.get(subject.i) if subject is not None else None
    known = named.resolution if named is not None else None
    if known is None or known.sector not in ("GOV", "MIL") or not known.country or \
            len(known.country) != 3 or known.country in NOT_STATES:
        return None
    return str(known.country)


# what a government or command does with its own forces
_COMMANDING = frozenset({"order", "instruct", "direct", "command", "deploy", "mobilise",
                         "mobilize", "dispatch", "send", "put", "place"})


# acting together with another: the partner is not oneself
_PARTNERING = frozenset({"cooperate", "collaborate", "collude", "ally", "coordinate", "side",
                         "negotiate", "meet", "talk", "conspire", "partner", "work"})
# placings that only say where the text is, not whose a description is
_LOOSE_PLACINGS = frozenset({"context:place", "context:sentence", "context:focus",
                             "context:story", "context:document"})


def _context_country(view: DocView, mention: Mention, res: Resolution, ctx: Story
                     ) -> tuple[str | None, str]:
    """The country a bare description belongs to, and which rule said so."""
    pair = owning_pair(view, mention, ctx)
    if pair:  # "the two countries' leaders", "negotiators from both sides"
        return pair[0], "context:pair"
    if _of_a_relation(view.doc[mention.head]):
        return None, "context:unknown"  # "a commander of Iran's closest ally": not Iran's
    origin = ctx.places.origin(mention)
    if origin:  # "dissidents from Egypt": where people come from is whose they are
        return origin, "context:origin"
    token = view.doc[mention.head]
    owner = possessor(token)
    if token.lemma_.lower() in _OTHER_SIDE:
        return _other_side(view, mention, ctx, owner)
    if owner is not None and _owned_by_a_body_of_states(owner, ctx):
        return None, "context:unknown"  # "the bloc's leaders" are of no one country
    if owner is not None:  # "its army", "their police": whose the pronoun says
        owned = owner_countries(owner, ctx)
        if len(owned) > 1:
            return owned[0], "context:owners"  # "the two countries … their embassies"
        if owned:
            return owned[0], "context:owner"
    leader = _leader_country(token, ctx)
    if leader is not None:
        return leader, "context:leader"  # "the delegation, which was led by Lavrov"
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and (
            g.lemma_.lower() in _EVERYWHERE or _a_region_name(g)) for g in c.subtree)
           for c in token.children):
        # "leaders from around the world", "leaders across Latin America": of no one country
        return None, "context:unknown"
    if token.lemma_.lower() not in _FOREIGN_OFFICES and any(
            (c.dep_ == "amod" and c.lower_ in _FOREIGN) or (
                c.dep_ in ("compound", "amod") and c.lower_ in _EVERYWHERE | {"global"})
            for c in token.children):
        # "world leaders", "global leaders" too
        # "ordered two foreign reporters to leave the country": of no country the story
        # has named so far (the foreign minister is one of its own)
        return None, "context:unknown"
    siblings = {t.i for t in token.conjuncts}
    for earlier in reversed(ctx.done):  # "the Malian government and the opposition"
        if earlier.head in siblings and earlier.actor is not None and earlier.actor.country:
            return earlier.actor.country, "context:coordination"
    for i in sorted(siblings):  # "farmers and the government of France"
        later = ctx.places.by_head.get(i)
        known = later.resolution if later is not None and i > mention.head else None
        if known is not None and not known.needs_country and known.country and \
                len(known.country) == 3 and known.kind != "person" and \
                known.country not in NOT_STATES:
            return known.country, "context:coordination"
    commander = _commander_country(view, mention, res, ctx)
    if commander:  # "the president ordered the military to …": his own forces
        return commander, "context:commander"
    struck = _struck_with(view, mention, ctx)
    if struck:  # "a camp for Sudanese refugees was shelled, killing 30 people"
        return struck, "context:victims"
    travelling = token.lemma_.lower() in _TRAVELLING
    attached = ctx.places.attached(mention, towns=not travelling)
    if attached:  # "the regime in Damascus", "police in Lagos"
        return attached, "context:place"
    if any(c.dep_ in ("amod", "compound") and _of_a_region(c) for c in token.children):
        # "Several Latin American governments", "Arab leaders", "Western diplomats": of
        # many countries, none of which the story's focus is ("an international force in
        # Liberia" is placed)
        return None, "context:unknown"
    if token.lemma_.lower() in THIRD_PARTIES:
        return None, "context:unknown"  # "mediators said": not of the country they mediate in
    if res.sector in _LOCAL_CROWDS:
        # "students protesting in Belgium": a crowd is where it gathers, whoever gathered
        # elsewhere earlier in the story
        place = ctx.places.in_sentence(mention)
        if place:
            return place, "context:place"
    here = view.sent_of[mention.head]
    definite = (view.doc[mention.head].tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in view.doc[mention.head].children)) or (
        view.doc[mention.head].lemma_.lower() in FACILITIES and mention.head > mention.start)
    # ("rebel targets", "army positions": the story's rebels and army, as "the rebels" are)
    junta = token.lemma_.lower() == "junta"
    attacker = _attacker_country(view, mention, ctx)
    addressed = _addressed_countries(view, mention, ctx)
    for earlier in reversed(ctx.done):  # "the Syrian opposition … the opposition"
        prior = earlier.resolution
        if here - view.sent_of[earlier.head] > 8:
            break
        if attacker is not None and prior is not None and prior.country == attacker:
            continue  # "Russia said it had struck military targets": not Russia's own
        if prior is not None and prior.country in addressed:
            continue  # "… over Washington's arms sales. The foreign ministry urged the US …"
        if junta and prior and prior.country and len(prior.country) == 3 and \
                earlier.pronoun is None and _military_rulers(view, earlier):
            # "Burkina Faso's military government … the junta": the soldiers in power
            return prior.country, "context:same-sector"
        if junta:
            continue  # (not the French foreign ministry told in between)
        if prior and prior.kind == "capital" and view.doc[earlier.head].dep_ == "pobj" and \
                view.doc[earlier.head].head.lower_ in PLACE_PREPS:
            continue  # "talks in Havana … the government": a capital named as a place
        if prior and prior.sector == res.sector and prior.country and earlier.actor and \
                prior.kind != "person" and earlier.pronoun is None and len(prior.country) == 3 \
                and (prior.how not in _NAMED_BODIES or definite):
            # "the Syrian opposition … the opposition", "Amnesty International … the rights
            # group" — but "Houthi positions … separatists near Donetsk" are no Houthis
            return prior.country, "context:same-sector"
    place = ctx.places.in_sentence(mention, towns=not travelling)
    if place:
        return place, "context:place"
    focus = ctx.focus_country(besides=_commenter(view, mention, ctx))
    if focus:
        return focus, "context:focus"
    here = view.sent_of[mention.head]
    named = [m.resolution for m in ctx.places.by_head.values()
             if m is not mention and m.resolution is not None
             and view.sent_of[m.head] == here and sets_the_scene(view, m)
             and not _owns_a_relation(view.doc[m.head])]
    countries = {r.country for r in named} - {ctx.places.moved_from(mention)}
    if len(countries) == 1 and (res.sector in _AT_HOME or
                                any(r.sector in _AT_HOME for r in named)):
        # with nothing said before, the one country the sentence names: "the opposition
        # party attacked the Kenyan government", "Judge X opened inquiries into 28 Chilean
        # officials", "President X gave in to the demands of the (Angolan) rebels" — but "the
        # government thanked China for its aid" is no Chinese government
        return countries.pop(), "context:sentence"
    if ctx.story_focus:
        return ctx.story_focus, "context:story"
    story_country = ctx.later_focus(here)
    if story_country:  # the lead names no country, the rest of the story does
        return story_country, "context:document"
    return None, "context:unknown"


def _leader_country(token: Any, ctx: Story) -> str | None:
    """The country of whoever leads a group or sends a craft, as the text says it: "a
    delegation led by Sergei Lavrov", "the team, which was headed by the foreign minister of
    Peru", "the drones Russia launched overnight", "missiles fired by Iran"."""
    verbs = _SENDING_CRAFT if token.lemma_.lower() in _CRAFT else _LEADING
    for child in token.children:
        if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in verbs:
            continue
        agent = next((g for c in child.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"), None) or next(
            (c for c in child.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        mention = ctx.places.by_head.get(agent.i) if agent is not None else None
        res = mention.resolution if mention is not None else None
        if res is not None and res.country and len(res.country) == 3 and \
                res.country not in NOT_STATES:
            return res.country
    return None


_LEADING = frozenset({"lead", "head"})
_CRAFT = frozenset({"drone", "missile", "rocket", "aircraft", "plane", "jet", "warplane",
                    "helicopter", "ship", "vessel", "warship", "boat", "balloon"})
_SENDING_CRAFT = frozenset({"launch", "fire", "send", "fly", "operate", "deploy", "dispatch"})


def _military_rulers(view: DocView, mention: Mention) -> bool:
    """'the junta', 'Mali's military government', 'the military rulers', 'coup leaders'."""
    words = {view.doc[i].lemma_.lower() for i in range(mention.start, mention.end)}
    return "junta" in words or ("military" in words and bool(
        words & {"government", "ruler", "leader", "authority", "regime"})) or "coup" in words


def _commenter(view: DocView, mention: Mention, ctx: Story) -> str | None:
    """The country of whoever speaks of an act done to the mention: 'Egypt' in "Egypt
    condemned an attack on a hospital" (after "Israeli jets struck Gaza") — a commenter from
    elsewhere, not where the hospital is."""
    token = view.doc[mention.head]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("on", "of", "against") or \
            prep.head.pos_ != "NOUN" or prep.head.dep_ != "dobj":
        return None
    verb = prep.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = next((m for m in reversed(ctx.done) if subject is not None and m.head == subject.i),
                None)
    if said is None or said.actor is None or said.actor.sector not in (None, "GOV"):
        return None
    return said.actor.country


def _struck_with(view: DocView, mention: Mention, ctx: Story) -> str | None:
    """The country of whom an attack was aimed at, for the people its participle says it
    killed: "a camp for Sudanese refugees was shelled …, killing 30 people"."""
    token = view.doc[mention.head]
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    main = verb.head
    patient = next((c for c in main.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if patient is None:
        return None
    # the patient, or the people a place holds ("a camp for Congolese refugees")
    heads = {patient.i} | {g.i for c in patient.children if c.dep_ == "prep"
                           for g in c.children if g.dep_ == "pobj"}
    for earlier in reversed(ctx.done):
        if earlier.head in heads and earlier.actor is not None:
            country = earlier.actor.country
            if country and len(country) == 3 and country not in NOT_STATES and \
                    country != UNKNOWN_COUNTRY:
                return country
    return None


_FOREIGN = frozenset({"foreign", "overseas", "expatriate"})
_REGIONS = frozenset({"arab", "western", "african", "asian", "nordic", "balkan", "baltic",
                      "gulf", "regional", "neighbouring", "neighboring", "international",
                      "european", "scandinavian", "caribbean"})


def _of_a_region(word: Any) -> bool:
    """'Arab', 'Western', 'regional', 'Latin American': a word for many countries at once."""
    if word.lower_ == "american":
        before = word.doc[word.i - 1] if word.i > 0 else None
        return before is not None and before.lower_ in ("latin", "south", "central") and \
            before.text[:1].isupper()
    return word.lower_ in _REGIONS


_FOREIGN_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "service",
                              "affair", "intelligence", "policy", "department"})
# people who go where talks are held or conflicts watched: "the warring parties in Geneva",
# "diplomats in Moscow" and "observers in Kyiv" are not (necessarily) of the town they are
# in — though the parties "in Darfur" are of the region
_TRAVELLING = frozenset({
    "party", "side", "negotiator", "delegation", "delegate", "diplomat", "envoy",
    "ambassador", "mediator", "observer", "monitor", "inspector", "peacekeeper", "emissary"})
# groups that are people of the place they are in: citizens, students, workers, farmers,
# gangs
_LOCAL_CROWDS = frozenset({"CVL", "EDU", "LAB", "AGR", "CRM"})
# sectors that act at home: an opposition, a party, courts, police, crowds, rebels, criminals
# (not scholars: "scientists report that ancient Egyptians …")
_AT_HOME = frozenset({"OPP", "PTY", "JUD", "COP", "CVL", "LAB", "AGR", "REB", "CRM", "ELI"})


def _group_country(view: DocView, mention: Mention, res: Resolution, ctx: Story
                   ) -> tuple[str | None, str]:
    """An ethnic group's country: a place attached to it ('Yoruba traders in Ghana'), else a
    country where it also lives that the sentence or article is set in, else its home.
    Refugees keep their origin ('Rohingya refugees in Bangladesh')."""
    if res.sector == "REF":
        return res.home, res.how
    attached = ctx.places.origin(mention) or ctx.places.attached(mention)
    if attached:
        return attached, "context:place"
    place = ctx.places.in_sentence(mention)
    if place is None and ctx.focus_country() in res.also:
        return ctx.focus_country(), "context:focus"
    if place is not None and place in res.also:
        return place, "context:place"
    return res.home, res.how


def _addressed_countries(view: DocView, mention: Mention, ctx: Story) -> set[str]:
    """The countries named as the object of the verb a description is the subject of: one
    does not urge, accuse or meet oneself ("the foreign ministry urged the United States")."""
    token = view.doc[mention.head]
    if token.dep_ != "nsubj":
        return set()
    verb = token.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "to")
        for g in c.children if g.dep_ == "pobj"]
    found: set[str] = set()
    for obj in objects:
        named = ctx.places.by_head.get(obj.i)
        res = named.resolution if named is not None else None
        if res is not None and res.country and len(res.country) == 3 and \
                res.kind in ("country", "capital", "person", "demonym") and \
                res.country not in NOT_STATES:
            found.add(res.country)
    return found


def _attacker_country(view: DocView, mention: Mention, ctx: Story) -> str | None:
    """The country of whoever attacks the thing a description is: Russia for "military
    targets" in "it had struck military targets in Ukraine"."""
    token = view.doc[mention.head]
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in ASSAULTING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = next((m for m in reversed(ctx.done) if subject is not None and m.head == subject.i
                  and m.actor is not None), None)
    return named.actor.country if named is not None and named.actor is not None else None
