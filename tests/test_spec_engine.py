"""The spec-driven engine: one validator for client and sandbox, synthesized answers, declared resources.

The validator is `lansenger_api.validation` (codegen/runtime/validation.py): trees derived from the spec, pruned
for the client and full for the sandbox. Answers the sandbox synthesizes must fit the schemas they are made for,
and a resource declared with `x-lansenger-resource` lives from create to delete with no sandbox code.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
import pytest
from lansenger.testing import Sandbox
from lansenger.testing import _server as sandbox_server
from lansenger.testing._spec import SpecIndex
from lansenger.testing._synthesis import Synthesizer, request_seed
from lansenger_api.validation import RuleViolation, check, check_query, merged, query_tree, rule_tree

from codegen.derive import rules_for, sandbox_hints

DOCUMENT: dict[str, Any] = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())
INDEX = SpecIndex(DOCUMENT)
TOKEN_PATH = "/v1/apptoken/create"

SCHEMAS: dict[str, Any] = {
    "components": {
        "schemas": {
            "Window": {
                "type": "object",
                "required": ["title", "start", "end"],
                "x-lansenger-max-span": {"start": "start", "end": "end", "max": 10, "unit": "seconds"},
                "properties": {
                    "title": {"type": "string", "minLength": 1, "x-lansenger-max-bytes": 6},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "mood": {"type": "string", "enum": ["calm", "busy"]},
                    "people": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}},
                },
            },
            "Person": {
                "type": "object",
                "x-lansenger-require-any": ["staffId", "mobile"],
                "properties": {"staffId": {"type": "string"}, "mobile": {"type": "string"}, "flag": {"enum": [1, 2]}},
            },
        }
    }
}
WINDOW = {"$ref": "#/components/schemas/Window"}


def _refusal(value: object, rules: dict[str, Any] | None, *, python_names: bool = True) -> str:
    assert rules is not None
    with pytest.raises(RuleViolation) as refused:
        check(value, rules, python_names=python_names)
    return str(refused.value)


def test_one_engine_checks_the_pruned_and_the_full_tree() -> None:
    pruned, full = rules_for(SCHEMAS, WINDOW), rule_tree(SCHEMAS, WINDOW, full=True)
    good = {"title": "a", "start": 1, "end": 5, "people": [{"staffId": "s"}]}
    assert pruned is not None and full is not None
    check(good, pruned)
    check(good, full, python_names=False)

    # what only the full tree (the sandbox's) holds: types, required fields, closed objects
    assert _refusal({**good, "start": "1"}, full) == "start must be integer, not string"
    assert _refusal({"title": "a", "end": 1}, full) == "start is required"
    assert _refusal({**good, "colour": "red"}, full) == "colour is not a field of the request"
    check({**good, "start": "1", "colour": "red"}, pruned)
    # what both hold, with the same message
    for rules in (pruned, full):
        assert _refusal({**good, "title": "日程a"}, rules) == "title is 7 bytes of UTF-8; the limit is 6"
        assert _refusal({**good, "end": 12}, rules) == "start to end spans 11 seconds; at most 10 seconds are allowed"
        assert _refusal({**good, "end": 0}, rules) == "end is before start"
        assert _refusal({**good, "mood": "sad"}, rules) == "mood must be one of 'calm', 'busy', not 'sad'"
        assert _refusal({**good, "people": [{"mobile": "1", "flag": True}]}, rules).startswith("people[0].flag")
    # the client spells fields the Python way, the sandbox as JSON has them
    assert _refusal({**good, "people": [{}]}, pruned) == "people[0] needs at least one of: staff_id, mobile"
    assert _refusal({**good, "people": [{}]}, full, python_names=False).endswith("one of: staffId, mobile")


def test_query_parameters_are_coerced_from_text() -> None:
    document = {"components": {}}
    rules = query_tree(
        document,
        [
            {"name": "page", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1}},
            {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
            {"name": "live", "in": "query", "schema": {"type": "boolean"}},
            {"name": "org_id", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
    )
    check_query({"page": ["2"], "ids": ["1", "2"], "live": ["true"]}, rules)
    for query, message in [
        ({}, "page is required"),
        ({"page": [""]}, "page is required"),
        ({"page": ["two"]}, "page must be integer, not string"),
        ({"page": ["0"]}, "page must be at least 1"),
        ({"page": ["1"], "ids": ["1", "x"]}, "ids[1] must be integer, not string"),
        ({"page": ["1"], "live": ["yes"]}, "live must be boolean, not string"),
    ]:
        with pytest.raises(RuleViolation) as refused:
            check_query(query, rules)
        assert str(refused.value) == message


@pytest.mark.parametrize("operation", list(INDEX), ids=lambda operation: operation.operation_id)
def test_synthesized_requests_and_answers_fit_their_schemas(operation: Any) -> None:
    """What the synthesizer makes for a request body passes the sandbox's own checks, and every answer's data fits
    the full tree of its schema, whatever the seed."""
    for seed in range(3):
        made = Synthesizer(DOCUMENT, seed)
        if operation.body is not None:
            content = operation.declaration["requestBody"]["content"]["application/json"]
            operation.check_body(made.value(content["schema"], "body"))
        answer = operation.answer
        if answer is not None:
            data = merged(DOCUMENT, answer).get("properties", {}).get("data")
            if data is not None:
                check(made.value(data, "data"), rule_tree(DOCUMENT, data, full=True) or {}, python_names=False)


def test_the_seed_is_the_request() -> None:
    same = request_seed("op", {"a": ["1"], "app_token": ["t1"]}, {"x": 1})
    assert same == request_seed("op", {"app_token": ["t2"], "a": ["1"]}, {"x": 1})  # tokens are not the request
    assert same != request_seed("op", {"a": ["2"]}, {"x": 1})
    assert same != request_seed("op", {"a": ["1"]}, {"x": 2})
    assert same != request_seed("other", {"a": ["1"]}, {"x": 1})


def test_examples_in_the_spec_are_the_answer() -> None:
    document = {"components": {"schemas": {"S": {"type": "object", "properties": {"n": {"type": "string"}}}}}}
    assert Synthesizer(document, 1).value({"type": "string", "example": "hello"}) == "hello"
    assert Synthesizer(document, 1).value({"type": "integer", "examples": [7, 8]}) == 7
    made = Synthesizer(document, 1).value({"type": "integer", "minimum": 3, "maximum": 4})
    assert made in (3, 4)
    text = Synthesizer(document, 1).value({"type": "string", "minLength": 40, "maxLength": 41}, "name")
    assert 40 <= len(text) <= 41


# --- declared resources, through the sandbox ---------------------------------------------------------------


def _note_document() -> dict[str, Any]:
    """The bundled spec plus a made-up "note" resource declared with x-lansenger-resource and x-lansenger-emits."""
    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"] |= {
        "Note": {
            "type": "object",
            "required": ["noteId"],
            "properties": {"noteId": {"type": "string"}, "title": {"type": "string"}, "tagId": {"type": "string"}},
        },
        "NoteChange": {
            "type": "object",
            "required": ["title"],
            "properties": {"title": {"type": "string", "minLength": 1}, "tagId": {"type": "string"}},
        },
        "NotePage": {
            "type": "object",
            "properties": {
                "notes": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}},
                "total": {"type": "integer"},
            },
        },
    }

    def answer(data: str | None) -> dict[str, Any]:
        parts: list[dict[str, Any]] = [{"$ref": "#/components/schemas/Envelope"}]
        if data is not None:
            parts.append({"properties": {"data": {"$ref": f"#/components/schemas/{data}"}}, "required": ["data"]})
        return {"200": {"description": "ok", "content": {"application/json": {"schema": {"allOf": parts}}}}}

    change = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NoteChange"}}},
    }
    note_id = [{"name": "note_id", "in": "path", "required": True, "schema": {"type": "string"}}]
    paging = {"page": "pageNo", "first": 1, "items": "notes", "total": "total"}
    page_no = [{"name": "pageNo", "in": "query", "schema": {"type": "integer", "minimum": 1}}]
    document["paths"] |= {
        "/v1/notes/create": {
            "post": {
                "operationId": "create_note",
                "requestBody": change,
                "responses": answer("Note"),
                "x-lansenger-resource": {"name": "note", "role": "create", "id": "noteId"},
                "x-lansenger-emits": "tag_member",
            }
        },
        "/v1/notes/{note_id}/fetch": {
            "get": {
                "operationId": "fetch_note",
                "parameters": note_id,
                "responses": answer("Note"),
                "x-lansenger-resource": {"name": "note", "role": "fetch", "id": "note_id"},
            }
        },
        "/v1/notes/list": {
            "get": {
                "operationId": "list_notes",
                "parameters": page_no,
                "responses": answer("NotePage"),
                "x-lansenger-pagination": paging,
                "x-lansenger-resource": {"name": "note", "role": "list"},
            }
        },
        "/v1/notes/{note_id}/update": {
            "post": {
                "operationId": "update_note",
                "parameters": note_id,
                "requestBody": change,
                "responses": answer("Note"),
                "x-lansenger-resource": {"name": "note", "role": "update", "id": "note_id"},
            }
        },
        "/v1/notes/count": {
            "get": {
                "operationId": "count_notes",
                "responses": {
                    "200": {
                        "description": "bare JSON, no envelope",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["count"],
                                    "properties": {"count": {"type": "integer", "minimum": 0, "maximum": 9}},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/v1/notes/export": {
            "get": {
                "operationId": "export_notes",
                "responses": {"200": {"description": "bytes", "content": {"application/octet-stream": {}}}},
            }
        },
        "/v1/notes/pin": {
            "post": {
                "operationId": "pin_note",
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": answer(None),
                "x-lansenger-refers": {"noteId": "note", "pinnedBy": "staff"},
            }
        },
        "/v1/notes/{note_id}/delete": {
            "post": {
                "operationId": "delete_note",
                "parameters": note_id,
                "responses": answer(None),
                "x-lansenger-resource": {"name": "note", "role": "delete", "id": "note_id", "missing": "NOT_FOUND"},
            }
        },
    }
    return document


@pytest.fixture
def note_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Sandbox, httpx.Client]]:
    index = SpecIndex(_note_document())
    monkeypatch.setattr(sandbox_server, "bundled_spec_index", lambda: index)
    with Sandbox() as sandbox, httpx.Client(base_url=sandbox.url) as http:
        credentials = {"grant_type": "client_credential", "appid": sandbox.app_id, "secret": sandbox.app_secret}
        http.params = {"app_token": http.get(TOKEN_PATH, params=credentials).json()["data"]["appToken"]}
        yield sandbox, http


def test_a_declared_resource_lives_from_create_to_delete(note_sandbox: tuple[Sandbox, httpx.Client]) -> None:
    sandbox, http = note_sandbox
    first = http.post("/v1/notes/create", json={"title": "one", "tagId": "t-1"}).json()["data"]
    second = http.post("/v1/notes/create", json={"title": "two"}).json()["data"]
    assert first["title"] == "one" and second["title"] == "two" and first["noteId"] != second["noteId"]
    assert http.get(f"/v1/notes/{first['noteId']}/fetch").json()["data"] == first

    listed = http.get("/v1/notes/list").json()["data"]
    assert [note["noteId"] for note in listed["notes"]] == [first["noteId"], second["noteId"]]
    assert listed["total"] == 2

    changed = http.post(f"/v1/notes/{first['noteId']}/update", json={"title": "uno"}).json()["data"]
    assert (changed["noteId"], changed["title"], changed["tagId"]) == (first["noteId"], "uno", "t-1")
    assert http.post(f"/v1/notes/{second['noteId']}/delete").json() == {"errCode": 0, "errMsg": "ok"}
    assert [note["title"] for note in http.get("/v1/notes/list").json()["data"]["notes"]] == ["uno"]

    assert (
        http.post("/v1/notes/pin", json={"noteId": first["noteId"], "pinnedBy": "524288-1001"}).json()["errCode"] == 0
    )
    assert http.post("/v1/notes/pin", json={"noteId": second["noteId"]}).json()["errCode"] == 64001
    assert http.post("/v1/notes/pin", json={"noteId": first["noteId"], "pinnedBy": "nobody"}).json() == {
        "errCode": 50001,
        "errMsg": "staff not found: nobody",
    }
    gone = http.get(f"/v1/notes/{second['noteId']}/fetch").json()
    assert gone == {"errCode": 64001, "errMsg": f"note not found: {second['noteId']}"}
    refused = http.post("/v1/notes/create", json={"title": ""}).json()
    assert refused == {"errCode": 40001, "errMsg": "invalid parameter: title must be at least 1 characters"}
    published = [event for event in sandbox.callbacks.published if event["eventType"] == "tag_member"]
    assert [event["data"]["tagId"] for event in published][:1] == ["t-1"]
    assert len(published) == 2


def test_bare_and_binary_answers_come_from_the_spec(note_sandbox: tuple[Sandbox, httpx.Client]) -> None:
    _, http = note_sandbox
    counted = http.get("/v1/notes/count")
    exported = http.get("/v1/notes/export")
    assert list(counted.json()) == ["count"] and 0 <= counted.json()["count"] <= 9
    assert exported.headers["content-type"] == "application/octet-stream" and exported.content


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ({"name": "n", "role": "remove", "id": "x"}, "a role of"),
        ({"name": "n", "role": "fetch"}, "needs the id"),
        ({"name": "n", "role": "list", "colour": 1}, "takes only"),
        ({"name": "n", "role": "list", "parent": {"name": "p"}}, "parent needs exactly name and id"),
        ({"name": "n", "role": "fetch", "id": "x", "missing": "NOPE"}, "'NOPE' is not an x-lansenger-errors name"),
    ],
)
def test_codegen_refuses_a_malformed_declaration(declared: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        sandbox_hints(DOCUMENT, "op", {"x-lansenger-resource": declared})
    with pytest.raises(ValueError, match="x-lansenger-refers maps fields to collection names"):
        sandbox_hints(DOCUMENT, "op", {"x-lansenger-refers": {"staffIds": ["staff"]}})
    with pytest.raises(ValueError, match="not an x-lansenger-events type"):
        sandbox_hints(DOCUMENT, "op", {"x-lansenger-emits": "nothing_happened"})
