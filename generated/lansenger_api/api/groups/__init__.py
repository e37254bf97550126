# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `groups` resource: its operations as methods, sync and async."""

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
    from ...models.group_create_request import GroupCreateRequest
    from ...models.group_created import GroupCreated
    from ...models.group_delete_request import GroupDeleteRequest
    from ...models.group_ids_page import GroupIdsPage
    from ...models.group_info import GroupInfo
    from ...models.group_info_update import GroupInfoUpdate
    from ...models.group_manage_mode import GroupManageMode, check_group_manage_mode
    from ...models.group_member import GroupMember
    from ...models.group_members_page import GroupMembersPage
    from ...models.group_members_update import GroupMembersUpdate
    from ...models.group_members_updated import GroupMembersUpdated
    from ...models.group_membership import GroupMembership
    from ...models.group_share import GroupShare
    from ...models.group_share_request import GroupShareRequest
    from . import create_group as _create_group
    from . import create_group_share as _create_group_share
    from . import delete_group as _delete_group
    from . import fetch_group_info as _fetch_group_info
    from . import is_in_group as _is_in_group
    from . import list_group_members as _list_group_members
    from . import list_groups as _list_groups
    from . import update_group_info as _update_group_info
    from . import update_group_members as _update_group_members
else:
    GroupCreateRequest = Deferred(__name__, "...models.group_create_request", "GroupCreateRequest")
    GroupDeleteRequest = Deferred(__name__, "...models.group_delete_request", "GroupDeleteRequest")
    GroupInfoUpdate = Deferred(__name__, "...models.group_info_update", "GroupInfoUpdate")
    GroupMembersUpdate = Deferred(__name__, "...models.group_members_update", "GroupMembersUpdate")
    GroupShareRequest = Deferred(__name__, "...models.group_share_request", "GroupShareRequest")
    _create_group = Deferred(__name__, ".create_group")
    _create_group_share = Deferred(__name__, ".create_group_share")
    _delete_group = Deferred(__name__, ".delete_group")
    _fetch_group_info = Deferred(__name__, ".fetch_group_info")
    _is_in_group = Deferred(__name__, ".is_in_group")
    _list_group_members = Deferred(__name__, ".list_group_members")
    _list_groups = Deferred(__name__, ".list_groups")
    _update_group_info = Deferred(__name__, ".update_group_info")
    _update_group_members = Deferred(__name__, ".update_group_members")


class GroupsResource:
    """Operations tagged `groups` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> GroupsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return GroupsResourceWithRawResponse(self)

    def create_group(
        self,
        *,
        name: str,
        org_id: str,
        owner_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        staff_id_list: list[str] | Unset = UNSET,
        department_id_list: list[str] | Unset = UNSET,
        apply_request_id: str | Unset = UNSET,
        apply_notes: str | Unset = UNSET,
        apply_global_unique_id: str | Unset = UNSET,
        apply_session_unique_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupCreated:
        """Create a group chat.

        Acts as the user of `user_token` when given, else as the app's bot. The group starts with its owner,
        the staff of staffIdList and every member of the departments in departmentIdList; ids the platform
        cannot use come back in invalidStaff / invalidDepartment instead of failing the call.

        POST /v2/groups/create
        """
        return _create_group.sync(
            client=self._http,
            body=with_extra(
                GroupCreateRequest(
                    name,
                    org_id,
                    owner_id,
                    description,
                    avatar_id,
                    staff_id_list,
                    department_id_list,
                    apply_request_id,
                    apply_notes,
                    apply_global_unique_id,
                    apply_session_unique_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_group_share(
        self,
        group_id: str,
        *,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupShare:
        """Create a share id for a group, to share the group with others.

        Acts as the user of `user_token` when given, who must be a member, else as the app's bot. The
        platform wants an empty JSON object as the body; the SDK sends it. It documents nothing about the id
        beyond its name.

        POST /v2/groups/{group_id}/share/create
        """
        return _create_group_share.sync(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupShareRequest(),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_group(
        self,
        group_id: str,
        *,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Dismiss (delete) a group; the owner only.

        With `user_token` the user must own the group. The platform wants an empty JSON object as the body;
        the SDK sends it.

        POST /v2/groups/{group_id}/delete
        """
        _delete_group.sync(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupDeleteRequest(),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_group_info(
        self,
        group_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupInfo:
        """Fetch a group's name, owner, settings and member count.

        GET /v2/groups/{group_id}/info/fetch
        """
        return _fetch_group_info.sync(
            group_id=group_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def is_in_group(
        self,
        group_id: str,
        *,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupMembership:
        """Whether someone is a member of a group.

        Checks `staff_id`, else the user of `user_token`, else the app's bot. The platform answers errCode
        10000 both for a non-member and for a query that failed (an unknown group among them), so the SDK
        reads 10000 as `isInGroup: false` rather than raising: a False answer means "not a member, or could
        not tell".

        GET /v2/groups/{group_id}/members/is_in_group
        """
        return _is_in_group.sync(
            group_id=group_id,
            client=self._http,
            staff_id=staff_id,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_group_members(
        self,
        group_id: str,
        *,
        page_offset: int | Unset = 0,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupMembersPage:
        """One page of a group's members.

        `page_offset` is a page index counted from 0 (not an item offset): page n holds members n*page_size
        .. n*page_size+page_size-1. `iter_list_group_members` walks every page.

        GET /v2/groups/{group_id}/members/fetch
        """
        return _list_group_members.sync(
            group_id=group_id,
            client=self._http,
            page_offset=page_offset,
            page_size=page_size,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_group_members(
        self,
        group_id: str,
        *,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[GroupMember]:
        """Every item of `list_group_members`, fetching page after page from page 0.

        Stops once `totalMembers` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_group_members(
                group_id,
                page_offset=position,
                page_size=page_size,
                user_token=user_token,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.members,
            total=lambda data: data.total_members,
            advance=next_page,
        )

    def list_groups(
        self,
        *,
        page_offset: int | Unset = 0,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupIdsPage:
        """One page of the ids of the groups the caller is in.

        The caller is the user of `user_token`, else the app's bot. `page_offset` is a page index counted
        from 0 (not an item offset); platform SDKs before 1.6.18 sent 1 for the first page, which skipped
        it. `iter_list_groups` walks every page.

        GET /v2/groups/fetch
        """
        return _list_groups.sync(
            client=self._http,
            page_offset=page_offset,
            page_size=page_size,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_groups(
        self,
        *,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[str]:
        """Every item of `list_groups`, fetching page after page from page 0.

        Stops once `totalGroupIds` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_groups(
                page_offset=position,
                page_size=page_size,
                user_token=user_token,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.group_ids,
            total=lambda data: data.total_group_ids,
            advance=next_page,
        )

    def update_group_info(
        self,
        group_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        assistant: list[str] | Unset = UNSET,
        demote_assistant: list[str] | Unset = UNSET,
        manage_mode: GroupManageMode | Unset = UNSET,
        location_share: bool | Unset = UNSET,
        needs_confirm: bool | Unset = UNSET,
        is_public: bool | Unset = UNSET,
        max_members: int | Unset = UNSET,
        max_history_msg_count: int | Unset = UNSET,
        remind_all: bool | Unset = UNSET,
        send_msg_status: bool | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Change a group's name, owner, assistants or settings.

        Give at least one field; fields left out keep their value.

        POST /v2/groups/{group_id}/info/update
        """
        _update_group_info.sync(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupInfoUpdate(
                    name,
                    description,
                    avatar_id,
                    owner_id,
                    assistant,
                    demote_assistant,
                    manage_mode,
                    location_share,
                    needs_confirm,
                    is_public,
                    max_members,
                    max_history_msg_count,
                    remind_all,
                    send_msg_status,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_group_members(
        self,
        group_id: str,
        *,
        add_user_list: list[str] | Unset = UNSET,
        del_user_list: list[str] | Unset = UNSET,
        add_department_id_list: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupMembersUpdated:
        """Add and remove group members.

        Give at least one of addUserList, delUserList and addDepartmentIdList. Only a user (user_token) can
        add departments; the app's bot cannot. Ids the platform cannot use come back in invalidStaff /
        invalidDepartment.

        POST /v2/groups/{group_id}/members/update
        """
        return _update_group_members.sync(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupMembersUpdate(
                    add_user_list,
                    del_user_list,
                    add_department_id_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class GroupsResourceWithRawResponse:
    """Every operation of `GroupsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: GroupsResource) -> None:
        self.create_group = raw_method(resource.create_group, TABLE)
        self.create_group_share = raw_method(resource.create_group_share, TABLE)
        self.delete_group = raw_method(resource.delete_group, TABLE)
        self.fetch_group_info = raw_method(resource.fetch_group_info, TABLE)
        self.is_in_group = raw_method(resource.is_in_group, TABLE)
        self.list_group_members = raw_method(resource.list_group_members, TABLE)
        self.list_groups = raw_method(resource.list_groups, TABLE)
        self.update_group_info = raw_method(resource.update_group_info, TABLE)
        self.update_group_members = raw_method(resource.update_group_members, TABLE)


class AsyncGroupsResource:
    """Operations tagged `groups` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncGroupsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncGroupsResourceWithRawResponse(self)

    async def create_group(
        self,
        *,
        name: str,
        org_id: str,
        owner_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        staff_id_list: list[str] | Unset = UNSET,
        department_id_list: list[str] | Unset = UNSET,
        apply_request_id: str | Unset = UNSET,
        apply_notes: str | Unset = UNSET,
        apply_global_unique_id: str | Unset = UNSET,
        apply_session_unique_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupCreated:
        """Create a group chat.

        Acts as the user of `user_token` when given, else as the app's bot. The group starts with its owner,
        the staff of staffIdList and every member of the departments in departmentIdList; ids the platform
        cannot use come back in invalidStaff / invalidDepartment instead of failing the call.

        POST /v2/groups/create
        """
        return await _create_group.asyncio(
            client=self._http,
            body=with_extra(
                GroupCreateRequest(
                    name,
                    org_id,
                    owner_id,
                    description,
                    avatar_id,
                    staff_id_list,
                    department_id_list,
                    apply_request_id,
                    apply_notes,
                    apply_global_unique_id,
                    apply_session_unique_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_group_share(
        self,
        group_id: str,
        *,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupShare:
        """Create a share id for a group, to share the group with others.

        Acts as the user of `user_token` when given, who must be a member, else as the app's bot. The
        platform wants an empty JSON object as the body; the SDK sends it. It documents nothing about the id
        beyond its name.

        POST /v2/groups/{group_id}/share/create
        """
        return await _create_group_share.asyncio(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupShareRequest(),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_group(
        self,
        group_id: str,
        *,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Dismiss (delete) a group; the owner only.

        With `user_token` the user must own the group. The platform wants an empty JSON object as the body;
        the SDK sends it.

        POST /v2/groups/{group_id}/delete
        """
        await _delete_group.asyncio(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupDeleteRequest(),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_group_info(
        self,
        group_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupInfo:
        """Fetch a group's name, owner, settings and member count.

        GET /v2/groups/{group_id}/info/fetch
        """
        return await _fetch_group_info.asyncio(
            group_id=group_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def is_in_group(
        self,
        group_id: str,
        *,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupMembership:
        """Whether someone is a member of a group.

        Checks `staff_id`, else the user of `user_token`, else the app's bot. The platform answers errCode
        10000 both for a non-member and for a query that failed (an unknown group among them), so the SDK
        reads 10000 as `isInGroup: false` rather than raising: a False answer means "not a member, or could
        not tell".

        GET /v2/groups/{group_id}/members/is_in_group
        """
        return await _is_in_group.asyncio(
            group_id=group_id,
            client=self._http,
            staff_id=staff_id,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_group_members(
        self,
        group_id: str,
        *,
        page_offset: int | Unset = 0,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupMembersPage:
        """One page of a group's members.

        `page_offset` is a page index counted from 0 (not an item offset): page n holds members n*page_size
        .. n*page_size+page_size-1. `iter_list_group_members` walks every page.

        GET /v2/groups/{group_id}/members/fetch
        """
        return await _list_group_members.asyncio(
            group_id=group_id,
            client=self._http,
            page_offset=page_offset,
            page_size=page_size,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_group_members(
        self,
        group_id: str,
        *,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[GroupMember]:
        """Every item of `list_group_members`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_group_members(
                group_id,
                page_offset=position,
                page_size=page_size,
                user_token=user_token,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.members,
            total=lambda data: data.total_members,
            advance=next_page,
        )

    async def list_groups(
        self,
        *,
        page_offset: int | Unset = 0,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupIdsPage:
        """One page of the ids of the groups the caller is in.

        The caller is the user of `user_token`, else the app's bot. `page_offset` is a page index counted
        from 0 (not an item offset); platform SDKs before 1.6.18 sent 1 for the first page, which skipped
        it. `iter_list_groups` walks every page.

        GET /v2/groups/fetch
        """
        return await _list_groups.asyncio(
            client=self._http,
            page_offset=page_offset,
            page_size=page_size,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_groups(
        self,
        *,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[str]:
        """Every item of `list_groups`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_groups(
                page_offset=position,
                page_size=page_size,
                user_token=user_token,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=0,
            items=lambda data: data.group_ids,
            total=lambda data: data.total_group_ids,
            advance=next_page,
        )

    async def update_group_info(
        self,
        group_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        assistant: list[str] | Unset = UNSET,
        demote_assistant: list[str] | Unset = UNSET,
        manage_mode: GroupManageMode | Unset = UNSET,
        location_share: bool | Unset = UNSET,
        needs_confirm: bool | Unset = UNSET,
        is_public: bool | Unset = UNSET,
        max_members: int | Unset = UNSET,
        max_history_msg_count: int | Unset = UNSET,
        remind_all: bool | Unset = UNSET,
        send_msg_status: bool | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Change a group's name, owner, assistants or settings.

        Give at least one field; fields left out keep their value.

        POST /v2/groups/{group_id}/info/update
        """
        await _update_group_info.asyncio(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupInfoUpdate(
                    name,
                    description,
                    avatar_id,
                    owner_id,
                    assistant,
                    demote_assistant,
                    manage_mode,
                    location_share,
                    needs_confirm,
                    is_public,
                    max_members,
                    max_history_msg_count,
                    remind_all,
                    send_msg_status,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_group_members(
        self,
        group_id: str,
        *,
        add_user_list: list[str] | Unset = UNSET,
        del_user_list: list[str] | Unset = UNSET,
        add_department_id_list: list[str] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> GroupMembersUpdated:
        """Add and remove group members.

        Give at least one of addUserList, delUserList and addDepartmentIdList. Only a user (user_token) can
        add departments; the app's bot cannot. Ids the platform cannot use come back in invalidStaff /
        invalidDepartment.

        POST /v2/groups/{group_id}/members/update
        """
        return await _update_group_members.asyncio(
            group_id=group_id,
            client=self._http,
            body=with_extra(
                GroupMembersUpdate(
                    add_user_list,
                    del_user_list,
                    add_department_id_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncGroupsResourceWithRawResponse:
    """Every operation of `AsyncGroupsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self.create_group = araw_method(resource.create_group, TABLE)
        self.create_group_share = araw_method(resource.create_group_share, TABLE)
        self.delete_group = araw_method(resource.delete_group, TABLE)
        self.fetch_group_info = araw_method(resource.fetch_group_info, TABLE)
        self.is_in_group = araw_method(resource.is_in_group, TABLE)
        self.list_group_members = araw_method(resource.list_group_members, TABLE)
        self.list_groups = araw_method(resource.list_groups, TABLE)
        self.update_group_info = araw_method(resource.update_group_info, TABLE)
        self.update_group_members = araw_method(resource.update_group_members, TABLE)


__all__ = ["AsyncGroupsResource", "GroupsResource"]
