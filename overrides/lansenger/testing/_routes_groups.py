"""Group chats (v2). Who acts is the user of ``user_token``, else the app's bot (``APP``): every sandbox group was
created through this app, so the bot may read, change and dismiss each; a user must be a member, and owner-only
actions need the owner.
"""

from __future__ import annotations

import copy
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lansenger_api.errors import ErrorCode

from ._directory import ORG_ID, Roster, directory
from ._replies import ApiError, Reply, invalid, success
from ._routing import Backend, Request, Route
from ._spec import query_default

APP: str | None = None
"""The acting identity when no user_token is given: the app's bot."""

MANAGE_OWNER_ONLY = 1
NEW_GROUP_SETTINGS: Mapping[str, Any] = {
    "description": "",
    "avatarId": "",
    "manageMode": 0,
    "maxMembers": 500,
    "maxHistoryMsgCount": 0,
    "locationShare": True,
    "needsConfirm": False,
    "isPublic": False,
    "remindAll": True,
    "sendMsgStatus": True,
}
"""A new group's settings where the create body says nothing: the platform documents none, these are the sandbox's."""
ROLE_CHANGES = ("ownerId", "assistant", "demoteAssistant")
MEMBERS_PATH, LIST_PATH = "/v2/groups/{group_id}/members/fetch", "/v2/groups/fetch"


@dataclass
class Group:
    """One group; ``owner`` and ``creator`` are staff ids, or ``None`` for the app's bot."""

    id: str
    owner: str | None
    creator: str | None
    members: list[str]
    settings: dict[str, Any]
    assistants: list[str] = field(default_factory=list)

    def info(self, now: Roster) -> dict[str, Any]:
        """The answer of info/fetch. isPublic comes as 0/1, the way the platform's fixtures show it."""
        info = {**self.settings, "totalMembers": len(self.members), "isPublic": int(self.settings["isPublic"])}
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
            return copy.deepcopy(self._groups.get(group_id))

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
            group = self._manageable(group_id, actor)
            if set(ROLE_CHANGES) & set(changes) and actor not in (APP, group.owner):
                raise ApiError(ErrorCode.API_NOT_PERMITTED, "only the group owner may change the owner or assistants")
            owner, promoted = changes.get("ownerId"), changes.get("assistant", [])
            strangers = [staff_id for staff_id in [owner, *promoted] if staff_id and staff_id not in group.members]
            if strangers:
                raise invalid(f"{strangers[0]}: not a member of the group")
            if changes.get("maxMembers", len(group.members)) < len(group.members):
                raise invalid(f"maxMembers: the group already has {len(group.members)} members")
            demoted = set(changes.get("demoteAssistant", []))
            group.assistants = [
                staff_id for staff_id in _unique(group.assistants + promoted) if staff_id not in demoted
            ]
            group.owner = owner or group.owner
            group.settings.update({key: value for key, value in changes.items() if key not in ROLE_CHANGES})

    def update_members(
        self, now: Roster, group_id: str, actor: str | None, add: list[str], remove: list[str], departments: list[str]
    ) -> dict[str, Any]:
        with self._lock:
            group = self._manageable(group_id, actor)
            if group.owner in remove:
                raise invalid("delUserList: the owner cannot be removed; hand the group over first")
            found = _resolve(now, add, departments)
            joining = [staff_id for staff_id in found["staff"] if staff_id not in group.members]
            leaving = [staff_id for staff_id in _unique(remove) if staff_id in group.members]
            total = len(group.members) + len(joining) - len(leaving)
            if total > group.settings["maxMembers"]:
                raise invalid(f"addUserList: the group would exceed maxMembers ({group.settings['maxMembers']})")
            group.members = [staff_id for staff_id in group.members if staff_id not in leaving] + joining
            group.assistants = [staff_id for staff_id in group.assistants if staff_id not in leaving]
            return {
                "totalMembers": total,
                "addedStaffCount": len(joining),
                "deletedStaffCount": len(leaving),
                "invalidStaff": found["invalidStaff"] + [staff_id for staff_id in remove if staff_id not in now.staff],
                "invalidDepartment": found["invalidDepartment"],
            }

    def group_ids(self, actor: str | None) -> list[str]:
        """The groups the actor is in; the app's bot is in every group of the sandbox."""
        with self._lock:
            return [group.id for group in self._groups.values() if actor is APP or actor in group.members]

    def delete(self, group_id: str, actor: str | None) -> None:
        with self._lock:
            group = self._visible(group_id, actor)
            if actor is not APP and actor != group.owner:
                raise ApiError(ErrorCode.API_NOT_PERMITTED, "only the group owner may dismiss the group")
            del self._groups[group_id]

    def _visible(self, group_id: str, actor: str | None) -> Group:
        group = self._groups.get(group_id)
        if group is None:
            raise ApiError(ErrorCode.NOT_FOUND, "group not found")
        if actor is not APP and actor not in group.members:
            raise ApiError(ErrorCode.NOT_IN_GROUP, "not in group")
        return group

    def _manageable(self, group_id: str, actor: str | None) -> Group:
        group = self._visible(group_id, actor)
        managers = (APP, group.owner, *group.assistants)
        if group.settings["manageMode"] == MANAGE_OWNER_ONLY and actor not in managers:
            raise ApiError(ErrorCode.API_NOT_PERMITTED, "only the owner and assistants may manage this group")
        return group


def _resolve(now: Roster, staff_ids: list[str], departments: list[str]) -> dict[str, list[str]]:
    """The known staff of a staff list and a department list (with every department below them); unknown ids
    are reported, not refused."""
    return {
        "staff": _unique([s for s in staff_ids if s in now.staff] + now.staff_under(departments)),
        "invalidStaff": [staff_id for staff_id in staff_ids if staff_id not in now.staff],
        "invalidDepartment": [department for department in departments if department not in now.departments],
    }


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _store(backend: Backend) -> GroupStore:
    return backend.state.domain("groups", GroupStore)


def _page(request: Request, items: list[str], template: str) -> list[str]:
    """``page_offset`` is a page index from 0, so page n starts at item n * page_size; past the end is empty."""
    size = int(request.param("page_size") or query_default("GET", template, "page_size"))
    start = int(request.param("page_offset") or 0) * size
    return items[start : start + size]


def _check_avatar(backend: Backend, avatar_id: str | None) -> None:
    if avatar_id and not backend.media_exists(avatar_id):
        raise invalid(f"avatarId: unknown media {avatar_id}")


def create_group(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    body = request.json
    if body["orgId"] != ORG_ID:
        raise invalid("orgId: unknown organisation")
    owner = body.get("ownerId") or actor
    now = directory(backend.state).read()
    _check_avatar(backend, body.get("avatarId"))
    found = _resolve(now, body.get("staffIdList", []), body.get("departmentIdList", []))
    members = _unique(([owner] if owner is not None else []) + found["staff"])
    chosen = {key: body[key] for key in ("description", "avatarId") if body.get(key)}
    settings = {"name": body["name"], **NEW_GROUP_SETTINGS, **chosen}
    group = Group(f"group-{secrets.token_hex(8)}", owner, actor, members, settings)
    found.pop("staff")
    return success({"groupId": _store(backend).create(group), "totalMembers": len(members), **found})


def fetch_group_info(backend: Backend, request: Request) -> Reply:
    group = _store(backend).read(request.path_params["group_id"], backend.acting_staff(request))
    return success(group.info(directory(backend.state).read()))


def update_group_info(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    changes = {key: value for key, value in request.json.items() if value is not None}
    _check_avatar(backend, changes.get("avatarId"))
    _store(backend).update_info(request.path_params["group_id"], actor, changes)
    return success({})


def list_group_members(backend: Backend, request: Request) -> Reply:
    members = _store(backend).read(request.path_params["group_id"], backend.acting_staff(request)).members
    now = directory(backend.state).read()
    page = [{"staffId": staff_id, "name": now.name(staff_id)} for staff_id in _page(request, members, MEMBERS_PATH)]
    return success({"totalMembers": len(members), "members": page})


def update_group_members(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    add, remove, departments = (
        request.json.get(key, []) for key in ("addUserList", "delUserList", "addDepartmentIdList")
    )
    if departments and actor is APP:
        raise ApiError(
            ErrorCode.API_NOT_PERMITTED, "addDepartmentIdList: the app's bot cannot add departments; use a user_token"
        )
    now = directory(backend.state).read()
    return success(
        _store(backend).update_members(now, request.path_params["group_id"], actor, add, remove, departments)
    )


def list_groups(backend: Backend, request: Request) -> Reply:
    group_ids = _store(backend).group_ids(backend.acting_staff(request))
    return success({"totalGroupIds": len(group_ids), "groupIds": _page(request, group_ids, LIST_PATH)})


def is_in_group(backend: Backend, request: Request) -> Reply:
    """Like the platform: errCode 10000 for a non-member and for a failed query (unknown group or staff)."""
    who = request.param("staff_id") or backend.acting_staff(request)
    if who is not None and who not in directory(backend.state).read().staff:
        raise ApiError(ErrorCode.SERVICE_UNAVAILABLE_OR_NOT_MEMBER, "query failed")
    try:
        _store(backend).read(request.path_params["group_id"], who)
    except ApiError as error:
        raise ApiError(ErrorCode.SERVICE_UNAVAILABLE_OR_NOT_MEMBER, error.err_msg) from None
    return success({"isInGroup": True})


def delete_group(backend: Backend, request: Request) -> Reply:
    _store(backend).delete(request.path_params["group_id"], backend.acting_staff(request))
    return success({})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v2/groups/create", create_group, takes_json=True),
    Route("GET", "/v2/groups/{group_id}/info/fetch", fetch_group_info),
    Route("POST", "/v2/groups/{group_id}/info/update", update_group_info, takes_json=True),
    Route("GET", MEMBERS_PATH, list_group_members),
    Route("POST", "/v2/groups/{group_id}/members/update", update_group_members, takes_json=True),
    Route("GET", LIST_PATH, list_groups),
    Route("GET", "/v2/groups/{group_id}/members/is_in_group", is_in_group),
    Route("POST", "/v2/groups/{group_id}/delete", delete_group, takes_json=True),
)
