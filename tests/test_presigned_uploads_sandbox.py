"""Leave and overtime attachments end to end: an upload URL from the sandbox, then a real PUT to its bucket."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from lansenger import (
    AsyncLansenger,
    InternalServerError,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    PermissionDeniedError,
)
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, STAFF
from lansenger.testing._presigned_bucket import bucket

ADA, *_, MARY = list(STAFF)[:6]


def test_leave_attachment_upload_over_a_real_put(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger, tmp_path: Path
) -> None:
    note = tmp_path / "sick-note.jpg"
    note.write_bytes(bytes(range(256)) * 1000)
    md5 = hashlib.md5(note.read_bytes()).hexdigest()

    url = lansenger_client.qingjia.create_leave_upload_url(
        file_name=note.name, md5=md5, size=note.stat().st_size, staff_id=ADA
    )
    assert url.startswith(lansenger_sandbox.url + "/sandbox/bucket/qingjia-") and "Signature=" in url
    receipt = lansenger_client.qingjia.upload_leave_attachment(url, note, md5=md5)
    assert (receipt.http_status, receipt.bytes_sent) == (200, 256_000)

    [stored] = bucket(lansenger_sandbox.state).objects("qingjia")
    assert (stored.file_name, stored.owner, stored.size) == ("sick-note.jpg", ADA, 256_000)
    assert bucket(lansenger_sandbox.state).content(stored.object_id) == note.read_bytes()
    puts = [(m, keys) for m, path, keys in lansenger_sandbox.state.requests if path.startswith("/sandbox/bucket/")]
    assert puts == [("PUT", ["AccessKeyId", "Expires", "Signature"])]  # no app_token, no user_token


def test_the_bucket_refuses_what_a_real_store_refuses(lansenger_sandbox: Sandbox, lansenger_client: Lansenger) -> None:
    sandbox, client = lansenger_sandbox, lansenger_client
    content = b"overtime evidence"
    md5 = hashlib.md5(content).hexdigest()
    url = client.jiaban.create_overtime_upload_url(file_name="e.txt", md5=md5, size=len(content), org_id=ORG_ID)
    store = bucket(sandbox.state)
    [slot] = store.objects("jiaban")

    with pytest.raises(PermissionDeniedError, match="SignatureDoesNotMatch") as tampered:
        client.jiaban.upload_overtime_attachment(url + "&acl=public-read", content, md5=md5)
    assert url.partition("Signature=")[2] not in str(tampered.value)
    with pytest.raises(InvalidArgumentError, match="carries an SDK credential") as refused:
        client.jiaban.upload_overtime_attachment(url + "&app_token=stolen", content, md5=md5)
    assert "stolen" not in str(refused.value) and url.partition("Signature=")[2] not in str(refused.value)
    with pytest.raises(PermissionDeniedError, match="SignatureDoesNotMatch"):
        client.jiaban.upload_overtime_attachment(url, content, md5=hashlib.md5(b"other").hexdigest())
    with pytest.raises(InvalidRequestError, match="BadDigest"):
        client.jiaban.upload_overtime_attachment(url, b"overtime evidencE", md5=md5)
    with (
        httpx.Client(headers={"Authorization": "Bearer x"}) as leaky,
        pytest.raises(InvalidRequestError, match="InvalidArgument"),
    ):
        client.jiaban.upload_overtime_attachment(url, content, md5=md5, http_client=leaky)
    with pytest.raises(KeyError):
        store.content(slot.object_id)  # nothing was kept from the refused uploads

    sandbox.fail_next(url.partition("?")[0].removeprefix(sandbox.url), status=503)
    with pytest.raises(InternalServerError, match="HTTP 503"):
        client.jiaban.upload_overtime_attachment(url, content, md5=md5)
    assert client.jiaban.upload_overtime_attachment(url, content, md5=md5).bytes_sent == len(content)
    assert store.content(slot.object_id) == content


async def _chunks(content: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(content), 65_536):
        yield content[start : start + 65_536]


@pytest.mark.anyio
async def test_async_overtime_attachment_streamed_under_a_user_token(lansenger_sandbox: Sandbox) -> None:
    sandbox = lansenger_sandbox
    content = hashlib.sha256(b"seed").digest() * 20_000  # 640 KB
    md5 = hashlib.md5(content).hexdigest()
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        url = await client.jiaban.create_overtime_upload_url(
            file_name="log.bin", md5=md5, size=len(content), org_id=ORG_ID, user_token=sandbox.user_token(MARY)
        )
        receipt = await client.jiaban.upload_overtime_attachment(url, _chunks(content), md5=md5, size=len(content))
    assert receipt.bytes_sent == len(content)
    [stored] = bucket(sandbox.state).objects("jiaban")
    assert stored.owner == MARY and bucket(sandbox.state).content(stored.object_id) == content


def test_an_upload_url_request_breaking_the_spec_is_refused_before_the_bucket(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    with httpx.Client(base_url=lansenger_sandbox.url) as raw:
        answer = raw.post(
            "/xtra/jiaban/server/openapi/v2/upload",
            params={"app_token": lansenger_client.app_token()},
            json={"fileName": "e.txt", "md5": "x", "size": -1, "orgId": ORG_ID},
        ).json()
    assert answer["errCode"] == 40001 and "size" in answer["errMsg"]
    assert bucket(lansenger_sandbox.state).objects() == []
