"""A complete callback receiver as a WSGI app: mount `app` in Flask/Django, or run this file.

Try it on this machine (standard library only, bound to 127.0.0.1, one thread per request):

    LANSENGER_ENCODING_KEY=… LANSENGER_CALLBACK_TOKEN=… python examples/webhook_wsgi.py

In production run `app` under a real WSGI server, behind a reverse proxy that terminates TLS and bounds how long
a client may take to send its body (nginx: ``client_body_timeout 10s; client_max_body_size 1m;``), for example:

    LANSENGER_REDIS_URL=redis://localhost:6379/0 \\
        gunicorn --chdir examples --workers 4 --bind 127.0.0.1:8080 --timeout 30 webhook_wsgi:app

With several workers (or containers, or across restarts) set LANSENGER_REDIS_URL: every receiver then shares one
dedupe memory, so a redelivered event is handled once whichever worker gets it. Events without an id are always
handled. Rejected callbacks (errCode -1/-2/-3) are logged at WARNING with the reason.
"""

import logging
import os
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from lansenger.callbacks import CallbackReceiver, Dispatcher, RedisSeenStore, wsgi_app

logging.basicConfig(level=logging.INFO)
dispatcher = Dispatcher()


@dispatcher.on()  # every event type
def on_event(event):
    print(event.type, event.id, event.payload, flush=True)


redis_url = os.environ.get("LANSENGER_REDIS_URL")
app = wsgi_app(
    CallbackReceiver(
        os.environ["LANSENGER_ENCODING_KEY"],
        sign_token=os.environ["LANSENGER_CALLBACK_TOKEN"],
        dispatcher=dispatcher,
        seen=RedisSeenStore(redis_url) if redis_url else None,
    )
)


class ThreadingServer(ThreadingMixIn, WSGIServer):
    """One thread per request, so a slow client does not hold up the platform's next callback."""

    daemon_threads = True


class TimedHandler(WSGIRequestHandler):
    """A client silent for this many seconds is dropped, so a stalled body cannot pin a thread for ever."""

    timeout = 10


if __name__ == "__main__":
    host, port = os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "8080"))
    with make_server(host, port, app, server_class=ThreadingServer, handler_class=TimedHandler) as server:
        print(f"listening on http://{host}:{server.server_port}/", flush=True)
        server.serve_forever()
