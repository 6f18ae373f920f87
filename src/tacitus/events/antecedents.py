"""Earlier events that a definite description points back to.

"Israeli missiles hit the airport at dawn. … Iran condemned the raid": the raid is the strike
told before, and condemning it is aimed at whoever struck. "Moscow expelled two diplomats. The
US criticised the move." "The two sides signed a truce. Norway welcomed the deal." A careful
coder reads "the raid" as the earlier event and codes the statement against its doer; the
sentence alone names no one.

Only a statement (praise, criticism, rejection, protest) whose object is a definite event noun
looks back, only over the last few sentences of the same field, and only to an event of a kind
the noun can name: "the arrest" an arrest, "the attack" an act of force, "the deal" an
agreement. "the move" and "the decision" are vaguer, so they name only an act of the nearest
sentence that tells one (at most two back).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.events.arguments import glossing_reporter
from tacitus.nlp.syntax import REPORTING_VERBS
from tacitus.nlp.view import DocView
from tacitus.records import Actor, Event

__all__ = ["antecedent_doers", "captor_of", "clause_doer", "document_owner_before", "looks_back",
           "others_meeting", "previous_doer", "previous_speaker"]

# the statements whose object may be an earlier event: denial of an accusation (016), praise
# and welcome (051), verbal defence (052), criticism and condemnation (11), rejection (12),
# protest (14), and the mediation of a deal (045: "helped broker the deal") — not the rest
# of 05 ("the agreement was signed by …" looks back to no one)
_LOOKING_BACK = ("016", "045", "051", "052", "11", "12", "14")


def looks_back(code: str) -> bool:
    """Whether an event of ``code`` may be aimed at the doer of an earlier event."""
    return code.startswith(_LOOKING_BACK)

_FORCE = ("18", "19", "20", "145")
# nouns for words said against someone: they name the statement, not what it was about
_WORDS_SAID = ("accusation", "allegation", "claim", "criticism", "condemnation", "rebuke",
               "censure")
_AGREEMENT = ("057", "03", "0871", "08")
# event nouns → the CAMEO code prefixes of the events each can name
_EVENT_NOUNS: dict[str, tuple[str, ...]] = {
    "strike": (*_FORCE, "143"),  # an air strike, or a labour strike
    "raid": (*_FORCE, "171"),  # an armed raid, or a police raid that seized things
    **dict.fromkeys(("attack", "airstrike", "bombing", "bombardment",
                     "shelling", "assault", "offensive", "incursion", "invasion", "shooting",
                     "killing", "massacre", "ambush", "atrocity", "onslaught", "storming",
                     "operation", "death", "assassination"), _FORCE),
    **dict.fromkeys(("arrest", "detention", "jailing", "sentencing", "sentence", "conviction",
                     "imprisonment", "abduction", "kidnapping", "seizure", "warrant"),
                    ("173", "181", "171")),
    **dict.fromkeys(("expulsion", "deportation"), ("174", "161", "1661", "1663")),
    "extradition": ("063",),  # the state that handed the person over
    **dict.fromkeys(("sanction", "embargo", "tariff", "blockade", "boycott"), ("16",)),
    **dict.fromkeys(("crackdown", "repression"), ("17",)),
    **dict.fromkeys(("execution", "hanging"), ("170", "17", "18")),
    "hijacking": ("181", "171"),
    # a coup: the soldiers' seizure of power, or their arrest of the leader they ousted
    **dict.fromkeys(("coup", "putsch", "takeover"), ("170", "173", "191", "190")),
    **dict.fromkeys(("accusation", "allegation", "claim"), ("112",)),
    **dict.fromkeys(("criticism", "condemnation", "rebuke", "censure"), ("11",)),
    "charge": ("112", "11", "115", "173"),
    # a swap of prisoners: the release each side made
    **dict.fromkeys(("swap", "exchange"), ("0841",)),
    **dict.fromkeys(("deal", "agreement", "accord", "pact", "truce", "ceasefire",
                     "declaration", "treaty"), _AGREEMENT),
    **dict.fromkeys(("talk", "meeting", "summit", "negotiation"), ("04",)),
    "visit": ("042",),  # the visitor's act, not the host's
    **dict.fromkeys(("call", "appeal", "request", "plea"), ("02",)),
    "demand": ("10",),
    # a court's decision: its order, sentence, charge or rejection, or the release it ordered
    **dict.fromkeys(("ruling", "verdict", "judgment", "judgement"),
                    ("10", "11", "12", "17", "0841")),
    "proposal": ("02", "03"),
    # a body's vote or resolution: what it asked, demanded, imposed, approved or refused
    **dict.fromkeys(("vote", "resolution"), ("02", "10", "16", "12", "051", "057")),
    "offer": ("03",),
    **dict.fromkeys(("threat", "ultimatum"), ("13",)),
    **dict.fromkeys(("veto", "rejection", "refusal"), ("12",)),
    # a protest lodged (114) or held in the street (14)
    "protest": ("114", "14"),
    "complaint": ("114",),
}
# vaguer nouns: any act (no statement or meeting) of the nearest sentence that tells one
# nouns that only armed men's acts can be: police arresting the coup's leader staged no coup
_ARMED_DOERS = {"coup": ("MIL", "REB", "UAF"), "putsch": ("MIL", "REB", "UAF"),
                "takeover": ("MIL", "REB", "UAF")}
_VAGUE_NOUNS = frozenset({"move", "decision", "step", "action", "measure", "announcement",
                          "delay", "postponement"})
_VAGUE_SKIP = ("01", "02", "04", "051", "052", "10", "11")
# what nobody decides: a protest, riot police's tear gas, a battle ("the bloc regretted the
# decision" is the government's suspension of talks, not the police dispersing protesters)
_UNDECIDED = ("14", "175", "18", "19", "20")
_SPOKEN = ("02", "03", "10", "13")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_WINDOW = 3  # sentences back


def antecedent_doers(noun: Any | None, sources: tuple[Actor, ...], earlier: Sequence[Event],
                     view: DocView) -> tuple[Actor, ...]:
    """Whoever did the earlier event ``noun`` (a definite description) stands for, as actors
    spanning the description, or nothing. ``sources`` (who makes the statement) are never
    their own target: "Venezuela's government welcomed the deal" is aimed at the other side."""
    if noun is None or not earlier or not _definite(noun):
        return ()
    lemma = _kind_named_before(noun, view) or noun.lemma_.lower()
    vague = lemma in _VAGUE_NOUNS
    prefixes = _EVENT_NOUNS.get(lemma)
    if prefixes is None and not vague:
        return ()
    if vague and any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return ()  # "the decision to expel them" says itself what was decided
    here = view.sent_of[noun.i]
    # a vague noun names an act of the nearest sentence that tells one, at most two back
    skip = _VAGUE_SKIP + (_UNDECIDED if lemma == "decision" else ())
    told = [e.trigger.sentence for e in earlier if e.trigger.sentence < here
            and not (vague and e.cameo.code.startswith(skip))]
    reach = min(2, here - max(told)) if vague and told else (1 if vague else _WINDOW)
    speakers = {a.code for a in sources}
    # nor is a state its own state: "Israel's cabinet approved the agreement" is aimed at
    # Hamas (but rights groups criticise their own government's decision)
    homes = {a.country for a in sources if a.country and len(a.country) == 3
             and _state_level(a)} - {"IGO", "NGO"}
    if len(homes) > 1:
        homes = set()  # "business groups in both countries welcomed the deal": each the other
    for event in reversed(earlier):
        distance = here - event.trigger.sentence
        if distance < 1:
            continue
        if distance > reach:
            break
        code = event.cameo.code
        if event.negated or event.modality == "hypothetical" or (
                event.modality != "asserted" and not code.startswith(_SPOKEN)):
            # an appeal, a demand, an intent and a threat are their words, told whatever
            # their mode ("agreed to restore ties" is the agreement welcomed); a planned
            # attack is not "the attack" condemned
            continue
        if vague and code.startswith(skip):
            continue
        if prefixes is not None and not code.startswith(prefixes):
            continue
        armed = _ARMED_DOERS.get(lemma)
        if armed is not None and event.source.sector not in armed:
            continue
        same = [e for e in earlier if e.trigger == event.trigger and e.cameo.code == code]
        doers: list[Actor] = []
        for other in same:
            # a reaction to an earlier act names that act again: "The Kremlin dismissed the
            # move. Ukraine hailed the decision" — the court's decision, not the Kremlin's
            # — but "the criticism" is the critic's own
            actor = other.target if other.target.how == "context:event" and \
                lemma not in _WORDS_SAID else other.source
            if actor.code and actor.code not in speakers and \
                    not (actor.country in homes and _state_level(actor)) and \
                    all(actor.code != d.code for d in doers):
                doers.append(actor)
        if doers:
            span = view.span(noun.left_edge.i if noun.left_edge.i < noun.i else noun.i,
                             noun.i + 1)
            return tuple(Actor(a.code, a.country, a.sector, a.name, span, "context:event",
                               min(a.confidence, 0.6), a.role) for a in doers)
        return ()  # the nearest act of the kind is the one meant, even if it has no doer
    return ()


def previous_doer(noun: Any | None, earlier: Sequence[Event], view: DocView) -> Any | None:
    """The subject of the sentence just before, for a vague definite noun that no coded
    event stands behind: "Sall postponed the election on Saturday. Opposition candidates
    denounced the delay" — the delay is Sall's. Only when that sentence has no coded event,
    and not a statement's speaker ("X said …")."""
    if noun is None or not _definite(noun) or \
            any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    acts = _UNAIMED.get(lemma)
    if lemma not in _VAGUE_NOUNS and acts is None:
        return None
    here = view.sent_of[noun.i]
    if acts is not None:
        # "the launch": the nearest sentence (at most three back) that tells such an act,
        # or names it with the same noun ("as China began drills … Taiwan condemned the
        # drills")
        for number in range(here - 1, max(-1, here - 4), -1):
            verb = _told_act(view.sents[number].root)
            if verb is not None and verb.lemma_.lower() in acts:
                return next((c for c in verb.children if c.dep_ == "nsubj"), None)
            named = next((t for t in view.sents[number] if t.lemma_ == noun.lemma_
                          and t.dep_ == "dobj" and t.head.pos_ == "VERB"), None)
            if named is not None:
                return next((c for c in named.head.children if c.dep_ == "nsubj"), None)
        return None
    if here == 0 or any(e.trigger.sentence == here - 1 for e in earlier):
        return None  # an act coded there was passed over as no "decision"
    root = view.sents[here - 1].root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in REPORTING_VERBS or \
            root.lemma_.lower() in _STATING:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def document_owner_before(noun: Any | None, view: DocView) -> Any | None:
    """Whose document "the report" or "the study" is, when an earlier sentence (at most two
    back, three for a plan) named it with its owner: "a Human Rights Watch report accusing the
    army … The government rejected the report" — Human Rights Watch; or put it forward: "Trump
    unveiled a plan … Egypt welcomed the initiative" — Trump."""
    if noun is None or noun.lemma_.lower() not in _DOCUMENT_NOUNS or not _definite(noun) or \
            any(c.dep_ in ("poss", "compound", "prep", "acl", "relcl") for c in noun.children):
        return None
    here = view.sent_of[noun.i]
    kind = _PROPOSALS if noun.lemma_.lower() in _PROPOSALS else {noun.lemma_.lower()}
    back = 3 if kind is _PROPOSALS else 2  # (a plan is talked about for longer)
    for number in range(here - 1, max(-1, here - back - 1), -1):
        for token in view.sents[number]:
            if token.lemma_.lower() not in kind:
                continue
            owner = next((c for c in token.children if c.dep_ in ("poss", "compound")
                          and c.pos_ == "PROPN"), None)
            if owner is not None:
                return owner
            by = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                       for g in c.children if g.dep_ == "pobj"), None)
            if by is not None:
                return by
            if token.dep_ == "dobj" and token.head.lemma_.lower() in _PRESENTING:
                # "Trump unveiled a 20-point plan … Egypt welcomed the initiative"
                author = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                if author is not None and author.pos_ in ("PROPN", "NOUN"):
                    return author
    return None


# names for one proposal, any of which a later sentence may use for it
_PROPOSALS = frozenset({"plan", "proposal", "initiative", "blueprint", "roadmap", "framework"})
# verbs by which someone puts a document forward as theirs
_PRESENTING = frozenset({"unveil", "present", "propose", "announce", "publish", "release",
                         "draft", "issue", "submit", "table", "outline", "launch"})


# documents whose owner a later "the report" refers back to
_DOCUMENT_NOUNS = frozenset({"report", "study", "statement", "letter", "resolution", "plan",
                             "proposal", "findings", "investigation", "inquiry", "initiative",
                             "blueprint", "roadmap", "framework"})


def _kind_named_before(noun: Any, view: DocView) -> str | None:
    """The event noun an earlier sentence (at most two back) put in front of the same head:
    "what Arce called a coup attempt … condemned the attempt" — a coup."""
    if noun.lemma_.lower() not in _ATTEMPTS:
        return None
    here = view.sent_of[noun.i]
    for number in range(here - 1, max(-1, here - 3), -1):
        for token in view.sents[number]:
            if token.lemma_.lower() == noun.lemma_.lower():
                kind = next((c.lemma_.lower() for c in token.children
                             if c.dep_ in ("compound", "amod")
                             and c.lemma_.lower() in _EVENT_NOUNS), None)
                if kind is not None:
                    return str(kind)
    return None


_ATTEMPTS = frozenset({"attempt", "bid", "plot"})


def captor_of(held: Any | None, view: DocView) -> Any | None:
    """Who holds what a call for a release names, told before: "Iran's navy seized an oil
    tanker … demanded the release of the vessel" — the subject of the nearest sentence (at
    most two back) whose act is a seizure, an arrest or an abduction."""
    if held is None or not _definite(held):
        return None
    here = view.sent_of[held.i]
    for number in range(here - 1, max(-1, here - 3), -1):
        verb = _told_act(view.sents[number].root)
        if verb.lemma_.lower() in _CAPTURING:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


# acts that take people or things into someone's hands
_CAPTURING = frozenset({"seize", "detain", "arrest", "capture", "abduct", "kidnap", "board",
                        "hijack", "impound", "confiscate", "jail", "imprison"})


def _told_act(root: Any) -> Any:
    """The verb a sentence tells its act with: its root, or the clause a trailing "…, the
    military said" reports."""
    if root.lemma_.lower() in REPORTING_VERBS:
        return next((c for c in root.children if c.dep_ == "ccomp"), root)
    return root


# nouns for an act aimed at no one in particular, with the verbs that tell it: "North Korea
# fired a ballistic missile into the sea. Japan condemned the launch"
_UNAIMED = {
    **dict.fromkeys(("launch", "test"), frozenset({"fire", "launch", "test", "conduct"})),
    "incursion": frozenset({"enter", "cross", "sail", "fly", "intrude"}),
    **dict.fromkeys(("drill", "exercise", "manoeuvre", "maneuver"),
                    frozenset({"hold", "stage", "conduct", "launch", "begin", "start"})),
}


def previous_speaker(noun: Any | None, view: DocView) -> Any | None:
    """Who made the statement 'the statement', 'the remarks' or 'the comments' refer back to:
    the subject of the nearest sentence (at most two back) that reports words ("Pashinyan said
    Armenia recognised … Aliyev welcomed the statement": Pashinyan)."""
    if noun is None or noun.lemma_.lower() not in _SPEECH_NOUNS or not _definite(noun) or \
            any(c.dep_ in ("acl", "relcl", "prep") for c in noun.children):
        return None  # ("the statement by the ministry", "the remarks that …" say whose)
    here = view.sent_of[noun.i]
    for number in range(here - 1, max(-1, here - 3), -1):
        root = view.sents[number].root
        # the sentence's own verb, a trailing "…, the agency said", or the words an act
        # answered ("recalled its envoy after Lukashenko said …")
        for verb in (root, *(c for c in root.children if c.dep_ in ("parataxis", "advcl"))):
            if verb.lemma_.lower() in REPORTING_VERBS:
                speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if speaker is not None:
                    return speaker
    return None


# nouns for words said: they stand for their speaker's statement (an accusation no coded
# event stands behind is its reporter's: "…, Microsoft said. China rejected the allegation")
_SPEECH_NOUNS = frozenset({"statement", "remark", "comment", "speech", "words", "declaration",
                           "allegation", "accusation", "claim", "criticism", "condemnation"})


_STATING = frozenset({"be", "have", "warn", "urge", "call", "ask", "demand", "criticise",
                      "criticize", "condemn", "welcome", "praise", "deny", "reject"})


def _state_level(actor: Actor) -> bool:
    """A country or its government."""
    return actor.sector in (None, "GOV")


# nouns for a meeting that others hold: "sent representatives to the talks"
_MEETING_NOUNS = frozenset({"talk", "meeting", "summit", "negotiation", "conference"})


def others_meeting(noun: Any, sources: tuple[Actor, ...], earlier: Sequence[Event],
                   view: DocView) -> bool:
    """Whether "the talks" with no sides of their own are the meeting of others told before:
    "Malaysia hosted talks between Thailand and Cambodia. The United States and China sent
    representatives to the talks" is no meeting of the United States with China."""
    if noun.lemma_.lower() not in _MEETING_NOUNS or not _definite(noun) or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("between", "with", "among"))
            for c in noun.children):
        return False
    here = view.sent_of[noun.i]
    codes = {a.code for a in sources}
    held = [e for e in earlier if e.cameo.code.startswith("04")
            and here - _WINDOW <= e.trigger.sentence < here]
    return bool(held) and not any(e.source.code in codes for e in held)


def _definite(noun: Any) -> bool:
    """'the raid', 'this move', "Tuesday's attack", 'his death' — not 'an attack', 'attacks'."""
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in _DETERMINERS:
            return True
        if child.dep_ == "poss" and (child.ent_type_ in ("DATE", "TIME") or child.pos_ == "PRON"):
            return True  # "Tuesday's attack", "his death"
    return False


# nouns that sum up the clause before them: "…, a move Belgrade condemned", "accused Moscow
# of torture, a charge the Kremlin denies"
_SUMMING_NOUNS = _VAGUE_NOUNS | {"charge", "accusation", "allegation", "claim"}


def _reported_doer(gloss: Any, said: Any | None) -> Any | None:
    """The doer of what was reported before the speaker, when the gloss names it by a
    definite noun or "it" ("calling the seizure …", "calling it an act of aggression"): the
    active subject, or the passive's agent."""
    thing = next((c for c in gloss.children if c.dep_ == "dobj"), None)
    if thing is None or not (thing.lower_ in ("it", "this") or (thing.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in thing.children))):
        return None
    if said is None:
        report = gloss.head
    else:
        report = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
        if report is None and said.dep_ == "parataxis" and said.head.i < said.i:
            report = said.head  # the parser's other reading: the report is the root
    if report is None:
        return None
    if any(c.dep_ == "nsubjpass" for c in report.children):
        # "officers were detained by Serbian forces, …, calling it an act of aggression"
        return next((g for c in report.children if c.dep_ == "agent"
                     for g in c.children if g.dep_ == "pobj"), None)
    return next((c for c in report.children if c.dep_ == "nsubj"), None)


def clause_doer(verb: Any) -> Any | None:
    """The subject of the clause a statement's relative clause comments on: 'Kosovo police'
    in "Kosovo police raided Serb-run offices, a move Belgrade condemned" and 'China' in
    "China imposed sanctions on two firms, a decision that Washington criticised"; or of the
    report a speaker's gloss comments on: 'Iran's navy' in "Iran's navy seized a tanker, the
    US Navy said, calling the seizure a violation of international law"."""
    said = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and said.lemma_.lower() in REPORTING_VERBS:
        return _reported_doer(verb, said)
    if glossing_reporter(verb) is not None:
        # "officers were detained by Y, the minister said, calling it …", parsed with the
        # participle on the report itself
        return _reported_doer(verb, None)
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in _SUMMING_NOUNS:
        return None
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text != ",":
        return None  # set off by a comma from the clause it sums up
    root = noun.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > start:
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.i < start), None)

