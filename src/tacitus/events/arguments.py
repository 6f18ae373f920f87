"""Who is the source and who the target: argument finding over the dependency parse.

Handles active and passive voice, control ("X sought to meet Y": X meets), shared subjects of
coordinated verbs, relative clauses ("the army, which shelled…"), participial modifiers, and
coordination of arguments ("A and B", and the appositions spaCy sometimes gives instead).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tacitus.nlp.syntax import (
    RELATION_NOUNS,
    REPORTING_VERBS,
    pair_partners,
    past_report_conjunct,
    split_pair,
)

__all__ = [
    "ACCUSING",
    "CALL_PURPOSES",
    "HOLDING",
    "ON_PLACES",
    "VEHICLES",
    "act_done_to_of",
    "agent_of",
    "agent_of_noun",
    "call_purpose",
    "clause_subject",
    "coordinate_of",
    "expand",
    "glossing_reporter",
    "headline_passive",
    "is_headline",
    "is_passive",
    "is_temporal",
    "object_of",
    "own_clause",
    "partitive",
    "prep_object",
    "reporting_subject",
    "stray_apposition",
    "subject_of",
]

_SUBJ = ("nsubj", "csubj", "expl")
_RELATIVE = frozenset({"that", "which", "who", "whom"})
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
_ADJ_PREDICATE = frozenset({"acomp", "oprd"})


# things that carry someone's words or decision: "a statement condemning X" is its issuer's
VEHICLES = frozenset({
    "statement", "declaration", "report", "letter", "message", "communique", "communiqué",
    "resolution", "note", "reminder", "warning", "appeal", "call", "decision", "order", "decree",
    "ruling", "bill", "law", "motion", "petition", "proposal", "plan", "speech", "address",
    "interview", "editorial", "article", "video", "tweet", "post", "announcement", "ultimatum",
    "memo", "memorandum", "document", "verdict", "judgment", "judgement", "directive",
})


_ISSUING = frozenset({
    "issue", "release", "publish", "adopt", "pass", "sign", "send", "deliver", "make", "give",
    "announce", "present", "submit", "draft", "unveil", "put", "take", "reach", "approve",
    "write", "post", "broadcast", "air", "hand", "file", "table", "introduce", "lodge",
})
_REPORTING = REPORTING_VERBS
# what an act did, told in a participle after it ("…, killing four"), where a participle of
# speech is the reporter's own ("…, Macron said, thanking Oman")
_CONSEQUENCES = frozenset({"kill", "wound", "injure", "destroy", "damage", "leave", "cause",
                           "force", "displace", "hit", "level", "raze", "trap", "bury"})
_STAND_IN = frozenset({"it", "they", "we"})
ACCUSING = frozenset({"accuse", "blame", "charge", "fault", "allege"})
# participles of speech, which are the speaker's ("…, accusing Kyiv of …", "…, calling it …")
_SPEAKING = frozenset({"accuse", "blame", "say", "call", "describe", "claim", "add", "cite",
                       "argue", "warn", "urge", "insist", "note", "brand", "label", "deny",
                       "reject", "condemn", "dismiss", "denounce", "praise", "thank"})
# verbs whose that-clause someone else is to carry out or which reports words
_ASKING_OR_TELLING = _REPORTING | {"demand", "urge", "ask", "insist", "request", "propose",
                                   "suggest", "allege", "argue"}


def reporting_subject(token: Any) -> Any | None:
    """For 'it' in "Poland said it would expel …": the subject of the reporting verb whose
    clause the pronoun is the subject of (the pronoun almost always stands for it)."""
    if token.lower_ not in _STAND_IN or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    for _ in range(4):
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING:
            subject = _own_subject(verb.head)
            if subject is not None and token.lower_ == "it" and subject.tag_ == "NNS":
                return None  # "medics said it left 14 villagers dead": 'it' is no medics
            return subject if subject is not None and subject.i != token.i else None
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children) or \
        _bare_passive_subject(verb) is not None


def _bare_passive_subject(verb: Any) -> Any | None:
    """The subject of a passive without its auxiliary, which the parser reads as active:
    the headline "Ukraine hit by Russian missile attack"."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT" or \
            not any(c.dep_ == "agent" for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _own_subject(verb: Any) -> Any | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        # "Egypt and Qatar are mediating between …": the parser may hang the subject on the
        # auxiliary in front of the verb rather than on the verb
        subjects = [c for a in verb.lefts if a.dep_ == "aux" for c in a.children
                    if c.dep_ in ("nsubj", "csubj") and c.i < a.i]
    if not subjects and verb.dep_ == "ROOT" and is_headline(verb):
        # "EU to send more aid to Gaza": a headline's subject before its "to"
        subjects = [c for c in verb.lefts if c.dep_ in ("dep", "npadvmod")
                    and c.pos_ in ("PROPN", "NOUN") and any(
                        a.dep_ == "aux" and a.lower_ == "to" and a.i > c.i for a in verb.lefts)]
    if not subjects and verb.dep_ == "conj" and verb.i > 0:
        stranded = _stranded_subject(verb)
        if stranded is not None:
            subjects = [stranded]
    if len(subjects) > 1:
        # "Old foes Algeria and Morocco have renewed ties": the parser splits a description
        # and the names it describes into two subjects; the names are the actors
        named = [c for c in subjects if c.pos_ == "PROPN"]
        return named[0] if named else subjects[0]
    return subjects[0] if subjects else None


def _stranded_subject(verb: Any) -> Any | None:
    """The subject of a second clause the parser took for a partner of the noun before it:
    in "Hamas freed 13 hostages on Friday and Israel released 39 prisoners", "Israel" hangs
    on "Friday" and "released" is left without a subject."""
    before = verb.doc[verb.i - 1]
    if before.dep_ != "conj" or before.right_edge.i != before.i or \
            before.pos_ not in ("PROPN", "NOUN") or before.head.pos_ in ("VERB", "AUX") or \
            (before.tag_ in ("NNS", "NNPS") and verb.tag_ == "VBZ"):
        return None
    if not any(c.dep_ == "cc" and c.i < before.left_edge.i for c in before.head.children):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a tensed verb only: "… on Friday and Israel, releasing …" is no clause
    return before


def glossing_reporter(verb: Any) -> Any | None:
    """The reporting verb set off between a clause and a participle hung on that clause:
    'said' in "officers were detained, the prime minister said, calling it …"."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                 and c.lemma_.lower() in REPORTING_VERBS
                 and any(g.dep_ == "nsubj" for g in c.children)), None)


def subject_of(verb: Any, *, depth: int = 0) -> Any | None:
    """The token that performs ``verb``: its subject, or one inherited through the parse."""
    if depth > 6:
        return None
    if is_passive(verb):
        return agent_of(verb) or _granting_place(verb)
    own = _own_subject(verb)
    if own is not None:
        if own.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return verb.head
        return own
    dep = verb.dep_
    head = verb.head
    if head.i == verb.i:
        return None
    if dep == "acl" and head.lemma_.lower() in VEHICLES:
        # "Peru's decision to release", "issued a statement condemning X": whoever owns or
        # issued it acts
        owner = next((c for c in head.children if c.dep_ == "poss"), None) or prep_object(
            head, "by")
        if owner is not None:
            return owner
        if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _ISSUING:
            return subject_of(head.head, depth=depth + 1)
    reporter = glossing_reporter(verb)
    if reporter is not None:
        # "X was detained by Y, Z said, calling it an act of aggression": the parser hangs
        # the participle on the report; whoever said it calls it so
        return next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    permitted = permitted_party(verb)
    if permitted is not None:
        return permitted  # "gave Russia permission to attack": Russia would attack
    if _passive_participle(verb) or (dep == "amod" and verb.tag_ == "VBN"):
        # "soldiers killed by rebels": the noun is the one it was done to; "EU-mediated"
        return agent_of(verb)
    if dep == "relcl" or dep == "acl":
        return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None
    if dep in ("advcl", "xcomp") and head.lemma_.lower() in _PAYING and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        paid = prep_object(head, "to")
        if paid is not None and paid.pos_ in ("NOUN", "PROPN"):
            return paid  # "paid bounties to the Houthis to attack Y": the Houthis attack
    if dep == "xcomp" and call_purpose(verb):
        # "called Duda to express the alliance's solidarity": the caller expresses it
        return subject_of(head, depth=depth + 1)
    if dep == "xcomp" and head.lemma_.lower() not in _INSTRUMENTAL:
        # object control: "urged Russia to meet" → Russia meets ("used water cannon to
        # disperse them": the user disperses, with the cannon)
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and child.i < verb.i:
                return child
        if is_passive(head):
            # "X was urged by Y to meet", "X is scheduled to visit": the passive subject acts
            passive = next((c for c in head.children if c.dep_ in _PASS_SUBJ), None)
            if passive is not None:
                return passive
            if head.dep_ == "conj" and not any(c.dep_ == "agent" for c in head.children):
                # "held talks and is expected to meet X": the subject both verbs share
                return subject_of(coordinate_of(head), depth=depth + 1)
        return subject_of(head, depth=depth + 1)
    if dep == "advcl" and is_passive(head) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in verb.children):
        # "X was pressured by Y to help", "X was sent to Z to negotiate": the passive subject
        passive = next((c for c in head.children if c.dep_ in _PASS_SUBJ), None)
        if passive is not None:
            return passive
    if dep == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and \
            head.lower_ in _GERUND_PREPS and head.head.pos_ in ("VERB", "AUX"):
        # "youths resorted to throwing stones", "rebels turned to attacking convoys",
        # "X threatened to retaliate by bombing Y": the governing verb's subject acts
        return subject_of(head.head, depth=depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG" and head.lemma_.lower() in _REPORTING and \
            verb.lemma_.lower() in _CONSEQUENCES and \
            not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        # "Israeli jets struck targets near Damascus, state media reported, killing four
        # soldiers": the participle goes with the reported clause, not with the report
        reported = next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i),
                        None)
        if reported is None and head.dep_ == "parataxis" and head.head.i < head.i:
            reported = head.head  # "X struck Y, media reported, killing …"
        if reported is not None:
            return subject_of(reported, depth=depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG" and head.lemma_.lower() in ACCUSING and \
            verb.lemma_.lower() in _CONSEQUENCES and \
            not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        # "accused Chinese vessels of ramming a supply boat, injuring a sailor": the harm is
        # the accused's, not the accuser's
        accused = object_of(head)
        if accused is not None:
            return accused
    if dep == "advcl" and verb.tag_ == "VBG" and head.head.pos_ in ("VERB", "AUX") and (
            head.dep_ == "xcomp" or (head.dep_ == "ccomp" and verb.lemma_.lower() in _SPEAKING
                                     and head.head.lemma_.lower() in _ASKING_OR_TELLING)) and \
            verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].lower_ == "," and \
            not any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        # "ordered the envoy to leave, accusing him of spying", "demanded that the UN
        # withdraw, accusing the force of failing": a participle set off by a comma goes with
        # the main clause, not with the clause the parser hangs it on (but "said rebels
        # shelled the town, killing four": the shelling killed)
        return subject_of(head.head, depth=depth + 1)
    partner = coordinate_of(verb) if dep == "conj" else head
    if dep == "conj" and is_passive(partner) and verb.tag_ != "VBN":
        # "it was surprised by the turnaround and accused Spain of …": conjuncts share the
        # grammatical subject, not the passive's agent
        passive = next((c for c in partner.children if c.dep_ in _PASS_SUBJ), None)
        if passive is not None:
            return passive
    if partner.i != head.i:
        # "he arranged for the Guard to be ready and has asked Trump to …": the subject of
        # the clause the tensed verb is really coordinated with
        return subject_of(partner, depth=depth + 1)
    if dep in _INHERIT or (dep in _ADJ_PREDICATE and head.pos_ in ("AUX", "VERB")) or (
            dep == "attr" and verb.tag_ == "VBG" and head.lemma_ == "be"):
        # "Qatar is mediating between …", parsed as if 'mediating' were what Qatar is
        # "X is about to restore ties", "X is ready to talk": the adjective's subject
        return subject_of(head, depth=depth + 1)
    return None


def call_purpose(verb: Any) -> bool:
    """Whether ``verb`` says what a telephone call was for: "called Duda to express the
    alliance's solidarity", "phoned Netanyahu to urge restraint" (the caller does it), where
    "called supporters to rally" and "called on Russia to withdraw" ask someone else."""
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl") and head.i != verb.i and \
        head.lemma_.lower() in _CALLING and verb.lemma_.lower() in CALL_PURPOSES and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in head.children)


_CALLING = frozenset({"call", "phone", "telephone", "ring"})
# what one calls someone to do on the telephone
CALL_PURPOSES = frozenset({"discuss", "express", "congratulate", "offer", "convey", "thank",
                           "condole", "inform", "brief", "voice", "reassure", "wish",
                           "apologise", "apologize", "talk", "extend", "update", "assure",
                           "pledge", "seek", "stress", "urge", "ask", "raise", "share",
                           "demand", "press", "protest", "complain", "warn"})
_INSTRUMENTAL = frozenset({"use", "employ", "utilize", "utilise", "spend", "exploit",
                           "wield", "harness"})


def coordinate_of(verb: Any) -> Any:
    """The verb a conjunct verb is coordinated with. A tensed verb is no conjunct of an
    infinitive, whatever the parser says: in "he arranged for the Guard to be ready and has
    asked Trump to …", 'asked' goes with 'arranged', not with 'be'; nor is a past verb the
    conjunct of a modal one ("predicted X would lose and asked …")."""
    head = verb.head
    if verb.dep_ != "conj" or not _finite(verb) or head.head.i == head.i:
        return head
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        # (and up to the first tensed verb: "accused Baku of seeking to cleanse the region
        # and urged peacekeepers to intervene" goes with 'accused')
        above = head.head
        for _ in range(4):
            if _finite(above) or above.head.i == above.i or above.dep_ not in (
                    "xcomp", "pcomp", "pobj", "prep", "advcl"):
                break
            above = above.head
        return above if _finite(above) else head.head
    report = past_report_conjunct(verb)
    if report is not None:
        return report  # "said that X had shelled villages …, and accused Baku of …"
    if verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "ccomp" and \
            head.head.tag_ == "VBD" and any(c.dep_ == "aux" and c.tag_ == "MD"
                                             for c in head.children):
        # "predicted Trump would lose and asked voters to …": a past verb goes with the
        # past verb above, not with "would lose"
        return head.head
    return head


def _finite(verb: Any) -> bool:
    """A verb with tense: 'asked', 'asks', or 'has asked' / 'will ask'."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


# giving someone money or means to do something: the one given it does it
_PAYING = frozenset({"pay", "give", "offer", "hand", "supply", "provide"})
_GERUND_PREPS = frozenset({"to", "by", "into", "after", "before", "while", "in"})
# words that open an indirect question: "asked why …", "wondered whether …"
WH_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "whom", "whether", "if",
                      "which"})
# nouns for leave to do something: "gave Russia permission to attack", "the green light"
PERMISSIONS = frozenset({"permission", "approval", "authorization", "authorisation",
                         "go-ahead", "clearance", "license", "licence", "mandate", "light"})


def permission_giver(verb: Any) -> Any | None:
    """The verb that grants leave for ``verb``: "gave Russia permission to attack" (give),
    "gave permission to Russia to help" (give, the parser's advcl)."""
    head = verb.head
    if head.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "acl" and head.lemma_.lower() in PERMISSIONS and head.dep_ == "dobj":
        return head.head
    if verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in PERMISSIONS
                                    for c in head.children):
        return head
    return None


def permitted_party(verb: Any) -> Any | None:
    """Who is given leave to do ``verb``: the recipient of the permission."""
    giver = permission_giver(verb)
    if giver is None:
        return None
    for child in giver.children:
        if child.dep_ == "dative" and child.pos_ != "ADP":
            return child
        if child.dep_ in ("dative", "prep") and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _granting_place(verb: Any) -> Any | None:
    """The country a "where" clause is about, for what it grants or gives: "left for Spain,
    where he was granted asylum" — Spain granted it."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ("grant", "give", "offer") or \
            verb.head.pos_ != "PROPN" or verb.head.ent_type_ != "GPE" or not any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    return verb.head


def agent_of(verb: Any) -> Any | None:
    """The 'by' agent of a passive verb.

    The parser sometimes hangs a late agent on the gerund the passive governs ("was accused of
    misusing funds by government officials"); a 'by' with a person or group there is taken
    as the agent ("by shooting them" is a means, not an agent)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if verb.dep_ == "amod" and verb.tag_ == "VBN":
        # "EU-mediated talks", "a Qatari-brokered truce": the name before the hyphen
        return next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                     and c.i + 2 == verb.i and verb.doc[c.i + 1].text == "-"), None)
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for gerund in child.children:
            if gerund.dep_ == "pobj" and gerund.lemma_.lower() in _VEHICLE_NOUNS:
                # "was denounced in a joint letter from Chile and Peru"
                by = next((c for c in gerund.children if c.dep_ == "prep" and c.lower_ == "by"),
                          None)
                pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
            if gerund.dep_ == "pobj" and gerund.pos_ == "NOUN" and \
                    verb.lemma_.lower() in _CHARGING and not act_done_to_of(gerund):
                # "was accused of corruption by government officials": the parser's late
                # agent (but "accused of the killing of protesters by soldiers" is the
                # killing's)
                pobj = prep_object(gerund, "by")
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and pobj.tag_ != "VBG":
                    return pobj
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            for by in gerund.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    pobj = next((g for g in by.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and \
                            pobj.tag_ != "VBG":
                        return pobj
    return None


# verbs that charge someone with something, whose late "by" is the one who charges
_CHARGING = frozenset({"accuse", "charge", "suspect", "blame", "criticise", "criticize",
                       "condemn", "indict", "fault", "convict"})
# what words come in, when the passive's agent hangs on them
_VEHICLE_NOUNS = frozenset({"statement", "communique", "communiqué", "letter", "speech",
                            "resolution", "declaration", "report", "message", "interview",
                            "post", "tweet", "ruling", "decision", "decree", "order"})


def _passive_participle(verb: Any) -> bool:
    """'soldiers killed in Ukraine' — but not a main verb the parser hung on a root noun
    ('Thousands of students protested in Dhaka'), unless the sentence is a headline ('Two
    diplomats expelled from Norway')."""
    return bool(verb.dep_ == "acl" and verb.tag_ == "VBN" and (
        verb.head.dep_ != "ROOT" or is_headline(verb)))


def headline_passive(verb: Any) -> bool:
    """A headline's passive, written without its auxiliary: "Journalist killed in Mexico",
    "Opposition leader detained in Moscow". A past form with a subject but no object or
    auxiliary, in a sentence with no closing punctuation, reports what was done to the
    subject (headlines give their own acts in the present: "Police arrest opposition
    leader")."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in _DONE_TO or (
            verb.dep_ not in ("ROOT", "conj") and not (
                # "Hamas leader killed in Tehran, group blames Israel": the first of two
                verb.dep_ == "ccomp" and verb.i < verb.head.i)):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp")
           for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) and is_headline(verb)


# verbs a headline uses in the bare passive ("Journalist killed", "Minister sacked"); verbs
# that are also intransitive ("Iran protested to Britain") are left out
_DONE_TO = frozenset({
    "kill", "murder", "assassinate", "execute", "hang", "behead", "shoot", "stab", "wound",
    "injure", "hurt", "beat", "torture", "rape", "kidnap", "abduct", "seize", "capture",
    "arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict", "fine",
    "acquit", "pardon", "free", "release", "expel", "deport", "extradite", "evict", "exile",
    "ban", "bar", "sanction", "summon", "sack", "fire", "dismiss", "oust", "depose", "impeach",
    "suspend", "censure", "accuse", "elect", "appoint", "name", "nominate", "award", "honour",
    "honor", "invite", "condemn", "criticise", "criticize", "blame", "sue", "raid", "bomb",
    "shell", "target", "ambush", "attack", "threaten", "warn", "rescue", "evacuate", "hold",
    "question", "interrogate", "search", "investigate", "probe", "blockade", "besiege",
})


def is_headline(token: Any) -> bool:
    """True when ``token``'s sentence has no closing punctuation, as headlines have none."""
    sentence = token.sent
    last = sentence[-1]
    return not (last.is_punct and last.text in _CLOSING) and len(sentence) <= 20


_CLOSING = frozenset({".", "!", "?", '"', "\u201d", "'", "\u2019", ")", ":", ";", "…"})


def stray_apposition(token: Any) -> bool:
    """A name after a comma that renames the place noun before it, which the parser made an
    object of the main verb: "asked for a force to fight gangs that control most of the
    capital, Port-au-Prince"."""
    comma = token.left_edge.i - 1
    if comma < 2 or token.doc[comma].text != "," or token.pos_ != "PROPN":
        return False
    before = token.doc[comma - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in _PLACE_NOUNS and \
        before.head.i != token.head.i


_PLACE_NOUNS = frozenset({"capital", "city", "town", "country", "region", "province",
                          "state", "port", "village"})


# verbs of keeping people captive: "hostages held by Hamas"
HOLDING = frozenset({"hold", "detain", "keep", "kidnap", "abduct", "capture", "seize",
                     "imprison", "jail"})
# what a captive is held as: "held hostage", "kept prisoner"
_HELD_AS = frozenset({"hostage", "captive", "prisoner"})


def object_of(verb: Any) -> Any | None:
    """The direct object; in the passive voice, the passive subject."""
    for child in verb.children:
        if child.dep_ in _PASS_SUBJ:
            return child
    bare = _bare_passive_subject(verb)
    if bare is not None:
        return bare
    if _passive_participle(verb) and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "ten soldiers killed in the attack"
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and \
            not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # "the prisoners were arrested and later released by the army", and "civilians
        # imprisoned for … were released by Putin", which the parser reads as two verbs
        shared = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.i < verb.i), None)
        if shared is not None:
            return shared
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            if verb.dep_ == "relcl" and child.lower_ in _RELATIVE:
                return verb.head  # "the town that rebels attacked"
            if verb.dep_ == "relcl" and child.lemma_.lower() in _HELD_AS and \
                    verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head  # "a pilot they had held hostage": the pilot was held
            if stray_apposition(child):
                continue
            return child
    for child in verb.children:
        if child.dep_ == "dative":
            return child
    for child in verb.children:
        # "condemned as a grave wrong Russia's crackdown on …": the object moved after the
        # "as" phrase, which the parser reads as an apposition to it
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                appos = next((a for a in pobj.children if a.dep_ == "appos"), None)
                if appos is not None:
                    return appos
    for child in verb.children:  # "kidnapped up to 16 advisers": a quantity the parser split
        if child.dep_ == "prt" and child.lower_ == "up":
            for pobj in (g for c in child.children if c.lower_ == "to" for g in c.children):
                if pobj.dep_ == "pobj" and any(n.dep_ == "nummod" for n in pobj.children):
                    return pobj
    for child in verb.children:
        # "called Moroccan King Mohammed VI on Tuesday": a name the parser took for what the
        # object is called ('VI' an object predicate), with no object beside it
        if child.dep_ == "oprd" and child.pos_ == "PROPN" and not is_passive(verb):
            return child  # (the loop above found no object)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in verb.children) and not any(
            c.dep_ in ("advmod", "npadvmod") and c.lower_ in _RELATIVE_ADVERBS
            for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children):
        return verb.head  # "four officials it accused of supplying drones" (no "that")
    return _shared_object(verb)


def _shared_object(verb: Any) -> Any | None:
    """The object a transitive verb shares with the verb coordinated right after it:
    "raided and closed five offices", "arrested and charged two men"."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("prep", "ccomp", "xcomp") for c in verb.children):
        return None  # ("fled and sought refuge", "said and did …")
    partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    and c.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc"), None)
    if partner is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in partner.children) or \
            partner.tag_ != verb.tag_:
        return None
    return next((c for c in partner.children if c.dep_ == "dobj"), None)


_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how"})


def prep_object(token: Any, prep: str, *, also: Any | None = None) -> Any | None:
    """The object of preposition ``prep`` attached to ``token`` (or to ``also``)."""
    for holder in (token, also):
        if holder is None:
            continue
        for child in holder.children:
            if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ == prep:
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp") and not is_temporal(grandchild):
                        return grandchild
    return None


def is_temporal(token: Any) -> bool:
    """'on Wednesday', 'in March', 'for two years': a time, never an actor."""
    return bool(token.ent_type_ in ("DATE", "TIME"))


def expand(token: Any) -> Iterator[Any]:
    """A token and the tokens coordinated with it ('A, B and C'), appositions included; in a
    headline, a comma joins subjects as "and" does ("China, Russia hold naval drills"); a
    coordinated pair the parser hung in front of a noun counts too ("the Colombian
    government and ELN rebels")."""
    yield token
    seen = {token.i}
    for other in _headline_partners(token):
        seen.add(other.i)
        yield other
    for pair in (c for c in token.children if split_pair(c)):
        seen.add(pair.i)
        yield pair
        for member in pair_partners(pair):
            if member.i not in seen:
                seen.add(member.i)
                yield member
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.i in seen:
                continue
            if child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"
                                        and current.pos_ == "PROPN"
                                        and not _title_and_name(current, child)
                                        and not _described_by_place(current, child)):
                seen.add(child.i)
                stack.append(child)
                yield child


def _described_by_place(name: Any, appos: Any) -> bool:
    """'Michael Avenatti, the California, US lawyer': the parser's apposition of a place to a
    person describes the person; it names no second actor."""
    return bool(name.ent_type_ == "PERSON" and appos.ent_type_ in ("GPE", "LOC", "NORP"))


def _headline_partners(token: Any) -> list[Any]:
    """Names a headline joins to a subject with a bare comma: 'China' in "China, Russia hold
    drills", 'South Korea' in "Japan, South Korea agree …" (the parser's second subject)."""
    if token.dep_ not in ("nsubj", "dep", "npadvmod") or token.pos_ != "PROPN" or \
            token.head.i == token.i or not is_headline(token):
        return []
    doc = token.doc
    partners = []
    for other in token.head.children:
        if other.i == token.i or other.pos_ != "PROPN" or \
                other.dep_ not in ("nsubj", "dep", "npadvmod"):
            continue
        first, second = (other, token) if other.i < token.i else (token, other)
        gap = doc[first.right_edge.i + 1:second.left_edge.i]
        if len(gap) == 1 and gap[0].text == ",":
            partners.append(other)
    return partners


def _title_and_name(a: Any, b: Any) -> bool:
    """A title and the name of who holds it are one person, not two: "Deputy Prime Minister
    Ahmed Nazif", "Nazif, Prime Minister"."""
    return bool((a.ent_type_ == "PERSON" and not b.ent_type_) or
                (b.ent_type_ == "PERSON" and not a.ent_type_))


# things "of" someone that do not stand for them: "a cemetery of Italian sailors"
_NOT_PARTS = frozenset({
    "cemetery", "grave", "tomb", "memorial", "monument", "statue", "museum", "exhibition",
    "photo", "photograph", "picture", "image", "film", "video", "book", "list", "copy",
    "portrait", "story", "history", "memory", "name", "body", "remains", "funeral",
    "birthday", "anniversary"})


# nouns for where something is or happens, which an "on" names as a place, not as an issue or
# a partner: "attacked convoys on the main roads" (not "border": "troops on the border with
# Kosovo" face Kosovo, "attacked Biden on the border" is about border policy)
ON_PLACES = frozenset({"road", "highway", "route", "street", "coast", "island", "bridge",
                       "outskirts", "edge", "way", "path", "motorway", "corridor", "shore",
                       "riverbank", "bank"})
# acts whose "of" names who or what they are done to, not who does them: "an audit of the
# central bank", "the withdrawal of Russian troops", "the killing of protesters"
_ACTS_ON = frozenset({
    "audit", "investigation", "probe", "inquiry", "review", "examination", "withdrawal",
    "release", "arrest", "detention", "removal", "murder", "assassination", "execution", "ban",
    "invasion", "occupation", "expulsion", "deportation", "extradition", "trial", "prosecution",
    "impeachment", "recognition", "repeal", "abolition", "dissolution", "ouster", "overthrow",
    "appointment", "nomination", "confirmation", "acquittal", "conviction", "indictment",
    "annexation", "blockade", "boycott", "isolation", "punishment", "disarmament", "deployment",
    "evacuation", "reinstatement", "liberation", "destruction", "capture", "exclusion",
    "treatment", "torture", "persecution", "harassment", "condemnation", "criticism",
    "protection", "rescue", "defeat", "suppression", "repression", "dismissal", "sacking",
    "suspension", "imprisonment", "jailing", "sentencing", "surveillance", "targeting",
    "closure", "demolition", "eviction", "seizure", "confiscation", "privatisation",
    "privatization", "sale", "takeover", "nationalisation", "nationalization"})
# nouns in -ing that name a gathering or a thing, not an act done to the "of" noun
_ING_NOT_ACTS = frozenset({"meeting", "gathering", "building", "wedding", "hearing", "briefing",
                           "sitting", "following", "beginning", "ending", "offering"})


def act_done_to_of(token: Any) -> bool:
    """Is ``token`` an act whose "of" object is what it is done to ('the release of the
    prisoners', 'the shelling of Aleppo') rather than a part or a group ('thousands of
    protesters', 'a delegation of the opposition')?"""
    lemma = token.lemma_.lower()
    if lemma in _ACTS_ON:
        return True
    return token.pos_ == "NOUN" and token.lower_.endswith("ing") and \
        token.lower_ not in _ING_NOT_ACTS and lemma not in _ING_NOT_ACTS


def partitive(token: Any, *, patient: bool = True) -> Any | None:
    """The noun inside a partitive: 'thousands of protesters' → protesters; 'a delegation of
    the opposition' → the opposition. Not 'a cemetery of Italian sailors'; without
    ``patient``, not what an act is done to ('backed the withdrawal of Russian troops')."""
    if token.lemma_.lower() in _NOT_PARTS or token.lemma_.lower() in RELATION_NOUNS or (
            not patient and act_done_to_of(token)):
        return None  # (nor 'critics of Erdogan', who are not Erdogan)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def agent_of_noun(token: Any) -> Any | None:
    """Who did what an event noun names: 'the attack by X', "Russia's invasion"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in RELATION_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    for child in token.children:
        # "the peace plan, proposed by China": the participle's agent
        if child.dep_ == "acl" and child.tag_ == "VBN" and \
                child.lemma_.lower() in _AUTHORING:
            agent = agent_of(child)
            if agent is not None:
                return agent
    return None


# participles that say who made a plan, a proposal or a text: "the plan proposed by China"
_AUTHORING = frozenset({"propose", "draft", "submit", "present", "table", "offer", "put",
                        "announce", "unveil", "issue", "sponsor", "author", "write"})


def claimant_of(noun: Any) -> Any | None:
    """Whoever claimed responsibility for the act ``noun`` names: "the Pakistani Taliban
    claimed responsibility for the attack" — the attack is theirs by their own word. Not a
    denial, and not a claim reported as refused ("did not claim")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    held = prep.head
    if held.lemma_.lower() == "responsibility" and held.dep_ == "dobj":
        verb = held.head
    elif any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in held.children):
        verb = held  # "claimed responsibility on Thursday for …": 'for' hangs on the verb
    else:
        return None
    if verb.lemma_.lower() not in _CLAIMING or any(c.dep_ == "neg" for c in verb.children):
        return None
    return subject_of(verb)


_CLAIMING = frozenset({"claim", "take", "accept", "admit", "acknowledge"})


def clause_subject(verb: Any) -> Any | None:
    """The subject of the clause a verb governs: 'the US' in 'demanded that the US cancel'."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            for grandchild in child.children:
                if grandchild.dep_ in ("nsubj", "nsubjpass"):
                    return grandchild
    return None


def own_clause(token: Any) -> set[int]:
    """Indices of the tokens of ``token``'s own clause: its subtree without the clauses inside
    it (relative, adverbial, complement and coordinated verb clauses). A coordinated noun
    stays: "on Syria and the accusations … on Tuesday"."""
    found = {token.i}
    stack = [c for c in token.children if not _new_clause(c)]
    while stack:
        child = stack.pop()
        found.add(child.i)
        stack.extend(c for c in child.children if not _new_clause(c))
    return found


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


def _new_clause(token: Any) -> bool:
    return token.dep_ in _CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))
