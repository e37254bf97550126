"""The generated SSE consumer (stream_fetch_stream_message) against the sandbox's streamed stream messages."""

from __future__ import annotations

import json

import pytest
import respx
from lansenger import APIConnectionError, APITimeoutError, AsyncLansenger, Incremental, Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger.testing._routes_streams import StreamRecords

from tests._envelopes import GATEWAY, TOKEN, failed, ok

STAFF = "524288-1002"
CLOSE_WAIT = 5.0  # an upper bound only: the sandbox notices a client leaving within one 0.05 s poll


def _records(sandbox: Sandbox) -> StreamRecords:
    return sandbox.state.domain("streams", StreamRecords)


def _message(client: Lansenger, texts: list[str], *, finished: bool) -> str:
    msg_id = client.streams.create_stream_message(receiver_id=STAFF, receiver_type="staff", stream_id="s").msg_id
    for index, text in enumerate(texts):
        client.streams.update_stream_message(msg_id=msg_id, content=text, finished=finished and index == len(texts) - 1)
    return msg_id


def test_events_replay_every_update_and_end_after_the_last() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        reply = client.streams.reply(STAFF, ["a", "b", "c"], updater=Incremental(), min_interval=0)
        with client.streams.stream_fetch_stream_message(msg_id=reply.msg_id) as events:
            seen = [(event.seq, event.content, event.finished) for event in events]
        assert seen == [(1, "a", False), (2, "ab", False), (3, "abc", False), (4, "abc", True)]
        assert _records(sandbox).wait_all_closed(CLOSE_WAIT)
        state = client.streams.fetch_stream_message(msg_id=reply.msg_id)
        assert state is not None and state.content == "abc" and state.finished is True


def test_a_dropped_connection_resumes_with_last_event_id() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _message(client, ["a", "ab", "abc"], finished=True)
        _records(sandbox).cut_after(2)
        events = list(client.streams.stream_fetch_stream_message(msg_id=msg_id))
        assert [event.seq for event in events] == [1, 2, 3]  # nothing lost, nothing twice
        assert _records(sandbox).resumed_from == [0, 2]

        _records(sandbox).cut_after(0)
        _records(sandbox).cut_after(0)
        with pytest.raises(APIConnectionError):
            list(
                client.streams.stream_fetch_stream_message(
                    msg_id=msg_id, max_reconnects=1, last_event_id="1", reconnect_delay=0
                )
            )
        assert _records(sandbox).resumed_from[-2:] == [1, 1]


def test_an_idle_stream_reconnects_then_times_out() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _message(client, ["a", "ab"], finished=False)
        records = _records(sandbox)
        records.stall_after(1)
        stream = client.streams.stream_fetch_stream_message(msg_id=msg_id, idle_timeout=0.2, max_reconnects=1)
        with pytest.raises(APITimeoutError, match=r"no event for 0\.2 s"):
            for _event in stream:
                pass
        assert records.resumed_from == [0, 1, 2]  # stalled after 1; resumed from 1 got 2, then went idle
        assert records.wait_all_closed(CLOSE_WAIT)


def test_leaving_early_closes_the_connection() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _message(client, ["a", "ab"], finished=False)
        with client.streams.stream_fetch_stream_message(msg_id=msg_id) as events:
            assert next(events).content == "a"
            assert _records(sandbox).open_streams == 1
        assert _records(sandbox).wait_all_closed(CLOSE_WAIT)


def test_a_json_answer_is_one_event_and_errors_raise() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        route = router.post("/v1/sse/msg/fetch")
        route.respond(json=ok({"msgId": "st-1", "content": "done", "finished": True}))
        events = list(client.streams.stream_fetch_stream_message(msg_id="st-1"))
        assert [(event.msg_id, event.content) for event in events] == [("st-1", "done")]
        request = route.calls.last.request
        assert request.headers["accept"] == "text/event-stream" and json.loads(request.content) == {"msgId": "st-1"}
        route.respond(json=failed(64001, "not found"))
        with pytest.raises(NotFoundError):
            list(client.streams.stream_fetch_stream_message(msg_id="st-1"))


@pytest.mark.anyio
async def test_async_events_resume_and_close_on_break() -> None:
    with Sandbox() as sandbox:
        with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as sync_client:
            msg_id = _message(sync_client, ["a", "ab", "abc"], finished=False)
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            _records(sandbox).cut_after(1)
            async with client.streams.astream_fetch_stream_message(msg_id=msg_id) as events:
                contents = []
                async for event in events:
                    contents.append(event.content)
                    if event.seq == 3:
                        break
            assert contents == ["a", "ab", "abc"]
            assert _records(sandbox).resumed_from == [0, 1]
            assert _records(sandbox).wait_all_closed(CLOSE_WAIT)
