"""Find actor mentions in a parsed field and resolve them, sentence by sentence.

A mention is built from the parse, not from entity spans alone: the knowledge matches that
hang on one nominal head (through compound, amod, nmod, possessive and "of" links) form one
mention, so "U.S. Secretary of State John Kerry" is one mention with a country, a title and a
person. Coreference (:mod:`tacitus.actors.coref`) then fills in short names, pronouns and
descriptions from what the text has said so far.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tacitus.actors.knowledge import given_names
from tacitus.actors.lexicon import Lexicon, Match
from tacitus.actors.phrases import (
    FOLLOWERS,
    PERSON_NOUNS,
    community_elite,
    ethnic_in_place,
    feature_name,
    followers,
    leader_governments,
    namesake,
    parenthetical_aliases,
    people_or_place,
)
from tacitus.actors.resolve import Resolution, compose, resolve_matches
from tacitus.nlp.syntax import described_as_protesting, pair_partners, split_pair
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = ["ActorIndex", "Mention", "find_mentions"]

# nouns that stand for whoever holds them: "a police station", "army positions", "a rebel base"
FACILITIES = frozenset({
    "base", "station", "post", "outpost", "headquarters", "barracks", "checkpoint", "camp",
    "compound", "convoy", "patrol", "position", "positions", "unit", "vehicle", "office",
    "stronghold", "garrison", "facility", "installation", "bastion", "hideout", "airbase",
    "academy", "building", "plane", "ship", "vessel", "helicopter", "warship", "target",
    "depot",
    # collectives that take the sector of their modifier: "opposition groups", "rebel leaders"
    "group", "faction", "movement", "coalition", "alliance", "organisation", "organization",
    "front", "wing", "bloc", "supporter", "member", "leader", "leadership", "figure",
    "representative", "delegation", "delegate", "envoy", "team",
})
# craft and missiles: a country word makes them that country's ("a Chinese ship")
VEHICLES = frozenset({"ship", "vessel", "boat", "tanker", "trawler", "ferry", "freighter",
                       "warship", "frigate", "destroyer", "submarine", "aircraft", "plane",
                       "jet", "warplane", "helicopter", "drone", "missile", "rocket"})
_TOO_GENERIC = frozenset({"people", "person", "man", "woman", "crowd", "group", "member",
                          "individual", "resident", "critic"})
_CLIMB = frozenset({"compound", "amod", "nmod", "nn", "flat"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
PRONOUNS = {
    "he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
    "they": "group", "them": "group", "their": "group",
    "i": "speaker", "me": "speaker", "my": "speaker", "we": "speaker-group",
    "us": "speaker-group", "our": "speaker-group",
    "it": "thing", "its": "thing",
}


@dataclass(slots=True)
class Mention:
    """One actor mention: token range, nominal head, and (once resolved) its actor."""

    start: int
    end: int
    head: int
    resolution: Resolution | None
    entity: str | None = None  # NER label when the mention came from an entity
    pronoun: str | None = None  # the PRONOUNS class for pronoun mentions
    actor: Actor | None = None
    group: tuple[Actor, ...] = ()  # plural references ("the two countries")
    extra: tuple[Resolution, ...] = ()  # "Hungarian and Romanian officials": the second one
    words: tuple[str, ...] = field(default=())
    follows: int | None = None  # "supporters of X": the head token of X's mention

    @property
    def actors(self) -> tuple[Actor, ...]:
        if self.group:
            return self.group
        return (self.actor,) if self.actor is not None else ()


@dataclass(slots=True)
class ActorIndex:
    """The mentions of one field, with a token → mention lookup."""

    view: DocView
    mentions: list[Mention]
    _by_token: dict[int, Mention] = field(default_factory=dict)
    focus: str | None = None  # the country the field is about, once resolved
    # the country the story is filed from (its dateline; for a headline, its story's focus)
    setting: str | None = None

    def __post_init__(self) -> None:
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self._by_token.setdefault(i, mention)
            self._by_token[mention.head] = mention

    def register(self, mention: Mention) -> None:
        for i in range(mention.start, mention.end):
            self._by_token.setdefault(i, mention)

    def at(self, i: int) -> Mention | None:
        return self._by_token.get(i)

    def actors(self) -> tuple[Actor, ...]:
        """Every resolved mention's actor(s), pronouns included; unresolved names too."""
        return tuple(a for m in self.mentions for a in m.actors
                     if a.code is not None or a.name is not None)


def find_mentions(view: DocView, lexicon: Lexicon, when: dt.date | None) -> list[Mention]:
    """Detect and resolve (without coreference) every actor mention of ``view``."""
    mentions: list[Mention] = []
    # mentions that reach past the end of their sentence: the only earlier ones that can cover
    # a later sentence's tokens (keeps the work per sentence, not per article)
    spill: list[Mention] = []
    for number, sent in enumerate(view.sents):
        tokens = list(sent)
        doc = view.doc
        matches = [feature_name(doc, people_or_place(doc, ethnic_in_place(doc, namesake(
            doc, Match(m.start + sent.start, m.end + sent.start, m.entries)))))
                   for m in lexicon.find(tokens)]
        matches = [m for m in matches if not _title_in_a_name(view, m)
                   and not _org_in_a_person_name(view, m) and not _a_verb(doc, m)]
        matches = leader_governments(doc, matches, lexicon)
        matches = _elided_partners(doc, matches, lexicon)
        # "the two leaders", "both governments": a reference to a pair, not a new actor
        matches = [m for m in matches if not (m.end - m.start == 1 and _pair_word(doc[m.start]))]
        matches, absorbed = parenthetical_aliases(doc, sent, matches)
        here = list(_group(view, matches, when))
        covered = {i for m in spill + here for i in range(m.start, m.end)}
        # a nationality the lexicon knows is no unknown person ("Azerbaijani positions",
        # tagged a person's name), even where it qualifies no actor
        nationalities = {i for m in matches if m.entries and all(
            e.kind in ("adjective", "demonym") for e in m.entries) for i in range(m.start, m.end)}
        here += _entity_mentions(view.sent_ents[number], covered | nationalities)
        covered = {i for m in spill + here for i in range(m.start, m.end)} | absorbed | \
            nationalities
        # the helpers walk the token list: iterating the spaCy span again would rebuild
        # every token
        here += _name_mentions(view, tokens, covered)
        here += _pronoun_mentions(tokens, covered)
        here += _pair_mentions(tokens, covered)
        here += _body_mentions(tokens, covered)
        here += _half_mentions(tokens, covered)
        here += _crowd_mentions(tokens, covered)
        here += _follower_mentions(tokens, here, covered)
        mentions += [m for m in here if m.head not in absorbed]
        spill += [m for m in here if m.end > sent.end]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _elided_partners(doc: Any, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Names that share their last words: in "North and South Korea" or "East and West
    Germany" the lexicon finds "South Korea"; the word coordinated before it, completed with
    the shared words, names a second country ("North Korea")."""
    added: list[Match] = []
    taken = {i for m in matches for i in range(m.start, m.end)}
    for match in matches:
        if match.end - match.start < 2 or match.start < 2 or \
                doc[match.start - 1].lower_ not in ("and", "or"):
            continue
        partner = doc[match.start - 2]
        inside = range(match.start, match.end)
        # the parser links the lone word to the phrase either way round
        linked = any(t.dep_ == "conj" and t.head.i == partner.i for t in doc[match.start:match.end]
                     ) or (partner.dep_ == "conj" and partner.head.i in inside)
        if partner.i in taken or not linked or not partner.text[:1].isupper():
            continue
        words = [partner.text, *(t.text for t in doc[match.start + 1:match.end])]
        entries = tuple(e for e in lexicon.lookup_name(words)
                        if e.kind in ("country", "adjective", "demonym"))
        if entries:
            added.append(Match(partner.i, partner.i + 1, entries))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _a_verb(doc: Any, match: Match) -> bool:
    """A one-word sector term the parser reads as a verb: "to press for the release", "to
    police the streets" — no actor."""
    return match.end - match.start == 1 and doc[match.start].pos_ == "VERB" and \
        all(e.kind == "sector" for e in match.entries)


def _title_in_a_name(view: DocView, match: Match) -> bool:
    """A person's title that is only a word of an organisation's name: "General" in "the
    General Services Administration" or "General Motors" (not "General Milley", not
    "Attorney General", where the title ends the name)."""
    if not all(e.kind == "sector" and e.sector_term is not None
               and e.sector_term.kind == "person" for e in match.entries):
        return False
    doc = view.doc
    if not doc[match.start].text[:1].isupper():
        return False
    ent = view.ent_of.get(match.start)
    # one name-like word after the title is its holder ("President Umbardacil", tagged an
    # organisation); more words, or a plural, make a name ("General Services Administration")
    return ent is not None and ent.label_ in ("ORG", "FAC") and ent.end > match.end and \
        doc[match.end].ent_type_ != "PERSON" and (
            ent.end > match.end + 1 or doc[match.end].tag_ in ("NNPS", "NNS"))


def _org_in_a_person_name(view: DocView, match: Match) -> bool:
    """An organisation's short name that is only part of a person's name: "Bloomberg" in
    "Michael Bloomberg", "Reuters" in "Paul Julius Reuter"."""
    if not all(e.kind == "org" for e in match.entries):
        return False
    ent = view.ent_of.get(match.start)
    return ent is not None and ent.label_ == "PERSON" and ent.start < match.start and \
        ent.end == match.end and view.doc[ent.start].text in given_names()


_QUANTITIES = frozenset({"thousand", "hundred", "dozen", "million", "score", "ten", "tens",
                         "crowd", "throng", "group", "number"})


_CROWD_DEPS = frozenset({"nsubj", "nsubjpass", "conj", "appos"})
# acts done to a counted number of people
_HARMING = frozenset({"kill", "wound", "injure", "arrest", "detain", "abduct", "kidnap",
                      "execute", "massacre", "shoot", "hold", "seize", "free", "release",
                      "evacuate", "rescue", "deport", "expel", "sentence", "jail", "behead",
                      "slaughter", "murder", "torture", "disperse", "displace", "hang",
                      "convict", "imprison"})


def _crowd(token: Any) -> bool:
    """'thousands of people', '5,000 people': a counted crowd that acts is an actor
    (civilians), and so are counted people an act is done to ("killed 20 people"), while
    'people in the region' is nobody in particular."""
    if any(c.dep_ == "nummod" for c in token.children):
        # "5,000 people marched"; "killed 20 people", "arrested 12 people": the victims of an
        # act, whom the event is done to (the country's civilians)
        return token.dep_ in _CROWD_DEPS or (token.dep_ == "dobj" and
                                             token.head.lemma_.lower() in _HARMING)
    head = token.head
    return bool(token.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.lemma_.lower() in _QUANTITIES or head.head.like_num)
        and head.head.dep_ in _CROWD_DEPS)


def _policed(token: Any) -> bool:
    """'the crowd' that police disperse or fire on is the protest, an actor; so are people
    described as protesting ("residents protesting against the coup")."""
    if described_as_protesting(token):
        return True
    lemma = token.lemma_.lower()
    if lemma not in ("crowd", "mob", "people", "resident"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.lemma_.lower() == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire"
                                             for c in verb.children):
        return True  # "opened fire on residents"
    return verb.lemma_.lower() in (_POLICING if lemma in ("crowd", "mob") else _FIRING)


# what is done to people, not only to a crowd: "fired on residents", "tear-gassed people"
_FIRING = frozenset({"disperse", "fire", "tear-gas", "teargas", "shoot"})


_POLICING = frozenset({"disperse", "scatter", "charge", "beat", "fire", "clash", "attack",
                       "tear-gas", "teargas", "repel", "push", "break"})


def _group(view: DocView, matches: list[Match], when: dt.date | None) -> Iterable[Mention]:
    doc = view.doc
    sector_tokens = {i for m in matches if m.first("sector") for i in range(m.start, m.end)}
    groups: dict[int, list[Match]] = defaultdict(list)
    for match in matches:
        groups[_nominal_head(doc, match, sector_tokens)].append(match)
    cuts = _split_pairs(doc, groups)
    for head, members in groups.items():
        if not members:
            continue  # all its words were a partner's
        head_match = next((m for m in members if m.start <= head < m.end), None)
        cut = cuts.get(head, 0)
        facility = doc[head].lemma_.lower() in FACILITIES
        token = doc[head]
        people = token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS") and \
            head_match is None
        named = token.ent_type_ == "PERSON" and head_match is None
        lemma = token.lemma_.lower()
        # "the British", "the French": a nationality adjective the article makes a noun
        nation = token.dep_ in _ARGUMENT_DEPS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        of_body = any(doc[i].lower_ == "of" for i in range(min(m.start for m in members),
                                                           max(m.end for m in members)))
        resolution = resolve_matches(members, head_match, when, facility=facility,
                                     people=people, named=named,
                                     person_noun=lemma in PERSON_NOUNS and head_match is None,
                                     nation=nation, of_body=of_body,
                                     vehicle=lemma in VEHICLES, one=token.tag_ in ("NN", "NNP"))
        if resolution is None:
            continue
        resolution = community_elite(resolution, lemma)
        if resolution.how == "kb:demonym" and resolution.sector is None and \
                resolution.country and _crowd(token):
            # "thousands of Georgians", "5,000 Iraqis marched": a crowd of citizens (CVL),
            # where "the Israelis rejected the plan" is the country's side
            resolution = replace(resolution, sector="CVL",
                                 code=compose(resolution.country, "CVL"))
        if lemma in FOLLOWERS and head_match is None:
            resolution = followers(resolution)  # "Mugabe supporters"
        org = _inside_organization(view, members)
        if org is not None and (resolution.kind in ("country", "capital", "demonym")
                                or resolution.home is not None):
            # "CNN Philippines", "University of Tehran": a name that holds a country
            resolution = replace(resolution, code=resolution.country, sector=None,
                                 name=org.text, kind="org", how="words:organization-name",
                                 needs_country=False, home=None, also=())
        head_is_sector = head_match is not None and head_match.first("sector") is not None \
            and head_match.end - head_match.start == 1
        if resolution.needs_country and head_is_sector and resolution.home is None and \
                doc[head].lemma_.lower() in _TOO_GENERIC and not _crowd(doc[head]) and \
                not _policed(doc[head]):
            continue  # "people in the region" is nobody in particular
        if _abstract_force(doc[head]):
            continue  # "the whole force of the law", "used force against them": no armed body
        if resolution.needs_country and resolution.home is None and \
                _kind_of_institution(doc[head], head_match):
            continue  # "endorsed charter schools", "concerns about corporations": a kind
        if doc[head].lemma_.lower() == "opposition" and (any(
                c.dep_ == "prep" and c.lower_ == "to" for c in doc[head].children) or (
                doc[head].dep_ == "dobj" and doc[head].head.lemma_.lower() in _VOICING)):
            # "Biden's opposition to the ban", "expressed opposition": an act of opposing,
            # not a party
            continue
        person = view.ent_of.get(head)
        if person is not None and person.label_ == "PERSON" and (
                (resolution.kind in ("person", "group") and resolution.name is None)
                or resolution.kind == "org"):
            # "Nigerian police spokesman Frank Mba", "SpaceX founder Elon Musk": the holder
            # of the title is named; an organisation's person is coded by the organisation
            resolution = replace(resolution, name=_person_name(person), kind="person")
        start = max(cut, min(min(m.start for m in members), _left_edge(doc[head])))
        end = max(max(m.end for m in members), head + 1)
        words = tuple(doc[i].text for i in range(start, end))
        if resolution.kind == "person" and resolution.how != "kb:person" and \
                resolution.sector not in (None, "ELI") and (
                    any(doc[i].lower_ in _FORMER for i in range(start, head))
                    or any(c.lower_ in _FORMER for c in doc[head].lefts)):
            # "a former Ohio governor, John Roe," holds no office now: an elite (ELI)
            resolution = replace(resolution, sector="ELI",
                                 code=compose(resolution.country, "ELI"))
        yield Mention(start, end, head, resolution, words=words,
                      extra=_coordinated(doc, members, resolution))


_FORMER = frozenset({"former", "ex", "ex-", "erstwhile", "then", "late", "ousted", "deposed",
                     "toppled", "overthrown", "dethroned"})
# verbs that voice an attitude: "expressed opposition", "voiced opposition"
_VOICING = frozenset({"express", "voice", "signal", "register", "state", "reiterate", "show",
                      "declare", "announce", "indicate", "repeat"})


def _split_pairs(doc: Any, groups: dict[int, list[Match]]) -> dict[int, int]:
    """"U.S. President Donald Trump and Russian President Vladimir Putin", parsed as one
    phrase headed by 'Putin': the words before the partner's "and" go to the first partner
    ('Trump'); returns where each such head's own words begin."""
    cuts: dict[int, int] = {}
    for head in list(groups):
        for child in doc[head].lefts:
            if not split_pair(child) or child.ent_type_ != "PERSON":
                continue
            cut = doc[max(c.i for c in pair_partners(child))].left_edge.i
            moved = [m for m in groups[head] if m.start < cut and not m.start <= head < m.end]
            if moved:
                groups[head] = [m for m in groups[head] if m not in moved]
                groups[child.i].extend(moved)
            cuts[head] = max(cuts.get(head, 0), cut)
    return cuts


def _kind_of_institution(token: Any, head_match: Any) -> bool:
    """A bare plural of institutions (schools, companies, banks, hospitals, churches,
    newspapers) names a kind of thing, as a policy or a market does, not an actor: "endorsed
    charter schools", "power passing to corporations"."""
    if head_match is None or token.tag_ != "NNS" or token.lemma_.lower() not in _INSTITUTIONS:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children)


# (not "media", "authorities" or "agencies": those speak and act as a body)
_INSTITUTIONS = frozenset({"school", "university", "college", "company", "corporation", "firm",
                           "bank", "hospital", "clinic", "church", "mosque", "temple",
                           "newspaper", "business", "charity"})


def _abstract_force(token: Any) -> bool:
    """'force' as strength, not as troops: "the whole force of the law", "used force", "use of
    force" (but "a peacekeeping force", "the force deployed in Mali")."""
    if token.lemma_.lower() != "force" or token.tag_ != "NN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in _FORCE_OF for g in c.children) for c in token.children):
        return True
    bare = not any(c.dep_ in ("det", "amod", "compound", "nummod", "poss")
                   for c in token.children)
    strength = token.dep_ == "pobj" and token.head.lower_ in ("of", "by", "with")
    used = token.dep_ == "dobj" and token.head.lemma_.lower() in _FORCE_VERBS
    return bare and (strength or used)


_FORCE_OF = frozenset({"law", "arm", "argument", "habit", "nature", "personality", "gravity",
                       "will", "numbers", "number", "circumstance"})
_FORCE_VERBS = frozenset({"use", "apply", "employ", "threaten", "authorize", "authorise",
                          "renounce", "reject", "condemn", "resort"})


def _follower_mentions(sent: Sequence[Any], mentions: list[Mention], covered: set[int]
                       ) -> Iterable[Mention]:
    """'supporters of Mugabe', "Sonko's supporters", "his supporters", 'loyalists of the
    former president': a group resolved (in coreference) from the actor it follows."""
    for token in sent:
        if token.lemma_.lower() not in FOLLOWERS or token.i in covered:
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None:  # "Sonko's supporters", "his supporters"
            pobj = next((c for c in token.children if c.dep_ == "poss"
                         and c.pos_ in ("PROPN", "PRON")), None)
        leader = next((m for m in mentions if pobj is not None and m.start <= pobj.i < m.end
                       and m.pronoun != "follower"), None)
        if leader is not None:
            yield Mention(token.i, token.i + 1, token.i, None, pronoun="follower",
                          words=(token.text,), follows=leader.head)


def _inside_organization(view: DocView, members: list[Match]) -> Any | None:
    """An ORG/FAC entity that contains the matches and extends beyond them."""
    start = min(m.start for m in members)
    end = max(m.end for m in members)
    ent = view.ent_of.get(start)
    if ent is None or ent.label_ not in ("ORG", "FAC") or ent.end < end:
        return None
    return ent if (ent.end - ent.start) > (end - start) else None


def _person_name(ent: Any) -> str:
    words = [t.text for t in ent if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    return " ".join(words)


def _coordinated(doc: Any, members: list[Match], resolution: Resolution
                 ) -> tuple[Resolution, ...]:
    """Other countries coordinated inside one mention: 'Hungarian and Romanian officials',
    and a country beside an organisation: 'Polish and NATO aircraft'."""
    places = [m for m in members if _place_entry(m)]
    bodies = [m for m in members if m.first("org") is not None and not _place_entry(m)] \
        if resolution.kind == "org" else []
    if len(places) + len(bodies[:1]) < 2 or resolution.country is None or \
            resolution.how.startswith("kb:person"):
        return ()
    extra: list[Resolution] = []
    tokens = {_span_root(doc, m.start, m.end) for m in (*places, *bodies)}
    for match in places:
        entry = _place_entry(match)
        token = doc[_span_root(doc, match.start, match.end)]
        # "Hungarian and Romanian officials"; misparsed, "Sierra Leonean and Liberian refugees"
        linked = (token.dep_ == "conj" and token.head.i in tokens) or any(
            c.dep_ == "conj" and c.i in tokens for c in token.children) or (
            token.dep_ in ("amod", "compound") and token.head.dep_ == "conj"
            and token.head.head.i in tokens)
        if entry is None or entry.code == resolution.country or not linked:
            continue
        # (an organisation's sector is its own: the country's is the head's, if it has one)
        sector = next((e.code for m in members if (e := m.first("sector")) is not None),
                      None) if bodies else resolution.sector
        extra.append(replace(resolution, code=compose(entry.code, sector), country=entry.code,
                             sector=sector, name=None, how=f"{resolution.how}+coordination"))
    return tuple(extra)


def _place_entry(match: Match) -> Any:
    """The country-like entry of a match (a user dictionary's three-letter actor counts)."""
    entry = match.first("country", "adjective", "demonym")
    if entry is None:
        org = match.first("org")
        if org is not None and org.dictionary and len(org.code) == 3:
            return org
    return entry


def _nominal_head(doc: Any, match: Match, sector_tokens: set[int]) -> int:
    """The head noun a match hangs on: 'U.S.' in 'U.S. Secretary of State John Kerry' → Kerry."""
    root = _span_root(doc, match.start, match.end)
    token = doc[root]
    if match.end in sector_tokens and match.first("adjective") is not None and \
            match.end < len(doc) and doc[match.end].head.i == token.head.i and \
            token.dep_ == doc[match.end].dep_ and token.dep_ in ("dobj", "nsubj", "pobj"):
        # "accused Azerbaijani forces of …" parsed as two objects: the nationality still
        # qualifies the noun right after it
        return int(match.end)
    shared = _shared_sector_noun(token, sector_tokens)
    if shared is not None and match.first("adjective", "demonym") is not None:
        return int(shared.i)
    if token.dep_ == "amod" and match.first("adjective", "demonym") is not None:
        # "the Sudanese army and rebel forces": the parser hangs the nationality on the last
        # noun; it qualifies the first partner of the pair it stands in front of
        pair = next((c for c in token.head.lefts if c.i > token.i and split_pair(c)), None)
        if pair is not None:
            return int(pair.i)
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in _CLIMB and head.pos_ in _NOMINAL:
            if split_pair(token):
                break  # "the Colombian government and ELN rebels": two actors, not one
            token = head
            continue
        if token.dep_ == "conj" and token.pos_ in ("ADJ", "PROPN", "NOUN"):
            first = token
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if token.pos_ == "NOUN" and not split_pair(first):
                break
            if token.pos_ == "PROPN" and token.ent_type_ == "ORG" and \
                    _place_entry(match) is None and _of_sector(first, sector_tokens):
                break  # "envoys of the army and the RSF": the organisation is its own actor
            if split_pair(first):
                # "… and ELN rebels", "the army and militia fighters": the last partner's noun
                if token.i == max(c.i for c in first.conjuncts):
                    token = first.head
                    continue
                break
            if first.dep_ in _CLIMB or _of_sector(first, sector_tokens):
                # "Hungarian and Romanian officials", "the ambassadors of A, B and C"
                token = first
                continue
        if token.dep_ == "poss" and head.i in sector_tokens:
            token = head
            continue
        if token.dep_ in ("npadvmod", "compound") and head.lemma_.lower() == "lead" and \
                head.dep_ == "amod" and head.head.pos_ in _NOMINAL:
            # "Vietnamese-led forces", "the Saudi-led coalition": led by that country, so
            # its own (not so "Iranian-backed militias")
            token = head.head
            continue
        if _of_sector(token, sector_tokens):
            token = head.head
            continue
        break
    return int(token.i)


def _shared_sector_noun(token: Any, sector_tokens: set[int]) -> Any | None:
    """The parser's misreading of "Sierra Leonean and Liberian migrants": the first nationality
    heads the phrase and the sector noun is coordinated with it; both nationalities qualify
    the noun."""
    if token.pos_ not in ("ADJ", "PROPN") or token.dep_ in ("amod", "compound", "conj"):
        return None
    for child in token.children:
        if child.dep_ == "conj" and child.i in sector_tokens and child.pos_ == "NOUN" and \
                any(c.dep_ in ("amod", "compound") and c.i > token.i for c in child.lefts) and \
                not any(c.dep_ == "det" for c in child.children):
            return child
    return None


def _of_sector(token: Any, sector_tokens: set[int]) -> bool:
    """'the people of Syria', 'the President of Russia': the country hangs on a sector word."""
    head = token.head
    return bool(token.dep_ == "pobj" and head.lower_ == "of" and head.head.i in sector_tokens
                and head.head.i < token.i)


def _span_root(doc: Any, start: int, end: int) -> int:
    for i in range(start, end):
        head = doc[i].head.i
        if head < start or head >= end or head == i:
            return i
    return end - 1


def _left_edge(token: Any) -> int:
    """Leftmost token of the name-like modifiers of a head ('Sergei' in 'Sergei Lavrov')."""
    edge = token.i
    for child in token.lefts:
        if split_pair(child):
            # "the Colombian government and ELN rebels": only the last partner is this one's
            last = max(c.i for c in pair_partners(child))
            edge = min(edge, token.doc[last].left_edge.i)
        elif child.dep_ in ("compound", "nmod", "flat") and child.pos_ in ("PROPN", "NOUN"):
            edge = min(edge, child.left_edge.i)
    return int(edge)


def _entity_mentions(ents: list[Any], covered: set[int]) -> Iterable[Mention]:
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        if all(t.is_lower for t in ent):
            continue  # "the bloc" tagged a body: a common noun, no name
        kind = "person" if ent.label_ == "PERSON" else "org"
        resolution = Resolution(None, None, None, ent.text, "unresolved", 0.0, kind)
        words = tuple(t.text for t in ent)
        yield Mention(ent.start, ent.end, ent.root.i, resolution, entity=ent.label_,
                      words=words)


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos",
                            "dative", "agent"})


def _name_mentions(view: DocView, sent: Sequence[Any], covered: set[int]) -> Iterable[Mention]:
    """Proper names the entity recogniser missed, in argument positions ("Mba said"): kept
    unresolved, for coreference and learned actors to resolve."""
    for token in sent:
        if token.pos_ != "PROPN" or token.i in covered or token.dep_ not in _ARGUMENT_DEPS or \
                token.is_lower:  # ("the bloc", tagged a name: a common noun)
            continue
        ent = view.ent_of.get(token.i)
        if ent is not None and ent.label_ not in ("PERSON", "ORG", "NORP"):
            continue
        start = min([c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    + [token.i])
        if any(i in covered for i in range(start, token.i + 1)):
            continue
        words = tuple(t.text for t in token.doc[start:token.i + 1])
        resolution = Resolution(None, None, None, " ".join(words), "unresolved", 0.0, "person")
        yield Mention(start, token.i + 1, token.i, resolution, words=words)


def _pronoun_mentions(sent: Sequence[Any], covered: set[int]) -> Iterable[Mention]:
    for token in sent:
        kind = PRONOUNS.get(token.lower_)
        if kind is None or token.i in covered or token.pos_ not in ("PRON", "DET"):
            continue
        yield Mention(token.i, token.i + 1, token.i, None, pronoun=kind, words=(token.text,))


_PAIR_NOUNS = frozenset({"country", "nation", "side", "government", "leader", "neighbour",
                         "neighbor", "party", "state", "faction", "army", "delegation"})


def _pair_mentions(sent: Sequence[Any], covered: set[int]) -> Iterable[Mention]:
    """'the two countries', 'both sides', 'the two leaders': plural references to a pair."""
    for token in sent:
        if token.i in covered or not _pair_word(token):
            continue
        start = min(c.i for c in token.lefts)
        words = tuple(t.text for t in token.doc[start:token.i + 1])
        yield Mention(start, token.i + 1, token.i, None, pronoun="pair", words=words)


# nouns by which a story refers back to a body of one kind: "Al Jazeera … the channel"
BODIES_OF_A_SECTOR: dict[str, str] = {
    "channel": "MED", "network": "MED", "broadcaster": "MED", "newspaper": "MED"}
# nouns by which a story refers back to a country it has named: "the country"
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom"})
# nouns by which a story refers back to an organisation it has named: "the group"
_BODY_NOUNS = frozenset({"group", "organisation", "organization", "movement", "outfit",
                         "faction", "bloc", "alliance", *BODIES_OF_A_SECTOR})


# participles that give a body its name: "the unit, known as CAPSAT"
_NAMING = frozenset({"know", "call", "name"})
# verbs whose "of" the parser may hang on the one accused ("accused the agency of bias")
_ACCUSING = frozenset({"accuse", "charge", "suspect", "convict"})
# nouns by which a story refers back to a body whose name ends in them: "the International
# Monetary Fund … thanked the fund", "the International Atomic Energy Agency … the agency"
NAME_NOUNS = frozenset({"fund", "agency", "commission", "council", "programme", "program",
                        "tribunal", "committee"})
# nouns by which a story refers back to a force it has described: "an elite military unit …
# the unit"
UNIT_NOUNS = frozenset({"unit", "battalion", "brigade", "regiment", "division", "militia"})


def _body_mentions(sent: Sequence[Any], covered: set[int]) -> Iterable[Mention]:
    """'the group', 'the movement': a bare definite reference to an organisation named
    before ("… the Clan del Golfo cartel, accusing the group of attacking civilians"); 'the
    country', 'the nation': to a country named before ("… halted budget support to the
    country")."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.i in covered or (token.tag_ != "NN" and not (
                token.tag_ == "NNP" and token.is_lower)) or (
                lemma not in _BODY_NOUNS and lemma not in _COUNTRY_NOUNS and
                lemma not in NAME_NOUNS and lemma not in UNIT_NOUNS):
            continue
        children = list(token.children)
        accused = token.dep_ == "dobj" and token.head.lemma_.lower() in _ACCUSING
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
                c.dep_ in ("amod", "compound", "nmod", "poss", "relcl", "nummod") or (
                    c.dep_ == "acl" and c.lemma_.lower() not in _NAMING) or (
                    c.dep_ == "prep" and not any(g.dep_ == "pcomp" for g in c.children)
                    and not (accused and c.lower_ == "of"))
                for c in children):
            # "the rebel group", "the group of seven", "the group that …" (but "accused the
            # group of attacking …" is the parser's attachment of the accusation)
            continue
        kind = "body" if lemma in _BODY_NOUNS else "named" if lemma in NAME_NOUNS | UNIT_NOUNS \
            else "country"
        yield Mention(token.i - 1 if token.i > sent[0].i else token.i, token.i + 1, token.i,
                      None, pronoun=kind, words=("the", token.text))


def _half_mentions(sent: Sequence[Any], covered: set[int]) -> Iterable[Mention]:
    """'the North', 'the South': a divided nation's half, named by its side ("Seoul said the
    North had sent the balloons")."""
    for token in sent:
        if token.i in covered or token.lower_ not in HALVES or token.pos_ != "PROPN" or \
                token.dep_ not in _ARGUMENT_DEPS or token.i == 0:
            continue
        children = list(token.children)
        det = token.doc[token.i - 1]
        if det.lower_ != "the" or det.head.i != token.i or any(
                c.dep_ not in ("det", "prep", "punct", "cc", "conj") for c in children):
            continue  # "the South China Sea", "the North Atlantic"
        yield Mention(token.i - 1, token.i + 1, token.i, None, pronoun="half",
                      words=(det.text, token.text))


# the halves of divided nations, named by their side: 'the North' of a story about the
# Koreas is North Korea
HALVES: dict[str, dict[str, str]] = {"north": {"PRK": "PRK", "KOR": "PRK"},
                                     "south": {"PRK": "KOR", "KOR": "KOR"}}


def _crowd_mentions(sent: Sequence[Any], covered: set[int]) -> Iterable[Mention]:
    """'Thousands marched in Belgrade', 'Tens of thousands rallied': a bare number that
    gathers or protests is a crowd of the place's people."""
    for token in sent:
        if token.i in covered or token.lemma_.lower() not in _CROWD_NUMBERS or \
                token.dep_ != "nsubj" or token.head.lemma_.lower() not in _GATHERING:
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if counted is not None and counted.lemma_.lower() not in _CROWD_NUMBERS:
            continue  # "thousands of farmers": the farmers are the mention
        end = counted.i + 1 if counted is not None else token.i + 1
        start = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("amod", "advmod",
                                                                       "quantmod", "nummod")])
        resolution = Resolution(None, None, "CVL", None, "words:crowd", 0.6, "group",
                                plural=True, needs_country=True)
        words = tuple(t.text for t in token.doc[start:end])
        yield Mention(start, end, token.i, resolution, words=words)


_CROWD_NUMBERS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                            "ten", "tens", "million", "millions", "score", "scores"})
_GATHERING = frozenset({"protest", "rally", "march", "demonstrate", "gather", "take",
                        "riot", "chant", "converge", "flood", "throng", "pour", "assemble",
                        "mass", "strike", "picket", "block", "occupy", "storm", "clash"})


def _pair_word(token: Any) -> bool:
    if token.lower_ in DIVIDED_STATES:
        return any(c.lower_ in ("the", "two", "both") for c in token.lefts)
    return bool(token.lemma_.lower() in _PAIR_NOUNS and token.tag_ == "NNS"
                and any(c.lower_ in GROUP_SIZES for c in token.lefts))


# the words that count the members of "the two countries", "both sides", "the three
# governments"
GROUP_SIZES: dict[str, int] = {"two": 2, "both": 2, "three": 3, "four": 4}


# a divided nation's two states, named together in the plural: "the two Koreas"
DIVIDED_STATES: dict[str, tuple[str, str]] = {
    "koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG")}


def with_resolution(mention: Mention, resolution: Resolution) -> Mention:
    return replace(mention, resolution=resolution)
