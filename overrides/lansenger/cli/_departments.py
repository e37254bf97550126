"""`departments fetch|list`: one department, and the sub-departments under one."""

from __future__ import annotations

from typing import Annotated

import typer

from ._listing import DEFAULT_LIMIT, AllFlag, LimitOption, collect, emit_list
from ._login import AsOption
from ._output import emit, fields
from ._runtime import JsonFlag
from ._session import read

app = typer.Typer(help="Departments.", no_args_is_help=True)

DepartmentId = Annotated[str, typer.Argument(help="The department id.")]


@app.command()
def fetch(
    ctx: typer.Context, department: DepartmentId, staff_id: AsOption = None, json_output: JsonFlag = False
) -> None:
    """A department's details, member counts and ancestors."""
    rt, found = read(
        ctx,
        json_output,
        lambda session: session.client.departments.fetch_department(
            department, user_token=session.user_token(staff_id)
        ),
    )
    emit(rt, found, fields(found))


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
    rt, found = read(
        ctx,
        json_output,
        lambda session: collect(
            session.client.departments.list_child_departments(
                department, user_token=session.user_token(staff_id)
            ).departments
            or [],
            limit,
            every,
        ),
    )
    emit_list(rt, "departments", found, ("id", "name", "membersCount", "hasChildren"))
