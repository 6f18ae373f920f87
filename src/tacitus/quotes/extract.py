"""Who said what: direct, indirect and mixed quotations with their speakers.

Direct quotations come from quotation marks (:mod:`tacitus.quotes.marks`); each quoted stretch
is a *piece*; pieces of one statement interrupted by the attribution (`"…," Kerry said. "…"`)
or running over paragraphs share a statement id. Indirect quotations are the clausal
complements of reporting cues ("Kerry said (that) …", "…, Lavrov said"), and "according to X".
A reported clause that holds a quoted fragment is one *mixed* quotation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from tacitus.actors.knowledge import read_table
from tacitus.actors.mentions import ActorIndex
from tacitus.errors import Msg
from tacitus.nlp.syntax import past_report_conjunct
from tacitus.nlp.view import DocView
from tacitus.quotes.marks import Quoted, find_quoted
from tacitus.records import Actor, Quote, QuoteKind, Span

__all__ = ["Cues", "QuoteResult", "extract_quotes", "load_cues"]

_SUBJ = ("nsubj", "nsubjpass")
_TRIM = " \t\n,;:—–-"
_MIN_UNATTRIBUTED_WORDS = 6
# verbs that introduce quoted words without being reporting cues: 'called it "a disgrace"'
_NAMING_CUES = frozenset({"call", "describe", "dub", "term", "label", "brand", "hail", "talk",
                          "speak", "issue", "release", "publish", "post"})
_DOCUMENTS = frozenset({"statement", "report", "communique", "letter", "document", "release",
                        "announcement", "declaration", "note", "message", "post", "tweet",
                        "email", "video"})


@dataclass(frozen=True, slots=True)
class Cues:
    speech: frozenset[str]
    that: frozenset[str]
    particles: dict[str, str] = field(default_factory=dict)  # "point" -> "out"

    def kind(self, token: Any) -> str | None:
        lemma = token.lemma_.lower()
        particle = self.particles.get(lemma)
        if particle is not None and any(c.lower_ == particle for c in token.children):
            return "speech"
        if lemma in self.speech:
            return "speech"
        if lemma in self.that:
            return "that"
        return None


@functools.cache
def load_cues() -> Cues:
    text = resources.files("tacitus.quotes").joinpath("data", "cues.tsv").read_text("utf-8")
    speech: set[str] = set()
    that: set[str] = set()
    particles: dict[str, str] = {}
    for _, (lemma, kind) in read_table(text, "cues.tsv", ("lemma", "kind")):
        words = lemma.split()
        if len(words) > 1:
            particles[words[0]] = words[1]
            if kind == "that":
                that.add(words[0])
            continue
        (speech if kind == "speech" else that).add(lemma)
    return Cues(frozenset(speech), frozenset(that), particles)


@dataclass(slots=True)
class QuoteResult:
    quotes: list[Quote]
    warnings: list[str]
    speakers: list[tuple[int, int, Actor]]  # char ranges of direct speech and their speaker

    def speaker_at_char(self, offset: int) -> Actor | None:
        for start, end, actor in self.speakers:
            if start <= offset < end:
                return actor
        return None

    def quote_at_char(self, offset: int) -> str | None:
        for quote in self.quotes:
            if quote.content.start <= offset < quote.content.end:
                return quote.id
        return None


@dataclass(slots=True)
class _Piece:
    quoted: Quoted
    tokens: tuple[int, int]  # token range inside the marks
    cue: Any | None = None
    speaker: Any | None = None  # token
    speaker_actor: Actor | None = None
    statement: int = -1
    mixed_clause: tuple[int, int] | None = None
    embedded: bool = False  # a fragment inside a longer sentence


def extract_quotes(
    view: DocView, actors: ActorIndex, article_id: str, *, cues: Cues | None = None
) -> QuoteResult:
    """Every quotation of one parsed field."""
    cues = cues or load_cues()
    warnings: list[str] = []
    pieces: list[_Piece] = []
    for quoted in find_quoted(view.text):
        if not quoted.balanced:
            warnings.append(Msg.W001.format(where=f"{article_id} {view.field}",
                                            offset=quoted.opener))
        tokens = view.char_tokens(quoted.start, quoted.end)
        if tokens is not None:
            pieces.append(_Piece(quoted, tokens))
    _attribute(view, pieces, cues)
    _link_statements(view, pieces)
    quotes: list[Quote] = []
    speakers: list[tuple[int, int, Actor]] = []
    for piece in pieces:
        quote = _direct_quote(view, actors, piece, article_id, len(quotes))
        if quote is None:
            continue
        quotes.append(quote)
        if quote.speaker is not None:
            speakers.append((piece.quoted.start, piece.quoted.end, quote.speaker))
    quotes += _indirect_quotes(view, actors, pieces, cues, article_id, len(quotes))
    quotes = [_turn_speaker(view, actors, q) for q in quotes]
    quotes.sort(key=lambda q: q.content.start)
    return QuoteResult(quotes, warnings, speakers)


def _inside(pieces: Iterable[_Piece], i: int) -> _Piece | None:
    return next((p for p in pieces if p.tokens[0] <= i < p.tokens[1]), None)


def _attribute(view: DocView, pieces: list[_Piece], cues: Cues) -> None:
    doc = view.doc
    for piece in pieces:
        first, last = piece.tokens
        numbers = sorted({view.sent_of[first], view.sent_of[last - 1]})
        piece.embedded = _embedded(view, piece, numbers)
        for number in numbers:
            found = _cue_in(view.sents[number], pieces, piece, cues)
            if found is not None:
                piece.cue, piece.speaker = found
                clause = _clause_range(found[0])
                # (a fragment that ends the sentence: its closing punctuation and quotation
                # mark hang on the cue, outside the clause)
                if clause is not None and clause[0] < first - 1 and \
                        all(t.is_punct for t in doc[clause[1]:last]) and \
                        clause[1] > first and _word_count(doc, first, last) < 12:
                    piece.mixed_clause = (clause[0], max(clause[1], last))
                break
        if piece.cue is None and not piece.embedded:
            piece.cue, piece.speaker = _adjacent_attribution(view, pieces, piece, numbers, cues)


def _cue_in(sent: Any, pieces: list[_Piece], piece: _Piece, cues: Cues
            ) -> tuple[Any, Any] | None:
    """A reporting cue with a subject in ``sent``, outside every quotation; or 'according to'."""
    first, last = piece.tokens
    found: list[tuple[Any, Any]] = []
    for token in sent:
        if first <= token.i < last or _inside(pieces, token.i) is not None:
            continue
        according = _according_source(token)
        if according is not None:
            found.append((token, according[1]))
            continue
        if cues.kind(token) != "speech" and token.lemma_.lower() not in _NAMING_CUES:
            continue
        subject = _subject(token)
        if subject is not None:
            found.append((token, subject))
    # "Macron, speaking in Paris, warned that Europe "could die"": the cue whose clause holds
    # the fragment, else the first
    # — or the cue whose own words hold it ('recalled its diplomats after Erdogan called
    # Israel a "war criminal"': Erdogan's naming, not Israel's recall)
    holding = [f for f in found if f[0].left_edge.i <= first and last - 1 <= f[0].right_edge.i
               and f[1].pos_ != "PRON" and f[1].dep_ != "nsubjpass"
               and not any(c.dep_ == "auxpass" for c in f[0].children)]
    return next((f for f in found if _holds_piece(f[0], first, last)), None) or min(
        holding, key=lambda f: f[0].right_edge.i - f[0].left_edge.i, default=None) or next(
        iter(found), None)


def _holds_piece(cue: Any, first: int, last: int) -> bool:
    """The cue's reported clause follows it and holds the quoted piece."""
    clause = _clause_range(cue)
    return clause is not None and cue.i < clause[0] <= first and clause[1] >= last - 1


def _embedded(view: DocView, piece: _Piece, numbers: list[int]) -> bool:
    """The quotation is a fragment running inside a sentence ('called it "a disgrace" on
    Monday'), not speech set off by punctuation ('…, he said: "We will go."')."""
    text = view.text
    sent_start = view.sents[numbers[0]].start_char
    before = text[sent_start:piece.quoted.opener].rstrip()
    inside = text[piece.quoted.start:piece.quoted.end].rstrip()
    after = text[piece.quoted.end + 1:piece.quoted.end + 3].lstrip()
    set_off = (not before or before[-1] in ",:;—–-(" or inside[-1:] in ",!?"
               or after[:1] in (",", ""))
    return not set_off


def _adjacent_attribution(view: DocView, pieces: list[_Piece], piece: _Piece,
                          numbers: list[int], cues: Cues) -> tuple[Any | None, Any | None]:
    """'"…." Pelosi said.' and 'He said:' — a bare attribution in the sentence just after or
    just before, within the paragraph."""
    for number in (numbers[-1] + 1, numbers[0] - 1):
        if not 0 <= number < len(view.sents):
            continue
        sent = view.sents[number]
        between = view.text[min(sent.start_char, piece.quoted.start):
                            max(sent.start_char, piece.quoted.start)]
        if "\n" in between.strip(" \"“”'"):
            continue
        alpha = [t for t in sent if t.is_alpha]
        if not alpha or len(alpha) > 12:
            continue
        found = _cue_in(sent, pieces, piece, cues)
        if found is not None and not any(c.dep_ in ("ccomp", "dobj") for c in found[0].children):
            return found
    return None, None


def _subject(cue: Any) -> Any | None:
    """The speaker token of a cue: its subject nearest the cue, never a relative pronoun."""
    subjects = [c for c in cue.children if c.dep_ in _SUBJ
                and c.lower_ not in ("which", "that", "who", "what", "it", "'s", "us")]
    if cue.head.lemma_ == "let" and cue.dep_ in ("ccomp", "xcomp"):
        return None  # "let's say …" introduces a supposition, not speech
    if not subjects and cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in cue.children):
        # "the minister, who said the plan was a disaster": the minister; "a niece of the
        # senator, who claimed …": the niece, whom the "of" phrase describes
        head = cue.head
        while head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in _KIN_AND_AIDES:
            head = head.head.head
        return head
    if not subjects:
        # "…, saying it would serve as a referee": the participle's subject is its head's;
        # "denied the helicopters had crossed and called the claims …": the denier's
        head = past_report_conjunct(cue) or cue.head
        if cue.dep_ in ("advcl", "xcomp", "conj") and head.i != cue.i and head.pos_ == "VERB":
            subjects = [c for c in head.children if c.dep_ in _SUBJ]
        if not subjects:
            return None
    subject = min(subjects, key=lambda c: abs(c.i - cue.i))
    if subject.lemma_.lower() in _DOCUMENTS:  # "a statement from the ministry said"
        return _document_owner(subject) or subject
    return _channel_owner(subject)  # "Netanyahu's office said": Netanyahu's


# people described by whom they belong to: "a niece of the senator, who said …"
_KIN_AND_AIDES = frozenset({"niece", "nephew", "son", "daughter", "wife", "husband", "mother",
                            "father", "brother", "sister", "relative", "friend", "aide",
                            "adviser", "advisor", "member", "spokesman", "spokeswoman",
                            "spokesperson", "leader", "head", "chief", "lawyer"})


_CHANNELS = frozenset({"account", "office", "page", "feed", "handle", "website", "channel"})


def _document_owner(document: Any) -> Any | None:
    """Who a statement, tweet or report comes from: "a statement from the ministry", "the
    ministry's statement", "a tweet sent from Biden's Twitter account"."""
    for child in document.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return _channel_owner(pobj)
        if child.dep_ == "acl":  # "a tweet sent from …", "a statement issued by …"
            for prep in child.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return _channel_owner(pobj)
    return None


def _channel_owner(token: Any) -> Any:
    """'Biden's Twitter account' stands for Biden."""
    if token.lemma_.lower() in _CHANNELS:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    return token


def _clause_range(cue: Any) -> tuple[int, int] | None:
    for child in cue.children:
        if child.dep_ == "ccomp":
            tokens = [t.i for t in _reported(child) if (not t.is_punct or t.text in ('"', "“", "”"))
                      and not (_is_that(t) and t.i == child.left_edge.i)]
            if tokens:
                return min(tokens), max(tokens) + 1
    return None


def _bare_infinitive(clause: Any) -> bool:
    """A clause headed by a bare verb with no auxiliary, no "that" and no subject of its own
    in the nominative: what the parser makes of "declared him persona non grata"; a
    reported clause is finite ("said he would go", "insisted that he resign")."""
    return clause.tag_ == "VB" and not any(
        c.dep_ in ("aux", "auxpass", "mark") or (c.dep_ == "nsubj" and c.lower_ in _NOMINATIVE)
        for c in clause.children)


_NOMINATIVE = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# cues that also pronounce a status on someone: "declared him persona non grata" (but a
# bare verb after "suggested supporters fill out ballots" is a reported suggestion)
_VERDICTS = frozenset({"declare", "proclaim", "pronounce"})


def _word_count(doc: Any, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if t.is_alpha)


def _link_statements(view: DocView, pieces: list[_Piece]) -> None:
    """Share statements and speakers between pieces of one quotation."""
    statement = 0
    previous: _Piece | None = None
    for piece in pieces:
        same_paragraph = previous is not None and "\n" not in view.text[
            previous.quoted.end:piece.quoted.start]
        continued = previous is not None and previous.quoted.continues
        joined = previous is not None and (continued or (same_paragraph and (
            (piece.cue is None and not piece.embedded)
            or (previous.cue is None and not previous.embedded)
            or (piece.cue is not None and previous.cue is not None
                and previous.cue.i == piece.cue.i))))
        if previous is not None and joined:
            piece.statement = previous.statement
            if piece.cue is None:
                piece.cue, piece.speaker = previous.cue, previous.speaker
            elif previous.cue is None:
                previous.cue, previous.speaker = piece.cue, piece.speaker
        else:
            statement += 1
            piece.statement = statement
        previous = piece
    # a paragraph-opening quotation whose speaker is named in the next sentence
    for number, piece in enumerate(pieces):
        if piece.cue is None and not piece.embedded and number + 1 < len(pieces):
            nxt = pieces[number + 1]
            if nxt.statement == piece.statement and nxt.cue is not None:
                piece.cue, piece.speaker = nxt.cue, nxt.speaker


# an interview turn: a paragraph opening with its speaker's label, "((Name))" or "Name:"
_TURN = re.compile(r"[ \t]*(?:\(\((?P<wiki>[A-Z][^()\n]{0,60})\)\)|"
                   r"(?P<plain>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t])")
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def _turn_speaker(view: DocView, actors: ActorIndex, quote: Quote) -> Quote:
    """In an interview transcript "I said …" is whoever's turn it is: the paragraph's label
    ("((Richard Stallman)) Well, I …", "Stallman: I …") names the speaker."""
    speaker = quote.speaker
    if speaker is None or speaker.code is not None or speaker.span.text.lower() not in \
            _FIRST_PERSON:
        return quote
    text = view.text
    begin = text.rfind("\n", 0, quote.content.start) + 1
    found = _TURN.match(text, begin)
    if found is None or found.end() > quote.content.start:
        return quote
    group = "wiki" if found.group("wiki") else "plain"
    label = found.group(group).strip()
    start = found.start(group)
    known = next((a for a in actors.actors() if a.name == label or a.span.text == label), None)
    tokens = view.char_tokens(start, start + len(label))
    sentence = view.sent_of[tokens[0]] if tokens else quote.content.sentence
    span = view.char_span(start, start + len(label), sentence)
    turn = Actor(known.code if known else None, known.country if known else None,
                 known.sector if known else None, label, span, "interview-turn",
                 0.6 if known is None else known.confidence)
    return replace(quote, speaker=turn)


def _speaker(view: DocView, actors: ActorIndex, token: Any | None) -> Actor | None:
    if token is None:
        return None
    for member in (token, *token.conjuncts):
        mention = actors.at(member.i)
        if mention is not None and mention.actors:
            return mention.actors[0]
    left = min(t.i for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct"))
    right = token.i + 1
    span = view.span(left, right)
    return Actor(None, None, None, span.text, span, "unresolved", 0.0)


def _direct_quote(view: DocView, actors: ActorIndex, piece: _Piece, article_id: str,
                  number: int) -> Quote | None:
    doc = view.doc
    first, last = piece.tokens
    if piece.embedded and piece.cue is not None and piece.cue.lower_ == "according":
        return None  # 'according to X, … "a fragment"': one mixed quotation, made below
    if piece.embedded and piece.cue is not None and piece.cue.dep_ == "relcl" and \
            piece.cue.i > last and piece.mixed_clause is None and \
            not _holds_piece(piece.cue, first, last):
        # 'a bill on "foreign agents" that critics say is modelled on …': the words named in
        # quotation marks are the thing the saying is about, not what was said
        return None
    if piece.cue is None:
        words = _word_count(doc, first, last)
        full_sentence = piece.quoted.closer is None or view.text[
            piece.quoted.start:piece.quoted.end].rstrip()[-1:] in ".?!,"
        if words < _MIN_UNATTRIBUTED_WORDS or not full_sentence:
            return None  # scare quotes or a title in quotation marks
    kind: QuoteKind = "direct"
    start, end = piece.quoted.start, piece.quoted.end
    if piece.mixed_clause is not None:
        kind = "mixed"
        begin, stop = piece.mixed_clause
        start, end = doc[begin].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
        if piece.quoted.closer is not None and piece.quoted.closer >= end:
            end = piece.quoted.closer + 1  # the fragment ends the clause: its closing mark
    content = _trimmed(view, start, end)
    if content is None:
        return None
    speaker = _speaker(view, actors, piece.speaker)
    cue = view.span(piece.cue.i, piece.cue.i + 1) if piece.cue is not None else None
    return Quote(
        id=f"{article_id}:q{view.field[:2]}{number}", kind=kind, speaker=speaker, cue=cue,
        content=content, statement=f"{article_id}:s{view.field[:2]}{piece.statement}",
        sentences=(view.sent_of[first], view.sent_of[last - 1]),
        addressee=_addressee(view, actors, piece.cue),
    )


_DANGLING = (" and", " but", " or")


def _trimmed(view: DocView, start: int, end: int) -> Span | None:
    text = view.text
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start:
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        dangling = next((w for w in _DANGLING if text[start:end].endswith(w)), None)
        if dangling is None:
            break
        end -= len(dangling)  # "… was wearing a niqab, and": the next clause is not said
    if start >= end:
        return None
    first = view.doc.char_span(start, end, alignment_mode="expand")
    sentence = view.sent_of[first.start] if first is not None and len(first) else 0
    return view.char_span(start, end, sentence)


def _addressee(view: DocView, actors: ActorIndex, cue: Any | None) -> Actor | None:
    if cue is None:
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") or (child.dep_ == "prep" and child.lower_ == "to"):
            target = child if child.dep_ != "prep" else next(
                (g for g in child.children if g.dep_ == "pobj"), None)
            if target is None:
                continue
            mention = actors.at(target.i)
            if mention is not None and mention.actors:
                return mention.actors[0]
            if target.lower_ in ("reporters", "journalists", "lawmakers"):
                span = view.span(target.i, target.i + 1)
                return Actor(None, None, None, span.text, span, "unresolved", 0.0)
    return None


def _indirect_quotes(view: DocView, actors: ActorIndex, pieces: list[_Piece], cues: Cues,
                     article_id: str, offset: int) -> list[Quote]:
    doc = view.doc
    quotes: list[Quote] = []
    taken: list[tuple[int, int, int]] = []  # token ranges already reported, with speaker head
    # (a fragment after the reported clause leaves the clause its own indirect quotation:
    # 'said the accusations were groundless and accused Washington of "manipulation"')
    attributed = {p.cue.i for p in pieces if p.cue is not None and not _after_clause(p)}
    for token in doc:
        kind = cues.kind(token)
        if kind is None or token.i in attributed or _inside(pieces, token.i) is not None:
            continue
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        if kind == "that" and not any(c.dep_ == "mark" and c.lower_ == "that"
                                      for c in clause.children):
            continue
        if token.lemma_.lower() in _VERDICTS and _bare_infinitive(clause):
            continue  # "declared him persona non grata": a verdict, no clause reported
        subject = _subject(token)
        if subject is None:
            continue
        begin, stop = _clause_bounds(clause)
        if any(p.tokens[0] < stop and begin < p.tokens[1] for p in pieces):
            continue  # the clause is (part of) a direct quotation, attributed above
        if any(b <= begin and stop <= e for b, e, _ in taken):
            continue  # nested report by the same speaker ("X said that … he said …")
        content = _trimmed(view, doc[begin].idx, doc[stop - 1].idx + len(doc[stop - 1].text))
        if content is None or _word_count(doc, begin, stop) < 2:
            continue
        taken.append((begin, stop, subject.i))
        number = offset + len(quotes)
        quotes.append(Quote(
            id=f"{article_id}:q{view.field[:2]}{number}", kind="indirect",
            speaker=_speaker(view, actors, subject), cue=view.span(token.i, token.i + 1),
            content=content, statement=f"{article_id}:s{view.field[:2]}r{number}",
            sentences=(view.sent_of[begin], view.sent_of[stop - 1]),
            addressee=_addressee(view, actors, token),
        ))
    quotes += _according_to(view, actors, pieces, article_id, offset + len(quotes))
    return quotes


def _closed(text: str, start: int, end: int) -> int:
    """``end``, moved past the closing quotation mark of a fragment the content opens but
    does not close ('the talks were "constructive".')."""
    inside = text[start:end]
    opened = inside.count('"') % 2 == 1 or inside.count("“") > inside.count("”")
    if opened:
        for i in range(end, min(len(text), end + 3)):
            if text[i] in '"”':
                return i + 1
    return end


def _after_clause(piece: _Piece) -> bool:
    """An embedded fragment in what the speaker did after the reported clause: 'said the
    accusations were groundless and accused Washington of "manipulation"'."""
    if not piece.embedded or piece.cue is None or piece.mixed_clause is not None:
        return False
    clause = next((c for c in piece.cue.children if c.dep_ == "ccomp"), None)
    reporter = _reporter(clause) if clause is not None else None
    first, last = piece.tokens
    return reporter is not None and reporter.left_edge.i <= first and \
        last - 1 <= reporter.right_edge.i


def _clause_bounds(clause: Any) -> tuple[int, int]:
    tokens = _reported(clause)
    while tokens and (_is_that(tokens[0]) or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return clause.i, clause.i + 1
    return tokens[0].i, tokens[-1].i + 1


def _reported(clause: Any) -> list[Any]:
    """The tokens of a reported clause that are what was said."""
    tokens = list(clause.subtree)
    reporter = _reporter(clause)
    if reporter is not None:
        # "said his country would defend its borders and called on Venezuela to …": what
        # the speaker did next is not what was said
        tokens = [t for t in tokens if t.i < reporter.left_edge.i and not (
            t.dep_ == "cc" and t.head.i == clause.i and t.i > clause.i)]
    framing = next((c for c in clause.children if _framing_aside(c)), None)
    if framing is not None:
        # "would defend its rights by all means, in a sharp warning to Athens": the writer's
        # word for what the saying was
        tokens = [t for t in tokens if t.i < framing.i]
    aside = next((c for c in clause.children if _writers_aside(clause, c)), None)
    if aside is not None:
        # "said it would prosecute those responsible, while Sweden summoned its envoy": the
        # writer sets another fact beside what was said
        tokens = [t for t in tokens if t.i < aside.left_edge.i]
    return tokens


def _reporter(clause: Any) -> Any | None:
    """The speaker's own next act, coordinated with what was said: "called on Venezuela"
    in "said his country would defend its borders and called on Venezuela to …"."""
    return next((c for c in clause.children if c.dep_ == "conj"
                 and past_report_conjunct(c) is not None and not any(
                     g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and any(g.dep_ == "cc" and g.i < c.i for g in clause.children)), None)


def _framing_aside(child: Any) -> bool:
    """', in a sharp warning to Athens', ', in a veiled reference to X': a phrase after a
    comma that names the act of saying."""
    if child.dep_ != "prep" or child.lower_ != "in" or child.i == 0 or \
            child.doc[child.i - 1].text != ",":
        return False
    noun = next((g for g in child.children if g.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in _SAYINGS


# nouns for an act of saying, by which a writer frames what was said
_SAYINGS = frozenset({"warning", "statement", "message", "rebuke", "reference", "swipe",
                      "jab", "address", "speech", "interview", "post", "remark", "comment",
                      "retort", "response", "reply", "appeal", "plea", "dig"})


def _writers_aside(clause: Any, child: Any) -> bool:
    """A past-tense "while"/"whereas" clause with its own subject, set off by a comma, under a
    reported clause with a modal ("it would prosecute …, while Sweden's minister summoned …")."""
    if child.dep_ != "advcl" or child.tag_ != "VBD" or child.i < clause.i:
        return False
    mark = next((c for c in child.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in ("while", "whereas") or mark.i == 0 or \
            mark.doc[mark.i - 1].text != ",":
        return False
    return any(c.dep_ == "nsubj" for c in child.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _is_that(token: Any) -> bool:
    return bool(token.dep_ == "mark" and token.lower_ == "that")


def _according_source(token: Any) -> tuple[Any, Any] | None:
    """For the word 'according' of 'according to X': ('to', X)."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
    if source is not None and source.lemma_.lower() in _DOCUMENTS:
        source = _document_owner(source) or source  # "according to a statement from X"
    return (to, source) if to is not None and source is not None else None


def _according_to(view: DocView, actors: ActorIndex, pieces: list[_Piece], article_id: str,
                  offset: int) -> list[Quote]:
    doc = view.doc
    quotes: list[Quote] = []
    if "according" not in view.text.lower():
        return quotes
    for token in doc:
        according = _according_source(token)
        if according is None or _inside(pieces, token.i) is not None:
            continue
        to, source = according
        sent = token.sent
        phrase = {t.i for t in token.subtree}
        rest = [t.i for t in sent if t.i not in phrase and not t.is_space]
        if not rest:
            continue
        # the larger contiguous side of the sentence is the reported content
        before = [i for i in rest if i < min(phrase)]
        after = [i for i in rest if i > max(phrase)]
        side = after if len(after) >= len(before) else before
        while side and (doc[side[-1]].is_punct or doc[side[-1]].is_space):
            side.pop()
        if len(side) < 3:
            continue
        if any(p.tokens[0] <= side[-1] and side[0] < p.tokens[1] and not p.embedded
               for p in pieces):
            continue  # 'according to X, "…"': the direct quotation is attributed to X above
        content = _trimmed(view, doc[side[0]].idx, _closed(
            view.text, doc[side[0]].idx, doc[side[-1]].idx + len(doc[side[-1]].text)))
        if content is None:
            continue
        number = offset + len(quotes)
        kind: QuoteKind = "mixed" if any(ch in content.text for ch in '"“”«»') else "indirect"
        quotes.append(Quote(
            id=f"{article_id}:q{view.field[:2]}{number}", kind=kind,
            speaker=_speaker(view, actors, source), cue=view.span(token.i, to.i + 1),
            content=content, statement=f"{article_id}:s{view.field[:2]}r{number}",
            sentences=(view.sent_of[side[0]], view.sent_of[side[-1]]),
        ))
    return quotes


def headline_quote(view: DocView, actors: ActorIndex, article_id: str) -> Quote | None:
    """'Kerry: U.S. and Russia working together' — a headline statement by the named actor."""
    doc = view.doc
    colon = next((t for t in doc if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i > 6:
        return None
    mention = actors.at(colon.i - 1)
    if mention is None or not mention.actors or mention.start != 0:
        return None
    rest = [t for t in doc[colon.i + 1:] if not t.is_space]
    if len(rest) < 3:
        return None
    content = _trimmed(view, rest[0].idx, rest[-1].idx + len(rest[-1].text))
    if content is None:
        return None
    return Quote(
        id=f"{article_id}:qti0", kind="indirect", speaker=mention.actors[0],
        cue=view.span(colon.i, colon.i + 1), content=content, statement=f"{article_id}:sti0",
        sentences=(0, view.sent_of[rest[-1].i]),
    )
