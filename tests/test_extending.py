"""Extending without touching generated/: request/response hooks, a wrapped generated method, the example.

Hooks see every attempt (retries, the replay after a rejected token, the token fetch) through a view with
secrets masked, on generated operations and overlay helpers alike, sync and async.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from functools import cached_property
from pathlib import Path

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, ConfigurationError, EventHooks, Lansenger, RequestMeta, RetryPolicy, request_meta
from lansenger.testing import Sandbox
from lansenger_api.api.staffs import AsyncStaffsResource, StaffsResource
from lansenger_api.models.staff_info import StaffInfo
from lansenger_api.types import UNSET, Unset

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN, ok

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
STAFF = "524288-1002"
STAFF_PATH = f"/v1/staffs/{STAFF}/fetch"
BOT_PATH = "/v1/bot/messages/create"
FAST = RetryPolicy(max_retries=2, backoff_base=0.0, retry_after_cap=0.0)
STAFF_DATA = {"staffId": STAFF, "name": "Grace Hopper"}


class Recorder:
    """Hooks that write down what they were shown: one line per event, and every text they could leak."""

    def __init__(self) -> None:
        self.events: list[tuple[str, ...]] = []
        self.texts: list[str] = []

    def request(self, request: httpx.Request) -> None:
        self.events.append(("request", _operation(request)))
        self._keep(request)

    def response(self, response: httpx.Response) -> None:
        code = json.loads(response.content).get("errCode") if response.content else None
        self.events.append(("response", _operation(response.request), str(response.status_code), str(code)))
        self._keep(response.request)
        self.texts += [response.text, str(response.headers)]

    async def arequest(self, request: httpx.Request) -> None:
        self.request(request)

    def _keep(self, request: httpx.Request) -> None:
        self.texts += [str(request.url), request.content.decode(), repr(request.extensions), str(request.headers)]
        for name in ("app_token", "secret", "user_token"):
            assert request.url.params.get(name, "***") == "***", request.url

    def assert_never_saw(self, *secrets: str) -> None:
        for secret in secrets:
            assert not any(secret in text for text in self.texts), secret


def _operation(request: httpx.Request) -> str:
    meta = request_meta(request.extensions)
    return meta.operation if meta else "raw"


def exchange(operation: str, status: int = 200, code: int | None = 0) -> list[tuple[str, ...]]:
    return [("request", operation), ("response", operation, str(status), str(code))]


TOKEN_FETCH = exchange("create_app_token")


def test_hooks_see_every_attempt_of_operations_and_helpers_with_secrets_masked(
    lansenger_sandbox: Sandbox, tmp_path: Path
) -> None:
    seen = Recorder()
    hooks: EventHooks = {"request": [seen.request], "response": [seen.response]}
    with Lansenger(
        lansenger_sandbox.app_id,
        lansenger_sandbox.app_secret,
        gateway_url=lansenger_sandbox.url,
        retry_policy=FAST,
        event_hooks=hooks,
    ) as client:
        assert client.staffs.fetch_staff(STAFF).name == "Grace Hopper"
        lansenger_sandbox.fail_next(STAFF_PATH, status=503)
        client.staffs.fetch_staff(STAFF)
        first_token = client.app_token()
        lansenger_sandbox.fail_next(BOT_PATH, expire_token=True)
        client.messages.send_text(STAFF, "hi")
        report = tmp_path / "report.csv"
        report.write_bytes(b"a,b\n" * 1000)
        media_id = client.media.upload(report).media_id
        assert client.media.download(media_id, to=tmp_path / "copy.csv") == 4000
        tokens = (first_token, client.app_token())

    assert seen.events == [
        *TOKEN_FETCH,
        *exchange("fetch_staff"),
        *exchange("fetch_staff", 503, 503),  # the sandbox's 503 carries an error envelope
        *exchange("fetch_staff"),  # the retry
        *exchange("create_bot_message", code=10004),  # the token expired in flight
        *TOKEN_FETCH,
        *exchange("create_bot_message"),  # the replay with the new token
        *exchange("upload_app_media"),
        ("request", "fetch_media"),
        ("response", "fetch_media", "200", "None"),  # bytes: the body stays with the caller
    ]
    assert (tmp_path / "copy.csv").read_bytes() == report.read_bytes()
    assert tokens[0] != tokens[1]
    seen.assert_never_saw(*tokens, lansenger_sandbox.app_secret)
    assert '"appToken":"***"' in "".join(seen.texts)


@pytest.mark.anyio
async def test_async_hooks_may_be_coroutines_or_functions_and_see_retries(lansenger_sandbox: Sandbox) -> None:
    seen = Recorder()
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, retry_policy=FAST
    ) as client:
        client.add_hook("request", seen.arequest)
        client.add_hook("response", seen.response)
        lansenger_sandbox.fail_next(STAFF_PATH, status=503)
        assert (await client.staffs.fetch_staff(STAFF)).name == "Grace Hopper"
        await client.messages.send_text(STAFF, "hi")
        token = await client.app_token()

    assert seen.events == [
        *TOKEN_FETCH,
        *exchange("fetch_staff", 503, 503),
        *exchange("fetch_staff"),
        *exchange("create_bot_message"),
    ]
    seen.assert_never_saw(token, lansenger_sandbox.app_secret)


def _stamp(request: httpx.Request) -> None:
    request.headers["X-Request-Id"] = "r-1"


def test_a_request_hook_changes_headers_on_the_wire_but_sees_no_token(router: respx.MockRouter) -> None:
    route = router.get(STAFF_PATH).respond(json=ok(STAFF_DATA))
    views: list[httpx.Request] = []
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY, event_hooks={"request": [_stamp, views.append]}) as client:
        client.staffs.fetch_staff(STAFF)
    sent = route.calls.last.request
    assert sent.headers["X-Request-Id"] == "r-1" and sent.url.params["app_token"] == TOKEN
    (view,) = views
    assert view.url.params["app_token"] == "***" and view.headers["X-Request-Id"] == "r-1"
    assert request_meta(view.extensions) == RequestMeta("fetch_staff", app_token=True, idempotent=True, buffered=True)
    assert TOKEN not in repr(view.extensions)


@pytest.mark.anyio
async def test_async_request_hook_changes_headers_on_the_wire(router: respx.MockRouter) -> None:
    route = router.get(STAFF_PATH).respond(json=ok(STAFF_DATA))

    async def stamp(request: httpx.Request) -> None:
        _stamp(request)

    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY, event_hooks={"request": [stamp]}) as client:
        await client.staffs.fetch_staff(STAFF)
    assert route.calls.last.request.headers["X-Request-Id"] == "r-1"


def test_an_attempt_that_gets_no_answer_reaches_request_hooks_only(router: respx.MockRouter) -> None:
    router.get(STAFF_PATH).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=ok(STAFF_DATA))])
    seen = Recorder()
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY, retry_policy=FAST) as client:
        client.add_hook("request", seen.request)
        client.add_hook("response", seen.response)
        client.staffs.fetch_staff(STAFF)
    assert seen.events == [("request", "fetch_staff"), *exchange("fetch_staff")]


class Refused(Exception):
    pass


def _refuse(message: httpx.Request | httpx.Response) -> None:
    raise Refused("not today")


def test_a_request_hook_that_raises_stops_the_call_before_anything_is_sent(router: respx.MockRouter) -> None:
    route = router.post(BOT_PATH).respond(json=ok({"msgId": "m-1"}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.add_hook("request", _refuse)
        with pytest.raises(Refused, match="not today"):
            client.messages.send_text(STAFF, "hi")
    assert route.call_count == 0


@pytest.mark.anyio
async def test_a_response_hook_that_raises_reaches_the_caller_unretried(router: respx.MockRouter) -> None:
    route = router.get(STAFF_PATH).respond(json=ok(STAFF_DATA))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY, event_hooks={"response": [_refuse]}) as client:
        with pytest.raises(Refused):
            await client.staffs.fetch_staff(STAFF)
    assert route.call_count == 1


def test_hook_events_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="unknown events \\['requests'\\]"):
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY, event_hooks={"requests": []})  # type: ignore[arg-type]
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.raises(ConfigurationError, match="unknown event 'error'"):
            client.add_hook("error", print)  # type: ignore[call-overload]
        with pytest.raises(ConfigurationError, match="not callable"):
            client.add_hook("request", "print")  # type: ignore[call-overload]


def test_logging_stays_redacted_with_hooks_even_where_a_hook_logs_its_view(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    """The SDK's own records (httpx's request lines, retry notices) are redacted; a hook's own logger has no
    filter, and needs none, because its view is masked already."""
    router.get(STAFF_PATH).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ok(STAFF_DATA))])
    app_log = logging.getLogger("tests.extending.app")

    def log_view(request: httpx.Request) -> None:
        app_log.info("sending %s %s", request.url, request.extensions)

    caplog.set_level(logging.DEBUG)
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST) as client:
        client.add_hook("request", log_view)
        client.staffs.fetch_staff(STAFF)
    names = {record.name for record in caplog.records}
    assert {"httpx", "lansenger", "tests.extending.app"} <= names
    assert TOKEN not in caplog.text and APP_SECRET not in caplog.text
    assert "app_token=***" in caplog.text and "secret=***" in caplog.text


class CachedStaffs(StaffsResource):
    """A wrapped generated method: asks the platform once per person."""

    def __init__(self, http: httpx.Client) -> None:
        super().__init__(http)
        self.profiles: dict[str, StaffInfo] = {}

    def fetch_staff(self, staff_id: str, *, user_token: str | Unset = UNSET) -> StaffInfo:
        if staff_id not in self.profiles:
            self.profiles[staff_id] = super().fetch_staff(staff_id, user_token=user_token)
        return self.profiles[staff_id]


class RenamedStaffs(AsyncStaffsResource):
    """A replaced generated method, async: the answer is changed, the rest of the resource stays generated."""

    async def fetch_staff(self, staff_id: str, *, user_token: str | Unset = UNSET) -> StaffInfo:
        staff = await super().fetch_staff(staff_id, user_token=user_token)
        staff.name = staff.name.upper() if isinstance(staff.name, str) else staff.name
        return staff


class MyLansenger(Lansenger):
    @cached_property
    def staffs(self) -> CachedStaffs:
        return CachedStaffs(self.http_client)


class MyAsyncLansenger(AsyncLansenger):
    @cached_property
    def staffs(self) -> RenamedStaffs:
        return RenamedStaffs(self.http_client)


def test_a_lansenger_subclass_serves_a_wrapped_resource_with_tokens_retries_and_hooks(
    lansenger_sandbox: Sandbox,
) -> None:
    seen = Recorder()
    with MyLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, retry_policy=FAST
    ) as client:
        client.add_hook("request", seen.request)
        lansenger_sandbox.fail_next(STAFF_PATH, status=503)
        first = client.staffs.fetch_staff(STAFF)
        assert client.staffs.fetch_staff(STAFF) is first
        assert client.staffs.fetch_staff_detail(STAFF).name == "Grace Hopper"  # not overridden: still generated
        client.messages.send_text(STAFF, f"hello {first.name}")
    assert [operation for _, operation in seen.events] == [
        "create_app_token",
        "fetch_staff",
        "fetch_staff",
        "fetch_staff_detail",
        "create_bot_message",
    ]


@pytest.mark.anyio
async def test_an_async_subclass_serves_a_replaced_method(lansenger_sandbox: Sandbox) -> None:
    async with MyAsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        assert (await client.staffs.fetch_staff(STAFF)).name == "GRACE HOPPER"
        assert (await client.staffs.fetch_staff_detail(STAFF)).name == "Grace Hopper"


@pytest.mark.slow
def test_the_extending_example_runs_against_the_sandbox() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lansenger.testing.sandbox", "--run", sys.executable, str(EXAMPLES / "extending.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "fetched Grace Hopper twice (again is first=True), 1 request on the wire" in done.stdout
    assert "fetch_staff: GET http://127.0.0.1:" in done.stdout and "app_token=*** -> 200" in done.stdout
    assert "the hook saw 4 answers" in done.stdout
    assert "sandbox-secret" not in done.stdout and "extending finished" in done.stdout
