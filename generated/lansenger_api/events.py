# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Inbound callback and WebSocket events: the event, its typed `data` by event type, and handlers typed by it.

Unknown event types are not an error: the platform adds types before the spec lists them, so their data is
returned as it came. The models are imported when an event of their type is first read, not with this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, cast, overload

if sys.version_info >= (3, 13):
    from typing import TypeVar
else:
    from typing_extensions import TypeVar

if TYPE_CHECKING:
    from .models.account_message_event import AccountMessageEvent
    from .models.account_subscription_event import AccountSubscriptionEvent
    from .models.app_install_event import AppInstallEvent
    from .models.approve_card_callback_event import ApproveCardCallbackEvent
    from .models.bot_message_event import BotMessageEvent
    from .models.data_scope_event import DataScopeEvent
    from .models.dept_change_event import DeptChangeEvent
    from .models.group_create_approve_event import GroupCreateApproveEvent
    from .models.report_location_event import ReportLocationEvent
    from .models.schedule_delete_event import ScheduleDeleteEvent
    from .models.schedule_modify_event import ScheduleModifyEvent
    from .models.staff_change_event import StaffChangeEvent
    from .models.staff_info_event import StaffInfoEvent
    from .models.tag_member_event import TagMemberEvent
    from .models.telephone_track_event import TelephoneTrackEvent
    from .models.ua_cert_create_event import UaCertCreateEvent
    from .models.ua_cert_delete_event import UaCertDeleteEvent
    from .models.user_logout_event import UserLogoutEvent
    from .models.workbench_visibility_event import WorkbenchVisibilityEvent

P = TypeVar("P", default=Any)
"""The model of an event's `data`: `CallbackEvent[BotMessageEvent]`; a bare `CallbackEvent` leaves it `Any`."""


@dataclass(frozen=True)
class CallbackEvent(Generic[P]):
    """One event. `data` is the event's payload as received; `payload` is its typed model when the type is known.

    `id` is the platform's dedupe id (None when the event carried none); `raw` is the event object as received.
    """

    type: str
    data: dict[str, Any]
    id: str | None = None
    app_id: str | None = None
    org_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def payload(self) -> P:
        """The typed model of `data` for the event types the spec knows (`data` itself for others, and for data
        that does not fit its model)."""
        return cast(P, parse_event_data(self.type, self.data))


EVENT_MODELS: Mapping[str, tuple[str, str]] = {
    "account_message": ("account_message_event", "AccountMessageEvent"),
    "account_subscribe": ("account_subscription_event", "AccountSubscriptionEvent"),
    "account_unsubscribe": ("account_subscription_event", "AccountSubscriptionEvent"),
    "app_install_org": ("app_install_event", "AppInstallEvent"),
    "app_uninstall_org": ("app_install_event", "AppInstallEvent"),
    "approve_card_callback": ("approve_card_callback_event", "ApproveCardCallbackEvent"),
    "bot_group_message": ("bot_message_event", "BotMessageEvent"),
    "bot_private_message": ("bot_message_event", "BotMessageEvent"),
    "data_scope": ("data_scope_event", "DataScopeEvent"),
    "dept_create": ("dept_change_event", "DeptChangeEvent"),
    "dept_delete": ("dept_change_event", "DeptChangeEvent"),
    "dept_modify": ("dept_change_event", "DeptChangeEvent"),
    "group_create_approve": ("group_create_approve_event", "GroupCreateApproveEvent"),
    "report_location": ("report_location_event", "ReportLocationEvent"),
    "schedule_delete": ("schedule_delete_event", "ScheduleDeleteEvent"),
    "schedule_modify": ("schedule_modify_event", "ScheduleModifyEvent"),
    "staff_create": ("staff_change_event", "StaffChangeEvent"),
    "staff_delete": ("staff_change_event", "StaffChangeEvent"),
    "staff_info": ("staff_info_event", "StaffInfoEvent"),
    "staff_modify": ("staff_change_event", "StaffChangeEvent"),
    "tag_member": ("tag_member_event", "TagMemberEvent"),
    "telephone_track": ("telephone_track_event", "TelephoneTrackEvent"),
    "ua_cert_create": ("ua_cert_create_event", "UaCertCreateEvent"),
    "ua_cert_delete": ("ua_cert_delete_event", "UaCertDeleteEvent"),
    "user_logout": ("user_logout_event", "UserLogoutEvent"),
    "wb_visible_config": ("workbench_visibility_event", "WorkbenchVisibilityEvent"),
}
"""Every event type the spec describes, with the model of its data (module under `models`, class)."""


def parse_event_data(event_type: str, data: Mapping[str, Any]) -> Any:
    """The typed model of an event's data, or `data` unchanged for a type the spec does not know.

    Data that does not fit its model (a field of an unexpected type) is also returned unchanged rather than
    lost: an event is never dropped for being malformed.
    """
    model = EVENT_MODELS.get(event_type)
    if model is None:
        return data
    module, class_name = model
    parse: Callable[[Mapping[str, Any]], Any] = getattr(
        import_module(f".models.{module}", __package__), class_name
    ).from_dict
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return data


AnyEventT = TypeVar("AnyEventT", bound="CallbackEvent[Any]")
Returned = TypeVar("Returned")
AccountMessageEventT = TypeVar("AccountMessageEventT", bound="CallbackEvent[AccountMessageEvent]")
AccountSubscriptionEventT = TypeVar("AccountSubscriptionEventT", bound="CallbackEvent[AccountSubscriptionEvent]")
AppInstallEventT = TypeVar("AppInstallEventT", bound="CallbackEvent[AppInstallEvent]")
ApproveCardCallbackEventT = TypeVar("ApproveCardCallbackEventT", bound="CallbackEvent[ApproveCardCallbackEvent]")
BotMessageEventT = TypeVar("BotMessageEventT", bound="CallbackEvent[BotMessageEvent]")
DataScopeEventT = TypeVar("DataScopeEventT", bound="CallbackEvent[DataScopeEvent]")
DeptChangeEventT = TypeVar("DeptChangeEventT", bound="CallbackEvent[DeptChangeEvent]")
GroupCreateApproveEventT = TypeVar("GroupCreateApproveEventT", bound="CallbackEvent[GroupCreateApproveEvent]")
ReportLocationEventT = TypeVar("ReportLocationEventT", bound="CallbackEvent[ReportLocationEvent]")
ScheduleDeleteEventT = TypeVar("ScheduleDeleteEventT", bound="CallbackEvent[ScheduleDeleteEvent]")
ScheduleModifyEventT = TypeVar("ScheduleModifyEventT", bound="CallbackEvent[ScheduleModifyEvent]")
StaffChangeEventT = TypeVar("StaffChangeEventT", bound="CallbackEvent[StaffChangeEvent]")
StaffInfoEventT = TypeVar("StaffInfoEventT", bound="CallbackEvent[StaffInfoEvent]")
TagMemberEventT = TypeVar("TagMemberEventT", bound="CallbackEvent[TagMemberEvent]")
TelephoneTrackEventT = TypeVar("TelephoneTrackEventT", bound="CallbackEvent[TelephoneTrackEvent]")
UaCertCreateEventT = TypeVar("UaCertCreateEventT", bound="CallbackEvent[UaCertCreateEvent]")
UaCertDeleteEventT = TypeVar("UaCertDeleteEventT", bound="CallbackEvent[UaCertDeleteEvent]")
UserLogoutEventT = TypeVar("UserLogoutEventT", bound="CallbackEvent[UserLogoutEvent]")
WorkbenchVisibilityEventT = TypeVar("WorkbenchVisibilityEventT", bound="CallbackEvent[WorkbenchVisibilityEvent]")


class EventRoutes(Protocol):
    """`on(...)`, typed per event type from the spec: a handler of "bot_private_message" takes a
    `CallbackEvent[BotMessageEvent]` (or a subclass of it, such as the bot runtime's `BotEvent`), so mypy knows
    `event.payload`; other types, "*" and none take any event."""

    def add(self, event_type: str, handler: Callable[[Any], Any]) -> None: ...

    @overload
    def on(
        self, event_type: Literal["account_message"], /, *more: Literal["account_message"]
    ) -> Callable[[Callable[[AccountMessageEventT], Returned]], Callable[[AccountMessageEventT], Returned]]: ...
    @overload
    def on(
        self,
        event_type: Literal["account_subscribe", "account_unsubscribe"],
        /,
        *more: Literal["account_subscribe", "account_unsubscribe"],
    ) -> Callable[
        [Callable[[AccountSubscriptionEventT], Returned]], Callable[[AccountSubscriptionEventT], Returned]
    ]: ...
    @overload
    def on(
        self,
        event_type: Literal["app_install_org", "app_uninstall_org"],
        /,
        *more: Literal["app_install_org", "app_uninstall_org"],
    ) -> Callable[[Callable[[AppInstallEventT], Returned]], Callable[[AppInstallEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["approve_card_callback"], /, *more: Literal["approve_card_callback"]
    ) -> Callable[
        [Callable[[ApproveCardCallbackEventT], Returned]], Callable[[ApproveCardCallbackEventT], Returned]
    ]: ...
    @overload
    def on(
        self,
        event_type: Literal["bot_group_message", "bot_private_message"],
        /,
        *more: Literal["bot_group_message", "bot_private_message"],
    ) -> Callable[[Callable[[BotMessageEventT], Returned]], Callable[[BotMessageEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["data_scope"], /, *more: Literal["data_scope"]
    ) -> Callable[[Callable[[DataScopeEventT], Returned]], Callable[[DataScopeEventT], Returned]]: ...
    @overload
    def on(
        self,
        event_type: Literal["dept_create", "dept_delete", "dept_modify"],
        /,
        *more: Literal["dept_create", "dept_delete", "dept_modify"],
    ) -> Callable[[Callable[[DeptChangeEventT], Returned]], Callable[[DeptChangeEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["group_create_approve"], /, *more: Literal["group_create_approve"]
    ) -> Callable[[Callable[[GroupCreateApproveEventT], Returned]], Callable[[GroupCreateApproveEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["report_location"], /, *more: Literal["report_location"]
    ) -> Callable[[Callable[[ReportLocationEventT], Returned]], Callable[[ReportLocationEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["schedule_delete"], /, *more: Literal["schedule_delete"]
    ) -> Callable[[Callable[[ScheduleDeleteEventT], Returned]], Callable[[ScheduleDeleteEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["schedule_modify"], /, *more: Literal["schedule_modify"]
    ) -> Callable[[Callable[[ScheduleModifyEventT], Returned]], Callable[[ScheduleModifyEventT], Returned]]: ...
    @overload
    def on(
        self,
        event_type: Literal["staff_create", "staff_delete", "staff_modify"],
        /,
        *more: Literal["staff_create", "staff_delete", "staff_modify"],
    ) -> Callable[[Callable[[StaffChangeEventT], Returned]], Callable[[StaffChangeEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["staff_info"], /, *more: Literal["staff_info"]
    ) -> Callable[[Callable[[StaffInfoEventT], Returned]], Callable[[StaffInfoEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["tag_member"], /, *more: Literal["tag_member"]
    ) -> Callable[[Callable[[TagMemberEventT], Returned]], Callable[[TagMemberEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["telephone_track"], /, *more: Literal["telephone_track"]
    ) -> Callable[[Callable[[TelephoneTrackEventT], Returned]], Callable[[TelephoneTrackEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["ua_cert_create"], /, *more: Literal["ua_cert_create"]
    ) -> Callable[[Callable[[UaCertCreateEventT], Returned]], Callable[[UaCertCreateEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["ua_cert_delete"], /, *more: Literal["ua_cert_delete"]
    ) -> Callable[[Callable[[UaCertDeleteEventT], Returned]], Callable[[UaCertDeleteEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["user_logout"], /, *more: Literal["user_logout"]
    ) -> Callable[[Callable[[UserLogoutEventT], Returned]], Callable[[UserLogoutEventT], Returned]]: ...
    @overload
    def on(
        self, event_type: Literal["wb_visible_config"], /, *more: Literal["wb_visible_config"]
    ) -> Callable[
        [Callable[[WorkbenchVisibilityEventT], Returned]], Callable[[WorkbenchVisibilityEventT], Returned]
    ]: ...
    @overload
    def on(self, *event_types: str) -> Callable[[Callable[[AnyEventT], Returned]], Callable[[AnyEventT], Returned]]: ...
    def on(self, *event_types: str) -> Callable[[Any], Any]:
        """Decorator: `@dispatcher.on("bot_private_message")`; with no type (or "*") the handler sees every event."""

        def register(handler: Any) -> Any:
            for event_type in event_types or ("*",):
                self.add(event_type, handler)
            return handler

        return register


__all__ = ["EVENT_MODELS", "CallbackEvent", "EventRoutes", "parse_event_data"]
