"""The sandbox's seed organisation: one org, a small department tree and its staff.

Fixed data, so tests and demos can name people and departments without creating them first. Ids follow the
platform's shapes: departments are `<orgId>-<n>` (the root is `<orgId>-0`), staff ids are openId-like strings.
"""

from __future__ import annotations

from dataclasses import dataclass

ORG_ID = "524288"
ORG_NAME = "Sandbox Org"
ROOT_DEPARTMENT = f"{ORG_ID}-0"


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    parent_id: str | None
    order: float


@dataclass(frozen=True)
class Staff:
    id: str
    name: str
    departments: tuple[str, ...]
    mobile: str
    email: str
    login_name: str
    employee_number: str
    external_id: str


DEPARTMENTS: dict[str, Department] = {
    department.id: department
    for department in (
        Department(ROOT_DEPARTMENT, ORG_NAME, None, 0.0),
        Department(f"{ORG_ID}-1", "Engineering", ROOT_DEPARTMENT, 1.0),
        Department(f"{ORG_ID}-2", "Sales", ROOT_DEPARTMENT, 2.0),
        Department(f"{ORG_ID}-3", "Platform", f"{ORG_ID}-1", 1.0),
    )
}


def _staff(number: int, name: str, department: str) -> Staff:
    login = name.lower().replace(" ", ".")
    return Staff(
        id=f"{ORG_ID}-{1000 + number}",
        name=name,
        departments=(department,),
        mobile=f"1380000{number:04d}",
        email=f"{login}@sandbox.example",
        login_name=login,
        employee_number=f"E{number:04d}",
        external_id=f"ext-{number:04d}",
    )


STAFF: dict[str, Staff] = {
    staff.id: staff
    for staff in (
        _staff(1, "Ada Lovelace", f"{ORG_ID}-1"),
        _staff(2, "Grace Hopper", f"{ORG_ID}-1"),
        _staff(3, "Alan Turing", f"{ORG_ID}-3"),
        _staff(4, "Edsger Dijkstra", f"{ORG_ID}-3"),
        _staff(5, "Barbara Liskov", f"{ORG_ID}-3"),
        _staff(6, "Mary Jackson", f"{ORG_ID}-2"),
        _staff(7, "Katherine Johnson", f"{ORG_ID}-2"),
    )
}

SANDBOX_USER = f"{ORG_ID}-1001"
"""The staff member who approves OAuth authorization requests in the sandbox."""
