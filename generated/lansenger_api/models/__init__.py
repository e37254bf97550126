# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Every data model of the API, each imported from its own module on first use.

`from lansenger_api.models import SentMessage` loads `sent_message` (and what it refers to), not all models.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .authorization_type import AuthorizationType
    from .boardroom import Boardroom
    from .boardroom_approve_status import BoardroomApproveStatus
    from .boardroom_area import BoardroomArea
    from .boardroom_area_list_request import BoardroomAreaListRequest
    from .boardroom_booking import BoardroomBooking
    from .boardroom_booking_cancel_request import BoardroomBookingCancelRequest
    from .boardroom_booking_confirm_request import BoardroomBookingConfirmRequest
    from .boardroom_booking_fetch_request import BoardroomBookingFetchRequest
    from .boardroom_booking_list_request import BoardroomBookingListRequest
    from .boardroom_booking_page import BoardroomBookingPage
    from .boardroom_booking_request import BoardroomBookingRequest
    from .boardroom_booking_update_request import BoardroomBookingUpdateRequest
    from .boardroom_cancel_type import BoardroomCancelType
    from .boardroom_closure import BoardroomClosure
    from .boardroom_edit_type import BoardroomEditType
    from .boardroom_fetch_request import BoardroomFetchRequest
    from .boardroom_floor import BoardroomFloor
    from .boardroom_grading import BoardroomGrading
    from .boardroom_grading_list_request import BoardroomGradingListRequest
    from .boardroom_list_request import BoardroomListRequest
    from .boardroom_notice_time import BoardroomNoticeTime
    from .boardroom_page import BoardroomPage
    from .boardroom_reserve_type import BoardroomReserveType
    from .boardroom_schedule import BoardroomSchedule
    from .boardroom_schedule_request import BoardroomScheduleRequest
    from .boardroom_status import BoardroomStatus
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
    from .create_user_token_v1_grant_type import CreateUserTokenV1GrantType
    from .current_user import CurrentUser
    from .data_scope_event import DataScopeEvent
    from .department_child import DepartmentChild
    from .department_children import DepartmentChildren
    from .department_create_request import DepartmentCreateRequest
    from .department_created import DepartmentCreated
    from .department_detail import DepartmentDetail
    from .department_ref import DepartmentRef
    from .department_staff import DepartmentStaff
    from .department_staff_page import DepartmentStaffPage
    from .department_update_request import DepartmentUpdateRequest
    from .dept_change_event import DeptChangeEvent
    from .device_authorization_request import DeviceAuthorizationRequest
    from .device_authorization_request_response_type import DeviceAuthorizationRequestResponseType
    from .device_client_kind import DeviceClientKind
    from .device_codes import DeviceCodes
    from .device_poll_answer import DevicePollAnswer
    from .device_poll_state import DevicePollState
    from .device_token_request import DeviceTokenRequest
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
    from .jiaban_application import JiabanApplication
    from .jiaban_apply_list_request import JiabanApplyListRequest
    from .jiaban_apply_page import JiabanApplyPage
    from .jiaban_apply_request import JiabanApplyRequest
    from .jiaban_attendance_group import JiabanAttendanceGroup
    from .jiaban_duration_request import JiabanDurationRequest
    from .jiaban_groups_request import JiabanGroupsRequest
    from .jiaban_rule_config import JiabanRuleConfig
    from .jiaban_rule_configs_request import JiabanRuleConfigsRequest
    from .jiaban_upload_request import JiabanUploadRequest
    from .js_api_token import JsApiToken
    from .link_card_message import LinkCardMessage
    from .media_path import MediaPath
    from .media_upload import MediaUpload
    from .message_ack import MessageAck
    from .message_common import MessageCommon
    from .message_media_type import MessageMediaType
    from .message_reminder_request import MessageReminderRequest
    from .message_reply_request import MessageReplyRequest
    from .message_reply_type import MessageReplyType
    from .mobile_phone import MobilePhone
    from .msg_data import MsgData
    from .msg_type import MsgType
    from .no_disturb import NoDisturb
    from .notice import Notice
    from .notice_account import NoticeAccount
    from .notice_account_list_request import NoticeAccountListRequest
    from .notice_content_type import NoticeContentType
    from .notice_flag import NoticeFlag
    from .notice_open_range import NoticeOpenRange
    from .notice_phone_range import NoticePhoneRange
    from .notice_range_obj_type import NoticeRangeObjType
    from .notice_range_object import NoticeRangeObject
    from .notice_remind_after import NoticeRemindAfter
    from .notice_remind_interval_unit import NoticeRemindIntervalUnit
    from .notice_remind_range import NoticeRemindRange
    from .notice_resource import NoticeResource
    from .notice_send_request import NoticeSendRequest
    from .notice_user_type import NoticeUserType
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
    from .personal_app import PersonalApp
    from .personal_app_create_request import PersonalAppCreateRequest
    from .personal_app_credentials import PersonalAppCredentials
    from .personal_app_delete_request import PersonalAppDeleteRequest
    from .personal_app_list import PersonalAppList
    from .personal_app_summary import PersonalAppSummary
    from .personal_app_update_request import PersonalAppUpdateRequest
    from .personal_todo_copy import PersonalTodoCopy
    from .personal_todo_create_request import PersonalTodoCreateRequest
    from .personal_todo_download_url_request import PersonalTodoDownloadUrlRequest
    from .personal_todo_executor import PersonalTodoExecutor
    from .personal_todo_item import PersonalTodoItem
    from .personal_todo_list_request import PersonalTodoListRequest
    from .personal_todo_page import PersonalTodoPage
    from .personal_todo_platform import PersonalTodoPlatform
    from .personal_todo_priority import PersonalTodoPriority
    from .personal_todo_remind import PersonalTodoRemind
    from .personal_todo_resource import PersonalTodoResource
    from .personal_todo_resource_image_thumbnail_list import PersonalTodoResourceImageThumbnailList
    from .personal_todo_resource_ref import PersonalTodoResourceRef
    from .personal_todo_resource_upload_request import PersonalTodoResourceUploadRequest
    from .personal_todo_status import PersonalTodoStatus
    from .personal_todo_type import PersonalTodoType
    from .personal_todo_update_content import PersonalTodoUpdateContent
    from .personal_todo_update_request import PersonalTodoUpdateRequest
    from .personal_todo_upload_url_request import PersonalTodoUploadUrlRequest
    from .qingjia_application import QingjiaApplication
    from .qingjia_apply_form import QingjiaApplyForm
    from .qingjia_apply_list_request import QingjiaApplyListRequest
    from .qingjia_apply_page import QingjiaApplyPage
    from .qingjia_apply_query import QingjiaApplyQuery
    from .qingjia_apply_request import QingjiaApplyRequest
    from .qingjia_attendance_group import QingjiaAttendanceGroup
    from .qingjia_balance import QingjiaBalance
    from .qingjia_balance_request import QingjiaBalanceRequest
    from .qingjia_duration_request import QingjiaDurationRequest
    from .qingjia_groups_request import QingjiaGroupsRequest
    from .qingjia_leave_balance import QingjiaLeaveBalance
    from .qingjia_leave_duration import QingjiaLeaveDuration
    from .qingjia_leave_period import QingjiaLeavePeriod
    from .qingjia_leave_type import QingjiaLeaveType
    from .qingjia_leave_types_request import QingjiaLeaveTypesRequest
    from .qingjia_rule_config import QingjiaRuleConfig
    from .qingjia_rule_configs_request import QingjiaRuleConfigsRequest
    from .qingjia_upload_request import QingjiaUploadRequest
    from .questionnaire_account import QuestionnaireAccount
    from .questionnaire_account_list_request import QuestionnaireAccountListRequest
    from .questionnaire_accounts_request import QuestionnaireAccountsRequest
    from .questionnaire_answer_data import QuestionnaireAnswerData
    from .questionnaire_answer_data_page import QuestionnaireAnswerDataPage
    from .questionnaire_answer_detail import QuestionnaireAnswerDetail
    from .questionnaire_answer_fetch_request import QuestionnaireAnswerFetchRequest
    from .questionnaire_answer_limit import QuestionnaireAnswerLimit
    from .questionnaire_answer_map import QuestionnaireAnswerMap
    from .questionnaire_answer_page import QuestionnaireAnswerPage
    from .questionnaire_answer_record import QuestionnaireAnswerRecord
    from .questionnaire_answer_value import QuestionnaireAnswerValue
    from .questionnaire_answers_request import QuestionnaireAnswersRequest
    from .questionnaire_brief_request import QuestionnaireBriefRequest
    from .questionnaire_code_request import QuestionnaireCodeRequest
    from .questionnaire_detail import QuestionnaireDetail
    from .questionnaire_fillblank_setting import QuestionnaireFillblankSetting
    from .questionnaire_last_answer_request import QuestionnaireLastAnswerRequest
    from .questionnaire_mine_request import QuestionnaireMineRequest
    from .questionnaire_number_setting import QuestionnaireNumberSetting
    from .questionnaire_option_info import QuestionnaireOptionInfo
    from .questionnaire_page import QuestionnairePage
    from .questionnaire_page_result import QuestionnairePageResult
    from .questionnaire_participation_request import QuestionnaireParticipationRequest
    from .questionnaire_publish_request import QuestionnairePublishRequest
    from .questionnaire_query_request import QuestionnaireQueryRequest
    from .questionnaire_question import QuestionnaireQuestion
    from .questionnaire_question_delete_request import QuestionnaireQuestionDeleteRequest
    from .questionnaire_question_info import QuestionnaireQuestionInfo
    from .questionnaire_question_option import QuestionnaireQuestionOption
    from .questionnaire_question_type import QuestionnaireQuestionType
    from .questionnaire_questions_save_request import QuestionnaireQuestionsSaveRequest
    from .questionnaire_save_request import QuestionnaireSaveRequest
    from .questionnaire_scope import QuestionnaireScope
    from .questionnaire_score_setting import QuestionnaireScoreSetting
    from .questionnaire_status import QuestionnaireStatus
    from .questionnaire_upload_request import QuestionnaireUploadRequest
    from .questionnaire_user_type import QuestionnaireUserType
    from .refresh_user_token_grant_type import RefreshUserTokenGrantType
    from .reminder import Reminder
    from .report_location_event import ReportLocationEvent
    from .revoke_chat_type import RevokeChatType
    from .revoke_request import RevokeRequest
    from .revoke_result import RevokeResult
    from .revoke_status import RevokeStatus
    from .revoke_system_message import RevokeSystemMessage
    from .roaming_org import RoamingOrg
    from .roaming_org_state import RoamingOrgState
    from .roaming_orgs_page import RoamingOrgsPage
    from .role_create_request import RoleCreateRequest
    from .role_created import RoleCreated
    from .role_member_delete_request import RoleMemberDeleteRequest
    from .role_members import RoleMembers
    from .role_members_add_request import RoleMembersAddRequest
    from .role_staff import RoleStaff
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
    from .staff_account_state import StaffAccountState
    from .staff_ancestor_chain import StaffAncestorChain
    from .staff_change_event import StaffChangeEvent
    from .staff_create_request import StaffCreateRequest
    from .staff_created import StaffCreated
    from .staff_deleted import StaffDeleted
    from .staff_department_assignment import StaffDepartmentAssignment
    from .staff_detail import StaffDetail
    from .staff_detail_extra_field_set import StaffDetailExtraFieldSet
    from .staff_extra_field_values import StaffExtraFieldValues
    from .staff_gender_option import StaffGenderOption
    from .staff_id_mapping import StaffIdMapping
    from .staff_id_type import StaffIdType
    from .staff_info import StaffInfo
    from .staff_info_event import StaffInfoEvent
    from .staff_introduction import StaffIntroduction
    from .staff_login_way import StaffLoginWay
    from .staff_mobile_phone import StaffMobilePhone
    from .staff_phone import StaffPhone
    from .staff_resume_entry import StaffResumeEntry
    from .staff_search_hit import StaffSearchHit
    from .staff_search_page import StaffSearchPage
    from .staff_search_request import StaffSearchRequest
    from .staff_search_scope import StaffSearchScope
    from .staff_update_request import StaffUpdateRequest
    from .stream_create_request import StreamCreateRequest
    from .stream_fetch_request import StreamFetchRequest
    from .stream_message import StreamMessage
    from .stream_message_event import StreamMessageEvent
    from .stream_message_state import StreamMessageState
    from .stream_receiver_type import StreamReceiverType
    from .stream_update_request import StreamUpdateRequest
    from .tag_change import TagChange
    from .tag_create_request import TagCreateRequest
    from .tag_created import TagCreated
    from .tag_filter import TagFilter
    from .tag_group_category import TagGroupCategory
    from .tag_group_create_request import TagGroupCreateRequest
    from .tag_group_created import TagGroupCreated
    from .tag_group_detail import TagGroupDetail
    from .tag_group_ids import TagGroupIds
    from .tag_group_list_request import TagGroupListRequest
    from .tag_group_update_request import TagGroupUpdateRequest
    from .tag_member_event import TagMemberEvent
    from .tag_meta import TagMeta
    from .tag_meta_list import TagMetaList
    from .tag_meta_request import TagMetaRequest
    from .tag_staff import TagStaff
    from .tag_staff_page import TagStaffPage
    from .tag_staff_query import TagStaffQuery
    from .tag_update_request import TagUpdateRequest
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
    from .vc_auto_record import VcAutoRecord
    from .vc_config import VcConfig
    from .vc_config_request import VcConfigRequest
    from .vc_create_meeting_request import VcCreateMeetingRequest
    from .vc_create_source import VcCreateSource
    from .vc_device_kind import VcDeviceKind
    from .vc_event_subscribe_request import VcEventSubscribeRequest
    from .vc_event_subscription import VcEventSubscription
    from .vc_fetch_range import VcFetchRange
    from .vc_fixed_room import VcFixedRoom
    from .vc_fixed_room_page import VcFixedRoomPage
    from .vc_invite_request import VcInviteRequest
    from .vc_invitee import VcInvitee
    from .vc_invitee_type import VcInviteeType
    from .vc_meeting import VcMeeting
    from .vc_meeting_list_request import VcMeetingListRequest
    from .vc_meeting_member import VcMeetingMember
    from .vc_meeting_page import VcMeetingPage
    from .vc_meeting_page_request import VcMeetingPageRequest
    from .vc_meeting_params import VcMeetingParams
    from .vc_meeting_params_request import VcMeetingParamsRequest
    from .vc_meeting_record_list_request import VcMeetingRecordListRequest
    from .vc_meeting_request import VcMeetingRequest
    from .vc_meeting_status import VcMeetingStatus
    from .vc_meeting_status_entry import VcMeetingStatusEntry
    from .vc_meeting_status_list import VcMeetingStatusList
    from .vc_meeting_status_request import VcMeetingStatusRequest
    from .vc_meeting_type import VcMeetingType
    from .vc_member import VcMember
    from .vc_member_control_request import VcMemberControlRequest
    from .vc_member_page import VcMemberPage
    from .vc_member_record import VcMemberRecord
    from .vc_member_record_page import VcMemberRecordPage
    from .vc_member_role import VcMemberRole
    from .vc_op_result import VcOpResult
    from .vc_operator_page_request import VcOperatorPageRequest
    from .vc_recording import VcRecording
    from .vc_recording_list import VcRecordingList
    from .vc_recording_ref import VcRecordingRef
    from .vc_recording_urls import VcRecordingUrls
    from .vc_recording_urls_request import VcRecordingUrlsRequest
    from .vc_switch import VcSwitch
    from .vc_update_meeting_request import VcUpdateMeetingRequest
    from .verify_card_message import VerifyCardMessage
    from .workbench_visibility_event import WorkbenchVisibilityEvent
    from .ws_endpoint import WsEndpoint
    from .ws_endpoint_request import WsEndpointRequest

_NAME_MODULES = (
    "AccountMessageEvent account_message_event "
    "AccountMessageRequest account_message_request "
    "AccountMsgType account_msg_type "
    "AccountSubscriptionEvent account_subscription_event "
    "AppArticle app_article "
    "AppCardMessage app_card_message "
    "AppCardUpdate app_card_update "
    "AppInstallEvent app_install_event "
    "AppMediaType app_media_type "
    "AppToken app_token "
    "ApproveCardBody approve_card_body "
    "ApproveCardButton approve_card_button "
    "ApproveCardCallbackEvent approve_card_callback_event "
    "ApproveCardHead approve_card_head "
    "ApproveCardLink approve_card_link "
    "ApproveCardMessage approve_card_message "
    "ApproveCardUpdate approve_card_update "
    "ApproveHeadStatus approve_head_status "
    "AuthorizationType authorization_type "
    "Boardroom boardroom "
    "BoardroomApproveStatus boardroom_approve_status "
    "BoardroomArea boardroom_area "
    "BoardroomAreaListRequest boardroom_area_list_request "
    "BoardroomBooking boardroom_booking "
    "BoardroomBookingCancelRequest boardroom_booking_cancel_request "
    "BoardroomBookingConfirmRequest boardroom_booking_confirm_request "
    "BoardroomBookingFetchRequest boardroom_booking_fetch_request "
    "BoardroomBookingListRequest boardroom_booking_list_request "
    "BoardroomBookingPage boardroom_booking_page "
    "BoardroomBookingRequest boardroom_booking_request "
    "BoardroomBookingUpdateRequest boardroom_booking_update_request "
    "BoardroomCancelType boardroom_cancel_type "
    "BoardroomClosure boardroom_closure "
    "BoardroomEditType boardroom_edit_type "
    "BoardroomFetchRequest boardroom_fetch_request "
    "BoardroomFloor boardroom_floor "
    "BoardroomGrading boardroom_grading "
    "BoardroomGradingListRequest boardroom_grading_list_request "
    "BoardroomListRequest boardroom_list_request "
    "BoardroomNoticeTime boardroom_notice_time "
    "BoardroomPage boardroom_page "
    "BoardroomReserveType boardroom_reserve_type "
    "BoardroomSchedule boardroom_schedule "
    "BoardroomScheduleRequest boardroom_schedule_request "
    "BoardroomStatus boardroom_status "
    "BotCommand bot_command "
    "BotCommandChatType bot_command_chat_type "
    "BotCommandInfo bot_command_info "
    "BotCommandList bot_command_list "
    "BotCommandScope bot_command_scope "
    "BotCommandScopeType bot_command_scope_type "
    "BotCommandsCreateRequest bot_commands_create_request "
    "BotMessageEvent bot_message_event "
    "BotMessageRequest bot_message_request "
    "BotMsgType bot_msg_type "
    "CalendarPrimary calendar_primary "
    "CardBody card_body "
    "CardContent card_content "
    "CardContentFormatType card_content_format_type "
    "CardField card_field "
    "CardLink card_link "
    "ChatGroupInfo chat_group_info "
    "ChatList chat_list "
    "ChatListRequest chat_list_request "
    "ChatListType chat_list_type "
    "ChatMessageInfo chat_message_info "
    "ChatMessageInfoContent chat_message_info_content "
    "ChatMessageItem chat_message_item "
    "ChatMessageRequest chat_message_request "
    "ChatMessagesPage chat_messages_page "
    "ChatMessagesRequest chat_messages_request "
    "ChatMsgType chat_msg_type "
    "ChatNotificationState chat_notification_state "
    "ChatNotificationStatus chat_notification_status "
    "ChatNotificationUpdate chat_notification_update "
    "ChatStaffInfo chat_staff_info "
    "CoreMediaType core_media_type "
    "CreateUserTokenGrantType create_user_token_grant_type "
    "CreateUserTokenV1GrantType create_user_token_v1_grant_type "
    "CurrentUser current_user "
    "DataScopeEvent data_scope_event "
    "DepartmentChild department_child "
    "DepartmentChildren department_children "
    "DepartmentCreateRequest department_create_request "
    "DepartmentCreated department_created "
    "DepartmentDetail department_detail "
    "DepartmentRef department_ref "
    "DepartmentStaff department_staff "
    "DepartmentStaffPage department_staff_page "
    "DepartmentUpdateRequest department_update_request "
    "DeptChangeEvent dept_change_event "
    "DeviceAuthorizationRequest device_authorization_request "
    "DeviceAuthorizationRequestResponseType device_authorization_request_response_type "
    "DeviceClientKind device_client_kind "
    "DeviceCodes device_codes "
    "DevicePollAnswer device_poll_answer "
    "DevicePollState device_poll_state "
    "DeviceTokenRequest device_token_request "
    "DynamicMsgType dynamic_msg_type "
    "DynamicUpdateData dynamic_update_data "
    "DynamicUpdateRequest dynamic_update_request "
    "Envelope envelope "
    "EventApproveCardContent event_approve_card_content "
    "EventBoxContent event_box_content "
    "EventBoxItem event_box_item "
    "EventCardContent event_card_content "
    "EventFormatContent event_format_content "
    "EventForwardContent event_forward_content "
    "EventLocationInfo event_location_info "
    "EventMediaContent event_media_content "
    "EventMobilePhone event_mobile_phone "
    "EventMsgData event_msg_data "
    "EventNotificationRequest event_notification_request "
    "EventPositionContent event_position_content "
    "EventReferenceMsg event_reference_msg "
    "EventReminder event_reminder "
    "EventReminderBot event_reminder_bot "
    "EventReminderStaff event_reminder_staff "
    "EventStickerContent event_sticker_content "
    "EventTelephoneParty event_telephone_party "
    "EventTextContent event_text_content "
    "FormatTextMessage format_text_message "
    "GrantType grant_type "
    "GroupCreateApproveEvent group_create_approve_event "
    "GroupCreateRequest group_create_request "
    "GroupCreated group_created "
    "GroupDeleteRequest group_delete_request "
    "GroupIdsPage group_ids_page "
    "GroupInfo group_info "
    "GroupInfoUpdate group_info_update "
    "GroupManageMode group_manage_mode "
    "GroupMember group_member "
    "GroupMembersPage group_members_page "
    "GroupMembersUpdate group_members_update "
    "GroupMembersUpdated group_members_updated "
    "GroupMembership group_membership "
    "GroupMessageRequest group_message_request "
    "GroupMsgType group_msg_type "
    "GroupShare group_share "
    "GroupShareRequest group_share_request "
    "GroupStaffRef group_staff_ref "
    "HeadStatusInfo head_status_info "
    "HookMessageRequest hook_message_request "
    "I18nAppCardMessage i18n_app_card_message "
    "I18nCardField i18n_card_field "
    "I18nCardLink i18n_card_link "
    "I18nText i18n_text "
    "JiabanApplication jiaban_application "
    "JiabanApplyListRequest jiaban_apply_list_request "
    "JiabanApplyPage jiaban_apply_page "
    "JiabanApplyRequest jiaban_apply_request "
    "JiabanAttendanceGroup jiaban_attendance_group "
    "JiabanDurationRequest jiaban_duration_request "
    "JiabanGroupsRequest jiaban_groups_request "
    "JiabanRuleConfig jiaban_rule_config "
    "JiabanRuleConfigsRequest jiaban_rule_configs_request "
    "JiabanUploadRequest jiaban_upload_request "
    "JsApiToken js_api_token "
    "LinkCardMessage link_card_message "
    "MediaPath media_path "
    "MediaUpload media_upload "
    "MessageAck message_ack "
    "MessageCommon message_common "
    "MessageMediaType message_media_type "
    "MessageReminderRequest message_reminder_request "
    "MessageReplyRequest message_reply_request "
    "MessageReplyType message_reply_type "
    "MobilePhone mobile_phone "
    "MsgData msg_data "
    "MsgType msg_type "
    "NoDisturb no_disturb "
    "Notice notice "
    "NoticeAccount notice_account "
    "NoticeAccountListRequest notice_account_list_request "
    "NoticeContentType notice_content_type "
    "NoticeFlag notice_flag "
    "NoticeOpenRange notice_open_range "
    "NoticePhoneRange notice_phone_range "
    "NoticeRangeObjType notice_range_obj_type "
    "NoticeRangeObject notice_range_object "
    "NoticeRemindAfter notice_remind_after "
    "NoticeRemindIntervalUnit notice_remind_interval_unit "
    "NoticeRemindRange notice_remind_range "
    "NoticeResource notice_resource "
    "NoticeSendRequest notice_send_request "
    "NoticeUserType notice_user_type "
    "NotificationEvent notification_event "
    "NotificationMessageRequest notification_message_request "
    "NotificationMessagesSent notification_messages_sent "
    "NotificationPushData notification_push_data "
    "NotificationStatus notification_status "
    "NotificationsAccepted notifications_accepted "
    "OaCardMessage oa_card_message "
    "OaCardMessageCardAction oa_card_message_card_action "
    "OrgExtraField org_extra_field "
    "OrgExtraFieldIdPage org_extra_field_id_page "
    "OrgInfo org_info "
    "PermissionScope permission_scope "
    "PersonalApp personal_app "
    "PersonalAppCreateRequest personal_app_create_request "
    "PersonalAppCredentials personal_app_credentials "
    "PersonalAppDeleteRequest personal_app_delete_request "
    "PersonalAppList personal_app_list "
    "PersonalAppSummary personal_app_summary "
    "PersonalAppUpdateRequest personal_app_update_request "
    "PersonalTodoCopy personal_todo_copy "
    "PersonalTodoCreateRequest personal_todo_create_request "
    "PersonalTodoDownloadUrlRequest personal_todo_download_url_request "
    "PersonalTodoExecutor personal_todo_executor "
    "PersonalTodoItem personal_todo_item "
    "PersonalTodoListRequest personal_todo_list_request "
    "PersonalTodoPage personal_todo_page "
    "PersonalTodoPlatform personal_todo_platform "
    "PersonalTodoPriority personal_todo_priority "
    "PersonalTodoRemind personal_todo_remind "
    "PersonalTodoResource personal_todo_resource "
    "PersonalTodoResourceImageThumbnailList personal_todo_resource_image_thumbnail_list "
    "PersonalTodoResourceRef personal_todo_resource_ref "
    "PersonalTodoResourceUploadRequest personal_todo_resource_upload_request "
    "PersonalTodoStatus personal_todo_status "
    "PersonalTodoType personal_todo_type "
    "PersonalTodoUpdateContent personal_todo_update_content "
    "PersonalTodoUpdateRequest personal_todo_update_request "
    "PersonalTodoUploadUrlRequest personal_todo_upload_url_request "
    "QingjiaApplication qingjia_application "
    "QingjiaApplyForm qingjia_apply_form "
    "QingjiaApplyListRequest qingjia_apply_list_request "
    "QingjiaApplyPage qingjia_apply_page "
    "QingjiaApplyQuery qingjia_apply_query "
    "QingjiaApplyRequest qingjia_apply_request "
    "QingjiaAttendanceGroup qingjia_attendance_group "
    "QingjiaBalance qingjia_balance "
    "QingjiaBalanceRequest qingjia_balance_request "
    "QingjiaDurationRequest qingjia_duration_request "
    "QingjiaGroupsRequest qingjia_groups_request "
    "QingjiaLeaveBalance qingjia_leave_balance "
    "QingjiaLeaveDuration qingjia_leave_duration "
    "QingjiaLeavePeriod qingjia_leave_period "
    "QingjiaLeaveType qingjia_leave_type "
    "QingjiaLeaveTypesRequest qingjia_leave_types_request "
    "QingjiaRuleConfig qingjia_rule_config "
    "QingjiaRuleConfigsRequest qingjia_rule_configs_request "
    "QingjiaUploadRequest qingjia_upload_request "
    "QuestionnaireAccount questionnaire_account "
    "QuestionnaireAccountListRequest questionnaire_account_list_request "
    "QuestionnaireAccountsRequest questionnaire_accounts_request "
    "QuestionnaireAnswerData questionnaire_answer_data "
    "QuestionnaireAnswerDataPage questionnaire_answer_data_page "
    "QuestionnaireAnswerDetail questionnaire_answer_detail "
    "QuestionnaireAnswerFetchRequest questionnaire_answer_fetch_request "
    "QuestionnaireAnswerLimit questionnaire_answer_limit "
    "QuestionnaireAnswerMap questionnaire_answer_map "
    "QuestionnaireAnswerPage questionnaire_answer_page "
    "QuestionnaireAnswerRecord questionnaire_answer_record "
    "QuestionnaireAnswerValue questionnaire_answer_value "
    "QuestionnaireAnswersRequest questionnaire_answers_request "
    "QuestionnaireBriefRequest questionnaire_brief_request "
    "QuestionnaireCodeRequest questionnaire_code_request "
    "QuestionnaireDetail questionnaire_detail "
    "QuestionnaireFillblankSetting questionnaire_fillblank_setting "
    "QuestionnaireLastAnswerRequest questionnaire_last_answer_request "
    "QuestionnaireMineRequest questionnaire_mine_request "
    "QuestionnaireNumberSetting questionnaire_number_setting "
    "QuestionnaireOptionInfo questionnaire_option_info "
    "QuestionnairePage questionnaire_page "
    "QuestionnairePageResult questionnaire_page_result "
    "QuestionnaireParticipationRequest questionnaire_participation_request "
    "QuestionnairePublishRequest questionnaire_publish_request "
    "QuestionnaireQueryRequest questionnaire_query_request "
    "QuestionnaireQuestion questionnaire_question "
    "QuestionnaireQuestionDeleteRequest questionnaire_question_delete_request "
    "QuestionnaireQuestionInfo questionnaire_question_info "
    "QuestionnaireQuestionOption questionnaire_question_option "
    "QuestionnaireQuestionType questionnaire_question_type "
    "QuestionnaireQuestionsSaveRequest questionnaire_questions_save_request "
    "QuestionnaireSaveRequest questionnaire_save_request "
    "QuestionnaireScope questionnaire_scope "
    "QuestionnaireScoreSetting questionnaire_score_setting "
    "QuestionnaireStatus questionnaire_status "
    "QuestionnaireUploadRequest questionnaire_upload_request "
    "QuestionnaireUserType questionnaire_user_type "
    "RefreshUserTokenGrantType refresh_user_token_grant_type "
    "Reminder reminder "
    "ReportLocationEvent report_location_event "
    "RevokeChatType revoke_chat_type "
    "RevokeRequest revoke_request "
    "RevokeResult revoke_result "
    "RevokeStatus revoke_status "
    "RevokeSystemMessage revoke_system_message "
    "RoamingOrg roaming_org "
    "RoamingOrgState roaming_org_state "
    "RoamingOrgsPage roaming_orgs_page "
    "RoleCreateRequest role_create_request "
    "RoleCreated role_created "
    "RoleMemberDeleteRequest role_member_delete_request "
    "RoleMembers role_members "
    "RoleMembersAddRequest role_members_add_request "
    "RoleStaff role_staff "
    "ScheduleAttendee schedule_attendee "
    "ScheduleAttendeeFlag schedule_attendee_flag "
    "ScheduleAttendeeInfo schedule_attendee_info "
    "ScheduleAttendeeMetaRequest schedule_attendee_meta_request "
    "ScheduleAttendeePage schedule_attendee_page "
    "ScheduleAttendeePermissions schedule_attendee_permissions "
    "ScheduleAttendeesBatch schedule_attendees_batch "
    "ScheduleAttendeesChange schedule_attendees_change "
    "ScheduleAttendeesUpdated schedule_attendees_updated "
    "ScheduleBusyFree schedule_busy_free "
    "ScheduleChanged schedule_changed "
    "ScheduleCreateRequest schedule_create_request "
    "ScheduleCreated schedule_created "
    "ScheduleCreator schedule_creator "
    "ScheduleDeleteEvent schedule_delete_event "
    "ScheduleDeleteOperationType schedule_delete_operation_type "
    "ScheduleDeleteRequest schedule_delete_request "
    "ScheduleEventAttendee schedule_event_attendee "
    "ScheduleEventTime schedule_event_time "
    "ScheduleInfo schedule_info "
    "ScheduleList schedule_list "
    "ScheduleListRequest schedule_list_request "
    "ScheduleModifyEvent schedule_modify_event "
    "ScheduleOperationType schedule_operation_type "
    "ScheduleRepeatType schedule_repeat_type "
    "ScheduleRsvpStatus schedule_rsvp_status "
    "ScheduleTime schedule_time "
    "ScheduleUpdateRequest schedule_update_request "
    "ScheduleVisibility schedule_visibility "
    "ScheduleYesNo schedule_yes_no "
    "SentMessage sent_message "
    "StaffAccountState staff_account_state "
    "StaffAncestorChain staff_ancestor_chain "
    "StaffChangeEvent staff_change_event "
    "StaffCreateRequest staff_create_request "
    "StaffCreated staff_created "
    "StaffDeleted staff_deleted "
    "StaffDepartmentAssignment staff_department_assignment "
    "StaffDetail staff_detail "
    "StaffDetailExtraFieldSet staff_detail_extra_field_set "
    "StaffExtraFieldValues staff_extra_field_values "
    "StaffGenderOption staff_gender_option "
    "StaffIdMapping staff_id_mapping "
    "StaffIdType staff_id_type "
    "StaffInfo staff_info "
    "StaffInfoEvent staff_info_event "
    "StaffIntroduction staff_introduction "
    "StaffLoginWay staff_login_way "
    "StaffMobilePhone staff_mobile_phone "
    "StaffPhone staff_phone "
    "StaffResumeEntry staff_resume_entry "
    "StaffSearchHit staff_search_hit "
    "StaffSearchPage staff_search_page "
    "StaffSearchRequest staff_search_request "
    "StaffSearchScope staff_search_scope "
    "StaffUpdateRequest staff_update_request "
    "StreamCreateRequest stream_create_request "
    "StreamFetchRequest stream_fetch_request "
    "StreamMessage stream_message "
    "StreamMessageEvent stream_message_event "
    "StreamMessageState stream_message_state "
    "StreamReceiverType stream_receiver_type "
    "StreamUpdateRequest stream_update_request "
    "TagChange tag_change "
    "TagCreateRequest tag_create_request "
    "TagCreated tag_created "
    "TagFilter tag_filter "
    "TagGroupCategory tag_group_category "
    "TagGroupCreateRequest tag_group_create_request "
    "TagGroupCreated tag_group_created "
    "TagGroupDetail tag_group_detail "
    "TagGroupIds tag_group_ids "
    "TagGroupListRequest tag_group_list_request "
    "TagGroupUpdateRequest tag_group_update_request "
    "TagMemberEvent tag_member_event "
    "TagMeta tag_meta "
    "TagMetaList tag_meta_list "
    "TagMetaRequest tag_meta_request "
    "TagStaff tag_staff "
    "TagStaffPage tag_staff_page "
    "TagStaffQuery tag_staff_query "
    "TagUpdateRequest tag_update_request "
    "TelephoneTrackEvent telephone_track_event "
    "TextFormat text_format "
    "TextMessage text_message "
    "TodoCreateRequest todo_create_request "
    "TodoDeleteRequest todo_delete_request "
    "TodoExecutor todo_executor "
    "TodoExecutorList todo_executor_list "
    "TodoExecutorListRequest todo_executor_list_request "
    "TodoExecutorStatus todo_executor_status "
    "TodoExecutorStatusUpdateRequest todo_executor_status_update_request "
    "TodoExecutorsRequest todo_executors_request "
    "TodoFetchRequest todo_fetch_request "
    "TodoInfoUpdateRequest todo_info_update_request "
    "TodoListRequest todo_list_request "
    "TodoSourceFetchRequest todo_source_fetch_request "
    "TodoStatus todo_status "
    "TodoStatusCount todo_status_count "
    "TodoStatusCountRequest todo_status_count_request "
    "TodoStatusUpdateRequest todo_status_update_request "
    "TodoTask todo_task "
    "TodoTaskList todo_task_list "
    "TodoTaskRef todo_task_ref "
    "TodoType todo_type "
    "UaCertCreateEvent ua_cert_create_event "
    "UaCertDeleteEvent ua_cert_delete_event "
    "UploadedMedia uploaded_media "
    "UrgentReminderType urgent_reminder_type "
    "UserLogoutEvent user_logout_event "
    "UserTokenGrant user_token_grant "
    "VcAutoRecord vc_auto_record "
    "VcConfig vc_config "
    "VcConfigRequest vc_config_request "
    "VcCreateMeetingRequest vc_create_meeting_request "
    "VcCreateSource vc_create_source "
    "VcDeviceKind vc_device_kind "
    "VcEventSubscribeRequest vc_event_subscribe_request "
    "VcEventSubscription vc_event_subscription "
    "VcFetchRange vc_fetch_range "
    "VcFixedRoom vc_fixed_room "
    "VcFixedRoomPage vc_fixed_room_page "
    "VcInviteRequest vc_invite_request "
    "VcInvitee vc_invitee "
    "VcInviteeType vc_invitee_type "
    "VcMeeting vc_meeting "
    "VcMeetingListRequest vc_meeting_list_request "
    "VcMeetingMember vc_meeting_member "
    "VcMeetingPage vc_meeting_page "
    "VcMeetingPageRequest vc_meeting_page_request "
    "VcMeetingParams vc_meeting_params "
    "VcMeetingParamsRequest vc_meeting_params_request "
    "VcMeetingRecordListRequest vc_meeting_record_list_request "
    "VcMeetingRequest vc_meeting_request "
    "VcMeetingStatus vc_meeting_status "
    "VcMeetingStatusEntry vc_meeting_status_entry "
    "VcMeetingStatusList vc_meeting_status_list "
    "VcMeetingStatusRequest vc_meeting_status_request "
    "VcMeetingType vc_meeting_type "
    "VcMember vc_member "
    "VcMemberControlRequest vc_member_control_request "
    "VcMemberPage vc_member_page "
    "VcMemberRecord vc_member_record "
    "VcMemberRecordPage vc_member_record_page "
    "VcMemberRole vc_member_role "
    "VcOpResult vc_op_result "
    "VcOperatorPageRequest vc_operator_page_request "
    "VcRecording vc_recording "
    "VcRecordingList vc_recording_list "
    "VcRecordingRef vc_recording_ref "
    "VcRecordingUrls vc_recording_urls "
    "VcRecordingUrlsRequest vc_recording_urls_request "
    "VcSwitch vc_switch "
    "VcUpdateMeetingRequest vc_update_meeting_request "
    "VerifyCardMessage verify_card_message "
    "WorkbenchVisibilityEvent workbench_visibility_event "
    "WsEndpoint ws_endpoint "
    "WsEndpointRequest ws_endpoint_request "
)
"""Each exported name and the module of this package defining it, as one string: far cheaper to load with the
package (which every model import loads first) than a dict of them, and read only when a name is looked up here."""


@cache
def _modules() -> dict[str, str]:
    words = _NAME_MODULES.split()
    return dict(zip(words[::2], words[1::2], strict=True))


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
    "AuthorizationType",
    "Boardroom",
    "BoardroomApproveStatus",
    "BoardroomArea",
    "BoardroomAreaListRequest",
    "BoardroomBooking",
    "BoardroomBookingCancelRequest",
    "BoardroomBookingConfirmRequest",
    "BoardroomBookingFetchRequest",
    "BoardroomBookingListRequest",
    "BoardroomBookingPage",
    "BoardroomBookingRequest",
    "BoardroomBookingUpdateRequest",
    "BoardroomCancelType",
    "BoardroomClosure",
    "BoardroomEditType",
    "BoardroomFetchRequest",
    "BoardroomFloor",
    "BoardroomGrading",
    "BoardroomGradingListRequest",
    "BoardroomListRequest",
    "BoardroomNoticeTime",
    "BoardroomPage",
    "BoardroomReserveType",
    "BoardroomSchedule",
    "BoardroomScheduleRequest",
    "BoardroomStatus",
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
    "CreateUserTokenV1GrantType",
    "CurrentUser",
    "DataScopeEvent",
    "DepartmentChild",
    "DepartmentChildren",
    "DepartmentCreated",
    "DepartmentCreateRequest",
    "DepartmentDetail",
    "DepartmentRef",
    "DepartmentStaff",
    "DepartmentStaffPage",
    "DepartmentUpdateRequest",
    "DeptChangeEvent",
    "DeviceAuthorizationRequest",
    "DeviceAuthorizationRequestResponseType",
    "DeviceClientKind",
    "DeviceCodes",
    "DevicePollAnswer",
    "DevicePollState",
    "DeviceTokenRequest",
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
    "JiabanApplication",
    "JiabanApplyListRequest",
    "JiabanApplyPage",
    "JiabanApplyRequest",
    "JiabanAttendanceGroup",
    "JiabanDurationRequest",
    "JiabanGroupsRequest",
    "JiabanRuleConfig",
    "JiabanRuleConfigsRequest",
    "JiabanUploadRequest",
    "JsApiToken",
    "LinkCardMessage",
    "MediaPath",
    "MediaUpload",
    "MessageAck",
    "MessageCommon",
    "MessageMediaType",
    "MessageReminderRequest",
    "MessageReplyRequest",
    "MessageReplyType",
    "MobilePhone",
    "MsgData",
    "MsgType",
    "NoDisturb",
    "Notice",
    "NoticeAccount",
    "NoticeAccountListRequest",
    "NoticeContentType",
    "NoticeFlag",
    "NoticeOpenRange",
    "NoticePhoneRange",
    "NoticeRangeObject",
    "NoticeRangeObjType",
    "NoticeRemindAfter",
    "NoticeRemindIntervalUnit",
    "NoticeRemindRange",
    "NoticeResource",
    "NoticeSendRequest",
    "NoticeUserType",
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
    "PersonalApp",
    "PersonalAppCreateRequest",
    "PersonalAppCredentials",
    "PersonalAppDeleteRequest",
    "PersonalAppList",
    "PersonalAppSummary",
    "PersonalAppUpdateRequest",
    "PersonalTodoCopy",
    "PersonalTodoCreateRequest",
    "PersonalTodoDownloadUrlRequest",
    "PersonalTodoExecutor",
    "PersonalTodoItem",
    "PersonalTodoListRequest",
    "PersonalTodoPage",
    "PersonalTodoPlatform",
    "PersonalTodoPriority",
    "PersonalTodoRemind",
    "PersonalTodoResource",
    "PersonalTodoResourceImageThumbnailList",
    "PersonalTodoResourceRef",
    "PersonalTodoResourceUploadRequest",
    "PersonalTodoStatus",
    "PersonalTodoType",
    "PersonalTodoUpdateContent",
    "PersonalTodoUpdateRequest",
    "PersonalTodoUploadUrlRequest",
    "QingjiaApplication",
    "QingjiaApplyForm",
    "QingjiaApplyListRequest",
    "QingjiaApplyPage",
    "QingjiaApplyQuery",
    "QingjiaApplyRequest",
    "QingjiaAttendanceGroup",
    "QingjiaBalance",
    "QingjiaBalanceRequest",
    "QingjiaDurationRequest",
    "QingjiaGroupsRequest",
    "QingjiaLeaveBalance",
    "QingjiaLeaveDuration",
    "QingjiaLeavePeriod",
    "QingjiaLeaveType",
    "QingjiaLeaveTypesRequest",
    "QingjiaRuleConfig",
    "QingjiaRuleConfigsRequest",
    "QingjiaUploadRequest",
    "QuestionnaireAccount",
    "QuestionnaireAccountListRequest",
    "QuestionnaireAccountsRequest",
    "QuestionnaireAnswerData",
    "QuestionnaireAnswerDataPage",
    "QuestionnaireAnswerDetail",
    "QuestionnaireAnswerFetchRequest",
    "QuestionnaireAnswerLimit",
    "QuestionnaireAnswerMap",
    "QuestionnaireAnswerPage",
    "QuestionnaireAnswerRecord",
    "QuestionnaireAnswersRequest",
    "QuestionnaireAnswerValue",
    "QuestionnaireBriefRequest",
    "QuestionnaireCodeRequest",
    "QuestionnaireDetail",
    "QuestionnaireFillblankSetting",
    "QuestionnaireLastAnswerRequest",
    "QuestionnaireMineRequest",
    "QuestionnaireNumberSetting",
    "QuestionnaireOptionInfo",
    "QuestionnairePage",
    "QuestionnairePageResult",
    "QuestionnaireParticipationRequest",
    "QuestionnairePublishRequest",
    "QuestionnaireQueryRequest",
    "QuestionnaireQuestion",
    "QuestionnaireQuestionDeleteRequest",
    "QuestionnaireQuestionInfo",
    "QuestionnaireQuestionOption",
    "QuestionnaireQuestionsSaveRequest",
    "QuestionnaireQuestionType",
    "QuestionnaireSaveRequest",
    "QuestionnaireScope",
    "QuestionnaireScoreSetting",
    "QuestionnaireStatus",
    "QuestionnaireUploadRequest",
    "QuestionnaireUserType",
    "RefreshUserTokenGrantType",
    "Reminder",
    "ReportLocationEvent",
    "RevokeChatType",
    "RevokeRequest",
    "RevokeResult",
    "RevokeStatus",
    "RevokeSystemMessage",
    "RoamingOrg",
    "RoamingOrgsPage",
    "RoamingOrgState",
    "RoleCreated",
    "RoleCreateRequest",
    "RoleMemberDeleteRequest",
    "RoleMembers",
    "RoleMembersAddRequest",
    "RoleStaff",
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
    "StaffAccountState",
    "StaffAncestorChain",
    "StaffChangeEvent",
    "StaffCreated",
    "StaffCreateRequest",
    "StaffDeleted",
    "StaffDepartmentAssignment",
    "StaffDetail",
    "StaffDetailExtraFieldSet",
    "StaffExtraFieldValues",
    "StaffGenderOption",
    "StaffIdMapping",
    "StaffIdType",
    "StaffInfo",
    "StaffInfoEvent",
    "StaffIntroduction",
    "StaffLoginWay",
    "StaffMobilePhone",
    "StaffPhone",
    "StaffResumeEntry",
    "StaffSearchHit",
    "StaffSearchPage",
    "StaffSearchRequest",
    "StaffSearchScope",
    "StaffUpdateRequest",
    "StreamCreateRequest",
    "StreamFetchRequest",
    "StreamMessage",
    "StreamMessageEvent",
    "StreamMessageState",
    "StreamReceiverType",
    "StreamUpdateRequest",
    "TagChange",
    "TagCreated",
    "TagCreateRequest",
    "TagFilter",
    "TagGroupCategory",
    "TagGroupCreated",
    "TagGroupCreateRequest",
    "TagGroupDetail",
    "TagGroupIds",
    "TagGroupListRequest",
    "TagGroupUpdateRequest",
    "TagMemberEvent",
    "TagMeta",
    "TagMetaList",
    "TagMetaRequest",
    "TagStaff",
    "TagStaffPage",
    "TagStaffQuery",
    "TagUpdateRequest",
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
    "VcAutoRecord",
    "VcConfig",
    "VcConfigRequest",
    "VcCreateMeetingRequest",
    "VcCreateSource",
    "VcDeviceKind",
    "VcEventSubscribeRequest",
    "VcEventSubscription",
    "VcFetchRange",
    "VcFixedRoom",
    "VcFixedRoomPage",
    "VcInvitee",
    "VcInviteeType",
    "VcInviteRequest",
    "VcMeeting",
    "VcMeetingListRequest",
    "VcMeetingMember",
    "VcMeetingPage",
    "VcMeetingPageRequest",
    "VcMeetingParams",
    "VcMeetingParamsRequest",
    "VcMeetingRecordListRequest",
    "VcMeetingRequest",
    "VcMeetingStatus",
    "VcMeetingStatusEntry",
    "VcMeetingStatusList",
    "VcMeetingStatusRequest",
    "VcMeetingType",
    "VcMember",
    "VcMemberControlRequest",
    "VcMemberPage",
    "VcMemberRecord",
    "VcMemberRecordPage",
    "VcMemberRole",
    "VcOperatorPageRequest",
    "VcOpResult",
    "VcRecording",
    "VcRecordingList",
    "VcRecordingRef",
    "VcRecordingUrls",
    "VcRecordingUrlsRequest",
    "VcSwitch",
    "VcUpdateMeetingRequest",
    "VerifyCardMessage",
    "WorkbenchVisibilityEvent",
    "WsEndpoint",
    "WsEndpointRequest",
)


def __getattr__(name: str) -> Any:
    module = _modules().get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
