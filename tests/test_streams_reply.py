"""client.streams.reply / open: the final message is always delivered; intermediate updates are throttled."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import pytest
import respx
from lansenger import AsyncLansenger, Incremental, Lansenger, UnexpectedResponseError
from lansenger.testing import Sandbox
from lansenger.testing._routes_streams import StreamRecords

from tests._envelopes import GATEWAY, TOKEN, ok

STAFF = "524288-1002"
SENT = {"msgId": "m-final"}


class FakeClock:
    """Advances `step` seconds per reading: a chunk source producing at a steady rate, without waiting."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def _final_texts(sandbox: Sandbox) -> list[str]:
    return [record["body"]["msgData"]["formatText"]["text"] for record in sandbox.state.messages]


def _records(sandbox: Sandbox) -> StreamRecords:
    return sandbox.state.domain("streams", StreamRecords)


def test_reply_delivers_the_full_text_as_markdown() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        result = client.streams.reply(STAFF, iter(["Hel", "lo ", "**world**"]), stream_id="ai-reply-1")
        assert result.text == "Hello **world**"
        assert result.final is not None and result.final.msg_id
        assert result.stream_id == "ai-reply-1" and result.updates == 0
        assert _final_texts(sandbox) == ["Hello **world**"]
        assert _records(sandbox).get(result.msg_id) is not None


def test_an_exception_from_the_chunks_delivers_what_arrived_then_propagates() -> None:
    def chunks() -> Iterator[str]:
        yield "partial "
        yield "answer"
        raise RuntimeError("model crashed")

    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        with pytest.raises(RuntimeError, match="model crashed"):
            client.streams.reply(STAFF, chunks())
        assert _final_texts(sandbox) == ["partial answer"]


def test_the_context_manager_form_finishes_on_leaving_the_block() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        with client.streams.open(STAFF, updater=Incremental(), min_interval=0) as stream:
            stream.write("a")
            stream.write("b")
        assert stream.result is not None and stream.result.text == "ab"
        assert _records(sandbox).updates(stream.result.msg_id) == ["a", "ab", "ab"]
        assert _records(sandbox).get(stream.result.msg_id)["finished"] is True  # type: ignore[index]
        with pytest.raises(RuntimeError, match="finished"):
            stream.write("late")


def test_throttling_bounds_the_number_of_updates() -> None:
    """100 chunks, one every 0.125 s of the fake clock, at most one update per 0.5 s: 25 updates, plus the last."""
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        chunks = [f"t{i} " for i in range(100)]
        result = client.streams.reply(STAFF, chunks, updater=Incremental(), clock=FakeClock(0.125))
        posted = _records(sandbox).updates(result.msg_id)
        assert result.updates == len(posted) - 1 == 25
        assert posted[-1] == "".join(chunks) == _final_texts(sandbox)[0]
        assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(posted))

        capped = client.streams.reply(STAFF, chunks, updater=Incremental(), min_interval=0, max_updates=3)
        assert len(_records(sandbox).updates(capped.msg_id)) == 3 + 1


def test_the_default_sends_only_create_and_the_final_message_on_the_wire() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        create = router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        send = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
        result = client.streams.reply("s1", ["a", "b"], markdown=False, min_interval=0)
        paths = [call.request.url.path for call in router.calls]
        assert paths == ["/open/apigw/v1/sse/msg/create", "/open/apigw/v1/bot/messages/create"]
        assert json.loads(create.calls.last.request.content)["receiverType"] == "staff"
        body: dict[str, Any] = json.loads(send.calls.last.request.content)
        assert body["msgType"] == "text" and body["userIdList"] == ["s1"]
        assert result.final is not None and result.final.msg_id == "m-final" and result.msg_id == "st-1"


def test_a_success_without_msg_id_raises_and_sends_nothing_more() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": ""}))
        with pytest.raises(UnexpectedResponseError, match="msgId"):
            client.streams.reply("s1", ["a"])
        assert len(router.calls) == 1


def test_group_replies_go_to_the_group() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        send = router.post("/v1/messages/group/create").respond(json=ok(SENT))
        client.streams.reply("g1", ["hi"], chat_type="group")
        assert json.loads(router.calls[0].request.content)["receiverType"] == "group"
        assert json.loads(send.calls.last.request.content)["groupId"] == "g1"


@pytest.mark.anyio
async def test_async_reply_finishes_even_when_cancelled() -> None:
    arrived = anyio.Event()

    async def chunks() -> AsyncIterator[str]:
        yield "thinking "
        yield "hard"
        arrived.set()
        await anyio.Event().wait()  # the agent hangs until cancelled
        yield "never"

    with Sandbox() as sandbox:
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            async with anyio.create_task_group() as group:
                group.start_soon(client.streams.reply, STAFF, chunks())
                await arrived.wait()
                group.cancel_scope.cancel()
            assert _final_texts(sandbox) == ["thinking hard"]

            result = await client.streams.reply(STAFF, _aiter(["x", "y"]), updater=Incremental(), min_interval=0)
            assert result.text == "xy" and _records(sandbox).updates(result.msg_id) == ["x", "xy", "xy"]


@pytest.mark.anyio
async def test_async_open_delivers_on_an_exception() -> None:
    with Sandbox() as sandbox:
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            with pytest.raises(KeyError):
                async with client.streams.open(STAFF) as stream:
                    await stream.write("so far")
                    raise KeyError("tool failed")
            assert _final_texts(sandbox) == ["so far"]


async def _aiter(items: list[str]) -> AsyncIterator[str]:
    for item in items:
        yield item
