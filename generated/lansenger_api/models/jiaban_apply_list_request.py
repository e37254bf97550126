# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JiabanApplyListRequest")
_FIELDS = frozenset(
    {
        "cmcCode",
        "pageNo",
        "pageSize",
        "creatorId",
    }
)


@_attrs_define
class JiabanApplyListRequest:
    """The query. The platform's SDK merges a free-form page_vo (pageNo, creatorId, ...) into this object, so any other
    top-level key is passed through.

        Attributes:
            cmc_code (str): The attendance rule configuration (from list_overtime_rule_configs).
            page_no (int | Unset): The page, from 1; sent as 1 when not given so the query always names a page. Default: 1.
            page_size (int | Unset): Applications per page (the sandbox answers 10 when not given).
            creator_id (str | Unset): Whose applications (the applicant's staff id); optional with a user token.
    """

    cmc_code: str
    page_no: int | Unset = 1
    page_size: int | Unset = UNSET
    creator_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["cmcCode"] = self.cmc_code

        if self.page_no is not UNSET:
            field_dict["pageNo"] = self.page_no

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        if self.creator_id is not UNSET:
            field_dict["creatorId"] = self.creator_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JiabanApplyListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        cmc_code = d["cmcCode"]

        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        creator_id = _get("creatorId", UNSET)

        jiaban_apply_list_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                cmc_code,
                page_no,
                page_size,
                creator_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        jiaban_apply_list_request.additional_properties = _extra
        return jiaban_apply_list_request

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
