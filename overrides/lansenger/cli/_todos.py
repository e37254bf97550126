"""`todos list|fetch|create|done|delete`: the org's to-do tasks the app created."""

from __future__ import annotations

from typing import Annotated

import typer
from lansenger_api.models import TodoTaskRef, TodoType, todo_status, todo_type
from lansenger_api.models.todo_status import TODO_STATUS_DONE, check_todo_status
from lansenger_api.types import UNSET

from . import _config
from ._choices import choice
from ._listing import DEFAULT_LIMIT, AllFlag, LimitOption, show_list
from ._login import AsOption
from ._output import cell
from ._runtime import JsonFlag
from ._session import DryRunFlag, Session, YesFlag, change, given, show

app = typer.Typer(help="To-do tasks.", no_args_is_help=True)

TodoId = Annotated[str, typer.Argument(help="The task id.")]
OrgId = Annotated[str, typer.Option("--org-id", envvar=_config.ENV_ORG_ID, help="The organisation's id.")]
ForStaff = Annotated[str | None, typer.Option("--staff", help="The staff member whose tasks these are.")]


@app.command("list")
def list_(
    ctx: typer.Context,
    org_id: OrgId,
    staff: ForStaff = None,
    status: Annotated[list[str] | None, choice(todo_status, "--status", help="Only these (repeatable).")] = None,
    staff_id: AsOption = None,
    limit: LimitOption = DEFAULT_LIMIT,
    every: AllFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """The tasks of a staff member (or of the --as user)."""
    show_list(
        ctx,
        json_output,
        "todos",
        lambda session: (
            session.client.todos.list_todos(
                org_id=org_id,
                staff_id=given(staff),
                status_list=[check_todo_status(value) for value in status] if status else UNSET,
                user_token=session.user_token(staff_id),
            ).todotask_list
            or []
        ),
        ("todotaskId", "title", "status", "executorIds"),
        (limit, every),
    )


@app.command()
def fetch(
    ctx: typer.Context,
    todo: TodoId,
    org_id: OrgId,
    staff: ForStaff = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """One task."""
    show(
        ctx,
        json_output,
        lambda session: session.client.todos.fetch_todo(
            todotask_id=todo, org_id=org_id, staff_id=given(staff), user_token=session.user_token(staff_id)
        ),
    )


@app.command()
def create(
    ctx: typer.Context,
    title: Annotated[str, typer.Argument(help="The task's title.")],
    link: Annotated[str, typer.Option(help="What opening the task shows (mobile).")],
    executor: Annotated[list[str], typer.Option("--executor", "-e", help="Who does it (repeatable).")],
    org_id: OrgId,
    kind: Annotated[TodoType, choice(todo_type, "--type", help="The kind of task.")],
    pc_link: Annotated[str | None, typer.Option(help="The link on desktop (default: --link).")] = None,
    description: Annotated[str | None, typer.Option(help="The description.")] = None,
    staff_id: AsOption = None,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Create a task; prints its id."""

    def call(session: Session) -> TodoTaskRef:
        return session.client.todos.create_todo(
            title=title,
            type_=kind,
            link=link,
            pc_link=pc_link or link,
            executor_ids=executor,
            org_id=org_id,
            desc=given(description),
            user_token=session.user_token(staff_id),
        )

    change(ctx, json_output, call, lambda ref: (ref, f"Created task {cell(ref.todotask_id)}."), dry_run=dry_run)


@app.command()
def done(
    ctx: typer.Context,
    todo: TodoId,
    org_id: OrgId,
    staff: ForStaff = None,
    staff_id: AsOption = None,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Mark a task done."""
    change(
        ctx,
        json_output,
        lambda session: session.client.todos.update_todo_status(
            todotask_id=todo,
            status=TODO_STATUS_DONE,
            org_id=org_id,
            staff_id=given(staff),
            user_token=session.user_token(staff_id),
        ),
        lambda _: ({"todotaskId": todo, "status": TODO_STATUS_DONE}, f"Marked {todo} done."),
        dry_run=dry_run,
    )


@app.command()
def delete(
    ctx: typer.Context,
    todo: TodoId,
    org_id: OrgId,
    staff: ForStaff = None,
    staff_id: AsOption = None,
    yes: YesFlag = False,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Delete a task (asks first)."""
    change(
        ctx,
        json_output,
        lambda session: session.client.todos.delete_todo(
            todotask_id=todo, org_id=org_id, staff_id=given(staff), user_token=session.user_token(staff_id)
        ),
        lambda _: ({"todotaskId": todo, "deleted": True}, f"Deleted task {todo}."),
        dry_run=dry_run,
        confirm=f"Delete task {todo}",
        yes=yes,
    )
