"""Staff and departments created or deleted through the sandbox count everywhere, over real loopback HTTP.

Groups, schedules, notifications, bot messages and the device flow all read the sandbox's live directory rather
than the seed it starts from: a new staff member can be added, named and reached; a deleted one is unknown.
"""

from __future__ import annotations

import pytest
from lansenger import Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, ROOT_DEPARTMENT
from lansenger.testing._routes_device_flow import UnknownDeviceCode
from lansenger_api.models import DepartmentRef, ScheduleAttendee, ScheduleTime
from lansenger_api.models.group_staff_ref import GroupStaffRef
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.staff_department_assignment import StaffDepartmentAssignment
from lansenger_api.models.text_message import TextMessage

ADA, GRACE = f"{ORG_ID}-1001", f"{ORG_ID}-1002"
MONDAY = 1748217600  # 2025-05-26T00:00:00Z
HELLO = MsgData(text=TextMessage(content="Hello"))


def hire(client: Lansenger, name: str, department_id: str | None = None) -> str:
    """A new staff member (in the root department unless one is named); their id."""
    email = f"{name.lower().replace(' ', '.')}@x.example"
    if department_id is None:
        created = client.staffs.create_staff(org_id=ORG_ID, name=name, email=email, login_ways=[1])
    else:
        in_department = [StaffDepartmentAssignment(id=department_id)]
        created = client.staffs.create_staff(
            org_id=ORG_ID, name=name, email=email, login_ways=[1], departments=in_department
        )
    return str(created.staff_id)


def open_department(client: Lansenger, name: str, parent_id: str) -> str:
    department = client.departments.create_department(name=name, parent_id=parent_id).department
    assert isinstance(department, DepartmentRef)
    return str(department.id)


def member_names(client: Lansenger, group_id: str) -> dict[str, str]:
    members = client.groups.list_group_members(group_id).members or []
    return {str(member.staff_id): str(member.name) for member in members}


def test_a_created_staff_member_joins_groups_by_name_until_deleted(lansenger_client: Lansenger) -> None:
    nia = hire(lansenger_client, "Nia Newcomer")
    otto = hire(lansenger_client, "Otto Owner")

    created = lansenger_client.groups.create_group(
        name="Newcomers", org_id=ORG_ID, owner_id=otto, staff_id_list=[nia, ADA]
    )
    group_id = str(created.group_id)
    assert (created.total_members, created.invalid_staff) == (3, [])
    info = lansenger_client.groups.fetch_group_info(group_id)
    assert isinstance(info.owner, GroupStaffRef) and (info.owner.staff_id, info.owner.name) == (otto, "Otto Owner")
    assert member_names(lansenger_client, group_id) == {otto: "Otto Owner", nia: "Nia Newcomer", ADA: "Ada Lovelace"}
    assert lansenger_client.groups.is_in_group(group_id, staff_id=nia).is_in_group is True

    pia = hire(lansenger_client, "Pia Later")
    assert lansenger_client.groups.is_in_group(group_id, staff_id=pia).is_in_group is False
    added = lansenger_client.groups.update_group_members(group_id, add_user_list=[pia])
    assert (added.added_staff_count, added.invalid_staff) == (1, [])
    assert lansenger_client.groups.is_in_group(group_id, staff_id=pia).is_in_group is True

    lansenger_client.staffs.delete_staff(pia)
    assert lansenger_client.groups.is_in_group(group_id, staff_id=pia).is_in_group is False
    assert member_names(lansenger_client, group_id)[pia] == pia  # still listed as a member, named by id
    again = lansenger_client.groups.update_group_members(group_id, add_user_list=[pia], del_user_list=["ghost"])
    assert (again.added_staff_count, again.invalid_staff) == (0, [pia, "ghost"])
    fresh = lansenger_client.groups.create_group(name="Without Pia", org_id=ORG_ID, staff_id_list=[pia, nia])
    assert (fresh.total_members, fresh.invalid_staff) == (1, [pia])

    lansenger_client.staffs.delete_staff(otto)
    info = lansenger_client.groups.fetch_group_info(group_id)
    assert isinstance(info.owner, GroupStaffRef) and (info.owner.staff_id, info.owner.name) == (otto, otto)


def test_department_expansion_reaches_staff_of_created_departments(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    ops = open_department(lansenger_client, "Ops", ROOT_DEPARTMENT)
    night = open_department(lansenger_client, "Night shift", ops)
    olga = hire(lansenger_client, "Olga Ops", ops)
    ned = hire(lansenger_client, "Ned Night", night)

    ada = lansenger_sandbox.user_token(ADA)
    created = lansenger_client.groups.create_group(
        name="Ops room", org_id=ORG_ID, department_id_list=[ops], user_token=ada
    )
    assert (created.total_members, created.invalid_department) == (3, [])
    assert list(member_names(lansenger_client, str(created.group_id))) == [ADA, olga, ned]

    other = str(lansenger_client.groups.create_group(name="Nights", org_id=ORG_ID, user_token=ada).group_id)
    added = lansenger_client.groups.update_group_members(other, add_department_id_list=[night], user_token=ada)
    assert (added.added_staff_count, added.invalid_department) == (1, [])
    assert member_names(lansenger_client, other) == {ADA: "Ada Lovelace", ned: "Ned Night"}

    broadcast = lansenger_client.messages.create_bot_message(department_id_list=[ops], msg_type="text", msg_data=HELLO)
    lansenger_client.messages.create_message_reminder(
        msg_id=str(broadcast.msg_id), reminder_types=[1], user_id_list=[ned]
    )

    lansenger_client.staffs.delete_staff(ned)
    lansenger_client.departments.delete_department(night)
    later = lansenger_client.groups.create_group(
        name="Ops again", org_id=ORG_ID, department_id_list=[ops, night], user_token=ada
    )
    assert (later.total_members, later.invalid_department) == (2, [night])


def test_a_created_staff_member_is_invited_and_notified_until_deleted(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    nia = hire(lansenger_client, "Nia Newcomer")
    calendar_id = str(lansenger_client.calendars.fetch_primary_calendar(user_id=ADA).calendar_id)

    def invite(staff_id: str) -> object:
        return lansenger_client.calendars.create_schedule(
            calendar_id,
            summary="Welcome",
            start_time=ScheduleTime(time=str(MONDAY), time_zone="Asia/Shanghai"),
            end_time=ScheduleTime(time=str(MONDAY + 3600), time_zone="Asia/Shanghai"),
            attendees=[ScheduleAttendee(ADA, "yes"), ScheduleAttendee(staff_id, "yes")],
        )

    invite(nia)
    sent = lansenger_client.notifications.create_notification_message(
        receiver_ids=[nia, GRACE], msg_type="text", msg_data=HELLO, sender_id=ADA
    )
    assert [status.err_code for status in sent.status or []] == [0, 0]
    with pytest.raises(UnknownDeviceCode):
        lansenger_sandbox.device_flow.approve("NONE-SUCH", nia)  # nia may approve; the code is what is unknown

    lansenger_client.staffs.delete_staff(nia)
    with pytest.raises(NotFoundError) as refused:
        invite(nia)
    assert refused.value.err_code == 50001
    sent = lansenger_client.notifications.create_notification_message(
        receiver_ids=[nia, GRACE], msg_type="text", msg_data=HELLO, sender_id=ADA
    )
    assert [status.err_code for status in sent.status or []] == [50001, 0]
    with pytest.raises(ValueError, match="no staff"):
        lansenger_sandbox.device_flow.approve("NONE-SUCH", nia)
