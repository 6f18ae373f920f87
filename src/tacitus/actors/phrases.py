"""Phrase rules that change what the knowledge matches of a sentence mean.

* "ethnic Albanians in Serbia" are a civilian group of the place the text puts them in;
* "Judge Victor Marrero" is not Manuel Marrero (a known surname after another given name);
* "the Bush administration", "the Assad regime", "Putin's government": a government named by
  its leader is that leader's country's government (GOV), whatever the date;
* "Amhara militias" are the Amhara people, "in Amhara" the region; "Luo Gan" is nobody's people;
* "The Homeland Union (Conservatives)": a parenthesised alias after an organisation's unknown
  name is that organisation, not an actor of its own;
* the words that make a group of people follow someone ("supporters of X") or lead a people
  ("Yoruba leaders"), and the sector such groups take.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from tacitus.actors.knowledge import SectorTerm
from tacitus.actors.lexicon import Entry, Lexicon, Match, national_countries
from tacitus.actors.resolve import UNKNOWN_COUNTRY, Resolution, compose

__all__ = [
    "FOLLOWERS",
    "PERSON_NOUNS",
    "community_elite",
    "ethnic_in_place",
    "feature_name",
    "follower_sector",
    "followers",
    "leader_governments",
    "namesake",
    "parenthetical_aliases",
    "people_or_place",
]

# words for a government that can be named by its leader: "the Obama administration"
GOVERNMENT_WORDS = frozenset({"administration", "government", "regime", "cabinet"})
# a group defined by whom it follows: "supporters of Mugabe", "Gbagbo loyalists"
FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "partisan", "sympathizer",
                       "sympathiser"})
# nouns for people that are no sector words: "Ibo elders", "Hausa politicians"
PERSON_NOUNS = frozenset({
    "elder", "politician", "man", "woman", "child", "family", "community", "minority",
    "diaspora", "exile", "nationalist", "intellectual", "notable", "chief", "chieftain",
    "dignitary", "figure", "leader", "leadership", "member", "representative", "delegation",
    "delegate", "tribe", "clan", "group", "faction", "movement",
})
# a people's leaders hold no state office by being so: "Yoruba leaders" are elites (ELI)
_COMMUNITY_ELITES = frozenset({
    "leader", "leadership", "elder", "chief", "chieftain", "notable", "politician", "figure",
    "dignitary", "king", "queen", "monarch", "ruler",
})
_HONORIFICS = frozenset({"Al", "El", "Mr", "Mrs", "Ms", "Dr", "Sir", "Sheikh", "Gen", "General",
                         "President", "Premier", "Prime", "Minister", "King", "Queen"})
_PLACE_NOUNS = frozenset({
    "region", "state", "province", "area", "city", "town", "village", "district", "zone",
    "territory", "country", "homeland", "capital", "county", "municipality",
})
_DESCRIPTIONS = frozenset({"country", "adjective", "demonym", "capital", "sector", "ethnic"})
_NAMED_ELSEWHERE = frozenset({"country", "adjective", "demonym", "capital", "seat", "org",
                              "ethnic"})


_ETHNIC = SectorTerm("ethnic group", "CVL", "group", "pl")
_ETHNIC_FIGHTERS = SectorTerm("ethnic armed group", "REB", "group", "pl")
# the armed of a people: "ethnic Armenian forces", "ethnic Serb fighters"
_ARMED_HEADS = frozenset({"force", "fighter", "militia", "militiaman", "troop", "soldier",
                          "gunman", "separatist", "rebel", "army"})


def ethnic_in_place(doc: Any, match: Match) -> Match:
    """'ethnic Albanians in Serbia' are not Albania: an ethnic group is a civilian group of the
    country the text puts it in (found like 'protesters' are)."""
    entry = match.first("demonym", "adjective")
    if entry is None:
        return match
    ethnic = match.start > 0 and doc[match.start - 1].lower_ == "ethnic"
    head = doc[match.end - 1].head
    # "the Albanian population of the province" ("population" is a civilian sector word)
    community = doc[match.end - 1].dep_ in ("amod", "compound") and \
        head.lemma_.lower() == "population"
    if not (ethnic or community):
        return match
    if head.lemma_.lower() in _ARMED_HEADS:
        # "ethnic Armenian forces": an armed group of the minority, not the state's army
        fighters = Entry("sector", "REB", f"ethnic {entry.name} fighters",
                         sector_term=_ETHNIC_FIGHTERS)
        return Match(match.start, match.end, (fighters,))
    group = Entry("sector", "CVL", f"ethnic {entry.name}", sector_term=_ETHNIC)
    return Match(match.start, match.end, (group,))


def namesake(doc: Any, match: Match) -> Match:
    """'Judge Victor Marrero' is not Manuel Marrero: a surname known to the knowledge base,
    after a different given name, is somebody else of that name."""
    if match.end - match.start != 1 or not match.first("person"):
        return match
    # the other name is inside the same PERSON entity ("President Obama": a title is not);
    # a given name known as an alias, before another surname, is somebody else too: "Chadli
    # Klibi" is not Chadli Bendjedid
    before = doc[match.start - 1] if match.start > 0 else None
    after = doc[match.end] if match.end < len(doc) else None
    if before is not None and _same_name(before) and doc[match.start].ent_iob_ == "I":
        other = before
    elif after is not None and _same_name(after) and after.ent_iob_ == "I":
        other = after
    else:
        # "Judge Marrero dismissed the lawsuit", after "Judge Victor Marrero": the surname
        # stands for the namesake the article introduced earlier
        other = _earlier_given_name(doc, match.start)
        if other is None:
            return match
    kept = tuple(e for e in match.entries if e.kind != "person"
                 or other.text in e.name.split() or other.text.rstrip(".") in e.name)
    return match if len(kept) == len(match.entries) else Match(match.start, match.end, kept)


def _earlier_given_name(doc: Any, index: int) -> Any | None:
    """The given name in front of an earlier mention of the same surname, if any."""
    word = doc[index].text
    for token in doc[:index]:
        if token.text == word and token.i > 0 and _same_name(doc[token.i - 1]) and \
                token.ent_iob_ == "I":
            return doc[token.i - 1]
    return None


def _same_name(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.text[:1].isupper()
                and token.ent_type_ == "PERSON")


def leader_governments(doc: Any, matches: Sequence[Match], lexicon: Lexicon) -> list[Match]:
    """Rewrite '<leader> administration/government/regime/cabinet' into one government match,
    when every known person of that name served one country."""
    found = list(matches)
    for match in matches:
        entry = match.first("sector")
        word = doc[match.start]
        if entry is None or entry.code != "GOV" or word.lemma_.lower() not in GOVERNMENT_WORDS:
            continue
        name = next((c for c in reversed(list(word.lefts))
                     if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
        if name is None:
            continue
        start = min([name.i] + [c.left_edge.i for c in (*name.lefts, *word.lefts)
                                if c.dep_ in ("compound", "flat", "punct") and c.pos_ == "PROPN"
                                and c.i < name.i])
        inside = [m for m in found if m.start < word.i and m.end > start]
        start = min([start] + [m.start for m in inside])
        if any(e.kind in _NAMED_ELSEWHERE for m in inside for e in m.entries):
            continue  # "the Kabul government", "the Hamas government"
        country = _leader_country(doc, start, name, inside, lexicon)
        if country is None:
            continue
        text = doc[start:match.end].text
        government = Entry("government", compose(country, "GOV") or country, text)
        found = [m for m in found if m.end <= start or m.start >= match.end]
        found.append(Match(start, match.end, (government,)))
    return sorted(found, key=lambda m: m.start)


def _leader_country(doc: Any, start: int, name: Any, inside: Sequence[Match],
                    lexicon: Lexicon) -> str | None:
    """The one country of the person(s) a name may be: a known full name, else the surname
    (with the given names the text has)."""
    people = [e for m in inside for e in m.entries if e.kind == "person"]
    if people:
        countries = national_countries(o for e in people for o in e.offices)
    else:
        titles = {i for m in inside for i in range(m.start, m.end)}
        given = [t.text for t in doc[start:name.i] if t.i not in titles and t.is_title
                 and t.pos_ == "PROPN" and t.text.rstrip(".") not in _HONORIFICS]
        countries = lexicon.surname_countries(_surname_text(doc, name), given=given)
    return next(iter(countries)) if len(countries) == 1 else None


def _surname_text(doc: Any, name: Any) -> str:
    """'al-Assad' from the tokens 'al', '-', 'Assad'."""
    start = name.i
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("al", "el"):
        start -= 2
    return str(doc[start:name.i + 1].text)


def people_or_place(doc: Any, match: Match) -> Match:
    """A people's name is the people when it modifies a noun ('Uighur protesters') or, as a
    noun, in the plural or after 'the' ('the Uighurs', 'the Rohingya'); a bare singular is the
    language ('spoke Yoruba', 'played Catalan'). A name that is also a region ('Amhara') is the
    people only before a noun for people; inside a person's name ('Luo Gan') it is neither."""
    if match.first("ethnic") is None:
        return match
    token = doc[match.end - 1]
    head = token.head
    modifier = token.dep_ in ("amod", "compound", "nmod") and head.i != token.i and \
        head.pos_ in ("NOUN", "PROPN")
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.i + 1 < len(doc) and \
            doc[token.i + 1].ent_iob_ == "I" and doc[token.i + 1].pos_ == "PROPN":
        people = False
    elif len(match.entries) > 1:
        people = modifier and head.pos_ == "NOUN" and head.lemma_.lower() not in _PLACE_NOUNS
    else:
        people = modifier or token.tag_ in ("NNS", "NNPS") or token.text.endswith("s") or \
            any(c.lower_ == "the" for c in token.children)
    kept = tuple(e for e in match.entries if (e.kind == "ethnic") == people)
    return Match(match.start, match.end, kept)


def parenthetical_aliases(doc: Any, sent: Any, matches: Sequence[Match]
                          ) -> tuple[list[Match], set[int]]:
    """'The Homeland Union (Conservatives)': after an organisation name the knowledge base does
    not know, a parenthesised alias names the same organisation, not an actor of its own. A
    party family's name ("Conservatives", "Greens") gives the whole name its meaning (a party
    whose country the context gives); any other alias is absorbed into the name. Returns the
    rewritten matches and the absorbed token indices (no mention of their own)."""
    found = list(matches)
    absorbed: set[int] = set()
    for open_ in (t for t in sent if t.text == "(" and t.i > sent.start):
        close = next((i for i in range(open_.i + 1, min(open_.i + 8, sent.end))
                      if doc[i].text == ")"), None)
        start = _unknown_name_start(doc, sent, open_.i, found)
        if close is None or close == open_.i + 1 or start is None:
            continue
        inner = [m for m in found if open_.i < m.start and m.end <= close]
        if any(e.kind in _DESCRIPTIONS for m in inner for e in m.entries):
            continue  # "Khanty-Mansiysk (Siberia)", "Member of Parliament (MP)": said in passing
        family = next((e for m in inner for e in m.entries if _party_family(e)), None)
        if family is not None:  # "(Conservatives)": a party of that family
            found = [m for m in found if m.end <= start or m.start > close]
            found.append(Match(start, close + 1, (family,)))
        else:  # an acronym may be another organisation's too ("EFF"): the name decides
            found = [m for m in found if m not in inner]
            absorbed |= set(range(open_.i, close + 1))
    return sorted(found, key=lambda m: m.start), absorbed


def _party_family(entry: Entry) -> bool:
    org = entry.organization
    return entry.kind == "org" and org is not None and org.kind == "party" and \
        org.code.startswith(UNKNOWN_COUNTRY)


def _unknown_name_start(doc: Any, sent: Any, open_: int, matches: Iterable[Match]
                        ) -> int | None:
    """Where the organisation-like proper name just before a parenthesis starts, when no
    knowledge (other than sector words: 'Union') is matched inside it."""
    last = doc[open_ - 1]
    if last.pos_ != "PROPN" or last.ent_type_ != "ORG":
        return None
    start = int(last.i)
    while start > sent.start and doc[start].ent_iob_ == "I":
        start -= 1  # to the first word of the organisation's entity
    while start < last.i and doc[start].pos_ == "DET":
        start += 1
    for match in matches:
        if match.start < open_ and match.end > start and any(
                e.kind != "sector" for e in match.entries):
            return None
    return start


def follower_sector(sector: str | None) -> str | None:
    """The sector of those who follow an actor: a state office holder's supporters are a
    party (PTY), a former one's the opposition (OPP); others share the leader's sector
    ("Hamas supporters" are REB)."""
    if sector in ("GOV", "LEG"):
        return "PTY"
    return "OPP" if sector == "ELI" else sector


_PLACE_KINDS = frozenset({"country", "capital", "seat", "demonym"})


def followers(resolution: Resolution) -> Resolution:
    """Those who follow the actor a mention names ("Mugabe supporters"): its country, the
    sector of followers; a country's supporters are that country's."""
    if resolution.kind in _PLACE_KINDS:
        return resolution
    sector = follower_sector(resolution.sector)
    code = compose(resolution.country, sector) if resolution.country else None
    return replace(resolution, code=code, sector=sector, name=None, kind="group", role=None,
                   plural=True, how=f"{resolution.how}+followers")


def community_elite(resolution: Resolution, head_lemma: str) -> Resolution:
    """'Yoruba leaders', 'Ibo elders': a people's leaders are elites (ELI), not its state's
    government; 'the Chechen government' stays GOV."""
    if resolution.home is None or resolution.sector not in ("GOV", "CVL") or \
            head_lemma not in _COMMUNITY_ELITES:
        return resolution
    return replace(resolution, sector="ELI", code=compose(resolution.country, "ELI"),
                   role=None)


def feature_name(doc: Any, match: Match) -> Match:
    """'the Gulf of Mexico', 'the Sea of Japan', 'the Bay of Bengal', 'Lake Chad': a
    country's name inside the name of a sea, a lake, a strait or a mountain range is no
    mention of the country."""
    token = doc[match.start]
    prep = token.head
    before = doc[match.start - 1] if match.start > 0 else None
    if before is not None and before.lower_ in _PARTS_OF_AMERICA and \
            before.text[:1].isupper() and doc[match.start].lower_.startswith("americ"):
        # "Latin American governments", "South American leaders": a region, not the US
        kept = tuple(e for e in match.entries if e.kind not in _PLACE_KINDS)
        return match if len(kept) == len(match.entries) else Match(match.start, match.end, kept)
    if before is not None and before.lower_ in ("lake", "mount", "river") and \
            before.text[:1].isupper():
        feature = before  # "Lake Chad", "Mount Lebanon": a feature named first
    elif token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return match
    else:
        feature = prep.head
    if feature.lemma_.lower() not in _FEATURES or not feature.text[:1].isupper():
        return match
    kept = tuple(e for e in match.entries if e.kind not in _PLACE_KINDS)
    return match if len(kept) == len(match.entries) else Match(match.start, match.end, kept)


_PARTS_OF_AMERICA = frozenset({"latin", "south", "north", "central"})
_FEATURES = frozenset({"gulf", "sea", "bay", "strait", "straits", "ocean", "lake", "river",
                       "cape", "island", "islands", "isle", "isles", "peninsula", "mountain",
                       "mountains", "desert", "channel", "sound", "basin", "plateau", "horn"})
_PLACE_KINDS = frozenset({"country", "adjective", "demonym", "capital", "region"})
