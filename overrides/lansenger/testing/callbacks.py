"""Callbacks as the platform sends them, for testing your own receiver: any layout, padding and spelling.

callback = signed_callback([{"id": "e1", "eventType": "staff_create", "data": {"staffId": "s1"}}],
                           aes_key=AES_KEY, sign_token=SIGN_TOKEN)
result = receiver.handle(callback.body, callback.query)

`CallbackTarget` is where the sandbox's own callbacks go: events published when something happens (a staff member
created, a schedule changed) are delivered in order by one worker thread, as the platform delivers them after
answering the call that caused them; a failed delivery is kept for `redeliver_failed()`, the platform's retry
(at +5 min, +1 h and +6 h) without the wait.
"""

from __future__ import annotations

import base64
import json
import secrets
import string
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

from .._callback_crypto import aes_key_bytes, encrypt_bytes, random_prefix
from .._callback_signature import signature
from ._directory import ORG_ID
from ._replies import invalid

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


@dataclass(frozen=True)
class Delivery:
    """One POST of a batch of events: `status` 0 when the receiver could not be reached."""

    events: tuple[dict[str, Any], ...]
    status: int
    reply: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.reply.get("errCode") == 0


def _in_order() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(1, thread_name_prefix="lansenger-sandbox-callbacks")


def event_timestamp() -> str:
    """Event data carries microsecond timestamps as 16-digit strings, as in the platform's samples."""
    return str(time.time_ns() // 1000)


class CallbackTarget:
    """The receiver URL, the keys callbacks are encrypted and signed with, and what was delivered."""

    def __init__(self, aes_key: str, sign_token: str, app_id: str) -> None:
        self.aes_key = aes_key
        self.sign_token = sign_token
        self.app_id = app_id
        self.url: str | None = None
        self._lock = threading.Lock()
        self._published: list[dict[str, Any]] = []
        self._deliveries: list[Delivery] = []
        self._sending: list[Future[Delivery]] = []
        self._worker = _in_order()

    @property
    def published(self) -> list[dict[str, Any]]:
        """Every event published so far, delivered or not (nothing is delivered before a URL is registered)."""
        with self._lock:
            return list(self._published)

    @property
    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._deliveries)

    def deliver(self, events: list[dict[str, Any]]) -> tuple[int, dict[str, Any]]:
        """POST the events now and answer with the receiver's reply (for the control route that waits for it)."""
        if self.url is None:
            raise invalid("no callback URL registered: POST /sandbox/callbacks first")
        delivery = self._post(self.url, events)
        return delivery.status, delivery.reply

    def publish(self, event_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Queue an event for the registered receiver; returns the event as it will travel."""
        event = {"id": f"{ORG_ID}-{time.time_ns()}", "eventType": event_type, "data": dict(data)}
        with self._lock:
            self._published.append(event)
            if self.url is not None:
                sending = self._worker.submit(self._post, self.url, [event])
                self._sending = [*(future for future in self._sending if not future.done()), sending]
        return event

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every published event has had its delivery attempt."""
        with self._lock:
            sending = list(self._sending)
        if wait(sending, timeout).not_done:
            raise TimeoutError("callbacks are still being delivered")

    def redeliver_failed(self) -> list[Delivery]:
        """Send every failed batch again, as the platform's retry would; returns the new deliveries."""
        url = self.url
        if url is None:
            raise RuntimeError("no callback URL registered")
        with self._lock:
            failed = [delivery for delivery in self._deliveries if not delivery.ok]
            self._deliveries = [delivery for delivery in self._deliveries if delivery.ok]
        return [self._post(url, list(delivery.events)) for delivery in failed]

    def close(self) -> None:
        """Wait for the deliveries under way; a sandbox started again gets a fresh worker."""
        worker, self._worker = self._worker, _in_order()
        worker.shutdown(wait=True)

    def _post(self, url: str, events: list[dict[str, Any]]) -> Delivery:
        callback = signed_callback(events, self.aes_key, self.sign_token, app_id=self.app_id, org_id=ORG_ID)
        try:
            status, reply = post_callback(url, callback, timeout=3.0)  # the platform gives up after about 3 s
        except (OSError, urllib.error.URLError, ValueError) as error:
            status, reply = 0, {"error": type(error).__name__}
        delivery = Delivery(tuple(events), status, reply)
        with self._lock:
            self._deliveries.append(delivery)
        return delivery


__all__ = ["SignedCallback", "encrypt_events", "new_aes_key", "post_callback", "signed_callback"]
