"""Retries in one place: httpx transports that replay only what is safe to replay.

Lansenger reports many failures as HTTP 200 with an ``errCode`` envelope, so besides transport errors and status
codes an allow-list of envelope codes is retryable too, and so is a JSON answer that cannot be read (a proxy that
cut the body short, JSON nested too deeply, a broken gzip) when the request is safe to replay. A message send may
already have reached the server when the connection breaks, so non-idempotent requests are retried only when they
provably never left the client.

This loop is the one place each attempt passes: the app token is put on the request here (when the client did not
build the request with it), a token the server refuses is dropped and the request sent once more with a fresh one
(also a message send: the server refused it), the hooks (`_hooks`) are called here, and the JSON answer is buffered
once for the token check, the retry decision and the response hooks. The decisions are `_Attempts`' alone; the two
transports only fetch tokens, send, read, call hooks and sleep, each in its own way.
"""

from __future__ import annotations

import copy
import dataclasses
import random
import time
from collections.abc import Awaitable, Callable

import httpx
from lansenger_api.client import err_code, retry_after_seconds
from lansenger_api.options import checked_max_retries
from lansenger_api.records import Record, record
from lansenger_api.request_meta import EXTENSION as META_EXTENSION
from lansenger_api.request_meta import RequestMeta
from lansenger_api.wire import answer_json

from ._answers import Malformed, abuffer, buffer, envelope_err_code, is_json_response, parsed_err_code
from ._auth import TOKEN_EXTENSION, AppTokenAuth, set_app_token
from ._hooks import Hooks, call_hook, request_view, response_view
from ._logging import logger
from ._upload_length import check_length

__all__ = [
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "envelope_err_code",
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


@record
class RetryPolicy(Record):
    """When and how long to wait before replaying a request."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
    retryable_codes: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        checked_max_retries(self.max_retries)  # InvalidArgumentError, a ValueError
        if min(self.backoff_base, self.backoff_cap, self.retry_after_cap) < 0:
            raise ValueError("backoff_base, backoff_cap and retry_after_cap must be >= 0")


def _safe_method(request: httpx.Request) -> bool:
    """Whether a request no operation's metadata describes may be sent twice: its HTTP method says."""
    return request.method.upper() in _SAFE_METHODS


class _RetryRules:
    """A transport's policy and its source of jitter; `with_max_retries` views share the jitter source."""

    def __init__(self, policy: RetryPolicy, random: Callable[[], float]) -> None:
        self.policy = policy
        self._random = random

    def with_max_retries(self, max_retries: int) -> _RetryRules:
        return _RetryRules(dataclasses.replace(self.policy, max_retries=max_retries), self._random)

    def backoff(self, attempt: int) -> float:
        exponential = self.policy.backoff_base * 2.0 ** min(attempt, _MAX_EXPONENT)
        return min(self.policy.backoff_cap, exponential) * (0.5 + 0.5 * self._random())


class _Tokens:
    """A transport's app token source and whether a token it refuses can be replaced (a fetch this kind of client
    can call), decided once."""

    __slots__ = ("auth", "renewable")

    def __init__(self, auth: AppTokenAuth, *, in_async: bool) -> None:
        self.auth = auth
        self.renewable = auth.can_refresh(in_async=in_async)


class _Attempts:
    """One request's attempts: the transport reports what each one brought, this says whether and when to send
    it again (and logs why), and when it needs an app token first. The upload's announced length is checked as it
    is sent (`check_length`)."""

    __slots__ = (
        "_buffered",
        "_idempotent",
        "_number",
        "_renewable",
        "_replayable",
        "_request",
        "_rules",
        "_tokens",
        "_used",
    )

    def __init__(self, rules: _RetryRules, request: httpx.Request, tokens: _Tokens | None) -> None:
        if type(request.stream) is not httpx.ByteStream:  # a body held in memory (the usual one) cannot change
            check_length(request)
        extensions = request.extensions
        meta = extensions.get(META_EXTENSION)  # `request_meta`, inline: this runs for every request
        self._rules = rules
        self._request = request
        self._number = 0
        if isinstance(meta, RequestMeta):
            self._idempotent = meta.idempotent
            self._buffered = meta.buffered
            app_token = meta.app_token
        else:
            self._idempotent = _safe_method(request)
            self._buffered = False
            app_token = False
        self._replayable = self._idempotent and rules.policy.max_retries > 0  # an answer may be replayed
        if tokens is not None and app_token:
            self._tokens: AppTokenAuth | None = tokens.auth
            used = extensions.get(TOKEN_EXTENSION)  # the token the request was built with (`TokenClient`), if any
            self._used = used if isinstance(used, str) else None
            self._renewable = tokens.renewable
        else:
            self._tokens, self._used, self._renewable = None, None, False

    def token_source(self) -> AppTokenAuth | None:
        """Where to get the token this request still lacks (its first, or one after a refusal), if it lacks one."""
        return self._tokens if self._used is None else None

    def use_token(self, token: str) -> None:
        self._used = set_app_token(self._request, token)

    def wants_body(self, response: httpx.Response, hooked: bool) -> bool:
        """Whether to read the answer here: when a replay, the token check or a response hook needs it. An answer
        the client reads whole anyway (`RequestMeta.buffered`) is read whatever its Content-Type, which is looked
        at only where its body would be acted on (`_json`); others are read only when they say they are JSON:
        media downloads and event streams keep streaming."""
        wanted = hooked or self._renewable or (self._replayable and response.status_code == 200)
        return wanted and (self._buffered or is_json_response(response))

    def hooks_body(self, response: httpx.Response, body: bytes | None) -> bytes:
        """The body the response hooks see: a JSON answer's, read by `wants_body`."""
        return body if body is not None and self._json(response) else b""

    def after_error(self, error: httpx.TransportError) -> float | None:
        """Seconds to wait before sending again, or None to raise `error`."""
        if self._number >= self._rules.policy.max_retries:
            return None
        if not self._idempotent and not isinstance(error, _NEVER_SENT_ERRORS):
            return None
        return self._again(self._rules.backoff(self._number), type(error).__name__)

    def after_response(self, response: httpx.Response, body: bytes | None) -> float | None:
        """Seconds to wait before sending again, or None to return `response`; ``body`` is the decoded body when
        :meth:`wants_body` asked for it."""
        if self._renewable and body is not None and self._refused(response, body):
            return 0.0
        if not self._replayable:
            return None
        status = response.status_code
        if status in self._rules.policy.retry_statuses:
            return self._again(self._status_delay(response), f"HTTP {status}")
        if body is not None and status == 200:  # a body read for the hooks may be any answer
            try:
                code = parsed_err_code(response, body)
            except Malformed:
                if not self._json(response):
                    return None
                return self._again(self._rules.backoff(self._number), "malformed JSON")
            if code is not None and code in self._rules.policy.retryable_codes and self._json(response):
                return self._again(self._rules.backoff(self._number), f"errCode {code}")
        return None

    def _json(self, response: httpx.Response) -> bool:
        """Whether a body `wants_body` read says it is JSON (which it checked already, unless the answer is read
        whole anyway): only then is it acted on."""
        return not self._buffered or is_json_response(response)

    def _refused(self, response: httpx.Response, body: bytes) -> bool:
        """Whether the server refused the token: it is dropped (once for all requests that used it), and this
        request waits for a fresh one and is sent once more, not counted as a retry."""
        assert self._tokens is not None  # renewable
        try:  # `parsed_err_code`, inline: this runs for every answer while the token can be renewed
            envelope = answer_json(response, body)
        except (ValueError, RecursionError):
            return False
        code = envelope.get("errCode") if type(envelope) is dict else None
        if type(code) is not int:  # the usual int passes without a call
            code = err_code(code)
        if not self._tokens.refuses(code) or not self._json(response):
            return False
        self._tokens.invalidate(self._used)
        self._used = None
        self._renewable = False
        logger.info("Sending %s %s again with a new app token", self._request.method, self._request.url.path)
        return True

    def _status_delay(self, response: httpx.Response) -> float:
        if response.status_code in _RETRY_AFTER_STATUSES:
            retry_after = retry_after_seconds(response.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self._rules.policy.retry_after_cap)
        return self._rules.backoff(self._number)

    def _again(self, delay: float, reason: str) -> float:
        policy = self._rules.policy
        # The path only: the query carries app_token and user_token.
        logger.info(
            "Retrying %s %s after %s (retry %d of %d) in %.2fs",
            self._request.method,
            self._request.url.path,
            reason,
            self._number + 1,
            policy.max_retries,
            delay,
        )
        self._number += 1
        self._replayable = self._idempotent and self._number < policy.max_retries
        return delay


class RetryTransport(httpx.BaseTransport):
    """Sync transport that puts the app token from ``tokens`` on requests that want it (replacing a refused one
    once), retries around an inner transport and calls the client's hooks on every attempt; it also has every
    upload checked against the length it announced (`check_length`), since every request of the SDK's clients
    passes here."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        hooks: Hooks | None = None,
        tokens: AppTokenAuth | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._rules = _RetryRules(policy if policy is not None else RetryPolicy(), random)
        self._hooks = hooks if hooks is not None else Hooks()
        self._tokens = None if tokens is None else _Tokens(tokens, in_async=False)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._rules, request, self._tokens)
        hooks = self._hooks
        while True:
            tokens = attempts.token_source()
            if tokens is not None:
                attempts.use_token(tokens.get_token())
            on_request, on_response = hooks.request, hooks.response  # a snapshot: hooks added now wait their turn
            view = request_view(request) if on_request or on_response else None
            for hook in on_request:
                hook(view)
            body: bytes | None = None
            try:
                response = self._inner.handle_request(request)
                if attempts.wants_body(response, bool(on_response)):
                    response, body = buffer(response)
            except _RETRYABLE_ERRORS as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                if on_response and view is not None:
                    try:
                        answer = response_view(response, attempts.hooks_body(response, body), view)
                        for hook in on_response:
                            hook(answer)
                    except BaseException:
                        response.close()
                        raise
                delay = attempts.after_response(response, body)
                if delay is None:
                    return response
                response.close()
                if attempts.token_source() is not None:
                    continue  # a refused token: sent again at once
            self._sleep(delay)

    def with_max_retries(self, max_retries: int) -> RetryTransport:
        """This transport with another retry limit, over the same inner transport: the same connection pool."""
        view = copy.copy(self)
        view._rules = self._rules.with_max_retries(max_retries)
        return view

    def close(self) -> None:
        self._inner.close()


async def _async_sleep(seconds: float) -> None:
    """anyio's sleep, imported when an async client first waits to retry: a sync client never loads anyio."""
    import anyio

    await anyio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport`; hooks may be `async def` or plain functions."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        hooks: Hooks | None = None,
        tokens: AppTokenAuth | None = None,
        sleep: Callable[[float], Awaitable[None]] = _async_sleep,
        random: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self._rules = _RetryRules(policy if policy is not None else RetryPolicy(), random)
        self._hooks = hooks if hooks is not None else Hooks()
        self._tokens = None if tokens is None else _Tokens(tokens, in_async=True)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self._rules, request, self._tokens)
        hooks = self._hooks
        while True:
            tokens = attempts.token_source()
            if tokens is not None:
                attempts.use_token(tokens.valid_token() or await tokens.aget_token())
            on_request, on_response = hooks.request, hooks.response
            view = request_view(request) if on_request or on_response else None
            for hook in on_request:
                await call_hook(hook, view)
            body: bytes | None = None
            try:
                response = await self._inner.handle_async_request(request)
                if attempts.wants_body(response, bool(on_response)):
                    if response.is_stream_consumed:  # read already (as MockTransport returns it): nothing to await
                        body = response.content
                    else:
                        response, body = await abuffer(response)
            except _RETRYABLE_ERRORS as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                if on_response and view is not None:
                    try:
                        answer = response_view(response, attempts.hooks_body(response, body), view)
                        for hook in on_response:
                            await call_hook(hook, answer)
                    except BaseException:
                        await response.aclose()
                        raise
                delay = attempts.after_response(response, body)
                if delay is None:
                    return response
                await response.aclose()
                if attempts.token_source() is not None:
                    continue
            await self._sleep(delay)

    def with_max_retries(self, max_retries: int) -> AsyncRetryTransport:
        """See `RetryTransport.with_max_retries`."""
        view = copy.copy(self)
        view._rules = self._rules.with_max_retries(max_retries)
        return view

    async def aclose(self) -> None:
        await self._inner.aclose()
