# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_scope import PermissionScope


T = TypeVar("T", bound="ApproveCardButton")
_FIELDS = frozenset(
    {
        "text",
        "buttonTheme",
        "state",
        "link",
        "pcLink",
        "padLink",
        "callbackInfo",
        "permissionScope",
        "prohibitedState",
    }
)


@_cache
def _PermissionScope_class() -> type[PermissionScope]:
    """`PermissionScope`, imported on first use (the models refer to each other in cycles)."""
    from ..models.permission_scope import PermissionScope  # noqa: PLC0415

    return PermissionScope


@_attrs_define
class ApproveCardButton:
    """A button. The platform does not document the types of buttonTheme, state, prohibitedState and callbackInfo, so they
    take any JSON value.

        Attributes:
            text (str | Unset):
            button_theme (Any | Unset):
            state (Any | Unset):
            link (str | Unset):
            pc_link (str | Unset):
            pad_link (str | Unset):
            callback_info (Any | Unset):
            permission_scope (PermissionScope | Unset):
            prohibited_state (Any | Unset):
    """

    text: str | Unset = UNSET
    button_theme: Any | Unset = UNSET
    state: Any | Unset = UNSET
    link: str | Unset = UNSET
    pc_link: str | Unset = UNSET
    pad_link: str | Unset = UNSET
    callback_info: Any | Unset = UNSET
    permission_scope: PermissionScope | Unset = UNSET
    prohibited_state: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.text is not UNSET:
            field_dict["text"] = self.text

        if self.button_theme is not UNSET:
            field_dict["buttonTheme"] = self.button_theme

        if self.state is not UNSET:
            field_dict["state"] = self.state

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.pc_link is not UNSET:
            field_dict["pcLink"] = self.pc_link

        if self.pad_link is not UNSET:
            field_dict["padLink"] = self.pad_link

        if self.callback_info is not UNSET:
            field_dict["callbackInfo"] = self.callback_info

        if type(self.permission_scope) is not Unset:
            field_dict["permissionScope"] = self.permission_scope.to_dict()

        if self.prohibited_state is not UNSET:
            field_dict["prohibitedState"] = self.prohibited_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveCardButton is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        text = _get("text", UNSET)

        button_theme = _get("buttonTheme", UNSET)

        state = _get("state", UNSET)

        link = _get("link", UNSET)

        pc_link = _get("pcLink", UNSET)

        pad_link = _get("padLink", UNSET)

        callback_info = _get("callbackInfo", UNSET)

        _permission_scope = _get("permissionScope", UNSET)
        permission_scope: PermissionScope | Unset
        if isinstance(_permission_scope, Unset):
            permission_scope = UNSET
        else:
            permission_scope = _PermissionScope_class().from_dict(_permission_scope)

        prohibited_state = _get("prohibitedState", UNSET)

        approve_card_button = cls(  # by position, in the order the fields are declared above: cheaper than by name
            text,
            button_theme,
            state,
            link,
            pc_link,
            pad_link,
            callback_info,
            permission_scope,
            prohibited_state,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_card_button.additional_properties = _extra
        return approve_card_button

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
