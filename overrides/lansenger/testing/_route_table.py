"""The hand-written routes: the flows users drive. The spec's default answers cover every other operation."""

from __future__ import annotations

from . import (
    _presigned_bucket,
    _routes,
    _routes_calendars,
    _routes_channels,
    _routes_chats,
    _routes_control,
    _routes_device_flow,
    _routes_groups,
    _routes_media,
    _routes_oauth,
    _routes_org,
    _routes_org_admin,
    _routes_streams,
)
from ._routing import Route

ROUTES: tuple[Route, ...] = (
    *_routes.ROUTES,
    *_routes_oauth.ROUTES,
    *_routes_device_flow.ROUTES,
    *_routes_org.ROUTES,
    *_routes_org_admin.ROUTES,
    *_routes_groups.ROUTES,
    *_routes_media.ROUTES,
    *_routes_calendars.ROUTES,
    *_routes_streams.ROUTES,
    *_routes_control.ROUTES,
    *_routes_chats.ROUTES,
    *_routes_channels.ROUTES,
    *_presigned_bucket.ROUTES,
)
