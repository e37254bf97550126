"""Bulk sends: one message to thousands of staff, whole departments or many groups, chunk by chunk.

Recipient lists are cut to the per-call sizes the spec gives (`lansenger_api.rules.BATCH_LIMITS`); groups go one
call each. Each chunk is sent at most once: its entry in the job's progress (`_bulk_progress`) is claimed before it
goes out, and a chunk whose outcome is hidden (a connection cut after sending, an unreadable answer, a gateway's
HTTP 5xx) is reported ``unknown``, never sent again (resend to those recipients once you know they got nothing).
Only a "too many requests" answer (HTTP 429: the request was refused, not delivered) sends the same chunk again,
after the wait the platform asked for, which the rate limiter (`_rate_limit`) then imposes on every later request.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Literal, TypeAlias, get_args

import anyio
from lansenger_api.api.messages import AsyncMessagesResource, MessagesResource
from lansenger_api.errors import (
    APIConnectionError,
    APIError,
    InvalidArgumentError,
    LansengerError,
    RateLimitError,
    UnexpectedResponseError,
)
from lansenger_api.models.account_msg_type import ACCOUNT_MSG_TYPE_VALUES, check_account_msg_type
from lansenger_api.models.bot_msg_type import BOT_MSG_TYPE_VALUES, check_bot_msg_type
from lansenger_api.models.group_msg_type import GROUP_MSG_TYPE_VALUES, check_group_msg_type
from lansenger_api.models.sent_message import SentMessage
from lansenger_api.rules import BATCH_LIMITS
from lansenger_api.types import UNSET, Unset

from . import _message_bodies as bodies
from ._bulk_progress import BulkProgressStore, Entry
from ._message_bodies import Body, Outgoing
from ._rate_limit import RateLimiter
from ._store import offload

__all__ = ["BulkProgress", "BulkSendReport", "Channel", "RecipientResult"]

Channel = Literal["bot", "account"]
"""Which channel reaches staff and departments: the app's bot (a private chat each) or its official account."""
Kind = Literal["staff", "department", "group"]
Status = Literal["delivered", "invalid", "failed", "unknown"]

_REQUESTS = {"bot": "BotMessageRequest", "account": "AccountMessageRequest"}
_MAX_RATE_LIMITED = 5
"""How often one chunk may be refused as "too many requests" before it is reported failed."""
_FIRST_PAUSE = 1.0
"""Seconds to pause after a "too many requests" answer without Retry-After, doubled on each repeat."""
_MAX_JOB_ID = 200


@dataclass(frozen=True)
class RecipientResult:
    """One recipient's outcome.

    `status`: ``delivered`` (the platform took it; `msg_id` when it gave one), ``invalid`` (named in the answer's
    invalidStaff / invalidDepartment), ``failed`` (the call was refused: `error` says why; nothing was delivered)
    or ``unknown`` (the connection failed after the request may have arrived: never resent automatically).
    """

    recipient: str
    kind: Kind
    status: Status
    msg_id: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class BulkProgress:
    """Reported after each chunk: how far the job is, and the outcome of the chunk just finished."""

    job_id: str | None
    chunks_done: int
    chunks_total: int
    results: tuple[RecipientResult, ...]


@dataclass(frozen=True)
class BulkSendReport:
    """Every recipient's outcome in `results`, in the order given (staff, then departments, then groups), and the
    same split by status: `delivered`, `invalid`, `failed` and `unknown`."""

    job_id: str | None
    results: tuple[RecipientResult, ...]
    delivered: tuple[RecipientResult, ...] = field(init=False, repr=False, compare=False)
    invalid: tuple[RecipientResult, ...] = field(init=False, repr=False, compare=False)
    failed: tuple[RecipientResult, ...] = field(init=False, repr=False, compare=False)
    unknown: tuple[RecipientResult, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for status in get_args(Status):
            object.__setattr__(self, status, tuple(result for result in self.results if result.status == status))

    @property
    def complete(self) -> bool:
        """Every recipient has a known outcome and no call failed (invalid recipients aside)."""
        return not (self.failed or self.unknown)


@dataclass(frozen=True)
class Chunk:
    index: int
    kind: Kind
    ids: tuple[str, ...]


def _recipients(ids: Iterable[str], what: str) -> list[str]:
    """Non-empty string ids, each once, in the order given."""
    if isinstance(ids, str):
        raise InvalidArgumentError(f"{what} takes a list of ids, not a single string")
    listed = list(ids)
    if any(not isinstance(one, str) or not one.strip() for one in listed):
        raise InvalidArgumentError(f"{what} must hold non-empty string ids")
    return list(dict.fromkeys(listed))


def plan(
    channel: Channel,
    outgoing: Outgoing,
    staff_ids: Iterable[str],
    department_ids: Iterable[str],
    group_ids: Iterable[str],
) -> list[Chunk]:
    """The chunks of a bulk send, every argument checked before anything is sent."""
    if channel not in _REQUESTS:
        raise InvalidArgumentError(f"channel must be 'bot' or 'account', not {channel!r}")
    staff = _recipients(staff_ids, "staff_ids")
    departments = _recipients(department_ids, "department_ids")
    groups = _recipients(group_ids, "group_ids")
    if not (staff or departments or groups):
        raise InvalidArgumentError("a bulk send needs recipients: staff_ids, department_ids or group_ids")
    accepted = BOT_MSG_TYPE_VALUES if channel == "bot" else ACCOUNT_MSG_TYPE_VALUES
    if (staff or departments) and outgoing.msg_type not in accepted:
        raise InvalidArgumentError(f"the {channel} channel does not send {outgoing.msg_type} messages")
    if groups and outgoing.msg_type not in GROUP_MSG_TYPE_VALUES:
        raise InvalidArgumentError(f"group chats do not take {outgoing.msg_type} messages")
    sizes = BATCH_LIMITS[_REQUESTS[channel]]
    cuts: list[tuple[Kind, list[str], int]] = [
        ("staff", staff, sizes["userIdList"]),
        ("department", departments, sizes["departmentIdList"]),
        ("group", groups, 1),
    ]
    chunks: list[Chunk] = []
    for kind, ids, size in cuts:
        for start in range(0, len(ids), size):
            chunks.append(Chunk(len(chunks), kind, tuple(ids[start : start + size])))
    return chunks


def check_job_id(job_id: str | None) -> None:
    if job_id is not None and (
        not isinstance(job_id, str) or not job_id.strip() or len(job_id) > _MAX_JOB_ID or not job_id.isprintable()
    ):
        raise InvalidArgumentError(f"job_id must be a printable, non-empty string of at most {_MAX_JOB_ID} characters")


def fingerprint(channel: Channel, outgoing: Outgoing, chunks: Sequence[Chunk]) -> str:
    """What a job id is bound to: resuming it with other recipients or another message is refused."""
    plan_text = json.dumps(
        [channel, outgoing.msg_type, outgoing.msg_data.to_dict(), [[chunk.kind, *chunk.ids] for chunk in chunks]],
        sort_keys=True,
    )
    return hashlib.sha256(plan_text.encode()).hexdigest()


def _sent(answer: SentMessage | None) -> Entry:
    def listed(value: list[str] | Unset) -> list[str]:
        return [] if isinstance(value, Unset) else list(value)

    if answer is None:
        return {"state": "sent", "msgId": None, "invalidStaff": [], "invalidDepartment": []}
    return {
        "state": "sent",
        "msgId": None if isinstance(answer.msg_id, Unset) else answer.msg_id or None,
        "invalidStaff": listed(answer.invalid_staff),
        "invalidDepartment": listed(answer.invalid_department),
    }


def _failed(error: LansengerError, attempt: int) -> Entry | float:
    """The chunk's entry after a failed send, or the seconds to pause before sending it again."""
    if isinstance(error, RateLimitError) and attempt < _MAX_RATE_LIMITED:
        return float(error.retry_after) if error.retry_after is not None else _FIRST_PAUSE * 2.0**attempt
    maybe_processed = isinstance(error, APIError) and error.http_status >= 500  # a gateway's, not the platform's
    if isinstance(error, (APIConnectionError, UnexpectedResponseError)) or maybe_processed:
        return {"state": "unknown", "error": str(error)}
    if isinstance(error, (APIError, InvalidArgumentError)):
        return {"state": "failed", "error": str(error)}
    raise error


def _results(chunk: Chunk, entry: Entry) -> tuple[RecipientResult, ...]:
    state = entry.get("state")
    if state == "sent":
        invalid = set(entry.get("invalidStaff" if chunk.kind == "staff" else "invalidDepartment") or [])
        return tuple(
            RecipientResult(one, chunk.kind, "invalid")
            if one in invalid
            else RecipientResult(one, chunk.kind, "delivered", msg_id=entry.get("msgId"))
            for one in chunk.ids
        )
    status: Status = "failed" if state == "failed" else "unknown"
    error = entry.get("error") or (
        "the send was cut off, or another run of the job is sending it: whether it arrived is unknown"
    )
    return tuple(RecipientResult(one, chunk.kind, status, error=str(error)) for one in chunk.ids)


class BulkJob:
    """A bulk send's chunks and their entries; the sync and async senders drive it."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        job_id: str | None,
        store: BulkProgressStore,
        on_progress: Callable[[BulkProgress], None] | None,
    ) -> None:
        self.chunks = chunks
        self.job_id = job_id
        self._store = store
        self._on_progress = on_progress
        self.entries: dict[int, Entry] = {}
        self._fingerprint = ""

    def open(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        if self.job_id is not None:
            self.entries = self._store.begin(self.job_id, fingerprint)

    def pending(self) -> list[Chunk]:
        return [chunk for chunk in self.chunks if chunk.index not in self.entries]

    def claim(self, chunk: Chunk) -> bool:
        """Write the chunk's ``sending`` entry before it goes out; False when another run of the job has it."""
        return self.job_id is None or self._store.claim(self.job_id, chunk.index)

    def record(self, chunk: Chunk, entry: Entry) -> None:
        self.entries[chunk.index] = entry
        if self.job_id is not None:
            self._store.mark(self.job_id, chunk.index, entry)

    def close(self) -> None:
        """Take the entries other runs of the job wrote meanwhile, for the report."""
        if self.job_id is not None and len(self.entries) < len(self.chunks):
            self.entries = {**self._store.begin(self.job_id, self._fingerprint), **self.entries}

    def progressed(self, chunk: Chunk) -> None:
        if self._on_progress is not None:
            done = sum(1 for one in self.chunks if one.index in self.entries)
            results = _results(chunk, self.entries[chunk.index])
            self._on_progress(BulkProgress(self.job_id, done, len(self.chunks), results))

    def report(self) -> BulkSendReport:
        results = [
            result
            for chunk in self.chunks
            for result in _results(chunk, self.entries.get(chunk.index, {"state": "unknown"}))
        ]
        return BulkSendReport(self.job_id, tuple(results))


def prepare(
    message: Body | str,
    channel: Channel,
    recipients: tuple[Iterable[str], Iterable[str], Iterable[str]],
    job_id: str | None,
    store: Callable[[], BulkProgressStore],
    on_progress: Callable[[BulkProgress], None] | None,
) -> tuple[BulkJob, Outgoing, str]:
    """Check everything and plan the chunks: the job, the message to send and the plan's fingerprint.

    `message` is a body model or plain text; `recipients` are the staff, department and group ids."""
    if isinstance(message, str):
        outgoing = Outgoing("text", bodies.text_data(message, chat_type="staff"))
    else:
        outgoing = bodies.wrap(message)
    chunks = plan(channel, outgoing, *recipients)
    check_job_id(job_id)
    return BulkJob(chunks, job_id, store(), on_progress), outgoing, fingerprint(channel, outgoing, chunks)


def _ids(chunk: Chunk, kind: Kind) -> list[str] | Unset:
    """The chunk's ids for the recipient list of `kind`; the other list is left out."""
    return list(chunk.ids) if chunk.kind == kind else UNSET


def send_chunk(
    resource: MessagesResource, channel: Channel, outgoing: Outgoing, chunk: Chunk, user_token: str | Unset
) -> SentMessage:
    msg_type, msg_data = outgoing
    if chunk.kind == "group":
        return resource.create_group_message(
            group_id=chunk.ids[0], msg_type=check_group_msg_type(msg_type), msg_data=msg_data, user_token=user_token
        )
    if channel == "account":
        return resource.create_account_message(
            msg_type=check_account_msg_type(msg_type),
            msg_data=msg_data,
            user_token=user_token,
            user_id_list=_ids(chunk, "staff"),
            department_id_list=_ids(chunk, "department"),
        )
    return resource.create_bot_message(
        msg_type=check_bot_msg_type(msg_type),
        msg_data=msg_data,
        user_token=user_token,
        user_id_list=_ids(chunk, "staff"),
        department_id_list=_ids(chunk, "department"),
    )


async def asend_chunk(
    resource: AsyncMessagesResource, channel: Channel, outgoing: Outgoing, chunk: Chunk, user_token: str | Unset
) -> SentMessage:
    msg_type, msg_data = outgoing
    if chunk.kind == "group":
        return await resource.create_group_message(
            group_id=chunk.ids[0], msg_type=check_group_msg_type(msg_type), msg_data=msg_data, user_token=user_token
        )
    if channel == "account":
        return await resource.create_account_message(
            msg_type=check_account_msg_type(msg_type),
            msg_data=msg_data,
            user_token=user_token,
            user_id_list=_ids(chunk, "staff"),
            department_id_list=_ids(chunk, "department"),
        )
    return await resource.create_bot_message(
        msg_type=check_bot_msg_type(msg_type),
        msg_data=msg_data,
        user_token=user_token,
        user_id_list=_ids(chunk, "staff"),
        department_id_list=_ids(chunk, "department"),
    )


Send: TypeAlias = Callable[[Chunk], SentMessage]


def run(
    job: BulkJob,
    send: Send,
    limiter: RateLimiter | None,
    fingerprint: str,
    sleep: Callable[[float], None] = time.sleep,
) -> BulkSendReport:
    """Send every chunk the job has not started yet, each at most once; see the module docstring."""
    job.open(fingerprint)
    for chunk in job.pending():
        if not job.claim(chunk):
            continue
        attempt = 0
        while True:
            wait = limiter.reserve() if limiter is not None else 0.0
            if wait > 0:
                sleep(wait)
            try:
                entry = _sent(send(chunk))
            except LansengerError as error:
                found = _failed(error, attempt)
                if isinstance(found, float):
                    attempt += 1
                    if limiter is not None:
                        limiter.back_off(found)
                    else:
                        sleep(found)
                    continue
                entry = found
            break
        job.record(chunk, entry)
        job.progressed(chunk)
    job.close()
    return job.report()


async def arun(
    job: BulkJob,
    send: Callable[[Chunk], Awaitable[SentMessage]],
    limiter: RateLimiter | None,
    fingerprint: str,
) -> BulkSendReport:
    """`run` for the async client: store and limiter calls (file or Redis I/O) go to worker threads."""
    await offload(partial(job.open, fingerprint))
    for chunk in job.pending():
        if not await offload(partial(job.claim, chunk)):
            continue
        attempt = 0
        while True:
            wait = await offload(limiter.reserve) if limiter is not None else 0.0
            if wait > 0:
                await anyio.sleep(wait)
            try:
                entry = _sent(await send(chunk))
            except LansengerError as error:
                found = _failed(error, attempt)
                if isinstance(found, float):
                    attempt += 1
                    if limiter is not None:
                        await offload(partial(limiter.back_off, found))
                    else:
                        await anyio.sleep(found)
                    continue
                entry = found
            break
        await offload(partial(job.record, chunk, entry))
        job.progressed(chunk)
    await offload(job.close)
    return job.report()
