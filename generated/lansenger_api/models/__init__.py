# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Contains all the data models used in inputs/outputs"""

from .account_message_request import AccountMessageRequest
from .account_msg_type import AccountMsgType
from .app_article import AppArticle
from .app_card_message import AppCardMessage
from .app_card_update import AppCardUpdate
from .app_media_type import AppMediaType
from .app_token import AppToken
from .approve_card_body import ApproveCardBody
from .approve_card_button import ApproveCardButton
from .approve_card_head import ApproveCardHead
from .approve_card_link import ApproveCardLink
from .approve_card_message import ApproveCardMessage
from .approve_card_update import ApproveCardUpdate
from .approve_head_status import ApproveHeadStatus
from .bot_message_request import BotMessageRequest
from .bot_msg_type import BotMsgType
from .card_body import CardBody
from .card_content import CardContent
from .card_content_format_type import CardContentFormatType
from .card_field import CardField
from .card_link import CardLink
from .chat_message_request import ChatMessageRequest
from .chat_msg_type import ChatMsgType
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
from .group_msg_type import GroupMsgType
from .head_status_info import HeadStatusInfo
from .i18n_app_card_message import I18nAppCardMessage
from .i18n_card_field import I18nCardField
from .i18n_card_link import I18nCardLink
from .i18n_text import I18nText
from .link_card_message import LinkCardMessage
from .media_upload import MediaUpload
from .message_ack import MessageAck
from .message_common import MessageCommon
from .message_media_type import MessageMediaType
from .mobile_phone import MobilePhone
from .msg_data import MsgData
from .msg_type import MsgType
from .oa_card_message import OaCardMessage
from .oa_card_message_card_action import OaCardMessageCardAction
from .permission_scope import PermissionScope
from .refresh_user_token_grant_type import RefreshUserTokenGrantType
from .reminder import Reminder
from .revoke_chat_type import RevokeChatType
from .revoke_request import RevokeRequest
from .sent_message import SentMessage
from .stream_create_request import StreamCreateRequest
from .stream_fetch_request import StreamFetchRequest
from .stream_message import StreamMessage
from .stream_message_state import StreamMessageState
from .stream_receiver_type import StreamReceiverType
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
from .uploaded_media import UploadedMedia
from .user_token_grant import UserTokenGrant
from .verify_card_message import VerifyCardMessage
from .ws_endpoint import WsEndpoint
from .ws_endpoint_request import WsEndpointRequest

__all__ = (
    "AccountMessageRequest",
    "AccountMsgType",
    "AppArticle",
    "AppCardMessage",
    "AppCardUpdate",
    "AppMediaType",
    "ApproveCardBody",
    "ApproveCardButton",
    "ApproveCardHead",
    "ApproveCardLink",
    "ApproveCardMessage",
    "ApproveCardUpdate",
    "ApproveHeadStatus",
    "AppToken",
    "BotMessageRequest",
    "BotMsgType",
    "CardBody",
    "CardContent",
    "CardContentFormatType",
    "CardField",
    "CardLink",
    "ChatMessageRequest",
    "ChatMsgType",
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
    "GroupMsgType",
    "HeadStatusInfo",
    "I18nAppCardMessage",
    "I18nCardField",
    "I18nCardLink",
    "I18nText",
    "LinkCardMessage",
    "MediaUpload",
    "MessageAck",
    "MessageCommon",
    "MessageMediaType",
    "MobilePhone",
    "MsgData",
    "MsgType",
    "OaCardMessage",
    "OaCardMessageCardAction",
    "PermissionScope",
    "RefreshUserTokenGrantType",
    "Reminder",
    "RevokeChatType",
    "RevokeRequest",
    "SentMessage",
    "StreamCreateRequest",
    "StreamFetchRequest",
    "StreamMessage",
    "StreamMessageState",
    "StreamReceiverType",
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
    "UploadedMedia",
    "UserTokenGrant",
    "VerifyCardMessage",
    "WsEndpoint",
    "WsEndpointRequest",
)
