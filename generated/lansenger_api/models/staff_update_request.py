# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.staff_account_state import StaffAccountState, check_staff_account_state
from ..models.staff_gender_option import StaffGenderOption, check_staff_gender_option
from ..models.staff_login_way import StaffLoginWay, check_staff_login_way
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_department_assignment import StaffDepartmentAssignment
    from ..models.staff_extra_field_values import StaffExtraFieldValues
    from ..models.staff_introduction import StaffIntroduction
    from ..models.staff_phone import StaffPhone
    from ..models.staff_resume_entry import StaffResumeEntry


T = TypeVar("T", bound="StaffUpdateRequest")
_FIELDS = frozenset(
    {
        "name",
        "departments",
        "mobilePhone",
        "email",
        "loginName",
        "loginWays",
        "employeeNumber",
        "externalId",
        "gender",
        "status",
        "avatarId",
        "signature",
        "birthdate",
        "nationality",
        "nativePlace",
        "idNumber",
        "duties",
        "parties",
        "address",
        "introduction",
        "education",
        "career",
        "extraPhones",
        "extraFieldSet",
        "tags",
        "extAttr1",
        "extAttr2",
    }
)


@_cache
def _StaffDepartmentAssignment_class() -> type[StaffDepartmentAssignment]:
    """`StaffDepartmentAssignment`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_department_assignment import StaffDepartmentAssignment  # noqa: PLC0415

    return StaffDepartmentAssignment


@_cache
def _StaffExtraFieldValues_class() -> type[StaffExtraFieldValues]:
    """`StaffExtraFieldValues`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_extra_field_values import StaffExtraFieldValues  # noqa: PLC0415

    return StaffExtraFieldValues


@_cache
def _StaffIntroduction_class() -> type[StaffIntroduction]:
    """`StaffIntroduction`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_introduction import StaffIntroduction  # noqa: PLC0415

    return StaffIntroduction


@_cache
def _StaffPhone_class() -> type[StaffPhone]:
    """`StaffPhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_phone import StaffPhone  # noqa: PLC0415

    return StaffPhone


@_cache
def _StaffResumeEntry_class() -> type[StaffResumeEntry]:
    """`StaffResumeEntry`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_resume_entry import StaffResumeEntry  # noqa: PLC0415

    return StaffResumeEntry


@_attrs_define
class StaffUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        departments (list[StaffDepartmentAssignment] | Unset): Replaces the person's departments.
        mobile_phone (StaffPhone | Unset): A phone number to store on a staff member.
        email (str | Unset):
        login_name (str | Unset):
        login_ways (list[StaffLoginWay] | Unset):
        employee_number (str | Unset):
        external_id (str | Unset): The org's own id for the person; unique in the org.
        gender (StaffGenderOption | Unset): 0 undisclosed, 1 male, 2 female.
        status (StaffAccountState | Unset): 1 normal, 2 frozen (cannot sign in).
        avatar_id (str | Unset): Media id of an uploaded avatar image.
        signature (str | Unset):
        birthdate (str | Unset): yyyy-mm-dd.
        nationality (str | Unset):
        native_place (str | Unset):
        id_number (str | Unset): Identity document number.
        duties (str | Unset): Job title.
        parties (str | Unset): Political affiliation.
        address (str | Unset):
        introduction (StaffIntroduction | Unset):
        education (list[StaffResumeEntry] | Unset):
        career (list[StaffResumeEntry] | Unset):
        extra_phones (list[StaffPhone] | Unset):
        extra_field_set (StaffExtraFieldValues | Unset): Extension field values keyed by extension field id (see
            list_extra_field_ids).
        tags (list[str] | Unset): Replaces the person's tags.
        ext_attr_1 (str | Unset): An extension attribute the platform leaves undocumented.
        ext_attr_2 (str | Unset): An extension attribute the platform leaves undocumented.
    """

    name: str | Unset = UNSET
    departments: list[StaffDepartmentAssignment] | Unset = UNSET
    mobile_phone: StaffPhone | Unset = UNSET
    email: str | Unset = UNSET
    login_name: str | Unset = UNSET
    login_ways: list[StaffLoginWay] | Unset = UNSET
    employee_number: str | Unset = UNSET
    external_id: str | Unset = UNSET
    gender: StaffGenderOption | Unset = UNSET
    status: StaffAccountState | Unset = UNSET
    avatar_id: str | Unset = UNSET
    signature: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    nationality: str | Unset = UNSET
    native_place: str | Unset = UNSET
    id_number: str | Unset = UNSET
    duties: str | Unset = UNSET
    parties: str | Unset = UNSET
    address: str | Unset = UNSET
    introduction: StaffIntroduction | Unset = UNSET
    education: list[StaffResumeEntry] | Unset = UNSET
    career: list[StaffResumeEntry] | Unset = UNSET
    extra_phones: list[StaffPhone] | Unset = UNSET
    extra_field_set: StaffExtraFieldValues | Unset = UNSET
    tags: list[str] | Unset = UNSET
    ext_attr_1: str | Unset = UNSET
    ext_attr_2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if type(self.departments) is not Unset:
            field_dict["departments"] = [item.to_dict() for item in self.departments]

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.login_name is not UNSET:
            field_dict["loginName"] = self.login_name

        login_ways: list[int] | Unset = UNSET
        if not isinstance(self.login_ways, Unset):
            login_ways = []
            for login_ways_item_data in self.login_ways:
                login_ways_item: int = login_ways_item_data
                login_ways.append(login_ways_item)

        if login_ways is not UNSET:
            field_dict["loginWays"] = login_ways

        if self.employee_number is not UNSET:
            field_dict["employeeNumber"] = self.employee_number

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if self.gender is not UNSET:
            field_dict["gender"] = self.gender

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.signature is not UNSET:
            field_dict["signature"] = self.signature

        if self.birthdate is not UNSET:
            field_dict["birthdate"] = self.birthdate

        if self.nationality is not UNSET:
            field_dict["nationality"] = self.nationality

        if self.native_place is not UNSET:
            field_dict["nativePlace"] = self.native_place

        if self.id_number is not UNSET:
            field_dict["idNumber"] = self.id_number

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

        if type(self.extra_phones) is not Unset:
            field_dict["extraPhones"] = [item.to_dict() for item in self.extra_phones]

        if type(self.extra_field_set) is not Unset:
            field_dict["extraFieldSet"] = self.extra_field_set.to_dict()

        if self.tags is not UNSET:
            field_dict["tags"] = self.tags

        if self.ext_attr_1 is not UNSET:
            field_dict["extAttr1"] = self.ext_attr_1

        if self.ext_attr_2 is not UNSET:
            field_dict["extAttr2"] = self.ext_attr_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        _departments = _get("departments", UNSET)
        departments: list[StaffDepartmentAssignment] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = _StaffDepartmentAssignment_class().from_dict(departments_item_data)

                departments.append(departments_item)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: StaffPhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _StaffPhone_class().from_dict(_mobile_phone)

        email = _get("email", UNSET)

        login_name = _get("loginName", UNSET)

        _login_ways = _get("loginWays", UNSET)
        login_ways: list[StaffLoginWay] | Unset = UNSET
        if _login_ways is not UNSET:
            login_ways = []
            for login_ways_item_data in _login_ways:
                login_ways_item = check_staff_login_way(login_ways_item_data)

                login_ways.append(login_ways_item)

        employee_number = _get("employeeNumber", UNSET)

        external_id = _get("externalId", UNSET)

        _gender = _get("gender", UNSET)
        gender: StaffGenderOption | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_staff_gender_option(_gender)

        _status = _get("status", UNSET)
        status: StaffAccountState | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_staff_account_state(_status)

        avatar_id = _get("avatarId", UNSET)

        signature = _get("signature", UNSET)

        birthdate = _get("birthdate", UNSET)

        nationality = _get("nationality", UNSET)

        native_place = _get("nativePlace", UNSET)

        id_number = _get("idNumber", UNSET)

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

        _extra_phones = _get("extraPhones", UNSET)
        extra_phones: list[StaffPhone] | Unset = UNSET
        if _extra_phones is not UNSET:
            extra_phones = []
            for extra_phones_item_data in _extra_phones:
                extra_phones_item = _StaffPhone_class().from_dict(extra_phones_item_data)

                extra_phones.append(extra_phones_item)

        _extra_field_set = _get("extraFieldSet", UNSET)
        extra_field_set: StaffExtraFieldValues | Unset
        if isinstance(_extra_field_set, Unset):
            extra_field_set = UNSET
        else:
            extra_field_set = _StaffExtraFieldValues_class().from_dict(_extra_field_set)

        tags: list[str] = _get("tags", UNSET)

        ext_attr_1 = _get("extAttr1", UNSET)

        ext_attr_2 = _get("extAttr2", UNSET)

        staff_update_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            departments,
            mobile_phone,
            email,
            login_name,
            login_ways,
            employee_number,
            external_id,
            gender,
            status,
            avatar_id,
            signature,
            birthdate,
            nationality,
            native_place,
            id_number,
            duties,
            parties,
            address,
            introduction,
            education,
            career,
            extra_phones,
            extra_field_set,
            tags,
            ext_attr_1,
            ext_attr_2,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_update_request.additional_properties = _extra
        return staff_update_request

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
