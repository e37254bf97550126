"""Per-request options (`timeout=`, `extra_headers=`, `extra_query=`), checked before anything is sent.

Every operation takes them as keyword arguments and hands them to `with_request_options`, which returns the
request's kwargs untouched when none is given (the common case costs one call). The SDK owns some parts of every
request: the app and user tokens in the query, the credentials and framing headers, the Host and the path; an
option that would set one of those is refused with InvalidArgumentError, never sent. Values reach httpx as its own
`timeout=` (which it sends down as the request's `timeout` extension), `headers=` and `params=`, so a per-request
option costs no new client or transport.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeAlias

import httpx

from .exceptions import InvalidArgumentError

TimeoutOption: TypeAlias = "float | httpx.Timeout | None"
"""Seconds for every phase, an `httpx.Timeout`, or None for the client's own."""

RESERVED_QUERY = frozenset({"app_token", "user_token"})
"""Query parameters only the SDK sets: the tokens."""

RESERVED_HEADERS = frozenset(
    {"host", "authorization", "proxy-authorization", "cookie", "content-length", "transfer-encoding"}
)
"""Headers only the SDK (or httpx) sets: where the request goes, credentials, and the body's framing."""

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+").fullmatch
_QUERY_VALUE = (str, int, float)


def with_request_options(
    kwargs: dict[str, Any],
    timeout: TimeoutOption,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str | int | float] | None,
) -> dict[str, Any]:
    """The request's kwargs with the options applied; a refused option raises InvalidArgumentError."""
    if timeout is None and extra_headers is None and extra_query is None:
        return kwargs
    applied = dict(kwargs)
    if timeout is not None:
        applied["timeout"] = checked_timeout(timeout)
    if extra_headers:
        applied["headers"] = {**(kwargs.get("headers") or {}), **checked_headers(extra_headers)}
    if extra_query:
        applied["params"] = _merged_query(kwargs.get("params"), checked_query(extra_query))
    return applied


def checked_max_retries(max_retries: int) -> int:
    """A retry limit: a whole number, 0 or more (`RetryPolicy` and `with_options` both check it here)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidArgumentError("max_retries must be a whole number >= 0")
    return max_retries


def checked_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A timeout option as an `httpx.Timeout`: a positive number of seconds, or a Timeout as given."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise InvalidArgumentError("timeout must be a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(float(timeout))


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Extra headers, refused when one names a header the SDK owns or is not a valid header at all."""
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError("extra_headers must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN(name):
            raise InvalidArgumentError("extra_headers has a name that is not a valid header name")
        if name.lower() in RESERVED_HEADERS:
            raise InvalidArgumentError(f"extra_headers must not set {name}: the SDK sets it")
        if not isinstance(value, str) or "\r" in value or "\n" in value or "\0" in value:
            raise InvalidArgumentError(f"extra_headers[{name!r}] must be text on one line")
        checked[name] = value
    return checked


def checked_query(query: Mapping[str, str | int | float]) -> dict[str, str | int | float]:
    """Extra query parameters, refused when one would set a token or is not a plain value."""
    if not isinstance(query, Mapping):
        raise InvalidArgumentError("extra_query must be a mapping of parameter names to values")
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError("extra_query has a name that is not a non-empty string")
        if name.lower() in RESERVED_QUERY:
            raise InvalidArgumentError(f"extra_query must not set {name}: the SDK sets it")
        if isinstance(value, bool) or not isinstance(value, _QUERY_VALUE):
            raise InvalidArgumentError(f"extra_query[{name!r}] must be a string or a number")
    return dict(query)


def _merged_query(params: Any, extra: dict[str, str | int | float]) -> httpx.QueryParams:
    """The operation's own parameters win: an extra one of the same name is refused rather than sent twice."""
    own = httpx.QueryParams(params)
    for name in extra:
        if name in own:
            raise InvalidArgumentError(f"extra_query must not set {name}: the operation sets it")
    return own.merge(extra)


__all__ = [
    "RESERVED_HEADERS",
    "RESERVED_QUERY",
    "TimeoutOption",
    "checked_headers",
    "checked_max_retries",
    "checked_query",
    "checked_timeout",
    "with_request_options",
]
