# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The root clients, and the runtime generated operations send requests and read the platform's answers with."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Final

import httpx

from .errors import TABLE
from .wire import (
    ERROR_BODY_LIMIT,
    Answers,
    acapped,
    apaginate,
    asend,
    capped,
    err_code,
    next_offset,
    next_page,
    paged,
    paginate,
    path_segment,
    retry_after_seconds,
    send,
    translate,
    with_extra,
)

if TYPE_CHECKING:
    from .api.apps import AppsResource, AsyncAppsResource
    from .api.auth import AsyncAuthResource, AuthResource
    from .api.boardrooms import AsyncBoardroomsResource, BoardroomsResource
    from .api.bots import AsyncBotsResource, BotsResource
    from .api.calendars import AsyncCalendarsResource, CalendarsResource
    from .api.departments import AsyncDepartmentsResource, DepartmentsResource
    from .api.groups import AsyncGroupsResource, GroupsResource
    from .api.hooks import AsyncHooksResource, HooksResource
    from .api.jiaban import AsyncJiabanResource, JiabanResource
    from .api.media import AsyncMediaResource, MediaResource
    from .api.messages import AsyncMessagesResource, MessagesResource
    from .api.notices import AsyncNoticesResource, NoticesResource
    from .api.notifications import AsyncNotificationsResource, NotificationsResource
    from .api.oauth import AsyncOauthResource, OauthResource
    from .api.org import AsyncOrgResource, OrgResource
    from .api.personal_apps import AsyncPersonalAppsResource, PersonalAppsResource
    from .api.personal_todos import AsyncPersonalTodosResource, PersonalTodosResource
    from .api.qingjia import AsyncQingjiaResource, QingjiaResource
    from .api.questionnaires import AsyncQuestionnairesResource, QuestionnairesResource
    from .api.roles import AsyncRolesResource, RolesResource
    from .api.staffs import AsyncStaffsResource, StaffsResource
    from .api.streams import AsyncStreamsResource, StreamsResource
    from .api.tags import AsyncTagsResource, TagsResource
    from .api.todos import AsyncTodosResource, TodosResource
    from .api.users import AsyncUsersResource, UsersResource
    from .api.videoconferences import AsyncVideoconferencesResource, VideoconferencesResource
    from .api.websocket import AsyncWebsocketResource, WebsocketResource

ANSWERS: Final = Answers(TABLE)
"""Reads every answer with the spec's error table."""
parse = ANSWERS.parse
unwrap = ANSWERS.unwrap
stream = ANSWERS.stream
astream = ANSWERS.astream


class LansengerAPI:
    """Every operation of the API, one attribute per resource, sent through one long-lived `httpx.Client`."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def apps(self) -> AppsResource:
        from .api.apps import AppsResource

        return AppsResource(self._http)

    @cached_property
    def auth(self) -> AuthResource:
        from .api.auth import AuthResource

        return AuthResource(self._http)

    @cached_property
    def boardrooms(self) -> BoardroomsResource:
        from .api.boardrooms import BoardroomsResource

        return BoardroomsResource(self._http)

    @cached_property
    def bots(self) -> BotsResource:
        from .api.bots import BotsResource

        return BotsResource(self._http)

    @cached_property
    def calendars(self) -> CalendarsResource:
        from .api.calendars import CalendarsResource

        return CalendarsResource(self._http)

    @cached_property
    def departments(self) -> DepartmentsResource:
        from .api.departments import DepartmentsResource

        return DepartmentsResource(self._http)

    @cached_property
    def groups(self) -> GroupsResource:
        from .api.groups import GroupsResource

        return GroupsResource(self._http)

    @cached_property
    def hooks(self) -> HooksResource:
        from .api.hooks import HooksResource

        return HooksResource(self._http)

    @cached_property
    def jiaban(self) -> JiabanResource:
        from .api.jiaban import JiabanResource

        return JiabanResource(self._http)

    @cached_property
    def media(self) -> MediaResource:
        from .api.media import MediaResource

        return MediaResource(self._http)

    @cached_property
    def messages(self) -> MessagesResource:
        from .api.messages import MessagesResource

        return MessagesResource(self._http)

    @cached_property
    def notices(self) -> NoticesResource:
        from .api.notices import NoticesResource

        return NoticesResource(self._http)

    @cached_property
    def notifications(self) -> NotificationsResource:
        from .api.notifications import NotificationsResource

        return NotificationsResource(self._http)

    @cached_property
    def oauth(self) -> OauthResource:
        from .api.oauth import OauthResource

        return OauthResource(self._http)

    @cached_property
    def org(self) -> OrgResource:
        from .api.org import OrgResource

        return OrgResource(self._http)

    @cached_property
    def personal_apps(self) -> PersonalAppsResource:
        from .api.personal_apps import PersonalAppsResource

        return PersonalAppsResource(self._http)

    @cached_property
    def personal_todos(self) -> PersonalTodosResource:
        from .api.personal_todos import PersonalTodosResource

        return PersonalTodosResource(self._http)

    @cached_property
    def qingjia(self) -> QingjiaResource:
        from .api.qingjia import QingjiaResource

        return QingjiaResource(self._http)

    @cached_property
    def questionnaires(self) -> QuestionnairesResource:
        from .api.questionnaires import QuestionnairesResource

        return QuestionnairesResource(self._http)

    @cached_property
    def roles(self) -> RolesResource:
        from .api.roles import RolesResource

        return RolesResource(self._http)

    @cached_property
    def staffs(self) -> StaffsResource:
        from .api.staffs import StaffsResource

        return StaffsResource(self._http)

    @cached_property
    def streams(self) -> StreamsResource:
        from .api.streams import StreamsResource

        return StreamsResource(self._http)

    @cached_property
    def tags(self) -> TagsResource:
        from .api.tags import TagsResource

        return TagsResource(self._http)

    @cached_property
    def todos(self) -> TodosResource:
        from .api.todos import TodosResource

        return TodosResource(self._http)

    @cached_property
    def users(self) -> UsersResource:
        from .api.users import UsersResource

        return UsersResource(self._http)

    @cached_property
    def videoconferences(self) -> VideoconferencesResource:
        from .api.videoconferences import VideoconferencesResource

        return VideoconferencesResource(self._http)

    @cached_property
    def websocket(self) -> WebsocketResource:
        from .api.websocket import WebsocketResource

        return WebsocketResource(self._http)


class AsyncLansengerAPI:
    """The async twin of `LansengerAPI`, over one long-lived `httpx.AsyncClient`."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def apps(self) -> AsyncAppsResource:
        from .api.apps import AsyncAppsResource

        return AsyncAppsResource(self._http)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        from .api.auth import AsyncAuthResource

        return AsyncAuthResource(self._http)

    @cached_property
    def boardrooms(self) -> AsyncBoardroomsResource:
        from .api.boardrooms import AsyncBoardroomsResource

        return AsyncBoardroomsResource(self._http)

    @cached_property
    def bots(self) -> AsyncBotsResource:
        from .api.bots import AsyncBotsResource

        return AsyncBotsResource(self._http)

    @cached_property
    def calendars(self) -> AsyncCalendarsResource:
        from .api.calendars import AsyncCalendarsResource

        return AsyncCalendarsResource(self._http)

    @cached_property
    def departments(self) -> AsyncDepartmentsResource:
        from .api.departments import AsyncDepartmentsResource

        return AsyncDepartmentsResource(self._http)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        from .api.groups import AsyncGroupsResource

        return AsyncGroupsResource(self._http)

    @cached_property
    def hooks(self) -> AsyncHooksResource:
        from .api.hooks import AsyncHooksResource

        return AsyncHooksResource(self._http)

    @cached_property
    def jiaban(self) -> AsyncJiabanResource:
        from .api.jiaban import AsyncJiabanResource

        return AsyncJiabanResource(self._http)

    @cached_property
    def media(self) -> AsyncMediaResource:
        from .api.media import AsyncMediaResource

        return AsyncMediaResource(self._http)

    @cached_property
    def messages(self) -> AsyncMessagesResource:
        from .api.messages import AsyncMessagesResource

        return AsyncMessagesResource(self._http)

    @cached_property
    def notices(self) -> AsyncNoticesResource:
        from .api.notices import AsyncNoticesResource

        return AsyncNoticesResource(self._http)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        from .api.notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self._http)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        from .api.oauth import AsyncOauthResource

        return AsyncOauthResource(self._http)

    @cached_property
    def org(self) -> AsyncOrgResource:
        from .api.org import AsyncOrgResource

        return AsyncOrgResource(self._http)

    @cached_property
    def personal_apps(self) -> AsyncPersonalAppsResource:
        from .api.personal_apps import AsyncPersonalAppsResource

        return AsyncPersonalAppsResource(self._http)

    @cached_property
    def personal_todos(self) -> AsyncPersonalTodosResource:
        from .api.personal_todos import AsyncPersonalTodosResource

        return AsyncPersonalTodosResource(self._http)

    @cached_property
    def qingjia(self) -> AsyncQingjiaResource:
        from .api.qingjia import AsyncQingjiaResource

        return AsyncQingjiaResource(self._http)

    @cached_property
    def questionnaires(self) -> AsyncQuestionnairesResource:
        from .api.questionnaires import AsyncQuestionnairesResource

        return AsyncQuestionnairesResource(self._http)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        from .api.roles import AsyncRolesResource

        return AsyncRolesResource(self._http)

    @cached_property
    def staffs(self) -> AsyncStaffsResource:
        from .api.staffs import AsyncStaffsResource

        return AsyncStaffsResource(self._http)

    @cached_property
    def streams(self) -> AsyncStreamsResource:
        from .api.streams import AsyncStreamsResource

        return AsyncStreamsResource(self._http)

    @cached_property
    def tags(self) -> AsyncTagsResource:
        from .api.tags import AsyncTagsResource

        return AsyncTagsResource(self._http)

    @cached_property
    def todos(self) -> AsyncTodosResource:
        from .api.todos import AsyncTodosResource

        return AsyncTodosResource(self._http)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .api.users import AsyncUsersResource

        return AsyncUsersResource(self._http)

    @cached_property
    def videoconferences(self) -> AsyncVideoconferencesResource:
        from .api.videoconferences import AsyncVideoconferencesResource

        return AsyncVideoconferencesResource(self._http)

    @cached_property
    def websocket(self) -> AsyncWebsocketResource:
        from .api.websocket import AsyncWebsocketResource

        return AsyncWebsocketResource(self._http)


__all__ = [
    "ANSWERS",
    "ERROR_BODY_LIMIT",
    "AsyncLansengerAPI",
    "LansengerAPI",
    "acapped",
    "apaginate",
    "asend",
    "astream",
    "capped",
    "err_code",
    "next_offset",
    "next_page",
    "paged",
    "paginate",
    "parse",
    "path_segment",
    "retry_after_seconds",
    "send",
    "stream",
    "translate",
    "unwrap",
    "with_extra",
]
