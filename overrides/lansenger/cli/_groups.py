"""`groups …`: create, list, inspect, change and dismiss group chats, as the app's bot or a logged-in user (--as)."""

from __future__ import annotations

from typing import Annotated

import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.types import UNSET, Unset

from .._client import Lansenger
from . import _config
from ._login import AsOption
from ._output import emit, fields
from ._runtime import JsonFlag, use_json
from ._session import DryRunFlag, YesFlag, change

app = typer.Typer(help="Group chats.", no_args_is_help=True)

GroupId = Annotated[str, typer.Argument(help="The group id.")]
Members = Annotated[list[str], typer.Argument(help="Staff ids.")]


def _as(client: Lansenger, staff_id: str | None) -> str | Unset:
    return _config.user_token(client, staff_id) if staff_id else UNSET


def _given(value: str | None) -> str | Unset:
    return UNSET if value is None else value


@app.command()
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The group's name.")],
    org_id: Annotated[str, typer.Option("--org-id", envvar=_config.ENV_ORG_ID, help="The organisation's id.")],
    member: Annotated[list[str] | None, typer.Option("--member", "-m", help="Staff id to add (repeatable).")] = None,
    department: Annotated[
        list[str] | None, typer.Option("--department", "-d", help="Department whose members join (repeatable).")
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Owner's staff id.")] = None,
    description: Annotated[str | None, typer.Option(help="The group's description.")] = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Create a group chat; prints its id."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        created = client.groups.create_group(
            name=name,
            org_id=org_id,
            owner_id=_given(owner),
            description=_given(description),
            staff_id_list=member or UNSET,
            department_id_list=department or UNSET,
            user_token=_as(client, staff_id),
        )
    emit(rt, created, f"Created group {created.group_id}.")


@app.command("list")
def list_(ctx: typer.Context, staff_id: AsOption = None, json_output: JsonFlag = False) -> None:
    """The groups the bot (or --as user) is in, every page."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        group_ids = list(client.groups.iter_list_groups(user_token=_as(client, staff_id)))
    emit(rt, {"groupIds": group_ids, "total": len(group_ids)}, group_ids)


@app.command()
def info(ctx: typer.Context, group_id: GroupId, staff_id: AsOption = None, json_output: JsonFlag = False) -> None:
    """A group's name, owner and settings."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        group = client.groups.fetch_group_info(group_id, user_token=_as(client, staff_id))
    emit(rt, group, fields(group))


@app.command()
def members(ctx: typer.Context, group_id: GroupId, staff_id: AsOption = None, json_output: JsonFlag = False) -> None:
    """Every member of a group."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        found = list(client.groups.iter_list_group_members(group_id, user_token=_as(client, staff_id)))
    lines = [f"{member.to_dict().get('staffId', '')}\t{member.to_dict().get('name', '')}" for member in found]
    emit(rt, {"members": found, "total": len(found)}, lines)


@app.command()
def add(
    ctx: typer.Context, group_id: GroupId, staff: Members, staff_id: AsOption = None, json_output: JsonFlag = False
) -> None:
    """Add members."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        changed = client.groups.update_group_members(group_id, add_user_list=staff, user_token=_as(client, staff_id))
    emit(rt, changed, f"Added {len(staff)} to {group_id}.")


@app.command()
def remove(
    ctx: typer.Context, group_id: GroupId, staff: Members, staff_id: AsOption = None, json_output: JsonFlag = False
) -> None:
    """Remove members."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        changed = client.groups.update_group_members(group_id, del_user_list=staff, user_token=_as(client, staff_id))
    emit(rt, changed, f"Removed {len(staff)} from {group_id}.")


@app.command()
def update(
    ctx: typer.Context,
    group_id: GroupId,
    name: Annotated[str | None, typer.Option(help="New name.")] = None,
    description: Annotated[str | None, typer.Option(help="New description.")] = None,
    owner: Annotated[str | None, typer.Option(help="Hand the group to this staff id.")] = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Rename a group, change its description or owner."""
    rt = use_json(ctx, json_output)
    if name is None and description is None and owner is None:
        raise InvalidArgumentError("give at least one of --name, --description, --owner")
    with _config.open_client(rt) as client:
        client.groups.update_group_info(
            group_id,
            name=_given(name),
            description=_given(description),
            owner_id=_given(owner),
            user_token=_as(client, staff_id),
        )
    emit(rt, {"groupId": group_id, "updated": True}, f"Updated {group_id}.")


@app.command()
def delete(
    ctx: typer.Context,
    group_id: GroupId,
    staff_id: AsOption = None,
    yes: YesFlag = False,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Dismiss a group (its owner only; asks first)."""
    change(
        ctx,
        json_output,
        lambda session: session.client.groups.delete_group(group_id, user_token=session.user_token(staff_id)),
        lambda _: ({"groupId": group_id, "deleted": True}, f"Dismissed {group_id}."),
        dry_run=dry_run,
        confirm=f"Dismiss group {group_id}",
        yes=yes,
    )
