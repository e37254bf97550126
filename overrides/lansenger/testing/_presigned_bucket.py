"""An S3-style store behind presigned URLs, for the operations that answer an upload URL the client PUTs to.

URLs point at the sandbox (`PUT /sandbox/bucket/{object_id}`) and carry `AccessKeyId`, `Expires` and `Signature`
(an HMAC over method, Content-MD5, Content-Type, expiry and path). As S3 answers: another header or query
parameter or path is 403 SignatureDoesNotMatch (echoing the signature given), an expired URL 403 AccessDenied, an
Authorization header 400 InvalidArgument, a size or MD5 (hex or base64) other than issued 400 IncompleteBody or
BadDigest. The body streams to disk and is kept only when everything matched; a later PUT replaces it.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from ._body import CHUNK_SIZE
from ._replies import RawReply, Reply, success
from ._routing import Backend, Request, Route
from ._state import SandboxState

PATH = "/sandbox/bucket/{object_id}"
CONTENT_TYPE = "application/octet-stream"
ACCESS_KEY_ID = "sandbox-bucket"
URL_LIFETIME = 900
"""Seconds a presigned URL stays valid, as a typical platform deployment issues them."""
_QUERY_KEYS = frozenset({"AccessKeyId", "Expires", "Signature"})


@dataclass(frozen=True)
class BucketObject:
    """One issued upload slot: what the URL was signed for, and what arrived (None until a PUT succeeded)."""

    object_id: str
    purpose: str
    file_name: str
    md5: str
    size: int
    expires: int
    owner: str | None
    stored: Path | None = None


class PresignedBucket:
    """Upload slots and the files PUT into them. Slots and files change under the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)
        self._objects: dict[str, BucketObject] = {}

    def issue(self, request: Request, *, purpose: str, file_name: str, md5: str, size: int, owner: str | None) -> str:
        """A presigned URL for one file, pointing at the sandbox itself (the address the request came to)."""
        object_id = f"{purpose}-{secrets.token_hex(8)}"
        expires = int(time.time()) + URL_LIFETIME
        slot = BucketObject(object_id, purpose, file_name, md5, size, expires, owner)
        with self._lock:
            self._objects[object_id] = slot
        path = PATH.format(object_id=object_id)
        signature = self._sign(path, md5, CONTENT_TYPE, expires)
        query = f"AccessKeyId={ACCESS_KEY_ID}&Expires={expires}&Signature={signature}"
        return f"http://{request.host}{path}?{query}"

    def objects(self, purpose: str | None = None) -> list[BucketObject]:
        """Every slot issued (for `purpose` only, when given), in issue order."""
        with self._lock:
            return [item for item in self._objects.values() if purpose is None or item.purpose == purpose]

    def content(self, object_id: str) -> bytes:
        """The bytes stored for a slot; KeyError when nothing arrived."""
        with self._lock:
            stored = self._objects[object_id].stored
        if stored is None:
            raise KeyError(object_id)
        return stored.read_bytes()

    def receive(self, backend: Backend, request: Request) -> Reply:
        object_id = request.path_params["object_id"]
        with self._lock:
            slot = self._objects.get(object_id)
        if request.header("authorization") is not None:
            return _error(400, "InvalidArgument", "Only one auth mechanism allowed")
        if slot is None:
            return _error(403, "AccessDenied", "Access Denied")
        provided, expires = request.param("Signature") or "", request.param("Expires") or ""
        expiry = int(expires) if expires.isdigit() else -1
        expected = self._sign(
            request.path, request.header("content-md5") or "", request.header("content-type") or "", expiry
        )
        exact_query = set(request.query) == _QUERY_KEYS and all(len(v) == 1 for v in request.query.values())
        if not exact_query or not hmac.compare_digest(provided, expected) or expiry != slot.expires:
            message = "The request signature we calculated does not match the signature you provided."
            return _error(403, "SignatureDoesNotMatch", message, SignatureProvided=provided)
        if time.time() > slot.expires:
            return _error(403, "AccessDenied", "Request has expired")
        return self._store(backend.media_dir / "bucket", request, slot)

    def _store(self, root: Path, request: Request, slot: BucketObject) -> Reply:
        """Streamed to a temporary file beside the uploaded media (gone when the sandbox stops); it replaces the
        slot's file only when size and MD5 match."""
        root.mkdir(parents=True, exist_ok=True)
        target = root / slot.object_id
        temporary = target.with_suffix(".part")
        digest, size = hashlib.md5(usedforsecurity=False), 0
        with temporary.open("wb") as handle:
            while chunk := request.body.read(CHUNK_SIZE):
                digest.update(chunk)
                size += len(chunk)
                handle.write(chunk)
        if size != slot.size:
            temporary.unlink()
            return _error(400, "IncompleteBody", f"got {size} bytes, the URL was issued for {slot.size}")
        if slot.md5.lower() not in (digest.hexdigest(), base64.b64encode(digest.digest()).decode().lower()):
            temporary.unlink()
            return _error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.")
        os.replace(temporary, target)
        with self._lock:
            self._objects[slot.object_id] = dataclasses.replace(slot, stored=target)
        return RawReply(b"", content_type="application/xml")

    def _sign(self, path: str, md5: str, content_type: str, expires: int) -> str:
        text = "\n".join(("PUT", md5, content_type, str(expires), path))
        return hmac.new(self._key, text.encode(), hashlib.sha256).hexdigest()


def _error(status: int, code: str, message: str, **extra: str) -> RawReply:
    fields = {"Code": code, "Message": message, **extra, "RequestId": secrets.token_hex(8).upper()}
    inner = "".join(f"<{name}>{escape(value)}</{name}>" for name, value in fields.items())
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<Error>{inner}</Error>'
    return RawReply(body.encode(), content_type="application/xml", status=status)


def bucket(state: SandboxState) -> PresignedBucket:
    """The sandbox's bucket: `bucket(sandbox.state)` in tests shows what was issued and what arrived."""
    return state.domain("presigned-bucket", PresignedBucket)


def put_object(backend: Backend, request: Request) -> Reply:
    return bucket(backend.state).receive(backend, request)


def _upload_url(purpose: str) -> Callable[[Backend, Request], Reply]:
    """The leave/overtime operation answering an upload URL of the bucket, for the acting person (the spec
    has held the body to its schema)."""

    def answer(backend: Backend, request: Request) -> Reply:
        body = request.json
        owner = backend.acting_staff(request) or body.get("staffId")
        url = bucket(backend.state).issue(
            request, purpose=purpose, file_name=body["fileName"], md5=body["md5"], size=body["size"], owner=owner
        )
        return success(url)

    return answer


ROUTES: tuple[Route, ...] = (
    Route("PUT", PATH, put_object, needs_app_token=False),
    Route("POST", "/xtra/qingjia/server/openapi/v2/upload", _upload_url("qingjia"), takes_json=True),
    Route("POST", "/xtra/jiaban/server/openapi/v2/upload", _upload_url("jiaban"), takes_json=True),
)
