"""Models and operations are imported on first use, yet every name stays importable and fully typed.

The cold-start figures themselves are measured by `make bench` (bench/_cold.py), never by timed tests: these
tests pin what makes them small, the modules a fresh interpreter loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from types import ModuleType

import lansenger_api.models
import pytest
from lansenger import Lansenger, types
from lansenger_api.models.sent_message import SentMessage
from lansenger_api.types import UNSET, Unset

from tests._user_code import SNIPPETS, mypy_report, register

LOADED = """
import json, sys
{setup}
print(json.dumps(sorted(name for name in sys.modules if name.startswith("lansenger_api."))))
"""

SEND_ONE_TEXT = """
import httpx
from lansenger import Lansenger

def answer(request):
    token = request.url.path.endswith("/apptoken/create")
    data = {"appToken": "t", "expiresIn": 7200} if token else {"msgId": "m"}
    return httpx.Response(200, json={"errCode": 0, "data": data})

with Lansenger("app", "secret", gateway_url="https://gw.invalid", transport=httpx.MockTransport(answer)) as client:
    client.messages.send_text("524288-1001", "hello")
"""


def loaded_after(setup: str) -> set[str]:
    """The `lansenger_api` modules a fresh interpreter holds after running `setup`."""
    code = LOADED.format(setup=textwrap.dedent(setup))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout))


def of_kind(modules: set[str], package: str) -> set[str]:
    return {name.removeprefix(package) for name in modules if name.startswith(package)}


@pytest.mark.slow
def test_building_a_client_loads_only_the_token_operation_and_its_models() -> None:
    loaded = loaded_after(
        "from lansenger import Lansenger\nLansenger('app', 'secret', gateway_url='https://gw.invalid')"
    )
    assert of_kind(loaded, "lansenger_api.models.") == {"app_token", "grant_type"}
    assert of_kind(loaded, "lansenger_api.api.") == {"auth", "auth.create_app_token"}


@pytest.mark.slow
def test_a_first_send_loads_its_own_operation_and_models_only() -> None:
    loaded = loaded_after(SEND_ONE_TEXT)
    resources = {"auth", "auth.create_app_token", "messages", "messages.create_bot_message"}
    assert of_kind(loaded, "lansenger_api.api.") == resources  # no media helper: no file was sent
    models = of_kind(loaded, "lansenger_api.models.")
    assert {"bot_message_request", "sent_message", "text_message"} <= models
    assert len(models) < 25, sorted(models)  # of the spec's hundreds; the resource's other bodies stay unloaded
    assert not models & {"group_message_request", "app_card_message", "department_staff"}


def test_a_deferred_operation_module_takes_its_own_place_once_used(lansenger_client: Lansenger) -> None:
    import lansenger_api.api.messages as resource

    lansenger_client.messages.send_text("524288-1001", "hello")
    assert isinstance(vars(resource)["_create_bot_message"], ModuleType)  # later sends reach it directly
    assert isinstance(vars(resource)["BotMessageRequest"], type)


def test_every_model_is_importable_by_name_and_listed() -> None:
    from lansenger_api.models import DepartmentStaff

    assert DepartmentStaff.__module__ == "lansenger_api.models.department_staff"
    assert set(lansenger_api.models.__all__) <= set(dir(lansenger_api.models))
    for name in lansenger_api.models.__all__:  # each resolves from its module, and is kept once resolved
        getattr(lansenger_api.models, name)
    assert set(lansenger_api.models.__all__) <= set(vars(lansenger_api.models))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        lansenger_api.models.NoSuchModel  # noqa: B018


def test_packages_list_their_lazy_names() -> None:
    import lansenger
    import lansenger_api

    assert set(lansenger.__all__) <= set(dir(lansenger))
    assert set(lansenger_api.__all__) <= set(dir(lansenger_api))


def test_lansenger_types_is_the_generated_models_under_a_short_path() -> None:
    from lansenger.types import SentMessage as Short

    assert Short is SentMessage
    assert types.UNSET is UNSET and types.Unset is Unset
    assert set(types.__all__) == {"UNSET", "Unset", *lansenger_api.models.__all__}
    assert set(types.__all__) <= set(dir(types))
    with pytest.raises(AttributeError, match=r"'lansenger\.types' has no attribute 'NoSuchModel'"):
        types.NoSuchModel  # noqa: B018


def test_unset_reprs_as_its_name() -> None:
    assert repr(UNSET) == "UNSET"
    assert "msg_id=UNSET" in repr(SentMessage())


USER_CODE = register(
    "user_code",
    """
from lansenger import Lansenger, types
from lansenger.types import UNSET, SentMessage, Unset
from lansenger_api.models import DepartmentStaff


def first_id(message: SentMessage) -> str | Unset:
    return message.msg_id


staff: types.DepartmentStaff = DepartmentStaff.from_dict({"staffId": "s", "name": "n"})
missing: str | Unset = UNSET
wrong: int = first_id(SentMessage())
""",
)


@pytest.mark.slow
def test_mypy_sees_every_lazily_exported_name_with_its_type() -> None:
    errors = [line for line in mypy_report(USER_CODE) if ": error:" in line]
    assert len(errors) == 1, errors
    line = SNIPPETS[USER_CODE].splitlines().index("wrong: int = first_id(SentMessage())") + 1
    assert (
        f'user_code.py:{line}: error: Incompatible types in assignment (expression has type "str | Unset"' in errors[0]
    )
