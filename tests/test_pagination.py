"""Paged lists: the three paging styles `x-lansenger-pagination` can declare, and how the spec is checked."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from lansenger import AsyncLansenger, Lansenger
from lansenger_api.client import apaginate, next_offset, next_page, paginate
from lansenger_api.types import UNSET, Unset

from codegen.derive import derive
from tests._envelopes import GATEWAY

ITEMS = list(range(7))


@dataclass
class Page:
    items: list[int] | Unset
    total: int | Unset | None = None
    cursor: str | Unset = UNSET


@dataclass
class Server:
    """Answers positions with slices of ITEMS and records every position asked for."""

    size: int = 3
    asked: list[Any] = field(default_factory=list)

    def by_page(self, page: int) -> Page:
        self.asked.append(page)
        start = (page - 1) * self.size
        return Page(ITEMS[start : start + self.size], total=len(ITEMS))

    def by_offset(self, offset: int) -> Page:
        self.asked.append(offset)
        return Page(ITEMS[offset : offset + self.size], total=len(ITEMS))

    def by_cursor(self, cursor: str) -> Page:
        self.asked.append(cursor)
        start = int(cursor)
        batch = ITEMS[start : start + self.size]
        return Page(batch, cursor=str(start + len(batch)) if start + len(batch) < len(ITEMS) else UNSET)


def test_page_numbers_advance_by_one_and_stop_on_total() -> None:
    server = Server()
    got = list(paginate(server.by_page, first=1, items=lambda p: p.items, total=lambda p: p.total, advance=next_page))
    assert (got, server.asked) == (ITEMS, [1, 2, 3])


def test_offsets_advance_by_the_items_received() -> None:
    server = Server(size=4)
    got = list(
        paginate(server.by_offset, first=0, items=lambda p: p.items, total=lambda p: p.total, advance=next_offset)
    )
    assert (got, server.asked) == (ITEMS, [0, 4])


def test_a_cursor_is_followed_until_the_answer_has_none() -> None:
    server = Server()
    got = list(
        paginate(
            server.by_cursor,
            first="0",
            items=lambda p: p.items,
            total=lambda p: None,
            advance=lambda cursor, p, received: p.cursor,
        )
    )
    assert (got, server.asked) == (ITEMS, ["0", "3", "6"])


def test_a_cursor_that_does_not_move_ends_the_walk() -> None:
    asked: list[str] = []

    def stuck(cursor: str) -> Page:
        asked.append(cursor)
        return Page([1], cursor="5")

    got = list(
        paginate(stuck, first="5", items=lambda p: p.items, total=lambda p: None, advance=lambda c, p, n: p.cursor)
    )
    assert (got, asked) == ([1], ["5"])


def test_an_empty_or_missing_page_ends_the_walk_without_a_total() -> None:
    answers = iter([Page([1, 2]), Page(UNSET)])
    got = list(
        paginate(
            lambda page: next(answers), first=1, items=lambda p: p.items, total=lambda p: p.total, advance=next_page
        )
    )
    assert got == [1, 2]


@pytest.mark.anyio
async def test_the_async_walk_matches_the_sync_one() -> None:
    server = Server(size=2)

    async def fetch(offset: int) -> Page:
        return server.by_offset(offset)

    got = [
        item
        async for item in apaginate(
            fetch, first=0, items=lambda p: p.items, total=lambda p: p.total, advance=next_offset
        )
    ]
    assert (got, server.asked) == (ITEMS, [0, 2, 4, 6])


# --- the spec side ---------------------------------------------------------------------------------------------

PAGED = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things/fetch": {
            "post": {
                "operationId": "list_things",
                "parameters": [{"name": "base_version", "in": "query", "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["query"],
                                "properties": {
                                    "pageNo": {"type": "integer"},
                                    "offset": {"type": "integer"},
                                    "query": {"type": "object", "properties": {"pageNo": {"type": "integer"}}},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "allOf": [
                                        {"$ref": "#/components/schemas/Envelope"},
                                        {"properties": {"data": {"$ref": "#/components/schemas/Things"}}},
                                    ]
                                }
                            }
                        }
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Envelope": {"type": "object", "properties": {"errCode": {"type": "integer"}}},
            "Things": {
                "type": "object",
                "properties": {
                    "result": {"type": "array", "items": {"type": "integer"}},
                    "total": {"type": "integer"},
                    "lastVersion": {"type": "string"},
                },
            },
        }
    },
}


def paged(annotation: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(PAGED)
    document["paths"]["/things/fetch"]["post"]["x-lansenger-pagination"] = annotation
    return document


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (
            {"page": "pageNo", "first": 1, "items": "result", "total": "total"},
            {"style": "page", "param": "pageNo", "where": "body", "first": 1, "next": None},
        ),
        (
            {"offset": "offset", "items": "result", "total": "total"},
            {"style": "offset", "param": "offset", "where": "body", "first": 0, "next": None},
        ),
        (
            {"page": "query.pageNo", "first": 1, "items": "result", "total": "total"},
            {"style": "page", "param": "query", "where": "nested", "nested": {"field": "page_no"}},
        ),
        (
            {"cursor": "base_version", "first": "0", "items": "result", "next": "lastVersion"},
            {"style": "cursor", "param": "base_version", "where": "query", "first": "0", "next": "lastVersion"},
        ),
    ],
)
def test_each_style_is_read_from_the_spec(annotation: dict[str, Any], expected: dict[str, Any]) -> None:
    _, metas = derive(paged(annotation))
    paging = metas["list_things"].pagination
    assert paging is not None
    assert {key: paging[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("annotation", "message"),
    [
        ({"page": "pageNo", "offset": "offset", "first": 1, "items": "result", "total": "total"}, "exactly one"),
        ({"cursor": "base_version", "first": "0", "items": "result"}, "needs \\['next'\\]"),
        ({"page": "nope", "first": 1, "items": "result", "total": "total"}, "not a query parameter, body field"),
        ({"page": "query.nope", "first": 1, "items": "result", "total": "total"}, "query has no field nope"),
        ({"offset": "offset", "items": "missing", "total": "total"}, "not a field of the answer"),
        ({"offset": "offset", "items": "total", "total": "total"}, "must be an array"),
    ],
)
def test_a_wrong_annotation_fails_generation(annotation: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        derive(paged(annotation))


# --- on the wire: a list paged in the JSON body ---------------------------------------------------------------

QUESTIONNAIRES = "/xtra/questionnaire/server/openapi/v1/myCreateList"


def _body_pages(router: Any) -> list[dict[str, Any]]:
    """Serve 5 questionnaires 2 per page by the body's pageNo; returns the bodies the client sent."""
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        start = (body["pageNo"] - 1) * body["pageSize"]
        codes = [f"q{n}" for n in range(5)][start : start + body["pageSize"]]
        page = {
            "pageNo": body["pageNo"],
            "pageSize": body["pageSize"],
            "total": 5,
            "result": [{"code": c} for c in codes],
        }
        return httpx.Response(200, json={"errCode": 0, "errMsg": "ok", "data": page})

    router.post(QUESTIONNAIRES).mock(side_effect=answer)
    return sent


def test_a_body_paged_list_walks_page_numbers_in_the_body(router: Any) -> None:
    sent = _body_pages(router)
    with Lansenger("app", "secret", gateway_url=GATEWAY) as client:
        codes = [
            q.code for q in client.questionnaires.iter_list_my_questionnaires(org_id="o", user_id="u", page_size=2)
        ]
    assert codes == ["q0", "q1", "q2", "q3", "q4"]
    assert [(body["pageNo"], body["pageSize"], body["orgId"]) for body in sent] == [
        (1, 2, "o"),
        (2, 2, "o"),
        (3, 2, "o"),
    ]


@pytest.mark.anyio
async def test_a_body_paged_list_walks_the_same_way_async(router: Any) -> None:
    sent = _body_pages(router)
    async with AsyncLansenger("app", "secret", gateway_url=GATEWAY) as client:
        walk = client.questionnaires.iter_list_my_questionnaires(org_id="o", user_id="u", page_size=2)
        codes = [q.code async for q in walk]
    assert codes == ["q0", "q1", "q2", "q3", "q4"]
    assert [body["pageNo"] for body in sent] == [1, 2, 3]
