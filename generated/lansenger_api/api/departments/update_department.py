# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Rename, reorder or move a department, or replace its tags.

POST /v1/departments/{department_id}/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, path_segment, send, unwrap
from ...models.department_update_request import DepartmentUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_department"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"tags": {"name": "tags", "items": {"minLength": 1}}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "tags" in body:
            field0 = body["tags"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
    return True


def _get_kwargs(
    department_id: str,
    *,
    body: DepartmentUpdateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/departments/{department_id}/update".format(
        department_id=path_segment(department_id, "department_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if body.name is not UNSET and type(body.name) is not str and not isinstance(body.name, (str, Unset)):
        raise errors.InvalidArgumentError(f"name must be str, not {type(body.name).__name__}")

    if body.parent_id is not UNSET and type(body.parent_id) is not str and not isinstance(body.parent_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"parent_id must be str, not {type(body.parent_id).__name__}")

    if (
        body.order_number is not UNSET
        and type(body.order_number) is not int
        and not isinstance(body.order_number, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"order_number must be int, not {type(body.order_number).__name__}")

    if body.tags is not UNSET and type(body.tags) is not list and not isinstance(body.tags, (list, tuple, Unset)):
        raise errors.InvalidArgumentError(f"tags must be list, not {type(body.tags).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(body.name) is not Unset and len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if type(body.parent_id) is not Unset and len(body.parent_id) < 1:
        raise errors.InvalidArgumentError("parent_id must not be empty")

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
    if not _passes(_kwargs.get("json")):
        check_body(_kwargs.get("json"), _RULES)
    return _kwargs


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    department_id: str,
    *,
    client: httpx.Client,
    body: DepartmentUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Rename, reorder or move a department, or replace its tags. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                department_id=department_id,
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
    department_id: str,
    *,
    client: httpx.Client,
    body: DepartmentUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Rename, reorder or move a department, or replace its tags."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    department_id=department_id,
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
    department_id: str,
    *,
    client: httpx.AsyncClient,
    body: DepartmentUpdateRequest,
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
                department_id=department_id,
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
    department_id: str,
    *,
    client: httpx.AsyncClient,
    body: DepartmentUpdateRequest,
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
                    department_id=department_id,
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
