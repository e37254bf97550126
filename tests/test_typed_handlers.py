"""`@dispatcher.on("bot_private_message")` handlers get a payload mypy knows, from the spec's event map."""

from __future__ import annotations

from pathlib import Path

import pytest
from lansenger.callbacks import CallbackEvent, Dispatcher
from lansenger_api.models.bot_message_event import BotMessageEvent

from tests._user_code import mypy_report, register

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = register(
    "handlers",
    """
    from lansenger.bot import BotEvent
    from lansenger.callbacks import CallbackEvent, Dispatcher
    from lansenger_api.models.bot_message_event import BotMessageEvent

    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message", "bot_group_message")
    async def runtime_handler(event: BotEvent) -> None:  # the bot runtime hands its handlers a BotEvent
        await event.reply(event.payload.from_name or "")

    @dispatcher.on("bot_private_message", "bot_group_message")
    def reply(event: CallbackEvent[BotMessageEvent]) -> str:
        message = event.payload.msg_data
        return (message.text.content or "") if message and message.text else ""

    @dispatcher.on("*")
    def every(event: CallbackEvent) -> None:
        print(event.type, event.payload)

    @dispatcher.on("a_type_the_spec_does_not_name")
    def unknown(event: CallbackEvent) -> None:
        print(event.data)

    reveal_type(reply)

    @dispatcher.on("bot_private_message")
    def misspelt(event: CallbackEvent[BotMessageEvent]) -> None:
        print(event.payload.msg_dta)

    @dispatcher.on("staff_create")
    def mismatched(event: CallbackEvent[BotMessageEvent]) -> None:
        print(event)
    """,
)


@pytest.mark.slow
def test_mypy_knows_the_payload_of_a_handler_by_its_event_type() -> None:
    lines = [line.split(": ", 1)[1] for line in mypy_report(USER_CODE)]
    assert lines == [
        'note: Revealed type is "def (lansenger_api.events.CallbackEvent[lansenger_api.models.'
        'bot_message_event.BotMessageEvent]) -> str"',
        'error: "BotMessageEvent" has no attribute "msg_dta"; maybe "msg_data" or "msg_id"?  [attr-defined]',
        'error: Value of type variable "StaffChangeEventT" of function cannot be '
        '"CallbackEvent[BotMessageEvent]"  [type-var]',
    ], lines


def test_a_typed_handler_gets_the_model_of_its_event_type() -> None:
    dispatcher = Dispatcher()
    seen: list[str] = []

    @dispatcher.on("bot_private_message")
    def reply(event: CallbackEvent[BotMessageEvent]) -> None:
        message = event.payload.msg_data
        seen.append((message.text.content or "") if message and message.text else "")

    data = {"from": "staff-1", "msgType": "text", "msgData": {"text": {"content": "hello bot"}}}
    report = dispatcher.dispatch([CallbackEvent(type="bot_private_message", data=data)])
    assert (seen, report.failures) == (["hello bot"], [])
