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
from .create_user_token_grant_type import CreateUserTokenGrantType
from .current_user import CurrentUser
from .department_ref import DepartmentRef
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
from .mobile_phone import MobilePhone
from .msg_data import MsgData
from .msg_type import MsgType
from .oa_card_message import OaCardMessage
from .refresh_user_token_grant_type import RefreshUserTokenGrantType
from .reminder import Reminder
from .revoke_chat_type import RevokeChatType
from .revoke_request import RevokeRequest
from .sent_message import SentMessage
from .text_format import TextFormat
from .text_message import TextMessage
from .uploaded_media import UploadedMedia
from .user_token_grant import UserTokenGrant

__all__ = (
    "AppCardMessage",
    "AppCardUpdate",
    "AppMediaType",
    "AppToken",
    "BotMessageRequest",
    "CardField",
    "CardLink",
    "CoreMediaType",
    "CreateUserTokenGrantType",
    "CurrentUser",
    "DepartmentRef",
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
    "MobilePhone",
    "MsgData",
    "MsgType",
    "OaCardMessage",
    "RefreshUserTokenGrantType",
    "Reminder",
    "RevokeChatType",
    "RevokeRequest",
    "SentMessage",
    "TextFormat",
    "TextMessage",
    "UploadedMedia",
    "UserTokenGrant",
)
