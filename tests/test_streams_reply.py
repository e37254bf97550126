"""client.streams.reply / open: the final message is always delivered; intermediate updates are throttled."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import pytest
import respx
from lansenger import (
    APIError,
    AsyncLansenger,
    FinalOnly,
    Incremental,
    InvalidArgumentError,
    Lansenger,
    UnexpectedResponseError,
)
from lansenger._streams import NOTICE
from lansenger.testing import Sandbox
from lansenger.testing._routes_streams import StreamRecords
from lansenger_api.rules import MAX_BYTES

from tests._envelopes import GATEWAY, TOKEN, failed, ok

STAFF = "524288-1002"
SENT = {"msgId": "m-final"}
LIMIT = MAX_BYTES["FormatTextMessage"]["text"]
FENCE = "```python\n"
# A long LLM answer: 2000+ Chinese characters in paragraphs, a code block longer than one message, 4-byte emoji.
PARAGRAPH = "流式回复先显示占位消息，再把完整的回答作为普通消息发出。" * 6 + "😀第{}段结束！🎉"
CODE = FENCE + "".join(f"print('第{i}行')  # 🚀\n" for i in range(300)) + "```\n"
LONG_ANSWER = "\n\n".join(PARAGRAPH.format(i) for i in range(14)) + "\n\n" + CODE + "\n结论：一切正常。👍🏽"


class FakeClock:
    """Advances `step` seconds per reading: a chunk source producing at a steady rate, without waiting."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def _final_texts(sandbox: Sandbox) -> list[str]:
    """The answer's messages (a status card, when one was shown, is not one of them)."""
    messages = sandbox.state.messages
    return [
        record["body"]["msgData"]["formatText"]["text"]
        for record in messages
        if "formatText" in record["body"]["msgData"]
    ]


def _records(sandbox: Sandbox) -> StreamRecords:
    return sandbox.state.domain("streams", StreamRecords)


def _chunks(text: str, size: int = 7) -> list[str]:
    return [text[index : index + size] for index in range(0, len(text), size)]


def _rejoined(parts: list[str]) -> str:
    """The parts joined, without the fence closed at the end of one part and reopened at the start of the next."""
    assert all(len(part.encode("utf-8")) <= LIMIT for part in parts), [len(p.encode("utf-8")) for p in parts]
    joined = parts[0]
    for before, after in itertools.pairwise(parts):
        if before.endswith("\n```") and after.startswith(FENCE):
            joined, after = joined.removesuffix("```"), after.removeprefix(FENCE)
        joined += after
    return joined


def _sent_texts(route: respx.Route, key: str = "formatText") -> list[str]:
    field = "text" if key == "formatText" else "content"
    return [json.loads(call.request.content)["msgData"][key][field] for call in route.calls]


def test_reply_delivers_the_full_text_as_markdown() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        result = client.streams.reply(
            STAFF, iter(["Hel", "lo ", "**world**"]), stream_id="ai-reply-1", updater=FinalOnly()
        )
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
        result = client.streams.reply("s1", ["a", "b"], markdown=False, min_interval=0, updater=FinalOnly())
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
            client.streams.reply("s1", ["a"], updater=FinalOnly())
        assert len(router.calls) == 1


def test_group_replies_go_to_the_group() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        send = router.post("/v1/messages/group/create").respond(json=ok(SENT))
        client.streams.reply("g1", ["hi"], chat_type="group", updater=FinalOnly())
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
            (card,) = [record for record in sandbox.state.messages if record["body"]["msgType"] == "appCard"]
            frozen = card["updates"][-1]
            assert frozen["isLastUpdate"] is True and "未能完成" in frozen["headStatusInfo"]["description"]

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


def test_a_long_answer_goes_as_several_messages_in_order() -> None:
    assert len(LONG_ANSWER) > 2000 + len(CODE) and len(CODE.encode("utf-8")) > LIMIT
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        result = client.streams.reply(STAFF, _chunks(LONG_ANSWER))
        texts = _final_texts(sandbox)
        assert len(texts) >= 3 and _rejoined(texts) == LONG_ANSWER
        assert any(text.endswith("\n```") for text in texts[:-1]), "the long code block was closed and reopened"
        assert result.text == LONG_ANSWER and len(result.messages) == len(texts) and result.final == result.messages[-1]


@pytest.mark.anyio
async def test_async_a_long_plain_text_answer_is_cut_on_the_wire_and_sent_in_order() -> None:
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with respx.mock(base_url=GATEWAY) as router:
            router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
            send = router.post("/v1/messages/group/create").respond(json=ok(SENT))
            result = await client.streams.reply(
                "g1", _aiter(_chunks(LONG_ANSWER)), markdown=False, chat_type="group", updater=FinalOnly()
            )
            texts = _sent_texts(send, "text")
            assert len(texts) >= 3 and all(len(text.encode("utf-8")) <= LIMIT for text in texts)
            assert "".join(texts) == LONG_ANSWER, "plain text: no fence is added, nothing is lost or reordered"
            assert len(result.messages) == len(texts)


def test_a_source_failing_before_its_first_chunk_ends_the_reply_with_a_notice() -> None:
    def chunks() -> Iterator[str]:
        raise RuntimeError("model unavailable")
        yield ""

    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        send = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
        with pytest.raises(RuntimeError, match="model unavailable") as raised:
            client.streams.reply("s1", chunks(), updater=FinalOnly())
        assert _sent_texts(send) == [NOTICE]
        assert not hasattr(raised.value, "final_send_error")

        quiet = client.streams.reply("s1", [], notice="稍后再试", updater=FinalOnly())
        assert _sent_texts(send)[-1] == "稍后再试" and quiet.text == "" and quiet.final.msg_id == "m-final"
        client.streams.reply("s1", [" ", "\n"], updater=FinalOnly())
        assert _sent_texts(send)[-1] == NOTICE, "an answer of whitespace only is no answer"


def test_the_sandbox_stream_message_is_finished_with_the_notice() -> None:
    def chunks() -> Iterator[str]:
        raise TimeoutError("model timed out")
        yield ""

    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        stream = client.streams.open(STAFF, updater=Incremental(), min_interval=0)
        with pytest.raises(TimeoutError), stream:
            for chunk in chunks():
                stream.write(chunk)
        (record,) = _records(sandbox).messages
        assert record["finished"] is True and record["content"] == NOTICE
        assert _final_texts(sandbox) == [NOTICE]


def test_when_the_ending_fails_too_the_sources_exception_is_raised_with_it_attached() -> None:
    def chunks() -> Iterator[str]:
        yield "partial "
        raise RuntimeError("model crashed")

    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        send = router.post("/v1/bot/messages/create").respond(json=failed(40001, "receiver not allowed"))
        with pytest.raises(RuntimeError, match="model crashed") as raised:
            client.streams.reply("s1", chunks(), updater=FinalOnly())
        assert _sent_texts(send) == ["partial "]
        attached = raised.value.final_send_error  # type: ignore[attr-defined]
        assert isinstance(attached, APIError) and attached.err_code == 40001
        if sys.version_info >= (3, 11):
            assert any("receiver not allowed" in note for note in raised.value.__notes__)
            assert TOKEN not in "".join(raised.value.__notes__)


@pytest.mark.anyio
async def test_async_a_failed_notice_is_attached_to_the_sources_exception() -> None:
    async def chunks() -> AsyncIterator[str]:
        raise ConnectionResetError("model connection reset")
        yield ""

    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with respx.mock(base_url=GATEWAY) as router:
            router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
            send = router.post("/v1/bot/messages/create").respond(json=failed(40001))
            with pytest.raises(ConnectionResetError) as raised:
                await client.streams.reply("s1", chunks(), updater=FinalOnly())
            assert _sent_texts(send) == [NOTICE]
            assert isinstance(raised.value.final_send_error, APIError)  # type: ignore[attr-defined]


def test_a_failed_finishing_update_still_sends_the_messages_then_raises() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        router.post("/v1/sse/msg/update").respond(json=failed(40404, "no such operation"))
        send = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
        with pytest.raises(APIError, match="no such operation"):
            client.streams.reply("s1", ["whole answer"], updater=Incremental(), max_updates=0)
        assert _sent_texts(send) == ["whole answer"]


def test_a_lone_surrogate_from_a_broken_escape_is_sent_as_a_replacement_character() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        send = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
        client.streams.reply("s1", ["ok ", json.loads('"\\ud83d"')], updater=FinalOnly())
        assert _sent_texts(send) == ["ok \ufffd"]


def test_a_blank_notice_is_refused_before_anything_is_sent() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.raises(InvalidArgumentError, match="notice"):
            client.streams.reply("s1", ["a"], notice=" ")
        assert not router.calls
