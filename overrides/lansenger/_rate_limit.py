"""Client-side rate limits for bulk sends: a token bucket in this process, or in Redis for every process of an app.

Both keep the bucket as one number, the time the next request may go when the bucket is empty (the generic cell
rate algorithm, the token bucket's exact equivalent): ``burst`` requests may go at once, then one every
``1 / per_second`` seconds. `reserve` books the caller's slot and says how long to wait for it, so the limiter
itself never sleeps (the sync and the async sender each wait their own way), and `back_off` pushes every slot back
when the platform answered "too many requests", for every process sharing the bucket.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from lansenger_api.errors import InvalidArgumentError

from ._errors import StoreError
from ._redis_store import redis_module
from ._store import detached

if TYPE_CHECKING:
    import redis

__all__ = ["RateLimiter", "RedisTokenBucket", "TokenBucket"]


@runtime_checkable
class RateLimiter(Protocol):
    def reserve(self) -> float:
        """Book the next request's slot; the seconds to wait before sending it (0: now)."""
        ...

    def back_off(self, seconds: float) -> None:
        """No request may go for `seconds` from now (the platform asked to slow down)."""
        ...


def _checked(per_second: float, burst: int) -> tuple[float, float]:
    """The interval between requests and the tolerance `burst` gives, in seconds."""
    if not per_second > 0 or burst < 1:
        raise InvalidArgumentError("a rate limit needs per_second > 0 and burst >= 1")
    interval = 1.0 / per_second
    return interval, (burst - 1) * interval


class TokenBucket:
    """`per_second` requests a second with bursts of `burst`, shared by the threads and tasks of this process."""

    def __init__(self, per_second: float, *, burst: int = 1, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval, self._tolerance = _checked(per_second, burst)
        self._clock = clock
        self._lock = threading.Lock()
        self._next = clock()

    def __repr__(self) -> str:
        return f"TokenBucket(per_second={1 / self._interval:g}, burst={round(self._tolerance / self._interval) + 1})"

    def reserve(self) -> float:
        with self._lock:
            now = self._clock()
            slot = max(self._next, now)
            self._next = slot + self._interval
            return max(0.0, slot - self._tolerance - now)

    def back_off(self, seconds: float) -> None:
        with self._lock:
            self._next = max(self._next, self._clock() + seconds + self._tolerance)


# KEYS[1] the bucket; ARGV interval, tolerance and back-off in microseconds. The server's clock is the only one
# used, so processes on machines whose clocks disagree still share one bucket.
_RESERVE = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local interval, tolerance, pause = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local stored = tonumber(redis.call('GET', KEYS[1]) or '0')
local function keep(until_us)
  local ttl = math.ceil((until_us - now) / 1000) + 1000
  redis.call('SET', KEYS[1], string.format('%.0f', until_us), 'PX', string.format('%.0f', ttl))
end
if pause > 0 then
  keep(math.max(stored, now + pause + tolerance))
  return 0
end
local slot = math.max(stored, now)
keep(slot + interval)
return math.max(0, slot - tolerance - now)
"""


class RedisTokenBucket:
    """The same bucket kept in Redis under `key`: every process naming the same key shares the rate.

    Give a Redis URL or a ready ``redis.Redis`` client; a Redis failure is a `StoreError`.
    """

    def __init__(
        self,
        per_second: float,
        *,
        burst: int = 1,
        url: str | None = None,
        client: redis.Redis | None = None,
        key: str = "lansenger:rate:messages",
    ) -> None:
        if (url is None) == (client is None):
            raise InvalidArgumentError("give RedisTokenBucket a url or a client (one of them)")
        module = redis_module("RedisTokenBucket")
        self._redis: redis.Redis = client if client is not None else module.Redis.from_url(url)
        self._errors: type[Exception] = module.RedisError
        interval, tolerance = _checked(per_second, burst)
        self._interval, self._tolerance = round(interval * 1e6), round(tolerance * 1e6)
        self._key = key
        self._script: Any = self._redis.register_script(_RESERVE)

    def __repr__(self) -> str:
        return f"RedisTokenBucket(key={self._key!r})"

    def _run(self, pause: float) -> float:
        try:
            waited = self._script(keys=[self._key], args=[self._interval, self._tolerance, round(pause * 1e6)])
        except self._errors as error:
            raise StoreError(f"Redis rate limit {self._key!r}: {type(error).__name__}: {error}") from detached(error)
        return int(waited) / 1e6

    def reserve(self) -> float:
        return self._run(0.0)

    def back_off(self, seconds: float) -> None:
        self._run(max(seconds, 1e-6))
