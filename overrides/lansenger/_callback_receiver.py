"""The one call a web handler makes: raw body + query in, the platform's reply out, events handled between.

Order matters: the signature is checked on the ciphertext before anything is decrypted, ids are deduplicated
before any handler runs, and the reply is the platform's `{errCode, errMsg}` (0 ok, -1 decrypt, -2
signature, -3 parse, -4 other). A failing handler does not change the reply: the event was received, and a
redelivery would be dropped as a duplicate anyway; failures are logged and reported in the result.

A rejected callback (-1, -2, -3) is logged at WARNING on "lansenger.callbacks" with the reason and the body's
size, never a key, the sign token, the body or the plaintext; anyone can post junk to a webhook, so repeats of
one reason within a minute go to DEBUG. ERROR is kept for the SDK's or a seen store's bugs (-4).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lansenger_api.redaction import conceal, scrub

from ._callback_crypto import DECRYPT_FAILED, aes_key_bytes, decrypt_bytes
from ._callback_events import CallbackEvent
from ._callback_layouts import CallbackPayload, parse_plaintext
from ._callback_signature import STALE, verify_signature
from ._dispatch import Dispatcher, DispatchReport
from ._errors import CallbackError, ConfigurationError, DecryptionError, SignatureVerificationError, StoreError
from ._seen import InMemorySeenStore, SeenStore
from ._warn_throttle import WarnThrottle

logger = logging.getLogger("lansenger.callbacks")

OK, DECRYPT_ERROR, SIGNATURE_ERROR, PARSE_ERROR, OTHER_ERROR = 0, -1, -2, -3, -4
_MESSAGES = {
    OK: "ok",
    DECRYPT_ERROR: "decrypt failed",
    SIGNATURE_ERROR: "signature check failed",
    PARSE_ERROR: "payload could not be parsed",
    OTHER_ERROR: "error",
}
_BODY_KEYS = ("dataEncrypt", "encrypt", "Encrypt")
_SIGNATURE_KEYS = ("signature", "dev_data_signature")
Query = Mapping[str, str] | Mapping[str, Sequence[str]]
UNSIGNED = "the callback carries no timestamp, nonce or signature"
_HINTS = {
    DECRYPT_ERROR: "is aes_key this app's callback key (回调密钥)?",
    SIGNATURE_ERROR: "is sign_token this app's callback sign token (回调签名令牌)?",
    PARSE_ERROR: "not a callback the platform sends",
}
_STALE_HINT = "is this server's clock right, and the tolerance long enough?"
_UNSIGNED_HINT = "does the web server pass the request's query string on?"


class PayloadError(CallbackError):
    """The body or the decrypted payload is not what the platform sends."""


@dataclass
class CallbackResult:
    """What one callback request came to: the reply to send, and the events it carried."""

    err_code: int
    events: list[CallbackEvent] = field(default_factory=list)
    duplicates: list[CallbackEvent] = field(default_factory=list)
    payload: CallbackPayload | None = None
    error: CallbackError | None = None
    report: DispatchReport | None = None

    @property
    def reply(self) -> dict[str, Any]:
        return {"errCode": self.err_code, "errMsg": _MESSAGES[self.err_code]}

    @property
    def body(self) -> bytes:
        """The reply as the HTTP body (JSON); always sent with status 200."""
        return json.dumps(self.reply, separators=(",", ":")).encode("ascii")


def _first(query: Query, names: Sequence[str]) -> str | None:
    for name in names:
        value = query.get(name)
        if type(value) is str:  # the common case first: this runs several times per callback
            if value:
                return value
            continue
        if isinstance(value, (list, tuple)):
            value = value[-1] if value else None
        if isinstance(value, str) and value:
            return value
    return None


_PLAIN_BODY_START = b'{"dataEncrypt":"'
_PLAIN_BODY_END = b'"}'


def _plain_body(body: bytes) -> dict[str, str] | None:
    """The body the platform sends, `{"dataEncrypt":"<base64>"}` with no space or escape, read without a JSON
    parse (a third of the time of a whole callback's parsing); anything else is left to `_json_body`."""
    if type(body) is not bytes or not body.startswith(_PLAIN_BODY_START) or not body.endswith(_PLAIN_BODY_END):
        return None
    inner = body[len(_PLAIN_BODY_START) : -len(_PLAIN_BODY_END)]
    if b'"' in inner or b"\\" in inner or not inner.isascii():
        return None
    return {"dataEncrypt": inner.decode("ascii")}


def _json_body(body: bytes) -> Any:
    """The body as JSON. UTF-8 is decoded first (twice as fast as letting `json` detect the encoding); any
    other body still gets `json`'s own detection (BOM, UTF-16, UTF-32), so nothing that parsed before fails."""
    try:
        try:
            return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)
        except ValueError:
            return json.loads(body)
    except (ValueError, RecursionError):
        raise PayloadError("the body is not JSON") from None


class CallbackReceiver:
    """Verify, decrypt, parse, deduplicate and dispatch callbacks for one app.

    Args:
        aes_key: the 43-character callback key (回调密钥) from the developer console.
        sign_token: the callback signature token (回调签名令牌); when given, signatures are verified.
        verify: force verification on or off; on by default exactly when `sign_token` is given.
        tolerance: reject timestamps further than this many seconds from now (off by default: the platform
            redelivers after hours, and its timestamp unit is undocumented).
        app_id: your app id, used to split orgId from appId in the binary layouts.
        dispatcher: where events go; without one, `handle` only returns them.
        seen: the dedupe store (`SeenStore`); an in-memory one per receiver by default, which is one worker's
            memory only: behind several workers or across restarts, share a `RedisSeenStore`.
    """

    def __init__(
        self,
        aes_key: str,
        *,
        sign_token: str | None = None,
        verify: bool | None = None,
        tolerance: float | None = None,
        app_id: str | None = None,
        dispatcher: Dispatcher | None = None,
        seen: SeenStore | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        aes_key, sign_token = conceal(aes_key), conceal(sign_token)  # masked in a traceback's locals
        try:
            key: bytes | None = aes_key_bytes(aes_key)
        except DecryptionError:
            key = None
        if key is None:  # raised outside the handler: the decoding error's frames hold the key
            raise ConfigurationError("aes_key must be the 43-character base64 callback key")
        self._key = key
        self._verify = bool(sign_token) if verify is None else verify
        if self._verify and not sign_token:
            raise ConfigurationError("verify=True needs the sign_token")
        self._sign_token = sign_token or ""
        self._tolerance = tolerance
        self._app_id = app_id
        self.dispatcher = dispatcher
        self._seen: SeenStore = seen if seen is not None else InMemorySeenStore()
        self._clock = clock
        self._warnings = WarnThrottle(logger)

    def __repr__(self) -> str:
        # getattr: a traceback of a failed __init__ shows `self` before these are set
        app_id, verify = getattr(self, "_app_id", None), getattr(self, "_verify", None)
        return f"CallbackReceiver(app_id={app_id!r}, verify={verify})"

    def open(self, body: bytes, query: Query) -> CallbackResult:
        """Verify, decrypt, parse and deduplicate, without dispatching; `handle` is this plus dispatch."""
        try:
            payload = self._payload(body, query)
            fresh: list[CallbackEvent] = []
            repeated: list[CallbackEvent] = []
            for event in payload.events:
                (fresh if event.id is None or self._first_time(event.id) else repeated).append(event)
        except SignatureVerificationError as error:
            return self._rejected(SIGNATURE_ERROR, error, body)
        except DecryptionError as error:
            return self._rejected(DECRYPT_ERROR, error, body)
        except PayloadError as error:
            return self._rejected(PARSE_ERROR, error, body)
        except Exception as error:  # the reply must always be sent, whatever broke
            logger.error("callback failed: %s", type(error).__name__)
            return CallbackResult(OTHER_ERROR, error=CallbackError(type(error).__name__))
        return CallbackResult(OK, fresh, repeated, payload)

    def _first_time(self, event_id: str) -> bool:
        """The seen store's answer; when the store cannot answer, the event is handled (a duplicate beats a loss)."""
        try:
            return self._seen.add(event_id)
        except StoreError as error:
            self._warnings.warn(
                "seen store", "callback dedupe unavailable, handling the event unchecked: %s", str(error)
            )
            return True

    def _rejected(self, code: int, error: CallbackError, body: object) -> CallbackResult:
        hint = _HINTS[code]
        if str(error) == STALE:
            hint = _STALE_HINT
        elif str(error) == UNSIGNED:
            hint = _UNSIGNED_HINT
        size = len(body) if isinstance(body, (bytes, bytearray, str)) else 0
        self._warnings.warn(
            f"{code} {error}", "callback rejected with errCode %d: %s (%s; %d-byte body)", code, error, hint, size
        )
        return CallbackResult(code, error=scrub(error))

    def handle(self, body: bytes, query: Query) -> CallbackResult:
        """Everything for one request, dispatching new events to sync (and async) handlers."""
        result = self.open(body, query)
        if result.err_code == OK and self.dispatcher is not None:
            result.report = self.dispatcher.dispatch(result.events)
        return result

    async def ahandle(self, body: bytes, query: Query) -> CallbackResult:
        """`handle` for async servers: handlers are awaited on the running loop."""
        result = self.open(body, query)
        if result.err_code == OK and self.dispatcher is not None:
            result.report = await self.dispatcher.adispatch(result.events)
        return result

    def _payload(self, body: bytes, query: Query) -> CallbackPayload:
        envelope = _plain_body(body) or _json_body(body)
        if not isinstance(envelope, dict):
            raise PayloadError("the body is not a JSON object")
        data_encrypt = _first(envelope, _BODY_KEYS)
        if data_encrypt is None:
            raise PayloadError("the body has no dataEncrypt")
        if self._verify:
            timestamp = _first(query, ("timestamp",)) or _first(envelope, ("timestamp",))
            nonce = _first(query, ("nonce",)) or _first(envelope, ("nonce",))
            signature = _first(query, _SIGNATURE_KEYS) or _first(envelope, _SIGNATURE_KEYS)
            if timestamp is None or nonce is None or signature is None:
                raise SignatureVerificationError(UNSIGNED)
            verify_signature(
                self._sign_token,
                timestamp,
                nonce,
                data_encrypt,
                signature,
                tolerance=self._tolerance,
                clock=self._clock,
            )
        plain = decrypt_bytes(data_encrypt, self._key)
        try:
            return parse_plaintext(plain, self._app_id)
        except (ValueError, RecursionError):
            raise PayloadError("the decrypted payload is in no known layout") from None


def decrypt(data_encrypt: str, aes_key: str, *, app_id: str | None = None) -> CallbackPayload:
    """Decrypt and parse one `dataEncrypt`; every failure is a `DecryptionError` with the same message."""
    aes_key = conceal(aes_key)
    try:
        return parse_plaintext(decrypt_bytes(data_encrypt, aes_key_bytes(aes_key)), app_id)
    except (DecryptionError, ValueError, TypeError, RecursionError):
        pass
    raise DecryptionError(DECRYPT_FAILED)  # outside the handler: the inner error's frames hold the key
