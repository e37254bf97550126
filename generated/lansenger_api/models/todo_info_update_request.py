# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoInfoUpdateRequest")
_FIELDS = frozenset(
    {
        "todotaskId",
        "title",
        "link",
        "pcLink",
        "orgId",
        "desc",
    }
)


@_attrs_define
class TodoInfoUpdateRequest:
    """The platform's own SDK always sends link and pcLink with the new title, so they are required here (they may be
    empty); whether the platform keeps the old links when they are left out is undocumented.

        Attributes:
            todotask_id (str):
            title (str):
            link (str): Opened on mobile.
            pc_link (str): Opened on desktop.
            org_id (str):
            desc (str | Unset):
    """

    todotask_id: str
    title: str
    link: str
    pc_link: str
    org_id: str
    desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["todotaskId"] = self.todotask_id

        field_dict["title"] = self.title

        field_dict["link"] = self.link

        field_dict["pcLink"] = self.pc_link

        field_dict["orgId"] = self.org_id

        if self.desc is not UNSET:
            field_dict["desc"] = self.desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoInfoUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        todotask_id = d["todotaskId"]

        title = d["title"]

        link = d["link"]

        pc_link = d["pcLink"]

        org_id = d["orgId"]

        desc = _get("desc", UNSET)

        todo_info_update_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            todotask_id,
            title,
            link,
            pc_link,
            org_id,
            desc,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_info_update_request.additional_properties = _extra
        return todo_info_update_request

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
