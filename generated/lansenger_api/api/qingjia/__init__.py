# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `qingjia` resource: its operations as methods, sync and async."""

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
    from ...models.qingjia_application import QingjiaApplication
    from ...models.qingjia_apply_form import QingjiaApplyForm
    from ...models.qingjia_apply_list_request import QingjiaApplyListRequest
    from ...models.qingjia_apply_page import QingjiaApplyPage
    from ...models.qingjia_apply_query import QingjiaApplyQuery
    from ...models.qingjia_apply_request import QingjiaApplyRequest
    from ...models.qingjia_attendance_group import QingjiaAttendanceGroup
    from ...models.qingjia_balance import QingjiaBalance
    from ...models.qingjia_balance_request import QingjiaBalanceRequest
    from ...models.qingjia_duration_request import QingjiaDurationRequest
    from ...models.qingjia_groups_request import QingjiaGroupsRequest
    from ...models.qingjia_leave_duration import QingjiaLeaveDuration
    from ...models.qingjia_leave_period import QingjiaLeavePeriod
    from ...models.qingjia_leave_type import QingjiaLeaveType
    from ...models.qingjia_leave_types_request import QingjiaLeaveTypesRequest
    from ...models.qingjia_rule_config import QingjiaRuleConfig
    from ...models.qingjia_rule_configs_request import QingjiaRuleConfigsRequest
    from ...models.qingjia_upload_request import QingjiaUploadRequest
    from . import calculate_leave_duration as _calculate_leave_duration
    from . import create_leave_application as _create_leave_application
    from . import create_leave_upload_url as _create_leave_upload_url
    from . import fetch_leave_balance as _fetch_leave_balance
    from . import list_leave_applications as _list_leave_applications
    from . import list_leave_attendance_groups as _list_leave_attendance_groups
    from . import list_leave_rule_configs as _list_leave_rule_configs
    from . import list_leave_types as _list_leave_types
else:
    QingjiaApplyListRequest = Deferred(__name__, "...models.qingjia_apply_list_request", "QingjiaApplyListRequest")
    QingjiaApplyRequest = Deferred(__name__, "...models.qingjia_apply_request", "QingjiaApplyRequest")
    QingjiaBalanceRequest = Deferred(__name__, "...models.qingjia_balance_request", "QingjiaBalanceRequest")
    QingjiaDurationRequest = Deferred(__name__, "...models.qingjia_duration_request", "QingjiaDurationRequest")
    QingjiaGroupsRequest = Deferred(__name__, "...models.qingjia_groups_request", "QingjiaGroupsRequest")
    QingjiaLeaveTypesRequest = Deferred(__name__, "...models.qingjia_leave_types_request", "QingjiaLeaveTypesRequest")
    QingjiaRuleConfigsRequest = Deferred(
        __name__, "...models.qingjia_rule_configs_request", "QingjiaRuleConfigsRequest"
    )
    QingjiaUploadRequest = Deferred(__name__, "...models.qingjia_upload_request", "QingjiaUploadRequest")
    _calculate_leave_duration = Deferred(__name__, ".calculate_leave_duration")
    _create_leave_application = Deferred(__name__, ".create_leave_application")
    _create_leave_upload_url = Deferred(__name__, ".create_leave_upload_url")
    _fetch_leave_balance = Deferred(__name__, ".fetch_leave_balance")
    _list_leave_applications = Deferred(__name__, ".list_leave_applications")
    _list_leave_attendance_groups = Deferred(__name__, ".list_leave_attendance_groups")
    _list_leave_rule_configs = Deferred(__name__, ".list_leave_rule_configs")
    _list_leave_types = Deferred(__name__, ".list_leave_types")


class QingjiaResource:
    """Operations tagged `qingjia` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> QingjiaResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return QingjiaResourceWithRawResponse(self)

    def calculate_leave_duration(
        self,
        *,
        cmc_code: str,
        times_vo: QingjiaLeavePeriod,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QingjiaLeaveDuration:
        """Work out how long a leave over a period counts for under a rule configuration.

        POST /xtra/qingjia/server/openapi/v2/times
        """
        return _calculate_leave_duration.sync(
            client=self._http,
            body=with_extra(
                QingjiaDurationRequest(
                    cmc_code,
                    times_vo,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_leave_application(
        self,
        *,
        cmc_code: str,
        is_leave_back: bool,
        apply_vo: QingjiaApplyForm,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Submit a leave application, or with isLeaveBack a leave-back (销假) application.

        POST /xtra/qingjia/server/openapi/v2/saveApply
        """
        return _create_leave_application.sync(
            client=self._http,
            body=with_extra(
                QingjiaApplyRequest(
                    cmc_code,
                    is_leave_back,
                    apply_vo,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_leave_upload_url(
        self,
        *,
        file_name: str,
        md5: str,
        size: int,
        org_id: str | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Get a presigned URL to upload a leave attachment to.

        The answer is a presigned object-storage URL (it carries its own signature, so treat it as a
        secret). PUT the file there with `client.leave.upload_leave_attachment(url, file, md5=...)`, giving
        the same md5.

        POST /xtra/qingjia/server/openapi/v2/upload
        """
        return _create_leave_upload_url.sync(
            client=self._http,
            body=with_extra(
                QingjiaUploadRequest(
                    file_name,
                    md5,
                    size,
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

    def fetch_leave_balance(
        self,
        *,
        org_id: str,
        cmc_code: str,
        type_code: str | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QingjiaBalance:
        """Fetch a staff member's remaining leave, per leave type.

        POST /xtra/qingjia/server/openapi/v2/personBalance
        """
        return _fetch_leave_balance.sync(
            client=self._http,
            body=with_extra(
                QingjiaBalanceRequest(
                    org_id,
                    cmc_code,
                    type_code,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_leave_applications(
        self,
        *,
        cmc_code: str,
        query_vo: QingjiaApplyQuery,
        is_diss: bool | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QingjiaApplyPage:
        """List one page of a staff member's own leave applications.

        Paged in the body, inside queryVO (pageNo, pageSize); the answer is the V2 page (pageNo, pageSize,
        pages, total, result, hasNextPage). The last page is the one whose hasNextPage is false.

        POST /xtra/qingjia/server/openapi/v2/myApplyPageInfo
        """
        return _list_leave_applications.sync(
            client=self._http,
            body=with_extra(
                QingjiaApplyListRequest(
                    cmc_code,
                    query_vo,
                    is_diss,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_leave_applications(
        self,
        *,
        cmc_code: str,
        query_vo: QingjiaApplyQuery,
        is_diss: bool | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[QingjiaApplication]:
        """Every item of `list_leave_applications`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_leave_applications(
                cmc_code=cmc_code,
                query_vo=paged(query_vo, evolve(query_vo, page_no=position)),
                is_diss=is_diss,
                staff_id=staff_id,
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

    def list_leave_attendance_groups(
        self,
        *,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QingjiaAttendanceGroup]:
        """List the organisation's attendance groups (or a staff member's).

        POST /xtra/qingjia/server/openapi/v2/attendanceGroupList
        """
        return _list_leave_attendance_groups.sync(
            client=self._http,
            body=with_extra(
                QingjiaGroupsRequest(
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

    def list_leave_rule_configs(
        self,
        *,
        org_id: str | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QingjiaRuleConfig]:
        """List the attendance-group rule configurations, each with the cmcCode the other operations take.

        POST /xtra/qingjia/server/openapi/v2/maxVersionConfigList
        """
        return _list_leave_rule_configs.sync(
            client=self._http,
            body=with_extra(
                QingjiaRuleConfigsRequest(
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

    def list_leave_types(
        self,
        *,
        cmc_code: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QingjiaLeaveType]:
        """List the leave types enabled under a rule configuration.

        POST /xtra/qingjia/server/openapi/v2/enableLeaveTypeList
        """
        return _list_leave_types.sync(
            client=self._http,
            body=with_extra(
                QingjiaLeaveTypesRequest(
                    cmc_code,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class QingjiaResourceWithRawResponse:
    """Every operation of `QingjiaResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: QingjiaResource) -> None:
        self.calculate_leave_duration = raw_method(resource.calculate_leave_duration, TABLE)
        self.create_leave_application = raw_method(resource.create_leave_application, TABLE)
        self.create_leave_upload_url = raw_method(resource.create_leave_upload_url, TABLE)
        self.fetch_leave_balance = raw_method(resource.fetch_leave_balance, TABLE)
        self.list_leave_applications = raw_method(resource.list_leave_applications, TABLE)
        self.list_leave_attendance_groups = raw_method(resource.list_leave_attendance_groups, TABLE)
        self.list_leave_rule_configs = raw_method(resource.list_leave_rule_configs, TABLE)
        self.list_leave_types = raw_method(resource.list_leave_types, TABLE)


class AsyncQingjiaResource:
    """Operations tagged `qingjia` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncQingjiaResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncQingjiaResourceWithRawResponse(self)

    async def calculate_leave_duration(
        self,
        *,
        cmc_code: str,
        times_vo: QingjiaLeavePeriod,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QingjiaLeaveDuration:
        """Work out how long a leave over a period counts for under a rule configuration.

        POST /xtra/qingjia/server/openapi/v2/times
        """
        return await _calculate_leave_duration.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaDurationRequest(
                    cmc_code,
                    times_vo,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_leave_application(
        self,
        *,
        cmc_code: str,
        is_leave_back: bool,
        apply_vo: QingjiaApplyForm,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Submit a leave application, or with isLeaveBack a leave-back (销假) application.

        POST /xtra/qingjia/server/openapi/v2/saveApply
        """
        return await _create_leave_application.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaApplyRequest(
                    cmc_code,
                    is_leave_back,
                    apply_vo,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_leave_upload_url(
        self,
        *,
        file_name: str,
        md5: str,
        size: int,
        org_id: str | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Get a presigned URL to upload a leave attachment to.

        The answer is a presigned object-storage URL (it carries its own signature, so treat it as a
        secret). PUT the file there with `client.leave.upload_leave_attachment(url, file, md5=...)`, giving
        the same md5.

        POST /xtra/qingjia/server/openapi/v2/upload
        """
        return await _create_leave_upload_url.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaUploadRequest(
                    file_name,
                    md5,
                    size,
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

    async def fetch_leave_balance(
        self,
        *,
        org_id: str,
        cmc_code: str,
        type_code: str | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QingjiaBalance:
        """Fetch a staff member's remaining leave, per leave type.

        POST /xtra/qingjia/server/openapi/v2/personBalance
        """
        return await _fetch_leave_balance.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaBalanceRequest(
                    org_id,
                    cmc_code,
                    type_code,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_leave_applications(
        self,
        *,
        cmc_code: str,
        query_vo: QingjiaApplyQuery,
        is_diss: bool | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QingjiaApplyPage:
        """List one page of a staff member's own leave applications.

        Paged in the body, inside queryVO (pageNo, pageSize); the answer is the V2 page (pageNo, pageSize,
        pages, total, result, hasNextPage). The last page is the one whose hasNextPage is false.

        POST /xtra/qingjia/server/openapi/v2/myApplyPageInfo
        """
        return await _list_leave_applications.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaApplyListRequest(
                    cmc_code,
                    query_vo,
                    is_diss,
                    staff_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_leave_applications(
        self,
        *,
        cmc_code: str,
        query_vo: QingjiaApplyQuery,
        is_diss: bool | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[QingjiaApplication]:
        """Every item of `list_leave_applications`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_leave_applications(
                cmc_code=cmc_code,
                query_vo=paged(query_vo, evolve(query_vo, page_no=position)),
                is_diss=is_diss,
                staff_id=staff_id,
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

    async def list_leave_attendance_groups(
        self,
        *,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QingjiaAttendanceGroup]:
        """List the organisation's attendance groups (or a staff member's).

        POST /xtra/qingjia/server/openapi/v2/attendanceGroupList
        """
        return await _list_leave_attendance_groups.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaGroupsRequest(
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

    async def list_leave_rule_configs(
        self,
        *,
        org_id: str | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QingjiaRuleConfig]:
        """List the attendance-group rule configurations, each with the cmcCode the other operations take.

        POST /xtra/qingjia/server/openapi/v2/maxVersionConfigList
        """
        return await _list_leave_rule_configs.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaRuleConfigsRequest(
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

    async def list_leave_types(
        self,
        *,
        cmc_code: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QingjiaLeaveType]:
        """List the leave types enabled under a rule configuration.

        POST /xtra/qingjia/server/openapi/v2/enableLeaveTypeList
        """
        return await _list_leave_types.asyncio(
            client=self._http,
            body=with_extra(
                QingjiaLeaveTypesRequest(
                    cmc_code,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncQingjiaResourceWithRawResponse:
    """Every operation of `AsyncQingjiaResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncQingjiaResource) -> None:
        self.calculate_leave_duration = araw_method(resource.calculate_leave_duration, TABLE)
        self.create_leave_application = araw_method(resource.create_leave_application, TABLE)
        self.create_leave_upload_url = araw_method(resource.create_leave_upload_url, TABLE)
        self.fetch_leave_balance = araw_method(resource.fetch_leave_balance, TABLE)
        self.list_leave_applications = araw_method(resource.list_leave_applications, TABLE)
        self.list_leave_attendance_groups = araw_method(resource.list_leave_attendance_groups, TABLE)
        self.list_leave_rule_configs = araw_method(resource.list_leave_rule_configs, TABLE)
        self.list_leave_types = araw_method(resource.list_leave_types, TABLE)


__all__ = ["AsyncQingjiaResource", "QingjiaResource"]
