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
from .dynamic_msg_type import DynamicMsgType
from .dynamic_update_data import DynamicUpdateData
from .dynamic_update_request import DynamicUpdateRequest
from .envelope import Envelope
from .format_text_message import FormatTextMessage
from .grant_type import GrantType
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
from .group_staff_ref import GroupStaffRef
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
    "CardField",
    "CardLink",
    "CoreMediaType",
    "DynamicMsgType",
    "DynamicUpdateData",
    "DynamicUpdateRequest",
    "Envelope",
    "FormatTextMessage",
    "GrantType",
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
    "GroupStaffRef",
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
    "SentMessage",
    "TextFormat",
    "TextMessage",
    "UploadedMedia",
)
