"""Questionnaires end to end: the SDK against the sandbox gateway over real loopback HTTP.

People answer on the answer page, which the sandbox serves at the URL fetch_questionnaire_answer_url returns.
"""

from __future__ import annotations

import base64
import hashlib
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lansenger import AsyncLansenger, InvalidRequestError, Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, STAFF
from lansenger.testing._routes_questionnaires import ACCOUNTS
from lansenger_api.models.questionnaire_answer_limit import QUESTIONNAIRE_ANSWER_LIMIT_UNLIMITED
from lansenger_api.models.questionnaire_question import QuestionnaireQuestion
from lansenger_api.models.questionnaire_question_option import QuestionnaireQuestionOption
from lansenger_api.models.questionnaire_question_type import (
    QUESTIONNAIRE_QUESTION_TYPE_FILLBLANK,
    QUESTIONNAIRE_QUESTION_TYPE_RADIO,
)
from lansenger_api.models.questionnaire_scope import QUESTIONNAIRE_SCOPE_PUBLIC
from lansenger_api.models.questionnaire_status import (
    QUESTIONNAIRE_STATUS_DRAFT,
    QUESTIONNAIRE_STATUS_FINISHED,
    QUESTIONNAIRE_STATUS_ONGOING,
    QUESTIONNAIRE_STATUS_WITHDRAWN,
)
from lansenger_api.models.questionnaire_user_type import QUESTIONNAIRE_USER_TYPE_PHONE

ADA, GRACE, ALAN, EDSGER = list(STAFF)[:4]
HR, IT = list(ACCOUNTS)
# Every client would otherwise build its own TLS context, which costs more than a whole test here.
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


def _questions() -> list[QuestionnaireQuestion]:
    return [
        QuestionnaireQuestion(
            question_name="How happy are you at work?",
            question_type=QUESTIONNAIRE_QUESTION_TYPE_RADIO,
            required_flag=1,
            question_sort_order=1,
            question_option_list=[
                QuestionnaireQuestionOption(option_name="Very", option_order=1),
                QuestionnaireQuestionOption(option_name="So so", option_order=2),
            ],
        ),
        QuestionnaireQuestion(
            question_name="Anything else?",
            question_type=QUESTIONNAIRE_QUESTION_TYPE_FILLBLANK,
            required_flag=0,
            question_sort_order=2,
        ),
    ]


def _draft(client: Lansenger, title: str = "Staff survey", account: str = HR, creator: str = ADA) -> str:
    code = client.questionnaires.save_questionnaire(title=title, account_code=account, create_user_id=creator)
    assert code.startswith("QN")
    return code


def _published(client: Lansenger, **publish: Any) -> tuple[str, list[str]]:
    """A published questionnaire and its question codes (in order)."""
    code = _draft(client)
    assert client.questionnaires.save_questionnaire_questions(questionnaire_code=code, question_list=_questions()) == 2
    assert client.questionnaires.publish_questionnaire(questionnaire_code=code, **publish) is True
    questions = client.questionnaires.fetch_questionnaire(questionnaire_code=code).question_list
    return code, [str(question.code) for question in questions]


def _answer(client: Lansenger, code: str, person: str | None, answers: dict[str, Any]) -> dict[str, Any]:
    """Submit the answer page as ``person`` would; the page's own envelope comes back."""
    url = client.questionnaires.fetch_questionnaire_answer_url(questionnaire_code=code)
    body: dict[str, Any] = {"answerMap": {key: {"context": value} for key, value in answers.items()}, "useTime": 42}
    if person is not None:
        body["userId"] = person
    envelope: dict[str, Any] = httpx.post(url, json=body, verify=SHARED_TLS).json()
    return envelope


def test_accounts_are_those_the_user_manages(client: Lansenger, sandbox: Sandbox) -> None:
    def codes(**who: Any) -> list[str]:
        return [str(account.code) for account in client.questionnaires.list_questionnaire_accounts(**who)]

    assert codes() == [HR, IT]
    assert codes(user_id=EDSGER) == [IT]
    assert codes(user_token=sandbox.user_token(GRACE)) == []
    with pytest.raises(NotFoundError) as unknown:
        codes(user_id="nobody")
    assert unknown.value.err_code == 50001


def test_an_unknown_account_is_refused_with_3104(client: Lansenger) -> None:
    with pytest.raises(NotFoundError) as refused:
        client.questionnaires.save_questionnaire(title="t", account_code="no-such-account")
    assert refused.value.err_code == 3104
    with pytest.raises(NotFoundError):
        client.questionnaires.list_account_questionnaires(account_code="no-such-account")
    assert client.questionnaires.list_my_questionnaires(org_id=ORG_ID, user_id=ADA).total == 0


def test_drafting(client: Lansenger, sandbox: Sandbox) -> None:
    code = client.questionnaires.save_questionnaire(
        title="Staff survey",
        account_code=HR,
        welcome_speech="Welcome",
        user_type=QUESTIONNAIRE_USER_TYPE_PHONE,
        create_mobile=STAFF[GRACE].mobile,
    )
    assert client.questionnaires.save_questionnaire_questions(questionnaire_code=code, question_list=_questions()) == 2
    detail = client.questionnaires.fetch_questionnaire(questionnaire_code=code)
    assert (detail.title, detail.status, detail.question_count, detail.account_code) == (
        "Staff survey",
        QUESTIONNAIRE_STATUS_DRAFT,
        2,
        HR,
    )
    assert detail.create_user_name == STAFF[GRACE].name and detail.create_time
    radio, blank = detail.question_list
    assert [option.option_name for option in radio.question_option_list] == ["Very", "So so"]
    assert all(option.code for option in radio.question_option_list)

    changed = QuestionnaireQuestion.from_dict(blank.to_dict() | {"questionName": "Tell us more", "hint": "kept"})
    assert client.questionnaires.save_questionnaire_questions(questionnaire_code=code, question_list=[changed]) == 1
    after = client.questionnaires.fetch_questionnaire(questionnaire_code=code).question_list
    assert [(q.code, q.question_name) for q in after] == [
        (radio.code, radio.question_name),
        (blank.code, "Tell us more"),
    ]
    assert after[1].additional_properties == {"hint": "kept"}

    assert client.questionnaires.delete_questionnaire_question(question_code=str(blank.code)) is True
    with pytest.raises(NotFoundError):
        client.questionnaires.delete_questionnaire_question(question_code=str(blank.code))

    token = sandbox.user_token(GRACE)
    assert client.questionnaires.save_questionnaire(code=code, title="Survey 2026", account_code=IT, user_token=token)
    brief = client.questionnaires.fetch_questionnaire_brief(questionnaire_code=code)
    assert (brief.title, brief.account_code, brief.question_count) == ("Survey 2026", IT, 1)
    assert not brief.question_list and not brief.publish_time


def test_choice_questions_need_options(client: Lansenger) -> None:
    code = _draft(client)
    bare = QuestionnaireQuestion(
        question_name="Pick one", question_type=QUESTIONNAIRE_QUESTION_TYPE_RADIO, required_flag=1
    )
    with pytest.raises(InvalidRequestError, match="questionOptionList"):
        client.questionnaires.save_questionnaire_questions(questionnaire_code=code, question_list=[bare])
    stranger = QuestionnaireQuestion.from_dict(_questions()[1].to_dict() | {"code": "QS-unknown"})
    with pytest.raises(NotFoundError):
        client.questionnaires.save_questionnaire_questions(questionnaire_code=code, question_list=[stranger])
    assert client.questionnaires.fetch_questionnaire(questionnaire_code=code).question_count == 0


def test_life_cycle_and_answers(client: Lansenger, sandbox: Sandbox) -> None:
    code, (radio, blank) = _published(
        client, staff_id_list=[GRACE, ALAN], phone_list=[STAFF[EDSGER].mobile], publish_user_id=ADA
    )
    detail = client.questionnaires.fetch_questionnaire(questionnaire_code=code)
    assert (detail.status, detail.publish_user_name) == (QUESTIONNAIRE_STATUS_ONGOING, STAFF[ADA].name)
    assert detail.publish_time
    with pytest.raises(InvalidRequestError, match="status 2"):
        client.questionnaires.save_questionnaire_questions(questionnaire_code=code, question_list=_questions())

    first = _answer(client, code, GRACE, {radio: "Very", blank: "More coffee"})
    assert first["errCode"] == 0
    assert _answer(client, code, ALAN, {radio: "So so"})["errCode"] == 0
    assert "not invited" in _answer(client, code, ADA, {radio: "Very"})["errMsg"]
    assert "already answered" in _answer(client, code, GRACE, {radio: "Very"})["errMsg"]
    assert "unanswered" in _answer(client, code, EDSGER, {blank: "x"})["errMsg"]
    assert "not a question" in _answer(client, code, EDSGER, {radio: "Very", "QS-other": "x"})["errMsg"]

    detail = client.questionnaires.fetch_questionnaire(questionnaire_code=code)
    assert (detail.answer_user_count, detail.answer_user_times) == (2, 2)

    page = client.questionnaires.list_questionnaire_answers(account_code=HR, questionnaire_code=code, page_size=1)
    assert (page.total, page.pages, page.page_no, page.has_next_page) == (2, 2, 1, True)
    record = page.result[0]
    assert (record.answer_user_id, record.answer_question_count, record.answer_use_time) == (GRACE, 2, 42)
    second = client.questionnaires.list_questionnaire_answers(
        account_code=HR, questionnaire_code=code, page_no=2, page_size=1
    )
    assert [r.answer_user_id for r in second.result] == [ALAN] and second.has_next_page is False

    data = client.questionnaires.list_questionnaire_answer_data(account_code=HR, questionnaire_code=code)
    assert [row.answer_map[radio].context for row in data.result] == ["Very", "So so"]
    assert data.result[0].answer_map[blank].context == "More coffee"

    full = client.questionnaires.fetch_questionnaire_answer(account_code=HR, answer_code=first["data"]["answerCode"])
    assert (full.answer_user_name, full.questionnaire.code, len(full.question_list)) == (STAFF[GRACE].name, code, 2)
    assert full.answer_map[radio].context == "Very"
    with pytest.raises(NotFoundError):
        client.questionnaires.fetch_questionnaire_answer(account_code=IT, answer_code=first["data"]["answerCode"])

    grace = sandbox.user_token(GRACE)
    last = client.questionnaires.fetch_last_questionnaire_answer(questionnaire_code=code, user_token=grace)
    assert last is not None and last.code == first["data"]["answerCode"]
    last_record = client.questionnaires.fetch_last_questionnaire_answer_record(questionnaire_code=code, user_id=ALAN)
    assert last_record is not None and (last_record.answer_user_id, last_record.stats_status) == (ALAN, 1)
    assert client.questionnaires.fetch_last_questionnaire_answer_record(questionnaire_code=code, user_id=EDSGER) is None
    assert client.questionnaires.fetch_last_questionnaire_answer(questionnaire_code=code, user_id=EDSGER) is None

    answered = client.questionnaires.list_participated_questionnaires(org_id=ORG_ID, user_token=grace)
    assert [q.code for q in answered.result] == [code] and answered.total == 1
    finished = client.questionnaires.list_participated_questionnaires(
        org_id=ORG_ID, user_id=GRACE, status=QUESTIONNAIRE_STATUS_FINISHED
    )
    assert finished.total == 0

    assert client.questionnaires.withdraw_questionnaire(questionnaire_code=code, operate_user_id=ADA) is True
    assert (
        client.questionnaires.fetch_questionnaire_brief(questionnaire_code=code).status
        == QUESTIONNAIRE_STATUS_WITHDRAWN
    )
    assert "cannot take answers" in _answer(client, code, ALAN, {radio: "Very"})["errMsg"]
    with pytest.raises(InvalidRequestError):
        client.questionnaires.finish_questionnaire(questionnaire_code=code)
    assert client.questionnaires.publish_questionnaire(questionnaire_code=code) is True
    assert client.questionnaires.finish_questionnaire(questionnaire_code=code) is True
    assert (
        client.questionnaires.fetch_questionnaire_brief(questionnaire_code=code).status == QUESTIONNAIRE_STATUS_FINISHED
    )
    assert (
        client.questionnaires.list_participated_questionnaires(
            org_id=ORG_ID, user_id=GRACE, status=QUESTIONNAIRE_STATUS_FINISHED
        )
        .result[0]
        .code
        == code
    )

    duplicate = client.questionnaires.copy_questionnaire(questionnaire_code=code, operate_user_id=EDSGER)
    copied = client.questionnaires.fetch_questionnaire(questionnaire_code=duplicate)
    assert (copied.status, copied.question_count, copied.answer_user_times) == (QUESTIONNAIRE_STATUS_DRAFT, 2, 0)
    assert copied.create_user_name == STAFF[EDSGER].name
    assert {q.code for q in copied.question_list}.isdisjoint({radio, blank})

    assert client.questionnaires.delete_questionnaire(questionnaire_code=code) is True
    with pytest.raises(NotFoundError) as gone:
        client.questionnaires.fetch_questionnaire(questionnaire_code=code)
    assert gone.value.err_code == 64001
    assert [q.code for q in client.questionnaires.list_questionnaires_by_codes(code_list=[code, duplicate])] == [
        duplicate
    ]
    with_deleted = client.questionnaires.list_questionnaires_by_codes(code_list=[code, "QN-none"], include_del=1)
    assert [(q.code, q.answer_user_count) for q in with_deleted] == [(code, 2)]


def test_ongoing_questionnaires_are_not_deleted(client: Lansenger) -> None:
    code, _ = _published(client)
    with pytest.raises(InvalidRequestError, match="ongoing"):
        client.questionnaires.delete_questionnaire(questionnaire_code=code)
    assert (
        client.questionnaires.fetch_questionnaire_brief(questionnaire_code=code).status == QUESTIONNAIRE_STATUS_ONGOING
    )


def test_public_questionnaires_take_anyone_as_often_as_allowed(client: Lansenger) -> None:
    code, (radio, _) = _published(
        client, scope_type=QUESTIONNAIRE_SCOPE_PUBLIC, answer_limit=QUESTIONNAIRE_ANSWER_LIMIT_UNLIMITED
    )
    for person in (None, None, EDSGER, EDSGER):
        assert _answer(client, code, person, {radio: "Very"})["errCode"] == 0
    detail = client.questionnaires.fetch_questionnaire(questionnaire_code=code)
    assert (detail.answer_user_count, detail.answer_user_times) == (3, 4)


def test_lists_page_in_the_body_with_correct_totals(client: Lansenger) -> None:
    mine = [_draft(client, title=f"Survey {n}", account=IT, creator=ALAN) for n in range(23)]
    _draft(client, title="Someone else's", account=IT, creator=ADA)

    seen: list[str] = []
    for page_no in (1, 2, 3):
        page = client.questionnaires.list_my_questionnaires(org_id=ORG_ID, user_id=ALAN, page_no=page_no)
        assert (page.total, page.pages, page.page_size, page.page_no) == (23, 3, 10, page_no)
        assert page.has_next_page is (page_no < 3)
        seen += [str(q.code) for q in page.result]
    assert seen == mine[::-1]
    walked = client.questionnaires.iter_list_my_questionnaires(org_id=ORG_ID, user_id=ALAN, page_size=7)
    assert [str(q.code) for q in walked] == mine[::-1]
    beyond = client.questionnaires.list_my_questionnaires(org_id=ORG_ID, user_id=ALAN, page_no=4)
    assert (beyond.total, beyond.result) == (23, [])

    titled = client.questionnaires.list_my_questionnaires(org_id=ORG_ID, user_id=ALAN, title="Survey 2", page_size=50)
    assert sorted(q.title for q in titled.result) == ["Survey 2", "Survey 20", "Survey 21", "Survey 22"]
    assert client.questionnaires.list_my_questionnaires(org_id="other-org", user_id=ALAN).total == 0

    client.questionnaires.publish_questionnaire(questionnaire_code=mine[0])
    account = client.questionnaires.list_account_questionnaires(account_code=IT, page_size=5)
    assert (account.total, account.pages, len(account.result)) == (24, 5, 5)
    ongoing = client.questionnaires.list_account_questionnaires(account_code=IT, status=QUESTIONNAIRE_STATUS_ONGOING)
    assert [q.code for q in ongoing.result] == [mine[0]]
    assert client.questionnaires.list_account_questionnaires(account_code=HR).total == 0
    with pytest.raises(InvalidRequestError, match="userId"):
        client.questionnaires.list_my_questionnaires(org_id=ORG_ID)


def test_presigned_upload(client: Lansenger) -> None:
    content = b"\x89PNG fake picture bytes"
    md5 = hashlib.md5(content, usedforsecurity=False).hexdigest()
    url = client.questionnaires.create_questionnaire_upload_url(file_name="cover.png", md5=md5, size=len(content))

    def put(body: bytes, content_md5: str) -> dict[str, Any]:
        answer: dict[str, Any] = httpx.put(
            url, content=body, headers={"Content-MD5": content_md5}, verify=SHARED_TLS
        ).json()
        return answer

    assert put(content, "0" * 32)["errCode"] == 40001
    assert put(content[:-1], md5)["errCode"] == 40001
    assert put(content, base64.b64encode(bytes.fromhex(md5)).decode())["errCode"] == 0
    stored = put(content, md5)
    assert stored["errCode"] == 0 and stored["data"] == {"fileName": "cover.png", "size": len(content)}
    with pytest.raises(InvalidRequestError, match="extension"):
        client.questionnaires.create_questionnaire_upload_url(file_name="cover", md5=md5, size=1)
    with pytest.raises(InvalidRequestError, match="md5"):
        client.questionnaires.create_questionnaire_upload_url(file_name="cover.png", md5="not-hex", size=1)


@pytest.mark.anyio
async def test_async_client_against_the_sandbox(sandbox: Sandbox) -> None:
    transport = httpx.AsyncHTTPTransport(verify=SHARED_TLS)
    async with AsyncLansenger(
        sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport
    ) as client:
        code = await client.questionnaires.save_questionnaire(title="Async survey", account_code=HR)
        assert (
            await client.questionnaires.save_questionnaire_questions(
                questionnaire_code=code, question_list=_questions()
            )
            == 2
        )
        assert await client.questionnaires.publish_questionnaire(questionnaire_code=code, staff_id_list=[GRACE])
        listed = await client.questionnaires.list_account_questionnaires(account_code=HR)
        assert [q.code for q in listed.result] == [code]
        assert [q.code async for q in client.questionnaires.iter_list_account_questionnaires(account_code=HR)] == [code]
