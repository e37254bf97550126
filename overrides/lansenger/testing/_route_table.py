"""Every route the sandbox serves, gathered from one module per domain."""

from __future__ import annotations

from . import (
    _routes,
    _routes_boardrooms,
    _routes_calendars,
    _routes_chats,
    _routes_control,
    _routes_device_flow,
    _routes_groups,
    _routes_leave,
    _routes_notices,
    _routes_oauth,
    _routes_org,
    _routes_org_admin,
    _routes_personal,
    _routes_platform,
    _routes_questionnaires,
    _routes_streams,
    _routes_tags,
    _routes_todos,
    _routes_videoconferences,
)
from ._routing import Route

ROUTES: tuple[Route, ...] = (
    *_routes.ROUTES,
    *_routes_oauth.ROUTES,
    *_routes_device_flow.ROUTES,
    *_routes_org.ROUTES,
    *_routes_org_admin.ROUTES,
    *_routes_tags.ROUTES,
    *_routes_groups.ROUTES,
    *_routes_calendars.ROUTES,
    *_routes_todos.ROUTES,
    *_routes_questionnaires.ROUTES,
    *_routes_videoconferences.ROUTES,
    *_routes_personal.ROUTES,
    *_routes_notices.ROUTES,
    *_routes_boardrooms.ROUTES,
    *_routes_leave.ROUTES,
    *_routes_streams.ROUTES,
    *_routes_control.ROUTES,
    *_routes_chats.ROUTES,
    *_routes_platform.ROUTES,
)
