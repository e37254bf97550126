# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Contains all the data models used in inputs/outputs"""

from .app_card_message import AppCardMessage
from .app_card_update import AppCardUpdate
from .app_media_type import AppMediaType
from .app_token import AppToken
from .bot_message_request import BotMessageRequest
from .card_field import CardField
from .card_link import CardLink
from .core_media_type import CoreMediaType
from .department_child import DepartmentChild
from .department_children import DepartmentChildren
from .department_detail import DepartmentDetail
from .department_ref import DepartmentRef
from .department_staff import DepartmentStaff
from .department_staff_page import DepartmentStaffPage
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
from .org_extra_field import OrgExtraField
from .org_extra_field_id_page import OrgExtraFieldIdPage
from .org_info import OrgInfo
from .reminder import Reminder
from .revoke_chat_type import RevokeChatType
from .revoke_request import RevokeRequest
from .sent_message import SentMessage
from .staff_ancestor_chain import StaffAncestorChain
from .staff_detail import StaffDetail
from .staff_detail_extra_field_set import StaffDetailExtraFieldSet
from .staff_id_mapping import StaffIdMapping
from .staff_id_type import StaffIdType
from .staff_info import StaffInfo
from .staff_introduction import StaffIntroduction
from .staff_mobile_phone import StaffMobilePhone
from .staff_resume_entry import StaffResumeEntry
from .staff_search_hit import StaffSearchHit
from .staff_search_page import StaffSearchPage
from .staff_search_request import StaffSearchRequest
from .staff_search_scope import StaffSearchScope
from .text_format import TextFormat
from .text_message import TextMessage
from .uploaded_media import UploadedMedia

__all__ = (
    "AppCardMessage",
    "AppCardUpdate",
    "AppMediaType",
    "AppToken",
    "BotMessageRequest",
    "CardField",
    "CardLink",
    "CoreMediaType",
    "DepartmentChild",
    "DepartmentChildren",
    "DepartmentDetail",
    "DepartmentRef",
    "DepartmentStaff",
    "DepartmentStaffPage",
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
    "OrgExtraField",
    "OrgExtraFieldIdPage",
    "OrgInfo",
    "Reminder",
    "RevokeChatType",
    "RevokeRequest",
    "SentMessage",
    "StaffAncestorChain",
    "StaffDetail",
    "StaffDetailExtraFieldSet",
    "StaffIdMapping",
    "StaffIdType",
    "StaffInfo",
    "StaffIntroduction",
    "StaffMobilePhone",
    "StaffResumeEntry",
    "StaffSearchHit",
    "StaffSearchPage",
    "StaffSearchRequest",
    "StaffSearchScope",
    "TextFormat",
    "TextMessage",
    "UploadedMedia",
)
