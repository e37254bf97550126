"""Per-request options (`timeout=`, `extra_headers=`, `extra_query=`) and client views (`with_options`), on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, InternalServerError, InvalidArgumentError, Lansenger, RetryPolicy
from lansenger.testing import Sandbox
from lansenger_api.models.staff_info import StaffInfo

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN, ok

STAFF = "/v1/staffs/staff-1/fetch"
ANSWER = ok({"staffId": "staff-1", "name": "Ann"})
NO_WAIT = RetryPolicy(max_retries=3, backoff_base=0.0)


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=NO_WAIT) as client:
        yield client


@pytest.fixture
async def aclient(router: respx.MockRouter) -> Any:
    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=NO_WAIT) as client:
        yield client


def _sent(router: respx.MockRouter) -> list[httpx.Request]:
    return [call.request for call in router.calls if call.request.url.path.endswith(STAFF)]


def test_timeout_reaches_the_transport(router: respx.MockRouter, client: Lansenger) -> None:
    router.get(STAFF).respond(json=ANSWER)
    client.staffs.fetch_staff("staff-1", timeout=2.5)
    client.staffs.fetch_staff("staff-1", timeout=httpx.Timeout(1.0, read=7.0))
    client.staffs.fetch_staff("staff-1")
    first, second, default = (request.extensions["timeout"] for request in _sent(router))
    assert first == httpx.Timeout(2.5).as_dict()
    assert second == httpx.Timeout(1.0, read=7.0).as_dict()
    assert default == httpx.Timeout(30.0, connect=5.0).as_dict()


def test_extra_headers_and_query_are_sent_beside_the_operations_own(
    router: respx.MockRouter, client: Lansenger
) -> None:
    router.get(STAFF).respond(json=ANSWER)
    staff = client.staffs.fetch_staff(
        "staff-1", user_token="ut-1", extra_headers={"X-Trace": "t-1"}, extra_query={"lang": "en", "v": 2}
    )
    assert isinstance(staff, StaffInfo) and staff.name == "Ann"
    (request,) = _sent(router)
    assert request.headers["x-trace"] == "t-1"
    assert request.url.params["lang"] == "en" and request.url.params["v"] == "2"
    assert request.url.params["user_token"] == "ut-1" and request.url.params["app_token"] == TOKEN
    assert request.url.path == "/open/apigw" + STAFF


def test_iterating_pages_sends_the_options_with_every_page(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v2/staffs/search").mock(
        side_effect=[
            httpx.Response(200, json=ok({"staffInfo": [{"staffId": "s-1"}], "total": 2})),
            httpx.Response(200, json=ok({"staffInfo": [{"staffId": "s-2"}], "total": 2})),
        ]
    )
    found = list(client.staffs.iter_search_staffs(keyword="a", extra_headers={"X-Trace": "t"}, timeout=6.0))
    assert [hit.staff_id for hit in found] == ["s-1", "s-2"]
    assert [call.request.headers["x-trace"] for call in route.calls] == ["t", "t"]
    assert [call.request.extensions["timeout"]["read"] for call in route.calls] == [6.0, 6.0]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"extra_query": {"app_token": "forged"}}, "must not set app_token"),
        ({"extra_query": {"USER_TOKEN": "forged"}}, "must not set USER_TOKEN"),
        ({"extra_query": {"user_token": "forged"}}, "must not set user_token"),
        ({"extra_query": {"lang": ["a", "b"]}}, "must be a string or a number"),
        ({"extra_query": {"": "x"}}, "non-empty"),
        ({"extra_query": "lang=en"}, "must be a mapping"),
        ({"extra_headers": {"Host": "evil.example"}}, "must not set Host"),
        ({"extra_headers": {"authorization": "Bearer x"}}, "must not set authorization"),
        ({"extra_headers": {"Cookie": "a=b"}}, "must not set Cookie"),
        ({"extra_headers": {"Content-Length": "0"}}, "must not set Content-Length"),
        ({"extra_headers": {"X-A": "one\r\nHost: evil.example"}}, "on one line"),
        ({"extra_headers": {"X A": "v"}}, "not a valid header name"),
        ({"extra_headers": {"X-A": 1}}, "on one line"),
        ({"timeout": 0}, "positive number"),
        ({"timeout": -1.0}, "positive number"),
        ({"timeout": "5"}, "positive number"),
        ({"timeout": True}, "positive number"),
    ],
)
def test_hostile_options_are_refused_before_sending(
    unsent_client: Lansenger, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        unsent_client.staffs.fetch_staff("staff-1", **options)


def test_extra_query_cannot_repeat_a_parameter_the_operation_sets(unsent_client: Lansenger) -> None:
    with pytest.raises(InvalidArgumentError, match="must not set page: the operation sets it"):
        unsent_client.staffs.search_staffs(keyword="a", page=2, extra_query={"page": 9})


def test_a_view_shares_pool_token_and_hooks_and_leaves_the_client_unchanged(
    router: respx.MockRouter, client: Lansenger
) -> None:
    route = router.get(STAFF).respond(json=ANSWER)
    seen: list[str] = []
    client.add_hook("request", lambda request: seen.append(request.url.path))
    view = client.with_options(timeout=4.0, headers={"X-Tenant": "t-9"})
    view.staffs.fetch_staff("staff-1")
    client.staffs.fetch_staff("staff-1")
    view.staffs.fetch_staff("staff-1")
    token_fetches = [call for call in router.calls if call.request.url.path.endswith("/apptoken/create")]
    assert len(token_fetches) == 1
    assert view.http_client._transport._inner is client.http_client._transport._inner  # type: ignore[attr-defined]
    assert [call.request.headers.get("x-tenant") for call in route.calls] == ["t-9", None, "t-9"]
    assert [call.request.extensions["timeout"]["read"] for call in route.calls] == [4.0, 30.0, 4.0]
    assert len(seen) == 4  # the hooks are the client's: the token fetch and all three calls
    assert client.http_client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert "x-tenant" not in client.http_client.headers


def test_a_views_helpers_use_its_options(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/bot/messages/create").respond(json=ok({"msgId": "m-1"}))
    client.with_options(headers={"X-Tenant": "t-9"}).messages.send_text("staff-1", "hello")
    assert route.calls.last.request.headers["x-tenant"] == "t-9"


def test_max_retries_is_per_view(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.get(STAFF).respond(502)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).staffs.fetch_staff("staff-1")
    assert route.call_count == 1
    with pytest.raises(InternalServerError):
        client.staffs.fetch_staff("staff-1")
    assert route.call_count == 1 + 1 + NO_WAIT.max_retries


@pytest.mark.parametrize(
    "options",
    [{"max_retries": -1}, {"max_retries": 1.5}, {"headers": {"Host": "x"}}, {"timeout": 0}],
)
def test_with_options_refuses_bad_values(client: Lansenger, options: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        client.with_options(**options)


@pytest.mark.anyio
async def test_async_options_and_view(router: respx.MockRouter, aclient: AsyncLansenger) -> None:
    route = router.get(STAFF).respond(json=ANSWER)
    view = aclient.with_options(timeout=3.0, headers={"X-Tenant": "t-1"}, max_retries=0)
    staff = await view.staffs.fetch_staff("staff-1", extra_query={"lang": "en"}, extra_headers={"X-Trace": "t"})
    await aclient.staffs.fetch_staff("staff-1", timeout=9.0)
    assert staff.name == "Ann"
    first, second = (call.request for call in route.calls)
    assert first.headers["x-tenant"] == "t-1" and first.headers["x-trace"] == "t"
    assert first.url.params["lang"] == "en" and first.extensions["timeout"]["read"] == 3.0
    assert "x-tenant" not in second.headers and second.extensions["timeout"]["read"] == 9.0
    assert sum(call.request.url.path.endswith("/apptoken/create") for call in router.calls) == 1
    route.respond(502)
    with pytest.raises(InternalServerError):
        await view.staffs.fetch_staff("staff-1")
    assert route.call_count == 3


@pytest.mark.anyio
async def test_async_hostile_options_are_refused_before_sending(router: respx.MockRouter) -> None:
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.raises(InvalidArgumentError, match="must not set app_token"):
            await client.staffs.fetch_staff("staff-1", extra_query={"app_token": "forged"})
    assert not router.calls


def test_over_loopback_a_view_and_its_raw_responses_share_one_token(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    view = lansenger_client.with_options(timeout=10.0, max_retries=0, headers={"X-Tenant": "t-1"})
    sent = view.messages.send_text("524288-1001", "hello")
    raw = view.staffs.with_raw_response.fetch_staff("524288-1001", extra_query={"lang": "en"})
    lansenger_client.messages.send_text("524288-1001", "again")
    assert sent.msg_id and raw.status_code == 200 and raw.parse() == lansenger_client.staffs.fetch_staff("524288-1001")
    assert raw.http_response.request.headers["x-tenant"] == "t-1"
    assert lansenger_sandbox.state.token_requests == 1
    fetches = [query for _, path, query in lansenger_sandbox.state.requests if path.endswith("/fetch")]
    assert "lang" in fetches[0] and "lang" not in fetches[1]
    assert len(lansenger_sandbox.state.messages) == 2
