"""The orchestration: articles in, coded articles out.

:class:`Coder` holds everything a run needs (the spaCy pipeline, knowledge base, patterns,
ontology, settings) — built once, passed around, never global. ``code`` codes one article;
``code_many`` streams a batch through ``nlp.pipe`` (or several worker processes), turning every
bad record into a :class:`~tacitus.documents.BadRecord` instead of stopping.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from tacitus import __version__
from tacitus.actors import KnowledgeBase, Lexicon, load_knowledge
from tacitus.actors.coref import attach_speakers, resolve_references
from tacitus.actors.knowledge import given_names
from tacitus.actors.learning import LearnedBook, learn_from
from tacitus.actors.mentions import ActorIndex, find_mentions
from tacitus.config import Settings
from tacitus.documents import BadRecord, check_article
from tacitus.documents.dateline import find_dateline, without_dateline
from tacitus.errors import InputError, Msg
from tacitus.events import EventContext, Gazetteer, PatternBook, code_events, load_patterns
from tacitus.events.constructions import code_constructions
from tacitus.nlp import DocView, load_nlp
from tacitus.nlp.headlines import repair_headline
from tacitus.nlp.speakers import attach_trailing_speakers
from tacitus.ontology import Ontology, load_ontology
from tacitus.quotes import QuoteResult, extract_quotes, headline_quote, load_cues
from tacitus.records import Actor, Article, CodedArticle, Event, LearnedActor

__all__ = ["CODER_VERSION", "Coder", "DocCoder"]

CODER_VERSION = f"tacitus-{__version__}"


@dataclass(frozen=True, slots=True)
class _FieldResult:
    actors: ActorIndex
    quotes: QuoteResult
    events: list[Event]
    learned: list[LearnedActor]


class Coder:
    """Codes articles. Build it once (``Coder.load()``) and reuse it."""

    def __init__(
        self,
        nlp: Any,
        *,
        settings: Settings | None = None,
        knowledge: KnowledgeBase | None = None,
        patterns: PatternBook | None = None,
        ontology: Ontology | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.nlp = nlp
        self.settings = settings or Settings()
        self.knowledge = knowledge or load_knowledge(
            actor_files=self.settings.actor_files, agent_files=self.settings.agent_files)
        self.patterns = patterns or load_patterns(self.settings.patterns)
        self.ontology = ontology or load_ontology()
        self.lexicon = lexicon if lexicon is not None and lexicon.kb is self.knowledge else Lexicon(
            self.knowledge, lambda text: [t.text for t in nlp.tokenizer(text)])
        self.gazetteer = Gazetteer(self.lexicon)
        self.cues = load_cues()
        self.version = CODER_VERSION
        self.learned = LearnedBook()
        self._learned_facts: list[LearnedActor] = []

    def learn(self, facts: Iterable[LearnedActor]) -> None:
        """Use what earlier runs learned (from the store) for names nothing else resolves.

        Load it before a run, not during one, so that results do not depend on the order in
        which articles are coded (and parallel runs equal single-process ones).
        """
        facts = list(facts)
        self._learned_facts += facts
        self.learned.add(facts)

    def with_settings(self, **changes: Any) -> Coder:
        """A coder sharing this one's pipeline and knowledge, with some settings changed."""
        return Coder(self.nlp, settings=self.settings.replace(**changes),
                     knowledge=self.knowledge, patterns=self.patterns, ontology=self.ontology,
                     lexicon=self.lexicon)

    def _dateline_country(self, text: str) -> str | None:
        dateline = find_dateline(text)
        if dateline is None:
            return None
        country = next((found for words in dateline.place_spellings
                        if (found := self._place_country(words)) is not None), None)
        if country is None and dateline.region:
            country = self._place_country(dateline.region.split())
        # a seat of a body of states ("BRUSSELS" for the EU) is no story's country
        return country if country not in ("IGO", "NGO", "MNC") else None

    def _place_country(self, words: Sequence[str]) -> str | None:
        place = self.gazetteer.lookup(words)
        return place.country if place is not None else None

    @classmethod
    def load(cls, settings: Settings | None = None) -> Coder:
        """Load the spaCy pipeline named in ``settings`` and everything else."""
        settings = settings or Settings()
        return cls(load_nlp(settings.model), settings=settings)

    # ------------------------------------------------------------------ one article

    def code(self, article: Article) -> CodedArticle:
        """Code one article; raise :class:`InputError` if it cannot be coded."""
        check_article(article, max_chars=self.settings.max_chars)
        title_doc, text_doc = self.nlp.pipe([article.title, without_dateline(article.text)[0]])
        return self.code_docs(article, title_doc, text_doc)

    def code_docs(self, article: Article, title_doc: Any, text_doc: Any) -> CodedArticle:
        """Code an article whose title and text are already parsed."""
        warnings: list[str] = []
        attach_trailing_speakers(text_doc)  # "… kidnapped 200 pupils, residents said"
        # "NAIROBI, Oct 2 (Reuters) - Police …": the text is parsed without its dateline (see
        # _code_stream), whose country is the story's setting
        text = self._code_field(article, DocView.of(text_doc, "text"), warnings,
                                story_focus=self._dateline_country(article.text))
        # a headline is read with its story: "Police shoot protester" are the story's police;
        # its verb may have been parsed as a noun ("Russia, Ukraine swap prisoners")
        title_doc = repair_headline(self.nlp, title_doc, self.patterns.verbs.keys())
        title = self._code_field(article, DocView.of(title_doc, "title"), warnings,
                                 story_focus=text.actors.focus)
        quotes = list(title.quotes.quotes)
        headline = headline_quote(title.actors.view, title.actors, article.id)
        if headline is not None and not any(q.content.start <= headline.content.start
                                            for q in quotes):
            quotes.insert(0, headline)
        actors: tuple[Actor, ...] = title.actors.actors() + text.actors.actors()
        events = tuple(title.events + text.events)
        return CodedArticle(
            article=article, actors=actors, events=events,
            quotes=tuple(quotes) + tuple(text.quotes.quotes), warnings=tuple(warnings),
            coder=self.version, learned=tuple(text.learned + title.learned),
        )

    def _code_field(self, article: Article, view: DocView, warnings: list[str],
                    story_focus: str | None = None) -> _FieldResult:
        doc = view.doc
        mentions = find_mentions(view, self.lexicon, article.date)
        index = resolve_references(
            view, mentions, place_lookup=self._place_country,
            learned_lookup=lambda name: self.learned.lookup(name, article.date) if len(
                self.learned) else None, genders=given_names(), story_focus=story_focus)
        quotes = extract_quotes(view, index, article.id, cues=self.cues)
        warnings += quotes.warnings

        def speaker_at(i: int) -> Actor | None:
            return quotes.speaker_at_char(doc[i].idx)

        def quote_at(i: int) -> str | None:
            return quotes.quote_at_char(doc[i].idx)

        attach_speakers(index, speaker_at)
        ctx = EventContext(
            article_id=article.id, date=article.date, book=self.patterns,
            ontology=self.ontology, gazetteer=self.gazetteer, settings=self.settings,
            coder=self.version, speaker_at=speaker_at, quote_at=quote_at,
        )
        events = code_events(view, index, ctx)
        events += code_constructions(view, index, ctx, start=len(events))
        learned = learn_from(index, date=article.date, article_id=article.id)
        return _FieldResult(index, quotes, events, learned)

    # ------------------------------------------------------------------ batches

    def code_many(
        self, items: Iterable[Article | BadRecord], *, processes: int = 1
    ) -> Iterator[CodedArticle | BadRecord]:
        """Code a stream of articles in order; bad records come out as :class:`BadRecord`."""
        if processes > 1:
            yield from _code_parallel(self, items, processes)
            return
        yield from self._code_stream(items)

    def _code_stream(
        self, items: Iterable[Article | BadRecord]
    ) -> Iterator[CodedArticle | BadRecord]:
        def texts() -> Iterator[tuple[str, Article | BadRecord]]:
            for item in _checked(items, self.settings.max_chars):
                if isinstance(item, BadRecord):
                    yield "", item
                else:
                    yield item.title, item
                    yield without_dateline(item.text)[0], item

        pending: Any = None
        for doc, item in self.nlp.pipe(texts(), as_tuples=True,
                                       batch_size=self.settings.batch_size):
            if isinstance(item, BadRecord):
                yield item
                continue
            if pending is None:
                pending = doc
                continue
            title_doc, pending = pending, None
            try:
                yield self.code_docs(item, title_doc, doc)
            except InputError as exc:
                yield BadRecord(f"article {item.id!r}", str(exc))
            except Exception as exc:  # a fault of the coder's: this record is lost, not the run
                where = f"article {item.id!r}"
                yield BadRecord(where, Msg.T203.format(where=where, kind=type(exc).__name__,
                                                       detail=exc))


def _checked(items: Iterable[Article | BadRecord], max_chars: int) -> Iterator[Article | BadRecord]:
    for item in items:
        if isinstance(item, BadRecord):
            yield item
            continue
        try:
            check_article(item, max_chars=max_chars)
        except InputError as exc:
            yield BadRecord(f"article {item.id!r}", str(exc))
            continue
        yield item


# ---------------------------------------------------------------------- worker processes

# Each worker process holds its own Coder, built once by the pool initializer: the usual
# multiprocessing idiom (module state of a child process, never of the parent).
_WORKER: dict[str, Coder] = {}


def _init_worker(settings: Settings, learned: list[LearnedActor]) -> None:
    """Spawned worker: load a coder of its own."""
    coder = Coder.load(settings)
    coder.learn(learned)
    _WORKER["coder"] = coder


def _init_forked(coder: Coder) -> None:
    """Forked worker: the parent's coder, pipeline already loaded, is the worker's."""
    _WORKER["coder"] = coder


def _work(chunk: list[Article | BadRecord]) -> list[CodedArticle | BadRecord]:
    return list(_WORKER["coder"].code_many(chunk))


def _chunks(items: Iterable[Article | BadRecord], size: int) -> Iterator[list[Article | BadRecord]]:
    chunk: list[Article | BadRecord] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _code_parallel(
    coder: Coder, items: Iterable[Article | BadRecord], processes: int
) -> Iterator[CodedArticle | BadRecord]:
    """Code in ``processes`` workers, in order. Where the platform can fork, the workers start
    as copies of this process with the pipeline already loaded (no second model load);
    elsewhere they are spawned and load their own.

    A worker that dies (a crash in native code, killed for memory) takes its batch with it;
    the pool is started again and that batch's articles are coded one by one, so that only an
    article that kills a worker again comes out as a :class:`BadRecord` and the rest go on."""
    pool = _Workers(coder, processes)
    pending: deque[tuple[list[Article | BadRecord], Future[list[CodedArticle | BadRecord]]]] = \
        deque()
    try:
        for chunk in _chunks(items, coder.settings.batch_size):
            pending.append((chunk, pool.submit(chunk)))
            while len(pending) > 2 * processes:
                yield from pool.collect(pending)
        while pending:
            yield from pool.collect(pending)
    finally:
        pool.close()


class _Workers:
    """A process pool that is started again when a worker dies, and a one-worker pool where
    the articles of a batch that was lost are coded one at a time (so that a crash there is
    that article's own)."""

    def __init__(self, coder: Coder, processes: int) -> None:
        self.coder, self.processes = coder, processes
        self.executor = self._start(processes)
        self.alone: ProcessPoolExecutor | None = None

    def _start(self, processes: int) -> ProcessPoolExecutor:
        if "fork" in multiprocessing.get_all_start_methods():
            return ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(
                "fork"), initializer=_init_forked, initargs=(self.coder,))
        return ProcessPoolExecutor(  # pragma: no cover - Windows and macOS defaults
            processes, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self.coder.settings, self.coder._learned_facts))

    def submit(self, chunk: list[Article | BadRecord]) -> Future[list[CodedArticle | BadRecord]]:
        try:
            return self.executor.submit(_work, chunk)
        except BrokenProcessPool:
            # a worker died: the batches already sent fail when collected, the rest go to
            # a new pool
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start(self.processes)
            return self.executor.submit(_work, chunk)

    def collect(self, pending: deque[tuple[list[Article | BadRecord], Any]]
                ) -> Iterator[CodedArticle | BadRecord]:
        """The results of the oldest batch."""
        chunk, future = pending.popleft()
        try:
            yield from future.result()
            return
        except BrokenProcessPool:
            pass
        for item in chunk:  # one at a time: only the article that kills a worker is lost
            if self.alone is None:
                self.alone = self._start(1)
            try:
                yield from self.alone.submit(_work, [item]).result()
            except BrokenProcessPool:
                self.alone.shutdown(wait=False, cancel_futures=True)
                self.alone = None
                where = f"article {item.id!r}" if isinstance(item, Article) else item.where
                yield item if isinstance(item, BadRecord) else BadRecord(
                    where, Msg.T204.format(where=where))

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        if self.alone is not None:
            self.alone.shutdown(wait=True)


class DocCoder:
    """The ``tacitus_coder`` spaCy component: codes ``doc`` as an article's text.

    The date comes from ``doc._.tacitus_date`` (set it before calling); the result goes to
    ``doc._.tacitus`` as a :class:`CodedArticle`.
    """

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._coder: Coder | None = None

    def __call__(self, doc: Any) -> Any:
        if self._coder is None:
            self._coder = Coder(self._nlp)
        date: dt.date | None = doc._.tacitus_date
        article = Article(id="doc", title="", text=doc.text, date=date)
        title_doc = self._nlp.make_doc("")
        doc._.tacitus = self._coder.code_docs(article, title_doc, doc)
        return doc
