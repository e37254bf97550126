"""`Lansenger` and `AsyncLansenger`: the generated API with tokens, retries, timeouts and helpers wired in."""

from __future__ import annotations

import os
import warnings
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs
import httpx
from lansenger_api.api.auth import create_app_token
from lansenger_api.client import AsyncLansengerAPI, LansengerAPI
from lansenger_api.errors import RETRYABLE_CODES, TOKEN_INVALID_CODES
from lansenger_api.models.app_token import AppToken
from lansenger_api.options import TimeoutOption
from lansenger_api.redaction import conceal

from ._auth import AppTokenAuth, TokenGrant
from ._errors import ConfigurationError
from ._hooks import (
    AsyncEventHooks,
    AsyncRequestHook,
    AsyncResponseHook,
    EventHooks,
    Hooks,
    RequestHook,
    ResponseHook,
)
from ._logging import install_redaction
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._settings import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Settings, resolve
from ._spec_defaults import declared_int
from ._store import LenientStore, TokenStore, gateway_identity, store_for_client
from ._token_clients import AsyncTokenClient, TokenClient

if TYPE_CHECKING:
    from ._attendance import AsyncJiaban, AsyncQingjia, Jiaban, Qingjia
    from ._bulk_progress import BulkProgressStore
    from ._media import AsyncMedia, Media
    from ._messages import AsyncMessages, Messages
    from ._oauth import AsyncOAuth, OAuth
    from ._streams import AsyncStreams, Streams
    from ._webhooks import AsyncWebhooks, Webhooks

T = TypeVar("T")

DEFAULT_EXPIRES_IN = float(declared_int(attrs.fields(AppToken).expires_in.default))
"""The platform's documented token lifetime (the spec's default), assumed when an answer leaves out expiresIn."""


def _grant(data: AppToken) -> TokenGrant:
    expires_in = data.expires_in if isinstance(data.expires_in, int) and data.expires_in > 0 else DEFAULT_EXPIRES_IN
    return TokenGrant(token=data.app_token, expires_in=float(expires_in))


def _policy(max_retries: int, policy: RetryPolicy | None) -> RetryPolicy:
    return policy or RetryPolicy(max_retries=max_retries, retryable_codes=RETRYABLE_CODES)


def _restored(
    store: TokenStore | str | os.PathLike[str], profile: str | None, overrides: dict[str, Any]
) -> dict[str, Any]:
    from ._file_store import FileTokenStore

    if isinstance(store, (str, os.PathLike)):
        store = FileTokenStore(store, profile=profile)
    elif profile is not None:
        raise ConfigurationError("profile applies to a state file path; a FileTokenStore has its own profile")
    settings: dict[str, Any] = store.settings() if isinstance(store, FileTokenStore) else {}
    if "app_token" in settings and not _same_app(settings, overrides):
        del settings["app_token"]  # the profile's token belongs to its app on its gateway, not to the overrides'
    for name in settings.keys() & {"app_secret", "app_token"}:  # masked in tracebacks, as the environment's are
        settings[name] = conceal(settings[name])
    return {**settings, **overrides, "token_store": store}


def _same_app(settings: dict[str, Any], overrides: dict[str, Any]) -> bool:
    app_id, gateway = overrides.get("app_id"), overrides.get("gateway_url")
    return (not app_id or app_id == settings.get("app_id")) and (
        not gateway or gateway_identity(gateway) == gateway_identity(str(settings.get("gateway_url", "")))
    )


def _described(client: Lansenger | AsyncLansenger) -> str:
    """The client's repr; a failed `__init__` has no settings yet, and its traceback's locals show `self` too."""
    settings: Settings | None = getattr(client, "_settings", None)
    if settings is None:
        return f"{type(client).__name__}(not configured)"
    return f"{type(client).__name__}(app_id={settings.app_id!r}, gateway_url={settings.gateway_url!r})"


def _point_at_gateway(http: httpx.Client | httpx.AsyncClient, settings: Settings) -> None:
    http.base_url = httpx.URL(settings.gateway_url + "/")


def _deprecated_alias(resource: T, old: str, new: str) -> T:
    warnings.warn(f"client.{old} is deprecated: use client.{new}", DeprecationWarning, stacklevel=3)
    return resource


class Lansenger(LansengerAPI):
    """The Lansenger API client: every operation as `client.<resource>.<operation>(...)`, plus send helpers.

    It keeps one connection pool, fetches and refreshes the app token itself (one fetch at a time, however
    many threads share the client) and retries what is safe to retry. Use it as a context manager, or call
    `close()`.
    """

    def __init__(
        self,
        app_id: str | None = None,
        app_secret: str | None = None,
        *,
        gateway_url: str | None = None,
        app_token: str | None = None,
        passport_url: str | None = None,
        redirect_uri: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        token_store: TokenStore | None = None,
        event_hooks: EventHooks | None = None,
    ) -> None:
        """Create a client; any of the settings not given is read from its LANSENGER_* variable (APP_ID,
        APP_SECRET, API_GATEWAY_URL, APP_TOKEN, PASSPORT_URL, REDIRECT_URI). The environment's app secret and app
        token are never taken for an app_id other than LANSENGER_APP_ID's.

        Args:
            app_id, app_secret: the app's credentials; the client fetches app tokens with them.
            gateway_url: the API gateway, e.g. "https://open.e.lanxin.cn/open/apigw" (no default: deployments differ).
            app_token: an app token managed elsewhere; used until the platform rejects it, and then replaced
                only if credentials were given too.
            passport_url, redirect_uri: for OAuth2 (`client.oauth`): the passport base URL the authorize URL is
                built on, and the default redirect URI.
            timeout: seconds, or an `httpx.Timeout`; finite by default (30 s, 5 s to connect).
            max_retries: retries for requests that are safe to repeat; a message send is retried only when it
                provably never reached the platform.
            retry_policy: full control over retries (backoff, Retry-After cap, statuses); replaces max_retries.
            http_client: your own `httpx.Client` (proxies, TLS, limits); the client sets its base URL and wraps
                its transport with the app token, retries and hooks.
            transport: an httpx transport to send through (e.g. `httpx.MockTransport` in tests).
            token_store: where app and user tokens are kept (`MemoryTokenStore` of this client by default);
                a `FileTokenStore` or `RedisTokenStore` shared by several processes lets them reuse one token and
                refresh it once. The client keeps its tokens under its app id and gateway (`for_app`), so clients
                of other apps may share the store; it needs app_id for that, also with an app_token. A token it
                obtained is used even if saving it fails (logged at WARNING).
            event_hooks: `{"request": [...], "response": [...]}`, functions called with every attempt's request
                and response, secrets masked (see `add_hook`).
        """
        self._settings = resolve(
            app_id=app_id,
            app_secret=app_secret,
            gateway_url=gateway_url,
            app_token=app_token,
            passport_url=passport_url,
            redirect_uri=redirect_uri,
        )
        install_redaction()
        self._token_store = store_for_client(token_store, self._settings.gateway_url, self._settings.app_id)
        self._token_auth = AppTokenAuth(
            fetch=self._fetch_token if self._settings.credentials else None,
            static_token=self._settings.app_token,
            token_invalid_codes=TOKEN_INVALID_CODES,
            store=LenientStore(self._token_store),
        )
        policy = _policy(max_retries, retry_policy)
        self._hooks = Hooks(event_hooks)
        if http_client is None:
            from ._tls import default_ssl_context  # only a client opening its own connections needs it

            network = transport or httpx.HTTPTransport(verify=default_ssl_context())
            http_client = TokenClient(
                token_auth=self._token_auth,
                timeout=timeout,
                transport=RetryTransport(network, policy, hooks=self._hooks, tokens=self._token_auth),
            )
        else:  # httpx has no public setter
            http_client._transport = RetryTransport(
                http_client._transport, policy, hooks=self._hooks, tokens=self._token_auth
            )
        _point_at_gateway(http_client, self._settings)
        super().__init__(http_client)

    @classmethod
    def from_env(cls, **kwargs: Any) -> Lansenger:
        """A client configured from the LANSENGER_* variables; the same as `Lansenger(**kwargs)`, kept because it
        says at the call site where the settings come from."""
        return cls(**kwargs)

    @classmethod
    def from_store(
        cls, store: TokenStore | str | os.PathLike[str], profile: str | None = None, **overrides: Any
    ) -> Lansenger:
        """A client restored from a token store: a `FileTokenStore` (or the path of a state file in the platform
        SDKs' layout) gives the profile's credentials, gateway, passport and redirect URI; any store gives the
        tokens (a valid stored app token is used without fetching). Keyword arguments override the settings, and the
        LANSENGER_* variables fill in what neither gives, as for `Lansenger()`."""
        return cls(**_restored(store, profile, overrides))

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def token_store(self) -> TokenStore:
        """The store of this client's tokens: the view of the given store for its app on its gateway."""
        return self._token_store

    @property
    def http_client(self) -> httpx.Client:
        """The underlying httpx client, for requests the SDK does not model."""
        return self._http

    def app_token(self) -> str:
        """The current app token, fetched if needed; for passing to other tools (keep it out of logs)."""
        return self._token_auth.get_token()

    def with_options(
        self,
        *,
        timeout: TimeoutOption = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> Lansenger:
        """This client with other options for every call made through it: `timeout` (seconds or an
        `httpx.Timeout`), `max_retries`, and `headers` sent with every request.

        The view shares this client's connection pool, app token (no second fetch), token store and hooks, and
        this client is unchanged; closing either closes the shared pool. Headers the SDK sets (Host,
        Authorization, Cookie, Content-Length, ...) are refused with InvalidArgumentError.
        """
        from ._client_views import client_view, http_view

        return client_view(self, http_view(self._http, timeout=timeout, max_retries=max_retries, headers=headers))

    @overload
    def add_hook(self, event: Literal["request"], hook: RequestHook) -> None: ...
    @overload
    def add_hook(self, event: Literal["response"], hook: ResponseHook) -> None: ...
    def add_hook(self, event: str, hook: Any) -> None:
        """Call `hook` with every attempt's request (before it is sent) or response (before it is parsed).

        Every attempt means each retry, the replay after a rejected token and the token fetch too, for generated
        operations, helpers and `http_client` requests alike. Hooks get a view with secrets masked (`***` in the
        URL and JSON bodies); header changes a request hook makes are sent. A hook's exception ends the call and
        reaches the caller as it is.
        """
        self._hooks.add(event, hook)

    def _fetch_token(self) -> TokenGrant:
        app_id, secret = self._settings.credentials or ("", "")
        return _grant(create_app_token.sync(client=self._http, appid=app_id, secret=secret))

    @cached_property
    def media(self) -> Media:
        from ._media import Media

        return Media(self._http)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Group webhook bots (the spec's `hooks` tag); not to be confused with `add_hook`/`event_hooks`."""
        from ._webhooks import Webhooks

        return Webhooks(self._http)

    @property
    def hooks(self) -> Webhooks:
        """Deprecated: `webhooks`; the old name read like the request/response hooks."""
        return _deprecated_alias(self.webhooks, "hooks", "webhooks")

    @cached_property
    def oauth(self) -> OAuth:
        from ._oauth import OAuth

        return OAuth(self._http, self._settings, store=LenientStore(self._token_store))

    @cached_property
    def messages(self) -> Messages:
        from ._messages import Messages

        return Messages(self._http, lambda: self.media, lambda: self._bulk_progress)

    @cached_property
    def _bulk_progress(self) -> BulkProgressStore:
        """Where bulk sends keep their progress: built (and its module imported) by the first bulk send."""
        from ._bulk_progress import progress_for

        return progress_for(self._token_store, self._settings.gateway_url, self._settings.app_id)()

    @cached_property
    def streams(self) -> Streams:
        from ._streams import Streams

        return Streams(self._http, self.messages)

    @cached_property
    def leave(self) -> Qingjia:
        """Leave applications of the attendance app (the spec's `qingjia` tag, 请假)."""
        from ._attendance import Qingjia

        return Qingjia(self._http)

    @cached_property
    def overtime(self) -> Jiaban:
        """Overtime applications of the attendance app (the spec's `jiaban` tag, 加班)."""
        from ._attendance import Jiaban

        return Jiaban(self._http)

    @property
    def qingjia(self) -> Qingjia:
        """`leave` under its pinyin name, as the platform's documents call it."""
        return self.leave

    @property
    def jiaban(self) -> Jiaban:
        """`overtime` under its pinyin name, as the platform's documents call it."""
        return self.overtime

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Lansenger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return _described(self)


class AsyncLansenger(AsyncLansengerAPI):
    """The async twin of `Lansenger`: the same resources and helpers, awaited, over one `httpx.AsyncClient`.

    Concurrent tasks share one token fetch. Use it as an async context manager, or await `close()`.
    """

    def __init__(
        self,
        app_id: str | None = None,
        app_secret: str | None = None,
        *,
        gateway_url: str | None = None,
        app_token: str | None = None,
        passport_url: str | None = None,
        redirect_uri: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        token_store: TokenStore | None = None,
        event_hooks: AsyncEventHooks | None = None,
    ) -> None:
        """See `Lansenger`; `http_client` and `transport` are the async kinds, and hooks may be `async def`."""
        self._settings = resolve(
            app_id=app_id,
            app_secret=app_secret,
            gateway_url=gateway_url,
            app_token=app_token,
            passport_url=passport_url,
            redirect_uri=redirect_uri,
        )
        install_redaction()
        self._token_store = store_for_client(token_store, self._settings.gateway_url, self._settings.app_id)
        self._token_auth = AppTokenAuth(
            afetch=self._fetch_token if self._settings.credentials else None,
            static_token=self._settings.app_token,
            token_invalid_codes=TOKEN_INVALID_CODES,
            store=LenientStore(self._token_store),
        )
        policy = _policy(max_retries, retry_policy)
        self._hooks = Hooks(event_hooks)
        if http_client is None:
            from ._tls import default_ssl_context  # only a client opening its own connections needs it

            network = transport or httpx.AsyncHTTPTransport(verify=default_ssl_context())
            http_client = AsyncTokenClient(
                token_auth=self._token_auth,
                timeout=timeout,
                transport=AsyncRetryTransport(network, policy, hooks=self._hooks, tokens=self._token_auth),
            )
        else:  # no public setter
            http_client._transport = AsyncRetryTransport(
                http_client._transport, policy, hooks=self._hooks, tokens=self._token_auth
            )
        _point_at_gateway(http_client, self._settings)
        super().__init__(http_client)

    @classmethod
    def from_env(cls, **kwargs: Any) -> AsyncLansenger:
        """See `Lansenger.from_env`."""
        return cls(**kwargs)

    @classmethod
    def from_store(
        cls, store: TokenStore | str | os.PathLike[str], profile: str | None = None, **overrides: Any
    ) -> AsyncLansenger:
        """See `Lansenger.from_store`."""
        return cls(**_restored(store, profile, overrides))

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def token_store(self) -> TokenStore:
        """The store of this client's tokens: the view of the given store for its app on its gateway."""
        return self._token_store

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying httpx client, for requests the SDK does not model."""
        return self._http

    async def app_token(self) -> str:
        """See `Lansenger.app_token`."""
        return await self._token_auth.aget_token()

    def with_options(
        self,
        *,
        timeout: TimeoutOption = None,
        max_retries: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> AsyncLansenger:
        """See `Lansenger.with_options`."""
        from ._client_views import client_view, http_view

        return client_view(self, http_view(self._http, timeout=timeout, max_retries=max_retries, headers=headers))

    @overload
    def add_hook(self, event: Literal["request"], hook: AsyncRequestHook) -> None: ...
    @overload
    def add_hook(self, event: Literal["response"], hook: AsyncResponseHook) -> None: ...
    def add_hook(self, event: str, hook: Any) -> None:
        """See `Lansenger.add_hook`; `hook` may be `async def`."""
        self._hooks.add(event, hook)

    async def _fetch_token(self) -> TokenGrant:
        app_id, secret = self._settings.credentials or ("", "")
        return _grant(await create_app_token.asyncio(client=self._http, appid=app_id, secret=secret))

    @cached_property
    def media(self) -> AsyncMedia:
        from ._media import AsyncMedia

        return AsyncMedia(self._http)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Group webhook bots (the spec's `hooks` tag); not to be confused with `add_hook`/`event_hooks`."""
        from ._webhooks import AsyncWebhooks

        return AsyncWebhooks(self._http)

    @property
    def hooks(self) -> AsyncWebhooks:
        """Deprecated: `webhooks`; the old name read like the request/response hooks."""
        return _deprecated_alias(self.webhooks, "hooks", "webhooks")

    @cached_property
    def oauth(self) -> AsyncOAuth:
        from ._oauth import AsyncOAuth

        return AsyncOAuth(self._http, self._settings, store=LenientStore(self._token_store))

    @cached_property
    def messages(self) -> AsyncMessages:
        from ._messages import AsyncMessages

        return AsyncMessages(self._http, lambda: self.media, lambda: self._bulk_progress)

    @cached_property
    def _bulk_progress(self) -> BulkProgressStore:
        """Where bulk sends keep their progress: built (and its module imported) by the first bulk send."""
        from ._bulk_progress import progress_for

        return progress_for(self._token_store, self._settings.gateway_url, self._settings.app_id)()

    @cached_property
    def streams(self) -> AsyncStreams:
        from ._streams import AsyncStreams

        return AsyncStreams(self._http, self.messages)

    @cached_property
    def leave(self) -> AsyncQingjia:
        """Leave applications of the attendance app (the spec's `qingjia` tag, 请假)."""
        from ._attendance import AsyncQingjia

        return AsyncQingjia(self._http)

    @cached_property
    def overtime(self) -> AsyncJiaban:
        """Overtime applications of the attendance app (the spec's `jiaban` tag, 加班)."""
        from ._attendance import AsyncJiaban

        return AsyncJiaban(self._http)

    @property
    def qingjia(self) -> AsyncQingjia:
        """`leave` under its pinyin name, as the platform's documents call it."""
        return self.leave

    @property
    def jiaban(self) -> AsyncJiaban:
        """`overtime` under its pinyin name, as the platform's documents call it."""
        return self.overtime

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncLansenger:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return _described(self)
