"""The spec lint: mistakes that are valid OpenAPI but would silently change the SDK fail generation."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import __main__ as codegen_main
from codegen.bundle import assemble
from codegen.derive import derive
from codegen.lint import lint

SPEC = Path(__file__).resolve().parent.parent / "spec"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return assemble(SPEC)


def _with_schema(spec: dict[str, Any], name: str, text: str) -> dict[str, Any]:
    document = copy.deepcopy(spec)
    document["components"]["schemas"][name] = yaml.safe_load(text)
    return document


def test_the_spec_is_clean(spec: dict[str, Any]) -> None:
    assert lint(spec) == []


def test_a_one_liner_cut_at_a_comma_is_a_junk_key(spec: dict[str, Any]) -> None:
    document = _with_schema(spec, "Cut", "properties:\n  seq: {type: integer, description: The number, also the id.}")
    (problem,) = lint(document)
    assert "Cut/properties/seq" in problem and "'also the id.'" in problem and "quote" in problem


def test_a_misspelt_keyword_or_extension_is_refused(spec: dict[str, Any]) -> None:
    document = _with_schema(spec, "Typos", "type: string\nminLenght: 1\nx-lansenger-secrets: true")
    assert sorted(lint(document)) == [
        "#/components/schemas/Typos: unknown extension x-lansenger-secrets (known: codegen/lint.py KNOWN_EXTENSIONS)",
        "#/components/schemas/Typos: unknown schema field 'minLenght'",
    ]


def test_an_extension_on_the_wrong_kind_of_object_is_refused(spec: dict[str, Any]) -> None:
    document = _with_schema(spec, "Misplaced", "type: object\nx-lansenger-idempotent: true")
    (problem,) = lint(document)
    assert "x-lansenger-idempotent does not belong on a schema object (only on: operation)" in problem


def test_operation_fields_are_checked(spec: dict[str, Any]) -> None:
    document = copy.deepcopy(spec)
    document["paths"]["/v1/apptoken/create"]["get"]["respones"] = {}
    (problem,) = lint(document)
    assert problem == "paths /v1/apptoken/create get: unknown operation field 'respones'"


def test_operations_become_well_named_documented_methods(spec: dict[str, Any]) -> None:
    document = copy.deepcopy(spec)
    operation = document["paths"]["/v1/apptoken/create"]["get"]
    operation.update(operationId="createAppToken", tags=["tokens"])
    del operation["summary"]
    where = "paths /v1/apptoken/create get"
    assert lint(document) == [
        f"{where}: operationId 'createAppToken' must be snake_case (it is the method's name)",
        f"{where}: its first tag 'tokens' (its resource) is not declared in the root `tags`",
        f"{where}: no summary (it is the method's docstring)",
    ]


@pytest.mark.parametrize("name", ["expiresIn", "refreshExpiresIn", "ticketLifetime", "readTimeout", "ttl"])
def test_a_lifetime_needs_a_minimum(spec: dict[str, Any], name: str) -> None:
    document = _with_schema(spec, "Grant", f"type: object\nproperties:\n  {name}: {{type: integer}}")
    assert lint(document) == [f"#/components/schemas/Grant/properties/{name}: a lifetime or timeout needs a minimum"]
    document["components"]["schemas"]["Grant"]["properties"][name]["minimum"] = 0
    assert lint(document) == []


def test_dangling_refs_and_impossible_ranges(spec: dict[str, Any]) -> None:
    document = _with_schema(
        spec,
        "Broken",
        "type: object\nrequired: [gone]\nproperties:\n  a: {$ref: '#/components/schemas/Nope'}\n"
        "  n: {type: integer, minimum: 5, maximum: 1}",
    )
    assert sorted(lint(document)) == [
        "#/components/schemas/Broken/properties/a: $ref #/components/schemas/Nope points at nothing",
        "#/components/schemas/Broken/properties/n: minimum 5 is above maximum 1",
        "#/components/schemas/Broken: required 'gone' is not one of its properties",
    ]


@pytest.mark.slow
def test_generation_fails_on_a_lint_problem(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lint's verdict alone fails the run: the document is valid OpenAPI, so the validator (seconds of CPU in a
    process of its own, which the run would wait for) is told it passed this document before."""
    broken = _with_schema(spec, "Cut", "properties:\n  seq: {type: integer, description: The number, also the id.}")
    monkeypatch.setattr(codegen_main, "assemble", lambda _: broken)
    monkeypatch.setattr(codegen_main, "known_valid", lambda _: True)
    assert codegen_main.main(["--check"]) == 1
    assert "the spec has mistakes the OpenAPI validator lets pass" in capsys.readouterr().err


def _operation(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][path][method]
    return operation


@pytest.mark.parametrize(
    ("path", "method", "change", "message"),
    [
        (
            "/oauth2/device_token",
            "post",
            {"servers": [{"url": "https://{host}/v1", "variables": {"host": {"default": "h"}}}]},
            "servers must be one entry whose url is one variable",
        ),
        (
            "/oauth2/device_token",
            "post",
            {"servers": [{"url": "{a}", "variables": {"a": {"default": "x"}}}] * 2},
            "servers must be one entry",
        ),
        ("/v2/user_token/create", "get", {"x-lansenger-answer-errors": ["slow_down"]}, "answer-errors needs"),
        ("/oauth2/device_token", "post", {"x-lansenger-envelope": True}, "must be the envelope or bytes"),
        ("/oauth2/device_token", "post", {"x-lansenger-answer-errors": ["invalid_grant"]}, "the answer's `error` enum"),
        ("/presigned-upload", "put", {"security": [{"appToken": []}]}, "never gets the app token"),
    ],
    ids=[
        "not-one-variable",
        "two-servers",
        "answer-errors-in-an-envelope",
        "bare-without-the-flag",
        "not-an-answer",
        "presigned-token",
    ],
)
def test_derive_refuses_servers_and_bare_answers_it_cannot_generate(
    spec: dict[str, Any], path: str, method: str, change: dict[str, Any], message: str
) -> None:
    document = copy.deepcopy(spec)
    _operation(document, path, method).update(change)
    with pytest.raises(ValueError, match=message):
        derive(document)


def test_derive_reads_servers_and_bare_answers(spec: dict[str, Any]) -> None:
    _, metas = derive(spec)
    poll, put = metas["poll_device_token"], metas["put_presigned_object"]
    assert (poll.server, poll.bare, poll.app_token, poll.idempotent) == (
        {"param": "passport_url", "presigned": False},
        True,
        False,
        True,
    )
    assert "slow_down" in poll.answer_errors
    assert (put.server, put.bare, put.app_token, put.idempotent) == (
        {"param": "url", "presigned": True},
        True,
        False,
        False,
    )
