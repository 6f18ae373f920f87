"""What kind of actor, word or clause an argument is: a person, people, a state, troops, the
press, a building, a crowd of protesters; a slogan, a generic statement, an electoral
challenge. The coder asks these before it keeps or re-codes a draft."""

from __future__ import annotations

from typing import Any

from tacitus.actors.mentions import VEHICLES, ActorIndex
from tacitus.events.arguments import object_of
from tacitus.events.matcher import Candidate
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = [
    "CIVILIAN_SIDES", "FORCES", "POLITICAL_SECTORS", "a_building", "a_court", "a_person",
    "a_state", "a_thing_that_kills", "bombing_code", "branded_hostile_act",
    "crowd_of_protesters", "electoral", "generic_subject", "named_as_place", "names_people",
    "own_craft", "own_place", "peacekeeping", "politician", "reciprocal", "slogan",
    "standing_leave", "summoning_of", "the_press", "troops_of",
]

_TROOP_WORDS = frozenset({"troop", "soldier", "peacekeeper", "force", "contingent", "battalion",
                          "deployment", "unit", "brigade", "marine", "warship"})


def slogan(verb: Any) -> bool:
    """A capitalised bare verb inside a sentence written in ordinary case names a campaign
    or a title ("Defund the Police", "Stop the Steal"), not an act; a headline in title
    case ("Trump to Meet Kim") and a verb opening a quotation do not count."""
    sent = verb.sent
    if verb.tag_ != "VB" or not verb.is_title or verb.i == sent.start or \
            verb.doc[verb.i - 1].text in _OPENERS:
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(sum(t.is_title for t in words) * 2 < len(words))


_OPENERS = frozenset({'"', "“", "‘", "'", ":", "-", "–", "—", "(", "["})


def electoral(verb: Any) -> bool:
    """A challenge in an election: 'challenged him for the nomination', 'challenging the
    president in the primaries', '(ran …,) challenging the incumbent'."""
    if verb.dep_ in ("advcl", "conj", "xcomp"):
        above = verb.head  # "decided to run in the primaries, challenging the president"
        if any(v.lemma_.lower() in _RUNNING for v in (above, *(
                c for c in above.children if c.dep_ == "xcomp"))):
            return True
    holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    return any(p.dep_ == "prep" and p.lower_ in ("in", "for") and any(
        g.lemma_.lower() in _CONTESTS for g in p.children if g.dep_ == "pobj")
        for holder in holders for p in holder.children)


_RUNNING = frozenset({"run", "campaign", "stand"})


def a_person(token: Any | None, actors: ActorIndex) -> bool:
    """Does ``token`` head a mention of one person ("the commander", "Avenatti")?"""
    mention = actors.at(token.i) if token is not None else None
    if mention is None or token is None:
        return False
    res = mention.resolution
    if mention.head == token.i and token.ent_type_ == "PERSON":
        return True
    # a title the mention is named by: "the finance minister", "the commander of the forces"
    return bool(res is not None and res.role and not res.how.startswith("kb:person")
                and token.lemma_.lower() in res.role.lower().split())


_CONTESTS = frozenset({"primary", "primaries", "election", "race", "nomination", "leadership",
                       "seat", "vote", "poll", "ballot", "presidency", "caucus", "runoff",
                       "contest", "mayoralty", "governorship", "post", "chairmanship"})


def branded_hostile_act(candidate: Candidate) -> bool:
    """'called the attack another manifestation of madness': a hostile act as the object of
    "call", with a noun for what it is (not a word of praise or of justification)."""
    target, verb = candidate.target, candidate.verb
    if target is None or target.pos_ != "NOUN" or target.lemma_.lower() not in _HOSTILE_ACTS:
        return False
    label = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > target.i),
                 None)
    return label is not None and label.pos_ == "NOUN" and \
        label.lemma_.lower() not in _EXCUSING and not any(
            c.lemma_.lower() in _EXCUSING for c in label.children)


# hostile acts whose naming by a third party is a verdict on them
_HOSTILE_ACTS = frozenset({"attack", "strike", "raid", "invasion", "bombing", "shelling",
                           "incursion", "killing", "massacre", "assault", "offensive",
                           "arrest", "detention", "crackdown", "shooting", "execution"})
# words that excuse or praise what they name ("called the strike an act of self-defence")
_EXCUSING = frozenset({"success", "victory", "response", "self-defence", "self-defense",
                       "necessity", "duty", "right", "justice", "operation", "legitimate",
                       "necessary", "justified", "defensive", "proportionate", "retaliation"})


def a_court(actor: Actor) -> bool:
    """A court or tribunal, where a case is filed rather than whom it is against."""
    words = actor.span.text.lower().split() if actor.span is not None else []
    return actor.sector == "JUD" or any(w in ("court", "tribunal") for w in words)


# plural actor nouns that are no people
_CRAFT = frozenset({"vessel", "ship", "boat", "tanker", "aircraft", "plane", "jet", "drone",
                    "trawler", "ferry"})


def names_people(token: Any | None, actors: ActorIndex) -> bool:
    """Does ``token`` name people: a person, or a plural group ("villagers", "two soldiers")?"""
    if token is None:
        return False
    found = actors.at(token.i)
    if found is None:
        return False
    if found.actor is not None and found.actor.sector is None and \
            found.actor.code == found.actor.country:
        return False  # a town the recogniser took for a person ("seized Goma") is a place
    if token.ent_type_ == "PERSON" or a_person(token, actors):
        return True
    return token.tag_ == "NNS" and token.lemma_.lower() not in _CRAFT


def a_state(actor: Actor) -> bool:
    """A country or its government, which acts through its forces."""
    return actor.country is not None and len(actor.country) == 3 and (
        actor.sector == "GOV" or (actor.sector is None and actor.code == actor.country
                                  and actor.how in ("kb:country", "kb:capital", "place")))


# verbs that call a diplomat in to hear a complaint
_SUMMONING = frozenset({"summon"})


def summoning_of(verb: Any) -> Any | None:
    """The summoning a verb is the purpose of: 'summoned the envoy to protest …'."""
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in _SUMMONING and \
            head.i < verb.i and object_of(head) is not None:
        return head
    return None


def reciprocal(token: Any | None) -> bool:
    """'each other', 'one another': the doers do it to one another."""
    if token is None:
        return False
    words = {token.lower_, *(c.lower_ for c in token.children)}
    return {"each", "other"} <= words or {"one", "another"} <= words


def a_thing_that_kills(source: Actor, target: Actor) -> bool:
    """"It killed eleven people", "it flooded the valley and killed 12 people": an 'it' that
    kills a counted number of people is a storm, a blast or a virus far more often than a
    state."""
    return source.how == "coref:pronoun" and source.span.text.lower() == "it" and \
        target.span.text.lower() in ("people", "persons")


def own_craft(source: Actor, target: Actor) -> bool:
    """"Poland shoots down drones": craft the text gives no owner, placed only by the story's
    country, are not the shooter's own."""
    words = target.span.text.lower().split()
    return bool(words) and target.how.startswith("context:") and \
        target.country == source.country and words[-1].rstrip("s") in VEHICLES


def troops_of(token: Any | None) -> bool:
    """'Bangladeshi troops', 'the first deployment of NATO forces' (a general is a visitor)."""
    if token is None:
        return False
    heads = [token] + [g for c in token.children if c.dep_ == "prep" for g in c.children]
    return any(t.lemma_.lower() in _TROOP_WORDS for t in heads)


def peacekeeping(token: Any | None) -> bool:
    """Does ``token`` speak of peacekeepers ("a peacekeeping force")?"""
    return token is not None and any("peacekeep" in t.lower_ for t in token.subtree)


def named_as_place(view: DocView, target: Actor) -> bool:
    """Whether ``target`` is a country or capital named as a place: "a truce in Gaza"."""
    if target.sector is not None and target.how != "kb:capital":
        return False
    tokens = view.char_tokens(target.span.start, target.span.end)
    if tokens is None:
        return False
    token = view.doc[tokens[1] - 1]
    return bool(token.dep_ == "pobj" and token.head.lower_ in ("in", "inside"))


def own_place(visitor: Actor, place: Actor) -> bool:
    """'Biden's campaign trip to Wisconsin': a place of one's own country hosts nobody."""
    return place.sector is None and place.country is not None and \
        place.country == visitor.country


def the_press(actor: Actor) -> bool:
    """Journalists in general — not a named outlet."""
    words = actor.span.text.lower().split()
    return actor.sector == "MED" and actor.name is None and bool(words) and \
        words[-1] in _PRESS_WORDS


_PRESS_WORDS = frozenset({"press", "reporters", "reporter", "journalists", "journalist",
                          "media", "newsmen", "correspondents", "newspapers"})


def generic_subject(subject: Any | None, verb: Any) -> bool:
    """A bare plural in the present tense, quoted, speaks of a kind ("terrorists want to
    divide us", "dictators fear free elections"), not of what someone did."""
    if subject is None or subject.tag_ != "NNS" or subject.dep_ != "nsubj":
        return False
    if any(c.dep_ != "punct" for c in subject.children):
        return False
    top = verb
    while top.dep_ in ("xcomp", "conj") and top.head.i != top.i:
        top = top.head
    return top.tag_ == "VBP" and top.dep_ not in ("relcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "VBP" for c in top.children)


_STATES = frozenset({"have", "be", "keep", "remain", "stay", "exist", "retain", "enjoy"})


def standing_leave(verb: Any) -> bool:
    """Leave that is no concession: a state of affairs ("has long allowed Macau to keep its own
    courts") or what an act made possible ("held a vote, allowing citizens to decide")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl"):
        return True
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return clause is not None and clause.lemma_.lower() in _STATES


_PROTEST_WORDS = ("protest", "demonstrat", "rioter", "marcher", "crowd", "rally")
FORCES = frozenset({"COP", "MIL"})
# who takes to the street against a state's forces: citizens, the opposition, workers, students
CIVILIAN_SIDES = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "PTY", "REL"})


def crowd_of_protesters(actor: Actor) -> bool:
    """Protesters, demonstrators, a crowd: civilians in the street."""
    words = actor.span.text.lower()
    return actor.sector == "CVL" and any(w in words for w in _PROTEST_WORDS)


def politician(actor: Actor) -> bool:
    """A named person in politics (not a soldier, a rebel or a criminal)."""
    return bool(actor.sector in POLITICAL_SECTORS and actor.name and (
        actor.role is not None or "person" in actor.how))


POLITICAL_SECTORS = frozenset({"GOV", "LEG", "ELI", "PTY", "OPP", "JUD", "MED"})


def a_building(place: Actor) -> bool:
    """'a visit to Walter Reed Hospital', 'toured a car plant': a building hosts nobody."""
    words = place.span.text.lower().split()
    return bool(words) and words[-1].rstrip("s") in _BUILDINGS


_BUILDINGS = frozenset({"hospital", "school", "universitie", "university", "factory", "plant",
                        "site", "camp", "prison", "jail", "mosque", "church", "temple",
                        "museum", "base", "hotel", "port", "airport", "station", "centre",
                        "center", "clinic", "office", "headquarter", "embassy", "consulate"})


def bombing_code(doer: Any | None) -> str | None:
    """The CAMEO bombing code of a doer that is a bomb or a bomber: "a suicide bomber killed
    12 soldiers" (1831), "a car bomb killed …" (1832), "a roadside bomb" (1833), "the blast
    killed …" (183); None for any other doer."""
    if doer is not None and doer.lower_ in ("that", "which") and doer.head.dep_ == "relcl":
        doer = doer.head.head  # "two suicide bombings that killed 84 people"
    if doer is None or doer.lemma_.lower() not in _BOMBS:
        return None
    words = {c.lemma_.lower() for c in doer.children if c.dep_ in ("amod", "compound")}
    if "suicide" in words:
        return "1831"
    if words & {"car", "truck", "vehicle"}:
        return "1832"
    if words & {"roadside", "landmine"}:
        return "1833"
    return "183"


_BOMBS = frozenset({"bomber", "bombing", "bomb", "blast", "explosion", "explosive"})

