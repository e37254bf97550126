# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoInfoUpdateRequest")


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
        todotask_id = self.todotask_id

        title = self.title

        link = self.link

        pc_link = self.pc_link

        org_id = self.org_id

        desc = self.desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "todotaskId": todotask_id,
                "title": title,
                "link": link,
                "pcLink": pc_link,
                "orgId": org_id,
            }
        )
        if desc is not UNSET:
            field_dict["desc"] = desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        todotask_id = d.pop("todotaskId")

        title = d.pop("title")

        link = d.pop("link")

        pc_link = d.pop("pcLink")

        org_id = d.pop("orgId")

        desc = d.pop("desc", UNSET)

        todo_info_update_request = cls(
            todotask_id=todotask_id,
            title=title,
            link=link,
            pc_link=pc_link,
            org_id=org_id,
            desc=desc,
        )

        todo_info_update_request.additional_properties = d
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
