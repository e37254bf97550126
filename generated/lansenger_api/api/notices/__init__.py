# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `notices` resource: its operations as methods, sync and async."""

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
    from ...models.notice import Notice
    from ...models.notice_account import NoticeAccount
    from ...models.notice_account_list_request import NoticeAccountListRequest
    from ...models.notice_content_type import NoticeContentType, check_notice_content_type
    from ...models.notice_flag import NoticeFlag, check_notice_flag
    from ...models.notice_open_range import NoticeOpenRange
    from ...models.notice_phone_range import NoticePhoneRange
    from ...models.notice_remind_after import NoticeRemindAfter, check_notice_remind_after
    from ...models.notice_remind_interval_unit import NoticeRemindIntervalUnit, check_notice_remind_interval_unit
    from ...models.notice_remind_range import NoticeRemindRange, check_notice_remind_range
    from ...models.notice_resource import NoticeResource
    from ...models.notice_send_request import NoticeSendRequest
    from ...models.notice_user_type import NoticeUserType, check_notice_user_type
    from . import list_notice_accounts as _list_notice_accounts
    from . import send_notice as _send_notice
else:
    NoticeAccountListRequest = Deferred(__name__, "...models.notice_account_list_request", "NoticeAccountListRequest")
    NoticeSendRequest = Deferred(__name__, "...models.notice_send_request", "NoticeSendRequest")
    _list_notice_accounts = Deferred(__name__, ".list_notice_accounts")
    _send_notice = Deferred(__name__, ".send_notice")


class NoticesResource:
    """Operations tagged `notices` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> NoticesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return NoticesResourceWithRawResponse(self)

    def list_notice_accounts(
        self,
        *,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[NoticeAccount]:
        """The organisation's official accounts; their `code` is send_notice's accountCode.

        `orgId` is optional as documented, but without it the platform answers an empty list, so give it.
        The answer's data is the array itself.

        POST /xtra/notice/server/openapi/v1/notice/account
        """
        return _list_notice_accounts.sync(
            client=self._http,
            body=with_extra(
                NoticeAccountListRequest(
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def send_notice(
        self,
        *,
        title: str,
        content_type: NoticeContentType,
        account_code: str,
        user_type: NoticeUserType,
        content: str | Unset = UNSET,
        notice_link: str | Unset = UNSET,
        notice_location: str | Unset = UNSET,
        latitude: float | Unset = UNSET,
        longitude: float | Unset = UNSET,
        phone_user_range: NoticePhoneRange | Unset = UNSET,
        open_user_range: NoticeOpenRange | Unset = UNSET,
        create_mobile: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        resource_list: list[NoticeResource] | Unset = UNSET,
        extend_id: str | Unset = UNSET,
        confirm_flag: NoticeFlag | Unset = UNSET,
        forward_flag: NoticeFlag | Unset = UNSET,
        reply_flag: NoticeFlag | Unset = UNSET,
        anonymous_flag: NoticeFlag | Unset = UNSET,
        remind_status: NoticeFlag | Unset = 0,
        remind_msg_type: str | Unset = UNSET,
        at_once_flag: NoticeFlag | Unset = UNSET,
        remind_after_type: NoticeRemindAfter | Unset = UNSET,
        remind_max_count: int | Unset = UNSET,
        remind_interval_time: int | Unset = UNSET,
        remind_interval_time_duration: NoticeRemindIntervalUnit | Unset = UNSET,
        remind_range_type: NoticeRemindRange | Unset = UNSET,
        remind_range_staff_ids: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Notice:
        """Send a notice through an official account.

        contentType 1 (text) needs `content`, 2 (link) needs `noticeLink`. userType 1 addresses people by
        mobile number and needs `phoneUserRange`; userType 2 addresses staff and departments and needs
        `openUserRange`. Name the sender with `createUserId` or `createMobile` (at least one; a user token
        does not replace them). `remindStatus` is always sent (0 unless given): the platform fails with
        errCode -1 without it, as it does when a range lacks `ccRangeList`.

        POST /xtra/notice/server/openapi/v1/send
        """
        return _send_notice.sync(
            client=self._http,
            body=with_extra(
                NoticeSendRequest(
                    title,
                    content_type,
                    account_code,
                    user_type,
                    content,
                    notice_link,
                    notice_location,
                    latitude,
                    longitude,
                    phone_user_range,
                    open_user_range,
                    create_mobile,
                    create_user_id,
                    resource_list,
                    extend_id,
                    confirm_flag,
                    forward_flag,
                    reply_flag,
                    anonymous_flag,
                    remind_status,
                    remind_msg_type,
                    at_once_flag,
                    remind_after_type,
                    remind_max_count,
                    remind_interval_time,
                    remind_interval_time_duration,
                    remind_range_type,
                    remind_range_staff_ids,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class NoticesResourceWithRawResponse:
    """Every operation of `NoticesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: NoticesResource) -> None:
        self.list_notice_accounts = raw_method(resource.list_notice_accounts, TABLE)
        self.send_notice = raw_method(resource.send_notice, TABLE)


class AsyncNoticesResource:
    """Operations tagged `notices` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncNoticesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncNoticesResourceWithRawResponse(self)

    async def list_notice_accounts(
        self,
        *,
        org_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[NoticeAccount]:
        """The organisation's official accounts; their `code` is send_notice's accountCode.

        `orgId` is optional as documented, but without it the platform answers an empty list, so give it.
        The answer's data is the array itself.

        POST /xtra/notice/server/openapi/v1/notice/account
        """
        return await _list_notice_accounts.asyncio(
            client=self._http,
            body=with_extra(
                NoticeAccountListRequest(
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def send_notice(
        self,
        *,
        title: str,
        content_type: NoticeContentType,
        account_code: str,
        user_type: NoticeUserType,
        content: str | Unset = UNSET,
        notice_link: str | Unset = UNSET,
        notice_location: str | Unset = UNSET,
        latitude: float | Unset = UNSET,
        longitude: float | Unset = UNSET,
        phone_user_range: NoticePhoneRange | Unset = UNSET,
        open_user_range: NoticeOpenRange | Unset = UNSET,
        create_mobile: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        resource_list: list[NoticeResource] | Unset = UNSET,
        extend_id: str | Unset = UNSET,
        confirm_flag: NoticeFlag | Unset = UNSET,
        forward_flag: NoticeFlag | Unset = UNSET,
        reply_flag: NoticeFlag | Unset = UNSET,
        anonymous_flag: NoticeFlag | Unset = UNSET,
        remind_status: NoticeFlag | Unset = 0,
        remind_msg_type: str | Unset = UNSET,
        at_once_flag: NoticeFlag | Unset = UNSET,
        remind_after_type: NoticeRemindAfter | Unset = UNSET,
        remind_max_count: int | Unset = UNSET,
        remind_interval_time: int | Unset = UNSET,
        remind_interval_time_duration: NoticeRemindIntervalUnit | Unset = UNSET,
        remind_range_type: NoticeRemindRange | Unset = UNSET,
        remind_range_staff_ids: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Notice:
        """Send a notice through an official account.

        contentType 1 (text) needs `content`, 2 (link) needs `noticeLink`. userType 1 addresses people by
        mobile number and needs `phoneUserRange`; userType 2 addresses staff and departments and needs
        `openUserRange`. Name the sender with `createUserId` or `createMobile` (at least one; a user token
        does not replace them). `remindStatus` is always sent (0 unless given): the platform fails with
        errCode -1 without it, as it does when a range lacks `ccRangeList`.

        POST /xtra/notice/server/openapi/v1/send
        """
        return await _send_notice.asyncio(
            client=self._http,
            body=with_extra(
                NoticeSendRequest(
                    title,
                    content_type,
                    account_code,
                    user_type,
                    content,
                    notice_link,
                    notice_location,
                    latitude,
                    longitude,
                    phone_user_range,
                    open_user_range,
                    create_mobile,
                    create_user_id,
                    resource_list,
                    extend_id,
                    confirm_flag,
                    forward_flag,
                    reply_flag,
                    anonymous_flag,
                    remind_status,
                    remind_msg_type,
                    at_once_flag,
                    remind_after_type,
                    remind_max_count,
                    remind_interval_time,
                    remind_interval_time_duration,
                    remind_range_type,
                    remind_range_staff_ids,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncNoticesResourceWithRawResponse:
    """Every operation of `AsyncNoticesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncNoticesResource) -> None:
        self.list_notice_accounts = araw_method(resource.list_notice_accounts, TABLE)
        self.send_notice = araw_method(resource.send_notice, TABLE)


__all__ = ["AsyncNoticesResource", "NoticesResource"]
