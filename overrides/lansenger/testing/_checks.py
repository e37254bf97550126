"""Platform rules for request bodies that hold whether or not the OpenAPI document is available.

Some of them (byte limits, "at least one recipient", media that must exist) are beyond
what a JSON Schema says, so the handlers apply them on top of the spec check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._replies import invalid

MAX_TEXT_BYTES = 6000
MESSAGE_TYPES = frozenset(
    {
        "text",
        "formatText",
        "oacard",
        "appCard",
        "linkCard",
        "appArticles",
        "verifyCard",
        "i18nAppCard",
        "i18nSystemAction",
        "i18nSystem",
        "approveCard",
    }
)
MARKDOWN_FORMAT = 1


def json_object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise invalid(f"{where}: expected object")
    return value


def required_text(body: Mapping[str, Any], key: str, where: str = "") -> str:
    value = body.get(key)
    if value is None or value == "":
        raise invalid(f"{where}{key}: required")
    if not isinstance(value, str):
        raise invalid(f"{where}{key}: expected string")
    return value


def optional_text(body: Mapping[str, Any], key: str, where: str = "") -> str | None:
    value = body.get(key)
    if value is None or isinstance(value, str):
        return value
    raise invalid(f"{where}{key}: expected string")


def optional_flag(body: Mapping[str, Any], key: str, where: str = "") -> bool | None:
    value = body.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise invalid(f"{where}{key}: expected boolean")


def text_list(body: Mapping[str, Any], key: str, where: str = "") -> list[str]:
    """An optional list of strings; absent reads as empty."""
    value = body.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise invalid(f"{where}{key}: expected array of strings")
    return value


def check_message_payload(body: Mapping[str, Any], media_exists: Callable[[str], bool]) -> None:
    """``msgType`` names one known type and ``msgData`` carries that type's payload under the same key."""
    msg_type = required_text(body, "msgType")
    if msg_type not in MESSAGE_TYPES:
        raise invalid(f"msgType: unsupported value {msg_type!r}")
    msg_data = json_object(body.get("msgData"), "msgData")
    payload = msg_data.get(msg_type)
    if payload is None:
        raise invalid(f"msgData.{msg_type}: required")
    if msg_type == "appArticles" and isinstance(payload, list):
        if not payload:
            raise invalid("msgData.appArticles: needs at least one article")
        return
    payload = json_object(payload, f"msgData.{msg_type}")
    if msg_type == "text":
        _check_text(payload, media_exists)
    elif msg_type == "formatText":
        _check_format_text(payload)


def _check_text(payload: Mapping[str, Any], media_exists: Callable[[str], bool]) -> None:
    where = "msgData.text."
    content = payload.get("content")
    if not isinstance(content, str):
        raise invalid(f"{where}content: {'required' if content is None else 'expected string'}")
    media_ids = text_list(payload, "mediaIds", where)
    if not content and not media_ids:
        raise invalid(f"{where}content: required unless mediaIds are given")
    if len(content.encode("utf-8")) > MAX_TEXT_BYTES:
        raise invalid(f"{where}content: longer than {MAX_TEXT_BYTES} bytes")
    unknown = [media_id for media_id in media_ids if not media_exists(media_id)]
    if unknown:
        raise invalid(f"{where}mediaIds: unknown media {', '.join(unknown)}")
    media_type = payload.get("mediaType")
    if media_type is not None and (isinstance(media_type, bool) or not isinstance(media_type, int)):
        raise invalid(f"{where}mediaType: expected integer")
    _check_reminder(payload, where)


def _check_format_text(payload: Mapping[str, Any]) -> None:
    where = "msgData.formatText."
    format_type = payload.get("formatType")
    if isinstance(format_type, bool) or format_type != MARKDOWN_FORMAT:
        raise invalid(f"{where}formatType: must be {MARKDOWN_FORMAT}")
    required_text(payload, "text", where)
    _check_reminder(payload, where)


def _check_reminder(payload: Mapping[str, Any], where: str) -> None:
    """The @mention object; the gateway accepts it on every channel but only acts on it in groups."""
    if "reminder" not in payload:
        return
    reminder = json_object(payload["reminder"], f"{where}reminder")
    where = f"{where}reminder."
    optional_flag(reminder, "all", where)
    text_list(reminder, "userIds", where)
    text_list(reminder, "botIds", where)
