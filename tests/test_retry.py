"""RetryTransport / AsyncRetryTransport: what is replayed, how long it waits, what the caller gets back."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest
from lansenger._hooks import Hooks
from lansenger._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from lansenger_api.request_meta import RequestMeta

URL = "https://gw/open/apigw/v1/staffs/fetch?app_token=SECRET-TOKEN&staff_id=1"
Handler = Callable[[httpx.Request], httpx.Response]


def marker(*, idempotent: bool) -> dict[str, object]:
    return RequestMeta(operation="op", app_token=True, idempotent=idempotent).extensions()


class Script:
    """Answers requests from a list of responses/exceptions, counting calls; the last entry repeats.

    Responses are handed out unread over their raw bytes, as a network transport does.
    """

    def __init__(self, *outcomes: httpx.Response | Exception) -> None:
        self.outcomes = list(outcomes)
        self.calls = 0
        self.raised: list[Exception] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        outcome = self.outcomes[min(self.calls, len(self.outcomes) - 1)]
        self.calls += 1
        if isinstance(outcome, Exception):
            error = type(outcome)(str(outcome))  # a fresh instance per call, to check which one surfaces
            self.raised.append(error)
            raise error
        raw = b"".join(outcome.stream)  # type: ignore[arg-type]
        response = httpx.Response(outcome.status_code, headers=outcome.headers, stream=httpx.ByteStream(raw))
        self.responses.append(response)
        return response


def sync_client(script: Handler, policy: RetryPolicy | None = None) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(httpx.MockTransport(script), policy, sleep=sleeps.append, random=lambda: 1.0)
    return httpx.Client(transport=transport), sleeps


def envelope(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(200, json={"errCode": code, "errMsg": "x", "data": {}}, headers=headers)


def test_idempotent_get_is_retried_on_503_then_succeeds() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={"errCode": 0}))
    client, sleeps = sync_client(script)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.json() == {"errCode": 0}
    assert script.calls == 2
    assert sleeps == [0.5]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_each_retry_status_is_retried_for_idempotent_requests(status: int) -> None:
    script = Script(httpx.Response(status), httpx.Response(200))
    client, _ = sync_client(script)
    assert client.get(URL).status_code == 200
    assert script.calls == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 501])
def test_other_statuses_are_returned_at_once(status: int) -> None:
    script = Script(httpx.Response(status))
    client, sleeps = sync_client(script)
    assert client.get(URL).status_code == status
    assert (script.calls, sleeps) == (1, [])


@pytest.mark.parametrize(
    ("status", "retry_after", "expected"),
    [(429, "3", 3.0), (503, "0", 0.0), (429, "1000", 60.0), (503, "soon", 0.5), (500, "3", 0.5)],
)
def test_retry_after_replaces_backoff_on_429_and_503_up_to_the_cap(
    status: int, retry_after: str, expected: float
) -> None:
    script = Script(httpx.Response(status, headers={"Retry-After": retry_after}), httpx.Response(200))
    client, sleeps = sync_client(script)
    client.get(URL)
    assert sleeps == [expected]


def test_retry_after_http_date() -> None:
    future = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    past = format_datetime(datetime.now(timezone.utc) - timedelta(seconds=30), usegmt=True)
    script = Script(
        httpx.Response(429, headers={"Retry-After": future}),
        httpx.Response(503, headers={"Retry-After": past}),
        httpx.Response(200),
    )
    client, sleeps = sync_client(script)
    client.get(URL)
    assert 28.0 <= sleeps[0] <= 30.0
    assert sleeps[1] == 0.0


def test_retryable_err_code_is_retried_and_the_final_body_is_readable() -> None:
    script = Script(envelope(10003), envelope(0))
    client, sleeps = sync_client(script, RetryPolicy(retryable_codes=frozenset({10003})))
    response = client.get(URL)
    assert response.json()["errCode"] == 0
    assert (script.calls, sleeps) == (2, [0.5])
    assert script.responses[0].is_closed


def test_exhausted_err_code_retries_return_a_readable_last_response() -> None:
    compressed = gzip.compress(json.dumps({"errCode": 10003}).encode())
    answer = httpx.Response(
        200, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}, content=compressed
    )
    script = Script(answer)
    client, sleeps = sync_client(script, RetryPolicy(max_retries=1, retryable_codes=frozenset({10003})))
    response = client.get(URL)
    assert response.json() == {"errCode": 10003}
    assert response.elapsed >= timedelta(0)  # the client read and closed it normally
    assert (script.calls, sleeps) == (2, [0.5])


def test_bodies_already_read_by_the_transport_are_used_as_they_are() -> None:
    answers = iter([envelope(10003), envelope(0)])
    client, sleeps = sync_client(lambda request: next(answers), RetryPolicy(retryable_codes=frozenset({10003})))
    assert client.get(URL).json()["errCode"] == 0
    assert sleeps == [0.5]


def test_non_retryable_err_code_passes_through() -> None:
    script = Script(envelope(10005))
    client, sleeps = sync_client(script, RetryPolicy(retryable_codes=frozenset({10003})))
    assert client.get(URL).json()["errCode"] == 10005
    assert (script.calls, sleeps) == (1, [])


def malformed() -> httpx.Response:
    return httpx.Response(200, text='{"errCode": 0, "da', headers={"Content-Type": "application/json"})


def test_a_json_answer_that_does_not_parse_is_replayed_for_a_read() -> None:
    answers = iter([malformed(), envelope(0)])
    client, sleeps = sync_client(lambda request: next(answers))
    assert client.get(URL).json()["errCode"] == 0
    assert sleeps == [0.5]


def test_a_malformed_answer_past_the_budget_is_handed_on_as_received() -> None:
    script = Script(malformed(), malformed(), malformed())
    client, sleeps = sync_client(script)
    assert client.get(URL).text == '{"errCode": 0, "da'
    assert (script.calls, len(sleeps)) == (3, 2)


def test_a_malformed_answer_to_a_send_is_not_replayed() -> None:
    script = Script(malformed(), envelope(0))
    client, sleeps = sync_client(script)
    assert client.post(URL, json={"msg": "hi"}).text == '{"errCode": 0, "da'
    assert (script.calls, sleeps) == (1, [])


def test_a_send_answer_is_not_buffered() -> None:
    stream_reads: list[bytes] = []

    class WatchedStream(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            stream_reads.append(b"read")
            yield b'{"errCode": 10003}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=WatchedStream())

    client, _ = sync_client(handler)
    with client.stream("POST", URL) as response:
        assert stream_reads == []
        assert response.read() == b'{"errCode": 10003}'


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("x"),
        httpx.ConnectTimeout("x"),
        httpx.PoolTimeout("x"),
        httpx.ReadTimeout("x"),
        httpx.WriteTimeout("x"),
        httpx.ReadError("x"),
        httpx.WriteError("x"),
        httpx.RemoteProtocolError("x"),
    ],
)
def test_idempotent_requests_are_retried_on_transport_errors(error: Exception) -> None:
    script = Script(error, httpx.Response(200))
    client, sleeps = sync_client(script)
    assert client.get(URL).status_code == 200
    assert (script.calls, sleeps) == (2, [0.5])


@pytest.mark.parametrize(
    "outcome",
    [
        httpx.ReadTimeout("x"),
        httpx.WriteTimeout("x"),
        httpx.ReadError("x"),
        httpx.RemoteProtocolError("x"),
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.Response(500),
    ],
)
def test_non_idempotent_post_is_not_retried_once_it_may_have_been_sent(outcome: httpx.Response | Exception) -> None:
    script = Script(outcome, httpx.Response(200))
    client, sleeps = sync_client(script)
    if isinstance(outcome, Exception):
        with pytest.raises(type(outcome)):
            client.post(URL, json={"msg": "hi"})
    else:
        assert client.post(URL, json={"msg": "hi"}).status_code == outcome.status_code
    assert (script.calls, sleeps) == (1, [])


def test_non_idempotent_err_code_is_not_retried() -> None:
    script = Script(envelope(10003), envelope(0))
    client, _ = sync_client(script, RetryPolicy(retryable_codes=frozenset({10003})))
    assert client.post(URL, extensions=marker(idempotent=False)).json()["errCode"] == 10003
    assert script.calls == 1


@pytest.mark.parametrize("error", [httpx.ConnectError("x"), httpx.ConnectTimeout("x"), httpx.PoolTimeout("x")])
def test_non_idempotent_post_is_retried_when_it_never_left(error: Exception) -> None:
    script = Script(error, httpx.Response(200))
    client, sleeps = sync_client(script)
    assert client.post(URL, json={"msg": "hi"}).status_code == 200
    assert (script.calls, sleeps) == (2, [0.5])


def test_marker_overrides_the_method() -> None:
    get_script = Script(httpx.Response(503), httpx.Response(200))
    client, _ = sync_client(get_script)
    assert client.get(URL, extensions=marker(idempotent=False)).status_code == 503

    post_script = Script(httpx.Response(503), httpx.Response(200))
    client, _ = sync_client(post_script)
    assert client.post(URL, extensions=marker(idempotent=True)).status_code == 200
    assert (get_script.calls, post_script.calls) == (1, 2)


def test_max_retries_is_respected_and_the_last_response_is_returned() -> None:
    script = Script(httpx.Response(503))
    client, sleeps = sync_client(script, RetryPolicy(max_retries=3))
    assert client.get(URL).status_code == 503
    assert script.calls == 4
    assert len(sleeps) == 3
    assert all(response.is_closed for response in script.responses[:-1])


def test_zero_retries_means_one_attempt() -> None:
    script = Script(httpx.ReadError("x"), httpx.Response(200))
    client, sleeps = sync_client(script, RetryPolicy(max_retries=0))
    with pytest.raises(httpx.ReadError):
        client.get(URL)
    assert (script.calls, sleeps) == (1, [])


def test_the_last_exception_is_reraised_unchanged() -> None:
    script = Script(httpx.ConnectError("refused"))
    transport = RetryTransport(httpx.MockTransport(script), RetryPolicy(max_retries=2), sleep=lambda _: None)
    with pytest.raises(httpx.ConnectError) as raised:
        transport.handle_request(httpx.Request("GET", URL))
    assert script.calls == 3
    assert raised.value is script.raised[-1]


@pytest.mark.parametrize(("jitter", "expected"), [(1.0, [0.5, 1, 2, 4, 8, 8, 8]), (0.0, [0.25, 0.5, 1, 2, 4, 4, 4])])
def test_backoff_doubles_with_jitter_and_is_bounded_by_the_cap(jitter: float, expected: list[float]) -> None:
    sleeps: list[float] = []
    script = Script(httpx.Response(502))
    transport = RetryTransport(
        httpx.MockTransport(script), RetryPolicy(max_retries=7), sleep=sleeps.append, random=lambda: jitter
    )
    transport.handle_request(httpx.Request("GET", URL))
    assert sleeps == expected


def test_huge_retry_counts_do_not_overflow() -> None:
    sleeps: list[float] = []
    transport = RetryTransport(
        httpx.MockTransport(Script(httpx.Response(502))), RetryPolicy(max_retries=1100), sleep=sleeps.append
    )
    transport.handle_request(httpx.Request("GET", URL))
    assert len(sleeps) == 1100
    assert max(sleeps) <= 8.0


@pytest.mark.parametrize(
    "bad", [{"max_retries": -1}, {"backoff_base": -0.1}, {"backoff_cap": -1.0}, {"retry_after_cap": -1.0}]
)
def test_policy_rejects_negative_values(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**bad)  # type: ignore[arg-type]


def test_retries_are_logged_with_the_path_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="lansenger")
    client, _ = sync_client(Script(httpx.Response(503), httpx.Response(200)))
    client.get(URL)
    messages = [record.getMessage() for record in caplog.records if record.name == "lansenger"]
    assert messages == ["Retrying GET /open/apigw/v1/staffs/fetch after HTTP 503 (retry 1 of 2) in 0.50s"]


class ClosingInner(httpx.BaseTransport, httpx.AsyncBaseTransport):
    closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_closing_closes_the_inner_transport() -> None:
    inner = ClosingInner()
    with httpx.Client(transport=RetryTransport(inner)):
        pass
    assert inner.closed


@pytest.mark.anyio
async def test_async_closing_closes_the_inner_transport() -> None:
    inner = ClosingInner()
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner)):
        pass
    assert inner.closed


def async_client(script: Handler, policy: RetryPolicy | None = None) -> tuple[httpx.AsyncClient, list[float]]:
    sleeps: list[float] = []

    async def record_sleep(delay: float) -> None:
        sleeps.append(delay)

    transport = AsyncRetryTransport(httpx.MockTransport(script), policy, sleep=record_sleep, random=lambda: 1.0)
    return httpx.AsyncClient(transport=transport), sleeps


@pytest.mark.anyio
async def test_async_get_is_retried_on_503_with_retry_after() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200))
    client, sleeps = async_client(script)
    async with client:
        assert (await client.get(URL)).status_code == 200
    assert (script.calls, sleeps) == (2, [2.0])
    assert script.responses[0].is_closed


@pytest.mark.anyio
async def test_async_retryable_err_code_is_retried() -> None:
    script = Script(envelope(10003), envelope(10003), envelope(0))
    client, sleeps = async_client(script, RetryPolicy(retryable_codes=frozenset({10003})))
    async with client:
        assert (await client.get(URL)).json()["errCode"] == 0
    assert (script.calls, sleeps) == (3, [0.5, 1.0])


@pytest.mark.anyio
async def test_async_post_is_retried_on_connect_error_only() -> None:
    script = Script(httpx.ConnectError("x"), httpx.ReadTimeout("x"), httpx.Response(200))
    client, sleeps = async_client(script)
    async with client:
        with pytest.raises(httpx.ReadTimeout):
            await client.post(URL, json={"msg": "hi"})
    assert (script.calls, sleeps) == (2, [0.5])


@pytest.mark.anyio
async def test_async_read_error_while_buffering_an_envelope_is_retried() -> None:
    class BrokenStream(httpx.AsyncByteStream):
        closed = False

        async def __aiter__(self) -> AsyncIterator[bytes]:
            raise httpx.ReadError("connection reset")
            yield b""  # pragma: no cover - makes this an async generator

        async def aclose(self) -> None:
            self.closed = True

    broken = BrokenStream()
    answers = iter([httpx.Response(200, headers={"Content-Type": "application/json"}, stream=broken), envelope(0)])
    client, sleeps = async_client(lambda request: next(answers), RetryPolicy(retryable_codes=frozenset({10003})))
    async with client:
        assert (await client.get(URL)).json()["errCode"] == 0
    assert broken.closed
    assert sleeps == [0.5]


def test_a_body_read_for_response_hooks_retries_only_a_200_envelope() -> None:
    """One read serves the hooks and the retry decision: a hooked 404 with a retryable errCode is returned as it
    is, a hooked 200 with it is retried, and each attempt's answer reaches the hook masked and readable."""
    seen: list[tuple[int, object]] = []
    hooks = Hooks({"response": [lambda response: seen.append((response.status_code, response.json()["errCode"]))]})
    policy = RetryPolicy(max_retries=1, retryable_codes=frozenset({7}))
    not_found = httpx.Response(404, json={"errCode": 7, "errMsg": "x"})
    script = Script(not_found, envelope(0))
    transport = RetryTransport(httpx.MockTransport(script), policy, hooks=hooks, sleep=lambda _: None)
    with httpx.Client(transport=transport) as client:
        assert client.get(URL).status_code == 404
        assert script.calls == 1
        script.outcomes = [envelope(7), envelope(0)]
        script.calls = 0
        assert client.get(URL).json()["errCode"] == 0
        assert script.calls == 2
    assert seen == [(404, 7), (200, 7), (200, 0)]
