# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Typed `data` of inbound callback and WebSocket events, by event type.

Unknown event types are not an error: the platform adds types before the spec lists them, so their data is
returned as it came.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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

EVENT_MODELS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "account_message": AccountMessageEvent.from_dict,
    "account_subscribe": AccountSubscriptionEvent.from_dict,
    "account_unsubscribe": AccountSubscriptionEvent.from_dict,
    "app_install_org": AppInstallEvent.from_dict,
    "app_uninstall_org": AppInstallEvent.from_dict,
    "approve_card_callback": ApproveCardCallbackEvent.from_dict,
    "bot_group_message": BotMessageEvent.from_dict,
    "bot_private_message": BotMessageEvent.from_dict,
    "data_scope": DataScopeEvent.from_dict,
    "dept_create": DeptChangeEvent.from_dict,
    "dept_delete": DeptChangeEvent.from_dict,
    "dept_modify": DeptChangeEvent.from_dict,
    "group_create_approve": GroupCreateApproveEvent.from_dict,
    "report_location": ReportLocationEvent.from_dict,
    "schedule_delete": ScheduleDeleteEvent.from_dict,
    "schedule_modify": ScheduleModifyEvent.from_dict,
    "staff_create": StaffChangeEvent.from_dict,
    "staff_delete": StaffChangeEvent.from_dict,
    "staff_info": StaffInfoEvent.from_dict,
    "staff_modify": StaffChangeEvent.from_dict,
    "tag_member": TagMemberEvent.from_dict,
    "telephone_track": TelephoneTrackEvent.from_dict,
    "ua_cert_create": UaCertCreateEvent.from_dict,
    "ua_cert_delete": UaCertDeleteEvent.from_dict,
    "user_logout": UserLogoutEvent.from_dict,
    "wb_visible_config": WorkbenchVisibilityEvent.from_dict,
}
"""Every event type the spec describes, with the parser of its data."""


def parse_event_data(event_type: str, data: Mapping[str, Any]) -> Any:
    """The typed model of an event's data, or `data` unchanged for a type the spec does not know.

    Data that does not fit its model (a field of an unexpected type) is also returned unchanged rather than
    lost: an event is never dropped for being malformed.
    """
    parse = EVENT_MODELS.get(event_type)
    if parse is None:
        return data
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return data


__all__ = ["EVENT_MODELS", "parse_event_data"]
