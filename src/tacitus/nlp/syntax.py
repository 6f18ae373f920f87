"""Syntax the actor and event readers share: words for someone in a relation to another,
and repairs of parses the English model gets wrong in a regular way."""

from __future__ import annotations

from typing import Any

__all__ = ["RELATION_NOUNS", "RELATIVE_PRONOUNS", "REPORTING_VERBS", "described_as_protesting",
           "pair_partners", "past_report_conjunct", "split_pair"]

# pronouns that open a relative clause: "the sanctions that the EU imposed"
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# verbs of taking to the street
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "riot", "strike"})


def described_as_protesting(token: Any) -> bool:
    """People the text describes as protesting: "students protesting against quotas",
    "workers who were demonstrating outside parliament"."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _PROTEST_VERBS
               for c in token.children)


# nouns for someone standing in a relation to the possessor, who is someone else: "Russia's
# closest ally", "an ally of Israel", "Putin's counterpart"
RELATION_NOUNS = frozenset({
    "ally", "partner", "rival", "enemy", "foe", "neighbour", "neighbor", "proxy", "adversary",
    "opponent", "critic", "friend", "backer", "client", "patron", "counterpart", "successor",
    "predecessor", "challenger", "nemesis", "archrival", "arch-rival", "supporter", "follower",
    # family and counsel: "the deposed president's son" is not the president
    "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child",
    "nephew", "niece", "cousin", "widow", "relative", "family", "lawyer", "attorney"})


def split_pair(token: Any) -> bool:
    """A noun the parser hung, with a coordinated partner, in front of another noun: in "the
    Colombian government and ELN rebels", 'government' (with 'ELN') modifies 'rebels'; the
    phrase names two actors. A noun never modifies another while coordinated with a name."""
    if token.dep_ not in ("nmod", "compound") or token.head.i <= token.i:
        return False
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and \
            token.head.ent_type_ == "PERSON" and token.head.pos_ == "PROPN":
        # "Prime Minister Fumio Kishida and President Yoon Suk Yeol", parsed as if the first
        # name modified the second: two people
        return bool(pair_partners(token))
    return bool(token.pos_ == "NOUN" and token.head.pos_ == "NOUN" and pair_partners(token))


def pair_partners(token: Any) -> tuple[Any, ...]:
    """The partners coordinated with ``token`` in a split pair: its conjuncts, or, when the
    parser hung the second partner's own modifier on the shared noun ("the Burkinabe army
    and militia fighters": 'militia' on 'fighters'), that modifier."""
    cc = next((c for c in token.children if c.dep_ == "cc"), None)
    if cc is None:
        return ()
    if any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in token.children):
        return tuple(token.conjuncts)
    if cc.i + 1 < token.head.i:
        after = token.doc[cc.i + 1]
        if after.head.i == token.head.i and after.dep_ in ("compound", "nmod") and \
                after.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_ == "conj" for c in token.children):
            return (after,)
    return ()


# verbs that report what someone said
REPORTING_VERBS = frozenset({"say", "announce", "state", "declare", "tell", "add", "confirm",
                             "warn", "insist", "indicate", "claim", "stress", "note",
                             "report"})

# verbs whose that-clause reports what someone holds true or false: a past verb coordinated
# with that clause's past perfect is theirs too ("denied that its aircraft had crossed the
# border and accused Poland of …")
_STANCE_VERBS = REPORTING_VERBS | {"deny", "admit", "acknowledge", "allege", "argue", "insist",
                                   "maintain", "assert"}


# what a speaker does in words, next to what they report: "… and accused Baku of …"
_SPEECH_ACTS = _STANCE_VERBS | {
    "accuse", "blame", "call", "urge", "demand", "condemn", "criticise", "criticize", "vow",
    "pledge", "threaten", "reject", "dismiss", "promise", "appeal", "ask", "welcome", "praise",
    "thank", "summon", "reaffirm", "express", "describe", "denounce", "question", "reiterate"}


# states and plans a report puts in the past tense ("said she would back neither candidate
# but planned to write in another name"): still what was said
_BACKSHIFTED = frozenset({"plan", "want", "hope", "expect", "intend", "need", "have", "be",
                          "remain", "wish", "prefer", "like", "believe", "think", "know",
                          "feel", "seem", "continue", "mean", "fear"})


def past_report_conjunct(verb: Any) -> Any | None:
    """The report a plain past verb goes with when the parser joined it to the past perfect
    of what was reported: in "Armenia said that Azerbaijani forces had shelled villages and
    accused Baku of …", 'accused' is Armenia's, coordinated with 'said'."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and \
            head.head.tag_ == "VBD" and head.head.lemma_.lower() in _STANCE_VERBS and ((any(
                c.dep_ == "aux" and c.lower_ == "had" for c in head.children) and
                verb.lemma_.lower() in _SPEECH_ACTS) or (
                head.lemma_ == "be" and verb.lemma_ != "be" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)) or (
                ((head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD"
                                            for c in head.children))
                 or (head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                                for c in head.children)))
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and
                verb.lemma_.lower() not in _BACKSHIFTED)):
        # (a speech act, not a deed the past perfect shares: "said the vessel had ignored
        # warnings and collided with its ship" is all Beijing's claim; or with a state:
        # "denied that Belgrade was behind the attack and blamed X"; or
        # after a modal or a progressive, which a past verb cannot share: "said his country
        # would defend its borders and called on Venezuela to …", "said it was facilitating
        # aid and blamed UN agencies for the delays")
        return head.head
    return None
