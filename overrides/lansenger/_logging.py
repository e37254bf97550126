"""The SDK logger and the redaction that keeps secrets out of every log line.

Lansenger puts ``app_token``, ``user_token``, webhooks' ``hook_token`` and the app secret in URL query strings,
and httpx logs full URLs at INFO. Redaction therefore has to run on the httpx/httpcore loggers as well as on our own.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import warnings
from collections.abc import Callable, Mapping
from functools import cache
from typing import Final

__all__ = [
    "ENV_LOG",
    "REDACTED_LOGGERS",
    "RedactingFilter",
    "configure_from_env",
    "install_redaction",
    "logger",
    "redact",
]

logger = logging.getLogger("lansenger")  # its NullHandler is added by `import lansenger` (see __init__)

MASK = "***"

# A logger filter only sees records created on that exact logger, so every emitting logger is listed.
REDACTED_LOGGERS = (
    "lansenger",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "websockets.client",
)

# Query parameters, also when the whole URL is itself percent-encoded (``%3F``/``%26`` before, ``%3D`` after).
_QUERY_SECRET = (
    r"(?i)(?:(?<![\w%])|(?<=%3F)|(?<=%26))"
    r"(?P<key>app_token|user_token|hook_token|refresh_token|secret|code|ticket)(?P<sep>=|%3D)"
    r"(?P<value>[^&#\s\"']+)"
)

_SECRET_KEYS = (
    "appToken|userToken|refreshToken|appSecret|app_secret|secret|aesKey|encodingKey|encoding_key"
    "|callbackToken|callback_token|signToken|app_token|user_token|refresh_token|hookToken|hook_token|jsApiToken"
)
# JSON members, Python reprs (``{'k': 'v'}``), escaped JSON inside strings (``\"k\":\"v\"``) and ``k=v`` pairs.
_KEY_VALUE_SECRET = (
    r"(?i)(?<![\w%])(?P<key>(?:\\?[\"'])?(?:" + _SECRET_KEYS + r")(?:\\?[\"'])?\s*[:=]\s*)"
    r"(?P<value>\\\"(?:[^\\]|\\(?!\"))*(?:\\\")?|\"(?:[^\"\\]|\\.)*\"?|'[^']*'?|[^\s,;&#\"'}\]]+)"
)
# Header dumps (``Authorization: Bearer x``), dict/tuple reprs (``'authorization': 'x'``, ``(b'authorization', b'x')``).
_AUTHORIZATION = (
    r"(?i)(?<![\w-])(?P<key>(?:proxy-)?authorization\\?[\"']?\s*[:=,]\s*(?-i:b(?=[\"']))?)"
    r"(?P<value>\\\"(?:[^\\]|\\(?!\"))*(?:\\\")?|\"[^\"]*\"?|'[^']*'?|[^\r\n\"']+)"
)


def _mask_value(match: re.Match[str]) -> str:
    """Replace the value but keep its quoting, so redacted JSON still looks like JSON."""
    value = match["value"]
    for quote in ('\\"', '"', "'"):
        if value.startswith(quote) and len(value) >= 2 * len(quote):
            return f"{match['key']}{quote}{MASK}{quote}"
    return f"{match['key']}{MASK}"


def _mask_query_value(match: re.Match[str]) -> str:
    return f"{match['key']}{match['sep']}{MASK}"


_Rule = tuple[re.Pattern[str], tuple[str, ...], Callable[[re.Match[str]], str]]


@cache
def _rules() -> tuple[_Rule, ...]:
    """Each pattern with the lowercase words its matches must contain: a substring test is far cheaper than a
    regex scan, and most log lines contain none of them. Compiled by the first record to redact, not at import
    (most programs never log a line through the SDK's filter)."""
    return (
        (re.compile(_QUERY_SECRET), ("token", "secret", "code", "ticket"), _mask_query_value),
        (re.compile(_KEY_VALUE_SECRET), ("token", "secret", "key"), _mask_value),
        (re.compile(_AUTHORIZATION), ("authorization",), _mask_value),
    )


def redact(text: str) -> str:
    """Return ``text`` with the values of known secrets replaced by ``***``."""
    lowered = text.lower()
    for pattern, words, mask in _rules():
        if any(word in lowered for word in words):
            text = pattern.sub(mask, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites records in place so that no handler, whatever its format, can print a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            # A broken format call must not crash the caller, nor leak its raw arguments via handleError.
            record.msg, record.args = redact(str(record.msg)), ()
        else:
            redacted = redact(message)
            if redacted != message:
                record.msg, record.args = redacted, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_SHARED_FILTER = RedactingFilter()


def install_redaction() -> None:
    """Attach one shared filter to every logger that may print our URLs; safe to call repeatedly."""
    for name in REDACTED_LOGGERS:
        logging.getLogger(name).addFilter(_SHARED_FILTER)


ENV_LOG: Final = "LANSENGER_LOG"
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}
_SHOWN_LOGGERS: Final = ("lansenger", "httpx")
"""Ours and httpx's (one line per request); httpcore's connection chatter stays off unless the app asks for it."""


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler `LANSENGER_LOG` adds; its own class so that a second call does not add another."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """`LANSENGER_LOG=debug|info`: show the SDK's records on stderr at that level, redacted, without code.

    Nothing happens when the variable is unset, so an application's own logging setup is never overridden.
    """
    value = (os.environ if environ is None else environ).get(ENV_LOG, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        warnings.warn(f"{ENV_LOG} must be one of {', '.join(_LEVELS)}; ignored", RuntimeWarning, stacklevel=2)
        return
    install_redaction()
    for name in _SHOWN_LOGGERS:
        shown = logging.getLogger(name)
        if not any(isinstance(handler, _EnvironmentHandler) for handler in shown.handlers):
            handler = _EnvironmentHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            handler.addFilter(_SHARED_FILTER)  # records of child loggers reach it without their logger's filter
            shown.addHandler(handler)
        shown.setLevel(level)
