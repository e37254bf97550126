# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_approve_card_content import EventApproveCardContent
    from ..models.event_box_content import EventBoxContent
    from ..models.event_card_content import EventCardContent
    from ..models.event_format_content import EventFormatContent
    from ..models.event_forward_content import EventForwardContent
    from ..models.event_media_content import EventMediaContent
    from ..models.event_position_content import EventPositionContent
    from ..models.event_sticker_content import EventStickerContent
    from ..models.event_text_content import EventTextContent


T = TypeVar("T", bound="EventMsgData")
_FIELDS = frozenset(
    {
        "text",
        "format",
        "formatText",
        "image",
        "video",
        "file",
        "voice",
        "position",
        "card",
        "sticker",
        "approveCard",
        "forward",
        "box",
    }
)


@_cache
def _EventApproveCardContent_class() -> type[EventApproveCardContent]:
    """`EventApproveCardContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_approve_card_content import EventApproveCardContent  # noqa: PLC0415

    return EventApproveCardContent


@_cache
def _EventBoxContent_class() -> type[EventBoxContent]:
    """`EventBoxContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_box_content import EventBoxContent  # noqa: PLC0415

    return EventBoxContent


@_cache
def _EventCardContent_class() -> type[EventCardContent]:
    """`EventCardContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_card_content import EventCardContent  # noqa: PLC0415

    return EventCardContent


@_cache
def _EventFormatContent_class() -> type[EventFormatContent]:
    """`EventFormatContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_format_content import EventFormatContent  # noqa: PLC0415

    return EventFormatContent


@_cache
def _EventForwardContent_class() -> type[EventForwardContent]:
    """`EventForwardContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_forward_content import EventForwardContent  # noqa: PLC0415

    return EventForwardContent


@_cache
def _EventMediaContent_class() -> type[EventMediaContent]:
    """`EventMediaContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_media_content import EventMediaContent  # noqa: PLC0415

    return EventMediaContent


@_cache
def _EventPositionContent_class() -> type[EventPositionContent]:
    """`EventPositionContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_position_content import EventPositionContent  # noqa: PLC0415

    return EventPositionContent


@_cache
def _EventStickerContent_class() -> type[EventStickerContent]:
    """`EventStickerContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_sticker_content import EventStickerContent  # noqa: PLC0415

    return EventStickerContent


@_cache
def _EventTextContent_class() -> type[EventTextContent]:
    """`EventTextContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_text_content import EventTextContent  # noqa: PLC0415

    return EventTextContent


@_attrs_define
class EventMsgData:
    """A received message's content, keyed by its kind: one of these keys is set (the one its msgType names; formatText
    arrives under `format` on the WebSocket). Kinds not listed stay in additional_properties.

        Attributes:
            text (EventTextContent | Unset):
            format_ (EventFormatContent | Unset): Formatted text (e.g. markdown).
            format_text (EventFormatContent | Unset): Formatted text (e.g. markdown).
            image (EventMediaContent | Unset): An image, video, file or voice message.
            video (EventMediaContent | Unset): An image, video, file or voice message.
            file (EventMediaContent | Unset): An image, video, file or voice message.
            voice (EventMediaContent | Unset): An image, video, file or voice message.
            position (EventPositionContent | Unset):
            card (EventCardContent | Unset): A shared contact card.
            sticker (EventStickerContent | Unset):
            approve_card (EventApproveCardContent | Unset): An approval card; only title and text are known, the rest stays
                in additional_properties.
            forward (EventForwardContent | Unset): A forwarded message; only title is known, the rest stays in
                additional_properties.
            box (EventBoxContent | Unset): A bundle of messages (merged forward).
    """

    text: EventTextContent | Unset = UNSET
    format_: EventFormatContent | Unset = UNSET
    format_text: EventFormatContent | Unset = UNSET
    image: EventMediaContent | Unset = UNSET
    video: EventMediaContent | Unset = UNSET
    file: EventMediaContent | Unset = UNSET
    voice: EventMediaContent | Unset = UNSET
    position: EventPositionContent | Unset = UNSET
    card: EventCardContent | Unset = UNSET
    sticker: EventStickerContent | Unset = UNSET
    approve_card: EventApproveCardContent | Unset = UNSET
    forward: EventForwardContent | Unset = UNSET
    box: EventBoxContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.text) is not Unset:
            field_dict["text"] = self.text.to_dict()

        if type(self.format_) is not Unset:
            field_dict["format"] = self.format_.to_dict()

        if type(self.format_text) is not Unset:
            field_dict["formatText"] = self.format_text.to_dict()

        if type(self.image) is not Unset:
            field_dict["image"] = self.image.to_dict()

        if type(self.video) is not Unset:
            field_dict["video"] = self.video.to_dict()

        if type(self.file) is not Unset:
            field_dict["file"] = self.file.to_dict()

        if type(self.voice) is not Unset:
            field_dict["voice"] = self.voice.to_dict()

        if type(self.position) is not Unset:
            field_dict["position"] = self.position.to_dict()

        if type(self.card) is not Unset:
            field_dict["card"] = self.card.to_dict()

        if type(self.sticker) is not Unset:
            field_dict["sticker"] = self.sticker.to_dict()

        if type(self.approve_card) is not Unset:
            field_dict["approveCard"] = self.approve_card.to_dict()

        if type(self.forward) is not Unset:
            field_dict["forward"] = self.forward.to_dict()

        if type(self.box) is not Unset:
            field_dict["box"] = self.box.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventMsgData is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _text = _get("text", UNSET)
        text: EventTextContent | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = _EventTextContent_class().from_dict(_text)

        _format_ = _get("format", UNSET)
        format_: EventFormatContent | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = _EventFormatContent_class().from_dict(_format_)

        _format_text = _get("formatText", UNSET)
        format_text: EventFormatContent | Unset
        if isinstance(_format_text, Unset):
            format_text = UNSET
        else:
            format_text = _EventFormatContent_class().from_dict(_format_text)

        _image = _get("image", UNSET)
        image: EventMediaContent | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = _EventMediaContent_class().from_dict(_image)

        _video = _get("video", UNSET)
        video: EventMediaContent | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = _EventMediaContent_class().from_dict(_video)

        _file = _get("file", UNSET)
        file: EventMediaContent | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = _EventMediaContent_class().from_dict(_file)

        _voice = _get("voice", UNSET)
        voice: EventMediaContent | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = _EventMediaContent_class().from_dict(_voice)

        _position = _get("position", UNSET)
        position: EventPositionContent | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = _EventPositionContent_class().from_dict(_position)

        _card = _get("card", UNSET)
        card: EventCardContent | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = _EventCardContent_class().from_dict(_card)

        _sticker = _get("sticker", UNSET)
        sticker: EventStickerContent | Unset
        if isinstance(_sticker, Unset):
            sticker = UNSET
        else:
            sticker = _EventStickerContent_class().from_dict(_sticker)

        _approve_card = _get("approveCard", UNSET)
        approve_card: EventApproveCardContent | Unset
        if isinstance(_approve_card, Unset):
            approve_card = UNSET
        else:
            approve_card = _EventApproveCardContent_class().from_dict(_approve_card)

        _forward = _get("forward", UNSET)
        forward: EventForwardContent | Unset
        if isinstance(_forward, Unset):
            forward = UNSET
        else:
            forward = _EventForwardContent_class().from_dict(_forward)

        _box = _get("box", UNSET)
        box: EventBoxContent | Unset
        if isinstance(_box, Unset):
            box = UNSET
        else:
            box = _EventBoxContent_class().from_dict(_box)

        event_msg_data = cls(  # by position, in the order the fields are declared above: cheaper than by name
            text,
            format_,
            format_text,
            image,
            video,
            file,
            voice,
            position,
            card,
            sticker,
            approve_card,
            forward,
            box,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_msg_data.additional_properties = _extra
        return event_msg_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
