"""Everything between an incoming request and its handler: faults, routing, token and spec checks."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from lansenger_api.errors import ErrorCode

from . import (
    _presigned_bucket,
    _routes,
    _routes_bots,
    _routes_calendars,
    _routes_cards,
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
from ._body import BodyTooLarge, RequestBody
from ._default import default_handler
from ._faults import FaultPlan
from ._references import check_references
from ._replies import ApiError, DropConnection, Reply, failure, invalid
from ._routing import Backend, Request, Route
from ._spec import SpecIndex, SpecOperation, template_shape

MAX_JSON_BYTES = 4 * 1024 * 1024

ROUTES: tuple[Route, ...] = (  # the flows users drive; the spec's default answers cover the rest
    *_routes.ROUTES,
    *_routes_bots.ROUTES,
    *_routes_oauth.ROUTES,
    *_routes_device_flow.ROUTES,
    *_routes_org.ROUTES,
    *_routes_org_admin.ROUTES,
    *_routes_groups.ROUTES,
    *_routes_media.ROUTES,
    *_routes_calendars.ROUTES,
    *_routes_streams.ROUTES,
    *_routes_control.ROUTES,
    *_routes_cards.ROUTES,
    *_routes_chats.ROUTES,
    *_routes_channels.ROUTES,
    *_presigned_bucket.ROUTES,
)


@dataclass(frozen=True)
class _BoundRoute:
    route: Route
    pattern: re.Pattern[str]
    rules: SpecOperation | None


class Gateway:
    """Answers requests as the real gateway would: hand-written routes first, every other spec operation from
    the spec (`default_handler`), with spec rules bound to each route once. Setting ``stopping`` cuts injected
    latencies short (dropping the request), so stopping the sandbox never waits for them."""

    def __init__(
        self,
        backend: Backend,
        faults: FaultPlan,
        spec: SpecIndex | None,
        routes: Sequence[Route] = ROUTES,
        *,
        stopping: threading.Event | None = None,
    ) -> None:
        self._backend = backend
        self._faults = faults
        self._stopping = stopping if stopping is not None else threading.Event()
        served = {(route.method, template_shape(route.template)) for route in routes}
        defaults = [
            Route(
                operation.method,
                operation.template,
                default_handler(operation),
                takes_json=operation.body_media == "application/json",
                needs_app_token=operation.app_token,
            )
            for operation in spec or ()
            if (operation.method, template_shape(operation.template)) not in served
        ]
        self._routes = [
            _BoundRoute(
                route,
                re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(route.template))),
                spec.operation(route.method, route.template) if spec is not None else None,
            )
            for route in (*routes, *defaults)
        ]

    def handle(self, request: Request) -> Reply:
        fault = self._faults.take(request.path)
        if fault is not None:
            if fault.latency and self._stopping.wait(fault.latency):
                return DropConnection()
            if not fault.passes_through:
                return fault.answer(self._backend.state)
        matches = [(bound, found) for bound in self._routes if (found := bound.pattern.fullmatch(request.path))]
        if not matches:
            return failure(404, "not found", status=404)
        for bound, found in matches:
            if bound.route.method == request.method:
                request.path_params = {name: unquote(value) for name, value in found.groupdict().items()}
                try:
                    return self._run(bound, request)
                except ApiError as error:
                    return error.reply()
        allowed = ", ".join(sorted({bound.route.method for bound, _ in matches}))
        return failure(405, "method not allowed", status=405, headers={"Allow": allowed})

    def _run(self, bound: _BoundRoute, request: Request) -> Reply:
        if bound.route.needs_app_token:
            token = request.param("app_token")
            if token is None or not self._backend.state.token_is_live(token):
                raise ApiError(ErrorCode.TOKEN_INVALID, "invalid or expired app_token")
        if bound.rules is not None:
            bound.rules.check_query(request.query)
        if bound.route.takes_json:
            request.json = _read_json(request.body)
            if bound.rules is not None:
                bound.rules.check_body(request.json)
        if bound.rules is not None and bound.rules.extension("refers") is not None:
            check_references(bound.rules.extension("refers"), self._backend, request)
        self._backend.acting_staff(request)  # a user_token, when given, must be live
        return bound.route.handler(self._backend, request)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _read_json(body: RequestBody) -> object:
    try:
        raw = body.read_all(MAX_JSON_BYTES)
    except BodyTooLarge:
        raise invalid(f"body: larger than {MAX_JSON_BYTES} bytes") from None
    if not raw.strip():
        raise invalid("body: required")
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        raise invalid("body: not valid JSON") from None
