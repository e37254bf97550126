"""`login` (device flow, or the browser flow with `--browser`), `logout` and `whoami`."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from lansenger_api.errors import UnexpectedResponseError
from lansenger_api.models.user_token_grant import UserTokenGrant
from lansenger_api.types import Unset

from .._client import Lansenger
from .._device_flow import DeviceAuthorization, DeviceFlowUnsupportedError
from .._oauth_flow import DEFAULT_SCOPE
from . import _config
from ._output import cell, emit, note
from ._redirect import catch_redirect
from ._runtime import JsonFlag, Runtime, use_json

AsOption = Annotated[
    str | None,
    typer.Option("--as", help="Act as this logged-in staff id (default: LANSENGER_STAFF_ID, or the only login)."),
]


def login(
    ctx: typer.Context,
    browser: Annotated[
        bool, typer.Option("--browser", help="Use the browser flow (redirect URI) instead of the device flow.")
    ] = False,
    scope: Annotated[str, typer.Option(help="OAuth2 scope(s), comma-separated.")] = DEFAULT_SCOPE,
    open_page: Annotated[
        bool | None,
        typer.Option("--open/--no-open", help="Open the page in a browser (default: only with --browser)."),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Log a user in and keep their tokens in the state file (per staff id)."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        if browser:
            grant = _browser_login(rt, client, scope, open_page is not False)
        else:
            try:
                grant = client.oauth.device_flow(
                    lambda authorization: _show_code(rt, authorization, bool(open_page)),
                    scope=scope,
                    sleep=rt.sleep,
                    clock=rt.clock,
                )
            except DeviceFlowUnsupportedError:
                note("This platform has no device flow: use `lansenger login --browser`.")
                raise
        if not isinstance(grant.staff_id, str) or not grant.staff_id:
            grant.staff_id = _whose(client, grant)
    store = _config.token_store(rt)
    data: dict[str, Any] = {
        "staffId": _known(grant.staff_id),
        "scope": _known(grant.scope),
        "expiresIn": _known(grant.expires_in),
        "profile": store.profile,
        "stateFile": str(store.path),
    }
    emit(rt, data, f"Logged in as {grant.staff_id} (profile {store.profile}).")


def _whose(client: Lansenger, grant: UserTokenGrant) -> str:
    """The staff id of a grant that did not name it (the platform usually does), kept under it like any other."""
    user = client.users.fetch_current_user(user_token=grant.user_token)
    if not isinstance(user.staff_id, str) or not user.staff_id:
        raise UnexpectedResponseError("the platform did not say whose login this is", operation="fetch_current_user")
    client.oauth.remember(grant, staff_id=user.staff_id)
    return user.staff_id


def _known(value: object) -> object:
    """A grant field as JSON: None when the platform left it out (tokens are never shown)."""
    return None if isinstance(value, Unset) else value


def _show_code(rt: Runtime, authorization: DeviceAuthorization, open_page: bool) -> None:
    url = authorization.verification_url
    if url:
        note(f"Open {url}")
        note(f"and confirm the code {authorization.user_code}.")
        if open_page:
            rt.open_browser(url)
    else:
        note(f"Confirm the code {authorization.user_code} on the Lansenger authorization page.")
    note("Waiting for approval…")


def _browser_login(rt: Runtime, client: Lansenger, scope: str, open_page: bool) -> UserTokenGrant:
    request = client.oauth.authorization_url(scope=scope)
    redirect_uri = client.settings.redirect_uri
    note(f"Open {request.url}")
    with catch_redirect(redirect_uri) as caught:
        if open_page:
            rt.open_browser(request.url)
        redirect = caught.wait() if caught is not None else typer.prompt("Paste the address you were sent back to")
    code = client.oauth.parse_redirect(redirect, request.state)
    return client.oauth.exchange(code, redirect_uri=redirect_uri)


def logout(
    ctx: typer.Context,
    staff_id: AsOption = None,
    everyone: Annotated[bool, typer.Option("--all", help="Log every user of the profile out.")] = False,
    json_output: JsonFlag = False,
) -> None:
    """Forget a user's tokens (here only: the platform has no revocation)."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        staff = _config.client_logins(client) if everyone else [_config.staff_for(client, staff_id)]
        for each in staff:
            client.oauth.forget(each)
    emit(rt, {"loggedOut": staff}, [f"Logged out {each}." for each in staff] or ["Nobody was logged in."])


def whoami(ctx: typer.Context, staff_id: AsOption = None, json_output: JsonFlag = False) -> None:
    """The logged-in user, as the platform sees their token."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        user = client.users.fetch_current_user(user_token=_config.user_token(client, staff_id))
    emit(rt, user, f"{cell(user.name)} ({cell(user.staff_id)})")


def register(app: typer.Typer) -> None:
    app.command()(login)
    app.command()(logout)
    app.command()(whoami)
