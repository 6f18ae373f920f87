"""When did it happen: resolve the date words of a clause against the article's date.

"on Tuesday" is the latest Tuesday on or before the article date (the day itself for a story
written that day); "yesterday", "today", "tomorrow", "last week", "two days ago", "May 7",
"7 May 2013" are read as a reader would. Without date words an event takes the article date;
an event still to come is dated when it was announced.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tacitus.events.arguments import own_clause

__all__ = ["BACKGROUND_DAYS", "before_story", "event_date", "resolve_date_words"]

_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTHS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365,
          "years": 365}
_AGO = re.compile(r"\b(\w+)\s+(days?|weeks?|months?|years?)\s+ago\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?(?:,?\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_YEAR = re.compile(r"^(?:in\s+|the\s+)?((?:19|20)\d\d)s?$")
# an event its own clause dates more than this before the story is background, not news
# ("two years ago", "in May 2011" in a 2013 story); "last year", "last month" are still news
BACKGROUND_DAYS = 365
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def resolve_date_words(words: str, article_date: dt.date) -> dt.date | None:
    """The date that ``words`` (a DATE expression) names, relative to ``article_date``."""
    text = " ".join(words.lower().split())
    if not text:
        return None
    if "yesterday" in text:
        return article_date - dt.timedelta(days=1)
    if "tomorrow" in text:
        return article_date + dt.timedelta(days=1)
    if text in ("today", "this morning", "this afternoon", "this evening", "tonight", "now"):
        return article_date
    iso = _ISO.search(text)
    if iso:
        return _safe(int(iso[1]), int(iso[2]), int(iso[3]))
    ago = _AGO.search(text)
    if ago:
        count = _NUMBERS.get(ago[1]) or (int(ago[1]) if ago[1].isdigit() else None)
        if count is not None:
            return article_date - dt.timedelta(days=count * _UNITS[ago[2]])
    if "last week" in text:
        return article_date - dt.timedelta(days=7)
    if "last month" in text:
        return _shift_month(article_date, -1)
    if "last year" in text:
        return _safe(article_date.year - 1, article_date.month, min(article_date.day, 28))
    explicit = _explicit(text, article_date)
    if explicit is not None:
        return explicit
    for name, number in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text):
            back = (article_date.weekday() - number) % 7
            if "last" in text.split() and back == 0:
                back = 7
            if "next" in text.split():
                return article_date + dt.timedelta(days=(number - article_date.weekday()) % 7 or 7)
            return article_date - dt.timedelta(days=back)
    return None


def _explicit(text: str, article_date: dt.date) -> dt.date | None:
    for regex, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for found in regex.finditer(text):
            month = _MONTHS.get(found[month_group])
            if month is None:
                continue
            day = int(found[day_group])
            year = int(found[3]) if found[3] else article_date.year
            date = _safe(year, month, day)
            if date is not None and not found[3] and date > article_date + dt.timedelta(days=2):
                date = _safe(year - 1, month, day)  # "December 30" in a January story
            return date
    return None


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_month(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def event_date(trigger: Any, verb: Any, article_date: dt.date | None,
               sent_ents: list[Any], *, announced: bool = False) -> dt.date | None:
    """The date of an event: date words attached to its clause, else in its sentence, else the
    article date. ``sent_ents`` are the entities of the trigger's sentence.

    An ``announced`` event (a future: "will meet on Saturday") is dated when it was announced:
    its own clause's date words say when it is to happen, so only the clauses it is part of
    count ("said on Tuesday that he will meet …").
    """
    if article_date is None:
        return None
    dates = [e for e in sent_ents if e.label_ in ("DATE", "TIME")]
    if not dates:
        return article_date
    # the event's own clause first, then each clause it is part of ("On Tuesday, X said it
    # had met Y"); never a clause inside it ("paid for goods seized ten years ago")
    clause = own_clause(verb) | own_clause(trigger)
    token = verb
    if announced:
        top = verb
        while top.dep_ in ("xcomp", "conj", "acomp") and top.head.i != top.i:
            top = top.head  # "is expected to meet", "is due to sign": one clause
        if top.head.i == top.i:
            return article_date
        token = top.head
        clause = own_clause(token)
    for _ in range(8):
        # the date nearest the verb in the tree first: "rejected the results of last week's
        # election on Sunday" happened on Sunday
        attached = sorted((e for e in dates if e.root.i in clause),
                          key=lambda e: (_depth(e.root, token), abs(e.root.i - trigger.i)))
        for ent in attached:
            resolved = resolve_date_words(ent.text, article_date)
            if resolved is not None:
                return resolved
        if token.head.i == token.i:
            break
        token = token.head
        clause = own_clause(token)
    return article_date


def _depth(token: Any, top: Any) -> int:
    """How many steps up the tree from ``token`` to ``top`` (a large number if never)."""
    for depth in range(12):
        if token.i == top.i:
            return depth
        if token.head.i == token.i:
            break
        token = token.head
    return 99


def before_story(trigger: Any, verb: Any, article_date: dt.date | None,
                 sent_ents: list[Any]) -> bool:
    """Does the event's own clause date it well before the story — background, not news?

    "the 2003 invasion", "signed a treaty in 1994", "attacked the town last year": only date
    words of the event's own clause (or of the nominal trigger) count, not those of a clause
    inside it, and only a date more than :data:`BACKGROUND_DAYS` before the article's.
    """
    if article_date is None:
        return False
    own = own_clause(verb) | own_clause(trigger)
    head = verb
    while (head.dep_ == "conj" or _participle_adjunct(head) or _time_clause(head)) and \
            head.head.i != head.i and \
            not any(e.label_ == "DATE" and e.root.i in own for e in sent_ents):
        # "Back in 2018, congress approved a bill, but it was rejected by the senate": a
        # coordinated clause without a date of its own shares its partner's; so does a
        # participle's ("the army moved in 2017, having first detained the president")
        head = head.head
        own = own | own_clause(head)
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in _ARGUMENT_DEPS and verb.head.pos_ in (
            "VERB", "AUX"):
        # a nominal event named by a dated clause: "In 1978, Carter brokered a peace treaty
        # between Egypt and Israel" — the treaty is as old as the brokering
        own |= own_clause(verb.head)
    for ent in sent_ents:
        if ent.label_ != "DATE" or ent.root.i not in own:
            continue
        text = " ".join(ent.text.lower().split())
        year = _YEAR.match(text)
        if year:
            # "in 1994", "the 2003 invasion" — not "a trade protocol for 1990"
            if int(year[1]) < article_date.year and _when(ent.root, trigger):
                return True
            continue
        resolved = resolve_date_words(text, article_date)
        if resolved is not None and (article_date - resolved).days > BACKGROUND_DAYS:
            return True
    return False


_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def _time_clause(verb: Any) -> bool:
    """A clause that says when its main clause happened, and so shares its date: "was
    set up in 2011 after protesters toppled the president"."""
    return bool(verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                              for c in verb.children))


_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "once"})


def _participle_adjunct(verb: Any) -> bool:
    """A participial clause with no subject or conjunction of its own: "…, having first
    detained the president", "…, killing three"."""
    return bool(verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children))


def _when(year: Any, trigger: Any) -> bool:
    """Does a year say when the event happened: "in 1994", "during 2003", or a modifier of
    the nominal trigger ("the 2003 invasion")?"""
    if year.head.i == trigger.i and year.dep_ in ("compound", "nummod", "amod", "npadvmod"):
        return True
    if year.dep_ == "pobj" and year.head.lower_ == "of" and trigger.pos_ == "NOUN" and \
            any(t.i == year.i for t in trigger.subtree):
        return True  # "the bombings of the embassies of 1998", "the war of 1967"
    if year.dep_ == "pobj" and year.head.lower_ == "since" and (
            year.head.head.tag_ in ("JJS", "RBS") or year.head.head.lower_ in _RANKS or any(
                c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.lower_ in _RANKS)
                for c in year.head.head.children)):
        # "the visit, the first since 2018", "for the first time since 2018", "the highest
        # level since 2010": a record, not the event's date
        return False
    return year.dep_ == "pobj" and year.head.lower_ in ("in", "during", "since", "until")


_RANKS = frozenset({"first", "last", "largest", "biggest", "worst", "highest", "lowest",
                    "deadliest", "bloodiest", "latest"})

