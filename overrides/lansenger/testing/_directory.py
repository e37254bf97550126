"""The sandbox's seed organisation: one org, a small department tree and its staff.

Fixed data, so tests and demos can name people and departments without creating them first; every sandbox
starts from a copy of it (`._org_store`), which the contact-admin routes then change. Ids follow the
platform's shapes: departments are `<orgId>-<n>` (the root is `<orgId>-0`), staff ids are openId-like strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ORG_ID = "524288"
ORG_NAME = "Sandbox Org"
ROOT_DEPARTMENT = f"{ORG_ID}-0"
ORG_ICON_URL = "https://sandbox.example/org/524288/icon.png"
ORG_MAX_MEMBERS = 500
ORG_ORDER_TYPE = 1
ORG_DAYS_LIMIT = 365
ORG_BILLING_DATE = 1704067200
"""Plan facts ``/v1/org/{org_id}/fetch`` reports; the platform documents no units, these are plausible values."""


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    parent_id: str | None
    order: float
    external_id: str = ""
    leaders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    introductions: tuple[str, ...] = ()


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
    gender: int = 0
    """0 undisclosed, 1 male, 2 female."""
    status: int = 1
    """0 not activated, 1 normal, 2 frozen, 3 deleted."""
    duties: str = ""
    signature: str = ""
    extra_fields: tuple[tuple[str, str], ...] = ()
    """Extension field values as (field id, value) pairs; the ids are those of `EXTRA_FIELDS`."""
    country_code: str = "+86"
    tags: tuple[str, ...] = ()
    login_ways: tuple[int, ...] = (0,)
    """0 mobile, 1 email, 2 account and password."""
    profile: Mapping[str, Any] = field(default_factory=dict)
    """Further profile keys as the platform spells them (birthdate, education, ...), echoed by the detail read."""


DEPARTMENTS: dict[str, Department] = {
    department.id: department
    for department in (
        Department(ROOT_DEPARTMENT, ORG_NAME, None, 0.0, external_id="dept-root", phones=("010-5550100",)),
        Department(
            f"{ORG_ID}-1",
            "Engineering",
            ROOT_DEPARTMENT,
            1.0,
            external_id="dept-eng",
            leaders=(f"{ORG_ID}-1001",),
            tags=("tech",),
            emails=("eng@sandbox.example",),
            addresses=("Building A, floor 3",),
            introductions=("Builds the product.",),
        ),
        Department(f"{ORG_ID}-2", "Sales", ROOT_DEPARTMENT, 2.0, external_id="dept-sales", leaders=(f"{ORG_ID}-1006",)),
        Department(
            f"{ORG_ID}-3", "Platform", f"{ORG_ID}-1", 1.0, external_id="dept-platform", leaders=(f"{ORG_ID}-1004",)
        ),
    )
}


def _staff(number: int, name: str, department: str, *, gender: int, duties: str, office: str) -> Staff:
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
        gender=gender,
        duties=duties,
        extra_fields=(("ef-office", office), ("ef-badge", f"B{number:04d}")),
    )


STAFF: dict[str, Staff] = {
    staff.id: staff
    for staff in (
        _staff(1, "Ada Lovelace", f"{ORG_ID}-1", gender=2, duties="Head of Engineering", office="A-301"),
        _staff(2, "Grace Hopper", f"{ORG_ID}-1", gender=2, duties="Compiler Engineer", office="A-302"),
        _staff(3, "Alan Turing", f"{ORG_ID}-3", gender=1, duties="Platform Engineer", office="A-310"),
        _staff(4, "Edsger Dijkstra", f"{ORG_ID}-3", gender=1, duties="Platform Lead", office="A-311"),
        _staff(5, "Barbara Liskov", f"{ORG_ID}-3", gender=2, duties="Platform Engineer", office="A-312"),
        _staff(6, "Mary Jackson", f"{ORG_ID}-2", gender=2, duties="Head of Sales", office="B-101"),
        _staff(7, "Katherine Johnson", f"{ORG_ID}-2", gender=2, duties="Account Manager", office="B-102"),
    )
}


@dataclass(frozen=True)
class ExtraField:
    """An org-defined staff profile field; staff hold its values in `Staff.extra_fields`."""

    id: str
    name: str


EXTRA_FIELDS: tuple[ExtraField, ...] = (
    ExtraField("ef-office", "Office"),
    ExtraField("ef-badge", "Badge number"),
    ExtraField("ef-shirt", "Shirt size"),
    ExtraField("ef-parking", "Parking spot"),
    ExtraField("ef-emergency", "Emergency contact"),
)

SANDBOX_USER = f"{ORG_ID}-1001"
"""The staff member who approves OAuth authorization requests in the sandbox."""
