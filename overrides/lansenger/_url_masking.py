"""Keep presigned URLs out of logs while they are in use.

A presigned URL carries its own signature in its query, so it is a credential, yet httpx logs every request line
with the full URL. The query-parameter rules of `_logging` cannot know every object store's signature parameter, so
instead the URL's own query (in every spelling a log line may hold) is masked for as long as a request to it runs;
the host and path stay readable.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from urllib.parse import unquote

import httpx
from lansenger_api.redaction import longest_first as _longest_first
from lansenger_api.redaction import mask

from ._logging import REDACTED_LOGGERS

__all__ = ["hiding", "mask", "secrets_of"]

_MIN_SECRET = 8
"""Shorter query values (an expiry, an algorithm name) are no secret, and masking them would garble other lines."""


def secrets_of(raw: str, url: httpx.URL) -> tuple[str, ...]:
    """Every spelling of the URL's query a log line may hold (as given, as httpx writes it, decoded) and each of its
    longer values, so a line keeps the host and path but no signature, even after other redaction rewrote it."""
    query = url.query.decode("ascii", "replace")
    given = raw.partition("?")[2].partition("#")[0]
    values = [value for _, value in url.params.multi_items()]
    values += [part.partition("=")[2] for part in (*query.split("&"), *given.split("&"))]
    found = [query, unquote(query), given, *(value for value in values if len(value) >= _MIN_SECRET)]
    return _longest_first(found)


class _Masker(logging.Filter):
    """Masks the secrets of requests in flight in every record of the redacted loggers.

    Secrets are registered only while a request runs, so the filter costs one attribute read otherwise.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._secrets: tuple[str, ...] = ()
        self._installed = False

    @contextlib.contextmanager
    def hiding(self, secrets: Sequence[str]) -> Iterator[None]:
        with self._lock:
            self._install()
            self._counts.update(secrets)
            self._secrets = _longest_first(self._counts)
        try:
            yield
        finally:
            with self._lock:
                self._counts.subtract(secrets)
                self._counts = +self._counts  # drops the secrets no request uses any more
                self._secrets = _longest_first(self._counts)

    def _install(self) -> None:
        if not self._installed:
            for name in REDACTED_LOGGERS:
                logging.getLogger(name).addFilter(self)
            self._installed = True

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        masked = mask(message, secrets)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text, secrets)
        return True


_MASKER = _Masker()


def hiding(secrets: Sequence[str]) -> contextlib.AbstractContextManager[None]:
    """Mask these secrets in every log record of the SDK's and httpx's loggers until the block ends."""
    return _MASKER.hiding(secrets)
