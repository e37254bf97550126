"""The seams between the generated package's static runtime, its rendered modules and the overlay: paging inside
a query object keeps what the caller set, overlay-only exceptions live in the overlay, and the runtime imports
nothing rendered (so it type-checks where it is written)."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import lansenger
import lansenger_api.errors
import pytest
import respx
from lansenger import Lansenger, LansengerError, RequestMeta, request_meta
from lansenger_api.models import QingjiaApplyQuery

from tests._envelopes import GATEWAY, TOKEN, ok

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "codegen" / "runtime"
QINGJIA_PAGES = "/xtra/qingjia/server/openapi/v2/myApplyPageInfo"
OVERLAY_ONLY = [
    "AuthorizationError",
    "CallbackError",
    "ConfigurationError",
    "DecryptionError",
    "FileChangedError",
    "SignatureVerificationError",
    "StoreError",
]


def _leave_page(page: int, ids: list[str]) -> dict[str, object]:
    items = [{"applyId": apply_id, "typeCode": "annual", "status": 1} for apply_id in ids]
    return ok({"pageNo": page, "pageSize": 2, "total": 3, "result": items})


def test_paging_inside_a_query_object_keeps_the_caller_s_fields(router: respx.MockRouter) -> None:
    route = router.post(QINGJIA_PAGES).mock(
        side_effect=[
            respx.MockResponse(json=_leave_page(1, ["QJ1", "QJ2"])),
            respx.MockResponse(json=_leave_page(2, ["QJ3"])),
        ]
    )
    query = QingjiaApplyQuery(page_size=2)
    query.additional_properties["status"] = 1  # a field the spec does not name
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        found = [item["applyId"] for item in client.qingjia.iter_list_leave_applications(cmc_code="QJ", query_vo=query)]
    assert found == ["QJ1", "QJ2", "QJ3"]
    sent = [json.loads(call.request.content)["queryVO"] for call in route.calls]
    assert sent == [{"pageNo": 1, "pageSize": 2, "status": 1}, {"pageNo": 2, "pageSize": 2, "status": 1}]
    assert query.page_no == 1 and query.additional_properties == {"status": 1}  # the caller's object is untouched


@pytest.mark.parametrize("name", OVERLAY_ONLY)
def test_overlay_only_exceptions_live_in_the_overlay(name: str) -> None:
    error = getattr(lansenger, name)
    assert issubclass(error, LansengerError)
    assert error.__module__ == "lansenger._errors"
    assert not hasattr(lansenger_api.errors, name)


def test_the_metadata_a_request_carries_is_read_back_typed() -> None:
    meta = RequestMeta(operation="fetch_staff", app_token=True, idempotent=True)
    assert request_meta(meta.extensions()) is meta
    assert request_meta({"lansenger": {"operation": "fetch_staff"}}) is None  # a hand-built dict is not metadata
    assert request_meta(None) is None


def _imported(module: Path) -> list[tuple[int, str]]:
    """(level, module) of every import: level 1 for `from .x import`, 0 for absolute ones."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or ""))
        elif isinstance(node, ast.Import):
            found += [(0, alias.name) for alias in node.names]
    return found


@pytest.mark.parametrize("module", sorted(RUNTIME.glob("*.py")), ids=lambda path: path.name)
def test_the_runtime_imports_nothing_rendered(module: Path) -> None:
    runtime = {path.stem for path in RUNTIME.glob("*.py")}
    dependencies = {"httpx", "httpx_sse", "anyio", "attrs", "typing_extensions", "__future__"}
    for level, name in _imported(module):
        top = name.split(".")[0]
        if level:
            assert top in runtime, f"{module.name} imports .{name}, which is not in codegen/runtime"
        else:
            assert top in sys.stdlib_module_names or top in dependencies, f"{module.name} imports {name}"


@pytest.mark.parametrize("module", sorted(RUNTIME.glob("*.py")), ids=lambda path: path.name)
def test_the_package_ships_the_runtime_as_written(module: Path) -> None:
    shipped = ROOT / "generated" / "lansenger_api" / module.name
    assert shipped.read_text(encoding="utf-8").endswith(module.read_text(encoding="utf-8"))


def test_the_overlays_fallback_lifetimes_are_the_specs_declared_defaults() -> None:
    import json
    from importlib import resources

    from lansenger import _client, _device_flow, _user_tokens

    schemas = json.loads(resources.files("lansenger_api").joinpath("openapi.json").read_text())["components"]["schemas"]

    def default(schema: str, field: str) -> object:
        return schemas[schema]["properties"][field]["default"]

    assert default("AppToken", "expiresIn") == _client.DEFAULT_EXPIRES_IN
    assert default("UserTokenGrant", "expiresIn") == _user_tokens.DEFAULT_USER_TOKEN_LIFETIME
    assert default("UserTokenGrant", "refreshExpiresIn") == _user_tokens.DEFAULT_REFRESH_LIFETIME
    assert default("DeviceCodes", "interval") == _device_flow.DEFAULT_INTERVAL
    assert default("DeviceCodes", "expiresIn") == _device_flow.DEFAULT_EXPIRES_IN
