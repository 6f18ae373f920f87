"""Actor resolution on the article's date, coreference and learning (with the model)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.actors.learning import LearnedBook
from tacitus.records import Article, LearnedActor

pytestmark = pytest.mark.model


def _codes(coder: Any, text: str, date: dt.date) -> dict[str, str | None]:
    coded = coder.code(Article("t", "", text, date))
    return {a.span.text: a.code for a in coded.actors}


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # the same name, different offices on different dates
        ("Kerry arrived in Paris.", dt.date(2014, 3, 1), "Kerry", "USAGOV"),
        ("Kerry arrived in Paris.", dt.date(2010, 3, 1), "Kerry", "USALEG"),
        ("Kerry arrived in Paris.", dt.date(2019, 3, 1), "Kerry", "USAELI"),
        ("Kerry arrived in Paris.", dt.date(2022, 3, 1), "Kerry", "USAGOV"),
        ("Putin spoke in Moscow.", dt.date(2010, 6, 1), "Putin", "RUSGOV"),
        ("Assad spoke in Damascus.", dt.date(2013, 5, 8), "Assad", "SYRGOV"),
        ("Assad spoke in Moscow.", dt.date(2025, 6, 1), "Assad", "SYRELI"),
        # organisations whose coding changes with the date
        ("The Taliban attacked a checkpoint.", dt.date(2015, 1, 1), "Taliban", "AFGREB"),
        ("The Taliban attacked a checkpoint.", dt.date(2022, 1, 1), "Taliban", "AFGGOV"),
    ],
)
def test_dated_resolution(coder: Any, text: str, date: dt.date, mention: str, code: str) -> None:
    assert _codes(coder, text, date)[mention] == code


@pytest.mark.parametrize(
    ("text", "date", "mention", "code", "name"),
    [
        # a surname two presidents share: the story's date picks the person
        ("President Bush telephoned the emir.", dt.date(1991, 3, 1), "President Bush",
         "USAGOV", "George H. W. Bush"),
        ("President Bush telephoned the emir.", dt.date(2005, 6, 1), "President Bush",
         "USAGOV", "George W. Bush"),
        ("Bush toured a factory in Ohio.", dt.date(1996, 4, 2), "Bush", "USAELI",
         "George H. W. Bush"),
        # leaders of 1975-1999, in office or not on the date
        ("Yeltsin flew to Chechnya.", dt.date(1995, 1, 1), "Yeltsin", "RUSGOV", "Boris Yeltsin"),
        ("Gorbachev flew to Tokyo.", dt.date(1995, 1, 1), "Gorbachev", "RUSELI",
         "Mikhail Gorbachev"),
        ("Gorbachev flew to Tokyo.", dt.date(1987, 5, 1), "Gorbachev", "RUSGOV",
         "Mikhail Gorbachev"),
        ("Mitterrand flew to Bonn.", dt.date(1990, 2, 1), "Mitterrand", "FRAGOV",
         "François Mitterrand"),
        ("Thatcher flew to Brussels.", dt.date(1985, 2, 1), "Thatcher", "GBRGOV",
         "Margaret Thatcher"),
        ("Arafat flew to Amman.", dt.date(1996, 6, 1), "Arafat", "PSEGOV", "Yasser Arafat"),
        ("Arafat flew to Amman.", dt.date(1985, 6, 1), "Arafat", "PSEREB", "Yasser Arafat"),
        ("Assad flew to Tehran.", dt.date(1990, 6, 1), "Assad", "SYRGOV", "Hafez al-Assad"),
    ],
)
def test_historical_leaders_on_the_story_date(
    coder: Any, text: str, date: dt.date, mention: str, code: str, name: str
) -> None:
    coded = coder.code(Article("h", "", text, date))
    found = [(a.code, a.name) for a in coded.actors if a.span.text == mention]
    assert found == [(code, name)]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a state stands for its country; a longer name wins over a country inside it
        ("The governor of Louisiana declared an emergency on Friday.", "governor of Louisiana",
         "USAGOV"),
        ("New Jersey police arrested two men in Newark on Friday.", "New Jersey police",
         "USACOP"),
        ("Police in Bavaria arrested two men in Munich on Friday.", "Bavaria", "DEU"),
        # "former" holds no office now
        ("The former Iraqi defence minister was arrested in Baghdad on Monday.",
         "Iraqi defence minister", "IRQELI"),
        # a known surname after another given name is somebody else: the words decide
        ("United States District Court Judge Victor Marrero ruled against the company.",
         "United States District Court Judge Victor Marrero", "USAJUD"),
        # a known given-name alias before another surname is somebody else as well
        ("Arab League envoy Chadli Ayari visited Beirut on Monday.",
         "Arab League envoy Chadli Ayari", "IGOARB"),
    ],
)
def test_regions_former_and_namesakes(coder: Any, text: str, mention: str, code: str) -> None:
    assert _codes(coder, text, dt.date(2019, 10, 10))[mention] == code


STORY = (
    "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov and "
    "President Vladimir Putin in Moscow on Tuesday. The Syrian opposition welcomed the "
    "meeting. Kerry said he hoped the two countries would work together. Lavrov said the "
    "regime in Damascus was ready for talks. The opposition said it would attend."
)


@pytest.mark.parametrize(
    ("mention", "code", "how"),
    [
        ("U.S. Secretary of State John Kerry", "USAGOV", "kb:person"),
        ("Russian Foreign Minister Sergey Lavrov", "RUSGOV", "kb:person"),
        ("Syrian opposition", "SYROPP", "words:country+sector"),
        ("Kerry", "USAGOV", "kb:person"),
        ("he", "USAGOV", "coref:pronoun"),
        ("regime", "SYRGOV", "context:place"),
        ("opposition", "SYROPP", "context:same-sector"),
    ],
)
def test_story_actors(coder: Any, mention: str, code: str, how: str) -> None:
    coded = coder.code(Article("s", "", STORY, dt.date(2013, 5, 8)))
    found = [a for a in coded.actors if a.span.text == mention]
    assert found, [a.span.text for a in coded.actors]
    assert (found[-1].code, found[-1].how) == (code, how)


def test_the_two_countries_are_a_pair(coder: Any) -> None:
    coded = coder.code(Article("p", "", "Japan and China held talks. The two countries agreed "
                               "to meet again.", dt.date(2019, 5, 1)))
    pair = {a.code for a in coded.actors if a.span.text == "The two countries"}
    assert pair == {"JPN", "CHN"}


@pytest.mark.parametrize(("text", "pair_words", "expected"), [
    # whoever has ties to both is no side of them, also through a relative clause
    ("Pakistan struck Iran on Thursday. China, which has close ties to both countries, urged "
     "restraint.", "both countries", {"PAK", "IRN"}),
    # "both governments" of states named as countries are their governments
    ("Pakistan struck Iran on Thursday. Both governments later said they would return their "
     "ambassadors.", "Both governments", {"PAKGOV", "IRNGOV"}),
    # "the three countries" are the three named together
    ("Spain, Ireland and Norway recognised a Palestinian state. Israel recalled its envoys "
     "from the three countries.", "the three countries", {"ESP", "IRL", "NOR"}),
])
def test_pairs_and_groups(coder: Any, text: str, pair_words: str, expected: set[str]) -> None:
    coded = coder.code(Article("p", "", text, dt.date(2024, 1, 18)))
    assert {a.code for a in coded.actors if a.span.text == pair_words} == expected


@pytest.mark.parametrize("text", [
    # a side the knowledge base does not know: the pair is unknown, not someone said before
    "Reuters reported from Aden on Monday. The Southern Transitional Council is in conflict "
    "with the government. Both sides oppose the Houthi rebels.",
    # too far back: three sentences of other news in between
    "Japan and China held talks. The weather was fine. Trains ran late. Shops were shut. The "
    "two countries agreed to meet again.",
])
def test_a_pair_is_not_guessed(coder: Any, text: str) -> None:
    coded = coder.code(Article("p", "", text, dt.date(2020, 6, 16)))
    assert not [a for a in coded.actors if a.how == "coref:pair"]


@pytest.mark.parametrize(("text", "country"), [
    ("Storms hit Texas, a U.S. state on the Gulf of Mexico.", "MEX"),
    ("Warships sailed into the Sea of Japan.", "JPN"),
    ("Cyclones form in the Bay of Bengal every year.", "BGD"),
])
def test_a_country_inside_a_sea_or_gulf_name_is_no_mention(coder: Any, text: str,
                                                           country: str) -> None:
    coded = coder.code(Article("g", "", text, dt.date(2019, 7, 12)))
    assert country not in {a.country for a in coded.actors}


def test_a_person_of_the_pronouns_own_sentence_comes_first(coder: Any) -> None:
    text = ("A former prosecutor, Anna Lowe, called the transcript troubling.\n\n\"All I can "
            "conclude is that Trump's own aides would like him to step down,\" wrote Tom Reyes.")
    coded = coder.code(Article("h", "", text, dt.date(2019, 9, 30)))
    (him,) = [a for a in coded.actors if a.span.text == "him"]
    assert (him.name, him.code) == ("Donald Trump", "USAGOV")


def test_a_later_sentence_never_resolves_an_earlier_one(coder: Any) -> None:
    coded = coder.code(Article("l", "", "The minister arrived on Monday. Indian Foreign Minister "
                               "Subrahmanyam Jaishankar then met officials.", dt.date(2022, 6, 1)))
    first = next(a for a in coded.actors if a.span.text.lower() == "minister")
    assert first.name != "Subrahmanyam Jaishankar"


def test_unresolvable_mention_keeps_its_text_and_no_code(coder: Any) -> None:
    coded = coder.code(Article("u", "", "Zorblat Quenx met the delegation.", dt.date(2020, 1, 1)))
    (actor,) = [a for a in coded.actors if "Zorblat" in a.span.text]
    assert actor.code is None and actor.name == "Zorblat Quenx"


def test_learning_from_a_title(coder: Any) -> None:
    first = coder.code(Article("a", "", "Nigerian police spokesman Frank Mba said 12 suspects "
                               "were arrested in Lagos.", dt.date(2020, 10, 20)))
    (fact,) = first.learned
    assert (fact.name, fact.alias, fact.code, fact.role) == (
        "Frank Mba", "Mba", "NGACOP", "police spokesman")
    later = Article("b", "", "Mba said the suspects would be charged.", dt.date(2020, 11, 2))
    assert coder.code(later).actors[0].code is None  # nothing learned yet: not resolved
    learner = coder.with_settings()
    learner.learn(first.learned)
    (actor, *_) = learner.code(later).actors
    assert (actor.code, actor.how) == ("NGACOP", "learned")


def _fact(date: dt.date, code: str = "NGACOP") -> LearnedActor:
    return LearnedActor("Frank Mba", "Mba", code, code[:3], code[3:], "spokesman", date, "a", "")


@pytest.mark.parametrize(
    ("when", "expected"),
    [(dt.date(2020, 11, 1), "NGACOP"), (dt.date(2019, 12, 1), "NGACOP"),
     (dt.date(2018, 1, 1), None), (dt.date(2023, 6, 1), None)],
)
def test_learned_facts_are_used_only_near_their_dates(when: dt.date, expected: str | None
                                                      ) -> None:
    book = LearnedBook()
    book.add([_fact(dt.date(2020, 10, 20)), _fact(dt.date(2021, 1, 5))])
    found = book.lookup("Mba", when)
    assert (found.code if found else None) == expected


def test_the_most_frequent_learned_role_wins() -> None:
    book = LearnedBook()
    book.add([_fact(dt.date(2020, 1, 1)), _fact(dt.date(2020, 2, 1)),
              _fact(dt.date(2020, 3, 1), "NGAGOV")])
    found = book.lookup("Frank Mba", dt.date(2020, 6, 1))
    assert found is not None and found.code == "NGACOP"


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        ("The Syrian government said it would attend the talks.", "it", "SYRGOV"),
        ("Iran said on Monday that its navy had seized a tanker.", "its", "IRN"),
        # inside a relative clause: the one the relative pronoun stands for
        ("Norway recognised a Palestinian state, angering Israel, which recalled its "
         "ambassador.", "its", "ISR"),
    ],
)
def test_it_and_its(coder: Any, text: str, pronoun: str, code: str) -> None:
    coded = coder.code(Article("i", "", text, dt.date(2019, 7, 1)))
    found = [a.code for a in coded.actors if a.span.text == pronoun]
    assert found == [code]


def test_expletive_it_is_nobody(coder: Any) -> None:
    coded = coder.code(Article("e", "", "Russia said it is important that the talks continue.",
                               dt.date(2019, 7, 1)))
    assert [a.code for a in coded.actors if a.span.text == "it"] == []


def test_opposition_groups_in_a_country(coder: Any) -> None:
    coded = coder.code(Article("g", "", "Opposition groups in Zimbabwe demanded new elections.",
                               dt.date(2019, 7, 1)))
    assert "ZWEOPP" in {a.code for a in coded.actors}


# --- phrase rules, end to end ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # a government named by its leader, whatever the leader's office on the date
        ("The Bush administration warned Tehran on Monday.", dt.date(2016, 4, 1),
         "Bush administration", "USAGOV"),
        ("The Obama administration imposed new sanctions.", dt.date(2003, 4, 1),
         "Obama administration", "USAGOV"),
        ("The Assad regime shelled villages near Idlib.", dt.date(2025, 4, 1),
         "Assad regime", "SYRGOV"),
        ("The Putin government expelled four diplomats.", dt.date(2010, 4, 1),
         "Putin government", "RUSGOV"),
        ("Putin's government expelled four diplomats.", dt.date(2010, 4, 1),
         "Putin's government", "RUSGOV"),
        ("The Clinton administration criticised the verdict.", dt.date(2016, 4, 1),
         "Clinton administration", "USAGOV"),
        # Boris Johnson and Mike Johnson served two countries: the name does not decide
        ("The Johnson administration criticised the verdict.", dt.date(2016, 4, 1),
         "Johnson administration", "---GOV"),
    ],
)
def test_governments_named_by_their_leader(coder: Any, text: str, date: dt.date, mention: str,
                                          code: str) -> None:
    assert _codes(coder, text, date)[mention] == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Yoruba leaders welcomed the decision on Tuesday.", "Yoruba leaders", "NGAELI"),
        ("Ibo elders rejected the proposal.", "Ibo elders", "NGAELI"),
        ("A Chechen rebel attacked a checkpoint on Sunday.", "Chechen rebel", "RUSREB"),
        ("Uighur protesters clashed with police on Friday.", "Uighur protesters", "CHNCVL"),
        ("Uighur protesters clashed with police on Friday.", "police", "CHNCOP"),
        ("Zulu leaders criticised the new law.", "Zulu leaders", "ZAFELI"),
        ("Kikuyu youths blocked the main road.", "Kikuyu youths", "KENCVL"),
        # a group in a named other place is that place's; refugees keep their origin
        ("Yoruba traders in Ghana accused the police of extortion.", "Yoruba traders", "GHABUS"),
        ("Rohingya refugees in Bangladesh accused Myanmar of genocide.", "Rohingya refugees",
         "MMRREF"),
        # a country where the group also lives, when the text is set there
        ("Hausa traders protested in Niamey on Monday.", "Hausa traders", "NERBUS"),
        # a country word in the mention wins
        ("Chinese Uighurs criticised the policy.", "Chinese Uighurs", "CHNCVL"),
        # the existing rule for ethnic groups of a country stays as it was
        ("Ethnic Albanians in Serbia protested against the new law.", "Albanians", "SRBCVL"),
        # groups that live in several countries in numbers are not listed
        ("Hutu rebels attacked a village.", "Hutu rebels", "---REB"),
    ],
)
def test_ethnic_groups(coder: Any, text: str, mention: str, code: str) -> None:
    assert _codes(coder, text, dt.date(2012, 3, 1))[mention] == code


def test_a_surname_is_no_people(coder: Any) -> None:
    codes = _codes(coder, "Luo Gan met the delegation in Beijing.", dt.date(2001, 3, 1))
    assert codes.get("Luo Gan") is None


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a party family's name takes its country from the mention, not from Britain
        ("The Lithuanian Conservatives criticised the budget.", "Lithuanian Conservatives",
         "LTUPTY"),
        ("The Norwegian Labour Party criticised the budget.", "Norwegian Labour Party",
         "NORPTY"),
        # kept for the one party English news means by it
        ("The Tories criticised the budget.", "Tories", "GBRPTY"),
        # a parenthesised alias after an unknown organisation is that organisation
        ("The Homeland Union (Conservatives) criticised the budget in Vilnius.",
         "Homeland Union (Conservatives)", "LTUPTY"),
    ],
)
def test_party_names(coder: Any, text: str, mention: str, code: str) -> None:
    codes = _codes(coder, text, dt.date(2012, 3, 1))
    assert codes[mention] == code
    assert "Conservatives" not in codes


def test_an_unknown_parenthesised_alias_is_no_actor(coder: Any) -> None:
    codes = _codes(coder, "The Zorblat Liberation Front (ZLF) attacked a police station.",
                   dt.date(2012, 3, 1))
    assert "ZLF" not in codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("France sheltered three dissidents from Iran.", "dissidents", "IRNOPP"),
        ("The United States welcomed two journalists from Eritrea.", "journalists", "ERIMED"),
        ("Troops from Chad arrived in Bamako on Monday.", "Troops", "TCDMIL"),
        # moved from a place: where they were, not whose they are
        ("Israel withdrew its soldiers from Lebanon.", "soldiers", "ISRMIL"),
        # ("aid workers" are civilians: no trade union)
        ("The army rescued two aid workers from Somalia.", "aid workers", "---CVL"),
    ],
)
def test_people_from_a_place(coder: Any, text: str, mention: str, code: str) -> None:
    assert _codes(coder, text, dt.date(2012, 3, 1))[mention] == code


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # a head of state's supporters are a party; a former one's the opposition
        ("Supporters of Mugabe attacked opposition offices.", dt.date(2005, 4, 1),
         "Supporters", "ZWEPTY"),
        ("Loyalists of Gbagbo attacked UN peacekeepers.", dt.date(2012, 4, 1),
         "Loyalists", "CIVOPP"),
        ("Followers of the Iraqi cleric marched through Baghdad.", dt.date(2005, 4, 1),
         "Followers", "IRQREL"),
        ("Hamas supporters burned tyres in Gaza.", dt.date(2005, 4, 1), "Hamas supporters",
         "PSEREB"),
        ("Thousands of supporters of Iran rallied in Beirut.", dt.date(2005, 4, 1),
         "supporters", "IRN"),
    ],
)
def test_followers(coder: Any, text: str, date: dt.date, mention: str, code: str) -> None:
    assert _codes(coder, text, date)[mention] == code


def test_followers_are_the_source_of_what_they_do(coder: Any) -> None:
    coded = coder.code(Article("f", "", "Supporters of Mugabe attacked opposition offices.",
                               dt.date(2005, 4, 1)))
    assert {(e.source.code, e.target.code) for e in coded.events} == {("ZWEPTY", "ZWEOPP")}


def test_people_from_several_places(coder: Any) -> None:
    coded = coder.code(Article("o", "", "The president met leaders from Kenya, Uganda and "
                               "Rwanda in Nairobi.", dt.date(2012, 3, 1)))
    leaders = {a.code for a in coded.actors if a.span.text == "leaders"}
    assert leaders == {"KENGOV", "UGAGOV", "RWAGOV"}


def test_a_surname_the_tagger_calls_an_organisation_is_the_person(coder: Any) -> None:
    text = ("U.S. special envoy Kurt Volker met Ukrainian officials in the capital on Monday. "
            "Volker also met with the president of the country.")
    coded = coder.code(Article("t", "", text, dt.date(2019, 11, 1)))
    volker = [a for a in coded.actors if a.span.text == "Volker"]
    assert [(a.code, a.how) for a in volker] == [("USAGOV", "coref:name")]


def test_a_headline_is_read_with_its_story(coder: Any) -> None:
    title = "Police shoot student as unrest goes on"
    text = ("Demonstrations went on in Hong Kong on Tuesday. A police officer shot a teenage "
            "demonstrator in the chest, police said.")
    coded = coder.code(Article("t", title, text, dt.date(2019, 10, 1)))
    headline = [(a.code, a.how) for a in coded.actors if a.span.field == "title"]
    assert ("HKGCOP", "context:story") in headline


def test_an_organisations_name_that_is_a_named_persons_surname(coder: Any) -> None:
    text = ("Michael Bloomberg, a former New York mayor, quit the race on Wednesday. "
            "Bloomberg then threw his support behind Joe Biden.")
    coded = coder.code(Article("t", "", text, dt.date(2020, 3, 5)))
    table = [(a.span.text, a.code) for a in coded.actors if "Bloomberg" in a.span.text]
    assert table == [("Michael Bloomberg", "USAELI"), ("Bloomberg", "USAELI")]
    alone = coder.code(Article("t", "", "Bloomberg reported that Iran seized a tanker.",
                               dt.date(2020, 3, 5)))
    assert [a.code for a in alone.actors if a.span.text == "Bloomberg"] == ["USAMED"]


@pytest.mark.parametrize(
    ("text", "mention", "code", "how"),
    [
        # nothing before places them: the one country of their own sentence does, for
        # actors who act at home, or when that country comes from an actor at home
        ("A judge on Monday ordered the arrest of three Peruvian ministers over bribes.",
         "judge", "PERJUD", "context:sentence"),
        ("The president finally yielded to the demands of the Taliban.",
         "president", "AFGGOV", "context:sentence"),
        # a government thanking a state for its aid is not that state's government
        ("The government expressed its gratitude for Japan's help on Friday.",
         "government", "---GOV", "context:unknown"),
        # a lead that names no country takes the one the rest of the story names most
        ("Police fired tear gas at crowds in the capital on Sunday. The protests in Chile "
         "began a week ago over fares. Chilean unions joined them.",
         "Police", "CHLCOP", "context:document"),
    ],
)
def test_descriptions_nothing_before_places(coder: Any, text: str, mention: str, code: str,
                                            how: str) -> None:
    coded = coder.code(Article("d", "", text, dt.date(2019, 10, 21)))
    found = [(a.code, a.how) for a in coded.actors if a.span.text == mention]
    assert found[:1] == [(code, how)], [(a.span.text, a.code, a.how) for a in coded.actors]


@pytest.mark.parametrize(
    ("text", "force_is_actor"),
    [
        ("\"Those responsible will feel the whole force of the law,\" the Kenyan minister "
         "said.", False),
        ("Police in Nairobi used force against the crowd.", False),
        ("A Kenyan force arrived in Somalia on Monday.", True),
    ],
)
def test_force_as_strength_is_no_actor(coder: Any, text: str, force_is_actor: bool) -> None:
    coded = coder.code(Article("f", "", text, dt.date(2019, 10, 21)))
    found = any(a.span.text.split()[-1] == "force" for a in coded.actors)
    assert found is force_is_actor, [(a.span.text, a.code) for a in coded.actors]


@pytest.mark.parametrize(
    ("text", "pronoun_code"),
    [
        # the nearest person of the pronoun's sentence is named but no actor: the pronoun is
        # theirs, not the last actor's
        ("President Donald Trump met Ivan Petrovsky and praised his work.", None),
        # a man's apposed title is a man: "her" passes over both
        ("A jury in Texas convicted Michael Roe, the Houston lawyer who advised Jane "
         "Doeling in her dispute with Senator Ted Cruz.", None),
        # a known actor stays the antecedent
        ("President Vladimir Putin met Angela Merkel and praised her leadership.", "DEUGOV"),
    ],
)
def test_possessive_of_someone_unknown(coder: Any, text: str, pronoun_code: str | None) -> None:
    coded = coder.code(Article("p", "", text, dt.date(2019, 10, 21)))
    found = [a.code for a in coded.actors if a.span.text.lower() in ("his", "her")]
    expected = [pronoun_code] if pronoun_code else ([], [None])
    assert found == expected if pronoun_code else found in expected, [
        (a.span.text, a.code) for a in coded.actors]


def test_voiced_opposition_is_no_party(coder: Any) -> None:
    text = "On tax reform, Pierce and Jorgensen expressed opposition to Abolish the IRS."
    coded = coder.code(Article("o", "", text, dt.date(2020, 10, 20)))
    assert "opposition" not in [a.span.text for a in coded.actors]


@pytest.mark.parametrize(
    ("text", "mention", "is_actor"),
    [
        # a bare plural of institutions is a kind of thing, a policy or a market
        ("Senator Jane Roe of Ohio backed charter schools on Monday.", "schools", False),
        ("The candidate warned about power passing to corporations.", "corporations", False),
        # with a country, a determiner or a number they are actors
        ("Kenyan banks raised their rates on Monday.", "banks", True),
        ("Three hospitals in Gaza were hit by shelling.", "hospitals", True),
        # media speak as a body
        ("Local media reported clashes in Kherson.", "media", True),
    ],
)
def test_kinds_of_institutions(coder: Any, text: str, mention: str, is_actor: bool) -> None:
    coded = coder.code(Article("k", "", text, dt.date(2020, 10, 20)))
    found = any(a.span.text.split()[-1] == mention for a in coded.actors)
    assert found is is_actor, [(a.span.text, a.code) for a in coded.actors]


def test_a_later_country_must_be_clear(coder: Any) -> None:
    # the rest of the story names two countries as often: no guess for the lead's police
    text = ("Police arrested two men on Sunday. The men came from France. They had lived in "
            "Spain for a year.")
    coded = coder.code(Article("l", "", text, dt.date(2019, 10, 21)))
    police = [(a.code, a.how) for a in coded.actors if a.span.text == "Police"]
    assert police == [("---COP", "context:unknown")]


def test_the_description_of_a_named_body(coder: Any) -> None:
    text = ("Police in Zimbabwe held two reporters in Harare on Monday. Amnesty International "
            "condemned the arrests. The rights group said the charges must be dropped.")
    coded = coder.code(Article("n", "", text, dt.date(2020, 8, 3)))
    group = [a.code for a in coded.actors if a.span.text == "rights group"]
    assert group == ["NGOHRI"], [(a.span.text, a.code, a.how) for a in coded.actors]


def test_a_possessive_takes_the_agent_of_its_own_clause(coder: Any) -> None:
    text = ("The European Union imposed sanctions on six Iranian entities it accused of "
            "supplying drones used by Russia in its war against Ukraine.")
    coded = coder.code(Article("p", "", text, dt.date(2023, 7, 20)))
    (its,) = [a for a in coded.actors if a.span.text == "its"]
    assert its.code == "RUS"


@pytest.mark.parametrize(
    ("text", "date", "mentions"),
    [
        # the parser joins two titled names into one phrase headed by the second
        ("They met ahead of a summit between U.S. President Donald Trump and Russian "
         "President Vladimir Putin in Alaska.", dt.date(2023, 6, 1),
         {"U.S. President Donald Trump": "USAGOV", "Russian President Vladimir Putin": "RUSGOV"}),
        # a family name written first, then alone
        ("China's foreign minister Wang Yi spoke on Friday. Wang urged calm.",
         dt.date(2024, 4, 26), {"Wang": "CHNGOV"}),
        # "European leaders" are of many countries, not of the state named before
        ("The Kremlin welcomed the summit. European leaders said the war must end.",
         dt.date(2025, 8, 12), {"leaders": "---GOV"}),
    ],
)
def test_mentions_and_their_words(coder: Any, text: str, date: dt.date,
                                  mentions: dict[str, str]) -> None:
    codes = _codes(coder, text, date)
    for words, code in mentions.items():
        assert codes.get(words) == code, codes
