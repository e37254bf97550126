"""Group chats (v2): the sandbox's group store and its handlers.

Who acts is the user of ``user_token`` when one is given, else the app's bot (``APP`` below). Every group in
the sandbox was created through this app, so the bot may read, change and dismiss all of them and counts as a
member of each; a user must be a member, and owner-only actions need the owner.
"""

from __future__ import annotations

import copy
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._checks import json_object, optional_flag, optional_text, required_text, text_list
from ._directory import ORG_ID
from ._org_store import Roster, directory
from ._replies import ApiError, Reply, invalid, success
from ._routing import Backend, Request, Route

APP: str | None = None
"""The acting identity when no user_token is given: the app's bot."""

QUERY_FAILED_OR_NOT_MEMBER = 10000
NOT_PERMITTED = 10005
NOT_IN_GROUP = 30001
USER_NOT_FOUND = 50001
GROUP_NOT_FOUND = 64001

MANAGE_ALL_MEMBERS, MANAGE_OWNER_ONLY = 0, 1
DEFAULT_MAX_MEMBERS = 500
DEFAULT_HISTORY_COUNT = 0
MAX_PAGE_SIZE = 100
FLAGS = ("locationShare", "needsConfirm", "isPublic", "remindAll", "sendMsgStatus")
INFO_FIELDS = (
    "name",
    "description",
    "avatarId",
    "ownerId",
    "assistant",
    "demoteAssistant",
    "manageMode",
    *FLAGS,
    "maxMembers",
    "maxHistoryMsgCount",
)
MEMBER_LISTS = ("addUserList", "delUserList", "addDepartmentIdList")


@dataclass
class Group:
    """One group; ``owner`` and ``creator`` are staff ids, or ``None`` for the app's bot."""

    id: str
    name: str
    owner: str | None
    creator: str | None
    members: list[str]
    description: str = ""
    avatar_id: str = ""
    assistants: list[str] = field(default_factory=list)
    share_ids: list[str] = field(default_factory=list)
    manage_mode: int = MANAGE_ALL_MEMBERS
    max_members: int = DEFAULT_MAX_MEMBERS
    max_history_msg_count: int = DEFAULT_HISTORY_COUNT
    flags: dict[str, bool] = field(
        default_factory=lambda: {
            "locationShare": True,
            "needsConfirm": False,
            "isPublic": False,
            "remindAll": True,
            "sendMsgStatus": True,
        }
    )

    def info(self, now: Roster) -> dict[str, Any]:
        """The answer of info/fetch. isPublic comes as 0/1, the way the platform's fixtures show it."""
        info: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "avatarId": self.avatar_id,
            "manageMode": self.manage_mode,
            "maxMembers": self.max_members,
            "maxHistoryMsgCount": self.max_history_msg_count,
            "totalMembers": len(self.members),
            **self.flags,
            "isPublic": int(self.flags["isPublic"]),
        }
        for key, staff_id in (("owner", self.owner), ("creator", self.creator)):
            if staff_id is not None:
                info[key] = {"staffId": staff_id, "name": now.name(staff_id)}
        return info


class GroupStore:
    """The sandbox's groups, in creation order. Each change is checked in full before anything is recorded."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: dict[str, Group] = {}

    def group(self, group_id: str) -> Group | None:
        """A copy of one group, for tests to assert on."""
        with self._lock:
            found = self._groups.get(group_id)
            return copy.deepcopy(found) if found is not None else None

    def create(self, group: Group) -> str:
        with self._lock:
            self._groups[group.id] = group
        return group.id

    def read(self, group_id: str, actor: str | None) -> Group:
        """A copy of a group the actor may see."""
        with self._lock:
            return copy.deepcopy(self._visible(group_id, actor))

    def update_info(self, group_id: str, actor: str | None, changes: Mapping[str, Any]) -> None:
        with self._lock:
            group = self._visible(group_id, actor)
            _require_manager(group, actor)
            if {"ownerId", "assistant", "demoteAssistant"} & set(changes) and actor not in (APP, group.owner):
                raise ApiError(NOT_PERMITTED, "only the group owner may change the owner or assistants")
            _apply_info(group, changes)

    def update_members(
        self, now: Roster, group_id: str, actor: str | None, add: list[str], remove: list[str], departments: list[str]
    ) -> dict[str, Any]:
        with self._lock:
            group = self._visible(group_id, actor)
            _require_manager(group, actor)
            if group.owner in remove:
                raise invalid("delUserList: the owner cannot be removed; hand the group over first")
            found = _resolve(now, add, departments)
            joining = [staff_id for staff_id in found.staff if staff_id not in group.members]
            leaving = [staff_id for staff_id in _unique(remove) if staff_id in group.members]
            total = len(group.members) + len(joining) - len(leaving)
            if total > group.max_members:
                raise invalid(f"addUserList: the group would exceed maxMembers ({group.max_members})")
            group.members = [staff_id for staff_id in group.members if staff_id not in leaving] + joining
            group.assistants = [staff_id for staff_id in group.assistants if staff_id not in leaving]
            return {
                "totalMembers": total,
                "addedStaffCount": len(joining),
                "deletedStaffCount": len(leaving),
                "invalidStaff": found.invalid_staff + [staff_id for staff_id in remove if staff_id not in now.staff],
                "invalidDepartment": found.invalid_departments,
            }

    def group_ids(self, actor: str | None) -> list[str]:
        """The groups the actor is in; the app's bot is in every group of the sandbox."""
        with self._lock:
            return [group.id for group in self._groups.values() if actor is APP or actor in group.members]

    def is_member(self, group_id: str, who: str | None) -> bool | None:
        """``None`` for an unknown group."""
        with self._lock:
            group = self._groups.get(group_id)
            if group is None:
                return None
            return who is APP or who in group.members

    def share(self, group_id: str, actor: str | None) -> str:
        """A new share id for a group the actor may see; every call makes another."""
        with self._lock:
            group = self._visible(group_id, actor)
            share_id = f"gshare-{secrets.token_hex(8)}"
            group.share_ids.append(share_id)
            return share_id

    def delete(self, group_id: str, actor: str | None) -> None:
        with self._lock:
            group = self._visible(group_id, actor)
            if actor is not APP and actor != group.owner:
                raise ApiError(NOT_PERMITTED, "only the group owner may dismiss the group")
            del self._groups[group_id]

    def _visible(self, group_id: str, actor: str | None) -> Group:
        group = self._groups.get(group_id)
        if group is None:
            raise ApiError(GROUP_NOT_FOUND, "group not found")
        if actor is not APP and actor not in group.members:
            raise ApiError(NOT_IN_GROUP, "not in group")
        return group


def _require_manager(group: Group, actor: str | None) -> None:
    if group.manage_mode == MANAGE_OWNER_ONLY and actor not in (APP, group.owner, *group.assistants):
        raise ApiError(NOT_PERMITTED, "only the owner and assistants may manage this group")


def _apply_info(group: Group, changes: Mapping[str, Any]) -> None:
    """Checks every change against the group first, then applies them all."""
    owner = changes.get("ownerId")
    promoted = changes.get("assistant", [])
    for staff_id in ([owner] if owner is not None else []) + promoted:
        if staff_id not in group.members:
            raise invalid(f"{staff_id}: not a member of the group")
    max_members = changes.get("maxMembers")
    if max_members is not None and max_members < len(group.members):
        raise invalid(f"maxMembers: the group already has {len(group.members)} members")
    demoted = set(changes.get("demoteAssistant", []))
    group.assistants = [staff_id for staff_id in _unique(group.assistants + promoted) if staff_id not in demoted]
    if owner is not None:
        group.owner = owner
    group.name = changes.get("name", group.name)
    group.description = changes.get("description", group.description)
    group.avatar_id = changes.get("avatarId", group.avatar_id)
    group.manage_mode = changes.get("manageMode", group.manage_mode)
    group.max_members = changes.get("maxMembers", group.max_members)
    group.max_history_msg_count = changes.get("maxHistoryMsgCount", group.max_history_msg_count)
    group.flags.update({flag: changes[flag] for flag in FLAGS if flag in changes})


@dataclass(frozen=True)
class _Resolved:
    staff: list[str]
    invalid_staff: list[str]
    invalid_departments: list[str]


def _resolve(now: Roster, staff_ids: list[str], departments: list[str]) -> _Resolved:
    """The known staff of a staff list and a department list; unknown ids are reported, not refused.

    Each department adds its members and those of every department below it, department by department.
    """
    return _Resolved(
        staff=_unique(
            [staff_id for staff_id in staff_ids if staff_id in now.staff]
            + [staff_id for department in departments for staff_id in now.staff_under([department])]
        ),
        invalid_staff=[staff_id for staff_id in staff_ids if staff_id not in now.staff],
        invalid_departments=[department for department in departments if department not in now.departments],
    )


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _store(backend: Backend) -> GroupStore:
    return backend.state.domain("groups", GroupStore)


def _optional_int(body: Mapping[str, Any], key: str, minimum: int) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise invalid(f"{key}: expected integer >= {minimum}")
    return value


def _page_param(request: Request, name: str, default: int, minimum: int) -> int:
    text = request.param(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise invalid(f"{name}: expected integer") from None
    if value < minimum:
        raise invalid(f"{name}: must be at least {minimum}")
    return value


def _page(request: Request, items: list[str]) -> list[str]:
    """``page_offset`` is a page index from 0, so page n starts at item n * page_size; past the end is empty."""
    size = _page_param(request, "page_size", MAX_PAGE_SIZE, 1)
    if size > MAX_PAGE_SIZE:
        raise invalid(f"page_size: at most {MAX_PAGE_SIZE}")
    start = _page_param(request, "page_offset", 0, 0) * size
    return items[start : start + size]


def create_group(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    body = json_object(request.json, "body")
    name = required_text(body, "name")
    if required_text(body, "orgId") != ORG_ID:
        raise invalid("orgId: unknown organisation")
    owner = optional_text(body, "ownerId") or actor
    now = directory(backend.state).read()
    if owner is not None and owner not in now.staff:
        raise ApiError(USER_NOT_FOUND, f"ownerId: user {owner} not found")
    avatar_id = optional_text(body, "avatarId") or ""
    if avatar_id and not backend.media_exists(avatar_id):
        raise invalid(f"avatarId: unknown media {avatar_id}")
    for key in ("applyRequestId", "applyNotes", "applyGlobalUniqueId", "applySessionUniqueId"):
        optional_text(body, key)
    staff_ids = text_list(body, "staffIdList")
    departments = text_list(body, "departmentIdList")
    found = _resolve(now, staff_ids, departments)
    members = _unique(([owner] if owner is not None else []) + found.staff)
    group = Group(
        id=f"group-{secrets.token_hex(8)}",
        name=name,
        owner=owner,
        creator=actor,
        members=members,
        description=optional_text(body, "description") or "",
        avatar_id=avatar_id,
    )
    return success(
        {
            "groupId": _store(backend).create(group),
            "totalMembers": len(members),
            "invalidStaff": found.invalid_staff,
            "invalidDepartment": found.invalid_departments,
        }
    )


def fetch_group_info(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    group = _store(backend).read(request.path_params["group_id"], actor)
    return success(group.info(directory(backend.state).read()))


def update_group_info(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    body = json_object(request.json, "body")
    if not any(body.get(key) not in (None, "", [], {}) for key in INFO_FIELDS):
        raise invalid(f"at least one of {', '.join(INFO_FIELDS)} required")
    changes: dict[str, Any] = {key: body[key] for key in INFO_FIELDS if body.get(key) is not None}
    if "name" in changes:
        required_text(body, "name")
    for key in ("description", "avatarId", "ownerId"):
        optional_text(body, key)
    for key in ("assistant", "demoteAssistant"):
        text_list(body, key)
    for flag in FLAGS:
        optional_flag(body, flag)
    if changes.get("manageMode", MANAGE_ALL_MEMBERS) not in (MANAGE_ALL_MEMBERS, MANAGE_OWNER_ONLY):
        raise invalid("manageMode: must be 0 or 1")
    _optional_int(body, "maxMembers", 2)
    _optional_int(body, "maxHistoryMsgCount", 0)
    if changes.get("avatarId") and not backend.media_exists(changes["avatarId"]):
        raise invalid(f"avatarId: unknown media {changes['avatarId']}")
    _store(backend).update_info(request.path_params["group_id"], actor, changes)
    return success({})


def list_group_members(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    members = _store(backend).read(request.path_params["group_id"], actor).members
    now = directory(backend.state).read()
    page = [{"staffId": staff_id, "name": now.name(staff_id)} for staff_id in _page(request, members)]
    return success({"totalMembers": len(members), "members": page})


def update_group_members(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    body = json_object(request.json, "body")
    add, remove, departments = (text_list(body, key) for key in MEMBER_LISTS)
    if not (add or remove or departments):
        raise invalid(f"at least one of {', '.join(MEMBER_LISTS)} required")
    if departments and actor is APP:
        raise ApiError(NOT_PERMITTED, "addDepartmentIdList: the app's bot cannot add departments; use a user_token")
    now = directory(backend.state).read()
    counts = _store(backend).update_members(now, request.path_params["group_id"], actor, add, remove, departments)
    return success(counts)


def list_groups(backend: Backend, request: Request) -> Reply:
    group_ids = _store(backend).group_ids(backend.acting_staff(request))
    return success({"totalGroupIds": len(group_ids), "groupIds": _page(request, group_ids)})


def is_in_group(backend: Backend, request: Request) -> Reply:
    """Like the platform: errCode 10000 for a non-member and for a failed query (unknown group or staff)."""
    who = request.param("staff_id") or backend.acting_staff(request)
    if who is not None and who not in directory(backend.state).read().staff:
        raise ApiError(QUERY_FAILED_OR_NOT_MEMBER, "query failed")
    member = _store(backend).is_member(request.path_params["group_id"], who)
    if member is None:
        raise ApiError(QUERY_FAILED_OR_NOT_MEMBER, "query failed")
    if not member:
        raise ApiError(QUERY_FAILED_OR_NOT_MEMBER, "not in group")
    return success({"isInGroup": True})


def delete_group(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    json_object(request.json, "body")
    _store(backend).delete(request.path_params["group_id"], actor)
    return success({})


def create_group_share(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    json_object(request.json, "body")
    return success({"shareId": _store(backend).share(request.path_params["group_id"], actor)})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v2/groups/create", create_group, takes_json=True),
    Route("GET", "/v2/groups/{group_id}/info/fetch", fetch_group_info),
    Route("POST", "/v2/groups/{group_id}/info/update", update_group_info, takes_json=True),
    Route("GET", "/v2/groups/{group_id}/members/fetch", list_group_members),
    Route("POST", "/v2/groups/{group_id}/members/update", update_group_members, takes_json=True),
    Route("GET", "/v2/groups/fetch", list_groups),
    Route("GET", "/v2/groups/{group_id}/members/is_in_group", is_in_group),
    Route("POST", "/v2/groups/{group_id}/delete", delete_group, takes_json=True),
    Route("POST", "/v2/groups/{group_id}/share/create", create_group_share, takes_json=True),
)
