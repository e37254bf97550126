# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `videoconferences` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.vc_auto_record import VcAutoRecord, check_vc_auto_record
    from ...models.vc_config import VcConfig
    from ...models.vc_config_request import VcConfigRequest
    from ...models.vc_create_meeting_request import VcCreateMeetingRequest
    from ...models.vc_create_source import VcCreateSource, check_vc_create_source
    from ...models.vc_event_subscribe_request import VcEventSubscribeRequest
    from ...models.vc_event_subscription import VcEventSubscription
    from ...models.vc_fetch_range import VcFetchRange, check_vc_fetch_range
    from ...models.vc_fixed_room import VcFixedRoom
    from ...models.vc_fixed_room_page import VcFixedRoomPage
    from ...models.vc_invite_request import VcInviteRequest
    from ...models.vc_invitee import VcInvitee
    from ...models.vc_meeting import VcMeeting
    from ...models.vc_meeting_list_request import VcMeetingListRequest
    from ...models.vc_meeting_member import VcMeetingMember
    from ...models.vc_meeting_page import VcMeetingPage
    from ...models.vc_meeting_page_request import VcMeetingPageRequest
    from ...models.vc_meeting_params import VcMeetingParams
    from ...models.vc_meeting_params_request import VcMeetingParamsRequest
    from ...models.vc_meeting_record_list_request import VcMeetingRecordListRequest
    from ...models.vc_meeting_request import VcMeetingRequest
    from ...models.vc_meeting_status_list import VcMeetingStatusList
    from ...models.vc_meeting_status_request import VcMeetingStatusRequest
    from ...models.vc_meeting_type import VcMeetingType, check_vc_meeting_type
    from ...models.vc_member import VcMember
    from ...models.vc_member_control_request import VcMemberControlRequest
    from ...models.vc_member_page import VcMemberPage
    from ...models.vc_member_record import VcMemberRecord
    from ...models.vc_member_record_page import VcMemberRecordPage
    from ...models.vc_op_result import VcOpResult
    from ...models.vc_operator_page_request import VcOperatorPageRequest
    from ...models.vc_recording_list import VcRecordingList
    from ...models.vc_recording_ref import VcRecordingRef
    from ...models.vc_recording_urls import VcRecordingUrls
    from ...models.vc_recording_urls_request import VcRecordingUrlsRequest
    from ...models.vc_update_meeting_request import VcUpdateMeetingRequest
    from . import cancel_meeting as _cancel_meeting
    from . import control_meeting_member as _control_meeting_member
    from . import create_meeting as _create_meeting
    from . import fetch_meeting as _fetch_meeting
    from . import fetch_meeting_params as _fetch_meeting_params
    from . import fetch_meeting_statuses as _fetch_meeting_statuses
    from . import fetch_recording_download_urls as _fetch_recording_download_urls
    from . import fetch_videoconference_config as _fetch_videoconference_config
    from . import invite_meeting_members as _invite_meeting_members
    from . import list_active_meetings as _list_active_meetings
    from . import list_fixed_meeting_rooms as _list_fixed_meeting_rooms
    from . import list_meeting_member_records as _list_meeting_member_records
    from . import list_meeting_members as _list_meeting_members
    from . import list_meeting_recordings as _list_meeting_recordings
    from . import list_meeting_records as _list_meeting_records
    from . import list_meetings as _list_meetings
    from . import list_past_meetings as _list_past_meetings
    from . import stop_meeting as _stop_meeting
    from . import subscribe_meeting_events as _subscribe_meeting_events
    from . import update_meeting as _update_meeting
else:
    VcConfigRequest = Deferred(__name__, "...models.vc_config_request", "VcConfigRequest")
    VcCreateMeetingRequest = Deferred(__name__, "...models.vc_create_meeting_request", "VcCreateMeetingRequest")
    VcEventSubscribeRequest = Deferred(__name__, "...models.vc_event_subscribe_request", "VcEventSubscribeRequest")
    VcInviteRequest = Deferred(__name__, "...models.vc_invite_request", "VcInviteRequest")
    VcMeetingListRequest = Deferred(__name__, "...models.vc_meeting_list_request", "VcMeetingListRequest")
    VcMeetingPageRequest = Deferred(__name__, "...models.vc_meeting_page_request", "VcMeetingPageRequest")
    VcMeetingParamsRequest = Deferred(__name__, "...models.vc_meeting_params_request", "VcMeetingParamsRequest")
    VcMeetingRecordListRequest = Deferred(
        __name__, "...models.vc_meeting_record_list_request", "VcMeetingRecordListRequest"
    )
    VcMeetingRequest = Deferred(__name__, "...models.vc_meeting_request", "VcMeetingRequest")
    VcMeetingStatusRequest = Deferred(__name__, "...models.vc_meeting_status_request", "VcMeetingStatusRequest")
    VcMemberControlRequest = Deferred(__name__, "...models.vc_member_control_request", "VcMemberControlRequest")
    VcOperatorPageRequest = Deferred(__name__, "...models.vc_operator_page_request", "VcOperatorPageRequest")
    VcRecordingUrlsRequest = Deferred(__name__, "...models.vc_recording_urls_request", "VcRecordingUrlsRequest")
    VcUpdateMeetingRequest = Deferred(__name__, "...models.vc_update_meeting_request", "VcUpdateMeetingRequest")
    _cancel_meeting = Deferred(__name__, ".cancel_meeting")
    _control_meeting_member = Deferred(__name__, ".control_meeting_member")
    _create_meeting = Deferred(__name__, ".create_meeting")
    _fetch_meeting = Deferred(__name__, ".fetch_meeting")
    _fetch_meeting_params = Deferred(__name__, ".fetch_meeting_params")
    _fetch_meeting_statuses = Deferred(__name__, ".fetch_meeting_statuses")
    _fetch_recording_download_urls = Deferred(__name__, ".fetch_recording_download_urls")
    _fetch_videoconference_config = Deferred(__name__, ".fetch_videoconference_config")
    _invite_meeting_members = Deferred(__name__, ".invite_meeting_members")
    _list_active_meetings = Deferred(__name__, ".list_active_meetings")
    _list_fixed_meeting_rooms = Deferred(__name__, ".list_fixed_meeting_rooms")
    _list_meeting_member_records = Deferred(__name__, ".list_meeting_member_records")
    _list_meeting_members = Deferred(__name__, ".list_meeting_members")
    _list_meeting_recordings = Deferred(__name__, ".list_meeting_recordings")
    _list_meeting_records = Deferred(__name__, ".list_meeting_records")
    _list_meetings = Deferred(__name__, ".list_meetings")
    _list_past_meetings = Deferred(__name__, ".list_past_meetings")
    _stop_meeting = Deferred(__name__, ".stop_meeting")
    _subscribe_meeting_events = Deferred(__name__, ".subscribe_meeting_events")
    _update_meeting = Deferred(__name__, ".update_meeting")


class VideoconferencesResource:
    """Operations tagged `videoconferences` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> VideoconferencesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return VideoconferencesResourceWithRawResponse(self)

    def cancel_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Cancel a meeting that has not started (stop_meeting ends a running one).

        The path keeps the platform's historical spelling `cancle`. A started meeting cannot be cancelled
        (errCode 105224); stop it instead. The answer's inner `code` is 0 when the meeting was cancelled.

        POST /xtra/videoconference/openapi/v1/meeting/cancle
        """
        return _cancel_meeting.sync(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def control_meeting_member(
        self,
        *,
        org_id: int,
        staff_id: str,
        mid: int,
        op_code: str,
        operator: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Act on one member of a running meeting as its host (mute, kick, make host, ...).

        `opCode` is sent as given; the platform decides what it accepts and answers errCode 105601 for an
        unknown one. Known values: kick, quit, join, handup, openScreenShare, closeScreenShare, openVideo,
        closeVideo, mute, applyVideo, shareVideo, cancelShareVideo, remove, call, enforceOpenVideo,
        setJoinHost, cancelJoinHost, inviteOpenAudio, setHost, grabHost. It acts on one member only: muteall
        / unmuteall and applyAudio are refused.

        POST /xtra/videoconference/openapi/v1/meeting/member/control
        """
        return _control_meeting_member.sync(
            client=self._http,
            body=with_extra(
                VcMemberControlRequest(
                    org_id,
                    staff_id,
                    mid,
                    op_code,
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_meeting(
        self,
        *,
        subject: str,
        start_time: int,
        member: list[VcMember],
        org_id: int,
        auto_record: VcAutoRecord | Unset = 0,
        type_: VcMeetingType | Unset = 1,
        group_new: int | Unset = 0,
        conf_password: str | Unset = "",
        control_password: str | Unset = "",
        ext_attr: str | Unset = "",
        mask_type: int | Unset = 0,
        join_mute: int | Unset = UNSET,
        open_mute: int | Unset = UNSET,
        enable_pre_join: int | Unset = UNSET,
        invite_admin: int | Unset = UNSET,
        user_stop_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeeting:
        """Create an instant or a reserved meeting with its members.

        `member` needs exactly one member with role `admin` (the host); the platform refuses anything else
        with errCode 105230. A reserved meeting (`type` 1) must start in the future (105204 otherwise). The
        platform's SDK always sends autoRecord, type, groupNew, confPassword, controlPassword, extAttr and
        maskType, so they have its defaults here.

        POST /xtra/videoconference/openapi/v1/meeting/create
        """
        return _create_meeting.sync(
            client=self._http,
            body=with_extra(
                VcCreateMeetingRequest(
                    subject,
                    start_time,
                    member,
                    org_id,
                    auto_record,
                    type_,
                    group_new,
                    conf_password,
                    control_password,
                    ext_attr,
                    mask_type,
                    join_mute,
                    open_mute,
                    enable_pre_join,
                    invite_admin,
                    user_stop_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeeting:
        """Fetch a meeting by its id (mid).

        POST /xtra/videoconference/openapi/v1/meeting/detail
        """
        return _fetch_meeting.sync(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_meeting_params(
        self,
        *,
        org_id: int,
        meeting_number: str,
        operator: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingParams:
        """Fetch a meeting by its meeting number, e.g. to learn its mid (platform PRS >= 3.8).

        POST /xtra/videoconference/openapi/v1/meeting/param/fetch
        """
        return _fetch_meeting_params.sync(
            client=self._http,
            body=with_extra(
                VcMeetingParamsRequest(
                    org_id,
                    meeting_number,
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_meeting_statuses(
        self,
        *,
        org_id: int,
        mids: list[int],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingStatusList:
        """Fetch the status of several meetings at once.

        POST /xtra/videoconference/openapi/v1/meeting/status/fetchmore
        """
        return _fetch_meeting_statuses.sync(
            client=self._http,
            body=with_extra(
                VcMeetingStatusRequest(
                    org_id,
                    mids,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_recording_download_urls(
        self,
        *,
        org_id: int,
        operator: str,
        vods: list[VcRecordingRef],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcRecordingUrls:
        """Fetch download URLs for one to three recordings.

        At most three recordings per call (errCode 105103 beyond that); errCode 105102 means the operator
        may not download them.

        POST /xtra/videoconference/openapi/v1/vod/url/download/fetch
        """
        return _fetch_recording_download_urls.sync(
            client=self._http,
            body=with_extra(
                VcRecordingUrlsRequest(
                    org_id,
                    operator,
                    vods,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_videoconference_config(
        self,
        *,
        org_id: int,
        meeting_number: str | Unset = UNSET,
        operator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcConfig:
        """Fetch the org's videoconference limits and switches (platform PRS >= 3.8).

        A cheap way to check that the org has the capability at all (errCode 105100 / 105106 otherwise).
        With `meetingNumber`, answers the configuration of the org that owns that meeting.

        POST /xtra/videoconference/openapi/v1/conf/fetch
        """
        return _fetch_videoconference_config.sync(
            client=self._http,
            body=with_extra(
                VcConfigRequest(
                    org_id,
                    meeting_number,
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def invite_meeting_members(
        self,
        *,
        org_id: int,
        operator: str,
        meeting_number: str,
        member: list[VcInvitee],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Invite people or devices into a running meeting, named by its meeting number.

        Each invitee needs staffId, employeeName and type, and audio and video (0 on, 1 off; defaulted to 0
        as the platform's SDK does); the platform refuses incomplete ones with errCode 105263. Invitees have
        no role.

        POST /xtra/videoconference/openapi/v1/meeting/member/invite
        """
        return _invite_meeting_members.sync(
            client=self._http,
            body=with_extra(
                VcInviteRequest(
                    org_id,
                    operator,
                    meeting_number,
                    member,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_active_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List the operator's running and reserved meetings, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/active/fetch
        """
        return _list_active_meetings.sync(
            client=self._http,
            body=with_extra(
                VcOperatorPageRequest(
                    org_id,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_active_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcMeeting]:
        """Every item of `list_active_meetings`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_active_meetings(
                org_id=org_id,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def list_fixed_meeting_rooms(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcFixedRoomPage:
        """List the org's fixed (cloud) meeting rooms, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/fixroom/list
        """
        return _list_fixed_meeting_rooms.sync(
            client=self._http,
            body=with_extra(
                VcOperatorPageRequest(
                    org_id,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_fixed_meeting_rooms(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcFixedRoom]:
        """Every item of `list_fixed_meeting_rooms`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_fixed_meeting_rooms(
                org_id=org_id,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def list_meeting_member_records(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMemberRecordPage:
        """List when a meeting's members joined and left, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/member/simplerecord
        """
        return _list_meeting_member_records.sync(
            client=self._http,
            body=with_extra(
                VcMeetingPageRequest(
                    org_id,
                    mid,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meeting_member_records(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcMemberRecord]:
        """Every item of `list_meeting_member_records`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_meeting_member_records(
                org_id=org_id,
                mid=mid,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def list_meeting_members(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMemberPage:
        """List a meeting's members, one page at a time.

        The platform documents this as a GET with a JSON body; its SDK sends a POST, like every other
        operation here, and so does this one.

        POST /xtra/videoconference/openapi/v1/meeting/member/list
        """
        return _list_meeting_members.sync(
            client=self._http,
            body=with_extra(
                VcMeetingPageRequest(
                    org_id,
                    mid,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meeting_members(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcMeetingMember]:
        """Every item of `list_meeting_members`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_meeting_members(
                org_id=org_id,
                mid=mid,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def list_meeting_recordings(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcRecordingList:
        """List the recordings (vods) of a meeting.

        POST /xtra/videoconference/openapi/v1/meeting/vod/list
        """
        return _list_meeting_recordings.sync(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_meeting_records(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        admin: str | Unset = "",
        create_source: VcCreateSource | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List meeting records in a time range, filtered by host and by where the meetings were created.

        `createSource` filters by origin and defaults to 0 (the platform's own clients), as in the
        platform's SDK; meetings created through this API are origin 1 (VC_CREATE_SOURCE_THIRD_PARTY).
        `admin` is a host's staff id, empty for any host. The platform documents the records no further;
        they are read as meeting objects, and fields those do not name are kept.

        POST /xtra/videoconference/openapi/v1/meeting/record/list
        """
        return _list_meeting_records.sync(
            client=self._http,
            body=with_extra(
                VcMeetingRecordListRequest(
                    org_id,
                    start_time,
                    end_time,
                    limit,
                    offset,
                    admin,
                    create_source,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meeting_records(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        admin: str | Unset = "",
        create_source: VcCreateSource | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcMeeting]:
        """Every item of `list_meeting_records`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_meeting_records(
                org_id=org_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=position,
                admin=admin,
                create_source=create_source,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def list_meetings(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        fetch_range: VcFetchRange | Unset = "all",
        staff_id: str | Unset = "",
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List the org's meetings in a time range, one page (limit / offset) at a time.

        `fetchRange` picks whose meetings: `my` (the acting user's), `all` (the org's) or `person` (those of
        `staffId`, which that range requires). staffId is always sent, empty unless given, as the platform's
        SDK does.

        POST /xtra/videoconference/openapi/v1/meeting/list
        """
        return _list_meetings.sync(
            client=self._http,
            body=with_extra(
                VcMeetingListRequest(
                    org_id,
                    start_time,
                    end_time,
                    limit,
                    offset,
                    fetch_range,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meetings(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        fetch_range: VcFetchRange | Unset = "all",
        staff_id: str | Unset = "",
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcMeeting]:
        """Every item of `list_meetings`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_meetings(
                org_id=org_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=position,
                fetch_range=fetch_range,
                staff_id=staff_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def list_past_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List the meetings the operator took part in that are over, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/history/fetch
        """
        return _list_past_meetings.sync(
            client=self._http,
            body=with_extra(
                VcOperatorPageRequest(
                    org_id,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_past_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[VcMeeting]:
        """Every item of `list_past_meetings`, fetching page after page from offset 0.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_past_meetings(
                org_id=org_id,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    def stop_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """End a running meeting.

        The answer's inner `code` is 0 when the meeting was ended; a meeting that is not running answers an
        inner code such as 105213 (会议未开始或已结束) with errCode 0.

        POST /xtra/videoconference/openapi/v1/meeting/stop
        """
        return _stop_meeting.sync(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def subscribe_meeting_events(
        self,
        *,
        org_id: int,
        mid: int,
        events: list[VcEventSubscription],
        call_back_info: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Subscribe to a meeting's status-change events.

        The platform documents neither the event item keys nor their values: its SDK's test sends
        `{"eventType": "meeting.start"}`, its CLI names such as `meeting_status_change` and `member_join`.
        Items are sent as given.

        POST /xtra/videoconference/openapi/v1/meeting/events/subscribe
        """
        return _subscribe_meeting_events.sync(
            client=self._http,
            body=with_extra(
                VcEventSubscribeRequest(
                    org_id,
                    mid,
                    events,
                    call_back_info,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        subject: str,
        start_time: int,
        member: list[VcMember],
        auto_record: VcAutoRecord | Unset = 0,
        type_: VcMeetingType | Unset = 1,
        group_new: int | Unset = 0,
        conf_password: str | Unset = "",
        control_password: str | Unset = "",
        user_stop_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeeting | None:
        """Replace the settings and members of a meeting that has not started.

        Every setting is sent, so leaving one out resets it to its default. Without `userStopTime` the
        platform resets the meeting's end to its start + 24 h. `member` needs exactly one `admin` (105230
        otherwise). The platform answers the updated meeting (older answers carried `{code, message}`, kept
        as additional properties).

        POST /xtra/videoconference/openapi/v1/meeting/modify
        """
        return _update_meeting.sync(
            client=self._http,
            body=with_extra(
                VcUpdateMeetingRequest(
                    org_id,
                    operator,
                    mid,
                    subject,
                    start_time,
                    member,
                    auto_record,
                    type_,
                    group_new,
                    conf_password,
                    control_password,
                    user_stop_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class VideoconferencesResourceWithRawResponse:
    """Every operation of `VideoconferencesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: VideoconferencesResource) -> None:
        self.cancel_meeting = raw_method(resource.cancel_meeting, TABLE)
        self.control_meeting_member = raw_method(resource.control_meeting_member, TABLE)
        self.create_meeting = raw_method(resource.create_meeting, TABLE)
        self.fetch_meeting = raw_method(resource.fetch_meeting, TABLE)
        self.fetch_meeting_params = raw_method(resource.fetch_meeting_params, TABLE)
        self.fetch_meeting_statuses = raw_method(resource.fetch_meeting_statuses, TABLE)
        self.fetch_recording_download_urls = raw_method(resource.fetch_recording_download_urls, TABLE)
        self.fetch_videoconference_config = raw_method(resource.fetch_videoconference_config, TABLE)
        self.invite_meeting_members = raw_method(resource.invite_meeting_members, TABLE)
        self.list_active_meetings = raw_method(resource.list_active_meetings, TABLE)
        self.list_fixed_meeting_rooms = raw_method(resource.list_fixed_meeting_rooms, TABLE)
        self.list_meeting_member_records = raw_method(resource.list_meeting_member_records, TABLE)
        self.list_meeting_members = raw_method(resource.list_meeting_members, TABLE)
        self.list_meeting_recordings = raw_method(resource.list_meeting_recordings, TABLE)
        self.list_meeting_records = raw_method(resource.list_meeting_records, TABLE)
        self.list_meetings = raw_method(resource.list_meetings, TABLE)
        self.list_past_meetings = raw_method(resource.list_past_meetings, TABLE)
        self.stop_meeting = raw_method(resource.stop_meeting, TABLE)
        self.subscribe_meeting_events = raw_method(resource.subscribe_meeting_events, TABLE)
        self.update_meeting = raw_method(resource.update_meeting, TABLE)


class AsyncVideoconferencesResource:
    """Operations tagged `videoconferences` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncVideoconferencesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncVideoconferencesResourceWithRawResponse(self)

    async def cancel_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Cancel a meeting that has not started (stop_meeting ends a running one).

        The path keeps the platform's historical spelling `cancle`. A started meeting cannot be cancelled
        (errCode 105224); stop it instead. The answer's inner `code` is 0 when the meeting was cancelled.

        POST /xtra/videoconference/openapi/v1/meeting/cancle
        """
        return await _cancel_meeting.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def control_meeting_member(
        self,
        *,
        org_id: int,
        staff_id: str,
        mid: int,
        op_code: str,
        operator: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Act on one member of a running meeting as its host (mute, kick, make host, ...).

        `opCode` is sent as given; the platform decides what it accepts and answers errCode 105601 for an
        unknown one. Known values: kick, quit, join, handup, openScreenShare, closeScreenShare, openVideo,
        closeVideo, mute, applyVideo, shareVideo, cancelShareVideo, remove, call, enforceOpenVideo,
        setJoinHost, cancelJoinHost, inviteOpenAudio, setHost, grabHost. It acts on one member only: muteall
        / unmuteall and applyAudio are refused.

        POST /xtra/videoconference/openapi/v1/meeting/member/control
        """
        return await _control_meeting_member.asyncio(
            client=self._http,
            body=with_extra(
                VcMemberControlRequest(
                    org_id,
                    staff_id,
                    mid,
                    op_code,
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_meeting(
        self,
        *,
        subject: str,
        start_time: int,
        member: list[VcMember],
        org_id: int,
        auto_record: VcAutoRecord | Unset = 0,
        type_: VcMeetingType | Unset = 1,
        group_new: int | Unset = 0,
        conf_password: str | Unset = "",
        control_password: str | Unset = "",
        ext_attr: str | Unset = "",
        mask_type: int | Unset = 0,
        join_mute: int | Unset = UNSET,
        open_mute: int | Unset = UNSET,
        enable_pre_join: int | Unset = UNSET,
        invite_admin: int | Unset = UNSET,
        user_stop_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeeting:
        """Create an instant or a reserved meeting with its members.

        `member` needs exactly one member with role `admin` (the host); the platform refuses anything else
        with errCode 105230. A reserved meeting (`type` 1) must start in the future (105204 otherwise). The
        platform's SDK always sends autoRecord, type, groupNew, confPassword, controlPassword, extAttr and
        maskType, so they have its defaults here.

        POST /xtra/videoconference/openapi/v1/meeting/create
        """
        return await _create_meeting.asyncio(
            client=self._http,
            body=with_extra(
                VcCreateMeetingRequest(
                    subject,
                    start_time,
                    member,
                    org_id,
                    auto_record,
                    type_,
                    group_new,
                    conf_password,
                    control_password,
                    ext_attr,
                    mask_type,
                    join_mute,
                    open_mute,
                    enable_pre_join,
                    invite_admin,
                    user_stop_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeeting:
        """Fetch a meeting by its id (mid).

        POST /xtra/videoconference/openapi/v1/meeting/detail
        """
        return await _fetch_meeting.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_meeting_params(
        self,
        *,
        org_id: int,
        meeting_number: str,
        operator: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingParams:
        """Fetch a meeting by its meeting number, e.g. to learn its mid (platform PRS >= 3.8).

        POST /xtra/videoconference/openapi/v1/meeting/param/fetch
        """
        return await _fetch_meeting_params.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingParamsRequest(
                    org_id,
                    meeting_number,
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_meeting_statuses(
        self,
        *,
        org_id: int,
        mids: list[int],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingStatusList:
        """Fetch the status of several meetings at once.

        POST /xtra/videoconference/openapi/v1/meeting/status/fetchmore
        """
        return await _fetch_meeting_statuses.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingStatusRequest(
                    org_id,
                    mids,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_recording_download_urls(
        self,
        *,
        org_id: int,
        operator: str,
        vods: list[VcRecordingRef],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcRecordingUrls:
        """Fetch download URLs for one to three recordings.

        At most three recordings per call (errCode 105103 beyond that); errCode 105102 means the operator
        may not download them.

        POST /xtra/videoconference/openapi/v1/vod/url/download/fetch
        """
        return await _fetch_recording_download_urls.asyncio(
            client=self._http,
            body=with_extra(
                VcRecordingUrlsRequest(
                    org_id,
                    operator,
                    vods,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_videoconference_config(
        self,
        *,
        org_id: int,
        meeting_number: str | Unset = UNSET,
        operator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcConfig:
        """Fetch the org's videoconference limits and switches (platform PRS >= 3.8).

        A cheap way to check that the org has the capability at all (errCode 105100 / 105106 otherwise).
        With `meetingNumber`, answers the configuration of the org that owns that meeting.

        POST /xtra/videoconference/openapi/v1/conf/fetch
        """
        return await _fetch_videoconference_config.asyncio(
            client=self._http,
            body=with_extra(
                VcConfigRequest(
                    org_id,
                    meeting_number,
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def invite_meeting_members(
        self,
        *,
        org_id: int,
        operator: str,
        meeting_number: str,
        member: list[VcInvitee],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Invite people or devices into a running meeting, named by its meeting number.

        Each invitee needs staffId, employeeName and type, and audio and video (0 on, 1 off; defaulted to 0
        as the platform's SDK does); the platform refuses incomplete ones with errCode 105263. Invitees have
        no role.

        POST /xtra/videoconference/openapi/v1/meeting/member/invite
        """
        return await _invite_meeting_members.asyncio(
            client=self._http,
            body=with_extra(
                VcInviteRequest(
                    org_id,
                    operator,
                    meeting_number,
                    member,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_active_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List the operator's running and reserved meetings, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/active/fetch
        """
        return await _list_active_meetings.asyncio(
            client=self._http,
            body=with_extra(
                VcOperatorPageRequest(
                    org_id,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_active_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcMeeting]:
        """Every item of `list_active_meetings`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_active_meetings(
                org_id=org_id,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def list_fixed_meeting_rooms(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcFixedRoomPage:
        """List the org's fixed (cloud) meeting rooms, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/fixroom/list
        """
        return await _list_fixed_meeting_rooms.asyncio(
            client=self._http,
            body=with_extra(
                VcOperatorPageRequest(
                    org_id,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_fixed_meeting_rooms(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcFixedRoom]:
        """Every item of `list_fixed_meeting_rooms`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_fixed_meeting_rooms(
                org_id=org_id,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def list_meeting_member_records(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMemberRecordPage:
        """List when a meeting's members joined and left, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/member/simplerecord
        """
        return await _list_meeting_member_records.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingPageRequest(
                    org_id,
                    mid,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meeting_member_records(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcMemberRecord]:
        """Every item of `list_meeting_member_records`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_meeting_member_records(
                org_id=org_id,
                mid=mid,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def list_meeting_members(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMemberPage:
        """List a meeting's members, one page at a time.

        The platform documents this as a GET with a JSON body; its SDK sends a POST, like every other
        operation here, and so does this one.

        POST /xtra/videoconference/openapi/v1/meeting/member/list
        """
        return await _list_meeting_members.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingPageRequest(
                    org_id,
                    mid,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meeting_members(
        self,
        *,
        org_id: int,
        mid: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcMeetingMember]:
        """Every item of `list_meeting_members`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_meeting_members(
                org_id=org_id,
                mid=mid,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def list_meeting_recordings(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcRecordingList:
        """List the recordings (vods) of a meeting.

        POST /xtra/videoconference/openapi/v1/meeting/vod/list
        """
        return await _list_meeting_recordings.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_meeting_records(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        admin: str | Unset = "",
        create_source: VcCreateSource | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List meeting records in a time range, filtered by host and by where the meetings were created.

        `createSource` filters by origin and defaults to 0 (the platform's own clients), as in the
        platform's SDK; meetings created through this API are origin 1 (VC_CREATE_SOURCE_THIRD_PARTY).
        `admin` is a host's staff id, empty for any host. The platform documents the records no further;
        they are read as meeting objects, and fields those do not name are kept.

        POST /xtra/videoconference/openapi/v1/meeting/record/list
        """
        return await _list_meeting_records.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingRecordListRequest(
                    org_id,
                    start_time,
                    end_time,
                    limit,
                    offset,
                    admin,
                    create_source,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meeting_records(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        admin: str | Unset = "",
        create_source: VcCreateSource | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcMeeting]:
        """Every item of `list_meeting_records`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_meeting_records(
                org_id=org_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=position,
                admin=admin,
                create_source=create_source,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def list_meetings(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        fetch_range: VcFetchRange | Unset = "all",
        staff_id: str | Unset = "",
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List the org's meetings in a time range, one page (limit / offset) at a time.

        `fetchRange` picks whose meetings: `my` (the acting user's), `all` (the org's) or `person` (those of
        `staffId`, which that range requires). staffId is always sent, empty unless given, as the platform's
        SDK does.

        POST /xtra/videoconference/openapi/v1/meeting/list
        """
        return await _list_meetings.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingListRequest(
                    org_id,
                    start_time,
                    end_time,
                    limit,
                    offset,
                    fetch_range,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_meetings(
        self,
        *,
        org_id: int,
        start_time: int,
        end_time: int,
        limit: int | Unset = 10,
        fetch_range: VcFetchRange | Unset = "all",
        staff_id: str | Unset = "",
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcMeeting]:
        """Every item of `list_meetings`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_meetings(
                org_id=org_id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                offset=position,
                fetch_range=fetch_range,
                staff_id=staff_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def list_past_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeetingPage:
        """List the meetings the operator took part in that are over, one page at a time.

        POST /xtra/videoconference/openapi/v1/meeting/history/fetch
        """
        return await _list_past_meetings.asyncio(
            client=self._http,
            body=with_extra(
                VcOperatorPageRequest(
                    org_id,
                    operator,
                    limit,
                    offset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_past_meetings(
        self,
        *,
        org_id: int,
        operator: str,
        limit: int | Unset = 10,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[VcMeeting]:
        """Every item of `list_past_meetings`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_past_meetings(
                org_id=org_id,
                operator=operator,
                limit=limit,
                offset=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.items,
            total=lambda data: data.total,
            advance=next_offset,
        )

    async def stop_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """End a running meeting.

        The answer's inner `code` is 0 when the meeting was ended; a meeting that is not running answers an
        inner code such as 105213 (会议未开始或已结束) with errCode 0.

        POST /xtra/videoconference/openapi/v1/meeting/stop
        """
        return await _stop_meeting.asyncio(
            client=self._http,
            body=with_extra(
                VcMeetingRequest(
                    org_id,
                    operator,
                    mid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def subscribe_meeting_events(
        self,
        *,
        org_id: int,
        mid: int,
        events: list[VcEventSubscription],
        call_back_info: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcOpResult | None:
        """Subscribe to a meeting's status-change events.

        The platform documents neither the event item keys nor their values: its SDK's test sends
        `{"eventType": "meeting.start"}`, its CLI names such as `meeting_status_change` and `member_join`.
        Items are sent as given.

        POST /xtra/videoconference/openapi/v1/meeting/events/subscribe
        """
        return await _subscribe_meeting_events.asyncio(
            client=self._http,
            body=with_extra(
                VcEventSubscribeRequest(
                    org_id,
                    mid,
                    events,
                    call_back_info,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_meeting(
        self,
        *,
        org_id: int,
        operator: str,
        mid: int,
        subject: str,
        start_time: int,
        member: list[VcMember],
        auto_record: VcAutoRecord | Unset = 0,
        type_: VcMeetingType | Unset = 1,
        group_new: int | Unset = 0,
        conf_password: str | Unset = "",
        control_password: str | Unset = "",
        user_stop_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> VcMeeting | None:
        """Replace the settings and members of a meeting that has not started.

        Every setting is sent, so leaving one out resets it to its default. Without `userStopTime` the
        platform resets the meeting's end to its start + 24 h. `member` needs exactly one `admin` (105230
        otherwise). The platform answers the updated meeting (older answers carried `{code, message}`, kept
        as additional properties).

        POST /xtra/videoconference/openapi/v1/meeting/modify
        """
        return await _update_meeting.asyncio(
            client=self._http,
            body=with_extra(
                VcUpdateMeetingRequest(
                    org_id,
                    operator,
                    mid,
                    subject,
                    start_time,
                    member,
                    auto_record,
                    type_,
                    group_new,
                    conf_password,
                    control_password,
                    user_stop_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncVideoconferencesResourceWithRawResponse:
    """Every operation of `AsyncVideoconferencesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncVideoconferencesResource) -> None:
        self.cancel_meeting = araw_method(resource.cancel_meeting, TABLE)
        self.control_meeting_member = araw_method(resource.control_meeting_member, TABLE)
        self.create_meeting = araw_method(resource.create_meeting, TABLE)
        self.fetch_meeting = araw_method(resource.fetch_meeting, TABLE)
        self.fetch_meeting_params = araw_method(resource.fetch_meeting_params, TABLE)
        self.fetch_meeting_statuses = araw_method(resource.fetch_meeting_statuses, TABLE)
        self.fetch_recording_download_urls = araw_method(resource.fetch_recording_download_urls, TABLE)
        self.fetch_videoconference_config = araw_method(resource.fetch_videoconference_config, TABLE)
        self.invite_meeting_members = araw_method(resource.invite_meeting_members, TABLE)
        self.list_active_meetings = araw_method(resource.list_active_meetings, TABLE)
        self.list_fixed_meeting_rooms = araw_method(resource.list_fixed_meeting_rooms, TABLE)
        self.list_meeting_member_records = araw_method(resource.list_meeting_member_records, TABLE)
        self.list_meeting_members = araw_method(resource.list_meeting_members, TABLE)
        self.list_meeting_recordings = araw_method(resource.list_meeting_recordings, TABLE)
        self.list_meeting_records = araw_method(resource.list_meeting_records, TABLE)
        self.list_meetings = araw_method(resource.list_meetings, TABLE)
        self.list_past_meetings = araw_method(resource.list_past_meetings, TABLE)
        self.stop_meeting = araw_method(resource.stop_meeting, TABLE)
        self.subscribe_meeting_events = araw_method(resource.subscribe_meeting_events, TABLE)
        self.update_meeting = araw_method(resource.update_meeting, TABLE)


__all__ = ["AsyncVideoconferencesResource", "VideoconferencesResource"]
