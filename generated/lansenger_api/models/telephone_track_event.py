# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_telephone_party import EventTelephoneParty


T = TypeVar("T", bound="TelephoneTrackEvent")
_FIELDS = frozenset(
    {
        "transactionId",
        "attach",
        "caller",
        "callee",
        "confirmType",
        "timestamp",
    }
)


@_cache
def _EventTelephoneParty_class() -> type[EventTelephoneParty]:
    """`EventTelephoneParty`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_telephone_party import EventTelephoneParty  # noqa: PLC0415

    return EventTelephoneParty


@_attrs_define
class TelephoneTrackEvent:
    """telephone_track — progress of a phone notification call.

    Attributes:
        transaction_id (str | Unset):
        attach (str | Unset): What the app attached when it placed the call.
        caller (EventTelephoneParty | Unset):
        callee (EventTelephoneParty | Unset):
        confirm_type (int | Unset): How the call was confirmed; the platform documents no values.
        timestamp (int | str | Unset): Unix microseconds (16 digits, as text in samples).
    """

    transaction_id: str | Unset = UNSET
    attach: str | Unset = UNSET
    caller: EventTelephoneParty | Unset = UNSET
    callee: EventTelephoneParty | Unset = UNSET
    confirm_type: int | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.transaction_id is not UNSET:
            field_dict["transactionId"] = self.transaction_id

        if self.attach is not UNSET:
            field_dict["attach"] = self.attach

        if type(self.caller) is not Unset:
            field_dict["caller"] = self.caller.to_dict()

        if type(self.callee) is not Unset:
            field_dict["callee"] = self.callee.to_dict()

        if self.confirm_type is not UNSET:
            field_dict["confirmType"] = self.confirm_type

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TelephoneTrackEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        transaction_id = _get("transactionId", UNSET)

        attach = _get("attach", UNSET)

        _caller = _get("caller", UNSET)
        caller: EventTelephoneParty | Unset
        if isinstance(_caller, Unset):
            caller = UNSET
        else:
            caller = _EventTelephoneParty_class().from_dict(_caller)

        _callee = _get("callee", UNSET)
        callee: EventTelephoneParty | Unset
        if isinstance(_callee, Unset):
            callee = UNSET
        else:
            callee = _EventTelephoneParty_class().from_dict(_callee)

        confirm_type = _get("confirmType", UNSET)

        timestamp: int | str | Unset = _get("timestamp", UNSET)

        telephone_track_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            transaction_id,
            attach,
            caller,
            callee,
            confirm_type,
            timestamp,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        telephone_track_event.additional_properties = _extra
        return telephone_track_event

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
