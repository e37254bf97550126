"""A complete callback receiver on the standard library's WSGI server (or mount `app` in Flask/Django)."""

import os
from wsgiref.simple_server import make_server

from lansenger.callbacks import CallbackReceiver, Dispatcher, wsgi_app

dispatcher = Dispatcher()


@dispatcher.on()  # every event type
def on_event(event):
    print(event.type, event.id, event.payload)


app = wsgi_app(
    CallbackReceiver(
        os.environ["LANSENGER_ENCODING_KEY"], sign_token=os.environ["LANSENGER_CALLBACK_TOKEN"], dispatcher=dispatcher
    )
)

if __name__ == "__main__":
    make_server("0.0.0.0", int(os.environ.get("PORT", "8080")), app).serve_forever()
