# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTokenGrant")
_FIELDS = frozenset(
    {
        "userToken",
        "expiresIn",
        "refreshToken",
        "refreshExpiresIn",
        "staffId",
        "scope",
        "state",
    }
)


@_attrs_define
class UserTokenGrant:
    """
    Attributes:
        user_token (str):
        expires_in (int | Unset): Lifetime of userToken in seconds. Default: 7200.
        refresh_token (str | Unset):
        refresh_expires_in (int | Unset): Seconds the refresh token has left (30 days when new). Default: 2592000.
        staff_id (str | Unset):
        scope (str | Unset):
        state (str | Unset):
    """

    user_token: str = _attrs_field(repr=False)
    expires_in: int | Unset = 7200
    refresh_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    refresh_expires_in: int | Unset = 2592000
    staff_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["userToken"] = self.user_token

        if self.expires_in is not UNSET:
            field_dict["expiresIn"] = self.expires_in

        if self.refresh_token is not UNSET:
            field_dict["refreshToken"] = self.refresh_token

        if self.refresh_expires_in is not UNSET:
            field_dict["refreshExpiresIn"] = self.refresh_expires_in

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.scope is not UNSET:
            field_dict["scope"] = self.scope

        if self.state is not UNSET:
            field_dict["state"] = self.state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"UserTokenGrant is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        user_token = d["userToken"]

        expires_in = _get("expiresIn", UNSET)

        refresh_token = _get("refreshToken", UNSET)

        refresh_expires_in = _get("refreshExpiresIn", UNSET)

        staff_id = _get("staffId", UNSET)

        scope = _get("scope", UNSET)

        state = _get("state", UNSET)

        user_token_grant = cls(  # by position, in the order the fields are declared above: cheaper than by name
            user_token,
            expires_in,
            refresh_token,
            refresh_expires_in,
            staff_id,
            scope,
            state,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        user_token_grant.additional_properties = _extra
        return user_token_grant

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
