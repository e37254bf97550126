"""Every operation of the spec is called through the SDK over loopback and answered by the sandbox from the spec
alone: the wire cases are derived from the spec, so a new operation needs no hand-written handler or test.
Every tag has an error test."""

from __future__ import annotations

import functools
import importlib
import inspect
import io
import json
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import attrs
import lansenger_api.models
import pytest
import respx
from lansenger import APIError, InvalidArgumentError, Lansenger
from lansenger.testing import _routes as sandbox_routes
from lansenger.testing import _server as sandbox_server
from lansenger.testing._gateway import Gateway
from lansenger.testing._references import HELD
from lansenger.testing._server import Sandbox
from lansenger.testing._spec import SpecIndex, SpecOperation
from lansenger.testing._synthesis import Synthesizer
from lansenger_api.types import File
from lansenger_api.validation import resolve
from openapi_python_client.strings import PythonIdentifier

from tests._envelopes import GATEWAY, TOKEN, failed

METHODS = ("get", "post", "put", "delete", "patch")


DOCUMENT: dict[str, Any] = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())


def _operations() -> list[tuple[str, str, str, str]]:
    return [
        (operation["operationId"], operation["tags"][0], method.upper(), path)
        for path, item in DOCUMENT["paths"].items()
        for method in METHODS
        if (operation := item.get(method)) is not None
    ]


OPERATIONS = _operations()
RENAMED = {"hooks": "webhooks"}  # tags whose client resource has a new name (the old one warns it is deprecated)


@functools.cache
def _models() -> dict[str, Any]:
    """Every model by name: resources import the models their annotations name for type checkers only."""
    return {name: getattr(lansenger_api.models, name) for name in lansenger_api.models.__all__}


def _simplest_call(client: Lansenger, name: str, tag: str) -> Any:
    """Call an operation with arguments of the right shape; only the error path is under test here."""
    method = getattr(getattr(client, RENAMED.get(tag, tag)), name)
    hints = typing.get_type_hints(method, localns=_models())
    arguments: dict[str, Any] = {}
    positional: list[Any] = []
    for parameter in list(inspect.signature(method).parameters.values()):
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = _sample(hints.get(parameter.name, parameter.annotation))
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            positional.append(value)
        else:
            arguments[parameter.name] = value
    return method(*positional, **arguments)


def _sample(annotation: Any) -> Any:
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)[0]
    if attrs.has(annotation) and all(field.default is not attrs.NOTHING for field in attrs.fields(annotation)):
        return annotation()  # a model whose fields are all optional
    text = str(annotation)
    if text in ("list[str]", "list[int]"):
        return [_sample(text[5:-1])]
    if text in ("int", "<class 'int'>"):
        return 1
    if text in ("str", "<class 'str'>"):
        return "x-1"
    raise LookupError(text)


@pytest.mark.parametrize("tag", sorted({tag for _, tag, _, _ in OPERATIONS}))
def test_every_tag_raises_typed_errors(tag: str) -> None:
    """The first operation of each tag whose required arguments are plain values, answering errCode 40001."""
    with (
        respx.mock(base_url=GATEWAY, assert_all_called=False) as router,
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client,
    ):
        router.route().respond(json=failed(40001, "invalid parameter"))
        for name, operation_tag, _, _ in OPERATIONS:
            if operation_tag != tag:
                continue
            try:
                _simplest_call(client, name, tag)
            except (LookupError, InvalidArgumentError):  # no sample for an argument, or refused before sending
                continue
            except APIError as error:
                assert (error.err_code, error.operation) == (40001, name)
                return
            pytest.fail(f"{name} answered errCode 40001 without raising")
    pytest.fail(f"no {tag} operation takes only plain arguments: give _sample a way to build one")


# --- every operation against the sandbox, answered from the spec ----------------------------------------------


@dataclass(frozen=True)
class SpecCall:
    name: str
    operation: SpecOperation

    def __str__(self) -> str:
        return self.name


INDEX = SpecIndex(DOCUMENT)
# The app token's operation stays hand-written in `spec_only_sandbox`: it mints the token the others need.
SPEC_CALLS = [
    SpecCall(operation.operation_id, operation)
    for operation in INDEX
    if operation.template != sandbox_routes.TOKEN_PATH
]


@pytest.fixture
def spec_only_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """A sandbox with no hand-written route but the app token's: every other answer comes from the spec."""
    token_routes = [route for route in sandbox_routes.ROUTES if route.template == sandbox_routes.TOKEN_PATH]
    monkeypatch.setattr(sandbox_server, "Gateway", functools.partial(Gateway, routes=token_routes))
    with Sandbox() as sandbox:
        yield sandbox


def _spec_arguments(call: SpecCall, function: Callable[..., Any], sandbox: Sandbox) -> dict[str, Any]:
    """Schema-shaped values for every argument the generated function requires, synthesized from the spec."""
    made = Synthesizer(DOCUMENT, seed=len(call.name))
    hints = typing.get_type_hints(function)
    parameters = {
        str(PythonIdentifier(resolved["name"], prefix="field")): resolved
        for entry in [
            *DOCUMENT["paths"][call.operation.template].get("parameters", []),
            *call.operation.declaration.get("parameters", []),
        ]
        if (resolved := resolve(DOCUMENT, entry))
    }
    arguments: dict[str, Any] = {}
    servers = {
        variable: server
        for server in call.operation.declaration.get("servers", [])
        for variable in server.get("variables", {})
    }
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.default is not inspect.Parameter.empty or name == "client":
            continue
        if name in servers:  # the operation's own host (the passport) or, presigned, its whole target URL
            presigned = servers[name].get("x-lansenger-presigned")
            arguments[name] = sandbox.url + call.operation.template if presigned else sandbox.url
        elif name == "body":
            arguments[name] = _body_argument(call, hints["body"], made)
        elif name == "user_token":
            arguments[name] = sandbox.user_token()
        else:
            arguments[name] = made.value(parameters[name]["schema"], name)
    return arguments


def _body_argument(call: SpecCall, model: Any, made: Synthesizer) -> Any:
    content = resolve(DOCUMENT, call.operation.declaration["requestBody"])["content"]
    media, declared = next(iter(content.items()))
    value = made.value(declared["schema"], "body")
    if media == "multipart/form-data":
        upload = File(payload=io.BytesIO(b"sandbox"), file_name="a.bin")
        return model(**{field.name: upload for field in attrs.fields(model) if field.init})
    return model.from_dict(value) if attrs.has(model) else value


def _refusals(operation: SpecOperation) -> set[int]:
    """The errCodes a fresh sandbox may answer synthesized arguments with: the operation names a declared record
    (or its parent) it does not hold, or refers to records (x-lansenger-refers) the made-up ids do not name."""
    codes = {entry["name"]: int(entry["code"]) for entry in DOCUMENT["x-lansenger-errors"]["codes"]}
    resource = operation.extension("resource") or {}
    refusals = {
        codes[HELD[kind][0]] if kind in HELD else codes["NOT_FOUND"]
        for kind in (operation.extension("refers") or {}).values()
    }
    if resource and (resource["role"] not in ("create", "list") or "parent" in resource):
        refusals.add(codes[resource.get("missing", "NOT_FOUND")])
    return refusals


@pytest.mark.parametrize("call", SPEC_CALLS, ids=str)
def test_the_sandbox_answers_every_operation_from_the_spec(spec_only_sandbox: Sandbox, call: SpecCall) -> None:
    """Schema-shaped arguments, sent through the SDK: the spec's answer parses into the operation's result, or,
    for records the fresh sandbox does not hold (declared resources and references), the declared refusal."""
    module = importlib.import_module(f"lansenger_api.api.{call.operation.declaration['tags'][0]}.{call.name}")
    sandbox = spec_only_sandbox
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        arguments = _spec_arguments(call, module.sync, sandbox)
        refusals = _refusals(call.operation)
        if refusals:
            with pytest.raises(APIError) as refused:
                module.sync(client=client.http_client, **arguments)
            assert refused.value.err_code in refusals
            return
        first = module.sync(client=client.http_client, **arguments)
        again = module.sync(client=client.http_client, **arguments)
    if call.operation.extension("resource") is None:
        assert first == again  # deterministic per request; a declared create makes a new record each time
