"""Where the sandbox's callbacks go, and the platform's way of sending them: encrypted, signed, one POST per batch.

Events that the platform pushes when something happens (a staff member created, a schedule changed) are
published from route handlers and delivered in order by one worker thread, as the platform delivers them
after answering the API call that caused them. A failed delivery is kept: `redeliver_failed()` sends it again,
the way the platform retries (at +5 min, +1 h and +6 h), without making a test wait for hours.
"""

from __future__ import annotations

import queue
import threading
import time
import urllib.error
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._directory import ORG_ID
from ._replies import invalid
from .callbacks import post_callback, signed_callback

_STOP = object()


@dataclass(frozen=True)
class Delivery:
    """One POST of a batch of events: `status` 0 when the receiver could not be reached."""

    events: tuple[dict[str, Any], ...]
    status: int
    reply: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.reply.get("errCode") == 0


def event_timestamp() -> str:
    """Event data carries microsecond timestamps as 16-digit strings, as in the platform's samples."""
    return str(time.time_ns() // 1000)


class CallbackTarget:
    """The receiver URL, the keys callbacks are encrypted and signed with, and what was delivered."""

    def __init__(self, aes_key: str, sign_token: str, app_id: str) -> None:
        self.aes_key = aes_key
        self.sign_token = sign_token
        self.app_id = app_id
        self._lock = threading.Lock()
        self._url: str | None = None
        self._published: list[dict[str, Any]] = []
        self._deliveries: list[Delivery] = []
        self._queue: queue.Queue[object] = queue.Queue()
        self._worker: threading.Thread | None = None

    @property
    def url(self) -> str | None:
        with self._lock:
            return self._url

    @url.setter
    def url(self, value: str) -> None:
        with self._lock:
            self._url = value

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
        url = self.url
        if url is None:
            raise invalid("no callback URL registered: POST /sandbox/callbacks first")
        delivery = self._post(url, events)
        return delivery.status, delivery.reply

    def publish(self, event_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Queue an event for the registered receiver; returns the event as it will travel."""
        event = {"id": f"{ORG_ID}-{time.time_ns()}", "eventType": event_type, "data": dict(data)}
        with self._lock:
            self._published.append(event)
            if self._url is None:
                return event
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="lansenger-sandbox-callbacks", daemon=True)
                self._worker.start()
        self._queue.put(event)
        return event

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every published event has had its delivery attempt."""
        deadline = time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("callbacks are still being delivered")
                self._queue.all_tasks_done.wait(remaining)

    def redeliver_failed(self) -> list[Delivery]:
        """Send every failed batch again, as the platform's retry would; returns the new deliveries."""
        url = self.url
        if url is None:
            raise RuntimeError("no callback URL registered")
        with self._lock:
            failed = [delivery for delivery in self._deliveries if not delivery.ok]
            retried = {id(delivery) for delivery in failed}
            self._deliveries = [delivery for delivery in self._deliveries if id(delivery) not in retried]
        return [self._post(url, list(delivery.events)) for delivery in failed]

    def close(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            self._queue.put(_STOP)
            worker.join()

    def _run(self) -> None:
        while True:
            event = self._queue.get()
            try:
                if event is _STOP:
                    return
                url = self.url
                if url is not None and isinstance(event, dict):
                    self._post(url, [event])
            finally:
                self._queue.task_done()

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
