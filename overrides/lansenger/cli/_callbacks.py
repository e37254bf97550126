"""`callbacks serve` (the ASGI receiver under uvicorn, printing each typed event) and `callbacks decrypt`."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

import typer

from .._callback_events import CallbackEvent
from .._callback_receiver import CallbackReceiver
from .._dispatch import Dispatcher
from .._errors import ConfigurationError
from . import INSTALL_HINT, _config
from ._output import emit, note
from ._runtime import JsonFlag, Runtime, use_json

app = typer.Typer(help="Receive and inspect the platform's callbacks (webhooks).", no_args_is_help=True)

AesKey = Annotated[
    str | None,
    typer.Option(
        "--aes-key", envvar=_config.ENV_ENCODING_KEY, help="The callback key (回调密钥); default: the profile's."
    ),
]
SignToken = Annotated[
    str | None,
    typer.Option(
        "--sign-token",
        envvar=_config.ENV_CALLBACK_TOKEN,
        help="The signature token (回调签名令牌); signatures are checked when it is known.",
    ),
]
AppId = Annotated[str | None, typer.Option("--app-id", help="Your app id, to split ids in binary payloads.")]


def event_data(event: CallbackEvent) -> dict[str, Any]:
    """One event as JSON: its type, the model its data was read into (None for unknown types), the data."""
    payload = event.payload
    model = None if payload is event.data else type(payload).__name__
    return {
        "id": event.id,
        "type": event.type,
        "model": model,
        "appId": event.app_id,
        "orgId": event.org_id,
        "data": event.data,
    }


def event_line(event: CallbackEvent) -> str:
    described = event_data(event)
    model = f" ({described['model']})" if described["model"] else ""
    return f"{event.type}{model} {event.id or '-'}: {json.dumps(event.data, ensure_ascii=False)}"


def _keys(rt: Runtime, aes_key: str | None, sign_token: str | None) -> tuple[str, str | None]:
    store = _config.token_store(rt)
    key = aes_key or _config.value(rt, _config.setting("encoding-key"), store)[0]
    if not key:
        raise ConfigurationError(f"the callback key is needed: --aes-key, {_config.ENV_ENCODING_KEY} or the profile")
    token = sign_token or _config.value(rt, _config.setting("callback-token"), store)[0]
    return key, token


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8080,
    aes_key: AesKey = None,
    sign_token: SignToken = None,
    app_id: AppId = None,
    max_events: Annotated[int | None, typer.Option("--max-events", min=1, help="Stop after this many events.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Receive callbacks and print each event as it arrives (one JSON line per event with --json)."""
    rt = use_json(ctx, json_output)
    try:
        import uvicorn
    except ImportError:
        note(INSTALL_HINT)
        raise typer.Exit(1) from None
    from .._callback_apps import asgi_app

    key, token = _keys(rt, aes_key, sign_token)
    dispatcher = Dispatcher()
    server: uvicorn.Server | None = None
    seen = 0

    @dispatcher.on()
    def show(event: CallbackEvent) -> None:
        nonlocal seen
        emit(rt, event_data(event), event_line(event))
        seen += 1
        if max_events is not None and seen >= max_events and server is not None:
            server.should_exit = True

    receiver = CallbackReceiver(key, sign_token=token, app_id=app_id, dispatcher=dispatcher)
    config = uvicorn.Config(asgi_app(receiver), log_config=None, access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    listening = socket.create_server((host, port))
    url = f"http://{host}:{listening.getsockname()[1]}/"
    note(f"Receiving callbacks on {url} (signatures {'checked' if token else 'not checked'}); Ctrl-C stops.")
    rt.on_listening(url)
    with listening:
        server.run(sockets=[listening])


@app.command()
def decrypt(
    ctx: typer.Context,
    body: Annotated[
        str, typer.Argument(help='File with the captured body ({"dataEncrypt": ...} or the bare string); - is stdin.')
    ] = "-",
    query: Annotated[
        str | None, typer.Option(help="The captured query string (timestamp, nonce, signature), to check it.")
    ] = None,
    aes_key: AesKey = None,
    sign_token: SignToken = None,
    app_id: AppId = None,
    json_output: JsonFlag = False,
) -> None:
    """Decrypt a captured callback body and print its events (checks the signature when --query is given)."""
    rt = use_json(ctx, json_output)
    key, token = _keys(rt, aes_key, sign_token)
    raw = sys.stdin.buffer.read() if body == "-" else Path(body).read_bytes()
    if not raw.strip().startswith(b"{"):
        raw = json.dumps({"dataEncrypt": raw.strip().decode("ascii", "replace")}).encode()
    verify = bool(query and token)
    receiver = CallbackReceiver(key, sign_token=token if verify else None, app_id=app_id)
    result = receiver.open(raw, parse_qs(query or "", keep_blank_values=True))
    if result.error is not None:
        raise result.error
    assert result.payload is not None
    payload = result.payload
    data = {
        "appId": payload.app_id,
        "orgId": payload.org_id,
        "layout": payload.layout,
        "verified": verify,
        "events": [event_data(event) for event in payload.events],
    }
    emit(rt, data, [event_line(event) for event in payload.events])
