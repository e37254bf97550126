"""The pytest plugin: the fixtures work, and pytest finds them through the entry point with nothing to configure."""

from __future__ import annotations

import pytest
from lansenger import Lansenger
from lansenger.testing import Sandbox


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
