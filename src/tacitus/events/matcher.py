"""Match the pattern dictionary against the parse and find each match's arguments.

The output is a list of :class:`Candidate` — a pattern, the trigger token, the source and
target tokens — before actors, modality, dates and places are attached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tacitus.events.arguments import (
    ON_PLACES,
    WH_WORDS,
    agent_of,
    claimant_of,
    clause_subject,
    headline_passive,
    is_temporal,
    object_of,
    prep_object,
    subject_of,
)
from tacitus.events.patterns import Pattern, PatternBook
from tacitus.nlp.syntax import RELATIVE_PRONOUNS

__all__ = ["CHARGE_NOUNS", "Candidate", "match_sentence", "paired_alternative"]

_LIGHT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "obj"})
_PREDICATE_DEPS = frozenset({"acomp", "ROOT", "conj", "ccomp", "xcomp", "advcl", "oprd"})
_JOINING = frozenset({"join", "enter", "rejoin"})
_ENGAGED = frozenset({"engage", "involve", "embroil", "implicate"})
_PARTICLE_PREPS = frozenset({"off", "up", "down", "out", "over", "on"})
_CURRENCIES = frozenset({
    "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "franc", "ruble", "rouble",
    "shilling", "naira", "krone", "kroner", "krona", "dinar", "riyal", "rial", "peso", "won",
    "lira", "rand", "cedi", "dirham", "taka", "ringgit", "baht", "rupiah", "hryvnia", "zloty"})
_LEMMA_FIXES = {"raped": "rape", "raping": "rape"}  # the small model's known slips
# verbs whose object noun is the event itself: "held talks", "launched an attack"
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "carry", "launch", "stage", "mount", "make", "pay", "give",
    "take", "begin", "start", "continue", "resume", "open", "organise", "organize", "lead",
    "attend", "join", "engage", "wage", "undertake", "perform", "sign", "reach", "deliver",
    "provide", "offer", "announce", "complete", "conclude", "finish", "host", "convene",
    "go", "call", "issue", "lodge", "file", "impose", "extend", "grant", "send", "step",
    "intensify", "escalate", "renew", "order", "approve", "declare", "agree",
    "pursue", "initiate", "commence", "orchestrate", "mastermind", "perpetrate", "wrap",
})


@dataclass(frozen=True, slots=True)
class Candidate:
    pattern: Pattern
    trigger: Any  # the anchor token
    verb: Any  # the clause verb the event hangs on (the anchor, or a light verb)
    source: Any | None
    target: Any | None
    end: int  # last token index of the trigger words (for the evidence span)
    start: int


def match_sentence(sent: Any, book: PatternBook) -> Iterator[Candidate]:
    """Every best pattern match in one sentence, with its argument tokens."""
    tokens = list(sent)
    # every word of the sentence, as spelt and as lemma: a pattern that needs another word
    # cannot match here, and is not tried
    present = {t.lower_ for t in tokens}
    present.update([t.lemma_.lower() for t in tokens])
    for token in tokens:
        lemma = _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or (
                token.pos_ == "ADJ" and token.dep_ in _PREDICATE_DEPS):
            # an adjective predicate is written like a verb: "critical of X", "skeptical about X"
            own, again = book.verbs.get(lemma, ()), _repeated(lemma, book)
            if (own or again) and not _inside_unrealised(token) and not _misread_noun(token):
                candidate = _best(token, own, _match_realised_verb, present) or _best(
                    token, again, _match_realised_verb, present)
                if candidate is not None:
                    yield candidate
        if token.pos_ in ("NOUN", "PROPN") and not _inside_name(token):
            candidate = _best(token, book.nouns.get(lemma, ()), _match_noun, present)
            if candidate is not None:
                yield candidate


def _misread_noun(token: Any) -> bool:
    """A plural noun after a comma, with the relative clause that follows it, which the
    parser made a verb without a subject: "…convicting him of spying, charges he denies"."""
    return token.tag_ == "VBZ" and token.dep_ in ("ROOT", "conj", "advcl") and token.i > 0 and \
        token.doc[token.i - 1].text == "," and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children) and \
        any(c.dep_ == "ccomp" and c.left_edge.i == token.i + 1 for c in token.children)


_NAMES = frozenset({"ORG", "PERSON", "GPE", "FAC", "LAW", "WORK_OF_ART", "NORP", "LOC"})


def _inside_name(token: Any) -> bool:
    """A word inside a longer name, not its head: 'Support' in "the Rapid Support Forces",
    'Peace' in "the Nobel Peace Prize"."""
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAMES or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]  # not the name's last word, which is its head in English
    return bool(after.ent_iob_ == "I" and after.ent_type_ == token.ent_type_)


def paired_alternative(candidate: Candidate, book: PatternBook) -> Candidate | None:
    """The same trigger read with a paired pattern: "French and Egyptian warships launched war
    games in the Mediterranean" is a joint exercise (062) of the two, not a show of force
    (150) in a sea that is nobody's."""
    token = candidate.trigger
    if candidate.pattern.noun:
        patterns = tuple(p for p in book.nouns.get(token.lemma_.lower(), ()) if p.paired)
        return _best(token, patterns, _match_noun) if patterns else None
    lemma = _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()
    patterns = tuple(p for p in book.verbs.get(lemma, ()) if p.paired)
    return _best(token, patterns, _match_verb) if patterns else None


def other_targets(candidate: Candidate, book: PatternBook) -> Iterator[Candidate]:
    """The same trigger read with another pattern of the same size and code that finds another
    target: in "rallied outside parliament against a draft law" the law is nobody, but
    parliament is whom the rally is aimed at."""
    token = candidate.trigger
    pattern = candidate.pattern
    fn: Callable[[Any, Pattern], Candidate | None]
    if pattern.noun:
        patterns, fn = book.nouns.get(token.lemma_.lower(), ()), _match_noun
    else:
        lemma = _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()
        patterns, fn = book.verbs.get(lemma, ()), _match_verb
    for other in patterns:
        if other is pattern or other.size != pattern.size or other.code != pattern.code:
            continue
        found = fn(token, other)
        if found is not None and found.target is not None and found.target is not candidate.target:
            yield found


def _repeated(lemma: str, book: PatternBook) -> tuple[Pattern, ...]:
    """A verb of repetition the dictionary does not list reads as its base verb: "reimposed
    blockades" as "imposed", "re-opened its border" as "opened"."""
    if len(lemma) > 5 and lemma.startswith("re"):
        return book.verbs.get(lemma[2:].lstrip("-"), ())
    return ()


def _best(token: Any, patterns: tuple[Pattern, ...], fn: Any,
          present: set[str] | None = None) -> Candidate | None:
    """The largest pattern that matches; among equals, the first that finds a target.

    ``present``: the words of the sentence, when known (patterns needing others are skipped).
    """
    fallback: Candidate | None = None
    size = -1
    for pattern in patterns:
        if fallback is not None and pattern.size < size:
            break
        if present is not None and pattern.needs and not pattern.needs <= present:
            continue
        candidate: Candidate | None = fn(token, pattern)
        if candidate is None:
            continue
        if candidate.target is not None:
            return candidate
        if fallback is None:
            fallback, size = candidate, pattern.size
    return fallback


def _has_word(holders: tuple[Any, ...], word: str) -> Any | None:
    """A child of one of ``holders`` (or of their particles: "pull out of") spelling ``word``.

    The word ``that`` stands for a that-clause ("agree that …").
    """
    for holder in holders:
        if holder is None:
            continue
        for child in holder.children:
            if word == "that" and child.dep_ == "ccomp":
                return child
            if child.dep_ == "aux":
                continue  # the infinitive's "to" is no preposition: "permission to send … to X"
            if (child.lower_ == word or (child.lemma_.lower() == word and child.dep_ != "punct")
                    ) and not _only_time(child):
                return child
        for particle in holder.children:
            if particle.dep_ in ("prt", "advmod") or particle.lower_ in _PARTICLE_PREPS:
                for child in particle.children:
                    if child.lower_ == word and child.dep_ in ("prep", "agent"):
                        return child
    return None


def _prep_objects(holders: tuple[Any, ...], pattern: Pattern) -> tuple[Any, ...] | None:
    """The nouns required after prepositions ("call for release/n of X": 'release'), or
    None when one is missing. They can hold further words and the X."""
    found: list[Any] = []
    modifiers = pattern.prep_object_modifiers or tuple(() for _ in pattern.prep_objects)
    for (prep, noun), needed in zip(pattern.prep_objects, modifiers, strict=True):
        hit = next((g for holder in holders if holder is not None
                    for child in holder.children if child.lower_ == prep
                    for g in _after(child) if g.lemma_.lower() == noun
                    and _has_modifiers(g, needed)), None)
        if hit is None:
            return None
        found.append(hit)
    return tuple(found)


def _after(word: Any) -> list[Any]:
    """What follows a preposition, or a particle's verb object ("called off the strike")."""
    if word.dep_ == "prt":
        objects = [c for c in word.head.children if c.dep_ in _LIGHT_DEPS]
        return objects + [inner for c in objects for inner in _measured(c)]
    return [c for c in word.children if c.dep_ in ("pobj", "pcomp")]


def _measured(noun: Any) -> list[Any]:
    """The stuff inside a measure or share: "700 kg of medicine" → medicine, "$5 million in aid"
    → aid, "the bulk of the food" → food."""
    numeric = noun.like_num or any(c.like_num or c.dep_ == "nummod" for c in noun.children)
    if not numeric and noun.lemma_.lower() not in _PORTIONS:
        return []
    found: list[Any] = []
    inner = _of_object(noun, ("of", "in") if numeric else ("of",))
    for _ in range(2):
        if inner is None:
            break
        found.append(inner)
        inner = _of_object(inner)
    return found


def _body_joined(noun: Any) -> Any | None:
    """The body that talks are about joining: 'the European Union' in "talks on joining the
    European Union" — the other side of membership talks (the parser may hang "on" on the
    verb that has the talks)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "about")):
        for joining in (c for c in prep.children if c.dep_ == "pcomp"
                        and c.lemma_.lower() in _JOINING):
            return next((c for c in joining.children if c.dep_ == "dobj"), None)
    return None


def _time_given(noun: Any) -> bool:
    """'48 hours' in "gave the ambassador 48 hours to leave", which the parser may read as
    an adverbial measure of time rather than the thing given."""
    verb = noun.head
    return noun.dep_ == "npadvmod" and verb.lemma_.lower() == "give" and \
        any(c.dep_ == "nummod" for c in noun.children) and \
        any(c.dep_ == "dative" for c in verb.children)


def _has_modifiers(token: Any, modifiers: tuple[str, ...]) -> bool:
    if not modifiers:
        return True
    found = {c.lemma_.lower() for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    found |= {c.lower_ for c in token.lefts}
    return all(m in found for m in modifiers)


def _find_object(verb: Any, pattern: Pattern) -> Any | None:
    head = verb.head
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and \
            head.lemma_.lower() == pattern.obj and _has_modifiers(head, pattern.obj_modifiers):
        # "the sanctions imposed on Russia by the EU", "EU-mediated talks": the participle's
        # noun
        return head
    if verb.dep_ == "relcl" and head.lemma_.lower() == pattern.obj and \
            _has_modifiers(head, pattern.obj_modifiers) and \
            not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
                    for c in verb.children) and \
            any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        # "a charge the Kremlin denied", "the sanctions that the EU imposed on Russia": the
        # noun the clause is about
        return head
    for child in verb.children:
        if child.dep_ not in _LIGHT_DEPS and not _time_given(child):
            continue
        if child.lemma_.lower() == pattern.obj and _has_modifiers(child, pattern.obj_modifiers):
            if child.tag_ == "NNS" and pattern.obj in _SINGULAR_SENSES and \
                    pattern.code[:2] in ("18", "19", "20"):
                return None  # "took necessary controls against X" seized nothing
            return child
        if _contains(child, pattern):
            return child  # "undertook a mediation mission between X and Y": the mission
        if pattern.obj == "money" and not pattern.obj_modifiers and (
                child.ent_type_ == "MONEY" or child.lemma_.lower() in _CURRENCIES
                or child.lower_.removesuffix("s") in _CURRENCIES):
            return child  # "money/n" stands for any sum: "gave $5 million", "10m euros"
        # "25,000 tons of food aid", "millions of dollars of aid", "$5 million in aid", "part
        # of a military aid programme"
        inner = _of_object(child, ("of", "in") if child.like_num or any(
            c.like_num or c.dep_ == "nummod" for c in child.children) else ("of",))
        for _ in range(2):
            if inner is None:
                break
            if inner.lemma_.lower() == pattern.obj and _has_modifiers(inner, pattern.obj_modifiers):
                return inner
            if child.lemma_.lower() in _PORTIONS and _contains(inner, pattern):
                return inner
            inner = _of_object(inner)
    for child in verb.children:  # "called off the strike": "off" parsed as a preposition
        if child.dep_ == "prep" and child.lower_ in _PARTICLE_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.lemma_.lower() == pattern.obj and \
                        _has_modifiers(grandchild, pattern.obj_modifiers):
                    return grandchild
    return None


# objects whose plural means no force: "take control" seizes, "controls" are checks
_SINGULAR_SENSES = frozenset({"control"})
# words for a share of something: "part of the aid programme", "most of its aid"
_PORTIONS = frozenset({"part", "portion", "share", "bulk", "most", "some", "half", "all",
                       "much", "rest", "remainder", "worth"})
# nouns that hold the act named by their compound modifier: "a mediation mission", "an aid
# package", "a peace effort", "a weapons shipment"
_CONTAINERS = frozenset({
    "mission", "package", "effort", "shipment", "consignment", "convoy", "programme", "program",
    "plan", "team", "operation", "campaign", "initiative", "drive", "bid", "flight", "delivery",
})


def _contains(noun: Any, pattern: Pattern) -> bool:
    if noun.lemma_.lower() not in _CONTAINERS or pattern.obj is None:
        return False
    words = (*pattern.obj_modifiers, pattern.obj)
    lefts = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    # "a military aid package": 'military' hangs on 'aid', not on the package
    lefts += [g for c in lefts for g in c.lefts if g.dep_ in ("compound", "amod", "nmod")]
    found = {c.lemma_.lower() for c in lefts} | {c.lower_ for c in lefts}
    return all(w in found for w in words)


# verbs that pass a verdict on their object, which the parser may hang on the object itself:
# "called Israel's strikes a violation" ('violation' under 'strikes')
_VERDICTS = frozenset({"call", "describe", "brand", "label", "term", "dub", "denounce"})


def _match_verb(verb: Any, pattern: Pattern) -> Candidate | None:
    return None if _inside_unrealised(verb) else _match_realised_verb(verb, pattern)


def _match_realised_verb(verb: Any, pattern: Pattern) -> Candidate | None:
    """:func:`_match_verb` once the verb is known not to sit inside an unrealised event."""
    if pattern.anchor in _ASKING and pattern.code[:2] == "02" and _asks_question(verb):
        return None  # "reporters asked Trump about it", "asked why Biden did not act"
    if pattern.anchor == "warn" and "that" in pattern.words and (
            not _warns_of_reprisal(verb) or (object_of(verb) is None and not _warned_other(verb))):
        return None  # "warned Israel that famine was near" is no threat; nor is a warning
        # told to no one ("warned that it would respond") aimed at the warner's own subject
    if pattern.code == "111" and "on" in pattern.words and _on_a_place(verb):
        return None  # "attacked tanker convoys on the main roads" is no verbal attack
    if pattern.anchor == "target" and _measure_aimed(verb):
        return None  # "approved sanctions against Russia, targeting its shadow fleet"
    obj = None
    if pattern.obj is not None:
        obj = _find_object(verb, pattern)
        if obj is None:
            return None
        if pattern.anchor in _VERDICTS and (
                any(c.dep_ == "oprd" for c in verb.children) or
                any(c.dep_ in ("dobj", "oprd") for c in obj.children)):
            # "called the strikes illegal", "called Israel's strikes a violation" (parsed on
            # the object): a verdict, no strike called
            return None
    # "described the raid as a crime", "branded the group as terrorists": the parser hangs
    # 'as' on the object
    named_as = object_of(verb) if (pattern.words or pattern.prep_objects) and (
        pattern.anchor in _VERDICTS or "as" in pattern.words or
        any(prep == "as" for prep, _ in pattern.prep_objects)) else None
    # "launched a wave of strikes on Iran": the words may hang on the noun that holds the object
    carrier = obj.head.head if obj is not None and obj.dep_ == "pobj" and \
        obj.head.lower_ in ("of", "in") and obj.head.head.head.i == verb.i else None
    holders: tuple[Any, ...] = (verb, obj, named_as, carrier)
    inner = _prep_objects(holders, pattern)
    if inner is None and pattern.target == "dobj" and pattern.prep_objects:
        # "stripped 94 critics of their citizenship": the parser hangs it on the object
        holders = (verb, obj, named_as, carrier, object_of(verb))
        inner = _prep_objects(holders, pattern)
    if inner is None:
        return None
    holders = (*holders, *inner)
    if obj is not None and obj.lemma_.lower() in _TITLED_DOCUMENTS:
        # "signed a memorandum of understanding with X": the document's full name
        holders = (*holders, _of_object(obj))
    last = max(verb.i, obj.i if obj is not None else verb.i)
    for word in pattern.words:
        found = _has_word(holders, word)
        if found is None:
            return None
        last = max(last, found.i)
    target = None
    if pattern.target == "dobj":
        target = object_of(verb)
        if target is not None and pattern.anchor in _VERDICTS and verb.dep_ == "relcl" and \
                target.dep_ == "dobj" and target.head.i == verb.i and \
                target.lemma_.lower() in pattern.words:
            target = verb.head  # "a move his party called a coup": the move is called so
        if obj is not None and (target is None or target.i == obj.i):
            # "gave Kenya a loan": with a required object, X is the other (dative) object
            target = next((c for c in verb.children if c.dep_ in ("dative", "dobj")
                           and c.i != obj.i), None)
        if target is None and (pattern.code[:2] in ("02", "10") or not _question(verb)):
            # "demanded that the US cancel …" — but "questioned whether the visit was…" is
            # about no one
            target = clause_subject(verb)
    elif pattern.target is None and obj is not None:
        # "gave the Ivory Coast $5 million of aid": a dative object is the recipient;
        # otherwise, "expelled U.S. diplomats": the object is who the event is done to — but
        # "led a delegation", "held talks": a meeting's object is the meeting, not a partner;
        # nor is what two sides exchange ("exchanged ambassadors, prisoners")
        own = pattern.code[:2] == "04" or pattern.symmetric
        target = next((c for c in verb.children if c.dep_ == "dative" and c.i != obj.i
                       and c.pos_ in ("PROPN", "NOUN", "PRON")), None if own else obj)
        kept = obj if target is obj else None
        if kept is not None and kept.head.i == verb.i and kept.dep_ == "dobj" and not own:
            # "he was granted asylum": in a passive with its object kept, the subject is
            # the recipient
            target = next((c for c in verb.children if c.dep_ == "nsubjpass"
                           and c.pos_ in ("PROPN", "NOUN", "PRON")), kept)
    elif pattern.target is not None:
        prep = _has_word(holders, pattern.target)
        if prep is None and pattern.target == "outside":
            # "rallied outside parliament", parsed with 'outside' as the object's adjective
            place = next((c for c in verb.children if c.dep_ == "dobj" and any(
                m.dep_ == "amod" and m.lower_ == "outside" and m.i == c.left_edge.i
                for m in c.children)), None)
            if place is not None:
                return Candidate(pattern, verb, verb, subject_of(verb), place,
                                 max(last, place.i), verb.i)
        if prep is None:
            # "fired 60 missiles and 90 drones at Ukraine": the parser hangs the shared
            # preposition on the last conjunct of the object; "extradite suspect to Hungary"
            # on the object itself
            thing = obj if obj is not None else next(
                (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if thing is not None:
                # (a conjunct of another kind is the object's other name: "inspectors of
                # the agency, or IAEA, from the facilities")
                prep = _has_word((*([thing] if obj is None else []), *(
                    c for c in thing.conjuncts if c.pos_ == thing.pos_)), pattern.target)
        clause = _for_clause(verb) if prep is None and pattern.target == "for" else None
        if clause is not None:
            # "called for Germany to raise its defence budget": the parser makes "for" the
            # clause's mark; its subject is the one addressed
            prep = next(c for c in clause.children if c.dep_ == "mark")
            target = next(c for c in clause.children if c.dep_ == "nsubj")
            return Candidate(pattern, verb, verb, subject_of(verb), target, max(last, prep.i),
                             verb.i)
        if prep is None or _only_time(prep) or (prep.dep_ == "agent" and prep.head.i == verb.i):
            # "meet with X" needs its "with"; plain "meet" is its own pattern. "vetoed the
            # resolution on Wednesday": a date is no "on X"; "was rejected by Ukraine": the
            # passive's agent is no "plan by X"
            return None
        target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pattern.target == "for" and pattern.anchor in _TRAVEL and (
                target is None or target.pos_ != "PROPN"):
            return None  # "left for Paris", not "ordered to leave for activities …"
        if target is None and prep.dep_ == "prt":
            target = object_of(verb)  # "cut off X": the particle stands before the object
        if target is None:
            target = _stranded_object(prep)
        last = max(last, prep.i)
    if pattern.target is None and obj is not None and (target is None or target.i == obj.i):
        # "suspend talks on joining the European Union"
        target = _body_joined(obj) or _body_joined(verb) or target
    if target is None and pattern.target is None and obj is None and inner and any(
            c.dep_ == "poss" for c in inner[0].children):
        target = inner[0]  # "called for the governor's resignation": whose it is
    source = subject_of(verb)
    if pattern.target == "dobj" and target is None:
        dead = next((c for c in verb.children if c.lower_ == "dead"), None)
        if dead is not None:
            # "shot dead two protesters" (the parser's small clause), and the headline's
            # passive "Journalist shot dead in Aden"
            victim = next((c for c in dead.children if c.dep_ == "nsubj"), None)
            source, target = (source, victim) if victim is not None else (
                agent_of(verb), source)
        elif headline_passive(verb):  # "Journalist killed in Mexico"
            source, target = agent_of(verb), source
    if pattern.code[:2] in ("18", "19", "20"):
        # "a US airstrike killed ten fighters", "soldiers were killed in an Israeli air
        # strike": whoever carried out the attack did the killing
        weapon = _attack_in(verb) if source is None else source
        if weapon is not None and weapon.pos_ == "NOUN" and weapon.lemma_.lower() in _ATTACKS:
            source = _attack_owner(weapon)
    if source is None and pattern.anchor in _SENDING_OUT:
        # "two diplomats were expelled from Norway": the country they are sent out of
        origin = prep_object(verb, "from")
        if origin is not None and origin.pos_ == "PROPN":
            source = origin
            if target is not None and target.i == origin.i:
                target = obj if obj is not None else object_of(verb)
    if pattern.reverse:
        source, target = target, source
    # "the sanctions imposed on X": the evidence starts at the noun the participle qualifies
    start = obj.i if obj is not None and obj.i == verb.head.i and verb.dep_ == "acl" else verb.i
    return Candidate(pattern, verb, verb, source, target, last, start)


_ASKING = frozenset({"ask", "query"})
# documents named with an "of" phrase: "memorandum of understanding", "letter of intent"
_TITLED_DOCUMENTS = frozenset({"memorandum", "letter", "declaration", "protocol", "statement"})
# verbs of sending people out of a place, whose passive names the sender by the place
_SENDING_OUT = frozenset({"expel", "deport", "evict", "banish", "exile"})


def _for_clause(verb: Any) -> Any | None:
    """An infinitive clause after "for" with its own subject: "called for X to step down"."""
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp", "xcomp") and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in child.children) and any(
                c.dep_ == "nsubj" for c in child.children) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


# nouns for an accusation, which is the accuser's act whatever is done to it: "rejected
# accusations by Israel that …" is Israel's accusation and Hamas's denial
CHARGE_NOUNS = frozenset({"accusation", "allegation", "criticism", "condemnation"})


def _on_a_place(verb: Any) -> bool:
    """Whether the verb's (or its object's) "on" names a place: 'on the main road'."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(g.lemma_.lower() in ON_PLACES for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj")


# measures that are aimed at someone without force
_MEASURES = frozenset({"sanction", "tariff", "embargo", "restriction", "ban", "measure",
                       "penalty", "levy", "duty", "blacklist", "package", "law", "rule",
                       "regulation", "investigation", "probe", "campaign", "advert", "ad"})


def _measure_aimed(verb: Any) -> bool:
    """'targeting' that says whom a measure is aimed at: "sanctions targeting its oil
    tankers", "approved a package of sanctions, targeting its shadow fleet"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp") or verb.head.i == verb.i:
        return False
    head = verb.head
    near = [head, *(c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj"))]
    near += [g for n in near[1:] for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children]
    return any(t.lemma_.lower() in _MEASURES for t in near)


# what a warning threatens: "warned Islamabad that further strikes would be met with a
# response", "warned that it would retaliate"
_REPRISALS = frozenset({"response", "respond", "retaliation", "retaliate", "reprisal",
                        "revenge", "avenge", "consequence", "punishment", "punish", "price",
                        "force", "countermeasure"})


def _warned_other(verb: Any) -> bool:
    """A warning told to no one about someone named: "Khamenei warned that Israel would face
    severe punishment" (not "warned that it would respond")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if clause is not None else None
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN" and (
        warner is None or subject.lemma_.lower() != warner.lemma_.lower())


def _warns_of_reprisal(verb: Any) -> bool:
    """Whether the that-clause of a warning tells what the warner will do back."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and any(t.lemma_.lower() in _REPRISALS for t in clause.subtree)


def _asks_question(verb: Any) -> bool:
    """Asking someone about something, or a question — no appeal: "asked X about the tapes",
    "asked why the aid was frozen", "asked whether he would run"."""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for child in (*verb.children, *(c for a in asked for c in a.children)):
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("ccomp", "xcomp", "advcl") and child.left_edge.lower_ in WH_WORDS:
            return True
    return False


def _question(verb: Any) -> bool:
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                         for m in c.children) for c in verb.children)


def _stranded_object(prep: Any) -> Any | None:
    """A preposition left without its object because the parser made the object the subject
    of a reduced relative clause: "granted asylum to five officers holed up in …" ('officers'
    the subject of 'holed')."""
    doc = prep.doc
    for token in doc[prep.i + 1:min(prep.i + 8, len(doc))]:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i and \
                token.head.dep_ in ("advcl", "acl", "relcl", "conj") and \
                token.left_edge.i == prep.i + 1 and token.head.tag_ in ("VBN", "VBG", "VBD"):
            return token
        if token.dep_ in ("punct", "cc") or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _match_noun(noun: Any, pattern: Pattern) -> Candidate | None:
    if not _has_modifiers(noun, pattern.modifiers) or _unrealised(noun) or _standing(noun) or \
            _verdict_noun(noun):
        return None
    source, verb = _noun_source(noun)
    # "engaged in ethnic cleansing against X": a word may hang on the verb that carries the
    # nominal event
    holders = (noun,) if verb is noun else (noun, verb)
    if pattern.reverse and verb is noun and _provoked(noun):
        holders = (noun, noun.head)  # "drawing condemnation from Jordan", parsed on the verb
    inner = _prep_objects(holders, pattern)
    if inner is None:
        return None
    holders = (*holders, *inner)
    for word in pattern.words:
        found = _has_word(holders, word)
        if found is None or found.i == noun.head.i:
            return None
    target = None
    if pattern.target == "dobj":
        target = prep_object(noun, "of")
    elif pattern.target is not None:
        prep = _has_word(holders, pattern.target)
        # (not "from": in "the withdrawal of Syrian forces from Lebanon" whose forces they
        # are decides more than where they leave)
        carried = prep_object(noun, "of") if prep is None and \
            pattern.target not in ("of", "from") else None
        if carried is not None:
            # "the extradition of the activist to Hungary": the parser hangs the destination
            # on what is carried
            prep = _has_word((carried,), pattern.target)
        # "went on strike" is no "strike on X": the noun's own preposition is not its argument
        if prep is None or _only_time(prep) or prep.i == noun.head.i:
            return None
        target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pattern.target is None and pattern.code == "112" and source is None:
        return None  # "rejected accusations that …": whose, the noun does not say
    if target is None and pattern.target is None and pattern.code[:2] in ("02", "10", "11"):
        # "insisted on its demands that the government grant …": whom the clause is about;
        # "accusations by Israel that its fighters had stolen food": whom it accuses
        clause = next((c for c in noun.children if c.dep_ == "acl" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        target = next((c for c in clause.children if c.dep_ == "nsubj"), None) if (
            clause is not None) else None
        if target is None:
            return None  # a bare "demands" needs the clause that says of whom
    if pattern.code[:2] in ("18", "19", "20"):
        victim = _harmed_by(noun)
        if victim is not None:
            target = victim  # "he was killed by a US airstrike in Iraq": he, not Iraq
        if source is None:
            # "the killing of its commander in an Israeli strike": whoever struck
            weapon = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in (
                "in", "by") for g in c.children if g.dep_ == "pobj"
                and g.lemma_.lower() in _ATTACKS), None)
            source = _attack_owner(weapon) if weapon is not None else None
    if pattern.reverse and source is None and _provoked(noun):
        # "raided the offices, prompting condemnation from Belgrade": whoever prompted it
        source = subject_of(noun.head)
    if pattern.reverse:
        source, target = target, source
    start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ in ("compound", "amod")
                            and c.lemma_.lower() in pattern.modifiers])
    return Candidate(pattern, noun, verb, source, target, noun.i, start)


# verbs by which someone's act brings on another's response: "drew criticism from X"
_PROVOKING = frozenset({"prompt", "draw", "spark", "provoke", "trigger", "attract", "earn",
                        "elicit", "invite", "bring", "cause", "fuel", "ignite", "stir"})


def _provoked(noun: Any) -> bool:
    """A response someone's act brought on: 'condemnation' in 'drew condemnation from X'."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PROVOKING


# nouns for an attack or what it is made with, whose owner is the attacker
_ATTACKS = frozenset({
    "attack", "airstrike", "strike", "raid", "bombing", "bombardment", "shelling", "missile",
    "rocket", "drone", "bomb", "shell", "mortar", "offensive", "assault", "ambush", "barrage",
    "gunfire", "fire", "operation", "crackdown", "artillery", "onslaught",
})


# participles that say who sent a weapon: "missiles fired by the Houthis"
_FIRING = frozenset({"launch", "fire", "send", "fly", "drop", "operate", "deploy", "shoot"})


# what an attack does to the people or things it harms
_HARMED = frozenset({"kill", "wound", "injure", "hurt", "maim", "destroy", "damage", "hit",
                     "target", "flatten", "raze", "level", "murder", "slay", "massacre"})


def _attack_in(verb: Any) -> Any | None:
    """The attack a passive verb says it was done by or in: "killed by a drone strike"."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ != "acl":
        return None
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("in", "by")):
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in _ATTACKS:
                return noun
    return None


def _attack_owner(noun: Any) -> Any | None:
    """Who carried out an attack: 'Israel's strike', 'a strike by Israel', 'an Israeli air
    strike', 'a US drone strike'."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their"):
            return child
    by = prep_object(noun, "by")
    if by is not None:
        return by
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _FIRING:
            sender = agent_of(child)
            if sender is not None:
                return sender  # "drones launched by Russia hit a power station"
    # "an Israeli air strike", not "a heavy attack"; "a US counter-terrorism operation", where
    # the parser hangs "US" on the first word of the compound
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")]
    while modifiers:
        child = modifiers.pop(0)
        if child.lemma_.lower() not in _ATTACKS and (
                child.pos_ == "PROPN" or (child.pos_ == "ADJ" and child.text[:1].isupper())):
            return child
        if child.dep_ == "compound":
            modifiers.extend(c for c in child.lefts if c.dep_ in ("amod", "compound", "nmod"))
    return claimant_of(noun)  # "claimed responsibility for bombings that killed 90 people"


def _harmed_by(noun: Any) -> Any | None:
    """Who a passive verb says an attack harmed: 'civilians were killed in an air strike',
    'he was wounded by a roadside bomb'."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("by", "in") or \
            prep.dep_ not in ("agent", "prep"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _HARMED or not any(c.dep_ == "auxpass"
                                                     for c in verb.children):
        return None  # "troops were engaged in ethnic cleansing" harmed no one
    return next((c for c in verb.children if c.dep_ == "nsubjpass"
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


# participles that only say an event was done: "a call made by X", "raids carried out by Y"
_DOING_PARTICIPLES = frozenset({"make", "carry", "conduct", "launch", "stage", "hold", "place",
                                "mount", "wage", "lead", "organise", "organize", "initiate",
                                "perpetrate", "commit", "execute", "pay"})
# adjectives of readiness, which the wrappers make an intent: "ready for talks"
_READY = frozenset({"ready", "prepared", "willing", "eager", "keen", "poised"})
# "called for peace during a visit to Portugal": the journey is the subject's own
_DURING = frozenset({"during", "on", "after", "before", "ahead", "while", "at"})
_JOURNEYS = frozenset({"visit", "trip", "tour", "stay", "stopover", "journey",
                       # "called for peace during a meeting with Xi": the meeting is his too
                       "meeting", "talk", "summit", "conversation", "call", "encounter"})
_TRAVEL = frozenset({"leave", "go", "travel", "arrive", "come", "head", "fly", "return",
                     "set"})
# verbs whose "on X" is doing X ("went on strike", "embarked on talks") — elsewhere "on" gives
# a topic ("attend a conference on the crisis in Yemen")
_ON_DOING = frozenset({"go", "embark", "agree", "insist", "decide", "settle", "start", "set",
                       "carry", "keep", "continue", "press", "push", "move", "spend", "work",
                       "concentrate", "focus", "cooperate", "collaborate", "team", "join",
                       "be", "remain", "stay", "put", "place"})
_UNREALISED = frozenset({"postpone", "cancel", "delay", "defer", "ban", "prevent", "block",
                         "avert", "avoid", "suspend", "forbid", "outlaw", "prohibit", "rule",
                         "scrap", "shelve", "drop"})


def _inside_unrealised(verb: Any) -> bool:
    """'stopped the march organised by workers to protest the closure': what the
    prevented event was for did not happen either; nor has the aim that describes someone
    ("militias fighting to unseat the junta", "a group seeking to overthrow the state")."""
    token = verb
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in verb.children) and \
            verb.head.dep_ in ("acl", "relcl") and verb.head.tag_ in ("VBG", "VBZ", "VBP") and \
            not any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
        return True  # (but "a statement urging Israel to halt": an appeal)
    for _ in range(4):
        if token.dep_ not in ("acl", "relcl", "advcl", "xcomp") or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN"):
            return _unrealised(token)
    return False


# nouns for a standing agreement between parties
_PACTS = frozenset({"treaty", "accord", "agreement", "pact", "alliance", "deal", "compact"})


def _verdict_noun(noun: Any) -> bool:
    """A noun that names what someone calls an act, no act of its own: "a move his party
    called a coup against the next president", "condemned the raid as an attack on X"."""
    if noun.dep_ == "oprd":
        return noun.head.lemma_.lower() in _JUDGING
    if noun.dep_ == "dobj" and noun.head.dep_ == "relcl" and \
            noun.head.lemma_.lower() in _VERDICTS and \
            not any(c.lower_ in RELATIVE_PRONOUNS for c in noun.head.children):
        return True  # "a move [that] his party called a coup": the move is what is called
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    holder = noun.head.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":
        holder = holder.head  # the parser may hang "as" on the object
    return holder.lemma_.lower() in _JUDGING


# verbs that call an act something
_JUDGING = _VERDICTS | {"condemn", "criticise", "criticize", "decry", "slam", "see", "view",
                        "regard", "characterise", "characterize", "portray", "consider"}


def _standing(noun: Any) -> bool:
    """'its defence treaty with Japan covers the islands': an agreement that something is
    said of in the present is one in force, not one made now."""
    head = noun.head
    if noun.lemma_.lower() in _TRUCES and noun.dep_ == "dobj" and \
            head.lemma_.lower() in _KEEPING:
        return True  # "peacekeepers deployed to oversee a ceasefire between A and B"
    return bool(noun.lemma_.lower() in _PACTS and noun.dep_ == "nsubj"
                and head.tag_ in ("VBZ", "VBP") and head.lemma_.lower() != "be")


# what one does to a truce that already holds
_TRUCES = frozenset({"ceasefire", "truce", "armistice"})
_KEEPING = frozenset({"oversee", "monitor", "observe", "enforce", "uphold", "respect",
                      "supervise", "police", "implement", "maintain", "honour", "honor",
                      "violate", "breach", "break"})


def _unrealised(noun: Any) -> bool:
    """'postponed its planned protest', 'banned the rally', 'postponed a new round of
    talks', and a headline's 'Talks between Serbia and Kosovo postponed': the event did not
    take place."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a new round of talks", "the start of the trial"
    head = noun.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _UNREALISED:
        return False
    return noun.dep_ in ("dobj", "nsubjpass") or (
        noun.dep_ == "nsubj" and head.dep_ == "ROOT" and head.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in head.children))


def _noun_source(noun: Any) -> tuple[Any | None, Any]:
    """Who does a nominal event: 'Kerry's visit', 'a visit by Kerry', 'Kerry paid a visit'."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their"):
            return child, noun
    by = prep_object(noun, "by")
    if by is None:
        # "violations of truces by both sides": the parser hangs the agent on the object
        of = _of_object(noun)
        by = prep_object(of, "by") if of is not None and of.pos_ == "NOUN" else None
    if by is None:
        # "a visit to Chad by the French foreign minister": or on the destination
        to = prep_object(noun, "to")
        by = prep_object(to, "by") if to is not None and to.pos_ == "PROPN" else None
    if by is not None:
        return by, noun
    for child in noun.children:
        if child.dep_ == "poss":
            return child, noun
    claimant = claimant_of(noun)
    if claimant is not None:
        return claimant, noun  # "claimed responsibility for the attack on X"
    for child in noun.children:
        # "a phone call made by Trump to Zelensky", "an attack carried out by rebels on X":
        # the participle's agent does it, and its words belong to the event
        if child.dep_ == "acl" and child.tag_ == "VBN" and \
                child.lemma_.lower() in _DOING_PARTICIPLES:
            agent = next((g for c in child.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent, child
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
            head.head.dep_ in ("dobj", "nsubjpass") and not _own_doer(head.head):
        # "launched ten days of war games", "a wave of air strikes": the quantity's verb
        noun, head = head.head, head.head.head
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "NOUN":
        first = first.head  # "launched tank, mortar and rocket fire": the first conjunct's
    if first is not noun and first.dep_ in ("dobj", "obj") and \
            first.head.lemma_.lower() in LIGHT_VERBS:
        return subject_of(first.head), first.head
    if noun.dep_ in ("dobj", "attr", "obj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and \
            head.lemma_.lower() in LIGHT_VERBS:
        return subject_of(head), head
    # "condemned the massacre", "postponed the demonstration": the verb's subject is not
    # the doer, and the verb's wrappers and modality are not the event's
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and (
            head.lower_ in ("in", "into", "to", "by") or (
                head.lower_ in _DURING and noun.lemma_.lower() in _JOURNEYS) or (
                head.lower_ == "on" and head.head.lemma_.lower() in _ON_DOING) or (
                head.lower_ == "for" and head.head.lemma_.lower() in _TRAVEL)):
        # "left for Beijing for talks with X": who travels for talks holds them
        # "engaged in talks", "agreed to a truce", "went on strike", "spoke by telephone";
        # "were engaged in ethnic cleansing": the passive-looking adjective's subject
        verb = head.head
        doer = subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"
                                         and verb.lemma_.lower() in _ENGAGED), None)
        return doer, verb
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in _READY and \
            head.head.dep_ == "acomp" and head.head.head.pos_ in ("VERB", "AUX"):
        # "said it was ready for talks with Washington": whoever is ready (an intent)
        return subject_of(head.head.head), head.head
    clause = _partnered_background(noun)
    if clause is not None:
        # "withdrew from the town after months of fierce fighting with Russian forces": who
        # acts in the clause fought them
        return subject_of(clause), noun
    for child in noun.children:  # "Russian air strikes": the adjective is the doer
        if child.dep_ in ("amod", "compound") and child.i < noun.i and child.pos_ in (
                "ADJ", "PROPN"):
            return child, noun
    return None, noun


def _partnered_background(noun: Any) -> Any | None:
    """The clause verb of a time phrase holding an event with a partner: 'withdrew' in
    "withdrew after months of fierce fighting with Russian forces"."""
    if prep_object(noun, "with") is None:
        return None
    holder = noun
    if holder.dep_ == "pobj" and holder.head.lower_ == "of" and \
            holder.head.head.lemma_.lower() in _SPANS_OF_TIME:
        holder = holder.head.head  # "months of fighting"
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ not in ("after", "amid", "following") or \
            prep.head.pos_ != "VERB":
        return None
    return prep.head


_SPANS_OF_TIME = frozenset({"hour", "day", "week", "month", "year", "decade"})


def _of_object(token: Any, preps: tuple[str, ...] = ("of",)) -> Any | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _only_time(prep: Any) -> bool:
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(is_temporal(c) for c in objects)


def _own_doer(noun: Any) -> bool:
    return any(c.dep_ == "poss" for c in noun.children) or prep_object(noun, "by") is not None
