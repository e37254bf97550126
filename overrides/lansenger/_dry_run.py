"""Dry runs: the request a call would send, made by the SDK's own request path and kept instead of sent.

The call runs on a client given a placeholder app token (no token is fetched) and a transport that keeps the first
request and ends the call, so what is shown is the request as it would go on the wire, after every check on the
way, with its tokens masked. The CLI's --dry-run shows it as the SDK's hooks see it (`described`); `lansenger api`
and `lansenger mcp` show it in the registry's terms (`operation_request`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.operations import REDACTED

from ._hooks import request_view

if TYPE_CHECKING:
    from lansenger_api.operations import Operation

    from ._client import Lansenger

PLACEHOLDER_TOKEN: Final = REDACTED
"""The app token, and the user token, of a dry run: never fetched, never sent."""


class _Kept(Exception):
    """Carries the request a dry run would have sent out of the client."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("dry run")
        self.request = request


class _Keep(httpx.BaseTransport):
    """The dry run's network: keeps the first request and ends the call."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise _Kept(request)


def kept_request(open_client: Callable[..., Lansenger], call: Callable[[Lansenger], object]) -> httpx.Request:
    """The first request `call` makes on the client `open_client` builds with the dry run's options; nothing is
    sent (`InvalidArgumentError` when the call would send nothing)."""
    with open_client(app_token=PLACEHOLDER_TOKEN, transport=_Keep(), max_retries=0) as client:
        try:
            call(client)
        except _Kept as kept:
            return kept.request
    raise InvalidArgumentError("nothing would be sent")


def described(request: httpx.Request) -> dict[str, Any]:
    """The request as JSON-ready data, secrets masked (its JSON body parsed, other bodies left out)."""
    view = request_view(request)
    return {"method": view.method, "url": str(view.url), "body": json.loads(view.content) if view.content else None}


def twin(client: Lansenger) -> Callable[..., Lansenger]:
    """What builds a client of `client`'s app and gateway with other options (for `kept_request`)."""
    from ._client import Lansenger

    settings = client.settings
    return lambda **options: Lansenger(settings.app_id, gateway_url=settings.gateway_url, **options)


def operation_request(
    open_client: Callable[..., Lansenger], op: Operation, arguments: Mapping[str, Any]
) -> dict[str, Any]:
    """What `op.call` with `arguments` would send: method, path, query, the operation's header parameters and the
    body (JSON, or its size), plus the server when the arguments choose one; tokens `[redacted]`."""
    request = kept_request(open_client, lambda client: op.call(client.http_client, arguments))
    url, view = request.url, request_view(request)
    segments = url.raw_path.decode("ascii").partition("?")[0].split("/")
    depth = op.path.count("/")  # the operation's path is the end of the URL's, after the gateway's or server's
    shown: dict[str, Any] = {"method": request.method, "path": "/" + "/".join(segments[-depth:])}
    if any(parameter.location == "server" and parameter.name in arguments for parameter in op.parameters):
        shown["server"] = f"{url.scheme}://{url.netloc.decode('ascii')}{'/'.join(segments[:-depth])}"
    shown["query"] = dict(url.params)
    headers = {
        p.name: request.headers[p.name] for p in op.parameters if p.location == "header" and p.name in request.headers
    }
    if headers:
        shown["headers"] = headers
    if view.content:
        shown["body"] = json.loads(view.content)
    elif request.headers.get("content-length", "0") != "0":
        shown["body"] = f"<{request.headers['content-length']} bytes>"
    return shown
