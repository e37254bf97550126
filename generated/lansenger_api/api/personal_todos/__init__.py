# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `personal_todos` resource: its operations as methods, sync and async."""

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
    from ...models.personal_todo_copy import PersonalTodoCopy
    from ...models.personal_todo_create_request import PersonalTodoCreateRequest
    from ...models.personal_todo_download_url_request import PersonalTodoDownloadUrlRequest
    from ...models.personal_todo_executor import PersonalTodoExecutor
    from ...models.personal_todo_item import PersonalTodoItem
    from ...models.personal_todo_list_request import PersonalTodoListRequest
    from ...models.personal_todo_page import PersonalTodoPage
    from ...models.personal_todo_platform import PersonalTodoPlatform, check_personal_todo_platform
    from ...models.personal_todo_priority import PersonalTodoPriority, check_personal_todo_priority
    from ...models.personal_todo_remind import PersonalTodoRemind
    from ...models.personal_todo_resource import PersonalTodoResource
    from ...models.personal_todo_resource_ref import PersonalTodoResourceRef
    from ...models.personal_todo_resource_upload_request import PersonalTodoResourceUploadRequest
    from ...models.personal_todo_status import PersonalTodoStatus, check_personal_todo_status
    from ...models.personal_todo_type import PersonalTodoType, check_personal_todo_type
    from ...models.personal_todo_update_content import PersonalTodoUpdateContent
    from ...models.personal_todo_update_request import PersonalTodoUpdateRequest
    from ...models.personal_todo_upload_url_request import PersonalTodoUploadUrlRequest
    from . import create_personal_todo as _create_personal_todo
    from . import fetch_personal_todo_download_url as _fetch_personal_todo_download_url
    from . import fetch_personal_todo_upload_url as _fetch_personal_todo_upload_url
    from . import list_personal_todos as _list_personal_todos
    from . import update_personal_todo as _update_personal_todo
    from . import upload_personal_todo_resource as _upload_personal_todo_resource
else:
    PersonalTodoCreateRequest = Deferred(
        __name__, "...models.personal_todo_create_request", "PersonalTodoCreateRequest"
    )
    PersonalTodoDownloadUrlRequest = Deferred(
        __name__, "...models.personal_todo_download_url_request", "PersonalTodoDownloadUrlRequest"
    )
    PersonalTodoListRequest = Deferred(__name__, "...models.personal_todo_list_request", "PersonalTodoListRequest")
    PersonalTodoResourceUploadRequest = Deferred(
        __name__, "...models.personal_todo_resource_upload_request", "PersonalTodoResourceUploadRequest"
    )
    PersonalTodoUpdateRequest = Deferred(
        __name__, "...models.personal_todo_update_request", "PersonalTodoUpdateRequest"
    )
    PersonalTodoUploadUrlRequest = Deferred(
        __name__, "...models.personal_todo_upload_url_request", "PersonalTodoUploadUrlRequest"
    )
    _create_personal_todo = Deferred(__name__, ".create_personal_todo")
    _fetch_personal_todo_download_url = Deferred(__name__, ".fetch_personal_todo_download_url")
    _fetch_personal_todo_upload_url = Deferred(__name__, ".fetch_personal_todo_upload_url")
    _list_personal_todos = Deferred(__name__, ".list_personal_todos")
    _update_personal_todo = Deferred(__name__, ".update_personal_todo")
    _upload_personal_todo_resource = Deferred(__name__, ".upload_personal_todo_resource")


class PersonalTodosResource:
    """Operations tagged `personal_todos` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> PersonalTodosResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return PersonalTodosResourceWithRawResponse(self)

    def create_personal_todo(
        self,
        *,
        subject: str,
        start_time: int,
        due_time: int,
        priority: PersonalTodoPriority,
        create_user_id: str,
        org_id: str,
        appid: str,
        finish_time: int | Unset = 0,
        type_: PersonalTodoType | Unset = 1,
        description: str | Unset = UNSET,
        parent_code: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        group_category_code: str | Unset = UNSET,
        status_tag_no: str | Unset = UNSET,
        status_tag_yes: str | Unset = UNSET,
        app_info_id: int | Unset = UNSET,
        app_category_id: int | Unset = UNSET,
        platform: PersonalTodoPlatform | Unset = UNSET,
        subscribe_status: int | Unset = UNSET,
        user_code: str | Unset = UNSET,
        executors: list[PersonalTodoExecutor] | Unset = UNSET,
        copys: list[PersonalTodoCopy] | Unset = UNSET,
        resources: list[PersonalTodoResourceRef] | Unset = UNSET,
        reminds: list[PersonalTodoRemind] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Create a personal todo; answers its code.

        Give `executors` (usually the creator): without them the todo may not show in the creator's list.

        POST /xtra/tdtask/server/openapi/v3/taskopt/savePersonalTask
        """
        return _create_personal_todo.sync(
            client=self._http,
            body=with_extra(
                PersonalTodoCreateRequest(
                    subject,
                    start_time,
                    due_time,
                    priority,
                    create_user_id,
                    org_id,
                    appid,
                    finish_time,
                    type_,
                    description,
                    parent_code,
                    group_id,
                    group_category_code,
                    status_tag_no,
                    status_tag_yes,
                    app_info_id,
                    app_category_id,
                    platform,
                    subscribe_status,
                    user_code,
                    executors,
                    copys,
                    resources,
                    reminds,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_personal_todo_download_url(
        self,
        *,
        resource_id: str,
        org_id: str,
        file_name: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """A download URL for an uploaded resource, valid for at most one hour.

        POST /xtra/tdtask/server/openapi/resource/getResourceDownload
        """
        return _fetch_personal_todo_download_url.sync(
            client=self._http,
            body=with_extra(
                PersonalTodoDownloadUrlRequest(
                    resource_id,
                    org_id,
                    file_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_personal_todo_upload_url(
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
        """A presigned URL to upload a resource to directly.

        POST /xtra/tdtask/server/openapi/resource/getUploadUrl
        """
        return _fetch_personal_todo_upload_url.sync(
            client=self._http,
            body=with_extra(
                PersonalTodoUploadUrlRequest(
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

    def list_personal_todos(
        self,
        *,
        org_id: str,
        staff_id: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        status: PersonalTodoStatus | Unset = UNSET,
        app_id: str | Unset = UNSET,
        app_category_name: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalTodoPage:
        """One page of a staff member's personal todos.

        Paged in the JSON body: `pageNo` (from 1) and `pageSize`, both always sent. The answer says how many
        todos match (`total`) and how many pages there are (`pages`).

        POST /xtra/tdtask/server/openapi/v3/user/list
        """
        return _list_personal_todos.sync(
            client=self._http,
            body=with_extra(
                PersonalTodoListRequest(
                    org_id,
                    staff_id,
                    page_no,
                    page_size,
                    status,
                    app_id,
                    app_category_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_personal_todos(
        self,
        *,
        org_id: str,
        staff_id: str,
        page_size: int | Unset = 10,
        status: PersonalTodoStatus | Unset = UNSET,
        app_id: str | Unset = UNSET,
        app_category_name: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[PersonalTodoItem]:
        """Every item of `list_personal_todos`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_personal_todos(
                org_id=org_id,
                staff_id=staff_id,
                page_no=position,
                page_size=page_size,
                status=status,
                app_id=app_id,
                app_category_name=app_category_name,
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

    def update_personal_todo(
        self,
        *,
        org_id: str,
        update_fields: list[str],
        update_content: PersonalTodoUpdateContent,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Change the fields of a personal todo that updateFields names.

        Only the fields `updateFields` lists are changed, and only those should be in `updateContent`
        besides `code`, `createUserId` and `appid`, which the platform needs every time (without them it
        answers errCode -1 "unknown exception"). `orgId` goes at the top level, not inside `updateContent`.

        POST /xtra/tdtask/server/openapi/v3/taskopt/updatePersonalTask
        """
        _update_personal_todo.sync(
            client=self._http,
            body=with_extra(
                PersonalTodoUpdateRequest(
                    org_id,
                    update_fields,
                    update_content,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_personal_todo_resource(
        self,
        *,
        app_id: str,
        size: int,
        file_name: str,
        content_type: str,
        file_data: str,
        org_id: str,
        thumb: bool | Unset = False,
        extension_info: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalTodoResource:
        """Upload an attachment for personal todos, base64 in the JSON body (at most 9 MiB).

        To attach the upload to a todo, put `{fileName, resourceId, fileType, fileSize}` in its `resources`;
        the answer's `mimeType` and `size` must be renamed to `fileType` and `fileSize` there.

        POST /xtra/tdtask/server/openapi/resource/update
        """
        return _upload_personal_todo_resource.sync(
            client=self._http,
            body=with_extra(
                PersonalTodoResourceUploadRequest(
                    app_id,
                    size,
                    file_name,
                    content_type,
                    file_data,
                    org_id,
                    thumb,
                    extension_info,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class PersonalTodosResourceWithRawResponse:
    """Every operation of `PersonalTodosResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: PersonalTodosResource) -> None:
        self.create_personal_todo = raw_method(resource.create_personal_todo, TABLE)
        self.fetch_personal_todo_download_url = raw_method(resource.fetch_personal_todo_download_url, TABLE)
        self.fetch_personal_todo_upload_url = raw_method(resource.fetch_personal_todo_upload_url, TABLE)
        self.list_personal_todos = raw_method(resource.list_personal_todos, TABLE)
        self.update_personal_todo = raw_method(resource.update_personal_todo, TABLE)
        self.upload_personal_todo_resource = raw_method(resource.upload_personal_todo_resource, TABLE)


class AsyncPersonalTodosResource:
    """Operations tagged `personal_todos` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncPersonalTodosResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncPersonalTodosResourceWithRawResponse(self)

    async def create_personal_todo(
        self,
        *,
        subject: str,
        start_time: int,
        due_time: int,
        priority: PersonalTodoPriority,
        create_user_id: str,
        org_id: str,
        appid: str,
        finish_time: int | Unset = 0,
        type_: PersonalTodoType | Unset = 1,
        description: str | Unset = UNSET,
        parent_code: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        group_category_code: str | Unset = UNSET,
        status_tag_no: str | Unset = UNSET,
        status_tag_yes: str | Unset = UNSET,
        app_info_id: int | Unset = UNSET,
        app_category_id: int | Unset = UNSET,
        platform: PersonalTodoPlatform | Unset = UNSET,
        subscribe_status: int | Unset = UNSET,
        user_code: str | Unset = UNSET,
        executors: list[PersonalTodoExecutor] | Unset = UNSET,
        copys: list[PersonalTodoCopy] | Unset = UNSET,
        resources: list[PersonalTodoResourceRef] | Unset = UNSET,
        reminds: list[PersonalTodoRemind] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Create a personal todo; answers its code.

        Give `executors` (usually the creator): without them the todo may not show in the creator's list.

        POST /xtra/tdtask/server/openapi/v3/taskopt/savePersonalTask
        """
        return await _create_personal_todo.asyncio(
            client=self._http,
            body=with_extra(
                PersonalTodoCreateRequest(
                    subject,
                    start_time,
                    due_time,
                    priority,
                    create_user_id,
                    org_id,
                    appid,
                    finish_time,
                    type_,
                    description,
                    parent_code,
                    group_id,
                    group_category_code,
                    status_tag_no,
                    status_tag_yes,
                    app_info_id,
                    app_category_id,
                    platform,
                    subscribe_status,
                    user_code,
                    executors,
                    copys,
                    resources,
                    reminds,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_personal_todo_download_url(
        self,
        *,
        resource_id: str,
        org_id: str,
        file_name: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """A download URL for an uploaded resource, valid for at most one hour.

        POST /xtra/tdtask/server/openapi/resource/getResourceDownload
        """
        return await _fetch_personal_todo_download_url.asyncio(
            client=self._http,
            body=with_extra(
                PersonalTodoDownloadUrlRequest(
                    resource_id,
                    org_id,
                    file_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_personal_todo_upload_url(
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
        """A presigned URL to upload a resource to directly.

        POST /xtra/tdtask/server/openapi/resource/getUploadUrl
        """
        return await _fetch_personal_todo_upload_url.asyncio(
            client=self._http,
            body=with_extra(
                PersonalTodoUploadUrlRequest(
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

    async def list_personal_todos(
        self,
        *,
        org_id: str,
        staff_id: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        status: PersonalTodoStatus | Unset = UNSET,
        app_id: str | Unset = UNSET,
        app_category_name: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalTodoPage:
        """One page of a staff member's personal todos.

        Paged in the JSON body: `pageNo` (from 1) and `pageSize`, both always sent. The answer says how many
        todos match (`total`) and how many pages there are (`pages`).

        POST /xtra/tdtask/server/openapi/v3/user/list
        """
        return await _list_personal_todos.asyncio(
            client=self._http,
            body=with_extra(
                PersonalTodoListRequest(
                    org_id,
                    staff_id,
                    page_no,
                    page_size,
                    status,
                    app_id,
                    app_category_name,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_personal_todos(
        self,
        *,
        org_id: str,
        staff_id: str,
        page_size: int | Unset = 10,
        status: PersonalTodoStatus | Unset = UNSET,
        app_id: str | Unset = UNSET,
        app_category_name: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[PersonalTodoItem]:
        """Every item of `list_personal_todos`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_personal_todos(
                org_id=org_id,
                staff_id=staff_id,
                page_no=position,
                page_size=page_size,
                status=status,
                app_id=app_id,
                app_category_name=app_category_name,
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

    async def update_personal_todo(
        self,
        *,
        org_id: str,
        update_fields: list[str],
        update_content: PersonalTodoUpdateContent,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Change the fields of a personal todo that updateFields names.

        Only the fields `updateFields` lists are changed, and only those should be in `updateContent`
        besides `code`, `createUserId` and `appid`, which the platform needs every time (without them it
        answers errCode -1 "unknown exception"). `orgId` goes at the top level, not inside `updateContent`.

        POST /xtra/tdtask/server/openapi/v3/taskopt/updatePersonalTask
        """
        await _update_personal_todo.asyncio(
            client=self._http,
            body=with_extra(
                PersonalTodoUpdateRequest(
                    org_id,
                    update_fields,
                    update_content,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_personal_todo_resource(
        self,
        *,
        app_id: str,
        size: int,
        file_name: str,
        content_type: str,
        file_data: str,
        org_id: str,
        thumb: bool | Unset = False,
        extension_info: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalTodoResource:
        """Upload an attachment for personal todos, base64 in the JSON body (at most 9 MiB).

        To attach the upload to a todo, put `{fileName, resourceId, fileType, fileSize}` in its `resources`;
        the answer's `mimeType` and `size` must be renamed to `fileType` and `fileSize` there.

        POST /xtra/tdtask/server/openapi/resource/update
        """
        return await _upload_personal_todo_resource.asyncio(
            client=self._http,
            body=with_extra(
                PersonalTodoResourceUploadRequest(
                    app_id,
                    size,
                    file_name,
                    content_type,
                    file_data,
                    org_id,
                    thumb,
                    extension_info,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPersonalTodosResourceWithRawResponse:
    """Every operation of `AsyncPersonalTodosResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncPersonalTodosResource) -> None:
        self.create_personal_todo = araw_method(resource.create_personal_todo, TABLE)
        self.fetch_personal_todo_download_url = araw_method(resource.fetch_personal_todo_download_url, TABLE)
        self.fetch_personal_todo_upload_url = araw_method(resource.fetch_personal_todo_upload_url, TABLE)
        self.list_personal_todos = araw_method(resource.list_personal_todos, TABLE)
        self.update_personal_todo = araw_method(resource.update_personal_todo, TABLE)
        self.upload_personal_todo_resource = araw_method(resource.upload_personal_todo_resource, TABLE)


__all__ = ["AsyncPersonalTodosResource", "PersonalTodosResource"]
