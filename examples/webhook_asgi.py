"""A complete callback receiver under uvicorn (or mounted in Starlette/FastAPI).

LANSENGER_ENCODING_KEY=… LANSENGER_CALLBACK_TOKEN=… uvicorn examples.webhook_asgi:app
"""

import os

from lansenger.callbacks import CallbackReceiver, Dispatcher, asgi_app

dispatcher = Dispatcher()


@dispatcher.on("bot_private_message", "bot_group_message")
async def on_message(event):
    print(event.type, event.payload.from_, event.payload.msg_data)


app = asgi_app(
    CallbackReceiver(
        os.environ["LANSENGER_ENCODING_KEY"], sign_token=os.environ["LANSENGER_CALLBACK_TOKEN"], dispatcher=dispatcher
    )
)
