"""One sandbox's copy of the org directory: the seed copied in, then changed by the contact-admin routes.

Reads get a snapshot (`Directory.read`). A change runs on a draft under the store's lock and replaces the
directory only when it returns, so a change refused half way records nothing. Departments and staff are frozen
records: a change replaces them, never edits them in place, which keeps snapshots stable.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from ._directory import DEPARTMENTS, ORG_ID, STAFF, Department, Staff
from ._replies import USER_NOT_FOUND, ApiError
from ._state import SandboxState

NOT_FOUND = 64001
FIRST_STAFF_NUMBER = 1000
_Result = TypeVar("_Result")


def _last_number(ids: Iterable[str]) -> int:
    return max(int(identifier.rsplit("-", 1)[1]) for identifier in ids)


def check_org(org_id: str) -> None:
    """The sandbox holds one org; any other id is unknown."""
    if org_id != ORG_ID:
        raise ApiError(NOT_FOUND, "org not found")


@dataclass
class Roster:
    """The departments and staff at one moment, with the questions the routes ask of them."""

    departments: dict[str, Department]
    staff: dict[str, Staff]
    last_department: int
    last_staff: int

    def copy(self) -> Roster:
        return replace(self, departments=dict(self.departments), staff=dict(self.staff))

    def department(self, department_id: str) -> Department:
        department = self.departments.get(department_id)
        if department is None:
            raise ApiError(NOT_FOUND, f"department not found: {department_id}")
        return department

    def member(self, staff_id: str) -> Staff:
        staff = self.staff.get(staff_id)
        if staff is None:
            raise ApiError(USER_NOT_FOUND, f"user not found: {staff_id}")
        return staff

    def chain(self, department: Department) -> list[Department]:
        """From the root down to ``department`` itself."""
        chain = [department]
        while chain[0].parent_id is not None:
            chain.insert(0, self.departments[chain[0].parent_id])
        return chain

    def children(self, department_id: str) -> list[Department]:
        children = [department for department in self.departments.values() if department.parent_id == department_id]
        return sorted(children, key=lambda department: (department.order, department.id))

    def subtree(self, department_id: str) -> Iterator[str]:
        yield department_id
        for child in self.children(department_id):
            yield from self.subtree(child.id)

    def members(self, department_ids: Iterable[str]) -> list[Staff]:
        wanted = set(department_ids)
        return [staff for staff in self.staff.values() if wanted.intersection(staff.departments)]

    def staff_under(self, department_ids: Iterable[str]) -> list[str]:
        """Ids of the members of these departments and of every department below them, in directory order."""
        return [staff.id for staff in self.members(itertools.chain.from_iterable(map(self.subtree, department_ids)))]

    def name(self, staff_id: str) -> str:
        """The staff member's name; their id once they are no longer in the directory."""
        staff = self.staff.get(staff_id)
        return staff.name if staff is not None else staff_id

    def by_mobile(self, mobile: str) -> Staff | None:
        return next((staff for staff in self.staff.values() if staff.mobile == mobile), None)

    def leaders(self, staff: Staff) -> list[str]:
        """The leaders of the person's departments, nearest department first, never the person themself."""
        found: list[str] = []
        for department_id in staff.departments:
            for department in reversed(self.chain(self.departments[department_id])):
                found += [leader for leader in department.leaders if leader != staff.id and leader not in found]
        return found

    def new_department_id(self) -> str:
        self.last_department += 1
        return f"{ORG_ID}-{self.last_department}"

    def new_staff_id(self) -> str:
        self.last_staff += 1
        return f"{ORG_ID}-{self.last_staff}"

    def strip_tags(self, tag_ids: Iterable[str]) -> None:
        """Take deleted tags off every department and staff member that carries them."""
        gone = set(tag_ids)
        for department in list(self.departments.values()):
            if gone.intersection(department.tags):
                kept = tuple(tag for tag in department.tags if tag not in gone)
                self.departments[department.id] = replace(department, tags=kept)
        for staff in list(self.staff.values()):
            if gone.intersection(staff.tags):
                self.staff[staff.id] = replace(staff, tags=tuple(tag for tag in staff.tags if tag not in gone))


class Directory:
    """The sandbox's org directory; ids of deleted departments and staff are never handed out again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._roster = Roster(
            departments=dict(DEPARTMENTS),
            staff=dict(STAFF),
            last_department=_last_number(DEPARTMENTS),
            last_staff=max(_last_number(STAFF), FIRST_STAFF_NUMBER),
        )

    def read(self) -> Roster:
        with self._lock:
            return self._roster.copy()

    def change(self, edit: Callable[[Roster], _Result]) -> _Result:
        """Run ``edit`` on a draft and keep the draft only if ``edit`` returns (it raises to refuse)."""
        with self._lock:
            draft = self._roster.copy()
            result = edit(draft)
            self._roster = draft
            return result


def directory(state: SandboxState) -> Directory:
    return state.domain("directory", Directory)
