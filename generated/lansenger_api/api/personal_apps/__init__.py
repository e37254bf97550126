# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `personal_apps` resource: its operations as methods, sync and async."""

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
    from ...models.personal_app import PersonalApp
    from ...models.personal_app_create_request import PersonalAppCreateRequest
    from ...models.personal_app_credentials import PersonalAppCredentials
    from ...models.personal_app_delete_request import PersonalAppDeleteRequest
    from ...models.personal_app_list import PersonalAppList
    from ...models.personal_app_update_request import PersonalAppUpdateRequest
    from . import create_personal_app as _create_personal_app
    from . import delete_personal_app as _delete_personal_app
    from . import fetch_personal_app as _fetch_personal_app
    from . import list_personal_apps as _list_personal_apps
    from . import update_personal_app as _update_personal_app
else:
    PersonalAppCreateRequest = Deferred(__name__, "...models.personal_app_create_request", "PersonalAppCreateRequest")
    PersonalAppDeleteRequest = Deferred(__name__, "...models.personal_app_delete_request", "PersonalAppDeleteRequest")
    PersonalAppUpdateRequest = Deferred(__name__, "...models.personal_app_update_request", "PersonalAppUpdateRequest")
    _create_personal_app = Deferred(__name__, ".create_personal_app")
    _delete_personal_app = Deferred(__name__, ".delete_personal_app")
    _fetch_personal_app = Deferred(__name__, ".fetch_personal_app")
    _list_personal_apps = Deferred(__name__, ".list_personal_apps")
    _update_personal_app = Deferred(__name__, ".update_personal_app")


class PersonalAppsResource:
    """Operations tagged `personal_apps` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> PersonalAppsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return PersonalAppsResourceWithRawResponse(self)

    def create_personal_app(
        self,
        *,
        name: str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalAppCredentials:
        """Create a personal app (a personal bot) owned by the user.

        Every field is optional; the platform's SDK sends only those given (an empty object when none is).
        The answer carries the app's secret, which the platform shows only this once. The 10 and 20
        character limits of update_personal_app are documented for updates only, so they are not checked
        here.

        POST /v1/personal/apps/create
        """
        return _create_personal_app.sync(
            client=self._http,
            body=with_extra(
                PersonalAppCreateRequest(
                    name,
                    avatar_id,
                    description,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_personal_app(
        self,
        app_id: str,
        *,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete a personal app for good.

        The platform's SDK posts an empty JSON object, so this does too.

        POST /v1/personal/apps/{app_id}/delete
        """
        _delete_personal_app.sync(
            app_id=app_id,
            client=self._http,
            body=with_extra(
                PersonalAppDeleteRequest(),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_personal_app(
        self,
        app_id: str,
        *,
        user_token: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalApp:
        """A personal app's name, avatar, description and addresses.

        The secret is never answered again after creation.

        GET /v1/personal/apps/{app_id}/fetch
        """
        return _fetch_personal_app.sync(
            app_id=app_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_personal_apps(
        self,
        *,
        user_token: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalAppList:
        """The personal apps the user owns.

        Not paged; the answer holds the whole list.

        GET /v1/personal/apps/list/fetch
        """
        return _list_personal_apps.sync(
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_personal_app(
        self,
        app_id: str,
        *,
        name: str,
        avatar_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Rename a personal app or change its avatar and description.

        POST /v1/personal/apps/{app_id}/update
        """
        _update_personal_app.sync(
            app_id=app_id,
            client=self._http,
            body=with_extra(
                PersonalAppUpdateRequest(
                    name,
                    avatar_id,
                    description,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class PersonalAppsResourceWithRawResponse:
    """Every operation of `PersonalAppsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: PersonalAppsResource) -> None:
        self.create_personal_app = raw_method(resource.create_personal_app, TABLE)
        self.delete_personal_app = raw_method(resource.delete_personal_app, TABLE)
        self.fetch_personal_app = raw_method(resource.fetch_personal_app, TABLE)
        self.list_personal_apps = raw_method(resource.list_personal_apps, TABLE)
        self.update_personal_app = raw_method(resource.update_personal_app, TABLE)


class AsyncPersonalAppsResource:
    """Operations tagged `personal_apps` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncPersonalAppsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncPersonalAppsResourceWithRawResponse(self)

    async def create_personal_app(
        self,
        *,
        name: str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalAppCredentials:
        """Create a personal app (a personal bot) owned by the user.

        Every field is optional; the platform's SDK sends only those given (an empty object when none is).
        The answer carries the app's secret, which the platform shows only this once. The 10 and 20
        character limits of update_personal_app are documented for updates only, so they are not checked
        here.

        POST /v1/personal/apps/create
        """
        return await _create_personal_app.asyncio(
            client=self._http,
            body=with_extra(
                PersonalAppCreateRequest(
                    name,
                    avatar_id,
                    description,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_personal_app(
        self,
        app_id: str,
        *,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete a personal app for good.

        The platform's SDK posts an empty JSON object, so this does too.

        POST /v1/personal/apps/{app_id}/delete
        """
        await _delete_personal_app.asyncio(
            app_id=app_id,
            client=self._http,
            body=with_extra(
                PersonalAppDeleteRequest(),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_personal_app(
        self,
        app_id: str,
        *,
        user_token: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalApp:
        """A personal app's name, avatar, description and addresses.

        The secret is never answered again after creation.

        GET /v1/personal/apps/{app_id}/fetch
        """
        return await _fetch_personal_app.asyncio(
            app_id=app_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_personal_apps(
        self,
        *,
        user_token: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> PersonalAppList:
        """The personal apps the user owns.

        Not paged; the answer holds the whole list.

        GET /v1/personal/apps/list/fetch
        """
        return await _list_personal_apps.asyncio(
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_personal_app(
        self,
        app_id: str,
        *,
        name: str,
        avatar_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Rename a personal app or change its avatar and description.

        POST /v1/personal/apps/{app_id}/update
        """
        await _update_personal_app.asyncio(
            app_id=app_id,
            client=self._http,
            body=with_extra(
                PersonalAppUpdateRequest(
                    name,
                    avatar_id,
                    description,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPersonalAppsResourceWithRawResponse:
    """Every operation of `AsyncPersonalAppsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncPersonalAppsResource) -> None:
        self.create_personal_app = araw_method(resource.create_personal_app, TABLE)
        self.delete_personal_app = araw_method(resource.delete_personal_app, TABLE)
        self.fetch_personal_app = araw_method(resource.fetch_personal_app, TABLE)
        self.list_personal_apps = araw_method(resource.list_personal_apps, TABLE)
        self.update_personal_app = araw_method(resource.update_personal_app, TABLE)


__all__ = ["AsyncPersonalAppsResource", "PersonalAppsResource"]
