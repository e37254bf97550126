# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `calendars` resource: its operations as methods, sync and async."""

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
    from ...models.calendar_primary import CalendarPrimary
    from ...models.schedule_attendee import ScheduleAttendee
    from ...models.schedule_attendee_info import ScheduleAttendeeInfo
    from ...models.schedule_attendee_meta_request import ScheduleAttendeeMetaRequest
    from ...models.schedule_attendee_page import ScheduleAttendeePage
    from ...models.schedule_attendee_permissions import ScheduleAttendeePermissions, check_schedule_attendee_permissions
    from ...models.schedule_attendees_batch import ScheduleAttendeesBatch
    from ...models.schedule_attendees_change import ScheduleAttendeesChange
    from ...models.schedule_attendees_updated import ScheduleAttendeesUpdated
    from ...models.schedule_busy_free import ScheduleBusyFree, check_schedule_busy_free
    from ...models.schedule_changed import ScheduleChanged
    from ...models.schedule_create_request import ScheduleCreateRequest
    from ...models.schedule_created import ScheduleCreated
    from ...models.schedule_delete_operation_type import (
        ScheduleDeleteOperationType,
        check_schedule_delete_operation_type,
    )
    from ...models.schedule_delete_request import ScheduleDeleteRequest
    from ...models.schedule_info import ScheduleInfo
    from ...models.schedule_list import ScheduleList
    from ...models.schedule_list_request import ScheduleListRequest
    from ...models.schedule_operation_type import ScheduleOperationType, check_schedule_operation_type
    from ...models.schedule_repeat_type import ScheduleRepeatType, check_schedule_repeat_type
    from ...models.schedule_rsvp_status import ScheduleRsvpStatus, check_schedule_rsvp_status
    from ...models.schedule_time import ScheduleTime
    from ...models.schedule_update_request import ScheduleUpdateRequest
    from ...models.schedule_visibility import ScheduleVisibility, check_schedule_visibility
    from ...models.schedule_yes_no import ScheduleYesNo, check_schedule_yes_no
    from . import add_schedule_attendees as _add_schedule_attendees
    from . import create_schedule as _create_schedule
    from . import delete_schedule as _delete_schedule
    from . import delete_schedule_attendees as _delete_schedule_attendees
    from . import fetch_primary_calendar as _fetch_primary_calendar
    from . import fetch_schedule as _fetch_schedule
    from . import list_schedule_attendees as _list_schedule_attendees
    from . import list_schedules as _list_schedules
    from . import update_attendee_meta as _update_attendee_meta
    from . import update_schedule as _update_schedule
    from . import update_schedule_attendees as _update_schedule_attendees
else:
    ScheduleAttendeeMetaRequest = Deferred(
        __name__, "...models.schedule_attendee_meta_request", "ScheduleAttendeeMetaRequest"
    )
    ScheduleAttendeesBatch = Deferred(__name__, "...models.schedule_attendees_batch", "ScheduleAttendeesBatch")
    ScheduleAttendeesChange = Deferred(__name__, "...models.schedule_attendees_change", "ScheduleAttendeesChange")
    ScheduleCreateRequest = Deferred(__name__, "...models.schedule_create_request", "ScheduleCreateRequest")
    ScheduleDeleteRequest = Deferred(__name__, "...models.schedule_delete_request", "ScheduleDeleteRequest")
    ScheduleListRequest = Deferred(__name__, "...models.schedule_list_request", "ScheduleListRequest")
    ScheduleUpdateRequest = Deferred(__name__, "...models.schedule_update_request", "ScheduleUpdateRequest")
    _add_schedule_attendees = Deferred(__name__, ".add_schedule_attendees")
    _create_schedule = Deferred(__name__, ".create_schedule")
    _delete_schedule = Deferred(__name__, ".delete_schedule")
    _delete_schedule_attendees = Deferred(__name__, ".delete_schedule_attendees")
    _fetch_primary_calendar = Deferred(__name__, ".fetch_primary_calendar")
    _fetch_schedule = Deferred(__name__, ".fetch_schedule")
    _list_schedule_attendees = Deferred(__name__, ".list_schedule_attendees")
    _list_schedules = Deferred(__name__, ".list_schedules")
    _update_attendee_meta = Deferred(__name__, ".update_attendee_meta")
    _update_schedule = Deferred(__name__, ".update_schedule")
    _update_schedule_attendees = Deferred(__name__, ".update_schedule_attendees")


class CalendarsResource:
    """Operations tagged `calendars` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> CalendarsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return CalendarsResourceWithRawResponse(self)

    def add_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        attendees: list[str],
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged:
        """Add attendees to a schedule, by staff id.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/create
        """
        return _add_schedule_attendees.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeesChange(
                    attendees,
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_schedule(
        self,
        calendar_id: str,
        *,
        summary: str,
        start_time: ScheduleTime,
        end_time: ScheduleTime,
        attendees: list[ScheduleAttendee],
        description: str | Unset = UNSET,
        all_day: ScheduleYesNo | Unset = UNSET,
        repeat_type: ScheduleRepeatType | Unset = UNSET,
        rule: str | Unset = UNSET,
        expire_date_type: ScheduleYesNo | Unset = UNSET,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        attendee_permissions: ScheduleAttendeePermissions | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleCreated:
        """Create a schedule (calendar event) with its attendees.

        Times are ScheduleTime objects: unix seconds as text in `time` for timed events, `date` (yyyy-MM-dd,
        timeZone UTC) for all-day ones. attendeeFlag must be yes, option or no; the platform refuses
        anything else (e.g. the "required" older SDKs sent) with errCode 40060, so it is checked before
        sending. Acts for the user of user_token or the staff member user_id; with neither, for the app's
        bot.

        POST /v1/calendars/{calendar_id}/schedules/create
        """
        return _create_schedule.sync(
            calendar_id=calendar_id,
            client=self._http,
            body=with_extra(
                ScheduleCreateRequest(
                    summary,
                    start_time,
                    end_time,
                    attendees,
                    description,
                    all_day,
                    repeat_type,
                    rule,
                    expire_date_type,
                    reminder_type,
                    attendee_permissions,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_schedule(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleDeleteOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged | None:
        """Delete a schedule, or some occurrences of a repeating one.

        Without operationType the whole series is deleted. delete_current and delete_from_current need
        currentTime, the occurrence's start in unix seconds. Acts for the user of user_token or the staff
        member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/delete
        """
        return _delete_schedule.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleDeleteRequest(
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        attendees: list[str],
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged | None:
        """Remove attendees from a schedule, by staff id.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/delete
        """
        return _delete_schedule_attendees.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeesChange(
                    attendees,
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_primary_calendar(
        self,
        *,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> CalendarPrimary:
        """Fetch the primary calendar of the acting identity; its calendarId addresses every schedule call.

        Every calendar operation acts for the user of user_token or the staff member user_id (give at least
        one of them for a person's calendar); with neither, for the app's bot and its own calendar.

        GET /v1/calendars/primary
        """
        return _fetch_primary_calendar.sync(
            client=self._http,
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_schedule(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleInfo:
        """Fetch one schedule's details.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        GET /v1/calendars/{calendar_id}/schedules/{schedule_id}/fetch
        """
        return _fetch_schedule.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 500,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleAttendeePage:
        """List a schedule's attendees, one page at a time.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        GET /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/fetch
        """
        return _list_schedule_attendees.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            page=page,
            page_size=page_size,
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        page_size: int | Unset = 500,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[ScheduleAttendeeInfo]:
        """Every item of `list_schedule_attendees`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_schedule_attendees(
                calendar_id,
                schedule_id,
                page=position,
                page_size=page_size,
                user_token=user_token,
                user_id=user_id,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.attendees,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_schedules(
        self,
        calendar_id: str,
        *,
        start_time: int,
        end_time: int,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleList:
        """List the schedules that overlap a time window of at most 42 days.

        Not paged: split longer periods into windows of at most 42 days (3628800 seconds); the span is
        checked before sending. Times are unix seconds, as the vendor's own tools send them (older SDK docs
        said milliseconds, which would make every 42-day window 1000 times too long). Acts for the user of
        user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/fetch
        """
        return _list_schedules.sync(
            calendar_id=calendar_id,
            client=self._http,
            body=with_extra(
                ScheduleListRequest(
                    start_time,
                    end_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_attendee_meta(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        rsvp_status: ScheduleRsvpStatus | Unset = UNSET,
        color: str | Unset = UNSET,
        permissions: ScheduleVisibility | Unset = UNSET,
        busy_free_state: ScheduleBusyFree | Unset = UNSET,
        remind_times: list[int] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Set the acting identity's own reply, colour, visibility, busy/free state or reminders on a schedule.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/meta/update
        """
        _update_attendee_meta.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeeMetaRequest(
                    rsvp_status,
                    color,
                    permissions,
                    busy_free_state,
                    remind_times,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_schedule(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        summary: str | Unset = UNSET,
        description: str | Unset = UNSET,
        start_time: ScheduleTime | Unset = UNSET,
        end_time: ScheduleTime | Unset = UNSET,
        all_day: ScheduleYesNo | Unset = UNSET,
        repeat_type: ScheduleRepeatType | Unset = UNSET,
        rule: str | Unset = UNSET,
        expire_date_type: ScheduleYesNo | Unset = UNSET,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        attendee_permissions: ScheduleAttendeePermissions | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged:
        """Change a schedule; give at least one field to change.

        operationType picks which occurrences of a repeating schedule change (the whole series when
        omitted); modify_current and modify_current_after need currentTime, the occurrence's start in unix
        seconds. Acts for the user of user_token or the staff member user_id; with neither, for the app's
        bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/update
        """
        return _update_schedule.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleUpdateRequest(
                    summary,
                    description,
                    start_time,
                    end_time,
                    all_day,
                    repeat_type,
                    rule,
                    expire_date_type,
                    reminder_type,
                    attendee_permissions,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        add_attendees: list[str] | Unset = UNSET,
        delete_attendees: list[str] | Unset = UNSET,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleAttendeesUpdated:
        """Add and remove attendees in one call; give at least one of addAttendees and deleteAttendees.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/update
        """
        return _update_schedule_attendees.sync(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeesBatch(
                    add_attendees,
                    delete_attendees,
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CalendarsResourceWithRawResponse:
    """Every operation of `CalendarsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: CalendarsResource) -> None:
        self.add_schedule_attendees = raw_method(resource.add_schedule_attendees, TABLE)
        self.create_schedule = raw_method(resource.create_schedule, TABLE)
        self.delete_schedule = raw_method(resource.delete_schedule, TABLE)
        self.delete_schedule_attendees = raw_method(resource.delete_schedule_attendees, TABLE)
        self.fetch_primary_calendar = raw_method(resource.fetch_primary_calendar, TABLE)
        self.fetch_schedule = raw_method(resource.fetch_schedule, TABLE)
        self.list_schedule_attendees = raw_method(resource.list_schedule_attendees, TABLE)
        self.list_schedules = raw_method(resource.list_schedules, TABLE)
        self.update_attendee_meta = raw_method(resource.update_attendee_meta, TABLE)
        self.update_schedule = raw_method(resource.update_schedule, TABLE)
        self.update_schedule_attendees = raw_method(resource.update_schedule_attendees, TABLE)


class AsyncCalendarsResource:
    """Operations tagged `calendars` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncCalendarsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncCalendarsResourceWithRawResponse(self)

    async def add_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        attendees: list[str],
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged:
        """Add attendees to a schedule, by staff id.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/create
        """
        return await _add_schedule_attendees.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeesChange(
                    attendees,
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_schedule(
        self,
        calendar_id: str,
        *,
        summary: str,
        start_time: ScheduleTime,
        end_time: ScheduleTime,
        attendees: list[ScheduleAttendee],
        description: str | Unset = UNSET,
        all_day: ScheduleYesNo | Unset = UNSET,
        repeat_type: ScheduleRepeatType | Unset = UNSET,
        rule: str | Unset = UNSET,
        expire_date_type: ScheduleYesNo | Unset = UNSET,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        attendee_permissions: ScheduleAttendeePermissions | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleCreated:
        """Create a schedule (calendar event) with its attendees.

        Times are ScheduleTime objects: unix seconds as text in `time` for timed events, `date` (yyyy-MM-dd,
        timeZone UTC) for all-day ones. attendeeFlag must be yes, option or no; the platform refuses
        anything else (e.g. the "required" older SDKs sent) with errCode 40060, so it is checked before
        sending. Acts for the user of user_token or the staff member user_id; with neither, for the app's
        bot.

        POST /v1/calendars/{calendar_id}/schedules/create
        """
        return await _create_schedule.asyncio(
            calendar_id=calendar_id,
            client=self._http,
            body=with_extra(
                ScheduleCreateRequest(
                    summary,
                    start_time,
                    end_time,
                    attendees,
                    description,
                    all_day,
                    repeat_type,
                    rule,
                    expire_date_type,
                    reminder_type,
                    attendee_permissions,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_schedule(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleDeleteOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged | None:
        """Delete a schedule, or some occurrences of a repeating one.

        Without operationType the whole series is deleted. delete_current and delete_from_current need
        currentTime, the occurrence's start in unix seconds. Acts for the user of user_token or the staff
        member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/delete
        """
        return await _delete_schedule.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleDeleteRequest(
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        attendees: list[str],
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged | None:
        """Remove attendees from a schedule, by staff id.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/delete
        """
        return await _delete_schedule_attendees.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeesChange(
                    attendees,
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_primary_calendar(
        self,
        *,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> CalendarPrimary:
        """Fetch the primary calendar of the acting identity; its calendarId addresses every schedule call.

        Every calendar operation acts for the user of user_token or the staff member user_id (give at least
        one of them for a person's calendar); with neither, for the app's bot and its own calendar.

        GET /v1/calendars/primary
        """
        return await _fetch_primary_calendar.asyncio(
            client=self._http,
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_schedule(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleInfo:
        """Fetch one schedule's details.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        GET /v1/calendars/{calendar_id}/schedules/{schedule_id}/fetch
        """
        return await _fetch_schedule.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 500,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleAttendeePage:
        """List a schedule's attendees, one page at a time.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        GET /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/fetch
        """
        return await _list_schedule_attendees.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            page=page,
            page_size=page_size,
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        page_size: int | Unset = 500,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[ScheduleAttendeeInfo]:
        """Every item of `list_schedule_attendees`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_schedule_attendees(
                calendar_id,
                schedule_id,
                page=position,
                page_size=page_size,
                user_token=user_token,
                user_id=user_id,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.attendees,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_schedules(
        self,
        calendar_id: str,
        *,
        start_time: int,
        end_time: int,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleList:
        """List the schedules that overlap a time window of at most 42 days.

        Not paged: split longer periods into windows of at most 42 days (3628800 seconds); the span is
        checked before sending. Times are unix seconds, as the vendor's own tools send them (older SDK docs
        said milliseconds, which would make every 42-day window 1000 times too long). Acts for the user of
        user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/fetch
        """
        return await _list_schedules.asyncio(
            calendar_id=calendar_id,
            client=self._http,
            body=with_extra(
                ScheduleListRequest(
                    start_time,
                    end_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_attendee_meta(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        rsvp_status: ScheduleRsvpStatus | Unset = UNSET,
        color: str | Unset = UNSET,
        permissions: ScheduleVisibility | Unset = UNSET,
        busy_free_state: ScheduleBusyFree | Unset = UNSET,
        remind_times: list[int] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Set the acting identity's own reply, colour, visibility, busy/free state or reminders on a schedule.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/meta/update
        """
        await _update_attendee_meta.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeeMetaRequest(
                    rsvp_status,
                    color,
                    permissions,
                    busy_free_state,
                    remind_times,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_schedule(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        summary: str | Unset = UNSET,
        description: str | Unset = UNSET,
        start_time: ScheduleTime | Unset = UNSET,
        end_time: ScheduleTime | Unset = UNSET,
        all_day: ScheduleYesNo | Unset = UNSET,
        repeat_type: ScheduleRepeatType | Unset = UNSET,
        rule: str | Unset = UNSET,
        expire_date_type: ScheduleYesNo | Unset = UNSET,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        attendee_permissions: ScheduleAttendeePermissions | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleChanged:
        """Change a schedule; give at least one field to change.

        operationType picks which occurrences of a repeating schedule change (the whole series when
        omitted); modify_current and modify_current_after need currentTime, the occurrence's start in unix
        seconds. Acts for the user of user_token or the staff member user_id; with neither, for the app's
        bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/update
        """
        return await _update_schedule.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleUpdateRequest(
                    summary,
                    description,
                    start_time,
                    end_time,
                    all_day,
                    repeat_type,
                    rule,
                    expire_date_type,
                    reminder_type,
                    attendee_permissions,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_schedule_attendees(
        self,
        calendar_id: str,
        schedule_id: str,
        *,
        add_attendees: list[str] | Unset = UNSET,
        delete_attendees: list[str] | Unset = UNSET,
        reminder_type: ScheduleYesNo | Unset = UNSET,
        operation_type: ScheduleOperationType | Unset = UNSET,
        current_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ScheduleAttendeesUpdated:
        """Add and remove attendees in one call; give at least one of addAttendees and deleteAttendees.

        Acts for the user of user_token or the staff member user_id; with neither, for the app's bot.

        POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/update
        """
        return await _update_schedule_attendees.asyncio(
            calendar_id=calendar_id,
            schedule_id=schedule_id,
            client=self._http,
            body=with_extra(
                ScheduleAttendeesBatch(
                    add_attendees,
                    delete_attendees,
                    reminder_type,
                    operation_type,
                    current_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncCalendarsResourceWithRawResponse:
    """Every operation of `AsyncCalendarsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncCalendarsResource) -> None:
        self.add_schedule_attendees = araw_method(resource.add_schedule_attendees, TABLE)
        self.create_schedule = araw_method(resource.create_schedule, TABLE)
        self.delete_schedule = araw_method(resource.delete_schedule, TABLE)
        self.delete_schedule_attendees = araw_method(resource.delete_schedule_attendees, TABLE)
        self.fetch_primary_calendar = araw_method(resource.fetch_primary_calendar, TABLE)
        self.fetch_schedule = araw_method(resource.fetch_schedule, TABLE)
        self.list_schedule_attendees = araw_method(resource.list_schedule_attendees, TABLE)
        self.list_schedules = araw_method(resource.list_schedules, TABLE)
        self.update_attendee_meta = araw_method(resource.update_attendee_meta, TABLE)
        self.update_schedule = araw_method(resource.update_schedule, TABLE)
        self.update_schedule_attendees = araw_method(resource.update_schedule_attendees, TABLE)


__all__ = ["AsyncCalendarsResource", "CalendarsResource"]
