"""A wrong argument type raises `InvalidArgumentError` naming the argument, before anything is sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from lansenger import AsyncLansenger, InvalidArgumentError, Lansenger
from lansenger_api.models.app_article import AppArticle
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.text_message import TextMessage

from tests._envelopes import GATEWAY, TOKEN

TEXT = MsgData(text=TextMessage(content="hi"))
ARTICLE = AppArticle(title="t", url="https://x.test", img_url="https://x.test/i.png")

WRONG: list[tuple[Callable[[Any], Any], str]] = [
    (lambda c: c.departments.list_department_staffs("d1", page_size="10"), "page_size must be int, not str"),
    (lambda c: c.departments.list_department_staffs("d1", user_token=7), "user_token must be str, not int"),
    (lambda c: c.messages.create_group_message(group_id=5, msg_type="text", msg_data=TEXT), "group_id must be str"),
    (
        lambda c: c.messages.create_group_message(group_id="g", msg_type="text", msg_data={"text": {"content": "x"}}),
        "msg_data must be MsgData, not dict",
    ),
    (
        lambda c: c.messages.create_group_message(
            group_id="g",
            msg_type="text",
            msg_data=MsgData(text={"content": "x"}),  # type: ignore[arg-type]
        ),
        "msg_data.text must be TextMessage, not dict",
    ),
    (
        lambda c: c.messages.create_group_message(
            group_id="g",
            msg_type="appArticles",
            msg_data=MsgData(app_articles=[ARTICLE, {"title": "t"}]),  # type: ignore[list-item]
        ),
        r"msg_data.app_articles\[1\] must be AppArticle, not dict",
    ),
    (lambda c: c.messages.send_text(5, "hi"), "staff id"),
    (lambda c: c.messages.send_text("s1", 5), "text must be a string"),
    (lambda c: c.messages.send("s1", {"content": "x"}), "not a message body model: dict"),
    (lambda c: c.webhooks.send_text(5, "hi"), "hook_token or its URL"),
]


@pytest.fixture
def unsent_async() -> Iterator[AsyncLansenger]:
    with respx.mock(base_url=GATEWAY) as mock:
        yield AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY)
        assert not mock.calls


@pytest.mark.parametrize(("call", "message"), WRONG)
def test_a_wrong_type_names_the_argument(
    unsent_client: Lansenger, call: Callable[[Lansenger], Any], message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message) as raised:
        call(unsent_client)
    assert raised.value.__suppress_context__ or raised.value.__context__ is None, "no raw AttributeError shown"


@pytest.mark.anyio
@pytest.mark.parametrize(("call", "message"), WRONG[:6])
async def test_the_async_client_names_it_too(
    unsent_async: AsyncLansenger, call: Callable[[AsyncLansenger], Any], message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        await call(unsent_async)
    await unsent_async.close()


def test_paging_checks_the_type_before_the_first_page(unsent_client: Lansenger) -> None:
    with pytest.raises(InvalidArgumentError, match="page_size must be int, not str"):
        next(iter(unsent_client.departments.iter_list_department_staffs("d1", page_size="10")))  # type: ignore[arg-type]
