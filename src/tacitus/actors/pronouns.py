"""Pronouns: "he", "she", "they", "it", "we" and "I" take the mention they stand for (see
:mod:`tacitus.actors.coref` for the rules in order)."""

from __future__ import annotations

from typing import Any

from tacitus.actors.mentions import (
    BODIES_OF_A_SECTOR,
    DIVIDED_STATES,
    HALVES,
    UNIT_NOUNS,
    Mention,
)
from tacitus.actors.pairs import conjunct_mentions, latest_pair
from tacitus.actors.places import PLACE_PREPS
from tacitus.actors.resolve import UNKNOWN_COUNTRY
from tacitus.actors.story import (
    ABROAD,
    NOT_STATES,
    SUBJECT_DEPS,
    SpeakerLookup,
    Story,
    same_clause_argument,
)
from tacitus.nlp.syntax import RELATION_NOUNS, RELATIVE_PRONOUNS, REPORTING_VERBS
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = ["resolve_pronoun"]

_WINDOW = 3  # sentences a pronoun may reach back
_EXPLETIVE_HEADS = frozenset({"seem", "appear", "take", "matter", "happen", "rain", "remain",
                              "look", "sound", "feel", "make"})


def resolve_pronoun(
    view: DocView, mention: Mention, ctx: Story, speaker_at: SpeakerLookup | None
) -> None:
    """Give a pronoun mention its actor (or group): a quotation's "I"/"we" its speaker,
    "the two countries" a pair, "the country" a state named before, "he"/"she"/"they"/"it"
    their antecedent."""
    kind = mention.pronoun
    if kind in ("speaker", "speaker-group"):
        speaker = speaker_at(mention.head) if speaker_at else None
        if speaker is not None:
            mention.actor = Actor(speaker.code, speaker.country, speaker.sector,
                                  speaker.name if kind == "speaker" else None,
                                  view.span(mention.start, mention.end), "coref:speaker",
                                  min(0.8, speaker.confidence), speaker.role)
        return
    if kind == "pair":
        states = DIVIDED_STATES.get(view.doc[mention.head].lower_)
        if states is not None:  # "the two Koreas": both states, whatever came before
            span = view.span(mention.start, mention.end)
            mention.group = tuple(Actor(c, c, None, None, span, "kb:country", 0.8)
                                  for c in states)
            return
        pair = latest_pair(view, mention, ctx)
        if pair:
            span = view.span(mention.start, mention.end)
            mention.group = tuple(
                Actor(a.code, a.country, a.sector, a.name, span, "coref:pair", 0.7, a.role)
                for a in pair
            )
        return
    if kind in ("body", "named"):
        # "the group" (the latest organisation), "the fund" (the body so named)
        body = _latest_body(view, mention, ctx) if kind == "body" else \
            _named_by_its_noun(view, mention, ctx)
        if body is not None and body.actor is not None:
            a = body.actor
            mention.actor = Actor(a.code, a.country, a.sector, a.name,
                                  view.span(mention.start, mention.end), "coref:body",
                                  min(0.7, a.confidence), a.role)
        return
    if kind == "half":
        halves = HALVES[view.doc[mention.head].lower_]
        named = next((halves[c] for c, _ in ctx.countries.most_common() if c in halves), None)
        if named is not None:  # "the North", in a story that has named one of the Koreas
            mention.actor = Actor(named, named, None, None, view.span(mention.start, mention.end),
                                  "coref:half", 0.7)
        return
    if kind == "country":
        named = _latest_country(view, mention, ctx)
        if named is not None:
            mention.actor = Actor(named, named, None, None, view.span(mention.start, mention.end),
                                  "coref:country", 0.6)
        return
    if kind == "thing" and _expletive(view.doc[mention.head]):
        return  # "it is time to …", "it said" is resolved, "it is important that" is not
    if kind in ("group", "thing") and _refers_to_a_thing(view, mention, ctx):
        return  # "denied the allegations and called them lies": no actor
    if kind == "person" and _owned_by_someone_unknown(view, mention, ctx):
        return  # "the lawyer who represented Jane Roe in her lawsuit": Roe's, unknown
    antecedent = _plural_object_antecedent(view, mention, ctx) if kind == "group" else None
    antecedent = antecedent or _antecedent(view, mention, ctx, person=kind == "person",
                                           singular=kind == "thing")
    if antecedent is None:
        return
    span = view.span(mention.start, mention.end)
    if antecedent.group or (len(conjunct_mentions(view, antecedent, ctx)) > 1 and kind == "group"):
        members = antecedent.group or tuple(
            a for m in conjunct_mentions(view, antecedent, ctx) for a in m.actors)
        mention.group = tuple(Actor(a.code, a.country, a.sector, a.name, span,
                                    "coref:pronoun", 0.65, a.role) for a in members)
        return
    source = antecedent.actor
    if source is not None and _state_property(view, mention, source):
        # "Iran's parliament voted … after strikes hit its nuclear sites": the country's
        mention.actor = Actor(source.country, source.country, None, None, span,
                              "coref:pronoun", min(0.7, source.confidence))
    elif source is not None:
        mention.actor = Actor(source.code, source.country, source.sector, source.name, span,
                              "coref:pronoun", min(0.7, source.confidence), source.role)


# what a state owns, not one of its branches: "its nuclear sites", "its airspace"
_STATE_PROPERTY = frozenset({"territory", "airspace", "border", "soil", "waters", "site",
                             "facility", "plant", "reactor", "infrastructure", "city", "town",
                             "village", "port", "coast", "island", "region", "province"})
# the branches of a state that speak for it but own none of its land or plant
_BRANCHES = frozenset({"LEG", "GOV", "JUD", "ELI"})


def _state_property(view: DocView, mention: Mention, source: Actor) -> bool:
    """Whether 'its' owns land or plant of a state and stands for one of the state's
    branches, so that the thing is the country's."""
    pronoun = view.doc[mention.head]
    return bool(pronoun.lower_ == "its" and pronoun.dep_ == "poss"
                and pronoun.head.lemma_.lower() in _STATE_PROPERTY and source.sector in _BRANCHES
                and source.country and len(source.country) == 3
                and source.country not in ("IGO", "NGO", UNKNOWN_COUNTRY))


def _latest_country(view: DocView, mention: Mention, ctx: Story) -> str | None:
    """The country 'the country' refers back to among the states named in this sentence or
    the two before it, other than one acting in the same clause: the only one; else the
    latest in the same role ("Germany suspended aid to Niger. France also halted support to
    the country": Niger). Otherwise ("Russia invaded Ukraine. The West imposed sanctions on
    the country") the text does not say which."""
    here = view.sent_of[mention.head]
    token = view.doc[mention.head]
    candidates: list[tuple[str, Any]] = []
    controllers = _controllers(token)
    # the state that acts on 'the country' is not it ("Tehran wanted to expand cooperation
    # with the kingdom"), whatever it was called before
    acting = {m.actor.country for m in ctx.done if m.head in controllers and m.actor}
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            break
        actor = earlier.actor
        if earlier.pronoun is not None or actor is None or actor.country is None or \
                len(actor.country) != 3 or actor.country == UNKNOWN_COUNTRY or \
                actor.country in NOT_STATES or not (
                    actor.how in _STATE_NAMES or actor.how.startswith("words:country")) or \
                view.doc[earlier.head].lemma_.lower() in ABROAD:
            continue  # (nor the home of "two Chinese nationals" held there)
        if not same_clause_argument(view, earlier, mention) and \
                earlier.head not in controllers and actor.country not in acting:
            candidates.append((actor.country, view.doc[earlier.head]))
    if len({country for country, _ in candidates}) == 1:
        return candidates[0][0]
    return next((country for country, named in candidates if _same_role(named, token)), None)


def _controllers(token: Any) -> set[int]:
    """The subjects of the verb over ``token`` and of the verbs that control it: "Tehran
    wanted to expand cooperation with the kingdom" — Tehran is no kingdom of its own."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    found: set[int] = set()
    for _ in range(4):
        found |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return found


def _same_role(one: Any, other: Any) -> bool:
    """Do two arguments fill the same slot: both direct objects, both objects of the same
    preposition ("aid to Niger" … "support to the country")?"""
    if one.dep_ != other.dep_:
        return False
    return bool(one.dep_ != "pobj" or one.head.lower_ == other.head.lower_)


# how a mention names a state: its name, its capital or seat, its adjective ("Kenya's
# president", "the Russian government")
_STATE_NAMES = frozenset({"kb:country", "kb:capital", "kb:seat", "kb:adjective"})


def _latest_body(view: DocView, mention: Mention, ctx: Story) -> Mention | None:
    """The organisation 'the group' refers back to: the latest one named in this sentence or
    the two before it — an armed group, a party, a company, a movement — never a person, a
    state or a body of government."""
    here = view.sent_of[mention.head]
    # "the bloc" and "the alliance" are bodies of states; "the group" is none
    of_states = view.doc[mention.head].lemma_.lower() in ("bloc", "alliance")
    sector = BODIES_OF_A_SECTOR.get(view.doc[mention.head].lemma_.lower())
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            return None
        res = earlier.resolution
        if earlier.pronoun is not None or res is None or earlier.actor is None or \
                earlier.actor.code is None:
            continue  # (an unknown name, "Liverpool striker Luis Diaz", is no group)
        if res.kind == "person" and res.sector in _NON_STATE_BODIES and \
                earlier.actor.country not in NOT_STATES:
            return earlier  # "Houthi spokesman X said … the group demanded": the spokesman's
        if of_states and earlier.actor.code.startswith("IGO") and earlier.actor.code != "IGO":
            return earlier  # "the EU's top diplomat said the bloc would …": the EU
        if res.kind != "org" or res.sector in _STATE_BODIES or (
                sector is not None and res.sector != sector):
            continue  # ("the channel" is a broadcaster)
        if (earlier.actor.country == "IGO") != of_states:
            continue
        return earlier
    return None


def _named_by_its_noun(view: DocView, mention: Mention, ctx: Story) -> Mention | None:
    """The body 'the fund' or 'the agency' refers back to: the latest one, in this sentence
    or the two before it, whose name has that word ("the International Monetary Fund"); 'the
    unit' the latest force described by that noun ("an elite military unit")."""
    here = view.sent_of[mention.head]
    noun = view.doc[mention.head].lemma_.lower()
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            return None
        if earlier.pronoun is not None or earlier.actor is None or earlier.actor.code is None:
            continue
        if any(t.lower_ == noun and t.text[:1].isupper()
               for t in view.doc[earlier.start:earlier.end]) or (
                noun in UNIT_NOUNS and view.doc[earlier.head].lemma_.lower() == noun):
            return earlier
    return None


_STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_NON_STATE_BODIES = frozenset({"REB", "UAF", "OPP", "PTY", "CRM", "HRI"})


def _plural_object_antecedent(view: DocView, mention: Mention, ctx: Story
                              ) -> Mention | None:
    """An object "them" takes the nearest plural group of its own sentence before any
    singular subject: "Rwanda denied supporting the M23 rebels, despite a report that its
    troops fought alongside them" (the rebels, not Rwanda); so does "their" after a subject
    that is one common noun ("a court stripped 94 critics of their citizenship")."""
    token = view.doc[mention.head]
    here = view.sent_of[mention.head]
    # "a court stripped 94 critics of their citizenship": the critics', not the court's
    their = token.lower_ == "their" and _singular_subject_before(view, mention, ctx)
    if not their and (token.lower_ != "them" or token.dep_ not in ("dobj", "pobj")):
        return None
    for earlier in reversed(ctx.done):
        if view.sent_of[earlier.head] != here:
            return None
        res = earlier.resolution
        if earlier.actors and res is not None and earlier.pronoun is None \
                and view.doc[earlier.head].tag_ in ("NNS", "NNPS") \
                and not same_clause_argument(view, earlier, mention) \
                and not _owns_subject_of(view, earlier, mention) \
                and (token.lower_ == "their" or not _contains(view, earlier, mention)):
            # ("stripped critics of their citizenship": the parser hangs the thing taken
            # from them on the critics)
            return earlier
    return None


def _singular_subject_before(view: DocView, mention: Mention, ctx: Story) -> bool:
    """Whether the nearest subject before a pronoun in its sentence is one common noun in
    the singular ("a court"), which "their" cannot stand for."""
    here = view.sent_of[mention.head]
    for earlier in reversed(ctx.done):
        if view.sent_of[earlier.head] != here:
            return False
        head = view.doc[earlier.head]
        if head.dep_ in SUBJECT_DEPS and earlier.pronoun is None:
            return head.tag_ == "NN" and not earlier.group and earlier.resolution is not None \
                and earlier.resolution.kind != "org"
    return False


def _contains(view: DocView, phrase: Mention, pronoun: Mention) -> bool:
    """A pronoun inside a phrase never stands for it: "expelled diplomats from seven of
    them" (not the diplomats)."""
    token = view.doc[phrase.head]
    return bool(token.left_edge.i <= pronoun.head <= token.right_edge.i)


def _owns_subject_of(view: DocView, earlier: Mention, mention: Mention) -> bool:
    """Is ``earlier`` the subject of the pronoun's own clause ("its troops … alongside
    them": the troops are not "them")?"""
    token = view.doc[mention.head]
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return any(c.i == earlier.head for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _refers_to_a_thing(view: DocView, mention: Mention, ctx: Story) -> bool:
    """An object pronoun ("them", "it") whose nearest match in number before it, in its own
    sentence, is a noun argument that is no actor: "Biden denied the allegations and called
    them lies", "the army took the town and held it"."""
    token = view.doc[mention.head]
    said = token.head.head
    # also the subject of what a participle says about the thing just named: "criticised
    # the crackdown, saying it had targeted critics"
    saying = token.lower_ == "it" and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" \
        and said.tag_ == "VBG" and said.dep_ == "advcl"
    if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and \
            said.lemma_.lower() in REPORTING_VERBS and any(
                c.dep_ == "nsubj" and c.tag_ == "NNS" for c in said.children):
        return True  # "officials confirmed it has infected 200 people": the virus, no one
    if (token.dep_ not in ("dobj", "pobj") and not saying) or \
            token.lower_ not in ("them", "it"):
        return False
    plural = token.lower_ == "them"
    sentence = token.sent
    for earlier in reversed(view.doc[sentence.start:token.i]):
        if earlier.pos_ not in ("NOUN", "PROPN") or earlier.dep_ not in (
                "dobj", "nsubjpass", "nsubj", "pobj") or earlier.ent_type_ in ("DATE", "TIME"):
            continue  # (nor is "on Sunday" what 'it' stands for)
        if (earlier.tag_ in ("NNS", "NNPS") and not earlier.is_upper) != plural:
            continue
        if token.dep_ == "pobj" and token.head.head.i == earlier.i:
            continue  # "halt negotiations with them": not the negotiations
        known = ctx.places.by_head.get(earlier.i)
        return known is None or not any(a.code for a in known.actors)
    return False


def _owned_by_someone_unknown(view: DocView, mention: Mention, ctx: Story) -> bool:
    """A possessive 'his'/'her' whose nearest earlier person in its own sentence, of a
    matching gender, is a named person who is no actor: the pronoun is that person's."""
    token = view.doc[mention.head]
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return False
    wanted = _PRONOUN_GENDER[token.lower_]
    for ent in reversed(view.sent_ents[view.sent_of[mention.head]]):
        if ent.label_ != "PERSON" or ent.end > token.i:
            continue
        known = next((m for m in ctx.done if m.start <= ent.root.i < m.end), None)
        if known is not None and any(a.code for a in known.actors):
            return False  # the nearest person is a known actor: the usual search decides
        gender = next((ctx.genders[w.text] for w in ent if w.text in ctx.genders), None)
        if gender in (None, wanted):
            return True
    return False


def _expletive(token: Any) -> bool:
    head = token.head
    if token.dep_ == "expl" or token.lower_ != "it":
        return bool(token.dep_ == "expl")
    return head.lemma_ in _EXPLETIVE_HEADS or any(
        c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children
        if head.lemma_ == "be")


def _relative_owner(view: DocView, mention: Mention, ctx: Story) -> Mention | None:
    """A possessive inside a relative clause whose relative pronoun is the subject: in
    "Israel, which recalled its ambassadors", 'its' is Israel's."""
    pronoun = view.doc[mention.head]
    if pronoun.dep_ != "poss":
        return None
    verb = pronoun.head.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "which sought to recall its envoy"
    if verb.dep_ != "relcl" or pronoun.head.head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return None
    return next((m for m in reversed(ctx.done) if m.head == verb.head.i and m.actors), None)


def _antecedent(view: DocView, mention: Mention, ctx: Story, *, person: bool,
                singular: bool = False) -> Mention | None:
    owner = _relative_owner(view, mention, ctx)
    if owner is not None:
        return owner
    here = view.sent_of[mention.head]
    fallback: Mention | None = None
    pronoun = view.doc[mention.head]
    wanted = _PRONOUN_GENDER.get(pronoun.lower_) if person else None
    # "He thanked him": the other argument of the pronoun's verb is someone else
    taken = set()
    for other in reversed(ctx.done):
        if view.sent_of[other.head] != here:
            break
        if other.actor is not None and other.pronoun is not None and \
                same_clause_argument(view, other, mention):
            taken.add((other.actor.code, other.actor.name))
    # an object pronoun takes up the object before ("charged Riad Salameh … a warrant for
    # him", "Biden met Putin. He thanked him")
    parallel = person and pronoun.lower_ in ("him", "her") and \
        pronoun.dep_ in ("dobj", "dative", "pobj")
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > _WINDOW:
            break
        if not earlier.actors:
            continue
        if earlier.actor is not None and (earlier.actor.code, earlier.actor.name) in taken:
            continue
        if wanted is not None and _gender(view, earlier, ctx) not in (None, wanted):
            continue  # "she" is not Joe Biden
        if wanted is not None and earlier.pronoun is None and earlier.actor is not None and \
                earlier.actor.name is None and (
                    earlier.group or view.doc[earlier.head].tag_ == "NNS"):
            continue  # nor "Prosecutors charged Sonko. His supporters …" the prosecutors
        res = earlier.resolution
        is_person = bool(res and res.kind == "person") or (
            earlier.pronoun == "person" and earlier.actor is not None) or (
            here - view.sent_of[earlier.head] <= 1 and _one_member(view, earlier))
        if is_person and not person and not singular and earlier.pronoun is None and (
                len(earlier.group) > 1 or view.doc[earlier.head].tag_ == "NNS"):
            is_person = False  # "hosted the presidents of Congo and Rwanda, where they …"
        if person != is_person or (not person and earlier.pronoun == "speaker"):
            continue
        # ("it" may be a body named by a common noun that owns the thing and is no subject:
        # "Russia's Sputnik news agency … arrested two of its employees")
        if singular and (earlier.group or earlier.pronoun == "pair" or (
                earlier.pronoun is None and view.doc[earlier.head].tag_ == "NNS" and
                not view.doc[earlier.head].is_upper) or (  # ("ECOWAS", tagged a plural)
                res is not None and (res.kind == "demonym" or (res.plural and not (
                    res.kind == "org" and (_says_of_itself(view, earlier, mention) or (
                        res.code or "").startswith("IGO") or (
                        view.doc[earlier.head].tag_ == "NN"
                        and view.doc[earlier.head].dep_ not in SUBJECT_DEPS
                        and view.doc[mention.head].dep_ == "poss"))))))):
            continue  # "it" is one country, body or organisation ("Hamas said it …")
        if same_clause_argument(view, earlier, mention) or _contains(view, earlier, mention) \
                or _demanded_of_others(view, earlier, mention) \
                or _harms_its_own(view, earlier, mention):
            continue
        token = view.doc[earlier.head]
        if res is not None and res.kind in ("capital", "country") and \
                pronoun.head.lemma_.lower() in _FREEING and pronoun.dep_ == "poss":
            continue  # "demanded their release": people held, not a state
        if res is not None and res.kind in ("capital", "country", "seat") and \
                token.dep_ == "pobj" \
                and token.head.lower_ in PLACE_PREPS and (
                    mention.pronoun != "thing" or _answerable(pronoun)):
            # "arrested them in Harare": a place named as a place is no "them"; nor is
            # "its campaign in Gaza, accusing it of genocide" the place accused
            continue
        if parallel and view.sent_of[earlier.head] != here and token.dep_ in ("dobj", "dative") \
                and token.pos_ == "PROPN" and res is not None and res.kind == "person":
            return earlier
        agent = token.dep_ == "pobj" and token.head.dep_ == "agent" and \
            view.sent_of[earlier.head] == here and pronoun.dep_ == "poss"
        if view.doc[earlier.head].dep_ in SUBJECT_DEPS or agent:
            # (the agent of a passive is its clause's doer: "drones used by Russia in its war")
            if fallback is not None and view.sent_of[fallback.head] == here and \
                    view.sent_of[earlier.head] != here:
                # "Trump's staff want him to resign": a person of the pronoun's own sentence
                # comes before the subject of an earlier one
                return fallback
            return earlier
        fallback = fallback or earlier
    return fallback


def _one_member(view: DocView, mention: Mention) -> bool:
    """A single member of a collective, which is a person: "a Russian soldier", "the
    gunman", "an activist" — not "soldiers", "the army" or "soldiers and police". Its sex
    is unknown, so it is taken up only in its own sentence or the next."""
    res = mention.resolution
    token = view.doc[mention.head]
    return bool(res is not None and res.kind == "group" and res.plural and res.role is None
                and mention.pronoun is None and not mention.group and token.tag_ == "NN"
                and not token.conjuncts)


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_TITLE_GENDER = {
    "mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m", "duke": "m",
    "emperor": "m", "sultan": "m", "sheikh": "m", "father": "m", "son": "m", "brother": "m",
    "husband": "m", "man": "m", "boy": "m", "chairman": "m", "spokesman": "m",
    "congressman": "m", "businessman": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
    "miss": "f", "madam": "f", "lady": "f", "dame": "f", "queen": "f", "princess": "f",
    "duchess": "f", "empress": "f", "mother": "f", "daughter": "f", "sister": "f", "wife": "f",
    "woman": "f", "girl": "f", "chairwoman": "f", "spokeswoman": "f", "congresswoman": "f",
    "businesswoman": "f", "actress": "f",
}


def _gender(view: DocView, mention: Mention, ctx: Story) -> str | None:
    """'m', 'f' or None (unknown) for a person mention: its pronoun, a gendered title, or a
    given name."""
    if mention.pronoun is not None:
        return _PRONOUN_GENDER.get(view.doc[mention.head].lower_)
    words = list(mention.words) or [view.doc[i].text for i in range(mention.start, mention.end)]
    for word in words:
        gender = _TITLE_GENDER.get(word.lower())
        if gender is not None:
            return gender
    name = mention.actor.name if mention.actor is not None else None
    for word in ([*name.split()] if name else []) + words:
        gender = ctx.genders.get(word)
        if gender is not None:
            return gender
    token = view.doc[mention.head]
    named = ctx.places.by_head.get(token.head.i) if token.dep_ == "appos" else None
    if named is not None and named is not mention and named.pronoun is None:
        return _gender(view, named, ctx)  # "Michael Roe, the lawyer": the lawyer is a man
    return None


def _says_of_itself(view: DocView, body: Mention, pronoun: Mention) -> bool:
    """A named body that is the subject of the verb whose clause holds the pronoun: "Hamas
    said it had fired", "the EU sanctioned officials it accused of …" (not Washington in "the
    militia said it had a pledge from Washington, which promised it would …", nor a plural
    name: "the Rapid Support Forces")."""
    subject = view.doc[body.head]
    if subject.dep_ != "nsubj" or subject.tag_ in ("NNS", "NNPS"):
        return False
    token = view.doc[pronoun.head]
    harming = _harming_verb(view, pronoun)
    while token.head.i != token.i:
        token = token.head
        if token.i == subject.head.i:
            return True
        if harming is not None and token.i == harming.i:
            continue  # "Hamas said Israel killed its leader": not the killer's own
        if token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and
                not c.left_edge.i <= pronoun.head <= c.right_edge.i for c in token.children):
            return False  # another clause with a subject of its own ("its troops" is none)
    return False


def _demanded_of_others(view: DocView, asker: Mention, pronoun: Mention) -> bool:
    """'the government had demanded they end it': who demands asks it of others."""
    token = view.doc[pronoun.head]
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and \
        verb.head.lemma_.lower() in _ASKING_OTHERS and \
        view.doc[asker.head].dep_ == "nsubj" and view.doc[asker.head].head.i == verb.head.i


_ASKING_OTHERS = frozenset({"demand", "ask", "urge", "request", "order"})


def _harms_its_own(view: DocView, doer: Mention, pronoun: Mention) -> bool:
    """'Hamas said Israel killed its leader': who kills or strikes does not do it to its own
    leader or positions, so the possessive is someone else's (but "attacked its neighbour"
    is the attacker's neighbour)."""
    verb = _harming_verb(view, pronoun)
    subject = view.doc[doer.head]
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head  # "the EU and the United States demanded their release"
    return verb is not None and subject.dep_ == "nsubj" and subject.head.i == verb.i


def _harming_verb(view: DocView, pronoun: Mention) -> Any | None:
    """The verb of killing or striking whose object a possessive pronoun qualifies, or of
    demanding the release it qualifies."""
    token = view.doc[pronoun.head]
    if token.dep_ != "poss":
        return None
    harmed = token.head
    if harmed.lemma_.lower() in _FREEING:
        # "demanded their release", "called for her release": the release of others (but
        # "the return of its fighters" are its own)
        verb = harmed.head.head if harmed.dep_ == "pobj" and harmed.head.lower_ == "for" \
            else harmed.head if harmed.dep_ == "dobj" else None
        return verb if verb is not None and verb.lemma_.lower() in _SEEKING else None
    while harmed.dep_ == "pobj" and harmed.head.lower_ == "of" and harmed.head.head.pos_ in (
            "NUM", "NOUN", "PRON"):
        harmed = harmed.head.head  # "one of its commanders"
    verb = harmed.head
    if harmed.dep_ != "dobj" or verb.lemma_.lower() not in _HARMING or \
            harmed.lemma_.lower() in RELATION_NOUNS or \
            any(c.lower_ == "own" for c in token.head.children):
        return None
    return verb


# the freeing of people that others seek: no one demands their own release
_FREEING = frozenset({"release", "freedom", "return", "extradition", "repatriation"})
_SEEKING = frozenset({"demand", "seek", "request", "urge", "call", "appeal", "press", "push"})
# acts nobody does to their own people or places
_HARMING = frozenset({"kill", "assassinate", "murder", "execute", "wound", "injure", "eliminate",
                      "strike", "bomb", "shell", "attack", "target", "shoot", "abduct",
                      "kidnap"})


def _answerable(pronoun: Any) -> bool:
    """An "it" that is accused, blamed or urged: a doer, not a place."""
    return pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in _ANSWERABLE


_ANSWERABLE = frozenset({"accuse", "blame", "urge", "condemn", "criticise", "criticize",
                         "sue", "charge", "warn", "fault", "hold"})
