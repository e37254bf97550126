"""Every operation of the spec is called in a wire test and answered by the sandbox; every tag has an error test."""

from __future__ import annotations

import inspect
import json
import re
import typing
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
import respx
from lansenger import APIError, InvalidArgumentError, Lansenger
from lansenger.testing._route_table import ROUTES
from lansenger.testing._spec import template_shape

from tests._envelopes import GATEWAY, TOKEN, failed

TESTS = Path(__file__).parent
METHODS = ("get", "post", "put", "delete", "patch")


def _operations() -> list[tuple[str, str, str, str]]:
    document: dict[str, Any] = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())
    return [
        (operation["operationId"], operation["tags"][0], method.upper(), path)
        for path, item in document["paths"].items()
        for method in METHODS
        if (operation := item.get(method)) is not None
    ]


def _presigned() -> set[str]:
    """Operations whose target is a presigned URL: the sandbox serves them at the URLs it hands out (its bucket)."""
    document: dict[str, Any] = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for method in METHODS
        if (operation := item.get(method)) is not None
        and any(server.get("x-lansenger-presigned") for server in operation.get("servers", []))
    }


OPERATIONS = _operations()
PRESIGNED = _presigned()


def test_every_operation_is_called_in_a_wire_test() -> None:
    sources = "\n".join(
        path.read_text(encoding="utf-8") for path in TESTS.glob("test_*.py") if path.name != Path(__file__).name
    )
    missing = [name for name, *_ in OPERATIONS if not re.search(rf"\.{name}\(", sources)]
    assert not missing, f"no test calls {missing}"


def test_the_sandbox_answers_every_operation() -> None:
    served = {(route.method, template_shape(route.template)) for route in ROUTES}
    missing = [
        f"{method} {path}"
        for name, _, method, path in OPERATIONS
        if name not in PRESIGNED and (method, template_shape(path)) not in served
    ]
    assert not missing, f"the sandbox has no route for {missing}"


def _simplest_call(client: Lansenger, name: str, tag: str) -> Any:
    """Call an operation with arguments of the right shape; only the error path is under test here."""
    method = getattr(getattr(client, tag), name)
    hints = typing.get_type_hints(method)
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
