"""A bot runtime on the dispatcher: policies, per-chat queues, debounce, replies, processing notices, commands.

from lansenger import AsyncLansenger
from lansenger.bot import BotEvent, BotPolicy, BotRuntime, sync_commands
from lansenger.inbound import AsyncWebSocketListener, Dispatcher

dispatcher = Dispatcher()

@dispatcher.on("bot_private_message", "bot_group_message")
async def answer(event: BotEvent) -> None:
    await event.reply(f"You said: {event.text}")

@dispatcher.command("/deploy", description="Deploy a service")
async def deploy(event: BotEvent) -> None:
    await event.reply(f"Deploying {' '.join(event.command.args)}")

async with AsyncLansenger.from_env() as client:
    BotRuntime(client, dispatcher, policy=BotPolicy(), debounce=1.5, ack="Working on it…")
    await sync_commands(client, dispatcher)
    await AsyncWebSocketListener(client, dispatcher).run()
"""

from ._bot_event import BotEvent
from ._bot_policies import BotPolicy
from ._bot_runtime import BotRuntime
from ._command_sync import CommandSync, sync_commands
from ._commands import Command, parse_command
from ._redis_chat_queues import RedisChatQueues

__all__ = [
    "BotEvent",
    "BotPolicy",
    "BotRuntime",
    "Command",
    "CommandSync",
    "RedisChatQueues",
    "parse_command",
    "sync_commands",
]
