"""The pytest plugin: the fixtures work, and pytest finds them through the entry point with nothing to configure."""

from __future__ import annotations

import pytest
from lansenger import Lansenger, MemoryTokenStore
from lansenger.testing import Sandbox
from lansenger.testing.pytest_plugin import ClientFactory


def test_fixtures_give_a_client_wired_to_a_running_sandbox(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    lansenger_client.messages.send_text("524288-1001", "hello")

    assert lansenger_client.settings.gateway_url == lansenger_sandbox.url
    assert [record["body"]["msgType"] for record in lansenger_sandbox.state.messages] == ["text"]
    assert lansenger_sandbox.state.token_requests == 1


def test_each_test_gets_a_fresh_sandbox(lansenger_sandbox: Sandbox) -> None:
    assert lansenger_sandbox.state.messages == []
    assert lansenger_sandbox.state.token_requests == 0


@pytest.mark.lansenger_sandbox(app_id="another-app", app_secret="another-secret")
@pytest.mark.lansenger_client(redirect_uri="https://bot.example.test/callback")
def test_markers_pass_options_to_the_sandbox_and_the_client(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    assert (lansenger_sandbox.app_id, lansenger_sandbox.app_secret) == ("another-app", "another-secret")
    assert lansenger_client.settings.redirect_uri == "https://bot.example.test/callback"
    assert lansenger_client.settings.credentials == ("another-app", "another-secret")
    assert lansenger_client.app_token()
    assert lansenger_sandbox.state.token_requests == 1


def test_the_factory_builds_more_clients_of_the_same_sandbox(
    lansenger_sandbox: Sandbox, lansenger_client_factory: ClientFactory
) -> None:
    shared = MemoryTokenStore()
    first, second = (lansenger_client_factory(token_store=shared) for _ in range(2))
    alone = lansenger_client_factory()

    assert first.app_token() == second.app_token() != alone.app_token()
    assert lansenger_sandbox.state.token_requests == 2
    assert alone.settings.passport_url == lansenger_sandbox.url


def test_a_users_suite_gets_the_fixtures_from_the_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_bot="""
        import pytest
        from lansenger import InternalServerError

        def test_bot_sends(lansenger_sandbox, lansenger_client):
            lansenger_client.messages.send_text("524288-1001", "hi")
            assert len(lansenger_sandbox.state.messages) == 1

        def test_bot_sees_the_injected_fault(lansenger_sandbox, lansenger_client):
            lansenger_sandbox.fail_next("/v1/bot/messages/create", status=503)
            with pytest.raises(InternalServerError):
                lansenger_client.messages.send_text("524288-1001", "not sent")
            assert lansenger_sandbox.state.messages == []
        """
    )

    pytester.runpytest("-p", "no:cacheprovider", "-p", "no:hypothesispytest").assert_outcomes(passed=2)


def test_a_users_strict_suite_accepts_the_markers_and_the_factory_closes_its_clients(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_bot="""
        import pytest

        pytestmark = pytest.mark.lansenger_sandbox(token_lifetime=60)
        made = []

        @pytest.mark.lansenger_client(max_retries=0)
        def test_uses_both(lansenger_sandbox, lansenger_client, lansenger_client_factory):
            assert lansenger_sandbox.token_lifetime == 60
            made.extend([lansenger_client, lansenger_client_factory()])

        def test_they_were_closed():
            assert [client.http_client.is_closed for client in made] == [True, True]
        """
    )

    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--strict-markers")
    result.assert_outcomes(passed=2)
