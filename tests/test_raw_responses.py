"""`with_raw_response` and `with_streaming_response`: the HTTP details beside the typed result, on the wire."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, Lansenger, NotFoundError
from lansenger_api.models.bot_command_scope_type import BotCommandScopeType
from lansenger_api.models.staff_info import StaffInfo
from lansenger_api.raw import RawResponse, StreamedResponse

from tests._envelopes import GATEWAY, TOKEN, failed, ok
from tests._user_code import mypy_report, register

STAFF = "/v1/staffs/staff-1/fetch"
MEDIA = "/v1/medias/md-1/fetch"
HEADERS = {"x-request-id": "req-42", "x-extra": "yes"}
SCOPE: BotCommandScopeType = 1


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client


def test_raw_response_has_status_headers_request_id_and_the_typed_result(
    router: respx.MockRouter, client: Lansenger
) -> None:
    router.get(STAFF).respond(json=ok({"staffId": "staff-1", "name": "Ann"}), headers=HEADERS)
    raw = client.staffs.with_raw_response.fetch_staff("staff-1", extra_headers={"X-Trace": "t"})
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["x-extra"] == "yes" and raw.request_id == "req-42"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.headers["x-trace"] == "t"
    staff = raw.parse()
    assert isinstance(staff, StaffInfo) and staff.name == "Ann" and raw.parsed is staff
    assert staff == client.staffs.fetch_staff("staff-1")


def test_raw_response_repr_hides_the_query(router: respx.MockRouter, client: Lansenger) -> None:
    router.get(STAFF).respond(json=ok({"staffId": "staff-1"}))
    raw = client.staffs.with_raw_response.fetch_staff("staff-1", user_token="user-secret-token")
    assert raw.http_response.request.url.params["app_token"] == TOKEN
    assert repr(raw) == f"<RawResponse [200] GET {GATEWAY}{STAFF}>"
    assert TOKEN not in repr(raw) and "user-secret-token" not in repr(raw)


def test_errors_raise_as_usual(router: respx.MockRouter, client: Lansenger) -> None:
    router.get(STAFF).respond(json=failed(3104, "no such staff"), headers=HEADERS)
    with pytest.raises(NotFoundError) as raised:
        client.staffs.with_raw_response.fetch_staff("staff-1")
    assert raised.value.request_id == "req-42"


def test_an_operation_without_data_gives_none(router: respx.MockRouter, client: Lansenger) -> None:
    router.post("/v1/bot/commands/delete").respond(json=ok(), headers=HEADERS)
    raw = client.bots.with_raw_response.delete_bot_commands(scope_type=SCOPE)
    assert raw.parse() is None and raw.request_id == "req-42"


def test_raw_download_reads_the_bytes(router: respx.MockRouter, client: Lansenger) -> None:
    router.get(MEDIA).respond(content=b"\x89PNG-bytes", headers={**HEADERS, "content-type": "image/png"})
    raw = client.media.with_raw_response.fetch_media("md-1")
    assert raw.parse() == b"\x89PNG-bytes" and raw.request_id == "req-42"
    assert raw.headers["content-type"] == "image/png"


def test_streaming_response_does_not_read_the_body(router: respx.MockRouter, client: Lansenger) -> None:
    body = httpx.ByteStream(b"chunk-" * 1000)
    router.get(MEDIA).mock(return_value=httpx.Response(200, headers=HEADERS, stream=body))
    with client.media.with_streaming_response.fetch_media("md-1") as streamed:
        assert isinstance(streamed, StreamedResponse)
        assert streamed.status_code == 200 and streamed.request_id == "req-42"
        assert not streamed.http_response.is_stream_consumed
        assert b"".join(streamed.iter_bytes()) == b"chunk-" * 1000
    assert streamed.http_response.is_closed


def test_streaming_response_raises_an_error_envelope(router: respx.MockRouter, client: Lansenger) -> None:
    router.get(MEDIA).respond(json=failed(3104, "gone"))
    with pytest.raises(NotFoundError), client.media.with_streaming_response.fetch_media("md-1"):
        pytest.fail("an error answer must not be yielded")


def test_the_resource_itself_is_unchanged_by_a_raw_call(router: respx.MockRouter, client: Lansenger) -> None:
    router.get(STAFF).respond(json=ok({"staffId": "staff-1"}))
    client.staffs.with_raw_response.fetch_staff("staff-1")
    assert client.staffs._http is client.http_client
    assert isinstance(client.staffs.fetch_staff("staff-1"), StaffInfo)


def test_a_views_raw_responses_carry_its_options(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.get(STAFF).respond(json=ok({"staffId": "staff-1"}))
    raw = client.with_options(headers={"X-Tenant": "t"}).staffs.with_raw_response.fetch_staff("staff-1")
    assert raw.http_response.request.headers["x-tenant"] == "t" == route.calls.last.request.headers["x-tenant"]


@pytest.mark.anyio
async def test_async_raw_and_streaming_responses(router: respx.MockRouter) -> None:
    router.get(STAFF).respond(json=ok({"staffId": "staff-1", "name": "Ann"}), headers=HEADERS)
    router.get(MEDIA).mock(return_value=httpx.Response(200, headers=HEADERS, stream=httpx.ByteStream(b"abc")))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        raw = await client.staffs.with_raw_response.fetch_staff("staff-1", timeout=5.0)
        assert raw.request_id == "req-42" and raw.parse().name == "Ann"
        assert raw.http_response.request.extensions["timeout"]["read"] == 5.0
        async with client.media.with_streaming_response.fetch_media("md-1") as streamed:
            assert not streamed.http_response.is_stream_consumed
            assert await streamed.aread() == b"abc"
        downloaded = await client.media.with_raw_response.fetch_media("md-1")
        assert downloaded.parse() == b"abc"


USER_CODE = register(
    "raw_user",
    """
from lansenger import AsyncLansenger, Lansenger

def sync_user(client: Lansenger) -> None:
    raw = client.staffs.with_raw_response.fetch_staff("staff-1", timeout=3.0)
    reveal_type(raw.parse())
    reveal_type(raw.request_id)
    with client.media.with_streaming_response.fetch_media("md-1") as streamed:
        reveal_type(streamed)
    client.staffs.with_raw_response.fetch_staff(42)
    client.with_options(max_retries=0).staffs.fetch_staff("staff-1", extra_query={"lang": "en"})

async def async_user(client: AsyncLansenger) -> None:
    raw = await client.staffs.with_raw_response.fetch_staff("staff-1")
    reveal_type(raw.parsed)
    download = await client.media.with_raw_response.fetch_media("md-1")
    reveal_type(download.parse())
""",
)


@pytest.mark.slow
def test_mypy_knows_the_parsed_type() -> None:
    lines = [line.split(": ", 1)[1] for line in mypy_report(USER_CODE)]
    out = "\n".join(lines)
    assert 'note: Revealed type is "lansenger_api.models.staff_info.StaffInfo"' in lines, out
    assert 'note: Revealed type is "str | None"' in lines, out
    assert 'note: Revealed type is "lansenger_api.raw.StreamedResponse"' in lines, out
    assert 'note: Revealed type is "bytes"' in lines, out
    assert sum("StaffInfo" in line for line in lines) == 2, out
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1 and 'incompatible type "int"; expected "str"' in errors[0], out
