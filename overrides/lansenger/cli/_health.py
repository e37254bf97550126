"""`health`: can the command line work here? Settings found (and where from), the gateway answering, an app token.

Each check says what it found; the first failure decides the exit code (its kind, as for any command), and the
checks after it are skipped. Nothing secret is printed: a secret setting shows only where it comes from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Final

import httpx
import typer
from lansenger_api.errors import LansengerError

from .._client import Lansenger
from .._errors import ConfigurationError
from .._logging import redact
from . import _config
from ._errors import NETWORK, OK, exit_code
from ._output import emit, table
from ._runtime import JsonFlag, Runtime, use_json

REQUIRED: Final = ("app-id", "app-secret", "gateway-url")


@dataclass
class Check:
    name: str
    status: str
    """ok, failed or skipped."""
    detail: str


def _settings(rt: Runtime) -> tuple[Check, int]:
    store = _config.token_store(rt)
    found, missing = [], []
    for name in REQUIRED:
        setting = _config.setting(name)
        value, source = _config.value(rt, setting, store)
        if value is None:
            missing.append(name)
        else:
            found.append(f"{name} from {source}" if setting.secret else f"{name}={value} ({source})")
    where = f"profile {store.profile} in {store.path}"
    if missing:
        error = ConfigurationError(f"missing {', '.join(missing)} (set LANSENGER_* or `lansenger config set`)")
        return Check("config", "failed", f"{error}; {where}"), exit_code(error)
    return Check("config", "ok", f"{'; '.join(found)}; {where}"), OK


def _gateway(client: Lansenger) -> tuple[Check, int]:
    """Any HTTP answer from the gateway's address proves it reachable (no token is sent)."""
    try:
        answer = client.http_client.get("")
    except (LansengerError, httpx.HTTPError) as error:
        code = exit_code(error) if isinstance(error, LansengerError) else NETWORK
        reason = redact(str(error)) or type(error).__name__
        return Check("gateway", "failed", f"{client.settings.gateway_url} did not answer: {reason}"), code
    return Check("gateway", "ok", f"{client.settings.gateway_url} answered HTTP {answer.status_code}"), OK


def _token(client: Lansenger) -> tuple[Check, int]:
    try:
        client.app_token()
    except LansengerError as error:
        return Check("token", "failed", redact(str(error)) or type(error).__name__), exit_code(error)
    return Check("token", "ok", "an app token was obtained (not shown)"), OK


def health(ctx: typer.Context, json_output: JsonFlag = False) -> None:
    """Check the settings, the gateway and the app token; exits non-zero (with the failure's code) if one fails."""
    rt = use_json(ctx, json_output)
    check, code = _settings(rt)
    checks = [check]
    if code == OK:
        with _config.open_client(rt, max_retries=0) as client:
            for run in (_gateway, _token):
                check, code = run(client)
                checks.append(check)
                if code != OK:
                    break
    skipped = [Check(name, "skipped", "an earlier check failed") for name in ("gateway", "token")[len(checks) - 1 :]]
    report = [asdict(item) for item in checks + skipped]
    emit(rt, {"ok": code == OK, "exitCode": code, "checks": report}, table(report, ("name", "status", "detail")))
    if code != OK:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command()(health)
