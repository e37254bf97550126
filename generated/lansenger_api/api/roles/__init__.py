# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `roles` resource: its operations as methods, sync and async."""

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
    from ...models.role_create_request import RoleCreateRequest
    from ...models.role_created import RoleCreated
    from ...models.role_member_delete_request import RoleMemberDeleteRequest
    from ...models.role_members import RoleMembers
    from ...models.role_members_add_request import RoleMembersAddRequest
    from . import add_role_members as _add_role_members
    from . import create_role as _create_role
    from . import delete_role_member as _delete_role_member
    from . import list_role_members as _list_role_members
else:
    RoleCreateRequest = Deferred(__name__, "...models.role_create_request", "RoleCreateRequest")
    RoleMemberDeleteRequest = Deferred(__name__, "...models.role_member_delete_request", "RoleMemberDeleteRequest")
    RoleMembersAddRequest = Deferred(__name__, "...models.role_members_add_request", "RoleMembersAddRequest")
    _add_role_members = Deferred(__name__, ".add_role_members")
    _create_role = Deferred(__name__, ".create_role")
    _delete_role_member = Deferred(__name__, ".delete_role_member")
    _list_role_members = Deferred(__name__, ".list_role_members")


class RolesResource:
    """Operations tagged `roles` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> RolesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return RolesResourceWithRawResponse(self)

    def add_role_members(
        self,
        *,
        role_id: str,
        staff_ids: list[str],
        creator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Add staff members to a role.

        Adding someone who already holds the role changes nothing.

        POST /v1/rolemember/create
        """
        _add_role_members.sync(
            client=self._http,
            body=with_extra(
                RoleMembersAddRequest(
                    role_id,
                    staff_ids,
                    creator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_role(
        self,
        org_id: str,
        *,
        role_name: str,
        description: str | Unset = UNSET,
        creator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> RoleCreated:
        """Create a role in an org.

        Role names are unique in the org.

        POST /v1/org/{org_id}/role/create
        """
        return _create_role.sync(
            org_id=org_id,
            client=self._http,
            body=with_extra(
                RoleCreateRequest(
                    role_name,
                    description,
                    creator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_role_member(
        self,
        role_member_id: str,
        *,
        operator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Take a role away from a member.

        `role_member_id` is the member's `id` as list_role_members reports it. The platform's SDKs do not
        say whether that is the staff id or an id of the membership, and the call names no role; the sandbox
        reports staff ids and takes the person out of every role they hold.

        POST /v1/rolemember/{role_member_id}/delete
        """
        _delete_role_member.sync(
            role_member_id=role_member_id,
            client=self._http,
            body=with_extra(
                RoleMemberDeleteRequest(
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_role_members(
        self,
        org_id: str,
        role_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> RoleMembers:
        """List the members of a role (e.g. the app's operators).

        Not paged.

        GET /v1/org/{org_id}/role/{role_id}/members/fetch
        """
        return _list_role_members.sync(
            org_id=org_id,
            role_id=role_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class RolesResourceWithRawResponse:
    """Every operation of `RolesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: RolesResource) -> None:
        self.add_role_members = raw_method(resource.add_role_members, TABLE)
        self.create_role = raw_method(resource.create_role, TABLE)
        self.delete_role_member = raw_method(resource.delete_role_member, TABLE)
        self.list_role_members = raw_method(resource.list_role_members, TABLE)


class AsyncRolesResource:
    """Operations tagged `roles` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncRolesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncRolesResourceWithRawResponse(self)

    async def add_role_members(
        self,
        *,
        role_id: str,
        staff_ids: list[str],
        creator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Add staff members to a role.

        Adding someone who already holds the role changes nothing.

        POST /v1/rolemember/create
        """
        await _add_role_members.asyncio(
            client=self._http,
            body=with_extra(
                RoleMembersAddRequest(
                    role_id,
                    staff_ids,
                    creator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_role(
        self,
        org_id: str,
        *,
        role_name: str,
        description: str | Unset = UNSET,
        creator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> RoleCreated:
        """Create a role in an org.

        Role names are unique in the org.

        POST /v1/org/{org_id}/role/create
        """
        return await _create_role.asyncio(
            org_id=org_id,
            client=self._http,
            body=with_extra(
                RoleCreateRequest(
                    role_name,
                    description,
                    creator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_role_member(
        self,
        role_member_id: str,
        *,
        operator: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Take a role away from a member.

        `role_member_id` is the member's `id` as list_role_members reports it. The platform's SDKs do not
        say whether that is the staff id or an id of the membership, and the call names no role; the sandbox
        reports staff ids and takes the person out of every role they hold.

        POST /v1/rolemember/{role_member_id}/delete
        """
        await _delete_role_member.asyncio(
            role_member_id=role_member_id,
            client=self._http,
            body=with_extra(
                RoleMemberDeleteRequest(
                    operator,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_role_members(
        self,
        org_id: str,
        role_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> RoleMembers:
        """List the members of a role (e.g. the app's operators).

        Not paged.

        GET /v1/org/{org_id}/role/{role_id}/members/fetch
        """
        return await _list_role_members.asyncio(
            org_id=org_id,
            role_id=role_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncRolesResourceWithRawResponse:
    """Every operation of `AsyncRolesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncRolesResource) -> None:
        self.add_role_members = araw_method(resource.add_role_members, TABLE)
        self.create_role = araw_method(resource.create_role, TABLE)
        self.delete_role_member = araw_method(resource.delete_role_member, TABLE)
        self.list_role_members = araw_method(resource.list_role_members, TABLE)


__all__ = ["AsyncRolesResource", "RolesResource"]
