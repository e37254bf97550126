"""Subprocess side of tests/test_bot_workers.py: a bot worker that takes a chat and dies inside its handler.

It queues message m1 through `RedisChatQueues`, prints "handling m1" once its handler runs, and hangs there
until it is killed. Arguments: gateway URL, Redis URL, key prefix, lease ttl.
"""

from __future__ import annotations

import asyncio
import sys

from lansenger import AsyncLansenger
from lansenger.bot import BotEvent, BotRuntime, RedisChatQueues
from lansenger.inbound import CallbackEvent, Dispatcher


async def main(gateway: str, redis_url: str, prefix: str, ttl: str) -> None:
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    async def hang(event: BotEvent) -> None:
        print(f"handling {event.msg_id}", flush=True)
        await asyncio.Event().wait()

    message = {"from": "524288-1001", "msgId": "m1", "msgType": "text", "msgData": {"text": {"content": "one"}}}
    queues = RedisChatQueues(redis_url, key_prefix=prefix, ttl=float(ttl))
    client = AsyncLansenger("app", "secret", gateway_url=gateway)
    async with client, BotRuntime(client, dispatcher, queues=queues) as runtime:
        runtime.submit([CallbackEvent("bot_private_message", message)])
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
