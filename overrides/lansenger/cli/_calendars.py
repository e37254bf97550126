"""`calendars primary` and `schedules list|fetch|create|delete`: a person's (or the bot's) calendar."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models import ScheduleAttendee, ScheduleCreated, ScheduleTime
from lansenger_api.models.schedule_attendee_flag import SCHEDULE_ATTENDEE_FLAG_OPTIONAL, SCHEDULE_ATTENDEE_FLAG_REQUIRED

from ._listing import DEFAULT_LIMIT, AllFlag, LimitOption, show_list
from ._login import AsOption
from ._output import cell
from ._runtime import JsonFlag
from ._session import DryRunFlag, Session, YesFlag, change, given, show

calendars = typer.Typer(help="Calendars.", no_args_is_help=True)
schedules = typer.Typer(help="Schedules (events) in a calendar.", no_args_is_help=True)

CalendarId = Annotated[str, typer.Argument(help="The calendar id (see `calendars primary`).")]
ScheduleId = Annotated[str, typer.Argument(help="The schedule id.")]
UserIdOption = Annotated[str | None, typer.Option("--user-id", help="Act for this staff id (app permission).")]
When = Annotated[str, typer.Argument(help="Unix seconds, or an ISO 8601 time (local time when no offset).")]


def seconds(text: str) -> int:
    """Unix seconds from seconds or an ISO 8601 time; a clear error before anything is sent."""
    if text.isdigit():
        return int(text)
    try:
        return int(datetime.fromisoformat(text).timestamp())
    except ValueError:
        raise InvalidArgumentError(f"not a time: {text!r} (give unix seconds or ISO 8601)") from None


@calendars.command()
def primary(
    ctx: typer.Context, user_id: UserIdOption = None, staff_id: AsOption = None, json_output: JsonFlag = False
) -> None:
    """The primary calendar of the --as user, of --user-id, else of the app's bot."""
    show(
        ctx,
        json_output,
        lambda session: session.client.calendars.fetch_primary_calendar(
            user_token=session.user_token(staff_id), user_id=given(user_id)
        ),
    )


@schedules.command("list")
def list_(
    ctx: typer.Context,
    calendar: CalendarId,
    start: When,
    end: When,
    user_id: UserIdOption = None,
    staff_id: AsOption = None,
    limit: LimitOption = DEFAULT_LIMIT,
    every: AllFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """The schedules overlapping a window (the platform limits its length)."""
    window = seconds(start), seconds(end)
    show_list(
        ctx,
        json_output,
        "schedules",
        lambda session: (
            session.client.calendars.list_schedules(
                calendar,
                start_time=window[0],
                end_time=window[1],
                user_token=session.user_token(staff_id),
                user_id=given(user_id),
            ).schedule_list
            or []
        ),
        ("scheduleId", "summary", "startTime", "endTime"),
        (limit, every),
    )


@schedules.command()
def fetch(
    ctx: typer.Context,
    calendar: CalendarId,
    schedule: ScheduleId,
    user_id: UserIdOption = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """One schedule."""
    show(
        ctx,
        json_output,
        lambda session: session.client.calendars.fetch_schedule(
            calendar, schedule, user_token=session.user_token(staff_id), user_id=given(user_id)
        ),
    )


@schedules.command()
def create(
    ctx: typer.Context,
    calendar: CalendarId,
    summary: Annotated[str, typer.Argument(help="The title.")],
    start: When,
    end: When,
    attendee: Annotated[list[str] | None, typer.Option("--attendee", "-a", help="A required attendee.")] = None,
    optional: Annotated[list[str] | None, typer.Option("--optional", help="An optional attendee.")] = None,
    description: Annotated[str | None, typer.Option(help="The description.")] = None,
    time_zone: Annotated[str | None, typer.Option(help="e.g. Asia/Shanghai.")] = None,
    user_id: UserIdOption = None,
    staff_id: AsOption = None,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Create a schedule; prints its id."""
    zone = given(time_zone)
    times = [ScheduleTime(time=str(seconds(moment)), time_zone=zone) for moment in (start, end)]
    people = [ScheduleAttendee(staff, SCHEDULE_ATTENDEE_FLAG_REQUIRED) for staff in attendee or ()]
    people += [ScheduleAttendee(staff, SCHEDULE_ATTENDEE_FLAG_OPTIONAL) for staff in optional or ()]

    def call(session: Session) -> ScheduleCreated:
        return session.client.calendars.create_schedule(
            calendar,
            summary=summary,
            start_time=times[0],
            end_time=times[1],
            attendees=people,
            description=given(description),
            user_token=session.user_token(staff_id),
            user_id=given(user_id),
        )

    change(
        ctx,
        json_output,
        call,
        lambda created: (created, f"Created schedule {cell(created.schedule_id)}."),
        dry_run=dry_run,
    )


@schedules.command()
def delete(
    ctx: typer.Context,
    calendar: CalendarId,
    schedule: ScheduleId,
    user_id: UserIdOption = None,
    staff_id: AsOption = None,
    yes: YesFlag = False,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Delete a schedule (asks first)."""
    change(
        ctx,
        json_output,
        lambda session: session.client.calendars.delete_schedule(
            calendar, schedule, user_token=session.user_token(staff_id), user_id=given(user_id)
        ),
        lambda _: ({"scheduleId": schedule, "deleted": True}, f"Deleted schedule {schedule}."),
        dry_run=dry_run,
        confirm=f"Delete schedule {schedule}",
        yes=yes,
    )
