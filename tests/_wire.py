"""Table-driven wire tests: one `Case` per operation, run through both the sync and the async client.

Each case says what the platform must receive (method, path, exact query, exact JSON body) for one call, gives
the envelope `data` the platform answers, and checks the typed result the call returns.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, Lansenger

from tests._envelopes import GATEWAY, TOKEN, failed, ok

NO_BODY = object()


@dataclass(frozen=True)
class Case:
    """One call and what must travel for it.

    ``query`` lists the query parameters besides ``app_token`` (exact values); ``body`` is the exact JSON body,
    or ``NO_BODY``. ``check`` receives the call's return value.
    """

    id: str
    call: Callable[[Any], Any]
    method: str
    path: str
    data: Any = None
    query: dict[str, str] = field(default_factory=dict)
    body: Any = NO_BODY
    check: Callable[[Any], None] = lambda result: None
    app_token: bool = True


def params(cases: Iterable[Case]) -> Any:
    """The cases as pytest parameters, named by their ids."""
    return pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in cases])


def _assert_request(case: Case, request: httpx.Request) -> None:
    assert request.method == case.method
    assert request.url.path == "/open/apigw" + case.path
    expected_query = ({"app_token": TOKEN} if case.app_token else {}) | case.query
    assert dict(request.url.params) == expected_query
    assert len(request.url.params.multi_items()) == len(expected_query), "a query parameter was sent twice"
    if case.body is NO_BODY:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body


def _route(router: respx.MockRouter, case: Case) -> respx.Route:
    return router.request(case.method, case.path).respond(json=ok(case.data))


def run_sync(router: respx.MockRouter, case: Case) -> None:
    route = _route(router, case)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        result = case.call(client)
    assert route.call_count == 1
    _assert_request(case, route.calls.last.request)
    case.check(result)


async def run_async(router: respx.MockRouter, case: Case) -> None:
    route = _route(router, case)
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        result = case.call(client)
        if inspect.isawaitable(result):
            result = await result
    assert route.call_count == 1
    _assert_request(case, route.calls.last.request)
    case.check(result)


def wire_tests(cases: Iterable[Case]) -> tuple[Callable[..., None], Callable[..., Any]]:
    """`test_wire, test_wire_async = wire_tests(CASES)`: a module's wire tests over its cases, sync and async."""
    cases = list(cases)

    @params(cases)
    def test_wire(router: respx.MockRouter, case: Case) -> None:
        run_sync(router, case)

    @params(cases)
    @pytest.mark.anyio
    async def test_wire_async(router: respx.MockRouter, case: Case) -> None:
        await run_async(router, case)

    return test_wire, test_wire_async


def run_error(router: respx.MockRouter, case: Case, code: int, error: type[Exception]) -> None:
    """The call raises ``error`` when the platform answers errCode ``code``."""
    router.request(case.method, case.path).respond(json=failed(code, "refused"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(error) as raised:
        case.call(client)
    assert getattr(raised.value, "err_code", None) == code
