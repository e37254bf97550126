# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""What the SDK's layers need to know about a request, beyond what httpx knows: one typed, frozen record.

Every generated operation builds its `RequestMeta` once, at import, and sends it in the request's extensions;
the app-token auth, the retry transport and the hooks read it back with `request_meta`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .records import Record, record

EXTENSION = "lansenger"
"""The httpx request extension holding the `RequestMeta`."""


@record
class RequestMeta(Record):
    """An operation's metadata: its name, whether it takes the app token, whether it is safe to repeat, and
    whether its answer is always read whole (`buffered`: no download, no event stream, which stay streamed)."""

    operation: str
    app_token: bool
    idempotent: bool
    buffered: bool = False

    def extensions(self) -> dict[str, Any]:
        """The httpx request extensions carrying this record."""
        return {EXTENSION: self}


def request_meta(extensions: Mapping[str, Any] | None) -> RequestMeta | None:
    """The metadata a request carries, or None for a request the SDK did not build from an operation."""
    meta = extensions.get(EXTENSION) if extensions else None
    return meta if isinstance(meta, RequestMeta) else None


__all__ = ["EXTENSION", "RequestMeta", "request_meta"]
