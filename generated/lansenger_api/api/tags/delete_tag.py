# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Delete a tag; it is taken off every staff member and department that carried it.

POST /v1/tags/{tag_id}/delete
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.tag_change import TagChange
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "delete_tag"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    tag_id: str,
    *,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/tags/{tag_id}/delete".format(
        tag_id=path_segment(tag_id, "tag_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _build(data: Any) -> TagChange | None:
    if data is None:
        return None
    response_200 = TagChange.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> TagChange | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    tag_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TagChange | None]:
    """Delete a tag; it is taken off every staff member and department that carried it. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                tag_id=tag_id,
                user_token=user_token,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    tag_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TagChange | None:
    """Delete a tag; it is taken off every staff member and department that carried it."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    tag_id=tag_id,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )


async def asyncio_detailed(
    tag_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TagChange | None]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                tag_id=tag_id,
                user_token=user_token,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    tag_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TagChange | None:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    tag_id=tag_id,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
