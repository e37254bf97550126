"""`staff search|fetch|list`: find people by name, read a profile, list a department's members."""

from __future__ import annotations

from typing import Annotated

import typer

from ._listing import DEFAULT_LIMIT, AllFlag, LimitOption, show_list
from ._login import AsOption
from ._runtime import JsonFlag
from ._session import Session, given, show

app = typer.Typer(help="Staff members.", no_args_is_help=True)

COLUMNS = ("staffId", "name", "email", "mobile")
UserIdOption = Annotated[
    str | None, typer.Option("--user-id", help="Search as this staff id (the platform needs a searching person).")
]


@app.command()
def search(
    ctx: typer.Context,
    keyword: Annotated[str, typer.Argument(help="A name, or part of one.")],
    user_id: UserIdOption = None,
    staff_id: AsOption = None,
    limit: LimitOption = DEFAULT_LIMIT,
    every: AllFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Staff whose name matches, as a logged-in user (--as) or for a staff id (--user-id)."""
    show_list(
        ctx,
        json_output,
        "staff",
        lambda session: session.client.staffs.iter_search_staffs(
            keyword=keyword, user_token=session.user_token(staff_id), user_id=given(user_id)
        ),
        COLUMNS,
        (limit, every),
    )


@app.command()
def fetch(
    ctx: typer.Context,
    staff: Annotated[str, typer.Argument(help="The staff id.")],
    detail: Annotated[bool, typer.Option("--detail", help="The full profile (needs more permissions).")] = False,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """A staff member's profile."""

    def call(session: Session) -> object:
        staffs = session.client.staffs
        fetch = staffs.fetch_staff_detail if detail else staffs.fetch_staff
        return fetch(staff, user_token=session.user_token(staff_id))

    show(ctx, json_output, call)


@app.command("list")
def list_(
    ctx: typer.Context,
    department: Annotated[str, typer.Argument(help="The department id.")],
    staff_id: AsOption = None,
    limit: LimitOption = DEFAULT_LIMIT,
    every: AllFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """A department's members, page after page (only as many pages as --limit needs)."""
    show_list(
        ctx,
        json_output,
        "staff",
        lambda session: session.client.departments.iter_list_department_staffs(
            department, user_token=session.user_token(staff_id)
        ),
        COLUMNS,
        (limit, every),
    )
