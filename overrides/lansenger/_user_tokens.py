"""User tokens kept per staff id, for one client (never shared between clients or held globally).

A record is replaced, never edited, on every refresh; its `version` lets a caller who waited for a refresh see
that another caller already did it, so a single-use refresh token is spent once however many callers ask.

The records here are a cache of the client's `TokenStore`: every new grant is saved to it, a user unknown here is
looked up in it, and `reload` (called under the store's lock before a refresh) takes what another process saved
meanwhile. The methods that touch the store do I/O; the async client calls them in a worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import attrs
from lansenger_api.models.user_token_grant import UserTokenGrant
from lansenger_api.redaction import conceal

from ._errors import AuthorizationError
from ._spec_defaults import declared_int
from ._store import MemoryTokenStore, StoredUserToken, TokenStore, wall_clock_for

# The spec's defaults, assumed when a grant leaves the lifetimes out.
DEFAULT_USER_TOKEN_LIFETIME = declared_int(attrs.fields(UserTokenGrant).expires_in.default)
DEFAULT_REFRESH_LIFETIME = declared_int(attrs.fields(UserTokenGrant).refresh_expires_in.default)
REFRESH_MARGIN = 300.0


def _margin(lifetime: float) -> float:
    """Refresh early, but never so early that a short-lived token is refreshed on every call."""
    return min(REFRESH_MARGIN, lifetime / 2)


def _seconds(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


@dataclass(frozen=True)
class UserTokenRecord:
    """One user's tokens; deadlines are on the client's monotonic clock, already less the safety margin."""

    staff_id: str
    user_token: str = field(repr=False)
    usable_until: float
    refresh_token: str | None = field(repr=False)
    refreshable_until: float
    scope: str | None
    version: int


class UserTokenBook:
    """The records, and the one lock per staff id that serialises that user's refreshes."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        store: TokenStore | None = None,
        wall: Callable[[], float] | None = None,
    ) -> None:
        self._clock = clock
        self._wall = wall_clock_for(clock, wall)
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        self._guard = threading.Lock()
        self._records: dict[str, UserTokenRecord] = {}

    @property
    def token_store(self) -> TokenStore:
        return self._store

    @property
    def staff_ids(self) -> list[str]:
        with self._guard:
            return sorted(self._records)

    def remember(self, grant: UserTokenGrant, *, staff_id: str | None = None) -> UserTokenRecord | None:
        """Store a grant under its staff id; `None` when neither the grant nor the caller names one."""
        owner = staff_id or (grant.staff_id if isinstance(grant.staff_id, str) else None)
        return self.store(owner, grant) if owner else None

    def store(self, staff_id: str, grant: UserTokenGrant) -> UserTokenRecord:
        """Store a grant under `staff_id`, replacing (and out-versioning) what was there."""
        owner = staff_id
        now = self._clock()
        lifetime = _seconds(grant.expires_in, DEFAULT_USER_TOKEN_LIFETIME)
        refresh_lifetime = _seconds(grant.refresh_expires_in, DEFAULT_REFRESH_LIFETIME)
        refresh_token = grant.refresh_token if isinstance(grant.refresh_token, str) and grant.refresh_token else None
        refresh_token = conceal(refresh_token)
        record = self._put(
            owner,
            user_token=conceal(grant.user_token),
            usable_until=now + lifetime - _margin(lifetime),
            refresh_token=refresh_token,
            refreshable_until=now + refresh_lifetime - _margin(refresh_lifetime),
            scope=grant.scope if isinstance(grant.scope, str) else None,
        )
        offset = self._wall() - now
        self._store.save_user_token(
            StoredUserToken(
                staff_id=owner,
                user_token=record.user_token,
                expires_at=record.usable_until + offset,
                refresh_token=refresh_token,
                refresh_expires_at=now + refresh_lifetime + offset,
                scope=record.scope,
            )
        )
        return record

    def _put(
        self,
        staff_id: str,
        *,
        user_token: str,
        usable_until: float,
        refresh_token: str | None,
        refreshable_until: float,
        scope: str | None,
    ) -> UserTokenRecord:
        with self._guard:
            previous = self._records.get(staff_id)
            record = UserTokenRecord(
                staff_id=staff_id,
                user_token=user_token,
                usable_until=usable_until,
                refresh_token=refresh_token,
                refreshable_until=refreshable_until,
                scope=scope,
                version=previous.version + 1 if previous is not None else 0,
            )
            self._records[staff_id] = record
        return record

    def cached(self, staff_id: str) -> UserTokenRecord | None:
        """The record held here, without asking the store (no I/O)."""
        with self._guard:
            return self._records.get(staff_id)

    def record(self, staff_id: str) -> UserTokenRecord:
        """The record held here, else the one in the store; `AuthorizationError` when neither has one."""
        return self.cached(staff_id) or self.reload(staff_id)

    def reload(self, staff_id: str) -> UserTokenRecord:
        """Read the store again (another process may have refreshed): a different token there replaces ours."""
        stored = self._store.load_user_token(staff_id)
        if stored is None:
            with self._guard:
                self._records.pop(staff_id, None)
            raise AuthorizationError(f"no user token for staff {staff_id!r}: exchange an authorization code first")
        held = self.cached(staff_id)
        if held is not None and held.user_token == stored.user_token:
            return held
        offset = self._wall() - self._clock()
        return self._put(
            staff_id,
            user_token=conceal(stored.user_token),
            usable_until=stored.expires_at - offset,
            refresh_token=conceal(stored.refresh_token),
            refreshable_until=stored.refresh_expires_at - offset - REFRESH_MARGIN,
            scope=stored.scope,
        )

    def is_live(self, record: UserTokenRecord) -> bool:
        """Comfortably valid, so no refresh is due."""
        return self._clock() < record.usable_until

    def live_token(self, staff_id: str) -> str | None:
        """The user token while it is comfortably valid, else `None` (time to refresh)."""
        found = self.record(staff_id)
        return found.user_token if self.is_live(found) else None

    def refresh_token(self, record: UserTokenRecord) -> str:
        """The refresh token to spend, or `AuthorizationError` (and the record dropped) when it has run out."""
        if record.refresh_token is None or self._clock() >= record.refreshable_until:
            self.forget(record.staff_id)
            raise AuthorizationError(f"the refresh token of staff {record.staff_id!r} has expired: authorize again")
        return record.refresh_token

    def forget(self, staff_id: str) -> None:
        with self._guard:
            self._records.pop(staff_id, None)
        self._store.delete_user_token(staff_id)
