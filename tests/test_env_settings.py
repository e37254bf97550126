"""`Lansenger()` reads LANSENGER_* for every setting it is not given; explicit arguments always win."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import respx
from lansenger import AsyncLansenger, ConfigurationError, Lansenger

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN, ok, token

OTHER_GATEWAY = "https://other.example.test/apigw"


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANSENGER_APP_ID", APP_ID)
    monkeypatch.setenv("LANSENGER_APP_SECRET", APP_SECRET)
    monkeypatch.setenv("LANSENGER_API_GATEWAY_URL", GATEWAY)
    monkeypatch.setenv("LANSENGER_PASSPORT_URL", "https://passport.example.test")
    monkeypatch.setenv("LANSENGER_REDIRECT_URI", "https://app.example.test/back")


@pytest.mark.usefixtures("environment")
def test_a_client_with_no_arguments_authenticates_with_the_environment() -> None:
    with respx.mock(base_url=GATEWAY) as mock, Lansenger() as client:
        fetch = mock.get("/v1/apptoken/create").respond(json=token())
        mock.post("/v1/bot/messages/create").respond(json=ok({"msgId": "m1"}))
        client.messages.send_text("staff-1", "hi")
        assert client.settings.passport_url == "https://passport.example.test"
        assert client.settings.redirect_uri == "https://app.example.test/back"
    assert fetch.calls.last.request.url.params["appid"] == APP_ID
    assert fetch.calls.last.request.url.params["secret"] == APP_SECRET


@pytest.mark.usefixtures("environment")
@pytest.mark.anyio
async def test_the_async_client_reads_the_environment_too() -> None:
    async with AsyncLansenger(gateway_url=OTHER_GATEWAY) as client:
        assert client.settings.credentials == (APP_ID, APP_SECRET)
        assert client.settings.gateway_url == OTHER_GATEWAY


@pytest.mark.usefixtures("environment")
@pytest.mark.parametrize("build", [Lansenger, Lansenger.from_env])
def test_explicit_arguments_win_over_the_environment(build: Any) -> None:
    explicit = {"app_id": APP_ID, "app_secret": "explicit-secret", "gateway_url": OTHER_GATEWAY}
    with build(**explicit, redirect_uri="https://x.test/cb") as client:
        assert client.settings.credentials == (APP_ID, "explicit-secret")
        assert (client.settings.gateway_url, client.settings.redirect_uri) == (OTHER_GATEWAY, "https://x.test/cb")


@pytest.mark.usefixtures("environment")
def test_the_environments_secrets_never_serve_another_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANSENGER_APP_TOKEN", TOKEN)
    with pytest.raises(ConfigurationError) as raised:
        Lansenger("another-app")
    message = str(raised.value)
    assert "app_secret is required: pass app_secret= or set LANSENGER_APP_SECRET" in message
    assert "ignored: LANSENGER_APP_ID names another app" in message
    assert APP_SECRET not in message and TOKEN not in message
    with Lansenger("another-app", app_token="its-own") as client:
        assert client.settings.app_secret is None and client.settings.app_token == "its-own"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"app_id": APP_ID, "app_secret": APP_SECRET}, "gateway_url= or set LANSENGER_API_GATEWAY_URL"),
        ({"app_secret": APP_SECRET, "gateway_url": GATEWAY}, "pass app_id= or set LANSENGER_APP_ID"),
        ({"app_id": APP_ID, "gateway_url": GATEWAY}, "pass app_secret= or set LANSENGER_APP_SECRET"),
        ({"gateway_url": GATEWAY}, "set LANSENGER_APP_ID and LANSENGER_APP_SECRET), or an app_token="),
    ],
)
def test_a_missing_setting_names_its_argument_and_its_variable(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Lansenger(**kwargs)


def test_from_store_fills_the_gaps_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"app_id": APP_ID, "app_secret": APP_SECRET}), encoding="utf-8")
    with pytest.raises(ConfigurationError, match="gateway_url= or set LANSENGER_API_GATEWAY_URL"):
        Lansenger.from_store(state)
    monkeypatch.setenv("LANSENGER_API_GATEWAY_URL", GATEWAY)
    monkeypatch.setenv("LANSENGER_APP_SECRET", "not-the-profiles")
    with Lansenger.from_store(state) as client:
        assert client.settings.gateway_url == GATEWAY
        assert client.settings.credentials == (APP_ID, APP_SECRET)


def test_without_lansenger_app_id_the_environments_secret_serves_the_app_id_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANSENGER_APP_SECRET", APP_SECRET)
    with Lansenger("my-app", gateway_url=GATEWAY) as client:
        assert client.settings.credentials == ("my-app", APP_SECRET)
