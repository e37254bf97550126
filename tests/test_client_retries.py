"""Retries as the client applies them: reads are retried, a send only when it provably never left."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx
from lansenger import APIConnectionError, APITimeoutError, AsyncLansenger, InternalServerError, Lansenger, RetryPolicy

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, failed, ok, token

FAST = RetryPolicy(max_retries=2, backoff_base=0.0, retry_after_cap=0.0)
SENT = ok({"msgId": "m-1"})


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST) as lansenger:
        yield lansenger


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("server hung up"), httpx.ReadError("reset")],
)
def test_send_that_may_have_arrived_is_not_retried(
    router: respx.MockRouter, client: Lansenger, failure: Exception
) -> None:
    route = router.post("/v1/bot/messages/create").mock(side_effect=[failure, httpx.Response(200, json=SENT)])
    with pytest.raises(APIConnectionError):
        client.messages.send_text("staff-1", "once")
    assert route.call_count == 1


@pytest.mark.parametrize("status", [429, 500, 503])
def test_send_answered_with_an_error_status_is_not_retried(
    router: respx.MockRouter, client: Lansenger, status: int
) -> None:
    route = router.post("/v1/bot/messages/create").mock(
        side_effect=[httpx.Response(status, headers={"retry-after": "0"}), httpx.Response(200, json=SENT)]
    )
    with pytest.raises(Exception) as caught:
        client.messages.send_text("staff-1", "once")
    assert getattr(caught.value, "http_status", None) == status
    assert route.call_count == 1


def test_send_that_never_connected_is_retried(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/bot/messages/create").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.ConnectTimeout("syn lost"), httpx.Response(200, json=SENT)]
    )
    assert client.messages.send_text("staff-1", "once").msg_id == "m-1"
    assert route.call_count == 3


def test_read_is_retried_on_5xx_and_timeouts(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.get("/v1/medias/md-1/fetch").mock(
        side_effect=[httpx.Response(503), httpx.ReadTimeout("slow"), httpx.Response(200, content=b"bytes")]
    )
    assert client.media.fetch_media("md-1") == b"bytes"
    assert route.call_count == 3


def test_retry_budget_is_respected(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.get("/v1/medias/md-1/fetch").mock(return_value=httpx.Response(502))
    with pytest.raises(InternalServerError):
        client.media.fetch_media("md-1")
    assert route.call_count == 1 + FAST.max_retries


def test_idempotent_post_is_retried(router: respx.MockRouter, client: Lansenger) -> None:
    """The spec marks the dynamic card update safe to repeat (x-lansenger-idempotent)."""
    route = router.post("/v1/messages/dynamic/update").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json=ok())]
    )
    from lansenger_api.models.dynamic_update_data import DynamicUpdateData

    client.messages.update_dynamic_message(msg_id="m-1", msg_type="appCard", msg_data=DynamicUpdateData())
    assert route.call_count == 2


def test_token_rejected_mid_flight_is_refreshed_and_the_send_replayed_once(router: respx.MockRouter) -> None:
    tokens = router.get("/v1/apptoken/create").mock(
        side_effect=[httpx.Response(200, json=token("old")), httpx.Response(200, json=token("new"))]
    )
    send = router.post("/v1/bot/messages/create").mock(
        side_effect=[httpx.Response(200, json=failed(10004, "token expired")), httpx.Response(200, json=SENT)]
    )
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST) as client:
        assert client.messages.send_text("staff-1", "hello").msg_id == "m-1"
    assert tokens.call_count == 2
    assert [dict(call.request.url.params)["app_token"] for call in send.calls] == ["old", "new"]


def test_external_token_without_credentials_is_never_refreshed(router: respx.MockRouter) -> None:
    from lansenger import AuthenticationError

    tokens = router.get("/v1/apptoken/create")
    router.post("/v1/bot/messages/create").respond(json=failed(10004, "token expired"))
    with (
        Lansenger(app_token="external", gateway_url=GATEWAY) as client,
        pytest.raises(AuthenticationError),
    ):
        client.messages.send_text("staff-1", "hello")
    assert not tokens.called


@pytest.mark.anyio
async def test_async_client_follows_the_same_rules(router: respx.MockRouter) -> None:
    send = router.post("/v1/bot/messages/create").mock(side_effect=[httpx.ReadTimeout("slow")])
    read = router.get("/v1/medias/md-1/fetch").mock(
        side_effect=[httpx.Response(500), httpx.Response(200, content=b"ok")]
    )
    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST) as client:
        with pytest.raises(APITimeoutError):
            await client.messages.send_text("staff-1", "once")
        assert await client.media.fetch_media("md-1") == b"ok"
    assert send.call_count == 1
    assert read.call_count == 2


STAFF_PATH = "/v1/staffs/524288-1002/fetch"


def _not_json(content: bytes, content_type: str = "text/plain") -> httpx.Response:
    """An answer that does not say it is JSON (a proxy's page, a gateway speaking text/plain)."""
    return httpx.Response(200, content=content, headers={"Content-Type": content_type})


def test_a_refusal_in_an_answer_that_does_not_say_json_is_not_replayed(router: respx.MockRouter) -> None:
    """The token check reads only JSON answers: the errCode is the caller's typed error, and nothing is sent again."""
    from lansenger import AuthenticationError

    tokens = router.get("/v1/apptoken/create").respond(json=token("old"))
    send = router.post("/v1/bot/messages/create").mock(
        side_effect=[_not_json(b'{"errCode": 10004, "errMsg": "token expired"}'), httpx.Response(200, json=SENT)]
    )
    with (
        Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST) as client,
        pytest.raises(AuthenticationError),
    ):
        client.messages.send_text("staff-1", "once")
    assert (send.call_count, tokens.call_count) == (1, 1)


@pytest.mark.parametrize("content_type", ["text/html", "application/problem+json"])
def test_a_read_answered_with_something_else_than_json_is_not_retried(
    router: respx.MockRouter, content_type: str
) -> None:
    """A 200 that does not say JSON is no malformed JSON answer to retry, and response hooks see no body of it."""
    from lansenger import UnexpectedResponseError

    read = router.get(STAFF_PATH).mock(side_effect=[_not_json(b"<html>", content_type), httpx.Response(200)])
    seen: list[bytes] = []
    hooks = {"response": [lambda response: seen.append(response.content)]}
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST, event_hooks=hooks) as client:
        router.get("/v1/apptoken/create").respond(json=token())
        with pytest.raises(UnexpectedResponseError, match="not JSON"):
            client.staffs.fetch_staff("524288-1002")
    assert read.call_count == 1
    assert seen[-1] == b""


def test_a_retryable_errcode_in_an_answer_that_does_not_say_json_is_not_retried(router: respx.MockRouter) -> None:
    from lansenger import APIError

    router.get("/v1/apptoken/create").respond(json=token())
    read = router.get(STAFF_PATH).mock(
        side_effect=[_not_json(b'{"errCode": 10000, "errMsg": "busy"}'), httpx.Response(200, json=ok())]
    )
    policy = RetryPolicy(max_retries=2, backoff_base=0.0, retryable_codes=frozenset({10000}))
    with (
        Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=policy) as client,
        pytest.raises(APIError) as raised,
    ):
        client.staffs.fetch_staff("524288-1002")
    assert raised.value.err_code == 10000
    assert read.call_count == 1


@pytest.mark.anyio
async def test_async_answers_that_do_not_say_json_are_not_acted_on(router: respx.MockRouter) -> None:
    from lansenger import AuthenticationError, UnexpectedResponseError

    tokens = router.get("/v1/apptoken/create").respond(json=token())
    send = router.post("/v1/bot/messages/create").mock(
        side_effect=[_not_json(b'{"errCode": 10004, "errMsg": "token expired"}'), httpx.Response(200, json=SENT)]
    )
    read = router.get(STAFF_PATH).mock(side_effect=[_not_json(b"<html>", "text/html"), httpx.Response(200)])
    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=FAST) as client:
        with pytest.raises(AuthenticationError):
            await client.messages.send_text("staff-1", "once")
        with pytest.raises(UnexpectedResponseError, match="not JSON"):
            await client.staffs.fetch_staff("524288-1002")
    assert (send.call_count, read.call_count, tokens.call_count) == (1, 1, 1)
