# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_ref import DepartmentRef
    from ..models.staff_detail_extra_field_set import StaffDetailExtraFieldSet
    from ..models.staff_introduction import StaffIntroduction
    from ..models.staff_mobile_phone import StaffMobilePhone
    from ..models.staff_resume_entry import StaffResumeEntry


T = TypeVar("T", bound="StaffDetail")
_FIELDS = frozenset(
    {
        "name",
        "signature",
        "avatarId",
        "avatarUrl",
        "status",
        "gender",
        "orgId",
        "orgName",
        "departments",
        "loginName",
        "employeeNumber",
        "email",
        "externalId",
        "mobilePhone",
        "extraPhones",
        "nationality",
        "birthdate",
        "idNumber",
        "nativePlace",
        "duties",
        "parties",
        "address",
        "introduction",
        "education",
        "career",
        "loginWays",
        "tags",
        "extraFieldSet",
        "leaders",
        "joinDate",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_cache
def _StaffDetailExtraFieldSet_class() -> type[StaffDetailExtraFieldSet]:
    """`StaffDetailExtraFieldSet`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_detail_extra_field_set import StaffDetailExtraFieldSet  # noqa: PLC0415

    return StaffDetailExtraFieldSet


@_cache
def _StaffIntroduction_class() -> type[StaffIntroduction]:
    """`StaffIntroduction`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_introduction import StaffIntroduction  # noqa: PLC0415

    return StaffIntroduction


@_cache
def _StaffMobilePhone_class() -> type[StaffMobilePhone]:
    """`StaffMobilePhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_mobile_phone import StaffMobilePhone  # noqa: PLC0415

    return StaffMobilePhone


@_cache
def _StaffResumeEntry_class() -> type[StaffResumeEntry]:
    """`StaffResumeEntry`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_resume_entry import StaffResumeEntry  # noqa: PLC0415

    return StaffResumeEntry


@_attrs_define
class StaffDetail:
    """
    Attributes:
        name (str | Unset):
        signature (str | Unset):
        avatar_id (str | Unset):
        avatar_url (str | Unset):
        status (int | Unset): 0 not activated, 1 normal, 2 frozen, 3 deleted.
        gender (int | Unset): 0 undisclosed, 1 male, 2 female.
        org_id (str | Unset):
        org_name (str | Unset):
        departments (list[DepartmentRef] | Unset):
        login_name (str | Unset):
        employee_number (str | Unset):
        email (str | Unset):
        external_id (str | Unset):
        mobile_phone (StaffMobilePhone | Unset): A phone number. The 2021 spec names countryCode and number; the Python
            SDK's fixtures phoneNumber; whichever arrive are kept.
        extra_phones (list[StaffMobilePhone] | Unset):
        nationality (str | Unset):
        birthdate (str | Unset): yyyy-mm-dd.
        id_number (str | Unset):
        native_place (str | Unset):
        duties (str | Unset): Job title.
        parties (str | Unset): Political affiliation.
        address (str | Unset):
        introduction (StaffIntroduction | Unset):
        education (list[StaffResumeEntry] | Unset):
        career (list[StaffResumeEntry] | Unset):
        login_ways (list[int] | Unset): How the person may sign in; 0 mobile, 1 email, 2 account and password.
        tags (list[str] | Unset):
        extra_field_set (StaffDetailExtraFieldSet | Unset): Extension field values keyed by extension field id (see
            list_extra_field_ids).
        leaders (list[str] | Unset): Staff ids of the person's leaders.
        join_date (int | Unset): Date of joining as the platform sends it; its unit is undocumented.
    """

    name: str | Unset = UNSET
    signature: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    status: int | Unset = UNSET
    gender: int | Unset = UNSET
    org_id: str | Unset = UNSET
    org_name: str | Unset = UNSET
    departments: list[DepartmentRef] | Unset = UNSET
    login_name: str | Unset = UNSET
    employee_number: str | Unset = UNSET
    email: str | Unset = UNSET
    external_id: str | Unset = UNSET
    mobile_phone: StaffMobilePhone | Unset = UNSET
    extra_phones: list[StaffMobilePhone] | Unset = UNSET
    nationality: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    id_number: str | Unset = UNSET
    native_place: str | Unset = UNSET
    duties: str | Unset = UNSET
    parties: str | Unset = UNSET
    address: str | Unset = UNSET
    introduction: StaffIntroduction | Unset = UNSET
    education: list[StaffResumeEntry] | Unset = UNSET
    career: list[StaffResumeEntry] | Unset = UNSET
    login_ways: list[int] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    extra_field_set: StaffDetailExtraFieldSet | Unset = UNSET
    leaders: list[str] | Unset = UNSET
    join_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.signature is not UNSET:
            field_dict["signature"] = self.signature

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.avatar_url is not UNSET:
            field_dict["avatarUrl"] = self.avatar_url

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.gender is not UNSET:
            field_dict["gender"] = self.gender

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.org_name is not UNSET:
            field_dict["orgName"] = self.org_name

        if type(self.departments) is not Unset:
            field_dict["departments"] = [item.to_dict() for item in self.departments]

        if self.login_name is not UNSET:
            field_dict["loginName"] = self.login_name

        if self.employee_number is not UNSET:
            field_dict["employeeNumber"] = self.employee_number

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        if type(self.extra_phones) is not Unset:
            field_dict["extraPhones"] = [item.to_dict() for item in self.extra_phones]

        if self.nationality is not UNSET:
            field_dict["nationality"] = self.nationality

        if self.birthdate is not UNSET:
            field_dict["birthdate"] = self.birthdate

        if self.id_number is not UNSET:
            field_dict["idNumber"] = self.id_number

        if self.native_place is not UNSET:
            field_dict["nativePlace"] = self.native_place

        if self.duties is not UNSET:
            field_dict["duties"] = self.duties

        if self.parties is not UNSET:
            field_dict["parties"] = self.parties

        if self.address is not UNSET:
            field_dict["address"] = self.address

        if type(self.introduction) is not Unset:
            field_dict["introduction"] = self.introduction.to_dict()

        if type(self.education) is not Unset:
            field_dict["education"] = [item.to_dict() for item in self.education]

        if type(self.career) is not Unset:
            field_dict["career"] = [item.to_dict() for item in self.career]

        if self.login_ways is not UNSET:
            field_dict["loginWays"] = self.login_ways

        if self.tags is not UNSET:
            field_dict["tags"] = self.tags

        if type(self.extra_field_set) is not Unset:
            field_dict["extraFieldSet"] = self.extra_field_set.to_dict()

        if self.leaders is not UNSET:
            field_dict["leaders"] = self.leaders

        if self.join_date is not UNSET:
            field_dict["joinDate"] = self.join_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffDetail is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        signature = _get("signature", UNSET)

        avatar_id = _get("avatarId", UNSET)

        avatar_url = _get("avatarUrl", UNSET)

        status = _get("status", UNSET)

        gender = _get("gender", UNSET)

        org_id = _get("orgId", UNSET)

        org_name = _get("orgName", UNSET)

        _departments = _get("departments", UNSET)
        departments: list[DepartmentRef] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = _DepartmentRef_class().from_dict(departments_item_data)

                departments.append(departments_item)

        login_name = _get("loginName", UNSET)

        employee_number = _get("employeeNumber", UNSET)

        email = _get("email", UNSET)

        external_id = _get("externalId", UNSET)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: StaffMobilePhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _StaffMobilePhone_class().from_dict(_mobile_phone)

        _extra_phones = _get("extraPhones", UNSET)
        extra_phones: list[StaffMobilePhone] | Unset = UNSET
        if _extra_phones is not UNSET:
            extra_phones = []
            for extra_phones_item_data in _extra_phones:
                extra_phones_item = _StaffMobilePhone_class().from_dict(extra_phones_item_data)

                extra_phones.append(extra_phones_item)

        nationality = _get("nationality", UNSET)

        birthdate = _get("birthdate", UNSET)

        id_number = _get("idNumber", UNSET)

        native_place = _get("nativePlace", UNSET)

        duties = _get("duties", UNSET)

        parties = _get("parties", UNSET)

        address = _get("address", UNSET)

        _introduction = _get("introduction", UNSET)
        introduction: StaffIntroduction | Unset
        if isinstance(_introduction, Unset):
            introduction = UNSET
        else:
            introduction = _StaffIntroduction_class().from_dict(_introduction)

        _education = _get("education", UNSET)
        education: list[StaffResumeEntry] | Unset = UNSET
        if _education is not UNSET:
            education = []
            for education_item_data in _education:
                education_item = _StaffResumeEntry_class().from_dict(education_item_data)

                education.append(education_item)

        _career = _get("career", UNSET)
        career: list[StaffResumeEntry] | Unset = UNSET
        if _career is not UNSET:
            career = []
            for career_item_data in _career:
                career_item = _StaffResumeEntry_class().from_dict(career_item_data)

                career.append(career_item)

        login_ways: list[int] = _get("loginWays", UNSET)

        tags: list[str] = _get("tags", UNSET)

        _extra_field_set = _get("extraFieldSet", UNSET)
        extra_field_set: StaffDetailExtraFieldSet | Unset
        if isinstance(_extra_field_set, Unset):
            extra_field_set = UNSET
        else:
            extra_field_set = _StaffDetailExtraFieldSet_class().from_dict(_extra_field_set)

        leaders: list[str] = _get("leaders", UNSET)

        join_date = _get("joinDate", UNSET)

        staff_detail = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            signature,
            avatar_id,
            avatar_url,
            status,
            gender,
            org_id,
            org_name,
            departments,
            login_name,
            employee_number,
            email,
            external_id,
            mobile_phone,
            extra_phones,
            nationality,
            birthdate,
            id_number,
            native_place,
            duties,
            parties,
            address,
            introduction,
            education,
            career,
            login_ways,
            tags,
            extra_field_set,
            leaders,
            join_date,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_detail.additional_properties = _extra
        return staff_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
