"""The sandbox's organisation: one org, a small seed department tree and its staff, and each sandbox's copy.

Fixed seed data, so tests and demos can name people and departments without creating them first. Every sandbox
starts from a copy (`Directory`) that the contact-admin routes change on a draft, kept only when the change
passes. Records are spelled as the platform's bodies and answers spell them, so reads project them onto their
response schemas. Ids follow the platform's shapes: departments `<orgId>-<n>` (root `<orgId>-0`), staff
`<orgId>-<1000 + n>`.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from lansenger_api.errors import ErrorCode

from ._replies import ApiError
from ._state import SandboxState

Record = dict[str, Any]
ORG_ID = "524288"
ORG_NAME = "Sandbox Org"
ROOT_DEPARTMENT = f"{ORG_ID}-0"


def _department(number: int, name: str, parent: str | None, order: float, **more: Any) -> Record:
    record = {"id": f"{ORG_ID}-{number}", "name": name, "parentId": parent, "order": order, "externalId": ""}
    return record | {"leaders": [], "tags": [], "emails": [], "phones": [], "addresses": [], "introductions": []} | more


DEPARTMENTS: dict[str, Record] = {
    department["id"]: department
    for department in (
        _department(0, ORG_NAME, None, 0.0, externalId="dept-root", phones=["010-5550100"]),
        _department(
            1,
            "Engineering",
            ROOT_DEPARTMENT,
            1.0,
            externalId="dept-eng",
            leaders=[f"{ORG_ID}-1001"],
            tags=["tech"],
            emails=["eng@sandbox.example"],
            addresses=["Building A, floor 3"],
            introductions=["Builds the product."],
        ),
        _department(2, "Sales", ROOT_DEPARTMENT, 2.0, externalId="dept-sales", leaders=[f"{ORG_ID}-1006"]),
        _department(3, "Platform", f"{ORG_ID}-1", 1.0, externalId="dept-platform", leaders=[f"{ORG_ID}-1004"]),
    )
}


def _staff(number: int, name: str, department: int, gender: int, duties: str, office: str) -> Record:
    login = name.lower().replace(" ", ".")
    return {
        "staffId": f"{ORG_ID}-{1000 + number}",
        "name": name,
        "departments": [f"{ORG_ID}-{department}"],
        "mobilePhone": {"countryCode": "+86", "number": f"1380000{number:04d}"},
        "email": f"{login}@sandbox.example",
        "loginName": login,
        "employeeNumber": f"E{number:04d}",
        "externalId": f"ext-{number:04d}",
        "gender": gender,
        "status": 1,
        "duties": duties,
        "signature": "",
        "extraFieldSet": {"ef-office": office, "ef-badge": f"B{number:04d}"},
        "tags": [],
        "loginWays": [0],
    }


STAFF: dict[str, Record] = {
    staff["staffId"]: staff
    for staff in (
        _staff(1, "Ada Lovelace", 1, 2, "Head of Engineering", "A-301"),
        _staff(2, "Grace Hopper", 1, 2, "Compiler Engineer", "A-302"),
        _staff(3, "Alan Turing", 3, 1, "Platform Engineer", "A-310"),
        _staff(4, "Edsger Dijkstra", 3, 1, "Platform Lead", "A-311"),
        _staff(5, "Barbara Liskov", 3, 2, "Platform Engineer", "A-312"),
        _staff(6, "Mary Jackson", 2, 2, "Head of Sales", "B-101"),
        _staff(7, "Katherine Johnson", 2, 2, "Account Manager", "B-102"),
    )
}

EXTRA_FIELDS: tuple[Record, ...] = tuple(
    {"id": f"ef-{key}", "name": name}
    for key, name in (
        ("office", "Office"),
        ("badge", "Badge number"),
        ("shirt", "Shirt size"),
        ("parking", "Parking spot"),
        ("emergency", "Emergency contact"),
    )
)
"""The org-defined staff profile fields; staff hold their values in ``extraFieldSet`` by these ids."""

SANDBOX_USER = f"{ORG_ID}-1001"
"""The staff member who approves OAuth authorization requests in the sandbox."""


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
            raise ApiError(ErrorCode.USER_NOT_FOUND, f"user not found: {staff_id}")
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
