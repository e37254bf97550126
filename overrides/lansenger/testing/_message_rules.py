"""What a message send must satisfy beyond its JSON Schema, and whom it may reach.

The spec check has already held the body to its channel's schema (accepted ``msgType`` values, enums, byte
limits, at least one recipient); what a schema cannot say is checked here: ``msgData`` carries the payload under
the ``msgType`` key, attachments exist, and the recipients are known to the platform. Refusals use the codes the
platform answers the matching reads with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lansenger_api.errors import ErrorCode

from ._directory import Roster, directory
from ._replies import ApiError, invalid
from ._routes_groups import GroupStore
from ._routing import Backend
from ._spec import message_payload


def updates_only_when_dynamic(msg_type: str) -> bool:
    """A card whose schema has ``isDynamic`` changes in place only when sent with it set."""
    return "isDynamic" in message_payload(msg_type).get("properties", {})


def check_message(backend: Backend, body: Mapping[str, Any]) -> None:
    msg_type = body["msgType"]
    payload = body["msgData"].get(msg_type)
    if payload is None:
        raise invalid(f"msgData.{msg_type}: required")
    if not isinstance(payload, dict):
        return
    where = f"msgData.{msg_type}."
    media_ids = payload.get("mediaIds", [])
    if msg_type == "text" and not payload.get("content") and not media_ids:
        raise invalid(f"{where}content: required unless mediaIds are given")
    unknown = [media_id for media_id in media_ids if not backend.media_exists(media_id)]
    if unknown:
        raise invalid(f"{where}mediaIds: unknown media {', '.join(unknown)}")


def known_staff(now: Roster, staff_id: str, where: str) -> str:
    """The platform answers an unknown staff id with "user not found", as its staff reads do."""
    if staff_id not in now.staff:
        raise ApiError(ErrorCode.USER_NOT_FOUND, f"{where}: user {staff_id} not found")
    return staff_id


def reachable_group(backend: Backend, group_id: str, sender: str | None) -> None:
    """An unknown group is refused as its read is (64001), a sender outside it with "not in group" (30001)."""
    backend.state.domain("groups", GroupStore).read(group_id, sender)


def split_recipients(backend: Backend, body: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """Unknown staff and departments of a broadcast; they go back as invalidStaff / invalidDepartment.

    When no recipient is left the send is refused: the sandbox's stricter reading where the platform is silent.
    """
    now = directory(backend.state).read()
    staff, departments = body.get("userIdList", []), body.get("departmentIdList", [])
    invalid_staff = [staff_id for staff_id in staff if staff_id not in now.staff]
    invalid_departments = [department for department in departments if department not in now.departments]
    if len(invalid_staff) == len(staff) and len(invalid_departments) == len(departments):
        raise ApiError(ErrorCode.USER_NOT_FOUND, "userIdList / departmentIdList: no known recipient")
    return invalid_staff, invalid_departments
