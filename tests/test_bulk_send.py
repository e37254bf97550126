"""Bulk sends against the sandbox over loopback: chunks of the spec's size, per-recipient results, at most one send
per chunk, resuming from the progress kept in the token store's backend (file, real Redis), and rate limits."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import pytest
import redis
from lansenger import (
    AsyncLansenger,
    BulkProgress,
    BulkSendReport,
    FileTokenStore,
    Lansenger,
    RateLimitError,
    RedisTokenBucket,
    RedisTokenStore,
    StoreError,
    TokenBucket,
)
from lansenger.testing import Sandbox
from lansenger_api.errors import ErrorCode, InvalidArgumentError
from lansenger_api.models.app_article import AppArticle

ORG = "524288"
ADA, GRACE, ALAN = f"{ORG}-1001", f"{ORG}-1002", f"{ORG}-1003"
BOT_PATH = "/v1/bot/messages/create"


def staff_with_strangers() -> list[str]:
    """2,100 ids, one known staff member at the head of each 1,000-id chunk the spec's limit makes."""
    ids = [f"stranger-{number}" for number in range(2097)]
    for position, staff in zip((0, 1000, 2000), (ADA, GRACE, ALAN), strict=True):
        ids.insert(position, staff)
    return ids


def bot_sends(sandbox: Sandbox) -> list[dict[str, Any]]:
    return [record["body"] for record in sandbox.state.messages if record["path"] == BOT_PATH]


@pytest.fixture
def client(lansenger_sandbox: Sandbox) -> Iterator[Lansenger]:
    with Lansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, max_retries=0
    ) as built:
        yield built


def test_staff_go_in_chunks_of_the_specs_size_with_a_result_each(client: Lansenger, lansenger_sandbox: Sandbox) -> None:
    progress: list[BulkProgress] = []

    report = client.messages.send_many(
        "Release 7 is out", staff_ids=staff_with_strangers(), on_progress=progress.append
    )

    assert [len(body["userIdList"]) for body in bot_sends(lansenger_sandbox)] == [1000, 1000, 100]
    assert [result.recipient for result in report.delivered] == [ADA, GRACE, ALAN]
    assert all(result.msg_id for result in report.delivered)
    assert len(report.invalid) == 2097 and report.complete
    assert [(step.chunks_done, step.chunks_total, len(step.results)) for step in progress] == [
        (1, 3, 1000),
        (2, 3, 1000),
        (3, 3, 100),
    ]


def test_departments_and_groups_have_their_own_calls(client: Lansenger, lansenger_sandbox: Sandbox) -> None:
    group = client.groups.create_group(
        name="Launch", org_id=ORG, staff_id_list=[GRACE], user_token=lansenger_sandbox.user_token(ADA)
    ).group_id
    assert isinstance(group, str)

    report = client.messages.send_many(
        "standup in 5", department_ids=[f"{ORG}-1", f"{ORG}-99"], group_ids=[group, "no-such-group", group]
    )

    assert [(r.recipient, r.kind, r.status) for r in report.results] == [
        (f"{ORG}-1", "department", "delivered"),
        (f"{ORG}-99", "department", "invalid"),
        (group, "group", "delivered"),
        ("no-such-group", "group", "failed"),
    ]
    assert f"errCode {ErrorCode.NOT_FOUND}" in (report.failed[0].error or "")
    assert not report.complete


def test_a_chunk_whose_outcome_is_unknown_is_never_sent_again(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    """A connection cut after the request left: reported unknown, and not resent when the job runs again."""
    store = FileTokenStore(tmp_path / "state.json")
    lansenger_sandbox.fail_next(BOT_PATH, reset=True)
    with Lansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, token_store=store
    ) as client:
        first = client.messages.send_many("hi", staff_ids=staff_with_strangers(), job_id="digest-1")
        again = client.messages.send_many("hi", staff_ids=staff_with_strangers(), job_id="digest-1")

    assert {result.status for result in first.results[:1000]} == {"unknown"}
    assert [result.recipient for result in first.delivered] == [GRACE, ALAN]
    assert again == first
    assert [body["userIdList"][0] for body in bot_sends(lansenger_sandbox)] == [GRACE, ALAN]
    assert not (tmp_path / "bulk_jobs").stat().st_mode & 0o077


@pytest.mark.parametrize(
    "fault", [{"reset": True}, {"malformed_json": True}, {"status": 502}], ids=["reset", "unreadable", "gateway"]
)
def test_an_answer_that_hides_the_outcome_makes_it_unknown(
    client: Lansenger, lansenger_sandbox: Sandbox, fault: dict[str, Any]
) -> None:
    """The request may have been processed: never reported failed (which invites a resend)."""
    lansenger_sandbox.fail_next(BOT_PATH, **fault)

    report = client.messages.send_many("hi", staff_ids=[ADA])

    assert [result.status for result in report.results] == ["unknown"]
    assert not report.complete


def test_a_job_resumes_after_a_crash_from_its_cursor(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    """The process dies after the first chunk (here: the progress callback raises); a new client finishes the job
    with the chunks not yet sent, and reports the first chunk from the saved progress."""

    def crash(step: BulkProgress) -> None:
        raise KeyboardInterrupt

    def client() -> Lansenger:
        store = FileTokenStore(tmp_path / "state.json")
        return Lansenger(
            lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, token_store=store
        )

    with client() as first, pytest.raises(KeyboardInterrupt):
        first.messages.send_many("hi", staff_ids=staff_with_strangers(), job_id="digest-2", on_progress=crash)
    with client() as second:
        report = second.messages.send_many("hi", staff_ids=staff_with_strangers(), job_id="digest-2")

    assert [body["userIdList"][0] for body in bot_sends(lansenger_sandbox)] == [ADA, GRACE, ALAN]
    assert [result.recipient for result in report.delivered] == [ADA, GRACE, ALAN]


def test_a_job_id_is_bound_to_its_recipients_and_message(client: Lansenger) -> None:
    client.messages.send_many("hi", staff_ids=[ADA], job_id="bound")

    with pytest.raises(StoreError, match="use a new job id"):
        client.messages.send_many("hi", staff_ids=[GRACE], job_id="bound")
    with pytest.raises(StoreError, match="use a new job id"):
        client.messages.send_many("hello", staff_ids=[ADA], job_id="bound")


def test_progress_in_redis_resumes_in_another_process(lansenger_sandbox: Sandbox, redis_url: str) -> None:
    prefix = f"test-{uuid.uuid4().hex}:"

    def client() -> Lansenger:
        return Lansenger(
            lansenger_sandbox.app_id,
            lansenger_sandbox.app_secret,
            gateway_url=lansenger_sandbox.url,
            token_store=RedisTokenStore(redis_url, prefix=prefix),
        )

    with client() as first:
        first.messages.send_many("hi", staff_ids=[ADA, GRACE], job_id="redis-job")
    with client() as second:
        report = second.messages.send_many("hi", staff_ids=[ADA, GRACE], job_id="redis-job")

    assert len(bot_sends(lansenger_sandbox)) == 1
    assert [result.status for result in report.results] == ["delivered", "delivered"]
    keys = [key.decode() for key in redis.Redis.from_url(redis_url).keys(f"{prefix}*bulk:redis-job")]
    assert len(keys) == 1 and keys[0].startswith(f"{prefix}sandbox-app@")


def test_workers_running_one_job_send_each_chunk_once(lansenger_sandbox: Sandbox, redis_url: str) -> None:
    """Each chunk is claimed atomically in Redis before it goes out, whatever the interleaving of the workers."""
    prefix = f"test-{uuid.uuid4().hex}:"

    def work(_: int) -> BulkSendReport:
        store = RedisTokenStore(redis_url, prefix=prefix)
        with Lansenger(
            lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, token_store=store
        ) as client:
            return client.messages.send_many("hi", staff_ids=staff_with_strangers(), job_id="shared")

    with ThreadPoolExecutor(3) as pool:
        reports = list(pool.map(work, range(3)))

    assert sorted(body["userIdList"][0] for body in bot_sends(lansenger_sandbox)) == [ADA, GRACE, ALAN]
    assert all(len(report.results) == 2100 and not report.failed for report in reports)


def test_a_rate_limited_chunk_waits_and_goes_once(client: Lansenger, lansenger_sandbox: Sandbox) -> None:
    """HTTP 429 means the platform refused the request: the chunk is sent again after the pause it asked for."""
    lansenger_sandbox.fail_next(BOT_PATH, status=429, retry_after=0, times=2)
    limiter = TokenBucket(1000, burst=10)

    report = client.messages.send_many("hi", staff_ids=[ADA], rate_limiter=limiter)

    assert [result.status for result in report.results] == ["delivered"]
    assert len(bot_sends(lansenger_sandbox)) == 1


def test_a_chunk_refused_as_rate_limited_too_often_fails(client: Lansenger, lansenger_sandbox: Sandbox) -> None:
    lansenger_sandbox.fail_next(BOT_PATH, status=429, retry_after=0, times=6)

    report = client.messages.send_many("hi", staff_ids=[ADA])

    assert [result.status for result in report.results] == ["failed"]
    assert "too many requests" in (report.failed[0].error or "")
    assert bot_sends(lansenger_sandbox) == []


def test_the_sandbox_rate_limits_like_a_busy_gateway(client: Lansenger, lansenger_sandbox: Sandbox) -> None:
    lansenger_sandbox.limit_rate(BOT_PATH, per_second=0.01, burst=2)
    client.messages.send_text(ADA, "one")
    client.messages.send_text(ADA, "two")

    with pytest.raises(RateLimitError) as limited:
        client.messages.send_text(ADA, "three")

    assert limited.value.http_status == 429
    assert limited.value.retry_after == 100
    assert len(bot_sends(lansenger_sandbox)) == 2


def test_a_token_bucket_books_slots_at_its_rate() -> None:
    now = [100.0]
    bucket = TokenBucket(2, burst=3, clock=lambda: now[0])

    assert [bucket.reserve() for _ in range(5)] == [0.0, 0.0, 0.0, 0.5, 1.0]
    now[0] += 10
    bucket.back_off(4)
    assert bucket.reserve() == 4.0


def test_a_redis_token_bucket_is_shared_by_every_limiter_on_its_key(redis_url: str) -> None:
    key = f"test-rate-{uuid.uuid4().hex}"
    one = RedisTokenBucket(1, burst=1, url=redis_url, key=key)
    other = RedisTokenBucket(1, burst=1, client=redis.Redis.from_url(redis_url), key=key)

    assert one.reserve() == 0.0
    assert 0.9 < other.reserve() <= 1.0
    other.back_off(30)
    assert 29.9 < one.reserve() <= 30.0


@pytest.mark.parametrize(
    ("arguments", "mentioning"),
    [
        ({}, "needs recipients"),
        ({"staff_ids": ADA}, "not a single string"),
        ({"staff_ids": [ADA, ""]}, "non-empty string ids"),
        ({"staff_ids": [ADA], "channel": "sms"}, "channel"),
        ({"staff_ids": [ADA], "job_id": ""}, "job_id"),
        ({"staff_ids": [ADA], "job_id": "x\n"}, "job_id"),
        (
            {"staff_ids": [ADA], "message": [AppArticle(img_url="i", title="t", url="u")], "channel": "account"},
            "does not send appArticles",
        ),
        ({"staff_ids": [ADA], "message": "x" * 6001}, "6000"),
    ],
)
def test_bad_bulk_arguments_are_refused_before_sending(
    client: Lansenger, lansenger_sandbox: Sandbox, arguments: dict[str, Any], mentioning: str
) -> None:
    message = arguments.pop("message", "hi")
    with pytest.raises(InvalidArgumentError, match=mentioning):
        client.messages.send_many(message, **arguments)
    assert lansenger_sandbox.state.messages == []


def test_async_bulk_sends_share_the_logic(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    async def main() -> Any:
        async with AsyncLansenger(
            lansenger_sandbox.app_id,
            lansenger_sandbox.app_secret,
            gateway_url=lansenger_sandbox.url,
            token_store=FileTokenStore(tmp_path / "state.json"),
        ) as client:
            limiter = TokenBucket(1000, burst=5)
            first = await client.messages.send_many(
                "hi", staff_ids=staff_with_strangers(), job_id="async-job", rate_limiter=limiter
            )
            again = await client.messages.send_many("hi", staff_ids=staff_with_strangers(), job_id="async-job")
            return first, again

    first, again = anyio.run(main)
    assert [result.recipient for result in first.delivered] == [ADA, GRACE, ALAN]
    assert again == first
    assert len(bot_sends(lansenger_sandbox)) == 3
    files = list((tmp_path / "bulk_jobs").glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["chunks"].keys() == {"0", "1", "2"}
