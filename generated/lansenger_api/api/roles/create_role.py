# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a role in an org.

POST /v1/org/{org_id}/role/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, path_segment, send
from ...models.role_create_request import RoleCreateRequest
from ...models.role_created import RoleCreated
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "create_role"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    org_id: str,
    *,
    body: RoleCreateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/org/{org_id}/role/create".format(
        org_id=path_segment(org_id, "org_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.role_name) is not str and not isinstance(body.role_name, str):
        raise errors.InvalidArgumentError(f"role_name must be str, not {type(body.role_name).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if body.creator is not UNSET and type(body.creator) is not str and not isinstance(body.creator, (str, Unset)):
        raise errors.InvalidArgumentError(f"creator must be str, not {type(body.creator).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.role_name) < 1:
        raise errors.InvalidArgumentError("role_name must not be empty")

    if type(body.creator) is not Unset and len(body.creator) < 1:
        raise errors.InvalidArgumentError("creator must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> RoleCreated:
    return parse(
        response,
        _OPERATION,
        RoleCreated.from_dict,
        data_required=True,
    )


def sync_detailed(
    org_id: str,
    *,
    client: httpx.Client,
    body: RoleCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[RoleCreated]:
    """Create a role in an org. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                org_id=org_id,
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
    org_id: str,
    *,
    client: httpx.Client,
    body: RoleCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> RoleCreated:
    """Create a role in an org."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    org_id=org_id,
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
    org_id: str,
    *,
    client: httpx.AsyncClient,
    body: RoleCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[RoleCreated]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                org_id=org_id,
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
    org_id: str,
    *,
    client: httpx.AsyncClient,
    body: RoleCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> RoleCreated:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    org_id=org_id,
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
