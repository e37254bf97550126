"""Org roles and their members: the sandbox's role store and its handlers.

Choices where the platform is silent: a role member's id is their staff id, and delete_role_member (which names
no role) takes the person out of every role they hold; role names are unique in the org (40001 otherwise);
`creator` and `operator`, when given, must be staff of the org. Members deleted from the directory drop out of
every member list.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._checks import optional_text, required_text, text_list
from ._org_store import NOT_FOUND, Roster, check_org, directory
from ._replies import USER_NOT_FOUND, ApiError, Reply, invalid, success
from ._routes_org_admin import acknowledged, json_body
from ._routing import Backend, Request, Route


@dataclass
class Role:
    id: str
    name: str
    description: str
    creator: str | None
    members: list[str] = field(default_factory=list)


class RoleStore:
    """The sandbox's roles, in creation order; every refusal leaves them untouched."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._roles: dict[str, Role] = {}

    def create(self, name: str, description: str, creator: str | None) -> str:
        with self._lock:
            if any(role.name == name for role in self._roles.values()):
                raise invalid("roleName: already used by another role of the org")
            role = Role(f"role-{secrets.token_hex(6)}", name, description, creator)
            self._roles[role.id] = role
            return role.id

    def members(self, role_id: str) -> list[str]:
        with self._lock:
            return list(self._role(role_id).members)

    def add(self, role_id: str, staff_ids: Iterable[str]) -> None:
        with self._lock:
            role = self._role(role_id)
            role.members += [staff_id for staff_id in dict.fromkeys(staff_ids) if staff_id not in role.members]

    def remove_everywhere(self, staff_id: str) -> None:
        with self._lock:
            holding = [role for role in self._roles.values() if staff_id in role.members]
            if not holding:
                raise ApiError(NOT_FOUND, f"role member not found: {staff_id}")
            for role in holding:
                role.members.remove(staff_id)

    def _role(self, role_id: str) -> Role:
        role = self._roles.get(role_id)
        if role is None:
            raise ApiError(NOT_FOUND, f"role not found: {role_id}")
        return role


def _store(backend: Backend) -> RoleStore:
    return backend.state.domain("roles", RoleStore)


def _known_staff(now: Roster, staff_ids: Iterable[str]) -> None:
    """Refuses the whole call when any of the ids is not staff of the org."""
    unknown = [staff_id for staff_id in staff_ids if staff_id not in now.staff]
    if unknown:
        raise ApiError(USER_NOT_FOUND, f"user not found: {', '.join(unknown)}")


def create_role(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    check_org(request.path_params["org_id"])
    name = required_text(body, "roleName")
    creator = optional_text(body, "creator")
    if creator is not None:
        _known_staff(directory(backend.state).read(), [creator])
    role_id = _store(backend).create(name, optional_text(body, "description") or "", creator)
    return success({"roleId": role_id})


def list_role_members(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    check_org(request.path_params["org_id"])
    members = _store(backend).members(request.path_params["role_id"])
    now = directory(backend.state).read()
    staffs = [{"id": staff_id, "name": now.staff[staff_id].name} for staff_id in members if staff_id in now.staff]
    return success({"staffs": staffs})


def add_role_members(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    role_id = required_text(body, "roleId")
    staff_ids = text_list(body, "staffIds")
    if not staff_ids:
        raise invalid("staffIds: required")
    creator = optional_text(body, "creator")
    _known_staff(directory(backend.state).read(), [*staff_ids, creator] if creator else staff_ids)
    _store(backend).add(role_id, staff_ids)
    return acknowledged()


def delete_role_member(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    operator = optional_text(body, "operator")
    if operator is not None:
        _known_staff(directory(backend.state).read(), [operator])
    _store(backend).remove_everywhere(request.path_params["role_member_id"])
    return acknowledged()


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/org/{org_id}/role/create", create_role, takes_json=True),
    Route("GET", "/v1/org/{org_id}/role/{role_id}/members/fetch", list_role_members),
    Route("POST", "/v1/rolemember/create", add_role_members, takes_json=True),
    Route("POST", "/v1/rolemember/{role_member_id}/delete", delete_role_member, takes_json=True),
)
