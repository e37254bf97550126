"""The generation pipeline: bundling, envelope unwrapping, determinism, and what templates put in the output."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.bundle import SpecError, assemble, bundle
from codegen.derive import derive, error_table

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "lansenger_api"


@pytest.fixture(scope="module")
def document() -> dict[str, object]:
    """The bundled spec, unvalidated: validation takes seconds and the regeneration tests below already prove it."""
    return assemble(ROOT / "spec")


@pytest.mark.slow
def test_regeneration_is_byte_identical_whatever_the_hash_seed() -> None:
    """`codegen --check` under a fixed hash seed: generated/ is up to date, and generation is deterministic (what is
    committed was generated under another, random, seed; CI's fresh checkout checks it again on its own machine).

    This is also `make test`'s up-to-date check (the Makefile does not run `check-generated` a second time).
    """
    seed = "1"
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--check"],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_every_generated_module_says_do_not_edit() -> None:
    modules = sorted(GENERATED.rglob("*.py"))
    assert len(modules) > 20
    for module in modules:
        assert module.read_text(encoding="utf-8").startswith("# Generated from spec/"), module


def test_bundle_rejects_a_name_defined_twice(tmp_path: Path) -> None:
    (tmp_path / "domains").mkdir()
    (tmp_path / "openapi.yaml").write_text((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    part = {"components": {"schemas": {"Envelope": {"type": "object"}}}}
    (tmp_path / "domains" / "extra.yaml").write_text(yaml.safe_dump(part))
    with pytest.raises(SpecError, match="'Envelope' is defined twice"):
        bundle(tmp_path)


def test_bundle_rejects_invalid_openapi(tmp_path: Path) -> None:
    (tmp_path / "domains").mkdir()
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n")
    with pytest.raises(SpecError, match="not valid OpenAPI"):
        bundle(tmp_path)


def test_envelopes_are_unwrapped_for_the_generator(document: dict[str, object]) -> None:
    generator_input, metas = derive(document)
    schema = generator_input["paths"]["/v1/bot/messages/create"]["post"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert schema == {"$ref": "#/components/schemas/SentMessage"}
    bot = metas["create_bot_message"]
    assert (bot.envelope, bot.data_required, bot.app_token, bot.idempotent) == (True, True, True, False)
    token = metas["create_app_token"]
    assert (token.app_token, token.idempotent, token.error_class) == (False, True, "AuthenticationError")
    assert metas["fetch_media"].binary
    assert metas["update_dynamic_message"].idempotent
    assert metas["revoke_messages"].body_checks == {"messageIds": {"minItems": 1}}


def test_an_answer_is_not_both_bytes_and_an_event_stream(document: dict[str, Any]) -> None:
    both = copy.deepcopy(document)
    answer = both["paths"]["/v1/sse/msg/fetch"]["post"]["responses"]["200"]["content"]
    answer["application/octet-stream"] = {"schema": {"type": "string", "format": "binary"}}
    with pytest.raises(ValueError, match="fetch_stream_message: an answer is bytes or an event stream, not both"):
        derive(both)


def test_error_table_comes_from_the_spec(document: dict[str, object]) -> None:
    from lansenger_api import errors

    table = error_table(document)
    assert {entry["code"]: entry["class"] for entry in table["codes"]} == {
        code: cls.__name__ for code, cls in errors.ERROR_CLASSES.items()
    }
    assert {e["code"] for e in table["codes"] if e["token_invalid"]} == errors.TOKEN_INVALID_CODES


def test_requests_carry_the_operation_marker() -> None:
    from lansenger_api.api.media import fetch_media
    from lansenger_api.api.messages import create_bot_message
    from lansenger_api.request_meta import RequestMeta, request_meta

    meta = request_meta(fetch_media._get_kwargs("md-1")["extensions"])
    assert meta == RequestMeta(operation="fetch_media", app_token=True, idempotent=True)
    assert create_bot_message._META.idempotent is False


def test_bundled_spec_ships_with_the_package() -> None:
    import json
    from importlib.resources import files

    shipped = json.loads(files("lansenger_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    assert "/v1/bot/messages/create" in shipped["paths"]
    assert "Do not edit" in shipped["info"]["x-generated"]


def test_an_error_code_listed_twice_fails_generation(document: dict[str, object]) -> None:
    doubled = copy.deepcopy(document)
    table: Any = doubled["x-lansenger-errors"]
    table["codes"].append({**table["codes"][0], "name": "ANOTHER_NAME"})
    with pytest.raises(ValueError, match="code listed twice"):
        error_table(doubled)


def test_a_union_of_plain_json_types_is_read_without_a_parse_function() -> None:
    """Upstream reads every union through a function defined per parse; when it only hands None/UNSET back and casts
    the rest, the field is read directly. A union with a model member keeps its function (it builds the model)."""
    from codegen.render import uncast

    plain = (
        "def _parse_org_id(data: object) -> int | str | None | Unset:\n"
        "    if data is None:\n"
        "        return data\n"
        "    if isinstance(data, Unset):\n"
        "        return data\n"
        "    return cast(int | str | None | Unset, data)\n"
        "\n"
        'org_id = _parse_org_id(_get("orgId", UNSET))'
    )
    assert uncast(plain) == 'org_id: int | str | None | Unset = _get("orgId", UNSET)'
    with_model = plain.replace(
        "    return cast(", "    if isinstance(data, dict):\n        return Org.from_dict(data)\n    return cast("
    )
    assert uncast(with_model) == with_model
