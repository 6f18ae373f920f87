"""Articles in: readers for text files, directories, JSONL, CSV and stdin; checks; hashing."""

from tacitus.documents.checks import check_article, content_hash, parse_date
from tacitus.documents.readers import BadRecord, read_articles, read_path

__all__ = ["BadRecord", "check_article", "content_hash", "parse_date", "read_articles", "read_path"]
