# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `jiaban` resource: its operations as methods, sync and async."""

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
    from ...models.jiaban_application import JiabanApplication
    from ...models.jiaban_apply_list_request import JiabanApplyListRequest
    from ...models.jiaban_apply_page import JiabanApplyPage
    from ...models.jiaban_apply_request import JiabanApplyRequest
    from ...models.jiaban_attendance_group import JiabanAttendanceGroup
    from ...models.jiaban_duration_request import JiabanDurationRequest
    from ...models.jiaban_groups_request import JiabanGroupsRequest
    from ...models.jiaban_rule_config import JiabanRuleConfig
    from ...models.jiaban_rule_configs_request import JiabanRuleConfigsRequest
    from ...models.jiaban_upload_request import JiabanUploadRequest
    from . import calculate_overtime_duration as _calculate_overtime_duration
    from . import create_overtime_application as _create_overtime_application
    from . import create_overtime_upload_url as _create_overtime_upload_url
    from . import list_overtime_applications as _list_overtime_applications
    from . import list_overtime_attendance_groups as _list_overtime_attendance_groups
    from . import list_overtime_rule_configs as _list_overtime_rule_configs
else:
    JiabanApplyListRequest = Deferred(__name__, "...models.jiaban_apply_list_request", "JiabanApplyListRequest")
    JiabanApplyRequest = Deferred(__name__, "...models.jiaban_apply_request", "JiabanApplyRequest")
    JiabanDurationRequest = Deferred(__name__, "...models.jiaban_duration_request", "JiabanDurationRequest")
    JiabanGroupsRequest = Deferred(__name__, "...models.jiaban_groups_request", "JiabanGroupsRequest")
    JiabanRuleConfigsRequest = Deferred(__name__, "...models.jiaban_rule_configs_request", "JiabanRuleConfigsRequest")
    JiabanUploadRequest = Deferred(__name__, "...models.jiaban_upload_request", "JiabanUploadRequest")
    _calculate_overtime_duration = Deferred(__name__, ".calculate_overtime_duration")
    _create_overtime_application = Deferred(__name__, ".create_overtime_application")
    _create_overtime_upload_url = Deferred(__name__, ".create_overtime_upload_url")
    _list_overtime_applications = Deferred(__name__, ".list_overtime_applications")
    _list_overtime_attendance_groups = Deferred(__name__, ".list_overtime_attendance_groups")
    _list_overtime_rule_configs = Deferred(__name__, ".list_overtime_rule_configs")


class JiabanResource:
    """Operations tagged `jiaban` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> JiabanResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return JiabanResourceWithRawResponse(self)

    def calculate_overtime_duration(
        self,
        *,
        cmc_code: str,
        begin_time: int,
        end_time: int,
        group_code: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> float:
        """Work out how long an overtime period counts for under a rule configuration.

        POST /xtra/jiaban/server/openapi/v2/calculateDuration
        """
        return _calculate_overtime_duration.sync(
            client=self._http,
            body=with_extra(
                JiabanDurationRequest(
                    cmc_code,
                    begin_time,
                    end_time,
                    group_code,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_overtime_application(
        self,
        *,
        cmc_code: str,
        applyer_id: str,
        start_time: int,
        end_time: int,
        memo: str,
        approve_ids: list[str],
        overtime_type: int,
        apply_type: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Submit an overtime application to its approvers.

        POST /xtra/jiaban/server/openapi/v2/submitApprove
        """
        return _create_overtime_application.sync(
            client=self._http,
            body=with_extra(
                JiabanApplyRequest(
                    cmc_code,
                    applyer_id,
                    start_time,
                    end_time,
                    memo,
                    approve_ids,
                    overtime_type,
                    apply_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_overtime_upload_url(
        self,
        *,
        file_name: str,
        md5: str,
        size: int,
        org_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Get a presigned URL to upload an overtime attachment to.

        The answer is a presigned object-storage URL (it carries its own signature, so treat it as a
        secret). PUT the file there with `client.overtime.upload_overtime_attachment(url, file, md5=...)`:
        the platform expects `Content-MD5: <md5>` (the same md5 as here) and `Content-Type:
        application/octet-stream`, and no app token.

        POST /xtra/jiaban/server/openapi/v2/upload
        """
        return _create_overtime_upload_url.sync(
            client=self._http,
            body=with_extra(
                JiabanUploadRequest(
                    file_name,
                    md5,
                    size,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_overtime_applications(
        self,
        *,
        cmc_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = UNSET,
        creator_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> JiabanApplyPage:
        """List one page of a staff member's own overtime applications.

        Paged in the body, at the top level (pageNo, pageSize); the answer is the V2 page (pageNo, pageSize,
        pages, total, result, hasNextPage). The last page is the one whose hasNextPage is false.

        POST /xtra/jiaban/server/openapi/v2/getMyApplyPageInfo
        """
        return _list_overtime_applications.sync(
            client=self._http,
            body=with_extra(
                JiabanApplyListRequest(
                    cmc_code,
                    page_no,
                    page_size,
                    creator_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_overtime_applications(
        self,
        *,
        cmc_code: str,
        page_size: int | Unset = UNSET,
        creator_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[JiabanApplication]:
        """Every item of `list_overtime_applications`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_overtime_applications(
                cmc_code=cmc_code,
                page_no=position,
                page_size=page_size,
                creator_id=creator_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_overtime_attendance_groups(
        self,
        *,
        staff_id: str,
        org_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[JiabanAttendanceGroup]:
        """List the attendance groups a staff member belongs to.

        POST /xtra/jiaban/server/openapi/v2/getGroupInfo
        """
        return _list_overtime_attendance_groups.sync(
            client=self._http,
            body=with_extra(
                JiabanGroupsRequest(
                    staff_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_overtime_rule_configs(
        self,
        *,
        org_id: str,
        staff_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[JiabanRuleConfig]:
        """List a staff member's attendance rule configurations, each with the cmcCode the other operations take.

        POST /xtra/jiaban/server/openapi/v2/getMaxVersionConfigList
        """
        return _list_overtime_rule_configs.sync(
            client=self._http,
            body=with_extra(
                JiabanRuleConfigsRequest(
                    org_id,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class JiabanResourceWithRawResponse:
    """Every operation of `JiabanResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: JiabanResource) -> None:
        self.calculate_overtime_duration = raw_method(resource.calculate_overtime_duration, TABLE)
        self.create_overtime_application = raw_method(resource.create_overtime_application, TABLE)
        self.create_overtime_upload_url = raw_method(resource.create_overtime_upload_url, TABLE)
        self.list_overtime_applications = raw_method(resource.list_overtime_applications, TABLE)
        self.list_overtime_attendance_groups = raw_method(resource.list_overtime_attendance_groups, TABLE)
        self.list_overtime_rule_configs = raw_method(resource.list_overtime_rule_configs, TABLE)


class AsyncJiabanResource:
    """Operations tagged `jiaban` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncJiabanResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncJiabanResourceWithRawResponse(self)

    async def calculate_overtime_duration(
        self,
        *,
        cmc_code: str,
        begin_time: int,
        end_time: int,
        group_code: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> float:
        """Work out how long an overtime period counts for under a rule configuration.

        POST /xtra/jiaban/server/openapi/v2/calculateDuration
        """
        return await _calculate_overtime_duration.asyncio(
            client=self._http,
            body=with_extra(
                JiabanDurationRequest(
                    cmc_code,
                    begin_time,
                    end_time,
                    group_code,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_overtime_application(
        self,
        *,
        cmc_code: str,
        applyer_id: str,
        start_time: int,
        end_time: int,
        memo: str,
        approve_ids: list[str],
        overtime_type: int,
        apply_type: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Submit an overtime application to its approvers.

        POST /xtra/jiaban/server/openapi/v2/submitApprove
        """
        return await _create_overtime_application.asyncio(
            client=self._http,
            body=with_extra(
                JiabanApplyRequest(
                    cmc_code,
                    applyer_id,
                    start_time,
                    end_time,
                    memo,
                    approve_ids,
                    overtime_type,
                    apply_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_overtime_upload_url(
        self,
        *,
        file_name: str,
        md5: str,
        size: int,
        org_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Get a presigned URL to upload an overtime attachment to.

        The answer is a presigned object-storage URL (it carries its own signature, so treat it as a
        secret). PUT the file there with `client.overtime.upload_overtime_attachment(url, file, md5=...)`:
        the platform expects `Content-MD5: <md5>` (the same md5 as here) and `Content-Type:
        application/octet-stream`, and no app token.

        POST /xtra/jiaban/server/openapi/v2/upload
        """
        return await _create_overtime_upload_url.asyncio(
            client=self._http,
            body=with_extra(
                JiabanUploadRequest(
                    file_name,
                    md5,
                    size,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_overtime_applications(
        self,
        *,
        cmc_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = UNSET,
        creator_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> JiabanApplyPage:
        """List one page of a staff member's own overtime applications.

        Paged in the body, at the top level (pageNo, pageSize); the answer is the V2 page (pageNo, pageSize,
        pages, total, result, hasNextPage). The last page is the one whose hasNextPage is false.

        POST /xtra/jiaban/server/openapi/v2/getMyApplyPageInfo
        """
        return await _list_overtime_applications.asyncio(
            client=self._http,
            body=with_extra(
                JiabanApplyListRequest(
                    cmc_code,
                    page_no,
                    page_size,
                    creator_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_overtime_applications(
        self,
        *,
        cmc_code: str,
        page_size: int | Unset = UNSET,
        creator_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[JiabanApplication]:
        """Every item of `list_overtime_applications`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_overtime_applications(
                cmc_code=cmc_code,
                page_no=position,
                page_size=page_size,
                creator_id=creator_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_overtime_attendance_groups(
        self,
        *,
        staff_id: str,
        org_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[JiabanAttendanceGroup]:
        """List the attendance groups a staff member belongs to.

        POST /xtra/jiaban/server/openapi/v2/getGroupInfo
        """
        return await _list_overtime_attendance_groups.asyncio(
            client=self._http,
            body=with_extra(
                JiabanGroupsRequest(
                    staff_id,
                    org_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_overtime_rule_configs(
        self,
        *,
        org_id: str,
        staff_id: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[JiabanRuleConfig]:
        """List a staff member's attendance rule configurations, each with the cmcCode the other operations take.

        POST /xtra/jiaban/server/openapi/v2/getMaxVersionConfigList
        """
        return await _list_overtime_rule_configs.asyncio(
            client=self._http,
            body=with_extra(
                JiabanRuleConfigsRequest(
                    org_id,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncJiabanResourceWithRawResponse:
    """Every operation of `AsyncJiabanResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncJiabanResource) -> None:
        self.calculate_overtime_duration = araw_method(resource.calculate_overtime_duration, TABLE)
        self.create_overtime_application = araw_method(resource.create_overtime_application, TABLE)
        self.create_overtime_upload_url = araw_method(resource.create_overtime_upload_url, TABLE)
        self.list_overtime_applications = araw_method(resource.list_overtime_applications, TABLE)
        self.list_overtime_attendance_groups = araw_method(resource.list_overtime_attendance_groups, TABLE)
        self.list_overtime_rule_configs = araw_method(resource.list_overtime_rule_configs, TABLE)


__all__ = ["AsyncJiabanResource", "JiabanResource"]
