# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppArticle")
_FIELDS = frozenset(
    {
        "imgUrl",
        "title",
        "url",
        "pcUrl",
        "summary",
    }
)


@_attrs_define
class AppArticle:
    """
    Attributes:
        img_url (str):
        title (str):
        url (str): Link opened on mobile.
        pc_url (str | Unset): Link opened on PC; the platform's SDK always sends it.
        summary (str | Unset):
    """

    img_url: str
    title: str
    url: str
    pc_url: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["imgUrl"] = self.img_url

        field_dict["title"] = self.title

        field_dict["url"] = self.url

        if self.pc_url is not UNSET:
            field_dict["pcUrl"] = self.pc_url

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AppArticle is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        img_url = d["imgUrl"]

        title = d["title"]

        url = d["url"]

        pc_url = _get("pcUrl", UNSET)

        summary = _get("summary", UNSET)

        app_article = cls(  # by position, in the order the fields are declared above: cheaper than by name
            img_url,
            title,
            url,
            pc_url,
            summary,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        app_article.additional_properties = _extra
        return app_article

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
