"""The SSE consumer on the wire: a server's `retry:` is obeyed only up to a cap, and a bad one is ignored."""

from __future__ import annotations

import json
import types
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, Lansenger
from lansenger_api import sse
from lansenger_api.client import ANSWERS

from tests._envelopes import GATEWAY, TOKEN

FETCH = "/v1/sse/msg/fetch"
OWN_DELAY = 0.25
# (the server's retry: field, the wait before the reconnect)
RETRIES = [
    ("3600000", sse.MAX_SERVER_DELAY),  # one hour asked: the cap
    ("9" * 4000, sse.MAX_SERVER_DELAY),  # more than a float holds
    ("1500", 1.5),
    ("0", None),  # no wait at all
    ("-5", OWN_DELAY),  # negative: ignored, the consumer's own delay stays
    ("soon", OWN_DELAY),  # not a number: ignored
]


def _event(seq: int, retry: str | None = None) -> bytes:
    data = json.dumps({"msgId": "st-1", "content": "x" * seq, "seq": seq, "finished": seq == 2})
    field = f"retry: {retry}\n" if retry is not None else ""
    return f"{field}id: {seq}\ndata: {data}\n\n".encode()


class Dropped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One event carrying the server's retry:, then a lost connection."""

    def __init__(self, retry: str) -> None:
        self.retry = retry

    def __iter__(self) -> Iterator[bytes]:
        yield _event(1, self.retry)
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield _event(1, self.retry)
        raise httpx.ReadError("connection reset")


def _answers(retry: str) -> list[httpx.Response]:
    headers = {"content-type": "text/event-stream"}
    return [
        httpx.Response(200, stream=Dropped(retry), headers=headers),
        httpx.Response(200, content=_event(2), headers=headers),
    ]


@pytest.mark.parametrize(("retry", "wait"), RETRIES)
def test_the_servers_retry_is_capped_and_a_bad_one_ignored(
    retry: str, wait: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(sse, "time", types.SimpleNamespace(sleep=waits.append))
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        fetch = router.post(FETCH).mock(side_effect=_answers(retry))
        events = list(client.streams.stream_fetch_stream_message(msg_id="st-1", reconnect_delay=OWN_DELAY))
    assert [event.seq for event in events] == [1, 2]
    assert fetch.calls.last.request.headers["Last-Event-ID"] == "1"
    assert waits == ([] if wait is None else [wait])


@pytest.mark.anyio
@pytest.mark.parametrize(("retry", "wait"), RETRIES)
async def test_async_the_servers_retry_is_capped_and_a_bad_one_ignored(
    retry: str, wait: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(sse, "anyio", types.SimpleNamespace(sleep=sleep))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with respx.mock(base_url=GATEWAY) as router:
            router.post(FETCH).mock(side_effect=_answers(retry))
            stream = client.streams.astream_fetch_stream_message(msg_id="st-1", reconnect_delay=OWN_DELAY)
            async with stream:
                events = [event async for event in stream]
    assert [event.seq for event in events] == [1, 2]
    assert waits == ([] if wait is None else [wait])


def test_the_cap_can_be_set_per_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(sse, "time", types.SimpleNamespace(sleep=waits.append))
    with respx.mock(base_url=GATEWAY) as router, httpx.Client(base_url=GATEWAY) as http:
        router.post(FETCH).mock(side_effect=_answers("3600000"))
        resume = sse.Resume(max_server_delay=5.0)
        events = list(sse.events(ANSWERS, http, {"method": "POST", "url": FETCH}, "fetch", lambda data: data, resume))
    assert len(events) == 2 and waits == [5.0]
