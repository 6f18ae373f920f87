"""Whom an event is done to when its pattern's own slot names no one.

"rejected a U.S. offer" (the offer's owner), "cut off gas supplies to X" (a partner of the
verb), "imposed a curfew in Cizre" (the country of the place), "thousands rallied" (the
protesters' own country), "threatened to launch an offensive in its war with Iraq" (the
partner of the conflict the act belongs to): the searches the coder makes, in order, for an
event whose matched target is missing or is a thing.
"""

from __future__ import annotations

from typing import Any

from tacitus.actors.mentions import ActorIndex
from tacitus.events.arguments import (
    HOLDING,
    act_done_to_of,
    clause_subject,
    object_of,
    prep_object,
    subject_of,
)
from tacitus.events.matcher import Candidate
from tacitus.events.modality import condition_of
from tacitus.events.participants import (
    actors_of,
    home_actors,
    named_place_actors,
    owner_actors,
    partner_actors,
    place_actors,
)
from tacitus.events.patterns import Pattern
from tacitus.geo import Gazetteer
from tacitus.records import Actor

__all__ = ["FORCE_ROOTS", "MATERIAL_COOPERATION", "MEMBERS_ONLY", "VISITS", "addressed_targets",
           "doer_of_act", "indirect_targets"]

VISITS = frozenset({"042", "043"})
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# meetings, aid, concessions: the thing received or given says nothing of a partner
MATERIAL_COOPERATION = frozenset({"03", "04", "06", "07", "08", "09"})
# verbs whose bare object must itself be the actor acted on ("suspended Niger"): "suspended
# their campaigns" suspends no one, "ordered the arrest of X" is the arrest, not a demand on X
MEMBERS_ONLY = frozenset({"suspend", "order"})
# acts whose unnamed target is the country where they happen: inspections, protests, threats,
# repression, violence ("inspectors sent to a plant in Iran", "a curfew in Cizre", "clashes in
# Gaza")
_PLACE_ROOTS = frozenset({"09", "13", "14", "15", "17", "18", "19", "20"})
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# statements about a thing in a place are about the place: "condemned the violence in Syria"
_STATEMENT_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})
# verbs of appeal, demand and threat whose own target may sit in the clause they govern
_ADDRESSING_ROOTS = frozenset({"02", "10", "12", "13"})
_REQUESTING = frozenset({"ask", "urge", "request", "invite", "press", "call", "implore",
                         "beg", "encourage", "petition"})
# verbs of inquiry whose whether-clause names whom they look into ("questioned whether the
# senator had lied" is a question, not an inquiry)
_PROBING = frozenset({"investigate", "examine", "probe", "review", "scrutinize", "scrutinise",
                      "inquire", "audit", "study"})
# voices of a country's own politics and society, and the public things they reject
_DOMESTIC_VOICES = frozenset({"OPP", "PTY", "CVL", "LAB", "AGR", "EDU", "REL", "ELI"})
_PUBLIC_THINGS = frozenset({"result", "election", "vote", "constitution", "budget", "law",
                            "bill", "reform", "plan", "decision", "verdict", "referendum",
                            "policy", "measure", "tax", "outcome", "ruling", "amendment"})


# what one says to someone just met, called or summoned: appeals, demands, criticism, threats
_SPOKEN_TO = frozenset({"02", "10", "11", "13"})
_ADDRESSING = frozenset({"call", "phone", "telephone", "ring", "meet", "summon", "receive",
                         "host", "tell", "visit"})


def addressed_targets(candidate: Candidate, code: str, sources: tuple[Actor, ...],
                      actors: ActorIndex, gazetteer: Gazetteer) -> tuple[Actor, ...]:
    """Whom a statement with no target of its own was said to: the one the verb it is
    coordinated with addressed ("called Netanyahu and demanded an investigation", "summoned
    the ambassador and protested the arrests")."""
    verb = candidate.verb
    if code[:2] not in _SPOKEN_TO or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or \
            verb.head.lemma_.lower() not in _ADDRESSING:
        return ()
    return tuple(a for a in actors_of(object_of(verb.head), actors, gazetteer)
                 if a.code not in {s.code for s in sources})


def doer_of_act(pattern: Pattern) -> bool:
    """A verb of support or protest whose object may be an act: backing or protesting an act
    is aimed at whoever does it, not whom it is done to — "backed an audit of the central
    bank" praises no one, "protested the harassment of its ships" is no protest against
    the ships. (Condemning "the killing of civilians" keeps the civilians as target, as
    CAMEO coders do.)"""
    return not pattern.noun and pattern.obj is None and pattern.code[:2] in ("05", "14")


def _within(actors: ActorIndex, actor: Actor, tokens: set[int]) -> bool:
    """Does ``actor``'s span start on one of ``tokens``?"""
    found = actors.view.char_tokens(actor.span.start, actor.span.end)
    return found is not None and found[0] in tokens


def _conceded_after_talks(verb: Any, actors: ActorIndex, gazetteer: Gazetteer,
                          sources: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """A concession made after talks is made to whoever the talks were with: "called off
    the strike after talks with the government"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "following"):
            continue
        for talks in prep.children:
            if talks.dep_ == "pobj" and talks.lemma_.lower() in _TALKS:
                partner = prep_object(talks, "with")
                found = tuple(a for a in actors_of(partner, actors, gazetteer)
                              if a.code not in {s.code for s in sources})
                if found:
                    return found
    return ()


# nouns of talks a concession may follow
_TALKS = frozenset({"talk", "deliberation", "negotiation", "meeting", "consultation",
                    "discussion", "dialogue"})


def indirect_targets(candidate: Candidate, code: str, target_tok: Any | None,
                      sources: tuple[Actor, ...], actors: ActorIndex, gazetteer: Gazetteer
                      ) -> tuple[Actor, ...]:
    """A target found inside a thing-argument ("rejected a U.S. offer") or among the verb's
    other prepositional arguments ("cut off electricity to X")."""
    verb = candidate.verb
    pattern = candidate.pattern
    if pattern.code[:2] == "04" and pattern.target == "dobj" and not pattern.noun and \
            not (pattern.code in VISITS and target_tok is not None and target_tok.pos_ == "PROPN"):
        # "received a settlement from CNN", "met the deadline": one meets or hosts people,
        # not things, nor whoever the thing came from
        return ()
    if code[:2] == "12" and target_tok is None and verb.dep_ == "conj" and \
            verb.head.lemma_.lower() in _REQUESTING:
        # "the ministry asked the judge to wait, but he declined": he refused the asker
        asked = actors_of(object_of(verb.head), actors, gazetteer)
        if {a.code for a in asked} & {a.code for a in sources} or \
                {a.country for a in asked} & {a.country for a in sources} - {None, "---"}:
            return actors_of(subject_of(verb.head), actors, gazetteer)
        return ()
    if pattern.anchor in MEMBERS_ONLY and pattern.obj is None:
        return ()
    doer_wanted = doer_of_act(pattern)
    found = owner_actors(target_tok, actors, gazetteer, avoid=sources,
                         patient=not doer_wanted)
    if code.startswith("084") and target_tok is not None:
        # "freed the staff held by the attackers": the captors are not the ones freed
        captors = {t.i for c in target_tok.children if c.dep_ in ("acl", "relcl")
                   and c.lemma_.lower() in HOLDING for t in c.subtree}
        found = tuple(a for a in found if not _within(actors, a, captors))
    acted = target_tok is not None and act_done_to_of(target_tok)
    if not found and doer_wanted and acted:
        # "protested the arrest of their leader by police": the parser's "by" on the verb
        found = actors_of(prep_object(verb, "by"), actors, gazetteer)
    if not found and verb.pos_ == "VERB" and not pattern.noun:
        # with a thing for patient only where the thing is aimed or comes from: "welcomed
        # memos from X", "launched an offensive against X"; "released a report to X" is no
        # release of X
        patient = pattern.target == "dobj" and pattern.obj is None and target_tok is not None
        if not (patient and code[:2] in MATERIAL_COOPERATION):  # "received a degree from X"
            found = partner_actors(verb, actors, gazetteer, skip=target_tok, avoid=sources,
                                   directed=patient)
            # a noun the pattern itself needs is nobody's part: "go to court/n"
            own = {w[:-2] for w in pattern.text.split() if w.endswith("/n")}
            found = tuple(a for a in found if a.span.text.lower().split()[-1] not in own)
    root = code[:2]
    if not found and pattern.anchor in _PROBING and target_tok is None and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                      for m in c.children) for c in verb.children):
        # "will look into whether the minister took bribes": whoever the question is about
        found = actors_of(clause_subject(verb), actors, gazetteer)
    if not found and root in _ADDRESSING_ROOTS and pattern.target is not None and not (
            target_tok is not None and target_tok.pos_ == "NOUN" and root == "02"):
        # (an appeal to people the text does not place, "urged his opponents to go to court",
        # is aimed at them, not at what they are asked to do)
        # "threatened to deliver blows to X", "urged to hold talks with X": the act's partner
        clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if clause is not None:
            found = actors_of(object_of(clause), actors, gazetteer) or actors_of(
                clause_subject(clause), actors, gazetteer) or partner_actors(
                clause, actors, gazetteer, skip=None, avoid=sources)
            if not found and root == "13":
                # "threatened to launch an offensive in its war with Iraq": the partner of
                # the conflict the act belongs to
                for pobj in (g for c in clause.children if c.dep_ == "prep"
                             for g in c.children if g.dep_ == "pobj"):
                    found = owner_actors(pobj, actors, gazetteer, avoid=sources)
                    if found:
                        break
            if not found and root == "13":
                # "threatened to stop the talks if the United States deploys missiles": whoever
                # the condition is about
                found = _condition_actors(verb, clause, actors, gazetteer, sources)
            if not found and root == "13":  # "threatened to resume attacks in Israel"
                found = place_actors(clause, actors, gazetteer) or place_actors(
                    object_of(clause), actors, gazetteer)
    if not found and root == "13" and pattern.code[:2] != "13":
        found = _condition_actors(verb, None, actors, gazetteer, sources)  # "may halt X if Y …"
    named_victim = target_tok is not None and target_tok.pos_ == "PROPN" and \
        target_tok.ent_type_ == "PERSON" and root in FORCE_ROOTS
    if not found and not named_victim and (root in FORCE_ROOTS or code[:3] == "087" or (
            pattern.code in VISITS and (
                (pattern.obj is None and not pattern.noun) or pattern.target in ("to", "of")))):
        # "shelled the town of Kessab", "visited Los Angeles", "during a visit to Lagos",
        # "withdrew its troops from Kherson": a named place stands for its country (not a
        # summit's venue: "attended a summit in Geneva" visits no Swiss host; nor is a person
        # killed there the country: "X was killed in an operation in the Pakistan region")
        found = named_place_actors(target_tok, actors, gazetteer, avoid=sources)
    if not found and root == "14":
        found = _protested(verb, candidate.trigger, actors, gazetteer, sources)
    if not found and root == "08" and not pattern.noun:
        found = _conceded_after_talks(verb, actors, gazetteer, sources)
    if not found and not named_victim:
        # "condemned the coup in Niger", "imposed a curfew in Cizre", "protested in Gaza": the
        # country of the place; the act's own place only for acts done to the people there
        # an intent to act is placed as the act is: "wants to inspect the sites in Iran"
        placed = root in _PLACE_ROOTS or (root == "03" and pattern.code[:2] in _PLACE_ROOTS)
        # a joint act's place is its venue, never the other side: "signed a peace agreement
        # in Pretoria"
        holders = (verb, candidate.trigger, target_tok) if placed else (
            (target_tok,) if root in _STATEMENT_ROOTS and not pattern.symmetric else ())
        for holder in holders:
            found = place_actors(holder, actors, gazetteer)  # TUR → TUR is fine here
            if found:
                break
        if not found and root in ("11", "05") and not pattern.symmetric and \
                target_tok is not None and target_tok.dep_ == "dobj" and \
                actors.at(target_tok.i) is None:
            # "condemned the coup in Gabon", the parser hanging the place on the verb: a
            # country (not a town, where statements are made) is where the thing happened
            found = _country_on(verb, actors, gazetteer)
    bare = pattern.target is None and (
        pattern.obj is not None or pattern.noun or object_of(verb) is None)
    if not found and root == "12" and target_tok is not None and target_tok.pos_ == "NOUN" and \
            actors.at(target_tok.i) is None and target_tok.lemma_.lower() in _PUBLIC_THINGS and \
            sources and all(s.sector in _DOMESTIC_VOICES for s in sources):
        # "the opposition rejected the results of the election": their own country's
        found = home_actors(sources)
    # (only for a light verb or a required noun: "took to the streets against price rises";
    # a bare "rallied against a draft law" leaves room for another reading, "outside
    # parliament")
    light = pattern.obj is not None or any(w.endswith("/n") for w in pattern.text.split()[1:])
    thing = target_tok is not None and target_tok.pos_ == "NOUN" and light and \
        actors.at(target_tok.i) is None and pattern.target in ("against", "over")
    if not found and root == "14" and target_tok is not None and target_tok.pos_ == "NOUN" \
            and actors.at(target_tok.i) is None:
        # "protesting against the planned burning of a Koran in Stockholm": where the thing
        # protested against happens, when the text says so
        inner = [g for c in target_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        for holder in (target_tok, *inner):
            found = tuple(a for a in place_actors(holder, actors, gazetteer)
                          if a.country not in {s.country for s in sources})
            if found:
                break
    if not found and root == "14" and (acted or bare or thing or pattern.anchor == "protest"):
        # "thousands rallied", "farmers protested the new tax", "marched against price
        # rises": against their own country
        # ("demonstrated resolve" is no protest)
        found = home_actors(s for s in sources if s.sector not in _STATE_SECTORS
                            and s.how not in ("kb:country", "kb:capital"))
    return found


def _country_on(verb: Any, actors: ActorIndex, gazetteer: Gazetteer) -> tuple[Actor, ...]:
    """A country (not a town or region) named in a place phrase of the verb itself."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = actors.at(pobj.i)
            res = mention.resolution if mention is not None else None
            if res is not None and res.how == "kb:country" and res.kind == "country":
                return actors_of(pobj, actors, gazetteer, place=True)
    return ()


def _protested(verb: Any, trigger: Any, actors: ActorIndex, gazetteer: Gazetteer,
               sources: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Whom a protest is against, from a phrase naming the protest around the act: "blocked
    the port in protest at the government's plan", "went on hunger strike during protests
    against the sale of the mine by the Bolivian government"."""
    for holder in {verb.i: verb, trigger.i: trigger}.values():
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _AROUND):
            for protest in (g for g in prep.children if g.dep_ == "pobj"
                            and g.lemma_.lower() in _PROTEST_NOUNS):
                for cause in (g for c in protest.children if c.dep_ == "prep"
                              and c.lower_ in _AGAINST for g in c.children if g.dep_ == "pobj"):
                    found = actors_of(cause, actors, gazetteer) or owner_actors(
                        cause, actors, gazetteer, avoid=sources)
                    if found:
                        return found
    return ()


_AROUND = frozenset({"in", "during", "at", "amid", "amidst", "as"})
_PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "sit-in",
                            "boycott", "riot"})
_AGAINST = frozenset({"of", "against", "at", "over"})


def _condition_actors(verb: Any, clause: Any | None, actors: ActorIndex, gazetteer: Gazetteer,
                      sources: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The subject of the "if"/"unless" clause a threat depends on, when it is someone else."""
    for holder in (clause, verb):
        condition = condition_of(holder) if holder is not None else None
        if condition is None:
            continue
        codes = {a.code for a in sources}
        found = tuple(a for a in actors_of(subject_of(condition), actors, gazetteer)
                      if a.code not in codes)
        if found:
            return found
    return ()
