"""A personal bot receiving its events over the platform's WebSocket, answering each private message.

LANSENGER_APP_ID=… LANSENGER_APP_SECRET=… LANSENGER_API_GATEWAY_URL=… python examples/personal_bot_ws.py
"""

import asyncio

from lansenger import AsyncLansenger
from lansenger.inbound import AsyncWebSocketListener, Dispatcher


async def main() -> None:
    async with AsyncLansenger() as client:
        dispatcher = Dispatcher()

        @dispatcher.on("bot_private_message")
        async def echo(event):
            await client.messages.send_text(event.payload.from_, f"you said: {event.payload.msg_data.text.content}")

        await AsyncWebSocketListener(client, dispatcher).run()  # reconnects by itself; Ctrl-C to stop


asyncio.run(main())
