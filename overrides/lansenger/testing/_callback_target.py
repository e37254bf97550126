"""Where the sandbox's callbacks go, and the platform's way of sending them: encrypted, signed, one POST per batch.

Events that the platform pushes when something happens (a staff member created, a schedule changed) are
published from route handlers and delivered in order by one worker thread, as the platform delivers them
after answering the API call that caused them. A failed delivery is kept: `redeliver_failed()` sends it again,
the way the platform retries (at +5 min, +1 h and +6 h), without making a test wait for hours.
"""

from __future__ import annotations

import threading
import time
import urllib.error
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from ._directory import ORG_ID
from ._replies import invalid
from .callbacks import post_callback, signed_callback


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
