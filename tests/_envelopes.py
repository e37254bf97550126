"""Envelopes as the platform writes them, shared by the wire tests."""

from __future__ import annotations

from typing import Any

GATEWAY = "https://gw.example.test/open/apigw"
APP_ID = "3064064-123456"
APP_SECRET = "app-secret-value"
TOKEN = "tok-0123456789abcdef"


def ok(data: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"errCode": 0, "errMsg": "ok"}
    if data is not None:
        body["data"] = data
    return body


def failed(code: int, message: str = "failed") -> dict[str, Any]:
    return {"errCode": code, "errMsg": message}


def token(value: str = TOKEN, expires_in: int = 7200) -> dict[str, Any]:
    return ok({"appToken": value, "expiresIn": expires_in})
