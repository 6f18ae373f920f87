"""Per-article checks (empty, too long, not English), dates and content hashes."""

from __future__ import annotations

import hashlib
import re

from tacitus.errors import InputError, Msg
from tacitus.records import Article, parse_date

__all__ = ["check_article", "content_hash", "parse_date"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH = frozenset({
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "was",
    "were", "said", "at", "from", "it", "he", "she", "they", "has", "have", "be", "are", "an",
    "his", "her", "their", "not", "this", "will", "would", "who", "which", "but", "after", "over",
    "had", "been", "its", "or", "also", "than", "more", "about", "into", "up", "out", "we",
    "you", "them", "him", "whose", "when", "where", "there", "these", "those", "against",
    "between", "during", "before", "since", "while", "under", "no", "new", "two", "one", "all",
    "some", "other", "can", "could", "may", "our", "told", "says", "ago", "year", "years",
})
# function words of the other languages news most often comes in (Spanish, French, German,
# Italian, Portuguese, Dutch) that are not also English words: a short telegraphic English text
# has few English function words, but a foreign one has these instead
# (not the particles of names — de, la, el, le, du, di, da, van, von, der — which English news
# is full of: "el-Sisi", "von der Leyen", "Sharm el-Sheikh")
_FOREIGN = frozenset({
    "que", "los", "las", "por", "para", "con", "una", "es", "y", "les", "des", "et", "est",
    "une", "dans", "qui", "sur", "pas", "au", "aux", "das", "und", "ist", "nicht", "mit", "dem",
    "zu", "sich", "auf", "für", "ein", "eine", "il", "che", "della", "per", "non", "sono", "gli",
    "um", "uma", "os", "não", "em", "het", "een", "en", "op", "niet", "ook", "dat", "pela",
    "pelo", "nel", "nella", "sie", "wir", "nous", "avec", "dieser", "também", "muy", "pero",
    "dass", "über", "werden", "wird", "sind", "hat", "haben", "auch", "noch", "zum", "zur",
    "im", "vom", "bei", "oder", "aber", "nur", "wie", "fue", "sus", "su", "como", "más",
    "entre", "sobre", "esta", "este", "ont", "été", "sont", "mais", "ou", "cette", "leur",
})
# below this many words, the share of English function words alone does not decide
_LONG_SAMPLE = 40


def content_hash(article: Article) -> str:
    """A stable hash of what is coded (title and text), used to skip re-ingesting."""
    digest = hashlib.sha256()
    digest.update(article.title.strip().encode("utf-8"))
    digest.update(b"\x00")
    digest.update(article.text.strip().encode("utf-8"))
    return digest.hexdigest()[:32]


def check_article(article: Article, *, max_chars: int, where: str | None = None) -> None:
    """Raise :class:`InputError` if the article cannot be coded; return quietly otherwise."""
    place = where or f"article {article.id!r}"
    body = f"{article.title}\n{article.text}"
    if not body.strip():
        raise InputError(Msg.T001.format(where=place))
    if "\x00" in body:
        raise InputError(Msg.T002.format(where=place))
    if len(body) > max_chars:
        raise InputError(Msg.T007.format(where=place, size=len(body), limit=max_chars))
    words = _WORD.findall(body[:5000].lower())
    if len(words) >= 12:
        ascii_share = sum(w.isascii() for w in words) / len(words)
        english_share = sum(w in _ENGLISH for w in words) / len(words)
        foreign_share = sum(w in _FOREIGN for w in words) / len(words)
        # "Saudi-led coalition jets struck Houthi positions in Sanaa overnight" is English with
        # one function word in thirteen: a short text must also read as another language
        too_few = english_share < 0.08 and (len(words) >= _LONG_SAMPLE
                                            or foreign_share > english_share)
        if ascii_share < 0.6 or too_few:
            detail = f"{english_share:.0%} common English words, {ascii_share:.0%} Latin-script"
            raise InputError(Msg.T008.format(where=place, detail=detail))
