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


AnyHandler = TypeVar("AnyHandler", bound="Callable[[CallbackEvent[Any]], Any]")
AccountMessageEventHandler = TypeVar(
    "AccountMessageEventHandler", bound="Callable[[CallbackEvent[AccountMessageEvent]], Any]"
)
AccountSubscriptionEventHandler = TypeVar(
    "AccountSubscriptionEventHandler", bound="Callable[[CallbackEvent[AccountSubscriptionEvent]], Any]"
)
AppInstallEventHandler = TypeVar("AppInstallEventHandler", bound="Callable[[CallbackEvent[AppInstallEvent]], Any]")
ApproveCardCallbackEventHandler = TypeVar(
    "ApproveCardCallbackEventHandler", bound="Callable[[CallbackEvent[ApproveCardCallbackEvent]], Any]"
)
BotMessageEventHandler = TypeVar("BotMessageEventHandler", bound="Callable[[CallbackEvent[BotMessageEvent]], Any]")
DataScopeEventHandler = TypeVar("DataScopeEventHandler", bound="Callable[[CallbackEvent[DataScopeEvent]], Any]")
DeptChangeEventHandler = TypeVar("DeptChangeEventHandler", bound="Callable[[CallbackEvent[DeptChangeEvent]], Any]")
GroupCreateApproveEventHandler = TypeVar(
    "GroupCreateApproveEventHandler", bound="Callable[[CallbackEvent[GroupCreateApproveEvent]], Any]"
)
ReportLocationEventHandler = TypeVar(
    "ReportLocationEventHandler", bound="Callable[[CallbackEvent[ReportLocationEvent]], Any]"
)
ScheduleDeleteEventHandler = TypeVar(
    "ScheduleDeleteEventHandler", bound="Callable[[CallbackEvent[ScheduleDeleteEvent]], Any]"
)
ScheduleModifyEventHandler = TypeVar(
    "ScheduleModifyEventHandler", bound="Callable[[CallbackEvent[ScheduleModifyEvent]], Any]"
)
StaffChangeEventHandler = TypeVar("StaffChangeEventHandler", bound="Callable[[CallbackEvent[StaffChangeEvent]], Any]")
StaffInfoEventHandler = TypeVar("StaffInfoEventHandler", bound="Callable[[CallbackEvent[StaffInfoEvent]], Any]")
TagMemberEventHandler = TypeVar("TagMemberEventHandler", bound="Callable[[CallbackEvent[TagMemberEvent]], Any]")
TelephoneTrackEventHandler = TypeVar(
    "TelephoneTrackEventHandler", bound="Callable[[CallbackEvent[TelephoneTrackEvent]], Any]"
)
UaCertCreateEventHandler = TypeVar(
    "UaCertCreateEventHandler", bound="Callable[[CallbackEvent[UaCertCreateEvent]], Any]"
)
UaCertDeleteEventHandler = TypeVar(
    "UaCertDeleteEventHandler", bound="Callable[[CallbackEvent[UaCertDeleteEvent]], Any]"
)
UserLogoutEventHandler = TypeVar("UserLogoutEventHandler", bound="Callable[[CallbackEvent[UserLogoutEvent]], Any]")
WorkbenchVisibilityEventHandler = TypeVar(
    "WorkbenchVisibilityEventHandler", bound="Callable[[CallbackEvent[WorkbenchVisibilityEvent]], Any]"
)


class EventRoutes(Protocol):
    """`on(...)`, typed per event type from the spec: a handler of "bot_private_message" takes a
    `CallbackEvent[BotMessageEvent]`, so mypy knows `event.payload`; other types, "*" and none take any event."""

    def add(self, event_type: str, handler: Callable[[Any], Any]) -> None: ...

    @overload
    def on(
        self, event_type: Literal["account_message"], /, *more: Literal["account_message"]
    ) -> Callable[[AccountMessageEventHandler], AccountMessageEventHandler]: ...
    @overload
    def on(
        self,
        event_type: Literal["account_subscribe", "account_unsubscribe"],
        /,
        *more: Literal["account_subscribe", "account_unsubscribe"],
    ) -> Callable[[AccountSubscriptionEventHandler], AccountSubscriptionEventHandler]: ...
    @overload
    def on(
        self,
        event_type: Literal["app_install_org", "app_uninstall_org"],
        /,
        *more: Literal["app_install_org", "app_uninstall_org"],
    ) -> Callable[[AppInstallEventHandler], AppInstallEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["approve_card_callback"], /, *more: Literal["approve_card_callback"]
    ) -> Callable[[ApproveCardCallbackEventHandler], ApproveCardCallbackEventHandler]: ...
    @overload
    def on(
        self,
        event_type: Literal["bot_group_message", "bot_private_message"],
        /,
        *more: Literal["bot_group_message", "bot_private_message"],
    ) -> Callable[[BotMessageEventHandler], BotMessageEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["data_scope"], /, *more: Literal["data_scope"]
    ) -> Callable[[DataScopeEventHandler], DataScopeEventHandler]: ...
    @overload
    def on(
        self,
        event_type: Literal["dept_create", "dept_delete", "dept_modify"],
        /,
        *more: Literal["dept_create", "dept_delete", "dept_modify"],
    ) -> Callable[[DeptChangeEventHandler], DeptChangeEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["group_create_approve"], /, *more: Literal["group_create_approve"]
    ) -> Callable[[GroupCreateApproveEventHandler], GroupCreateApproveEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["report_location"], /, *more: Literal["report_location"]
    ) -> Callable[[ReportLocationEventHandler], ReportLocationEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["schedule_delete"], /, *more: Literal["schedule_delete"]
    ) -> Callable[[ScheduleDeleteEventHandler], ScheduleDeleteEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["schedule_modify"], /, *more: Literal["schedule_modify"]
    ) -> Callable[[ScheduleModifyEventHandler], ScheduleModifyEventHandler]: ...
    @overload
    def on(
        self,
        event_type: Literal["staff_create", "staff_delete", "staff_modify"],
        /,
        *more: Literal["staff_create", "staff_delete", "staff_modify"],
    ) -> Callable[[StaffChangeEventHandler], StaffChangeEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["staff_info"], /, *more: Literal["staff_info"]
    ) -> Callable[[StaffInfoEventHandler], StaffInfoEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["tag_member"], /, *more: Literal["tag_member"]
    ) -> Callable[[TagMemberEventHandler], TagMemberEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["telephone_track"], /, *more: Literal["telephone_track"]
    ) -> Callable[[TelephoneTrackEventHandler], TelephoneTrackEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["ua_cert_create"], /, *more: Literal["ua_cert_create"]
    ) -> Callable[[UaCertCreateEventHandler], UaCertCreateEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["ua_cert_delete"], /, *more: Literal["ua_cert_delete"]
    ) -> Callable[[UaCertDeleteEventHandler], UaCertDeleteEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["user_logout"], /, *more: Literal["user_logout"]
    ) -> Callable[[UserLogoutEventHandler], UserLogoutEventHandler]: ...
    @overload
    def on(
        self, event_type: Literal["wb_visible_config"], /, *more: Literal["wb_visible_config"]
    ) -> Callable[[WorkbenchVisibilityEventHandler], WorkbenchVisibilityEventHandler]: ...
    @overload
    def on(self, *event_types: str) -> Callable[[AnyHandler], AnyHandler]: ...
    def on(self, *event_types: str) -> Callable[[Any], Any]:
        """Decorator: `@dispatcher.on("bot_private_message")`; with no type (or "*") the handler sees every event."""

        def register(handler: Any) -> Any:
            for event_type in event_types or ("*",):
                self.add(event_type, handler)
            return handler

        return register


__all__ = ["EVENT_MODELS", "CallbackEvent", "EventRoutes", "parse_event_data"]
