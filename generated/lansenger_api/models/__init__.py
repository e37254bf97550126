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
from .sent_message import SentMessage
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
    "SentMessage",
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
)
