"""Meaning beyond the verb: negation, intent and the future, hypotheticals, history, and the
wrapper verbs that turn one event into another ("refused to meet" is a refusal, not a meeting).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from tacitus.events.arguments import (
    WH_WORDS,
    call_purpose,
    coordinate_of,
    is_headline,
    own_clause,
    permission_giver,
    stray_apposition,
    subject_of,
)
from tacitus.events.patterns import PatternBook, Wrapper

__all__ = ["APPEAL_NOUNS", "Frame", "Wrapped", "condition_of", "frame_of", "noun_wrapper",
           "wrapper_above", "wrapper_for"]

_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "'d", "can", "ca"})
# "X must / should / ought to act" says what someone wants done, not what was done
_DEONTIC = frozenset({"must", "should", "ought"})
_REFUSING = frozenset({"will", "would", "wo", "'ll", "shall"})
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
# "earlier" is not among them: "said earlier", "was opposed earlier" are usually today's news;
# nor "ago": how long ago decides (dates.before_story)
_HISTORY_WORDS = frozenset({"previously", "formerly"})
# prepositions that introduce a wrapper's complement: "refrain from", "insist on", "agree to"
_COMPLEMENT_PREPS = frozenset({"from", "on", "upon", "to", "for", "at", "about", "of", "into"})
# verbs that report a statement: after them "would" is a reported "will"
_REPORTING = frozenset({"say", "announce", "warn", "tell", "state", "declare", "add", "confirm",
                        "insist", "indicate", "signal", "report", "vow", "pledge", "promise",
                        "threaten", "predict", "claim", "stress", "reiterate"})
# adjectives after which an infinitive is a possibility, a norm or a need, not an event
_MODAL_ADJECTIVES = frozenset({
    "necessary", "commonplace", "common", "customary", "usual", "normal", "possible",
    "impossible", "difficult", "hard", "easy", "likely", "unlikely", "able", "unable", "free",
    "legal", "illegal", "important", "essential", "crucial", "vital", "wrong", "right",
    "entitled", "allowed", "permitted", "empowered", "eligible", "capable", "enough",
})
# verbs of taste and habit: what follows them is no single act
_HABITS = frozenset({"like", "love", "enjoy", "hate", "prefer"})
# modifiers that put a nominal event in the future: "the planned visit"
_PLANNED = frozenset({"planned", "proposed", "scheduled", "upcoming", "forthcoming",
                      "expected", "possible", "potential", "prospective", "would-be",
                      "future", "mooted", "anticipated"})
# "is expected to meet", "is scheduled to visit", "is due to sign": what is planned or
# foreseen for the subject, told as a future — not a wish or an intent of anyone named
_SCHEDULED = frozenset({"expect", "schedule", "slate", "set", "due", "poise"})
_CALLED_OFF = frozenset({"cancel", "postpone", "delay", "scrap", "call", "abandon", "shelve",
                         "suspend", "defer"})
# wrappers of an infinitive ("undertook to respect the truce") that with a noun object do
# the act itself ("undertook a mediation mission")
_DOING = frozenset({"undertake", "agree"})
# wishes about someone else's act are appeals: "X wants Y to withdraw"
_WISHING = frozenset({"want", "wish", "expect", "like", "prefer", "need"})


@dataclass(frozen=True, slots=True)
class Frame:
    """How a clause presents its event."""

    negated: bool
    modality: str  # asserted | future | hypothetical
    historical: bool
    modal: str | None = None  # the modal verb that set the modality ("will", "would", "must")
    condition: Any | None = None  # the verb of an "if"/"unless" clause the event depends on

    @property
    def refusal(self) -> bool:
        """'X will not / would not / won't do it': an announced refusal, not a plain negation."""
        return self.negated and self.modal in _REFUSING


@dataclass(frozen=True, slots=True)
class Wrapped:
    """A wrapper verb above an event: its class, token, and the wrapper's own subject/object."""

    wrapper: Wrapper
    token: Any
    source: Any | None
    addressee: Any | None


def frame_of(verb: Any, trigger: Any) -> Frame:
    """Negation and modality of the clause around ``verb`` (the event's clause verb)."""
    negated = _negated(verb) or (trigger is not verb and _negated_noun(trigger))
    withheld = not negated and permission_withheld(verb)
    modality = "asserted"
    modal: str | None = None
    chain = _clause_chain(verb)
    conditional = False
    for token in chain:
        for child in token.children:
            low = child.lower_
            if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                modal = modal or low
                if low in _DEONTIC:
                    modality = "hypothetical"
                elif low in _FUTURE or (low == "would" and _reported(chain[-1])):
                    # "said it would withdraw": a reported 'will', not a hypothetical
                    modality = "future" if modality != "hypothetical" else modality
                elif low in _HYPOTHETICAL and modality != "future":
                    modality = "hypothetical"
            elif child.dep_ == "mark" and low in _CONDITIONAL:
                conditional = True
        if token.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL for c in token.children):
            conditional = True
        if token is not verb and _scheduled(token) and modality == "asserted":
            modality = "future"
    if conditional or _under_noun(chain[-1]) or _generic(chain) or _said_of_a_claim(chain[-1]):
        modality = "hypothetical"
    top = chain[-1]
    if modality == "asserted" and top.dep_ == "ROOT" and top.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in top.children) and is_headline(top):
        modality = "future"  # a headline's "EU to send aid to Gaza": announced, not done
    nominal = trigger.pos_ in ("NOUN", "PROPN")
    if nominal and trigger is verb and trigger.dep_ == "dobj" and \
            trigger.head.pos_ in ("VERB", "AUX") and _negated(trigger.head):
        negated = True  # "will not renew its agreement with China"
    if nominal and trigger is verb and trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _HYPOTHETICAL
            for c in trigger.head.children) and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.head.children):
        # "a Chinese attack on Taiwan could prompt a response" (but "the attack may have
        # killed dozens" happened)
        modality = "hypothetical"
    if nominal and modality == "asserted" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _PLANNED for c in trigger.children):
        modality = "future"  # "the planned visit", "upcoming talks": announced, not yet held
    if nominal and _called_off(trigger):
        negated = True  # "a trip to Oslo, which was called off"
    historical = (_history_word(verb) and verb.tag_ in ("VBD", "VBN")) or _years_before(verb) \
        or (nominal and _remembered(trigger))
    if withheld:  # the refusal is the giver's, not the refused act's subject's
        return Frame(True, modality, historical, None, condition_of(verb))
    return Frame(negated, modality, historical, modal, condition_of(verb))


def _scheduled(token: Any) -> bool:
    """'expected' in "is expected to meet", 'due' in "is due to sign"."""
    lemma = token.lemma_.lower()
    if lemma not in _SCHEDULED and token.lower_ not in _SCHEDULED:
        return False
    if token.pos_ == "ADJ":
        return bool(token.dep_ == "acomp")  # "is due to", "is poised to"
    return any(c.dep_ == "auxpass" for c in token.children) and \
        not any(c.dep_ == "agent" for c in token.children)


def condition_of(verb: Any) -> Any | None:
    """The verb of an "if"/"unless" clause on the event's clause: "will halt talks if the US
    deploys missiles" → 'deploys'."""
    for token in _clause_chain(verb):
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                             for m in child.children):
                return child
    return None


def _remembered(noun: Any) -> bool:
    """'the 40th anniversary of the army's seizure of power', 'commemorated the massacre':
    an event remembered, not reported."""
    token = noun
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return token.dep_ == "dobj" and head.lemma_.lower() in _REMEMBERING_VERBS
        if token.dep_ not in ("pobj", "prep", "compound", "conj"):
            return False
        if head.lemma_.lower() in _REMEMBERING_NOUNS:
            return True
        token = head
    return False


_REMEMBERING_NOUNS = frozenset({"anniversary", "commemoration", "remembrance", "memorial"})
_REMEMBERING_VERBS = frozenset({"commemorate", "mark", "remember", "mourn"})


def _history_word(verb: Any) -> bool:
    """'expelled them 18 years ago', 'had previously met': a time word of the verb's own
    clause — not of a clause inside it ("paid compensation for assets they lost when Amin
    expelled them 18 years ago" is today's payment)."""
    doc = verb.doc
    return any(doc[i].dep_ in ("advmod", "npadvmod") and doc[i].lower_ in _HISTORY_WORDS
               for i in own_clause(verb))


def _generic(chain: list[Any]) -> bool:
    """An infinitive after a modal adjective or a verb of need says what may or must be done,
    not what was: "it is commonplace to suspend parliament", "a majority is needed to
    impeach", "is able to strike"."""
    for lower, upper in pairwise(chain):
        if lower.dep_ == "xcomp" and lower.tag_ == "VBG" and upper.lemma_.lower() in _HABITS:
            return True  # "likes dropping bombs on people": a habit or taste, not an act
        if not _infinitive(lower):
            continue
        word = upper.lemma_.lower()
        if upper.pos_ == "ADJ" and word in _MODAL_ADJECTIVES:
            return True
        if word in ("need", "require") and any(c.dep_ == "auxpass" for c in upper.children):
            return True
        if word in _PERMITTING and (any(c.dep_ == "nsubj" and c.lemma_.lower() in _RULES
                                        for c in upper.children) or _rule_participle(upper)):
            return True  # "the law allows police to detain suspects": leave, not an act
        if upper.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in _MODAL_ADJECTIVES
                for c in upper.children):
            return True
    return False


def _rule_participle(verb: Any) -> bool:
    """'allowing' in "signed a law allowing the government to investigate X": the parser
    hangs the law's participle on the verb whose object the law is."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    head = verb.head
    return head.lemma_.lower() in _RULES or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _RULES and c.i < verb.i for c in head.children)


def _called_off(noun: Any) -> bool:
    """A nominal event that a relative clause says was called off: "the summit, which was
    cancelled", "talks that were postponed"."""
    # the parser often hangs the clause on the last noun: "a trip to Warsaw, which was …"
    holders = [noun] + [g for c in noun.children if c.dep_ == "prep" for g in c.children
                        if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC")]
    return any(c.dep_ in ("relcl", "acl") and _calls_off(c)
               for holder in holders for c in holder.children)


def _calls_off(verb: Any) -> bool:
    """'cancelled', 'postponed', 'called off' — not "which called the move illegal"."""
    lemma = verb.lemma_.lower()
    return lemma in _CALLED_OFF and (lemma != "call" or any(c.lower_ == "off"
                                                             for c in verb.children))


def _years_before(verb: Any) -> bool:
    """'six years after a mob set fire to its consulate': background, not news."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in verb.children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "decade") for c in verb.children)


def _under_noun(top: Any) -> bool:
    """A clause that completes a noun is not told as fact: "the right to fire", "plans to
    attack", "an admission that the forces murdered …", "reports that X attacked Y"."""
    return top.dep_ in ("acl", "ccomp") and top.head.pos_ == "NOUN" and (
        _infinitive(top) or any(c.dep_ == "mark" for c in top.children))


# nouns whose content a copula gives without vouching for it: "the accusation is that …"
_CLAIM_NOUNS = frozenset({
    "accusation", "allegation", "claim", "charge", "suspicion", "fear", "concern", "worry",
    "hope", "argument", "theory", "rumour", "rumor", "belief", "assumption", "suggestion",
    "idea", "plan", "proposal", "expectation", "hypothesis", "speculation",
    "complaint", "contention", "premise", "risk", "danger", "threat"})


def _said_of_a_claim(top: Any) -> bool:
    """"The accusation against him is that he pressed Kyiv to …": a claim's content, told as
    the claim, not as fact."""
    head = top.head
    return top.dep_ in ("ccomp", "attr") and head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _CLAIM_NOUNS for c in head.children)


def _reported(top: Any) -> bool:
    """Is this clause what someone said, announced or warned ('X said it would …')?"""
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in _REPORTING


def _clause_chain(verb: Any) -> list[Any]:
    """The verb and the verbs it is the complement of, up to the first finite clause."""
    chain = [verb]
    token = verb
    while token.head.i != token.i and (token.dep_ in ("xcomp", "conj", "acomp") or (
            token.dep_ in ("advcl", "ccomp") and _infinitive(token) and (
                token.dep_ == "advcl" or token.head.lemma_.lower() in _PERMITTING))):
        # "must be ready to mediate": up through the adjective to 'be'; "should cooperate to
        # encourage …": a purpose shares its clause's modality; "a bill that would have
        # allowed China to extradite …": so does a permitted act
        token = coordinate_of(token) if token.dep_ == "conj" else token.head
        chain.append(token)
    return chain


# verbs that let something happen, and verbs that keep it from happening
_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise", "enable",
                         "empower"})
_WITHHOLDING = frozenset({"refuse", "decline", "reject", "block", "prevent", "forbid", "ban",
                          "bar", "veto", "oppose", "deny", "resist"})


# texts that give leave by their terms: what they allow is not thereby done
_RULES = frozenset({"law", "bill", "act", "rule", "measure", "deal", "agreement", "resolution",
                    "decree", "order", "legislation", "constitution", "treaty", "plan",
                    "proposal", "amendment", "policy", "regulation", "provision", "accord",
                    "statute", "ruling", "clause", "article", "mandate", "framework"})


def permission_withheld(verb: Any) -> bool:
    """An act that needs leave nobody gave: "refused to allow Russia to help Israel", "would
    not allow Russia to help", "did not give Russia permission to attack"."""
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in _PERMITTING:
        giver = head
    else:
        giver = permission_giver(verb)
    if giver is None:
        return False
    if _negated(giver):
        return True
    return giver.dep_ == "xcomp" and giver.head.lemma_.lower() in _WITHHOLDING


def _negated(verb: Any) -> bool:
    token = verb
    if verb.dep_ == "conj" and verb.tag_ == "VB" and not _infinitive(verb) and \
            _infinitive(verb.head) and any(c.dep_ == "neg" and c.i < verb.head.i
                                           for c in verb.head.children):
        token = verb.head  # "agreed not to threaten or use force": 'not to' covers both
    for _ in range(4):
        if any(c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("advmod", "det", "preconj"))
               for c in token.children):
            return True
        if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in token.children):
            return True  # "put no pressure on them", "held no talks"
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        if token.head.lemma_.lower() in ("have", "be") and any(
                c.lower_ == "yet" and c.dep_ == "advmod" for c in token.head.children):
            return True  # "has yet to meet Biden", "are yet to agree": not so far
        token = token.head
    return False


def _negated_noun(noun: Any) -> bool:
    return any(c.lower_ in ("no", "without") or c.dep_ == "neg" for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "without")


_CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion",
                          "suggestion", "report", "account", "version"})


def wrapper_above(verb: Any, book: PatternBook) -> Wrapped | None:
    """The wrapper verb that governs the event's clause verb, if any.

    "X sought to convene talks" (intent), "X urged Y to meet Z" (appeal), "X threatened to
    attack Y", "X refused to meet Y", "X demanded that Y release …" (demand).
    """
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        token = coordinate_of(token)  # "agreed to be inclusive and protect minorities": both
    for _ in range(3):
        dep = token.dep_
        head = token.head
        if dep == "advcl" and _infinitive(token):
            dep = "xcomp"  # "was pressured by Congress to help": the parser's advcl
        elif dep == "acl" and head.lemma_.lower() in APPEAL_NOUNS and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            dep = "ccomp"  # "repeated their demand that the government release …"
        if dep == "acl" and _infinitive(token) and head.lemma_.lower() in _INVITATIONS and \
                head.dep_ == "dobj":
            # "declined an invitation to meet the minister": the refusal of the meeting;
            # "accepted an invitation to visit Pyongyang": the intent to visit
            if head.head.lemma_.lower() == "accept":
                return Wrapped(Wrapper("accept", "intent"), head.head, subject_of(head.head),
                               None)
            token = head
            continue
        if head.i == token.i or dep not in ("xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep"):
            return None
        if dep in ("pobj", "pcomp") and head.dep_ == "prep":
            # "refrain from attacking", "insisted on a meeting" — not "during a trip"
            if head.lower_ not in _COMPLEMENT_PREPS:
                return None
            head = head.head
        if dep == "ccomp" and token.i < head.i and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _CLAIM_NOUNS for c in head.children):
            # "X accused Greece of violating its airspace, a charge Athens denied": the
            # parser hangs the accusation on the denial of it; the accusation was made
            return None
        if dep == "xcomp" and _scheduled(head):
            return None  # "is expected to meet": a future (frame_of), no one's wish
        wrapper = wrapper_for(head, book, token)
        if wrapper is None and head.pos_ in ("VERB", "AUX"):
            # "renewed their call for the government to release …": the parser hangs the
            # clause on the verb whose object is the appeal
            noun = next((c for c in head.children if c.dep_ == "dobj"
                         and c.lemma_.lower() in APPEAL_NOUNS), None)
            wrapper = wrapper_for(noun, book, token) if noun is not None else None
            if wrapper is not None:
                head = noun
        if wrapper is not None and wrapper.cls == "accuse" and dep not in ("ccomp", "xcomp"):
            return None  # "claimed responsibility for the attacks" is no allegation
        if wrapper is not None and wrapper.cls == "oppose" and token.pos_ not in ("VERB", "AUX"):
            return None  # "opposed the invasion" is disapproval of it, coded by the verb
        if wrapper is not None:
            wished = _wished_subject(wrapper, token, dep)
            if wished is not None:  # "wants Russia to withdraw", parsed as a clause
                return Wrapped(Wrapper(wrapper.lemma, "appeal"), head, subject_of(head), wished)
            if dep == "ccomp" and wrapper.cls == "appeal" and token.left_edge.lower_ in WH_WORDS:
                return None  # "asked why parliament had not approved them": a question
            if dep == "ccomp" and wrapper.cls in ("intent", "refuse") and \
                    not any(c.dep_ == "mark" for c in token.children):
                return None
            if dep == "ccomp" and wrapper.cls == "threaten" and not _same_subject(head, token):
                return None  # "warned that Biden could destroy growth" is no threat by the warner
            addressee = _addressee(head, token)
            if wrapper.cls == "intent" and addressee is not None and dep == "xcomp" and \
                    wrapper.lemma in _WISHING and addressee.i < token.i:
                wrapper = Wrapper(wrapper.lemma, "appeal")  # "wants Russia to withdraw"
            return Wrapped(wrapper, head, _wrapper_subject(head), addressee)
        if dep != "xcomp":
            return None
        token = head
    return None


def noun_wrapper(noun: Any, book: PatternBook, *, thing: bool = False) -> Wrapped | None:
    """A wrapper verb whose prepositional object is a nominal event: "agreed to a ceasefire"
    (intent), "called for talks" (appeal), "insisted on a meeting" (demand), or whose direct
    object it is ("offered aid"); a ``thing`` noun is wrapped even with nobody addressed
    ("requested loans")."""
    prep = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        verb, embedded = noun.head, noun  # "requested loans", "offered humanitarian aid"
    elif noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i or \
            prep.lower_ not in _COMPLEMENT_PREPS:
        return None  # "called for peace during a visit": the visit is no thing called for
    else:
        verb, embedded = prep.head, prep
    wrapper = wrapper_for(verb, book)
    if wrapper is None or wrapper.cls in ("accuse", "fail", "oppose"):
        return None
    if embedded is noun and wrapper.lemma in _DOING:
        # "undertook a mediation mission" is the mediation, not a promise of it; "the EU
        # agreed new sanctions on Russia" imposed them (but "agreed to a ceasefire" is intent)
        return None
    addressee = _addressee(verb, embedded)
    if embedded is noun and not thing and wrapper.cls in ("appeal", "demand") and (
            addressee is None or addressee.dep_ not in ("dative", "dobj")):
        return None  # "ordered air strikes on X" is the strike, not a demand to anyone
    return Wrapped(wrapper, verb, subject_of(verb), addressee)


def _same_subject(head: Any, clause: Any) -> bool:
    """'X warned it would retaliate': the clause's subject is the wrapper's (or a pronoun, or
    the wrapper's own people: "warned that its forces would strike back")."""
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    outer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return own is None or own.pos_ == "PRON" or (
        outer is not None and own.lemma_.lower() == outer.lemma_.lower()) or (
        own.dep_ == "nsubj" and any(c.dep_ == "poss" and c.lower_ in ("its", "our")
                                    for c in own.children))


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _wished_subject(wrapper: Wrapper, embedded: Any, dep: str) -> Any | None:
    """The subject of an infinitive clause under a verb of wishing: 'Putin' in 'wants Putin
    to attack'."""
    if wrapper.cls != "intent" or wrapper.lemma not in _WISHING or dep != "ccomp" or \
            not _infinitive(embedded):
        return None
    return next((c for c in embedded.children if c.dep_ == "nsubj"), None)


# offers of a meeting or visit, which a wrapper verb turns down or takes up
_INVITATIONS = frozenset({"invitation", "invite", "offer"})
# nouns that make an appeal or demand: "renewed calls for X to …", "their demand that X …"
APPEAL_NOUNS = frozenset({"call", "appeal", "demand", "request", "plea", "ultimatum"})


def _wrapper_subject(head: Any) -> Any | None:
    """Who a wrapper is: a verb's subject, or for a noun ("renewed calls for X to …", "their
    demand that …") its owner or the subject of the verb that has it."""
    if head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB"):
        return subject_of(head)
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
               for g in c.children if g.dep_ == "pobj"), None)
    if by is not None:
        return by  # "accepted demands from the rebels that …": the rebels demand
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _MAKING:
        return subject_of(head.head)  # "renewed calls for …": not "accepted demands …"
    return None


# verbs whose subject makes the appeal or demand they take: "issued a call", "renewed calls"
_MAKING = frozenset({"issue", "make", "renew", "repeat", "reiterate", "send", "deliver",
                     "voice", "present", "submit", "launch", "express", "step", "lodge",
                     "put", "sound", "echo", "restate", "intensify", "escalate", "press"})


def _addressee(head: Any, embedded: Any) -> Any | None:
    """Whom a wrapper verb addresses: "urged Russia to …", "called on Russia to …", and in
    the passive its subject ("Russia was urged to …")."""
    addressee = None
    for child in head.children:
        if child.dep_ in ("dobj", "dative") and child.i != embedded.i and \
                not stray_apposition(child):
            addressee = child
    if addressee is None:
        # ("demanded on Friday that …" addresses no one)
        on = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
              and not _dated(c) for g in c.children if g.dep_ == "pobj"]
        addressee = on[0] if on else None
    if addressee is None:
        addressee = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if addressee is None and call_purpose(head):
        # "phoned Netanyahu to urge restraint": the one called is the one urged
        addressee = next((c for c in head.head.children if c.dep_ == "dobj"), None)
    return addressee


def wrapper_for(token: Any, book: PatternBook, embedded: Any | None = None) -> Wrapper | None:
    """The wrapper ``token`` is, its particle or preposition included; the preposition may
    also be the parser's "mark" of the ``embedded`` clause ("called for Russia to withdraw")."""
    lemma = token.lemma_.lower()
    marks = [c for c in embedded.children if c.dep_ == "mark"] if embedded is not None else []
    for wrapper in book.wrappers.get(lemma, ()):
        words = wrapper.lemma.split()
        if len(words) == 1:
            return wrapper
        if all(any(c.lower_ == w and not _dated(c) for c in (*token.children, *marks))
               for w in words[1:]):
            return wrapper
    return None


def _dated(prep: Any) -> bool:
    """'on Monday' is no particle: "called Zelenskiy on Monday to discuss …" calls on no one."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                                       for c in prep.children)
