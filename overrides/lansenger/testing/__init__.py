"""A local, real-HTTP stand-in for the Lansenger API gateway, for tests and demos::

with Sandbox() as sandbox, Lansenger("sandbox-app", "sandbox-secret", gateway_url=sandbox.url) as client:
    client.messages.send_text("524288-1001", "hello")
    assert sandbox.state.messages[0]["body"]["msgType"] == "text"
"""

from ._card_state import shown_card
from ._server import Sandbox
from ._state import MediaRecord, MessageRecord, RequestRecord, SandboxState

__all__ = ["MediaRecord", "MessageRecord", "RequestRecord", "Sandbox", "SandboxState", "shown_card"]
