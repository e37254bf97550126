"""What the sandbox has seen and stored, shared by the server threads and the test that asserts on it."""

from __future__ import annotations

import copy
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypedDict, TypeVar

TOKEN_PATH = "/v1/apptoken/create"


class MessageRecord(TypedDict):
    """One delivered message; faulted or rejected sends never become records."""

    id: str
    path: str
    body: dict[str, Any]
    user_token: bool
    sender: str | None
    """The person the message was sent as (their user_token, or senderId in a group); None for the app."""
    revoked: bool
    updates: list[dict[str, Any]]


class MediaRecord(TypedDict):
    """One stored upload; ``path`` lives in the sandbox's temporary directory until `Sandbox.stop`."""

    path: Path
    size: int
    content_type: str
    filename: str
    type: str


RequestRecord = tuple[str, str, list[str]]
_Store = TypeVar("_Store")


class UnknownMessages(LookupError):
    """Some message ids were never delivered."""


class SandboxState:
    """Thread-safe records of the sandbox; properties return snapshots, so a test can read them while the server
    serves. Requests are recorded as method, path and query *keys* only: values carry secrets."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._token_deadlines: dict[str, float] = {}
        self._messages: dict[str, MessageRecord] = {}
        self._media: dict[str, MediaRecord] = {}
        self._requests: list[RequestRecord] = []
        self._domains: dict[str, Any] = {}

    def domain(self, key: str, factory: Callable[[], _Store]) -> _Store:
        """The records of one domain (groups, calendars, ...), created on first use; each keeps its own lock."""
        with self._lock:
            if key not in self._domains:
                self._domains[key] = factory()
            store: _Store = self._domains[key]
            return store

    @property
    def token_requests(self) -> int:
        """Requests that reached the token endpoint, including faulted and rejected ones."""
        return sum(path == TOKEN_PATH for _, path, _ in self.requests)

    @property
    def messages(self) -> list[MessageRecord]:
        with self._lock:
            return copy.deepcopy(list(self._messages.values()))

    @property
    def media(self) -> dict[str, MediaRecord]:
        with self._lock:
            return {media_id: record.copy() for media_id, record in self._media.items()}

    @property
    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return [(method, path, list(keys)) for method, path, keys in self._requests]

    def record_request(self, method: str, path: str, query_keys: Iterable[str]) -> None:
        with self._lock:
            self._requests.append((method, path, sorted(set(query_keys))))

    def issue_token(self, lifetime: float) -> str:
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._token_deadlines[token] = self._clock() + lifetime
        return token

    def token_is_live(self, token: str) -> bool:
        with self._lock:
            deadline = self._token_deadlines.get(token)
            return deadline is not None and self._clock() < deadline

    def expire_tokens(self) -> None:
        with self._lock:
            self._token_deadlines.clear()

    def record_message(self, path: str, body: Mapping[str, Any], *, user_token: bool, sender: str | None = None) -> str:
        message_id = f"msg-{secrets.token_hex(8)}"
        record = MessageRecord(
            id=message_id,
            path=path,
            body=copy.deepcopy(dict(body)),
            user_token=user_token,
            sender=sender,
            revoked=False,
            updates=[],
        )
        with self._lock:
            self._messages[message_id] = record
        return message_id

    def revoke(self, message_ids: Iterable[str]) -> list[str | None]:
        """Each message on its own, as the platform does: None where it was revoked, else why it was not."""
        outcomes: list[str | None] = []
        with self._lock:
            for message_id in message_ids:
                record = self._messages.get(message_id)
                if record is None or record["revoked"]:
                    outcomes.append("message not found" if record is None else "message already revoked")
                    continue
                record["revoked"] = True
                outcomes.append(None)
        return outcomes

    def holds_message(self, message_id: str) -> bool:
        with self._lock:
            return message_id in self._messages

    def record_update(self, message_id: str, update: Mapping[str, Any], vet: Callable[[MessageRecord], None]) -> None:
        """``vet`` sees the message under the lock and raises to refuse, so checks and update cannot race."""
        with self._lock:
            record = self._messages.get(message_id)
            if record is None:
                raise UnknownMessages(message_id)
            vet(record)
            record["updates"].append(copy.deepcopy(dict(update)))

    def add_media(self, record: MediaRecord) -> str:
        media_id = f"media-{secrets.token_hex(8)}"
        with self._lock:
            self._media[media_id] = record.copy()
        return media_id

    def media_record(self, media_id: str) -> MediaRecord | None:
        with self._lock:
            record = self._media.get(media_id)
            return record.copy() if record is not None else None
