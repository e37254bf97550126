"""Views of a client with other options (`with_options`): the same pool, token, store and hooks.

A view's httpx client is a shallow copy of the client's: the transport (so the connection pool), the auth (so the
app token and its single-flight refresh) and the hooks are the very same objects; only the default timeout, the
default headers and, when asked, the retry limit (a `RetryTransport` over the same inner transport) differ.
"""

from __future__ import annotations

import copy
from functools import cached_property
from typing import TypeVar

import httpx
from lansenger_api.exceptions import InvalidArgumentError
from lansenger_api.options import TimeoutOption, checked_headers, checked_timeout

from ._retry import AsyncRetryTransport, RetryTransport

Http = TypeVar("Http", httpx.Client, httpx.AsyncClient)
Client = TypeVar("Client")


def http_view(http: Http, *, timeout: TimeoutOption, max_retries: int | None, headers: dict[str, str] | None) -> Http:
    """`http` with other defaults, sharing its transport, auth and cookies; `http` itself is unchanged."""
    view = copy.copy(http)
    if timeout is not None:
        view.timeout = checked_timeout(timeout)
    if headers:
        merged = http.headers.copy()
        merged.update(checked_headers(headers))
        view.headers = merged
    if max_retries is not None:
        transport = view._transport
        if not isinstance(transport, (RetryTransport, AsyncRetryTransport)):
            raise InvalidArgumentError("max_retries needs the client's own retrying transport, which was replaced")
        view._transport = transport.with_max_retries(max_retries)  # no public setter
    return view


def client_view(client: Client, http: httpx.Client | httpx.AsyncClient) -> Client:
    """A copy of `client` over `http`, without the resources and helpers it built (they hold its own httpx
    client): the view builds its own on first use."""
    view = object.__new__(type(client))
    owner = type(client)
    vars(view).update(
        (name, value)
        for name, value in vars(client).items()
        if not isinstance(getattr(owner, name, None), cached_property)
    )
    vars(view)["_http"] = http
    return view
