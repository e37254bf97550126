"""Inbound callbacks (webhooks): verify, decrypt, parse, deduplicate and dispatch the platform's events.

A complete receiver::

    from lansenger.callbacks import CallbackReceiver, Dispatcher, asgi_app

    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    def reply(event):
        print(event.payload.msg_data)

    app = asgi_app(CallbackReceiver(AES_KEY, sign_token=SIGN_TOKEN, dispatcher=dispatcher))

Redelivered events are dropped by id in one process's memory; behind several workers or containers, or across
restarts, pass ``seen=RedisSeenStore(REDIS_URL)`` so all of them share it. Events without an id are always handled.
"""

from ._callback_apps import asgi_app, wsgi_app
from ._callback_events import CallbackEvent
from ._callback_layouts import CallbackPayload
from ._callback_receiver import CallbackReceiver, CallbackResult, PayloadError, decrypt
from ._callback_signature import signature, verify_signature
from ._dispatch import Dispatcher, DispatchReport, HandlerFailure
from ._redis_seen import RedisSeenStore
from ._seen import InMemorySeenStore, SeenStore

__all__ = [
    "CallbackEvent",
    "CallbackPayload",
    "CallbackReceiver",
    "CallbackResult",
    "DispatchReport",
    "Dispatcher",
    "HandlerFailure",
    "InMemorySeenStore",
    "PayloadError",
    "RedisSeenStore",
    "SeenStore",
    "asgi_app",
    "decrypt",
    "signature",
    "verify_signature",
    "wsgi_app",
]
