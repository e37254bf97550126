"""Resource names that do not collide: `webhooks` (group webhook bots) beside `add_hook`, English attendance names."""

from __future__ import annotations

import pytest
import respx
from lansenger import AsyncLansenger, Lansenger
from lansenger_api.models.message_ack import MessageAck

from tests._envelopes import GATEWAY, TOKEN, ok


def test_webhooks_post_to_the_group_and_hooks_still_works_with_a_warning() -> None:
    with respx.mock(base_url=GATEWAY) as mock, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        route = mock.post("/v1/bot/hook/messages/create").respond(json=ok({"msgId": "m1"}))
        assert client.webhooks.send_text("hook-tok", "hi") == MessageAck(msg_id="m1")
        with pytest.warns(DeprecationWarning, match=r"client\.hooks is deprecated: use client\.webhooks"):
            old = client.hooks
        assert old is client.webhooks
    assert route.calls.last.request.url.params["hook_token"] == "hook-tok"


@pytest.mark.anyio
async def test_the_async_client_has_the_same_names() -> None:
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.warns(DeprecationWarning):
            assert client.hooks is client.webhooks
        assert client.qingjia is client.leave and client.jiaban is client.overtime


def test_leave_and_overtime_are_the_attendance_resources_under_their_pinyin_aliases_too() -> None:
    with respx.mock(base_url=GATEWAY) as mock, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        route = mock.post("/xtra/qingjia/server/openapi/v2/enableLeaveTypeList").respond(json=ok([]))
        client.leave.list_leave_types(cmc_code="QJ-ENG")
        assert client.qingjia is client.leave and client.jiaban is client.overtime
        assert hasattr(client.overtime, "upload_overtime_attachment")
    assert route.called
