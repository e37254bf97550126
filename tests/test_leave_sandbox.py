"""Leave and overtime end to end: the SDK against the sandbox over real loopback HTTP, attachments PUT included."""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from lansenger import (
    AsyncLansenger,
    InternalServerError,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
)
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, STAFF
from lansenger.testing._presigned_bucket import bucket
from lansenger.testing._routes_leave import APPROVED, REJECTED, attendance
from lansenger_api.models import QingjiaApplyForm, QingjiaApplyQuery, QingjiaLeavePeriod
from lansenger_api.types import UNSET

ADA, GRACE, ALAN, EDSGER, _, MARY = list(STAFF)[:6]
HOUR = 3_600_000
MONDAY_9 = 1748221200000  # 2025-05-26 09:00 +08:00, epoch ms
SHARED_TLS = ssl.create_default_context()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    transport = httpx.HTTPTransport(verify=SHARED_TLS)
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport) as lansenger:
        yield lansenger


def leave(client: Lansenger, start: int, hours: int, type_code: str = "annual", **options: Any) -> str:
    form = QingjiaApplyForm(start_time=start, end_time=start + hours * HOUR, type_code=type_code)
    options.setdefault("staff_id", ADA)
    return client.qingjia.create_leave_application(cmc_code="QJ-ENG", is_leave_back=False, apply_vo=form, **options)


def annual_balance(client: Lansenger, staff_id: str = ADA) -> float:
    balance = client.qingjia.fetch_leave_balance(
        org_id=ORG_ID, cmc_code="QJ-ENG", type_code="annual", staff_id=staff_id
    )
    assert [item.type_code for item in balance.balance_list] == ["annual"]
    return float(balance.balance_list[0].balance)


def test_the_rules_a_staff_member_works_under(client: Lansenger) -> None:
    configs = client.qingjia.list_leave_rule_configs(org_id=ORG_ID, staff_id=MARY)
    assert [config.cmc_code for config in configs] == ["QJ-SALES"]
    assert [c.cmc_code for c in client.qingjia.list_leave_rule_configs()] == ["QJ-ENG", "QJ-SALES"]
    assert [g.group_code for g in client.qingjia.list_leave_attendance_groups(org_id=ORG_ID)] == ["G-ENG", "G-SALES"]
    groups = client.qingjia.list_leave_attendance_groups(org_id=ORG_ID, staff_id=ALAN)
    assert [(g.group_code, g["groupName"]) for g in groups] == [("G-ENG", "Engineering")]
    types = client.qingjia.list_leave_types(cmc_code="QJ-ENG")
    assert [t.type_code for t in types] == ["annual", "sick", "personal"]

    day = client.qingjia.calculate_leave_duration(
        cmc_code="QJ-ENG", times_vo=QingjiaLeavePeriod(begin_time=MONDAY_9, end_time=MONDAY_9 + 8 * HOUR)
    )
    assert (day.effective_hours, day.effective_days, day.time_str, day.type_code) == (8, 1, "1天", UNSET)
    morning = client.qingjia.calculate_leave_duration(
        cmc_code="QJ-ENG",
        times_vo=QingjiaLeavePeriod(begin_time=MONDAY_9, end_time=MONDAY_9 + 4 * HOUR, type_code="sick"),
        staff_id=GRACE,
    )
    assert (morning.effective_days, morning.time_str, morning.type_code) == (0.5, "4小时", "sick")
    assert morning.effective_timestamp == 4 * HOUR and morning.apply_start_time == MONDAY_9

    balance = client.qingjia.fetch_leave_balance(org_id=ORG_ID, cmc_code="QJ-ENG", staff_id=GRACE)
    assert (balance.staff_id, balance.name, balance.dep_name) == (GRACE, "Grace Hopper", "Engineering")
    assert [(b.type_code, b.balance) for b in balance.balance_list] == [("annual", 5.0), ("sick", 10.0)]


def test_leave_lifecycle_with_balance_and_leave_back(sandbox: Sandbox, client: Lansenger) -> None:
    records = attendance(sandbox.state)
    first = leave(client, MONDAY_9, 48)  # two days
    second = leave(client, MONDAY_9 + 7 * 24 * HOUR, 24)
    with pytest.raises(InvalidRequestError, match="only 2 available"):
        leave(client, MONDAY_9 + 14 * 24 * HOUR, 72)  # 3 days while 3 of 5 wait for approval

    records.decide(first, approved=True)
    records.decide(second, approved=False)
    assert annual_balance(client) == 3.0
    assert records.application(second).status == REJECTED

    back = client.qingjia.create_leave_application(
        cmc_code="QJ-ENG",
        is_leave_back=True,
        apply_vo=QingjiaApplyForm(start_time=MONDAY_9 + 24 * HOUR, end_time=MONDAY_9 + 48 * HOUR, type_code="annual"),
        staff_id=ADA,
    )
    assert records.decide(back, approved=True).status == APPROVED
    assert annual_balance(client) == 4.0

    everything = client.qingjia.list_leave_applications(cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(), staff_id=ADA)
    assert [item["applyId"] for item in everything.result] == [back, second, first]
    assert [item["status"] for item in everything.result] == ["approved", "rejected", "approved"]
    backs = client.qingjia.list_leave_applications(
        cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(), is_diss=True, staff_id=ADA
    )
    assert [item["applyId"] for item in backs.result] == [back]
    assert backs.result[0]["isLeaveBack"] is True and backs.result[0]["effectiveDays"] == 1.0


def test_leave_pages_honour_page_size_and_the_user_token(sandbox: Sandbox, client: Lansenger) -> None:
    grace = sandbox.user_token(GRACE)
    ids = [leave(client, MONDAY_9 + n * 24 * HOUR, 1, "personal", user_token=grace, staff_id=GRACE) for n in range(5)]
    leave(client, MONDAY_9, 1, "personal", staff_id=ALAN)

    pages = [
        client.qingjia.list_leave_applications(
            cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(page_no=number, page_size=2), user_token=grace
        )
        for number in (1, 2, 3, 4)
    ]
    assert [(p.page_no, p.pages, p.total, p.has_next_page) for p in pages] == [
        (1, 3, 5, True),
        (2, 3, 5, True),
        (3, 3, 5, False),
        (4, 3, 5, False),
    ]
    assert [item["applyId"] for page in pages for item in page.result] == ids[::-1]
    assert pages[0].last_key == ids[3] and pages[3].result == []
    query = QingjiaApplyQuery(page_size=2)
    walked = client.qingjia.iter_list_leave_applications(cmc_code="QJ-ENG", query_vo=query, user_token=grace)
    assert [item["applyId"] for item in walked] == ids[::-1]
    assert query.page_no == 1, "the walk pages on copies of the caller's query"
    everyone = client.qingjia.list_leave_applications(cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(page_size=50))
    assert everyone.total == 6


def test_leave_attachment_upload_over_a_real_put(sandbox: Sandbox, client: Lansenger, tmp_path: Path) -> None:
    note = tmp_path / "sick-note.jpg"
    note.write_bytes(bytes(range(256)) * 1000)
    md5 = hashlib.md5(note.read_bytes()).hexdigest()

    url = client.qingjia.create_leave_upload_url(file_name=note.name, md5=md5, size=note.stat().st_size, staff_id=ADA)
    assert url.startswith(sandbox.url + "/sandbox/bucket/qingjia-") and "Signature=" in url
    receipt = client.qingjia.upload_leave_attachment(url, note, md5=md5)
    assert (receipt.http_status, receipt.bytes_sent) == (200, 256_000)

    [stored] = bucket(sandbox.state).objects("qingjia")
    assert (stored.file_name, stored.owner, stored.size) == ("sick-note.jpg", ADA, 256_000)
    assert bucket(sandbox.state).content(stored.object_id) == note.read_bytes()
    puts = [(method, keys) for method, path, keys in sandbox.state.requests if path.startswith("/sandbox/bucket/")]
    assert puts == [("PUT", ["AccessKeyId", "Expires", "Signature"])]  # no app_token, no user_token


def test_the_bucket_refuses_what_a_real_store_refuses(sandbox: Sandbox, client: Lansenger) -> None:
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


def test_overtime_lifecycle(sandbox: Sandbox, client: Lansenger) -> None:
    assert [c.cmc_code for c in client.jiaban.list_overtime_rule_configs(org_id=ORG_ID, staff_id=ALAN)] == ["JB-ENG"]
    [group] = client.jiaban.list_overtime_attendance_groups(staff_id=MARY, org_id=ORG_ID)
    assert group.group_code == "G-SALES"
    duration = client.jiaban.calculate_overtime_duration(
        cmc_code="JB-ENG", begin_time=MONDAY_9 + 9 * HOUR, end_time=MONDAY_9 + 12 * HOUR + HOUR // 2, group_code="G-ENG"
    )
    assert duration == 3.5

    apply_id = client.jiaban.create_overtime_application(
        cmc_code="JB-ENG",
        applyer_id=ALAN,
        start_time=MONDAY_9 + 9 * HOUR,
        end_time=MONDAY_9 + 12 * HOUR,
        memo="Release night",
        approve_ids=[EDSGER],
        overtime_type=1,
        apply_type=2,
    )
    second = client.jiaban.create_overtime_application(
        cmc_code="JB-ENG",
        applyer_id=ALAN,
        start_time=MONDAY_9 + 33 * HOUR,
        end_time=MONDAY_9 + 35 * HOUR,
        memo="Hotfix",
        approve_ids=[EDSGER, ADA],
        overtime_type=2,
        apply_type=1,
        extra_body={"compensation": "leave-in-lieu"},  # a key of the platform SDK's free-form apply_vo
    )

    records = attendance(sandbox.state)
    with pytest.raises(ValueError, match="not an approver"):
        records.decide(apply_id, approved=True, approver=GRACE)
    assert records.decide(apply_id, approved=True, approver=EDSGER).status == APPROVED
    with pytest.raises(ValueError, match="already approved"):
        records.decide(apply_id, approved=False)

    page = client.jiaban.list_overtime_applications(cmc_code="JB-ENG", page_size=1, creator_id=ALAN)
    assert (page.total, page.pages, page.has_next_page) == (2, 2, True)
    [newest] = page.result
    assert (newest["applyId"], newest["compensation"], newest["duration"]) == (second, "leave-in-lieu", 2.0)
    last = client.jiaban.list_overtime_applications(cmc_code="JB-ENG", page_no=2, page_size=1, creator_id=ALAN)
    assert [(item["applyId"], item["status"]) for item in last.result] == [(apply_id, "approved")]
    walked = client.jiaban.iter_list_overtime_applications(cmc_code="JB-ENG", page_size=1, creator_id=ALAN)
    assert [item["applyId"] for item in walked] == [second, apply_id]
    assert client.jiaban.list_overtime_applications(cmc_code="JB-ENG", creator_id=ADA).total == 0


def test_refusals_record_nothing(sandbox: Sandbox, client: Lansenger) -> None:
    with pytest.raises(InvalidRequestError, match="unknown rule configuration"):
        client.qingjia.list_leave_types(cmc_code="QJ-NOPE")
    with pytest.raises(NotFoundError):
        leave(client, MONDAY_9, 8, staff_id="524288-9999")
    with pytest.raises(InvalidRequestError, match="not in attendance group G-SALES"):
        client.qingjia.create_leave_application(
            cmc_code="QJ-SALES", is_leave_back=False, apply_vo=QingjiaApplyForm(start_time=MONDAY_9), staff_id=ADA
        )
    with pytest.raises(InvalidRequestError, match="staffId: required without a user_token"):
        client.qingjia.create_leave_application(
            cmc_code="QJ-ENG", is_leave_back=False, apply_vo=QingjiaApplyForm(start_time=MONDAY_9)
        )
    with pytest.raises(InvalidRequestError, match="applyVO: must not be empty"):
        client.qingjia.create_leave_application(
            cmc_code="QJ-ENG", is_leave_back=False, apply_vo=QingjiaApplyForm(), staff_id=ADA
        )
    with pytest.raises(InvalidRequestError, match="endTime: must be after"):
        client.jiaban.calculate_overtime_duration(cmc_code="JB-ENG", begin_time=MONDAY_9, end_time=MONDAY_9)
    with pytest.raises(NotFoundError):
        client.jiaban.create_overtime_application(
            cmc_code="JB-ENG",
            applyer_id=ALAN,
            start_time=MONDAY_9,
            end_time=MONDAY_9 + HOUR,
            memo="m",
            approve_ids=["524288-9999"],
            overtime_type=1,
            apply_type=1,
        )
    with pytest.raises(InvalidRequestError, match="unknown organisation"):
        client.qingjia.list_leave_attendance_groups(org_id="999")
    assert client.qingjia.list_leave_applications(cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery()).total == 0
    assert client.jiaban.list_overtime_applications(cmc_code="JB-ENG").total == 0


async def _chunks(content: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(content), 50_000):
        yield content[start : start + 50_000]


@pytest.mark.anyio
async def test_async_overtime_with_a_streamed_attachment(sandbox: Sandbox) -> None:
    content = hashlib.sha256(b"seed").digest() * 20_000  # 640 KB
    md5 = hashlib.md5(content).hexdigest()
    transport = httpx.AsyncHTTPTransport(verify=SHARED_TLS)
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport) as c:
        token = sandbox.user_token(MARY)
        url = await c.jiaban.create_overtime_upload_url(
            file_name="log.bin", md5=md5, size=len(content), org_id=ORG_ID, user_token=token
        )
        receipt = await c.jiaban.upload_overtime_attachment(url, _chunks(content), md5=md5, size=len(content))
        assert receipt.bytes_sent == len(content)
        [config] = await c.jiaban.list_overtime_rule_configs(org_id=ORG_ID, staff_id=MARY)
        apply_id = await c.jiaban.create_overtime_application(
            cmc_code=config.cmc_code,
            applyer_id=MARY,
            start_time=MONDAY_9,
            end_time=MONDAY_9 + 2 * HOUR,
            memo="Quarter close",
            approve_ids=[ADA],
            overtime_type=1,
            apply_type=1,
            user_token=token,
        )
        page = await c.jiaban.list_overtime_applications(cmc_code="JB-SALES", user_token=token)
    [stored] = bucket(sandbox.state).objects("jiaban")
    assert stored.owner == MARY and bucket(sandbox.state).content(stored.object_id) == content
    assert [item["applyId"] for item in page.result] == [apply_id]
