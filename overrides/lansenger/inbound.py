"""Inbound events for personal bots, over the platform's WebSocket.

    from lansenger import AsyncLansenger
    from lansenger.inbound import AsyncWebSocketListener, Dispatcher

    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    async def on_message(event): ...

    async with AsyncLansenger.from_env() as client:
        await AsyncWebSocketListener(client, dispatcher).run()

`WebSocketListener` is the blocking twin for the sync `Lansenger` client (`run_forever()` / `stop()`).
"""

from ._callback_events import CallbackEvent
from ._dispatch import Dispatcher, DispatchReport
from ._ws_inbound import AsyncWebSocketListener, ListenerState, WebSocketListener

__all__ = [
    "AsyncWebSocketListener",
    "CallbackEvent",
    "DispatchReport",
    "Dispatcher",
    "ListenerState",
    "WebSocketListener",
]
