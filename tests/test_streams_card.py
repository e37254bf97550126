"""The status card of client.streams.reply / open: what the user sees while the agent works, and how it ends."""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import APIError, AsyncLansenger, InvalidArgumentError, Lansenger, StatusCard
from lansenger._status_card import DONE_COLOUR, FAILED_COLOUR, STATUS_CHARS, WORKING_COLOUR
from lansenger.testing import MessageRecord, Sandbox, shown_card

from tests._envelopes import GATEWAY, TOKEN, failed, ok
from tests.test_streams_reply import FakeClock, _final_texts, _records

STAFF = "524288-1002"
UPDATE_PATH = "/v1/messages/dynamic/update"
BOT_PATH = "/v1/bot/messages/create"


def _card(sandbox: Sandbox) -> MessageRecord:
    (card,) = [record for record in sandbox.state.messages if record["body"]["msgType"] == "appCard"]
    return card


def _lines(card: MessageRecord) -> list[str]:
    """The status lines the card showed, in order: the opening one, then each update's."""
    heads = [card["body"]["msgData"]["appCard"]["headStatusInfo"]]
    heads += [update["headStatusInfo"] for update in card["updates"]]
    return [html.unescape(head["description"].split(">", 1)[1].rsplit("<", 1)[0]) for head in heads]


def _line(update: dict[str, Any]) -> str:
    description: str = update["msgData"]["appCardUpdateMsg"]["headStatusInfo"]["description"]
    return html.unescape(description.split(">", 1)[1].rsplit("<", 1)[0])


# --- over loopback against the sandbox ---------------------------------------------------------------------------


def test_the_default_reply_shows_a_card_that_works_then_ends_done() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        with client.streams.open(STAFF, min_interval=0) as stream:
            stream.status("正在搜索…")
            stream.write("Hello ")
            stream.write("**world**")
        result = stream.result
        assert result is not None and result.card and result.stream_id == ""
        card = _card(sandbox)
        assert result.msg_id == card["id"] and card["body"]["msgData"]["appCard"]["isDynamic"] is True
        assert card["body"]["msgData"]["appCard"]["bodyTitle"] == "AI 助手"
        assert _lines(card) == ["思考中…", "正在搜索…", "撰写中… Hello", "撰写中… Hello **world**", "已完成"]
        assert [update["isLastUpdate"] for update in card["updates"]] == [False, False, False, True]
        assert result.updates == 3 and _final_texts(sandbox) == ["Hello **world**"]
        assert not _records(sandbox).messages, "a card replaces the stream message"
        shown = shown_card(card)
        assert shown["headStatusInfo"]["colour"] == DONE_COLOUR and shown["bodyTitle"] == "AI 助手"


def test_a_frozen_card_refuses_later_updates_with_the_platforms_error() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        result = client.streams.reply(STAFF, ["done"])
        before = len(_card(sandbox)["updates"])
        with pytest.raises(APIError, match="last update") as refused:
            client.messages.update_dynamic_message(
                msg_id=result.msg_id, msg_type="appCard", msg_data=json_update({"isLastUpdate": False})
            )
        assert refused.value.err_code == 40001
        assert len(_card(sandbox)["updates"]) == before


def json_update(update: dict[str, Any]) -> Any:
    from lansenger_api.models.dynamic_update_data import DynamicUpdateData

    return DynamicUpdateData.from_dict({"appCardUpdateMsg": update})


def test_a_failing_source_delivers_what_arrived_and_freezes_the_card_as_failed() -> None:
    def chunks() -> Iterator[str]:
        yield "partial"
        raise RuntimeError("model crashed")

    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        with pytest.raises(RuntimeError, match="model crashed"):
            client.streams.reply(STAFF, chunks(), min_interval=0)
        card = _card(sandbox)
        assert _lines(card)[-1] == "未能完成" and card["updates"][-1]["isLastUpdate"] is True
        assert shown_card(card)["headStatusInfo"]["colour"] == FAILED_COLOUR
        assert _final_texts(sandbox) == ["partial"]

        client.streams.reply(STAFF, [])
        assert shown_card(sandbox.state.messages[-2])["headStatusInfo"]["colour"] == FAILED_COLOUR, "no answer"


@pytest.mark.anyio
async def test_async_status_and_text_show_on_the_card() -> None:
    with Sandbox() as sandbox:
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            async with client.streams.open("524288-1003", min_interval=0) as stream:
                await stream.status("正在查询日历…", colour="#1677ff")
                await stream.write("明天 10 点有会。")
            card = _card(sandbox)
            assert _lines(card) == ["思考中…", "正在查询日历…", "撰写中… 明天 10 点有会。", "已完成"]
            assert card["updates"][0]["headStatusInfo"]["colour"] == "#1677ff"
            assert stream.result is not None and stream.result.card


def test_throttling_bounds_the_card_updates() -> None:
    """100 chunks, one every 0.125 s of the fake clock, at most one update per 0.5 s: 25 updates, plus the last."""
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        result = client.streams.reply(STAFF, [f"t{i} " for i in range(100)], clock=FakeClock(0.125))
        assert result.updates == 25 and len(_card(sandbox)["updates"]) == 25 + 1

        capped = client.streams.reply(STAFF, ["a", "b", "c", "d"], min_interval=0, max_updates=2)
        assert capped.updates == 2


def test_the_preview_is_the_end_of_the_text_cut_to_the_status_line_and_escaped() -> None:
    answer = "第一段很长的回答。\n\n" * 20 + "<b>最后</b> 一句 & 结束"
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        client.streams.reply(STAFF, [answer], min_interval=0)
        card = _card(sandbox)
        preview = _lines(card)[1]
        assert len(preview) == STATUS_CHARS and preview.startswith("撰写中… …")
        assert preview.endswith("<b>最后</b> 一句 & 结束")
        raw = card["updates"][0]["headStatusInfo"]["description"]
        assert "&lt;b&gt;" in raw and "<b>" not in raw and raw.startswith(f'<div style="color:{WORKING_COLOUR}">')


def test_a_custom_card_and_no_preview() -> None:
    look = StatusCard(title="Build bot", thinking="queued", writing="running", done="passed", preview=False)
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        client.streams.reply(STAFF, ["step 1", "step 2"], updater=look, min_interval=0)
        card = _card(sandbox)
        assert card["body"]["msgData"]["appCard"]["bodyTitle"] == "Build bot"
        assert _lines(card) == ["queued", "running", "passed"], "the same line is not sent twice"


def test_group_replies_show_the_card_in_the_group() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        group = client.groups.create_group(name="ai", org_id="524288", staff_id_list=[STAFF])
        client.streams.reply(group.group_id, ["hi"], chat_type="group")
        assert _card(sandbox)["path"] == "/v1/messages/group/create"
        assert _lines(_card(sandbox))[-1] == "已完成"


# --- bad input: refused before anything is sent -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "mentioning"),
    [
        (lambda: StatusCard(working_colour="red;background:url(x)"), "working_colour"),
        (lambda: StatusCard(thinking=""), "thinking"),
        (lambda: StatusCard(done="x" * (STATUS_CHARS + 1)), "at most 40 characters"),
        (lambda: StatusCard(title="长" * 201), "600 bytes"),
        (lambda: StatusCard(status_chars=0), "status_chars"),
    ],
)
def test_a_bad_card_look_is_refused(make: Any, mentioning: str) -> None:
    with pytest.raises(InvalidArgumentError, match=mentioning):
        make()


def test_a_bad_status_is_refused_and_nothing_is_sent_for_it() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        with client.streams.open(STAFF, min_interval=0) as stream:
            with pytest.raises(InvalidArgumentError, match="colour"):
                stream.status("ok", colour='red" onclick="x')
            with pytest.raises(InvalidArgumentError, match="at most"):
                stream.status("搜" * 41)
            with pytest.raises(InvalidArgumentError, match="non-empty"):
                stream.status(" ")
            stream.write("fine")
        assert _lines(_card(sandbox)) == ["思考中…", "撰写中… fine", "已完成"]


# --- on the wire: where the card cannot be used, and failing updates ------------------------------------------------


def _wire_client() -> Lansenger:
    return Lansenger(app_token=TOKEN, gateway_url=GATEWAY)


def _card_then_text(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    if body["msgType"] == "appCard":
        return httpx.Response(200, json=failed(40001, "msgType not allowed"))
    return httpx.Response(200, json=ok({"msgId": "m-final"}))


def test_a_refused_card_falls_back_to_the_stream_message(caplog: pytest.LogCaptureFixture) -> None:
    with respx.mock(base_url=GATEWAY) as router, _wire_client() as client:
        send = router.post(BOT_PATH).mock(side_effect=_card_then_text)
        create = router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        with caplog.at_level(logging.WARNING, logger="lansenger"):
            result = client.streams.reply("s1", ["answer"])
        assert not result.card and result.msg_id == "st-1" and create.called
        assert [json.loads(call.request.content)["msgType"] for call in send.calls] == ["appCard", "formatText"]
        assert "InvalidRequestError 40001" in caplog.text and "not allowed" not in caplog.text


def test_a_card_without_msg_id_falls_back_to_the_text_path() -> None:
    with respx.mock(base_url=GATEWAY) as router, _wire_client() as client:
        send = router.post(BOT_PATH).respond(json=ok({"msgId": ""}))
        router.post("/v1/sse/msg/create").respond(json=ok({"msgId": "st-1"}))
        assert not client.streams.reply("s1", ["a"]).card
        assert send.call_count == 2 and not router.calls.last.request.url.path.endswith("dynamic/update")


def test_a_failed_intermediate_update_does_not_stop_the_answer(caplog: pytest.LogCaptureFixture) -> None:
    with respx.mock(base_url=GATEWAY) as router, _wire_client() as client:
        router.post(BOT_PATH).respond(json=ok({"msgId": "card-1"}))
        update = router.post(UPDATE_PATH).mock(
            side_effect=[httpx.Response(200, json=failed(40001, "busy")), httpx.Response(200, json=ok({}))]
        )
        with caplog.at_level(logging.WARNING, logger="lansenger"):
            result = client.streams.reply("s1", ["a"], min_interval=0)
        assert result.card and update.call_count == 2
        bodies = [json.loads(call.request.content) for call in update.calls]
        assert [body["msgId"] for body in bodies] == ["card-1", "card-1"]
        assert [body["msgData"]["appCardUpdateMsg"]["isLastUpdate"] for body in bodies] == [False, True]
        assert _line(bodies[-1]) == "已完成" and "status card update failed" in caplog.text


def test_a_failed_freeze_is_raised_after_the_answer_was_sent() -> None:
    with respx.mock(base_url=GATEWAY) as router, _wire_client() as client:
        send = router.post(BOT_PATH).respond(json=ok({"msgId": "card-1"}))
        router.post(UPDATE_PATH).respond(json=failed(10005, "no permission"))
        with pytest.raises(APIError, match="no permission"):
            client.streams.reply("s1", ["whole answer"], max_updates=0)
        assert json.loads(send.calls.last.request.content)["msgData"]["formatText"]["text"] == "whole answer"


def test_when_the_answer_cannot_be_sent_the_card_is_frozen_as_failed() -> None:
    def answer_refused(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["msgType"] == "appCard":
            return httpx.Response(200, json=ok({"msgId": "card-1"}))
        return httpx.Response(200, json=failed(40001, "receiver not allowed"))

    with respx.mock(base_url=GATEWAY) as router, _wire_client() as client:
        router.post(BOT_PATH).mock(side_effect=answer_refused)
        update = router.post(UPDATE_PATH).respond(json=ok({}))
        with pytest.raises(APIError, match="receiver not allowed"):
            client.streams.reply("s1", ["answer"], max_updates=0)
        (frozen,) = [json.loads(call.request.content) for call in update.calls]
        assert frozen["msgData"]["appCardUpdateMsg"]["isLastUpdate"] is True and _line(frozen) == "未能完成"
