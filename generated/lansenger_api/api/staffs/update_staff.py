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
from ...argument_errors import explain_wrong_field
from ...client import asend, path_segment, send, unwrap
from ...models.staff_update_request import StaffUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_staff"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
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


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        for key0, field1 in body.items():
            if key0 == "departments":
                if field1 is not None:
                    if type(field1) is not list:
                        return False
                    for item2 in field1:
                        if item2 is not None:
                            if type(item2) is not dict:
                                return False
                            if "id" in item2:
                                field3 = item2["id"]
                                if field3 is not None and not (type(field3) is str and 1 <= len(field3)):
                                    return False
            elif key0 == "mobilePhone":
                if field1 is not None:
                    if type(field1) is not dict:
                        return False
                    if "countryCode" in field1:
                        field4 = field1["countryCode"]
                        if field4 is not None and not (type(field4) is str and 1 <= len(field4)):
                            return False
                    if "number" in field1:
                        field5 = field1["number"]
                        if field5 is not None and not (type(field5) is str and 1 <= len(field5)):
                            return False
            elif key0 == "loginWays":
                if field1 is not None:
                    if type(field1) is not list:
                        return False
                    for item6 in field1:
                        if item6 is not None and not (type(item6) is int and item6 in {0, 1, 2}):
                            return False
            elif key0 == "gender":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1, 2}):
                    return False
            elif key0 == "status":
                if field1 is not None and not (type(field1) is int and field1 in {1, 2}):
                    return False
            elif key0 == "extraPhones":
                if field1 is not None:
                    if type(field1) is not list:
                        return False
                    for item7 in field1:
                        if item7 is not None:
                            if type(item7) is not dict:
                                return False
                            if "countryCode" in item7:
                                field8 = item7["countryCode"]
                                if field8 is not None and not (type(field8) is str and 1 <= len(field8)):
                                    return False
                            if "number" in item7:
                                field9 = item7["number"]
                                if field9 is not None and not (type(field9) is str and 1 <= len(field9)):
                                    return False
            elif key0 == "tags":
                if field1 is not None:
                    if type(field1) is not list:
                        return False
                    for item10 in field1:
                        if item10 is not None and not (type(item10) is str and 1 <= len(item10)):
                            return False
    return True


def _get_kwargs(
    staff_id: str,
    *,
    body: StaffUpdateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/staffs/{staff_id}/update".format(
        staff_id=path_segment(staff_id, "staff_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if body.name is not UNSET and type(body.name) is not str and not isinstance(body.name, (str, Unset)):
        raise errors.InvalidArgumentError(f"name must be str, not {type(body.name).__name__}")

    if (
        body.departments is not UNSET
        and type(body.departments) is not list
        and not isinstance(body.departments, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"departments must be list, not {type(body.departments).__name__}")

    if body.email is not UNSET and type(body.email) is not str and not isinstance(body.email, (str, Unset)):
        raise errors.InvalidArgumentError(f"email must be str, not {type(body.email).__name__}")

    if (
        body.login_name is not UNSET
        and type(body.login_name) is not str
        and not isinstance(body.login_name, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"login_name must be str, not {type(body.login_name).__name__}")

    if (
        body.login_ways is not UNSET
        and type(body.login_ways) is not list
        and not isinstance(body.login_ways, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"login_ways must be list, not {type(body.login_ways).__name__}")

    if (
        body.employee_number is not UNSET
        and type(body.employee_number) is not str
        and not isinstance(body.employee_number, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"employee_number must be str, not {type(body.employee_number).__name__}")

    if (
        body.external_id is not UNSET
        and type(body.external_id) is not str
        and not isinstance(body.external_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"external_id must be str, not {type(body.external_id).__name__}")

    if body.avatar_id is not UNSET and type(body.avatar_id) is not str and not isinstance(body.avatar_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"avatar_id must be str, not {type(body.avatar_id).__name__}")

    if body.signature is not UNSET and type(body.signature) is not str and not isinstance(body.signature, (str, Unset)):
        raise errors.InvalidArgumentError(f"signature must be str, not {type(body.signature).__name__}")

    if body.birthdate is not UNSET and type(body.birthdate) is not str and not isinstance(body.birthdate, (str, Unset)):
        raise errors.InvalidArgumentError(f"birthdate must be str, not {type(body.birthdate).__name__}")

    if (
        body.nationality is not UNSET
        and type(body.nationality) is not str
        and not isinstance(body.nationality, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"nationality must be str, not {type(body.nationality).__name__}")

    if (
        body.native_place is not UNSET
        and type(body.native_place) is not str
        and not isinstance(body.native_place, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"native_place must be str, not {type(body.native_place).__name__}")

    if body.id_number is not UNSET and type(body.id_number) is not str and not isinstance(body.id_number, (str, Unset)):
        raise errors.InvalidArgumentError(f"id_number must be str, not {type(body.id_number).__name__}")

    if body.duties is not UNSET and type(body.duties) is not str and not isinstance(body.duties, (str, Unset)):
        raise errors.InvalidArgumentError(f"duties must be str, not {type(body.duties).__name__}")

    if body.parties is not UNSET and type(body.parties) is not str and not isinstance(body.parties, (str, Unset)):
        raise errors.InvalidArgumentError(f"parties must be str, not {type(body.parties).__name__}")

    if body.address is not UNSET and type(body.address) is not str and not isinstance(body.address, (str, Unset)):
        raise errors.InvalidArgumentError(f"address must be str, not {type(body.address).__name__}")

    if (
        body.education is not UNSET
        and type(body.education) is not list
        and not isinstance(body.education, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"education must be list, not {type(body.education).__name__}")

    if body.career is not UNSET and type(body.career) is not list and not isinstance(body.career, (list, tuple, Unset)):
        raise errors.InvalidArgumentError(f"career must be list, not {type(body.career).__name__}")

    if (
        body.extra_phones is not UNSET
        and type(body.extra_phones) is not list
        and not isinstance(body.extra_phones, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"extra_phones must be list, not {type(body.extra_phones).__name__}")

    if body.tags is not UNSET and type(body.tags) is not list and not isinstance(body.tags, (list, tuple, Unset)):
        raise errors.InvalidArgumentError(f"tags must be list, not {type(body.tags).__name__}")

    if (
        body.ext_attr_1 is not UNSET
        and type(body.ext_attr_1) is not str
        and not isinstance(body.ext_attr_1, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"ext_attr_1 must be str, not {type(body.ext_attr_1).__name__}")

    if (
        body.ext_attr_2 is not UNSET
        and type(body.ext_attr_2) is not str
        and not isinstance(body.ext_attr_2, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"ext_attr_2 must be str, not {type(body.ext_attr_2).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(body.name) is not Unset and len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if type(body.email) is not Unset and len(body.email) < 1:
        raise errors.InvalidArgumentError("email must not be empty")

    if type(body.login_name) is not Unset and len(body.login_name) < 1:
        raise errors.InvalidArgumentError("login_name must not be empty")

    if type(body.employee_number) is not Unset and len(body.employee_number) < 1:
        raise errors.InvalidArgumentError("employee_number must not be empty")

    if type(body.external_id) is not Unset and len(body.external_id) < 1:
        raise errors.InvalidArgumentError("external_id must not be empty")

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
