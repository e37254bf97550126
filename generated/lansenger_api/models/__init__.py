# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Contains all the data models used in inputs/outputs"""

from .account_message_event import AccountMessageEvent
from .account_message_request import AccountMessageRequest
from .account_msg_type import AccountMsgType
from .account_subscription_event import AccountSubscriptionEvent
from .app_article import AppArticle
from .app_card_message import AppCardMessage
from .app_card_update import AppCardUpdate
from .app_install_event import AppInstallEvent
from .app_media_type import AppMediaType
from .app_token import AppToken
from .approve_card_body import ApproveCardBody
from .approve_card_button import ApproveCardButton
from .approve_card_callback_event import ApproveCardCallbackEvent
from .approve_card_head import ApproveCardHead
from .approve_card_link import ApproveCardLink
from .approve_card_message import ApproveCardMessage
from .approve_card_update import ApproveCardUpdate
from .approve_head_status import ApproveHeadStatus
from .bot_command import BotCommand
from .bot_command_chat_type import BotCommandChatType
from .bot_command_info import BotCommandInfo
from .bot_command_list import BotCommandList
from .bot_command_scope import BotCommandScope
from .bot_command_scope_type import BotCommandScopeType
from .bot_commands_create_request import BotCommandsCreateRequest
from .bot_message_event import BotMessageEvent
from .bot_message_request import BotMessageRequest
from .bot_msg_type import BotMsgType
from .calendar_primary import CalendarPrimary
from .card_body import CardBody
from .card_content import CardContent
from .card_content_format_type import CardContentFormatType
from .card_field import CardField
from .card_link import CardLink
from .chat_group_info import ChatGroupInfo
from .chat_list import ChatList
from .chat_list_request import ChatListRequest
from .chat_list_type import ChatListType
from .chat_message_info import ChatMessageInfo
from .chat_message_info_content import ChatMessageInfoContent
from .chat_message_item import ChatMessageItem
from .chat_message_request import ChatMessageRequest
from .chat_messages_page import ChatMessagesPage
from .chat_messages_request import ChatMessagesRequest
from .chat_msg_type import ChatMsgType
from .chat_notification_state import ChatNotificationState
from .chat_notification_status import ChatNotificationStatus
from .chat_notification_update import ChatNotificationUpdate
from .chat_staff_info import ChatStaffInfo
from .core_media_type import CoreMediaType
from .create_user_token_grant_type import CreateUserTokenGrantType
from .current_user import CurrentUser
from .data_scope_event import DataScopeEvent
from .department_child import DepartmentChild
from .department_children import DepartmentChildren
from .department_detail import DepartmentDetail
from .department_ref import DepartmentRef
from .department_staff import DepartmentStaff
from .department_staff_page import DepartmentStaffPage
from .dept_change_event import DeptChangeEvent
from .dynamic_msg_type import DynamicMsgType
from .dynamic_update_data import DynamicUpdateData
from .dynamic_update_request import DynamicUpdateRequest
from .envelope import Envelope
from .event_approve_card_content import EventApproveCardContent
from .event_box_content import EventBoxContent
from .event_box_item import EventBoxItem
from .event_card_content import EventCardContent
from .event_format_content import EventFormatContent
from .event_forward_content import EventForwardContent
from .event_location_info import EventLocationInfo
from .event_media_content import EventMediaContent
from .event_mobile_phone import EventMobilePhone
from .event_msg_data import EventMsgData
from .event_notification_request import EventNotificationRequest
from .event_position_content import EventPositionContent
from .event_reference_msg import EventReferenceMsg
from .event_reminder import EventReminder
from .event_reminder_bot import EventReminderBot
from .event_reminder_staff import EventReminderStaff
from .event_sticker_content import EventStickerContent
from .event_telephone_party import EventTelephoneParty
from .event_text_content import EventTextContent
from .format_text_message import FormatTextMessage
from .grant_type import GrantType
from .group_create_approve_event import GroupCreateApproveEvent
from .group_create_request import GroupCreateRequest
from .group_created import GroupCreated
from .group_delete_request import GroupDeleteRequest
from .group_ids_page import GroupIdsPage
from .group_info import GroupInfo
from .group_info_update import GroupInfoUpdate
from .group_manage_mode import GroupManageMode
from .group_member import GroupMember
from .group_members_page import GroupMembersPage
from .group_members_update import GroupMembersUpdate
from .group_members_updated import GroupMembersUpdated
from .group_membership import GroupMembership
from .group_message_request import GroupMessageRequest
from .group_msg_type import GroupMsgType
from .group_share import GroupShare
from .group_share_request import GroupShareRequest
from .group_staff_ref import GroupStaffRef
from .head_status_info import HeadStatusInfo
from .hook_message_request import HookMessageRequest
from .i18n_app_card_message import I18nAppCardMessage
from .i18n_card_field import I18nCardField
from .i18n_card_link import I18nCardLink
from .i18n_text import I18nText
from .js_api_token import JsApiToken
from .link_card_message import LinkCardMessage
from .media_path import MediaPath
from .media_upload import MediaUpload
from .message_ack import MessageAck
from .message_common import MessageCommon
from .message_media_type import MessageMediaType
from .message_reminder_request import MessageReminderRequest
from .mobile_phone import MobilePhone
from .msg_data import MsgData
from .msg_type import MsgType
from .no_disturb import NoDisturb
from .notification_event import NotificationEvent
from .notification_message_request import NotificationMessageRequest
from .notification_messages_sent import NotificationMessagesSent
from .notification_push_data import NotificationPushData
from .notification_status import NotificationStatus
from .notifications_accepted import NotificationsAccepted
from .oa_card_message import OaCardMessage
from .oa_card_message_card_action import OaCardMessageCardAction
from .org_extra_field import OrgExtraField
from .org_extra_field_id_page import OrgExtraFieldIdPage
from .org_info import OrgInfo
from .permission_scope import PermissionScope
from .refresh_user_token_grant_type import RefreshUserTokenGrantType
from .reminder import Reminder
from .report_location_event import ReportLocationEvent
from .revoke_chat_type import RevokeChatType
from .revoke_request import RevokeRequest
from .roaming_org import RoamingOrg
from .roaming_org_state import RoamingOrgState
from .roaming_orgs_page import RoamingOrgsPage
from .schedule_attendee import ScheduleAttendee
from .schedule_attendee_flag import ScheduleAttendeeFlag
from .schedule_attendee_info import ScheduleAttendeeInfo
from .schedule_attendee_meta_request import ScheduleAttendeeMetaRequest
from .schedule_attendee_page import ScheduleAttendeePage
from .schedule_attendee_permissions import ScheduleAttendeePermissions
from .schedule_attendees_batch import ScheduleAttendeesBatch
from .schedule_attendees_change import ScheduleAttendeesChange
from .schedule_attendees_updated import ScheduleAttendeesUpdated
from .schedule_busy_free import ScheduleBusyFree
from .schedule_changed import ScheduleChanged
from .schedule_create_request import ScheduleCreateRequest
from .schedule_created import ScheduleCreated
from .schedule_creator import ScheduleCreator
from .schedule_delete_event import ScheduleDeleteEvent
from .schedule_delete_operation_type import ScheduleDeleteOperationType
from .schedule_delete_request import ScheduleDeleteRequest
from .schedule_event_attendee import ScheduleEventAttendee
from .schedule_event_time import ScheduleEventTime
from .schedule_info import ScheduleInfo
from .schedule_list import ScheduleList
from .schedule_list_request import ScheduleListRequest
from .schedule_modify_event import ScheduleModifyEvent
from .schedule_operation_type import ScheduleOperationType
from .schedule_repeat_type import ScheduleRepeatType
from .schedule_rsvp_status import ScheduleRsvpStatus
from .schedule_time import ScheduleTime
from .schedule_update_request import ScheduleUpdateRequest
from .schedule_visibility import ScheduleVisibility
from .schedule_yes_no import ScheduleYesNo
from .sent_message import SentMessage
from .staff_ancestor_chain import StaffAncestorChain
from .staff_change_event import StaffChangeEvent
from .staff_detail import StaffDetail
from .staff_detail_extra_field_set import StaffDetailExtraFieldSet
from .staff_id_mapping import StaffIdMapping
from .staff_id_type import StaffIdType
from .staff_info import StaffInfo
from .staff_info_event import StaffInfoEvent
from .staff_introduction import StaffIntroduction
from .staff_mobile_phone import StaffMobilePhone
from .staff_resume_entry import StaffResumeEntry
from .staff_search_hit import StaffSearchHit
from .staff_search_page import StaffSearchPage
from .staff_search_request import StaffSearchRequest
from .staff_search_scope import StaffSearchScope
from .stream_create_request import StreamCreateRequest
from .stream_fetch_request import StreamFetchRequest
from .stream_message import StreamMessage
from .stream_message_event import StreamMessageEvent
from .stream_message_state import StreamMessageState
from .stream_receiver_type import StreamReceiverType
from .stream_update_request import StreamUpdateRequest
from .tag_member_event import TagMemberEvent
from .telephone_track_event import TelephoneTrackEvent
from .text_format import TextFormat
from .text_message import TextMessage
from .todo_create_request import TodoCreateRequest
from .todo_delete_request import TodoDeleteRequest
from .todo_executor import TodoExecutor
from .todo_executor_list import TodoExecutorList
from .todo_executor_list_request import TodoExecutorListRequest
from .todo_executor_status import TodoExecutorStatus
from .todo_executor_status_update_request import TodoExecutorStatusUpdateRequest
from .todo_executors_request import TodoExecutorsRequest
from .todo_fetch_request import TodoFetchRequest
from .todo_info_update_request import TodoInfoUpdateRequest
from .todo_list_request import TodoListRequest
from .todo_source_fetch_request import TodoSourceFetchRequest
from .todo_status import TodoStatus
from .todo_status_count import TodoStatusCount
from .todo_status_count_request import TodoStatusCountRequest
from .todo_status_update_request import TodoStatusUpdateRequest
from .todo_task import TodoTask
from .todo_task_list import TodoTaskList
from .todo_task_ref import TodoTaskRef
from .todo_type import TodoType
from .ua_cert_create_event import UaCertCreateEvent
from .ua_cert_delete_event import UaCertDeleteEvent
from .uploaded_media import UploadedMedia
from .urgent_reminder_type import UrgentReminderType
from .user_logout_event import UserLogoutEvent
from .user_token_grant import UserTokenGrant
from .verify_card_message import VerifyCardMessage
from .workbench_visibility_event import WorkbenchVisibilityEvent
from .ws_endpoint import WsEndpoint
from .ws_endpoint_request import WsEndpointRequest

__all__ = (
    "AccountMessageEvent",
    "AccountMessageRequest",
    "AccountMsgType",
    "AccountSubscriptionEvent",
    "AppArticle",
    "AppCardMessage",
    "AppCardUpdate",
    "AppInstallEvent",
    "AppMediaType",
    "ApproveCardBody",
    "ApproveCardButton",
    "ApproveCardCallbackEvent",
    "ApproveCardHead",
    "ApproveCardLink",
    "ApproveCardMessage",
    "ApproveCardUpdate",
    "ApproveHeadStatus",
    "AppToken",
    "BotCommand",
    "BotCommandChatType",
    "BotCommandInfo",
    "BotCommandList",
    "BotCommandScope",
    "BotCommandScopeType",
    "BotCommandsCreateRequest",
    "BotMessageEvent",
    "BotMessageRequest",
    "BotMsgType",
    "CalendarPrimary",
    "CardBody",
    "CardContent",
    "CardContentFormatType",
    "CardField",
    "CardLink",
    "ChatGroupInfo",
    "ChatList",
    "ChatListRequest",
    "ChatListType",
    "ChatMessageInfo",
    "ChatMessageInfoContent",
    "ChatMessageItem",
    "ChatMessageRequest",
    "ChatMessagesPage",
    "ChatMessagesRequest",
    "ChatMsgType",
    "ChatNotificationState",
    "ChatNotificationStatus",
    "ChatNotificationUpdate",
    "ChatStaffInfo",
    "CoreMediaType",
    "CreateUserTokenGrantType",
    "CurrentUser",
    "DataScopeEvent",
    "DepartmentChild",
    "DepartmentChildren",
    "DepartmentDetail",
    "DepartmentRef",
    "DepartmentStaff",
    "DepartmentStaffPage",
    "DeptChangeEvent",
    "DynamicMsgType",
    "DynamicUpdateData",
    "DynamicUpdateRequest",
    "Envelope",
    "EventApproveCardContent",
    "EventBoxContent",
    "EventBoxItem",
    "EventCardContent",
    "EventFormatContent",
    "EventForwardContent",
    "EventLocationInfo",
    "EventMediaContent",
    "EventMobilePhone",
    "EventMsgData",
    "EventNotificationRequest",
    "EventPositionContent",
    "EventReferenceMsg",
    "EventReminder",
    "EventReminderBot",
    "EventReminderStaff",
    "EventStickerContent",
    "EventTelephoneParty",
    "EventTextContent",
    "FormatTextMessage",
    "GrantType",
    "GroupCreateApproveEvent",
    "GroupCreated",
    "GroupCreateRequest",
    "GroupDeleteRequest",
    "GroupIdsPage",
    "GroupInfo",
    "GroupInfoUpdate",
    "GroupManageMode",
    "GroupMember",
    "GroupMembership",
    "GroupMembersPage",
    "GroupMembersUpdate",
    "GroupMembersUpdated",
    "GroupMessageRequest",
    "GroupMsgType",
    "GroupShare",
    "GroupShareRequest",
    "GroupStaffRef",
    "HeadStatusInfo",
    "HookMessageRequest",
    "I18nAppCardMessage",
    "I18nCardField",
    "I18nCardLink",
    "I18nText",
    "JsApiToken",
    "LinkCardMessage",
    "MediaPath",
    "MediaUpload",
    "MessageAck",
    "MessageCommon",
    "MessageMediaType",
    "MessageReminderRequest",
    "MobilePhone",
    "MsgData",
    "MsgType",
    "NoDisturb",
    "NotificationEvent",
    "NotificationMessageRequest",
    "NotificationMessagesSent",
    "NotificationPushData",
    "NotificationsAccepted",
    "NotificationStatus",
    "OaCardMessage",
    "OaCardMessageCardAction",
    "OrgExtraField",
    "OrgExtraFieldIdPage",
    "OrgInfo",
    "PermissionScope",
    "RefreshUserTokenGrantType",
    "Reminder",
    "ReportLocationEvent",
    "RevokeChatType",
    "RevokeRequest",
    "RoamingOrg",
    "RoamingOrgsPage",
    "RoamingOrgState",
    "ScheduleAttendee",
    "ScheduleAttendeeFlag",
    "ScheduleAttendeeInfo",
    "ScheduleAttendeeMetaRequest",
    "ScheduleAttendeePage",
    "ScheduleAttendeePermissions",
    "ScheduleAttendeesBatch",
    "ScheduleAttendeesChange",
    "ScheduleAttendeesUpdated",
    "ScheduleBusyFree",
    "ScheduleChanged",
    "ScheduleCreated",
    "ScheduleCreateRequest",
    "ScheduleCreator",
    "ScheduleDeleteEvent",
    "ScheduleDeleteOperationType",
    "ScheduleDeleteRequest",
    "ScheduleEventAttendee",
    "ScheduleEventTime",
    "ScheduleInfo",
    "ScheduleList",
    "ScheduleListRequest",
    "ScheduleModifyEvent",
    "ScheduleOperationType",
    "ScheduleRepeatType",
    "ScheduleRsvpStatus",
    "ScheduleTime",
    "ScheduleUpdateRequest",
    "ScheduleVisibility",
    "ScheduleYesNo",
    "SentMessage",
    "StaffAncestorChain",
    "StaffChangeEvent",
    "StaffDetail",
    "StaffDetailExtraFieldSet",
    "StaffIdMapping",
    "StaffIdType",
    "StaffInfo",
    "StaffInfoEvent",
    "StaffIntroduction",
    "StaffMobilePhone",
    "StaffResumeEntry",
    "StaffSearchHit",
    "StaffSearchPage",
    "StaffSearchRequest",
    "StaffSearchScope",
    "StreamCreateRequest",
    "StreamFetchRequest",
    "StreamMessage",
    "StreamMessageEvent",
    "StreamMessageState",
    "StreamReceiverType",
    "StreamUpdateRequest",
    "TagMemberEvent",
    "TelephoneTrackEvent",
    "TextFormat",
    "TextMessage",
    "TodoCreateRequest",
    "TodoDeleteRequest",
    "TodoExecutor",
    "TodoExecutorList",
    "TodoExecutorListRequest",
    "TodoExecutorsRequest",
    "TodoExecutorStatus",
    "TodoExecutorStatusUpdateRequest",
    "TodoFetchRequest",
    "TodoInfoUpdateRequest",
    "TodoListRequest",
    "TodoSourceFetchRequest",
    "TodoStatus",
    "TodoStatusCount",
    "TodoStatusCountRequest",
    "TodoStatusUpdateRequest",
    "TodoTask",
    "TodoTaskList",
    "TodoTaskRef",
    "TodoType",
    "UaCertCreateEvent",
    "UaCertDeleteEvent",
    "UploadedMedia",
    "UrgentReminderType",
    "UserLogoutEvent",
    "UserTokenGrant",
    "VerifyCardMessage",
    "WorkbenchVisibilityEvent",
    "WsEndpoint",
    "WsEndpointRequest",
)
