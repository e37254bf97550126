"""Notices: the sandbox org's official accounts, and the notices sent through them.

The platform's quirks are kept so tests meet them here first:
- several validation failures are answered together, their messages joined without a separator;
- a body without remindStatus, or a range without ccRangeList, fails with errCode -1 "unknown exception";
- the sender must be named by createUserId or createMobile; a user token does not stand in for them;
- mobile numbers, staff ids and departments must exist in the sandbox directory (else 3123 "人员不存在");
- the org has one official account the app may not use (``RESTRICTED_ACCOUNT``; 3381).
Sent notices are kept (`NoticeStore.sent`) so tests can see who a notice reached; none is ever confirmed.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._checks import json_object, optional_text, text_list
from ._directory import ORG_ID
from ._org_store import Roster, directory
from ._replies import INVALID_PARAMETER, OK, ApiError, JsonReply, Reply
from ._routing import Backend, Request, Route

PREFIX = "/xtra/notice/server/openapi/v1"
UNKNOWN_EXCEPTION = -1
PERSON_NOT_FOUND = 3123
NO_ACCOUNT_PERMISSION = 3381
CONTENT_TEXT, CONTENT_LINK = 1, 2
USER_TYPE_PHONE, USER_TYPE_OPEN = 1, 2
OBJ_STAFF, OBJ_DEPARTMENT = 1, 2
NOTICE_SENT, NOBODY_CONFIRMED = 2, 0
ABSTRACT_LENGTH = 50


@dataclass(frozen=True)
class OfficialAccount:
    code: str
    role_name: str
    official_number_id: str
    app_may_use: bool = True

    def view(self) -> dict[str, str]:
        return {"roleName": self.role_name, "officialNumberId": self.official_number_id, "code": self.code}


RESTRICTED_ACCOUNT = "ACC-BOARD"
ACCOUNTS: dict[str, tuple[OfficialAccount, ...]] = {
    ORG_ID: (
        OfficialAccount("ACC-HR", "HR Announcements", "on-1001"),
        OfficialAccount("ACC-IT", "IT Service Desk", "on-1002"),
        OfficialAccount(RESTRICTED_ACCOUNT, "Board Office", "on-1003", app_may_use=False),
    )
}


@dataclass(frozen=True)
class SentNotice:
    """A delivered notice: the answer the sender got, who it reached, and the request body as sent."""

    notice: dict[str, Any]
    recipients: tuple[str, ...]
    """Staff ids, departments expanded to their members."""
    copied: tuple[str, ...]
    body: dict[str, Any]


class NoticeStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: list[SentNotice] = []

    def record(self, make: Callable[[int], SentNotice]) -> SentNotice:
        """``make(number)`` builds the notice with its sequence number, under the lock so numbers never repeat."""
        with self._lock:
            sent = make(len(self._sent) + 1)
            self._sent.append(sent)
            return copy.deepcopy(sent)

    def sent(self) -> list[SentNotice]:
        with self._lock:
            return copy.deepcopy(self._sent)


def _store(backend: Backend) -> NoticeStore:
    return backend.state.domain("notices", NoticeStore)


def _answer(data: Any) -> JsonReply:
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": data})


def _account(code: str | None) -> OfficialAccount | None:
    return next((account for accounts in ACCOUNTS.values() for account in accounts if account.code == code), None)


def _problems(body: Mapping[str, Any]) -> list[str]:
    """Every validation failure, in the platform's words."""
    problems = []
    if _account(optional_text(body, "accountCode")) is None:
        problems.append("官方账号不存在")
    content_type, user_type = body.get("contentType"), body.get("userType")
    if content_type == CONTENT_TEXT and not body.get("content"):
        problems.append("文本内容不能为空")
    if content_type == CONTENT_LINK and not body.get("noticeLink"):
        problems.append("链接不能为空")
    if content_type not in (CONTENT_TEXT, CONTENT_LINK):
        problems.append("内容类型只能填写1或2")
    if user_type not in (USER_TYPE_PHONE, USER_TYPE_OPEN):
        problems.append("类型只能填写1或2")
    if user_type == USER_TYPE_PHONE and not body.get("phoneUserRange"):
        problems.append("手机号接收范围不能为空")
    if user_type == USER_TYPE_OPEN and not body.get("openUserRange"):
        problems.append("接收范围不能为空")
    if not body.get("createUserId") and not body.get("createMobile"):
        problems.append("创建人不能为空")
    return problems


def _staff_by_mobile(now: Roster, mobile: str) -> str:
    staff = now.by_mobile(mobile)
    if staff is None:
        raise ApiError(PERSON_NOT_FOUND, "人员不存在")
    return staff.id


def _known_staff(now: Roster, staff_id: str) -> str:
    if staff_id not in now.staff:
        raise ApiError(PERSON_NOT_FOUND, "人员不存在")
    return staff_id


def _department_members(now: Roster, department_id: str) -> list[str]:
    if department_id not in now.departments:
        raise ApiError(PERSON_NOT_FOUND, "人员不存在")
    return now.staff_under([department_id])


def _audience(now: Roster, body: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """Recipients and copies as staff ids; a range without ccRangeList trips the platform's null check."""
    if body["userType"] == USER_TYPE_PHONE:
        phones = json_object(body["phoneUserRange"], "phoneUserRange")
        if "ccRangeList" not in phones:
            raise ApiError(UNKNOWN_EXCEPTION, "unknown exception")
        recipients = [
            _staff_by_mobile(now, mobile) for mobile in text_list(phones, "releaseRangeList", "phoneUserRange.")
        ]
        return recipients, [
            _staff_by_mobile(now, mobile) for mobile in text_list(phones, "ccRangeList", "phoneUserRange.")
        ]
    scope = json_object(body["openUserRange"], "openUserRange")
    if "ccRangeList" not in scope:
        raise ApiError(UNKNOWN_EXCEPTION, "unknown exception")
    recipients = []
    for entry in scope.get("releaseRangeList", []):
        target = json_object(entry, "openUserRange.releaseRangeList[]")
        object_id = str(target.get("objId", ""))
        if target.get("objType") == OBJ_DEPARTMENT:
            recipients.extend(_department_members(now, object_id))
        else:
            recipients.append(_known_staff(now, object_id))
    return recipients, [_known_staff(now, staff_id) for staff_id in text_list(scope, "ccRangeList", "openUserRange.")]


def send_notice(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = json_object(request.json, "body")
    problems = _problems(body)
    if problems:
        raise ApiError(INVALID_PARAMETER, "".join(problems))
    if "remindStatus" not in body:
        raise ApiError(UNKNOWN_EXCEPTION, "unknown exception")
    account = _account(body["accountCode"])
    if account is None or not account.app_may_use:
        raise ApiError(NO_ACCOUNT_PERMISSION, "无官方账号权限")
    now = directory(backend.state).read()
    recipients, copied = _audience(now, body)
    sender = optional_text(body, "createUserId") or None
    sender = _known_staff(now, sender) if sender else _staff_by_mobile(now, str(body["createMobile"]))
    text = str(body.get("content") or body.get("noticeLink") or "")

    def make(number: int) -> SentNotice:
        published = time.time_ns() // 1_000_000
        notice = {
            "code": f"NTC{time.strftime('%Y%m%d', time.localtime(published / 1000))}{number:03d}",
            "id": number,
            "title": body["title"],
            "contentType": body["contentType"],
            "contentAbstract": text[:ABSTRACT_LENGTH],
            "noticeLink": body.get("noticeLink"),
            "noticeStatus": NOTICE_SENT,
            "confirmStatus": NOBODY_CONFIRMED,
            "publishTime": published,
            "publishUserId": sender,
            "publishUserName": now.name(sender),
        }
        notice = {key: value for key, value in notice.items() if value is not None}
        unique = tuple(dict.fromkeys(recipients))
        return SentNotice(notice, unique, tuple(dict.fromkeys(copied)), copy.deepcopy(dict(body)))

    return _answer(_store(backend).record(make).notice)


def list_notice_accounts(backend: Backend, request: Request) -> Reply:
    """Without orgId the platform answers an empty list rather than an error; so does the sandbox."""
    backend.acting_staff(request)
    org_id = optional_text(json_object(request.json, "body"), "orgId")
    return _answer([account.view() for account in ACCOUNTS.get(org_id or "", ())])


ROUTES: tuple[Route, ...] = (
    Route("POST", f"{PREFIX}/send", send_notice, takes_json=True),
    Route("POST", f"{PREFIX}/notice/account", list_notice_accounts, takes_json=True),
)
