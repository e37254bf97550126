"""The attendance app's leave (qingjia) and overtime (jiaban) resources, with their attachment upload.

An attachment takes two steps: the gateway operation answers a presigned URL for the file's name, MD5 and size,
and the file then goes straight to the object store with an HTTP PUT (the spec's `put_presigned_object`, through a
client of its own: no app token, a URL that is itself a credential), streamed by `_presigned_upload`.
"""

from __future__ import annotations

import httpx
from lansenger_api.api.jiaban import AsyncJiabanResource, JiabanResource
from lansenger_api.api.qingjia import AsyncQingjiaResource, QingjiaResource
from lansenger_api.redaction import conceal

from ._presigned_upload import (
    UPLOAD_TIMEOUT,
    AsyncUploadContent,
    PresignedUpload,
    UploadContent,
    aput_presigned,
    put_presigned,
)


class Jiaban(JiabanResource):
    """Overtime applications, plus `upload_overtime_attachment` for the file behind an upload URL."""

    def upload_overtime_attachment(
        self,
        url: str,
        content: UploadContent,
        *,
        md5: str,
        size: int | None = None,
        timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
        http_client: httpx.Client | None = None,
    ) -> PresignedUpload:
        """PUT an attachment to the URL `create_overtime_upload_url` answered, streamed without loading it whole.

        `content` is a path, an open binary file, bytes or an iterable of byte chunks; `md5` must be the value given
        to `create_overtime_upload_url` (it travels as Content-MD5), and `size` its size when the content cannot
        tell (an iterable), so the store gets a Content-Length. The app token is never sent, and the URL never
        appears in logs or errors. A refusal raises the typed `APIError` of its HTTP status (403 for a wrong or
        expired signature); see `lansenger._presigned_upload.put_presigned`.
        """
        url = conceal(url)  # a traceback's locals show it masked
        return put_presigned(
            url,
            content,
            md5=md5,
            size=size,
            timeout=timeout,
            http_client=http_client,
        )


class AsyncJiaban(AsyncJiabanResource):
    """The async twin of `Jiaban`."""

    async def upload_overtime_attachment(
        self,
        url: str,
        content: AsyncUploadContent,
        *,
        md5: str,
        size: int | None = None,
        timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
    ) -> PresignedUpload:
        """See `Jiaban.upload_overtime_attachment`; `content` may also be an async iterable of bytes."""
        url = conceal(url)
        return await aput_presigned(
            url,
            content,
            md5=md5,
            size=size,
            timeout=timeout,
            http_client=http_client,
        )


class Qingjia(QingjiaResource):
    """Leave applications, plus `upload_leave_attachment` for the file behind an upload URL."""

    def upload_leave_attachment(
        self,
        url: str,
        content: UploadContent,
        *,
        md5: str,
        size: int | None = None,
        timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
        http_client: httpx.Client | None = None,
    ) -> PresignedUpload:
        """PUT an attachment to the URL `create_leave_upload_url` answered; see `Jiaban.upload_overtime_attachment`.

        The platform documents this PUT for overtime attachments; the leave upload URL is the same kind of
        presigned URL, so it is sent the same way.
        """
        url = conceal(url)  # a traceback's locals show it masked
        return put_presigned(
            url,
            content,
            md5=md5,
            size=size,
            timeout=timeout,
            http_client=http_client,
        )


class AsyncQingjia(AsyncQingjiaResource):
    """The async twin of `Qingjia`."""

    async def upload_leave_attachment(
        self,
        url: str,
        content: AsyncUploadContent,
        *,
        md5: str,
        size: int | None = None,
        timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
    ) -> PresignedUpload:
        """See `Qingjia.upload_leave_attachment`; `content` may also be an async iterable of bytes."""
        url = conceal(url)
        return await aput_presigned(
            url,
            content,
            md5=md5,
            size=size,
            timeout=timeout,
            http_client=http_client,
        )
