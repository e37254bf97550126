"""Callbacks as the platform sends them, for testing your own receiver: any layout, padding and spelling.

callback = signed_callback([{"id": "e1", "eventType": "staff_create", "data": {"staffId": "s1"}}],
                           aes_key=AES_KEY, sign_token=SIGN_TOKEN)
result = receiver.handle(callback.body, callback.query)
"""

from __future__ import annotations

import base64
import json
import secrets
import string
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

from .._callback_crypto import aes_key_bytes, encrypt_bytes, random_prefix
from .._callback_signature import signature

Layout = Literal["json", "ids-first", "events-first"]
_ALPHANUMERIC = string.ascii_letters + string.digits


def new_aes_key() -> str:
    """A fresh 43-character callback key of the console's shape (32 printable bytes, base64 without "=")."""
    raw = "".join(secrets.choice("0123456789ABCDEF") for _ in range(32)).encode("ascii")
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _respelled(event: Mapping[str, Any], type_key: str, id_key: str) -> dict[str, Any]:
    out = {key: value for key, value in event.items() if key not in ("eventType", "type", "id", "eventId")}
    event_type = event.get("eventType", event.get("type"))
    event_id = event.get("id", event.get("eventId"))
    if event_id is not None:
        out[id_key] = event_id
    out[type_key] = event_type
    return out


def encrypt_events(
    events: Sequence[Mapping[str, Any]],
    aes_key: str,
    *,
    layout: Layout = "json",
    app_id: str = "",
    org_id: str = "",
    block_size: int = 16,
    type_key: Literal["eventType", "type"] = "eventType",
    id_key: Literal["id", "eventId"] = "id",
    snake_case_envelope: bool = False,
    single: bool = False,
) -> str:
    """`dataEncrypt` for these events; `single` sends one event as an object instead of an array."""
    items: Any = [_respelled(event, type_key, id_key) for event in events]
    if single:
        if len(items) != 1:
            raise ValueError("single=True takes exactly one event")
        items = items[0]
    events_json = json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if layout == "json":
        random = "".join(secrets.choice(_ALPHANUMERIC) for _ in range(43))
        envelope: dict[str, Any]
        if snake_case_envelope:
            envelope = {"random": random, "len": str(len(events_json)), "app_id": app_id, "org_id": org_id}
        else:
            envelope = {"random": random, "length": len(events_json), "appId": app_id, "orgId": org_id}
        plain = json.dumps({**envelope, "events": items}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    else:
        ids = (org_id + app_id).encode("utf-8")
        header = random_prefix() + len(events_json).to_bytes(4, "big")
        plain = header + (ids + events_json if layout == "ids-first" else events_json + ids)
    return encrypt_bytes(plain, aes_key_bytes(aes_key), block_size=block_size)


@dataclass(frozen=True)
class SignedCallback:
    """One callback request: the JSON body and the query string parameters, ready to send."""

    body: bytes
    query: dict[str, str]
    data_encrypt: str

    def url(self, base: str) -> str:
        return f"{base}{'&' if '?' in base else '?'}{urlencode(self.query)}"


def signed_callback(
    events: Sequence[Mapping[str, Any]],
    aes_key: str,
    sign_token: str,
    *,
    timestamp: str | None = None,
    nonce: str | None = None,
    signature_key: Literal["signature", "dev_data_signature"] = "signature",
    body_key: Literal["dataEncrypt", "encrypt", "Encrypt"] = "dataEncrypt",
    **encrypt_options: Any,
) -> SignedCallback:
    """Encrypt, then sign as the platform does; `timestamp` defaults to now in seconds."""
    data_encrypt = encrypt_events(events, aes_key, **encrypt_options)
    timestamp = timestamp if timestamp is not None else str(int(time.time()))
    nonce = nonce if nonce is not None else "".join(secrets.choice(_ALPHANUMERIC) for _ in range(43))
    query = {
        "timestamp": timestamp,
        "nonce": nonce,
        signature_key: signature(sign_token, timestamp, nonce, data_encrypt),
    }
    body = json.dumps({body_key: data_encrypt}, separators=(",", ":")).encode("ascii")
    return SignedCallback(body, query, data_encrypt)


def post_callback(url: str, callback: SignedCallback, *, timeout: float = 10.0) -> tuple[int, dict[str, Any]]:
    """POST the callback to a receiver over HTTP, as the platform does; returns the status and the JSON reply."""
    request = urllib.request.Request(
        callback.url(url), data=callback.body, method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


__all__ = ["SignedCallback", "encrypt_events", "new_aes_key", "post_callback", "signed_callback"]
