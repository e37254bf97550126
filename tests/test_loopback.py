"""The client against the sandbox gateway over real loopback HTTP: tokens, concurrency, faults, streamed media."""

from __future__ import annotations

import hashlib
import threading
import tracemalloc
from pathlib import Path

import anyio
import pytest
from lansenger import APIConnectionError, AsyncLansenger, Lansenger, RetryPolicy
from lansenger.testing import Sandbox

BOT_SEND = "/v1/bot/messages/create"
FAST = RetryPolicy(max_retries=2, backoff_base=0.0, retry_after_cap=0.0)


def client_for(sandbox: Sandbox) -> Lansenger:
    return Lansenger("sandbox-app", "sandbox-secret", gateway_url=sandbox.url, retry_policy=FAST)


def sends(sandbox: Sandbox) -> int:
    return sum(1 for record in sandbox.state.requests if record[1] == BOT_SEND)


def test_send_upload_download_round_trip(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 512)
    with client_for(lansenger_sandbox) as client:
        sent = client.messages.send_text("524288-1001", "hello")
        media = client.media.upload(source)
        copy = tmp_path / "copy.pdf"
        client.media.download(media.media_id, to=copy)
        client.messages.send_file("524288-1001", source, caption="report")
    assert copy.read_bytes() == source.read_bytes()
    stored = lansenger_sandbox.state.media[media.media_id]
    assert (stored["filename"], stored["type"], stored["content_type"]) == ("report.pdf", "file", "application/pdf")
    messages = lansenger_sandbox.state.messages
    assert messages[0]["id"] == sent.msg_id
    assert messages[-1]["body"]["msgData"]["text"]["mediaType"] == 3
    assert lansenger_sandbox.state.token_requests == 1


@pytest.mark.anyio
async def test_200_concurrent_async_sends_with_an_expired_token_refresh_once(lansenger_sandbox: Sandbox) -> None:
    async with AsyncLansenger(
        "sandbox-app", "sandbox-secret", gateway_url=lansenger_sandbox.url, retry_policy=FAST
    ) as client:
        await client.messages.send_text("524288-1001", "warm up")
        lansenger_sandbox.expire_tokens()
        before = lansenger_sandbox.state.token_requests
        async with anyio.create_task_group() as group:
            for i in range(200):
                group.start_soon(client.messages.send_text, f"524288-{1001 + i % 7}", "hello")
    assert lansenger_sandbox.state.token_requests - before == 1
    assert len(lansenger_sandbox.state.messages) == 201


def test_50_threads_with_an_expired_token_refresh_once(lansenger_sandbox: Sandbox) -> None:
    errors: list[BaseException] = []
    with client_for(lansenger_sandbox) as client:
        client.messages.send_text("524288-1001", "warm up")
        lansenger_sandbox.expire_tokens()
        before = lansenger_sandbox.state.token_requests
        barrier = threading.Barrier(50)

        def work(i: int) -> None:
            barrier.wait()
            try:
                client.messages.send_text(f"524288-{1001 + i % 7}", "hello")
            except BaseException as error:  # collected and asserted below
                errors.append(error)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert lansenger_sandbox.state.token_requests - before == 1
    assert len(lansenger_sandbox.state.messages) == 51


def test_a_send_whose_connection_drops_after_arrival_is_not_repeated(lansenger_sandbox: Sandbox) -> None:
    with client_for(lansenger_sandbox) as client:
        client.app_token()
        lansenger_sandbox.fail_next(BOT_SEND, reset=True)
        with pytest.raises(APIConnectionError):
            client.messages.send_text("524288-1001", "exactly once or not at all")
    assert sends(lansenger_sandbox) == 1
    assert lansenger_sandbox.state.messages == []


def test_reads_ride_through_503_and_429(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    with client_for(lansenger_sandbox) as client:
        media = client.media.upload(source)
        path = f"/v1/medias/{media.media_id}/fetch"
        lansenger_sandbox.fail_next(path, status=503)
        lansenger_sandbox.fail_next(path, status=429, retry_after=1)
        assert client.media.fetch_media(media.media_id) == b"abc"
    assert sum(1 for record in lansenger_sandbox.state.requests if record[1] == path) == 3


def _file_of(size: int, path: Path) -> str:
    digest = hashlib.sha256()
    block = bytes(range(256)) * 4096  # 1 MiB
    with path.open("wb") as handle:
        for _ in range(size // len(block)):
            handle.write(block)
            digest.update(block)
    return digest.hexdigest()


def test_50_mb_upload_and_download_stream_with_flat_memory(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    size = 50 * 1024 * 1024
    source, copy = tmp_path / "big.bin", tmp_path / "copy.bin"
    expected = _file_of(size, source)
    with client_for(lansenger_sandbox) as client:
        client.app_token()
        tracemalloc.start()
        try:
            media = client.media.upload(source)
            _, upload_peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            client.media.download(media.media_id, to=copy)
            _, download_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert copy.stat().st_size == size
    digest = hashlib.sha256()
    with copy.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    assert digest.hexdigest() == expected
    # Both peaks include the in-process sandbox; a buffered transfer would peak above 50 MiB.
    assert upload_peak < 8 * 1024 * 1024, upload_peak
    assert download_peak < 8 * 1024 * 1024, download_peak
