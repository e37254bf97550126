"""Client settings: read once, checked before any request, and never shown with their secrets."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Final, TypedDict

import httpx
from lansenger_api.records import Record, record
from lansenger_api.redaction import conceal

from ._errors import ConfigurationError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Finite by default: a platform that stops answering must not hang a bot forever."""

DEFAULT_MAX_RETRIES = 2

ENV_APP_ID = "LANSENGER_APP_ID"
ENV_APP_SECRET = "LANSENGER_APP_SECRET"
ENV_GATEWAY_URL = "LANSENGER_API_GATEWAY_URL"
ENV_APP_TOKEN = "LANSENGER_APP_TOKEN"
ENV_PASSPORT_URL = "LANSENGER_PASSPORT_URL"
ENV_REDIRECT_URI = "LANSENGER_REDIRECT_URI"


@record
class Settings(Record):
    """What a client needs to reach the gateway and authenticate; secrets are left out of the repr, and are
    `Secret` strings, so a traceback's locals show them masked too."""

    gateway_url: str
    app_id: str | None = None
    app_secret: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    passport_url: str | None = None
    redirect_uri: str | None = None

    @property
    def credentials(self) -> tuple[str, str] | None:
        """(app_id, app_secret) when both are set: the client can fetch its own tokens."""
        return (self.app_id, self.app_secret) if self.app_id and self.app_secret else None


def resolve(
    *,
    app_id: str | None,
    app_secret: str | None,
    gateway_url: str | None,
    app_token: str | None,
    passport_url: str | None = None,
    redirect_uri: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """The settings given, with the LANSENGER_* variables for those not given; checked before the first request.

    Explicit arguments always win. The environment's secrets (app secret, app token) are not taken for an app_id
    other than the one LANSENGER_APP_ID names: they would act as that other app.
    """
    env = from_environment(environ)
    foreign = _foreign_secrets(env, app_id)
    app_id = app_id or env["app_id"]
    if not foreign:
        app_secret = app_secret or env["app_secret"]
        app_token = app_token or env["app_token"]
    gateway_url = gateway_url or env["gateway_url"]
    passport_url = passport_url or env["passport_url"]
    redirect_uri = redirect_uri or env["redirect_uri"]
    if passport_url:
        passport = httpx.URL(passport_url)
        if passport.scheme not in ("http", "https") or not passport.host or passport.query:
            raise ConfigurationError("passport_url must be an absolute http(s) URL without a query string")
    if not gateway_url:
        raise ConfigurationError(f"{_missing('gateway_url')} (the platform has no default gateway)")
    url = httpx.URL(gateway_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("gateway_url must be an absolute http(s) URL")
    if url.query:
        raise ConfigurationError("gateway_url must not carry a query string")
    if app_secret and not app_id:
        raise ConfigurationError(f"{_missing('app_id')}, the app the app_secret belongs to")
    if app_id and not app_secret and not app_token:  # with an app_token, app_id names the app it belongs to
        raise ConfigurationError(f"{_missing('app_secret')}, or an app_token{foreign}")
    if not app_id and not app_token:
        raise ConfigurationError(
            f"app_id and app_secret are missing: pass app_id= and app_secret= (or set {ENV_APP_ID} and "
            f"{ENV_APP_SECRET}), or an app_token= ({ENV_APP_TOKEN})"
        )
    return Settings(
        gateway_url=str(url).rstrip("/"),
        app_id=app_id or None,
        app_secret=conceal(app_secret or None),
        app_token=conceal(app_token or None),
        passport_url=passport_url.rstrip("/") if passport_url else None,
        redirect_uri=redirect_uri or None,
    )


ENV_VARIABLES: Final = {
    "app_id": ENV_APP_ID,
    "app_secret": ENV_APP_SECRET,
    "gateway_url": ENV_GATEWAY_URL,
    "app_token": ENV_APP_TOKEN,
    "passport_url": ENV_PASSPORT_URL,
    "redirect_uri": ENV_REDIRECT_URI,
}
"""Each client argument and the variable it falls back to."""


def _missing(argument: str) -> str:
    return f"{argument} is required: pass {argument}= or set {ENV_VARIABLES[argument]}"


def _foreign_secrets(env: EnvironmentSettings, app_id: str | None) -> str:
    """Why the environment's secrets are not used for `app_id` ("" when they may be): it names another app."""
    if app_id and env["app_id"] and app_id != env["app_id"] and (env["app_secret"] or env["app_token"]):
        return f" ({ENV_APP_SECRET} and {ENV_APP_TOKEN} are ignored: {ENV_APP_ID} names another app)"
    return ""


if TYPE_CHECKING:  # a type only: defining a TypedDict compiles each of its annotations

    class EnvironmentSettings(TypedDict):
        app_id: str | None
        app_secret: str | None
        gateway_url: str | None
        app_token: str | None
        passport_url: str | None
        redirect_uri: str | None


def from_environment(environ: Mapping[str, str] | None = None) -> EnvironmentSettings:
    """Settings from the LANSENGER_* variables the platform's other SDKs read too (secrets as `Secret`)."""
    env = os.environ if environ is None else environ
    return {
        "app_id": env.get(ENV_APP_ID),
        "app_secret": conceal(env.get(ENV_APP_SECRET)),
        "gateway_url": env.get(ENV_GATEWAY_URL),
        "app_token": conceal(env.get(ENV_APP_TOKEN)),
        "passport_url": env.get(ENV_PASSPORT_URL),
        "redirect_uri": env.get(ENV_REDIRECT_URI),
    }
