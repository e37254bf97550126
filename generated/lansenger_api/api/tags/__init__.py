# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `tags` resource: its operations as methods, sync and async."""

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
    from ...models.tag_change import TagChange
    from ...models.tag_create_request import TagCreateRequest
    from ...models.tag_created import TagCreated
    from ...models.tag_filter import TagFilter
    from ...models.tag_group_category import TagGroupCategory, check_tag_group_category
    from ...models.tag_group_create_request import TagGroupCreateRequest
    from ...models.tag_group_created import TagGroupCreated
    from ...models.tag_group_detail import TagGroupDetail
    from ...models.tag_group_ids import TagGroupIds
    from ...models.tag_group_list_request import TagGroupListRequest
    from ...models.tag_group_update_request import TagGroupUpdateRequest
    from ...models.tag_meta_list import TagMetaList
    from ...models.tag_meta_request import TagMetaRequest
    from ...models.tag_staff import TagStaff
    from ...models.tag_staff_page import TagStaffPage
    from ...models.tag_staff_query import TagStaffQuery
    from ...models.tag_update_request import TagUpdateRequest
    from . import create_tag as _create_tag
    from . import create_tag_group as _create_tag_group
    from . import delete_tag as _delete_tag
    from . import delete_tag_group as _delete_tag_group
    from . import fetch_tag_group as _fetch_tag_group
    from . import fetch_tags_meta as _fetch_tags_meta
    from . import list_tag_groups as _list_tag_groups
    from . import list_tag_staff_ids as _list_tag_staff_ids
    from . import update_tag as _update_tag
    from . import update_tag_group as _update_tag_group
else:
    TagCreateRequest = Deferred(__name__, "...models.tag_create_request", "TagCreateRequest")
    TagGroupCreateRequest = Deferred(__name__, "...models.tag_group_create_request", "TagGroupCreateRequest")
    TagGroupListRequest = Deferred(__name__, "...models.tag_group_list_request", "TagGroupListRequest")
    TagGroupUpdateRequest = Deferred(__name__, "...models.tag_group_update_request", "TagGroupUpdateRequest")
    TagMetaRequest = Deferred(__name__, "...models.tag_meta_request", "TagMetaRequest")
    TagStaffQuery = Deferred(__name__, "...models.tag_staff_query", "TagStaffQuery")
    TagUpdateRequest = Deferred(__name__, "...models.tag_update_request", "TagUpdateRequest")
    _create_tag = Deferred(__name__, ".create_tag")
    _create_tag_group = Deferred(__name__, ".create_tag_group")
    _delete_tag = Deferred(__name__, ".delete_tag")
    _delete_tag_group = Deferred(__name__, ".delete_tag_group")
    _fetch_tag_group = Deferred(__name__, ".fetch_tag_group")
    _fetch_tags_meta = Deferred(__name__, ".fetch_tags_meta")
    _list_tag_groups = Deferred(__name__, ".list_tag_groups")
    _list_tag_staff_ids = Deferred(__name__, ".list_tag_staff_ids")
    _update_tag = Deferred(__name__, ".update_tag")
    _update_tag_group = Deferred(__name__, ".update_tag_group")


class TagsResource:
    """Operations tagged `tags` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return TagsResourceWithRawResponse(self)

    def create_tag(
        self,
        *,
        tag_group_id: str,
        tag_name: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagCreated:
        """Create a tag in a tag group.

        POST /v1/tags/create
        """
        return _create_tag.sync(
            client=self._http,
            body=with_extra(
                TagCreateRequest(
                    tag_group_id,
                    tag_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_tag_group(
        self,
        *,
        org_id: str,
        tag_group_name: str,
        tag_group_category: TagGroupCategory | Unset = UNSET,
        tag_group_type: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagGroupCreated:
        """Create a tag group, the container tags are created in.

        A group holds either staff tags or department tags (`tagGroupCategory`).

        POST /v1/taggroups/create
        """
        return _create_tag_group.sync(
            client=self._http,
            body=with_extra(
                TagGroupCreateRequest(
                    org_id,
                    tag_group_name,
                    tag_group_category,
                    tag_group_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_tag(
        self,
        tag_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagChange | None:
        """Delete a tag; it is taken off every staff member and department that carried it.

        The platform takes no body. The answer's `data` is an undocumented object (kept as received; None
        when absent).

        POST /v1/tags/{tag_id}/delete
        """
        return _delete_tag.sync(
            tag_id=tag_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_tag_group(
        self,
        tag_group_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete a tag group.

        The platform takes no body. What happens to the group's tags is undocumented; the sandbox deletes
        them with the group (and takes them off staff and departments).

        POST /v1/taggroups/{tag_group_id}/delete
        """
        _delete_tag_group.sync(
            tag_group_id=tag_group_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_tag_group(
        self,
        tag_group_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagGroupDetail:
        """Fetch a tag group's name, category, type and tags.

        GET /v1/taggroups/{tag_group_id}/fetch
        """
        return _fetch_tag_group.sync(
            tag_group_id=tag_group_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_tags_meta(
        self,
        *,
        tag_ids: list[str],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagMetaList:
        """Look up the names of tags by id.

        A read that takes a JSON body, hence POST.

        POST /v1/tags/meta/fetch
        """
        return _fetch_tags_meta.sync(
            client=self._http,
            body=with_extra(
                TagMetaRequest(
                    tag_ids,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_tag_groups(
        self,
        *,
        org_id: str,
        category_list: list[TagGroupCategory] | Unset = UNSET,
        tag_group_type: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagGroupIds:
        """List the ids of an org's tag groups, optionally of some categories or one type only.

        A read that takes a JSON body, hence POST; not paged.

        POST /v1/taggroups/fetch
        """
        return _list_tag_groups.sync(
            client=self._http,
            body=with_extra(
                TagGroupListRequest(
                    org_id,
                    category_list,
                    tag_group_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_tag_staff_ids(
        self,
        *,
        org_id: str,
        tag_filters: list[TagFilter],
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagStaffPage:
        """List one page of the staff who carry the given tags.

        A read that takes a JSON body, hence POST. Paged by `page` (from 1); walk every page with
        `iter_list_tag_staff_ids`, which stops on `total`. How several filters combine is undocumented; the
        sandbox matches a person who carries at least one tag of every filter.

        POST /v1/tags/staffids/fetch
        """
        return _list_tag_staff_ids.sync(
            client=self._http,
            body=with_extra(
                TagStaffQuery(
                    org_id,
                    tag_filters,
                ),
                extra_body,
            ),
            user_token=user_token,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_tag_staff_ids(
        self,
        *,
        org_id: str,
        tag_filters: list[TagFilter],
        user_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[TagStaff]:
        """Every item of `list_tag_staff_ids`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_tag_staff_ids(
                org_id=org_id,
                tag_filters=tag_filters,
                user_token=user_token,
                page=position,
                page_size=page_size,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.staffs,
            total=lambda data: data.total,
            advance=next_page,
        )

    def update_tag(
        self,
        tag_id: str,
        *,
        tag_name: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagChange | None:
        """Rename a tag.

        The answer's `data` is an undocumented object (kept as received; None when absent).

        POST /v1/tags/{tag_id}/update
        """
        return _update_tag.sync(
            tag_id=tag_id,
            client=self._http,
            body=with_extra(
                TagUpdateRequest(
                    tag_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_tag_group(
        self,
        tag_group_id: str,
        *,
        tag_group_name: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Rename a tag group.

        POST /v1/taggroups/{tag_group_id}/update
        """
        _update_tag_group.sync(
            tag_group_id=tag_group_id,
            client=self._http,
            body=with_extra(
                TagGroupUpdateRequest(
                    tag_group_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class TagsResourceWithRawResponse:
    """Every operation of `TagsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: TagsResource) -> None:
        self.create_tag = raw_method(resource.create_tag, TABLE)
        self.create_tag_group = raw_method(resource.create_tag_group, TABLE)
        self.delete_tag = raw_method(resource.delete_tag, TABLE)
        self.delete_tag_group = raw_method(resource.delete_tag_group, TABLE)
        self.fetch_tag_group = raw_method(resource.fetch_tag_group, TABLE)
        self.fetch_tags_meta = raw_method(resource.fetch_tags_meta, TABLE)
        self.list_tag_groups = raw_method(resource.list_tag_groups, TABLE)
        self.list_tag_staff_ids = raw_method(resource.list_tag_staff_ids, TABLE)
        self.update_tag = raw_method(resource.update_tag, TABLE)
        self.update_tag_group = raw_method(resource.update_tag_group, TABLE)


class AsyncTagsResource:
    """Operations tagged `tags` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncTagsResourceWithRawResponse(self)

    async def create_tag(
        self,
        *,
        tag_group_id: str,
        tag_name: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagCreated:
        """Create a tag in a tag group.

        POST /v1/tags/create
        """
        return await _create_tag.asyncio(
            client=self._http,
            body=with_extra(
                TagCreateRequest(
                    tag_group_id,
                    tag_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_tag_group(
        self,
        *,
        org_id: str,
        tag_group_name: str,
        tag_group_category: TagGroupCategory | Unset = UNSET,
        tag_group_type: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagGroupCreated:
        """Create a tag group, the container tags are created in.

        A group holds either staff tags or department tags (`tagGroupCategory`).

        POST /v1/taggroups/create
        """
        return await _create_tag_group.asyncio(
            client=self._http,
            body=with_extra(
                TagGroupCreateRequest(
                    org_id,
                    tag_group_name,
                    tag_group_category,
                    tag_group_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_tag(
        self,
        tag_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagChange | None:
        """Delete a tag; it is taken off every staff member and department that carried it.

        The platform takes no body. The answer's `data` is an undocumented object (kept as received; None
        when absent).

        POST /v1/tags/{tag_id}/delete
        """
        return await _delete_tag.asyncio(
            tag_id=tag_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_tag_group(
        self,
        tag_group_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete a tag group.

        The platform takes no body. What happens to the group's tags is undocumented; the sandbox deletes
        them with the group (and takes them off staff and departments).

        POST /v1/taggroups/{tag_group_id}/delete
        """
        await _delete_tag_group.asyncio(
            tag_group_id=tag_group_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_tag_group(
        self,
        tag_group_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagGroupDetail:
        """Fetch a tag group's name, category, type and tags.

        GET /v1/taggroups/{tag_group_id}/fetch
        """
        return await _fetch_tag_group.asyncio(
            tag_group_id=tag_group_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_tags_meta(
        self,
        *,
        tag_ids: list[str],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagMetaList:
        """Look up the names of tags by id.

        A read that takes a JSON body, hence POST.

        POST /v1/tags/meta/fetch
        """
        return await _fetch_tags_meta.asyncio(
            client=self._http,
            body=with_extra(
                TagMetaRequest(
                    tag_ids,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_tag_groups(
        self,
        *,
        org_id: str,
        category_list: list[TagGroupCategory] | Unset = UNSET,
        tag_group_type: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagGroupIds:
        """List the ids of an org's tag groups, optionally of some categories or one type only.

        A read that takes a JSON body, hence POST; not paged.

        POST /v1/taggroups/fetch
        """
        return await _list_tag_groups.asyncio(
            client=self._http,
            body=with_extra(
                TagGroupListRequest(
                    org_id,
                    category_list,
                    tag_group_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_tag_staff_ids(
        self,
        *,
        org_id: str,
        tag_filters: list[TagFilter],
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagStaffPage:
        """List one page of the staff who carry the given tags.

        A read that takes a JSON body, hence POST. Paged by `page` (from 1); walk every page with
        `iter_list_tag_staff_ids`, which stops on `total`. How several filters combine is undocumented; the
        sandbox matches a person who carries at least one tag of every filter.

        POST /v1/tags/staffids/fetch
        """
        return await _list_tag_staff_ids.asyncio(
            client=self._http,
            body=with_extra(
                TagStaffQuery(
                    org_id,
                    tag_filters,
                ),
                extra_body,
            ),
            user_token=user_token,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_tag_staff_ids(
        self,
        *,
        org_id: str,
        tag_filters: list[TagFilter],
        user_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[TagStaff]:
        """Every item of `list_tag_staff_ids`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_tag_staff_ids(
                org_id=org_id,
                tag_filters=tag_filters,
                user_token=user_token,
                page=position,
                page_size=page_size,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.staffs,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def update_tag(
        self,
        tag_id: str,
        *,
        tag_name: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TagChange | None:
        """Rename a tag.

        The answer's `data` is an undocumented object (kept as received; None when absent).

        POST /v1/tags/{tag_id}/update
        """
        return await _update_tag.asyncio(
            tag_id=tag_id,
            client=self._http,
            body=with_extra(
                TagUpdateRequest(
                    tag_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_tag_group(
        self,
        tag_group_id: str,
        *,
        tag_group_name: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Rename a tag group.

        POST /v1/taggroups/{tag_group_id}/update
        """
        await _update_tag_group.asyncio(
            tag_group_id=tag_group_id,
            client=self._http,
            body=with_extra(
                TagGroupUpdateRequest(
                    tag_group_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncTagsResourceWithRawResponse:
    """Every operation of `AsyncTagsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.create_tag = araw_method(resource.create_tag, TABLE)
        self.create_tag_group = araw_method(resource.create_tag_group, TABLE)
        self.delete_tag = araw_method(resource.delete_tag, TABLE)
        self.delete_tag_group = araw_method(resource.delete_tag_group, TABLE)
        self.fetch_tag_group = araw_method(resource.fetch_tag_group, TABLE)
        self.fetch_tags_meta = araw_method(resource.fetch_tags_meta, TABLE)
        self.list_tag_groups = araw_method(resource.list_tag_groups, TABLE)
        self.list_tag_staff_ids = araw_method(resource.list_tag_staff_ids, TABLE)
        self.update_tag = araw_method(resource.update_tag, TABLE)
        self.update_tag_group = araw_method(resource.update_tag_group, TABLE)


__all__ = ["AsyncTagsResource", "TagsResource"]
