"""The callback signature: SHA-1 over the sorted sign token, timestamp, nonce and dataEncrypt, hex.

Compared in constant time. The optional freshness window accepts the timestamp in seconds, milliseconds,
microseconds or nanoseconds, because the platform's documents show both 10- and 19-digit values; only 1 to 20
ASCII digits are a timestamp (no sign, space, underscore or other script's digits, which `int` would accept).
Whatever the input, the only error raised is `SignatureVerificationError`.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable

from ._errors import SignatureVerificationError

SIGNATURE_MISMATCH = "the callback signature does not match"
STALE = "the callback timestamp is outside the tolerance window"
MAX_TIMESTAMP_DIGITS = 20
"""Nanoseconds since 1970 fit in 19 digits until the year 2286; a longer value is no clock's."""


def signature(sign_token: str, timestamp: str, nonce: str, data_encrypt: str) -> str:
    """The lower-case hex SHA-1 the platform sends as `signature` (also called dev_data_signature).

    Raises UnicodeEncodeError when a value is not encodable text (a lone surrogate).
    """
    joined = "".join(sorted((sign_token, timestamp, nonce, data_encrypt)))
    return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()


def timestamp_seconds(timestamp: str) -> float:
    """A timestamp in s, ms, µs or ns, told apart by size, as seconds; ValueError unless it is 1 to 20 ASCII
    digits."""
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= MAX_TIMESTAMP_DIGITS):
        raise ValueError("timestamp is not 1 to 20 ASCII digits")
    value = int(timestamp)
    for scale, threshold in ((1e9, 1e17), (1e6, 1e14), (1e3, 1e11)):
        if value >= threshold:
            return value / scale
    return float(value)


def verify_signature(
    sign_token: str,
    timestamp: str,
    nonce: str,
    data_encrypt: str,
    signature_value: str,
    *,
    tolerance: float | None = None,
    clock: Callable[[], float] = time.time,
) -> None:
    """Raise `SignatureVerificationError` unless `signature_value` signs these values (and, with `tolerance`,
    the timestamp is within that many seconds of `clock()`). An empty `sign_token` verifies nothing."""
    if not (
        isinstance(sign_token, str)
        and isinstance(timestamp, str)
        and isinstance(nonce, str)
        and isinstance(data_encrypt, str)
        and isinstance(signature_value, str)
        and sign_token
    ):
        raise SignatureVerificationError(SIGNATURE_MISMATCH)
    try:
        expected = signature(sign_token, timestamp, nonce, data_encrypt)
    except UnicodeEncodeError:  # a lone surrogate: the platform signs UTF-8, so nothing it sent
        raise SignatureVerificationError(SIGNATURE_MISMATCH) from None
    # compare_digest takes ASCII text as it is (a hex digest always is): nothing to encode on every callback.
    # The value as sent is tried first; only one that does not match is trimmed and lower-cased.
    if not (
        signature_value.isascii()
        and (
            hmac.compare_digest(expected, signature_value)
            or hmac.compare_digest(expected, signature_value.strip().lower())
        )
    ):
        raise SignatureVerificationError(SIGNATURE_MISMATCH)
    if tolerance is not None:
        try:
            sent = timestamp_seconds(timestamp)
        except ValueError:
            raise SignatureVerificationError(STALE) from None
        if not abs(clock() - sent) <= tolerance:
            raise SignatureVerificationError(STALE)
