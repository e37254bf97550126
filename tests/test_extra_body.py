"""`extra_body=`: body fields the spec does not name reach the wire as given, and never displace a named one."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, InvalidRequestError, Lansenger
from lansenger.testing import Sandbox

from tests._envelopes import GATEWAY, TOKEN, ok

OVERTIME = "/xtra/jiaban/server/openapi/v2/submitApprove"
MY_QUESTIONNAIRES = "/xtra/questionnaire/server/openapi/v1/myCreateList"
APPLICATION: dict[str, Any] = {
    "cmc_code": "JB-ENG",
    "applyer_id": "524288-1003",
    "start_time": 1,
    "end_time": 2,
    "memo": "m",
    "approve_ids": ["524288-1004"],
    "overtime_type": 1,
    "apply_type": 1,
}


def sent_body(route: respx.Route) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(route.calls.last.request.content)
    return body


def test_extra_fields_are_sent_beside_the_named_ones(router: respx.MockRouter) -> None:
    route = router.post(OVERTIME).respond(json=ok("JB1"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        applied = client.jiaban.create_overtime_application(
            **APPLICATION, extra_body={"compensation": "pay", "cmcCode": "not this one"}
        )
    assert applied == "JB1"
    body = sent_body(route)
    assert body["compensation"] == "pay"
    assert body["cmcCode"] == "JB-ENG", "a named field wins over an extra one"


@pytest.mark.anyio
async def test_the_async_client_sends_them_too(router: respx.MockRouter) -> None:
    route = router.post(OVERTIME).respond(json=ok("JB2"))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        await client.jiaban.create_overtime_application(**APPLICATION, extra_body={"compensation": "leave"})
    assert sent_body(route)["compensation"] == "leave"


def test_without_extra_body_nothing_else_is_sent(router: respx.MockRouter) -> None:
    route = router.post(OVERTIME).respond(json=ok("JB3"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.jiaban.create_overtime_application(**APPLICATION)
    assert set(sent_body(route)) == {
        "cmcCode",
        "applyerId",
        "startTime",
        "endTime",
        "memo",
        "approveIds",
        "overtimeType",
        "applyType",
    }


def test_every_page_of_a_walk_carries_them(router: respx.MockRouter) -> None:
    bodies: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append(body)
        page = [{"code": f"q{body['pageNo']}"}] if body["pageNo"] <= 2 else []
        return httpx.Response(200, json=ok({"pageNo": body["pageNo"], "total": 2, "result": page}))

    router.post(MY_QUESTIONNAIRES).mock(side_effect=answer)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        walk = client.questionnaires.iter_list_my_questionnaires(org_id="o", user_id="u", extra_body={"tag": "x"})
        assert [item.code for item in walk] == ["q1", "q2"]
    assert [(body["pageNo"], body["tag"]) for body in bodies] == [(1, "x"), (2, "x")]


def test_the_sandbox_refuses_an_unknown_field_where_the_platform_names_them_all() -> None:
    """Closed request objects in the spec get the platform's 40001 for a field they do not have."""
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        with pytest.raises(InvalidRequestError) as refused:
            client.groups.create_group(name="n", org_id="524288", extra_body={"nmae": "typo"})
        assert refused.value.err_code == 40001
        assert client.groups.create_group(name="n", org_id="524288").group_id
