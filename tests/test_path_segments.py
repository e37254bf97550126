"""Every path parameter of every operation reaches the gateway as exactly one segment, or is refused unsent.

Before this held, `remove_department_staff("D", "..")` went out as `POST /v1/departments/D/delete` (httpx removes
dot segments) and deleted the department; ids come from chat messages and events, so anyone could send one.
The operations are read from the bundled spec, not listed by hand; each is called sync and async through respx
with hostile values for each of its path parameters, and the raw path on the wire is checked segment by segment.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import pytest
import respx
from lansenger import AsyncLansenger, InvalidArgumentError, Lansenger
from lansenger_api.client import path_segment

from tests._envelopes import GATEWAY, TOKEN, failed

METHODS = ("get", "post", "put", "delete", "patch")
PREFIX = httpx.URL(GATEWAY).path
ANSWER_CODE = 40001  # any errCode: the answer only shows the request was sent; 40001 is not retried
OTHER_ID = "ok-1"  # the value of the operation's other path parameters
# RFC 3986 pchar: what a single path segment may hold, with every "%" starting an escape.
PCHAR = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+")
MAX_MESSAGE = 120

REFUSED: list[Any] = ["", ".", "..", None, "\ud800", "id-\udfff"]
SENT: list[Any] = [
    *["a/b", "../x", "./x", "x/..", "x/../y", "/", "//", "/..", "../../v1/org/o/fetch"],
    *["?x=1", "?", "#f", "#", "&app_token=stolen", "x?app_token=t#f"],
    *["%2e%2e", "%2E%2E", "%2e", ".%2e", "%2e.", "%252e%252e", "%2f", "%2F..%2F", "%", "%%", "%zz", "%25", "%00"],
    *["\x00", "\x1f", "\x7f", "\n", "\r\n", "\t", " ", " . ", "a b", "+", ";x", "x;y=1", "@", ":", "a:b"],
    *["é", "日程", "\u2028", "\ufeff", "\uff0e\uff0e", "\u2024\u2024", "🙂", "a\\b", "..\\x", "\\"],
    *["...", "....", ".a", "a.", "a..b", "~", "-", "_", "x" * 3000, 42, 0, -1],
]


@dataclass(frozen=True)
class Operation:
    name: str
    method: str
    template: str
    path_params: tuple[str, ...]
    required_query: tuple[str, ...]
    query: dict[str, str]  # what the query must be: app_token, the required parameters and those with defaults
    module: ModuleType

    def __str__(self) -> str:
        return self.name


def _operations() -> list[Operation]:
    document: dict[str, Any] = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())
    found = []
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            params = [_resolve(document, p) for p in item.get("parameters", []) + operation.get("parameters", [])]
            in_path = tuple(p["name"] for p in params if p["in"] == "path")
            if not in_path:
                continue
            name = operation["operationId"]
            required = tuple(p["name"] for p in params if p["in"] == "query" and p.get("required"))
            defaults = {
                p["name"]: _query_text(_resolve(document, p["schema"])["default"])
                for p in params
                if p["in"] == "query" and "default" in _resolve(document, p["schema"])
            }
            found.append(
                Operation(
                    name=name,
                    method=method.upper(),
                    template=path,
                    path_params=in_path,
                    required_query=required,
                    query={"app_token": TOKEN, **defaults, **dict.fromkeys(required, "q-1")},
                    module=importlib.import_module(f"lansenger_api.api.{operation['tags'][0]}.{name}"),
                )
            )
    return found


def _query_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        found: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


DOCUMENT: dict[str, Any] = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())
OPERATIONS = _operations()


def _instance(schema: dict[str, Any]) -> Any:
    """The smallest JSON value the schema (and the SDK's request rules) accept: required fields, first enum."""
    schema = _resolve(DOCUMENT, schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            part = _resolve(DOCUMENT, part)
            merged = {**merged, **part, "properties": {**merged.get("properties", {}), **part.get("properties", {})}}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
        return _instance(merged)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _instance(schema[key][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        properties = schema.get("properties", {})
        names = [*schema.get("required", []), *schema.get("x-lansenger-require-any", [])[:1]]
        return {name: _instance(properties[name]) for name in names}
    if kind == "array":
        return [_instance(schema["items"]) for _ in range(max(1, schema.get("minItems", 0)))]
    if kind == "string":
        return "x" * max(1, schema.get("minLength", 0))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    raise LookupError(f"no sample for {schema}")


@functools.cache
def _parameters(function: Callable[..., Any]) -> tuple[dict[str, inspect.Parameter], dict[str, Any]]:
    """The function's parameters and resolved type hints, read once: resolving them costs more than the call."""
    return dict(inspect.signature(function).parameters), typing.get_type_hints(function)


def _keywords(operation: Operation, function: Callable[..., Any]) -> dict[str, Any]:
    """Every required argument but the path parameters and the client."""
    parameters, hints = _parameters(function)
    keywords: dict[str, Any] = {}
    for name, parameter in parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY or parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            model = hints["body"]
            assert attrs.has(model), f"{operation}: the body is not a model"
            keywords[name] = model.from_dict(_instance(_body_schema(operation)))
        elif name in operation.required_query:
            keywords[name] = "q-1"
        elif name != "client":
            raise LookupError(f"{operation}: no sample for the required argument {name}")
    return keywords


def _body_schema(operation: Operation) -> dict[str, Any]:
    body = DOCUMENT["paths"][operation.template][operation.method.lower()]["requestBody"]
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def _arguments(operation: Operation, function: Callable[..., Any], param: str, value: Any) -> dict[str, Any]:
    positional = [
        name
        for name, parameter in _parameters(function)[0].items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert sorted(positional) == sorted(operation.path_params), f"{operation}: path parameters {positional}"
    given = {name: OTHER_ID for name in operation.path_params} | {param: value}
    return given | _keywords(operation, function)


def _cases(operation: Operation) -> list[tuple[str, Any]]:
    return [(param, value) for param in operation.path_params for value in [OTHER_ID, *REFUSED, *SENT]]


def _judge(operation: Operation, param: str, value: Any, outcome: BaseException | None, sent: list[Any]) -> str:
    """What is wrong with one call's outcome, or "" when it is right."""
    if value in REFUSED:
        if not isinstance(outcome, InvalidArgumentError) or sent:
            return f"not refused before sending ({len(sent)} sent, raised {outcome!r})"
        message = str(outcome)
        if param not in message or len(message) > MAX_MESSAGE:
            return f"the refusal does not name {param} in a short message: {message[:MAX_MESSAGE]!r}"
        return ""
    if len(sent) != 1:
        return f"{len(sent)} requests sent (raised {outcome!r})"
    if getattr(outcome, "err_code", None) != ANSWER_CODE:
        return f"the answer was not read as the platform's error: {outcome!r}"
    return _wrong_request(operation, param, str(value), sent[0].request)


def _wrong_request(operation: Operation, param: str, text: str, request: httpx.Request) -> str:
    if request.method != operation.method or request.url.host != httpx.URL(GATEWAY).host:
        return f"sent {request.method} to {request.url.host}"
    raw_path = request.url.raw_path.partition(b"?")[0]
    try:
        segments = raw_path.decode("ascii").split("/")
    except UnicodeDecodeError:
        return f"the raw path is not ASCII: {raw_path!r}"
    expected = (PREFIX + operation.template).split("/")
    if len(segments) != len(expected):
        return f"sent {raw_path!r}: {len(segments)} segments, not {len(expected)}"
    for segment, template in zip(segments, expected, strict=True):
        if not (template.startswith("{") and template.endswith("}")):
            if segment != template:
                return f"sent {raw_path!r}: the literal segment {template!r} became {segment!r}"
            continue
        want = text if template[1:-1] == param else OTHER_ID
        try:
            decoded = unquote(segment, encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            return f"sent {raw_path!r}: {segment!r} is not UTF-8 once decoded"
        if not PCHAR.fullmatch(segment) or decoded != want:
            return f"sent {raw_path!r}: the segment {segment!r} does not decode to {want[:40]!r}"
    if request.url.fragment or sorted(request.url.params.multi_items()) != sorted(operation.query.items()):
        return f"the query or fragment changed: {request.url.query!r} #{request.url.fragment!r}"
    return ""


def _report(operation: Operation, failures: list[str]) -> None:
    assert not failures, f"{operation}: {len(failures)} wrong\n" + "\n".join(failures[:40])


def _mock() -> respx.MockRouter:
    """Every request is recorded and answered with an error envelope, whatever host or path it went to."""
    router = respx.mock(assert_all_called=False)
    router.route().respond(json=failed(ANSWER_CODE, "refused"))
    return router


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_sync_path_parameters_are_one_segment(operation: Operation) -> None:
    failures = []
    with _mock() as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY, max_retries=0) as client:
        for param, value in _cases(operation):
            arguments = _arguments(operation, operation.module.sync, param, value)
            before = len(router.calls)
            outcome: BaseException | None = None
            try:
                operation.module.sync(client=client.http_client, **arguments)
            except Exception as exc:  # judged below: anything but the expected typed error is a failure
                outcome = exc
            wrong = _judge(operation, param, value, outcome, list(router.calls)[before:])
            if wrong:
                failures.append(f"{param}={value!r:.60}: {wrong}")
    _report(operation, failures)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
@pytest.mark.anyio
async def test_async_path_parameters_are_one_segment(operation: Operation) -> None:
    failures = []
    with _mock() as router:
        async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY, max_retries=0) as client:
            for param, value in _cases(operation):
                arguments = _arguments(operation, operation.module.asyncio, param, value)
                before = len(router.calls)
                outcome: BaseException | None = None
                try:
                    await operation.module.asyncio(client=client.http_client, **arguments)
                except Exception as exc:  # judged below: anything but the expected typed error is a failure
                    outcome = exc
                wrong = _judge(operation, param, value, outcome, list(router.calls)[before:])
                if wrong:
                    failures.append(f"{param}={value!r:.60}: {wrong}")
    _report(operation, failures)


def test_every_operation_with_path_parameters_is_walked() -> None:
    """The walk is the spec's: as many operations and path parameters as its path templates hold."""
    templates = [
        path for path, item in DOCUMENT["paths"].items() for method in METHODS if method in item and "{" in path
    ]
    assert len(OPERATIONS) == len(templates) > 0
    assert sum(len(op.path_params) for op in OPERATIONS) == sum(t.count("{") for t in templates)


def test_the_department_survives_a_staff_id_of_dot_dot() -> None:
    """The reported attack, through the friendly client: refused, nothing sent."""
    with _mock() as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.raises(InvalidArgumentError, match="staff_id"):
            client.departments.remove_department_staff("D", "..")
        with pytest.raises(InvalidArgumentError, match="department_id"):
            client.departments.remove_department_staff("..", "S")
        with pytest.raises(InvalidArgumentError, match="schedule_id"):
            client.calendars.fetch_schedule("C", ".")
    assert not router.calls


def test_a_download_by_a_hostile_id_is_refused_before_the_file_is_touched(tmp_path: Any) -> None:
    target = tmp_path / "file.bin"
    with _mock() as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.raises(InvalidArgumentError, match="media_id"):
            client.media.download("..", target)
        with pytest.raises(InvalidArgumentError, match="share_id"):
            client.media.download_shared(".", target)
    assert not router.calls
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["", ".", "..", None, "\ud800" * 100_000])
def test_a_refusal_names_the_parameter_and_never_echoes_the_value(value: Any) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        path_segment(value, "staff_id")
    message = str(raised.value)
    assert message.startswith("staff_id ") and len(message) <= MAX_MESSAGE
    assert raised.value.__cause__ is None  # no chained UnicodeEncodeError quoting the value either
    assert raised.value.__context__ is None or raised.value.__suppress_context__


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("524288-Ab_9~", "524288-Ab_9~"),
        (42, "42"),
        ("a.b", "a.b"),
        ("...", "..."),
        ("%2e%2e", "%252e%252e"),
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        ("é 日", "%C3%A9%20%E6%97%A5"),
    ],
)
def test_path_segment_encodes_to_one_segment(value: Any, segment: str) -> None:
    assert path_segment(value, "staff_id") == segment
