"""HTML for the sandbox console: every message drawn as a chat client would, every value escaped.

Message content is hostile (anyone can send anything to the sandbox), so each value passes through `html.escape`
before it reaches markup, links keep only http(s) targets, and Markdown is applied to already escaped text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

LANGUAGES = ("en", "zhHans", "zhHant", "zhHantHK", "fr")
"""The keys of an I18nText; the console shows English first, as a person with an English client would see."""
CARD_NAMES = {
    "appCard": "App card",
    "linkCard": "Link card",
    "approveCard": "Approval card",
    "i18nAppCard": "App card (i18n)",
    "oacard": "Official account card",
    "appArticles": "Articles",
    "verifyCard": "Verification card",
}
_HIDDEN = frozenset({"buttons", "callbackInfo", "permissionScope", "reminder", "isDynamic", "staffId", "formatType"})
_HEAD = ("head", "i18nHead")
_UNLABELLED = frozenset({"head", "body"})
_SAFE_LINK = re.compile(r"https?://[^\s\"'<>]+")
_INLINE = (
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"\*(.+?)\*"), r"<i>\1</i>"),
    (re.compile(r"\[([^\]]+)\]\((https?://[^\s)]+)\)"), r'<a href="\2" target="_blank" rel="noopener">\1</a>'),
)


def text(value: object) -> str:
    """Plain text, with line breaks kept."""
    return escape(str(value)).replace("\n", "<br>")


def link(target: object, label: object) -> str:
    """An anchor only for an http(s) URL; anything else (javascript:, data:) is shown as text."""
    if isinstance(target, str) and _SAFE_LINK.fullmatch(target):
        return f'<a href="{escape(target)}" target="_blank" rel="noopener">{escape(str(label))}</a>'
    return f"<span>{escape(str(label))}</span>"


def markdown(source: str) -> str:
    """The Markdown chat clients render: headings, lists, bold, italic, code and links, on escaped text."""
    out: list[str] = []
    in_list = False
    for line in escape(source).split("\n"):
        item = re.match(r"\s*[-*] (.*)", line)
        if in_list and not item:
            out.append("</ul>")
            in_list = False
        if item:
            out.append(("" if in_list else "<ul>") + f"<li>{_inline(item.group(1))}</li>")
            in_list = True
        elif heading := re.match(r"(#{1,6}) (.*)", line):
            out.append(f'<div class="h">{_inline(heading.group(2))}</div>')
        else:
            out.append(f"{_inline(line)}<br>")
    return "".join(out) + ("</ul>" if in_list else "")


def _inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


def i18n(value: Mapping[str, Any]) -> str | None:
    """An I18nText's text in the first language it has; None when the mapping is not one."""
    if not value or not set(value) <= set(LANGUAGES):
        return None
    return next((str(value[lang]) for lang in LANGUAGES if value.get(lang)), "")


def _label(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", key.removeprefix("i18n")).lower()


def _value(key: str, value: Any, depth: int) -> str:
    """One card value: titles stand out, URLs become links, i18n texts pick a language, fields become rows."""
    if isinstance(value, Mapping):
        if (translated := i18n(value)) is not None:
            return _value(key, translated, depth)
        if "text" in value and set(value) <= {"text", "formatType"}:
            body = markdown(str(value["text"])) if value.get("formatType") == 1 else text(value["text"])
            return f'<div class="content">{body}</div>'
        heading = "" if key in _UNLABELLED else f'<div class="k">{escape(_label(key))}</div>'
        return f'<div class="section">{heading}{fields(value, depth + 1)}</div>'
    if isinstance(value, list):
        return "".join(_item(key, entry, depth) for entry in value)
    if isinstance(value, str) and _SAFE_LINK.fullmatch(value):
        return f'<div class="row"><span class="k">{escape(_label(key))}</span> {link(value, value)}</div>'
    if key.lower().endswith("title"):
        return f'<div class="title">{text(value)}</div>'
    return f'<div class="row"><span class="k">{escape(_label(key))}</span> <span class="v">{text(value)}</span></div>'


def _item(key: str, entry: Any, depth: int) -> str:
    if isinstance(entry, Mapping):
        plain = {name: i18n(value) if isinstance(value, Mapping) else value for name, value in entry.items()}
        if "title" in plain and any(name in plain for name in ("link", "pcLink", "url")):
            target = plain.get("link") or plain.get("pcLink") or plain.get("url")
            return f'<div class="link">{link(target, plain["title"])}</div>'
        if "key" in plain or "i18nKey" in plain:
            name, value = plain.get("key", plain.get("i18nKey")), plain.get("value", plain.get("i18nValue"))
            return f'<div class="row"><span class="k">{text(name)}</span> <span class="v">{text(value)}</span></div>'
    return _value(key, entry, depth)


def fields(payload: Mapping[str, Any], depth: int = 0) -> str:
    if depth > 4:
        return f'<span class="v">{text(payload)}</span>'
    shown = sorted(payload.items(), key=lambda item: not item[0].startswith(_HEAD))  # a card's head comes first
    return "".join(_value(key, value, depth) for key, value in shown if key not in _HIDDEN)


def buttons(message_id: str, entries: Sequence[Any], clickable: bool) -> str:
    """Approval-card buttons post a click (`/sandbox/cards/click`) as the chosen person; the rest are links."""
    drawn = []
    for index, button in enumerate(entries):
        if not isinstance(button, Mapping):
            continue
        label = button.get("text") or button.get("title") or f"button {index + 1}"
        if clickable and "callbackInfo" in button:
            drawn.append(
                f'<button class="card-button" data-msg="{escape(message_id)}" data-button="{index}">'
                f"{escape(str(label))}</button>"
            )
        else:
            drawn.append(link(button.get("link") or button.get("pcLink"), label))
    return f'<div class="buttons">{"".join(drawn)}</div>' if drawn else ""


def card(message_id: str, msg_type: str, shown: Mapping[str, Any], updates: Sequence[Mapping[str, Any]]) -> str:
    """A card as it looks now (``shown``: the sent card with its in-place updates applied), marked when updated."""
    state = ""
    if updates:
        final = any(update.get("isLastUpdate") is True for update in updates)
        state = f'<span class="badge">updated {len(updates)}×{", final" if final else ""}</span>'
    name = escape(CARD_NAMES.get(msg_type, msg_type))
    button_list = shown.get("buttons")
    drawn = buttons(message_id, button_list, msg_type == "approveCard") if isinstance(button_list, list) else ""
    return f'<div class="card"><div class="card-kind">{name}{state}</div>{fields(shown)}{drawn}</div>'


def attachment(media_id: str, name: str, size: int, image: bool) -> str:
    if image:
        return f'<img class="image" alt="{escape(name)}" src="/sandbox/console/media/{escape(media_id)}">'
    return f'<div class="file">File: {escape(name)} <span class="k">{size} bytes</span></div>'


def bubble(sender: str, mine: bool, body: str, *, revoked: bool = False, note: str = "", kind: str = "") -> str:
    """One message: the bot's on the left, people's on the right; a revoked one is struck through and marked."""
    classes = " ".join(filter(None, ("bubble", kind, "mine" if mine else "", "revoked" if revoked else "")))
    mark = '<span class="badge">revoked</span>' if revoked else ""
    extra = f'<span class="badge">{escape(note)}</span>' if note else ""
    return f'<div class="{classes}"><div class="sender">{escape(sender)}{mark}{extra}</div>{body}</div>'
