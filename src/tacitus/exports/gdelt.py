"""A GDELT 2.0-style event table (tab-separated, GDELT's 61 columns in GDELT's order).

What Tacitus has fills the columns; what it does not have (tone, actors' religion and
ethnicity, actor geography, ADM codes, feature ids) is left empty. The mapping is
:data:`GDELT_COLUMNS` (column → SQL over one normalised row per event) and is documented
in docs/corpus.md. Rows come from ``events`` (one mention each: NumMentions = NumArticles = 1)
or from ``events_dedup`` (GDELT's counts over the merged mentions).
"""

from __future__ import annotations

from tacitus.geo import fips_codes

__all__ = ["GDELT_COLUMNS", "GDELT_TABLES", "gdelt_select"]


def _clean(column: str) -> str:
    """A text column with tabs and line breaks made spaces (the file is tab-separated)."""
    return f"regexp_replace({column}, '[\\t\\r\\n]+', ' ', 'g')"


def _group(code: str) -> str:
    """GDELT's known-group code: the three letters after IGO/NGO/MNC (IGOUNO → UNO)."""
    return (f"CASE WHEN left({code}, 3) IN ('IGO', 'NGO', 'MNC') AND length({code}) >= 6 "
            f"THEN substr({code}, 4, 3) END")


def _actor(n: int, p: str) -> tuple[tuple[str, str], ...]:
    return (
        (f"Actor{n}Code", f"{p}_code"),
        (f"Actor{n}Name", _clean(f"{p}_name")),
        (f"Actor{n}CountryCode", f"{p}_country"),
        (f"Actor{n}KnownGroupCode", _group(f"{p}_code")),
        (f"Actor{n}EthnicCode", ""),
        (f"Actor{n}Religion1Code", ""),
        (f"Actor{n}Religion2Code", ""),
        (f"Actor{n}Type1Code", f"{p}_sector"),
        (f"Actor{n}Type2Code", ""),
        (f"Actor{n}Type3Code", ""),
    )


def _geo(prefix: str, filled: bool) -> tuple[tuple[str, str], ...]:
    return (
        (f"{prefix}_Type", ""),
        (f"{prefix}_FullName", _clean("location_name") if filled else ""),
        (f"{prefix}_CountryCode", "location_fips" if filled else ""),
        (f"{prefix}_ADM1Code", ""),
        (f"{prefix}_ADM2Code", ""),
        (f"{prefix}_Lat", "location_lat" if filled else ""),
        (f"{prefix}_Long", "location_lon" if filled else ""),
        (f"{prefix}_FeatureID", ""),
    )


# (GDELT column, SQL expression over the normalised row; "" = left empty)
GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GlobalEventID", "(md5_number_lower(event_id) >> 1)::BIGINT"),
    ("Day", "strftime(date, '%Y%m%d')"),
    ("MonthYear", "strftime(date, '%Y%m')"),
    ("Year", "strftime(date, '%Y')"),
    ("FractionDate", "round(year(date) + (month(date) * 30 + day(date)) / 365.0, 4)"),
    *_actor(1, "source"),
    *_actor(2, "target"),
    ("IsRootEvent", "CASE WHEN is_root THEN 1 ELSE 0 END"),
    ("EventCode", "cameo_code"),
    ("EventBaseCode", "left(cameo_code, 3)"),
    ("EventRootCode", "cameo_root"),
    ("QuadClass", "quad_class"),
    ("GoldsteinScale", "goldstein"),
    ("NumMentions", "num_mentions"),
    ("NumSources", "num_sources"),
    ("NumArticles", "num_articles"),
    ("AvgTone", ""),
    *_geo("Actor1Geo", False),
    *_geo("Actor2Geo", False),
    *_geo("ActionGeo", True),
    ("DATEADDED", "strftime(added, '%Y%m%d%H%M%S')"),
    ("SOURCEURL", _clean("url")),
)

_DOMAIN = r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www\.)?([^/:?#]+)"

_ROWS = {
    "events": f"""
        SELECT e.*, 1 AS num_mentions, 1 AS num_articles,
               CASE WHEN coalesce(nullif(a.source, ''),
                                  nullif(regexp_extract(a.url, '{_DOMAIN}', 1), '')) IS NULL
                    THEN 0 ELSE 1 END AS num_sources,
               (e.trigger_field = 'title' OR e.sentence = 0) AS is_root,
               a.url AS url, r.started AS added
        FROM events e LEFT JOIN articles a USING (article_id)
        LEFT JOIN runs r ON r.run_id = a.run_id""",
    "events_dedup": """
        SELECT d.*, r.started AS added
        FROM events_dedup d LEFT JOIN articles a USING (article_id)
        LEFT JOIN runs r ON r.run_id = a.run_id""",
}

GDELT_TABLES = tuple(_ROWS)


def _with_fips(rows: str) -> str:
    """The rows with ``location_fips``: the place's country in FIPS 10-4, as GDELT gives it."""
    pairs = ", ".join(f"('{iso}', '{fips}')" for iso, fips in sorted(fips_codes().items()))
    return (f"SELECT r.*, f.fips AS location_fips FROM ({rows}) r\n"
            f"LEFT JOIN (VALUES {pairs}) f(iso3, fips) ON f.iso3 = r.location_country")


def gdelt_select(table: str) -> str:
    """The query for ``table`` (``events`` or ``events_dedup``): GDELT's columns in order."""
    columns = ",\n       ".join(f"{expr or 'NULL'} AS {name}" for name, expr in GDELT_COLUMNS)
    return f"SELECT {columns}\nFROM ({_with_fips(_ROWS[table])})\nORDER BY date, event_id"
