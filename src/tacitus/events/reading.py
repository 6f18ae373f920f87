"""What a matched clause says happened: the code after wrappers, modality and refusals.

A candidate's pattern gives a code; the clause around it can change it:

* a wrapper verb above it ("refused to meet" 125, "urged X to withdraw" 0256, "claimed that
  the rebels attacked" — an accusation, 112);
* an announced refusal ("X will not / would not meet Y": 12x, as CAMEO codes refusals);
* the future ("X will provide aid": an intent, 03x; "X will attack": a threat, 13x).

The result, a :class:`Reading`, still holds tokens; the coder turns them into actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tacitus.events.arguments import CALL_PURPOSES, subject_of
from tacitus.events.matcher import CHARGE_NOUNS, Candidate
from tacitus.events.modality import (
    APPEAL_NOUNS,
    Frame,
    Wrapped,
    frame_of,
    noun_wrapper,
    wrapper_above,
)
from tacitus.events.patterns import PatternBook
from tacitus.events.targets import VISITS

__all__ = ["ENVOYS", "Reading", "deadline_given", "journey_setting", "phone_call", "read_candidate",
           "time_adjunct"]

_MODALITY_OF = {"intent": "intent", "appeal": "appeal", "demand": "demand",
                "threaten": "threat", "refuse": "asserted", "consider": "intent",
                "deny": "asserted", "attempt": "asserted", "accuse": "asserted",
                "fail": "asserted", "oppose": "asserted"}
_RALLY_SUPPORT = "053"
_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08", "09"})
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_REFUSABLE_ROOTS = _COOPERATIVE_ROOTS | {"01", "03"}
# an allegation about these acts is an accusation against whoever is said to have done them
_ACCUSABLE_ROOTS = _CONFLICT_ROOTS | {"11", "12", "13"}


# "will / would / may halt aid if …" threatens; "could disqualify him if he were removed"
# only says what is possible
_THREAT_MODALS = frozenset({"will", "would", "wo", "'ll", "shall", "may", "'d"})


def _counterfactual(condition: Any) -> bool:
    """'if Trump were removed': a supposition, not a condition set for someone."""
    return any(c.lower_ == "were" and c.dep_ in ("aux", "auxpass", "ROOT") for c in
               condition.children) or condition.lower_ == "were"


@dataclass(frozen=True, slots=True)
class Reading:
    """A candidate read in its clause: code, rule, modality, and its argument tokens."""

    code: str
    rule: str
    modality: str
    negated: bool
    historical: bool
    source: Any | None
    target: Any | None
    wrapper: int | None = None  # token index of the wrapper verb, if any
    penalty: float = 0.0
    claim: bool = False  # an allegation: "X claimed that Y attacked Z" (015 when Y is X)
    warned: Any | None = None  # "warned Seoul that it would retaliate": the one threatened


def read_candidate(candidate: Candidate, book: PatternBook) -> Reading:
    """The code and modality of a candidate in its clause."""
    recoded = _ceased_code(candidate) or _ordered_out_code(candidate) or \
        _aerial_code(candidate)
    if recoded is not None:
        # "urged Russia to stop attacking Ukrainian cities": the act asked for is its end;
        # "ordered them to leave" an expulsion; "warplanes struck" force from the air
        candidate = replace(candidate, pattern=replace(candidate.pattern, code=recoded))
    pattern = candidate.pattern
    frame = frame_of(candidate.verb, candidate.trigger)
    if journey_setting(candidate):
        # "urged Israel to show restraint during a visit to Jerusalem": the visit is where the
        # appeal was made, so it is told as the appeal is, and wraps nothing
        above = wrapper_above(candidate.verb, book)
        source = candidate.source
        if above is not None:
            frame = frame_of(above.token, above.token)
            source = subject_of(above.token) or source  # the one who urged was visiting
        return Reading(pattern.code, pattern.text, frame.modality, frame.negated,
                       frame.historical, source, candidate.target)
    adjunct = time_adjunct(candidate)
    if adjunct is not None:
        # "agreed to resume talks after a summit between Kishida and Yoon": the summit is
        # told as having happened (or, "ahead of a summit", as to come), whatever the clause
        # it is set beside wishes or says
        code = pattern.code
        if adjunct == "future" and code[:2] in _COOPERATIVE_ROOTS:
            code = book.wrap("intent", code)
        elif adjunct == "future" and code[:2] in _CONFLICT_ROOTS:
            code = book.wrap("threaten", code)
        return Reading(code, pattern.text, adjunct, False, frame.historical,
                       candidate.source, candidate.target)
    # an appeal or demand named by a noun is itself the appeal: "insisted on its demands that
    # the government grant …" is one demand, not a demand for a demand
    own_appeal = pattern.noun and ((pattern.code[:2] in ("02", "10") and pattern.anchor in
                                    APPEAL_NOUNS) or pattern.anchor in CHARGE_NOUNS)
    wrapped = None if own_appeal else wrapper_above(candidate.verb, book)
    if wrapped is None and not own_appeal and pattern.noun and (
            candidate.verb is not candidate.trigger or pattern.thing):
        # "agreed to a ceasefire"; a thing also as the object: "requested loans"
        wrapped = noun_wrapper(candidate.trigger, book, thing=pattern.thing)
    if wrapped is not None:
        reading = _wrapped(candidate, frame, wrapped, book)
        if reading is not None:
            return reading
    code, modality, negated = pattern.code, frame.modality, frame.negated
    root = code[:2]
    if frame.refusal and root in _REFUSABLE_ROOTS:
        code, modality, negated = book.wrap("refuse", code), "asserted", False
    elif frame.condition is not None and root in _CONFLICT_ROOTS and not negated and \
            frame.modality in ("future", "hypothetical") and frame.modal in _THREAT_MODALS \
            and not _counterfactual(frame.condition):
        # "may halt its mediation if the parties fail to cooperate", "will attack unless…":
        # a conflictual act made conditional on the other's behaviour is a threat (13x)
        code, modality = book.wrap("threaten", code), "threat"
    elif frame.modality == "future":
        if root in _COOPERATIVE_ROOTS:
            code = book.wrap("intent", code)
        elif root in _CONFLICT_ROOTS:
            code = book.wrap("threaten", code)
    return Reading(code, pattern.text, modality, negated, frame.historical, candidate.source,
                   candidate.target)


def _ceased_code(candidate: Candidate) -> str | None:
    """The code of stopping a hostile act ("stop attacking", "cease shelling", "stop
    obstructing"): de-escalation (087) for force, yielding (080) for other pressure; stopping
    aid ("stop arming") is cutting it (162)."""
    verb = candidate.verb
    if candidate.pattern.noun or verb.tag_ != "VBG":
        return None
    if not (verb.dep_ in ("xcomp", "pcomp") and verb.head.lemma_.lower() in _CEASING) and \
            not any(c.dep_ == "aux" and c.lemma_.lower() in _CEASING for c in verb.children):
        return None  # (the parser may make 'stop' the gerund's auxiliary)
    root = candidate.pattern.code[:2]
    if root == "07":
        # "stop arming the island": aid cut off (162), military aid 1622
        return _AID_CUT.get(candidate.pattern.code[:3], "162")
    if root in ("18", "19", "20"):
        return "087"
    if root in ("11", "12", "13", "14", "15", "16", "17"):
        return "080"
    return None


_CEASING = frozenset({"stop", "cease", "halt", "quit"})
_AID_CUT = {"071": "1621", "072": "1622", "073": "1623"}


def time_adjunct(candidate: Candidate) -> str | None:
    """The modality of a nominal event that only sets the time of its clause: "after a
    summit" (asserted), "ahead of talks" (future); ``None`` for any other event."""
    trigger = candidate.trigger
    if not candidate.pattern.noun or trigger.dep_ != "pobj" or trigger.head.head.i == trigger.i:
        return None
    prep = trigger.head.lower_
    if prep in ("of", "to") and trigger.head.head.lower_ in ("ahead", "prior"):
        return "future"  # "ahead of a summit", "prior to talks"
    if prep in ("after", "following"):
        return "asserted"
    if prep == "before" and trigger.head.head.pos_ in ("VERB", "AUX"):
        return "future" if any(c.tag_ == "MD" for c in trigger.head.head.children) else None
    return None


def _aerial_code(candidate: Candidate) -> str | None:
    """Force used from the air is CAMEO's aerial weapons (195): "warplanes struck rebel
    targets", "drones hit the depot", "the air force bombed the town"."""
    source = candidate.source
    if source is None or candidate.pattern.code not in _GROUND_FORCE:
        return None
    own = next((c for c in candidate.verb.children if c.dep_ == "nsubj"), None)
    if own is not None and own.lemma_.lower() in _AIRCRAFT:
        source = own  # "drones launched by Russia hit …": the owner is the source, the drones fly
    while source.dep_ in ("amod", "compound", "nmod", "poss") and source.head.i != source.i:
        source = source.head  # "Russian drones": the actor word modifies the craft
    lemma = source.lemma_.lower()
    if lemma == "bomber" and any(c.lower_ == "suicide" for c in source.children):
        return None  # a suicide bomber walks in
    if lemma in _AIRCRAFT or (lemma == "force" and any(
            c.dep_ in ("compound", "amod") and c.lower_ == "air" for c in source.children)):
        return "195"
    return None


# generic force, small arms, artillery: which becomes aerial when aircraft deliver it
_GROUND_FORCE = frozenset({"190", "193", "194"})
_AIRCRAFT = frozenset({"warplane", "jet", "aircraft", "airplane", "plane", "bomber",
                       "drone", "helicopter", "gunship", "airforce"})


def _ordered_out_code(candidate: Candidate) -> str | None:
    """An order to leave the country is an expulsion: "ordered Iranian diplomats to leave
    the country within 24 hours" and "gave the ambassador 72 hours to leave" break off
    relations (161), "ordered the foreign reporters to leave" expels individuals (174)."""
    pattern = candidate.pattern
    target = candidate.target
    if pattern.noun or pattern.anchor not in _ORDERING or target is None or \
            pattern.code[:2] not in ("10", "13"):
        return None  # (a deadline to leave is an ultimatum, 139: "gave him 72 hours to …")
    # (the parser may hang the infinitive on the ones ordered: "ordered migrants to leave")
    leave = next((c for c in (*candidate.verb.children, *target.children)
                  if c.dep_ in ("xcomp", "advcl", "acl")
                  and c.lemma_.lower() in _LEAVING and c.i > target.i), None)
    if leave is None:
        return None
    left = next((c for c in leave.children if c.dep_ == "dobj"), None)
    if left is not None and left.lemma_.lower() not in _LEFT_PLACES and left.pos_ != "PROPN":
        return None  # "ordered the troops to leave their barracks"
    return "161" if target.lemma_.lower() in ENVOYS else "174"


def phone_call(verb: Any, called: Any | None) -> bool:
    """Whether "X called Y" is a telephone call: "Biden called Zelenskiy on Monday", "called
    Duda to express his solidarity" — not "called Putin a war criminal", "called the vote
    a sham", "called its supporters to the streets" or "called supporters to rally"."""
    if called is None or called.dep_ != "dobj" or called.head.i != verb.i or \
            called.lower_ in ("it", "this", "that", "these", "those"):
        return False  # (one calls people, not "it")
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "Calling it a 'culture of death', the archbishop said …": naming
    for child in verb.children:
        dep = child.dep_
        if dep in ("oprd", "attr", "ccomp", "acomp", "dative", "prt", "npadvmod") and \
                not (dep == "npadvmod" and child.ent_type_ in ("DATE", "TIME")):
            return False
        if dep == "prep" and child.lower_ not in _CALL_PREPS:
            return False
        if dep in ("xcomp", "advcl") and child.i > called.i and \
                child.lemma_.lower() not in CALL_PURPOSES:
            return False
    return not any(c.dep_ in ("appos", "amod") and c.i > called.i for c in called.children)


_CALL_PREPS = frozenset({"on", "after", "before", "during", "amid", "over", "about", "from",
                         "following", "ahead", "late", "early"})


def deadline_given(verb: Any) -> bool:
    """"gave the rebels 48 hours to lay down their arms": a counted span of time as the
    object, and what is to be done by then — not "gave speeches on the first day"."""
    span = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod")
                 and c.lemma_.lower() in _SPANS and any(
                     g.dep_ == "nummod" or g.like_num for g in c.children)), None)
    return span is not None and any(
        c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in (*verb.children, *span.children))


_SPANS = frozenset({"hour", "day", "week", "month"})


_ORDERING = frozenset({"order", "tell", "instruct", "give"})
_LEAVING = frozenset({"leave", "depart", "quit", "exit"})
_LEFT_PLACES = frozenset({"country", "territory", "kingdom", "republic", "nation"})
# a state's representatives abroad: sending them home is a break, their return a recall
ENVOYS = frozenset({"diplomat", "ambassador", "envoy", "attache", "consul"})


def journey_setting(candidate: Candidate) -> bool:
    """A visit the clause is set in ("called for a ceasefire during a visit to Beijing"):
    the visit is told, and is no part of what the clause calls for."""
    trigger = candidate.trigger
    return bool(candidate.pattern.noun and candidate.pattern.code in VISITS
                and trigger.dep_ == "pobj" and trigger.head.lower_ in _DURING
                and trigger.head.head.i != trigger.i)


_DURING = frozenset({"during", "on", "at"})


def _wrapped(candidate: Candidate, frame: Frame, wrapped: Wrapped, book: PatternBook
             ) -> Reading | None:
    cls = wrapped.wrapper.cls
    code = candidate.pattern.code
    rule = f"{wrapped.wrapper.lemma} + {candidate.pattern.text}"
    wrapper_frame = frame_of(wrapped.token, wrapped.token)
    # "would like to meet" is a polite "wants to meet", not a hypothetical
    hypothetical = wrapper_frame.modality == "hypothetical" and not (
        wrapped.wrapper.lemma == "like" and wrapper_frame.modal == "would")
    source, target = candidate.source, candidate.target
    if cls == "accuse":
        if code[:2] not in _ACCUSABLE_ROOTS:
            return None  # "X claimed that Y agreed to talks": the agreement is the news
        return Reading("112", rule, "hypothetical" if hypothetical else "asserted",
                       wrapper_frame.negated, frame.historical, wrapped.source, source,
                       wrapped.token.i, 0.1, claim=True)
    if cls == "fail":
        if code[:2] not in _REFUSABLE_ROOTS:
            return Reading(code, rule, frame.modality, True, frame.historical, source, target,
                           wrapped.token.i)  # "failed to stop the attack": nothing happened
        cls = "refuse"  # "failed to reach an agreement", as CAMEO codes it: a rejection
    if cls == "intent" and frame.negated and code[:2] in _FORCE_ROOTS and \
            not wrapper_frame.negated:
        # "pledged not to use force against each other", "vowed not to attack Guyana": a
        # promise to refrain from fighting is an intent to de-escalate (0356)
        return Reading("0356", rule, "intent", False, frame.historical, wrapped.source or source,
                       target, wrapped.token.i, 0.1)
    if cls == "intent" and frame.negated:
        # "agreed not to block Finland's membership": a promise to refrain, which CAMEO does
        # not code as the act or a threat of it
        return Reading(code, rule, frame.modality, True, frame.historical, source, target,
                       wrapped.token.i)
    if cls == "oppose":
        cls = "refuse"  # "opposed lifting the sanctions": a refusal to ease them (1241)
    if cls == "refuse" and code[:2] in _CONFLICT_ROOTS:
        # "refused to attack", "opposed sanctioning Russia": CAMEO's rejections (12x) are
        # refusals to cooperate; a hostile act turned down is simply not done
        return Reading(code, rule, frame.modality, True, frame.historical, source, target,
                       wrapped.token.i)
    if cls == "demand" and _reported_fact(candidate.verb, frame):
        return None  # "insisted she was never pressured": an assertion, not a demand
    if cls == "demand" and _own_people(wrapped.addressee) and not frame.negated:
        # "ordered his staff to delay the aid", "told its troops to withdraw": an order to
        # one's own people is one's own act
        return Reading(code, rule, wrapper_frame.modality, wrapper_frame.negated,
                       frame.historical, wrapped.source, target, wrapped.token.i, 0.1)
    if cls in ("appeal", "demand") and frame.negated:
        # "pressured Trump not to commute the sentence": asking that something not be done
        # is the appeal or demand itself, not one for the act
        code = "*"
    if cls in ("appeal", "demand"):
        source = wrapped.source
        if book.wrap(cls, code) != _RALLY_SUPPORT or target is None:
            target = wrapped.addressee or subject_of(candidate.verb) or target
        # else "urged the EC to support the PLO": rallying support for the PLO (053) is
        # aimed at the PLO, whoever is asked
    elif cls == "intent" and wrapped.addressee is not None and source is not None and \
            source.i == wrapped.addressee.i and wrapped.addressee.dep_ in ("dobj", "dative"):
        # "invited Kenyatta to visit Addis Ababa": the inviter's intent is towards the invitee
        source, target = wrapped.source, wrapped.addressee
    else:
        source = wrapped.source or source
    modality = "hypothetical" if hypothetical else _MODALITY_OF.get(cls, frame.modality)
    negated = wrapper_frame.negated if cls != "refuse" else False
    if cls == "intent" and wrapper_frame.refusal:
        cls, modality, negated = "refuse", "asserted", False  # "will not agree to meet"
    warned = wrapped.addressee if cls == "threaten" and wrapped.addressee is not None and \
        wrapped.addressee.dep_ in ("dobj", "dative") else None
    return Reading(book.wrap(cls, code), rule, modality, negated, frame.historical, source,
                   target, wrapped.token.i, 0.05, warned=warned)


def _own_people(addressee: Any | None) -> bool:
    """'his staff', 'its troops', 'their police': the people of whoever gives the order; so
    are a state's forces and agencies named bare ("ordered police to expel the ambassador",
    "instructed security agencies to investigate"), where "ordered Iranian troops to
    withdraw" orders someone else's."""
    if addressee is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")
           for c in addressee.children):
        return True
    return addressee.lemma_.lower() in _STATE_FORCES and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and (
            c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
        for c in addressee.children)


_STATE_FORCES = frozenset({"police", "troop", "soldier", "army", "military", "guard",
                           "policeman", "officer", "force", "security", "gendarme",
                           "agency", "ministry", "prosecutor", "investigator"})


_TENSED = frozenset({"was", "were", "had", "has", "have", "is", "are", "'s", "'ve", "did",
                     "does", "do"})


def _reported_fact(verb: Any, frame: Frame) -> bool:
    """A that-clause in the past or present perfect without a modal reports a fact ("insisted
    that Iran had violated the deal"), where a demand has a bare or modal verb ("insisted that
    Iran stop", "demanded that it must leave")."""
    if verb.dep_ != "ccomp" or frame.modal is not None:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TENSED
                                     for c in verb.children)
