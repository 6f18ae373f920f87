"""Every endpoint: what it answers, its paging and its filters (exact on the synthetic 2020
events, by property on the coded articles)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from tests.service.corpus import REAL, SYNTHETIC

pytestmark = pytest.mark.model

IN_2020 = {"start": "2020-01-01", "end": "2020-12-31"}


def get(client: Any, url: str, **params: Any) -> dict[str, Any]:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_health_counts_what_the_store_holds(client: Any) -> None:
    data = get(client, "/api/health")["data"]
    assert data["status"] == "ok"
    assert data["articles"] == len(REAL) + len(SYNTHETIC)
    assert data["events"] >= len(SYNTHETIC) and data["quotes"] >= 1


# ---------------------------------------------------------------------------- events


@pytest.mark.parametrize(("params", "expected"), [
    ({}, 10),
    ({"source": "USA"}, 3),
    ({"source": "usagov"}, 3),
    ({"target": "USA"}, 2),
    ({"source": "USA", "target": "RUS"}, 3),
    ({"source": "USA", "target": "RUS", "symmetric": "true"}, 5),
    ({"source": "RUS"}, 6),
    ({"source": "RUSMIL"}, 4),
    ({"target": "IGO"}, 1),
    ({"cameo": "19"}, 4),
    ({"cameo": "190"}, 4),
    ({"cameo": "042"}, 3),
    ({"cameo": "04"}, 3),
    ({"quad": 3}, 2),
    ({"quad": 4}, 4),
    ({"plover": "consult"}, 3),
    ({"min_confidence": 0.85}, 3),
    ({"min_confidence": 0.4}, 9),
    ({"start": "2020-02-01", "end": "2020-02-29"}, 3),
    ({"article": "syn-00"}, 1),
])
def test_event_filters_select_exactly(client: Any, params: dict[str, Any],
                                      expected: int) -> None:
    body = get(client, "/api/events", **{**IN_2020, **params}, limit=100)
    assert body["meta"]["total"] == expected == len(body["data"])


def test_event_rows_carry_codes_evidence_and_their_article(client: Any) -> None:
    row = get(client, "/api/events", article="syn-05")["data"][0]
    assert (row["source_code"], row["target_code"], row["cameo_code"]) == ("RUSMIL", "UKRMIL",
                                                                          "190")
    assert row["quad_class"] == 4 and row["date"] == "2020-03-02"
    assert row["article_title"] == "Synthetic story 5" and row["trigger_text"] == "did"


def test_events_of_coded_articles_satisfy_the_filters(client: Any) -> None:
    everything = get(client, "/api/events", limit=1000)["data"]
    coded = [e for e in everything if not e["article_id"].startswith("syn-")]
    assert coded, "the coder found no events in the real articles"
    first = coded[0]
    country = first["source_code"][:3]
    rows = get(client, "/api/events", source=country, quad=first["quad_class"],
               limit=1000)["data"]
    assert first["event_id"] in {r["event_id"] for r in rows}
    assert all(r["source_code"].startswith(country) and r["quad_class"] == first["quad_class"]
               for r in rows)


def test_events_page_through_without_gaps_or_repeats(client: Any) -> None:
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        body = get(client, "/api/events", **IN_2020, limit=3, offset=offset)
        meta = body["meta"]
        assert meta["total"] == 10 and meta["limit"] == 3 and meta["offset"] == offset
        assert meta["returned"] == len(body["data"]) <= 3
        seen += [e["event_id"] for e in body["data"]]
        offset = meta["next_offset"]
    assert len(seen) == len(set(seen)) == 10
    dates = [e["date"] for e in get(client, "/api/events", **IN_2020, limit=10)["data"]]
    assert dates == sorted(dates, reverse=True)


def test_events_as_csv(client: Any) -> None:
    response = client.get("/api/events", params={**IN_2020, "format": "csv", "source": "RUS",
                                                  "limit": 5000})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["x-total-count"] == "6"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 6 and {r["source_code"] for r in rows} == {"RUSGOV", "RUSMIL"}
    assert {"event_id", "cameo_code", "goldstein", "sentence_text"} <= set(rows[0])


def test_an_empty_csv_is_still_a_csv(client: Any) -> None:
    response = client.get("/api/events", params={"format": "csv", "source": "ZZZ"})
    assert response.status_code == 200 and response.headers["x-total-count"] == "0"


# ---------------------------------------------------------------------------- articles


def test_articles_list_newest_first_with_counts(client: Any) -> None:
    body = get(client, "/api/articles", limit=100)
    assert body["meta"]["total"] == len(REAL) + len(SYNTHETIC)
    dates = [a["date"] for a in body["data"]]
    assert dates == sorted(dates, reverse=True)
    assert all({"article_id", "title", "date", "events", "quotes"} <= set(a)
               for a in body["data"])
    assert all("text" not in a for a in body["data"])  # pages stay small


@pytest.mark.parametrize(("params", "ids"), [
    ({"q": "moscow"}, {"real-moscow"}),
    ({"q": "MYANMAR"}, {"real/slash id"}),
    ({"q": "Synthetic story 3"}, {"syn-03"}),
    ({"q": "UKRMIL", "start": "2020-04-01"}, {"syn-07", "syn-08"}),
    ({"start": "2022-01-01", "end": "2022-12-31"}, {"real-tunis", "real/slash id"}),
])
def test_article_search_and_dates(client: Any, params: dict[str, Any], ids: set[str]) -> None:
    body = get(client, "/api/articles", **params, limit=100)
    assert {a["article_id"] for a in body["data"]} == ids == set(ids)
    assert body["meta"]["total"] == len(ids)


def test_articles_page(client: Any) -> None:
    first = get(client, "/api/articles", limit=5)
    second = get(client, "/api/articles", limit=5, offset=5)
    assert first["meta"]["next_offset"] == 5
    assert not {a["article_id"] for a in first["data"]} & {a["article_id"] for a in
                                                          second["data"]}


@pytest.mark.parametrize("article_id", ["real-moscow", "real/slash id"])
def test_one_article_with_its_records(client: Any, article_id: str) -> None:
    body = get(client, f"/api/articles/{article_id}")
    data = body["data"]
    assert data["article"]["article_id"] == article_id and data["article"]["text"]
    assert body["meta"]["events"] == len(data["events"]) >= 1
    assert len(data["actors"]) >= 2 and len(data["quotes"]) >= 1
    text = data["article"]["text"]
    for event in data["events"]:
        if event["trigger_field"] == "text":
            assert text[event["trigger_start"]:event["trigger_end"]] == event["trigger_text"]


# ---------------------------------------------------------------------------- quotes


def test_quotes_by_speaker_name_or_code(client: Any) -> None:
    by_name = get(client, "/api/quotes", speaker="kerry")["data"]
    assert by_name and all("kerry" in (q["speaker_name"] or q["speaker_text"]).lower()
                           for q in by_name)
    by_code = get(client, "/api/quotes", speaker="USAGOV")["data"]
    assert by_code and all(q["speaker_code"].startswith("USAGOV") for q in by_code)
    assert by_name[0]["content_text"] and by_name[0]["article_title"]


def test_quotes_by_date(client: Any) -> None:
    everything = get(client, "/api/quotes", limit=100)
    in_2013 = get(client, "/api/quotes", start="2013-01-01", end="2013-12-31", limit=100)
    assert 0 < in_2013["meta"]["total"] < everything["meta"]["total"]
    assert all(q["date"].startswith("2013") for q in in_2013["data"])
    assert get(client, "/api/quotes", start="2030-01-01")["meta"]["total"] == 0


# ---------------------------------------------------------------------------- aggregates


def test_dyads_by_month(client: Any) -> None:
    rows = get(client, "/api/dyads", source="RUSMIL", target="UKRMIL", by="month")["data"]
    assert [(r["period"], r["events"]) for r in rows] == [("2020-03-01", 2), ("2020-04-01", 2)]
    assert all(r["material_conflict"] == r["events"] and r["root_19"] == r["events"]
               for r in rows)


def test_dyads_symmetric_and_combined_is_one_series(client: Any) -> None:
    params = {"source": "USA", "target": "RUS", "symmetric": "true", "by": "month", **IN_2020}
    split = get(client, "/api/dyads", **params)["data"]
    combined = get(client, "/api/dyads", **params, combine="true")
    assert {(r["source"], r["target"]) for r in split} == {("USAGOV", "RUSGOV"),
                                                         ("RUSGOV", "USAGOV")}
    rows = combined["data"]
    assert combined["meta"]["combined"] is True and "source" not in rows[0]
    assert [(r["period"], r["events"]) for r in rows] == [
        ("2020-01-01", 1), ("2020-02-01", 3), ("2020-03-01", 1)]
    february = rows[1]
    assert (february["verbal_cooperation"], february["verbal_conflict"]) == (1, 2)
    assert february["goldstein_sum"] == pytest.approx(
        sum(r["goldstein_sum"] for r in split if r["period"] == "2020-02-01"))
    assert sum(r["events"] for r in rows) == 5


def test_dyads_page(client: Any) -> None:
    body = get(client, "/api/dyads", **IN_2020, by="week", limit=2)
    assert body["meta"]["returned"] == 2 and body["meta"]["next_offset"] == 2
    assert body["meta"]["total"] == 10  # every synthetic event falls in its own week


def test_top_codes_between_two_actors(client: Any) -> None:
    rows = get(client, "/api/codes", source="USA", target="RUS", symmetric="true",
               **IN_2020)["data"]
    assert [(r["code"], r["events"]) for r in rows] == [("042", 3), ("112", 2)]
    assert rows[0]["name"] and rows[0]["quad_class"] == 1


def test_network_edges(client: Any) -> None:
    rows = get(client, "/api/network", **IN_2020, limit=3)["data"]
    assert (rows[0]["source"], rows[0]["target"], rows[0]["weight"]) == ("RUSMIL", "UKRMIL", 4)
    assert rows[0]["conflict_share"] == 1.0
    assert len(get(client, "/api/network", **IN_2020, min_events=3)["data"]) == 2


def test_top_actors_and_learned_actors(client: Any) -> None:
    top = get(client, "/api/actors", **IN_2020, limit=3)
    assert [(r["code"], r["events"]) for r in top["data"]][:2] == [("RUSGOV", 5),
                                                                   ("USAGOV", 5)]
    sources = get(client, "/api/actors", **IN_2020, role="source", limit=1)["data"]
    assert sources[0]["code"] == "RUSMIL" and sources[0]["as_source"] == 4
    learned = get(client, "/api/actors", kind="learned")
    assert learned["meta"]["total"] == 1
    assert learned["data"][0]["name"] == "Jane Doe" and learned["data"][0]["mentions"] == 7


# ---------------------------------------------------------------------------- coding


def test_code_returns_the_coded_article(client: Any) -> None:
    body = client.post("/api/code", json={
        "title": "Talks in Moscow", "date": "2013-05-08",
        "text": "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey "
                "Lavrov in Moscow on Tuesday."}).json()
    data = body["data"]
    assert set(data) >= {"article", "actors", "events", "quotes", "warnings", "coder"}
    assert data["article"]["id"].startswith("api-") and data["article"]["date"] == "2013-05-08"
    assert body["meta"]["events"] == len(data["events"]) >= 1
    event = data["events"][0]
    assert {event["source"]["code"], event["target"]["code"]} == {"USAGOV", "RUSGOV"}
    text = data["article"]["text"]
    assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
    assert get(client, "/api/health")["data"]["articles"] == len(REAL) + len(SYNTHETIC)


def test_code_keeps_a_given_id_and_needs_no_date(client: Any) -> None:
    data = client.post("/api/code", json={"id": "mine", "text": "Kerry met Lavrov."}).json()
    assert data["data"]["article"]["id"] == "mine"
    assert data["data"]["article"]["date"] is None
