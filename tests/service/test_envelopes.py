"""One success envelope and one error envelope, for every endpoint and every failure."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

JSON_ENDPOINTS = [
    "/api/health", "/api/articles", "/api/articles/real-moscow", "/api/events", "/api/quotes",
    "/api/dyads", "/api/codes", "/api/network", "/api/actors", "/api/actors?kind=learned",
]


def _is_error(body: dict[str, Any], code: str) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert body["error"]["message"].startswith("[T")


@pytest.mark.parametrize("url", JSON_ENDPOINTS)
def test_every_json_endpoint_answers_with_the_success_envelope(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"data", "meta"} and isinstance(body["meta"], dict)


def test_post_code_answers_with_the_success_envelope(client: Any) -> None:
    response = client.post("/api/code", json={"title": "Talks", "date": "2013-05-08",
                                               "text": "John Kerry met Sergey Lavrov in Moscow."})
    assert response.status_code == 200
    assert set(response.json()) == {"data", "meta"}


@pytest.mark.parametrize(("method", "url", "status", "code"), [
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/api/articles/no-such-article", 404, "not_found"),
    ("GET", "/static/nothing.js", 404, "not_found"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("GET", "/api/code", 405, "method_not_allowed"),
    ("PUT", "/api/articles", 405, "method_not_allowed"),
    ("GET", "/api/events?quad=5", 422, "invalid_request"),
    ("GET", "/api/events?start=yesterday", 422, "invalid_request"),
    ("GET", "/api/events?start=2021-01-01&end=2020-01-01", 422, "invalid_request"),
    ("GET", "/api/events?min_confidence=2", 422, "invalid_request"),
    ("GET", "/api/events?cameo=abc", 422, "invalid_request"),
    ("GET", "/api/events?limit=0", 422, "invalid_request"),
    ("GET", "/api/events?limit=5000", 422, "invalid_request"),
    ("GET", "/api/events?offset=-1", 422, "invalid_request"),
    ("GET", "/api/events?format=xml", 422, "invalid_request"),
    ("GET", "/api/articles?limit=1001", 422, "invalid_request"),
    ("GET", "/api/dyads?by=fortnight", 422, "invalid_request"),
    ("GET", "/api/actors?kind=famous", 422, "invalid_request"),
    ("GET", "/api/actors?offset=5", 422, "invalid_request"),
    ("GET", "/api/network?limit=abc", 422, "invalid_request"),
    ("GET", "/api/quotes?end=2020-13-01", 422, "invalid_request"),
])
def test_errors_answer_with_the_error_envelope(client: Any, method: str, url: str,
                                                 status: int, code: str) -> None:
    response = client.request(method, url)
    assert response.status_code == status
    _is_error(response.json(), code)


def test_a_405_says_which_methods_are_allowed(client: Any) -> None:
    response = client.delete("/api/events")
    assert "GET" in response.headers["allow"]


@pytest.mark.parametrize(("url", "names"), [
    ("/api/events?quad=5", ["quad"]),
    ("/api/events?start=yesterday&min_confidence=x", ["start", "min_confidence"]),
    ("/api/events?limit=5000", ["limit"]),
    ("/api/dyads?by=fortnight", ["by"]),
])
def test_a_422_names_each_bad_parameter_clearly(client: Any, url: str, names: list[str]) -> None:
    body = client.get(url).json()["error"]
    for name in names:
        assert f"'{name}'" in body["message"]
    if body["details"]:
        assert {d["name"] for d in body["details"]} == set(names)
        assert all(d["in"] == "query" and d["message"] for d in body["details"])


def test_json_limit_over_1000_points_to_csv(client: Any) -> None:
    message = client.get("/api/events?limit=5000").json()["error"]["message"]
    assert "at most 1000" in message and "format=csv" in message


@pytest.mark.parametrize("body", [
    {"title": "No text"},
    {"text": ""},
    {"text": "Kerry met Lavrov.", "date": "08/05/2013"},
    {"text": "Kerry met Lavrov.", "colour": "red"},
    {"text": 42},
])
def test_bad_code_bodies_are_422(client: Any, body: dict[str, Any]) -> None:
    response = client.post("/api/code", json=body)
    assert response.status_code == 422
    _is_error(response.json(), "invalid_request")


def test_malformed_json_is_422(client: Any) -> None:
    response = client.post("/api/code", content=b"{not json",
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    _is_error(response.json(), "invalid_request")


def test_text_that_cannot_be_coded_is_422_with_the_input_error(client: Any) -> None:
    response = client.post("/api/code", json={"text": "\x00\x00 binary"})
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("[T002]")


def test_a_declared_oversize_body_is_413(client: Any) -> None:
    response = client.post("/api/code", content=b"x" * 1_200_000,
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    _is_error(response.json(), "payload_too_large")
    assert "1200000 bytes" in response.json()["error"]["message"]


def test_a_streamed_oversize_body_is_413(client: Any) -> None:
    def chunks() -> Any:
        for _ in range(15):
            yield b"x" * 100_000

    response = client.post("/api/code", content=chunks(),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    _is_error(response.json(), "payload_too_large")


def test_an_article_over_the_coder_limit_is_413(client: Any) -> None:
    text = "Kerry met Lavrov in Moscow. " * 9000  # ~250k characters, under the byte limit
    response = client.post("/api/code", json={"text": text})
    assert response.status_code == 413
    assert response.json()["error"]["message"].startswith("[T007]")


def test_a_crash_is_a_500_with_the_error_envelope(crashing_client: Any) -> None:
    response = crashing_client.get("/api/events")
    assert response.status_code == 500
    _is_error(response.json(), "internal_error")
    assert "RuntimeError" in response.json()["error"]["message"]
    assert "boom" not in response.text  # no internals leak
