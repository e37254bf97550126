# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

AppMediaType = Literal["audio", "file", "image", "video"]

APP_MEDIA_TYPE_VALUES: frozenset[AppMediaType] = frozenset(
    {
        "audio",
        "file",
        "image",
        "video",
    }
)


def check_app_media_type(value: str) -> AppMediaType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(AppMediaType, value)
