# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps).

POST /v1/app/medias/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.app_media_type import AppMediaType
from ...models.media_upload import MediaUpload
from ...models.uploaded_media import UploadedMedia
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "upload_app_media"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: MediaUpload,
    type_: AppMediaType,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    duration: int | Unset = UNSET,
    context: str | Unset = UNSET,
) -> dict[str, Any]:

    if width is not UNSET and type(width) is not int and not isinstance(width, (int, Unset)):
        raise errors.InvalidArgumentError(f"width must be int, not {type(width).__name__}")

    if height is not UNSET and type(height) is not int and not isinstance(height, (int, Unset)):
        raise errors.InvalidArgumentError(f"height must be int, not {type(height).__name__}")

    if duration is not UNSET and type(duration) is not int and not isinstance(duration, (int, Unset)):
        raise errors.InvalidArgumentError(f"duration must be int, not {type(duration).__name__}")

    if context is not UNSET and type(context) is not str and not isinstance(context, (str, Unset)):
        raise errors.InvalidArgumentError(f"context must be str, not {type(context).__name__}")

    if type_ not in ["file", "video", "image", "audio"]:
        raise errors.InvalidArgumentError(f"type_ must be one of file, video, image, audio, not {type_!r}")

    if type(width) is not Unset and width < 1:
        raise errors.InvalidArgumentError("width must be at least 1")

    if type(height) is not Unset and height < 1:
        raise errors.InvalidArgumentError("height must be at least 1")

    if type(duration) is not Unset and duration < 0:
        raise errors.InvalidArgumentError("duration must be at least 0")

    params: dict[str, Any] = {}
    json_type_: str = type_
    if json_type_ is not None:
        params["type"] = json_type_
    if width is not UNSET and width is not None:
        params["width"] = width
    if height is not UNSET and height is not None:
        params["height"] = height
    if duration is not UNSET and duration is not None:
        params["duration"] = duration
    if context is not UNSET and context is not None:
        params["context"] = context

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/app/medias/create",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["files"] = body.to_multipart()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> UploadedMedia:
    return parse(
        response,
        _OPERATION,
        UploadedMedia.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: MediaUpload,
    type_: AppMediaType,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    duration: int | Unset = UNSET,
    context: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[UploadedMedia]:
    """Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps). Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                type_=type_,
                width=width,
                height=height,
                duration=duration,
                context=context,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: httpx.Client,
    body: MediaUpload,
    type_: AppMediaType,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    duration: int | Unset = UNSET,
    context: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> UploadedMedia:
    """Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps)."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    type_=type_,
                    width=width,
                    height=height,
                    duration=duration,
                    context=context,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )


async def asyncio_detailed(
    *,
    client: httpx.AsyncClient,
    body: MediaUpload,
    type_: AppMediaType,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    duration: int | Unset = UNSET,
    context: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[UploadedMedia]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                type_=type_,
                width=width,
                height=height,
                duration=duration,
                context=context,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    body: MediaUpload,
    type_: AppMediaType,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    duration: int | Unset = UNSET,
    context: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> UploadedMedia:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    type_=type_,
                    width=width,
                    height=height,
                    duration=duration,
                    context=context,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
