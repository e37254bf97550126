"""Route events to handlers by type; one failing handler never costs the others their event.

Handlers may be plain functions or coroutines. `dispatch` (sync) runs coroutine handlers to completion on a
private event loop, so it must not be called from inside a running loop: use `adispatch` there. Once a
`BotRuntime` is attached, both only hand the events to it and return: the handlers run in its background tasks.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from lansenger_api.events import CallbackEvent, EventRoutes

from ._card_routes import CardRoutes
from ._commands import CommandHandler, CommandTable

logger = logging.getLogger("lansenger.callbacks")

Handler = Callable[[CallbackEvent], Any]
EVERY_EVENT = "*"
BOT_MESSAGES = ("bot_private_message", "bot_group_message")
_C = TypeVar("_C", bound=CommandHandler)


class Background(Protocol):
    """Where an attached runtime takes events: `submit` must return at once (the webhook is waiting)."""

    def submit(self, events: list[CallbackEvent]) -> None: ...


@dataclass(frozen=True)
class HandlerFailure:
    event: CallbackEvent
    handler: Handler
    error: BaseException


@dataclass
class DispatchReport:
    """What happened to a batch: events handled, events no handler wanted, and handlers that raised."""

    handled: list[CallbackEvent] = field(default_factory=list)
    unhandled: list[CallbackEvent] = field(default_factory=list)
    failures: list[HandlerFailure] = field(default_factory=list)


class Dispatcher(EventRoutes, CardRoutes):
    """Handlers per event type, plus catch-all handlers registered for "*" (they see every event).

    `on(...)` (from `EventRoutes`) is typed per event type: `@dispatcher.on("bot_private_message")` takes a
    handler of `CallbackEvent[BotMessageEvent]`, so its `event.payload` is checked by mypy. `card(key, cards)`
    (from `CardRoutes`) routes clicks on pending cards by the key they were sent under.
    """

    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = {}
        self.commands = CommandTable()
        self.background: Background | None = None
        """Set by `BotRuntime`: events then go to it, and `dispatch` / `adispatch` return before any handler ran."""

    def add(self, event_type: str, handler: Handler) -> None:
        if not isinstance(event_type, str) or not event_type:
            raise ValueError("event_type must be a non-empty string")
        if not callable(handler):
            raise TypeError("handler must be callable")
        self._handlers.setdefault(event_type, []).append(handler)

    def command(self, name: str, *, description: str | None = None, icon: str | None = None) -> Callable[[_C], _C]:
        """Route bot messages starting with `name` ("/deploy") to the handler instead of the message handlers.

        `description` (else the handler's first docstring line) is what `sync_commands` tells the platform. A
        `BotRuntime` hands the handler a `BotEvent`, whose `.command` holds the parsed arguments.
        """

        def register(handler: _C) -> _C:
            self.commands.add(name, handler, description=description, icon=icon)
            return handler

        return register

    def handlers_for(self, event: CallbackEvent) -> list[Handler]:
        if self.commands and event.type in BOT_MESSAGES:
            from ._bot_event import message_text

            command = self.commands.handler_for(message_text(event.data))
            if command is not None:
                return [command, *self._handlers.get(EVERY_EVENT, ())]
        return [*self._handlers.get(event.type, ()), *self._handlers.get(EVERY_EVENT, ())]

    def dispatch(self, events: Iterable[CallbackEvent]) -> DispatchReport:
        if self.background is not None:
            return _handed_over(self.background, events)
        report = DispatchReport()
        for event in events:
            handlers = self.handlers_for(event)
            (report.handled if handlers else report.unhandled).append(event)
            for handler in handlers:
                try:
                    result = handler(event)
                    if inspect.isawaitable(result):
                        asyncio.run(_awaited(result))
                except Exception as error:  # a handler's bug must not lose the other handlers' events
                    _record(report, event, handler, error)
        return report

    async def adispatch(self, events: Iterable[CallbackEvent]) -> DispatchReport:
        if self.background is not None:
            return _handed_over(self.background, events)
        return await self.run_handlers(events)

    async def run_handlers(self, events: Iterable[CallbackEvent], *, sync_in_thread: bool = False) -> DispatchReport:
        """`adispatch` without the hand-over: what the runtime calls from its tasks, with `sync_in_thread` so that
        a plain function handler runs on a worker thread instead of holding up every other chat."""
        report = DispatchReport()
        for event in events:
            handlers = self.handlers_for(event)
            (report.handled if handlers else report.unhandled).append(event)
            for handler in handlers:
                try:
                    if sync_in_thread and not inspect.iscoroutinefunction(handler):
                        result = await asyncio.to_thread(handler, event)
                    else:
                        result = handler(event)
                    if inspect.isawaitable(result):
                        await result
                except Exception as error:
                    _record(report, event, handler, error)
        return report


def _handed_over(background: Background, events: Iterable[CallbackEvent]) -> DispatchReport:
    accepted = list(events)
    background.submit(accepted)
    return DispatchReport(handled=accepted)


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


def _record(report: DispatchReport, event: CallbackEvent, handler: Handler, error: Exception) -> None:
    name = getattr(handler, "__qualname__", repr(handler))
    logger.error("handler %s failed on %s event %s: %s", name, event.type, event.id, type(error).__name__)
    report.failures.append(HandlerFailure(event, handler, error))
