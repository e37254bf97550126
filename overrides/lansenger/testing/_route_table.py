"""Every route the sandbox serves, gathered from one module per domain."""

from __future__ import annotations

from . import (
    _routes,
    _routes_calendars,
    _routes_control,
    _routes_device_flow,
    _routes_groups,
    _routes_oauth,
    _routes_org,
    _routes_streams,
    _routes_todos,
)
from ._routing import Route

ROUTES: tuple[Route, ...] = (
    *_routes.ROUTES,
    *_routes_oauth.ROUTES,
    *_routes_device_flow.ROUTES,
    *_routes_org.ROUTES,
    *_routes_groups.ROUTES,
    *_routes_calendars.ROUTES,
    *_routes_todos.ROUTES,
    *_routes_streams.ROUTES,
    *_routes_control.ROUTES,
)
