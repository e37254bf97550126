"""What mutation testing (`make mutation`) showed no test pinned in the retry, auth and store modules: the messages
users read, the logged retry reasons, JSON answers delivered in pieces or compressed, the edges of the rules."""

from __future__ import annotations

import gzip
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from lansenger._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, envelope_err_code

URL = "https://gw/open/apigw/v1/staffs/fetch?app_token=SECRET-TOKEN&staff_id=1"
JSON = {"Content-Type": "application/json"}


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in several pieces, as a network transport hands it over."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


class Answers(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands out unread responses (or raises) in order; the last one repeats."""

    def __init__(self, *answers: tuple[int, dict[str, str], tuple[bytes, ...]] | Exception, **extensions: object):
        self.answers = answers
        self.extensions = extensions
        self.calls = 0

    def _next(self, request: httpx.Request) -> httpx.Response:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        if isinstance(answer, Exception):
            raise answer
        status, headers, chunks = answer
        return httpx.Response(status, headers=headers, stream=Chunks(*chunks), extensions=dict(self.extensions))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)


def sync_get(answers: Answers, policy: RetryPolicy | None = None) -> tuple[httpx.Response, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(answers, policy, sleep=sleeps.append, random=lambda: 1.0)
    with httpx.Client(transport=transport) as client:
        return client.get(URL), sleeps


async def async_get(answers: Answers, policy: RetryPolicy | None = None) -> tuple[httpx.Response, list[float]]:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncRetryTransport(answers, policy, sleep=sleep, random=lambda: 1.0)
    async with httpx.AsyncClient(transport=transport) as client:
        return await client.get(URL), sleeps


# -- _retry ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"max_retries": -1}, "max_retries must be >= 0"),
        ({"backoff_base": -0.1}, "backoff_base, backoff_cap and retry_after_cap must be >= 0"),
        ({"backoff_cap": -1.0}, "backoff_base, backoff_cap and retry_after_cap must be >= 0"),
        ({"retry_after_cap": -1.0}, "backoff_base, backoff_cap and retry_after_cap must be >= 0"),
    ],
)
def test_policy_errors_say_which_setting_is_wrong(bad: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError) as raised:
        RetryPolicy(**bad)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_policy_accepts_zero_waits_and_no_retries() -> None:
    policy = RetryPolicy(max_retries=0, backoff_base=0.0, backoff_cap=0.0, retry_after_cap=0.0)
    assert (policy.max_retries, policy.backoff_base, policy.backoff_cap, policy.retry_after_cap) == (0, 0, 0, 0)


def test_an_envelope_with_a_charset_is_still_read_and_replayed() -> None:
    answers = Answers(
        (200, {"Content-Type": "application/json; charset=utf-8"}, (b'{"errCode": 10003}',)),
        (200, JSON, (b'{"errCode": 0}',)),
    )
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (2, [0.5], {"errCode": 0})


@pytest.mark.parametrize("body", [b"[10003]", b'"errCode"', b"10003", b"null"])
def test_json_that_is_no_envelope_has_no_err_code_and_is_not_replayed(body: bytes) -> None:
    assert envelope_err_code(body) is None
    answers = Answers((200, JSON, (body,)))
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.content) == (1, [], body)


def test_a_compressed_success_is_decoded_before_it_is_judged_and_not_replayed() -> None:
    body = gzip.compress(b'{"errCode": 0, "data": {"ok": true}}')
    answers = Answers((200, {**JSON, "Content-Encoding": "gzip"}, (body,)))
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (1, [], {"errCode": 0, "data": {"ok": True}})


def test_an_envelope_in_several_pieces_is_joined_as_it_came() -> None:
    answers = Answers((200, JSON, (b'{"errCode"', b": 0, ", b'"data": 1}')))
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (1, [], {"errCode": 0, "data": 1})


@pytest.mark.anyio
async def test_async_an_envelope_in_several_pieces_is_joined_as_it_came() -> None:
    answers = Answers((200, JSON, (b'{"errCode"', b": 0, ", b'"data": 1}')))
    response, sleeps = await async_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (1, [], {"errCode": 0, "data": 1})


def test_a_read_envelope_keeps_the_transport_s_response_details() -> None:
    answers = Answers((200, JSON, (b'{"errCode": 0}',)), http_version=b"HTTP/2", reason_phrase=b"Fine")
    response, _ = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (response.http_version, response.reason_phrase) == ("HTTP/2", "Fine")


@pytest.mark.parametrize(
    ("first", "reason"),
    [
        (httpx.ConnectError("refused"), "ConnectError"),
        ((200, JSON, (b'{"errCode": 10003',)), "malformed JSON"),
        ((200, JSON, (b'{"errCode": 10003}',)), "errCode 10003"),
    ],
)
def test_the_log_names_why_a_request_is_replayed(
    first: tuple[int, dict[str, str], tuple[bytes, ...]] | Exception, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="lansenger")
    answers = Answers(first, (200, JSON, (b'{"errCode": 0}',)))
    sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    messages = [record.getMessage() for record in caplog.records if record.name == "lansenger"]
    assert messages == [f"Retrying GET /open/apigw/v1/staffs/fetch after {reason} (retry 1 of 2) in 0.50s"]


def test_transports_without_an_inner_one_make_their_own() -> None:
    transport = RetryTransport()
    assert isinstance(transport._inner, httpx.HTTPTransport)
    transport.close()


@pytest.mark.anyio
async def test_async_transports_without_an_inner_one_make_their_own() -> None:
    transport = AsyncRetryTransport()
    assert isinstance(transport._inner, httpx.AsyncHTTPTransport)
    await transport.aclose()
