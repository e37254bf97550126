"""An end-to-end bot against the sandbox: `make demo` runs it (the sandbox sets the LANSENGER_* variables).

A colleague writes to the bot; the platform (here the sandbox) delivers an encrypted, signed callback; the bot
answers with a streamed reply, uploads and sends a file, creates a group and a todo, and prints a transcript.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
from lansenger import Lansenger
from lansenger.callbacks import CallbackEvent, CallbackReceiver, Dispatcher, wsgi_app
from lansenger_api.models.bot_message_event import BotMessageEvent

COLLEAGUE = "524288-1002"
ORG_ID = "524288"
transcript: list[str] = []
finished = threading.Event()


def say(line: str) -> None:
    transcript.append(line)
    print(line, flush=True)


def agent_answer(question: str) -> Iterator[str]:
    """Stands in for an LLM producing tokens."""
    yield from ["You asked: ", f"“{question}”. ", "Here is ", "the report ", "and a group ", "to discuss it."]


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The request line carries the signature; keep it out of the output."""


def main() -> None:
    client = Lansenger()
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    def on_message(event: CallbackEvent[BotMessageEvent]) -> None:  # mypy knows event.payload's fields
        message = event.payload
        sender = message.from_
        if not sender:  # the spec leaves every field optional: narrow before use
            return
        text = (message.msg_data.text.content or "") if message.msg_data and message.msg_data.text else ""
        say(f"callback: {message.from_name} ({sender}) wrote “{text}”")
        reply = client.streams.reply(sender, agent_answer(text))
        say(f"bot: streamed reply {reply.msg_id} → final message {reply.final.msg_id if reply.final else '-'}")
        say(f"bot: “{reply.text}”")
        with tempfile.TemporaryDirectory() as folder:
            report = Path(folder) / "report.csv"
            report.write_text("region,revenue\nnorth,120\nsouth,95\n", encoding="utf-8")
            sent = client.messages.send_file(sender, report, caption="Q3 report")
            say(f"bot: sent report.csv as message {sent.msg_id}")
        group = client.groups.create_group(name="Q3 review", org_id=ORG_ID, staff_id_list=[sender])
        say(f"bot: created group {group.group_id} with {group.total_members} members")
        todo = client.todos.create_todo(
            title="Review the Q3 report",
            type_=1,
            link="https://example.test/q3",
            pc_link="https://example.test/q3",
            executor_ids=[sender],
            org_id=ORG_ID,
        )
        say(f"bot: created todo {todo.todotask_id} for {sender}")
        finished.set()

    receiver = CallbackReceiver(
        os.environ["LANSENGER_ENCODING_KEY"], sign_token=os.environ["LANSENGER_CALLBACK_TOKEN"], dispatcher=dispatcher
    )
    server = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    gateway = os.environ["LANSENGER_API_GATEWAY_URL"]
    callback_url = f"http://127.0.0.1:{server.server_port}/lansenger/callback"
    started = time.perf_counter()
    with client, httpx.Client(base_url=gateway) as sandbox:
        sandbox.post("/sandbox/callbacks", json={"url": callback_url}).raise_for_status()
        say(f"sandbox: callbacks go to {callback_url}")
        answer = sandbox.post("/sandbox/messages/to-bot", json={"from": COLLEAGUE, "text": "How did Q3 go?"})
        say(f"sandbox: the receiver replied {answer.json()['data']['reply']}")
    server.shutdown()
    if not finished.is_set():
        raise SystemExit("the bot did not finish handling the message")
    say(f"demo finished in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
