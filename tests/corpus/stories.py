"""Short generated news stories (events and quotations in each) for the corpus tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tacitus.records import Article

_PAIRS = [
    ("U.S. Secretary of State John Kerry", "Russian Foreign Minister Sergey Lavrov", "Geneva"),
    ("French President Emmanuel Macron", "German Chancellor Angela Merkel", "Paris"),
    ("Iranian President Hassan Rouhani", "Turkish President Recep Tayyip Erdogan", "Ankara"),
    ("Chinese President Xi Jinping", "Japanese Prime Minister Shinzo Abe", "Beijing"),
    ("Indian Prime Minister Narendra Modi", "Pakistani officials", "New Delhi"),
]
_ACTS = ["met", "criticized", "praised", "accused", "thanked"]
_CITIES = ["Tunis", "Cairo", "Kabul", "Caracas", "Harare", "Bamako", "Baghdad", "Minsk"]


def stories(n: int) -> list[Article]:
    """``n`` distinct short articles, dated in 2018–2019."""
    out = []
    for i in range(n):
        first, second, place = _PAIRS[i % len(_PAIRS)]
        act = _ACTS[(i // len(_PAIRS)) % len(_ACTS)]
        city = _CITIES[i % len(_CITIES)]
        text = (f"{first} {act} {second} in {place} on Tuesday.\n\n"
                f"Police arrested {10 + i} protesters in {city} on Sunday, and the government "
                f"condemned the protests.\n\n"
                f"\"We will not accept this,\" {second.split()[-1]} said after the meeting.")
        out.append(Article(f"story-{i:03d}", f"Story {i}: talks in {place}", text,
                           dt.date(2018, 1, 1) + dt.timedelta(days=9 * i),
                           source=f"Wire {i % 3}", url=f"https://news{i % 4}.example.org/{i}"))
    return out


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.id, "title": a.title, "text": a.text,
                                     "date": a.date.isoformat() if a.date else None,
                                     "source": a.source, "url": a.url}) + "\n")
    return path
