"""Bad input raises a typed error before anything is sent (the router below has no routes: any request fails)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lansenger import ConfigurationError, InvalidArgumentError, Lansenger

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN

TOO_LONG = "字" * 2001  # 6003 bytes of UTF-8 in 2001 characters


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.messages.send_text("", "hello"), "staff id"),
        (lambda c: c.messages.send_text("   ", "hello"), "staff id"),
        (lambda c: c.messages.send_text("g", "hi", chat_type="group-chat"), "chat_type"),
        (lambda c: c.messages.send_text("staff-1", ""), "must not be empty"),
        (lambda c: c.messages.send_text("staff-1", " \n"), "must not be empty"),
        (lambda c: c.messages.send_text("staff-1", TOO_LONG), "6003 bytes"),
        (lambda c: c.messages.send_markdown("staff-1", "x" * 6001), "at most 6000"),
        (lambda c: c.messages.send_text("staff-1", "hi", mentions=["s2"]), "group chats only"),
        (lambda c: c.messages.send_text("g", "hi", chat_type="group", mentions="s2"), "list of ids"),
        (lambda c: c.messages.send_text("g", "hi", chat_type="group", mentions=[""]), "non-empty"),
        (lambda c: c.messages.send_file("staff-1", "/nonexistent/report.pdf"), "no such file"),
        (lambda c: c.messages.send_file("", "/nonexistent/report.pdf"), "staff id"),
        (lambda c: c.media.upload("/nonexistent/report.pdf"), "no such file"),
        (lambda c: c.media.download("", to="never-written.bin"), "media_id must not be empty"),
        (lambda c: c.media.download("md-1", to="/nonexistent-dir/x"), "no such directory"),
        (lambda c: c.messages.revoke_messages(message_ids=[]), "message_ids must not be empty"),
        (lambda c: c.messages.create_group_message(group_id="", msg_type="text", msg_data=None), "group_id"),
        (lambda c: c.messages.send_text("staff-1", "hi", user_token=""), "user_token must not be empty"),
    ],
)
def test_rejected_before_any_request(unsent_client: Lansenger, call: Callable[[Lansenger], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(unsent_client)


def test_invalid_argument_is_a_value_error(unsent_client: Lansenger) -> None:
    with pytest.raises(ValueError):
        unsent_client.messages.send_text("staff-1", "")


def test_text_at_the_limit_is_accepted_locally() -> None:
    from lansenger._message_bodies import text_data

    assert text_data("字" * 2000, chat_type="staff").text is not None


def test_upload_from_open_file_needs_a_name(unsent_client: Lansenger, tmp_path: Path) -> None:
    import io

    with pytest.raises(InvalidArgumentError, match="filename is required"):
        unsent_client.media.upload(io.BytesIO(b"data"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"app_id": APP_ID, "app_secret": APP_SECRET}, "gateway_url is required"),
        ({"app_id": APP_ID, "app_secret": APP_SECRET, "gateway_url": "open.example/apigw"}, "absolute http"),
        ({"app_id": APP_ID, "app_secret": APP_SECRET, "gateway_url": GATEWAY + "?x=1"}, "query string"),
        ({"app_id": APP_ID, "gateway_url": GATEWAY}, "app_secret is required"),
        ({"gateway_url": GATEWAY}, "app_id and app_secret"),
    ],
)
def test_configuration_errors(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Lansenger(**kwargs)


def test_from_env_reads_the_platform_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANSENGER_APP_ID", APP_ID)
    monkeypatch.setenv("LANSENGER_APP_SECRET", APP_SECRET)
    monkeypatch.setenv("LANSENGER_API_GATEWAY_URL", GATEWAY)
    monkeypatch.setenv("LANSENGER_APP_TOKEN", TOKEN)
    with Lansenger.from_env() as client:
        assert client.settings.credentials == (APP_ID, APP_SECRET)
        assert client.settings.app_token == TOKEN
        assert client.settings.gateway_url == GATEWAY
    with Lansenger.from_env(gateway_url="https://other.example/apigw") as client:
        assert client.settings.gateway_url == "https://other.example/apigw"


def test_repr_hides_secrets() -> None:
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, app_token=TOKEN) as client:
        shown = repr(client) + repr(client.settings)
    assert APP_SECRET not in shown and TOKEN not in shown
    assert APP_ID in shown
