"""Retries in one place: httpx transports that replay only what is safe to replay.

Lansenger reports many failures as HTTP 200 with an ``errCode`` envelope, so besides transport errors and status
codes an allow-list of envelope codes is retryable too, and so is a JSON answer that cannot be read (a proxy that
cut the body short, JSON nested too deeply, a broken gzip) when the request is safe to replay. A message send may
already have reached the server when the connection breaks, so non-idempotent requests are retried only when they
provably never left the client.
"""

from __future__ import annotations

import copy
import dataclasses
import random
import time
from collections.abc import Awaitable, Callable
from typing import NamedTuple

import anyio
import httpx
from lansenger_api.client import err_code, retry_after_seconds
from lansenger_api.request_meta import request_meta
from lansenger_api.wire import answer_json

from ._logging import logger
from ._upload_length import check_length

__all__ = [
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "envelope_err_code",
    "is_idempotent",
    "is_json_response",
]

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# The request never reached the server: replaying it cannot duplicate a side effect.
_NEVER_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# The request may have been processed: replay only if doing it twice is harmless.
_MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
_RETRYABLE_ERRORS = _NEVER_SENT_ERRORS + _MAYBE_SENT_ERRORS

_RETRY_AFTER_STATUSES = frozenset({429, 503})
# 2**32 half-seconds is already far beyond any cap; clamping avoids float overflow for absurd retry counts.
_MAX_EXPONENT = 32


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before replaying a request."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
    retryable_codes: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if min(self.backoff_base, self.backoff_cap, self.retry_after_cap) < 0:
            raise ValueError("backoff_base, backoff_cap and retry_after_cap must be >= 0")


def is_idempotent(request: httpx.Request) -> bool:
    """The operation's metadata decides; other requests fall back to the HTTP method's semantics."""
    meta = request_meta(request.extensions)
    if meta is not None:
        return meta.idempotent
    return request.method.upper() in _SAFE_METHODS


def is_json_response(response: httpx.Response) -> bool:
    media_type = str(response.headers.get("content-type", "")).partition(";")[0]
    return media_type.strip().lower() == "application/json"


class _Malformed(Exception):
    """The body claimed to be JSON and is not, or cannot be read: cut short, nested too deeply, or (as `_decoded`
    makes it) compressed wrongly."""


def _parsed_err_code(response: httpx.Response, body: bytes | None) -> int | None:
    try:
        envelope = answer_json(response, body)
    except (ValueError, RecursionError):  # cut short, not JSON, or nested too deeply to read
        raise _Malformed from None
    return err_code(envelope.get("errCode")) if isinstance(envelope, dict) else None


def envelope_err_code(response: httpx.Response, body: bytes | None = None) -> int | None:
    """The ``errCode`` of an answer's Lansenger JSON envelope, or None when its body is not one; `body` is the
    decoded body when the response itself is not read yet. The JSON is decoded once for every layer (`answer_json`)."""
    try:
        return _parsed_err_code(response, body)
    except _Malformed:
        return None


class _Retry(NamedTuple):
    delay: float
    reason: str


class _RetryRules:
    """The decisions both transports share; they differ only in how they wait and read."""

    def __init__(self, policy: RetryPolicy, random: Callable[[], float]) -> None:
        self.policy = policy
        self._random = random

    def with_max_retries(self, max_retries: int) -> _RetryRules:
        return _RetryRules(dataclasses.replace(self.policy, max_retries=max_retries), self._random)

    def backoff(self, attempt: int) -> float:
        exponential = self.policy.backoff_base * 2.0 ** min(attempt, _MAX_EXPONENT)
        return min(self.policy.backoff_cap, exponential) * (0.5 + 0.5 * self._random())

    def _may_replay(self, idempotent: bool, attempt: int) -> bool:
        return idempotent and attempt < self.policy.max_retries

    def for_error(self, error: httpx.TransportError, idempotent: bool, attempt: int) -> _Retry | None:
        if attempt >= self.policy.max_retries:
            return None
        if not idempotent and not isinstance(error, _NEVER_SENT_ERRORS):
            return None
        return _Retry(self.backoff(attempt), type(error).__name__)

    def for_response(
        self, response: httpx.Response, body: bytes | None, idempotent: bool, attempt: int
    ) -> _Retry | None:
        """``body`` is the decoded body when :meth:`wants_envelope` asked for it."""
        if not self._may_replay(idempotent, attempt):
            return None
        if response.status_code in self.policy.retry_statuses:
            return self._for_status(response, attempt)
        if body is not None:
            return self._for_envelope(response, body, attempt)
        return None

    def _for_status(self, response: httpx.Response, attempt: int) -> _Retry:
        delay = self.backoff(attempt)
        if response.status_code in _RETRY_AFTER_STATUSES:
            retry_after = retry_after_seconds(response.headers.get("retry-after"))
            if retry_after is not None:
                delay = min(retry_after, self.policy.retry_after_cap)
        return _Retry(delay, f"HTTP {response.status_code}")

    def wants_envelope(self, response: httpx.Response, idempotent: bool, attempt: int) -> bool:
        """Only replayable JSON answers are read here: media downloads and event streams keep streaming."""
        return self._may_replay(idempotent, attempt) and response.status_code == 200 and is_json_response(response)

    def _for_envelope(self, response: httpx.Response, body: bytes, attempt: int) -> _Retry | None:
        try:
            code = _parsed_err_code(response, body)
        except _Malformed:
            return _Retry(self.backoff(attempt), "malformed JSON")
        if code is None or code not in self.policy.retryable_codes:
            return None
        return _Retry(self.backoff(attempt), f"errCode {code}")

    def log(self, request: httpx.Request, attempt: int, retry: _Retry) -> None:
        # The path only: the query carries app_token and user_token.
        logger.info(
            "Retrying %s %s after %s (retry %d of %d) in %.2fs",
            request.method,
            request.url.path,
            retry.reason,
            attempt + 1,
            self.policy.max_retries,
            retry.delay,
        )


def _decoded(response: httpx.Response, raw: bytes) -> bytes:
    """Apply the Content-Encoding through a throwaway response; an undecodable body is no envelope."""
    try:
        return httpx.Response(200, headers=response.headers, stream=httpx.ByteStream(raw)).read()
    except httpx.DecodingError:
        return b""


def _replayable_copy(response: httpx.Response, raw: bytes) -> httpx.Response:
    """An unread response over the buffered raw bytes, so the client reads, decodes and closes it as usual."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


def _buffer(response: httpx.Response) -> tuple[httpx.Response, bytes]:
    """The response to hand on and its decoded body; the original is closed even when reading fails."""
    if response.is_stream_consumed:  # a transport that returns bodies already read, such as MockTransport
        return response, response.content
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _replayable_copy(response, raw), _decoded(response, raw)


async def _abuffer(response: httpx.Response) -> tuple[httpx.Response, bytes]:
    if response.is_stream_consumed:
        return response, response.content
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _replayable_copy(response, raw), _decoded(response, raw)


class RetryTransport(httpx.BaseTransport):
    """Sync transport that retries around an inner transport; it also has every upload checked against the length
    it announced (`check_length`), since every request of the SDK's clients passes here."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._rules = _RetryRules(policy if policy is not None else RetryPolicy(), random)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        check_length(request)
        idempotent = is_idempotent(request)
        attempt = 0
        while True:
            body: bytes | None = None
            try:
                response = self._inner.handle_request(request)
                if self._rules.wants_envelope(response, idempotent, attempt):
                    response, body = _buffer(response)
            except _RETRYABLE_ERRORS as error:
                retry = self._rules.for_error(error, idempotent, attempt)
                if retry is None:
                    raise
            else:
                retry = self._rules.for_response(response, body, idempotent, attempt)
                if retry is None:
                    return response
                response.close()
            self._rules.log(request, attempt, retry)
            self._sleep(retry.delay)
            attempt += 1

    def with_max_retries(self, max_retries: int) -> RetryTransport:
        """This transport with another retry limit, over the same inner transport: the same connection pool."""
        view = copy.copy(self)
        view._rules = self._rules.with_max_retries(max_retries)
        return view

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self._rules = _RetryRules(policy if policy is not None else RetryPolicy(), random)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        check_length(request)
        idempotent = is_idempotent(request)
        attempt = 0
        while True:
            body: bytes | None = None
            try:
                response = await self._inner.handle_async_request(request)
                if self._rules.wants_envelope(response, idempotent, attempt):
                    response, body = await _abuffer(response)
            except _RETRYABLE_ERRORS as error:
                retry = self._rules.for_error(error, idempotent, attempt)
                if retry is None:
                    raise
            else:
                retry = self._rules.for_response(response, body, idempotent, attempt)
                if retry is None:
                    return response
                await response.aclose()
            self._rules.log(request, attempt, retry)
            await self._sleep(retry.delay)
            attempt += 1

    def with_max_retries(self, max_retries: int) -> AsyncRetryTransport:
        """See `RetryTransport.with_max_retries`."""
        view = copy.copy(self)
        view._rules = self._rules.with_max_retries(max_retries)
        return view

    async def aclose(self) -> None:
        await self._inner.aclose()
