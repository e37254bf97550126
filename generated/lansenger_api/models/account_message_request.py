# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_msg_type import AccountMsgType, check_account_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="AccountMessageRequest")
_FIELDS = frozenset(
    {
        "msgType",
        "msgData",
        "userIdList",
        "departmentIdList",
        "accountId",
        "entryId",
        "attach",
    }
)


@_cache
def _MsgData_class() -> type[MsgData]:
    """`MsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.msg_data import MsgData  # noqa: PLC0415

    return MsgData


@_attrs_define
class AccountMessageRequest:
    """
    Attributes:
        msg_type (AccountMsgType): What an official account sends. appArticles (bot and group only) and approveCard (bot
            and group only) are refused; formatText is accepted, the most tolerant reading of the platform's notes.
        msg_data (MsgData): Exactly one key, named like msgType, holding that type's body; the user-impersonation
            channel also takes `common`. Keys the spec does not know are passed through.
        user_id_list (list[str] | Unset):
        department_id_list (list[str] | Unset): Department ids; `<orgId>-0` reaches the whole org.
        account_id (str | Unset): Which official account sends, e.g. `524288-xxxx`.
        entry_id (str | Unset): An alternative to accountId.
        attach (str | Unset): Extra data handed to a blueprint app's context.
    """

    msg_type: AccountMsgType
    msg_data: MsgData
    user_id_list: list[str] | Unset = UNSET
    department_id_list: list[str] | Unset = UNSET
    account_id: str | Unset = UNSET
    entry_id: str | Unset = UNSET
    attach: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.user_id_list is not UNSET:
            field_dict["userIdList"] = self.user_id_list

        if self.department_id_list is not UNSET:
            field_dict["departmentIdList"] = self.department_id_list

        if self.account_id is not UNSET:
            field_dict["accountId"] = self.account_id

        if self.entry_id is not UNSET:
            field_dict["entryId"] = self.entry_id

        if self.attach is not UNSET:
            field_dict["attach"] = self.attach

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AccountMessageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_type = check_account_msg_type(d["msgType"])

        msg_data = _MsgData_class().from_dict(d["msgData"])

        user_id_list: list[str] = _get("userIdList", UNSET)

        department_id_list: list[str] = _get("departmentIdList", UNSET)

        account_id = _get("accountId", UNSET)

        entry_id = _get("entryId", UNSET)

        attach = _get("attach", UNSET)

        account_message_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_type,
            msg_data,
            user_id_list,
            department_id_list,
            account_id,
            entry_id,
            attach,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        account_message_request.additional_properties = _extra
        return account_message_request

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
