# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a staff member in the org's contacts.

POST /v1/staffs/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.staff_create_request import StaffCreateRequest
from ...models.staff_created import StaffCreated
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_staff"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "departments": {"name": "departments", "items": {"props": {"id": {"name": "id", "minLength": 1}}}},
        "mobilePhone": {
            "name": "mobile_phone",
            "props": {
                "countryCode": {"name": "country_code", "minLength": 1},
                "number": {"name": "number", "minLength": 1},
            },
        },
        "loginWays": {"name": "login_ways", "items": {"enum": [0, 1, 2]}},
        "gender": {"name": "gender", "enum": [0, 1, 2]},
        "extraPhones": {
            "name": "extra_phones",
            "items": {
                "props": {
                    "countryCode": {"name": "country_code", "minLength": 1},
                    "number": {"name": "number", "minLength": 1},
                }
            },
        },
        "tags": {"name": "tags", "items": {"minLength": 1}},
    }
}


def _get_kwargs(
    *,
    body: StaffCreateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if not isinstance(body.email, Unset) and len(body.email) < 1:
        raise errors.InvalidArgumentError("email must not be empty")

    if not isinstance(body.login_name, Unset) and len(body.login_name) < 1:
        raise errors.InvalidArgumentError("login_name must not be empty")

    if not isinstance(body.login_password, Unset) and len(body.login_password) < 1:
        raise errors.InvalidArgumentError("login_password must not be empty")

    if not isinstance(body.employee_number, Unset) and len(body.employee_number) < 1:
        raise errors.InvalidArgumentError("employee_number must not be empty")

    if not isinstance(body.external_id, Unset) and len(body.external_id) < 1:
        raise errors.InvalidArgumentError("external_id must not be empty")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staffs/create",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    _kwargs["json"] = body.to_dict()

    check_body(_kwargs.get("json"), _RULES)
    return _kwargs


def _build(data: Any) -> StaffCreated:
    response_200 = StaffCreated.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> StaffCreated:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: StaffCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StaffCreated]:
    """Create a staff member in the org's contacts. Also returns the HTTP status, headers and raw body."""
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
    body: StaffCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StaffCreated:
    """Create a staff member in the org's contacts."""
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
    body: StaffCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StaffCreated]:
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
    body: StaffCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StaffCreated:
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
