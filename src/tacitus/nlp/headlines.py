"""Headline verbs the parser took for nouns.

Headlines drop their articles and use the bare present: "South Korea fires warning shots at
North Korean soldiers", "Russia, Ukraine swap prisoners", "Mali junta expels UN
peacekeepers". The English model, trained on running text, reads 'fires', 'swap' and 'expels'
as nouns and the headline as one long noun phrase, so no event is found in it.

:func:`repair_headline` tries, word by word, the past tense of each word that could be the
headline's verb ("South Korea fired warning shots …"), parses that variant, and keeps the
first whose parse makes the word a verb with a subject. The variant has the same number of
tokens, so its tags, lemmas and dependencies are copied onto the original doc: the text and
every character offset stay the headline's own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc

__all__ = ["past_tense", "repair_headline"]

_ATTRS = [HEAD, DEP, TAG, POS, LEMMA]
_IRREGULAR = {
    "strike": "struck", "hold": "held", "meet": "met", "send": "sent", "shoot": "shot",
    "lead": "led", "win": "won", "give": "gave", "take": "took", "make": "made",
    "break": "broke", "sell": "sold", "fight": "fought", "hit": "hit", "set": "set",
    "cut": "cut", "quit": "quit", "bring": "brought", "seek": "sought", "tell": "told",
    "say": "said", "leave": "left", "keep": "kept", "buy": "bought", "freeze": "froze",
    "fly": "flew", "draw": "drew", "throw": "threw", "withdraw": "withdrew",
    "overthrow": "overthrew", "beat": "beat", "shut": "shut", "lose": "lost", "put": "put",
    "run": "ran", "let": "let", "split": "split", "forbid": "forbade", "steal": "stole",
    "seize": "seized", "spend": "spent", "bid": "bid", "feel": "felt", "find": "found",
    "begin": "began", "become": "became", "rise": "rose", "shake": "shook", "weigh": "weighed",
    "sink": "sank", "sweep": "swept", "slay": "slew", "undertake": "undertook",
}
_VOWELS = frozenset("aeiou")
# longer verbs that double their last consonant, stressed on the last syllable
_DOUBLING = frozenset({
    "expel", "compel", "repel", "propel", "control", "patrol", "commit", "permit", "admit",
    "submit", "omit", "emit", "transmit", "regret", "equip", "refer", "prefer", "confer",
    "defer", "deter", "occur", "incur", "acquit", "kidnap", "rebel", "cancel", "travel",
    "label", "fuel", "signal", "total", "model", "level", "outstrip"})
# subjects a headline verb follows: names, nouns, and the comma of "Russia, Ukraine swap …"
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "PRON"})


def past_tense(lemma: str) -> str:
    """The simple past of a verb lemma: 'fire' → 'fired', 'swap' → 'swapped', 'ban' →
    'banned', 'deny' → 'denied', 'strike' → 'struck'."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if 3 <= len(lemma) <= 4 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and \
            lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS and \
            not any(c in _VOWELS for c in lemma[:-3]):
        return lemma + lemma[-1] + "ed"  # one syllable ending consonant-vowel-consonant
    return lemma + "ed"


def repair_headline(nlp: Callable[[Any], Any], doc: Any, verbs: Collection[str]) -> Any:
    """``doc`` with the parse of its best past-tense variant when it has no verb with a
    subject and one of its words is a verb of ``verbs`` (lemmas) in a verb's slot; else
    ``doc`` itself, unchanged."""
    if len(doc) < 3 or (_has_clause(doc) and not _object_misread(doc) and
                        not _subject_misread(doc, verbs) and not _listed_verbs(doc)):
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    for token in doc:
        lemma = _verb_lemma(token, verbs)
        if lemma is None or token.i == 0 or (doc[token.i - 1].pos_ not in _SUBJECT_POS and not (
                doc[token.i - 1].ent_type_ in ("GPE", "ORG", "PERSON")
                and doc[token.i - 1].text[:1].isupper())):
            continue  # (a name tagged an adjective, "Pakistan expels …", is still a subject)
        if token.i + 1 >= len(doc):
            continue  # a last word is no transitive headline verb
        variant_words = list(words)
        variant_words[token.i] = past_tense(lemma)
        # "Iran releases detained French citizen": a participle right after the verb is
        # read as a second verb; an adjective in its place gives the parse it has
        participle = doc[token.i + 1] if doc[token.i + 1].tag_ in ("VBD", "VBN") and \
            doc[token.i + 1].lower_.endswith("ed") and token.i + 2 < len(doc) else None
        if participle is not None:
            variant_words[participle.i] = "former"
        variant = nlp(Doc(doc.vocab, words=variant_words, spaces=spaces))
        verb = variant[token.i]
        if verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            lemma_kept = participle.lemma_ if participle is not None else ""
            doc.from_array(_ATTRS, variant.to_array(_ATTRS))
            if participle is not None:
                word = doc[participle.i]
                word.tag_, word.pos_, word.lemma_ = "VBN", "VERB", lemma_kept
            return doc
    return doc


def _has_clause(doc: Any) -> bool:
    """A finite verb (or one with an auxiliary) heading a clause, with a subject: the parser
    found the headline's clause ("Gaza strikes kill 20") — not a gerund it made the root of
    a misread ("South Korea fires warning shots": 'fires' the subject of 'warning'), nor a
    verb it hung inside a noun phrase ("Mali junta expels UN peacekeepers")."""
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in _CLAUSE_DEPS or not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        if token.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(
                c.dep_ in ("aux", "auxpass") for c in token.children):
            return True
    return False


def _object_misread(doc: Any) -> bool:
    """A verb whose object the parser made an adverbial noun: "Niger expels French
    ambassador" ('ambassador' an npadvmod, not the object)."""
    return any(t.dep_ == "npadvmod" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB"
               and t.i > t.head.i and t.ent_type_ not in ("DATE", "TIME")
               and not any(c.dep_ == "dobj" for c in t.head.children) for t in doc)


def _subject_misread(doc: Any, verbs: Collection[str]) -> bool:
    """A headline verb the parser made the subject of the participle after it: "Iran releases
    detained French citizen" ('releases' a noun, 'detained' the verb)."""
    return any(t.tag_ == "VBD" and t.dep_ == "ROOT" and t.i > 1 and doc[t.i - 1].dep_ == "nsubj"
               and doc[t.i - 1].head.i == t.i and doc[t.i - 1].tag_ == "NNS"
               and doc[t.i - 2].pos_ == "PROPN" and _verb_lemma(doc[t.i - 1], verbs) is not None
               for t in doc)


def _listed_verbs(doc: Any) -> bool:
    """Two headline verbs in a list, the first read as a noun: "Chad expels French ambassador,
    ends defence pact" ('ambassador' made the subject of 'ends')."""
    return any(t.dep_ == "ROOT" and t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.i == t.i - 2 and doc[c.i + 1].text == "," and c.i > 1
        for c in t.children) for t in doc)


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "parataxis", "xcomp"})


def _verb_lemma(token: Any, verbs: Collection[str]) -> str | None:
    """The verb lemma a headline word may stand for: 'fires' → 'fire', 'swap' → 'swap'."""
    if not token.is_alpha or token.pos_ not in ("NOUN", "VERB", "PROPN") or (token.is_title and \
            token.pos_ == "PROPN"):
        return None
    lower = token.lower_
    for lemma in (lower, token.lemma_.lower(), lower[:-1] if lower.endswith("s") else "",
                  lower[:-2] if lower.endswith("es") else ""):
        if lemma and lemma in verbs:
            return lemma
    return None
