# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

StreamReceiverType = Literal["group", "staff"]

STREAM_RECEIVER_TYPE_VALUES: frozenset[StreamReceiverType] = frozenset(
    {
        "group",
        "staff",
    }
)


def check_stream_receiver_type(value: str) -> StreamReceiverType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(StreamReceiverType, value)
