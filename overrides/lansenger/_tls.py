"""One TLS context per process for the clients the SDK builds itself.

Building a context loads the CA bundle, which costs tens of milliseconds: paid once rather than per client,
a CLI call, a short-lived worker or a test that makes its own client starts fast. The context is httpx's
default (certifi, honouring SSL_CERT_FILE / SSL_CERT_DIR); pass `transport=` or `http_client=` for your own.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()
