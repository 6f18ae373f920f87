"""Code the events of one parsed field: match, assign arguments, wrap, filter, build records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from tacitus.actors.mentions import ActorIndex
from tacitus.events.antecedents import (
    antecedent_doers,
    captor_of,
    clause_doer,
    document_owner_before,
    looks_back,
    others_meeting,
    previous_doer,
    previous_speaker,
)
from tacitus.events.arguments import (
    ACCUSING,
    HOLDING,
    act_done_to_of,
    agent_of,
    agent_of_noun,
    call_purpose,
    object_of,
    prep_object,
    subject_of,
)
from tacitus.events.build import build_event, clash_code, event_pairs, guest_of
from tacitus.events.context import EventContext
from tacitus.events.dates import before_story
from tacitus.events.drafts import (
    Draft,
    acted_on,
    light_verb_nouns,
    merge_purposes,
    pattern_words,
    settings_of,
    talked_about,
    vaguer_light_verbs,
)
from tacitus.events.kinds import (
    CIVILIAN_SIDES,
    POLITICAL_SECTORS,
    a_building,
    a_court,
    a_person,
    a_state,
    a_thing_that_kills,
    bombing_code,
    branded_hostile_act,
    crowd_of_protesters,
    electoral,
    generic_subject,
    named_as_place,
    names_people,
    own_craft,
    own_place,
    peacekeeping,
    politician,
    reciprocal,
    slogan,
    standing_leave,
    summoning_of,
    the_press,
    troops_of,
)
from tacitus.events.matcher import Candidate, match_sentence, other_targets, paired_alternative
from tacitus.events.participants import (
    actors_of,
    owner_actors,
    place_actors,
)
from tacitus.events.places import event_location
from tacitus.events.reading import (
    ENVOYS,
    Reading,
    deadline_given,
    journey_setting,
    phone_call,
    read_candidate,
    time_adjunct,
)
from tacitus.events.targets import (
    FORCE_ROOTS,
    MATERIAL_COOPERATION,
    MEMBERS_ONLY,
    VISITS,
    addressed_targets,
    doer_of_act,
    indirect_targets,
)
from tacitus.geo import Gazetteer
from tacitus.nlp.syntax import described_as_protesting
from tacitus.nlp.view import DocView
from tacitus.records import Actor, Event

__all__ = ["EventContext", "code_events"]

# relations two sides have with each other, whoever restores or mends them
_RELATIONS_ROOTS = frozenset({"04", "05", "06", "08"})
_VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
# what can only be held hostage in a figure of speech
_HELD_FIGURATIVELY = frozenset({
    "bloc", "country", "nation", "process", "economy", "region", "world", "union",
    "parliament", "government", "talks", "budget", "state", "city", "system", "party",
    "agenda", "election", "policy", "future", "negotiation", "alliance", "debate"})
# verbs by which an actor commits its own means
_SENDING = frozenset({"send", "deploy", "dispatch", "offer", "pledge", "contribute", "provide",
                      "supply", "station", "withdraw", "pull", "mobilize", "mobilise", "mass",
                      "move", "commit", "promise", "deliver", "ship", "airlift", "give",
                      "recall"})
# what an actor sends, deploys, offers or withdraws of its own: never whom the act is done to
_MEANS = frozenset({"troop", "soldier", "force", "peacekeeper", "police", "policeman",
                    "officer", "warship", "ship", "jet", "aircraft", "weapon", "arm",
                    "ammunition", "aid", "money", "fund", "delegation", "team", "mission",
                    "observer", "monitor", "personnel", "contingent", "unit", "battalion",
                    "ambassador", "envoy", "diplomat", "warplane", "plane", "drone",
                    "vessel", "boat", "bomber", "submarine", "frigate", "carrier"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself",
                         "yourself", "yourselves", "oneself"})


def code_events(view: DocView, actors: ActorIndex, ctx: EventContext) -> list[Event]:
    """Every event of ``view`` as :class:`Event` records, in text order."""
    events: list[Event] = []
    seen: set[tuple[int, str, str, str]] = set()
    for number, sent in enumerate(view.sents):
        here = replace(ctx, earlier=tuple(events)) if events else ctx
        tried = [(c, _draft(c, actors, here)) for c in match_sentence(sent, ctx.book)]
        found = [d for _, d in tried if d is not None]
        found += _mediations([c for c, d in tried if d is None], found, actors, here)
        # "urged Russia to withdraw": the wrapped event (0256) replaces urge's own appeal
        # (020); "refused to attack Ukraine" is neither an attack nor a rejection of Ukraine
        wrappers = {d.wrapper for d in found if d.wrapper is not None}
        drafts = merge_purposes([d for d in found if not d.silent])
        light = light_verb_nouns(drafts)
        vaguer = vaguer_light_verbs(drafts)
        # the acts a statement is about, a clause is set in, a verb acts on, or a pattern names
        told_elsewhere = talked_about(drafts) | settings_of(drafts) | acted_on(drafts) | \
            pattern_words(drafts)
        for draft in drafts:
            candidate = draft.candidate
            if id(draft) in vaguer or id(draft) in told_elsewhere:
                continue
            if draft.wrapper is None and (candidate.trigger.i in wrappers or (
                    candidate.verb.i in wrappers and not journey_setting(candidate)
                    and time_adjunct(candidate) is None)):
                continue
            if candidate.pattern.noun and draft.wrapper is None and \
                    light.get(candidate.trigger.i, "-").startswith(draft.code):
                continue  # the light verb's own event says it, as specifically
            for source, target in event_pairs(draft):
                if draft.code in VISITS and source.code == target.code:
                    continue  # "the Saudi crown prince hosted Saudi leaders": no visit
                if draft.code == "161" and source.country and \
                        source.country == target.country:
                    continue  # relations are broken with another state, never one's own
                if draft.code[:2] in _VIOLENT_ROOTS and target.how.startswith("context:") and (
                        source.code == target.code or a_thing_that_kills(source, target)
                        or own_craft(source, target)):
                    # "Azerbaijani forces shelled villages, killing two soldiers": a victim
                    # placed only by context is not of the attackers' own side
                    continue
                code = clash_code(draft, source, target)
                # one sentence tells one such event: "signed an agreement with X" is one
                key = (number, source.code or "", target.code or "", code)
                if key in seen:
                    continue
                seen.add(key)
                events.append(build_event(view, draft, source, target, ctx, len(events), code=code))
                # a visit has two sides: the guest's 042 and the host's 043
                mirror = "043" if draft.code == "042" and not own_place(source, target) and \
                    not a_building(target) else guest_of(draft, target)
                if mirror is not None:
                    other = build_event(view, draft, target, source, ctx, len(events), code=mirror)
                    hkey = (number, target.code or "", source.code or "", mirror)
                    if hkey not in seen:
                        seen.add(hkey)
                        events.append(other)
    return [e for e in events if e.confidence >= ctx.settings.min_confidence]


_ARMED = frozenset({"REB", "UAF", "CRM", "MIL"})
# people who bring the sides of talks together without being one
_GO_BETWEENS = frozenset({"mediator", "broker", "facilitator", "intermediary", "go-between"})
# verbs that reject a thing but remove a person ("dismissed the claims" / "the commander")
_REMOVING = frozenset({"dismiss", "suspend"})


def _mediations(candidates: list[Candidate], drafts: list[Draft], actors: ActorIndex,
                ctx: EventContext) -> list[Draft]:
    """"talks mediated by Saudi Arabia and the United States", "a truce Qatar brokered": the
    mediator (045) mediates between the sides of the event its noun names in the sentence."""
    found: list[Draft] = []
    for candidate in candidates:
        verb = candidate.verb
        if not candidate.pattern.code.startswith("045") or candidate.pattern.noun:
            continue
        noun = candidate.target if candidate.target is not None and \
            candidate.target.pos_ == "NOUN" else verb.head if verb.dep_ in (
                "acl", "relcl", "amod") else None
        # (or the verb whose purpose or frame the noun is: "met in Paris for U.S.-brokered
        # talks", "exchanged 150 prisoners each in a swap mediated by the UAE")
        told = next((d for d in drafts if noun is not None and not d.code.startswith("045")
                     and (d.candidate.start <= noun.i <= d.candidate.end or (
                         noun.dep_ == "pobj" and noun.head.lower_ in ("for", "in")
                         and noun.head.head.i == d.candidate.verb.i))), None)
        shell = _draft_one(candidate, actors, ctx, fill=True) if told is not None else None
        if told is None or shell is None:
            continue
        mediators = tuple(a for a in shell.sources if a.code is not None)
        codes = {a.code for a in mediators}
        parties: dict[str, Actor] = {}
        for side in (*told.sources, *told.targets):
            if side.code and side.code not in codes:
                parties.setdefault(side.code, side)
        if mediators and len(parties) > 1:
            found.append(replace(shell, sources=mediators, targets=tuple(parties.values()),
                                 symmetric=False, confidence=shell.confidence + 0.2))
    return found


def _hosted_for(candidate: Candidate, actors: ActorIndex, ctx: EventContext
                ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]] | None:
    """The host and the guest of talks someone is hosted or received for."""
    noun = candidate.trigger
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in _HOSTING:
        return None
    verb = prep.head
    host = actors_of(subject_of(verb), actors, ctx.gazetteer)
    guest = actors_of(object_of(verb), actors, ctx.gazetteer)
    if not host or not guest or {a.code for a in host} & {a.code for a in guest}:
        return None
    return host, guest


_HOSTING = frozenset({"host", "receive", "welcome", "invite"})


def _bombers(candidate: Candidate, reading: Reading, code: str, actors: ActorIndex,
             ctx: EventContext) -> tuple[Actor, ...]:
    """Whoever set off a bomb the text gives no owner: "a roadside bomb near Samarra killed a
    U.S. soldier" — an armed group of unknown affiliation (UAF) of the place where it went
    off (whose victims may be foreigners: no place, no bombers)."""
    verb = candidate.verb
    bomb = reading.source or next((c for c in verb.children if c.dep_ == "nsubj"), None) or \
        agent_of(verb)
    if reading.target is None or actors.at(reading.target.i) is None:
        return ()  # (whom it killed must be people the text names: "explosives killed a jackal")
    if code[:2] not in ("18", "19") or bombing_code(bomb) is None or bomb is None or \
            bomb.lemma_.lower() == "bomber" or any(
                c.dep_ == "poss" or actors.at(c.i) is not None for c in bomb.children):
        return ()
    # "a roadside bomb near Samarra", "killed four people at a market in Kabul"
    placed = place_actors(bomb, actors, ctx.gazetteer) or place_actors(
        candidate.verb, actors, ctx.gazetteer)
    if placed:
        country = placed[0].country
    else:
        place = event_location(actors.view, candidate.trigger, candidate.verb, ctx.gazetteer)
        country = place.country if place is not None else None
    if not country or len(country) != 3:
        return ()
    span = actors.view.span(bomb.left_edge.i, bomb.i + 1)
    return (Actor(f"{country}UAF", country, "UAF", None, span, "context:blast", 0.5),)


def _reported_clause(verb: Any) -> Any | None:
    """The clause a verb reports: its that-clause, or the clause in front of it ("the
    authorities fail refugees, a rights group protested")."""
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None and verb.dep_ in ("advcl", "parataxis", "ccomp") and \
            verb.head.i < verb.i and verb.head.dep_ == "ROOT" and \
            "," in (verb.left_edge.text, verb.doc[max(verb.left_edge.i - 1, 0)].text):
        said = verb.head
    return said


def _destination(candidate: Candidate, sources: tuple[Actor, ...], actors: ActorIndex,
                 ctx: EventContext) -> tuple[Actor, ...]:
    """Where a visit the text gives no destination went: "talks in Tokyo, the first such
    visit by a South Korean leader" — the place of the clause it sums up; "hours after a
    visit by French Foreign Minister Barrot" — the country the story is filed from, else the
    one it is about. A destination
    the text names but no country holds ("a trip to West Africa") is none of the story's."""
    trigger = candidate.trigger
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return ()
    place = event_location(actors.view, trigger, candidate.verb, ctx.gazetteer, visit=True)
    root = trigger.sent.root
    if place is None and trigger.head.i == root.i and trigger.left_edge.i > 0 and \
            trigger.doc[trigger.left_edge.i - 1].text == ",":
        place = event_location(actors.view, root, root, ctx.gazetteer, visit=True)
    homes = {a.country for a in sources}
    # (a story filed from N'Djamena is set in Chad, however often it names France)
    setting = actors.setting if actors.setting not in homes else None
    host = place.country if place is not None and place.country else (setting or actors.focus)
    if host is None or host in homes:
        return ()
    span = actors.view.span(trigger.i, trigger.i + 1)
    return (Actor(host, host, None, None, span, "context:story", 0.4),)


def _fought_thing(candidate: Candidate) -> bool:
    """"India and Pakistan are fighting terrorism": a fight against a thing that is no war
    is not one against each other ("fought three wars" is)."""
    target = candidate.target
    return candidate.pattern.code[:2] in FORCE_ROOTS and candidate.pattern.obj is None and \
        target is not None and target.pos_ == "NOUN" and target.lemma_.lower() not in _WARS


# what two sides fight against each other
_WARS = frozenset({"war", "battle", "clash", "skirmish", "duel", "conflict", "fight"})


def _draft(candidate: Candidate, actors: ActorIndex, ctx: EventContext) -> Draft | None:
    draft = _draft_one(candidate, actors, ctx, fill=False)
    if draft is None and not candidate.pattern.paired:
        # no target for the largest pattern: two or more doers may do it together
        alternative = paired_alternative(candidate, ctx.book)
        if alternative is not None:
            draft = _draft_one(alternative, actors, ctx, fill=False)
            if draft is not None and draft.targets is not draft.sources:
                draft = None  # only the pairing reading, not another target
    if draft is None and candidate.target is not None:
        # "rallied outside parliament against a draft law": a target that is an actor
        draft = next((d for d in (_draft_one(other, actors, ctx, fill=False)
                                  for other in other_targets(candidate, ctx.book))
                      if d is not None), None)
    if draft is None and not ctx.settings.require_dyad:
        draft = _draft_one(candidate, actors, ctx, fill=True)
    return draft


def _city_country(token: Any | None, actors: ActorIndex, gazetteer: Gazetteer | None
                  ) -> tuple[Actor, ...]:
    """The country of a city a mission is in: "reopened its consulate in Istanbul"."""
    if token is None or gazetteer is None or token.pos_ != "PROPN":
        return ()
    start = min((c.i for c in token.lefts if c.dep_ == "compound"), default=token.i)
    found = gazetteer.lookup([t.text for t in token.doc[start:token.i + 1]])
    if found is None or found.country is None:
        return ()
    span = actors.view.span(start, token.i + 1)
    return (Actor(found.country, found.country, None, found.name, span, "place", 0.6),)


def _warned(reading: Reading, sources: tuple[Actor, ...], actors: ActorIndex,
            ctx: EventContext) -> tuple[Actor, ...]:
    """The one a threat is told to when the threatened act names no target of its own:
    "warned South Korea that it would retaliate against any provocation"."""
    own = {a.code for a in sources}
    return tuple(a for a in actors_of(reading.warned, actors, ctx.gazetteer)
                 if a.code not in own)


def _draft_one(candidate: Candidate, actors: ActorIndex, ctx: EventContext, *, fill: bool
               ) -> Draft | None:
    """A draft from one candidate; ``fill`` puts placeholders for missing actors (when the
    settings do not require a dyad)."""
    pattern = candidate.pattern
    if not pattern.noun and slogan(candidate.trigger):
        return None  # "spoke out against Defund the Police": a campaign's name
    reading = read_candidate(candidate, ctx.book)
    code = reading.code
    if pattern.thing and reading.wrapper is None:
        return None  # "loans" alone are no event; "asked Japan for loans" is
    if pattern.code == "080" and pattern.anchor in _LEAVE_VERBS and standing_leave(candidate.verb):
        return None
    if pattern.code == "041" and pattern.anchor == "call" and not pattern.noun and \
            (candidate.target is None or actors.at(candidate.target.i) is None or
             not phone_call(candidate.verb, candidate.target)):
        # "called Putin a war criminal", "called supporters to the streets", "called elections"
        if not branded_hostile_act(candidate):
            return None
        # "called the attack another manifestation of Russian madness": whatever the words,
        # a hostile act named so is condemned (the words of the bundled verdicts decide
        # the rest)
        candidate = replace(candidate, pattern=replace(pattern, code="111", symmetric=False))
        pattern = candidate.pattern
        reading = read_candidate(candidate, ctx.book)
        code = reading.code
    if pattern.code.startswith("084") and candidate.target is not None and \
            candidate.target.lemma_.lower() in ENVOYS:
        return None  # "ordered the return of the diplomats": a recall, not a release
    if pattern.text == "order X" and candidate.target is not None and \
            candidate.target.pos_ == "NOUN" and actors.at(candidate.target.i) is None and \
            candidate.target.lemma_.lower() in ctx.book.nouns:
        return None  # "ordered the recall of its ambassador": the act ordered is coded itself
    if pattern.code == "139" and pattern.anchor == "give" and not deadline_given(candidate.verb):
        return None  # "gave speeches on the first day" sets no deadline
    giver = candidate.verb.head if candidate.verb.head.pos_ in ("VERB", "AUX") else \
        candidate.verb.head.head
    if candidate.verb.dep_ in ("advcl", "xcomp", "relcl", "acl") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in candidate.verb.children) and \
            giver.lemma_.lower() == "give" and deadline_given(giver):
        return None  # "gave the rebels 48 hours to lay down their arms": asked of them, not done
    if ctx.quote_at is not None and ctx.quote_at(candidate.trigger.i) is not None and \
            generic_subject(reading.source, candidate.verb):
        return None  # "terrorists seek to destroy our freedoms," he said: a kind, not an act
    confidence = (0.6 if pattern.weak else (0.8 if pattern.noun else 0.9)) - reading.penalty
    if reading.modality == "hypothetical" and not ctx.settings.keep_hypothetical:
        return None
    if reading.negated and not ctx.settings.keep_negated:
        if reading.wrapper is None:
            return None
        return Draft(code, reading.rule, (), (), False, True, reading.modality, False, 0.0,
                      candidate, reading.wrapper, silent=True)
    view = actors.view
    sent_ents = view.sent_ents[view.sent_of[candidate.trigger.i]]
    historical = reading.historical or before_story(candidate.trigger, candidate.verb, ctx.date,
                                                    sent_ents)
    if historical and not ctx.settings.keep_historical:
        return None  # background ("the 2003 invasion"), not what the story reports
    sources = actors_of(reading.source, actors, ctx.gazetteer) or _bombers(
        candidate, reading, code, actors, ctx)
    if pattern.noun and code[:2] == "04" and (
            others_meeting(candidate.trigger, sources, ctx.earlier, view) or (
                reading.source is not None and reading.source.lemma_.lower() in _GO_BETWEENS)):
        # (nor are "mediators from Egypt, Qatar and Turkey" who announced a deal "after talks"
        # the sides of those talks)
        return None
    # a capital visited, shelled, attacked or withdrawn from is the place, not the
    # government there
    targets = actors_of(reading.target, actors, ctx.gazetteer,
                        place=code in VISITS or code[:2] in FORCE_ROOTS or (
                            code.startswith("087") and pattern.target == "from") or (
                            # "a curfew in Dar es Salaam" (but a protest in the capital is
                            # against its government, an embassy there is with it)
                            pattern.target == "in" and code[:2] == "17"),
                        patient=not doer_of_act(pattern))
    if not targets and code[:2] == "16":
        # "imposed sanctions targeting Iranian oil exports": the measure's aim says at whom
        aimed = next((g for t in candidate.verb.subtree if t.lemma_.lower() == "target"
                      and t.tag_ == "VBG" and t.dep_ in ("acl", "advcl")
                      for g in t.children if g.dep_ == "dobj"), None)
        targets = actors_of(aimed, actors, ctx.gazetteer) or owner_actors(
            aimed, actors, ctx.gazetteer, avoid=sources)
    if not targets and pattern.target == "in" and pattern.obj in _MISSIONS:
        targets = _city_country(reading.target, actors, ctx.gazetteer)
    if pattern.obj is not None and pattern.target is None and reading.target is not None and \
            reading.target.lemma_.lower() in _MEANS and pattern.anchor in _SENDING:
        targets = ()  # "offered to send troops": its own troops; whose aid is looked for below
    if pattern.code == "181" and "hostage" in pattern.text and reading.target is not None and \
            any(t.lemma_.lower() in _HELD_FIGURATIVELY for t in reading.target.subtree):
        return None  # "was holding the whole bloc hostage": a figure of speech
    if targets and code in _EXPULSIONS and pattern.anchor in ("expel", "order") and all(
            t.how.startswith("context:") and t.country in {a.country for a in sources}
            for t in targets):
        targets = ()  # "Russia expelled two diplomats": someone else's, whoever they are
    if code[:2] == "15" and pattern.obj is not None and pattern.target is None and \
            all(t.country in {a.country for a in sources} for t in targets):
        targets = ()  # "put its troops on high alert": its own forces are readied, not aimed at
    # "blew themselves up", "killed nine others and themselves": no act on oneself
    targets = tuple(t for t in targets if t.span.text.lower() not in _REFLEXIVES)
    doers = {a.code for a in sources}
    if len(doers) > 1 and not pattern.symmetric and not pattern.paired:
        # "a truce proposed by the United States, Saudi Arabia and Egypt": one proposer is
        # not what the others propose it to
        targets = tuple(t for t in targets if t.code not in doers)
    if code[:2] in ("02", "10") and code.endswith("53") and reading.target is not None:
        # "called for the release of hostages held by Hamas": asked of whoever holds them
        holder = next((agent_of(c) for c in reading.target.children if c.dep_ == "acl"
                       and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING), None)
        held_by = actors_of(holder, actors, ctx.gazetteer)
        if held_by:
            targets = held_by
        else:
            # "Iran's navy seized a tanker … demanded the release of the vessel": asked of the
            # captor the text told before
            captors = tuple(a for a in actors_of(captor_of(reading.target, view), actors,
                                                 ctx.gazetteer)
                            if a.code not in {s.code for s in sources})
            targets = captors or targets
    if code in ("074", "0334") and reading.target is not None and \
            reading.target.lemma_.lower() in _FRONTIERS:
        # "sent troops to the Belarus border", "will deploy soldiers to its border with
        # Belarus": a build-up facing the neighbour (154), no protection of it
        homes = {a.country for a in sources}
        facing = actors_of(prep_object(reading.target, "with"), actors, ctx.gazetteer) or \
            owner_actors(reading.target, actors, ctx.gazetteer, avoid=sources) or targets
        targets = tuple(a for a in facing if a.country not in homes)
        if not targets:
            return None
        code = "154"
    if code in VISITS and pattern.anchor in _HOSTING and targets and \
            all(a.sector == "REF" or (a.sector == "CVL" and a.role is None)
                or a.how == "words:country+vehicle" for a in targets):
        # "Bangladesh, which hosts a million Rohingya refugees", "camps to receive the
        # returnees": a refuge, no visit; "received a shipment of U.S. missiles": a delivery
        return None
    if code == "042" and troops_of(reading.source):
        # troops arriving somewhere are no visit: peacekeepers are protection (074), other
        # forces a movement the dictionary codes elsewhere
        if not peacekeeping(reading.source):
            return None
        code = "074"
    if reading.claim and {a.code for a in targets} & {a.code for a in sources}:
        # "X claimed that it had attacked Y": X claims responsibility for the attack on Y
        code = "015"
        targets = actors_of(candidate.target, actors, ctx.gazetteer) or owner_actors(
            candidate.target, actors, ctx.gazetteer, avoid=sources)
    if (pattern.noun or (not sources and pattern.symmetric)) and pattern.target == "between" and \
            len(targets) > 1 and \
            not _overlap(sources, targets):
        # "hosted talks between Colombia and the rebels", "arranged a meeting between A and
        # B": the talks are the two sides'; whoever hosts or arranges them is not a side (a
        # gerund the parser makes a verb, "Fighting between A and B …", has no one else)
        if reading.wrapper is not None:
            return None
        sources = targets
    if not pattern.noun and pattern.obj is not None and code[:2] in _RELATIONS_ROOTS and \
            code != "045":  # a mediator is no side: "a deal brokered between A and B"
        sides = _between(candidate, actors, ctx)
        if len(sides) > 1 and not _overlap(sources, sides):
            # "brokered a deal to normalise ties between Chad and Qatar", "helped to
            # restore ties between Qatar and Saudi Arabia": the relations are the two sides'
            sources = targets = sides
    summons = summoning_of(candidate.verb)
    if summons is not None and code[:2] in ("11", "14") and reading.wrapper is None:
        # "summoned the US ambassador to lodge a protest", "… to complain of inaction": a
        # complaint by whoever summoned, to whoever was summoned
        summoner = actors_of(subject_of(summons), actors, ctx.gazetteer)
        summoned = actors_of(object_of(summons), actors, ctx.gazetteer)
        if summoner and summoned:
            sources, targets = summoner, summoned
    if pattern.code == "0874" and pattern.obj is None and targets and \
            all(t.code and t.code.startswith("IGO") for t in targets):
        # "would withdraw from the bloc ECOWAS": a state leaving a body of states cuts its
        # ties, no retreat of troops
        candidate = replace(candidate, pattern=replace(pattern, code="160"))
        pattern = candidate.pattern
        reading = read_candidate(candidate, ctx.book)
        code = reading.code
    if pattern.text == "target X" and sources and targets and \
            all(a.sector in ("GOV", "JUD", "COP") for a in sources) and \
            all(t.name or t.sector == "MED" for t in targets):
        # "Gershkovich was targeted by the government because he was a journalist": a
        # person singled out, no armed force
        return None
    if code == "1711" and pattern.anchor == "raid" and sources and \
            all(a.sector in ("MIL", "REB", "UAF") for a in sources):
        code = "190"  # "troops raided the city of Nablus": armed force, not a police search
    protest = code == "141" and pattern.anchor == "protest" and not pattern.noun
    reported = _reported_clause(candidate.verb) if protest else None
    if reported is not None:
        # "a rights group protested that the authorities fail refugees", "the authorities
        # fail refugees, a rights group protested": words against whoever they are about
        code = "111"
        about = next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        targets = tuple(a for a in actors_of(about, actors, ctx.gazetteer)
                        if a.code not in {s.code for s in sources}) or targets
    elif protest and sources and \
            all(a.sector == "GOV" or (a.sector is None and a.how in ("kb:country", "kb:capital"))
                for a in sources):
        code = "114"  # "Pakistan protested the killings": a state complains; crowds rally
    if code == "036" and not pattern.noun and _between_others(candidate, sources, actors, ctx):
        code = "026"  # "France proposed a meeting between Russia and Ukraine": others to meet
    if not ctx.ontology.has_code(code):
        return None
    # an intent, refusal, appeal or threat is one side's: "X will not sign a deal with Y"
    symmetric = pattern.symmetric and reading.code == pattern.code and reading.wrapper is None
    if len(sources) > 1 and targets and {t.country for t in targets} <= {
            s.country for s in sources} and all(t.how in _OWNED or (
                t.how.startswith("context:") and code[:2] in MATERIAL_COOPERATION
                and t.sector not in _PEOPLE) for t in targets):
        # "the two countries will reopen their embassies", "A and B agreed to reopen
        # embassies": in each other
        targets = sources
    if len(sources) > 1 and targets and pattern.noun and code[:2] in ("03", "08") and \
            _agreed_together(candidate, reading) and \
            all(named_as_place(view, t) for t in targets):
        targets = ()  # "Israel and Hamas agreed to a truce in Gaza": with each other, there
    if not targets and len(sources) > 1 and not reading.claim and (
            (pattern.paired and not _fought_thing(candidate))
            or _agreed_together(candidate, reading) or reciprocal(reading.target)):
        targets = sources  # "A and B accused each other": each side the other's target
    if pattern.text in _RETALIATIONS:
        # "vowed to respond to the attack", "to avenge the deaths": against whoever did what
        # the text told before; what is answered is no target ("respond to Russia's
        # proposal", "avenge Soleimani" name none)
        targets = antecedent_doers(reading.target, sources, ctx.earlier, view)
        answered = reading.target
        if not targets and answered is not None and answered.lemma_.lower() in _PROVOCATIONS:
            # "threatened to respond to joint drills by the US": whoever holds the drills
            # (the parser may hang "by the US" on the verb, right after the noun)
            verb = answered.head.head
            stranded = any(c.dep_ == "prep" and c.lower_ == "by" and
                           c.i == answered.right_edge.i + 1 for c in verb.children)
            doer = agent_of_noun(answered) or (prep_object(verb, "by") if stranded else None)
            targets = tuple(a for a in actors_of(doer, actors, ctx.gazetteer)
                            if a.code not in {s.code for s in sources})
        if not targets:
            targets = _warned(reading, sources, actors, ctx)
        if not targets:
            return None
        confidence -= 0.2
    if not targets and sources:
        targets = _warned(reading, sources, actors, ctx)
    if code.startswith("115") and pattern.target is None and not pattern.noun:
        # "filed a case at the ICJ accusing Israel of genocide": against the accused, not
        # the court it is filed with
        accused = next((object_of(c) for c in candidate.verb.children
                        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ACCUSING), None)
        if accused is not None:
            targets = actors_of(accused, actors, ctx.gazetteer) or targets
        targets = tuple(t for t in targets if not a_court(t))
    if not targets and sources and call_purpose(candidate.verb):
        # "phoned Netanyahu to urge restraint": what the call was for is aimed at the one called
        targets = tuple(a for a in actors_of(object_of(candidate.verb.head), actors,
                                             ctx.gazetteer)
                        if a.code not in {s.code for s in sources})
    if not targets and sources and not reading.claim:
        targets = indirect_targets(candidate, code, reading.target, sources, actors, ctx.gazetteer)
        if code.startswith("115"):
            targets = tuple(t for t in targets if not a_court(t))
        confidence -= 0.1 if targets else 0.0
    if not targets and sources and looks_back(code) and reading.wrapper is None:
        # "Iran condemned the raid", "Tehran rejected the accusation": whoever carried out
        # the raid or made the accusation told before
        described = reading.target if pattern.obj is None else object_of(candidate.verb)
        targets = antecedent_doers(described, sources, ctx.earlier, view)
        # "…, a move Belgrade condemned": whoever did what it sums up; "Sall postponed the
        # vote. The opposition denounced the delay": whoever acted in the sentence before
        doer = (clause_doer(candidate.verb) or previous_doer(described, ctx.earlier, view)
                or previous_speaker(described, view)
                or document_owner_before(described, view)) \
            if not targets else None
        if doer is not None:
            targets = tuple(a for a in actors_of(doer, actors, ctx.gazetteer)
                            if a.code not in {s.code for s in sources})
        confidence -= 0.2 if targets else 0.0
    if not targets and sources and reading.wrapper is None:
        targets = addressed_targets(candidate, code, sources, actors, ctx.gazetteer)
    if pattern.anchor in MEMBERS_ONLY and pattern.obj is None and \
            reading.target is not None and act_done_to_of(reading.target):
        return None  # "ordered the arrest of X": the arrest is coded, no demand on X
    if pattern.anchor in _REMOVING and pattern.obj is None and a_person(reading.target, actors):
        if pattern.anchor != "suspend" or not sources or \
                any(a.sector not in ("JUD", "LEG") for a in sources):
            return None  # "dismissed the army commander": a removal from office, no rejection
        # "the Constitutional Court suspended the prime minister from duty": a sanction
        code = "172"
    if pattern.anchor == "challenge" and electoral(candidate.verb):
        return None  # "ran in the primaries, challenging the president": a contest, not defiance
    if code[:2] == "12" and pattern.anchor in ("decline", "refuse") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _COMMENTING for c in candidate.verb.children):
        code = "011"  # "asked about it, he declined to comment": no comment, not a rejection
    if pattern.anchor == "agree" and pattern.target in ("on", "upon") and targets is not sources:
        # "failed to agree on Gaza", "on sanctions against Russia": what is agreed on is the
        # topic, no side (the sides are the subjects: "A and B agreed on a plan")
        targets = ()
    if code[:2] == "04" and pattern.noun and pattern.symmetric and not targets:
        guest = _hosted_for(candidate, actors, ctx)
        if guest:
            # "Yeltsin hosted Hashimoto for an informal meeting": the host and the guest meet
            sources, targets = guest
    if code == "042" and pattern.noun and sources and not targets:
        targets = _destination(candidate, sources, actors, ctx)
        confidence -= 0.2 if targets else 0.0
    if code in _HOME_MEASURES and sources and not targets and \
            not _against_disaster(candidate, actors.view):
        # a government's curfew on "the capital", its emergency rule with no place named: on
        # its own country
        targets = _own_country(sources, candidate, actors)
        confidence -= 0.2 if targets else 0.0
    if fill:
        sources = sources or (_unresolved(reading.source, candidate, actors),)
        targets = targets or (_unresolved(reading.target, candidate, actors),)
        confidence -= 0.3
    if code[:2] in ("04", "13") and targets and all(the_press(a) for a in targets):
        # "spoke to the press", "met reporters": a public statement, not talks; "warned
        # reporters that …" threatens no one
        return None
    if not sources or not targets:
        return None
    if code[:2] in FORCE_ROOTS and (candidate.trigger.lemma_.lower() in _VERBAL_ATTACKS
                                     or candidate.pattern.obj in _VERBAL_ATTACKS) and \
            sources and targets and all(politician(a) or a.sector in _PARTIES for a in sources) \
            and all(politician(a) or a.sector in POLITICAL_SECTORS for a in targets):
        # "Harris attacked Biden during the debates", "the opposition party launched an
        # attack on the government over the budget": words, not force
        code = "111"
    own_subject = next((c for c in candidate.verb.children if c.dep_ == "nsubj"), None)
    bombing = (bombing_code(reading.source) or bombing_code(own_subject) or
               bombing_code(agent_of(candidate.verb))) \
        if code in ("190", "180", "200") else None
    if bombing is not None:
        code = bombing  # "a suicide bomber killed 12 soldiers": a bombing, not combat
    if code == "111" and pattern.obj == "shot" and sources and \
            all(a.sector in _ARMED | {"COP"} for a in sources):
        code = "193"  # "soldiers took shots at the protesters": gunfire, not words
    if code == "112" and pattern.anchor == "charge" and sources and \
            all(a.sector in ("JUD", "COP") for a in sources):
        code = "115"  # "prosecutors charged the suspect": a legal action, not a verbal charge
    if code == "145" and sources and all(a.sector in _ARMED | {"COP"} or a_state(a)
                                         for a in sources):
        # "militants stormed a hotel", "police stormed the embassy", "Ecuador storms Mexican
        # embassy": an armed assault, not a riot (a state's forces use conventional force)
        code = "190" if all(a.sector in ("MIL", "COP") or a_state(a) for a in sources) \
            else "180"
    if code == "143" and pattern.anchor == "strike" and not pattern.noun and sources and \
            all(a.sector in _ARMED | {"COP"} or a_state(a) for a in sources):
        code = "190"  # "warplanes struck against rebel positions": force, not a walkout
    if code in ("1711", "173") and pattern.anchor in _TAKING and pattern.obj is None and \
            names_people(reading.target, actors):
        # "gunmen seized 30 villagers", "militants captured two soldiers": people taken by an
        # armed group are abducted; by a state's police or forces, arrested or detained
        code = "173" if all(a.sector in _STATE_AGENCIES or a_state(a) for a in sources) \
            else "181"
    elif code in ("1711", "173") and pattern.anchor in _TAKING and pattern.obj is None and \
            targets and all(a.sector is None and a.code == a.country for a in targets) and \
            all(a.sector in _ARMED or a_state(a) for a in sources):
        code = "192"  # "M23 rebels seized Goma", "Russia captured Crimea": ground taken
    if code in ("190", "180") and targets and \
            all(a.sector in ("COP", "MIL") for a in sources) and \
            (all(crowd_of_protesters(a) for a in targets) or (
                all(a.sector in CIVILIAN_SIDES for a in targets) and
                reading.target is not None and described_as_protesting(reading.target))):
        # "police used force against protesters", "opened fire on students protesting
        # against job quotas": violent repression
        code = "175"
    return Draft(code, reading.rule, sources, targets, symmetric, reading.negated,
                  reading.modality, historical, confidence, candidate, reading.wrapper)


# what a government imposes at home: curfews, a state of emergency, martial law (but an
# emergency declared against a storm or an epidemic coerces no one)
_HOME_MEASURES = frozenset({"1723", "1724"})
_DISASTERS = frozenset({
    "hurricane", "storm", "typhoon", "cyclone", "flood", "flooding", "earthquake", "wildfire",
    "fire", "drought", "outbreak", "epidemic", "pandemic", "virus", "coronavirus", "covid-19",
    "covid", "disease", "measles", "ebola", "cholera", "heatwave", "snowstorm", "tornado",
    "eruption", "tsunami", "landslide", "blizzard", "quake", "aftershock"})


def _against_disaster(candidate: Candidate, view: DocView) -> bool:
    """Whether the sentence of a measure, or one of the two before it, speaks of a storm,
    a flood or an epidemic."""
    here = view.sent_of[candidate.trigger.i]
    return any((t.lemma_.lower() in _DISASTERS or t.lower_ in _DISASTERS) and
               t.pos_ in ("NOUN", "PROPN")  # (not "gangs stormed the prison")
               for sent in view.sents[max(0, here - 2):here + 1] for t in sent)


def _own_country(sources: tuple[Actor, ...], candidate: Candidate, actors: ActorIndex
                 ) -> tuple[Actor, ...]:
    """The one country of governments (or their forces) that impose a measure at home."""
    homes = {a.country for a in sources if a.sector in _STATE_AGENCIES}
    if len(homes) != 1 or not all(a.country in homes for a in sources):
        return ()
    home = next(iter(homes))
    if not home or len(home) != 3 or home in ("IGO", "NGO", "---"):
        return ()
    span = actors.view.span(candidate.trigger.i, candidate.end + 1)
    return (Actor(home, home, None, None, span, "context:home", 0.5),)


_FRONTIERS = frozenset({"border", "frontier", "boundary"})
# verbs that take whatever they are given: property, places, or people
_TAKING = frozenset({"seize", "capture"})
_STATE_AGENCIES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# answers in force to an earlier act, which name the act, not its doer
_RETALIATIONS = frozenset({"retaliate for X", "respond to X", "avenge X", "retaliation/n for X",
                           "retaliate", "strike back"})
# armed acts whose doer an answer to them is aimed at, when the text names the doer
_PROVOCATIONS = frozenset({"attack", "drill", "exercise", "strike", "provocation", "aggression",
                           "incursion", "deployment", "test", "launch", "raid", "shelling"})
# a country's missions abroad: "reopened its consulate in Istanbul" is towards Turkey
_MISSIONS = frozenset({"embassy", "consulate"})
# expulsions: of another country's people
_EXPULSIONS = frozenset({"161", "174", "1661", "1663"})
# targets that are the sources' own ("their embassies")
_OWNED = frozenset({"context:owner", "context:owners"})
# people of a country two sides act on, no side of theirs: "committed to protect civilians"
_PEOPLE = frozenset({"CVL", "REF"})


def _agreed_together(candidate: Candidate, reading: Reading) -> bool:
    """"India and China agreed to pull back troops": what several sides agree to do with no
    one else named, each agrees to towards the others."""
    if reading.wrapper is None:
        return False
    wrapper = candidate.verb.doc[reading.wrapper]
    return wrapper.lemma_.lower() in ("agree", "consent") and not any(
        c.dep_ == "neg" for c in wrapper.children)


_COMMENTING = frozenset({"comment", "answer", "respond", "reply", "elaborate", "speak",
                         "say", "discuss", "confirm"})


def _between_others(candidate: Candidate, sources: tuple[Actor, ...], actors: ActorIndex,
                    ctx: EventContext) -> bool:
    """Is the meeting a light verb names one "between" others, not the subject's own?"""
    meeting = next((c for c in candidate.verb.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lemma_.lower() == candidate.pattern.obj), None)
    between = next((c for c in meeting.children if c.dep_ == "prep" and c.lower_ == "between"),
                   None) if meeting is not None else None
    pobj = next((c for c in between.children if c.dep_ == "pobj"), None) if between else None
    if pobj is None:
        return False
    members = actors_of(pobj, actors, ctx.gazetteer)
    return len(members) > 1 and not _overlap(members, sources)


def _between(candidate: Candidate, actors: ActorIndex, ctx: EventContext) -> tuple[Actor, ...]:
    """The actors of a "between" phrase on a verb's object or on the verb itself."""
    for holder in (candidate.target, candidate.verb):
        if holder is None:
            continue
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "between"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return actors_of(pobj, actors, ctx.gazetteer)
    return ()


def _overlap(ones: Iterable[Actor], others: Iterable[Actor]) -> bool:
    """Does any actor stand on both sides? Two named people are two, whatever their codes
    (an envoy who arranges talks between two presidents is no side)."""
    others = list(others)
    return any(a.code == b.code and not (a.name and b.name and a.name != b.name)
               for a in ones for b in others)


_LEAVE_VERBS = frozenset({"allow", "permit"})
_VERBAL_ATTACKS = frozenset({"attack", "assail", "target", "hit"})
_PARTIES = frozenset({"OPP", "PTY", "LEG"})  # bodies that fight with words


def _unresolved(token: Any | None, candidate: Candidate, actors: ActorIndex) -> Actor:
    """A placeholder actor (null code) for an argument that is missing or unresolved."""
    view = actors.view
    if token is None:
        span = view.span(candidate.trigger.i, candidate.trigger.i + 1)
        return Actor(None, None, None, None, span, "missing", 0.0)
    left = min(t.i for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "prep"))
    span = view.span(min(left, token.i), token.i + 1)
    return Actor(None, None, None, None, span, "unresolved", 0.0)
