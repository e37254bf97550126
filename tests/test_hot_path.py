"""The per-call fast paths keep the slow paths' results: compiled request rules raise what the rule walk raises,
a URL built once is the URL httpx builds, an answer's JSON is decoded once, and the specialised `from_dict`
keeps what the spec does not name without touching its source."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from lansenger import Lansenger, _retry
from lansenger._auth import AppTokenAuth
from lansenger._token_clients import AsyncTokenClient, TokenClient
from lansenger_api import api as api_package
from lansenger_api import wire
from lansenger_api.models.current_user import CurrentUser
from lansenger_api.models.department_staff import DepartmentStaff
from lansenger_api.models.department_staff_page import DepartmentStaffPage
from lansenger_api.redaction import Secret
from lansenger_api.request_meta import RequestMeta
from lansenger_api.validation import Rules, RuleViolation, check, checker
from lansenger_api.wire import is_json_response

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN, ok, token


def operation_rules() -> list[tuple[str, Rules]]:
    found = []
    for module in pkgutil.walk_packages(api_package.__path__, f"{api_package.__name__}."):
        rules = getattr(importlib.import_module(module.name), "_RULES", None)
        if rules is not None:
            found.append((module.name.rsplit(".", 1)[-1], rules))
    return found


def breaking(node: Rules) -> Iterator[object]:
    """Values that break each rule of a pruned tree (and some that break none), nested where the rule is."""
    if "enum" in node:
        yield 987654 if all(isinstance(option, int) for option in node["enum"]) else "not-an-option"
    if node.get("minLength", 0) > 0:
        yield ""
    if "maxLength" in node:
        yield "x" * (node["maxLength"] + 1)
    if "maxBytes" in node:
        yield "é" * node["maxBytes"]
    if "minimum" in node:
        yield node["minimum"] - 1
    if "maximum" in node:
        yield node["maximum"] + 1
    if node.get("minItems", 0) > 0:
        yield []
    if "maxItems" in node:
        yield [{}] * (node["maxItems"] + 1)
    if "items" in node:
        yield from ([item] for item in breaking(node["items"]))
    if "anyRequired" in node or "span" in node:
        yield {}
    if "span" in node:
        start, end = node["span"]["start"], node["span"]["end"]
        yield {start: 10, end: 5}
        yield {start: 0, end: node["span"]["max"] + 1}
    for key, sub in node.get("props", {}).items():
        yield from ({key: value} for value in breaking(sub))
    yield None


def outcome(run: Any) -> str:
    try:
        run()
    except RuleViolation as violation:
        return str(violation)
    return "passes"


@pytest.mark.parametrize(("operation", "rules"), operation_rules())
def test_compiled_rules_raise_what_the_rule_walk_raises(operation: str, rules: Rules) -> None:
    values = list(breaking(rules))
    compiled = checker(rules)
    walked = [outcome(lambda value=value: check(value, rules)) for value in values]
    assert [outcome(lambda value=value: compiled(value)) for value in values] == walked
    assert any(result != "passes" for result in walked)
    assert checker(rules) is compiled  # compiled once


def within(node: Rules) -> Iterator[object]:
    """Values at each rule's edges that keep it (and some of other kinds), nested where the rule is."""
    yield from node.get("enum", ())
    if "minLength" in node:
        yield "x" * node["minLength"]
    if "maxLength" in node:
        yield "x" * node["maxLength"]
    if "maxBytes" in node:
        yield from ("x" * (node["maxBytes"] // 4), "é" * (node["maxBytes"] // 2), "x" * node["maxBytes"])
    yield from (node[key] for key in ("minimum", "maximum") if key in node)
    if "minItems" in node or "maxItems" in node:
        yield ["x"] * node.get("maxItems", node.get("minItems", 0))
    if "items" in node:
        yield from ([item] for item in within(node["items"]))
    for key in node.get("anyRequired", ()):
        yield {key: ["x"]}
    for key, sub in node.get("props", {}).items():
        yield from ({key: value, **{name: ["x"] for name in node.get("anyRequired", ())}} for value in within(sub))
    yield from (True, 1.5, "x", [], {}, ["x", None])


@pytest.mark.parametrize(("operation", "rules"), operation_rules())
def test_the_rendered_glance_passes_only_what_the_rules_pass(operation: str, rules: Rules) -> None:
    passes = importlib.import_module(f"lansenger_api.api.{MODULES[operation]}")._passes
    filled = {name: ["x"] for name in rules.get("anyRequired", ())}  # so the glance reaches the nested rules
    values = [*breaking(rules), *within(rules)]
    values += [{**filled, **value} for value in values if isinstance(value, dict)]
    glanced = [value for value in values if passes(value)]
    assert [outcome(lambda value=value: check(value, rules)) for value in glanced] == ["passes"] * len(glanced)
    assert any(outcome(lambda value=value: check(value, rules)) != "passes" for value in values)
    assert glanced  # the usual body is answered at a glance


MODULES = {
    module.name.rsplit(".", 1)[-1]: module.name.removeprefix(f"{api_package.__name__}.")
    for module in pkgutil.walk_packages(api_package.__path__, f"{api_package.__name__}.")
}


MARKED = RequestMeta(operation="test_op", app_token=True, idempotent=True).extensions()
QUERIES: list[dict[str, Any]] = [
    {},
    {"page": 2, "page_size": 100},
    {"flag": True},
    {"flag": 1},
    {"flag": 1.0},
    {"ids": ["a b", "é/ü", "%41"]},
    {"name": "a&b=c#d?e"},
    {"secret": Secret("s3cr&t")},
]


def recorded(urls: list[httpx.URL]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        urls.append(request.url)
        return httpx.Response(200, json=ok({}))

    return httpx.MockTransport(answer)


def test_final_urls_are_the_urls_httpx_builds_and_a_cached_one_is_not_reused_for_another() -> None:
    sent: list[httpx.URL] = []
    auth = AppTokenAuth(static_token=TOKEN)
    base = f"{GATEWAY}/"
    with TokenClient(token_auth=auth, base_url=base, transport=recorded(sent)) as client:
        for _ in range(2):  # the second round comes from the cache
            for query in QUERIES:
                client.get("/v1/staffs/a%2Fb/fetch", params=query, extensions=MARKED)
        client.base_url = httpx.URL("https://other.example.test/gw/")
        client.get("/v1/staffs/a%2Fb/fetch", params={"page": 2, "page_size": 100}, extensions=MARKED)  # kept before
    with httpx.Client(base_url=base) as plain:
        expected = [
            plain.build_request("GET", "/v1/staffs/a%2Fb/fetch", params={**query, "app_token": TOKEN}).url
            for query in QUERIES
        ]
    assert sent[: len(QUERIES)] == expected
    assert sent[len(QUERIES) : 2 * len(QUERIES)] == expected
    assert [url.params.get("flag") for url in sent[2:5]] == ["true", "1", "1.0"]
    assert sent[-1] == httpx.URL(
        f"https://other.example.test/gw/v1/staffs/a%2Fb/fetch?page=2&page_size=100&app_token={TOKEN}"
    )


@pytest.mark.anyio
async def test_async_final_urls_are_the_urls_httpx_builds() -> None:
    sent: list[httpx.URL] = []
    auth = AppTokenAuth(static_token=TOKEN)
    async with AsyncTokenClient(token_auth=auth, base_url=f"{GATEWAY}/", transport=recorded(sent)) as client:
        for query in QUERIES:
            await client.get("/v1/x", params=query, extensions=MARKED)
        await client.get("https://elsewhere.example.test/upload?sig=1", extensions=MARKED)
    with httpx.Client(base_url=f"{GATEWAY}/") as plain:
        expected = [plain.build_request("GET", "/v1/x", params={**query, "app_token": TOKEN}).url for query in QUERIES]
        elsewhere = "https://elsewhere.example.test/upload?sig=1"
        elsewhere_url = plain.build_request("GET", elsewhere, params={"app_token": TOKEN}).url
    assert sent == [*expected, elsewhere_url]  # an absolute URL is left to httpx


def test_each_answer_is_decoded_once_through_retries_auth_and_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    staff = {"staffId": "s-1", "name": "A", "ancestorDepartments": [{"id": "d-1"}]}
    answers = {"apptoken": token(), "staffs": ok({"staffs": [staff], "total": 1})}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers["apptoken" if "apptoken" in request.url.path else "staffs"])

    decoded: list[bytes] = []
    real_loads, wire_loads = json.loads, wire._loads

    def counting(decode: Any) -> Any:
        def counted(text: Any, **kwargs: Any) -> Any:
            decoded.append(bytes(text))
            return decode(text, **kwargs)

        return counted

    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(answer)) as client:
        client.app_token()
        # wire.py, the auth flow and retries all decode with wire's `_loads` (json.loads for an unusual body)
        monkeypatch.setattr(wire, "_loads", counting(wire_loads))
        monkeypatch.setattr(json, "loads", counting(real_loads))
        got = list(client.departments.iter_list_department_staffs("d-1"))
    assert [member.staff_id for member in got] == ["s-1"]
    assert [real_loads(body) for body in decoded] == [answers["staffs"]]


def test_an_operations_answer_is_read_without_a_look_at_its_content_type(monkeypatch: pytest.MonkeyPatch) -> None:
    """An operation's answer is read whole anyway (`RequestMeta.buffered`): the retry transport looks at its
    Content-Type only where the body would be acted on, and a plain send acts on nothing."""
    looked: list[httpx.Response] = []

    def counting(response: httpx.Response) -> bool:
        looked.append(response)
        return is_json_response(response)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=token() if "apptoken" in request.url.path else ok({"msgId": "m-1"}))

    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(answer)) as client:
        client.app_token()
        monkeypatch.setattr(_retry, "is_json_response", counting)
        assert client.messages.send_text("staff-1", "hello").msg_id == "m-1"
    assert looked == []


def _outcome(decode: Any, content: bytes) -> tuple[str, object]:
    try:
        return "decoded", decode(content)
    except (ValueError, RecursionError) as exc:
        return type(exc).__name__, str(exc)[:80]


@pytest.mark.parametrize(
    "content",
    [
        b'{"errCode": 0, "data": {"msgId": "m-1"}}',
        b'{"errCode": 0}\r\n',
        b' {"errCode": 0}',
        b'{"errCode": 0}{"errCode": 1}',
        b'{"errCode": ',
        b"{",
        b"{\xff}",
        b'{"text": "\xed\xa0\x80"}',
        b'{"n": NaN}',
        b"\xef\xbb\xbf{}",
        '{"errCode": 0}'.encode("utf-16-le"),
        '{"errCode": 0}'.encode("utf-32"),
        b"[1]",
        b"",
        b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
)
def test_answers_decode_as_json_loads_decodes_them(content: bytes) -> None:
    """The shortcut for the usual answer decodes (or refuses) every body exactly as json.loads does."""
    assert _outcome(wire._loads, content) == _outcome(json.loads, content)


def test_from_dict_keeps_unknown_fields_builds_nested_models_and_leaves_its_source_alone() -> None:
    source = {
        "staffId": "s-1",
        "orgId": 7,
        "ancestorDepartments": [{"id": "d-1", "level": 2}],
        "mobilePhone": {"countryCode": "86", "number": "1"},
        "newField": {"x": 1},
    }
    before = json.dumps(source)
    member = DepartmentStaff.from_dict(source)
    assert json.dumps(source) == before
    assert (member.staff_id, member.org_id, member.additional_properties) == ("s-1", 7, {"newField": {"x": 1}})
    assert not isinstance(member.ancestor_departments, type(None))
    assert member.to_dict() == source
    page = DepartmentStaffPage.from_dict({"staffs": [source], "total": 1})
    assert isinstance(page.staffs, list) and page.staffs[0] == member
    with pytest.raises(TypeError, match="DepartmentStaff is built from a JSON object, not list"):
        DepartmentStaff.from_dict([("staffId", "s-1")])  # type: ignore[arg-type]


def test_nested_models_are_found_whatever_the_fields_are_named() -> None:
    """`_mobile_phone` is from_dict's temporary for the field mobile_phone, so the lookup of `MobilePhone` must be
    named apart from it."""
    user = CurrentUser.from_dict({"mobilePhone": {"number": "1"}, "department": [{"id": "d-1"}]})
    assert user.to_dict() == {"mobilePhone": {"number": "1"}, "department": [{"id": "d-1"}]}


def _type_checking_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            names |= {
                alias.asname or alias.name
                for sub in node.body
                if isinstance(sub, ast.ImportFrom)
                for alias in sub.names
            }
    return names


def _runtime_names(function: ast.FunctionDef) -> set[str]:
    """Names a function reads when it runs: annotations are never evaluated (`from __future__ import annotations`)."""
    skipped: set[int] = set()
    for node in ast.walk(function):
        annotations = [node.annotation] if isinstance(node, (ast.AnnAssign, ast.arg)) else []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            annotations.append(node.returns)
        for annotation in annotations:
            if annotation is not None:
                skipped |= {id(sub) for sub in ast.walk(annotation)}
    return {
        node.id
        for node in ast.walk(function)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and id(node) not in skipped
    }


def test_no_from_dict_reads_a_model_imported_only_for_type_checking() -> None:
    models = Path(importlib.import_module("lansenger_api.models").__path__[0])
    offending = []
    for path in sorted(models.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checking_only = _type_checking_names(tree)
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef) and function.name == "from_dict":
                offending += [f"{path.name}: {name}" for name in sorted(_runtime_names(function) & checking_only)]
    assert offending == []
