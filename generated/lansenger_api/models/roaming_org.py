# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.roaming_org_state import RoamingOrgState, check_roaming_org_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoamingOrg")
_FIELDS = frozenset(
    {
        "orgId",
        "orgName",
        "state",
    }
)


@_attrs_define
class RoamingOrg:
    """
    Attributes:
        org_id (str | Unset):
        org_name (str | Unset):
        state (RoamingOrgState | Unset): 0 the app is installed, 1 the organisation removed it.
    """

    org_id: str | Unset = UNSET
    org_name: str | Unset = UNSET
    state: RoamingOrgState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.org_name is not UNSET:
            field_dict["orgName"] = self.org_name

        if self.state is not UNSET:
            field_dict["state"] = self.state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RoamingOrg is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = _get("orgId", UNSET)

        org_name = _get("orgName", UNSET)

        _state = _get("state", UNSET)
        state: RoamingOrgState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_roaming_org_state(_state)

        roaming_org = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            org_name,
            state,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        roaming_org.additional_properties = _extra
        return roaming_org

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
