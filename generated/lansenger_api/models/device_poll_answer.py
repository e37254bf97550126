# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_poll_state import DevicePollState, check_device_poll_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevicePollAnswer")
_FIELDS = frozenset(
    {
        "state",
        "error",
        "error_description",
        "oauth2Code",
    }
)


@_attrs_define
class DevicePollAnswer:
    """One poll's answer: `state`, or RFC 8628's `error`; `oauth2Code` comes with access_approved.

    Example:
        {'state': 'access_approved', 'oauth2Code': 'example-oauth2-code'}

    Attributes:
        state (DevicePollState | Unset): Where a device flow stands; approved, denied and expired end it.
        error (DevicePollState | Unset): Where a device flow stands; approved, denied and expired end it.
        error_description (str | Unset):
        oauth_2_code (str | Unset): The OAuth2 code of an approval, exchanged with create_user_token.
    """

    state: DevicePollState | Unset = UNSET
    error: DevicePollState | Unset = UNSET
    error_description: str | Unset = UNSET
    oauth_2_code: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.state is not UNSET:
            field_dict["state"] = self.state

        if self.error is not UNSET:
            field_dict["error"] = self.error

        if self.error_description is not UNSET:
            field_dict["error_description"] = self.error_description

        if self.oauth_2_code is not UNSET:
            field_dict["oauth2Code"] = self.oauth_2_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DevicePollAnswer is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _state = _get("state", UNSET)
        state: DevicePollState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_device_poll_state(_state)

        _error = _get("error", UNSET)
        error: DevicePollState | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = check_device_poll_state(_error)

        error_description = _get("error_description", UNSET)

        oauth_2_code = _get("oauth2Code", UNSET)

        device_poll_answer = cls(  # by position, in the order the fields are declared above: cheaper than by name
            state,
            error,
            error_description,
            oauth_2_code,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        device_poll_answer.additional_properties = _extra
        return device_poll_answer

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
