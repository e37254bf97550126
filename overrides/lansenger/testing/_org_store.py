"""One sandbox's copy of the org directory: the seed copied in, then changed by the contact-admin routes.

Reads get a snapshot (`Directory.read`). A change runs on a draft under the store's lock and replaces the
directory only when it returns, so a change refused half way records nothing.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from lansenger_api.errors import ErrorCode

from ._directory import DEPARTMENTS, ORG_ID, STAFF, Record
from ._replies import USER_NOT_FOUND, ApiError
from ._state import SandboxState

_Result = TypeVar("_Result")


def check_org(org_id: str) -> None:
    """The sandbox holds one org; any other id is unknown."""
    if org_id != ORG_ID:
        raise ApiError(ErrorCode.NOT_FOUND, "org not found")


@dataclass
class Roster:
    """The departments and staff at one moment, with the questions the routes ask of them."""

    departments: dict[str, Record]
    staff: dict[str, Record]
    last_department: int
    last_staff: int

    def department(self, department_id: str) -> Record:
        department = self.departments.get(department_id)
        if department is None:
            raise ApiError(ErrorCode.NOT_FOUND, f"department not found: {department_id}")
        return department

    def member(self, staff_id: str) -> Record:
        staff = self.staff.get(staff_id)
        if staff is None:
            raise ApiError(USER_NOT_FOUND, f"user not found: {staff_id}")
        return staff

    def chain(self, department: Record) -> list[Record]:
        """From the root down to ``department`` itself."""
        chain = [department]
        while chain[0]["parentId"] is not None:
            chain.insert(0, self.departments[chain[0]["parentId"]])
        return chain

    def children(self, department_id: str) -> list[Record]:
        children = [department for department in self.departments.values() if department["parentId"] == department_id]
        return sorted(children, key=lambda department: (department["order"], department["id"]))

    def subtree(self, department_id: str) -> Iterator[str]:
        yield department_id
        for child in self.children(department_id):
            yield from self.subtree(child["id"])

    def members(self, department_ids: Iterable[str]) -> list[Record]:
        wanted = set(department_ids)
        return [staff for staff in self.staff.values() if wanted.intersection(staff["departments"])]

    def staff_under(self, department_ids: Iterable[str]) -> list[str]:
        """Ids of the members of these departments and of every department below them, in directory order."""
        subtrees = [child for department in department_ids for child in self.subtree(department)]
        return [staff["staffId"] for staff in self.members(subtrees)]

    def name(self, staff_id: str) -> str:
        """The staff member's name; their id once they are no longer in the directory."""
        staff = self.staff.get(staff_id)
        return str(staff["name"]) if staff is not None else staff_id

    def leaders(self, staff: Record) -> list[str]:
        """The leaders of the person's departments, nearest department first, never the person themself."""
        found: list[str] = []
        for department_id in staff["departments"]:
            for department in reversed(self.chain(self.departments[department_id])):
                found += [leader for leader in department["leaders"] if leader not in (staff["staffId"], *found)]
        return found

    def new_department_id(self) -> str:
        self.last_department += 1
        return f"{ORG_ID}-{self.last_department}"

    def new_staff_id(self) -> str:
        self.last_staff += 1
        return f"{ORG_ID}-{self.last_staff}"


class Directory:
    """The sandbox's org directory; ids of deleted departments and staff are never handed out again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        last = max(int(identifier.rsplit("-", 1)[1]) for identifier in DEPARTMENTS)
        self._roster = Roster(copy.deepcopy(DEPARTMENTS), copy.deepcopy(STAFF), last, len(STAFF) + 1000)

    def read(self) -> Roster:
        with self._lock:
            return copy.deepcopy(self._roster)

    def change(self, edit: Callable[[Roster], _Result]) -> _Result:
        """Run ``edit`` on a draft and keep the draft only if ``edit`` returns (it raises to refuse)."""
        with self._lock:
            draft = copy.deepcopy(self._roster)
            result = edit(draft)
            self._roster = draft
            return result


def directory(state: SandboxState) -> Directory:
    return state.domain("directory", Directory)
