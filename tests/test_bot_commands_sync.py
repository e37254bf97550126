"""`sync_commands`: the platform's command list of a scope made equal to the declared one, against the sandbox
(which keeps commands per scope, and extends a scope on create) and on the wire."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
from lansenger import AsyncLansenger, PermissionDeniedError
from lansenger.bot import CommandSync, sync_commands
from lansenger.inbound import Dispatcher
from lansenger.testing import Sandbox
from lansenger.types import BotCommand
from lansenger_api.errors import InvalidArgumentError

from tests._envelopes import GATEWAY, TOKEN

PATHS = ("/v1/bot/commands/fetch", "/v1/bot/commands/delete", "/v1/bot/commands/create")


class FakeSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def calls(sandbox: Sandbox) -> list[str]:
    return [path.rsplit("/", 1)[1] for _method, path, _keys in sandbox.state.requests if path in PATHS]


def client(sandbox: Sandbox) -> AsyncLansenger:
    return AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, max_retries=0)


async def listed(bot: AsyncLansenger, **scope: Any) -> list[tuple[str, str]]:
    answer = await bot.bots.fetch_bot_commands(scope_type=scope.pop("scope_type", 7), **scope)
    assert isinstance(answer.commands, list)
    return sorted((str(info.command), str(info.description)) for info in answer.commands)


@pytest.mark.anyio
async def test_the_scope_ends_up_with_exactly_the_declared_commands(lansenger_sandbox: Sandbox) -> None:
    dispatcher = Dispatcher()

    @dispatcher.command("/deploy", description="Deploy a service")
    async def deploy(event: Any) -> None: ...

    @dispatcher.command("/status")
    async def status(event: Any) -> None:
        """Show what runs where.

        More text that is not the description."""

    async with client(lansenger_sandbox) as bot:
        assert await sync_commands(bot, dispatcher) == CommandSync(("deploy", "status"), (), ())
        assert calls(lansenger_sandbox) == ["fetch", "create"], "nothing to remove: no delete"
        assert await listed(bot) == [("deploy", "Deploy a service"), ("status", "Show what runs where.")]

        before = len(calls(lansenger_sandbox))
        result = await sync_commands(bot, dispatcher)
        assert result.unchanged and calls(lansenger_sandbox)[before:] == ["fetch"]

        before = len(calls(lansenger_sandbox))
        renamed = [BotCommand("deploy", "Ship it"), BotCommand("logs", "Tail the logs")]
        assert await sync_commands(bot, renamed) == CommandSync(("logs",), ("status",), ("deploy",))
        assert calls(lansenger_sandbox)[before:] == ["fetch", "delete", "create"]
        assert await listed(bot) == [("deploy", "Ship it"), ("logs", "Tail the logs")]

        assert await sync_commands(bot, []) == CommandSync((), ("deploy", "logs"), ())
        assert await listed(bot) == []


@pytest.mark.anyio
async def test_one_chat_scope_is_synced_apart_from_the_default(lansenger_sandbox: Sandbox) -> None:
    async with client(lansenger_sandbox) as bot:
        await sync_commands(bot, [BotCommand("here", "Only here")], scope_type=3, chat_id="g1", chat_type="group")
        assert await listed(bot, scope_type=3, chat_id="g1", chat_type="group") == [("here", "Only here")]
        assert await listed(bot) == []


@pytest.mark.anyio
async def test_retryable_failures_are_tried_again_and_others_raise(lansenger_sandbox: Sandbox) -> None:
    sleep = FakeSleep()
    lansenger_sandbox.fail_next("/v1/bot/commands/create", status=503, times=2)
    async with client(lansenger_sandbox) as bot:
        result = await sync_commands(bot, [BotCommand("a", "A")], attempts=3, pause=0.5, sleep=sleep)
        assert result.added == ("a",) and sleep.delays == [0.5, 1.0]
        assert await listed(bot) == [("a", "A")]

        lansenger_sandbox.fail_next("/v1/bot/commands/delete", err_code=10005, times=1)
        with pytest.raises(PermissionDeniedError):
            await sync_commands(bot, [], sleep=sleep)
        assert sleep.delays == [0.5, 1.0], "a permission error is not retried"

        lansenger_sandbox.fail_next("/v1/bot/commands/fetch", status=503, times=2)
        with pytest.raises(Exception) as raised:
            await sync_commands(bot, [], attempts=2, sleep=sleep)
        assert getattr(raised.value, "retryable", False)


@pytest.mark.anyio
async def test_bad_declarations_fail_before_any_request() -> None:
    with respx.mock(base_url=GATEWAY) as mock:
        async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as bot:
            for commands, options in (
                ([BotCommand("a", "A"), BotCommand("a", "B")], {}),
                (["a"], {}),
                ([], {"attempts": 0}),
            ):
                with pytest.raises(InvalidArgumentError):
                    await sync_commands(bot, commands, **options)  # type: ignore[arg-type]
        assert not mock.calls


@pytest.mark.anyio
async def test_the_wire_bodies(router: respx.MockRouter) -> None:
    fetched = router.post("/v1/bot/commands/fetch").respond(
        json={
            "errCode": 0,
            "errMsg": "ok",
            "data": {"scopeType": 6, "commands": [{"command": "old", "description": "x"}]},
        }
    )
    deleted = router.post("/v1/bot/commands/delete").respond(json={"errCode": 0, "errMsg": "ok"})
    created = router.post("/v1/bot/commands/create").respond(json={"errCode": 0, "errMsg": "ok"})
    async with AsyncLansenger("app", "secret", gateway_url=GATEWAY) as bot:
        await sync_commands(bot, [BotCommand("new", "New", icon="icon-1")], scope_type=6)
    scope = {"scopeType": 6}
    assert json.loads(fetched.calls.last.request.content) == scope
    assert json.loads(deleted.calls.last.request.content) == scope
    assert json.loads(created.calls.last.request.content) == {
        "scopeType": 6,
        "commands": [{"command": "new", "description": "New", "icon": "icon-1"}],
    }
