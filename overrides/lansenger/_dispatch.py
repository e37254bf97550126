"""Route events to handlers by type; one failing handler never costs the others their event.

Handlers may be plain functions or coroutines. `dispatch` (sync) runs coroutine handlers to completion on a
private event loop, so it must not be called from inside a running loop: use `adispatch` there.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lansenger_api.events import CallbackEvent, EventRoutes

from ._card_routes import CardRoutes

logger = logging.getLogger("lansenger.callbacks")

Handler = Callable[[CallbackEvent], Any]
EVERY_EVENT = "*"


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

    def add(self, event_type: str, handler: Handler) -> None:
        if not isinstance(event_type, str) or not event_type:
            raise ValueError("event_type must be a non-empty string")
        if not callable(handler):
            raise TypeError("handler must be callable")
        self._handlers.setdefault(event_type, []).append(handler)

    def handlers_for(self, event: CallbackEvent) -> list[Handler]:
        return [*self._handlers.get(event.type, ()), *self._handlers.get(EVERY_EVENT, ())]

    def dispatch(self, events: Iterable[CallbackEvent]) -> DispatchReport:
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
        report = DispatchReport()
        for event in events:
            handlers = self.handlers_for(event)
            (report.handled if handlers else report.unhandled).append(event)
            for handler in handlers:
                try:
                    result = handler(event)
                    if inspect.isawaitable(result):
                        await result
                except Exception as error:
                    _record(report, event, handler, error)
        return report


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


def _record(report: DispatchReport, event: CallbackEvent, handler: Handler, error: Exception) -> None:
    name = getattr(handler, "__qualname__", repr(handler))
    logger.error("handler %s failed on %s event %s: %s", name, event.type, event.id, type(error).__name__)
    report.failures.append(HandlerFailure(event, handler, error))
