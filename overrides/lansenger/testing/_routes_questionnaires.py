"""Questionnaires (问卷系统): the sandbox keeps questionnaires, their questions and the answers people give.

The platform has no operation that submits answers (people answer on the answer page), so the sandbox serves
the page itself: the URL from ``getAnswerUrl`` takes ``POST {"userId", "answerMap", "useTime"}``, where
``answerMap`` maps question codes to ``{"context": ...}`` and ``useTime`` is seconds. The presigned URL from
``upload`` takes the file with a ``PUT`` and a ``Content-MD5`` header (hex, as the platform's SDK sends it, or
base64). Neither takes the app token.

Behaviour the platform leaves open, chosen so tests see something coherent:
- the seed official accounts are `ACCOUNTS`; an unknown or missing accountCode is refused with 3104;
- questions and the questionnaire itself change only while it is a draft or withdrawn (status 1, 3 or 5);
  publishing needs one of those too, withdraw and finish need it ongoing, delete anything but ongoing;
- answers are accepted while ongoing; an internal questionnaire needs a staff member who is in staffIdList or
  phoneList when either was given, and "answer once" refuses a second answer by the same person;
- body identity fields win over the user token's staff member; ids that are not seed staff are refused (50001);
- lists are newest first, answers oldest first; records report answerStatus 1, statsStatus 1 and the
  questionnaire's scope as answerType, and accountType is 2 (official account) everywhere.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import math
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._body import BodyTooLarge
from ._checks import json_object, optional_text, required_text, text_list
from ._directory import ORG_ID
from ._org_store import Roster, directory
from ._replies import OK, USER_NOT_FOUND, ApiError, JsonReply, Reply, invalid, success
from ._routing import Backend, Request, Route

PREFIX = "/xtra/questionnaire/server/openapi/v1"
ANSWER_PAGE = "/sandbox/questionnaires/{questionnaire_code}/answer"
UPLOAD_TARGET = "/sandbox/questionnaires/uploads/{upload_id}"
ACCOUNT_NOT_FOUND = 3104
NOT_FOUND = 64001
MAX_UPLOAD_BYTES = 100 * 1024 * 1024

DRAFT, ONGOING, WITHDRAWN, FINISHED, READY_TO_PUBLISH = 1, 2, 3, 4, 5
EDITABLE = frozenset({DRAFT, WITHDRAWN, READY_TO_PUBLISH})
INTERNAL = 1
ANSWER_ONCE = 1
OFFICIAL_ACCOUNT = 2
NEEDS_OPTIONS = frozenset({"radio", "checkbox", "picturesVote", "multiScore"})
SAVED_FIELDS = ("title", "welcomeSpeech", "byeSpeech", "coverResourceId", "resourceIds", "appId")
PUBLISH_FIELDS = ("scopeType", "answerLimit", "messageFlag", "pageFlag", "shareFlag", "viewStatsFlag", "anonymFlag")
_MD5_HEX = re.compile(r"[0-9a-fA-F]{32}")
_Result = TypeVar("_Result")


@dataclass(frozen=True)
class OfficialAccount:
    code: str
    name: str
    managers: tuple[str, ...]


ACCOUNTS: dict[str, OfficialAccount] = {
    account.code: account
    for account in (
        OfficialAccount("acct-hr", "HR Office", (f"{ORG_ID}-1001", f"{ORG_ID}-1006")),
        OfficialAccount("acct-it", "IT Service Desk", (f"{ORG_ID}-1001", f"{ORG_ID}-1004")),
    )
}
"""The official accounts questionnaires belong to, and the staff who manage each."""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _staff_name(now: Roster, staff_id: str | None) -> str | None:
    return None if staff_id is None else now.name(staff_id)


def _compact(view: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in view.items() if value is not None}


@dataclass
class Answer:
    id: int
    code: str
    user_id: str | None
    answer_map: dict[str, Any]
    use_time: int
    answer_type: int
    commit_time: int = field(default_factory=_now_ms)

    def record(self, now: Roster) -> dict[str, Any]:
        return _compact(
            {
                "id": self.id,
                "code": self.code,
                "answerUserId": self.user_id,
                "answerUserName": _staff_name(now, self.user_id),
                "answerStatus": 1,
                "answerType": self.answer_type,
                "answerUseTime": self.use_time,
                "answerQuestionCount": len(self.answer_map),
                "answerCommitTime": self.commit_time,
                "statsStatus": 1,
            }
        )


@dataclass
class Questionnaire:
    id: int
    code: str
    account_code: str
    fields: dict[str, Any]
    """What saveQuestionnaire stored (title, welcomeSpeech, ...), as sent."""
    creator: str | None
    create_time: int = field(default_factory=_now_ms)
    status: int = DRAFT
    deleted: bool = False
    questions: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Question code -> the question as saved, with its code and its options' codes filled in."""
    publication: dict[str, Any] = field(default_factory=dict)
    """The publish request's settings and audience, as sent."""
    publish_time: int | None = None
    publisher: str | None = None
    answers: list[Answer] = field(default_factory=list)

    def brief(self, now: Roster) -> dict[str, Any]:
        people = {answer.user_id or answer.code for answer in self.answers}
        return _compact(
            {
                "id": self.id,
                "code": self.code,
                "title": self.fields["title"],
                "status": self.status,
                "accountType": OFFICIAL_ACCOUNT,
                "accountCode": self.account_code,
                "answerUserCount": len(people),
                "answerUserTimes": len(self.answers),
                "questionCount": len(self.questions),
                "createUserName": _staff_name(now, self.creator),
                "createTime": self.create_time,
            }
        )

    def detail(self, now: Roster) -> dict[str, Any]:
        return _compact(
            self.brief(now)
            | {
                "questionList": self.question_list(),
                "publishTime": self.publish_time,
                "publishUserName": _staff_name(now, self.publisher),
            }
        )

    def question_list(self) -> list[dict[str, Any]]:
        ordered = sorted(
            enumerate(self.questions.values()), key=lambda pair: (pair[1].get("questionSortOrder", 1000), pair[0])
        )
        return [copy.deepcopy(question) for _, question in ordered]

    def answer_detail(self, answer: Answer, now: Roster) -> dict[str, Any]:
        record = answer.record(now)
        del record["id"], record["statsStatus"]
        return record | {
            "questionnaire": self.brief(now),
            "questionList": self.question_list(),
            "answerMap": copy.deepcopy(answer.answer_map),
        }

    def require(self, statuses: frozenset[int], action: str) -> None:
        if self.status not in statuses:
            raise invalid(f"questionnaire {self.code} is in status {self.status}; it cannot {action}")


class QuestionnaireStore:
    """Every questionnaire by code, deleted ones included. Changes run under the lock and check before acting."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._questionnaires: dict[str, Questionnaire] = {}
        self._uploads: dict[str, dict[str, Any]] = {}
        self._serial = 0

    def next_id(self) -> int:
        """Call under the lock."""
        self._serial += 1
        return self._serial

    def add(self, account_code: str, fields: dict[str, Any], creator: str | None) -> str:
        with self._lock:
            questionnaire = Questionnaire(self.next_id(), f"QN{secrets.token_hex(6)}", account_code, fields, creator)
            self._questionnaires[questionnaire.code] = questionnaire
            return questionnaire.code

    def change(self, code: str, action: Callable[[Questionnaire], _Result]) -> _Result:
        """Run ``action`` on the live questionnaire under the lock; an unknown or deleted one is refused first."""
        with self._lock:
            return action(self._find(code))

    def view(self, code: str, render: Callable[[Questionnaire], _Result]) -> _Result:
        with self._lock:
            return copy.deepcopy(render(self._find(code)))

    def copy_of(self, code: str, creator: str | None) -> str:
        with self._lock:
            source = self._find(code)
            duplicate = Questionnaire(
                self.next_id(),
                f"QN{secrets.token_hex(6)}",
                source.account_code,
                copy.deepcopy(source.fields),
                creator or source.creator,
            )
            for question in source.question_list():
                question["code"] = _new_code("QS")
                for option in question.get("questionOptionList", ()):
                    option["code"] = _new_code("OP")
                duplicate.questions[question["code"]] = question
            self._questionnaires[duplicate.code] = duplicate
            return duplicate.code

    def owner_of_question(self, question_code: str, action: Callable[[Questionnaire], _Result]) -> _Result:
        with self._lock:
            for questionnaire in self._questionnaires.values():
                if not questionnaire.deleted and question_code in questionnaire.questions:
                    return action(questionnaire)
        raise ApiError(NOT_FOUND, "question not found")

    def select(
        self,
        keep: Callable[[Questionnaire], bool],
        render: Callable[[Questionnaire], _Result],
        *,
        deleted: bool = False,
    ) -> list[_Result]:
        """Render the questionnaires ``keep`` accepts, newest first; deleted ones only when asked for."""
        with self._lock:
            found = [q for q in self._questionnaires.values() if (deleted or not q.deleted) and keep(q)]
            return copy.deepcopy([render(q) for q in sorted(found, key=lambda q: q.id, reverse=True)])

    def by_codes(self, codes: list[str], now: Roster, *, deleted: bool) -> list[dict[str, Any]]:
        with self._lock:
            found = [self._questionnaires.get(code) for code in dict.fromkeys(codes)]
            return [q.brief(now) for q in found if q is not None and (deleted or not q.deleted)]

    def answer(self, account_code: str, answer_code: str, now: Roster) -> dict[str, Any]:
        with self._lock:
            for questionnaire in self._questionnaires.values():
                if questionnaire.account_code != account_code or questionnaire.deleted:
                    continue
                for answer in questionnaire.answers:
                    if answer.code == answer_code:
                        return questionnaire.answer_detail(answer, now)
        raise ApiError(NOT_FOUND, "answer record not found")

    def add_upload(self, file_name: str, md5: str, size: int) -> str:
        upload_id = secrets.token_urlsafe(12)
        with self._lock:
            self._uploads[upload_id] = {"fileName": file_name, "md5": md5.lower(), "size": size, "stored": False}
        return upload_id

    def upload(self, upload_id: str) -> dict[str, Any]:
        with self._lock:
            found = self._uploads.get(upload_id)
            if found is None:
                raise ApiError(NOT_FOUND, "upload not found")
            return dict(found)

    def mark_uploaded(self, upload_id: str) -> None:
        with self._lock:
            self._uploads[upload_id]["stored"] = True

    def _find(self, code: str) -> Questionnaire:
        questionnaire = self._questionnaires.get(code)
        if questionnaire is None or questionnaire.deleted:
            raise ApiError(NOT_FOUND, "questionnaire not found")
        return questionnaire


def _store(backend: Backend) -> QuestionnaireStore:
    return backend.state.domain("questionnaires", QuestionnaireStore)


def _body(request: Request) -> Mapping[str, Any]:
    return json_object(request.json, "body")


def _new_code(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(6)}"


def _data(value: object) -> JsonReply:
    """An answer whose data is not an object (a code, a URL, a flag, a count, a list)."""
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": value})


def _account(body: Mapping[str, Any]) -> str:
    code = body.get("accountCode")
    if not isinstance(code, str) or code not in ACCOUNTS:
        raise ApiError(ACCOUNT_NOT_FOUND, "官方账号不存在")
    return code


def _known_staff(now: Roster, staff_id: str | None, key: str) -> str | None:
    if staff_id and staff_id not in now.staff:
        raise ApiError(USER_NOT_FOUND, f"{key}: no staff member {staff_id}")
    return staff_id or None


def _actor(now: Roster, backend: Backend, request: Request, body: Mapping[str, Any], key: str) -> str | None:
    """The body's identity field, else the user token's staff member (a bad token is refused either way)."""
    acting = backend.acting_staff(request)
    return _known_staff(now, optional_text(body, key), key) or acting


def _required_actor(now: Roster, backend: Backend, request: Request, body: Mapping[str, Any], key: str) -> str:
    staff_id = _actor(now, backend, request, body, key)
    if staff_id is None:
        raise invalid(f"{key}: required without a user_token")
    return staff_id


def _creator(now: Roster, backend: Backend, request: Request, body: Mapping[str, Any]) -> str | None:
    mobile = optional_text(body, "createMobile")
    if mobile and not body.get("createUserId"):
        backend.acting_staff(request)
        staff = now.by_mobile(mobile)
        if staff is not None:
            return staff.id
        raise ApiError(USER_NOT_FOUND, f"createMobile: no staff member with mobile {mobile}")
    return _actor(now, backend, request, body, "createUserId")


def _page(items: list[_Result], body: Mapping[str, Any]) -> dict[str, Any]:
    """The PageResult of the body's pageNo/pageSize (defaults 1 and 10) over ``items``."""
    page_no, page_size = int(body.get("pageNo", 1)), int(body.get("pageSize", 10))
    pages = math.ceil(len(items) / page_size)
    start = (page_no - 1) * page_size
    return {
        "pageNo": page_no,
        "pageSize": page_size,
        "pages": pages,
        "total": len(items),
        "hasNextPage": page_no < pages,
        "result": items[start : start + page_size],
    }


def _status_filter(body: Mapping[str, Any]) -> Callable[[Questionnaire], bool]:
    status = body.get("status")
    return lambda questionnaire: status is None or questionnaire.status == status


def save_questionnaire(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    account_code = _account(body)
    required_text(body, "title")
    fields = {key: copy.deepcopy(body[key]) for key in SAVED_FIELDS if key in body}
    creator = _creator(now, backend, request, body)
    code = optional_text(body, "code")
    if not code:
        return _data(_store(backend).add(account_code, fields, creator))

    def overwrite(questionnaire: Questionnaire) -> str:
        questionnaire.require(EDITABLE, "be edited")
        questionnaire.account_code, questionnaire.fields = account_code, fields
        return questionnaire.code

    return _data(_store(backend).change(code, overwrite))


def _checked_question(raw: object, index: int) -> dict[str, Any]:
    where = f"questionList[{index}]."
    question = copy.deepcopy(dict(json_object(raw, where.rstrip("."))))
    question_type = required_text(question, "questionType", where)
    options = question.get("questionOptionList")
    if question_type in NEEDS_OPTIONS and not options:
        raise invalid(f"{where}questionOptionList: required for {question_type} questions")
    for option in options or ():
        option.setdefault("code", _new_code("OP"))
    return question


def save_questionnaire_questions(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    questions = [_checked_question(raw, index) for index, raw in enumerate(body["questionList"])]
    _actor(now, backend, request, body, "createUserId")

    def save(questionnaire: Questionnaire) -> int:
        questionnaire.require(EDITABLE, "change its questions")
        strangers = [q["code"] for q in questions if q.get("code") and q["code"] not in questionnaire.questions]
        if strangers:
            raise ApiError(NOT_FOUND, f"question not found: {', '.join(strangers)}")
        for question in questions:
            question.setdefault("code", _new_code("QS"))
            questionnaire.questions[question["code"]] = question
        return len(questions)

    return _data(_store(backend).change(required_text(body, "questionnaireCode"), save))


def delete_questionnaire_question(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    question_code = required_text(body, "questionCode")
    _actor(now, backend, request, body, "createUserId")

    def delete(questionnaire: Questionnaire) -> bool:
        questionnaire.require(EDITABLE, "change its questions")
        del questionnaire.questions[question_code]
        return True

    return _data(_store(backend).owner_of_question(question_code, delete))


def publish_questionnaire(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    audience = text_list(body, "staffIdList")
    for staff_id in audience:
        _known_staff(now, staff_id, "staffIdList")
    publisher = _actor(now, backend, request, body, "publishUserId")
    settings = {key: body[key] for key in PUBLISH_FIELDS if key in body}
    settings |= {"staffIdList": audience, "phoneList": text_list(body, "phoneList")}

    def publish(questionnaire: Questionnaire) -> bool:
        questionnaire.require(EDITABLE, "be published")
        questionnaire.status, questionnaire.publication = ONGOING, settings
        questionnaire.publish_time, questionnaire.publisher = _now_ms(), publisher
        return True

    return _data(_store(backend).change(required_text(body, "questionnaireCode"), publish))


def _move(allowed: frozenset[int], to: int, action: str) -> Callable[[Backend, Request], Reply]:
    """A handler that moves a questionnaire from one of ``allowed`` to status ``to``."""

    def handler(backend: Backend, request: Request) -> Reply:
        body = _body(request)
        _actor(directory(backend.state).read(), backend, request, body, "operateUserId")

        def move(questionnaire: Questionnaire) -> bool:
            questionnaire.require(allowed, action)
            questionnaire.status = to
            return True

        return _data(_store(backend).change(required_text(body, "questionnaireCode"), move))

    return handler


withdraw_questionnaire = _move(frozenset({ONGOING}), WITHDRAWN, "be withdrawn")
finish_questionnaire = _move(frozenset({ONGOING}), FINISHED, "be finished")


def delete_questionnaire(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _actor(now, backend, request, body, "operateUserId")

    def delete(questionnaire: Questionnaire) -> bool:
        if questionnaire.status == ONGOING:
            raise invalid(f"questionnaire {questionnaire.code} is ongoing; withdraw or finish it first")
        questionnaire.deleted = True
        return True

    return _data(_store(backend).change(required_text(body, "questionnaireCode"), delete))


def fetch_questionnaire(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _actor(now, backend, request, body, "operateUserId")
    return success(_store(backend).view(required_text(body, "questionnaireCode"), lambda q: q.detail(now)))


def fetch_questionnaire_brief(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    backend.acting_staff(request)
    return success(_store(backend).view(required_text(body, "questionnaireCode"), lambda q: q.brief(now)))


def fetch_questionnaire_answer_url(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _actor(now, backend, request, body, "operateUserId")
    code = _store(backend).view(required_text(body, "questionnaireCode"), lambda q: q.code)
    return _data(f"http://{request.host or '127.0.0.1'}{ANSWER_PAGE.format(questionnaire_code=code)}")


def copy_questionnaire(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    creator = _actor(now, backend, request, body, "operateUserId")
    return _data(_store(backend).copy_of(required_text(body, "questionnaireCode"), creator))


def list_questionnaires_by_codes(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    backend.acting_staff(request)
    now = directory(backend.state).read()
    found = _store(backend).by_codes(text_list(body, "codeList"), now, deleted=body.get("includeDel") == 1)
    return _data(found)


def list_questionnaire_accounts(backend: Backend, request: Request) -> Reply:
    """The accounts the staff member manages; every account when the request names nobody."""
    body = _body(request)
    now = directory(backend.state).read()
    staff_id = _actor(now, backend, request, body, "userId")
    accounts = [
        {"code": account.code, "name": account.name}
        for account in ACCOUNTS.values()
        if staff_id is None or staff_id in account.managers
    ]
    return _data(accounts)


def list_account_questionnaires(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    account_code = _account(body)
    _actor(now, backend, request, body, "userId")
    by_status = _status_filter(body)
    found = _store(backend).select(lambda q: q.account_code == account_code and by_status(q), lambda q: q.brief(now))
    return success(_page(found, body))


def _in_org(body: Mapping[str, Any]) -> bool:
    """Every sandbox questionnaire belongs to the seed org; another orgId matches nothing."""
    return required_text(body, "orgId") == ORG_ID


def list_my_questionnaires(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    creator = _required_actor(now, backend, request, body, "userId")
    title = optional_text(body, "title") or ""
    by_status, in_org = _status_filter(body), _in_org(body)

    def mine(questionnaire: Questionnaire) -> bool:
        return in_org and questionnaire.creator == creator and title in questionnaire.fields["title"]

    return success(_page(_store(backend).select(lambda q: mine(q) and by_status(q), lambda q: q.brief(now)), body))


def list_participated_questionnaires(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    person = _required_actor(now, backend, request, body, "userId")
    by_status, in_org = _status_filter(body), _in_org(body)

    def answered(questionnaire: Questionnaire) -> bool:
        return in_org and any(answer.user_id == person for answer in questionnaire.answers)

    return success(_page(_store(backend).select(lambda q: answered(q) and by_status(q), lambda q: q.brief(now)), body))


def _answers_of(backend: Backend, request: Request, render: Callable[[Roster, Answer], dict[str, Any]]) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    account_code = _account(body)
    _actor(now, backend, request, body, "userId")

    def records(questionnaire: Questionnaire) -> list[dict[str, Any]]:
        if questionnaire.account_code != account_code:
            raise ApiError(NOT_FOUND, "questionnaire not found under this account")
        return [render(now, answer) for answer in questionnaire.answers]

    return success(_page(_store(backend).view(required_text(body, "questionnaireCode"), records), body))


def list_questionnaire_answers(backend: Backend, request: Request) -> Reply:
    return _answers_of(backend, request, lambda now, answer: answer.record(now))


def list_questionnaire_answer_data(backend: Backend, request: Request) -> Reply:
    return _answers_of(backend, request, lambda now, answer: answer.record(now) | {"answerMap": answer.answer_map})


def fetch_questionnaire_answer(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    account_code = _account(body)
    _actor(now, backend, request, body, "userId")
    return success(_store(backend).answer(account_code, required_text(body, "answerCode"), now))


def _last_answer(
    backend: Backend, request: Request, render: Callable[[Roster, Questionnaire, Answer], dict[str, Any]]
) -> Reply:
    """The named answer record, else the person's latest; an envelope without data when there is none."""
    body = _body(request)
    now = directory(backend.state).read()
    record_code = optional_text(body, "answerRecordCode") or None
    person = _actor(now, backend, request, body, "userId")
    if person is None and record_code is None:
        raise invalid("userId: required without a user_token or an answerRecordCode")

    def pick(questionnaire: Questionnaire) -> dict[str, Any] | None:
        for answer in reversed(questionnaire.answers):
            if (record_code is None or answer.code == record_code) and (person is None or answer.user_id == person):
                return render(now, questionnaire, answer)
        if record_code is not None:
            raise ApiError(NOT_FOUND, "answer record not found")
        return None

    found = _store(backend).view(required_text(body, "questionnaireCode"), pick)
    return JsonReply({"errCode": OK, "errMsg": "ok"}) if found is None else success(found)


def fetch_last_questionnaire_answer(backend: Backend, request: Request) -> Reply:
    return _last_answer(backend, request, lambda now, q, answer: q.answer_detail(answer, now) | {"code": answer.code})


def fetch_last_questionnaire_answer_record(backend: Backend, request: Request) -> Reply:
    return _last_answer(backend, request, lambda now, _, answer: answer.record(now))


def create_questionnaire_upload_url(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    backend.acting_staff(request)
    file_name, md5 = required_text(body, "fileName"), required_text(body, "md5")
    if "." not in file_name.strip(".") or file_name.endswith("."):
        raise invalid("fileName: needs an extension")
    if not _MD5_HEX.fullmatch(md5):
        raise invalid("md5: expected the 32 hex digits of an MD5 digest")
    upload_id = _store(backend).add_upload(file_name, md5, int(body["size"]))
    return _data(f"http://{request.host or '127.0.0.1'}{UPLOAD_TARGET.format(upload_id=upload_id)}")


def _answer_map(questionnaire: Questionnaire, raw: object) -> dict[str, Any]:
    answers = copy.deepcopy(dict(json_object(raw, "answerMap")))
    for question_code, value in answers.items():
        if question_code not in questionnaire.questions:
            raise invalid(f"answerMap.{question_code}: not a question of this questionnaire")
        json_object(value, f"answerMap.{question_code}")
    missing = [
        code
        for code, question in questionnaire.questions.items()
        if question["requiredFlag"] == 1 and code not in answers
    ]
    if missing:
        raise invalid(f"answerMap: required questions unanswered: {', '.join(missing)}")
    return answers


def _may_answer(now: Roster, questionnaire: Questionnaire, person: str | None) -> None:
    settings = questionnaire.publication
    if settings.get("scopeType", INTERNAL) == INTERNAL:
        if person is None:
            raise invalid("userId: an internal questionnaire needs the answering staff member")
        invited, phones = settings["staffIdList"], settings["phoneList"]
        if (invited or phones) and person not in invited and now.member(person).mobile not in phones:
            raise invalid(f"userId: {person} is not invited to answer")
    repeated = person is not None and any(answer.user_id == person for answer in questionnaire.answers)
    if repeated and settings.get("answerLimit", ANSWER_ONCE) == ANSWER_ONCE:
        raise invalid(f"userId: {person} has already answered")


def answer_questionnaire(backend: Backend, request: Request) -> Reply:
    """Sandbox only: what the answer page does when someone submits it."""
    body = json_object(request.json, "body")
    now = directory(backend.state).read()
    person = _known_staff(now, optional_text(body, "userId"), "userId")
    use_time = body.get("useTime", 0)
    if isinstance(use_time, bool) or not isinstance(use_time, int) or use_time < 0:
        raise invalid("useTime: expected a non-negative integer (seconds)")
    store = _store(backend)

    def submit(questionnaire: Questionnaire) -> str:
        questionnaire.require(frozenset({ONGOING}), "take answers")
        _may_answer(now, questionnaire, person)
        answer_map = _answer_map(questionnaire, body.get("answerMap"))
        scope = questionnaire.publication.get("scopeType", INTERNAL)
        answer = Answer(store.next_id(), _new_code("AR"), person, answer_map, use_time, scope)
        questionnaire.answers.append(answer)
        return answer.code

    return success({"answerCode": store.change(request.path_params["questionnaire_code"], submit)})


def _digest_matches(header: str | None, digest: bytes) -> bool:
    if header is None:
        return False
    if header.lower() == digest.hex():
        return True
    try:
        return base64.b64decode(header, validate=True) == digest
    except (binascii.Error, ValueError):
        return False


def store_upload(backend: Backend, request: Request) -> Reply:
    """Sandbox only: the presigned PUT; the bytes must match the size and MD5 announced to ``upload``."""
    store = _store(backend)
    upload_id = request.path_params["upload_id"]
    expected = store.upload(upload_id)
    try:
        content = request.body.read_all(MAX_UPLOAD_BYTES)
    except BodyTooLarge:
        raise invalid(f"body: larger than {MAX_UPLOAD_BYTES} bytes") from None
    digest = hashlib.md5(content, usedforsecurity=False).digest()
    if len(content) != expected["size"]:
        raise invalid(f"body: {len(content)} bytes, but {expected['size']} were announced")
    if digest.hex() != expected["md5"]:
        raise invalid("body: its MD5 is not the one announced")
    if not _digest_matches(request.header("Content-MD5"), digest):
        raise invalid("Content-MD5: missing or not the file's MD5")
    store.mark_uploaded(upload_id)
    return success({"fileName": expected["fileName"], "size": expected["size"]})


def _route(suffix: str, handler: Callable[[Backend, Request], Reply]) -> Route:
    return Route("POST", f"{PREFIX}/{suffix}", handler, takes_json=True)


ROUTES: tuple[Route, ...] = (
    _route("saveQuestionnaire", save_questionnaire),
    _route("saveQuestionList", save_questionnaire_questions),
    _route("deleteQuestion", delete_questionnaire_question),
    _route("publish", publish_questionnaire),
    _route("withdraw", withdraw_questionnaire),
    _route("finish", finish_questionnaire),
    _route("delete", delete_questionnaire),
    _route("detail", fetch_questionnaire),
    _route("detailWithoutAuth", fetch_questionnaire_brief),
    _route("getAnswerUrl", fetch_questionnaire_answer_url),
    _route("copy", copy_questionnaire),
    _route("queryList", list_questionnaires_by_codes),
    _route("userOfficeAccountList", list_questionnaire_accounts),
    _route("createList", list_account_questionnaires),
    _route("myCreateList", list_my_questionnaires),
    _route("participationList", list_participated_questionnaires),
    _route("answerList", list_questionnaire_answers),
    _route("answerDetail", fetch_questionnaire_answer),
    _route("lastAnswerDetail", fetch_last_questionnaire_answer),
    _route("answerData", list_questionnaire_answer_data),
    _route("lastAnswerRecord", fetch_last_questionnaire_answer_record),
    _route("upload", create_questionnaire_upload_url),
    Route("POST", ANSWER_PAGE, answer_questionnaire, takes_json=True, needs_app_token=False),
    Route("PUT", UPLOAD_TARGET, store_upload, needs_app_token=False),
)
