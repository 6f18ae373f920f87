"""An injection attempt in every filter has no effect: values are parameters, never SQL."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

PAYLOADS = [
    "' OR 1=1 --",
    "USA' OR '1'='1",
    "x'); DROP TABLE events; --",
    "1; DELETE FROM articles",
    "%",
    "_",
    "\\",
    "USA\" OR \"\"=\"",
]

FILTERS = [
    ("/api/events", "source"), ("/api/events", "target"), ("/api/events", "cameo"),
    ("/api/events", "plover"), ("/api/events", "article"), ("/api/events", "start"),
    ("/api/events", "quad"), ("/api/events", "min_confidence"), ("/api/events", "format"),
    ("/api/articles", "q"), ("/api/articles", "start"), ("/api/articles", "end"),
    ("/api/quotes", "speaker"), ("/api/quotes", "article"), ("/api/quotes", "start"),
    ("/api/dyads", "source"), ("/api/dyads", "target"), ("/api/dyads", "by"),
    ("/api/codes", "source"), ("/api/codes", "target"),
    ("/api/network", "min_events"), ("/api/actors", "role"), ("/api/actors", "kind"),
]


def _counts(client: Any) -> dict[str, int]:
    data: dict[str, int] = client.get("/api/health").json()["data"]
    return {k: data[k] for k in ("articles", "events", "quotes", "actors")}


@pytest.mark.parametrize(("url", "name"), FILTERS)
def test_injection_in_a_filter_matches_nothing_and_changes_nothing(client: Any, url: str,
                                                                  name: str) -> None:
    before = _counts(client)
    for payload in PAYLOADS:
        response = client.get(url, params={name: payload})
        assert response.status_code in (200, 422), (payload, response.text)
        body = response.json()
        if response.status_code == 422:
            assert set(body) == {"error"}
            continue
        assert body["data"] == [], (url, name, payload)
    assert _counts(client) == before


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_in_an_article_id_is_a_404(client: Any, payload: str) -> None:
    response = client.get(f"/api/articles/{payload}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
