"""Questionnaire operations as the platform receives them, and the typed answers they return."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from lansenger import InvalidArgumentError, Lansenger, NotFoundError
from lansenger_api.errors import ErrorCode
from lansenger_api.models.questionnaire_account import QuestionnaireAccount
from lansenger_api.models.questionnaire_answer_data_page import QuestionnaireAnswerDataPage
from lansenger_api.models.questionnaire_answer_detail import QuestionnaireAnswerDetail
from lansenger_api.models.questionnaire_answer_limit import (
    QUESTIONNAIRE_ANSWER_LIMIT_ONCE,
    QUESTIONNAIRE_ANSWER_LIMIT_UNLIMITED,
)
from lansenger_api.models.questionnaire_answer_page import QuestionnaireAnswerPage
from lansenger_api.models.questionnaire_answer_record import QuestionnaireAnswerRecord
from lansenger_api.models.questionnaire_detail import QuestionnaireDetail
from lansenger_api.models.questionnaire_fillblank_setting import QuestionnaireFillblankSetting
from lansenger_api.models.questionnaire_number_setting import QuestionnaireNumberSetting
from lansenger_api.models.questionnaire_page import QuestionnairePage
from lansenger_api.models.questionnaire_question import QuestionnaireQuestion
from lansenger_api.models.questionnaire_question_option import QuestionnaireQuestionOption
from lansenger_api.models.questionnaire_question_type import (
    QUESTIONNAIRE_QUESTION_TYPE_FILLBLANK,
    QUESTIONNAIRE_QUESTION_TYPE_MULTI_SCORE,
    QUESTIONNAIRE_QUESTION_TYPE_RADIO,
    QUESTIONNAIRE_QUESTION_TYPE_VALUES,
)
from lansenger_api.models.questionnaire_scope import QUESTIONNAIRE_SCOPE_INTERNAL, QUESTIONNAIRE_SCOPE_PUBLIC
from lansenger_api.models.questionnaire_score_setting import QuestionnaireScoreSetting
from lansenger_api.models.questionnaire_status import (
    QUESTIONNAIRE_STATUS_DRAFT,
    QUESTIONNAIRE_STATUS_FINISHED,
    QUESTIONNAIRE_STATUS_ONGOING,
    QUESTIONNAIRE_STATUS_READY_TO_PUBLISH,
    QUESTIONNAIRE_STATUS_WITHDRAWN,
)
from lansenger_api.models.questionnaire_user_type import QUESTIONNAIRE_USER_TYPE_OPENID

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

PREFIX = "/xtra/questionnaire/server/openapi/v1"
ACCOUNT = "ACC001"
CODE = "QN20260918001"
STAFF_ID = "524288-1001"
ORG = "524288"
MD5 = "d41d8cd98f00b204e9800998ecf8427e"

QUESTION_DATA = {
    "code": "Q1",
    "questionName": "您对当前工作环境是否满意？",
    "questionType": "radio",
    "requiredFlag": 1,
    "questionSortOrder": 1,
    "radioStyle": 1,
    "questionOptionList": [
        {"code": "O1", "optionName": "非常满意", "optionOrder": 1},
        {"code": "O2", "optionName": "一般", "optionOrder": 2, "noteFlag": 1, "optionColor": "#ccc"},
    ],
    "jumpLogic": {"O2": "Q3"},
}
DETAIL_DATA = {
    "id": 1001,
    "code": CODE,
    "title": "2026年度员工满意度调查",
    "status": 2,
    "accountType": 2,
    "accountCode": ACCOUNT,
    "answerUserCount": 120,
    "answerUserTimes": 130,
    "questionCount": 1,
    "questionList": [QUESTION_DATA],
    "publishTime": 1780000000000,
    "publishUserName": "张三",
    "createUserName": "张三",
    "createTime": 1779990000000,
    "welcomeSpeech": "欢迎参加",
}
BRIEF_DATA = {key: value for key, value in DETAIL_DATA.items() if key not in ("questionList", "publishTime")}
RECORD_DATA = {
    "id": 9001,
    "code": "AR1",
    "answerUserId": STAFF_ID,
    "answerUserName": "张三",
    "answerStatus": 1,
    "answerType": 1,
    "answerUseTime": 95,
    "answerQuestionCount": 1,
    "answerCommitTime": 1780000500000,
    "statsStatus": 1,
}
ANSWER_MAP = {"Q1": {"context": "非常满意"}}
ANSWER_DATA = {key: value for key, value in RECORD_DATA.items() if key not in ("id", "code", "statsStatus")} | {
    "questionnaire": BRIEF_DATA,
    "questionList": [QUESTION_DATA],
    "answerMap": ANSWER_MAP,
}


def _page(result: list[dict[str, Any]], page_no: int = 1, page_size: int = 10, total: int = 25) -> dict[str, Any]:
    pages = -(-total // page_size)
    return {
        "pageNo": page_no,
        "pageSize": page_size,
        "pages": pages,
        "total": total,
        "hasNextPage": page_no < pages,
        "result": result,
    }


def _is(expected: object) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert result == expected and type(result) is type(expected)

    return check


def _is_detail(result: Any) -> None:
    assert isinstance(result, QuestionnaireDetail)
    assert (result.id, result.code, result.status, result.account_code) == (1001, CODE, 2, ACCOUNT)
    assert (result.answer_user_count, result.answer_user_times, result.question_count) == (120, 130, 1)
    assert (result.publish_time, result.publish_user_name, result.create_time) == (1780000000000, "张三", 1779990000000)
    assert result.additional_properties == {"welcomeSpeech": "欢迎参加"}
    question = result.question_list[0]
    assert (question.code, question.question_type, question.required_flag) == ("Q1", "radio", 1)
    assert question.additional_properties == {"jumpLogic": {"O2": "Q3"}}
    options = question.question_option_list
    assert [(option.code, option.option_name, option.option_order) for option in options] == [
        ("O1", "非常满意", 1),
        ("O2", "一般", 2),
    ]
    assert options[1].note_flag == 1 and options[1].additional_properties == {"optionColor": "#ccc"}


def _is_brief(result: Any) -> None:
    assert isinstance(result, QuestionnaireDetail)
    assert (result.code, result.title, result.question_count, result.create_user_name) == (
        CODE,
        "2026年度员工满意度调查",
        1,
        "张三",
    )
    assert not result.question_list and not result.publish_time


def _is_by_codes(result: Any) -> None:
    assert isinstance(result, list) and all(isinstance(item, QuestionnaireDetail) for item in result)
    assert [(item.code, item.status) for item in result] == [(CODE, 2), ("QN2", 4)]


def _is_accounts(result: Any) -> None:
    assert isinstance(result, list) and all(isinstance(item, QuestionnaireAccount) for item in result)
    assert [item.code for item in result] == [ACCOUNT, "ACC002"]
    assert result[0].additional_properties == {"roleName": "人事处", "officialNumberId": "on-1"}


def _is_questionnaire_page(page_no: int, page_size: int) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert isinstance(result, QuestionnairePage)
        assert (result.page_no, result.page_size, result.pages, result.total) == (page_no, page_size, 3, 25)
        assert result.has_next_page is (page_no < 3)
        assert [item.code for item in result.result] == [CODE]
        assert result.result[0].title == "2026年度员工满意度调查"

    return check


def _is_answer_page(result: Any) -> None:
    assert isinstance(result, QuestionnaireAnswerPage)
    assert (result.total, result.pages, result.has_next_page) == (25, 3, True)
    record = result.result[0]
    assert isinstance(record, QuestionnaireAnswerRecord)
    assert (record.id, record.code, record.answer_user_id, record.answer_use_time) == (9001, "AR1", STAFF_ID, 95)
    assert (record.answer_question_count, record.answer_commit_time, record.stats_status) == (1, 1780000500000, 1)


def _is_answer_data_page(result: Any) -> None:
    assert isinstance(result, QuestionnaireAnswerDataPage)
    assert result.total == 25
    row = result.result[0]
    assert (row.code, row.answer_user_name) == ("AR1", "张三")
    assert row.answer_map["Q1"].context == "非常满意"
    assert row.answer_map.additional_keys == ["Q1"]


def _is_answer_detail(code: str | None) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert isinstance(result, QuestionnaireAnswerDetail)
        assert result.code == code if code else not result.code
        assert (result.answer_user_id, result.answer_user_name, result.answer_status) == (STAFF_ID, "张三", 1)
        assert result.questionnaire.code == CODE and result.questionnaire.title == "2026年度员工满意度调查"
        assert result.question_list[0].question_name == "您对当前工作环境是否满意？"
        assert result.answer_map["Q1"].context == "非常满意"

    return check


def _is_record(result: Any) -> None:
    assert isinstance(result, QuestionnaireAnswerRecord)
    assert result.to_dict() == RECORD_DATA


def _questions() -> list[QuestionnaireQuestion]:
    radio = QuestionnaireQuestion(
        question_name="您对当前工作环境是否满意？",
        question_type=QUESTIONNAIRE_QUESTION_TYPE_RADIO,
        required_flag=1,
        question_sort_order=1,
        radio_style=1,
        question_option_list=[
            QuestionnaireQuestionOption(option_name="非常满意", option_order=1),
            QuestionnaireQuestionOption(option_name="一般", option_order=2, note_flag=1, note_required_flag=1),
        ],
    )
    radio.additional_properties["jumpLogic"] = {"2": "end"}
    score = QuestionnaireQuestion(
        question_name="请为本期培训打分",
        question_type=QUESTIONNAIRE_QUESTION_TYPE_MULTI_SCORE,
        required_flag=1,
        code="Q2",
        multi_score_setting=QuestionnaireScoreSetting(min_score=1, max_score=5, left_tip="差", right_tip="好"),
        question_option_list=[QuestionnaireQuestionOption(option_name="课程内容", min_score=1, max_score=5)],
    )
    blank = QuestionnaireQuestion(
        question_name="您每天的通勤时长（小时）？",
        question_type=QUESTIONNAIRE_QUESTION_TYPE_FILLBLANK,
        required_flag=0,
        fillblank_sub_type="number",
        fillblank_sub_setting=QuestionnaireFillblankSetting(
            number_setting=QuestionnaireNumberSetting(point_limit=3, min_value=0, max_value=24.5)
        ),
    )
    return [radio, score, blank]


QUESTIONS_BODY = [
    {
        "questionName": "您对当前工作环境是否满意？",
        "questionType": "radio",
        "requiredFlag": 1,
        "questionSortOrder": 1,
        "radioStyle": 1,
        "questionOptionList": [
            {"optionName": "非常满意", "optionOrder": 1},
            {"optionName": "一般", "optionOrder": 2, "noteFlag": 1, "noteRequiredFlag": 1},
        ],
        "jumpLogic": {"2": "end"},
    },
    {
        "questionName": "请为本期培训打分",
        "questionType": "multiScore",
        "requiredFlag": 1,
        "code": "Q2",
        "multiScoreSetting": {"minScore": 1, "maxScore": 5, "leftTip": "差", "rightTip": "好"},
        "questionOptionList": [{"optionName": "课程内容", "minScore": 1, "maxScore": 5}],
    },
    {
        "questionName": "您每天的通勤时长（小时）？",
        "questionType": "fillblank",
        "requiredFlag": 0,
        "fillblankSubType": "number",
        "fillblankSubSetting": {"numberSetting": {"pointLimit": 3, "minValue": 0, "maxValue": 24.5}},
    },
]
PUBLISH_DEFAULTS = {
    "scopeType": 1,
    "answerLimit": 1,
    "messageFlag": 0,
    "pageFlag": 0,
    "shareFlag": 0,
    "viewStatsFlag": 1,
    "anonymFlag": 0,
}

CASES = [
    Case(
        "save_questionnaire",
        lambda c: c.questionnaires.save_questionnaire(
            title="2026年度员工满意度调查",
            account_code=ACCOUNT,
            code="QN000",
            welcome_speech="欢迎参加",
            bye_speech="感谢参与",
            cover_resource_id="res-cover",
            resource_ids="res-1,res-2",
            app_id="3064064-123456",
            user_type=QUESTIONNAIRE_USER_TYPE_OPENID,
            create_user_id=STAFF_ID,
        ),
        "POST",
        f"{PREFIX}/saveQuestionnaire",
        data=CODE,
        body={
            "title": "2026年度员工满意度调查",
            "accountCode": ACCOUNT,
            "code": "QN000",
            "welcomeSpeech": "欢迎参加",
            "byeSpeech": "感谢参与",
            "coverResourceId": "res-cover",
            "resourceIds": "res-1,res-2",
            "appId": "3064064-123456",
            "userType": 2,
            "createUserId": STAFF_ID,
        },
        check=_is(CODE),
    ),
    Case(
        "save_questionnaire_questions",
        lambda c: c.questionnaires.save_questionnaire_questions(
            questionnaire_code=CODE, question_list=_questions(), create_user_id=STAFF_ID
        ),
        "POST",
        f"{PREFIX}/saveQuestionList",
        data=3,
        body={"questionnaireCode": CODE, "questionList": QUESTIONS_BODY, "createUserId": STAFF_ID},
        check=_is(3),
    ),
    Case(
        "delete_questionnaire_question",
        lambda c: c.questionnaires.delete_questionnaire_question(question_code="Q2", user_token="ut-1"),
        "POST",
        f"{PREFIX}/deleteQuestion",
        data=True,
        query={"user_token": "ut-1"},
        body={"questionCode": "Q2"},
        check=_is(True),
    ),
    Case(
        "publish_questionnaire",
        lambda c: c.questionnaires.publish_questionnaire(questionnaire_code=CODE, staff_id_list=[STAFF_ID]),
        "POST",
        f"{PREFIX}/publish",
        data=True,
        body={"questionnaireCode": CODE, **PUBLISH_DEFAULTS, "staffIdList": [STAFF_ID]},
        check=_is(True),
    ),
    Case(
        "withdraw_questionnaire",
        lambda c: c.questionnaires.withdraw_questionnaire(questionnaire_code=CODE, operate_user_id=STAFF_ID),
        "POST",
        f"{PREFIX}/withdraw",
        data=True,
        body={"questionnaireCode": CODE, "operateUserId": STAFF_ID},
        check=_is(True),
    ),
    Case(
        "finish_questionnaire",
        lambda c: c.questionnaires.finish_questionnaire(questionnaire_code=CODE, user_token="ut-1"),
        "POST",
        f"{PREFIX}/finish",
        data=True,
        query={"user_token": "ut-1"},
        body={"questionnaireCode": CODE},
        check=_is(True),
    ),
    Case(
        "delete_questionnaire",
        lambda c: c.questionnaires.delete_questionnaire(questionnaire_code=CODE, operate_user_id=STAFF_ID),
        "POST",
        f"{PREFIX}/delete",
        data=False,
        body={"questionnaireCode": CODE, "operateUserId": STAFF_ID},
        check=_is(False),
    ),
    Case(
        "fetch_questionnaire",
        lambda c: c.questionnaires.fetch_questionnaire(questionnaire_code=CODE, operate_user_id=STAFF_ID),
        "POST",
        f"{PREFIX}/detail",
        data=DETAIL_DATA,
        body={"questionnaireCode": CODE, "operateUserId": STAFF_ID},
        check=_is_detail,
    ),
    Case(
        "fetch_questionnaire_brief",
        lambda c: c.questionnaires.fetch_questionnaire_brief(questionnaire_code=CODE),
        "POST",
        f"{PREFIX}/detailWithoutAuth",
        data=BRIEF_DATA,
        body={"questionnaireCode": CODE},
        check=_is_brief,
    ),
    Case(
        "fetch_questionnaire_answer_url",
        lambda c: c.questionnaires.fetch_questionnaire_answer_url(questionnaire_code=CODE, operate_user_id=STAFF_ID),
        "POST",
        f"{PREFIX}/getAnswerUrl",
        data=f"https://qn.example.com/answer/{CODE}",
        body={"questionnaireCode": CODE, "operateUserId": STAFF_ID},
        check=_is(f"https://qn.example.com/answer/{CODE}"),
    ),
    Case(
        "copy_questionnaire",
        lambda c: c.questionnaires.copy_questionnaire(questionnaire_code=CODE),
        "POST",
        f"{PREFIX}/copy",
        data="QN20260918002",
        body={"questionnaireCode": CODE},
        check=_is("QN20260918002"),
    ),
    Case(
        "list_questionnaires_by_codes",
        lambda c: c.questionnaires.list_questionnaires_by_codes(code_list=[CODE, "QN2"], include_del=1),
        "POST",
        f"{PREFIX}/queryList",
        data=[BRIEF_DATA, {"code": "QN2", "status": 4}],
        body={"codeList": [CODE, "QN2"], "includeDel": 1},
        check=_is_by_codes,
    ),
    Case(
        "list_questionnaire_accounts",
        lambda c: c.questionnaires.list_questionnaire_accounts(),
        "POST",
        f"{PREFIX}/userOfficeAccountList",
        data=[{"code": ACCOUNT, "roleName": "人事处", "officialNumberId": "on-1"}, {"code": "ACC002"}],
        body={},
        check=_is_accounts,
    ),
    Case(
        "list_account_questionnaires",
        lambda c: c.questionnaires.list_account_questionnaires(
            account_code=ACCOUNT, status=QUESTIONNAIRE_STATUS_ONGOING
        ),
        "POST",
        f"{PREFIX}/createList",
        data=_page([BRIEF_DATA]),
        body={"accountCode": ACCOUNT, "pageNo": 1, "pageSize": 10, "status": 2},
        check=_is_questionnaire_page(1, 10),
    ),
    Case(
        "list_my_questionnaires",
        lambda c: c.questionnaires.list_my_questionnaires(
            org_id=ORG, page_no=2, page_size=10, title="满意度", status=QUESTIONNAIRE_STATUS_DRAFT, user_id=STAFF_ID
        ),
        "POST",
        f"{PREFIX}/myCreateList",
        data=_page([BRIEF_DATA], page_no=2),
        body={"orgId": ORG, "pageNo": 2, "pageSize": 10, "title": "满意度", "status": 1, "userId": STAFF_ID},
        check=_is_questionnaire_page(2, 10),
    ),
    Case(
        "list_participated_questionnaires",
        lambda c: c.questionnaires.list_participated_questionnaires(
            org_id=ORG, page_no=3, status=QUESTIONNAIRE_STATUS_FINISHED, user_token="ut-1"
        ),
        "POST",
        f"{PREFIX}/participationList",
        data=_page([BRIEF_DATA], page_no=3),
        query={"user_token": "ut-1"},
        body={"orgId": ORG, "pageNo": 3, "pageSize": 10, "status": 4},
        check=_is_questionnaire_page(3, 10),
    ),
    Case(
        "list_questionnaire_answers",
        lambda c: c.questionnaires.list_questionnaire_answers(
            account_code=ACCOUNT, questionnaire_code=CODE, page_size=10, user_id=STAFF_ID
        ),
        "POST",
        f"{PREFIX}/answerList",
        data=_page([RECORD_DATA]),
        body={"accountCode": ACCOUNT, "questionnaireCode": CODE, "pageNo": 1, "pageSize": 10, "userId": STAFF_ID},
        check=_is_answer_page,
    ),
    Case(
        "fetch_questionnaire_answer",
        lambda c: c.questionnaires.fetch_questionnaire_answer(account_code=ACCOUNT, answer_code="AR1"),
        "POST",
        f"{PREFIX}/answerDetail",
        data=ANSWER_DATA,
        body={"accountCode": ACCOUNT, "answerCode": "AR1"},
        check=_is_answer_detail(None),
    ),
    Case(
        "fetch_last_questionnaire_answer",
        lambda c: c.questionnaires.fetch_last_questionnaire_answer(
            questionnaire_code=CODE, answer_record_code="AR1", user_id=STAFF_ID
        ),
        "POST",
        f"{PREFIX}/lastAnswerDetail",
        data=ANSWER_DATA | {"code": "AR1"},
        body={"questionnaireCode": CODE, "answerRecordCode": "AR1", "userId": STAFF_ID},
        check=_is_answer_detail("AR1"),
    ),
    Case(
        "list_questionnaire_answer_data",
        lambda c: c.questionnaires.list_questionnaire_answer_data(account_code=ACCOUNT, questionnaire_code=CODE),
        "POST",
        f"{PREFIX}/answerData",
        data=_page([RECORD_DATA | {"answerMap": ANSWER_MAP}]),
        body={"accountCode": ACCOUNT, "questionnaireCode": CODE, "pageNo": 1, "pageSize": 10},
        check=_is_answer_data_page,
    ),
    Case(
        "fetch_last_questionnaire_answer_record",
        lambda c: c.questionnaires.fetch_last_questionnaire_answer_record(questionnaire_code=CODE, user_token="ut-1"),
        "POST",
        f"{PREFIX}/lastAnswerRecord",
        data=RECORD_DATA,
        query={"user_token": "ut-1"},
        body={"questionnaireCode": CODE},
        check=_is_record,
    ),
    Case(
        "create_questionnaire_upload_url",
        lambda c: c.questionnaires.create_questionnaire_upload_url(file_name="logo.png", md5=MD5, size=10240),
        "POST",
        f"{PREFIX}/upload",
        data="https://oss.example.com/u/logo.png?sign=x",
        body={"fileName": "logo.png", "md5": MD5, "size": 10240},
        check=_is("https://oss.example.com/u/logo.png?sign=x"),
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_every_operation_has_a_case() -> None:
    client = Lansenger(app_token=TOKEN, gateway_url=GATEWAY)
    operations = {name for name in dir(client.questionnaires) if not name.startswith(("_", "iter_", "with_"))}
    assert operations == {case.id for case in CASES}
    assert len(operations) == 22


def test_unknown_official_account_raises_not_found(router: respx.MockRouter) -> None:
    save = next(case for case in CASES if case.id == "save_questionnaire")
    run_error(router, save, 3104, NotFoundError)
    assert ErrorCode.OFFICIAL_ACCOUNT_NOT_FOUND == 3104


def test_publish_sends_the_choices_given(router: respx.MockRouter) -> None:
    route = router.post(f"{PREFIX}/publish").respond(json=ok(True))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.questionnaires.publish_questionnaire(
            questionnaire_code=CODE,
            scope_type=QUESTIONNAIRE_SCOPE_PUBLIC,
            answer_limit=QUESTIONNAIRE_ANSWER_LIMIT_UNLIMITED,
            message_flag=1,
            page_flag=1,
            share_flag=1,
            view_stats_flag=0,
            anonym_flag=1,
            phone_list=["13800000001"],
            publish_user_id=STAFF_ID,
        )
    assert json.loads(route.calls.last.request.content) == {
        "questionnaireCode": CODE,
        "scopeType": 2,
        "answerLimit": -1,
        "messageFlag": 1,
        "pageFlag": 1,
        "shareFlag": 1,
        "viewStatsFlag": 0,
        "anonymFlag": 1,
        "phoneList": ["13800000001"],
        "publishUserId": STAFF_ID,
    }


def test_defaults_always_travel(router: respx.MockRouter) -> None:
    """includeDel (not includeDeleted) and the page fields are sent even when the caller leaves them out."""
    query = router.post(f"{PREFIX}/queryList").respond(json=ok([]))
    answers = router.post(f"{PREFIX}/answerList").respond(json=ok(_page([], total=0)))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert client.questionnaires.list_questionnaires_by_codes(code_list=[CODE]) == []
        page = client.questionnaires.list_questionnaire_answers(account_code=ACCOUNT, questionnaire_code=CODE)
    assert json.loads(query.calls.last.request.content) == {"codeList": [CODE], "includeDel": 0}
    assert json.loads(answers.calls.last.request.content)["pageNo"] == 1
    assert (page.total, page.result, page.has_next_page) == (0, [], False)


@pytest.mark.parametrize("operation", ["fetch_last_questionnaire_answer", "fetch_last_questionnaire_answer_record"])
def test_no_last_answer_is_none(router: respx.MockRouter, operation: str) -> None:
    router.post(url__regex=f"{PREFIX}/lastAnswer").respond(json=ok())
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert getattr(client.questionnaires, operation)(questionnaire_code=CODE, user_id=STAFF_ID) is None


def test_enum_constants_are_the_platform_codes() -> None:
    statuses = [
        QUESTIONNAIRE_STATUS_DRAFT,
        QUESTIONNAIRE_STATUS_ONGOING,
        QUESTIONNAIRE_STATUS_WITHDRAWN,
        QUESTIONNAIRE_STATUS_FINISHED,
        QUESTIONNAIRE_STATUS_READY_TO_PUBLISH,
    ]
    assert statuses == [1, 2, 3, 4, 5]
    assert (QUESTIONNAIRE_SCOPE_INTERNAL, QUESTIONNAIRE_SCOPE_PUBLIC) == (1, 2)
    assert (QUESTIONNAIRE_ANSWER_LIMIT_ONCE, QUESTIONNAIRE_ANSWER_LIMIT_UNLIMITED) == (1, -1)
    assert len(QUESTIONNAIRE_QUESTION_TYPE_VALUES) == 16
    assert {"radio", "picturesVote", "dateTime", "multiScore", "filesUpload"} <= QUESTIONNAIRE_QUESTION_TYPE_VALUES


def test_answers_keep_unknown_values(router: respx.MockRouter) -> None:
    """A status or question type the platform adds later reaches the caller instead of failing the answer."""
    data = {"code": CODE, "status": 6, "questionList": [{"code": "Q9", "questionType": "matrix"}]}
    router.post(f"{PREFIX}/detail").respond(json=ok(data))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        detail = client.questionnaires.fetch_questionnaire(questionnaire_code=CODE)
    assert (detail.status, detail.question_list[0].question_type) == (6, "matrix")


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose gateway has no routes: anything that reaches it fails the test."""
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not router.calls


def _question(**fields: Any) -> QuestionnaireQuestion:
    values: dict[str, Any] = {"question_name": "q", "question_type": "fillblank", "required_flag": 1} | fields
    return QuestionnaireQuestion(**values)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda q: q.save_questionnaire(title="", account_code=ACCOUNT), "title must not be empty"),
        (lambda q: q.save_questionnaire(title="t" * 101, account_code=ACCOUNT), "title must be at most 100"),
        (lambda q: q.save_questionnaire(title="t", account_code=""), "account_code must not be empty"),
        (lambda q: q.save_questionnaire(title="t", account_code=ACCOUNT, user_type=3), "user_type must be one of"),
        (lambda q: q.save_questionnaire_questions(questionnaire_code=CODE, question_list=[]), "must not be empty"),
        (
            lambda q: q.save_questionnaire_questions(
                questionnaire_code=CODE, question_list=[_question(question_type="x")]
            ),
            r"question_list\[0\]\.question_type must be one of",
        ),
        (
            lambda q: q.save_questionnaire_questions(
                questionnaire_code=CODE, question_list=[_question(required_flag=2)]
            ),
            r"question_list\[0\]\.required_flag must be at most 1",
        ),
        (
            lambda q: q.save_questionnaire_questions(
                questionnaire_code=CODE, question_list=[_question(), _question(upload_limit=10)]
            ),
            r"question_list\[1\]\.upload_limit must be at most 9",
        ),
        (
            lambda q: q.save_questionnaire_questions(
                questionnaire_code=CODE,
                question_list=[_question(question_option_list=[QuestionnaireQuestionOption(option_name="")])],
            ),
            r"question_list\[0\]\.question_option_list\[0\]\.option_name must be at least 1",
        ),
        (lambda q: q.delete_questionnaire_question(question_code=""), "question_code must not be empty"),
        (lambda q: q.publish_questionnaire(questionnaire_code=CODE, scope_type=3), "scope_type must be one of"),
        (lambda q: q.publish_questionnaire(questionnaire_code=CODE, answer_limit=0), "answer_limit must be one of"),
        (lambda q: q.publish_questionnaire(questionnaire_code=CODE, message_flag=2), "message_flag must be at most 1"),
        (lambda q: q.withdraw_questionnaire(questionnaire_code=""), "questionnaire_code must not be empty"),
        (lambda q: q.list_questionnaires_by_codes(code_list=[]), "code_list must not be empty"),
        (lambda q: q.list_questionnaires_by_codes(code_list=[""]), r"code_list\[0\] must be at least 1"),
        (lambda q: q.list_questionnaires_by_codes(code_list=[CODE], include_del=2), "include_del must be at most 1"),
        (lambda q: q.list_account_questionnaires(account_code=ACCOUNT, page_no=0), "page_no must be at least 1"),
        (lambda q: q.list_my_questionnaires(org_id=ORG, page_size=0), "page_size must be at least 1"),
        (lambda q: q.list_participated_questionnaires(org_id=ORG, status=9), "status must be one of"),
        (lambda q: q.fetch_questionnaire_answer(account_code=ACCOUNT, answer_code=""), "answer_code must not be empty"),
        (lambda q: q.create_questionnaire_upload_url(file_name="a.png", md5=MD5, size=0), "size must be at least 1"),
        (lambda q: q.create_questionnaire_upload_url(file_name="a.png", md5="", size=1), "md5 must not be empty"),
    ],
)
def test_rejected_before_any_request(offline: Lansenger, call: Callable[[Any], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline.questionnaires)
