# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `questionnaires` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.questionnaire_account import QuestionnaireAccount
    from ...models.questionnaire_account_list_request import QuestionnaireAccountListRequest
    from ...models.questionnaire_accounts_request import QuestionnaireAccountsRequest
    from ...models.questionnaire_answer_data import QuestionnaireAnswerData
    from ...models.questionnaire_answer_data_page import QuestionnaireAnswerDataPage
    from ...models.questionnaire_answer_detail import QuestionnaireAnswerDetail
    from ...models.questionnaire_answer_fetch_request import QuestionnaireAnswerFetchRequest
    from ...models.questionnaire_answer_limit import QuestionnaireAnswerLimit, check_questionnaire_answer_limit
    from ...models.questionnaire_answer_page import QuestionnaireAnswerPage
    from ...models.questionnaire_answer_record import QuestionnaireAnswerRecord
    from ...models.questionnaire_answers_request import QuestionnaireAnswersRequest
    from ...models.questionnaire_brief_request import QuestionnaireBriefRequest
    from ...models.questionnaire_code_request import QuestionnaireCodeRequest
    from ...models.questionnaire_detail import QuestionnaireDetail
    from ...models.questionnaire_last_answer_request import QuestionnaireLastAnswerRequest
    from ...models.questionnaire_mine_request import QuestionnaireMineRequest
    from ...models.questionnaire_page import QuestionnairePage
    from ...models.questionnaire_participation_request import QuestionnaireParticipationRequest
    from ...models.questionnaire_publish_request import QuestionnairePublishRequest
    from ...models.questionnaire_query_request import QuestionnaireQueryRequest
    from ...models.questionnaire_question import QuestionnaireQuestion
    from ...models.questionnaire_question_delete_request import QuestionnaireQuestionDeleteRequest
    from ...models.questionnaire_questions_save_request import QuestionnaireQuestionsSaveRequest
    from ...models.questionnaire_save_request import QuestionnaireSaveRequest
    from ...models.questionnaire_scope import QuestionnaireScope, check_questionnaire_scope
    from ...models.questionnaire_status import QuestionnaireStatus, check_questionnaire_status
    from ...models.questionnaire_upload_request import QuestionnaireUploadRequest
    from ...models.questionnaire_user_type import QuestionnaireUserType, check_questionnaire_user_type
    from . import copy_questionnaire as _copy_questionnaire
    from . import create_questionnaire_upload_url as _create_questionnaire_upload_url
    from . import delete_questionnaire as _delete_questionnaire
    from . import delete_questionnaire_question as _delete_questionnaire_question
    from . import fetch_last_questionnaire_answer as _fetch_last_questionnaire_answer
    from . import fetch_last_questionnaire_answer_record as _fetch_last_questionnaire_answer_record
    from . import fetch_questionnaire as _fetch_questionnaire
    from . import fetch_questionnaire_answer as _fetch_questionnaire_answer
    from . import fetch_questionnaire_answer_url as _fetch_questionnaire_answer_url
    from . import fetch_questionnaire_brief as _fetch_questionnaire_brief
    from . import finish_questionnaire as _finish_questionnaire
    from . import list_account_questionnaires as _list_account_questionnaires
    from . import list_my_questionnaires as _list_my_questionnaires
    from . import list_participated_questionnaires as _list_participated_questionnaires
    from . import list_questionnaire_accounts as _list_questionnaire_accounts
    from . import list_questionnaire_answer_data as _list_questionnaire_answer_data
    from . import list_questionnaire_answers as _list_questionnaire_answers
    from . import list_questionnaires_by_codes as _list_questionnaires_by_codes
    from . import publish_questionnaire as _publish_questionnaire
    from . import save_questionnaire as _save_questionnaire
    from . import save_questionnaire_questions as _save_questionnaire_questions
    from . import withdraw_questionnaire as _withdraw_questionnaire
else:
    QuestionnaireAccountListRequest = Deferred(
        __name__, "...models.questionnaire_account_list_request", "QuestionnaireAccountListRequest"
    )
    QuestionnaireAccountsRequest = Deferred(
        __name__, "...models.questionnaire_accounts_request", "QuestionnaireAccountsRequest"
    )
    QuestionnaireAnswerFetchRequest = Deferred(
        __name__, "...models.questionnaire_answer_fetch_request", "QuestionnaireAnswerFetchRequest"
    )
    QuestionnaireAnswersRequest = Deferred(
        __name__, "...models.questionnaire_answers_request", "QuestionnaireAnswersRequest"
    )
    QuestionnaireBriefRequest = Deferred(__name__, "...models.questionnaire_brief_request", "QuestionnaireBriefRequest")
    QuestionnaireCodeRequest = Deferred(__name__, "...models.questionnaire_code_request", "QuestionnaireCodeRequest")
    QuestionnaireLastAnswerRequest = Deferred(
        __name__, "...models.questionnaire_last_answer_request", "QuestionnaireLastAnswerRequest"
    )
    QuestionnaireMineRequest = Deferred(__name__, "...models.questionnaire_mine_request", "QuestionnaireMineRequest")
    QuestionnaireParticipationRequest = Deferred(
        __name__, "...models.questionnaire_participation_request", "QuestionnaireParticipationRequest"
    )
    QuestionnairePublishRequest = Deferred(
        __name__, "...models.questionnaire_publish_request", "QuestionnairePublishRequest"
    )
    QuestionnaireQueryRequest = Deferred(__name__, "...models.questionnaire_query_request", "QuestionnaireQueryRequest")
    QuestionnaireQuestionDeleteRequest = Deferred(
        __name__, "...models.questionnaire_question_delete_request", "QuestionnaireQuestionDeleteRequest"
    )
    QuestionnaireQuestionsSaveRequest = Deferred(
        __name__, "...models.questionnaire_questions_save_request", "QuestionnaireQuestionsSaveRequest"
    )
    QuestionnaireSaveRequest = Deferred(__name__, "...models.questionnaire_save_request", "QuestionnaireSaveRequest")
    QuestionnaireUploadRequest = Deferred(
        __name__, "...models.questionnaire_upload_request", "QuestionnaireUploadRequest"
    )
    _copy_questionnaire = Deferred(__name__, ".copy_questionnaire")
    _create_questionnaire_upload_url = Deferred(__name__, ".create_questionnaire_upload_url")
    _delete_questionnaire = Deferred(__name__, ".delete_questionnaire")
    _delete_questionnaire_question = Deferred(__name__, ".delete_questionnaire_question")
    _fetch_last_questionnaire_answer = Deferred(__name__, ".fetch_last_questionnaire_answer")
    _fetch_last_questionnaire_answer_record = Deferred(__name__, ".fetch_last_questionnaire_answer_record")
    _fetch_questionnaire = Deferred(__name__, ".fetch_questionnaire")
    _fetch_questionnaire_answer = Deferred(__name__, ".fetch_questionnaire_answer")
    _fetch_questionnaire_answer_url = Deferred(__name__, ".fetch_questionnaire_answer_url")
    _fetch_questionnaire_brief = Deferred(__name__, ".fetch_questionnaire_brief")
    _finish_questionnaire = Deferred(__name__, ".finish_questionnaire")
    _list_account_questionnaires = Deferred(__name__, ".list_account_questionnaires")
    _list_my_questionnaires = Deferred(__name__, ".list_my_questionnaires")
    _list_participated_questionnaires = Deferred(__name__, ".list_participated_questionnaires")
    _list_questionnaire_accounts = Deferred(__name__, ".list_questionnaire_accounts")
    _list_questionnaire_answer_data = Deferred(__name__, ".list_questionnaire_answer_data")
    _list_questionnaire_answers = Deferred(__name__, ".list_questionnaire_answers")
    _list_questionnaires_by_codes = Deferred(__name__, ".list_questionnaires_by_codes")
    _publish_questionnaire = Deferred(__name__, ".publish_questionnaire")
    _save_questionnaire = Deferred(__name__, ".save_questionnaire")
    _save_questionnaire_questions = Deferred(__name__, ".save_questionnaire_questions")
    _withdraw_questionnaire = Deferred(__name__, ".withdraw_questionnaire")


class QuestionnairesResource:
    """Operations tagged `questionnaires` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> QuestionnairesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return QuestionnairesResourceWithRawResponse(self)

    def copy_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Copy a questionnaire and its questions into a new draft.

        POST /xtra/questionnaire/server/openapi/v1/copy
        """
        return _copy_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_questionnaire_upload_url(
        self,
        *,
        file_name: str,
        md5: str,
        size: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Get a presigned URL to upload a file (a cover, an option picture) for questionnaires.

        Then send the file itself with an HTTP PUT to that URL, with the header `Content-MD5: <md5>` (the
        same hex digest as given here). How the upload becomes a resource id for coverResourceId,
        resourceIds or optionResourceId is undocumented.

        POST /xtra/questionnaire/server/openapi/v1/upload
        """
        return _create_questionnaire_upload_url.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireUploadRequest(
                    file_name,
                    md5,
                    size,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Delete a questionnaire that is not ongoing.

        Deleted questionnaires leave every list; list_questionnaires_by_codes still finds them with
        includeDel 1.

        POST /xtra/questionnaire/server/openapi/v1/delete
        """
        return _delete_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_questionnaire_question(
        self,
        *,
        question_code: str,
        create_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Delete one question by its code.

        POST /xtra/questionnaire/server/openapi/v1/deleteQuestion
        """
        return _delete_questionnaire_question.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireQuestionDeleteRequest(
                    question_code,
                    create_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_last_questionnaire_answer(
        self,
        *,
        questionnaire_code: str,
        answer_record_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerDetail | None:
        """Fetch a user's latest answer to a questionnaire in full (or the answer record named).

        The user is userId, else the user of user_token. What the platform answers for someone who has not
        answered is undocumented; this returns None when data is absent (the sandbox then leaves it out).

        POST /xtra/questionnaire/server/openapi/v1/lastAnswerDetail
        """
        return _fetch_last_questionnaire_answer.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireLastAnswerRequest(
                    questionnaire_code,
                    answer_record_code,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_last_questionnaire_answer_record(
        self,
        *,
        questionnaire_code: str,
        answer_record_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerRecord | None:
        """Fetch a user's latest answer record to a questionnaire, without the answers.

        The user is userId, else the user of user_token. What the platform answers for someone who has not
        answered is undocumented; this returns None when data is absent (the sandbox then leaves it out).

        POST /xtra/questionnaire/server/openapi/v1/lastAnswerRecord
        """
        return _fetch_last_questionnaire_answer_record.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireLastAnswerRequest(
                    questionnaire_code,
                    answer_record_code,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireDetail:
        """Fetch a questionnaire with its questions and answer counts (needs admin rights on it).

        POST /xtra/questionnaire/server/openapi/v1/detail
        """
        return _fetch_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_questionnaire_answer(
        self,
        *,
        account_code: str,
        answer_code: str,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerDetail:
        """Fetch one answer record in full, with its questionnaire, the questions and the answers.

        POST /xtra/questionnaire/server/openapi/v1/answerDetail
        """
        return _fetch_questionnaire_answer.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireAnswerFetchRequest(
                    account_code,
                    answer_code,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_questionnaire_answer_url(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Fetch the URL of the page where people answer the questionnaire.

        POST /xtra/questionnaire/server/openapi/v1/getAnswerUrl
        """
        return _fetch_questionnaire_answer_url.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_questionnaire_brief(
        self,
        *,
        questionnaire_code: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireDetail:
        """Fetch a questionnaire's basic facts without an admin check.

        The answer lacks questionList, publishTime and publishUserName.

        POST /xtra/questionnaire/server/openapi/v1/detailWithoutAuth
        """
        return _fetch_questionnaire_brief.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireBriefRequest(
                    questionnaire_code,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def finish_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """End an ongoing questionnaire; it accepts no more answers.

        POST /xtra/questionnaire/server/openapi/v1/finish
        """
        return _finish_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_account_questionnaires(
        self,
        *,
        account_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnairePage:
        """List, a page at a time, the questionnaires created under an official account.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/createList
        """
        return _list_account_questionnaires.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireAccountListRequest(
                    account_code,
                    page_no,
                    page_size,
                    status,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_account_questionnaires(
        self,
        *,
        account_code: str,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[QuestionnaireDetail]:
        """Every item of `list_account_questionnaires`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_account_questionnaires(
                account_code=account_code,
                page_no=position,
                page_size=page_size,
                status=status,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_my_questionnaires(
        self,
        *,
        org_id: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        title: str | Unset = UNSET,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnairePage:
        """List, a page at a time, the questionnaires a user created, personal and official ones alike.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/myCreateList
        """
        return _list_my_questionnaires.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireMineRequest(
                    org_id,
                    page_no,
                    page_size,
                    title,
                    status,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_my_questionnaires(
        self,
        *,
        org_id: str,
        page_size: int | Unset = 10,
        title: str | Unset = UNSET,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[QuestionnaireDetail]:
        """Every item of `list_my_questionnaires`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_my_questionnaires(
                org_id=org_id,
                page_no=position,
                page_size=page_size,
                title=title,
                status=status,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_participated_questionnaires(
        self,
        *,
        org_id: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnairePage:
        """List, a page at a time, the questionnaires a user has answered.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/participationList
        """
        return _list_participated_questionnaires.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireParticipationRequest(
                    org_id,
                    page_no,
                    page_size,
                    status,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_participated_questionnaires(
        self,
        *,
        org_id: str,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[QuestionnaireDetail]:
        """Every item of `list_participated_questionnaires`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_participated_questionnaires(
                org_id=org_id,
                page_no=position,
                page_size=page_size,
                status=status,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_questionnaire_accounts(
        self,
        *,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QuestionnaireAccount]:
        """List the official accounts a user manages; their `code` is the accountCode the other calls need.

        The answer's data is an array.

        POST /xtra/questionnaire/server/openapi/v1/userOfficeAccountList
        """
        return _list_questionnaire_accounts.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireAccountsRequest(
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_questionnaire_answer_data(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerDataPage:
        """List, a page at a time, the answer records of a questionnaire with their answers, for export.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/answerData
        """
        return _list_questionnaire_answer_data.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireAnswersRequest(
                    account_code,
                    questionnaire_code,
                    page_no,
                    page_size,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_questionnaire_answer_data(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[QuestionnaireAnswerData]:
        """Every item of `list_questionnaire_answer_data`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_questionnaire_answer_data(
                account_code=account_code,
                questionnaire_code=questionnaire_code,
                page_no=position,
                page_size=page_size,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_questionnaire_answers(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerPage:
        """List, a page at a time, the answer records of a questionnaire.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent. The records carry no
        answers; fetch_questionnaire_answer or list_questionnaire_answer_data have them.

        POST /xtra/questionnaire/server/openapi/v1/answerList
        """
        return _list_questionnaire_answers.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireAnswersRequest(
                    account_code,
                    questionnaire_code,
                    page_no,
                    page_size,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_questionnaire_answers(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[QuestionnaireAnswerRecord]:
        """Every item of `list_questionnaire_answers`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_questionnaire_answers(
                account_code=account_code,
                questionnaire_code=questionnaire_code,
                page_no=position,
                page_size=page_size,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    def list_questionnaires_by_codes(
        self,
        *,
        code_list: list[str],
        include_del: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QuestionnaireDetail]:
        """Fetch the basic facts of several questionnaires by their codes.

        The answer's data is an array; codes that match nothing are left out.

        POST /xtra/questionnaire/server/openapi/v1/queryList
        """
        return _list_questionnaires_by_codes.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireQueryRequest(
                    code_list,
                    include_del,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def publish_questionnaire(
        self,
        *,
        questionnaire_code: str,
        scope_type: QuestionnaireScope | Unset = 1,
        answer_limit: QuestionnaireAnswerLimit | Unset = 1,
        message_flag: int | Unset = 0,
        page_flag: int | Unset = 0,
        share_flag: int | Unset = 0,
        view_stats_flag: int | Unset = 1,
        anonym_flag: int | Unset = 0,
        staff_id_list: list[str] | Unset = UNSET,
        phone_list: list[str] | Unset = UNSET,
        publish_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Publish a draft (or withdrawn) questionnaire so people can answer it.

        The platform's SDK always sends scopeType, answerLimit and the five switches, with the platform's
        documented defaults (internal, answer once, messageFlag 0, pageFlag 0, shareFlag 0, viewStatsFlag 1,
        anonymFlag 0); so does this client. staffIdList and phoneList name who may answer an internal
        questionnaire; with messageFlag 1 they are also told through the official account.

        POST /xtra/questionnaire/server/openapi/v1/publish
        """
        return _publish_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnairePublishRequest(
                    questionnaire_code,
                    scope_type,
                    answer_limit,
                    message_flag,
                    page_flag,
                    share_flag,
                    view_stats_flag,
                    anonym_flag,
                    staff_id_list,
                    phone_list,
                    publish_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def save_questionnaire(
        self,
        *,
        title: str,
        account_code: str,
        code: str | Unset = UNSET,
        welcome_speech: str | Unset = UNSET,
        bye_speech: str | Unset = UNSET,
        cover_resource_id: str | Unset = UNSET,
        resource_ids: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        user_type: QuestionnaireUserType | Unset = UNSET,
        create_mobile: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Create a questionnaire as a draft, or overwrite the one whose code is given.

        accountCode must name one of the official accounts of list_questionnaire_accounts; a missing or
        unknown one is refused with errCode 3104 (官方账号不存在), not with a missing-parameter message. Without
        `code` a new questionnaire is created; with it, that questionnaire's fields are replaced (the
        sandbox refuses this while it is ongoing or finished).

        POST /xtra/questionnaire/server/openapi/v1/saveQuestionnaire
        """
        return _save_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireSaveRequest(
                    title,
                    account_code,
                    code,
                    welcome_speech,
                    bye_speech,
                    cover_resource_id,
                    resource_ids,
                    app_id,
                    user_type,
                    create_mobile,
                    create_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def save_questionnaire_questions(
        self,
        *,
        questionnaire_code: str,
        question_list: list[QuestionnaireQuestion],
        create_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> int:
        """Add or change several questions of a questionnaire at once.

        A question without `code` is added; one with the code of an existing question replaces it. Questions
        cannot change while the questionnaire is ongoing: withdraw it first. Misspelt question fields are
        not refused by the platform but silently ignored, so read the questionnaire back with
        fetch_questionnaire.

        POST /xtra/questionnaire/server/openapi/v1/saveQuestionList
        """
        return _save_questionnaire_questions.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireQuestionsSaveRequest(
                    questionnaire_code,
                    question_list,
                    create_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def withdraw_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Withdraw an ongoing questionnaire (status 3), so it can be edited and published again.

        POST /xtra/questionnaire/server/openapi/v1/withdraw
        """
        return _withdraw_questionnaire.sync(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class QuestionnairesResourceWithRawResponse:
    """Every operation of `QuestionnairesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: QuestionnairesResource) -> None:
        self.copy_questionnaire = raw_method(resource.copy_questionnaire, TABLE)
        self.create_questionnaire_upload_url = raw_method(resource.create_questionnaire_upload_url, TABLE)
        self.delete_questionnaire = raw_method(resource.delete_questionnaire, TABLE)
        self.delete_questionnaire_question = raw_method(resource.delete_questionnaire_question, TABLE)
        self.fetch_last_questionnaire_answer = raw_method(resource.fetch_last_questionnaire_answer, TABLE)
        self.fetch_last_questionnaire_answer_record = raw_method(resource.fetch_last_questionnaire_answer_record, TABLE)
        self.fetch_questionnaire = raw_method(resource.fetch_questionnaire, TABLE)
        self.fetch_questionnaire_answer = raw_method(resource.fetch_questionnaire_answer, TABLE)
        self.fetch_questionnaire_answer_url = raw_method(resource.fetch_questionnaire_answer_url, TABLE)
        self.fetch_questionnaire_brief = raw_method(resource.fetch_questionnaire_brief, TABLE)
        self.finish_questionnaire = raw_method(resource.finish_questionnaire, TABLE)
        self.list_account_questionnaires = raw_method(resource.list_account_questionnaires, TABLE)
        self.list_my_questionnaires = raw_method(resource.list_my_questionnaires, TABLE)
        self.list_participated_questionnaires = raw_method(resource.list_participated_questionnaires, TABLE)
        self.list_questionnaire_accounts = raw_method(resource.list_questionnaire_accounts, TABLE)
        self.list_questionnaire_answer_data = raw_method(resource.list_questionnaire_answer_data, TABLE)
        self.list_questionnaire_answers = raw_method(resource.list_questionnaire_answers, TABLE)
        self.list_questionnaires_by_codes = raw_method(resource.list_questionnaires_by_codes, TABLE)
        self.publish_questionnaire = raw_method(resource.publish_questionnaire, TABLE)
        self.save_questionnaire = raw_method(resource.save_questionnaire, TABLE)
        self.save_questionnaire_questions = raw_method(resource.save_questionnaire_questions, TABLE)
        self.withdraw_questionnaire = raw_method(resource.withdraw_questionnaire, TABLE)


class AsyncQuestionnairesResource:
    """Operations tagged `questionnaires` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncQuestionnairesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncQuestionnairesResourceWithRawResponse(self)

    async def copy_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Copy a questionnaire and its questions into a new draft.

        POST /xtra/questionnaire/server/openapi/v1/copy
        """
        return await _copy_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_questionnaire_upload_url(
        self,
        *,
        file_name: str,
        md5: str,
        size: int,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Get a presigned URL to upload a file (a cover, an option picture) for questionnaires.

        Then send the file itself with an HTTP PUT to that URL, with the header `Content-MD5: <md5>` (the
        same hex digest as given here). How the upload becomes a resource id for coverResourceId,
        resourceIds or optionResourceId is undocumented.

        POST /xtra/questionnaire/server/openapi/v1/upload
        """
        return await _create_questionnaire_upload_url.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireUploadRequest(
                    file_name,
                    md5,
                    size,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Delete a questionnaire that is not ongoing.

        Deleted questionnaires leave every list; list_questionnaires_by_codes still finds them with
        includeDel 1.

        POST /xtra/questionnaire/server/openapi/v1/delete
        """
        return await _delete_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_questionnaire_question(
        self,
        *,
        question_code: str,
        create_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Delete one question by its code.

        POST /xtra/questionnaire/server/openapi/v1/deleteQuestion
        """
        return await _delete_questionnaire_question.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireQuestionDeleteRequest(
                    question_code,
                    create_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_last_questionnaire_answer(
        self,
        *,
        questionnaire_code: str,
        answer_record_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerDetail | None:
        """Fetch a user's latest answer to a questionnaire in full (or the answer record named).

        The user is userId, else the user of user_token. What the platform answers for someone who has not
        answered is undocumented; this returns None when data is absent (the sandbox then leaves it out).

        POST /xtra/questionnaire/server/openapi/v1/lastAnswerDetail
        """
        return await _fetch_last_questionnaire_answer.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireLastAnswerRequest(
                    questionnaire_code,
                    answer_record_code,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_last_questionnaire_answer_record(
        self,
        *,
        questionnaire_code: str,
        answer_record_code: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerRecord | None:
        """Fetch a user's latest answer record to a questionnaire, without the answers.

        The user is userId, else the user of user_token. What the platform answers for someone who has not
        answered is undocumented; this returns None when data is absent (the sandbox then leaves it out).

        POST /xtra/questionnaire/server/openapi/v1/lastAnswerRecord
        """
        return await _fetch_last_questionnaire_answer_record.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireLastAnswerRequest(
                    questionnaire_code,
                    answer_record_code,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireDetail:
        """Fetch a questionnaire with its questions and answer counts (needs admin rights on it).

        POST /xtra/questionnaire/server/openapi/v1/detail
        """
        return await _fetch_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_questionnaire_answer(
        self,
        *,
        account_code: str,
        answer_code: str,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerDetail:
        """Fetch one answer record in full, with its questionnaire, the questions and the answers.

        POST /xtra/questionnaire/server/openapi/v1/answerDetail
        """
        return await _fetch_questionnaire_answer.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireAnswerFetchRequest(
                    account_code,
                    answer_code,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_questionnaire_answer_url(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Fetch the URL of the page where people answer the questionnaire.

        POST /xtra/questionnaire/server/openapi/v1/getAnswerUrl
        """
        return await _fetch_questionnaire_answer_url.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_questionnaire_brief(
        self,
        *,
        questionnaire_code: str,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireDetail:
        """Fetch a questionnaire's basic facts without an admin check.

        The answer lacks questionList, publishTime and publishUserName.

        POST /xtra/questionnaire/server/openapi/v1/detailWithoutAuth
        """
        return await _fetch_questionnaire_brief.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireBriefRequest(
                    questionnaire_code,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def finish_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """End an ongoing questionnaire; it accepts no more answers.

        POST /xtra/questionnaire/server/openapi/v1/finish
        """
        return await _finish_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_account_questionnaires(
        self,
        *,
        account_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnairePage:
        """List, a page at a time, the questionnaires created under an official account.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/createList
        """
        return await _list_account_questionnaires.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireAccountListRequest(
                    account_code,
                    page_no,
                    page_size,
                    status,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_account_questionnaires(
        self,
        *,
        account_code: str,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[QuestionnaireDetail]:
        """Every item of `list_account_questionnaires`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_account_questionnaires(
                account_code=account_code,
                page_no=position,
                page_size=page_size,
                status=status,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_my_questionnaires(
        self,
        *,
        org_id: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        title: str | Unset = UNSET,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnairePage:
        """List, a page at a time, the questionnaires a user created, personal and official ones alike.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/myCreateList
        """
        return await _list_my_questionnaires.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireMineRequest(
                    org_id,
                    page_no,
                    page_size,
                    title,
                    status,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_my_questionnaires(
        self,
        *,
        org_id: str,
        page_size: int | Unset = 10,
        title: str | Unset = UNSET,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[QuestionnaireDetail]:
        """Every item of `list_my_questionnaires`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_my_questionnaires(
                org_id=org_id,
                page_no=position,
                page_size=page_size,
                title=title,
                status=status,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_participated_questionnaires(
        self,
        *,
        org_id: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnairePage:
        """List, a page at a time, the questionnaires a user has answered.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/participationList
        """
        return await _list_participated_questionnaires.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireParticipationRequest(
                    org_id,
                    page_no,
                    page_size,
                    status,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_participated_questionnaires(
        self,
        *,
        org_id: str,
        page_size: int | Unset = 10,
        status: QuestionnaireStatus | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[QuestionnaireDetail]:
        """Every item of `list_participated_questionnaires`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_participated_questionnaires(
                org_id=org_id,
                page_no=position,
                page_size=page_size,
                status=status,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_questionnaire_accounts(
        self,
        *,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QuestionnaireAccount]:
        """List the official accounts a user manages; their `code` is the accountCode the other calls need.

        The answer's data is an array.

        POST /xtra/questionnaire/server/openapi/v1/userOfficeAccountList
        """
        return await _list_questionnaire_accounts.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireAccountsRequest(
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_questionnaire_answer_data(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerDataPage:
        """List, a page at a time, the answer records of a questionnaire with their answers, for export.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent.

        POST /xtra/questionnaire/server/openapi/v1/answerData
        """
        return await _list_questionnaire_answer_data.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireAnswersRequest(
                    account_code,
                    questionnaire_code,
                    page_no,
                    page_size,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_questionnaire_answer_data(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[QuestionnaireAnswerData]:
        """Every item of `list_questionnaire_answer_data`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_questionnaire_answer_data(
                account_code=account_code,
                questionnaire_code=questionnaire_code,
                page_no=position,
                page_size=page_size,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_questionnaire_answers(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_no: int | Unset = 1,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> QuestionnaireAnswerPage:
        """List, a page at a time, the answer records of a questionnaire.

        Paged in the body by pageNo (from 1) and pageSize; both are always sent. The records carry no
        answers; fetch_questionnaire_answer or list_questionnaire_answer_data have them.

        POST /xtra/questionnaire/server/openapi/v1/answerList
        """
        return await _list_questionnaire_answers.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireAnswersRequest(
                    account_code,
                    questionnaire_code,
                    page_no,
                    page_size,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_questionnaire_answers(
        self,
        *,
        account_code: str,
        questionnaire_code: str,
        page_size: int | Unset = 10,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[QuestionnaireAnswerRecord]:
        """Every item of `list_questionnaire_answers`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_questionnaire_answers(
                account_code=account_code,
                questionnaire_code=questionnaire_code,
                page_no=position,
                page_size=page_size,
                user_id=user_id,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.result,
            total=lambda data: data.total,
            advance=next_page,
        )

    async def list_questionnaires_by_codes(
        self,
        *,
        code_list: list[str],
        include_del: int | Unset = 0,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> list[QuestionnaireDetail]:
        """Fetch the basic facts of several questionnaires by their codes.

        The answer's data is an array; codes that match nothing are left out.

        POST /xtra/questionnaire/server/openapi/v1/queryList
        """
        return await _list_questionnaires_by_codes.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireQueryRequest(
                    code_list,
                    include_del,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def publish_questionnaire(
        self,
        *,
        questionnaire_code: str,
        scope_type: QuestionnaireScope | Unset = 1,
        answer_limit: QuestionnaireAnswerLimit | Unset = 1,
        message_flag: int | Unset = 0,
        page_flag: int | Unset = 0,
        share_flag: int | Unset = 0,
        view_stats_flag: int | Unset = 1,
        anonym_flag: int | Unset = 0,
        staff_id_list: list[str] | Unset = UNSET,
        phone_list: list[str] | Unset = UNSET,
        publish_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Publish a draft (or withdrawn) questionnaire so people can answer it.

        The platform's SDK always sends scopeType, answerLimit and the five switches, with the platform's
        documented defaults (internal, answer once, messageFlag 0, pageFlag 0, shareFlag 0, viewStatsFlag 1,
        anonymFlag 0); so does this client. staffIdList and phoneList name who may answer an internal
        questionnaire; with messageFlag 1 they are also told through the official account.

        POST /xtra/questionnaire/server/openapi/v1/publish
        """
        return await _publish_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnairePublishRequest(
                    questionnaire_code,
                    scope_type,
                    answer_limit,
                    message_flag,
                    page_flag,
                    share_flag,
                    view_stats_flag,
                    anonym_flag,
                    staff_id_list,
                    phone_list,
                    publish_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def save_questionnaire(
        self,
        *,
        title: str,
        account_code: str,
        code: str | Unset = UNSET,
        welcome_speech: str | Unset = UNSET,
        bye_speech: str | Unset = UNSET,
        cover_resource_id: str | Unset = UNSET,
        resource_ids: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        user_type: QuestionnaireUserType | Unset = UNSET,
        create_mobile: str | Unset = UNSET,
        create_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> str:
        """Create a questionnaire as a draft, or overwrite the one whose code is given.

        accountCode must name one of the official accounts of list_questionnaire_accounts; a missing or
        unknown one is refused with errCode 3104 (官方账号不存在), not with a missing-parameter message. Without
        `code` a new questionnaire is created; with it, that questionnaire's fields are replaced (the
        sandbox refuses this while it is ongoing or finished).

        POST /xtra/questionnaire/server/openapi/v1/saveQuestionnaire
        """
        return await _save_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireSaveRequest(
                    title,
                    account_code,
                    code,
                    welcome_speech,
                    bye_speech,
                    cover_resource_id,
                    resource_ids,
                    app_id,
                    user_type,
                    create_mobile,
                    create_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def save_questionnaire_questions(
        self,
        *,
        questionnaire_code: str,
        question_list: list[QuestionnaireQuestion],
        create_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> int:
        """Add or change several questions of a questionnaire at once.

        A question without `code` is added; one with the code of an existing question replaces it. Questions
        cannot change while the questionnaire is ongoing: withdraw it first. Misspelt question fields are
        not refused by the platform but silently ignored, so read the questionnaire back with
        fetch_questionnaire.

        POST /xtra/questionnaire/server/openapi/v1/saveQuestionList
        """
        return await _save_questionnaire_questions.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireQuestionsSaveRequest(
                    questionnaire_code,
                    question_list,
                    create_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def withdraw_questionnaire(
        self,
        *,
        questionnaire_code: str,
        operate_user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bool:
        """Withdraw an ongoing questionnaire (status 3), so it can be edited and published again.

        POST /xtra/questionnaire/server/openapi/v1/withdraw
        """
        return await _withdraw_questionnaire.asyncio(
            client=self._http,
            body=with_extra(
                QuestionnaireCodeRequest(
                    questionnaire_code,
                    operate_user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncQuestionnairesResourceWithRawResponse:
    """Every operation of `AsyncQuestionnairesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncQuestionnairesResource) -> None:
        self.copy_questionnaire = araw_method(resource.copy_questionnaire, TABLE)
        self.create_questionnaire_upload_url = araw_method(resource.create_questionnaire_upload_url, TABLE)
        self.delete_questionnaire = araw_method(resource.delete_questionnaire, TABLE)
        self.delete_questionnaire_question = araw_method(resource.delete_questionnaire_question, TABLE)
        self.fetch_last_questionnaire_answer = araw_method(resource.fetch_last_questionnaire_answer, TABLE)
        self.fetch_last_questionnaire_answer_record = araw_method(
            resource.fetch_last_questionnaire_answer_record, TABLE
        )
        self.fetch_questionnaire = araw_method(resource.fetch_questionnaire, TABLE)
        self.fetch_questionnaire_answer = araw_method(resource.fetch_questionnaire_answer, TABLE)
        self.fetch_questionnaire_answer_url = araw_method(resource.fetch_questionnaire_answer_url, TABLE)
        self.fetch_questionnaire_brief = araw_method(resource.fetch_questionnaire_brief, TABLE)
        self.finish_questionnaire = araw_method(resource.finish_questionnaire, TABLE)
        self.list_account_questionnaires = araw_method(resource.list_account_questionnaires, TABLE)
        self.list_my_questionnaires = araw_method(resource.list_my_questionnaires, TABLE)
        self.list_participated_questionnaires = araw_method(resource.list_participated_questionnaires, TABLE)
        self.list_questionnaire_accounts = araw_method(resource.list_questionnaire_accounts, TABLE)
        self.list_questionnaire_answer_data = araw_method(resource.list_questionnaire_answer_data, TABLE)
        self.list_questionnaire_answers = araw_method(resource.list_questionnaire_answers, TABLE)
        self.list_questionnaires_by_codes = araw_method(resource.list_questionnaires_by_codes, TABLE)
        self.publish_questionnaire = araw_method(resource.publish_questionnaire, TABLE)
        self.save_questionnaire = araw_method(resource.save_questionnaire, TABLE)
        self.save_questionnaire_questions = araw_method(resource.save_questionnaire_questions, TABLE)
        self.withdraw_questionnaire = araw_method(resource.withdraw_questionnaire, TABLE)


__all__ = ["AsyncQuestionnairesResource", "QuestionnairesResource"]
