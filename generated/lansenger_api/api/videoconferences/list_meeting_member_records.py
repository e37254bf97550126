# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List when a meeting's members joined and left, one page at a time.

POST /xtra/videoconference/openapi/v1/meeting/member/simplerecord
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.vc_meeting_page_request import VcMeetingPageRequest
from ...models.vc_member_record_page import VcMemberRecordPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_meeting_member_records"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: VcMeetingPageRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.org_id) is not int and not isinstance(body.org_id, int):
        raise errors.InvalidArgumentError(f"org_id must be int, not {type(body.org_id).__name__}")

    if type(body.mid) is not int and not isinstance(body.mid, int):
        raise errors.InvalidArgumentError(f"mid must be int, not {type(body.mid).__name__}")

    if type(body.operator) is not str and not isinstance(body.operator, str):
        raise errors.InvalidArgumentError(f"operator must be str, not {type(body.operator).__name__}")

    if body.limit is not UNSET and type(body.limit) is not int and not isinstance(body.limit, (int, Unset)):
        raise errors.InvalidArgumentError(f"limit must be int, not {type(body.limit).__name__}")

    if body.offset is not UNSET and type(body.offset) is not int and not isinstance(body.offset, (int, Unset)):
        raise errors.InvalidArgumentError(f"offset must be int, not {type(body.offset).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.operator) < 1:
        raise errors.InvalidArgumentError("operator must not be empty")

    if type(body.limit) is not Unset and body.limit < 1:
        raise errors.InvalidArgumentError("limit must be at least 1")

    if type(body.offset) is not Unset and body.offset < 0:
        raise errors.InvalidArgumentError("offset must be at least 0")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/videoconference/openapi/v1/meeting/member/simplerecord",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> VcMemberRecordPage:
    return parse(
        response,
        _OPERATION,
        VcMemberRecordPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: VcMeetingPageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[VcMemberRecordPage]:
    """List when a meeting's members joined and left, one page at a time. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    *,
    client: httpx.Client,
    body: VcMeetingPageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> VcMemberRecordPage:
    """List when a meeting's members joined and left, one page at a time."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
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
    *,
    client: httpx.AsyncClient,
    body: VcMeetingPageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[VcMemberRecordPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    *,
    client: httpx.AsyncClient,
    body: VcMeetingPageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> VcMemberRecordPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
