"""Subprocess side of tests/test_ws_lease.py: one replica of a personal bot, listening under a Redis lease.

Prints "open" when its connection is up and "event <msgId>" for each event, until it is killed.
Arguments: gateway URL, app id, app secret, Redis URL, lease key, ttl.
"""

from __future__ import annotations

import asyncio
import sys

from lansenger import AsyncLansenger
from lansenger.inbound import AsyncWebSocketListener, CallbackEvent, Dispatcher, ListenerState, RedisLease


async def main(gateway: str, app_id: str, secret: str, redis_url: str, key: str, ttl: str) -> None:
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    def show(event: CallbackEvent) -> None:
        print(f"event {event.data['msgId']}", flush=True)

    def state(now: ListenerState) -> None:
        if now is ListenerState.OPEN:
            print("open", flush=True)

    lease = RedisLease(redis_url, key=key, ttl=float(ttl), holder="replica-a")
    async with AsyncLansenger(app_id, secret, gateway_url=gateway) as client:
        await AsyncWebSocketListener(client, dispatcher, lease=lease, on_state=state).run()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
