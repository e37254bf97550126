# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Contains all the data models used in inputs/outputs"""

from .app_card_message import AppCardMessage
from .app_card_update import AppCardUpdate
from .app_media_type import AppMediaType
from .app_token import AppToken
from .bot_message_request import BotMessageRequest
from .calendar_primary import CalendarPrimary
from .card_field import CardField
from .card_link import CardLink
from .core_media_type import CoreMediaType
from .dynamic_msg_type import DynamicMsgType
from .dynamic_update_data import DynamicUpdateData
from .dynamic_update_request import DynamicUpdateRequest
from .envelope import Envelope
from .format_text_message import FormatTextMessage
from .grant_type import GrantType
from .group_message_request import GroupMessageRequest
from .head_status_info import HeadStatusInfo
from .link_card_message import LinkCardMessage
from .media_upload import MediaUpload
from .message_ack import MessageAck
from .message_media_type import MessageMediaType
from .msg_data import MsgData
from .msg_type import MsgType
from .oa_card_message import OaCardMessage
from .reminder import Reminder
from .revoke_chat_type import RevokeChatType
from .revoke_request import RevokeRequest
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
from .schedule_delete_operation_type import ScheduleDeleteOperationType
from .schedule_delete_request import ScheduleDeleteRequest
from .schedule_info import ScheduleInfo
from .schedule_list import ScheduleList
from .schedule_list_request import ScheduleListRequest
from .schedule_operation_type import ScheduleOperationType
from .schedule_repeat_type import ScheduleRepeatType
from .schedule_rsvp_status import ScheduleRsvpStatus
from .schedule_time import ScheduleTime
from .schedule_update_request import ScheduleUpdateRequest
from .schedule_visibility import ScheduleVisibility
from .schedule_yes_no import ScheduleYesNo
from .sent_message import SentMessage
from .text_format import TextFormat
from .text_message import TextMessage
from .uploaded_media import UploadedMedia

__all__ = (
    "AppCardMessage",
    "AppCardUpdate",
    "AppMediaType",
    "AppToken",
    "BotMessageRequest",
    "CalendarPrimary",
    "CardField",
    "CardLink",
    "CoreMediaType",
    "DynamicMsgType",
    "DynamicUpdateData",
    "DynamicUpdateRequest",
    "Envelope",
    "FormatTextMessage",
    "GrantType",
    "GroupMessageRequest",
    "HeadStatusInfo",
    "LinkCardMessage",
    "MediaUpload",
    "MessageAck",
    "MessageMediaType",
    "MsgData",
    "MsgType",
    "OaCardMessage",
    "Reminder",
    "RevokeChatType",
    "RevokeRequest",
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
    "ScheduleDeleteOperationType",
    "ScheduleDeleteRequest",
    "ScheduleInfo",
    "ScheduleList",
    "ScheduleListRequest",
    "ScheduleOperationType",
    "ScheduleRepeatType",
    "ScheduleRsvpStatus",
    "ScheduleTime",
    "ScheduleUpdateRequest",
    "ScheduleVisibility",
    "ScheduleYesNo",
    "SentMessage",
    "TextFormat",
    "TextMessage",
    "UploadedMedia",
)
