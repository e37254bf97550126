"""Catch the browser's OAuth2 redirect when the redirect URI points at this machine (http://127.0.0.1:PORT/...).

A one-request HTTP server listens there while the person approves in the browser, so they need not copy the
address back by hand. Any other redirect URI returns None: the person pastes the address instead.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Final
from urllib.parse import urlsplit

from .._errors import AuthorizationError

LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost"})
WAIT_SECONDS: Final = 300.0
"""As long as the platform's authorization code lives."""
_PAGE = b"Logged in. You can close this window and go back to the terminal.\n"


class CaughtRedirect:
    def __init__(self, path: str) -> None:
        self.path = path
        self.arrived = threading.Event()
        self.url: str | None = None

    def wait(self, timeout: float = WAIT_SECONDS) -> str:
        """The address the browser was sent back to (its query carries the code and state)."""
        if not self.arrived.wait(timeout) or self.url is None:
            raise AuthorizationError("no redirect came back from the browser in time: log in again")
        return self.url


def _handler(caught: CaughtRedirect, base: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if urlsplit(self.path).path != caught.path:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(_PAGE)))
            self.end_headers()
            self.wfile.write(_PAGE)
            caught.url = base + self.path
            caught.arrived.set()

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: the request line carries the authorization code."""

    return Handler


@contextlib.contextmanager
def catch_redirect(redirect_uri: str | None) -> Iterator[CaughtRedirect | None]:
    target = urlsplit(redirect_uri or "")
    if target.scheme != "http" or target.hostname not in LOOPBACK_HOSTS or not target.port:
        yield None
        return
    caught = CaughtRedirect(target.path or "/")
    server = HTTPServer((target.hostname, target.port), _handler(caught, f"http://{target.netloc}"))
    thread = threading.Thread(target=server.serve_forever, name="lansenger-login-redirect", daemon=True)
    thread.start()
    try:
        yield caught
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
