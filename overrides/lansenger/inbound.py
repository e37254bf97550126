"""Inbound events for personal bots, over the platform's WebSocket.

    from lansenger import AsyncLansenger
    from lansenger.inbound import AsyncWebSocketListener, Dispatcher

    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    async def on_message(event): ...

    async with AsyncLansenger.from_env() as client:
        await AsyncWebSocketListener(client, dispatcher).run()

`WebSocketListener` is the blocking twin for the sync `Lansenger` client (`run_forever()` / `stop()`). Repeats are
dropped in memory; pass ``seen=RedisSeenStore(REDIS_URL)`` to remember across restarts and processes, and
``lease=RedisLease(REDIS_URL)`` so that of several replicas exactly one holds the connection.
"""

from ._callback_events import CallbackEvent
from ._dispatch import Dispatcher, DispatchReport
from ._redis_seen import RedisSeenStore
from ._seen import InMemorySeenStore, SeenStore
from ._ws_inbound import AsyncWebSocketListener, ListenerState, WebSocketListener
from ._ws_lease import RedisLease

__all__ = [
    "AsyncWebSocketListener",
    "CallbackEvent",
    "DispatchReport",
    "Dispatcher",
    "InMemorySeenStore",
    "ListenerState",
    "RedisLease",
    "RedisSeenStore",
    "SeenStore",
    "WebSocketListener",
]
