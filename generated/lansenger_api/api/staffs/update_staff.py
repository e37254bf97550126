# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Change a staff member's profile, departments, sign-in ways or account state.

POST /v1/staffs/{staff_id}/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, path_segment, send, unwrap
from ...models.staff_update_request import StaffUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_staff"
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
        "status": {"name": "status", "enum": [1, 2]},
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
    staff_id: str,
    *,
    body: StaffUpdateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/staffs/{staff_id}/update".format(
        staff_id=path_segment(staff_id, "staff_id"),
    )

    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if not isinstance(body.name, Unset) and len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if not isinstance(body.email, Unset) and len(body.email) < 1:
        raise errors.InvalidArgumentError("email must not be empty")

    if not isinstance(body.login_name, Unset) and len(body.login_name) < 1:
        raise errors.InvalidArgumentError("login_name must not be empty")

    if not isinstance(body.employee_number, Unset) and len(body.employee_number) < 1:
        raise errors.InvalidArgumentError("employee_number must not be empty")

    if not isinstance(body.external_id, Unset) and len(body.external_id) < 1:
        raise errors.InvalidArgumentError("external_id must not be empty")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    _kwargs["json"] = body.to_dict()

    check_body(_kwargs.get("json"), _RULES)
    return _kwargs


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    staff_id: str,
    *,
    client: httpx.Client,
    body: StaffUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Change a staff member's profile, departments, sign-in ways or account state. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                staff_id=staff_id,
                body=body,
                user_token=user_token,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync(
    staff_id: str,
    *,
    client: httpx.Client,
    body: StaffUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Change a staff member's profile, departments, sign-in ways or account state."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    staff_id=staff_id,
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
    staff_id: str,
    *,
    client: httpx.AsyncClient,
    body: StaffUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                staff_id=staff_id,
                body=body,
                user_token=user_token,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    staff_id: str,
    *,
    client: httpx.AsyncClient,
    body: StaffUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """The async twin of `sync`."""
    _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    staff_id=staff_id,
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
