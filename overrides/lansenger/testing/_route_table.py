"""Every route the sandbox serves, gathered from one module per domain."""

from __future__ import annotations

from . import _routes, _routes_calendars
from ._routing import Route

ROUTES: tuple[Route, ...] = (*_routes.ROUTES, *_routes_calendars.ROUTES)
