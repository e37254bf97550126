# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `bots` resource: its operations as methods, sync and async."""

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
    from ...models.bot_command import BotCommand
    from ...models.bot_command_chat_type import BotCommandChatType, check_bot_command_chat_type
    from ...models.bot_command_list import BotCommandList
    from ...models.bot_command_scope import BotCommandScope
    from ...models.bot_command_scope_type import BotCommandScopeType, check_bot_command_scope_type
    from ...models.bot_commands_create_request import BotCommandsCreateRequest
    from . import create_bot_commands as _create_bot_commands
    from . import delete_bot_commands as _delete_bot_commands
    from . import fetch_bot_commands as _fetch_bot_commands
else:
    BotCommandScope = Deferred(__name__, "...models.bot_command_scope", "BotCommandScope")
    BotCommandsCreateRequest = Deferred(__name__, "...models.bot_commands_create_request", "BotCommandsCreateRequest")
    _create_bot_commands = Deferred(__name__, ".create_bot_commands")
    _delete_bot_commands = Deferred(__name__, ".delete_bot_commands")
    _fetch_bot_commands = Deferred(__name__, ".fetch_bot_commands")


class BotsResource:
    """Operations tagged `bots` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> BotsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return BotsResourceWithRawResponse(self)

    def create_bot_commands(
        self,
        *,
        scope_type: BotCommandScopeType,
        commands: list[BotCommand],
        chat_id: str | Unset = UNSET,
        chat_type: BotCommandChatType | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Set the slash commands the app's bot offers in one scope.

        The scope decides where the commands show: scopeType 1 one member of one group (chatId, chatType
        "group" and staffId required), 2 the admins of one group (chatId, chatType "group"), 3 one chat
        (chatId and chatType), 4 the admins of every group, 5 every group, 6 every private chat, 7 the
        default everywhere. The platform, not the SDK, checks which of chatId, chatType and staffId a scope
        needs. Whether a second call replaces or extends a scope's commands is undocumented; delete the
        scope first to be sure.

        POST /v1/bot/commands/create
        """
        _create_bot_commands.sync(
            client=self._http,
            body=with_extra(
                BotCommandsCreateRequest(
                    scope_type,
                    commands,
                    chat_id,
                    chat_type,
                    staff_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_bot_commands(
        self,
        *,
        scope_type: BotCommandScopeType,
        chat_id: str | Unset = UNSET,
        chat_type: BotCommandChatType | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete every slash command of one scope.

        The scope is given as for create_bot_commands.

        POST /v1/bot/commands/delete
        """
        _delete_bot_commands.sync(
            client=self._http,
            body=with_extra(
                BotCommandScope(
                    scope_type,
                    chat_id,
                    chat_type,
                    staff_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_bot_commands(
        self,
        *,
        scope_type: BotCommandScopeType,
        chat_id: str | Unset = UNSET,
        chat_type: BotCommandChatType | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BotCommandList:
        """The slash commands of one scope.

        The scope is given as for create_bot_commands.

        POST /v1/bot/commands/fetch
        """
        return _fetch_bot_commands.sync(
            client=self._http,
            body=with_extra(
                BotCommandScope(
                    scope_type,
                    chat_id,
                    chat_type,
                    staff_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BotsResourceWithRawResponse:
    """Every operation of `BotsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: BotsResource) -> None:
        self.create_bot_commands = raw_method(resource.create_bot_commands, TABLE)
        self.delete_bot_commands = raw_method(resource.delete_bot_commands, TABLE)
        self.fetch_bot_commands = raw_method(resource.fetch_bot_commands, TABLE)


class AsyncBotsResource:
    """Operations tagged `bots` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncBotsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncBotsResourceWithRawResponse(self)

    async def create_bot_commands(
        self,
        *,
        scope_type: BotCommandScopeType,
        commands: list[BotCommand],
        chat_id: str | Unset = UNSET,
        chat_type: BotCommandChatType | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Set the slash commands the app's bot offers in one scope.

        The scope decides where the commands show: scopeType 1 one member of one group (chatId, chatType
        "group" and staffId required), 2 the admins of one group (chatId, chatType "group"), 3 one chat
        (chatId and chatType), 4 the admins of every group, 5 every group, 6 every private chat, 7 the
        default everywhere. The platform, not the SDK, checks which of chatId, chatType and staffId a scope
        needs. Whether a second call replaces or extends a scope's commands is undocumented; delete the
        scope first to be sure.

        POST /v1/bot/commands/create
        """
        await _create_bot_commands.asyncio(
            client=self._http,
            body=with_extra(
                BotCommandsCreateRequest(
                    scope_type,
                    commands,
                    chat_id,
                    chat_type,
                    staff_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_bot_commands(
        self,
        *,
        scope_type: BotCommandScopeType,
        chat_id: str | Unset = UNSET,
        chat_type: BotCommandChatType | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Delete every slash command of one scope.

        The scope is given as for create_bot_commands.

        POST /v1/bot/commands/delete
        """
        await _delete_bot_commands.asyncio(
            client=self._http,
            body=with_extra(
                BotCommandScope(
                    scope_type,
                    chat_id,
                    chat_type,
                    staff_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_bot_commands(
        self,
        *,
        scope_type: BotCommandScopeType,
        chat_id: str | Unset = UNSET,
        chat_type: BotCommandChatType | Unset = UNSET,
        staff_id: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> BotCommandList:
        """The slash commands of one scope.

        The scope is given as for create_bot_commands.

        POST /v1/bot/commands/fetch
        """
        return await _fetch_bot_commands.asyncio(
            client=self._http,
            body=with_extra(
                BotCommandScope(
                    scope_type,
                    chat_id,
                    chat_type,
                    staff_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBotsResourceWithRawResponse:
    """Every operation of `AsyncBotsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncBotsResource) -> None:
        self.create_bot_commands = araw_method(resource.create_bot_commands, TABLE)
        self.delete_bot_commands = araw_method(resource.delete_bot_commands, TABLE)
        self.fetch_bot_commands = araw_method(resource.fetch_bot_commands, TABLE)


__all__ = ["AsyncBotsResource", "BotsResource"]
