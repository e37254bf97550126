"""Leave (qingjia) and overtime (jiaban) operations as the platform receives them, the typed answers they return,
the input they refuse before sending, and the attachment PUT to a presigned URL."""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import (
    APIConnectionError,
    APITimeoutError,
    AsyncLansenger,
    InternalServerError,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
)
from lansenger._presigned_upload import _plan, _sync_body, _Tally
from lansenger_api.api.jiaban import create_overtime_application as submit_module
from lansenger_api.errors import ErrorCode
from lansenger_api.models import (
    JiabanApplyPage,
    JiabanApplyRequest,
    JiabanAttendanceGroup,
    JiabanRuleConfig,
    QingjiaApplyForm,
    QingjiaApplyPage,
    QingjiaApplyQuery,
    QingjiaAttendanceGroup,
    QingjiaBalance,
    QingjiaLeaveDuration,
    QingjiaLeavePeriod,
    QingjiaLeaveType,
    QingjiaRuleConfig,
)

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

QINGJIA = "/xtra/qingjia/server/openapi/v2"
JIABAN = "/xtra/jiaban/server/openapi/v2"
ORG = "524288"
ADA, GRACE, EDSGER = "524288-1001", "524288-1002", "524288-1004"
USER_TOKEN = "ut-7c1e"
DAY_START, DAY_END = 1748221200000, 1748250000000  # 2025-05-26 09:00-17:00 +08:00, epoch ms
PRESIGNED = (
    "https://attach.oss.example.test/jiaban/2025/a1b2/report.pdf"
    "?AccessKeyId=LTAI5tExample&Expires=1748254000&Signature=q7%2FzK0w9mXv3Hc4pR8sT2uYbN1eA%3D"
)
SIGNATURE = "q7%2FzK0w9mXv3Hc4pR8sT2uYbN1eA%3D"
MD5 = "5d41402abc4b2a76b9719d911017c592"


def _page(items: list[dict[str, Any]], **paging: Any) -> dict[str, Any]:
    return {
        "pageNo": 2,
        "pageSize": 2,
        "pages": 3,
        "total": 5,
        "result": items,
        "hasNextPage": True,
        "extAttributes": {"sort": "createTime desc"},
        "lastKey": "QJ000003",
        **paging,
    }


LEAVE_ITEMS = [
    {"applyId": "QJ000004", "typeCode": "annual", "status": 1, "applyVO": {"startTime": DAY_START}},
    {"applyId": "QJ000003", "typeCode": "sick", "status": 2},
]
OVERTIME_ITEMS = [{"applyId": "JB000009", "duration": 3.5, "approveIds": [EDSGER]}]


def _rule_configs(kind: type, codes: list[str]) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert all(isinstance(item, kind) for item in result)
        assert [item.cmc_code for item in result] == codes
        assert result[0]["version"] == 3

    return check


def _leave_duration(result: Any) -> None:
    assert isinstance(result, QingjiaLeaveDuration)
    assert result.type_code == "annual"
    assert (result.apply_start_time, result.apply_end_time) == (DAY_START, DAY_END)
    assert result.effective_timestamp == DAY_END - DAY_START
    assert (result.effective_hours, result.effective_days, result.time_str) == (8.0, 1.0, "1天")


def _leave_page(result: Any) -> None:
    assert isinstance(result, QingjiaApplyPage)
    assert (result.page_no, result.page_size, result.pages, result.total, result.has_next_page) == (2, 2, 3, 5, True)
    assert [item["applyId"] for item in result.result] == ["QJ000004", "QJ000003"]
    assert result.result[0]["applyVO"] == {"startTime": DAY_START}
    assert (result.ext_attributes, result.last_key) == ({"sort": "createTime desc"}, "QJ000003")


def _overtime_page(result: Any) -> None:
    assert isinstance(result, JiabanApplyPage)
    assert (result.page_no, result.total, result.has_next_page) == (3, 5, False)
    assert result.result[0]["duration"] == 3.5


def _balance(result: Any) -> None:
    assert isinstance(result, QingjiaBalance)
    assert (result.staff_id, result.name, result.dep_name, result.employee_code) == (ADA, "张三", "研发部", "E1")
    assert [(item.type_code, item.balance) for item in result.balance_list] == [("annual", 4.5), ("sick", 10)]


def _groups(kind: type) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert all(isinstance(item, kind) for item in result)
        assert [item.group_code for item in result] == ["G-ENG"]
        assert result[0]["groupName"] == "Engineering"

    return check


def _leave_types(result: Any) -> None:
    assert all(isinstance(item, QingjiaLeaveType) for item in result)
    assert [(item.type_code, item["typeName"]) for item in result] == [("annual", "年假"), ("personal", "事假")]


def _equals(expected: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert result == expected and type(result) is type(expected)

    return check


QINGJIA_CASES = [
    Case(
        "list_leave_rule_configs",
        lambda c: c.qingjia.list_leave_rule_configs(org_id=ORG, staff_id=ADA),
        "POST",
        f"{QINGJIA}/maxVersionConfigList",
        data=[{"cmcCode": "QJ-ENG", "version": 3}, {"cmcCode": "QJ-SALES", "version": 2}],
        body={"orgId": ORG, "staffId": ADA},
        check=_rule_configs(QingjiaRuleConfig, ["QJ-ENG", "QJ-SALES"]),
    ),
    Case(
        "calculate_leave_duration",
        lambda c: c.qingjia.calculate_leave_duration(
            cmc_code="QJ-ENG",
            times_vo=QingjiaLeavePeriod(begin_time=DAY_START, end_time=DAY_END, type_code="annual"),
            user_token=USER_TOKEN,
        ),
        "POST",
        f"{QINGJIA}/times",
        data={
            "typeCode": "annual",
            "applyStartTime": DAY_START,
            "applyEndTime": DAY_END,
            "effectiveTimestamp": DAY_END - DAY_START,
            "effectiveHours": 8.0,
            "effectiveDays": 1.0,
            "timeStr": "1天",
        },
        query={"user_token": USER_TOKEN},
        body={"cmcCode": "QJ-ENG", "timesVO": {"beginTime": DAY_START, "endTime": DAY_END, "typeCode": "annual"}},
        check=_leave_duration,
    ),
    Case(
        "create_leave_upload_url",
        lambda c: c.qingjia.create_leave_upload_url(file_name="sick-note.jpg", md5=MD5, size=48213, staff_id=ADA),
        "POST",
        f"{QINGJIA}/upload",
        data=PRESIGNED,
        body={"fileName": "sick-note.jpg", "md5": MD5, "size": 48213, "staffId": ADA},
        check=_equals(PRESIGNED),
    ),
    Case(
        "create_leave_application",
        lambda c: c.qingjia.create_leave_application(
            cmc_code="QJ-ENG",
            is_leave_back=False,
            apply_vo=QingjiaApplyForm(start_time=DAY_START, end_time=DAY_END, type_code="annual"),
            staff_id=ADA,
        ),
        "POST",
        f"{QINGJIA}/saveApply",
        data="QJ000004",
        body={
            "cmcCode": "QJ-ENG",
            "isLeaveBack": False,
            "applyVO": {"startTime": DAY_START, "endTime": DAY_END, "typeCode": "annual"},
            "staffId": ADA,
        },
        check=_equals("QJ000004"),
    ),
    Case(
        "list_leave_applications",
        lambda c: c.qingjia.list_leave_applications(
            cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(page_no=2, page_size=2), is_diss=False, staff_id=ADA
        ),
        "POST",
        f"{QINGJIA}/myApplyPageInfo",
        data=_page(LEAVE_ITEMS),
        body={"cmcCode": "QJ-ENG", "queryVO": {"pageNo": 2, "pageSize": 2}, "isDiss": False, "staffId": ADA},
        check=_leave_page,
    ),
    Case(
        "fetch_leave_balance",
        lambda c: c.qingjia.fetch_leave_balance(org_id=ORG, cmc_code="QJ-ENG", staff_id=ADA),
        "POST",
        f"{QINGJIA}/personBalance",
        data={
            "staffId": ADA,
            "name": "张三",
            "phone": "13800000000",
            "employeeCode": "E1",
            "staffNo": "N1",
            "depName": "研发部",
            "balanceList": [{"typeCode": "annual", "balance": 4.5}, {"typeCode": "sick", "balance": 10}],
        },
        body={"orgId": ORG, "cmcCode": "QJ-ENG", "staffId": ADA},
        check=_balance,
    ),
    Case(
        "list_leave_attendance_groups",
        lambda c: c.qingjia.list_leave_attendance_groups(org_id=ORG),
        "POST",
        f"{QINGJIA}/attendanceGroupList",
        data=[{"groupCode": "G-ENG", "groupName": "Engineering"}],
        body={"orgId": ORG},
        check=_groups(QingjiaAttendanceGroup),
    ),
    Case(
        "list_leave_types",
        lambda c: c.qingjia.list_leave_types(cmc_code="QJ-ENG"),
        "POST",
        f"{QINGJIA}/enableLeaveTypeList",
        data=[{"typeCode": "annual", "typeName": "年假"}, {"typeCode": "personal", "typeName": "事假"}],
        body={"cmcCode": "QJ-ENG"},
        check=_leave_types,
    ),
]

JIABAN_CASES = [
    Case(
        "list_overtime_rule_configs",
        lambda c: c.jiaban.list_overtime_rule_configs(org_id=ORG, staff_id=ADA),
        "POST",
        f"{JIABAN}/getMaxVersionConfigList",
        data=[{"cmcCode": "JB-ENG", "version": 3}],
        body={"orgId": ORG, "staffId": ADA},
        check=_rule_configs(JiabanRuleConfig, ["JB-ENG"]),
    ),
    Case(
        "create_overtime_upload_url",
        lambda c: c.jiaban.create_overtime_upload_url(file_name="report.pdf", md5=MD5, size=12, org_id=ORG),
        "POST",
        f"{JIABAN}/upload",
        data=PRESIGNED,
        body={"fileName": "report.pdf", "md5": MD5, "size": 12, "orgId": ORG},
        check=_equals(PRESIGNED),
    ),
    Case(
        "create_overtime_application",
        lambda c: c.jiaban.create_overtime_application(
            cmc_code="JB-ENG",
            applyer_id=ADA,
            start_time=DAY_END,
            end_time=DAY_END + 3 * 3_600_000,
            memo="Release night",
            approve_ids=[EDSGER],
            overtime_type=1,
            apply_type=2,
            user_token=USER_TOKEN,
        ),
        "POST",
        f"{JIABAN}/submitApprove",
        data="APPLY001",
        query={"user_token": USER_TOKEN},
        body={
            "cmcCode": "JB-ENG",
            "applyerId": ADA,
            "startTime": DAY_END,
            "endTime": DAY_END + 3 * 3_600_000,
            "memo": "Release night",
            "approveIds": [EDSGER],
            "overtimeType": 1,
            "applyType": 2,
        },
        check=_equals("APPLY001"),
    ),
    Case(
        "list_overtime_applications",
        lambda c: c.jiaban.list_overtime_applications(cmc_code="JB-ENG", page_no=3, page_size=2, creator_id=ADA),
        "POST",
        f"{JIABAN}/getMyApplyPageInfo",
        data=_page(OVERTIME_ITEMS, pageNo=3, hasNextPage=False),
        body={"cmcCode": "JB-ENG", "pageNo": 3, "pageSize": 2, "creatorId": ADA},
        check=_overtime_page,
    ),
    Case(
        "list_overtime_attendance_groups",
        lambda c: c.jiaban.list_overtime_attendance_groups(staff_id=ADA, org_id=ORG),
        "POST",
        f"{JIABAN}/getGroupInfo",
        data=[{"groupCode": "G-ENG", "groupName": "Engineering"}],
        body={"staffId": ADA, "orgId": ORG},
        check=_groups(JiabanAttendanceGroup),
    ),
    Case(
        "calculate_overtime_duration",
        lambda c: c.jiaban.calculate_overtime_duration(
            cmc_code="JB-ENG", begin_time=DAY_END, end_time=DAY_END + 12_600_000, group_code="G-ENG"
        ),
        "POST",
        f"{JIABAN}/calculateDuration",
        data=3.5,
        body={"cmcCode": "JB-ENG", "beginTime": DAY_END, "endTime": DAY_END + 12_600_000, "groupCode": "G-ENG"},
        check=_equals(3.5),
    ),
]
CASES = QINGJIA_CASES + JIABAN_CASES


test_wire, test_wire_async = wire_tests(CASES)


@pytest.mark.parametrize(("tag", "cases"), [("qingjia", QINGJIA_CASES), ("jiaban", JIABAN_CASES)])
def test_every_operation_has_a_case(tag: str, cases: list[Case]) -> None:
    resource = getattr(Lansenger(app_token=TOKEN, gateway_url=GATEWAY), tag)
    operations = {name for name in dir(resource) if not name.startswith(("_", "upload_", "iter_", "with_"))}
    assert operations == {case.id for case in cases}


def test_list_defaults_to_the_first_page(router: respx.MockRouter) -> None:
    """Paging travels in the body: inside queryVO for leave, at the top level for overtime; pageNo always goes."""
    leave = router.post(f"{QINGJIA}/myApplyPageInfo").respond(json=ok(_page([], pageNo=1)))
    overtime = router.post(f"{JIABAN}/getMyApplyPageInfo").respond(json=ok(_page([], pageNo=1)))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.qingjia.list_leave_applications(cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery())
        client.jiaban.list_overtime_applications(cmc_code="JB-ENG")
    assert json.loads(leave.calls.last.request.content) == {"cmcCode": "QJ-ENG", "queryVO": {"pageNo": 1}}
    assert json.loads(overtime.calls.last.request.content) == {"cmcCode": "JB-ENG", "pageNo": 1}


def test_free_form_keys_pass_through(router: respx.MockRouter) -> None:
    """What the platform SDK passes as raw dicts: applyVO's extra keys nested, jiaban's merged at the top level."""
    leave = router.post(f"{QINGJIA}/saveApply").respond(json=ok("QJ000005"))
    overtime = router.post(f"{JIABAN}/submitApprove").respond(json=ok("JB000006"))
    form = QingjiaApplyForm(start_time=DAY_START)
    form["reason"] = "Family visit"
    form["attachments"] = [{"fileName": "ticket.pdf"}]
    request = JiabanApplyRequest(
        cmc_code="JB-ENG",
        applyer_id=ADA,
        start_time=DAY_END,
        end_time=DAY_END + 3_600_000,
        memo="Hotfix",
        approve_ids=[EDSGER],
        overtime_type=2,
        apply_type=1,
    )
    request["compensation"] = "leave-in-lieu"
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.qingjia.create_leave_application(cmc_code="QJ-ENG", is_leave_back=True, apply_vo=form)
        assert submit_module.sync(client=client.http_client, body=request) == "JB000006"
    assert json.loads(leave.calls.last.request.content)["applyVO"] == {
        "startTime": DAY_START,
        "reason": "Family visit",
        "attachments": [{"fileName": "ticket.pdf"}],
    }
    sent = json.loads(overtime.calls.last.request.content)
    assert sent["compensation"] == "leave-in-lieu" and sent["applyerId"] == ADA


def test_qingjia_errors_are_typed(router: respx.MockRouter) -> None:
    """errCode 500 is how these apps report their own backend failing (the platform SDK's fixture: "boom")."""
    fetch = next(case for case in QINGJIA_CASES if case.id == "fetch_leave_balance")
    run_error(router, fetch, ErrorCode.APP_SERVICE_ERROR, InternalServerError)


def test_jiaban_errors_are_typed(router: respx.MockRouter) -> None:
    submit = next(case for case in JIABAN_CASES if case.id == "create_overtime_application")
    run_error(router, submit, 40001, InvalidRequestError)


def test_unknown_applicant_raises_not_found(router: respx.MockRouter) -> None:
    groups = next(case for case in JIABAN_CASES if case.id == "list_overtime_attendance_groups")
    run_error(router, groups, 50001, NotFoundError)


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose gateway has no routes: anything that reaches it fails the test."""
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not router.calls


def _overtime(**changes: Any) -> Callable[[Lansenger], Any]:
    fields: dict[str, Any] = {
        "cmc_code": "JB-ENG",
        "applyer_id": ADA,
        "start_time": DAY_END,
        "end_time": DAY_END + 3_600_000,
        "memo": "Hotfix",
        "approve_ids": [EDSGER],
        "overtime_type": 1,
        "apply_type": 1,
    }
    return lambda c: c.jiaban.create_overtime_application(**{**fields, **changes})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.qingjia.list_leave_types(cmc_code=""), "cmc_code must not be empty"),
        (
            lambda c: c.qingjia.calculate_leave_duration(cmc_code="", times_vo=QingjiaLeavePeriod(begin_time=1)),
            "cmc_code must not be empty",
        ),
        (
            lambda c: c.qingjia.create_leave_upload_url(file_name="", md5=MD5, size=1),
            "file_name must not be empty",
        ),
        (lambda c: c.qingjia.create_leave_upload_url(file_name="a.pdf", md5="", size=1), "md5 must not be empty"),
        (lambda c: c.qingjia.create_leave_upload_url(file_name="a.pdf", md5=MD5, size=-1), "size must be"),
        (
            lambda c: c.qingjia.list_leave_applications(cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(page_no=0)),
            "page_no must be",
        ),
        (
            lambda c: c.qingjia.list_leave_applications(cmc_code="QJ-ENG", query_vo=QingjiaApplyQuery(page_size=0)),
            "page_size must be",
        ),
        (lambda c: c.qingjia.fetch_leave_balance(org_id="", cmc_code="QJ-ENG"), "org_id must not be empty"),
        (lambda c: c.qingjia.list_leave_rule_configs(staff_id=""), "staff_id must not be empty"),
        (lambda c: c.qingjia.list_leave_attendance_groups(org_id=ORG, user_token=""), "user_token must not"),
        (lambda c: c.jiaban.list_overtime_rule_configs(org_id=ORG, staff_id=""), "staff_id must not be empty"),
        (lambda c: c.jiaban.create_overtime_upload_url(file_name="a", md5=MD5, size=1, org_id=""), "org_id must"),
        (_overtime(memo=""), "memo must not be empty"),
        (_overtime(approve_ids=[]), "approve_ids must not be empty"),
        (_overtime(approve_ids=[""]), r"approve_ids\[0\] must be at least 1"),
        (_overtime(applyer_id=""), "applyer_id must not be empty"),
        (lambda c: c.jiaban.list_overtime_applications(cmc_code="JB-ENG", page_no=0), "page_no must be"),
        (
            lambda c: c.jiaban.calculate_overtime_duration(cmc_code="JB-ENG", begin_time=1, end_time=2, group_code=""),
            "group_code must not be empty",
        ),
    ],
)
def test_rejected_before_any_request(offline: Lansenger, call: Callable[[Lansenger], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline)


@pytest.mark.anyio
async def test_async_rejects_before_any_request() -> None:
    with respx.mock(base_url=GATEWAY) as router:
        async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
            with pytest.raises(InvalidArgumentError, match="approve_ids must not be empty"):
                await _overtime(approve_ids=[])(client)
        assert not router.calls


# The attachment PUT to a presigned URL: not a gateway call.

S3_REFUSAL = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code>'
    "<Message>The request signature we calculated does not match the signature you provided.</Message>"
    f"<SignatureProvided>{SIGNATURE}</SignatureProvided><StringToSign>PUT\n{MD5}</StringToSign></Error>"
)


@pytest.fixture
def bucket() -> Iterator[respx.MockRouter]:
    """Only the object store answers: a request to the gateway (an app token fetch, say) fails the test."""
    with respx.mock(assert_all_called=False) as mock:
        yield mock


# Every client would otherwise build its own TLS context, which costs more than a whole test here.
SHARED_TLS = ssl.create_default_context()


def _credentialed() -> Lansenger:
    transport = httpx.HTTPTransport(verify=SHARED_TLS)
    return Lansenger("3064064-123456", "app-secret-value", gateway_url=GATEWAY, transport=transport)


def _assert_put(request: Any, content: bytes) -> None:
    assert request.method == "PUT"
    assert str(request.url) == PRESIGNED
    assert "app_token" not in request.url.params and "user_token" not in request.url.params
    assert request.headers["content-md5"] == MD5
    assert request.headers["content-type"] == "application/octet-stream"
    assert request.headers["content-length"] == str(len(content))
    assert "transfer-encoding" not in request.headers
    assert "authorization" not in request.headers and "cookie" not in request.headers
    assert request.content == content


CONTENT = b"%PDF-1.7 overtime report\n" * 5000  # about 125 KiB: several 64 KiB chunks


def _sources(tmp_path: Any) -> list[tuple[str, Callable[[], Any], int | None]]:
    path = tmp_path / "report.pdf"
    path.write_bytes(CONTENT)
    return [
        ("bytes", lambda: CONTENT, None),
        ("path", lambda: path, None),
        ("str path", lambda: str(path), None),
        ("open file", lambda: path.open("rb"), None),
        ("chunks", lambda: iter([CONTENT[:70000], CONTENT[70000:]]), len(CONTENT)),
    ]


def test_upload_puts_the_file_with_the_platform_headers_and_no_credentials(
    bucket: respx.MockRouter, tmp_path: Any
) -> None:
    route = bucket.put(PRESIGNED).respond(200, headers={"ETag": f'"{MD5}"', "x-amz-request-id": "4442587FB7D0A2F9"})
    with _credentialed() as client:
        for name, source, size in _sources(tmp_path):
            result = client.jiaban.upload_overtime_attachment(PRESIGNED, source(), md5=MD5, size=size)
            assert (result.http_status, result.bytes_sent, result.etag) == (200, len(CONTENT), f'"{MD5}"'), name
            assert result.request_id == "4442587FB7D0A2F9"
            _assert_put(route.calls.last.request, CONTENT)
            assert PRESIGNED not in repr(result) and SIGNATURE not in repr(result)
        client.qingjia.upload_leave_attachment(PRESIGNED, CONTENT, md5=MD5)
        _assert_put(route.calls.last.request, CONTENT)
    assert route.call_count == 6
    assert all(call.request.url.host == "attach.oss.example.test" for call in bucket.calls)


async def _achunks() -> Any:
    yield CONTENT[:1000]
    yield CONTENT[1000:]


@pytest.mark.anyio
async def test_async_upload_streams_every_kind_of_content(bucket: respx.MockRouter, tmp_path: Any) -> None:
    route = bucket.put(PRESIGNED).respond(200)
    sources = [*_sources(tmp_path), ("async chunks", _achunks, len(CONTENT))]
    transport = httpx.AsyncHTTPTransport(verify=SHARED_TLS)
    async with AsyncLansenger("3064064-123456", "app-secret-value", gateway_url=GATEWAY, transport=transport) as client:
        for name, source, size in sources:
            result = await client.jiaban.upload_overtime_attachment(PRESIGNED, source(), md5=MD5, size=size)
            assert (result.http_status, result.bytes_sent) == (200, len(CONTENT)), name
            _assert_put(route.calls.last.request, CONTENT)
        await client.qingjia.upload_leave_attachment(PRESIGNED, b"", md5=MD5)
        assert route.calls.last.request.headers["content-length"] == "0"
    assert route.call_count == len(sources) + 1


def test_a_refusal_is_typed_and_never_repeats_the_signature(bucket: respx.MockRouter) -> None:
    bucket.put(PRESIGNED).respond(403, text=S3_REFUSAL, headers={"x-amz-request-id": "REQ-1"})
    with _credentialed() as client, pytest.raises(PermissionDeniedError) as raised:
        client.jiaban.upload_overtime_attachment(PRESIGNED, CONTENT, md5=MD5)
    error = raised.value
    assert (error.http_status, error.request_id, error.operation) == (403, "REQ-1", "put_presigned_object")
    assert "SignatureDoesNotMatch" in str(error) and "attach.oss.example.test" in str(error)
    for secret in (SIGNATURE, "q7/zK0w9mXv3Hc4pR8sT2uYbN1eA=", "LTAI5tExample", PRESIGNED):
        assert secret not in str(error) and secret not in repr(error)
    assert error.__cause__ is None and error.__context__ is None


@pytest.mark.parametrize(
    ("status", "error"), [(500, InternalServerError), (400, InvalidRequestError), (404, NotFoundError)]
)
def test_other_statuses_raise_their_typed_error(bucket: respx.MockRouter, status: int, error: type[Exception]) -> None:
    bucket.put(PRESIGNED).respond(status, text="<Error><Code>Oops</Code></Error>")
    with _credentialed() as client, pytest.raises(error, match="Oops"):
        client.jiaban.upload_overtime_attachment(PRESIGNED, CONTENT, md5=MD5)


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError(f"cannot reach {PRESIGNED}"), APIConnectionError),
        (httpx.ReadTimeout(f"slow answer from {PRESIGNED}"), APITimeoutError),
    ],
)
def test_network_failures_name_only_the_host(
    bucket: respx.MockRouter, failure: Exception, error: type[Exception]
) -> None:
    bucket.put(PRESIGNED).mock(side_effect=failure)
    with _credentialed() as client, pytest.raises(error) as raised:
        client.jiaban.upload_overtime_attachment(PRESIGNED, CONTENT, md5=MD5)
    assert "attach.oss.example.test" in str(raised.value)
    assert SIGNATURE not in str(raised.value) and raised.value.__cause__ is None
    assert raised.value.__suppress_context__


def test_logs_never_show_the_presigned_query(bucket: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    bucket.put(PRESIGNED).respond(403, text=S3_REFUSAL)
    caplog.set_level("DEBUG")
    with _credentialed() as client, pytest.raises(PermissionDeniedError):
        client.jiaban.upload_overtime_attachment(PRESIGNED, CONTENT, md5=MD5)
    text = caplog.text
    assert "PUT https://attach.oss.example.test/jiaban/2025/a1b2/report.pdf?***" in text
    for secret in (SIGNATURE, "q7/zK0w9mXv3Hc4pR8sT2uYbN1eA", "LTAI5tExample", "Expires=1748254000"):
        assert secret not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"url": ""}, "url must be the presigned URL"),
        ({"url": "/relative/path?Signature=x"}, "absolute http"),
        ({"url": "ftp://attach.example.test/a?Signature=x"}, "absolute http"),
        ({"md5": ""}, "md5 must be"),
        ({"md5": "abc\r\nX-Injected: 1"}, "single-line"),
        ({"size": -1}, "size must be"),
        ({"size": 3}, "size is 3 but the content has"),
        ({"content": 12345}, "content must be bytes, a path"),
        ({"content": "/no/such/report.pdf"}, "no such file"),
    ],
)
def test_bad_upload_arguments_fail_before_any_request(
    bucket: respx.MockRouter, arguments: dict[str, Any], message: str
) -> None:
    call: dict[str, Any] = {"url": PRESIGNED, "content": CONTENT, "md5": MD5, **arguments}
    with _credentialed() as client, pytest.raises(InvalidArgumentError, match=message) as raised:
        client.jiaban.upload_overtime_attachment(call.pop("url"), call.pop("content"), **call)
    assert not bucket.calls
    assert SIGNATURE not in str(raised.value)


@pytest.mark.parametrize(
    ("chunks", "message"),
    [
        ([CONTENT[:10]], r"ended after 10 of its declared \d+ bytes"),
        ([CONTENT, b"more"], "longer than its declared"),
        (["text, not bytes"], "chunks must be bytes"),
    ],
)
def test_chunks_that_disagree_with_the_size_stop_the_upload(
    bucket: respx.MockRouter, chunks: list[Any], message: str
) -> None:
    bucket.put(PRESIGNED).respond(200)
    with _credentialed() as client, pytest.raises(InvalidArgumentError, match=message):
        client.jiaban.upload_overtime_attachment(PRESIGNED, iter(chunks), md5=MD5, size=len(CONTENT))


def test_a_file_is_read_in_bounded_chunks(tmp_path: Any) -> None:
    """Streaming: the body is never the whole file, only 64 KiB at a time."""
    path = tmp_path / "big.bin"
    path.write_bytes(b"\0" * (1024 * 1024 + 5))
    plan = _plan(PRESIGNED, path, MD5, None, allow_async=False)
    assert plan.length == 1024 * 1024 + 5
    with _sync_body(plan.source, _Tally(plan.length)) as body:
        sizes = [len(chunk) for chunk in body]
    assert max(sizes) == 64 * 1024 and len(sizes) == 17 and sum(sizes) == 1024 * 1024 + 5
