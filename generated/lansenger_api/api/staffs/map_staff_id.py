# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Find the staffId behind an employee number, mobile, mail, login name or external id.

GET /v2/staffs/id_mapping/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.staff_id_mapping import StaffIdMapping
from ...models.staff_id_type import StaffIdType
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "map_staff_id"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    org_id: str,
    id_type: StaffIdType,
    id_value: str,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if type(org_id) is not str and not isinstance(org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(org_id).__name__}")

    if type(id_value) is not str and not isinstance(id_value, str):
        raise errors.InvalidArgumentError(f"id_value must be str, not {type(id_value).__name__}")

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if len(org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if id_type not in ["employ_id", "mobile", "mail", "login", "external_id"]:
        raise errors.InvalidArgumentError(
            f"id_type must be one of employ_id, mobile, mail, login, external_id, not {id_type!r}"
        )

    if len(id_value) < 1:
        raise errors.InvalidArgumentError("id_value must not be empty")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    params["org_id"] = org_id
    json_id_type: str = id_type
    if json_id_type is not None:
        params["id_type"] = json_id_type
    params["id_value"] = id_value
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/staffs/id_mapping/fetch",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> StaffIdMapping:
    return parse(
        response,
        _OPERATION,
        StaffIdMapping.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    org_id: str,
    id_type: StaffIdType,
    id_value: str,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StaffIdMapping]:
    """Find the staffId behind an employee number, mobile, mail, login name or external id. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                org_id=org_id,
                id_type=id_type,
                id_value=id_value,
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
    org_id: str,
    id_type: StaffIdType,
    id_value: str,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StaffIdMapping:
    """Find the staffId behind an employee number, mobile, mail, login name or external id."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    org_id=org_id,
                    id_type=id_type,
                    id_value=id_value,
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
    org_id: str,
    id_type: StaffIdType,
    id_value: str,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StaffIdMapping]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                org_id=org_id,
                id_type=id_type,
                id_value=id_value,
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
    org_id: str,
    id_type: StaffIdType,
    id_value: str,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StaffIdMapping:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    org_id=org_id,
                    id_type=id_type,
                    id_value=id_value,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
