"""In-document coreference: short names, pronouns and descriptions from what came before.

Rules, in the order a careful reader applies them:

* a short name ("Kerry") takes the fullest earlier mention of that person ("John Kerry");
* "he"/"she" take the latest person who was a grammatical subject (else the latest person);
  "they" the latest group, organisation or country subject (a coordinated subject stays a group);
  "I"/"we" inside a quotation take its speaker;
* "the two countries", "both sides" take the two latest distinct countries;
* "the minister", "the president" take the latest person with that title; other bare
  descriptions ("the government", "police", "the regime") take the country the text is about:
  the place they come from ("dissidents from Egypt"), a place attached to them, a country named
  in the same sentence as a place, else the country named most so far; with nothing before
  them, the one country their sentence names, else the country the rest of the text clearly
  names most;
* an ethnic group ("Uighur protesters") is its home country's unless a place holds it
  (:mod:`tacitus.actors.places`);
* "supporters of X" take X's country once X is resolved.

Earlier text comes first: an actor first named in a later sentence never resolves an earlier
mention, and a later sentence's country places a description only when nothing before does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from tacitus.actors.mentions import DIVIDED_STATES, FACILITIES, ActorIndex, Mention
from tacitus.actors.phrases import follower_sector
from tacitus.actors.places import PLACE_PREPS, PlaceLookup, Places
from tacitus.actors.resolve import UNKNOWN_COUNTRY, Resolution, compose
from tacitus.nlp.syntax import RELATION_NOUNS, REPORTING_VERBS, past_report_conjunct
from tacitus.nlp.view import DocView
from tacitus.records import Actor

__all__ = ["attach_speakers", "resolve_references"]

SpeakerLookup = Callable[[int], Actor | None]
LearnedLookup = Callable[[str], Resolution | None]  # a person's name -> what was learned
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj"})
_WINDOW = 3  # sentences a pronoun may reach back
_EXPLETIVE_HEADS = frozenset({"seem", "appear", "take", "matter", "happen", "rain", "remain",
                              "look", "sound", "feel", "make"})


@dataclass(slots=True)
class _Context:
    places: Places
    learned_lookup: LearnedLookup | None = None
    names: dict[str, Resolution] = field(default_factory=dict)
    done: list[Mention] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    people_countries: Counter[str] = field(default_factory=Counter)
    last_seen: dict[str, int] = field(default_factory=dict)
    genders: Mapping[str, str] = field(default_factory=dict)  # given name -> "m" / "f"
    story_focus: str | None = None  # for a headline: the country its story is about
    # the countries each sentence names, once per mention: for descriptions that nothing
    # before them places
    by_sentence: dict[int, list[str]] = field(default_factory=dict)
    # named plural mentions by their head's lemma: "EU foreign ministers" under "minister"
    plurals: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))

    def focus_country(self, *, besides: str | None = None) -> str | None:
        """The country the text is about so far: the one named most as a place or group (the
        countries of named people only when no other is named); ``besides`` one, if another
        has been named."""
        counts = self.countries or self.people_countries
        # a body of states ("the UN envoy") is no place a bare description belongs to
        states = [c for c in counts if c not in _NOT_STATES]
        if besides is not None and len(states) > 1:
            states = [c for c in states if c != besides]
        if not states:
            return None
        # the country a story is filed from or about ("WARSAW, June 1 -"), once the text
        # names it, outweighs two more mentions of another: the envoy it summoned, the
        # neighbour's helicopters
        return max(states, key=lambda c: (counts[c] + (2 if c == self.story_focus else 0),
                                          c == self.story_focus, self.last_seen[c]))

    def later_focus(self, sentence: int) -> str | None:
        """The country the sentences after ``sentence`` are clearly about: named at least
        twice, and at least twice as often as any other."""
        counts: Counter[str] = Counter()
        for sent, names in self.by_sentence.items():
            if sent > sentence:
                counts.update(names)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]


def resolve_references(
    view: DocView, mentions: list[Mention], *, speaker_at: SpeakerLookup | None = None,
    place_lookup: PlaceLookup | None = None, learned_lookup: LearnedLookup | None = None,
    genders: Mapping[str, str] | None = None, story_focus: str | None = None,
) -> ActorIndex:
    """Give every mention its :class:`Actor`, using only the text before it (and places
    named in its own sentence); names the text cannot resolve may use ``learned_lookup``.

    ``story_focus`` is for a headline, read with its story: the country the story is about
    places a description the headline itself leaves without one ("Police shoot protester").
    """
    by_head = {m.head: m for m in mentions if m.pronoun != "follower"}
    ctx = _Context(Places(view, by_head, place_lookup), learned_lookup, genders=genders or {},
                   story_focus=story_focus)
    ctx.by_sentence = _countries_by_sentence(view, mentions)
    _take_apposed_titles(view, mentions, ctx)
    followers: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.follows is not None:
            followers[mention.follows].append(mention)
    for mention in mentions:
        if mention.pronoun == "follower":
            continue  # resolved with the mention of whom they follow, below
        if mention.pronoun is not None:
            _resolve_pronoun(view, mention, ctx, speaker_at)
        else:
            _resolve_named(view, mention, ctx)
        ctx.done.append(mention)
        if mention.pronoun is None:
            head = view.doc[mention.head]
            if head.tag_ == "NNS":
                ctx.plurals[head.lemma_.lower()].append(mention)
        res = mention.resolution
        if res is not None and mention.pronoun is None:
            country = res.country
            if country and len(country) == 3 and country != UNKNOWN_COUNTRY:
                counter = ctx.people_countries if res.kind == "person" else ctx.countries
                counter[country] += 1
                ctx.last_seen[country] = mention.start
        for follower in followers.get(mention.head, ()):
            _resolve_follower(view, follower, mention)
            ctx.done.append(follower)
    # titles that needed the context to say whose they are: "X, a spokesman for the Taliban"
    _take_apposed_titles(view, mentions, ctx)
    # followers of nobody known are no mention: the event reads "supporters of X" as X
    index = ActorIndex(view, [m for m in mentions if m.pronoun != "follower" or m.actors])
    index.focus = ctx.focus_country()
    return index


def _countries_by_sentence(view: DocView, mentions: list[Mention]) -> dict[int, list[str]]:
    """The countries each sentence names, by names and places that need no context (people's
    countries too, but only in a sentence that names no other)."""
    named: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[str]] = defaultdict(list)
    for m in mentions:
        res = m.resolution
        if m.pronoun is None and res is not None and _names_a_country(res):
            sent = view.sent_of[m.head]
            (people if res.kind == "person" else named)[sent].append(res.country or "")
    return {sent: named.get(sent) or people[sent] for sent in {*named, *people}}


_OFF_DATE = frozenset({"kb:person-former", "kb:person-future"})


def _take_apposed_titles(view: DocView, mentions: list[Mention], ctx: _Context) -> None:
    """A person the knowledge base has out of office on the date, or does not know, holds
    the office the text gives them in apposition: "Ahmed Nazif, Egypt's prime minister",
    "Deputy Prime Minister Telemar" — the text is the fresher witness."""
    doc = view.doc
    for mention in mentions:
        res = mention.resolution
        if res is None or mention.pronoun is not None or res.kind != "person" or not res.name \
                or not (res.code is None or res.how in _OFF_DATE):
            continue
        head = doc[mention.head]
        near = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            near.append(head.head)
        for token in near:
            title = ctx.places.by_head.get(token.i)
            tres = title.resolution if title is not None else None
            if title is not None and tres is not None and tres.needs_country:
                tres = _speaks_for(view, title, tres, ctx) or tres
            if title is None or title is mention or tres is None or tres.kind != "person" \
                    or tres.name or not tres.sector or tres.needs_country or not tres.code:
                continue
            mention.resolution = Resolution(
                tres.code, tres.country, tres.sector, res.name, "words:apposed-title",
                min(0.8, tres.confidence), "person", tres.role)
            if mention.actor is not None:  # the second pass, after coreference
                mention.actor = _actor(view, mention, mention.resolution)
            break


_NOT_STATES = frozenset({"IGO", "NGO", "MNC"})
_NAMED_BODIES = frozenset({"kb:organization", "dictionary", "kb:leader-government"})
_PLACE_HOWS = frozenset({"kb:country", "kb:capital", "kb:seat", "kb:demonym"})


def _resolve_follower(view: DocView, mention: Mention, leader: Mention) -> None:
    """'supporters of Mugabe': the leader's country, with the sector of followers (see
    :func:`tacitus.actors.phrases.follower_sector`); a country's supporters are that
    country's ('supporters of Iran')."""
    span = view.span(mention.start, mention.end)
    found: list[Actor] = []
    for actor in leader.actors:
        if actor.code is None or actor.country is None:
            continue  # whose they are is not known: the leader's own reading stands
        sector = None if actor.how in _PLACE_HOWS else follower_sector(actor.sector)
        found.append(Actor(compose(actor.country, sector), actor.country, sector, None, span,
                           f"followers:{actor.how}", min(0.75, actor.confidence)))
    if len(found) == 1:
        mention.actor = found[0]
    elif found:
        mention.group = tuple(found)


def _actor(view: DocView, mention: Mention, res: Resolution, how: str | None = None,
           confidence: float | None = None) -> Actor:
    return Actor(
        code=res.code, country=res.country, sector=res.sector, name=res.name,
        span=view.span(mention.start, mention.end), how=how or res.how,
        confidence=res.confidence if confidence is None else confidence, role=res.role,
    )


def _name_keys(name: str) -> list[str]:
    parts = name.replace(".", " ").split()
    return [name, parts[-1]] if len(parts) > 1 else [name]


def _inside_a_name(name: str, ctx: _Context) -> Resolution | None:
    """The one person named so far whose full name holds the words of ``name``, a name
    the recogniser did not tag: "Luiz Inacio Lula da Silva … Lula rejected"."""
    words = name.split()
    found = {res.name: res for res in ctx.names.values() if res.kind == "person" and res.code
             and res.name and len(res.name.split()) > len(words)
             and _holds(res.name.split(), words)}
    return next(iter(found.values())) if len(found) == 1 else None


def _holds(whole: list[str], part: list[str]) -> bool:
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _remember_name(ctx: _Context, res: Resolution) -> None:
    """Keep a person's resolution under the full name and the surname, unless a longer
    name with a code already holds them."""
    if not res.name:
        return
    for key in _name_keys(res.name):
        known = ctx.names.get(key)
        if known is None or not known.code or len(known.name or "") <= len(res.name):
            ctx.names[key] = res


def _resolve_named(view: DocView, mention: Mention, ctx: _Context) -> None:
    res = mention.resolution
    if res is None:
        return
    words = " ".join(mention.words)
    if " " not in words and (res.how == "kb:organization" or (
            res.kind == "org" and res.how == "unresolved")):
        earlier = ctx.names.get(words)
        if earlier is not None and earlier.kind == "person" and earlier.code and \
                earlier.name and earlier.name != words:
            # "Kurt Volker … Volker said", "Michael Bloomberg … Bloomberg endorsed": the
            # one-word "organisation" is the surname of the person the story has named
            res = replace(earlier, how="coref:name", confidence=min(0.85, earlier.confidence))
    if res.how == "unresolved":
        res = _town_struck(view, mention, ctx) or res
    if res.how == "words:critic-of" and res.name is None:
        # "Kremlin critic Alexei Navalny … Navalny said": the critic's own name
        name = next((e.text for e in view.doc[mention.start:mention.end].ents
                     if e.label_ == "PERSON"), None)
        res = replace(res, name=name) if name else res
    if res.kind == "person" and res.name:
        name = res.name
        earlier = ctx.names.get(name) or ctx.names.get(_name_keys(name)[-1]) or (
            _inside_a_name(name, ctx) if res.code is None else None)
        if res.code is None and earlier is not None:
            res = Resolution(earlier.code, earlier.country, earlier.sector, earlier.name,
                             "coref:name", min(0.85, earlier.confidence), "person",
                             earlier.role)
        elif res.how in _OFF_DATE and earlier is not None and \
                earlier.how == "words:apposed-title":
            res = earlier  # "Mujahid, a Taliban spokesman, … Mujahid said": the text's title
        elif res.code is None and ctx.learned_lookup is not None:
            res = ctx.learned_lookup(name) or res
        elif res.code is not None and earlier is not None and earlier.name and \
                len(earlier.name) > len(res.name or "") and res.how.startswith("words"):
            res = Resolution(res.code, res.country, res.sector, earlier.name, res.how,
                             res.confidence, "person", res.role)
        _remember_name(ctx, res)
    if res.needs_country:
        res = _by_description(view, mention, res, ctx)
        if res.kind == "person":
            # "the former mayor of Springfield, Jane Doe … Doe": the titled person, placed
            _remember_name(ctx, res)
        if res.how in ("context:place", "context:origin") and res.country and not mention.extra:
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in ctx.places.more_attached(mention, res.country))
        elif res.how == "context:owners" and not mention.extra:
            owner = next(c for c in view.doc[mention.head].children if c.dep_ == "poss")
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in _owner_countries(owner, ctx)[1:])
        elif res.how == "context:pair" and not mention.extra:
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in _owning_pair(view, mention, ctx)[1:])
        elif res.how == "context:coordination" and not mention.extra:
            # "lawmakers and officials in France and Germany": the officials of both
            mention.extra = tuple(
                Resolution(compose(c, res.sector), c, res.sector, res.name, res.how,
                           res.confidence, res.kind, res.role, res.plural)
                for c in _sibling_countries(view, mention, ctx) if c != res.country)
    mention.resolution = res
    mention.actor = _actor(view, mention, res)
    if mention.extra:
        mention.group = (mention.actor, *(_actor(view, mention, extra) for extra in mention.extra))
    elif _warring_sides(view.doc[mention.head]):
        # "the warring parties": the two sides the story has named, else armed men unknown
        pair = _latest_pair(view, mention, ctx)
        if pair:
            span = view.span(mention.start, mention.end)
            mention.group = tuple(Actor(a.code, a.country, a.sector, a.name, span,
                                        "coref:pair", 0.7, a.role) for a in pair)


def _warring_sides(token: Any) -> bool:
    return bool(token.tag_ == "NNS" and token.lemma_.lower() in ("party", "side", "faction")
                and any(c.lower_ == "warring" for c in token.lefts))


def _town_struck(view: DocView, mention: Mention, ctx: _Context) -> Resolution | None:
    """A town the entity recogniser took for a person or a body, where force or a visit
    is aimed: "shelled Kherson", "captured Bakhmut", "the attack on Goma" are against the
    town's country."""
    if ctx.places.lookup is None or mention.entity not in ("PERSON", "ORG") or \
            any(w in ctx.genders or w in ctx.names for w in mention.words):
        return None
    token = view.doc[mention.head]
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in _TOWARDS_TOWNS:
        verb = token.head.head
    else:
        return None
    if verb.lemma_.lower() not in _STRIKING_TOWNS:
        return None
    country = ctx.places.lookup(mention.words)
    if not country or len(country) != 3:
        return None
    return Resolution(country, country, None, " ".join(mention.words), "gazetteer:town",
                      0.6, "country")


# what is done to a town (by verb or noun) and the prepositions that aim it there
_STRIKING_TOWNS = frozenset({
    "attack", "shell", "bomb", "bombard", "strike", "hit", "pound", "raid", "storm", "capture",
    "seize", "besiege", "encircle", "surround", "invade", "occupy", "retake", "recapture",
    "overrun", "liberate", "target", "enter", "shelling", "bombing", "bombardment", "assault",
    "offensive", "advance", "siege", "fire", "airstrike", "push"})
_TOWARDS_TOWNS = frozenset({"on", "of", "against", "into", "towards", "toward"})


# people who speak or act for whoever the phrase after them names: "a spokesman for the
# Taliban" is the Taliban's voice, not the government's of the country where he speaks
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy",
                     "emissary", "negotiator", "delegate", "delegation", "official", "officials",
                     "spokesmen", "spokeswomen", "representatives", "envoys", "negotiators",
                     "delegates", "delegations"})


def _speaks_for(view: DocView, mention: Mention, res: Resolution, ctx: _Context
                ) -> Resolution | None:
    token = view.doc[mention.head]
    if token.lower_ not in _VOICES:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for pobj in prep.children:
            whom = ctx.places.by_head.get(pobj.i) if pobj.dep_ == "pobj" else None
            found = whom.resolution if whom is not None else None
            if found is None or found.needs_country or not found.code or \
                    found.kind in ("country", "capital", "demonym", "adjective"):
                continue  # "an envoy of Egypt" is a state's: the sector word decides
            return Resolution(found.code, found.country, found.sector, None, "context:voice",
                              min(0.8, found.confidence), res.kind, res.role, res.plural)
    return None


def _sibling_countries(view: DocView, mention: Mention, ctx: _Context) -> list[str]:
    """The countries of the coordinated description a mention took its country from."""
    siblings = {t.i for t in view.doc[mention.head].conjuncts}
    for earlier in reversed(ctx.done):
        if earlier.head in siblings and earlier.group:
            return [a.country for a in earlier.group if a.country]
    return []


def _by_description(view: DocView, mention: Mention, res: Resolution, ctx: _Context) -> Resolution:
    voice = _speaks_for(view, mention, res, ctx)
    if voice is not None:
        return voice
    if res.home is not None:
        country, how = _group_country(view, mention, res, ctx)
        return Resolution(compose(country, res.sector), country, res.sector, res.name, how,
                          res.confidence, res.kind, res.role, res.plural)
    words = [w.lower() for w in mention.words if w.lower() not in ("the", "a", "an")]
    if res.role and len(words) <= 2 and words[-1] not in _OTHER_SIDE:
        # "the minister" takes up "Defence Minister X"; "the attorney general" is no
        # "General X", nor "the foreign minister" a defence minister
        wanted = " ".join(words)
        for earlier in reversed(ctx.done):
            prior = earlier.resolution
            if prior and prior.kind == "person" and prior.code and prior.role and \
                    wanted in prior.role.lower():
                return Resolution(prior.code, prior.country, prior.sector, prior.name,
                                  "coref:title", 0.75, "person", prior.role)
    court = _named_court(view, mention, ctx)
    if court is not None:
        # "filed a case at the International Court of Justice … asked the court to …"
        return Resolution(court.code, court.country, court.sector, court.name, "coref:court",
                          min(0.7, court.confidence), res.kind, res.role, res.plural)
    same = _same_head(view, mention, ctx)
    if same is not None:
        # "EU foreign ministers … Several ministers said": the ministers told before
        return Resolution(same.code, same.country, same.sector, same.name, "coref:same-head",
                          min(0.7, same.confidence), res.kind, res.role, res.plural)
    owner = next((c for c in view.doc[mention.head].children if c.dep_ == "poss"), None) \
        if res.sector in ("MIL", "GOV") else None
    if owner is not None and _owned_by_a_body_of_states(owner, ctx):
        body = _held(owner, ctx)
        actor = body.actor if body is not None else None
        if actor is not None and actor.code:
            # "the UN said its peacekeepers …": the body's own force, as "UN peacekeepers";
            # "the bloc's leaders" are its council, as "EU leaders"
            return Resolution(actor.code, actor.country, actor.sector, actor.name,
                              "context:owner-body", 0.6, res.kind, res.role, res.plural)
    country, how = _context_country(view, mention, res, ctx)
    if country is not None and how in _LOOSE_PLACINGS and \
            country == _partnering_country(view, mention, ctx):
        # "said South Africa was cooperating with a terrorist organisation": a partner is
        # someone else, whatever country the sentence names
        country, how = None, "context:unknown"
    if res.kind == "org" and country in _NOT_STATES:
        country, how = None, "context:unknown"  # a party ("the Greens") is some state's
    code = compose(country or UNKNOWN_COUNTRY, res.sector)
    return Resolution(code, country, res.sector, res.name, how, 0.6 if country else 0.4,
                      res.kind, res.role, res.plural)


def _named_court(view: DocView, mention: Mention, ctx: _Context) -> Actor | None:
    """The court a bare "the court" or "the tribunal" refers back to: the latest one named by
    its name in this sentence or the two before it."""
    token = view.doc[mention.head]
    if token.lemma_.lower() not in ("court", "tribunal") or token.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
        return None
    here = view.sent_of[mention.head]
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            break
        if earlier.pronoun is None and earlier.actor is not None and earlier.actor.code and \
                any(w in ("Court", "Tribunal") for w in earlier.words):
            return earlier.actor
    return None


def _same_head(view: DocView, mention: Mention, ctx: _Context) -> Actor | None:
    """The actor of an earlier mention with the same plural head word, for a bare plural
    with no place or owner of its own: "EU foreign ministers met … Several ministers said"."""
    token = view.doc[mention.head]
    # ("the other 26 leaders": a count of the same people)
    others = any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)
    if token.tag_ != "NNS" or any(c.dep_ in ("poss", "prep", "compound") or (
            c.dep_ == "nummod" and not others) or (
            c.dep_ == "amod" and c.lower_ not in _HOW_MANY) for c in token.children) or \
            ctx.places.attached(mention) is not None:
        return None  # ("local health authorities", "20,000 pupils" are others)
    here = view.sent_of[mention.head]
    for earlier in reversed(ctx.plurals.get(token.lemma_.lower(), ())):
        if here - view.sent_of[earlier.head] > 8:
            break
        if earlier.actor is None or not earlier.actor.code:
            continue
        if earlier.head != mention.head:
            res = earlier.resolution
            how = earlier.actor.how
            if res is not None and (how == "context:owner-body" or (
                    not res.needs_country and not how.startswith("context:"))):
                # (named by its own words or its body's, not itself placed by context)
                return earlier.actor
    return None


_HOW_MANY = frozenset({"several", "other", "some", "many", "few", "various", "numerous"})


def _of_a_relation(token: Any) -> bool:
    """'a commander of Iran's closest ally', 'fighters of its proxies'."""
    return any(g.lemma_.lower() in RELATION_NOUNS for c in token.children
               if c.dep_ == "prep" and c.lower_ in ("of", "from", "for")
               for g in c.children if g.dep_ == "pobj")


def _owns_a_relation(token: Any) -> bool:
    """'Iran' in "Iran's closest ally" or "an ally of Iran": the sentence is about the ally."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "poss":
        return False
    return head.lemma_.lower() in RELATION_NOUNS


_OTHER_SIDE = frozenset({"counterpart"})


def _other_side(view: DocView, mention: Mention, ctx: _Context, owner: Any | None
                ) -> tuple[str | None, str]:
    """"Lavrov met his counterpart in Ankara": the counterpart is of another country than
    its owner — the place the sentence names, if any, never the owner's own."""
    held = next((m for m in reversed(ctx.done) if owner is not None and m.head == owner.i),
                None)
    own = held.actor.country if held is not None and held.actor is not None else None
    place = ctx.places.attached(mention) or ctx.places.in_sentence(mention)
    if place and place != own:
        return place, "context:place"
    return None, "context:unknown"


def _held(owner: Any, ctx: _Context) -> Mention | None:
    """The mention a possessive stands on, once resolved."""
    return next((m for m in reversed(ctx.done) if m.head == owner.i), None)


def _owned_by_a_body_of_states(owner: Any, ctx: _Context) -> bool:
    held = _held(owner, ctx)
    return held is not None and bool(held.actors) and all(
        (a.country or "") in _NOT_STATES for a in held.actors)


def _owner_countries(owner: Any, ctx: _Context) -> list[str]:
    """The countries of a possessive's referent: one for "its", one per side for a pair's
    "their"."""
    held = _held(owner, ctx)
    found: list[str] = []
    for actor in held.actors if held is not None else ():
        country = actor.country
        if country and len(country) == 3 and country != UNKNOWN_COUNTRY and \
                country not in _NOT_STATES and country not in found:
            found.append(country)
    return found


# places that are every country's: "leaders from around the world"
_EVERYWHERE = frozenset({"world", "globe"})


def _partnering_country(view: DocView, mention: Mention, ctx: _Context) -> str | None:
    """The country of whoever acts together "with" a description: South Africa in "South
    Africa was cooperating with a terrorist organisation"."""
    token = view.doc[mention.head]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in _PARTNERING:
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    named = ctx.places.by_head.get(subject.i) if subject is not None else None
    res = named.resolution if named is not None else None
    return res.country if res is not None and res.country and len(res.country) == 3 else None


# acting together with another: the partner is not oneself
_PARTNERING = frozenset({"cooperate", "collaborate", "collude", "ally", "coordinate", "side",
                         "negotiate", "meet", "talk", "conspire", "partner", "work"})
# placings that only say where the text is, not whose a description is
_LOOSE_PLACINGS = frozenset({"context:place", "context:sentence", "context:focus",
                             "context:story", "context:document"})


def _context_country(view: DocView, mention: Mention, res: Resolution, ctx: _Context
                     ) -> tuple[str | None, str]:
    """The country a bare description belongs to, and which rule said so."""
    pair = _owning_pair(view, mention, ctx)
    if pair:  # "the leaders of the two countries", "negotiators from both sides"
        return pair[0], "context:pair"
    if _of_a_relation(view.doc[mention.head]):
        return None, "context:unknown"  # "a commander of Iran's closest ally": not Iran's
    origin = ctx.places.origin(mention)
    if origin:  # "dissidents from Egypt": where people come from is whose they are
        return origin, "context:origin"
    token = view.doc[mention.head]
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if token.lemma_.lower() in _OTHER_SIDE:
        return _other_side(view, mention, ctx, owner)
    if owner is not None and _owned_by_a_body_of_states(owner, ctx):
        return None, "context:unknown"  # "the bloc's leaders" are of no one country
    if owner is not None:  # "its army", "their police": whose the pronoun says
        owned = _owner_countries(owner, ctx)
        if len(owned) > 1:
            return owned[0], "context:owners"  # "the two countries … their embassies"
        if owned:
            return owned[0], "context:owner"
    leader = _leader_country(token, ctx)
    if leader is not None:
        return leader, "context:leader"  # "the delegation, which was led by Lavrov"
    if any(c.dep_ == "prep" and any(g.lemma_.lower() in _EVERYWHERE and g.dep_ == "pobj"
                                    for g in c.subtree) for c in token.children):
        return None, "context:unknown"  # "leaders from around the world": of no one country
    if token.lemma_.lower() not in _FOREIGN_OFFICES and any(
            (c.dep_ == "amod" and c.lower_ in _FOREIGN) or (
                c.dep_ in ("compound", "amod") and c.lower_ in _EVERYWHERE | {"global"})
            for c in token.children):
        # "world leaders", "global leaders" too
        # "ordered two foreign reporters to leave the country": of no country the story
        # has named so far (the foreign minister is one of its own)
        return None, "context:unknown"
    siblings = {t.i for t in token.conjuncts}
    for earlier in reversed(ctx.done):  # "the Syrian government and the opposition"
        if earlier.head in siblings and earlier.actor is not None and earlier.actor.country:
            return earlier.actor.country, "context:coordination"
    for i in sorted(siblings):  # "farmers and the government of France"
        later = ctx.places.by_head.get(i)
        known = later.resolution if later is not None and i > mention.head else None
        if known is not None and not known.needs_country and known.country and \
                len(known.country) == 3 and known.kind != "person" and \
                known.country not in _NOT_STATES:
            return known.country, "context:coordination"
    struck = _struck_with(view, mention, ctx)
    if struck:  # "a camp for Sudanese refugees was shelled, killing 30 people"
        return struck, "context:victims"
    travelling = token.lemma_.lower() in _TRAVELLING
    attached = ctx.places.attached(mention, towns=not travelling)
    if attached:  # "the regime in Damascus", "police in Lagos"
        return attached, "context:place"
    if any(c.dep_ in ("amod", "compound") and _of_a_region(c) for c in token.children):
        # "Several Latin American governments", "Arab leaders", "Western diplomats": of
        # many countries, none of which the story's focus is ("an international force in
        # Liberia" is placed)
        return None, "context:unknown"
    if token.lemma_.lower() in _THIRD_PARTIES:
        return None, "context:unknown"  # "mediators said": not of the country they mediate in
    if res.sector in _LOCAL_CROWDS:
        # "students protesting in Belgium": a crowd is where it gathers, whoever gathered
        # elsewhere earlier in the story
        place = ctx.places.in_sentence(mention)
        if place:
            return place, "context:place"
    here = view.sent_of[mention.head]
    definite = (view.doc[mention.head].tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in view.doc[mention.head].children)) or (
        view.doc[mention.head].lemma_.lower() in FACILITIES and mention.head > mention.start)
    # ("rebel targets", "army positions": the story's rebels and army, as "the rebels" are)
    junta = token.lemma_.lower() == "junta"
    attacker = _attacker_country(view, mention, ctx)
    addressed = _addressed_countries(view, mention, ctx)
    for earlier in reversed(ctx.done):  # "the Syrian opposition … the opposition"
        prior = earlier.resolution
        if here - view.sent_of[earlier.head] > 8:
            break
        if attacker is not None and prior is not None and prior.country == attacker:
            continue  # "Russia said it had struck military targets": not Russia's own
        if prior is not None and prior.country in addressed:
            continue  # "… over Washington's arms sales. The foreign ministry urged the US …"
        if junta and prior and prior.country and len(prior.country) == 3 and \
                earlier.pronoun is None and _military_rulers(view, earlier):
            # "Burkina Faso's military government … the junta": the soldiers in power
            return prior.country, "context:same-sector"
        if junta:
            continue  # (not the French foreign ministry told in between)
        if prior and prior.kind == "capital" and view.doc[earlier.head].dep_ == "pobj" and \
                view.doc[earlier.head].head.lower_ in PLACE_PREPS:
            continue  # "talks in Havana … the government": a capital named as a place
        if prior and prior.sector == res.sector and prior.country and earlier.actor and \
                prior.kind != "person" and earlier.pronoun is None and len(prior.country) == 3 \
                and (prior.how not in _NAMED_BODIES or definite):
            # "the Syrian opposition … the opposition", "Amnesty International … the rights
            # group" — but "Houthi positions … separatists near Donetsk" are no Houthis
            return prior.country, "context:same-sector"
    place = ctx.places.in_sentence(mention, towns=not travelling)
    if place:
        return place, "context:place"
    focus = ctx.focus_country(besides=_commenter(view, mention, ctx))
    if focus:
        return focus, "context:focus"
    here = view.sent_of[mention.head]
    named = [m.resolution for m in ctx.places.by_head.values()
             if m is not mention and m.resolution is not None
             and view.sent_of[m.head] == here and _names_a_country(m.resolution)
             and not _owns_a_relation(view.doc[m.head])]
    countries = {r.country for r in named} - {ctx.places.moved_from(mention)}
    if len(countries) == 1 and (res.sector in _AT_HOME or
                                any(r.sector in _AT_HOME for r in named)):
        # with nothing said before, the one country the sentence names: "the opposition
        # party attacked the Kenyan government", "Judge X opened inquiries into 28 Chilean
        # officials", "President X gave in to the demands of the (Angolan) rebels" — but "the
        # government thanked China for its aid" is no Chinese government
        return countries.pop(), "context:sentence"
    if ctx.story_focus:
        return ctx.story_focus, "context:story"
    story_country = ctx.later_focus(here)
    if story_country:  # the lead names no country, the rest of the story does
        return story_country, "context:document"
    return None, "context:unknown"


def _leader_country(token: Any, ctx: _Context) -> str | None:
    """The country of whoever leads a group or sends a craft, as the text says it: "a
    delegation led by Sergei Lavrov", "the team, which was headed by the foreign minister of
    Peru", "the drones Russia launched overnight", "missiles fired by Iran"."""
    verbs = _SENDING_CRAFT if token.lemma_.lower() in _CRAFT else _LEADING
    for child in token.children:
        if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in verbs:
            continue
        agent = next((g for c in child.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"), None) or next(
            (c for c in child.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        mention = ctx.places.by_head.get(agent.i) if agent is not None else None
        res = mention.resolution if mention is not None else None
        if res is not None and res.country and len(res.country) == 3 and \
                res.country not in _NOT_STATES:
            return res.country
    return None


_LEADING = frozenset({"lead", "head"})
_CRAFT = frozenset({"drone", "missile", "rocket", "aircraft", "plane", "jet", "warplane",
                    "helicopter", "ship", "vessel", "warship", "boat", "balloon"})
_SENDING_CRAFT = frozenset({"launch", "fire", "send", "fly", "operate", "deploy", "dispatch"})


def _military_rulers(view: DocView, mention: Mention) -> bool:
    """'the junta', 'Mali's military government', 'the military rulers', 'coup leaders'."""
    words = {view.doc[i].lemma_.lower() for i in range(mention.start, mention.end)}
    return "junta" in words or ("military" in words and bool(
        words & {"government", "ruler", "leader", "authority", "regime"})) or "coup" in words


def _commenter(view: DocView, mention: Mention, ctx: _Context) -> str | None:
    """The country of whoever speaks of an act done to the mention: 'Egypt' in "Egypt
    condemned an attack on a hospital" (after "Israeli jets struck Gaza") — a commenter from
    elsewhere, not where the hospital is."""
    token = view.doc[mention.head]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("on", "of", "against") or \
            prep.head.pos_ != "NOUN" or prep.head.dep_ != "dobj":
        return None
    verb = prep.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = next((m for m in reversed(ctx.done) if subject is not None and m.head == subject.i),
                None)
    if said is None or said.actor is None or said.actor.sector not in (None, "GOV"):
        return None
    return said.actor.country


def _struck_with(view: DocView, mention: Mention, ctx: _Context) -> str | None:
    """The country of whom an attack was aimed at, for the people its participle says it
    killed: "a camp for Sudanese refugees was shelled …, killing 30 people"."""
    token = view.doc[mention.head]
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    main = verb.head
    patient = next((c for c in main.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if patient is None:
        return None
    # the patient, or the people a place holds ("a camp for Congolese refugees")
    heads = {patient.i} | {g.i for c in patient.children if c.dep_ == "prep"
                           for g in c.children if g.dep_ == "pobj"}
    for earlier in reversed(ctx.done):
        if earlier.head in heads and earlier.actor is not None:
            country = earlier.actor.country
            if country and len(country) == 3 and country not in _NOT_STATES and \
                    country != UNKNOWN_COUNTRY:
                return country
    return None


def _names_a_country(res: Resolution) -> bool:
    """True when a resolution (before coreference) places its actor in a known state."""
    return not res.needs_country and bool(res.country) and len(res.country or "") == 3 and \
        res.country not in _NOT_STATES and res.country != UNKNOWN_COUNTRY


_FOREIGN = frozenset({"foreign", "overseas", "expatriate"})
_REGIONS = frozenset({"arab", "western", "african", "asian", "nordic", "balkan", "baltic",
                      "gulf", "regional", "neighbouring", "neighboring", "international"})


def _of_a_region(word: Any) -> bool:
    """'Arab', 'Western', 'regional', 'Latin American': a word for many countries at once."""
    if word.lower_ == "american":
        before = word.doc[word.i - 1] if word.i > 0 else None
        return before is not None and before.lower_ in ("latin", "south", "central") and \
            before.text[:1].isupper()
    return word.lower_ in _REGIONS
_FOREIGN_OFFICES = frozenset({"minister", "ministry", "secretary", "office", "service",
                              "affair", "intelligence", "policy", "department"})
# people who go where talks are held or conflicts watched: "the warring parties in Geneva",
# "diplomats in Moscow" and "observers in Kyiv" are not (necessarily) of the town they are
# in — though the parties "in Darfur" are of the region
_TRAVELLING = frozenset({
    "party", "side", "negotiator", "delegation", "delegate", "diplomat", "envoy",
    "ambassador", "mediator", "observer", "monitor", "inspector", "peacekeeper", "emissary"})
_THIRD_PARTIES = frozenset({"mediator", "broker", "facilitator", "go-between"})
# groups that are people of the place they are in: citizens, students, workers, farmers,
# gangs
_LOCAL_CROWDS = frozenset({"CVL", "EDU", "LAB", "AGR", "CRM"})
# sectors that act at home: an opposition, a party, courts, police, crowds, rebels, criminals
# (not scholars: "scientists report that ancient Egyptians …")
_AT_HOME = frozenset({"OPP", "PTY", "JUD", "COP", "CVL", "LAB", "AGR", "REB", "CRM", "ELI"})


def _group_country(view: DocView, mention: Mention, res: Resolution, ctx: _Context
                   ) -> tuple[str | None, str]:
    """An ethnic group's country: a place attached to it ('Yoruba traders in Ghana'), else a
    country where it also lives that the sentence or article is set in, else its home.
    Refugees keep their origin ('Rohingya refugees in Bangladesh')."""
    if res.sector == "REF":
        return res.home, res.how
    attached = ctx.places.origin(mention) or ctx.places.attached(mention)
    if attached:
        return attached, "context:place"
    place = ctx.places.in_sentence(mention)
    if place is None and ctx.focus_country() in res.also:
        return ctx.focus_country(), "context:focus"
    if place is not None and place in res.also:
        return place, "context:place"
    return res.home, res.how


def _resolve_pronoun(
    view: DocView, mention: Mention, ctx: _Context, speaker_at: SpeakerLookup | None
) -> None:
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
        pair = _latest_pair(view, mention, ctx)
        if pair:
            span = view.span(mention.start, mention.end)
            mention.group = tuple(
                Actor(a.code, a.country, a.sector, a.name, span, "coref:pair", 0.7, a.role)
                for a in pair
            )
        return
    if kind == "body":
        body = _latest_body(view, mention, ctx)
        if body is not None and body.actor is not None:
            a = body.actor
            mention.actor = Actor(a.code, a.country, a.sector, a.name,
                                  view.span(mention.start, mention.end), "coref:body",
                                  min(0.7, a.confidence), a.role)
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
    if antecedent.group or (len(_conjuncts(view, antecedent, ctx)) > 1 and kind == "group"):
        members = antecedent.group or tuple(
            a for m in _conjuncts(view, antecedent, ctx) for a in m.actors)
        mention.group = tuple(Actor(a.code, a.country, a.sector, a.name, span,
                                    "coref:pronoun", 0.65, a.role) for a in members)
        return
    source = antecedent.actor
    if source is not None:
        mention.actor = Actor(source.code, source.country, source.sector, source.name, span,
                              "coref:pronoun", min(0.7, source.confidence), source.role)


def _latest_country(view: DocView, mention: Mention, ctx: _Context) -> str | None:
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
                actor.country in _NOT_STATES or not (
                    actor.how in _STATE_NAMES or actor.how.startswith("words:country")):
            continue
        if not _same_clause_argument(view, earlier, mention) and \
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


def _latest_body(view: DocView, mention: Mention, ctx: _Context) -> Mention | None:
    """The organisation 'the group' refers back to: the latest one named in this sentence or
    the two before it — an armed group, a party, a company, a movement — never a person, a
    state or a body of government."""
    here = view.sent_of[mention.head]
    # "the bloc" and "the alliance" are bodies of states; "the group" is none
    of_states = view.doc[mention.head].lemma_.lower() in ("bloc", "alliance")
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            return None
        res = earlier.resolution
        if earlier.pronoun is not None or res is None or earlier.actor is None or \
                earlier.actor.code is None:
            continue  # (an unknown name, "Liverpool striker Luis Diaz", is no group)
        if res.kind == "person" and res.sector in _NON_STATE_BODIES and \
                earlier.actor.country not in _NOT_STATES:
            return earlier  # "Houthi spokesman X said … the group demanded": the spokesman's
        if of_states and earlier.actor.code.startswith("IGO") and earlier.actor.code != "IGO":
            return earlier  # "the EU's top diplomat said the bloc would …": the EU
        if res.kind != "org" or res.sector in _STATE_BODIES:
            continue
        if (earlier.actor.country == "IGO") != of_states:
            continue
        return earlier
    return None


_STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_NON_STATE_BODIES = frozenset({"REB", "UAF", "OPP", "PTY", "CRM", "HRI"})


def _plural_object_antecedent(view: DocView, mention: Mention, ctx: _Context
                              ) -> Mention | None:
    """An object "them" takes the nearest plural group of its own sentence before any
    singular subject: "Rwanda denied supporting the M23 rebels, despite a report that its
    troops fought alongside them" (the rebels, not Rwanda)."""
    token = view.doc[mention.head]
    if token.lower_ != "them" or token.dep_ not in ("dobj", "pobj"):
        return None
    here = view.sent_of[mention.head]
    for earlier in reversed(ctx.done):
        if view.sent_of[earlier.head] != here:
            return None
        res = earlier.resolution
        if earlier.actors and res is not None and earlier.pronoun is None \
                and view.doc[earlier.head].tag_ in ("NNS", "NNPS") \
                and not _same_clause_argument(view, earlier, mention) \
                and not _owns_subject_of(view, earlier, mention) \
                and not _contains(view, earlier, mention):
            return earlier
    return None


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


def _refers_to_a_thing(view: DocView, mention: Mention, ctx: _Context) -> bool:
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
                "dobj", "nsubjpass", "nsubj", "pobj"):
            continue
        if (earlier.tag_ in ("NNS", "NNPS")) != plural:
            continue
        known = ctx.places.by_head.get(earlier.i)
        return known is None or not any(a.code for a in known.actors)
    return False


def _owned_by_someone_unknown(view: DocView, mention: Mention, ctx: _Context) -> bool:
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


def _antecedent(view: DocView, mention: Mention, ctx: _Context, *, person: bool,
                singular: bool = False) -> Mention | None:
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
                _same_clause_argument(view, other, mention):
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
        res = earlier.resolution
        is_person = bool(res and res.kind == "person") or (
            earlier.pronoun == "person" and earlier.actor is not None) or (
            here - view.sent_of[earlier.head] <= 1 and _one_member(view, earlier))
        if person != is_person or (not person and earlier.pronoun == "speaker"):
            continue
        if singular and (earlier.group or earlier.pronoun == "pair" or (
                earlier.pronoun is None and view.doc[earlier.head].tag_ == "NNS") or (
                res is not None and (res.kind == "demonym" or (res.plural and not (
                    res.kind == "org" and _says_of_itself(view, earlier, mention)))))):
            continue  # "it" is one country, body or organisation ("Hamas said it …")
        if _same_clause_argument(view, earlier, mention) or _contains(view, earlier, mention) \
                or _demanded_of_others(view, earlier, mention):
            continue
        token = view.doc[earlier.head]
        if res is not None and res.kind in ("capital", "country") and token.dep_ == "pobj" \
                and token.head.lower_ in PLACE_PREPS and mention.pronoun != "thing":
            continue  # "arrested them in Harare": a place named as a place is no "them"
        if parallel and view.sent_of[earlier.head] != here and token.dep_ in ("dobj", "dative") \
                and token.pos_ == "PROPN" and res is not None and res.kind == "person":
            return earlier
        if view.doc[earlier.head].dep_ in _SUBJECT:
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


def _gender(view: DocView, mention: Mention, ctx: _Context) -> str | None:
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
    while token.head.i != token.i:
        token = token.head
        if token.i == subject.head.i:
            return True
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


def _same_clause_argument(view: DocView, a: Mention, b: Mention) -> bool:
    """Two arguments of one verb cannot corefer ('Kerry met him'), nor the object of a
    participle and the subject it shares ('Police arrested them, accusing them of …')."""
    ta, tb = view.doc[a.head], view.doc[b.head]
    if ta.head.i == tb.head.i and ta.dep_ != tb.dep_ and tb.dep_ not in ("poss",):
        return True
    if tb.dep_ == "pobj" and ta.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        # "expelled diplomats from seven of them": the verb's own arguments are not "them"
        climb = tb.head
        while climb.pos_ not in ("VERB", "AUX") and climb.dep_ in ("prep", "pobj") and \
                climb.head.i != climb.i:
            climb = climb.head
        if climb.pos_ in ("VERB", "AUX") and ta.head.i == climb.i:
            return True
    if tb.dep_ == "poss" and tb.lower_ in ("its", "their") and ta.dep_ in ("nsubj", "agent") \
            and not any(c.lower_ == "own" for c in tb.head.children):
        # "Armenian forces opened fire on their positions": an attacker's target is someone
        # else's, unless the text says "their own"
        owned = tb.head
        climb = owned.head if owned.dep_ in ("dobj", "pobj") else None
        while climb is not None and climb.dep_ == "prep" and climb.head.i != climb.i:
            climb = climb.head
        if climb is not None and climb.lemma_.lower() in _ASSAULTING and \
                any(c.i == ta.i for c in climb.children):
            return True
    if tb.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = tb.head.head if tb.dep_ == "pobj" else tb.head
    for _ in range(3):
        if any(c.dep_ in _SUBJECT for c in verb.children) or verb.head.i == verb.i or \
                verb.dep_ not in ("advcl", "xcomp", "conj"):
            break
        # "X said Castillo had been the victim … and offered him asylum": X offered
        verb = past_report_conjunct(verb) or verb.head
    return any(c.i == ta.i and c.dep_ in _SUBJECT for c in verb.children) and verb.i != tb.head.i


def _addressed_countries(view: DocView, mention: Mention, ctx: _Context) -> set[str]:
    """The countries named as the object of the verb a description is the subject of: one
    does not urge, accuse or meet oneself ("the foreign ministry urged the United States")."""
    token = view.doc[mention.head]
    if token.dep_ != "nsubj":
        return set()
    verb = token.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "to")
        for g in c.children if g.dep_ == "pobj"]
    found: set[str] = set()
    for obj in objects:
        named = ctx.places.by_head.get(obj.i)
        res = named.resolution if named is not None else None
        if res is not None and res.country and len(res.country) == 3 and \
                res.kind in ("country", "capital", "person", "demonym") and \
                res.country not in _NOT_STATES:
            found.add(res.country)
    return found


def _attacker_country(view: DocView, mention: Mention, ctx: _Context) -> str | None:
    """The country of whoever attacks the thing a description is: Russia for "military
    targets" in "it had struck military targets in Ukraine"."""
    token = view.doc[mention.head]
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in _ASSAULTING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = next((m for m in reversed(ctx.done) if subject is not None and m.head == subject.i
                  and m.actor is not None), None)
    return named.actor.country if named is not None and named.actor is not None else None


# verbs of attack, whose object is never the attacker's own
_ASSAULTING = frozenset({"open", "fire", "attack", "shell", "strike", "bomb", "target", "raid",
                         "storm", "hit", "ambush", "overrun", "seize", "capture", "shoot"})


def _conjuncts(view: DocView, mention: Mention, ctx: _Context) -> list[Mention]:
    token = view.doc[mention.head]
    heads = {c.i for c in token.conjuncts} | {token.i}
    return [m for m in ctx.done if m.head in heads and m.actors]


def _owning_pair(view: DocView, mention: Mention, ctx: _Context) -> list[str]:
    """The two countries of a pair that owns a description: "the two countries' leaders",
    "the leaders of both sides", "negotiators from both sides", "business groups in both
    countries"."""
    token = view.doc[mention.head]
    owners = [c for c in token.children if c.dep_ == "poss"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
        for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        pair = ctx.places.by_head.get(owner.i)
        if pair is not None and pair.pronoun == "pair":
            countries = [a.country for a in _latest_pair(view, pair, ctx) if a.country]
            if len(countries) == 2:
                return countries
    return []


def _latest_pair(view: DocView, mention: Mention, ctx: _Context) -> tuple[Actor, ...]:
    """The pair a plural reference ("the two countries", "both sides") stands for, from this
    sentence or the two before it: the latest two actors named together ("Iran and Saudi
    Arabia agreed …, in a deal brokered by China. The two countries …"), else the two latest
    distinct countries — or, in a war inside one country, its two latest parties. A named side
    the knowledge base does not know ("the Southern Transitional Council") stops the search:
    the pair is unknown rather than reaching back to someone else.

    Whoever addresses the pair is not one of it ("Egypt urged both sides …"), and each side is
    its likeliest party among that country's mentions: a government or an armed force rather
    than the officials who reported on them."""
    seen: list[Actor] = []
    here = view.sent_of[mention.head]
    addressers = _addressers(view, mention)
    window: list[Mention] = []
    # two pairs in one sentence are two pairs: "truces brokered by the two countries have been
    # violated by both sides"
    taken = {a.code for m in ctx.done if m.pronoun == "pair" and m.group
             and view.sent_of[m.head] == here for a in m.group}
    for earlier in reversed(ctx.done):
        if here - view.sent_of[earlier.head] > 2:
            break
        if taken and earlier.actors and all(a.code in taken for a in earlier.actors):
            continue
        if earlier.pronoun is None and all(a.code is None for a in earlier.actors) and \
                view.doc[earlier.head].pos_ == "PROPN" and \
                (view.doc[earlier.head].ent_type_ in ("ORG", "") or (
                    view.doc[earlier.head].ent_type_ == "NORP" and
                    view.doc[earlier.head].tag_ == "NNPS")):
            # (an unknown sea, region or event — "the Aegean" — is no side)
            if len({a.country for a in seen}) < 2:
                return ()
            break
        if earlier.head in addressers or _mediating(view.doc[earlier.head]) or \
                view.doc[earlier.head].lemma_.lower() in _THIRD_PARTIES:
            continue
        window.append(earlier)
        seen += [a for a in earlier.actors if a.country and len(a.country) == 3
                 and a.country not in _NOT_STATES]
    together = _named_together(view, window)
    if together:
        return together
    countries: list[str] = []
    for actor in seen:
        if actor.country not in countries:
            countries.append(str(actor.country))
    if len(countries) < 2:
        # one country's war: its two latest parties of different kinds ("the army and the RSF")
        parties: list[Actor] = []
        for actor in seen:
            if actor.sector in _SIDES and all(actor.code != p.code for p in parties):
                parties.append(actor)
        return tuple(reversed(parties[:2])) if len(parties) > 1 else tuple(seen[:1])
    best = [min((a for a in seen if a.country == c), key=lambda a: _SIDE_RANK.get(a.sector, 2))
            for c in countries[:2]]
    if view.doc[mention.head].lemma_.lower() in _STATE_NOUNS:
        # "Ethiopian Airlines resumed flights to Eritrea … the two neighbours": the states,
        # not the airline that stood for one of them
        best = [a if a.sector in _SIDES or a.sector is None else
                replace(a, code=a.country, sector=None, name=None) for a in best]
    return tuple(reversed(best))


_STATE_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "state"})


def _named_together(view: DocView, window: list[Mention]) -> tuple[Actor, ...]:
    """The latest two actors of different codes coordinated in one phrase: 'Iran and Saudi
    Arabia', 'the army and the RSF'."""
    by_head = {m.head: m for m in window}
    for earlier in window:  # latest first
        token = view.doc[earlier.head]
        for other in token.conjuncts:
            partner = by_head.get(other.i)
            if partner is None or other.i < token.i:
                continue
            pair = [a for m in (earlier, partner) for a in m.actors if a.code]
            if len(pair) == 2 and pair[0].code != pair[1].code:
                return (pair[0], pair[1])
    return ()


_MEDIATING_VERBS = frozenset({"broker", "mediate", "host", "facilitate", "sponsor",
                              "arrange", "organise", "organize", "convene"})


def _mediating(token: Any) -> bool:
    """The one who brokers or hosts: 'Saudi Arabia' (and 'the US') in "talks brokered by
    Saudi Arabia and the US" or in "Saudi Arabia and the US mediated": no side."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() in _MEDIATING_VERBS
    return token.dep_ == "nsubj" and head.lemma_.lower() in _MEDIATING_VERBS


# how likely an actor of a country is one of "the two sides": states and armed forces first
# (a state itself before gunmen the story placed in it: "Serbia … the gunmen … both sides")
_SIDE_RANK = {"GOV": 0, "MIL": 0, "REB": 0, None: 1, "OPP": 1, "COP": 1, "UAF": 2}
_SIDES = frozenset({"GOV", "MIL", "REB", "UAF", "OPP", "COP"})


def _addressers(view: DocView, mention: Mention) -> set[int]:
    """The subjects of the verb a pair is the object of: 'Egypt' in "Egypt urged both
    sides", 'Saudi Arabia' and 'the United States' in "Saudi Arabia and the United States
    urged the warring parties"."""
    token = view.doc[mention.head]
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "called for calm and urged both countries …", "offered to mediate between the two
        # countries"
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
        subject = verb.head  # "Russia, …, called on both sides", parsed as a participle
    if subject is None:
        return set()
    return {int(subject.i), *(int(c.i) for c in subject.conjuncts)}


def attach_speakers(index: ActorIndex, speaker_at: SpeakerLookup) -> None:
    """Resolve "I", "we", "our" inside quotations to the quotation's speaker (after quotes are
    found, which needs the other actors first)."""
    view = index.view
    for mention in index.mentions:
        if mention.pronoun in ("speaker", "speaker-group") and mention.actor is None:
            _resolve_pronoun(view, mention, _Context(Places(view, {}, None)), speaker_at)
            if mention.actor is not None:
                index.register(mention)
