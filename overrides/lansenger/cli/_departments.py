"""`departments fetch|list`: one department, and the sub-departments under one."""

from __future__ import annotations

from typing import Annotated

import typer

from ._listing import DEFAULT_LIMIT, AllFlag, LimitOption, show_list
from ._login import AsOption
from ._runtime import JsonFlag
from ._session import show

app = typer.Typer(help="Departments.", no_args_is_help=True)

DepartmentId = Annotated[str, typer.Argument(help="The department id.")]


@app.command()
def fetch(
    ctx: typer.Context, department: DepartmentId, staff_id: AsOption = None, json_output: JsonFlag = False
) -> None:
    """A department's details, member counts and ancestors."""
    show(
        ctx,
        json_output,
        lambda session: session.client.departments.fetch_department(
            department, user_token=session.user_token(staff_id)
        ),
    )


@app.command("list")
def list_(
    ctx: typer.Context,
    department: DepartmentId,
    staff_id: AsOption = None,
    limit: LimitOption = DEFAULT_LIMIT,
    every: AllFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """The direct sub-departments of a department."""
    show_list(
        ctx,
        json_output,
        "departments",
        lambda session: (
            session.client.departments.list_child_departments(
                department, user_token=session.user_token(staff_id)
            ).departments
            or []
        ),
        ("id", "name", "membersCount", "hasChildren"),
        (limit, every),
    )
