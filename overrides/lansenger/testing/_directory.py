"""The sandbox's seed organisation: one org, a small department tree and its staff.

Fixed data, so tests and demos can name people and departments without creating them first; every sandbox
starts from a copy of it (`._org_store`), which the contact-admin routes then change. Records are spelled the
way the platform's bodies and answers spell them, so reads project them onto their response schemas. Ids follow
the platform's shapes: departments are `<orgId>-<n>` (the root is `<orgId>-0`), staff ids `<orgId>-<1000 + n>`.
"""

from __future__ import annotations

from typing import Any

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
