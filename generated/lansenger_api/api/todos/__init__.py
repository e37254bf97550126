# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `todos` resource: its operations as methods, sync and async."""

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
    from ...models.todo_create_request import TodoCreateRequest
    from ...models.todo_delete_request import TodoDeleteRequest
    from ...models.todo_executor_list import TodoExecutorList
    from ...models.todo_executor_list_request import TodoExecutorListRequest
    from ...models.todo_executor_status import TodoExecutorStatus
    from ...models.todo_executor_status_update_request import TodoExecutorStatusUpdateRequest
    from ...models.todo_executors_request import TodoExecutorsRequest
    from ...models.todo_fetch_request import TodoFetchRequest
    from ...models.todo_info_update_request import TodoInfoUpdateRequest
    from ...models.todo_list_request import TodoListRequest
    from ...models.todo_source_fetch_request import TodoSourceFetchRequest
    from ...models.todo_status import TodoStatus, check_todo_status
    from ...models.todo_status_count import TodoStatusCount
    from ...models.todo_status_count_request import TodoStatusCountRequest
    from ...models.todo_status_update_request import TodoStatusUpdateRequest
    from ...models.todo_task import TodoTask
    from ...models.todo_task_list import TodoTaskList
    from ...models.todo_task_ref import TodoTaskRef
    from ...models.todo_type import TodoType, check_todo_type
    from . import add_todo_executors as _add_todo_executors
    from . import count_todos_by_status as _count_todos_by_status
    from . import create_todo as _create_todo
    from . import delete_todo as _delete_todo
    from . import delete_todo_executors as _delete_todo_executors
    from . import fetch_todo as _fetch_todo
    from . import fetch_todo_by_source_id as _fetch_todo_by_source_id
    from . import list_todo_executors as _list_todo_executors
    from . import list_todos as _list_todos
    from . import update_executor_status as _update_executor_status
    from . import update_todo_info as _update_todo_info
    from . import update_todo_status as _update_todo_status
else:
    TodoCreateRequest = Deferred(__name__, "...models.todo_create_request", "TodoCreateRequest")
    TodoDeleteRequest = Deferred(__name__, "...models.todo_delete_request", "TodoDeleteRequest")
    TodoExecutorListRequest = Deferred(__name__, "...models.todo_executor_list_request", "TodoExecutorListRequest")
    TodoExecutorsRequest = Deferred(__name__, "...models.todo_executors_request", "TodoExecutorsRequest")
    TodoExecutorStatusUpdateRequest = Deferred(
        __name__, "...models.todo_executor_status_update_request", "TodoExecutorStatusUpdateRequest"
    )
    TodoFetchRequest = Deferred(__name__, "...models.todo_fetch_request", "TodoFetchRequest")
    TodoInfoUpdateRequest = Deferred(__name__, "...models.todo_info_update_request", "TodoInfoUpdateRequest")
    TodoListRequest = Deferred(__name__, "...models.todo_list_request", "TodoListRequest")
    TodoSourceFetchRequest = Deferred(__name__, "...models.todo_source_fetch_request", "TodoSourceFetchRequest")
    TodoStatusCountRequest = Deferred(__name__, "...models.todo_status_count_request", "TodoStatusCountRequest")
    TodoStatusUpdateRequest = Deferred(__name__, "...models.todo_status_update_request", "TodoStatusUpdateRequest")
    _add_todo_executors = Deferred(__name__, ".add_todo_executors")
    _count_todos_by_status = Deferred(__name__, ".count_todos_by_status")
    _create_todo = Deferred(__name__, ".create_todo")
    _delete_todo = Deferred(__name__, ".delete_todo")
    _delete_todo_executors = Deferred(__name__, ".delete_todo_executors")
    _fetch_todo = Deferred(__name__, ".fetch_todo")
    _fetch_todo_by_source_id = Deferred(__name__, ".fetch_todo_by_source_id")
    _list_todo_executors = Deferred(__name__, ".list_todo_executors")
    _list_todos = Deferred(__name__, ".list_todos")
    _update_executor_status = Deferred(__name__, ".update_executor_status")
    _update_todo_info = Deferred(__name__, ".update_todo_info")
    _update_todo_status = Deferred(__name__, ".update_todo_status")


class TodosResource:
    """Operations tagged `todos` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> TodosResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return TodosResourceWithRawResponse(self)

    def add_todo_executors(
        self,
        *,
        executor_ids: list[str],
        org_id: str,
        todotask_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Add executors to a todo.

        POST /xtra/task/unified/v1/todotask/executor/create
        """
        return _add_todo_executors.sync(
            client=self._http,
            body=with_extra(
                TodoExecutorsRequest(
                    executor_ids,
                    org_id,
                    todotask_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def count_todos_by_status(
        self,
        *,
        staff_id: str,
        org_id: str,
        app_id: str | Unset = UNSET,
        status: list[TodoStatus] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[TodoStatusCount]:
        """Count one staff member's todos per status.

        The answer's data is an array with one `{status, count}` entry per status.

        POST /xtra/task/unified/v1/todotask/status/countList/fetch
        """
        return _count_todos_by_status.sync(
            client=self._http,
            body=with_extra(
                TodoStatusCountRequest(
                    staff_id,
                    org_id,
                    app_id,
                    status,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_todo(
        self,
        *,
        title: str,
        type_: TodoType,
        link: str,
        pc_link: str,
        executor_ids: list[str],
        org_id: str,
        source_id: str | Unset = UNSET,
        desc: str | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef:
        """Create a todo for its executors.

        `sourceId` is the app's deduplication key. How the platform answers a repeated one is undocumented;
        the sandbox answers the first todo's id.

        POST /xtra/task/unified/v1/todotask/create
        """
        return _create_todo.sync(
            client=self._http,
            body=with_extra(
                TodoCreateRequest(
                    title,
                    type_,
                    link,
                    pc_link,
                    executor_ids,
                    org_id,
                    source_id,
                    desc,
                    sender_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_todo(
        self,
        *,
        todotask_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Delete a todo; only its sender may.

        POST /xtra/task/unified/v1/sender/todotask/delete
        """
        return _delete_todo.sync(
            client=self._http,
            body=with_extra(
                TodoDeleteRequest(
                    todotask_id,
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

    def delete_todo_executors(
        self,
        *,
        executor_ids: list[str],
        org_id: str,
        todotask_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Remove executors from a todo.

        POST /xtra/task/unified/v1/todotask/executor/delete
        """
        return _delete_todo_executors.sync(
            client=self._http,
            body=with_extra(
                TodoExecutorsRequest(
                    executor_ids,
                    org_id,
                    todotask_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_todo(
        self,
        *,
        todotask_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTask:
        """Fetch a todo by its id.

        POST /xtra/task/unified/v1/todotask/info/fetch
        """
        return _fetch_todo.sync(
            client=self._http,
            body=with_extra(
                TodoFetchRequest(
                    todotask_id,
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

    def fetch_todo_by_source_id(
        self,
        *,
        source_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTask:
        """Fetch a todo by the sourceId the app gave it.

        POST /xtra/task/unified/v1/todotask/info/fetchbysourceid
        """
        return _fetch_todo_by_source_id.sync(
            client=self._http,
            body=with_extra(
                TodoSourceFetchRequest(
                    source_id,
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

    def list_todo_executors(
        self,
        *,
        todotask_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        status_list: list[TodoStatus] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoExecutorList:
        """List a todo's executors, optionally filtered by staff and status.

        Not paged as far as the platform documents; the answer carries the whole list with its total.

        POST /xtra/task/unified/v1/todotask/executor/list/fetch
        """
        return _list_todo_executors.sync(
            client=self._http,
            body=with_extra(
                TodoExecutorListRequest(
                    todotask_id,
                    org_id,
                    staff_id,
                    status_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_todos(
        self,
        *,
        org_id: str,
        app_ids: list[str] | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        status_list: list[TodoStatus] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskList:
        """List todos, optionally filtered by app, executor and status.

        Not paged as far as the platform documents: the request has no paging fields and the answer carries
        the whole list with its total.

        POST /xtra/task/unified/v1/todotask/list/fetch
        """
        return _list_todos.sync(
            client=self._http,
            body=with_extra(
                TodoListRequest(
                    org_id,
                    app_ids,
                    staff_id,
                    status_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_executor_status(
        self,
        *,
        executor_status_list: list[TodoExecutorStatus],
        org_id: str,
        todotask_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Set the status of several executors at once.

        POST /xtra/task/unified/v1/todotask/executor/status/update
        """
        return _update_executor_status.sync(
            client=self._http,
            body=with_extra(
                TodoExecutorStatusUpdateRequest(
                    executor_status_list,
                    org_id,
                    todotask_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_todo_info(
        self,
        *,
        todotask_id: str,
        title: str,
        link: str,
        pc_link: str,
        org_id: str,
        desc: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Replace a todo's title, links and description.

        POST /xtra/task/unified/v1/todotask/info/update
        """
        return _update_todo_info.sync(
            client=self._http,
            body=with_extra(
                TodoInfoUpdateRequest(
                    todotask_id,
                    title,
                    link,
                    pc_link,
                    org_id,
                    desc,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_todo_status(
        self,
        *,
        todotask_id: str,
        status: TodoStatus,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Set a todo's status, for the whole todo or for one executor.

        POST /xtra/task/unified/v1/todotask/status/update
        """
        return _update_todo_status.sync(
            client=self._http,
            body=with_extra(
                TodoStatusUpdateRequest(
                    todotask_id,
                    status,
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


class TodosResourceWithRawResponse:
    """Every operation of `TodosResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: TodosResource) -> None:
        self.add_todo_executors = raw_method(resource.add_todo_executors, TABLE)
        self.count_todos_by_status = raw_method(resource.count_todos_by_status, TABLE)
        self.create_todo = raw_method(resource.create_todo, TABLE)
        self.delete_todo = raw_method(resource.delete_todo, TABLE)
        self.delete_todo_executors = raw_method(resource.delete_todo_executors, TABLE)
        self.fetch_todo = raw_method(resource.fetch_todo, TABLE)
        self.fetch_todo_by_source_id = raw_method(resource.fetch_todo_by_source_id, TABLE)
        self.list_todo_executors = raw_method(resource.list_todo_executors, TABLE)
        self.list_todos = raw_method(resource.list_todos, TABLE)
        self.update_executor_status = raw_method(resource.update_executor_status, TABLE)
        self.update_todo_info = raw_method(resource.update_todo_info, TABLE)
        self.update_todo_status = raw_method(resource.update_todo_status, TABLE)


class AsyncTodosResource:
    """Operations tagged `todos` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncTodosResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncTodosResourceWithRawResponse(self)

    async def add_todo_executors(
        self,
        *,
        executor_ids: list[str],
        org_id: str,
        todotask_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Add executors to a todo.

        POST /xtra/task/unified/v1/todotask/executor/create
        """
        return await _add_todo_executors.asyncio(
            client=self._http,
            body=with_extra(
                TodoExecutorsRequest(
                    executor_ids,
                    org_id,
                    todotask_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def count_todos_by_status(
        self,
        *,
        staff_id: str,
        org_id: str,
        app_id: str | Unset = UNSET,
        status: list[TodoStatus] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[TodoStatusCount]:
        """Count one staff member's todos per status.

        The answer's data is an array with one `{status, count}` entry per status.

        POST /xtra/task/unified/v1/todotask/status/countList/fetch
        """
        return await _count_todos_by_status.asyncio(
            client=self._http,
            body=with_extra(
                TodoStatusCountRequest(
                    staff_id,
                    org_id,
                    app_id,
                    status,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_todo(
        self,
        *,
        title: str,
        type_: TodoType,
        link: str,
        pc_link: str,
        executor_ids: list[str],
        org_id: str,
        source_id: str | Unset = UNSET,
        desc: str | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef:
        """Create a todo for its executors.

        `sourceId` is the app's deduplication key. How the platform answers a repeated one is undocumented;
        the sandbox answers the first todo's id.

        POST /xtra/task/unified/v1/todotask/create
        """
        return await _create_todo.asyncio(
            client=self._http,
            body=with_extra(
                TodoCreateRequest(
                    title,
                    type_,
                    link,
                    pc_link,
                    executor_ids,
                    org_id,
                    source_id,
                    desc,
                    sender_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_todo(
        self,
        *,
        todotask_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Delete a todo; only its sender may.

        POST /xtra/task/unified/v1/sender/todotask/delete
        """
        return await _delete_todo.asyncio(
            client=self._http,
            body=with_extra(
                TodoDeleteRequest(
                    todotask_id,
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

    async def delete_todo_executors(
        self,
        *,
        executor_ids: list[str],
        org_id: str,
        todotask_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Remove executors from a todo.

        POST /xtra/task/unified/v1/todotask/executor/delete
        """
        return await _delete_todo_executors.asyncio(
            client=self._http,
            body=with_extra(
                TodoExecutorsRequest(
                    executor_ids,
                    org_id,
                    todotask_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_todo(
        self,
        *,
        todotask_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTask:
        """Fetch a todo by its id.

        POST /xtra/task/unified/v1/todotask/info/fetch
        """
        return await _fetch_todo.asyncio(
            client=self._http,
            body=with_extra(
                TodoFetchRequest(
                    todotask_id,
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

    async def fetch_todo_by_source_id(
        self,
        *,
        source_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTask:
        """Fetch a todo by the sourceId the app gave it.

        POST /xtra/task/unified/v1/todotask/info/fetchbysourceid
        """
        return await _fetch_todo_by_source_id.asyncio(
            client=self._http,
            body=with_extra(
                TodoSourceFetchRequest(
                    source_id,
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

    async def list_todo_executors(
        self,
        *,
        todotask_id: str,
        org_id: str,
        staff_id: str | Unset = UNSET,
        status_list: list[TodoStatus] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoExecutorList:
        """List a todo's executors, optionally filtered by staff and status.

        Not paged as far as the platform documents; the answer carries the whole list with its total.

        POST /xtra/task/unified/v1/todotask/executor/list/fetch
        """
        return await _list_todo_executors.asyncio(
            client=self._http,
            body=with_extra(
                TodoExecutorListRequest(
                    todotask_id,
                    org_id,
                    staff_id,
                    status_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_todos(
        self,
        *,
        org_id: str,
        app_ids: list[str] | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        status_list: list[TodoStatus] | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskList:
        """List todos, optionally filtered by app, executor and status.

        Not paged as far as the platform documents: the request has no paging fields and the answer carries
        the whole list with its total.

        POST /xtra/task/unified/v1/todotask/list/fetch
        """
        return await _list_todos.asyncio(
            client=self._http,
            body=with_extra(
                TodoListRequest(
                    org_id,
                    app_ids,
                    staff_id,
                    status_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_executor_status(
        self,
        *,
        executor_status_list: list[TodoExecutorStatus],
        org_id: str,
        todotask_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Set the status of several executors at once.

        POST /xtra/task/unified/v1/todotask/executor/status/update
        """
        return await _update_executor_status.asyncio(
            client=self._http,
            body=with_extra(
                TodoExecutorStatusUpdateRequest(
                    executor_status_list,
                    org_id,
                    todotask_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_todo_info(
        self,
        *,
        todotask_id: str,
        title: str,
        link: str,
        pc_link: str,
        org_id: str,
        desc: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Replace a todo's title, links and description.

        POST /xtra/task/unified/v1/todotask/info/update
        """
        return await _update_todo_info.asyncio(
            client=self._http,
            body=with_extra(
                TodoInfoUpdateRequest(
                    todotask_id,
                    title,
                    link,
                    pc_link,
                    org_id,
                    desc,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_todo_status(
        self,
        *,
        todotask_id: str,
        status: TodoStatus,
        org_id: str,
        staff_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> TodoTaskRef | None:
        """Set a todo's status, for the whole todo or for one executor.

        POST /xtra/task/unified/v1/todotask/status/update
        """
        return await _update_todo_status.asyncio(
            client=self._http,
            body=with_extra(
                TodoStatusUpdateRequest(
                    todotask_id,
                    status,
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


class AsyncTodosResourceWithRawResponse:
    """Every operation of `AsyncTodosResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncTodosResource) -> None:
        self.add_todo_executors = araw_method(resource.add_todo_executors, TABLE)
        self.count_todos_by_status = araw_method(resource.count_todos_by_status, TABLE)
        self.create_todo = araw_method(resource.create_todo, TABLE)
        self.delete_todo = araw_method(resource.delete_todo, TABLE)
        self.delete_todo_executors = araw_method(resource.delete_todo_executors, TABLE)
        self.fetch_todo = araw_method(resource.fetch_todo, TABLE)
        self.fetch_todo_by_source_id = araw_method(resource.fetch_todo_by_source_id, TABLE)
        self.list_todo_executors = araw_method(resource.list_todo_executors, TABLE)
        self.list_todos = araw_method(resource.list_todos, TABLE)
        self.update_executor_status = araw_method(resource.update_executor_status, TABLE)
        self.update_todo_info = araw_method(resource.update_todo_info, TABLE)
        self.update_todo_status = araw_method(resource.update_todo_status, TABLE)


__all__ = ["AsyncTodosResource", "TodosResource"]
