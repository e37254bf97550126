"""Revoking messages with each message's outcome in hand.

The platform answers errCode 0 for a revoke call even when some of its messages were not revoked (too old,
unknown, already revoked); the outcome of each is only in ``data.subStatus``, one entry per message id in request
order. `Messages.revoke` turns that into `MessageRevocation` records and raises `PartialRevokeError` unless every
message was revoked, so a partial failure cannot pass unnoticed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lansenger_api.errors import APIError, InvalidArgumentError, UnexpectedResponseError
from lansenger_api.models.revoke_chat_type import RevokeChatType
from lansenger_api.models.revoke_result import RevokeResult
from lansenger_api.models.revoke_system_message import RevokeSystemMessage
from lansenger_api.types import UNSET, Unset

__all__ = ["MessageRevocation", "PartialRevokeError"]

_OPERATION = "revoke_messages"


@dataclass(frozen=True)
class MessageRevocation:
    """One message's outcome: `err_code` 0 means it was revoked; otherwise `err_msg` says why not."""

    message_id: str
    err_code: int
    err_msg: str

    @property
    def revoked(self) -> bool:
        return self.err_code == 0


class PartialRevokeError(APIError):
    """Some messages of a revoke call were not revoked, though the call itself succeeded.

    `results` holds every message's `MessageRevocation` in request order; `revoked` and `failed` split them.
    `err_code` and `err_msg` are those of the first message that failed.
    """

    def __init__(self, results: Sequence[MessageRevocation]) -> None:
        self.results = tuple(results)
        failed = self.failed
        super().__init__(
            f"{len(failed)} of {len(self.results)} messages were not revoked; the first: {failed[0].err_msg}",
            err_code=failed[0].err_code,
            operation=_OPERATION,
        )

    @property
    def revoked(self) -> tuple[MessageRevocation, ...]:
        return tuple(result for result in self.results if result.revoked)

    @property
    def failed(self) -> tuple[MessageRevocation, ...]:
        return tuple(result for result in self.results if not result.revoked)


def revoke_arguments(
    message_ids: Sequence[str],
    chat_type: RevokeChatType,
    sender_id: str | None,
    system_message: str | None,
    system_media_id: str | None,
) -> tuple[list[str], str | Unset, RevokeSystemMessage | Unset]:
    """The generated operation's arguments, checked: ids are non-empty strings, staff and group chats name the
    sender (the platform requires it there)."""
    if isinstance(message_ids, str):
        raise InvalidArgumentError("message_ids takes a list of message ids, not a single string")
    ids = list(message_ids)
    if not ids or any(not isinstance(message_id, str) or not message_id for message_id in ids):
        raise InvalidArgumentError("message_ids must be a non-empty list of non-empty message ids")
    if chat_type in ("staff", "group") and not sender_id:
        raise InvalidArgumentError(f"revoking in a {chat_type} chat needs sender_id (the platform requires it)")
    if system_message is None and system_media_id is None:
        return ids, sender_id or UNSET, UNSET
    note = RevokeSystemMessage(
        content=UNSET if system_message is None else system_message,
        media_id=UNSET if system_media_id is None else system_media_id,
    )
    return ids, sender_id or UNSET, note


def outcomes(message_ids: Sequence[str], answer: RevokeResult | None) -> tuple[MessageRevocation, ...]:
    """Every message's outcome; raises `PartialRevokeError` unless all were revoked.

    An answer without subStatus (platforms before it existed) reports the call's success for every message; one
    whose subStatus does not match the request one to one cannot be attributed and raises
    `UnexpectedResponseError`.
    """
    statuses = None if answer is None or isinstance(answer.sub_status, Unset) else answer.sub_status
    if statuses is None:
        return tuple(MessageRevocation(message_id, 0, "") for message_id in message_ids)
    if len(statuses) != len(message_ids):
        raise UnexpectedResponseError(
            f"subStatus has {len(statuses)} entries for {len(message_ids)} message ids", operation=_OPERATION
        )
    results = tuple(
        MessageRevocation(message_id, status.err_code, "" if isinstance(status.err_msg, Unset) else status.err_msg)
        for message_id, status in zip(message_ids, statuses, strict=True)
    )
    if any(not result.revoked for result in results):
        raise PartialRevokeError(results)
    return results
