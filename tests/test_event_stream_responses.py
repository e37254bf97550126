"""`with_streaming_response` for event-stream operations: the connection's HTTP details beside the typed events,
on the wire (respx) and against the sandbox, sync and async."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx
from lansenger import APIConnectionError, AsyncLansenger, InvalidArgumentError, Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger_api.models.stream_message_event import StreamMessageEvent
from lansenger_api.raw import AsyncEventStreamResponse, EventStreamResponse

from tests._envelopes import GATEWAY, TOKEN, failed, ok
from tests._exposure import Secrets, exposures
from tests._user_code import mypy_report, register
from tests.test_streams_sse import CLOSE_WAIT, STAFF, _message, _records

FETCH = "/v1/sse/msg/fetch"
SSE = {"content-type": "text/event-stream"}


def _event(seq: int) -> bytes:
    data = json.dumps({"msgId": "st-1", "content": "x" * seq, "seq": seq, "finished": seq == 3})
    return f"id: {seq}\ndata: {data}\n\n".encode()


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Events as a socket gives them, then the end or (`drop`) a lost connection; it records being closed."""

    def __init__(self, *seqs: int, drop: bool = False) -> None:
        self.seqs = seqs
        self.drop = drop
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for seq in self.seqs:
            yield _event(seq)
        if self.drop:
            raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def _answer(body: Body, request_id: str) -> httpx.Response:
    return httpx.Response(200, headers={**SSE, "x-request-id": request_id}, stream=body)


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client


def test_the_response_is_open_before_any_event_and_yields_the_typed_events(
    router: respx.MockRouter, client: Lansenger
) -> None:
    body = Body(1, 2, 3)
    route = router.post(FETCH).mock(return_value=_answer(body, "req-1"))
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="st-1", timeout=7.0) as response:
        assert isinstance(response, EventStreamResponse) and route.call_count == 1
        assert response.status_code == 200 and response.request_id == "req-1"
        assert response.headers["content-type"] == "text/event-stream"
        assert not response.http_response.is_stream_consumed
        request = response.http_response.request
        assert request.headers["accept"] == "text/event-stream" and json.loads(request.content) == {"msgId": "st-1"}
        events = list(response.iter_events())
    assert all(isinstance(event, StreamMessageEvent) for event in events)
    assert [(event.seq, event.content, event.finished) for event in events] == [
        (1, "x", False),
        (2, "xx", False),
        (3, "xxx", True),
    ]
    assert body.closed and response.http_response.is_closed
    route.mock(return_value=_answer(Body(1, 2, 3), "req-2"))
    assert events == list(client.streams.stream_fetch_stream_message(msg_id="st-1"))


def test_a_reconnect_resumes_and_the_details_follow_the_new_connection(
    router: respx.MockRouter, client: Lansenger
) -> None:
    first, second = Body(1, drop=True), Body(2, 3)
    route = router.post(FETCH).mock(side_effect=[_answer(first, "req-1"), _answer(second, "req-2")])
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="st-1", reconnect_delay=0) as response:
        seen = [(event.seq, response.request_id) for event in response.iter_events()]
    assert seen == [(1, "req-1"), (2, "req-2"), (3, "req-2")]
    assert route.calls.last.request.headers["last-event-id"] == "1"
    assert first.closed and second.closed


def test_the_response_is_closed_when_the_loop_is_left(router: respx.MockRouter, client: Lansenger) -> None:
    body = Body(1, 2, 3)
    router.post(FETCH).mock(return_value=_answer(body, "req-1"))
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="st-1") as response:
        for event in response.iter_events():
            assert event.seq == 1 and not body.closed
            break
    assert body.closed and response.http_response.is_closed


def test_the_response_is_closed_when_the_block_raises(router: respx.MockRouter, client: Lansenger) -> None:
    body = Body(1, 2, 3)
    router.post(FETCH).mock(return_value=_answer(body, "req-1"))
    streaming = client.streams.with_streaming_response
    with pytest.raises(KeyError, match="the user's own"), streaming.fetch_stream_message(msg_id="st-1") as response:
        assert not body.closed
        raise KeyError("the user's own failure")
    assert body.closed and response.http_response.is_closed


def test_a_json_answer_is_one_event(router: respx.MockRouter, client: Lansenger) -> None:
    router.post(FETCH).respond(json=ok({"msgId": "st-1", "content": "done", "finished": True}))
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="st-1") as response:
        assert response.headers["content-type"] == "application/json"
        assert [(event.msg_id, event.content) for event in response.iter_events()] == [("st-1", "done")]


def test_an_error_answer_raises_on_entering_with_no_token_anywhere(router: respx.MockRouter, client: Lansenger) -> None:
    router.post(FETCH).respond(json=failed(64001, "not found"), headers={"x-request-id": "req-9"})
    streaming = client.streams.with_streaming_response
    with pytest.raises(NotFoundError) as raised, streaming.fetch_stream_message(msg_id="st-1"):
        pytest.fail("an error answer must not be yielded")
    assert raised.value.request_id == "req-9"
    assert exposures(raised.value, Secrets(TOKEN)) == []


def test_a_connection_never_made_raises_with_no_token_anywhere(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post(FETCH).mock(side_effect=httpx.ConnectError("refused"))
    once = client.with_options(max_retries=0)  # each connection tried once: the stream's own reconnects count
    streaming = once.streams.with_streaming_response
    with (
        pytest.raises(APIConnectionError) as raised,
        streaming.fetch_stream_message(msg_id="st-1", max_reconnects=1, reconnect_delay=0),
    ):
        pytest.fail("no connection, no response")
    assert route.call_count == 2 and "fetch_stream_message" in str(raised.value)
    assert exposures(raised.value, Secrets(TOKEN)) == []


def test_the_repr_hides_the_token(router: respx.MockRouter, client: Lansenger) -> None:
    router.post(FETCH).mock(return_value=_answer(Body(1), "req-1"))
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="st-1") as response:
        assert response.http_response.request.url.params["app_token"] == TOKEN
        assert repr(response) == f"<EventStreamResponse [200] POST {GATEWAY}{FETCH}>"


def test_bad_input_is_refused_before_anything_is_sent(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post(FETCH)
    refused = pytest.raises(InvalidArgumentError, match="msg_id must not be empty")
    with refused, client.streams.with_streaming_response.fetch_stream_message(msg_id=""):
        pytest.fail("refused input must not be sent")
    assert not route.called


@pytest.mark.anyio
async def test_async_details_events_reconnect_and_close(router: respx.MockRouter) -> None:
    first, second, third = Body(1, drop=True), Body(2, 3), Body(1, 2, 3)
    router.post(FETCH).mock(side_effect=[_answer(first, "req-1"), _answer(second, "req-2"), _answer(third, "req-3")])
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        streaming = client.streams.with_streaming_response
        async with streaming.fetch_stream_message(msg_id="st-1", reconnect_delay=0) as response:
            assert isinstance(response, AsyncEventStreamResponse)
            assert response.status_code == 200 and response.request_id == "req-1"
            seen = [(event.seq, response.request_id) async for event in response.aiter_events()]
        assert seen == [(1, "req-1"), (2, "req-2"), (3, "req-2")]
        assert first.closed and second.closed
        async with streaming.fetch_stream_message(msg_id="st-1") as response:
            async for event in response.aiter_events():
                assert event.seq == 1
                break
        assert third.closed and repr(response) == f"<AsyncEventStreamResponse [200] POST {GATEWAY}{FETCH}>"


def test_sandbox_streams_the_same_events_and_leaving_early_closes_the_connection() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _message(client, ["a", "ab", "abc"], finished=True)
        streaming = client.streams.with_streaming_response
        with streaming.fetch_stream_message(msg_id=msg_id) as response:
            assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
            events = list(response.iter_events())
        assert events == list(client.streams.stream_fetch_stream_message(msg_id=msg_id))
        assert [(event.seq, event.content, event.finished) for event in events] == [
            (1, "a", False),
            (2, "ab", False),
            (3, "abc", True),
        ]

        created = client.streams.create_stream_message(receiver_id=STAFF, receiver_type="staff", stream_id="u")
        unfinished = created.msg_id
        client.streams.update_stream_message(msg_id=unfinished, content="x")
        with streaming.fetch_stream_message(msg_id=unfinished) as response:
            assert next(response.iter_events()).content == "x"
            assert _records(sandbox).open_streams == 1
        assert _records(sandbox).wait_all_closed(CLOSE_WAIT)


@pytest.mark.anyio
async def test_sandbox_async_resumes_after_a_cut_and_closes() -> None:
    with Sandbox() as sandbox:
        with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as sync_client:
            msg_id = _message(sync_client, ["a", "ab", "abc"], finished=False)
        _records(sandbox).cut_after(1)
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            streaming = client.streams.with_streaming_response
            async with streaming.fetch_stream_message(msg_id=msg_id, reconnect_delay=0) as response:
                first, seen = response.http_response, []
                async for event in response.aiter_events():
                    seen.append((event.content, response.http_response is first, response.status_code))
                    if event.seq == 3:
                        break
            assert seen == [("a", True, 200), ("ab", False, 200), ("abc", False, 200)]  # the second connection's
            assert first.is_closed and response.http_response.is_closed
            assert _records(sandbox).resumed_from == [0, 1]
            assert _records(sandbox).wait_all_closed(CLOSE_WAIT)


USER_CODE = register(
    "event_stream_user",
    """
from lansenger import AsyncLansenger, Lansenger

def sync_user(client: Lansenger) -> None:
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="m", idle_timeout=5.0) as response:
        reveal_type(response)
        for event in response.iter_events():
            reveal_type(event.content)

async def async_user(client: AsyncLansenger) -> None:
    async with client.streams.with_streaming_response.fetch_stream_message(msg_id="m") as response:
        reveal_type(response)
        async for event in response.aiter_events():
            reveal_type(event)
    client.streams.with_streaming_response.fetch_stream_message(msg_id=1)
""",
)


@pytest.mark.slow
def test_mypy_knows_the_events_type() -> None:
    lines = [line.split(": ", 1)[1] for line in mypy_report(USER_CODE)]
    out = "\n".join(lines)
    event = "lansenger_api.models.stream_message_event.StreamMessageEvent"
    assert f'note: Revealed type is "lansenger_api.raw.EventStreamResponse[{event}]"' in lines, out
    assert f'note: Revealed type is "lansenger_api.raw.AsyncEventStreamResponse[{event}]"' in lines, out
    assert f'note: Revealed type is "{event}"' in lines, out
    assert 'note: Revealed type is "str | lansenger_api.types.Unset"' in lines, out
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1 and 'incompatible type "int"; expected "str"' in errors[0], out
