"""`config show|set|unset`: the profile's settings in the state file, and what the environment overrides."""

from __future__ import annotations

from typing import Annotated

import typer

from . import _config
from ._output import emit
from ._runtime import JsonFlag, use_json

app = typer.Typer(help="Show and change the profile's settings.", no_args_is_help=True)
NAMES = ", ".join(setting.name for setting in _config.SETTINGS)
Name = Annotated[str, typer.Argument(help=f"One of: {NAMES}.")]


def _masked(value: str) -> str:
    return "*" * 8 if len(value) <= 8 else value[:2] + "*" * 6 + value[-2:]


@app.command()
def show(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """The settings in effect and where each comes from (secrets masked)."""
    rt = use_json(ctx, json_output)
    store = _config.token_store(rt)
    settings: dict[str, dict[str, str | None]] = {}
    for setting in _config.SETTINGS:
        value, source = _config.value(rt, setting, store)
        shown = _masked(value) if value and setting.secret else value
        settings[setting.name] = {"value": shown, "source": source}
    data = {"profile": store.profile, "stateFile": str(store.path), "settings": settings, "logins": _config.logins(rt)}
    lines = [f"profile: {store.profile} ({store.path})"]
    for name, item in settings.items():
        source = f"  ({item['source']})" if item["source"] else ""
        lines.append(f"{name}: {item['value'] or '-'}{source}")
    lines.append(f"logins: {', '.join(data['logins']) or '-'}")
    emit(rt, data, lines)


@app.command("set")
def set_(
    ctx: typer.Context,
    name: Name,
    value: Annotated[str | None, typer.Argument(help="The value; asked for (hidden) when left out.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Store a setting in the profile (leave the value out to type secrets without echo or shell history)."""
    rt = use_json(ctx, json_output)
    setting = _config.setting(name)
    if value is None:
        value = typer.prompt(name, hide_input=setting.secret)
    store = _config.token_store(rt)
    store.save_settings({setting.file_key: value})
    emit(rt, {"profile": store.profile, "setting": name}, f"Set {name} in profile {store.profile}.")


@app.command()
def unset(ctx: typer.Context, name: Name, json_output: JsonFlag = False) -> None:
    """Remove a setting from the profile."""
    rt = use_json(ctx, json_output)
    setting = _config.setting(name)
    store = _config.token_store(rt)
    store.save_settings({setting.file_key: None})
    emit(rt, {"profile": store.profile, "setting": name}, f"Removed {name} from profile {store.profile}.")
