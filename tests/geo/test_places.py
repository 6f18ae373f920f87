"""The offline gazetteer and the FIPS table (package data)."""

from __future__ import annotations

import pytest

from tacitus.geo import fips_codes, load_places


@pytest.mark.parametrize(("name", "country"), [("Aleppo", "SYR"), ("Lagos", "NGA"),
                                               ("Kharkiv", "UKR"), ("Mosul", "IRQ")])
def test_places_know_their_country(name: str, country: str) -> None:
    place = load_places()[name]
    assert place.country == country and place.lat is not None and place.lon is not None


@pytest.mark.parametrize(("iso3", "fips"), [("USA", "US"), ("DEU", "GM"), ("GBR", "UK"),
                                            ("CHE", "SZ"), ("SRB", "RI"), ("XKX", "KV")])
def test_fips_codes_for_the_gdelt_export(iso3: str, fips: str) -> None:
    codes = fips_codes()
    assert codes[iso3] == fips
    assert len(codes) >= 240 and all(len(k) == 3 and k.isupper() for k in codes)
