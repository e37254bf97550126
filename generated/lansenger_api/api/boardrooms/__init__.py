# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `boardrooms` resource: its operations as methods, sync and async."""

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
    from ...models.boardroom import Boardroom
    from ...models.boardroom_area import BoardroomArea
    from ...models.boardroom_area_list_request import BoardroomAreaListRequest
    from ...models.boardroom_booking import BoardroomBooking
    from ...models.boardroom_booking_cancel_request import BoardroomBookingCancelRequest
    from ...models.boardroom_booking_confirm_request import BoardroomBookingConfirmRequest
    from ...models.boardroom_booking_fetch_request import BoardroomBookingFetchRequest
    from ...models.boardroom_booking_list_request import BoardroomBookingListRequest
    from ...models.boardroom_booking_page import BoardroomBookingPage
    from ...models.boardroom_booking_request import BoardroomBookingRequest
    from ...models.boardroom_booking_update_request import BoardroomBookingUpdateRequest
    from ...models.boardroom_cancel_type import BoardroomCancelType, check_boardroom_cancel_type
    from ...models.boardroom_edit_type import BoardroomEditType, check_boardroom_edit_type
    from ...models.boardroom_fetch_request import BoardroomFetchRequest
    from ...models.boardroom_grading import BoardroomGrading
    from ...models.boardroom_grading_list_request import BoardroomGradingListRequest
    from ...models.boardroom_list_request import BoardroomListRequest
    from ...models.boardroom_notice_time import BoardroomNoticeTime, check_boardroom_notice_time
    from ...models.boardroom_page import BoardroomPage
    from ...models.boardroom_reserve_type import BoardroomReserveType, check_boardroom_reserve_type
    from ...models.boardroom_schedule import BoardroomSchedule
    from ...models.boardroom_schedule_request import BoardroomScheduleRequest
    from . import cancel_boardroom_booking as _cancel_boardroom_booking
    from . import confirm_boardroom_booking as _confirm_boardroom_booking
    from . import create_boardroom_booking as _create_boardroom_booking
    from . import fetch_boardroom as _fetch_boardroom
    from . import fetch_boardroom_booking as _fetch_boardroom_booking
    from . import fetch_boardroom_schedule as _fetch_boardroom_schedule
    from . import list_boardroom_areas as _list_boardroom_areas
    from . import list_boardroom_gradings as _list_boardroom_gradings
    from . import list_boardrooms as _list_boardrooms
    from . import list_my_boardroom_bookings as _list_my_boardroom_bookings
    from . import update_boardroom_booking as _update_boardroom_booking
else:
    BoardroomAreaListRequest = Deferred(__name__, "...models.boardroom_area_list_request", "BoardroomAreaListRequest")
    BoardroomBookingCancelRequest = Deferred(
        __name__, "...models.boardroom_booking_cancel_request", "BoardroomBookingCancelRequest"
    )
    BoardroomBookingConfirmRequest = Deferred(
        __name__, "...models.boardroom_booking_confirm_request", "BoardroomBookingConfirmRequest"
    )
    BoardroomBookingFetchRequest = Deferred(
        __name__, "...models.boardroom_booking_fetch_request", "BoardroomBookingFetchRequest"
    )
    BoardroomBookingListRequest = Deferred(
        __name__, "...models.boardroom_booking_list_request", "BoardroomBookingListRequest"
    )
    BoardroomBookingRequest = Deferred(__name__, "...models.boardroom_booking_request", "BoardroomBookingRequest")
    BoardroomBookingUpdateRequest = Deferred(
        __name__, "...models.boardroom_booking_update_request", "BoardroomBookingUpdateRequest"
    )
    BoardroomFetchRequest = Deferred(__name__, "...models.boardroom_fetch_request", "BoardroomFetchRequest")
    BoardroomGradingListRequest = Deferred(
        __name__, "...models.boardroom_grading_list_request", "BoardroomGradingListRequest"
    )
    BoardroomListRequest = Deferred(__name__, "...models.boardroom_list_request", "BoardroomListRequest")
    BoardroomScheduleRequest = Deferred(__name__, "...models.boardroom_schedule_request", "BoardroomScheduleRequest")
    _cancel_boardroom_booking = Deferred(__name__, ".cancel_boardroom_booking")
    _confirm_boardroom_booking = Deferred(__name__, ".confirm_boardroom_booking")
    _create_boardroom_booking = Deferred(__name__, ".create_boardroom_booking")
    _fetch_boardroom = Deferred(__name__, ".fetch_boardroom")
    _fetch_boardroom_booking = Deferred(__name__, ".fetch_boardroom_booking")
    _fetch_boardroom_schedule = Deferred(__name__, ".fetch_boardroom_schedule")
    _list_boardroom_areas = Deferred(__name__, ".list_boardroom_areas")
    _list_boardroom_gradings = Deferred(__name__, ".list_boardroom_gradings")
    _list_boardrooms = Deferred(__name__, ".list_boardrooms")
    _list_my_boardroom_bookings = Deferred(__name__, ".list_my_boardroom_bookings")
    _update_boardroom_booking = Deferred(__name__, ".update_boardroom_booking")


class BoardroomsResource:
    """Operations tagged `boardrooms` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> BoardroomsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return BoardroomsResourceWithRawResponse(self)

    def cancel_boardroom_booking(
        self,
        *,
        id: str,
        cancel_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        is_send: bool | Unset = UNSET,
        user_list: list[str] | Unset = UNSET,
        cancel_video: str | Unset = UNSET,
        cancel_type: BoardroomCancelType | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool | None:
        """Cancel a booking (only while approving, waiting for sign-in or booked, statuses 0, 1 and 5).

        POST /xtra/boardroom/server/openapi/v2/reserveCancel
        """
        return _cancel_boardroom_booking.sync(
            client=self._http,
            body=with_extra(
                BoardroomBookingCancelRequest(
                    id,
                    cancel_user_id,
                    org_id,
                    cancel_reason,
                    is_send,
                    user_list,
                    cancel_video,
                    cancel_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def confirm_boardroom_booking(
        self,
        *,
        id: str,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool | None:
        """Confirm a booking by its scan-code sign-in (only status 1, waiting for sign-in).

        POST /xtra/boardroom/server/openapi/v2/confirmSign
        """
        return _confirm_boardroom_booking.sync(
            client=self._http,
            body=with_extra(
                BoardroomBookingConfirmRequest(
                    id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_boardroom_booking(
        self,
        *,
        board_room_id: str,
        name: str,
        grading_id: str,
        reserve_time_start_str: str,
        reserve_time_end_str: str,
        notice_time: BoardroomNoticeTime,
        reserve_type: BoardroomReserveType | Unset = "0",
        reserve_user: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        toastmaster: str | Unset = UNSET,
        leader: str | Unset = UNSET,
        leader_attend: str | Unset = UNSET,
        people_number: str | Unset = UNSET,
        other_demand: str | Unset = UNSET,
        is_video: str | Unset = UNSET,
        video_name: str | Unset = UNSET,
        user_list: list[str] | Unset = UNSET,
        invitation_user_list: list[str] | Unset = UNSET,
        table_cards: str | Unset = UNSET,
        repeat_type: str | Unset = UNSET,
        repeat_days: list[int] | Unset = UNSET,
        skip: str | Unset = UNSET,
        repeat_end_date_str: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBooking:
        """Book a meeting room, once or repeating.

        A repeating booking (reserveType "1") also needs repeatType and repeatDays, and usually
        repeatEndDateStr. Depending on the room the booking starts approved (status 5), waiting for a scan-
        code sign-in (1) or waiting for approval (0).

        POST /xtra/boardroom/server/openapi/v2/reserveRoom
        """
        return _create_boardroom_booking.sync(
            client=self._http,
            body=with_extra(
                BoardroomBookingRequest(
                    board_room_id,
                    name,
                    grading_id,
                    reserve_time_start_str,
                    reserve_time_end_str,
                    notice_time,
                    reserve_type,
                    reserve_user,
                    org_id,
                    toastmaster,
                    leader,
                    leader_attend,
                    people_number,
                    other_demand,
                    is_video,
                    video_name,
                    user_list,
                    invitation_user_list,
                    table_cards,
                    repeat_type,
                    repeat_days,
                    skip,
                    repeat_end_date_str,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_boardroom(
        self,
        *,
        id: str,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Boardroom:
        """A meeting room's details, its equipment and service staff included.

        POST /xtra/boardroom/server/openapi/v2/roomDetail
        """
        return _fetch_boardroom.sync(
            client=self._http,
            body=with_extra(
                BoardroomFetchRequest(
                    id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_boardroom_booking(
        self,
        *,
        reserve_room_id: str,
        grading_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBooking:
        """A booking's details, its attendees and approval flow included.

        POST /xtra/boardroom/server/openapi/v2/reserveDetail
        """
        return _fetch_boardroom_booking.sync(
            client=self._http,
            body=with_extra(
                BoardroomBookingFetchRequest(
                    reserve_room_id,
                    grading_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_boardroom_schedule(
        self,
        *,
        room_id: str,
        query_date: str,
        grading_id: str,
        reserve_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomSchedule:
        """A meeting room's bookings and closures on one date.

        POST /xtra/boardroom/server/openapi/v2/roomSchedule
        """
        return _fetch_boardroom_schedule.sync(
            client=self._http,
            body=with_extra(
                BoardroomScheduleRequest(
                    room_id,
                    query_date,
                    grading_id,
                    reserve_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_boardroom_areas(
        self,
        *,
        grading_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[BoardroomArea]:
        """The office areas of a grading, with their floors.

        The answer's data is the array itself.

        POST /xtra/boardroom/server/openapi/v2/areaOfficeList
        """
        return _list_boardroom_areas.sync(
            client=self._http,
            body=with_extra(
                BoardroomAreaListRequest(
                    grading_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_boardroom_gradings(
        self,
        *,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[BoardroomGrading]:
        """The gradings (booking zones) the user may see; their `id` is the gradingId of the other operations.

        The body may be empty. The answer's data is the array itself.

        POST /xtra/boardroom/server/openapi/v2/gradingList
        """
        return _list_boardroom_gradings.sync(
            client=self._http,
            body=with_extra(
                BoardroomGradingListRequest(
                    lx_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_boardrooms(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 10,
        grading_id: str | Unset = UNSET,
        area_office_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        equipment: list[str] | Unset = UNSET,
        reserve_time_start_str: str | Unset = UNSET,
        reserve_time_end_str: str | Unset = UNSET,
        query_date: str | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomPage:
        """One page of meeting rooms, filtered by area, floor, equipment and free time.

        Paged in the JSON body: `page` (from 1) and `limit`, both always sent; `count` in the answer is how
        many rooms match.

        POST /xtra/boardroom/server/openapi/v2/roomList
        """
        return _list_boardrooms.sync(
            client=self._http,
            body=with_extra(
                BoardroomListRequest(
                    page,
                    limit,
                    grading_id,
                    area_office_id,
                    area_office_fooler_ids,
                    equipment,
                    reserve_time_start_str,
                    reserve_time_end_str,
                    query_date,
                    lx_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_boardrooms(
        self,
        *,
        limit: int | Unset = 10,
        grading_id: str | Unset = UNSET,
        area_office_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        equipment: list[str] | Unset = UNSET,
        reserve_time_start_str: str | Unset = UNSET,
        reserve_time_end_str: str | Unset = UNSET,
        query_date: str | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[Boardroom]:
        """Every item of `list_boardrooms`, fetching page after page from page 1.

        Stops once `count` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_boardrooms(
                page=position,
                limit=limit,
                grading_id=grading_id,
                area_office_id=area_office_id,
                area_office_fooler_ids=area_office_fooler_ids,
                equipment=equipment,
                reserve_time_start_str=reserve_time_start_str,
                reserve_time_end_str=reserve_time_end_str,
                query_date=query_date,
                lx_user_id=lx_user_id,
                org_id=org_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.data,
            total=lambda data: data.count,
            advance=next_page,
        )

    def list_my_boardroom_bookings(
        self,
        *,
        grading_id: str,
        page: int | Unset = 1,
        limit: int | Unset = 10,
        keys: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        board_room_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBookingPage:
        """One page of the user's own bookings, filtered.

        Paged in the JSON body: `page` (from 1) and `limit`, both always sent; `count` in the answer is how
        many bookings match. The user is the user token's, else lxUserId.

        POST /xtra/boardroom/server/openapi/v2/myReserveList
        """
        return _list_my_boardroom_bookings.sync(
            client=self._http,
            body=with_extra(
                BoardroomBookingListRequest(
                    grading_id,
                    page,
                    limit,
                    keys,
                    start_time,
                    end_time,
                    board_room_id,
                    area_office_fooler_ids,
                    lx_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_my_boardroom_bookings(
        self,
        *,
        grading_id: str,
        limit: int | Unset = 10,
        keys: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        board_room_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[BoardroomBooking]:
        """Every item of `list_my_boardroom_bookings`, fetching page after page from page 1.

        Stops once `count` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_my_boardroom_bookings(
                grading_id=grading_id,
                page=position,
                limit=limit,
                keys=keys,
                start_time=start_time,
                end_time=end_time,
                board_room_id=board_room_id,
                area_office_fooler_ids=area_office_fooler_ids,
                lx_user_id=lx_user_id,
                org_id=org_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.data,
            total=lambda data: data.count,
            advance=next_page,
        )

    def update_boardroom_booking(
        self,
        *,
        board_room_id: str,
        name: str,
        grading_id: str,
        reserve_time_start_str: str,
        reserve_time_end_str: str,
        notice_time: BoardroomNoticeTime,
        id: str,
        edit_type: BoardroomEditType = "1",
        reserve_type: BoardroomReserveType | Unset = "0",
        reserve_user: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        toastmaster: str | Unset = UNSET,
        leader: str | Unset = UNSET,
        leader_attend: str | Unset = UNSET,
        people_number: str | Unset = UNSET,
        other_demand: str | Unset = UNSET,
        is_video: str | Unset = UNSET,
        video_name: str | Unset = UNSET,
        user_list: list[str] | Unset = UNSET,
        invitation_user_list: list[str] | Unset = UNSET,
        table_cards: str | Unset = UNSET,
        repeat_type: str | Unset = UNSET,
        repeat_days: list[int] | Unset = UNSET,
        skip: str | Unset = UNSET,
        repeat_end_date_str: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBooking | None:
        """Change a booking (only bookings without an approval flow).

        Send the whole booking again, as for create_boardroom_booking, plus its `id` and `editType` ("1"
        this booking only, the default; "2" this one and the following ones of its series).

        POST /xtra/boardroom/server/openapi/v2/editReserve
        """
        return _update_boardroom_booking.sync(
            client=self._http,
            body=with_extra(
                BoardroomBookingUpdateRequest(
                    board_room_id,
                    name,
                    grading_id,
                    reserve_time_start_str,
                    reserve_time_end_str,
                    notice_time,
                    id,
                    edit_type,
                    reserve_type,
                    reserve_user,
                    org_id,
                    toastmaster,
                    leader,
                    leader_attend,
                    people_number,
                    other_demand,
                    is_video,
                    video_name,
                    user_list,
                    invitation_user_list,
                    table_cards,
                    repeat_type,
                    repeat_days,
                    skip,
                    repeat_end_date_str,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BoardroomsResourceWithRawResponse:
    """Every operation of `BoardroomsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: BoardroomsResource) -> None:
        self.cancel_boardroom_booking = raw_method(resource.cancel_boardroom_booking, TABLE)
        self.confirm_boardroom_booking = raw_method(resource.confirm_boardroom_booking, TABLE)
        self.create_boardroom_booking = raw_method(resource.create_boardroom_booking, TABLE)
        self.fetch_boardroom = raw_method(resource.fetch_boardroom, TABLE)
        self.fetch_boardroom_booking = raw_method(resource.fetch_boardroom_booking, TABLE)
        self.fetch_boardroom_schedule = raw_method(resource.fetch_boardroom_schedule, TABLE)
        self.list_boardroom_areas = raw_method(resource.list_boardroom_areas, TABLE)
        self.list_boardroom_gradings = raw_method(resource.list_boardroom_gradings, TABLE)
        self.list_boardrooms = raw_method(resource.list_boardrooms, TABLE)
        self.list_my_boardroom_bookings = raw_method(resource.list_my_boardroom_bookings, TABLE)
        self.update_boardroom_booking = raw_method(resource.update_boardroom_booking, TABLE)


class AsyncBoardroomsResource:
    """Operations tagged `boardrooms` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncBoardroomsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncBoardroomsResourceWithRawResponse(self)

    async def cancel_boardroom_booking(
        self,
        *,
        id: str,
        cancel_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        cancel_reason: str | Unset = UNSET,
        is_send: bool | Unset = UNSET,
        user_list: list[str] | Unset = UNSET,
        cancel_video: str | Unset = UNSET,
        cancel_type: BoardroomCancelType | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool | None:
        """Cancel a booking (only while approving, waiting for sign-in or booked, statuses 0, 1 and 5).

        POST /xtra/boardroom/server/openapi/v2/reserveCancel
        """
        return await _cancel_boardroom_booking.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomBookingCancelRequest(
                    id,
                    cancel_user_id,
                    org_id,
                    cancel_reason,
                    is_send,
                    user_list,
                    cancel_video,
                    cancel_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def confirm_boardroom_booking(
        self,
        *,
        id: str,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool | None:
        """Confirm a booking by its scan-code sign-in (only status 1, waiting for sign-in).

        POST /xtra/boardroom/server/openapi/v2/confirmSign
        """
        return await _confirm_boardroom_booking.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomBookingConfirmRequest(
                    id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_boardroom_booking(
        self,
        *,
        board_room_id: str,
        name: str,
        grading_id: str,
        reserve_time_start_str: str,
        reserve_time_end_str: str,
        notice_time: BoardroomNoticeTime,
        reserve_type: BoardroomReserveType | Unset = "0",
        reserve_user: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        toastmaster: str | Unset = UNSET,
        leader: str | Unset = UNSET,
        leader_attend: str | Unset = UNSET,
        people_number: str | Unset = UNSET,
        other_demand: str | Unset = UNSET,
        is_video: str | Unset = UNSET,
        video_name: str | Unset = UNSET,
        user_list: list[str] | Unset = UNSET,
        invitation_user_list: list[str] | Unset = UNSET,
        table_cards: str | Unset = UNSET,
        repeat_type: str | Unset = UNSET,
        repeat_days: list[int] | Unset = UNSET,
        skip: str | Unset = UNSET,
        repeat_end_date_str: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBooking:
        """Book a meeting room, once or repeating.

        A repeating booking (reserveType "1") also needs repeatType and repeatDays, and usually
        repeatEndDateStr. Depending on the room the booking starts approved (status 5), waiting for a scan-
        code sign-in (1) or waiting for approval (0).

        POST /xtra/boardroom/server/openapi/v2/reserveRoom
        """
        return await _create_boardroom_booking.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomBookingRequest(
                    board_room_id,
                    name,
                    grading_id,
                    reserve_time_start_str,
                    reserve_time_end_str,
                    notice_time,
                    reserve_type,
                    reserve_user,
                    org_id,
                    toastmaster,
                    leader,
                    leader_attend,
                    people_number,
                    other_demand,
                    is_video,
                    video_name,
                    user_list,
                    invitation_user_list,
                    table_cards,
                    repeat_type,
                    repeat_days,
                    skip,
                    repeat_end_date_str,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_boardroom(
        self,
        *,
        id: str,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Boardroom:
        """A meeting room's details, its equipment and service staff included.

        POST /xtra/boardroom/server/openapi/v2/roomDetail
        """
        return await _fetch_boardroom.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomFetchRequest(
                    id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_boardroom_booking(
        self,
        *,
        reserve_room_id: str,
        grading_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBooking:
        """A booking's details, its attendees and approval flow included.

        POST /xtra/boardroom/server/openapi/v2/reserveDetail
        """
        return await _fetch_boardroom_booking.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomBookingFetchRequest(
                    reserve_room_id,
                    grading_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_boardroom_schedule(
        self,
        *,
        room_id: str,
        query_date: str,
        grading_id: str,
        reserve_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomSchedule:
        """A meeting room's bookings and closures on one date.

        POST /xtra/boardroom/server/openapi/v2/roomSchedule
        """
        return await _fetch_boardroom_schedule.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomScheduleRequest(
                    room_id,
                    query_date,
                    grading_id,
                    reserve_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_boardroom_areas(
        self,
        *,
        grading_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[BoardroomArea]:
        """The office areas of a grading, with their floors.

        The answer's data is the array itself.

        POST /xtra/boardroom/server/openapi/v2/areaOfficeList
        """
        return await _list_boardroom_areas.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomAreaListRequest(
                    grading_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_boardroom_gradings(
        self,
        *,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[BoardroomGrading]:
        """The gradings (booking zones) the user may see; their `id` is the gradingId of the other operations.

        The body may be empty. The answer's data is the array itself.

        POST /xtra/boardroom/server/openapi/v2/gradingList
        """
        return await _list_boardroom_gradings.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomGradingListRequest(
                    lx_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_boardrooms(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 10,
        grading_id: str | Unset = UNSET,
        area_office_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        equipment: list[str] | Unset = UNSET,
        reserve_time_start_str: str | Unset = UNSET,
        reserve_time_end_str: str | Unset = UNSET,
        query_date: str | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomPage:
        """One page of meeting rooms, filtered by area, floor, equipment and free time.

        Paged in the JSON body: `page` (from 1) and `limit`, both always sent; `count` in the answer is how
        many rooms match.

        POST /xtra/boardroom/server/openapi/v2/roomList
        """
        return await _list_boardrooms.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomListRequest(
                    page,
                    limit,
                    grading_id,
                    area_office_id,
                    area_office_fooler_ids,
                    equipment,
                    reserve_time_start_str,
                    reserve_time_end_str,
                    query_date,
                    lx_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_boardrooms(
        self,
        *,
        limit: int | Unset = 10,
        grading_id: str | Unset = UNSET,
        area_office_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        equipment: list[str] | Unset = UNSET,
        reserve_time_start_str: str | Unset = UNSET,
        reserve_time_end_str: str | Unset = UNSET,
        query_date: str | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[Boardroom]:
        """Every item of `list_boardrooms`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_boardrooms(
                page=position,
                limit=limit,
                grading_id=grading_id,
                area_office_id=area_office_id,
                area_office_fooler_ids=area_office_fooler_ids,
                equipment=equipment,
                reserve_time_start_str=reserve_time_start_str,
                reserve_time_end_str=reserve_time_end_str,
                query_date=query_date,
                lx_user_id=lx_user_id,
                org_id=org_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.data,
            total=lambda data: data.count,
            advance=next_page,
        )

    async def list_my_boardroom_bookings(
        self,
        *,
        grading_id: str,
        page: int | Unset = 1,
        limit: int | Unset = 10,
        keys: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        board_room_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBookingPage:
        """One page of the user's own bookings, filtered.

        Paged in the JSON body: `page` (from 1) and `limit`, both always sent; `count` in the answer is how
        many bookings match. The user is the user token's, else lxUserId.

        POST /xtra/boardroom/server/openapi/v2/myReserveList
        """
        return await _list_my_boardroom_bookings.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomBookingListRequest(
                    grading_id,
                    page,
                    limit,
                    keys,
                    start_time,
                    end_time,
                    board_room_id,
                    area_office_fooler_ids,
                    lx_user_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_my_boardroom_bookings(
        self,
        *,
        grading_id: str,
        limit: int | Unset = 10,
        keys: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        board_room_id: str | Unset = UNSET,
        area_office_fooler_ids: list[str] | Unset = UNSET,
        lx_user_id: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[BoardroomBooking]:
        """Every item of `list_my_boardroom_bookings`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_my_boardroom_bookings(
                grading_id=grading_id,
                page=position,
                limit=limit,
                keys=keys,
                start_time=start_time,
                end_time=end_time,
                board_room_id=board_room_id,
                area_office_fooler_ids=area_office_fooler_ids,
                lx_user_id=lx_user_id,
                org_id=org_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.data,
            total=lambda data: data.count,
            advance=next_page,
        )

    async def update_boardroom_booking(
        self,
        *,
        board_room_id: str,
        name: str,
        grading_id: str,
        reserve_time_start_str: str,
        reserve_time_end_str: str,
        notice_time: BoardroomNoticeTime,
        id: str,
        edit_type: BoardroomEditType = "1",
        reserve_type: BoardroomReserveType | Unset = "0",
        reserve_user: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        toastmaster: str | Unset = UNSET,
        leader: str | Unset = UNSET,
        leader_attend: str | Unset = UNSET,
        people_number: str | Unset = UNSET,
        other_demand: str | Unset = UNSET,
        is_video: str | Unset = UNSET,
        video_name: str | Unset = UNSET,
        user_list: list[str] | Unset = UNSET,
        invitation_user_list: list[str] | Unset = UNSET,
        table_cards: str | Unset = UNSET,
        repeat_type: str | Unset = UNSET,
        repeat_days: list[int] | Unset = UNSET,
        skip: str | Unset = UNSET,
        repeat_end_date_str: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BoardroomBooking | None:
        """Change a booking (only bookings without an approval flow).

        Send the whole booking again, as for create_boardroom_booking, plus its `id` and `editType` ("1"
        this booking only, the default; "2" this one and the following ones of its series).

        POST /xtra/boardroom/server/openapi/v2/editReserve
        """
        return await _update_boardroom_booking.asyncio(
            client=self._http,
            body=with_extra(
                BoardroomBookingUpdateRequest(
                    board_room_id,
                    name,
                    grading_id,
                    reserve_time_start_str,
                    reserve_time_end_str,
                    notice_time,
                    id,
                    edit_type,
                    reserve_type,
                    reserve_user,
                    org_id,
                    toastmaster,
                    leader,
                    leader_attend,
                    people_number,
                    other_demand,
                    is_video,
                    video_name,
                    user_list,
                    invitation_user_list,
                    table_cards,
                    repeat_type,
                    repeat_days,
                    skip,
                    repeat_end_date_str,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBoardroomsResourceWithRawResponse:
    """Every operation of `AsyncBoardroomsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncBoardroomsResource) -> None:
        self.cancel_boardroom_booking = araw_method(resource.cancel_boardroom_booking, TABLE)
        self.confirm_boardroom_booking = araw_method(resource.confirm_boardroom_booking, TABLE)
        self.create_boardroom_booking = araw_method(resource.create_boardroom_booking, TABLE)
        self.fetch_boardroom = araw_method(resource.fetch_boardroom, TABLE)
        self.fetch_boardroom_booking = araw_method(resource.fetch_boardroom_booking, TABLE)
        self.fetch_boardroom_schedule = araw_method(resource.fetch_boardroom_schedule, TABLE)
        self.list_boardroom_areas = araw_method(resource.list_boardroom_areas, TABLE)
        self.list_boardroom_gradings = araw_method(resource.list_boardroom_gradings, TABLE)
        self.list_boardrooms = araw_method(resource.list_boardrooms, TABLE)
        self.list_my_boardroom_bookings = araw_method(resource.list_my_boardroom_bookings, TABLE)
        self.update_boardroom_booking = araw_method(resource.update_boardroom_booking, TABLE)


__all__ = ["AsyncBoardroomsResource", "BoardroomsResource"]
