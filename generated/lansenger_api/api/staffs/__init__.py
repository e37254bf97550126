# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `staffs` resource: its operations as methods, sync and async."""

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
    from ...models.staff_account_state import StaffAccountState, check_staff_account_state
    from ...models.staff_ancestor_chain import StaffAncestorChain
    from ...models.staff_create_request import StaffCreateRequest
    from ...models.staff_created import StaffCreated
    from ...models.staff_deleted import StaffDeleted
    from ...models.staff_department_assignment import StaffDepartmentAssignment
    from ...models.staff_detail import StaffDetail
    from ...models.staff_extra_field_values import StaffExtraFieldValues
    from ...models.staff_gender_option import StaffGenderOption, check_staff_gender_option
    from ...models.staff_id_mapping import StaffIdMapping
    from ...models.staff_id_type import StaffIdType, check_staff_id_type
    from ...models.staff_info import StaffInfo
    from ...models.staff_introduction import StaffIntroduction
    from ...models.staff_login_way import StaffLoginWay, check_staff_login_way
    from ...models.staff_phone import StaffPhone
    from ...models.staff_resume_entry import StaffResumeEntry
    from ...models.staff_search_hit import StaffSearchHit
    from ...models.staff_search_page import StaffSearchPage
    from ...models.staff_search_request import StaffSearchRequest
    from ...models.staff_search_scope import StaffSearchScope
    from ...models.staff_update_request import StaffUpdateRequest
    from . import create_staff as _create_staff
    from . import delete_staff as _delete_staff
    from . import fetch_staff as _fetch_staff
    from . import fetch_staff_detail as _fetch_staff_detail
    from . import list_staff_department_ancestors as _list_staff_department_ancestors
    from . import map_staff_id as _map_staff_id
    from . import search_staffs as _search_staffs
    from . import update_staff as _update_staff
else:
    StaffCreateRequest = Deferred(__name__, "...models.staff_create_request", "StaffCreateRequest")
    StaffSearchRequest = Deferred(__name__, "...models.staff_search_request", "StaffSearchRequest")
    StaffUpdateRequest = Deferred(__name__, "...models.staff_update_request", "StaffUpdateRequest")
    _create_staff = Deferred(__name__, ".create_staff")
    _delete_staff = Deferred(__name__, ".delete_staff")
    _fetch_staff = Deferred(__name__, ".fetch_staff")
    _fetch_staff_detail = Deferred(__name__, ".fetch_staff_detail")
    _list_staff_department_ancestors = Deferred(__name__, ".list_staff_department_ancestors")
    _map_staff_id = Deferred(__name__, ".map_staff_id")
    _search_staffs = Deferred(__name__, ".search_staffs")
    _update_staff = Deferred(__name__, ".update_staff")


class StaffsResource:
    """Operations tagged `staffs` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> StaffsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return StaffsResourceWithRawResponse(self)

    def create_staff(
        self,
        *,
        org_id: str,
        name: str,
        departments: list[StaffDepartmentAssignment] | Unset = UNSET,
        mobile_phone: StaffPhone | Unset = UNSET,
        email: str | Unset = UNSET,
        login_name: str | Unset = UNSET,
        login_password: str | Unset = UNSET,
        login_ways: list[StaffLoginWay] | Unset = UNSET,
        employee_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        gender: StaffGenderOption | Unset = UNSET,
        status: int | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        birthdate: str | Unset = UNSET,
        nationality: str | Unset = UNSET,
        native_place: str | Unset = UNSET,
        id_number: str | Unset = UNSET,
        duties: str | Unset = UNSET,
        parties: str | Unset = UNSET,
        address: str | Unset = UNSET,
        introduction: StaffIntroduction | Unset = UNSET,
        education: list[StaffResumeEntry] | Unset = UNSET,
        career: list[StaffResumeEntry] | Unset = UNSET,
        extra_phones: list[StaffPhone] | Unset = UNSET,
        extra_field_set: StaffExtraFieldValues | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        ext_attr_1: str | Unset = UNSET,
        ext_attr_2: str | Unset = UNSET,
        sms_invitation: bool | Unset = UNSET,
        disable_password_reset: bool | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffCreated:
        """Create a staff member in the org's contacts.

        `loginWays` says how the person signs in (mobile when left out); each way needs its credential:
        `mobilePhone` for mobile, `email` for email, `loginName` for account and password. `loginPassword`
        is sent pre-hashed with the algorithm the org configured, never in clear.

        POST /v1/staffs/create
        """
        return _create_staff.sync(
            client=self._http,
            body=with_extra(
                StaffCreateRequest(
                    org_id,
                    name,
                    departments,
                    mobile_phone,
                    email,
                    login_name,
                    login_password,
                    login_ways,
                    employee_number,
                    external_id,
                    gender,
                    status,
                    avatar_id,
                    avatar_url,
                    signature,
                    birthdate,
                    nationality,
                    native_place,
                    id_number,
                    duties,
                    parties,
                    address,
                    introduction,
                    education,
                    career,
                    extra_phones,
                    extra_field_set,
                    tags,
                    ext_attr_1,
                    ext_attr_2,
                    sms_invitation,
                    disable_password_reset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_staff(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffDeleted | None:
        """Delete a staff member from the org.

        The platform takes no body. Its answer's `data` is an undocumented object (kept as received; None
        when absent).

        POST /v1/staffs/{staff_id}/delete
        """
        return _delete_staff.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_staff(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffInfo:
        """Fetch a staff member's basic profile.

        GET /v1/staffs/{staff_id}/fetch
        """
        return _fetch_staff.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_staff_detail(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffDetail:
        """Fetch a staff member's full profile (contact details, résumé, extension fields).

        Needs the org's or the person's authorisation for the app; a user_token is recommended. Fields the
        app may not see are left out.

        GET /v1/staffs/{staff_id}/infor/fetch
        """
        return _fetch_staff_detail.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_staff_department_ancestors(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[StaffAncestorChain]:
        """List the department chains above a staff member, one per department they belong to.

        The only answer of this API whose `data` is an array.

        GET /v1/staffs/{staff_id}/departmentancestors/fetch
        """
        return _list_staff_department_ancestors.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def map_staff_id(
        self,
        *,
        org_id: str,
        id_type: StaffIdType,
        id_value: str,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffIdMapping:
        """Find the staffId behind an employee number, mobile, mail, login name or external id.

        GET /v2/staffs/id_mapping/fetch
        """
        return _map_staff_id.sync(
            client=self._http,
            org_id=org_id,
            id_type=id_type,
            id_value=id_value,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffSearchPage:
        """Search staff by name, optionally within some departments.

        The platform needs the searching person: give `user_token` or `user_id` (it refuses a call with
        neither). Paged by `page` (from 1); `page` is always sent because the platform silently drops a
        `page_size` that comes without it. Walk every page with `iter_search_staffs`, which stops on
        `total`: `hasMore` is unreliable here.

        POST /v2/staffs/search
        """
        return _search_staffs.sync(
            client=self._http,
            body=with_extra(
                StaffSearchRequest(
                    keyword,
                    recursive,
                    search_scope,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[StaffSearchHit]:
        """Every item of `search_staffs`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.search_staffs(
                keyword=keyword,
                recursive=recursive,
                search_scope=search_scope,
                user_token=user_token,
                user_id=user_id,
                page=position,
                page_size=page_size,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.staff_info,
            total=lambda data: data.total,
            advance=next_page,
        )

    def update_staff(
        self,
        staff_id: str,
        *,
        name: str | Unset = UNSET,
        departments: list[StaffDepartmentAssignment] | Unset = UNSET,
        mobile_phone: StaffPhone | Unset = UNSET,
        email: str | Unset = UNSET,
        login_name: str | Unset = UNSET,
        login_ways: list[StaffLoginWay] | Unset = UNSET,
        employee_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        gender: StaffGenderOption | Unset = UNSET,
        status: StaffAccountState | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        birthdate: str | Unset = UNSET,
        nationality: str | Unset = UNSET,
        native_place: str | Unset = UNSET,
        id_number: str | Unset = UNSET,
        duties: str | Unset = UNSET,
        parties: str | Unset = UNSET,
        address: str | Unset = UNSET,
        introduction: StaffIntroduction | Unset = UNSET,
        education: list[StaffResumeEntry] | Unset = UNSET,
        career: list[StaffResumeEntry] | Unset = UNSET,
        extra_phones: list[StaffPhone] | Unset = UNSET,
        extra_field_set: StaffExtraFieldValues | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        ext_attr_1: str | Unset = UNSET,
        ext_attr_2: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Change a staff member's profile, departments, sign-in ways or account state.

        Fields left out keep their value; a list given replaces the whole list (departments, tags,
        loginWays, extraPhones, education, career). `status` only switches between normal and frozen.

        POST /v1/staffs/{staff_id}/update
        """
        _update_staff.sync(
            staff_id=staff_id,
            client=self._http,
            body=with_extra(
                StaffUpdateRequest(
                    name,
                    departments,
                    mobile_phone,
                    email,
                    login_name,
                    login_ways,
                    employee_number,
                    external_id,
                    gender,
                    status,
                    avatar_id,
                    signature,
                    birthdate,
                    nationality,
                    native_place,
                    id_number,
                    duties,
                    parties,
                    address,
                    introduction,
                    education,
                    career,
                    extra_phones,
                    extra_field_set,
                    tags,
                    ext_attr_1,
                    ext_attr_2,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class StaffsResourceWithRawResponse:
    """Every operation of `StaffsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: StaffsResource) -> None:
        self.create_staff = raw_method(resource.create_staff, TABLE)
        self.delete_staff = raw_method(resource.delete_staff, TABLE)
        self.fetch_staff = raw_method(resource.fetch_staff, TABLE)
        self.fetch_staff_detail = raw_method(resource.fetch_staff_detail, TABLE)
        self.list_staff_department_ancestors = raw_method(resource.list_staff_department_ancestors, TABLE)
        self.map_staff_id = raw_method(resource.map_staff_id, TABLE)
        self.search_staffs = raw_method(resource.search_staffs, TABLE)
        self.update_staff = raw_method(resource.update_staff, TABLE)


class AsyncStaffsResource:
    """Operations tagged `staffs` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncStaffsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncStaffsResourceWithRawResponse(self)

    async def create_staff(
        self,
        *,
        org_id: str,
        name: str,
        departments: list[StaffDepartmentAssignment] | Unset = UNSET,
        mobile_phone: StaffPhone | Unset = UNSET,
        email: str | Unset = UNSET,
        login_name: str | Unset = UNSET,
        login_password: str | Unset = UNSET,
        login_ways: list[StaffLoginWay] | Unset = UNSET,
        employee_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        gender: StaffGenderOption | Unset = UNSET,
        status: int | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        birthdate: str | Unset = UNSET,
        nationality: str | Unset = UNSET,
        native_place: str | Unset = UNSET,
        id_number: str | Unset = UNSET,
        duties: str | Unset = UNSET,
        parties: str | Unset = UNSET,
        address: str | Unset = UNSET,
        introduction: StaffIntroduction | Unset = UNSET,
        education: list[StaffResumeEntry] | Unset = UNSET,
        career: list[StaffResumeEntry] | Unset = UNSET,
        extra_phones: list[StaffPhone] | Unset = UNSET,
        extra_field_set: StaffExtraFieldValues | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        ext_attr_1: str | Unset = UNSET,
        ext_attr_2: str | Unset = UNSET,
        sms_invitation: bool | Unset = UNSET,
        disable_password_reset: bool | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffCreated:
        """Create a staff member in the org's contacts.

        `loginWays` says how the person signs in (mobile when left out); each way needs its credential:
        `mobilePhone` for mobile, `email` for email, `loginName` for account and password. `loginPassword`
        is sent pre-hashed with the algorithm the org configured, never in clear.

        POST /v1/staffs/create
        """
        return await _create_staff.asyncio(
            client=self._http,
            body=with_extra(
                StaffCreateRequest(
                    org_id,
                    name,
                    departments,
                    mobile_phone,
                    email,
                    login_name,
                    login_password,
                    login_ways,
                    employee_number,
                    external_id,
                    gender,
                    status,
                    avatar_id,
                    avatar_url,
                    signature,
                    birthdate,
                    nationality,
                    native_place,
                    id_number,
                    duties,
                    parties,
                    address,
                    introduction,
                    education,
                    career,
                    extra_phones,
                    extra_field_set,
                    tags,
                    ext_attr_1,
                    ext_attr_2,
                    sms_invitation,
                    disable_password_reset,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_staff(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffDeleted | None:
        """Delete a staff member from the org.

        The platform takes no body. Its answer's `data` is an undocumented object (kept as received; None
        when absent).

        POST /v1/staffs/{staff_id}/delete
        """
        return await _delete_staff.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_staff(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffInfo:
        """Fetch a staff member's basic profile.

        GET /v1/staffs/{staff_id}/fetch
        """
        return await _fetch_staff.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_staff_detail(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffDetail:
        """Fetch a staff member's full profile (contact details, résumé, extension fields).

        Needs the org's or the person's authorisation for the app; a user_token is recommended. Fields the
        app may not see are left out.

        GET /v1/staffs/{staff_id}/infor/fetch
        """
        return await _fetch_staff_detail.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_staff_department_ancestors(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[StaffAncestorChain]:
        """List the department chains above a staff member, one per department they belong to.

        The only answer of this API whose `data` is an array.

        GET /v1/staffs/{staff_id}/departmentancestors/fetch
        """
        return await _list_staff_department_ancestors.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def map_staff_id(
        self,
        *,
        org_id: str,
        id_type: StaffIdType,
        id_value: str,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffIdMapping:
        """Find the staffId behind an employee number, mobile, mail, login name or external id.

        GET /v2/staffs/id_mapping/fetch
        """
        return await _map_staff_id.asyncio(
            client=self._http,
            org_id=org_id,
            id_type=id_type,
            id_value=id_value,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StaffSearchPage:
        """Search staff by name, optionally within some departments.

        The platform needs the searching person: give `user_token` or `user_id` (it refuses a call with
        neither). Paged by `page` (from 1); `page` is always sent because the platform silently drops a
        `page_size` that comes without it. Walk every page with `iter_search_staffs`, which stops on
        `total`: `hasMore` is unreliable here.

        POST /v2/staffs/search
        """
        return await _search_staffs.asyncio(
            client=self._http,
            body=with_extra(
                StaffSearchRequest(
                    keyword,
                    recursive,
                    search_scope,
                ),
                extra_body,
            ),
            user_token=user_token,
            user_id=user_id,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[StaffSearchHit]:
        """Every item of `search_staffs`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.search_staffs(
                keyword=keyword,
                recursive=recursive,
                search_scope=search_scope,
                user_token=user_token,
                user_id=user_id,
                page=position,
                page_size=page_size,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.staff_info,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def update_staff(
        self,
        staff_id: str,
        *,
        name: str | Unset = UNSET,
        departments: list[StaffDepartmentAssignment] | Unset = UNSET,
        mobile_phone: StaffPhone | Unset = UNSET,
        email: str | Unset = UNSET,
        login_name: str | Unset = UNSET,
        login_ways: list[StaffLoginWay] | Unset = UNSET,
        employee_number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        gender: StaffGenderOption | Unset = UNSET,
        status: StaffAccountState | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        birthdate: str | Unset = UNSET,
        nationality: str | Unset = UNSET,
        native_place: str | Unset = UNSET,
        id_number: str | Unset = UNSET,
        duties: str | Unset = UNSET,
        parties: str | Unset = UNSET,
        address: str | Unset = UNSET,
        introduction: StaffIntroduction | Unset = UNSET,
        education: list[StaffResumeEntry] | Unset = UNSET,
        career: list[StaffResumeEntry] | Unset = UNSET,
        extra_phones: list[StaffPhone] | Unset = UNSET,
        extra_field_set: StaffExtraFieldValues | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        ext_attr_1: str | Unset = UNSET,
        ext_attr_2: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Change a staff member's profile, departments, sign-in ways or account state.

        Fields left out keep their value; a list given replaces the whole list (departments, tags,
        loginWays, extraPhones, education, career). `status` only switches between normal and frozen.

        POST /v1/staffs/{staff_id}/update
        """
        await _update_staff.asyncio(
            staff_id=staff_id,
            client=self._http,
            body=with_extra(
                StaffUpdateRequest(
                    name,
                    departments,
                    mobile_phone,
                    email,
                    login_name,
                    login_ways,
                    employee_number,
                    external_id,
                    gender,
                    status,
                    avatar_id,
                    signature,
                    birthdate,
                    nationality,
                    native_place,
                    id_number,
                    duties,
                    parties,
                    address,
                    introduction,
                    education,
                    career,
                    extra_phones,
                    extra_field_set,
                    tags,
                    ext_attr_1,
                    ext_attr_2,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncStaffsResourceWithRawResponse:
    """Every operation of `AsyncStaffsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncStaffsResource) -> None:
        self.create_staff = araw_method(resource.create_staff, TABLE)
        self.delete_staff = araw_method(resource.delete_staff, TABLE)
        self.fetch_staff = araw_method(resource.fetch_staff, TABLE)
        self.fetch_staff_detail = araw_method(resource.fetch_staff_detail, TABLE)
        self.list_staff_department_ancestors = araw_method(resource.list_staff_department_ancestors, TABLE)
        self.map_staff_id = araw_method(resource.map_staff_id, TABLE)
        self.search_staffs = araw_method(resource.search_staffs, TABLE)
        self.update_staff = araw_method(resource.update_staff, TABLE)


__all__ = ["AsyncStaffsResource", "StaffsResource"]
