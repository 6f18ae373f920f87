"""Articles in: readers for text, JSONL, CSV, HTML and RSS/Atom files, directories, globs and
stdin; checks; hashing; counting records ahead of a run."""

from tacitus.documents.checks import check_article, content_hash, parse_date
from tacitus.documents.counting import count_records
from tacitus.documents.dateline import Dateline, find_dateline, without_dateline
from tacitus.documents.readers import BadRecord, FieldMap, read_articles, read_path

__all__ = ["BadRecord", "Dateline", "FieldMap", "check_article", "content_hash", "count_records",
           "find_dateline", "parse_date", "read_articles", "read_path", "without_dateline"]
