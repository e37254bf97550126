# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_body import CardBody


T = TypeVar("T", bound="VerifyCardMessage")
_FIELDS = frozenset(
    {
        "title",
        "appName",
        "body",
    }
)


@_cache
def _CardBody_class() -> type[CardBody]:
    """`CardBody`, imported on first use (the models refer to each other in cycles)."""
    from ..models.card_body import CardBody  # noqa: PLC0415

    return CardBody


@_attrs_define
class VerifyCardMessage:
    """A verification card with buttons. The platform documents only what incoming cards carry (title, appName,
    body.content.text); other fields are passed through.

        Attributes:
            title (str | Unset):
            app_name (str | Unset):
            body (CardBody | Unset):
    """

    title: str | Unset = UNSET
    app_name: str | Unset = UNSET
    body: CardBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.app_name is not UNSET:
            field_dict["appName"] = self.app_name

        if type(self.body) is not Unset:
            field_dict["body"] = self.body.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VerifyCardMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = _get("title", UNSET)

        app_name = _get("appName", UNSET)

        _body = _get("body", UNSET)
        body: CardBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = _CardBody_class().from_dict(_body)

        verify_card_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            app_name,
            body,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        verify_card_message.additional_properties = _extra
        return verify_card_message

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
