"""Where a bulk send keeps its progress, so a run that crashed resumes from its cursor and never sends a chunk twice.

A job's record is its plan's fingerprint and one entry per chunk that was started: ``{"state": "sending"}`` is
written before the chunk goes out, its outcome (``sent`` with the answer's msgId and invalid recipients, or
``failed`` with the error) after. A resumed job skips every chunk with an entry; one still ``sending`` was cut off
with its outcome unknown and is reported so, never sent again.

The record lives in the backend of the client's token store, keyed by the caller's job id within the app: memory
(`MemoryTokenStore`: survives a retry in the same process only), one private file per job beside the state file
(`FileTokenStore`: ``<state dir>/bulk_jobs/``), or a Redis hash (`RedisTokenStore`, expiring after `RECORD_TTL`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import StoreError
from ._private_files import Problem, read_json, rewriting, write_json
from ._store import TokenStore, app_key

if TYPE_CHECKING:
    from ._redis_store import RedisTokenStore

__all__ = ["RECORD_TTL", "BulkProgressStore", "MemoryProgressStore", "progress_for"]

RECORD_TTL = 30 * 24 * 3600
"""Seconds a Redis job record lives after its last change: long enough to resume, short enough to clean itself."""

Entry = dict[str, Any]
SENDING: Entry = {"state": "sending"}
"""A chunk's entry from just before it goes out until its outcome is known."""


class BulkProgressStore(Protocol):
    """A job's fingerprint and chunk entries, by job id; `claim` is atomic, so that runs of one job on several
    workers never send a chunk twice."""

    def begin(self, job_id: str, fingerprint: str) -> dict[int, Entry]:
        """The job's entries so far (empty for a new job); `StoreError` when the id was used for another plan."""
        ...

    def claim(self, job_id: str, index: int) -> bool:
        """Write the chunk's ``sending`` entry unless it has one: False when another run already started it."""
        ...

    def mark(self, job_id: str, index: int, entry: Entry) -> None:
        """Record the chunk's outcome."""
        ...


def _mismatch(job_id: str) -> StoreError:
    return StoreError(f"bulk job {job_id!r} was started with other recipients or another message; use a new job id")


def _entries(raw: dict[str, Any]) -> dict[int, Entry]:
    return {int(index): entry for index, entry in raw.items()}


class MemoryProgressStore:
    """Progress for the life of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, tuple[str, dict[int, Entry]]] = {}

    def begin(self, job_id: str, fingerprint: str) -> dict[int, Entry]:
        with self._lock:
            known, entries = self._jobs.setdefault(job_id, (fingerprint, {}))
            if known != fingerprint:
                raise _mismatch(job_id)
            return dict(entries)

    def claim(self, job_id: str, index: int) -> bool:
        with self._lock:
            entries = self._jobs[job_id][1]
            if index in entries:
                return False
            entries[index] = dict(SENDING)
            return True

    def mark(self, job_id: str, index: int, entry: Entry) -> None:
        with self._lock:
            self._jobs[job_id][1][index] = dict(entry)


class FileProgressStore:
    """One 0600 JSON file per job in a private directory, rewritten atomically under a ``flock``."""

    def __init__(self, directory: Path, scope: str) -> None:
        self._directory = directory
        self._scope = scope

    def _path(self, job_id: str) -> Path:
        name = hashlib.sha256(f"{self._scope}\0{job_id}".encode()).hexdigest()[:32]
        return self._directory / f"{name}.json"

    def begin(self, job_id: str, fingerprint: str) -> dict[int, Entry]:
        path = self._path(job_id)
        with rewriting(path, _WHAT):
            record = read_json(path, _WHAT, _job)
            if record is None:
                write_json(path, {"fingerprint": fingerprint, "chunks": {}})
                return {}
        if record.get("fingerprint") != fingerprint:
            raise _mismatch(job_id)
        return _entries(record["chunks"])

    def _change(self, job_id: str, index: int, entry: Entry, *, only_new: bool) -> bool:
        path = self._path(job_id)
        with rewriting(path, _WHAT):
            record = read_json(path, _WHAT, _job) or {"chunks": {}}
            if only_new and str(index) in record["chunks"]:
                return False
            record["chunks"][str(index)] = entry
            write_json(path, record)
        return True

    def claim(self, job_id: str, index: int) -> bool:
        return self._change(job_id, index, SENDING, only_new=True)

    def mark(self, job_id: str, index: int, entry: Entry) -> None:
        self._change(job_id, index, entry, only_new=False)


_WHAT = "the bulk job file"


def _job(record: Any) -> dict[str, Any] | Problem:
    return record if isinstance(record, dict) and isinstance(record.get("chunks"), dict) else Problem("no chunks")


class RedisProgressStore:
    """A Redis hash per job (``<prefix>bulk:<job id>``): field ``fingerprint`` and one field per chunk."""

    def __init__(self, store: RedisTokenStore) -> None:
        self._store = store

    def _key(self, job_id: str) -> str:
        return f"{self._store.key_prefix}bulk:{job_id}"

    def begin(self, job_id: str, fingerprint: str) -> dict[int, Entry]:
        key = self._key(job_id)
        with self._store.failures(f"open the bulk job {job_id!r}"):
            client = self._store.redis
            client.hsetnx(key, "fingerprint", fingerprint)
            client.expire(key, RECORD_TTL)
            fields = client.hgetall(key)
        record = {_text(name): _text(value) for name, value in fields.items()}
        if record.pop("fingerprint", None) != fingerprint:
            raise _mismatch(job_id)
        try:
            return {int(index): json.loads(entry) for index, entry in record.items()}
        except ValueError:
            raise StoreError(f"Redis key {key!r} holds a corrupt bulk job record") from None

    def claim(self, job_id: str, index: int) -> bool:
        key = self._key(job_id)
        with self._store.failures(f"claim chunk {index} of the bulk job {job_id!r}"):
            return bool(self._store.redis.hsetnx(key, str(index), json.dumps(SENDING)))

    def mark(self, job_id: str, index: int, entry: Entry) -> None:
        key = self._key(job_id)
        with self._store.failures(f"record chunk {index} of the bulk job {job_id!r}"):
            self._store.redis.hset(key, str(index), json.dumps(entry))
            self._store.redis.expire(key, RECORD_TTL)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def progress_for(store: TokenStore, gateway_url: str, app_id: str | None) -> Callable[[], BulkProgressStore]:
    """The client's progress store in its token store's backend (memory for a store of the user's own), built on
    first use so that a client that sends no bulk message never loads it."""

    @functools.cache
    def built() -> BulkProgressStore:
        from ._file_store import FileTokenStore
        from ._redis_store import RedisTokenStore

        if isinstance(store, RedisTokenStore):
            return RedisProgressStore(store)
        if isinstance(store, FileTokenStore):
            return FileProgressStore(store.path.parent / "bulk_jobs", app_key(gateway_url, app_id or ""))
        return MemoryProgressStore()

    return built
