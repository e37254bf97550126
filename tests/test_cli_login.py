"""`login` (device flow and browser flow), `whoami`, `logout`, `config` and profiles, against a real sandbox."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import httpx
import pytest
import respx
from lansenger import FileTokenStore
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID

from tests._cli import Shell, bare_shell, shell_for

ADA, GRACE = f"{ORG_ID}-1001", f"{ORG_ID}-1002"


@pytest.fixture
def shell(lansenger_sandbox: Sandbox, tmp_path: Path) -> Shell:
    return shell_for(lansenger_sandbox, tmp_path / "sdk_state.json")


class Approver:
    """The person at the verification page, driven by the sandbox's hook from the CLI's (fake) sleeper."""

    def __init__(self, sandbox: Sandbox, staff_id: str | None, after: int = 2) -> None:
        self.sandbox, self.staff_id, self.after = sandbox, staff_id, after
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if len(self.sleeps) == self.after:
            (user_code,) = self.sandbox.device_flow.pending
            if self.staff_id is None:
                self.sandbox.device_flow.deny(user_code)
            else:
                self.sandbox.device_flow.approve(user_code, self.staff_id)


def test_device_login_then_whoami_then_logout(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    approver = Approver(lansenger_sandbox, GRACE)
    result = shell.ok("login", "--json", obj=Runtime(sleep=approver.sleep))
    assert approver.sleeps == [5, 5], "polled at the passport's interval until approved"
    assert json.loads(result.stdout) == {
        "staffId": GRACE,
        "scope": "basic_userinfor",
        "expiresIn": 7200,
        "profile": "default",
        "stateFile": str(shell.state_file),
    }
    assert "confirm the code" in result.stderr and "/sandbox/device/verify?user_code=" in result.stderr
    stored = FileTokenStore(shell.state_file).load_user_token(GRACE)
    assert stored is not None and stored.user_token not in result.stdout + result.stderr, "tokens are never printed"

    assert shell.ok("whoami").stdout == f"Grace Hopper ({GRACE})\n"
    assert shell.json("whoami")["staffId"] == GRACE
    assert shell.json("config", "show")["logins"] == [GRACE]

    assert shell.json("logout") == {"loggedOut": [GRACE]}
    assert FileTokenStore(shell.state_file).load_user_token(GRACE) is None
    assert shell.run("whoami").exit_code == 3


def test_several_logins_need_as(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    shell.ok("login", obj=Runtime(sleep=Approver(lansenger_sandbox, GRACE, after=1).sleep))
    result = shell.ok("login", obj=Runtime(sleep=Approver(lansenger_sandbox, ADA, after=1).sleep))
    assert result.stdout == f"Logged in as {ADA} (profile default).\n"
    assert shell.run("whoami").exit_code == 2, "which one?"
    assert shell.json("whoami", "--as", ADA)["name"] == "Ada Lovelace"
    assert shell.json("whoami", env={"LANSENGER_STAFF_ID": GRACE})["name"] == "Grace Hopper"
    assert sorted(shell.json("logout", "--all")["loggedOut"]) == [ADA, GRACE]


def test_a_denied_login_exits_3(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    result = shell.run("login", obj=Runtime(sleep=Approver(lansenger_sandbox, None, after=1).sleep))
    assert result.exit_code == 3
    assert result.stderr.endswith("Error: the user denied the authorization\n")


def test_a_passport_without_device_flow_points_to_the_browser(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    result = shell.run("login", env={"LANSENGER_PASSPORT_URL": lansenger_sandbox.url + "/legacy"})
    assert result.exit_code == 1
    assert "lansenger login --browser" in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_browser_login_catches_the_redirect_on_loopback(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    redirect_uri = f"http://127.0.0.1:{_free_port()}/callback"
    visited: list[str] = []

    def browser(url: str) -> None:
        visited.append(url)
        page = httpx.get(url, follow_redirects=True)  # the sandbox's authorize page approves and redirects
        assert page.status_code == 200 and "Logged in" in page.text

    result = shell.ok(
        "login", "--browser", obj=Runtime(open_browser=browser), env={"LANSENGER_REDIRECT_URI": redirect_uri}
    )
    assert result.stdout == f"Logged in as {lansenger_sandbox.oauth.approver} (profile default).\n"
    assert visited and visited[0].startswith(lansenger_sandbox.url + "/oauth2/authorize?appid=")
    assert shell.json("whoami")["staffId"] == lansenger_sandbox.oauth.approver


def test_browser_login_reads_a_pasted_redirect(shell: Shell) -> None:
    result = shell.run(
        "login",
        "--browser",
        "--no-open",
        input="https://bot.example.test/cb?error=access_denied&error_description=no\n",
        env={"LANSENGER_REDIRECT_URI": "https://bot.example.test/cb"},
    )
    assert result.exit_code == 3
    assert "Paste the address" in result.stdout + result.stderr
    assert result.stderr.endswith("Error: the user did not authorize: access_denied\n")


def test_profiles_from_the_state_file(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    shell = bare_shell(tmp_path)
    shell.ok("-p", "bot", "config", "set", "gateway-url", lansenger_sandbox.url)
    shell.ok("-p", "bot", "config", "set", "app-id", lansenger_sandbox.app_id)
    hidden = shell.ok("-p", "bot", "config", "set", "app-secret", input=lansenger_sandbox.app_secret + "\n")
    assert lansenger_sandbox.app_secret not in hidden.stdout, "typed without echo"

    sent = shell.json("--profile", "bot", "send", "text", ADA, "from a profile")
    assert sent["msgId"]
    assert shell.json("send", "text", ADA, "active profile")["msgId"], "the first profile written became the active one"
    assert shell.run("-p", "other", "send", "text", ADA, "x").exit_code == 2, "a profile without settings"

    shown = shell.json("-p", "bot", "config", "show")
    assert shown["profile"] == "bot"
    assert shown["settings"]["gateway-url"] == {"value": lansenger_sandbox.url, "source": "profile"}
    assert shown["settings"]["app-secret"]["value"] != lansenger_sandbox.app_secret
    assert "***" in shown["settings"]["app-secret"]["value"]

    elsewhere = {"LANSENGER_API_GATEWAY_URL": "http://127.0.0.1:9"}
    no_retries = Runtime(client_options={"max_retries": 0})
    overridden = shell.run("-p", "bot", "send", "text", ADA, "x", env=elsewhere, obj=no_retries)
    assert overridden.exit_code == 4, "the environment wins over the profile"
    shell.ok("-p", "bot", "config", "unset", "app-id")
    assert shell.json("-p", "bot", "config", "show")["settings"]["app-id"] == {"value": None, "source": None}
    assert shell.run("-p", "bot", "config", "set", "colour", "blue").exit_code == 2

    stored = json.loads(shell.state_file.read_text())
    assert stored["profiles"]["bot"]["api_gateway_url"] == lansenger_sandbox.url, "the platform SDKs' layout"
    kept = stored["profiles"]["bot"]["other_apps"][f"{lansenger_sandbox.app_id}@{lansenger_sandbox.url}"]
    assert kept["app_token"], "the app token is kept for the next command, under its app once the profile names none"
    shell.ok("-p", "bot", "config", "set", "app-id", lansenger_sandbox.app_id)
    assert json.loads(shell.state_file.read_text())["profiles"]["bot"]["app_token"] == kept["app_token"]


def test_a_grant_without_staff_id_is_kept_under_the_user_it_belongs_to(tmp_path: Path) -> None:
    gateway, passport = "https://gw.example.test/open/apigw", "https://passport.example.test"
    shell = bare_shell(
        tmp_path,
        {
            "LANSENGER_API_GATEWAY_URL": gateway,
            "LANSENGER_PASSPORT_URL": passport,
            "LANSENGER_APP_ID": "3064064-1",
            "LANSENGER_APP_SECRET": "secret",
        },
    )
    with respx.mock(assert_all_called=True) as platform:
        platform.get(gateway + "/v1/apptoken/create").respond(
            json={"errCode": 0, "data": {"appToken": "at", "expiresIn": 7200}}
        )
        platform.post(passport + "/oauth2/device_authorization").respond(
            json={"deviceCode": "dc", "userCode": "BDFG-HJKL"}
        )
        platform.post(passport + "/oauth2/device_token").respond(json={"state": "access_approved", "oauth2Code": "c"})
        platform.get(gateway + "/v2/user_token/create").respond(
            json={"errCode": 0, "data": {"userToken": "ut", "refreshToken": "rt"}}
        )
        platform.get(gateway + "/v1/users/fetch", params={"user_token": "ut"}).respond(
            json={"errCode": 0, "data": {"staffId": "3064064-7", "name": "Q"}}
        )
        answer = shell.json("login", obj=Runtime(sleep=lambda seconds: None))
    assert (answer["staffId"], answer["scope"], answer["expiresIn"]) == ("3064064-7", None, None)
    stored = FileTokenStore(shell.state_file).load_user_token("3064064-7")
    assert stored is not None and stored.user_token == "ut"
