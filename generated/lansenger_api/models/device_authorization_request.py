# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_authorization_request_response_type import (
    DeviceAuthorizationRequestResponseType,
    check_device_authorization_request_response_type,
)
from ..models.device_client_kind import DeviceClientKind, check_device_client_kind

T = TypeVar("T", bound="DeviceAuthorizationRequest")
_FIELDS = frozenset(
    {
        "clientId",
        "responseType",
        "scope",
        "appId",
        "from",
        "version",
    }
)


@_attrs_define
class DeviceAuthorizationRequest:
    """
    Attributes:
        client_id (str): The app id.
        response_type (DeviceAuthorizationRequestResponseType):  Default: 'device_code'.
        scope (str): Comma-separated scopes; `basic_userinfor` (sic) is the only one the platform defines.
        app_id (str): The app id again.
        from_ (DeviceClientKind): Which kind of program starts a device flow; the platform knows these four.
        version (str): The version of the asking program.
    """

    client_id: str
    scope: str
    app_id: str
    from_: DeviceClientKind
    version: str
    response_type: DeviceAuthorizationRequestResponseType = "device_code"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["clientId"] = self.client_id

        field_dict["responseType"] = self.response_type

        field_dict["scope"] = self.scope

        field_dict["appId"] = self.app_id

        field_dict["from"] = self.from_

        field_dict["version"] = self.version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DeviceAuthorizationRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        client_id = d["clientId"]

        response_type = check_device_authorization_request_response_type(d["responseType"])

        scope = d["scope"]

        app_id = d["appId"]

        from_ = check_device_client_kind(d["from"])

        version = d["version"]

        device_authorization_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                client_id,
                scope,
                app_id,
                from_,
                version,
                response_type,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        device_authorization_request.additional_properties = _extra
        return device_authorization_request

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
