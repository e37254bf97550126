# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireQueryRequest")
_FIELDS = frozenset(
    {
        "codeList",
        "includeDel",
    }
)


@_attrs_define
class QuestionnaireQueryRequest:
    """
    Attributes:
        code_list (list[str]):
        include_del (int | Unset): 1 includes deleted questionnaires, 0 leaves them out. Always sent; the platform
            ignores a misspelt name (includeDeleted) without an error. Default: 0.
    """

    code_list: list[str]
    include_del: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["codeList"] = self.code_list

        if self.include_del is not UNSET:
            field_dict["includeDel"] = self.include_del

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireQueryRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        code_list: list[str] = d["codeList"]

        include_del = _get("includeDel", UNSET)

        questionnaire_query_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                code_list,
                include_del,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_query_request.additional_properties = _extra
        return questionnaire_query_request

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
