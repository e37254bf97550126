# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `departments` resource: its operations as methods, sync and async."""

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
    from ...models.department_children import DepartmentChildren
    from ...models.department_create_request import DepartmentCreateRequest
    from ...models.department_created import DepartmentCreated
    from ...models.department_detail import DepartmentDetail
    from ...models.department_staff import DepartmentStaff
    from ...models.department_staff_page import DepartmentStaffPage
    from ...models.department_update_request import DepartmentUpdateRequest
    from . import add_department_staff as _add_department_staff
    from . import create_department as _create_department
    from . import delete_department as _delete_department
    from . import fetch_department as _fetch_department
    from . import list_child_departments as _list_child_departments
    from . import list_department_staffs as _list_department_staffs
    from . import remove_department_staff as _remove_department_staff
    from . import update_department as _update_department
else:
    DepartmentCreateRequest = Deferred(__name__, "...models.department_create_request", "DepartmentCreateRequest")
    DepartmentUpdateRequest = Deferred(__name__, "...models.department_update_request", "DepartmentUpdateRequest")
    _add_department_staff = Deferred(__name__, ".add_department_staff")
    _create_department = Deferred(__name__, ".create_department")
    _delete_department = Deferred(__name__, ".delete_department")
    _fetch_department = Deferred(__name__, ".fetch_department")
    _list_child_departments = Deferred(__name__, ".list_child_departments")
    _list_department_staffs = Deferred(__name__, ".list_department_staffs")
    _remove_department_staff = Deferred(__name__, ".remove_department_staff")
    _update_department = Deferred(__name__, ".update_department")


class DepartmentsResource:
    """Operations tagged `departments` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> DepartmentsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return DepartmentsResourceWithRawResponse(self)

    def add_department_staff(
        self,
        department_id: str,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Add a staff member to a department (they keep their other departments).

        The platform takes no body. Adding someone who is already a member changes nothing.

        POST /v1/departments/{department_id}/staffs/{staff_id}/create
        """
        _add_department_staff.sync(
            department_id=department_id,
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_department(
        self,
        *,
        name: str,
        parent_id: str,
        external_id: str | Unset = UNSET,
        order_number: int | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentCreated:
        """Create a department under a parent department.

        The parent may be the org's root department, `<orgId>-0`. `externalId` is the org's own id for the
        department: unique in the org and immutable once set.

        POST /v1/departments/create
        """
        return _create_department.sync(
            client=self._http,
            body=with_extra(
                DepartmentCreateRequest(
                    name,
                    parent_id,
                    external_id,
                    order_number,
                    tags,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_department(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete a department.

        The platform takes no body. What happens to a department that still has sub-departments or members
        is undocumented; the sandbox refuses to delete it (errCode 40001), so empty it first.

        POST /v1/departments/{department_id}/delete
        """
        _delete_department.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_department(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        tag_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentDetail:
        """Fetch one department's details, member counts and ancestors.

        The root department of an org is `<orgId>-0`. Org apps only, not personal bots.

        GET /v1/departments/{department_id}/fetch
        """
        return _fetch_department.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            tag_id=tag_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_child_departments(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentChildren:
        """List a department's direct sub-departments.

        GET /v1/departments/{department_id}/children/fetch
        """
        return _list_child_departments.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentStaffPage:
        """List one page of a department's members.

        Paged by `page` (from 1); walk every page with `iter_list_department_staffs`, which stops on `total`
        (the platform's `hasMore` is not relied on).

        GET /v1/departments/{department_id}/staffs/fetch
        """
        return _list_department_staffs.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page_size: int | Unset = 100,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[DepartmentStaff]:
        """Every item of `list_department_staffs`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_department_staffs(
                department_id,
                user_token=user_token,
                page=position,
                page_size=page_size,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.staffs,
            total=lambda data: data.total,
            advance=next_page,
        )

    def remove_department_staff(
        self,
        department_id: str,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Remove a staff member from one department.

        The platform takes no body. Whether a person may lose their last department is undocumented; the
        sandbox refuses it (errCode 40001): delete the staff member instead.

        POST /v1/departments/{department_id}/staffs/{staff_id}/delete
        """
        _remove_department_staff.sync(
            department_id=department_id,
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_department(
        self,
        department_id: str,
        *,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        order_number: int | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Rename, reorder or move a department, or replace its tags.

        Fields left out keep their value; `tags` replaces the whole list. A department cannot move under
        itself or one of its sub-departments.

        POST /v1/departments/{department_id}/update
        """
        _update_department.sync(
            department_id=department_id,
            client=self._http,
            body=with_extra(
                DepartmentUpdateRequest(
                    name,
                    parent_id,
                    order_number,
                    tags,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class DepartmentsResourceWithRawResponse:
    """Every operation of `DepartmentsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: DepartmentsResource) -> None:
        self.add_department_staff = raw_method(resource.add_department_staff, TABLE)
        self.create_department = raw_method(resource.create_department, TABLE)
        self.delete_department = raw_method(resource.delete_department, TABLE)
        self.fetch_department = raw_method(resource.fetch_department, TABLE)
        self.list_child_departments = raw_method(resource.list_child_departments, TABLE)
        self.list_department_staffs = raw_method(resource.list_department_staffs, TABLE)
        self.remove_department_staff = raw_method(resource.remove_department_staff, TABLE)
        self.update_department = raw_method(resource.update_department, TABLE)


class AsyncDepartmentsResource:
    """Operations tagged `departments` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncDepartmentsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncDepartmentsResourceWithRawResponse(self)

    async def add_department_staff(
        self,
        department_id: str,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Add a staff member to a department (they keep their other departments).

        The platform takes no body. Adding someone who is already a member changes nothing.

        POST /v1/departments/{department_id}/staffs/{staff_id}/create
        """
        await _add_department_staff.asyncio(
            department_id=department_id,
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_department(
        self,
        *,
        name: str,
        parent_id: str,
        external_id: str | Unset = UNSET,
        order_number: int | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentCreated:
        """Create a department under a parent department.

        The parent may be the org's root department, `<orgId>-0`. `externalId` is the org's own id for the
        department: unique in the org and immutable once set.

        POST /v1/departments/create
        """
        return await _create_department.asyncio(
            client=self._http,
            body=with_extra(
                DepartmentCreateRequest(
                    name,
                    parent_id,
                    external_id,
                    order_number,
                    tags,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_department(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete a department.

        The platform takes no body. What happens to a department that still has sub-departments or members
        is undocumented; the sandbox refuses to delete it (errCode 40001), so empty it first.

        POST /v1/departments/{department_id}/delete
        """
        await _delete_department.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_department(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        tag_id: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentDetail:
        """Fetch one department's details, member counts and ancestors.

        The root department of an org is `<orgId>-0`. Org apps only, not personal bots.

        GET /v1/departments/{department_id}/fetch
        """
        return await _fetch_department.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            tag_id=tag_id,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_child_departments(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentChildren:
        """List a department's direct sub-departments.

        GET /v1/departments/{department_id}/children/fetch
        """
        return await _list_child_departments.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DepartmentStaffPage:
        """List one page of a department's members.

        Paged by `page` (from 1); walk every page with `iter_list_department_staffs`, which stops on `total`
        (the platform's `hasMore` is not relied on).

        GET /v1/departments/{department_id}/staffs/fetch
        """
        return await _list_department_staffs.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page_size: int | Unset = 100,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[DepartmentStaff]:
        """Every item of `list_department_staffs`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_department_staffs(
                department_id,
                user_token=user_token,
                page=position,
                page_size=page_size,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.staffs,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def remove_department_staff(
        self,
        department_id: str,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Remove a staff member from one department.

        The platform takes no body. Whether a person may lose their last department is undocumented; the
        sandbox refuses it (errCode 40001): delete the staff member instead.

        POST /v1/departments/{department_id}/staffs/{staff_id}/delete
        """
        await _remove_department_staff.asyncio(
            department_id=department_id,
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_department(
        self,
        department_id: str,
        *,
        name: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        order_number: int | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Rename, reorder or move a department, or replace its tags.

        Fields left out keep their value; `tags` replaces the whole list. A department cannot move under
        itself or one of its sub-departments.

        POST /v1/departments/{department_id}/update
        """
        await _update_department.asyncio(
            department_id=department_id,
            client=self._http,
            body=with_extra(
                DepartmentUpdateRequest(
                    name,
                    parent_id,
                    order_number,
                    tags,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncDepartmentsResourceWithRawResponse:
    """Every operation of `AsyncDepartmentsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncDepartmentsResource) -> None:
        self.add_department_staff = araw_method(resource.add_department_staff, TABLE)
        self.create_department = araw_method(resource.create_department, TABLE)
        self.delete_department = araw_method(resource.delete_department, TABLE)
        self.fetch_department = araw_method(resource.fetch_department, TABLE)
        self.list_child_departments = araw_method(resource.list_child_departments, TABLE)
        self.list_department_staffs = araw_method(resource.list_department_staffs, TABLE)
        self.remove_department_staff = araw_method(resource.remove_department_staff, TABLE)
        self.update_department = araw_method(resource.update_department, TABLE)


__all__ = ["AsyncDepartmentsResource", "DepartmentsResource"]
